from datetime import timedelta

import pytest
import sqlalchemy as sa

from app.extensions import db
from app.models import CommentStatus, ContributionEvent, ContributionStatus, EventKind, Like, Role
from app.models.base import utcnow
from app.services import boards, contributions, counts, discussion, lifecycle
from app.services.boards import BoardFilters, Sort
from app.services.errors import DomainError, NotAllowed
from app.services.permissions import access_for

from .. import factories


def access(s, user, role=None):
    return access_for(user, s.consultation, role)


def test_post_records_the_contribution_and_its_first_event(app):
    s = factories.scene()
    a = access(s, s.participant, Role.PARTICIPANT)
    c = contributions.post_contribution(a, s.workshop, s.mission, "  Des  vélos\u202e ", "Texte", [s.theme.id])
    db.session.commit()
    assert (c.title, c.consultation_id, c.author_id) == ("Des vélos", s.consultation.id, s.participant.id)
    assert [t.name for t in c.themes] == ["Mobilités douces"]
    events = lifecycle.history(c)
    assert [(e.kind, e.new_value, e.actor_role) for e in events] == [(EventKind.POSTED, "published", "author")]


@pytest.mark.parametrize("title,body,field", [
    ("", "x", "title"),
    ("x" * 141, "x", "title"),
    ("ok", "x" * 5001, "body"),
])
def test_post_refuses_invalid_text(app, title, body, field):
    s = factories.scene()
    with pytest.raises(DomainError) as error:
        contributions.post_contribution(access(s, s.participant, Role.PARTICIPANT), s.workshop, s.mission, title, body)
    assert error.value.field == field


def test_post_refuses_closed_missions_and_foreign_themes(app):
    s = factories.scene()
    a = access(s, s.participant, Role.PARTICIPANT)
    with pytest.raises(NotAllowed):
        contributions.post_contribution(a, s.workshop, s.closed_mission, "Titre", "")
    foreign = factories.theme(s.private, "Ailleurs")
    with pytest.raises(DomainError):
        contributions.post_contribution(a, s.workshop, s.mission, "Titre", "", [foreign.id])


def test_edit_marks_the_contribution_and_records_an_event(app):
    s = factories.scene()
    a = access(s, s.participant, Role.PARTICIPANT)
    assert contributions.edit_contribution(a, s.contribution, s.contribution.title, s.contribution.body) is False
    assert contributions.edit_contribution(a, s.contribution, "Une navette électrique", "Mieux.") is True
    assert s.contribution.edited_at is not None
    edit = lifecycle.history(s.contribution)[0]
    assert (edit.kind, edit.data) == (EventKind.EDITED, {"title": "Une navette vers le Pont du Gard",
                                                          "body": "Une idée à creuser."})
    with pytest.raises(NotAllowed):
        contributions.edit_contribution(access(s, s.other, Role.PARTICIPANT), s.contribution, "Pirate", "")


def test_set_status_is_the_single_door(app):
    s = factories.scene()
    facilitator = access(s, s.facilitator, Role.FACILITATOR)
    assert lifecycle.set_status(facilitator, s.contribution, ContributionStatus.PUBLISHED) is None
    with pytest.raises(DomainError) as missing:
        lifecycle.set_status(facilitator, s.contribution, ContributionStatus.HIDDEN, "\u200b ")
    assert missing.value.field == "reason"
    event = lifecycle.set_status(facilitator, s.contribution, ContributionStatus.HIDDEN, "Hors sujet")
    assert (event.old_value, event.new_value, event.note, event.actor_role) == (
        "published", "hidden", "Hors sujet", "facilitator")
    with pytest.raises(NotAllowed):  # the author cannot withdraw a hidden contribution
        lifecycle.set_status(access(s, s.participant, Role.PARTICIPANT), s.contribution,
                             ContributionStatus.WITHDRAWN)
    with pytest.raises(DomainError):  # restoring needs a reason too
        lifecycle.set_status(facilitator, s.contribution, ContributionStatus.PUBLISHED)
    lifecycle.set_status(facilitator, s.contribution, ContributionStatus.PUBLISHED, "Après relecture, rien à redire")
    assert db.session.scalar(sa.select(sa.func.count(ContributionEvent.id))
                             .where(ContributionEvent.kind == EventKind.STATUS)) == 2


