"""Documents out: a published report (minutes or synthesis) as a DOCX file, and the pieces every
DOCX of the platform shares (an A4 page in French with its footer, a title block, sanitised HTML
written as Word paragraphs), used by services.plan_documents for the strategy's documents.

`report_docx` is a pure function: it takes plain strings (already formatted in French) and the
sanitised HTML of the report body (from `services/text.py`), and returns the bytes of the file. It
fetches nothing: images become a line with a link to them.
"""
import html
import io
import re
from dataclasses import dataclass, replace
from posixpath import basename
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit

import lxml.html
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_UNDERLINE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Twips
from docx.text.paragraph import Paragraph

LABELS = {
    "workshop": "Atelier",
    "authors": "Rédaction",
    "attachments": "Pièces jointes",
    "page": "page",
    "image": "Image",
    "image_fallback": "image",
}

DOCX_MIMETYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
LANGUAGE = "fr-FR"
MONOSPACE = "Courier New"
GREY = RGBColor(0x59, 0x59, 0x59)
LINK_BLUE = RGBColor(0x05, 0x63, 0xC1)
SEPARATOR = " — "
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
CORE_PROPERTY_MAX = 255
MAX_DEPTH = 60
LIST_LEVELS = 3

HEADING_LEVELS = {"h1": 1, "h2": 1, "h3": 2, "h4": 3, "h5": 4, "h6": 4}
BLOCK_CONTAINERS = frozenset({
    "div", "section", "article", "aside", "header", "footer", "main", "nav", "figure",
    "figcaption", "details", "summary", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
    "dl", "dt", "dd", "address", "body", "html",
})
BOLD_TAGS = frozenset({"strong", "b"})
ITALIC_TAGS = frozenset({"em", "i", "cite", "var"})
STRIKE_TAGS = frozenset({"del", "s", "strike"})
CODE_TAGS = frozenset({"code", "kbd", "samp", "tt"})

# Characters XML 1.0 cannot hold: C0 controls but tab, newline and carriage return; surrogates; U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CHARACTER_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")
_HTML_SPACES = re.compile(r"[ \t\n\r\f]+")
_TAG = re.compile(r"<[^>]*>")
# Children of <w:pPr> that come after <w:pBdr>, in schema order (python-docx knows no pBdr nor shd).
_AFTER_BORDER = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
    "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
    "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)


@dataclass(frozen=True)
class ReportDocument:
    """What a report file shows; every string is already formatted for a French reader."""

    consultation_title: str
    territory: str
    kind_label: str
    title: str
    workshop_title: str
    workshop_when: str
    workshop_place: str
    authors: str
    published: str
    body_html: str
    base_url: str
    attachments: tuple[tuple[str, str], ...] = ()
    generated: str = ""


def report_docx(document: ReportDocument) -> bytes:
    """The report as the bytes of a DOCX file (A4, French, a footer with the page number)."""
    doc = Document()
    _add_link_style(doc)
    styles = _Styles(doc)
    _set_up(doc, document, styles)
    _title_block(doc, document, styles)
    _Body(doc, document.base_url, styles).render(document.body_html)
    _attachments(doc, document, styles)
    if document.generated.strip():
        _muted_line(doc, document.generated)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


# -- pieces shared by every document ---------------------------------------------------------------

def a4_document(title: str, subject: str, keywords: str, category: str, author: str = "",
                landscape: bool = False):
    """A new A4 document in French (its core properties, its footer with the subject and the page
    number); returns the document and its styles."""
    doc = Document()
    _add_link_style(doc)
    styles = _Styles(doc)
    _page(doc, styles, subject, landscape)
    _properties(doc, title, subject, author, category, keywords)
    return doc, styles


def title_lines(doc, styles, consultation_title: str, territory: str, title: str, subtitle: str = "") -> None:
    """The consultation and territory in small capitals, the title, a subtitle."""
    _title_block(doc, ReportDocument(consultation_title=consultation_title, territory=territory, kind_label="",
                                     title=title, workshop_title="", workshop_when="", workshop_place="",
                                     authors="", published=subtitle, body_html="", base_url=""), styles)


