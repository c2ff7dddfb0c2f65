"""Is this HTML inert? Parses it as a browser would and lists anything that could run code."""
from html.parser import HTMLParser

DANGEROUS_TAGS = {"script", "iframe", "object", "embed", "svg", "math", "style", "link", "meta", "base",
                  "form", "frame", "frameset", "applet", "audio", "video", "source", "template"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc"}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:")


class _Finder(HTMLParser):
    def __init__(self, allowed_tags, trusted_script_prefix):
        super().__init__(convert_charrefs=True)
        self.allowed = allowed_tags
        self.trusted = trusted_script_prefix
        self.problems: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            src = dict(attrs).get("src") or ""
            self.in_script = True
            if not (self.trusted and src.startswith(self.trusted)):
                self.problems.append(f"<script src={src!r}>")
        elif tag in DANGEROUS_TAGS and tag not in self.allowed:
            self.problems.append(f"<{tag}>")
        elif tag == "img":  # an image of this site, or nothing: never a request to another host
            src = dict(attrs).get("src") or ""
            if src and (not src.startswith("/") or src.startswith("//") or "\\" in src):
                self.problems.append(f"<img src={src[:40]!r}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…>")
            if name in URL_ATTRIBUTES and value:
                squeezed = "".join(value.split()).lower()
                if squeezed.startswith(BAD_SCHEMES):
                    self.problems.append(f"<{tag} {name}={value[:40]!r}>")
            if name == "style" and "javascript" in (value or "").lower():
                self.problems.append(f"<{tag} style=…>")

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False

    def handle_data(self, data):
        if self.in_script and data.strip():
            self.problems.append("inline script")


# What our own pages legitimately contain: stylesheets and meta tags in the head, forms, inline
# SVG icons, and the one script file served from /static/.
PAGE_TAGS = frozenset({"link", "meta", "form", "svg"})


def executable_markup(html: str, allowed_tags=frozenset(), trusted_script_prefix: str | None = None) -> list[str]:
    """Problems found in `html`: dangerous tags (unless allowed), on* attributes, javascript:/data:
    URLs, scripts other than files under `trusted_script_prefix`, inline scripts."""
    finder = _Finder(set(allowed_tags), trusted_script_prefix)
    finder.feed(html)
    finder.close()
    return finder.problems


def page_problems(html: str) -> list[str]:
    """executable_markup() for a whole page of ours."""
    return executable_markup(html, PAGE_TAGS, trusted_script_prefix="/static/")
