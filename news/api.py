"""The `news` and `events` endpoints of the headless API."""

from typing import Any, ClassVar

from django.db.models import OuterRef, Prefetch, Q, QuerySet, Subquery
from django.utils import timezone

from delivery.api import parameters as params
from delivery.api import representation
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


def _topic_links(link_model: type) -> QuerySet:
    """Topic links with their topic and, in the same query, the topic's name in the item's locale."""
    local_name = Topic.objects.filter(
        translation_key=OuterRef("topic__translation_key"), locale_id=OuterRef("page__locale_id")
    ).values("name")[:1]
    # The id breaks ties in sort_order, so every copy of the database lists them alike.
    return (
        link_model.objects.select_related("topic")
        .annotate(local_topic_name=Subquery(local_name))
        .order_by("sort_order", "pk")
    )


class TopicalPagesAPIViewSet(LocalizedPagesAPIViewSet):
    """Shared by news and events: topics, related members and the feed image, loaded in bulk."""

    list_select_related = ("feed_image",)
    # One query per relation: each link comes with its target.
    list_prefetch_related = (
        Prefetch("topic_links", queryset=_topic_links(NewsPageTopic)),
        Prefetch("member_links", queryset=NewsPageRelatedMember.objects.select_related("member")),
    )

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
        members = self.localized_related(
            items,
            lambda item: [link.member for link in item.member_links.all()],
            self.visibility.public_pages(MemberPage).select_related("locale"),
        )
        for item in items:
            item.api_topics = [link.localized_topic() for link in item.topic_links.all()]
            item.api_related_members = members[item.pk]


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
    list_prefetch_related = (
        *TopicalPagesAPIViewSet.list_prefetch_related,
        Prefetch("tagged_items", queryset=NewsPageTag.objects.select_related("tag")),
    )
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
    list_prefetch_related = (
        Prefetch("topic_links", queryset=_topic_links(EventPageTopic)),
        Prefetch("member_links", queryset=EventPageRelatedMember.objects.select_related("member")),
    )
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
