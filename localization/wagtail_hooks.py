"""Admin hooks of the localization app."""

from django.core.exceptions import PermissionDenied
from django.db.models import Model
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.urls import path
from wagtail import hooks
from wagtail.models import Page, TranslatableMixin
from wagtail.permissions import policy_registry

# Importing these registers their hooks: machine translation, PO upload, the status report
# and terminology warnings.
from localization import (  # noqa: F401
    machine_translation_admin,
    po_admin,
    status_admin,
    terminology_admin,
)
from localization.permissions import user_can_change
from localization.workflows_views import submit_translation_for_review

# --- Roles, locale permissions and review (workflow) ----------------------------


@hooks.register("register_admin_urls")
def review_admin_urls():
    return [
        path(
            "localization/translations/<int:translation_id>/submit-for-review/",
            submit_translation_for_review,
            name="localization_submit_for_review",
        )
    ]


# Snippet edit and delete views check only model-level rights; refuse an instance
# in another locale before wagtail-localize's own before_edit_snippet hook runs.
@hooks.register("before_edit_snippet", order=-100)
def refuse_snippet_edit_outside_locale(request: HttpRequest, instance: Model) -> None:
    if isinstance(instance, TranslatableMixin) and not user_can_change(request.user, instance):
        raise PermissionDenied


@hooks.register("before_delete_snippet", order=-100)
def refuse_snippet_delete_outside_locale(request: HttpRequest, instances: list[Model]) -> None:
    for instance in instances:
        if isinstance(instance, TranslatableMixin) and not user_can_change(request.user, instance):
            raise PermissionDenied


# Wagtail lets anyone who may edit a page open its copy form and only refuses the
# destination later; a copy makes a new page, so refuse it up front to users who
# may not create pages anywhere (translators and reviewers).
@hooks.register("before_copy_page", order=-100)
def refuse_copy_without_add_permission(request: HttpRequest, page: Page) -> HttpResponse | None:
    if not policy_registry.get_by_type(Page).user_has_permission(request.user, "add"):
        return HttpResponseForbidden("You may not create pages, so you may not copy them.")
    return None
