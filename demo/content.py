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

# Recent news, dated `day` days before the demo is loaded, in front of the seed articles
# (which keep their real dates). `{consultation_closes}` and `{<event slug>}` are replaced by
# those dates as the demo sets them, in the news item's language.
RECENT_NEWS = [
    {
        "slug": "public-councils-draft-open",
        "day": -5,
        "kk": {
            "title": "«Қоғамдық кеңестер туралы» заң жобасы талқылауға шығарылды",
            "intro": "Мүшелігі расталған ұйымдар жобаның әр бабына пікір жаза алады; пікір "
            "қабылдаудың соңғы күні — {consultation_closes}.",
            "source": "",
            "body": [
                (
                    "paragraph",
                    "<p>Қазақстан Республикасы Ақпарат және қоғамдық даму министрлігі «Қоғамдық "
                    "кеңестер туралы» Заңға өзгерістер енгізу туралы заң жобасын қоғамдық "
                    "талқылауға шығарды. Жоба бойынша қоғамдық кеңес мүшелерінің кемінде үштен "
                    "екісі — ҮЕҰ өкілдері мен азаматтар, төраға мемлекеттік органнан болмайды, "
                    "ал отырыстар ашық өтеді.</p>"
                    "<p>Пікірлер Кеңес платформасында бап бойынша қабылданады. Комиссия әр "
                    "пікірді модерациядан кейін жариялап, әрқайсысына жауап береді; талқылау "
                    "аяқталған соң пікірлер мен жауаптар кестесі жарияланады.</p>",
                ),
            ],
        },
        "ru": {
            "title": "Проект закона «Об общественных советах» вынесен на обсуждение",
            "intro": "Члены проверенных организаций могут комментировать каждую статью проекта "
            "до {consultation_closes}.",
            "source": "",
            "body": [
                (
                    "paragraph",
                    "<p>Министерство информации и общественного развития Республики Казахстан "
                    "вынесло на общественное обсуждение проект закона о внесении изменений в "
                    "Закон «Об общественных советах». По проекту не менее двух третей членов "
                    "общественного совета — представители НПО и граждане, председатель не может "
                    "быть из государственного органа, а заседания проводятся открыто.</p>"
                    "<p>Замечания принимаются на платформе Кенес постатейно. Комиссия публикует "
                    "каждое замечание после модерации и отвечает на каждое; после завершения "
                    "обсуждения публикуется таблица замечаний и ответов.</p>",
                ),
            ],
        },
        "en": {
            "title": "Draft amendments to the Law on Public Councils open for comment",
            "intro": "Members of verified organisations can comment on each article of the "
            "draft until {consultation_closes}.",
            "source": "",
            "body": [
                (
                    "paragraph",
                    "<p>The Ministry of Information and Social Development of the Republic of "
                    "Kazakhstan has published draft amendments to the Law on Public Councils for "
                    "public consultation. Under the draft, at least two thirds of a public "
                    "council's members come from NGOs and the public, the chair may not come "
                    "from the state body, and meetings are open.</p>"
                    "<p>Comments are taken on Kenes, article by article. The commission "
                    "publishes every comment after moderation and answers each one; when the "
                    "consultation closes, the table of comments and responses is published.</p>",
                ),
            ],
        },
    },
    {
        "slug": "december-events-announced",
        "day": -3,
        "kk": {
            "title": "Желтоқсанда: ҮЕҰ-ға арналған вебинар және екі дөңгелек үстел",
            "intro": "Тіркелу ашық: вебинар — {webinar-commenting-on-draft-laws}, дөңгелек "
            "үстелдер — {labour-disputes-round-table} және {childrens-rights-round-table}.",
            "source": "",
            "body": [
                (
                    "paragraph",
                    "<p>{webinar-commenting-on-draft-laws} күні Комиссия ҮЕҰ өкілдеріне арналған "
                    "вебинар өткізеді: талқылауға шығарылған жобаны қалай табу, бап бойынша "
                    "пікір жазу және Комиссияның жауабын қадағалау.</p>"
                    "<p>{labour-disputes-round-table} күні Қарағанды облысында еңбек дауларын "
                    "сотқа дейін шешу тәжірибесі, {childrens-rights-round-table} күні Астанада "
                    "мектептегі "
                    "бала құқықтары талқыланады. Орын саны шектеулі: орын толса, тіркелген адам "
                    "күту тізіміне енгізіледі.</p>",
                ),
            ],
        },
        "ru": {
            "title": "В декабре: вебинар для НПО и два круглых стола",
            "intro": "Регистрация открыта: вебинар — {webinar-commenting-on-draft-laws}, круглые "
            "столы — {labour-disputes-round-table} и {childrens-rights-round-table}.",
            "source": "",
            "body": [
                (
                    "paragraph",
                    "<p>{webinar-commenting-on-draft-laws} Комиссия проводит вебинар для "
                    "представителей НПО: как найти проект, вынесенный на обсуждение, "
                    "прокомментировать его постатейно и следить за ответом Комиссии.</p>"
                    "<p>{labour-disputes-round-table} в Карагандинской области обсуждается "
                    "практика досудебного разрешения трудовых споров, "
                    "{childrens-rights-round-table} в Астане — права ребёнка в школе. Число мест "
                    "ограничено: когда места заняты, регистрация ставит в лист ожидания.</p>",
                ),
            ],
        },
        "en": {
            "title": "In December: a webinar for NGOs and two round tables",
            "intro": "Registration is open: the webinar on {webinar-commenting-on-draft-laws}, "
            "the round tables on {labour-disputes-round-table} and "
            "{childrens-rights-round-table}.",
            "source": "",
            "body": [
                (
                    "paragraph",
                    "<p>On {webinar-commenting-on-draft-laws} the commission holds a webinar "
                    "for NGO representatives: how to find a draft open for consultation, comment "
                    "on it article by article and follow the commission's response.</p>"
                    "<p>On {labour-disputes-round-table} a round table in Karaganda region "
                    "discusses settling labour disputes before court, and on "
                    "{childrens-rights-round-table} one in Astana discusses children's rights "
                    "at school. Seats are limited: once they are taken, registering puts you on "
                    "the waiting list.</p>",
                ),
            ],
        },
    },
]

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
    ("plan@kenes.kz", "Әсел Нұрланова", "kk", "plan secretariat"),
    ("ngo@kenes.kz", "Гүлнар Әбенова", "kk", "NGO representative"),
    ("ngo2@kenes.kz", "Sergey Ivanov", "en", "NGO member"),
]
ROLE_GROUPS = {
    "editor": "Editors",
    "moderator": "Moderators",
    "event manager": "Event managers",
    "plan secretariat": "Action plan secretariat",
}

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

# Events -------------------------------------------------------------------------------------

EVENT_INDEX = {
    "kk": {
        "title": "Іс-шаралар",
        "intro": "Комиссияның дөңгелек үстелдері, оқыту семинарлары, конференциялары мен "
        "вебинарлары. Тексерілген ұйымдардың мүшелері сайтта тіркеле алады.",
    },
    "ru": {
        "title": "Мероприятия",
        "intro": "Круглые столы, обучающие семинары, конференции и вебинары Комиссии. Члены "
        "проверенных организаций могут зарегистрироваться на сайте.",
    },
    "en": {
        "title": "Events",
        "intro": "Round tables, training seminars, conferences and webinars of the Commission. "
        "Members of verified organisations can register on the site.",
    },
}

# People who register for the demo events: (email, full name, preferred language, the
# organisation they are a member of, by its Russian name). Same password as the demo accounts.
PARTICIPANTS = [
    (
        "a.seitkali@legalaid.example.kz",
        "Әсел Сейітқали",
        "kk",
        "Общественный фонд «Правовая помощь»",
    ),
    ("d.pak@legalaid.example.kz", "Дмитрий Пак", "ru", "Общественный фонд «Правовая помощь»"),
    (
        "n.beketov@legalaid.example.kz",
        "Нұрлан Бекетов",
        "kk",
        "Общественный фонд «Правовая помощь»",
    ),
    (
        "zh.tulegenova@equal.example.kz",
        "Жанар Төлегенова",
        "kk",
        "Общественное объединение «Равные возможности»",
    ),
    ("o.li@equal.example.kz", "Ольга Ли", "ru", "Общественное объединение «Равные возможности»"),
    (
        "b.abdrakhmanov@equal.example.kz",
        "Бауыржан Абдрахманов",
        "kk",
        "Общественное объединение «Равные возможности»",
    ),
    ("m.akhmetova@childrights.example.kz", "Мадина Ахметова", "kk", "Ассоциация «Права детей»"),
    ("i.petrova@childrights.example.kz", "Ирина Петрова", "ru", "Ассоциация «Права детей»"),
    ("s.kuanyshev@labour.example.kz", "Серік Қуанышев", "kk", "Центр «Труд и справедливость»"),
    ("v.morozov@labour.example.kz", "Виктор Морозов", "ru", "Центр «Труд и справедливость»"),
    (
        "a.nurgaliyeva@migration.example.kz",
        "Айжан Нұрғалиева",
        "kk",
        "Общественный фонд «Миграция и право»",
    ),
    (
        "r.karimov@migration.example.kz",
        "Рустам Каримов",
        "ru",
        "Общественный фонд «Миграция и право»",
    ),
]

