"""A backup, a wipe, a restore: every row is back."""
import sqlalchemy as sa

from app.extensions import db

from . import factories
from .conftest import _empty_tables


def _snapshot():
    rows = {}
    for table in db.metadata.sorted_tables:
        rows[table.name] = sorted(tuple(map(str, row)) for row in db.session.execute(sa.select(table)))
    return rows


def test_backup_wipe_restore(runner, app, tmp_path):
    s = factories.scene()
    factories.like(s.contribution, s.elected)
    db.session.commit()
    before = _snapshot()
    assert sum(map(len, before.values())) > 20
    path = tmp_path / "sauvegarde.dump"
    result = runner.invoke(args=["backup", str(path)])
    assert result.exit_code == 0, result.output
    assert path.stat().st_size > 0
    _empty_tables()
    assert sum(map(len, _snapshot().values())) == 0
    result = runner.invoke(args=["restore", str(path), "--yes"])
    assert result.exit_code == 0, result.output
    db.session.remove()
    assert _snapshot() == before
    # Search still works on the restored data (its index came back too).
    from app.services.boards import BoardFilters, board
    from app.models import Consultation

    consultation = db.session.scalar(sa.select(Consultation).where(Consultation.slug == "assises"))
    assert board(BoardFilters(consultation, q="navette")).total == 1


def test_restore_refuses_what_is_not_a_backup(runner, app, tmp_path):
    bogus = tmp_path / "pas-une-sauvegarde.txt"
    bogus.write_text("bonjour")
    result = runner.invoke(args=["restore", str(bogus), "--yes"])
    assert result.exit_code != 0
