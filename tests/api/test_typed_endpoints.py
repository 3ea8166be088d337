"""The typed endpoints: listings, details, filters, locale and fallback, translations."""

import datetime

import pytest
from django.utils import timezone

from localization.translate import translate
from tests import factories


def get(client, url: str) -> dict:
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json()


@pytest.fixture
def french_news(tree, locales):
    translate(tree["home"], locales["fr"], {tree["home"].title: "Alliance européenne"})
    translate(tree["news_index"], locales["fr"], {"News": "Actualités"})
    news = tree["news"]
    translate(news, locales["fr"], {news.title: "Miranda Rira à Strasbourg"})
    return news.get_translation(locales["fr"])


@pytest.mark.django_db
def test_french_news_listing_shows_french_items_with_links_to_their_translations(client, french_news):
    data = get(client, "/api/v2/news/?locale=fr")
    assert data["meta"]["total_count"] == 1
    item = data["items"][0]
    assert item["title"] == "Miranda Rira à Strasbourg"
    assert item["meta"]["locale"] == "fr"
    assert item["meta"]["html_url"].endswith("/fr/news/miranda-rira/")
    assert item["meta"]["detail_url"].endswith(f"/api/v2/news/{french_news.pk}/")
    assert item["meta"]["is_fallback"] is False
    [english] = item["meta"]["translations"]
    assert english["locale"] == "en"
    assert english["detail_url"].endswith(f"/api/v2/news/{english['id']}/")
    assert english["html_url"].endswith("/en/news/miranda-rira/")


@pytest.mark.django_db
def test_fallback_completes_a_listing_with_marked_english_items(client, tree, locales, french_news):
    factories.NewsPageFactory(parent=tree["news_index"], title="Only in English", slug="only-english")
    data = get(client, "/api/v2/news/?locale=fr&fallback=en&order=title")
    by_title = {item["title"]: item["meta"] for item in data["items"]}
    assert set(by_title) == {"Miranda Rira à Strasbourg", "Only in English"}
    assert by_title["Only in English"]["is_fallback"] is True
    assert by_title["Only in English"]["locale"] == "en"
    assert by_title["Miranda Rira à Strasbourg"]["is_fallback"] is False
    assert get(client, "/api/v2/news/?locale=fr")["meta"]["total_count"] == 1


@pytest.mark.django_db
def test_unpublished_translation_is_replaced_by_the_fallback_not_shown(client, tree, locales):
    translate(tree["home"], locales["uk"], {tree["home"].title: "Альянс"})
    translate(tree["glossary_index"], locales["uk"], {"Glossary": "Глосарій"})
    term = tree["term"]
    translate(term, locales["uk"], {term.term: "Роми і тревелери"}, publish=False)
    [item] = get(client, "/api/v2/glossary/?locale=uk&fallback=en")["items"]
    assert item["term"] == "Roma and Travellers"
    assert item["meta"]["is_fallback"] is True
    assert item["meta"]["translations"] == []


@pytest.mark.django_db
def test_labels_and_country_names_come_in_the_item_language(client, tree, locales):
    translate(tree["home"], locales["fr"], {tree["home"].title: "Alliance européenne"})
    translate(tree["members_index"], locales["fr"], {"Members": "Membres"})
    member = tree["member"]
    translate(member, locales["fr"], {member.official_name: "Ville de Strasbourg"})
    [item] = get(client, "/api/v2/members/?locale=fr")["items"]
    assert item["official_name"] == "Ville de Strasbourg"
    assert item["country"] == {"code": "FR", "name": "France"}
    assert item["kind"] == {"value": "city", "label": "Ville"}
    [english] = get(client, "/api/v2/members/?locale=en")["items"]
    assert english["kind"] == {"value": "city", "label": "City"}


@pytest.mark.django_db
def test_news_filters_by_year_dates_topic_tag_and_member(client, tree, locales):
    index = tree["news_index"]
    old = factories.NewsPageFactory(parent=index, title="Old", slug="old", date=datetime.date(2014, 4, 8))
    topic = factories.TopicFactory(locale=locales["en"], name="Housing", slug="housing")
    old.topic_links.create(topic=topic)
    old.tags.add("archive")
    old.member_links.create(member=tree["member"])
    old.save_revision().publish()

    def titles(query: str) -> set[str]:
        return {item["title"] for item in get(client, f"/api/v2/news/?{query}")["items"]}

    assert titles("year=2014") == {"Old"}
    assert titles("date_from=2015-01-01") == {tree["news"].title}
    assert titles("date_to=2014-12-31") == {"Old"}
    assert titles("topic=housing") == {"Old"}
    assert titles("tag=archive") == {"Old"}
    assert titles(f"member={tree['member'].pk}") == {"Old"}
    assert titles("topic=housing&year=2019") == set()


