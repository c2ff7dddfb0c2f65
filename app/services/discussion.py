"""Likes and comments (a comment's status changes through services.lifecycle)."""
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import joinedload

from ..extensions import db
from ..models import Comment, Contribution, EventKind, Like
from ..models.base import utcnow
from .counts import adjust_counts
from .lifecycle import record
from .errors import DomainError, NotAllowed
from .permissions import Access
from .text import clean_text

COMMENT_MAX = 2000

# -- likes --------------------------------------------------------------------------------------


def _insert_ignoring_duplicates(values: dict):
    dialect = db.session.get_bind().dialect.name
    insert = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}[dialect]
    return (insert(Like).values(**values)
            .on_conflict_do_nothing(index_elements=["contribution_id", "user_id"]).returning(Like.id))


def set_like(access: Access, contribution: Contribution, liked: bool) -> bool:
    """Like (or stop liking) a contribution. Idempotent: a double click or two tabs at once count
    once, because the unique (contribution, user) row decides and the count follows it.
    Returns True when something changed."""
    if not access.can_like(contribution):
        raise NotAllowed(_l("Vous ne pouvez pas aimer cette contribution."))
    if liked:
        result = db.session.execute(_insert_ignoring_duplicates(
            {"contribution_id": contribution.id, "user_id": access.user_id, "created_at": utcnow()}
        ))
    else:
        result = db.session.execute(
            sa.delete(Like).where(Like.contribution_id == contribution.id, Like.user_id == access.user_id)
            .returning(Like.id)
        )
    changed = result.first() is not None
    if changed:
        adjust_counts(contribution, likes=1 if liked else -1)
    return changed


_LIKE_OF = sa.select(Like.id).where(Like.contribution_id == sa.bindparam("contribution_id"),
                                   Like.user_id == sa.bindparam("user_id"))


def has_liked(user_id: int | None, contribution: Contribution) -> bool:
    if user_id is None:
        return False
    return db.session.scalar(_LIKE_OF, {"contribution_id": contribution.id, "user_id": user_id}) is not None


# -- comments -----------------------------------------------------------------------------------


def _body(body: str) -> str:
    body = clean_text(body)
    if not body:
        raise DomainError(_l("Écrivez votre commentaire."), field="body")
    if len(body) > COMMENT_MAX:
        raise DomainError(_l("Le commentaire fait au plus %(n)s caractères.", n=COMMENT_MAX), field="body")
    return body


def get_comment(access: Access, comment_id: int) -> Comment | None:
    """The comment if it belongs to this consultation and its contribution is visible here."""
    comment = db.session.scalar(
        sa.select(Comment).where(Comment.id == comment_id)
        .options(joinedload(Comment.contribution).joinedload(Contribution.workshop))
    )
    if comment is None or comment.contribution.consultation_id != access.consultation.id:
        return None
    return comment if access.can_view_contribution(comment.contribution) else None


def post_comment(access: Access, contribution: Contribution, body: str, parent_id: int | None = None,
                 created_at: datetime | None = None) -> Comment:
    if not access.can_comment(contribution):
        raise NotAllowed(_l("Les commentaires ne sont pas ouverts ici."))
    parent = answered = None
    if parent_id:
        parent = answered = db.session.get(Comment, parent_id)
        if parent is None or parent.contribution_id != contribution.id:
            raise DomainError(_l("Le commentaire auquel vous répondez n'existe plus."), field="body")
        if parent.parent_id is not None:  # replies stay one level deep (the one answered is told)
            parent = db.session.get(Comment, parent.parent_id)
    comment = Comment(contribution_id=contribution.id, author_id=access.user_id, body=_body(body),
                      parent_id=parent.id if parent else None, contribution=contribution,
                      created_at=created_at or utcnow())
    db.session.add(comment)
    db.session.flush()
    adjust_counts(contribution, comments=1)
    record(contribution, EventKind.COMMENTED, access, comment=comment, created_at=comment.created_at,
           data={"reply_to": answered.id} if answered is not None else None)
    return comment


def edit_comment(access: Access, comment: Comment, body: str) -> None:
    if not access.can_edit_comment(comment, comment.contribution):
        raise NotAllowed(_l("Vous ne pouvez pas modifier ce commentaire."))
    body = _body(body)
    if body != comment.body:
        comment.body = body
        comment.edited_at = utcnow()
    db.session.flush()


@dataclass
class Thread:
    comment: Comment
    replies: list[Comment] = field(default_factory=list)


_COMMENTS = (  # built once: read on every contribution page
    sa.select(Comment).where(Comment.contribution_id == sa.bindparam("contribution_id"))
    .options(joinedload(Comment.author)).order_by(Comment.created_at, Comment.id)
)


def threads(contribution: Contribution) -> list[Thread]:
    """The comments of a contribution, oldest first, each with its replies (one query)."""
    comments = db.session.scalars(_COMMENTS, {"contribution_id": contribution.id}).all()
    by_id: dict[int, Thread] = {}
    roots: list[Thread] = []
    for comment in comments:
        if comment.parent_id is None:
            by_id[comment.id] = Thread(comment)
            roots.append(by_id[comment.id])
    for comment in comments:
        if comment.parent_id is not None and comment.parent_id in by_id:
            by_id[comment.parent_id].replies.append(comment)
    return roots
