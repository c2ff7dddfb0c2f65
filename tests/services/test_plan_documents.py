"""The strategy's documents, opened as their readers open them: the plan's XLSX (which the import
reads back unchanged), the strategy's and the follow-up's DOCX, and the contributions' table."""
import csv
import io

import docx
import sqlalchemy as sa
from openpyxl import load_workbook

from app.extensions import db
from app.models import Outcome, ProgressState, Role
from app.services import contribution_table, lifecycle, plan, plan_documents, plan_import, promotion, strategy
from app.services.imports import action_plan
from app.services.permissions import access_for
from app.services.strategy import ActionFields, YearState

from .. import factories

HOSTILE = '<script>alert("x")</script> « Camisards » 🥾 \x07'


def _filled(s):
    who = access_for(s.facilitator, s.consultation, Role.FACILITATOR)
    second = strategy.add_action(who, s.strategy, s.objective.id, ActionFields(
        HOSTILE, description="Ligne 1\nLigne 2", means="Outils", owner="Office", operator="CCI",
        partners=("Région", "Gard Tourisme"), remarks="À suivre", origin="reconduite du plan 2021-2023"))
    strategy.set_progress(who, s.strategy, s.action, 2025, YearState(ProgressState.DONE))
    strategy.set_progress(who, s.strategy, second, 2025, YearState(ProgressState.OUTSIDE_CAUSE, "COVID"))
    strategy.set_progress(who, s.strategy, second, 2026, YearState(ProgressState.POSTPONED, postponed_to=2027))
    db.session.commit()
    return who, second


def _cells(data: bytes) -> list[list]:
    sheet = load_workbook(io.BytesIO(data), read_only=True).active
    return [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]


def test_the_action_plan_xlsx_reads_back_into_the_same_plan(app):
    s = factories.scene()
    _filled(s)
    first = b"".join(plan_documents.plan_xlsx(s.strategy, plan.tree(s.strategy)))
    rows = _cells(first)
    assert rows[0] == ["Clé", "Enjeu", "Chantier", "Objectif", "Résultats attendus", "Engagement / Outils", "Action",
                       "Description", "Maîtrise d'ouvrage", "Maîtrise d'œuvre", "Partenaires", "2025", "2026", "2027",
                       "Remarques", "Origine"]
    assert rows[1][:3] == ["action-1", "Une destination organisée", "Gouvernance touristique"]
    assert rows[1][11:14] == ["réalisée", None, None]
    second = rows[2]
    assert second[6] == '<script>alert("x")</script> « Camisards » 🥾'  # the control character is left out
    assert second[10] == "Gard Tourisme, Région" and second[11:14] == ["non réalisée : COVID", "reportée en 2027",
                                                                        None]
    # Read back by the import into another consultation, then written again: the same cells.
    other = factories.consultation(slug="ailleurs-bis", join_code="BIS")
    factories.member(other, user_obj=s.facilitator, role=Role.FACILITATOR)
    who = access_for(s.facilitator, other, Role.FACILITATOR)
    plan_import.import_plan(who, other, action_plan.read("plan.xlsx", first))
    copy = strategy.get(other.id)
    assert (copy.priority_label, copy.axis_label, copy.first_year, copy.last_year) == ("enjeu", "chantier", 2025, 2027)
    again = _cells(b"".join(plan_documents.plan_xlsx(copy, plan.tree(copy))))
    assert again == rows
    # And into the same strategy: nothing to change.
    report = plan_import.import_plan(access_for(s.facilitator, s.consultation, Role.FACILITATOR),
                                     s.consultation, action_plan.read("plan.xlsx", first))
    assert not report.changes_anything


def test_the_strategy_docx_has_a_table_per_axis_like_the_territories_documents(app):
    s = factories.scene()
    _filled(s)
    numbered = plan.tree(s.strategy)
    data = plan_documents.strategy_docx(s.strategy, s.consultation, numbered, "<p>Une <strong>introduction</strong></p>",
                                        "http://concerto.test/")
    document = docx.Document(io.BytesIO(data))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == ["Enjeu 1 : Une destination organisée", "Chantier 1 : Gouvernance touristique"]
    assert any("introduction" in p.text for p in document.paragraphs)
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["Objectifs", "Résultats attendus", "Actions identifiées"]
    objective, results, actions = (c.text for c in table.rows[1].cells)
    assert objective == "1.A Travailler en réseau" and results == "Des partenaires qui se connaissent."
    assert actions.split("\n") == ["1.1 Action numéro 1 — Office de tourisme",
                                   '1.2 <script>alert("x")</script> « Camisards » 🥾 — Office']
    assert document.sections[0].page_width > document.sections[0].page_height  # landscape, like the seed


