from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class AllLanguagesSitemap(Sitemap):
    """Wagtail's sitemap lists one language tree; ours lists the pages of every language.

    Each language's home is a translation of the site's root page, a sibling in the tree, so
    the pages are the descendants of all of the root page's translations.
    """

    def items(self):
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=root.translation_key).values_list(
            "path", flat=True
        )
        in_a_home = Q()
        for path in homes:
            in_a_home |= Q(path__startswith=path)
        return (
            Page.objects.filter(in_a_home)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
