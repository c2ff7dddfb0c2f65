"""Every page type, for every role: reachable, checked by axe-core (WCAG 2.1 A and AA), by the Nu
HTML Checker, and photographed at a desktop's and a phone's width."""
import json
import re
import subprocess
from pathlib import Path

import pytest

from app import create_app

from ..conftest import need
from ..live import ROOT
from ..pages import EXTRA_PAGES, ROLES, UNREACHABLE, candidate_urls, page_types, url_values
from .conftest import ACCOUNTS, SCREENSHOTS, WIDTHS, fits, shoot

pytestmark = pytest.mark.pages

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
REPORT = ROOT / "artifacts" / "pages.json"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="session")
def url_map(tmp_path_factory):
    return create_app({"SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": "sqlite://"},
                      instance_path=str(tmp_path_factory.mktemp("urlmap"))).url_map


class Reached(dict):
    """role -> {page type: (url, html, violations)}, and how many times axe actually ran."""
    axe_runs = 0


@pytest.fixture(scope="session")
def reachable(browser, live_server, url_map):
    """role -> {page type: (url, html, axe violations)} for every page type the role reaches with a
    200 (no redirect). Each page is opened once: its HTML is kept for the Nu HTML Checker, and
    axe-core (WCAG 2.1 A and AA) runs on it there and then."""
    need(AXE.exists(), "axe-core is not installed: npm ci")
    found, seen = Reached(), {}
    for role in ROLES:
        context = browser.new_context(base_url=live_server.url, bypass_csp=True)  # to run axe
        context.add_init_script(path=str(AXE))
        page = context.new_page()
        email = ACCOUNTS.get(role)
        if email:
            page.goto("/compte/connexion")
            page.fill("#email", email)
            page.fill("#password", "concerto-demo")
            page.click("main button[type=submit]")
        values = url_values(live_server, role, email)
        urls = candidate_urls(url_map, values)
        urls.update({name: url.format(**values) for name, (who, url, *_) in EXTRA_PAGES.items() if who == role})
        pages = {}
        for endpoint, url in sorted(urls.items()):
            if endpoint == "auth.reset_password" and role != "visitor":
                continue  # a logged-in person does not follow reset links; checked as a visitor
            response = page.goto(url)
            if len(EXTRA_PAGES.get(endpoint, ())) == 3:
                with page.expect_navigation() as sent:
                    page.evaluate("""fields => { for (const [name, value] of Object.entries(fields)) {
                        document.querySelector(`main form [name=${name}]`).value = value; }
                        document.querySelector("main form [name=title]").form.submit(); }""",
                                  EXTRA_PAGES[endpoint][2])
                response = sent.value
            expected = 404 if endpoint.startswith("error.") else 200
            if (response is None or response.request.redirected_from is not None or response.status != expected
                    or "text/html" not in response.headers.get("content-type", "")):
                continue
            html = response.text()
            key = _same_markup(html)
            if key not in seen:  # a page another role saw with the very same markup has the same result
                # Violations only: axe skips writing up what passes, a third of its time on these pages.
                result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, "
                                       "resultTypes: ['violations']})", WCAG)
                seen[key] = [f"{violation['id']} ({violation['impact']}) "
                             f"{[' '.join(node['target']) for node in violation['nodes'][:3]]}"
                             for violation in result["violations"]]
            pages[endpoint] = (url, html, seen[key])
        found[role] = pages
        context.close()
    found.axe_runs = len(seen)
    return found


_TOKEN = re.compile(r'(name="csrf_token"[^>]*value=")[^"]*|(value=")[^"]*("[^>]*name="csrf_token")')
_ACCOUNT = re.compile(r'(<a href="/compte/profil"[^>]*>)[^<]*(</a>)')
_UNREAD = re.compile(r'(<a class="notif-link"[^>]*>)Notifications.*?(</a>)', re.S)


def _same_markup(html: str) -> str:
    """The page's markup without what differs from one person to another and changes nothing
    axe reads: the form tokens, the account's name and unread count in the header."""
    return _UNREAD.sub(r"\1\2", _ACCOUNT.sub(r"\1\2", _TOKEN.sub(r"\1\2\3", html)))


