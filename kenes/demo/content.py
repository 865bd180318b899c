"""The demo site's texts in Kazakh, Russian and English.

Facts come from the project's seed articles: the commission's work with NGOs (2011), the
conclusion of the National Human Rights Action Plan, and the OSCE-supported training seminar
in Shymkent (October 2015). Each entry maps a language code to the fields of one page.
"""

import datetime

HOME = {
    "kk": {
        "title": "Адам құқықтары жөніндегі комиссия және азаматтық қоғам",
        "intro": "<p>Кеңес — Комиссия мен үкіметтік емес ұйымдардың бірлескен жұмыс алаңы: "
        "дөңгелек үстелдер, оқыту семинарлары, заң жобаларын талқылау және әдістемелік "
        "материалдар бір жерде.</p>",
    },
    "ru": {
        "title": "Комиссия по правам человека и гражданское общество",
        "intro": "<p>Кенес — площадка совместной работы Комиссии и неправительственных "
        "организаций: круглые столы, обучающие семинары, обсуждение законопроектов и "
        "методические материалы в одном месте.</p>",
    },
    "en": {
        "title": "The Human Rights Commission and civil society",
        "intro": "<p>Kenes is where the Commission and non-governmental organisations work "
        "together: round tables, training seminars, the discussion of draft laws and "
        "methodological materials in one place.</p>",
    },
}

PARTNERS = {
    "kk": [
        "БҰҰ Даму бағдарламасы (ПРООН)",
        "ЕҚЫҰ (ЕҚЫҰ-ның Астанадағы бағдарламалар офисі, ЕҚЫҰ ДИАКБ)",
        "БҰҰ Балалар қоры (ЮНИСЕФ)",
        "БҰҰ Босқындар ісі жөніндегі жоғарғы комиссарының басқармасы (БЖКБ)",
        "Халықаралық көші-қон ұйымы (ХКҰ)",
        "Еуропалық Одақтың Қазақстандағы өкілдігі",
    ],
    "ru": [
        "Программа развития ООН (ПРООН)",
        "ОБСЕ (Программный офис ОБСЕ в Астане, БДИПЧ ОБСЕ)",
        "Детский фонд ООН (ЮНИСЕФ)",
        "Управление Верховного комиссара ООН по делам беженцев (УВКБ ООН)",
        "Международная организация по миграции (МОМ)",
        "Представительство Европейского союза в Казахстане",
    ],
    "en": [
        "United Nations Development Programme (UNDP)",
        "OSCE (the OSCE Programme Office in Astana, OSCE/ODIHR)",
        "United Nations Children's Fund (UNICEF)",
        "Office of the UN High Commissioner for Refugees (UNHCR)",
        "International Organization for Migration (IOM)",
        "Delegation of the European Union to Kazakhstan",
    ],
}

