"""Drafts as ministries and the legal-information portals really lay them out: each one splits
into its true chapters and articles, loses no character of text, and raises no false warning."""

import io
from collections import Counter

import pytest
from django.utils import translation
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from consultations.parsing import (
    DraftFileError,
    docx_text,
    find_problems,
    read_draft,
    read_draft_file,
    split_docx,
)
from tests.consultations.drafts import (
    FOOTER,
    KAZAKH_LAW,
    RUNNING_HEADER,
    RUSSIAN_LAW,
    counts,
    docx_bytes,
    ministry_docx,
    pdf_from_docx,
    portal_copy,
)


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


def outline(elements):
    return [(element.kind, element.number, element.title) for element in elements]


def found(reading) -> tuple[int, int]:
    """(chapters, articles) the reading found."""
    kinds = Counter(element.kind for element in reading.elements)
    return kinds["chapter"], kinds["article"]


def characters(text: str) -> Counter:
    return Counter("".join(text.split()))


def check_nothing_lost(text: str, reading) -> None:
    """Every character of the text (spaces aside) is in a heading, a text, or the table of
    contents that was left out and reported."""
    out = [element.heading + element.text for element in reading.elements] + reading.contents
    assert characters("".join(out)) == characters(text)


# 1. A table of contents at the top, as the portals' pages are copied.


@pytest.mark.parametrize(
    ("law", "language", "skipped", "doubled"),
    [(RUSSIAN_LAW, "ru", 20, (6, 32)), (KAZAKH_LAW, "kk", 16, (4, 26))],
    ids=["ru", "kk"],
)
def test_table_of_contents_is_left_out_and_reported(law, language, skipped, doubled):
    text = portal_copy(law, language)

    reading = read_draft(text)

    assert found(reading) == counts(law)
    assert len(reading.contents) == skipped  # the caption and one line per entry
    assert reading.contents[0] in ("Оглавление", "Мазмұны")
    # the law's title is the preamble, not the text of the last contents entry
    assert reading.elements[0].kind == "preamble"
    assert reading.elements[0].text == f"{law[0]}\n\n{law[1]}"
    assert [e.text for e in reading.elements if e.kind == "chapter"] == [""] * counts(law)[0]
    assert find_problems(reading.elements) == []
    check_nothing_lost(text, reading)
    # kept on the editor's request: everything twice, as before
    kept = read_draft(text, keep_contents=True)
    assert (found(kept), kept.contents) == (doubled, [])


def test_headings_without_text_one_after_another_are_not_a_table_of_contents():
    text = (
        "Глава 1. Общие положения\nСтатья 1. Исключена.\nСтатья 2. Исключена.\n"
        "Статья 3. Цели\nЦелью является обсуждение проектов.\n"
        "Раздел 2. Особенная часть\nГлава 1. Формирование\nСтатья 4. Состав\nСостав утверждается."
    )

    reading = read_draft(text)

    assert (reading.contents, found(reading)) == ([], (3, 4))


# 3. Older official Kazakh spelling: the Latin "i" for "і".

OLD_SPELLING = """ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ КОДЕКСI
Қоғамдық бақылау туралы

1-бөлiм. Жалпы бөлiм
1-тарау. Негiзгi ережелер
1-бап. Осы Кодекспен реттелетiн қатынастар
Осы Кодекс қоғамдық бақылауды жүзеге асыру кезiнде туындайтын қатынастарды реттейдi.
2-бап. Негiзгi ұғымдар
Осы Кодексте мынадай негiзгi ұғымдар пайдаланылады:
1) қоғамдық бақылау – азаматтық қоғам субъектiлерiнiң қызметi;
2) қоғамдық мониторинг – ақпаратты жинау және талдау.
2-бөлiм. Ерекше бөлiм
2-тарау. Қоғамдық бақылаудың нысандары
3-бап. Қоғамдық мониторинг
Қоғамдық мониторинг осы Кодекстiң 2-бабына сәйкес жүргiзiледi.
4-БӨЛIМ. ҚОРЫТЫНДЫ ЕРЕЖЕЛЕР
4-бап. Осы Кодекстi қолданысқа енгiзу тәртiбi
Осы Кодекс 2027 жылғы 1 қаңтардан бастап қолданысқа енгiзiледi.
"""