# -- boards -------------------------------------------------------------------------------------

def _many(s, n=45):
    now = utcnow()
    items = []
    for i in range(n):
        items.append(factories.contribution(
            s.workshop, author=s.other, mission=s.mission if i % 3 else None,
            title=f"Idée numéro {i}", likes=(i * 7) % 11, comments=(i * 5) % 4,
            created_at=now - timedelta(hours=i),
        ))
    db.session.commit()
    return items


@pytest.mark.parametrize("sort", list(Sort))
def test_keyset_pages_cover_every_contribution_once_in_order(app, sort):
    s = factories.scene()
    _many(s)
    filters = BoardFilters(s.consultation)
    seen, cursor, pages = [], None, 0
    while True:
        page = boards.board(filters, sort, after=cursor, seed=12345, page_size=10)
        seen.extend(page.items)
        pages += 1
        if not page.next_cursor:
            break
        cursor = page.next_cursor
    assert len(seen) == len({c.id for c in seen}) == page.total == 46
    assert pages == 5
    # Going back from the last page gives the previous one, in the same order.
    back = boards.board(filters, sort, before=page.prev_cursor, seed=12345, page_size=10)
    assert [c.id for c in back.items] == [c.id for c in seen[-16:-6]]
    if sort == Sort.LIKED:
        assert [c.like_count for c in seen] == sorted((c.like_count for c in seen), reverse=True)
    if sort == Sort.NEWEST:
        assert [c.id for c in seen] == sorted((c.id for c in seen), reverse=True)


def test_random_order_is_stable_per_seed_and_differs_between_visitors(app):
    s = factories.scene()
    _many(s)
    filters = BoardFilters(s.consultation)
    first = [c.id for c in boards.board(filters, Sort.RANDOM, seed=1, page_size=46).items]
    again = [c.id for c in boards.board(filters, Sort.RANDOM, seed=1, page_size=46).items]
    other = [c.id for c in boards.board(filters, Sort.RANDOM, seed=987654321, page_size=46).items]
    assert first == again and first != other and sorted(first) == sorted(other)


def test_trending_prefers_recent_engagement(app):
    s = factories.scene()
    old = factories.contribution(s.workshop, author=s.other, likes=8, created_at=utcnow() - timedelta(days=10))
    fresh = factories.contribution(s.workshop, author=s.other, likes=3, created_at=utcnow() - timedelta(hours=2))
    db.session.commit()
    ids = [c.id for c in boards.board(BoardFilters(s.consultation), Sort.TRENDING).items]
    assert ids.index(fresh.id) < ids.index(old.id)


def test_filters_by_mission_theme_and_words(app):
    s = factories.scene()
    tagged = factories.contribution(s.workshop, author=s.other, mission=s.mission, title="Des gîtes labellisés",
                                    body="Accueil vélo dans les hébergements")
    tagged.themes.append(s.theme)
    factories.contribution(s.workshop, author=s.other, title="Marché nocturne", body="Le samedi soir")
    db.session.commit()
    by_theme = boards.board(BoardFilters(s.consultation, theme_id=s.theme.id))
    assert [c.id for c in by_theme.items] == [tagged.id]
    by_mission = boards.board(BoardFilters(s.consultation, mission=s.mission))
    assert {c.id for c in by_mission.items} == {tagged.id, s.contribution.id}
    for q in ("hebergement", "HÉBERGEMENTS", "labellis", "vélo gîtes"):
        found = boards.board(BoardFilters(s.consultation, q=q))
        assert [c.id for c in found.items] == [tagged.id], q
    assert boards.board(BoardFilters(s.consultation, q='"; DROP TABLE users; --')).total == 0
    assert boards.board(BoardFilters(s.consultation, q="*** ( ) NEAR")).total >= 0


