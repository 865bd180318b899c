"""Every change to registrations: one function each, one transaction each.

Seats are never overbooked because every function that can take or free a seat first locks
the event's row (`_lock`), then counts. Two requests for the last seat are served one after
the other: the second one sees the first one's seat and joins the waiting list. Registrations
are created under that lock, so their primary keys give the order of the waiting list.
Registrations that reach one process together are decided together, in turns
(`_decide_in_turn`).
"""

import datetime
import hashlib
import secrets
import threading

from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import Count, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from accounts.rules import has_verified_email, with_verified_email
from core.page_cache import pages_changed
from core.translations import copy_to_translations
from feeds.services import entry_refresh

from . import ical
from .models import EventInvitation, EventPage, Registration, StatusNotice
from .rules import (
    AlreadyRegistered,
    CancellationNotAllowed,
    InvitationInvalid,
    RegistrationClosed,
    RegistrationError,
    cancellation_refusal,
    check_event_admits,
    check_in_open,
    check_person_may_register,
    registration_window,
)
from .tasks import send_event_email, send_event_emails, send_invitation_email

# What deciding a registration reads of the event (`registration_window`,
# `check_event_admits`, `_Seats`): a registration locks only these, not the whole page.
DECIDING_FIELDS = (
    "access",
    "status",
    "start",
    "registration_opens",
    "registration_closes",
    "capacity",
    "seats_per_organisation",
)


def _lock(event: EventPage, fields=()) -> EventPage:
    """The event's original page, its row locked until the transaction ends (with only
    `fields` read, when given)."""
    query = EventPage.objects.select_for_update(of=("self",)).select_related(None)
    if fields:
        query = query.only(*fields)
    return query.get(pk=event.canonical.pk)


def _email_after_commit(registration: Registration, template: str) -> None:
    registration_id = registration.pk
    transaction.on_commit(
        lambda: send_event_email.enqueue(registration_id=registration_id, template=template)
    )


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class _Request:
    """One person's registration on its way through `registration_create`."""

    __slots__ = ("fields", "token", "language", "registration", "error", "decided", "leads")

    def __init__(self, *, invitation_token: str | None, **fields):
        self.fields = fields  # person, organisation, registered_by, answers
        self.token = invitation_token
        self.language = translation.get_language()  # its refusal is said in it, whoever decides
        self.registration: Registration | None = None
        self.error: BaseException | None = None
        self.decided = threading.Event()
        self.leads = False  # it decides the next turn (`_decide_in_turn`)

    def outcome(self) -> Registration:
        if self.error is not None:
            raise self.error
        return self.registration


class TurnFailed(Exception):
    """The turn that was deciding this registration failed (the database, most likely): the
    registration was not made. Its cause is the turn's error."""


# For each event whose registrations this process is deciding: the requests that arrived
# meanwhile, in order, for the next turn (`_decide_in_turn`).
_turns_guard = threading.Lock()
_next_turn: dict[int, list[_Request]] = {}


def registration_create(
    *,
    event: EventPage,
    person,
    organisation=None,
    registered_by=None,
    answers: dict | None = None,
    invitation_token: str | None = None,
) -> Registration:
    """Register `person` (by themself, or by a representative of `organisation`): a seat while
    one is free for them, else a place on the waiting list. Raises a `RegistrationError`."""
    registered_by = registered_by or person
    # A closed registration is said first, as the locked row says it again in the turn.
    window = registration_window(event)
    if not window.is_open:
        raise RegistrationClosed(window.message)
    request = _Request(
        person=person,
        organisation=organisation,
        registered_by=registered_by,
        answers=answers or {},
        invitation_token=invitation_token,
    )
    if connection.in_atomic_block:
        _decide(event, [request])  # within the caller's transaction, on its own
    else:
        _decide_in_turn(event, request)
    return request.outcome()


