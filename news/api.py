"""The `news` and `events` endpoints of the headless API."""

from typing import Any, ClassVar, NamedTuple

from django.db import connection
from django.db.models import Q, QuerySet
from django.utils import timezone
from wagtail.models import Page

from delivery.api import parameters as params
from delivery.api import representation, statements
from delivery.api.viewsets import LocalizedPagesAPIViewSet
from members.models import MemberPage
from news.models import (
    EventPage,
    EventPageRelatedMember,
    EventPageTopic,
    NewsPage,
    NewsPageRelatedMember,
    NewsPageTag,
    NewsPageTopic,
    Topic,
)

TOPIC = params.parameter(
    "topic",
    "Topic slug (the same in every language).",
    {"type": "string", "maxLength": 100},
    example="education",
)
MEMBER = params.parameter(
    "member",
    "Id of a member page (in any locale): items about that member.",
    {"type": "integer", "minimum": 1, "maximum": 2**31 - 1},
)
COUNTRY = params.parameter(
    "country", "ISO 3166-1 alpha-2 country code.", {"type": "string", "pattern": "^[A-Z]{2}$"}, example="UA"
)


class TopicLink(NamedTuple):
    """A topic as the API shows it: its slug and its name in the item's language."""

    slug: str
    name: str


class LinkedPage(NamedTuple):
    """A linked page as far as `localized_related()` needs it."""

    translation_key: Any
    locale_id: int


def labels_by_item(
    link_model: type, tag_model: type | None, ids: list[int]
) -> tuple[dict[int, list[TopicLink]], dict[int, list[str]]]:
    """Each item's topics, named in the item's locale where the topic is translated, and its tag
    names (sorted); one query.

    Written in SQL: the ORM's correlated subquery for a topic's local name cost more to build
    than the query took to run, and the ORM cannot join topics and tags in one query.
    """
    topics: dict[int, list[TopicLink]] = {pk: [] for pk in ids}
    tags: dict[int, list[str]] = {pk: [] for pk in ids}
    if not ids:
        return topics, tags
    quote = connection.ops.quote_name
    link, topic, page = (model._meta for model in (link_model, Topic, Page))
    page_id, topic_id = (quote(link.get_field(name).column) for name in ("page", "topic"))
    key, locale, name, pk = quote("translation_key"), quote("locale_id"), quote("name"), quote("id")
    placeholders = ", ".join(["%s"] * len(ids))
    sql = f"""
        SELECT 'topic', link.{page_id}, topic.{quote("slug")}, COALESCE(local.{name}, topic.{name}),
               link.{quote("sort_order")}, link.{pk}
        FROM {quote(link.db_table)} link
        JOIN {quote(topic.db_table)} topic ON topic.{pk} = link.{topic_id}
        JOIN {quote(page.db_table)} page ON page.{pk} = link.{page_id}
        LEFT JOIN {quote(topic.db_table)} local
          ON local.{key} = topic.{key} AND local.{locale} = page.{locale}
        WHERE link.{page_id} IN ({placeholders})
    """  # noqa: S608 - identifiers from model metadata, values as parameters
    params = list(ids)
    if tag_model is not None:
        tagged, tag = tag_model._meta, tag_model._meta.get_field("tag").related_model._meta
        object_id, tag_id = (quote(tagged.get_field(field).column) for field in ("content_object", "tag"))
        sql += f"""
        UNION ALL
        SELECT 'tag', tagged.{object_id}, '', tag.{name}, 0, tagged.{pk}
        FROM {quote(tagged.db_table)} tagged JOIN {quote(tag.db_table)} tag ON tag.{pk} = tagged.{tag_id}
        WHERE tagged.{object_id} IN ({placeholders})
        """  # noqa: S608
        params += ids
    # The id breaks ties in sort_order, so every copy of the database lists them alike.
    sql += " ORDER BY 1, 5, 6"
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for kind, item_id, slug, label, _order, _id in cursor.fetchall():
            if kind == "topic":
                topics[item_id].append(TopicLink(slug, label))
            else:
                tags[item_id].append(label)
    for names in tags.values():
        names.sort()
    return topics, tags


