"""Drafts laid out as commission staff really get them: copied from the official
legal-information portals (a table of contents at the top, older Kazakh spelling, titles on the
line after the heading, paragraphs of a code, a colon after an article number in running text),
and a ministry's PDF made from a Word draft.

The laws are written once as data (chapters, articles, their texts) so that each test knows the
true counts; the functions lay them out as the portals and ministries do."""

import io
from dataclasses import dataclass

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from reportlab.lib.pagesizes import A5
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from events.certificates import register_fonts


@dataclass(frozen=True)
class Article:
    title: str
    text: tuple[str, ...]


# The Russian law: 3 chapters, 16 articles.
RUSSIAN_LAW = (
    "ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН",
    "Об общественных советах",
    (
        (
            "Общие положения",
            (
                Article(
                    "Основные понятия, используемые в настоящем Законе",
                    (
                        "В настоящем Законе используются следующие основные понятия:",
                        "1) общественный совет – консультативно-совещательный, наблюдательный "
                        "орган, образуемый министерством совместно с некоммерческими "
                        "организациями;",
                        "2) рабочий орган общественного совета – структурное подразделение "
                        "государственного органа.",
                    ),
                ),
                Article(
                    "Законодательство Республики Казахстан об общественных советах",
                    (
                        "Законодательство Республики Казахстан об общественных советах "
                        "основывается на Конституции Республики Казахстан.",
                    ),
                ),
                Article(
                    "Цели и задачи общественных советов",
                    (
                        "Целью общественных советов является выражение мнения гражданского "
                        "общества по общественно значимым вопросам.",
                    ),
                ),
                Article(
                    "Принципы деятельности общественных советов",
                    ("Деятельность общественных советов основывается на принципах законности.",),
                ),
                Article(
                    "Полномочия общественных советов",
                    (
                        "Общественные советы обсуждают проекты нормативных правовых актов, "
                        "указанных в статье 3 настоящего Закона.",
                    ),
                ),
            ),
        ),
        (
            "Порядок формирования общественных советов",
            (
                Article(
                    "Состав общественного совета",
                    (
                        "Представители гражданского общества составляют не менее двух третей "
                        "членов общественного совета.",
                    ),
                ),
                Article(
                    "Рабочая группа",
                    ("Рабочая группа формирует состав совета в соответствии со статьей 6.",),
                ),
                Article(
                    "Срок полномочий",
                    ("Срок полномочий общественного совета составляет три года.",),
                ),
                Article(
                    "Председатель общественного совета",
                    ("Председатель избирается из числа представителей гражданского общества.",),
                ),
                Article(
                    "Секретарь общественного совета",
                    ("Секретарь является работником рабочего органа общественного совета.",),
                ),
                Article(
                    "Прекращение членства",
                    (
                        "Членство прекращается по основаниям, предусмотренным статьей 27 "
                        "Закона Республики Казахстан «О государственной службе».",
                    ),
                ),
            ),
        ),
        (
            "Заключительные положения",
            (
                Article(
                    "Заседания общественного совета",
                    ("Заседания проводятся не реже одного раза в квартал.",),
                ),
                Article(
                    "Решения общественного совета",
                    ("Решения носят рекомендательный характер.",),
                ),
                Article("Отчет общественного совета", ("Отчет публикуется ежегодно.",)),
                Article(
                    "Ответственность за нарушение законодательства",
                    ("Нарушение настоящего Закона влечет ответственность.",),
                ),
                Article(
                    "Порядок введения в действие настоящего Закона",
                    (
                        "Настоящий Закон вводится в действие по истечении десяти календарных "
                        "дней после дня его первого официального опубликования.",
                    ),
                ),
            ),
        ),
    ),
)

