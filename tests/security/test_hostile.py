"""Hostile text in every user-editable field, one payload at a time through every form: whatever goes
in, no executable markup comes out (the long lists are in test_payloads.py)."""
import io
import json

import pytest
import sqlalchemy as sa

from app.extensions import db
from app.models import Comment, Consultation, Contribution, Mission, Report, Theme, Workshop

from .. import factories
from ..conftest import text_of
from ..inert import page_problems
from .payloads import OURS

PAYLOADS = [*OURS[:5], "<svg/onload=alert(1)>", "' onmouseover='alert(1)' x='", "<details open ontoggle=alert(1)>",
            *OURS[5:]]


def _check(response, where):
    assert response.status_code < 500, where
    problems = page_problems(text_of(response))
    assert problems == [], (where, problems)


@pytest.mark.parametrize("payload", PAYLOADS, ids=lambda p: p[:20])
def test_hostile_text_through_every_field(client, login, app, payload):
    s = factories.scene()
    login(s.admin)
    responses = [client.post("/concertations/nouvelle", data={
        "title": payload, "territory": payload, "description": payload, "visibility": "public", "join_code": ""})]
    login(s.facilitator)
    w = f"/c/assises/ateliers/{s.workshop.id}"
    responses += [
        client.post("/c/assises/modifier", data={"title": "Assises", "territory": payload, "description": payload,
                                                 "visibility": "public", "join_code": s.consultation.join_code}),
        client.post("/c/assises/themes", data={"name": payload}),
        client.post("/c/assises/ateliers/nouveau", data={"title": payload, "place": payload, "description": payload,
                                                         "status": "open"}),
        client.post(f"{w}/missions/nouvelle", data={"title": payload, "instructions": payload, "is_open": "y"}),
        client.post(f"/c/assises/commentaires/{s.comment.id}/masquer", data={"reason": payload}),
        client.post(f"{w}/saisie", data={"mission": s.mission.id, "group_label": payload[:60],
                                         "author_name": payload[:80], "text": payload, "title": payload[:140]}),
        client.post(f"{w}/saisie", data={"mission": "", "text": payload[:5000]}),
        client.post("/c/assises/documents/nouveau", data={"kind": "synthesis", "workshop": str(s.workshop.id),
                                                          "title": payload[:200], "authors": payload[:200],
                                                          "body": f"{payload}\n\n#{s.contribution.id}"}),
        client.post(f"/c/assises/documents/{s.report.id}/modifier",
                    data={"title": payload[:200] or "x", "authors": payload[:200], "body": payload}),
        client.post(f"/c/assises/documents/{s.report.id}/pieces-jointes", content_type="multipart/form-data",
                    data={"file": (io.BytesIO(b"%PDF-1.4\n"), (payload[:100] or "x") + ".pdf")}),
        client.post("/c/assises/ateliers/importer", content_type="multipart/form-data", data={"file": (io.BytesIO(
            ("---\ntitre: " + json.dumps(payload[:160]) + "\ncontributions:\n  - texte: " + json.dumps(payload[:5000])
             + "\n    groupe: " + json.dumps(payload[:60]) + "\n---\n" + payload).encode("utf-8")), "hostile.md")}),
        client.post(f"{w}/importer-tableur", content_type="multipart/form-data", data={"file": (io.BytesIO(
            ("texte;groupe\n" + json.dumps(payload[:5000]) + ";x\n").encode("utf-8")), "hostile.csv")}),
        # Answers, templates, merges, moderation decisions.
        client.post("/c/assises/modeles-de-reponse", data={"title": payload[:120] or "x", "outcome": "answered",
                                                          "body": payload}),
        client.post(f"/c/assises/contributions/{s.contribution.id}/reponse",
                    data={"outcome": "declined", "answer": payload}),
        client.post(f"/c/assises/contributions/{s.contribution.id}/reponse",
                    data={"outcome": "answered", "answer": payload[:5000] or "x", "preview": "1"}),
        client.post(f"/c/assises/reponses?ids={s.contribution.id}",
                    data={"ids": [str(s.contribution.id)], "outcome": "answered", "answer": payload[:5000] or "x"}),
        client.post("/c/assises/fusion", data={"ids": [str(s.contribution.id)], "target_number": payload[:12],
                                               "note": payload}),
        client.post(f"/c/assises/moderation/m{s.comment.id}", data={"decision": "keep", "reason": payload[:1000]}),
    ]
    login(s.other)
    responses += [
        client.post("/compte/profil", data={"display_name": payload, "organisation": payload, "sector": "autre",
                                            "commune": payload, "show_in_directory": "y"}),
        client.post(f"{w}/contribuer", data={"mission": s.mission.id, "title": payload, "body": payload}),
        # The page of close ideas shows it back; then it is published, as one does after reading them.
        client.post(f"{w}/contribuer", data={"mission": s.mission.id, "title": payload[:140], "body": payload[:5000]}),
        client.post(f"{w}/contribuer", data={"mission": s.mission.id, "title": payload[:140], "body": payload[:5000],
                                             "proches": "vues"}),
        client.get(f"{w}/idees-proches", query_string={"titre": payload, "texte": payload}),
        client.post(f"/c/assises/contributions/{s.contribution.id}/commentaires", data={"body": payload}),
        client.post(f"/c/assises/contributions/{s.contribution.id}/commentaires", data={"body": payload[:2000]}),
        client.post(f"/c/assises/contributions/{s.contribution.id}/signaler", data={"reason": "other", "text": payload}),
        client.post("/rejoindre", data={"code": payload}),
        client.get("/c/assises/contributions", query_string={"q": payload, "tri": payload, "theme": payload,
                                                              "apres": payload}),
    ]
    for response in responses:
        _check(response, response.request.path)

    # Now read every page where what was saved is shown, as members and as a visitor.
    pages = ["/", "/c/assises/", "/c/assises/contributions", "/c/assises/qui-est-qui", "/c/assises/themes",
             "/c/assises/membres", f"{w}", f"{w}/contributions", "/compte/profil", f"{w}/saisie",
             "/c/assises/documents/", "/c/assises/modeles-de-reponse", "/c/assises/moderation/",
             "/c/assises/moderation/journal", "/notifications", f"/c/assises/moderation/c{s.contribution.id}",
             f"/c/assises/reponses?ids={s.contribution.id}"]
    pages += [f"/c/assises/documents/{i}" for i in db.session.scalars(sa.select(Report.id).where(
        Report.consultation_id == s.consultation.id))]
    pages += [f"/c/{c.slug}/" for c in db.session.scalars(sa.select(Consultation))]
    pages += [f"/c/assises/ateliers/{i}" for i in db.session.scalars(sa.select(Workshop.id))]
    pages += [f"{w}/missions/{i}" for i in db.session.scalars(sa.select(Mission.id).where(Mission.workshop_id == s.workshop.id))]
    pages += [f"/c/assises/contributions/{i}" for i in db.session.scalars(
        sa.select(Contribution.id).where(Contribution.consultation_id == s.consultation.id))]
    pages += [f"/c/assises/commentaires/{i}/modifier" for i in db.session.scalars(
        sa.select(Comment.id).where(Comment.author_id == s.other.id))]
    for reader in (s.facilitator, s.other):
        login(reader)
        for url in pages:
            _check(client.get(url), url)
    client.post("/compte/deconnexion")
    for url in pages[:3]:
        _check(client.get(url), url)

    posted = db.session.scalars(sa.select(Contribution).where(Contribution.author_id == s.other.id)).all()
    assert len(posted) >= 1  # the hostile text was stored, so the pages above did render it
    saved = db.session.scalars(sa.select(Contribution.title)).all() + db.session.scalars(sa.select(Theme.name)).all()
    assert all("\u202e" not in text and "\x00" not in text for text in saved)
