"""Bulk PO round-trips: every translation of a locale out as a zip of PO files, and back in.

Export writes one PO file per wagtail-localize translation (pages and snippets),
in wagtail-localize's own format plus a complete gettext header, so agencies'
tools and `msgfmt -c` accept it. Import checks the whole archive before writing
anything (one transaction): a malformed file, a file for another locale, an
unknown translation or segment, or markup wagtail-localize would not accept
rejects the archive with one line naming the file. Imported text is saved as a
draft, never published; a live translation keeps its published content for
readers (`keep_live_content`).
"""

import io
import os
import tempfile
import uuid
import zipfile
from dataclasses import dataclass, field

import polib
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import DraftStateMixin, Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.strings import StringValue, validate_translation_links

from .translate import keep_live_content

TRANSLATION_ID_HEADER = "X-WagtailLocalize-TranslationID"
MAX_ARCHIVE_FILES = 5_000
MAX_PO_BYTES = 5 * 1024 * 1024
TOOL_NAME = "PO file"


class POImportError(Exception):
    """An archive that cannot be imported; the message is one line naming what is wrong."""


def po_for(translation: Translation) -> polib.POFile:
    """wagtail-localize's PO export of one translation, with the header gettext tools expect."""
    po = translation.export_po()
    now = timezone.now().strftime("%Y-%m-%d %H:%M%z")
    po.metadata = {
        "Project-Id-Version": f"Alliance CMS: {translation.source.object_repr}",
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": now,
        "PO-Revision-Date": now,
        "Last-Translator": "",
        "Language-Team": translation.target_locale.get_display_name(),
        "Language": translation.target_locale.language_code,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        TRANSLATION_ID_HEADER: str(translation.uuid),
    }
    return po


def translations_of(locale: Locale):
    return (
        Translation.objects.filter(target_locale=locale, enabled=True)
        .select_related("source", "target_locale")
        .order_by("source__object_repr", "pk")
    )


def export_archive(locale: Locale) -> tuple[bytes, int]:
    """A zip of one PO file per translation into `locale`, and how many files it holds."""
    buffer = io.BytesIO()
    count = 0
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for translation in translations_of(locale):
            name = f"{slugify(translation.source.object_repr)[:60] or 'item'}-{translation.uuid}.po"
            archive.writestr(f"{locale.language_code}/{name}", str(po_for(translation)))
            count += 1
    return buffer.getvalue(), count


@dataclass
class PlannedTranslation:
    """What one PO file would write: its translation and (segment, text) pairs."""

    file_name: str
    translation: Translation
    entries: list[tuple[StringSegment, str]] = field(default_factory=list)


@dataclass
class AppliedTranslation:
    file_name: str
    object_repr: str
    changed: int
    outcome: str


def parse_po(name: str, data: bytes) -> polib.POFile:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        raise POImportError(f"{name}: not UTF-8 text") from None
    if b"\x00" in data:
        raise POImportError(f"{name}: contains NUL characters")
    # polib reads a file name when given a short string: always hand it a file.
    handle, path = tempfile.mkstemp(suffix=".po")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        return polib.pofile(path, check_for_duplicates=True)
    except (OSError, ValueError) as error:
        first_line = str(error).splitlines()[0] if str(error) else error.__class__.__name__
        raise POImportError(f"{name}: not a valid PO file ({first_line})") from None
    finally:
        os.unlink(path)


