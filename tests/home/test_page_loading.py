"""Pages loaded from the database (home/loading.py) behave as Django's constructor builds them:
every field as stored, StreamFields as blocks, deferred fields read on use, and an editor can
change and publish what was loaded."""

import pytest
from django.db.models import Model
from wagtail.blocks import StreamValue
from wagtail.models import Page

from home.loading import page_from_db
from news.models import NewsPage

pytestmark = pytest.mark.django_db


def _constructed(page: Page) -> Page:
    """The same row loaded by Django's own `Model.from_db` (the constructors run)."""
    model = type(page)
    fields = model._meta.concrete_fields
    values = model._base_manager.filter(pk=page.pk).values_list(*(field.attname for field in fields)).get()
    return Model.from_db.__func__(model, "default", [field.attname for field in fields], values)


def test_every_page_type_loads_with_the_values_the_constructor_gives(tree):
    for name, page in tree.items():
        loaded = Page.objects.get(pk=page.pk).specific
        reference = _constructed(loaded)
        for field in type(loaded)._meta.concrete_fields:
            assert getattr(loaded, field.attname) == getattr(reference, field.attname), (name, field.attname)
        assert loaded._state.adding is False and loaded._state.db == "default"


def test_a_loaded_news_body_is_blocks_and_deferred_fields_are_read_on_use(tree):
    loaded = NewsPage.objects.defer("body").get(pk=tree["news"].pk)
    assert "body" in loaded.get_deferred_fields()
    assert isinstance(loaded.body, StreamValue)  # read on first use, as Django does
    assert [block.block_type for block in loaded.body] == [block.block_type for block in tree["news"].body]


def test_a_loaded_page_can_be_edited_and_published(tree):
    loaded = NewsPage.objects.get(pk=tree["news"].pk)
    new_title = "Miranda Rira elected to the Alliance's steering committee"
    loaded.title = new_title
    loaded.save_revision().publish()
    assert NewsPage.objects.get(pk=loaded.pk).title == new_title


def test_a_page_type_with_a_constructor_of_its_own_is_built_by_django(tree):
    form = tree["form"]
    model = type(form)
    fields = [field.attname for field in model._meta.concrete_fields]
    values = model._base_manager.filter(pk=form.pk).values_list(*fields).get()
    # FormPage's FormMixin has a constructor (it names the page shown after a submission):
    # the loader hands the row to Django's.
    loaded = page_from_db(model, "default", fields, values)
    assert loaded.landing_page_template == "home/form_page_landing.html"