def _decide_in_turn(event: EventPage, request: _Request) -> None:
    """Decide `request` together with the others for the same event that reach this process
    while a turn is being decided: the ticket shop's way through a storm. One request decides
    a turn (one lock, one count, one insert for all of it); those that arrive meanwhile wait
    for the next turn, which the first of them decides once this one has committed, and so
    on. A worker that serves one request at a time has turns of one: the same as deciding
    each alone. Arrival order is kept within a turn, and between turns by the event's lock,
    so the primary keys still give the order of the waiting list."""
    key = event.canonical.pk
    with _turns_guard:
        leads = key not in _next_turn
        queue = _next_turn.setdefault(key, [])
        queue.append(request)
        leads_next = not leads and len(queue) == 1
    if not leads:
        try:
            if not leads_next and getattr(connection, "pool", None) is not None:
                connection.close()  # back to the pool for others while this one waits
            request.decided.wait()
        except BaseException:  # its worker is stopping: nobody must wait for it
            _leave(key, request)
            raise
        if not request.leads:
            return
    with _turns_guard:
        turn = _next_turn[key]
        _next_turn[key] = []
    try:
        _decide(event, turn)
    except BaseException as error:
        for waiting in turn:  # those not decided are told, each with an error of its own
            if waiting is not request and waiting.registration is None and waiting.error is None:
                waiting.error = TurnFailed()
                waiting.error.__cause__ = error
        raise
    finally:
        with _turns_guard:
            following = _hand_over(key)
        for waiting in turn:
            waiting.decided.set()
        if following:
            following.decided.set()


def _hand_over(key: int) -> _Request | None:
    """The first of those queued leads the next turn (call with `_turns_guard` held)."""
    following = _next_turn[key]
    if following:
        following[0].leads = True
        return following[0]
    del _next_turn[key]
    return None


def _leave(key: int, request: _Request) -> None:
    """`request` stops waiting before its turn: out of the queue, and if it was to lead the
    next turn, the one after it leads instead. (Once in a turn, it is decided.)"""
    following = None
    with _turns_guard:
        queue = _next_turn.get(key, [])
        if not any(queued is request for queued in queue):
            return
        queue.remove(request)
        if request.leads:
            following = _hand_over(key)
    if following:
        following.decided.set()


def _decide(event: EventPage, requests: list[_Request], *, checked: bool = False) -> None:
    """Give each request a seat or a place on the waiting list, in order, or its refusal: in
    one transaction that holds the event's lock."""
    # Everybody who registers for an event waits in turn for its lock: what does not read the
    # event (the people's accounts and addresses) is asked before, so the turn holds it for
    # less, and for the whole turn in one read.
    if not checked:
        _check_people(requests)
    pending = [request for request in requests if request.error is None]
    if not pending:
        return
    try:
        with transaction.atomic():
            _decide_locked(event, pending)
    except IntegrityError:
        # One active registration per person and event is the table's own constraint
        # (`one_active_registration_per_person`): asking it is one statement fewer than
        # looking first, when a request is decided alone. The failed statement rolled the
        # transaction back; a turn of several is decided again one by one (those refused
        # before the lock stay refused).
        for request in pending:
            request.registration = request.error = None
        if len(pending) > 1:
            for request in pending:
                _decide(event, [request], checked=True)
            return
        (request,) = pending
        with translation.override(request.language):
            request.error = AlreadyRegistered(
                _already_registered(request.fields["person"], request.fields["registered_by"])
            )
    except BaseException:
        for request in pending:  # rolled back: none of them is registered
            request.registration = None
        raise


def _check_people(requests: list[_Request]) -> None:
    """`check_person_may_register` for each request, with one query for all of them."""
    people = [request.fields["person"] for request in requests]
    verified = with_verified_email([person for person in people if person.is_authenticated])
    for request, person in zip(requests, people, strict=True):
        try:
            with translation.override(request.language):
                check_person_may_register(person, verified=person.pk in verified)
        except RegistrationError as error:
            request.error = error


