from django.apps import AppConfig, apps


class LocalizationConfig(AppConfig):
    """The translation workflow: locale roles and permissions, review, sync."""

    name = "localization"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_save
        from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
        from wagtail.models import Locale, Page, TranslatableMixin
        from wagtail.signals import page_published

        from localization.permissions import register_policies
        from localization.roles import locale_saved
        from localization.workflows import top_page_saved
        from localization.workflows_drafts import keep_drafts_out_of_live_rows
        from localization.workflows_sync import refresh_translation_source

        # Every translatable model other than pages and settings (news topics, form
        # fields...) gets the locale-scoped policy; it must be registered before any
        # view asks the registry, so here rather than in wagtail_hooks.
        register_policies(
            model
            for model in apps.get_models()
            if issubclass(model, TranslatableMixin)
            and not issubclass(model, (Page, BaseSiteSetting, BaseGenericSetting))
        )
        keep_drafts_out_of_live_rows()
        page_published.connect(refresh_translation_source, dispatch_uid="localization_refresh_source")
        post_save.connect(locale_saved, sender=Locale, dispatch_uid="localization_locale_roles")
        post_save.connect(top_page_saved, dispatch_uid="localization_top_page_workflow")