def plan_file(name: str, po: polib.POFile, locale_code: str | None) -> PlannedTranslation:
    raw_id = po.metadata.get(TRANSLATION_ID_HEADER, "")
    try:
        translation_uuid = uuid.UUID(raw_id)
    except ValueError:
        raise POImportError(f"{name}: no {TRANSLATION_ID_HEADER} header naming a translation") from None
    translation = (
        Translation.objects.filter(uuid=translation_uuid).select_related("source", "target_locale").first()
    )
    if translation is None:
        raise POImportError(f"{name}: translation {translation_uuid} does not exist here")
    target = translation.target_locale.language_code
    declared = po.metadata.get("Language", "")
    if declared and declared != target:
        raise POImportError(f"{name}: file says Language {declared!r} but its translation is into {target!r}")
    if locale_code and target != locale_code:
        raise POImportError(f"{name}: file is for locale {target!r}, not {locale_code!r}")

    segments = {
        (segment.string.data, segment.context.path): segment
        for segment in StringSegment.objects.filter(source=translation.source).select_related(
            "string", "context"
        )
    }
    planned = PlannedTranslation(name, translation)
    for entry in po:
        if entry.obsolete:
            continue
        segment = segments.get((entry.msgid, entry.msgctxt))
        if segment is None:
            raise POImportError(
                f"{name}, line {entry.linenum}: unknown segment {entry.msgctxt!r} "
                f"for {translation.source.object_repr!r}"
            )
        if not entry.msgstr:
            continue
        try:
            StringValue.from_translated_html(entry.msgstr)
            validate_translation_links(entry.msgid, entry.msgstr)
        except ValueError as error:
            raise POImportError(f"{name}, line {entry.linenum}: {error}") from None
        planned.entries.append((segment, entry.msgstr))
    return planned


def read_archive(data: bytes, *, locale_code: str | None = None) -> list[PlannedTranslation]:
    """Check a whole archive and say what it would write; raises POImportError."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise POImportError("not a zip archive") from None
    with archive:
        members = [info for info in archive.infolist() if not info.is_dir()]
        if not members:
            raise POImportError("the archive holds no PO files")
        if len(members) > MAX_ARCHIVE_FILES:
            raise POImportError(f"the archive holds more than {MAX_ARCHIVE_FILES} files")
        planned: list[PlannedTranslation] = []
        seen: dict = {}
        for info in members:
            if not info.filename.endswith(".po"):
                raise POImportError(f"{info.filename}: not a .po file")
            if info.file_size > MAX_PO_BYTES:
                raise POImportError(f"{info.filename}: larger than {MAX_PO_BYTES // 1024 // 1024} MB")
            try:
                content = archive.read(info)
            except (zipfile.BadZipFile, OSError) as error:
                raise POImportError(f"{info.filename}: cannot be read ({error})") from None
            plan = plan_file(info.filename, parse_po(info.filename, content), locale_code)
            locale_code = locale_code or plan.translation.target_locale.language_code
            if plan.translation.pk in seen:
                raise POImportError(f"{info.filename}: same translation as {seen[plan.translation.pk]}")
            seen[plan.translation.pk] = info.filename
            planned.append(plan)
    return planned


@transaction.atomic
def apply_archive(planned: list[PlannedTranslation], user=None) -> list[AppliedTranslation]:
    """Write the checked translations as drafts, all or nothing."""
    applied = []
    for plan in planned:
        translation = plan.translation
        changed = 0
        for segment, text in plan.entries:
            existing = StringTranslation.objects.filter(
                translation_of_id=segment.string_id,
                locale_id=translation.target_locale_id,
                context_id=segment.context_id,
            ).first()
            if existing is not None and existing.data == text:
                continue
            StringTranslation.objects.update_or_create(
                translation_of_id=segment.string_id,
                locale_id=translation.target_locale_id,
                context_id=segment.context_id,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "tool_name": TOOL_NAME,
                    "last_translated_by": user,
                    "has_error": False,
                    "field_error": "",
                },
            )
            changed += 1
        applied.append(
            AppliedTranslation(
                plan.file_name,
                translation.source.object_repr,
                changed,
                save_draft(translation, changed, user),
            )
        )
    return applied


def save_draft(translation: Translation, changed: int, user=None) -> str:
    """Save the target as a draft (never published); say what happened."""
    if not changed:
        return "unchanged"
    source_instance = translation.source.get_source_instance()
    if not isinstance(source_instance, DraftStateMixin):
        # Saving an object without drafts would publish it at once: the text
        # waits in translation memory for the translator to save it in the editor.
        return "in translation memory (no drafts for this type: save it in the translation editor)"
    existing = source_instance.get_translation_or_none(translation.target_locale)
    was_live = existing is not None and existing.live
    translation.save_target(user=user, publish=False)
    if was_live:
        keep_live_content(source_instance.get_translation(translation.target_locale))
        return "saved as a draft (the published version is unchanged)"
    return "saved as a draft"
