"""Recognising the language of text people write, for the `lang` attribute."""

import pytest

from core.languages import lang_attribute, language_of_text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ұсыныс ескерілді: баптың мәтіні өзгертілді.", "kk"),
        ("Қоғамдық кеңестің құрамы екі жылда бір рет жаңартылады.", "kk"),
        ("Учтено: редакция статьи изменена.", "ru"),
        ("Предложение ТОО «Қазақ заң орталығы» учтено в новой редакции статьи 5.", "ru"),
        ("The proposal is taken into account in article 5.", "en"),
        ("Да.", None),  # too short to tell
        ("ст. 5, п. 2", None),
        ("", None),
        ("Hello, мир, hello, мир, hello", None),  # mixed
    ],
)
def test_the_language_of_a_text(text, language):
    assert language_of_text(text) == language


def test_the_attribute_only_when_the_page_speaks_another_language():
    assert lang_attribute("Учтено: редакция статьи изменена.", "kk") == ' lang="ru"'
    assert lang_attribute("Учтено: редакция статьи изменена.", "ru") == ""
    assert lang_attribute("Да.", "kk") == ""
