"""An editor uploads or pastes a draft law and sees it split into chapters and articles."""

import copy
import io
import zipfile

import pytest
from django.utils import translation
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from consultations.parsing import (
    DraftFileError,
    ParsedElement,
    docx_text,
    find_problems,
    split_docx,
    split_draft,
)

NO_ARTICLES = (
    "No articles were found in the draft. Each article must start on its own line with a "
    "heading such as “Статья 1.”, “1-бап.” or “Article 1.”."
)


@pytest.fixture(autouse=True)
def _in_english():
    """The editor's warnings are matched in English."""
    with translation.override("en"):
        yield


def outline(elements):
    return [(element.kind, element.number, element.title) for element in elements]


# Pasted from Word: non-breaking spaces, a tab after the number, stray indentation, runs of
# spaces and a line with only spaces, as editors' clipboards deliver them.
RUSSIAN_DRAFT = """
Проект

ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН

О внесении изменений и дополнений в некоторые законодательные акты Республики Казахстан по вопросам общественных советов

Глава 1. Общие положения

Статья 1. Основные понятия, используемые в настоящем Законе
В настоящем Законе используются следующие основные понятия:
1) общественный совет – консультативно-совещательный, наблюдательный орган, образуемый министерством, местным представительным органом совместно с некоммерческими организациями;
2) рабочий орган общественного совета – структурное подразделение государственного органа, обеспечивающее деятельность общественного совета.

Статья\xa02.\tЦели и задачи общественных советов
1. Целью общественных советов является выражение мнения гражданского общества по общественно значимым вопросам.
2. Задачами общественных советов являются:
1) обсуждение проектов нормативных правовых актов, затрагивающих права и свободы граждан;
2) участие в обсуждении проектов бюджетных программ.

Статья 3. Принципы деятельности общественных советов
Деятельность общественных советов основывается на принципах законности, открытости, добровольности участия и равноправия его членов.

ГЛАВА 2. ПОРЯДОК ФОРМИРОВАНИЯ ОБЩЕСТВЕННЫХ СОВЕТОВ

   Статья 4.  Состав   общественного совета
1. Общественный совет формируется из представителей государственного органа и гражданского общества.
2. Представители гражданского общества составляют не менее двух третей членов общественного совета.

Статья 5. Рабочая группа
Рабочая группа формирует состав общественного совета в соответствии со статьей 4 настоящего Закона.

Статья 5-1. Общественные советы при местных исполнительных органах
1. Общественные советы образуются при акиматах областей, городов республиканского значения и столицы.
2. Порядок их формирования определяется согласно статье 3 настоящего Закона.
Статья 3 настоящего Закона применяется также к общественным советам районов.
   \xa0
Статья 6. Права члена общественного совета
Член общественного совета вправе:
1) вносить предложения в повестку дня заседания;
2) получать информацию о деятельности государственного органа.

Глава 3. Заключительные положения

Статья 7. Исключена.

Статья 8. Изменения в Закон Республики Казахстан «О местном государственном управлении и самоуправлении в Республике Казахстан»
Закон Республики Казахстан от 23 января 2001 года «О местном государственном управлении и самоуправлении в Республике Казахстан» дополнить статьей 27-1 следующего содержания:
«Статья 27-1. Взаимодействие с общественными советами
Аким области взаимодействует с общественным советом в порядке, определенном законодательством Республики Казахстан.».

Статья 9. Порядок введения в действие настоящего Закона
Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.
"""  # noqa: E501 - a draft's paragraphs are one line each, as they are pasted from Word


def test_russian_draft_splits_into_chapters_and_articles():
    elements = split_draft(RUSSIAN_DRAFT)

    assert outline(elements) == [
        ("preamble", "", ""),
        ("chapter", "1", "Общие положения"),
        ("article", "1", "Основные понятия, используемые в настоящем Законе"),
        ("article", "2", "Цели и задачи общественных советов"),
        ("article", "3", "Принципы деятельности общественных советов"),
        ("chapter", "2", "ПОРЯДОК ФОРМИРОВАНИЯ ОБЩЕСТВЕННЫХ СОВЕТОВ"),
        ("article", "4", "Состав общественного совета"),
        ("article", "5", "Рабочая группа"),
        ("article", "5-1", "Общественные советы при местных исполнительных органах"),
        ("article", "6", "Права члена общественного совета"),
        ("chapter", "3", "Заключительные положения"),
        ("article", "7", "Исключена."),
        (
            "article",
            "8",
            "Изменения в Закон Республики Казахстан «О местном государственном управлении и "
            "самоуправлении в Республике Казахстан»",
        ),
        ("article", "9", "Порядок введения в действие настоящего Закона"),
    ]
    assert find_problems(elements) == []


