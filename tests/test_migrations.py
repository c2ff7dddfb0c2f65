"""Migrations: an empty database upgrades to head, the data survives, the last revision downgrades."""
import sqlalchemy as sa
from alembic.script import ScriptDirectory
from flask_migrate import downgrade, upgrade

from app import create_app
from app.extensions import db

from .conftest import TEST_DATABASE_URL, base_config
from .live import fresh_database


def _fresh_url(tmp_path):
    if TEST_DATABASE_URL:
        # A separate PostgreSQL database, so the suite's own schema is untouched.
        return fresh_database(TEST_DATABASE_URL, "migrations", tmp_path)
    return f"sqlite:///{tmp_path / 'migrations.db'}"


# Rows written with the first revision's schema, for the later revisions to carry and fill in.
OLD_ROWS = (
    "INSERT INTO users (email, display_name, organisation, sector, commune, password_hash, is_admin, "
    "show_in_directory, session_version, created_at) VALUES ('a@exemple.fr', 'Aline', '', 'autre', '', 'x', "
    "false, true, 1, CURRENT_TIMESTAMP)",
    "INSERT INTO consultations (slug, title, territory, description, visibility, join_code, created_at) "
    "VALUES ('c', 'Concertation', 'Uzès', '', 'public', 'CODE', CURRENT_TIMESTAMP)",
    "INSERT INTO memberships (consultation_id, user_id, role, joined_at) "
    "SELECT c.id, u.id, 'participant', CURRENT_TIMESTAMP FROM consultations c, users u",
    "INSERT INTO workshops (consultation_id, title, place, description, status, created_at, starts_at) "
    "SELECT id, 'Atelier', 'Uzès', '', 'open', CURRENT_TIMESTAMP, '2026-10-04 14:30:00' FROM consultations",
    "INSERT INTO workshops (consultation_id, title, place, description, status, created_at, starts_at) "
    "SELECT id, 'Sans heure', 'Uzès', '', 'draft', CURRENT_TIMESTAMP, '2026-11-08 00:00:00' FROM consultations",
    "INSERT INTO missions (workshop_id, position, title, instructions, is_open) "
    "SELECT id, 1, 'Exister', '', true FROM workshops WHERE title = 'Atelier'",
    "INSERT INTO contributions (consultation_id, workshop_id, title, body, status, origin, created_at, "
    "like_count, comment_count, trend_score, shuffle_key) SELECT consultation_id, id, 'Des vélos', "
    "'Des <b>itinéraires</b> cyclables', 'published', 'online', CURRENT_TIMESTAMP, 0, 0, 0, 1 FROM workshops "
    "WHERE title = 'Atelier'",
    "INSERT INTO contribution_events (contribution_id, actor_id, kind, new_status, note, created_at) "
    "SELECT c.id, u.id, 'posted', 'published', '', CURRENT_TIMESTAMP FROM contributions c, users u",
    # A comment, and a reply to it hidden by moderation with its reason (columns until 0007, events after).
    "INSERT INTO comments (contribution_id, author_id, body, status, created_at, hidden_reason) "
    "SELECT c.id, u.id, 'Oui, des pistes', 'visible', CURRENT_TIMESTAMP, '' FROM contributions c, users u",
    "INSERT INTO comments (contribution_id, parent_id, author_id, body, status, created_at, hidden_reason, "
    "hidden_by_id, hidden_at) SELECT m.contribution_id, m.id, m.author_id, 'Hors de propos', 'hidden', "
    "CURRENT_TIMESTAMP, 'Propos hors sujet', m.author_id, CURRENT_TIMESTAMP FROM comments m",
)


