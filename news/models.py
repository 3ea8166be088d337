"""News articles, events and the topics that classify them."""

from typing import ClassVar

from django.db import models
from django.db.models import F, Q, QuerySet
from django.db.models.functions import Coalesce, TruncDate
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from delivery.api.fields import (
    ChoiceLabelField,
    CountryNameField,
    ImageField,
    PageLinkListField,
    TagListField,
)
from home.blocks import BodyBlock
from home.i18n import in_locale
from home.listing import ListingFilterMixin, ListingForm, choice_field, paginate
from home.models import BasePage


class Topic(TranslatableMixin, models.Model):
    """A theme of the Alliance's work (Education, Housing, Safety…), translated per locale."""

    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100, help_text="Same in every language; used in filters")

    panels: ClassVar[list] = [FieldPanel("name"), FieldPanel("slug")]
    override_translatable_fields: ClassVar[list] = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering: ClassVar[list] = ["name"]
        verbose_name = _("topic")

    def __str__(self) -> str:
        return self.name


class TopicSerializer(serializers.Serializer):
    """A topic in the API: its slug (the same in every language, for filters) and its name."""

    slug = serializers.CharField()
    name = serializers.CharField()


class NewsIndexPage(ListingFilterMixin, BasePage):
    """The list of news and events of one locale."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels: ClassVar[list] = [*Page.content_panels, FieldPanel("intro")]
    api_fields: ClassVar[list] = [*BasePage.api_fields, APIField("intro")]

    parent_page_types: ClassVar[list] = ["home.HomePage"]
    subpage_types: ClassVar[list] = ["news.NewsPage", "news.EventPage"]

    class Meta:
        verbose_name = _("news index page")

    items_per_page: ClassVar[int] = 10

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = Page.objects.live().public().child_of(self)
        form = self.filter_form(request, items)
        if form.is_valid():
            if topic := form.cleaned_data["topic"]:
                items = items.filter(
                    Q(newspage__topic_links__topic__slug=topic) | Q(eventpage__topic_links__topic__slug=topic)
                ).distinct()
            if year := form.cleaned_data["year"]:
                items = items.filter(Q(newspage__date__year=year) | Q(eventpage__start__year=year))
        else:
            items = items.none()
        # News by their date, events by their start; undated archive items last.
        items = items.annotate(sort_date=Coalesce("newspage__date", TruncDate("eventpage__start"))).order_by(
            F("sort_date").desc(nulls_last=True), "-first_published_at"
        )
        context["filter_form"] = form
        context["items"] = paginate(request, items.specific(), self.items_per_page)
        return context

    def filter_form(self, request, items) -> ListingForm:
        """Topics (by their slug, the same in every language) and years that have items."""
        topics = in_locale(list(Topic.objects.filter(locale_id=Locale.get_default().pk)), self.locale_id)
        news_years = NewsPage.objects.filter(pk__in=items.values("pk")).dates("date", "year")
        event_years = EventPage.objects.filter(pk__in=items.values("pk")).dates("start", "year")
        years = sorted({day.year for day in [*news_years, *event_years]}, reverse=True)

        class NewsFilterForm(ListingForm):
            topic = choice_field(
                _("Topic"), sorted(((t.slug, t.name) for t in topics), key=lambda c: c[1]), _("All topics")
            )
            year = choice_field(_("Year"), [(str(year), str(year)) for year in years], _("All years"))

        return NewsFilterForm(request.GET)


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")


def _in_order(links: QuerySet) -> QuerySet:
    """Links in the editor's order; the id breaks ties in sort_order (links created outside the
    editor have none), as the API's bulk read does (news/api.py)."""
    return links.order_by("sort_order", "pk")


class TopicsMixin:
    """Topics and related members shown in the item's own language."""

    # Links are synchronised from the source, so they point at the source's
    # topics and members: show their translations in this item's locale.
    def localized_topics(self) -> list[Topic]:
        topics = [link.topic for link in _in_order(self.topic_links.select_related("topic"))]
        return in_locale(topics, self.locale_id)

    def topic_names(self) -> list[str]:
        return [topic.name for topic in self.localized_topics()]

    def related_member_pages(self) -> list[Page]:
        members = [link.member for link in _in_order(self.member_links.select_related("member"))]
        return [member for member in in_locale(members, self.locale_id) if member.live]

    # The API's views set these in bulk for a whole listing (see news/api.py).
    @cached_property
    def api_topics(self) -> list[Topic]:
        return self.localized_topics()

    @cached_property
    def api_related_members(self) -> list[Page]:
        return self.related_member_pages()


