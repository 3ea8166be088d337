"""Run in a child process against a drill's database (DATABASE_URL, DJANGO_SETTINGS_MODULE given).

python -m tests.reliability.child seed             the site the drills use; prints its ids (JSON)
python -m tests.reliability.child publish PAGE_ID  publish a new revision (the publish path)
python -m tests.reliability.child inspect DELIVERY_PK   the admin's inspect page of a delivery
"""

import json
import sys

JOIN = {
    "authority_name": "City of Strasbourg",
    "country": "France",
    "kind": "City",
    "contact_person": "Jeanne Martin",
    "role": "Deputy Mayor",
    "email": "jeanne.martin@example.org",
    "phone": "+33 3 88 00 00 00",
    "message": "We run a Roma mediation programme.",
    "consent": "on",
}


def seed() -> dict:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission
    from wagtail.models import Locale, Page, Site

    from delivery.models import Channel
    from tests import factories
    from tests.database import restore_migrated_rows
    from tests.reader_site import build_form

    restore_migrated_rows()
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    root.refresh_from_db()
    english = Locale.objects.get(language_code="en")
    home = factories.HomePageFactory(parent=root, locale=english, title="Alliance", slug="home")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    news_index = factories.NewsIndexPageFactory(parent=home)
    news = [factories.NewsPageFactory(parent=news_index, slug=f"news-{n}") for n in range(12)]
    form = build_form(home, "join", ())["en"]
    form.to_address = "taskforce@example.org"
    form.save_revision().publish()
    channel = Channel(name="Drill front-end", webhook_url="http://127.0.0.1:9/unset")
    token = channel.issue_token()
    channel.save()
    # An operator who may look at deliveries: staff, not a superuser (production asks superusers
    # for a second factor first).
    operator = get_user_model().objects.create_user("drill-admin", "drill@example.org", "not-used-here")
    operator.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="delivery", codename="view_webhookdelivery"),
    )
    return {
        "news_ids": [page.pk for page in news],
        "news_urls": [page.url for page in news],
        "form_url": form.url,
        "channel_id": channel.pk,
        "channel_token": token,
    }


def publish(*page_ids: str) -> dict:
    from wagtail.models import Page

    for page_id in page_ids:
        page = Page.objects.get(pk=int(page_id)).specific
        page.title = page.title.rstrip(".") + "."
        page.save_revision().publish()
    return {"published": list(page_ids)}


def inspect(*delivery_pks: str) -> dict:
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(get_user_model().objects.get(username="drill-admin"))
    pages = {}
    for pk in delivery_pks:
        response = client.get(reverse("delivery_webhook_deliveries:inspect", args=[int(pk)]))
        pages[pk] = {"status": response.status_code, "html": response.content.decode()}
    return pages


def main() -> None:
    import django

    django.setup()
    action, *args = sys.argv[1:]
    result = {"seed": seed, "publish": publish, "inspect": inspect}[action](*args)
    sys.stdout.write("\n" + json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