def test_older_kazakh_spelling_with_a_latin_i_is_read():
    reading = read_draft(OLD_SPELLING)

    assert outline(reading.elements)[:4] == [
        ("preamble", "", ""),
        ("chapter", "1", "Жалпы бөлiм"),
        ("chapter", "1", "Негiзгi ережелер"),
        ("article", "1", "Осы Кодекспен реттелетiн қатынастар"),
    ]
    assert found(reading) == (5, 4)  # three sections and two chapters
    assert reading.elements[4].text.startswith("Осы Кодексте мынадай")
    assert reading.elements[4].text.endswith("ақпаратты жинау және талдау.")
    assert find_problems(reading.elements) == []
    check_nothing_lost(OLD_SPELLING, reading)


# 4. The title on the line after the heading.

TITLES_BELOW = {
    "ru": """Проект
ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН
Об общественном контроле
Глава 1.
Общие положения
Статья 1
Предмет регулирования настоящего Закона
Настоящий Закон регулирует общественные отношения, связанные с общественным контролем.
Статья 2
Основные понятия
В настоящем Законе используются следующие понятия:
1) общественный контроль – деятельность субъектов общественного контроля;
2) общественный мониторинг – сбор и анализ информации.
Глава 2.
ФОРМЫ ОБЩЕСТВЕННОГО КОНТРОЛЯ
Статья 3
Общественный мониторинг
Общественный мониторинг проводится в порядке, предусмотренном статьей 2.
Статья 4
Исключена.
""",
    "kk": """Жоба
ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ
Қоғамдық бақылау туралы
1-тарау.
Жалпы ережелер
1-бап
Осы Заңның реттеу нысанасы
Осы Заң қоғамдық бақылауға байланысты қоғамдық қатынастарды реттейді.
2-бап
Негізгі ұғымдар
Осы Заңда мынадай ұғымдар пайдаланылады:
1) қоғамдық бақылау – қоғамдық бақылау субъектілерінің қызметі;
2) қоғамдық мониторинг – ақпаратты жинау және талдау.
2-тарау.
ҚОҒАМДЫҚ БАҚЫЛАУ НЫСАНДАРЫ
3-бап
Қоғамдық мониторинг
Қоғамдық мониторинг осы Заңның 2-бабында көзделген тәртіппен жүргізіледі.
4-бап
Алып тасталды.
""",
}


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_title_on_the_next_line_is_joined_to_its_heading(language):
    text = TITLES_BELOW[language]

    reading = read_draft(text)

    titles = [(e.kind, e.number, bool(e.title)) for e in reading.elements]
    assert titles == [
        ("preamble", "", False),
        ("chapter", "1", True),
        ("article", "1", True),
        ("article", "2", True),
        ("chapter", "2", True),
        ("article", "3", True),
        ("article", "4", False),  # "Исключена." is a sentence: it stays the article's text
    ]
    assert reading.elements[1].title in ("Общие положения", "Жалпы ережелер")
    assert reading.elements[3].text.split("\n\n")[0] in (
        "В настоящем Законе используются следующие понятия:",
        "Осы Заңда мынадай ұғымдар пайдаланылады:",
    )
    assert reading.elements[6].text in ("Исключена.", "Алып тасталды.")
    assert reading.joined_titles == 5
    assert find_problems(reading.elements) == []
    check_nothing_lost(text, reading)


# 5. The paragraphs of a code.