class NewsPage(TopicsMixin, BasePage):
    """A news article: a dated story with a teaser, a body, topics and related members."""

    date = models.DateField(
        _("date"), null=True, blank=True, help_text="Leave empty when an archived item's date is unknown"
    )
    intro = models.TextField(help_text="The teaser shown in listings")
    body = StreamField(BodyBlock(), blank=True)
    feed_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    feed_image_alt = models.CharField(
        _("image description"),
        max_length=255,
        blank=True,
        help_text="What the image shows, for readers who cannot see it; translated with the page",
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True)

    content_panels: ClassVar[list] = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("feed_image"),
        FieldPanel("feed_image_alt"),
        MultiFieldPanel(
            [InlinePanel("topic_links", label=_("Topics")), FieldPanel("tags")],
            heading=_("Classification"),
        ),
        InlinePanel("member_links", label=_("Related members")),
    ]
    api_fields: ClassVar[list] = [
        *BasePage.api_fields,
        APIField("date"),
        APIField("intro"),
        APIField("body"),
        APIField("feed_image", serializer=ImageField(alt_field="feed_image_alt")),
        APIField("tags", serializer=TagListField()),
        APIField("topics", serializer=TopicSerializer(many=True, source="api_topics")),
        APIField("related_members", serializer=PageLinkListField(source="api_related_members")),
    ]
    search_fields: ClassVar[list] = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    # Dates, images, tags, topics and related members follow the source.
    override_translatable_fields: ClassVar[list] = [
        SynchronizedField("date"),
        SynchronizedField("feed_image"),
    ]

    parent_page_types: ClassVar[list] = ["news.NewsIndexPage"]
    subpage_types: ClassVar[list] = []

    class Meta:
        verbose_name = _("news page")
        # Newest first is how every listing reads: PostgreSQL walks this index and stops after
        # the page, instead of sorting every news item of the locale.
        indexes: ClassVar[list] = [models.Index(fields=["-date", "-page_ptr"], name="news_newest_first")]


class TopicLink(Orderable):
    """Links an item to a topic snippet; synchronised from the source, shown translated."""

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="+")

    panels: ClassVar[list] = [FieldPanel("topic")]

    def localized_topic(self) -> Topic:
        """The topic in the item's language when the API annotated it (`local_topic_name`)."""
        name = getattr(self, "local_topic_name", None)
        if not name:
            return self.topic
        return Topic(pk=self.topic.pk, slug=self.topic.slug, name=name, locale_id=self.topic.locale_id)

    class Meta(Orderable.Meta):
        abstract = True


class RelatedMemberLink(Orderable):
    """A member city or region that an item is about."""

    member = models.ForeignKey("members.MemberPage", on_delete=models.CASCADE, related_name="+")

    panels: ClassVar[list] = [FieldPanel("member")]

    class Meta(Orderable.Meta):
        abstract = True


class NewsPageTopic(TopicLink):
    page = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="topic_links")


class NewsPageRelatedMember(RelatedMemberLink):
    page = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="member_links")


class EventPage(TopicsMixin, BasePage):
    """A seminar, meeting or launch event with its dates, place and programme."""

    class Programme(models.TextChoices):
        ALLIANCE = "alliance", _("European Alliance")
        ROMACT = "romact", "ROMACT"
        ROMED1 = "romed1", "ROMED1"
        ROMED2 = "romed2", "ROMED2"
        ROMACTED = "romacted", "ROMACTED"
        DOSTA = "dosta", "Dosta!"
        OTHER = "other", _("Other")

    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"), null=True, blank=True)
    intro = models.TextField(help_text="The teaser shown in listings")
    body = StreamField(BodyBlock(), blank=True)
    venue = models.CharField(max_length=255, blank=True)
    city = models.CharField(max_length=255, blank=True)
    country = CountryField(blank=True)
    organiser = models.CharField(max_length=255, blank=True)
    programme = models.CharField(max_length=20, choices=Programme.choices, default=Programme.ALLIANCE)
    registration_url = models.URLField(blank=True)
    feed_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    feed_image_alt = models.CharField(
        _("image description"),
        max_length=255,
        blank=True,
        help_text="What the image shows, for readers who cannot see it; translated with the page",
    )

    content_panels: ClassVar[list] = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("venue"), FieldPanel("city"), FieldPanel("country")], heading=_("Place")),
        FieldPanel("organiser"),
        FieldPanel("programme"),
        FieldPanel("registration_url"),
        FieldPanel("feed_image"),
        FieldPanel("feed_image_alt"),
        InlinePanel("topic_links", label=_("Topics")),
        InlinePanel("member_links", label=_("Related members")),
    ]
    api_fields: ClassVar[list] = [
        *BasePage.api_fields,
        APIField("start"),
        APIField("end"),
        APIField("intro"),
        APIField("body"),
        APIField("venue"),
        APIField("city"),
        APIField("country", serializer=CountryNameField()),
        APIField("organiser"),
        APIField("programme", serializer=ChoiceLabelField()),
        APIField("registration_url"),
        APIField("feed_image", serializer=ImageField(alt_field="feed_image_alt")),
        APIField("topics", serializer=TopicSerializer(many=True, source="api_topics")),
        APIField("related_members", serializer=PageLinkListField(source="api_related_members")),
    ]
    search_fields: ClassVar[list] = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("city"),
        index.FilterField("start"),
        index.FilterField("programme"),
    ]
    # The organiser is a proper name; the city and venue stay translatable (Bucharest/Bucarest).
    override_translatable_fields: ClassVar[list] = [
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("organiser"),
        SynchronizedField("feed_image"),
    ]

    parent_page_types: ClassVar[list] = ["news.NewsIndexPage"]
    subpage_types: ClassVar[list] = []

    class Meta:
        verbose_name = _("event page")


class EventPageTopic(TopicLink):
    page = ParentalKey("news.EventPage", on_delete=models.CASCADE, related_name="topic_links")


class EventPageRelatedMember(RelatedMemberLink):
    page = ParentalKey("news.EventPage", on_delete=models.CASCADE, related_name="member_links")