# Names used in the agendas, in each language.
_COMMISSION = {
    "kk": "Комиссия хатшылығы",
    "ru": "Секретариат Комиссии",
    "en": "Secretariat of the Commission",
}
_OSCE = {
    "kk": "ЕҚЫҰ-ның Астанадағы бағдарламалар офисі",
    "ru": "Программный офис ОБСЕ в Астане",
    "en": "OSCE Programme Office in Astana",
}


def _speakers(*names):
    return {code: "; ".join(name[code] for name in names) for code in ("kk", "ru", "en")}


def _item(start, end, titles, speakers=None):
    """An agenda item: times in Almaty time, the title (and speakers) in each language."""
    return {"start": start, "end": end, "title": titles, "speakers": speakers or {}}


def _day(offset, titles):
    """A day heading in a multi-day agenda: `offset` days after the event's first day."""
    return {"day": offset, "title": titles}


def _t(kk, ru, en):
    return {"kk": kk, "ru": ru, "en": en}


# The demo events. Dates are relative to the day `seed_demo` runs, so the demo always has
# upcoming events: `day` is the first day counted from today (negative: in the past), `days`
# how many days it lasts, `times` when it starts on the first day and ends on the last (Almaty
# time). Organisations are named by their Russian name. `registrations` are (email, status) or
# (email, status, answers to the questions, in order); see `seed_demo` for how they are made.
# Special cases the demo shows: the labour round table is full, the children's rights round
# table has a waiting list, the migration round table is cancelled.
EVENTS = [
    {
        "slug": "shymkent-training-seminar",
        "kind": "seminar",
        "day": -40,
        "days": 3,
        "times": ("10:00", "17:00"),
        "region": "shymkent",
        "capacity": 150,
        "seats_per_organisation": 2,
        "training_hours": 24,
        "languages": ["kk", "ru"],
        "organisers": ["Общественное объединение «Равные возможности»"],
        "partners": ["Офис программ ОБСЕ в Астане"],
        "registrations": [
            ("ngo@kenes.kz", "attended"),
            ("a.seitkali@legalaid.example.kz", "attended"),
            ("ngo2@kenes.kz", "attended"),
            ("zh.tulegenova@equal.example.kz", "attended"),
            ("m.akhmetova@childrights.example.kz", "attended"),
            ("i.petrova@childrights.example.kz", "confirmed"),  # did not come
            ("s.kuanyshev@labour.example.kz", "attended"),
            ("v.morozov@labour.example.kz", "attended"),
            ("a.nurgaliyeva@migration.example.kz", "attended"),
            ("r.karimov@migration.example.kz", "cancelled"),
        ],
        "agenda": [
            _day(
                0,
                _t(
                    "Бірінші күн: ұлттық және халықаралық тетіктер",
                    "День первый: национальные и международные механизмы",
                    "Day one: national and international mechanisms",
                ),
            ),
            _item(
                "10:00",
                "10:30",
                _t("Семинардың ашылуы", "Открытие семинара", "Opening of the seminar"),
                _speakers(_COMMISSION, _OSCE),
            ),
            _item(
                "10:30",
                "13:00",
                _t(
                    "Адам құқықтарын қорғаудың ұлттық институттары",
                    "Национальные институты защиты прав человека",
                    "National human rights institutions",
                ),
            ),
            _item(
                "14:00",
                "17:00",
                _t(
                    "БҰҰ комитеттерінің жеке шағымдарды қарауы",
                    "Рассмотрение индивидуальных жалоб комитетами ООН",
                    "Individual complaints to UN Committees",
                ),
                _speakers(_OSCE),
            ),
            _day(
                1,
                _t(
                    "Екінші күн: еңбек және әлеуметтік құқықтар",
                    "День второй: трудовые и социальные права",
                    "Day two: labour and social rights",
                ),
            ),
            _item(
                "10:00",
                "13:00",
                _t(
                    "Еңбек және әлеуметтік қақтығыстарды шешу тетіктері",
                    "Механизмы разрешения трудовых и социальных конфликтов",
                    "Mechanisms for resolving labour and social conflicts",
                ),
            ),
            _item(
                "14:00",
                "17:00",
                _t(
                    "Әлеуметтік әріптестік және кәсіподақтардың рөлі",
                    "Социальное партнёрство и роль профсоюзов",
                    "Social partnership and the role of trade unions",
                ),
            ),
            _day(
                2,
                _t(
                    "Үшінші күн: сот жүйесі",
                    "День третий: судебная система",
                    "Day three: the judicial system",
                ),
            ),
            _item(
                "10:00",
                "13:00",
                _t(
                    "Жеке адамның құқықтары мен бостандықтарын қорғаудағы соттың рөлі",
                    "Роль суда в защите прав и свобод личности",
                    "The role of the courts in protecting individual rights and freedoms",
                ),
            ),
            _item(
                "14:00",
                "16:00",
                _t(
                    "Әкімшілік, қылмыстық және қылмыстық-атқару заңнамасындағы жаңалықтар",
                    "Новеллы административного, уголовного и уголовно-исполнительного "
                    "законодательства",
                    "Novelties in administrative, criminal and criminal executive legislation",
                ),
            ),
            _item(
                "16:00",
                "17:00",
                _t(
                    "Қорытынды және сертификаттарды табыстау",
                    "Итоги и вручение сертификатов",
                    "Conclusions and certificates",
                ),
                _speakers(_COMMISSION),
            ),
        ],
        "kk": {
            "title": "Адам құқықтарын қорғау тетіктері жөніндегі оқыту семинары (Шымкент)",
            "intro": "Әкімдіктердің, соттардың, прокуратураның, құқық қорғау органдарының және "
            "азаматтық қоғамның 150-ге жуық өкіліне арналған үш күндік семинар.",
            "description": "<p>Семинарды Комиссия ЕҚЫҰ-ның Астанадағы бағдарламалар офисінің "
            "қолдауымен өткізеді. Қатысушылар адам құқықтарын қорғаудың ұлттық және халықаралық "
            "тетіктерін, еңбек және әлеуметтік қақтығыстарды шешу жолдарын, БҰҰ комитеттерінің "
            "жеке шағымдарды қарау тәртібін талқылайды.</p>"
            "<p>Семинар Комиссияның адам құқықтарының жағдайы туралы баяндамасын өңірлерде "
            "талқылауды жалғастырады. Семинарға толық қатысқандарға 24 академиялық сағатқа "
            "қатысу сертификаты беріледі.</p>",
            "venue": "«Шымкент» қонақүйі, мәжіліс залы",
            "address": "Тәуке хан даңғылы, 6, Шымкент",
            "practical_info": "Тіркеу күн сайын 9:30-да басталады; жеке басты куәландыратын "
            "құжатты алып жүріңіз. Сұрақтар бойынша: info@kenes.kz.",
        },
        "ru": {
            "title": "Обучающий семинар по механизмам защиты прав человека (Шымкент)",
            "intro": "Трёхдневный семинар для около 150 представителей акиматов, судов, "
            "прокуратуры, правоохранительных органов и гражданского общества.",
            "description": "<p>Семинар проводит Комиссия при поддержке Программного офиса ОБСЕ "
            "в Астане. Участники обсуждают национальные и международные механизмы защиты прав "
            "человека, разрешение трудовых и социальных конфликтов и порядок рассмотрения "
            "индивидуальных жалоб комитетами ООН.</p>"
            "<p>Семинар продолжает обсуждение доклада Комиссии о положении с правами человека в "
            "регионах. Участники, прошедшие семинар полностью, получают сертификат на 24 "
            "академических часа.</p>",
            "venue": "Гостиница «Шымкент», конференц-зал",
            "address": "проспект Тауке хана, 6, Шымкент",
            "practical_info": "Регистрация каждый день с 9:30; возьмите с собой удостоверение "
            "личности. Вопросы: info@kenes.kz.",
        },
        "en": {
            "title": "Training seminar on human rights protection mechanisms (Shymkent)",
            "intro": "A three-day seminar for some 150 representatives of akimats, courts, "
            "prosecutors, law enforcement and civil society.",
            "description": "<p>The Commission holds the seminar with the support of the OSCE "
            "Programme Office in Astana. Participants discuss national and international human "
            "rights protection mechanisms, the resolution of labour and social conflicts and how "
            "UN Committees consider individual complaints.</p>"
            "<p>The seminar continues the discussion of the Commission's report on the human "
            "rights situation in the regions. Those who attend the whole seminar receive a "
            "certificate for 24 academic hours.</p>",
            "venue": "Hotel Shymkent, conference hall",
            "address": "6 Tauke Khan Avenue, Shymkent",
            "practical_info": "Registration opens at 9:30 each day; bring an identity document. "
            "Questions: info@kenes.kz.",
        },
    },
    {
        "slug": "national-plan-round-table",
        "kind": "round-table",
        "day": -75,
        "times": ("10:00", "13:00"),
        "region": "astana",
        "capacity": 40,
        "languages": ["kk", "ru"],
        "organisers": [],
        "partners": ["Программа развития ООН в Казахстане"],
        "registrations": [
            ("ngo@kenes.kz", "attended"),
            ("d.pak@legalaid.example.kz", "attended"),
            ("o.li@equal.example.kz", "attended"),
            ("m.akhmetova@childrights.example.kz", "attended"),
            ("s.kuanyshev@labour.example.kz", "attended"),
            ("r.karimov@migration.example.kz", "attended"),
        ],
        "agenda": [
            _item(
                "10:00",
                "10:20",
                _t("Ашылу сөзі", "Вступительное слово", "Opening remarks"),
                _speakers(
                    _COMMISSION,
                    _t("БҰҰ Даму бағдарламасы", "ПРООН", "UNDP"),
                ),
            ),
            _item(
                "10:20",
                "11:30",
                _t(
                    "Жоспар ұсынымдарының орындалуы: аралық нәтижелер",
                    "Выполнение рекомендаций плана: промежуточные итоги",
                    "Implementation of the plan's recommendations: intermediate results",
                ),
                _speakers(_COMMISSION),
            ),
            _item(
                "11:30",
                "12:45",
                _t(
                    "Өңірлердегі ҮЕҰ: деректер мен ұсыныстар",
                    "НПО из регионов: данные и предложения",
                    "NGOs from the regions: data and proposals",
                ),
            ),
            _item(
                "12:45",
                "13:00",
                _t("Ұсынымдарды қабылдау", "Принятие рекомендаций", "Adopting recommendations"),
            ),
        ],
        "kk": {
            "title": "Адам құқықтары саласындағы Ұлттық іс-қимыл жоспары: ҮЕҰ-мен дөңгелек үстел",
            "intro": "Мемлекеттік органдар, ҮЕҰ және халықаралық ұйымдар жоспардың аралық "
            "нәтижелерін және құқық қолдану тәжірибесін жетілдіру жөніндегі ұсынымдарды "
            "талқылайды.",
            "description": "<p>Комиссияның үйлестіруімен жұмыс істейтін жұмыс тобы жоспар "
            "ұсынымдарының орындалуын бағалайды. ҮЕҰ өз өңірлеріндегі деректерді ұсынады: бұл "
            "Комиссияға ел бойынша жағдайды бағалауға көмектеседі.</p>"
            "<p>Қорытындысы бойынша заң жобаларын талқылауға азаматтық қоғамды тарту жөніндегі "
            "ұсынымдар дайындалады.</p>",
            "venue": "Комиссия хатшылығы, мәжіліс залы",
            "address": "Астана қ.",
            "practical_info": "Кіру қатысушылар тізімі бойынша, жеке куәлікпен. Сұрақтар: "
            "info@kenes.kz.",
        },
        "ru": {
            "title": "Национальный план действий в области прав человека: круглый стол с НПО",
            "intro": "Государственные органы, НПО и международные организации обсуждают "
            "промежуточные итоги плана и рекомендации по совершенствованию "
            "правоприменительной практики.",
            "description": "<p>Рабочая группа под координацией Комиссии оценивает выполнение "
            "рекомендаций плана. НПО представляют данные из своих регионов: они помогают "
            "Комиссии оценить положение по всей стране.</p>"
            "<p>По итогам готовятся рекомендации об участии гражданского общества в обсуждении "
            "законопроектов.</p>",
            "venue": "Секретариат Комиссии, зал заседаний",
            "address": "г. Астана",
            "practical_info": "Вход по списку участников, с удостоверением личности. Вопросы: "
            "info@kenes.kz.",
        },
        "en": {
            "title": "The National Human Rights Action Plan: a round table with NGOs",
            "intro": "State bodies, NGOs and international organisations discuss the plan's "
            "intermediate results and recommendations to improve law-enforcement practice.",
            "description": "<p>The work group coordinated by the Commission assesses how the "
            "plan's recommendations are implemented. NGOs bring data from their regions, which "
            "helps the Commission assess the situation nationwide.</p>"
            "<p>The round table ends with recommendations on involving civil society in the "
            "discussion of draft laws.</p>",
            "venue": "Secretariat of the Commission, meeting room",
            "address": "Astana",
            "practical_info": "Entry by the list of participants, with an identity document. "
            "Questions: info@kenes.kz.",
        },
    },
    {
        "slug": "webinar-commenting-on-draft-laws",
        "kind": "webinar",
        "day": 6,
        "times": ("15:00", "16:30"),
        "region": None,
        "is_online": True,
        "join_url": "https://meet.example.org/kenes-draft-laws",
        "access": "signed-in",
        "capacity": 300,
        "languages": ["kk", "ru"],
        "organisers": [],
        "partners": ["Программа развития ООН в Казахстане"],
        "registrations": [
            ("ngo2@kenes.kz", "confirmed"),
            ("o.li@equal.example.kz", "confirmed"),
            ("b.abdrakhmanov@equal.example.kz", "confirmed"),
            ("d.pak@legalaid.example.kz", "confirmed"),
            ("a.nurgaliyeva@migration.example.kz", "confirmed"),
        ],
        "agenda": [
            _item(
                "15:00",
                "15:10",
                _t("Кіріспе", "Вступление", "Introduction"),
                _speakers(_COMMISSION),
            ),
            _item(
                "15:10",
                "16:00",
                _t(
                    "Жобаны талқылау: қадам-қадаммен",
                    "Обсуждение проекта шаг за шагом",
                    "A consultation, step by step",
                ),
                _speakers(_COMMISSION),
            ),
            _item(
                "16:00",
                "16:30",
                _t("Сұрақтар мен жауаптар", "Вопросы и ответы", "Questions and answers"),
            ),
        ],
        "kk": {
            "title": "Вебинар: заң жобаларына Кеңес арқылы пікір жазу",
            "intro": "ҮЕҰ өкілдеріне арналған практикалық сабақ: талқылауға шығарылған жобаны "
            "қалай табу, бап бойынша пікір жазу және Комиссияның жауабын қадағалау.",
            "description": "<p>Комиссия азаматтық қоғамды адам құқықтарына қатысты заң "
            "жобаларын талқылауға тартуы тиіс. Вебинарда Кеңес платформасындағы талқылаудың "
            "барлық кезеңін көрсетеміз: жобаның мәтіні, баптар бойынша пікірлер, модерация және "
            "ресми жауаптар.</p>"
            "<p>Сұрақтарыңызды чатта қоюға болады. Вебинардың жазбасы кітапханада "
            "жарияланады.</p>",
            "venue": "",
            "address": "",
            "practical_info": "Сілтеме басталудан 15 минут бұрын ашылады. Микрофонды өшіріп "
            "қосылыңыз.",
        },
        "ru": {
            "title": "Вебинар: как комментировать законопроекты на Кенесе",
            "intro": "Практическое занятие для представителей НПО: как найти проект, вынесенный "
            "на обсуждение, прокомментировать его постатейно и следить за ответом Комиссии.",
            "description": "<p>Комиссия должна вовлекать гражданское общество в обсуждение "
            "законопроектов, затрагивающих права человека. На вебинаре покажем весь путь "
            "обсуждения на платформе Кенес: текст проекта, комментарии к статьям, модерацию и "
            "официальные ответы.</p>"
            "<p>Вопросы можно задавать в чате. Запись вебинара будет опубликована в "
            "библиотеке.</p>",
            "venue": "",
            "address": "",
            "practical_info": "Ссылка открывается за 15 минут до начала. Подключайтесь с "
            "выключенным микрофоном.",
        },
        "en": {
            "title": "Webinar: how to comment on draft laws on Kenes",
            "intro": "A practical session for NGO staff: finding a draft open for comment, "
            "commenting article by article and following the Commission's response.",
            "description": "<p>The Commission must involve civil society in the discussion of "
            "draft laws that touch human rights. The webinar walks through a whole consultation "
            "on Kenes: the draft's text, comments on articles, moderation and official "
            "responses.</p>"
            "<p>Ask your questions in the chat. The recording will be published in the "
            "library.</p>",
            "venue": "",
            "address": "",
            "practical_info": "The link opens 15 minutes before the start. Join with your "
            "microphone muted.",
        },
    },
    {
        # Full: every seat is confirmed, nobody waits yet.
        "slug": "labour-disputes-round-table",
        "kind": "round-table",
        "day": 10,
        "times": ("10:00", "13:00"),
        "region": "karaganda",
        "capacity": 6,
        "languages": ["kk", "ru"],
        "organisers": ["Центр «Труд и справедливость»"],
        "partners": [],
        "registrations": [
            ("s.kuanyshev@labour.example.kz", "confirmed"),
            ("v.morozov@labour.example.kz", "confirmed"),
            ("ngo@kenes.kz", "confirmed"),
            ("zh.tulegenova@equal.example.kz", "confirmed"),
            ("b.abdrakhmanov@equal.example.kz", "confirmed"),
            ("d.pak@legalaid.example.kz", "confirmed"),
        ],
        "agenda": [
            _item("10:00", "10:15", _t("Кіріспе", "Вступление", "Introduction")),
            _item(
                "10:15",
                "11:30",
                _t(
                    "Келісім комиссиялары: не жұмыс істейді, не істемейді",
                    "Согласительные комиссии: что работает, а что нет",
                    "Conciliation commissions: what works and what does not",
                ),
                _t(
                    "«Еңбек және әділдік» орталығы",
                    "Центр «Труд и справедливость»",
                    "Labour and Justice Centre",
                ),
            ),
            _item("11:30", "12:45", _t("Істерді талдау", "Разбор случаев", "Case discussion")),
            _item(
                "12:45",
                "13:00",
                _t(
                    "Комиссияға ұсыныстар",
                    "Предложения для Комиссии",
                    "Proposals for the Commission",
                ),
            ),
        ],
        "kk": {
            "title": "Дөңгелек үстел: еңбек дауларын сотқа дейін шешу",
            "intro": "Еңбек құқықтары жөніндегі ҮЕҰ, кәсіподақтар және мемлекеттік еңбек "
            "инспекциясы келісім комиссияларының тәжірибесін талқылайды.",
            "description": "<p>Әлеуметтік және еңбек құқықтары бойынша жұмыс — "
            "әлеуметтік-еңбек қақтығыстарының алдын алудың бір жолы. Дөңгелек үстел шағын "
            "форматта өтеді: әр ұйымнан бір-екі өкіл.</p>"
            "<p>Қатысушылар нақты істерді талдап, Комиссияға ұсыныстар дайындайды.</p>",
            "venue": "«Еңбек және әділдік» орталығының кеңсесі",
            "address": "Бұқар жырау даңғылы, 30, Қарағанды",
            "practical_info": "Орын саны аз. Келе алмасаңыз, тіркеуден бас тартыңыз: орын күту "
            "тізіміндегі келесі адамға беріледі.",
        },
        "ru": {
            "title": "Круглый стол: досудебное разрешение трудовых споров",
            "intro": "НПО, работающие с трудовыми правами, профсоюзы и государственная инспекция "
            "труда обсуждают практику согласительных комиссий.",
            "description": "<p>Работа с социальными и трудовыми правами — один из способов "
            "предупреждать социально-трудовые конфликты. Круглый стол проходит в малом формате: "
            "один-два представителя от организации.</p>"
            "<p>Участники разбирают конкретные случаи и готовят предложения для Комиссии.</p>",
            "venue": "Офис центра «Труд и справедливость»",
            "address": "проспект Бухар-жырау, 30, Караганда",
            "practical_info": "Мест мало. Если не сможете прийти, отмените регистрацию: место "
            "перейдёт следующему в листе ожидания.",
        },
        "en": {
            "title": "Round table: settling labour disputes out of court",
            "intro": "Labour rights NGOs, trade unions and the state labour inspectorate discuss "
            "how conciliation commissions work in practice.",
            "description": "<p>Work on social and labour rights is one way to prevent social and "
            "labour conflicts. The round table is small: one or two people per "
            "organisation.</p>"
            "<p>Participants discuss real cases and prepare proposals for the Commission.</p>",
            "venue": "Office of the Labour and Justice Centre",
            "address": "30 Bukhar Zhyrau Avenue, Karaganda",
            "practical_info": "Seats are few. If you cannot come, cancel your registration: the "
            "seat goes to the next person on the waiting list.",
        },
    },
    {
        # Every seat taken and three people on the waiting list, the demo NGO member second.
        "slug": "childrens-rights-round-table",
        "kind": "round-table",
        "day": 17,
        "times": ("10:00", "13:00"),
        "region": "astana",
        "capacity": 8,
        "languages": ["kk", "ru"],
        "organisers": ["Ассоциация «Права детей»"],
        "partners": ["ЮНИСЕФ в Казахстане"],
        "registrations": [
            ("m.akhmetova@childrights.example.kz", "confirmed"),
            ("i.petrova@childrights.example.kz", "confirmed"),
            ("a.seitkali@legalaid.example.kz", "confirmed"),
            ("o.li@equal.example.kz", "confirmed"),
            ("a.nurgaliyeva@migration.example.kz", "confirmed"),
            ("r.karimov@migration.example.kz", "confirmed"),
            ("n.beketov@legalaid.example.kz", "confirmed"),
            ("zh.tulegenova@equal.example.kz", "confirmed"),
            ("s.kuanyshev@labour.example.kz", "waitlisted"),
            ("ngo@kenes.kz", "waitlisted"),
            ("b.abdrakhmanov@equal.example.kz", "waitlisted"),
        ],
        "agenda": [
            _item(
                "10:00",
                "10:15",
                _t("Ашылуы", "Открытие", "Opening"),
                _t(
                    "«Балалар құқығы» қауымдастығы; ЮНИСЕФ",
                    "Ассоциация «Права детей»; ЮНИСЕФ",
                    "Children's Rights Association; UNICEF",
                ),
            ),
            _item(
                "10:15",
                "11:30",
                _t(
                    "Мектептердегі құқықтық сабақтар",
                    "Правовые уроки в школах",
                    "Human rights lessons at school",
                ),
            ),
            _item(
                "11:30",
                "12:45",
                _t(
                    "Балалардың шағымдары: кімге және қалай",
                    "Жалобы детей: куда и как",
                    "Children's complaints: to whom and how",
                ),
            ),
            _item("12:45", "13:00", _t("Қорытынды", "Итоги", "Conclusions")),
        ],
        "kk": {
            "title": "Дөңгелек үстел: мектептегі бала құқықтары",
            "intro": "ҮЕҰ, ЮНИСЕФ және білім беру ұйымдары мектептерде құқықтық білім беру мен "
            "балаларды зорлық-зомбылықтан қорғау тәжірибесімен бөліседі.",
            "description": "<p>Дөңгелек үстелді «Балалар құқығы» қауымдастығы ЮНИСЕФ-тің "
            "қолдауымен ұйымдастырады. Қатысушылар мектептердегі құқықтық сабақтардың "
            "бағдарламаларын және балалардың шағымдарын қабылдау тетіктерін талқылайды.</p>",
            "venue": "«Балалар құқығы» қауымдастығы, оқу залы",
            "address": "Сарыарқа даңғылы, 15, Астана",
            "practical_info": "Залда 8 орын бар. Орын босаса, оны күту тізіміндегі келесі адам "
            "алады, біз оған хат жібереміз.",
        },
        "ru": {
            "title": "Круглый стол: права ребёнка в школе",
            "intro": "НПО, ЮНИСЕФ и организации образования делятся опытом правового "
            "просвещения в школах и защиты детей от насилия.",
            "description": "<p>Круглый стол организует Ассоциация «Права детей» при поддержке "
            "ЮНИСЕФ. Участники обсудят программы правовых уроков в школах и механизмы приёма "
            "жалоб от детей.</p>",
            "venue": "Ассоциация «Права детей», учебный зал",
            "address": "проспект Сарыарка, 15, Астана",
            "practical_info": "В зале 8 мест. Когда место освобождается, его получает следующий "
            "в листе ожидания, и мы сообщаем ему письмом.",
        },
        "en": {
            "title": "Round table: children's rights at school",
            "intro": "NGOs, UNICEF and schools share their experience of human rights education "
            "and of protecting children from violence.",
            "description": "<p>The Children's Rights Association organises the round table with "
            "the support of UNICEF. Participants discuss human rights lessons at school and how "
            "children's complaints are received.</p>",
            "venue": "Children's Rights Association, training room",
            "address": "15 Saryarka Avenue, Astana",
            "practical_info": "The room seats 8. When a seat frees up, the next person on the "
            "waiting list gets it and we tell them by email.",
        },
    },
    {
        "slug": "migrants-rights-round-table",
        "kind": "round-table",
        "status": "cancelled",
        "day": 24,
        "times": ("10:00", "13:00"),
        "region": "almaty-city",
        "capacity": 30,
        "languages": ["kk", "ru"],
        "organisers": ["Общественный фонд «Миграция и право»"],
        "partners": [
            "Международная организация по миграции",
            "Управление Верховного комиссара ООН по делам беженцев",
        ],
        "registrations": [
            ("a.nurgaliyeva@migration.example.kz", "confirmed"),
            ("r.karimov@migration.example.kz", "confirmed"),
            ("n.beketov@legalaid.example.kz", "confirmed"),
        ],
        "agenda": [
            _item(
                "10:00",
                "11:30",
                _t(
                    "Еңбек мигранттарына заң көмегі",
                    "Правовая помощь трудовым мигрантам",
                    "Legal aid for migrant workers",
                ),
                _t("ХКҰ", "МОМ", "IOM"),
            ),
            _item(
                "11:30",
                "13:00",
                _t(
                    "Босқын мәртебесін алу рәсімі",
                    "Процедура получения статуса беженца",
                    "The procedure for refugee status",
                ),
                _t("БЖКБ", "УВКБ ООН", "UNHCR"),
            ),
        ],
        "kk": {
            "title": "Дөңгелек үстел: еңбек мигранттары мен босқындардың құқықтары",
            "intro": "ҮЕҰ, ХКҰ және БЖКБ көшіп-қонушылар мен босқындарға заң көмегін көрсету "
            "тәжірибесін талқылайды.",
            "description": "<p>Дөңгелек үстел көшіп-қонушылар мен босқындардың құқықтарын "
            "қорғау жөніндегі ұсынымдарға арналған. Ұйымдастырушы — «Көші-қон және құқық» "
            "қоғамдық қоры.</p>",
            "venue": "«Көші-қон және құқық» қоғамдық қоры",
            "address": "Абай даңғылы, 52, Алматы",
            "practical_info": "",
            "status_note": "Дөңгелек үстел серіктестердің өтініші бойынша болдырылмады. Жаңа күн "
            "белгіленгенде, іс-шара қайта жарияланады және тіркелгендерге хабарланады.",
        },
        "ru": {
            "title": "Круглый стол: права трудовых мигрантов и беженцев",
            "intro": "НПО, МОМ и УВКБ ООН обсуждают опыт оказания правовой помощи мигрантам и "
            "беженцам.",
            "description": "<p>Круглый стол посвящён рекомендациям по защите прав мигрантов и "
            "беженцев. Организатор — общественный фонд «Миграция и право».</p>",
            "venue": "Общественный фонд «Миграция и право»",
            "address": "проспект Абая, 52, Алматы",
            "practical_info": "",
            "status_note": "Круглый стол отменён по просьбе партнёров. Когда будет назначена "
            "новая дата, мероприятие опубликуют заново и сообщат зарегистрированным.",
        },
        "en": {
            "title": "Round table: the rights of migrant workers and refugees",
            "intro": "NGOs, IOM and UNHCR discuss their experience of legal aid for migrants "
            "and refugees.",
            "description": "<p>The round table is about recommendations to protect the rights of "
            "migrants and refugees. It is organised by the Migration and Law Foundation.</p>",
            "venue": "Migration and Law Foundation",
            "address": "52 Abai Avenue, Almaty",
            "practical_info": "",
            "status_note": "The round table is cancelled at the partners' request. When a new "
            "date is set, the event will be announced again and registrants will be told.",
        },
    },
    {
        "slug": "human-rights-report-conference",
        "kind": "conference",
        "day": 31,
        "days": 2,
        "times": ("10:00", "16:00"),
        "region": "astana",
        "capacity": 120,
        "closes_days_before": 3,
        "languages": ["kk", "ru", "en"],
        "organisers": [],
        "partners": [
            "Программа развития ООН в Казахстане",
            "Офис программ ОБСЕ в Астане",
            "Представительство Европейского союза в Казахстане",
        ],
        "questions": [
            {
                "type": "choice",
                "required": True,
                "kk": {
                    "label": "Қай секцияға қатысасыз?",
                    "help_text": "Екінші күні секциялар қатар өтеді.",
                    "choices": ["Сот төрелігі және әділ сот", "Әлеуметтік және еңбек құқықтары"],
                },
                "ru": {
                    "label": "В какой секции будете участвовать?",
                    "help_text": "Во второй день секции идут одновременно.",
                    "choices": ["Правосудие и справедливый суд", "Социальные и трудовые права"],
                },
                "en": {
                    "label": "Which section will you join?",
                    "help_text": "On day two the sections run at the same time.",
                    "choices": ["Justice and fair trial", "Social and labour rights"],
                },
            },
            {
                "type": "yes_no",
                "required": False,
                "kk": {
                    "label": "Ілеспе аударма құрылғысы керек пе?",
                    "help_text": "Құрылғылар саны шектеулі.",
                },
                "ru": {
                    "label": "Нужно ли устройство для синхронного перевода?",
                    "help_text": "Количество устройств ограничено.",
                },
                "en": {
                    "label": "Do you need an interpretation headset?",
                    "help_text": "Headsets are limited.",
                },
            },
            {
                "type": "text",
                "required": False,
                "kk": {
                    "label": "Қолжетімділікке қатысты өтініштеріңіз",
                    "help_text": "Мысалы, пандус немесе ымдау тілінің аудармашысы.",
                },
                "ru": {
                    "label": "Пожелания по доступности",
                    "help_text": "Например, пандус или сурдопереводчик.",
                },
                "en": {
                    "label": "Accessibility needs",
                    "help_text": "For example a ramp or a sign language interpreter.",
                },
            },
        ],
        # Answers as the Kazakh form stores them: the choice, yes (True) or no, free text.
        "registrations": [
            (
                "a.seitkali@legalaid.example.kz",
                "confirmed",
                ["Сот төрелігі және әділ сот", False, ""],
            ),
            (
                "o.li@equal.example.kz",
                "confirmed",
                ["Әлеуметтік және еңбек құқықтары", True, "Пандус керек, мен арбамен жүремін."],
            ),
            (
                "m.akhmetova@childrights.example.kz",
                "confirmed",
                ["Сот төрелігі және әділ сот", False, ""],
            ),
            (
                "v.morozov@labour.example.kz",
                "confirmed",
                ["Әлеуметтік және еңбек құқықтары", True, ""],
            ),
        ],
        "agenda": [
            _day(
                0,
                _t(
                    "Бірінші күн: баяндаманы таныстыру",
                    "День первый: презентация доклада",
                    "Day one: presenting the report",
                ),
            ),
            _item(
                "10:00",
                "10:30",
                _t("Конференцияның ашылуы", "Открытие конференции", "Opening of the conference"),
                _speakers(
                    _COMMISSION,
                    _t("БҰҰ Даму бағдарламасы", "ПРООН", "UNDP"),
                    _OSCE,
                    _t(
                        "Еуропалық Одақтың өкілдігі",
                        "Представительство ЕС",
                        "Delegation of the European Union",
                    ),
                ),
            ),
            _item(
                "10:30",
                "12:30",
                _t(
                    "Баяндаманың негізгі қорытындылары",
                    "Основные выводы доклада",
                    "The report's main findings",
                ),
                _speakers(_COMMISSION),
            ),
            _item(
                "14:00",
                "17:00",
                _t(
                    "Пленарлық отырыс: азаматтық қоғамның үні",
                    "Пленарное заседание: голос гражданского общества",
                    "Plenary session: the voice of civil society",
                ),
            ),
            _day(1, _t("Екінші күн: секциялар", "День второй: секции", "Day two: sections")),
            _item(
                "10:00",
                "13:00",
                _t(
                    "1-секция: сот төрелігі және әділ сот",
                    "Секция 1: правосудие и справедливый суд",
                    "Section 1: justice and fair trial",
                ),
            ),
            _item(
                "10:00",
                "13:00",
                _t(
                    "2-секция: әлеуметтік және еңбек құқықтары",
                    "Секция 2: социальные и трудовые права",
                    "Section 2: social and labour rights",
                ),
            ),
            _item(
                "14:00",
                "16:00",
                _t(
                    "Ұсынымдарды қабылдау және жабылу",
                    "Принятие рекомендаций и закрытие",
                    "Adopting recommendations and closing",
                ),
            ),
        ],
        "kk": {
            "title": "Халықаралық конференция: Комиссияның адам құқықтарының жағдайы туралы "
            "баяндамасы",
            "intro": "Комиссия жыл сайынғы баяндамасын таныстырады; ҮЕҰ, мемлекеттік органдар "
            "және халықаралық серіктестер оның ұсынымдарын талқылайды.",
            "description": "<p>Конференция БҰҰ Даму бағдарламасының, ЕҚЫҰ-ның Астанадағы "
            "бағдарламалар офисінің және Еуропалық Одақ өкілдігінің қолдауымен өтеді. Бірінші "
            "күні — баяндаманы таныстыру және пленарлық отырыс, екінші күні — секциялар.</p>"
            "<p>Қазақ, орыс және ағылшын тілдеріне ілеспе аударма беріледі. Тіркелу кезінде қай "
            "секцияға қатысатыныңызды көрсетіңіз.</p>",
            "venue": "Конгресс-орталық, үлкен зал",
            "address": "Астана қ.",
            "practical_info": "Қатысушыларды тіркеу 9:00-де басталады. Бейджге тіркелу кезінде "
            "көрсетілген аты-жөніңіз басылады.",
        },
        "ru": {
            "title": "Международная конференция: доклад Комиссии о положении с правами человека",
            "intro": "Комиссия представляет ежегодный доклад; НПО, государственные органы и "
            "международные партнёры обсуждают его рекомендации.",
            "description": "<p>Конференция проходит при поддержке ПРООН, Программного офиса ОБСЕ "
            "в Астане и Представительства Европейского союза. В первый день — презентация "
            "доклада и пленарное заседание, во второй — секции.</p>"
            "<p>Обеспечен синхронный перевод на казахский, русский и английский языки. При "
            "регистрации укажите, в какой секции будете участвовать.</p>",
            "venue": "Конгресс-центр, большой зал",
            "address": "г. Астана",
            "practical_info": "Регистрация участников с 9:00. На бейдже печатается имя, "
            "указанное при регистрации.",
        },
        "en": {
            "title": "International conference: the Commission's report on the human rights "
            "situation",
            "intro": "The Commission presents its annual report; NGOs, state bodies and "
            "international partners discuss its recommendations.",
            "description": "<p>The conference is supported by UNDP, the OSCE Programme Office in "
            "Astana and the Delegation of the European Union. Day one: the report's presentation "
            "and a plenary session; day two: sections.</p>"
            "<p>Simultaneous interpretation into Kazakh, Russian and English is provided. When "
            "you register, tell us which section you will join.</p>",
            "venue": "Congress Centre, main hall",
            "address": "Astana",
            "practical_info": "Check-in opens at 9:00. Badges carry the name you registered with.",
        },
    },
    {
        "slug": "un-complaints-training-seminar",
        "kind": "seminar",
        "day": 45,
        "days": 3,
        "times": ("10:00", "17:00"),
        "region": "almaty-city",
        "capacity": 40,
        "seats_per_organisation": 2,
        "training_hours": 24,
        "closes_days_before": 7,
        "languages": ["kk", "ru"],
        "organisers": ["Общественный фонд «Правовая помощь»"],
        "partners": ["Офис программ ОБСЕ в Астане"],
        "registrations": [
            ("n.beketov@legalaid.example.kz", "confirmed"),
            ("a.seitkali@legalaid.example.kz", "confirmed"),
            ("r.karimov@migration.example.kz", "confirmed"),
            ("o.li@equal.example.kz", "confirmed"),
            ("i.petrova@childrights.example.kz", "confirmed"),
        ],
        "agenda": [
            _day(
                0,
                _t(
                    "Бірінші күн: шарттық органдар жүйесі",
                    "День первый: система договорных органов",
                    "Day one: the treaty body system",
                ),
            ),
            _item(
                "10:00",
                "13:00",
                _t(
                    "БҰҰ комитеттері және олардың құзыреті",
                    "Комитеты ООН и их компетенция",
                    "UN Committees and their competence",
                ),
                _speakers(_OSCE),
            ),
            _item(
                "14:00",
                "17:00",
                _t(
                    "Шағымның қабылдануы: талаптар",
                    "Приемлемость жалобы: требования",
                    "Admissibility of a complaint",
                ),
            ),
            _day(
                1,
                _t(
                    "Екінші күн: шағым жазу",
                    "День второй: составление жалобы",
                    "Day two: drafting a complaint",
                ),
            ),
            _item(
                "10:00",
                "17:00",
                _t(
                    "Практикалық сабақ: шағым жобасы",
                    "Практическое занятие: проект жалобы",
                    "Practical session: drafting a complaint",
                ),
                _t(
                    "«Құқықтық көмек» қоғамдық қоры",
                    "Общественный фонд «Правовая помощь»",
                    "Legal Aid Public Foundation",
                ),
            ),
            _day(
                2,
                _t(
                    "Үшінші күн: шешімдерді орындау",
                    "День третий: исполнение решений",
                    "Day three: implementing the views",
                ),
            ),
            _item(
                "10:00",
                "13:00",
                _t(
                    "Комитет шешімдерін ұлттық деңгейде орындау",
                    "Исполнение решений комитетов на национальном уровне",
                    "Implementing the Committees' views at home",
                ),
                _speakers(_COMMISSION),
            ),
            _item("14:00", "17:00", _t("Семинар қорытындысы", "Итоги семинара", "Conclusions")),
        ],
        "kk": {
            "title": "Оқыту семинары: БҰҰ шарттық органдарына жеке шағымдар",
            "intro": "Заңгерлер мен ҮЕҰ қызметкерлеріне арналған үш күндік семинар: шағымды "
            "қашан және қалай жіберу, БҰҰ комитеттерінің шешімдерін қалай орындату.",
            "description": "<p>Семинар Шымкенттегі оқыту семинарының тақырыбын жалғастырады. "
            "Әр ұйымнан екі адамға дейін қатыса алады; қалғандары күту тізіміне енеді.</p>"
            "<p>Семинарға толық қатысқандарға 24 академиялық сағатқа сертификат беріледі.</p>",
            "venue": "«Құқықтық көмек» қорының оқу орталығы",
            "address": "Әл-Фараби даңғылы, 77, Алматы",
            "practical_info": "Ноутбук алып келіңіз: практикалық сабақтарда шағым жобасын жазамыз.",
        },
        "ru": {
            "title": "Обучающий семинар: индивидуальные жалобы в договорные органы ООН",
            "intro": "Трёхдневный семинар для юристов и сотрудников НПО: когда и как подавать "
            "жалобу и как добиваться исполнения решений комитетов ООН.",
            "description": "<p>Семинар продолжает тему обучающего семинара в Шымкенте. От "
            "каждой организации — не больше двух участников; остальные попадают в лист "
            "ожидания.</p>"
            "<p>Участники, прошедшие семинар полностью, получают сертификат на 24 академических "
            "часа.</p>",
            "venue": "Учебный центр фонда «Правовая помощь»",
            "address": "проспект аль-Фараби, 77, Алматы",
            "practical_info": "Возьмите ноутбук: на практических занятиях будем писать проект "
            "жалобы.",
        },
        "en": {
            "title": "Training seminar: individual complaints to UN treaty bodies",
            "intro": "A three-day seminar for lawyers and NGO staff: when and how to file a "
            "complaint, and how to get the UN Committees' views implemented.",
            "description": "<p>The seminar follows on from the training seminar in Shymkent. "
            "Each organisation may send up to two people; further ones join the waiting "
            "list.</p>"
            "<p>Those who attend the whole seminar receive a certificate for 24 academic "
            "hours.</p>",
            "venue": "Training centre of the Legal Aid Foundation",
            "address": "77 Al-Farabi Avenue, Almaty",
            "practical_info": "Bring a laptop: in the practical sessions you will draft a "
            "complaint.",
        },
    },
]

