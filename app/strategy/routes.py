"""The strategy of a consultation: read by everyone who reads the consultation, written by its
facilitators (settings, the four levels, moving and deleting), every page without JavaScript."""
from datetime import date

from flask import Response, flash, redirect, render_template, request, stream_with_context
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import login_required

from .. import cache, labels, links, storage
from ..extensions import db
from ..models import Outcome, ProgressState
from ..forms import ActionForm, ConfirmImportForm, UploadForm, options
from ..services import consultations, exports, plan, plan_documents, plan_import, promotion, strategy, workshops
from ..services.errors import DomainError
from ..services.imports import ImportFailed, action_plan
from ..services.text import render_markdown
from ..services.strategy import ActionFields, Settings
from ..web import (
    apply_error,
    content_disposition,
    found,
    load_consultation,
    preview_of,
    read_upload,
    render_form,
    require,
    stash_upload,
    submit,
    take_upload,
)
from . import bp
from .forms import ActionEditForm, DetachForm, FollowUpForm, IndicatorForm, LevelForm, PromoteForm, SettingsForm

LEVEL_WORDS = "any(enjeu, chantier, objectif, action)"
PARENT_LEVEL = {"chantier": "enjeu", "objectif": "chantier", "action": "objectif"}
PARENT_COLUMN = {"chantier": "priority_id", "objectif": "axis_id", "action": "objective_id"}


def _load(slug: str, edit: bool = False):
    consultation, access = load_consultation(slug)
    require(access.can_edit_strategy() if edit else access.can_view_strategy())
    return consultation, access, strategy.get(consultation.id)


def _strategy_first(consultation):
    """Where a facilitator goes who reaches a page that needs a strategy before there is one."""
    flash(_("Créez d'abord la stratégie : son titre, ses années et le nom de ses niveaux."), "info")
    return redirect(links.strategy_settings_url(consultation))


def _asked_year(current) -> int:
    """The year of the address (?annee=2026) when it is one of the plan's, else this year."""
    asked = request.args.get("annee", "")
    return int(asked) if asked.isdigit() and len(asked) == 4 and int(asked) in current.years else plan.shown_year(current)


@bp.route("/")
@cache.public_page
def show(slug):
    consultation, access, current = _load(slug)
    if current is None:
        return render_template("strategy/show.html", strategy=None)
    may_edit = access.can_edit_strategy()
    editing = may_edit and request.args.get("edition") == "1"
    year = plan.shown_year(current)

    def body() -> str:
        return render_template("strategy/_plan.html", strategy=current, editing=editing, year=year,
                               tree=plan.tree(current, year=year, partners=False))

    # In the editing mode the plan carries form tokens: never shared.
    plan_html = body() if editing else cache.fragment("strategy", (current.id, year, may_edit), body)
    return render_template("strategy/show.html", strategy=current, plan_html=plan_html, editing=editing)


@bp.route("/tableau-de-bord")
@cache.public_page
def dashboard(slug):
    """Per year, the tally of actions by state; per axis, the progress of a year; what is behind."""
    consultation, access, current = _load(slug)
    current = found(current)
    year, today = _asked_year(current), date.today().year

    def body() -> str:
        return render_template("strategy/_dashboard.html", strategy=current, board=plan.dashboard(current, year, today),
                               states=list(ProgressState), done=ProgressState.DONE)

    board_html = cache.fragment("dashboard", (current.id, year, today), body)
    return render_template("strategy/dashboard.html", strategy=current, year=year, board_html=board_html)


