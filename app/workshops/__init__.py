from flask import Blueprint

bp = Blueprint("workshops", __name__, url_prefix="/c/<slug>/ateliers")

from . import routes  # noqa: E402,F401
