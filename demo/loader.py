"""Build the demo site: one English tree, translated through wagtail-localize.

Every step looks for what exists first, so a second run creates nothing.
"""

import secrets
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from demo.content import glossary_a, glossary_b, members, news, site
from demo.values import body, rich_text, translation_map
from glossary.models import GlossaryIndexPage, GlossaryRelatedTerm, GlossaryTermPage
from home.models import AllianceSettings, FormField, FormPage, HomePage, StandardPage
from localization.roles import ensure_roles
from localization.translate import translate
from localization.workflows import ensure_review_workflows
from members.models import MemberPage, MembersIndexPage, NationalAlliancePage
from news.models import EventPage, NewsIndexPage, NewsPage, Topic

PAGE_KEYS = ("title", "intro", "body", "official_name", "city", "venue", "thank_you", "subject")
TERM_KEYS = ("term", "short", "full", "variants", "note")


@dataclass
class Report:
    created: dict[str, int] = field(default_factory=dict)
    translated: dict[str, int] = field(default_factory=dict)
    passwords: dict[str, str] = field(default_factory=dict)

    def add(self, bucket: dict, name: str, count: int = 1) -> None:
        bucket[name] = bucket.get(name, 0) + count

    @property
    def changed(self) -> bool:
        return bool(self.created or self.translated or self.passwords)


