"""User text: normalisation on the way in, Markdown to sanitised HTML on the way out.

This is the only module that calls bleach, and the only producer of trusted HTML from user text.
"""
import html
import re
import threading
import unicodedata
from functools import lru_cache

import xml.etree.ElementTree as etree  # nosec B405: builds elements for Markdown, parses nothing
from dataclasses import dataclass

import bleach
import markdown
from bleach.linkifier import LinkifyFilter
from flask_babel import gettext
from markdown.blockprocessors import BlockProcessor, HashHeaderProcessor
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

ALLOWED_TAGS = frozenset(
    {"p", "br", "strong", "em", "a", "ul", "ol", "li", "blockquote", "code", "pre",
     "h2", "h3", "h4", "h5", "h6", "hr", "del", "img", "section", "span"}
)
# The classes this module puts on what it writes (references and live blocks): the only ones kept.
ALLOWED_CLASSES = frozenset({"ref", "live-block", "live-block--missing", "live-block__title", "live-block__items",
                             "live-block__by", "live-block__likes", "live-block__meta", "live-block__empty"})
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})


def _site_path(value: str) -> bool:
    """A path of this site ("/c/…"), never another host ("//host", "/\\host") nor a scheme."""
    return value.startswith("/") and not value.startswith(("//", "/\\")) and ":" not in value.split("/", 2)[1]


def _allowed_attribute(tag: str, name: str, value: str) -> bool:
    if name == "class":
        return value in ALLOWED_CLASSES
    if tag == "a":
        return name in ("href", "title", "rel")
    if tag == "img":  # images of this site only: the CSP refuses others, and they would tell a third party who reads
        return name == "alt" or (name == "src" and _site_path(value))
    return False

# Bidirectional overrides and isolates can make text read differently from what it is.
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
# Letters and symbols that show nothing (Hangul fillers, the blank Braille pattern).
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def _set_link_rel(attrs, new=False):
    href_key = (None, "href")
    if href_key in attrs:
        attrs[(None, "rel")] = "nofollow ugc noopener"
    return attrs


class _Cleaners(threading.local):
    """This thread's cleaners: a bleach Cleaner keeps its parser's state while it cleans, so two
    threads of one worker (gthread, on PostgreSQL) must never share one (they corrupted each
    other's tree: IndexError and ValueError in html5lib, a 500)."""

    def __init__(self):
        self.rich = bleach.Cleaner(
            tags=ALLOWED_TAGS,
            attributes=_allowed_attribute,
            protocols=ALLOWED_PROTOCOLS,
            strip=False,
            strip_comments=True,
            filters=[lambda source: LinkifyFilter(source, callbacks=[_set_link_rel], parse_email=False)],
        )
        self.plain = bleach.Cleaner(tags=frozenset(), attributes={}, strip=True, strip_comments=True)


_cleaners = _Cleaners()


def _strip_controls(text: str, keep_newlines: bool) -> str:
    text = unicodedata.normalize("NFC", text).translate(_BIDI_CONTROLS)
    keep = "\n\t" if keep_newlines else ""
    return "".join(ch for ch in text if ch in keep or unicodedata.category(ch) not in ("Cc", "Cs", "Co"))


def is_visible(text: str) -> bool:
    """True when the text shows at least one character (not only spaces, zero-width or format
    characters such as U+200B, U+2060, U+FEFF, nor blank letters)."""
    return any(unicodedata.category(ch)[0] not in "ZC" and ch not in _BLANK_LETTERS for ch in text)


def clean_line(text: str | None) -> str:
    """A one-line field (title, name, place): Unicode normalised, controls removed, spaces collapsed;
    empty when nothing in it would show (a title of zero-width spaces is no title)."""
    if not text:
        return ""
    line = _SPACES.sub(" ", _strip_controls(text.replace("\r", " ").replace("\n", " "), False)).strip()
    return line if is_visible(line) else ""


def clean_text(text: str | None) -> str:
    """A multi-line field (Markdown source): normalised, controls removed, line ends unified."""
    if not text:
        return ""
    return _strip_controls(text.replace("\r\n", "\n").replace("\r", "\n"), True).strip()


class _HeadingLevels(Treeprocessor):
    """User headings start at <h2> whatever level the author began with (the page has the <h1>),
    so that the outline of the page never skips a level."""

    TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")

    def run(self, root):
        headings = [element for element in root.iter() if element.tag in self.TAGS]
        if headings:
            shift = 2 - min(int(element.tag[1]) for element in headings)
            for element in headings:
                element.tag = f"h{min(6, int(element.tag[1]) + shift)}"


