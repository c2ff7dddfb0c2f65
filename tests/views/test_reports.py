"""Minutes and syntheses: written by facilitators, read by members once published, their live
blocks frozen at publication, their attachments kept safe, downloaded as DOCX."""
import html as html_module
import io
import re
import zipfile

import docx
import sqlalchemy as sa

from app.extensions import db
from app.models import Attachment, Report, ReportStatus, Visibility, WorkshopStatus

from .. import factories
from ..conftest import text_of as raw_text

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def text_of(response) -> str:
    return html_module.unescape(raw_text(response))


def _office(kind: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if kind == "odp":
            archive.writestr("mimetype", "application/vnd.oasis.opendocument.presentation")
            archive.writestr("content.xml", "<office:document-content/>")
        else:
            archive.writestr("[Content_Types].xml", "<Types/>")
            archive.writestr({"docx": "word/document.xml", "pptx": "ppt/presentation.xml",
                              "xlsx": "xl/workbook.xml"}[kind], "<x/>")
    return buffer.getvalue()


def _write(client, s, **values):
    data = {"kind": "synthesis", "workshop": str(s.workshop.id), "title": "Synthèse de l'atelier",
            "authors": "Fanny Animatrice", "body": "## Ce qui en est sorti\n\nVoir #{c}.".format(c=s.contribution.id)}
    data.update(values)
    response = client.post("/c/assises/documents/nouveau", data=data)
    assert response.status_code == 302, raw_text(response)[:2000]
    return db.session.scalar(sa.select(Report).order_by(Report.id.desc()))


def test_a_draft_is_for_facilitators_then_published_for_members(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    report = _write(client, s)
    url = f"/c/assises/documents/{report.id}"
    assert "Brouillon" in text_of(client.get(url))
    for reader in (s.participant, s.elected):
        login(reader)
        assert client.get(url).status_code == 404
        assert "Synthèse de l'atelier" not in text_of(client.get("/c/assises/documents/"))
    login(s.facilitator)
    confirm = client.get(f"{url}/publication")
    assert "Brouillon → Publié" in " ".join(text_of(confirm).split()) or "→" in text_of(confirm)
    assert db.session.get(Report, report.id).status == ReportStatus.DRAFT  # a GET changes nothing
    assert client.post(f"{url}/publication", data={"etat": "publie"}).status_code == 302
    login(s.participant)
    page = text_of(client.get(url))
    assert "Synthèse de l'atelier" in page and "Fanny Animatrice" in page and "Modifier" not in page
    # #123 of the concertation links to the contribution with its title.
    assert re.search(rf'<a class="ref" href="/c/assises/contributions/{s.contribution.id}"[^>]*>'
                     rf'#{s.contribution.id} « Une navette vers le Pont du Gard »</a>', raw_text(client.get(url)).replace("&#34;", '"'))
    for listing in ("/c/assises/documents/", "/c/assises/", f"/c/assises/ateliers/{s.workshop.id}"):
        assert "Synthèse de l'atelier" in text_of(client.get(listing)), listing
    assert "comptes-rendus et synthèses" in text_of(client.get("/c/assises/")).lower()


def test_a_reference_to_a_contribution_of_another_concertation_or_hidden_stays_text(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    body = f"Voir #{s.private_contribution.id}, #999999 et #{s.contribution.id}."
    report = _write(client, s, body=body)
    client.post(f"/c/assises/documents/{report.id}/publication", data={"etat": "publie"})
    page = raw_text(client.get(f"/c/assises/documents/{report.id}"))
    assert f"#{s.private_contribution.id}," in page and "Idée secrète" not in page and "#999999 et" in page
    assert f'href="/c/assises/contributions/{s.contribution.id}"' in page


def test_a_live_block_follows_the_likes_while_a_draft_and_is_frozen_at_publication(client, login, app):
    s = factories.scene()
    popular = factories.contribution(s.workshop, author=s.other, mission=s.mission, title="Des bancs à l'ombre",
                                     likes=4)
    db.session.commit()
    login(s.facilitator)
    report = _write(client, s, body=f"Intro.\n\n[[plus-aimees mission={s.mission.key} nombre=3]]\n\nFin.")
    url = f"/c/assises/documents/{report.id}"
    draft = text_of(client.get(url))
    assert "Les contributions les plus aimées — Mission 1 : Exister" in draft and "Des bancs à l'ombre" in draft
    assert "4 j'aime" in draft and "En direct" in draft
    client.post(f"{url}/publication", data={"etat": "publie"})
    popular.like_count = 40
    newcomer = factories.contribution(s.workshop, author=s.other, mission=s.mission, title="Une idée tardive",
                                      likes=99)
    db.session.commit()
    published = text_of(client.get(url))
    assert "4 j'aime" in published and "Une idée tardive" not in published and "jour de la publication" in published
    # Back to a draft, the block follows the likes again; published again, it is frozen anew.
    client.post(f"{url}/publication", data={"etat": "brouillon"})
    assert "Une idée tardive" in text_of(client.get(url))
    assert newcomer.id


def test_a_closed_workshop_invites_to_write_its_synthesis_prefilled(client, login, app):
    s = factories.scene()
    s.workshop.status = WorkshopStatus.CLOSED
    db.session.commit()
    login(s.facilitator)
    page = text_of(client.get(f"/c/assises/ateliers/{s.workshop.id}"))
    assert "L'atelier est clos : rédigez sa synthèse." in page
    form = text_of(client.get(f"/c/assises/documents/nouveau?atelier={s.workshop.id}&type=synthese"))
    assert "## Le but de l'atelier" in form and "## Ce qui en est sorti" in form and "## Et maintenant ?" in form
    assert f"[[plus-aimees mission={s.mission.key} nombre=3]]" in form
    assert f"[[plus-aimees mission={s.closed_mission.key} nombre=3]]" in form
    _write(client, s)
    assert "rédigez sa synthèse" not in text_of(client.get(f"/c/assises/ateliers/{s.workshop.id}"))


def test_the_preview_shows_the_blocks_and_saves_nothing(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    response = client.post("/c/assises/documents/nouveau", data={
        "kind": "minutes", "workshop": str(s.workshop.id), "title": "CR", "preview": "1",
        "body": f"**Gras**\n\n[[plus-aimees mission={s.mission.key}]]\n\n[[plus-aimees mission=inconnue]]"})
    page = text_of(response)
    assert response.status_code == 200 and "<strong>Gras</strong>" in page
    assert "l'atelier n'a pas de mission « inconnue »" in page
    assert db.session.scalar(sa.select(sa.func.count(Report.id)).where(Report.title == "CR")) == 0


def test_the_docx_has_the_title_the_blocks_and_the_attachments(client, login, app):
    s = factories.scene()
    factories.contribution(s.workshop, author=s.other, mission=s.mission, title="Des bancs à l'ombre", likes=4)
    db.session.commit()
    login(s.facilitator)
    report = _write(client, s, body=f"## Ce qui en est sorti\n\n- une idée\n- une autre\n\n"
                                    f"[[plus-aimees mission={s.mission.key}]]")
    url = f"/c/assises/documents/{report.id}"
    client.post(f"{url}/pieces-jointes", data={"file": (io.BytesIO(PDF), "diapos.pdf")},
                content_type="multipart/form-data")
    client.post(f"{url}/publication", data={"etat": "publie"})
    login(s.elected)
    response = client.get(f"{url}/document.docx")
    assert response.status_code == 200 and response.mimetype.endswith("wordprocessingml.document")
    assert "attachment;" in response.headers["Content-Disposition"]
    document = docx.Document(io.BytesIO(response.get_data()))
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert "Synthèse de l'atelier" in texts and any("Des bancs à l'ombre" in t for t in texts)
    assert any(p.style.name.startswith("Heading") and p.text == "Ce qui en est sorti" for p in document.paragraphs)
    assert any("diapos.pdf" in t for t in texts)


# -- attachments: files are suspects ----------------------------------------------------------------

def _attach(client, report, content: bytes, name: str):
    return client.post(f"/c/assises/documents/{report.id}/pieces-jointes",
                       data={"file": (io.BytesIO(content), name)}, content_type="multipart/form-data")


def test_every_accepted_type_is_recognised_from_its_content(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    report = _write(client, s)
    for content, name, expected in ((PDF, "a.pdf", "a.pdf"), (PNG, "photo.PNG", "photo.png"),
                                    (b"\xff\xd8\xff\xe0" + b"0" * 40, "x.jpeg", "x.jpg"),
                                    (_office("docx"), "cr.docx", "cr.docx"), (_office("pptx"), "d.pptx", "d.pptx"),
                                    (_office("xlsx"), "t.xlsx", "t.xlsx"), (_office("odp"), "d.odp", "d.odp"),
                                    (PDF, "slides.pptx", "slides.pdf")):  # named by what it is, not by its name
        assert _attach(client, report, content, name).status_code == 302, name
    names = db.session.scalars(sa.select(Attachment.filename).where(Attachment.report_id == report.id)
                               .order_by(Attachment.id)).all()
    assert names == ["a.pdf", "photo.png", "x.jpg", "cr.docx", "d.pptx", "t.xlsx", "d.odp", "slides.pdf"]


def test_a_script_renamed_pdf_a_zip_and_an_svg_are_refused(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    report = _write(client, s)
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("evil.sh", "rm -rf /")
    for content, name in ((b"#!/bin/sh\nrm -rf /\n", "diapos.pdf"), (b"<script>alert(1)</script>", "page.pdf"),
                          (b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "logo.png"),
                          (zipped.getvalue(), "cr.docx"), (b"", "vide.pdf")):
        response = _attach(client, report, content, name)
        assert response.status_code == 400, name
        assert "type accepté" in text_of(response) or "vide" in text_of(response)
    assert db.session.scalar(sa.select(sa.func.count(Attachment.id)).where(Attachment.report_id == report.id)) == 0


def test_a_path_in_a_name_is_cleaned_and_never_used_to_store(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    report = _write(client, s)
    _attach(client, report, PDF, "../../../etc/passwd.pdf")
    _attach(client, report, PDF, "..\\..\\Diapos «atelier»\u202e.PDF")
    first, second = db.session.scalars(sa.select(Attachment).where(Attachment.report_id == report.id)
                                       .order_by(Attachment.id)).all()
    assert (first.filename, second.filename) == ("passwd.pdf", "Diapos «atelier».pdf")
    assert ".." not in first.storage_key and re.fullmatch(r"attachments/\d+/[0-9a-f]{32}\.pdf", first.storage_key)


def test_an_oversized_file_is_refused_and_nothing_is_kept(make_app):
    app = make_app(ATTACHMENT_MAX_BYTES=2000)
    with app.app_context():
        s = factories.scene()
        email = s.facilitator.email
    client = app.test_client()
    client.post("/compte/connexion", data={"email": email, "password": factories.PASSWORD})
    with app.app_context():
        report = _write(client, s)
        response = _attach(client, report, PDF + b"0" * 3000, "gros.pdf")
        assert response.status_code == 400 and "2 ko au plus" in text_of(response)
        huge = _attach(client, report, PDF + b"0" * (app.config["MAX_CONTENT_LENGTH"] + 10), "enorme.pdf")
        assert huge.status_code == 413 and "Envoi trop volumineux" in text_of(huge)
        assert db.session.scalar(sa.select(sa.func.count(Attachment.id)).where(Attachment.report_id == report.id)) == 0


def test_an_attachment_is_a_download_for_members_and_404_for_outsiders(client, login, app):
    s = factories.scene()
    s.private_report_owner = factories.member(s.private, factories.Role.FACILITATOR, email="anim.copil@exemple.fr")
    db.session.commit()
    login(s.private_report_owner)
    created = client.post("/c/copil/documents/nouveau", data={"kind": "minutes", "workshop": "", "title": "CR privé",
                                                              "authors": "", "body": "Secret"})
    report = db.session.scalar(sa.select(Report).where(Report.title == "CR privé"))
    assert created.status_code == 302
    client.post(f"/c/copil/documents/{report.id}/pieces-jointes", data={"file": (io.BytesIO(PDF), "copil.pdf")},
                content_type="multipart/form-data")
    client.post(f"/c/copil/documents/{report.id}/publication", data={"etat": "publie"})
    item = db.session.scalar(sa.select(Attachment).where(Attachment.report_id == report.id))
    url = f"/c/copil/documents/{report.id}/pieces-jointes/{item.id}/copil.pdf"
    login(s.private_member)
    download = client.get(url)
    assert download.status_code == 200 and download.get_data() == PDF
    assert download.headers["Content-Disposition"].startswith("attachment;")
    assert download.headers["X-Content-Type-Options"] == "nosniff" and download.mimetype == "application/pdf"
    assert "sandbox" in download.headers["Content-Security-Policy"]
    for outsider in (s.outsider, s.participant, s.other_member):
        login(outsider)
        assert client.get(url).status_code == 404
        assert client.get(f"/c/copil/documents/{report.id}/document.docx").status_code == 404
    client.post("/compte/deconnexion")
    assert client.get(url).status_code == 404
    # Through another concertation's address, even for a member of both: 404.
    login(s.facilitator)
    factories.member(s.private, factories.Role.PARTICIPANT, user_obj=s.facilitator)
    db.session.commit()
    assert client.get(f"/c/assises/documents/{report.id}/pieces-jointes/{item.id}/copil.pdf").status_code == 404
    assert client.get(url.replace(f"/{item.id}/", "/999999/")).status_code == 404


def test_an_attachment_is_removed_after_a_confirmation_only(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    report = _write(client, s)
    _attach(client, report, PDF, "diapos.pdf")
    item = db.session.scalar(sa.select(Attachment).where(Attachment.report_id == report.id))
    url = f"/c/assises/documents/{report.id}/pieces-jointes/{item.id}/supprimer"
    confirm = client.get(url)
    assert "Retirer « diapos.pdf » ?" in text_of(confirm)
    mine = sa.select(sa.func.count(Attachment.id)).where(Attachment.report_id == report.id)
    assert db.session.scalar(mine) == 1  # a GET changes nothing
    login(s.participant)
    assert client.post(url).status_code in (403, 404)
    login(s.facilitator)
    key = item.storage_key
    assert client.post(url).status_code == 302
    assert db.session.scalar(mine) == 0
    from pathlib import Path
    assert not (Path(app.instance_path) / "uploads" / key).exists()


def test_a_members_only_concertation_keeps_its_reports_from_the_cache_and_outsiders(client, login, app):
    s = factories.scene()
    assert s.private.visibility == Visibility.MEMBERS
    assert client.get("/c/copil/documents/").status_code == 404
    login(s.private_member)
    assert client.get("/c/copil/documents/").status_code == 200
