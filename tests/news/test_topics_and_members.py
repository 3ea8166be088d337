"""A news item shows its topics and related members in its own language."""

import re

import pytest

from localization.translate import translate
from tests.factories import MemberPageFactory, TopicFactory


@pytest.fixture
def french_news(tree, locales):
    news = tree["news"]
    members = [tree["member"], MemberPageFactory(parent=tree["members_index"], title="Lviv", slug="lviv")]
    for slug, name in [("education", "Education"), ("housing", "Housing")]:
        topic = TopicFactory(locale=locales["en"], name=name, slug=slug)
        news.topic_links.create(topic=topic)
        translate(topic, locales["fr"], {"Education": "Éducation", "Housing": "Logement"})
    for member in members:
        news.member_links.create(member=member)
    news.save_revision().publish()
    for page in (tree["home"], tree["news_index"], tree["members_index"], tree["member"]):
        translate(page, locales["fr"], {"Strasbourg": "Strasbourg (fr)"})
    french, _total, _done = translate(news, locales["fr"], {})
    return french


@pytest.mark.django_db
def test_french_news_lists_french_topics_in_the_api_whatever_the_active_language(client, french_news):
    data = client.get(f"/api/v2/pages/{french_news.pk}/").json()
    assert [topic["name"] for topic in data["topics"]] == ["Éducation", "Logement"]


@pytest.mark.django_db
def test_related_members_come_in_the_items_locale_without_a_query_per_member(
    french_news, locales, django_assert_max_num_queries
):
    with django_assert_max_num_queries(2):
        members = french_news.related_member_pages()
    # Strasbourg has a French page; Lviv has none yet, so its English page stands in.
    assert [(m.title, m.locale_id) for m in members] == [
        ("Strasbourg (fr)", locales["fr"].pk),
        ("Lviv", locales["en"].pk),
    ]


@pytest.mark.django_db
def test_french_news_page_shows_french_topics(client, french_news):
    html = client.get(french_news.url).content.decode()
    # Each topic links to the French news index filtered by it.
    assert re.search(r'<a href="/fr/[^"]*\?topic=education">Éducation</a>, <a [^>]*>Logement</a>', html)
    assert "Strasbourg (fr)" in html