def test_the_follow_up_docx_tallies_the_years_and_lists_the_year_s_states(app):
    s = factories.scene()
    _filled(s)
    board = plan.dashboard(s.strategy, 2026, 2026)
    from app import labels
    document = docx.Document(io.BytesIO(plan_documents.follow_up_docx(s.strategy, s.consultation, board,
                                                                      labels.progress_label)))
    tally = document.tables[0]
    assert [c.text for c in tally.rows[0].cells] == ["État", "2025", "2026", "2027"]
    assert [c.text for c in tally.rows[1].cells] == ["Actions", "2", "1", "0"]
    done = next(row for row in tally.rows if row.cells[0].text == "Réalisée")
    assert [c.text for c in done.cells[1:]] == ["1", "0", "0"]
    axis = document.tables[1]
    assert [c.text for c in axis.rows[1].cells][:2] == ['1.2 <script>alert("x")</script> « Camisards » 🥾',
                                                        "Reportée (2027)"]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Actions en retard" in text and "Non réalisée (COVID)" not in text  # postponed since: its 2026 counts


def test_the_contributions_table_says_what_became_of_each_in_batches(app):
    s = factories.scene()
    who = access_for(s.facilitator, s.consultation, Role.FACILITATOR)
    answered = factories.contribution(s.workshop, author=s.other, title=HOSTILE, likes=3)
    lifecycle.set_outcome(who, answered, Outcome.ANSWERED, "C'est prévu ; merci.")
    promoted = factories.contribution(s.workshop, author=s.other, title="Des bancs")
    promotion.promote(who, s.strategy, s.action, [promoted])
    factories.contribution(s.draft, author=s.other, title="Dans un brouillon")
    db.session.commit()
    text = "".join(contribution_table.csv_stream(s.consultation, batch=1))
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    assert rows[0][:3] == ["Numéro", "Titre", "Texte"]
    by_title = {row[1]: row for row in rows[1:]}
    assert set(by_title) == {"Une navette vers le Pont du Gard", '<script>alert("x")</script> « Camisards » 🥾 \x07',
                             "Des bancs"}
    assert by_title["Des bancs"][7] == "Retenue dans la stratégie" and by_title["Des bancs"][12] == "Action numéro 1"
    hostile = by_title['<script>alert("x")</script> « Camisards » 🥾 \x07']
    assert (hostile[7], hostile[8], hostile[11]) == ("Répondue", "3", "C'est prévu ; merci.")
    sheet = _cells(b"".join(contribution_table.xlsx_stream(s.consultation, batch=2)))
    assert [row[1] for row in sheet[1:]] == [row[1].replace("\x07", "") for row in rows[1:]]
    assert sheet[1][0] == int(rows[1][0])  # numbers stay numbers in the spreadsheet
    assert list(sheet[0]) == contribution_table.HEADER


def test_the_contributions_table_keeps_formulas_as_text_and_its_header_when_empty(app):
    s = factories.scene()
    factories.contribution(s.workshop, author=s.other, title='=HYPERLINK("http://exemple.test","x")', body="+1 -1 @a")
    db.session.commit()
    sheet = load_workbook(io.BytesIO(b"".join(contribution_table.xlsx_stream(s.consultation)))).active
    formula = next(row for row in sheet.iter_rows(min_row=2) if row[1].value.startswith("=HYPERLINK"))
    assert (formula[1].data_type, formula[2].value) == ("s", "+1 -1 @a")
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.b
    empty = factories.consultation(title="Sans contributions", slug="vide")
    db.session.commit()
    rows = _cells(b"".join(contribution_table.xlsx_stream(empty)))
    assert rows == [contribution_table.HEADER]
