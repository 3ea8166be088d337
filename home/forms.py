"""The public forms' hardening: field limits, a honeypot and a per-IP rate limit.

Wagtail's form builder takes any length in a multiline field and its CSV export writes
cells as they were typed; the reader site's forms ("Join the Alliance", "Cooperate as
NGO") are open to anyone, so they get limits and spam traps here.
"""

import logging

from django import forms
from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

logger = logging.getLogger(__name__)

# Bots fill a field with a name like this one; people never see it.
HONEYPOT_FIELD = "your_website"
MULTILINE_MAX_LENGTH = 5000
# More fields than this in one POST is not a person filling in a form.
MAX_POSTED_FIELDS = 200


class PublicForm(BaseForm):
    """A reader's form: Wagtail's fields plus a honeypot that must stay empty."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            max_length=200,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get(HONEYPOT_FIELD))

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]

    def reader_fields(self) -> list:
        """The bound fields a person fills in, in order (the honeypot left out)."""
        return [field for field in self if field.name != HONEYPOT_FIELD]

    @property
    def cleaned_submission(self) -> dict:
        """What is stored and mailed: the cleaned data without the honeypot."""
        return {key: value for key, value in self.cleaned_data.items() if key != HONEYPOT_FIELD}


class PublicFormBuilder(FormBuilder):
    """Wagtail's form builder with a maximum length on multiline fields too."""

    def create_multiline_field(self, field, options):
        options["max_length"] = MULTILINE_MAX_LENGTH
        return super().create_multiline_field(field, options)

    def get_form_class(self):
        return type("PublicForm", (PublicForm,), self.formfields)


def is_rate_limited(request: HttpRequest) -> bool:
    """Count this POST against the sender's address; True once it is over the limit."""
    return is_ratelimited(
        request,
        group="public-forms",
        key="ip",
        rate=settings.ALLIANCE_FORM_RATE_LIMIT,
        method="POST",
        increment=True,
    )


def send_notification(page, form: PublicForm) -> None:
    """Queue the e-mail of a stored submission to the Task Force (`home.tasks`), retried while
    the mail server is down; the submission is already in the database either way."""
    from home.tasks import send_submission_email

    addresses = [address.strip() for address in page.to_address.split(",") if address.strip()]
    reply_to = [
        value
        for name, field in form.fields.items()
        if isinstance(field, forms.EmailField) and (value := form.cleaned_data.get(name))
    ]
    message = {
        "subject": page.subject or page.title,
        "body": page.render_email(form),
        "from_email": page.from_address or settings.DEFAULT_FROM_EMAIL,
        "to": addresses,
        "reply_to": reply_to[:1],
    }
    try:
        send_submission_email.enqueue(message)
    except Exception:  # the queue is the database: never lose the reader's thank-you page over it
        logger.exception(
            "Could not queue the e-mail of a submission to %s; it is stored in the admin", addresses
        )
