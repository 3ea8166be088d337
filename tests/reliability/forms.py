"""Posting a public form over HTTP as a browser does: the page first (CSRF token), then the POST."""

import re

import requests

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def post_form(base_url: str, path: str, data: dict[str, str], timeout: float = 15) -> requests.Response:
    page = requests.get(base_url + path, timeout=timeout)
    page.raise_for_status()
    token = TOKEN.search(page.text)
    assert token, "the form page has no CSRF token"
    # Production cookies are `Secure`, which requests will not send over plain http on its own;
    # a browser behind the TLS-terminating proxy would. Send them back as the browser would.
    cookies = "; ".join(f"{cookie.name}={cookie.value}" for cookie in page.cookies)
    return requests.post(
        base_url + path,
        data={**data, "csrfmiddlewaretoken": token.group(1)},
        headers={"Cookie": cookies, "Referer": base_url + path},
        timeout=timeout,
        allow_redirects=False,
    )
