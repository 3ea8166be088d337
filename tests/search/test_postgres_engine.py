"""PostgreSQL: each locale indexed and searched with its own language's configuration."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from modelsearch.conf import get_app_config
from wagtail.models import Locale

from localization.translate import translate
from search.configuration import config_for_language
from search.engine import search
from search.query import parse_query
from tests import factories

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL full-text search: set DATABASE_URL (.ci/run does)",
)


def lexemes(config: str, text: str) -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT tsvector_to_array(to_tsvector(%s::regconfig, %s))", [config, text])
        return set(cursor.fetchone()[0])


def indexed_body(page) -> set[str]:
    entry = (
        get_app_config()
        .get_model("IndexEntry")
        .objects.get(content_type_id=page.content_type_id, object_id=str(page.pk))
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tsvector_to_array(body) FROM wagtailsearch_indexentry WHERE id = %s", [entry.pk]
        )
        return set(cursor.fetchone()[0])


def found(query: str, language: str) -> list:
    return list(search(parse_query(query), Locale.objects.get(language_code=language)).results())


@pytest.mark.django_db
def test_every_content_language_has_an_installed_configuration():
    with connection.cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        installed = {row[0] for row in cursor.fetchall()}
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        assert config_for_language(code) in installed


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "text", "lexeme"),
    [
        ("en", "Travellers", "travel"),
        ("fr", "Tsiganes", "tsigan"),
        ("de", "Jenischen", "jenisch"),
        ("it", "zingari", "zingar"),
        ("es", "gitanos", "gitan"),
        ("ro", "țiganii", "tigan"),
        ("hu", "cigányok", "cigany"),
        ("sk", "Košice", "kosice"),
        ("bg", "ЦИГАНИ", "цигани"),
        ("uk", "Ужгород", "ужгород"),
        ("rom", "romani ćhib", "chib"),
    ],
)
def test_each_language_stems_or_folds_accents(language, text, lexeme, db):
    assert lexeme in lexemes(config_for_language(language), text)


@pytest.mark.django_db
def test_a_page_is_indexed_with_its_own_language_configuration(tree, locales):
    translate(tree["home"], locales["fr"], {})
    translate(tree["glossary_index"], locales["fr"], {"Glossary": "Glossaire"})
    term = tree["term"]
    term.short_definition = "Travellers, Tsiganes"
    term.save_revision().publish()
    french, _segments, _done = translate(
        term, locales["fr"], {"Travellers, Tsiganes": "Travellers, Tsiganes"}
    )
    # The same words, stemmed by the English and by the French snowball stemmers.
    assert {"travel", "tsigan"} <= indexed_body(term)
    assert {"traveller", "tsigan"} <= indexed_body(french)
    assert found("Travellers", "fr") == [french]


@pytest.mark.django_db
def test_stemming_finds_other_forms_of_a_word_in_french(tree, locales):
    translate(tree["home"], locales["fr"], {})
    translate(tree["news_index"], locales["fr"], {"News": "Actualités"})
    news = tree["news"]
    news.intro = "Segregated schools."
    news.save_revision().publish()
    french, _segments, _done = translate(
        news, locales["fr"], {"Segregated schools.": "Des écoles ségréguées."}
    )
    assert found("école ségrégation", "fr") == [french]
    assert found("ecoles segreguees", "fr") == [french]


@pytest.mark.django_db
def test_slovak_pages_are_found_without_diacritics(tree, locales):
    translate(tree["home"], locales["sk"], {})
    translate(tree["members_index"], locales["sk"], {"Members": "Členovia"})
    member = factories.MemberPageFactory(parent=tree["members_index"], slug="kosice", title="Košice")
    slovak, _segments, _done = translate(member, locales["sk"], {"Košice": "Košice"})
    assert found("Kosice", "sk") == [slovak]
    assert found("kOŠICE", "sk") == [slovak]


@pytest.mark.django_db
def test_a_search_without_a_language_reads_every_language(tree, locales, client):
    translate(tree["home"], locales["fr"], {})
    translate(tree["glossary_index"], locales["fr"], {"Glossary": "Glossaire"})
    french, *_ = translate(
        tree["term"],
        locales["fr"],
        {"The Council of Europe's umbrella term.": "Terme générique des institutions européennes."},
    )
    # The stock pages endpoint searches with no language: "européenne" meets the French
    # stem of "européennes" (English stems it apart), "Traveller" the English stem of "Travellers".
    french_titles = client.get("/api/v2/pages/", {"search": "européenne"}).json()["items"]
    assert [item["id"] for item in french_titles] == [french.pk]
    # Terms only: the tree's other pages carry Faker text, where "travel" may turn up.
    english = client.get(
        "/api/v2/pages/", {"search": "Traveller", "locale": "en", "type": "glossary.GlossaryTermPage"}
    ).json()["items"]
    assert [item["id"] for item in english] == [tree["term"].pk]


def _news(tree, slug: str, title: str, intro: str):
    page = factories.NewsPageFactory(parent=tree["news_index"], slug=slug, title=title, intro=intro)
    page.save_revision().publish()  # as an editor would: the cached answers are renewed
    return page


@pytest.mark.django_db
def test_the_query_count_of_a_search_does_not_grow_with_its_matches(tree, client):
    def searched(limit: int, offset: int = 0) -> dict:
        params = {"q": "housing", "locale": "en", "type": "news", "limit": limit, "offset": offset}
        return client.get("/api/v2/search/", params).json()

    searched(limit=20)  # the site's root paths, cached for every later request
    for n in range(3):
        _news(tree, f"housing-{n}", f"Housing plan {n}", "Affordable housing for Roma families.")
    with CaptureQueriesContext(connection) as few_queries:
        few = searched(limit=20)
    for n in range(3, 30):
        _news(tree, f"housing-{n}", f"Housing plan {n}", "Affordable housing for Roma families.")
    with CaptureQueriesContext(connection) as many_queries:
        many = searched(limit=20)
    assert len(many_queries) == len(few_queries) <= 11
    assert few["meta"]["total_count"] == 3
    assert many["meta"]["total_count"] == 30
    assert len(many["items"]) == 20
    # Past the last match: no items, and still the right total.
    assert searched(limit=5, offset=40)["meta"]["total_count"] == 30
    assert searched(limit=5, offset=40)["items"] == []


@pytest.mark.django_db
def test_every_word_must_be_found_in_the_title_or_the_body_and_the_title_ranks_first(tree):
    both = _news(tree, "both", "Segregated schools", "Mayors visit a school in Košice.")
    in_body = _news(tree, "body", "Mayors meet", "They discussed segregated schools in the region.")
    _news(tree, "one-word", "Segregated housing", "No word about education.")
    assert found("segregated schools", "en") == [both, in_body]
    assert found("schools", "en")[:1] == [both]


LONG_REPORT = " ".join(
    [
        "Mayors from member cities met in Strasbourg to discuss access to schools for Roma children.",
        *["The meeting reviewed local action plans, budgets and the work of mediators."] * 25,
        "The last session turned to housing and the closure of informal settlements.",
    ]
)


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["housing", "housing schools"])
def test_snippets_of_long_pages_mark_words_found_far_into_the_text(client, tree, query):
    factories.NewsPageFactory(
        parent=tree["news_index"], slug="strasbourg-meeting", title="Strasbourg meeting", intro=LONG_REPORT
    )
    [item] = client.get("/api/v2/search/", {"q": query, "locale": "en", "type": "news"}).json()["items"]
    for word in query.split():
        assert f"<mark>{word}</mark>" in item["snippet"]


@pytest.mark.django_db
def test_a_typed_search_reads_its_results_with_their_text_in_four_queries(
    client, small_site, django_assert_max_num_queries
):
    # What is private (with the locale), the ranked matches with the text they were indexed
    # with, the pages, and the snippets: no member-name match for a type that cannot show it,
    # no separate read of the snippets' text. (The locale's glossary forms are read by the first
    # search, then kept.)
    client.get("/api/v2/search/", {"q": "Roma", "locale": "en"})
    with django_assert_max_num_queries(4):
        response = client.get("/api/v2/search/", {"q": "Kosice", "locale": "en", "type": "news"})
    assert response.status_code == 200
    assert all(item["type"] == "news" for item in response.json()["items"])
    members = client.get("/api/v2/search/", {"q": "Kosice", "locale": "en", "type": "members"}).json()
    assert [item["id"] for item in members["items"]][:1] == [small_site["kosice"].pk]
    with django_assert_max_num_queries(4):
        gypsy = client.get("/api/v2/search/", {"q": "Gypsy", "locale": "en", "type": "news"}).json()
    assert gypsy["items"] and all("<mark>" in item["snippet"] for item in gypsy["items"])


@pytest.mark.django_db
def test_searches_kept_compiled_still_answer_each_query_its_own_results(tree, client):
    # The ranked query's SQL is compiled once per query text and filter (search/backend.py):
    # searching other words, another type or another page of results must not reuse an answer.
    housing = _news(tree, "housing", "Housing plan", "Affordable housing for Roma families.")
    schools = _news(tree, "schools", "Schools plan", "Desegregated schools in every district.")

    def ids(q: str, **params) -> list[int]:
        answer = client.get("/api/v2/search/", {"q": q, "locale": "en", **params}).json()
        return [item["id"] for item in answer["items"]]

    for _ in range(2):  # the second round runs the kept statements
        assert ids("housing", type="news") == [housing.pk]
        assert ids("schools", type="news") == [schools.pk]
        assert ids("housing", type="events") == []
        assert ids("plan", type="news", limit=1, offset=1) == ids("plan", type="news")[1:]
        # No page has both words: pages with any of them (another statement) are the answer.
        assert sorted(ids("housing schools", type="news")) == sorted([housing.pk, schools.pk])
