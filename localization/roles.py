"""The translation roles: Editors (source content) and, per locale, Translators and Reviewers.

`ensure_roles()` is idempotent: the `setup_translation_roles` command, the demo
loader and a signal for newly added locales call it. Page permissions are granted
on the root of the tree; `localization.permissions` narrows them to the group's
locale, so a new locale tree needs no extra grants.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Model
from wagtail.models import GroupPagePermission, Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models

from localization.models import LocaleRole

EDITORS = "Editors"
PAGE_ACTIONS = {
    LocaleRole.EDITOR: ("add", "change", "publish", "delete", "lock", "unlock"),
    LocaleRole.TRANSLATOR: ("change",),
    LocaleRole.REVIEWER: ("change", "publish"),
}
SNIPPET_ACTIONS = {
    LocaleRole.EDITOR: ("add", "change", "delete"),
    LocaleRole.TRANSLATOR: ("change",),
    LocaleRole.REVIEWER: ("change",),
}
PLURAL = {LocaleRole.TRANSLATOR: "Translators", LocaleRole.REVIEWER: "Reviewers"}


def group_name(kind: str, locale: Locale) -> str:
    """'Translators — French', 'Reviewers — Romani'."""
    return f"{PLURAL[kind]} — {locale.get_display_name()}"


def source_locale() -> Locale:
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def translatable_snippet_models() -> list[type[Model]]:
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


@transaction.atomic
def ensure_roles(locales: list[Locale] | None = None) -> list[Group]:
    """Create or complete the role groups; returns every role group touched."""
    source = source_locale()
    targets = locales if locales is not None else list(Locale.objects.exclude(pk=source.pk))
    groups = [_ensure_group(EDITORS, source, LocaleRole.EDITOR)]
    for locale in targets:
        if locale.pk == source.pk:
            continue
        for kind in (LocaleRole.TRANSLATOR, LocaleRole.REVIEWER):
            existing = LocaleRole.objects.filter(locale=locale, kind=kind).select_related("group").first()
            name = existing.group.name if existing else group_name(kind, locale)
            groups.append(_ensure_group(name, locale, kind))
    return groups


def _ensure_group(name: str, locale: Locale, kind: str) -> Group:
    group, _created = Group.objects.get_or_create(name=name)
    LocaleRole.objects.update_or_create(group=group, defaults={"locale": locale, "kind": kind})
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    if kind == LocaleRole.EDITOR:
        # Starting translation jobs and syncing them is the source editors' work.
        group.permissions.add(
            Permission.objects.get(content_type__app_label="wagtail_localize", codename="submit_translation")
        )
    root = Page.get_first_root_node()
    for action in PAGE_ACTIONS[kind]:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=root,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{action}_page"
            ),
        )
    for model in translatable_snippet_models():
        content_type = ContentType.objects.get_for_model(model)
        for action in SNIPPET_ACTIONS[kind]:
            group.permissions.add(
                Permission.objects.get(
                    content_type=content_type, codename=f"{action}_{model._meta.model_name}"
                )
            )
    return group


def locale_saved(sender, instance: Locale, created: bool, raw: bool = False, **kwargs) -> None:
    """post_save receiver: a new content locale gets its Translators and Reviewers at once."""
    if created and not raw and Page.get_first_root_node() is not None:
        ensure_roles([instance])