def test_russian_draft_keeps_references_and_points_inside_the_article():
    elements = split_draft(RUSSIAN_DRAFT)

    assert elements[8] == ParsedElement(
        kind="article",
        number="5-1",
        title="Общественные советы при местных исполнительных органах",
        text=(
            "1. Общественные советы образуются при акиматах областей, городов республиканского "
            "значения и столицы."
            "\n\n2. Порядок их формирования определяется согласно статье 3 настоящего Закона."
            "\n\nСтатья 3 настоящего Закона применяется также к общественным советам районов."
        ),
        heading="Статья 5-1. Общественные советы при местных исполнительных органах",
    )
    assert elements[6].heading == "Статья 4. Состав общественного совета"
    assert elements[3].heading == "Статья 2. Цели и задачи общественных советов"


def test_russian_draft_preamble_is_the_text_before_the_first_heading():
    preamble = split_draft(RUSSIAN_DRAFT)[0]

    assert preamble.text == (
        "Проект\n\nЗАКОН РЕСПУБЛИКИ КАЗАХСТАН"
        "\n\nО внесении изменений и дополнений в некоторые законодательные акты Республики "
        "Казахстан по вопросам общественных советов"
    )
    assert preamble.heading == ""


def test_russian_article_with_no_body_and_an_amendment_quoting_an_article():
    elements = split_draft(RUSSIAN_DRAFT)

    assert (elements[11].title, elements[11].text) == ("Исключена.", "")
    # The quoted new article belongs to the amending article: it is not an article of the draft.
    assert elements[12].text.split("\n\n")[1:] == [
        "«Статья 27-1. Взаимодействие с общественными советами",
        "Аким области взаимодействует с общественным советом в порядке, определенном "
        "законодательством Республики Казахстан.».",
    ]


KAZAKH_DRAFT = """
Жоба

ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ

Қоғамдық кеңестер мәселелері бойынша Қазақстан Республикасының кейбір заңнамалық актілеріне өзгерістер мен толықтырулар енгізу туралы

1-тарау. Жалпы ережелер

1-бап. Осы Заңда пайдаланылатын негізгі ұғымдар
Осы Заңда мынадай негізгі ұғымдар пайдаланылады:
1) қоғамдық кеңес – министрлік, жергілікті өкілді орган коммерциялық емес ұйымдармен, азаматтармен бірлесіп құратын консультативтік-кеңесші, байқаушы орган;
2) қоғамдық кеңестің жұмыс органы – мемлекеттік органның құрылымдық бөлімшесі.

2-бап.\tҚоғамдық кеңестердің мақсаттары мен міндеттері
1. Қоғамдық кеңестердің мақсаты қоғамдық маңызы бар мәселелер бойынша азаматтық қоғамның пікірін білдіру болып табылады.
2. Қоғамдық кеңестердің міндеттері:
1) нормативтік құқықтық актілердің жобаларын талқылау;
2) бюджеттік бағдарламалардың жобаларын талқылауға қатысу.

3-бап. Қоғамдық кеңестер қызметінің қағидаттары
Қоғамдық кеңестердің қызметі заңдылық, ашықтық, қатысудың еріктілігі қағидаттарына негізделеді.

2-ТАРАУ. ҚОҒАМДЫҚ КЕҢЕСТЕРДІ ҚАЛЫПТАСТЫРУ ТӘРТІБІ

4-бап. Қоғамдық кеңестің құрамы
1. Қоғамдық кеңес мемлекеттік орган мен азаматтық қоғам өкілдерінен қалыптастырылады.
2. Азаматтық қоғам өкілдері қоғамдық кеңес мүшелерінің кемінде үштен екісін құрайды.

5-бап. Жұмыс тобы
Жұмыс тобы осы Заңның 4-бабының 1-тармағында көзделген талаптарға сәйкес құрылады.

5-1-бап. Жергілікті атқарушы органдар жанындағы қоғамдық кеңестер
1-тармақ. Қоғамдық кеңестер облыстардың, республикалық маңызы бар қалалардың және астананың әкімдіктері жанынан құрылады.
2-тармақ. Қалыптастыру тәртібі осы Заңның 3-бабына сәйкес айқындалады.
3-бапта көзделген қағидаттар аудандардың қоғамдық кеңестеріне де қолданылады.
4-бабының 2-тармағы аудандық қоғамдық кеңестерге қолданылмайды.

6-бап. Қоғамдық кеңес мүшесінің құқықтары
Қоғамдық кеңестің мүшесі отырыстың күн тәртібі бойынша ұсыныстар енгізуге құқылы.

3-тарау. Қорытынды ережелер

7-бап. Алып тасталды.

8-бап. Осы Заңды қолданысқа енгізу тәртібі
Осы Заң алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.
"""  # noqa: E501 - a draft's paragraphs are one line each, as they are pasted from Word


