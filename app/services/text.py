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
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

ALLOWED_TAGS = frozenset(
    {"p", "br", "strong", "em", "a", "ul", "ol", "li", "blockquote", "code", "pre",
     "h2", "h3", "h4", "h5", "h6", "hr", "del"}
)
ALLOWED_ATTRIBUTES = {"a": ["href", "title", "rel"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})

# Bidirectional overrides and isolates can make text read differently from what it is.
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")


def _set_link_rel(attrs, new=False):
    href_key = (None, "href")
    if href_key in attrs:
        attrs[(None, "rel")] = "nofollow ugc noopener"
    return attrs


_cleaner = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
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


def clean_line(text: str | None) -> str:
    """A one-line field (title, name, place): Unicode normalised, controls removed, spaces collapsed."""
    if not text:
        return ""
    return _SPACES.sub(" ", _strip_controls(text.replace("\r", " ").replace("\n", " "), False)).strip()


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


class _Concerto(Extension):
    def extendMarkdown(self, md):
        md.treeprocessors.register(_HeadingLevels(md), "concerto_heading_levels", 5)


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


@lru_cache(maxsize=2048)
def _words(source: str) -> str:
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