# Consultations ------------------------------------------------------------------------------

CONSULTATION_INDEX = {
    "kk": {
        "title": "Заң жобаларын талқылау",
        "intro": "Адам құқықтарына қатысты заң жобалары мен өзге де нормативтік құқықтық актілер "
        "осында талқылауға шығарылады. Тексерілген ұйымдардың мүшелері жобаға тұтастай немесе "
        "жекелеген баптарына пікір қалдыра алады; Комиссия әр пікірді қарайды.",
    },
    "ru": {
        "title": "Обсуждение законопроектов",
        "intro": "Здесь выносятся на обсуждение проекты законов и иных нормативных правовых "
        "актов, затрагивающих права человека. Члены проверенных организаций могут оставить "
        "замечание к проекту в целом или к отдельным статьям; Комиссия рассматривает каждое.",
    },
    "en": {
        "title": "Draft laws for comment",
        "intro": "Draft laws and other legal acts that touch human rights are published here "
        "for comment. Members of verified organisations can comment on a draft as a whole or on "
        "single articles; the Commission considers every comment.",
    },
}

# The drafts as an editor would paste them: the text before the first heading is the preamble,
# then chapters ("Глава 1." / "1-тарау.") and articles ("Статья 5-1." / "5-1-бап."). Both
# languages have the same structure, so the import makes one bilingual version.
PUBLIC_COUNCILS_DRAFT_RU = """Проект

ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН

О внесении изменений и дополнений в Закон Республики Казахстан «Об общественных советах»

Настоящий Закон направлен на создание условий для полноценного участия представителей \
гражданского общества в обсуждении проектов законов и иных нормативных правовых актов, \
затрагивающих права и свободы человека, и на повышение открытости деятельности общественных \
советов.

Глава 1. Формирование общественных советов

Статья 1. Состав общественного совета
1. Общественный совет состоит из представителей некоммерческих организаций, граждан и \
представителей государственного органа.
2. Представители некоммерческих организаций и граждане составляют не менее двух третей от \
общего числа членов общественного совета.
3. Представители государственного органа не могут занимать должность председателя \
общественного совета.

Статья 2. Рабочая группа по формированию состава
1. Для формирования состава общественного совета создаётся рабочая группа, не менее половины \
которой составляют представители некоммерческих организаций.
2. Объявление о формировании состава публикуется на интернет-ресурсе государственного органа \
не позднее чем за тридцать календарных дней до окончания приёма заявлений.

Статья 3. Срок полномочий
1. Срок полномочий члена общественного совета составляет три года.
2. Одно и то же лицо не может быть членом одного общественного совета более двух сроков подряд.

Глава 2. Деятельность общественных советов

Статья 4. Открытость заседаний
1. Заседания общественного совета проводятся открыто. Повестка дня и материалы к заседанию \
публикуются не позднее чем за пять рабочих дней до заседания.
2. Заседания транслируются в режиме реального времени на интернет-ресурсе государственного \
органа, за исключением вопросов, содержащих сведения, доступ к которым ограничен законом.

Статья 5. Обсуждение проектов нормативных правовых актов
1. Государственный орган направляет в общественный совет проекты нормативных правовых актов, \
затрагивающих права, свободы и обязанности граждан, до их внесения на согласование в \
заинтересованные государственные органы.
2. Срок обсуждения проекта в общественном совете не может быть менее пятнадцати рабочих дней.

Статья 5-1. Учёт рекомендаций общественного совета
1. Государственный орган рассматривает рекомендации, принятые общественным советом по итогам \
обсуждения проекта в соответствии со статьёй 5 настоящего Закона, и в течение двадцати рабочих \
дней сообщает общественному совету о принятом решении.
2. Решение о непринятии рекомендации должно быть мотивированным и публикуется на \
интернет-ресурсе государственного органа вместе с рекомендацией.

Статья 6. Введение в действие настоящего Закона
Настоящий Закон вводится в действие по истечении шестидесяти календарных дней после дня его \
первого официального опубликования.
"""

