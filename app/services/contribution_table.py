"""A consultation's contributions as a table (CSV or XLSX) for elected officials and councils:
one row per contribution with what became of it (outcome, public answer, the actions it feeds).
Read in batches by keyset and written as they come: memory does not grow with the rows."""
import csv
import io
from collections.abc import Iterator

import sqlalchemy as sa

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
    Mission,
    User,
    Workshop,
    WorkshopStatus,
)
from . import plan_documents
from .exports import xml_safe

BATCH = 1000
HEADER = ["Numéro", "Titre", "Texte", "Atelier", "Mission", "Auteur ou groupe", "Origine", "Réponse",
          "J'aime", "Commentaires", "Publiée le", "Réponse de l'équipe d'animation", "Actions de la stratégie"]
ORIGINS = {"online": "En ligne", "room": "Post-it de l'atelier", "imported": "Importée",
           "guest": "Invité·e dans la salle"}


def _batches(consultation: Consultation, batch: int) -> Iterator[list[tuple]]:
    """Rows of the published contributions of non-draft workshops, by id, `batch` at a time: three
    queries a batch (the contributions with their author, workshop and mission names as plain
    rows, their latest answers, their actions)."""
    c = Contribution.__table__
    outcomes = {value: labels.translated(label) for value, label in labels.OUTCOMES.items()}
    query = (sa.select(c.c.id, c.c.title, c.c.body, Workshop.title, Mission.title, User.display_name, c.c.author_name,
                       c.c.group_label, c.c.origin, c.c.outcome, c.c.like_count, c.c.comment_count, c.c.created_at)
             .join(Workshop, Workshop.id == c.c.workshop_id).outerjoin(Mission, Mission.id == c.c.mission_id)
             .outerjoin(User, User.id == c.c.author_id)
             .where(c.c.consultation_id == consultation.id, c.c.status == ContributionStatus.PUBLISHED.value,
                    Workshop.status != WorkshopStatus.DRAFT))
    last_id = 0
    while True:
        items = db.session.execute(query.where(c.c.id > last_id).order_by(c.c.id).limit(batch)).all()
        if not items:
            return
        ids = [row[0] for row in items]
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
        yield [(cid, title, body, workshop, mission or "", author or author_name or group or "",
                ORIGINS.get(origin, origin), outcomes.get(outcome, outcome), likes, comments,
                created.strftime("%d/%m/%Y"), answers.get(cid, ""), " ; ".join(actions.get(cid, [])))
               for (cid, title, body, workshop, mission, author, author_name, group, origin, outcome, likes, comments,
                    created) in items]
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


# Characters wide, column by column: the texts wide, the figures narrow.
WIDTHS = [9, 40, 80, 30, 30, 24, 16, 16, 8, 13, 12, 60, 40]


def _records(consultation: Consultation, batch: int) -> Iterator[dict]:
    """The rows as the XLSX writer takes them (a dict keyed by the header, without the characters
    XML refuses); a table without rows still gets its header (a row of empty cells writes nothing)."""
    empty = True
    for rows in _batches(consultation, batch):
        empty = False
        for row in rows:
            yield {name: xml_safe(value) if value.__class__ is str else value for name, value in zip(HEADER, row)}
    if empty:
        yield dict.fromkeys(HEADER)


def xlsx_stream(consultation: Consultation, batch: int = BATCH) -> Iterator[bytes]:
    """The table as XLSX, written by rust_xlsxwriter in constant memory as the batches are read; a
    text cell is always text, never a formula."""
    from rustpy_xlsxwriter import FastExcel

    def write(path: str) -> None:  # to a file: into a buffer, the whole workbook would sit in memory
        (FastExcel(path).format(bold_headers=True).freeze(row=1)
         .sheet("Contributions", _records(consultation, batch), column_widths=WIDTHS).save())

    yield from plan_documents.written(write, "contributions.xlsx")
