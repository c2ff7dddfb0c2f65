"""The strategy in a real browser at a desktop's and a phone's width: a facilitator imports an action
plan like the territories' (two bad rows fixed after the preview), promotes three contributions into
a new action and one into an existing action, marks the follow-up of two years; an elected official
opens the dashboard; the author of a promoted idea finds where it went."""
import pytest
from playwright.sync_api import expect

from .conftest import WIDTHS, fits

pytestmark = pytest.mark.browser


def _plan(width: str, fixed: bool) -> bytes:
    """A plan like seed 003 (Windows-1252, semicolons), its two bad rows fixed or not."""
    rows = ["Axes;Objectifs;Engagement / Outils;Actions;2025;2026;2027;Remarques;Maîtrise d'ouvrage;Partenaires",
            f"Axe 1 : Accueil {width};Mieux accueillir;Accueil hors les murs;Un accueil mobile sur les marchés;"
            "réalisée;en cours;X;;Office de tourisme;Communes",
            f"Axe 1 : Accueil {width};Mieux accueillir;Accueil hors les murs;Des bornes dans les villages;"
            + ("X" if fixed else "peut-être") + ";X;X;;Office de tourisme;",
            ("" if not fixed else f"Axe 2 : Numérique {width}") + ";Former les partenaires;Ateliers;"
            "Des ateliers numériques;en cours;en cours;;formation en 2025;Office de tourisme;CCI"]
    return "\n".join(rows).encode("cp1252")


def _upload(page, slug, content: bytes) -> None:
    page.goto(f"/c/{slug}/strategie/importer")
    page.set_input_files("#file", files=[{"name": "plan-d-action.csv", "mimeType": "text/csv", "buffer": content}])
    page.click("button:has-text('Voir l\\'aperçu')")


@pytest.mark.parametrize("width", WIDTHS)
def test_import_promote_follow_up_then_the_dashboard(open_page, live_server, demo, width):
    slug = demo["slug"]
    page = open_page(width, login="facilitator")

    # 1. The plan: its two bad rows listed at once, nothing written; fixed, previewed, imported.
    _upload(page, slug, _plan(width, fixed=False))
    problems = page.locator(".import-problems li")
    expect(problems).to_have_count(2)
    expect(problems.first).to_contain_text("« peut-être » n'est pas un état")
    fits(page)
    assert live_server.scalar("SELECT count(*) FROM axes WHERE title LIKE :t", t=f"%{width}") == 0
    _upload(page, slug, _plan(width, fixed=True))
    expect(page.locator(".import-report")).to_contain_text("3 actions")
    fits(page)
    assert live_server.scalar("SELECT count(*) FROM axes WHERE title LIKE :t", t=f"%{width}") == 0
    page.click("button:has-text('Importer le plan d\\'action')")
    expect(page.locator(".flash--success")).to_contain_text("3 action(s) créée(s)")
    expect(page.locator("main")).to_contain_text(f"Accueil {width}")

    # 2. Three popular contributions into a new action.
    page.goto(f"/c/{slug}/strategie/contributions-a-retenir?nouvelles=1")
    boxes = page.locator(".candidate input[type=checkbox]")
    chosen = [boxes.nth(i).get_attribute("value") for i in range(3)]
    for i in range(3):
        boxes.nth(i).check()
    fits(page)
    page.click("button:has-text('Retenir la sélection')")
    page.select_option("#parent", index=1)
    page.fill("#title", f"Une action née des idées ({width})")
    page.fill("#note", "Les trois idées les plus soutenues vont ensemble.")
    fits(page)
    page.click("main button:has-text('Retenir')")
    expect(page.locator(".flash--success")).to_contain_text("3 contributions retenues")
    expect(page.locator("#sources .source")).to_have_count(3)
    action_url = page.url
    assert all(live_server.scalar("SELECT outcome FROM contributions WHERE id = :i", i=int(c)) == "promoted"
               for c in chosen)

    # 3. One more into an existing action.
    page.goto(f"/c/{slug}/strategie/contributions-a-retenir?nouvelles=1")
    page.locator(".candidate input[type=checkbox]").first.check()
    page.click("button:has-text('Retenir la sélection')")
    page.check("#mode-1")
    page.select_option("#action", label=page.locator("#action option", has_text=f"({width})").first.inner_text())
    page.click("main button:has-text('Retenir')")
    expect(page.locator(".flash--success")).to_contain_text("1 contribution retenue")
    expect(page.locator("#sources .source")).to_have_count(4)

    # 4. The follow-up of two years.
    for year, state in (("2025", "done"), ("2026", "postponed")):
        page.goto(action_url)
        page.click(f"#suivi a:has-text('Mettre à jour'):has(span:has-text('{year}'))")
        page.check(f"input[name=state][value={state}]")
        if state == "postponed":
            page.select_option("#postponed_to", "2027")
        page.fill("#note", f"Bilan {year} : fait avec les partenaires.")
        fits(page)
        page.click("button:has-text('Enregistrer le suivi')")
        expect(page.locator(".flash--success")).to_contain_text(f"Suivi {year} enregistré")
    expect(page.locator(".follow-up")).to_contain_text("Reportée (2027)")
    fits(page)

    # 5. An elected official reads the dashboard; the author of a promoted idea finds where it went.
    elected = open_page(width, login="elected")
    elected.goto(f"/c/{slug}/strategie/tableau-de-bord")
    expect(elected.locator(".tally")).to_contain_text("Réalisée")
    expect(elected.locator("h1")).to_have_text("Tableau de bord du plan d'action")
    fits(elected)
    author = live_server.scalar("SELECT u.email FROM users u JOIN contributions c ON c.author_id = u.id "
                                "WHERE c.id = :i", i=int(chosen[0]))
    if author:
        reader = open_page(width, login=author)
        reader.goto(f"/c/{slug}/strategie/idees-retenues")
        expect(reader.locator(".mine")).to_contain_text(f"Une action née des idées ({width})")
        fits(reader)
