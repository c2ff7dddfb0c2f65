"""Kept counts: likes and comments per contribution, contributions, likes and comments per workshop
and mission, updated in SQL in the transaction that changes them; the trend score they feed; and
the recount that checks them all. Lists count up to COUNT_LIMIT, then say "more than"."""
import math
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from ..extensions import db
from ..models import Contribution, ContributionStatus, Like, Mission, Room, Workshop

COUNT_LIMIT = 1000

# -- trending -----------------------------------------------------------------------------------
# Engagement on a log scale plus age: a contribution two days younger weighs as much as one
# with ten times the engagement. Stored (and indexed) so that the sort costs nothing at read time.
_TREND_EPOCH = datetime(2020, 1, 1)
_TREND_SECONDS_PER_DECADE = 2 * 24 * 3600


def trend_score(likes: int, comments: int, created_at: datetime) -> float:
    engagement = max(1, likes + 2 * comments)
    return math.log10(engagement) + (created_at - _TREND_EPOCH).total_seconds() / _TREND_SECONDS_PER_DECADE


def adjust_workshop(workshop_id: int, mission_id: int | None, contributions: int = 0, likes: int = 0,
                     comments: int = 0) -> None:
    """Keep the workshop's (and mission's) counts of published contributions, likes and comments,
    in SQL so that concurrent requests never lose an update."""
    workshops = Workshop.__table__
    db.session.execute(
        sa.update(workshops).where(workshops.c.id == workshop_id).values(
            contribution_count=workshops.c.contribution_count + contributions,
            like_count=workshops.c.like_count + likes,
            comment_count=workshops.c.comment_count + comments,
            changes=workshops.c.changes + 1,
        )
    )
    if mission_id is not None and contributions:
        missions = Mission.__table__
        db.session.execute(sa.update(missions).where(missions.c.id == mission_id)
                           .values(contribution_count=missions.c.contribution_count + contributions))
    # The objects already loaded in this session read their new counts again when next used.
    for model, ident, names in ((Workshop, workshop_id, ["contribution_count", "like_count", "comment_count",
                                                         "changes"]),
                                (Mission, mission_id, ["contribution_count"])):
        loaded = db.session.identity_map.get(identity_key(model, ident)) if ident is not None else None
        if loaded is not None:
            db.session.expire(loaded, names)


def touch_workshop(workshop_id: int) -> None:
    """Tell the workshop's wall that one of its contributions changed (an edit: no count moves)."""
    workshops = Workshop.__table__
    db.session.execute(sa.update(workshops).where(workshops.c.id == workshop_id)
                       .values(changes=workshops.c.changes + 1))


def bump_room(workshop_id: int) -> bool:
    """Tell the workshop's wall that something it shows changed (a control, a dot); False when the
    workshop has no room yet. Also serialises the writers of one room: its row stays locked (the
    write queue, on SQLite) until the commit."""
    found = db.session.execute(sa.update(Room).where(Room.workshop_id == workshop_id)
                               .values(version=Room.version + 1).returning(Room.workshop_id)).first() is not None
    loaded = db.session.identity_map.get(identity_key(Room, workshop_id))
    if loaded is not None:
        db.session.expire(loaded, ["version"])
    return found


def adjust_counts(contribution: Contribution, likes: int = 0, comments: int = 0) -> None:
    """Add to the kept counts atomically in SQL (concurrent requests never lose an increment),
    then refresh the trend score from the new values."""
    table = Contribution.__table__
    row = db.session.execute(
        sa.update(table)
        .where(table.c.id == contribution.id)
        .values(like_count=table.c.like_count + likes, comment_count=table.c.comment_count + comments)
        .returning(table.c.like_count, table.c.comment_count, table.c.created_at)
    ).one()
    score = trend_score(row.like_count, row.comment_count, row.created_at)
    db.session.execute(sa.update(table).where(table.c.id == contribution.id).values(trend_score=score))
    set_committed_value(contribution, "like_count", row.like_count)
    set_committed_value(contribution, "comment_count", row.comment_count)
    set_committed_value(contribution, "trend_score", score)
    if contribution.status == ContributionStatus.PUBLISHED:
        adjust_workshop(contribution.workshop_id, contribution.mission_id, likes=likes, comments=comments)


def recount_all(batch_size: int = 2000) -> int:
    """Recompute kept counts from the likes and visible comments; returns how many rows were wrong.
    Works in batches of ids so that memory stays flat whatever the size."""
    from ..models import Comment, CommentStatus

    likes = (
        sa.select(sa.func.count(Like.id)).where(Like.contribution_id == Contribution.id).scalar_subquery()
    )
    comments = (
        sa.select(sa.func.count(Comment.id))
        .where(Comment.contribution_id == Contribution.id, Comment.status == CommentStatus.VISIBLE)
        .scalar_subquery()
    )
    fixed, last_id = 0, 0
    while True:
        rows = db.session.execute(
            sa.select(Contribution.id, Contribution.like_count, Contribution.comment_count,
                      Contribution.trend_score, Contribution.created_at, likes, comments)
            .where(Contribution.id > last_id).order_by(Contribution.id).limit(batch_size)
        ).all()
        if not rows:
            return fixed + _recount_workshops()
        for cid, like_count, comment_count, score, created_at, real_likes, real_comments in rows:
            real_score = trend_score(real_likes, real_comments, created_at)
            if (like_count, comment_count) != (real_likes, real_comments) or abs(score - real_score) > 1e-9:
                db.session.execute(
                    sa.update(Contribution.__table__).where(Contribution.__table__.c.id == cid)
                    .values(like_count=real_likes, comment_count=real_comments, trend_score=real_score)
                )
                fixed += 1
        last_id = rows[-1][0]
        db.session.flush()


def _recount_workshops() -> int:
    """Recompute the kept counts of workshops and missions; returns how many were wrong."""
    published = sa.and_(Contribution.status == ContributionStatus.PUBLISHED)
    fixed = 0
    actual = {
        workshop_id: (count, likes, comments)
        for workshop_id, count, likes, comments in db.session.execute(
            sa.select(Contribution.workshop_id, sa.func.count(Contribution.id),
                      sa.func.coalesce(sa.func.sum(Contribution.like_count), 0),
                      sa.func.coalesce(sa.func.sum(Contribution.comment_count), 0))
            .where(published).group_by(Contribution.workshop_id))
    }
    for workshop in db.session.scalars(sa.select(Workshop)):
        real = actual.get(workshop.id, (0, 0, 0))
        if (workshop.contribution_count, workshop.like_count, workshop.comment_count) != real:
            workshop.contribution_count, workshop.like_count, workshop.comment_count = real
            fixed += 1
    per_mission = dict(db.session.execute(
        sa.select(Contribution.mission_id, sa.func.count(Contribution.id))
        .where(published, Contribution.mission_id.is_not(None)).group_by(Contribution.mission_id)).all())
    for mission in db.session.scalars(sa.select(Mission)):
        if mission.contribution_count != per_mission.get(mission.id, 0):
            mission.contribution_count = per_mission.get(mission.id, 0)
            fixed += 1
    db.session.flush()
    return fixed

