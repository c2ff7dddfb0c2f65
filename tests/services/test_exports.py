import io
from dataclasses import replace

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from docx.shared import Cm

from app.services.exports import LABELS, ReportDocument, report_docx
from app.services.text import render_markdown

from ..security.payloads import sample

pytestmark = pytest.mark.once  # its result does not depend on the database: not run again on PostgreSQL

BASE_URL = "https://concerto.example"
REPORT = ReportDocument(
    consultation_title="Assises du tourisme du Pays d'Uzès Pont du Gard",
    territory="Pays d'Uzès",
    kind_label="Compte-rendu",
    title="Atelier 1 : le périmètre de l'office",
    workshop_title="Le périmètre idéal",
    workshop_when="mardi 14 octobre 2026 à 14h00",
    workshop_place="Salle des fêtes, Uzès",
    authors="Claire Vidal",
    published="publié le 4 novembre 2026",
    body_html="",
    base_url=BASE_URL,
    attachments=(("diaporama.pdf", f"{BASE_URL}/c/assises/documents/3/pieces-jointes/5/diaporama.pdf"),),
    generated="Document téléchargé le 1 décembre 2026",
)

LIVE_BLOCK = """<section class="live-block">
<p class="live-block__title">Les 3 contributions les plus aimées — Mission 1 : Le périmètre idéal</p>
<ol class="live-block__items">
<li><a href="/c/assises/contributions/12">Un seul office pour deux communautés</a> <span class="live-block__by">Groupe 2</span> <span class="live-block__likes">12 j'aime</span></li>
<li><a href="/c/assises/contributions/7">Une navette vers le Pont du Gard</a> <span class="live-block__by">Groupe 1</span> <span class="live-block__likes">5 j'aime</span></li>
</ol>
<p class="live-block__meta">État au 4 novembre 2026</p>
</section>"""


def open_report(body_html: str = "", **fields) -> docx.document.Document:
    data = report_docx(replace(REPORT, body_html=body_html, **fields))
    return docx.Document(io.BytesIO(data))


def from_markdown(source: str, **fields) -> docx.document.Document:
    return open_report(str(render_markdown(source)), **fields)


def body(document) -> list:
    """The paragraphs after the title block (which ends with the 'publié le' line)."""
    paragraphs = document.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text.startswith("Publié") or p.text == "Brouillon")
    return paragraphs[start + 1:]


