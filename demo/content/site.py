"""Demo content: home page, calls to action, index pages, standard pages, forms,
settings and topics of the Alliance site (data only, read by load_demo_content).

Sources: /work/shared/seeds/* (real pages of roma-alliance.org) and
/work/shared/GLOSSARY_SOURCES.md, section (b). No other facts are used.

Structures (locale keys: en fr de it es ro bg hu sk uk rom; a missing locale or key
stays untranslated on purpose):

HOME = {locale: {"title": str, "intro": [paragraphs]}}
CALLS_TO_ACTION = [{"target": "join"|"cooperate", locale: {"title", "text", "link_text"}}]
    "target" is the key of the form page (FORMS) the box links to.
INDEX_PAGES = {"news"|"members"|"glossary": {"slug": str, locale: {"title", "intro": [paragraphs]}}}
STANDARD_PAGES = [{"key", "slug", locale: {"title", "intro": str, "body": [blocks]}}]
    A body is a list of blocks: ("heading", text), ("paragraph", text),
    ("quote", text, attribution). A translated body has the same blocks, in the same
    order, as the English one; None leaves a block's text untranslated.
FORMS = [{"key", "slug", "to_address", "to_subject", locale: {"title", "intro": [paragraphs],
          "thank_you": [paragraphs], "subject"}, "fields": [{"name", "type", "required",
          locale: {"label", "help", "choices" (dropdown only)}}]}]
    "to_address" is the Task Force address the submissions are mailed to;
    "to_subject" is the English subject of that e-mail (the per-locale "subject" translates it).
    Field types: singleline, multiline, email, dropdown, checkbox.
SETTINGS = {"facebook_url", "twitter_url", "rss_url", "task_force_name", "task_force_phone",
            "task_force_email", locale: {"task_force_role"}}
TOPICS = [{"slug": str, locale: name}]

Romani ("rom") is left out everywhere: no Romani text here could be checked, so the
loader keeps the English text for that locale.
"""

ALLIANCE_EMAIL = "alliance@coe.int"

# ---------------------------------------------------------------------------
# Home page
# ---------------------------------------------------------------------------

HOME = {
    "en": {
        "title": "European Alliance of Cities and Regions for Roma Inclusion",
        "intro": [
            "The Alliance fights discrimination against Roma at the local and regional levels, "
            "promotes their inclusion and raises awareness of these communities among local and "
            "regional authorities.",
            "The Alliance operates under the auspices of the Congress of Local and Regional "
            "Authorities of the Council of Europe.",
        ],
    },
    "fr": {
        "title": "Alliance européenne des villes et des régions pour l'inclusion des Roms",
        "intro": [
            "L'Alliance combat la discrimination à l'égard des Roms aux niveaux local et régional, "
            "favorise leur inclusion et sensibilise les collectivités locales et régionales à ces "
            "communautés.",
            "L'Alliance agit sous l'égide du Congrès des pouvoirs locaux et régionaux du Conseil "
            "de l'Europe.",
        ],
    },
    "de": {
        "title": "Europäische Allianz der Städte und Regionen für die Inklusion der Roma",
        "intro": [
            "Die Allianz bekämpft die Diskriminierung von Roma auf lokaler und regionaler Ebene, "
            "fördert ihre Inklusion und sensibilisiert die Gemeinden und Regionen für diese "
            "Gemeinschaften.",
            "Die Allianz arbeitet unter der Schirmherrschaft des Kongresses der Gemeinden und "
            "Regionen des Europarates.",
        ],
    },
    "it": {
        "title": "Alleanza europea delle città e delle regioni per l'inclusione dei Rom",
        "intro": [
            "L'Alleanza combatte la discriminazione nei confronti dei Rom a livello locale e "
            "regionale, ne promuove l'inclusione e sensibilizza gli enti locali e regionali nei "
            "confronti di queste comunità.",
            "L'Alleanza opera sotto l'egida del Congresso dei poteri locali e regionali del "
            "Consiglio d'Europa.",
        ],
    },
    "es": {
        "title": "Alianza Europea de Ciudades y Regiones para la Inclusión de la Población Romaní",
        "intro": [
            "La Alianza lucha contra la discriminación de la población romaní en el ámbito local y "
            "regional, promueve su inclusión y sensibiliza a las autoridades locales y regionales "
            "sobre estas comunidades.",
            "La Alianza actúa bajo los auspicios del Congreso de Poderes Locales y Regionales del "
            "Consejo de Europa.",
        ],
    },
    "ro": {
        "title": "Alianța europeană a orașelor și regiunilor pentru incluziunea romilor",
        "intro": [
            "Alianța combate discriminarea romilor la nivel local și regional, promovează "
            "incluziunea lor și sensibilizează autoritățile locale și regionale cu privire la "
            "aceste comunități.",
            "Alianța funcționează sub egida Congresului Autorităților Locale și Regionale al "
            "Consiliului Europei.",
        ],
    },
    "bg": {
        "title": "Европейски алианс на градовете и регионите за приобщаване на ромите",
        "intro": [
            "Алиансът се бори срещу дискриминацията на ромите на местно и регионално равнище, "
            "насърчава тяхното приобщаване и повишава осведомеността на местните и регионалните "
            "власти за тези общности.",
            "Алиансът работи под егидата на Конгреса на местните и регионалните власти на Съвета на Европа.",
        ],
    },
    "hu": {
        "title": "Városok és Régiók Európai Szövetsége a Romák Társadalmi Befogadásáért",
        "intro": [
            "A Szövetség helyi és regionális szinten küzd a romákkal szembeni hátrányos "
            "megkülönböztetés ellen, előmozdítja társadalmi befogadásukat, és felhívja a helyi és "
            "regionális önkormányzatok figyelmét ezekre a közösségekre.",
            "A Szövetség az Európa Tanács Helyi és Regionális Önkormányzatok Kongresszusának "
            "égisze alatt működik.",
        ],
    },
    "sk": {
        "title": "Európska aliancia miest a regiónov pre začlenenie Rómov",
        "intro": [
            "Aliancia bojuje proti diskriminácii Rómov na miestnej a regionálnej úrovni, podporuje "
            "ich začlenenie a zvyšuje povedomie miestnych a regionálnych samospráv o týchto "
            "komunitách.",
            "Aliancia pôsobí pod záštitou Kongresu miestnych a regionálnych samospráv Rady Európy.",
        ],
    },
    "uk": {
        "title": "Європейський альянс міст і регіонів за інклюзію ромів",
        "intro": [
            "Альянс бореться з дискримінацією ромів на місцевому та регіональному рівнях, сприяє "
            "їхній інклюзії та підвищує обізнаність місцевих і регіональних органів влади про ці "
            "спільноти.",
            "Альянс діє під егідою Конгресу місцевих і регіональних влад Ради Європи.",
        ],
    },
    # "rom": omitted (see module docstring).
}

