"""Admin views that complete Wagtail for translatable settings."""

from django.urls import reverse
from wagtail.admin.admin_url_finder import quote
from wagtail.contrib.settings.views import EditView


class TranslatableSettingEditView(EditView):
    """Wagtail's settings edit view, with a locale switcher that works.

    The stock view builds its translation links with the pk alone, which the
    settings URL (app, model, pk) cannot reverse: a translatable generic
    setting such as AllianceSettings crashed it.
    """

    def get_translations(self) -> list[dict]:
        return [
            {
                "locale": translation.locale,
                "url": reverse(
                    self.edit_url_name, args=[self.app_name, self.model_name, quote(translation.pk)]
                ),
            }
            for translation in self.object.get_translations().select_related("locale")
        ]
