"""Action plans from a spreadsheet: columns found from the territory's own headers, states in its
own words, every bad row at once, and an import that a second run leaves unchanged."""
import io
from pathlib import Path

import pytest
import sqlalchemy as sa
from openpyxl import Workbook

from app.extensions import db
from app.models import Action, ActionEvent, ActionProgress, Objective, Partner, Priority, ProgressState, Role
from app.services import plan, plan_import, strategy
from app.services.imports import ImportFailed, action_plan
from app.services.permissions import access_for

from .. import factories

ROOT = Path(__file__).resolve().parent.parent.parent

# Like seed 003: the axis and objective repeated on each row, a column per year, remarks.
SEED_LIKE = (
    "Axes;Objectifs;Engagement / Outils;Actions;2023;2024;2025;Remarques;Maîtrise d'ouvrage;Partenaires\n"
    "Axe 1 : Promotion et communication;Renforcer la communication;Outils de communication;"
    "Créer un guide de destination;X;X;X;;Office de tourisme;CDT, Région\n"
    "Axe 1 : Promotion et communication;Renforcer la communication;Outils de communication;"
    "Refondre le site internet;réalisé;en cours;reporté en 2026;Prestataire à choisir;Office de tourisme;CDT\n"
    "Axe 2 : Réseaux sociaux;Être à la pointe;Promotion numérique;Former l'animateur numérique;"
    "non réalisé : COVID;;;formation en 2023;Office de tourisme;\n"
)


def _access(s):
    return access_for(s.facilitator, s.consultation, Role.FACILITATOR)


