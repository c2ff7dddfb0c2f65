"""User text: normalisation on the way in, Markdown to sanitised HTML on the way out.

This is the only module that calls bleach, and the only producer of trusted HTML from user text.
"""
import html
import re
import unicodedata
from functools import lru_cache

import bleach
import markdown
from bleach.linkifier import LinkifyFilter
from flask_babel import gettext
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

ALLOWED_TAGS = frozenset(
    {"p", "br", "strong", "em", "a", "ul", "ol", "li", "blockquote", "code", "pre",
     "h2", "h3", "h4", "h5", "h6", "hr", "del", "img"}
)
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})


def _site_path(value: str) -> bool:
    """A path of this site ("/c/…"), never another host ("//host", "/\\host") nor a scheme."""
    return value.startswith("/") and not value.startswith(("//", "/\\")) and ":" not in value.split("/", 2)[1]


def _allowed_attribute(tag: str, name: str, value: str) -> bool:
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


_cleaner = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=_allowed_attribute,
    protocols=ALLOWED_PROTOCOLS,
    strip=False,
    strip_comments=True,
    filters=[lambda source: LinkifyFilter(source, callbacks=[_set_link_rel], parse_email=False)],
)
_plain = bleach.Cleaner(tags=frozenset(), attributes={}, strip=True, strip_comments=True)


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


class _Concerto(Extension):
    def extendMarkdown(self, md):
        md.treeprocessors.register(_HeadingLevels(md), "concerto_heading_levels", 5)
        md.treeprocessors.register(_Images(md), "concerto_images", 4)


@lru_cache(maxsize=2048)
def _render(source: str) -> str:
    html = markdown.markdown(source, extensions=["sane_lists", _Concerto()], output_format="html")
    return _cleaner.clean(html)


def render_markdown(source: str | None) -> Markup:
    """Markdown source to HTML that is safe to insert in a page."""
    if not source:
        return Markup("")
    # Bleach-sanitised just above: the one door for user HTML.
    return Markup(_render(source))  # nosec B704


# A text with none of these is its own plain text: no Markdown or HTML to render (most post-its).
_MARKUP = re.compile(r"[*_`#<>\[\]!\\&~|]|^\s*(?:[-+=]|\d+[.)])", re.M)


@lru_cache(maxsize=2048)
def _words(source: str) -> str:
    if not _MARKUP.search(source):
        return " ".join(source.split())
    return " ".join(html.unescape(_plain.clean(_render(source))).split())


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
