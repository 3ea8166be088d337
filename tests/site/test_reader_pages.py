"""What a reader sees on each page type, in English, French and Ukrainian."""

import re

import pytest
from django.template import engines
from django.test import RequestFactory
from django.utils import translation

from members.models import MemberPage

pytestmark = pytest.mark.django_db


def html_of(client, page_or_url, **params) -> str:
    url = page_or_url if isinstance(page_or_url, str) else page_or_url.url
    response = client.get(url, params)
    assert response.status_code == 200, url
    return response.content.decode()


def test_home_shows_latest_news_upcoming_events_and_the_live_member_count(client, reader_site):
    html = html_of(client, "/fr/")
    assert "Dernières actualités" in html
    assert "Miranda Rira : « Associer tous les niveaux" in html
    assert "Événements à venir" in html
    assert "Deuxième réunion de l&#x27;Alliance ukrainienne" in html
    # Strasbourg, Lviv, Val-de-Marne: three members (one translation key each) in two countries.
    assert "3 villes et régions de 2 pays" in html
    assert "3 міста і регіони з 2 країн" in html_of(client, "/uk/")


def test_member_count_leaves_out_unconfirmed_and_unpublished_members(client, reader_site):
    lviv = reader_site["lviv"]["en"]
    lviv.membership = MemberPage.Membership.UNCONFIRMED
    lviv.save_revision().publish()
    reader_site["val_de_marne"]["en"].unpublish()
    assert MemberPage.participant_count() == {"members": 1, "countries": 1}
    assert "1 city or region from 1 country" in html_of(client, reader_site["standard"]["en"])


def test_news_index_filters_by_topic_and_year_in_the_readers_language(client, reader_site):
    index = reader_site["news_index"]["fr"]
    everything = html_of(client, index)
    assert "3 publications" in everything
    assert '<option value="education">Éducation</option>' in everything
    by_topic = html_of(client, index, topic="education")
    assert "1 publication" in by_topic and "Miranda Rira" in by_topic
    assert "Deuxième réunion" not in by_topic
    by_year = html_of(client, index, year="2012")
    assert "The Alliance launches its first events" in by_year and "Miranda Rira" not in by_year


@pytest.mark.parametrize("params", [{"year": "abc"}, {"topic": "unknown"}, {"year": "2019\x00"}])
def test_a_bad_news_filter_is_a_400_naming_the_filter_in_the_readers_language(client, reader_site, params):
    response = client.get(reader_site["news_index"]["fr"].url, params)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Veuillez corriger le filtre" in html
    assert "Sélectionnez un choix valide" in html


def test_news_index_paginates_and_a_page_out_of_range_is_404(client, reader_site, settings):
    from news.models import NewsIndexPage

    index = reader_site["news_index"]["en"]
    NewsIndexPage.items_per_page, saved = 2, NewsIndexPage.items_per_page
    try:
        first = html_of(client, index)
        assert "Page 1 of 2" in first and 'rel="next"' in first
        second = html_of(client, index, page=2)
        assert 'rel="prev"' in second
        assert client.get(index.url, {"page": 3}).status_code == 404
        assert client.get(index.url, {"page": "x"}).status_code == 404
    finally:
        NewsIndexPage.items_per_page = saved


def test_news_and_event_pages_show_dates_per_locale_topics_and_related_members(client, reader_site):
    french = html_of(client, reader_site["news"]["fr"])
    assert "2 août 2019" in french
    assert re.search(r'href="/fr/news/\?topic=education">Éducation</a>', french)
    assert ">Strasbourg</a>" in french  # the related member, in French
    ukrainian = html_of(client, reader_site["news"]["uk"])
    assert "серпня 2019" in ukrainian
    assert ">Страсбург</a>" in ukrainian
    event = html_of(client, reader_site["event"]["uk"])
    assert "Львів, Україна" in event


def test_members_directory_filters_by_country_and_kind_with_a_count(client, reader_site):
    index = reader_site["members_index"]["fr"]
    everything = html_of(client, index)
    assert "3 membres affichés" in everything
    assert '<option value="UA">Ukraine</option>' in everything
    letters = r'<a href="#letter-L">L</a>.*<a href="#letter-S">S</a>.*<a href="#letter-V">V</a>'
    assert re.search(letters, everything, re.DOTALL)
    in_france = html_of(client, index, country="FR")
    assert "2 membres affichés" in in_france and "Lviv" not in in_france
    regions = html_of(client, index, country="FR", kind="region")
    assert "1 membre affiché" in regions and "Val-de-Marne" in regions
    response = client.get(index.url, {"country": "XX"})
    assert response.status_code == 400


def test_member_profile_links_the_map_and_its_national_alliance_in_the_readers_language(client, reader_site):
    html = html_of(client, reader_site["member"]["uk"])
    assert 'href="https://www.openstreetmap.org/?mlat=48.573400&amp;mlon=7.752100' in html
    assert "Показати на OpenStreetMap" in html
    alliance = reader_site["alliance"]["uk"]
    assert f'<a href="{alliance.url}">Український альянс міст і регіонів за інклюзію ромів</a>' in html
    alliance_html = html_of(client, alliance)
    assert f'<a href="{reader_site["member"]["uk"].url}">Страсбург</a>' in alliance_html


