import pytest

from ..inert import executable_markup

from app.services.text import clean_line, clean_text, plain_text, render_markdown, slugify


def test_markdown_keeps_simple_formatting():
    html = str(render_markdown("## Titre\n\nUn **lien** vers https://exemple.fr\n\n- un\n- deux"))
    assert "<h2>Titre</h2>" in html and "<strong>lien</strong>" in html and "<li>deux</li>" in html
    assert 'href="https://exemple.fr"' in html and 'rel="nofollow ugc noopener"' in html


@pytest.mark.parametrize("source", [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[clic](javascript:alert(1))",
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    "<svg onload=alert(1)>",
    '<iframe src="https://evil.example"></iframe>',
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<p style="background:url(javascript:alert(1))">x</p>',
    "<details open ontoggle=alert(1)>",
])
def test_markdown_never_outputs_executable_html(source):
    assert executable_markup(str(render_markdown(source))) == []


def test_headings_start_below_the_page_title():
    assert str(render_markdown("# Grand titre")).startswith("<h2")


def test_clean_line_removes_controls_and_bidi_overrides():
    assert clean_line("  Bonne\u202e idée\x00 \n suite  ") == "Bonne idée suite"


def test_clean_text_keeps_paragraphs():
    assert clean_text("a\r\n\r\nb\x07") == "a\n\nb"


def test_plain_text_cuts_at_a_word():
    text = plain_text("**Une** idée pour le *territoire* tout entier", 20)
    assert text == "Une idée pour le…"
    assert plain_text("<b>x</b> &amp; y") == "<b>x</b> & y"  # shown as text, escaped by the template


def test_slugify():
    assert slugify("Assises du tourisme — Pays d'Uzès !") == "assises-du-tourisme-pays-d-uzes"