ABOUT = {
    "kk": {
        "title": "Комиссия туралы",
        "intro": "Қазақстан Республикасы Президенті жанындағы Адам құқықтары жөніндегі "
        "комиссия — құрамының едәуір бөлігі үкіметтік емес сектордың өкілдері болып "
        "табылатын консультативтік-кеңесші орган.",
        "body": [
            ("heading", "Комиссия не істейді"),
            (
                "paragraph",
                "<p>Комиссия 23 мүшеден тұрады, олардың көбі үкіметтік емес ұйымдардан. "
                "Ол 2009 жылғы мамырда қабылданған Адам құқықтары саласындағы Ұлттық іс-қимыл "
                "жоспарының орындалуын қадағалайтын негізгі мемлекеттік органдардың бірі.</p>"
                "<p>Үкіметтік емес сектордың деректері Комиссияға ел бойынша адам құқықтарының "
                "жағдайын бағалауға көмектеседі және заңнаманы жетілдіруге үлес қосады.</p>",
            ),
            ("heading", "ҮЕҰ-мен қалай жұмыс істейміз"),
            (
                "paragraph",
                "<ul><li>конференциялар, дөңгелек үстелдер және оқыту семинарлары;</li>"
                "<li>ҮЕҰ-ға әдістемелік және консультациялық қолдау;</li>"
                "<li>адам құқықтарына қатысты заң жобаларын азаматтық қоғаммен бірге талқылау;"
                "</li><li>ҮЕҰ жіберетін күрделі шағымдарды қарау.</li></ul>",
            ),
            (
                "quote",
                {
                    "text": "Адам құқықтары бойынша, әсіресе әлеуметтік және еңбек құқықтары "
                    "бойынша оқыту семинарлары жалпы құқықтық мәдениетті арттыру үшін ғана емес, "
                    "әлеуметтік-еңбек қақтығыстарының алдын алу үшін де маңызды.",
                    "attribution": "Тастемір Әбішев, Комиссия хатшысы, 2015 ж.",
                },
            ),
            ("heading", "Серіктестер"),
        ],
    },
    "ru": {
        "title": "О Комиссии",
        "intro": "Комиссия по правам человека при Президенте Республики Казахстан — "
        "консультативно-совещательный орган, значительную часть которого составляют "
        "представители неправительственного сектора.",
        "body": [
            ("heading", "Чем занимается Комиссия"),
            (
                "paragraph",
                "<p>В состав Комиссии входят 23 члена, многие из них — из неправительственных "
                "организаций. Комиссия — один из главных государственных органов, которые "
                "контролируют выполнение Национального плана действий в области прав человека, "
                "принятого в мае 2009 года.</p>"
                "<p>Данные неправительственного сектора помогают Комиссии оценивать положение с "
                "правами человека по всей стране и совершенствовать законодательство.</p>",
            ),
            ("heading", "Как мы работаем с НПО"),
            (
                "paragraph",
                "<ul><li>конференции, круглые столы и обучающие семинары;</li>"
                "<li>методическая и консультативная поддержка НПО;</li>"
                "<li>обсуждение законопроектов, затрагивающих права человека, вместе с "
                "гражданским обществом;</li><li>рассмотрение сложных жалоб, которые передают "
                "НПО.</li></ul>",
            ),
            (
                "quote",
                {
                    "text": "Обучающие семинары по правам человека, в частности по социальным и "
                    "трудовым правам, важны не только для повышения общей правовой культуры, но и "
                    "для предупреждения социально-трудовых конфликтов.",
                    "attribution": "Тастемир Абишев, секретарь Комиссии, 2015 г.",
                },
            ),
            ("heading", "Партнёры"),
        ],
    },
    "en": {
        "title": "About the Commission",
        "intro": "The Human Rights Commission under the President of the Republic of "
        "Kazakhstan is a consultative body, many of whose members come from the "
        "non-governmental sector.",
        "body": [
            ("heading", "What the Commission does"),
            (
                "paragraph",
                "<p>The Commission has 23 members, many of them from non-governmental "
                "organisations. It is one of the chief state bodies overseeing the National "
                "Human Rights Action Plan adopted in May 2009.</p>"
                "<p>Data from the non-governmental sector helps the Commission assess human "
                "rights conditions nationwide and improve legislation.</p>",
            ),
            ("heading", "How we work with NGOs"),
            (
                "paragraph",
                "<ul><li>conferences, round tables and training seminars;</li>"
                "<li>methodological and consultative support for NGOs;</li>"
                "<li>discussing draft laws that touch human rights with civil society;</li>"
                "<li>difficult complaints that NGOs refer to the Commission.</li></ul>",
            ),
            (
                "quote",
                {
                    "text": "Training seminars on human rights, in particular on social and "
                    "labour rights, are important not only for improving the overall legal "
                    "culture, but also for preventing social and labour conflicts.",
                    "attribution": "Tastemir Abishev, Secretary of the Commission, 2015",
                },
            ),
            ("heading", "Partners"),
        ],
    },
}

