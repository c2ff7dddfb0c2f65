"""Workshop files (workshops/README.md): Markdown with a YAML front matter, read and written back.

`read(name, data)` checks everything the file alone can tell and raises ImportFailed with every
problem at once, each with its line (the YAML is composed into nodes, which keep their marks, and
every scalar is read as text: "oui", "14:00" or "2022-11-04" never change type behind the
facilitator's back). `write(spec)` writes the canonical form: write(read(write(s))) == write(s).
"""
import json
import re
import unicodedata
from pathlib import PurePath

import yaml
from flask_babel import lazy_gettext as _l

from ...models import WorkshopStatus
from ..dates import DateError, format_day, format_time, parse_date, parse_time
from ..text import clean_line, clean_text, slugify
from . import (
    AUTHOR_MAX,
    GROUP_MAX,
    THEME_MAX,
    ImportFailed,
    MissionSpec,
    PostItSpec,
    Problem,
    WorkshopSpec,
    auto_title,
    content_key,
    normal_key,
    split_themes,
)

TITLE_MAX, PLACE_MAX, MISSION_TITLE_MAX, POST_IT_TITLE_MAX, TEXT_MAX = 160, 160, 200, 140, 5000

_Loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)  # libyaml when there, every scalar a string

WORKSHOP_FIELDS = ("cle", "titre", "date", "heure", "lieu", "statut", "missions", "contributions")
MISSION_FIELDS = ("cle", "titre", "ouverte", "consigne", "contributions")
POST_IT_FIELDS = ("cle", "groupe", "auteur", "titre", "texte", "themes")

STATUSES = {
    "brouillon": WorkshopStatus.DRAFT, "draft": WorkshopStatus.DRAFT,
    "annonce": WorkshopStatus.ANNOUNCED, "announced": WorkshopStatus.ANNOUNCED,
    "ouvert": WorkshopStatus.OPEN, "ouvert aux contributions": WorkshopStatus.OPEN, "open": WorkshopStatus.OPEN,
    "clos": WorkshopStatus.CLOSED, "close": WorkshopStatus.CLOSED, "closed": WorkshopStatus.CLOSED,
}
STATUS_WORDS = {WorkshopStatus.DRAFT: "brouillon", WorkshopStatus.ANNOUNCED: "annoncé",
                WorkshopStatus.OPEN: "ouvert", WorkshopStatus.CLOSED: "clos"}
YES, NO = {"oui", "o", "vrai", "true", "yes", "1"}, {"non", "n", "faux", "false", "no", "0"}

# What libyaml says, and what a facilitator should read instead.
_YAML_PROBLEMS = (
    ("mapping values are not allowed", _l("un texte qui contient « : » (deux-points suivi d'une espace) s'écrit "
                                          "entre guillemets")),
    ("tab character", _l("une tabulation : décalez les lignes avec des espaces")),
    ("cannot start any token", _l("caractère inattendu (un texte qui commence par @ ou ` s'écrit entre guillemets)")),
    ("expected ',' or ']'", _l("une liste entre crochets n'est pas fermée par « ] »")),
    ("could not find expected ':'", _l("une ligne n'a pas la forme « champ: valeur »")),
    ("did not find expected key", _l("le décalage de cette ligne ne correspond pas à celui des lignes voisines")),
    ("did not find expected '-' indicator", _l("le décalage de cette ligne ne correspond pas à la liste qui précède")),
    ("found unexpected end of stream", _l("des guillemets ouverts ne sont jamais fermés")),
    ("found undefined alias", _l("un texte qui commence par * s'écrit entre guillemets")),
    ("expected alphabetic or numeric character", _l("un texte qui commence par * ou & s'écrit entre guillemets")),
)


