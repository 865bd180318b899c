from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.utils import url_str_to_user_pk
from allauth.core import context as allauth_context
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.sites.shortcuts import get_current_site
from django.utils import translation
from django.utils.translation import gettext
from django_tasks import TaskResultStatus

from core.emails import language_of, queue_prepared


class AccountAdapter(DefaultAccountAdapter):
    """Kenes's hooks into allauth: the person's name and language, and mail in that language.

    https://docs.allauth.org/en/latest/account/advanced.html
    """

    def save_user(self, request, user, form, commit=True):
        user.full_name = form.cleaned_data["full_name"]
        user.preferred_language = form.cleaned_data.get(
            "preferred_language", translation.get_language()
        )
        return super().save_user(request, user, form, commit=commit)

    def get_email_confirmation_url(self, request, emailconfirmation):
        """The link opens the site in the language the message is written in."""
        with translation.override(_language_of(emailconfirmation.email_address.user)):
            return super().get_email_confirmation_url(request, emailconfirmation)

    def get_reset_password_from_key_url(self, key):
        """The reset link, too, opens the site in the recipient's language. The key starts
        with the person's id, as allauth encodes it."""
        user_id = url_str_to_user_pk(key.split("-", 1)[0])
        user = get_user_model().objects.filter(pk=user_id).first()
        with translation.override(_language_of(user)):
            return super().get_reset_password_from_key_url(key)

    def send_mail(self, template_prefix, email, context):
        """Write each email in the recipient's language when we know them, signed with the
        platform's name rather than the bare host name (there is no django.contrib.sites),
        and send it through the task worker like every other email (core.emails): a mail
        server that is down delays the message, never the sign-up or the request."""
        request = allauth_context.request
        with translation.override(_language_of(context.get("user"))):
            site = get_current_site(request)
            site.name = gettext("Kenes")
            context = {"request": request, "email": email, "current_site": site, **context}
            message = self.render_mail(template_prefix, email, context)
        result = queue_prepared(message)
        if result.status == TaskResultStatus.FAILED and request is not None:
            # Only a backend that runs tasks at once (the demo's) knows this now; the worker
            # of a production site tries again later instead.
            messages.warning(
                request,
                gettext("We could not send the email just now. Please try again in a few minutes."),
            )


def _language_of(user) -> str:
    """The person's preferred language, else the page's, else the site's default."""
    return language_of(user, default=translation.get_language())
