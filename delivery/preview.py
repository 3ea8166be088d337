"""Headless preview: a signed, expiring token names one page; the API answers with its draft.

wagtail-headless-preview 0.9 installs on Wagtail 8 but needs every page model to inherit its
mixin (the content apps would have to know the delivery machinery) and its tokens never expire.
This is the same flow with neither: an editor asks the admin for a token, the channel's front-end
calls `/api/v2/preview/?token=...` and gets the page's latest revision in the API's own shape.
"""

from django.conf import settings
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Page

SALT = "alliance.delivery.headless-preview"
PRIVATE_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Robots-Tag": "noindex",
}


class PreviewTokenError(Exception):
    """A preview token that is missing, forged, expired or names a page that is gone."""


def make_token(page: Page) -> str:
    return signing.dumps({"page": page.pk}, salt=SALT)


def max_age() -> int:
    return settings.ALLIANCE_PREVIEW_TOKEN_MAX_AGE


def draft_for_token(token: str) -> Page:
    """The latest revision (draft included) of the page the token names."""
    try:
        payload = signing.loads(token, salt=SALT, max_age=max_age())
    except signing.SignatureExpired as error:
        raise PreviewTokenError(_("token: this preview link has expired; ask for a new one")) from error
    except signing.BadSignature as error:
        raise PreviewTokenError(_("token: not a valid preview token")) from error
    page_id = payload.get("page") if isinstance(payload, dict) else None
    page = Page.objects.filter(pk=page_id).first() if isinstance(page_id, int) else None
    if page is None:
        raise PreviewTokenError(_("token: the page it names no longer exists"))
    return page.specific.get_latest_revision_as_object()


class _NoModel:
    """Stands for the model of an endpoint that must never be the router's link for a type."""


class PagePreviewAPIViewSet(PagesAPIViewSet):
    """`GET /api/v2/preview/?token=...`: one page's draft, never cached, never indexed."""

    model = _NoModel
    known_query_parameters = frozenset(["token", "fields", "rich_text_format"])

    def listing_view(self, request: HttpRequest) -> Response:
        unknown = sorted(set(request.GET) - self.known_query_parameters)
        if unknown:
            raise BadRequestError(f"query parameter is not supported: {', '.join(unknown)}")
        token = request.GET.get("token", "")
        if not token:
            return Response({"message": "token: required"}, status=400, headers=PRIVATE_HEADERS)
        try:
            self._draft = draft_for_token(token)
        except PreviewTokenError as error:
            return Response({"message": str(error)}, status=404, headers=PRIVATE_HEADERS)
        serializer = self.get_serializer(self._draft)
        return Response(serializer.data, headers=PRIVATE_HEADERS)

    def get_object(self) -> Page:
        return self._draft

    def get_serializer_class(self):
        # The detail shape of the draft's own type, whatever route this is.
        self.action = "detail_view"
        return super().get_serializer_class()

    @classmethod
    def get_urlpatterns(cls) -> list:
        return [path("", cls.as_view({"get": "listing_view"}), name="listing")]

    @classmethod
    def openapi_path_items(cls, path: str, name: str) -> dict:
        """This endpoint's OpenAPI description (delivery/openapi.py): one draft, any page type."""
        error = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
        draft = {
            "type": "object",
            "properties": {"id": {"type": "integer"}, "meta": {"type": "object"}},
            "required": ["id", "meta"],
            "additionalProperties": True,
        }
        return {
            path: {
                "get": {
                    "operationId": f"{name}_draft",
                    "tags": [name],
                    "summary": (cls.__doc__ or name).strip().splitlines()[0],
                    "parameters": [
                        {
                            "name": "token",
                            "in": "query",
                            "required": True,
                            "description": "A preview token issued in the admin; it expires.",
                            "schema": {"type": "string"},
                        },
                        {"name": "fields", "in": "query", "schema": {"type": "string"}},
                        {
                            "name": "rich_text_format",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["html"]},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "The page's latest draft",
                            "content": {"application/json": {"schema": draft}},
                        },
                        "400": {"description": "A query parameter is missing or wrong.", "content": error},
                        "404": {"description": "The token is invalid or expired.", "content": error},
                    },
                }
            }
        }


def preview_link_view(request: HttpRequest, page_id: int) -> TemplateResponse:
    """Admin view: issue a preview token for a page the editor may edit, and show where to use it."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    token = make_token(page)
    api_url = request.build_absolute_uri(reverse("wagtailapi:preview:listing")) + "?token=" + token
    client_template = settings.ALLIANCE_PREVIEW_CLIENT_URL
    return TemplateResponse(
        request,
        "delivery/admin/preview_link.html",
        {
            "page": page,
            "token": token,
            "api_url": api_url,
            "client_url": client_template.format(token=token) if client_template else "",
            "minutes": max_age() // 60,
            "page_title": _("Headless preview"),
            "header_title": page.get_admin_display_title(),
        },
        headers=PRIVATE_HEADERS,
    )
