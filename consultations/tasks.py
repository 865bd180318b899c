"""Email to comment authors and followers, sent by the task worker after the change that
causes it commits."""

from django.conf import settings

from core.emails import language_of, mail_task, send_to_person
from core.links import page_url
from core.translations import page_in

from .models import AreaSubscription, Comment, ConsultationPage, Follow
from .tokens import unsubscribe_token


@mail_task
def send_comment_email(*, comment_id: int, template: str) -> None:
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
            "consultation": page_in(comment.consultation, language),
            "response": response,
            "page_url": page_url(
                page_in(comment.consultation, language), f"comments/#comment-{comment.pk}"
            ),
        },
    )


@mail_task
def send_following_email(*, kind: str, pk: int, template: str, consultation_id: int = 0) -> None:
    """One email about a followed consultation (or, for an area subscription, about the new
    consultation `consultation_id`), with its one-click unsubscribe link."""
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
            "consultation": page_in(consultation, language),
            "page_url": page_url(page_in(consultation, language)),
            "unsubscribe_url": unsubscribe_url,
        },
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
