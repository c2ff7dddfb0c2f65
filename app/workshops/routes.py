from flask import Response, flash, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user, login_required

from .. import links, storage
from ..contributions.boards import render_board
from ..cache import public_page
from ..extensions import db
from ..forms import ActionForm, options
from ..security import post_limit, user_or_ip
from ..services import boards, consultations, contributions, record, reports, votes, workshops
from ..services.errors import DomainError
from ..services.imports import ImportFailed, spreadsheet, workshop_file
from ..services.imports.spreadsheet import MissionChoice
from ..web import (
    apply_error,
    found,
    load_consultation,
    preview_of,
    read_upload,
    render_form,
    require,
    safe_next,
    stash_upload,
    submit,
    take_upload,
    wants_json,
)
from . import bp
from .forms import (
    AttendanceForm,
    CaptureForm,
    ConfirmImportForm,
    MissionForm,
    NewWorkshopForm,
    UploadForm,
    WorkshopForm,
)


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
        reports=reports.list_reports(access, workshop),
        top=boards.top_per_mission(workshop),
        counts=boards.mission_counts(workshop),
        attendance=attendance,
        attended=attended,
        dot_votes=votes.votes_of(workshop),
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

@bp.route("/nouveau", methods=["GET", "POST"])
@login_required
def create(slug):
    consultation, access = load_consultation(slug)
    require(access.can_manage())
    form = NewWorkshopForm()
    if "add_row" in request.form:  # one more mission row; nothing is saved
        form.add_row()
        return render_form("workshops/edit.html", form, workshop=None, preview=None, focus_row=len(form.missions) - 1)
    done = submit(form, lambda: workshops.create_workshop(access, form.title.data, form.starts_on(), form.start_time(),
                                                          form.place.data, form.description.data, form.status.data,
                                                          form.mission_drafts()),
                  lambda workshop: ngettext("L'atelier est créé avec sa mission.",
                                            "L'atelier est créé avec ses %(num)s missions.", len(workshop.missions))
                  if workshop.missions else _("L'atelier est créé. Ajoutez-lui ses missions."), links.workshop_url)
    return done or render_form("workshops/edit.html", form, workshop=None, preview=preview_of(form.description))


@bp.route("/<int:workshop_id>/modifier", methods=["GET", "POST"])
@login_required
def edit(slug, workshop_id):
    access, workshop = _load(slug, workshop_id)
    require(access.can_manage())
    form = WorkshopForm(obj=workshop)
    if request.method == "GET":
        form.fill_from(workshop)
    done = submit(form, lambda: workshops.update_workshop(access, workshop, form.title.data, form.starts_on(),
                                                          form.start_time(), form.place.data, form.description.data,
                                                          form.status.data),
                  _("L'atelier est enregistré."), lambda _: links.workshop_url(workshop))
    return done or render_form("workshops/edit.html", form, workshop=workshop, preview=preview_of(form.description))


@bp.route("/<int:workshop_id>/missions/nouvelle", methods=["GET", "POST"])
@login_required
def create_mission(slug, workshop_id):
    access, workshop = _load(slug, workshop_id)
    require(access.can_manage())
    form = MissionForm()
    another = "another" in request.form
    done = submit(form, lambda: workshops.add_mission(access, workshop, form.title.data, form.instructions.data,
                                                      form.is_open.data),
                  lambda mission: _("La mission « %(title)s » est ajoutée.", title=mission.title),
                  lambda _: url_for("workshops.create_mission", slug=slug, workshop_id=workshop.id) if another
                  else links.workshop_url(workshop))
    return done or render_form("workshops/mission_edit.html", form, workshop=workshop, mission=None,
                               preview=preview_of(form.instructions))


