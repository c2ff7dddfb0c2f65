"""Board pages issue the same number of SQL queries for 10 and for 500 contributions."""
from datetime import timedelta

import pytest

from app.extensions import db
from app.models import Comment, Like
from app.models.base import utcnow

from . import factories


def _fill(s, n):
    now = utcnow()
    rows = []
    for i in range(n):
        c = factories.contribution(s.workshop, author=s.other, mission=s.mission if i % 2 else None,
                                   title=f"Idée {i}", likes=i % 5, comments=i % 3,
                                   created_at=now - timedelta(minutes=i))
        c.themes.append(s.theme)
        rows.append(c)
    for c in rows[:40]:
        db.session.add(Like(contribution_id=c.id, user_id=s.elected.id))
        db.session.add(Comment(contribution_id=c.id, author_id=s.elected.id, body="Oui"))
    db.session.commit()


BOARDS = [
    "/c/assises/",
    "/c/assises/contributions",
    "/c/assises/contributions?tri=plus-aimees",
    "/c/assises/contributions?tri=hasard",
    "/c/assises/contributions?tri=recentes&q=idee",
    "/c/assises/contributions?theme={theme}",
    "/c/assises/ateliers/{workshop}",
    "/c/assises/ateliers/{workshop}/contributions",
    "/c/assises/ateliers/{workshop}/missions/{mission}",
    "/c/assises/contributions/{contribution}",
    "/c/assises/qui-est-qui",
]


def _counts(client, login, count_queries, s, who):
    if who:
        login(getattr(s, who))
    result = {}
    for template in BOARDS:
        url = template.format(theme=s.theme.id, workshop=s.workshop.id, mission=s.mission.id,
                              contribution=s.contribution.id)
        client.get(url)  # warm up (first-request work is not what we measure)
        with count_queries() as statements:
            response = client.get(url)
        if response.status_code == 200:
            result[template] = len(statements)
    return result


@pytest.mark.parametrize("who", [None, "elected"])
def test_query_counts_do_not_grow_with_the_board(client, login, count_queries, app, who):
    s = factories.scene()
    _fill(s, 10)
    small = _counts(client, login, count_queries, s, who)
    _fill(s, 490)
    large = _counts(client, login, count_queries, s, who)
    assert small == large
    assert max(large.values()) <= 12, large
    print(who, large)
