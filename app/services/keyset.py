"""Keyset pagination, shared by every list read page by page (boards, people, notifications, the
audit log): a page starts after (or ends before) the sort key of a row of the previous page, so
that any page, first or deep, is one range scan of an index.

A cursor is the sort key written as text, its parts joined by "_" (a text part, if any, comes
last and may itself hold "_"); lists whose order has segments (the boards' random order) put the
segment first. `Window` reads the `after`/`before` cursors of a request, `where_after` writes the
condition on the key, and `finish` cuts the rows fetched (one more than a page) and writes the
cursors of the neighbouring pages.
"""
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import sqlalchemy as sa


def format_cursor(values: Sequence, segment: int | None = None) -> str:
    parts = [repr(v) if isinstance(v, float) else str(v) for v in values]
    if segment is not None:
        parts.insert(0, str(segment))
    return "_".join(parts)


def parse_cursor(cursor: str | None, types: Sequence[type], segments: int = 1) -> tuple[int, tuple] | None:
    """(segment, values) of a cursor whose parts have these types, or None when it is not one."""
    if not cursor:
        return None
    prefix = 1 if segments > 1 else 0
    # Only a text part, the last, may hold "_" (numbers never do: int("2_3") would read 23).
    parts = cursor.split("_", len(types) - 1 + prefix) if types[-1] is str else cursor.split("_")
    segment = 0
    if prefix:
        if not parts or not parts[0].isdigit() or int(parts[0]) >= segments:
            return None
        segment, parts = int(parts[0]), parts[1:]
    if len(parts) != len(types):
        return None
    try:
        values = tuple(kind(part) for kind, part in zip(types, parts, strict=True))
    except ValueError:
        return None
    if any(isinstance(v, float) and not math.isfinite(v) for v in values):
        return None
    return segment, values


@dataclass(frozen=True)
class Window:
    """Where a page starts: after the key `bound` (forward), or before it (backward: the rows are
    then read in reverse order and turned round). No bound: the first page."""
    bound: tuple | None
    forward: bool = True
    segment: int = 0

    @classmethod
    def of(cls, after: str | None, before: str | None, types: Sequence[type], segments: int = 1) -> "Window":
        found = parse_cursor(after, types, segments)
        if found is not None:
            return cls(found[1], True, found[0])
        found = parse_cursor(before, types, segments)
        if found is not None and after is None:
            return cls(found[1], False, found[0])
        return cls(None)

    def parameters(self) -> dict:
        """The values of the bound, for the statement written by `where_after`."""
        return {f"bound_{i}": value for i, value in enumerate(self.bound or ())}

    def finish(self, rows: list, size: int, key_of: Callable[[object], str]) -> tuple[list, str | None, str | None]:
        """(the page's rows in order, cursor of the next page, cursor of the previous page) from the
        rows fetched: `size` + 1 of them in the reading order, the last one telling there are more."""
        more = len(rows) > size
        rows = rows[:size]
        if not self.forward:
            rows.reverse()
        if not rows:
            return rows, None, None
        has_next = more if self.forward else True
        has_prev = (self.bound is not None) if self.forward else more
        return rows, key_of(rows[-1]) if has_next else None, key_of(rows[0]) if has_prev else None


def where_after(columns: Sequence, later: bool):
    """key > (bound_0, bound_1...) (or < when not `later`) on the columns of the sort key, with
    bound parameters (a statement built once serves every page)."""
    bound = [sa.bindparam(f"bound_{i}", type_=column.type) for i, column in enumerate(columns)]
    key = sa.tuple_(*columns) if len(columns) > 1 else columns[0]
    value = sa.tuple_(*bound) if len(bound) > 1 else bound[0]
    return key > value if later else key < value


def ordered(columns: Sequence, descending: bool, forward: bool, bounded: bool) -> tuple[list, list]:
    """The ORDER BY of the reading order (forward, or backward from a bound), and the condition on
    the bound if there is one (as a list of zero or one condition)."""
    reverse = descending == forward
    order = [column.desc() if reverse else column.asc() for column in columns]
    if not bounded:
        return order, []
    return order, [where_after(columns, later=not descending if forward else descending)]
