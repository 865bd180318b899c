"""Load the demo site: pages in kk/ru/en, the footer, demo accounts for every role, events
with people registered for them, draft laws open (and closed) for comment, the library
with materials for everyone, for members, for a seminar's participants and for staff, and
the National Action Plan 2009–2012 with its measures and their status history.

Idempotent: what exists (found by slug, email or, for a material, its demo key) is left as
it is, so editors' changes to a demo site survive a second run. Refuses to run without DEBUG
unless --force is given, so a production database never receives demo accounts with a
published password.
"""

import datetime
import uuid
from urllib.parse import urlsplit

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext
from wagtail.blocks import StreamValue
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from actionplan.models import (
    ActionPlanIndexPage,
    Area,
    Assessment,
    AssessmentFile,
    AssessmentLink,
    Measure,
    MeasureConsultation,
    MeasureEvent,
    MeasureRecommendation,
    Plan,
)
from actionplan.models import Recommendation as UNRecommendation
from actionplan.services import contested_refresh, progress_report_record
from actionplan.services import follow_set as actionplan_follow_set
from consultations.following import area_subscribe, follow_set
from consultations.models import (
    Comment,
    ConsultationIndexPage,
    ConsultationPage,
    DraftElement,
    DraftVersion,
    LegalArea,
    Response,
)
from consultations.parsing import split_draft
from consultations.rules import CommentError
from consultations.services import (
    comment_create,
    report_publish,
    version_import,
    version_publish,
)
from demo import actionplan as demo_actionplan
from demo import content
from demo import files as demo_files
from demo import library as demo_library
from events.models import EventIndexPage, EventPage, Registration
from events.rules import NotEligible, check_may_register
from feeds.services import token_issue, token_of
from kenes.models import FooterText, HomePage, NewsIndexPage, NewsPage, StandardPage
from library.models import LibraryPage, Material
from library.tasks import read_material_text
from partners.models import FocusArea, Membership, Organisation, Region
from partners.permissions import verified_organisations_for

LANGUAGES = [code for code, _name in settings.LANGUAGES]
DEFAULT = settings.LANGUAGE_CODE


def stream(items):
    """(block type, value) pairs from content.py as StreamField data."""
    blocks = []
    for block_type, value in items:
        if block_type == "heading":
            blocks.append(("heading", {"text": value, "level": "h2"}))
        elif block_type == "paragraph":
            blocks.append(("paragraph", RichText(value)))
        else:
            blocks.append((block_type, value))
    return blocks


def publish(page):
    page.save_revision().publish()
    return page


