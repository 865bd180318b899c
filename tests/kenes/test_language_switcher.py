import pytest
from bs4 import BeautifulSoup

from tests.factories import make_standard_page, translate, translated

NOTE = (
    "The page you were reading has not been translated into this language yet, so you are on "
    "the home page. You can switch back with the language links at the top."
)

pytestmark = pytest.mark.django_db


def switcher_links(response):
    soup = BeautifulSoup(response.content, "html.parser")
    nav = soup.find("nav", class_="language-switcher")
    links = {a["hreflang"]: a["href"] for a in nav.find_all("a")}
    current = nav.find(attrs={"aria-current": "true"})["lang"]
    return current, links


def test_switcher_links_to_the_same_page_in_the_other_languages(client, homes):
    about = make_standard_page(homes["kk"], title="Комиссия туралы", slug="komissiya-turaly")
    translate(about, "ru", title="О Комиссии", slug="o-komissii")
    translate(about, "en", title="About", slug="about")
    current, links = switcher_links(client.get("/kk/komissiya-turaly/"))
    assert current == "kk"
    assert links == {"ru": "/ru/o-komissii/", "en": "/en/about/"}


def test_switcher_sends_to_the_home_page_with_a_note_when_untranslated(client, homes):
    make_standard_page(homes["kk"], title="Тек қазақша", slug="only-kk")
    _current, links = switcher_links(client.get("/kk/only-kk/"))
    assert links["ru"] == "/ru/?untranslated=1"
    response = client.get(links["ru"])
    assert response.status_code == 200
    note = BeautifulSoup(response.content, "html.parser").find("p", role="status")
    assert note.get_text() == translated("ru", NOTE)


def test_switcher_on_a_non_page_view_swaps_the_language_prefix(client, homes):
    _current, links = switcher_links(client.get("/kk/accounts/login/?next=/kk/"))
    assert links["en"] == "/en/accounts/login/?next=/kk/"


def test_hreflang_alternates_list_only_existing_translations(client, homes):
    make_standard_page(homes["kk"], title="Тек қазақша", slug="only-kk")
    soup = BeautifulSoup(client.get("/kk/only-kk/").content, "html.parser")
    alternates = [link["hreflang"] for link in soup.find_all("link", rel="alternate")]
    assert alternates == ["kk"]
