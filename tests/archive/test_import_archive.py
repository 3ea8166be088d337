"""`manage.py import_archive`: bulk-created pages behave like pages Wagtail published itself."""

import json

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from news.models import NewsPage, Topic
from tests import factories


@pytest.fixture
def news_tree(tree, locales):
    """The English news index translated (and published) in French; an English topic."""
    french_index = tree["news_index"].copy_for_translation(locales["fr"], copy_parents=True)
    french_index.save_revision().publish()
    factories.TopicFactory(locale=locales["en"])
    return {**tree, "fr_news_index": french_index}


def _write(tmp_path, records: list) -> str:
    path = tmp_path / "archive.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n")
    return str(path)


def _archive(count: int = 3) -> list[dict]:
    records = []
    for n in range(count):
        records.append(
            {
                "key": f"n{n}",
                "type": "news.NewsPage",
                "locale": "en",
                "parent": "/home/news/",
                "title": f"Roma housing programme {n}",
                "slug": f"housing-{n}",
                "published_at": f"2020-01-0{n + 1}T10:00:00+00:00",
                "fields": {
                    "date": f"2020-01-0{n + 1}",
                    "intro": "Mayors met to discuss housing.",
                    "body": [
                        {"type": "heading", "value": {"text": "Housing", "level": "h2"}},
                        {"type": "paragraph", "value": "<p>Desegregation <b>plans</b> were adopted.</p>"},
                    ],
                },
                "tags": ["housing", "mayors"],
                "topics": ["education"],
            }
        )
        records.append(
            {
                "key": f"n{n}-fr",
                "translation_of": f"n{n}",
                "locale": "fr",
                "title": f"Programme de logement {n}",
                "slug": f"logement-{n}",
                "fields": {
                    "intro": "Les maires ont parlé de logement.",
                    "body": [{"type": "paragraph", "value": "<p>Des plans de déségrégation.</p>"}],
                },
            }
        )
    return records


def test_imported_news_are_live_pages_with_revisions_tags_topics_and_a_valid_tree(
    news_tree, tmp_path, capsys
):
    call_command("import_archive", _write(tmp_path, _archive()))

    assert "Imported 6 pages" in capsys.readouterr().out
    assert Page.find_problems() == ([], [], [], [], [])
    english = NewsPage.objects.get(slug="housing-1", locale__language_code="en")
    assert english.live and english.url_path == "/home/news/housing-1/"
    assert english.url.endswith("/en/news/housing-1/")
    assert english.live_revision_id == english.latest_revision_id is not None
    assert english.live_revision.as_object().title == "Roma housing programme 1"
    assert sorted(tag.name for tag in english.tags.all()) == ["housing", "mayors"]
    assert [link.topic.slug for link in english.topic_links.all()] == ["education"]
    news_tree["news_index"].refresh_from_db()
    assert news_tree["news_index"].numchild == 2 + 3  # the tree fixture's news and event, then ours
    # Editors can go on with Wagtail's own publish path.
    english.title = "Roma housing programme, updated"
    english.save_revision().publish()
    assert NewsPage.objects.get(pk=english.pk).title == "Roma housing programme, updated"


def test_translations_are_linked_through_wagtail_localize_and_served_by_the_api(news_tree, tmp_path, client):
    call_command("import_archive", _write(tmp_path, _archive()))

    english = NewsPage.objects.get(slug="housing-0")
    french = english.get_translation(news_tree["fr_news_index"].locale)
    assert french.title == "Programme de logement 0"
    assert (
        french.date == english.date and french.url_path == f"{news_tree['fr_news_index'].url_path}logement-0/"
    )
    assert [tag.name for tag in french.tags.all()] == ["housing", "mayors"]
    source = TranslationSource.objects.get(object_id=english.translation_key)
    assert source.locale.language_code == "en"
    assert Translation.objects.filter(source=source, target_locale__language_code="fr").exists()

    listing = client.get("/api/v2/news/?locale=fr&fields=translations").json()
    assert listing["meta"]["total_count"] == 3
    assert {t["locale"] for t in listing["items"][0]["meta"]["translations"]} == {"en"}
    fallback = client.get("/api/v2/news/?locale=de&fallback=en").json()
    assert fallback["meta"]["total_count"] == 3 + 1  # with the tree fixture's English news
    assert all(item["meta"]["is_fallback"] for item in fallback["items"])


def test_imported_pages_are_found_by_search(news_tree, tmp_path, client):
    call_command("import_archive", _write(tmp_path, _archive()))

    found = client.get("/api/v2/search/?q=desegregation&locale=en").json()
    assert {item["title"] for item in found["items"]} >= {"Roma housing programme 0"}
    if connection.vendor == "postgresql":  # stemming needs the PostgreSQL configurations
        french = client.get("/api/v2/search/?q=déségrégation&locale=fr").json()
        assert len(french["items"]) == 3


def test_rich_text_is_cleaned_as_the_editor_would(news_tree, tmp_path):
    record = _archive(1)[0]
    record["fields"]["body"] = [
        {"type": "paragraph", "value": '<p onclick="x()">Hi<script>alert(1)</script></p>'}
    ]
    call_command("import_archive", _write(tmp_path, [record]))

    body = NewsPage.objects.get(slug="housing-0").body.raw_data[0]["value"]
    assert "script" not in body and "onclick" not in body and "Hi" in body


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r.__setitem__(2, "{not json"), "line 3: not valid JSON"),
        (lambda r: r[2].__setitem__("type", "auth.User"), "line 3: 'type' 'auth.User' is not a page type"),
        (lambda r: r[2].__setitem__("parent", "/home/nowhere/"), "line 3: parent '/home/nowhere/' is not"),
        (lambda r: r[2].__setitem__("slug", "housing-0"), "line 3: slug 'housing-0' is already used"),
        (lambda r: r[2]["fields"].__setitem__("owner", 1), "line 3: NewsPage has no field 'owner'"),
        (lambda r: r[2]["fields"].__setitem__("date", "2020-13-45"), "line 3: field 'date'"),
        (lambda r: r[2]["fields"].__setitem__("feed_image", 999999), "line 3: field 'feed_image': no row"),
        (lambda r: r[2].__setitem__("topics", ["nope"]), "line 3: no topic with slug 'nope'"),
        (lambda r: r[3].__setitem__("locale", "xx"), "line 4: unknown locale 'xx'"),
        (lambda r: r[3].__setitem__("translation_of", "n9"), "'n9' is not an earlier source"),
        (
            lambda r: r[5].__setitem__("locale", "de"),
            "line 6: the parent '/home/news/' has no 'de' translation",
        ),
    ],
)
def test_bad_archive_input_exits_with_one_line_and_writes_nothing(news_tree, tmp_path, change, message):
    records = _archive(3)
    change(records)
    pages_before = Page.objects.count()

    with pytest.raises(CommandError) as error:
        call_command("import_archive", _write(tmp_path, records))

    assert message in str(error.value) and "\n" not in str(error.value)
    assert Page.objects.count() == pages_before
    assert not Topic.objects.filter(slug="nope").exists()
