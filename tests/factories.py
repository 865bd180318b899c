"""Factories for the people and pages the tests need. No surprises: every default is plain."""

import datetime
import io

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import TestCase
from django.utils import timezone, translation
from reportlab.pdfgen import canvas
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from consultations.models import ConsultationIndexPage, ConsultationPage
from events.certificates import register_fonts
from events.models import EventIndexPage, EventPage
from kenes.models import FooterText, HomePage, NewsIndexPage, NewsPage, StandardPage
from library.models import LibraryPage, Material
from partners.bin import check_digit
from partners.models import Membership

PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    """A person whose email address is verified, so they can sign in."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.kz")
    full_name = factory.Sequence(lambda n: f"Person {n}")
    preferred_language = "kk"
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):  # noqa: N805 - factory_boy's signature
        obj.save()
        if extracted is not False:
            EmailAddress.objects.create(user=obj, email=obj.email, verified=True, primary=True)


def sign_in(client, user):
    """Sign in through allauth, with the password, as the person would."""
    assert client.login(email=user.email, password=PASSWORD)


def staff_user(group: str | None = "Editors", **kwargs):
    user = UserFactory(is_staff=True, **kwargs)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def publish(page):
    page.save_revision().publish()
    return page


def committed():
    """Run what the block does as if its transaction committed: the test's own transaction
    never does, and what waits for the commit (the email tasks, the new generation of the
    cached pages and feeds: core/generations.py) runs when the block ends."""
    return TestCase.captureOnCommitCallbacks(execute=True)


def locales():
    return {locale.language_code: locale for locale in Locale.objects.all()}


def make_site():
    """Home pages in kk, ru and en, the kk one the site's root; returns {code: home}."""
    all_locales = locales()
    root = Page.get_first_root_node()
    home = HomePage(title="Басты бет", slug="home-kk", intro="<p>Кеңес</p>")
    home.locale = all_locales["kk"]
    root.add_child(instance=home)
    publish(home)
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    site.root_page = home
    site.hostname = "testserver"
    site.port = 80
    site.save()
    welcome.delete()
    homes = {"kk": home}
    for code, title in (("ru", "Главная"), ("en", "Home")):
        translated = home.copy_for_translation(all_locales[code])
        translated.title = title
        homes[code] = publish(translated)
    return homes


def site_homes() -> dict:
    """{code: home page} of the site `make_site` made (the test database has it: see
    `django_db_setup` in tests/conftest.py)."""
    return {
        home.locale.language_code: home
        for home in HomePage.objects.filter(depth=2).select_related("locale")
    }


def remove_site() -> None:
    """Take the test site away, for a test of what builds a site from nothing (seed_demo)."""
    for home in HomePage.objects.filter(depth=2).order_by("-pk"):
        home.delete()  # the kk home is the site's root: the Site goes with it


def make_news_index(home, *, title="Жаңалықтар", slug="news"):
    index = NewsIndexPage(title=title, slug=slug, show_in_menus=True)
    home.add_child(instance=index)
    return publish(index)


def make_news(index, *, title="Жаңалық", date=None, intro="Қысқаша", body=None, slug=None):
    page = NewsPage(
        title=title,
        slug=slug or None,
        date=date or datetime.date(2015, 10, 30),
        intro=intro,
        body=body or [("paragraph", RichText("<p>Мәтін</p>"))],
    )
    index.add_child(instance=page)
    return publish(page)


def make_standard_page(parent, *, title, slug, show_in_menus=True, intro=""):
    page = StandardPage(title=title, slug=slug, show_in_menus=show_in_menus, intro=intro)
    parent.add_child(instance=page)
    return publish(page)


def translate(page, code, **fields):
    translated = page.copy_for_translation(locales()[code])
    for name, value in fields.items():
        setattr(translated, name, value)
    return publish(translated)


def make_footer(code="kk", body="<p>Астана</p>"):
    return FooterText.objects.create(locale=locales()[code], body=body)


def translated(code: str, message: str) -> str:
    """`message` as the catalogue of language `code` has it (what a visitor would read)."""

    with translation.override(code):
        return translation.gettext(message)


# The account pages the foundation serves, for the page-wide checks (HTML, translations).
ACCOUNT_PAGES = [
    "/kk/accounts/login/",
    "/kk/accounts/signup/",
    "/kk/accounts/password/reset/",
    "/kk/accounts/confirm-email/",
]
SIGNED_IN_ACCOUNT_PAGES = [
    "/kk/accounts/me/",
    "/kk/accounts/email/",
    "/kk/accounts/password/change/",
    "/kk/accounts/2fa/",
    "/kk/accounts/reauthenticate/",
    "/kk/accounts/logout/",
    "/kk/accounts/me/delete/",
    "/kk/partners/register/",
    "/kk/partners/join/",
]