class DemoLoader:
    def __init__(self, locales: list[str] | None = None, reset_passwords: bool = False):
        codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        self.locale_codes = [code for code in codes if locales is None or code in locales]
        self.reset_passwords = reset_passwords
        self.report = Report()
        self.en = Locale.get_default()
        self.locales = {
            locale.language_code: locale
            for locale in Locale.objects.filter(language_code__in=self.locale_codes)
        }
        self.topics: dict[str, Topic] = {}
        self.member_pages: dict[str, MemberPage] = {}
        self.forms: dict[str, FormPage] = {}
        self.queue: list[tuple] = []

    # -- entry point --------------------------------------------------------
    @transaction.atomic  # all or nothing: a failed run leaves no half-built site
    def run(self) -> Report:
        home = self.load_home()
        self.load_topics()
        self.load_settings()
        members_index = self.load_index(home, MembersIndexPage, site.INDEX_PAGES["members"])
        self.load_members(members_index)
        news_index = self.load_index(home, NewsIndexPage, site.INDEX_PAGES["news"])
        self.load_news(news_index)
        glossary_index = self.load_index(home, GlossaryIndexPage, site.INDEX_PAGES["glossary"])
        self.load_glossary(glossary_index)
        for standard in site.STANDARD_PAGES:
            self.load_standard_page(home, standard)
        for form in site.FORMS:
            self.load_form(home, form)
        self.load_calls_to_action(home)
        self.translate_queued()
        # Roles and review workflows exist in every environment; accounts only in dev.
        ensure_roles()
        ensure_review_workflows()
        if getattr(settings, "ALLIANCE_DEMO_ACCOUNTS", False):
            self.load_accounts(home)
        return self.report

    # -- helpers --------------------------------------------------------------
    def other_locales(self, data: dict, required: str | None = "title"):
        """Locales to translate into: those whose data has `required`, or all when None."""
        for code, locale in self.locales.items():
            if code != self.en.language_code and (required is None or data.get(code, {}).get(required)):
                yield code, locale

    def child(self, parent: Page, slug: str) -> Page | None:
        found = parent.get_children().filter(slug=slug).first()
        return found.specific if found else None

    def add_page(self, parent: Page, page: Page) -> Page:
        page.locale = self.en
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.report.add(self.report.created, page._meta.verbose_name)
        return page

    def translate_page(
        self, page: Page, data: dict, keys=PAGE_KEYS, required: str = "title", keep: tuple = ()
    ) -> None:
        """Queue `page` for translation; the queue runs once the English tree is complete.

        `keep` lists texts that stay as they are in every language (publication
        titles); the slug is kept too, so URLs differ only by their locale prefix.
        """
        self.queue.append((page, data, keys, required, (page.slug, *keep)))

    def translate_queued(self) -> None:
        # Parents first: a child translated before its parent would get an
        # untranslated copy of the parent.
        for page, data, keys, required, keep in sorted(self.queue, key=lambda item: item[0].depth):
            source = data[self.en.language_code]
            for code, locale in self.other_locales(data, required):
                if page.has_translation(locale):
                    continue
                strings = {text: text for text in keep}
                strings.update(translation_map(source, data.get(code, {}), keys))
                translate(page, locale, strings)
                self.report.add(self.report.translated, code)

    # -- the tree -------------------------------------------------------------
    def load_home(self) -> HomePage:
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(depth=2, locale=self.en).first()
        if home is None:
            # Replace Wagtail's placeholder "Welcome" page, which holds the slug "home".
            Page.objects.filter(depth=2, content_type__model="page").delete()
            root.refresh_from_db()
            data = site.HOME["en"]
            home = self.add_page(
                root,
                HomePage(
                    title=data["title"],
                    slug="home",
                    intro=rich_text(data.get("intro")),
                    calls_to_action=[],
                ),
            )
            Site.objects.update_or_create(
                is_default_site=True,
                defaults={
                    "root_page": home,
                    "hostname": "localhost",
                    "port": 80,
                    "site_name": settings.WAGTAIL_SITE_NAME,
                },
            )
        return home

    def load_calls_to_action(self, home: HomePage) -> None:
        home = HomePage.objects.get(pk=home.pk)  # fresh tree fields: publishing saves them
        if not home.calls_to_action:
            home.calls_to_action = [
                {
                    "type": "call_to_action",
                    "value": {
                        "title": cta["en"]["title"],
                        "text": cta["en"].get("text", ""),
                        "link_text": cta["en"]["link_text"],
                        "page": self.forms[cta["target"]].pk,
                    },
                }
                for cta in site.CALLS_TO_ACTION
            ]
            home.save_revision().publish()
        data = {}
        for code, texts in site.HOME.items():
            ctas = [cta.get(code, {}) for cta in site.CALLS_TO_ACTION]
            data[code] = {
                **texts,
                "cta": [[cta.get("title"), cta.get("text"), cta.get("link_text")] for cta in ctas],
            }
        # Every locale gets its home and section pages, translated as far as the
        # data goes (Romani has none yet: a real translation job, at 0 %).
        self.translate_page(home, data, keys=(*PAGE_KEYS, "cta"), required=None)

    def load_index(self, home: HomePage, model, data: dict) -> Page:
        page = self.child(home, data["slug"])
        if page is None:
            english = data["en"]
            page = self.add_page(
                home, model(title=english["title"], slug=data["slug"], intro=rich_text(english.get("intro")))
            )
        self.translate_page(page, data, required=None)
        return page

    def load_topics(self) -> None:
        for data in site.TOPICS:
            topic = Topic.objects.filter(slug=data["slug"], locale=self.en).first()
            if topic is None:
                topic = Topic.objects.create(name=data["en"], slug=data["slug"], locale=self.en)
                self.report.add(self.report.created, "topic")
            self.topics[data["slug"]] = topic
            for code, locale in self.locales.items():
                if code != "en" and data.get(code) and not topic.has_translation(locale):
                    translate(topic, locale, {data["en"]: data[code]})
                    self.report.add(self.report.translated, code)

    def load_settings(self) -> None:
        data = site.SETTINGS
        row = AllianceSettings.objects.filter(locale=self.en).first()
        if row is None:
            row = AllianceSettings.objects.create(
                locale=self.en,
                facebook_url=data["facebook_url"],
                twitter_url=data["twitter_url"],
                rss_url=data["rss_url"],
                task_force_name=data["task_force_name"],
                task_force_role=data["en"]["task_force_role"],
                task_force_phone=data["task_force_phone"],
                task_force_email=data["task_force_email"],
            )
            self.report.add(self.report.created, "settings")
        for code, locale in self.locales.items():
            role = data.get(code, {}).get("task_force_role")
            if code != "en" and role and not row.has_translation(locale):
                translate(row, locale, {data["en"]["task_force_role"]: role})
                self.report.add(self.report.translated, code)

    def load_members(self, index: MembersIndexPage) -> None:
        alliances = {}
        for data in members.NATIONAL_ALLIANCES:
            page = self.child(index, data["slug"])
            if page is None:
                english = data["en"]
                page = self.add_page(
                    index,
                    NationalAlliancePage(
                        title=english["title"],
                        slug=data["slug"],
                        country=data["country"],
                        founded=_date(data.get("founded")),
                        intro=english.get("intro", ""),
                        body=body(english.get("body")),
                    ),
                )
            alliances[data["key"]] = page
        for data in members.MEMBERS:
            page = self.child(index, data["key"])
            if page is None:
                english = data["en"]
                page = self.add_page(
                    index,
                    MemberPage(
                        title=english["title"],
                        slug=data["key"],
                        official_name=english.get("official_name") or english["title"],
                        kind=data["kind"],
                        country=data["country"],
                        membership=data.get("membership", "confirmed"),
                        national_alliance=alliances.get(data.get("national_alliance")),
                        latitude=_decimal(data.get("lat")),
                        longitude=_decimal(data.get("lon")),
                        date_joined=_date(data.get("date_joined")),
                        website=data.get("website") or "",
                        intro=english.get("intro", ""),
                    ),
                )
            self.member_pages[data["key"]] = page
        # Translate after every member exists, alliance first, so links resolve.
        for data in members.NATIONAL_ALLIANCES:
            self.translate_page(alliances[data["key"]], data)
        for data in members.MEMBERS:
            self.translate_page(self.member_pages[data["key"]], data)

    def load_news(self, index: NewsIndexPage) -> None:
        for data in [*news.ITEMS, *getattr(news, "EVENTS_EXTRA", [])]:
            page = self.child(index, data["slug"])
            if page is None:
                page = self.add_page(index, self.build_news_item(data))
            self.translate_page(page, data)

    def build_news_item(self, data: dict) -> Page:
        english = data["en"]
        common = {
            "title": english["title"],
            "slug": data["slug"],
            "intro": english.get("intro", ""),
            "body": body(english.get("body")),
        }
        if data["type"] == "event":
            event = data["event"]
            page = EventPage(
                **common,
                start=_datetime(event["start"]),
                end=_datetime(event.get("end") or event.get("end_date") or data.get("end_date")),
                venue=english.get("venue") or event.get("venue") or "",
                city=english.get("city", ""),
                country=event.get("country", ""),
                organiser=event.get("organiser", ""),
                programme=event.get("programme", "alliance"),
            )
        else:
            page = NewsPage(**common, date=_date(data.get("date")))
            page.tags.add(*data.get("tags", []))
        for slug in data.get("topics", []):
            page.topic_links.add(page.topic_links.model(topic=self.topics[slug]))
        for key in data.get("members", []):
            if key in self.member_pages:
                page.member_links.add(page.member_links.model(member=self.member_pages[key]))
        return page

    def load_glossary(self, index: GlossaryIndexPage) -> None:
        terms = [*glossary_a.TERMS, *glossary_b.TERMS]
        pages: dict[str, GlossaryTermPage] = {}
        for data in terms:
            page = self.child(index, data["key"])
            if page is None:
                english = data["en"]
                page = self.add_page(
                    index,
                    GlossaryTermPage(
                        title=english["term"],
                        slug=data["key"],
                        term=english["term"],
                        short_definition=english["short"],
                        full_definition=rich_text(english.get("full")),
                        variants="\n".join(english.get("variants", [])),
                        usage_status=data["status"],
                        usage_note=english.get("note", ""),
                        category=data.get("category", ""),
                        sources=[
                            {"type": "source", "value": {"title": title, "url": url or ""}}
                            for title, url in data.get("sources", [])
                        ],
                    ),
                )
            pages[data["key"]] = page
        for data in terms:
            page = pages[data["key"]]
            if page.related_links.exists() or not data.get("related"):
                continue
            for key, relation in data["related"]:
                if key in pages:
                    GlossaryRelatedTerm.objects.create(page=page, term=pages[key], relation=relation)
            page.save_revision().publish()
        for data in terms:
            self.translate_page(
                pages[data["key"]],
                data,
                keys=TERM_KEYS,
                required="term",
                keep=tuple(title for title, _url in data.get("sources", [])),
            )

    def load_standard_page(self, home: HomePage, data: dict) -> None:
        page = self.child(home, data["slug"])
        if page is None:
            english = data["en"]
            page = self.add_page(
                home,
                StandardPage(
                    title=english["title"],
                    slug=data["slug"],
                    intro=english.get("intro", ""),
                    body=body(english.get("body")),
                ),
            )
        self.translate_page(page, data)

    def load_form(self, home: HomePage, data: dict) -> None:
        page = self.child(home, data["slug"])
        if page is None:
            english = data["en"]
            page = FormPage(
                title=english["title"],
                slug=data["slug"],
                intro=rich_text(english.get("intro")),
                thank_you_text=rich_text(english.get("thank_you")),
                to_address=settings.ALLIANCE_TASK_FORCE_EMAIL,
                from_address=settings.DEFAULT_FROM_EMAIL,
                subject=english.get("subject", english["title"]),
            )
            for number, spec in enumerate(data["fields"]):
                labels = spec["en"]
                page.form_fields.add(
                    FormField(
                        sort_order=number,
                        locale=self.en,
                        clean_name=spec["name"],
                        label=labels["label"],
                        help_text=labels.get("help", ""),
                        field_type=spec["type"],
                        required=spec.get("required", True),
                        choices="\n".join(labels.get("choices", [])),
                    )
                )
            page = self.add_page(home, page)
        self.forms[data["key"]] = page
        # Field labels translate like the page's own texts.
        translated = {code: dict(data[code]) for code in self.locale_codes if code in data}
        for code, texts in translated.items():
            texts["fields"] = [
                [
                    spec.get(code, {}).get("label"),
                    spec.get(code, {}).get("help"),
                    "\n".join(spec.get(code, {}).get("choices", [])) or None,
                ]
                for spec in data["fields"]
            ]
        self.translate_page(page, translated, keys=(*PAGE_KEYS, "fields"))

    # -- accounts (development settings only) -------------------------------
    def load_accounts(self, home: HomePage) -> None:
        User = get_user_model()
        groups = {group.name: group for group in ensure_roles()}
        accounts = [
            ("admin", "Alliance", "Administrator", None, True),
            ("editor", "Demo", "Editor", groups["Editors"], False),
            ("translator", "Demo", "Translator (French)", groups.get("Translators — French"), False),
            ("reviewer", "Demo", "Reviewer (French)", groups.get("Reviewers — French"), False),
        ]
        for username, first, last, group, is_superuser in accounts:
            user = User.objects.filter(username=username).first()
            if user is not None and not self.reset_passwords:
                continue
            password = secrets.token_urlsafe(12)
            if user is None:
                user = User(
                    username=username,
                    first_name=first,
                    last_name=last,
                    email=f"{username}@example.org",
                    is_staff=is_superuser,
                    is_superuser=is_superuser,
                )
            user.set_password(password)
            user.save()
            if group:
                user.groups.add(group)
            self.report.passwords[username] = password


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    return timezone.make_aware(datetime.fromisoformat(value))


def _decimal(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.000001"))
