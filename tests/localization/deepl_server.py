"""A small fake of DeepL's HTTP API on 127.0.0.1, for the official client to talk to.

It checks what a real DeepL would refuse (wrong key, a glossary for another
language pair, an unknown glossary) and records every request, so tests can
assert what was sent, glossary entries included. Translations come from a
phrase book the test gives: text the phrase book does not know is refused, so
a test notices any request it did not expect.
"""

import json
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class FakeDeepL:
    """State of the fake server: its key, phrase book, glossaries and the requests seen."""

    auth_key: str
    phrase_book: dict[tuple[str, str], str]  # (target language, text) → translation
    glossaries: dict[str, dict] = field(default_factory=dict)
    requests: list[dict] = field(default_factory=list)
    url: str = ""

    def requests_to(self, path: str) -> list[dict]:
        return [request["body"] for request in self.requests if request["path"] == path]


class Handler(BaseHTTPRequestHandler):
    fake: FakeDeepL

    def log_message(self, format, *args):  # noqa: A002 - quiet test output
        pass

    def reply(self, status: int, payload: dict) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):  # noqa: N802 - http.server's naming
        length = int(self.headers.get("Content-Length", 0))
        body = json.loads(self.rfile.read(length) or b"{}")
        self.fake.requests.append({"path": self.path, "body": body})
        if self.headers.get("Authorization") != f"DeepL-Auth-Key {self.fake.auth_key}":
            return self.reply(403, {"message": "Authorization failure, check auth_key"})
        if self.path == "/v2/glossaries":
            return self.create_glossary(body)
        if self.path == "/v2/translate":
            return self.translate(body)
        return self.reply(404, {"message": "Not found"})

    def create_glossary(self, body: dict):
        if body.get("entries_format") != "tsv" or not body.get("name"):
            return self.reply(400, {"message": "Invalid glossary"})
        entries = dict(line.split("\t") for line in body["entries"].splitlines())
        glossary_id = str(uuid.uuid4())
        self.fake.glossaries[glossary_id] = {**body, "entries": entries}
        return self.reply(
            201,
            {
                "glossary_id": glossary_id,
                "name": body["name"],
                "ready": True,
                "source_lang": body["source_lang"].lower(),
                "target_lang": body["target_lang"].lower(),
                "creation_time": "2026-11-27T12:00:00.000000Z",
                "entry_count": len(entries),
            },
        )

    def translate(self, body: dict):
        target = body.get("target_lang", "")
        glossary_id = body.get("glossary_id")
        if glossary_id is not None:
            glossary = self.fake.glossaries.get(glossary_id)
            if glossary is None:
                return self.reply(404, {"message": "Glossary not found"})
            if (glossary["source_lang"], glossary["target_lang"]) != (
                body.get("source_lang"),
                target.split("-")[0],
            ):
                return self.reply(400, {"message": "Glossary does not match the language pair"})
        translations = []
        for text in body.get("text", []):
            if (target, text) not in self.fake.phrase_book:
                return self.reply(400, {"message": f"Fake DeepL has no translation for {text!r}"})
            translations.append(
                {
                    "text": self.fake.phrase_book[target, text],
                    "detected_source_language": body.get("source_lang", "EN"),
                    "billed_characters": len(text),
                }
            )
        return self.reply(200, {"translations": translations})


@contextmanager
def fake_deepl(auth_key: str, phrase_book: dict[tuple[str, str], str]) -> Iterator[FakeDeepL]:
    """Run the fake on a free port of 127.0.0.1 for the length of the block."""
    fake = FakeDeepL(auth_key=auth_key, phrase_book=phrase_book)
    handler = type("BoundHandler", (Handler,), {"fake": fake})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
