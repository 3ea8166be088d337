"""The admin's list of form submissions, with a CSV export that is safe to open in a spreadsheet."""

from wagtail.contrib.forms.views import SubmissionsListView

# Spreadsheet programs run a cell starting with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """Prefix a text cell that a spreadsheet would run as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class SafeSubmissionsListView(SubmissionsListView):
    """Wagtail's submissions list, whose CSV export cannot smuggle formulas into a spreadsheet
    (its XLSX export already writes formulas as text)."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise_formula(value) if export_format == self.FORMAT_CSV else value

    def get_heading(self, queryset, field):
        return neutralise_formula(super().get_heading(queryset, field))