def test_boards_hide_withdrawn_hidden_and_draft_contributions(app):
    s = factories.scene()
    factories.contribution(s.workshop, author=s.other, status=ContributionStatus.WITHDRAWN)
    factories.contribution(s.workshop, author=s.other, status=ContributionStatus.HIDDEN)
    in_draft = factories.contribution(s.draft, author=s.other)
    db.session.commit()
    visible = boards.board(BoardFilters(s.consultation))
    assert [c.id for c in visible.items] == [s.contribution.id]
    with_drafts = boards.board(BoardFilters(s.consultation, include_drafts=True))
    assert in_draft.id in {c.id for c in with_drafts.items}


def test_bad_cursors_are_ignored(app):
    s = factories.scene()
    for cursor in ("nan_1", "inf_2", "abc", "1_2_3", "", "9" * 400 + "_1"):
        page = boards.board(BoardFilters(s.consultation), Sort.TRENDING, after=cursor)
        assert page.total == 1


# -- likes and kept counts ----------------------------------------------------------------------

def test_likes_are_idempotent_and_counted_once(app):
    s = factories.scene()
    a = access(s, s.other, Role.PARTICIPANT)
    assert discussion.set_like(a, s.contribution, True) is True
    assert discussion.set_like(a, s.contribution, True) is False
    db.session.commit()
    assert s.contribution.like_count == 1
    assert db.session.scalar(sa.select(sa.func.count(Like.id))) == 1
    assert discussion.set_like(a, s.contribution, False) is True
    assert discussion.set_like(a, s.contribution, False) is False
    db.session.commit()
    db.session.refresh(s.contribution)
    assert s.contribution.like_count == 0


def test_nobody_likes_their_own(app):
    s = factories.scene()
    with pytest.raises(NotAllowed):
        discussion.set_like(access(s, s.participant, Role.PARTICIPANT), s.contribution, True)


def test_recount_repairs_drifted_counts(app):
    s = factories.scene()
    discussion.set_like(access(s, s.other, Role.PARTICIPANT), s.contribution, True)
    db.session.execute(sa.text("UPDATE contributions SET like_count = 40, comment_count = 9"))
    db.session.commit()
    assert counts.recount_all() >= 1
    db.session.commit()
    db.session.refresh(s.contribution)
    assert (s.contribution.like_count, s.contribution.comment_count) == (1, 1)
    assert counts.recount_all() == 0


# -- comments -----------------------------------------------------------------------------------

def test_replies_stay_one_level_deep(app):
    s = factories.scene()
    a = access(s, s.participant, Role.PARTICIPANT)
    reply = discussion.post_comment(a, s.contribution, "Je réponds", parent_id=s.comment.id)
    deeper = discussion.post_comment(a, s.contribution, "Et encore", parent_id=reply.id)
    assert deeper.parent_id == s.comment.id
    threads = discussion.threads(s.contribution)
    assert [t.comment.id for t in threads] == [s.comment.id]
    assert [r.id for r in threads[0].replies] == [reply.id, deeper.id]
    assert s.contribution.comment_count == 3


def test_hiding_a_comment_keeps_the_row_and_the_reason(app):
    s = factories.scene()
    facilitator = access(s, s.facilitator, Role.FACILITATOR)
    with pytest.raises(DomainError):
        lifecycle.set_comment_status(facilitator, s.comment, CommentStatus.HIDDEN, "  ")
    with pytest.raises(NotAllowed):
        lifecycle.set_comment_status(access(s, s.elected, Role.ELECTED), s.comment, CommentStatus.HIDDEN, "Non")
    event = lifecycle.set_comment_status(facilitator, s.comment, CommentStatus.HIDDEN, "Propos injurieux")
    assert (s.comment.status.value, event.note, event.comment_id, s.contribution.comment_count) == (
        "hidden", "Propos injurieux", s.comment.id, 0)
    lifecycle.set_comment_status(facilitator, s.comment, CommentStatus.VISIBLE, "Relu : acceptable")
    assert s.contribution.comment_count == 1


