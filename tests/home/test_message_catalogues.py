"""The compiled UI catalogues match their .po files, and every language but Romani is complete."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
CODES = [code for code, _name in settings.LANGUAGES if code != "en"]


@pytest.mark.parametrize("code", CODES)
def test_compiled_catalogue_serves_every_translation_in_the_po_file(code):
    po = polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))
    entries = [entry for entry in po if entry.msgstr and not entry.obsolete]
    with translation.override(code):
        stale = [entry.msgid for entry in entries if translation.gettext(entry.msgid) != entry.msgstr]
    assert stale == []  # run `make messages` after editing a .po file
    assert not [entry.msgid for entry in po if "fuzzy" in entry.flags]


@pytest.mark.parametrize("code", [code for code in CODES if code != "rom"])
def test_catalogue_is_complete(code):
    po = polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))
    assert [entry.msgid for entry in po.untranslated_entries()] == []
