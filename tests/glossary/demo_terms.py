"""Glossary terms for tests, built from the demo data (demo/content/glossary_*.py) in a few locales."""

from wagtail.models import Locale, Page

from demo.content import glossary_a, glossary_b
from glossary.models import GlossaryRelatedTerm, GlossaryTermPage
from localization.translate import translate
from tests import factories

TERMS = {data["key"]: data for data in [*glossary_a.TERMS, *glossary_b.TERMS]}
DEFAULT_KEYS = ("roma-and-travellers", "roma", "gypsy", "tsiganes", "antigypsyism")


def build_glossary(
    home_page: Page,
    locales: dict[str, Locale],
    languages: tuple[str, ...] = ("fr", "de"),
    keys: tuple[str, ...] = DEFAULT_KEYS,
) -> dict[str, GlossaryTermPage]:
    """English terms with their "use instead" links, published in `languages` as the demo has them."""
    index = factories.GlossaryIndexPageFactory(parent=home_page)
    for language in languages:
        if not home_page.has_translation(locales[language]):
            translate(home_page, locales[language], {})
        translate(index, locales[language], {})
    pages = {}
    for key in keys:
        data = TERMS[key]
        english = data["en"]
        pages[key] = factories.GlossaryTermPageFactory(
            parent=index,
            slug=key,
            term=english["term"],
            short_definition=english["short"],
            variants="\n".join(english.get("variants", [])),
            usage_status=data["status"],
        )
    for key, page in pages.items():
        for other, relation in TERMS[key].get("related", []):
            if other in pages:
                GlossaryRelatedTerm.objects.create(page=page, term=pages[other], relation=relation)
        page.save_revision().publish()
    for key, page in pages.items():
        english = TERMS[key]["en"]
        for language in languages:
            local = TERMS[key].get(language)
            if not local:
                continue
            strings = {english["term"]: local["term"]}
            if local.get("short"):
                strings[english["short"]] = local["short"]
            if english.get("variants") and local.get("variants"):
                strings["\n".join(english["variants"])] = "\n".join(local["variants"])
            translate(page, locales[language], strings)
    return pages
