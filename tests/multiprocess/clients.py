"""An editor's browser session against one app server, over real HTTP (session cookie + CSRF)."""

import re

import requests

CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class PlainHTTPSession(requests.Session):
    """Sends cookies marked `Secure` over plain HTTP too (requests would keep them back)."""

    def request(self, *args, **kwargs) -> requests.Response:
        response = super().request(*args, **kwargs)
        for cookie in self.cookies:
            cookie.secure = False
        return response


class AdminSession:
    """Logs in to the Wagtail admin of the server at `base_url` and posts its forms.

    The production settings mark the session and CSRF cookies `Secure`; the servers run plain
    HTTP on loopback here (TLS ends at the load balancer in production), so this client sends
    them over http too.
    """

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.http = PlainHTTPSession()
        # What a browser sends with a form post: Django's CSRF check compares it with the host.
        self.http.headers["Origin"] = self.base_url

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}"

    def login(self, username: str, password: str) -> "AdminSession":
        form = self.http.get(self.url("/admin/login/"), timeout=30)
        assert form.status_code == 200, form.text[:500]
        response = self.http.post(
            self.url("/admin/login/"),
            data={
                "username": username,
                "password": password,
                "csrfmiddlewaretoken": CSRF_FIELD.search(form.text).group(1),
                "next": "/admin/",
            },
            allow_redirects=False,
            timeout=30,
        )
        assert response.status_code == 302, f"login failed: {response.status_code} {response.text[-1500:]}"
        return self

    @property
    def csrf_token(self) -> str:
        return self.http.cookies["csrftoken"]

    def post(
        self, path: str, data: dict | None = None, files: dict | None = None, **kwargs
    ) -> requests.Response:
        headers = {"X-CSRFToken": self.csrf_token, **kwargs.pop("headers", {})}
        return self.http.post(
            self.url(path), data=data or {}, files=files, headers=headers, timeout=30, **kwargs
        )

    def upload_image(self, filename: str, content: bytes) -> int:
        """Wagtail's multiple-upload endpoint (what the admin's drag-and-drop uses); the new id."""
        response = self.post(
            "/admin/images/multiple/add/",
            files={"files[]": (filename, content, "image/png")},
            headers={"X-Requested-With": "XMLHttpRequest"},
        )
        assert response.status_code == 200, response.text[:500]
        answer = response.json()
        assert answer["success"], answer
        return int(answer["image_id"])

    def bulk_publish(self, *page_ids: int) -> requests.Response:
        """The page explorer's bulk action "Publish": publishes each page's latest revision."""
        query = "&".join(f"id={page_id}" for page_id in page_ids)
        return self.post(
            f"/admin/bulk/wagtailcore/page/publish/?{query}&next=/admin/",
            data={"csrfmiddlewaretoken": self.csrf_token},
            allow_redirects=False,
        )
