"""PO round-trips: per page through wagtail-localize's views, in bulk through two commands."""

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import polib
import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from localization.translate import translate
from tests import factories

TITLE = "Mayors of the Alliance meet in Strasbourg"
FRENCH_TITLE = "Les maires de l'Alliance se réunissent à Strasbourg"
NEW_FRENCH_TITLE = "Réunion des maires de l'Alliance à Strasbourg"
INTRO = "The Task Force presented its work plan for Roma inclusion."
FRENCH_INTRO = "La Task Force a présenté son plan de travail pour l'inclusion des Roms."


@pytest.fixture
def french_news(home_page, locales):
    """A published news item with a live French translation and a German one."""
    news_index = factories.NewsIndexPageFactory(parent=home_page)
    for locale, home_title, news_title in (
        ("fr", "Alliance européenne des villes et des régions", "Actualités"),
        ("de", "Europäische Allianz der Städte und Regionen", "Nachrichten"),
    ):
        translate(home_page, locales[locale], {home_page.title: home_title})
        translate(news_index, locales[locale], {"News": news_title})
    news = factories.NewsPageFactory(parent=news_index, title=TITLE, slug="mayors-meet", intro=INTRO)
    french, _total, _done = translate(news, locales["fr"], {TITLE: FRENCH_TITLE, INTRO: FRENCH_INTRO})
    translate(news, locales["de"], {TITLE: "Die Bürgermeister der Allianz treffen sich in Straßburg"})
    return news, french


def export(tmp_path: Path, locale: str = "fr") -> Path:
    out = tmp_path / f"{locale}.zip"
    call_command("export_translations", locale=locale, out=str(out), stdout=io.StringIO())
    return out


def rewrite(archive: Path, edit, only: str | None = None) -> Path:
    """A copy of the archive with `edit(po)` applied to each PO file (or those containing `only`)."""
    out = archive.with_name("edited-" + archive.name)
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            po = polib.pofile(source.read(info).decode())
            if only is None or only in info.filename:
                edit(po)
            target.writestr(info.filename, str(po))
    return out


def add_file(archive: Path, name: str, content: bytes) -> None:
    with zipfile.ZipFile(archive, "a") as files:
        files.writestr(name, content)


def entry(po: polib.POFile, msgid: str) -> polib.POEntry:
    return next(item for item in po if item.msgid == msgid)


def french_title_translations(locales):
    return StringTranslation.objects.filter(locale=locales["fr"], translation_of__data=TITLE)


@pytest.mark.django_db
@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not installed")
def test_exported_po_files_pass_gnu_msgfmt_check(french_news, tmp_path):
    archive = export(tmp_path)
    with zipfile.ZipFile(archive) as files:
        names = files.namelist()
        assert len(names) == 3  # home, news index, news item
        for name in names:
            path = tmp_path / Path(name).name
            path.write_bytes(files.read(name))
            result = subprocess.run(  # noqa: S603 - fixed arguments
                [shutil.which("msgfmt"), "-c", "-o", "/dev/null", str(path)],
                capture_output=True,
                text=True,
                check=False,
            )
            assert result.returncode == 0, result.stderr
        news_po = polib.pofile(files.read(next(n for n in names if "mayors" in n)).decode())
    assert news_po.metadata["Language"] == "fr"
    assert entry(news_po, TITLE).msgstr == FRENCH_TITLE


@pytest.mark.django_db
def test_imported_translation_is_a_draft_and_readers_keep_the_published_text(french_news, tmp_path, locales):
    _news, french = french_news
    edited = rewrite(
        export(tmp_path), lambda po: setattr(entry(po, TITLE), "msgstr", NEW_FRENCH_TITLE), "mayors"
    )
    out = io.StringIO()
    call_command("import_translations", str(edited), stdout=out)

    report = out.getvalue()
    assert f"{TITLE}: 1 segments, saved as a draft (the published version is unchanged)" in report
    assert report.endswith(
        "Imported 1 segments into 1 of 3 translations (the others unchanged); nothing was published.\n"
    )
    assert "\nNews:" not in report and not report.startswith("News:")  # unchanged: only counted
    live = Page.objects.get(pk=french.pk)
    assert live.title == FRENCH_TITLE  # what readers and the API see
    assert live.has_unpublished_changes
    assert live.get_latest_revision().as_object().title == NEW_FRENCH_TITLE
    assert french_title_translations(locales).get().data == NEW_FRENCH_TITLE


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("make_bad", "message"),
    [
        (lambda path: path.write_bytes(b"not a zip at all"), "not a zip archive"),
        (
            lambda path: add_file(path, "fr/broken.po", b'msgid "a"\nmsgstr "b"\nnot po at all\n'),
            "fr/broken.po: not a valid PO file",
        ),
        (
            lambda path: add_file(path, "fr/latin1.po", 'msgid "é"'.encode("latin-1")),
            "fr/latin1.po: not UTF-8 text",
        ),
        (lambda path: add_file(path, "fr/notes.txt", b"hello"), "fr/notes.txt: not a .po file"),
        (lambda path: add_file(path, "fr/nul.po", b'msgid "a\x00"\nmsgstr "b"\n'), "fr/nul.po: contains NUL"),
    ],
    ids=["not-a-zip", "broken-po", "not-utf8", "not-po", "nul"],
)
def test_malformed_archive_is_rejected_and_nothing_is_applied(
    french_news, tmp_path, locales, make_bad, message
):
    archive = rewrite(
        export(tmp_path), lambda po: setattr(entry(po, TITLE), "msgstr", NEW_FRENCH_TITLE), "mayors"
    )
    make_bad(archive)
    with pytest.raises(CommandError, match=message) as error:
        call_command("import_translations", str(archive), stdout=io.StringIO())
    assert str(error.value).endswith("nothing was imported")
    assert "\n" not in str(error.value)
    assert french_title_translations(locales).get().data == FRENCH_TITLE