def test_comments_on_another_contribution_cannot_be_replied_to(app):
    s = factories.scene()
    second = factories.contribution(s.workshop, author=s.other)
    with pytest.raises(DomainError):
        discussion.post_comment(access(s, s.participant, Role.PARTICIPANT), second, "x", parent_id=s.comment.id)


def test_kept_counts_follow_posts_likes_comments_and_status_changes(app):
    from app.services.consultations import figures

    s = factories.scene()
    before = figures(s.consultation)
    a = access(s, s.other, Role.PARTICIPANT)
    c = contributions.post_contribution(a, s.workshop, s.mission, "Nouvelle idée", "")
    discussion.set_like(access(s, s.elected, Role.ELECTED), c, True)
    discussion.post_comment(access(s, s.elected, Role.ELECTED), c, "Oui")
    db.session.commit()
    after = figures(s.consultation)
    assert (after.contributions, after.likes, after.comments) == (
        before.contributions + 1, before.likes + 1, before.comments + 1)
    assert db.session.get(factories.Mission, s.mission.id).contribution_count == 2
    lifecycle.set_status(a, c, ContributionStatus.WITHDRAWN)
    db.session.commit()
    assert figures(s.consultation) == before
    assert boards.board(BoardFilters(s.consultation, mission=s.mission)).total == 1
    db.session.execute(sa.text("UPDATE workshops SET contribution_count = 99, like_count = 7"))
    db.session.commit()
    assert counts.recount_all() >= 1
    db.session.commit()
    assert figures(s.consultation) == before


def test_a_search_finds_the_same_pages_whether_it_matches_few_or_many(app, monkeypatch):
    """On SQLite a search starts from its matches when they are few, else walks the board's
    index: both give the same pages, in every sort and scope (PostgreSQL plans by itself)."""
    from app.services import search

    s = factories.scene()
    for i in range(7):
        factories.contribution(s.workshop, author=s.other, mission=s.mission if i % 2 else None,
                               title=f"Navette {i}", body="Une navette entre les villages" + " et les gares" * i)
    factories.contribution(s.workshop, author=s.other, title="Marché", body="Le samedi soir")
    db.session.commit()

    def pages(few):
        monkeypatch.setattr(search, "FEW_MATCHES", few)
        seen = {}
        for sort in Sort:
            for scope in ({}, {"workshop": s.workshop}, {"mission": s.mission}):
                filters = dict(scope, q="navette")
                first = boards.board(BoardFilters(s.consultation, **filters), sort, page_size=3, seed=12345)
                rest = boards.board(BoardFilters(s.consultation, **filters), sort, page_size=3, seed=12345,
                                           after=first.next_cursor)
                seen[sort, tuple(scope)] = (first.total, [c.id for c in first.items + rest.items])
        return seen

    from_matches, walking = pages(2000), pages(1)
    assert from_matches == walking
    assert all(total >= 3 and len(ids) == min(6, total) for total, ids in walking.values())


def test_a_narrowed_board_counts_up_to_a_limit(app, monkeypatch):
    s = factories.scene()
    for i in range(6):
        factories.contribution(s.workshop, author=s.other, title=f"Vélo {i}", body="Des vélos partout")
    db.session.commit()
    monkeypatch.setattr(boards, "COUNT_LIMIT", 4)
    assert boards.board(BoardFilters(s.consultation, q="vélos")).total == 5  # "more than 4"
    assert boards.board(BoardFilters(s.consultation)).total == 7  # kept counts: exact