# ---------------------------------------------------------------------------
# Calls to action (the "Join the Alliance" and "Cooperate as NGO" boxes)
# ---------------------------------------------------------------------------

CALLS_TO_ACTION = [
    {
        "target": "join",
        "en": {
            "title": "Join the Alliance",
            "text": "If you wish your local or regional authority to become an Alliance "
            "participant, please use this form.",
            "link_text": "Application form",
        },
        "fr": {
            "title": "Rejoindre l'Alliance",
            "text": "Si vous souhaitez que votre collectivité locale ou régionale participe à "
            "l'Alliance, veuillez utiliser ce formulaire.",
            "link_text": "Formulaire d'adhésion",
        },
        "de": {
            "title": "Der Allianz beitreten",
            "text": "Wenn Ihre Gemeinde, Stadt oder Region an der Allianz teilnehmen möchte, "
            "nutzen Sie bitte dieses Formular.",
            "link_text": "Zum Beitrittsformular",
        },
        "it": {
            "title": "Aderire all'Alleanza",
            "text": "Se desiderate che il vostro ente locale o regionale partecipi all'Alleanza, "
            "utilizzate questo modulo.",
            "link_text": "Modulo di adesione",
        },
        "es": {
            "title": "Adherirse a la Alianza",
            "text": "Si desea que su entidad local o regional participe en la Alianza, utilice "
            "este formulario.",
            "link_text": "Formulario de adhesión",
        },
    },
    {
        "target": "cooperate",
        "en": {
            "title": "Cooperate as NGO",
            "text": "Please use this form in order to propose a cooperation between your NGO and "
            "the Alliance.",
            "link_text": "Cooperation form",
        },
        "fr": {
            "title": "Coopérer en tant qu'ONG",
            "text": "Veuillez utiliser ce formulaire pour proposer une coopération entre votre ONG "
            "et l'Alliance.",
            "link_text": "Formulaire de coopération",
        },
        "de": {
            "title": "Zusammenarbeit als NGO",
            "text": "Bitte nutzen Sie dieses Formular, um eine Zusammenarbeit zwischen Ihrer NGO "
            "und der Allianz vorzuschlagen.",
            "link_text": "Zum Kooperationsformular",
        },
        "it": {
            "title": "Cooperare come ONG",
            "text": "Utilizzate questo modulo per proporre una cooperazione tra la vostra ONG e l'Alleanza.",
            "link_text": "Modulo di cooperazione",
        },
        "es": {
            "title": "Cooperar como ONG",
            "text": "Utilice este formulario para proponer una cooperación entre su ONG y la Alianza.",
            "link_text": "Formulario de cooperación",
        },
    },
]

# ---------------------------------------------------------------------------
# Index pages
# ---------------------------------------------------------------------------