class _Images(Treeprocessor):
    """An image of this site shows, fitted to the column; any other becomes a link to it (https)
    or its alternative text: the page never loads from another host."""

    def run(self, root):
        for parent in list(root.iter()):
            for element in [child for child in parent if child.tag == "img"]:
                source, alt = element.get("src", ""), element.get("alt", "").strip()
                if _site_path(source):
                    element.attrib = {"src": source, "alt": alt}
                elif source.startswith("https://"):
                    element.tag, element.attrib = "a", {"href": source}
                    element.text = gettext("Image : %(alt)s", alt=alt) if alt else gettext("Image")
                else:
                    _replace_by_text(parent, element, alt)


def _replace_by_text(parent, element, text: str) -> None:
    """Put `text` (and the element's tail) where the element was."""
    text += element.tail or ""
    index = list(parent).index(element)
    if index:
        previous = parent[index - 1]
        previous.tail = (previous.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
    parent.remove(element)


# -- references to contributions (#123) and live blocks ------------------------------------------

REFERENCE = re.compile(r"(?<![\w&#/])#(\d{1,9})\b")
DIRECTIVE = re.compile(r"\[\[\s*(plus-aimees|gommettes)((?:\s+[a-z]+=[A-Za-z0-9._-]+)*)\s*\]\]")
BLOCK_KINDS = {"plus-aimees": "likes", "gommettes": "dots"}


@dataclass(frozen=True)
class Reference:
    """What `#123` links to: a visible contribution of the consultation, with its title."""
    href: str
    title: str


@dataclass(frozen=True)
class BlockItem:
    href: str
    title: str
    by: str
    likes: str  # "12 j'aime"


@dataclass(frozen=True)
class Block:
    """A live block as the page shows it: computed from live data, or frozen at publication."""
    title: str
    items: tuple[BlockItem, ...]
    meta: str = ""       # "État au 4 novembre 2026", or "Calculé en direct…"
    missing: str = ""    # why the directive points at nothing (a mission key that is not there)
    empty: str = ""      # "Aucune contribution pour l'instant."


@dataclass(frozen=True)
class Directive:
    """`[[plus-aimees mission=perimetre nombre=3]]`: the most liked contributions of a mission, a
    workshop (atelier=key) or, with neither, of the report's workshop or consultation.
    `[[gommettes mission=vendre]]`: the result of the mission's last dot vote (kind "dots")."""
    source: str
    mission: str | None = None
    workshop: str | None = None
    count: int = 5
    kind: str = "likes"


def reference_ids(source: str | None) -> set[int]:
    """The numbers a Markdown text refers to with #123 (to look their titles up in one query)."""
    return {int(number) for number in REFERENCE.findall(source or "")}


def directives(source: str | None) -> list[Directive]:
    """The live blocks a Markdown text asks for, each on a line of its own; unreadable ones are left out."""
    found = []
    for line in (source or "").split("\n"):
        match = DIRECTIVE.fullmatch(line.strip())
        if not match:
            continue
        arguments = dict(part.split("=", 1) for part in match.group(2).split())
        count = arguments.pop("nombre", "5")
        mission, workshop = arguments.pop("mission", None), arguments.pop("atelier", None)
        if arguments or not count.isdigit() or not 1 <= int(count) <= 20:
            continue
        found.append(Directive(" ".join(line.split()), mission, workshop, int(count), BLOCK_KINDS[match.group(1)]))
    return found


class _LiveBlocks(BlockProcessor):
    """A paragraph that is a live block's directive becomes the block given for it."""

    def __init__(self, parser, blocks: dict[str, Block]):
        super().__init__(parser)
        self.blocks = blocks

    def test(self, parent, block):
        return bool(self.blocks) and " ".join(block.split()) in self.blocks

    def run(self, parent, blocks):
        block = self.blocks[" ".join(blocks.pop(0).split())]
        section = etree.SubElement(parent, "section", {"class": "live-block" + (" live-block--missing" if block.missing
                                                                              else "")})
        title = etree.SubElement(section, "p", {"class": "live-block__title"})
        title.text = block.title
        if block.missing:
            etree.SubElement(section, "p", {"class": "live-block__empty"}).text = block.missing
            return
        if not block.items:
            etree.SubElement(section, "p", {"class": "live-block__empty"}).text = block.empty
        else:
            items = etree.SubElement(section, "ol", {"class": "live-block__items"})
            for item in block.items:
                line = etree.SubElement(items, "li")
                link = etree.SubElement(line, "a", {"href": item.href})
                link.text = item.title
                link.tail = " "
                by = etree.SubElement(line, "span", {"class": "live-block__by"})
                by.text = item.by
                by.tail = " "
                etree.SubElement(line, "span", {"class": "live-block__likes"}).text = item.likes
        if block.meta:
            etree.SubElement(section, "p", {"class": "live-block__meta"}).text = block.meta


class _References(Treeprocessor):
    """#123 becomes a link to contribution 123 with its title, when it is one of `references`;
    never inside a link or code."""

    SKIP = ("a", "code", "pre")

    def __init__(self, md, references: dict[int, Reference]):
        super().__init__(md)
        self.references = references

    def run(self, root):
        if self.references:
            self._walk(root)

    def _walk(self, element):
        if element.tag in self.SKIP:
            return
        element.text = self._split(element.text, element, 0)
        for child in list(element):
            self._walk(child)
            child.tail = self._split(child.tail, element, list(element).index(child) + 1)

    def _split(self, text, parent, index):
        """The text before the first reference; links (and the text between them) inserted at index."""
        if not text or "#" not in text:
            return text
        pieces = REFERENCE.split(text)  # text, number, text, number, text...
        if len(pieces) == 1:
            return text
        head, previous = pieces[0], None
        for number, after in zip(pieces[1::2], pieces[2::2], strict=True):
            reference = self.references.get(int(number))
            if reference is None:
                if previous is None:
                    head += f"#{number}{after}"
                else:
                    previous.tail += f"#{number}{after}"
                continue
            link = etree.Element("a", {"href": reference.href, "class": "ref"})
            link.text = f"#{number} « {reference.title} »"
            link.tail = after
            parent.insert(index, link)
            index += 1
            previous = link
        return head


class _HashHeaders(HashHeaderProcessor):
    """A heading is # and a space (as in CommonMark): "#12 a été retenue" is a reference, not a title."""
    RE = re.compile(r"(?:^|\n)(?P<level>#{1,6})(?=[ \t]|\n|$)(?P<header>(?:\\.|[^\\])*?)#*(?:\n|$)")


class _Concerto(Extension):
    def __init__(self, references=None, blocks=None):
        super().__init__()
        self.references = references or {}
        self.blocks = blocks or {}

    def extendMarkdown(self, md):
        md.parser.blockprocessors.register(_HashHeaders(md.parser), "hashheader", 70)
        md.parser.blockprocessors.register(_LiveBlocks(md.parser, self.blocks), "concerto_live_blocks", 75)
        md.treeprocessors.register(_HeadingLevels(md), "concerto_heading_levels", 5)
        md.treeprocessors.register(_Images(md), "concerto_images", 4)
        md.treeprocessors.register(_References(md, self.references), "concerto_references", 3)


@lru_cache(maxsize=2048)
def _render(source: str, references: tuple = (), blocks: tuple = ()) -> str:
    extension = _Concerto(dict(references), dict(blocks))
    html = markdown.markdown(source, extensions=["sane_lists", extension], output_format="html")
    return _cleaners.rich.clean(html)


def template_output(html: str) -> Markup:
    """What our own templates rendered (autoescaped), given back as HTML: the pieces of pages kept in
    the cache (app/cache.py). Never for text from anywhere else."""
    return Markup(html)  # nosec B704


def render_markdown(source: str | None, references: dict[int, Reference] | None = None,
                    blocks: dict[str, Block] | None = None) -> Markup:
    """Markdown source to HTML that is safe to insert in a page. `references`: the contributions
    that #123 may link to; `blocks`: the live blocks for the directives of the text."""
    if not source:
        return Markup("")
    known = tuple(sorted((number, ref) for number, ref in (references or {}).items()
                         if f"#{number}" in source))
    # Bleach-sanitised in _render: the one door for user HTML.
    return Markup(_render(source, known, tuple(sorted((blocks or {}).items()))))  # nosec B704


# A text with none of these is its own plain text: no Markdown or HTML to render (most post-its).
_MARKUP = re.compile(r"[*_`#<>\[\]!\\&~|]|^\s*(?:[-+=]|\d+[.)])", re.M)


@lru_cache(maxsize=2048)
def _words(source: str) -> str:
    if not _MARKUP.search(source):
        return " ".join(source.split())
    return " ".join(html.unescape(_cleaners.plain.clean(_render(source))).split())


def plain_text(source: str | None, length: int | None = None) -> str:
    """The words of a Markdown text without its markup, cut at a word boundary (for cards and e-mails)."""
    if not source:
        return ""
    text = _words(source)
    if length is not None and len(text) > length:
        cut = text[: length + 1].rsplit(" ", 1)[0].rstrip(" ,;:.!?—-")
        text = (cut or text[:length]) + "…"
    return text


def sort_key(text: str, max_length: int = 80) -> str:
    """'Élodie Fargier' -> 'elodie fargier': the order of names as a French reader expects it."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(folded.split())[:max_length]


def slugify(text: str, max_length: int = 60) -> str:
    """'Assises du tourisme — Uzès' -> 'assises-du-tourisme-uzes'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_length].rstrip("-")
