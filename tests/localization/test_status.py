"""The translation status dashboard: counts per locale, what to do next, warnings, access and cost."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

from localization.status import translation_status
from localization.translate import translate
from tests import factories
from tests.glossary.demo_terms import build_glossary

STATUS_URL = "/api/v2/translation-status/"


def add_news(index, count: int, start: datetime.date = datetime.date(2024, 1, 1)) -> list:
    """`count` English news items, one a week from `start`."""
    return [
        factories.NewsPageFactory(
            parent=index,
            title=f"Alliance news of week {number + 1}",
            slug=f"news-{number + 1}",
            intro=f"What the Alliance did in week {number + 1}.",
            date=start + datetime.timedelta(weeks=number),
        )
        for number in range(count)
    ]


def french_news(page) -> dict[str, str]:
    week = page.slug.removeprefix("news-")
    return {
        page.title: f"Actualités de l'Alliance, semaine {week}",
        page.slug: f"actualites-{week}",
        page.intro: f"Ce que l'Alliance a fait la semaine {week}.",
    }


def translate_fully(page, locale, strings):
    _target, total, done = translate(page, locale, strings)
    assert done == total, f"{page}: {done} of {total} segments translated"


@pytest.fixture
def site_in_progress(home_page, locales, django_user_model):
    """English news in every French state: translated, out of date, in review, draft, missing."""
    french = locales["fr"]
    build_glossary(home_page, locales, languages=("fr",), keys=("roma-and-travellers", "gypsy", "tsiganes"))
    index = factories.NewsIndexPageFactory(parent=home_page)
    translate_fully(index, french, {"News": "Actualités", "news": "actualites"})
    news = add_news(index, 5)
    translated, outdated, reviewed, drafted, _missing = news
    for page in (translated, outdated, reviewed):
        translate_fully(page, french, french_news(page))
    translate(drafted, french, french_news(drafted), publish=False)

    outdated.intro = "What the Alliance did that week, corrected."
    outdated.save_revision().publish()

    workflow = Workflow.objects.create(name="Review (French)")
    task = GroupApprovalTask.objects.create(name="French reviewers")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    translator = django_user_model.objects.create_user("traductrice", "t@example.org", "x")
    french_reviewed = reviewed.get_translation(french)
    french_reviewed.save_revision(user=translator)
    workflow.start(french_reviewed, translator)

    topic = factories.TopicFactory(name="Education", slug="education")
    translate(topic, french, {"Education": "Éducation"})
    factories.TopicFactory(name="Housing", slug="housing")
    return {"news": news, "index": index}


def french_status(locales):
    [status] = translation_status([locales["fr"]]).locales
    return status


@pytest.mark.django_db
def test_french_status_counts_each_state_of_a_translation(site_in_progress, locales):
    status = french_status(locales)
    # Pages: home, glossary index, 3 terms, news index, 5 news items = 11
    assert status.pages.total == 11
    assert status.pages.translated == 2  # the news index and week 1, every segment done
    assert status.pages.out_of_date == 1  # week 2, whose source changed since
    assert status.pages.in_review == 1  # week 3
    assert status.pages.missing == 2  # week 4 (a draft, never published) and week 5
    # Home, glossary index and terms: live, some segments (slugs) still in English.
    assert status.pages.incomplete == 5
    assert status.snippets.as_dict() == {
        "total": 2,
        "translated": 1,
        "missing": 1,
        "out_of_date": 0,
        "incomplete": 0,
        "in_review": 0,
        "percent_complete": 50.0,
    }
    assert status.percent_complete == round(100 * (2 + 1) / 13, 1)


@pytest.mark.django_db
def test_next_items_put_the_newest_news_first(site_in_progress, locales):
    status = french_status(locales)
    todo = [(item.item.title, item.status) for item in status.next_items]
    assert todo[:3] == [
        ("Alliance news of week 5", "missing"),
        ("Alliance news of week 4", "missing"),
        ("Alliance news of week 2", "out_of_date"),
    ]
    assert todo[3] == ("European Alliance of Cities and Regions for Roma Inclusion", "incomplete")
    assert ("Housing", "missing") in todo


@pytest.mark.django_db
def test_pages_with_terminology_warnings_are_listed_per_language(site_in_progress, locales):
    news = site_in_progress["news"][0]
    news.intro = "The Gypsies of the district were rehoused."
    news.save_revision().publish()
    french = news.get_translation(locales["fr"])
    translate(news, locales["fr"], {news.intro: "Les Tsiganes du quartier ont été relogés."})

    result = translation_status([locales["fr"]])
    assert [(w.page_id, w.found) for w in result.source_warnings] == [(news.pk, ("Gypsies",))]
    assert [(w.page_id, w.found) for w in result.locales[0].warnings] == [(french.pk, ("Tsiganes",))]


@pytest.fixture
def staff_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("chief", "chief@example.org", "x"))
    return client


@pytest.mark.django_db
def test_staff_read_the_status_as_json(site_in_progress, staff_client):
    response = staff_client.get(STATUS_URL, {"locale": "fr"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    body = response.json()
    assert body["source"]["locale"] == "en"
    [french] = body["locales"]
    assert french["locale"] == "fr"
    assert french["pages"]["in_review"] == 1
    assert french["next"][0] == {
        "kind": "page",
        "type": "news.newspage",
        "source_id": site_in_progress["news"][4].pk,
        "title": "Alliance news of week 5",
        "status": "missing",
        "date": "2024-01-29",
    }
    assert len(staff_client.get(STATUS_URL).json()["locales"]) == 10  # every language but English


@pytest.mark.django_db
def test_the_json_status_is_refused_to_readers(site_in_progress, client, django_user_model):
    assert client.get(STATUS_URL).status_code == 403
    client.force_login(django_user_model.objects.create_user("reader", "r@example.org", "x"))
    response = client.get(STATUS_URL)
    assert response.status_code == 403
    assert "staff" in response.json()["detail"]


@pytest.mark.django_db
def test_a_channel_token_reads_the_json_status_and_its_answer_is_never_cached_for_others(
    site_in_progress, client
):
    from delivery.models import Channel

    channel = Channel(name="Translation agency")
    token = channel.issue_token()
    channel.save()
    response = client.get(STATUS_URL, HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert client.get(STATUS_URL).status_code == 403  # the channel's answer is not served to readers


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "status", "detail"),
    [
        ("?locale=xx", 400, "locale 'xx' is not a translation locale"),
        ("?locale=en", 400, "locale 'en' is not a translation locale"),
        ("?locale=%00", 400, "is not a translation locale"),
        ("?limit=5", 400, "Unknown query parameter: 'limit'"),
    ],
)
def test_bad_status_queries_get_a_clear_400(staff_client, locales, query, status, detail):
    response = staff_client.get(STATUS_URL + query)
    assert response.status_code == status
    assert detail in response.json()["detail"]


@pytest.mark.django_db
def test_the_json_status_is_read_only(staff_client, locales):
    response = staff_client.post(STATUS_URL)
    assert response.status_code == 405


@pytest.mark.django_db
def test_admin_dashboard_lists_every_language_and_what_to_do(site_in_progress, staff_client):
    response = staff_client.get(reverse("localization_translation_status"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-locale="fr"' in html and 'data-locale="rom"' in html
    assert "Alliance news of week 5" in html
    menu = staff_client.get(reverse("wagtailadmin_reports:locked_pages")).content.decode()
    assert reverse("localization_translation_status") in menu


@pytest.mark.django_db
@pytest.mark.parametrize("size", [4, 40])
def test_status_costs_the_same_queries_for_a_small_and_a_large_site(
    home_page, locales, size, django_assert_max_num_queries
):
    french = locales["fr"]
    build_glossary(home_page, locales, languages=("fr",), keys=("roma-and-travellers", "gypsy"))
    index = factories.NewsIndexPageFactory(parent=home_page)
    translate(index, french, {"News": "Actualités"})
    news = add_news(index, size)
    for page in news[: size // 2]:
        translate(page, french, {page.title: f"Actualité : {page.title}"})
    for number in range(size // 4):
        factories.TopicFactory(name=f"Topic {number}", slug=f"topic-{number}")
    with django_assert_max_num_queries(17):
        result = translation_status()
    french_status = next(status for status in result.locales if status.locale == french)
    assert french_status.pages.total == size + 5
