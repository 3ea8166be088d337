from django.shortcuts import redirect
from django.utils.translation import get_language
from wagtail import hooks


@hooks.register("before_serve_page")
def redirect_to_the_pages_own_locale(page, request, serve_args, serve_kwargs):
    """Wagtail falls back to the source tree when a locale has no live page at a
    path; send the reader to that page's own URL instead of serving English
    under /fr/ with French markup."""
    if page.locale.language_code != get_language():
        url = page.get_url(request)
        if url:
            return redirect(url)
    return None
