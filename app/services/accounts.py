"""Accounts: registration, authentication, passwords."""
import gzip
import re
import secrets
from functools import cache
from pathlib import Path

import sqlalchemy as sa
from flask import current_app, render_template
from flask_babel import lazy_gettext as _l
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from werkzeug.security import check_password_hash, generate_password_hash

from ..extensions import db
from ..models import Membership, Sector, User
from ..models.base import utcnow
from . import mail
from .errors import DomainError
from .text import clean_line, sort_key

MIN_PASSWORD_LENGTH = 10
_RESET_SALT = "password-reset"
# Compared against when the e-mail is unknown, so that a failed login costs the same time.
_DUMMY_HASH = generate_password_hash(secrets.token_urlsafe(16))


def normalize_email(email: str) -> str:
    return clean_line(email).lower()


def get_user_by_email(email: str) -> User | None:
    return db.session.scalar(sa.select(User).where(User.email == normalize_email(email)))


_DATA = Path(__file__).resolve().parent.parent / "data"
_TRAILING = re.compile(r"[\d\W_]+$")


@cache
def _common_passwords() -> frozenset[str]:
    with gzip.open(_DATA / "common-passwords.txt.gz", "rt", encoding="utf-8") as handle:
        words = {line.strip().lower() for line in handle}
    extra = (_DATA / "common-passwords-fr.txt").read_text(encoding="utf-8").splitlines()
    words.update(line.strip().lower() for line in extra if line.strip() and not line.startswith("#"))
    return frozenset(words)


def is_common_password(password: str) -> bool:
    """True for a password from the shipped lists, also with digits or signs added at the end
    ("motdepasse2024!" is "motdepasse")."""
    lowered = password.lower().strip()
    return lowered in _common_passwords() or _TRAILING.sub("", lowered) in _common_passwords()


def check_new_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise DomainError(
            _l("Le mot de passe doit comporter au moins %(n)s caractères.", n=MIN_PASSWORD_LENGTH),
            field="password",
        )
    if is_common_password(password):
        raise DomainError(
            _l("Ce mot de passe fait partie des plus courants : choisissez-en un autre, par exemple une courte phrase."),
            field="password",
        )


def create_user(
    email: str,
    display_name: str,
    password: str,
    organisation: str = "",
    sector: Sector | str = Sector.AUTRE,
    commune: str = "",
    is_admin: bool = False,
) -> User:
    email = normalize_email(email)
    if get_user_by_email(email) is not None:
        raise DomainError(
            _l("Un compte existe déjà avec cette adresse. Connectez-vous ou réinitialisez votre mot de passe."),
            field="email",
        )
    check_new_password(password)
    user = User(
        email=email,
        display_name=clean_line(display_name),
        sort_name=sort_key(clean_line(display_name)),
        organisation=clean_line(organisation),
        sector=Sector(sector),
        commune=clean_line(commune),
        password_hash=generate_password_hash(password),
        is_admin=is_admin,
    )
    db.session.add(user)
    db.session.flush()
    return user


def register(email: str, display_name: str, password: str, organisation: str, sector: str, commune: str,
             login_url: str, reset_url: str) -> User | None:
    """Create an account, or, when the address already has one, write to its owner instead.

    Both paths check the password, hash it and write one row, so that neither the answer nor its
    time tells whether an address is registered. Returns the new user, or None."""
    check_new_password(password)
    existing = get_user_by_email(email)
    if existing is None:
        return create_user(email=email, display_name=display_name, password=password,
                           organisation=organisation, sector=sector, commune=commune)
    generate_password_hash(password)  # the same work as a new account
    body = render_template("email/account_exists.txt", user=existing, login_url=login_url, reset_url=reset_url)
    mail.queue_email(existing.email, str(_l("Votre compte Concerto existe déjà")), body)
    return None


def authenticate(email: str, password: str) -> User | None:
    """The user with these credentials, or None. Takes the same time whether the e-mail exists."""
    user = get_user_by_email(email or "")
    if user is None:
        check_password_hash(_DUMMY_HASH, password or "")
        return None
    if not check_password_hash(user.password_hash, password or ""):
        return None
    user.last_login_at = utcnow()
    return user


def _set_password(user: User, password: str) -> None:
    check_new_password(password)
    user.password_hash = generate_password_hash(password)
    user.session_version += 1


def change_password(user: User, current_password: str, new_password: str) -> None:
    if not check_password_hash(user.password_hash, current_password or ""):
        raise DomainError(_l("Le mot de passe actuel n'est pas le bon."), field="current_password")
    _set_password(user, new_password)
    db.session.flush()


def update_profile(user: User, display_name: str, organisation: str, sector: str, commune: str,
                   show_in_directory: bool) -> None:
    user.display_name = clean_line(display_name)
    user.sort_name = sort_key(user.display_name)
    db.session.execute(sa.update(Membership).where(Membership.user_id == user.id).values(sort_name=user.sort_name))
    user.organisation = clean_line(organisation)
    user.sector = Sector(sector)
    user.commune = clean_line(commune)
    user.show_in_directory = bool(show_in_directory)
    db.session.flush()


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=_RESET_SALT)


def make_reset_token(user: User) -> str:
    return _serializer().dumps({"u": user.id, "v": user.session_version})


def user_for_reset_token(token: str) -> User | None:
    """The user a reset token was made for, if it is genuine, not expired and not used yet."""
    try:
        data = _serializer().loads(token, max_age=current_app.config["PASSWORD_RESET_MAX_AGE"])
    except (BadSignature, SignatureExpired):
        return None
    if not isinstance(data, dict):
        return None
    user = db.session.get(User, data.get("u"))
    if user is None or user.session_version != data.get("v"):
        return None  # the password changed since: the link was used or superseded
    return user


def request_password_reset(email: str, reset_url_for) -> None:
    """Queue a reset e-mail if an account has this address; say nothing either way.

    `reset_url_for(token)` builds the absolute link (the caller knows the site's address)."""
    user = get_user_by_email(email or "")
    # Sign and write the message whether or not the address exists: the same work either way.
    token = make_reset_token(user if user is not None else User(id=0, session_version=0))
    body = render_template("email/password_reset.txt", user=user or User(display_name=""), url=reset_url_for(token),
                           hours=current_app.config["PASSWORD_RESET_MAX_AGE"] // 3600)
    if user is not None:
        mail.queue_email(user.email, str(_l("Réinitialiser votre mot de passe Concerto")), body)


def reset_password(user: User, new_password: str) -> None:
    _set_password(user, new_password)
    db.session.flush()


_SESSION_USER = sa.select(User).where(User.id == sa.bindparam("id"), User.session_version == sa.bindparam("version"))


def user_for_session_id(session_id: str) -> User | None:
    """The user of a login session ("<id>.<session_version>"); None once the password changed.
    Read on every request of a logged-in person, with a statement built once."""
    user_id, _, version = (session_id or "").partition(".")
    if not (user_id.isdigit() and version.isdigit()):
        return None
    return db.session.scalar(_SESSION_USER, {"id": int(user_id), "version": int(version)})
