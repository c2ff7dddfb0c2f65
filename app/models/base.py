"""Small helpers shared by the model modules."""
from datetime import UTC, datetime
from enum import StrEnum

import sqlalchemy as sa


def utcnow() -> datetime:
    """Naive UTC timestamp: every datetime column holds UTC without a zone (SQLite has none)."""
    return datetime.now(UTC).replace(tzinfo=None)


def str_enum(enum_cls: type[StrEnum]) -> sa.Enum:
    """A string column restricted (in Python) to the values of a StrEnum."""
    return sa.Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda cls: [member.value for member in cls],
        validate_strings=True,
    )
