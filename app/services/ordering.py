"""Ordered siblings (missions of a workshop, the levels of a strategy): one way to move an item."""
from ..extensions import db


def reorder(siblings: list, item, offset: int) -> None:
    """Move `item` up (offset -1) or down (+1) among `siblings` (in their order, `item` included)
    and number them 1, 2, 3... again; at either end it stays where it is."""
    index = siblings.index(item)
    target = index + offset
    if 0 <= target < len(siblings):
        siblings[index], siblings[target] = siblings[target], siblings[index]
    for position, sibling in enumerate(siblings, start=1):
        sibling.position = position
    db.session.flush()
