"""The board view shared by the consultation, workshop and mission pages."""
import secrets

from flask import current_app, render_template, request, session
from ..models import Outcome
from ..services import consultations
from ..services import boards as service
from ..services.boards import BoardFilters, Sort
from ..services.permissions import Access


def shuffle_seed() -> int:
    """Each visitor's own random order, stable across pages (kept in their session)."""
    if "shuffle_seed" not in session:
        session["shuffle_seed"] = secrets.randbelow(service.SHUFFLE_MODULUS)
    return session["shuffle_seed"]


def _int_arg(name: str, allowed: set[int]) -> int | None:
    value = request.args.get(name, "")
    return int(value) if value.isdigit() and int(value) in allowed else None


def board_context(access: Access, workshop=None, mission=None, missions=()) -> dict:
    """The board's filters read from the query string (a plain GET form: a value out of the lists
    is ignored, words are cut at 200 characters), then one page of cards."""
    themes = consultations.theme_choices(access.consultation)
    try:
        sort = Sort(request.args.get("tri", Sort.TRENDING))
    except ValueError:
        sort = Sort.TRENDING
    theme_id = _int_arg("theme", {theme_id for theme_id, _ in themes})
    outcome = next((o for o in Outcome if o.value == request.args.get("reponse")), None)
    chosen_mission = mission
    if mission is None:
        chosen = _int_arg("mission", {m.id for m in missions})
        chosen_mission = next((m for m in missions if m.id == chosen), None)
    filters = BoardFilters(
        access.consultation,
        workshop=workshop,
        mission=chosen_mission,
        theme_id=theme_id,
        outcome=outcome,
        q=(request.args.get("q") or "")[:200],
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
    return {"page": page, "sort": sort, "filters": filters, "sorts": Sort, "themes": themes,
            "count_limit": service.COUNT_LIMIT,
            "workshop": workshop, "mission": mission, "missions": missions}


def render_board(template: str, access: Access, workshop=None, mission=None, missions=(), **context):
    return render_template(template, **board_context(access, workshop, mission, missions), **context)
