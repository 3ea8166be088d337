"""A small multilingual reader site for page, form and browser tests.

Built from the factories and the demo's own form data, translated through
wagtail-localize (`localization.translate.translate`) with real French, Ukrainian
and Bulgarian texts: much faster than loading the whole demo.
"""

import datetime
from decimal import Decimal

from django.utils import timezone
from wagtail.models import Locale, Page

from demo.content import site as demo_site
from demo.loader import DemoLoader
from home.models import AllianceSettings, FormPage
from localization.translate import translate
from tests import factories

# Per page: {code: {English text: translation}}; titles and the texts a reader sees first.
TEXTS = {
    "home": {
        "fr": {
            "European Alliance of Cities and Regions for Roma Inclusion": (
                "Alliance européenne des villes et des régions pour l'inclusion des Roms"
            ),
            "The Alliance fights discrimination against Roma.": (
                "L'Alliance lutte contre la discrimination à l'égard des Roms."
            ),
        },
        "uk": {
            "European Alliance of Cities and Regions for Roma Inclusion": (
                "Європейський альянс міст і регіонів за інклюзію ромів"
            ),
            "The Alliance fights discrimination against Roma.": "Альянс бореться з дискримінацією ромів.",
        },
        "bg": {
            "European Alliance of Cities and Regions for Roma Inclusion": (
                "Европейски алианс на градовете и регионите за приобщаване на ромите"
            ),
            "The Alliance fights discrimination against Roma.": (
                "Алиансът се бори с дискриминацията срещу ромите."
            ),
        },
    },
    "standard": {
        "fr": {
            "About the Alliance": "À propos de l'Alliance",
            "An initiative of the Congress of Local and Regional Authorities.": (
                "Une initiative du Congrès des pouvoirs locaux et régionaux."
            ),
        },
        "uk": {
            "About the Alliance": "Про Альянс",
            "An initiative of the Congress of Local and Regional Authorities.": (
                "Ініціатива Конгресу місцевих і регіональних влад."
            ),
        },
    },
    "news_index": {"fr": {"News": "Actualités"}, "uk": {"News": "Новини"}},
    "news": {
        "fr": {
            "Miranda Rira: “Involving all levels of governance in Roma integration”": (
                "Miranda Rira : « Associer tous les niveaux de gouvernance à l'intégration des Roms »"
            ),
            "On 2 August we commemorate the genocide of the Roma.": (
                "Le 2 août, nous commémorons le génocide des Roms."
            ),
        },
        "uk": {
            "Miranda Rira: “Involving all levels of governance in Roma integration”": (
                "Міранда Ріра: «Залучати всі рівні врядування до інтеграції ромів»"
            ),
            "On 2 August we commemorate the genocide of the Roma.": (
                "2 серпня ми вшановуємо пам'ять жертв геноциду ромів."
            ),
        },
    },
    "event": {
        "fr": {
            "Second meeting of the Ukrainian Alliance": "Deuxième réunion de l'Alliance ukrainienne",
            "Mayors meet in Lviv.": "Les maires se réunissent à Lviv.",
        },
        "uk": {
            "Second meeting of the Ukrainian Alliance": "Друга зустріч Українського альянсу",
            "Mayors meet in Lviv.": "Мери зустрічаються у Львові.",
            "Lviv": "Львів",
        },
    },
    "members_index": {"fr": {"Members": "Membres"}, "uk": {"Members": "Учасники"}},
    "member": {
        "fr": {"City of Strasbourg": "Ville de Strasbourg"},
        "uk": {"Strasbourg": "Страсбург", "City of Strasbourg": "Місто Страсбург"},
    },
    "alliance": {
        "fr": {
            "Ukrainian Alliance of Cities and Regions for Roma Inclusion": (
                "Alliance ukrainienne des villes et des régions pour l'inclusion des Roms"
            )
        },
        "uk": {
            "Ukrainian Alliance of Cities and Regions for Roma Inclusion": (
                "Український альянс міст і регіонів за інклюзію ромів"
            )
        },
    },
    "glossary_index": {"fr": {"Glossary": "Glossaire"}, "uk": {"Glossary": "Глосарій"}},
    "term": {
        "fr": {
            "Roma and Travellers": "Roms et Gens du voyage",
            "The Council of Europe's umbrella term.": "Le terme générique du Conseil de l'Europe.",
        },
        "uk": {
            "Roma and Travellers": "Роми та тревелери",
            "The Council of Europe's umbrella term.": "Загальний термін Ради Європи.",
        },
    },
}