def _decide_locked(event: EventPage, requests: list[_Request]) -> None:
    locked = _lock(event, DECIDING_FIELDS)
    window = registration_window(locked)
    if not window.is_open:
        for request in requests:
            with translation.override(request.language):  # (its message, in their language)
                request.error = RegistrationClosed(registration_window(locked).message)
        return
    seats = _Seats(locked)
    registered = set()
    if len(requests) > 1:  # alone, the table's constraint says it (`_decide`)
        people = [request.fields["person"].pk for request in requests]
        registered = set(
            locked.registrations.active()
            .filter(person__in=people)
            .values_list("person_id", flat=True)
        )
    now = timezone.now()
    decided = []
    for request in requests:
        fields = request.fields
        person, organisation = fields["person"], fields["organisation"]
        try:
            with translation.override(request.language):
                check_event_admits(
                    event=locked,
                    person=person,
                    organisation=organisation,
                    registered_by=fields["registered_by"],
                )
                invitation = None
                if locked.access == EventPage.Access.INVITATION:
                    invitation = _usable_invitation(locked, person, request.token)
                if person.pk in registered:
                    raise AlreadyRegistered(_already_registered(person, fields["registered_by"]))
        except RegistrationError as error:
            request.error = error
            continue
        except DatabaseError:
            raise  # the transaction is lost: the whole turn fails
        except Exception as error:  # noqa: BLE001 - a fault with this request fails it alone
            request.error = error
            continue
        confirmed = seats.take(organisation)
        registered.add(person.pk)
        request.registration = Registration(
            event=locked,
            status=Registration.Status.CONFIRMED if confirmed else Registration.Status.WAITLISTED,
            confirmed_at=now if confirmed else None,
            **fields,
        )
        if not confirmed:  # told at once, without a count of its own (`waitlist_position`)
            request.registration.position_when_decided = seats.queue()
        decided.append((request.registration, invitation))
    if len(decided) == 1:
        decided[0][0].save(force_insert=True)
    elif decided:
        Registration.objects.bulk_create([registration for registration, _ in decided])
        # (bulk_create sends no post_save: what a seat changes on the public pages is said here)
        if any(registration.changes_public_pages(created=True) for registration, _ in decided):
            pages_changed()
    for registration, invitation in decided:
        if invitation is not None:
            invitation.registration = registration
            invitation.used_at = now
            invitation.save(update_fields=["registration", "used_at"])
    emails = [
        [registration.pk, "confirmed" if registration.holds_seat else "waitlisted"]
        for registration, _ in decided
    ]
    if emails:
        # Robust: once the registrations are committed, a message that cannot be queued is
        # logged, and never turns the answer to the people registered into an error.
        transaction.on_commit(lambda: _queue_emails(emails), robust=True)


def _queue_emails(emails: list) -> None:
    if len(emails) == 1:
        ((registration_id, template),) = emails
        send_event_email.enqueue(registration_id=registration_id, template=template)
    else:  # one task for the turn, which queues each message (and its retries)
        send_event_emails.enqueue(emails=emails)


class _Seats:
    """The seats of a locked event, as a turn takes them."""

    def __init__(self, event: EventPage):
        self.event = event
        self.holding = event.registrations.holding_seat()
        # the seats taken, and the waiting list's length to tell a newcomer their place
        counts = event.registrations.aggregate(
            taken=Count("pk", filter=Q(status__in=Registration.SEAT_STATUSES)),
            waiting=Count("pk", filter=Q(status=Registration.Status.WAITLISTED)),
        )
        self.taken, self.waiting = counts["taken"], counts["waiting"]
        self.taken_by = {}  # organisation → seats, read when first asked

    def queue(self) -> int:
        """A place at the end of the waiting list: its number."""
        self.waiting += 1
        return self.waiting

    def take(self, organisation) -> bool:
        """Is there a seat for one more person of `organisation` (None: an individual)? If so,
        it is theirs."""
        if self.taken >= self.event.capacity:
            return False
        limit = self.event.seats_per_organisation
        if organisation is not None and limit is not None:
            if organisation.pk not in self.taken_by:
                self.taken_by[organisation.pk] = self.holding.filter(
                    organisation=organisation
                ).count()
            if self.taken_by[organisation.pk] >= limit:
                return False
            self.taken_by[organisation.pk] += 1
        self.taken += 1
        return True


def _already_registered(person, registered_by) -> str:
    if person.pk == registered_by.pk:
        return _("You are already registered for this event.")
    return _("%(name)s is already registered for this event.") % {
        "name": person.full_name or person.email
    }


def _usable_invitation(event: EventPage, person, token: str | None) -> EventInvitation:
    invitation = (
        EventInvitation.objects.select_for_update()
        .filter(event=event, token_hash=hash_token(token or ""))
        .first()
    )
    if not token or invitation is None:
        raise InvitationInvalid(
            _("This event is by invitation only, and this invitation link is not valid.")
        )
    if invitation.used_at is not None:
        raise InvitationInvalid(_("This invitation has already been used."))
    if not has_verified_email(person, invitation.email):
        raise InvitationInvalid(
            _(
                "This invitation was sent to another email address. Sign in with the account "
                "of that address, or add and confirm it in your account."
            )
        )
    return invitation


