"""The blocks of an event page: its agenda and the questions asked when registering.

Questions are a StreamField rather than a related model so that wagtail-localize translates
their wording like any other text, and each question keeps one block id in every language:
answers are stored under that id, whichever language the person registered in.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class AgendaDayBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Day"))
    title = blocks.CharBlock(label=_("Heading"), required=False, max_length=200)

    class Meta:
        icon = "date"
        template = "events/blocks/agenda_day.html"
        label = _("Day")
        description = _("Starts a new day of a multi-day event.")


class AgendaItemBlock(blocks.StructBlock):
    start = blocks.TimeBlock(label=_("Starts at"))
    end = blocks.TimeBlock(label=_("Ends at"), required=False)
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    speakers = blocks.CharBlock(
        label=_("Speakers"),
        required=False,
        max_length=500,
        help_text=_("Names and positions, separated by semicolons."),
    )
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "time"
        template = "events/blocks/agenda_item.html"
        label = _("Agenda item")
        description = _("A session, talk or break with its time and speakers.")


class AgendaBlock(blocks.StreamBlock):
    day = AgendaDayBlock()
    item = AgendaItemBlock()


class QuestionBase(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Question"), max_length=255)
    help_text = blocks.CharBlock(label=_("Hint"), required=False, max_length=255)
    required = blocks.BooleanBlock(label=_("An answer is required"), required=False)


class TextQuestionBlock(QuestionBase):
    class Meta:
        icon = "pilcrow"
        label = _("Text question")
        description = _("The person answers in their own words.")


class ChoiceQuestionBlock(QuestionBase):
    choices = blocks.ListBlock(
        blocks.CharBlock(label=_("Option"), max_length=200), label=_("Options"), min_num=2
    )

    class Meta:
        icon = "list-ul"
        label = _("Choice question")
        description = _("The person picks one of the options.")


class YesNoQuestionBlock(QuestionBase):
    class Meta:
        icon = "tick"
        label = _("Yes or no question")
        description = _("The person answers yes or no.")


class QuestionsBlock(blocks.StreamBlock):
    text = TextQuestionBlock()
    choice = ChoiceQuestionBlock()
    yes_no = YesNoQuestionBlock()