# The Kazakh law: 2 chapters, 13 articles.
KAZAKH_LAW = (
    "ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ",
    "Қоғамдық кеңестер туралы",
    (
        (
            "Жалпы ережелер",
            (
                Article(
                    "Осы Заңда пайдаланылатын негізгі ұғымдар",
                    (
                        "Осы Заңда мынадай негізгі ұғымдар пайдаланылады:",
                        "1) қоғамдық кеңес – консультативтік-кеңесші, байқаушы орган;",
                        "2) жұмыс органы – мемлекеттік органның құрылымдық бөлімшесі.",
                    ),
                ),
                Article(
                    "Қоғамдық кеңестер туралы заңнама",
                    ("Қоғамдық кеңестер туралы заңнама Конституцияға негізделеді.",),
                ),
                Article(
                    "Қоғамдық кеңестердің мақсаттары",
                    ("Мақсаты азаматтық қоғамның пікірін білдіру болып табылады.",),
                ),
                Article(
                    "Қоғамдық кеңестер қызметінің қағидаттары",
                    ("Қызмет заңдылық, ашықтық қағидаттарына негізделеді.",),
                ),
                Article(
                    "Қоғамдық кеңестердің өкілеттіктері",
                    ("Осы Заңның 3-бабында көзделген мақсаттарға сәйкес әрекет етеді.",),
                ),
                Article(
                    "Қоғамдық кеңестің құрамы",
                    ("Азаматтық қоғам өкілдері мүшелердің кемінде үштен екісін құрайды.",),
                ),
                Article(
                    "Жұмыс тобы",
                    ("Жұмыс тобы осы Заңның 6-бабының талаптарына сәйкес құрылады.",),
                ),
            ),
        ),
        (
            "Қорытынды ережелер",
            (
                Article("Өкілеттік мерзімі", ("Өкілеттік мерзімі үш жыл.",)),
                Article("Қоғамдық кеңестің төрағасы", ("Төраға азаматтық қоғам өкілі болады.",)),
                Article("Отырыстар", ("Отырыстар тоқсанына кемінде бір рет өткізіледі.",)),
                Article("Шешімдер", ("Шешімдер ұсынымдық сипатта болады.",)),
                Article(
                    "Мүшеліктің тоқтатылуы",
                    ("«Мемлекеттік қызмет туралы» Заңның 27-бабында көзделген негіздер бойынша.",),
                ),
                Article(
                    "Осы Заңды қолданысқа енгізу тәртібі",
                    (
                        "Осы Заң алғашқы ресми жарияланған күнінен кейін он күн өткен соң "
                        "қолданысқа енгізіледі.",
                    ),
                ),
            ),
        ),
    ),
)


def counts(law) -> tuple[int, int]:
    """(chapters, articles) of a law written as data."""
    _kind, _title, chapters = law
    return len(chapters), sum(len(articles) for _chapter, articles in chapters)


def headings(law, language: str):
    """(chapter heading, [(article heading, text)]) as the law writes them."""
    number = 0
    for index, (chapter, articles) in enumerate(law[2], start=1):
        chapter_heading = (
            f"Глава {index}. {chapter}" if language == "ru" else f"{index}-тарау. {chapter}"
        )
        rows = []
        for article in articles:
            number += 1
            heading = (
                f"Статья {number}. {article.title}"
                if language == "ru"
                else f"{number}-бап. {article.title}"
            )
            rows.append((heading, article.text))
        yield chapter_heading, rows


def portal_copy(law, language: str) -> str:
    """The law as it is pasted from the legal-information portal's page: the table of
    contents first (indented, as the portal draws it), then the title, then the body, each
    paragraph indented with non-breaking spaces."""
    indent = "\xa0" * 6
    caption = "Оглавление" if language == "ru" else "Мазмұны"
    lines = [caption]
    for chapter_heading, rows in headings(law, language):
        lines.append(indent + chapter_heading)
        lines += [indent + heading for heading, _text in rows]
    lines += ["", law[0], law[1], ""]
    for chapter_heading, rows in headings(law, language):
        lines.append(chapter_heading)
        for heading, text in rows:
            lines.append(indent + heading)
            lines += [indent + paragraph for paragraph in text]
    return "\n".join(lines) + "\n"