def registration_cancel(*, registration: Registration, by, as_manager: bool = False) -> list:
    """Cancel a registration (by the person, their representative, or an event manager) and
    give freed seats to the waiting list. Returns the registrations promoted."""
    with transaction.atomic():
        locked = _lock(registration.event)
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        refusal = cancellation_refusal(current, event=locked, as_manager=as_manager)
        if refusal:
            raise CancellationNotAllowed(refusal)
        current.status = Registration.Status.CANCELLED
        current.cancelled_at = timezone.now()
        current.save(update_fields=["status", "cancelled_at"])
        if as_manager:
            log(instance=current, action="kenes_events.cancel", user=by)
        _email_after_commit(current, "cancelled")
        promoted = _promote_waiting_list(locked)
    registration.refresh_from_db()
    return promoted


def _promote_waiting_list(event: EventPage) -> list[Registration]:
    """Give free seats to the waiting list in order, skipping people whose organisation has
    used its seats. Call with the event locked. Nobody is promoted once the event started or
    while it is not scheduled."""
    if event.has_started or event.status != EventPage.Status.SCHEDULED:
        return []
    seats = event.registrations.holding_seat()
    free = event.capacity - seats.count()
    if free <= 0:
        return []
    limit = event.seats_per_organisation
    taken_by = dict(
        seats.exclude(organisation=None)
        .values_list("organisation")
        .annotate(n=Count("pk"))
        .values_list("organisation", "n")
    )
    promoted = []
    now = timezone.now()
    for waiting in event.registrations.waiting().select_for_update():
        if free == 0:
            break
        organisation = waiting.organisation_id
        if (
            limit is not None
            and organisation is not None
            and taken_by.get(organisation, 0) >= limit
        ):
            continue
        waiting.status = Registration.Status.CONFIRMED
        waiting.confirmed_at = now
        waiting.save(update_fields=["status", "confirmed_at"])
        _email_after_commit(waiting, "promoted")
        if organisation is not None:
            taken_by[organisation] = taken_by.get(organisation, 0) + 1
        free -= 1
        promoted.append(waiting)
    return promoted


def registrations_release(*, person) -> None:
    """Before an account is deleted: give its seats in events to come to the waiting lists."""
    upcoming = Registration.objects.filter(
        person=person,
        status__in=[Registration.Status.CONFIRMED, Registration.Status.WAITLISTED],
        event__start__gt=timezone.now(),
    )
    for registration in upcoming.select_related("event"):
        registration_cancel(registration=registration, by=person)


def registration_promote(*, registration: Registration, by) -> Registration:
    """An event manager gives a seat to someone on the waiting list out of turn (ignoring the
    organisation's seat limit, never the capacity)."""
    with transaction.atomic():
        locked = _lock(registration.event)
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if current.status != Registration.Status.WAITLISTED:
            raise RegistrationError(_("Only people on the waiting list can be promoted."))
        if locked.status != EventPage.Status.SCHEDULED or locked.is_past:
            # on the day, a person waiting at the door may still get a free seat
            raise RegistrationError(_("Seats can be given only until a scheduled event ends."))
        if locked.registrations.holding_seat().count() >= locked.capacity:
            raise RegistrationError(_("No seat is free. Raise the capacity of the event first."))
        current.status = Registration.Status.CONFIRMED
        current.confirmed_at = timezone.now()
        current.save(update_fields=["status", "confirmed_at"])
        log(instance=current, action="kenes_events.promote", user=by)
        _email_after_commit(current, "promoted")
    return current


def registration_check_in(*, registration: Registration, by, attended: bool = True) -> None:
    """Mark a confirmed participant as attended on the day, or undo it."""
    with transaction.atomic():
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if attended:
            if current.status != Registration.Status.CONFIRMED:
                raise RegistrationError(_("Only confirmed participants can be checked in."))
            if not check_in_open(current.event):
                raise RegistrationError(_("Check-in opens on the day the event starts."))
            current.status = Registration.Status.ATTENDED
            current.attended_at = timezone.now()
        else:
            if current.status != Registration.Status.ATTENDED:
                raise RegistrationError(_("This person is not checked in."))
            current.status = Registration.Status.CONFIRMED
            current.attended_at = None
        current.save(update_fields=["status", "attended_at"])
        log(
            instance=current,
            action="kenes_events.check_in" if attended else "kenes_events.undo_check_in",
            user=by,
        )
    registration.refresh_from_db()


