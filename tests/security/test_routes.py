"""Guards of every route, generated from the URL map and the table in tests/routes_table.py:
each role gets its expected status; private consultations answer 404 to outsiders; a missing
object answers 404."""
import pytest
from flask import current_app, url_for

from app.room.routes import GUEST_COOKIE, guest_cookie_value

from .. import factories
from ..conftest import text_of
from ..routes_table import BY_CODE, EXPECTED, IGNORED, NOT_IN_A_CONSULTATION, ROLES, url_values

# Who may reach what is decided in Python, whatever the database: run by make test, not again on PostgreSQL.
pytestmark = pytest.mark.once


def app_routes(app):
    for rule in app.url_map.iter_rules():
        if rule.endpoint in IGNORED:
            continue
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            yield method, rule


def test_every_route_is_in_the_table(app):
    declared = set(EXPECTED)
    actual = {(method, rule.endpoint) for method, rule in app_routes(app)}
    assert actual - declared == set(), "declare these routes in tests/routes_table.py"
    assert declared - actual == set(), "these routes of the table no longer exist"


def _url(app, endpoint, values):
    rule = next(r for r in app.url_map.iter_rules() if r.endpoint == endpoint)
    return url_for(endpoint, **{name: values[name] for name in rule.arguments})


def _as(client, login, s, role):
    if role == "guest":
        client.set_cookie(GUEST_COOKIE, guest_cookie_value([s.guest.id]), domain=current_app.config["SERVER_NAME"])
    elif role != "visitor":
        login(getattr(s, role))


@pytest.mark.parametrize("method,endpoint", sorted(EXPECTED))
def test_each_role_gets_the_expected_status(app, client, login, method, endpoint):
    s = None
    for role, expected in zip(ROLES, EXPECTED[(method, endpoint)], strict=True):
        if s is None or method == "POST":  # a POST may change the scene: each role starts afresh
            if s is not None:
                _reset()
            s = factories.scene()
        client.post("/compte/deconnexion")
        client.delete_cookie(GUEST_COOKIE, domain=app.config["SERVER_NAME"])
        _as(client, login, s, role)
        url = _url(app, endpoint, url_values(s))
        response = client.open(url, method=method)
        assert response.status_code == expected, (role, method, url, text_of(response)[:300])
        if expected == 302 and role == "visitor" and endpoint not in ("auth.logout",):
            assert "/compte/connexion" in response.headers["Location"]


def _reset():
    """Empty the tables between two roles of a POST test, so each role starts from the scene."""
    from app.extensions import db

    from ..conftest import _empty_tables

    db.session.remove()
    _empty_tables()


@pytest.mark.parametrize("method,endpoint", sorted(k for k in EXPECTED if k[1] not in NOT_IN_A_CONSULTATION))
def test_private_consultations_are_invisible_to_outsiders(app, client, login, method, endpoint):
    s = factories.scene()
    url = _url(app, endpoint, url_values(s, private=True))
    login(s.outsider)
    assert client.open(url, method=method).status_code == 404
    for someone in (s.participant, s.other_member):  # members of other consultations are outsiders here
        login(someone)
        assert client.open(url, method=method).status_code == 404


ID_ARGUMENTS = ("slug", "workshop_id", "mission_id", "contribution_id", "comment_id", "theme_id", "membership_id",
                "code", "report_id", "attachment_id", "template_id", "target", "item_id", "action_id", "room_code",
                "wall_token", "vote_id")
CODES = ("slug", "code", "room_code", "wall_token")


WITH_OBJECTS = sorted(k for k in EXPECTED if k[1] not in NOT_IN_A_CONSULTATION or k[1] in BY_CODE)


@pytest.mark.parametrize("method,endpoint", WITH_OBJECTS)
def test_missing_objects_answer_404(app, client, login, method, endpoint):
    s = factories.scene()
    rule = next(r for r in app.url_map.iter_rules() if r.endpoint == endpoint)
    arguments = [name for name in ID_ARGUMENTS if name in rule.arguments]
    assert arguments
    login(s.admin)
    for name in arguments:
        values = url_values(s)
        values[name] = "inconnu" if name in CODES else 999_999
        url = _url(app, endpoint, values)
        assert client.open(url, method=method).status_code == 404, url


def test_objects_of_one_consultation_are_not_reachable_through_another(app, client, login):
    s = factories.scene()
    other = factories.consultation(slug="autre")
    factories.member(other, user_obj=s.facilitator, role=factories.Role.FACILITATOR)
    factories.db.session.commit()
    login(s.facilitator)
    foreign = url_values(s)
    foreign["slug"] = "autre"
    for endpoint in ("workshops.show", "workshops.mission", "contributions.show", "contributions.hide_comment",
                     "consultations.edit_theme", "workshops.edit_mission", "reports.show", "reports.attachment",
                     "reports.docx", "workshops.capture", "contributions.answer", "contributions.flag",
                     "contributions.flag_comment", "answers.edit_template", "moderation.review", "strategy.action",
                     "strategy.edit_item", "strategy.delete_item"):
        assert client.get(_url(app, endpoint, foreign)).status_code == 404, endpoint