# --- A ministry's DOCX, and the PDF it publishes ------------------------------------------

RUNNING_HEADER = "Проект Закона Республики Казахстан «Об общественных советах»"
FOOTER = "Министерство юстиции Республики Казахстан"


def ministry_docx() -> Document:
    """The Russian draft as a ministry's Word file: title centred, chapters centred and bold,
    articles bold, long paragraphs with points and sub-points."""
    document = Document()
    right = document.add_paragraph("Проект")
    right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line in (
        "ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН",
        "О внесении изменений и дополнений в некоторые законодательные акты Республики "
        "Казахстан по вопросам общественных советов",
    ):
        document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for chapter_heading, rows in headings(RUSSIAN_LAW, "ru"):
        chapter = document.add_paragraph(chapter_heading, style="Heading 1")
        chapter.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for heading, text in rows:
            document.add_paragraph(heading, style="Heading 2")
            for paragraph in text:
                document.add_paragraph(paragraph)
            document.add_paragraph(
                "Положения настоящей статьи применяются с учетом требований, установленных "
                "законодательством Республики Казахстан о доступе к информации, и не "
                "ограничивают права физических и юридических лиц, предусмотренные "
                "международными договорами, ратифицированными Республикой Казахстан:"
            )
            document.add_paragraph(
                "а) при обсуждении проектов нормативных правовых актов, затрагивающих права, "
                "свободы и обязанности граждан;"
            )
            document.add_paragraph("б) при рассмотрении обращений.")
    return document


def docx_bytes(document) -> bytes:
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _wrap(text: str, font: str, size: float, first: float, width: float) -> list[str]:
    lines, line = [], ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        room = width - (first if not lines else 0)
        if line and pdfmetrics.stringWidth(candidate, font, size) > room:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line]


def pdf_from_docx(document) -> tuple[bytes, dict]:
    """The PDF a ministry publishes from its Word draft, as Word lays it out (A5 so that the
    pages break often): every paragraph with a first-line indent, the title and chapters
    centred, no space between paragraphs, a running header from the second page on, a footer
    and a page number on every page. Returns the PDF and facts about its layout."""
    register_fonts()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A5)
    width, height = A5
    left, right, top, bottom = 57, 28, 57, 57
    size, leading, indent = 10.5, 13, 28
    facts = {"pages": 1, "breaks_inside_paragraph": 0}
    y = height - top

    def furniture(page: int) -> None:
        pdf.setFont("DejaVuSans", 8)
        if page > 1:
            pdf.drawString(left, height - 35, RUNNING_HEADER)
        pdf.drawString(left, 25, FOOTER)
        pdf.drawCentredString(width / 2, 38, str(page))

    furniture(1)
    for paragraph in document.paragraphs:
        text = paragraph.text
        bold = paragraph.style.name.startswith("Heading")
        font = "DejaVuSans-Bold" if bold else "DejaVuSans"
        align = paragraph.alignment
        first = 0 if align in (WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT) else indent
        lines = _wrap(text, font, size, first, width - left - right)
        for index, line in enumerate(lines):
            if y < bottom:
                pdf.showPage()
                facts["pages"] += 1
                furniture(facts["pages"])
                y = height - top
                facts["breaks_inside_paragraph"] += index > 0
            pdf.setFont(font, size)
            if align == WD_ALIGN_PARAGRAPH.CENTER:
                pdf.drawCentredString(width / 2, y, line)
            elif align == WD_ALIGN_PARAGRAPH.RIGHT:
                pdf.drawRightString(width - right, y, line)
            else:
                pdf.drawString(left + (first if index == 0 else 0), y, line)
            y -= leading
    pdf.save()
    return buffer.getvalue(), facts
