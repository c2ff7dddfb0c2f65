"""Keyset pagination: cursors read back what they wrote, bad ones are ignored, and the lists of people
walk forward and back through every member once, whatever their names hold."""
from app.models import Role
from app.services import consultations, keyset

from .. import factories


def test_cursors_read_back_what_they_wrote():
    assert keyset.parse_cursor(keyset.format_cursor((3.25, 7)), (float, int)) == (0, (3.25, 7))
    assert keyset.parse_cursor(keyset.format_cursor((5, 9), segment=1), (int, int), segments=2) == (1, (5, 9))
    assert keyset.parse_cursor(keyset.format_cursor((12, "de_la_tour:x")), (int, str)) == (0, (12, "de_la_tour:x"))


def test_bad_cursors_are_none():
    for cursor, types, segments in [("1_2_3", (float, int), 1), ("2_3", (int,), 1), ("nan_1", (float, int), 1),
                                    ("9" * 400 + "_1", (float, int), 1), ("2_1_1", (int, int), 2),
                                    ("x_1", (int, str), 1), ("", (int,), 1), (None, (int,), 1)]:
        assert keyset.parse_cursor(cursor, types, segments) is None, cursor


def test_members_pages_walk_forward_and_back(app):
    s = factories.scene()
    names = ["Zoé_Martin", "zoé martin", "Ève:Durand", "Ana de la Tour", "Bruno 'Bob' Léger", "Ça Va", "Émile"]
    for name in names * 3:
        factories.member(s.consultation, Role.PARTICIPANT, display_name=name)
    seen, page = [], consultations.members(s.consultation, size=4)
    pages = [page]
    while page.next_cursor:
        seen += [m.id for m in page.rows]
        page = consultations.members(s.consultation, after=page.next_cursor, size=4)
        pages.append(page)
    seen += [m.id for m in page.rows]
    assert len(seen) == len(set(seen)) == page.total == 4 + 21
    for earlier, later in zip(pages, pages[1:]):
        back = consultations.members(s.consultation, before=later.prev_cursor, size=4)
        assert [m.id for m in back.rows] == [m.id for m in earlier.rows]
    assert pages[0].prev_cursor is None and pages[-1].next_cursor is None
