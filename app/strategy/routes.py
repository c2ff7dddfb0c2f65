"""The strategy of a consultation: read by everyone who reads the consultation, written by its
facilitators (settings, the four levels, moving and deleting), every page without JavaScript."""
from datetime import date

from flask import flash, redirect, render_template, request
from flask_babel import gettext as _
from flask_login import login_required

from .. import links, storage
from ..extensions import db
from ..forms import ActionForm, ConfirmImportForm, UploadForm, options
from ..services import plan, plan_import, strategy
from ..services.errors import DomainError
from ..services.imports import ImportFailed, action_plan
from ..services.strategy import ActionFields, Settings
from ..web import (
    apply_error,
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
from .forms import ActionEditForm, LevelForm, SettingsForm

LEVEL_WORDS = "any(enjeu, chantier, objectif, action)"
PARENT_LEVEL = {"chantier": "enjeu", "objectif": "chantier", "action": "objectif"}
PARENT_COLUMN = {"chantier": "priority_id", "objectif": "axis_id", "action": "objective_id"}


def _load(slug: str, edit: bool = False):
    consultation, access = load_consultation(slug)
    require(access.can_edit_strategy() if edit else access.can_view_strategy())
    return consultation, access, strategy.get(consultation.id)


def _this_year(current) -> int:
    """The year the pages show first: this one, within the plan's years."""
    return min(max(date.today().year, current.first_year), current.last_year)


@bp.route("/")
def show(slug):
    consultation, access, current = _load(slug)
    editing = access.can_edit_strategy() and request.args.get("edition") == "1"
    numbered = plan.tree(current) if current is not None else None
    return render_template("strategy/show.html", strategy=current, tree=numbered, editing=editing,
                           year=_this_year(current) if current is not None else None, plural=strategy.plural)


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
        flash(_("Créez d'abord la stratégie : son titre, ses années et le nom de ses niveaux."), "info")
        return redirect(links.strategy_settings_url(consultation))
    numbered = plan.tree(current, with_progress=False)
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
    numbered = plan.tree(current, with_progress=False)
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
def action(slug, action_id):
    consultation, access, current = _load(slug)
    page = found(plan.action_page(found(current), action_id) if action_id < 2**31 else None)
    return render_template("strategy/action.html", strategy=current, page=page, year=_this_year(current))


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
