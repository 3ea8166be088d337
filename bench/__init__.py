"""`make bench`: archive-scale data, real serving, side by side with stock Wagtail (docs/performance.md)."""