@bp.route("/parametres", methods=["GET", "POST"])
@login_required
def settings(slug):
    consultation, access, current = _load(slug, edit=True)
    form = SettingsForm(obj=current)
    if current is None and request.method == "GET":
        year = date.today().year
        form.title.data = _("Stratégie touristique %(a)s-%(b)s", a=year, b=year + 2)
        form.first_year.data, form.last_year.data = year, year + 2
        form.priority_label.data, form.axis_label.data, form.objective_label.data, form.action_label.data = \
            strategy.DEFAULT_LABELS
    done = submit(form, lambda: strategy.save_settings(access, consultation, Settings(
        title=form.title.data, first_year=form.first_year.data, last_year=form.last_year.data,
        introduction=form.introduction.data, priority_label=form.priority_label.data or "",
        axis_label=form.axis_label.data, objective_label=form.objective_label.data,
        action_label=form.action_label.data), current),
        _("Stratégie enregistrée.") if current is not None else _("Stratégie créée : ajoutez-lui ses niveaux."),
        lambda _result: links.strategy_url(consultation, edition=1))
    return done or render_form("strategy/settings.html", form, strategy=current, preview=preview_of(form.introduction))


def _parents(current, numbered, level: str):
    """The choices of the level above `level`, numbered as the strategy shows them."""
    if level == "chantier":
        return [(p.priority.id, f"{current.priority_label.capitalize()} {p.number} : {p.priority.title}")
                for p in numbered.priorities if p.priority is not None]
    if level == "objectif":
        return [(a.axis.id, f"{current.axis_label.capitalize()} {a.number} : {a.axis.title}") for a in numbered.axes()]
    if level == "action":
        return [(o.objective.id, f"{a.number}.{o.letter} {o.objective.title}")
                for a in numbered.axes() for o in a.objectives]
    return []


def _item_form(current, numbered, level: str, item=None):
    """The form of an item of `level`, its parent's choices and its text's label set."""
    form = ActionEditForm(obj=item) if level == "action" else LevelForm(obj=item)
    parent_level = PARENT_LEVEL.get(level)
    if parent_level is not None and (level != "chantier" or current.has_priorities):
        form.parent.label.text = plan.level_label(current, parent_level).capitalize()
        form.parent.choices = options(_parents(current, numbered, level), blank="—")
    else:
        del form.parent
    if level == "action":
        if request.method == "GET" and item is not None:
            form.partners.data = ", ".join(p.name for p in item.partners)
    else:
        form.description.label.text = _("Résultats attendus") if level == "objectif" else _("Présentation")
        if request.method == "GET" and item is not None and level == "objectif":
            form.description.data = item.expected_results
    if request.method == "GET" and item is not None and "parent" in form:
        form.parent.data = getattr(item, PARENT_COLUMN[level])
    return form


def _save(access, current, level: str, form, item=None):
    """Call the service that adds or changes an item of `level`."""
    parent = form.parent.data if "parent" in form else None
    if level == "action":
        fields = ActionFields(title=form.title.data, description=form.description.data, means=form.means.data,
                              owner=form.owner.data, operator=form.operator.data,
                              partners=tuple(strategy.partner_names(form.partners.data or "")),
                              remarks=form.remarks.data, origin=form.origin.data)
        if item is None:
            return strategy.add_action(access, current, parent, fields)
        return strategy.update_action(access, current, item, parent, fields)
    text = form.description.data
    if level == "enjeu":
        return strategy.add_priority(access, current, form.title.data, text) if item is None else \
            strategy.update_priority(access, item, form.title.data, text)
    if level == "chantier":
        return strategy.add_axis(access, current, parent, form.title.data, text) if item is None else \
            strategy.update_axis(access, current, item, parent, form.title.data, text)
    return strategy.add_objective(access, current, parent, form.title.data, text) if item is None else \
        strategy.update_objective(access, current, item, parent, form.title.data, text)


def _after(consultation, level: str, item) -> str:
    if level == "action":
        return links.action_url(consultation, item)
    return links.strategy_url(consultation, edition=1, _anchor=f"{level}-{item.id}")


