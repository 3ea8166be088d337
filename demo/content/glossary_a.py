"""Glossary demo data, part A: umbrella terms, Council of Europe naming, population groups.

Written from /work/shared/GLOSSARY_SOURCES.md section (a) and the seeds only. Format: FORMAT.md.
Status convention used here: "self_designation" marks a group's own name (the name to use for
that group), "acceptable" marks descriptive, administrative or outsider-coined labels that are
fine to use with care. Locales left out of an entry are left for translators on purpose.
"""

S1 = (
    "Council of Europe, Descriptive Glossary of terms relating to Roma issues, 18 May 2012",
    "https://rm.coe.int/1680088eab",
)
S2 = ("Council of Europe, Roma and Travellers Glossary, 2006", "")
S3 = (
    "European Alliance of Cities and Regions for Roma Inclusion, roma-alliance.org "
    "(about, news, forms, sidebar)",
    "",
)
S4 = ("Liégeois, The Council of Europe and Roma: 40 years of action", "")
S11 = ("Sources on International Roma Day (8 April) and the 1971 World Romani Congress", "")
S16 = ("Romani dialect resources, University of Manchester and Austrian Academy of Sciences (ÖAW)", "")
S17 = ("Austrian Academy of Sciences (ÖAW), resources on the Boyash/Rudari", "")
S18 = ("Sources on the Ashkali and Balkan Egyptians", "")
S19 = ("Sources on the Dom and Lom", "")
S20 = ("Sources on the Yenish", "")
S21 = ("Sources on Irish Travellers", "")
S22 = ("Sources on the Gens du voyage (France)", "")
S28 = ("RomArchive, “Gypsy”; Wiktionary", "")
S33 = ("Sources on the Romanichals", "")
S34 = ("Sources on Rom, Sinti and Kale", "")
S35 = ("Sources on the Sinti", "")
S38 = ("Council of Europe, progress report SG/Inf(2017)21", "")


