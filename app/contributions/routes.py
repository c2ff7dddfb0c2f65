from datetime import date

from flask import flash, jsonify, make_response, redirect, render_template, request
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import login_required

from .. import links
from ..cache import public_page
from ..extensions import db
from ..forms import ActionForm, options
from ..models import CommentStatus, ContributionStatus, EventKind, Outcome
from ..security import post_limit, user_or_ip
from ..services import answers, contributions, discussion, lifecycle, moderation, promotion, similar, workshops
from ..services.errors import DomainError
from ..services.permissions import ANSWER_OUTCOMES
from ..web import (apply_error, found, load_consultation, preview_of, render_form, require, safe_next, submit,
                   wants_json, wants_preview)
from . import bp
from .forms import AnswerForm, CommentForm, ContributionForm, FlagForm, ReasonForm


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
    # Forms only for those who can use them: building one puts a CSRF token in the session, and a
    # visitor's page must stay free of any session to be shared from the cache.
    if comment_form is None and access.can_comment(contribution):
        comment_form = CommentForm(formdata=None)
    events = lifecycle.history(contribution)
    merged = lifecycle.merged_into(contribution)
    state = {ContributionStatus.HIDDEN: lifecycle.HIDING_KINDS, ContributionStatus.MERGED: EventKind.MERGED}.get(
        contribution.status)
    context = dict(
        contribution=contribution,
        threads=discussion.threads(contribution) if contribution.status != ContributionStatus.WITHDRAWN else [],
        events=events,
        answer=lifecycle.latest(events, EventKind.OUTCOME) if contribution.outcome != Outcome.NONE else None,
        state_event=lifecycle.latest(events, state, contribution.status.value) if state else None,
        comment_events={e.comment_id: e for e in reversed(events)
                        if e.comment_id and e.kind in lifecycle.HIDING_KINDS and e.new_value == "hidden"},
        merged=merged,
        supporters=lifecycle.supporters(contribution) if merged else contribution.like_count,
        liked=discussion.has_liked(access.user_id, contribution),
        comment_form=comment_form,
        # What it became in the strategy (read only when it was promoted: no query for the others).
        in_actions=promotion.actions_of_contribution(contribution, date.today().year)
        if contribution.outcome == Outcome.PROMOTED else [],
        action_year=date.today().year,
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
    ideas = _close_ideas_first(access, form)
    if ideas:
        return render_template("contributions/close.html", form=form, ideas=ideas, workshop=workshop)
    back = "retour" in request.form  # from the page of close ideas: the form again, as it was
    done = None if back else submit(
        form, lambda: contributions.post_contribution(access, workshop, mission, form.title.data, form.body.data,
                                                      form.themes.data),
        _("Merci ! Votre contribution est publiée."), links.contribution_url)
    # Shown again (its preview, its errors, back from the close ideas): with the close ideas, seen.
    shown = similar.close_ideas(access, form.title.data or "", form.body.data or "") if request.method == "POST" else []
    return done or render_form("contributions/edit.html", form, workshop=workshop, contribution=None,
                               mission=mission, preview=preview_of(form.body), ideas=shown)


def _close_ideas_first(access, form) -> list:
    """Without the script that shows them while typing, the close ideas come before publishing: at
    a valid submit, unless the writer has seen them already or comes back to their text."""
    if (request.method != "POST" or wants_preview() or request.form.get("proches") == "vues"
            or "retour" in request.form or not form.validate()):
        return []
    return similar.close_ideas(access, form.title.data, form.body.data)


# What is being typed, as far as the search for close ideas reads it.
TYPED_MAX = 1200


@bp.get("/ateliers/<int:workshop_id>/idees-proches")
@login_required
def close_ideas(slug, workshop_id):
    """The contributions close to the title and text being typed, as a piece of the form's page."""
    consultation, access = load_consultation(slug)
    workshop = found(workshops.get_workshop(access, workshop_id))
    require(access.can_post_somewhere(workshop))
    ideas = similar.close_ideas(access, request.args.get("titre", "")[:TYPED_MAX],
                                request.args.get("texte", "")[:TYPED_MAX])
    response = make_response(render_template("contributions/_close_ideas.html", ideas=ideas, typing=True))
    response.headers["Cache-Control"] = "private, no-store"
    return response


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


def _decide(form, action, message: str, target, page: dict):
    """A decision page (templates/contributions/decide.html): what changes, the reason if needed;
    the POST calls the service, then commits and goes to `target(event)`."""
    done = submit(form, action, message, target)
    return done or render_form("contributions/decide.html", form, page=page)


@bp.route("/contributions/<int:contribution_id>/retirer", methods=["GET", "POST"])
@login_required
def withdraw(slug, contribution_id):
    access, contribution = _load(slug, contribution_id)
    require(access.can_set_status(contribution, ContributionStatus.WITHDRAWN))
    return _decide(
        ActionForm(), lambda: lifecycle.set_status(access, contribution, ContributionStatus.WITHDRAWN),
        _("Votre contribution est retirée. Elle n'apparaît plus dans les tableaux."),
        lambda _: links.contribution_url(contribution),
        dict(title=_("Retirer « %(title)s » ?", title=contribution.title), before=_("Publiée, sur les tableaux"),
             after=_("Retirée : elle quitte les tableaux, son texte n'est plus lisible"),
             lines=[_("Ses j'aime et ses commentaires sont conservés mais ne sont plus montrés."),
                    _("Ce retrait est définitif : vous ne pourrez pas la republier.")],
             button=_("Retirer ma contribution"), danger=True, back=links.contribution_url(contribution)))


def _moderate(access, contribution, comment, decision: str):
    """Hide or restore a contribution or a comment, from its page: a moderation decision, with the
    reason its author is told (the open reports of it are closed)."""
    hiding = decision == moderation.HIDE
    form = ReasonForm()
    obj_title = _("ce commentaire") if comment else _("« %(title)s »", title=contribution.title)
    on_boards = _("Publiée, sur les tableaux") if not comment else _("Visible sous la contribution")
    away = _("Masquée : elle quitte les tableaux ; sa page dit pourquoi") if not comment \
        else _("Masqué : un avis donne la raison à sa place")
    back = links.contribution_url(contribution, comment=comment) if comment else links.contribution_url(contribution)
    lines = [_("Rien n'est supprimé : vous pourrez revenir sur cette décision.")]
    hidden_by = None if hiding else lifecycle.hiding_event(contribution, comment)
    if hidden_by is not None and hidden_by.note:
        lines.insert(0, _("Masqué pour cette raison : %(reason)s", reason=hidden_by.note))
    return _decide(
        form, lambda: moderation.decide(access, contribution, comment, decision, form.reason.data),
        (_("Le commentaire est masqué ; la raison est affichée à sa place.") if comment
         else _("La contribution est masquée.")) if hiding
        else (_("Le commentaire est rétabli.") if comment else _("La contribution est rétablie.")),
        lambda event: links.contribution_url(contribution, event=event),
        dict(title=_("Masquer %(what)s ?", what=obj_title) if hiding else _("Rétablir %(what)s ?", what=obj_title),
             quote=comment.body if comment else None,
             before=on_boards if hiding else away, after=away if hiding else on_boards,
             lines=lines, reason_hint=_("Montrée à l'auteur (dans ses notifications) et aux lecteurs de la page."),
             button=_("Masquer") if hiding else _("Rétablir"), danger=hiding, back=back))


@bp.route("/contributions/<int:contribution_id>/masquer", methods=["GET", "POST"])
@login_required
def hide(slug, contribution_id):
    access, contribution = _load(slug, contribution_id)
    require(access.can_set_status(contribution, ContributionStatus.HIDDEN))
    return _moderate(access, contribution, None, moderation.HIDE)


@bp.route("/contributions/<int:contribution_id>/retablir", methods=["GET", "POST"])
@login_required
def restore(slug, contribution_id):
    access, contribution = _load(slug, contribution_id)
    require(access.can_set_status(contribution, ContributionStatus.PUBLISHED))
    return _moderate(access, contribution, None, moderation.KEEP)


@bp.route("/contributions/<int:contribution_id>/annuler-fusion", methods=["GET", "POST"])
@login_required
def unmerge(slug, contribution_id):
    access, contribution = _load(slug, contribution_id)
    require(access.can_unmerge(contribution))
    form = ReasonForm()
    target = contributions.get_contribution(access, contribution.merged_into_id) if contribution.merged_into_id else None
    return _decide(
        form, lambda: lifecycle.unmerge(access, contribution, form.reason.data),
        _("La fusion est annulée : la contribution est de nouveau sur les tableaux."),
        lambda event: links.contribution_url(contribution, event=event),
        dict(title=_("Annuler la fusion de « %(title)s » ?", title=contribution.title),
             before=_("Fusionnée dans « %(title)s »", title=target.title) if target else _("Fusionnée"),
             after=_("De nouveau publiée, sur les tableaux, avec ses j'aime et ses commentaires"),
             lines=[_("Les deux contributions gardent cette fusion et son annulation dans leur historique.")],
             reason_hint=_("Montrée dans l'historique des deux contributions et à leurs participants."),
             button=_("Annuler la fusion"), back=links.contribution_url(contribution)))


@bp.route("/contributions/<int:contribution_id>/reponse", methods=["GET", "POST"])
@login_required
def answer(slug, contribution_id):
    access, contribution = _load(slug, contribution_id)
    require(access.can_answer(contribution))
    form = AnswerForm()
    templates = answers.templates(access.consultation)
    form.template.choices = options(((str(t.id), t.title) for t in templates), blank=_("Aucun modèle"))
    current = lifecycle.current_answer(contribution)
    if request.method == "GET":
        template = answers.get_template(access.consultation, request.args.get("modele", ""))
        form.template.data = str(template.id) if template else ""
        form.outcome.data = (template.outcome if template else contribution.outcome
                             if contribution.outcome in ANSWER_OUTCOMES else Outcome.ANSWERED).value
        form.answer.data = template.body if template else (current.note if current else "")
    done = submit(form, lambda: lifecycle.set_outcome(access, contribution, form.outcome.data, form.answer.data),
                  lambda event: _("La réponse est publiée sur la page de la contribution.") if event
                  else _("Rien n'a changé."),
                  lambda event: links.contribution_url(contribution, event=event))
    return done or render_form("contributions/answer.html", form, contribution=contribution, current=current,
                               templates=templates, preview=preview_of(form.answer))


@bp.route("/contributions/<int:contribution_id>/signaler", methods=["GET", "POST"])
@login_required
def flag(slug, contribution_id):
    access, contribution = _load(slug, contribution_id)
    require(access.can_flag(contribution, contribution))
    return _flag(access, contribution, None)


def _flag(access, contribution, comment):
    form = FlagForm()
    already = moderation.has_flagged(access, contribution, comment)
    done = submit(form, lambda: moderation.flag(access, contribution, comment, form.reason.data, form.text.data),
                  lambda added: _("Merci : l'équipe d'animation va examiner ce signalement.") if added
                  else _("Vous l'aviez déjà signalé : l'équipe d'animation va l'examiner."),
                  lambda _: links.contribution_url(contribution, comment=comment) if comment
                  else links.contribution_url(contribution))
    return done or render_form("contributions/flag.html", form, contribution=contribution, comment=comment,
                               already=already)


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
    back = links.contribution_url(comment.contribution, comment=comment)
    return _decide(
        ActionForm(), lambda: lifecycle.set_comment_status(access, comment, CommentStatus.WITHDRAWN),
        _("Votre commentaire est retiré."), lambda _: back,
        dict(title=_("Retirer votre commentaire ?"), quote=comment.body, before=_("Visible sous la contribution"),
             after=_("Retiré : un avis le remplace"), lines=[_("Ce retrait est définitif.")],
             button=_("Retirer mon commentaire"), danger=True, back=back))


@bp.route("/commentaires/<int:comment_id>/masquer", methods=["GET", "POST"])
@login_required
def hide_comment(slug, comment_id):
    access, comment = _load_comment(slug, comment_id)
    require(access.can_hide_comment(comment))
    return _moderate(access, comment.contribution, comment, moderation.HIDE)


@bp.route("/commentaires/<int:comment_id>/retablir", methods=["GET", "POST"])
@login_required
def restore_comment(slug, comment_id):
    access, comment = _load_comment(slug, comment_id)
    require(access.can_restore_comment(comment))
    return _moderate(access, comment.contribution, comment, moderation.KEEP)


@bp.route("/commentaires/<int:comment_id>/signaler", methods=["GET", "POST"])
@login_required
def flag_comment(slug, comment_id):
    access, comment = _load_comment(slug, comment_id)
    require(access.can_flag(comment, comment.contribution))
    return _flag(access, comment.contribution, comment)