INDEX_PAGES = {
    "news": {
        "slug": "news",
        "en": {
            "title": "News",
            "intro": [
                "News, interviews and events of the Alliance and its participants: seminars, "
                "meetings, programme launches and calls.",
            ],
        },
        "fr": {
            "title": "Actualités",
            "intro": [
                "Actualités, entretiens et événements de l'Alliance et de ses participants : "
                "séminaires, réunions, lancements de programmes et appels.",
            ],
        },
        "de": {
            "title": "Aktuelles",
            "intro": [
                "Nachrichten, Interviews und Veranstaltungen der Allianz und ihrer Mitglieder: "
                "Seminare, Treffen, Programmstarts und Aufrufe.",
            ],
        },
        "it": {
            "title": "Notizie",
            "intro": [
                "Notizie, interviste ed eventi dell'Alleanza e dei suoi partecipanti: seminari, "
                "riunioni, lanci di programmi e bandi.",
            ],
        },
        "es": {
            "title": "Noticias",
            "intro": [
                "Noticias, entrevistas y actos de la Alianza y de sus participantes: seminarios, "
                "reuniones, presentaciones de programas y convocatorias.",
            ],
        },
        "ro": {"title": "Știri"},
        "bg": {"title": "Новини"},
        "hu": {"title": "Hírek"},
        "sk": {"title": "Správy"},
        "uk": {"title": "Новини"},
    },
    "members": {
        "slug": "members",
        "en": {
            "title": "Members",
            "intro": [
                "The Alliance brings together 130 cities and regions from 29 countries. In some "
                "countries, participants also work together in a national alliance, such as the "
                "Ukrainian Alliance of Cities and Regions for Roma Inclusion.",
                "This directory is still being completed. Participation marked as not confirmed "
                "has not yet been verified.",
            ],
        },
        "fr": {
            "title": "Membres",
            "intro": [
                "L'Alliance réunit 130 villes et régions de 29 pays. Dans certains pays, les "
                "participants coopèrent aussi au sein d'une alliance nationale, comme l'Alliance "
                "ukrainienne des villes et des régions pour l'inclusion des Roms.",
                "Cet annuaire est en cours d'achèvement. Les participations signalées comme non "
                "confirmées n'ont pas encore été vérifiées.",
            ],
        },
        "de": {
            "title": "Mitglieder",
            "intro": [
                "Die Allianz vereint 130 Städte und Regionen aus 29 Ländern. In einigen Ländern "
                "arbeiten die Mitglieder zudem in einer nationalen Allianz zusammen, etwa in der "
                "Ukrainischen Allianz der Städte und Regionen für die Inklusion der Roma.",
                "Dieses Verzeichnis wird noch vervollständigt. Als nicht bestätigt gekennzeichnete "
                "Teilnahmen sind noch nicht überprüft.",
            ],
        },
        "it": {
            "title": "Membri",
            "intro": [
                "L'Alleanza riunisce 130 città e regioni di 29 paesi. In alcuni paesi i "
                "partecipanti collaborano anche all'interno di un'alleanza nazionale, come "
                "l'Alleanza ucraina delle città e delle regioni per l'inclusione dei Rom.",
                "Questo elenco è in fase di completamento. Le partecipazioni indicate come non "
                "confermate non sono ancora state verificate.",
            ],
        },
        "es": {
            "title": "Miembros",
            "intro": [
                "La Alianza reúne a 130 ciudades y regiones de 29 países. En algunos países, los "
                "participantes colaboran también en una alianza nacional, como la Alianza "
                "Ucraniana de Ciudades y Regiones para la Inclusión de la Población Romaní.",
                "Este directorio se está completando. Las participaciones marcadas como no "
                "confirmadas aún no se han verificado.",
            ],
        },
        "ro": {"title": "Membri"},
        "bg": {"title": "Членове"},
        "hu": {"title": "Tagok"},
        "sk": {"title": "Členovia"},
        "uk": {"title": "Члени"},
    },
    "glossary": {
        "slug": "glossary",
        "en": {
            "title": "Glossary",
            "intro": [
                "Terms relating to Roma and Travellers as used at the Council of Europe: the "
                "recommended term, its forms in each language, usage notes and related terms.",
            ],
        },
        "fr": {
            "title": "Glossaire",
            "intro": [
                "Les termes relatifs aux Roms et aux Gens du voyage tels qu'ils sont employés au "
                "Conseil de l'Europe : le terme recommandé, ses formes dans chaque langue, des "
                "notes d'usage et les termes apparentés.",
            ],
        },
        "de": {
            "title": "Glossar",
            "intro": [
                "Begriffe zu Roma und Fahrenden, wie sie im Europarat verwendet werden: der "
                "empfohlene Begriff, seine Formen in den einzelnen Sprachen, Hinweise zum "
                "Sprachgebrauch und verwandte Begriffe.",
            ],
        },
        "it": {
            "title": "Glossario",
            "intro": [
                "I termini relativi ai Rom e ai Viaggianti così come sono usati al Consiglio "
                "d'Europa: il termine raccomandato, le sue forme in ciascuna lingua, note d'uso e "
                "termini correlati.",
            ],
        },
        "es": {
            "title": "Glosario",
            "intro": [
                "Los términos relativos a la población romaní y a los Travellers tal como se "
                "emplean en el Consejo de Europa: el término recomendado, sus formas en cada "
                "lengua, notas de uso y términos relacionados.",
            ],
        },
        "ro": {"title": "Glosar"},
        "bg": {"title": "Речник на термините"},
        "hu": {"title": "Fogalomtár"},
        "sk": {"title": "Slovník pojmov"},
        "uk": {"title": "Глосарій"},
    },
}

# ---------------------------------------------------------------------------
# Standard pages
# ---------------------------------------------------------------------------

# The terminology note shown in the "Please note" box on every page of the Alliance's site.
ROMA_AND_TRAVELLERS_NOTE_EN = (
    "The term “Roma and Travellers” is used at the Council of Europe to encompass the wide "
    "diversity of the groups covered by the work of the Council of Europe in this field "
    "including Roma, Sinti/Manush, Calé, Kaale, Romanichals, Boyash/Rudari, Balkan Egyptians "
    "(Egyptians and Ashkali), Eastern groups (Dom, Lom and Abdal), groups such as Travellers, "
    "Yenish, and the populations designated under the administrative term “Gens du voyage”, as "
    "well as persons who identify themselves as Gypsies."
)
ROMA_AND_TRAVELLERS_NOTE_FR = (
    "Le terme « Roms et Gens du voyage » est utilisé au Conseil de l'Europe pour englober la "
    "grande diversité des groupes concernés par les travaux du Conseil de l'Europe dans ce "
    "domaine, notamment les Roms, les Sinti/Manouches, les Calé, les Kaale, les Romanichels, les "
    "Boyash/Rudari, les Égyptiens balkaniques (Égyptiens et Ashkali), les groupes de l'Est (Dom, "
    "Lom et Abdal), des groupes tels que les Travellers, les Yéniches et les populations "
    "désignées par le terme administratif « Gens du voyage », ainsi que les personnes qui se "
    "désignent elles-mêmes comme Tsiganes."
)

