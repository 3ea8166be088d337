"""Machine translation through DeepL, using the Alliance glossary's approved terms.

wagtail-localize offers "Translate with DeepL" in its translation editor when
`WAGTAILLOCALIZE_MACHINE_TRANSLATOR` names this class (set only when
`DEEPL_API_KEY` is, see cms/settings/base.py). Before translating, the
glossary's approved term translations for the language pair are uploaded as a
DeepL glossary, so drafts say "Roms", not a pejorative exonym. Machine output
is saved as machine translations in translation memory: a draft for the
translator to check, never published by this path.
"""

import hashlib
import json
import logging

import deepl
from django.core.cache import cache
from django.utils.html import strip_tags
from wagtail.models import Locale
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue

from glossary.terminology import approved_translations

logger = logging.getLogger(__name__)

# Languages DeepL translates (its documented list); Romani is not one of them,
# so the action is not offered for the Romani tree.
DEEPL_LANGUAGES = frozenset(
    [
        "ar",
        "bg",
        "cs",
        "da",
        "de",
        "el",
        "en",
        "es",
        "et",
        "fi",
        "fr",
        "he",
        "hu",
        "id",
        "it",
        "ja",
        "ko",
        "lt",
        "lv",
        "nb",
        "nl",
        "pl",
        "pt",
        "ro",
        "ru",
        "sk",
        "sl",
        "sv",
        "th",
        "tr",
        "uk",
        "vi",
        "zh",
    ]
)
# DeepL wants a variant for some target languages; the Alliance writes British English.
TARGET_VARIANTS = {"en": "EN-GB", "pt": "PT-PT"}
GLOSSARY_CACHE_SECONDS = 60 * 60 * 24 * 7


class MachineTranslationFailed(Exception):
    """DeepL refused or could not be reached; the message is safe to show the translator."""


def deepl_language(locale: Locale, *, target: bool = False) -> str:
    base = locale.language_code.split("-")[0].lower()
    if target and base in TARGET_VARIANTS:
        return TARGET_VARIANTS[base]
    return base.upper()


class GlossaryDeepLTranslator(BaseMachineTranslator):
    """wagtail-localize machine translator: DeepL's official client plus the glossary's terms.

    Options: AUTH_KEY (required), SERVER_URL (another DeepL endpoint, e.g. a
    test server), FORMALITY (DeepL's "prefer_more", "prefer_less", "default").
    """

    display_name = "DeepL"

    def client(self) -> deepl.DeepLClient:
        return deepl.DeepLClient(
            self.options["AUTH_KEY"],
            server_url=self.options.get("SERVER_URL") or None,
            send_platform_info=False,
        )

    def can_translate(self, source_locale: Locale, target_locale: Locale) -> bool:
        source = source_locale.language_code.split("-")[0].lower()
        target = target_locale.language_code.split("-")[0].lower()
        return source != target and source in DEEPL_LANGUAGES and target in DEEPL_LANGUAGES

    def translate(
        self, source_locale: Locale, target_locale: Locale, strings
    ) -> dict[StringValue, StringValue]:
        strings = list(strings)
        if not strings:
            return {}
        client = self.client()
        try:
            glossary_id = self.glossary_for(client, source_locale, target_locale)
            try:
                results = self.translate_texts(client, source_locale, target_locale, strings, glossary_id)
            except deepl.GlossaryNotFoundException:
                # Deleted on DeepL's side since we cached its id: upload it again.
                glossary_id = self.glossary_for(client, source_locale, target_locale, refresh=True)
                results = self.translate_texts(client, source_locale, target_locale, strings, glossary_id)
        except deepl.DeepLException as error:
            logger.exception("DeepL translation %s → %s failed", source_locale, target_locale)
            # Shown to the translator by machine_translation_admin; nothing was written.
            raise MachineTranslationFailed(f"DeepL could not translate: {error}") from error
        finally:
            client.close()
        return {string: safe_segment(result.text) for string, result in zip(strings, results, strict=True)}

    def translate_texts(self, client, source_locale, target_locale, strings, glossary_id):
        options = {}
        if formality := self.options.get("FORMALITY"):
            options["formality"] = formality
        return client.translate_text(
            [string.data for string in strings],
            source_lang=deepl_language(source_locale),
            target_lang=deepl_language(target_locale, target=True),
            glossary=glossary_id,
            tag_handling="xml",  # segments carry inline markup such as <a id="a1">
            **options,
        )

    def glossary_for(
        self, client, source_locale: Locale, target_locale: Locale, *, refresh: bool = False
    ) -> str | None:
        """The id of a DeepL glossary holding today's approved terms for the pair.

        DeepL glossaries cannot be edited, so one is uploaded per distinct set
        of entries and its id cached under a digest of them: a change in the
        glossary means a new upload, an unchanged glossary none.
        """
        entries = approved_translations(source_locale, target_locale)
        if not entries:
            return None
        source_lang = deepl_language(source_locale)
        target_lang = deepl_language(target_locale).split("-")[0]
        digest = hashlib.sha256(
            json.dumps([source_lang, target_lang, sorted(entries.items())]).encode()
        ).hexdigest()[:32]
        account = hashlib.sha256(
            f"{self.options['AUTH_KEY']} {self.options.get('SERVER_URL', '')}".encode()
        ).hexdigest()[:16]
        cache_key = f"localization:deepl-glossary:{account}:{digest}"
        if not refresh and (glossary_id := cache.get(cache_key)):
            return glossary_id
        glossary = client.create_glossary(
            f"Alliance glossary {source_lang}→{target_lang} {digest[:8]}",
            source_lang=source_lang,
            target_lang=target_lang,
            entries=entries,
        )
        cache.set(cache_key, glossary.glossary_id, GLOSSARY_CACHE_SECONDS)
        return glossary.glossary_id


def safe_segment(text: str) -> StringValue:
    """A machine translation as wagtail-localize would take it from a translator.

    Only inline tags and `<a id>` pass (wagtail-localize restores the source's attributes);
    anything else the service returns (a `<script>`, an `onerror`, a `javascript:` link) makes
    the segment plain text, escaped, rather than markup written into the page.
    """
    try:
        return StringValue.from_translated_html(text)
    except ValueError:
        return StringValue.from_plaintext(strip_tags(text))