PUBLIC_COUNCILS_DRAFT_KK = """Жоба

ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ

«Қоғамдық кеңестер туралы» Қазақстан Республикасының Заңына өзгерістер мен толықтырулар \
енгізу туралы

Осы Заң адамның құқықтары мен бостандықтарына қатысты заңдардың және өзге де нормативтік \
құқықтық актілердің жобаларын талқылауға азаматтық қоғам өкілдерінің толыққанды қатысуы үшін \
жағдай жасауға және қоғамдық кеңестер қызметінің ашықтығын арттыруға бағытталған.

1-тарау. Қоғамдық кеңестерді қалыптастыру

1-бап. Қоғамдық кеңестің құрамы
1. Қоғамдық кеңес коммерциялық емес ұйымдардың өкілдерінен, азаматтардан және мемлекеттік \
органның өкілдерінен тұрады.
2. Коммерциялық емес ұйымдардың өкілдері мен азаматтар қоғамдық кеңес мүшелерінің жалпы \
санының кемінде үштен екісін құрайды.
3. Мемлекеттік органның өкілдері қоғамдық кеңес төрағасының лауазымын атқара алмайды.

2-бап. Құрамды қалыптастыру жөніндегі жұмыс тобы
1. Қоғамдық кеңестің құрамын қалыптастыру үшін жұмыс тобы құрылады, оның кемінде жартысын \
коммерциялық емес ұйымдардың өкілдері құрайды.
2. Құрамды қалыптастыру туралы хабарландыру мемлекеттік органның интернет-ресурсында \
өтініштерді қабылдау аяқталғанға дейін күнтізбелік отыз күннен кешіктірілмей жарияланады.

3-бап. Өкілеттік мерзімі
1. Қоғамдық кеңес мүшесінің өкілеттік мерзімі үш жыл.
2. Бір адам бір қоғамдық кеңестің мүшесі қатарынан екі мерзімнен артық бола алмайды.

2-тарау. Қоғамдық кеңестердің қызметі

4-бап. Отырыстардың ашықтығы
1. Қоғамдық кеңестің отырыстары ашық өткізіледі. Күн тәртібі мен отырыс материалдары \
отырысқа дейін бес жұмыс күнінен кешіктірілмей жарияланады.
2. Отырыстар мемлекеттік органның интернет-ресурсында нақты уақыт режимінде көрсетіледі, \
қолжетімділігі заңмен шектелген мәліметтер бар мәселелерді қоспағанда.

5-бап. Нормативтік құқықтық актілердің жобаларын талқылау
1. Мемлекеттік орган азаматтардың құқықтарын, бостандықтары мен міндеттерін қозғайтын \
нормативтік құқықтық актілердің жобаларын мүдделі мемлекеттік органдармен келісуге \
енгізгенге дейін қоғамдық кеңеске жібереді.
2. Жобаны қоғамдық кеңесте талқылау мерзімі он бес жұмыс күнінен кем болмауға тиіс.

5-1-бап. Қоғамдық кеңестің ұсынымдарын ескеру
1. Мемлекеттік орган қоғамдық кеңестің осы Заңның 5-бабына сәйкес жобаны талқылау қорытындысы \
бойынша қабылдаған ұсынымдарын қарайды және жиырма жұмыс күні ішінде қабылданған шешім туралы \
қоғамдық кеңеске хабарлайды.
2. Ұсынымды қабылдамау туралы шешім дәлелді болуға тиіс және ұсыныммен бірге мемлекеттік \
органның интернет-ресурсында жарияланады.

6-бап. Осы Заңды қолданысқа енгізу тәртібі
Осы Заң алғашқы ресми жарияланған күнінен кейін күнтізбелік алпыс күн өткен соң қолданысқа \
енгізіледі.
"""

