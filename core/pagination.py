"""Lists that page on their own on a page with several lists (My account's registrations:
coming and past), each with its own parameter in the address, so that turning the pages of
one keeps the place in the others; plain links, no JavaScript."""

from django.core.paginator import Page, Paginator


def paginate(request, items, *, per_page: int, param: str = "page", anchor: str = "") -> Page:
    """The page of `items` that `request.GET[param]` asks for (the first for anything that
    is not a page number, the last past the end), with `previous_url` and `next_url`: the
    same address with only `param` changed, and `#anchor` to come back to the list."""
    page = Paginator(items, per_page).get_page(request.GET.get(param))
    fragment = f"#{anchor}" if anchor else ""

    def link(number: int) -> str:
        query = request.GET.copy()
        query[param] = number
        return f"?{query.urlencode()}{fragment}"

    page.param = param
    page.previous_url = link(page.previous_page_number()) if page.has_previous() else ""
    page.next_url = link(page.next_page_number()) if page.has_next() else ""
    return page
