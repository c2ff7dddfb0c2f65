"""Board pages issue the same number of SQL queries for 10 and for 500 contributions."""
from datetime import timedelta

import pytest

from app.extensions import db
from app.models import Comment, Like, Outcome, Role
from app.services import lifecycle, moderation
from app.services.permissions import access_for
from app.models.base import utcnow

from . import factories


def _fill(s, n):
    now = utcnow()
    rows = []
    for i in range(n):
        c = factories.contribution(s.workshop, author=s.other, mission=s.mission if i % 2 else None,
                                   title=f"Idée {i}", likes=i % 5, comments=i % 3,
                                   created_at=now - timedelta(minutes=i))
        c.themes.append(s.theme)
        rows.append(c)
    for c in rows[:40]:
        db.session.add(Like(contribution_id=c.id, user_id=s.elected.id))
        db.session.add(Comment(contribution_id=c.id, author_id=s.elected.id, body="Oui"))
    db.session.flush()
    # Answers (events in the audit log, notifications for the elected who liked them) and reports
    # of members (the moderation queue) grow with the board too.
    facilitator = access_for(s.facilitator, s.consultation, Role.FACILITATOR)
    for c in rows[: n // 2]:
        lifecycle.set_outcome(facilitator, c, Outcome.ANSWERED, "C'est prévu.")
    for c in rows[: n // 5]:
        moderation.flag(access_for(s.elected, s.consultation, Role.ELECTED), c, None, "off_topic")
    db.session.commit()


BOARDS = [
    "/c/assises/",
    "/c/assises/contributions",
    "/c/assises/contributions?tri=plus-aimees",
    "/c/assises/contributions?tri=hasard",
    "/c/assises/contributions?tri=recentes&q=idee",
    "/c/assises/contributions?theme={theme}",
    "/c/assises/ateliers/{workshop}",
    "/c/assises/ateliers/{workshop}/contributions",
    "/c/assises/ateliers/{workshop}/missions/{mission}",
    "/c/assises/contributions/{contribution}",
    "/c/assises/qui-est-qui",
    "/c/assises/documents/",
    "/c/assises/documents/{report}",
    "/c/assises/ateliers/{workshop}/saisie",
    "/c/assises/contributions?reponse=answered",
    "/c/assises/contributions?reponse=none&tri=recentes",
    "/c/assises/contributions/{contribution}/reponse",
    "/c/assises/moderation/",
    "/c/assises/moderation/journal",
    "/c/assises/moderation/journal?type=outcome",
    "/notifications",
]


def _counts(client, login, count_queries, s, who):
    if who:
        login(getattr(s, who))
    result = {}
    for template in BOARDS:
        url = template.format(theme=s.theme.id, workshop=s.workshop.id, mission=s.mission.id,
                              contribution=s.contribution.id, report=s.report.id)
        client.get(url)  # warm up (first-request work is not what we measure)
        with count_queries() as statements:
            response = client.get(url)
        if response.status_code == 200:
            result[template] = len(statements)
    return result


@pytest.mark.parametrize("who", [None, "elected", "facilitator"])
def test_query_counts_do_not_grow_with_the_board(client, login, count_queries, app, who):
    s = factories.scene()
    _fill(s, 10)
    small = _counts(client, login, count_queries, s, who)
    _fill(s, 490)
    large = _counts(client, login, count_queries, s, who)
    assert small == large
    assert max(large.values()) <= 12, large
    print(who, large)


# The pages of the workshop's record, one literal count each (a change of it is a decision).
RECORD_PAGES = {
    ("/c/assises/documents/{report}", None): 4,         # consultation, report (+workshop), attachments, references
    ("/c/assises/documents/{report}", "elected"): 5,    # + the member's session
    ("/c/assises/documents/", "elected"): 3,
    ("/c/assises/ateliers/{workshop}/saisie", "facilitator"): 6,
    ("/c/assises/ateliers/{workshop}", "facilitator"): 9,  # the board's six, attendance, the reports, dot votes
    # An answer for every contribution: the answer form, the queue, the log, the notification centre.
    # session, consultation and role, contribution, current answer, templates
    ("/c/assises/contributions/{contribution}/reponse", "facilitator"): 5,
    # session, consultation and role, contribution, viewer's like, comments, history, merged into it
    ("/c/assises/contributions/{contribution}", "facilitator"): 8,
    # session, consultation and role, reports grouped, their contributions, their reasons
    ("/c/assises/moderation/", "facilitator"): 5,
    # session, consultation and role, one page of events with their people, the people who acted
    ("/c/assises/moderation/journal", "facilitator"): 4,
    # session, one page of notifications with what they are about
    ("/notifications", "elected"): 2,
}


def test_the_pages_of_the_record_run_a_fixed_number_of_queries(client, login, count_queries, app):
    s = factories.scene()
    s.report.body = f"Voir #{s.contribution.id}, et la suite."
    db.session.commit()
    _fill(s, 30)
    found = {}
    for (template, who), expected in RECORD_PAGES.items():
        client.post("/compte/deconnexion")
        if who:
            login(getattr(s, who))
        url = template.format(workshop=s.workshop.id, report=s.report.id, contribution=s.contribution.id)
        assert client.get(url).status_code == 200, url
        with count_queries() as statements:
            client.get(url)
        found[(template, who)] = len(statements)
    assert found == RECORD_PAGES


def _grow_strategy(s, n: int) -> None:
    """`n` more actions in the scene's strategy, each with partners, a state for every year, an
    indicator with values, a source contribution and a few events."""
    from app.models import ActionProgress, ActionSource, Indicator, IndicatorValue, ProgressState
    from app.services import strategy

    facilitator = access_for(s.facilitator, s.consultation, Role.FACILITATOR)
    states = list(ProgressState)
    for i in range(n):
        action = strategy.add_action(facilitator, s.strategy, s.objective.id, strategy.ActionFields(
            title=f"Action ajoutée {i}", owner="Office", partners=(f"Partenaire {i % 7}", "Gard Tourisme")))
        for year in s.strategy.years:
            db.session.add(ActionProgress(action_id=action.id, year=year, state=states[(i + year) % 4]))
        indicator = Indicator(action_id=action.id, name="Nuitées", baseline=10, target=20)
        db.session.add(indicator)
        db.session.flush()
        db.session.add(IndicatorValue(indicator_id=indicator.id, year=s.strategy.first_year, value=12))
        source = factories.contribution(s.workshop, author=s.other, title=f"Source {i}")
        db.session.add(ActionSource(action_id=action.id, contribution_id=source.id, promoted_by_id=s.facilitator.id))
        strategy.update_action(facilitator, s.strategy, action, s.objective.id, strategy.ActionFields(
            title=f"Action ajoutée {i} (modifiée)", owner="Office"))
    db.session.commit()


# The strategy's pages, one literal count each, the same for 2 and for 60 actions.
STRATEGY_PAGES = {
    # consultation, strategy, enjeux, axes, objectives, actions, this year's states, sources
    ("/c/assises/strategie/", None): 8,
    ("/c/assises/strategie/", "elected"): 9,             # + the member's session
    ("/c/assises/strategie/?edition=1", "facilitator"): 9,
    # session, consultation, strategy, the action with its objective, axis and enjeu, the order of the axes,
    # the axis's objectives and actions, the action's states, partners, indicators, their values, its
    # sources with their contributions and authors, its history with its people and contributions
    ("/c/assises/strategie/actions/{action}", "elected"): 11,
    # the strategy page's nine (every year's states), the indicators with a target, their values
    ("/c/assises/strategie/tableau-de-bord", "elected"): 11,
    # session, consultation, strategy; every promoted contribution with its author, their actions
    # located with this year's states (three); the member's own, their actions located (three)
    ("/c/assises/strategie/idees-retenues", "participant"): 11,
}


def test_the_strategy_pages_run_a_fixed_number_of_queries(client, login, count_queries, app):
    s = factories.scene()

    def counts():
        found = {}
        for (template, who), _ in STRATEGY_PAGES.items():
            client.post("/compte/deconnexion")
            if who:
                login(getattr(s, who))
            url = template.format(action=s.action.id)
            assert client.get(url).status_code == 200, url
            with count_queries() as statements:
                client.get(url)
            found[(template, who)] = len(statements)
        return found

    _grow_strategy(s, 1)
    small = counts()
    _grow_strategy(s, 59)
    assert counts() == small == STRATEGY_PAGES