CONTACTS = {
    "kk": {
        "title": "Байланыс",
        "intro": "Комиссия хатшылығына жазыңыз немесе қоңырау шалыңыз.",
        "body": [
            (
                "paragraph",
                "<p>Мекенжай: Астана қ., Қазақстан Республикасы</p>"
                '<p>Электрондық пошта: <a href="mailto:info@kenes.kz">info@kenes.kz</a></p>'
                "<p>Жұмыс уақыты: дүйсенбі–жұма, 9:00–18:30 (Астана уақыты)</p>",
            ),
        ],
    },
    "ru": {
        "title": "Контакты",
        "intro": "Напишите или позвоните в секретариат Комиссии.",
        "body": [
            (
                "paragraph",
                "<p>Адрес: г. Астана, Республика Казахстан</p>"
                '<p>Электронная почта: <a href="mailto:info@kenes.kz">info@kenes.kz</a></p>'
                "<p>Часы работы: понедельник–пятница, 9:00–18:30 (время Астаны)</p>",
            ),
        ],
    },
    "en": {
        "title": "Contacts",
        "intro": "Write to or call the Commission's secretariat.",
        "body": [
            (
                "paragraph",
                "<p>Address: Astana, Republic of Kazakhstan</p>"
                '<p>Email: <a href="mailto:info@kenes.kz">info@kenes.kz</a></p>'
                "<p>Office hours: Monday to Friday, 9:00–18:30 (Astana time)</p>",
            ),
        ],
    },
}

NEWS_INDEX = {
    "kk": {"title": "Жаңалықтар", "intro": "Комиссия мен оның серіктестерінің жаңалықтары."},
    "ru": {"title": "Новости", "intro": "Новости Комиссии и её партнёров."},
    "en": {"title": "News", "intro": "News from the Commission and its partners."},
}

