"""Action plans from a spreadsheet (XLSX, or CSV with ',' or ';' in UTF-8 or Windows-1252), in the
territory's own words: one row per action, the levels above it repeated on each row (Axes,
Objectifs, Engagement / Outils, Actions...), one column per year marked X or with a state,
Remarques, Maîtrise d'ouvrage, Partenaires...

`guess_columns(header)` maps the header row to the fields of an action; `read(name, data, columns)`
gives the plan's rows, or raises ImportFailed with every bad row at once (line, column, message).
A row's key is its "Clé" cell, else made of its axis, objective and action, so that a second
import of the same file matches the same actions. services.plan_import compares and writes.
"""
import re
from dataclasses import dataclass, field
from pathlib import PurePath

from flask_babel import lazy_gettext as _l

from ...models import ProgressState
from ..text import clean_line, clean_text
from . import ImportFailed, Problem, content_key, normal_key
from .tables import fold, read_rows, table

MAX_ROWS = 5000
TITLE_MAX, NAME_MAX, MEANS_MAX, ORIGIN_MAX, TEXT_MAX, CAUSE_MAX = 300, 200, 300, 300, 10000, 200

# The fields of a row, in the order of the export, with the header words that name them (folded:
# no accents, lower case, words apart). Years are columns whose header is a year.
FIELDS = {
    "key": ("cle", "key", "identifiant", "reference", "ref"),
    "priority": ("enjeu", "enjeux", "priorite", "priorites", "enjeu strategique", "enjeux strategiques"),
    "axis": ("axe", "axes", "chantier", "chantiers", "fonction", "fonctions", "axe strategique", "axes strategiques",
             "orientation", "orientations"),
    "objective": ("objectif", "objectifs", "objectif strategique", "objectifs strategiques",
                  "objectif operationnel", "objectifs operationnels"),
    "results": ("resultats attendus", "resultat attendu", "resultats"),
    "means": ("engagement outils", "engagement", "outils", "outil", "moyens", "moyens outils", "actions et moyens",
              "engagements"),
    "action": ("action", "actions", "intitule", "intitule de l action", "actions identifiees"),
    "description": ("description", "descriptif", "contenu"),
    "owner": ("maitrise d ouvrage", "mo", "moa", "porteur", "porteur de projet", "pilote", "responsable"),
    "operator": ("maitrise d oeuvre", "moe", "operateur", "realisation", "mise en oeuvre"),
    "partners": ("partenaires", "partenaire", "partenaires associes", "partenariats"),
    "remarks": ("remarques", "remarque", "observations", "commentaires", "notes"),
    "origin": ("origine", "reconduction", "reconduite", "reconduite de"),
}
REQUIRED = ("axis", "objective", "action")
_YEAR = re.compile(r"(19|20|21)\d\d")
# "Axe 1 : ...", "Chantier 7 - ...", "II. ...": the number a spreadsheet writes before a level's title.
_NUMBERED = re.compile(r"^\s*(?:(?:enjeu|axe|chantier|fonction|objectif|orientation)\s*)?"
                       r"(?:\d+(?:[.,]\d+)*|[IVXLC]+|[A-Z])\s*[:.\-–—)]\s+", re.IGNORECASE)


def header_word(text: str) -> str:
    """A header cell as the FIELDS name it: « Maîtrise d'œuvre » -> 'maitrise d oeuvre'."""
    text = str(text).replace("œ", "oe").replace("Œ", "Oe").replace("’", "'")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split())


def guess_columns(header: list[str]) -> dict[str, int]:
    """field -> column index, from the header row's words; each column serves one field at most."""
    found: dict[str, int] = {}
    for index, title in enumerate(header):
        word = header_word(title)
        name = next((name for name, words in FIELDS.items() if word in words), None)
        if name is not None and name not in found:
            found[name] = index
    return found


def year_columns(header: list[str]) -> dict[int, int]:
    """year -> column index, for the columns whose header is a year (2023, « Année 2024 »)."""
    years = {}
    for index, title in enumerate(header):
        word = header_word(title).removeprefix("annee ").removeprefix("etat ")
        if _YEAR.fullmatch(word) and int(word) not in years:
            years[int(word)] = index
    return years


@dataclass(frozen=True)
class StateSpec:
    state: ProgressState
    cause: str = ""
    postponed_to: int | None = None


