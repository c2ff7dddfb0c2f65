"""Hardening that applies to every response and request: security headers, rate-limit keys,
and the check of production settings (flask --app app check-config)."""
import os

from flask import Flask, current_app, request
from flask_babel import lazy_gettext as _l
from flask_limiter.util import get_remote_address
from flask_login import current_user

# No inline script or style anywhere, no eval: every script and stylesheet is a file of ours.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
])
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "X-XSS-Protection": "0",  # the old XSS filters of browsers do more harm than good; the CSP protects
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
}


def register_security(app: Flask) -> None:
    @app.after_request
    def security_headers(response):
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        if current_app.config.get("PREFERRED_URL_SCHEME") == "https":
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        if current_user.is_authenticated:
            response.headers.setdefault("Cache-Control", "private, no-store")
        return response


# -- rate-limit keys --------------------------------------------------------------------------

def user_or_ip() -> str:
    """Writes are counted per member when logged in, per address otherwise."""
    if current_user.is_authenticated:
        return f"user:{current_user.id}"
    return get_remote_address()


def device_key() -> str:
    """The room's phones: a member's account, else the phone's guest cookie, else the address
    (forty phones of a hall share one address)."""
    if current_user.is_authenticated:
        return f"user:{current_user.id}"
    cookie = request.cookies.get("concerto_salle")
    if cookie:
        return "device:" + cookie[-24:]
    return get_remote_address()


def login_account_key() -> str:
    """Failed logins are counted per e-mail address typed, whether or not an account has it:
    the growing delay then tells nothing about which addresses exist."""
    return "login-account:" + (request.form.get("email") or "").strip().lower()[:254]


def failed_login(response) -> bool:
    return response.status_code != 302


# -- production settings ----------------------------------------------------------------------

WEAK_SECRETS = {"", "dev", "secret", "changeme", "change-me", "secret-key", "secret-for-tests-only", "concerto"}


def config_problems(config, workers: int) -> list[str]:
    """Unsafe settings for production, as French sentences (empty when all is well)."""
    problems = []
    if config.get("DEBUG") or os.environ.get("FLASK_DEBUG") in ("1", "true", "True"):
        problems.append(_l("Le mode debug est activé : il affiche le code et permet d'en exécuter."))
    if config.get("TESTING"):
        problems.append(_l("TESTING est activé."))
    secret = config.get("SECRET_KEY") or ""
    if secret in WEAK_SECRETS or len(secret) < 32:
        problems.append(_l("SECRET_KEY est absente, connue ou trop courte (32 caractères aléatoires au moins)."))
    if not config.get("WTF_CSRF_ENABLED", True):
        problems.append(_l("La protection CSRF des formulaires est désactivée."))
    if not config.get("RATELIMIT_ENABLED", True):
        problems.append(_l("Les limites de fréquence (connexion, inscription…) sont désactivées."))
    if config.get("PREFERRED_URL_SCHEME") != "https":
        problems.append(_l("PREFERRED_URL_SCHEME n'est pas https : les liens envoyés par e-mail seront en http."))
    if not (config.get("SITE_URL") or "").startswith("https://"):
        problems.append(_l("SITE_URL n'est pas l'adresse https du site : les liens des e-mails de notification "
                           "(envoyés par « notifications send ») n'y mèneront pas."))
    if not config.get("SESSION_COOKIE_SECURE") or not config.get("REMEMBER_COOKIE_SECURE"):
        problems.append(_l("Les cookies de session ne sont pas marqués Secure (servez le site en https)."))
    if not config.get("SESSION_COOKIE_HTTPONLY") or config.get("SESSION_COOKIE_SAMESITE") not in ("Lax", "Strict"):
        problems.append(_l("Les cookies de session doivent être HttpOnly et SameSite=Lax."))
    # SQLite with several workers of one server is sound: its writers take turns (app/database.py).
    storage = config.get("RATELIMIT_STORAGE_URI") or "memory://"
    if storage.startswith("memory") and workers > 1:
        problems.append(_l("Les limites de fréquence sont comptées en mémoire, séparément dans chacun des %(n)s "
                           "processus : définissez RATELIMIT_STORAGE_URI (Redis).", n=workers))
    return [str(problem) for problem in problems]


def post_limit(setting: str, key_func=get_remote_address, **options):
    """A rate limit on the POSTs of a view, its value read from the configuration (e.g.
    RATELIMIT_LOGIN), so that production, tests and the benchmark can tune it."""
    from .extensions import limiter

    return limiter.limit(lambda: current_app.config[setting], key_func=key_func, methods=["POST"], **options)
