"""Load the demo site: pages in kk/ru/en, the footer, and demo accounts for every role.

Idempotent: what exists (found by slug or email) is left as it is, so editors' changes to a
demo site survive a second run. Refuses to run without DEBUG unless --force is given, so a
production database never receives demo accounts with a published password.
"""

from urllib.parse import urlsplit

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from kenes.demo import content
from kenes.models import FooterText, HomePage, NewsIndexPage, NewsPage, StandardPage
from partners.models import FocusArea, Membership, Organisation, Region

LANGUAGES = [code for code, _name in settings.LANGUAGES]
DEFAULT = settings.LANGUAGE_CODE


def stream(items):
    """(block type, value) pairs from content.py as StreamField data."""
    blocks = []
    for block_type, value in items:
        if block_type == "heading":
            blocks.append(("heading", {"text": value, "level": "h2"}))
        elif block_type == "paragraph":
            blocks.append(("paragraph", RichText(value)))
        else:
            blocks.append((block_type, value))
    return blocks


def publish(page):
    page.save_revision().publish()
    return page


class Command(BaseCommand):
    help = "Create the demo site (pages in kk, ru, en) and demo accounts. Safe to run twice."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even when DEBUG is off (never on a production database).",
        )

    def handle(self, *args, force=False, **options):
        if (settings.KENES_PRODUCTION or not settings.DEBUG) and not force:
            raise CommandError(
                "seed_demo creates accounts with a published password: it runs only with "
                "DEBUG=1 and not with production settings. Use --force if this really is a "
                "demo database."
            )
        with transaction.atomic():
            home = self.seed_pages()
            self.seed_footer()
            self.seed_users()
            self.seed_organisations()
        self.stdout.write(self.style.SUCCESS(f"Demo site ready: {home.title}"))
        self.print_accounts()

    # Pages -----------------------------------------------------------------------------

    def seed_pages(self):
        locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
        home = self.seed_home(locales)
        about = self.child(home, StandardPage, "about", content.ABOUT, locales, show_in_menus=True)
        self.add_partner_list(about, locales)
        news_index = self.child(
            home, NewsIndexPage, "news", content.NEWS_INDEX, locales, show_in_menus=True
        )
        for item in content.NEWS:
            texts = {code: {**item[code], "date": item["date"]} for code in LANGUAGES}
            self.child(news_index, NewsPage, item["slug"], texts, locales)
        self.child(home, StandardPage, "contacts", content.CONTACTS, locales, show_in_menus=True)
        return home

    def seed_home(self, locales):
        site = Site.objects.filter(is_default_site=True).first()
        home = HomePage.objects.filter(locale=locales[DEFAULT], depth=2).first()
        if home is None:
            root = Page.get_first_root_node()
            fields = content.HOME[DEFAULT]
            home = HomePage(title=fields["title"], intro=fields["intro"], slug="kenes")
            home.locale = locales[DEFAULT]
            root.add_child(instance=home)
            publish(home)
            self.stdout.write(f"Created the home page ({DEFAULT})")
        if site is None or site.root_page_id != home.pk:
            # A new demo answers where runserver serves it (BASE_URL): links in the sitemap
            # and in emails use this host. A site that is already set up is left alone.
            site = site or Site(is_default_site=True)
            base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
            site.hostname = base.hostname or "localhost"
            site.port = base.port or (443 if base.scheme == "https" else 80)
            old_root = site.root_page if site.pk else None
            site.root_page = home
            site.site_name = "Kenes"
            site.save()
            if old_root is not None and old_root.specific_class is Page:
                old_root.delete()  # Wagtail's "Welcome to your new Wagtail site!" page
        for code in LANGUAGES:
            self.translate(home, locales[code], content.HOME[code])
        return home

    def child(self, parent, model, slug, texts, locales, show_in_menus=False):
        """The page under `parent` with this slug, created in the default language and
        translated into the others when missing."""
        page = model.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = model(slug=slug, show_in_menus=show_in_menus, **self.fields(texts[DEFAULT]))
            page.locale = locales[DEFAULT]
            parent.add_child(instance=page)
            publish(page)
            self.stdout.write(f"Created {model._meta.verbose_name} “{page.title}”")
        for code in LANGUAGES:
            self.translate(page, locales[code], texts[code])
        return page

    def translate(self, page, locale, texts):
        if page.locale_id == locale.pk or page.get_translation_or_none(locale) is not None:
            return
        translated = page.copy_for_translation(locale)
        for name, value in self.fields(texts).items():
            setattr(translated, name, value)
        publish(translated)

    @staticmethod
    def fields(texts):
        fields = dict(texts)
        if "body" in fields:
            fields["body"] = stream(fields["body"])
        return fields

    def add_partner_list(self, about, locales):
        """The About page ends with the partners from the seeds (until the directory lands)."""
        for code in LANGUAGES:
            page = about.get_translation(locales[code])
            if any(
                block.block_type == "paragraph"
                and "<li>" in str(block.value)
                and content.PARTNERS[code][0] in str(block.value)
                for block in page.body
            ):
                continue
            items = "".join(f"<li>{name}</li>" for name in content.PARTNERS[code])
            page.body.append(("paragraph", RichText(f"<ul>{items}</ul>")))
            publish(page)

    # Footer ----------------------------------------------------------------------------

    def seed_footer(self):
        default = FooterText.objects.filter(locale__language_code=DEFAULT).first()
        if default is None:
            default = FooterText.objects.create(
                locale=Locale.objects.get(language_code=DEFAULT), body=content.FOOTER[DEFAULT]
            )
        for code in LANGUAGES:
            locale = Locale.objects.get(language_code=code)
            if default.get_translation_or_none(locale) is None:
                translated = default.copy_for_translation(locale)
                translated.body = content.FOOTER[code]
                translated.save()

    # Accounts --------------------------------------------------------------------------

    def seed_users(self):
        User = get_user_model()
        for email, full_name, language, role in content.USERS:
            user, created = User.objects.get_or_create(
                email=email,
                defaults={
                    "full_name": full_name,
                    "preferred_language": language,
                    "is_staff": role not in {"NGO member"},
                    "is_superuser": role == "administrator",
                },
            )
            if created:
                user.set_password(content.DEMO_PASSWORD)
                user.save(update_fields=["password"])
            EmailAddress.objects.update_or_create(
                user=user, email=email, defaults={"verified": True, "primary": True}
            )
            if role in content.ROLE_GROUPS:
                user.groups.add(Group.objects.get(name=content.ROLE_GROUPS[role]))

    # Organisations ---------------------------------------------------------------------

    def seed_organisations(self):
        regions = {region.code: region for region in Region.objects.all()}
        areas = {area.code: area for area in FocusArea.objects.all()}
        User = get_user_model()
        for item in content.ORGANISATIONS:
            organisation, created = Organisation.objects.get_or_create(
                name_en=item["name_en"],
                name_ru=item["name_ru"],
                defaults={
                    "kind": item["kind"],
                    "status": item["status"],
                    "name_kk": item["name_kk"],
                    "bin": item["bin"],
                    "region": regions[item["region"]],
                    "contact_email": item["email"],
                    "description": item["description"],
                    "listed_in_directory": True,
                },
            )
            if not created:
                continue
            organisation.focus_areas.set([areas[code] for code in item["focus"]])
            for email, role in item["members"]:
                Membership.objects.get_or_create(
                    user=User.objects.get(email=email),
                    organisation=organisation,
                    defaults={"role": role},
                )
            self.stdout.write(f"Created organisation “{organisation.name_ru}”")

    def print_accounts(self):
        self.stdout.write(f"\nDemo accounts (password for all: {content.DEMO_PASSWORD}):")
        for email, full_name, _language, role in content.USERS:
            self.stdout.write(f"  {role:<15} {email:<22} {full_name}")
        self.stdout.write("Sign in at /kk/accounts/login/ ; the admin is at /admin/.")