@dataclass
class ActionRow:
    line: int
    key: str
    priority: str
    axis: str
    objective: str
    results: str
    title: str
    description: str = ""
    means: str = ""
    owner: str = ""
    operator: str = ""
    partners: tuple[str, ...] = ()
    remarks: str = ""
    origin: str = ""
    years: dict[int, StateSpec | None] = field(default_factory=dict)


@dataclass
class PlanFile:
    name: str
    header: list[str]
    columns: dict[str, int]
    years: dict[int, int]
    rows: list[ActionRow]


_PLANNED = {"x", "oui", "prevu", "prevue", "prevues", "planifie", "planifiee", "a faire", "programme",
            "programmee", "a venir"}
_IN_PROGRESS = {"en cours", "en cours de realisation", "commence", "commencee", "engage", "engagee", "demarre",
                "demarree", "en partie", "partiellement realise", "partiellement realisee"}
_DONE = {"realise", "realisee", "realisees", "fait", "faite", "termine", "terminee", "acheve", "achevee", "ok"}
_NOT_DONE = {"non realise", "non realisee", "pas realise", "pas realisee", "non fait", "non faite", "abandonne",
             "abandonnee", "non"}
_CAUSE = re.compile(r"^non\s+r[ée]alis[ée]e?s?\s*(?:[:(\-–—]|pour cause d[eu']|[àa] cause d[eu']|du fait d[eu']|cause)?"
                    r"\s*(?P<cause>.+?)\s*\)?\s*$", re.I)
_POSTPONED = re.compile(r"^reportee?s?\s*(?:en|a|au|sur|:)?\s*(\d{4})?\s*$")

STATES_HELP = _l("X, prévue, en cours, réalisée, non réalisée, non réalisée : sa cause, reportée en 2026 "
                 "(ou vide : l'action ne court pas cette année-là)")


def parse_state(cell: str, year: int) -> StateSpec | None | str:
    """A year's cell: its state, None when empty, or a French message saying what is wrong."""
    text = clean_line(cell)
    if not text:
        return None
    word = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text.replace("’", "'"))).split())
    if word in _PLANNED:
        return StateSpec(ProgressState.PLANNED)
    if word in _IN_PROGRESS:
        return StateSpec(ProgressState.IN_PROGRESS)
    if word in _DONE:
        return StateSpec(ProgressState.DONE)
    if word in _NOT_DONE:
        return StateSpec(ProgressState.NOT_DONE)
    cause = _CAUSE.match(text.replace("’", "'"))
    if cause:
        written = cause.group("cause")
        if len(written) > CAUSE_MAX:
            return str(_l("la cause tient en %(n)s caractères.", n=CAUSE_MAX))
        return StateSpec(ProgressState.OUTSIDE_CAUSE, cause=written)
    if word in ("covid", "covid 19", "cause covid", "non realise covid", "non realisee covid"):
        return StateSpec(ProgressState.OUTSIDE_CAUSE, cause="COVID")
    postponed = _POSTPONED.match(word)
    if postponed:
        if postponed.group(1) is None:
            return str(_l("reportée à quelle année ? Écrivez par exemple « reportée en %(y)s ».", y=year + 1))
        if int(postponed.group(1)) <= year:
            return str(_l("une action de %(y)s se reporte à une année suivante.", y=year))
        return StateSpec(ProgressState.POSTPONED, postponed_to=int(postponed.group(1)))
    return str(_l("« %(value)s » n'est pas un état ; les états : %(states)s.", value=text[:60], states=STATES_HELP))


def level_title(value: str) -> str:
    """A level's title without the number the spreadsheet wrote before it."""
    text = clean_line(value)
    stripped = _NUMBERED.sub("", text, count=1)
    return stripped or text


def title_key(text: str) -> str:
    """Two titles that differ only by case, accents or spaces name the same level."""
    return header_word(text)


def header_of(name: str, data: bytes) -> list[str]:
    """The header row of a plan (its first row that is not empty), for choosing its columns."""
    rows = read_rows(PurePath(name or "plan.csv").name, data, MAX_ROWS)
    return next((row for row in rows if any(cell.strip() for cell in row)), [])


