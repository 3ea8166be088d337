"""Every page type can be created through the real Wagtail admin form."""

import pytest
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from glossary.models import GlossaryIndexPage, GlossaryTermPage
from home.models import FormPage, StandardPage
from members.models import MemberPage, MembersIndexPage, NationalAlliancePage
from news.models import EventPage, NewsIndexPage, NewsPage
from tests import factories


@pytest.mark.django_db
class TestAdminCanCreateEveryPageType(WagtailPageTestCase):
    def setUp(self):
        from wagtail.models import Locale, Page, Site

        self.login()
        root = Page.get_first_root_node()
        Page.objects.filter(depth=2).delete()
        root.refresh_from_db()
        self.home = factories.HomePageFactory(parent=root, locale=Locale.get_default())
        Site.objects.all().delete()
        Site.objects.create(hostname="localhost", port=80, root_page=self.home, is_default_site=True)
        self.news_index = factories.NewsIndexPageFactory(parent=self.home)
        self.members_index = factories.MembersIndexPageFactory(parent=self.home)
        self.glossary_index = factories.GlossaryIndexPageFactory(parent=self.home)

    def test_standard_page(self):
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "About the Alliance",
                    "slug": "about",
                    "intro": "An initiative of the Congress.",
                    "body": streamfield([("heading", {"text": "Objectives", "level": "h2"})]),
                }
            ),
        )

    def test_form_page(self):
        self.assertCanCreate(
            self.home,
            FormPage,
            nested_form_data(
                {
                    "title": "Cooperate as NGO",
                    "slug": "cooperate-as-ngo",
                    "intro": rich_text("Propose a cooperation."),
                    "thank_you_text": rich_text("Thank you."),
                    "to_address": "alliance@example.org",
                    "from_address": "noreply@example.org",
                    "subject": "Cooperation proposal",
                    "form_fields": inline_formset(
                        [{"label": "Organisation", "field_type": "singleline", "required": "on"}]
                    ),
                }
            ),
        )

    def test_index_pages(self):
        for parent, model, slug in [
            (self.home, NewsIndexPage, "news-2"),
            (self.home, MembersIndexPage, "members-2"),
            (self.home, GlossaryIndexPage, "glossary-2"),
        ]:
            self.assertCanCreate(
                parent, model, nested_form_data({"title": slug, "slug": slug, "intro": rich_text("")})
            )

    def test_news_page(self):
        self.assertCanCreate(
            self.news_index,
            NewsPage,
            nested_form_data(
                {
                    "title": "City of Innsbruck, Austria, joins the Alliance",
                    "slug": "innsbruck-joins",
                    "date": "2019-04-26",
                    "intro": "Innsbruck joins the Alliance.",
                    "body": streamfield([("paragraph", rich_text("European spirit originates…"))]),
                    "topic_links": inline_formset([]),
                    "member_links": inline_formset([]),
                    "tags": "education",
                }
            ),
        )

    def test_event_page(self):
        self.assertCanCreate(
            self.news_index,
            EventPage,
            nested_form_data(
                {
                    "title": "Seminar on education policies for Roma",
                    "slug": "budapest-seminar",
                    "start": "2012-12-17 09:00",
                    "intro": "In Budapest.",
                    "body": streamfield([]),
                    "city": "Budapest",
                    "country": "HU",
                    "programme": "alliance",
                    "topic_links": inline_formset([]),
                    "member_links": inline_formset([]),
                }
            ),
        )

    def test_member_and_national_alliance_pages(self):
        self.assertCanCreate(
            self.members_index,
            NationalAlliancePage,
            nested_form_data(
                {
                    "title": "Ukrainian Alliance",
                    "slug": "ukrainian-alliance",
                    "country": "UA",
                    "body": streamfield([]),
                }
            ),
        )
        self.assertCanCreate(
            self.members_index,
            MemberPage,
            nested_form_data(
                {
                    "title": "Lviv",
                    "slug": "lviv",
                    "official_name": "City of Lviv",
                    "kind": "city",
                    "country": "UA",
                    "membership": "confirmed",
                    "latitude": "49.8397",
                    "longitude": "24.0297",
                    "body": streamfield([]),
                }
            ),
        )

    def test_glossary_term_page(self):
        self.assertCanCreate(
            self.glossary_index,
            GlossaryTermPage,
            nested_form_data(
                {
                    "title": "Yenish",
                    "slug": "yenish",
                    "term": "Yenish",
                    "short_definition": "An itinerant group not of Romani origin.",
                    "full_definition": rich_text(""),
                    "variants": "Jenische\nYéniches",
                    "usage_status": "acceptable",
                    "category": "groups",
                    "related_links": inline_formset([]),
                    "sources": streamfield([]),
                }
            ),
        )