def build_tree(home: Page, codes: tuple[str, ...] = ("fr", "uk")) -> dict[str, dict[str, Page]]:
    """One page of every type (two members, two news items) in English and in `codes`.

    Returns {key: {code: page}} with "en" for the source pages.
    """
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    news_index = factories.NewsIndexPageFactory(parent=home)
    members_index = factories.MembersIndexPageFactory(parent=home)
    glossary_index = factories.GlossaryIndexPageFactory(parent=home)
    alliance = factories.NationalAlliancePageFactory(parent=members_index, slug="ukrainian-alliance")
    member = factories.MemberPageFactory(
        parent=members_index,
        slug="strasbourg",
        national_alliance=alliance,
        latitude=Decimal("48.5734"),
        longitude=Decimal("7.7521"),
    )
    lviv = factories.MemberPageFactory(
        parent=members_index, slug="lviv", title="Lviv", official_name="City of Lviv", country="UA"
    )
    val_de_marne = factories.MemberPageFactory(
        parent=members_index,
        slug="val-de-marne",
        title="Val-de-Marne",
        official_name="Département du Val-de-Marne",
        kind="region",
    )
    education = factories.TopicFactory(locale=locales["en"])
    news = factories.NewsPageFactory(
        parent=news_index,
        slug="miranda-rira",
        title="Miranda Rira: “Involving all levels of governance in Roma integration”",
        intro="On 2 August we commemorate the genocide of the Roma.",
        date=datetime.date(2019, 8, 2),
    )
    news.topic_links.create(topic=education)
    news.member_links.create(member=member)
    news.save_revision().publish()
    launch = factories.NewsPageFactory(
        parent=news_index,
        slug="launch",
        title="The Alliance launches its first events",
        intro="Two international events in December 2012.",
        date=datetime.date(2012, 12, 1),
    )
    event = factories.EventPageFactory(
        parent=news_index,
        slug="lviv-meeting",
        start=timezone.now() + datetime.timedelta(days=30),
    )
    pages = {
        "home": home,
        "standard": factories.StandardPageFactory(parent=home, slug="about"),
        "news_index": news_index,
        "news": news,
        "launch": launch,
        "event": event,
        "members_index": members_index,
        "member": member,
        "lviv": lviv,
        "val_de_marne": val_de_marne,
        "alliance": alliance,
        "glossary_index": glossary_index,
        "term": factories.GlossaryTermPageFactory(parent=glossary_index, slug="roma-and-travellers"),
    }
    tree = {key: {"en": page} for key, page in pages.items()}
    for code in codes:
        if code == "fr":
            translate(education, locales["fr"], {"Education": "Éducation"})
        for key, page in pages.items():  # parents come before children
            tree[key][code], _total, _done = translate(page, locales[code], TEXTS.get(key, {}).get(code, {}))
    for form_key in ("join", "cooperate"):
        tree[form_key] = build_form(home, form_key, codes)
    settings_row = AllianceSettings.objects.create(
        locale=locales["en"],
        task_force_name="Tobias Mayr",
        task_force_role="Alliance Task Force",
        task_force_phone="+33 (0)3 88 41 32 28",
        task_force_email="alliance@example.org",
        facebook_url="https://www.facebook.com/example",
    )
    role = {"fr": "Task Force de l'Alliance", "uk": "Робоча група Альянсу", "bg": "Работна група на Алианса"}
    for code in codes:
        translate(settings_row, locales[code], {"Alliance Task Force": role[code]})
    return tree


def build_form(home: Page, key: str, codes: tuple[str, ...]) -> dict[str, FormPage]:
    """The demo's "Join the Alliance" or "Cooperate as NGO" form, with its translations."""
    spec = next(form for form in demo_site.FORMS if form["key"] == key)
    loader = DemoLoader(locales=["en", *codes])
    loader.load_form(home, spec)
    loader.translate_queued()
    english = loader.forms[key]  # mails the Task Force address from settings
    forms = {"en": FormPage.objects.get(pk=english.pk)}
    for code in codes:
        forms[code] = english.get_translation(Locale.objects.get(language_code=code))
    return forms
