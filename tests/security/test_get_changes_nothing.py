"""No GET changes anything: generated from the URL map, every route that answers GET is opened by each
role of the route table, and every row of every table is the same afterwards."""
import pytest
import sqlalchemy as sa

from app.extensions import db

from .. import factories
from ..routes_table import EXPECTED, ROLES, url_values
from .test_routes import _as, _url

pytestmark = pytest.mark.once


def _every_row() -> dict:
    return {table.name: sorted(map(tuple, db.session.execute(sa.select(table)).all()), key=repr)
            for table in db.metadata.sorted_tables}


def test_no_get_changes_the_database(app, client, login):
    s = factories.scene()
    values = url_values(s)
    gets = sorted(endpoint for method, endpoint in EXPECTED if method == "GET")
    assert len(gets) > 50
    for role in ROLES:
        client.post("/compte/deconnexion")
        _as(client, login, s, role)
        db.session.expire_all()
        before = _every_row()
        for endpoint in gets:
            client.get(_url(app, endpoint, values))
        db.session.expire_all()
        after = _every_row()
        changed = {name for name in before if before[name] != after[name]}
        assert changed == set(), (role, changed)
