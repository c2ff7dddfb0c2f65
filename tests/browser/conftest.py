"""Browser fixtures: Debian's Chromium driven by Playwright against a live server with the demo."""
import os
import shutil
from pathlib import Path

import pytest

from ..conftest import TEST_DATABASE_URL, need
from ..live import ROOT, LiveServer, fresh_database

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
WIDTHS = {"desktop": 1280, "phone": 390}
DEMO_PASSWORD = "concerto-demo"
ACCOUNTS = {
    "participant": "camille.roux@concerto.example",
    "elected": "gerard.pellegrin@concerto.example",
    "facilitator": "claire.vidal@concerto.example",
    "admin": "admin@concerto.example",
}


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    need(Path(CHROMIUM).exists(), f"Chromium is not installed ({CHROMIUM}): apt-get install chromium")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"],
    }


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("live")
    server = LiveServer(fresh_database(TEST_DATABASE_URL, "browser", folder), folder / "instance").start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def demo(live_server):
    """Slugs and codes of the demo, read from its database."""
    public = live_server.rows("SELECT slug, join_code FROM consultations WHERE visibility = 'public'")[0]
    private = live_server.rows("SELECT slug, join_code FROM consultations WHERE visibility = 'members'")[0]
    return {"slug": public[0], "code": public[1], "private_slug": private[0], "private_code": private[1]}


@pytest.fixture
def open_page(browser, live_server):
    """open_page(width, login=None) -> a Playwright page on the live server, logged in if asked."""
    contexts = []

    def make(width: str = "desktop", login: str | None = None, password: str = DEMO_PASSWORD):
        context = browser.new_context(viewport={"width": WIDTHS[width], "height": 900}, base_url=live_server.url,
                                      locale="fr-FR")
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        if login:
            sign_in(page, ACCOUNTS.get(login, login), password)
        return page

    yield make
    for context in contexts:
        context.close()


def sign_in(page, email: str, password: str = DEMO_PASSWORD) -> None:
    page.goto("/compte/connexion")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("main button[type=submit]")
    # the click returns once the next page starts arriving: wait for its message, whichever it is
    page.locator(".flash").first.wait_for()
    assert page.locator(".flash--success").count() == 1, page.content()[:2000]


def fits(page) -> None:
    """No horizontal scrolling at this width (once the page and its stylesheets have loaded)."""
    page.wait_for_load_state("load")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    if overflow > 0:
        culprits = page.evaluate("""() => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .slice(0, 6).map(e => e.tagName.toLowerCase() + '.' + e.className + ': ' + e.textContent.trim().slice(0, 60))""")
        raise AssertionError(f"{page.url} scrolls sideways by {overflow}px: {culprits}")


def shoot(page, role: str, name: str, width: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{role}-{name}-{width}.png"), full_page=True)
