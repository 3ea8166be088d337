"""Home, standard and form pages, and the translatable site settings.

`home` is the base of the house: it depends on no other app of ours.
"""

from typing import ClassVar

from django.conf import settings as django_settings
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.blocks import PageChooserBlock
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock, CallToActionBlock
from home.forms import MAX_POSTED_FIELDS, PublicFormBuilder, is_rate_limited, send_notification
from home.loading import page_from_db


class BasePage(Page):
    """Shared base of every page of the site: its API and search fields start here."""

    # Title, slug, locale and search description already come in the API's `meta`.
    api_fields: ClassVar[list] = []
    search_fields: ClassVar[list] = [*Page.search_fields]

    class Meta:
        abstract = True

    @classmethod
    def from_db(cls, db: str, field_names: list[str], values: tuple) -> "BasePage":
        return page_from_db(cls, db, field_names, values)


class HomePage(BasePage):
    """The root of one locale's tree: an introduction, featured news and calls to action."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])
    featured = StreamField(
        [
            (
                "page",
                # A string reference keeps `home` free of imports from the news app.
                PageChooserBlock(page_type=["news.NewsPage", "news.EventPage"]),
            )
        ],
        blank=True,
        help_text="News and events to feature on the home page",
    )
    calls_to_action = StreamField([("call_to_action", CallToActionBlock())], blank=True)

    content_panels: ClassVar[list] = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("featured"),
        FieldPanel("calls_to_action"),
    ]
    api_fields: ClassVar[list] = [
        *BasePage.api_fields,
        APIField("intro"),
        APIField("featured"),
        APIField("calls_to_action"),
    ]
    search_fields: ClassVar[list] = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types: ClassVar[list] = ["wagtailcore.Page"]
    subpage_types: ClassVar[list] = [
        "home.StandardPage",
        "home.FormPage",
        "news.NewsIndexPage",
        "members.MembersIndexPage",
        "glossary.GlossaryIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")


class StandardPage(BasePage):
    """A free page such as "About" or the "Roma and Travellers" terminology note."""

    intro = models.TextField(blank=True)
    body = StreamField(BodyBlock(), blank=True)

    content_panels: ClassVar[list] = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    api_fields: ClassVar[list] = [*BasePage.api_fields, APIField("intro"), APIField("body")]
    search_fields: ClassVar[list] = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types: ClassVar[list] = ["home.HomePage", "home.StandardPage"]
    subpage_types: ClassVar[list] = ["home.StandardPage", "home.FormPage"]

    class Meta:
        verbose_name = _("standard page")


class FormField(TranslatableMixin, AbstractFormField):
    """One field of a public form; its label, help text and choices are translated."""

    page = ParentalKey("home.FormPage", on_delete=models.CASCADE, related_name="form_fields")

    # The field's machine name and type stay those of the source, so submissions
    # from every language share one set of columns.
    override_translatable_fields: ClassVar[list] = [
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        pass


class FormPage(AbstractEmailForm):
    """A public form ("Join the Alliance", "Cooperate as NGO") that e-mails the Task Force."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])
    thank_you_text = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels: ClassVar[list] = [
        FormSubmissionsPanel(),
        *AbstractEmailForm.content_panels,
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail notification"),
        ),
    ]
    # Only the form's public description: never submissions or addresses.
    api_fields: ClassVar[list] = [APIField("intro"), APIField("thank_you_text")]
    search_fields: ClassVar[list] = [*Page.search_fields, index.SearchField("intro")]
    override_translatable_fields: ClassVar[list] = [
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
        TranslatableField("subject"),
    ]

    parent_page_types: ClassVar[list] = ["home.HomePage", "home.StandardPage"]
    subpage_types: ClassVar[list] = []

    form_builder = PublicFormBuilder

    class Meta:
        verbose_name = _("form page")

    def get_submissions_list_view_class(self):
        from home.submissions import SafeSubmissionsListView  # admin views import after the models

        return SafeSubmissionsListView

    def serve(self, request, *args, **kwargs):
        if request.method == "POST" and is_rate_limited(request):
            context = self.get_context(request)
            return TemplateResponse(request, "home/form_page_rate_limited.html", context, status=429)
        if request.method == "POST" and len(request.POST) + len(request.FILES) > MAX_POSTED_FIELDS:
            # The admin needs Django's high field limit; a public form never posts this many.
            return TemplateResponse(request, "400.html", self.get_context(request), status=400)
        if request.method == "POST":
            form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
            if form.is_valid():
                # A filled honeypot gets the thank-you page, and nothing is stored or sent.
                submission = None if form.is_spam else self.process_form_submission(form)
                return self.render_landing_page(request, submission, *args, **kwargs)
            context = self.get_context(request)
            context["form"] = form
            return TemplateResponse(request, self.get_template(request), context)
        return super().serve(request, *args, **kwargs)

    def process_form_submission(self, form):
        """Store first, then e-mail: a failing mail server loses no submission."""
        submission = self.get_submission_class().objects.create(form_data=form.cleaned_submission, page=self)
        if self.to_address:
            send_notification(self, form)
        return submission

    def render_email(self, form) -> str:
        header = f"{self.title} ({self.locale.language_code})\n{self.full_url or ''}\n\n"
        lines = [
            f"{field.label}: {form.cleaned_data.get(field.name)}"
            for field in form.reader_fields()
            if field.name in form.cleaned_data
        ]
        return header + "\n".join(lines)


@register_setting(icon="site")
class AllianceSettings(TranslatableMixin, BaseGenericSetting):
    """Social links and the Task Force contact card, one row per locale."""

    facebook_url = models.URLField(blank=True)
    twitter_url = models.URLField(blank=True, verbose_name="X / Twitter URL")
    rss_url = models.URLField(blank=True, verbose_name="RSS URL")
    task_force_name = models.CharField(max_length=255, blank=True)
    task_force_role = models.CharField(max_length=255, blank=True)
    task_force_phone = models.CharField(max_length=50, blank=True)
    task_force_email = models.EmailField(blank=True)

    panels: ClassVar[list] = [
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("twitter_url"), FieldPanel("rss_url")],
            heading=_("Follow us on"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("task_force_name"),
                FieldPanel("task_force_role"),
                FieldPanel("task_force_phone"),
                FieldPanel("task_force_email"),
            ],
            heading=_("Alliance Task Force contact"),
        ),
    ]
    override_translatable_fields: ClassVar[list] = [
        SynchronizedField("task_force_name"),
        SynchronizedField("task_force_phone"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Alliance settings")

    @classmethod
    def _get_or_create(cls) -> "AllianceSettings":
        """The active locale's row, else the default locale's, created on first use."""
        rows = {row.locale_id: row for row in cls.base_queryset()}
        active = Locale.get_active()
        if active.pk in rows:
            return rows[active.pk]
        default = Locale.get_default()
        if default.pk in rows:
            return rows[default.pk]
        return cls.objects.create(locale=default, task_force_email=django_settings.ALLIANCE_TASK_FORCE_EMAIL)