def test_kazakh_draft_splits_into_chapters_and_articles():
    elements = split_draft(KAZAKH_DRAFT)

    assert outline(elements) == [
        ("preamble", "", ""),
        ("chapter", "1", "Жалпы ережелер"),
        ("article", "1", "Осы Заңда пайдаланылатын негізгі ұғымдар"),
        ("article", "2", "Қоғамдық кеңестердің мақсаттары мен міндеттері"),
        ("article", "3", "Қоғамдық кеңестер қызметінің қағидаттары"),
        ("chapter", "2", "ҚОҒАМДЫҚ КЕҢЕСТЕРДІ ҚАЛЫПТАСТЫРУ ТӘРТІБІ"),
        ("article", "4", "Қоғамдық кеңестің құрамы"),
        ("article", "5", "Жұмыс тобы"),
        ("article", "5-1", "Жергілікті атқарушы органдар жанындағы қоғамдық кеңестер"),
        ("article", "6", "Қоғамдық кеңес мүшесінің құқықтары"),
        ("chapter", "3", "Қорытынды ережелер"),
        ("article", "7", "Алып тасталды."),
        ("article", "8", "Осы Заңды қолданысқа енгізу тәртібі"),
    ]
    assert find_problems(elements) == []


def test_kazakh_draft_keeps_references_and_points_inside_the_article():
    elements = split_draft(KAZAKH_DRAFT)

    assert elements[8].text == (
        "1-тармақ. Қоғамдық кеңестер облыстардың, республикалық маңызы бар қалалардың және "
        "астананың әкімдіктері жанынан құрылады."
        "\n\n2-тармақ. Қалыптастыру тәртібі осы Заңның 3-бабына сәйкес айқындалады."
        "\n\n3-бапта көзделген қағидаттар аудандардың қоғамдық кеңестеріне де қолданылады."
        "\n\n4-бабының 2-тармағы аудандық қоғамдық кеңестерге қолданылмайды."
    )
    assert elements[8].heading == (
        "5-1-бап. Жергілікті атқарушы органдар жанындағы қоғамдық кеңестер"
    )
    assert elements[3].heading == "2-бап. Қоғамдық кеңестердің мақсаттары мен міндеттері"
    assert elements[0].text.split("\n\n")[:2] == ["Жоба", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ"]


ENGLISH_DRAFT = """
DRAFT
Law of the Republic of Kazakhstan on Public Councils

Chapter I. General Provisions
Article 1. Purpose of this Law
This Law regulates relations arising in the formation and activities of public councils.
Article 2. Basic concepts
For the purposes of this Law, a public council is a consultative and advisory body.

Chapter II. Formation of Public Councils
Article 3. Composition
1. Representatives of civil society make up at least two thirds of the members.
2. The working group is formed under Article 4 of this Law.
Article 3 of this Law applies to district councils as well.
Article 3-1
Public councils are formed at the akimats of regions and cities of republican significance.
Article 4. Working group

Section 3\tFinal Provisions
Article 5. Entry into force
This Law enters into force ten calendar days after the day of its first official publication.
"""


def test_english_draft_splits_into_chapters_and_articles():
    elements = split_draft(ENGLISH_DRAFT)

    assert outline(elements) == [
        ("preamble", "", ""),
        ("chapter", "I", "General Provisions"),
        ("article", "1", "Purpose of this Law"),
        ("article", "2", "Basic concepts"),
        ("chapter", "II", "Formation of Public Councils"),
        ("article", "3", "Composition"),
        ("article", "3-1", ""),
        ("article", "4", "Working group"),
        ("chapter", "3", "Final Provisions"),
        ("article", "5", "Entry into force"),
    ]
    assert elements[5].text == (
        "1. Representatives of civil society make up at least two thirds of the members."
        "\n\n2. The working group is formed under Article 4 of this Law."
        "\n\nArticle 3 of this Law applies to district councils as well."
    )
    assert (elements[7].text, elements[8].heading) == ("", "Section 3 Final Provisions")
    assert find_problems(elements) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Статья 5.", ("article", "5", "")),
        ("статья 5.1. Подпункты", ("article", "5.1", "Подпункты")),
        ("Статья 12 – Название", ("article", "12", "Название")),
        ("\xa0Статья\xa012.\xa0Название ", ("article", "12", "Название")),
        ("Глава 2.", ("chapter", "2", "")),
        ("ГЛАВА II", ("chapter", "II", "")),
        ("Раздел 1", ("chapter", "1", "")),
        ("Раздел ІІ. Особенная часть", ("chapter", "II", "Особенная часть")),
        ("5-бап.", ("article", "5", "")),
        ("5–1-бап. Атауы", ("article", "5-1", "Атауы")),
        ("12-БАП. АТАУЫ", ("article", "12", "АТАУЫ")),
        ("2-тарау.", ("chapter", "2", "")),
        ("1-бөлім", ("chapter", "1", "")),
        ("IV тарау. Атауы", ("chapter", "IV", "Атауы")),
        ("Article 5.", ("article", "5", "")),
        ("ARTICLE 5-1", ("article", "5-1", "")),
        ("Chapter 2", ("chapter", "2", "")),
    ],
)
def test_heading_forms_are_recognised(line, expected):
    assert outline(split_draft(line)) == [expected]


