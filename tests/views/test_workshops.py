import re

import sqlalchemy as sa

from app.extensions import db
from app.models import Attendance, Mission, Workshop, WorkshopStatus

from .. import factories
from ..conftest import text_of


def mission_titles(html):
    return re.findall(r'<span class="mission__title">([^<]+)</span>', html)


def test_facilitator_creates_a_workshop_with_missions(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    response = client.post("/c/assises/ateliers/nouveau", data={
        "title": "Une destination toute l'année", "date": "2026-12-04", "time": "09:30", "place": "Lussan",
        "description": "Le **tourisme des quatre saisons**.", "status": "draft"})
    assert response.status_code == 302
    workshop = db.session.scalar(sa.select(Workshop).where(Workshop.title == "Une destination toute l'année"))
    assert workshop.starts_at.isoformat() == "2026-12-04T09:30:00" and workshop.status == WorkshopStatus.DRAFT
    for title in ("Hiver", "Printemps", "Automne"):
        assert client.post(f"/c/assises/ateliers/{workshop.id}/missions/nouvelle",
                           data={"title": title, "instructions": "Imaginez **la saison**.", "is_open": "y"}).status_code == 302
    html = text_of(client.get(f"/c/assises/ateliers/{workshop.id}"))
    assert mission_titles(html) == ["Hiver", "Printemps", "Automne"]
    assert "<strong>la saison</strong>" in html and "Brouillon" in html and "4 décembre 2026" in html


def test_a_draft_workshop_is_for_facilitators_only(client, login, app):
    s = factories.scene()
    url = f"/c/assises/ateliers/{s.draft.id}"
    assert client.get(url).status_code == 404
    login(s.participant)
    assert client.get(url).status_code == 404
    login(s.facilitator)
    assert client.get(url).status_code == 200


def test_missions_are_reordered_opened_and_closed(client, login, app):
    s = factories.scene()
    third = factories.mission(s.workshop, title="Vendre")
    db.session.commit()
    login(s.facilitator)
    base = f"/c/assises/ateliers/{s.workshop.id}"
    assert mission_titles(text_of(client.get(base))) == ["Exister", "Fidéliser", "Vendre"]
    client.post(f"{base}/missions/{third.id}/deplacer", data={"sens": "haut"})
    assert mission_titles(text_of(client.get(base))) == ["Exister", "Vendre", "Fidéliser"]
    client.post(f"{base}/missions/{s.mission.id}/deplacer", data={"sens": "haut"})  # already first: no change
    client.post(f"{base}/missions/{s.mission.id}/deplacer", data={"sens": "bas"})
    assert mission_titles(text_of(client.get(base))) == ["Vendre", "Exister", "Fidéliser"]
    client.post(f"{base}/missions/{s.mission.id}/ouverture", data={"ouvrir": "0"})
    client.post(f"{base}/missions/{s.closed_mission.id}/ouverture", data={"ouvrir": "1"})
    assert db.session.get(Mission, s.mission.id).is_open is False
    assert db.session.get(Mission, s.closed_mission.id).is_open is True
    login(s.participant)
    refused = client.get(f"/c/assises/ateliers/{s.workshop.id}/contribuer?mission={s.mission.id}")
    options = re.findall(r'<option[^>]*value="(\d*)"', text_of(refused))
    assert str(s.mission.id) not in options and str(s.closed_mission.id) in options  # only open missions


def test_workshop_page_shows_each_mission_with_its_contributions(client, app):
    s = factories.scene()
    for i in range(5):
        factories.contribution(s.workshop, author=s.other, mission=s.mission, title=f"Piste {i}", likes=i)
    db.session.commit()
    html = text_of(client.get(f"/c/assises/ateliers/{s.workshop.id}"))
    assert "Voir les 6 contributions" in html and "Piste 4" in html and "Piste 0" not in html  # the top three
    assert "Aucune contribution pour cette mission" in html  # the closed one


def test_attendance_is_recorded_by_facilitators_and_by_members(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    base = f"/c/assises/ateliers/{s.workshop.id}"
    assert client.post(f"{base}/presences", data={"attendees": [s.other.id, s.outsider.id]}).status_code == 400
    client.post(f"{base}/presences", data={"attendees": [s.other.id]})
    login(s.participant)
    client.post(f"{base}/ma-presence", data={"present": "1"})
    ids = set(db.session.scalars(sa.select(Attendance.user_id)))
    assert ids == {s.other.id, s.participant.id}
    assert "2 participant·es" in text_of(client.get(base))
