"""The comment-and-response table: published only when every comment is answered, with
figures that count withheld comments, and XLSX and DOCX that open and hold the right rows."""

import datetime
import io

import pytest
from django.utils import timezone
from docx import Document
from openpyxl import load_workbook

from consultations.models import Comment, ConsultationPage, DraftElement, Report, Response
from consultations.parsing import split_draft
from consultations.rules import CommentError
from consultations.services import (
    comment_create,
    comment_publish,
    comment_reject,
    report_publish,
    responses_record,
    version_import,
    version_publish,
)
from tests.accounts.test_two_factor import with_totp
from tests.checks import check_page
from tests.factories import (
    KAZAKH_DRAFT,
    RUSSIAN_DRAFT,
    make_consultation,
    make_consultation_index,
    staff_user,
    translated,
    verified_member,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def closed(homes):
    """A consultation that has just closed: two published comments, one rejected, one
    waiting for moderation."""
    page = make_consultation(make_consultation_index(homes["kk"]))
    for language, text in (("ru", RUSSIAN_DRAFT), ("kk", KAZAKH_DRAFT)):
        version = version_import(
            consultation=page, language=language, elements=split_draft(text), by=None
        )
    version_publish(version=version, note="", by=None)
    article = DraftElement.objects.get(kind="article", number="3")
    for remark, status in (
        ('=HYPERLINK("http://evil")', "published"),
        ("Две трети — мало.", "published"),
        ("Не по теме.", "rejected"),
        ("Ждёт.", "pending"),
    ):
        person = verified_member()
        comment = comment_create(
            consultation=page,
            element=article,
            person=person,
            organisation=person.memberships.get().organisation,
            remark=remark,
            proposed_wording="не менее трёх четвертей" if "мало" in remark else "",
        )
        Comment.objects.filter(pk=comment.pk).update(
            status=status, rejection_reason="off-topic" if status == "rejected" else ""
        )
    ConsultationPage.objects.filter(pk=page.pk).update(
        closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    page.refresh_from_db()
    return page


def answer_all(page):
    Comment.objects.filter(status="pending").update(status="rejected", rejection_reason="duplicate")
    for comment in Comment.objects.published():
        Response.objects.create(comment=comment, decision="partly", reasoning="Учтено частично.")


def test_the_report_waits_for_every_comment_to_be_answered(closed):
    with pytest.raises(CommentError):
        report_publish(consultation=closed, by=None)
    answer_all(closed)
    report_publish(consultation=closed, by=None)
    assert Report.objects.count() == 1
    closed.refresh_from_db()
    assert ConsultationPage.objects.get(pk=closed.pk).status == "reported"


def test_no_report_while_the_consultation_is_open(closed):
    answer_all(closed)
    ConsultationPage.objects.filter(pk=closed.pk).update(
        closes_at=timezone.now() + datetime.timedelta(days=1)
    )
    closed.refresh_from_db()
    with pytest.raises(CommentError):
        report_publish(consultation=closed, by=None)


def test_the_public_table_counts_withheld_comments(client, closed):
    assert client.get(closed.url + "report/").status_code == 404
    assert client.get(closed.url + "report/xlsx/").status_code == 404
    answer_all(closed)
    report_publish(consultation=closed, by=None)
    response = client.get(closed.url + "report/")
    html = response.content.decode()
    check_page(html)
    figures = response.context["figures"]
    assert (figures["published"], figures["withheld"]) == (2, 2)
    assert "не менее трёх четвертей" in html


def test_xlsx_and_docx_open_and_hold_the_rows_in_the_language_chosen(client, closed):
    answer_all(closed)
    report_publish(consultation=closed, by=None)
    workbook = load_workbook(
        io.BytesIO(client.get(closed.url + "report/xlsx/", {"language": "ru"}).content)
    )
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[2][0] == translated("ru", "No.")
    body = rows[3:]
    assert [row[0] for row in body] == [1, 2]
    assert body[0][4] == '=HYPERLINK("http://evil")'  # kept as written, as text
    assert workbook.active.cell(row=4, column=5).data_type == "s"  # never a formula
    assert body[1][3] == "не менее трёх четвертей"
    assert "Не менее двух третей" in body[1][2]  # the current wording, in Russian
    assert body[1][6] == translated("ru", "Partially accepted")
    document = Document(
        io.BytesIO(client.get(closed.url + "report/docx/", {"language": "kk"}).content)
    )
    table = document.tables[0]
    assert len(table.rows) == 3
    assert table.rows[0].cells[0].text == translated("kk", "No.")
    assert "Кеңес мүшелерінің кемінде үштен екісі" in table.rows[2].cells[2].text
    assert table.rows[2].cells[7].text == "Учтено частично."


def test_moderators_preview_and_publish_in_the_admin(client, closed):
    url = f"/admin/consultations/{closed.pk}/report/"
    editor = staff_user("Editors")
    with_totp(editor)
    client.force_login(editor)
    assert client.get(url)["Location"] == "/admin/"
    moderator = staff_user("Moderators")
    with_totp(moderator)
    client.force_login(moderator)
    assert client.get(url).status_code == 200
    preview = client.get(url, {"download": "xlsx", "language": "ru"})
    assert preview["Content-Type"].startswith("application/vnd.openxmlformats")
    client.post(url)
    assert Report.objects.count() == 0  # not all answered
    answer_all(closed)
    client.post(url)
    assert Report.objects.count() == 1


def test_characters_xml_cannot_hold_do_not_break_the_files(client, closed):
    Comment.objects.filter(remark="Две трети — мало.").update(remark="Мало\ufffe\uffff\x0b!")
    answer_all(closed)
    report_publish(consultation=closed, by=None)
    xlsx = client.get(f"{closed.url}report/xlsx/")
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert "Мало!" in [cell for row in sheet.iter_rows(values_only=True) for cell in row]
    word = Document(io.BytesIO(client.get(f"{closed.url}report/docx/").content))
    assert "Мало!" in [cell.text for row in word.tables[0].rows for cell in row.cells]


def test_the_published_table_is_frozen(closed):

    answer_all(closed)
    report_publish(consultation=closed, by=None)
    rejected = Comment.objects.filter(status="rejected").first()
    published = Comment.objects.published().first()
    with pytest.raises(CommentError):
        comment_publish(comment=rejected, by=None)
    with pytest.raises(CommentError):
        responses_record(comments=[published], decision="noted", reasoning="Иначе.", by=None)
    with pytest.raises(CommentError):
        comment_reject(comment=published, reason="duplicate", note="", by=None)
