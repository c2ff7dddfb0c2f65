from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from .. import links
from ..contributions.boards import render_board
from ..cache import public_page
from ..extensions import db
from ..forms import ActionForm, options
from ..services import consultations, contributions, workshops
from ..services.errors import DomainError
from ..web import apply_error, found, load_consultation, render_form, require, wants_preview
from . import bp
from .forms import AttendanceForm, MissionForm, WorkshopForm


def _load(slug, workshop_id):
    consultation, access = load_consultation(slug)
    workshop = found(workshops.get_workshop(access, workshop_id))
    return access, workshop


def _load_mission(slug, workshop_id, mission_id):
    consultation, access = load_consultation(slug)
    workshop, mission = workshops.get_workshop_and_mission(access, workshop_id, mission_id)
    return access, found(workshop), found(mission)


# -- reading ------------------------------------------------------------------------------------

@bp.get("/<int:workshop_id>")
@public_page
def show(slug, workshop_id):
    access, workshop = _load(slug, workshop_id)
    attendance, attended = workshops.attendance(workshop, access.user_id)
    return render_template(
        "workshops/show.html",
        workshop=workshop,
        top=contributions.top_per_mission(workshop),
        counts=contributions.mission_counts(workshop),
        attendance=attendance,
        attended=attended,
    )


@bp.get("/<int:workshop_id>/contributions")
@public_page
def board(slug, workshop_id):
    access, workshop = _load(slug, workshop_id)
    return render_board("workshops/board.html", access, workshop=workshop, missions=workshop.missions)


@bp.get("/<int:workshop_id>/missions/<int:mission_id>")
@public_page
def mission(slug, workshop_id, mission_id):
    access, workshop, mission = _load_mission(slug, workshop_id, mission_id)
    return render_board("workshops/mission.html", access, workshop=workshop, mission=mission)


# -- preparing ----------------------------------------------------------------------------------

def _workshop_preview(form):
    return (form.description.data or "") if wants_preview() else None


@bp.route("/nouveau", methods=["GET", "POST"])
@login_required
def create(slug):
    consultation, access = load_consultation(slug)
    require(access.can_manage())
    form = WorkshopForm()
    if not wants_preview() and form.validate_on_submit():
        try:
            workshop = workshops.create_workshop(access, form.title.data, form.starts_at(), form.place.data,
                                                 form.description.data, form.status.data)
        except DomainError as error:
            apply_error(form, error)
        else:
            db.session.commit()
            flash(_("L'atelier est créé. Ajoutez-lui ses missions."), "success")
            return redirect(url_for("workshops.create_mission", slug=slug, workshop_id=workshop.id))
    return render_form("workshops/edit.html", form, workshop=None, preview=_workshop_preview(form))


@bp.route("/<int:workshop_id>/modifier", methods=["GET", "POST"])
@login_required
def edit(slug, workshop_id):
    access, workshop = _load(slug, workshop_id)
    require(access.can_manage())
    form = WorkshopForm(obj=workshop)
    if request.method == "GET":
        form.fill_from(workshop)
    if not wants_preview() and form.validate_on_submit():
        try:
            workshops.update_workshop(access, workshop, form.title.data, form.starts_at(), form.place.data,
                                      form.description.data, form.status.data)
        except DomainError as error:
            apply_error(form, error)
        else:
            db.session.commit()
            flash(_("L'atelier est enregistré."), "success")
            return redirect(links.workshop_url(workshop))
    return render_form("workshops/edit.html", form, workshop=workshop, preview=_workshop_preview(form))


@bp.route("/<int:workshop_id>/missions/nouvelle", methods=["GET", "POST"])
@login_required
def create_mission(slug, workshop_id):
    access, workshop = _load(slug, workshop_id)
    require(access.can_manage())
    form = MissionForm()
    if not wants_preview() and form.validate_on_submit():
        try:
            mission = workshops.add_mission(access, workshop, form.title.data, form.instructions.data,
                                            form.is_open.data)
        except DomainError as error:
            apply_error(form, error)
        else:
            db.session.commit()
            flash(_("La mission « %(title)s » est ajoutée.", title=mission.title), "success")
            if "another" in request.form:
                return redirect(url_for("workshops.create_mission", slug=slug, workshop_id=workshop.id))
            return redirect(links.workshop_url(workshop))
    return render_form("workshops/mission_edit.html", form, workshop=workshop, mission=None,
                       preview=(form.instructions.data or "") if wants_preview() else None)


