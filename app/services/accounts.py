"""Accounts: registration, authentication, passwords."""
import secrets

import sqlalchemy as sa
from flask import current_app, render_template
from flask_babel import lazy_gettext as _l
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from werkzeug.security import check_password_hash, generate_password_hash

from ..extensions import db
from ..models import Sector, User
from ..models.base import utcnow
from . import mail
from .errors import DomainError
from .text import clean_line

MIN_PASSWORD_LENGTH = 10
_RESET_SALT = "password-reset"
# Compared against when the e-mail is unknown, so that a failed login costs the same time.
_DUMMY_HASH = generate_password_hash(secrets.token_urlsafe(16))


def normalize_email(email: str) -> str:
    return clean_line(email).lower()


def get_user_by_email(email: str) -> User | None:
    return db.session.scalar(sa.select(User).where(User.email == normalize_email(email)))


def check_new_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise DomainError(
            _l("Le mot de passe doit comporter au moins %(n)s caractères.", n=MIN_PASSWORD_LENGTH),
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
        organisation=clean_line(organisation),
        sector=Sector(sector),
        commune=clean_line(commune),
        password_hash=generate_password_hash(password),
        is_admin=is_admin,
    )
    db.session.add(user)
    db.session.flush()
    return user


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
    if user is None:
        return
    url = reset_url_for(make_reset_token(user))
    body = render_template("email/password_reset.txt", user=user, url=url,
                           hours=current_app.config["PASSWORD_RESET_MAX_AGE"] // 3600)
    mail.queue_email(user.email, str(_l("Réinitialiser votre mot de passe Concerto")), body)


def reset_password(user: User, new_password: str) -> None:
    _set_password(user, new_password)
    db.session.flush()


def user_for_session_id(session_id: str) -> User | None:
    """The user of a login session ("<id>.<session_version>"); None once the password changed."""
    user_id, _, version = (session_id or "").partition(".")
    if not (user_id.isdigit() and version.isdigit()):
        return None
    user = db.session.get(User, int(user_id))
    if user is None or user.session_version != int(version):
        return None
    return user
