from flask import Blueprint

bp = Blueprint("assistant", __name__, url_prefix="/c/<slug>/assistant")

from . import routes  # noqa: E402,F401  (registers the views)
