"""Demo content: the five seed articles of the Alliance's site (news and events), plus two
event pages drawn from seed 003 (data only, read by load_demo_content).

Sources: /work/shared/seeds/000…004 (real pages of roma-alliance.org), English text as
published, with obvious typos fixed and the sidebar boilerplate left out; section (b) of
/work/shared/GLOSSARY_SOURCES.md for the 2012 pilot events.

ITEMS and EVENTS_EXTRA = [{
    "key", "type": "news"|"event", "slug",
    "date": "YYYY-MM-DD" or None   (only when the seed gives the article's own full date),
    "topics": [topic slugs from site.TOPICS], "tags": [lowercase slugs],
    "members": [member keys from members.MEMBERS],
    "event": {"start": "YYYY-MM-DDTHH:MM", "end": ... or None, "time_known": bool,
              "end_date": "YYYY-MM-DD" (optional, last day when known but no time),
              "venue", "country" (ISO alpha-2), "organiser", "programme"}   (events only),
    locale: {"title", "intro", "body": [blocks], "city" (events only)},
}]
Blocks: ("heading", text), ("paragraph", text), ("quote", text, attribution). A translated
body has the same blocks, in the same order, as the English one (None = untranslated).
When "time_known" is False the seed gives no time: start is set to 09:00 as a placeholder
and end is None.
"""