def valid_bin(first_eleven: str) -> str:
    """A BIN that passes the checksum, from any 11 digits that admit one."""

    digit = check_digit(first_eleven)
    assert digit is not None, f"{first_eleven} admits no valid BIN"
    return f"{first_eleven}{digit}"


def bin_sequence(n: int) -> str:
    """The n-th of a series of distinct valid BINs (registered in 2015, legal entities)."""

    first = f"15104{n:06d}"
    if check_digit(first) is None:  # about 1 in 11 prefixes admits no check digit
        first = f"16104{n:06d}"
    return valid_bin(first)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "partners.Organisation"
        skip_postgeneration_save = True

    kind = "ngo"
    name_kk = factory.Sequence(lambda n: f"Құқық қорғау орталығы {n}")
    name_ru = factory.Sequence(lambda n: f"Правозащитный центр {n}")
    name_en = ""
    bin = factory.Sequence(bin_sequence)
    contact_email = factory.Sequence(lambda n: f"office{n}@ngo.kz")
    status = "verified"
    listed_in_directory = True


def member_of(organisation, user=None, *, role="member", status="active"):

    user = user or UserFactory()
    Membership.objects.create(user=user, organisation=organisation, role=role, status=status)
    return user


def make_event_index(home, *, title="Іс-шаралар", slug="events"):

    index = EventIndexPage(title=title, slug=slug, show_in_menus=True)
    home.add_child(instance=index)
    return publish(index)


def make_event(index, *, title="Дөңгелек үстел", starts_in_days=10, hours=3, **fields):
    """A scheduled event `starts_in_days` from now (negative: in the past), open to members
    of verified organisations, 50 seats unless said otherwise."""

    start = fields.pop("start", None) or (
        timezone.now().replace(minute=0, second=0, microsecond=0)
        + datetime.timedelta(days=starts_in_days)
    )
    page = EventPage(
        title=title,
        kind=fields.pop("kind", "round-table"),
        start=start,
        end=fields.pop("end", None) or start + datetime.timedelta(hours=hours),
        intro=fields.pop("intro", "Азаматтық қоғаммен кездесу."),
        languages=fields.pop("languages", ["kk", "ru"]),
        **fields,
    )
    index.add_child(instance=page)
    return publish(page)


def add_events_quickly(index, count, *, days_ahead=5, **fields):
    """`count` live events, built without revisions (publishing each would take minutes):
    for tests that measure how queries grow with the number of events."""

    start = timezone.now() + datetime.timedelta(days=days_ahead)
    for n in range(count):
        index.add_child(
            instance=EventPage(
                title=f"More {n}",
                kind="seminar",
                start=start,
                end=start + datetime.timedelta(hours=2),
                intro="…",
                languages=["kk"],
                **fields,
            )
        )


def verified_member(organisation=None, **user_fields):
    """A person who is an active member of a verified NGO (created unless given)."""
    organisation = organisation or OrganisationFactory()
    return member_of(organisation, UserFactory(**user_fields))


def make_consultation_index(home, *, title="Талқылаулар", slug="consultations"):

    index = ConsultationIndexPage(title=title, slug=slug, show_in_menus=True)
    home.add_child(instance=index)
    return publish(index)


def make_consultation(
    index, *, title="Қоғамдық кеңестер туралы заң жобасы", opens=-1, closes=20, **fields
):
    """A consultation that opened `opens` days ago and closes in `closes` days."""

    now = timezone.now().replace(microsecond=0)
    page = ConsultationPage(
        title=title,
        summary=fields.pop("summary", "Қоғамдық кеңестердің құрамы мен жұмысы өзгереді."),
        drafting_body=fields.pop("drafting_body", "Қазақстан Республикасы Әділет министрлігі"),
        opens_at=fields.pop("opens_at", None) or now + datetime.timedelta(days=opens),
        closes_at=fields.pop("closes_at", None) or now + datetime.timedelta(days=closes),
        **fields,
    )
    index.add_child(instance=page)
    return publish(page)


RUSSIAN_DRAFT = """Проект

ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН
О внесении изменений в Закон «Об общественных советах»

Глава 1. Общие положения

Статья 1. Основные понятия
1. Общественный совет – консультативно-совещательный орган.

Статья 2. Задачи общественных советов
Общественные советы обсуждают проекты нормативных правовых актов.

Глава 2. Порядок формирования

Статья 3. Состав
Не менее двух третей членов совета – представители гражданского общества.
"""

KAZAKH_DRAFT = """Жоба

1-тарау. Жалпы ережелер

1-бап. Негізгі ұғымдар
1. Қоғамдық кеңес – консультативтік-кеңесші орган.

2-бап. Қоғамдық кеңестердің міндеттері
Қоғамдық кеңестер нормативтік құқықтық актілердің жобаларын талқылайды.

2-тарау. Құру тәртібі

3-бап. Құрамы
Кеңес мүшелерінің кемінде үштен екісі – азаматтық қоғам өкілдері.
"""