def event_published(*, event: EventPage, by=None) -> list[Registration]:
    """After `by` publishes an event (in any language): copy the original's dates, status
    and registration settings to the translations, fill seats a raised capacity freed, and
    tell the registrants when the event was cancelled, postponed or moved. Returns the
    registrations promoted."""
    with transaction.atomic():
        locked = _lock(event)
        copy_to_translations(locked, user=by)
        # calendars: a new time, place or status raises the events' SEQUENCE in every feed
        entry = entry_refresh(
            kind=ical.KIND,
            pages=EventPage.objects.live()
            .filter(translation_key=locked.translation_key)
            .select_related("region", "locale"),
            fingerprint=ical.event_fingerprint,
        )

        promoted = _promote_waiting_list(locked)
        last = locked.status_notices.first()
        changed = last is not None and (
            (last.status, last.start, last.end) != (locked.status, locked.start, locked.end)
        )
        if last is None or changed:
            StatusNotice.objects.create(
                event=locked, status=locked.status, start=locked.start, end=locked.end
            )
        if changed and last.start != locked.start:
            # a new date: the reminder goes again the day before it
            locked.registrations.update(reminded_at=None)
        if changed:
            template = {
                EventPage.Status.CANCELLED: "event_cancelled",
                EventPage.Status.POSTPONED: "event_postponed",
            }.get(locked.status, "event_rescheduled")
            for registration in locked.registrations.active():
                _email_after_commit(registration, template)
        elif last is not None and entry is not None and entry.schedule_changed:
            # the same dates and status but another place: the seat holders get the details,
            # and their calendars update the copy their invitation made
            for registration in locked.registrations.holding_seat():
                _email_after_commit(registration, "event_updated")
    return promoted


def invitation_send(*, event: EventPage, email: str, full_name: str, language: str, by):
    """An event manager invites a person to an invitation-only event by a personal link."""
    if event.canonical.access != EventPage.Access.INVITATION:
        raise RegistrationError(
            _("Invitations are for events open by invitation only. Change who may register first.")
        )
    with transaction.atomic():
        invitation = EventInvitation.objects.create(
            event=event.canonical,
            email=email.strip(),
            full_name=full_name.strip(),
            # a placeholder nobody knows the token of; the task sets the real one
            token_hash=hash_token(secrets.token_urlsafe(32)),
            invited_by=by,
        )
        log(instance=invitation, action="kenes_events.invite", user=by)
        invitation_id = invitation.pk
        transaction.on_commit(
            lambda: send_invitation_email.enqueue(invitation_id=invitation_id, language=language)
        )
    return invitation


def invitation_issue_token(*, invitation: EventInvitation) -> str:
    """A new personal link token for the invitation (the previous one stops working). Only
    its hash is stored; the token itself exists only in the email."""
    token = secrets.token_urlsafe(32)
    EventInvitation.objects.filter(pk=invitation.pk, used_at=None).update(
        token_hash=hash_token(token)
    )
    return token


def reminders_send(*, now=None) -> int:
    """Queue a reminder for each confirmed participant of the scheduled events that start
    tomorrow (in the commission's time zone) and has not had one. Returns how many."""
    now = now or timezone.now()
    tomorrow = timezone.localdate(now) + datetime.timedelta(days=1)
    begins = timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time.min))
    ends = begins + datetime.timedelta(days=1)
    with transaction.atomic():
        due = list(
            Registration.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(
                status=Registration.Status.CONFIRMED,
                reminded_at=None,
                event__status=EventPage.Status.SCHEDULED,
                event__start__gte=begins,
                event__start__lt=ends,
            )
            .values_list("pk", flat=True)
        )
        Registration.objects.filter(pk__in=due).update(reminded_at=now)
        for registration_id in due:
            transaction.on_commit(
                lambda pk=registration_id: send_event_email.enqueue(
                    registration_id=pk, template="reminder"
                )
            )
    return len(due)
