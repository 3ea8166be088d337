"""The OpenAPI schema is generated from the endpoints, valid, browsable, and the live API keeps to it."""

import pytest
import schemathesis
from django.conf import settings as django_settings
from hypothesis import HealthCheck, given, settings
from openapi_spec_validator import validate
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from wagtail.models import Locale, Page

from cms.api import api_router


@pytest.mark.django_db
def test_schema_is_valid_openapi_3(client):
    response = client.get("/api/v2/schema/")
    assert response.status_code == 200
    validate(response.json())


@pytest.mark.django_db
def test_schema_describes_every_endpoint_its_filters_and_fields(client):
    schema = client.get("/api/v2/schema/").json()
    for name in api_router._endpoints:
        assert f"/api/v2/{name}/" in schema["paths"], name
        assert f"/api/v2/{name}/{{id}}/" in schema["paths"], name
    news = {param["name"] for param in schema["paths"]["/api/v2/news/"]["get"]["parameters"]}
    assert {"locale", "fallback", "topic", "tag", "year", "date_from", "date_to", "member", "limit"} <= news
    glossary = schema["components"]["schemas"]["GlossaryDetail"]["properties"]
    assert {"term", "variants", "usage_status", "usage_note", "related_terms"} <= set(glossary)
    body = schema["components"]["schemas"]["NewsDetail"]["properties"]["body"]
    block_types = {variant["title"] for variant in body["items"]["oneOf"]}
    assert block_types == {"heading", "paragraph", "image", "quote", "embed", "document"}


def test_a_new_endpoint_appears_in_the_schema_from_its_declared_parameters():
    from wagtail.api.v2.router import WagtailAPIRouter

    from delivery.api.viewsets import PublicDocumentsAPIViewSet
    from delivery.openapi import build_schema

    class SearchLikeViewSet(PublicDocumentsAPIViewSet):
        """Search everything."""

        query_parameters = [
            {
                "name": "q",
                "in": "query",
                "description": "Words",
                "required": True,
                "schema": {"type": "string"},
            }
        ]

    router = WagtailAPIRouter("test")
    router.register_endpoint("search", SearchLikeViewSet)
    operation = build_schema(router)["paths"]["/api/v2/search/"]["get"]
    assert operation["parameters"][0]["name"] == "q"
    assert operation["summary"] == "Search everything."


@pytest.mark.django_db
def test_documentation_page_lists_every_endpoint_and_parameter(client):
    response = client.get("/api/v2/docs/")
    assert response.status_code == 200
    page = response.content.decode()
    for name in api_router._endpoints:
        assert f"GET /api/v2/{name}/" in page
    assert "fallback" in page and "date_from" in page


CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture
def migration_data(transactional_db):
    """The locales and tree root from the migrations, back if an earlier transactional test flushed them."""
    for code, _name in django_settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.objects.get(language_code="en")))


# The live server reads committed data, hence a transactional test (run last: see conftest.py).
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_live_api_answers_generated_requests_without_5xx_and_as_documented(
    migration_data, live_server, tree, mode
):
    """Schemathesis generates requests from the served schema and checks every answer against it."""
    schema = schemathesis.openapi.from_url(f"{live_server.url}/api/v2/schema/")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 2 * len(api_router._endpoints)
    for operation in operations:

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def conforms(case):
            case.call_and_validate(base_url=live_server.url, checks=CHECKS)

        conforms()
