"""Template tags for the reader site: the latest news and the upcoming events of a locale."""

from django import template
from django.db.models import F, Q
from django.utils import timezone

from news.models import EventPage, NewsPage

register = template.Library()


@register.simple_tag
def latest_news(locale_id: int, limit: int = 3) -> list[NewsPage]:
    return list(
        NewsPage.objects.live()
        .public()
        .filter(locale_id=locale_id)
        .order_by(F("date").desc(nulls_last=True), "-first_published_at")[:limit]
    )


@register.simple_tag
def upcoming_events(locale_id: int, limit: int = 3) -> list[EventPage]:
    """Events that have not ended yet, soonest first."""
    now = timezone.now()
    return list(
        EventPage.objects.live()
        .public()
        .filter(locale_id=locale_id)
        .filter(Q(end__gte=now) | Q(end__isnull=True, start__gte=now))
        .order_by("start")[:limit]
    )
