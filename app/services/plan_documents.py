"""The strategy's documents for councils: the strategy as DOCX laid out like the territories' own
(per axis, a table of objectives, expected results and identified actions), the follow-up report
of a year as DOCX, and the action plan as XLSX laid out like their spreadsheets (one row per
action, one column per year with its state), which the import reads back unchanged."""
import os
import tempfile
from collections.abc import Callable, Iterator
from typing import BinaryIO

from docx.shared import Cm

from ..models import ProgressState, Strategy
from . import exports, plan
from .imports.action_plan import FIELDS, header_word
from .text import plain_text

XLSX_MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CHUNK = 64 * 1024

# A year's state as the plan's spreadsheet writes it (and its import reads it).
STATE_WORDS = {
    ProgressState.PLANNED: "prévue",
    ProgressState.IN_PROGRESS: "en cours",
    ProgressState.DONE: "réalisée",
    ProgressState.NOT_DONE: "non réalisée",
    ProgressState.OUTSIDE_CAUSE: "non réalisée",
    ProgressState.POSTPONED: "reportée",
}


def state_cell(row) -> str:
    """The cell of a year: empty when the action does not run that year."""
    if row is None:
        return ""
    if row.state == ProgressState.OUTSIDE_CAUSE:
        return f"non réalisée : {row.cause}"
    if row.state == ProgressState.POSTPONED and row.postponed_to:
        return f"reportée en {row.postponed_to}"
    return STATE_WORDS[row.state]


# -- the action plan as a spreadsheet ----------------------------------------------------------------

def _level_header(label: str, field: str, default: str) -> str:
    """The territory's name of a level as a column header, if the import knows the word."""
    return label.capitalize() if label and header_word(label) in FIELDS[field] else default


def plan_header(strategy: Strategy) -> list[str]:
    head = ["Clé"]
    if strategy.has_priorities:
        head.append(_level_header(strategy.priority_label, "priority", "Enjeu"))
    head += [_level_header(strategy.axis_label, "axis", "Axe"), _level_header(strategy.objective_label, "objective",
                                                                                 "Objectif"),
             "Résultats attendus", "Engagement / Outils", _level_header(strategy.action_label, "action", "Action"),
             "Description", "Maîtrise d'ouvrage", "Maîtrise d'œuvre", "Partenaires"]
    head += [str(year) for year in strategy.years]
    return head + ["Remarques", "Origine"]


def plan_rows(strategy: Strategy, numbered: plan.Tree) -> Iterator[list[str]]:
    """One row per action, in the order of the strategy."""
    yield plan_header(strategy)
    for priority in numbered.priorities:
        for axis in priority.axes:
            for objective in axis.objectives:
                for node in objective.actions:
                    action = node.action
                    row = [action.key]
                    if strategy.has_priorities:
                        row.append(priority.priority.title if priority.priority is not None else "")
                    row += [axis.axis.title, objective.objective.title, objective.objective.expected_results,
                            action.means, action.title, action.description, action.owner, action.operator,
                            ", ".join(p.name for p in action.partners)]
                    row += [state_cell(node.progress.get(year)) for year in strategy.years]
                    yield row + [action.remarks, action.origin]


