"""Glossary terms, part B: exonyms, subgroups, language, racism and remembrance, policy.

Data only (see FORMAT.md). Facts come from /work/shared/GLOSSARY_SOURCES.md and the
seed pages; locales that are left out are left for translators on purpose.
"""

# Sources, as listed at the end of GLOSSARY_SOURCES.md (URLs only where given there).
S1 = (
    "Council of Europe, Descriptive Glossary of terms relating to Roma issues, 18 May 2012",
    "https://rm.coe.int/1680088eab",
)
S2 = ("Council of Europe, Roma and Travellers Glossary, 2006", "")
S3 = ("European Alliance of Cities and Regions for Roma Inclusion, roma-alliance.org pages", "")
S5 = ("ECRI General Policy Recommendation No. 13 (2011)", "")
S6 = ("IHRA working definition of antigypsyism / anti-Roma discrimination (2020)", "")
S7 = ("EU High Level Group paper on antigypsyism (2018)", "")
S8 = ("Council of Europe, ADI-ROM report", "")
S9 = ("Rrominalco; RomArchive", "")
S10 = ("Reports on the European Roma Holocaust Memorial Day, 2 August", "")
S11 = ("Sources on International Roma Day (8 April) and the 1971 World Romani Congress", "")
S12 = ("ROMED programme websites", "")
S13 = ("ROMACT programme website", "")
S14 = ("ROMACTED programme", "")
S15 = ("Marushiakova and Popov, The Roma Court", "")
S16 = ("Romani dialect resources (University of Manchester; Austrian Academy of Sciences)", "")
S22 = ("Sources on the Gens du voyage in France", "")
S23 = ("Sources on Swiss site types for Travellers", "")
S24 = ("PACE Resolution 2413 (2021); joint statement on evictions of Roma and Travellers (2016)", "")
S25 = ("European Court of Human Rights, judgments on school segregation of Roma children", "")
S26 = ("Council of Europe, Dosta! campaign and Dosta!-Congress Prize", "")
S27 = ("Declaration of Mayors and Regional Elected Representatives against anti-Gypsyism (2017)", "")
S28 = ('RomArchive, "Gypsy"; Wiktionary', "")
S29 = ('Sources on the Romani word "gadjo"', "")
S30 = ("Neue deutsche Medienmacher, glossary", "")
S31 = ("Antiracist toolkit", "")
S37 = ("Sources on International Romani Language Day", "")
S39 = ("European Alliance of Cities and Regions for Roma Inclusion, page on 2 August", "")


