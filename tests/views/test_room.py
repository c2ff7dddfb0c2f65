"""The workshop's room, as facilitators use it: post-its typed in one after the other, workshop
files and spreadsheets imported after a preview, a workshop exported as a file."""
import html as html_module
import io
import re
from pathlib import Path

import sqlalchemy as sa
from openpyxl import Workbook

from app.extensions import db
from app.models import Contribution, ContributionEvent, ContributionVector, EventKind, Like, Mission, Origin, Theme, Workshop

from .. import factories
from ..conftest import text_of as raw_text

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLE = ROOT / "workshops" / "gouvernance-uzes.md"


def text_of(response) -> str:
    """The page with its entities read (&#39; is ', as a reader sees it)."""
    return html_module.unescape(raw_text(response))


def _token(html: str) -> str:
    return re.search(r'name="token" type="hidden" value="([^"]+)"', html).group(1)


def _captured(workshop_id):
    return db.session.scalars(sa.select(Contribution).where(Contribution.workshop_id == workshop_id,
                                                            Contribution.origin != Origin.ONLINE)
                              .order_by(Contribution.id)).all()


# -- capture ----------------------------------------------------------------------------------

def test_a_facilitator_types_in_post_its_and_the_choices_stay(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    url = f"/c/assises/ateliers/{s.workshop.id}/saisie"
    page = client.get(url)
    assert page.status_code == 200 and 'autofocus' in text_of(page)
    response = client.post(url, data={"mission": s.mission.id, "group_label": "Groupe 2", "author_name": "",
                                      "themes": [s.theme.id], "text": "Une navette entre les gares et le pont."})
    assert response.status_code == 302
    # Back on the capture page with the mission, the group and the themes still chosen.
    again = text_of(client.get(response.headers["Location"]))
    assert f'<option selected value="{s.mission.id}">' in again and 'value="Groupe 2"' in again
    assert f'value="{s.theme.id}" checked' in again or f'checked id="themes-0" name="themes" type="checkbox" value="{s.theme.id}"' in again
    assert "Une navette entre les gares et le pont." in again  # in the last captures
    (post_it,) = _captured(s.workshop.id)
    assert (post_it.title, post_it.group_label, post_it.author_id, post_it.origin, post_it.mission_id) == (
        "Une navette entre les gares et le pont.", "Groupe 2", None, Origin.ROOM, s.mission.id)
    assert [t.name for t in post_it.themes] == ["Mobilités douces"] and post_it.key.startswith("saisie-")
    event = db.session.scalar(sa.select(ContributionEvent).where(ContributionEvent.contribution_id == post_it.id))
    assert (event.kind, event.actor_id) == (EventKind.CAPTURED, s.facilitator.id)
    assert db.session.get(Mission, s.mission.id).contribution_count == 2  # the kept counts follow


def test_the_capture_answers_json_for_the_page_script(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    url = f"/c/assises/ateliers/{s.workshop.id}/saisie"
    response = client.post(url, data={"mission": "", "text": "**Gras** et un lien https://exemple.fr",
                                      "author_name": "Marie Dupont"}, headers={"Accept": "application/json"})
    data = response.get_json()
    assert response.status_code == 200 and data["title"] == "Gras et un lien https://exemple.fr"
    assert 'class="capture-item"' in data["item"] and "Marie Dupont" in data["item"]
    refused = client.post(url, data={"text": "  "}, headers={"Accept": "application/json"})
    assert refused.status_code == 400 and "text" in refused.get_json()["errors"]


def test_twenty_post_its_a_minute_are_not_held_by_the_members_posting_limit(make_app):
    app = make_app(RATELIMIT_ENABLED=True, RATELIMIT_POST="3 per minute")
    with app.app_context():
        s = factories.scene()
        url, email = f"/c/assises/ateliers/{s.workshop.id}/saisie", s.facilitator.email
    client = app.test_client()
    client.post("/compte/connexion", data={"email": email, "password": factories.PASSWORD})
    codes = [client.post(url, data={"text": f"Post-it {i}"}).status_code for i in range(25)]
    assert codes == [302] * 25


def test_captured_post_its_show_on_the_boards_marked_and_can_be_liked_and_commented(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    client.post(f"/c/assises/ateliers/{s.workshop.id}/saisie",
                data={"mission": s.mission.id, "group_label": "Groupe 3", "author_name": "Léa",
                      "text": "Des vélos à assistance au départ des gîtes."})
    (post_it,) = _captured(s.workshop.id)
    board = text_of(client.get(f"/c/assises/ateliers/{s.workshop.id}/missions/{s.mission.id}"))
    assert "Post-it de l'atelier" in board and "Léa" in board and "Groupe 3" in board
    page = text_of(client.get(f"/c/assises/contributions/{post_it.id}"))
    assert "Post-it de l'atelier" in page and "a saisi ce post-it de l'atelier" in page
    login(s.other)
    assert client.post(f"/c/assises/contributions/{post_it.id}/aime", data={"aime": "1"}).status_code == 302
    assert client.post(f"/c/assises/contributions/{post_it.id}/commentaires",
                       data={"body": "Et des bornes de recharge."}).status_code == 302
    db.session.expire_all()
    assert (db.session.get(Contribution, post_it.id).like_count, db.session.get(Contribution, post_it.id).comment_count) == (1, 1)


def test_a_capture_is_undone_until_someone_likes_it(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    url = f"/c/assises/ateliers/{s.workshop.id}/saisie"
    client.post(url, data={"mission": s.mission.id, "text": "Une faute de frappe"})
    client.post(url, data={"mission": s.mission.id, "text": "Un bon post-it"})
    typo, good = _captured(s.workshop.id)
    assert client.post(f"{url}/{typo.id}/annuler").status_code == 302
    assert [c.id for c in _captured(s.workshop.id)] == [good.id]
    assert db.session.get(Mission, s.mission.id).contribution_count == 2
    db.session.add(Like(contribution_id=good.id, user_id=s.other.id))
    good.like_count = 1
    db.session.commit()
    assert client.post(f"{url}/{good.id}/annuler").status_code == 403  # someone liked it: nothing is lost
    assert client.post(f"{url}/{s.contribution.id}/annuler").status_code == 403  # posted online: never
    login(s.participant)
    assert client.get(url).status_code == 403


# -- workshop files ---------------------------------------------------------------------------

def _send_file(client, name, content, url="/c/assises/ateliers/importer"):
    return client.post(url, data={"file": (io.BytesIO(content), name)}, content_type="multipart/form-data")


def test_a_workshop_file_is_previewed_then_imported_and_a_second_time_changes_nothing(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    preview = _send_file(client, "gouvernance-uzes.md", EXAMPLE.read_bytes())
    html = text_of(preview)
    assert preview.status_code == 200 and "Rien n'est encore enregistré" in html
    assert "L'atelier « Gouvernance 3.0 : quelle organisation pour notre destination ? »" in html
    assert "42 post-it" in html and "Confirmer l'import" in html
    assert db.session.scalar(sa.select(sa.func.count(Workshop.id)).where(Workshop.key == "gouvernance")) == 0
    done = client.post("/c/assises/ateliers/importer", data={"token": _token(html)})
    assert done.status_code == 302
    workshop = db.session.scalar(sa.select(Workshop).where(Workshop.key == "gouvernance"))
    assert len(workshop.missions) == 3 and len(_captured(workshop.id)) == 42
    assert workshop.contribution_count == 42
    # Their vectors were computed once the answer was sent (the closing client runs that part).
    assert db.session.scalar(sa.select(sa.func.count(ContributionVector.id)).join(
        Contribution, Contribution.id == ContributionVector.contribution_id).where(
        Contribution.workshop_id == workshop.id)) == 42
    # A member likes and comments a post-it; then the same file comes again.
    post_it = _captured(workshop.id)[0]
    db.session.add(Like(contribution_id=post_it.id, user_id=s.other.id))
    post_it.like_count = 1
    db.session.commit()
    again = text_of(_send_file(client, "gouvernance-uzes.md", EXAMPLE.read_bytes()))
    assert "Rien à changer" in again and "42 post-it, inchangés" in again
    assert client.post("/c/assises/ateliers/importer", data={"token": _token(again)}).status_code == 302
    db.session.expire_all()
    assert len(_captured(workshop.id)) == 42 and db.session.get(Contribution, post_it.id).like_count == 1


def test_a_bad_workshop_file_shows_every_error_and_writes_nothing(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    before = db.session.scalar(sa.select(sa.func.count(Workshop.id)))
    response = _send_file(client, "atelier-velay.md", b"---\ntitre: Velay\ndate: 31/02/2022\nstatut: fini\n---\n")
    html = text_of(response)
    assert response.status_code == 400 and "contient 2 erreurs" in html
    assert "Ligne 3</strong>, date : la date « 31/02/2022 » n'existe pas." in html
    assert "Ligne 4</strong>, statut" in html and "Confirmer" not in html
    assert db.session.scalar(sa.select(sa.func.count(Workshop.id))) == before


def test_a_confirmation_token_is_good_for_its_sender_only(client, login, app):
    s = factories.scene()
    factories.member(s.consultation, factories.Role.FACILITATOR, email="autre.animation@exemple.fr")
    db.session.commit()
    login(s.facilitator)
    token = _token(text_of(_send_file(client, "g.md", EXAMPLE.read_bytes())))
    login(db.session.scalar(sa.select(factories.User).where(factories.User.email == "autre.animation@exemple.fr")))
    refused = client.post("/c/assises/ateliers/importer", data={"token": token})
    assert refused.status_code == 302 and db.session.scalar(sa.select(sa.func.count(Workshop.id)).where(
        Workshop.key == "gouvernance")) == 0
    forged = client.post("/c/assises/ateliers/importer", data={"token": token[:-4] + "AAAA"})
    assert forged.status_code == 302


def test_the_export_downloads_the_workshop_file_and_imports_back_unchanged(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    client.post("/c/assises/ateliers/importer",
                data={"token": _token(text_of(_send_file(client, "g.md", EXAMPLE.read_bytes())))})
    workshop = db.session.scalar(sa.select(Workshop).where(Workshop.key == "gouvernance"))
    exported = client.get(f"/c/assises/ateliers/{workshop.id}/fichier")
    assert exported.status_code == 200 and exported.headers["Content-Disposition"] == 'attachment; filename="gouvernance.md"'
    assert exported.mimetype == "text/markdown" and exported.headers["X-Content-Type-Options"] == "nosniff"
    client.post("/c/assises/ateliers/importer",
                data={"token": _token(text_of(_send_file(client, "gouvernance.md", exported.get_data())))})
    assert client.get(f"/c/assises/ateliers/{workshop.id}/fichier").get_data() == exported.get_data()
    # Posted online, a member's contribution never goes into the file.
    factories.contribution(workshop, author=s.other, title="Une idée en ligne")
    db.session.commit()
    assert "Une idée en ligne" not in client.get(f"/c/assises/ateliers/{workshop.id}/fichier").get_data(as_text=True)


def test_the_cli_imports_twice_and_exports_what_it_imported(runner, app, tmp_path):
    factories.scene()
    dry = runner.invoke(args=["workshops", "import", str(EXAMPLE), "--consultation", "assises", "--dry-run"])
    assert dry.exit_code == 0 and "serait créé" in dry.output and "42 à créer" in dry.output
    assert db.session.scalar(sa.select(sa.func.count(Workshop.id)).where(Workshop.key == "gouvernance")) == 0
    first = runner.invoke(args=["workshops", "import", str(EXAMPLE), "--consultation", "assises"])
    assert first.exit_code == 0 and "42 créés" in first.output
    assert db.session.scalar(sa.select(sa.func.count(ContributionVector.id))) == 42  # after the commit
    second = runner.invoke(args=["workshops", "import", str(EXAMPLE), "--consultation", "assises"])
    assert "Rien à changer" in second.output
    workshop_id = db.session.scalar(sa.select(Workshop.id).where(Workshop.key == "gouvernance"))
    out1, out2 = tmp_path / "1.md", tmp_path / "2.md"
    assert runner.invoke(args=["workshops", "export", str(workshop_id), "--output", str(out1)]).exit_code == 0
    runner.invoke(args=["workshops", "import", str(out1), "--consultation", "assises"])
    runner.invoke(args=["workshops", "export", str(workshop_id), "--output", str(out2)])
    assert out1.read_bytes() == out2.read_bytes()
    bad = tmp_path / "atelier-velay.md"
    bad.write_text("---\ntitre: Velay\ndate: 31/02/2022\n---\n", encoding="utf-8")
    failed = runner.invoke(args=["workshops", "import", str(bad), "--consultation", "assises"])
    assert failed.exit_code == 1
    assert "atelier-velay.md, ligne 3 : date : la date « 31/02/2022 » n'existe pas." in failed.output
    assert "1 erreur(s) : rien n'est importé" in failed.output


def test_an_import_never_touches_what_members_posted_online(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    client.post("/c/assises/ateliers/importer",
                data={"token": _token(text_of(_send_file(client, "g.md", EXAMPLE.read_bytes())))})
    workshop = db.session.scalar(sa.select(Workshop).where(Workshop.key == "gouvernance"))
    online = factories.contribution(workshop, author=s.other, mission=workshop.missions[0], title="En ligne")
    db.session.commit()
    edited = EXAMPLE.read_text(encoding="utf-8").replace("Un seul office et une seule marque", "Un office unique")
    preview = text_of(_send_file(client, "g.md", edited.encode("utf-8")))
    assert "1 post-it" in preview and "41 post-it, inchangés" in preview
    client.post("/c/assises/ateliers/importer", data={"token": _token(preview)})
    db.session.expire_all()
    assert db.session.get(Contribution, online.id).title == "En ligne"
    changed = db.session.scalar(sa.select(Contribution).where(Contribution.key == "perimetre-g1-01"))
    assert changed.body.startswith("Un office unique") and changed.edited_at is not None


# -- spreadsheets -----------------------------------------------------------------------------

def _xlsx(rows) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_a_spreadsheet_with_bad_rows_is_fixed_after_its_preview_then_imported_once(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    url = f"/c/assises/ateliers/{s.workshop.id}/importer-tableur"
    rows = [["mission", "groupe", "texte", "auteur", "thèmes"]]
    rows += [[1 if i % 2 else "", f"Groupe {i % 4 + 1}", f"Post-it numéro {i}", "", "Mobilités douces, Vélo"]
             for i in range(48)]
    bad = rows + [[9, "Groupe 1", "Mission inconnue", "", ""], [1, "Groupe 2", "", "Sans texte", ""]]
    preview = _send_file(client, "postit.xlsx", _xlsx(bad), url)
    html = text_of(preview)
    assert preview.status_code == 400 and "contient 2 erreurs" in html
    assert "Ligne 50</strong>, colonne « mission »" in html and "Ligne 51</strong>, colonne « texte »" in html
    assert not _captured(s.workshop.id)
    fixed = rows + [[1, "Groupe 1", "Mission retrouvée", "", ""], [1, "Groupe 2", "Un texte cette fois", "Léa", ""]]
    preview = text_of(_send_file(client, "postit.xlsx", _xlsx(fixed), url))
    assert "50 post-it" in preview and "Les thèmes : Vélo" in preview and not _captured(s.workshop.id)
    assert client.post(url, data={"token": _token(preview)}).status_code == 302
    assert len(_captured(s.workshop.id)) == 50
    assert db.session.scalar(sa.select(Theme.id).where(Theme.name == "Vélo")) is not None
    again = text_of(_send_file(client, "postit.xlsx", _xlsx(fixed), url))
    assert "Rien à changer" in again and "50 post-it, inchangés" in again


def test_a_csv_in_windows_1252_with_semicolons(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    url = f"/c/assises/ateliers/{s.workshop.id}/importer-tableur"
    data = "Mission;Groupe;Texte\nExister;Groupe 1;Un accueil à l'été\n".encode("cp1252")
    preview = text_of(_send_file(client, "postit.csv", data, url))
    client.post(url, data={"token": _token(preview)})
    (post_it,) = _captured(s.workshop.id)
    assert (post_it.body, post_it.mission_id, post_it.origin) == ("Un accueil à l'été", s.mission.id, Origin.IMPORTED)


def test_an_oversized_import_is_refused_and_nothing_is_kept(make_app):
    app = make_app(IMPORT_MAX_BYTES=1000)
    with app.app_context():
        s = factories.scene()
        email, url = s.facilitator.email, f"/c/assises/ateliers/{s.workshop.id}/importer-tableur"
    client = app.test_client()
    client.post("/compte/connexion", data={"email": email, "password": factories.PASSWORD})
    response = _send_file(client, "gros.csv", b"texte\n" + b"x" * 2000, url)
    assert response.status_code == 400 and "Le fichier dépasse 1 ko" in text_of(response)
    assert not list((Path(app.instance_path) / "uploads").glob("**/*.bin"))
