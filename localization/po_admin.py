"""wagtail-localize's per-page "Upload PO file", checked as strictly as the bulk import.

wagtail-localize's own view answers a PO file without its translation header
with a server error and stores markup it cannot use (flagged, unused). This
view answers at the same URL (its hook runs first), checks the file with the
bulk import's rules (one line naming what is wrong, nothing written), then
hands the request to wagtail-localize's view, which keeps its permission checks
and writes the translations into memory for the translator to save.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import upload_pofile, user_can_edit_instance

from .po import MAX_PO_BYTES, TRANSLATION_ID_HEADER, POImportError, parse_po, plan_file


@require_POST
def checked_upload_pofile(request, translation_id: int):
    translation = get_object_or_404(Translation, id=translation_id)
    if not user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    upload = request.FILES.get("file")
    try:
        if upload is None:
            raise POImportError("choose a PO file to upload")
        if upload.size > MAX_PO_BYTES:
            raise POImportError(f"{upload.name}: larger than {MAX_PO_BYTES // 1024 // 1024} MB")
        po = parse_po(upload.name, upload.read())
        if po.metadata.get(TRANSLATION_ID_HEADER) != str(translation.uuid):
            raise POImportError(f"{upload.name}: made for another translation, not this one")
        plan_file(upload.name, po, translation.target_locale.language_code)
    except POImportError as error:
        messages.error(request, f"{str(error)[:1].upper()}{str(error)[1:]}. Nothing was imported.")
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
    upload.seek(0)
    return upload_pofile(request, translation_id)


@hooks.register("register_admin_urls", order=-100)
def po_upload_urls():
    return [
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            checked_upload_pofile,
            name="localization_upload_pofile",
        )
    ]