@pytest.mark.django_db
def test_file_for_another_locale_is_rejected_and_nothing_is_applied(french_news, tmp_path, locales):
    french_archive = rewrite(
        export(tmp_path), lambda po: setattr(entry(po, TITLE), "msgstr", NEW_FRENCH_TITLE), "mayors"
    )
    with zipfile.ZipFile(export(tmp_path, "de")) as german, zipfile.ZipFile(french_archive, "a") as mixed:
        name = next(n for n in german.namelist() if "mayors" in n)
        mixed.writestr(name, german.read(name))
    with pytest.raises(CommandError, match="is for locale 'de', not 'fr'"):
        call_command("import_translations", str(french_archive), "--locale", "fr", stdout=io.StringIO())
    with pytest.raises(CommandError, match="is for locale 'de', not 'fr'"):
        call_command("import_translations", str(french_archive), stdout=io.StringIO())  # first file decides
    assert french_title_translations(locales).get().data == FRENCH_TITLE


@pytest.mark.django_db
def test_relabelled_language_header_is_rejected(french_news, tmp_path):
    archive = rewrite(export(tmp_path), lambda po: po.metadata.update(Language="de"), "mayors")
    with pytest.raises(CommandError, match="file says Language 'de' but its translation is into 'fr'"):
        call_command("import_translations", str(archive), stdout=io.StringIO())


@pytest.mark.django_db
def test_unknown_segment_is_rejected_and_nothing_is_applied(french_news, tmp_path, locales):
    def edit(po):
        entry(po, TITLE).msgstr = NEW_FRENCH_TITLE
        po.append(polib.POEntry(msgid="A sentence the page never had", msgctxt="body", msgstr="Une phrase"))

    archive = rewrite(export(tmp_path), edit, "mayors")
    with pytest.raises(CommandError, match="unknown segment 'body'"):
        call_command("import_translations", str(archive), stdout=io.StringIO())
    assert french_title_translations(locales).get().data == FRENCH_TITLE


@pytest.mark.django_db
def test_script_in_a_translation_is_rejected(french_news, tmp_path, locales):
    archive = rewrite(
        export(tmp_path),
        lambda po: setattr(entry(po, TITLE), "msgstr", "Réunion<script>alert(1)</script>"),
        "mayors",
    )
    with pytest.raises(CommandError, match="<script> tag is not allowed"):
        call_command("import_translations", str(archive), stdout=io.StringIO())
    assert french_title_translations(locales).get().data == FRENCH_TITLE


@pytest.mark.django_db
def test_export_refuses_an_unknown_locale(tmp_path, locales):
    with pytest.raises(CommandError, match="Unknown locale 'xx'"):
        call_command("export_translations", locale="xx", out=str(tmp_path / "x.zip"))


@pytest.mark.django_db
def test_translator_round_trips_one_page_through_wagtail_localizes_po_views(
    french_news, client, django_user_model, locales
):
    news, french = french_news
    client.force_login(django_user_model.objects.create_superuser("chief", "chief@example.org", "x"))
    translation = Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(news), target_locale=locales["fr"]
    )
    download = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    entry(po, TITLE).msgstr = NEW_FRENCH_TITLE
    upload = io.BytesIO(str(po).encode())
    upload.name = "mayors-fr.po"
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": upload, "next": "/admin/"},
    )
    assert response.status_code == 302
    assert french_title_translations(locales).get().data == NEW_FRENCH_TITLE
    assert Page.objects.get(pk=french.pk).title == FRENCH_TITLE  # readers still see the reviewed text


@pytest.fixture
def per_page(french_news, client, django_user_model, locales):
    news, french = french_news
    client.force_login(django_user_model.objects.create_superuser("chief", "chief@example.org", "x"))
    translation = Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(news), target_locale=locales["fr"]
    )
    po = polib.pofile(
        client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk])).content.decode()
    )
    return client, translation, po


def upload(client, translation, content: bytes | None):
    data = {"next": reverse("wagtailadmin_home")}
    if content is not None:
        data["file"] = io.BytesIO(content)
        data["file"].name = "mayors-fr.po"
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), data, follow=True
    )
    assert response.status_code == 200
    return [str(message) for message in response.context["messages"]]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda po: po.metadata.pop("X-WagtailLocalize-TranslationID"), "made for another translation"),
        (lambda po: setattr(entry(po, TITLE), "msgstr", "<b onclick='x()'>Réunion</b>"), "attributes"),
        (lambda po: setattr(entry(po, TITLE), "msgctxt", "body"), "unknown segment 'body'"),
    ],
    ids=["no-translation-header", "attribute-in-markup", "unknown-segment"],
)
def test_per_page_upload_rejects_a_bad_file_with_one_message(per_page, locales, edit, message):
    client, translation, po = per_page
    entry(po, INTRO).msgstr = "Une autre introduction."
    edit(po)
    [shown] = upload(client, translation, str(po).encode())
    assert message in shown and shown.endswith("Nothing was imported.")
    assert (
        StringTranslation.objects.get(locale=locales["fr"], translation_of__data=INTRO).data == FRENCH_INTRO
    )


@pytest.mark.django_db
def test_per_page_upload_without_a_file_asks_for_one(per_page):
    client, translation, _po = per_page
    assert upload(client, translation, None) == ["Choose a PO file to upload. Nothing was imported."]
