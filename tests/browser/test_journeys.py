"""What people do, in a real browser, at a desktop's width and at a phone's (390 px)."""
import re
import time
from email import message_from_bytes, policy

import pytest
from playwright.sync_api import expect

from .conftest import WIDTHS, fits, sign_in

pytestmark = pytest.mark.browser


def unique(prefix: str) -> str:
    return f"{prefix}{time.monotonic_ns()}"


def register(page, email: str, password: str, name: str = "Noé Nouveau") -> None:
    """Fill the registration form: the newcomer is logged in at once."""
    page.fill("#email", email)
    page.fill("#display_name", name)
    page.fill("#organisation", "Gîte du Pont")
    page.select_option("#sector", "hebergement")
    page.fill("#commune", "Collias")
    page.fill("#password", password)
    page.fill("#password_confirm", password)
    page.click("main button[type=submit]")
    expect(page.locator(".flashes")).to_contain_text("Bienvenue")
    expect(page.locator("header .account-nav")).to_contain_text(name)
    fits(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_newcomer_joins_posts_likes_comments_edits_and_withdraws(open_page, demo, width):
    page = open_page(width)
    page.goto("/")
    fits(page)
    page.fill("#code", demo["code"].lower())
    page.click("form[action='/rejoindre'] button")
    assert page.url.endswith(f"/j/{demo['code']}")
    page.click("main a:has-text('Créer un compte')")
    email = unique("noe") + "@exemple.fr"
    register(page, email, "une longue phrase de passe")
    # Logged in and a member at once: the invitation led straight into the concertation.
    assert page.url.endswith(f"/c/{demo['slug']}/")
    assert "vous avez rejoint" in page.inner_text(".flashes")
    fits(page)

    # Join the members-only one by its short link.
    page.goto(f"/j/{demo['private_code']}")
    page.click("button:has-text('Rejoindre la concertation')")
    assert page.url.endswith(f"/c/{demo['private_slug']}/")

    # Post to a mission of an open workshop.
    page.goto(f"/c/{demo['slug']}/")
    page.click("main a:has-text('Parcours client')")
    fits(page)
    page.locator("a.button:has-text('Contribuer')").first.click()
    title = unique("Une carte des producteurs à l'accueil ")[:60]
    page.fill("#title", title)
    page.fill("#body", "Une **carte** des producteurs du coin, affichée à l'accueil de chaque gîte.")
    page.click("button:has-text('Aperçu')")
    assert page.inner_text(".preview strong") == "carte"
    page.click("button:has-text('Publier')")
    assert page.inner_text("h1") == title
    assert "a publié cette contribution" in page.inner_text(".history")
    fits(page)
    own_url = page.url

    # Like another contribution without a reload; the count is right after one.
    page.goto(f"/c/{demo['slug']}/contributions?tri=recentes")
    card_id = page.locator(".card", has=page.locator(".like-button[aria-pressed=false]")).first.get_attribute(
        "aria-labelledby")
    card = page.locator(f".card[aria-labelledby='{card_id}']")
    button = card.locator(".like-button")
    before = int(button.locator(".like-button__count").inner_text().split()[-1])
    page.evaluate("window.__still_here = true")
    button.click()
    page.wait_for_function("el => el.getAttribute('aria-pressed') === 'true'", arg=button.element_handle())
    assert int(button.locator(".like-button__count").inner_text().split()[-1]) == before + 1
    assert page.evaluate("window.__still_here === true")  # no page reload
    page.reload()
    assert card.locator(".like-button").get_attribute("aria-pressed") == "true"
    assert int(card.locator(".like-button__count").inner_text().split()[-1]) == before + 1

    # Comment on it, then reply to the first comment.
    card.locator(".card__title a").click()
    page.fill("#body", "Je complète : et le *dimanche* ?")
    page.click("button:has-text('Publier le commentaire')")
    assert "Votre commentaire est publié" in page.inner_text(".flashes")
    assert "Je complète : et le dimanche ?" in page.inner_text(".comments")
    first = page.locator(".comment-list > li").first
    first.locator("details.reply summary").first.click()
    first.locator("details.reply textarea").first.fill("Bonne remarque, je réponds ici.")
    first.locator("details.reply button[type=submit]").first.click()
    assert "Bonne remarque, je réponds ici." in page.locator(".comment-list--replies").first.inner_text()
    fits(page)

    # Edit one's own contribution, then withdraw it.
    page.goto(own_url)
    page.click("main a:has-text('Modifier')")
    page.fill("#title", title + " (et les marchés)")
    page.click("button:has-text('Enregistrer')")
    assert "modifiée" in page.inner_text(".contribution__byline")
    page.click("main a:has-text('Retirer')")
    fits(page)
    page.click("button:has-text('Retirer ma contribution')")
    assert "retirée par son auteur" in page.inner_text(".notice")
    page.goto(f"/c/{demo['slug']}/contributions?tri=recentes")
    assert title not in page.inner_text(".board")


@pytest.mark.parametrize("width", WIDTHS)
def test_forgotten_password(open_page, live_server, demo, width):
    page = open_page(width)
    email = unique("oubli") + "@exemple.fr"
    page.goto("/compte/inscription")
    register(page, email, "premier mot de passe long")
    page.click("header button:has-text('Se déconnecter')")
    page.goto("/compte/connexion")
    page.click("a:has-text('Mot de passe oublié')")
    page.fill("#email", email)
    page.click("main button[type=submit]")
    assert "Vérifiez vos e-mails" in page.inner_text("h1")
    fits(page)
    link = None
    for _ in range(50):  # the e-mail leaves once the response is sent
        for path in live_server.outbox():
            message = message_from_bytes(path.read_bytes(), policy=policy.default)
            if message["To"] == email:
                link = re.search(r"https?://\S+/compte/reinitialiser/\S+", message.get_content()).group(0)
        if link:
            break
        time.sleep(0.1)
    assert link, "no reset e-mail in the outbox"
    page.goto(link)
    page.fill("#password", "second mot de passe long")
    page.fill("#password_confirm", "second mot de passe long")
    page.click("main button[type=submit]")
    assert "Connectez-vous avec le nouveau" in page.inner_text(".flashes")
    sign_in(page, email, "second mot de passe long")


@pytest.mark.parametrize("width", WIDTHS)
def test_facilitator_prepares_a_workshop(open_page, demo, width):
    page = open_page(width, login="facilitator")
    page.goto(f"/c/{demo['slug']}/")
    page.click("main a:has-text('Nouvel atelier')")
    fits(page)
    workshop = unique("Atelier vélo ")
    page.fill("#title", workshop)
    page.fill("#date", "15 janvier 2027")  # typed the French way
    page.fill("#time", "9h30")
    page.fill("#place", "Salle du Duché, Uzès")
    page.fill("#description", "Comment accueillir les **cyclistes** de la ViaRhôna ?")
    # The missions in the same form, as rows; a fourth row on demand.
    for index, mission in enumerate(("Les itinéraires", "Les services", "La communication")):
        page.fill(f"#missions-{index}-title", mission)
        page.fill(f"#missions-{index}-instructions", f"Consigne {index + 1} : listez vos idées.")
    page.click("button:has-text('Ajouter une ligne')")
    expect(page.locator("#missions-3-title")).to_be_focused()
    assert page.input_value("#missions-2-title") == "La communication"  # what was typed is kept
    page.check("#status-2")  # open for contributions, in the same step
    page.click("button:has-text(\"Créer l'atelier\")")
    expect(page.locator("h1")).to_have_text(workshop)
    assert "avec ses 3 missions" in page.inner_text(".flashes")
    assert "vendredi 15 janvier 2027 à 9h30" in page.inner_text(".page-head")
    assert page.locator(".mission__title").all_inner_texts() == ["Les itinéraires", "Les services", "La communication"]
    fits(page)
    # Move the third mission up, then close the first one and open it again.
    # Each button posts and comes back to the same page: expect() waits for the page it comes back to.
    page.locator(".mission").nth(2).locator("button:has-text('Monter')").click()
    expect(page.locator(".mission__title")).to_have_text(["Les itinéraires", "La communication", "Les services"])
    page.locator(".mission").first.locator("button:has-text('Clore')").click()
    expect(page.locator(".mission").first.locator(".chip--closed")).to_have_count(1)
    page.locator(".mission").first.locator("button:has-text('Ouvrir')").click()
    expect(page.locator(".mission").first.locator(".chip--open")).to_have_count(1)

    # Themes: add, rename, delete.
    page.goto(f"/c/{demo['slug']}/themes")
    theme = unique("Vélo ")[:30]
    page.fill("#name", theme)
    page.click("main button:has-text('Ajouter')")
    assert theme in page.inner_text(".theme-list")
    page.locator(".theme-list li", has_text=theme).locator("a:has-text('Renommer')").click()
    page.fill("#name", theme + " et itinérance")
    page.click("main button:has-text('Renommer')")
    assert theme + " et itinérance" in page.inner_text(".theme-list")
    page.locator(".theme-list li", has_text=theme).locator("a:has-text('Supprimer')").click()
    page.click("button:has-text('Supprimer le thème')")
    assert theme not in page.inner_text(".theme-list") and "est supprimé" in page.inner_text(".flashes")
    fits(page)


FACILITATOR_CONTROLS = ("/masquer", "/presences", "/membres", "/themes", "/deplacer", "/ouverture",
                        "ateliers/nouveau", "/modifier", "missions/nouvelle")


@pytest.mark.parametrize("width", WIDTHS)
def test_elected_official_browses_without_moderation_controls(open_page, demo, width):
    page = open_page(width, login="elected")
    slug = demo["slug"]
    visited = []
    page.goto(f"/c/{slug}/")
    visited.append(page.content())
    page.click("nav.consultation-nav a:has-text('Contributions')")
    visited.append(page.content())
    page.click("nav.sort-tabs a:has-text('Les plus aimées')")
    page.locator(".card__title a").first.click()
    page.wait_for_load_state()  # count() does not wait: the page must be whole first
    assert page.locator(".comment").count() >= 1
    visited.append(page.content())
    page.goto(f"/c/{slug}/")
    page.locator(".workshop-item a").nth(1).click()
    page.wait_for_load_state()
    visited.append(page.content())
    page.click("nav.consultation-nav a:has-text('Qui est qui')")
    page.wait_for_load_state()
    assert page.locator(".person").count() >= 20
    page.select_option("#secteur", "restauration")
    page.click("main button:has-text('Filtrer')")
    page.wait_for_url(re.compile(r"secteur=restauration"))  # the filtered page, whole (load), not the one it leaves
    assert 1 <= page.locator(".person").count() < 20
    visited.append(page.content())
    for html in visited:
        for control in FACILITATOR_CONTROLS:
            assert control not in html, control
    fits(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_visitor_reads_a_public_concertation_and_not_a_private_one(open_page, demo, width):
    page = open_page(width)
    page.goto(f"/c/{demo['slug']}/")
    assert "En chiffres" in page.inner_text("main")
    page.click("nav.consultation-nav a:has-text('Contributions')")
    page.locator(".card__title a").first.click()
    page.wait_for_load_state()
    assert page.locator(".contribution__body").count() == 1
    assert page.locator(".like-form").count() == 0  # a visitor sees counts, not buttons
    fits(page)
    response = page.goto(f"/c/{demo['private_slug']}/")
    assert response.status == 404
    assert page.inner_text("h1") == "Page introuvable" and page.locator("html[lang=fr]").count() == 1
    fits(page)
