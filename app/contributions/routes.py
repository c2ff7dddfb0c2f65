from flask import flash, jsonify, redirect, render_template, request
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import login_required

from .. import links
from ..cache import public_page
from ..extensions import db
from ..forms import ActionForm, options
from ..models import ContributionStatus
from ..security import post_limit, user_or_ip
from ..services import contributions, discussion, workshops
from ..services.errors import DomainError
from ..web import apply_error, found, load_consultation, preview_of, render_form, require, safe_next, submit, wants_json
from . import bp
from .forms import CommentForm, ContributionForm, ReasonForm


def _load(slug, contribution_id, for_page=True):
    consultation, access = load_consultation(slug)
    return access, found(contributions.get_contribution(access, contribution_id, for_page))


def _load_comment(slug, comment_id):
    consultation, access = load_consultation(slug)
    return access, found(discussion.get_comment(access, comment_id))


def _fill_choices(form: ContributionForm, access, workshop, mission=None) -> None:
    form.themes.choices = options((theme.id, theme.name) for theme in access.consultation.themes)
    open_missions = [m for m in workshop.missions if m.is_open or (mission is not None and m.id == mission.id)]
    form.mission.choices = options(((str(m.id), m.title) for m in open_missions), blank=_("L'atelier en général"))


# -- reading ------------------------------------------------------------------------------------

def _render_show(access, contribution, comment_form=None, status=200):
    liked = discussion.has_liked(access.user_id, contribution)
    # Forms only for those who can use them: building one puts a CSRF token in the session, and a
    # visitor's page must stay free of any session to be shared from the cache.
    if comment_form is None and access.can_comment(contribution):
        comment_form = CommentForm(formdata=None)
    context = dict(
        contribution=contribution,
        threads=discussion.threads(contribution),
        events=contributions.history(contribution),
        liked=liked,
        comment_form=comment_form,
    )
    return render_template("contributions/show.html", **context), status


@bp.get("/contributions/<int:contribution_id>")
@public_page
def show(slug, contribution_id):
    access, contribution = _load(slug, contribution_id)
    return _render_show(access, contribution)


# -- writing ------------------------------------------------------------------------------------

@bp.route("/ateliers/<int:workshop_id>/contribuer", methods=["GET", "POST"])
@login_required
@post_limit("RATELIMIT_POST", key_func=user_or_ip)
def create(slug, workshop_id):
    consultation, access = load_consultation(slug)
    workshop = found(workshops.get_workshop(access, workshop_id))
    require(access.can_post_somewhere(workshop))
    form = ContributionForm()
    _fill_choices(form, access, workshop)
    if request.method == "GET" and request.args.get("mission"):
        form.mission.data = request.args["mission"]
    chosen = form.mission.data or ""
    mission = workshops.get_mission(workshop, int(chosen)) if chosen.isdigit() else None
    done = submit(form, lambda: contributions.post_contribution(access, workshop, mission, form.title.data,
                                                                form.body.data, form.themes.data),
                  _("Merci ! Votre contribution est publiée."), links.contribution_url)
    return done or render_form("contributions/edit.html", form, workshop=workshop, contribution=None,
                               mission=mission, preview=preview_of(form.body))


@bp.route("/contributions/<int:contribution_id>/modifier", methods=["GET", "POST"])
@login_required
def edit(slug, contribution_id):
    access, contribution = _load(slug, contribution_id)
    require(access.can_edit_contribution(contribution))
    form = ContributionForm(obj=contribution)
    _fill_choices(form, access, contribution.workshop, contribution.mission)
    del form.mission  # the mission of a contribution does not change
    if request.method == "GET":
        form.themes.data = [theme.id for theme in contribution.themes]
    done = submit(form, lambda: contributions.edit_contribution(access, contribution, form.title.data,
                                                                form.body.data, form.themes.data),
                  lambda changed: _("Votre contribution est modifiée.") if changed else _("Rien n'a changé."),
                  lambda _: links.contribution_url(contribution))
    return done or render_form("contributions/edit.html", form, workshop=contribution.workshop,
                               contribution=contribution, preview=preview_of(form.body))


@bp.route("/contributions/<int:contribution_id>/retirer", methods=["GET", "POST"])
@login_required
def withdraw(slug, contribution_id):
    access, contribution = _load(slug, contribution_id)
    require(access.can_set_status(contribution, ContributionStatus.WITHDRAWN))
    form = ActionForm()
    if form.validate_on_submit():
        contributions.set_status(access, contribution, ContributionStatus.WITHDRAWN)
        db.session.commit()
        flash(_("Votre contribution est retirée. Elle n'apparaît plus dans les tableaux."), "success")
        return redirect(links.contribution_url(contribution))
    return render_template("contributions/withdraw.html", form=form, contribution=contribution)