NGO_REPORTING_DRAFT_RU = """Проект

ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН

О внесении изменений в Закон Республики Казахстан «О некоммерческих организациях» по \
вопросам представления сведений о деятельности

Статья 1. Сведения, представляемые некоммерческими организациями
1. Некоммерческие организации один раз в год, не позднее 31 марта, представляют в базу данных \
о неправительственных организациях сведения о своей деятельности за предыдущий год.
2. Сведения включают цели и направления деятельности, реализованные проекты, источники и \
объём полученных средств.

Статья 2. Упрощённый порядок для малых организаций
Некоммерческие организации, годовой объём средств которых не превышает пяти тысяч месячных \
расчётных показателей, представляют сведения по упрощённой форме, содержащей не более десяти \
показателей.

Статья 3. Форма и способ представления сведений
1. Сведения представляются в электронной форме через веб-портал «электронного правительства».
2. Повторное представление сведений, уже имеющихся в государственных информационных системах, \
не требуется.

Статья 4. Исправление неточностей
1. При обнаружении неточностей в представленных сведениях уполномоченный орган уведомляет \
организацию и предоставляет не менее тридцати календарных дней для их исправления.
2. Сведения, исправленные в этот срок, считаются представленными своевременно.

Статья 5. Введение в действие настоящего Закона
Настоящий Закон вводится в действие с 1 января года, следующего за годом его первого \
официального опубликования.
"""

