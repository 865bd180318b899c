"""Is this release able to serve pages? Asked by `/healthz` (load balancers keep a release
that fails it out of service) and by a system check (`manage.py check`, run before a release
starts).

A release that cannot find its static files' manifest ("Missing staticfiles manifest entry")
or its templates answers 500 on every page, while its database answers fine: the database
alone is not health.
"""

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.checks import Error, register
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, connection
from django.template import TemplateDoesNotExist, TemplateSyntaxError, loader

from core.client_address import trusted_networks

# What every HTML page needs: the base template and the stylesheet it links.
PAGE_TEMPLATES = ("base.html", "500.html")
PAGE_STATIC = ("css/kenes.css", "js/copy.js")


def static_problems() -> list[str]:
    """What keeps the static files from being served by the configured storage."""
    problems = []
    manifest = getattr(staticfiles_storage, "manifest_name", None)
    if manifest is not None and not staticfiles_storage.exists(manifest):
        return [
            f"static files: no {manifest} in {settings.STATIC_ROOT}: run "
            "`make install` (collectstatic with the production storage)"
        ]
    for name in PAGE_STATIC:
        try:
            staticfiles_storage.url(name)
        except ValueError as error:  # the manifest has no entry for it
            problems.append(f"static files: {error}")
    return problems


def template_problems() -> list[str]:
    problems = []
    for name in PAGE_TEMPLATES:
        try:
            loader.get_template(name)
        except (TemplateDoesNotExist, TemplateSyntaxError) as error:
            problems.append(f"template {name}: {error!r}")
    return problems


def database_problems() -> list[str]:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        return [f"database: {error}"]
    return []


def settings_problems() -> list[str]:
    """Settings read only by some requests: a mistyped proxy address would otherwise first
    show as an error at somebody's sign-in (`core.client_address`)."""
    try:
        trusted_networks()
    except ImproperlyConfigured as error:
        return [str(error)]
    return []


def problems() -> list[str]:
    """Everything that keeps this release from serving pages; empty when it can."""
    return database_problems() + template_problems() + static_problems() + settings_problems()


@register("kenes")
def check_release(app_configs=None, **kwargs):
    """`manage.py check` fails on a release whose pages could not render (templates and
    static files: not in DEBUG, where the development server finds static files without a
    manifest) or whose settings would fail some requests."""
    found = settings_problems()
    if not settings.DEBUG:
        found = template_problems() + static_problems() + found
    return [Error(problem, id="kenes.E001", hint="See README: Deployment.") for problem in found]
