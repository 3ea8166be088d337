"""Seeded, realistic text per content language for the benchmark's pages.

Faker's word lists where it has one (en, fr, de, it, es, uk); short lists of common words for
the other languages. Each language has a *search word* put into a fixed share of the pages,
so a search has a known, realistic number of hits ("a few hundred" at 5,000 pages).
"""

import random

from faker import Faker

FAKER_LOCALES = {"en": "en_US", "fr": "fr_FR", "de": "de_DE", "it": "it_IT", "es": "es_ES", "uk": "uk_UA"}
OWN_WORDS = {
    "ro": "primăria orașul comunitatea romă educație locuințe sănătate incluziune tineri școala proiect "
    "consiliul județean cetățeni drepturi egalitate muncă formare mediatori participare dialog",
    "bg": "общината градът ромската общност образование жилища здраве приобщаване младежи училище проект "
    "съветът гражданите права равенство работа обучение медиатори участие диалог",
    "hu": "önkormányzat város roma közösség oktatás lakhatás egészség befogadás fiatalok iskola projekt "
    "tanács polgárok jogok egyenlőség munka képzés mediátorok részvétel párbeszéd",
    "sk": "obec mesto rómska komunita vzdelávanie bývanie zdravie začlenenie mladí škola projekt "
    "rada občania práva rovnosť práca školenie mediátori účasť dialóg",
    "rom": "foro gav romani komuniteta edukacia kher sastipe inkluzia terne škola projekto "
    "konsilio manuša hakaja barabaripe buti sikljovipe medijatora participacia vakeripe",
}
# The word a search benchmark looks for, and the share of pages that contain it.
SEARCH_WORDS = {
    "en": "housing",
    "fr": "logement",
    "de": "Wohnraum",
    "it": "alloggio",
    "es": "vivienda",
    "ro": "locuințe",
    "bg": "жилища",
    "hu": "lakhatás",
    "sk": "bývanie",
    "uk": "житло",
    "rom": "kher",
}
SEARCH_SHARE = 0.06


class LocalText:
    """Sentences and paragraphs in one language, reproducible from a seed."""

    def __init__(self, language: str, seed: int) -> None:
        self.language = language
        self.random = random.Random(f"{seed}:{language}")
        self.faker = Faker(FAKER_LOCALES.get(language, "en_US"))
        self.faker.seed_instance(seed)
        own = OWN_WORDS.get(language)
        self.words = own.split() if own else None

    def sentence(self, words: int = 10) -> str:
        if self.words is None:
            return self.faker.sentence(nb_words=words)
        chosen = [
            self.random.choice(self.words) for _ in range(self.random.randint(max(1, words - 3), words + 3))
        ]
        return " ".join(chosen).capitalize() + "."

    def paragraph(self, sentences: int = 4, *, with_search_word: bool = False) -> str:
        parts = [self.sentence() for _ in range(sentences)]
        if with_search_word:
            parts.insert(1, f"{self.sentence(6)[:-1]} {SEARCH_WORDS[self.language]}.")
        return " ".join(parts)

    def title(self) -> str:
        return self.sentence(7)[:-1][:200]
