"""A comment records the language of the draft's text its author read (the Kazakh and the
Russian texts are both official and worded apart), so that moderators read it beside that
text.

Comments written before were not recorded with it. The best evidence left is the comment's own
words: people comment in the language they read. So a comment with letters only Kazakh has
(ә, ғ, қ, ң, ө, ұ, ү, һ, і) was written on the Kazakh text, one in other Cyrillic on the
Russian, one in Latin letters on the English; a comment with none of them takes the language
of the consultation's original page. When the element has no text in that language, the
first language it has a text in is taken (the one readers were shown).
"""

import re

from django.db import migrations, models

LANGUAGES = ("kk", "ru", "en")
KAZAKH = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
CYRILLIC = re.compile("[а-яёА-ЯЁ]")
LATIN = re.compile("[a-zA-Z]")
BATCH = 500


def guess_language(words: str, original: str) -> str:
    if KAZAKH.search(words):
        return "kk"
    if CYRILLIC.search(words):
        return "ru"
    if LATIN.search(words):
        return "en"
    return original if original in LANGUAGES else LANGUAGES[0]


def language_read(words: str, original: str, texts: dict | None) -> str:
    """`texts`: {language: the element's text}, None for a comment on the whole draft."""
    language = guess_language(words, original)
    if texts is None or texts.get(language):
        return language
    order = [language, original, *LANGUAGES]
    return next((code for code in order if texts.get(code)), language)


def fill_languages(apps, schema_editor):
    Comment = apps.get_model("consultations", "Comment")
    rows = Comment.objects.filter(language="").values_list(
        "pk",
        "remark",
        "justification",
        "proposed_wording",
        "element_id",
        "element__text_kk",
        "element__text_ru",
        "element__text_en",
        "consultation__locale__language_code",
    )
    by_language: dict[str, list[int]] = {}
    for pk, remark, justification, wording, element_id, kk, ru, en, original in rows.iterator():
        texts = None if element_id is None else {"kk": kk, "ru": ru, "en": en}
        words = f"{remark} {justification} {wording}"
        by_language.setdefault(language_read(words, original, texts), []).append(pk)
    for language, pks in by_language.items():
        for start in range(0, len(pks), BATCH):  # within SQLite's limit of query parameters
            Comment.objects.filter(pk__in=pks[start : start + BATCH]).update(language=language)


class Migration(migrations.Migration):
    dependencies = [("consultations", "0008_moderators_do_not_edit_pages")]

    operations = [
        migrations.AddField(
            model_name="comment",
            name="language",
            field=models.CharField(
                choices=[("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")],
                default="",
                help_text=(
                    "The draft is official in several languages: the one whose text the author "
                    "read when writing. Moderators read the comment beside that text."
                ),
                max_length=7,
                verbose_name="language of the text commented on",
            ),
            preserve_default=False,
        ),
        migrations.RunPython(fill_languages, migrations.RunPython.noop),
    ]