def _fold(name: str) -> str:
    """'Clé' -> 'cle', 'Thèmes' -> 'themes': field names are read without accents or capitals."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").strip().lower()


class _Reader:
    def __init__(self, name: str):
        self.name = name
        self.problems: list[Problem] = []
        self.offset = 2  # the front matter starts on the file's second line

    def problem(self, node_or_line, where: str, message) -> None:
        line = node_or_line if isinstance(node_or_line, int) else node_or_line.start_mark.line + self.offset
        self.problems.append(Problem(self.name, line, where, str(message)))

    # -- the node tree ----------------------------------------------------------------------
    def mapping(self, node, where: str, allowed: tuple[str, ...]) -> dict:
        """{folded field name: (key node, value node)} of a mapping node, checking its fields."""
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, where, _l("on attend des champs « nom: valeur » ici."))
            return {}
        fields: dict = {}
        for key_node, value_node in node.value:
            name = _fold(key_node.value) if isinstance(key_node, yaml.ScalarNode) else ""
            label = f"{where}, {name}" if where else name
            if name not in allowed:
                self.problem(key_node, label or where, _l("champ « %(name)s » inconnu (champs possibles : %(fields)s).",
                                                          name=getattr(key_node, "value", "?"), fields=", ".join(allowed)))
            elif name in fields:
                self.problem(key_node, label, _l("champ en double (déjà ligne %(n)s).",
                                                 n=fields[name][0].start_mark.line + self.offset))
            else:
                fields[name] = (key_node, value_node)
        return fields

    def text(self, fields: dict, name: str, where: str, limit: int | None = None, line: bool = True,
             required: bool = False) -> str:
        if name not in fields:
            if required:
                self.problem(self._line_of(fields), self._label(where, name), _l("champ obligatoire."))
            return ""
        node = fields[name][1]
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, self._label(where, name), _l("on attend un texte ici."))
            return ""
        value = clean_line(node.value) if line else clean_text(node.value)
        if required and not value:
            self.problem(node, self._label(where, name), _l("champ obligatoire."))
        if limit and len(value) > limit:
            self.problem(node, self._label(where, name), _l("%(n)s caractères au plus (il y en a %(count)s).",
                                                            n=limit, count=len(value)))
        return value

    def key(self, fields: dict, where: str) -> str | None:
        if "cle" not in fields:
            return None
        node = fields["cle"][1]
        value = node.value if isinstance(node, yaml.ScalarNode) else ""
        key = normal_key(value)
        if key is None:
            self.problem(node, self._label(where, "cle"), _l("la clé « %(key)s » ne peut contenir que des lettres "
                                                             "sans accent, des chiffres, - _ ou . (80 signes au plus).",
                                                             key=clean_line(value)[:80]))
        return key

    def sequence(self, fields: dict, name: str, where: str) -> list:
        if name not in fields:
            return []
        node = fields[name][1]
        if isinstance(node, yaml.ScalarNode) and not node.value.strip():
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, self._label(where, name), _l("on attend une liste ici (lignes commençant par « - »)."))
            return []
        return node.value

    def themes(self, fields: dict, where: str) -> tuple[str, ...]:
        if "themes" not in fields:
            return ()
        node = fields["themes"][1]
        if isinstance(node, yaml.ScalarNode):
            names = split_themes(node.value)
        elif isinstance(node, yaml.SequenceNode) and all(isinstance(n, yaml.ScalarNode) for n in node.value):
            folded: dict[str, str] = {}
            for item in node.value:  # in a list, each item is one theme, commas included
                name = clean_line(item.value)
                if name:
                    folded.setdefault(name.lower(), name)
            names = tuple(folded.values())
        else:
            self.problem(node, self._label(where, "themes"), _l("on attend une liste de thèmes."))
            return ()
        for name in names:
            if len(name) > THEME_MAX:
                self.problem(node, self._label(where, "themes"), _l("un thème fait %(n)s caractères au plus.", n=THEME_MAX))
        return names

    @staticmethod
    def _label(where: str, name: str) -> str:
        return f"{where}, {name}" if where else name

    def _line_of(self, fields: dict) -> int:
        nodes = [key for key, _ in fields.values()]
        return nodes[0].start_mark.line + self.offset if nodes else self.offset


def _split(name: str, text: str) -> tuple[str, str, int]:
    """(front matter, Markdown after it, the line where the Markdown starts); raises ImportFailed."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise ImportFailed([Problem(name, 1, "", str(_l("le fichier doit commencer par une ligne « --- », suivie de "
                                                          "l'en-tête puis d'une autre ligne « --- ».")))])
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1:]), index + 2
    raise ImportFailed([Problem(name, len(lines), "", str(_l("l'en-tête n'est jamais fermé par une ligne « --- ».")))])


