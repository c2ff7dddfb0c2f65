import pytest

from ..inert import executable_markup

from app.services.text import clean_line, clean_text, plain_text, render_markdown, slugify

pytestmark = pytest.mark.once  # its result does not depend on the database: not run again on PostgreSQL


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


def test_images_of_this_site_show_others_become_links_or_text():
    html = str(render_markdown("![Pont](https://exemple.fr/p.jpg) ![Plan](/static/a.png) ![x](http://a.fr/b.png) "
                               "![y](//evil.fr/a.png) ![z](data:image/png;base64,AAAA)"))
    assert '<a href="https://exemple.fr/p.jpg" rel="nofollow ugc noopener">Image : Pont</a>' in html
    assert '<img alt="Plan" src="/static/a.png">' in html
    assert html.count("<img") == 1 and "evil.fr" not in html and "data:" not in html
    raw = str(render_markdown('<img src="https://tracker.example/t.gif" alt="t"> <img src="/ok.png" onerror="x()">'))
    assert "tracker.example" not in raw and "onerror" not in raw and 'src="/ok.png"' in raw


@pytest.mark.parametrize("line", ["\u200b", "\u200b\u200c\u200d", "\u2060", "\ufeff ", "\u3164", "\u2800\u2800",
                                  "\u00a0\u202f", "\u180e"])
def test_a_line_of_invisible_characters_is_empty(line):
    assert clean_line(line) == ""


def test_a_visible_line_keeps_its_joiners():
    assert clean_line("famille 👨\u200d👩\u200d👧") == "famille 👨\u200d👩\u200d👧"


def test_plain_text_of_markup_free_text_is_what_rendering_gives():
    """Most post-its have no markup: their plain text is read without rendering, and must be the
    same as the rendered one (checked over the hostile corpus and ordinary French)."""
    import html

    from app.services import text
    from ..security.payloads import corpus

    samples = [*corpus(), "Prix : 3 € (environ) ; qui dit mieux ?", "a  \nb\n\nc", "Titre\n===", "1) un\n2) deux"]
    for sample in samples:
        source = clean_text(sample)
        if source and not text._MARKUP.search(source):
            rendered = " ".join(html.unescape(text._cleaners.plain.clean(text._render(source))).split())
            assert text.plain_text(source) == rendered, repr(source)


def test_threads_of_one_worker_render_at_once_without_breaking_each_other():
    """Threaded workers (gthread, on PostgreSQL) render Markdown at the same moment: each thread
    has its own cleaners, so none gets another's half-built tree (an IndexError, a 500)."""
    import threading

    from app.services import text

    sources = [f"un <em>{i}</em> <div><p>deux</div> **trois** <table><tr><td>x</td></tr></table> "
               f"[lien](https://exemple.fr/{i})\n\n- a\n- b <script>alert({i})</script>" for i in range(400)]
    alone = {source: text._render.__wrapped__(source) for source in sources}  # no cache: each one parsed
    found, errors = {}, []

    def render(offset: int) -> None:
        try:
            for source in sources[offset::4]:
                found[source] = text._render.__wrapped__(source)
                text.plain_text(source, 100)
        except Exception as error:  # noqa: BLE001 - what a thread raised is what this test reports
            errors.append(repr(error))

    threads = [threading.Thread(target=render, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and found == alone
