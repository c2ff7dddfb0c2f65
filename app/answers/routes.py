"""Answering many contributions at once (a selection made on a board), merging them, and the
answer templates of a consultation. Every page works without JavaScript."""
from flask import flash, redirect, request
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import login_required

from .. import links
from ..extensions import db
from ..forms import ActionForm, options
from ..models import Outcome
from ..services import answers, contributions, lifecycle
from ..services.errors import DomainError
from ..web import apply_error, found, load_consultation, preview_of, render_form, require, safe_next, submit
from . import bp
from .forms import BulkAnswerForm, MergeForm, TemplateForm


def _selection(access, form_ids):
    """The contributions chosen (from the board's checkboxes, or the form sent back)."""
    ids = answers.parse_ids(request.values.getlist("ids"))
    try:
        chosen = answers.selection(access, ids)
    except DomainError as error:
        form_ids.errors = [str(error.message)]
        chosen = answers.selection(access, ids[:answers.SELECTION_MAX])
    form_ids.choices = options((c.id, c.title) for c in chosen)
    if request.method == "GET":
        form_ids.data = [c.id for c in chosen]
    return chosen


# -- answering a selection -------------------------------------------------------------------------

@bp.route("/reponses", methods=["GET", "POST"])
@login_required
def bulk(slug):
    consultation, access = load_consultation(slug)
    require(access.can_moderate())
    form = BulkAnswerForm()
    chosen = _selection(access, form.ids)
    templates = answers.templates(consultation)
    template = answers.get_template(consultation, request.args.get("modele", ""))
    if request.method == "GET":
        form.outcome.data = (template.outcome if template else Outcome.ANSWERED).value
        form.answer.data = template.body if template else ""
        form.next.data = safe_next(request.args.get("next"), links.board_url(consultation))
    picked = [c for c in chosen if c.id in (form.ids.data or [])]
    done = submit(form, lambda: answers.answer_all(access, picked, form.outcome.data, form.answer.data),
                  lambda events: ngettext("%(num)s contribution a reçu la réponse.",
                                          "%(num)s contributions ont reçu la réponse, chacune dans son historique.",
                                          len(events)) if events else _("Rien n'a changé : elles avaient déjà cette "
                                                                        "réponse."),
                  lambda _: safe_next(form.next.data, links.board_url(consultation)))
    return done or render_form("answers/bulk.html", form, chosen=chosen, templates=templates, chosen_template=template,
                               preview=preview_of(form.answer))


# -- merging ----------------------------------------------------------------------------------------

@bp.route("/fusion", methods=["GET", "POST"])
@login_required
def merge(slug):
    """Choose the contributions and the one that receives them, see what will happen, confirm."""
    consultation, access = load_consultation(slug)
    require(access.can_moderate())
    form = MergeForm()
    chosen = _selection(access, form.ids)
    form.target.choices = options((str(c.id), c.title) for c in chosen)
    if request.method == "GET":
        form.next.data = safe_next(request.args.get("next"), links.board_url(consultation))
        if len(chosen) > 1:  # the most supported receives the others, unless the facilitator chooses
            form.target.data = str(max(chosen, key=lambda c: (c.like_count, -c.id)).id)
    plan = None
    if request.method == "POST" and form.validate_on_submit():
        number = (form.target_number.data or "").strip().lstrip("#")
        target_id = int(number) if number.isdigit() else int(form.target.data) if (form.target.data or "").isdigit() \
            else None
        target = contributions.get_contribution(access, target_id) if target_id and target_id < 2**31 else None
        sources = [c for c in chosen if c.id in (form.ids.data or []) and (target is None or c.id != target.id)]
        try:
            if target is None:
                raise DomainError(_("Choisissez la contribution qui reçoit les autres, ou tapez son numéro."),
                                  field="target")
            lifecycle.check_merge(access, sources, target)
        except DomainError as error:
            apply_error(form, error)
        else:
            if form.confirmed.data == "1":
                lifecycle.merge(access, sources, target, form.note.data)
                db.session.commit()
                flash(ngettext("La contribution est fusionnée dans « %(title)s ».",
                               "Les %(num)s contributions sont fusionnées dans « %(title)s ».", len(sources),
                               title=target.title), "success")
                return redirect(links.contribution_url(target))
            plan = {"target": target, "sources": sources,
                    "supporters": lifecycle.supporters_of([target, *sources])}
    return render_form("answers/merge.html", form, chosen=chosen, plan=plan)


# -- answer templates -----------------------------------------------------------------------------

@bp.route("/modeles-de-reponse", methods=["GET", "POST"])
@login_required
def templates(slug):
    consultation, access = load_consultation(slug)
    require(access.can_moderate())
    form = TemplateForm()
    if request.method == "GET":
        form.outcome.data = Outcome.ANSWERED.value
    done = submit(form, lambda: answers.save_template(access, None, form.title.data, form.outcome.data,
                                                      form.body.data),
                  lambda template: _("Le modèle « %(title)s » est enregistré.", title=template.title),
                  lambda _: links.answer_templates_url(consultation))
    return done or render_form("answers/templates.html", form, templates=answers.templates(consultation),
                               editing=None, preview=preview_of(form.body))


@bp.route("/modeles-de-reponse/<int:template_id>", methods=["GET", "POST"])
@login_required
def edit_template(slug, template_id):
    consultation, access = load_consultation(slug)
    require(access.can_moderate())
    template = found(answers.get_template(consultation, template_id))
    form = TemplateForm(obj=template)
    if request.method == "GET":
        form.outcome.data = template.outcome.value
    done = submit(form, lambda: answers.save_template(access, template, form.title.data, form.outcome.data,
                                                      form.body.data),
                  _("Le modèle est enregistré."), lambda _: links.answer_templates_url(consultation))
    return done or render_form("answers/templates.html", form, templates=None, editing=template,
                               preview=preview_of(form.body))


@bp.route("/modeles-de-reponse/<int:template_id>/supprimer", methods=["GET", "POST"])
@login_required
def delete_template(slug, template_id):
    consultation, access = load_consultation(slug)
    require(access.can_moderate())
    template = found(answers.get_template(consultation, template_id))
    form = ActionForm()
    done = submit(form, lambda: answers.delete_template(access, template),
                  _("Le modèle est supprimé. Les réponses déjà données restent."),
                  lambda _: links.answer_templates_url(consultation))
    return done or render_form("answers/delete_template.html", form, answer_template=template)
