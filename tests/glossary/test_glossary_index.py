import pytest

from tests.factories import GlossaryTermPageFactory


@pytest.mark.django_db
def test_a_to_z_ignores_case_and_accents(client, tree):
    index = tree["glossary_index"]
    for term in ("Égyptiens balkaniques", "aire d'accueil", "Zigeuner"):
        GlossaryTermPageFactory(parent=index, term=term, title=term, slug=None)
    html = client.get(index.url).content.decode()
    letters = [part.split('"')[0] for part in html.split('id="letter-')[1:]]
    assert letters == ["A", "E", "R", "Z"]
    assert html.index("aire d&#x27;accueil") < html.index("Égyptiens balkaniques") < html.index("Zigeuner")


@pytest.mark.django_db
def test_related_terms_show_both_ways_in_the_reader_locale(client, tree):
    from glossary.models import GlossaryRelatedTerm

    source = tree["term"]
    gypsy = GlossaryTermPageFactory(
        parent=tree["glossary_index"], term="Gypsy", slug="gypsy", usage_status="avoid"
    )
    GlossaryRelatedTerm.objects.create(page=gypsy, term=source, relation="use_instead")
    assert [(item.relation, item.page.pk) for item in gypsy.related_terms()] == [("use_instead", source.pk)]
    assert [(item.relation, item.page.pk) for item in source.related_terms()] == [("avoided_form", gypsy.pk)]
    html = client.get(source.url).content.decode()
    assert f'Avoided form: <a href="{gypsy.url}">Gypsy</a>' in html
