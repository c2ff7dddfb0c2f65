"""The synthesis assistant in a real browser, at a desktop's and a phone's width: a member writing
an idea sees the close ideas of the demo appear as they type, and supports one instead of posting."""
import re

import pytest
from playwright.sync_api import expect

from .conftest import ACCOUNTS, WIDTHS, fits

pytestmark = pytest.mark.browser


# What each run types: close to ideas of the demo's open workshop (where likes are open).
TYPED = {"desktop": ("Accepter les chèques-vacances chez tous les professionnels",
                     "Les familles nous le demandent souvent."),
         "phone": ("Payer sans contact partout, même au marché", "Avec une carte ou le téléphone.")}


@pytest.mark.parametrize("width", WIDTHS)
def test_a_member_sees_close_ideas_while_typing_and_supports_one(open_page, live_server, demo, width):
    slug = demo["slug"]
    page = open_page(width, login="participant")
    workshop = live_server.scalar(
        "SELECT w.id FROM workshops w JOIN consultations c ON c.id = w.consultation_id WHERE c.slug = :s "
        "AND w.status = 'open' ORDER BY w.id", s=slug)
    page.goto(f"/c/{slug}/ateliers/{workshop}/contribuer")
    before = live_server.scalar("SELECT count(*) FROM contributions")
    title, body = TYPED[width]
    page.fill("#title", title)
    page.locator("#body").press_sequentially(body, delay=5)
    ideas = page.locator("[data-close-ideas] .close-idea")
    expect(ideas.first).to_be_visible()
    expect(page.locator("[data-close-ideas] .chip--close").first).to_have_text("idée proche")
    expect(page.locator("[data-close-status]")).to_contain_text("proche")  # said to screen readers
    fits(page)
    # One the member may like (its workshop is open), has not liked yet and did not write.
    listed = [int(re.search(r"/contributions/(\d+)", href).group(1))
              for href in ideas.locator("a.close-idea__title").evaluate_all("links => links.map(a => a.href)")]
    member = live_server.scalar("SELECT id FROM users WHERE email = :e", e=ACCOUNTS["participant"])
    chosen = next(i for i in listed if not live_server.scalar(
        "SELECT count(*) FROM contributions c JOIN workshops w ON w.id = c.workshop_id LEFT JOIN likes l "
        "ON l.contribution_id = c.id AND l.user_id = :u WHERE c.id = :c AND (l.id IS NOT NULL OR "
        "c.author_id = :u OR w.status != 'open')", u=member, c=i))
    likes = live_server.scalar("SELECT like_count FROM contributions WHERE id = :c", c=chosen)
    page.locator(f"[data-close-ideas] .close-idea:has(a[href$='/contributions/{chosen}']) "
                 "a:has-text('Voir et soutenir')").click()
    expect(page).to_have_url(re.compile(rf"/contributions/{chosen}$"))
    button = page.locator("main .like-button").first
    button.click()
    expect(button).to_have_attribute("aria-pressed", "true")
    assert live_server.scalar("SELECT like_count FROM contributions WHERE id = :c", c=chosen) == likes + 1
    assert live_server.scalar("SELECT count(*) FROM contributions") == before  # supported, not posted


@pytest.mark.parametrize("width", WIDTHS)
def test_a_facilitator_groups_a_workshop_into_themes_adjusts_and_saves_them(open_page, live_server, demo, width):
    slug = demo["slug"]
    page = open_page(width, login="facilitator")
    page.goto(f"/c/{slug}/")
    page.locator("nav.consultation-nav a:has-text('Assistant')").click()
    expect(page.locator("h1")).to_have_text("Assistant de synthèse")
    fits(page)
    workshop = live_server.rows("SELECT id, title FROM workshops w WHERE key = 'gouvernance' AND consultation_id = "
                                "(SELECT id FROM consultations WHERE slug = :s)", s=slug)[0]
    page.select_option("#portee", f"atelier:{workshop[0]}")
    page.click("main button:has-text('Proposer des thèmes')")
    expect(page.locator("h1")).to_contain_text("Gouvernance")
    groups = page.locator("section.theme-group")
    expect(groups.first).to_be_visible()
    grouping = int(re.search(r"/regroupements/(\d+)", page.url).group(1))
    placed = live_server.scalar("SELECT count(*) FROM grouping_members WHERE grouping_id = :g", g=grouping)
    published = live_server.scalar("SELECT count(*) FROM contributions WHERE workshop_id = :w AND status = "
                                   "'published'", w=workshop[0])
    assert placed == published  # every contribution in exactly one group
    fits(page)
    # Rename the first group.
    label = f"Gouvernance partagée ({width})"
    first = groups.first
    first.locator("summary:has-text('Renommer')").click()
    first.locator("input[name=label]").fill(label)
    first.locator("button:has-text('Renommer')").click()
    expect(page.locator(".flash--success")).to_contain_text(label)
    # Move one contribution of the first group into the second.
    first = page.locator("section.theme-group").first
    moved = first.locator("input[name=ids]").first
    moved_id = int(moved.get_attribute("value"))
    moved.check()
    target = first.locator("select[name=vers] option").first.get_attribute("value")
    first.locator("select[name=vers]").select_option(target)
    first.locator("button:has-text('Déplacer')").click()
    expect(page.locator(".flash--success")).to_contain_text("cochées")
    assert live_server.scalar("SELECT group_id FROM grouping_members WHERE grouping_id = :g AND contribution_id = :c",
                              g=grouping, c=moved_id) == int(target)
    # Save: the groups become themes of the concertation, carried by their contributions.
    page.click("main button:has-text('Enregistrer comme thèmes')")
    expect(page.locator(".flash--success")).to_contain_text("Enregistré")
    assert live_server.scalar("SELECT count(*) FROM contribution_themes ct JOIN themes t ON t.id = ct.theme_id "
                              "WHERE t.name = :n", n=label) >= 1
    fits(page)
    # A draft synthesis from these groups: it cannot be published as drafted; edited, it can.
    page.click("main button:has-text('Rédiger un brouillon de synthèse')")
    expect(page.locator(".flash--success")).to_contain_text("brouillon de synthèse est prêt")
    expect(page.locator("main .notice--warning").first).to_contain_text("ne peut pas être publié tel quel")
    body = page.locator("#body").input_value()
    assert body.startswith("*Brouillon rédigé automatiquement") and f"## {label}" in body
    report = int(re.search(r"/documents/(\d+)/modifier", page.url).group(1))
    page.goto(f"/c/{slug}/documents/{report}/publication")
    expect(page.locator("main button:has-text('Publier')")).to_have_count(0)
    page.click("main a:has-text('Modifier le brouillon')")
    page.fill("#body", body.replace("*Brouillon rédigé automatiquement", "*Relu par l'équipe. Brouillon rédigé "
                                                                          "automatiquement", 1))
    page.click("main button:has-text('Enregistrer')")
    expect(page.locator(".flash--success")).to_contain_text("enregistré")
    page.click("main a:has-text('Publier')")
    page.click("main button:has-text('Publier')")
    expect(page.locator(".flash--success")).to_contain_text("publié")
    # Every sentence's references are links to contributions that exist and are published.
    cited = {int(n) for n in re.findall(r"(?<![\w&#/])#(\d+)", body)}
    assert cited and live_server.scalar(
        f"SELECT count(*) FROM contributions WHERE status = 'published' AND id IN ({', '.join(map(str, cited))})"
    ) == len(cited)
    expect(page.locator(f"main a[href$='/contributions/{min(cited)}']").first).to_be_visible()
    fits(page)