def make_library(home, *, title="Кітапхана", slug="library"):

    library = LibraryPage(title=title, slug=slug, show_in_menus=True)
    home.add_child(instance=library)
    return publish(library)


def make_pdf(text: str = "Адам құқықтары") -> bytes:
    """A real one-page PDF (DejaVu Sans draws Kazakh and Russian letters)."""

    register_fonts()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.setFont("DejaVuSans", 12)
    pdf.drawString(72, 720, text)
    pdf.save()
    return buffer.getvalue()


def make_material(*, title="Адам құқықтары туралы нұсқаулық", access="public", text="", **fields):
    """A material with a real PDF file; its text is read as the task would (tasks run at once
    in tests)."""

    name = fields.pop("filename", "handbook.pdf")
    material = Material(title=title, access=access, **fields)
    material.file.save(name, ContentFile(make_pdf(text or title)), save=False)
    material._set_document_file_metadata()
    material.save()
    material.refresh_from_db()
    return material


# My account with something in every section (tests/accounts/test_my_account.py and the
# browser test of its layout).

LONG_ORGANISATION = {
    "name_kk": "«Адам құқықтары және құқықтық көмек жөніндегі халықаралық-консультациялық "
    "орталығы» қоғамдық қоры",
    "name_ru": "Общественный фонд «Международный-консультационный центр по правам человека "
    "и правовой помощи»",
}


def my_account_world(person) -> dict:
    """For `person`: a representative of a verified NGO (with a colleague asking to join)
    and a pending request to join another; events to come (a seat; the waiting list, second
    in line; a postponed event), a past seminar they attended (a certificate) and a
    cancelled registration; comments awaiting moderation, published with the commission's
    response, not published with a reason and a note, withdrawn; a followed consultation, a
    legal area; their calendar address. The events and consultations are in kk and ru."""
    from consultations.following import area_subscribe, follow_set  # noqa: PLC0415 - services the factories need only here
    from consultations.models import DraftElement, LegalArea  # noqa: PLC0415
    from consultations.parsing import split_draft  # noqa: PLC0415
    from consultations.services import (  # noqa: PLC0415
        comment_create,
        comment_publish,
        comment_reject,
        comment_withdraw,
        responses_record,
        version_import,
        version_publish,
    )
    from events.models import Registration  # noqa: PLC0415
    from feeds.services import token_issue  # noqa: PLC0415

    homes = site_homes()
    organisation = OrganisationFactory(**LONG_ORGANISATION)
    member_of(organisation, person, role="representative")
    member_of(organisation, status="requested")  # a colleague asks to join
    member_of(OrganisationFactory(), person, status="requested")

    event_index = make_event_index(homes["kk"])
    translate(event_index, "ru", title="Мероприятия", slug="events")
    world = {"event_index": event_index, "organisation": organisation, "n": 0}

    full = make_event(event_index, title="Дөңгелек үстел: орындар бітті", capacity=1)
    translate(full, "ru", title="Круглый стол: мест нет")
    Registration.objects.create(event=full, person=UserFactory(), status="confirmed")
    Registration.objects.create(event=full, person=UserFactory(), status="waitlisted")
    Registration.objects.create(event=full, person=person, status="waitlisted")
    postponed = make_event(event_index, title="Конференция", starts_in_days=30, status="postponed")
    Registration.objects.create(event=postponed, person=person, status="confirmed")
    seminar = make_event(
        event_index,
        title="Адам құқықтары жөніндегі оқыту семинары",
        kind="seminar",
        starts_in_days=-10,
    )
    translate(seminar, "ru", title="Обучающий семинар по правам человека")
    Registration.objects.create(
        event=seminar, person=person, organisation=organisation, status="attended"
    )
    cancelled = make_event(event_index, title="Вебинар", kind="webinar", starts_in_days=-40)
    Registration.objects.create(event=cancelled, person=person, status="cancelled")

    consultation_index = make_consultation_index(homes["kk"])
    translate(consultation_index, "ru", title="Обсуждения", slug="consultations")
    consultation = make_consultation(
        consultation_index,
        title="«Қоғамдық кеңестер туралы» Заңға өзгерістер мен толықтырулар енгізу туралы",
        legal_area=LegalArea.objects.order_by("pk").first(),
    )
    translate(consultation, "ru", title="О внесении изменений в Закон «Об общественных советах»")
    version = version_import(
        consultation=consultation, language="ru", elements=split_draft(RUSSIAN_DRAFT), by=None
    )
    version_publish(version=version, note="", by=None)
    article = DraftElement.objects.get(kind="article", number="2")

    def write(remark):
        return comment_create(
            consultation=consultation,
            element=article,
            person=person,
            organisation=organisation,
            remark=remark,
            justification="Обоснование: " + "очень-очень-длинное-слово-без-пробелов" * 3,
        )

    answered = comment_publish(comment=write("Уточнить срок полномочий."), by=None)
    responses_record(
        comments=[answered], decision="partly", reasoning="Срок уточнён в статье 3.", by=None
    )
    comment_reject(
        comment=write("Не по теме."), reason="off-topic", note="Пишите о статье 2.", by=None
    )
    comment_withdraw(comment=write("Отзываю."), person=person)
    follow_set(person=person, consultation=consultation, follow=True)
    area_subscribe(person=person, area=consultation.legal_area, subscribe=True)
    token_issue(user=person)
    world.update(consultation_index=consultation_index, consultation=consultation, write=write)
    add_to_my_account(world, person, 1)
    return world


