"""Page instances loaded from the database without running their constructors.

Every listing builds a page instance per row, and a page's constructor chain (Django's
`Model.__init__`, modelcluster's, Wagtail's) spends most of its time on work that only a page
created in code needs: modelcluster lists the child relations of the model for each instance,
Wagtail checks whether the page is new. Loading from the database needs only the field values
and the model state, which is what Django's documented `from_db()` hook is for
(https://docs.djangoproject.com/en/5.2/ref/models/instances/#customizing-model-loading).
"""

import functools

from django.db.models import DEFERRED, Model
from django.db.models.base import ModelState
from django.db.models.fields.related_descriptors import ForeignKeyDeferredAttribute
from django.db.models.query_utils import DeferredAttribute
from django.db.models.signals import post_init, pre_init
from modelcluster.models import ClusterableModel
from wagtail.models import AbstractPage
from wagtail.models.pages import ShowInMenusMixin

# Constructors known to do nothing for a page that has an id and no keyword arguments.
SKIPPABLE_CONSTRUCTORS = frozenset((Model, ClusterableModel, AbstractPage, ShowInMenusMixin))
# Field descriptors whose assignment to a new instance is a plain write to its __dict__.
PLAIN_DESCRIPTORS = (DeferredAttribute, ForeignKeyDeferredAttribute)


@functools.cache
def _plan(model: type[Model]) -> tuple[tuple[str, bool], ...] | None:
    """(attname, assign through the descriptor) for each concrete field, or None when a
    constructor of the model's classes must run."""
    constructors = {cls for cls in model.__mro__ if "__init__" in cls.__dict__} - {object}
    if constructors - SKIPPABLE_CONSTRUCTORS:
        return None
    return tuple(
        (field.attname, not isinstance(getattr(model, field.attname, None), PLAIN_DESCRIPTORS))
        for field in model._meta.concrete_fields
    )


def page_from_db(model: type[Model], db: str, field_names: list[str], values: tuple) -> Model:
    """What `Model.from_db` returns, without the constructors (see the module's docstring)."""
    plan = _plan(model)
    if plan is None or pre_init.has_listeners(model) or post_init.has_listeners(model):
        return Model.from_db.__func__(model, db, field_names, values)
    if len(values) != len(plan):  # deferred fields: as Model.from_db
        values_iter = iter(values)
        values = [next(values_iter) if attname in field_names else DEFERRED for attname, _ in plan]
    page = model.__new__(model)
    state = page._state = ModelState()
    state.adding = False
    state.db = db
    attributes = page.__dict__
    for (attname, through_descriptor), value in zip(plan, values, strict=True):
        if value is DEFERRED:
            continue
        if through_descriptor:  # a StreamField's, which turns the raw value into a StreamValue
            setattr(page, attname, value)
        else:
            attributes[attname] = value
    return page