def test_upgrade_with_data_then_downgrade_the_last_revision(tmp_path):
    url = _fresh_url(tmp_path)
    app = create_app(base_config(url), instance_path=str(tmp_path))
    with app.app_context():
        script = ScriptDirectory.from_config(app.extensions["migrate"].migrate.get_config())
        revisions = list(reversed(list(script.walk_revisions())))
        head = revisions[-1].revision
        # Upgrade one revision at a time, putting a little data in after the first.
        upgrade(revision=revisions[0].revision)
        for statement in OLD_ROWS:
            db.session.execute(sa.text(statement))
        db.session.commit()
        upgrade()
        current = db.session.scalar(sa.text("SELECT version_num FROM alembic_version"))
        assert current == head
        assert db.session.scalar(sa.text("SELECT display_name FROM users")) == "Aline"
        # Filled in by the revisions that added them: the folded name, copied to the membership.
        assert db.session.execute(sa.text(
            "SELECT users.sort_name, memberships.sort_name FROM memberships JOIN users ON users.id = memberships.user_id"
        )).one() == ("aline", "aline")
        # 0005: the day and the time apart (midnight was "no time"), keys for workshops and missions.
        workshops = db.session.execute(sa.text(
            "SELECT id, key, title, starts_on, start_time FROM workshops ORDER BY id")).all()
        assert [(w.key, str(w.starts_on), str(w.start_time)[:5] if w.start_time else None) for w in workshops] == [
            (f"atelier-{workshops[0].id}", "2026-10-04", "14:30"), (f"atelier-{workshops[1].id}", "2026-11-08", None)]
        assert db.session.scalar(sa.text("SELECT key FROM missions")).startswith("mission-")
        assert db.session.execute(sa.text("SELECT group_label, author_name, key FROM contributions")).one() == ("", "", None)
        # The full-text index of the head revision finds the contribution written before it.
        if db.engine.dialect.name == "postgresql":
            found = "SELECT count(*) FROM contributions WHERE search_document @@ to_tsquery('concerto_french', 'itineraire:*')"
        else:
            found = "SELECT count(*) FROM contributions_fts WHERE contributions_fts MATCH 'itineraire*'"
        assert db.session.scalar(sa.text(found)) == 1
        # 0007: the events know their consultation and their actor's role; the comments' moderation
        # moved from their columns to an event, the reply kept its parent; no contribution has an outcome.
        assert db.session.execute(sa.text(
            "SELECT e.kind, e.new_value, e.actor_role, CASE WHEN e.consultation_id = c.consultation_id THEN 'same' END "
            "FROM contribution_events e JOIN contributions c ON c.id = e.contribution_id ORDER BY e.id")).all() == [
            ("posted", "published", "participant", "same"), ("comment_status", "hidden", "participant", "same")]
        hidden = db.session.execute(sa.text(
            "SELECT m.id, m.parent_id IS NOT NULL, e.note FROM comments m JOIN contribution_events e "
            "ON e.comment_id = m.id WHERE m.status = 'hidden'")).one()
        assert hidden[1:] == (True, "Propos hors sujet")
        assert db.session.scalar(sa.text("SELECT count(*) FROM comments")) == 2
        assert db.session.scalar(sa.text("SELECT outcome FROM contributions")) == "none"
        # 0008: the strategy's tables, empty; the consultation can get its strategy.
        assert db.session.scalar(sa.text("SELECT count(*) FROM strategies")) == 0
        db.session.execute(sa.text("INSERT INTO strategies (consultation_id, title, introduction, priority_label, "
                                   "axis_label, objective_label, action_label, first_year, last_year, created_at, "
                                   "updated_at) SELECT id, 'Plan', '', 'enjeu', 'chantier', 'objectif', 'action', "
                                   "2025, 2027, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM consultations"))
        # 0009: no vector yet (the command computes those of the contributions written before).
        assert db.session.scalar(sa.text("SELECT count(*) FROM contribution_vectors")) == 0
        db.session.execute(sa.text("INSERT INTO contribution_vectors (contribution_id, consultation_id, method, "
                                   "vector, computed_at) SELECT id, consultation_id, 'ngrammes', :v, "
                                   "CURRENT_TIMESTAMP FROM contributions"), {"v": bytes(512)})
        # 0011: a report written by hand has no fingerprint of a draft of the assistant.
        db.session.execute(sa.text("INSERT INTO reports (consultation_id, kind, status, title, body, authors, "
                                   "created_at, updated_at, frozen_blocks) SELECT id, 'synthesis', 'draft', "
                                   "'Synthèse', 'Texte', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '' "
                                   "FROM consultations"))
        assert db.session.scalar(sa.text("SELECT drafted_hash FROM reports")) is None
        # 0010: the assistant's groupings, empty; one can be written with its group and member.
        db.session.execute(sa.text("INSERT INTO groupings (consultation_id, method, input_hash, created_at, updated_at) "
                                   "SELECT id, 'ngrammes', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM consultations"))
        db.session.execute(sa.text("INSERT INTO grouping_groups (grouping_id, position, label, misc) "
                                   "SELECT id, 0, 'Vélo', false FROM groupings"))
        db.session.execute(sa.text("INSERT INTO grouping_members (grouping_id, contribution_id, group_id) "
                                   "SELECT g.grouping_id, c.id, g.id FROM grouping_groups g, contributions c"))
        # 0012: every workshop written before has its room code, unique; no change yet; the room's
        # tables are empty, and a guest's contribution can be written.
        codes = db.session.execute(sa.text("SELECT room_code, changes FROM workshops")).all()
        assert all(code and len(code) == 6 and changes == 0 for code, changes in codes)
        assert len({code for code, _ in codes}) == len(codes) == 2
        assert db.session.scalar(sa.text("SELECT guest_id FROM contributions")) is None
        db.session.execute(sa.text("INSERT INTO guests (workshop_id, name, created_at) "
                                   "SELECT min(id), 'Mélanie', CURRENT_TIMESTAMP FROM workshops"))
        db.session.execute(sa.text("UPDATE contributions SET guest_id = (SELECT id FROM guests), origin = 'guest'"))
        db.session.commit()
        tables = set(sa.inspect(db.engine).get_table_names())
        assert set(db.metadata.tables) <= tables
        db.session.remove()
        downgrade(revision=revisions[-1].down_revision or "base")
        if revisions[-1].revision == "0007":  # the reason goes back to its column
            assert db.session.execute(sa.text(
                "SELECT hidden_reason, parent_id IS NOT NULL FROM comments WHERE status = 'hidden'")).one() == (
                "Propos hors sujet", True)
            db.session.remove()
        remaining = set(sa.inspect(db.engine).get_table_names())
        if revisions[-1].revision == "0008":  # the strategy goes, the concertation and its contributions stay
            assert "strategies" not in remaining and "actions" not in remaining
            assert db.session.scalar(sa.text("SELECT count(*) FROM contributions")) == 1
            db.session.remove()
        if revisions[-1].revision == "0012":  # the room goes, the workshops and contributions stay
            assert {"rooms", "guests", "dot_votes", "dots", "wall_removals"}.isdisjoint(remaining)
            assert "room_code" not in {c["name"] for c in sa.inspect(db.engine).get_columns("workshops")}
            assert db.session.scalar(sa.text("SELECT count(*) FROM contributions")) == 1
            assert db.session.scalar(sa.text("SELECT count(*) FROM workshops")) == 2
            db.session.remove()
        if revisions[-1].revision == "0011":  # the fingerprint goes, the report stays
            columns = {c["name"] for c in sa.inspect(db.engine).get_columns("reports")}
            assert "drafted_hash" not in columns
            assert db.session.scalar(sa.text("SELECT title FROM reports")) == "Synthèse"
            db.session.remove()
        if revisions[-1].revision == "0010":  # the groupings go, the contributions and their vectors stay
            assert {"groupings", "grouping_groups", "grouping_members"}.isdisjoint(remaining)
            assert db.session.scalar(sa.text("SELECT count(*) FROM contribution_vectors")) == 1
            db.session.remove()
        if revisions[-1].revision == "0009":  # the vectors go, the contributions stay
            assert "contribution_vectors" not in remaining
            assert db.session.scalar(sa.text("SELECT count(*) FROM contributions")) == 1
            db.session.remove()
        if revisions[-1].down_revision is None:
            assert remaining <= {"alembic_version"}
        db.engine.dispose()


