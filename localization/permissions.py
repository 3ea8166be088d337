"""Locale-scoped permission policies, registered in Wagtail's permission policy registry.

One rule for pages and translatable snippets: a permission held through a group
with a `LocaleRole` applies only to objects in that group's locale. Wagtail's
admin asks these policies (through `policy_registry` and `PagePermissionTester`)
for every page action; `localization.permissions_guard` asks them for the
wagtail-localize views and snippet views that check only model-level rights.
"""

from collections.abc import Iterable

from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Permission
from django.db.models import Min, Model, Q
from wagtail.models import GroupPagePermission, Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

from localization.models import LocaleRole


def _group_locales(user) -> dict[int, int]:
    """{group id: locale id} for the user's locale-scoped groups, cached on the user for the request."""
    cache_name = "_locale_role_cache"
    if not hasattr(user, cache_name):
        scoped = LocaleRole.objects.filter(group__user=user).values_list("group_id", "locale_id")
        setattr(user, cache_name, dict(scoped))
    return getattr(user, cache_name)


class LocaleScopedPagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page policy, with each locale-scoped grant moved onto that locale's own tree.

    A grant on the root (or on any ancestor of a locale's top page) becomes the same
    grant on that locale's top pages; a grant inside the locale's tree stays as it
    is; a grant elsewhere is dropped. Every tree-based check Wagtail makes then
    stays inside the locale.
    """

    def get_all_permissions_for_user(self, user):
        grants = super().get_all_permissions_for_user(user)
        scoped = _group_locales(user) if user.is_active and not user.is_anonymous else {}
        if not scoped:
            return grants
        tops: dict[int, list[Page]] = {}
        result = []
        for grant in grants:
            locale_id = scoped.get(grant.group_id)
            if locale_id is None:
                result.append(grant)
                continue
            if locale_id not in tops:
                tops[locale_id] = list(locale_top_pages(locale_id))
            for top in tops[locale_id]:
                if top.path.startswith(grant.page.path):
                    result.append(
                        GroupPagePermission(group_id=grant.group_id, page=top, permission=grant.permission)
                    )
                elif grant.page.path.startswith(top.path):
                    result.append(grant)
        return result

    def users_with_any_permission_for_instance(self, actions, instance, include_superusers=True):
        """Wagtail's answer, minus grants held only through groups scoped to another locale."""
        actions = set(actions)
        codenames = self._get_permission_codenames(actions)
        if "change" in actions and "add" not in actions:
            codenames |= self._get_permission_codenames({"add"})  # owners with "add" may edit
        other_locales = LocaleRole.objects.exclude(locale_id=instance.locale_id).values("group_id")
        granting_groups = (
            GroupPagePermission.objects.filter(
                permission__codename__in=codenames,
                page__in=instance.get_ancestors(inclusive=True),
            )
            .exclude(group_id__in=other_locales)
            .values("group_id")
        )
        users = super().users_with_any_permission_for_instance(actions, instance, include_superusers)
        allowed = Q(groups__in=granting_groups)
        if include_superusers:
            allowed |= Q(is_superuser=True)
        return users.filter(allowed).distinct()


def locale_top_pages(locale_id: int) -> list[Page]:
    """The top pages of a locale's tree (its home pages), never the shared root node."""
    pages = Page.objects.filter(locale_id=locale_id, depth__gt=1)
    top_depth = pages.aggregate(depth=Min("depth"))["depth"]
    return list(pages.filter(depth=top_depth).only("id", "path", "depth")) if top_depth else []


class LocaleScopedModelPermissionPolicy(ModelPermissionPolicy):
    """Model permissions for a translatable snippet, narrowed to a group's locale per instance.

    Model-level questions ("may this user change topics at all?") keep Django's answer;
    questions about one instance also need the permission to come from an
    unscoped source or from a group scoped to the instance's locale.
    """

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not user.is_active:
            return False
        if user.is_superuser:
            return True
        return instance.locale_id in self._locales_with_any(user, actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if not user.is_active:
            return self.model._default_manager.none()
        if user.is_superuser:
            return self.model._default_manager.all()
        locales = self._locales_with_any(user, actions)
        if locales is ALL_LOCALES:
            return self.model._default_manager.all()
        return self.model._default_manager.filter(locale_id__in=locales)

    def _locales_with_any(self, user, actions: Iterable[str]):
        codenames = {get_permission_codename(action, self.model._meta) for action in actions}
        permissions = Permission.objects.filter(content_type=self._content_type, codename__in=codenames)
        if user.user_permissions.filter(pk__in=permissions).exists():
            return ALL_LOCALES
        scoped = _group_locales(user)
        granting = set(user.groups.filter(permissions__in=permissions).values_list("pk", flat=True))
        if any(group_id not in scoped for group_id in granting):
            return ALL_LOCALES
        return {scoped[group_id] for group_id in granting}


class _AllLocales:
    def __contains__(self, item) -> bool:
        return True


ALL_LOCALES = _AllLocales()


def register_policies(snippet_models: Iterable[type[Model]]) -> None:
    """Put the locale-scoped policies in Wagtail's registry (call before any admin view runs)."""
    register_permission_policy(Page, LocaleScopedPagePermissionPolicy(Page))
    for model in snippet_models:
        register_permission_policy(model, LocaleScopedModelPermissionPolicy(model), exact_class=True)


def user_can_change(user, instance: Model) -> bool:
    """May the user change this page or translatable object (in its own locale)?"""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return policy_registry.get(instance).user_has_permission_for_instance(user, "change", instance)


def user_can_publish(user, instance: Model) -> bool:
    """May the user publish this page or object directly, without review?"""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    policy = policy_registry.get(instance)
    action = "publish" if policy.user_has_permission(user, "publish") else "change"
    return policy.user_has_permission_for_instance(user, action, instance)
