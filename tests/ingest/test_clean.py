import pytest

from brinkwatch.ingest.clean import boilerplate_rule, clean_text, normalise, split_lines

ARTICLE = """Ministers meet in Geneva as border tension rises

The foreign ministers of both countries met in Geneva on Friday for three hours of talks.

Ministers meet in Geneva as border tension rises

Officials said the meeting ended without agreement, but both sides promised to keep talking.
Share this article
Yorum yapabilmek için üye girişi yapmanız gerekmektedir.
Üye değilseniz hemen üye olun veya giriş yapın.
"""


def test_first_line_is_the_title_and_text_starts_with_it():
    cleaned = clean_text(ARTICLE)
    assert cleaned.title == "Ministers meet in Geneva as border tension rises"
    assert cleaned.text.startswith(cleaned.title + "\n\nThe foreign ministers")
    assert cleaned.text.count(cleaned.title) == 1


def test_removals_have_kinds_rules_and_offsets_into_the_input():
    cleaned = clean_text(ARTICLE)
    kinds = [r.kind for r in cleaned.removed]
    assert kinds == ["repeated_title", "boilerplate", "other_language", "other_language"]
    for removal in cleaned.removed:
        assert ARTICLE[removal.start:removal.end] == removal.text
        assert removal.rule.startswith("clean.")
        assert cleaned.text.count(removal.text) == (1 if removal.kind == "repeated_title" else 0)


def test_body_is_kept_whole():
    cleaned = clean_text(ARTICLE)
    assert "three hours of talks." in cleaned.text
    assert cleaned.text.endswith("promised to keep talking.")
    assert cleaned.language == "en"


def test_english_lines_with_names_or_headings_are_kept():
    text = "Title line\n\nCyberattacks and sanctions\n\nWashington was skeptical too.\n\nOlaf Scholz Emmanuel Macron Vladimir Putin Joe Biden\n"
    assert clean_text(text).removed == ()


def test_boilerplate_rules_are_anchored_and_short():
    assert boilerplate_rule("Share this article") == "share_prompt"
    assert boilerplate_rule("Subscribe to our newsletter") == "subscribe_prompt"
    assert boilerplate_rule("Read more: Kyiv hopes for talks") == "read_more_link"
    assert boilerplate_rule("Advertisement") == "advertisement"
    assert boilerplate_rule("Officials will share the report with NATO allies on Monday.") is None
    long_line = "Share " + "words " * 40
    assert boilerplate_rule(long_line) is None


def test_no_title_mode_and_title_normalisation():
    cleaned = clean_text("One paragraph only.", find_title=False)
    assert cleaned.title is None and cleaned.text == "One paragraph only."
    assert normalise("Putin declares: Russia withdraws!") == normalise("putin declares russia withdraws")


def test_split_lines_offsets():
    text = "  a b \n\n c\n"
    assert [(l.text, l.start) for l in split_lines(text)] == [("a b", 2), ("c", 9)]


def test_article_in_another_language_is_not_stripped():
    text = "Título de prueba\n\nEl ministro de Asuntos Exteriores dijo el martes que las conversaciones continuarán la próxima semana en Ginebra.\n"
    cleaned = clean_text(text)
    assert cleaned.language == "es"
    assert cleaned.removed == ()


@pytest.mark.parametrize("text,language", [
    ("\"The blockade by Azerbaijan is illegal,\" Pashinyan said.", "en"),  # the classifier alone says 'fy'
    ("NATO ministers meet in Brussels", "en"),
    ("Russia invaded Ukraine.", "en"),  # the classifier alone says Crimean Tatar (0.41), English fourth
    # names say nothing of the language: the classifier alone says Nigerian Pidgin
    ("ECOWAS urged Niger to release Bazoum. The bloc urged Mali to hold elections.", "en"),
    ("El presidente Gustavo Petro dijo que Colombia no enviará tropas a Venezuela.", "es"),
    ("La guerre continue.", "fr"),  # unsure, but English is not among its guesses
    ("El ejército atacó la ciudad.", "es"),
    ("Die Regierung in Berlin hat am Dienstag neue Sanktionen gegen Russland angekündigt, sagte ein Sprecher.", "de"),
    ("Le gouvernement a annoncé mardi de nouvelles sanctions contre la Russie, a déclaré un porte-parole.", "fr"),
])
def test_short_texts_get_their_language(text, language):
    from brinkwatch.ingest.langid import detect

    assert detect(text)[0] == language
