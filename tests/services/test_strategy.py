"""Writing and reading a strategy: numbering by order, moves, deletions that lose nothing, partners
named once, the yearly follow-up with its rules, and who may write."""
import pytest
import sqlalchemy as sa

from app.extensions import db
from app.models import ActionEvent, ActionProgress, Partner, ProgressState, Role
from app.services import plan, strategy
from app.services.errors import DomainError, NotAllowed
from app.services.permissions import access_for
from app.services.strategy import ActionFields, Settings, YearState

from .. import factories


def _facilitator(s):
    return access_for(s.facilitator, s.consultation, Role.FACILITATOR)


def _numbers(current):
    numbered = plan.tree(current)
    return ([(a.number, a.axis.title) for a in numbered.axes()],
            [(n.number, n.action.title) for n in numbered.actions()],
            [f"{a.number}.{o.letter}" for a in numbered.axes() for o in a.objectives])


def test_axes_are_numbered_through_the_strategy_and_actions_within_their_axis(app):
    s = factories.scene()
    who = _facilitator(s)
    second = strategy.add_priority(who, s.strategy, "Une offre toute l'année")
    axis2 = strategy.add_axis(who, s.strategy, second.id, "Saisons")
    axis3 = strategy.add_axis(who, s.strategy, s.priority.id, "Réseau des professionnels")
    objective2 = strategy.add_objective(who, s.strategy, s.axis.id, "Se parler", "Des rencontres.")
    objective3 = strategy.add_objective(who, s.strategy, axis2.id, "Printemps")
    strategy.add_action(who, s.strategy, objective2.id, ActionFields("Rencontres trimestrielles"))
    strategy.add_action(who, s.strategy, objective3.id, ActionFields("Fête du printemps"))
    axes, actions, objectives = _numbers(s.strategy)
    # The first enjeu's two axes, then the second's: one numbering for the whole strategy.
    assert axes == [(1, "Gouvernance touristique"), (2, "Réseau des professionnels"), (3, "Saisons")]
    # Actions count through the objectives of their axis.
    assert actions == [("1.1", "Action numéro 1"), ("1.2", "Rencontres trimestrielles"), ("3.1", "Fête du printemps")]
    assert objectives == ["1.A", "1.B", "3.A"]
    assert axis3.position == 2


def test_moving_renumbers_and_the_ends_stay_put(app):
    s = factories.scene()
    who = _facilitator(s)
    second = strategy.add_action(who, s.strategy, s.objective.id, ActionFields("Deuxième"))
    strategy.move(who, second, -1)
    assert [title for _, title in _numbers(s.strategy)[1]] == ["Deuxième", "Action numéro 1"]
    strategy.move(who, second, -1)  # already first
    assert [title for _, title in _numbers(s.strategy)[1]] == ["Deuxième", "Action numéro 1"]
    strategy.move(who, second, 1)
    assert _numbers(s.strategy)[1] == [("1.1", "Action numéro 1"), ("1.2", "Deuxième")]


def test_an_axis_given_another_enjeu_goes_last_there(app):
    s = factories.scene()
    who = _facilitator(s)
    other = strategy.add_priority(who, s.strategy, "Autre enjeu")
    strategy.add_axis(who, s.strategy, other.id, "Déjà là")
    strategy.update_axis(who, s.strategy, s.axis, other.id, "Gouvernance touristique")
    assert [a.axis.title for a in plan.tree(s.strategy).axes()] == ["Déjà là", "Gouvernance touristique"]


def test_an_action_moved_to_another_objective_says_so_in_its_history(app):
    s = factories.scene()
    who = _facilitator(s)
    other = strategy.add_objective(who, s.strategy, s.axis.id, "Autre objectif")
    strategy.update_action(who, s.strategy, s.action, other.id, ActionFields(s.action.title, owner="Office de tourisme"))
    kinds = db.session.scalars(sa.select(ActionEvent.kind).where(ActionEvent.action_id == s.action.id)).all()
    assert kinds == ["moved"]
    assert s.action.objective_id == other.id


def test_nothing_is_deleted_with_what_it_holds(app):
    s = factories.scene()
    who = _facilitator(s)
    for item in (s.priority, s.axis, s.objective):
        with pytest.raises(DomainError):
            strategy.delete(who, item)
    # The scene's contribution is a source of its action.
    with pytest.raises(DomainError, match="contributions"):
        strategy.delete(who, s.action)


def test_deleting_an_empty_level_renumbers_the_others(app):
    s = factories.scene()
    who = _facilitator(s)
    first = strategy.add_objective(who, s.strategy, s.axis.id, "Vide")
    strategy.move(who, first, -1)
    strategy.delete(who, first)
    assert _numbers(s.strategy)[2] == ["1.A"]
    assert s.objective.position == 1


def test_partners_are_named_once_whatever_the_case(app):
    s = factories.scene()
    who = _facilitator(s)
    one = strategy.add_action(who, s.strategy, s.objective.id, ActionFields("Une", partners=("Gard Tourisme", "CCI")))
    two = strategy.add_action(who, s.strategy, s.objective.id, ActionFields("Deux", partners=("gard tourisme",)))
    assert [p.name for p in two.partners] == ["Gard Tourisme"]
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Partner)) == 2
    assert {p.name for p in one.partners} == {"Gard Tourisme", "CCI"}
    assert strategy.partner_names("A, B; a ,, C") == ["A", "B", "C"]