def read(name: str, data: bytes, columns: dict[str, int] | None = None) -> PlanFile:
    """The rows of an action plan; raises ImportFailed listing every problem at once. `columns`
    (field -> column index) overrides the columns guessed from the header."""
    name = PurePath(name or "plan.csv").name
    rows = table(name, data, MAX_ROWS)
    header = rows[0]
    chosen = guess_columns(header) if columns is None else {k: v for k, v in columns.items() if 0 <= v < len(header)}
    years = {year: index for year, index in year_columns(header).items() if index not in chosen.values()}
    missing = [f for f in REQUIRED if f not in chosen]
    if missing:
        names = {"axis": _l("l'axe (ou chantier)"), "objective": _l("l'objectif"), "action": _l("l'action")}
        raise ImportFailed([Problem(name, 1, "", str(_l(
            "aucune colonne pour %(what)s : la première ligne doit nommer les colonnes (Axes, Objectifs, Actions, "
            "une colonne par année...), ou choisissez-les ci-dessous.", what=", ".join(str(names[f]) for f in missing))))])

    def column_label(field_name: str) -> str:
        index = chosen.get(field_name, years.get(field_name))
        return str(_l("colonne « %(name)s »", name=clean_line(header[index]) if index is not None else field_name))

    problems: list[Problem] = []
    result: list[ActionRow] = []
    seen: dict[str, int] = {}
    for line, row in enumerate(rows[1:], start=2):
        if not any(value.strip() for value in row):
            continue

        def cell(field_name: str) -> str:
            index = chosen.get(field_name)
            return row[index] if index is not None and index < len(row) else ""

        row_problems: list[Problem] = []

        def bad(field_name, message) -> None:
            row_problems.append(Problem(name, line, column_label(field_name), str(message)))

        values = {}
        for field_name, limit, text in (("priority", TITLE_MAX, False), ("axis", TITLE_MAX, False),
                                        ("objective", TITLE_MAX, False), ("action", TITLE_MAX, False),
                                        ("means", MEANS_MAX, False), ("owner", NAME_MAX, False),
                                        ("operator", NAME_MAX, False), ("origin", ORIGIN_MAX, False),
                                        ("results", TEXT_MAX, True), ("description", TEXT_MAX, True),
                                        ("remarks", TEXT_MAX, True)):
            raw = cell(field_name)
            value = clean_text(raw) if text else (level_title(raw) if field_name in ("priority", "axis", "objective")
                                                  else clean_line(raw))
            if len(value) > limit:
                bad(field_name, _l("%(n)s caractères au plus (il y en a %(count)s).", n=limit, count=len(value)))
            values[field_name] = value
        for field_name, message in (("axis", _l("l'axe de l'action est vide.")),
                                    ("objective", _l("l'objectif de l'action est vide.")),
                                    ("action", _l("l'intitulé de l'action est vide."))):
            if not values[field_name]:
                bad(field_name, message)
        if "priority" in chosen and not values["priority"]:
            bad("priority", _l("l'enjeu de l'action est vide."))
        partners = tuple(p for p in (clean_line(part) for part in re.split(r"[,;\n]", cell("partners"))) if p)
        if any(len(p) > NAME_MAX for p in partners):
            bad("partners", _l("un partenaire tient en %(n)s caractères.", n=NAME_MAX))
        states: dict[int, StateSpec | None] = {}
        for year, index in years.items():
            parsed = parse_state(row[index] if index < len(row) else "", year)
            if isinstance(parsed, str):
                row_problems.append(Problem(name, line, str(_l("colonne « %(name)s »", name=year)), parsed))
            else:
                states[year] = parsed
        key = None
        if cell("key").strip():
            key = normal_key(cell("key"))
            if key is None:
                bad("key", _l("une clé ne contient que des lettres sans accent, des chiffres, - _ ou ."))
        key = key or content_key("a", title_key(values["axis"]), title_key(values["objective"]),
                                 title_key(values["action"]))
        if not row_problems and key in seen:
            bad("action" if "key" not in chosen else "key",
                _l("cette ligne répète l'action de la ligne %(n)s.", n=seen[key]))
        seen.setdefault(key, line)
        if row_problems:
            problems.extend(row_problems)
            continue
        result.append(ActionRow(line=line, key=key, priority=values["priority"], axis=values["axis"],
                                objective=values["objective"], results=values["results"], title=values["action"],
                                description=values["description"], means=values["means"], owner=values["owner"],
                                operator=values["operator"], partners=partners, remarks=values["remarks"],
                                origin=values["origin"], years=states))
    if problems:
        raise ImportFailed(problems)
    if not result:
        raise ImportFailed([Problem(name, 0, "", str(_l("aucune action dans ce fichier : une ligne par action, après "
                                                         "la ligne des noms de colonnes.")))])
    return PlanFile(name, header, chosen, years, result)
