"""The demo's National Human Rights Action Plan for 2009–2012, in Kazakh, Russian and English.

Written from the seeds: the plan's areas follow its own description (seed 000: concrete steps
to improve the legislation and law-enforcement practice, the national system of protection of
human rights, and the population's knowledge of their rights; seed 003 adds the rights of
socially vulnerable groups), and each measure's expected result is one of the results the
plan's conclusion lists (seed 003). The status history reaches the figure the Commission's
secretary gave: "as of 10 January 2011, around 40 percent ... have been implemented in
practice" (seed 000): 8 of the 20 measures. The digital library of complaints and legal
information made with UNDP and UNESCO (seed 000) is measure 3.3. The UN recommendations are
short summaries of the recommendations made to Kazakhstan, with their documents' symbols.
"""

import datetime

D = datetime.date

PAGE = {
    "kk": {
        "title": "Ұлттық іс-қимыл жоспары",
        "intro": "Адам құқықтары саласындағы Ұлттық іс-қимыл жоспарының орындалуы: әр шара, "
        "оған жауапты мемлекеттік органдар, мерзімдер, шара жауап беретін БҰҰ ұсынымдары "
        "және Комиссия жазып отыратын ресми мәртебе.",
    },
    "ru": {
        "title": "Национальный план действий",
        "intro": "Выполнение Национального плана действий в области прав человека: каждая "
        "мера, ответственные государственные органы, сроки, рекомендации ООН, на которые мера "
        "отвечает, и официальный статус, который ведёт Комиссия.",
    },
    "en": {
        "title": "National Action Plan",
        "intro": "How the National Human Rights Action Plan is carried out: every measure, the "
        "state bodies responsible, the deadlines, the UN recommendations each measure answers, "
        "and the official status the Commission records.",
    },
}

PLAN = {
    "slug": "2009-2012",
    "start_year": 2009,
    "end_year": 2012,
    "adopted_on": D(2009, 5, 5),
    "status": "completed",
    "title": {
        "kk": "Адам құқықтары саласындағы 2009–2012 жылдарға арналған Ұлттық іс-қимыл жоспары",
        "ru": "Национальный план действий в области прав человека на 2009–2012 годы",
        "en": "National Human Rights Action Plan for 2009–2012",
    },
    "summary": {
        "kk": "2009 жылғы мамырда қабылданған жоспар заңнаманы және құқық қолдану "
        "практикасын, адам құқықтарын қорғаудың ұлттық жүйесін жетілдіру және халықтың өз "
        "құқықтары мен оларды қамтамасыз ету тетіктері туралы сауаттылығын арттыру "
        "жөніндегі нақты қадамдарды белгілейді. Оның орындалуын Президент жанындағы Адам "
        "құқықтары жөніндегі комиссия үйлестіреді.",
        "ru": "Принятый в мае 2009 года план определяет конкретные шаги по совершенствованию "
        "законодательства и правоприменительной практики, национальной системы защиты прав "
        "человека и повышению грамотности населения в вопросах своих прав и механизмов их "
        "обеспечения. Его выполнение координирует Комиссия по правам человека при Президенте.",
        "en": "Adopted in May 2009, the plan sets out concrete steps to improve the "
        "legislation and law-enforcement practice and the national system of protection of "
        "human rights, and to increase people's knowledge of their rights and of the "
        "mechanisms that ensure them. The Human Rights Commission under the President "
        "coordinates its implementation.",
    },
}

AREAS = [
    {
        "kk": "Заңнаманы жетілдіру",
        "ru": "Совершенствование законодательства",
        "en": "Improvement of legislation",
    },
    {
        "kk": "Құқық қолдану практикасын жетілдіру",
        "ru": "Совершенствование правоприменительной практики",
        "en": "Improvement of law-enforcement practice",
    },
    {
        "kk": "Адам құқықтарын қорғаудың ұлттық жүйесі",
        "ru": "Национальная система защиты прав человека",
        "en": "National system of human rights protection",
    },
    {
        "kk": "Халықтың әлеуметтік осал топтарының құқықтары",
        "ru": "Права социально уязвимых групп населения",
        "en": "Rights of socially vulnerable groups",
    },
    {
        "kk": "Адам құқықтары саласындағы білім беру және құқықтық мәдениет",
        "ru": "Образование в области прав человека и правовая культура",
        "en": "Human rights education and legal culture",
    },
]

# The state bodies responsible for measures (organisations of kind "state").
STATE_BODIES = {
    "justice": {
        "kk": "Қазақстан Республикасы Әділет министрлігі",
        "ru": "Министерство юстиции Республики Казахстан",
        "en": "Ministry of Justice of the Republic of Kazakhstan",
        "email": "info@justice.example.kz",
    },
    "interior": {
        "kk": "Қазақстан Республикасы Ішкі істер министрлігі",
        "ru": "Министерство внутренних дел Республики Казахстан",
        "en": "Ministry of Internal Affairs of the Republic of Kazakhstan",
        "email": "info@interior.example.kz",
    },
    "prosecutor": {
        "kk": "Қазақстан Республикасының Бас прокуратурасы",
        "ru": "Генеральная прокуратура Республики Казахстан",
        "en": "Prosecutor General's Office of the Republic of Kazakhstan",
        "email": "info@prosecutor.example.kz",
    },
    "labour": {
        "kk": "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі",
        "ru": "Министерство труда и социальной защиты населения Республики Казахстан",
        "en": "Ministry of Labour and Social Protection of the Population",
        "email": "info@labour.example.kz",
    },
    "education": {
        "kk": "Қазақстан Республикасы Білім және ғылым министрлігі",
        "ru": "Министерство образования и науки Республики Казахстан",
        "en": "Ministry of Education and Science of the Republic of Kazakhstan",
        "email": "info@education.example.kz",
    },
    "health": {
        "kk": "Қазақстан Республикасы Денсаулық сақтау министрлігі",
        "ru": "Министерство здравоохранения Республики Казахстан",
        "en": "Ministry of Health of the Republic of Kazakhstan",
        "email": "info@health.example.kz",
    },
    "foreign": {
        "kk": "Қазақстан Республикасы Сыртқы істер министрлігі",
        "ru": "Министерство иностранных дел Республики Казахстан",
        "en": "Ministry of Foreign Affairs of the Republic of Kazakhstan",
        "email": "info@mfa.example.kz",
    },
    "ombudsman": {
        "kk": "Қазақстан Республикасындағы Адам құқықтары жөніндегі уәкіл",
        "ru": "Уполномоченный по правам человека в Республике Казахстан",
        "en": "Human Rights Commissioner (Ombudsman) of the Republic of Kazakhstan",
        "email": "info@ombudsman.example.kz",
    },
    "court": {
        "kk": "Қазақстан Республикасының Жоғарғы Соты",
        "ru": "Верховный Суд Республики Казахстан",
        "en": "Supreme Court of the Republic of Kazakhstan",
        "email": "info@court.example.kz",
    },
}