@bp.route("/contributions/<int:contribution_id>/masquer", methods=["GET", "POST"])
@login_required
def hide(slug, contribution_id):
    access, contribution = _load(slug, contribution_id)
    require(access.can_set_status(contribution, ContributionStatus.HIDDEN))
    form = ReasonForm()
    if form.validate_on_submit():
        try:
            event = contributions.set_status(access, contribution, ContributionStatus.HIDDEN, form.reason.data)
        except DomainError as error:
            apply_error(form, error)
        else:
            db.session.commit()
            flash(_("La contribution est masquée."), "success")
            return redirect(links.contribution_url(contribution, event=event))
    return render_form("contributions/hide.html", form, contribution=contribution, comment=None)


@bp.post("/contributions/<int:contribution_id>/retablir")
@login_required
def restore(slug, contribution_id):
    access, contribution = _load(slug, contribution_id)
    require(access.can_set_status(contribution, ContributionStatus.PUBLISHED))
    if ActionForm().validate_on_submit():
        contributions.set_status(access, contribution, ContributionStatus.PUBLISHED)
        db.session.commit()
        flash(_("La contribution est rétablie."), "success")
    return redirect(links.contribution_url(contribution))


# -- likes --------------------------------------------------------------------------------------

@bp.post("/contributions/<int:contribution_id>/aime")
@login_required
@post_limit("RATELIMIT_LIKE", key_func=user_or_ip)
def like(slug, contribution_id):
    access, contribution = _load(slug, contribution_id, for_page=False)
    require(access.can_like(contribution))
    form = ActionForm()
    if not form.validate_on_submit():
        return (jsonify(error="csrf"), 400) if wants_json() else redirect(links.contribution_url(contribution))
    liked = request.form.get("aime") == "1"
    discussion.set_like(access, contribution, liked)
    db.session.commit()
    if wants_json():
        count = contribution.like_count
        return jsonify(liked=liked, count=count,
                       label=ngettext("%(num)s j'aime", "%(num)s j'aime", count))
    return redirect(safe_next(request.form.get("next"), links.contribution_url(contribution)))


# -- comments -----------------------------------------------------------------------------------

@bp.post("/contributions/<int:contribution_id>/commentaires")
@login_required
@post_limit("RATELIMIT_COMMENT", key_func=user_or_ip)
def comment(slug, contribution_id):
    access, contribution = _load(slug, contribution_id)
    require(access.can_comment(contribution))
    form = CommentForm()
    if form.validate_on_submit():
        parent_id = int(form.parent_id.data) if (form.parent_id.data or "").isdigit() else None
        try:
            comment = discussion.post_comment(access, contribution, form.body.data, parent_id)
        except DomainError as error:
            apply_error(form, error)
        else:
            db.session.commit()
            flash(_("Votre commentaire est publié."), "success")
            return redirect(links.contribution_url(contribution, comment=comment))
    return _render_show(access, contribution, comment_form=form, status=400)


@bp.route("/commentaires/<int:comment_id>/modifier", methods=["GET", "POST"])
@login_required
def edit_comment(slug, comment_id):
    access, comment = _load_comment(slug, comment_id)
    require(access.can_edit_comment(comment, comment.contribution))
    form = CommentForm(obj=comment)
    done = submit(form, lambda: discussion.edit_comment(access, comment, form.body.data),
                  _("Votre commentaire est modifié."),
                  lambda _: links.contribution_url(comment.contribution, comment=comment))
    return done or render_form("contributions/comment_edit.html", form, comment=comment, preview=preview_of(form.body))


@bp.route("/commentaires/<int:comment_id>/retirer", methods=["GET", "POST"])
@login_required
def withdraw_comment(slug, comment_id):
    access, comment = _load_comment(slug, comment_id)
    require(access.can_withdraw_comment(comment))
    form = ActionForm()
    if form.validate_on_submit():
        discussion.withdraw_comment(access, comment)
        db.session.commit()
        flash(_("Votre commentaire est retiré."), "success")
        return redirect(links.contribution_url(comment.contribution, comment=comment))
    return render_template("contributions/comment_withdraw.html", form=form, comment=comment)


@bp.route("/commentaires/<int:comment_id>/masquer", methods=["GET", "POST"])
@login_required
def hide_comment(slug, comment_id):
    access, comment = _load_comment(slug, comment_id)
    require(access.can_moderate_comment(comment))
    form = ReasonForm()
    if form.validate_on_submit():
        try:
            discussion.hide_comment(access, comment, form.reason.data)
        except DomainError as error:
            apply_error(form, error)
        else:
            db.session.commit()
            flash(_("Le commentaire est masqué ; la raison est affichée à sa place."), "success")
            return redirect(links.contribution_url(comment.contribution, comment=comment))
    return render_form("contributions/hide.html", form, contribution=comment.contribution, comment=comment)


@bp.post("/commentaires/<int:comment_id>/retablir")
@login_required
def restore_comment(slug, comment_id):
    access, comment = _load_comment(slug, comment_id)
    require(access.can_moderate_comment(comment))
    if ActionForm().validate_on_submit():
        discussion.restore_comment(access, comment)
        db.session.commit()
        flash(_("Le commentaire est rétabli."), "success")
    return redirect(links.contribution_url(comment.contribution, comment=comment))
