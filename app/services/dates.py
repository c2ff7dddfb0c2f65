"""Dates and times as French people type them: "4 novembre 2022", "04/11/2022", "14h30".

Forms and imports (workshop files, spreadsheets) read them through here, so that every door accepts
the same forms and refuses the others with the same French message. A date picker's ISO value
("2022-11-04") is accepted too.
"""
import re
import unicodedata
from datetime import date, time

from babel import dates as babel_dates
from flask_babel import lazy_gettext as _l

MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1,
    "fevrier": 2, "fevr": 2, "fev": 2,
    "mars": 3, "mar": 3,
    "avril": 4, "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7, "juil": 7,
    "aout": 8,
    "septembre": 9, "sept": 9, "sep": 9,
    "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11,
    "decembre": 12, "dec": 12,
}
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})")
_WORDS = re.compile(r"(\d{1,2})(?:er)?\s+([a-z]+)\.?\s+(\d{4})")
_TIME = re.compile(r"(\d{1,2})\s*(?:h|:)\s*(\d{2})?(?:\s*(?:min)?)?")

DATE_FORMS = _l("écrivez-la comme 4 novembre 2022 ou 04/11/2022")
TIME_FORMS = _l("écrivez-la comme 14h, 14h30 ou 14:30")


class DateError(ValueError):
    """A date or a time that cannot be read; its message is French and says what is expected."""


def _folded(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(text.lower().replace(",", " ").split())


def parse_date(text: str) -> date | None:
    """The date typed in `text`, or None when it is empty. Raises DateError."""
    shown = " ".join((text or "").split())
    if not shown:
        return None
    folded = _folded(shown)
    for weekday in _WEEKDAYS:
        if folded.startswith(weekday + " "):
            folded = folded[len(weekday) + 1:]
    if match := _ISO.fullmatch(folded):
        year, month, day = (int(part) for part in match.groups())
    elif match := _NUMERIC.fullmatch(folded):
        day, month = int(match.group(1)), int(match.group(2))
        year = int(match.group(3)) + (2000 if len(match.group(3)) == 2 else 0)
    elif (match := _WORDS.fullmatch(folded)) and match.group(2) in MONTHS:
        day, month, year = int(match.group(1)), MONTHS[match.group(2)], int(match.group(3))
    else:
        raise DateError(str(_l("« %(text)s » n'est pas une date : %(forms)s.", text=shown, forms=DATE_FORMS)))
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(str(_l("la date « %(text)s » n'existe pas.", text=shown))) from None


def parse_time(text: str) -> time | None:
    """The time typed in `text` ("14h", "14h30", "14:30"), or None when it is empty. Raises DateError."""
    shown = " ".join((text or "").split())
    if not shown:
        return None
    match = _TIME.fullmatch(shown.lower())
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise DateError(str(_l("« %(text)s » n'est pas une heure : %(forms)s.", text=shown, forms=TIME_FORMS)))


def format_time(moment: time | None) -> str:
    """14h00, 9h30: the way the workshop files and the forms write a time back."""
    return f"{moment.hour}h{moment.minute:02d}" if moment else ""


def format_day(day: date | None) -> str:
    """4 novembre 2022: how the workshop files write a date back (French whatever the interface)."""
    return babel_dates.format_date(day, "d MMMM y", locale="fr") if day else ""
