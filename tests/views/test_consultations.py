import re

import sqlalchemy as sa

from app.extensions import db
from app.models import Attendance, Consultation, Membership, Role, Sector, User, Visibility
from app.services import consultations

from .. import factories
from ..conftest import text_of


def test_admin_creates_a_consultation(client, login, app):
    admin = factories.admin()
    db.session.commit()
    login(admin)
    preview = client.post("/concertations/nouvelle", data={"title": "Assises", "description": "**Gras**",
                                                          "visibility": "public", "preview": "1"})
    assert preview.status_code == 200 and "<strong>Gras</strong>" in text_of(preview)
    assert db.session.scalar(sa.select(sa.func.count(Consultation.id))) == 0
    response = client.post("/concertations/nouvelle", data={"title": "Assises du tourisme — Uzès", "territory": "Uzès",
                                                           "description": "Bienvenue", "visibility": "members",
                                                           "join_code": "uzes 2026"})
    assert response.status_code == 302
    consultation = db.session.scalar(sa.select(Consultation))
    assert (consultation.slug, consultation.join_code, consultation.visibility) == (
        "assises-du-tourisme-uzes", "UZES2026", Visibility.MEMBERS)
    taken = client.post("/concertations/nouvelle", data={"title": "Autre", "visibility": "public", "join_code": "UZES2026"})
    assert taken.status_code == 400 and "déjà pris" in text_of(taken)


def test_join_by_short_link_and_by_code(client, login, app):
    s = factories.scene()
    login(s.outsider)
    page = client.get(f"/j/{s.consultation.join_code}")
    assert page.status_code == 200 and "Rejoindre la concertation" in text_of(page)
    assert db.session.scalar(sa.select(sa.func.count(Membership.id)).where(Membership.user_id == s.outsider.id)) == 0
    joined = client.post(f"/j/{s.consultation.join_code}")
    assert joined.status_code == 302
    assert client.post(f"/j/{s.consultation.join_code}").status_code == 302  # twice changes nothing
    assert db.session.scalar(sa.select(Membership.role).where(Membership.user_id == s.outsider.id)) == Role.PARTICIPANT
    by_code = client.post("/rejoindre", data={"code": " copil1 "})
    assert by_code.status_code == 302 and by_code.headers["Location"].endswith("/j/COPIL1")
    wrong = client.post("/rejoindre", data={"code": "NOPE"})
    assert wrong.status_code == 400 and "Aucune concertation ni aucune salle n&#39;a ce code" in text_of(wrong)


def test_a_visitor_following_the_link_registers_and_lands_in_the_concertation(client, app):
    s = factories.scene()
    page = client.get(f"/j/{s.private.join_code}")
    assert page.status_code == 200 and "Créer un compte" in text_of(page)
    response = client.post(f"/compte/inscription?next=/j/{s.private.join_code}", data={
        "email": "neo@exemple.fr", "display_name": "Néo", "sector": "restauration",
        "password": "un mot de passe long", "password_confirm": "un mot de passe long"})
    # Logged in and a member at once, without typing the password again.
    assert response.status_code == 302 and response.headers["Location"].endswith("/c/copil/")
    home = client.get("/c/copil/")
    assert home.status_code == 200 and "vous avez rejoint « Comité de pilotage »" in text_of(home)
    user_id = db.session.scalar(sa.select(User.id).where(User.email == "neo@exemple.fr"))
    assert db.session.scalar(sa.select(Membership.role).where(Membership.user_id == user_id,
                                                              Membership.consultation_id == s.private.id)) == Role.PARTICIPANT


def test_members_only_consultations_are_invisible(client, login, app):
    s = factories.scene()
    assert client.get("/c/copil/").status_code == 404
    assert "Comité de pilotage" not in text_of(client.get("/"))
    login(s.outsider)
    assert client.get("/c/copil/").status_code == 404
    assert client.get(f"/c/copil/contributions/{s.private_contribution.id}").status_code == 404
    login(s.private_member)
    assert client.get("/c/copil/").status_code == 200
    assert "Comité de pilotage" in text_of(client.get("/"))


def test_home_shows_figures_workshops_and_highlights(client, app):
    factories.scene()
    html = text_of(client.get("/c/assises/"))
    assert "En chiffres" in html and "Parcours client" in html and "Une navette vers le Pont du Gard" in html
    assert "Atelier en préparation" not in html  # a draft is for facilitators only
    figures = dict(re.findall(r"<dt>([^<]+)</dt><dd>(\d+)</dd>", html))
    assert figures["participant·es"] == "4" and figures["contribution"] == "1" and figures["commentaire"] == "1"


