"""Answering many contributions: the consultation's answer templates, the selection made on a board,
and the answer applied to each contribution of it through its own door (one event each)."""
import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import joinedload

from ..extensions import db
from ..models import AnswerTemplate, Consultation, Contribution, ContributionEvent, Outcome
from . import lifecycle
from .errors import DomainError, NotAllowed
from .permissions import ANSWER_OUTCOMES, Access
from .text import clean_line, clean_text

TEMPLATE_TITLE_MAX = 120
SELECTION_MAX = 100  # contributions answered or merged at once


# -- templates ---------------------------------------------------------------------------------------

def templates(consultation: Consultation) -> list[AnswerTemplate]:
    return list(db.session.scalars(sa.select(AnswerTemplate).where(AnswerTemplate.consultation_id == consultation.id)
                                   .order_by(AnswerTemplate.title, AnswerTemplate.id)))


def get_template(consultation: Consultation, template_id) -> AnswerTemplate | None:
    template = db.session.get(AnswerTemplate, int(template_id)) if str(template_id).isdigit() else None
    return template if template is not None and template.consultation_id == consultation.id else None


def save_template(access: Access, template: AnswerTemplate | None, title: str, outcome: Outcome | str,
                  body: str) -> AnswerTemplate:
    """Create (template None) or change an answer template."""
    if not access.can_moderate():
        raise NotAllowed(_l("Seule l'équipe d'animation gère les modèles de réponse."))
    title, body = clean_line(title), clean_text(body)
    if not title:
        raise DomainError(_l("Donnez un nom au modèle."), field="title")
    if len(title) > TEMPLATE_TITLE_MAX:
        raise DomainError(_l("%(n)s caractères au plus.", n=TEMPLATE_TITLE_MAX), field="title")
    if len(body) > lifecycle.ANSWER_MAX:
        raise DomainError(_l("%(n)s caractères au plus.", n=lifecycle.ANSWER_MAX), field="body")
    try:
        outcome = Outcome(outcome)
    except ValueError:
        outcome = None
    if outcome not in ANSWER_OUTCOMES:
        raise DomainError(_l("Choisissez une réponse de la liste."), field="outcome")
    if template is None:
        template = AnswerTemplate(consultation_id=access.consultation.id)
        db.session.add(template)
    template.title, template.outcome, template.body = title, outcome, body
    db.session.flush()
    return template


def delete_template(access: Access, template: AnswerTemplate) -> None:
    """A template goes; the answers written from it stay on their contributions."""
    if not access.can_moderate() or template.consultation_id != access.consultation.id:
        raise NotAllowed(_l("Seule l'équipe d'animation gère les modèles de réponse."))
    db.session.delete(template)
    db.session.flush()


# -- a selection of contributions --------------------------------------------------------------------

def parse_ids(values) -> list[int]:
    """The contribution numbers of a selection (a form's repeated `ids`), in order, once each."""
    seen: dict[int, None] = {}
    for value in values:
        value = str(value).strip().lstrip("#")
        if value.isdigit() and 0 < int(value) < 2**31:
            seen.setdefault(int(value), None)
    return list(seen)


def selection(access: Access, ids: list[int]) -> list[Contribution]:
    """The contributions of this consultation among `ids` that this access sees, in the order given."""
    if not ids:
        return []
    if len(ids) > SELECTION_MAX:
        raise DomainError(_l("%(n)s contributions au plus à la fois.", n=SELECTION_MAX), field="ids")
    found = {c.id: c for c in db.session.scalars(
        sa.select(Contribution).where(Contribution.id.in_(ids), Contribution.consultation_id == access.consultation.id)
        .options(joinedload(Contribution.workshop), joinedload(Contribution.author)))
        if access.can_view_contribution(c)}
    return [found[i] for i in ids if i in found]


def answer_all(access: Access, contributions: list[Contribution], outcome: Outcome | str,
               answer: str) -> list[ContributionEvent]:
    """Give the same outcome and answer to each contribution, each through its door (each gets its
    own event and its people their notification). All or nothing: one that cannot take it stops
    the whole before anything is written."""
    if not contributions:
        raise DomainError(_l("Cochez au moins une contribution."), field="ids")
    try:
        outcome = Outcome(outcome)
    except ValueError:
        raise DomainError(_l("Choisissez une réponse de la liste."), field="outcome") from None
    if outcome not in ANSWER_OUTCOMES:
        raise DomainError(_l("Choisissez une réponse de la liste."), field="outcome")
    for contribution in contributions:
        if not access.can_set_outcome(contribution, outcome):
            raise DomainError(_l("« %(title)s » ne peut pas recevoir cette réponse (elle n'est plus publiée).",
                                 title=contribution.title), field="ids")
    events = [lifecycle.set_outcome(access, contribution, outcome, answer) for contribution in contributions]
    return [event for event in events if event is not None]