NEWS = [
    {
        "slug": "ngo-input-action-plan",
        "date": datetime.date(2011, 2, 24),
        "kk": {
            "title": "Қазақстан адам құқықтары жөніндегі іс-қимыл жоспарына ҮЕҰ пікірін сұрайды",
            "intro": "Ұлттық іс-қимыл жоспарының ұсынымдарының шамамен 40 пайызы іс жүзінде "
            "орындалды, деді Комиссия хатшысы Тастемір Әбішев.",
            "source": "Central Asia Newswire, 2011 ж. 24 ақпан",
            "body": [
                (
                    "paragraph",
                    "<p>2009 жылғы мамырда қабылданған Адам құқықтары саласындағы Ұлттық "
                    "іс-қимыл жоспары мемлекеттік саясатты қалыптастыруға және жетілдіруге "
                    "бағытталған. Жоба өз мерзімінің жартысынан асты.</p>"
                    "<p>«2011 жылғы 10 қаңтардағы жағдай бойынша Ұлттық жоспар ұсынымдарының "
                    "шамамен 40 пайызы іс жүзінде орындалды», — деді Комиссия хатшысы Тастемір "
                    "Әбішев.</p>"
                    "<p>Жоба аясында қазақ және орыс тілдерінде сандық кітапхана құрылды: онда "
                    "азаматтардың мемлекеттік органдарға шағымдары есепке алынады және адам "
                    "құқықтары туралы тегін құқықтық ақпарат беріледі. Кітапхана БҰҰ Даму "
                    "бағдарламасымен және ЮНЕСКО-мен серіктестікте іске қосылды.</p>",
                ),
            ],
        },
        "ru": {
            "title": "Казахстан просит НПО высказаться о плане действий по правам человека",
            "intro": "Около 40 процентов рекомендаций Национального плана действий выполнены на "
            "практике, сообщил секретарь Комиссии Тастемир Абишев.",
            "source": "Central Asia Newswire, 24 февраля 2011 г.",
            "body": [
                (
                    "paragraph",
                    "<p>Национальный план действий в области прав человека, принятый в мае "
                    "2009 года, направлен на формирование и совершенствование государственной "
                    "политики в этой сфере. Проект перешёл середину своего срока.</p>"
                    "<p>«По состоянию на 10 января 2011 года на практике выполнено около 40 "
                    "процентов рекомендаций Национального плана», — сказал секретарь Комиссии "
                    "Тастемир Абишев.</p>"
                    "<p>В рамках проекта создана цифровая библиотека на казахском и русском "
                    "языках: в ней учитываются обращения граждан в государственные органы и "
                    "бесплатно предоставляется правовая информация о правах человека. "
                    "Библиотека запущена в партнёрстве с ПРООН и ЮНЕСКО.</p>",
                ),
            ],
        },
        "en": {
            "title": "Kazakhstan seeks NGOs' input on human rights action plan",
            "intro": "Around 40 percent of the National Plan's recommendations have been "
            "implemented in practice, said the Commission's Secretary Tastemir Abishev.",
            "source": "Central Asia Newswire, 24 February 2011",
            "body": [
                (
                    "paragraph",
                    "<p>The National Human Rights Action Plan, adopted in May 2009, aims to "
                    "formulate and improve governmental policy in the sphere of human rights. "
                    "The project has passed the half-way mark.</p>"
                    "<p>“As of 10 January 2011, around 40 percent of the recommendations provided "
                    "in the National Plan have been implemented in practice,” said Tastemir "
                    "Abishev, Secretary of the Commission.</p>"
                    "<p>The project created a digital library in Kazakh and Russian that keeps "
                    "records of complaints filed by citizens to government bodies and gives free "
                    "legal information on human rights. It was launched in partnership with UNDP "
                    "and UNESCO.</p>",
                ),
            ],
        },
    },
    {
        "slug": "national-plan-round-table",
        "date": datetime.date(2011, 12, 9),
        "kk": {
            "title": "Ұлттық жоспар бойынша жұмыс тобы дөңгелек үстелде аралық нәтижелерді "
            "талқылады",
            "intro": "Мемлекеттік органдар, ҮЕҰ және халықаралық ұйымдар құқық қолдану "
            "тәжірибесін жетілдіру жөніндегі ұсынымдарды талқылады.",
            "source": "",
            "body": [
                (
                    "paragraph",
                    "<p>Комиссияның үйлестіруімен жұмыс істейтін жұмыс тобы Ұлттық жоспар "
                    "бойынша аралық нәтижелерді дөңгелек үстел форматында талқылады. Қарқынды "
                    "диалог жағдайды жалпы бағалауға және ұсынымдар әзірлеуге мүмкіндік "
                    "берді.</p>"
                    "<p>Қатысушылар заң жобаларын талқылауға азаматтық қоғам өкілдерін толық "
                    "тарту үшін барлық жағдай жасау қажет екенін атап өтті.</p>",
                ),
            ],
        },
        "ru": {
            "title": "Рабочая группа обсудила промежуточные итоги Национального плана за "
            "круглым столом",
            "intro": "Государственные органы, НПО и международные организации обсудили "
            "рекомендации по совершенствованию правоприменительной практики.",
            "source": "",
            "body": [
                (
                    "paragraph",
                    "<p>Рабочая группа, которую координирует Комиссия, обсудила промежуточные "
                    "результаты работы над Национальным планом в формате круглого стола. "
                    "Интенсивный диалог позволил дать общую оценку ситуации и выработать "
                    "рекомендации.</p>"
                    "<p>Участники отметили, что необходимо создать все условия для полноценного "
                    "участия представителей гражданского общества в обсуждении "
                    "законопроектов.</p>",
                ),
            ],
        },
        "en": {
            "title": "Work group discusses the National Plan's intermediate results at a round "
            "table",
            "intro": "State bodies, NGOs and international organisations discussed "
            "recommendations to improve law-enforcement practice.",
            "source": "",
            "body": [
                (
                    "paragraph",
                    "<p>The work group coordinated by the Commission discussed the intermediate "
                    "results of the National Plan in a round-table format. The intensive dialogue "
                    "allowed an overall assessment of the situation and the elaboration of "
                    "recommendations.</p>"
                    "<p>Participants noted that all conditions must be created for the full "
                    "involvement of civil society in the discussion of draft laws.</p>",
                ),
            ],
        },
    },
    {
        "slug": "report-presentation-2015",
        "date": datetime.date(2015, 10, 20),
        "kk": {
            "title": "Комиссия адам құқықтарының жағдайы туралы баяндаманы таныстырды",
            "intro": "Баяндаманы таныстыру ЕҚЫҰ-ның Астанадағы бағдарламалар офисінің "
            "қолдауымен өтті.",
            "source": "ЕҚЫҰ",
            "body": [
                (
                    "paragraph",
                    "<p>Комиссия Қазақстандағы адам құқықтарының жағдайы туралы баяндамасын "
                    "таныстырды. Баяндаманың ережелері мен ұсынымдарын талқылау өңірлерде, соның "
                    "ішінде Шымкенттегі оқыту семинарында жалғасады.</p>",
                ),
            ],
        },
        "ru": {
            "title": "Комиссия представила доклад о положении с правами человека",
            "intro": "Презентация доклада прошла при поддержке Программного офиса ОБСЕ в Астане.",
            "source": "ОБСЕ",
            "body": [
                (
                    "paragraph",
                    "<p>Комиссия представила доклад о положении с правами человека в Казахстане. "
                    "Обсуждение положений и рекомендаций доклада продолжится в регионах, в том "
                    "числе на обучающем семинаре в Шымкенте.</p>",
                ),
            ],
        },
        "en": {
            "title": "Commission presents its report on the human rights situation",
            "intro": "The presentation was supported by the OSCE Programme Office in Astana.",
            "source": "OSCE",
            "body": [
                (
                    "paragraph",
                    "<p>The Commission presented its report on the human rights situation in "
                    "Kazakhstan. The discussion of the report's provisions and recommendations "
                    "continues in the regions, including at a training seminar in Shymkent.</p>",
                ),
            ],
        },
    },
    {
        "slug": "shymkent-training-seminar-2015",
        "date": datetime.date(2015, 10, 30),
        "kk": {
            "title": "ЕҚЫҰ Шымкенттегі адам құқықтарын қорғау жөніндегі оқыту семинарын қолдады",
            "intro": "Үш күндік семинарға әкімдіктердің, соттардың, прокуратураның, құқық "
            "қорғау органдарының және азаматтық қоғамның 150-ге жуық өкілі қатысты.",
            "source": "ЕҚЫҰ-ның Астанадағы бағдарламалар офисі",
            "body": [
                (
                    "paragraph",
                    "<p>Семинарды Президент жанындағы Адам құқықтары жөніндегі комиссия ЕҚЫҰ-ның "
                    "Астанадағы бағдарламалар офисінің қолдауымен ұйымдастырды. Мақсаты — "
                    "жергілікті органдарға адам құқықтарын қорғаудың ұлттық және халықаралық "
                    "тетіктерін тиімдірек пайдалануға көмектесу.</p>"
                    "<p>Қатысушылар еңбек және әлеуметтік қақтығыстарды шешу тетіктерін, "
                    "әлеуметтік әріптестікті және БҰҰ комитеттерінің жеке шағымдарды қарау "
                    "тәртібін талқылады. Сот жүйесінің рөліне және әкімшілік, қылмыстық және "
                    "қылмыстық-атқару заңнамасындағы жаңалықтарға ерекше назар аударылды.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "Бұл семинар баяндаманың ережелері мен ұсынымдарын жергілікті "
                        "деңгейде талқылауды жалғастыруға алаң береді.",
                        "attribution": "Сара Бонотти, ЕҚЫҰ бағдарламалар офисі",
                    },
                ),
            ],
        },
        "ru": {
            "title": "ОБСЕ поддержала обучающий семинар по защите прав человека в Шымкенте",
            "intro": "В трёхдневном семинаре участвовали около 150 представителей акиматов, "
            "судов, прокуратуры, правоохранительных органов и гражданского общества.",
            "source": "Программный офис ОБСЕ в Астане",
            "body": [
                (
                    "paragraph",
                    "<p>Семинар организовала Комиссия по правам человека при Президенте при "
                    "поддержке Программного офиса ОБСЕ в Астане. Его цель — помочь местным "
                    "органам эффективнее использовать национальные и международные механизмы "
                    "защиты прав человека.</p>"
                    "<p>Участники обсудили механизмы разрешения трудовых и социальных "
                    "конфликтов, социальное партнёрство и порядок рассмотрения индивидуальных "
                    "жалоб комитетами ООН. Особое внимание уделено роли судебной системы и "
                    "новеллам административного, уголовного и уголовно-исполнительного "
                    "законодательства.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "Этот семинар даёт площадку для продолжения обсуждения положений "
                        "и рекомендаций доклада Комиссии на местном уровне.",
                        "attribution": "Сара Бонотти, Программный офис ОБСЕ",
                    },
                ),
            ],
        },
        "en": {
            "title": "OSCE supports training seminar on human rights protection in Shymkent",
            "intro": "Some 150 representatives of akimats, courts, prosecutors, law enforcement "
            "and civil society took part in the three-day seminar.",
            "source": "OSCE Programme Office in Astana",
            "body": [
                (
                    "paragraph",
                    "<p>The seminar was organised by the Human Rights Commission under the "
                    "President with the support of the OSCE Programme Office in Astana, to help "
                    "local bodies use national and international human rights protection "
                    "mechanisms more effectively.</p>"
                    "<p>Participants discussed mechanisms for resolving labour and social "
                    "conflicts, social partnership and the consideration of individual "
                    "complaints by UN Committees. A particular focus was placed on the role of "
                    "the judicial system and novelties in administrative, criminal and criminal "
                    "executive legislation.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "This seminar offers a platform for continuing the discussion on "
                        "provisions and recommendations of the Commission's Report at the local "
                        "level.",
                        "attribution": "Sara Bonotti, OSCE Programme Office",
                    },
                ),
            ],
        },
    },
]

