"""Template tags for the reader site: the Alliance's live member count."""

from django import template

from members.models import MemberPage

register = template.Library()


@register.simple_tag
def member_count() -> dict:
    """{"members": N, "countries": M} for "N cities and regions from M countries"."""
    return MemberPage.participant_count()
