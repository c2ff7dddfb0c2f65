"""The strategy in the browser's terms: facilitators write it through forms (no JavaScript),
everyone who reads the consultation reads it, numbered, with each action's page."""
import html
import re

import sqlalchemy as sa

from app.extensions import db
from app.models import Action, ActionEvent, Axis, Objective, Priority, ProgressState, Role, Strategy
from app.services import strategy
from app.services.permissions import access_for

from .. import factories
from ..conftest import text_of as raw_text

HOSTILE = '<script>alert("x")</script> Sentier « des Camisards » 🥾'


def text_of(response) -> str:
    return html.unescape(raw_text(response))


def test_a_facilitator_builds_a_strategy_from_nothing_with_forms(client, login):
    s = factories.scene()
    db.session.delete(s.strategy)
    db.session.commit()
    login(s.facilitator)
    page = client.get("/c/assises/strategie/")
    assert "Créer la stratégie" in text_of(page)
    response = client.post("/c/assises/strategie/parametres", data={
        "title": "Plan d'action 2025-2027", "first_year": "2025", "last_year": "2027", "priority_label": "",
        "axis_label": "Axe", "objective_label": "Objectif", "action_label": "Action"})
    assert response.status_code == 302
    created = db.session.scalar(sa.select(Strategy).where(Strategy.consultation_id == s.consultation.id))
    assert (created.axis_label, created.has_priorities) == ("axe", False)
    assert client.post("/c/assises/strategie/chantier/nouveau", data={"title": "Promotion"}).status_code == 302
    axis = db.session.scalar(sa.select(Axis).where(Axis.strategy_id == created.id))
    assert client.post("/c/assises/strategie/objectif/nouveau",
                       data={"parent": str(axis.id), "title": "Mieux communiquer",
                             "description": "Des supports communs."}).status_code == 302
    objective = db.session.scalar(sa.select(Objective).where(Objective.axis_id == axis.id))
    response = client.post("/c/assises/strategie/action/nouveau", data={
        "parent": str(objective.id), "title": HOSTILE, "owner": "Office de tourisme",
        "partners": "Gard Tourisme, CCI du Gard", "description": "**Un guide** par saison."})
    assert response.status_code == 302
    action = db.session.scalar(sa.select(Action).where(Action.strategy_id == created.id))
    assert response.headers["Location"].endswith(f"/c/assises/strategie/actions/{action.id}")
    shown = client.get(response.headers["Location"])
    assert "<script>alert" not in raw_text(shown) and "&lt;script&gt;" in raw_text(shown)
    assert "Action 1.1" in text_of(shown) and "Gard Tourisme" in text_of(shown)
    assert "<strong>Un guide</strong>" in raw_text(shown)
    strategy_page = text_of(client.get("/c/assises/strategie/"))
    assert "Axe 1" in strategy_page and "Objectif 1.A" in strategy_page and "1.1" in strategy_page


def test_the_level_forms_refuse_what_they_should_with_status_400(client, login):
    s = factories.scene()
    login(s.facilitator)
    response = client.post("/c/assises/strategie/action/nouveau", data={"parent": str(s.objective.id), "title": ""})
    assert response.status_code == 400 and "Champ obligatoire" in text_of(response)
    response = client.post("/c/assises/strategie/action/nouveau", data={"parent": "", "title": "Sans objectif"})
    assert response.status_code == 400 and "Choisissez un objectif" in text_of(response)
    response = client.post("/c/assises/strategie/action/nouveau", data={"parent": str(s.private_action.objective_id),
                                                                        "title": "Dans une autre concertation"})
    assert response.status_code == 400
    response = client.post("/c/assises/strategie/parametres", data={
        "title": "Plan", "first_year": "2027", "last_year": "2025", "axis_label": "axe", "objective_label": "o",
        "action_label": "a"})
    assert response.status_code == 400 and "La dernière année suit la première" in text_of(response)
    response = client.post(f"/c/assises/strategie/action/{s.action.id}/modifier",
                           data={"parent": str(s.objective.id), "title": "x" * 301})
    assert response.status_code == 400 and "300 caractères au plus" in text_of(response)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Action)) == 2  # the scene's two


