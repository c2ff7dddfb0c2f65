"""A consultation's contributions as a table (CSV or XLSX) for elected officials and councils:
one row per contribution with what became of it (outcome, public answer, the actions it feeds).
Read in batches by keyset and written as they come: memory does not grow with the rows."""
import csv
import io
from collections.abc import Iterator

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from .. import labels
from ..extensions import db
from ..models import (
    Action,
    ActionSource,
    Consultation,
    Contribution,
    ContributionEvent,
    ContributionStatus,
    EventKind,
    Workshop,
    WorkshopStatus,
)
from . import plan_documents
from .exports import xml_safe

BATCH = 1000
HEADER = ["Numéro", "Titre", "Texte", "Atelier", "Mission", "Auteur ou groupe", "Origine", "Réponse",
          "J'aime", "Commentaires", "Publiée le", "Réponse de l'équipe d'animation", "Actions de la stratégie"]
ORIGINS = {"online": "En ligne", "room": "Post-it de l'atelier", "imported": "Importée"}


def _batches(consultation: Consultation, batch: int) -> Iterator[list[tuple]]:
    """Rows of the published contributions of non-draft workshops, by id, `batch` at a time: three
    queries a batch (the contributions, their latest answers, their actions)."""
    last_id = 0
    query = (sa.select(Contribution).join(Workshop, Workshop.id == Contribution.workshop_id)
             .where(Contribution.consultation_id == consultation.id,
                    Contribution.status == ContributionStatus.PUBLISHED, Workshop.status != WorkshopStatus.DRAFT)
             .options(selectinload(Contribution.author), selectinload(Contribution.workshop),
                      selectinload(Contribution.mission)))
    while True:
        items = list(db.session.scalars(query.where(Contribution.id > last_id).order_by(Contribution.id)
                                        .limit(batch)))
        if not items:
            return
        ids = [c.id for c in items]
        latest = (sa.select(sa.func.max(ContributionEvent.id)).where(ContributionEvent.contribution_id.in_(ids),
                                                                    ContributionEvent.kind == EventKind.OUTCOME)
                  .group_by(ContributionEvent.contribution_id))
        answers = dict(db.session.execute(sa.select(ContributionEvent.contribution_id, ContributionEvent.note)
                                          .where(ContributionEvent.id.in_(latest))).all())
        actions: dict[int, list[str]] = {}
        for contribution_id, title in db.session.execute(
                sa.select(ActionSource.contribution_id, Action.title).join(Action, Action.id == ActionSource.action_id)
                .where(ActionSource.contribution_id.in_(ids), ActionSource.detached_at.is_(None))
                .order_by(Action.id)):
            actions.setdefault(contribution_id, []).append(title)
        rows = []
        for c in items:
            who = c.author.display_name if c.author is not None else (c.author_name or c.group_label or "")
            rows.append((c.id, c.title, c.body, c.workshop.title, c.mission.title if c.mission else "", who,
                         ORIGINS.get(c.origin.value, c.origin.value), labels.translated(labels.OUTCOMES[c.outcome]),
                         c.like_count, c.comment_count, c.created_at.strftime("%d/%m/%Y"), answers.get(c.id, ""),
                         " ; ".join(actions.get(c.id, []))))
        yield rows
        last_id = ids[-1]


def csv_stream(consultation: Consultation, batch: int = BATCH) -> Iterator[str]:
    """The table as CSV (`;`, a byte order mark so that spreadsheet software reads UTF-8)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(HEADER)
    yield "\ufeff" + buffer.getvalue()
    for rows in _batches(consultation, batch):
        buffer.seek(0)
        buffer.truncate()
        writer.writerows(rows)
        yield buffer.getvalue()


def xlsx_stream(consultation: Consultation, batch: int = BATCH) -> Iterator[bytes]:
    """The table as XLSX, written row by row in openpyxl's write-only mode."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Contributions")
    sheet.append(HEADER)
    for rows in _batches(consultation, batch):
        for row in rows:
            sheet.append([xml_safe(value) if isinstance(value, str) else value for value in row])
    yield from plan_documents.spooled(workbook)
