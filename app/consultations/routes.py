from flask import Response, flash, redirect, render_template, request, stream_with_context, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from .. import labels, links
from ..contributions.boards import render_board
from ..cache import public_page
from ..extensions import db, login_manager
from ..security import post_limit
from ..forms import ActionForm
from ..models import Role
from ..services import boards, consultations, contribution_table, plan_documents, reports, workshops
from ..services.errors import DomainError
from ..services.permissions import can_create_consultation
from ..web import apply_error, content_disposition, found, load_consultation, preview_of, render_form, require, submit
from . import bp
from .forms import ConsultationForm, DirectoryFilterForm, JoinForm, MembersFilterForm, RoleForm, ThemeForm


# -- joining ------------------------------------------------------------------------------------

@bp.route("/j/<code>", methods=["GET", "POST"])
@post_limit("RATELIMIT_JOIN")
def join(code):
    consultation = found(consultations.find_by_code(code))
    if request.method == "POST" and not current_user.is_authenticated:
        return login_manager.unauthorized()
    if current_user.is_authenticated and consultations.role_of(current_user, consultation) is not None:
        return redirect(links.consultation_url(consultation))
    form = JoinForm()
    if current_user.is_authenticated and form.validate_on_submit():
        consultations.join(current_user, consultation)
        db.session.commit()
        flash(_("Vous avez rejoint « %(title)s ». Bienvenue !", title=consultation.title), "success")
        return redirect(links.consultation_url(consultation))
    return render_template("consultations/join.html", item=consultation, form=form)


# -- reading ------------------------------------------------------------------------------------

@bp.get("/c/<slug>/")
@public_page
def home(slug):
    consultation, access = load_consultation(slug)
    return render_template(
        "consultations/home.html",
        figures=consultations.figures(consultation),
        workshops=workshops.list_workshops(access),
        reports=reports.list_reports(access, limit=5),
        latest=boards.highlights(access, boards.Sort.NEWEST),
        most_liked=boards.highlights(access, boards.Sort.LIKED),
    )


@bp.get("/c/<slug>/contributions")
@public_page
def board(slug):
    consultation, access = load_consultation(slug)
    return render_board("consultations/board.html", access, missions=())


@bp.get("/c/<slug>/qui-est-qui")
@login_required
def directory(slug):
    consultation, access = load_consultation(slug)
    require(access.can_view_directory())
    form = DirectoryFilterForm(request.args)
    sector = form.secteur.data if form.validate() else None
    page = consultations.directory(consultation, sector, after=request.args.get("apres"),
                                   before=request.args.get("avant"))
    return render_template("consultations/directory.html", page=page, filter_form=form)


# -- administering ------------------------------------------------------------------------------

@bp.route("/concertations/nouvelle", methods=["GET", "POST"])
@login_required
def create():
    require(can_create_consultation(current_user))
    form = ConsultationForm()
    done = submit(form, lambda: consultations.create_consultation(
                      current_user, form.title.data, form.territory.data, form.description.data,
                      form.visibility.data, form.join_code.data),
                  _("La concertation est créée. Ajoutez maintenant ses ateliers et ses thèmes."),
                  links.consultation_url)
    return done or render_form("consultations/edit.html", form, creating=True, preview=preview_of(form.description))


@bp.route("/c/<slug>/modifier", methods=["GET", "POST"])
@login_required
def edit(slug):
    consultation, access = load_consultation(slug)
    require(access.can_edit_consultation())
    form = ConsultationForm(obj=consultation)
    done = submit(form, lambda: consultations.update_consultation(
                      access, form.title.data, form.territory.data, form.description.data, form.visibility.data,
                      form.join_code.data, form.flag_threshold.data),
                  _("La concertation est enregistrée."), lambda _: links.consultation_url(consultation))
    return done or render_form("consultations/edit.html", form, creating=False, preview=preview_of(form.description))


