"""The translation editor's "Submit for review" action."""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.http import require_POST
from wagtail_localize.models import Translation

from localization.permissions import user_can_change
from localization.workflows import ReviewError, submit_for_review


@require_POST
def submit_translation_for_review(request: HttpRequest, translation_id: int) -> HttpResponse:
    translation = get_object_or_404(
        Translation.objects.select_related("source"), pk=translation_id, enabled=True
    )
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        raise Http404("This translation has no page yet.") from None
    if not user_can_change(request.user, target):
        raise PermissionDenied
    try:
        state = submit_for_review(translation, request.user)
    except ReviewError as error:
        messages.error(request, str(error))
    except ValidationError as error:
        messages.error(request, f"The translation could not be saved: {'; '.join(error.messages)}")
    else:
        messages.success(
            request,
            f"'{target}' was submitted to {state.workflow.name}. The reviewers have been notified.",
        )
    return redirect(reverse("wagtailadmin_pages:edit", args=[target.pk]))
