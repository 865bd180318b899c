import re

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import Comment, ConsultationPage, DraftElement, LegalArea, Response
from .parsing import DraftFileError, read_draft, read_draft_file
from .rules import organisations_to_comment_for

MAX_DRAFT_FILE_SIZE = 10 * 1024 * 1024
MAX_DRAFT_TEXT_LENGTH = 500_000


class ConsultationFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("All")), *ConsultationPage.Status.choices],
        required=False,
    )
    area = forms.ModelChoiceField(
        label=_("Legal area"),
        queryset=LegalArea.objects.all(),
        required=False,
        empty_label=_("All areas"),
        to_field_name="code",
    )


class DraftImportForm(forms.Form):
    """The draft's text in one language: a DOCX or PDF file, or the text pasted."""

    language = forms.ChoiceField(label=_("Language of the text"), choices=settings.LANGUAGES)
    file = forms.FileField(
        label=_("DOCX or PDF file"),
        required=False,
        help_text=_(
            "The draft as a Word document (.docx) or a PDF with text (not a scan), at most 10 MB."
        ),
    )
    text = forms.CharField(
        label=_("Or paste the text"),
        required=False,
        max_length=MAX_DRAFT_TEXT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 12}),
    )
    keep_contents = forms.BooleanField(
        label=_("Keep a table of contents in the text"),
        required=False,
        help_text=_(
            "A table of contents at the top (the headings listed before the text) is left "
            "out and reported on the next screen. Tick this if it was taken for one by "
            "mistake."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and upload.size > MAX_DRAFT_FILE_SIZE:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        return upload

    def clean(self):
        cleaned = super().clean()
        upload, text = cleaned.get("file"), (cleaned.get("text") or "").strip()
        if bool(upload) == bool(text):
            raise forms.ValidationError(
                _("Upload a DOCX or PDF file or paste the text (one of them).")
            )
        keep = bool(cleaned.get("keep_contents"))
        try:
            if upload:
                self.reading = read_draft_file(upload, keep_contents=keep)
            else:
                self.reading = read_draft(text, keep_contents=keep)
        except DraftFileError as error:
            # the content decides (not the file's name): the message says what it is
            raise forms.ValidationError(str(error), code="not_a_draft_file") from None
        self.elements = self.reading.elements
        if not self.elements:
            raise forms.ValidationError(_("The text is empty."))
        too_long = next((e for e in self.elements if len(e.number) > 20), None)
        if too_long is not None:
            raise forms.ValidationError(
                _("This heading's number is too long to be a number: %(heading)s")
                % {"heading": too_long.heading[:100]}
            )
        return cleaned


class VersionPublishForm(forms.Form):
    note = forms.CharField(
        label=_("What changed in this version"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown to readers beside the version. Leave empty for the first version."),
    )


class CommentForm(forms.ModelForm):
    """A remark, its justification and, if the author wishes, the wording they propose.
    Plain text: shown with its line breaks, never as HTML."""

    class Meta:
        model = Comment
        fields = ["remark", "justification", "proposed_wording"]
        widgets = {
            "remark": forms.Textarea(attrs={"rows": 5}),
            "justification": forms.Textarea(attrs={"rows": 4}),
            "proposed_wording": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {
            "remark": _("What should change, and why it matters for human rights."),
            "justification": _("The reasons: facts, practice, international standards."),
            "proposed_wording": _("Optional: how you would word the article."),
        }

    def __init__(self, *args, user=None, consultation=None, **kwargs):
        super().__init__(*args, **kwargs)
        if consultation is not None:  # a new comment: who it is from
            organisations = organisations_to_comment_for(user)
            members_only = consultation.access == ConsultationPage.Access.MEMBERS
            self.fields["organisation"] = forms.ModelChoiceField(
                label=_("On behalf of"),
                queryset=organisations,
                required=members_only,
                empty_label=None if members_only else _("Myself, as an individual"),
            )
            self.order_fields(["organisation", "remark", "justification", "proposed_wording"])


ID = re.compile(r"[0-9]{1,18}")  # an id the database can hold, whatever its kind


class ConsultationChoiceField(forms.ModelChoiceField):
    """Consultations named in the admin's language (`admin_title`, where the queryset
    carries it: see core.translations.admin_title). A value that cannot be an id is refused
    before the database is asked (SQLite fails on numbers beyond 64 bits)."""

    def to_python(self, value):
        if value not in self.empty_values and not ID.fullmatch(str(value)):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)

    def label_from_instance(self, obj):
        return getattr(obj, "admin_title", None) or obj.get_admin_display_title()


COMMENTS = "comments"


class ModerationFilterForm(forms.Form):
    """The shared moderation queue's filters: what kind of item (comments on drafts, or a
    kind another app registers with `core.moderation.MODERATION_KIND_HOOK`), then the
    filters of that kind."""

    kind = forms.ChoiceField(label=_("What"), required=False)
    consultation = ConsultationChoiceField(
        label=_("Consultation"), queryset=ConsultationPage.objects.none(), required=False
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("All")), *Comment.Status.choices],
        required=False,
    )
    article = forms.CharField(label=_("Article number"), required=False, max_length=20)
    organisation = forms.CharField(label=_("Organisation"), required=False, max_length=200)

    def __init__(self, *args, consultations=None, kinds=(), **kwargs):
        super().__init__(*args, **kwargs)
        if consultations is not None:
            self.fields["consultation"].queryset = consultations
        self.fields["kind"].choices = [
            (COMMENTS, _("Comments on drafts")),
            *((kind.name, kind.label) for kind in kinds),
        ]


class RejectForm(forms.Form):
    reason = forms.ChoiceField(label=_("Reason"), choices=Comment.Reason.choices)
    note = forms.CharField(
        label=_("Note to the author"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class TickedCommentsField(forms.ModelMultipleChoiceField):
    """The comments ticked in the moderation list. Anything that is not the id of a comment
    of the list (a number beyond any id, a word) is refused with the field's message before
    the database is asked."""

    widget = forms.MultipleHiddenInput  # the checkboxes are in the list itself

    def clean(self, value):
        if value and not isinstance(value, list | tuple):
            value = [value]
        if value and any(not ID.fullmatch(str(pk)) for pk in value):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().clean(value)


NOT_IN_LIST = _(
    "A ticked comment is not in this list (it may belong to another consultation, or no "
    "longer exist). Tick the comments again."
)


class ResponseForm(forms.Form):
    """The commission's one response to the comments ticked in the moderation list
    (`comments`: those that may be ticked). Which of them may take a response is for
    `services.responses_record` to say."""

    comments = TickedCommentsField(
        label=_("Comments"),
        queryset=Comment.objects.none(),
        error_messages={
            "required": _("Tick at least one comment in the list to respond to."),
            "invalid_choice": NOT_IN_LIST,
            "invalid_pk_value": NOT_IN_LIST,
        },
    )
    decision = forms.ChoiceField(label=_("Decision"), choices=Response.Decision.choices)
    reasoning = forms.CharField(
        label=_("Reasoning"), max_length=5000, widget=forms.Textarea(attrs={"rows": 4})
    )
    changed_element_key = forms.CharField(
        label=_("Identifier of the article that carries the change"),
        required=False,
        max_length=16,
        help_text=_("Optional: the identifier shown beside the article in the newer version."),
    )

    def __init__(self, *args, comments=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["comments"].queryset = Comment.objects.all() if comments is None else comments


class ElementForm(forms.ModelForm):
    """An editor corrects one element of a version waiting to be published: its kind,
    number, wording in each language, and which element of the previous version it is (so
    that its identifier, anchors and comments carry over)."""

    carried_from = forms.ChoiceField(
        label=_("Same element as in the previous version"),
        required=False,
        help_text=_("Its identifier carries over: links and comments follow the element."),
    )

    class Meta:
        model = DraftElement
        fields = [
            "kind",
            "number",
            "title_kk",
            "text_kk",
            "title_ru",
            "text_ru",
            "title_en",
            "text_en",
        ]
        widgets = {
            "text_kk": forms.Textarea(attrs={"rows": 5}),
            "text_ru": forms.Textarea(attrs={"rows": 5}),
            "text_en": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, previous=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.previous = {element.key: element for element in previous}
        self.fields["carried_from"].choices = [
            ("", _("None: a new element")),
            *((e.key, f"{e.label}{'. ' + e.title if e.title else ''}") for e in previous),
        ]
        if self.instance.key in self.previous:
            self.fields["carried_from"].initial = self.instance.key

    def clean_carried_from(self):
        key = self.cleaned_data["carried_from"]
        taken = self.instance.version.elements.exclude(pk=self.instance.pk).filter(key=key)
        if key and taken.exists():
            raise forms.ValidationError(
                _("Another element of this version already carries that identifier.")
            )
        return key
