from flask import Blueprint

bp = Blueprint("answers", __name__, url_prefix="/c/<slug>")

from . import routes  # noqa: E402,F401  (registers the views)
