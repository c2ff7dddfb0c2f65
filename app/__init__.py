"""Concerto: a participatory consultation platform for territories."""
import hashlib
import os
import secrets
from pathlib import Path

from flask import Config, Flask

from . import database
from .extensions import babel, csrf, db, limiter, login_manager, migrate

__all__ = ["create_app"]


def create_app(test_config: dict | None = None, instance_path: str | None = None) -> Flask:
    """The application. Its instance folder (config.py, SQLite file, outbox) is instance/ at the
    top of the project, or `instance_path`, or the folder named by CONCERTO_INSTANCE_PATH."""
    instance_path = instance_path or os.environ.get("CONCERTO_INSTANCE_PATH") or None
    if instance_path:
        instance_path = os.path.abspath(instance_path)
    app = Flask(__name__, instance_relative_config=True, instance_path=instance_path)
    load_config(app, test_config)
    register_extensions(app)
    register_blueprints(app)
    register_hooks(app)
    register_templates(app)
    register_cli(app)
    return app


def load_config(app: Flask, test_config: dict | None) -> None:
    """Defaults (app/config.py), then instance/config.py, then the environment, then test_config."""
    read_settings(app.config, test_config)
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    url = app.config.get("SQLALCHEMY_DATABASE_URI") or f"sqlite:///{Path(app.instance_path) / 'concerto.db'}"
    app.config["SQLALCHEMY_DATABASE_URI"] = database.normalize_url(url)
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = database.engine_options(
        app.config["SQLALCHEMY_DATABASE_URI"], app.config.get("SQLALCHEMY_ENGINE_OPTIONS") or {})
    if not app.config.get("SECRET_KEY"):
        _write_instance_secret_key(Path(app.instance_path) / "config.py")
        written = Config(app.instance_path)
        written.from_pyfile("config.py")
        app.config["SECRET_KEY"] = written["SECRET_KEY"]
    if not app.config.get("REDIS_KEY_PREFIX"):
        digest = hashlib.sha256(app.config["SECRET_KEY"].encode()).hexdigest()[:12]
        app.config["REDIS_KEY_PREFIX"] = f"concerto:{digest}"
    app.config.setdefault("RATELIMIT_KEY_PREFIX", app.config["REDIS_KEY_PREFIX"])
    if not app.config.get("MAX_CONTENT_LENGTH"):
        app.config["MAX_CONTENT_LENGTH"] = max(app.config["ATTACHMENT_MAX_BYTES"], app.config["IMPORT_MAX_BYTES"]) + 2**20
    if app.config.get("PREFERRED_URL_SCHEME") == "https":
        app.config["SESSION_COOKIE_SECURE"] = True
        app.config["REMEMBER_COOKIE_SECURE"] = True


ENVIRONMENT = (
    ("DATABASE_URL", "SQLALCHEMY_DATABASE_URI"),
    ("SECRET_KEY", "SECRET_KEY"),
    ("RATELIMIT_STORAGE_URI", "RATELIMIT_STORAGE_URI"),
    ("CACHE_REDIS_URL", "CACHE_REDIS_URL"),
)


def read_settings(config: Config, test_config: dict | None = None) -> Config:
    """Fill `config` (whose root is the instance folder) in the order of precedence: the defaults
    of app/config.py, instance/config.py, FLASK_* variables and the plain variables of ENVIRONMENT,
    then `test_config`."""
    config.from_object("app.config")
    config.from_pyfile("config.py", silent=True)
    config.from_prefixed_env()
    for variable, key in ENVIRONMENT:
        if os.environ.get(variable):
            config[key] = os.environ[variable]
    if test_config:
        config.update(test_config)
    return config


def configured_database_url() -> str:
    """The database the application will use, read as create_app() reads it (instance/config.py
    included), without building the application: gunicorn.conf.py chooses its workers from it."""
    app = Flask(__name__, instance_relative_config=True,
                instance_path=os.path.abspath(os.environ["CONCERTO_INSTANCE_PATH"])
                if os.environ.get("CONCERTO_INSTANCE_PATH") else None)
    url = read_settings(Config(app.instance_path)).get("SQLALCHEMY_DATABASE_URI")
    return database.normalize_url(url) if url else "sqlite://"


