# --- Status dashboard and terminology checks (helper "mt"): importing the
# modules registers their hooks. Keep this block apart from the others.
from . import terminology_admin  # noqa: F401
