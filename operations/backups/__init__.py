"""Backups: `manage.py backup --out DIR` and `manage.py restore DIR` (operations/management/commands)."""