NGO_REPORTING_DRAFT_KK = """Жоба

ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ

«Коммерциялық емес ұйымдар туралы» Қазақстан Республикасының Заңына қызмет туралы \
мәліметтер ұсыну мәселелері бойынша өзгерістер енгізу туралы

1-бап. Коммерциялық емес ұйымдар ұсынатын мәліметтер
1. Коммерциялық емес ұйымдар жылына бір рет, 31 наурыздан кешіктірмей, үкіметтік емес \
ұйымдар туралы дерекқорға өткен жылғы қызметі туралы мәліметтерді ұсынады.
2. Мәліметтер қызметтің мақсаттары мен бағыттарын, іске асырылған жобаларды, алынған \
қаражаттың көздері мен көлемін қамтиды.

2-бап. Шағын ұйымдарға арналған оңайлатылған тәртіп
Жылдық қаражат көлемі бес мың айлық есептік көрсеткіштен аспайтын коммерциялық емес ұйымдар \
мәліметтерді он көрсеткіштен аспайтын оңайлатылған нысан бойынша ұсынады.

3-бап. Мәліметтерді ұсыну нысаны мен тәсілі
1. Мәліметтер «электрондық үкімет» веб-порталы арқылы электрондық нысанда ұсынылады.
2. Мемлекеттік ақпараттық жүйелерде бар мәліметтерді қайта ұсыну талап етілмейді.

4-бап. Дәлсіздіктерді түзету
1. Ұсынылған мәліметтерден дәлсіздік табылса, уәкілетті орган ұйымды хабардар етеді және \
оларды түзету үшін кемінде күнтізбелік отыз күн береді.
2. Осы мерзімде түзетілген мәліметтер уақтылы ұсынылған болып есептеледі.

5-бап. Осы Заңды қолданысқа енгізу тәртібі
Осы Заң алғашқы ресми жарияланған жылынан кейінгі жылдың 1 қаңтарынан бастап қолданысқа \
енгізіледі.
"""

