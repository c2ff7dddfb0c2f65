"""The assistant's pages as a facilitator sees them."""
import re

import sqlalchemy as sa

from app.extensions import db
from app.models import Grouping, Role
from app.services import contributions, groupings
from app.services.permissions import access_for

from .. import factories
from ..conftest import text_of

HOSTILE = '<script>alert("x")</script> « Uzès ⇄ Pont du Gard » 🚌 \u202e'
TITLES = ["Une navette vers la gare", "Des navettes le dimanche", "Un bus entre les villages",
          "Un marché de producteurs", "Le marché du vendredi soir", "Des produits locaux au marché"]


def test_a_grouping_overtaken_by_new_contributions_says_so_and_groups_again(app, client, login):
    s = factories.scene()
    for title in TITLES:
        factories.contribution(s.workshop, author=s.other, mission=s.mission, title=title, body="")
    db.session.commit()
    grouping = groupings.propose(access_for(s.facilitator, s.consultation, Role.FACILITATOR), s.workshop, s.mission)
    db.session.commit()
    login(s.facilitator)
    url = f"/c/assises/assistant/regroupements/{grouping.id}"
    assert "ne les reflète plus" not in text_of(client.get(url))

    access = access_for(s.other, s.consultation, Role.PARTICIPANT)
    contributions.post_contribution(access, s.workshop, s.mission, "Une navette " + HOSTILE, "Depuis la gare.")
    db.session.commit()
    page = text_of(client.get(url))
    assert "ne les reflète plus" in page and "<script>alert" not in page
    assert f'name="portee" value="mission:{s.mission.id}"' in page
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    response = client.post("/c/assises/assistant/themes", data={"csrf_token": token, "portee": f"mission:{s.mission.id}"})
    assert response.status_code == 302
    newest = db.session.scalar(sa.select(Grouping).order_by(Grouping.id.desc()))
    assert newest.id != grouping.id and newest.mission_id == s.mission.id
    assert response.headers["Location"].endswith(f"/regroupements/{newest.id}")
    assert "ne les reflète plus" not in text_of(client.get(response.headers["Location"]))
    assert "ne les reflète plus" in text_of(client.get(url))  # the old one stays, as it was