FOOTER = {
    "kk": "<p><b>Қазақстан Республикасы Президенті жанындағы Адам құқықтары жөніндегі "
    'комиссия</b></p><p>Астана қ. · <a href="mailto:info@kenes.kz">info@kenes.kz</a></p>'
    "<p>Бұл — демонстрациялық мазмұн.</p>",
    "ru": "<p><b>Комиссия по правам человека при Президенте Республики Казахстан</b></p>"
    '<p>г. Астана · <a href="mailto:info@kenes.kz">info@kenes.kz</a></p>'
    "<p>Это демонстрационное содержимое.</p>",
    "en": "<p><b>Human Rights Commission under the President of the Republic of "
    'Kazakhstan</b></p><p>Astana · <a href="mailto:info@kenes.kz">info@kenes.kz</a></p>'
    "<p>This is demo content.</p>",
}

# Demo accounts: (email, full name, preferred language, role). One password for all of them,
# printed by the command and listed in the README.
DEMO_PASSWORD = "kenes-demo-2026"  # noqa: S105 - a published demo password, by design
USERS = [
    ("admin@kenes.kz", "Айгүл Омарова", "kk", "administrator"),
    ("editor@kenes.kz", "Данияр Сапаров", "ru", "editor"),
    ("moderator@kenes.kz", "Мария Ким", "ru", "moderator"),
    ("events@kenes.kz", "Ерлан Жақсылықов", "kk", "event manager"),
    ("ngo@kenes.kz", "Гүлнар Әбенова", "kk", "NGO member"),
    ("ngo2@kenes.kz", "Sergey Ivanov", "en", "NGO member"),
]
ROLE_GROUPS = {"editor": "Editors", "moderator": "Moderators", "event manager": "Event managers"}