_MINISTRY = {
    "kk": "Қазақстан Республикасы Ақпарат және қоғамдық даму министрлігі",
    "ru": "Министерство информации и общественного развития Республики Казахстан",
    "en": "Ministry of Information and Social Development of the Republic of Kazakhstan",
}

# The demo consultations. Dates are relative to the moment `seed_demo` runs (on the hour,
# Almaty time): `opens` and `closes` in days from now. `draft` is the text in each language,
# imported into version 1 and published when the consultation opens. `comments`: who wrote
# them (by email; NGO members of verified organisations), in which language (the organisation's
# name is copied in it), on which article (None: the whole draft), `day` days after opening,
# and the status the demo shows; rejected ones carry the moderator's reason and note.
# Who follows which consultation (and its legal area), and has a personal calendar address.
FOLLOWERS = [("ngo@kenes.kz", "public-councils-amendments")]

CONSULTATIONS = [
    {
        "slug": "public-councils-amendments",
        "opens": -5,
        "closes": 25,
        "moderation": "pre",
        "access": "members",
        "legal_area": "civil-society",
        "draft": {"ru": PUBLIC_COUNCILS_DRAFT_RU, "kk": PUBLIC_COUNCILS_DRAFT_KK},
        "kk": {
            "title": "«Қоғамдық кеңестер туралы» Заңға өзгерістер мен толықтырулар енгізу туралы "
            "заң жобасы",
            "summary": "Жоба қоғамдық кеңестерді азаматтық қоғамға ашығырақ етеді: мүшелердің "
            "кемінде үштен екісі — ҮЕҰ өкілдері мен азаматтар, төраға мемлекеттік органнан "
            "болмайды, өкілеттік мерзімі үш жыл, отырыстар ашық және интернетте көрсетіледі. "
            "Мемлекеттік орган қоғамдық кеңестің ұсынымдарына 20 жұмыс күні ішінде дәлелді "
            "жауап беруге міндетті болады.",
            "drafting_body": _MINISTRY["kk"],
        },
        "ru": {
            "title": "Проект закона о внесении изменений и дополнений в Закон «Об общественных "
            "советах»",
            "summary": "Проект делает общественные советы открытее для гражданского общества: не "
            "менее двух третей членов — представители НПО и граждане, председатель — не из "
            "государственного органа, срок полномочий — три года, заседания открыты и "
            "транслируются в интернете. Государственный орган будет обязан в течение 20 рабочих "
            "дней мотивированно ответить на рекомендации общественного совета.",
            "drafting_body": _MINISTRY["ru"],
        },
        "en": {
            "title": "Draft law amending the Law on Public Councils",
            "summary": "The draft opens public councils to civil society: at least two thirds of "
            "the members come from NGOs and the public, the chair is not from the state body, the "
            "term of office is three years, and meetings are open and streamed online. The state "
            "body must give a reasoned answer to a council's recommendations within 20 working "
            "days. The draft is published in Kazakh and Russian.",
            "drafting_body": _MINISTRY["en"],
        },
        "comments": [
            {
                "email": "a.seitkali@legalaid.example.kz",
                "language": "kk",
                "article": "1",
                "day": 1,
                "status": "published",
                "remark": "Үштен екі үлесті қолдаймыз, бірақ төрағаны кім сайлайтынын заңның "
                "өзінде жазу керек.",
                "justification": "Жобада тек мемлекеттік органның өкілі төраға бола алмайтыны "
                "айтылған. Сайлау тәртібі көрсетілмесе, төрағаны іс жүзінде бұрынғыдай "
                "мемлекеттік орган ұсынатын болады.",
                "proposed_wording": "3. Қоғамдық кеңестің төрағасын қоғамдық кеңес мүшелері өз "
                "құрамынан жасырын дауыс беру арқылы сайлайды. Мемлекеттік органның өкілдері "
                "төраға лауазымын атқара алмайды.",
                "response": (
                    "partly",
                    "Учтено частично: статья 1 дополнена нормой о том, что председателя "
                    "общественного совета избирают его члены из своего состава и что им не может "
                    "быть представитель государственного органа. Порядок голосования определяет "
                    "положение о совете, утверждаемое самим советом.",
                ),
            },
            {
                "email": "o.li@equal.example.kz",
                "language": "ru",
                "article": "4",
                "day": 2,
                "status": "published",
                "remark": "Трансляции и материалы заседаний должны быть доступны людям с "
                "нарушениями слуха и зрения.",
                "justification": "Без субтитров, сурдоперевода и материалов в доступных форматах "
                "открытые заседания остаются закрытыми для части граждан. Это расходится с "
                "Конвенцией о правах лиц с инвалидностью, которую ратифицировал Казахстан.",
                "proposed_wording": "",
            },
            {
                "email": "v.morozov@labour.example.kz",
                "language": "ru",
                "article": None,
                "day": 3,
                "status": "published",
                "remark": "В целом поддерживаем проект. Предлагаем распространить те же правила на "
                "общественные советы при местных исполнительных органах.",
                "justification": "Большинство вопросов, с которыми к нам обращаются работники, "
                "решаются на уровне акиматов, а общественные советы при акиматах работают менее "
                "открыто, чем республиканские.",
                "proposed_wording": "",
            },
            {
                "email": "ngo@kenes.kz",
                "language": "kk",
                "article": "3",
                "day": 4,
                "status": "pending",
                "remark": "Үш жылдық мерзімді және қатарынан екі мерзім шектеуін қолдаймыз, бірақ "
                "өтпелі ереже қажет.",
                "justification": "Қазір жұмыс істеп жүрген мүшелердің мерзімі қалай есептелетіні "
                "анық емес: заң қолданысқа енгізілген күннен бастап па, әлде бұрынғы мерзімдер де "
                "ескеріле ме?",
                "proposed_wording": "Осы Заң қолданысқа енгізілгенге дейін басталған өкілеттік "
                "мерзімдері қатарынан екі мерзімді есептеу кезінде ескерілмейді.",
            },
            {
                "email": "m.akhmetova@childrights.example.kz",
                "language": "kk",
                "article": "5-1",
                "day": 4,
                "status": "pending",
                "remark": "Жиырма жұмыс күні тым ұзақ: жауап беру мерзімін он жұмыс күніне дейін "
                "қысқартуды ұсынамыз.",
                "justification": "Жоба қоғамдық кеңесте он бес жұмыс күні талқыланады. Жауап "
                "тағы бір айға жуық созылса, ұсынымдар жоба келісуге кеткеннен кейін ғана "
                "қаралады.",
                "proposed_wording": "",
            },
            {
                "email": "i.petrova@childrights.example.kz",
                "language": "ru",
                "article": None,
                "day": 2,
                "status": "rejected",
                "rejection_reason": "off-topic",
                "moderator_note": "Вопрос не касается текста законопроекта, поэтому замечание не "
                "опубликовано. О сертификатах семинара, пожалуйста, напишите в секретариат "
                "Комиссии: info@kenes.kz.",
                "remark": "Подскажите, когда выдадут сертификаты участникам семинара в Шымкенте?",
                "justification": "",
                "proposed_wording": "",
            },
            {
                "email": "r.karimov@migration.example.kz",
                "language": "ru",
                "article": "2",
                "day": 1,
                "status": "withdrawn",
                "remark": "Предлагаем сократить срок публикации объявления о формировании состава "
                "до пятнадцати календарных дней.",
                "justification": "Тридцать дней затягивают формирование совета.",
                "proposed_wording": "",
            },
        ],
    },
    {
        "slug": "ngo-reporting",
        "opens": -60,
        "closes": -20,
        "moderation": "pre",
        "access": "members",
        "legal_area": "civil-society",
        "draft": {"ru": NGO_REPORTING_DRAFT_RU, "kk": NGO_REPORTING_DRAFT_KK},
        "kk": {
            "title": "Коммерциялық емес ұйымдардың өз қызметі туралы мәліметтер ұсынуы жөніндегі "
            "заң жобасы",
            "summary": "Жоба ҮЕҰ-ның есептілігін жеңілдетеді: мәліметтер жылына бір рет "
            "электрондық түрде ұсынылады, шағын ұйымдар оңайлатылған нысанды толтырады, "
            "мемлекетте бұрыннан бар мәліметтерді қайта сұрамайды, ал дәлсіздікті түзетуге "
            "кемінде 30 күн беріледі.",
            "drafting_body": _MINISTRY["kk"],
        },
        "ru": {
            "title": "Проект закона о представлении некоммерческими организациями сведений о "
            "своей деятельности",
            "summary": "Проект упрощает отчётность НПО: сведения подаются раз в год в "
            "электронной форме, малые организации заполняют упрощённую форму, уже имеющиеся у "
            "государства сведения повторно не запрашиваются, а на исправление неточностей "
            "даётся не меньше 30 дней.",
            "drafting_body": _MINISTRY["ru"],
        },
        "en": {
            "title": "Draft law on how non-profit organisations report on their activities",
            "summary": "The draft makes NGO reporting simpler: a report once a year, online; a "
            "short form for small organisations; no second request for data the state already "
            "holds; and at least 30 days to correct mistakes. The draft is published in Kazakh "
            "and Russian.",
            "drafting_body": _MINISTRY["en"],
        },
        "comments": [
            {
                "email": "zh.tulegenova@equal.example.kz",
                "language": "kk",
                "article": "2",
                "day": 5,
                "status": "published",
                "remark": "Оңайлатылған нысанның шегін он мың айлық есептік көрсеткішке дейін "
                "көтеруді ұсынамыз.",
                "justification": "Өңірлердегі ҮЕҰ-ның көбі бір-екі гранттық жобамен жұмыс "
                "істейді; бес мың АЕК шегі оларды толық есеп беруге мәжбүрлейді, ал оны "
                "дайындайтын бухгалтер жоқ.",
                "proposed_wording": "",
                "response": (
                    "partly",
                    "Ішінара ескерілді: оңайлатылған нысанның шегі жеті мың айлық есептік "
                    "көрсеткішке дейін көтерілді. Он мың АЕК шегі мемлекеттік әлеуметтік "
                    "тапсырыс қаражатын алатын ұйымдардың есептілігін тым азайтар еді.",
                ),
            },
            {
                "email": "d.pak@legalaid.example.kz",
                "language": "ru",
                "article": "4",
                "day": 12,
                "status": "published",
                "remark": "Поддерживаем право исправить неточности. Предлагаем прямо указать, что "
                "за сведения, исправленные в срок, организация не привлекается к "
                "ответственности.",
                "justification": "Сейчас штраф за недостоверные сведения налагается и за "
                "технические ошибки, которые организация сама исправила.",
                "proposed_wording": "2. Сведения, исправленные в этот срок, считаются "
                "представленными своевременно и достоверно; административная ответственность за "
                "них не наступает.",
                "response": (
                    "accepted",
                    "Учтено: статья 4 дополнена пунктом 2 в предложенной редакции. Сведения, "
                    "исправленные в установленный срок, считаются представленными своевременно и "
                    "достоверно.",
                ),
            },
            {
                "email": "a.nurgaliyeva@migration.example.kz",
                "language": "kk",
                "article": None,
                "day": 20,
                "status": "published",
                "remark": "Жоба есеп беру жүктемесін азайтады, қолдаймыз. Дерекқордағы "
                "мәліметтердің қайсысы жария болатынын заңда анықтау керек.",
                "justification": "Қызметкерлер мен бенефициарлар туралы мәліметтер, әсіресе "
                "көшіп-қонушылар мен босқындарға көмектесетін ұйымдарда, жария болмауға тиіс.",
                "proposed_wording": "",
                "response": (
                    "noted",
                    "Принято к сведению: перечень общедоступных сведений базы данных определит "
                    "приказ уполномоченного органа. Сведения о работниках и благополучателях "
                    "организаций в него не включаются.",
                ),
            },
        ],
    },
]
