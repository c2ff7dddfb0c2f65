"""An answer for every contribution, in a real browser at a desktop's and a phone's width: a facilitator
declines an idea with its reason, answers ten at once from a template, merges two duplicates that
both have likes; the author reads the answer in the notification centre and in the digest e-mail
of the outbox, and unsubscribes from the e-mail's link without logging in."""
import re
from email import message_from_bytes, policy

import pytest
from playwright.sync_api import expect

from .conftest import WIDTHS, fits

pytestmark = pytest.mark.browser

# Each width works on its own author, so that its digest is the first of the day for that person.
AUTHORS = {"desktop": "francois.delmas@concerto.example", "phone": "aurelie.martin@concerto.example"}
OPEN = ("SELECT c.id FROM contributions c JOIN workshops w ON w.id = c.workshop_id "
        "WHERE c.consultation_id = (SELECT id FROM consultations WHERE slug = :slug) AND c.status = 'published' "
        "AND w.status = 'open' AND c.outcome = 'none' AND c.origin = 'online' ")


def _unanswered_of(live_server, slug, email):
    return live_server.scalar(OPEN + "AND c.author_id = (SELECT id FROM users WHERE email = :e) ORDER BY c.id",
                              slug=slug, e=email)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_facilitator_answers_and_the_author_reads_it_then_unsubscribes(open_page, live_server, demo, width,
                                                                          browser):
    slug, author = demo["slug"], AUTHORS[width]
    contribution = _unanswered_of(live_server, slug, author)
    assert contribution, "the demo gives this author an idea in an open workshop"
    page = open_page(width, login="facilitator")
    page.goto(f"/c/{slug}/contributions/{contribution}")
    page.click("main a:has-text('Répondre')")
    page.get_by_label("Non retenue : voici pourquoi").check()
    page.fill("#answer", "Pas **cette année** : le budget 2027 est engagé. Nous la reprendrons en 2028.")
    page.click("button:has-text('Aperçu')")
    expect(page.locator(".preview strong")).to_have_text("cette année")
    assert live_server.scalar("SELECT outcome FROM contributions WHERE id = :i", i=contribution) == "none"
    fits(page)
    page.click("button:has-text('Publier la réponse')")
    expect(page.locator(".answer")).to_contain_text("le budget 2027 est engagé")
    expect(page.locator(".answer .chip")).to_have_text("Non retenue")
    expect(page.locator(".history__item").first).to_contain_text("(animation) n'a pas retenu cette contribution")
    fits(page)

    # The author: the badge in the navigation, then the notification centre.
    reader = open_page(width, login=author)
    reader.goto(f"/c/{slug}/")
    expect(reader.locator(".notif-link .badge")).to_be_visible()
    reader.click(".notif-link")
    first = reader.locator(".notification").first
    expect(first).to_contain_text("n'a pas retenu cette contribution")
    expect(first).to_contain_text("le budget 2027 est engagé")
    expect(first).to_contain_text("Parce que vous avez écrit cette contribution.")
    fits(reader)
    first.locator("button:has-text('Marquer comme lue')").click()
    expect(reader.locator(".notification").first.locator(".chip")).to_have_count(0)

    # The digest e-mail of the next morning, written to the outbox by the cron command. (Other tests
    # on this server may have had the day's digest sent already: the morning after, it is due again.)
    live_server.execute("UPDATE users SET last_digest_at = NULL WHERE email = :e", e=author)
    before = set(live_server.outbox())
    live_server.flask("notifications", "send")
    mails = [message_from_bytes(p.read_bytes(), policy=policy.default) for p in set(live_server.outbox()) - before]
    [digest] = [m for m in mails if m["To"] == author]
    assert "résumé du jour" in digest["Subject"] and "le budget 2027 est engagé" in digest.get_content()
    link = digest["List-Unsubscribe"].strip("<>")
    assert link.startswith(live_server.url) and digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # Opened from the e-mail, without logging in: one choice, saved.
    stranger = browser.new_context(viewport={"width": 1280 if width == "desktop" else 390, "height": 900},
                                   base_url=live_server.url, locale="fr-FR")
    mail_page = stranger.new_page()
    mail_page.goto(link)
    expect(mail_page.locator("main")).to_contain_text(author)
    mail_page.get_by_label("aucun e-mail (les notifications restent sur Concerto)").check()
    mail_page.click("button:has-text('Enregistrer')")
    expect(mail_page.locator(".flashes")).to_contain_text("C'est enregistré : aucun e-mail")
    fits(mail_page)
    assert live_server.scalar("SELECT email_frequency FROM users WHERE email = :e", e=author) == "never"
    # And the one-click unsubscribe that mail software posts, without any CSRF token.
    live_server.execute("UPDATE users SET email_frequency = 'daily' WHERE email = :e", e=author)
    assert mail_page.request.post(link, form={"List-Unsubscribe": "One-Click"}).status == 200
    assert live_server.scalar("SELECT email_frequency FROM users WHERE email = :e", e=author) == "never"
    stranger.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_ten_contributions_answered_at_once_from_a_board(open_page, live_server, demo, width):
    slug = demo["slug"]
    page = open_page(width, login="facilitator")
    page.goto(f"/c/{slug}/contributions?tri=recentes&reponse=none")
    boxes = page.locator(".card__select input")
    ids = [int(boxes.nth(i).get_attribute("value")) for i in range(10)]
    for i in range(10):
        page.locator(".card__select label").nth(i).click()
    page.click("button:has-text('Répondre à la sélection')")
    expect(page.locator("h1")).to_have_text("Répondre à plusieurs contributions")
    expect(page.locator(".selection input:checked")).to_have_count(10)
    page.select_option("#modele", label="À examiner en comité de pilotage")
    page.click("button:has-text('Reprendre ce modèle')")
    expect(page.locator("#answer")).to_have_value(re.compile("comité de pilotage"))
    expect(page.locator(".selection input:checked")).to_have_count(10)
    checked = page.locator(".selection input:checked")
    assert sorted(int(checked.nth(i).get_attribute("value")) for i in range(10)) == sorted(ids)
    page.fill("#answer", page.input_value("#answer") + "\nRendez-vous le 14 janvier.")
    fits(page)
    page.click("button:has-text('Publier la réponse')")
    expect(page.locator(".flashes")).to_contain_text("10 contributions ont reçu la réponse")
    rows = live_server.rows("SELECT c.outcome, (SELECT count(*) FROM contribution_events e WHERE "
                            "e.contribution_id = c.id AND e.kind = 'outcome') FROM contributions c "
                            "WHERE c.id IN (" + ",".join(map(str, ids)) + ")")
    assert rows == [("review", 1)] * 10  # each its own event
    fits(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_two_duplicates_with_likes_merged_then_the_target_counts_each_supporter_once(open_page, live_server, demo,
                                                                                    width):
    slug = demo["slug"]
    pair = live_server.rows(
        OPEN + "AND c.like_count > 0 AND NOT EXISTS (SELECT 1 FROM contributions m WHERE m.merged_into_id = c.id) "
        # not the ideas of the demo accounts that the other browser tests use
        "AND c.author_id NOT IN (SELECT id FROM users WHERE email LIKE 'camille.%' OR email LIKE 'gerard.%' "
        "OR email LIKE 'claire.%' OR email LIKE 'francois.%' OR email LIKE 'aurelie.%') "
        "ORDER BY c.like_count DESC, c.id LIMIT 2 OFFSET :o", slug=slug, o=0 if width == "desktop" else 2)
    target, duplicate = (row[0] for row in pair)
    expected = live_server.scalar(
        "SELECT count(DISTINCT user_id) FROM likes WHERE contribution_id IN (:a, :b)", a=target, b=duplicate)
    page = open_page(width, login="facilitator")
    page.goto(f"/c/{slug}/contributions/{duplicate}")
    page.click("main a:has-text('Fusionner')")
    page.fill("#target_number", str(target))
    page.click("button:has-text('Voir ce qui va se passer')")
    expect(page.locator(".confirm")).to_contain_text(f"{expected} personnes")
    assert live_server.scalar("SELECT status FROM contributions WHERE id = :i", i=duplicate) == "published"
    fits(page)
    page.click("button:has-text('Confirmer la fusion')")
    expect(page.locator(".merged")).to_contain_text(f"{expected} personnes soutiennent cette idée")
    fits(page)
    page.click(".merged__list a >> nth=0")
    expect(page.locator(".notice")).to_contain_text("a été fusionnée dans une autre")
    assert live_server.scalar("SELECT status FROM contributions WHERE id = :i", i=duplicate) == "merged"
