"""Moderation: the facilitators' queue of what members reported, their decision on each, and the
consultation's audit log (page and CSV)."""
import re

from flask import Response, render_template, request, stream_with_context
from flask_babel import gettext as _
from flask_login import login_required

from .. import labels, links
from ..forms import options
from ..models import EventKind
from ..services import contributions, discussion, moderation
from ..services.moderation import AuditFilters
from ..templating import iso
from ..web import content_disposition, found, load_consultation, render_form, require, submit
from . import bp
from .forms import AuditFilterForm, DecisionForm

_TARGET = re.compile(r"([cm])(\d{1,10})")


@bp.get("/")
@login_required
def queue(slug):
    consultation, access = load_consultation(slug)
    require(access.can_moderate())
    return render_template("moderation/queue.html", items=moderation.queue(consultation),
                           limit=moderation.QUEUE_SIZE)


@bp.route("/<target>", methods=["GET", "POST"])
@login_required
def review(slug, target):
    """What members reported about one contribution ("c12") or comment ("m34"), and the decision."""
    consultation, access = load_consultation(slug)
    require(access.can_moderate())
    match = found(_TARGET.fullmatch(target))
    if match.group(1) == "c":
        contribution, comment = found(contributions.get_contribution(access, int(match.group(2)))), None
    else:
        comment = found(discussion.get_comment(access, int(match.group(2))))
        contribution = comment.contribution
    item = moderation.QueueItem(target, contribution, comment, 0, None, None)
    form = DecisionForm(hidden=item.is_hidden)
    done = submit(form, lambda: moderation.decide(access, contribution, comment, form.decision.data,
                                                  form.reason.data),
                  _("La décision est enregistrée ; son auteur en est prévenu."),
                  lambda _: links.moderation_url(consultation))
    return done or render_form("moderation/review.html", form, item=item,
                               flags=moderation.flags_of(consultation, contribution, comment))


# -- the audit log -----------------------------------------------------------------------------------

def _audit_filters(consultation):
    form = AuditFilterForm(request.args)
    form.type.choices = options(((kind.value, label) for kind, label in labels.EVENT_KINDS.items()),
                                blank=_("Tous les types"))
    form.par.choices = options([
        *((str(user_id), name) for user_id, name in moderation.facilitators(consultation)),
        ("auteurs", _("Les auteurs (sur ce qu'ils ont écrit)")), ("membres", _("Les autres membres")),
        ("automatique", _("Automatique (signalements)"))], blank=_("Tout le monde"))
    valid = form.validate()
    kind = next((k for k in EventKind if k.value == form.type.data), None)
    actor = int(form.par.data) if (form.par.data or "").isdigit() else None
    group = form.par.data if form.par.data in moderation.ACTOR_GROUPS else None
    since = getattr(form.du, "parsed", None) if valid or not form.du.errors else None
    until = getattr(form.au, "parsed", None) if valid or not form.au.errors else None
    return form, AuditFilters(kind=kind, actor_id=actor, actor_group=group, since=since, until=until)


@bp.get("/journal")
@login_required
def audit(slug):
    consultation, access = load_consultation(slug)
    require(access.can_moderate())
    form, filters = _audit_filters(consultation)
    page = moderation.audit(consultation, filters, after=request.args.get("apres"), before=request.args.get("avant"))
    status = 400 if form.errors else 200
    return render_template("moderation/audit.html", form=form, page=page, filters=filters), status


_CSV_HEADER = ("date", "evenement", "contribution", "titre", "commentaire", "type", "par", "role", "avant", "apres",
               "raison_ou_reponse", "contribution_liee")


def _csv_row(event) -> list:
    if event is None:
        return list(_CSV_HEADER)
    return [iso(event.created_at), event.id, event.contribution_id, event.contribution.title, event.comment_id or "",
            str(labels.EVENT_KINDS.get(event.kind, event.kind.value)), labels.actor_name(event),
            event.actor_role, labels.state_label(event.kind, event.old_value),
            labels.state_label(event.kind, event.new_value), event.note, event.related_id or ""]


@bp.get("/journal.csv")
@login_required
def audit_csv(slug):
    consultation, access = load_consultation(slug)
    require(access.can_moderate())
    form, filters = _audit_filters(consultation)
    filename = f"journal-{consultation.slug}.csv"
    rows = moderation.audit_csv(consultation, filters, _csv_row)
    return Response(stream_with_context(_with_bom(rows)),
                    mimetype="text/csv", headers={"Content-Disposition": content_disposition(filename)})


def _with_bom(rows):
    """A byte order mark first, so that spreadsheet software reads the accents as UTF-8."""
    yield "\ufeff"
    yield from rows
