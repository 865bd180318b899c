import logging
import smtplib

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.utils import url_str_to_user_pk
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.sites.shortcuts import get_current_site
from django.utils import translation
from django.utils.translation import gettext

logger = logging.getLogger(__name__)


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
        platform's name rather than the bare host name (there is no django.contrib.sites)."""
        request = allauth_context.request
        with translation.override(_language_of(context.get("user"))):
            site = get_current_site(request)
            site.name = gettext("Kenes")
            try:
                super().send_mail(template_prefix, email, {"current_site": site, **context})
            except (smtplib.SMTPException, OSError):
                # The account or request is saved already; a mail server that is down must not
                # turn that into a server error. The person can ask for the message again.
                logger.exception("Could not send %s to %s", template_prefix, email)
                failed = True
            else:
                failed = False
        if failed and request is not None:
            messages.warning(
                request,
                gettext("We could not send the email just now. Please try again in a few minutes."),
            )


def _language_of(user) -> str:
    """The person's preferred language, else the page's, else the site's default."""
    language = getattr(user, "preferred_language", None) or translation.get_language()
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
