"""The `members` and `national-alliances` endpoints of the headless API."""

from typing import Any, ClassVar

from django.db.models import QuerySet

from delivery.api import parameters as params
from delivery.api import representation
from delivery.api.viewsets import LocalizedPagesAPIViewSet
from members.models import MemberPage, NationalAlliancePage

COUNTRY = params.parameter(
    "country", "ISO 3166-1 alpha-2 country code.", {"type": "string", "pattern": "^[A-Z]{2}$"}, example="FR"
)


class MembersAPIViewSet(LocalizedPagesAPIViewSet):
    """Member cities and regions: filter by country, kind and national alliance."""

    name = "members"
    model = MemberPage
    listing_default_fields = [
        *LocalizedPagesAPIViewSet.listing_default_fields,
        "official_name",
        "kind",
        "country",
        "membership",
        "logo",
        "national_alliance",
    ]
    detail_only_fields: ClassVar[list[str]] = ["parent", "body"]
    list_select_related = ("logo", "national_alliance")
    orderings: ClassVar[dict[str, str]] = {
        "official_name": "official_name",
        "title": "title",
        "country": "country",
    }
    default_order = "official_name"
    ids_first = True  # hundreds of items per locale, not thousands
    filter_parameters: ClassVar[list[dict]] = [
        COUNTRY,
        params.parameter(
            "kind", "Kind of authority.", {"type": "string", "enum": list(MemberPage.Kind.values)}
        ),
        params.parameter(
            "national_alliance",
            "Id of a national alliance page (in any locale).",
            {"type": "integer", "minimum": 1, "maximum": 2**31 - 1},
        ),
    ]

    @classmethod
    def listing_deferred_fields(cls) -> list[str]:
        # The national alliance is joined for its translation key (prepare_items), not its body.
        return [*super().listing_deferred_fields(), "national_alliance__body"]

    def filter_items(self, queryset: QuerySet, values: dict[str, Any]) -> QuerySet:
        if "country" in values:
            queryset = queryset.filter(country=values["country"])
        if "kind" in values:
            queryset = queryset.filter(kind=values["kind"])
        if "national_alliance" in values:
            key = NationalAlliancePage.objects.filter(pk=values["national_alliance"]).values(
                "translation_key"
            )
            queryset = queryset.filter(national_alliance__translation_key__in=key)
        return queryset

    def prepare_items(self, items: list) -> None:
        super().prepare_items(items)
        representation.prefetch_renditions([item.logo for item in items])
        alliances = self.localized_related(items, lambda item: [item.national_alliance], NationalAlliancePage)
        for item in items:
            item.api_national_alliance = next(iter(alliances[item.pk]), None)


class NationalAlliancesAPIViewSet(LocalizedPagesAPIViewSet):
    """National alliances, each with its member authorities in the same locale."""

    name = "national-alliances"
    model = NationalAlliancePage
    listing_default_fields = [
        *LocalizedPagesAPIViewSet.listing_default_fields,
        "country",
        "founded",
        "website",
    ]
    detail_only_fields: ClassVar[list[str]] = ["parent", "body"]
    filter_parameters: ClassVar[list[dict]] = [COUNTRY]

    def filter_items(self, queryset: QuerySet, values: dict[str, Any]) -> QuerySet:
        if "country" in values:
            queryset = queryset.filter(country=values["country"])
        return queryset

    def prepare_items(self, items: list) -> None:
        super().prepare_items(items)
        members: dict = {}
        for member in (
            self.visibility.public_pages(MemberPage)
            .filter(
                national_alliance__translation_key__in={item.translation_key for item in items},
                locale_id__in={item.locale_id for item in items},
            )
            .select_related("locale", "national_alliance")
            .order_by("official_name")
        ):
            members.setdefault((member.national_alliance.translation_key, member.locale_id), []).append(
                member
            )
        for item in items:
            item.api_members = members.get((item.translation_key, item.locale_id), [])
