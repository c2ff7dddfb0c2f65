"""Notifications derived from events (who is told, why, never the actor), the unread counts, and the
e-mails: one per notification or one digest per period, whatever the times the command runs."""
from datetime import datetime, timedelta

import sqlalchemy as sa

from app.extensions import db
from app.models import (
    CommentStatus,
    ContributionStatus,
    EmailFrequency,
    Notification,
    NotificationReason,
    OutgoingEmail,
    Outcome,
    Role,
    User,
)
from app.services import digests, discussion, lifecycle, notifications, reports
from app.services.permissions import access_for

from .. import factories

R = NotificationReason


def access(s, user, role=None):
    return access_for(user, s.consultation, role)


def told(event_id=None, report_id=None) -> dict[int, str]:
    query = sa.select(Notification.user_id, Notification.reason)
    query = query.where(Notification.event_id == event_id) if event_id else query.where(
        Notification.report_id == report_id)
    return {user_id: reason.value for user_id, reason in db.session.execute(query)}


def unread(user) -> int:
    return db.session.scalar(sa.select(User.unread_notifications).where(User.id == user.id))


def test_an_answer_tells_the_people_of_the_contribution_once_each_never_the_actor(app):
    s = factories.scene()
    liker, both = factories.member(s.consultation), factories.member(s.consultation)
    factories.like(s.contribution, liker)
    factories.like(s.contribution, both)
    factories.like(s.contribution, s.facilitator)  # the facilitator who answers liked it too
    factories.comment(s.contribution, both, "Et en hiver ?")
    merged = factories.contribution(s.workshop, author=s.elected, title="La même")
    factories.like(merged, s.outsider)
    lifecycle.merge(access(s, s.facilitator, Role.FACILITATOR), [merged], s.contribution)
    event = lifecycle.set_outcome(access(s, s.facilitator, Role.FACILITATOR), s.contribution, Outcome.ANSWERED,
                                  "C'est prévu.")
    assert told(event.id) == {
        s.participant.id: R.AUTHOR.value,      # wrote it
        s.elected.id: R.COAUTHOR.value,        # wrote what was merged into it
        s.other.id: R.COMMENTER.value,         # the scene's comment
        both.id: R.COMMENTER.value,            # liked and commented: told once, as a commenter
        liker.id: R.LIKER.value,
        s.outsider.id: R.LIKER.value,          # liked the merged one
    }
    assert unread(s.participant) == 2 and unread(s.facilitator) == 0  # the merge into it, and the answer


def test_comments_tell_the_author_and_the_person_answered(app):
    s = factories.scene()
    reply = discussion.post_comment(access(s, s.elected, Role.ELECTED), s.contribution, "D'accord", s.comment.id)
    event = db.session.scalar(sa.select(Notification.event_id).where(Notification.user_id == s.other.id))
    assert told(event) == {s.participant.id: R.AUTHOR.value, s.other.id: R.REPLIED.value}
    # The author answering on their own contribution is not told about it.
    discussion.post_comment(access(s, s.participant, Role.PARTICIPANT), s.contribution, "Merci", reply.id)
    assert unread(s.participant) == 1 and unread(s.elected) == 1
    # A hidden comment tells its author, with the reason; a withdrawal tells nobody.
    hidden = lifecycle.set_comment_status(access(s, s.facilitator, Role.FACILITATOR), reply,
                                          CommentStatus.HIDDEN, "Hors sujet")
    assert told(hidden.id) == {s.elected.id: R.COMMENT_AUTHOR.value}
    before = db.session.scalar(sa.select(sa.func.count(Notification.id)))
    lifecycle.set_status(access(s, s.participant, Role.PARTICIPANT), s.contribution,
                         ContributionStatus.WITHDRAWN)
    assert db.session.scalar(sa.select(sa.func.count(Notification.id))) == before


def test_a_published_document_tells_every_member_once(app):
    s = factories.scene()
    report = factories.report(s.workshop, title="Synthèse")
    reports.publish_report(access(s, s.facilitator, Role.FACILITATOR), report)
    members = {s.participant.id, s.other.id, s.elected.id}
    assert told(report_id=report.id) == {m: R.MEMBER.value for m in members}
    reports.unpublish_report(access(s, s.facilitator, Role.FACILITATOR), report)
    reports.publish_report(access(s, s.facilitator, Role.FACILITATOR), report)
    assert db.session.scalar(sa.select(sa.func.count(Notification.id)).where(Notification.report_id == report.id)) == 3


