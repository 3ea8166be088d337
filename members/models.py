"""Member cities and regions of the Alliance, and the national alliances that group them."""

import unicodedata
from typing import ClassVar

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_countries.fields import Country, CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from delivery.api.fields import (
    ChoiceLabelField,
    CountryNameField,
    ImageField,
    PageLinkField,
    PageLinkListField,
)
from home.blocks import BodyBlock
from home.i18n import in_locale
from home.listing import ListingFilterMixin, ListingForm, choice_field
from home.models import BasePage


class MembersIndexPage(ListingFilterMixin, BasePage):
    """The directory of member cities and regions of one locale."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels: ClassVar[list] = [*Page.content_panels, FieldPanel("intro")]
    api_fields: ClassVar[list] = [*BasePage.api_fields, APIField("intro")]

    parent_page_types: ClassVar[list] = ["home.HomePage"]
    subpage_types: ClassVar[list] = ["members.MemberPage", "members.NationalAlliancePage"]

    class Meta:
        verbose_name = _("members index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        members = MemberPage.objects.live().public().child_of(self)
        form = self.filter_form(request, members)
        if form.is_valid():
            if country := form.cleaned_data["country"]:
                members = members.filter(country=country)
            if kind := form.cleaned_data["kind"]:
                members = members.filter(kind=kind)
        else:
            members = members.none()
        context["filter_form"] = form
        context["members"] = sorted(members, key=lambda member: member.sort_key)
        context["national_alliances"] = NationalAlliancePage.objects.live().public().child_of(self)
        return context

    def filter_form(self, request, members) -> ListingForm:
        """Countries that have members, named in the reader's language; the kinds of authority."""
        codes = members.order_by().values_list("country", flat=True).distinct()
        countries = sorted(((code, str(Country(code).name)) for code in codes), key=lambda c: c[1])

        class MemberFilterForm(ListingForm):
            country = choice_field(_("Country"), countries, _("All countries"))
            kind = choice_field(_("Kind of authority"), MemberPage.Kind.choices, _("All kinds"))

        return MemberFilterForm(request.GET)


class MemberPage(BasePage):
    """A member city, region or other local authority: its facts and its work."""

    class Kind(models.TextChoices):
        CITY = "city", _("City")
        REGION = "region", _("Region")
        OTHER = "other", _("Other local authority")

    class Membership(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed participant")
        UNCONFIRMED = "unconfirmed", _("Participation not confirmed")

    official_name = models.CharField(max_length=255)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.CITY)
    country = CountryField()
    membership = models.CharField(
        max_length=12,
        choices=Membership.choices,
        default=Membership.CONFIRMED,
        help_text="Mark members whose participation is not confirmed by a source",
    )
    date_joined = models.DateField(null=True, blank=True)
    population = models.PositiveIntegerField(null=True, blank=True)
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    website = models.URLField(blank=True)
    contact_name = models.CharField(max_length=255, blank=True)
    contact_email = models.EmailField(blank=True)
    national_alliance = models.ForeignKey(
        "members.NationalAlliancePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    intro = models.TextField(blank=True)
    body = StreamField(BodyBlock(), blank=True)

    content_panels: ClassVar[list] = [
        *Page.content_panels,
        FieldPanel("official_name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("country"), FieldPanel("membership")]),
        FieldRowPanel([FieldPanel("date_joined"), FieldPanel("population")]),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Map")),
        FieldPanel("logo"),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("contact_name"), FieldPanel("contact_email")],
            heading=_("Contact"),
        ),
        FieldPanel("national_alliance"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    api_fields: ClassVar[list] = [
        *BasePage.api_fields,
        APIField("official_name"),
        APIField("kind", serializer=ChoiceLabelField()),
        APIField("country", serializer=CountryNameField()),
        APIField("membership", serializer=ChoiceLabelField()),
        APIField("date_joined"),
        APIField("population"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("logo", serializer=ImageField(alt_field="title")),
        APIField("website"),
        APIField("intro"),
        APIField("body"),
        APIField("national_alliance", serializer=PageLinkField(source="api_national_alliance")),
    ]
    search_fields: ClassVar[list] = [
        *BasePage.search_fields,
        index.SearchField("official_name"),
        index.AutocompleteField("official_name"),
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("country"),
        index.FilterField("kind"),
    ]
    # Facts about the authority are the same in every language. The official
    # name stays translatable: "Strasbourg" and "Ville de Strasbourg" differ.
    override_translatable_fields: ClassVar[list] = [
        SynchronizedField("date_joined"),
        SynchronizedField("population"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("logo"),
        SynchronizedField("contact_name"),
        SynchronizedField("national_alliance"),
    ]

    parent_page_types: ClassVar[list] = ["members.MembersIndexPage"]
    subpage_types: ClassVar[list] = []

    class Meta:
        verbose_name = _("member page")

    # The API's views set this in bulk for a whole listing (see members/api.py).
    @cached_property
    def api_national_alliance(self) -> "NationalAlliancePage | None":
        """The national alliance in this page's locale where it is translated."""
        if self.national_alliance is None:
            return None
        return in_locale([self.national_alliance], self.locale_id)[0]

    @classmethod
    def participant_count(cls) -> dict[str, int]:
        """How many confirmed participants are published, and from how many countries.

        Counted on the source (default-locale) pages, which decide the facts that
        translations synchronise (membership, country): one member counts once,
        whatever its number of translations; members whose participation is not
        confirmed are left out.
        """
        participants = (
            cls.objects.live()
            .public()
            .filter(locale_id=Locale.get_default().pk, membership=cls.Membership.CONFIRMED)
        )
        return participants.aggregate(
            members=models.Count("pk", distinct=True), countries=models.Count("country", distinct=True)
        )

    @property
    def sort_key(self) -> str:
        """The title without case or accents, for the A–Z directory: "Île-de-France" files under I."""
        decomposed = unicodedata.normalize("NFKD", self.title)
        return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()

    @property
    def first_letter(self) -> str:
        return (self.sort_key[:1] or "#").upper()

    def osm_url(self) -> str:
        if self.latitude is None or self.longitude is None:
            return ""
        return (
            "https://www.openstreetmap.org/"
            f"?mlat={self.latitude}&mlon={self.longitude}#map=11/{self.latitude}/{self.longitude}"
        )


class NationalAlliancePage(BasePage):
    """A national network of member authorities, e.g. the Ukrainian Alliance."""

    country = CountryField()
    founded = models.DateField(null=True, blank=True)
    website = models.URLField(blank=True)
    intro = models.TextField(blank=True)
    body = StreamField(BodyBlock(), blank=True)

    content_panels: ClassVar[list] = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("country"), FieldPanel("founded")]),
        FieldPanel("website"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    api_fields: ClassVar[list] = [
        *BasePage.api_fields,
        APIField("country", serializer=CountryNameField()),
        APIField("founded"),
        APIField("website"),
        APIField("intro"),
        APIField("body"),
        APIField("members", serializer=PageLinkListField(source="api_members")),
    ]
    search_fields: ClassVar[list] = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("country"),
    ]
    override_translatable_fields: ClassVar[list] = [SynchronizedField("founded")]

    parent_page_types: ClassVar[list] = ["members.MembersIndexPage"]
    subpage_types: ClassVar[list] = []

    class Meta:
        verbose_name = _("national alliance page")

    def member_pages(self):
        """Live members in this page's locale, whichever translation their link points at."""
        return (
            MemberPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, national_alliance__translation_key=self.translation_key)
            .order_by("official_name")
        )

    @cached_property
    def api_members(self) -> list[MemberPage]:
        return list(self.member_pages().select_related("locale"))
