"""Demo content: the Alliance's national alliances and member authorities (data only,
read by load_demo_content).

Sources: section (b) of /work/shared/GLOSSARY_SOURCES.md and the seeds (001: the
Ukrainian Alliance; 002: Innsbruck). The full list of 130 participants was not found:
only authorities named in the sources are listed here, and nothing is invented.

NATIONAL_ALLIANCES = [{"key", "slug", "country" (ISO alpha-2), "founded" ("YYYY-MM-DD" or None),
                       "website", locale: {"title", "intro", "body": [blocks]}}]
MEMBERS = [{"key", "slug", "kind": "city"|"region"|"other", "country" (ISO alpha-2),
            "membership": "confirmed"|"unconfirmed", "national_alliance": key or None,
            "lat", "lon" (approximate centre, general geography; None if unknown),
            "date_joined": "YYYY-MM-DD" or None, "website",
            locale: {"title", "official_name", "intro"}}]
Blocks: ("heading", text), ("paragraph", text), ("quote", text, attribution); a translated
body has the same blocks, in the same order, as the English one.

Notes:
- The Ukrainian Alliance was founded in November 2017; the day is unknown, so "founded" is None.
- Val-de-Marne is a French département, listed as kind "region" (said in its intro);
  Reggio Calabria is a metropolitan city, listed as kind "other".
- "unconfirmed": authorities reported at a 2012 test workshop whose participation in the
  Alliance no source confirms.
- The Ukrainian Alliance's founders are listed as confirmed; their link with the European
  Alliance is through that national network, as their intros say.
- No source gives a full joining date or a website for any member: all are None / "".
"""

NATIONAL_ALLIANCES = [
    {
        "key": "ukrainian-alliance",
        "slug": "ukrainian-alliance",
        "country": "UA",
        "founded": None,  # November 2017 (day unknown): stated in the text.
        "website": "",
        "en": {
            "title": "Ukrainian Alliance of Cities and Regions for Roma Inclusion",
            "intro": "The European Alliance's local network of mayors in Ukraine, founded in November 2017.",
            "body": [
                ("heading", "A network of mayors in Ukraine"),
                (
                    "paragraph",
                    "The Ukrainian Alliance of Cities and Regions for Roma Inclusion is the "
                    "European Alliance's local network of mayors in Ukraine. It serves as a "
                    "network of mayors and regional governors to exchange on best practice "
                    "strategies in the field of Roma inclusion.",
                ),
                ("heading", "Founders"),
                (
                    "paragraph",
                    "The Ukrainian Alliance was founded in November 2017 by the Regional State "
                    "Administrations of Transcarpathia (Zakarpattia), Zaporizhzhia, Odesa and "
                    "Kharkiv, the District State Administrations of Pereiaslav-Khmelnytskyi and "
                    "Darnytskyi, and the cities of Kropyvnytskyi, Uzhhorod and Lviv.",
                ),
                ("heading", "Activities"),
                (
                    "paragraph",
                    "The city of Uzhhorod chaired the Ukrainian Alliance in 2019. Its second "
                    "official meeting, on local action for Roma safety, was announced for "
                    "26 February 2019 in Lviv, after a series of verbal and physical attacks "
                    "against Roma in Ukraine in 2018.",
                ),
            ],
        },
        "fr": {
            "title": "Alliance ukrainienne des villes et des régions pour l'inclusion des Roms",
            "intro": "Le réseau local de maires de l'Alliance européenne en Ukraine, fondé en novembre 2017.",
            "body": [
                ("heading", "Un réseau de maires en Ukraine"),
                (
                    "paragraph",
                    "L'Alliance ukrainienne des villes et des régions pour l'inclusion des Roms "
                    "est le réseau local de maires de l'Alliance européenne en Ukraine. Elle "
                    "permet aux maires et aux gouverneurs régionaux d'échanger sur les "
                    "meilleures stratégies en matière d'inclusion des Roms.",
                ),
                ("heading", "Membres fondateurs"),
                (
                    "paragraph",
                    "L'Alliance ukrainienne a été fondée en novembre 2017 par les administrations "
                    "régionales d'État de Transcarpatie, de Zaporijia, d'Odessa et de Kharkiv, "
                    "les administrations de district d'État de Pereïaslav-Khmelnytskyï et de "
                    "Darnytskyï, ainsi que par les villes de Kropyvnytskyï, d'Oujhorod et de "
                    "Lviv.",
                ),
                ("heading", "Activités"),
                (
                    "paragraph",
                    "La ville d'Oujhorod a présidé l'Alliance ukrainienne en 2019. Sa deuxième "
                    "réunion officielle, consacrée à l'action locale pour la sécurité des Roms, "
                    "a été annoncée pour le 26 février 2019 à Lviv, après une série d'agressions "
                    "verbales et physiques contre des Roms en Ukraine en 2018.",
                ),
            ],
        },
        "uk": {
            "title": "Український альянс міст і регіонів за інклюзію ромів",
            "intro": "Місцева мережа мерів Європейського альянсу в Україні, заснована в листопаді 2017 року.",
            "body": [
                ("heading", "Мережа мерів в Україні"),
                (
                    "paragraph",
                    "Український альянс міст і регіонів за інклюзію ромів — місцева мережа мерів "
                    "Європейського альянсу в Україні. Він дає змогу міським головам і очільникам "
                    "регіонів обмінюватися найкращими практиками у сфері інклюзії ромів.",
                ),
                ("heading", "Засновники"),
                (
                    "paragraph",
                    "Український альянс було засновано в листопаді 2017 року Закарпатською, "
                    "Запорізькою, Одеською та Харківською обласними державними адміністраціями, "
                    "Переяслав-Хмельницькою та Дарницькою районними державними адміністраціями, "
                    "а також містами Кропивницький, Ужгород і Львів.",
                ),
                ("heading", "Діяльність"),
                (
                    "paragraph",
                    "У 2019 році Український альянс очолював Ужгород. Другу офіційну зустріч "
                    "альянсу, присвячену місцевим діям задля безпеки ромів, було призначено на "
                    "26 лютого 2019 року у Львові — після низки словесних і фізичних нападів на "
                    "ромів в Україні у 2018 році.",
                ),
            ],
        },
    },
]

