from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.utils import translation


class AccountAdapter(DefaultAccountAdapter):
    """Kenes's hooks into allauth: the person's name and language, and mail in that language.

    https://docs.allauth.org/en/latest/account/advanced.html#custom-redirects
    """

    def save_user(self, request, user, form, commit=True):
        user.full_name = form.cleaned_data["full_name"]
        user.preferred_language = form.cleaned_data.get(
            "preferred_language", translation.get_language()
        )
        return super().save_user(request, user, form, commit=commit)

    def send_mail(self, template_prefix, email, context):
        """Write each email in the recipient's language when we know them."""
        user = context.get("user")
        language = getattr(user, "preferred_language", None) or translation.get_language()
        if language not in dict(settings.LANGUAGES):
            language = settings.LANGUAGE_CODE
        with translation.override(language):
            super().send_mail(template_prefix, email, context)
