import re

import pytest
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
    assert (workshop.starts_on.isoformat(), workshop.start_time.isoformat()) == ("2026-12-04", "09:30:00")
    assert workshop.status == WorkshopStatus.DRAFT and workshop.key == "une-destination-toute-l-annee"
    for title in ("Hiver", "Printemps", "Automne"):
        assert client.post(f"/c/assises/ateliers/{workshop.id}/missions/nouvelle",
                           data={"title": title, "instructions": "Imaginez **la saison**.", "is_open": "y"}).status_code == 302
    html = text_of(client.get(f"/c/assises/ateliers/{workshop.id}"))
    assert mission_titles(html) == ["Hiver", "Printemps", "Automne"]
    assert "<strong>la saison</strong>" in html and "Brouillon" in html and "vendredi 4 décembre 2026 à 9h30" in html


def test_one_form_creates_the_workshop_its_missions_and_opens_it(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    form = client.get("/c/assises/ateliers/nouveau")
    assert form.status_code == 200 and text_of(form).count('name="missions-') == 6  # three rows, two fields each
    more = client.post("/c/assises/ateliers/nouveau", data={"title": "Vélo", "missions-0-title": "Itinéraires",
                                                            "add_row": "1"})
    html = text_of(more)
    assert more.status_code == 200 and 'name="missions-3-title"' in html and 'value="Itinéraires"' in html
    assert db.session.scalar(sa.select(sa.func.count(Workshop.id)).where(Workshop.title == "Vélo")) == 0
    response = client.post("/c/assises/ateliers/nouveau", data={
        "title": "Accueillir les cyclistes", "date": "4 novembre 2027", "time": "14h", "status": "open",
        "missions-0-title": "Les itinéraires", "missions-0-instructions": "Tracez **vos** boucles.",
        "missions-1-title": "", "missions-1-instructions": "",
        "missions-2-title": "Les services", "missions-2-instructions": "",
        "missions-3-title": "La communication"})
    assert response.status_code == 302
    workshop = db.session.scalar(sa.select(Workshop).where(Workshop.title == "Accueillir les cyclistes"))
    assert response.headers["Location"].endswith(f"/ateliers/{workshop.id}")
    assert workshop.status == WorkshopStatus.OPEN and workshop.starts_on.isoformat() == "2027-11-04"
    missions = db.session.scalars(sa.select(Mission).where(Mission.workshop_id == workshop.id)
                                  .order_by(Mission.position)).all()
    assert [(m.position, m.key, m.title, m.is_open) for m in missions] == [
        (1, "les-itineraires", "Les itinéraires", True), (2, "les-services", "Les services", True),
        (3, "la-communication", "La communication", True)]
    page = text_of(client.get(response.headers["Location"]))
    assert "ses 3 missions" in page and mission_titles(page) == ["Les itinéraires", "Les services", "La communication"]
    assert "Ouvert aux contributions" in page and "jeudi 4 novembre 2027 à 14h00" in page


@pytest.mark.parametrize("typed,day", [("04/11/2022", "2022-11-04"), ("4 novembre 2022", "2022-11-04"),
                                       ("2022-11-04", "2022-11-04"), ("1er décembre 2026", "2026-12-01"),
                                       ("mardi 4 nov. 2022", "2022-11-04")])
def test_dates_typed_the_french_way_or_by_a_date_picker(client, login, app, typed, day):
    s = factories.scene()
    login(s.facilitator)
    assert client.post("/c/assises/ateliers/nouveau", data={"title": "Daté", "date": typed, "status": "draft"}
                       ).status_code == 302
    assert db.session.scalar(sa.select(Workshop.starts_on).where(Workshop.title == "Daté")).isoformat() == day


@pytest.mark.parametrize("field,typed,message", [
    ("date", "31/02/2022", "La date « 31/02/2022 » n&#39;existe pas."),
    ("date", "demain", "écrivez-la comme 4 novembre 2022 ou 04/11/2022"),
    ("time", "25h", "écrivez-la comme 14h, 14h30 ou 14:30"),
])
def test_an_unreadable_date_says_which_form_is_expected(client, login, app, field, typed, message):
    s = factories.scene()
    login(s.facilitator)
    response = client.post("/c/assises/ateliers/nouveau", data={"title": "Mal daté", field: typed,
                                                                "missions-0-title": "Gardée", "status": "draft"})
    html = text_of(response)
    assert response.status_code == 400 and message in html and f'href="#{field}"' in html
    assert 'value="Gardée"' in html and f'value="{typed}"' in html  # what was typed is kept


def test_a_mission_row_with_instructions_needs_a_title(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    response = client.post("/c/assises/ateliers/nouveau", data={
        "title": "Sans intitulé", "status": "draft", "missions-1-instructions": "Une consigne orpheline"})
    html = text_of(response)
    assert response.status_code == 400 and 'href="#missions-1-title"' in html and "Mission 2 : intitulé" in html
    assert db.session.scalar(sa.select(sa.func.count(Workshop.id)).where(Workshop.title == "Sans intitulé")) == 0


def test_a_workshop_with_no_time_shows_no_time(client, login, app):
    s = factories.scene()
    workshop = factories.workshop(s.consultation, title="Sans heure", start_time=None)
    db.session.commit()
    html = text_of(client.get(f"/c/assises/ateliers/{workshop.id}"))
    assert "dimanche 4 octobre 2026" in html and "00h00" not in html and 'datetime="2026-10-04"' in html
    login(s.facilitator)
    edit = text_of(client.get(f"/c/assises/ateliers/{workshop.id}/modifier"))
    assert 'value="4 octobre 2026"' in edit and 'name="time" type="text" value=""' in edit


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