@bp.route("/<int:workshop_id>/missions/<int:mission_id>/modifier", methods=["GET", "POST"])
@login_required
def edit_mission(slug, workshop_id, mission_id):
    access, workshop, mission = _load_mission(slug, workshop_id, mission_id)
    require(access.can_manage())
    form = MissionForm(obj=mission)
    done = submit(form, lambda: workshops.update_mission(access, mission, form.title.data, form.instructions.data,
                                                         form.is_open.data),
                  _("La mission est enregistrée."), lambda _: links.workshop_url(workshop))
    return done or render_form("workshops/mission_edit.html", form, workshop=workshop, mission=mission,
                               preview=preview_of(form.instructions))


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


# -- the room: post-its typed in, workshop files and spreadsheets ---------------------------------

def _capture_choices(form: CaptureForm, access, workshop) -> None:
    form.mission.choices = options(((str(m.id), m.title) for m in workshop.missions), blank=_("L'atelier en général"))
    form.themes.choices = options((theme.id, theme.name) for theme in access.consultation.themes)


def _sticky(form: CaptureForm) -> dict:
    """What stays chosen from one post-it to the next: mission, group, name, themes."""
    return {"mission": form.mission.data or None, "groupe": form.group_label.data or None,
            "auteur": form.author_name.data or None, "theme": form.themes.data or None}


@bp.route("/<int:workshop_id>/saisie", methods=["GET", "POST"])
@login_required
@post_limit("RATELIMIT_CAPTURE", key_func=user_or_ip)
def capture(slug, workshop_id):
    access, workshop = _load(slug, workshop_id)
    require(access.can_capture(workshop))
    form = CaptureForm()
    _capture_choices(form, access, workshop)
    if request.method == "GET":
        form.mission.data = request.args.get("mission", "")
        form.group_label.data = (request.args.get("groupe") or "")[:60]
        form.author_name.data = (request.args.get("auteur") or "")[:80]
        form.themes.data = [int(i) for i in request.args.getlist("theme") if i.isdigit()]
    elif form.validate_on_submit():
        mission = workshops.get_mission(workshop, int(form.mission.data)) if form.mission.data else None
        try:
            contribution = contributions.capture_post_it(
                access, workshop, mission, form.text.data, form.title.data, form.group_label.data,
                form.author_name.data, form.themes.data)
        except DomainError as error:
            apply_error(form, error)
        else:
            db.session.commit()
            if wants_json():
                item = render_template("workshops/_capture_item.html", item=contribution, workshop=workshop)
                return jsonify(id=contribution.id, title=contribution.title, item=item,
                               message=_("Post-it « %(title)s » enregistré.", title=contribution.title))
            flash(_("Post-it « %(title)s » enregistré.", title=contribution.title), "success")
            return redirect(links.capture_url(workshop, **_sticky(form)))
    if request.method == "POST" and wants_json():
        return jsonify(errors={name: errors for name, errors in form.errors.items()}), 400
    return render_form("workshops/capture.html", form, workshop=workshop,
                       recent=contributions.recent_captures(access, workshop))


@bp.post("/<int:workshop_id>/saisie/<int:contribution_id>/annuler")
@login_required
def undo_capture(slug, workshop_id, contribution_id):
    access, workshop = _load(slug, workshop_id)
    contribution = found(contributions.get_contribution(access, contribution_id, for_page=False))
    require(contribution.workshop_id == workshop.id and access.can_undo_capture(contribution))
    if ActionForm().validate_on_submit():
        title = contribution.title
        contributions.undo_capture(access, contribution)
        db.session.commit()
        if wants_json():
            return jsonify(undone=contribution_id, message=_("La saisie « %(title)s » est annulée.", title=title))
        flash(_("La saisie « %(title)s » est annulée.", title=title), "success")
    return redirect(safe_next(request.form.get("next"), links.capture_url(workshop)))


def _report_or_problems(run):
    """(report, problems) of an import function: its report, or the problems of the file."""
    try:
        return run(), []
    except ImportFailed as failure:
        db.session.rollback()
        return None, failure.problems


