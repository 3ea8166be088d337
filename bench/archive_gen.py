"""The benchmark's content as an archive for `import_archive` (archive/format.py), seeded.

Every source page in English comes with its translations into the other content locales.
"""

import datetime
import json
import random
from collections.abc import Iterator

from django.utils.text import slugify

from bench.text import SEARCH_SHARE, LocalText

COUNTRIES = ["AL", "BA", "BG", "CZ", "DE", "ES", "FI", "FR", "GR", "HR", "HU", "IT", "MD", "ME", "MK"]
COUNTRIES += ["NL", "PL", "PT", "RO", "RS", "SE", "SI", "SK", "TR", "UA"]
TOPICS = ["education", "housing", "health", "employment", "safety", "culture", "youth", "women"]
TAGS = [
    "mayors",
    "roma",
    "travellers",
    "schools",
    "desegregation",
    "mediators",
    "housing-policy",
    "health-care",
    "employment-plans",
    "youth-camps",
    "women-rights",
    "remembrance",
    "antigypsyism",
    "funding",
    "ukraine",
    "refugees",
    "elections",
    "training",
    "cooperation",
    "municipalities",
    "regions",
    "declaration",
    "strategy",
    "census",
    "culture",
    "language",
    "media",
    "sport",
    "festival",
    "awards",
    "study-visit",
]
USAGE = ["preferred", "acceptable", "self_designation", "historical", "avoid", "pejorative"]
CATEGORIES = ["umbrella", "groups", "subgroups", "language", "history", "policy"]


class ArchiveGenerator:
    def __init__(self, seed: int, languages: list[str], image_ids: list[int], search_hits: int = 0) -> None:
        self.seed = seed
        # Pages carrying the search word: a fixed number when given (the same hits whatever the
        # locale's size), else a fixed share.
        self.search_hits = search_hits
        self.languages = languages  # the first is the source language
        self.image_ids = image_ids
        self.text = {language: LocalText(language, seed) for language in languages}

    def _slug(self, title: str, n: int) -> str:
        return f"{slugify(title, allow_unicode=True)[:60].strip('-') or 'item'}-{n}"

    def _record(self, **data) -> str:
        return json.dumps(data, ensure_ascii=False)

    def _translations(self, key: str, n: int, fields) -> Iterator[str]:
        for language in self.languages[1:]:
            title, values = fields(language)
            yield self._record(
                key=f"{key}-{language}",
                translation_of=key,
                locale=language,
                title=title,
                slug=self._slug(title, n),
                fields=values,
            )

    # --- the site's skeleton -----------------------------------------------------------
    def homes(self, root_id: int) -> Iterator[str]:
        yield self._record(
            key="home",
            type="home.HomePage",
            locale="en",
            parent=root_id,
            title="European Alliance",
            slug="home",
        )
        for language in self.languages[1:]:
            yield self._record(
                key=f"home-{language}",
                translation_of="home",
                locale=language,
                title=f"European Alliance ({language})",
                slug=f"home-{language}",
            )

    def indexes(self) -> Iterator[str]:
        for key, kind in [("news", "news.NewsIndexPage"), ("members", "members.MembersIndexPage")] + [
            ("glossary", "glossary.GlossaryIndexPage")
        ]:
            yield self._record(key=key, type=kind, locale="en", parent="/home/", title=key.title(), slug=key)
            for language in self.languages[1:]:
                yield self._record(
                    key=f"{key}-{language}", translation_of=key, locale=language, title=key.title(), slug=key
                )

    # --- content ----------------------------------------------------------------------
    def _body(self, language: str, rng: random.Random, with_search_word: bool) -> list[dict]:
        text = self.text[language]
        blocks = [{"type": "heading", "value": {"text": text.title()[:200], "level": "h2"}}]
        paragraphs = rng.randint(3, 5)
        for n in range(paragraphs):
            blocks.append(
                {
                    "type": "paragraph",
                    "value": f"<p>{text.paragraph(with_search_word=with_search_word and n == 1)}</p>",
                }
            )
            if n == 1:
                blocks.append(
                    {
                        "type": "image",
                        "value": {
                            "image": rng.choice(self.image_ids),
                            "alt": text.sentence(6),
                            "caption": text.sentence(8),
                            "credit": "Council of Europe",
                        },
                    }
                )
        blocks.append(
            {"type": "quote", "value": {"quote": text.sentence(14), "attribution": text.sentence(3)}}
        )
        return blocks

    def news(self, start: int, count: int) -> Iterator[str]:
        for n in range(start, start + count):
            rng = random.Random(f"{self.seed}:news:{n}")
            has_word = n < self.search_hits if self.search_hits else rng.random() < SEARCH_SHARE
            day = datetime.date(2013, 1, 1) + datetime.timedelta(days=rng.randint(0, 4700))
            image = rng.choice(self.image_ids)

            def fields(language: str, rng=rng, has_word=has_word) -> tuple[str, dict]:
                text = self.text[language]
                return text.title(), {
                    "intro": text.paragraph(2),
                    "body": self._body(language, rng, has_word),
                    "feed_image_alt": text.sentence(6),
                }

            title, values = fields("en")
            key = f"news-{n}"
            yield self._record(
                key=key,
                type="news.NewsPage",
                locale="en",
                parent="/home/news/",
                title=title,
                slug=self._slug(title, n),
                published_at=f"{day.isoformat()}T09:00:00+00:00",
                fields={**values, "date": day.isoformat(), "feed_image": image},
                tags=rng.sample(TAGS, rng.randint(2, 4)),
                topics=rng.sample(TOPICS, rng.randint(1, 2)),
            )
            yield from self._translations(key, n, fields)

    def members(self, count: int) -> Iterator[str]:
        for n in range(count):
            rng = random.Random(f"{self.seed}:member:{n}")
            country = COUNTRIES[n % len(COUNTRIES)]

            def fields(language: str, rng=rng) -> tuple[str, dict]:
                text = self.text[language]
                name = text.sentence(2)[:-1][:80]
                return name, {"official_name": f"{name} ({language})", "intro": text.paragraph(2)}

            title, values = fields("en")
            key = f"member-{n}"
            yield self._record(
                key=key,
                type="members.MemberPage",
                locale="en",
                parent="/home/members/",
                title=title,
                slug=self._slug(title, n),
                fields={
                    **values,
                    "kind": rng.choice(["city", "region"]),
                    "country": country,
                    "logo": rng.choice(self.image_ids),
                    "latitude": f"{rng.uniform(36, 60):.6f}",
                    "longitude": f"{rng.uniform(-9, 40):.6f}",
                },
            )
            yield from self._translations(key, n, fields)

    def glossary(self, count: int) -> Iterator[str]:
        for n in range(count):
            rng = random.Random(f"{self.seed}:term:{n}")

            def fields(language: str) -> tuple[str, dict]:
                text = self.text[language]
                term = text.sentence(3)[:-1][:100]
                return term, {
                    "term": term,
                    "short_definition": text.paragraph(2),
                    "variants": "\n".join(text.sentence(2)[:-1] for _ in range(2)),
                    "usage_note": text.sentence(12),
                }

            title, values = fields("en")
            key = f"term-{n}"
            yield self._record(
                key=key,
                type="glossary.GlossaryTermPage",
                locale="en",
                parent="/home/glossary/",
                title=title,
                slug=self._slug(title, n),
                fields={**values, "usage_status": rng.choice(USAGE), "category": rng.choice(CATEGORIES)},
            )
            yield from self._translations(key, n, fields)
