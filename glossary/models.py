"""The glossary of Roma and Travellers terminology: terms, variants, usage and cross-references."""

import unicodedata
from typing import ClassVar, NamedTuple

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from delivery.api.fields import ChoiceLabelField
from glossary.serializers import RelatedTermsField
from home.blocks import SourceBlock
from home.models import BasePage


class GlossaryIndexPage(BasePage):
    """The A–Z glossary of one locale."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels: ClassVar[list] = [*Page.content_panels, FieldPanel("intro")]
    api_fields: ClassVar[list] = [*BasePage.api_fields, APIField("intro")]

    parent_page_types: ClassVar[list] = ["home.HomePage"]
    subpage_types: ClassVar[list] = ["glossary.GlossaryTermPage"]

    class Meta:
        verbose_name = _("glossary index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        terms = GlossaryTermPage.objects.live().public().child_of(self)
        context["terms"] = sorted(terms, key=lambda page: page.sort_key)
        return context


class RelatedTerm(NamedTuple):
    relation: str
    label: str
    page: "GlossaryTermPage"


class GlossaryTermPage(BasePage):
    """One term as used in this page's language, with its variants and how to use it."""

    class UsageStatus(models.TextChoices):
        PREFERRED = "preferred", _("Preferred")
        ACCEPTABLE = "acceptable", _("Acceptable")
        SELF_DESIGNATION = "self_designation", _("Self-designation only")
        HISTORICAL = "historical", _("Historical")
        AVOID = "avoid", _("Avoid")
        PEJORATIVE = "pejorative", _("Pejorative")

    class Category(models.TextChoices):
        UMBRELLA = "umbrella", _("Umbrella terms")
        GROUPS = "groups", _("Population groups")
        SUBGROUPS = "subgroups", _("Subgroups and dialect groups")
        LANGUAGE = "language", _("Language")
        HISTORY = "history", _("Racism, history and remembrance")
        POLICY = "policy", _("Policy, rights and programmes")

    term = models.CharField(max_length=255, help_text="The term as used in this language")
    short_definition = models.TextField()
    full_definition = RichTextField(blank=True, features=["bold", "italic", "link", "ol", "ul"])
    variants = models.TextField(blank=True, help_text="Variants, spellings and endonyms, one per line")
    usage_status = models.CharField(
        max_length=20, choices=UsageStatus.choices, default=UsageStatus.ACCEPTABLE
    )
    usage_note = models.TextField(blank=True, help_text="When to use the term, and when not")
    category = models.CharField(max_length=20, choices=Category.choices, blank=True)
    sources = StreamField([("source", SourceBlock())], blank=True)

    content_panels: ClassVar[list] = [
        *Page.content_panels,
        FieldPanel("term"),
        FieldPanel("short_definition"),
        FieldPanel("full_definition"),
        FieldPanel("variants"),
        FieldRowPanel([FieldPanel("usage_status"), FieldPanel("category")]),
        FieldPanel("usage_note"),
        InlinePanel("related_links", label=_("Related terms")),
        FieldPanel("sources"),
    ]
    api_fields: ClassVar[list] = [
        *BasePage.api_fields,
        APIField("term"),
        APIField("first_letter", serializer=serializers.CharField()),
        APIField("short_definition"),
        APIField("full_definition"),
        APIField(
            "variants", serializer=serializers.ListField(child=serializers.CharField(), source="variant_list")
        ),
        APIField("usage_status", serializer=ChoiceLabelField()),
        APIField("usage_note"),
        APIField("category", serializer=ChoiceLabelField()),
        APIField("sources"),
        APIField("related_terms", serializer=RelatedTermsField()),
    ]
    # What a search result shows of a term beyond its page's title and link (search/backend.py).
    search_result_fields = ("term",)
    search_fields: ClassVar[list] = [
        *BasePage.search_fields,
        index.SearchField("term", boost=5),
        index.AutocompleteField("term"),
        index.SearchField("variants", boost=3),
        index.SearchField("short_definition"),
        index.SearchField("full_definition"),
        index.SearchField("usage_note"),
        index.FilterField("usage_status"),
        index.FilterField("category"),
    ]
    # The status of a term is the Alliance's editorial judgement, set once on the
    # source; every translation carries the same badge.
    override_translatable_fields: ClassVar[list] = [
        SynchronizedField("usage_status"),
        SynchronizedField("category"),
    ]

    parent_page_types: ClassVar[list] = ["glossary.GlossaryIndexPage"]
    subpage_types: ClassVar[list] = []

    class Meta:
        verbose_name = _("glossary term")

    @property
    def variant_list(self) -> list[str]:
        return [line.strip() for line in self.variants.splitlines() if line.strip()]

    @property
    def sort_key(self) -> str:
        """The term without case or accents: "Égyptiens" sorts and files under E."""
        decomposed = unicodedata.normalize("NFKD", self.term.lstrip("«“\"' "))
        return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()

    @property
    def first_letter(self) -> str:
        return (self.sort_key[:1] or "#").upper()

    def other_languages(self) -> list["GlossaryTermPage"]:
        """This term's live translations in the other languages, in the site's language order."""
        order = [code for code, _name in settings.LANGUAGES]
        translations = (
            GlossaryTermPage.objects.live()
            .public()
            .filter(translation_key=self.translation_key)
            .exclude(pk=self.pk)
            .select_related("locale")
        )
        return sorted(
            translations,
            key=lambda page: (
                order.index(page.locale.language_code) if page.locale.language_code in order else len(order)
            ),
        )

    def related_terms(self) -> list["RelatedTerm"]:
        """Cross-references both ways, as live terms of this page's locale.

        Links are synchronised from the source, so they may point at another
        locale's page; they are matched by translation key.
        """
        # Ordered to the last tie (links of several pages share sort_order values): the first
        # relation found for a term is the one shown, the same on every copy of the database.
        forward = [
            (link.relation, link.term.translation_key)
            for link in self.related_links.select_related("term").order_by("sort_order", "pk")
        ]
        backward = [
            (GlossaryRelatedTerm.INVERSE[link.relation], link.page.translation_key)
            for link in GlossaryRelatedTerm.objects.filter(term__translation_key=self.translation_key)
            .select_related("page")
            .order_by("sort_order", "pk")
        ]
        pairs = [pair for pair in forward + backward if pair[1] != self.translation_key]
        keys = {key for _relation, key in pairs}
        localized = {
            page.translation_key: page
            for page in GlossaryTermPage.objects.live()
            .public()
            .filter(translation_key__in=keys, locale_id=self.locale_id)
            .select_related("locale")
        }
        seen: set = set()
        result = []
        for relation, key in pairs:
            if key in localized and key not in seen:
                seen.add(key)
                label = str(GlossaryRelatedTerm.Relation(relation).label)
                result.append(RelatedTerm(relation, label, localized[key]))
        return result


class GlossaryRelatedTerm(Orderable):
    """A typed cross-reference from one term to another."""

    class Relation(models.TextChoices):
        SEE_ALSO = "see_also", _("See also")
        BROADER = "broader", _("Broader term")
        NARROWER = "narrower", _("Narrower term")
        USE_INSTEAD = "use_instead", _("Use instead")
        AVOIDED_FORM = "avoided_form", _("Avoided form")

    INVERSE: ClassVar[dict] = {
        "see_also": "see_also",
        "broader": "narrower",
        "narrower": "broader",
        "use_instead": "avoided_form",
        "avoided_form": "use_instead",
    }

    page = ParentalKey(GlossaryTermPage, on_delete=models.CASCADE, related_name="related_links")
    term = models.ForeignKey(GlossaryTermPage, on_delete=models.CASCADE, related_name="+")
    relation = models.CharField(max_length=20, choices=Relation.choices, default=Relation.SEE_ALSO)

    panels: ClassVar[list] = [FieldPanel("term"), FieldPanel("relation")]