@pytest.mark.django_db
def test_events_filter_upcoming_programme_and_country(client, tree):
    future = factories.EventPageFactory(
        parent=tree["news_index"],
        title="Future",
        slug="future",
        country="RO",
        programme="romact",
        start=timezone.now() + datetime.timedelta(days=30),
    )

    def titles(query: str) -> set[str]:
        return {item["title"] for item in get(client, f"/api/v2/events/?{query}")["items"]}

    assert titles("upcoming=true") == {future.title}
    assert titles("upcoming=false") == {tree["event"].title}
    assert titles("programme=romact") == {future.title}
    assert titles("country=UA") == {tree["event"].title}


@pytest.mark.django_db
def test_members_filter_by_country_kind_and_national_alliance(client, tree):
    factories.MemberPageFactory(
        parent=tree["members_index"], title="Cluj", slug="cluj", country="RO", kind="region"
    )

    def titles(query: str) -> set[str]:
        return {item["title"] for item in get(client, f"/api/v2/members/?{query}")["items"]}

    assert titles("country=RO") == {"Cluj"}
    assert titles("kind=city") == {"Strasbourg"}
    assert titles(f"national_alliance={tree['alliance'].pk}") == {"Strasbourg"}
    alliance = get(client, f"/api/v2/national-alliances/{tree['alliance'].pk}/")
    assert [member["title"] for member in alliance["members"]] == ["Strasbourg"]


@pytest.mark.django_db
def test_glossary_filters_by_letter_ignoring_accents_and_by_status(client, tree):
    factories.GlossaryTermPageFactory(
        parent=tree["glossary_index"], term="Égyptiens", slug="egyptiens", usage_status="historical"
    )

    def terms(query: str) -> set[str]:
        return {item["term"] for item in get(client, f"/api/v2/glossary/?{query}")["items"]}

    assert terms("letter=E") == {"Égyptiens"}
    assert terms("letter=r") == {"Roma and Travellers"}
    assert terms("status=historical") == {"Égyptiens"}
    assert terms("order=-term") == {"Égyptiens", "Roma and Travellers"}


@pytest.mark.django_db
def test_glossary_detail_has_variants_status_note_and_related_terms_with_urls(client, tree):
    term = tree["term"]
    gypsies = factories.GlossaryTermPageFactory(
        parent=tree["glossary_index"],
        term="Gypsies",
        slug="gypsies",
        usage_status="avoid",
        usage_note="Considered pejorative by many.",
        variants="Gipsies\nGypsy",
    )
    gypsies.related_links.create(term=term, relation="use_instead")
    gypsies.save_revision().publish()
    data = get(client, f"/api/v2/glossary/{gypsies.pk}/")
    assert data["variants"] == ["Gipsies", "Gypsy"]
    assert data["usage_status"] == {"value": "avoid", "label": "Avoid"}
    assert data["usage_note"] == "Considered pejorative by many."
    [related] = data["related_terms"]
    assert related["relation"] == {"value": "use_instead", "label": "Use instead"}
    assert related["title"] == "Roma and Travellers"
    assert related["detail_url"].endswith(f"/api/v2/glossary/{term.pk}/")
    assert related["html_url"].endswith("/en/glossary/roma-and-travellers/")
    # And the other way round, from the preferred term.
    [back] = get(client, f"/api/v2/glossary/{term.pk}/")["related_terms"]
    assert back["relation"]["value"] == "avoided_form" and back["id"] == gypsies.pk


@pytest.mark.django_db
def test_listing_limit_is_capped(client, tree, settings):
    assert client.get("/api/v2/news/?limit=100").status_code == 200
    response = client.get("/api/v2/news/?limit=101")
    assert response.status_code == 400
    assert "limit" in response.json()["message"]


@pytest.mark.django_db
def test_every_typed_endpoint_has_listing_and_detail(client, tree):
    for endpoint, key in [
        ("news", "news"),
        ("events", "event"),
        ("members", "member"),
        ("national-alliances", "alliance"),
        ("glossary", "term"),
    ]:
        listing = get(client, f"/api/v2/{endpoint}/")
        assert [item["id"] for item in listing["items"]] == [tree[key].pk]
        detail = get(client, f"/api/v2/{endpoint}/{tree[key].pk}/")
        assert detail["title"] == tree[key].title
        assert client.get(f"/api/v2/{endpoint}/{tree['home'].pk}/").status_code == 404