# Co-implementers: the demo's NGOs and international partners, by their Russian names.
LEGAL_AID = "Общественный фонд «Правовая помощь»"
EQUAL = "Общественное объединение «Равные возможности»"
CHILDREN = "Ассоциация «Права детей»"
MIGRATION = "Общественный фонд «Миграция и право»"
UNDP = "Программа развития ООН в Казахстане"
OSCE = "Офис программ ОБСЕ в Астане"
UNICEF = "ЮНИСЕФ в Казахстане"
UNHCR = "Управление Верховного комиссара ООН по делам беженцев"
IOM = "Международная организация по миграции"

RECOMMENDATIONS = {
    "cat": {
        "mechanism": "treaty-body",
        "session": {
            "kk": "41-сессия (2008)",
            "ru": "41-я сессия (2008)",
            "en": "41st session (2008)",
        },
        "year": 2008,
        "symbol": "CAT/C/KAZ/CO/2",
        "body": {
            "kk": "БҰҰ-ның Азаптауларға қарсы комитеті",
            "ru": "Комитет ООН против пыток",
            "en": "UN Committee against Torture",
        },
        "text": {
            "kk": "Азаптаудың анықтамасын Конвенцияның 1-бабына сәйкестендіру және бас "
            "бостандығынан айыру орындарына тұрақты, алдын ала ескертусіз барулар жасайтын "
            "тиімді ұлттық алдын алу тетігін азаматтық қоғамды қатыстыра отырып құру "
            "(ұсынымның қысқаша мазмұны).",
            "ru": "Привести определение пытки в соответствие со статьёй 1 Конвенции и создать "
            "эффективный национальный превентивный механизм с регулярными необъявленными "
            "посещениями мест лишения свободы при участии гражданского общества (краткое "
            "изложение рекомендации).",
            "en": "Bring the definition of torture into line with article 1 of the Convention "
            "and set up an effective national preventive mechanism, with regular unannounced "
            "visits to places of detention and the participation of civil society (summary of "
            "the recommendation).",
        },
    },
    "cedaw": {
        "mechanism": "treaty-body",
        "session": {
            "kk": "37-сессия (2007)",
            "ru": "37-я сессия (2007)",
            "en": "37th session (2007)",
        },
        "year": 2007,
        "symbol": "CEDAW/C/KAZ/CO/2",
        "body": {
            "kk": "БҰҰ-ның Әйелдерге қатысты кемсітушілікті жою жөніндегі комитеті",
            "ru": "Комитет ООН по ликвидации дискриминации в отношении женщин",
            "en": "UN Committee on the Elimination of Discrimination against Women",
        },
        "text": {
            "kk": "Тұрмыстық зорлық-зомбылық туралы кешенді заң қабылдау және зардап шеккен "
            "әйелдердің қорғау мен өтемақы алуына қолжетімділікті қамтамасыз ету "
            "(ұсынымның қысқаша мазмұны).",
            "ru": "Принять комплексное законодательство о бытовом насилии и обеспечить "
            "пострадавшим женщинам доступ к защите и возмещению (краткое изложение "
            "рекомендации).",
            "en": "Adopt comprehensive legislation on domestic violence and ensure that women "
            "who are its victims have access to protection and redress (summary of the "
            "recommendation).",
        },
    },
    "crc": {
        "mechanism": "treaty-body",
        "session": {
            "kk": "45-сессия (2007)",
            "ru": "45-я сессия (2007)",
            "en": "45th session (2007)",
        },
        "year": 2007,
        "symbol": "CRC/C/KAZ/CO/3",
        "body": {
            "kk": "БҰҰ-ның Бала құқықтары жөніндегі комитеті",
            "ru": "Комитет ООН по правам ребёнка",
            "en": "UN Committee on the Rights of the Child",
        },
        "text": {
            "kk": "Кәмелетке толмағандарға арналған мамандандырылған соттары және қамауға "
            "балама шаралары бар ювеналдық әділет жүйесін халықаралық стандарттарға сай "
            "дамыту (ұсынымның қысқаша мазмұны).",
            "ru": "Развивать систему ювенальной юстиции в соответствии с международными "
            "стандартами, со специализированными судами и альтернативами лишению свободы "
            "(краткое изложение рекомендации).",
            "en": "Develop a juvenile justice system in line with international standards, "
            "with specialised courts and alternatives to detention (summary of the "
            "recommendation).",
        },
    },
    "torture-rapporteur": {
        "mechanism": "special-procedure",
        "session": {
            "kk": "Қазақстанға сапар (2009 ж. мамыр)",
            "ru": "Визит в Казахстан (май 2009)",
            "en": "Visit to Kazakhstan (May 2009)",
        },
        "year": 2010,
        "symbol": "A/HRC/13/39/Add.3",
        "body": {
            "kk": "Азаптау мәселелері жөніндегі арнайы баяндамашы",
            "ru": "Специальный докладчик по вопросу о пытках",
            "en": "Special Rapporteur on torture",
        },
        "text": {
            "kk": "Азаптау туралы барлық арыздарды жедел, тәуелсіз және жан-жақты тергеу және "
            "ұсталған адамға іс жүзінде ұсталған сәттен бастап адвокат пен дәрігердің көмегін "
            "қамтамасыз ету (ұсынымның қысқаша мазмұны).",
            "ru": "Обеспечить быстрое, независимое и тщательное расследование всех заявлений о "
            "пытках и доступ задержанного к адвокату и врачу с момента фактического "
            "задержания (краткое изложение рекомендации).",
            "en": "Ensure prompt, independent and thorough investigation of every allegation of "
            "torture, and access to a lawyer and a doctor from the moment of actual detention "
            "(summary of the recommendation).",
        },
    },
    "upr": {
        "mechanism": "upr",
        "session": {"kk": "1-цикл (2010)", "ru": "1-й цикл (2010)", "en": "1st cycle (2010)"},
        "year": 2010,
        "symbol": "A/HRC/14/10",
        "body": {
            "kk": "БҰҰ Адам құқықтары жөніндегі кеңесі",
            "ru": "Совет ООН по правам человека",
            "en": "UN Human Rights Council",
        },
        "text": {
            "kk": "Адам құқықтары жөніндегі уәкіл институтын Париж қағидаттарына сәйкес "
            "нығайтуды жалғастыру (ұсынымның қысқаша мазмұны).",
            "ru": "Продолжать укреплять институт Уполномоченного по правам человека в "
            "соответствии с Парижскими принципами (краткое изложение рекомендации).",
            "en": "Continue to strengthen the institution of the Human Rights Commissioner in "
            "line with the Paris Principles (summary of the recommendation).",
        },
    },
}

