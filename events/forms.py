from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from partners.models import Membership, Region
from partners.permissions import represented_organisation_ids

from .models import EventPage, Registration
from .rules import organisations_to_register_for
from .selectors import search_registrations

MAX_ANSWER_LENGTH = 2000


class EventFilterForm(forms.Form):
    """The filters of the event list; they combine, and survive pagination as query string."""

    PERIODS = [("upcoming", _("Upcoming")), ("past", _("Archive"))]

    period = forms.ChoiceField(
        label=_("When"), choices=PERIODS, required=False, widget=forms.HiddenInput
    )
    kind = forms.ChoiceField(
        label=_("Kind"), choices=[("", _("All kinds")), *EventPage.Kind.choices], required=False
    )
    month = forms.ChoiceField(label=_("Month"), required=False)
    region = forms.ModelChoiceField(
        label=_("City or region"),
        queryset=Region.objects.all(),
        required=False,
        empty_label=_("All regions"),
        to_field_name="code",
    )

    def __init__(self, *args, months=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["month"].choices = [("", _("Any month")), *months]


class RegistrationForm(forms.Form):
    """Who registers, for which organisation, and the answers to the event's questions.

    A representative may pick a colleague of an organisation they represent; anybody else
    registers themself. The rules themselves are checked again by `events.services`."""

    def __init__(self, *args, event: EventPage, user, questions=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        self.user = user
        organisations = organisations_to_register_for(user, event)
        # An organisation must be named for members-only events, and by members when seats
        # are limited per organisation (else the limit could be sidestepped).
        members_only = event.access == EventPage.Access.MEMBERS or (
            event.seats_per_organisation is not None and organisations.exists()
        )
        self.fields["organisation"] = forms.ModelChoiceField(
            label=_("On behalf of"),
            queryset=organisations,
            required=members_only,
            empty_label=None if members_only else _("Myself, as an individual"),
            help_text=_("The organisation the participant represents at the event."),
        )
        # Representatives choose the participant (themself unless they pick a colleague):
        # a form sent without a choice registers the sender, as the choice's default does,
        # so the colleagues are looked up only to offer or check one (a storm of people
        # registering themselves asks one query fewer each).
        offers_choice = not self.is_bound or "participant" in self.data
        colleagues = self._colleagues() if offers_choice else []
        if colleagues:
            self.fields["participant"] = forms.TypedChoiceField(
                label=_("Participant"),
                choices=[(user.pk, _("Me (%(name)s)") % {"name": user.full_name}), *colleagues],
                coerce=int,
                initial=user.pk,
                help_text=_("As a representative you can register a colleague."),
            )
            self.order_fields(["participant", "organisation"])
        # The original's questions, each asked in the visitor's language where the page is
        # translated (a translation keeps the block ids); a question added to the original
        # since the translation was made is asked in the original's words.
        translated = {block.id: block for block in questions or ()}
        self.questions = []
        for block in event.questions:
            name = f"q_{block.id}"
            self.questions.append((name, block))
            shown = translated.get(block.id)
            self.fields[name] = self._field_for(
                shown if shown is not None and shown.block_type == block.block_type else block
            )

    def _colleagues(self):
        """Active members of the verified organisations this person represents. Most people
        represent none: a short query says so, and the list of members is asked only of
        representatives (it is the form's dearest query, planned anew each time)."""
        represented = represented_organisation_ids(self.user)
        if not represented:
            return []
        organisations = organisations_to_register_for(self.user, self.event).filter(
            pk__in=represented
        )
        members = (
            Membership.objects.filter(
                organisation__in=organisations, status=Membership.Status.ACTIVE
            )
            .exclude(user=self.user)
            .select_related("user")
            .order_by("user__full_name", "user__pk")
        )
        seen = {}
        for membership in members:
            seen.setdefault(membership.user.pk, membership.user.full_name or membership.user.email)
        return list(seen.items())

    @staticmethod
    def _field_for(block):
        value = block.value
        common = {
            "label": value["label"],
            # form_field.html prints help text as HTML (Django's password rules are HTML);
            # the editor's hint is plain text
            "help_text": escape(value["help_text"]),
            "required": value["required"],
        }
        if block.block_type == "choice":
            # options by position, so the answer is the same whichever language it was given in
            return forms.TypedChoiceField(
                choices=list(enumerate(value["choices"])),
                coerce=int,
                widget=forms.RadioSelect,
                **common,
            )
        if block.block_type == "yes_no":
            return forms.TypedChoiceField(
                choices=[("yes", _("Yes")), ("no", _("No"))],
                widget=forms.RadioSelect,
                **common,
            )
        return forms.CharField(
            max_length=MAX_ANSWER_LENGTH, widget=forms.Textarea(attrs={"rows": 3}), **common
        )

    def participant(self):
        """The person being registered (the signed-in person unless they chose a colleague)."""
        chosen = self.cleaned_data.get("participant")
        if chosen is None or chosen == self.user.pk:
            return self.user
        return get_user_model().objects.get(pk=chosen)

    def answers(self) -> dict:
        """The answers under each question's block id, with the question and the answer in
        the original page's words and language (so a list exports in one language)."""
        answers = {}
        if not self.questions:
            return answers
        with translation.override(self.event.locale.language_code):
            for name, block in self.questions:
                answer = self.cleaned_data.get(name)
                if answer in (None, ""):
                    continue
                if block.block_type == "yes_no":
                    answer = str(_("Yes") if answer == "yes" else _("No"))
                elif block.block_type == "choice":
                    answer = block.value["choices"][answer]
                answers[block.id] = {"question": block.value["label"], "answer": answer}
        return answers


class CertificateForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language of the certificate"),
        choices=settings.LANGUAGES,
        widget=forms.RadioSelect,
    )


# The event managers' screens in the admin


class RegistrationFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("All statuses")), *Registration.Status.choices],
        required=False,
    )

    def filter(self, registrations: QuerySet) -> QuerySet:
        if not self.is_valid():
            return registrations
        if self.cleaned_data["status"]:
            registrations = registrations.filter(status=self.cleaned_data["status"])
        return search_registrations(registrations, self.cleaned_data["q"])


class CheckInSearchForm(forms.Form):
    q = forms.CharField(label=_("Name, email or organisation"), required=False, max_length=200)


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Email address"))
    full_name = forms.CharField(label=_("Name"), max_length=200, required=False)
    language = forms.ChoiceField(
        label=_("Language of the email"),
        choices=settings.LANGUAGES,
        initial=settings.LANGUAGE_CODE,
    )
