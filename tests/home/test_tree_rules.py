"""Editors can only build a valid tree: each page type accepts only its own children."""

import pytest
from wagtail.models import Page

from glossary.models import GlossaryIndexPage, GlossaryTermPage
from home.models import FormPage, HomePage, StandardPage
from members.models import MemberPage, MembersIndexPage, NationalAlliancePage
from news.models import EventPage, NewsIndexPage, NewsPage

ALLOWED_CHILDREN = {
    HomePage: {StandardPage, FormPage, NewsIndexPage, MembersIndexPage, GlossaryIndexPage},
    StandardPage: {StandardPage, FormPage},
    FormPage: set(),
    NewsIndexPage: {NewsPage, EventPage},
    NewsPage: set(),
    EventPage: set(),
    MembersIndexPage: {MemberPage, NationalAlliancePage},
    MemberPage: set(),
    NationalAlliancePage: set(),
    GlossaryIndexPage: {GlossaryTermPage},
    GlossaryTermPage: set(),
}


@pytest.mark.parametrize("model", list(ALLOWED_CHILDREN))
def test_page_type_allows_exactly_its_intended_children(model):
    assert set(model.allowed_subpage_models()) == ALLOWED_CHILDREN[model]


def test_home_page_can_only_sit_at_the_root_of_a_locale_tree():
    assert set(HomePage.allowed_parent_page_models()) == {Page}


@pytest.mark.django_db  # a Page() looks up its content type, uncached after a flush
def test_news_cannot_be_created_under_the_glossary():
    assert not NewsPage.can_create_at(GlossaryIndexPage())
    assert NewsPage.can_create_at(NewsIndexPage())
    assert not GlossaryTermPage.can_create_at(NewsIndexPage())
    assert not MemberPage.can_create_at(HomePage())


@pytest.mark.django_db
def test_admin_refuses_a_news_page_under_the_members_directory(admin_client, tree):
    url = f"/admin/pages/add/news/newspage/{tree['members_index'].pk}/"
    response = admin_client.get(url)
    assert response.status_code in (302, 403)
    assert not NewsPage.objects.child_of(tree["members_index"]).exists()