def add_html(doc, styles, html_text: str, base_url: str) -> None:
    """Sanitised HTML (from services/text.py) written as the document's paragraphs, lists, tables."""
    _Body(doc, base_url, styles).render(html_text)


def repeat_header(row) -> None:
    """A table's first row printed again at the top of each page it runs onto."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def mute(run) -> None:
    _mute(run)


def to_bytes(doc) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


class _Styles(dict):
    """The document's styles by name, each looked up once, and applied by id: python-docx compares
    every style it is given with the default one, reading them all each time."""

    def __init__(self, doc):
        super().__init__()
        self.doc = doc

    def __missing__(self, name: str):
        style = self[name] = self.doc.styles[name]
        return style

    def add_paragraph(self, name: str, text: str = "") -> Paragraph:
        paragraph = self.doc.add_paragraph(text)
        self.apply(paragraph, name)
        return paragraph

    def apply(self, paragraph: Paragraph, name: str) -> None:
        if name != "Normal":
            paragraph._p.style = self[name].style_id

    def apply_to_run(self, run, name: str) -> None:
        run._r.style = self[name].style_id


def xml_safe(text: str | None) -> str:
    """`text` without the characters an XML 1.0 document cannot hold."""
    return _NOT_XML.sub("", text or "")


def _valid_code_point(match: re.Match) -> str:
    hexadecimal, decimal = match.groups()
    code = int(hexadecimal, 16) if hexadecimal else int(decimal)
    if code > 0x10FFFF or _NOT_XML.match(chr(code)) or code == 0:
        return ""
    return match.group(0)


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def _one_line(text: str | None) -> str:
    return " ".join(xml_safe(text).split())


def _core_text(text: str) -> str:
    return _one_line(text)[:CORE_PROPERTY_MAX]


# Document set-up ---------------------------------------------------------------------------------


def _set_up(doc, document: ReportDocument, styles: _Styles) -> None:
    _page(doc, styles, document.consultation_title)
    _properties(doc, document.title, document.consultation_title, document.authors, document.kind_label,
                document.territory)


def _page(doc, styles: _Styles, footer_text: str, landscape: bool = False) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (Cm(29.7), Cm(21)) if landscape else (Cm(21), Cm(29.7))
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    section.header_distance = section.footer_distance = Cm(1)
    _set_language(doc)
    _drop_thumbnail(doc)
    _footer(section, footer_text, styles)


def _set_language(doc) -> None:
    styles = doc.styles.element
    r_pr = styles.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if r_pr is not None:
        lang = r_pr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            r_pr.append(lang)
        lang.set(qn("w:val"), LANGUAGE)
    settings = doc.settings.element
    font_lang = settings.find(qn("w:themeFontLang"))
    if font_lang is not None:
        font_lang.set(qn("w:val"), LANGUAGE)


def _add_link_style(doc) -> None:
    style = doc.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    style.base_style = doc.styles["Default Paragraph Font"]
    style.font.color.rgb = LINK_BLUE
    style.font.underline = WD_UNDERLINE.SINGLE
    style.unhide_when_used = True


def _properties(doc, title: str, subject: str, author: str, category: str, keywords: str) -> None:
    properties = doc.core_properties
    properties.title = _core_text(title)
    properties.subject = _core_text(subject)
    properties.author = _core_text(author)
    properties.last_modified_by = _core_text(author)
    properties.category = _core_text(category)
    properties.keywords = _core_text(keywords)
    properties.language = LANGUAGE
    properties.comments = ""
    properties.revision = 1
    # The template's dates (2013) would be wrong, and a pure function has no clock: leave them out.
    for name in ("dcterms:created", "dcterms:modified"):
        for element in properties._element.findall(qn(name)):
            properties._element.remove(element)


def _drop_thumbnail(doc) -> None:
    """The template's preview image shows another document."""
    relationships = doc.part.package.rels
    for key, relationship in list(relationships.items()):
        if relationship.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
            del relationships[key]


