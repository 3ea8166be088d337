"""RSS 2.0 and Atom feeds of news and of events, one per locale (/<lang>/feeds/...).

The locale comes from the URL's language prefix; only live, public pages of that locale appear,
with absolute URLs from Wagtail's sites.
"""

import datetime

from django.apps import apps
from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

FEED_SIZE = 30


class LocalePageFeed(Feed):
    """The feed of one page type in the request's locale; subclasses name the type and order.

    The feed's `language` (RSS) and `xml:lang` (Atom) are the active language, set by the URL.
    """

    feed_type = Rss201rev2Feed
    page_model_label = ""
    ordering: tuple[str, ...] = ()

    def __call__(self, request: HttpRequest, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        response["Cache-Control"] = "public, max-age=300"
        return response

    def get_object(self, request: HttpRequest, *args, **kwargs) -> Locale:
        locale = Locale.objects.filter(language_code=translation.get_language()).first()
        if locale is None:
            raise Http404("No such locale")
        return locale

    @property
    def page_model(self) -> type[Page]:
        return apps.get_model(self.page_model_label)

    def _home(self, locale: Locale) -> Page | None:
        return Page.objects.live().public().filter(locale=locale, depth=2).first()

    def _index(self, locale: Locale) -> Page | None:
        return (
            Page.objects.live()
            .public()
            .filter(locale=locale, content_type__app_label="news", content_type__model="newsindexpage")
            .first()
        )

    def link(self, locale: Locale) -> str:
        page = self._index(locale) or self._home(locale)
        if page is None:
            raise Http404("This locale has no published site")
        return page.get_full_url()

    def site_name(self, locale: Locale) -> str:
        home = self._home(locale)
        return home.title if home else ""

    def items(self, locale: Locale) -> QuerySet:
        return (
            self.page_model.objects.live().public().filter(locale=locale).order_by(*self.ordering)[:FEED_SIZE]
        )

    def item_title(self, page: Page) -> str:
        return page.title

    def item_link(self, page: Page) -> str:
        return page.get_full_url()

    def item_guid(self, page: Page) -> str:
        return page.get_full_url()

    def item_updateddate(self, page: Page) -> datetime.datetime | None:
        return page.last_published_at or page.first_published_at


class NewsRSSFeed(LocalePageFeed):
    """The latest news of one locale, as RSS 2.0."""

    page_model_label = "news.NewsPage"
    ordering = ("-date", "-first_published_at")

    def title(self, locale: Locale) -> str:
        index = self._index(locale)
        parts = [index.title if index else _("News"), self.site_name(locale)]
        return " · ".join(part for part in parts if part)

    def description(self, locale: Locale) -> str:
        return self.title(locale)

    subtitle = description

    def item_description(self, page: Page) -> str:
        return page.intro

    def item_pubdate(self, page: Page) -> datetime.datetime | None:
        if page.date:
            return timezone.make_aware(datetime.datetime.combine(page.date, datetime.time(9)))
        return page.first_published_at


class NewsAtomFeed(NewsRSSFeed):
    """The latest news of one locale, as Atom."""

    feed_type = Atom1Feed


class EventsRSSFeed(LocalePageFeed):
    """Events of one locale, latest first, as RSS 2.0."""

    page_model_label = "news.EventPage"
    ordering = ("-start",)

    def title(self, locale: Locale) -> str:
        return " · ".join(part for part in (_("Events"), self.site_name(locale)) if part)

    def description(self, locale: Locale) -> str:
        return self.title(locale)

    subtitle = description

    def item_description(self, page: Page) -> str:
        when = date_format(timezone.localtime(page.start), "DATE_FORMAT")
        place = ", ".join(part for part in (page.city, page.country.name if page.country else "") if part)
        return f"{when}{' — ' + place if place else ''}. {page.intro}"

    def item_pubdate(self, page: Page) -> datetime.datetime | None:
        return page.first_published_at


class EventsAtomFeed(EventsRSSFeed):
    """Events of one locale, latest first, as Atom."""

    feed_type = Atom1Feed
