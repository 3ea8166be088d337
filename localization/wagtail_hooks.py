# --- Status dashboard and terminology checks (helper "mt"): importing the
# modules registers their hooks. Keep this block apart from the others.
from . import status_admin, terminology_admin  # noqa: F401