def _footer(section, consultation_title: str, styles: _Styles) -> None:
    footer = section.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    styles.apply(paragraph, "Footer")
    text_width = section.page_width - section.left_margin - section.right_margin
    tabs = paragraph.paragraph_format.tab_stops
    for twips in (4680, 9360):  # the Footer style's tab stops, made for Letter paper
        tabs.add_tab_stop(Twips(twips), WD_TAB_ALIGNMENT.CLEAR)
    tabs.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
    _mute(paragraph.add_run(_one_line(consultation_title)))
    _mute(paragraph.add_run("\t" + LABELS["page"] + " "))
    _page_field(paragraph)


def _page_field(paragraph: Paragraph) -> None:
    """The number of the page, as Word and LibreOffice print it (shows "1" until fields update)."""
    for kind, instruction, shown in (("begin", "", ""), ("", " PAGE ", ""), ("separate", "", ""),
                                     ("", "", "1"), ("end", "", "")):
        run = paragraph.add_run(shown)
        _mute(run)
        if kind:
            field_char = OxmlElement("w:fldChar")
            field_char.set(qn("w:fldCharType"), kind)
            run._r.append(field_char)
        if instruction:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = instruction
            run._r.append(element)


def _mute(run, italic: bool = False) -> None:
    run.font.size = Pt(9)
    run.font.color.rgb = GREY
    if italic:
        run.italic = True


# Title block, attachments ------------------------------------------------------------------------


def _title_block(doc, document: ReportDocument, styles: _Styles) -> None:
    heading = [part for part in (_one_line(document.consultation_title), _one_line(document.territory)) if part]
    if heading:
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(2)
        run = paragraph.add_run(SEPARATOR.join(heading))
        run.font.small_caps = True
        run.font.size = Pt(10)
        run.font.color.rgb = GREY
    kind = _one_line(document.kind_label)
    if kind:
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.keep_with_next = True
        run = paragraph.add_run(kind)
        run.bold = True
        run.font.size = Pt(12)
    styles.add_paragraph("Title", _one_line(document.title))

    workshop = [
        _one_line(part)
        for part in (document.workshop_title, document.workshop_when, document.workshop_place)
        if _one_line(part)
    ]
    lines = []
    if workshop:
        lines.append((LABELS["workshop"], SEPARATOR.join(workshop)))
    if _one_line(document.authors):
        lines.append((LABELS["authors"], _one_line(document.authors)))
    if _one_line(document.published):
        lines.append((None, _capitalized(_one_line(document.published))))
    for index, (label, value) in enumerate(lines):
        paragraph = doc.add_paragraph()
        last = index == len(lines) - 1
        paragraph.paragraph_format.space_after = Pt(12 if last else 0)
        if label:
            paragraph.add_run(f"{label} : ").bold = True
        paragraph.add_run(value)


def _attachments(doc, document: ReportDocument, styles: _Styles) -> None:
    attachments = [(name, url) for name, url in document.attachments if _one_line(name) or _one_line(url)]
    if not attachments:
        return
    styles.add_paragraph("Heading 1", LABELS["attachments"])
    for name, url in attachments:
        paragraph = styles.add_paragraph("List Bullet")
        text = _one_line(name) or _one_line(url)
        target = _link_target(url, document.base_url)
        if target:
            run = paragraph.add_run(text)
            styles.apply_to_run(run, "Hyperlink")
            _hyperlink(paragraph, target).append(run._r)
        else:
            paragraph.add_run(text)


def _muted_line(doc, text: str) -> None:
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(18)
    _mute(paragraph.add_run(_one_line(text)), italic=True)


# Links -------------------------------------------------------------------------------------------


def _link_target(href: str | None, base_url: str) -> str | None:
    """An absolute http(s) or mailto URL that Word accepts, or None if `href` cannot be one."""
    href = _one_line(href)
    if not href:
        return None
    try:
        url = urljoin(_one_line(base_url), href)
        parts = urlsplit(url)
        if parts.scheme.lower() not in LINK_SCHEMES:
            return None
        netloc = parts.netloc
        if parts.hostname and not parts.hostname.isascii():
            host = parts.hostname.encode("idna").decode("ascii")
            netloc = netloc.replace(parts.hostname, host)
        url = urlunsplit(parts._replace(netloc=netloc))
    except (ValueError, UnicodeError):
        return None
    return quote(url, safe=":/?#[]@!$&'()*+,;=%~")