TERMS = [
    # ------------------------------------------------------------------ umbrella terms
    {
        "key": "roma-and-travellers",
        "category": "umbrella",
        "status": "preferred",
        "related": [
            ("roma", "narrower"),
            ("travellers", "narrower"),
            ("sinti", "narrower"),
            ("manush", "narrower"),
            ("kale-iberia", "narrower"),
            ("kaale", "narrower"),
            ("romanichal", "narrower"),
            ("boyash-rudari", "narrower"),
            ("balkan-egyptians", "narrower"),
            ("ashkali", "narrower"),
            ("eastern-groups", "narrower"),
            ("yenish", "narrower"),
            ("gens-du-voyage", "narrower"),
            ("gypsy", "see_also"),
        ],
        "sources": [S3, S1, S38],
        "en": {
            "term": "Roma and Travellers",
            "short": "The umbrella term the Council of Europe uses to cover the full diversity of "
            "groups concerned by its work on Roma issues.",
            "full": [
                "The Council of Europe uses “Roma and Travellers” to encompass the wide diversity "
                "of groups covered by its work in this field: Roma; Sinti/Manush; Calé; Kaale; "
                "Romanichals; Boyash/Rudari; Balkan Egyptians (Egyptians and Ashkali); the Eastern "
                "groups (Dom, Lom and Abdal); groups such as Travellers and Yenish; the populations "
                "designated by the French administrative term “Gens du voyage”; and people who "
                "identify themselves as Gypsies.",
                "The Council of Europe used this label from 2004 to 2010, before adopting “Roma” "
                "as its general term, and it has appeared again in its Action Plans from 2016. "
                "The Alliance shows the same terminology note, in a “Please note” box, on every "
                "page of its website.",
            ],
            "variants": [],
            "note": "Recommended umbrella term in Council of Europe texts. It does not imply that "
            "every group covered sees itself as Roma: where you can, name the specific group. "
            "“Travellers” takes a capital T.",
        },
        "fr": {
            "term": "Roms et Gens du voyage",
            "short": "Terme générique employé par le Conseil de l'Europe pour couvrir toute la "
            "diversité des groupes concernés par ses travaux sur les questions roms.",
            "full": [
                "Le Conseil de l'Europe emploie l'expression « Roms et Gens du voyage » pour "
                "englober la grande diversité des groupes couverts par ses travaux dans ce "
                "domaine : Roms, Sinti/Manouches, Calé, Kaale, Romanichels, Boyash/Rudari, "
                "Égyptiens balkaniques (Égyptiens et Ashkali), groupes de l'Est (Dom, Lom et "
                "Abdal), groupes tels que les Travellers et les Yéniches, populations désignées "
                "par le terme administratif « Gens du voyage », ainsi que les personnes qui se "
                "désignent elles-mêmes comme « Tsiganes ».",
                "Le Conseil de l'Europe a utilisé cette expression de 2004 à 2010, avant d'adopter "
                "« Roms » comme terme général ; elle figure de nouveau dans ses plans d'action à "
                "partir de 2016. L'Alliance reprend la même note terminologique dans un encadré "
                "présent sur chaque page de son site.",
            ],
            "variants": [],
            "note": "Terme générique recommandé dans les textes du Conseil de l'Europe. Il ne "
            "signifie pas que tous les groupes concernés se considèrent comme roms : chaque fois "
            "que possible, nommez le groupe précis. L'expression anglaise correspondante est "
            "« Roma and Travellers ».",
        },
        "de": {
            "term": "Roma und Travellers",
            "variants": [],
            "short": "Sammelbegriff, mit dem der Europarat die ganze Vielfalt der Gruppen "
            "erfasst, auf die sich seine Arbeit zu Roma-Fragen bezieht.",
        },
        "it": {
            "term": "Rom e Travellers",
            "variants": [],
            "short": "Termine ombrello con cui il Consiglio d'Europa comprende l'intera varietà "
            "dei gruppi interessati dal suo lavoro sulle questioni dei Rom.",
        },
        "es": {
            "term": "romaníes y travellers",
            "variants": ["Roma y Travellers"],
            "short": "Término genérico con el que el Consejo de Europa abarca toda la diversidad "
            "de grupos a los que se refiere su trabajo sobre las cuestiones romaníes.",
        },
        "ro": {"term": "romi și Travellers", "variants": ["romi și călători"]},
        "bg": {"term": "роми и пътуващи общности", "variants": ["роми и неуседнали общности"]},
        "hu": {"term": "romák és travellerek", "variants": []},
        "sk": {"term": "Rómovia a Travelleri", "variants": []},
        "uk": {"term": "роми та тревелери", "variants": []},
    },
    {
        "key": "roma",
        "category": "umbrella",
        "status": "preferred",
        "related": [
            ("rom-romni", "see_also"),
            ("coe-names-history", "see_also"),
            ("romani-language", "see_also"),
        ],
        "sources": [S4, S1],
        "en": {
            "term": "Roma",
            "short": "The general term used by the Council of Europe since 2010 for Roma, Sinti, "
            "Kale and related groups in Europe, including Travellers and the Eastern groups, and "
            "for people who identify themselves as Gypsies.",
            "full": [
                "Since 2010 “Roma” has been the Council of Europe's general term. It refers to "
                "Roma, Sinti, Kale and related groups in Europe, including Travellers and the "
                "Eastern groups (Dom, Lom), and it also covers people who identify themselves as "
                "Gypsies.",
                "Not everyone it covers sees themselves as Roma: many Sinti, Travellers, Ashkali, "
                "Egyptians and Yenish, among others, do not. Council of Europe texts therefore "
                "often name groups side by side (“Roma, Sinti…”), and it is good practice to name "
                "the specific group whenever you know it.",
            ],
            "variants": ["Rroma"],
            "note": "Recommended general term; name the specific group where you can. In Council "
            "of Europe English, “Roma” generally serves as both noun and adjective (“Roma "
            "families”), and “Romani” is used for the language and culture. Council of Europe "
            "French writes “Roms”, with a regular plural.",
        },
        "fr": {
            "term": "Roms",
            "short": "Terme général employé par le Conseil de l'Europe depuis 2010 pour désigner "
            "les Roms, les Sinté, les Kalé et les groupes apparentés en Europe, y compris les "
            "Travellers et les groupes de l'Est, ainsi que les personnes qui se désignent comme "
            "« Tsiganes ».",
            "full": [
                "Depuis 2010, « Roms » est le terme général du Conseil de l'Europe. Il désigne les "
                "Roms, les Sinté, les Kalé et les groupes apparentés en Europe, y compris les "
                "Travellers et les groupes de l'Est (Dom, Lom), et couvre aussi les personnes qui "
                "se désignent elles-mêmes comme « Tsiganes ».",
                "Toutes les personnes ainsi désignées ne se reconnaissent pas dans ce terme : "
                "beaucoup de Sinté, de Travellers, d'Ashkali, d'Égyptiens et de Yéniches, entre "
                "autres, ne se considèrent pas comme roms. Les textes du Conseil de l'Europe "
                "nomment donc souvent les groupes côte à côte (« Roms, Sinté… »), et il est "
                "préférable de nommer le groupe précis chaque fois qu'on le connaît.",
            ],
            "variants": ["Rom", "Rroms"],
            "note": "Terme général recommandé ; nommez le groupe précis lorsque c'est possible. En "
            "français, « Rom » prend la marque du pluriel, comme nom et comme adjectif : « les "
            "Roms », « des familles roms ». En anglais, « Roma » sert à la fois de nom et "
            "d'adjectif.",
        },
        "de": {
            "term": "Roma",
            "variants": ["Rom"],
            "short": "Allgemeiner Begriff, den der Europarat seit 2010 für Roma, Sinti, Kale und "
            "verwandte Gruppen in Europa verwendet, einschließlich der Travellers und der "
            "östlichen Gruppen sowie der Menschen, die sich selbst als „Gypsies“ bezeichnen.",
        },
        "it": {
            "term": "Rom",
            "variants": ["Roma", "Rrom"],
            "short": "Termine generale usato dal Consiglio d'Europa dal 2010 per indicare Rom, "
            "Sinti, Kale e gruppi affini in Europa, compresi i Travellers e i gruppi orientali, "
            "nonché le persone che si definiscono «Gypsies».",
        },
        "es": {
            "term": "romaníes",
            "variants": ["roma", "rom", "gitanos"],
            "short": "Término general que usa el Consejo de Europa desde 2010 para referirse a "
            "los romaníes, los sinti, los kale y grupos afines en Europa, incluidos los travellers "
            "y los grupos orientales, así como a las personas que se identifican como «gypsies».",
        },
        "ro": {"term": "romi", "variants": ["rom", "rromi"]},
        "bg": {"term": "роми", "variants": ["ром"]},
        "hu": {"term": "romák", "variants": ["roma"]},
        "sk": {"term": "Rómovia", "variants": ["Róm", "Rómka"]},
        "uk": {"term": "роми", "variants": ["ром", "ромка"]},
        "rom": {"term": "Roma", "variants": ["Rroma"]},
    },
    {
        "key": "rom-romni",
        "category": "umbrella",
        "status": "self_designation",
        "related": [
            ("romani-language", "see_also"),
            ("gypsy", "see_also"),
        ],
        "sources": [S11, S2, S28],
        "en": {
            "term": "Rom / Romni / Roma",
            "short": "Romani words: Rom means a man or husband (plural Roma) and Romni a woman. "
            "The 1971 World Romani Congress adopted “Roma” as the self-name to be used instead "
            "of “Gypsy”.",
            "full": [
                "In Romani, Rom means a man or a husband; its plural is Roma. The feminine form, "
                "Romni, is generally translated as “woman”.",
                "The first World Romani Congress, held in 1971, adopted “Roma” as the self-name "
                "to be used instead of “Gypsy”. Because Romani has several spelling systems, the "
                "words are also written with a double r: Rrom, Rroma.",
                "In Council of Europe English, “Roma” generally serves as both noun and adjective "
                "(“Roma children”), while “Romani” is kept for the language and the culture.",
            ],
            "variants": ["Rrom", "Rroma"],
            "note": "Do not confuse Romani, the language of the Roma, with Romanian, the language "
            "of Romania.",
        },
        "fr": {
            "term": "Rom / Romni / Roma",
            "short": "Mots de la langue romani : Rom signifie « homme » ou « mari » (pluriel "
            "Roma) et Romni « femme ». Le premier Congrès mondial rom, en 1971, a adopté « Roma » "
            "comme autodésignation, à la place de l'exonyme anglais « Gypsy ».",
            "full": [
                "En romani, Rom signifie « homme » ou « mari » ; son pluriel est Roma. La forme "
                "féminine, Romni, se traduit généralement par « femme ».",
                "Le premier Congrès mondial rom, réuni en 1971, a adopté « Roma » comme "
                "autodésignation, à la place de l'exonyme anglais « Gypsy ». Le romani connaissant "
                "plusieurs orthographes, ces mots s'écrivent aussi avec un double r : Rrom, Rroma.",
                "En français, le Conseil de l'Europe écrit « Rom » au singulier et « Roms » au "
                "pluriel, pour le nom comme pour l'adjectif ; en anglais, « Roma » sert de nom et "
                "d'adjectif, et « Romani » désigne la langue et la culture.",
            ],
            "variants": ["Rrom", "Rroma", "Roms"],
            "note": "Ne pas confondre le romani, langue des Roms, avec le roumain, langue de la Roumanie.",
        },
        "de": {
            "term": "Rom / Romni / Roma",
            "variants": ["Rrom", "Romnja"],
            "short": "Wörter aus dem Romani: Rom bedeutet „Mann“ oder „Ehemann“ (Plural Roma), "
            "Romni „Frau“. Der erste Welt-Roma-Kongress nahm 1971 „Roma“ als Selbstbezeichnung "
            "an, die an die Stelle von „Gypsy“ treten sollte.",
        },
        "it": {
            "term": "Rom / Romni / Roma",
            "variants": ["Rrom"],
            "short": "Parole della lingua romanì: Rom significa «uomo» o «marito» (plurale "
            "Roma) e Romni «donna». Il primo Congresso mondiale dei Rom, nel 1971, adottò «Roma» "
            "come autodenominazione al posto di «Gypsy».",
        },
        "es": {
            "term": "rom / romni / roma",
            "variants": ["rrom"],
            "short": "Palabras del romaní: rom significa «hombre» o «marido» (en plural, roma) y "
            "romni, «mujer». El primer Congreso Mundial Romaní, en 1971, adoptó «roma» como "
            "autodenominación en lugar de «gypsy».",
        },
        "ro": {"term": "rom", "variants": ["romi", "romă", "rrom"]},
        "bg": {"term": "ром", "variants": ["роми", "ромка"]},
        "hu": {"term": "rom / romni / roma", "variants": ["romák"]},
        "sk": {"term": "Róm", "variants": ["Rómovia", "Rómka"]},
        "uk": {"term": "ром", "variants": ["роми", "ромка"]},
        "rom": {"term": "Rom", "variants": ["Romni", "Roma", "Rrom"]},
    },
    {
        "key": "coe-names-history",
        "category": "umbrella",
        "status": "historical",
        "related": [
            ("roma-and-travellers", "see_also"),
            ("gypsy", "see_also"),
        ],
        "sources": [S1],
        "en": {
            "term": "History of Council of Europe terminology",
            "short": "The succession of names the Council of Europe has used in its texts since "
            "1969, from “Gypsies and other travellers” to “Roma”.",
            "full": [
                "The names used in Council of Europe texts have changed several times: “Gypsies "
                "and other travellers” (1969); “Nomads” (1975 and 1983); “populations of nomadic "
                "origin” (1981); “Gypsies” (1993); “Roma (Gypsies)” (1995); “Roma/Gypsies” "
                "(1995–2000); “Roma/Gypsies and Travellers” (2001); “Roma and Travellers” "
                "(2004–2010); and “Roma” from 2010.",
                "Texts adopted in earlier years keep the wording of their time, so an older "
                "recommendation may speak of “Nomads” or “Gypsies”. Quote and cite such titles as "
                "they stand, and use current terminology in new writing.",
            ],
            "variants": [],
            "note": "Historical: the older names survive in adopted texts; quote them accurately "
            "but do not reuse them. “Roma and Travellers” has been used again in Council of "
            "Europe Action Plans from 2016.",
        },
        "fr": {
            "term": "Historique des appellations du Conseil de l'Europe",
            "short": "Suite des appellations employées dans les textes du Conseil de l'Europe "
            "depuis 1969, de « Gypsies and other travellers » à « Roma » (en français, « Roms »).",
            "full": [
                "Les appellations employées dans les textes du Conseil de l'Europe ont changé "
                "plusieurs fois. Dans leur version anglaise, on trouve successivement « Gypsies "
                "and other travellers » (1969), « Nomads » (1975 et 1983), « populations of "
                "nomadic origin » (1981), « Gypsies » (1993), « Roma (Gypsies) » (1995), "
                "« Roma/Gypsies » (1995-2000), « Roma/Gypsies and Travellers » (2001), « Roma and "
                "Travellers » (2004-2010) et enfin « Roma » depuis 2010.",
                "Les textes adoptés plus tôt conservent les termes de leur époque : une ancienne "
                "recommandation peut ainsi parler de « nomades » ou de « Tsiganes ». On cite ces "
                "titres tels quels, mais on emploie la terminologie actuelle dans les textes "
                "nouveaux.",
            ],
            "variants": [],
            "note": "Appellations historiques : elles subsistent dans les textes adoptés ; on les "
            "cite fidèlement sans les réemployer. L'expression « Roms et Gens du voyage » est de "
            "nouveau utilisée dans les plans d'action du Conseil de l'Europe à partir de 2016.",
        },
        "de": {
            "term": "Geschichte der Bezeichnungen im Europarat",
            "variants": [],
            "short": "Die Abfolge der Bezeichnungen, die der Europarat seit 1969 in seinen Texten "
            "verwendet hat – von „Gypsies and other travellers“ bis „Roma“.",
        },
        "it": {
            "term": "Storia delle denominazioni del Consiglio d'Europa",
            "variants": [],
            "short": "La successione dei nomi usati nei testi del Consiglio d'Europa dal 1969, da "
            "«Gypsies and other travellers» a «Roma».",
        },
        "es": {
            "term": "Historia de las denominaciones del Consejo de Europa",
            "variants": [],
            "short": "La sucesión de nombres que el Consejo de Europa ha empleado en sus textos "
            "desde 1969, de «Gypsies and other travellers» a «Roma».",
        },
        "ro": {"term": "Istoria terminologiei Consiliului Europei", "variants": []},
        "bg": {"term": "История на терминологията на Съвета на Европа", "variants": []},
        "hu": {"term": "Az Európa Tanács terminológiájának története", "variants": []},
        "sk": {"term": "História terminológie Rady Európy", "variants": []},
        "uk": {"term": "Історія термінології Ради Європи", "variants": []},
    },
    {
        "key": "rae",
        "category": "umbrella",
        "status": "acceptable",
        "related": [
            ("ashkali", "narrower"),
            ("balkan-egyptians", "narrower"),
            ("roma", "see_also"),
        ],
        "sources": [S18],
        "en": {
            "term": "RAE",
            "short": "Abbreviation for “Roma, Ashkali and Egyptians”, used in the Western Balkans, "
            "notably in Kosovo, for three distinct communities.",
            "full": [
                "RAE stands for “Roma, Ashkali and Egyptians”. It is used in the Western Balkans, "
                "and notably in Kosovo, when the three communities are addressed together.",
                "The abbreviation groups three distinct communities. Ashkali and Egyptians are "
                "Albanian-speaking and generally do not regard themselves as Roma, so RAE should "
                "not be read as “Roma” with two sub-groups.",
            ],
            "variants": ["Roma, Ashkali and Egyptians"],
            "note": "Spell the abbreviation out at first mention, and name each community "
            "separately wherever the context allows.",
        },
        "fr": {
            "term": "RAE",
            "short": "Sigle de « Roms, Ashkali et Égyptiens », employé dans les Balkans "
            "occidentaux, notamment au Kosovo, pour trois communautés distinctes.",
            "full": [
                "RAE est le sigle anglais de « Roma, Ashkali and Egyptians » (Roms, Ashkali et "
                "Égyptiens). Il est employé dans les Balkans occidentaux, notamment au Kosovo, "
                "lorsque ces trois communautés sont visées ensemble.",
                "Le sigle réunit trois communautés distinctes. Les Ashkali et les Égyptiens "
                "parlent albanais et ne se considèrent généralement pas comme roms : il ne faut "
                "donc pas comprendre RAE comme « les Roms » et deux sous-groupes.",
            ],
            "variants": ["Roms, Ashkali et Égyptiens"],
            "note": "Développez le sigle à la première occurrence et nommez chaque communauté "
            "séparément lorsque le contexte le permet.",
        },
        "de": {
            "term": "RAE",
            "variants": ["Roma, Ashkali und Ägypter"],
            "short": "Abkürzung für „Roma, Ashkali und Ägypter“, die auf dem Westbalkan, vor "
            "allem im Kosovo, für drei unterschiedliche Gemeinschaften verwendet wird.",
        },
        "it": {
            "term": "RAE",
            "variants": ["Rom, Ashkali ed Egiziani"],
            "short": "Sigla per «Rom, Ashkali ed Egiziani», usata nei Balcani occidentali, in "
            "particolare in Kosovo, per tre comunità distinte.",
        },
        "es": {
            "term": "RAE",
            "variants": ["romaníes, ashkali y egipcios"],
            "short": "Sigla de «romaníes, ashkali y egipcios», usada en los Balcanes Occidentales, "
            "sobre todo en Kosovo, para tres comunidades distintas.",
        },
        "ro": {"term": "RAE", "variants": ["romi, ashkali și egipteni"]},
        "bg": {"term": "RAE", "variants": ["роми, ашкали и египтяни"]},
        "hu": {"term": "RAE", "variants": ["romák, askálik és egyiptomiak"]},
        "sk": {"term": "RAE", "variants": ["Rómovia, Aškáli a Egypťania"]},
        "uk": {"term": "RAE", "variants": ["роми, ашкалі та єгиптяни"]},
        "rom": {"term": "RAE", "variants": []},
    },
    {
        "key": "grt",
        "category": "umbrella",
        "status": "acceptable",
        "related": [
            ("romanichal", "narrower"),
            ("irish-travellers", "narrower"),
            ("travellers", "see_also"),
            ("gypsy", "see_also"),
        ],
        "sources": [S33],
        "en": {
            "term": "GRT",
            "short": "British abbreviation for “Gypsy, Roma and Traveller” communities.",
            "full": [
                "GRT stands for “Gypsy, Roma and Traveller”. It is used in the United Kingdom to "
                "refer jointly to Romany Gypsies (Romanichals), Irish Travellers and other "
                "Traveller groups, and Roma.",
                "British usage differs from that of the Council of Europe: in the UK, “Roma” "
                "usually means people who arrived more recently from Central and Eastern Europe, "
                "while “Gypsy” refers above all to Romanichals, many of whom use the word for "
                "themselves.",
            ],
            "variants": ["Gypsy, Roma and Traveller"],
            "note": "A UK-specific label. Explain it for an international readership, and do not "
            "carry the British meaning of “Roma” into Council of Europe texts.",
        },
        "fr": {
            "term": "GRT",
            "short": "Sigle britannique désignant les communautés « Gypsy, Roma and Traveller » "
            "(Gypsies, Roms et Travellers).",
            "full": [
                "GRT est le sigle de « Gypsy, Roma and Traveller ». Il est employé au Royaume-Uni "
                "pour désigner ensemble les Romany Gypsies (Romanichels), les Travellers irlandais "
                "et les autres groupes de Travellers, ainsi que les Roms.",
                "L'usage britannique diffère de celui du Conseil de l'Europe : au Royaume-Uni, "
                "« Roma » désigne le plus souvent des personnes arrivées plus récemment d'Europe "
                "centrale et orientale, tandis que « Gypsy » renvoie surtout aux Romanichels, dont "
                "beaucoup emploient ce mot pour eux-mêmes.",
            ],
            "variants": ["Gypsy, Roma and Traveller"],
            "note": "Sigle propre au Royaume-Uni : expliquez-le pour un public international et ne "
            "transposez pas le sens britannique de « Roma » dans les textes du Conseil de "
            "l'Europe.",
        },
        "de": {
            "term": "GRT",
            "variants": ["Gypsy, Roma and Traveller"],
            "short": "Britische Abkürzung für „Gypsy, Roma and Traveller“-Gemeinschaften; „Roma“ "
            "bezeichnet dort meist später aus Mittel- und Osteuropa zugewanderte Menschen.",
        },
        "it": {
            "term": "GRT",
            "variants": ["Gypsy, Roma and Traveller"],
            "short": "Sigla britannica per le comunità «Gypsy, Roma and Traveller»; nel Regno "
            "Unito «Roma» indica di solito persone arrivate più di recente dall'Europa centrale e "
            "orientale.",
        },
        "es": {
            "term": "GRT",
            "variants": ["Gypsy, Roma and Traveller"],
            "short": "Sigla británica para las comunidades «Gypsy, Roma and Traveller»; en el "
            "Reino Unido, «Roma» suele designar a personas llegadas más recientemente de Europa "
            "Central y Oriental.",
        },
        "ro": {"term": "GRT", "variants": ["Gypsy, Roma and Traveller"]},
        "bg": {"term": "GRT", "variants": ["Gypsy, Roma and Traveller"]},
        "hu": {"term": "GRT", "variants": ["Gypsy, Roma and Traveller"]},
        "sk": {"term": "GRT", "variants": ["Gypsy, Roma and Traveller"]},
        "uk": {"term": "GRT", "variants": ["Gypsy, Roma and Traveller"]},
        "rom": {"term": "GRT", "variants": ["Gypsy, Roma and Traveller"]},
    },
    # ------------------------------------------------------------------ population groups
    {
        "key": "sinti",
        "category": "groups",
        "status": "self_designation",
        "related": [
            ("manush", "see_also"),
            ("romanes", "see_also"),
        ],
        "sources": [S1, S35],
        "en": {
            "term": "Sinti",
            "short": "Romani group living mainly in German-speaking countries and elsewhere in "
            "Western Europe, where it has been present since the Middle Ages.",
            "full": [
                "The Sinti are a Romani group living mainly in Germany and Austria, and also in "
                "northern Italy, the Netherlands and other Western European countries, where they "
                "have been present since the Middle Ages. The singular is Sinto. Closely related "
                "groups in France are known as Manouches (Manush).",
                "Many Sinti do not want to be called Roma. Council of Europe texts therefore often "
                "name them separately (“Roma, Sinti…”), and its 2012 glossary lists them as "
                "“Sinti (Manush)”. Among Sinti, the Romani language is often called Romanes.",
            ],
            "variants": ["Sinto"],
            "note": "“Sinti” is already a plural (singular Sinto). Name the Sinti alongside Roma "
            "rather than including them silently under “Roma”.",
        },
        "fr": {
            "term": "Sinté",
            "short": "Groupe de culture romani vivant surtout dans les pays germanophones et "
            "ailleurs en Europe occidentale, où il est présent depuis le Moyen Âge.",
            "full": [
                "Les Sinté sont un groupe de culture romani qui vit principalement en Allemagne et "
                "en Autriche, ainsi que dans le nord de l'Italie, aux Pays-Bas et dans d'autres "
                "pays d'Europe occidentale, où ils sont présents depuis le Moyen Âge. Le singulier "
                "est Sinto. En France, des groupes très proches se nomment Manouches.",
                "Beaucoup de Sinté ne souhaitent pas être appelés Roms. C'est pourquoi les textes "
                "du Conseil de l'Europe les nomment souvent séparément (« Roms, Sinté… »), et la "
                "version anglaise de son glossaire de 2012 les mentionne sous la forme « Sinti "
                "(Manush) ». Chez les Sinté, la langue romani est souvent appelée romanes.",
            ],
            "variants": ["Sinti", "Sinto", "Manouches"],
            "note": "Les textes du Conseil de l'Europe en français écrivent « Sinté » ; on "
            "rencontre aussi « Sinti ». Nommez ce groupe à côté des Roms plutôt que de l'inclure "
            "implicitement parmi eux.",
        },
        "de": {
            "term": "Sinti",
            "variants": ["Sinto", "Sintiza"],
            "short": "Romani-Gruppe, die vor allem in Deutschland und Österreich sowie in "
            "Norditalien und den Niederlanden lebt und dort seit dem Mittelalter ansässig ist; "
            "viele Sinti möchten nicht als Roma bezeichnet werden.",
        },
        "it": {
            "term": "Sinti",
            "variants": ["Sinto", "Sinti piemontesi"],
            "short": "Gruppo romanì che vive soprattutto nei paesi di lingua tedesca, nell'Italia "
            "settentrionale e nei Paesi Bassi, presente in Europa occidentale dal Medioevo; molti "
            "Sinti non vogliono essere chiamati Rom.",
        },
        "es": {
            "term": "sinti",
            "variants": ["sinto"],
            "short": "Grupo romaní que vive sobre todo en los países de habla alemana, el norte de "
            "Italia y los Países Bajos, presente en Europa occidental desde la Edad Media; muchos "
            "sinti no desean que se les llame romaníes.",
        },
        "ro": {"term": "sinti", "variants": []},
        "bg": {"term": "синти", "variants": []},
        "hu": {"term": "szintók", "variants": ["szinti", "szintó"]},
        "sk": {"term": "Sinti", "variants": ["Sinto"]},
        "uk": {"term": "сінті", "variants": []},
        "rom": {"term": "Sinte", "variants": ["Sinto"]},
    },
    {
        "key": "manush",
        "category": "groups",
        "status": "self_designation",
        "related": [
            ("gens-du-voyage", "see_also"),
        ],
        "sources": [S1, S35],
        "en": {
            "term": "Manush",
            "short": "Group closely related to the Sinti, living in France and parts of Italy; "
            "“Manouches” is the name they use for themselves in French.",
            "full": [
                "The Manush (in French, Manouches) are closely related to the Sinti and live in "
                "France and in parts of Italy. “Manouche” is the name they use for themselves in "
                "French.",
                "Council of Europe texts pair them with the Sinti (“Sinti/Manush”). Manouches who "
                "live in mobile homes may come under the French category “Gens du voyage”, but "
                "that category is administrative, not ethnic.",
            ],
            "variants": ["Manouches", "Manouche", "Manuš"],
            "note": "A self-name. In French write “Manouches”; in English texts the Council of "
            "Europe writes “Manush”.",
        },
        "fr": {
            "term": "Manouches",
            "short": "Groupe très proche des Sinté, vivant en France et dans certaines régions "
            "d'Italie ; « Manouches » est le nom qu'ils se donnent en français.",
            "full": [
                "Les Manouches sont très proches des Sinté et vivent en France ainsi que dans "
                "certaines régions d'Italie. « Manouche » est le nom qu'ils se donnent eux-mêmes "
                "en français.",
                "Les textes du Conseil de l'Europe les associent aux Sinté (« Sinti/Manouches »). "
                "Les Manouches qui vivent en habitat mobile peuvent relever de la catégorie "
                "française des « Gens du voyage », mais cette catégorie est administrative et non "
                "ethnique.",
            ],
            "variants": ["Manouche", "Manush", "Manuš"],
            "note": "Nom que se donne le groupe. En anglais, le Conseil de l'Europe écrit « Manush ».",
        },
        "de": {
            "term": "Manouches",
            "variants": ["Manush"],
            "short": "Den Sinti eng verwandte Gruppe in Frankreich und Teilen Italiens; "
            "„Manouches“ ist ihre französische Selbstbezeichnung.",
        },
        "it": {
            "term": "Manouches",
            "variants": ["Manush"],
            "short": "Gruppo strettamente legato ai Sinti, che vive in Francia e in alcune zone "
            "d'Italia; «Manouches» è il nome con cui si designano in francese.",
        },
        "es": {
            "term": "manouches",
            "variants": ["manush"],
            "short": "Grupo estrechamente emparentado con los sinti que vive en Francia y en "
            "algunas zonas de Italia; «manouches» es el nombre que se dan a sí mismos en francés.",
        },
        "ro": {"term": "Manouches", "variants": ["Manush"]},
        "bg": {"term": "мануши", "variants": ["Manouches"]},
        "hu": {"term": "manusok", "variants": ["manus", "Manouches"]},
        "sk": {"term": "Manuši", "variants": ["Manouches"]},
        "uk": {"term": "мануші", "variants": ["Manouches"]},
        "rom": {"term": "Manuš", "variants": []},
    },
    {
        "key": "kale-iberia",
        "category": "groups",
        "status": "self_designation",
        "related": [
            ("kaale", "see_also"),
        ],
        "sources": [S1, S34, S16],
        "en": {
            "term": "Calé",
            "short": "Romani group of Spain and Portugal, also living in southern France and Latin "
            "America; the name comes from the Romani word for “black”.",
            "full": [
                "The Calé (Kale) are the Romani group of Spain and Portugal; they also live in "
                "southern France and in Latin America. The name comes from the Romani word for "
                "“black”.",
                "In Spain they are known as Gitanos, and in Portuguese as Ciganos or Calon. Their "
                "traditional speech, Caló, is a para-Romani variety that combines the grammar of "
                "the local language with vocabulary of Romani origin.",
                "The word “Gitano” is widely used in Spain, including by many Gitanos themselves.",
            ],
            "variants": ["Kale", "Gitanos", "Ciganos", "Calon"],
            "note": "Not the same group as the Finnish Kaale, although the names are related. In "
            "French, “Gitans” and “Tsiganes” name different groups.",
        },
        "fr": {
            "term": "Calé",
            "short": "Groupe romani d'Espagne et du Portugal, présent aussi dans le sud de la "
            "France et en Amérique latine ; le nom vient du mot romani signifiant « noir ».",
            "full": [
                "Les Calé (Kale) sont le groupe romani d'Espagne et du Portugal ; ils vivent aussi "
                "dans le sud de la France et en Amérique latine. Leur nom vient du mot romani qui "
                "signifie « noir ».",
                "En Espagne, on les appelle Gitanos, et en portugais Ciganos ou Calon. Leur parler "
                "traditionnel, le caló, est une variété para-romani qui associe la grammaire de la "
                "langue locale à un vocabulaire d'origine romani.",
                "Le mot « Gitano » est très répandu en Espagne, y compris parmi de nombreux Gitanos "
                "eux-mêmes.",
            ],
            "variants": ["Kalé", "Kale", "Gitans", "Gitanos", "Ciganos", "Calon"],
            "note": "À distinguer des Kaale de Finlande, malgré la parenté des noms. En français, "
            "« Gitans » et « Tsiganes » ne désignent pas les mêmes groupes.",
        },
        "de": {
            "term": "Calé",
            "variants": ["Kale", "Gitanos"],
            "short": "Romani-Gruppe in Spanien und Portugal, auch in Südfrankreich und "
            "Lateinamerika; der Name geht auf das Romani-Wort für „schwarz“ zurück.",
        },
        "it": {
            "term": "Calé",
            "variants": ["Kale", "Gitanos"],
            "short": "Gruppo romanì di Spagna e Portogallo, presente anche nel sud della Francia e "
            "in America Latina; il nome deriva dalla parola romanì per «nero».",
        },
        "es": {
            "term": "gitanos",
            "variants": ["calé", "calés", "kale"],
            "short": "Grupo romaní de España y Portugal, presente también en el sur de Francia y en "
            "América Latina; el nombre «calé» procede de la palabra romaní para «negro». Su habla "
            "tradicional es el caló.",
        },
        "ro": {"term": "Calé", "variants": ["Kale", "gitani"]},
        "bg": {"term": "кале", "variants": ["хитанос"]},
        "hu": {"term": "calé", "variants": ["kale"]},
        "sk": {"term": "Calé", "variants": ["Kale", "Gitanos"]},
        "uk": {"term": "кале", "variants": ["хітанос"]},
        "rom": {"term": "Kale", "variants": []},
    },
    {
        "key": "kaale",
        "category": "groups",
        "status": "self_designation",
        "related": [],
        "sources": [S3, S34],
        "en": {
            "term": "Kaale",
            "short": "Romani group of Finland, also living in Sweden, whose ancestors arrived "
            "around 1515 by way of Tallinn.",
            "full": [
                "The Kaale, or Finnish Kale, are the Romani group of Finland; they also live in "
                "Sweden. Their ancestors arrived in Finland around 1515, by way of Tallinn. In "
                "Finnish they are called romanit.",
                "The Council of Europe lists the Kaale separately from the Calé of the Iberian "
                "Peninsula, even though the two names are similar.",
            ],
            "variants": ["Finnish Kale", "Kalé", "Finnish Roma"],
            "note": "Keep distinct from the Iberian Calé and from the historic Welsh Kale.",
        },
        "fr": {
            "term": "Kaale",
            "short": "Groupe romani de Finlande, présent aussi en Suède, dont les ancêtres sont "
            "arrivés vers 1515 en passant par Tallinn.",
            "full": [
                "Les Kaale, ou Kale de Finlande, sont le groupe romani de Finlande ; ils vivent "
                "aussi en Suède. Leurs ancêtres sont arrivés en Finlande vers 1515, en passant par "
                "Tallinn. En finnois, on les appelle romanit.",
                "Le Conseil de l'Europe les distingue des Calé de la péninsule Ibérique, bien que "
                "les deux noms se ressemblent.",
            ],
            "variants": ["Kalé", "Kale de Finlande", "Roms de Finlande"],
            "note": "À distinguer des Calé ibériques et des anciens Kale du pays de Galles.",
        },
        "de": {
            "term": "Kaale",
            "variants": ["Finnische Kale", "Kalé"],
            "short": "Romani-Gruppe in Finnland, auch in Schweden, deren Vorfahren um 1515 über "
            "Tallinn ins Land kamen.",
        },
        "it": {
            "term": "Kaale",
            "variants": ["Kalé"],
            "short": "Gruppo romanì della Finlandia, presente anche in Svezia, i cui antenati "
            "arrivarono intorno al 1515 passando per Tallinn.",
        },
        "es": {
            "term": "kaale",
            "variants": ["kalé"],
            "short": "Grupo romaní de Finlandia, presente también en Suecia, cuyos antepasados "
            "llegaron hacia 1515 a través de Tallin.",
        },
        "ro": {"term": "Kaale", "variants": ["romi din Finlanda"]},
        "bg": {"term": "каале", "variants": ["финландски роми"]},
        "hu": {"term": "kaale", "variants": ["finn romák"]},
        "sk": {"term": "Kaale", "variants": ["fínski Rómovia"]},
        "uk": {"term": "каале", "variants": ["фінські роми"]},
        "rom": {"term": "Kaale", "variants": []},
    },
    {
        "key": "romanichal",
        "category": "groups",
        "status": "self_designation",
        "related": [
            ("gypsy", "see_also"),
        ],
        "sources": [S1, S33],
        "en": {
            "term": "Romanichals",
            "short": "Romani group of England, also living in Scotland, Wales, North America and "
            "Australia; many speak Angloromani.",
            "full": [
                "The Romanichals are a Romani group of England, with communities also in Scotland, "
                "Wales, North America and Australia. Many speak Angloromani, which combines "
                "English grammar with vocabulary of Romani origin.",
                "Many Romanichals prefer to call themselves Gypsies or Romany Gypsies, always with "
                "a capital letter. In British usage they belong to the “Gypsy, Roma and "
                "Traveller” (GRT) communities, where “Roma” usually refers to more recent arrivals "
                "from Central and Eastern Europe.",
            ],
            "variants": ["Romanichal", "Romany Gypsies", "English Gypsies"],
            "note": "Write with a capital letter. Here “Gypsy” is a self-name used by many "
            "Romanichals: respect it, but do not use it as a generic label for all Roma.",
        },
        "fr": {
            "term": "Romanichels",
            "short": "Groupe romani d'Angleterre, présent aussi en Écosse, au pays de Galles, en "
            "Amérique du Nord et en Australie ; beaucoup parlent l'angloromani.",
            "full": [
                "Les Romanichels sont un groupe romani d'Angleterre, avec des communautés en "
                "Écosse, au pays de Galles, en Amérique du Nord et en Australie. Beaucoup parlent "
                "l'angloromani, qui associe la grammaire anglaise à un vocabulaire d'origine "
                "romani.",
                "Beaucoup de Romanichels préfèrent se désigner comme Gypsies ou Romany Gypsies, "
                "toujours avec une majuscule. Dans l'usage britannique, ils font partie des "
                "communautés « Gypsy, Roma and Traveller » (GRT), où « Roma » désigne le plus "
                "souvent des personnes arrivées plus récemment d'Europe centrale et orientale.",
            ],
            "variants": ["Romanichel", "Romany Gypsies"],
            "note": "Avec une majuscule. Attention : en français courant, « romanichel » est "
            "souvent employé de façon péjorative ; dans les textes du Conseil de l'Europe, "
            "« Romanichels » désigne ce groupe précis.",
        },
        "de": {
            "term": "Romanichals",
            "variants": ["Romanichal", "Romany Gypsies"],
            "short": "Romani-Gruppe in England, auch in Schottland, Wales, Nordamerika und "
            "Australien; viele sprechen Angloromani und nennen sich selbst „Gypsies“.",
        },
        "it": {
            "term": "Romanichal",
            "variants": ["Romany Gypsies"],
            "short": "Gruppo romanì dell'Inghilterra, presente anche in Scozia, Galles, America del "
            "Nord e Australia; molti parlano l'angloromani e si definiscono «Gypsies».",
        },
        "es": {
            "term": "romanichals",
            "variants": ["romanichal", "romany gypsies"],
            "short": "Grupo romaní de Inglaterra, presente también en Escocia, Gales, América del "
            "Norte y Australia; muchos hablan angloromaní y se llaman a sí mismos «gypsies».",
        },
        "ro": {"term": "Romanichals", "variants": ["Romanichal"]},
        "bg": {"term": "романичали", "variants": ["Romanichals"]},
        "hu": {"term": "Romanichals", "variants": ["Romanichal"]},
        "sk": {"term": "Romanichals", "variants": ["Romanichal"]},
        "uk": {"term": "романічали", "variants": ["Romanichals"]},
        "rom": {"term": "Romanichal", "variants": ["Romanichals"]},
    },
    {
        "key": "boyash-rudari",
        "category": "groups",
        "status": "acceptable",
        "related": [
            ("vlax-roma", "see_also"),
        ],
        "sources": [S3, S17],
        "en": {
            "term": "Boyash / Rudari",
            "short": "Communities of Romani origin in Central and South-Eastern Europe whose "
            "language is an old variety of Romanian rather than Romani.",
            "full": [
                "Boyash and Rudari are communities of Romani origin whose home language is an old "
                "variety of Romanian, not Romani. They live in Romania, the Republic of Moldova, "
                "Hungary, Croatia, Serbia, Bosnia and Herzegovina, Bulgaria, Slovakia, "
                "Transcarpathia (Ukraine) and Greece.",
                "Many of their names are old trade names tied to mining and gold panning, such as "
                "Băieși, Rudari or Ludari and Zlătari; Lingurari, from the Romanian word for "
                "“spoon”, is another. Local forms include Beás in Hungary, Bojáš in Slovakia, "
                "and Banjaši.",
                "Many Boyash and Rudari do not identify as Roma. Ask how a community names itself "
                "before using any label.",
            ],
            "variants": ["Boyash", "Rudari", "Ludari", "Banjaši"],
            "note": "Many reject the name “Roma”: ask before labelling, and use the local "
            "self-name where you know it.",
        },
        "fr": {
            "term": "Boyash / Rudari",
            "short": "Communautés d'origine romani d'Europe centrale et du Sud-Est dont la langue "
            "est une ancienne variété de roumain, et non le romani.",
            "full": [
                "Les Boyash et les Rudari sont des communautés d'origine romani dont la langue est "
                "une ancienne variété de roumain, et non le romani. Ils vivent en Roumanie, en "
                "République de Moldova, en Hongrie, en Croatie, en Serbie, en "
                "Bosnie-Herzégovine, en Bulgarie, en Slovaquie, en Transcarpatie (Ukraine) et en "
                "Grèce.",
                "Beaucoup de leurs noms sont d'anciens noms de métier liés à l'exploitation "
                "minière et à l'orpaillage, comme Băieși, Rudari ou Ludari et Zlătari ; "
                "Lingurari, formé sur le mot roumain qui signifie « cuillère », en est un autre. "
                "On trouve aussi les formes locales Beás en Hongrie, Bojáš en Slovaquie, et "
                "Banjaši.",
                "Beaucoup de Boyash et de Rudari ne se considèrent pas comme roms. Demandez à une "
                "communauté comment elle se nomme avant d'employer une étiquette.",
            ],
            "variants": ["Boyash", "Rudari", "Ludari", "Băieși", "Beás", "Bojáš", "Banjaši"],
            "note": "Beaucoup refusent le nom « Roms » : renseignez-vous avant de les désigner "
            "ainsi, et employez l'autodésignation locale lorsque vous la connaissez.",
        },
        "de": {
            "term": "Boyash / Rudari",
            "variants": ["Boyash", "Rudari", "Beás"],
            "short": "Gemeinschaften mit Wurzeln bei den Roma, deren Sprache eine alte Varietät "
            "des Rumänischen und nicht Romani ist; viele lehnen die Bezeichnung „Roma“ ab.",
        },
        "it": {
            "term": "Boyash / Rudari",
            "variants": ["Boyash", "Rudari", "Beás"],
            "short": "Comunità di origine romanì la cui lingua è una varietà antica del romeno e "
            "non il romanì; molti rifiutano la denominazione «Rom».",
        },
        "es": {
            "term": "boyash / rudari",
            "variants": ["boyash", "rudari", "beás"],
            "short": "Comunidades de origen romaní cuya lengua es una variedad antigua del rumano "
            "y no el romaní; muchos rechazan la denominación «romaníes».",
        },
        "ro": {"term": "băieși", "variants": ["rudari", "ludari", "lingurari", "zlătari"]},
        "bg": {"term": "рудари", "variants": []},
        "hu": {"term": "beások", "variants": ["beás"]},
        "sk": {"term": "Bojáši", "variants": ["Bojáš"]},
        "uk": {"term": "бояші", "variants": ["рудари"]},
    },
    {
        "key": "balkan-egyptians",
        "category": "groups",
        "status": "acceptable",
        "related": [
            ("ashkali", "see_also"),
        ],
        "sources": [S3, S18],
        "en": {
            "term": "Balkan Egyptians",
            "short": "Albanian-speaking, mostly Muslim communities in Albania, Kosovo, North "
            "Macedonia, Montenegro and Serbia who trace their descent to Egypt.",
            "full": [
                "Balkan Egyptians are Albanian-speaking, mostly Muslim communities living in "
                "Albania, Kosovo, North Macedonia, Montenegro and Serbia. They trace their "
                "ancestry to Egypt and call themselves Egyptians (in Albanian, Egjiptianë).",
                "They generally reject the Roma label. In the Western Balkans they are often named "
                "together with Roma and Ashkali (“RAE”), and the Council of Europe lists them as "
                "“Balkan Egyptians (Egyptians and Ashkali)”. Names given by outsiders vary from "
                "place to place, such as Gjupci in North Macedonia, or Jevgs and Magjup.",
            ],
            "variants": ["Egyptians", "Egjiptianë"],
            "note": "Write “Egyptians” or “Balkan Egyptians” and do not describe them as Roma. "
            "Prefer the community's own name to local outsider names.",
        },
        "fr": {
            "term": "Égyptiens balkaniques",
            "short": "Communautés albanophones, majoritairement musulmanes, d'Albanie, du Kosovo, "
            "de Macédoine du Nord, du Monténégro et de Serbie, qui se réclament d'une origine "
            "égyptienne.",
            "full": [
                "Les Égyptiens balkaniques sont des communautés albanophones, majoritairement "
                "musulmanes, qui vivent en Albanie, au Kosovo, en Macédoine du Nord, au Monténégro "
                "et en Serbie. Ils font remonter leurs origines à l'Égypte et se désignent comme "
                "Égyptiens (en albanais, Egjiptianë).",
                "Ils rejettent généralement l'appellation « Roms ». Dans les Balkans occidentaux, "
                "ils sont souvent nommés avec les Roms et les Ashkali (« RAE »), et le Conseil de "
                "l'Europe les mentionne sous la forme « Égyptiens balkaniques (Égyptiens et "
                "Ashkali) ». Les noms que leur donnent les autres varient selon les lieux : "
                "Gjupci en Macédoine du Nord, ou encore Jevgs et Magjup.",
            ],
            "variants": ["Égyptiens", "Egjiptianë"],
            "note": "Écrivez « Égyptiens » ou « Égyptiens balkaniques » et ne les présentez pas "
            "comme des Roms. Préférez le nom que se donne la communauté aux appellations "
            "extérieures locales.",
        },
        "de": {
            "term": "Balkan-Ägypter",
            "variants": ["Ägypter"],
            "short": "Albanischsprachige, überwiegend muslimische Gemeinschaften in Albanien, im "
            "Kosovo, in Nordmazedonien, Montenegro und Serbien, die sich auf eine Herkunft aus "
            "Ägypten berufen; sie lehnen die Bezeichnung „Roma“ meist ab.",
        },
        "it": {
            "term": "Egiziani dei Balcani",
            "variants": ["Egiziani balcanici", "Egiziani"],
            "short": "Comunità di lingua albanese, in maggioranza musulmane, in Albania, Kosovo, "
            "Macedonia del Nord, Montenegro e Serbia, che rivendicano un'origine egiziana; in "
            "genere rifiutano la denominazione «Rom».",
        },
        "es": {
            "term": "egipcios de los Balcanes",
            "variants": ["egipcios balcánicos", "egipcios"],
            "short": "Comunidades de lengua albanesa, en su mayoría musulmanas, de Albania, "
            "Kosovo, Macedonia del Norte, Montenegro y Serbia, que reivindican un origen egipcio; "
            "por lo general rechazan la denominación «romaníes».",
        },
        "ro": {"term": "egipteni balcanici", "variants": ["egipteni"]},
        "bg": {"term": "балкански египтяни", "variants": ["египтяни"]},
        "hu": {"term": "balkáni egyiptomiak", "variants": ["egyiptomiak"]},
        "sk": {"term": "balkánski Egypťania", "variants": ["Egypťania"]},
        "uk": {"term": "балканські єгиптяни", "variants": ["єгиптяни"]},
    },
    {
        "key": "ashkali",
        "category": "groups",
        "status": "self_designation",
        "related": [],
        "sources": [S3, S18],
        "en": {
            "term": "Ashkali",
            "short": "Albanian-speaking community living mainly in Kosovo and southern Serbia, "
            "which has asserted a distinct identity since about 1999.",
            "full": [
                "The Ashkali are an Albanian-speaking community living mainly in Kosovo and in "
                "southern Serbia. Since about 1999 they have asserted an identity of their own, "
                "separate from that of the Roma.",
                "The Council of Europe lists them with the Egyptians under “Balkan Egyptians "
                "(Egyptians and Ashkali)”, and in the Western Balkans they are often named in the "
                "abbreviation RAE (Roma, Ashkali and Egyptians). They should not be described as "
                "Roma.",
            ],
            "variants": ["Hashkali"],
            "note": "Do not describe Ashkali as Roma; name them in their own right.",
        },
        "fr": {
            "term": "Ashkali",
            "short": "Communauté albanophone vivant principalement au Kosovo et dans le sud de la "
            "Serbie, qui affirme une identité distincte depuis 1999 environ.",
            "full": [
                "Les Ashkali sont une communauté albanophone qui vit principalement au Kosovo et "
                "dans le sud de la Serbie. Depuis 1999 environ, ils affirment une identité propre, "
                "distincte de celle des Roms.",
                "Le Conseil de l'Europe les mentionne avec les Égyptiens sous l'intitulé "
                "« Égyptiens balkaniques (Égyptiens et Ashkali) », et dans les Balkans "
                "occidentaux ils figurent souvent dans le sigle RAE (Roms, Ashkali et Égyptiens). "
                "Il ne faut pas les présenter comme des Roms.",
            ],
            "variants": ["Hashkali"],
            "note": "Ne présentez pas les Ashkali comme des Roms ; nommez-les en tant que tels.",
        },
        "de": {
            "term": "Ashkali",
            "variants": ["Aschkali", "Hashkali"],
            "short": "Albanischsprachige Gemeinschaft vor allem im Kosovo und in Südserbien, die "
            "seit etwa 1999 eine eigene Identität betont; sie sollte nicht als Roma bezeichnet "
            "werden.",
        },
        "it": {
            "term": "Ashkali",
            "variants": ["Hashkali"],
            "short": "Comunità di lingua albanese che vive soprattutto in Kosovo e nella Serbia "
            "meridionale e che afferma un'identità propria dal 1999 circa; non va descritta come "
            "Rom.",
        },
        "es": {
            "term": "ashkali",
            "variants": ["hashkali"],
            "short": "Comunidad de lengua albanesa que vive sobre todo en Kosovo y el sur de "
            "Serbia y que afirma una identidad propia desde aproximadamente 1999; no debe "
            "describirse como romaní.",
        },
        "ro": {"term": "ashkali", "variants": []},
        "bg": {"term": "ашкали", "variants": []},
        "hu": {"term": "askáli", "variants": ["askálik"]},
        "sk": {"term": "Aškáli", "variants": []},
        "uk": {"term": "ашкалі", "variants": []},
        "rom": {"term": "Aškali", "variants": []},
    },
    {
        "key": "dom",
        "category": "groups",
        "status": "self_designation",
        "related": [
            ("lom", "see_also"),
        ],
        "sources": [S3, S19],
        "en": {
            "term": "Dom",
            "short": "Communities of Indo-Aryan origin in the Middle East, North Africa, Turkey "
            "and the Caucasus, whose language is Domari.",
            "full": [
                "The Dom are communities of Indo-Aryan origin living in the Middle East, North "
                "Africa, Turkey and the Caucasus. Their traditional language is Domari.",
                "The Council of Europe counts the Dom among the “Eastern groups”, together with "
                "the Lom and the Abdal. Other names for them include Kurbat and Ghurbat; the "
                "Arabic “Nawar” is pejorative.",
            ],
            "variants": ["Domi", "Kurbat", "Ghurbat"],
            "note": "Use “Dom”. Avoid the Arabic “Nawar”, which is pejorative.",
        },
        "fr": {
            "term": "Dom",
            "short": "Communautés d'origine indo-aryenne du Moyen-Orient, d'Afrique du Nord, de "
            "Turquie et du Caucase, dont la langue est le domari.",
            "full": [
                "Les Dom sont des communautés d'origine indo-aryenne qui vivent au Moyen-Orient, "
                "en Afrique du Nord, en Turquie et dans le Caucase. Leur langue traditionnelle est "
                "le domari.",
                "Le Conseil de l'Europe les compte parmi les « groupes de l'Est », avec les Lom et "
                "les Abdal. On les appelle aussi Kurbat ou Ghurbat ; le terme arabe « Nawar » est "
                "péjoratif.",
            ],
            "variants": ["Domi", "Kurbat", "Ghurbat"],
            "note": "Employez « Dom ». Évitez le terme arabe « Nawar », qui est péjoratif.",
        },
        "de": {
            "term": "Dom",
            "variants": ["Domi"],
            "short": "Gemeinschaften indoarischer Herkunft im Nahen Osten, in Nordafrika, der "
            "Türkei und im Kaukasus mit der Sprache Domari; das arabische „Nawar“ ist abwertend.",
        },
        "it": {
            "term": "Dom",
            "variants": ["Domi"],
            "short": "Comunità di origine indoaria del Medio Oriente, del Nord Africa, della "
            "Turchia e del Caucaso, la cui lingua è il domari; l'arabo «Nawar» è spregiativo.",
        },
        "es": {
            "term": "dom",
            "variants": ["domi"],
            "short": "Comunidades de origen indoario de Oriente Próximo, el norte de África, "
            "Turquía y el Cáucaso, cuya lengua es el domari; el término árabe «nawar» es "
            "peyorativo.",
        },
        "ro": {"term": "dom", "variants": ["domi"]},
        "bg": {"term": "доми", "variants": ["дом"]},
        "hu": {"term": "domok", "variants": ["dom"]},
        "sk": {"term": "Domovia", "variants": ["Dom"]},
        "uk": {"term": "доми", "variants": ["дом"]},
        "rom": {"term": "Dom", "variants": []},
    },
    {
        "key": "lom",
        "category": "groups",
        "status": "self_designation",
        "related": [],
        "sources": [S3, S19],
        "en": {
            "term": "Lom",
            "short": "Community living in Armenia, Georgia and north-eastern Turkey, whose "
            "traditional language is Lomavren.",
            "full": [
                "The Lom live in Armenia, Georgia and north-eastern Turkey. Their traditional "
                "language is Lomavren.",
                "The Council of Europe counts the Lom among the “Eastern groups”, with the Dom and "
                "the Abdal. In Armenia the outsider name “Bosha” is used as an insult.",
            ],
            "variants": ["Lomavtik"],
            "note": "Use “Lom”. Avoid “Bosha”, which is an insult in Armenia.",
        },
        "fr": {
            "term": "Lom",
            "short": "Communauté vivant en Arménie, en Géorgie et dans le nord-est de la Turquie, "
            "dont la langue traditionnelle est le lomavren.",
            "full": [
                "Les Lom vivent en Arménie, en Géorgie et dans le nord-est de la Turquie. Leur "
                "langue traditionnelle est le lomavren.",
                "Le Conseil de l'Europe les compte parmi les « groupes de l'Est », avec les Dom et "
                "les Abdal. En Arménie, l'appellation extérieure « Bosha » est employée comme une "
                "insulte.",
            ],
            "variants": ["Lomavtik"],
            "note": "Employez « Lom ». Évitez « Bosha », qui est une insulte en Arménie.",
        },
        "de": {
            "term": "Lom",
            "variants": [],
            "short": "Gemeinschaft in Armenien, Georgien und im Nordosten der Türkei mit der "
            "traditionellen Sprache Lomavren; die Bezeichnung „Bosha“ ist in Armenien ein "
            "Schimpfwort.",
        },
        "it": {
            "term": "Lom",
            "variants": [],
            "short": "Comunità che vive in Armenia, Georgia e nella Turchia nord-orientale, la cui "
            "lingua tradizionale è il lomavren; in Armenia «Bosha» è un insulto.",
        },
        "es": {
            "term": "lom",
            "variants": [],
            "short": "Comunidad que vive en Armenia, Georgia y el noreste de Turquía, cuya lengua "
            "tradicional es el lomavren; en Armenia, «bosha» es un insulto.",
        },
        "ro": {"term": "lom", "variants": []},
        "bg": {"term": "ломи", "variants": ["лом"]},
        "hu": {"term": "lomok", "variants": ["lom"]},
        "sk": {"term": "Lomovia", "variants": ["Lom"]},
        "uk": {"term": "ломи", "variants": ["лом"]},
        "rom": {"term": "Lom", "variants": []},
    },
    {
        "key": "abdal",
        "category": "groups",
        "status": "acceptable",
        "related": [],
        "sources": [S3],
        "en": {
            "term": "Abdal",
            "short": "One of the Council of Europe's “Eastern groups”, generally described as "
            "itinerant or formerly itinerant communities in Anatolia.",
            "full": [
                "The Council of Europe names the Abdal as one of its “Eastern groups”, together "
                "with the Dom and the Lom. They are generally described as itinerant or formerly "
                "itinerant communities in Anatolia, but little reliable information about them is "
                "available.",
            ],
            "variants": [],
            "note": "Reliable sources are scarce: use the name with care and avoid generalisations.",
        },
        "fr": {
            "term": "Abdal",
            "short": "L'un des « groupes de l'Est » du Conseil de l'Europe, généralement décrit "
            "comme un ensemble de communautés itinérantes ou anciennement itinérantes "
            "d'Anatolie.",
            "full": [
                "Le Conseil de l'Europe cite les Abdal parmi ses « groupes de l'Est », avec les "
                "Dom et les Lom. On les décrit généralement comme des communautés itinérantes ou "
                "anciennement itinérantes d'Anatolie, mais les informations fiables à leur sujet "
                "sont rares.",
            ],
            "variants": [],
            "note": "Les sources fiables sont rares : employez ce nom avec prudence et évitez les "
            "généralisations.",
        },
        "de": {
            "term": "Abdal",
            "variants": [],
            "short": "Eine der „östlichen Gruppen“ des Europarats; meist als umherziehende oder "
            "früher umherziehende Gemeinschaften in Anatolien beschrieben.",
        },
        "it": {
            "term": "Abdal",
            "variants": [],
            "short": "Uno dei «gruppi orientali» del Consiglio d'Europa, descritto di solito come "
            "comunità itineranti o un tempo itineranti dell'Anatolia.",
        },
        "es": {
            "term": "abdal",
            "variants": [],
            "short": "Uno de los «grupos orientales» del Consejo de Europa, descrito por lo general "
            "como comunidades itinerantes o antiguamente itinerantes de Anatolia.",
        },
        "ro": {"term": "abdal", "variants": []},
        "bg": {"term": "абдали", "variants": ["абдал"]},
        "hu": {"term": "abdalok", "variants": ["abdal"]},
        "sk": {"term": "Abdal", "variants": []},
        "uk": {"term": "абдали", "variants": ["абдал"]},
        "rom": {"term": "Abdal", "variants": []},
    },
    {
        "key": "eastern-groups",
        "category": "groups",
        "status": "acceptable",
        "related": [
            ("dom", "narrower"),
            ("lom", "narrower"),
            ("abdal", "narrower"),
        ],
        "sources": [S3, S4],
        "en": {
            "term": "Eastern groups",
            "short": "Council of Europe category grouping the Dom, the Lom and the Abdal.",
            "full": [
                "The “Eastern groups” is a collective label used by the Council of Europe for the "
                "Dom, the Lom and the Abdal, communities of the Middle East, North Africa, Turkey "
                "and the Caucasus. It brings them within the scope of its work on Roma and "
                "Travellers.",
                "It is a descriptive category, not a name that any of these groups uses for "
                "itself. When writing about a particular community, use its own name.",
            ],
            "variants": [],
            "note": "A category, not a self-name: name the specific group where you can.",
        },
        "fr": {
            "term": "Groupes de l'Est",
            "short": "Catégorie du Conseil de l'Europe regroupant les Dom, les Lom et les Abdal.",
            "full": [
                "Les « groupes de l'Est » sont une appellation collective employée par le Conseil "
                "de l'Europe pour les Dom, les Lom et les Abdal, communautés du Moyen-Orient, "
                "d'Afrique du Nord, de Turquie et du Caucase. Elle les inclut dans le champ de ses "
                "travaux sur les Roms et les Gens du voyage.",
                "Il s'agit d'une catégorie descriptive, et non d'un nom que l'un de ces groupes se "
                "donne. Lorsque vous parlez d'une communauté précise, employez son propre nom.",
            ],
            "variants": [],
            "note": "Une catégorie, pas une autodésignation : nommez le groupe précis lorsque "
            "c'est possible.",
        },
        "de": {
            "term": "Östliche Gruppen",
            "variants": [],
            "short": "Sammelkategorie des Europarats für Dom, Lom und Abdal; keine Selbstbezeichnung.",
        },
        "it": {
            "term": "Gruppi orientali",
            "variants": [],
            "short": "Categoria del Consiglio d'Europa che riunisce Dom, Lom e Abdal; non è "
            "un'autodenominazione.",
        },
        "es": {
            "term": "grupos orientales",
            "variants": [],
            "short": "Categoría del Consejo de Europa que agrupa a los dom, los lom y los abdal; "
            "no es una autodenominación.",
        },
        "ro": {"term": "grupuri estice", "variants": []},
        "bg": {"term": "източни групи", "variants": []},
        "hu": {"term": "keleti csoportok", "variants": []},
        "sk": {"term": "východné skupiny", "variants": []},
        "uk": {"term": "східні групи", "variants": []},
    },
    {
        "key": "travellers",
        "category": "groups",
        "status": "acceptable",
        "related": [
            ("irish-travellers", "narrower"),
            ("yenish", "see_also"),
            ("gens-du-voyage", "see_also"),
            ("halting-site", "see_also"),
            ("encampment", "see_also"),
        ],
        "sources": [S1, S3, S22, S21],
        "en": {
            "term": "Travellers",
            "short": "Groups of non-Romani origin with a traditionally nomadic way of life, living "
            "mainly in Ireland and Great Britain.",
            "full": [
                "Travellers are groups with a traditionally nomadic way of life who are not of "
                "Romani origin. They live mainly in Ireland and Great Britain and include Irish "
                "Travellers and Scottish Travellers.",
                "Written with a capital T, the word names these communities. It is not a synonym "
                "of “Roma”, and it does not correspond to the French administrative category "
                "“Gens du voyage”, with which it is often confused in translation.",
                "In Council of Europe usage, Travellers are part of the umbrella term “Roma and "
                "Travellers”, alongside groups such as the Yenish.",
            ],
            "variants": ["Traveller"],
            "note": "Capital T. Not a synonym of “Roma”, and not a translation of “gens du "
            "voyage”. Council of Europe French keeps the English word “Travellers”.",
        },
        "fr": {
            "term": "Travellers",
            "short": "Groupes d'origine non romani, au mode de vie traditionnellement nomade, "
            "vivant principalement en Irlande et en Grande-Bretagne.",
            "full": [
                "Les Travellers sont des groupes au mode de vie traditionnellement nomade qui ne "
                "sont pas d'origine romani. Ils vivent principalement en Irlande et en "
                "Grande-Bretagne ; on compte parmi eux les Travellers irlandais et les Travellers "
                "écossais.",
                "Le mot s'écrit avec une majuscule lorsqu'il désigne ces communautés. Ce n'est pas "
                "un synonyme de « Roms », et il ne correspond pas à la catégorie administrative "
                "française des « Gens du voyage », avec laquelle il est souvent confondu en "
                "traduction.",
                "Dans l'usage du Conseil de l'Europe, les Travellers font partie de l'ensemble "
                "désigné par « Roms et Gens du voyage » (en anglais « Roma and Travellers »), aux "
                "côtés de groupes comme les Yéniches.",
            ],
            "variants": ["Traveller", "Voyageurs"],
            "note": "Avec une majuscule. Ne pas traduire par « Roms » ni par « gens du voyage » : "
            "les textes du Conseil de l'Europe en français gardent le mot anglais « Travellers » ; "
            "on trouve aussi « Voyageurs ».",
        },
        "de": {
            "term": "Travellers",
            "variants": ["Traveller"],
            "short": "Gruppen mit traditionell nomadischer Lebensweise, die nicht von Roma "
            "abstammen, vor allem in Irland und Großbritannien; weder ein Synonym für „Roma“ noch "
            "eine Übersetzung von „Gens du voyage“.",
        },
        "it": {
            "term": "Travellers",
            "variants": ["Traveller"],
            "short": "Gruppi di origine non romanì, con uno stile di vita tradizionalmente "
            "nomade, che vivono soprattutto in Irlanda e in Gran Bretagna; il termine non è "
            "sinonimo di «Rom».",
        },
        "es": {
            "term": "travellers",
            "variants": ["viajeros"],
            "short": "Grupos de origen no romaní, con una forma de vida tradicionalmente nómada, "
            "que viven sobre todo en Irlanda y Gran Bretaña; el término no es sinónimo de "
            "«romaníes».",
        },
        "ro": {"term": "Travellers", "variants": ["Traveller"]},
        "bg": {"term": "пътуващи общности", "variants": ["Travellers"]},
        "hu": {"term": "travellerek", "variants": ["Travellers"]},
        "sk": {"term": "Travelleri", "variants": ["Travellers"]},
        "uk": {"term": "тревелери", "variants": ["Travellers"]},
    },
    {
        "key": "irish-travellers",
        "category": "groups",
        "status": "acceptable",
        "related": [],
        "sources": [S21],
        "en": {
            "term": "Irish Travellers",
            "short": "Indigenous Irish ethnic group with a traditionally nomadic way of life, "
            "recognised by Ireland as an ethnic minority in 2017.",
            "full": [
                "Irish Travellers are an indigenous Irish ethnic group with a traditionally "
                "nomadic way of life. Ireland formally recognised them as an ethnic minority in "
                "2017.",
                "They call themselves Mincéirí (Minceir) or Pavees, and in Irish they are known as "
                "an Lucht Siúil. Their own language is Shelta, also called Cant or Gammon.",
            ],
            "variants": ["Mincéirí", "Minceir", "Pavee", "an Lucht Siúil"],
            "note": "Always capitalise “Travellers”. “Tinker”, “knacker”, “pikey” and "
            "“itinerant” are slurs: do not use them.",
        },
        "fr": {
            "term": "Travellers irlandais",
            "short": "Groupe ethnique autochtone d'Irlande, au mode de vie traditionnellement "
            "nomade, reconnu comme minorité ethnique par l'Irlande en 2017.",
            "full": [
                "Les Travellers irlandais forment un groupe ethnique autochtone d'Irlande au mode "
                "de vie traditionnellement nomade. L'Irlande les a officiellement reconnus comme "
                "minorité ethnique en 2017.",
                "Ils se désignent comme Mincéirí (Minceir) ou Pavees ; en irlandais, on les "
                "appelle an Lucht Siúil. Leur langue propre est le shelta, aussi appelé cant ou "
                "gammon.",
            ],
            "variants": ["Mincéirí", "Minceir", "Pavee", "an Lucht Siúil"],
            "note": "Toujours avec une majuscule. Les mots anglais « tinker », « knacker », "
            "« pikey » et « itinerant » sont des insultes : ne les employez pas.",
        },
        "de": {
            "term": "Irish Travellers",
            "variants": ["Irische Travellers", "Pavee"],
            "short": "Indigene ethnische Gruppe Irlands mit traditionell nomadischer "
            "Lebensweise, 2017 von Irland als ethnische Minderheit anerkannt; ihre Sprache ist "
            "Shelta.",
        },
        "it": {
            "term": "Travellers irlandesi",
            "variants": ["Irish Travellers", "Pavee"],
            "short": "Gruppo etnico autoctono irlandese dallo stile di vita tradizionalmente "
            "nomade, riconosciuto dall'Irlanda come minoranza etnica nel 2017; la sua lingua è lo "
            "shelta.",
        },
        "es": {
            "term": "travellers irlandeses",
            "variants": ["viajeros irlandeses", "pavee"],
            "short": "Grupo étnico autóctono de Irlanda, de forma de vida tradicionalmente "
            "nómada, reconocido por Irlanda como minoría étnica en 2017; su lengua es el shelta.",
        },
        "ro": {"term": "Irish Travellers", "variants": ["Pavee", "Mincéirí"]},
        "bg": {"term": "ирландски пътуващи общности", "variants": ["Irish Travellers", "Pavee"]},
        "hu": {"term": "ír travellerek", "variants": ["Irish Travellers", "Pavee"]},
        "sk": {"term": "írski Travelleri", "variants": ["Irish Travellers", "Pavee"]},
        "uk": {
            "term": "ірландські тревелери",
            "variants": ["ірландські мандрівники", "Irish Travellers", "Pavee"],
        },
    },
    {
        "key": "yenish",
        "category": "groups",
        "status": "self_designation",
        "related": [
            ("gens-du-voyage", "see_also"),
        ],
        "sources": [S1, S3, S20],
        "en": {
            "term": "Yenish",
            "short": "Group with an itinerant tradition, not of Romani origin, in Germany, "
            "Switzerland, Austria, France, Belgium and Luxembourg, with its own German-based "
            "language; a national minority in Switzerland.",
            "full": [
                "The Yenish are a group with an itinerant tradition living in Germany, "
                "Switzerland, Austria, France, Belgium and Luxembourg. They are not of Romani "
                "origin, and they have their own language, a cant based on German.",
                "Switzerland recognises the Yenish as a national minority. Until the 1970s, "
                "Yenish children in Switzerland were taken from their families under the "
                "child-removal programme known as “Kinder der Landstrasse” (“children of the "
                "country road”).",
            ],
            "variants": ["Jenisch", "Yeniche"],
            "note": "Do not describe the Yenish as Roma. Council of Europe French writes "
            "“Yéniches”; the German name is “Jenische”.",
        },
        "fr": {
            "term": "Yéniches",
            "short": "Groupe de tradition itinérante, d'origine non romani, présent en Allemagne, "
            "en Suisse, en Autriche, en France, en Belgique et au Luxembourg, qui possède sa "
            "propre langue à base allemande ; minorité nationale en Suisse.",
            "full": [
                "Les Yéniches sont un groupe de tradition itinérante présent en Allemagne, en "
                "Suisse, en Autriche, en France, en Belgique et au Luxembourg. Ils ne sont pas "
                "d'origine romani et ont leur propre langue, un parler à base allemande.",
                "La Suisse reconnaît les Yéniches comme minorité nationale. Jusque dans les "
                "années 1970, des enfants yéniches y ont été retirés à leurs familles dans le "
                "cadre du programme connu sous le nom de « Kinder der Landstrasse » (« enfants de "
                "la grand-route »).",
            ],
            "variants": ["Yéniche", "Jenisch", "Yenish"],
            "note": "Ne présentez pas les Yéniches comme des Roms. En anglais : « Yenish » ; en "
            "allemand : « Jenische ».",
        },
        "de": {
            "term": "Jenische",
            "variants": ["Jenischer", "Jenisch"],
            "short": "Gruppe mit fahrender Tradition in Deutschland, der Schweiz, Österreich, "
            "Frankreich, Belgien und Luxemburg, die nicht von Roma abstammt und eine eigene, auf "
            "dem Deutschen beruhende Sprache hat; in der Schweiz als nationale Minderheit "
            "anerkannt.",
        },
        "it": {
            "term": "Jenisch",
            "variants": ["Yenish"],
            "short": "Gruppo di tradizione itinerante, di origine non romanì, presente in "
            "Germania, Svizzera, Austria, Francia, Belgio e Lussemburgo, con una propria lingua "
            "di base tedesca; minoranza nazionale in Svizzera.",
        },
        "es": {
            "term": "yeniches",
            "variants": ["jenisch", "yenish"],
            "short": "Grupo de tradición itinerante, de origen no romaní, presente en Alemania, "
            "Suiza, Austria, Francia, Bélgica y Luxemburgo, con una lengua propia de base "
            "alemana; minoría nacional en Suiza.",
        },
        "ro": {"term": "Yenish", "variants": ["Jenische", "Yéniches"]},
        "bg": {"term": "йениши", "variants": ["Jenische"]},
        "hu": {"term": "jenisek", "variants": ["jenis", "Jenische"]},
        "sk": {"term": "Jeniši", "variants": ["Jenische"]},
        "uk": {"term": "єніші", "variants": ["Jenische"]},
    },
    {
        "key": "gens-du-voyage",
        "category": "groups",
        "status": "acceptable",
        "related": [
            ("aire-d-accueil", "see_also"),
        ],
        "sources": [S3, S22],
        "en": {
            "term": "Gens du voyage",
            "short": "French administrative, not ethnic, category for people who live in mobile "
            "homes; the term is also used in Belgium and Switzerland.",
            "full": [
                "“Gens du voyage” is an administrative category in French law, not an ethnic one. "
                "It covers people who live in mobile homes, whatever group they belong to; "
                "Manouches and Yenish, for example, may come under it.",
                "A law of 3 January 1969 required them to carry circulation booklets; that regime "
                "was repealed by the law of 27 January 2017. Under the Besson laws, communes with "
                "more than 5,000 inhabitants must provide reception sites (aires d'accueil).",
                "The term is also used in Belgium and Switzerland. It should never be translated "
                "as “Roma”, and it is not the same as the English “Travellers”, with which it is "
                "often confused.",
            ],
            "variants": [],
            "note": "Keep the French term, in quotation marks or italics, when writing in other "
            "languages. Never translate it as “Roma”, and do not render it as “Travellers”.",
        },
        "fr": {
            "term": "Gens du voyage",
            "short": "Catégorie administrative française, et non ethnique, visant les personnes "
            "qui vivent en habitat mobile ; le terme est aussi employé en Belgique et en Suisse.",
            "full": [
                "« Gens du voyage » est une catégorie administrative du droit français, et non une "
                "catégorie ethnique. Elle vise les personnes qui vivent en habitat mobile, quel "
                "que soit le groupe auquel elles appartiennent : des Manouches ou des Yéniches, "
                "par exemple, peuvent en relever.",
                "La loi du 3 janvier 1969 leur imposait des titres de circulation ; ce régime a "
                "été abrogé par la loi du 27 janvier 2017. En vertu des lois Besson, les communes "
                "de plus de 5 000 habitants doivent aménager des aires d'accueil.",
                "Le terme est aussi employé en Belgique et en Suisse. Il ne faut jamais le traduire "
                "par « Roms », et il ne correspond pas à l'anglais « Travellers », avec lequel il "
                "est souvent confondu.",
            ],
            "variants": [],
            "note": "Dans les autres langues, conservez le terme français, entre guillemets ou en "
            "italique. Ne le traduisez jamais par « Roms » ni par « Travellers ».",
        },
        "de": {
            "term": "Gens du voyage",
            "variants": ["Fahrende"],
            "short": "Französische Verwaltungskategorie – keine ethnische Bezeichnung – für "
            "Menschen, die in mobilen Unterkünften leben; auch in Belgien und der Schweiz "
            "gebräuchlich. Nie mit „Roma“ übersetzen.",
        },
        "it": {
            "term": "Gens du voyage",
            "variants": [],
            "short": "Categoria amministrativa francese, non etnica, per le persone che vivono in "
            "abitazioni mobili; il termine è usato anche in Belgio e in Svizzera. Non va mai "
            "tradotto con «Rom».",
        },
        "es": {
            "term": "gens du voyage",
            "variants": [],
            "short": "Categoría administrativa francesa, no étnica, para las personas que viven en "
            "viviendas móviles; el término se usa también en Bélgica y Suiza. Nunca debe "
            "traducirse por «romaníes».",
        },
        "ro": {"term": "Gens du voyage", "variants": []},
        "bg": {"term": "Gens du voyage", "variants": []},
        "hu": {"term": "Gens du voyage", "variants": []},
        "sk": {"term": "Gens du voyage", "variants": []},
        "uk": {"term": "Gens du voyage", "variants": []},
        "rom": {"term": "Gens du voyage", "variants": []},
    },
]
