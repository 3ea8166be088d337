"""Rows the migrations create, for tests that run outside a rolled-back transaction."""


def restore_migrated_rows() -> None:
    """Put back the rows data migrations made (locales, root page and collection, admin
    permissions), which an earlier transactional test's flush removed."""
    from django.conf import settings
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Collection, Locale, Page

    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.objects.get(language_code="en")))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    for app_label, model, codename, name in [
        ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
        ("wagtail_localize", "translation", "submit_translation", "Can submit translations"),
    ]:
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
    _restore_wagtail_default_groups()


def _restore_wagtail_default_groups() -> None:
    """Wagtail's "Editors" and "Moderators" groups as its migrations create them: admin access,
    pages under the root (add, change; moderators publish too), images and documents."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    if Group.objects.filter(name="Editors").exists():
        return
    root, collection = Page.get_first_root_node(), Collection.get_first_root_node()
    media = Permission.objects.filter(
        content_type__app_label__in=("wagtailimages", "wagtaildocs"),
        codename__in=("add_image", "change_image", "choose_image", "add_document", "change_document"),
    )
    page_codenames = {
        "Editors": ("add_page", "change_page"),
        "Moderators": ("add_page", "change_page", "publish_page"),
    }
    for name, codenames in page_codenames.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=codenames
        ):
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
        for permission in media:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )
