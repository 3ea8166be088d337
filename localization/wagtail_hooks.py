# --- Machine translation, status dashboard and terminology checks (helper "mt"):
# importing the modules registers their hooks. Keep this block apart from the others.
from . import machine_translation_admin, po_admin, status_admin, terminology_admin  # noqa: F401
