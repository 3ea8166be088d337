from wagtail import hooks
from wagtail.permissions import register_permission_policy

from delivery.admin_views import DeliveryViewSetGroup, ViewOnlyPolicy
from delivery.models import WebhookDelivery

register_permission_policy(WebhookDelivery, ViewOnlyPolicy(WebhookDelivery))


@hooks.register("register_admin_viewset")
def register_delivery_viewsets() -> DeliveryViewSetGroup:
    return DeliveryViewSetGroup()