@pytest.mark.parametrize(
    "line",
    [
        "согласно статье 5 настоящего Закона",
        "Статьи 5 и 6 настоящего Закона применяются к общественным советам.",
        "Статьей 4 определяется состав.",
        "Статья 5 утратила силу с 1 января 2026 года.",
        "Статья 5 Закона Республики Казахстан «Об общественных советах» утрачивает силу.",
        "Глава 2 Кодекса применяется к общественным советам.",
        "Статья без номера",
        "осы Заңның 5-бабына сәйкес",
        "5-бабының 2-тармағы қолданылмайды.",
        "5-бапта көзделген тәртіппен",
        "1-тармақ. Қоғамдық кеңес құрылады.",
        "1. Общественный совет формируется из представителей.",
        "2) участие в обсуждении проектов бюджетных программ;",
        "«Статья 7-1. Участие некоммерческих организаций",
        "Article 5, paragraph 2, applies.",
        "Chapter Isolation is not a heading.",
        "Section 3 of the Code applies.",
        "Статья V. Римские номера у статей не используются",
    ],
)
def test_lines_that_are_not_headings_stay_text(line):
    assert outline(split_draft(line)) == [("preamble", "", "")]


def test_text_without_headings_is_one_preamble_and_no_articles_are_reported():
    elements = split_draft(
        "Пояснительная записка\n\n"
        "к проекту Закона Республики Казахстан «Об общественных советах»\n"
        "Проект разработан в целях   совершенствования деятельности общественных советов.\n"
    )

    assert elements == [
        ParsedElement(
            kind="preamble",
            number="",
            title="",
            text=(
                "Пояснительная записка"
                "\n\nк проекту Закона Республики Казахстан «Об общественных советах»"
                "\n\nПроект разработан в целях совершенствования деятельности общественных "
                "советов."
            ),
            heading="",
        )
    ]
    assert find_problems(elements) == [NO_ARTICLES]


def test_blank_text_has_no_elements_and_no_articles_are_reported():
    assert split_draft(" \n\xa0\n\t\n") == []
    assert find_problems([]) == [NO_ARTICLES]