@pytest.mark.parametrize("settings,field", [
    (Settings("Plan", 2027, 2025), "last_year"),
    (Settings("Plan", 2020, 2040), "last_year"),
    (Settings("", 2025, 2026), "title"),
    (Settings("Plan", 1200, 2026), "first_year"),
    (Settings("Plan", 2025, 2026, axis_label=""), "axis_label"),
])
def test_bad_settings_name_their_field(app, settings, field):
    s = factories.scene()
    with pytest.raises(DomainError) as error:
        strategy.save_settings(_facilitator(s), s.consultation, settings, s.strategy)
    assert error.value.field == field


def test_the_years_that_hold_follow_up_stay_and_so_does_a_used_level(app):
    s = factories.scene()
    who = _facilitator(s)
    strategy.set_progress(who, s.strategy, s.action, 2025, YearState(ProgressState.DONE))
    with pytest.raises(DomainError, match="2025"):
        strategy.save_settings(who, s.consultation, Settings("Plan", 2026, 2028), s.strategy)
    with pytest.raises(DomainError) as error:
        strategy.save_settings(who, s.consultation, Settings("Plan", 2025, 2027, priority_label=""), s.strategy)
    assert error.value.field == "priority_label"
    changed = strategy.save_settings(who, s.consultation, Settings("Plan d'action", 2024, 2028, axis_label="Axe"),
                                     s.strategy)
    assert (changed.first_year, changed.last_year, changed.axis_label) == (2024, 2028, "axe")


def test_a_second_strategy_for_one_consultation_is_refused(app):
    s = factories.scene()
    with pytest.raises(DomainError):
        strategy.save_settings(_facilitator(s), s.consultation, Settings("Encore", 2025, 2026))


def test_follow_up_rules_and_one_event_per_change(app):
    s = factories.scene()
    who = _facilitator(s)
    with pytest.raises(DomainError) as error:
        strategy.set_progress(who, s.strategy, s.action, 2025, YearState(ProgressState.OUTSIDE_CAUSE))
    assert error.value.field == "cause"
    with pytest.raises(DomainError) as error:
        strategy.set_progress(who, s.strategy, s.action, 2025, YearState(ProgressState.POSTPONED, postponed_to=2025))
    assert error.value.field == "postponed_to"
    with pytest.raises(DomainError) as error:
        strategy.set_progress(who, s.strategy, s.action, 2031, YearState(ProgressState.DONE))
    assert error.value.field == "year"
    first = strategy.set_progress(who, s.strategy, s.action, 2025, YearState(ProgressState.OUTSIDE_CAUSE, "COVID",
                                                                            note="Fermeture des sites."))
    assert (first.old_value, first.new_value, first.data, first.actor_id) == (None, "outside_cause", {"cause": "COVID"},
                                                                            s.facilitator.id)
    assert strategy.set_progress(who, s.strategy, s.action, 2025, YearState(
        ProgressState.OUTSIDE_CAUSE, "COVID", note="Fermeture des sites.")) is None
    strategy.set_progress(who, s.strategy, s.action, 2025, None)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ActionProgress)) == 0
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ActionEvent)) == 2


def test_only_facilitators_write_the_strategy(app):
    s = factories.scene()
    for person, role in ((s.participant, Role.PARTICIPANT), (s.elected, Role.ELECTED)):
        who = access_for(person, s.consultation, role)
        assert who.can_view_strategy() and not who.can_edit_strategy()
        with pytest.raises(NotAllowed):
            strategy.add_action(who, s.strategy, s.objective.id, ActionFields("Non"))
        with pytest.raises(NotAllowed):
            strategy.move(who, s.action, 1)
        with pytest.raises(NotAllowed):
            strategy.set_progress(who, s.strategy, s.action, 2025, YearState(ProgressState.DONE))


def test_an_action_of_another_strategy_is_not_found_through_this_one(app):
    s = factories.scene()
    assert plan.get_item(s.strategy, "action", s.private_action.id) is None
    assert plan.get_item(s.strategy, "objectif", s.objective.id) is s.objective
    assert plan.action_page(s.strategy, s.private_action.id) is None


@pytest.mark.parametrize("label,expected", [("enjeu", "enjeux"), ("axe", "axes"), ("chantier", "chantiers"),
                                            ("fonction", "fonctions"), ("niveau", "niveaux"), ("", "")])
def test_the_plural_of_a_level(label, expected):
    assert strategy.plural(label) == expected


def test_objectives_are_lettered_past_z():
    assert [plan.letter(i) for i in (0, 25, 26, 27)] == ["A", "Z", "AA", "AB"]


def test_an_action_is_numbered_alone_as_the_whole_tree_numbers_it(app):
    s = factories.scene()
    who = _facilitator(s)
    second = strategy.add_priority(who, s.strategy, "Deuxième enjeu")
    axes = [s.axis, strategy.add_axis(who, s.strategy, second.id, "B"), strategy.add_axis(who, s.strategy, None, "C"),
            strategy.add_axis(who, s.strategy, s.priority.id, "D")]
    for axis in axes[1:]:
        for n in range(2):
            objective = strategy.add_objective(who, s.strategy, axis.id, f"Objectif {axis.title}{n}")
            for m in range(2):
                strategy.add_action(who, s.strategy, objective.id, ActionFields(f"{axis.title}{n}{m}"))
    strategy.move(who, second, -1)
    numbered = plan.tree(s.strategy)
    for priority, axis, objective, node in (numbered.find(n.action.id) for n in numbered.actions()):
        alone = plan.locate(s.strategy, node.action.id)
        assert (alone[0].number, alone[1].number, alone[2].letter, alone[3].number) == (
            priority.number, axis.number, objective.letter, node.number), node.action.title
    assert plan.locate(s.strategy, s.private_action.id) is None
