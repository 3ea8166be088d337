"""The headless API's shared machinery: the base viewsets, fields and validation.

Content apps subclass `delivery.api.viewsets.LocalizedPagesAPIViewSet` in their own
`api.py`; this package imports no content app.
"""