def test_draft_starting_with_a_heading_has_no_preamble():
    elements = split_draft("Статья 1. Предмет\nТекст.\nСтатья 2. Действие\nТекст.")

    assert outline(elements) == [("article", "1", "Предмет"), ("article", "2", "Действие")]


def test_chapters_alone_are_no_articles():
    elements = split_draft("Глава 1. Общие положения\nГлава 2. Заключительные положения")

    assert find_problems(elements) == [NO_ARTICLES]


def test_duplicate_and_backward_article_numbers_are_reported():
    draft = """
Глава 1. Общие положения
Статья 1. Предмет регулирования
Статья 2. Основные понятия
Статья 3. Принципы
Статья 3. Цели
Глава 2. Формирование
Статья 5. Состав
Статья 4. Рабочая группа
Статья 4-1. Срок полномочий
Статья 3. Заседания
Статья 6. Введение в действие
"""

    assert find_problems(split_draft(draft)) == [
        "Article 3 appears more than once.",
        "Article 4 comes after article 5: the numbering goes backwards.",
    ]


def test_sub_numbered_articles_are_in_order():
    draft = "5-бап. А\n5-1-бап. Ә\n5-2-бап. Б\n6-бап. В\nСтатья 6.1. Г\nСтатья 6.2. Д\nСтатья 7. Е"

    assert find_problems(split_draft(draft)) == []


# --- DOCX ----------------------------------------------------------------------------------


def docx_bytes(document):
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def add_article_numbering(document):
    """A Word list whose first level draws "Статья 1.", "Статья 2." and whose second level
    draws "1)", "2)", as drafting templates number articles and their points."""
    numbering = document.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="Статья %1."/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%2)"/><w:suff w:val="space"/></w:lvl>'
            "</w:abstractNum>"
        ),
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    )


def numbered(paragraph, level):
    paragraph._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'
        )
    )
    return paragraph


def build_draft_docx():
    document = Document()
    document.add_paragraph("Проект")
    document.add_paragraph("ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН")
    document.add_paragraph("Об общественных советах")
    document.add_paragraph("")
    document.add_paragraph("Глава 1. Общие положения", style="Heading 1")
    document.add_paragraph("Статья 1.\tПредмет регулирования настоящего Закона", style="Heading 2")
    document.add_paragraph(
        "Настоящий Закон регулирует отношения, связанные с формированием общественных советов."
    )
    document.add_paragraph("Статья\xa02.\xa0Состав общественного совета", style="Heading 2")
    document.add_paragraph("Доли членов общественного совета:")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Представители гражданского общества"
    table.cell(0, 1).text = "не менее двух третей"
    table.cell(1, 0).text = "Представители государственного органа"
    table.cell(1, 1).text = "не более одной трети"
    document.add_paragraph("Состав утверждается решением государственного органа.")
    document.add_paragraph("Статья 3. Задачи", style="Heading 2")
    document.add_paragraph("обсуждение проектов нормативных правовых актов;", style="List Number")
    document.add_paragraph("участие в обсуждении бюджетных программ.", style="List Number")
    document.add_paragraph("Глава 2. Заключительные положения", style="Heading 1")
    document.add_paragraph("Статья 4. Исключена.", style="Heading 2")
    document.add_paragraph("Статья 5. Введение в действие", style="Heading 2")
    document.add_paragraph("Настоящий Закон вводится в действие с 1 января 2026 года.")
    return document


def test_docx_draft_splits_into_chapters_and_articles_with_its_table():
    elements = split_docx(io.BytesIO(docx_bytes(build_draft_docx())))

    assert outline(elements) == [
        ("preamble", "", ""),
        ("chapter", "1", "Общие положения"),
        ("article", "1", "Предмет регулирования настоящего Закона"),
        ("article", "2", "Состав общественного совета"),
        ("article", "3", "Задачи"),
        ("chapter", "2", "Заключительные положения"),
        ("article", "4", "Исключена."),
        ("article", "5", "Введение в действие"),
    ]
    assert elements[0].text == "Проект\n\nЗАКОН РЕСПУБЛИКИ КАЗАХСТАН\n\nОб общественных советах"
    assert elements[3].text == (
        "Доли членов общественного совета:"
        "\n\nПредставители гражданского общества\n\nне менее двух третей"
        "\n\nПредставители государственного органа\n\nне более одной трети"
        "\n\nСостав утверждается решением государственного органа."
    )
    # Word's automatic list numbers are part of the text the editor sees.
    assert elements[4].text == (
        "1. обсуждение проектов нормативных правовых актов;"
        "\n\n2. участие в обсуждении бюджетных программ."
    )
    assert find_problems(elements) == []