def add_to_my_account(world: dict, person, n: int) -> None:
    """`n` more of each thing that lists grow by: registrations for events to come, past
    seminars attended, comments awaiting moderation, followed consultations."""
    from consultations.following import follow_set  # noqa: PLC0415 - as in my_account_world
    from events.models import Registration  # noqa: PLC0415

    for _ in range(n):
        world["n"] += 1
        number = world["n"]
        event = make_event(
            world["event_index"], title=f"Дөңгелек үстел {number}", starts_in_days=10 + number
        )
        translate(event, "ru", title=f"Круглый стол {number}")
        Registration.objects.create(
            event=event, person=person, organisation=world["organisation"], status="confirmed"
        )
        past = make_event(
            world["event_index"],
            title=f"Семинар {number}",
            kind="seminar",
            starts_in_days=-50 - number,
        )
        Registration.objects.create(event=past, person=person, status="attended")
        world["write"](f"Замечание {number}: уточнить формулировку.")
        followed = make_consultation(
            world["consultation_index"], title=f"Заң жобасы {number}", slug=f"draft-{number}"
        )
        follow_set(person=person, consultation=followed, follow=True)


# The action plan (actionplan/): the tracker page, plans, measures and their history.


def make_action_plan_tracker(home, *, title="Ұлттық іс-қимыл жоспары", slug="action-plan"):
    from actionplan.models import ActionPlanIndexPage  # noqa: PLC0415 - as the others here

    tracker = ActionPlanIndexPage(title=title, slug=slug, show_in_menus=True)
    home.add_child(instance=tracker)
    return publish(tracker)


def make_plan(*, slug="2009-2012", areas=("Заңнаманы жетілдіру",), status="in-force", **fields):
    """A plan with areas titled in Kazakh (English too where `areas` gives (kk, en) pairs)."""
    from actionplan.models import Area, Plan  # noqa: PLC0415

    plan = Plan(
        slug=slug,
        title_kk=fields.pop("title_kk", "Адам құқықтары саласындағы Ұлттық іс-қимыл жоспары"),
        title_en=fields.pop("title_en", "National Human Rights Action Plan"),
        start_year=fields.pop("start_year", 2009),
        end_year=fields.pop("end_year", 2012),
        adopted_on=fields.pop("adopted_on", datetime.date(2009, 5, 5)),
        status=status,
        **fields,
    )
    titles = [(area, "") if isinstance(area, str) else area for area in areas]
    plan.areas = [Area(sort_order=n, title_kk=kk, title_en=en) for n, (kk, en) in enumerate(titles)]
    plan.save()
    return plan


def state_body(name="Әділет министрлігі", **fields):
    return OrganisationFactory(kind="state", bin=None, name_kk=name, name_ru="", **fields)


def add_measures(plan, count, *, start=1, area=None, bodies=(), deadline=None, **fields):
    """`count` measures numbered `1.<start>`…, in one query for the rows and one for their
    bodies (for tests that measure how queries grow)."""
    from actionplan.models import Measure, order_key  # noqa: PLC0415

    area = area or plan.areas.order_by("sort_order").first()
    measures = Measure.objects.bulk_create(
        Measure(
            plan=plan,
            area=area,
            number=f"1.{n}",
            order_key=order_key(f"1.{n}"),
            text_kk=fields.get("text_kk", f"Шара {n}"),
            text_en=fields.get("text_en", f"Measure {n}"),
            deadline=deadline or datetime.date(2010, 12, 31),
        )
        for n in range(start, start + count)
    )
    through = Measure.responsible_bodies.through
    through.objects.bulk_create(
        through(measure=measure, organisation=body) for measure in measures for body in bodies
    )
    return measures


def report_progress(measure, status, on, *, text="Жұмыс жүргізілді.", **kwargs):
    from actionplan.services import progress_report_record  # noqa: PLC0415

    return progress_report_record(
        measure=measure, status=status, reported_on=on, done={"kk": text}, **kwargs
    )