CODE_PARAGRAPHS = {
    "ru": """Проект
О внесении изменений в Кодекс Республики Казахстан об административных правонарушениях
Глава 3. Административные взыскания
Параграф 1. Общие положения
Статья 40. Цели административного взыскания
Административное взыскание применяется в целях предупреждения новых правонарушений.
Статья 41. Виды административных взысканий
За совершение административных правонарушений применяются предупреждение и штраф.
Параграф 2. Штраф
Статья 42. Штраф
1. Штраф исчисляется в месячных расчетных показателях.
2. Размер штрафа определяется статьей 41 настоящего Кодекса.
Глава 4. Наложение административного взыскания
Статья 43. Общие правила наложения взыскания
Взыскание налагается в пределах, установленных настоящим Кодексом.
""",
    "kk": """Жоба
Әкімшілік құқық бұзушылық туралы Қазақстан Республикасының Кодексіне өзгерістер енгізу туралы
3-тарау. Әкімшілік жазалар
1-параграф. Жалпы ережелер
40-бап. Әкімшілік жазаның мақсаттары
Әкімшілік жаза жаңа құқық бұзушылықтардың алдын алу мақсатында қолданылады.
41-бап. Әкімшілік жазалардың түрлері
Әкімшілік құқық бұзушылықтар үшін ескерту және айыппұл қолданылады.
2-параграф. Айыппұл
42-бап. Айыппұл
1. Айыппұл айлық есептік көрсеткіштермен есептеледі.
2. Айыппұлдың мөлшері осы Кодекстің 41-бабымен айқындалады.
4-тарау. Әкімшілік жаза қолдану
43-бап. Жаза қолданудың жалпы қағидалары
Жаза осы Кодексте белгіленген шектерде қолданылады.
""",
}


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_paragraphs_of_a_code_are_their_own_parts(language):
    text = CODE_PARAGRAPHS[language]

    reading = read_draft(text)

    assert [(e.kind, e.number) for e in reading.elements] == [
        ("preamble", ""),
        ("chapter", "3"),
        ("paragraph", "1"),
        ("article", "40"),
        ("article", "41"),
        ("paragraph", "2"),
        ("article", "42"),
        ("chapter", "4"),
        ("article", "43"),
    ]
    # the article before a paragraph ends where the paragraph starts
    assert reading.elements[4].text.count("\n\n") == 0
    assert find_problems(reading.elements) == []
    check_nothing_lost(text, reading)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Параграф 1. Общие положения", ("paragraph", "1", "Общие положения")),
        ("2-параграф. Айыппұл", ("paragraph", "2", "Айыппұл")),
        ("§ 3. Штраф", ("paragraph", "3", "Штраф")),
        ("1-бөлiм.", ("chapter", "1", "")),
        ("2-БӨЛIМ. ЕРЕКШЕ БӨЛIМ", ("chapter", "2", "ЕРЕКШЕ БӨЛIМ")),
        ("Article 5: Purpose", ("article", "5", "Purpose")),
    ],
)
def test_new_heading_forms_are_recognised(line, expected):
    assert outline(read_draft(line).elements) == [expected]


@pytest.mark.parametrize(
    "line",
    [
        "5-бап:",
        "5-бап: «үш жыл» деген сөздер «екі жыл» деген сөздермен ауыстырылсын;",
        "Статья 12: дополнить пунктом 3",
        "параграфом 2 настоящей главы",
        "1-параграфта көзделген тәртіппен",
    ],
)
def test_lines_that_are_still_not_headings(line):
    assert outline(read_draft(line).elements) == [("preamble", "", "")]


# 6. An article number with a colon, inside the running text of an amending law.

COLON_IN_TEXT = {
    "ru": """Проект
ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН
О внесении изменений в Закон Республики Казахстан «Об общественных советах»
Статья 1. Внести в Закон Республики Казахстан от 2 ноября 2015 года «Об общественных советах» следующие изменения:
1) в статье 3 слова «государственные органы» заменить словами «центральные и местные государственные органы»;
2) в
Статья 5:
дополнить пунктом 3 следующего содержания:
«3. Состав рабочей группы размещается на интернет-ресурсе государственного органа.»;
Статья 2. Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.
""",  # noqa: E501 - the portal's paragraphs are one line each
    "kk": """Жоба
ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ
«Қоғамдық кеңестер туралы» Қазақстан Республикасының Заңына өзгерістер енгізу туралы
1-бап. «Қоғамдық кеңестер туралы» 2015 жылғы 2 қарашадағы Қазақстан Республикасының Заңына мынадай өзгерістер енгізілсін:
1) 3-бапта «мемлекеттік органдар» деген сөздер «орталық және жергілікті мемлекеттік органдар» деген сөздермен ауыстырылсын;
2)
5-бап:
мынадай мазмұндағы 3-тармақпен толықтырылсын:
«3. Жұмыс тобының құрамы мемлекеттік органның интернет-ресурсында орналастырылады.»;
3) 8-бап: «үш жыл» деген сөздер «екі жыл» деген сөздермен ауыстырылсын.
2-бап. Осы Заң алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.
""",  # noqa: E501
}


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_an_article_number_with_a_colon_in_running_text_is_not_a_heading(language):
    text = COLON_IN_TEXT[language]

    reading = read_draft(text)

    assert [(e.kind, e.number) for e in reading.elements] == [
        ("preamble", ""),
        ("article", "1"),
        ("article", "2"),
    ]
    # the lines of running text stay in the amending article, "5-бап:" among them
    assert len(reading.elements[1].text.split("\n\n")) == {"ru": 5, "kk": 6}[language]
    assert find_problems(reading.elements) == []
    check_nothing_lost(text, reading)


