"""Factories for focused test data; Faker is seeded so runs are reproducible."""

import datetime

import factory
import factory.random
import wagtail_factories
from django.utils import timezone
from faker import Faker

from glossary.models import GlossaryIndexPage, GlossaryTermPage
from home.models import FormPage, HomePage, StandardPage
from members.models import MemberPage, MembersIndexPage, NationalAlliancePage
from news.models import EventPage, NewsIndexPage, NewsPage, Topic

Faker.seed(2013)
factory.random.reseed_random(2013)


class HomePageFactory(wagtail_factories.PageFactory):
    title = "European Alliance of Cities and Regions for Roma Inclusion"
    slug = "home"
    intro = "<p>The Alliance fights discrimination against Roma.</p>"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "About the Alliance"
    intro = "An initiative of the Congress of Local and Regional Authorities."

    class Meta:
        model = StandardPage


class FormPageFactory(wagtail_factories.PageFactory):
    title = "Join the Alliance"
    to_address = "alliance@example.org"
    from_address = "noreply@example.org"
    subject = "New application"

    class Meta:
        model = FormPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = "news"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=6)
    date = datetime.date(2019, 8, 2)
    intro = factory.Faker("paragraph")

    class Meta:
        model = NewsPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = "Second meeting of the Ukrainian Alliance"
    start = factory.LazyFunction(lambda: timezone.make_aware(datetime.datetime(2019, 2, 26, 9, 0)))
    intro = "Mayors meet in Lviv."
    city = "Lviv"
    country = "UA"

    class Meta:
        model = EventPage


class MembersIndexPageFactory(wagtail_factories.PageFactory):
    title = "Members"
    slug = "members"

    class Meta:
        model = MembersIndexPage


class MemberPageFactory(wagtail_factories.PageFactory):
    title = "Strasbourg"
    official_name = "City of Strasbourg"
    kind = "city"
    country = "FR"

    class Meta:
        model = MemberPage


class NationalAlliancePageFactory(wagtail_factories.PageFactory):
    title = "Ukrainian Alliance of Cities and Regions for Roma Inclusion"
    country = "UA"

    class Meta:
        model = NationalAlliancePage


class GlossaryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Glossary"
    slug = "glossary"

    class Meta:
        model = GlossaryIndexPage


class GlossaryTermPageFactory(wagtail_factories.PageFactory):
    title = factory.SelfAttribute("term")
    term = "Roma and Travellers"
    short_definition = "The Council of Europe's umbrella term."
    usage_status = "preferred"

    class Meta:
        model = GlossaryTermPage


class TopicFactory(factory.django.DjangoModelFactory):
    name = "Education"
    slug = "education"

    class Meta:
        model = Topic


# The keys of the `tree` fixture (tests/conftest.py), parents before children.
PAGE_KEYS = [
    "home",
    "standard",
    "form",
    "news_index",
    "news",
    "event",
    "members_index",
    "member",
    "alliance",
    "glossary_index",
    "term",
]