def _write_instance_secret_key(path: Path) -> None:
    """Write a random SECRET_KEY into instance/config.py on first run.

    The file is created atomically (hard link of a complete temporary file), so several workers
    starting at once agree on one key. An existing file without a key gets one appended."""
    line = f"SECRET_KEY = {secrets.token_urlsafe(48)!r}\n"
    if path.exists():
        with path.open("a") as handle:
            handle.write("\n# Written by Concerto: keep it secret; changing it logs everyone out.\n" + line)
        return
    tmp = path.with_name(f".config.{os.getpid()}.tmp")
    tmp.write_text("# Written by Concerto on first run. Keep it secret; changing it logs everyone out.\n" + line)
    os.chmod(tmp, 0o600)
    try:
        os.link(tmp, path)
    except FileExistsError:
        pass
    finally:
        tmp.unlink()


def register_extensions(app: Flask) -> None:
    from . import storage
    from .auth import configure_login
    from .cache import init_cache

    db.init_app(app)
    migrate.init_app(app, db, directory=str(Path(app.root_path).parent / "migrations"), render_as_batch=True,
                     compare_type=True)
    csrf.init_app(app)
    babel.init_app(app, locale_selector=lambda: app.config["BABEL_DEFAULT_LOCALE"])
    limiter.init_app(app)
    login_manager.init_app(app)
    configure_login(login_manager)
    init_cache(app)
    storage.init_app(app)
    if app.config.get("PROXY_FIX_X_FOR") or app.config.get("PROXY_FIX_X_PROTO"):
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(
            app.wsgi_app, x_for=app.config["PROXY_FIX_X_FOR"], x_proto=app.config["PROXY_FIX_X_PROTO"]
        )


def register_blueprints(app: Flask) -> None:
    from .answers import bp as answers_bp
    from .assistant import bp as assistant_bp
    from .auth import bp as auth_bp
    from .consultations import bp as consultations_bp
    from .contributions import bp as contributions_bp
    from .main import bp as main_bp
    from .moderation import bp as moderation_bp
    from .notifications import bp as notifications_bp
    from .reports import bp as reports_bp
    from .room import bp as room_bp
    from .strategy import bp as strategy_bp
    from .workshops import bp as workshops_bp

    for blueprint in (main_bp, auth_bp, consultations_bp, workshops_bp, contributions_bp, reports_bp, answers_bp,
                      moderation_bp, notifications_bp, strategy_bp, assistant_bp, room_bp):
        app.register_blueprint(blueprint)


def register_hooks(app: Flask) -> None:
    from .errors import register_error_handlers
    from .security import register_security
    from .services import mail, similar

    register_error_handlers(app)
    register_security(app)

    @app.teardown_appcontext
    def end_transaction(error):
        """Runs before Flask-SQLAlchemy removes the session (teardowns run last registered first)."""
        if error is None and db.session.registry.has():
            try:
                database.end_read_only_transaction(db.session())
            except Exception:  # noqa: BLE001 - the session's removal rolls back; the response is sent
                app.logger.exception("could not end a read-only transaction")

    @app.after_request
    def compute_committed_vectors(response):
        """The vectors of imported post-its are computed once the answer is sent (1,000 take 4 s)."""
        waiting = similar.take_committed()
        if waiting:
            def compute():
                with app.app_context():
                    similar.remember(waiting)
                    db.session.commit()

            response.call_on_close(compute)
        return response

    @app.after_request
    def deliver_committed_mail(response):
        """E-mails of the request's committed transactions leave once the response is sent:
        the answer is as fast whether or not a message was written (no enumeration by timing)."""
        ids = mail.take_committed_ids()
        if ids:
            def send():
                with app.app_context():
                    mail.deliver(ids)
                    db.session.commit()

            response.call_on_close(send)
        return response


def register_templates(app: Flask) -> None:
    from .templating import register

    register(app)


def register_cli(app: Flask) -> None:
    from .cli import register

    register(app)
