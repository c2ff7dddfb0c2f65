import json
from pathlib import Path

import sqlalchemy as sa
from flask import current_app, jsonify, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from .. import links
from ..extensions import db
from ..security import post_limit
from ..services import consultations, workshops
from ..services.permissions import can_create_consultation
from ..web import render_form
from . import bp
from .forms import JoinCodeForm


@bp.get("/")
def home():
    return render_template(
        "main/home.html",
        items=consultations.consultations_for(current_user),
        join_form=JoinCodeForm(),
        can_create=can_create_consultation(current_user),
    )


@bp.route("/rejoindre", methods=["GET", "POST"])
@post_limit("RATELIMIT_JOIN")
def join_by_code():
    form = JoinCodeForm()
    if form.validate_on_submit():
        consultation = consultations.find_by_code(form.code.data)
        if consultation is not None:
            return redirect(url_for("consultations.join", code=consultation.join_code))
        workshop = workshops.get_by_room_code(form.code.data)  # the code shown on a room's wall
        if workshop is not None:
            return redirect(links.room_join_url(workshop))
        form.code.errors.append(_("Aucune concertation ni aucune salle n'a ce code. Vérifiez-le auprès de "
                                  "l'équipe d'animation."))
    return render_form("main/join_code.html", form)


@bp.get("/healthz")
def healthz():
    try:
        db.session.execute(sa.text("SELECT 1"))
    except sa.exc.SQLAlchemyError:
        db.session.rollback()
        return jsonify(status="error", database="unreachable"), 503
    return jsonify(status="ok", database="ok")


@bp.get("/donnees-personnelles")
def privacy():
    return render_template("main/privacy.html")


@bp.get("/accessibilite")
def accessibility():
    return render_template("main/accessibility.html", checks=accessibility_checks())


def accessibility_checks() -> dict:
    """The results of the automatic checks, as last recorded (tests/browser/test_pages.py keeps them true)."""
    return json.loads((Path(current_app.root_path) / "data" / "accessibility.json").read_text(encoding="utf-8"))
