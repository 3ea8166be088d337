"""The two public forms in Romanian, Bulgarian, Hungarian, Slovak and Ukrainian (data only).

Merged into site.FORMS by site.py: {form key: {locale: {"title", "intro", "thank_you",
"subject", "fields": {field name: {"label", "help", "choices" (dropdown only)}}}}}.
Romani stays out (see site.py's docstring).
"""

_COUNTRY = {"ro": "Țara", "bg": "Държава", "hu": "Ország", "sk": "Krajina", "uk": "Країна"}
_CONTACT = {
    "ro": ("Persoana de contact", "Prenumele și numele"),
    "bg": ("Лице за контакт", "Име и фамилия"),
    "hu": ("Kapcsolattartó", "Vezeték- és utónév"),
    "sk": ("Kontaktná osoba", "Meno a priezvisko"),
    "uk": ("Контактна особа", "Ім'я та прізвище"),
}
_EMAIL = {
    "ro": "Adresa de e-mail",
    "bg": "Адрес на електронна поща",
    "hu": "E-mail-cím",
    "sk": "E-mailová adresa",
    "uk": "Адреса електронної пошти",
}


def _shared(code: str) -> dict:
    return {
        "country": {"label": _COUNTRY[code], "help": ""},
        "contact_person": {"label": _CONTACT[code][0], "help": _CONTACT[code][1]},
        "email": {"label": _EMAIL[code], "help": ""},
    }


