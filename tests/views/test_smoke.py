"""Every page of the scene renders for every role without a server error."""
import pytest

from .. import factories
from ..conftest import text_of


def pages(s):
    c, w, m, k = s.consultation, s.workshop, s.mission, s.contribution
    return [
        "/", "/rejoindre", f"/j/{c.join_code}", f"/c/{c.slug}/", f"/c/{c.slug}/contributions",
        f"/c/{c.slug}/contributions?tri=hasard", f"/c/{c.slug}/contributions?tri=plus-aimees&q=navette",
        f"/c/{c.slug}/qui-est-qui", f"/c/{c.slug}/membres", f"/c/{c.slug}/themes",
        f"/c/{c.slug}/ateliers/{w.id}", f"/c/{c.slug}/ateliers/{w.id}/contributions",
        f"/c/{c.slug}/ateliers/{w.id}/missions/{m.id}", f"/c/{c.slug}/contributions/{k.id}",
        f"/c/{c.slug}/ateliers/{w.id}/contribuer", f"/c/{c.slug}/ateliers/{w.id}/modifier",
        f"/c/{c.slug}/ateliers/nouveau", f"/c/{c.slug}/modifier", "/concertations/nouvelle",
        "/compte/profil", "/compte/mot-de-passe",
    ]


@pytest.mark.parametrize("role", ["anonymous", "participant", "elected", "facilitator", "admin", "outsider"])
def test_pages_render(app, client, login, role):
    s = factories.scene()
    if role != "anonymous":
        login(getattr(s, role))
    for url in pages(s):
        response = client.get(url)
        assert response.status_code < 500, (url, text_of(response)[:2000])
        assert response.status_code in (200, 302, 403, 404), (url, response.status_code)
