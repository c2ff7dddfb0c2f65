"""What an import reads, whatever its format: a workshop (workshop files) or post-its alone
(spreadsheets), and the problems found, each with its file, line and field, in French.

Readers (one module per format) only read and check what the file alone can tell; services.record
compares with the database, says what would be created and updated, and writes it.
"""
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, time

from flask_babel import lazy_gettext as _l

from ...models import WorkshopStatus
from ..text import clean_line, plain_text

KEY_MAX = 80
GROUP_MAX = 60
AUTHOR_MAX = 80
THEME_MAX = 60
_KEY = re.compile(r"[a-z0-9][a-z0-9._-]*")


@dataclass(frozen=True)
class Problem:
    """Something wrong in an imported file: where (line, field) and what, in French."""
    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}, " + str(_l("ligne %(n)s", n=self.line)) if self.line else self.file
        return f"{where} : {self.field + ' : ' if self.field else ''}{self.message}"


class ImportFailed(Exception):
    """The file cannot be imported; `problems` lists every one found."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems


@dataclass
class PostItSpec:
    """A post-it of the room as a file gives it. `mission_key` None: the workshop in general."""
    key: str
    text: str
    title: str = ""
    group: str = ""
    author: str = ""
    themes: tuple[str, ...] = ()
    mission_key: str | None = None
    line: int = 0


@dataclass
class MissionSpec:
    key: str
    title: str
    instructions: str = ""
    is_open: bool = True
    line: int = 0


@dataclass
class WorkshopSpec:
    key: str
    title: str
    starts_on: date | None = None
    start_time: time | None = None
    place: str = ""
    status: WorkshopStatus = WorkshopStatus.DRAFT
    description: str = ""
    missions: list[MissionSpec] = field(default_factory=list)
    post_its: list[PostItSpec] = field(default_factory=list)
    file: str = ""
    line: int = 0


def auto_title(text: str, limit: int = 140) -> str:
    """The title of a post-it written without one: its first words (at most `limit` characters)."""
    words = plain_text(text, 80)
    return words[:limit] or clean_line(text)[:limit]


def normal_key(value: str) -> str | None:
    """The key as stored (lower case), or None when it is not made of letters, digits, - _ ."""
    key = clean_line(value).lower()
    return key if key and len(key) <= KEY_MAX and _KEY.fullmatch(key) else None


def content_key(prefix: str, *parts: str) -> str:
    """A key for a post-it given none: the same content always gives the same key."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]  # nosec B324: a name, not a secret
    return f"{prefix}-{digest}"


def split_themes(value: str) -> tuple[str, ...]:
    """'Numérique, Mobilités douces' -> ('Numérique', 'Mobilités douces'), cleaned, without repeats."""
    seen: dict[str, str] = {}
    for part in re.split(r"[,;]", value or ""):
        name = clean_line(part)
        if name and name.lower() not in seen:
            seen[name.lower()] = name
    return tuple(seen.values())