def test_docx_text_has_one_paragraph_per_line_with_blank_lines_between():
    document = Document()
    document.add_paragraph("Проект")
    document.add_paragraph("   ")
    document.add_paragraph("Статья 1.\tПредмет")

    assert docx_text(io.BytesIO(docx_bytes(document))) == "Проект\n\nСтатья 1.\tПредмет"


def test_docx_file_is_read_from_a_path(tmp_path):
    path = tmp_path / "draft.docx"
    build_draft_docx().save(path)

    assert len(split_docx(path)) == 8
    assert len(split_docx(str(path))) == 8


def test_docx_articles_numbered_by_word_are_found():
    document = Document()
    document.add_paragraph("Проект")
    add_article_numbering(document)
    numbered(document.add_paragraph("Предмет регулирования"), 0)
    document.add_paragraph("Настоящий Закон регулирует деятельность общественных советов.")
    numbered(document.add_paragraph("Задачи общественных советов"), 0)
    numbered(document.add_paragraph("обсуждение проектов законов;"), 1)
    numbered(document.add_paragraph("участие в обсуждении бюджетных программ."), 1)
    numbered(document.add_paragraph("Права членов"), 0)
    numbered(document.add_paragraph("вносить предложения."), 1)

    elements = split_docx(io.BytesIO(docx_bytes(document)))

    assert outline(elements) == [
        ("preamble", "", ""),
        ("article", "1", "Предмет регулирования"),
        ("article", "2", "Задачи общественных советов"),
        ("article", "3", "Права членов"),
    ]
    assert elements[2].text == (
        "1) обсуждение проектов законов;\n\n2) участие в обсуждении бюджетных программ."
    )
    assert elements[3].text == "1) вносить предложения."


def test_docx_tracked_changes_are_read_as_accepted():
    document = Document()
    paragraph = document.add_paragraph("Статья 1. ")
    run = paragraph.add_run("Предмет")
    inserted = parse_xml(f'<w:ins {nsdecls("w")} w:id="1" w:author="Редактор"/>')
    inserted.append(copy.deepcopy(run._r))
    run._r.addnext(inserted)
    run._r.getparent().remove(run._r)
    deleted = parse_xml(
        f'<w:del {nsdecls("w")} w:id="2" w:author="Редактор">'
        "<w:r><w:delText> утратил силу</w:delText></w:r></w:del>"
    )
    paragraph._p.append(deleted)

    assert paragraph._p.find(qn("w:ins")) is not None
    assert docx_text(io.BytesIO(docx_bytes(document))) == "Статья 1. Предмет"


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        "Статья 1. Текст проекта, сохранённый как обычный текст.".encode(),
        b"<!DOCTYPE html><html><body><p>\xd0\xa1\xd1\x82\xd0\xb0\xd1\x82\xd1\x8c\xd1\x8f 1.</p>",
        b"",
    ],
    ids=["pdf", "plain text", "renamed html", "empty"],
)
def test_file_that_is_not_docx_is_refused(content):
    with pytest.raises(DraftFileError, match=r"^This file is not a DOCX document\.$"):
        split_docx(io.BytesIO(content))


def test_zip_archive_that_is_not_a_word_document_is_refused():
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as package:
        package.writestr("draft.txt", "Статья 1. Предмет")

    with pytest.raises(DraftFileError, match=r"^This file is not a DOCX document\.$"):
        split_docx(io.BytesIO(archive.getvalue()))


def test_damaged_docx_is_refused():
    content = docx_bytes(build_draft_docx())

    with pytest.raises(DraftFileError, match=r"^This DOCX document is damaged"):
        split_docx(io.BytesIO(content[: len(content) // 2]))


def test_old_word_document_is_refused_with_advice():
    old_doc = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)

    with pytest.raises(DraftFileError, match=r"^This file is an old Word document \(\.doc\)"):
        split_docx(io.BytesIO(old_doc))


def test_draft_file_error_is_a_value_error():
    assert issubclass(DraftFileError, ValueError)