class Command(BaseCommand):
    help = "Create the demo site (pages in kk, ru, en) and demo accounts. Safe to run twice."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even when DEBUG is off (never on a production database).",
        )

    def handle(self, *args, force=False, **options):
        if (settings.KENES_PRODUCTION or not settings.DEBUG) and not force:
            raise CommandError(
                "seed_demo creates accounts with a published password: it runs only with "
                "DEBUG=1 and not with production settings. Use --force if this really is a "
                "demo database."
            )
        with transaction.atomic():
            home = self.seed_pages()
            self.seed_footer()
            self.seed_users()
            self.seed_organisations()
            self.seed_participants()
            self.seed_events(home)
            self.seed_consultations(home)
            self.seed_following()
            self.seed_library()
            self.seed_action_plan(home)
            self.seed_action_plan_links()
            self.seed_assessments()
        self.stdout.write(self.style.SUCCESS(f"Demo site ready: {home.title}"))
        self.print_accounts()
        self.print_library()

    # Pages -----------------------------------------------------------------------------

    def seed_pages(self):
        locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
        home = self.seed_home(locales)
        about = self.child(home, StandardPage, "about", content.ABOUT, locales, show_in_menus=True)
        self.add_partner_list(about, locales)
        news_index = self.child(
            home, NewsIndexPage, "news", content.NEWS_INDEX, locales, show_in_menus=True
        )
        for item in content.NEWS:
            texts = {code: {**item[code], "date": item["date"]} for code in LANGUAGES}
            self.child(news_index, NewsPage, item["slug"], texts, locales)
        for item in content.RECENT_NEWS:
            texts = {code: self.recent_news(item, code) for code in LANGUAGES}
            self.child(news_index, NewsPage, item["slug"], texts, locales)
        self.child(home, EventIndexPage, "events", content.EVENT_INDEX, locales, show_in_menus=True)
        self.child(
            home,
            ConsultationIndexPage,
            "consultations",
            content.CONSULTATION_INDEX,
            locales,
            show_in_menus=True,
        )
        self.seed_library_page(home, locales)
        self.child(home, StandardPage, "contacts", content.CONTACTS, locales, show_in_menus=True)
        return home

    @staticmethod
    def recent_news(item, code):
        """A recent news item in language `code`, dated and with the dates of the events and
        the consultation it announces, as the demo sets them (relative to today)."""
        today = timezone.localdate()
        days = {event["slug"]: event["day"] for event in content.EVENTS}
        days["consultation_closes"] = next(
            c["closes"] for c in content.CONSULTATIONS if c["slug"] == "public-councils-amendments"
        )
        with translation.override(code):
            dates = {
                name: date_format(today + datetime.timedelta(days=day), "j E")
                for name, day in days.items()
            }
        texts = dict(item[code])
        for field in ("title", "intro"):
            texts[field] = texts[field].format_map(dates)
        texts["body"] = [(kind, value.format_map(dates)) for kind, value in texts["body"]]
        texts["date"] = today + datetime.timedelta(days=item["day"])
        return texts

    def seed_library_page(self, home, locales):
        """The library, in the menu before Contacts."""
        self.seed_page_before_contacts(home, locales, LibraryPage, "library", demo_library.PAGE)

    def seed_page_before_contacts(self, home, locales, model, slug, texts):
        """A page of the menu before Contacts. On a demo site made before the page existed,
        the new page (added last) moves before Contacts; a page that was already there stays
        where an editor put it."""
        existing = set(model.objects.values_list("locale__language_code", flat=True))
        page = self.child(home, model, slug, texts, locales, show_in_menus=True)
        for code in LANGUAGES:
            if code in existing:
                continue
            translated = page.get_translation(locales[code])
            contacts = translated.get_siblings().filter(slug="contacts").first()
            if contacts is not None and contacts.path < translated.path:
                translated.move(contacts, pos="left")
        return page

    def seed_home(self, locales):
        site = Site.objects.filter(is_default_site=True).first()
        home = HomePage.objects.filter(locale=locales[DEFAULT], depth=2).first()
        if home is None:
            root = Page.get_first_root_node()
            fields = content.HOME[DEFAULT]
            home = HomePage(title=fields["title"], intro=fields["intro"], slug="kenes")
            home.locale = locales[DEFAULT]
            root.add_child(instance=home)
            publish(home)
            self.stdout.write(f"Created the home page ({DEFAULT})")
        # The demo answers where runserver serves it (BASE_URL, which `make run` sets from
        # PORT): links in the sitemap, in emails and in calendars use this host and port, also
        # when the demo database was made for another port. A site someone set up for another
        # host is left alone.
        base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        local = {"127.0.0.1", "localhost", base.hostname}
        if site is None or site.root_page_id != home.pk or site.hostname in local:
            site = site or Site(is_default_site=True)
            site.hostname = base.hostname or "localhost"
            site.port = base.port or (443 if base.scheme == "https" else 80)
            old_root = site.root_page if site.pk and site.root_page_id != home.pk else None
            site.root_page = home
            site.site_name = site.site_name or "Kenes"
            site.save()
            if old_root is not None and old_root.specific_class is Page:
                old_root.delete()  # Wagtail's "Welcome to your new Wagtail site!" page
        for code in LANGUAGES:
            self.translate(home, locales[code], content.HOME[code])
        return home

    def child(self, parent, model, slug, texts, locales, show_in_menus=False):
        """The page under `parent` with this slug, created in the default language and
        translated into the others when missing."""
        page = model.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = model(slug=slug, show_in_menus=show_in_menus, **self.fields(texts[DEFAULT]))
            page.locale = locales[DEFAULT]
            parent.add_child(instance=page)
            publish(page)
            self.stdout.write(f"Created {model._meta.verbose_name} “{page.title}”")
        for code in LANGUAGES:
            self.translate(page, locales[code], texts[code])
        return page

    def translate(self, page, locale, texts):
        if page.locale_id == locale.pk or page.get_translation_or_none(locale) is not None:
            return
        translated = page.copy_for_translation(locale)
        for name, value in self.fields(texts).items():
            setattr(translated, name, value)
        publish(translated)

    @staticmethod
    def fields(texts):
        fields = dict(texts)
        if "body" in fields:
            fields["body"] = stream(fields["body"])
        return fields

    def add_partner_list(self, about, locales):
        """The About page ends with the partners from the seeds (until the directory lands)."""
        for code in LANGUAGES:
            page = about.get_translation(locales[code])
            if any(
                block.block_type == "paragraph"
                and "<li>" in str(block.value)
                and content.PARTNERS[code][0] in str(block.value)
                for block in page.body
            ):
                continue
            items = "".join(f"<li>{name}</li>" for name in content.PARTNERS[code])
            page.body.append(("paragraph", RichText(f"<ul>{items}</ul>")))
            publish(page)

    # Footer ----------------------------------------------------------------------------

    def seed_footer(self):
        default = FooterText.objects.filter(locale__language_code=DEFAULT).first()
        if default is None:
            default = FooterText.objects.create(
                locale=Locale.objects.get(language_code=DEFAULT), body=content.FOOTER[DEFAULT]
            )
        for code in LANGUAGES:
            locale = Locale.objects.get(language_code=code)
            if default.get_translation_or_none(locale) is None:
                translated = default.copy_for_translation(locale)
                translated.body = content.FOOTER[code]
                translated.save()

    # Accounts --------------------------------------------------------------------------

    def seed_users(self):
        User = get_user_model()
        for email, full_name, language, role in content.USERS:
            user, created = User.objects.get_or_create(
                email=email,
                defaults={
                    "full_name": full_name,
                    "preferred_language": language,
                    "is_staff": not role.startswith("NGO "),
                    "is_superuser": role == "administrator",
                },
            )
            if created:
                user.set_password(content.DEMO_PASSWORD)
                user.save(update_fields=["password"])
            EmailAddress.objects.update_or_create(
                user=user, email=email, defaults={"verified": True, "primary": True}
            )
            if role in content.ROLE_GROUPS:
                user.groups.add(Group.objects.get(name=content.ROLE_GROUPS[role]))

    # Organisations ---------------------------------------------------------------------

    def seed_organisations(self):
        regions = {region.code: region for region in Region.objects.all()}
        areas = {area.code: area for area in FocusArea.objects.all()}
        User = get_user_model()
        for item in content.ORGANISATIONS:
            organisation, created = Organisation.objects.get_or_create(
                name_en=item["name_en"],
                name_ru=item["name_ru"],
                defaults={
                    "kind": item["kind"],
                    "status": item["status"],
                    "name_kk": item["name_kk"],
                    "bin": item["bin"],
                    "region": regions[item["region"]],
                    "contact_email": item["email"],
                    "description": item["description"],
                    "listed_in_directory": True,
                },
            )
            if not created:
                continue
            organisation.focus_areas.set([areas[code] for code in item["focus"]])
            for email, role in item["members"]:
                Membership.objects.get_or_create(
                    user=User.objects.get(email=email),
                    organisation=organisation,
                    defaults={"role": role},
                )
            self.stdout.write(f"Created organisation “{organisation.name_ru}”")

    def seed_participants(self):
        """People of the demo NGOs who register for the demo events. Made once: a membership
        an administrator removes later is not added back."""
        User = get_user_model()
        organisations = {item.name_ru: item for item in Organisation.objects.all()}
        password = make_password(content.DEMO_PASSWORD)  # hashed once: the hasher is slow
        for email, full_name, language, organisation in content.PARTICIPANTS:
            user, created = User.objects.get_or_create(
                email=email,
                defaults={"full_name": full_name, "preferred_language": language},
            )
            if not created:
                continue
            user.password = password
            user.save(update_fields=["password"])
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
            if organisation in organisations:
                Membership.objects.create(
                    user=user, organisation=organisations[organisation], role="member"
                )

    # Events ----------------------------------------------------------------------------

    def seed_events(self, home):
        locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
        index = EventIndexPage.objects.child_of(home).get(slug="events")
        for item in content.EVENTS:
            event = self.seed_event(index, item, locales)
            self.seed_registrations(event, item)

    def seed_event(self, index, item, locales):
        """The event in kk, published, then translated into ru and en. Publishing runs
        `events.services.event_published` (it fills free seats from the waiting list and
        records the status registrants were told about): registrations come after."""
        page = EventPage.objects.child_of(index).filter(slug=item["slug"]).first()
        if page is None:
            first_day = timezone.localdate() + datetime.timedelta(days=item["day"])
            page = EventPage(
                slug=item["slug"],
                **self.event_fields(item, first_day),
                **self.event_texts(item, DEFAULT, first_day),
            )
            page.locale = locales[DEFAULT]
            index.add_child(instance=page)
            publish(page)
            page = EventPage.objects.get(pk=page.pk)  # with the block ids given on saving
            self.stdout.write(f"Created event “{page.title}”")
        first_day = timezone.localdate(page.start)
        question_ids = [block.id for block in page.questions]  # the same in every language
        for code in LANGUAGES:
            self.translate(
                page, locales[code], self.event_texts(item, code, first_day, question_ids)
            )
        return page

    @staticmethod
    def event_fields(item, first_day):
        """What the translations copy from the original: dates, place, registration rules."""
        zone = timezone.get_default_timezone()

        def at(day, clock):
            time = datetime.time.fromisoformat(clock)
            return datetime.datetime.combine(day, time, tzinfo=zone)

        starts, ends = item["times"]
        start = at(first_day, starts)
        closes = item.get("closes_days_before")
        organisations = {o.name_ru: o for o in Organisation.objects.all()}
        return {
            "kind": item["kind"],
            "status": item.get("status", EventPage.Status.SCHEDULED),
            "start": start,
            "end": at(first_day + datetime.timedelta(days=item.get("days", 1) - 1), ends),
            "region": Region.objects.filter(code=item["region"]).first(),
            "is_online": item.get("is_online", False),
            "join_url": item.get("join_url", ""),
            "languages": item["languages"],
            "organisers": [organisations[n] for n in item["organisers"] if n in organisations],
            "partners": [organisations[n] for n in item["partners"] if n in organisations],
            "access": item.get("access", EventPage.Access.MEMBERS),
            "registration_closes": (
                start.replace(hour=18) - datetime.timedelta(days=closes) if closes else None
            ),
            "capacity": item["capacity"],
            "seats_per_organisation": item.get("seats_per_organisation"),
            "training_hours": item.get("training_hours"),
        }

    @staticmethod
    def event_texts(item, code, first_day, question_ids=None):
        """The fields translated for `code`: texts, the agenda and the questions. Questions
        keep their block ids across languages, because answers are stored under them."""
        agenda = []
        for entry in item.get("agenda", []):
            if "day" in entry:
                day = first_day + datetime.timedelta(days=entry["day"])
                agenda.append(("day", {"date": day, "title": entry["title"][code]}))
            else:
                agenda.append(
                    (
                        "item",
                        {
                            "start": datetime.time.fromisoformat(entry["start"]),
                            "end": datetime.time.fromisoformat(entry["end"]),
                            "title": entry["title"][code],
                            "speakers": entry["speakers"].get(code, ""),
                            "description": "",
                        },
                    )
                )
        questions = item.get("questions", [])
        ids = question_ids or [None] * len(questions)
        return {
            "status_note": "",
            **item[code],
            "agenda": agenda,
            "questions": StreamValue(
                EventPage._meta.get_field("questions").stream_block,
                [
                    (
                        question["type"],
                        {"required": question["required"], **question[code]},
                        block_id,
                    )
                    for question, block_id in zip(questions, ids, strict=True)
                ],
            ),
        }

    def seed_registrations(self, event, item):
        """The people registered for the event, in the listed order (the order of the waiting
        list), with the listed status.

        Made here with `Registration.objects.create`, not `events.services.registration_create`:
        the demo needs states the service only reaches over time (attended, cancelled, a full
        event, a waiting list in a chosen order), and the service would email every person
        (to the console, with the immediate task backend `make run` uses). Each person still
        passes `check_may_register`, so the demo shows no registration the rules would refuse.
        Someone already registered (in any status) is left alone, so a second run adds nothing.
        """
        User = get_user_model()
        people = {user.email: user for user in User.objects.filter(is_active=True)}
        questions = list(event.questions)
        for email, status, *answers in item["registrations"]:
            person = people.get(email)
            if person is None or event.registrations.filter(person=person).exists():
                continue
            organisation = verified_organisations_for(person).order_by("pk").first()
            try:
                check_may_register(
                    event=event, person=person, organisation=organisation, registered_by=person
                )
            except NotEligible as error:
                self.stdout.write(f"Not registered {email} for “{event.title}”: {error}")
                continue
            registered = min(timezone.now(), event.start - datetime.timedelta(days=14))
            Registration.objects.create(
                event=event,
                person=person,
                organisation=organisation,
                registered_by=person,
                status=status,
                answers=self.answers(questions, answers[0]) if answers else {},
                confirmed_at=registered if status != Registration.Status.WAITLISTED else None,
                attended_at=event.start if status == Registration.Status.ATTENDED else None,
                cancelled_at=(
                    event.start - datetime.timedelta(days=3)
                    if status == Registration.Status.CANCELLED
                    else None
                ),
            )

    @staticmethod
    def answers(questions, values):
        """Answers stored as the registration form stores them (in Kazakh, the original)."""
        answers = {}
        with translation.override(DEFAULT):
            for block, value in zip(questions, values, strict=True):
                if value in ("", None):
                    continue
                if block.block_type == "yes_no":
                    value = gettext("Yes") if value else gettext("No")
                answers[block.id] = {"question": block.value["label"], "answer": value}
        return answers

    # Consultations ---------------------------------------------------------------------

    def seed_consultations(self, home):
        locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
        index = ConsultationIndexPage.objects.child_of(home).get(slug="consultations")
        editor = get_user_model().objects.filter(email="editor@kenes.kz").first()
        for item in content.CONSULTATIONS:
            consultation = self.seed_consultation(index, item, locales)
            version = self.seed_draft(consultation, item, editor)
            self.seed_comments(consultation, version, item)
            self.seed_responses(consultation, item)

    def seed_following(self):
        """People who follow a consultation, subscribe to its legal area and have their own
        calendar address (so that "My account" and "Download my data" show them)."""
        for email, slug in content.FOLLOWERS:
            person = get_user_model().objects.filter(email=email).first()
            consultation = ConsultationPage.objects.filter(slug=slug).order_by("pk").first()
            if person is None or consultation is None:
                continue
            follow_set(person=person, consultation=consultation, follow=True)
            if consultation.legal_area is not None:
                area_subscribe(person=person, area=consultation.legal_area, subscribe=True)
            if token_of(person) is None:
                token_issue(user=person)

    def seed_responses(self, consultation, item):
        """The commission answers the published comments that have a response in the
        content (each its own: the decision and reasoning answer that remark), then publishes
        the table of a closed consultation. A comment already answered, or a published table,
        is left as it is."""
        moderator = get_user_model().objects.filter(email="moderator@kenes.kz").first()
        for entry in item["comments"]:
            if "response" not in entry:
                continue
            comment = (
                Comment.objects.published()
                .filter(
                    consultation=consultation,
                    author__email=entry["email"],
                    remark=entry["remark"],
                    response=None,
                )
                .first()
            )
            if comment is not None:
                decision, reasoning = entry["response"]
                Response.objects.create(
                    comment=comment,
                    decision=decision,
                    reasoning=reasoning,
                    responded_by=moderator,
                )
        if not consultation.is_open and consultation.status == ConsultationPage.Status.CLOSED:
            try:
                report_publish(consultation=consultation, by=moderator)
            except CommentError as error:
                self.stdout.write(f"No report for “{consultation.title}”: {error}")

    def seed_consultation(self, index, item, locales):
        """The consultation in kk, published, then translated into ru and en (the dates,
        moderation and access are copied from the original)."""
        page = ConsultationPage.objects.child_of(index).filter(slug=item["slug"]).first()
        if page is None:
            # On the hour, Almaty time, like the events.
            now = timezone.localtime().replace(minute=0, second=0, microsecond=0)
            page = ConsultationPage(
                slug=item["slug"],
                opens_at=now + datetime.timedelta(days=item["opens"]),
                closes_at=now + datetime.timedelta(days=item["closes"]),
                moderation=item["moderation"],
                access=item["access"],
                legal_area=LegalArea.objects.filter(code=item["legal_area"]).first(),
                **item[DEFAULT],
            )
            page.locale = locales[DEFAULT]
            index.add_child(instance=page)
            publish(page)
            self.stdout.write(f"Created consultation “{page.title}”")
        for code in LANGUAGES:
            self.translate(page, locales[code], item[code])
        return page

    def seed_draft(self, consultation, item, editor):
        """Version 1 of the draft, imported in each language as an editor would (one
        bilingual version) and published when the consultation opened. A consultation that
        already has a version 1 keeps it as it is."""
        version = DraftVersion.objects.filter(consultation=consultation, number=1).first()
        if version is not None:
            return version
        for language, text in item["draft"].items():
            version = version_import(
                consultation=consultation,
                language=language,
                elements=split_draft(text),
                by=editor,
            )
        version = version_publish(version=version, note="", by=editor)
        DraftVersion.objects.filter(pk=version.pk).update(
            created_at=consultation.opens_at - datetime.timedelta(days=1),
            published_at=consultation.opens_at,
        )
        version.refresh_from_db()
        return version

    def seed_comments(self, consultation, version, item):
        """The comments, in the listed states. While the consultation is open they go through
        `comment_create` (its window and rules apply, as on the site); a closed consultation no
        longer takes comments, so its are written directly. The state (published, rejected,
        withdrawn) and the dates are then set as a moderator and the passing days would leave
        them. A comment already there (same author and remark) is left alone."""
        User = get_user_model()
        people = {user.email: user for user in User.objects.filter(is_active=True)}
        moderator = people.get("moderator@kenes.kz")
        if version is None or version.published_at is None:
            return
        for entry in item["comments"]:
            person = people.get(entry["email"])
            if person is None:
                continue
            if Comment.objects.filter(
                consultation=consultation, author=person, remark=entry["remark"]
            ).exists():
                continue
            element = None
            if entry["article"] is not None:
                element = DraftElement.objects.filter(
                    version=version, kind=DraftElement.Kind.ARTICLE, number=entry["article"]
                ).first()
                if element is None:
                    continue  # an editor changed the draft: the article is gone
            with translation.override(entry["language"]):  # the organisation's name as written
                try:
                    comment = self.write_comment(consultation, version, element, person, entry)
                except CommentError as error:
                    self.stdout.write(f"Not commented by {entry['email']}: {error}")
                    continue
            written = consultation.opens_at + datetime.timedelta(days=entry["day"], hours=2)
            changes = {"created_at": written, "updated_at": written}
            status = entry["status"]
            if status == Comment.Status.PUBLISHED:
                moderated = written + datetime.timedelta(hours=20)
                changes.update(published_at=moderated, moderated_at=moderated)
                changes["moderated_by"] = moderator
            elif status == Comment.Status.REJECTED:
                moderated = written + datetime.timedelta(hours=20)
                changes.update(moderated_at=moderated, moderated_by=moderator)
                changes["rejection_reason"] = entry["rejection_reason"]
                changes["moderator_note"] = entry["moderator_note"]
            elif status == Comment.Status.WITHDRAWN:
                changes["updated_at"] = written + datetime.timedelta(hours=3)
            Comment.objects.filter(pk=comment.pk).update(status=status, **changes)

    @staticmethod
    def write_comment(consultation, version, element, person, entry):
        organisation = verified_organisations_for(person).order_by("pk").first()
        texts = {
            "remark": entry["remark"],
            "justification": entry["justification"],
            "proposed_wording": entry["proposed_wording"],
        }
        if consultation.is_open:
            return comment_create(
                consultation=consultation,
                element=element,
                person=person,
                organisation=organisation,
                **texts,
            )
        if organisation is None:
            raise CommentError("not a member of a verified organisation")
        return Comment.objects.create(
            consultation=consultation,
            version=version,
            element=element,
            author=person,
            author_name=person.full_name or person.email,
            organisation=organisation,
            organisation_name=organisation.name,
            status=Comment.Status.PENDING,
            language=element.language_shown(entry["language"]) if element else entry["language"],
            **texts,
        )

    # Library ---------------------------------------------------------------------------

    def seed_library(self):
        """The materials of `demo.library`, each in its languages, with files made here.

        A material's language versions share a translation key made from its demo key, which
        finds them again on a second run: only a version that is missing is added, and an
        editor's changes to one (a new title, another file) stay.
        """
        editor = get_user_model().objects.filter(email="editor@kenes.kz").first()
        areas = {area.code: area for area in FocusArea.objects.all()}
        for item in demo_library.MATERIALS:
            event = None
            if item.get("event"):
                event = EventPage.objects.filter(slug=item["event"]).first()
                if event is None:
                    continue  # an administrator deleted the demo event
                event = event.canonical  # its participants are registered on the original
            key = uuid.uuid5(uuid.NAMESPACE_URL, f"urn:kenes:demo:library:{item['key']}")
            original = None
            for code in [code for code in item if code in LANGUAGES]:  # the original first
                material = Material.objects.filter(translation_key=key, language=code).first()
                if material is None:
                    material = self.seed_material(item, code, key, original, event, editor)
                    material.topics.set([areas[area] for area in item["topics"]])
                original = original or material

    def seed_material(self, item, code, key, original, event, editor):
        texts = item[code]
        published_on = item["published_on"]
        if published_on is None and event is not None:
            published_on = timezone.localdate(event.start)
        material = Material(
            title=texts["title"],
            description=texts["description"],
            source=texts["source"],
            language=code,
            translation_of=original,
            translation_key=key,
            kind=item["kind"],
            access=item["access"],
            event=event,
            published_on=published_on,
            uploaded_by_user=editor,
            download_count=item["downloads"].get(code, 0),
        )
        name, data = demo_files.material_file(item["key"], code)
        material.file.save(name, ContentFile(data), save=False)
        material._set_document_file_metadata()
        material.save()
        # Read the text for search now rather than in the task queued after the commit, so the
        # demo's search works with any task backend (the queued task then finds nothing new).
        read_material_text.call(material_id=material.pk)
        self.stdout.write(f"Created material “{material.title}”")
        return material

    # Action plan ----------------------------------------------------------------------

    def seed_action_plan(self, home):
        """The tracker's page (in the menu before Contacts), the state bodies responsible
        for measures, the UN recommendations, and the 2009–2012 plan with its areas, measures
        and status history, recorded by the demo's secretariat. The plan is made once, whole:
        when it exists (found by its address), it is left as editors made it."""
        locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
        self.seed_page_before_contacts(
            home, locales, ActionPlanIndexPage, "action-plan", demo_actionplan.PAGE
        )
        bodies = {}
        for key, body in demo_actionplan.STATE_BODIES.items():
            bodies[key], _created = Organisation.objects.get_or_create(
                kind=Organisation.Kind.STATE,
                name_ru=body["ru"],
                defaults={
                    "name_kk": body["kk"],
                    "name_en": body["en"],
                    "status": Organisation.Status.VERIFIED,
                    "contact_email": body["email"],
                    "region": Region.objects.filter(code="astana").first(),
                },
            )
        recommendations = {}
        for key, item in demo_actionplan.RECOMMENDATIONS.items():
            recommendations[key], _created = UNRecommendation.objects.get_or_create(
                symbol=item["symbol"],
                mechanism=item["mechanism"],
                defaults={
                    "year": item["year"],
                    **{
                        f"{field}_{code}": item[field][code]
                        for field in ("session", "body", "text")
                        for code in LANGUAGES
                    },
                },
            )
        spec = demo_actionplan.PLAN
        if Plan.objects.filter(slug=spec["slug"]).exists():
            return
        plan = Plan(
            slug=spec["slug"],
            start_year=spec["start_year"],
            end_year=spec["end_year"],
            adopted_on=spec["adopted_on"],
            status=spec["status"],
            **{
                f"{field}_{code}": spec[field][code]
                for field in ("title", "summary")
                for code in LANGUAGES
            },
        )
        plan.areas = [
            Area(sort_order=n, **{f"title_{code}": texts[code] for code in LANGUAGES})
            for n, texts in enumerate(demo_actionplan.AREAS)
        ]
        plan.save()
        areas = list(plan.areas.order_by("sort_order"))
        partners = {
            o.name_ru: o for o in Organisation.objects.exclude(kind=Organisation.Kind.STATE)
        }
        secretariat = get_user_model().objects.filter(email="plan@kenes.kz").first()
        materials = {}
        for item in demo_actionplan.MEASURES:
            texts = {
                f"{field}_{code}": item[field][code]
                for field in ("text", "expected_result", "indicators")
                for code in LANGUAGES
            }
            measure = Measure(
                plan=plan,
                area=areas[item["area"] - 1],
                number=item["number"],
                deadline=item["deadline"],
                **texts,
            )
            measure.recommendation_links = [
                MeasureRecommendation(recommendation=recommendations[key])
                for key in item["recommendations"]
            ]
            measure.responsible_bodies.set([bodies[key] for key in item["bodies"]])
            measure.co_implementers.set(
                [partners[name] for name in item["partners"] if name in partners]
            )
            measure.save()  # a cluster: the relations above are written with it
            for reported_on, status, done, evidence in item["history"]:
                found = []
                for kind, *what in evidence:
                    if kind == "material":
                        key = uuid.uuid5(uuid.NAMESPACE_URL, f"urn:kenes:demo:library:{what[0]}")
                        if key not in materials:  # the version in the site's first language
                            versions = Material.objects.filter(translation_key=key)
                            materials[key] = list(
                                versions.filter(language=DEFAULT)[:1] or versions[:1]
                            )
                        found += materials[key]
                progress_report_record(
                    measure=measure,
                    status=status,
                    reported_on=reported_on,
                    done=done,
                    materials=found,
                    links=[tuple(what) for kind, *what in evidence if kind == "link"],
                    by=secretariat,
                )
        self.stdout.write(
            f"Created the action plan “{plan.title_ru}” ({len(demo_actionplan.MEASURES)} measures)"
        )

    def seed_action_plan_links(self):
        """The demo consultation and the Shymkent seminar beside the measures they implement
        and discuss, linked to their original pages; a link made before is kept as it is."""
        plan = Plan.objects.filter(slug=demo_actionplan.PLAN["slug"]).first()
        if plan is None:
            return
        for links, model, link_model, field in (
            (
                demo_actionplan.CONSULTATION_LINKS,
                ConsultationPage,
                MeasureConsultation,
                "consultation",
            ),
            (demo_actionplan.EVENT_LINKS, EventPage, MeasureEvent, "event"),
        ):
            for number, slug in links:
                measure = plan.measures.filter(number=number).first()
                page = model.objects.filter(slug=slug).order_by("pk").first()
                if measure is not None and page is not None:
                    link_model.objects.get_or_create(measure=measure, **{field: page.canonical})

    def seed_assessments(self):
        """NGOs' assessments of the demo plan's measures, one in every moderation state, by
        the members of the demo's verified NGOs; measure 2.1 becomes contested. Made once:
        when the plan has assessments, they are left as moderators made them. The states are
        set as moderators set them, without the emails a moderation sends."""
        plan = Plan.objects.filter(slug=demo_actionplan.PLAN["slug"]).first()
        if plan is None:
            return
        people = get_user_model().objects
        ngo = people.filter(email="ngo@kenes.kz").first()
        measure = plan.measures.filter(number=demo_actionplan.FOLLOWED_MEASURE).first()
        if ngo is not None and measure is not None:
            actionplan_follow_set(person=ngo, measure=measure, on=True)
        if Assessment.objects.filter(measure__plan=plan).exists():
            return
        moderator = people.filter(email="moderator@kenes.kz").first()
        for item in demo_actionplan.ASSESSMENTS:
            person = people.filter(email=item["email"]).first()
            measure = plan.measures.filter(number=item["measure"]).first()
            organisation = verified_organisations_for(person).order_by("pk").first()
            if person is None or measure is None or organisation is None:
                continue
            assessment = Assessment(
                measure=measure,
                author=person,
                author_name=person.full_name or person.email,
                organisation=organisation,
                organisation_name=organisation.name,
                assessed_status=item["status"],
                observed=item["observed"],
                language=Assessment.language_of(item["observed"]),
                assessed_on=item["as_of"],
                status=Assessment.Status.PENDING,
            )
            if item["moderation"] == "published":
                assessment.mark_published(by=moderator)
            elif item["moderation"] != "pending":
                _rejected, reason, note = item["moderation"]
                assessment.mark_rejected(reason=reason, note=note, by=moderator)
            assessment.save()
            AssessmentLink.objects.bulk_create(
                AssessmentLink(assessment=assessment, url=url) for url in item["links"]
            )
            if "file" in item:  # evidence, as the assessment form stores an upload
                spec = item["file"]
                content = demo_files.pdf_document(
                    title=spec["title"],
                    subtitle=spec["subtitle"],
                    blocks=spec["blocks"],
                    notice=demo_library.NOTICE["ru"],
                    language="ru",
                )
                AssessmentFile.objects.create(
                    assessment=assessment,
                    file=ContentFile(content, name=spec["name"]),
                    name=spec["name"],
                    content_type="application/pdf",
                    size=len(content),
                )
            contested_refresh(measure)
        self.stdout.write(f"Created {len(demo_actionplan.ASSESSMENTS)} NGO assessments")

    def print_accounts(self):
        self.stdout.write(f"\nDemo accounts (password for all: {content.DEMO_PASSWORD}):")
        for email, full_name, _language, role in content.USERS:
            self.stdout.write(f"  {role:<18} {email:<22} {full_name}")
        self.stdout.write(
            f"  and {len(content.PARTICIPANTS)} NGO members registered for the demo events, "
            f"e.g. {content.PARTICIPANTS[0][0]}"
        )
        self.stdout.write("Sign in at /kk/accounts/login/ ; the admin is at /admin/.")

    def print_library(self):
        access = Material.Access
        counts = Material.objects.aggregate(
            total=Count("pk"),
            **{value: Count("pk", filter=Q(access=value)) for value in access.values},
        )
        self.stdout.write(
            f"Library at /kk/library/: {counts['total']} materials ({counts['public']} public, "
            f"{counts['members']} for members, {counts['participants']} for an event's "
            f"participants, {counts['staff']} for staff only)."
        )
