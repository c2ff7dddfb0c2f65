"""The board view shared by the consultation, workshop and mission pages."""
import secrets

from flask import current_app, render_template, request, session
from flask_babel import gettext as _

from ..forms import options
from ..services import contributions as service
from ..services.contributions import BoardFilters, Sort
from ..services.permissions import Access
from .forms import BoardFilterForm


def shuffle_seed() -> int:
    """Each visitor's own random order, stable across pages (kept in their session)."""
    if "shuffle_seed" not in session:
        session["shuffle_seed"] = secrets.randbelow(service.SHUFFLE_MODULUS)
    return session["shuffle_seed"]


def board_context(access: Access, workshop=None, mission=None, missions=()) -> dict:
    form = BoardFilterForm(request.args)
    form.theme.choices = options(((str(t.id), t.name) for t in access.consultation.themes), blank=_("Tous les thèmes"))
    form.mission.choices = options(((str(m.id), m.title) for m in missions), blank=_("Toutes les missions"))
    try:
        sort = Sort(request.args.get("tri", Sort.TRENDING))
    except ValueError:
        sort = Sort.TRENDING
    form.validate()
    theme_id = int(form.theme.data) if form.theme.data and not form.theme.errors else None
    chosen_mission = mission
    if mission is None and form.mission.data and not form.mission.errors:
        chosen_mission = next((m for m in missions if str(m.id) == form.mission.data), None)
    filters = BoardFilters(
        access.consultation,
        workshop=workshop,
        mission=chosen_mission,
        theme_id=theme_id,
        q=(form.q.data or "") if not form.q.errors else "",
        include_drafts=access.is_facilitator,
    )
    page = service.board(
        filters,
        sort=sort,
        after=request.args.get("apres"),
        before=request.args.get("avant"),
        seed=shuffle_seed() if sort == Sort.RANDOM else 0,
        page_size=current_app.config["BOARD_PAGE_SIZE"],
        viewer_id=access.user_id,
    )
    return {"page": page, "sort": sort, "filter_form": form, "filters": filters, "sorts": Sort,
            "workshop": workshop, "mission": mission, "missions": missions}


def render_board(template: str, access: Access, workshop=None, mission=None, missions=(), **context):
    return render_template(template, **board_context(access, workshop, mission, missions), **context)