# Shared intros -------------------------------------------------------------

_UNCONFIRMED_EN = (
    "Reported to have attended a test workshop in 2012, before the Alliance was launched; its "
    "participation in the Alliance is not confirmed."
)
_UNCONFIRMED_FR = (
    "Aurait pris part à un atelier test en 2012, avant le lancement de l'Alliance ; sa "
    "participation à l'Alliance n'est pas confirmée."
)
_UA_FOUNDER_EN = (
    "A founder, in November 2017, of the Ukrainian Alliance of Cities and Regions for Roma "
    "Inclusion, the European Alliance's local network in Ukraine, through which it takes part "
    "in the Alliance's work."
)
_UA_FOUNDER_FR = (
    "Membre fondateur, en novembre 2017, de l'Alliance ukrainienne des villes et des régions "
    "pour l'inclusion des Roms, réseau local de l'Alliance européenne en Ukraine, qui lui "
    "permet de prendre part aux travaux de l'Alliance."
)
_UA_FOUNDER_UK = (
    "Співзасновник Українського альянсу міст і регіонів за інклюзію ромів (листопад "
    "2017 року) — місцевої мережі Європейського альянсу в Україні, через яку долучається до "
    "роботи Європейського альянсу."
)

MEMBERS = [
    # ---------------------------------------------------------------- confirmed
    {
        "key": "strasbourg",
        "slug": "strasbourg",
        "kind": "city",
        "country": "FR",
        "membership": "confirmed",
        "national_alliance": None,
        "lat": 48.5734,
        "lon": 7.7521,
        "date_joined": None,
        "website": "",
        "en": {
            "title": "Strasbourg",
            "official_name": "City of Strasbourg",
            "intro": "A founding participant of the Alliance, which is based in Strasbourg.",
        },
        "fr": {
            "title": "Strasbourg",
            "official_name": "Ville de Strasbourg",
            "intro": "Participant fondateur de l'Alliance, dont le siège est à Strasbourg.",
        },
    },
    {
        "key": "heraklion",
        "slug": "heraklion",
        "kind": "city",
        "country": "GR",
        "membership": "confirmed",
        "national_alliance": None,
        "lat": 35.3387,
        "lon": 25.1442,
        "date_joined": None,
        "website": "",
        "en": {
            "title": "Heraklion",
            "official_name": "Municipality of Heraklion",
            "intro": "A founding participant of the Alliance.",
        },
        "fr": {
            "title": "Héraklion",
            "official_name": "Municipalité d'Héraklion",
            "intro": "Participant fondateur de l'Alliance.",
        },
    },
    {
        "key": "val-de-marne",
        "slug": "val-de-marne",
        "kind": "region",  # a French département
        "country": "FR",
        "membership": "confirmed",
        "national_alliance": None,
        "lat": 48.7770,
        "lon": 2.4690,
        "date_joined": None,
        "website": "",
        "en": {
            "title": "Val-de-Marne",
            "official_name": "Département of Val-de-Marne",
            "intro": "A French département, listed here among the regions. Its participation "
            "brought the Alliance to 120 cities and regions.",
        },
        "fr": {
            "title": "Val-de-Marne",
            "official_name": "Département du Val-de-Marne",
            "intro": "Département français, classé ici parmi les régions. Sa participation a "
            "porté à 120 le nombre de villes et de régions de l'Alliance.",
        },
    },
    {
        "key": "kragujevac",
        "slug": "kragujevac",
        "kind": "city",
        "country": "RS",
        "membership": "confirmed",
        "national_alliance": None,
        "lat": 44.0128,
        "lon": 20.9114,
        "date_joined": None,  # March 2014 (day unknown): stated in the intro.
        "website": "",
        "en": {
            "title": "Kragujevac",
            "official_name": "City of Kragujevac",
            "intro": "Joined the Alliance in March 2014 as its 122nd participant.",
        },
        "fr": {
            "title": "Kragujevac",
            "official_name": "Ville de Kragujevac",
            "intro": "A rejoint l'Alliance en mars 2014 en tant que 122e participant.",
        },
    },
    {
        "key": "megara",
        "slug": "megara",
        "kind": "city",
        "country": "GR",
        "membership": "confirmed",
        "national_alliance": None,
        "lat": 37.9961,
        "lon": 23.3447,
        "date_joined": None,
        "website": "",
        "en": {
            "title": "Megara",
            "official_name": "Municipality of Megara",
            "intro": "Its participation brought the number of Alliance participants to 124.",
        },
        "fr": {
            "title": "Mégare",
            "official_name": "Municipalité de Mégare",
            "intro": "Sa participation a porté à 124 le nombre de participants de l'Alliance.",
        },
    },
    {
        "key": "tivat",
        "slug": "tivat",
        "kind": "city",
        "country": "ME",
        "membership": "confirmed",
        "national_alliance": None,
        "lat": 42.4350,
        "lon": 18.6963,
        "date_joined": None,  # May 2015 (day unknown): stated in the intro.
        "website": "",
        "en": {
            "title": "Tivat",
            "official_name": "Municipality of Tivat",
            "intro": "Joined the Alliance in May 2015, bringing the number of participants to 127.",
        },
        "fr": {
            "title": "Tivat",
            "official_name": "Municipalité de Tivat",
            "intro": "A rejoint l'Alliance en mai 2015, portant à 127 le nombre de participants.",
        },
    },
    {
        "key": "andalusia",
        "slug": "andalusia",
        "kind": "region",
        "country": "ES",
        "membership": "confirmed",
        "national_alliance": None,
        "lat": 37.5443,
        "lon": -4.7278,
        "date_joined": None,  # June 2015 (day unknown): stated in the intro.
        "website": "",
        "en": {
            "title": "Andalusia",
            "official_name": "Autonomous Community of Andalusia",
            "intro": "The Spanish region joined the Alliance in June 2015, bringing the number "
            "of participants to 129.",
        },
        "fr": {
            "title": "Andalousie",
            "official_name": "Communauté autonome d'Andalousie",
            "intro": "Cette région espagnole a rejoint l'Alliance en juin 2015, portant à 129 le "
            "nombre de participants.",
        },
        "es": {
            "title": "Andalucía",
            "official_name": "Comunidad Autónoma de Andalucía",
            "intro": "Esta región española se adhirió a la Alianza en junio de 2015, con lo que "
            "el número de participantes ascendió a 129.",
        },
    },
    {
        "key": "reggio-calabria",
        "slug": "reggio-calabria",
        "kind": "other",  # a metropolitan city
        "country": "IT",
        "membership": "confirmed",
        "national_alliance": None,
        "lat": 38.1110,
        "lon": 15.6470,
        "date_joined": None,
        "website": "",
        "en": {
            "title": "Reggio Calabria",
            "official_name": "Metropolitan City of Reggio Calabria",
            "intro": "Its participation brought the number of Alliance participants to 130.",
        },
        "fr": {
            "title": "Reggio de Calabre",
            "official_name": "Ville métropolitaine de Reggio de Calabre",
            "intro": "Sa participation a porté à 130 le nombre de participants de l'Alliance.",
        },
        "it": {
            "title": "Reggio Calabria",
            "official_name": "Città metropolitana di Reggio Calabria",
            "intro": "Con la sua partecipazione, il numero dei partecipanti all'Alleanza è salito a 130.",
        },
    },
    {
        "key": "veldhoven",
        "slug": "veldhoven",
        "kind": "city",
        "country": "NL",
        "membership": "confirmed",
        "national_alliance": None,
        "lat": 51.4180,
        "lon": 5.4020,
        "date_joined": None,
        "website": "",
        "en": {
            "title": "Veldhoven",
            "official_name": "Municipality of Veldhoven",
            "intro": "A participating municipality of the Alliance.",
        },
        "fr": {
            "title": "Veldhoven",
            "official_name": "Municipalité de Veldhoven",
            "intro": "Municipalité participant à l'Alliance.",
        },
    },
    {
        "key": "innsbruck",
        "slug": "innsbruck",
        "kind": "city",
        "country": "AT",
        "membership": "confirmed",
        "national_alliance": None,
        "lat": 47.2692,
        "lon": 11.4041,
        "date_joined": None,  # 26 April, year not given in the seed.
        "website": "",
        "en": {
            "title": "Innsbruck",
            "official_name": "City of Innsbruck",
            "intro": "The Mayor, Christine Oppitz-Plörer, announced the city's participation in "
            "the Alliance on 26 April, during a meeting with a Congress representative in "
            "Innsbruck.",
        },
        "fr": {
            "title": "Innsbruck",
            "official_name": "Ville d'Innsbruck",
            "intro": "La maire, Christine Oppitz-Plörer, a annoncé la participation de la ville "
            "à l'Alliance le 26 avril, lors d'une rencontre avec un représentant du Congrès à "
            "Innsbruck.",
        },
        "de": {
            "title": "Innsbruck",
            "official_name": "Stadt Innsbruck",
            "intro": "Bürgermeisterin Christine Oppitz-Plörer kündigte am 26. April bei einem "
            "Treffen mit einem Vertreter des Kongresses in Innsbruck die Teilnahme der Stadt an "
            "der Allianz an.",
        },
    },
    # ---------------------------------------------- likely, not confirmed (2012 workshop)
    {
        "key": "oulu",
        "slug": "oulu",
        "kind": "city",
        "country": "FI",
        "membership": "unconfirmed",
        "national_alliance": None,
        "lat": 65.0121,
        "lon": 25.4651,
        "date_joined": None,
        "website": "",
        "en": {"title": "Oulu", "official_name": "City of Oulu", "intro": _UNCONFIRMED_EN},
        "fr": {"title": "Oulu", "official_name": "Ville d'Oulu", "intro": _UNCONFIRMED_FR},
    },
    {
        "key": "vanersborg",
        "slug": "vanersborg",
        "kind": "city",
        "country": "SE",
        "membership": "unconfirmed",
        "national_alliance": None,
        "lat": 58.3807,
        "lon": 12.3234,
        "date_joined": None,
        "website": "",
        "en": {
            "title": "Vänersborg",
            "official_name": "Vänersborg Municipality",
            "intro": _UNCONFIRMED_EN,
        },
        "fr": {
            "title": "Vänersborg",
            "official_name": "Commune de Vänersborg",
            "intro": _UNCONFIRMED_FR,
        },
    },
    {
        "key": "hodmezovasarhely",
        "slug": "hodmezovasarhely",
        "kind": "city",
        "country": "HU",
        "membership": "unconfirmed",
        "national_alliance": None,
        "lat": 46.4181,
        "lon": 20.3300,
        "date_joined": None,
        "website": "",
        "en": {
            "title": "Hódmezővásárhely",
            "official_name": "City of Hódmezővásárhely",
            "intro": _UNCONFIRMED_EN,
        },
        "fr": {
            "title": "Hódmezővásárhely",
            "official_name": "Ville de Hódmezővásárhely",
            "intro": _UNCONFIRMED_FR,
        },
        "hu": {
            "title": "Hódmezővásárhely",
            "official_name": "Hódmezővásárhely Megyei Jogú Város",
            "intro": "A rendelkezésre álló információk szerint 2012-ben, a Szövetség "
            "elindítása előtt részt vett egy kísérleti műhelytalálkozón; a Szövetségben való "
            "részvétele nem megerősített.",
        },
    },
    {
        "key": "murska-sobota",
        "slug": "murska-sobota",
        "kind": "city",
        "country": "SI",
        "membership": "unconfirmed",
        "national_alliance": None,
        "lat": 46.6581,
        "lon": 16.1610,
        "date_joined": None,
        "website": "",
        "en": {
            "title": "Murska Sobota",
            "official_name": "City Municipality of Murska Sobota",
            "intro": _UNCONFIRMED_EN,
        },
        "fr": {
            "title": "Murska Sobota",
            "official_name": "Municipalité urbaine de Murska Sobota",
            "intro": _UNCONFIRMED_FR,
        },
    },
    {
        "key": "sheffield",
        "slug": "sheffield",
        "kind": "city",
        "country": "GB",
        "membership": "unconfirmed",
        "national_alliance": None,
        "lat": 53.3811,
        "lon": -1.4701,
        "date_joined": None,
        "website": "",
        "en": {
            "title": "Sheffield",
            "official_name": "City of Sheffield",
            "intro": _UNCONFIRMED_EN,
        },
        "fr": {
            "title": "Sheffield",
            "official_name": "Ville de Sheffield",
            "intro": _UNCONFIRMED_FR,
        },
    },
    {
        "key": "nis",
        "slug": "nis",
        "kind": "city",
        "country": "RS",
        "membership": "unconfirmed",
        "national_alliance": None,
        "lat": 43.3209,
        "lon": 21.8958,
        "date_joined": None,
        "website": "",
        "en": {"title": "Niš", "official_name": "City of Niš", "intro": _UNCONFIRMED_EN},
        "fr": {"title": "Niš", "official_name": "Ville de Niš", "intro": _UNCONFIRMED_FR},
    },
    # ------------------------------------------- founders of the Ukrainian Alliance
    {
        "key": "zakarpattia-region",
        "slug": "zakarpattia-region",
        "kind": "region",
        "country": "UA",
        "membership": "confirmed",
        "national_alliance": "ukrainian-alliance",
        "lat": 48.3500,
        "lon": 23.2500,
        "date_joined": None,
        "website": "",
        "en": {
            "title": "Zakarpattia Region (Transcarpathia)",
            "official_name": "Zakarpattia Regional State Administration",
            "intro": _UA_FOUNDER_EN,
        },
        "fr": {
            "title": "Région de Transcarpatie",
            "official_name": "Administration régionale d'État de Transcarpatie",
            "intro": _UA_FOUNDER_FR,
        },
        "uk": {
            "title": "Закарпатська область",
            "official_name": "Закарпатська обласна державна адміністрація",
            "intro": _UA_FOUNDER_UK,
        },
    },
    {
        "key": "zaporizhzhia-region",
        "slug": "zaporizhzhia-region",
        "kind": "region",
        "country": "UA",
        "membership": "confirmed",
        "national_alliance": "ukrainian-alliance",
        "lat": 47.2500,
        "lon": 35.7000,
        "date_joined": None,
        "website": "",
        "en": {
            "title": "Zaporizhzhia Region",
            "official_name": "Zaporizhzhia Regional State Administration",
            "intro": _UA_FOUNDER_EN,
        },
        "fr": {
            "title": "Région de Zaporijia",
            "official_name": "Administration régionale d'État de Zaporijia",
            "intro": _UA_FOUNDER_FR,
        },
        "uk": {
            "title": "Запорізька область",
            "official_name": "Запорізька обласна державна адміністрація",
            "intro": _UA_FOUNDER_UK,
        },
    },
    {
        "key": "odesa-region",
        "slug": "odesa-region",
        "kind": "region",
        "country": "UA",
        "membership": "confirmed",
        "national_alliance": "ukrainian-alliance",
        "lat": 46.7500,
        "lon": 30.0000,
        "date_joined": None,
        "website": "",
        "en": {
            "title": "Odesa Region",
            "official_name": "Odesa Regional State Administration",
            "intro": _UA_FOUNDER_EN,
        },
        "fr": {
            "title": "Région d'Odessa",
            "official_name": "Administration régionale d'État d'Odessa",
            "intro": _UA_FOUNDER_FR,
        },
        "uk": {
            "title": "Одеська область",
            "official_name": "Одеська обласна державна адміністрація",
            "intro": _UA_FOUNDER_UK,
        },
    },
    {
        "key": "kharkiv-region",
        "slug": "kharkiv-region",
        "kind": "region",
        "country": "UA",
        "membership": "confirmed",
        "national_alliance": "ukrainian-alliance",
        "lat": 49.5800,
        "lon": 36.4500,
        "date_joined": None,
        "website": "",
        "en": {
            "title": "Kharkiv Region",
            "official_name": "Kharkiv Regional State Administration",
            "intro": _UA_FOUNDER_EN,
        },
        "fr": {
            "title": "Région de Kharkiv",
            "official_name": "Administration régionale d'État de Kharkiv",
            "intro": _UA_FOUNDER_FR,
        },
        "uk": {
            "title": "Харківська область",
            "official_name": "Харківська обласна державна адміністрація",
            "intro": _UA_FOUNDER_UK,
        },
    },
    {
        "key": "pereiaslav-khmelnytskyi-district",
        "slug": "pereiaslav-khmelnytskyi-district",
        "kind": "other",
        "country": "UA",
        "membership": "confirmed",
        "national_alliance": "ukrainian-alliance",
        "lat": 50.0667,
        "lon": 31.4500,
        "date_joined": None,
        "website": "",
        "en": {
            "title": "Pereiaslav-Khmelnytskyi District",
            "official_name": "Pereiaslav-Khmelnytskyi District State Administration",
            "intro": _UA_FOUNDER_EN,
        },
        "fr": {
            "title": "District de Pereïaslav-Khmelnytskyï",
            "official_name": "Administration de district d'État de Pereïaslav-Khmelnytskyï",
            "intro": _UA_FOUNDER_FR,
        },
        "uk": {
            "title": "Переяслав-Хмельницький район",
            "official_name": "Переяслав-Хмельницька районна державна адміністрація",
            "intro": _UA_FOUNDER_UK,
        },
    },
    {
        "key": "darnytskyi-district",
        "slug": "darnytskyi-district",
        "kind": "other",
        "country": "UA",
        "membership": "confirmed",
        "national_alliance": "ukrainian-alliance",
        "lat": 50.4000,
        "lon": 30.6400,
        "date_joined": None,
        "website": "",
        "en": {
            "title": "Darnytskyi District (Kyiv)",
            "official_name": "Darnytskyi District State Administration",
            "intro": _UA_FOUNDER_EN,
        },
        "fr": {
            "title": "District de Darnytskyï (Kyiv)",
            "official_name": "Administration de district d'État de Darnytskyï",
            "intro": _UA_FOUNDER_FR,
        },
        "uk": {
            "title": "Дарницький район міста Києва",
            "official_name": "Дарницька районна в місті Києві державна адміністрація",
            "intro": _UA_FOUNDER_UK,
        },
    },
    {
        "key": "kropyvnytskyi",
        "slug": "kropyvnytskyi",
        "kind": "city",
        "country": "UA",
        "membership": "confirmed",
        "national_alliance": "ukrainian-alliance",
        "lat": 48.5079,
        "lon": 32.2623,
        "date_joined": None,
        "website": "",
        "en": {
            "title": "Kropyvnytskyi",
            "official_name": "Kropyvnytskyi City Council",
            "intro": _UA_FOUNDER_EN,
        },
        "fr": {
            "title": "Kropyvnytskyï",
            "official_name": "Conseil municipal de Kropyvnytskyï",
            "intro": _UA_FOUNDER_FR,
        },
        "uk": {
            "title": "Кропивницький",
            "official_name": "Кропивницька міська рада",
            "intro": _UA_FOUNDER_UK,
        },
    },
    {
        "key": "uzhhorod",
        "slug": "uzhhorod",
        "kind": "city",
        "country": "UA",
        "membership": "confirmed",
        "national_alliance": "ukrainian-alliance",
        "lat": 48.6208,
        "lon": 22.2879,
        "date_joined": None,
        "website": "",
        "en": {
            "title": "Uzhhorod",
            "official_name": "Uzhhorod City Council",
            "intro": "A founder, in November 2017, of the Ukrainian Alliance of Cities and "
            "Regions for Roma Inclusion, the European Alliance's local network in Ukraine, "
            "through which it takes part in the Alliance's work. Uzhhorod chaired the "
            "Ukrainian Alliance in 2019.",
        },
        "fr": {
            "title": "Oujhorod",
            "official_name": "Conseil municipal d'Oujhorod",
            "intro": "Membre fondateur, en novembre 2017, de l'Alliance ukrainienne des villes "
            "et des régions pour l'inclusion des Roms, réseau local de l'Alliance européenne en "
            "Ukraine, qui lui permet de prendre part aux travaux de l'Alliance. Oujhorod a "
            "présidé l'Alliance ukrainienne en 2019.",
        },
        "uk": {
            "title": "Ужгород",
            "official_name": "Ужгородська міська рада",
            "intro": "Співзасновник Українського альянсу міст і регіонів за інклюзію ромів "
            "(листопад 2017 року) — місцевої мережі Європейського альянсу в Україні, через яку "
            "долучається до роботи Європейського альянсу. У 2019 році Ужгород очолював "
            "Український альянс.",
        },
    },
    {
        "key": "lviv",
        "slug": "lviv",
        "kind": "city",
        "country": "UA",
        "membership": "confirmed",
        "national_alliance": "ukrainian-alliance",
        "lat": 49.8397,
        "lon": 24.0297,
        "date_joined": None,
        "website": "",
        "en": {
            "title": "Lviv",
            "official_name": "Lviv City Council",
            "intro": "A founder, in November 2017, of the Ukrainian Alliance of Cities and "
            "Regions for Roma Inclusion, the European Alliance's local network in Ukraine, "
            "through which it takes part in the Alliance's work. Lviv was announced as the "
            "venue of the Ukrainian Alliance's second official meeting on 26 February 2019.",
        },
        "fr": {
            "title": "Lviv",
            "official_name": "Conseil municipal de Lviv",
            "intro": "Membre fondateur, en novembre 2017, de l'Alliance ukrainienne des villes "
            "et des régions pour l'inclusion des Roms, réseau local de l'Alliance européenne en "
            "Ukraine, qui lui permet de prendre part aux travaux de l'Alliance. Lviv a été "
            "annoncée comme lieu de la deuxième réunion officielle de l'Alliance ukrainienne, "
            "le 26 février 2019.",
        },
        "uk": {
            "title": "Львів",
            "official_name": "Львівська міська рада",
            "intro": "Співзасновник Українського альянсу міст і регіонів за інклюзію ромів "
            "(листопад 2017 року) — місцевої мережі Європейського альянсу в Україні, через яку "
            "долучається до роботи Європейського альянсу. Львів було оголошено місцем "
            "проведення другої офіційної зустрічі Українського альянсу 26 лютого 2019 року.",
        },
    },
]
