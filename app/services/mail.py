"""Outgoing e-mail: services queue rows in their transaction; delivery happens after the commit.

`queue_email` adds an OutgoingEmail row. When the transaction commits, the ids of the rows it
added are remembered on the session; the application hands them to `deliver` at the end of the
request (or the command), so a reset link arrives at once and nothing leaves for a transaction
that rolled back. `deliver_pending` retries whatever failed (flask --app app send-mail).
"""
import logging
import smtplib
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

import sqlalchemy as sa
from flask import current_app
from sqlalchemy import event
from sqlalchemy.orm import Session

from ..extensions import db
from ..models import OutgoingEmail
from ..models.base import utcnow

log = logging.getLogger(__name__)
_NEW, _COMMITTED = "outbox_new", "outbox_committed"
MAX_ATTEMPTS = 5


def queue_email(recipient: str, subject: str, body: str, headers: dict | None = None) -> OutgoingEmail:
    email = OutgoingEmail(recipient=recipient, subject=subject, body=body, headers=headers or None)
    db.session.add(email)
    db.session.flush()
    db.session.info.setdefault(_NEW, set()).add(email.id)
    return email


@event.listens_for(Session, "after_commit")
def _remember_committed(session):
    new = session.info.pop(_NEW, None)
    if new:
        session.info.setdefault(_COMMITTED, set()).update(new)


@event.listens_for(Session, "after_soft_rollback")
def _forget_rolled_back(session, previous_transaction):
    if previous_transaction.parent is None:
        session.info.pop(_NEW, None)


def take_committed_ids() -> set[int]:
    return db.session.info.pop(_COMMITTED, set())


def _message(email: OutgoingEmail) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = current_app.config["MAIL_DEFAULT_SENDER"]
    msg["To"] = email.recipient
    msg["Subject"] = email.subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain="concerto")
    for name, value in (email.headers or {}).items():
        msg[name] = value
    msg.set_content(email.body)
    return msg


def _send(msg: EmailMessage) -> None:
    config = current_app.config
    if not config.get("MAIL_SERVER"):
        outbox = Path(current_app.instance_path) / "outbox"
        outbox.mkdir(parents=True, exist_ok=True)
        stamp = utcnow().strftime("%Y%m%dT%H%M%S%f")
        (outbox / f"{stamp}-{msg['Message-ID'].strip('<>').split('@')[0]}.eml").write_bytes(bytes(msg))
        return
    with smtplib.SMTP(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=15) as smtp:
        if config.get("MAIL_USE_TLS"):
            smtp.starttls()
        if config.get("MAIL_USERNAME"):
            smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"])
        smtp.send_message(msg)


def deliver(ids) -> int:
    """Send the unsent e-mails among `ids`; returns how many left. The caller commits."""
    ids = list(ids)
    if not ids:
        return 0
    emails = db.session.scalars(
        sa.select(OutgoingEmail).where(OutgoingEmail.id.in_(ids), OutgoingEmail.sent_at.is_(None))
    ).all()
    sent = 0
    for email in emails:
        email.attempts += 1
        try:
            _send(_message(email))
        except (OSError, smtplib.SMTPException) as exc:
            email.last_error = str(exc)[:2000]
            log.warning("e-mail %s not sent: %s", email.id, exc)
        else:
            email.sent_at = utcnow()
            email.last_error = ""
            sent += 1
    db.session.flush()
    return sent


def deliver_pending() -> int:
    """Retry every unsent e-mail that has not failed too often."""
    ids = db.session.scalars(
        sa.select(OutgoingEmail.id).where(
            OutgoingEmail.sent_at.is_(None), OutgoingEmail.attempts < MAX_ATTEMPTS
        )
    ).all()
    return deliver(ids)