FORM_TRANSLATIONS = {
    "join": {
        "ro": {
            "title": "Aderarea la Alianță",
            "intro": [
                "Dacă doriți ca autoritatea dumneavoastră locală sau regională să participe la "
                "Alianță, vă rugăm să completați acest formular.",
                "Cererea dumneavoastră va fi transmisă grupului de lucru (Task Force) al Alianței.",
            ],
            "thank_you": [
                "Vă mulțumim pentru cerere.",
                "Grupul de lucru al Alianței a primit-o și vă va contacta.",
            ],
            "subject": "Cerere de aderare la Alianță",
            "fields": {
                **_shared("ro"),
                "authority_name": {
                    "label": "Denumirea autorității locale sau regionale",
                    "help": "De exemplu: Orașul Strasbourg",
                },
                "kind": {
                    "label": "Tipul autorității",
                    "help": "",
                    "choices": ["Oraș", "Regiune", "Altă autoritate locală"],
                },
                "role": {"label": "Funcția", "help": "De exemplu: primar, viceprimar, șef de serviciu"},
                "phone": {"label": "Telefon", "help": "Cu prefixul internațional"},
                "message": {
                    "label": "Mesaj",
                    "help": "Descrieți pe scurt activitatea autorității dumneavoastră pentru "
                    "incluziunea romilor și ce așteptați de la Alianță.",
                },
                "consent": {
                    "label": "Sunt de acord cu stocarea datelor transmise prin acest formular în "
                    "scopul procesării acestei cereri.",
                    "help": "",
                },
            },
        },
        "bg": {
            "title": "Присъединяване към Алианса",
            "intro": [
                "Ако желаете вашият местен или регионален орган на властта да участва в Алианса, "
                "моля, попълнете този формуляр.",
                "Вашето заявление ще бъде изпратено на работната група (Task Force) на Алианса.",
            ],
            "thank_you": [
                "Благодарим ви за заявлението.",
                "Работната група на Алианса го получи и ще се свърже с вас.",
            ],
            "subject": "Заявление за присъединяване към Алианса",
            "fields": {
                **_shared("bg"),
                "authority_name": {
                    "label": "Наименование на местния или регионалния орган на властта",
                    "help": "Например: град Страсбург",
                },
                "kind": {
                    "label": "Вид на органа на властта",
                    "help": "",
                    "choices": ["Град", "Регион", "Друг местен орган на властта"],
                },
                "role": {"label": "Длъжност", "help": "Например: кмет, заместник-кмет, началник на отдел"},
                "phone": {"label": "Телефон", "help": "С международния код"},
                "message": {
                    "label": "Съобщение",
                    "help": "Опишете накратко дейността на вашия орган на властта за приобщаване "
                    "на ромите и какво очаквате от Алианса.",
                },
                "consent": {
                    "label": "Съгласен/съгласна съм данните, изпратени чрез този формуляр, да бъдат "
                    "съхранявани с цел обработване на това заявление.",
                    "help": "",
                },
            },
        },
        "hu": {
            "title": "Csatlakozás a Szövetséghez",
            "intro": [
                "Ha szeretné, hogy helyi vagy regionális önkormányzata részt vegyen a Szövetségben, "
                "kérjük, töltse ki ezt az űrlapot.",
                "Jelentkezését továbbítjuk a Szövetség munkacsoportjának (Task Force).",
            ],
            "thank_you": [
                "Köszönjük jelentkezését.",
                "A Szövetség munkacsoportja megkapta, és felveszi Önnel a kapcsolatot.",
            ],
            "subject": "Csatlakozási kérelem a Szövetséghez",
            "fields": {
                **_shared("hu"),
                "authority_name": {
                    "label": "A helyi vagy regionális önkormányzat neve",
                    "help": "Például: Strasbourg városa",
                },
                "kind": {
                    "label": "Az önkormányzat típusa",
                    "help": "",
                    "choices": ["Város", "Régió", "Egyéb helyi önkormányzat"],
                },
                "role": {"label": "Beosztás", "help": "Például: polgármester, alpolgármester, osztályvezető"},
                "phone": {"label": "Telefonszám", "help": "Nemzetközi előhívóval"},
                "message": {
                    "label": "Üzenet",
                    "help": "Röviden mutassa be önkormányzata munkáját a romák társadalmi "
                    "befogadásáért, és azt, hogy mit vár a Szövetségtől.",
                },
                "consent": {
                    "label": "Hozzájárulok, hogy az ezen az űrlapon megadott adatokat a jelentkezés "
                    "feldolgozása céljából tárolják.",
                    "help": "",
                },
            },
        },
        "sk": {
            "title": "Pripojiť sa k Aliancii",
            "intro": [
                "Ak chcete, aby sa vaša miestna alebo regionálna samospráva zapojila do Aliancie, "
                "vyplňte, prosím, tento formulár.",
                "Vaša žiadosť bude odoslaná pracovnej skupine (Task Force) Aliancie.",
            ],
            "thank_you": [
                "Ďakujeme za vašu žiadosť.",
                "Pracovná skupina Aliancie ju dostala a bude vás kontaktovať.",
            ],
            "subject": "Žiadosť o pripojenie k Aliancii",
            "fields": {
                **_shared("sk"),
                "authority_name": {
                    "label": "Názov miestnej alebo regionálnej samosprávy",
                    "help": "Napríklad: mesto Štrasburg",
                },
                "kind": {
                    "label": "Typ samosprávy",
                    "help": "",
                    "choices": ["Mesto", "Región", "Iná miestna samospráva"],
                },
                "role": {
                    "label": "Funkcia",
                    "help": "Napríklad: primátor, zástupca primátora, vedúci odboru",
                },
                "phone": {"label": "Telefón", "help": "S medzinárodnou predvoľbou"},
                "message": {
                    "label": "Správa",
                    "help": "Stručne opíšte činnosť vašej samosprávy v oblasti začleňovania Rómov "
                    "a to, čo od Aliancie očakávate.",
                },
                "consent": {
                    "label": "Súhlasím s uchovávaním údajov zaslaných prostredníctvom tohto "
                    "formulára na účely spracovania tejto žiadosti.",
                    "help": "",
                },
            },
        },
        "uk": {
            "title": "Приєднатися до Альянсу",
            "intro": [
                "Якщо ви бажаєте, щоб ваш орган місцевого або регіонального самоврядування став "
                "учасником Альянсу, заповніть, будь ласка, цю форму.",
                "Вашу заявку буде надіслано робочій групі (Task Force) Альянсу.",
            ],
            "thank_you": [
                "Дякуємо за вашу заявку.",
                "Робоча група Альянсу отримала її і зв'яжеться з вами.",
            ],
            "subject": "Заявка на приєднання до Альянсу",
            "fields": {
                **_shared("uk"),
                "authority_name": {
                    "label": "Назва органу місцевого або регіонального самоврядування",
                    "help": "Наприклад: місто Страсбург",
                },
                "kind": {
                    "label": "Тип органу",
                    "help": "",
                    "choices": ["Місто", "Регіон", "Інший орган місцевого самоврядування"],
                },
                "role": {
                    "label": "Посада",
                    "help": "Наприклад: міський голова, заступник міського голови, керівник відділу",
                },
                "phone": {"label": "Телефон", "help": "З міжнародним кодом"},
                "message": {
                    "label": "Повідомлення",
                    "help": "Коротко опишіть діяльність вашого органу щодо інклюзії ромів і ваші "
                    "очікування від Альянсу.",
                },
                "consent": {
                    "label": "Я погоджуюся на зберігання даних, надісланих через цю форму, з метою "
                    "розгляду цієї заявки.",
                    "help": "",
                },
            },
        },
    },
    "cooperate": {
        "ro": {
            "title": "Cooperare ca ONG",
            "intro": [
                "Vă rugăm să utilizați acest formular pentru a propune o cooperare între ONG-ul "
                "dumneavoastră și Alianță.",
                "Propunerea dumneavoastră va fi transmisă grupului de lucru (Task Force) al Alianței.",
            ],
            "thank_you": [
                "Vă mulțumim pentru propunere.",
                "Grupul de lucru al Alianței a primit-o și vă va contacta.",
            ],
            "subject": "Propunere de cooperare din partea unui ONG",
            "fields": {
                **_shared("ro"),
                "organisation": {"label": "Denumirea ONG-ului", "help": ""},
                "field_of_work": {
                    "label": "Domeniul de activitate",
                    "help": "De exemplu: educație, locuire, sănătate, mediere, cultură",
                },
                "proposal": {
                    "label": "Propunerea dumneavoastră de cooperare",
                    "help": "Descrieți cooperarea pe care o propuneți între ONG-ul dumneavoastră și Alianță.",
                },
                "consent": {
                    "label": "Sunt de acord cu stocarea datelor transmise prin acest formular în "
                    "scopul procesării acestei propuneri.",
                    "help": "",
                },
            },
        },
        "bg": {
            "title": "Сътрудничество като НПО",
            "intro": [
                "Моля, използвайте този формуляр, за да предложите сътрудничество между вашата "
                "неправителствена организация и Алианса.",
                "Вашето предложение ще бъде изпратено на работната група (Task Force) на Алианса.",
            ],
            "thank_you": [
                "Благодарим ви за предложението.",
                "Работната група на Алианса го получи и ще се свърже с вас.",
            ],
            "subject": "Предложение за сътрудничество от НПО",
            "fields": {
                **_shared("bg"),
                "organisation": {"label": "Наименование на НПО", "help": ""},
                "field_of_work": {
                    "label": "Област на дейност",
                    "help": "Например: образование, жилищно настаняване, здравеопазване, медиация, култура",
                },
                "proposal": {
                    "label": "Вашето предложение за сътрудничество",
                    "help": "Опишете сътрудничеството, което предлагате между вашата НПО и Алианса.",
                },
                "consent": {
                    "label": "Съгласен/съгласна съм данните, изпратени чрез този формуляр, да бъдат "
                    "съхранявани с цел обработване на това предложение.",
                    "help": "",
                },
            },
        },
        "hu": {
            "title": "Együttműködés civil szervezetként",
            "intro": [
                "Kérjük, ezen az űrlapon javasoljon együttműködést civil szervezete és a Szövetség között.",
                "Javaslatát továbbítjuk a Szövetség munkacsoportjának (Task Force).",
            ],
            "thank_you": [
                "Köszönjük javaslatát.",
                "A Szövetség munkacsoportja megkapta, és felveszi Önnel a kapcsolatot.",
            ],
            "subject": "Együttműködési javaslat civil szervezettől",
            "fields": {
                **_shared("hu"),
                "organisation": {"label": "A civil szervezet neve", "help": ""},
                "field_of_work": {
                    "label": "Tevékenységi terület",
                    "help": "Például: oktatás, lakhatás, egészségügy, mediáció, kultúra",
                },
                "proposal": {
                    "label": "Együttműködési javaslata",
                    "help": "Írja le, milyen együttműködést javasol civil szervezete és a Szövetség között.",
                },
                "consent": {
                    "label": "Hozzájárulok, hogy az ezen az űrlapon megadott adatokat a javaslat "
                    "feldolgozása céljából tárolják.",
                    "help": "",
                },
            },
        },
        "sk": {
            "title": "Spolupráca ako mimovládna organizácia",
            "intro": [
                "Prostredníctvom tohto formulára, prosím, navrhnite spoluprácu medzi vašou "
                "mimovládnou organizáciou a Alianciou.",
                "Váš návrh bude odoslaný pracovnej skupine (Task Force) Aliancie.",
            ],
            "thank_you": [
                "Ďakujeme za váš návrh.",
                "Pracovná skupina Aliancie ho dostala a bude vás kontaktovať.",
            ],
            "subject": "Návrh na spoluprácu od mimovládnej organizácie",
            "fields": {
                **_shared("sk"),
                "organisation": {"label": "Názov mimovládnej organizácie", "help": ""},
                "field_of_work": {
                    "label": "Oblasť činnosti",
                    "help": "Napríklad: vzdelávanie, bývanie, zdravie, mediácia, kultúra",
                },
                "proposal": {
                    "label": "Váš návrh na spoluprácu",
                    "help": "Opíšte spoluprácu, ktorú navrhujete medzi vašou mimovládnou "
                    "organizáciou a Alianciou.",
                },
                "consent": {
                    "label": "Súhlasím s uchovávaním údajov zaslaných prostredníctvom tohto "
                    "formulára na účely spracovania tohto návrhu.",
                    "help": "",
                },
            },
        },
        "uk": {
            "title": "Співпраця для неурядових організацій",
            "intro": [
                "Скористайтеся цією формою, щоб запропонувати співпрацю між вашою неурядовою "
                "організацією та Альянсом.",
                "Вашу пропозицію буде надіслано робочій групі (Task Force) Альянсу.",
            ],
            "thank_you": [
                "Дякуємо за вашу пропозицію.",
                "Робоча група Альянсу отримала її і зв'яжеться з вами.",
            ],
            "subject": "Пропозиція про співпрацю від неурядової організації",
            "fields": {
                **_shared("uk"),
                "organisation": {"label": "Назва неурядової організації", "help": ""},
                "field_of_work": {
                    "label": "Сфера діяльності",
                    "help": "Наприклад: освіта, житло, охорона здоров'я, медіація, культура",
                },
                "proposal": {
                    "label": "Ваша пропозиція щодо співпраці",
                    "help": "Опишіть співпрацю, яку ви пропонуєте між вашою неурядовою організацією та Альянсом.",
                },
                "consent": {
                    "label": "Я погоджуюся на зберігання даних, надісланих через цю форму, з метою "
                    "розгляду цієї пропозиції.",
                    "help": "",
                },
            },
        },
    },
}