TERMS = [
    # ------------------------------------------------------------------ exonyms
    {
        "key": "gypsy",
        "category": "groups",
        "status": "avoid",
        "related": [("roma-and-travellers", "use_instead"), ("tsiganes", "see_also")],
        "sources": [S1, S2, S28],
        "en": {
            "term": "Gypsy / Gypsies",
            "short": 'English exonym derived from "Egyptian", after a mistaken belief about '
            "where the people so named came from. Many regard it as pejorative, although "
            "some groups in Britain use it of themselves.",
            "full": [
                '"Gypsy" is an exonym, a name given from outside. It comes from "Egyptian" '
                "and reflects the mistaken belief that the people it was applied to had come "
                'from Egypt. The Spanish "Gitano" and the French "Gitan" go back to the '
                "same root.",
                "Many Roma consider the word pejorative, and the first World Romani Congress "
                'in 1971 adopted "Roma" as the people\'s own name in its place. In Britain, '
                "however, some groups call themselves Gypsies: many Romanichals prefer "
                '"Gypsy" or "Romany Gypsy", and UK policy speaks of "Gypsy, Roma and '
                'Traveller" (GRT) communities.',
                "The Council of Europe therefore does not use the word as a general label, "
                'but its umbrella term "Roma and Travellers" expressly includes persons who '
                "identify themselves as Gypsies.",
            ],
            "variants": ["Gypsies", "Gipsy", "Gipsies"],
            "note": 'Many people regard "Gypsies" as a pejorative name; for the groups as a '
            'whole, the Council of Europe says "Roma and Travellers" instead. Do not use '
            '"Gypsy" as a general label, but respect it where people use it as their own '
            "name, as some British groups do, and write it with a capital G.",
        },
        "fr": {
            "term": "Gypsy / Gypsies",
            "short": "Exonyme anglais dérivé de « Egyptian » (Égyptien), issu d'une croyance "
            "erronée sur l'origine des personnes ainsi désignées. Beaucoup le jugent "
            "péjoratif, mais certains groupes britanniques l'emploient pour se désigner "
            "eux-mêmes.",
            "full": [
                "« Gypsy » est un exonyme, c'est-à-dire un nom donné de l'extérieur. Il vient "
                "de « Egyptian » et reflète la croyance erronée selon laquelle les personnes "
                "ainsi nommées seraient venues d'Égypte. L'espagnol « Gitano » et le français "
                "« Gitan » ont la même origine.",
                "Beaucoup de Roms considèrent ce mot comme péjoratif, et le premier Congrès "
                "mondial rom, en 1971, a adopté à sa place le nom « Roms » comme "
                "autodésignation. Au Royaume-Uni, en revanche, certains groupes se désignent "
                "eux-mêmes ainsi : de nombreux Romanichels préfèrent « Gypsy » ou « Romany "
                "Gypsy », et les politiques publiques britanniques parlent des communautés "
                "« Gypsy, Roma and Traveller » (GRT).",
                "Le Conseil de l'Europe n'emploie donc pas ce mot comme désignation générale, "
                "mais son terme générique « Roms et Gens du voyage » inclut expressément les "
                "personnes qui s'identifient comme Gypsies ; la version française de cette "
                "liste les désigne par « Tsiganes ».",
            ],
            "variants": ["Gypsies", "Gipsy"],
            "note": "Beaucoup considèrent « Gypsies » comme un terme péjoratif ; pour "
            "désigner l'ensemble des groupes, le Conseil de l'Europe emploie « Roms et Gens "
            "du voyage ». Ne pas utiliser « Gypsy » comme désignation générale, mais le "
            "respecter lorsque des personnes se nomment ainsi, comme certains groupes "
            "britanniques, avec une majuscule.",
        },
        "de": {
            "term": "Gypsy",
            "variants": ["Gypsies", "Gipsy"],
            "short": "Englische Fremdbezeichnung, abgeleitet von „Egyptian“ (Ägypter) und "
            "dem Irrglauben über eine Herkunft aus Ägypten; von vielen als abwertend "
            "empfunden, von manchen Gruppen in Großbritannien aber als Selbstbezeichnung "
            "verwendet.",
        },
        "it": {
            "term": "Gypsy",
            "variants": ["Gypsies", "Gipsy"],
            "short": "Esonimo inglese derivato da «Egyptian» (egiziano), frutto della "
            "convinzione errata di un'origine egiziana; molti lo considerano spregiativo, ma "
            "alcuni gruppi in Gran Bretagna lo usano per designare sé stessi.",
        },
        "es": {
            "term": "Gypsy",
            "variants": ["Gypsies", "Gipsy"],
            "short": "Exónimo inglés derivado de «Egyptian» (egipcio), por la creencia errónea "
            "de un origen egipcio; comparte raíz con «gitano». Muchos lo consideran "
            "peyorativo, aunque algunos grupos británicos lo usan como autodenominación.",
        },
        "ro": {"term": "Gypsy", "variants": ["Gypsies"]},
        "bg": {"term": "Gypsy", "variants": ["Gypsies"]},
        "hu": {"term": "Gypsy", "variants": ["Gypsies"]},
        "sk": {"term": "Gypsy", "variants": ["Gypsies"]},
        "uk": {"term": "Gypsy", "variants": ["Gypsies"]},
    },
    {
        "key": "tsiganes",
        "category": "groups",
        "status": "pejorative",
        "related": [("roma-and-travellers", "use_instead"), ("antiziganism", "see_also")],
        "sources": [S28, S30, S1],
        "en": {
            "term": "Tsiganes / Zigeuner / cigány / țigani",
            "short": "A family of exonyms for Roma in many European languages, traced back to "
            'the Byzantine Greek "athinganoi"; originally pejorative, and generally '
            "considered pejorative today.",
            "full": [
                "Many European languages name Roma with words that go back to the Byzantine "
                'Greek "athinganoi": French "Tsiganes" (or "Tziganes"), German '
                '"Zigeuner", Hungarian "cigány", Romanian "țigani", Italian "zingari", '
                'Turkish "Çingene". They are names given from outside, and they were '
                "pejorative from the start.",
                'Today they are generally regarded as pejorative. In German, "Zigeuner" is '
                'often avoided altogether and referred to as the "Z-word" (Z-Wort). Terms '
                'built on the same root, such as "antiziganism", are criticised for this '
                "reason.",
                'In French, "Tsiganes" and "Gitans" are not interchangeable: they name '
                "different groups. The French version of the Council of Europe's \"Roma and "
                'Travellers" list ends with "Tsiganes", where the English version speaks of '
                "persons who identify themselves as Gypsies.",
            ],
            "variants": ["Tziganes", "Zigeuner", "cigány", "țigani", "zingari", "Çingene"],
            "note": "Generally pejorative: do not use these words for Roma in general. Say "
            '"Roma", name the specific group, or use "Roma and Travellers" for all groups. '
            "Quote the words only when discussing the words themselves, historical sources, "
            "or people who call themselves so.",
        },
        "fr": {
            "term": "Tsiganes / Zigeuner / cigány / țigani",
            "short": "Famille d'exonymes désignant les Roms dans de nombreuses langues "
            "européennes, issus du grec byzantin « athinganoi » ; péjoratifs à l'origine et "
            "généralement considérés comme tels aujourd'hui.",
            "full": [
                "Dans de nombreuses langues européennes, les Roms sont désignés par des mots "
                "issus du grec byzantin « athinganoi » : « Tsiganes » (ou « Tziganes ») en "
                "français, « Zigeuner » en allemand, « cigány » en hongrois, « țigani » en "
                "roumain, « zingari » en italien, « Çingene » en turc. Ce sont des noms "
                "donnés de l'extérieur, péjoratifs dès l'origine.",
                "Ils sont aujourd'hui généralement considérés comme péjoratifs. En allemand, "
                "on évite souvent de prononcer « Zigeuner » et l'on parle du « mot en Z » "
                "(Z-Wort). Les termes formés sur la même racine, comme « antiziganisme », "
                "sont critiqués pour cette raison.",
                "En français, « Tsiganes » et « Gitans » ne sont pas interchangeables : ils "
                "désignent des groupes différents. La version française de la liste « Roms "
                "et Gens du voyage » du Conseil de l'Europe se termine par « Tsiganes », là "
                "où la version anglaise mentionne les personnes qui s'identifient comme "
                "Gypsies.",
            ],
            "variants": ["Tziganes", "Tsigane", "Tzigane", "Zigeuner", "cigány", "țigani", "zingari"],
            "note": "Termes généralement péjoratifs : ne pas les employer pour désigner les "
            "Roms en général. Dire « Roms », nommer le groupe concerné, ou employer « Roms "
            "et Gens du voyage » pour l'ensemble des groupes. Ne les citer que pour parler "
            "des mots eux-mêmes, de sources historiques ou de personnes qui se désignent "
            "ainsi.",
        },
        "de": {
            "term": "Zigeuner",
            # Inflected forms, for the terminology check; "Z-Wort" is the euphemism
            # people use instead, not a form of the word to avoid.
            "variants": ["Zigeunerin", "Zigeunerinnen", "Zigeunern", "Zigeuners"],
            "short": "Fremdbezeichnung für Sinti und Roma, die auf das byzantinisch-griechische "
            "„athinganoi“ zurückgeführt wird; von Anfang an abwertend, wird heute meist "
            "als „Z-Wort“ umschrieben und allgemein als diskriminierend angesehen.",
        },
        "it": {
            "term": "zingari",
            "variants": ["zingaro", "zingara", "zingare"],
            "short": "Esonimo per i rom, come il francese «Tsiganes» o il tedesco "
            "«Zigeuner», fatto risalire al greco bizantino «athinganoi»; spregiativo fin "
            "dall'origine e oggi generalmente considerato tale.",
        },
        "es": {
            "term": "zíngaros",
            "variants": ["zíngaro", "cíngaros", "tsiganes"],
            "short": "Exónimos para los romaníes en muchas lenguas europeas (francés "
            "«Tsiganes», alemán «Zigeuner», húngaro «cigány», rumano «țigani»), derivados "
            "del griego bizantino «athinganoi»; se consideran en general peyorativos. No "
            "confundir con «gitano», que tiene otra raíz.",
        },
        "ro": {"term": "țigani", "variants": ["țigan", "țigancă", "ţigani"]},
        "bg": {"term": "цигани", "variants": ["циганин", "циганка"]},
        "hu": {"term": "cigány", "variants": ["cigányok"]},
        "sk": {"term": "Cigáni", "variants": ["Cigán", "Cigánka"]},
        "uk": {"term": "цигани", "variants": ["циган", "циганка"]},
    },
    {
        "key": "gadje",
        "category": "language",
        "status": "acceptable",
        "related": [("romani-language", "see_also")],
        "sources": [S1, S29],
        "en": {
            "term": "Gadje",
            "short": "Romani word for people who are not Roma (masculine gadjo, feminine "
            "gadji, plural gadje); neutral in Romani use.",
            "full": [
                "In Romani, a gadjo (feminine gadji, plural gadje) is a person who is not "
                "Roma. The spelling varies with the writing system: gadžo and gadže, or gajo.",
                "In Romani use the word is neutral: it marks the line between members of the "
                "community and outsiders, without being an insult in itself.",
            ],
            "variants": ["gadjo", "gadji", "gadže", "gajo"],
            "note": "A neutral word in Romani. Outside Romani contexts, explain it at first use.",
        },
        "fr": {
            "term": "gadjé",
            "short": "Mot romani désignant les personnes qui ne sont pas roms (masculin "
            "gadjo, féminin gadji, pluriel gadjé) ; neutre dans l'usage romani.",
            "full": [
                "En romani, un gadjo (féminin gadji, pluriel gadjé) est une personne qui "
                "n'est pas rom. L'orthographe varie selon le système d'écriture : gadžo et "
                "gadže, ou gajo.",
                "Dans l'usage romani, le mot est neutre : il marque la frontière entre les "
                "membres de la communauté et les personnes extérieures, sans être une "
                "insulte en soi.",
            ],
            "variants": ["gadjo", "gadji", "gadgé", "gadže"],
            "note": "Mot neutre en romani. Hors d'un contexte romani, l'expliquer à la première occurrence.",
        },
        "de": {
            "term": "Gadje",
            "variants": ["Gadže"],
            "short": "Romani-Wort für Menschen, die keine Roma sind (männlich gadjo, weiblich "
            "gadji, Plural gadje); im Romani neutral.",
        },
        "it": {
            "term": "gagé",
            "variants": ["gagio", "gadjo", "gadje"],
            "short": "Parola romanì che indica chi non è rom (maschile gadjo, femminile "
            "gadji, plurale gadje); nell'uso romanì è neutra.",
        },
        "es": {
            "term": "gadjo",
            "variants": ["gadji", "gadje", "gadže"],
            "short": "Palabra romaní para las personas que no son roma (masculino gadjo, "
            "femenino gadji, plural gadje); en el uso romaní es neutra.",
        },
        "ro": {"term": "gadjo", "variants": ["gadji", "gadje"]},
        "bg": {"term": "гаджо", "variants": ["гаджи", "гадже"]},
        "hu": {"term": "gádzsó", "variants": ["gádzsók"]},
        "sk": {"term": "gadžo", "variants": ["gadžovia"]},
        "uk": {"term": "гаджо", "variants": ["гаджі", "гадже"]},
        "rom": {"term": "gadže", "variants": ["gadžo", "gadži", "gajo"]},
    },
    # ------------------------------------------------------------------ subgroups
    {
        "key": "vlax-roma",
        "category": "subgroups",
        "status": "acceptable",
        "related": [
            ("roma", "broader"),
            ("kalderash", "narrower"),
            ("lovari", "narrower"),
            ("romani-language", "see_also"),
        ],
        "sources": [S16],
        "en": {
            "term": "Vlax Roma / Vlax Romani",
            "short": "Linguists' name for Romani groups and dialects that took shape in "
            "Wallachia and Moldavia under Romanian influence and spread widely after Roma "
            "slavery there ended.",
            "full": [
                '"Vlax" refers to Romani groups and dialects that formed in the historical '
                "principalities of Wallachia and Moldavia, where Romani came under strong "
                "Romanian influence. After Roma slavery in these lands ended in 1855–56, Vlax "
                "groups spread to many other countries.",
                'The Kalderash and the Lovari are among the Vlax groups. "Vlax" is a '
                "classification used by linguists; it is not a name people use for "
                "themselves.",
            ],
            "variants": ["Vlax", "Vlach Roma", "Vlax dialects"],
            "note": "A linguistic label, not a self-name: where possible, name the group "
            "concerned (for example Kalderash or Lovari).",
        },
        "fr": {
            "term": "Roms vlax / romani vlax",
            "short": "Nom donné par les linguistes aux groupes et dialectes roms formés en "
            "Valachie et en Moldavie sous l'influence du roumain, qui se sont largement "
            "dispersés après la fin de l'esclavage des Roms dans ces régions.",
            "full": [
                "« Vlax » désigne les groupes et dialectes roms qui se sont formés dans les "
                "anciennes principautés de Valachie et de Moldavie, où le romani a subi une "
                "forte influence du roumain. Après la fin de l'esclavage des Roms dans ces "
                "territoires, en 1855-1856, des groupes vlax se sont dispersés dans de "
                "nombreux autres pays.",
                "Les Kalderash et les Lovara font partie des groupes vlax. « Vlax » est une "
                "classification de linguistes ; ce n'est pas un nom que les personnes "
                "concernées emploient pour se désigner.",
            ],
            "variants": ["vlax", "Vlach", "dialectes vlax"],
            "note": "Étiquette linguistique, non autodésignation : dans la mesure du "
            "possible, nommer le groupe concerné (par exemple Kalderash ou Lovara).",
        },
        "de": {
            "term": "Vlax-Roma",
            "variants": ["Vlach-Roma", "Vlax-Romani"],
            "short": "Sprachwissenschaftliche Bezeichnung für Roma-Gruppen und Romani-Dialekte, "
            "die in der Walachei und der Moldau unter rumänischem Einfluss entstanden und "
            "sich nach dem Ende der Roma-Sklaverei weit verbreiteten; keine "
            "Selbstbezeichnung.",
        },
        "it": {
            "term": "rom vlax",
            "variants": ["vlax", "romanì vlax"],
            "short": "Denominazione usata dai linguisti per i gruppi e i dialetti rom "
            "formatisi in Valacchia e Moldavia sotto l'influenza del romeno e diffusisi dopo "
            "la fine della schiavitù dei rom; non è un'autodenominazione.",
        },
        "es": {
            "term": "roma vlax",
            "variants": ["vlax", "romaní vlax"],
            "short": "Denominación lingüística de los grupos y dialectos romaníes formados en "
            "Valaquia y Moldavia bajo la influencia del rumano, que se extendieron tras el "
            "fin de la esclavitud de los roma; no es una autodenominación.",
        },
        "ro": {"term": "romi vlax", "variants": ["vlax", "romani vlax"]},
        "bg": {"term": "влашки роми", "variants": ["влашки диалекти"]},
        "hu": {"term": "oláhcigányok", "variants": ["oláh cigányok", "oláh romák"]},
        "sk": {"term": "olašskí Rómovia", "variants": []},
        "uk": {"term": "роми-влахи", "variants": ["влахи"]},
    },
    {
        "key": "kalderash",
        "category": "subgroups",
        "status": "acceptable",
        "related": [],
        "sources": [S15, S16],
        "en": {
            "term": "Kalderash",
            "short": "A Vlax Romani group, traditionally coppersmiths; the name is a self-designation.",
            "full": [
                "The Kalderash are one of the Vlax Romani groups and are traditionally known "
                "as coppersmiths. The name is their own and is written in several ways, such "
                "as Kalderaš, Kelderari or Kăldărari.",
                "Among the Kalderash, as among the Lovari, disputes between Roma have "
                "traditionally been settled by the Kris, a Roma court whose heaviest penalty "
                "is exclusion from the community.",
            ],
            "variants": ["Kalderaš", "Kelderari", "Kăldărari"],
            "note": "A self-name: use it when speaking of this group specifically. Describe "
            "traditions factually, without exoticising them.",
        },
        "fr": {
            "term": "Kalderash",
            "short": "Groupe rom vlax, traditionnellement chaudronniers ; le nom est une autodésignation.",
            "full": [
                "Les Kalderash forment l'un des groupes roms vlax et sont traditionnellement "
                "connus comme chaudronniers. Ce nom est le leur et s'écrit de plusieurs "
                "façons, par exemple Kalderaš, Kelderari ou Kăldărari.",
                "Chez les Kalderash, comme chez les Lovara, les litiges entre Roms sont "
                "traditionnellement réglés par la Kris, un tribunal rom dont la sanction la "
                "plus lourde est l'exclusion de la communauté.",
            ],
            "variants": ["Kalderaš", "Kelderari", "Kăldărari"],
            "note": "Autodésignation : l'employer pour parler de ce groupe en particulier. "
            "Décrire les traditions de manière factuelle, sans exotisme.",
        },
        "de": {
            "term": "Kalderasch",
            "variants": ["Kalderash", "Kalderaš", "Kelderari"],
            "short": "Gruppe der Vlax-Roma, traditionell Kupferschmiede; Selbstbezeichnung.",
        },
        "it": {
            "term": "kalderash",
            "variants": ["kalderasha", "kalderaš", "kelderari"],
            "short": "Gruppo rom vlax, tradizionalmente di ramai e calderai; autodenominazione.",
        },
        "es": {
            "term": "kalderash",
            "variants": ["kalderaš", "kelderari"],
            "short": "Grupo romaní vlax, tradicionalmente dedicado al trabajo del cobre como "
            "caldereros; autodenominación.",
        },
        "ro": {"term": "căldărari", "variants": ["kăldărari", "Kalderaš"]},
        "bg": {"term": "калдараши", "variants": ["калдераши"]},
        "hu": {"term": "kelderások", "variants": ["kelderás"]},
        "sk": {"term": "Kalderaši", "variants": ["Kalderaš"]},
        "uk": {"term": "келдерари", "variants": ["калдераші", "котлярі"]},
        "rom": {"term": "Kalderaša", "variants": ["Kalderaš"]},
    },
    {
        "key": "lovari",
        "category": "subgroups",
        "status": "acceptable",
        "related": [("kalderash", "see_also")],
        "sources": [S15, S16],
        "en": {
            "term": "Lovari",
            "short": "A Vlax Romani group living in Hungary, Slovakia, the Czech Republic, "
            "Poland, Austria and Scandinavia; the name is a self-designation.",
            "full": [
                "The Lovari, also called Lovara, are a Vlax Romani group found in Hungary, "
                "Slovakia, the Czech Republic, Poland, Austria and the Scandinavian countries. "
                "Horse dealing is usually named as their traditional occupation.",
                "The name is a self-designation. Like the Kalderash, Lovari communities "
                "have the tradition of the Kris, a Roma court for disputes between Roma.",
            ],
            "variants": ["Lovara"],
            "note": "A self-name: use it when speaking of this group specifically.",
        },
        "fr": {
            "term": "Lovara",
            "short": "Groupe rom vlax vivant en Hongrie, en Slovaquie, en République tchèque, "
            "en Pologne, en Autriche et en Scandinavie ; le nom est une autodésignation.",
            "full": [
                "Les Lovara, ou Lovari, forment un groupe rom vlax présent en Hongrie, en "
                "Slovaquie, en République tchèque, en Pologne, en Autriche et dans les pays "
                "scandinaves. Le commerce des chevaux est généralement cité comme leur "
                "activité traditionnelle.",
                "Ce nom est une autodésignation. Comme chez les Kalderash, la tradition de "
                "la Kris, tribunal rom pour les litiges entre Roms, existe chez les Lovara.",
            ],
            "variants": ["Lovari"],
            "note": "Autodésignation : l'employer pour parler de ce groupe en particulier.",
        },
        "de": {
            "term": "Lovara",
            "variants": ["Lovari"],
            "short": "Gruppe der Vlax-Roma in Ungarn, der Slowakei, Tschechien, Polen, "
            "Österreich und Skandinavien, traditionell als Pferdehändler bekannt; "
            "Selbstbezeichnung.",
        },
        "it": {
            "term": "lovara",
            "variants": ["lovari"],
            "short": "Gruppo rom vlax presente in Ungheria, Slovacchia, Repubblica Ceca, "
            "Polonia, Austria e Scandinavia, tradizionalmente commercianti di cavalli; "
            "autodenominazione.",
        },
        "es": {
            "term": "lovara",
            "variants": ["lovari"],
            "short": "Grupo romaní vlax de Hungría, Eslovaquia, la República Checa, Polonia, "
            "Austria y Escandinavia, tradicionalmente tratantes de caballos; "
            "autodenominación.",
        },
        "ro": {"term": "lovari", "variants": ["lovara"]},
        "bg": {"term": "ловари", "variants": ["ловара"]},
        "hu": {"term": "lovárok", "variants": ["lovári"]},
        "sk": {"term": "Lovári", "variants": ["Lovara"]},
        "uk": {"term": "ловарі", "variants": ["ловара"]},
        "rom": {"term": "Lovara", "variants": ["Lovari"]},
    },
    {
        "key": "romungro",
        "category": "subgroups",
        "status": "acceptable",
        "related": [("roma", "broader"), ("romani-language", "see_also")],
        "sources": [S16],
        "en": {
            "term": "Romungro",
            "short": "Self-name of Hungarian Roma whose Romani belongs to the Central dialect "
            "group; many now speak Hungarian.",
            "full": [
                "Romungro (plural Romungre) is the self-name of Hungarian Roma. Their variety "
                "of Romani belongs to the Central dialect group.",
                "Many Romungre today speak Hungarian as their everyday language rather than Romani.",
            ],
            "variants": ["Romungre"],
            "note": "A self-name: use it when speaking of this group specifically.",
        },
        "fr": {
            "term": "Romungro",
            "short": "Autodésignation des Roms de Hongrie dont le romani appartient au groupe "
            "des dialectes centraux ; beaucoup parlent aujourd'hui hongrois.",
            "full": [
                "Romungro (pluriel Romungre) est l'autodésignation des Roms de Hongrie. Leur "
                "variété de romani appartient au groupe des dialectes centraux.",
                "Aujourd'hui, beaucoup de Romungre parlent le hongrois plutôt que le romani "
                "dans la vie quotidienne.",
            ],
            "variants": ["Romungre"],
            "note": "Autodésignation : l'employer pour parler de ce groupe en particulier.",
        },
        "de": {
            "term": "Romungro",
            "variants": ["Romungre"],
            "short": "Selbstbezeichnung ungarischer Roma, deren Romani zur zentralen "
            "Dialektgruppe gehört; viele sprechen heute Ungarisch.",
        },
        "it": {
            "term": "romungro",
            "variants": ["romungre"],
            "short": "Autodenominazione dei rom ungheresi, la cui varietà di romanì appartiene "
            "al gruppo dialettale centrale; molti oggi parlano ungherese.",
        },
        "es": {
            "term": "romungro",
            "variants": ["romungre"],
            "short": "Autodenominación de los roma de Hungría, cuya variedad de romaní "
            "pertenece al grupo dialectal central; muchos hablan hoy húngaro.",
        },
        "ro": {"term": "romungri", "variants": ["romungro"]},
        "bg": {"term": "ромунгри", "variants": ["ромунгро"]},
        "hu": {"term": "romungrók", "variants": ["romungró", "magyarcigányok"]},
        "sk": {"term": "Rumungri", "variants": ["Rumungro", "maďarskí Rómovia"]},
        "uk": {"term": "ромунгри", "variants": ["ромунгро"]},
        "rom": {"term": "Romungre", "variants": ["Romungro"]},
    },
    # ------------------------------------------------------------------ language
    {
        "key": "romani-language",
        "category": "language",
        "status": "preferred",
        "related": [("romanes", "see_also")],
        "sources": [S1, S16, S37],
        "en": {
            "term": "Romani language",
            "short": "The Indo-Aryan language of the Roma, with many dialects and no single "
            "standard, written mostly in the Latin alphabet.",
            "full": [
                "Romani is the Indo-Aryan language of the Roma. It has many dialects and no "
                "single standard form. It is mostly written in the Latin alphabet, with "
                "several spelling systems in use, for example with a single or a double r "
                "(Romani, Rromani).",
                "The European Roma and Travellers Forum (ERTF) supports linguistic "
                "pluralism: the coexistence of the dialects rather than one imposed standard. "
                "International Romani Language Day is 5 November.",
                "Not every group covered by the Council of Europe's work speaks Romani: the "
                "Boyash/Rudari speak old varieties of Romanian, the Dom speak Domari, and "
                "many Romungre speak Hungarian.",
            ],
            "variants": ["Romani", "Romanes", "Rromani", "romani čhib"],
            "note": 'Say "Romani" or "Romanes" for the language, never "Romanian", '
            "which is the language of Romania.",
        },
        "fr": {
            "term": "romani",
            "short": "Langue indo-aryenne des Roms, riche de nombreux dialectes, sans norme "
            "unique, écrite le plus souvent en alphabet latin.",
            "full": [
                "Le romani est la langue indo-aryenne des Roms. Il compte de nombreux "
                "dialectes et n'a pas de forme standard unique. Il s'écrit le plus souvent "
                "en alphabet latin, selon plusieurs systèmes orthographiques, par exemple "
                "avec un r simple ou double (romani, rromani).",
                "Le Forum européen des Roms et des Gens du voyage (FERV) défend le "
                "pluralisme linguistique, c'est-à-dire la coexistence des dialectes plutôt "
                "qu'une norme imposée. La Journée internationale de la langue romani a lieu "
                "le 5 novembre.",
                "Tous les groupes concernés par l'action du Conseil de l'Europe ne parlent "
                "pas romani : les Boyash/Rudari parlent des variétés anciennes du roumain, "
                "les Dom parlent le domari, et beaucoup de Romungre parlent hongrois.",
            ],
            "variants": ["rromani", "romanès", "romani čhib", "langue romani"],
            "note": "Dire « romani » ou « romanès » pour la langue ; ne pas confondre avec "
            "le roumain, langue de la Roumanie.",
        },
        "de": {
            "term": "Romani",
            "variants": ["Romanes", "Rromani", "Romani čhib"],
            "short": "Indoarische Sprache der Roma mit vielen Dialekten und ohne einheitliche "
            "Standardform, meist in lateinischer Schrift geschrieben; nicht mit Rumänisch "
            "zu verwechseln.",
        },
        "it": {
            "term": "lingua romanì",
            "variants": ["romanì", "romanes", "romani čhib"],
            "short": "Lingua indoaria dei rom, con molti dialetti e senza uno standard unico, "
            "scritta per lo più in alfabeto latino; da non confondere con il romeno.",
        },
        "es": {
            "term": "romaní",
            "variants": ["lengua romaní", "romanés", "romani čhib"],
            "short": "Lengua indoaria de los roma, con numerosos dialectos y sin un estándar "
            "único, escrita sobre todo en alfabeto latino; no debe confundirse con el "
            "rumano.",
        },
        "ro": {"term": "limba romani", "variants": ["romani", "limba rromani", "romanes"]},
        "bg": {"term": "ромски език", "variants": ["романи", "романес"]},
        "hu": {"term": "romani nyelv", "variants": ["romani", "romanes"]},
        "sk": {"term": "rómčina", "variants": ["rómsky jazyk", "romani čhib"]},
        "uk": {"term": "ромська мова", "variants": ["романі", "романес"]},
        "rom": {"term": "romani čhib", "variants": ["Romanes", "rromani čhib"]},
    },
    {
        "key": "romanes",
        "category": "language",
        "status": "acceptable",
        "related": [],
        "sources": [S1],
        "en": {
            "term": "Romanes",
            "short": "Another name for the Romani language, common in German and among Sinti.",
            "full": [
                '"Romanes" is a widely used name for the Romani language, especially in '
                'German and among Sinti. It means the same as "Romani"; see the entry on '
                "the Romani language.",
            ],
            "variants": ["Romanés"],
            "note": 'A synonym of "Romani"; follow the usage of the speakers concerned.',
        },
        "fr": {
            "term": "romanès",
            "short": "Autre nom de la langue romani, courant en allemand et chez les Sinté.",
            "full": [
                "« Romanès » est un nom très répandu de la langue romani, en particulier en "
                "allemand et chez les Sinté. Il a le même sens que « romani » ; voir l'entrée "
                "consacrée à la langue romani.",
            ],
            "variants": ["romanes"],
            "note": "Synonyme de « romani » ; suivre l'usage des locuteurs concernés.",
        },
        "de": {
            "term": "Romanes",
            "variants": ["Romani"],
            "short": "Verbreitete Bezeichnung für die Sprache Romani, besonders im Deutschen und bei Sinti.",
        },
        "it": {
            "term": "romanes",
            "variants": ["romanì"],
            "short": "Altro nome della lingua romanì, diffuso soprattutto in area tedesca e tra i sinti.",
        },
        "es": {
            "term": "romanés",
            "variants": ["romanes", "romaní"],
            "short": "Otro nombre de la lengua romaní, frecuente sobre todo en alemán y entre los sinti.",
        },
        "ro": {"term": "romanes", "variants": []},
        "bg": {"term": "романес", "variants": []},
        "hu": {"term": "romanes", "variants": []},
        "sk": {"term": "romanes", "variants": []},
        "uk": {"term": "романес", "variants": []},
        "rom": {"term": "romanes", "variants": []},
    },
    # ------------------------------------------------------------------ racism
    {
        "key": "antigypsyism",
        "category": "history",
        "status": "preferred",
        "related": [("segregation", "see_also")],
        "sources": [S5, S6, S27, S7, S1],
        "en": {
            "term": "Antigypsyism",
            "short": "The specific, persistent racism directed against Roma, rooted in "
            "historical discrimination.",
            "full": [
                "Antigypsyism is the specific and persistent racism directed against Roma. "
                "In its General Policy Recommendation No. 13 (2011), the European Commission "
                "against Racism and Intolerance (ECRI) describes it as an ideology founded on "
                "racial superiority, a form of dehumanisation and of institutional racism, "
                "nurtured by historical discrimination and expressed, among other things, "
                "through violence, hate speech, exploitation, stigmatisation and the most "
                "blatant forms of discrimination.",
                "On 8 October 2020 the 34 member countries of the International Holocaust "
                "Remembrance Alliance (IHRA) adopted a non-binding working definition of "
                "antigypsyism / anti-Roma discrimination; cite it in its own words. At local "
                "level, the Congress of Local and Regional Authorities adopted the "
                "Declaration of Mayors and Regional Elected Representatives against "
                "anti-Gypsyism on 29 March 2017 and opened it for signature.",
                "Spelling differs between institutions: the Council of Europe and its "
                'Congress write "anti-Gypsyism", EU bodies and the IHRA "antigypsyism". '
                'In French the term is "antitsiganisme".',
            ],
            "variants": ["anti-Gypsyism", "antigypsyism", "anti-gypsyism"],
            "note": 'Keep the spelling of the text you cite: "anti-Gypsyism" in Council of '
            'Europe and Congress texts, "antigypsyism" in EU and IHRA texts. Quote the IHRA '
            "working definition word for word; do not paraphrase it.",
        },
        "fr": {
            "term": "antitsiganisme",
            "short": "Forme spécifique et persistante de racisme dirigée contre les Roms, "
            "nourrie par une discrimination historique.",
            "full": [
                "L'antitsiganisme est la forme spécifique et persistante de racisme dirigée "
                "contre les Roms. Dans sa Recommandation de politique générale n° 13 (2011), "
                "la Commission européenne contre le racisme et l'intolérance (ECRI) le décrit "
                "comme une idéologie fondée sur la supériorité raciale, une forme de "
                "déshumanisation et de racisme institutionnel, nourrie par une "
                "discrimination historique et qui s'exprime notamment par la violence, le "
                "discours de haine, l'exploitation, la stigmatisation et les formes de "
                "discrimination les plus flagrantes.",
                "Le 8 octobre 2020, les 34 pays membres de l'Alliance internationale pour la "
                "mémoire de l'Holocauste (IHRA) ont adopté une définition opérationnelle non "
                "contraignante de l'antitsiganisme / discrimination anti-Roms ; la citer "
                "dans ses propres termes. Au niveau local, le Congrès des pouvoirs locaux et "
                "régionaux a adopté le 29 mars 2017 une déclaration des maires et des élus "
                "régionaux contre l'antitsiganisme, ouverte à la signature.",
                "L'orthographe anglaise varie selon les institutions : le Conseil de "
                "l'Europe et son Congrès écrivent « anti-Gypsyism », les institutions de "
                "l'UE et l'IHRA « antigypsyism ». En français, le terme est "
                "« antitsiganisme ».",
            ],
            "variants": ["anti-tsiganisme", "discrimination anti-Roms"],
            "note": "En anglais, conserver l'orthographe du texte cité : « anti-Gypsyism » "
            "dans les textes du Conseil de l'Europe et du Congrès, « antigypsyism » dans "
            "ceux de l'UE et de l'IHRA. Citer la définition opérationnelle de l'IHRA mot pour "
            "mot, sans la paraphraser.",
        },
        "de": {
            "term": "Antiziganismus",
            "variants": ["Antigypsyismus", "Rassismus gegen Sinti und Roma"],
            "short": "Spezifischer, hartnäckiger Rassismus gegen Sinti und Roma; die ECRI "
            "beschreibt ihn in ihrer Allgemeinen Politikempfehlung Nr. 13 (2011) als "
            "Ideologie rassischer Überlegenheit, als Form der Entmenschlichung und des "
            "institutionellen Rassismus.",
        },
        "it": {
            "term": "antiziganismo",
            "variants": ["antigypsyism"],
            "short": "Forma specifica e persistente di razzismo contro i rom; l'ECRI, nella "
            "Raccomandazione di politica generale n. 13 (2011), la descrive come "
            "un'ideologia fondata sulla superiorità razziale, una forma di "
            "disumanizzazione e di razzismo istituzionale.",
        },
        "es": {
            "term": "antigitanismo",
            "variants": ["antigypsyism"],
            "short": "Forma específica y persistente de racismo contra la población gitana; "
            "la ECRI, en su Recomendación de política general n.º 13 (2011), lo describe "
            "como una ideología basada en la superioridad racial, una forma de "
            "deshumanización y de racismo institucional.",
        },
        "ro": {"term": "antițigănism", "variants": ["rasism împotriva romilor"]},
        "bg": {"term": "антициганизъм", "variants": []},
        "hu": {"term": "anticiganizmus", "variants": ["cigányellenesség", "romaellenesség"]},
        "sk": {"term": "anticiganizmus", "variants": []},
        "uk": {"term": "антициганізм", "variants": []},
    },
    {
        "key": "antiziganism",
        "category": "history",
        "status": "acceptable",
        "related": [("antigypsyism", "see_also")],
        "sources": [S30, S31, S8],
        "en": {
            "term": "Antiziganism / Romaphobia / anti-Roma racism",
            "short": "Other names for antigypsyism, the specific racism against Roma; some "
            "of them are criticised.",
            "full": [
                '"Antiziganism", "Romaphobia" and "anti-Roma racism" are other names '
                "for antigypsyism, found in different languages and institutions.",
                'Some of these words are criticised. "Antiziganism" is built on the root '
                'of the slur "Zigeuner"/"Tsiganes" and so repeats it; the German '
                'alternative "Antiromaismus" is criticised for leaving out the Sinti.',
            ],
            "variants": ["antiziganism", "Romaphobia", "anti-Roma racism", "Antiromaismus"],
            "note": "Acceptable, but be aware of the criticism. In Council of Europe texts "
            'the usual term is "anti-Gypsyism" (see Antigypsyism).',
        },
        "fr": {
            "term": "antiziganisme / romaphobie / racisme anti-Roms",
            "short": "Autres noms de l'antitsiganisme, le racisme spécifique dirigé contre "
            "les Roms ; certains sont critiqués.",
            "full": [
                "« Antiziganisme », « romaphobie » et « racisme anti-Roms » sont d'autres "
                "noms de l'antitsiganisme, employés selon les langues et les institutions.",
                "Certains de ces mots sont critiqués. « Antiziganisme » est formé sur la "
                "racine de l'insulte « Zigeuner »/« Tsiganes » et la reprend donc ; le terme "
                "allemand « Antiromaismus », proposé à sa place, est critiqué parce qu'il "
                "omet les Sinté.",
            ],
            "variants": ["antiziganisme", "romaphobie", "racisme anti-Roms"],
            "note": "Acceptable, mais en connaissant les critiques. Dans les textes du "
            "Conseil de l'Europe, le terme usuel est « antitsiganisme » (voir ce mot).",
        },
        "de": {
            "term": "Antiziganismus / Romaphobie / Antiromaismus",
            "variants": ["Romafeindlichkeit", "Rassismus gegen Roma"],
            "short": "Weitere Bezeichnungen für den Rassismus gegen Sinti und Roma. "
            "„Antiziganismus“ wird kritisiert, weil es die Wurzel der Fremdbezeichnung "
            "„Zigeuner“ wiederholt, „Antiromaismus“, weil es die Sinti nicht nennt.",
        },
        "it": {
            "term": "antiziganismo / romafobia / razzismo contro i rom",
            "variants": ["romafobia", "razzismo contro i rom"],
            "short": "Altri nomi del razzismo specifico contro i rom; «antiziganismo» è "
            "criticato perché riprende la radice dell'insulto «zingaro».",
        },
        "es": {
            "term": "antiziganismo / romafobia / racismo antigitano",
            "variants": ["romafobia", "racismo antigitano"],
            "short": "Otros nombres del racismo específico contra los gitanos; "
            "«antiziganismo» se critica porque retoma la raíz del insulto «Zigeuner» o "
            "«tsigane».",
        },
        "ro": {
            "term": "antiziganism / romafobie / rasism împotriva romilor",
            "variants": ["antiziganism", "romafobie", "rasism împotriva romilor"],
        },
        "bg": {"term": "антициганизъм / антиромски расизъм", "variants": ["антиромски расизъм"]},
        "hu": {"term": "romaellenesség", "variants": ["romafóbia"]},
        "sk": {"term": "anticiganizmus / rasizmus voči Rómom", "variants": ["rasizmus voči Rómom"]},
        "uk": {"term": "антициганізм / антиромський расизм", "variants": ["антиромський расизм"]},
    },
    # ------------------------------------------------------------------ history
    {
        "key": "roma-holocaust",
        "category": "history",
        "status": "preferred",
        "related": [
            ("porajmos", "see_also"),
            ("samudaripen", "see_also"),
            ("roma-holocaust-memorial-day", "see_also"),
        ],
        "sources": [S9, S10, S3],
        "en": {
            "term": "Roma Holocaust / Roma genocide",
            "short": "The persecution and mass murder of Roma and Sinti by Nazi Germany and "
            "its allies during the Second World War.",
            "full": [
                "The Roma Holocaust, or Roma genocide, was the persecution and mass murder of "
                "Roma and Sinti by Nazi Germany and its allies during the Second World War. "
                "Estimates of the number of people murdered range from 220,000 to 500,000, "
                "between a quarter and a half of the Roma population of the time; some "
                "estimates are far higher.",
                "West Germany recognised the persecution as genocide in 1982. It is "
                "remembered every year on 2 August. Romani names for it include Porajmos "
                "and Samudaripen.",
                "Raising awareness of the Roma genocide is one of the Alliance's aims. On 2 "
                "August 2019, the Congress spokesperson on Roma issues recalled that the "
                "memory of past persecution shows how urgent it is to end the anti-Gypsyism "
                "that Roma still face in many European countries.",
            ],
            "variants": ["Roma genocide", "genocide of the Sinti and Roma"],
            "note": '"Roma Holocaust" and "Roma genocide" are both appropriate; where '
            'Sinti are concerned, name them too. The Romani term "Porajmos" is contested.',
        },
        "fr": {
            "term": "Holocauste des Roms / génocide des Roms",
            "short": "Persécution et assassinat de masse des Roms et des Sinté par "
            "l'Allemagne nazie et ses alliés pendant la Seconde Guerre mondiale.",
            "full": [
                "L'Holocauste des Roms, ou génocide des Roms, désigne la persécution et "
                "l'assassinat de masse des Roms et des Sinté par l'Allemagne nazie et ses "
                "alliés pendant la Seconde Guerre mondiale. Selon les estimations, entre "
                "220 000 et 500 000 personnes ont été assassinées, soit entre un quart et la "
                "moitié de la population rom de l'époque ; certaines estimations sont bien "
                "plus élevées.",
                "La République fédérale d'Allemagne a reconnu cette persécution comme un "
                "génocide en 1982. Elle est commémorée chaque année le 2 août. En romani, on "
                "la désigne notamment par les mots Porajmos et Samudaripen.",
                "Sensibiliser au génocide des Roms fait partie des objectifs de l'Alliance. "
                "Le 2 août 2019, la porte-parole du Congrès sur les questions roms a rappelé "
                "que la mémoire des persécutions passées montre l'urgence de mettre fin à "
                "l'antitsiganisme que subissent encore les Roms dans de nombreux pays "
                "européens.",
            ],
            "variants": ["génocide des Roms", "génocide des Roms et des Sinté"],
            "note": "« Holocauste des Roms » et « génocide des Roms » conviennent tous deux ; "
            "lorsque les Sinté sont concernés, les nommer aussi. Le terme romani "
            "« Porajmos » est contesté.",
        },
        "de": {
            "term": "Völkermord an den Sinti und Roma",
            "variants": ["Holocaust an den Sinti und Roma"],
            "short": "Verfolgung und Massenmord an Sinti und Roma durch das nationalsozialistische "
            "Deutschland und seine Verbündeten im Zweiten Weltkrieg; 1982 von der "
            "Bundesrepublik Deutschland als Völkermord anerkannt.",
        },
        "it": {
            "term": "Olocausto dei rom",
            "variants": ["genocidio dei rom e dei sinti"],
            "short": "Persecuzione e sterminio di rom e sinti da parte della Germania nazista "
            "e dei suoi alleati durante la seconda guerra mondiale.",
        },
        "es": {
            "term": "Holocausto romaní",
            "variants": ["Holocausto gitano", "genocidio del pueblo gitano"],
            "short": "Persecución y asesinato masivo de roma y sinti por la Alemania nazi y sus "
            "aliados durante la Segunda Guerra Mundial.",
        },
        "ro": {"term": "Holocaustul romilor", "variants": ["genocidul romilor"]},
        "bg": {"term": "Холокостът над ромите", "variants": ["геноцид над ромите"]},
        "hu": {"term": "roma holokauszt", "variants": ["roma népirtás"]},
        "sk": {"term": "rómsky holokaust", "variants": ["genocída Rómov"]},
        "uk": {"term": "Голокост ромів", "variants": ["геноцид ромів"]},
    },
    {
        "key": "porajmos",
        "category": "history",
        "status": "acceptable",
        "related": [("samudaripen", "see_also")],
        "sources": [S9],
        "en": {
            "term": "Porajmos",
            "short": 'Romani term for the Roma Holocaust, meaning roughly "devouring"; '
            "widely used since the early 1990s, but contested.",
            "full": [
                '"Porajmos" (also spelled "Porrajmos") is a Romani word meaning roughly '
                '"devouring". It was popularised in the early 1990s as a name for the Nazi '
                'genocide of Roma and Sinti. Another Romani term, "Pharrajimos", means '
                '"destruction".',
                "The word is contested: some Roma find it offensive, and some recommend "
                '"Samudaripen" instead.',
            ],
            "variants": ["Porrajmos", "Pharrajimos"],
            "note": "Contested: some Roma find the word offensive. If you use it, explain "
            'it; otherwise say "Roma Holocaust" or "Roma genocide".',
        },
        "fr": {
            "term": "Porajmos",
            "short": "Terme romani désignant l'Holocauste des Roms, signifiant à peu près "
            "« dévoration » ; largement employé depuis le début des années 1990, mais "
            "contesté.",
            "full": [
                "« Porajmos » (aussi écrit « Porrajmos ») est un mot romani qui signifie à peu "
                "près « dévoration ». Il s'est répandu au début des années 1990 pour désigner "
                "le génocide des Roms et des Sinté par les nazis. Un autre terme romani, "
                "« Pharrajimos », signifie « destruction ».",
                "Le mot est contesté : certains Roms le trouvent offensant, et certains "
                "recommandent plutôt « Samudaripen ».",
            ],
            "variants": ["Porrajmos", "Pharrajimos"],
            "note": "Terme contesté : certains Roms le trouvent offensant. Si on l'emploie, "
            "l'expliquer ; sinon, dire « Holocauste des Roms » ou « génocide des Roms ».",
        },
        "de": {
            "term": "Porajmos",
            "variants": ["Porrajmos", "Pharrajimos"],
            "short": "Romani-Begriff für den Völkermord an den Sinti und Roma, etwa "
            "„das Verschlingen“; seit den frühen 1990er Jahren verbreitet, aber umstritten.",
        },
        "it": {
            "term": "Porajmos",
            "variants": ["Porrajmos", "Pharrajimos"],
            "short": "Termine romanì per l'Olocausto dei rom, che significa all'incirca "
            "«divoramento»; diffuso dai primi anni Novanta, ma contestato.",
        },
        "es": {
            "term": "Porrajmos",
            "variants": ["Porajmos", "Pharrajimos"],
            "short": "Término romaní para el Holocausto romaní, que significa aproximadamente "
            "«devoración»; difundido desde comienzos de los años noventa, pero discutido.",
        },
        "ro": {"term": "Porajmos", "variants": ["Porrajmos"]},
        "bg": {"term": "Пораймос", "variants": ["Порраймос"]},
        "hu": {"term": "pharrajimos", "variants": ["porajmos", "porrajmos"]},
        "sk": {"term": "porajmos", "variants": ["porrajmos"]},
        "uk": {"term": "Пораймос", "variants": ["Порраймос"]},
        "rom": {"term": "Porrajmos", "variants": ["Porajmos", "Pharrajimos"]},
    },
    {
        "key": "samudaripen",
        "category": "history",
        "status": "preferred",
        "related": [],
        "sources": [S9],
        "en": {
            "term": "Samudaripen",
            "short": 'Romani term for the Roma genocide, meaning roughly "killing of all"; '
            'recommended by some in place of "Porajmos".',
            "full": [
                '"Samudaripen" (also "Samudaripe") is a Romani term for the genocide of '
                'Roma and Sinti under Nazism. It means roughly "killing of all".',
                'Some Roma recommend it in place of "Porajmos", which some find offensive.',
            ],
            "variants": ["Samudaripe"],
            "note": 'Recommended by some over "Porajmos". Explain it at first use for '
            "readers who do not know Romani.",
        },
        "fr": {
            "term": "Samudaripen",
            "short": "Terme romani désignant le génocide des Roms, signifiant à peu près "
            "« meurtre de tous » ; recommandé par certains à la place de « Porajmos ».",
            "full": [
                "« Samudaripen » (ou « Samudaripe ») est un terme romani qui désigne le "
                "génocide des Roms et des Sinté sous le nazisme. Il signifie à peu près "
                "« meurtre de tous ».",
                "Certains Roms le recommandent à la place de « Porajmos », que d'autres trouvent offensant.",
            ],
            "variants": ["Samudaripe"],
            "note": "Recommandé par certains plutôt que « Porajmos ». L'expliquer à la "
            "première occurrence pour les lecteurs qui ne connaissent pas le romani.",
        },
        "de": {
            "term": "Samudaripen",
            "variants": ["Samudaripe"],
            "short": "Romani-Begriff für den Völkermord an den Sinti und Roma, etwa "
            "„Tötung aller“; wird von manchen statt „Porajmos“ empfohlen.",
        },
        "it": {
            "term": "Samudaripen",
            "variants": ["Samudaripe"],
            "short": "Termine romanì per il genocidio dei rom, che significa all'incirca "
            "«uccisione di tutti»; alcuni lo preferiscono a «Porajmos».",
        },
        "es": {
            "term": "Samudaripen",
            "variants": ["Samudaripe"],
            "short": "Término romaní para el genocidio de los roma, que significa "
            "aproximadamente «asesinato de todos»; algunos lo recomiendan en lugar de "
            "«Porrajmos».",
        },
        "ro": {"term": "Samudaripen", "variants": ["Samudaripe"]},
        "bg": {"term": "Самударипен", "variants": []},
        "hu": {"term": "samudaripen", "variants": []},
        "sk": {"term": "samudaripen", "variants": []},
        "uk": {"term": "Самударіпен", "variants": []},
        "rom": {"term": "Samudaripen", "variants": ["Samudaripe"]},
    },
    {
        "key": "roma-holocaust-memorial-day",
        "category": "history",
        "status": "preferred",
        "related": [("samudaripen", "see_also")],
        "sources": [S10, S39, S3],
        "en": {
            "term": "European Roma Holocaust Memorial Day (2 August)",
            "short": "2 August, the day on which the Roma genocide is remembered, recalling "
            'the murder of the last prisoners of the "Zigeunerlager" at Auschwitz-Birkenau '
            "in the night of 2 to 3 August 1944.",
            "full": [
                "In the night of 2 to 3 August 1944, the remaining prisoners of the "
                'so-called "Zigeunerlager" ("Gypsy camp") at Auschwitz-Birkenau were '
                "murdered. Figures differ; estimates range from about 2,900 to 4,300 people.",
                "On 15 April 2015 the European Parliament recognised 2 August as European "
                "Roma Holocaust Memorial Day. The Congress and the Alliance mark the day, "
                "and raising awareness of the Roma genocide is one of the "
                "Alliance's objectives.",
            ],
            "variants": ["Roma Holocaust Memorial Day", "2 August"],
            "note": 'Write "Zigeunerlager" in quotation marks, as the Nazi name of the camp.',
        },
        "fr": {
            "term": "Journée européenne de commémoration de l'Holocauste des Roms (2 août)",
            "short": "Le 2 août, jour de commémoration du génocide des Roms, qui rappelle "
            "l'assassinat des derniers détenus du « Zigeunerlager » d'Auschwitz-Birkenau "
            "dans la nuit du 2 au 3 août 1944.",
            "full": [
                "Dans la nuit du 2 au 3 août 1944, les derniers détenus du « Zigeunerlager » "
                "(« camp des Tsiganes ») d'Auschwitz-Birkenau ont été assassinés. Les "
                "chiffres varient : les estimations vont d'environ 2 900 à 4 300 personnes.",
                "Le 15 avril 2015, le Parlement européen a reconnu le 2 août comme Journée "
                "européenne de commémoration de l'Holocauste des Roms. Le Congrès et "
                "l'Alliance marquent cette journée, et la sensibilisation au "
                "génocide des Roms fait partie des objectifs de l'Alliance.",
            ],
            "variants": ["2 août", "Journée de commémoration du génocide des Roms"],
            "note": "Écrire « Zigeunerlager » entre guillemets : c'est le nom donné au camp par les nazis.",
        },
        "de": {
            "term": "Europäischer Holocaust-Gedenktag für Sinti und Roma (2. August)",
            "variants": ["2. August"],
            "short": "Gedenktag für den Völkermord an den Sinti und Roma; er erinnert an die "
            "Ermordung der letzten Häftlinge des sogenannten „Zigeunerlagers“ in "
            "Auschwitz-Birkenau in der Nacht vom 2. auf den 3. August 1944.",
        },
        "it": {
            "term": "Giornata europea di commemorazione dell'Olocausto dei rom (2 agosto)",
            "variants": ["2 agosto"],
            "short": "Giornata in memoria del genocidio dei rom, che ricorda l'uccisione degli "
            "ultimi prigionieri dello «Zigeunerlager» di Auschwitz-Birkenau nella notte tra "
            "il 2 e il 3 agosto 1944.",
        },
        "es": {
            "term": "Día Europeo de Conmemoración del Holocausto Romaní (2 de agosto)",
            "variants": ["2 de agosto"],
            "short": "Día en memoria del genocidio de los roma, que recuerda el asesinato de "
            "los últimos prisioneros del «Zigeunerlager» de Auschwitz-Birkenau en la noche "
            "del 2 al 3 de agosto de 1944.",
        },
        "ro": {
            "term": "Ziua Europeană de Comemorare a Holocaustului Romilor (2 august)",
            "variants": ["2 august"],
        },
        "bg": {
            "term": "Европейски ден за възпоменание на Холокоста над ромите (2 август)",
            "variants": ["2 август"],
        },
        "hu": {"term": "A roma holokauszt európai emléknapja (augusztus 2.)", "variants": ["augusztus 2."]},
        "sk": {"term": "Európsky pamätný deň rómskeho holokaustu (2. august)", "variants": ["2. august"]},
        "uk": {
            "term": "Європейський день пам'яті жертв Голокосту ромів (2 серпня)",
            "variants": ["2 серпня", "День пам'яті жертв геноциду ромів"],
        },
    },
    {
        "key": "international-roma-day",
        "category": "history",
        "status": "preferred",
        "related": [("rom-romni", "see_also")],
        "sources": [S11],
        "en": {
            "term": "International Roma Day (8 April)",
            "short": "8 April, marking the first World Romani Congress of 8 April 1971, which "
            'adopted the Roma flag, the anthem "Gelem, Gelem" and the name "Roma".',
            "full": [
                "International Roma Day, 8 April, marks the first World Romani Congress of 8 "
                "April 1971. The Congress adopted the Roma flag (blue over green, with a red "
                'sixteen-spoked wheel), the anthem "Gelem, Gelem" by Žarko Jovanović, and '
                '"Roma" as the people\'s own name in place of "Gypsy".',
                "The date was established as International Roma Day in 1990. In Romani it "
                "is called Romano Dives.",
            ],
            "variants": ["Romano Dives", "8 April"],
            "note": 'The title of the anthem is also spelled "Djelem, Djelem".',
        },
        "fr": {
            "term": "Journée internationale des Roms (8 avril)",
            "short": "Le 8 avril, en souvenir du premier Congrès mondial rom du 8 avril 1971, "
            "qui a adopté le drapeau rom, l'hymne « Gelem, Gelem » et le nom « Roms ».",
            "full": [
                "La Journée internationale des Roms, le 8 avril, rappelle le premier Congrès "
                "mondial rom du 8 avril 1971. Ce congrès a adopté le drapeau rom (bleu sur "
                "vert, avec une roue rouge à seize rayons), l'hymne « Gelem, Gelem » de Žarko "
                "Jovanović et le nom « Roms » comme autodésignation, à la place de « Gypsy ».",
                "La date a été fixée comme Journée internationale des Roms en 1990. En "
                "romani, on l'appelle Romano Dives.",
            ],
            "variants": ["Romano Dives", "8 avril"],
            "note": "L'hymne s'écrit aussi « Djelem, Djelem ».",
        },
        "de": {
            "term": "Internationaler Tag der Roma (8. April)",
            "variants": ["Internationaler Roma-Tag", "Romano Dives"],
            "short": "Erinnert an den ersten Welt-Roma-Kongress vom 8. April 1971, der die "
            "Roma-Flagge, die Hymne „Gelem, Gelem“ und den Namen „Roma“ annahm; seit 1990 "
            "als Gedenk- und Feiertag festgelegt.",
        },
        "it": {
            "term": "Giornata internazionale dei rom (8 aprile)",
            "variants": ["8 aprile", "Romano Dives"],
            "short": "Ricorda il primo Congresso mondiale dei rom dell'8 aprile 1971, che "
            "adottò la bandiera rom, l'inno «Gelem, Gelem» e il nome «rom»; la giornata è "
            "stata istituita nel 1990.",
        },
        "es": {
            "term": "Día Internacional del Pueblo Gitano (8 de abril)",
            "variants": ["8 de abril", "Romano Dives"],
            "short": "Recuerda el primer Congreso Mundial Romaní del 8 de abril de 1971, que "
            "adoptó la bandera, el himno «Gelem, Gelem» y el nombre «roma»; la fecha se fijó "
            "en 1990.",
        },
        "ro": {"term": "Ziua Internațională a Romilor (8 aprilie)", "variants": ["8 aprilie"]},
        "bg": {"term": "Международен ден на ромите (8 април)", "variants": ["8 април"]},
        "hu": {"term": "A romák nemzetközi napja (április 8.)", "variants": ["április 8."]},
        "sk": {"term": "Medzinárodný deň Rómov (8. apríl)", "variants": ["8. apríl"]},
        "uk": {"term": "Міжнародний день ромів (8 квітня)", "variants": ["8 квітня"]},
        "rom": {"term": "Romano Dives", "variants": []},
    },
    # ------------------------------------------------------------------ policy
    {
        "key": "roma-inclusion",
        "category": "policy",
        "status": "preferred",
        "related": [("antigypsyism", "see_also"), ("romact", "see_also")],
        "sources": [S13, S7, S3],
        "en": {
            "term": "Roma inclusion",
            "short": "The policy aim of equal access for Roma to education, employment, "
            "health and housing, together with non-discrimination and participation.",
            "full": [
                "Roma inclusion is the policy aim of giving Roma equal access to education, "
                "employment, health care and housing, together with protection from "
                "discrimination and participation in public life.",
                "In the European Union, national strategies were drawn up under the EU "
                "Framework for National Roma Integration Strategies of 2011; the framework "
                "for 2020–2030 speaks of equality, inclusion and participation. Older EU "
                'texts say "Roma integration".',
                "The Alliance promotes Roma inclusion at local and regional level. Critics "
                "stress that inclusion cannot be achieved unless antigypsyism is tackled at "
                "the same time.",
            ],
            "variants": ["Roma integration", "inclusion of Roma"],
            "note": 'Prefer "inclusion" to the older "integration", and name the groups '
            "concerned where the policy is not only about Roma.",
        },
        "fr": {
            "term": "inclusion des Roms",
            "short": "Objectif politique d'égalité d'accès des Roms à l'éducation, à "
            "l'emploi, à la santé et au logement, avec la non-discrimination et la "
            "participation.",
            "full": [
                "L'inclusion des Roms est l'objectif politique qui vise à garantir aux Roms "
                "l'égalité d'accès à l'éducation, à l'emploi, aux soins de santé et au "
                "logement, ainsi que la protection contre la discrimination et la "
                "participation à la vie publique.",
                "Dans l'Union européenne, des stratégies nationales ont été élaborées dans "
                "le cadre de l'UE pour les stratégies nationales d'intégration des Roms, "
                "adopté en 2011 ; le cadre pour 2020-2030 parle d'égalité, d'inclusion et de "
                "participation. Les textes plus anciens de l'UE parlent d'« intégration des "
                "Roms ».",
                "L'Alliance promeut l'inclusion des Roms au niveau local et régional. Des "
                "critiques soulignent que l'inclusion ne peut être atteinte sans lutter en "
                "même temps contre l'antitsiganisme.",
            ],
            "variants": ["intégration des Roms"],
            "note": "Préférer « inclusion » à l'ancien terme « intégration », et nommer les "
            "groupes concernés lorsque la politique ne vise pas seulement les Roms.",
        },
        "de": {
            "term": "Inklusion der Roma",
            "variants": ["Roma-Inklusion", "Integration der Roma"],
            "short": "Politisches Ziel des gleichberechtigten Zugangs von Roma zu Bildung, "
            "Beschäftigung, Gesundheit und Wohnen, verbunden mit Schutz vor Diskriminierung "
            "und Teilhabe.",
        },
        "it": {
            "term": "inclusione dei rom",
            "variants": ["integrazione dei rom"],
            "short": "Obiettivo politico di garantire ai rom parità di accesso a istruzione, "
            "lavoro, salute e alloggio, insieme alla non discriminazione e alla "
            "partecipazione.",
        },
        "es": {
            "term": "inclusión de la población gitana",
            "variants": ["integración de los gitanos", "inclusión de los roma"],
            "short": "Objetivo político de garantizar a la población gitana la igualdad de "
            "acceso a la educación, el empleo, la salud y la vivienda, junto con la no "
            "discriminación y la participación.",
        },
        "ro": {"term": "incluziunea romilor", "variants": ["integrarea romilor"]},
        "bg": {"term": "приобщаване на ромите", "variants": ["интеграция на ромите"]},
        "hu": {"term": "a romák társadalmi befogadása", "variants": ["roma integráció"]},
        "sk": {"term": "inklúzia Rómov", "variants": ["integrácia Rómov"]},
        "uk": {"term": "інклюзія ромів", "variants": ["інтеграція ромів"]},
    },
    {
        "key": "segregation",
        "category": "policy",
        "status": "preferred",
        "related": [("roma-inclusion", "see_also")],
        "sources": [S25, S24, S3],
        "en": {
            "term": "Segregation",
            "short": "The separation of Roma from others, in schools (special schools, "
            "Roma-only classes) or in housing.",
            "full": [
                "Segregation means separating Roma from the rest of the population: in "
                "education, through placement in special schools or in Roma-only classes, "
                "and in housing, in separate neighbourhoods or settlements.",
                "The European Court of Human Rights has found the school segregation of "
                "Roma children to be discriminatory in several judgments, including D.H. and "
                "Others v. the Czech Republic (2007), Sampanis and Others v. Greece (2008), "
                "Oršuš and Others v. Croatia (2010) and Horváth and Kiss v. Hungary (2013).",
                "Inclusive education in mainstream schools was the theme of the Alliance's "
                "first international seminar, held in Budapest in December 2012.",
            ],
            "variants": ["school segregation", "residential segregation"],
            "note": "Name the kind of segregation (school, residential) and, where relevant, the case law.",
        },
        "fr": {
            "term": "ségrégation",
            "short": "Séparation des Roms du reste de la population, à l'école (écoles "
            "spéciales, classes réservées aux Roms) ou dans le logement.",
            "full": [
                "La ségrégation consiste à séparer les Roms du reste de la population : dans "
                "l'éducation, par le placement dans des écoles spéciales ou dans des classes "
                "réservées aux Roms, et dans le logement, dans des quartiers ou des lieux "
                "d'habitation séparés.",
                "La Cour européenne des droits de l'homme a jugé discriminatoire la "
                "ségrégation scolaire d'enfants roms dans plusieurs arrêts, notamment D.H. et "
                "autres c. République tchèque (2007), Sampanis et autres c. Grèce (2008), "
                "Oršuš et autres c. Croatie (2010) et Horváth et Kiss c. Hongrie (2013).",
                "L'éducation inclusive dans les écoles ordinaires était le thème du premier "
                "séminaire international de l'Alliance, tenu à Budapest en décembre 2012.",
            ],
            "variants": ["ségrégation scolaire", "ségrégation résidentielle"],
            "note": "Préciser le type de ségrégation (scolaire, résidentielle) et, le cas "
            "échéant, la jurisprudence.",
        },
        "de": {
            "term": "Segregation",
            "variants": ["schulische Segregation", "räumliche Segregation"],
            "short": "Trennung von Roma vom Rest der Bevölkerung in der Schule "
            "(Sonderschulen, reine Roma-Klassen) oder beim Wohnen; vom Europäischen "
            "Gerichtshof für Menschenrechte mehrfach als Diskriminierung verurteilt.",
        },
        "it": {
            "term": "segregazione",
            "variants": ["segregazione scolastica", "segregazione abitativa"],
            "short": "Separazione dei rom dal resto della popolazione nella scuola (scuole "
            "speciali, classi di soli rom) o nell'abitazione; più volte condannata come "
            "discriminazione dalla Corte europea dei diritti dell'uomo.",
        },
        "es": {
            "term": "segregación",
            "variants": ["segregación escolar", "segregación residencial"],
            "short": "Separación de la población gitana del resto en la escuela (escuelas "
            "especiales, aulas solo para gitanos) o en la vivienda; el Tribunal Europeo de "
            "Derechos Humanos la ha declarado discriminatoria en varias sentencias.",
        },
        "ro": {"term": "segregare", "variants": ["segregare școlară", "segregare rezidențială"]},
        "bg": {"term": "сегрегация", "variants": ["сегрегация в образованието", "жилищна сегрегация"]},
        "hu": {"term": "szegregáció", "variants": ["iskolai szegregáció", "lakhatási szegregáció"]},
        "sk": {"term": "segregácia", "variants": ["segregácia vo vzdelávaní", "priestorová segregácia"]},
        "uk": {"term": "сегрегація", "variants": ["сегрегація в освіті", "житлова сегрегація"]},
    },
    {
        "key": "forced-eviction",
        "category": "policy",
        "status": "preferred",
        "related": [("halting-site", "see_also"), ("segregation", "see_also")],
        "sources": [S24],
        "en": {
            "term": "Forced eviction",
            "short": "Removal of people from their homes or land without notice, legal "
            "remedy or alternative housing, contrary to human rights standards.",
            "full": [
                "A forced eviction is the removal of people from the homes or land they "
                "occupy without proper notice, without access to a legal remedy and without "
                "alternative housing, contrary to human rights standards.",
                "In 2016 the Office of the UN High Commissioner for Human Rights, the "
                "OSCE Office for Democratic Institutions and Human Rights, the Council of "
                "Europe, the EU Agency for Fundamental Rights, the European Network of "
                "National Human Rights Institutions and Equinet issued a joint statement "
                'calling to "Stop evictions of Roma and Travellers".',
            ],
            "variants": ["forced evictions"],
            "note": "Not every eviction is a forced eviction: use the term where notice, "
            "remedies or alternative housing are missing.",
        },
        "fr": {
            "term": "expulsion forcée",
            "short": "Éviction de personnes de leur logement ou de leur terrain sans préavis, "
            "sans recours juridique ni solution de relogement, contraire aux normes des "
            "droits de l'homme.",
            "full": [
                "Une expulsion forcée est l'éviction de personnes du logement ou du terrain "
                "qu'elles occupent sans préavis suffisant, sans accès à un recours juridique "
                "et sans solution de relogement, en violation des normes relatives aux "
                "droits de l'homme.",
                "En 2016, le Haut-Commissariat des Nations Unies aux droits de l'homme, le "
                "Bureau des institutions démocratiques et des droits de l'homme de l'OSCE, le "
                "Conseil de l'Europe, l'Agence des droits fondamentaux de l'UE, le Réseau "
                "européen des institutions nationales des droits de l'homme et Equinet ont "
                "publié une déclaration commune appelant à mettre fin aux expulsions de Roms "
                "et de Gens du voyage.",
            ],
            "variants": ["expulsions forcées"],
            "note": "Toute expulsion n'est pas une expulsion forcée : employer ce terme "
            "lorsque le préavis, les recours ou le relogement font défaut.",
        },
        "de": {
            "term": "Zwangsräumung",
            "variants": ["Zwangsräumungen"],
            "short": "Räumung von Wohnungen oder Grundstücken ohne Vorankündigung, "
            "Rechtsbehelf oder Ersatzunterkunft, im Widerspruch zu menschenrechtlichen "
            "Standards.",
        },
        "it": {
            "term": "sgombero forzato",
            "variants": ["sgomberi forzati"],
            "short": "Allontanamento di persone dalla propria abitazione o dal terreno che "
            "occupano senza preavviso, rimedio giuridico né alloggio alternativo, in "
            "contrasto con gli standard sui diritti umani.",
        },
        "es": {
            "term": "desalojo forzoso",
            "variants": ["desalojos forzosos"],
            "short": "Expulsión de personas de su vivienda o de las tierras que ocupan sin "
            "preaviso, recurso legal ni vivienda alternativa, contraria a las normas de "
            "derechos humanos.",
        },
        "ro": {"term": "evacuare forțată", "variants": ["evacuări forțate"]},
        "bg": {"term": "принудително изселване", "variants": []},
        "hu": {"term": "kényszerkilakoltatás", "variants": ["kilakoltatás"]},
        "sk": {"term": "nútené vysťahovanie", "variants": []},
        "uk": {"term": "примусове виселення", "variants": []},
    },
    {
        "key": "halting-site",
        "category": "policy",
        "status": "acceptable",
        "related": [
            ("encampment", "see_also"),
            ("aire-d-accueil", "see_also"),
            ("travellers", "see_also"),
        ],
        "sources": [S24, S23],
        "en": {
            "term": "Halting site",
            "short": "In Ireland and the United Kingdom, an official site where Travellers "
            "can stop with their caravans.",
            "full": [
                "In Ireland and the United Kingdom, a halting site is an official site where "
                "Travellers can stop and live in their caravans. It is also called a "
                "stopping place.",
                'The nearest French term is "aire d\'accueil", although French and Swiss '
                "site types follow rules of their own.",
            ],
            "variants": ["stopping place", "halting sites"],
            "note": "An Irish and British term; do not transfer it automatically to other "
            "countries' site types.",
        },
        "fr": {
            "term": "halting site",
            "short": "En Irlande et au Royaume-Uni, terrain officiel où les Travellers peuvent "
            "stationner avec leurs caravanes.",
            "full": [
                "En Irlande et au Royaume-Uni, un « halting site » est un terrain officiel "
                "où les Travellers peuvent s'arrêter et vivre dans leurs caravanes. On parle "
                "aussi de « stopping place ».",
                "Le terme français le plus proche est « aire d'accueil », mais les types "
                "d'aires français et suisses obéissent à leurs propres règles.",
            ],
            "variants": ["stopping place", "aire d'accueil"],
            "note": "Terme irlandais et britannique ; ne pas le transposer automatiquement "
            "aux types d'aires d'autres pays.",
        },
        "de": {
            "term": "Halteplatz",
            "variants": ["halting site", "stopping place"],
            "short": "In Irland und im Vereinigten Königreich ein offizieller Platz, auf dem "
            "Travellers mit ihren Wohnwagen halten können.",
        },
        "it": {
            "term": "area di sosta",
            "variants": ["halting site"],
            "short": "In Irlanda e nel Regno Unito, area ufficiale in cui i Travellers possono "
            "sostare con le loro roulotte.",
        },
        "es": {
            "term": "halting site",
            "variants": ["stopping place"],
            "short": "En Irlanda y el Reino Unido, terreno oficial en el que los Travellers "
            "pueden detenerse con sus caravanas.",
        },
        "ro": {"term": "loc de staționare pentru rulote", "variants": ["halting site"]},
        "bg": {"term": "място за престой на каравани", "variants": ["halting site"]},
        "hu": {"term": "lakókocsis megállóhely", "variants": ["halting site"]},
        "sk": {"term": "stanovište pre karavany", "variants": ["halting site"]},
        "uk": {"term": "місце стоянки караванів", "variants": ["halting site"]},
    },
    {
        "key": "aire-d-accueil",
        "category": "policy",
        "status": "acceptable",
        "related": [("encampment", "see_also")],
        "sources": [S22, S23],
        "en": {
            "term": "Aire d'accueil",
            "short": 'French term for a reception site where "gens du voyage" can stop with '
            "their caravans; French and Swiss practice also has transit and long-stay sites.",
            "full": [
                'An "aire d\'accueil" (reception site) is a site provided for "gens du '
                'voyage" to stop with their caravans. French and Swiss practice distinguishes '
                'it from the "aire de transit", for short transit stays, and the "aire de '
                'séjour", for long stays.',
                "In France, the Besson laws require communes with more than 5,000 "
                "inhabitants to provide reception sites.",
            ],
            "variants": ["reception site", "aire de transit", "aire de séjour"],
            "note": 'Usually kept in French in English texts; "halting site" is the nearest '
            "Irish and British equivalent.",
        },
        "fr": {
            "term": "aire d'accueil",
            "short": "Terrain aménagé où les gens du voyage peuvent stationner avec leurs "
            "caravanes ; les pratiques française et suisse connaissent aussi les aires de "
            "transit et de séjour.",
            "full": [
                "Une aire d'accueil est un terrain prévu pour que les gens du voyage puissent "
                "s'y arrêter avec leurs caravanes. Les pratiques française et suisse la "
                "distinguent de l'aire de transit, pour de courtes haltes, et de l'aire de "
                "séjour, pour les séjours de longue durée.",
                "En France, les lois Besson obligent les communes de plus de 5 000 habitants "
                "à prévoir des aires d'accueil.",
            ],
            "variants": ["aire de transit", "aire de séjour", "aires d'accueil"],
            "note": "Terme administratif ; en anglais, on le garde souvent en français, "
            "« halting site » étant l'équivalent irlandais et britannique le plus proche.",
        },
        "de": {
            "term": "Aire d'accueil",
            "variants": ["Durchgangsplatz", "Standplatz"],
            "short": "Französische Bezeichnung für einen Platz, auf dem „gens du voyage“ mit "
            "ihren Wohnwagen halten können; in Frankreich und der Schweiz werden außerdem "
            "Durchgangs- und Langzeitplätze unterschieden.",
        },
        "it": {
            "term": "aire d'accueil",
            "variants": ["area di accoglienza", "area di sosta"],
            "short": "Termine francese per un'area in cui i «gens du voyage» possono sostare "
            "con le loro roulotte; in Francia e in Svizzera si distinguono anche aree di "
            "transito e di soggiorno.",
        },
        "es": {
            "term": "aire d'accueil",
            "variants": ["área de acogida"],
            "short": "Término francés para un terreno en el que los «gens du voyage» pueden "
            "detenerse con sus caravanas; en Francia y Suiza se distinguen también zonas de "
            "tránsito y de estancia larga.",
        },
        "ro": {"term": "aire d'accueil", "variants": ["aire de transit", "aire de séjour"]},
        "bg": {"term": "aire d'accueil", "variants": ["aire de transit", "aire de séjour"]},
        "hu": {"term": "aire d'accueil", "variants": ["aire de transit", "aire de séjour"]},
        "sk": {"term": "aire d'accueil", "variants": ["aire de transit", "aire de séjour"]},
        "uk": {"term": "aire d'accueil", "variants": ["aire de transit", "aire de séjour"]},
        "rom": {"term": "aire d'accueil", "variants": ["aire de transit", "aire de séjour"]},
    },
    {
        "key": "encampment",
        "category": "policy",
        "status": "acceptable",
        "related": [("travellers", "see_also")],
        "sources": [S5, S1],
        "en": {
            "term": "Encampment",
            "short": "Council of Europe wording for Travellers stopping with their caravans "
            "and for the places where they stop.",
            "full": [
                'In Council of Europe English, "encampment" refers to Travellers stopping '
                "with their caravans and to the places where they stop, as in Committee of "
                "Ministers Recommendation Rec(2004)14 on the movement and encampment of "
                'Travellers in Europe. French texts use "stationnement".',
                'Many writers avoid the word "camp" where it could suggest segregation.',
            ],
            "variants": ["stopping", "stopping place"],
            "note": 'Prefer "encampment" or "stopping place" to "camp" where "camp" '
            "would suggest segregation.",
        },
        "fr": {
            "term": "stationnement",
            "short": "Terme des textes français du Conseil de l'Europe pour l'arrêt des Gens "
            "du voyage avec leurs caravanes et les lieux où ils s'arrêtent (en anglais "
            "« encampment »).",
            "full": [
                "Dans les textes du Conseil de l'Europe, le « stationnement » désigne l'arrêt "
                "des Gens du voyage avec leurs caravanes et les lieux où ils s'arrêtent, "
                "comme dans la Recommandation Rec(2004)14 du Comité des Ministres relative à "
                "la circulation et au stationnement des Gens du voyage en Europe. Les textes "
                "anglais emploient « encampment ».",
                "Beaucoup d'auteurs évitent le mot « camp » lorsqu'il pourrait suggérer la ségrégation.",
            ],
            "variants": ["encampment", "stationnement des Gens du voyage"],
            "note": "Préférer « stationnement » ou « aire » à « camp » lorsque ce mot "
            "suggérerait la ségrégation.",
        },
        "de": {
            "term": "Encampment",
            "variants": ["Halteplatz"],
            "short": "Im Englischen des Europarats Bezeichnung für das Halten von Travellers "
            "mit ihren Wohnwagen und für die Plätze, an denen sie halten, etwa in der "
            "Empfehlung Rec(2004)14; im Französischen „stationnement“.",
        },
        "it": {
            "term": "sosta",
            "variants": ["stazionamento", "encampment"],
            "short": "Nei testi del Consiglio d'Europa (in inglese «encampment»), la sosta dei "
            "Travellers con le loro roulotte e i luoghi in cui sostano, come nella "
            "Raccomandazione Rec(2004)14.",
        },
        "es": {
            "term": "encampment",
            "variants": ["estacionamiento"],
            "short": "Término inglés del Consejo de Europa para la parada de los Travellers "
            "con sus caravanas y los lugares donde se detienen, como en la Recomendación "
            "Rec(2004)14; en francés, «stationnement».",
        },
        "ro": {"term": "staționare", "variants": ["encampment"]},
        "bg": {"term": "престой", "variants": ["encampment"]},
        "hu": {"term": "táborozás", "variants": ["encampment"]},
        "sk": {"term": "táborenie", "variants": ["encampment"]},
        "uk": {"term": "стоянка", "variants": ["encampment"]},
    },
    {
        "key": "roma-mediator",
        "category": "policy",
        "status": "preferred",
        "related": [("romed", "see_also")],
        "sources": [S12, S1],
        "en": {
            "term": "Roma mediator",
            "short": "A person of Roma background, or with knowledge of Roma issues, who "
            "links Roma communities with schools, health and employment services and local "
            "authorities.",
            "full": [
                "A Roma mediator is a person of Roma background, or with good knowledge of "
                "Roma issues, who works as a link between Roma communities and public "
                "institutions: schools, health services, employment services and "
                "authorities. Depending on the field, one speaks of school mediators or "
                "health mediators.",
                "Roma mediation is the subject of Committee of Ministers Recommendation "
                "CM/Rec(2012)9. Under the ROMED programme, more than 1,000 mediators were "
                "trained in 22 countries.",
            ],
            "variants": ["school mediator", "health mediator", "Roma mediators"],
            "note": 'Say "Roma mediator"; specify the field (school, health) where relevant.',
        },
        "fr": {
            "term": "médiateur rom",
            "short": "Personne d'origine rom, ou connaissant bien les questions roms, qui fait "
            "le lien entre les communautés roms et les écoles, les services de santé et "
            "d'emploi et les autorités locales.",
            "full": [
                "Un médiateur rom est une personne d'origine rom, ou connaissant bien les "
                "questions roms, qui fait le lien entre les communautés roms et les "
                "institutions publiques : écoles, services de santé, services de l'emploi et "
                "autorités. Selon le domaine, on parle de médiateurs scolaires ou de "
                "médiateurs sanitaires.",
                "La médiation rom fait l'objet de la Recommandation CM/Rec(2012)9 du Comité "
                "des Ministres. Dans le cadre du programme ROMED, plus de 1 000 médiateurs "
                "ont été formés dans 22 pays.",
            ],
            "variants": ["médiatrice rom", "médiateurs roms", "médiateur scolaire", "médiateur sanitaire"],
            "note": "Dire « médiateur rom » (pluriel « médiateurs roms ») ; préciser le "
            "domaine (scolaire, sanitaire) si nécessaire.",
        },
        "de": {
            "term": "Roma-Mediator",
            "variants": ["Roma-Mediatorin", "Schulmediator", "Gesundheitsmediator"],
            "short": "Person mit Roma-Hintergrund oder guter Kenntnis von Roma-Fragen, die "
            "zwischen Roma-Gemeinschaften und Schulen, Gesundheits- und Arbeitsverwaltung "
            "sowie Behörden vermittelt.",
        },
        "it": {
            "term": "mediatore rom",
            "variants": ["mediatrice rom", "mediatore scolastico", "mediatore sanitario"],
            "short": "Persona di origine rom, o con una buona conoscenza delle questioni rom, "
            "che fa da tramite tra le comunità rom e scuole, servizi sanitari, servizi per "
            "l'impiego e autorità.",
        },
        "es": {
            "term": "mediador romaní",
            "variants": ["mediadora romaní", "mediador gitano", "mediador escolar", "mediador sanitario"],
            "short": "Persona de origen romaní, o con buen conocimiento de las cuestiones "
            "gitanas, que sirve de enlace entre las comunidades gitanas y las escuelas, los "
            "servicios de salud y de empleo y las autoridades.",
        },
        "ro": {"term": "mediator rom", "variants": ["mediator școlar", "mediator sanitar"]},
        "bg": {"term": "ромски медиатор", "variants": ["здравен медиатор", "образователен медиатор"]},
        "hu": {"term": "roma mediátor", "variants": []},
        "sk": {"term": "rómsky mediátor", "variants": []},
        "uk": {"term": "ромський медіатор", "variants": []},
    },
    {
        "key": "romed",
        "category": "policy",
        "status": "preferred",
        "related": [("romact", "see_also")],
        "sources": [S12, S3],
        "en": {
            "term": "ROMED",
            "short": "Joint Council of Europe and European Commission programme on Roma "
            "mediation (ROMED1 from 2011, ROMED2 from 2013), closed in March 2017.",
            "full": [
                "ROMED is a joint programme of the Council of Europe and the European "
                "Commission on Roma mediation. Its first phase, ROMED1, started in 2011 and "
                "trained more than 1,000 mediators in 22 countries.",
                "The second phase, ROMED2, started in 2013 and focused on the participation "
                "of Roma communities in local democratic governance, through mediation. It "
                "was launched together with ROMACT, with launch events in Budapest, Albena "
                "(Bulgaria), Bucharest and Košice (Slovakia). The programme closed in March "
                "2017.",
            ],
            "variants": ["ROMED1", "ROMED2"],
            "note": "Write the name in capitals; say which phase is meant.",
        },
        "fr": {
            "term": "ROMED",
            "short": "Programme conjoint du Conseil de l'Europe et de la Commission "
            "européenne sur la médiation rom (ROMED1 à partir de 2011, ROMED2 à partir de "
            "2013), clos en mars 2017.",
            "full": [
                "ROMED est un programme conjoint du Conseil de l'Europe et de la Commission "
                "européenne consacré à la médiation rom. Sa première phase, ROMED1, lancée en "
                "2011, a formé plus de 1 000 médiateurs dans 22 pays.",
                "La seconde phase, ROMED2, lancée en 2013, portait sur la participation des "
                "communautés roms à la gouvernance démocratique locale, grâce à la "
                "médiation. Elle a été lancée en même temps que ROMACT, avec des événements "
                "à Budapest, Albena (Bulgarie), Bucarest et Košice (Slovaquie). Le programme "
                "a pris fin en mars 2017.",
            ],
            "variants": ["ROMED1", "ROMED2"],
            "note": "Écrire le nom en majuscules ; préciser la phase concernée.",
        },
        "de": {
            "term": "ROMED",
            "variants": ["ROMED1", "ROMED2"],
            "short": "Gemeinsames Programm von Europarat und Europäischer Kommission zur "
            "Roma-Mediation (ROMED1 ab 2011, ROMED2 ab 2013), im März 2017 abgeschlossen.",
        },
        "it": {
            "term": "ROMED",
            "variants": ["ROMED1", "ROMED2"],
            "short": "Programma congiunto del Consiglio d'Europa e della Commissione europea "
            "sulla mediazione rom (ROMED1 dal 2011, ROMED2 dal 2013), concluso nel marzo "
            "2017.",
        },
        "es": {
            "term": "ROMED",
            "variants": ["ROMED1", "ROMED2"],
            "short": "Programa conjunto del Consejo de Europa y la Comisión Europea sobre "
            "mediación con la población gitana (ROMED1 desde 2011, ROMED2 desde 2013), "
            "finalizado en marzo de 2017.",
        },
        "ro": {"term": "ROMED", "variants": ["ROMED1", "ROMED2"]},
        "bg": {"term": "ROMED", "variants": ["ROMED1", "ROMED2"]},
        "hu": {"term": "ROMED", "variants": ["ROMED1", "ROMED2"]},
        "sk": {"term": "ROMED", "variants": ["ROMED1", "ROMED2"]},
        "uk": {"term": "ROMED", "variants": ["ROMED1", "ROMED2"]},
        "rom": {"term": "ROMED", "variants": ["ROMED1", "ROMED2"]},
    },
    {
        "key": "romact",
        "category": "policy",
        "status": "preferred",
        "related": [("romacted", "see_also")],
        "sources": [S13, S3],
        "en": {
            "term": "ROMACT",
            "short": "Joint Council of Europe and European Commission programme, started in "
            "2013, that builds political will and local capacity for Roma inclusion.",
            "full": [
                "ROMACT is a joint programme of the Council of Europe and the European "
                "Commission, started in 2013 in the framework of the European Alliance of "
                "Cities and Regions for Roma Inclusion. It helps cities and regions build the "
                "political will and the capacity to develop and carry out projects for the "
                "inclusion of Roma.",
                "ROMACT has worked in Bulgaria, the Czech Republic, Hungary, Italy, Romania "
                "and Slovakia. It was launched together with ROMED2, which it complements.",
            ],
            "variants": ["ROMACT programme"],
            "note": "Write the name in capitals.",
        },
        "fr": {
            "term": "ROMACT",
            "short": "Programme conjoint du Conseil de l'Europe et de la Commission "
            "européenne, lancé en 2013, qui renforce la volonté politique et les capacités "
            "locales en faveur de l'inclusion des Roms.",
            "full": [
                "ROMACT est un programme conjoint du Conseil de l'Europe et de la Commission "
                "européenne, lancé en 2013 dans le cadre de l'Alliance européenne des villes "
                "et des régions pour l'inclusion des Roms. Il aide les villes et les régions "
                "à renforcer leur volonté politique et leur capacité à élaborer et mettre en "
                "œuvre des projets pour l'inclusion des Roms.",
                "ROMACT a été mis en œuvre en Bulgarie, en République tchèque, en Hongrie, "
                "en Italie, en Roumanie et en Slovaquie. Il a été lancé en même temps que "
                "ROMED2, qu'il complète.",
            ],
            "variants": ["programme ROMACT"],
            "note": "Écrire le nom en majuscules.",
        },
        "de": {
            "term": "ROMACT",
            "variants": ["ROMACT-Programm"],
            "short": "Gemeinsames Programm von Europarat und Europäischer Kommission seit 2013, "
            "das den politischen Willen und die Kapazitäten von Städten und Regionen für die "
            "Inklusion der Roma stärkt.",
        },
        "it": {
            "term": "ROMACT",
            "variants": ["programma ROMACT"],
            "short": "Programma congiunto del Consiglio d'Europa e della Commissione europea, "
            "avviato nel 2013, che rafforza la volontà politica e le capacità di città e "
            "regioni per l'inclusione dei rom.",
        },
        "es": {
            "term": "ROMACT",
            "variants": ["programa ROMACT"],
            "short": "Programa conjunto del Consejo de Europa y la Comisión Europea, iniciado "
            "en 2013, que refuerza la voluntad política y la capacidad de ciudades y regiones "
            "para la inclusión de la población gitana.",
        },
        "ro": {"term": "ROMACT", "variants": []},
        "bg": {"term": "ROMACT", "variants": []},
        "hu": {"term": "ROMACT", "variants": []},
        "sk": {"term": "ROMACT", "variants": []},
        "uk": {"term": "ROMACT", "variants": []},
        "rom": {"term": "ROMACT", "variants": []},
    },
    {
        "key": "romacted",
        "category": "policy",
        "status": "preferred",
        "related": [],
        "sources": [S14],
        "en": {
            "term": "ROMACTED",
            "short": "Joint European Union and Council of Europe programme for the Western "
            "Balkans and Turkey, 2017–2024.",
            "full": [
                "ROMACTED is a joint programme of the European Union and the Council of "
                "Europe for the Western Balkans and Turkey, running from 2017 to 2024. Its "
                "name links it to ROMACT, the earlier joint programme for Roma inclusion at "
                "local level in EU member states.",
            ],
            "variants": ["ROMACTED programme"],
            "note": "Write the name in capitals; do not confuse it with ROMACT.",
        },
        "fr": {
            "term": "ROMACTED",
            "short": "Programme conjoint de l'Union européenne et du Conseil de l'Europe pour "
            "les Balkans occidentaux et la Turquie, 2017-2024.",
            "full": [
                "ROMACTED est un programme conjoint de l'Union européenne et du Conseil de "
                "l'Europe pour les Balkans occidentaux et la Turquie, mis en œuvre de 2017 à "
                "2024. Son nom le rattache à ROMACT, programme conjoint antérieur consacré à "
                "l'inclusion des Roms au niveau local dans des États membres de l'UE.",
            ],
            "variants": ["programme ROMACTED"],
            "note": "Écrire le nom en majuscules ; ne pas le confondre avec ROMACT.",
        },
        "de": {
            "term": "ROMACTED",
            "variants": ["ROMACTED-Programm"],
            "short": "Gemeinsames Programm der Europäischen Union und des Europarats für den "
            "Westbalkan und die Türkei, 2017–2024.",
        },
        "it": {
            "term": "ROMACTED",
            "variants": ["programma ROMACTED"],
            "short": "Programma congiunto dell'Unione europea e del Consiglio d'Europa per i "
            "Balcani occidentali e la Turchia, 2017-2024.",
        },
        "es": {
            "term": "ROMACTED",
            "variants": ["programa ROMACTED"],
            "short": "Programa conjunto de la Unión Europea y el Consejo de Europa para los "
            "Balcanes Occidentales y Turquía, 2017-2024.",
        },
        "ro": {"term": "ROMACTED", "variants": []},
        "bg": {"term": "ROMACTED", "variants": []},
        "hu": {"term": "ROMACTED", "variants": []},
        "sk": {"term": "ROMACTED", "variants": []},
        "uk": {"term": "ROMACTED", "variants": []},
        "rom": {"term": "ROMACTED", "variants": []},
    },
    {
        "key": "dosta",
        "category": "policy",
        "status": "preferred",
        "related": [("antigypsyism", "see_also")],
        "sources": [S26, S3],
        "en": {
            "term": "Dosta!",
            "short": "Council of Europe awareness-raising campaign whose name means "
            '"enough"; it gives its name to the Dosta!-Congress Prize for Municipalities.',
            "full": [
                'Dosta!, meaning "enough", is the name of an awareness-raising campaign of '
                "the Council of Europe.",
                "The Dosta!-Congress Prize for Municipalities has been awarded every two "
                "years since 2007 to municipal projects for Roma inclusion. Since 2013 it "
                "has been run by the European Alliance of Cities and Regions for Roma "
                "Inclusion.",
            ],
            "variants": ["Dosta", "Dosta!-Congress Prize for Municipalities"],
            "note": "Keep the exclamation mark in the name.",
        },
        "fr": {
            "term": "Dosta!",
            "short": "Campagne de sensibilisation du Conseil de l'Europe dont le nom signifie "
            "« assez ! » ; elle donne son nom au prix Dosta!-Congrès pour les "
            "municipalités.",
            "full": [
                "Dosta!, qui signifie « assez ! », est le nom d'une campagne de "
                "sensibilisation du Conseil de l'Europe.",
                "Le prix Dosta!-Congrès pour les municipalités est décerné tous les deux ans "
                "depuis 2007 à des projets municipaux en faveur de l'inclusion des Roms. "
                "Depuis 2013, il est géré par l'Alliance européenne des villes et des "
                "régions pour l'inclusion des Roms.",
            ],
            "variants": ["Dosta !", "prix Dosta!-Congrès"],
            "note": "Conserver le point d'exclamation dans le nom.",
        },
        "de": {
            "term": "Dosta!",
            "variants": ["Dosta"],
            "short": "Sensibilisierungskampagne des Europarats, deren Name „genug“ bedeutet; "
            "nach ihr ist der Dosta!-Preis des Kongresses für Gemeinden benannt, den die "
            "Allianz seit 2013 betreut.",
        },
        "it": {
            "term": "Dosta!",
            "variants": ["Dosta"],
            "short": "Campagna di sensibilizzazione del Consiglio d'Europa, il cui nome "
            "significa «basta»; dà il nome al premio Dosta!-Congresso per i comuni, gestito "
            "dall'Alleanza dal 2013.",
        },
        "es": {
            "term": "Dosta!",
            "variants": ["Dosta"],
            "short": "Campaña de sensibilización del Consejo de Europa cuyo nombre significa "
            "«basta»; da nombre al Premio Dosta!-Congreso para municipios, gestionado por la "
            "Alianza desde 2013.",
        },
        "ro": {"term": "Dosta!", "variants": []},
        "bg": {"term": "Dosta!", "variants": []},
        "hu": {"term": "Dosta!", "variants": []},
        "sk": {"term": "Dosta!", "variants": []},
        "uk": {"term": "Dosta!", "variants": []},
        "rom": {"term": "Dosta!", "variants": []},
    },
]