def test_reading_keeps_the_unread_count_exact(app):
    s = factories.scene()
    facilitator = access(s, s.facilitator, Role.FACILITATOR)
    for outcome, text in ((Outcome.REVIEW, ""), (Outcome.ANSWERED, "Oui"), (Outcome.DECLINED, "Non")):
        lifecycle.set_outcome(facilitator, s.contribution, outcome, text)
    assert unread(s.participant) == 3
    page = notifications.page(s.participant, size=2)
    assert len(page.items) == 2 and page.items[0].id > page.items[1].id and page.next_cursor
    assert notifications.mark_read(s.participant, [page.items[0].id, "x", page.items[0].id]) == 1
    assert notifications.mark_read(s.other, [page.items[1].id]) == 0  # someone else's is untouched
    assert unread(s.participant) == 2
    assert notifications.mark_read(s.participant) == 2 and unread(s.participant) == 0
    db.session.execute(sa.update(User).values(unread_notifications=7))
    assert notifications.recount_unread() >= 1 and unread(s.participant) == 0


# -- e-mails -------------------------------------------------------------------------------------------------

def _answer(s, text="Réponse"):
    lifecycle.set_outcome(access(s, s.facilitator, Role.FACILITATOR), s.contribution, Outcome.ANSWERED, text)


def _emails(to):
    return list(db.session.scalars(sa.select(OutgoingEmail).where(OutgoingEmail.recipient == to)
                                   .order_by(OutgoingEmail.id)))


def test_immediately_one_e_mail_per_notification_with_one_click_unsubscribe(app):
    s = factories.scene()
    notifications.set_frequency(s.participant, EmailFrequency.IMMEDIATE)
    notifications.set_frequency(s.other, EmailFrequency.NEVER)
    _answer(s, "Nous l'inscrivons au **programme 2027**.")
    sent = digests.send_due(base_url="https://concertation.example.org")
    assert sent.immediate == 1 and sent.passed_over == 1
    [email] = _emails(s.participant.email)
    assert email.subject == "Réponse à « Une navette vers le Pont du Gard »"
    assert "programme 2027" in email.body and "parce que vous avez écrit cette contribution" in email.body
    link = email.headers["List-Unsubscribe"]
    assert link.startswith("<https://concertation.example.org/e-mails/") and link.endswith(">")
    assert email.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert link[1:-1] in email.body
    assert _emails(s.other.email) == []
    assert digests.send_due().immediate == 0  # nothing is sent twice


def test_one_digest_per_period_however_often_or_late_the_command_runs(app):
    s = factories.scene()
    app.config.update(DIGEST_HOUR=7, BABEL_DEFAULT_TIMEZONE="Europe/Paris")
    monday_8h = datetime(2026, 11, 30, 7, 0)  # 8 h in Paris
    notifications.set_frequency(s.elected, EmailFrequency.WEEKLY)
    factories.like(s.contribution, s.elected)
    _answer(s, "Première réponse")
    first = digests.send_due(now=monday_8h)
    assert first.by_frequency == {"daily": 2, "weekly": 1}  # the author and the commenter; the liker weekly
    _answer(s, "Deuxième réponse")
    for hours in (1, 5, 20):  # the same day and the next morning before 7 h: nothing more
        assert digests.send_due(now=monday_8h + timedelta(hours=hours)).digests == 0
    tuesday = digests.send_due(now=monday_8h + timedelta(days=1, hours=3))  # Tuesday 11 h, late: one digest
    assert tuesday.by_frequency == {"daily": 2}
    assert digests.send_due(now=monday_8h + timedelta(days=1, hours=4)).digests == 0
    assert digests.send_due(now=monday_8h + timedelta(days=6)).digests == 0  # Sunday: the week is not over
    assert digests.send_due(now=monday_8h + timedelta(days=7)).by_frequency == {"weekly": 1}
    daily = _emails(s.participant.email)
    assert [e.subject for e in daily] == ["Concerto : votre résumé du jour (1)"] * 2
    assert "Deuxième réponse" in daily[1].body and "Première réponse" not in daily[1].body
    weekly = _emails(s.elected.email)
    assert len(weekly) == 2 and "résumé de la semaine" in weekly[1].subject


def test_digests_group_by_consultation_and_contribution_newest_first(app):
    s = factories.scene()
    second = factories.contribution(s.workshop, author=s.participant, title="Des bancs à l'ombre")
    _answer(s, "Sur la navette")
    lifecycle.set_outcome(access(s, s.facilitator, Role.FACILITATOR), second, Outcome.DECLINED, "Pas de budget")
    discussion.post_comment(access(s, s.elected, Role.ELECTED), s.contribution, "Bravo")
    digests.send_due(now=datetime(2026, 12, 1, 9, 0))
    [email] = _emails(s.participant.email)
    body = email.body
    assert body.count("== Assises du tourisme ==") == 1
    navette, bancs = body.index("« Une navette vers le Pont du Gard »"), body.index("« Des bancs à l'ombre »")
    assert navette < bancs  # the newest notification (the comment) puts its contribution first
    assert body.index("a commenté votre contribution") < body.index("Sur la navette") < bancs
    assert "Pas de budget" in body and "3 notifications" in body
    assert email.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