@bp.route("/<int:workshop_id>/missions/<int:mission_id>/modifier", methods=["GET", "POST"])
@login_required
def edit_mission(slug, workshop_id, mission_id):
    access, workshop, mission = _load_mission(slug, workshop_id, mission_id)
    require(access.can_manage())
    form = MissionForm(obj=mission)
    if not wants_preview() and form.validate_on_submit():
        try:
            workshops.update_mission(access, mission, form.title.data, form.instructions.data, form.is_open.data)
        except DomainError as error:
            apply_error(form, error)
        else:
            db.session.commit()
            flash(_("La mission est enregistrée."), "success")
            return redirect(links.workshop_url(workshop))
    return render_form("workshops/mission_edit.html", form, workshop=workshop, mission=mission,
                       preview=(form.instructions.data or "") if wants_preview() else None)


@bp.post("/<int:workshop_id>/missions/<int:mission_id>/deplacer")
@login_required
def move_mission(slug, workshop_id, mission_id):
    access, workshop, mission = _load_mission(slug, workshop_id, mission_id)
    require(access.can_manage())
    if ActionForm().validate_on_submit():
        workshops.move_mission(access, mission, -1 if request.form.get("sens") == "haut" else 1)
        db.session.commit()
        flash(_("L'ordre des missions est enregistré."), "success")
    return redirect(links.workshop_url(workshop, _anchor=f"mission-{mission.id}"))


@bp.post("/<int:workshop_id>/missions/<int:mission_id>/ouverture")
@login_required
def toggle_mission(slug, workshop_id, mission_id):
    access, workshop, mission = _load_mission(slug, workshop_id, mission_id)
    require(access.can_manage())
    if ActionForm().validate_on_submit():
        opening = request.form.get("ouvrir") == "1"
        workshops.set_mission_open(access, mission, opening)
        db.session.commit()
        flash(_("La mission « %(title)s » est ouverte aux contributions.", title=mission.title) if opening
              else _("La mission « %(title)s » est close.", title=mission.title), "success")
    return redirect(links.workshop_url(workshop, _anchor=f"mission-{mission.id}"))


# -- attendance ---------------------------------------------------------------------------------

@bp.route("/<int:workshop_id>/presences", methods=["GET", "POST"])
@login_required
def attendance(slug, workshop_id):
    access, workshop = _load(slug, workshop_id)
    require(access.can_manage())
    memberships = consultations.all_members(access.consultation)
    form = AttendanceForm()
    form.attendees.choices = options(
        (m.user_id, f"{m.user.display_name} — {m.user.organisation}" if m.user.organisation else m.user.display_name)
        for m in memberships
    )
    if request.method == "GET":
        form.attendees.data = sorted(workshops.attendee_ids(workshop))
    if form.validate_on_submit():
        workshops.set_attendance(access, workshop, set(form.attendees.data or ()))
        db.session.commit()
        flash(_("La liste des présences est enregistrée."), "success")
        return redirect(links.workshop_url(workshop))
    return render_form("workshops/attendance.html", form, workshop=workshop)


@bp.post("/<int:workshop_id>/ma-presence")
@login_required
def own_attendance(slug, workshop_id):
    access, workshop = _load(slug, workshop_id)
    require(access.is_member)
    if ActionForm().validate_on_submit():
        attended = request.form.get("present") == "1"
        try:
            workshops.set_own_attendance(access, current_user, workshop, attended)
        except DomainError as error:
            flash(str(error.message), "error")
        else:
            db.session.commit()
            flash(_("C'est noté : vous apparaissez parmi les participants de cet atelier.") if attended
                  else _("C'est noté : vous n'apparaissez plus parmi les participants de cet atelier."), "success")
    return redirect(links.workshop_url(workshop))