def _hyperlink(paragraph: Paragraph, url: str):
    """A new empty <w:hyperlink> at the end of `paragraph`, pointing at `url`."""
    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    element = OxmlElement("w:hyperlink")
    element.set(qn("r:id"), r_id)
    element.set(qn("w:history"), "1")
    paragraph._p.append(element)
    return element


# Body --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Format:
    bold: bool = False
    italic: bool = False
    strike: bool = False
    code: bool = False
    muted: bool = False


@dataclass(frozen=True)
class _Context:
    style: str = "Normal"
    list_depth: int = 0


class _Open:
    """The paragraph that inline content currently goes to."""

    def __init__(self, paragraph: Paragraph, fill_from_p: bool = False):
        self.paragraph = paragraph
        self.empty = True
        self.line_start = True
        self.fill_from_p = fill_from_p


def _classes(element) -> set[str]:
    return set((element.get("class") or "").split())


def _tag(element) -> str | None:
    return element.tag.lower() if isinstance(element.tag, str) else None


class _Body:
    """Walks the sanitised HTML of a report body and writes it into the document."""

    def __init__(self, doc, base_url: str, styles: _Styles):
        self.doc = doc
        self.styles = styles
        self.base_url = base_url
        self.current: _Open | None = None
        self.depth = 0
        self._abstract_ids: dict[str, int] = {}

    def render(self, body_html: str) -> None:
        source = _CHARACTER_REFERENCE.sub(_valid_code_point, xml_safe(body_html))
        if not source.strip():
            return
        try:
            parser = lxml.html.HTMLParser(huge_tree=True)  # else libxml2 drops what is nested too deep
            root = lxml.html.fragment_fromstring(source, create_parent="div", parser=parser)
        except Exception:  # noqa: BLE001 - whatever the parser refuses is still written, as plain words
            for line in html.unescape(_TAG.sub(" ", source)).splitlines():
                self._text(line, _Context())
                self._close()
            return
        self._blocks(root, _Context())
        self._close()

    # Paragraphs

    def _close(self) -> None:
        self.current = None

    def _new(self, style: str, fill_from_p: bool = False) -> _Open:
        self._close()
        self.current = _Open(self.styles.add_paragraph(style), fill_from_p)
        return self.current

    def _open(self, ctx: _Context) -> _Open:
        return self.current or self._new(ctx.style)

    # Block context

    def _blocks(self, element, ctx: _Context) -> None:
        self._text(element.text, ctx)
        for child in element:
            self._node(child, ctx)
            self._text(child.tail, ctx)

    def _text(self, text: str | None, ctx: _Context) -> None:
        if text and _HTML_SPACES.sub("", text):
            self._open(ctx)
            self._add_text(text, _Format(), None)

    def _node(self, element, ctx: _Context) -> None:
        tag = _tag(element)
        if tag is None:
            return
        if self.depth >= MAX_DEPTH:
            self._text(" ".join(element.itertext()), ctx)
            return
        self.depth += 1
        try:
            self._dispatch(element, tag, ctx)
        finally:
            self.depth -= 1

    def _dispatch(self, element, tag: str, ctx: _Context) -> None:
        classes = _classes(element)
        if "live-block" in classes:
            self._live_block(element, ctx)
        elif tag in HEADING_LEVELS:
            self._new(f"Heading {HEADING_LEVELS[tag]}")
            self._inline_children(element, _Format(), None)
            self._close()
        elif tag == "p":
            self._paragraph(element, ctx, _Format())
        elif tag in ("ul", "ol"):
            self._list(element, ctx, ordered=tag == "ol")
        elif tag == "li":
            self._item(element, ctx, ordered=False, num_id=None)
        elif tag == "blockquote":
            self._close()
            self._blocks(element, replace(ctx, style="Quote"))
            self._close()
        elif tag == "pre":
            self._pre(element)
        elif tag == "hr":
            self._rule()
        elif tag in BLOCK_CONTAINERS:
            self._close()
            self._blocks(element, ctx)
            self._close()
        else:
            self._open(ctx)
            self._inline(element, _Format(), None)

    def _paragraph(self, element, ctx: _Context, fmt: _Format, style: str | None = None) -> Paragraph:
        if not (self.current and self.current.fill_from_p and self.current.empty):
            self._new(style or ctx.style)
        self.current.fill_from_p = False
        paragraph = self.current.paragraph
        self._inline_children(element, fmt, None)
        self._close()
        return paragraph

    def _pre(self, element) -> None:
        paragraph = self._new("Normal").paragraph
        paragraph.paragraph_format.left_indent = Cm(0.5)
        paragraph.paragraph_format.keep_together = True
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), "F2F2F2")
        paragraph._p.get_or_add_pPr().insert_element_before(shading, *_AFTER_BORDER[1:])
        text = xml_safe(element.text_content()).replace("\r\n", "\n").replace("\r", "\n")
        text = text.removesuffix("\n")
        if text:
            run = paragraph.add_run()
            run.text = text
            run.font.name = MONOSPACE
            run.font.size = Pt(10)
        self._close()

    def _rule(self) -> None:
        paragraph = self._new("Normal").paragraph
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for name, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "A6A6A6")):
            bottom.set(qn(f"w:{name}"), value)
        borders.append(bottom)
        paragraph._p.get_or_add_pPr().insert_element_before(borders, *_AFTER_BORDER)
        self._close()

    # Lists

    def _list_style(self, ordered: bool, depth: int) -> str:
        name = "List Number" if ordered else "List Bullet"
        level = min(max(depth, 1), LIST_LEVELS)
        return name if level == 1 else f"{name} {level}"

    def _restarted_num(self, style_name: str, start: int) -> int:
        """A new numbering instance of the list style's definition, starting at `start`."""
        numbering = self.doc.part.numbering_part.element
        if style_name not in self._abstract_ids:
            style_num = self.styles[style_name].element.pPr.numPr.numId.val
            self._abstract_ids[style_name] = numbering.num_having_numId(style_num).abstractNumId.val
        num = numbering.add_num(self._abstract_ids[style_name])
        num.add_lvlOverride(ilvl=0).add_startOverride(start)
        return num.numId

    def _list(self, element, ctx: _Context, ordered: bool, item_format: _Format | None = None,
              live: bool = False) -> None:
        self._close()
        inner = replace(ctx, list_depth=ctx.list_depth + 1)
        num_id = None
        if ordered:
            try:
                start = min(max(int(element.get("start") or 1), 1), 32767)
            except ValueError:
                start = 1
            num_id = self._restarted_num(self._list_style(True, inner.list_depth), start)
        self._text(element.text, inner)
        for child in element:
            if _tag(child) == "li":
                self._close()
                if live:
                    self._live_item(child, inner, num_id)
                else:
                    self._item(child, inner, ordered, num_id)
            else:
                self._node(child, inner)
            self._text(child.tail, inner)
        self._close()

    def _list_paragraph(self, ctx: _Context, ordered: bool, num_id: int | None) -> _Open:
        item = self._new(self._list_style(ordered, ctx.list_depth), fill_from_p=True)
        if num_id is not None:
            num_pr = item.paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = num_id
        return item

    def _item(self, element, ctx: _Context, ordered: bool, num_id: int | None) -> None:
        if ctx.list_depth == 0:
            ctx = replace(ctx, list_depth=1)
        self._list_paragraph(ctx, ordered, num_id)
        level = min(ctx.list_depth, LIST_LEVELS)
        self._blocks(element, replace(ctx, style="List Continue" if level == 1 else f"List Continue {level}"))
        self._close()

    # Live blocks: the most liked contributions of a mission, frozen at publication

    def _live_block(self, element, ctx: _Context) -> None:
        self._close()
        self._text(element.text, ctx)
        for child in element:
            classes = _classes(child)
            if "live-block__title" in classes:
                title = self._paragraph(child, ctx, _Format(bold=True), style="Normal")
                title.paragraph_format.keep_with_next = True
            elif "live-block__items" in classes:
                self._list(child, ctx, ordered=True, live=True)
            elif "live-block__meta" in classes:
                self._paragraph(child, ctx, _Format(italic=True, muted=True), style="Normal")
            elif "live-block__empty" in classes:
                self._paragraph(child, ctx, _Format(italic=True), style="Normal")
            else:
                self._node(child, ctx)
            self._text(child.tail, ctx)
        self._close()

    def _live_item(self, element, ctx: _Context, num_id: int | None) -> None:
        """'<linked title> — <by> — <likes>' in one numbered paragraph."""
        self._list_paragraph(ctx, True, num_id)
        extras = []
        fmt = _Format()
        self._add_text(element.text, fmt, None)
        for child in element:
            classes = _classes(child)
            if classes & {"live-block__by", "live-block__likes"}:
                extras.append(_one_line(child.text_content()))
            elif _tag(child) is not None:
                self._inline(child, fmt, None)
            if child.tail and _HTML_SPACES.sub("", child.tail):
                self._add_text(child.tail, fmt, None)
        for extra in filter(None, extras):
            self._add_text(SEPARATOR + extra, fmt, None, collapse_edges=False)
        self._close()

    # Inline context

    def _inline_children(self, element, fmt: _Format, link) -> None:
        self._add_text(element.text, fmt, link)
        for child in element:
            self._inline(child, fmt, link)
            self._add_text(child.tail, fmt, link)

    def _inline(self, element, fmt: _Format, link) -> None:
        tag = _tag(element)
        if tag is None:
            return
        if self.depth >= MAX_DEPTH:
            self._add_text(" ".join(element.itertext()), fmt, link)
            return
        self.depth += 1
        try:
            if tag == "br":
                self._break(link)
            elif tag == "img":
                self._image(element, fmt)
            elif tag == "a" and link is None:
                target = _link_target(element.get("href"), self.base_url)
                link = _hyperlink(self.current.paragraph, target) if target else None
                self._inline_children(element, fmt, link)
            else:
                fmt = replace(
                    fmt,
                    bold=fmt.bold or tag in BOLD_TAGS,
                    italic=fmt.italic or tag in ITALIC_TAGS,
                    strike=fmt.strike or tag in STRIKE_TAGS,
                    code=fmt.code or tag in CODE_TAGS,
                )
                self._inline_children(element, fmt, link)
        finally:
            self.depth -= 1

    def _image(self, element, fmt: _Format) -> None:
        src = element.get("src") or ""
        alt = _one_line(element.get("alt"))
        if not alt:
            alt = _one_line(unquote(basename(urlsplit(src).path if src else ""))) or LABELS["image_fallback"]
        target = _link_target(src, self.base_url)
        link = _hyperlink(self.current.paragraph, target) if target else None
        self._add_text(f"[{LABELS['image']} : {alt}]", fmt, link, collapse_edges=False)

    def _break(self, link) -> None:
        run = self.current.paragraph.add_run()
        run.add_break()
        if link is not None:
            link.append(run._r)
        self.current.line_start = True

    def _add_text(self, text: str | None, fmt: _Format, link, collapse_edges: bool = True) -> None:
        text = _HTML_SPACES.sub(" ", xml_safe(text))
        current = self.current
        if collapse_edges and current.line_start:
            text = text.lstrip(" ")
        if not text:
            return
        run = current.paragraph.add_run(text)
        current.empty = current.line_start = False
        if fmt.bold:
            run.bold = True
        if fmt.italic:
            run.italic = True
        if fmt.strike:
            run.font.strike = True
        if fmt.code:
            run.font.name = MONOSPACE
        if fmt.muted:
            _mute(run)
        if link is not None:
            self.styles.apply_to_run(run, "Hyperlink")
            link.append(run._r)
