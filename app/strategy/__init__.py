from flask import Blueprint

bp = Blueprint("strategy", __name__, url_prefix="/c/<slug>/strategie")

from . import routes  # noqa: E402,F401  (registers the views)