ITEMS = [
    # -----------------------------------------------------------------------
    # Seed 000: Miranda Rira, 2 August 2019
    # -----------------------------------------------------------------------
    {
        "key": "miranda-rira-2-august-2019",
        "type": "news",
        "slug": "miranda-rira-involving-all-levels-of-governance-in-roma-integration",
        "date": "2019-08-02",
        "topics": ["remembrance", "anti-gypsyism", "inclusion"],
        "tags": ["roma-holocaust-memorial-day", "2-august", "congress", "human-rights"],
        "members": [],
        "en": {
            "title": "Miranda Rira: “Involving all levels of governance in Roma integration”",
            "intro": "The memory of the persecution suffered by Roma in the past is a reminder of "
            "the urgent need to end anti-Gypsyism, said Miranda Rira, Congress spokesperson on "
            "Roma issues, on the Roma Holocaust Memorial Day.",
            "body": [
                (
                    "paragraph",
                    "The memory of the persecution suffered by Roma in the past serves as a "
                    "reminder of the urgent need to put an end to the anti-Gypsyism which they "
                    "continue to be subjected to in many European countries, said Miranda Rira, "
                    "Congress spokesperson on Roma issues, on 2 August 2019, on the occasion of "
                    "the Roma Holocaust Memorial Day. All levels of governance – whether "
                    "national, regional or local – should undertake to safeguard their rights "
                    "and ensure their integration, she added.",
                ),
                (
                    "paragraph",
                    "The Congress recently published the Human Rights Handbook for Local and "
                    "Regional Authorities, which includes a chapter on Roma rights, with a "
                    "reminder of the legal framework and the role that local and regional "
                    "authorities can play, along with examples of good practice implemented in "
                    "various countries.",
                ),
                (
                    "paragraph",
                    "On 2 August, we commemorate the genocide perpetrated against the Roma in the "
                    "Second World War, during which it is estimated that between 220 000 and "
                    "500 000 Roma and Sinti, representing between a quarter and half of their "
                    "entire population at the time, were murdered by the Nazis and their allies. "
                    "According to a report published in 2018 by the European Union Agency for "
                    "Fundamental Rights, Roma – who are the largest ethnic minority group in "
                    "Europe – continue to suffer persecution to this day.",
                ),
            ],
        },
        "fr": {
            "title": "Miranda Rira : « Impliquer tous les niveaux de gouvernance dans "
            "l'intégration des Roms »",
            "intro": "Le souvenir des persécutions subies par les Roms rappelle l'urgence de "
            "mettre fin à l'antitsiganisme, a déclaré Miranda Rira, porte-parole du Congrès sur "
            "les questions relatives aux Roms, à l'occasion de la Journée de commémoration de "
            "l'Holocauste des Roms.",
            "body": [
                (
                    "paragraph",
                    "Le souvenir des persécutions subies par les Roms dans le passé rappelle "
                    "qu'il est urgent de mettre fin à l'antitsiganisme dont ils continuent d'être "
                    "la cible dans de nombreux pays européens, a déclaré Miranda Rira, "
                    "porte-parole du Congrès sur les questions relatives aux Roms, le 2 août "
                    "2019, à l'occasion de la Journée de commémoration de l'Holocauste des Roms. "
                    "Tous les niveaux de gouvernance – national, régional ou local – devraient "
                    "s'engager à protéger leurs droits et à garantir leur intégration, a-t-elle "
                    "ajouté.",
                ),
                (
                    "paragraph",
                    "Le Congrès a récemment publié un manuel sur les droits de l'homme destiné "
                    "aux collectivités locales et régionales, qui comprend un chapitre consacré "
                    "aux droits des Roms : il rappelle le cadre juridique et le rôle que peuvent "
                    "jouer les collectivités locales et régionales, et présente des exemples de "
                    "bonnes pratiques mises en œuvre dans différents pays.",
                ),
                (
                    "paragraph",
                    "Le 2 août, nous commémorons le génocide perpétré contre les Roms pendant la "
                    "Seconde Guerre mondiale : on estime qu'entre 220 000 et 500 000 Roms et "
                    "Sinti, soit entre un quart et la moitié de l'ensemble de leur population à "
                    "l'époque, ont été assassinés par les nazis et leurs alliés. Selon un rapport "
                    "publié en 2018 par l'Agence des droits fondamentaux de l'Union européenne, "
                    "les Roms – qui constituent le groupe minoritaire ethnique le plus important "
                    "d'Europe – continuent d'être persécutés aujourd'hui encore.",
                ),
            ],
        },
        "de": {
            "title": "Miranda Rira: „Alle Regierungs- und Verwaltungsebenen in die Integration "
            "der Roma einbeziehen“",
            "intro": "Die Erinnerung an die Verfolgung der Roma in der Vergangenheit zeigt, wie "
            "dringend der Antiziganismus beendet werden muss, erklärte Miranda Rira, Sprecherin "
            "des Kongresses für Roma-Fragen, zum Europäischen Holocaust-Gedenktag für Sinti und "
            "Roma.",
        },
    },
    # -----------------------------------------------------------------------
    # Seed 001: 2nd meeting of the Ukrainian Alliance, Lviv, 26 February 2019
    # -----------------------------------------------------------------------
    {
        "key": "ukrainian-alliance-2nd-meeting-lviv",
        "type": "event",
        "slug": "2nd-meeting-of-the-ukrainian-alliance-lviv",
        # The seed gives the date of the meeting, not of the article itself.
        "date": None,
        "topics": ["safety", "inclusion", "anti-gypsyism"],
        "tags": ["ukraine", "ukrainian-alliance", "national-alliances", "lviv"],
        "members": [
            "zakarpattia-region",
            "zaporizhzhia-region",
            "odesa-region",
            "kharkiv-region",
            "pereiaslav-khmelnytskyi-district",
            "darnytskyi-district",
            "kropyvnytskyi",
            "uzhhorod",
            "lviv",
        ],
        "event": {
            "start": "2019-02-26T09:00",
            "end": None,
            "time_known": False,
            "venue": "",
            "country": "UA",
            "organiser": "Ukrainian Alliance of Cities and Regions for Roma Inclusion",
            "programme": "alliance",
        },
        "en": {
            "title": "Local action for Roma safety: 2nd Meeting of the Ukrainian Alliance of "
            "Cities and Regions for Roma Inclusion",
            "intro": "The Ukrainian Alliance of Cities and Regions for Roma Inclusion meets in "
            "Lviv on 26 February 2019 for its second official meeting, to discuss how local and "
            "regional authorities can help prevent violent attacks against Roma.",
            "city": "Lviv",
            "body": [
                (
                    "paragraph",
                    "The Ukrainian Alliance of Cities and Regions for Roma Inclusion, the "
                    "European Alliance’s local network of mayors in Ukraine, will meet on "
                    "26 February 2019 in Lviv for its second official meeting. The Ukrainian "
                    "Alliance will, among others, address the violent attacks against Roma that "
                    "happened in the past year.",
                ),
                (
                    "paragraph",
                    "In 2018, a series of attacks against Roma, both verbally and physically, "
                    "shocked the country. Two young Roma lost their lives when their settlements "
                    "were attacked by strangers. The members of the Ukrainian Alliance will "
                    "discuss how local and regional authorities can help prevent such attacks and "
                    "create a safer future for Roma citizens in Ukraine.",
                ),
                (
                    "paragraph",
                    "The Ukrainian Alliance was founded in November 2017 by the Regional State "
                    "Administrations of Transcarpathia, Zaporizhia, Odessa and Kharkiv, the "
                    "District State Administrations of Pereyaslav-Khmelnytsky and Darnytskyi and "
                    "the Cities of Kropyvnytskyi, Uzhgorod and Lviv. It serves as a local "
                    "network of mayors and regional governors to exchange about best practice "
                    "strategies in the field of Roma inclusion.",
                ),
            ],
        },
        "fr": {
            "title": "Agir localement pour la sécurité des Roms : 2e réunion de l'Alliance "
            "ukrainienne des villes et des régions pour l'inclusion des Roms",
            "intro": "L'Alliance ukrainienne des villes et des régions pour l'inclusion des Roms "
            "tient sa deuxième réunion officielle à Lviv le 26 février 2019 afin d'examiner "
            "comment les collectivités locales et régionales peuvent contribuer à prévenir les "
            "agressions violentes contre les Roms.",
            "city": "Lviv",
            "body": [
                (
                    "paragraph",
                    "L'Alliance ukrainienne des villes et des régions pour l'inclusion des Roms, "
                    "réseau local de maires de l'Alliance européenne en Ukraine, se réunira le "
                    "26 février 2019 à Lviv pour sa deuxième réunion officielle. Elle abordera "
                    "notamment les agressions violentes commises contre des Roms au cours de "
                    "l'année écoulée.",
                ),
                (
                    "paragraph",
                    "En 2018, une série d'agressions verbales et physiques contre des Roms a "
                    "bouleversé le pays. Deux jeunes Roms ont perdu la vie lorsque les lieux où "
                    "ils vivaient ont été attaqués par des inconnus. Les membres de l'Alliance "
                    "ukrainienne examineront comment les collectivités locales et régionales "
                    "peuvent contribuer à prévenir de telles attaques et à construire un avenir "
                    "plus sûr pour les citoyens roms d'Ukraine.",
                ),
                (
                    "paragraph",
                    "L'Alliance ukrainienne a été fondée en novembre 2017 par les administrations "
                    "régionales d'État de Transcarpatie, de Zaporijia, d'Odessa et de Kharkiv, "
                    "les administrations de district d'État de Pereïaslav-Khmelnytskyï et de "
                    "Darnytskyï et les villes de Kropyvnytskyï, d'Oujhorod et de Lviv. Ce réseau "
                    "local permet aux maires et aux gouverneurs régionaux d'échanger sur les "
                    "meilleures stratégies en matière d'inclusion des Roms.",
                ),
            ],
        },
        "de": {
            "title": "Lokales Handeln für die Sicherheit der Roma: 2. Treffen der Ukrainischen "
            "Allianz der Städte und Regionen für die Inklusion der Roma",
            "intro": "Die Ukrainische Allianz der Städte und Regionen für die Inklusion der Roma "
            "kommt am 26. Februar 2019 in Lwiw zu ihrem zweiten offiziellen Treffen zusammen, um "
            "zu erörtern, wie Gemeinden und Regionen gewaltsamen Angriffen auf Roma vorbeugen "
            "können.",
            "city": "Lwiw",
        },
        "uk": {
            "title": "Місцеві дії задля безпеки ромів: друга зустріч Українського альянсу міст "
            "і регіонів за інклюзію ромів",
            "intro": "Український альянс міст і регіонів за інклюзію ромів проводить свою другу "
            "офіційну зустріч у Львові 26 лютого 2019 року, щоб обговорити, як місцеві та "
            "регіональні органи влади можуть допомогти запобігати насильницьким нападам на "
            "ромів.",
            "city": "Львів",
            "body": [
                (
                    "paragraph",
                    "Український альянс міст і регіонів за інклюзію ромів — місцева мережа мерів "
                    "Європейського альянсу в Україні — збереться 26 лютого 2019 року у Львові на "
                    "свою другу офіційну зустріч. Серед іншого, Український альянс розгляне "
                    "насильницькі напади на ромів, що сталися минулого року.",
                ),
                (
                    "paragraph",
                    "У 2018 році країну сколихнула низка нападів на ромів — як словесних, так і "
                    "фізичних. Двоє молодих ромів загинули, коли невідомі напали на їхні "
                    "поселення. Члени Українського альянсу обговорять, як місцеві та регіональні "
                    "органи влади можуть допомогти запобігти таким нападам і створити безпечніше "
                    "майбутнє для ромів — громадян України.",
                ),
                (
                    "paragraph",
                    "Український альянс було засновано в листопаді 2017 року Закарпатською, "
                    "Запорізькою, Одеською та Харківською обласними державними адміністраціями, "
                    "Переяслав-Хмельницькою та Дарницькою районними державними адміністраціями, "
                    "а також містами Кропивницький, Ужгород і Львів. Він слугує місцевою мережею, "
                    "у якій міські голови та очільники регіонів обмінюються найкращими практиками "
                    "у сфері інклюзії ромів.",
                ),
            ],
        },
    },
    # -----------------------------------------------------------------------
    # Seed 002: City of Innsbruck joins the Alliance (26 April, year not given)
    # -----------------------------------------------------------------------
    {
        "key": "innsbruck-joins-the-alliance",
        "type": "news",
        "slug": "city-of-innsbruck-austria-joins-the-alliance",
        "date": None,
        "topics": ["education", "inclusion", "anti-gypsyism"],
        "tags": ["new-participants", "austria", "schools"],
        "members": ["innsbruck"],
        "en": {
            "title": "City of Innsbruck, Austria, joins the Alliance",
            "intro": "The Mayor of Innsbruck, Christine Oppitz-Plörer, announced the "
            "participation of the City of Innsbruck in the Alliance during a meeting with a "
            "Congress representative on 26 April.",
            "body": [
                (
                    "paragraph",
                    "“European spirit originates from face-to-face encounters between the "
                    "cultures, that is why I think that exchanges with minorities such as the "
                    "Roma are important for mutual understanding,” stressed Christine "
                    "Oppitz-Plörer (Austria, EPP/CCE), the Mayor of Innsbruck, during a meeting "
                    "with a Congress representative on 26 April in Innsbruck.",
                ),
                (
                    "paragraph",
                    "After visiting a Tyrolean school with a special focus on Roma education, "
                    "which ran a successful student fundraising campaign for a Roma partner "
                    "school in Borsod-Abaúj-Zemplén county (Hungary), she announced the "
                    "participation of the City of Innsbruck in the European Alliance of Cities "
                    "and Regions for Roma Inclusion.",
                ),
                (
                    "quote",
                    "We are glad to be a part of this programme, and we will be more active in "
                    "the future to fight the stereotypes and support more initiatives in our "
                    "schools for a better understanding of this culture from an early age.",
                    "Christine Oppitz-Plörer, Mayor of Innsbruck",
                ),
            ],
        },
        "fr": {
            "title": "La ville d'Innsbruck (Autriche) rejoint l'Alliance",
            "intro": "La maire d'Innsbruck, Christine Oppitz-Plörer, a annoncé la participation "
            "de la ville d'Innsbruck à l'Alliance lors d'une rencontre avec un représentant du "
            "Congrès le 26 avril.",
            "body": [
                (
                    "paragraph",
                    "« L'esprit européen naît de la rencontre directe entre les cultures ; c'est "
                    "pourquoi je pense que les échanges avec des minorités telles que les Roms "
                    "sont importants pour la compréhension mutuelle », a souligné Christine "
                    "Oppitz-Plörer (Autriche, PPE/CCE), maire d'Innsbruck, lors d'une rencontre "
                    "avec un représentant du Congrès le 26 avril à Innsbruck.",
                ),
                (
                    "paragraph",
                    "Après avoir visité une école tyrolienne qui accorde une attention "
                    "particulière à l'éducation des Roms et dont les élèves ont mené avec succès "
                    "une collecte de fonds au profit d'une école rom partenaire dans le comitat "
                    "de Borsod-Abaúj-Zemplén (Hongrie), elle a annoncé la participation de la "
                    "ville d'Innsbruck à l'Alliance européenne des villes et des régions pour "
                    "l'inclusion des Roms.",
                ),
                (
                    "quote",
                    "Nous sommes heureux de participer à ce programme, et nous serons plus actifs "
                    "à l'avenir pour combattre les stéréotypes et soutenir davantage "
                    "d'initiatives dans nos écoles, afin de mieux faire comprendre cette culture "
                    "dès le plus jeune âge.",
                    "Christine Oppitz-Plörer, maire d'Innsbruck",
                ),
            ],
        },
        "de": {
            "title": "Die Stadt Innsbruck (Österreich) tritt der Allianz bei",
            "intro": "Die Bürgermeisterin von Innsbruck, Christine Oppitz-Plörer, hat bei einem "
            "Treffen mit einem Vertreter des Kongresses am 26. April die Teilnahme der Stadt "
            "Innsbruck an der Allianz angekündigt.",
        },
    },
    # -----------------------------------------------------------------------
    # Seed 003: the Alliance's first events, December 2012
    # -----------------------------------------------------------------------
    {
        "key": "alliance-first-events-december-2012",
        "type": "news",
        "slug": "alliance-launches-its-first-events",
        "date": None,
        "topics": ["education", "housing", "inclusion"],
        "tags": ["seminars", "budapest", "madrid", "iris", "pilot-events"],
        "members": [],
        "en": {
            "title": "European Alliance of Cities and Regions for Roma Inclusion launches its first events",
            "intro": "The European Alliance of Cities and Regions for Roma Inclusion will "
            "organise two international events in December 2012.",
            "body": [
                ("heading", "Budapest: education policies for Roma"),
                (
                    "paragraph",
                    "The theme of the international seminar on 17–18 December 2012 in Budapest "
                    "will be education policies for Roma, with a focus on inclusive education in "
                    "mainstream schools and the provision of education in Romani language and "
                    "culture. The meeting will bring together the city and regional authorities "
                    "and players, in order to exchange views, benefit from discussions and attend "
                    "a field trip. This experience aims to draw up a set of specific guidelines "
                    "to be used both by the participating cities and regions, and to be shared "
                    "with other authorities who are interested in the activities of the "
                    "Alliance. It shall also provide the key stakeholders with more information "
                    "on both approaches, the best ways of applying them and key challenges.",
                ),
                ("heading", "Madrid: public housing policies for Roma"),
                (
                    "paragraph",
                    "The second event will be an international seminar co-organised with the "
                    "Spanish Institute of Rehousing and Social Integration (IRIS), focusing on "
                    "public housing policies for Roma, which will also take place on "
                    "17 December 2012 in Madrid. Spanish and European cities will have an "
                    "opportunity to share their experiences and to participate in the discussion "
                    "regarding problems encountered, solutions provided and lessons learnt, with "
                    "a view to adopting recommendations that could be taken into account by "
                    "other cities. IRIS and the University of Warwick will present a new study, "
                    "concerning the impact of the policy applied by the regional government on "
                    "the relocated families and the IRIS intervention model which will possibly "
                    "be reproduced and transferred to other cities and regions of the European "
                    "Union.",
                ),
            ],
        },
        "fr": {
            "title": "L'Alliance européenne des villes et des régions pour l'inclusion des Roms "
            "lance ses premières manifestations",
            "intro": "L'Alliance européenne des villes et des régions pour l'inclusion des Roms "
            "organisera deux manifestations internationales en décembre 2012.",
            "body": [
                ("heading", "Budapest : les politiques éducatives en faveur des Roms"),
                (
                    "paragraph",
                    "Le séminaire international qui se tiendra les 17 et 18 décembre 2012 à "
                    "Budapest sera consacré aux politiques éducatives en faveur des Roms, et plus "
                    "particulièrement à l'éducation inclusive dans les écoles ordinaires et à "
                    "l'enseignement de la langue romani et de la culture rom. La réunion "
                    "rassemblera des autorités et des acteurs des villes et des régions, qui "
                    "pourront échanger leurs points de vue, tirer parti des discussions et "
                    "participer à une visite de terrain. Cette expérience vise à élaborer un "
                    "ensemble de lignes directrices précises, destinées à être utilisées par les "
                    "villes et régions participantes et à être partagées avec les autres "
                    "collectivités intéressées par les activités de l'Alliance. Elle doit "
                    "également apporter aux principales parties prenantes davantage "
                    "d'informations sur ces deux approches, sur les meilleures façons de les "
                    "appliquer et sur les principaux défis à relever.",
                ),
                ("heading", "Madrid : les politiques publiques de logement en faveur des Roms"),
                (
                    "paragraph",
                    "La seconde manifestation sera un séminaire international coorganisé avec "
                    "l'Institut espagnol de relogement et d'intégration sociale (IRIS), consacré "
                    "aux politiques publiques de logement en faveur des Roms, qui se tiendra "
                    "également le 17 décembre 2012 à Madrid. Des villes espagnoles et européennes "
                    "auront l'occasion de partager leurs expériences et de participer au débat "
                    "sur les problèmes rencontrés, les solutions apportées et les enseignements "
                    "tirés, en vue d'adopter des recommandations dont d'autres villes pourraient "
                    "tenir compte. L'IRIS et l'Université de Warwick présenteront une nouvelle "
                    "étude consacrée à l'impact de la politique menée par le gouvernement "
                    "régional sur les familles relogées, ainsi qu'au modèle d'intervention de "
                    "l'IRIS, qui pourrait être reproduit et transposé dans d'autres villes et "
                    "régions de l'Union européenne.",
                ),
            ],
        },
        "de": {
            "title": "Die Europäische Allianz der Städte und Regionen für die Inklusion der Roma "
            "startet ihre ersten Veranstaltungen",
            "intro": "Die Europäische Allianz der Städte und Regionen für die Inklusion der Roma "
            "organisiert im Dezember 2012 zwei internationale Veranstaltungen.",
        },
    },
    # -----------------------------------------------------------------------
    # Seed 004: next launching events of ROMED2 and ROMACT (year not given)
    # -----------------------------------------------------------------------
    {
        "key": "romed2-romact-launching-events",
        "type": "news",
        "slug": "next-launching-events-of-romed2-and-romact",
        "date": None,
        "topics": ["programmes", "inclusion"],
        "tags": ["romact", "romed2", "mediation", "launch-events"],
        "members": [],
        "en": {
            "title": "Next Launching Events of ROMED2 and ROMACT",
            "intro": "Council of Europe and European Commission joint programme ROMACT will be "
            "implemented in several pilot municipalities in Bulgaria and Romania.",
            "body": [
                (
                    "paragraph",
                    "Following the first national launching meeting of the ROMACT programme "
                    "together with the new phase of ROMED2, which took place in Budapest with "
                    "over 100 national and international players, four other official launching "
                    "events will be held: in Albena, Bulgaria, on 14 October, in Bucharest, "
                    "Romania, on 15 October and in Košice, Slovakia, on 5 November, while a date "
                    "is still to be set for the launching of ROMACT and ROMED2 in Italy. Several "
                    "officials from the European Commission, Council of Europe, Open Society "
                    "Foundations, as well as the representatives of the governments involved in "
                    "the programme will be taking the floor during the opening session.",
                ),
                (
                    "paragraph",
                    "The ROMACT project, aimed at improving the capacity of cities and regions in "
                    "developing and implementing projects for the inclusion of Roma, is an "
                    "initiative of the Council of Europe and the European Commission in the "
                    "framework of the European Alliance of Cities and Regions for Roma "
                    "Inclusion. The project will be implemented in Hungary, Bulgaria, Romania, "
                    "Slovakia and Italy jointly with the ROMED2 Programme – a follow-up to the "
                    "successful training of Roma mediators, implemented by the Council of Europe "
                    "and the European Commission since January 2011. ROMACT complements the "
                    "ROMED2 Programme in boosting participation of Roma communities in "
                    "democratic governance through mediation and thus producing a real change in "
                    "their everyday life.",
                ),
            ],
        },
        "fr": {
            "title": "Prochaines manifestations de lancement de ROMED2 et de ROMACT",
            "intro": "ROMACT, programme conjoint du Conseil de l'Europe et de la Commission "
            "européenne, sera mis en œuvre dans plusieurs municipalités pilotes en Bulgarie et "
            "en Roumanie.",
            "body": [
                (
                    "paragraph",
                    "Après la première réunion nationale de lancement du programme ROMACT et de "
                    "la nouvelle phase de ROMED2, qui s'est tenue à Budapest en présence de plus "
                    "de 100 acteurs nationaux et internationaux, quatre autres manifestations "
                    "officielles de lancement auront lieu : à Albena (Bulgarie) le 14 octobre, à "
                    "Bucarest (Roumanie) le 15 octobre et à Košice (Slovaquie) le 5 novembre, la "
                    "date du lancement de ROMACT et de ROMED2 en Italie restant à fixer. "
                    "Plusieurs responsables de la Commission européenne, du Conseil de l'Europe "
                    "et des Open Society Foundations, ainsi que des représentants des "
                    "gouvernements participant au programme, prendront la parole lors de la "
                    "séance d'ouverture.",
                ),
                (
                    "paragraph",
                    "Le projet ROMACT, qui vise à renforcer la capacité des villes et des régions "
                    "à élaborer et à mettre en œuvre des projets en faveur de l'inclusion des "
                    "Roms, est une initiative du Conseil de l'Europe et de la Commission "
                    "européenne dans le cadre de l'Alliance européenne des villes et des régions "
                    "pour l'inclusion des Roms. Il sera mis en œuvre en Hongrie, en Bulgarie, en "
                    "Roumanie, en Slovaquie et en Italie conjointement avec le programme ROMED2, "
                    "qui prolonge la formation réussie de médiateurs roms menée par le Conseil de "
                    "l'Europe et la Commission européenne depuis janvier 2011. ROMACT complète le "
                    "programme ROMED2 en renforçant la participation des communautés roms à la "
                    "gouvernance démocratique grâce à la médiation, afin d'apporter un réel "
                    "changement dans leur vie quotidienne.",
                ),
            ],
        },
        "de": {
            "title": "Nächste Auftaktveranstaltungen von ROMED2 und ROMACT",
            "intro": "Das gemeinsame Programm ROMACT des Europarates und der Europäischen "
            "Kommission wird in mehreren Pilotgemeinden in Bulgarien und Rumänien umgesetzt.",
        },
    },
]

