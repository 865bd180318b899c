"""The demo library: its page, and materials whose files `seed_demo` generates.

Written from the seed articles (the commission's regulations and its work with NGOs, the
conclusion of the National Human Rights Action Plan, the report presented on 20 October 2015
and the OSCE-supported seminar in Shymkent) and the demo's events. The texts are demo texts,
not official ones; every file says so at the foot of its pages.

Each material is one entry with its versions in several languages (the first one listed is
the original, the others are its translations):

- `key`: names the material for `seed_demo`, which finds it again by it on a second run;
- `kind`, `access`, `topics` (FocusArea codes), `published_on` (None: the date of its
  `event`), `event` (the slug of a demo event: the material belongs to its original page);
- `file`: "pdf" (a document), "slides" (a landscape PDF deck) or "docx";
- `downloads`: the download count each version starts with, so the list shows numbers;
- per language: `title`, `description`, `source`, `subtitle` (under the title in the file;
  the source when not given), and `blocks` (see `demo.files`) or `slides`.
"""

import datetime

PAGE = {
    "kk": {
        "title": "Кітапхана",
        "intro": "Адам құқықтары туралы заңдар, баяндамалар, әдістемелік құралдар мен семинар "
        "материалдары қазақ, орыс және ағылшын тілдерінде. Кейбір материалдар тек тексерілген "
        "ұйымдардың мүшелеріне немесе семинар қатысушыларына ашық.",
    },
    "ru": {
        "title": "Библиотека",
        "intro": "Законы, доклады, методические пособия и материалы семинаров о правах "
        "человека на казахском, русском и английском языках. Некоторые материалы открыты только "
        "членам проверенных организаций или участникам семинара.",
    },
    "en": {
        "title": "Library",
        "intro": "Laws, reports, handbooks and seminar materials on human rights in Kazakh, "
        "Russian and English. Some materials are open only to members of verified "
        "organisations or to the participants of a seminar.",
    },
}

# Printed at the foot of every page of every demo file.
NOTICE = {
    "kk": "«Кенес» платформасының демонстрациялық материалы, ресми мәтін емес.",
    "ru": "Демонстрационный материал платформы «Кенес», не официальный текст.",
    "en": "Demo material of the Kenes platform, not an official text.",
}

COMMISSION = {
    "kk": "Қазақстан Республикасы Президенті жанындағы Адам құқықтары жөніндегі комиссия",
    "ru": "Комиссия по правам человека при Президенте Республики Казахстан",
    "en": "Human Rights Commission under the President of the Republic of Kazakhstan",
}
OSCE = {
    "kk": "ЕҚЫҰ-ның Астанадағы бағдарламалар офисі",
    "ru": "Программный офис ОБСЕ в Астане",
    "en": "OSCE Programme Office in Astana",
}

# The seminar whose participants may download its slides and handout.
SEMINAR = "shymkent-training-seminar"

