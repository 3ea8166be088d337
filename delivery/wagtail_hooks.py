from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.permissions import register_permission_policy

from delivery import preview
from delivery.admin_views import DeliveryViewSetGroup, ViewOnlyPolicy
from delivery.models import WebhookDelivery

register_permission_policy(WebhookDelivery, ViewOnlyPolicy(WebhookDelivery))


@hooks.register("register_admin_viewset")
def register_delivery_viewsets() -> DeliveryViewSetGroup:
    return DeliveryViewSetGroup()


@hooks.register("register_admin_urls")
def register_preview_url() -> list:
    return [
        path("headless-preview/<int:page_id>/", preview.preview_link_view, name="delivery_headless_preview")
    ]


@hooks.register("register_page_header_buttons")
def headless_preview_button(page, user, view_name, next_url=None):
    if page.depth > 1 and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Preview in a channel"),
            url=reverse("delivery_headless_preview", args=[page.pk]),
            icon_name="view",
            priority=60,
            attrs={"target": "_blank", "rel": "noopener"},
        )


@hooks.register("before_serve_page")
def remember_served_page(page, request, serve_args, serve_kwargs) -> None:
    """For delivery.cache_headers: which page this is, and whether a view restriction covers it."""
    request.delivery_page = page
    request.delivery_page_is_private = page.get_view_restrictions().exists()