# The results the plan's conclusion expects (seed 003), each a measure's expected result.
STANDARDS = {
    "kk": "Адам құқықтарының халықаралық стандарттары ұлттық заңнамаға және құқық қолдану "
    "практикасына енгізіледі.",
    "ru": "Внедрение международных стандартов прав человека в национальное законодательство "
    "и правоприменительную практику.",
    "en": "International human rights standards implemented in the national legislation and "
    "law-enforcement practice.",
}
MECHANISMS = {
    "kk": "Адам құқықтарын қорғаудың мемлекеттік және қоғамдық тетіктері жетілдіріледі.",
    "ru": "Совершенствование государственных и общественных механизмов защиты прав человека.",
    "en": "Governmental and public mechanisms for the protection of human rights improved.",
}
OMBUDSMAN = {
    "kk": "Адам құқықтарын қорғаудың соттан тыс институттары, оның ішінде Омбудсмен "
    "институты нығаяды.",
    "ru": "Укрепление внесудебных институтов защиты прав человека, в том числе института "
    "Омбудсмена.",
    "en": "Non-judicial human rights institutions, including the Ombudsman, consolidated.",
}
CIVIL_SOCIETY = {
    "kk": "Азаматтық қоғам институттары және олардың мемлекеттік органдармен өзара "
    "іс-қимылы дамиды.",
    "ru": "Развитие институтов гражданского общества и их взаимодействия с государственными "
    "органами.",
    "en": "Institutions of civil society and their interaction with the governmental "
    "authorities developed.",
}
PROTECTION = {
    "kk": "Адам мен азаматтың азаматтық, саяси, экономикалық, әлеуметтік және мәдени "
    "құқықтары тиімді қорғалады.",
    "ru": "Эффективная защита гражданских, политических, экономических, социальных и "
    "культурных прав человека и гражданина.",
    "en": "Effective protection of the civil, political, economic, social and cultural rights "
    "of the human being and citizen.",
}
VULNERABLE = {
    "kk": "Халықтың әлеуметтік осал топтарының құқықтарын қорғаудың арнайы бағдарламасы "
    "іске асырылады.",
    "ru": "Реализация специальной программы обеспечения прав социально уязвимых слоёв населения.",
    "en": "A special programme securing the rights of socially vulnerable groups of the "
    "population implemented.",
}
TRANSPARENCY = {
    "kk": "Мемлекеттік органдар мен азаматтық қоғам институттары қызметінің ашықтығы "
    "қамтамасыз етіледі.",
    "ru": "Обеспечение прозрачности деятельности государственных органов и институтов "
    "гражданского общества.",
    "en": "Transparency of the activities of governmental authorities and institutions of "
    "civil society ensured.",
}
AWARENESS = {
    "kk": "Қоғамның жалпыға бірдей танылған адам құқықтары стандарттары туралы хабардарлығы "
    "жоғары деңгейге жетеді (адам құқықтары саласындағы білім беру).",
    "ru": "Высокий уровень осведомлённости общества об общепризнанных стандартах прав "
    "человека (образование в области прав человека).",
    "en": "A high level of public awareness of commonly acknowledged human rights standards "
    "(human rights education).",
}
LEGAL_CULTURE = {
    "kk": "Халықтың құқықтық мәдениеті артады, әлеуметтік шиеленіс пен қақтығыстардың "
    "қаупі азаяды.",
    "ru": "Повышение правовой культуры населения, снижение рисков социальной напряжённости и "
    "конфликтов.",
    "en": "The legal culture of the population enhanced, and the risks of social tension and "
    "conflict reduced.",
}


def _t(kk, ru, en):
    return {"kk": kk, "ru": ru, "en": en}


IN_PROGRESS = "in-progress"
IMPLEMENTED = "implemented"

