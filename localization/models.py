"""Locale-scoped roles: which locale a permission group works in."""

from django.contrib.auth.models import Group
from django.db import models
from wagtail.models import Locale


class LocaleRole(models.Model):
    """Ties a permission group to one locale: its page and snippet permissions apply only there.

    "Translators — French" may hold "change" on the whole page tree; the permission
    policies in `localization.permissions` narrow it to the French tree and French
    snippets. A group without a LocaleRole keeps Wagtail's usual, unscoped rules.
    """

    EDITOR = "editor"
    TRANSLATOR = "translator"
    REVIEWER = "reviewer"
    KINDS = [(EDITOR, "Editor"), (TRANSLATOR, "Translator"), (REVIEWER, "Reviewer")]

    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="locale_role")
    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=KINDS)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "kind"],
                condition=~models.Q(kind="editor"),
                name="one_translator_and_reviewer_group_per_locale",
            )
        ]

    def __str__(self) -> str:
        return f"{self.group.name} ({self.locale.language_code})"