STANDARD_PAGES = [
    {
        "key": "about",
        "slug": "about",
        "en": {
            "title": "About the Alliance",
            "intro": "The European Alliance of Cities and Regions for Roma Inclusion is an "
            "initiative of the Congress of Local and Regional Authorities of the Council of "
            "Europe, based in Strasbourg.",
            "body": [
                ("heading", "How the Alliance came about"),
                (
                    "paragraph",
                    "The Alliance is an initiative of the Congress of Local and Regional "
                    "Authorities of the Council of Europe, together with the Special "
                    "Representative of the Secretary General for Roma Issues. The decision to "
                    "create it was taken at the Summit of Mayors on Roma in September 2011.",
                ),
                (
                    "paragraph",
                    "Two pilot events were held in December 2012: an international seminar on "
                    "education policies for Roma in Budapest on 17 and 18 December, and an "
                    "international seminar on public housing policies for Roma in Madrid on "
                    "17 December. The Alliance was launched on 20 March 2013.",
                ),
                ("heading", "Objectives"),
                (
                    "paragraph",
                    "The Alliance fosters the exchange of know-how and good practice between "
                    "cities and regions. It gives them a common platform to advocate Roma "
                    "inclusion with one voice, organises national and international seminars, "
                    "and raises awareness of the Roma genocide, commemorated on 2 August.",
                ),
                ("heading", "The Dosta!-Congress Prize"),
                (
                    "paragraph",
                    "Since 2013 the Alliance has run the Dosta!-Congress Prize for "
                    "Municipalities, which has been awarded every two years since 2007 to "
                    "municipal projects for Roma inclusion. Dosta! – meaning “enough” – is an "
                    "awareness campaign of the Council of Europe.",
                ),
                ("heading", "Participants"),
                (
                    "paragraph",
                    "The Alliance brings together 130 cities and regions from 29 countries. "
                    "National alliances, such as the Ukrainian Alliance of Cities and Regions "
                    "for Roma Inclusion founded in November 2017, bring mayors together within "
                    "one country.",
                ),
                ("heading", "Contact"),
                (
                    "paragraph",
                    "The Alliance Task Force at the Council of Europe in Strasbourg can be "
                    "reached at alliance@coe.int.",
                ),
            ],
        },
        "fr": {
            "title": "À propos de l'Alliance",
            "intro": "L'Alliance européenne des villes et des régions pour l'inclusion des Roms "
            "est une initiative du Congrès des pouvoirs locaux et régionaux du Conseil de "
            "l'Europe, dont le siège est à Strasbourg.",
            "body": [
                ("heading", "Genèse de l'Alliance"),
                (
                    "paragraph",
                    "L'Alliance est une initiative du Congrès des pouvoirs locaux et régionaux "
                    "du Conseil de l'Europe, menée avec le Représentant spécial du Secrétaire "
                    "Général pour les questions relatives aux Roms. La décision de la créer a été "
                    "prise lors du Sommet des maires sur les Roms, en septembre 2011.",
                ),
                (
                    "paragraph",
                    "Deux événements pilotes ont eu lieu en décembre 2012 : un séminaire "
                    "international sur les politiques éducatives en faveur des Roms à Budapest, "
                    "les 17 et 18 décembre, et un séminaire international sur les politiques "
                    "publiques de logement en faveur des Roms à Madrid, le 17 décembre. "
                    "L'Alliance a été lancée le 20 mars 2013.",
                ),
                ("heading", "Objectifs"),
                (
                    "paragraph",
                    "L'Alliance favorise l'échange de savoir-faire et de bonnes pratiques entre "
                    "villes et régions. Elle leur offre une plateforme commune pour plaider d'une "
                    "seule voix en faveur de l'inclusion des Roms, organise des séminaires "
                    "nationaux et internationaux et sensibilise au génocide des Roms, commémoré "
                    "le 2 août.",
                ),
                ("heading", "Le Prix Dosta!-Congrès"),
                (
                    "paragraph",
                    "Depuis 2013, l'Alliance gère le Prix Dosta!-Congrès pour les municipalités, "
                    "décerné tous les deux ans depuis 2007 à des projets municipaux en faveur de "
                    "l'inclusion des Roms. Dosta! – qui signifie « assez » – est une campagne de "
                    "sensibilisation du Conseil de l'Europe.",
                ),
                ("heading", "Participants"),
                (
                    "paragraph",
                    "L'Alliance réunit 130 villes et régions de 29 pays. Des alliances "
                    "nationales, comme l'Alliance ukrainienne des villes et des régions pour "
                    "l'inclusion des Roms, fondée en novembre 2017, rassemblent les maires d'un "
                    "même pays.",
                ),
                ("heading", "Contact"),
                (
                    "paragraph",
                    "La Task Force de l'Alliance, au Conseil de l'Europe à Strasbourg, peut être "
                    "contactée à l'adresse alliance@coe.int.",
                ),
            ],
        },
        "de": {
            "title": "Über die Allianz",
            "intro": "Die Europäische Allianz der Städte und Regionen für die Inklusion der Roma "
            "ist eine Initiative des Kongresses der Gemeinden und Regionen des Europarates mit "
            "Sitz in Straßburg.",
        },
        "it": {
            "title": "Informazioni sull'Alleanza",
            "intro": "L'Alleanza europea delle città e delle regioni per l'inclusione dei Rom è "
            "un'iniziativa del Congresso dei poteri locali e regionali del Consiglio d'Europa, "
            "con sede a Strasburgo.",
        },
        "es": {
            "title": "Acerca de la Alianza",
            "intro": "La Alianza Europea de Ciudades y Regiones para la Inclusión de la Población "
            "Romaní es una iniciativa del Congreso de Poderes Locales y Regionales del Consejo "
            "de Europa, con sede en Estrasburgo.",
        },
    },
    {
        "key": "roma-and-travellers",
        "slug": "roma-and-travellers",
        "en": {
            "title": "Roma and Travellers",
            "intro": "A note on the terminology used at the Council of Europe and on this website.",
            "body": [
                ("heading", "Please note"),
                ("paragraph", ROMA_AND_TRAVELLERS_NOTE_EN),
                ("heading", "Using these terms"),
                (
                    "paragraph",
                    "The Council of Europe used the term “Roma and Travellers” from 2004 to 2010 "
                    "and again in its Action Plans from 2016. Several groups, such as Sinti, "
                    "Travellers, Ashkali, Egyptians and Yenish, do not see themselves as Roma: "
                    "where possible, name the specific group. The glossary explains each of "
                    "these terms.",
                ),
            ],
        },
        "fr": {
            "title": "Roms et Gens du voyage",
            "intro": "Une note sur la terminologie employée au Conseil de l'Europe et sur ce site.",
            "body": [
                ("heading", "Veuillez noter"),
                ("paragraph", ROMA_AND_TRAVELLERS_NOTE_FR),
                ("heading", "Employer ces termes"),
                (
                    "paragraph",
                    "Le Conseil de l'Europe a employé le terme « Roms et Gens du voyage » de 2004 "
                    "à 2010, puis de nouveau dans ses plans d'action à partir de 2016. Plusieurs "
                    "groupes, comme les Sinti, les Travellers, les Ashkali, les Égyptiens et les "
                    "Yéniches, ne se considèrent pas comme Roms : dans la mesure du possible, il "
                    "convient de nommer le groupe concerné. Le glossaire présente chacun de ces "
                    "termes.",
                ),
            ],
        },
        "de": {
            "title": "Roma und Fahrende",
            "intro": "Ein Hinweis zur Terminologie des Europarates und dieser Website.",
        },
        "it": {
            "title": "Rom e Viaggianti",
            "intro": "Una nota sulla terminologia utilizzata al Consiglio d'Europa e su questo sito.",
        },
        "es": {
            "title": "«Roma and Travellers»: nota terminológica",
            "intro": "Una nota sobre la terminología utilizada en el Consejo de Europa y en este sitio web.",
        },
    },
]

