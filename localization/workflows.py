"""Review before publishing: one moderation workflow per locale tree.

Each translated tree gets "Review (<language>)", approved by that locale's
Reviewers; the source tree gets "Editorial review", approved by the Editors.
A translator submits a translation from the translation editor: the current
segments are saved as a draft revision (readers keep the published version)
and the page enters its locale's workflow; reviewers are e-mailed by Wagtail's
own notifiers, and a rejection goes back to the translator with the comment.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)
from wagtail_localize.models import Translation

from localization.models import LocaleRole
from localization.permissions import locale_top_pages
from localization.roles import EDITORS, ensure_roles, source_locale

EDITORIAL_REVIEW = "Editorial review"


class ReviewError(Exception):
    """A translation cannot be submitted for review; the message says why."""


def review_workflow_name(locale: Locale) -> str:
    return f"Review ({locale.get_display_name()})"


@transaction.atomic
def ensure_review_workflow(locale: Locale) -> Workflow:
    """The locale's review workflow, created if missing and assigned to the locale's top pages."""
    if locale.pk == source_locale().pk:
        name, group = EDITORIAL_REVIEW, Group.objects.filter(name=EDITORS).first()
        if group is None:
            ensure_roles([])
            group = Group.objects.get(name=EDITORS)
    else:
        role = (
            LocaleRole.objects.filter(locale=locale, kind=LocaleRole.REVIEWER).select_related("group").first()
        )
        if role is None:
            ensure_roles([locale])
            role = LocaleRole.objects.get(locale=locale, kind=LocaleRole.REVIEWER)
        name, group = review_workflow_name(locale), role.group
    task = GroupApprovalTask.objects.filter(name=name).first() or GroupApprovalTask.objects.create(name=name)
    task.groups.add(group)
    workflow, _created = Workflow.objects.get_or_create(name=name)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for top in locale_top_pages(locale.pk):
        WorkflowPage.objects.update_or_create(page=top, defaults={"workflow": workflow})
    return workflow


def ensure_review_workflows() -> list[Workflow]:
    return [ensure_review_workflow(locale) for locale in Locale.objects.all()]


@transaction.atomic
def submit_for_review(translation: Translation, user) -> WorkflowState:
    """Save the translation as a draft and put it into its locale's review workflow.

    The caller has checked that the user may change the target page.
    """
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise ReviewError("Only page translations go through review; snippets are saved directly.")
    page = page.specific
    workflow = page.get_workflow()
    if workflow is None:
        raise ReviewError("No review workflow covers this page: run setup_translation_roles.")
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        raise ReviewError("This translation is already awaiting review.")
    translation.save_target(user=user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
        return state
    return workflow.start(page, user)


def top_page_saved(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    """post_save receiver: a new locale home page joins its locale's review workflow."""
    if created and not raw and isinstance(instance, Page) and instance.depth == 2:
        ensure_review_workflow(instance.locale)