def texts(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def hyperlinks(element, document) -> list[tuple[str, str]]:
    """(text, target) of every hyperlink under `element`."""
    rels = document.part.rels
    return [
        ("".join(t.text for t in link.iter(qn("w:t"))), rels[link.get(qn("r:id"))].target_ref)
        for link in element.iter(qn("w:hyperlink"))
    ]


def num_id(paragraph) -> int | None:
    p_pr = paragraph._p.pPr
    if p_pr is None or p_pr.numPr is None or p_pr.numPr.numId is None:
        return None
    return p_pr.numPr.numId.val


def start_of(document, num: int) -> int | None:
    numbering = document.part.numbering_part.element
    starts = numbering.num_having_numId(num).xpath("./w:lvlOverride[@w:ilvl='0']/w:startOverride/@w:val")
    return int(starts[0]) if starts else None


def test_title_block():
    document = open_report("<p>Corps</p>")
    lines = texts(document)
    assert lines[0] == "Assises du tourisme du Pays d'Uzès Pont du Gard — Pays d'Uzès"
    assert lines[1] == "Compte-rendu"
    assert document.paragraphs[2].style.name == "Title"
    assert lines[2] == "Atelier 1 : le périmètre de l'office"
    assert lines[3] == "Atelier : Le périmètre idéal — mardi 14 octobre 2026 à 14h00 — Salle des fêtes, Uzès"
    assert lines[4] == "Rédaction : Claire Vidal"
    assert lines[5] == "Publié le 4 novembre 2026"
    assert lines[6] == "Corps"
    assert lines[-1] == "Document téléchargé le 1 décembre 2026"


def test_a_concertation_level_draft_has_no_workshop_line():
    document = open_report(
        "<p>Corps</p>", kind_label="Synthèse", workshop_title="", workshop_when="", workshop_place="",
        authors="", territory="", published="brouillon", attachments=(), generated="",
    )
    assert texts(document) == [
        "Assises du tourisme du Pays d'Uzès Pont du Gard", "Synthèse", "Atelier 1 : le périmètre de l'office",
        "Brouillon", "Corps",
    ]


def test_page_properties_and_language():
    document = open_report()
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert all(abs(margin - Cm(2)) < Cm(0.01) for margin in
               (section.left_margin, section.right_margin, section.top_margin, section.bottom_margin))
    properties = document.core_properties
    assert properties.title == "Atelier 1 : le périmètre de l'office"
    assert properties.subject == "Assises du tourisme du Pays d'Uzès Pont du Gard"
    assert properties.author == "Claire Vidal"
    assert properties.language == "fr-FR"
    lang = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang.get(qn("w:val")) == "fr-FR"
    package_rels = document.part.package.rels.values()
    assert not any(rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL for rel in package_rels)


def test_headings_have_the_heading_styles_at_the_right_levels():
    document = from_markdown("# Bilan\n\n## Constats\n\n### Mobilité\n\n#### Vélo\n\n##### Détail\n\ntexte")
    assert [(p.style.name, p.text) for p in body(document)[:5]] == [
        ("Heading 1", "Bilan"), ("Heading 2", "Constats"), ("Heading 3", "Mobilité"),
        ("Heading 4", "Vélo"), ("Heading 4", "Détail"),
    ]


def test_inline_formatting():
    document = from_markdown("Une **idée forte**, une *nuance*, <del>une erreur</del> et `un code`.")
    paragraph = body(document)[0]
    assert paragraph.text == "Une idée forte, une nuance, une erreur et un code."
    runs = {run.text: run for run in paragraph.runs}
    assert runs["idée forte"].bold and not runs["Une "].bold
    assert runs["nuance"].italic
    assert runs["une erreur"].font.strike
    assert runs["un code"].font.name == "Courier New"


def test_line_breaks_and_soft_wraps():
    paragraph = body(from_markdown("première ligne  \ndeuxième\nsuite du paragraphe"))[0]
    assert paragraph.text == "première ligne\ndeuxième suite du paragraphe"


def test_links_are_real_hyperlinks_with_absolute_urls():
    document = from_markdown(
        "Voir [la contribution](/c/assises/contributions/12), https://www.uzes-tourisme.fr "
        "et [écrire](mailto:contact@concerto.example)."
    )
    paragraph = body(document)[0]
    assert paragraph.text == "Voir la contribution, https://www.uzes-tourisme.fr et écrire."
    assert hyperlinks(paragraph._p, document) == [
        ("la contribution", f"{BASE_URL}/c/assises/contributions/12"),
        ("https://www.uzes-tourisme.fr", "https://www.uzes-tourisme.fr"),
        ("écrire", "mailto:contact@concerto.example"),
    ]
    link_run = paragraph._p.find(qn("w:hyperlink")).find(qn("w:r"))
    assert link_run.style == "Hyperlink"
    assert document.styles["Hyperlink"].font.underline


def test_contribution_references_are_links():
    html = ('<p>Comme le dit <a class="ref" href="/c/assises/contributions/12">'
            '« Une navette vers le Pont du Gard » (#12)</a>.</p>')
    document = open_report(html)
    assert hyperlinks(body(document)[0]._p, document) == [
        ("« Une navette vers le Pont du Gard » (#12)", f"{BASE_URL}/c/assises/contributions/12"),
    ]


def test_links_that_cannot_be_urls_stay_text():
    html = '<p><a href="javascript:alert(1)">piège</a> <a href="http://[::1">cassé</a> <a>sans cible</a></p>'
    document = open_report(html, base_url="")
    paragraph = body(document)[0]
    assert paragraph.text == "piège cassé sans cible"
    assert hyperlinks(paragraph._p, document) == []


def test_odd_urls_are_made_acceptable_to_word():
    document = open_report('<p><a href="/c/assises/recherche?q=vélo électrique">recherche</a></p>')
    [(_, target)] = hyperlinks(body(document)[0]._p, document)
    assert target == f"{BASE_URL}/c/assises/recherche?q=v%C3%A9lo%20%C3%A9lectrique"


def test_bullet_and_numbered_lists_with_nesting():
    document = from_markdown(
        "- hébergement\n    - gîtes\n    - campings\n- restauration\n\n"
        "Priorités :\n\n1. signalétique\n2. navettes\n    1. été\n    2. hiver"
    )
    assert [(p.style.name, p.text) for p in body(document)][:9] == [
        ("List Bullet", "hébergement"), ("List Bullet 2", "gîtes"), ("List Bullet 2", "campings"),
        ("List Bullet", "restauration"), ("Normal", "Priorités :"),
        ("List Number", "signalétique"), ("List Number", "navettes"),
        ("List Number 2", "été"), ("List Number 2", "hiver"),
    ]


def test_each_numbered_list_restarts_at_one():
    document = from_markdown("1. un\n2. deux\n\nEntre les deux.\n\n1. trois\n2. quatre\n\n- puce\n\n1. cinq")
    numbered = [p for p in body(document) if p.style.name == "List Number"]
    ids = [num_id(p) for p in numbered]
    assert ids[0] == ids[1] and ids[2] == ids[3]
    assert len({ids[0], ids[2], ids[4]}) == 3
    assert all(start_of(document, num) == 1 for num in ids)


def test_loose_list_items_keep_their_paragraphs():
    document = from_markdown("1. Premier point\n\n    Précision sur le premier point.\n\n2. Second point")
    assert [(p.style.name, p.text) for p in body(document)][:3] == [
        ("List Number", "Premier point"), ("List Continue", "Précision sur le premier point."),
        ("List Number", "Second point"),
    ]


def test_quote_code_block_and_rule():
    document = from_markdown(
        "> Le Pont du Gard\n> attire un million de visiteurs.\n\n    ligne 1\n      ligne 2\n\n---\n\nFin"
    )
    quote, code, rule, end = body(document)[:4]
    assert (quote.style.name, quote.text) == ("Quote", "Le Pont du Gard attire un million de visiteurs.")
    assert code.text == "ligne 1\n  ligne 2"
    assert all(run.font.name == "Courier New" for run in code.runs)
    assert rule.text == "" and rule._p.pPr.find(qn("w:pBdr")) is not None
    assert end.text == "Fin"


def test_images_become_a_linked_line():
    html = '<p><img alt="Carte du territoire" src="/c/assises/documents/3/pieces-jointes/5/carte.png"></p>' \
           '<p><img src="/c/assises/documents/3/pieces-jointes/6/plan%20v2.png"></p>'
    document = open_report(html)
    first, second = body(document)[:2]
    assert first.text == f"[{LABELS['image']} : Carte du territoire]" == "[Image : Carte du territoire]"
    assert hyperlinks(first._p, document) == [
        ("[Image : Carte du territoire]", f"{BASE_URL}/c/assises/documents/3/pieces-jointes/5/carte.png"),
    ]
    assert second.text == "[Image : plan v2.png]"


def test_live_block():
    document = open_report(f"<p>Avant</p>{LIVE_BLOCK}<ol><li>autre liste</li></ol>")
    paragraphs = body(document)
    title, first, second, meta, other = paragraphs[1:6]
    assert title.text == "Les 3 contributions les plus aimées — Mission 1 : Le périmètre idéal"
    assert all(run.bold for run in title.runs)
    assert first.text == "Un seul office pour deux communautés — Groupe 2 — 12 j'aime"
    assert second.text == "Une navette vers le Pont du Gard — Groupe 1 — 5 j'aime"
    assert first.style.name == second.style.name == "List Number"
    assert num_id(first) == num_id(second) != num_id(other)
    assert start_of(document, num_id(first)) == start_of(document, num_id(other)) == 1
    assert hyperlinks(first._p, document) == [
        ("Un seul office pour deux communautés", f"{BASE_URL}/c/assises/contributions/12"),
    ]
    assert meta.text == "État au 4 novembre 2026"
    assert all(run.italic and run.font.size.pt < 11 for run in meta.runs)


def test_empty_live_block_and_div_variant():
    html = ('<div class="live-block"><div class="live-block__title">Les plus aimées — Mission 2</div>'
            '<p class="live-block__empty">Aucune contribution pour l\'instant.</p>'
            '<span class="live-block__meta">État au 4 novembre 2026</span></div>')
    lines = [p.text for p in body(open_report(html))]
    assert lines[:3] == [
        "Les plus aimées — Mission 2", "Aucune contribution pour l'instant.", "État au 4 novembre 2026",
    ]


def test_attachments_section():
    document = open_report("<p>Corps</p>", attachments=(
        ("diaporama.pdf", f"{BASE_URL}/c/assises/documents/3/pieces-jointes/5/diaporama.pdf"),
        ("compte rendu signé.pdf", "/c/assises/documents/3/pieces-jointes/6/compte-rendu.pdf"),
    ))
    paragraphs = body(document)
    heading = next(i for i, p in enumerate(paragraphs) if p.text == "Pièces jointes")
    assert paragraphs[heading].style.name == "Heading 1"
    items = paragraphs[heading + 1:heading + 3]
    assert [(p.style.name, p.text) for p in items] == [
        ("List Bullet", "diaporama.pdf"), ("List Bullet", "compte rendu signé.pdf"),
    ]
    assert hyperlinks(items[1]._p, document) == [
        ("compte rendu signé.pdf", f"{BASE_URL}/c/assises/documents/3/pieces-jointes/6/compte-rendu.pdf"),
    ]


def test_no_attachments_no_section():
    assert "Pièces jointes" not in texts(open_report("<p>Corps</p>", attachments=()))


def test_footer_has_the_consultation_title_and_a_page_field():
    footer = open_report().sections[0].footer
    paragraph = footer.paragraphs[0]
    assert paragraph.text.startswith("Assises du tourisme du Pays d'Uzès Pont du Gard\tpage ")
    instructions = [node.text for node in paragraph._p.iter(qn("w:instrText"))]
    simple = [node.get(qn("w:instr")) for node in paragraph._p.iter(qn("w:fldSimple"))]
    assert [text.strip() for text in instructions + simple] == ["PAGE"]


def test_text_is_kept_exactly():
    text = "Élodie « guillemets » — œuvre, naïveté, 🎉 👩🏽‍🌾, ＡＢＣ, 𝕮, ﷽, Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̯̉"
    document = open_report(f"<p>{text}</p>", title=text, authors=text)
    assert body(document)[0].text == text
    assert document.paragraphs[2].text == text
    assert document.core_properties.author == text


def test_control_characters_are_removed_everywhere():
    dirty = "Bonne\x00 idée\x08\x0b\x0c\x1f\ufffe\ud800 !"
    document = open_report(
        f"<p>{dirty} &#1; &#x0; &#xFFFE; &#x110000;</p>",
        consultation_title=dirty, territory=dirty, kind_label=dirty, title=dirty, workshop_title=dirty,
        workshop_when=dirty, workshop_place=dirty, authors=dirty, base_url=dirty,
        attachments=((dirty, dirty),), generated=dirty,
    )
    assert document.paragraphs[2].text == "Bonne idée !"
    assert body(document)[0].text.startswith("Bonne idée !")
    assert document.core_properties.title == "Bonne idée !"
    assert "Bonne idée !" in document.sections[0].footer.paragraphs[0].text


@pytest.mark.parametrize("html", [
    "",
    "   \n  ",
    "texte nu, sans balise",
    "<p><strong><em><a href='/x'><code>imbriqué",
    "<ul>" * 300 + "<li>profond</li>" + "</ul>" * 300,
    "<blockquote>" * 300 + "cité" + "</blockquote>" * 300,
    "<ol start='-5'><li>a</li></ol><ol start='x'><li>b</li></ol><ol start='99999999'><li>c</li></ol>",
    "<li>orphelin</li><span class='live-block__by'>seul</span>",
    "<section class='live-block'><ol class='live-block__items'>texte<li></li><p>p</p></ol></section>",
    "<table><tr><td>cellule</td></tr></table><video>vidéo</video><custom-tag>perso</custom-tag>",
    "<pre></pre><pre><code>\ta\r\nb\rc</code></pre><hr><hr>",
    "<a href='/a'><p>bloc dans un lien</p></a><h2><a href='/b'>titre lié</a><br></h2>",
    "<!-- commentaire --><?php echo 1; ?>&lt;script&gt;&amp;&nbsp;&#x1F600;",
    "<img><img src='' alt=''><img src='//evil.example/x.png' alt='externe'>",
    "<a href='https://exämple.fr/é'>idn</a><a href='https://[::1]/'>ipv6</a>",
])
def test_hostile_html_never_breaks(html):
    document = open_report(html)
    assert document.paragraphs[2].style.name == "Title"


def test_unknown_tags_keep_their_text():
    lines = texts(open_report("<table><tr><td>cellule</td></tr></table><custom-tag>perso</custom-tag><span>x</span>"))
    assert "cellule" in lines and "persox" in lines
    deep = texts(open_report("<ul>" * 300 + "<li>profond</li>" + "</ul>" * 300))
    assert any("profond" in line for line in deep)


def test_hostile_corpus_through_the_markdown_door():
    payloads = sample(300)
    for start in range(0, len(payloads), 10):  # ten payloads per file: building a DOCX costs ~50 ms
        batch = payloads[start:start + 10]
        html = "\n".join(str(render_markdown(payload)) for payload in batch)
        raw = "\n".join(batch)
        for body_html in (html, raw):
            data = report_docx(replace(
                REPORT, body_html=body_html, title=batch[0], authors=batch[1 % len(batch)],
                consultation_title=batch[2 % len(batch)], workshop_place=batch[3 % len(batch)],
                kind_label=batch[4 % len(batch)], generated=batch[5 % len(batch)],
                attachments=tuple((payload, payload) for payload in batch),
            ))
            assert data[:2] == b"PK"
            document = docx.Document(io.BytesIO(data))
            assert document.paragraphs[2].style.name == "Title"
