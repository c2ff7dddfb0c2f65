"""A sample of the hostile strings, posted through the forms and then read in Chromium: no
dialog ever opens (the payloads call alert, confirm or prompt when they manage to run)."""
import re

import pytest

from ..security.payloads import sample
from .conftest import ACCOUNTS, sign_in

pytestmark = pytest.mark.browser


def test_no_payload_runs_in_the_browser(open_page, live_server, demo):
    page = open_page("desktop")
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    sign_in(page, ACCOUNTS["participant"])
    workshop_id = live_server.scalar(
        "SELECT w.id FROM workshops w JOIN consultations c ON c.id = w.consultation_id "
        "WHERE c.slug = :s AND w.status = 'open' ORDER BY w.id", s=demo["slug"])
    form_url = f"/c/{demo['slug']}/ateliers/{workshop_id}/contribuer"
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page.request.get(form_url).text()).group(1)
    posted = []
    for payload in sample(60, seed=11):
        response = page.request.post(form_url, form={"csrf_token": token, "mission": "", "title": payload[:140],
                                                     "body": payload[:5000], "proches": "vues"}, max_redirects=0)
        if response.status == 302:
            posted.append(response.headers["location"])
            page.request.post(response.headers["location"].split("#")[0] + "/commentaires",
                              form={"csrf_token": token, "body": payload[:2000]}, max_redirects=0)
    assert len(posted) >= 50
    for start in range(0, 60, 20):
        page.goto(f"/c/{demo['slug']}/contributions?tri=recentes")
        for _ in range(start // 20):
            page.click("a[rel=next]")
        page.wait_for_timeout(100)
    for url in posted[:: 3]:
        page.goto(url)
    page.goto(f"/c/{demo['slug']}/ateliers/{workshop_id}")
    page.wait_for_timeout(300)
    assert dialogs == []