# Each measure: its area (1-based, as numbered), texts, bodies (keys of STATE_BODIES),
# co-implementers (Russian names), deadline, UN recommendations (keys of RECOMMENDATIONS),
# and its history: (date, status, what was done, evidence). Evidence: ("material", demo
# library key) or ("link", title, url).
MEASURES = [
    {
        "number": "1.1",
        "area": 1,
        "text": _t(
            "Қылмыстық кодекстегі азаптау анықтамасын БҰҰ-ның Азаптауларға қарсы "
            "конвенциясының 1-бабына сәйкестендіру.",
            "Привести определение пытки в Уголовном кодексе в соответствие со статьёй 1 "
            "Конвенции ООН против пыток.",
            "Bring the Criminal Code's definition of torture into line with article 1 of the UN "
            "Convention against Torture.",
        ),
        "expected_result": STANDARDS,
        "indicators": _t(
            "Кодекстегі анықтама Конвенцияның 1-бабының барлық элементтерін қамтиды.",
            "Определение в Кодексе охватывает все элементы статьи 1 Конвенции.",
            "The Code's definition covers every element of article 1 of the Convention.",
        ),
        "bodies": ["justice", "prosecutor"],
        "partners": [],
        "deadline": D(2010, 6, 30),
        "recommendations": ["cat", "torture-rapporteur"],
        "history": [
            (
                D(2009, 7, 1),
                IN_PROGRESS,
                _t(
                    "Әділет министрлігінің ҮЕҰ сарапшылары бар жұмыс тобы түзетулер жобасын "
                    "дайындады.",
                    "Рабочая группа Министерства юстиции с участием экспертов НПО подготовила "
                    "проект поправок.",
                    "A working group of the Ministry of Justice with NGO experts drafted the "
                    "amendments.",
                ),
                [],
            ),
            (
                D(2010, 3, 15),
                IMPLEMENTED,
                _t(
                    "Түзетулер қабылданып, күшіне енді.",
                    "Поправки приняты и вступили в силу.",
                    "The amendments were adopted and have entered into force.",
                ),
                [("link", "«Әділет» құқықтық ақпарат жүйесі", "https://adilet.zan.kz/")],
            ),
        ],
    },
    {
        "number": "1.2",
        "area": 1,
        "text": _t(
            "Тұрмыстық зорлық-зомбылықтың алдын алу туралы заң қабылдау.",
            "Принять закон о профилактике бытового насилия.",
            "Adopt a law on the prevention of domestic violence.",
        ),
        "expected_result": PROTECTION,
        "indicators": _t(
            "Заң қабылданды; зардап шеккендерге қорғау нұсқамалары қолжетімді.",
            "Закон принят; пострадавшим доступны защитные предписания.",
            "The law is adopted; protection orders are available to victims.",
        ),
        "bodies": ["interior", "justice"],
        "partners": [LEGAL_AID],
        "deadline": D(2009, 12, 31),
        "recommendations": ["cedaw"],
        "history": [
            (
                D(2009, 6, 1),
                IN_PROGRESS,
                _t(
                    "Заң жобасы ҮЕҰ-мен дөңгелек үстелде талқыланып, Парламентке енгізілді.",
                    "Законопроект обсуждён на круглом столе с НПО и внесён в Парламент.",
                    "The draft law was discussed at a round table with NGOs and submitted to "
                    "Parliament.",
                ),
                [],
            ),
            (
                D(2009, 12, 20),
                IMPLEMENTED,
                _t(
                    "Заң қабылданып, қол қойылды.",
                    "Закон принят и подписан.",
                    "The law was adopted and signed.",
                ),
                [],
            ),
        ],
    },
    {
        "number": "1.3",
        "area": 1,
        "text": _t(
            "Адам құқықтары мен бостандықтарына қатысты заң жобаларын талқылауға азаматтық "
            "қоғам өкілдерін толық қатыстыру үшін барлық жағдайды жасау.",
            "Создать все условия для полноценного участия представителей гражданского "
            "общества в обсуждении законопроектов, касающихся прав и свобод человека.",
            "Create every condition for representatives of civil society to take full part in "
            "the discussion of draft laws on human rights and freedoms.",
        ),
        "expected_result": TRANSPARENCY,
        "indicators": _t(
            "Адам құқықтарына қатысты заң жобаларының қоғамдық талқылауға жарияланған үлесі.",
            "Доля законопроектов о правах человека, опубликованных для общественного обсуждения.",
            "The share of draft laws on human rights published for public comment.",
        ),
        "bodies": ["justice"],
        "partners": [LEGAL_AID, OSCE],
        "deadline": D(2010, 12, 31),
        "recommendations": [],
        "history": [
            (
                D(2009, 9, 1),
                IN_PROGRESS,
                _t(
                    "Адам құқықтарына қатысты заң жобалары пікір алу үшін Комиссияның ҮЕҰ "
                    "мүшелеріне жіберіледі.",
                    "Законопроекты о правах человека направляются членам Комиссии из НПО для "
                    "замечаний.",
                    "Draft laws on human rights are sent to the Commission's NGO members for "
                    "comment.",
                ),
                [("material", "national-action-plan")],
            ),
            (
                D(2011, 6, 30),
                IMPLEMENTED,
                _t(
                    "Құқықтар мен бостандықтарға қатысты заң жобаларын қоғамдық талқылауға "
                    "жариялау тұрақты тәртіпке айналды.",
                    "Публикация законопроектов о правах и свободах для общественного "
                    "обсуждения стала постоянным порядком.",
                    "Publishing draft laws on rights and freedoms for public comment has become "
                    "the rule.",
                ),
                [],
            ),
        ],
    },
    {
        "number": "1.4",
        "area": 1,
        "text": _t(
            "БҰҰ-ның Мүгедектердің құқықтары туралы конвенциясын ратификациялауға дайындық.",
            "Подготовить ратификацию Конвенции ООН о правах инвалидов.",
            "Prepare the ratification of the UN Convention on the Rights of Persons with "
            "Disabilities.",
        ),
        "expected_result": STANDARDS,
        "indicators": _t(
            "Заңнаманың Конвенцияға сәйкестігін талдау аяқталды; ратификация туралы заң "
            "жобасы дайын.",
            "Анализ соответствия законодательства Конвенции завершён; проект закона о "
            "ратификации готов.",
            "The review of the legislation against the Convention is complete; a ratification "
            "bill is ready.",
        ),
        "bodies": ["foreign", "labour"],
        "partners": [EQUAL],
        "deadline": D(2012, 12, 31),
        "recommendations": [],
        "history": [
            (
                D(2010, 4, 1),
                IN_PROGRESS,
                _t(
                    "Ведомствоаралық жұмыс тобы заңнаманың Конвенцияға сәйкестігін бағалады.",
                    "Межведомственная рабочая группа оценила соответствие законодательства "
                    "Конвенции.",
                    "An inter-agency working group assessed how far the legislation meets the "
                    "Convention.",
                ),
                [],
            ),
        ],
    },
    {
        "number": "2.1",
        "area": 2,
        "text": _t(
            "Әрбір ұсталған адамға іс жүзінде ұсталған сәттен бастап адвокат пен дәрігердің "
            "көмегін қамтамасыз ету.",
            "Обеспечить каждому задержанному доступ к адвокату и врачу с момента фактического "
            "задержания.",
            "Ensure that every detained person has access to a lawyer and a doctor from the "
            "moment of actual detention.",
        ),
        "expected_result": STANDARDS,
        "indicators": _t(
            "Ұстау хаттамаларында адвокатқа хабарланған уақыт көрсетіледі.",
            "В протоколах задержания указывается время извещения адвоката.",
            "Detention records show when a lawyer was called.",
        ),
        "bodies": ["interior", "prosecutor"],
        "partners": [],
        "deadline": D(2010, 6, 30),
        "recommendations": ["torture-rapporteur"],
        "history": [
            (
                D(2009, 8, 1),
                IN_PROGRESS,
                _t(
                    "Ұсталған адамдардың құқықтары туралы полицияға арналған нұсқаулық "
                    "жобасы дайындалды.",
                    "Подготовлен проект инструкции для полиции о правах задержанных.",
                    "An instruction for the police on the rights of detained persons was drafted.",
                ),
                [],
            ),
            (
                D(2010, 9, 1),
                IMPLEMENTED,
                _t(
                    "Нұсқаулық бекітілді, барлық өңірлерде полиция қызметкерлері оқытылды.",
                    "Инструкция утверждена, сотрудники полиции во всех регионах обучены.",
                    "The instruction was approved and police officers in every region were "
                    "trained.",
                ),
                [],
            ),
        ],
    },
    {
        "number": "2.2",
        "area": 2,
        "text": _t(
            "Ювеналдық әділет жүйесін дамыту: әр өңірде кәмелетке толмағандар істері "
            "жөніндегі мамандандырылған соттар.",
            "Развивать систему ювенальной юстиции: специализированные суды по делам "
            "несовершеннолетних в каждом регионе.",
            "Develop juvenile justice: specialised courts for minors in every region.",
        ),
        "expected_result": PROTECTION,
        "indicators": _t(
            "Кәмелетке толмағандар істері жөніндегі мамандандырылған соты бар өңірлер саны.",
            "Число регионов со специализированным судом по делам несовершеннолетних.",
            "The number of regions with a specialised court for minors.",
        ),
        "bodies": ["court", "justice"],
        "partners": [UNICEF, CHILDREN],
        "deadline": D(2011, 12, 31),
        "recommendations": ["crc"],
        "history": [
            (
                D(2009, 10, 1),
                IN_PROGRESS,
                _t(
                    "Алғашқы мамандандырылған соттар жұмыс істей бастады, судьялар оқытылуда.",
                    "Первые специализированные суды начали работу, судьи проходят обучение.",
                    "The first specialised courts have started work; judges are being trained.",
                ),
                [],
            ),
            (
                D(2011, 11, 15),
                IMPLEMENTED,
                _t(
                    "Мамандандырылған соттар барлық өңірлерде жұмыс істейді.",
                    "Специализированные суды работают во всех регионах.",
                    "Specialised courts work in every region.",
                ),
                [],
            ),
        ],
    },
    {
        "number": "2.3",
        "area": 2,
        "text": _t(
            "Азаптау туралы әрбір шағымды жедел әрі тәуелсіз тергеу, нәтижелерін жыл сайын "
            "жариялау.",
            "Быстро и независимо расследовать каждую жалобу на пытки и ежегодно публиковать "
            "результаты.",
            "Investigate every complaint of torture promptly and independently, and publish "
            "the results every year.",
        ),
        "expected_result": MECHANISMS,
        "indicators": _t(
            "Тергелген шағымдар саны; жарияланған нәтижелердің үлесі.",
            "Число расследованных жалоб; доля опубликованных результатов.",
            "The number of complaints investigated; the share of results published.",
        ),
        "bodies": ["prosecutor"],
        "partners": [LEGAL_AID],
        "deadline": D(2010, 12, 31),
        "recommendations": ["cat", "torture-rapporteur"],
        "history": [
            (
                D(2010, 1, 20),
                IN_PROGRESS,
                _t(
                    "Прокуратура азаптау туралы шағымдардың жеке есебін жүргізе бастады.",
                    "Прокуратура начала вести отдельный учёт жалоб на пытки.",
                    "Prosecutors began keeping a separate register of complaints of torture.",
                ),
                [],
            ),
            (
                D(2012, 1, 31),
                "partly-implemented",
                _t(
                    "Шағымдар тіркеліп, прокурорлар тергейді; жылдық нәтижелер әлі толық "
                    "жарияланбайды.",
                    "Жалобы регистрируются и расследуются прокурорами; годовые результаты "
                    "публикуются ещё не полностью.",
                    "Complaints are registered and investigated by prosecutors; the yearly "
                    "results are not yet published in full.",
                ),
                [],
            ),
        ],
    },
    {
        "number": "2.4",
        "area": 2,
        "text": _t(
            "Ұстаудың әрбір жағдайын прокурорлық тексеруге ашық электрондық тізілімге енгізу.",
            "Вносить каждый случай задержания в электронный реестр, открытый для "
            "прокурорской проверки.",
            "Record every detention in an electronic register open to prosecutors' checks.",
        ),
        "expected_result": MECHANISMS,
        "indicators": _t(
            "Тізілімге енгізілген ұстаулардың үлесі.",
            "Доля задержаний, внесённых в реестр.",
            "The share of detentions entered in the register.",
        ),
        "bodies": ["interior", "prosecutor"],
        "partners": [],
        "deadline": D(2011, 6, 30),
        "recommendations": [],
        "history": [
            (
                D(2010, 5, 1),
                IN_PROGRESS,
                _t(
                    "Тізілімнің техникалық тапсырмасы дайындалды.",
                    "Подготовлено техническое задание реестра.",
                    "The register's specification was prepared.",
                ),
                [],
            ),
            (
                D(2013, 1, 20),
                "not-implemented",
                _t(
                    "Тізілім жоспар кезеңінде енгізілмеді; шара келесі жоспарға көшеді.",
                    "Реестр не был введён в период действия плана; мера переходит в "
                    "следующий план.",
                    "The register was not introduced within the plan's period; the measure "
                    "passes to the next plan.",
                ),
                [],
            ),
        ],
    },
    {
        "number": "3.1",
        "area": 3,
        "text": _t(
            "Адам құқықтары жөніндегі уәкілдің өңірлердегі өкілдерін тағайындау.",
            "Учредить представителей Уполномоченного по правам человека в регионах.",
            "Give the Human Rights Commissioner representatives in the regions.",
        ),
        "expected_result": OMBUDSMAN,
        "indicators": _t(
            "Уәкілдің өкілі бар өңірлер саны.",
            "Число регионов, где есть представитель Уполномоченного.",
            "The number of regions with a representative of the Commissioner.",
        ),
        "bodies": ["ombudsman"],
        "partners": [UNDP],
        "deadline": D(2010, 12, 31),
        "recommendations": ["upr"],
        "history": [
            (
                D(2009, 9, 15),
                IN_PROGRESS,
                _t(
                    "БҰҰ Даму бағдарламасымен бірге өңірлік өкілдердің ережесі әзірленді.",
                    "Совместно с ПРООН разработано положение о региональных представителях.",
                    "Regulations on the regional representatives were drafted with UNDP.",
                ),
                [],
            ),
            (
                D(2010, 11, 30),
                IMPLEMENTED,
                _t(
                    "Уәкілдің өкілдері барлық облыстарда тағайындалды.",
                    "Представители Уполномоченного назначены во всех областях.",
                    "Representatives of the Commissioner were appointed in every region.",
                ),
                [],
            ),
        ],
    },
    {
        "number": "3.2",
        "area": 3,
        "text": _t(
            "Адам құқықтары жөніндегі уәкілдің мәртебесін Париж қағидаттарына сәйкестендіру.",
            "Привести статус Уполномоченного по правам человека в соответствие с Парижскими "
            "принципами.",
            "Bring the status of the Human Rights Commissioner into line with the Paris "
            "Principles.",
        ),
        "expected_result": OMBUDSMAN,
        "indicators": _t(
            "Уәкіл туралы заң қабылданды.",
            "Принят закон об Уполномоченном.",
            "A law on the Commissioner is adopted.",
        ),
        "bodies": ["ombudsman", "justice"],
        "partners": [OSCE],
        "deadline": D(2012, 12, 31),
        "recommendations": ["upr"],
        "history": [
            (
                D(2010, 2, 1),
                IN_PROGRESS,
                _t(
                    "ЕҚЫҰ-мен бірге Уәкіл туралы заң жобасы дайындалды.",
                    "Совместно с ОБСЕ подготовлен проект закона об Уполномоченном.",
                    "A draft law on the Commissioner was prepared with the OSCE.",
                ),
                [],
            ),
        ],
    },
    {
        "number": "3.3",
        "area": 3,
        "text": _t(
            "Азаматтардың мемлекеттік органдарға шағымдары мен өтініштерінің есебін "
            "жүргізетін және адам құқықтары бойынша тегін құқықтық ақпарат беретін қазақ және "
            "орыс тілдеріндегі электрондық кітапхана құру.",
            "Создать электронную библиотеку на казахском и русском языках, которая ведёт учёт "
            "жалоб и обращений граждан в государственные органы и даёт бесплатную правовую "
            "информацию по правам человека.",
            "Create a digital library in Kazakh and Russian that keeps records of citizens' "
            "complaints and communications to state bodies and gives free legal information "
            "on human rights.",
        ),
        "expected_result": MECHANISMS,
        "indicators": _t(
            "Кітапхана жұмыс істейді; ол екі тілде қолжетімді.",
            "Библиотека работает и доступна на двух языках.",
            "The library works and is available in both languages.",
        ),
        "bodies": ["justice", "ombudsman"],
        "partners": [UNDP],
        "deadline": D(2010, 12, 31),
        "recommendations": [],
        "history": [
            (
                D(2009, 11, 1),
                IN_PROGRESS,
                _t(
                    "БҰҰ Даму бағдарламасымен және ЮНЕСКО-мен серіктестікте кітапхана құрылымы "
                    "әзірленді.",
                    "В партнёрстве с ПРООН и ЮНЕСКО разработана структура библиотеки.",
                    "The library's structure was designed in partnership with UNDP and UNESCO.",
                ),
                [],
            ),
            (
                D(2010, 12, 20),
                IMPLEMENTED,
                _t(
                    "Электрондық кітапхана ашылды: онда шағымдардың есебі және қазақ және "
                    "орыс тілдерінде тегін құқықтық ақпарат бар.",
                    "Электронная библиотека открыта: в ней учёт жалоб и бесплатная правовая "
                    "информация на казахском и русском языках.",
                    "The digital library opened: it keeps records of complaints and gives free "
                    "legal information in Kazakh and Russian.",
                ),
                [],
            ),
        ],
    },
    {
        "number": "3.4",
        "area": 3,
        "text": _t(
            "Әр облыс әкімдігі жанынан адам құқықтары жөніндегі қоғамдық кеңес құру.",
            "Создать общественный совет по правам человека при акимате каждой области.",
            "Set up a public council on human rights under each regional administration.",
        ),
        "expected_result": CIVIL_SOCIETY,
        "indicators": _t(
            "Кеңестер құрылған облыстар саны.",
            "Число областей, где созданы советы.",
            "The number of regions where councils were set up.",
        ),
        "bodies": ["justice"],
        "partners": [LEGAL_AID, EQUAL],
        "deadline": D(2011, 12, 31),
        "recommendations": [],
        "history": [
            (
                D(2010, 3, 1),
                IN_PROGRESS,
                _t(
                    "Кеңестердің үлгілік ережесі дайындалды.",
                    "Подготовлено типовое положение о советах.",
                    "Model regulations for the councils were drafted.",
                ),
                [],
            ),
            (
                D(2012, 2, 15),
                "cancelled",
                _t(
                    "Жұмыс тобы шараның күшін жойды: өңірлік кеңестер Комиссияның ҮЕҰ-мен "
                    "өңірлік кездесулерін қайталар еді.",
                    "Рабочая группа отменила меру: региональные советы дублировали бы "
                    "региональные встречи Комиссии с НПО.",
                    "The working group cancelled the measure: regional councils would duplicate "
                    "the Commission's regional meetings with NGOs.",
                ),
                [],
            ),
        ],
    },
    {
        "number": "4.1",
        "area": 4,
        "text": _t(
            "Мүгедектігі бар адамдардың, ата-ана қамқорлығынсыз қалған балалардың және егде "
            "адамдардың құқықтарын қорғаудың арнайы бағдарламасын қабылдау.",
            "Принять специальную программу защиты прав людей с инвалидностью, детей, "
            "оставшихся без попечения родителей, и пожилых людей.",
            "Adopt a special programme protecting the rights of persons with disabilities, "
            "children without parental care and older people.",
        ),
        "expected_result": VULNERABLE,
        "indicators": _t(
            "Бағдарлама қабылданды және қаржыландырылды.",
            "Программа принята и профинансирована.",
            "The programme is adopted and funded.",
        ),
        "bodies": ["labour"],
        "partners": [EQUAL, CHILDREN],
        "deadline": D(2010, 6, 30),
        "recommendations": [],
        "history": [
            (
                D(2009, 7, 15),
                IN_PROGRESS,
                _t(
                    "Бағдарлама жобасы ҮЕҰ-мен талқыланды.",
                    "Проект программы обсуждён с НПО.",
                    "The draft programme was discussed with NGOs.",
                ),
                [],
            ),
            (
                D(2010, 5, 31),
                IMPLEMENTED,
                _t(
                    "Бағдарлама қабылданып, қаржыландырылды.",
                    "Программа принята и профинансирована.",
                    "The programme was adopted and funded.",
                ),
                [],
            ),
        ],
    },
    {
        "number": "4.2",
        "area": 4,
        "text": _t(
            "Қоғамдық ғимараттарды мүгедектігі бар адамдарға қолжетімді ету.",
            "Сделать общественные здания доступными для людей с инвалидностью.",
            "Make public buildings accessible to persons with disabilities.",
        ),
        "expected_result": VULNERABLE,
        "indicators": _t(
            "Тексерілген ғимараттардың қолжетімді болған үлесі.",
            "Доля проверенных зданий, ставших доступными.",
            "The share of the buildings checked that have become accessible.",
        ),
        "bodies": ["labour"],
        "partners": [EQUAL],
        "deadline": D(2012, 12, 31),
        "recommendations": [],
        "history": [
            (
                D(2010, 1, 15),
                IN_PROGRESS,
                _t(
                    "Өңірлерде ғимараттардың қолжетімділігін тексеру басталды.",
                    "В регионах начата проверка доступности зданий.",
                    "Checks of the buildings' accessibility began in the regions.",
                ),
                [],
            ),
            (
                D(2012, 12, 25),
                "partly-implemented",
                _t(
                    "Тексерілген қоғамдық ғимараттардың бестен екісі қолжетімді болды.",
                    "Доступными стали два из пяти проверенных общественных зданий.",
                    "Two in five of the public buildings checked have been made accessible.",
                ),
                [],
            ),
        ],
    },
    {
        "number": "4.3",
        "area": 4,
        "text": _t(
            "Әлеуметтік осал адамдарға азаматтық істер бойынша тегін заң көмегін көрсету.",
            "Оказывать социально уязвимым людям бесплатную юридическую помощь по "
            "гражданским делам.",
            "Provide free legal aid in civil cases to socially vulnerable people.",
        ),
        "expected_result": PROTECTION,
        "indicators": _t(
            "Тегін заң көмегін алған адамдар саны.",
            "Число людей, получивших бесплатную юридическую помощь.",
            "The number of people who received free legal aid.",
        ),
        "bodies": ["justice"],
        "partners": [LEGAL_AID],
        "deadline": D(2011, 12, 31),
        "recommendations": [],
        "history": [
            (
                D(2010, 6, 1),
                IN_PROGRESS,
                _t(
                    "ҮЕҰ-мен бірге екі облыста тегін кеңес беру пункттері ашылды.",
                    "Вместе с НПО открыты пункты бесплатных консультаций в двух областях.",
                    "Free advice points were opened with NGOs in two regions.",
                ),
                [],
            ),
            (
                D(2012, 5, 15),
                IMPLEMENTED,
                _t(
                    "Тегін заң көмегі барлық облыстарда көрсетіледі.",
                    "Бесплатная юридическая помощь оказывается во всех областях.",
                    "Free legal aid is provided in every region.",
                ),
                [],
            ),
        ],
    },
    {
        "number": "4.4",
        "area": 4,
        "text": _t(
            "Еңбек мигранттары мен босқындардың медициналық көмекке және балаларының "
            "білім алуына қолжетімділігін қамтамасыз ету.",
            "Обеспечить трудовым мигрантам и беженцам доступ к медицинской помощи и "
            "обучению их детей.",
            "Give labour migrants and refugees access to medical care and schooling for their "
            "children.",
        ),
        "expected_result": VULNERABLE,
        "indicators": _t(
            "Медициналық көмек алған мигранттар мен босқындар саны; мектепке барған балалары.",
            "Число мигрантов и беженцев, получивших медицинскую помощь; их дети в школах.",
            "The number of migrants and refugees who received medical care; their children "
            "at school.",
        ),
        "bodies": ["labour", "health", "education"],
        "partners": [IOM, UNHCR, MIGRATION],
        "deadline": D(2012, 6, 30),
        "recommendations": [],
        "history": [],
    },
    {
        "number": "5.1",
        "area": 5,
        "text": _t(
            "Адам құқықтарын мектептер мен жоғары оқу орындарының оқу бағдарламаларына енгізу.",
            "Включить права человека в учебные программы школ и вузов.",
            "Include human rights in the curricula of schools and universities.",
        ),
        "expected_result": AWARENESS,
        "indicators": _t(
            "Адам құқықтары курсы бар мектептер мен жоғары оқу орындарының үлесі.",
            "Доля школ и вузов с курсом по правам человека.",
            "The share of schools and universities that teach a human rights course.",
        ),
        "bodies": ["education"],
        "partners": [CHILDREN],
        "deadline": D(2010, 9, 1),
        "recommendations": [],
        "history": [
            (
                D(2009, 9, 1),
                IN_PROGRESS,
                _t(
                    "Оқу бағдарламаларының жобалары пилоттық мектептерде сыналуда.",
                    "Проекты учебных программ проходят апробацию в пилотных школах.",
                    "Draft curricula are being tried in pilot schools.",
                ),
                [],
            ),
            (
                D(2010, 8, 25),
                IMPLEMENTED,
                _t(
                    "Адам құқықтары 2010–2011 оқу жылынан бастап оқу бағдарламаларына енді.",
                    "Права человека включены в учебные программы с 2010–2011 учебного года.",
                    "Human rights are in the curricula from the 2010–2011 school year.",
                ),
                [],
            ),
        ],
    },
    {
        "number": "5.2",
        "area": 5,
        "text": _t(
            "Полиция қызметкерлерін, прокурорлар мен судьяларды адам құқықтары "
            "стандарттарына жыл сайын оқыту.",
            "Ежегодно обучать сотрудников полиции, прокуроров и судей стандартам прав человека.",
            "Train police officers, prosecutors and judges in human rights standards every year.",
        ),
        "expected_result": AWARENESS,
        "indicators": _t(
            "Жыл сайын оқытылған қызметкерлер саны.",
            "Число сотрудников, обученных за год.",
            "The number of officers trained each year.",
        ),
        "bodies": ["interior", "prosecutor", "court"],
        "partners": [OSCE],
        "deadline": D(2010, 12, 31),
        "recommendations": ["cat"],
        "history": [
            (
                D(2009, 10, 1),
                IN_PROGRESS,
                _t(
                    "ЕҚЫҰ-мен бірге оқыту курсы дайындалуда.",
                    "Вместе с ОБСЕ готовится учебный курс.",
                    "A training course is being prepared with the OSCE.",
                ),
                [],
            ),
            (
                D(2010, 12, 15),
                IMPLEMENTED,
                _t(
                    "Курс жыл сайынғы біліктілікті арттыру бағдарламасына енгізілді.",
                    "Курс включён в ежегодную программу повышения квалификации.",
                    "The course is part of every year's professional training programme.",
                ),
                [],
            ),
        ],
    },
    {
        "number": "5.3",
        "area": 5,
        "text": _t(
            "Әр өңірде ҮЕҰ үшін адам құқықтарын қорғау тетіктері бойынша оқыту семинарларын "
            "өткізу.",
            "Проводить в каждом регионе обучающие семинары для НПО о механизмах защиты прав "
            "человека.",
            "Hold training seminars for NGOs on the mechanisms of human rights protection in "
            "every region.",
        ),
        "expected_result": LEGAL_CULTURE,
        "indicators": _t(
            "Семинар өткізілген өңірлер саны; қатысушылар саны.",
            "Число регионов, где прошли семинары; число участников.",
            "The number of regions where seminars were held; the number of participants.",
        ),
        "bodies": ["justice"],
        "partners": [OSCE, LEGAL_AID],
        "deadline": D(2012, 12, 31),
        "recommendations": [],
        "history": [
            (
                D(2010, 4, 1),
                IN_PROGRESS,
                _t(
                    "Алғашқы семинарлар үш облыста өтті.",
                    "Первые семинары прошли в трёх областях.",
                    "The first seminars were held in three regions.",
                ),
                [],
            ),
            (
                D(2012, 3, 1),
                IMPLEMENTED,
                _t(
                    "Семинарлар барлық өңірлерде өтті.",
                    "Семинары прошли во всех регионах.",
                    "Seminars have been held in every region.",
                ),
                [],
            ),
        ],
    },
    {
        "number": "5.4",
        "area": 5,
        "text": _t(
            "Азаматтардың құқықтары туралы түсінікті тілде жазылған нұсқаулықтарды қазақ "
            "және орыс тілдерінде шығару.",
            "Издать понятные руководства о правах граждан на казахском и русском языках.",
            "Publish plain-language guides to citizens' rights in Kazakh and Russian.",
        ),
        "expected_result": LEGAL_CULTURE,
        "indicators": _t(
            "Шыққан нұсқаулықтар саны және олардың таралымы.",
            "Число изданных руководств и их тираж.",
            "The number of guides published and their print runs.",
        ),
        "bodies": ["justice", "education"],
        "partners": [UNDP],
        "deadline": D(2012, 12, 31),
        "recommendations": [],
        "history": [
            (
                D(2011, 9, 1),
                IN_PROGRESS,
                _t(
                    "Алғашқы екі нұсқаулықтың мәтіні дайын.",
                    "Готовы тексты первых двух руководств.",
                    "The texts of the first two guides are ready.",
                ),
                [],
            ),
        ],
    },
]

