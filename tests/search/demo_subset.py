"""The demo glossary, members and news in a few locales, built directly (seconds, not minutes).

Each locale's pages are created from `demo/content/` as the demo loader would leave them
after translation: a locale's own text where the data gives one, the English text where
it does not, and the same translation key as the English page. Cross-references are made
on the English terms only, as in the demo (translations synchronise them).
"""

from datetime import date, datetime

from django.utils import timezone
from wagtail.models import Locale, Page, Site

from demo.content import glossary_a, glossary_b, members, news
from demo.values import body, rich_text
from glossary.models import GlossaryIndexPage, GlossaryRelatedTerm, GlossaryTermPage
from home.models import HomePage
from members.models import MemberPage, MembersIndexPage
from news.models import EventPage, NewsIndexPage, NewsPage

TERMS = [*glossary_a.TERMS, *glossary_b.TERMS]


def _add(parent: Page, page: Page, locale: Locale, source: Page | None) -> Page:
    page.locale = locale
    if source is not None:
        page.translation_key = source.translation_key
    parent.add_child(instance=page)
    return page


def _text(data: dict, code: str, key: str, default=""):
    own = data.get(code, {}).get(key)
    return own if own else data["en"].get(key, default)


def _blocks(data: dict, code: str) -> list[tuple]:
    """A news body in `code`, block by block; untranslated blocks stay English."""
    english = data["en"].get("body") or []
    own = data.get(code, {}).get("body") or []
    return [
        theirs if theirs and all(part is not None for part in theirs[1:]) else ours
        for ours, theirs in zip(english, [*own, *[None] * len(english)], strict=False)
    ]


def build(codes: list[str]) -> dict:
    """English first, then every other locale in `codes`; returns pages by locale and key."""
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    root.refresh_from_db()
    locales = {code: Locale.objects.get(language_code=code) for code in ["en", *codes]}
    built: dict = {code: {} for code in locales}
    english: dict = {}
    for code, locale in locales.items():
        pages = built[code]
        source = english or None
        home = _add(root, HomePage(title="Alliance", slug=f"home-{code}"), locale, source and source["home"])
        root.refresh_from_db()
        pages["home"] = home
        glossary = _add(
            home, GlossaryIndexPage(title="Glossary", slug="glossary"), locale, source and source["glossary"]
        )
        members_index = _add(
            home, MembersIndexPage(title="Members", slug="members"), locale, source and source["members"]
        )
        news_index = _add(home, NewsIndexPage(title="News", slug="news"), locale, source and source["news"])
        pages.update(glossary=glossary, members=members_index, news=news_index)
        for data in TERMS:
            if code != "en" and not data.get(code, {}).get("term"):
                continue
            pages[data["key"]] = _add(
                glossary,
                GlossaryTermPage(
                    title=_text(data, code, "term"),
                    slug=data["key"],
                    term=_text(data, code, "term"),
                    short_definition=_text(data, code, "short"),
                    full_definition=rich_text(_text(data, code, "full", [])),
                    variants="\n".join(_text(data, code, "variants", [])),
                    usage_status=data["status"],
                    usage_note=_text(data, code, "note"),
                    category=data.get("category", ""),
                ),
                locale,
                source and source[data["key"]],
            )
        for data in members.MEMBERS:
            own = {**data["en"], **data.get(code, {})}
            pages[data["key"]] = _add(
                members_index,
                MemberPage(
                    title=own["title"],
                    slug=data["key"],
                    official_name=own.get("official_name") or own["title"],
                    kind=data["kind"],
                    country=data["country"],
                    intro=own.get("intro", ""),
                ),
                locale,
                source and source[data["key"]],
            )
        for data in news.ITEMS:
            own = {**data["en"], **data.get(code, {})}
            common = {"title": own["title"], "slug": data["slug"], "intro": own.get("intro", "")}
            common["body"] = body(_blocks(data, code))
            if data["type"] == "event":
                page = EventPage(
                    **common, start=timezone.make_aware(datetime.fromisoformat(data["event"]["start"]))
                )
            else:
                page = NewsPage(**common, date=date.fromisoformat(data["date"]) if data.get("date") else None)
            pages[data["key"]] = _add(news_index, page, locale, source and source[data["key"]])
        if code == "en":
            english = pages
            Site.objects.all().delete()
            Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
            for data in TERMS:
                for key, relation in data.get("related", []):
                    GlossaryRelatedTerm.objects.create(
                        page=pages[data["key"]], term=pages[key], relation=relation
                    )
    return built