def test_editing_an_action_keeps_its_history_and_moves_it(client, login):
    s = factories.scene()
    other = Objective(axis_id=s.axis.id, position=2, title="Autre objectif")
    db.session.add(other)
    db.session.commit()
    login(s.facilitator)
    form = client.get(f"/c/assises/strategie/action/{s.action.id}/modifier")
    assert form.status_code == 200 and "Action numéro 1" in text_of(form)
    response = client.post(f"/c/assises/strategie/action/{s.action.id}/modifier", data={
        "parent": str(other.id), "title": "Action renommée", "owner": "Office de tourisme", "partners": "Région"})
    assert response.status_code == 302
    db.session.expire_all()
    action = db.session.get(Action, s.action.id)
    assert (action.title, action.objective_id, [p.name for p in action.partners]) == ("Action renommée", other.id,
                                                                                      ["Région"])
    event = db.session.scalar(sa.select(ActionEvent).where(ActionEvent.action_id == action.id))
    assert event.kind == "edited" and event.data["changed"]["title"] == ["Action numéro 1", "Action renommée"]
    page = text_of(client.get(f"/c/assises/strategie/actions/{action.id}"))
    assert "Fanny Animatrice (animation) a modifié cette action." in page
    assert "Action 1.1" in page  # first (and only) action of the axis's second objective: numbered in its axis


def test_moving_and_deleting_through_the_editing_page(client, login):
    s = factories.scene()
    second = Action(strategy_id=s.strategy.id, objective_id=s.objective.id, position=2, key="deux", title="Deuxième")
    second.partners = []
    db.session.add(second)
    db.session.commit()
    login(s.facilitator)
    editing = text_of(client.get("/c/assises/strategie/?edition=1"))
    assert "Monter" in editing and "Descendre" in editing and "Ajouter un·e action à cet objectif" in editing
    response = client.post(f"/c/assises/strategie/action/{second.id}/deplacer", data={"offset": "-1"})
    assert response.status_code == 302 and "edition=1" in response.headers["Location"]
    db.session.expire_all()
    assert db.session.get(Action, second.id).position == 1
    confirm = client.get(f"/c/assises/strategie/objectif/{s.objective.id}/supprimer")
    assert "déplacez-les ou supprimez-les d'abord" in text_of(confirm)
    assert client.post(f"/c/assises/strategie/objectif/{s.objective.id}/supprimer").status_code == 400
    confirm = client.get(f"/c/assises/strategie/action/{second.id}/supprimer")
    assert "Maintenant" in text_of(confirm) and db.session.get(Action, second.id) is not None  # a GET changes nothing
    assert client.post(f"/c/assises/strategie/action/{second.id}/supprimer").status_code == 302
    db.session.expire_all()
    assert db.session.get(Action, second.id) is None and db.session.get(Action, s.action.id).position == 1


def test_everyone_who_reads_the_consultation_reads_the_strategy_without_its_controls(client, login):
    s = factories.scene()
    who = access_for(s.facilitator, s.consultation, Role.FACILITATOR)
    strategy.set_progress(who, s.strategy, s.action, 2026, strategy.YearState(ProgressState.OUTSIDE_CAUSE, "COVID",
                                                                             note="Sites fermés."))
    db.session.commit()
    for person in (None, s.participant, s.elected):
        client.post("/compte/deconnexion")
        if person is not None:
            login(person)
        page = text_of(client.get("/c/assises/strategie/?edition=1"))
        assert "Enjeu 1" in page and "Chantier 1" in page and "Action numéro 1" in page
        assert "Monter" not in page and "Modifier la stratégie" not in page
        action = text_of(client.get(f"/c/assises/strategie/actions/{s.action.id}"))
        assert "Non réalisée (COVID)" in action and "Sites fermés." in action
    assert client.get("/c/copil/strategie/").status_code == 404  # private means invisible


def test_the_consultation_links_to_its_strategy(client):
    factories.scene()
    db.session.commit()
    assert 'href="/c/assises/strategie/"' in raw_text(client.get("/c/assises/"))


