"""The public API never shows what is not public, answers everyone alike, and refuses bad input."""

import re

import pytest
import wagtail_factories
from django.contrib.auth import get_user_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from localization.translate import translate


@pytest.fixture
def french_member(tree, locales):
    translate(tree["home"], locales["fr"], {tree["home"].title: "Alliance européenne"})
    translate(tree["members_index"], locales["fr"], {"Members": "Membres"})
    translate(tree["member"], locales["fr"], {tree["member"].official_name: "Ville de Strasbourg"})
    return tree["member"].get_translation(locales["fr"])


def ids(client, url: str) -> set[int]:
    return {item["id"] for item in client.get(url).json()["items"]}


@pytest.mark.django_db
@pytest.mark.parametrize("restriction", ["login", "password", "groups"])
def test_private_section_is_hidden_in_every_locale_even_from_a_logged_in_admin(
    client, tree, french_member, restriction
):
    restricted = PageViewRestriction.objects.create(
        page=tree["members_index"], restriction_type=restriction, password="secret"
    )
    if restriction == "groups":
        restricted.groups.set([])
    admin = get_user_model().objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(admin)
    member_ids = {tree["member"].pk, french_member.pk}
    assert ids(client, "/api/v2/members/") == set()
    assert ids(client, "/api/v2/pages/?limit=100") & member_ids == set()
    for pk in member_ids:
        assert client.get(f"/api/v2/members/{pk}/").status_code == 404
        assert client.get(f"/api/v2/pages/{pk}/").status_code == 404
    news = client.get(f"/api/v2/news/{tree['news'].pk}/").json()
    assert news["related_members"] == []


@pytest.mark.django_db
def test_drafts_and_unpublished_changes_never_appear(client, tree):
    news = tree["news"]
    published_title = news.title
    news.title = "Draft title"
    news.save_revision()
    assert client.get(f"/api/v2/news/{news.pk}/").json()["title"] == published_title
    news.unpublish()
    assert client.get(f"/api/v2/news/{news.pk}/").status_code == 404
    assert ids(client, "/api/v2/news/") == set()


@pytest.mark.django_db
def test_images_in_private_collections_never_appear(client, tree):
    private = Collection.get_first_root_node().add_child(name="Private")
    inner = private.add_child(name="Inner")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    hidden = wagtail_factories.ImageFactory(collection=inner)
    member = tree["member"]
    member.logo = hidden
    member.save_revision().publish()
    assert hidden.pk not in ids(client, "/api/v2/images/")
    assert client.get(f"/api/v2/images/{hidden.pk}/").status_code == 404
    assert client.get(f"/api/v2/members/{member.pk}/").json()["logo"] is None


@pytest.mark.django_db
def test_an_image_whose_collection_becomes_private_leaves_cached_answers_at_once(client, tree):
    collection = Collection.get_first_root_node().add_child(name="Press photos")
    image = wagtail_factories.ImageFactory(collection=collection)
    member = tree["member"]
    member.logo = image
    member.save_revision().publish()
    url = f"/api/v2/members/{member.pk}/"
    assert client.get(url).json()["logo"]["id"] == image.pk
    assert client.get(url)["X-Cache"] == "HIT"

    restriction = CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    assert client.get(url).json()["logo"] is None
    assert image.pk not in ids(client, "/api/v2/images/")

    restriction.delete()
    assert client.get(url).json()["logo"]["id"] == image.pk


@pytest.mark.django_db
def test_form_addresses_owners_and_unlisted_fields_are_not_served(client, tree):
    form = client.get(f"/api/v2/pages/{tree['form'].pk}/?fields=*").json()
    assert "to_address" not in form and "from_address" not in form and "owner" not in form
    for url in [
        "/api/v2/members/?fields=contact_email",
        "/api/v2/news/?fields=owner",
        "/api/v2/pages/?fields=owner",
    ]:
        response = client.get(url)
        assert response.status_code == 400
        assert "unknown fields" in response.json()["message"]


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("path", ["news/", "glossary/", "pages/", "images/", "news/{id}/"])
def test_write_methods_are_not_allowed(client, tree, method, path):
    response = getattr(client, method)(
        "/api/v2/" + path.format(id=tree["news"].pk), {}, content_type="application/json"
    )
    assert response.status_code == 405


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("news/?locale=xx", "locale"),
        ("news/?locale=%00", "locale"),
        ("news/?fallback=en", "fallback"),
        ("news/?limit=-1", "limit"),
        ("news/?limit=abc", "limit"),
        ("news/?offset=99999999999999999999999", "offset"),
        ("news/?order=;drop", "order"),
        ("news/?date_from=2020-13-45", "date_from"),
        ("news/?year=abc", "year"),
        ("events/?upcoming=maybe", "upcoming"),
        ("members/?country=France", "country"),
        ("glossary/?letter=ab", "letter"),
        ("glossary/?status=rude", "status"),
        ("news/?colour=red", "colour"),
        ("pages/?type=auth.User", "type"),
        ("pages/?child_of=abc", "child_of"),
        ("pages/?search_operator=xor", "search_operator"),
        ("pages/?first_published_at=notadate", "first_published_at"),
        ("images/?search=" + "+word" * 2000, "search"),
        ("news/?rich_text_format=db_html", "rich_text_format"),
        ("pages/find/?id=abc", "id"),
        ("pages/?title=%00", "title"),
        ("news/?fields=title(foo)", "fields"),
    ],
)
def test_bad_query_values_answer_400_naming_the_parameter(client, tree, query, parameter):
    response = client.get("/api/v2/" + query)
    assert response.status_code == 400, response.content[:200]
    assert parameter in response.json()["message"]


@pytest.mark.django_db
def test_rich_text_links_are_resolved_public_urls(client, tree):
    home = tree["home"]
    home.intro = f'<p>See <a linktype="page" id="{tree["news"].pk}">the news</a>.</p>'
    home.save_revision().publish()
    intro = client.get(f"/api/v2/pages/{home.pk}/").json()["intro"]
    assert "linktype" not in intro
    assert re.search(r'href="https?://[^"/]+/en/news/miranda-rira/"', intro)


@pytest.mark.django_db
def test_rich_text_links_to_drafts_and_private_pages_lose_their_url(client, tree):
    home, news, member = tree["home"], tree["news"], tree["member"]
    news.unpublish()
    PageViewRestriction.objects.create(page=member, restriction_type="login")
    home.intro = (
        f'<p><a linktype="page" id="{news.pk}">draft</a> and <a id="{member.pk}" linktype="page">private</a>'
        f' and <a linktype="page" id="{tree["term"].pk}">public</a></p>'
    )
    home.save_revision().publish()
    intro = client.get(f"/api/v2/pages/{home.pk}/").json()["intro"]
    assert "miranda-rira" not in intro and "strasbourg" not in intro
    assert "<a>draft</a>" in intro and "<a>private</a>" in intro
    assert "/en/glossary/roma-and-travellers/" in intro


@pytest.mark.django_db
def test_pages_of_a_locale_that_is_not_a_content_language_never_appear(client, tree):
    from wagtail.models import Locale

    portuguese = Locale.objects.create(language_code="pt")
    copy = tree["home"].copy_for_translation(portuguese, copy_parents=True)
    copy.save_revision().publish()
    news = tree["news_index"].copy_for_translation(portuguese)
    news.save_revision().publish()
    assert ids(client, "/api/v2/pages/?limit=100") & {copy.pk, news.pk} == set()
    assert client.get(f"/api/v2/pages/{copy.pk}/").status_code == 404
    assert client.get("/api/v2/pages/?locale=pt").status_code == 400
