"""What the deployment serves: a small multilingual site written, committed, into the test
database by the test process (the app servers are other processes: they see committed rows only).
"""

import secrets
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from wagtail.models import Locale, Page, Site

from localization.translate import translate
from tests import factories
from tests.database import restore_migrated_rows

# The site's address as the pages know it (page URLs, sitemap, feeds): what a CDN would front.
SITE_HOSTNAME = "127.0.0.1"
TRANSLATED_LOCALES = ("fr", "de")


@dataclass
class SiteContent:
    admin_username: str
    admin_password: str
    home: Page
    news_index: Page
    news: Page  # English, live, translated into every TRANSLATED_LOCALES
    translations: dict[str, Page] = field(default_factory=dict)  # locale → live translation of `news`


def create_admin() -> tuple[str, str]:
    """A superuser whose password the app servers can check: hashed with PBKDF2 (their hasher),
    not with the test settings' fast MD5."""
    username, password = "ops-admin", secrets.token_urlsafe(16)
    hasher = PBKDF2PasswordHasher()
    get_user_model().objects.create(
        username=username,
        email="ops@example.org",
        is_staff=True,
        is_superuser=True,
        password=hasher.encode(password, hasher.salt()),
    )
    return username, password


def create_site_content() -> SiteContent:
    restore_migrated_rows()  # an earlier transactional test on this worker may have flushed them
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    root.refresh_from_db()
    home = factories.HomePageFactory(parent=root, locale=locales["en"])
    Site.objects.all().delete()
    Site.objects.create(hostname=SITE_HOSTNAME, port=80, root_page=home, is_default_site=True)
    news_index = factories.NewsIndexPageFactory(parent=home)
    news = factories.NewsPageFactory(
        parent=news_index, title="Miranda Rira visits Strasbourg", slug="miranda-rira"
    )
    for page in (home, news_index, news):
        page.save_revision().publish()

    translations = {}
    for code in TRANSLATED_LOCALES:
        translate(home, locales[code], {home.title: f"Alliance ({code})"})
        translate(news_index, locales[code], {"News": f"News ({code})"})
        translate(news, locales[code], {news.title: f"Miranda Rira à Strasbourg ({code})"})
        translations[code] = news.get_translation(locales[code])

    username, password = create_admin()
    return SiteContent(
        admin_username=username,
        admin_password=password,
        home=home,
        news_index=news_index,
        news=news,
        translations=translations,
    )


def add_draft_news(news_index: Page, title: str, slug: str) -> Page:
    """A news item saved as a draft only: nothing is announced until someone publishes it."""
    page = factories.NewsPageFactory.build(title=title, slug=slug, live=False)
    news_index.add_child(instance=page)
    page.save_revision()
    return page