def plan_xlsx(strategy: Strategy, numbered: plan.Tree) -> Iterator[bytes]:
    """The action plan as an XLSX file, written row by row (openpyxl's write-only mode) into a
    temporary file, then read out in chunks."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Plan d'action")
    sheet.freeze_panes = "A2"
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    widths = {"Clé": 18, "Description": 50, "Résultats attendus": 40, "Remarques": 30}
    header = plan_header(strategy)
    for index, title in enumerate(header, start=1):
        sheet.column_dimensions[_column(index)].width = widths.get(title, 12 if title.isdigit() else 28)
    for number, values in enumerate(plan_rows(strategy, numbered)):
        cells = []
        for value in values:
            cell = WriteOnlyCell(sheet, value=exports.xml_safe(value) if value else None)
            cell.alignment = wrap
            if number == 0:
                cell.font = bold
            cells.append(cell)
        sheet.append(cells)
    yield from spooled(workbook.save)


def _column(index: int) -> str:
    from openpyxl.utils import get_column_letter
    return get_column_letter(index)


def written(write: Callable[[str], None], name: str) -> Iterator[bytes]:
    """A file that `write` writes at a temporary path (for a writer whose output would otherwise
    sit in memory), read out in chunks, then deleted."""
    with tempfile.TemporaryDirectory(prefix="concerto-") as folder:
        path = os.path.join(folder, name)
        write(path)
        with open(path, "rb") as file:
            while chunk := file.read(CHUNK):
                yield chunk


def spooled(save: Callable[[BinaryIO], None]) -> Iterator[bytes]:
    """A workbook saved by `save` into a temporary file (in memory up to 8 MB), read out in chunks."""
    with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024) as out:
        save(out)
        out.seek(0)
        while chunk := out.read(CHUNK):
            yield chunk


# -- the strategy as a document ----------------------------------------------------------------------

def strategy_docx(strategy: Strategy, consultation, numbered: plan.Tree, introduction_html: str,
                  base_url: str) -> bytes:
    """The strategy like the territories write it: per enjeu and axis, a table of objectives,
    expected results and identified actions (with who carries them)."""
    doc, styles = exports.a4_document(strategy.title, consultation.title, consultation.territory,
                                      "Stratégie", landscape=True)
    exports.title_lines(doc, styles, consultation.title, consultation.territory, strategy.title,
                        f"Plan d'action {strategy.first_year}-{strategy.last_year}")
    if introduction_html:
        exports.add_html(doc, styles, introduction_html, base_url)
    for priority in numbered.priorities:
        if priority.priority is not None:
            styles.add_paragraph("Heading 1", f"{strategy.priority_label.capitalize()} {priority.number} : "
                                              f"{exports.xml_safe(priority.priority.title)}")
            if priority.priority.description:
                doc.add_paragraph(exports.xml_safe(plain_text(priority.priority.description, 4000)))
        for axis in priority.axes:
            styles.add_paragraph("Heading 2", f"{strategy.axis_label.capitalize()} {axis.number} : "
                                              f"{exports.xml_safe(axis.axis.title)}")
            if axis.axis.description:
                doc.add_paragraph(exports.xml_safe(plain_text(axis.axis.description, 4000)))
            if not axis.objectives:
                continue
            table = doc.add_table(rows=1, cols=3)
            table.style = styles["Table Grid"]
            for cell, text in zip(table.rows[0].cells, (f"{strategy.objective_label.capitalize()}s",
                                                         "Résultats attendus", "Actions identifiées"), strict=True):
                cell.paragraphs[0].add_run(text).bold = True
            exports.repeat_header(table.rows[0])
            for objective in axis.objectives:
                cells = table.add_row().cells
                cells[0].paragraphs[0].add_run(f"{axis.number}.{objective.letter} ").bold = True
                cells[0].paragraphs[0].add_run(exports.xml_safe(objective.objective.title))
                cells[1].paragraphs[0].add_run(exports.xml_safe(plain_text(objective.objective.expected_results,
                                                                           4000)))
                for index, node in enumerate(objective.actions):
                    paragraph = cells[2].paragraphs[0] if index == 0 else cells[2].add_paragraph()
                    paragraph.add_run(f"{node.number} ").bold = True
                    paragraph.add_run(exports.xml_safe(node.action.title))
                    if node.action.owner:
                        exports.mute(paragraph.add_run(f" — {exports.xml_safe(node.action.owner)}"))
            for row in table.rows:
                for cell, width in zip(row.cells, (Cm(7), Cm(7.7), Cm(11)), strict=True):
                    cell.width = width
    return exports.to_bytes(doc)


# -- the follow-up of a year -------------------------------------------------------------------------

def follow_up_docx(strategy: Strategy, consultation, board: plan.Dashboard, state_label) -> bytes:
    """The year's follow-up report: the tally of every year, then each axis's actions with their
    state and note of the year, the actions behind schedule and the indicators off their course."""
    year = board.year
    doc, styles = exports.a4_document(f"Suivi {year} — {strategy.title}", consultation.title,
                                      consultation.territory, "Suivi du plan d'action")
    exports.title_lines(doc, styles, consultation.title, consultation.territory,
                        f"Suivi du plan d'action — {year}", strategy.title)
    styles.add_paragraph("Heading 1", "Bilan année par année")
    states = list(ProgressState)
    table = doc.add_table(rows=1, cols=len(strategy.years) + 1)
    table.style = styles["Table Grid"]
    head = table.rows[0].cells
    head[0].paragraphs[0].add_run("État").bold = True
    for cell, y in zip(head[1:], strategy.years, strict=True):
        cell.paragraphs[0].add_run(str(y)).bold = True
    for label, counts in [(f"{strategy.action_label.capitalize()}s", board.running)] + [
            (state_label(state), {y: board.tally[y][state] for y in strategy.years}) for state in states]:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label)
        for cell, y in zip(cells[1:], strategy.years, strict=True):
            cell.paragraphs[0].add_run(str(counts[y]))
    for progress in board.axes:
        axis = progress.axis
        styles.add_paragraph("Heading 2", f"{strategy.axis_label.capitalize()} {axis.number} : "
                                          f"{exports.xml_safe(axis.axis.title)}")
        rows = [(node, node.progress.get(year)) for objective in axis.objectives for node in objective.actions]
        rows = [(node, row) for node, row in rows if row is not None]
        if not rows:
            doc.add_paragraph(f"Aucune action ne court en {year}.")
            continue
        table = doc.add_table(rows=1, cols=3)
        table.style = styles["Table Grid"]
        for cell, text in zip(table.rows[0].cells, ("Action", f"État {year}", "Note de suivi"), strict=True):
            cell.paragraphs[0].add_run(text).bold = True
        exports.repeat_header(table.rows[0])
        for node, row in rows:
            cells = table.add_row().cells
            cells[0].paragraphs[0].add_run(f"{node.number} ").bold = True
            cells[0].paragraphs[0].add_run(exports.xml_safe(node.action.title))
            cells[1].paragraphs[0].add_run(state_label(row))
            cells[2].paragraphs[0].add_run(exports.xml_safe(plain_text(row.note, 4000)))
    styles.add_paragraph("Heading 1", "Actions en retard")
    if board.behind:
        for item in board.behind:
            doc.add_paragraph(f"{item.node.number} {exports.xml_safe(item.node.action.title)} — "
                              f"{state_label(item.row)} ({item.year})", style=styles["List Bullet"])
    else:
        doc.add_paragraph("Aucune action en retard.")
    styles.add_paragraph("Heading 1", "Indicateurs en dessous de leur trajectoire")
    if board.off_target:
        for item in board.off_target:
            view = item.indicator
            doc.add_paragraph(f"{exports.xml_safe(view.indicator.name)} ({item.node.number}) : "
                              f"{view.share_of_target} % du chemin vers la cible, {item.expected} % attendus",
                              style=styles["List Bullet"])
    else:
        doc.add_paragraph("Aucun indicateur en dessous de sa trajectoire.")
    return exports.to_bytes(doc)

