"""Images in the API describe themselves in the item's language, not in the library's."""

import json

import pytest
import wagtail_factories

from localization.translate import translate
from tests import factories

MAYORS = "Mayors of the Alliance around a table in Strasbourg"
SPEAKING = "The rapporteur speaking"


@pytest.fixture
def photographed_news(tree, locales):
    photo = wagtail_factories.ImageFactory(title="IMG_2041.jpg")
    news = factories.NewsPageFactory(
        parent=tree["news_index"],
        slug="mayors-meet",
        feed_image=photo,
        feed_image_alt=MAYORS,
        body=json.dumps(
            [
                {
                    "type": "image",
                    "value": {"image": photo.pk, "alt": SPEAKING, "caption": "", "credit": ""},
                }
            ]
        ),
    )
    news.save_revision().publish()
    translate(tree["home"], locales["fr"], {})
    translate(tree["news_index"], locales["fr"], {})
    french, *_ = translate(
        news,
        locales["fr"],
        {
            MAYORS: "Des maires de l'Alliance autour d'une table à Strasbourg",
            SPEAKING: "La rapporteure prend la parole",
        },
    )
    return news, french


@pytest.mark.django_db
def test_feed_image_and_body_image_alt_text_come_in_the_items_language(client, photographed_news):
    news, french = photographed_news
    english = client.get(f"/api/v2/news/{news.pk}/").json()
    assert english["feed_image"]["alt"] == "Mayors of the Alliance around a table in Strasbourg"
    assert english["body"][0]["value"]["image"]["alt"] == "The rapporteur speaking"

    item = client.get(f"/api/v2/news/{french.pk}/").json()
    assert item["feed_image"]["alt"] == "Des maires de l'Alliance autour d'une table à Strasbourg"
    assert item["body"][0]["value"]["image"]["alt"] == "La rapporteure prend la parole"
    assert item["feed_image"]["title"] == "IMG_2041.jpg"  # the library's title is not a description


@pytest.mark.django_db
def test_a_members_logo_is_described_by_the_members_name_in_its_language(client, tree, locales):
    member = tree["member"]
    member.logo = wagtail_factories.ImageFactory(title="logo-final-v3.png")
    member.save_revision().publish()
    translate(tree["home"], locales["fr"], {})
    translate(tree["members_index"], locales["fr"], {})
    french, *_ = translate(member, locales["fr"], {member.title: "Strasbourg (France)"})
    assert client.get(f"/api/v2/members/{french.pk}/").json()["logo"]["alt"] == "Strasbourg (France)"