def _search_index(difference) -> bool:
    """The full-text search structures live in the migrations only (they are dialect-specific)."""
    kind, obj = difference[0], difference[1]
    name = str(getattr(obj, "name", ""))
    if kind == "remove_column":  # ("remove_column", schema, table, column)
        name = f"{difference[2]}.{difference[3].name}"
    return (kind == "remove_table" and name.startswith("contributions_fts")) or (
        kind == "remove_index" and name == "ix_contributions_search") or (
        kind == "remove_column" and name == "contributions.search_document")


def _inline_foreign_key(difference, dialect: str) -> bool:
    """SQLite: 0007 adds contributions.merged_into_id in place (0012: guest_id), its foreign key
    written on the column (copying the table would lose its full-text triggers), and SQLAlchemy does
    not read the name and the ON DELETE of a column's own REFERENCES. test_merged_into_is_set_null_on_sqlite
    shows that SQLite applies it."""
    if dialect != "sqlite" or difference[0] not in ("remove_fk", "add_fk"):
        return False
    fk = difference[1]
    return fk.table.name == "contributions" and [c.name for c in fk.columns] in (["merged_into_id"], ["guest_id"])


def test_models_and_migrations_agree(app):
    """Autogenerate finds nothing to do: every model change shipped its migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = [d for d in compare_metadata(context, db.metadata)
                if not _search_index(d) and not _inline_foreign_key(d, db.engine.dialect.name)]
    assert diff == []


def test_merged_into_is_set_null_when_the_target_goes(app):
    """The foreign key of merged_into_id holds (and, on SQLite, is the one written on the column)."""
    from . import factories

    s = factories.scene()
    target = factories.contribution(s.workshop, author=s.other)
    s.contribution.merged_into_id = target.id
    db.session.commit()
    db.session.execute(sa.text("DELETE FROM contributions WHERE id = :id"), {"id": target.id})
    db.session.commit()
    assert db.session.scalar(sa.text("SELECT merged_into_id FROM contributions WHERE id = :id"),
                             {"id": s.contribution.id}) is None