@bp.route(f"/<{LEVEL_WORDS}:level>/nouveau", methods=["GET", "POST"])
@login_required
def create_item(slug, level):
    consultation, access, current = _load(slug, edit=True)
    if current is None:
        return _strategy_first(consultation)
    numbered = plan.tree(current, with_progress=False, partners=False)
    form = _item_form(current, numbered, level)
    if request.method == "GET" and "parent" in form:
        parent = request.args.get("parent", "")
        form.parent.data = int(parent) if parent.isdigit() and len(parent) < 10 else None
    done = submit(form, lambda: _save(access, current, level, form),
                  _("%(level)s ajouté·e.", level=plan.level_label(current, level).capitalize()),
                  lambda item: _after(consultation, level, item))
    return done or render_form("strategy/item.html", form, strategy=current, level=level, item=None,
                               level_name=plan.level_label(current, level))


@bp.route(f"/<{LEVEL_WORDS}:level>/<int:item_id>/modifier", methods=["GET", "POST"])
@login_required
def edit_item(slug, level, item_id):
    consultation, access, current = _load(slug, edit=True)
    item = found(plan.get_item(found(current), level, item_id))
    numbered = plan.tree(current, with_progress=False, partners=False)
    form = _item_form(current, numbered, level, item)
    done = submit(form, lambda: _save(access, current, level, form, item), _("Modifications enregistrées."),
                  lambda result: _after(consultation, level, result))
    return done or render_form("strategy/item.html", form, strategy=current, level=level, item=item,
                               level_name=plan.level_label(current, level))


@bp.route(f"/<{LEVEL_WORDS}:level>/<int:item_id>/deplacer", methods=["POST"])
@login_required
def move_item(slug, level, item_id):
    consultation, access, current = _load(slug, edit=True)
    item = found(plan.get_item(found(current), level, item_id))
    form = ActionForm()
    if form.validate_on_submit():
        strategy.move(access, item, -1 if request.form.get("offset") == "-1" else 1)
        db.session.commit()
    return redirect(links.strategy_url(consultation, edition=1, _anchor=f"{level}-{item.id}"))


@bp.route(f"/<{LEVEL_WORDS}:level>/<int:item_id>/supprimer", methods=["GET", "POST"])
@login_required
def delete_item(slug, level, item_id):
    consultation, access, current = _load(slug, edit=True)
    item = found(plan.get_item(found(current), level, item_id))
    form = ActionForm()
    if form.validate_on_submit():
        try:
            strategy.delete(access, item)
        except DomainError as error:
            apply_error(form, error)
        else:
            db.session.commit()
            flash(_("Supprimé·e : « %(title)s ».", title=item.title), "success")
            return redirect(links.strategy_url(consultation, edition=1))
    return render_form("strategy/delete.html", form, strategy=current, level=level, item=item,
                       level_name=plan.level_label(current, level), contents=strategy.children_count(item))


@bp.route("/actions/<int:action_id>")
@cache.public_page
def action(slug, action_id):
    consultation, access, current = _load(slug)
    place = found(plan.locate(found(current), action_id) if action_id < 2**31 else None)
    year, may_edit = plan.shown_year(current), access.can_edit_strategy()

    def body() -> str:
        return render_template("strategy/_action.html", strategy=current, year=year,
                               page=plan.action_page(current, action_id, place))

    # Its history says "il y a 3 minutes": kept a minute at most.
    content = cache.fragment("action", (action_id, year, may_edit), body, ttl=60)
    return render_template("strategy/action.html", strategy=current, place=place, content=content)


def _action_of(slug, action_id):
    consultation, access, current = _load(slug, edit=True)
    action = found(plan.get_item(found(current), "action", action_id))
    return consultation, access, current, action


