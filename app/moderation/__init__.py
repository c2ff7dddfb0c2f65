from flask import Blueprint

bp = Blueprint("moderation", __name__, url_prefix="/c/<slug>/moderation")

from . import routes  # noqa: E402,F401  (registers the views)
