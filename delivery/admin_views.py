"""Admin screens for channels (token shown once) and the webhook deliveries log."""

from typing import ClassVar

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy

from delivery.models import Channel, WebhookDelivery

TOKEN_TEMPLATE = "delivery/admin/channel_token.html"  # noqa: S105 (a template name)


class ChannelForm(WagtailAdminModelForm):
    """Channel settings; the token is never a form field (it is issued, not typed)."""

    webhook_url = forms.URLField(
        label=_("webhook URL"),
        required=False,
        assume_scheme="https",
        help_text=Channel._meta.get_field("webhook_url").help_text,
    )

    class Meta:
        model = Channel
        fields: ClassVar[list[str]] = [
            "name",
            "allowed_locales",
            "webhook_url",
            "webhook_secret",
            "is_active",
        ]
        widgets: ClassVar[dict] = {"allowed_locales": forms.CheckboxSelectMultiple}


def _token_response(request, channel: Channel, raw_token: str) -> TemplateResponse:
    """The only page that ever shows a token: rendered directly, kept nowhere."""
    response = TemplateResponse(
        request,
        TOKEN_TEMPLATE,
        {
            "channel": channel,
            "token": raw_token,
            "page_title": _("Token for %(name)s") % {"name": channel.name},
            "header_title": _("Token for %(name)s") % {"name": channel.name},
            "index_url": reverse("delivery_channels:index"),
        },
    )
    response["Cache-Control"] = "no-store"
    return response


class ChannelCreateView(generic.CreateView):
    def save_instance(self) -> Channel:
        self._raw_token = self.form.instance.issue_token()
        return super().save_instance()

    def save_action(self):
        return _token_response(self.request, self.object, self._raw_token)


class ChannelIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance: Channel) -> list:
        buttons = super().get_list_more_buttons(instance)
        if self.user_has_permission("change"):
            buttons.append(
                MenuItem(
                    _("Issue a new token"),
                    url=reverse("delivery_channels:new_token", args=[instance.pk]),
                    icon_name="key",
                    priority=20,
                )
            )
        return buttons


class NewTokenView(View):
    """Replace a channel's token (the old one stops working) and show the new one once."""

    permission_policy = None
    template_name = "delivery/admin/confirm_new_token.html"

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, pk):
        channel = get_object_or_404(Channel, pk=pk)
        return TemplateResponse(
            request,
            self.template_name,
            {"channel": channel, "page_title": _("Issue a new token"), "header_title": channel.name},
        )

    def post(self, request, pk):
        channel = get_object_or_404(Channel, pk=pk)
        raw_token = channel.issue_token()
        channel.save(update_fields=["token_hash", "token_hint"])
        return _token_response(request, channel, raw_token)


class ChannelViewSet(ModelViewSet):
    """Channels: who reads the API with a token, and where webhooks go."""

    model = Channel
    form_fields: ClassVar[list[str]] = ChannelForm.Meta.fields
    icon = "globe"
    menu_label = _("Channels")
    url_prefix = "channels"
    url_namespace = "delivery_channels"
    list_display: ClassVar[list[str]] = ["name", "token_hint", "webhook_url", "is_active", "created_at"]
    add_view_class = ChannelCreateView
    index_view_class = ChannelIndexView
    copy_view_enabled = False

    def get_form_class(self, for_update: bool = False) -> type[forms.ModelForm]:
        return ChannelForm

    def get_urlpatterns(self) -> list:
        return [
            *super().get_urlpatterns(),
            path("new-token/<int:pk>/", self.new_token_view, name="new_token"),
        ]

    @property
    def new_token_view(self):
        return self.construct_view(NewTokenView, permission_policy=self.permission_policy)


class ViewOnlyPolicy(ModelPermissionPolicy):
    """The deliveries log is written by the system only: people may look, never change."""

    def user_has_permission(self, user, action: str) -> bool:
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions) -> bool:
        return any(self.user_has_permission(user, action) for action in actions)


class WebhookDeliveryViewSet(ModelViewSet):
    """Every webhook delivery and its outcome."""

    model = WebhookDelivery
    icon = "list-ul"
    menu_label = _("Webhook deliveries")
    url_prefix = "webhook-deliveries"
    url_namespace = "delivery_webhook_deliveries"
    list_display: ClassVar[list[str]] = [
        "__str__",
        "status",
        "attempts",
        "response_status",
        "created_at",
        "last_attempt_at",
        "next_attempt_at",
    ]
    list_filter: ClassVar[list[str]] = ["status", "channel", "event"]
    inspect_view_enabled = True
    inspect_view_fields: ClassVar[list[str]] = [
        "delivery_id",
        "channel",
        "event",
        "page_id",
        "locale",
        "status",
        "attempts",
        "attempt_history",
        "response_status",
        "error",
        "body",
        "created_at",
        "last_attempt_at",
        "next_attempt_at",
    ]
    copy_view_enabled = False
    exclude_form_fields: ClassVar[list[str]] = []

    def get_urlpatterns(self) -> list:
        wanted = {"index", "index_results", "inspect"}
        return [pattern for pattern in super().get_urlpatterns() if pattern.name in wanted]

    def get_queryset(self, request):
        return WebhookDelivery.objects.select_related("channel").prefetch_related("attempt_log")


class DeliveryViewSetGroup(ModelViewSetGroup):
    """The API's channels and what was sent to them, under one menu."""

    menu_label = _("API channels")
    menu_icon = "globe"
    menu_order = 800
    items = (ChannelViewSet, WebhookDeliveryViewSet)