@bp.route("/importer", methods=["GET", "POST"])
@login_required
def import_file(slug):
    """A workshop file: sent, previewed, then imported once confirmed."""
    consultation, access = load_consultation(slug)
    require(access.can_manage())
    scope = f"workshop-file:{consultation.id}"
    upload, confirm = UploadForm(), ConfirmImportForm()
    if "token" in request.form:
        pending = take_upload(confirm.token.data, scope) if confirm.validate_on_submit() else None
        if pending is None:
            flash(_("Ce fichier n'est plus disponible : envoyez-le de nouveau."), "error")
            return redirect(url_for("workshops.import_file", slug=slug))
        name, content, key = pending
        report, problems = _report_or_problems(
            lambda: record.import_workshop(access, workshop_file.read(name, content)))
        if report is not None:
            db.session.commit()
            storage.current().delete(key)
            flash(_("Le fichier « %(name)s » est importé.", name=name), "success")
            return redirect(links.workshop_url(report.workshop))
        return render_template("workshops/import_file.html", form=upload, problems=problems, name=name), 400
    if upload.validate_on_submit() and (sent := read_upload(upload.file)):
        name, content = sent
        report, problems = _report_or_problems(
            lambda: record.import_workshop(access, workshop_file.read(name, content), dry_run=True))
        db.session.rollback()  # a preview writes nothing
        if report is not None:
            confirm.token.data = stash_upload(content, name, scope)
            return render_template("workshops/import_file.html", form=upload, confirm=confirm, report=report,
                                   name=name)
        return render_template("workshops/import_file.html", form=upload, problems=problems, name=name), 400
    return render_form("workshops/import_file.html", upload)


@bp.route("/<int:workshop_id>/importer-tableur", methods=["GET", "POST"])
@login_required
def import_spreadsheet(slug, workshop_id):
    """A spreadsheet of post-its (CSV or XLSX): sent, previewed row by row, imported once confirmed."""
    access, workshop = _load(slug, workshop_id)
    require(access.can_capture(workshop))
    scope = f"spreadsheet:{workshop.id}"
    upload, confirm = UploadForm(), ConfirmImportForm()
    missions = [MissionChoice(m.key, m.position, m.title) for m in workshop.missions]

    def read_and_import(name, content, dry_run):
        return record.import_post_its(access, workshop, spreadsheet.read(name, content, missions), name, dry_run=dry_run)

    context = {"workshop": workshop, "missions": missions}
    if "token" in request.form:
        pending = take_upload(confirm.token.data, scope) if confirm.validate_on_submit() else None
        if pending is None:
            flash(_("Ce fichier n'est plus disponible : envoyez-le de nouveau."), "error")
            return redirect(url_for("workshops.import_spreadsheet", slug=slug, workshop_id=workshop.id))
        name, content, key = pending
        report, problems = _report_or_problems(lambda: read_and_import(name, content, False))
        if report is not None:
            db.session.commit()
            storage.current().delete(key)
            flash(ngettext("%(num)s post-it importé depuis « %(name)s ».", "%(num)s post-it importés depuis "
                           "« %(name)s ».", report.post_its_created, name=name), "success")
            return redirect(links.workshop_url(workshop))
        return render_template("workshops/import_spreadsheet.html", form=upload, problems=problems, name=name,
                               **context), 400
    if upload.validate_on_submit() and (sent := read_upload(upload.file)):
        name, content = sent
        report, problems = _report_or_problems(lambda: read_and_import(name, content, True))
        db.session.rollback()
        if report is not None:
            confirm.token.data = stash_upload(content, name, scope)
            return render_template("workshops/import_spreadsheet.html", form=upload, confirm=confirm, report=report,
                                   name=name, **context)
        return render_template("workshops/import_spreadsheet.html", form=upload, problems=problems, name=name,
                               **context), 400
    return render_form("workshops/import_spreadsheet.html", upload, **context)


@bp.get("/<int:workshop_id>/fichier")
@login_required
def export_file(slug, workshop_id):
    """The workshop as a workshop file, to download."""
    access, workshop = _load(slug, workshop_id)
    require(access.can_manage())
    text = workshop_file.write(record.workshop_spec(workshop))
    response = Response(text, mimetype="text/markdown")
    response.headers["Content-Disposition"] = f'attachment; filename="{workshop.key}.md"'
    return response