# Organisations: fictional Kazakh NGOs with BINs that pass the checksum, and the commission's
# international partners from the seed articles. (kind, status, region, focus areas, names,
# BIN, email, website, description, members as (email, role)).
ORGANISATIONS = [
    {
        "kind": "ngo",
        "status": "verified",
        "region": "almaty-city",
        "focus": ["justice", "detention"],
        "name_kk": "«Құқықтық көмек» қоғамдық қоры",
        "name_ru": "Общественный фонд «Правовая помощь»",
        "name_en": "Legal Aid Public Foundation",
        "bin": "030540001239",
        "email": "office@legalaid.example.kz",
        "description": "Тегін заң кеңесі және сотта қорғау. Бесплатные юридические "
        "консультации и защита в суде.",
        "members": [("ngo@kenes.kz", "representative")],
    },
    {
        "kind": "ngo",
        "status": "verified",
        "region": "shymkent",
        "focus": ["disability", "labour"],
        "name_kk": "«Тең мүмкіндік» қоғамдық бірлестігі",
        "name_ru": "Общественное объединение «Равные возможности»",
        "name_en": "Equal Opportunities Public Association",
        "bin": "051140004582",
        "email": "info@equal.example.kz",
        "description": "Мүгедектігі бар адамдардың еңбек құқықтары. Трудовые права людей с "
        "инвалидностью.",
        "members": [("ngo2@kenes.kz", "member")],
    },
    {
        "kind": "ngo",
        "status": "verified",
        "region": "astana",
        "focus": ["children", "education"],
        "name_kk": "«Балалар құқығы» қауымдастығы",
        "name_ru": "Ассоциация «Права детей»",
        "name_en": "Children's Rights Association",
        "bin": "080940002171",
        "email": "hello@childrights.example.kz",
        "description": "Балалар құқықтарын қорғау және мектептерде құқықтық білім беру.",
        "members": [],
    },
    {
        "kind": "ngo",
        "status": "verified",
        "region": "karaganda",
        "focus": ["labour"],
        "name_kk": "«Еңбек және әділдік» орталығы",
        "name_ru": "Центр «Труд и справедливость»",
        "name_en": "",
        "bin": "120340003366",
        "email": "centre@labour.example.kz",
        "description": "Еңбек дауларында жұмысшыларға көмек. Помощь работникам в трудовых спорах.",
        "members": [],
    },
    {
        "kind": "ngo",
        "status": "verified",
        "region": "almaty",
        "focus": ["migration"],
        "name_kk": "«Көші-қон және құқық» қоғамдық қоры",
        "name_ru": "Общественный фонд «Миграция и право»",
        "name_en": "Migration and Law Foundation",
        "bin": "150740005194",
        "email": "fund@migration.example.kz",
        "description": "Көшіп-қонушылар мен босқындарға заң көмегі.",
        "members": [],
    },
    {
        "kind": "ngo",
        "status": "pending",
        "region": "turkistan",
        "focus": ["education"],
        "name_kk": "«Жас заңгерлер» клубы",
        "name_ru": "Клуб «Молодые юристы»",
        "name_en": "",
        "bin": "191040006048",
        "email": "club@younglawyers.example.kz",
        "description": "Студенттерге арналған құқықтық білім беру жобалары.",
        "members": [],
    },
    {
        "kind": "ngo",
        "status": "pending",
        "region": "pavlodar",
        "focus": ["environment"],
        "name_kk": "«Таза орта» экологиялық қозғалысы",
        "name_ru": "Экологическое движение «Чистая среда»",
        "name_en": "Clean Environment Movement",
        "bin": "210240007770",
        "email": "eco@cleanenv.example.kz",
        "description": "Экологиялық құқықтар және қоғамдық мониторинг.",
        "members": [],
    },
] + [
    {
        "kind": "international",
        "status": "verified",
        "region": "astana",
        "focus": focus,
        "name_kk": kk,
        "name_ru": ru,
        "name_en": en,
        "bin": None,
        "email": email,
        "description": "",
        "members": [],
    }
    for kk, ru, en, email, focus in [
        (
            "БҰҰ Даму бағдарламасы Қазақстанда",
            "Программа развития ООН в Казахстане",
            "UNDP in Kazakhstan",
            "registry.kz@undp.example.org",
            ["education"],
        ),
        (
            "ЕҚЫҰ-ның Астанадағы бағдарламалар офисі",
            "Офис программ ОБСЕ в Астане",
            "OSCE Programme Office in Astana",
            "po-astana@osce.example.org",
            ["justice"],
        ),
        (
            "ЮНИСЕФ Қазақстанда",
            "ЮНИСЕФ в Казахстане",
            "UNICEF Kazakhstan",
            "almaty@unicef.example.org",
            ["children"],
        ),
        (
            "БҰҰ Босқындар ісі жөніндегі жоғарғы комиссарының басқармасы",
            "Управление Верховного комиссара ООН по делам беженцев",
            "UNHCR",
            "kazal@unhcr.example.org",
            ["migration"],
        ),
        (
            "Халықаралық көші-қон ұйымы",
            "Международная организация по миграции",
            "International Organization for Migration (IOM)",
            "iomastana@iom.example.org",
            ["migration"],
        ),
        (
            "Еуропалық Одақтың Қазақстандағы өкілдігі",
            "Представительство Европейского союза в Казахстане",
            "Delegation of the European Union to Kazakhstan",
            "delegation-kazakhstan@eeas.example.eu",
            ["justice", "expression"],
        ),
    ]
]