# PDF drafts


@pytest.fixture(scope="module")
def ministry_files():
    document = ministry_docx()
    pdf, facts = pdf_from_docx(document)
    return docx_bytes(document), pdf, facts


def test_text_pdf_imports_to_the_same_elements_as_its_docx(ministry_files):
    docx, pdf, facts = ministry_files
    # the layout the reading has to undo: pages that break inside paragraphs
    assert facts["pages"] >= 5 and facts["breaks_inside_paragraph"] >= 2

    reading = read_draft_file(io.BytesIO(pdf))

    assert reading.elements == split_docx(io.BytesIO(docx))
    check_nothing_lost(docx_text(io.BytesIO(docx)), reading)  # every character of the DOCX
    assert (reading.source, reading.pages) == ("pdf", facts["pages"])
    # a header from the second page on, a footer and a page number on every page
    assert reading.furniture == 3 * facts["pages"] - 1
    assert found(reading) == counts(RUSSIAN_LAW)
    texts = [element.heading + element.text for element in reading.elements]
    assert not any(RUNNING_HEADER in text or FOOTER in text for text in texts)
    paragraphs = [p for e in reading.elements for p in e.text.split("\n\n")]
    assert not any(p.isdigit() for p in paragraphs)
    sub_points = [p for p in paragraphs if p.startswith(("а) ", "б) "))]
    assert len(sub_points) == 2 * counts(RUSSIAN_LAW)[1]
    assert find_problems(reading.elements) == []
    # a DOCX upload is told from a PDF by its content, whatever its name
    assert read_draft_file(io.BytesIO(docx)).source == "docx"


def scanned_pdf() -> bytes:
    """A page as a scanner makes it: a picture, no text layer."""
    picture = Image.new("L", (120, 170), 255)
    for y in range(20, 160, 6):
        for x in range(15, 105):
            picture.putpixel((x, y), 30)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawImage(ImageReader(picture), 0, 0, width=595, height=842)
    pdf.showPage()
    pdf.drawImage(ImageReader(picture), 0, 0, width=595, height=842)
    pdf.save()
    return buffer.getvalue()


def test_scanned_pdf_is_refused_with_advice():
    with pytest.raises(DraftFileError, match=r"^This PDF has no text to read: it is probably a "):
        read_draft_file(io.BytesIO(scanned_pdf()))


def test_damaged_protected_and_unknown_files_are_refused(ministry_files):
    _docx, pdf, _facts = ministry_files
    with pytest.raises(DraftFileError, match=r"^This PDF document is damaged"):
        read_draft_file(io.BytesIO(pdf[: len(pdf) // 3]))
    buffer = io.BytesIO()
    protected = canvas.Canvas(buffer, encrypt="secret")
    protected.drawString(72, 720, "Статья 1. Предмет")
    protected.save()
    with pytest.raises(DraftFileError, match=r"^This PDF document is protected with a password"):
        read_draft_file(io.BytesIO(buffer.getvalue()))
    with pytest.raises(DraftFileError, match=r"^This file is neither a Word \(\.docx\) document"):
        read_draft_file(io.BytesIO("<html><body>Статья 1.</body></html>".encode()))
