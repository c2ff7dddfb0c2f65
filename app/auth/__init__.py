from flask import Blueprint
from flask_babel import lazy_gettext as _l

bp = Blueprint("auth", __name__, url_prefix="/compte")


def configure_login(login_manager) -> None:
    from ..services import accounts

    login_manager.login_view = "auth.login"
    login_manager.login_message = _l("Connectez-vous pour continuer.")
    login_manager.login_message_category = "info"
    login_manager.user_loader(accounts.user_for_session_id)


from . import routes  # noqa: E402,F401  (registers the views)