def test_glossary_term_shows_its_badge_and_its_names_in_other_languages(client, reader_site):
    html = html_of(client, reader_site["term"]["fr"])
    assert "<h1>Roms et Gens du voyage</h1>" in html
    assert 'class="badge badge--preferred"' in html
    assert "Dans d'autres langues" in html
    ukrainian_url = reader_site["term"]["uk"].url
    assert f'href="{ukrainian_url}" hreflang="uk"><span lang="uk">Роми та тревелери</span>' in html
    assert '<span lang="en">Roma and Travellers</span>' in html
    index = html_of(client, reader_site["glossary_index"]["uk"])
    assert '<a href="#letter-Р">Р</a>' in index


def test_every_page_carries_the_terminology_note_linking_the_glossary_entry(client, reader_site):
    html = html_of(client, reader_site["news"]["fr"])
    assert "Le terme « Roms et Gens du voyage » est utilisé au Conseil de l'Europe" in html
    term_url = reader_site["term"]["fr"].url
    assert f'<a href="{term_url}">Lire l\'entrée du glossaire</a>' in html
    assert "Термін «роми та тревелери» використовується в Раді Європи" in html_of(client, "/uk/")


def test_switcher_lists_every_language_greying_those_without_this_page(client, reader_site, locales):
    from localization.translate import translate

    translate(reader_site["home"]["en"], locales["de"], {})  # a German home, but no German news
    html = html_of(client, reader_site["news"]["fr"])
    switcher = html.split('class="languages"')[1].split("</nav>")[0]
    assert '<span lang="fr" aria-current="true">français</span>' in switcher
    assert f'<a href="{reader_site["news"]["uk"].url}" hreflang="uk" lang="uk">Українська</a>' in switcher
    assert '<li class="missing"><a href="/de/" lang="de"' in switcher  # to the German home
    assert '<li class="missing"><span lang="it">italiano</span></li>' in switcher  # no Italian site
    assert switcher.count("<li") == 11


def test_head_has_canonical_hreflang_open_graph_favicon_and_one_stylesheet(client, reader_site):
    html = html_of(client, reader_site["news"]["uk"])
    head = html.split("</head>")[0]
    assert '<html lang="uk" dir="ltr">' in html
    assert f'<link rel="canonical" href="http://localhost{reader_site["news"]["uk"].url}">' in head
    for code in ("en", "fr", "uk", "x-default"):
        assert f'hreflang="{code}"' in head
    assert '<meta property="og:type" content="article">' in head
    assert '<meta property="og:locale" content="uk_UA">' in head
    assert '<meta property="og:locale:alternate" content="fr_FR">' in head
    assert 'rel="icon"' in head
    assert head.count('rel="stylesheet"') == 1
    assert "<script" not in html


def test_feed_links_added_by_a_child_template_land_in_the_head(rf, reader_site):
    template = engines["django"].from_string(
        '{% extends "base.html" %}{% block feeds %}'
        '<link rel="alternate" type="application/rss+xml" href="/feeds/news.rss">{% endblock %}'
    )
    request = rf.get("/en/")
    head = template.render({"request": request}, request).split("</head>")[0]
    assert 'type="application/rss+xml" href="/feeds/news.rss"' in head


def test_footer_shows_the_task_force_contact_and_social_links(client, reader_site):
    html = html_of(client, "/fr/")
    footer = html.split('<footer class="site-footer">')[1]
    assert "Tobias Mayr" in footer and "Task Force de l&#x27;Alliance" in footer
    assert 'href="mailto:alliance@example.org"' in footer
    assert 'href="https://www.facebook.com/example"' in footer


def test_unknown_address_is_a_404_in_the_readers_language_and_layout(client, reader_site):
    response = client.get("/uk/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="uk"' in html
    assert "Сторінку не знайдено" in html
    assert 'class="site-header"' in html


def test_server_error_page_is_in_the_readers_language_without_touching_the_database(
    reader_site, django_assert_num_queries
):
    from home.views import server_error

    request = RequestFactory().get("/fr/")
    with translation.override("fr"), django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="fr"' in html and "Une erreur s'est produite" in html


def test_images_use_renditions_with_sizes_and_lazy_loading(client, reader_site):
    import wagtail_factories

    image = wagtail_factories.ImageFactory(title="Lviv town hall", width=1600, height=900)
    news = reader_site["news"]["en"]
    news.feed_image = image
    news.save_revision().publish()
    html = html_of(client, news)
    img = re.search(r"<figure><img [^>]+>", html).group(0)
    assert 'loading="lazy"' in img
    assert 'sizes="(min-width: 60rem) 44rem, 100vw"' in img
    # One rendition per width (a 100 px test image is not upscaled, so each says 100w).
    assert re.search(r'srcset="[^"]*width-480\.\w+ \d+w, [^"]*width-800\.\w+ \d+w, [^"]*width-1200', img)
    assert '<meta property="og:image" content="http://testserver/media/images/' in html
