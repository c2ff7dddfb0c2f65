"""The workshop's record, in a real browser at a desktop's and a phone's width: a workshop file
imported after its preview, ten post-its typed in with the keyboard only, a synthesis published
with an attachment and a live block, and a member who reads it."""
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .conftest import WIDTHS, fits

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent.parent
SLIDES = ROOT / "app" / "demo" / "diaporama-gouvernance.pdf"


def workshop_id(live_server, key: str) -> int:
    return live_server.scalar("SELECT id FROM workshops WHERE key = :k", k=key)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_facilitator_imports_a_workshop_file_after_its_preview(open_page, live_server, demo, tmp_path, width):
    key = f"atelier-velo-{time.monotonic_ns()}"
    path = tmp_path / f"{key}.md"
    path.write_text(f"""---
cle: {key}
titre: "Vélo : accueillir les cyclistes"
date: 4 février 2027
heure: 14h
lieu: Salle du Duché, Uzès
statut: ouvert
missions:
  - cle: itineraires
    titre: Les itinéraires
    contributions:
      - cle: {key}-it-01
        groupe: Groupe 1
        texte: Une boucle de 40 km par les capitelles.
  - cle: services
    titre: Les services
  - cle: communication
    titre: La communication
---

Un atelier pour les **cyclistes** de la ViaRhôna.
""", encoding="utf-8")
    page = open_page(width, login="facilitator")
    page.goto(f"/c/{demo['slug']}/")
    page.click("main a:has-text('Importer un atelier')")
    page.set_input_files("#file", str(path))
    page.click("button:has-text('Voir l')")
    expect(page.locator(".import-report")).to_contain_text("L'atelier « Vélo : accueillir les cyclistes »")
    assert "Rien n'est encore enregistré" in page.inner_text("main")
    assert workshop_id(live_server, key) is None  # a preview writes nothing
    fits(page)
    page.click("button:has-text(\"Confirmer l'import\")")
    expect(page.locator("h1")).to_have_text("Vélo : accueillir les cyclistes")
    assert page.locator(".mission__title").all_inner_texts() == ["Les itinéraires", "Les services", "La communication"]
    assert "jeudi 4 février 2027 à 14h00" in page.inner_text(".page-head")
    fits(page)
    # The same file a second time: nothing to change, nothing doubled.
    page.goto(f"/c/{demo['slug']}/ateliers/importer")
    page.set_input_files("#file", str(path))
    page.click("button:has-text('Voir l')")
    expect(page.locator(".notice")).to_contain_text("Rien à changer")
    expect(page.locator("button:has-text(\"Confirmer l'import\")")).to_be_disabled()
    assert live_server.scalar("SELECT count(*) FROM contributions WHERE key = :k", k=f"{key}-it-01") == 1


@pytest.mark.parametrize("width", WIDTHS)
def test_ten_post_its_typed_in_with_the_keyboard_only(open_page, live_server, demo, width):
    workshop = workshop_id(live_server, "durable-local")
    group = f"Groupe {time.monotonic_ns() % 100000}"
    page = open_page(width, login="facilitator")
    page.goto(f"/c/{demo['slug']}/ateliers/{workshop}/saisie")
    expect(page.locator("#text")).to_be_focused()  # the text has the focus at once
    # Choose the mission and the group with the keyboard, then come back to the text.
    page.keyboard.press("Shift+Tab")
    while page.evaluate("document.activeElement.id") != "mission":
        page.keyboard.press("Shift+Tab")
    page.keyboard.press("ArrowDown")
    mission_title = page.evaluate("document.activeElement.selectedOptions[0].textContent")
    page.keyboard.press("Tab")
    page.keyboard.type(group)
    while page.evaluate("document.activeElement.id") != "text":
        page.keyboard.press("Tab")
    items = page.locator("[data-capture-list] > li")
    before = items.count()
    for number in range(1, 11):
        page.keyboard.type(f"Post-it {number} de la table {group} : une idée pour le Gardon")
        page.keyboard.press("Enter")
        expect(items).to_have_count(before + number)  # saved, listed first
        expect(page.locator("#text")).to_have_value("")  # cleared
        expect(page.locator("#text")).to_be_focused()  # the focus stays in the text
    assert page.input_value("#group_label") == group
    assert page.evaluate("document.getElementById('mission').selectedOptions[0].textContent") == mission_title
    expect(page.locator("[data-capture-status]")).to_contain_text("Post-it 10 de la table")
    fits(page)
    rows = live_server.rows("SELECT c.origin, m.title FROM contributions c JOIN missions m ON m.id = c.mission_id "
                            "WHERE c.group_label = :g", g=group)
    assert len(rows) == 10 and {row[0] for row in rows} == {"room"} and {row[1] for row in rows} == {mission_title}
    # Undo the last one: it leaves the list and the boards.
    items.first.locator("button").click()
    expect(items).to_have_count(before + 9)
    assert live_server.scalar("SELECT count(*) FROM contributions WHERE group_label = :g", g=group) == 9
    # They show on the mission's board, marked as post-its of the workshop.
    page.goto(f"/c/{demo['slug']}/ateliers/{workshop}/contributions?tri=recentes")
    card = page.locator(".card", has_text=f"Post-it 9 de la table {group}")
    expect(card.locator(".chip--room")).to_have_text("Post-it de l'atelier")
    expect(card).to_contain_text(group)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_synthesis_published_with_an_attachment_and_a_live_block_then_read_by_a_member(
        open_page, live_server, demo, width):
    workshop = workshop_id(live_server, "durable-local")
    page = open_page(width, login="facilitator")
    page.goto(f"/c/{demo['slug']}/ateliers/{workshop}")
    page.click("main a:has-text('Rédiger la synthèse')")
    title = f"Synthèse de Collias {time.monotonic_ns()}"
    page.fill("#title", title)
    body = page.input_value("#body")
    assert "## Le but de l'atelier" in body and "[[plus-aimees mission=" in body  # pre-filled
    page.click("button:has-text('Aperçu')")
    expect(page.locator(".preview .live-block").first).to_contain_text("Les contributions les plus aimées")
    fits(page)
    page.click("button:has-text('Enregistrer')")
    expect(page.locator(".flashes")).to_contain_text("Le brouillon est enregistré")
    page.set_input_files("#file", str(SLIDES))
    page.click("button:has-text('Joindre le fichier')")
    expect(page.locator(".attachment__link")).to_contain_text("diaporama-gouvernance.pdf")
    page.click("main a:has-text('Publier')")
    expect(page.locator("h1")).to_contain_text("Publier")
    page.click("main button:has-text('Publier')")
    expect(page.locator(".flashes")).to_contain_text("Le document est publié")
    expect(page.locator(".live-block__meta").first).to_contain_text("jour de la publication")
    fits(page)
    report_url = page.url
    with page.expect_download() as download:
        page.click("a:has-text('Télécharger en DOCX')")
    assert download.value.suggested_filename.endswith(".docx")
    # A participant reads it, and downloads its attachment.
    reader = open_page(width, login="participant")
    reader.goto(report_url)
    expect(reader.locator("h1")).to_have_text(title)
    expect(reader.locator(".live-block").first).to_be_visible()
    assert reader.locator("a:has-text('Modifier')").count() == 0
    with reader.expect_download() as attachment:
        reader.click(".attachment__link")
    assert attachment.value.suggested_filename == "diaporama-gouvernance.pdf"
    fits(reader)