# ---------------------------------------------------------------------------
# Forms
# ---------------------------------------------------------------------------

_COUNTRY = {
    "en": {"label": "Country", "help": ""},
    "fr": {"label": "Pays", "help": ""},
    "de": {"label": "Land", "help": ""},
    "it": {"label": "Paese", "help": ""},
    "es": {"label": "País", "help": ""},
}
_CONTACT_PERSON = {
    "en": {"label": "Contact person", "help": "First name and surname"},
    "fr": {"label": "Personne de contact", "help": "Prénom et nom"},
    "de": {"label": "Ansprechperson", "help": "Vor- und Nachname"},
    "it": {"label": "Persona di contatto", "help": "Nome e cognome"},
    "es": {"label": "Persona de contacto", "help": "Nombre y apellidos"},
}
_EMAIL = {
    "en": {"label": "E-mail address", "help": ""},
    "fr": {"label": "Adresse électronique", "help": ""},
    "de": {"label": "E-Mail-Adresse", "help": ""},
    "it": {"label": "Indirizzo e-mail", "help": ""},
    "es": {"label": "Correo electrónico", "help": ""},
}

FORMS = [
    {
        "key": "join",
        "slug": "join-the-alliance",
        "to_address": ALLIANCE_EMAIL,
        "to_subject": "Application to join the Alliance",
        "en": {
            "title": "Join the Alliance",
            "intro": [
                "If you wish your local or regional authority to become an Alliance "
                "participant, please fill in this form.",
                "Your application will be sent to the Alliance Task Force.",
            ],
            "thank_you": [
                "Thank you for your application.",
                "The Alliance Task Force has received it and will contact you.",
            ],
            "subject": "Application to join the Alliance",
        },
        "fr": {
            "title": "Rejoindre l'Alliance",
            "intro": [
                "Si vous souhaitez que votre collectivité locale ou régionale participe à "
                "l'Alliance, veuillez remplir ce formulaire.",
                "Votre demande sera transmise à la Task Force de l'Alliance.",
            ],
            "thank_you": [
                "Nous vous remercions de votre demande.",
                "La Task Force de l'Alliance l'a bien reçue et prendra contact avec vous.",
            ],
            "subject": "Demande d'adhésion à l'Alliance",
        },
        "de": {
            "title": "Der Allianz beitreten",
            "intro": [
                "Wenn Ihre Gemeinde, Stadt oder Region an der Allianz teilnehmen möchte, füllen "
                "Sie bitte dieses Formular aus.",
                "Ihr Antrag wird an die Task Force der Allianz weitergeleitet.",
            ],
            "thank_you": [
                "Vielen Dank für Ihren Antrag.",
                "Die Task Force der Allianz hat ihn erhalten und wird sich mit Ihnen in Verbindung setzen.",
            ],
            "subject": "Antrag auf Teilnahme an der Allianz",
        },
        "it": {
            "title": "Aderire all'Alleanza",
            "intro": [
                "Se desiderate che il vostro ente locale o regionale partecipi all'Alleanza, "
                "compilate questo modulo.",
                "La vostra domanda sarà trasmessa alla Task Force dell'Alleanza.",
            ],
            "thank_you": [
                "Grazie per la vostra domanda.",
                "La Task Force dell'Alleanza l'ha ricevuta e vi contatterà.",
            ],
            "subject": "Domanda di adesione all'Alleanza",
        },
        "es": {
            "title": "Adherirse a la Alianza",
            "intro": [
                "Si desea que su entidad local o regional participe en la Alianza, rellene este formulario.",
                "Su solicitud se enviará a la Task Force de la Alianza.",
            ],
            "thank_you": [
                "Gracias por su solicitud.",
                "La Task Force de la Alianza la ha recibido y se pondrá en contacto con usted.",
            ],
            "subject": "Solicitud de adhesión a la Alianza",
        },
        "fields": [
            {
                "name": "authority_name",
                "type": "singleline",
                "required": True,
                "en": {
                    "label": "Name of the local or regional authority",
                    "help": "For example: City of Strasbourg",
                },
                "fr": {
                    "label": "Nom de la collectivité locale ou régionale",
                    "help": "Par exemple : Ville de Strasbourg",
                },
                "de": {
                    "label": "Name der Gemeinde, Stadt oder Region",
                    "help": "Zum Beispiel: Stadt Straßburg",
                },
                "it": {
                    "label": "Nome dell'ente locale o regionale",
                    "help": "Ad esempio: Città di Strasburgo",
                },
                "es": {
                    "label": "Nombre de la entidad local o regional",
                    "help": "Por ejemplo: Ciudad de Estrasburgo",
                },
            },
            {"name": "country", "type": "singleline", "required": True, **_COUNTRY},
            {
                "name": "kind",
                "type": "dropdown",
                "required": True,
                "en": {
                    "label": "Type of authority",
                    "help": "",
                    "choices": ["City", "Region", "Other local authority"],
                },
                "fr": {
                    "label": "Type de collectivité",
                    "help": "",
                    "choices": ["Ville", "Région", "Autre collectivité locale"],
                },
                "de": {
                    "label": "Art der Gebietskörperschaft",
                    "help": "",
                    "choices": ["Stadt", "Region", "Sonstige Gebietskörperschaft"],
                },
                "it": {
                    "label": "Tipo di ente",
                    "help": "",
                    "choices": ["Città", "Regione", "Altro ente locale"],
                },
                "es": {
                    "label": "Tipo de entidad",
                    "help": "",
                    "choices": ["Ciudad", "Región", "Otra entidad local"],
                },
            },
            {"name": "contact_person", "type": "singleline", "required": True, **_CONTACT_PERSON},
            {
                "name": "role",
                "type": "singleline",
                "required": True,
                "en": {
                    "label": "Role or position",
                    "help": "For example: Mayor, Deputy Mayor, head of department",
                },
                "fr": {
                    "label": "Fonction",
                    "help": "Par exemple : maire, adjoint au maire, chef de service",
                },
                "de": {
                    "label": "Funktion",
                    "help": "Zum Beispiel: Bürgermeister/in, stellvertretende/r "
                    "Bürgermeister/in, Abteilungsleitung",
                },
                "it": {
                    "label": "Ruolo",
                    "help": "Ad esempio: sindaco, vicesindaco, dirigente di settore",
                },
                "es": {
                    "label": "Cargo",
                    "help": "Por ejemplo: alcalde, teniente de alcalde, jefe de servicio",
                },
            },
            {"name": "email", "type": "email", "required": True, **_EMAIL},
            {
                "name": "phone",
                "type": "singleline",
                "required": False,
                "en": {"label": "Telephone", "help": "With the international dialling code"},
                "fr": {"label": "Téléphone", "help": "Avec l'indicatif international"},
                "de": {"label": "Telefon", "help": "Mit internationaler Vorwahl"},
                "it": {"label": "Telefono", "help": "Con il prefisso internazionale"},
                "es": {"label": "Teléfono", "help": "Con el prefijo internacional"},
            },
            {
                "name": "message",
                "type": "multiline",
                "required": False,
                "en": {
                    "label": "Message",
                    "help": "Briefly describe your authority's work for Roma inclusion and what "
                    "you expect from the Alliance.",
                },
                "fr": {
                    "label": "Message",
                    "help": "Présentez brièvement l'action de votre collectivité en faveur de "
                    "l'inclusion des Roms et vos attentes à l'égard de l'Alliance.",
                },
                "de": {
                    "label": "Nachricht",
                    "help": "Beschreiben Sie kurz die Arbeit Ihrer Gebietskörperschaft für die "
                    "Inklusion der Roma und Ihre Erwartungen an die Allianz.",
                },
                "it": {
                    "label": "Messaggio",
                    "help": "Descrivete brevemente l'impegno del vostro ente per l'inclusione "
                    "dei Rom e le vostre aspettative nei confronti dell'Alleanza.",
                },
                "es": {
                    "label": "Mensaje",
                    "help": "Describa brevemente la labor de su entidad en favor de la inclusión "
                    "de la población romaní y lo que espera de la Alianza.",
                },
            },
            {
                "name": "consent",
                "type": "checkbox",
                "required": True,
                "en": {
                    "label": "I consent to the storage of the data submitted in this form for "
                    "the purpose of processing this application.",
                    "help": "",
                },
                "fr": {
                    "label": "J'accepte que les données transmises au moyen de ce formulaire "
                    "soient conservées aux fins du traitement de cette demande.",
                    "help": "",
                },
                "de": {
                    "label": "Ich bin damit einverstanden, dass die mit diesem Formular "
                    "übermittelten Daten zur Bearbeitung dieses Antrags gespeichert werden.",
                    "help": "",
                },
                "it": {
                    "label": "Acconsento alla conservazione dei dati trasmessi con questo modulo "
                    "ai fini del trattamento della presente domanda.",
                    "help": "",
                },
                "es": {
                    "label": "Acepto que los datos enviados mediante este formulario se conserven "
                    "para tramitar esta solicitud.",
                    "help": "",
                },
            },
        ],
    },
    {
        "key": "cooperate",
        "slug": "cooperate-as-ngo",
        "to_address": ALLIANCE_EMAIL,
        "to_subject": "Cooperation proposal from an NGO",
        "en": {
            "title": "Cooperate as NGO",
            "intro": [
                "Please use this form in order to propose a cooperation between your NGO and the Alliance.",
                "Your proposal will be sent to the Alliance Task Force.",
            ],
            "thank_you": [
                "Thank you for your proposal.",
                "The Alliance Task Force has received it and will contact you.",
            ],
            "subject": "Cooperation proposal from an NGO",
        },
        "fr": {
            "title": "Coopérer en tant qu'ONG",
            "intro": [
                "Veuillez utiliser ce formulaire pour proposer une coopération entre votre ONG et "
                "l'Alliance.",
                "Votre proposition sera transmise à la Task Force de l'Alliance.",
            ],
            "thank_you": [
                "Nous vous remercions de votre proposition.",
                "La Task Force de l'Alliance l'a bien reçue et prendra contact avec vous.",
            ],
            "subject": "Proposition de coopération d'une ONG",
        },
        "de": {
            "title": "Zusammenarbeit als NGO",
            "intro": [
                "Bitte nutzen Sie dieses Formular, um eine Zusammenarbeit zwischen Ihrer NGO und "
                "der Allianz vorzuschlagen.",
                "Ihr Vorschlag wird an die Task Force der Allianz weitergeleitet.",
            ],
            "thank_you": [
                "Vielen Dank für Ihren Vorschlag.",
                "Die Task Force der Allianz hat ihn erhalten und wird sich mit Ihnen in Verbindung setzen.",
            ],
            "subject": "Kooperationsvorschlag einer NGO",
        },
        "it": {
            "title": "Cooperare come ONG",
            "intro": [
                "Utilizzate questo modulo per proporre una cooperazione tra la vostra ONG e l'Alleanza.",
                "La vostra proposta sarà trasmessa alla Task Force dell'Alleanza.",
            ],
            "thank_you": [
                "Grazie per la vostra proposta.",
                "La Task Force dell'Alleanza l'ha ricevuta e vi contatterà.",
            ],
            "subject": "Proposta di cooperazione di una ONG",
        },
        "es": {
            "title": "Cooperar como ONG",
            "intro": [
                "Utilice este formulario para proponer una cooperación entre su ONG y la Alianza.",
                "Su propuesta se enviará a la Task Force de la Alianza.",
            ],
            "thank_you": [
                "Gracias por su propuesta.",
                "La Task Force de la Alianza la ha recibido y se pondrá en contacto con usted.",
            ],
            "subject": "Propuesta de cooperación de una ONG",
        },
        "fields": [
            {
                "name": "organisation",
                "type": "singleline",
                "required": True,
                "en": {"label": "Name of the NGO", "help": ""},
                "fr": {"label": "Nom de l'ONG", "help": ""},
                "de": {"label": "Name der NGO", "help": ""},
                "it": {"label": "Nome dell'ONG", "help": ""},
                "es": {"label": "Nombre de la ONG", "help": ""},
            },
            {"name": "country", "type": "singleline", "required": True, **_COUNTRY},
            {
                "name": "field_of_work",
                "type": "singleline",
                "required": True,
                "en": {
                    "label": "Field of work",
                    "help": "For example: education, housing, health, mediation, culture",
                },
                "fr": {
                    "label": "Domaine d'activité",
                    "help": "Par exemple : éducation, logement, santé, médiation, culture",
                },
                "de": {
                    "label": "Tätigkeitsbereich",
                    "help": "Zum Beispiel: Bildung, Wohnen, Gesundheit, Mediation, Kultur",
                },
                "it": {
                    "label": "Settore di attività",
                    "help": "Ad esempio: istruzione, alloggio, salute, mediazione, cultura",
                },
                "es": {
                    "label": "Ámbito de actividad",
                    "help": "Por ejemplo: educación, vivienda, salud, mediación, cultura",
                },
            },
            {"name": "contact_person", "type": "singleline", "required": True, **_CONTACT_PERSON},
            {"name": "email", "type": "email", "required": True, **_EMAIL},
            {
                "name": "proposal",
                "type": "multiline",
                "required": True,
                "en": {
                    "label": "Your cooperation proposal",
                    "help": "Describe the cooperation you propose between your NGO and the Alliance.",
                },
                "fr": {
                    "label": "Votre proposition de coopération",
                    "help": "Décrivez la coopération que vous proposez entre votre ONG et l'Alliance.",
                },
                "de": {
                    "label": "Ihr Kooperationsvorschlag",
                    "help": "Beschreiben Sie die Zusammenarbeit, die Sie zwischen Ihrer NGO und "
                    "der Allianz vorschlagen.",
                },
                "it": {
                    "label": "La vostra proposta di cooperazione",
                    "help": "Descrivete la cooperazione che proponete tra la vostra ONG e l'Alleanza.",
                },
                "es": {
                    "label": "Su propuesta de cooperación",
                    "help": "Describa la cooperación que propone entre su ONG y la Alianza.",
                },
            },
            {
                "name": "consent",
                "type": "checkbox",
                "required": True,
                "en": {
                    "label": "I consent to the storage of the data submitted in this form for "
                    "the purpose of processing this proposal.",
                    "help": "",
                },
                "fr": {
                    "label": "J'accepte que les données transmises au moyen de ce formulaire "
                    "soient conservées aux fins du traitement de cette proposition.",
                    "help": "",
                },
                "de": {
                    "label": "Ich bin damit einverstanden, dass die mit diesem Formular "
                    "übermittelten Daten zur Bearbeitung dieses Vorschlags gespeichert werden.",
                    "help": "",
                },
                "it": {
                    "label": "Acconsento alla conservazione dei dati trasmessi con questo modulo "
                    "ai fini del trattamento della presente proposta.",
                    "help": "",
                },
                "es": {
                    "label": "Acepto que los datos enviados mediante este formulario se conserven "
                    "para tramitar esta propuesta.",
                    "help": "",
                },
            },
        ],
    },
]