# What the demo shows: "around 40 percent implemented as of 10 January 2011" (seed 000).
HEADLINE_DATE = D(2011, 1, 10)
HEADLINE_PERCENT = 40

# What NGOs say (part 2A): assessments by the demo's verified NGOs' members, one in every
# moderation state. Measure 2.1 is officially implemented; the legal-aid NGO's published
# assessment says "partly", so the dashboard lists it as contested. (measure, author's email,
# their status, as of, what they observed, links, moderation: "published", "pending" or
# ("rejected", reason, note)).
ASSESSMENTS = [
    {
        "measure": "2.1",
        "email": "ngo@kenes.kz",
        "status": "partly-implemented",
        "as_of": D(2011, 2, 15),
        "observed": (
            "Біздің заңгерлер 2010 жылы Алматы мен Шымкенттегі уақытша ұстау изоляторларында "
            "40 ұсталған адаммен сөйлесті: олардың 14-і алғашқы жауап алу кезінде адвокатсыз "
            "болғанын айтты. Заң өзгертілді, бірақ іс жүзінде қол жетімділік әлі толық емес."
        ),
        "links": ["https://www.osce.org/odihr"],
        "file": {
            "name": "мониторинг-ИВС-2010.pdf",
            "title": "Мониторинг доступа к адвокату в ИВС, 2010",
            "subtitle": "Общественный фонд «Правовая помощь»",
            "blocks": [
                ("h", "Итоги мониторинга"),
                (
                    "p",
                    "В 2010 году юристы фонда опросили 40 задержанных в изоляторах временного "
                    "содержания Алматы и Шымкента. 14 из них сообщили, что первый допрос прошёл "
                    "без адвоката.",
                ),
                ("li", "Алматы: 22 опрошенных, 7 без адвоката на первом допросе."),
                ("li", "Шымкент: 18 опрошенных, 7 без адвоката на первом допросе."),
            ],
        },
        "moderation": "published",
    },
    {
        "measure": "4.2",
        "email": "ngo2@kenes.kz",
        "status": "partly-implemented",
        "as_of": D(2011, 1, 20),
        "observed": (
            "We checked 60 public buildings in Astana and Karaganda in December 2010: 23 have "
            "ramps and accessible entrances, most courts and clinics do not. The official "
            "status matches what we saw."
        ),
        "links": [],
        "moderation": "published",
    },
    {
        "measure": "2.3",
        "email": "ngo@kenes.kz",
        "status": "not-implemented",
        "as_of": D(2011, 3, 1),
        "observed": (
            "Біз қолдаған азаптау туралы 9 шағымның тек 2-сі бойынша тергеу басталды, екеуі де "
            "сол ішкі істер органының өзінде. Тәуелсіз тергеу механизмі құрылмаған."
        ),
        "links": [],
        "moderation": "pending",
    },
    {
        "measure": "1.2",
        "email": "ngo2@kenes.kz",
        "status": "in-progress",
        "as_of": D(2011, 1, 25),
        "observed": (
            "The law was adopted, but the victim we support, Ms A. K. of 12 Abay Street, still "
            "waits for a protection order."
        ),
        "links": [],
        "moderation": (
            "rejected",
            "personal-data",
            "Please send it again without the person's name and address.",
        ),
    },
]
# ngo@kenes.kz follows this measure (and is emailed when its official status changes).
FOLLOWED_MEASURE = "2.3"

# Measures linked to the rest of the demo (part 2B): measure 1.3 (drafts on rights discussed
# with civil society) is implemented by the consultation on the public councils' amendments,
# and measure 5.3 (training seminars for NGOs) is discussed at the seminar in Shymkent. By the
# pages' slugs in `demo.content`.
CONSULTATION_LINKS = [("1.3", "public-councils-amendments")]
EVENT_LINKS = [("5.3", "shymkent-training-seminar")]
