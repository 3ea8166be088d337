"""Fixtures for the translation-workflow tests: a small site in en/fr/de and one user per role.

Import them in a test module with ``from tests.localization.roles_fixtures import *``.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from localization.roles import ensure_roles
from localization.translate import translate
from localization.workflows import ensure_review_workflows
from tests import factories

__all__ = ["multilingual", "role_user", "roles"]


@pytest.fixture
def multilingual(tree, locales) -> dict:
    """The news page published in English, French and German; a topic in all three."""
    news = tree["news"]
    news.title = "Miranda de Ebro joins the Alliance"
    news.intro = "The city signed the Alliance's charter."
    news.save_revision().publish()
    pages = {"en": news}
    for code, home, index, title, intro, slug in [
        (
            "fr",
            "Alliance européenne",
            "Actualités",
            "Miranda de Ebro rejoint l'Alliance",
            "La ville a signé la charte de l'Alliance.",
            "miranda-de-ebro-rejoint-lalliance",
        ),
        (
            "de",
            "Europäische Allianz",
            "Nachrichten",
            "Miranda de Ebro tritt der Allianz bei",
            "Die Stadt hat die Charta der Allianz unterzeichnet.",
            "miranda-de-ebro-tritt-der-allianz-bei",
        ),
    ]:
        translate(tree["home"], locales[code], {tree["home"].title: home})
        translate(tree["news_index"], locales[code], {"News": index})
        pages[code], _total, _done = translate(
            news, locales[code], {news.title: title, news.intro: intro, news.slug: slug}
        )
    topic = factories.TopicFactory(name="Education", slug="education", locale=locales["en"])
    topics = {"en": topic}
    for code, name in [("fr", "Éducation"), ("de", "Bildung")]:
        topics[code], _total, _done = translate(topic, locales[code], {"Education": name})
    ensure_review_workflows()
    return {"pages": pages, "topics": topics, "tree": tree}


@pytest.fixture
def roles(locales) -> dict[str, Group]:
    groups = ensure_roles()
    return {group.name: group for group in groups}


@pytest.fixture
def role_user(roles):
    """role_user("Translators — French") -> a staff-less user in that group."""

    def make(*group_names: str, username: str | None = None):
        name = username or "-".join(group_names).lower().replace(" — ", "-").replace(" ", "-")
        user = get_user_model().objects.create_user(
            username=name[:150], password="pw", email=f"{name[:40]}@example.org"
        )
        for group_name in group_names:
            user.groups.add(roles[group_name])
        return user

    return make