def _decode(name: str, data: bytes | str) -> str:
    if isinstance(data, str):
        return data.replace("\r\n", "\n").replace("\r", "\n")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportFailed([Problem(name, line, "", str(_l("le fichier n'est pas enregistré en UTF-8 (réenregistrez-le "
                                                             "en UTF-8 depuis votre éditeur).")))]) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read(name: str, data: bytes | str) -> WorkshopSpec:
    """The workshop a file describes; raises ImportFailed with every problem found."""
    name = PurePath(name or "atelier.md").name
    front, markdown, _ = _split(name, _decode(name, data))
    reader = _Reader(name)
    try:
        root = yaml.compose(front, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = str(error.problem or "")
        message = next((text for needle, text in _YAML_PROBLEMS if needle in problem),
                       _l("mise en forme YAML incorrecte (vérifiez le décalage et les guillemets)"))
        raise ImportFailed([Problem(name, (mark.line + 2) if mark else 1, "", str(message) + ".")]) from None
    if root is None:
        raise ImportFailed([Problem(name, 2, "", str(_l("l'en-tête est vide : il faut au moins un titre.")))])
    fields = reader.mapping(root, "", WORKSHOP_FIELDS)
    spec = WorkshopSpec(key="", title=reader.text(fields, "titre", "", TITLE_MAX, required=True), file=name)
    spec.key = reader.key(fields, "") or slugify(PurePath(name).stem, max_length=60) or "atelier"
    spec.place = reader.text(fields, "lieu", "", PLACE_MAX)
    spec.description = clean_text(markdown)
    for field_name, parse, attribute in (("date", parse_date, "starts_on"), ("heure", parse_time, "start_time")):
        value = reader.text(fields, field_name, "")
        if value:
            try:
                setattr(spec, attribute, parse(value))
            except DateError as error:
                reader.problem(fields[field_name][1], field_name, str(error))
    status = reader.text(fields, "statut", "")
    if status:
        folded = _fold(status)
        if folded in STATUSES:
            spec.status = STATUSES[folded]
        else:
            reader.problem(fields["statut"][1], "statut", _l("« %(value)s » n'est pas un statut : brouillon, annoncé, "
                                                             "ouvert ou clos.", value=status))
    if spec.start_time and not spec.starts_on:
        reader.problem(fields["heure"][1], "heure", _l("une heure sans date : ajoutez la date."))

    seen_missions: dict[str, int] = {}
    seen_post_its: dict[str, int] = {}
    for index, node in enumerate(reader.sequence(fields, "missions", ""), start=1):
        where = str(_l("missions %(n)s", n=index))
        mission_fields = reader.mapping(node, where, MISSION_FIELDS)
        title = reader.text(mission_fields, "titre", where, MISSION_TITLE_MAX, required=True)
        if not mission_fields and not isinstance(node, yaml.MappingNode):
            continue
        key = reader.key(mission_fields, where)
        line = node.start_mark.line + reader.offset
        if key is None and "cle" in mission_fields:  # a key that cannot be read: said once, above
            key = f"cle-illisible-{index}"
        key = key or slugify(title, max_length=40) or f"mission-{index}"
        if key in seen_missions:
            reader.problem(line, f"{where}, cle", _l("la mission « %(key)s » figure deux fois (déjà ligne %(n)s) : "
                                                     "donnez-lui une autre clé.", key=key, n=seen_missions[key]))
        seen_missions.setdefault(key, line)
        is_open = True
        opened = reader.text(mission_fields, "ouverte", where)
        if opened:
            if _fold(opened) in YES | NO:
                is_open = _fold(opened) in YES
            else:
                reader.problem(mission_fields["ouverte"][1], f"{where}, ouverte",
                               _l("« %(value)s » : écrivez oui ou non.", value=opened))
        spec.missions.append(MissionSpec(key, title, reader.text(mission_fields, "consigne", where, 20000, line=False),
                                         is_open, line))
        _read_post_its(reader, reader.sequence(mission_fields, "contributions", where), f"{where}, contributions", key,
                       spec.post_its, seen_post_its)
    _read_post_its(reader, reader.sequence(fields, "contributions", ""), "contributions", None, spec.post_its,
                   seen_post_its)
    if reader.problems:
        raise ImportFailed(sorted(reader.problems, key=lambda problem: problem.line))
    return spec


def _read_post_its(reader: _Reader, nodes: list, where: str, mission_key: str | None, into: list[PostItSpec],
                   seen: dict[str, int]) -> None:
    for index, node in enumerate(nodes, start=1):
        here = f"{where} {index}"
        fields = reader.mapping(node, here, POST_IT_FIELDS)
        if not fields and not isinstance(node, yaml.MappingNode):
            continue
        text = reader.text(fields, "texte", here, TEXT_MAX, line=False, required=True)
        group = reader.text(fields, "groupe", here, GROUP_MAX)
        line = node.start_mark.line + reader.offset
        key = reader.key(fields, here)
        if key is None and "cle" in fields:
            key = f"cle-illisible-{line}"
        key = key or content_key("k", mission_key or "", group, text)
        if key in seen:
            reader.problem(line, f"{here}, cle", _l("la clé « %(key)s » est déjà prise ligne %(n)s.", key=key,
                                                    n=seen[key]) if "cle" in fields else
                           _l("le même post-it figure deux fois (déjà ligne %(n)s) : donnez-leur une clé.", n=seen[key]))
        seen.setdefault(key, line)
        into.append(PostItSpec(key=key, text=text, title=reader.text(fields, "titre", here, POST_IT_TITLE_MAX),
                               group=group, author=reader.text(fields, "auteur", here, AUTHOR_MAX),
                               themes=reader.themes(fields, here), mission_key=mission_key, line=line))


# -- writing --------------------------------------------------------------------------------

_NEEDS_QUOTES = re.compile(r": |\s#|:$|^[-?:,\[\]{}#&*!|>'\"%@`]|^\s|\s$|^(~|null|true|false|yes|no|on|off)$", re.I)


_YAML_BREAKS = ("\u2028", "\u2029", "\x85")  # line breaks to YAML, not to Python's str.split("\n")


def _scalar(value: str, flow: bool = False) -> str:
    """A value on one line: plain when YAML reads it back as the same text, else double-quoted."""
    if value and not _NEEDS_QUOTES.search(value) and not (flow and re.search(r"[,\[\]{}]", value)) \
            and value.isprintable():
        return value
    quoted = json.dumps(value, ensure_ascii=False)
    for character in _YAML_BREAKS:
        quoted = quoted.replace(character, f"\\u{ord(character):04x}")
    return quoted


def _entry(lines: list[str], indent: str, name: str, value: str) -> None:
    """`name: value`, as a block (|) when the value has several lines."""
    if "\n" in value and not any(character in value for character in _YAML_BREAKS):
        lines.append(f"{indent}{name}: |")
        lines.extend(f"{indent}  {line}" if line else "" for line in value.split("\n"))
    else:
        lines.append(f"{indent}{name}: {_scalar(value)}")


def _post_it(lines: list[str], indent: str, post_it: PostItSpec) -> None:
    lines.append(f"{indent}- cle: {post_it.key}")
    inner = indent + "  "
    for name, value in (("groupe", post_it.group), ("auteur", post_it.author)):
        if value:
            _entry(lines, inner, name, value)
    if post_it.title and post_it.title != auto_title(post_it.text):
        _entry(lines, inner, "titre", post_it.title)
    _entry(lines, inner, "texte", post_it.text)
    if post_it.themes:
        lines.append(f"{inner}themes: [{', '.join(_scalar(theme, flow=True) for theme in post_it.themes)}]")


def write(spec: WorkshopSpec) -> str:
    """The canonical text of a workshop file."""
    lines = ["---", f"cle: {spec.key}"]
    _entry(lines, "", "titre", spec.title)
    if spec.starts_on:
        lines.append(f"date: {format_day(spec.starts_on)}")
    if spec.start_time:
        lines.append(f"heure: {format_time(spec.start_time)}")
    if spec.place:
        _entry(lines, "", "lieu", spec.place)
    lines.append(f"statut: {STATUS_WORDS[spec.status]}")
    by_mission: dict[str | None, list[PostItSpec]] = {}
    for post_it in spec.post_its:
        by_mission.setdefault(post_it.mission_key, []).append(post_it)
    if spec.missions:
        lines.append("missions:")
    for mission in spec.missions:
        lines.append(f"  - cle: {mission.key}")
        _entry(lines, "    ", "titre", mission.title)
        lines.append(f"    ouverte: {'oui' if mission.is_open else 'non'}")
        if mission.instructions:
            _entry(lines, "    ", "consigne", mission.instructions)
        if by_mission.get(mission.key):
            lines.append("    contributions:")
            for post_it in by_mission[mission.key]:
                _post_it(lines, "      ", post_it)
    if by_mission.get(None):
        lines.append("contributions:")
        for post_it in by_mission[None]:
            _post_it(lines, "  ", post_it)
    lines.append("---")
    if spec.description:
        lines += ["", spec.description]
    return "\n".join(lines) + "\n"