MATERIALS = [
    # Laws and regulations -------------------------------------------------------------------
    {
        "key": "commission-regulations",
        "kind": "law",
        "access": "public",
        "topics": ["justice", "education"],
        "published_on": datetime.date(2012, 2, 1),
        "file": "pdf",
        "downloads": {"kk": 41, "ru": 128, "en": 17},
        "kk": {
            "title": "Адам құқықтары жөніндегі комиссия туралы ереже",
            "description": "Қазақстан Республикасы Президенті жанындағы Адам құқықтары "
            "жөніндегі комиссияның мәртебесі, міндеттері мен құрамы, жұмыс тәртібі және "
            "үкіметтік емес ұйымдармен өзара іс-қимылы.",
            "source": COMMISSION["kk"],
            "blocks": [
                ("h", "1. Жалпы ережелер"),
                (
                    "p",
                    "1. Қазақстан Республикасы Президенті жанындағы Адам құқықтары жөніндегі "
                    "комиссия (бұдан әрі — Комиссия) адам мен азаматтың құқықтары мен "
                    "бостандықтарын қорғаудың конституциялық кепілдіктерін іске асыруға "
                    "жәрдемдесетін консультативтік-кеңесші орган болып табылады.",
                ),
                (
                    "p",
                    "2. Комиссия өз қызметінде Қазақстан Республикасының Конституциясын, "
                    "заңдарын, Қазақстан Республикасының адам құқықтары саласындағы халықаралық "
                    "шарттарын және осы Ережені басшылыққа алады.",
                ),
                ("h", "2. Комиссияның міндеттері"),
                ("li", "адам құқықтарын қорғау тетіктерін жетілдіруге жәрдемдесу;"),
                ("li", "заңнама мен құқық қолдану практикасын талдау, ұсынымдар дайындау;"),
                (
                    "li",
                    "адам құқықтары мен бостандықтарының бұзылуы туралы азаматтардың "
                    "өтініштерін қарау;",
                ),
                (
                    "li",
                    "Адам құқықтары саласындағы ұлттық іс-қимыл жоспарының орындалуын бақылау;",
                ),
                ("li", "халықты құқықтық ағарту және үкіметтік емес ұйымдарды қолдау."),
                ("h", "3. Комиссияның құрамы"),
                (
                    "p",
                    "3. Комиссия құрамына 23 мүше кіреді, оның ішінде үкіметтік емес "
                    "ұйымдардың, ғылыми қоғамдастықтың және бұқаралық ақпарат құралдарының "
                    "өкілдері. Комиссияның жұмысына төраға басшылық етеді; ұйымдастыру жұмысын "
                    "хатшылық қамтамасыз етеді.",
                ),
                ("h", "4. Үкіметтік емес ұйымдармен өзара іс-қимыл"),
                (
                    "p",
                    "4. Комиссия конференциялар, дөңгелек үстелдер және оқыту семинарларын "
                    "өткізеді, ҮЕҰ-ға әдістемелік және консультациялық қолдау көрсетеді және ҮЕҰ "
                    "жіберетін күрделі шағымдарды қарайды.",
                ),
                (
                    "p",
                    "5. Адам құқықтары мен бостандықтарына қатысты заң жобаларын Комиссия "
                    "азаматтық қоғам өкілдерінің қатысуымен талқылайды.",
                ),
                ("h", "5. Комиссияның баяндамалары"),
                (
                    "p",
                    "6. Комиссия жыл сайын Қазақстан Республикасындағы адам құқықтарының "
                    "жағдайы туралы баяндама дайындайды және оны қазақ және орыс тілдерінде "
                    "жариялайды.",
                ),
            ],
        },
        "ru": {
            "title": "Положение о Комиссии по правам человека",
            "description": "Статус, задачи и состав Комиссии по правам человека при Президенте "
            "Республики Казахстан, порядок её работы и взаимодействия с неправительственными "
            "организациями.",
            "source": COMMISSION["ru"],
            "blocks": [
                ("h", "1. Общие положения"),
                (
                    "p",
                    "1. Комиссия по правам человека при Президенте Республики Казахстан (далее — "
                    "Комиссия) является консультативно-совещательным органом, содействующим "
                    "реализации конституционных гарантий защиты прав и свобод человека и "
                    "гражданина.",
                ),
                (
                    "p",
                    "2. Комиссия руководствуется Конституцией Республики Казахстан, законами, "
                    "международными договорами Республики Казахстан в области прав человека и "
                    "настоящим Положением.",
                ),
                ("h", "2. Задачи Комиссии"),
                ("li", "содействие совершенствованию механизмов защиты прав человека;"),
                (
                    "li",
                    "анализ законодательства и правоприменительной практики, подготовка "
                    "рекомендаций;",
                ),
                ("li", "рассмотрение обращений граждан о нарушении прав и свобод человека;"),
                (
                    "li",
                    "контроль за выполнением Национального плана действий в области прав человека;",
                ),
                (
                    "li",
                    "правовое просвещение населения и поддержка неправительственных организаций.",
                ),
                ("h", "3. Состав Комиссии"),
                (
                    "p",
                    "3. В состав Комиссии входят 23 члена, в том числе представители "
                    "неправительственных организаций, научного сообщества и средств массовой "
                    "информации. Работой Комиссии руководит председатель; организационное "
                    "обеспечение осуществляет секретариат.",
                ),
                ("h", "4. Взаимодействие с неправительственными организациями"),
                (
                    "p",
                    "4. Комиссия проводит конференции, круглые столы и обучающие семинары, "
                    "оказывает НПО методическую и консультативную поддержку и рассматривает "
                    "сложные жалобы, которые НПО передают в Комиссию.",
                ),
                (
                    "p",
                    "5. Законопроекты, затрагивающие права и свободы человека, Комиссия "
                    "обсуждает с участием представителей гражданского общества.",
                ),
                ("h", "5. Доклады Комиссии"),
                (
                    "p",
                    "6. Комиссия ежегодно готовит доклад о положении с правами человека в "
                    "Республике Казахстан и публикует его на казахском и русском языках.",
                ),
            ],
        },
        "en": {
            "title": "Regulations on the Human Rights Commission",
            "description": "The status, tasks and membership of the Human Rights Commission "
            "under the President of the Republic of Kazakhstan, how it works and how it "
            "cooperates with non-governmental organisations.",
            "source": COMMISSION["en"],
            "blocks": [
                ("h", "1. General provisions"),
                (
                    "p",
                    "1. The Human Rights Commission under the President of the Republic of "
                    "Kazakhstan (the Commission) is a consultative body that helps to give effect "
                    "to the constitutional guarantees of the protection of human and civil "
                    "rights and freedoms.",
                ),
                (
                    "p",
                    "2. The Commission is guided by the Constitution and the laws of the Republic "
                    "of Kazakhstan, the international human rights treaties of the Republic of "
                    "Kazakhstan and these Regulations.",
                ),
                ("h", "2. Tasks of the Commission"),
                ("li", "to help improve the mechanisms of human rights protection;"),
                (
                    "li",
                    "to analyse legislation and law-enforcement practice and prepare "
                    "recommendations;",
                ),
                ("li", "to consider citizens' complaints of violations of rights and freedoms;"),
                ("li", "to oversee the implementation of the National Human Rights Action Plan;"),
                ("li", "to educate the public on the law and to support NGOs."),
                ("h", "3. Membership"),
                (
                    "p",
                    "3. The Commission has 23 members, among them representatives of "
                    "non-governmental organisations, the academic community and the media. A "
                    "chair leads its work; a secretariat provides its organisational support.",
                ),
                ("h", "4. Cooperation with non-governmental organisations"),
                (
                    "p",
                    "4. The Commission holds conferences, round tables and training seminars, "
                    "gives NGOs methodological and consultative support and considers difficult "
                    "complaints that NGOs refer to it.",
                ),
                (
                    "p",
                    "5. The Commission discusses draft laws that touch human rights and freedoms "
                    "with representatives of civil society.",
                ),
                ("h", "5. Reports of the Commission"),
                (
                    "p",
                    "6. Each year the Commission prepares a report on the human rights situation "
                    "in the Republic of Kazakhstan and publishes it in Kazakh and Russian.",
                ),
            ],
        },
    },
    {
        "key": "national-action-plan",
        "kind": "law",
        "access": "public",
        "topics": ["education", "justice"],
        "published_on": datetime.date(2009, 5, 5),
        "file": "pdf",
        "downloads": {"kk": 23, "ru": 86, "en": 31},
        "kk": {
            "title": "Адам құқықтары саласындағы 2009–2012 жылдарға арналған Ұлттық "
            "іс-қимыл жоспары (қорытынды)",
            "description": "Заңнаманы және құқық қолдану практикасын, адам құқықтарын қорғаудың "
            "ұлттық жүйесін жетілдіру және халықтың құқықтық сауаттылығын арттыру жөніндегі "
            "нақты қадамдар тізбесі бар ұлттық құжат. Жоспардың қорытындысы мен күтілетін "
            "нәтижелері.",
            "source": COMMISSION["kk"],
            "blocks": [
                ("h", "Қорытынды"),
                (
                    "p",
                    "Адам құқықтарын қорғау саласындағы айқын ілгерілеуге қарамастан, Қазақстан "
                    "Республикасының құқық қорғау тетіктері елеулі түзетуді қажет етеді.",
                ),
                (
                    "p",
                    "Ұлттық жоспардың ұсынымдары мен шаралары адам құқықтары саласындағы "
                    "заңнамалық, институционалдық және бақылау тетіктерін жетілдіруге "
                    "бағытталған. Азаматтық қоғам институттарының құқық қорғау әлеуетін "
                    "толығырақ пайдалану және құқықтық ағартуға назар аудару қажет.",
                ),
                (
                    "p",
                    "Ұлттық заңнаманы жетілдіру барысында адам құқықтары мен бостандықтарына "
                    "қатысты заң жобаларын талқылауға азаматтық қоғам өкілдерінің толыққанды "
                    "қатысуы үшін барлық жағдай жасалуға тиіс.",
                ),
                ("h", "Күтілетін нәтижелер"),
                (
                    "li",
                    "адам құқықтарының халықаралық стандарттарын ұлттық заңнама мен құқық "
                    "қолдану практикасына енгізу;",
                ),
                ("li", "адам құқықтарын қорғаудың мемлекеттік және қоғамдық тетіктерін жетілдіру;"),
                (
                    "li",
                    "соттан тыс құқық қорғау институттарын, оның ішінде Омбудсмен институтын "
                    "нығайту;",
                ),
                (
                    "li",
                    "азаматтық қоғам институттарын және олардың мемлекеттік органдармен өзара "
                    "іс-қимылын дамыту;",
                ),
                (
                    "li",
                    "азаматтық, саяси, экономикалық, әлеуметтік және мәдени құқықтарды тиімді "
                    "қорғау;",
                ),
                (
                    "li",
                    "халықтың әлеуметтік осал топтарының құқықтарын қорғаудың арнайы бағдарламасы;",
                ),
                (
                    "li",
                    "мемлекеттік органдар мен азаматтық қоғам институттары қызметінің ашықтығы;",
                ),
                (
                    "li",
                    "халықтың адам құқықтарының жалпы танылған стандарттары туралы "
                    "хабардарлығының жоғары деңгейі;",
                ),
                ("li", "халықтың құқықтық мәдениетін арттыру;"),
                ("li", "әлеуметтік шиеленіс пен әлеуметтік қақтығыстар қаупін азайту."),
                ("h", "Алғыс"),
                (
                    "p",
                    "Жұмыс тобы БҰҰ Даму бағдарламасына, ЕҚЫҰ ДИАКБ-ға, ЕҚЫҰ-ның Астанадағы "
                    "орталығына, Қазақстан Республикасының мемлекеттік органдары мен үкіметтік "
                    "емес ұйымдарына, сондай-ақ Қазақстанда аккредиттелген халықаралық "
                    "ұйымдарға ұсынған материалдары үшін алғыс білдіреді.",
                ),
            ],
        },
        "ru": {
            "title": "Национальный план действий в области прав человека на 2009–2012 годы "
            "(заключение)",
            "description": "Национальный документ с перечнем конкретных шагов по "
            "совершенствованию законодательства и правоприменительной практики, национальной "
            "системы защиты прав человека и правовой грамотности населения. Заключение плана и "
            "ожидаемые результаты.",
            "source": COMMISSION["ru"],
            "blocks": [
                ("h", "Заключение"),
                (
                    "p",
                    "Несмотря на очевидный прогресс в сфере защиты прав человека, "
                    "правоохранительные механизмы Республики Казахстан нуждаются в существенной "
                    "корректировке.",
                ),
                (
                    "p",
                    "Рекомендации и меры Национального плана направлены на совершенствование "
                    "законодательных, институциональных и контрольных механизмов в сфере прав "
                    "человека. Необходимо полнее использовать правозащитный потенциал институтов "
                    "гражданского общества и уделить внимание правовому просвещению.",
                ),
                (
                    "p",
                    "При совершенствовании национального законодательства необходимо создать все "
                    "условия для полноценного участия представителей гражданского общества в "
                    "обсуждении законопроектов, касающихся прав и свобод человека.",
                ),
                ("h", "Ожидаемые результаты"),
                (
                    "li",
                    "внедрение международных стандартов прав человека в национальное "
                    "законодательство и правоприменительную практику;",
                ),
                (
                    "li",
                    "совершенствование государственных и общественных механизмов защиты прав "
                    "человека;",
                ),
                (
                    "li",
                    "укрепление внесудебных правозащитных институтов, в том числе института "
                    "Омбудсмена;",
                ),
                (
                    "li",
                    "развитие институтов гражданского общества и их взаимодействия с "
                    "государственными органами;",
                ),
                (
                    "li",
                    "эффективная защита гражданских, политических, экономических, социальных и "
                    "культурных прав;",
                ),
                ("li", "специальная программа защиты прав социально уязвимых слоёв населения;"),
                (
                    "li",
                    "прозрачность деятельности государственных органов и институтов "
                    "гражданского общества;",
                ),
                (
                    "li",
                    "высокий уровень осведомлённости населения об общепризнанных стандартах прав "
                    "человека;",
                ),
                ("li", "повышение правовой культуры населения;"),
                ("li", "снижение рисков социальной напряжённости и социальных конфликтов."),
                ("h", "Благодарности"),
                (
                    "p",
                    "Рабочая группа благодарит Программу развития ООН в Казахстане, БДИПЧ ОБСЕ, "
                    "Центр ОБСЕ в Астане, государственные органы и неправительственные "
                    "организации Республики Казахстан, а также международные организации, "
                    "аккредитованные в Казахстане, за предоставленные материалы.",
                ),
            ],
        },
        "en": {
            "title": "National Human Rights Action Plan for 2009–2012 (conclusion)",
            "description": "The national document listing concrete steps to improve the "
            "legislation and law-enforcement practice, the national system of human rights "
            "protection and the public's legal literacy. The plan's conclusion and expected "
            "results.",
            "source": COMMISSION["en"],
            "blocks": [
                ("h", "Conclusion"),
                (
                    "p",
                    "Despite the evident progress in the sphere of human rights protection, the "
                    "law-enforcement mechanisms of the Republic of Kazakhstan need significant "
                    "adjustment.",
                ),
                (
                    "p",
                    "The recommendations and measures of the National Plan aim to improve the "
                    "legislative, institutional and control mechanisms in the sphere of human "
                    "rights. The potential of civil society institutions must be used more "
                    "fully, with detailed attention to legal education.",
                ),
                (
                    "p",
                    "As national legislation is improved, all conditions must be created for the "
                    "full involvement of civil society in the discussion of draft laws related "
                    "to human rights and freedoms.",
                ),
                ("h", "Expected results"),
                (
                    "li",
                    "international human rights standards implemented in national legislation "
                    "and law-enforcement practice;",
                ),
                ("li", "improved governmental and public mechanisms for human rights protection;"),
                (
                    "li",
                    "stronger non-judicial human rights institutions, including the Ombudsman;",
                ),
                (
                    "li",
                    "developed civil society institutions and their interaction with the "
                    "governmental authorities;",
                ),
                (
                    "li",
                    "effective protection of civil, political, economic, social and cultural "
                    "rights;",
                ),
                ("li", "a special programme for the rights of socially vulnerable groups;"),
                ("li", "transparency of governmental authorities and civil society institutions;"),
                (
                    "li",
                    "a high level of public awareness of commonly acknowledged human rights "
                    "standards;",
                ),
                ("li", "a stronger legal culture of the population;"),
                ("li", "lower risks of social tension and social conflicts."),
                ("h", "Acknowledgements"),
                (
                    "p",
                    "The work group thanks the UN Development Programme in Kazakhstan, the OSCE "
                    "ODIHR, the OSCE Centre in Astana, the governmental authorities and "
                    "non-governmental organisations of the Republic of Kazakhstan and the "
                    "international organisations accredited in Kazakhstan for the materials "
                    "they provided.",
                ),
            ],
        },
    },
    # Handbooks and reports ------------------------------------------------------------------
    {
        "key": "un-complaints-guide",
        "kind": "handbook",
        "access": "public",
        "topics": ["justice", "education"],
        "published_on": datetime.date(2015, 10, 20),
        "file": "pdf",
        "downloads": {"kk": 19, "ru": 64, "en": 12},
        "kk": {
            "title": "БҰҰ шарттық органдарына жеке шағымдар: практикалық нұсқаулық",
            "description": "БҰҰ Адам құқықтары жөніндегі комитетіне, Азаптауға қарсы комитетке "
            "және басқа шарттық органдарға жеке шағымды қалай беруге болады: қабылдану "
            "шарттары, шағымның құрылымы, уақытша шаралар және Комитет шешімінен кейін не "
            "болады.",
            "source": OSCE["kk"],
            "blocks": [
                ("h", "БҰҰ шарттық органдары дегеніміз не"),
                (
                    "p",
                    "БҰҰ шарттық органдары — адам құқықтары саласындағы халықаралық шарттардың "
                    "орындалуын қадағалайтын тәуелсіз сарапшылар комитеттері. Олардың кейбірі "
                    "мемлекет құқықтарын бұзды деп есептейтін адамдардың жеке шағымдарын "
                    "(хабарламаларын) қарайды.",
                ),
                (
                    "p",
                    "Қазақстан бірқатар комитеттердің, соның ішінде Адам құқықтары жөніндегі "
                    "комитет пен Азаптауға қарсы комитеттің жеке шағымдарды қарау құзыретін "
                    "таныды.",
                ),
                ("h", "Шағымның қабылдану шарттары"),
                (
                    "li",
                    "өтініш беруші бұзушылықтың құрбаны болып табылады немесе оның келісімімен "
                    "әрекет етеді;",
                ),
                (
                    "li",
                    "елдегі барлық қолжетімді және тиімді құқықтық қорғау құралдары пайдаланылды;",
                ),
                ("li", "сол мәселе басқа халықаралық рәсімде қаралмайды;"),
                (
                    "li",
                    "шағым жасырын емес және рәсім мемлекет үшін күшіне енгеннен кейінгі "
                    "оқиғаларға қатысты.",
                ),
                ("h", "Шағымды қалай жазу керек"),
                (
                    "p",
                    "Фактілерді хронологиялық тәртіппен баяндаңыз, шарттың қай баптары "
                    "бұзылғанын көрсетіңіз және елде қандай қорғау құралдарын пайдаланғаныңызды "
                    "(барлық сатыдағы соттар, прокуратура) сипаттаңыз. Шешімдер мен "
                    "құжаттардың көшірмелерін қоса беріңіз. Шағым БҰҰ-ның жұмыс тілдерінің "
                    "бірінде, соның ішінде орыс тілінде беріледі.",
                ),
                ("h", "Уақытша шаралар"),
                (
                    "p",
                    "Өтініш берушіге орны толмас зиян қаупі төнсе (мысалы, азаптау қаупі бар "
                    "елге шығарып жіберу), Комитет шағым қаралғанға дейін мемлекеттен уақытша "
                    "қорғау шараларын қабылдауды сұрай алады.",
                ),
                ("h", "Комитет шешімінен кейін"),
                (
                    "p",
                    "Комитет өз пікірін мемлекетке және өтініш берушіге жібереді. Мемлекет "
                    "қабылданған шаралар туралы хабарлайды; ҮЕҰ пікірлердің орындалуын "
                    "қадағалап, бұл туралы Комитетке және Адам құқықтары жөніндегі комиссияға "
                    "хабарлай алады.",
                ),
                ("h", "ҮЕҰ-ның рөлі"),
                (
                    "p",
                    "ҮЕҰ өтініш берушілерге елдегі қорғау құралдарын пайдалануға көмектеседі, "
                    "шағымдар мен құжаттарды дайындайды, Комитетпен хат алмасуды сүйемелдейді "
                    "және шарттық органдардың практикасы туралы хабардар етеді.",
                ),
            ],
        },
        "ru": {
            "title": "Индивидуальные жалобы в договорные органы ООН: практическое руководство",
            "description": "Как подать индивидуальную жалобу в Комитет по правам человека, "
            "Комитет против пыток и другие договорные органы ООН: условия приемлемости, "
            "структура жалобы, временные меры и что происходит после решения Комитета.",
            "source": OSCE["ru"],
            "blocks": [
                ("h", "Что такое договорные органы ООН"),
                (
                    "p",
                    "Договорные органы ООН — комитеты независимых экспертов, которые следят за "
                    "выполнением международных договоров в области прав человека. Некоторые из "
                    "них рассматривают индивидуальные жалобы (сообщения) лиц, утверждающих, что "
                    "государство нарушило их права.",
                ),
                (
                    "p",
                    "Казахстан признал компетенцию ряда комитетов, в том числе Комитета по "
                    "правам человека и Комитета против пыток, рассматривать индивидуальные "
                    "жалобы.",
                ),
                ("h", "Условия приемлемости жалобы"),
                ("li", "заявитель сам является жертвой нарушения или действует с её согласия;"),
                (
                    "li",
                    "исчерпаны все доступные и эффективные внутренние средства правовой защиты;",
                ),
                ("li", "тот же вопрос не рассматривается в другой международной процедуре;"),
                (
                    "li",
                    "жалоба не анонимна и касается событий после вступления процедуры в силу для "
                    "государства.",
                ),
                ("h", "Как составить жалобу"),
                (
                    "p",
                    "Изложите факты в хронологическом порядке, укажите, какие статьи договора "
                    "нарушены, и опишите, какие средства защиты вы использовали в стране (суды "
                    "всех инстанций, прокуратура). Приложите копии решений и документов. Жалоба "
                    "подаётся на одном из рабочих языков ООН, в том числе на русском.",
                ),
                ("h", "Временные меры"),
                (
                    "p",
                    "Если заявителю грозит непоправимый вред (например, высылка в страну, где ему "
                    "угрожают пытки), Комитет может попросить государство принять временные "
                    "меры защиты до рассмотрения жалобы.",
                ),
                ("h", "После решения Комитета"),
                (
                    "p",
                    "Комитет направляет свои соображения государству и заявителю. Государство "
                    "сообщает о принятых мерах; НПО могут следить за выполнением соображений и "
                    "сообщать об этом Комитету и Комиссии по правам человека.",
                ),
                ("h", "Роль НПО"),
                (
                    "p",
                    "НПО помогают заявителям исчерпать внутренние средства защиты, готовят "
                    "жалобы и документы, сопровождают переписку с Комитетом и рассказывают о "
                    "практике договорных органов.",
                ),
            ],
        },
        "en": {
            "title": "Individual complaints to UN treaty bodies: a practical guide",
            "description": "How to bring an individual complaint to the Human Rights Committee, "
            "the Committee against Torture and other UN treaty bodies: admissibility, the "
            "structure of a complaint, interim measures and what happens after the Committee's "
            "decision.",
            "source": OSCE["en"],
            "blocks": [
                ("h", "What UN treaty bodies are"),
                (
                    "p",
                    "UN treaty bodies are committees of independent experts that monitor the "
                    "implementation of the international human rights treaties. Some of them "
                    "consider individual complaints (communications) from people who claim that "
                    "a state has violated their rights.",
                ),
                (
                    "p",
                    "Kazakhstan has recognised the competence of several committees, among them "
                    "the Human Rights Committee and the Committee against Torture, to consider "
                    "individual complaints.",
                ),
                ("h", "When a complaint is admissible"),
                (
                    "li",
                    "the author is a victim of the violation, or acts with the victim's consent;",
                ),
                ("li", "all available and effective domestic remedies have been exhausted;"),
                (
                    "li",
                    "the same matter is not being examined under another international procedure;",
                ),
                (
                    "li",
                    "the complaint is not anonymous and concerns events after the procedure "
                    "entered into force for the state.",
                ),
                ("h", "How to write a complaint"),
                (
                    "p",
                    "Set out the facts in order, name the articles of the treaty that were "
                    "violated, and describe the remedies you used at home (courts at every "
                    "level, the prosecutor's office). Attach copies of decisions and documents. "
                    "A complaint may be written in any working language of the UN, Russian "
                    "among them.",
                ),
                ("h", "Interim measures"),
                (
                    "p",
                    "When the author faces irreparable harm (for example, removal to a country "
                    "where torture awaits them), the Committee may ask the state to take interim "
                    "measures of protection until it has considered the complaint.",
                ),
                ("h", "After the Committee's decision"),
                (
                    "p",
                    "The Committee sends its views to the state and the author. The state "
                    "reports on the measures it has taken; NGOs can follow up and inform the "
                    "Committee and the Human Rights Commission.",
                ),
                ("h", "The role of NGOs"),
                (
                    "p",
                    "NGOs help authors exhaust domestic remedies, prepare complaints and "
                    "documents, follow the correspondence with the Committee and explain the "
                    "practice of the treaty bodies.",
                ),
            ],
        },
    },
    {
        "key": "annual-report-2015",
        "kind": "report",
        "access": "public",
        "topics": ["labour", "justice", "detention"],
        "published_on": datetime.date(2015, 10, 20),
        "file": "pdf",
        "downloads": {"ru": 152, "kk": 37},
        "ru": {
            "title": "Доклад о положении с правами человека в Республике Казахстан (2015)",
            "description": "Ежегодный доклад Комиссии: обращения граждан, трудовые и социальные "
            "права, права в уголовном процессе, права людей с инвалидностью, взаимодействие с "
            "гражданским обществом и рекомендации государственным органам. Представлен 20 "
            "октября 2015 года при поддержке ОБСЕ.",
            "source": COMMISSION["ru"],
            "blocks": [
                ("h", "Введение"),
                (
                    "p",
                    "Доклад подготовлен Комиссией по правам человека при Президенте Республики "
                    "Казахстан на основе обращений граждан, сведений государственных органов и "
                    "информации неправительственных организаций. Презентация доклада прошла при "
                    "поддержке Программного офиса ОБСЕ в Астане; его обсуждение продолжается в "
                    "регионах, в том числе на обучающем семинаре в Шымкенте.",
                ),
                ("h", "Обращения граждан"),
                (
                    "p",
                    "Большинство обращений касается трудовых споров, исполнения судебных "
                    "решений, жилищных вопросов и действий правоохранительных органов. Сложные "
                    "жалобы, переданные НПО, Комиссия рассматривает вместе с государственными "
                    "органами.",
                ),
                ("h", "Трудовые и социальные права"),
                (
                    "p",
                    "Обучение по трудовым и социальным правам и развитие социального партнёрства "
                    "важны не только для правовой культуры, но и для предупреждения "
                    "социально-трудовых конфликтов, особенно в нынешних экономических условиях.",
                ),
                ("h", "Права человека в уголовном процессе"),
                (
                    "p",
                    "Особого внимания требуют защита прав потерпевших и обвиняемых, "
                    "предупреждение пыток и жестокого обращения, условия в местах лишения "
                    "свободы и применение новелл уголовного и уголовно-исполнительного "
                    "законодательства.",
                ),
                ("h", "Права людей с инвалидностью"),
                (
                    "p",
                    "Доступность зданий, транспорта и информации остаётся недостаточной. "
                    "Комиссия рекомендует привлекать организации людей с инвалидностью к "
                    "подготовке решений, которые их касаются.",
                ),
                ("h", "Взаимодействие с гражданским обществом"),
                (
                    "p",
                    "НПО участвуют в работе общественных советов, в мониторинге и в обсуждении "
                    "законопроектов. Их данные помогают Комиссии оценивать положение с правами "
                    "человека по всей стране.",
                ),
                ("h", "Рекомендации"),
                (
                    "li",
                    "продолжить обучение сотрудников акиматов, судов, прокуратуры и "
                    "правоохранительных органов механизмам защиты прав человека;",
                ),
                ("li", "обеспечить своевременное выполнение соображений договорных органов ООН;"),
                ("li", "расширить доступ общественных наблюдателей в места лишения свободы;"),
                (
                    "li",
                    "публиковать проекты нормативных правовых актов о правах человека на "
                    "казахском и русском языках для общественного обсуждения.",
                ),
            ],
        },
        "kk": {
            "title": "Қазақстан Республикасындағы адам құқықтарының жағдайы туралы баяндама (2015)",
            "description": "Комиссияның жыл сайынғы баяндамасы: азаматтардың өтініштері, еңбек "
            "және әлеуметтік құқықтар, қылмыстық процестегі құқықтар, мүгедектігі бар "
            "адамдардың құқықтары, азаматтық қоғаммен өзара іс-қимыл және мемлекеттік "
            "органдарға ұсынымдар. 2015 жылғы 20 қазанда ЕҚЫҰ-ның қолдауымен таныстырылды.",
            "source": COMMISSION["kk"],
            "blocks": [
                ("h", "Кіріспе"),
                (
                    "p",
                    "Баяндаманы Қазақстан Республикасы Президенті жанындағы Адам құқықтары "
                    "жөніндегі комиссия азаматтардың өтініштері, мемлекеттік органдардың "
                    "мәліметтері және үкіметтік емес ұйымдардың ақпараты негізінде дайындады. "
                    "Баяндаманы таныстыру ЕҚЫҰ-ның Астанадағы бағдарламалар офисінің қолдауымен "
                    "өтті; оны талқылау өңірлерде, соның ішінде Шымкенттегі оқыту семинарында "
                    "жалғасады.",
                ),
                ("h", "Азаматтардың өтініштері"),
                (
                    "p",
                    "Өтініштердің көбі еңбек дауларына, сот шешімдерінің орындалуына, тұрғын үй "
                    "мәселелеріне және құқық қорғау органдарының әрекеттеріне қатысты. ҮЕҰ "
                    "жіберген күрделі шағымдарды Комиссия мемлекеттік органдармен бірге қарайды.",
                ),
                ("h", "Еңбек және әлеуметтік құқықтар"),
                (
                    "p",
                    "Еңбек және әлеуметтік құқықтар бойынша оқыту мен әлеуметтік әріптестікті "
                    "дамыту құқықтық мәдениет үшін ғана емес, әлеуметтік-еңбек қақтығыстарының "
                    "алдын алу үшін де маңызды.",
                ),
                ("h", "Қылмыстық процестегі адам құқықтары"),
                (
                    "p",
                    "Жәбірленушілер мен айыпталушылардың құқықтарын қорғау, азаптау мен "
                    "қатыгездіктің алдын алу, бас бостандығынан айыру орындарындағы жағдай және "
                    "қылмыстық және қылмыстық-атқару заңнамасының жаңалықтарын қолдану ерекше "
                    "назарды қажет етеді.",
                ),
                ("h", "Мүгедектігі бар адамдардың құқықтары"),
                (
                    "p",
                    "Ғимараттардың, көліктің және ақпараттың қолжетімділігі әлі де жеткіліксіз. "
                    "Комиссия мүгедектігі бар адамдардың ұйымдарын оларға қатысты шешімдерді "
                    "дайындауға тартуды ұсынады.",
                ),
                ("h", "Азаматтық қоғаммен өзара іс-қимыл"),
                (
                    "p",
                    "ҮЕҰ қоғамдық кеңестердің жұмысына, мониторингке және заң жобаларын "
                    "талқылауға қатысады. Олардың деректері Комиссияға ел бойынша адам "
                    "құқықтарының жағдайын бағалауға көмектеседі.",
                ),
                ("h", "Ұсынымдар"),
                (
                    "li",
                    "әкімдіктердің, соттардың, прокуратураның және құқық қорғау органдарының "
                    "қызметкерлерін адам құқықтарын қорғау тетіктеріне оқытуды жалғастыру;",
                ),
                ("li", "БҰҰ шарттық органдарының пікірлерін уақтылы орындауды қамтамасыз ету;"),
                (
                    "li",
                    "қоғамдық байқаушылардың бас бостандығынан айыру орындарына қолжетімділігін "
                    "кеңейту;",
                ),
                (
                    "li",
                    "адам құқықтарына қатысты нормативтік құқықтық актілердің жобаларын қоғамдық "
                    "талқылау үшін қазақ және орыс тілдерінде жариялау.",
                ),
            ],
        },
    },
    {
        "key": "detention-monitoring-guide",
        "kind": "handbook",
        "access": "members",
        "topics": ["detention", "justice"],
        "published_on": datetime.date(2016, 3, 15),
        "file": "pdf",
        "downloads": {"ru": 27, "kk": 9},
        "ru": {
            "title": "Методическое пособие для НПО по мониторингу мест лишения свободы",
            "description": "Как НПО готовить и проводить посещения мест лишения свободы, "
            "беседовать с людьми, оценивать условия содержания и писать отчёт с "
            "рекомендациями. Для членов проверенных организаций.",
            "source": COMMISSION["ru"],
            "blocks": [
                ("h", "Зачем нужен общественный мониторинг"),
                (
                    "p",
                    "Регулярные посещения мест лишения свободы независимыми наблюдателями — один "
                    "из самых действенных способов предупреждения пыток и жестокого обращения. "
                    "Наблюдения НПО помогают Комиссии по правам человека оценивать положение с "
                    "правами человека и готовить рекомендации.",
                ),
                ("h", "Принципы мониторинга"),
                (
                    "li",
                    "не навредить: ни один человек не должен пострадать из-за беседы с "
                    "наблюдателем;",
                ),
                (
                    "li",
                    "конфиденциальность: имена собеседников не раскрываются без их согласия;",
                ),
                ("li", "независимость и беспристрастность;"),
                (
                    "li",
                    "точность: каждое утверждение отчёта подтверждается наблюдением, документом "
                    "или беседой.",
                ),
                ("h", "Подготовка посещения"),
                (
                    "p",
                    "Соберите сведения об учреждении: тип, наполняемость, прежние жалобы и "
                    "рекомендации. Распределите роли в группе, подготовьте вопросники и "
                    "согласуйте порядок доступа с администрацией.",
                ),
                ("h", "Во время посещения"),
                (
                    "p",
                    "Осмотрите камеры, медицинскую часть, столовую, прогулочные дворы и комнаты "
                    "для свиданий. Проверьте журналы и порядок подачи жалоб. Беседуйте с людьми "
                    "наедине, вне слышимости персонала.",
                ),
                ("h", "Отчёт и рекомендации"),
                (
                    "p",
                    "Отчёт описывает условия содержания, выявленные нарушения и конкретные "
                    "рекомендации администрации и государственным органам. О случаях пыток и "
                    "жестокого обращения сообщайте без промедления, с согласия пострадавшего, в "
                    "прокуратуру и в Комиссию.",
                ),
                ("h", "Последующие действия"),
                (
                    "p",
                    "Через несколько месяцев посетите учреждение снова и проверьте, выполнены ли "
                    "рекомендации.",
                ),
            ],
        },
        "kk": {
            "title": "Бас бостандығынан айыру орындарын мониторингтеу бойынша ҮЕҰ-ға арналған "
            "әдістемелік құрал",
            "description": "ҮЕҰ бас бостандығынан айыру орындарына баруды қалай дайындап, "
            "өткізеді, адамдармен қалай сөйлеседі, ұстау жағдайларын қалай бағалайды және "
            "ұсынымдары бар есепті қалай жазады. Тексерілген ұйымдардың мүшелеріне арналған.",
            "source": COMMISSION["kk"],
            "blocks": [
                ("h", "Қоғамдық мониторинг не үшін қажет"),
                (
                    "p",
                    "Тәуелсіз байқаушылардың бас бостандығынан айыру орындарына тұрақты баруы — "
                    "азаптау мен қатыгездіктің алдын алудың ең тиімді тәсілдерінің бірі. ҮЕҰ-ның "
                    "бақылаулары Адам құқықтары жөніндегі комиссияға адам құқықтарының жағдайын "
                    "бағалауға және ұсынымдар дайындауға көмектеседі.",
                ),
                ("h", "Мониторинг қағидаттары"),
                (
                    "li",
                    "зиян келтірмеу: байқаушымен сөйлескені үшін ешкім зардап шекпеуге тиіс;",
                ),
                (
                    "li",
                    "құпиялылық: сұхбаттасушылардың аты-жөні олардың келісімінсіз ашылмайды;",
                ),
                ("li", "тәуелсіздік және бейтараптық;"),
                (
                    "li",
                    "дәлдік: есептегі әрбір тұжырым бақылаумен, құжатпен немесе әңгімемен "
                    "расталады.",
                ),
                ("h", "Баруға дайындық"),
                (
                    "p",
                    "Мекеме туралы мәліметтер жинаңыз: түрі, толықтығы, бұрынғы шағымдар мен "
                    "ұсынымдар. Топтағы рөлдерді бөліңіз, сауалнамаларды дайындаңыз және кіру "
                    "тәртібін әкімшілікпен келісіңіз.",
                ),
                ("h", "Бару кезінде"),
                (
                    "p",
                    "Камераларды, медициналық бөлімді, асхананы, серуендеу аулаларын және "
                    "кездесу бөлмелерін қараңыз. Журналдарды және шағым беру тәртібін тексеріңіз. "
                    "Адамдармен оңаша, персонал естімейтін жерде сөйлесіңіз.",
                ),
                ("h", "Есеп және ұсынымдар"),
                (
                    "p",
                    "Есепте ұстау жағдайлары, анықталған бұзушылықтар және әкімшілік пен "
                    "мемлекеттік органдарға нақты ұсынымдар сипатталады. Азаптау мен "
                    "қатыгездік жағдайлары туралы жәбірленушінің келісімімен прокуратураға және "
                    "Комиссияға дереу хабарлаңыз.",
                ),
                ("h", "Кейінгі әрекеттер"),
                (
                    "p",
                    "Бірнеше айдан кейін мекемеге қайта барып, ұсынымдардың орындалғанын "
                    "тексеріңіз.",
                ),
            ],
        },
    },
    # The Shymkent seminar's materials, for its participants ----------------------------------
    {
        "key": "shymkent-seminar-slides",
        "kind": "presentation",
        "access": "participants",
        "event": SEMINAR,
        "topics": ["justice", "labour", "education"],
        "published_on": None,
        "file": "slides",
        "downloads": {"ru": 18, "kk": 6},
        "ru": {
            "title": "Механизмы защиты прав человека: презентация семинара в Шымкенте",
            "description": "Слайды трёхдневного обучающего семинара: национальные и "
            "международные механизмы защиты прав человека, индивидуальные жалобы в комитеты "
            "ООН, трудовые и социальные конфликты, роль суда и новеллы законодательства.",
            "source": COMMISSION["ru"],
            "subtitle": "Обучающий семинар, Шымкент. Комиссия по правам человека при Президенте "
            "Республики Казахстан при поддержке Программного офиса ОБСЕ в Астане",
            "slides": [
                (
                    "Цели семинара",
                    [
                        "Понимание национальных и международных механизмов защиты прав человека",
                        "Эффективное использование механизмов местными органами",
                        "Сотрудничество власти, правоохранительных органов и гражданского общества",
                    ],
                ),
                (
                    "Национальные механизмы защиты",
                    [
                        "Суды и прокуратура",
                        "Уполномоченный по правам человека",
                        "Комиссия по правам человека при Президенте",
                        "Общественные советы и неправительственные организации",
                    ],
                ),
                (
                    "Международные механизмы",
                    [
                        "Договорные органы ООН и их заключительные замечания",
                        "Универсальный периодический обзор",
                        "Специальные процедуры Совета ООН по правам человека",
                        "ОБСЕ и её Бюро по демократическим институтам и правам человека",
                    ],
                ),
                (
                    "Индивидуальные жалобы в комитеты ООН",
                    [
                        "Кто может подать жалобу и от чьего имени",
                        "Исчерпание внутренних средств правовой защиты",
                        "Временные меры при угрозе непоправимого вреда",
                        "Выполнение соображений Комитета",
                    ],
                ),
                (
                    "Трудовые и социальные конфликты",
                    [
                        "Досудебное урегулирование трудовых споров",
                        "Согласительные комиссии и роль профсоюзов",
                        "Социальное партнёрство на местном уровне",
                    ],
                ),
                (
                    "Роль суда в защите прав и свобод",
                    [
                        "Доступ к правосудию и справедливое судебное разбирательство",
                        "Права потерпевших и обвиняемых в уголовном процессе",
                        "Исполнение судебных решений",
                    ],
                ),
                (
                    "Новеллы законодательства",
                    [
                        "Административное законодательство",
                        "Уголовное и уголовно-процессуальное законодательство",
                        "Уголовно-исполнительное законодательство",
                    ],
                ),
                (
                    "Вопросы для обсуждения",
                    [
                        "Какие жалобы чаще всего поступают в ваш орган или организацию?",
                        "Где местным органам нужна помощь НПО и Комиссии?",
                    ],
                ),
                ("Контакты", ["Секретариат Комиссии: info@kenes.kz"]),
            ],
        },
        "kk": {
            "title": "Адам құқықтарын қорғау тетіктері: Шымкенттегі семинардың презентациясы",
            "description": "Үш күндік оқыту семинарының слайдтары: адам құқықтарын қорғаудың "
            "ұлттық және халықаралық тетіктері, БҰҰ комитеттеріне жеке шағымдар, еңбек және "
            "әлеуметтік қақтығыстар, соттың рөлі және заңнамадағы жаңалықтар.",
            "source": COMMISSION["kk"],
            "subtitle": "Оқыту семинары, Шымкент. Қазақстан Республикасы Президенті жанындағы "
            "Адам құқықтары жөніндегі комиссия ЕҚЫҰ-ның Астанадағы бағдарламалар офисінің "
            "қолдауымен",
            "slides": [
                (
                    "Семинардың мақсаттары",
                    [
                        "Адам құқықтарын қорғаудың ұлттық және халықаралық тетіктерін түсіну",
                        "Тетіктерді жергілікті органдардың тиімді пайдалануы",
                        "Билік, құқық қорғау органдары және азаматтық қоғамның ынтымақтастығы",
                    ],
                ),
                (
                    "Қорғаудың ұлттық тетіктері",
                    [
                        "Соттар және прокуратура",
                        "Адам құқықтары жөніндегі уәкіл",
                        "Президент жанындағы Адам құқықтары жөніндегі комиссия",
                        "Қоғамдық кеңестер және үкіметтік емес ұйымдар",
                    ],
                ),
                (
                    "Халықаралық тетіктер",
                    [
                        "БҰҰ шарттық органдары және олардың қорытынды ескертулері",
                        "Әмбебап мерзімдік шолу",
                        "БҰҰ Адам құқықтары жөніндегі кеңесінің арнайы рәсімдері",
                        "ЕҚЫҰ және оның Демократиялық институттар мен адам құқықтары бюросы",
                    ],
                ),
                (
                    "БҰҰ комитеттеріне жеке шағымдар",
                    [
                        "Шағымды кім және кімнің атынан бере алады",
                        "Елдегі құқықтық қорғау құралдарын пайдалану",
                        "Орны толмас зиян қаупі кезіндегі уақытша шаралар",
                        "Комитет пікірлерін орындау",
                    ],
                ),
                (
                    "Еңбек және әлеуметтік қақтығыстар",
                    [
                        "Еңбек дауларын сотқа дейін реттеу",
                        "Келісім комиссиялары және кәсіподақтардың рөлі",
                        "Жергілікті деңгейдегі әлеуметтік әріптестік",
                    ],
                ),
                (
                    "Құқықтар мен бостандықтарды қорғаудағы соттың рөлі",
                    [
                        "Сот төрелігіне қолжетімділік және әділ сот талқылауы",
                        "Қылмыстық процестегі жәбірленушілер мен айыпталушылардың құқықтары",
                        "Сот шешімдерін орындау",
                    ],
                ),
                (
                    "Заңнамадағы жаңалықтар",
                    [
                        "Әкімшілік заңнама",
                        "Қылмыстық және қылмыстық-процестік заңнама",
                        "Қылмыстық-атқару заңнамасы",
                    ],
                ),
                (
                    "Талқылауға арналған сұрақтар",
                    [
                        "Сіздің органыңызға немесе ұйымыңызға қандай шағымдар жиі түседі?",
                        "Жергілікті органдарға ҮЕҰ мен Комиссияның көмегі қай жерде қажет?",
                    ],
                ),
                ("Байланыс", ["Комиссия хатшылығы: info@kenes.kz"]),
            ],
        },
    },
    {
        "key": "shymkent-seminar-handout",
        "kind": "presentation",
        "access": "participants",
        "event": SEMINAR,
        "topics": ["justice", "labour"],
        "published_on": None,
        "file": "docx",
        "downloads": {"ru": 11},
        "ru": {
            "title": "Раздаточный материал: практикум по индивидуальной жалобе",
            "description": "Задание для работы в группах на второй день семинара в Шымкенте: "
            "разбор дела об увольнении за участие в профсоюзе и проверка приемлемости жалобы в "
            "Комитет по правам человека.",
            "source": COMMISSION["ru"],
            "blocks": [
                ("h", "Ситуация для разбора"),
                (
                    "p",
                    "Работника предприятия уволили через месяц после того, как он вступил в "
                    "профсоюз и выступил на собрании трудового коллектива. Суды первой, "
                    "апелляционной и кассационной инстанций отказали в восстановлении на работе. "
                    "Работник обратился в НПО за помощью.",
                ),
                ("h", "Задание"),
                ("li", "Проверьте условия приемлемости жалобы по таблице ниже."),
                (
                    "li",
                    "Определите, какие права нарушены: свобода объединения, право на "
                    "справедливое судебное разбирательство, защита от дискриминации.",
                ),
                (
                    "li",
                    "Составьте план жалобы: факты, использованные средства защиты, нарушенные "
                    "статьи, просьба к Комитету.",
                ),
                (
                    "table",
                    [
                        ["Условие", "Выполнено?", "Чем подтверждается"],
                        ["Заявитель — жертва нарушения", "", ""],
                        ["Внутренние средства защиты исчерпаны", "", ""],
                        ["Вопрос не рассматривается в другой процедуре", "", ""],
                        ["События после вступления процедуры в силу", "", ""],
                    ],
                ),
                ("h", "Для обсуждения"),
                (
                    "p",
                    "Как НПО и местные органы могут урегулировать такой трудовой конфликт до "
                    "суда? Какую роль здесь может сыграть социальное партнёрство?",
                ),
            ],
        },
    },
    # Forms and templates --------------------------------------------------------------------
    {
        "key": "seminar-application-form",
        "kind": "form",
        "access": "public",
        "topics": ["education"],
        "published_on": datetime.date(2024, 2, 1),
        "file": "docx",
        "downloads": {"ru": 45, "kk": 22},
        "ru": {
            "title": "Заявка организации на участие в обучающем семинаре",
            "description": "Форма заявки НПО на участие в обучающем семинаре Комиссии: сведения "
            "об организации, контактное лицо и не более двух участников. Заполните и "
            "отправьте в секретариат Комиссии.",
            "source": COMMISSION["ru"],
            "blocks": [
                ("h", "Сведения об организации"),
                (
                    "table",
                    [
                        ["Поле", "Заполняет организация"],
                        ["Полное наименование организации", ""],
                        ["БИН", ""],
                        ["Регион", ""],
                        ["Направления деятельности", ""],
                        ["Контактное лицо (ФИО, должность)", ""],
                        ["Телефон и электронная почта", ""],
                        ["Название и даты семинара", ""],
                    ],
                ),
                ("h", "Участники от организации (не более двух)"),
                (
                    "table",
                    [
                        ["№", "ФИО", "Должность", "Язык участия (казахский или русский)"],
                        ["1", "", "", ""],
                        ["2", "", "", ""],
                    ],
                ),
                ("h", "Согласие на обработку персональных данных"),
                (
                    "p",
                    "Организация подтверждает, что участники согласны на обработку их "
                    "персональных данных Комиссией для регистрации на семинар и выдачи "
                    "сертификатов.",
                ),
                ("p", "Руководитель организации: ____________________   Дата: ____________"),
                (
                    "p",
                    "Заполненную заявку отправьте в секретариат Комиссии: info@kenes.kz. "
                    "Зарегистрироваться можно и на сайте, на странице мероприятия.",
                ),
            ],
        },
        "kk": {
            "title": "Ұйымның оқыту семинарына қатысуға өтінімі",
            "description": "ҮЕҰ-ның Комиссияның оқыту семинарына қатысуға өтінім нысаны: ұйым "
            "туралы мәліметтер, байланыс жасайтын тұлға және екіден аспайтын қатысушы. "
            "Толтырып, Комиссия хатшылығына жіберіңіз.",
            "source": COMMISSION["kk"],
            "blocks": [
                ("h", "Ұйым туралы мәліметтер"),
                (
                    "table",
                    [
                        ["Өріс", "Ұйым толтырады"],
                        ["Ұйымның толық атауы", ""],
                        ["БСН", ""],
                        ["Өңір", ""],
                        ["Қызмет бағыттары", ""],
                        ["Байланыс жасайтын тұлға (аты-жөні, лауазымы)", ""],
                        ["Телефон және электрондық пошта", ""],
                        ["Семинардың атауы мен күндері", ""],
                    ],
                ),
                ("h", "Ұйымнан қатысушылар (екіден аспайды)"),
                (
                    "table",
                    [
                        ["№", "Аты-жөні", "Лауазымы", "Қатысу тілі (қазақ немесе орыс)"],
                        ["1", "", "", ""],
                        ["2", "", "", ""],
                    ],
                ),
                ("h", "Дербес деректерді өңдеуге келісім"),
                (
                    "p",
                    "Ұйым қатысушылардың семинарға тіркеу және сертификат беру үшін Комиссияның "
                    "олардың дербес деректерін өңдеуіне келісетінін растайды.",
                ),
                ("p", "Ұйым басшысы: ____________________   Күні: ____________"),
                (
                    "p",
                    "Толтырылған өтінімді Комиссия хатшылығына жіберіңіз: info@kenes.kz. "
                    "Сайтта, іс-шара бетінде де тіркелуге болады.",
                ),
            ],
        },
    },
    # Internal -------------------------------------------------------------------------------
    {
        "key": "moderation-guidelines",
        "kind": "handbook",
        "access": "staff",
        "topics": ["expression"],
        "published_on": datetime.date(2025, 1, 20),
        "file": "docx",
        "downloads": {"ru": 3},
        "ru": {
            "title": "Внутренние правила модерации замечаний к законопроектам",
            "description": "Для сотрудников секретариата: сроки модерации, когда замечание "
            "публикуется и когда отклоняется, как писать заметку модератора и ответ Комиссии.",
            "source": COMMISSION["ru"],
            "blocks": [
                ("p", "Только для сотрудников секретариата Комиссии. Не для публикации."),
                ("h", "Сроки"),
                (
                    "p",
                    "Замечание на премодерации рассматривается в течение двух рабочих дней. В "
                    "последние три дня обсуждения — в течение одного рабочего дня.",
                ),
                ("h", "Когда публикуем"),
                (
                    "p",
                    "Публикуем каждое замечание по существу законопроекта, даже резкое или "
                    "несогласное с позицией государственного органа. Модератор не исправляет "
                    "текст автора.",
                ),
                ("h", "Когда отклоняем"),
                ("li", "не по теме законопроекта;"),
                ("li", "оскорбления или призывы к дискриминации;"),
                ("li", "повтор уже опубликованного замечания того же автора;"),
                ("li", "персональные данные третьих лиц."),
                ("h", "Заметка модератора"),
                (
                    "p",
                    "Причину отклонения объясняем вежливо и подсказываем, куда обратиться: "
                    "например, вопросы о сертификатах семинара — в секретариат, info@kenes.kz.",
                ),
                ("h", "Ответ Комиссии"),
                (
                    "p",
                    "Каждое опубликованное замечание получает ответ: учтено, учтено частично, "
                    "не учтено (с обоснованием) или принято к сведению. Таблица ответов "
                    "публикуется после закрытия обсуждения.",
                ),
            ],
        },
    },
]
