"""The review panel shown under wagtail-localize's translation editor."""

from django import template
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation

from localization.permissions import user_can_change

register = template.Library()


@register.inclusion_tag("localization/review_panel.html")
def review_panel(translation: Translation, page: Page, user) -> dict:
    state = page.current_workflow_state
    total, translated = translation.get_progress()
    needs_changes = state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES
    return {
        "translation": translation,
        "workflow": page.get_workflow(),
        "in_review": state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS,
        "needs_changes": needs_changes,
        "comment": state.current_task_state.comment if needs_changes and state.current_task_state else "",
        "total": total,
        "translated": translated,
        "can_submit": user_can_change(user, page),
        "has_unpublished_changes": page.has_unpublished_changes,
    }
