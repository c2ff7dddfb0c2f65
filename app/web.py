"""Helpers shared by the views: load-or-404, the current user's access, forms, safe redirects."""
from urllib.parse import urlsplit

from flask import abort, current_app, g, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.exceptions import HTTPException

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


def render_form(template: str, form, **context):
    """Render a form page: status 400 when the form carries errors, so clients and tests see them."""
    status = 400 if (form.errors or form.form_errors) else 200
    return render_template(template, form=form, **context), status


def wants_preview() -> bool:
    """True when the form was sent with its "Aperçu" button: show the rendered text, save nothing."""
    return request.method == "POST" and "preview" in request.form
