"""The room, in Chromium: the facilitator puts the wall on the projector (1280 px), a phone (390 px)
joins by the QR code's address as a guest and posts, a second phone spends its three dots, a
member's phone logs in and posts, the wall shows it all within 3 seconds; the facilitator takes an
idea off the wall, closes guest posting and the vote, whose result goes into the synthesis. The
workshop is the demo's "Tourisme durable", whose room nobody has opened yet."""
import re

import pytest
from playwright.sync_api import expect

from .test_pages import AXE, WCAG

pytestmark = pytest.mark.browser

WALL_DELAY_MS = 3000  # the promise: the wall follows within 3 seconds


def _axe(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, "
                           "resultTypes: ['violations']})", WCAG)
    return [f"{v['id']}: {[' '.join(n['target']) for n in v['nodes'][:3]]}" for v in result["violations"]]


def test_guests_post_and_vote_from_their_phones_and_the_wall_follows(browser, open_page, live_server, demo):
    workshop_id = live_server.scalar("SELECT id FROM workshops WHERE key = 'durable-local'")
    control = f"/c/{demo['slug']}/ateliers/{workshop_id}/salle"

    # The facilitator opens the room: the wall's secret link, guest posting, a vote of three dots.
    staff = open_page("desktop", login="facilitator")
    staff.goto(f"/c/{demo['slug']}/ateliers/{workshop_id}")
    staff.click("text=La salle : mur, QR code, vote")
    staff.click("text=Créer le lien du mur")
    expect(staff.locator(".flash--success")).to_contain_text("Le lien du mur est prêt")
    staff.click("text=Ouvrir la participation sans compte")
    expect(staff.locator(".flash--success")).to_contain_text("ouverte")
    staff.click("text=Lancer le vote")
    expect(staff.locator(".flash--success")).to_contain_text("Le vote est ouvert")
    wall_link = staff.input_value("#wall-link")
    join_url = staff.locator("#rejoindre a[href*='/salle/']").get_attribute("href")
    code = join_url.rsplit("/", 1)[1]

    # The projector's computer, without an account: the wall, its QR code and its short code.
    projector = browser.new_context(viewport={"width": 1280, "height": 720}, base_url=live_server.url,
                                    bypass_csp=True)  # to run axe
    wall = projector.new_page()
    wall.goto(wall_link)
    expect(wall.locator(".wall__qr svg")).to_be_visible()
    expect(wall.locator(".wall__code-value")).to_have_text(code)
    assert _axe(wall) == []

    # A phone joins by the QR code's address as a guest (two taps: Continuer, Publier) and posts.
    phones = [browser.new_context(viewport={"width": 390, "height": 844}, base_url=live_server.url, is_mobile=True,
                                  has_touch=True, bypass_csp=True) for _ in range(3)]
    phone = phones[0].new_page()
    phone.goto(join_url)
    phone.fill("#name", "Julie")
    phone.click("text=Continuer")
    expect(phone.locator(".flash--success")).to_contain_text("Bienvenue, Julie")
    phone.fill("#text", "Un pédibus des enfants vers la rivière, le mercredi matin")
    phone.click("button:has-text('Publier')")
    expect(phone.locator(".flash--success")).to_contain_text("est publiée")
    expect(wall.locator("[data-wall-content]")).to_contain_text("Un pédibus des enfants", timeout=WALL_DELAY_MS)
    expect(wall.locator("[data-wall-content]")).to_contain_text("Julie")

    # A second phone spends its three dots, without leaving the list.
    second = phones[1].new_page()
    second.goto(join_url)
    second.fill("#name", "Théo")
    second.click("text=Continuer")
    second.click("text=Voter : placez vos 3 gommettes")
    expect(second.locator("[data-dots-left]")).to_contain_text("Il vous reste 3 gommettes")
    assert _axe(second) == []
    for left in (2, 1, 0):
        second.locator("[data-dot-card] button:has-text('Placer une gommette'):not([disabled])").first.click()
        expect(second.locator("[data-dots-left]")).to_contain_text(f"Il vous reste {left} gommette")
    expect(second.locator("[data-dot-card] button:has-text('Placer une gommette'):not([disabled])")).to_have_count(0)
    expect(wall.locator(".wall__status")).to_contain_text("1 votant", timeout=WALL_DELAY_MS)
    expect(wall.locator(".wall-card__dots", has_text="1 gommette")).to_have_count(3, timeout=WALL_DELAY_MS)

    # A member's phone logs in as usual from the room's page, comes back to it and posts.
    member = phones[2].new_page()
    member.goto(join_url)
    member.click("main >> text=Se connecter")
    member.fill("#email", "francois.delmas@concerto.example")
    member.fill("#password", "concerto-demo")
    member.click("main button[type=submit]")
    member.wait_for_url(re.compile(r".*/salle/" + code + r"$"))
    member.fill("#text", "Des navettes du camping vers le village, le soir")
    member.click("button:has-text('Publier')")
    expect(member.locator(".flash--success")).to_contain_text("est publiée")
    expect(wall.locator("[data-wall-content]")).to_contain_text("Des navettes du camping", timeout=WALL_DELAY_MS)
    expect(wall.locator("[data-wall-content]")).to_contain_text("François Delmas")

    # The facilitator takes the first phone's idea off the wall, then closes guest posting.
    staff.goto(control)
    item = staff.locator(".room-item", has_text="Un pédibus des enfants")
    item.locator("button:has-text('Retirer du mur')").click()
    expect(staff.locator(".flash--success")).to_contain_text("Idée retirée du mur")
    expect(wall.locator("[data-wall-content]")).not_to_contain_text("Un pédibus des enfants", timeout=WALL_DELAY_MS)
    staff.click("text=Fermer la participation sans compte")
    expect(staff.locator(".flash--success")).to_contain_text("fermée")
    phone.goto(join_url)
    expect(phone.locator("main")).not_to_contain_text("Publier")
    # The vote ends; its result stays with the workshop and goes into the synthesis as a live block.
    staff.goto(control)
    staff.click("text=Terminer le vote")
    expect(staff.locator(".flash--success")).to_contain_text("Le vote est terminé")
    staff.goto(f"/c/{demo['slug']}/ateliers/{workshop_id}")
    staff.click("#workshop-votes-title + ul a")
    expect(staff.locator(".vote-result")).to_contain_text("1 gommette")
    staff.goto(f"/c/{demo['slug']}/documents/nouveau?atelier={workshop_id}&type=synthese")
    assert "[[gommettes mission=" in staff.input_value("#body")
    staff.click("button:has-text('Aperçu')")
    expect(staff.locator(".preview .live-block", has_text="Vote par gommettes")).to_contain_text("1 gommette")
    # The idea stays on the workshop's board, marked as a guest's.
    staff.goto(f"/c/{demo['slug']}/ateliers/{workshop_id}/contributions?tri=recentes")
    card = staff.locator(".card", has_text="Un pédibus des enfants")
    expect(card).to_contain_text("Invité·e")
    expect(card).to_contain_text("Julie")
    assert re.fullmatch(r"[A-Z2-9]{6}", code)
    for context in (projector, *phones):
        context.close()