class TopicalPagesAPIViewSet(LocalizedPagesAPIViewSet):
    """Shared by news and events: topics, related members and the feed image, loaded in bulk.

    Links are read as rows (`values_list`), not model instances: a listing reads hundreds.
    """

    list_select_related = ("feed_image",)
    topic_link_model: ClassVar[type] = NewsPageTopic
    member_link_model: ClassVar[type] = NewsPageRelatedMember
    tag_model: ClassVar[type | None] = None

    def filter_items(self, queryset: QuerySet, values: dict[str, Any]) -> QuerySet:
        # A filter across a to-many link can match an item twice: only then is DISTINCT needed
        # (it would otherwise sort and compare whole rows of the locale on every listing).
        if "topic" in values:
            queryset = queryset.filter(topic_links__topic__slug=values["topic"]).distinct()
        if "member" in values:
            member_key = MemberPage.objects.filter(pk=values["member"]).values("translation_key")
            queryset = queryset.filter(member_links__member__translation_key__in=member_key).distinct()
        return queryset

    def prepare_items(self, items: list) -> None:
        super().prepare_items(items)
        images = [item.feed_image for item in items]
        if self.action == "detail_view":  # the body's images too, in the same renditions query
            images += representation.images_in_stream(getattr(items[0], "body", None))
        representation.prefetch_renditions(images)
        ids = [item.pk for item in items]
        topics, tags = labels_by_item(self.topic_link_model, self.tag_model, ids)
        linked: dict[int, list[LinkedPage]] = {pk: [] for pk in ids}
        for page_id, key, locale_id in statements.evaluate(
            ("member links", self.member_link_model),
            lambda slots: (
                self.member_link_model.objects.filter(page_id__any=slots["ids"])
                .order_by("sort_order", "pk")
                .values_list("page_id", "member__translation_key", "member__locale_id")
            ),
            plan_once=True,
            ids=ids,
        ):
            linked[page_id].append(LinkedPage(key, locale_id))
        members = self.localized_related(items, lambda item: linked[item.pk], MemberPage)
        for item in items:
            item.api_topics = topics[item.pk]
            item.api_related_members = members[item.pk]
            if self.tag_model is not None:
                item.api_tags = tags[item.pk]


class NewsAPIViewSet(TopicalPagesAPIViewSet):
    """News articles: filter by topic, tag, year, date range and related member."""

    name = "news"
    model = NewsPage
    listing_default_fields = [
        *LocalizedPagesAPIViewSet.listing_default_fields,
        "date",
        "intro",
        "feed_image",
        "topics",
        "tags",
    ]
    detail_only_fields: ClassVar[list[str]] = ["parent", "body"]
    tag_model = NewsPageTag
    orderings: ClassVar[dict[str, str]] = {
        "date": "date",
        "title": "title",
        "first_published_at": "first_published_at",
    }
    default_order = "-date"
    filter_parameters: ClassVar[list[dict]] = [
        TOPIC,
        params.parameter("tag", "Tag name.", {"type": "string", "maxLength": 100}),
        params.parameter(
            "year", "Year of the news date.", {"type": "integer", "minimum": 1900, "maximum": 2100}
        ),
        params.date_parameter("date_from", "News dated on or after this day."),
        params.date_parameter("date_to", "News dated on or before this day."),
        MEMBER,
    ]

    def filter_items(self, queryset: QuerySet, values: dict[str, Any]) -> QuerySet:
        if "tag" in values:
            queryset = queryset.filter(tagged_items__tag__name=values["tag"]).distinct()
        if "year" in values:
            queryset = queryset.filter(date__year=values["year"])
        if "date_from" in values:
            queryset = queryset.filter(date__gte=values["date_from"])
        if "date_to" in values:
            queryset = queryset.filter(date__lte=values["date_to"])
        return super().filter_items(queryset, values)


class EventsAPIViewSet(TopicalPagesAPIViewSet):
    """Events: filter by upcoming or past, programme, country, topic and related member."""

    name = "events"
    model = EventPage
    topic_link_model = EventPageTopic
    member_link_model = EventPageRelatedMember
    listing_default_fields = [
        *LocalizedPagesAPIViewSet.listing_default_fields,
        "start",
        "end",
        "intro",
        "city",
        "country",
        "programme",
        "feed_image",
        "topics",
    ]
    detail_only_fields: ClassVar[list[str]] = ["parent", "body"]
    orderings: ClassVar[dict[str, str]] = {
        "start": "start",
        "title": "title",
        "first_published_at": "first_published_at",
    }
    default_order = "start"
    filter_parameters: ClassVar[list[dict]] = [
        params.boolean_parameter("upcoming", "`true`: events not yet over; `false`: past events."),
        params.parameter(
            "programme", "Programme code.", {"type": "string", "enum": list(EventPage.Programme.values)}
        ),
        COUNTRY,
        TOPIC,
        MEMBER,
    ]

    def listing_statement_key(self, values: dict[str, Any]) -> tuple | None:
        # `upcoming` compares with the time of the request: compiled each time.
        return None if "upcoming" in values else super().listing_statement_key(values)

    def filter_items(self, queryset: QuerySet, values: dict[str, Any]) -> QuerySet:
        if "upcoming" in values:
            now = timezone.now()
            not_over = Q(end__gte=now) | Q(end__isnull=True, start__gte=now)
            queryset = queryset.filter(not_over) if values["upcoming"] else queryset.exclude(not_over)
        if "programme" in values:
            queryset = queryset.filter(programme=values["programme"])
        if "country" in values:
            queryset = queryset.filter(country=values["country"])
        return super().filter_items(queryset, values)