def test_every_page_type_is_reached_or_declared(reachable, url_map):
    reached = set().union(*(pages.keys() for pages in reachable.values()))
    expected = {rule.endpoint for rule in page_types(url_map)} | set(EXTRA_PAGES)
    assert expected - reached == set(), "reach these page types with the demo data, or declare them in UNREACHABLE"
    assert set(UNREACHABLE) & reached == set()


def _report(key, value):
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    data = json.loads(REPORT.read_text()) if REPORT.exists() else {}
    data[key] = value
    REPORT.write_text(json.dumps(data, indent=2, ensure_ascii=False))


def test_axe_finds_no_wcag_violation(reachable):
    problems = [f"{role} {endpoint} {url}: {violation}" for role, pages in reachable.items()
                for endpoint, (url, _, violations) in sorted(pages.items()) for violation in violations]
    checked = sum(len(pages) for pages in reachable.values())
    types = sorted(set().union(*map(set, reachable.values())))
    _report("axe", {"pages_checked": checked, "distinct_markups": reachable.axe_runs, "page_types": len(types),
                    "violations": len(problems), "rules": WCAG,
                    "types": types, "per_role": {role: len(pages) for role, pages in reachable.items()}})
    assert problems == [], "\n".join(problems)


def test_html_is_valid(reachable, tmp_path):
    need(VNU.exists(), "the Nu HTML Checker is not installed: npm ci")
    files = []
    for role, pages in reachable.items():
        for endpoint, (url, html, _) in pages.items():
            path = tmp_path / f"{role}--{endpoint}.html"
            path.write_text(html, encoding="utf-8")
            files.append(path)
    result = subprocess.run(["java", "-jar", str(VNU), "--format", "json", "--exit-zero-always", *map(str, files)],
                            capture_output=True, text=True, timeout=300)
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [f"{Path(m['url']).name}:{m.get('lastLine')}: {m['message']}" for m in messages
              if m["type"] == "error" or m.get("subType") == "fatal"]
    _report("html", {"documents_checked": len(files), "errors": len(errors)})
    assert errors == [], "\n".join(errors[:50])


MAIN_PAGES = ["main.home", "consultations.home", "consultations.board", "workshops.show", "workshops.mission",
              "contributions.show", "consultations.directory", "contributions.create", "consultations.members",
              "auth.profile", "auth.login", "auth.register", "notifications.index", "moderation.queue",
              "contributions.answer", "strategy.show", "strategy.action", "strategy.dashboard", "strategy.ideas"]


# Screenshots for a person of each kind (the elected official's and the administrator's pages look
# like the participant's and the facilitator's); every page type is checked for every role above.
SCREENSHOT_ROLES = ("visitor", "participant", "facilitator")


@pytest.mark.parametrize("width", WIDTHS)
def test_screenshots_of_the_main_pages(browser, live_server, reachable, width):
    for old in SCREENSHOTS.glob(f"*-{width}.png"):
        old.unlink()
    taken = 0
    for role, pages in reachable.items():
        if role not in SCREENSHOT_ROLES:
            continue
        context = browser.new_context(base_url=live_server.url, viewport={"width": WIDTHS[width], "height": 900})
        page = context.new_page()
        if role in ACCOUNTS:
            page.goto("/compte/connexion")
            page.fill("#email", ACCOUNTS[role])
            page.fill("#password", "concerto-demo")
            page.click("main button[type=submit]")
        for endpoint in MAIN_PAGES:
            if endpoint in pages:
                page.goto(pages[endpoint][0])
                fits(page)
                shoot(page, role, endpoint.replace(".", "-"), width)
                taken += 1
        context.close()
    assert taken >= 24


def test_the_accessibility_statement_tells_the_results_of_these_checks(reachable):
    """Runs after the checks above: the statement's figures are those of this run."""
    report = json.loads(REPORT.read_text())
    claims = json.loads((ROOT / "app" / "data" / "accessibility.json").read_text())
    package = json.loads((ROOT / "package.json").read_text())["devDependencies"]
    assert claims["axe_violations"] == report["axe"]["violations"] == 0
    assert claims["html_errors"] == report["html"]["errors"] == 0
    assert claims["page_types"] == report["axe"]["page_types"]
    assert claims["pages_checked"] == report["axe"]["pages_checked"]
    assert (claims["axe_core"], claims["vnu"]) == (package["axe-core"], package["vnu-jar"])
