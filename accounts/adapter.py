from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.utils import url_str_to_user_pk
from allauth.core import context as allauth_context
from allauth.core.internal import ratelimit
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.sites.shortcuts import get_current_site
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext
from django_tasks import TaskResultStatus

from core.client_address import client_address
from core.emails import language_of, queue_prepared

# A browser that has signed in to an account (every factor passed) keeps this signed cookie,
# naming the accounts; the per-account limit on failed sign-ins leaves such browsers alone.
KNOWN_BROWSER_COOKIE = "kenes_known_browser"
KNOWN_BROWSER_SALT = "accounts.known-browser"
KNOWN_BROWSER_MAX_AGE = 365 * 24 * 60 * 60
KNOWN_ACCOUNTS_PER_BROWSER = 5


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

    def get_client_ip(self, request):
        """allauth counts its per-address limits by this address; allauth's own reading
        believes X-Forwarded-For from anyone, ours only from our proxies."""
        address = client_address(request)
        if address is None:
            raise PermissionDenied("Unable to determine client IP address")  # as allauth
        return address

    # Failed sign-ins (the numbers are ACCOUNT_RATE_LIMITS in the settings). allauth counts
    # them per address, which stops one address guessing many accounts, and per account from
    # anywhere: after 5 wrong passwords from anyone, the right one was refused too, so whoever
    # knew an email address could keep its owner out. Here the per-account count is per
    # account *and* address: one address still cannot guess one password more than 5 times
    # in 5 minutes, and a stranger's failures no longer touch the owner's.
    #
    # That alone would let many addresses guess one password together, 1 a minute each. So
    # one account also takes at most 100 failures an hour from anywhere, but only from
    # browsers that have never signed in to it (KNOWN_BROWSER_COOKIE, the "device cookie"
    # of OWASP's authentication cheat sheet): a stranger who fills that count keeps the
    # owner out of new browsers for the hour at most, never out of the ones they use.
    #
    # The two-factor step keeps allauth's per-account limit ("login_failed" per key, from
    # anywhere): only who already has the password reaches it. Password reset keeps its own:
    # every request a stranger spends sends the owner a working link.
    #
    # allauth offers no public hook for the key: `_get_login_attempts_cache_key` and
    # `_login_failed_rl_usage` are its own (65.21); tests/accounts/
    # test_client_address_and_lockout.py fails if an upgrade renames them.

    def _get_login_attempts_cache_key(self, request, **credentials) -> str:
        account = super()._get_login_attempts_cache_key(request, **credentials)
        return f"{account}@{ratelimit.get_ip(request)}"

    def pre_authenticate(self, request, **credentials) -> None:
        super().pre_authenticate(request, **credentials)
        login = credentials.get("email", "")
        if _is_known_browser(request, login):
            return
        usage = ratelimit.consume(
            request,
            app="allauth.account",
            action="login_failed_account",
            key=super()._get_login_attempts_cache_key(request, **credentials),
        )
        if not usage:
            # refused unchecked: not a failure of this address
            self._rollback_login_failed_rl_usage()
            raise self.validation_error("too_many_login_attempts")
        # allauth takes these back when the password is right
        self._login_failed_rl_usage.usage.extend(usage.usage)

    def post_login(self, request, user, **kwargs):
        response = super().post_login(request, user, **kwargs)
        others = [pk for pk in _known_accounts(request) if pk != user.pk]
        known = [user.pk, *others][:KNOWN_ACCOUNTS_PER_BROWSER]
        response.set_signed_cookie(
            KNOWN_BROWSER_COOKIE,
            ",".join(str(pk) for pk in known),
            salt=KNOWN_BROWSER_SALT,
            max_age=KNOWN_BROWSER_MAX_AGE,
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
            samesite="Lax",
        )
        return response


def _known_accounts(request) -> list[int]:
    """The accounts this browser has signed in to, newest first."""
    value = request.get_signed_cookie(
        KNOWN_BROWSER_COOKIE, default="", salt=KNOWN_BROWSER_SALT, max_age=KNOWN_BROWSER_MAX_AGE
    )
    return [int(pk) for pk in value.split(",") if pk.isdigit()]


def _is_known_browser(request, login: str) -> bool:
    """Has this browser signed in to the account of this email address before? A person
    already signed in, asked for their password again, is on a known browser too."""
    known = _known_accounts(request)
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        known.append(user.pk)
    if not known or not login:
        return False
    return (
        get_user_model()
        .objects.filter(pk__in=known)
        .filter(Q(email__iexact=login) | Q(emailaddress__email__iexact=login))
        .exists()
    )


def _language_of(user) -> str:
    """The person's preferred language, else the page's, else the site's default."""
    return language_of(user, default=translation.get_language())