def test_a_consultation_without_enjeux_shows_its_axes_as_the_top_level(client):
    s = factories.scene()
    for priority in db.session.scalars(sa.select(Priority).where(Priority.strategy_id == s.strategy.id)):
        db.session.delete(priority)
    s.strategy.priority_label = ""
    db.session.commit()
    page = raw_text(client.get("/c/assises/strategie/"))
    assert "Enjeu" not in page and '<h2 id="chantier-' in page


PLAN = ("Axes;Objectifs;Actions;2025;2026;Porteur\n"
        "Axe 1 : Promotion;Mieux communiquer;Un guide de destination;réalisée;en cours;Office de tourisme\n"
        "Axe 1 : Promotion;Mieux communiquer;Un site refondu;X;X;Office de tourisme\n")


def _upload(client, content: bytes, name="plan.csv"):
    import io
    return client.post("/c/assises/strategie/importer", data={"file": (io.BytesIO(content), name)},
                       content_type="multipart/form-data")


def _token(response) -> str:
    import re
    return re.search(r'name="token" type="hidden" value="([^"]+)"', raw_text(response)).group(1)


def test_a_plan_is_previewed_its_columns_adjusted_then_imported_once(client, login):
    s = factories.scene()
    login(s.facilitator)
    actions_before = db.session.scalar(sa.select(sa.func.count()).select_from(Action))
    preview = _upload(client, PLAN.encode("cp1252"))
    assert preview.status_code == 200, text_of(preview)[:500]
    page = text_of(preview)
    assert "Rien n'est encore enregistré" in page and "2 actions" in page and "Colonnes des années : 2025, 2026" in page
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Action)) == actions_before
    # « Porteur » was guessed as the maîtrise d'ouvrage; the facilitator says it is the operator.
    assert 'id="col-owner"' in raw_text(preview) and '<option value="5" selected>Porteur</option>' in raw_text(preview)
    token = _token(preview)
    columns = {"col-axis": "0", "col-objective": "1", "col-action": "2", "col-operator": "5"}
    again = client.post("/c/assises/strategie/importer", data={"token": token, "go": "preview", **columns})
    assert again.status_code == 200 and db.session.scalar(sa.select(sa.func.count()).select_from(Action)) == \
        actions_before
    done = client.post("/c/assises/strategie/importer", data={"token": token, "go": "import", **columns})
    assert done.status_code == 302 and done.headers["Location"].endswith("/c/assises/strategie/")
    guide = db.session.scalar(sa.select(Action).where(Action.title == "Un guide de destination"))
    assert (guide.operator, guide.owner) == ("Office de tourisme", "")
    # The same file with the same columns again: nothing to change, and no button to import.
    second = _upload(client, PLAN.encode("utf-8"))
    third = client.post("/c/assises/strategie/importer", data={"token": _token(second), "go": "preview", **columns})
    assert "Rien à changer" in text_of(third) and 'value="import"' not in raw_text(third)


def test_a_plan_with_bad_rows_lists_them_all_and_writes_nothing(client, login):
    s = factories.scene()
    login(s.facilitator)
    bad = PLAN + ";Mieux communiquer;Sans axe;X;\nAxe 2;Objectif;Une action;peut-être;\n"
    response = _upload(client, bad.encode())
    page = re.sub(r"<[^>]+>", "", text_of(response))
    assert response.status_code == 400
    assert "contient 2 erreurs : rien n'est importé" in page
    assert "Ligne 4, colonne « Axes » : l'axe de l'action est vide." in page
    assert "Ligne 5, colonne « 2025 » : « peut-être » n'est pas un état" in page
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Action)) == 2
    assert "Envoyer un autre fichier" in page  # the columns can still be chosen, or the file sent again
    not_a_table = _upload(client, b"\x00\x01\x02 pas un tableur", "plan.xls")
    assert not_a_table.status_code == 400 and "ni un tableur XLSX" in text_of(not_a_table)


def test_a_token_that_is_not_ours_sends_the_file_again(client, login):
    s = factories.scene()
    login(s.facilitator)
    response = client.post("/c/assises/strategie/importer", data={"token": "faux", "go": "import"})
    assert response.status_code == 302 and response.headers["Location"].endswith("/strategie/importer")
