"""Which PostgreSQL text search configuration reads which content language.

Stemming languages get a copy of PostgreSQL's own configuration with accent folding
(`unaccent`) in front of the stemmer, so "Kosice" meets "Košice" and "tigani" meets
"țigani". Languages PostgreSQL has no dictionary for (Bulgarian, Slovak, Ukrainian,
Romani) get `simple` with the same folding: whole words, no stemming. The
configurations are created by `search/migrations/0001_text_search_configurations.py`.
"""

SIMPLE_CONFIG = "alliance_simple"

# language code → (our configuration, the PostgreSQL configuration it copies)
STEMMED_CONFIGS: dict[str, tuple[str, str]] = {
    "en": ("alliance_en", "english"),
    "fr": ("alliance_fr", "french"),
    "de": ("alliance_de", "german"),
    "it": ("alliance_it", "italian"),
    "es": ("alliance_es", "spanish"),
    "ro": ("alliance_ro", "romanian"),
    "hu": ("alliance_hu", "hungarian"),
}


def config_for_language(language_code: str | None) -> str:
    """The text search configuration for a language; accent-folding `simple` for the rest."""
    if language_code in STEMMED_CONFIGS:
        return STEMMED_CONFIGS[language_code][0]
    return SIMPLE_CONFIG
