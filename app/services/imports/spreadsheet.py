"""Spreadsheets of post-its: CSV (',' or ';', UTF-8 or Windows-1252) or XLSX (read with openpyxl in
read-only mode), one post-it per row, the columns found from the header row.

`read(name, data, missions)` gives the post-its of a workshop whose missions are `missions`, or
raises ImportFailed with every bad row at once (line, column, message). A row's key is made of
what it says, so a second import of the same file adds nothing.
"""
import re
from dataclasses import dataclass
from pathlib import PurePath

from flask_babel import lazy_gettext as _l

from ..text import clean_line, clean_text
from . import AUTHOR_MAX, GROUP_MAX, THEME_MAX, ImportFailed, PostItSpec, Problem, content_key, normal_key, split_themes
from .tables import fold, table

TEXT_MAX, TITLE_MAX = 5000, 140
MAX_ROWS = 20000

# Column names a facilitator may use, folded (no accents, lower case, single spaces).
COLUMNS = {
    "mission": ("mission", "missions", "n mission", "no mission", "numero de mission", "consigne"),
    "group": ("groupe", "group", "table", "equipe"),
    "text": ("texte", "text", "post-it", "postit", "post it", "contribution", "idee", "proposition"),
    "author": ("auteur", "auteure", "autrice", "author", "nom", "signe par", "signature"),
    "themes": ("themes", "theme", "mots-cles", "mots cles"),
    "title": ("titre", "title"),
    "key": ("cle", "key", "identifiant"),
}


@dataclass(frozen=True)
class MissionChoice:
    """A mission of the workshop, as a row may name it: by its number, its title or its key."""
    key: str
    position: int
    title: str


def _columns(name: str, header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    problems = []
    for index, title in enumerate(header):
        folded = fold(title)
        column = next((column for column, names in COLUMNS.items() if folded in names), None)
        if column is None:
            continue
        if column in found:
            problems.append(Problem(name, 1, str(_l("colonne « %(name)s »", name=clean_line(title))),
                                    str(_l("cette colonne répète la colonne « %(other)s ».",
                                           other=clean_line(header[found[column]])))))
        found.setdefault(column, index)
    if "text" not in found:
        problems.append(Problem(name, 1, "", str(_l("aucune colonne de texte : la première ligne doit nommer les "
                                                     "colonnes, dont une « texte » (et « mission », « groupe », "
                                                     "« auteur », « thèmes » si vous les avez)."))))
    if problems:
        raise ImportFailed(problems)
    return found


def _mission_of(value: str, missions: list[MissionChoice]) -> MissionChoice | None | str:
    """The mission a cell names (None: the workshop in general), or "" when it names none of them."""
    folded = fold(value)
    if not folded or folded in ("atelier", "general", "en general", "l atelier en general"):
        return None
    number = re.fullmatch(r"(?:mission\s*|m\s*)?(\d+)", folded)
    for mission in missions:
        if (number and int(number.group(1)) == mission.position) or folded in (fold(mission.title), mission.key) \
                or folded == fold(f"Mission {mission.position} {mission.title}"):
            return mission
    return ""


def read(name: str, data: bytes, missions: list[MissionChoice]) -> list[PostItSpec]:
    """The post-its of the spreadsheet; raises ImportFailed listing every bad row."""
    name = PurePath(name or "tableur.csv").name
    rows = table(name, data, MAX_ROWS)
    header = rows[0]
    columns = _columns(name, header)
    problems: list[Problem] = []
    post_its: list[PostItSpec] = []
    seen: dict[str, int] = {}
    choices = ", ".join(f"{m.position} ({m.title})" for m in missions) or str(_l("aucune : tout va à l'atelier"))

    def column_label(column: str) -> str:
        return str(_l("colonne « %(name)s »", name=clean_line(header[columns[column]]) or column))

    for line, row in enumerate(rows[1:], start=2):
        def cell(column: str) -> str:
            index = columns.get(column)
            return row[index] if index is not None and index < len(row) else ""

        if not any(value.strip() for value in row):
            continue
        row_problems = []

        def bad(column: str, message) -> None:
            row_problems.append(Problem(name, line, column_label(column), str(message)))

        text = clean_text(cell("text"))
        if not text:
            bad("text", _l("le texte du post-it est vide."))
        elif len(text) > TEXT_MAX:
            bad("text", _l("%(n)s caractères au plus (il y en a %(count)s).", n=TEXT_MAX, count=len(text)))
        mission = None
        if "mission" in columns:
            mission = _mission_of(cell("mission"), missions)
            if mission == "":
                bad("mission", _l("« %(value)s » n'est pas une mission de cet atelier ; ses missions : %(choices)s.",
                                  value=clean_line(cell("mission")), choices=choices))
                mission = None
        values = {}
        for column, limit in (("group", GROUP_MAX), ("author", AUTHOR_MAX), ("title", TITLE_MAX)):
            values[column] = clean_line(cell(column))
            if len(values[column]) > limit:
                bad(column, _l("%(n)s caractères au plus.", n=limit))
        themes = split_themes(cell("themes"))
        if any(len(theme) > THEME_MAX for theme in themes):
            bad("themes", _l("un thème fait %(n)s caractères au plus.", n=THEME_MAX))
        key = None
        if cell("key").strip():
            key = normal_key(cell("key"))
            if key is None:
                bad("key", _l("une clé ne contient que des lettres sans accent, des chiffres, - _ ou ."))
        mission_key = mission.key if mission else None
        key = key or content_key("t", mission_key or "", values["group"], text, values["author"])
        if not row_problems and key in seen:
            bad("text", _l("cette ligne répète la ligne %(n)s (même mission, même groupe, même texte).", n=seen[key]))
        seen.setdefault(key, line)
        if row_problems:
            problems.extend(row_problems)
            continue
        post_its.append(PostItSpec(key=key, text=text, title=values["title"], group=values["group"],
                                   author=values["author"], themes=themes, mission_key=mission_key, line=line))
    if problems:
        raise ImportFailed(problems)
    if not post_its:
        raise ImportFailed([Problem(name, 0, "", str(_l("aucun post-it dans ce fichier : une ligne par post-it, "
                                                         "après la ligne des noms de colonnes.")))])
    return post_its
