"""French error pages."""
import math
import time
from datetime import timedelta

from flask import Flask, render_template
from flask_babel import format_timedelta
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import CSRFError

from .extensions import db, limiter
from .services.errors import NotAllowed

MESSAGES = {
    400: (_l("Requête incorrecte"), _l("La demande n'a pas pu être comprise. Revenez en arrière et réessayez.")),
    403: (_l("Accès refusé"), _l("Vous n'avez pas les droits nécessaires pour cette page ou cette action.")),
    404: (_l("Page introuvable"), _l("Cette page n'existe pas, ou elle n'est pas accessible avec votre compte.")),
    405: (_l("Méthode non autorisée"), _l("Cette adresse ne s'utilise pas ainsi.")),
    413: (_l("Envoi trop volumineux"), _l("Ce que vous avez envoyé dépasse la taille autorisée.")),
    429: (_l("Trop de tentatives"), _l("Vous avez fait trop de demandes en peu de temps. Patientez quelques minutes puis réessayez.")),
    500: (_l("Erreur du serveur"), _l("Une erreur inattendue s'est produite de notre côté. Elle a été enregistrée ; réessayez dans un instant.")),
}


def retry_after() -> int:
    """Seconds until the rate limit reached by this request lets it through again (at least 1)."""
    current = limiter.current_limit
    if current is None:
        return 60
    return max(1, math.ceil(current.reset_at - time.time()))


def render_error(code: int, detail: str | None = None):
    title, message = MESSAGES.get(code, MESSAGES[500])
    return render_template("errors/error.html", code=code, title=title, message=detail or message), code


def register_error_handlers(app: Flask) -> None:
    for code in MESSAGES:
        if code in (429, 500):
            continue
        app.register_error_handler(code, lambda error, code=code: render_error(code))

    @app.errorhandler(429)
    def too_many_requests(error):
        """Says how long to wait: the time until the limit that was reached starts again, also
        sent as Retry-After."""
        wait = retry_after()
        detail = _l("Vous avez fait trop de demandes en peu de temps. Réessayez dans %(delay)s.",
                    delay=format_timedelta(timedelta(seconds=wait), threshold=1.1, granularity="minute"
                                           if wait >= 60 else "second"))
        body, status = render_error(429, str(detail))
        return body, status, {"Retry-After": str(wait)}

    @app.errorhandler(CSRFError)
    def csrf_error(error):
        return render_error(400, str(_l("Le formulaire a expiré ou n'est pas valide. Rechargez la page puis recommencez.")))

    @app.errorhandler(NotAllowed)
    def not_allowed(error):
        db.session.rollback()
        return render_error(403)

    @app.errorhandler(500)
    def server_error(error):
        db.session.rollback()
        return render_error(500)