def test_facilitators_give_roles(client, login, app):
    s = factories.scene()
    membership = db.session.scalar(sa.select(Membership).where(Membership.user_id == s.other.id))
    login(s.facilitator)
    page = client.get("/c/assises/membres?q=olivier")
    assert "Olivier Autre" in text_of(page) and "Paula" not in text_of(page)
    response = client.post(f"/c/assises/membres/{membership.id}/role", data={"role": "elected"})
    assert response.status_code == 302
    db.session.refresh(membership)
    assert membership.role == Role.ELECTED
    login(s.elected)
    assert client.post(f"/c/assises/membres/{membership.id}/role", data={"role": "facilitator"}).status_code == 403


def test_directory_filters_by_sector_and_respects_the_choice_to_hide(client, login, app):
    s = factories.scene()
    s.other.sector = Sector.RESTAURATION
    s.elected.show_in_directory = False
    db.session.add(Attendance(workshop_id=s.workshop.id, user_id=s.other.id))
    db.session.commit()
    login(s.participant)
    html = text_of(client.get("/c/assises/qui-est-qui"))
    names = re.findall(r'class="person__name">([^<]+)<', html)
    assert sorted(names) == ["Fanny Animatrice", "Olivier Autre", "Paula Participante"]  # not the hidden elected
    assert "dehors@exemple.fr" not in html and "participant@exemple.fr" not in html  # e-mails never shown
    filtered = text_of(client.get("/c/assises/qui-est-qui?secteur=restauration"))
    assert re.findall(r'class="person__name">([^<]+)<', filtered) == ["Olivier Autre"]
    assert "Parcours client" in filtered  # the workshops attended


def test_themes_are_managed_by_facilitators(client, login, app):
    s = factories.scene()
    s.contribution.themes.append(s.theme)
    db.session.commit()
    login(s.facilitator)
    assert client.post("/c/assises/themes", data={"name": "Numérique"}).status_code == 302
    duplicate = client.post("/c/assises/themes", data={"name": "numérique"})
    assert duplicate.status_code == 400 and "existe déjà" in text_of(duplicate)
    assert client.post(f"/c/assises/themes/{s.theme.id}", data={"name": "Vélo"}).status_code == 302
    confirm = client.get(f"/c/assises/themes/{s.theme.id}/supprimer")
    assert "1 contribution porte ce thème" in text_of(confirm)
    assert client.post(f"/c/assises/themes/{s.theme.id}/supprimer").status_code == 302
    assert [t.name for t in s.consultation.themes] == ["Numérique"]
    db.session.refresh(s.contribution)
    assert s.contribution.themes == [] and s.contribution.title  # the contribution stays


def test_the_directory_is_paged_in_french_name_order(client, login, app):
    s = factories.scene()
    for i in range(55):
        factories.member(s.consultation, display_name=f"Zoé {i:02d}" if i % 2 else f"Élodie {i:02d}")
    db.session.commit()
    login(s.participant)
    first = text_of(client.get("/c/assises/qui-est-qui"))
    names = re.findall(r'class="person__name">([^<]+)<', first)
    assert len(names) == 48 and "59 membres" in first
    assert names[:3] == ["Élie Élu", "Élodie 00", "Élodie 02"]  # É sorts with E, before F
    next_url = re.search(r'rel="next" href="([^"]+)"', first).group(1).replace("&amp;", "&")
    rest = re.findall(r'class="person__name">([^<]+)<', text_of(client.get(next_url)))
    assert len(rest) == 11 and not set(rest) & set(names)


def test_a_member_who_changes_name_moves_in_the_who_s_who(client, login, app):
    s = factories.scene()
    db.session.commit()
    login(s.other)
    assert client.post("/compte/profil", data={
        "display_name": "Aaron <b>Ümlaut</b>", "organisation": "", "sector": "autre", "commune": "",
        "show_in_directory": "y"}).status_code == 302
    login(s.participant)
    names = re.findall(r'class="person__name">([^<]+)<', text_of(client.get("/c/assises/qui-est-qui")))
    assert names[0] == "Aaron &lt;b&gt;Ümlaut&lt;/b&gt;"  # first in name order, shown as text
    login(s.facilitator)
    members = text_of(client.get("/c/assises/membres"))
    assert members.index("Aaron &lt;b&gt;") < members.index("Élie Élu")


def test_a_long_who_s_who_counts_up_to_a_limit(client, login, app, monkeypatch):
    s = factories.scene()
    db.session.commit()
    monkeypatch.setattr(consultations, "COUNT_LIMIT", 2)
    login(s.participant)
    html = text_of(client.get("/c/assises/qui-est-qui"))
    assert "Plus de 2 membres" in html
    shown = len(re.findall(r'class="person__name">', html))
    assert shown > 2  # the list itself is not cut
    monkeypatch.setattr(consultations, "COUNT_LIMIT", 1000)
    assert f"{shown} membres" in text_of(client.get("/c/assises/qui-est-qui"))
