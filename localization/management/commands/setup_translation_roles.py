"""python manage.py setup_translation_roles: the role groups and review workflows, idempotent."""

from django.core.management.base import BaseCommand

from localization.roles import ensure_roles
from localization.workflows import ensure_review_workflows


class Command(BaseCommand):
    help = (
        "Create or complete Editors, 'Translators — <language>' and 'Reviewers — <language>' "
        "and the review workflows of every locale tree. Safe to run again."
    )

    def handle(self, *args, **options) -> None:
        groups = ensure_roles()
        workflows = ensure_review_workflows()
        self.stdout.write(f"{len(groups)} role group(s) and {len(workflows)} review workflow(s) in place.")
