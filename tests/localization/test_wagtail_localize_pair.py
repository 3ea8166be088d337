"""Wagtail 8 + wagtail-localize 1.14: create, translate, sync and publish every page type."""

import datetime

import pytest
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from localization.translate import translate
from tests.factories import PAGE_KEYS


def french_title(page: Page) -> str:
    return f"{page.title} (fr)"


@pytest.mark.django_db
@pytest.mark.parametrize("key", PAGE_KEYS)
def test_every_page_type_can_be_translated_into_french_and_published(tree, locales, key):
    page = tree[key]
    # Parents first, as a translator would meet them.
    for ancestor in page.get_ancestors().filter(depth__gt=1).specific():
        if not ancestor.has_translation(locales["fr"]):
            translate(ancestor, locales["fr"], {ancestor.title: french_title(ancestor)})

    french, total, done = translate(page, locales["fr"], {page.title: french_title(page)})

    assert french.locale == locales["fr"]
    assert french.translation_key == page.translation_key
    assert french.live
    assert french.title == french_title(page)
    assert done >= 1 and total >= done
    if page.depth > 2:  # below the root, a French page sits in the French tree
        assert Page.objects.get(pk=french.pk).get_parent().locale == locales["fr"]


@pytest.mark.django_db
def test_source_change_syncs_to_translation_keeping_translated_text(
    tree, locales, django_capture_on_commit_callbacks
):
    news_index, news = tree["news_index"], tree["news"]
    translate(tree["home"], locales["fr"], {})
    translate(news_index, locales["fr"], {"News": "Actualités"})
    translate(news, locales["fr"], {news.title: "Titre français", news.intro: "Chapeau français"})

    # The editor changes a synchronised field (date) and a translated one (intro), then publishes.
    news.date = datetime.date(2019, 8, 3)
    news.intro = "A changed English teaser."
    news.save_revision().publish()

    source = TranslationSource.objects.get_for_instance(news)
    source.update_from_db()
    translation = Translation.objects.get(source=source, target_locale=locales["fr"])
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    french = news.get_translation(locales["fr"]).specific
    assert french.date == datetime.date(2019, 8, 3)  # synchronised field followed the source
    assert french.title == "Titre français"  # translated field kept
    assert french.intro == "A changed English teaser."  # new segment waits for the translator
    changed = StringSegment.objects.filter(
        source=source, string__data=StringValue.from_plaintext("A changed English teaser.").data
    )
    assert changed.exists()
    assert not StringTranslation.objects.filter(
        translation_of__in=changed.values("string"), locale=locales["fr"]
    ).exists()


@pytest.mark.django_db
def test_translation_can_be_saved_as_draft_for_review(tree, locales):
    translate(tree["home"], locales["fr"], {tree["home"].title: "Alliance européenne"}, publish=False)
    french = tree["home"].get_translation(locales["fr"])
    assert not french.live
    assert french.get_latest_revision().as_object().title == "Alliance européenne"


@pytest.mark.django_db
def test_topic_snippet_and_settings_translate(locales):
    from home.models import AllianceSettings
    from tests.factories import TopicFactory

    topic = TopicFactory(locale=locales["en"])
    french_topic, _total, _done = translate(topic, locales["fr"], {"Education": "Éducation"})
    assert french_topic.name == "Éducation"
    assert french_topic.slug == "education"  # synchronised

    settings_row = AllianceSettings.objects.create(
        locale=locales["en"], task_force_name="Tobias Mayr", task_force_role="Alliance Task Force"
    )
    french_settings, _total, _done = translate(
        settings_row, locales["fr"], {"Alliance Task Force": "Task Force de l'Alliance"}
    )
    assert french_settings.task_force_role == "Task Force de l'Alliance"
    assert french_settings.task_force_name == "Tobias Mayr"


@pytest.mark.django_db
def test_a_draft_translation_of_a_live_page_stays_out_of_readers_sight(client, tree, locales):
    home = tree["home"]
    translate(home, locales["fr"], {home.title: "Alliance publiée"})
    translate(home, locales["fr"], {home.title: "Brouillon à relire"}, publish=False)

    french = home.get_translation(locales["fr"])
    assert french.live
    assert french.title == "Alliance publiée"
    assert french.has_unpublished_changes
    assert french.get_latest_revision().as_object().title == "Brouillon à relire"
    html = client.get("/fr/").content.decode()
    assert "Alliance publiée" in html
    assert "Brouillon" not in html
    api = client.get("/api/v2/pages/?locale=fr").json()
    assert [item["title"] for item in api["items"]] == ["Alliance publiée"]