@bp.route("/actions/<int:action_id>/suivi", methods=["GET", "POST"])
@login_required
def follow_up(slug, action_id):
    """A year's state of an action, with its note: dated, signed, told to the people behind it."""
    consultation, access, current, action = _action_of(slug, action_id)
    form = FollowUpForm()
    form.year.choices = options((y, str(y)) for y in current.years)
    form.state.choices = options([("", _("Ne court pas cette année-là")),
                                  *((s.value, label) for s, label in labels.PROGRESS_STATES.items())])
    form.postponed_to.choices = options(((y, str(y)) for y in range(current.first_year + 1, current.last_year + 4)),
                                        blank="—")
    if request.method == "GET":
        form.year.data = _asked_year(current)
        row = plan.progress_of(action, form.year.data)
        if row is not None:
            form.state.data, form.cause.data = row.state.value, row.cause
            form.postponed_to.data, form.note.data = row.postponed_to, row.note
        else:
            form.state.data = ""
    form.state.validators = []  # "" (not running that year) is a choice

    def save():
        state = None if not form.state.data else strategy.YearState(
            ProgressState(form.state.data), form.cause.data or "", form.postponed_to.data, form.note.data or "")
        return strategy.set_progress(access, current, action, form.year.data, state)

    done = submit(form, save, lambda event: _("Suivi %(year)s enregistré.", year=form.year.data) if event else
                  _("Rien n'a changé."), lambda _event: links.action_url(consultation, action, _anchor="suivi"))
    return done or render_form("strategy/follow_up.html", form, strategy=current, action=action,
                               number=plan.action_number(current, action), preview=preview_of(form.note))


@bp.route("/actions/<int:action_id>/indicateurs", methods=["GET", "POST"])
@login_required
def indicators(slug, action_id):
    """An action's indicators: their values year by year, and a new one."""
    consultation, access, current, action = _action_of(slug, action_id)
    form = IndicatorForm()
    page = plan.action_page(current, action.id)
    typed = {(int(parts[1]), int(parts[2])): value for key, value in request.form.items()
             if (parts := key.split("-")) and len(parts) == 3 and parts[0] == "v" and parts[1].isdigit()
             and parts[2].isdigit() and len(parts[1]) < 10 and len(parts[2]) == 4}
    errors: dict[str, str] = {}
    if request.method == "POST" and form.validate_on_submit():
        try:
            changed = strategy.save_indicator_values(access, current, action, typed)
            added = None
            if form.name.data:
                added = strategy.add_indicator(access, action, form.name.data, form.unit.data or "",
                                               strategy.parse_number(form.baseline.data, "baseline"),
                                               strategy.parse_number(form.target.data, "target"))
        except strategy.IndicatorValuesRefused as refused:
            errors = {problem.field: str(problem.message) for problem in refused.problems}
            form.form_errors.append(str(refused.message))
        except DomainError as error:
            apply_error(form, error)
        else:
            db.session.commit()
            flash(_("Indicateurs enregistrés : %(n)s valeur(s) changée(s)%(added)s.", n=changed,
                    added=_(", un indicateur ajouté") if added else ""), "success")
            return redirect(links.action_url(consultation, action, _anchor="indicateurs"))
        db.session.rollback()
    return render_form("strategy/indicators.html", form, strategy=current, action=action, page=page, typed=typed,
                       errors=errors)


# -- import of an action plan ------------------------------------------------------------------------

def _mapping(header: list[str]) -> dict[str, int] | None:
    """The columns chosen in the import's form (field -> column index), or None when none was sent."""
    if not any(key.startswith("col-") for key in request.form):
        return None
    chosen = {}
    for name in action_plan.FIELDS:
        value = request.form.get(f"col-{name}", "")
        if value.isdigit() and int(value) < len(header):
            chosen[name] = int(value)
    return chosen


