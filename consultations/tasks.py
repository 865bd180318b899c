"""Email to comment authors, sent by the task worker after the moderator's change commits."""

from django.conf import settings
from django_tasks import task
from wagtail.models import Locale

from kenes.emails import language_of, send_to_person


def _page_in(consultation, language: str):
    """The consultation's page in `language` where it is translated and live."""
    locale = Locale.objects.filter(language_code=language).first()
    translated = consultation.get_translation_or_none(locale) if locale else None
    return translated.specific if translated is not None and translated.live else consultation


def _page_url(consultation, language: str) -> str:
    url = _page_in(consultation, language).get_url() or "/"
    return url if url.startswith("http") else settings.WAGTAILADMIN_BASE_URL + url


@task()
def send_comment_email(*, comment_id: int, template: str) -> None:
    from .models import Comment

    comment = (
        Comment.objects.select_related("consultation", "element", "author")
        .filter(pk=comment_id)
        .first()
    )
    if comment is None or comment.author is None:  # the account is gone
        return
    response = getattr(comment, "response", None)
    language = language_of(comment.author)
    send_to_person(
        user=comment.author,
        template=f"consultations/email/{template}",
        context={
            "comment": comment,
            "consultation": _page_in(comment.consultation, language),
            "response": response,
            "page_url": _page_url(comment.consultation, language)
            + f"comments/#comment-{comment.pk}",
        },
    )


@task()
def send_following_email(*, kind: str, pk: int, template: str, consultation_id: int = 0) -> None:
    """One email about a followed consultation (or, for an area subscription, about the new
    consultation `consultation_id`), with its one-click unsubscribe link."""
    from .following import unsubscribe_token
    from .models import AreaSubscription, ConsultationPage, Follow

    if kind == "follow":
        follow = Follow.objects.select_related("person", "consultation").filter(pk=pk).first()
        if follow is None:
            return
        person, consultation = follow.person, follow.consultation
    else:
        subscription = AreaSubscription.objects.select_related("person").filter(pk=pk).first()
        consultation = ConsultationPage.objects.filter(pk=consultation_id).first()
        if subscription is None or consultation is None:
            return
        person = subscription.person
    language = language_of(person)
    unsubscribe_url = (
        f"{settings.WAGTAILADMIN_BASE_URL}/{language}/unsubscribe/{unsubscribe_token(kind, pk)}/"
    )
    send_to_person(
        user=person,
        template=f"consultations/email/{template}",
        context={
            "consultation": _page_in(consultation, language),
            "page_url": _page_url(consultation, language),
            "unsubscribe_url": unsubscribe_url,
        },
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