def _count(model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def test_a_seed_like_csv_reads_with_its_columns_and_states(app):
    read = action_plan.read("plan.csv", SEED_LIKE.encode("cp1252"))
    assert set(read.columns) >= {"axis", "objective", "means", "action", "remarks", "owner", "partners"}
    assert read.years == {2023: 4, 2024: 5, 2025: 6}
    first, second, third = read.rows
    assert (first.axis, first.objective, first.title) == ("Promotion et communication", "Renforcer la communication",
                                                         "Créer un guide de destination")
    assert first.partners == ("CDT", "Région")
    assert [second.years[y].state for y in (2023, 2024)] == [ProgressState.DONE, ProgressState.IN_PROGRESS]
    assert second.years[2025] == action_plan.StateSpec(ProgressState.POSTPONED, postponed_to=2026)
    assert third.years[2023] == action_plan.StateSpec(ProgressState.OUTSIDE_CAUSE, cause="COVID")
    assert third.years[2024] is None


@pytest.mark.parametrize("cell,expected", [
    ("X", action_plan.StateSpec(ProgressState.PLANNED)),
    ("Prévue", action_plan.StateSpec(ProgressState.PLANNED)),
    ("En cours de réalisation", action_plan.StateSpec(ProgressState.IN_PROGRESS)),
    ("Réalisée", action_plan.StateSpec(ProgressState.DONE)),
    ("non réalisé", action_plan.StateSpec(ProgressState.NOT_DONE)),
    ("Non réalisé cause COVID", action_plan.StateSpec(ProgressState.OUTSIDE_CAUSE, cause="COVID")),
    ("non réalisée (inondations d'octobre)", action_plan.StateSpec(ProgressState.OUTSIDE_CAUSE,
                                                                  cause="inondations d'octobre")),
    ("reportée en 2027", action_plan.StateSpec(ProgressState.POSTPONED, postponed_to=2027)),
    ("", None),
])
def test_a_years_cell_in_the_territorys_words(app, cell, expected):
    assert action_plan.parse_state(cell, 2025) == expected


@pytest.mark.parametrize("cell,message", [
    ("peut-être", "n'est pas un état"),
    ("reporté", "à quelle année"),
    ("reportée en 2024", "année suivante"),
])
def test_a_bad_years_cell_says_why(app, cell, message):
    assert message in action_plan.parse_state(cell, 2025)


def test_every_bad_row_at_once_with_its_line_and_column(app):
    text = ("Axe;Objectif;Action;2025;Maîtrise d'ouvrage\n"
            "Accueil;Mieux accueillir;Ouvrir le dimanche;X;Office\n"
            ";Mieux accueillir;Sans axe;X;Office\n"
            "Accueil;;Sans objectif;bof;Office\n"
            "Accueil;Mieux accueillir;;X;" + "O" * 201 + "\n"
            "Accueil;Mieux accueillir;Ouvrir le dimanche;X;Office\n")
    with pytest.raises(ImportFailed) as failure:
        action_plan.read("plan.csv", text.encode())
    found = [(p.line, p.field, p.message) for p in failure.value.problems]
    assert (3, "colonne « Axe »", "l'axe de l'action est vide.") in found
    assert (4, "colonne « Objectif »", "l'objectif de l'action est vide.") in found
    assert any(line == 4 and field == "colonne « 2025 »" and "bof" in message for line, field, message in found)
    assert (5, "colonne « Action »", "l'intitulé de l'action est vide.") in found
    assert any(line == 5 and "Maîtrise" in field and "200 caractères" in message for line, field, message in found)
    assert any(line == 6 and "ligne 2" in message for line, _, message in found)
    assert str(failure.value.problems[0]).startswith("plan.csv, ligne 3 : colonne « Axe »")


def test_a_file_without_the_needed_columns_says_which(app):
    with pytest.raises(ImportFailed) as failure:
        action_plan.read("plan.csv", b"Nom,Prenom\nA,B\n")
    assert "l'axe (ou chantier), l'objectif, l'action" in failure.value.problems[0].message


def test_an_xlsx_and_a_comma_csv_give_the_same_rows(app):
    workbook = Workbook()
    sheet = workbook.active
    for row in SEED_LIKE.strip().split("\n"):
        sheet.append([int(c) if c.isdigit() else c for c in row.split(";")])
    buffer = io.BytesIO()
    workbook.save(buffer)
    from_xlsx = action_plan.read("plan.xlsx", buffer.getvalue())
    comma = "\n".join(",".join(f'"{c}"' for c in row.split(";")) for row in SEED_LIKE.strip().split("\n"))
    from_csv = action_plan.read("plan.csv", comma.encode("utf-8"))
    assert [(r.key, r.title, r.years) for r in from_xlsx.rows] == [(r.key, r.title, r.years) for r in from_csv.rows]


def test_importing_a_plan_creates_the_strategy_then_a_second_run_changes_nothing(app):
    s = factories.scene()
    db.session.delete(s.strategy)
    db.session.commit()
    read = action_plan.read("plan.csv", SEED_LIKE.encode("utf-8"))
    dry = plan_import.import_plan(_access(s), s.consultation, read, dry_run=True)
    assert dry.strategy_created and not dry.applied
    assert (len(dry.axes_created), len(dry.objectives_created), len(dry.actions_created)) == (2, 2, 3)
    assert strategy.get(s.consultation.id) is None  # a dry run writes nothing
    report = plan_import.import_plan(_access(s), s.consultation, read)
    db.session.commit()
    created = strategy.get(s.consultation.id)
    assert (created.first_year, created.last_year, created.axis_label, created.priority_label) == (2023, 2025, "axe",
                                                                                                 "")
    assert len(report.actions_created) == 3 and report.states_changed == 7
    assert [n.number for n in plan.tree(created).actions()] == ["1.1", "1.2", "2.1"]
    assert sorted(p.name for p in db.session.scalars(sa.select(Partner))) == ["CDT", "Région"]
    events = _count(ActionEvent)
    again = plan_import.import_plan(_access(s), s.consultation, action_plan.read("plan.csv", SEED_LIKE.encode()))
    assert not again.changes_anything and again.actions_unchanged == 3
    assert _count(ActionEvent) == events and len(plan.tree(created).actions()) == 3 and len(plan.tree(created).axes()) == 2


def test_a_changed_row_updates_its_action_and_its_year(app):
    s = factories.scene()
    facilitator = _access(s)
    first = action_plan.read("plan.csv", SEED_LIKE.encode())
    plan_import.import_plan(facilitator, s.consultation, first)
    changed = SEED_LIKE.replace("Créer un guide de destination;X;X;X;;Office de tourisme",
                                "Créer un guide de destination;réalisé;X;X;;Office de tourisme")
    report = plan_import.import_plan(facilitator, s.consultation, action_plan.read("plan.csv", changed.encode()))
    assert report.states_changed == 1 and not report.actions_created
    guide = db.session.scalar(sa.select(Action).where(Action.title == "Créer un guide de destination"))
    state = db.session.scalar(sa.select(ActionProgress).where(ActionProgress.action_id == guide.id,
                                                              ActionProgress.year == 2023))
    assert state.state == ProgressState.DONE
    # The scene's strategy had 2025-2027: the plan's 2023 and 2024 were added.
    assert (s.strategy.first_year, s.strategy.last_year) == (2023, 2027)


def test_levels_are_recognised_whatever_their_number_and_case(app):
    s = factories.scene()
    text = ("Enjeu;Chantier;Objectif;Action\n"
            "1. Une destination organisée;Chantier 1 : GOUVERNANCE TOURISTIQUE;travailler en réseau;Nouvelle\n")
    report = plan_import.import_plan(_access(s), s.consultation, action_plan.read("plan.csv", text.encode()))
    assert (report.priorities_created, report.axes_created, report.objectives_created) == ([], [], [])
    assert report.actions_created == ["Nouvelle"]
    assert _count(Priority) == 2 and _count(Objective) == 2  # the scene's private strategy has its own


def test_the_demo_plan_reads_without_a_problem(app):
    read = action_plan.read("strategie.csv", (ROOT / "app" / "demo" / "strategie.csv").read_bytes())
    assert len(read.rows) >= 40
    states = {state.state for row in read.rows for state in row.years.values() if state is not None}
    assert states == set(ProgressState)


def test_the_command_imports_a_plan_and_a_dry_run_writes_nothing(app, runner, tmp_path):
    s = factories.scene()
    factories.db.session.commit()
    path = tmp_path / "plan.csv"
    path.write_bytes(SEED_LIKE.encode("cp1252"))
    arguments = ["strategy", "import", str(path), "--consultation", "assises", "--par", s.facilitator.email]
    result = runner.invoke(args=[*arguments, "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "Actions : 3 à créer" in result.output and _count(Action) == 2
    result = runner.invoke(args=arguments)
    assert "Actions : 3 créées" in result.output and _count(Action) == 5
    result = runner.invoke(args=arguments)
    assert "Rien à changer" in result.output
    path.write_bytes(b"Axe;Objectif;Action\n;;\nA;B;\n")
    result = runner.invoke(args=arguments)
    assert result.exit_code != 0 and "ligne 3" in result.output and "rien n'est importé" in result.output
