from brinkwatch.api.highlight import Mark, highlight, paragraph_bounds
from brinkwatch.api.views import css, document_html


def test_every_piece_is_escaped():
    text = 'a <script>alert("x")</script> & b'
    out = str(highlight(text, [Mark(2, 10, "ev")]))
    assert "<script>" not in out
    assert "&lt;script&gt;" in out and "&amp; b" in out
    assert out.startswith('a <span class="hl ev">&lt;script&gt;</span>')


def test_overlapping_marks_split_without_nesting():
    out = str(highlight("Russia shelled Kyiv", [Mark(0, 19, "ev"), Mark(0, 6, "source"), Mark(7, 14, "trigger")]))
    assert out == ('<span class="hl ev source">Russia</span><span class="hl ev"> </span>'
                   '<span class="hl ev trigger">shelled</span><span class="hl ev"> Kyiv</span>')


def test_anchor_titles_and_bad_offsets():
    out = str(highlight("abc", [Mark(1, 2, "quote", title='"q" <b>', anchor="q-0"), Mark(5, 9, "ev"),
                                Mark(2, 1, "ev")]))
    assert out == 'a<span class="anchor" id="q-0"></span><span class="hl quote" title="&#34;q&#34; &lt;b&gt;">b</span>c'


def test_class_names_from_data_are_sanitised():
    assert css('x" onmouseover="alert(1)') == "x-onmouseover-alert-1"
    assert css("roles_swapped") == "roles_swapped"
    assert css("") == "x-none"


def test_paragraph_bounds():
    text = "Title\n\nFirst para. Second.\n\nThird"
    a, b = paragraph_bounds(text, 19, 26)
    assert text[a:b] == "First para. Second."
    assert paragraph_bounds(text, 7, 28) == (7, 26)  # a sentence span that swallowed the blank line


def test_document_html_marks_records():
    text = "T\n\nRussia said \"no\" about 5 tanks."
    report = {"document": {"text": text}, "events": [], "flags": [],
              "quotes": [{"start": 16, "end": 18, "direct": True, "speaker": {"text": "Russia", "start": 3, "end": 9,
                                                                               "name": "Russia", "country": "RUS"},
                          "cue": {"text": "said", "lemma": "say", "start": 10, "end": 14}}],
              "quantities": [{"value": 5.0, "unit": "tank", "text": "5 tanks", "start": 26, "end": 33}]}
    html = str(document_html(report))
    assert '<span class="hl speaker" title="speaker: Russia (RUS)">Russia</span>' in html
    assert 'id="q-0"' in html and '<span class="hl quantity" title="5 tank">5 tanks</span>' in html


def test_mention_keeps_a_sentence_that_swallowed_the_blank_line():
    from brinkwatch.api.views import mention_html

    text = "T\n\nRussia shelled Kyiv.\n\nNext paragraph."
    record = {"type": "ASSAULT", "modality": "asserted", "quad": 4, "start": 3, "end": 25,
              "trigger": {"text": "shelled", "start": 10, "end": 17}, "source": None, "target": None}
    html = str(mention_html(text, record, 3, 25))
    assert html.startswith('<span class="hl ev q4 asserted"') and "Next" not in html
    assert '<span class="hl ev q4 asserted trigger"' in html