# The forms in the other languages live in form_translations.py (this file is long enough).
from demo.content.form_translations import FORM_TRANSLATIONS  # noqa: E402

for _form in FORMS:
    for _code, _texts in FORM_TRANSLATIONS.get(_form["key"], {}).items():
        _form[_code] = {key: value for key, value in _texts.items() if key != "fields"}
        for _field in _form["fields"]:
            _field[_code] = _texts["fields"][_field["name"]]

# ---------------------------------------------------------------------------
# Site settings (Task Force contact card, "Follow us on" links)
# ---------------------------------------------------------------------------

SETTINGS = {
    # The seeds show "Follow us on: facebook twitter rss" but not the addresses.
    "facebook_url": "",
    "twitter_url": "",
    "rss_url": "",
    "task_force_name": "Tobias Mayr",
    "task_force_phone": "+33 (0)3 88 41 32 28",
    "task_force_email": ALLIANCE_EMAIL,
    "en": {"task_force_role": "Alliance Task Force"},
    "fr": {"task_force_role": "Task Force de l'Alliance"},
    "de": {"task_force_role": "Task Force der Allianz"},
    "it": {"task_force_role": "Task Force dell'Alleanza"},
    "es": {"task_force_role": "Task Force de la Alianza"},
}

# ---------------------------------------------------------------------------
# Topics
# ---------------------------------------------------------------------------

