"""The synthesis assistant's pages, for facilitators only: themes proposed for a workshop, a
mission or the whole concertation, then edited and saved; every page works without JavaScript."""
from flask import flash, redirect, render_template, request
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import login_required

from .. import links
from ..extensions import db
from ..forms import ActionForm
from ..services import drafts, embeddings, groupings, workshops
from ..services.errors import DomainError
from ..web import found, load_consultation, require
from . import bp


def _facilitator(slug: str):
    consultation, access = load_consultation(slug)
    require(access.is_facilitator)
    return consultation, access


def _form_expired(back: str):
    """The way back, with a message, when the form's token is missing or stale; else None."""
    if ActionForm().validate_on_submit():
        return None
    flash(_("Le formulaire a expiré : recommencez."), "error")
    return redirect(back)


def _scope(access, chosen: str):
    """(workshop, mission) from the form's choice: "", "atelier:<id>" or "mission:<id>"; 404 for
    another concertation's or a missing one."""
    kind, _sep, number = chosen.partition(":")
    if kind not in ("atelier", "mission") or not number.isdigit() or int(number) >= 2**31:
        return None, None
    if kind == "atelier":
        return found(workshops.get_workshop(access, int(number))), None
    mission = found(workshops.find_mission(access, int(number)))
    return mission.workshop, mission


@bp.get("/")
@login_required
def index(slug):
    consultation, access = _facilitator(slug)
    return render_template("assistant/index.html",
                           workshops=workshops.list_workshops(access, with_missions=True), groupings=groupings.groupings(access),
                           with_model=embeddings.method() == embeddings.MODEL)


@bp.post("/themes")
@login_required
def propose(slug):
    """Group the contributions of the chosen scope: a new grouping, opened at once."""
    consultation, access = _facilitator(slug)
    workshop, mission = _scope(access, request.form.get("portee", ""))
    if expired := _form_expired(links.assistant_url(consultation)):
        return expired
    try:
        grouping = groupings.propose(access, workshop, mission)
    except DomainError as error:
        flash(str(error.message), "error")
        return redirect(links.assistant_url(consultation))
    db.session.commit()
    return redirect(links.grouping_url(grouping))


def _load_grouping(slug: str, grouping_id: int):
    consultation, access = _facilitator(slug)
    return access, found(groupings.get_grouping(access, grouping_id))


@bp.get("/regroupements/<int:grouping_id>")
@login_required
def grouping(slug, grouping_id):
    access, grouping = _load_grouping(slug, grouping_id)
    shown = request.args.get("groupe", "")
    return render_template("assistant/grouping.html", grouping=grouping, groups=groupings.view(grouping),
                           current=groupings.is_current(grouping),
                           with_model=grouping.method == embeddings.MODEL, per_group=groupings.SHOWN_PER_GROUP,
                           shown_group=int(shown) if shown.isdigit() and int(shown) < 2**31 else None)


EDITS = {
    "renommer": lambda access, grouping, group_id: groupings.rename(access, grouping, group_id, request.form.get("label")),
    "deplacer": lambda access, grouping, group_id: groupings.move(
        access, grouping, request.form.getlist("ids"), request.form.get("vers"), source_id=group_id),
    "scinder": lambda access, grouping, group_id: groupings.split(
        access, grouping, group_id, request.form.getlist("ids"), request.form.get("nouveau")),
    "fusionner": lambda access, grouping, group_id: groupings.merge(access, grouping, group_id, request.form.get("dans")),
}
DONE = {
    "renommer": lambda group: _("Le groupe s'appelle maintenant « %(label)s ».", label=group.label),
    "deplacer": lambda group: _("Les contributions cochées sont dans « %(label)s ».", label=group.label),
    "scinder": lambda group: _("Le groupe « %(label)s » est créé.", label=group.label),
    "fusionner": lambda group: _("Les deux groupes n'en font plus qu'un : « %(label)s ».", label=group.label),
}


@bp.post("/regroupements/<int:grouping_id>/groupes/<int:group_id>")
@login_required
def edit_group(slug, grouping_id, group_id):
    """Rename a group, move its checked contributions, split them off, or merge it into another."""
    access, grouping = _load_grouping(slug, grouping_id)
    action = request.form.get("action", "")
    if action not in EDITS:
        return redirect(links.grouping_url(grouping))
    if expired := _form_expired(links.grouping_url(grouping)):
        return expired
    try:
        group = EDITS[action](access, grouping, group_id)
    except DomainError as error:
        db.session.rollback()
        flash(str(error.message), "error")
        return redirect(links.grouping_url(grouping, _anchor=f"groupe-{group_id}"))
    db.session.commit()
    flash(DONE[action](group), "success")
    return redirect(links.grouping_url(grouping, _anchor=f"groupe-{group.id}"))


@bp.post("/regroupements/<int:grouping_id>/synthese")
@login_required
def draft(slug, grouping_id):
    """A draft synthesis from the groups, to read and change before publishing."""
    access, grouping = _load_grouping(slug, grouping_id)
    if expired := _form_expired(links.grouping_url(grouping)):
        return expired
    report = drafts.draft_synthesis(access, grouping)
    db.session.commit()
    flash(_("Le brouillon de synthèse est prêt. Relisez-le et modifiez-le : il ne peut pas être publié tel quel."),
          "success")
    return redirect(links.report_edit_url(report))


@bp.post("/regroupements/<int:grouping_id>/enregistrer")
@login_required
def save(slug, grouping_id):
    """Each group becomes a theme of the concertation, carried by its contributions."""
    access, grouping = _load_grouping(slug, grouping_id)
    if expired := _form_expired(links.grouping_url(grouping)):
        return expired
    saved = groupings.save(access, grouping)
    db.session.commit()
    flash(ngettext("Enregistré : %(num)s thème créé", "Enregistré : %(num)s thèmes créés", saved.themes_created)
          + ", " + ngettext("%(num)s repris", "%(num)s repris", saved.themes_reused) + " ; "
          + ngettext("%(num)s contribution étiquetée.", "%(num)s contributions étiquetées.", saved.tagged), "success")
    return redirect(links.grouping_url(grouping))