# ---------------------------------------------------------------------------
# Two event pages from seed 003 (the Alliance's pilot events of December 2012)
# ---------------------------------------------------------------------------

EVENTS_EXTRA = [
    {
        "key": "budapest-seminar-education-2012",
        "type": "event",
        "slug": "budapest-seminar-on-education-policies-for-roma-2012",
        "date": None,
        "topics": ["education", "inclusion"],
        "tags": ["seminars", "budapest", "inclusive-education", "romani-language", "pilot-events"],
        "members": [],
        "event": {
            "start": "2012-12-17T09:00",
            "end": None,
            "time_known": False,
            # The seminar runs over two days (17–18 December 2012); no times are known.
            "end_date": "2012-12-18",
            "venue": "",
            "country": "HU",
            "organiser": "European Alliance of Cities and Regions for Roma Inclusion",
            "programme": "alliance",
        },
        "en": {
            "title": "International seminar on education policies for Roma",
            "intro": "The Alliance's international seminar in Budapest on 17 and 18 December 2012 "
            "focuses on inclusive education in mainstream schools and the provision of education "
            "in Romani language and culture.",
            "city": "Budapest",
            "body": [
                (
                    "paragraph",
                    "The theme of the international seminar on 17–18 December 2012 in Budapest "
                    "will be education policies for Roma, with a focus on inclusive education in "
                    "mainstream schools and the provision of education in Romani language and "
                    "culture. The meeting will bring together the city and regional authorities "
                    "and players, in order to exchange views, benefit from discussions and attend "
                    "a field trip.",
                ),
                (
                    "paragraph",
                    "This experience aims to draw up a set of specific guidelines to be used both "
                    "by the participating cities and regions, and to be shared with other "
                    "authorities who are interested in the activities of the Alliance. It shall "
                    "also provide the key stakeholders with more information on both approaches, "
                    "the best ways of applying them and key challenges.",
                ),
                (
                    "paragraph",
                    "The seminar is one of the Alliance's two pilot events of 2012; the other is "
                    "the international seminar on public housing policies for Roma in Madrid on "
                    "17 December 2012.",
                ),
            ],
        },
        "fr": {
            "title": "Séminaire international sur les politiques éducatives en faveur des Roms",
            "intro": "Le séminaire international de l'Alliance, à Budapest les 17 et 18 décembre "
            "2012, est consacré à l'éducation inclusive dans les écoles ordinaires et à "
            "l'enseignement de la langue romani et de la culture rom.",
            "city": "Budapest",
            "body": [
                (
                    "paragraph",
                    "Le séminaire international qui se tiendra les 17 et 18 décembre 2012 à "
                    "Budapest sera consacré aux politiques éducatives en faveur des Roms, et plus "
                    "particulièrement à l'éducation inclusive dans les écoles ordinaires et à "
                    "l'enseignement de la langue romani et de la culture rom. La réunion "
                    "rassemblera des autorités et des acteurs des villes et des régions, qui "
                    "pourront échanger leurs points de vue, tirer parti des discussions et "
                    "participer à une visite de terrain.",
                ),
                (
                    "paragraph",
                    "Cette expérience vise à élaborer un ensemble de lignes directrices précises, "
                    "destinées à être utilisées par les villes et régions participantes et à être "
                    "partagées avec les autres collectivités intéressées par les activités de "
                    "l'Alliance. Elle doit également apporter aux principales parties prenantes "
                    "davantage d'informations sur ces deux approches, sur les meilleures façons de "
                    "les appliquer et sur les principaux défis à relever.",
                ),
                (
                    "paragraph",
                    "Ce séminaire est l'un des deux événements pilotes de l'Alliance en 2012 ; "
                    "l'autre est le séminaire international sur les politiques publiques de "
                    "logement en faveur des Roms, à Madrid le 17 décembre 2012.",
                ),
            ],
        },
    },
    {
        "key": "madrid-seminar-housing-2012",
        "type": "event",
        "slug": "madrid-seminar-on-public-housing-policies-for-roma-2012",
        "date": None,
        "topics": ["housing", "inclusion"],
        "tags": ["seminars", "madrid", "iris", "pilot-events"],
        "members": [],
        "event": {
            "start": "2012-12-17T09:00",
            "end": None,
            "time_known": False,
            "venue": "",
            "country": "ES",
            "organiser": "European Alliance of Cities and Regions for Roma Inclusion and the "
            "Spanish Institute of Rehousing and Social Integration (IRIS)",
            "programme": "alliance",
        },
        "en": {
            "title": "International seminar on public housing policies for Roma",
            "intro": "An international seminar co-organised by the Alliance with the Spanish "
            "Institute of Rehousing and Social Integration (IRIS), in Madrid on "
            "17 December 2012.",
            "city": "Madrid",
            "body": [
                (
                    "paragraph",
                    "The international seminar co-organised with the Spanish Institute of "
                    "Rehousing and Social Integration (IRIS) will focus on public housing "
                    "policies for Roma. Spanish and European cities will have an opportunity to "
                    "share their experiences and to participate in the discussion regarding "
                    "problems encountered, solutions provided and lessons learnt, with a view to "
                    "adopting recommendations that could be taken into account by other cities.",
                ),
                (
                    "paragraph",
                    "IRIS and the University of Warwick will present a new study, concerning the "
                    "impact of the policy applied by the regional government on the relocated "
                    "families and the IRIS intervention model which will possibly be reproduced "
                    "and transferred to other cities and regions of the European Union.",
                ),
                (
                    "paragraph",
                    "The seminar is one of the Alliance's two pilot events of 2012; the other is "
                    "the international seminar on education policies for Roma in Budapest on "
                    "17 and 18 December 2012.",
                ),
            ],
        },
        "fr": {
            "title": "Séminaire international sur les politiques publiques de logement en faveur des Roms",
            "intro": "Un séminaire international coorganisé par l'Alliance et l'Institut espagnol "
            "de relogement et d'intégration sociale (IRIS), à Madrid le 17 décembre 2012.",
            "city": "Madrid",
            "body": [
                (
                    "paragraph",
                    "Le séminaire international coorganisé avec l'Institut espagnol de relogement "
                    "et d'intégration sociale (IRIS) sera consacré aux politiques publiques de "
                    "logement en faveur des Roms. Des villes espagnoles et européennes auront "
                    "l'occasion de partager leurs expériences et de participer au débat sur les "
                    "problèmes rencontrés, les solutions apportées et les enseignements tirés, en "
                    "vue d'adopter des recommandations dont d'autres villes pourraient tenir "
                    "compte.",
                ),
                (
                    "paragraph",
                    "L'IRIS et l'Université de Warwick présenteront une nouvelle étude consacrée "
                    "à l'impact de la politique menée par le gouvernement régional sur les "
                    "familles relogées, ainsi qu'au modèle d'intervention de l'IRIS, qui pourrait "
                    "être reproduit et transposé dans d'autres villes et régions de l'Union "
                    "européenne.",
                ),
                (
                    "paragraph",
                    "Ce séminaire est l'un des deux événements pilotes de l'Alliance en 2012 ; "
                    "l'autre est le séminaire international sur les politiques éducatives en "
                    "faveur des Roms, à Budapest les 17 et 18 décembre 2012.",
                ),
            ],
        },
    },
]