@bp.route("/importer", methods=["GET", "POST"])
@login_required
def import_plan(slug):
    """An action plan (XLSX or CSV): sent, its columns chosen (guessed from its header), previewed
    with every bad row, and written only once confirmed."""
    consultation, access, current = _load(slug, edit=True)
    scope = f"action-plan:{consultation.id}"
    upload, confirm = UploadForm(), ConfirmImportForm()
    context = {"strategy": current}
    if "token" in request.form:
        pending = take_upload(confirm.token.data, scope) if confirm.validate_on_submit() else None
        if pending is None:
            flash(_("Ce fichier n'est plus disponible : envoyez-le de nouveau."), "error")
            return redirect(links.import_plan_url(consultation))
        name, content, key = pending
    elif upload.validate_on_submit() and (sent := read_upload(upload.file)):
        name, content = sent
        key = None
    else:
        return render_form("strategy/import.html", upload, **context)
    header, columns = [], None
    try:
        header = action_plan.header_of(name, content)
        columns = _mapping(header)
        read = action_plan.read(name, content, columns)
        report = plan_import.import_plan(access, consultation, read, dry_run=request.form.get("go") != "import")
        problems = []
    except ImportFailed as failure:
        db.session.rollback()
        report, problems, read = None, failure.problems, None
    if report is not None and report.applied:
        db.session.commit()
        storage.current().delete(key)
        flash(_("Plan d'action « %(name)s » importé : %(created)s action(s) créée(s), %(updated)s mise(s) à jour.",
                name=name, created=len(report.actions_created), updated=len(report.actions_updated)), "success")
        return redirect(links.strategy_url(consultation))
    db.session.rollback()
    if key is None and header:
        confirm.token.data = stash_upload(content, name, scope)
    chosen = read.columns if read is not None else (columns if columns is not None else action_plan.guess_columns(header))
    return render_template("strategy/import.html", form=upload, confirm=confirm if header else None, report=report,
                           problems=problems, name=name, header=header, chosen=chosen,
                           years=read.years if read is not None else action_plan.year_columns(header),
                           **context), 200 if report is not None else 400


# -- promotion: from contributions to actions -----------------------------------------------------------

def _ids() -> list[int]:
    return [int(i) for i in request.values.getlist("ids") if i.isdigit() and len(i) < 10]


def _filter_args() -> dict:
    return {key: value for key, value in request.args.items()
            if key in ("atelier", "mission", "theme", "reponse", "nouvelles")}


@bp.route("/contributions-a-retenir")
@login_required
def candidates(slug):
    """The contributions a facilitator may promote, the most liked and commented first, filtered."""
    consultation, access, current = _load(slug, edit=True)
    if current is None:
        return _strategy_first(consultation)
    args = request.args
    number = lambda name: int(args[name]) if args.get(name, "").isdigit() and len(args[name]) < 10 else None  # noqa: E731
    outcome = next((o for o in Outcome if o.value == args.get("reponse")), None)
    filters = promotion.CandidateFilters(workshop_id=number("atelier"), mission_id=number("mission"),
                                         theme_id=number("theme"), outcome=outcome,
                                         not_promoted=args.get("nouvelles") == "1")
    found_page = promotion.candidates(access, filters, number("page") or 1)
    return render_template("strategy/candidates.html", strategy=current, page=found_page, filters=filters,
                           workshops=workshops.list_workshops(access), themes=consultations.theme_choices(consultation),
                           previous_url=links.candidates_url(consultation, page=found_page.page - 1, **_filter_args())
                           if found_page.page > 1 else None,
                           next_url=links.candidates_url(consultation, page=found_page.page + 1, **_filter_args())
                           if found_page.has_more else None)


@bp.route("/retenir", methods=["GET", "POST"])
@login_required
def promote(slug):
    """The chosen contributions, into a new action (pre-filled from them) or an existing one."""
    consultation, access, current = _load(slug, edit=True)
    if current is None:
        return _strategy_first(consultation)
    form = PromoteForm()
    try:
        chosen = promotion.selection(access, _ids())
    except DomainError as error:
        form.ids.errors = [str(error.message)]
        chosen = promotion.selection(access, _ids()[:promotion.SELECTION_MAX])
    form.ids.choices = options((c.id, f"#{c.id} {c.title}") for c in chosen)
    numbered = plan.tree(current, with_progress=False, partners=False)
    form.parent.choices = options(_parents(current, numbered, "action"), blank="—")
    form.action.choices = options(((n.action.id, f"{n.number} {n.action.title}") for n in numbered.actions()),
                                  blank="—")
    if request.method == "GET":
        form.ids.data = [c.id for c in chosen]
        if chosen:
            draft = promotion.draft_from(chosen)
            form.title.data, form.description.data = draft.title, draft.description
        asked = request.args.get("action", "")
        if asked.isdigit() and len(asked) < 10:
            form.mode.data, form.action.data = "existing", int(asked)
    picked = [c for c in chosen if c.id in (form.ids.data or [])]

    def save():
        if form.mode.data == "existing":
            action = plan.get_item(current, "action", form.action.data or 0)
            if action is None:
                raise DomainError(_("Choisissez l'action."), field="action")
            promotion.promote(access, current, action, picked, form.note.data)
            return action
        fields = ActionFields(title=form.title.data or "", description=form.description.data or "")
        return promotion.promote_into_new(access, current, form.parent.data, fields, picked, form.note.data)

    done = submit(form, save, lambda action: ngettext("%(num)s contribution retenue dans l'action « %(title)s ».",
                                                      "%(num)s contributions retenues dans l'action « %(title)s ».",
                                                      len(picked), title=action.title),
                  lambda action: links.action_url(consultation, action))
    return done or render_form("strategy/promote.html", form, strategy=current, chosen=chosen,
                               actions=promotion.actions_of([c.id for c in chosen]))