TOPICS = [
    {
        "slug": "education",
        "en": "Education",
        "fr": "Éducation",
        "de": "Bildung",
        "it": "Istruzione",
        "es": "Educación",
        "ro": "Educație",
        "bg": "Образование",
        "hu": "Oktatás",
        "sk": "Vzdelávanie",
        "uk": "Освіта",
    },
    {
        "slug": "housing",
        "en": "Housing",
        "fr": "Logement",
        "de": "Wohnen",
        "it": "Alloggio",
        "es": "Vivienda",
        "ro": "Locuire",
        "bg": "Жилищно настаняване",
        "hu": "Lakhatás",
        "sk": "Bývanie",
        "uk": "Житло",
    },
    {
        "slug": "safety",
        "en": "Safety",
        "fr": "Sécurité",
        "de": "Sicherheit",
        "it": "Sicurezza",
        "es": "Seguridad",
        "ro": "Siguranță",
        "bg": "Безопасност",
        "hu": "Biztonság",
        "sk": "Bezpečnosť",
        "uk": "Безпека",
    },
    {
        "slug": "remembrance",
        "en": "Remembrance",
        "fr": "Mémoire",
        "de": "Gedenken",
        "it": "Memoria",
        "es": "Memoria",
        "ro": "Comemorare",
        "bg": "Възпоменание",
        "hu": "Emlékezés",
        "sk": "Pamäť",
        "uk": "Пам’ять",
    },
    {
        "slug": "programmes",
        "en": "Programmes",
        "fr": "Programmes",
        "de": "Programme",
        "it": "Programmi",
        "es": "Programas",
        "ro": "Programe",
        "bg": "Програми",
        "hu": "Programok",
        "sk": "Programy",
        "uk": "Програми",
    },
    {
        "slug": "inclusion",
        "en": "Inclusion",
        "fr": "Inclusion",
        "de": "Inklusion",
        "it": "Inclusione",
        "es": "Inclusión",
        "ro": "Incluziune",
        "bg": "Приобщаване",
        "hu": "Társadalmi befogadás",
        "sk": "Začleňovanie",
        "uk": "Інклюзія",
    },
    {
        # Congress spelling "anti-Gypsyism" (see glossary sources, "Antigypsyism").
        "slug": "anti-gypsyism",
        "en": "Anti-Gypsyism",
        "fr": "Antitsiganisme",
        "de": "Antiziganismus",
        "it": "Antiziganismo",
        "es": "Antigitanismo",
        "ro": "Antițigănism",
        "bg": "Антициганизъм",
        "hu": "Cigányellenesség",
        "sk": "Anticiganizmus",
        "uk": "Антициганізм",
    },
]