@bp.get("/c/<slug>/membres")
@login_required
def members(slug):
    consultation, access = load_consultation(slug)
    require(access.can_manage())
    form = MembersFilterForm(request.args)
    form.validate()
    role = Role(form.role.data) if form.role.data else None
    page = consultations.members(consultation, role, form.q.data or "", after=request.args.get("apres"),
                                 before=request.args.get("avant"))
    return render_template("consultations/members.html", filter_form=form, role_form=RoleForm(), page=page)


@bp.post("/c/<slug>/membres/<int:membership_id>/role")
@login_required
def set_role(slug, membership_id):
    consultation, access = load_consultation(slug)
    require(access.can_manage())
    membership = found(consultations.get_membership(consultation, membership_id))
    form = RoleForm()
    if form.validate_on_submit():
        try:
            consultations.set_role(access, membership, form.role.data)
        except DomainError as error:
            flash(str(error.message), "error")
        else:
            db.session.commit()
            flash(_("%(name)s est maintenant : %(role)s.", name=membership.user.display_name,
                    role=labels.ROLES[membership.role]), "success")
    return redirect(url_for("consultations.members", slug=slug, **request.args))


# -- themes -------------------------------------------------------------------------------------

@bp.route("/c/<slug>/themes", methods=["GET", "POST"])
@login_required
def themes(slug):
    consultation, access = load_consultation(slug)
    require(access.can_manage())
    form = ThemeForm()
    if form.validate_on_submit():
        try:
            theme = consultations.add_theme(access, form.name.data)
        except DomainError as error:
            apply_error(form, error)
        else:
            db.session.commit()
            flash(_("Le thème « %(name)s » est ajouté.", name=theme.name), "success")
            return redirect(url_for("consultations.themes", slug=slug))
    return render_form("consultations/themes.html", form, rows=consultations.themes_with_counts(consultation))


@bp.route("/c/<slug>/themes/<int:theme_id>", methods=["GET", "POST"])
@login_required
def edit_theme(slug, theme_id):
    consultation, access = load_consultation(slug)
    require(access.can_manage())
    theme = found(consultations.get_theme(consultation, theme_id))
    form = ThemeForm(obj=theme)
    if form.validate_on_submit():
        try:
            consultations.rename_theme(access, theme, form.name.data)
        except DomainError as error:
            apply_error(form, error)
        else:
            db.session.commit()
            flash(_("Le thème est renommé."), "success")
            return redirect(url_for("consultations.themes", slug=slug))
    return render_form("consultations/theme_edit.html", form, theme=theme)


@bp.route("/c/<slug>/themes/<int:theme_id>/supprimer", methods=["GET", "POST"])
@login_required
def delete_theme(slug, theme_id):
    consultation, access = load_consultation(slug)
    require(access.can_manage())
    theme = found(consultations.get_theme(consultation, theme_id))
    form = ActionForm()
    if form.validate_on_submit():
        name = theme.name
        consultations.delete_theme(access, theme)
        db.session.commit()
        flash(_("Le thème « %(name)s » est supprimé ; les contributions restent.", name=name), "success")
        return redirect(url_for("consultations.themes", slug=slug))
    count = dict((t.id, n) for t, n in consultations.themes_with_counts(consultation)).get(theme.id, 0)
    return render_template("consultations/theme_delete.html", form=form, theme=theme, count=count)


# -- the contributions as a table -------------------------------------------------------------------

@bp.get("/c/<slug>/contributions.<any(csv, xlsx):kind>")
@login_required
def contributions_table(slug, kind):
    """Every published contribution with what became of it, streamed (CSV or XLSX)."""
    consultation, access = load_consultation(slug)
    require(access.can_export_contributions())
    filename = f"contributions-{consultation.slug}.{kind}"
    if kind == "csv":
        body, mimetype = contribution_table.csv_stream(consultation), "text/csv"
    else:
        body, mimetype = contribution_table.xlsx_stream(consultation), plan_documents.XLSX_MIMETYPE
    return Response(stream_with_context(body), mimetype=mimetype,
                    headers={"Content-Disposition": content_disposition(filename)})
