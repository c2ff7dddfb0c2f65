"""Helpers shared by the views: load-or-404, the current user's access, forms, safe redirects,
uploads waiting for their confirmation."""
import io
import unicodedata
from pathlib import PurePath
from urllib.parse import quote, urlsplit

from flask import abort, current_app, flash, g, redirect, render_template, request, url_for
from flask_babel import format_decimal
from flask_babel import gettext as _
from flask_login import current_user
from itsdangerous import BadData, URLSafeTimedSerializer
from werkzeug.exceptions import HTTPException

from . import storage
from .extensions import db
from .services import consultations
from .services.errors import DomainError
from .services.permissions import access_for


def load_consultation(slug: str) -> tuple:
    """The consultation and the current user's Access to it; 404 when it is missing or private
    to others (private means invisible). Also exposed to templates as `consultation`, `access`."""
    consultation, role = consultations.get_with_role(slug, current_user)
    if consultation is None:
        abort(404)
    access = access_for(current_user, consultation, role)
    if not access.can_view():
        abort(404)
    g.consultation, g.access = consultation, access
    return consultation, access


def require(allowed: bool) -> None:
    """403 unless `allowed`."""
    if not allowed:
        abort(403)


def found(obj):
    """The object, or 404."""
    if obj is None:
        abort(404)
    return obj


def safe_next(target: str | None, default: str | None = None) -> str:
    """A `next` URL, kept only if it stays on this site (a path, never another host)."""
    fallback = url_for("main.home") if default is None else default
    if not target or "\\" in target or any(ord(ch) < 32 for ch in target):
        return fallback
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return fallback
    return target


def join_code_in(path: str) -> str | None:
    """The join code of an invitation path (/j/<code>), or None for any other path."""
    if not path:
        return None
    try:
        endpoint, arguments = current_app.url_map.bind("").match(urlsplit(path).path, method="GET")
    except HTTPException:
        return None
    return arguments.get("code") if endpoint == "consultations.join" else None


def redirect_next(default: str | None = None):
    return redirect(safe_next(request.values.get("next"), default))


def apply_error(form, error: DomainError) -> None:
    """Show a service's refusal next to its field (or at the top of the form)."""
    field = getattr(form, error.field, None) if error.field else None
    if field is not None:
        field.errors = list(field.errors) + [str(error.message)]
    else:
        form.form_errors.append(str(error.message))


def submit(form, action, message, target):
    """The end of a form view. When the form was sent (not for its preview) and is valid, call
    `action()` (a service); a refusal goes next to its field and None is returned, to show the form
    again; else commit, flash `message` (or `message(result)`) and redirect to `target(result)`."""
    if wants_preview() or not form.validate_on_submit():
        return None
    try:
        result = action()
    except DomainError as error:
        apply_error(form, error)
        return None
    db.session.commit()
    flash(message(result) if callable(message) else message, "success")
    return redirect(target(result))


def render_form(template: str, form, **context):
    """Render a form page: status 400 when the form carries errors, so clients and tests see them."""
    status = 400 if (form.errors or form.form_errors) else 200
    return render_template(template, form=form, **context), status


def wants_json() -> bool:
    """True when the page's script asked for JSON (likes, the capture of post-its)."""
    return request.accept_mimetypes.best_match(["text/html", "application/json"]) == "application/json"


def wants_preview() -> bool:
    """True when the form was sent with its "Aperçu" button: show the rendered text, save nothing."""
    return request.method == "POST" and "preview" in request.form


def preview_of(field) -> str | None:
    """The text of a Markdown field to show as its preview, or None when no preview was asked."""
    return (field.data or "") if wants_preview() else None


# -- uploads waiting for their confirmation -------------------------------------------------------
# An import is previewed first: the file is kept (through app/storage.py, so any server of the
# installation finds it) under a generated name, and the confirmation form carries a signed token
# naming it, the person and the place it was sent for. Unconfirmed files go after a day.

PENDING_PREFIX = "imports"
PENDING_MAX_AGE = 3600 * 6


def _pending_serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="pending-import")


def stash_upload(data: bytes, filename: str, scope: str) -> str:
    """Keep an uploaded file until it is confirmed; returns the token the confirmation sends back."""
    store = storage.current()
    store.delete_older_than(PENDING_PREFIX, 24 * 3600)
    key = storage.new_key(PENDING_PREFIX, ".bin")
    store.put(key, io.BytesIO(data))
    return _pending_serializer().dumps({"k": key, "f": filename[:200], "s": scope, "u": current_user.get_id()})


def take_upload(token: str, scope: str) -> tuple[str, bytes, str] | None:
    """(file name, content, storage key) of a stashed upload, if the token is valid for this scope
    and this person and the file is still there; else None."""
    try:
        data = _pending_serializer().loads(token or "", max_age=PENDING_MAX_AGE)
    except BadData:
        return None
    if not isinstance(data, dict) or data.get("s") != scope or data.get("u") != current_user.get_id():
        return None
    try:
        content = b"".join(storage.current().open(data["k"]))
    except (storage.NotFound, ValueError):
        return None
    return data["f"], content, data["k"]


def read_upload(field, limit_setting: str = "IMPORT_MAX_BYTES") -> tuple[str, bytes] | None:
    """(name, content) of a file field, or None with an error on the field when it is too large."""
    upload = field.data
    limit = current_app.config[limit_setting]
    content = upload.read(limit + 1)
    if len(content) > limit:
        field.errors = [*field.errors, _("Le fichier dépasse %(size)s.", size=format_size(limit))]
        return None
    return PurePath(upload.filename or "fichier").name, content


def content_disposition(filename: str) -> str:
    """`attachment` with the file's name, its accents kept for browsers that read RFC 5987."""
    fallback = unicodedata.normalize("NFKD", filename).encode("ascii", "ignore").decode("ascii")
    fallback = "".join(ch if ch.isalnum() or ch in " .-_()" else "_" for ch in fallback).strip() or "document"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def format_size(size: int) -> str:
    """20 Mo, 350 ko: a size as French people read it."""
    if size >= 1024 * 1024:
        return _("%(n)s Mo", n=format_decimal(round(size / 1024 / 1024, 1)))
    return _("%(n)s ko", n=max(1, round(size / 1024)))
