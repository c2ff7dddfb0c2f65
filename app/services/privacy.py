"""Personal data (RGPD): what a user can download about themselves, and deleting an account."""
import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import joinedload, selectinload
from werkzeug.security import check_password_hash

from ..extensions import db
from ..models import (
    Attendance,
    Comment,
    CommentStatus,
    Consultation,
    Contribution,
    ContributionStatus,
    Flag,
    Like,
    Membership,
    Notification,
    OutgoingEmail,
    User,
    Workshop,
)
from . import lifecycle
from .errors import DomainError
from .permissions import access_for


def _iso(moment):
    return moment.isoformat(timespec="seconds") + "Z" if moment else None


def export_data(user: User) -> dict:
    """Everything Concerto holds about `user`, as plain JSON-ready values."""
    memberships = db.session.execute(
        sa.select(Membership, Consultation).join(Consultation, Consultation.id == Membership.consultation_id)
        .where(Membership.user_id == user.id).order_by(Membership.joined_at)
    ).all()
    attended = db.session.execute(
        sa.select(Workshop.title, Consultation.title).join(Attendance, Attendance.workshop_id == Workshop.id)
        .join(Consultation, Consultation.id == Workshop.consultation_id).where(Attendance.user_id == user.id)
    ).all()
    contributions = db.session.scalars(
        sa.select(Contribution).where(Contribution.author_id == user.id).order_by(Contribution.id)
        .options(joinedload(Contribution.consultation), joinedload(Contribution.workshop),
                 joinedload(Contribution.mission), selectinload(Contribution.themes))
    ).unique().all()
    comments = db.session.scalars(
        sa.select(Comment).where(Comment.author_id == user.id).order_by(Comment.id)
        .options(joinedload(Comment.contribution))
    ).all()
    likes = db.session.execute(
        sa.select(Like.created_at, Contribution.id, Contribution.title)
        .join(Contribution, Contribution.id == Like.contribution_id).where(Like.user_id == user.id)
        .order_by(Like.created_at)
    ).all()
    flags = db.session.execute(
        sa.select(Flag.created_at, Flag.contribution_id, Flag.comment_id, Flag.reason, Flag.text, Flag.resolution)
        .where(Flag.user_id == user.id).order_by(Flag.id)).all()
    notifications = db.session.execute(
        sa.select(Notification.created_at, Notification.reason, Notification.event_id, Notification.report_id,
                  Notification.action_event_id, Notification.read_at, Notification.mailed_at)
        .where(Notification.user_id == user.id).order_by(Notification.id)).all()
    return {
        "profile": {
            "email": user.email, "display_name": user.display_name, "organisation": user.organisation,
            "sector": user.sector.value, "commune": user.commune, "show_in_directory": user.show_in_directory,
            "created_at": _iso(user.created_at), "last_login_at": _iso(user.last_login_at),
            "email_frequency": user.email_frequency.value, "last_digest_at": _iso(user.last_digest_at),
        },
        "memberships": [
            {"consultation": c.title, "slug": c.slug, "role": m.role.value, "joined_at": _iso(m.joined_at)}
            for m, c in memberships
        ],
        "workshops_attended": [{"workshop": w, "consultation": c} for w, c in attended],
        "contributions": [
            {"id": c.id, "consultation": c.consultation.title, "workshop": c.workshop.title,
             "mission": c.mission.title if c.mission else None, "title": c.title, "body": c.body,
             "status": c.status.value, "themes": [t.name for t in c.themes], "likes": c.like_count,
             "comments": c.comment_count, "created_at": _iso(c.created_at), "edited_at": _iso(c.edited_at)}
            for c in contributions
        ],
        "comments": [
            {"id": c.id, "contribution_id": c.contribution_id, "contribution": c.contribution.title,
             "reply_to": c.parent_id, "body": c.body, "status": c.status.value,
             "created_at": _iso(c.created_at), "edited_at": _iso(c.edited_at)}
            for c in comments
        ],
        "likes": [{"contribution_id": cid, "contribution": title, "created_at": _iso(at)} for at, cid, title in likes],
        "reports_made": [{"created_at": _iso(at), "contribution_id": cid, "comment_id": mid, "reason": reason.value,
                          "text": text, "decision": resolution.value if resolution else None}
                         for at, cid, mid, reason, text, resolution in flags],
        "notifications": [{"created_at": _iso(at), "why": reason.value, "event_id": event_id, "report_id": report_id,
                           "action_event_id": action_event_id, "read_at": _iso(read), "mailed_at": _iso(mailed)}
                          for at, reason, event_id, report_id, action_event_id, read, mailed in notifications],
    }


def delete_account(user: User, password: str, withdraw_contributions: bool = False) -> None:
    """Delete an account after checking its password.

    Contributions and comments stay, signed as an anonymous participant, unless the user asks to
    withdraw them as well; likes stay counted (anonymously). Memberships, attendance, pending
    e-mails and the account itself go."""
    if not check_password_hash(user.password_hash, password or ""):
        raise DomainError(_l("Le mot de passe n'est pas le bon."), field="password")
    if withdraw_contributions:
        roles = dict(db.session.execute(
            sa.select(Membership.consultation_id, Membership.role).where(Membership.user_id == user.id)
        ).all())
        own = db.session.scalars(
            sa.select(Contribution).where(Contribution.author_id == user.id,
                                          Contribution.status == ContributionStatus.PUBLISHED)
            .options(joinedload(Contribution.consultation))
        ).all()
        for contribution in own:
            access = access_for(user, contribution.consultation, roles.get(contribution.consultation_id))
            lifecycle.set_status(access, contribution, ContributionStatus.WITHDRAWN)
        comments = db.session.scalars(
            sa.select(Comment).where(Comment.author_id == user.id, Comment.status == CommentStatus.VISIBLE)
            .options(joinedload(Comment.contribution).joinedload(Contribution.consultation))
        ).all()
        for comment in comments:
            consultation = comment.contribution.consultation
            lifecycle.set_comment_status(access_for(user, consultation, roles.get(consultation.id)), comment,
                                         CommentStatus.WITHDRAWN)
    db.session.execute(sa.delete(OutgoingEmail).where(OutgoingEmail.recipient == user.email))
    db.session.delete(user)
    db.session.flush()
