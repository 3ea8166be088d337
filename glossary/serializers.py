"""API shape of a term's cross-references."""

from typing import Any

from django.db import models
from rest_framework.fields import Field


def _representation():  # noqa: ANN202
    # Imported late: these fields are used in model modules, before the models are loaded.
    from delivery.api import representation

    return representation


class RelatedTermsField(Field):
    """Cross-references as links: the relation (value and label in the term's language) and
    the related term's id, title, locale and API and page URLs."""

    def to_representation(self, value: Any) -> list[dict]:
        from glossary.models import GlossaryRelatedTerm

        result = []
        for related in value:
            link = _representation().page_link(related.page, self.context)
            if link is not None:
                label = str(GlossaryRelatedTerm.Relation(related.relation).label)
                result.append({"relation": {"value": related.relation, "label": label}, **link})
        return result

    def openapi_schema(self, model: type[models.Model]) -> dict:
        from glossary.models import GlossaryRelatedTerm

        link = _representation().PAGE_LINK_SCHEMA
        relation = {
            "type": "object",
            "properties": {
                "value": {"type": "string", "enum": list(GlossaryRelatedTerm.Relation.values)},
                "label": {"type": "string"},
            },
            "required": ["value", "label"],
        }
        return {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"relation": relation, **link["properties"]},
                "required": ["relation", *link["required"]],
            },
        }
