"""Channels that read the API, and the webhook deliveries sent to them."""

import hashlib
import secrets
import uuid
from typing import ClassVar

from django.db import models
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

TOKEN_PREFIX = "alc_"  # noqa: S105 (a public marker, not a secret)


def hash_token(raw_token: str) -> str:
    """The stored form of a channel token: a SHA-256 hex digest (tokens are long and random)."""
    return hashlib.sha256(raw_token.encode()).hexdigest()


class ChannelQuerySet(models.QuerySet):
    def for_token(self, raw_token: str) -> "Channel | None":
        """The active channel owning `raw_token`, or None."""
        if not raw_token.startswith(TOKEN_PREFIX) or len(raw_token) > 200:
            return None
        return self.filter(is_active=True, token_hash=hash_token(raw_token)).first()


class Channel(models.Model):
    """A reader of the API (web front-end, app, partner site) with its token and webhook."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    token_hint = models.CharField(
        _("token starts with"), max_length=12, editable=False, help_text=_("Identifies the token")
    )
    allowed_locales = models.ManyToManyField(
        "wagtailcore.Locale",
        blank=True,
        verbose_name=_("allowed locales"),
        help_text=_("Locales whose changes this channel is told about; none means every locale"),
    )
    webhook_url = models.URLField(
        _("webhook URL"), blank=True, help_text=_("Receives publish, unpublish and delete events")
    )
    webhook_secret = models.CharField(
        _("webhook secret"),
        max_length=100,
        blank=True,
        help_text=_("Signs each webhook (X-Alliance-Signature); generated when left empty"),
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ChannelQuerySet.as_manager()

    class Meta:
        ordering: ClassVar[list[str]] = ["name"]
        verbose_name = _("channel")
        verbose_name_plural = _("channels")

    def __str__(self) -> str:
        return self.name

    def issue_token(self) -> str:
        """Give the channel a new token and return it: only its hash is kept."""
        raw_token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        self.token_hash = hash_token(raw_token)
        self.token_hint = raw_token[:8]
        return raw_token

    def save(self, *args, **kwargs) -> None:
        if self.webhook_url and not self.webhook_secret:
            self.webhook_secret = secrets.token_urlsafe(32)
        super().save(*args, **kwargs)

    def wants(self, locale_code: str) -> bool:
        """Whether this channel subscribes to changes in `locale_code`."""
        codes = [locale.language_code for locale in self.allowed_locales.all()]
        return not codes or locale_code in codes


class WebhookDelivery(models.Model):
    """One webhook sent (or being retried) to one channel, with its outcome."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        RETRYING = "retrying", _("Retrying")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Failed")

    delivery_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    channel = models.ForeignKey(Channel, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(_("event"), max_length=40)
    page_id = models.PositiveIntegerField(_("page id"))
    locale = models.CharField(_("locale"), max_length=20)
    body = models.TextField(help_text="The exact JSON body that is signed and sent")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    response_status = models.PositiveSmallIntegerField(_("last response status"), null=True, blank=True)
    error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)

    class Meta:
        ordering: ClassVar[list[str]] = ["-created_at", "-id"]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")

    def __str__(self) -> str:
        return f"{self.event} #{self.page_id} ({self.locale}) → {self.channel}"

    @property
    def attempt_history(self) -> str:
        """Every attempt, oldest first, for the admin's inspect view."""
        rows = format_html_join(
            "\n",
            "<li>{} — {}</li>",
            (
                (attempt.attempted_at.isoformat(timespec="seconds"), attempt.outcome)
                for attempt in self.attempt_log.all()
            ),
        )
        return format_html("<ol>{}</ol>", rows) if rows else "—"

    attempt_history.fget.short_description = _("attempts, one by one")


class WebhookAttempt(models.Model):
    """One try at sending a webhook delivery: when, and what came back."""

    delivery = models.ForeignKey(WebhookDelivery, on_delete=models.CASCADE, related_name="attempt_log")
    number = models.PositiveSmallIntegerField(_("attempt"))
    attempted_at = models.DateTimeField(_("attempted at"))
    response_status = models.PositiveSmallIntegerField(_("response status"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)
    finished = models.BooleanField(_("finished"), default=False)

    class Meta:
        ordering: ClassVar[list[str]] = ["delivery", "number"]
        verbose_name = _("webhook attempt")
        verbose_name_plural = _("webhook attempts")

    def __str__(self) -> str:
        return f"#{self.number} {self.outcome}"

    @property
    def outcome(self) -> str:
        if not self.finished:
            return f"#{self.number}: no outcome recorded (in progress, or its worker stopped)"
        if self.response_status and 200 <= self.response_status < 300:
            return f"#{self.number}: delivered (HTTP {self.response_status})"
        return f"#{self.number}: failed ({self.error or f'HTTP {self.response_status}'})"