@bp.route("/actions/<int:action_id>/sources/<int:contribution_id>/detacher", methods=["GET", "POST"])
@login_required
def detach(slug, action_id, contribution_id):
    """Take a contribution off an action: what will happen, then the reason, kept in both histories."""
    consultation, access, current = _load(slug, edit=True)
    source = found(promotion.get_source(found(current), action_id, contribution_id)
                   if action_id < 2**31 and contribution_id < 2**31 else None)
    require(source.detached_at is None)
    form = DetachForm()
    done = submit(form, lambda: promotion.detach(access, source, form.reason.data),
                  _("Contribution détachée de l'action ; la raison est dans les deux historiques."),
                  lambda _result: links.action_url(consultation, source.action, _anchor="sources"))
    return done or render_form("strategy/detach.html", form, strategy=current, source=source)


@bp.route("/idees-retenues", endpoint="ideas")
@cache.public_page
def ideas(slug):
    """What became of the ideas: every promoted contribution with its action and its state this
    year (the same for every reader, kept in the fragment cache); the person's own first."""
    consultation, access, current = _load(slug)
    year = plan.shown_year(current)

    def body() -> str:
        return render_template("strategy/_ideas.html", ideas=promotion.ideas(current))

    shared = cache.fragment("ideas", (consultation.id, current.id if current else 0, year), body)
    return render_template("strategy/ideas.html", strategy=current, shared=shared, year=year,
                           mine=promotion.own_ideas(current, access.user_id))


# -- documents: the strategy (DOCX), the follow-up of a year (DOCX), the action plan (XLSX) --------------

def _file(body, mimetype: str, filename: str):
    return Response(stream_with_context(body) if not isinstance(body, bytes) else body, mimetype=mimetype,
                    headers={"Content-Disposition": content_disposition(filename)})


@bp.get("/strategie.docx")
def strategy_docx(slug):
    consultation, access, current = _load(slug)
    current = found(current)
    data = plan_documents.strategy_docx(current, consultation, plan.tree(current, with_progress=False, partners=False),
                                        str(render_markdown(current.introduction)), request.host_url)
    return _file(data, exports.DOCX_MIMETYPE, f"strategie-{consultation.slug}.docx")


@bp.get("/suivi.docx")
def follow_up_docx(slug):
    consultation, access, current = _load(slug)
    current = found(current)
    year = _asked_year(current)
    board = plan.dashboard(current, year, date.today().year)
    data = plan_documents.follow_up_docx(current, consultation, board, labels.progress_label)
    return _file(data, exports.DOCX_MIMETYPE, f"suivi-{year}-{consultation.slug}.docx")


@bp.get("/plan-d-action.xlsx")
def plan_xlsx(slug):
    consultation, access, current = _load(slug)
    current = found(current)
    return _file(plan_documents.plan_xlsx(current, plan.tree(current)), plan_documents.XLSX_MIMETYPE,
                 f"plan-d-action-{consultation.slug}.xlsx")
