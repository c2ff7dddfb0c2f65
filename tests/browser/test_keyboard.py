"""Keyboard only: log in, post a contribution to a mission and like another, with Tab, Enter and
Space; the focus is visible at every step."""
import time

import pytest
from playwright.sync_api import expect

from .conftest import ACCOUNTS, DEMO_PASSWORD

pytestmark = pytest.mark.browser

FOCUS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  const box = el.getBoundingClientRect();
  return {tag: el.tagName.toLowerCase(), text: (el.innerText || el.value || '').trim().slice(0, 80),
          id: el.id, href: el.getAttribute('href') || '', visible,
          onscreen: box.bottom > 0 && box.top < window.innerHeight && box.width > 0};
}"""


def tab_to(page, matches, limit: int = 250) -> dict:
    """Press Tab until the focused element satisfies `matches`; every stop must show its focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUS)
        if focused is None:
            continue
        assert focused["visible"], f"focus not visible on {focused}"
        if not focused["onscreen"]:  # the page may still be laying out (a busy machine): let it settle
            page.wait_for_load_state()
            page.wait_for_timeout(200)
            focused = page.evaluate(FOCUS)
        assert focused["onscreen"], f"focused element off screen: {focused}"
        if matches(focused):
            return focused
    raise AssertionError("never reached the element with the keyboard")


def test_keyboard_only_post_and_like(open_page, demo):
    page = open_page("desktop")
    page.goto("/")
    tab_to(page, lambda f: f["text"] == "Se connecter")
    page.keyboard.press("Enter")
    page.wait_for_url("**/compte/connexion**")
    tab_to(page, lambda f: f["id"] == "email")
    page.keyboard.type(ACCOUNTS["participant"])
    tab_to(page, lambda f: f["id"] == "password")
    page.keyboard.type(DEMO_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_selector(".flash--success")

    tab_to(page, lambda f: f["tag"] == "a" and f["href"] == f"/c/{demo['slug']}/")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/c/{demo['slug']}/")
    tab_to(page, lambda f: f["tag"] == "a" and f["text"].startswith("Parcours client"))
    page.keyboard.press("Enter")
    page.wait_for_selector(".mission")
    tab_to(page, lambda f: f["tag"] == "a" and f["text"].startswith("Contribuer"))
    page.keyboard.press("Enter")
    page.wait_for_selector("#title")
    tab_to(page, lambda f: f["id"] == "title")
    title = f"Au clavier : recharger son vélo électrique au café {time.monotonic_ns()}"[:80]
    page.keyboard.type(title)
    tab_to(page, lambda f: f["id"] == "body")
    page.keyboard.type("Une prise au café du village pour recharger les vélos électriques.")
    tab_to(page, lambda f: f["tag"] == "button" and f["text"] == "Publier")
    page.keyboard.press("Space")
    # Close to "Recharger son vélo au café" of the demo: the close ideas come first, their heading
    # takes the focus; a second "Publier" publishes.
    expect(page.locator("[data-close-ideas] .close-idea").first).to_be_visible()
    expect(page.locator("[data-close-ideas] h2")).to_be_focused()
    tab_to(page, lambda f: f["tag"] == "button" and f["text"] == "Publier")
    page.keyboard.press("Space")
    page.wait_for_selector(".contribution")
    assert page.inner_text("h1") == title

    tab_to(page, lambda f: f["tag"] == "a" and f["text"] == "Contributions")
    page.keyboard.press("Enter")
    page.wait_for_selector(".board")
    focused = tab_to(page, lambda f: f["tag"] == "button" and f["text"].startswith("J'aime"))
    pressed_before = page.evaluate("document.activeElement.getAttribute('aria-pressed')")
    page.keyboard.press("Space")
    page.wait_for_function("p => document.activeElement.getAttribute('aria-pressed') !== p", arg=pressed_before)
    assert focused["visible"]
