"""A forgiving element tree for clipboard HTML, built on :mod:`html.parser`.

Clipboard HTML is rarely well-formed: Word leaves ``<p>`` and ``<li>`` open,
LibreOffice and Google Docs put ``<ul>`` straight into ``<ul>``, Word wraps
list bullets in ``<![if !supportLists]>``. This builder closes what HTML
closes implicitly, ignores stray end tags, and drops comments and
declarations (Word's VML images and ``<xml>`` live in conditional comments).
"""

from __future__ import annotations

from html.parser import HTMLParser

BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre "
    "section summary table tbody td tfoot th thead tr ul".split()
)
#: Deeper elements are flattened into their ancestor: keeps every walk over the
#: tree far from Python's recursion limit, whatever a page nests.
MAX_DEPTH = 150
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Opening one of these closes an open <p> (HTML's "p end tag omitted" rule).
_CLOSES_P = BLOCK_TAGS - {"td", "th", "tr", "tbody", "thead", "tfoot", "caption", "li"} | {"li"}
# An implicitly closed element only closes up to one of these containers.
_SCOPE = {
    "p": frozenset("li td th div blockquote body html table figure section article".split()),
    "li": frozenset({"ul", "ol"}),
    "dt": frozenset({"dl"}),
    "dd": frozenset({"dl"}),
    "tr": frozenset({"table", "tbody", "thead", "tfoot"}),
    "td": frozenset({"tr", "table"}),
    "th": frozenset({"tr", "table"}),
    "tbody": frozenset({"table"}),
    "thead": frozenset({"table"}),
    "tfoot": frozenset({"table"}),
}
_OPENING_CLOSES = {
    "li": ("li",),
    "dt": ("dt", "dd"),
    "dd": ("dt", "dd"),
    "tr": ("tr", "td", "th"),
    "td": ("td", "th"),
    "th": ("td", "th"),
    "tbody": ("tbody", "thead", "tfoot", "tr", "td", "th"),
    "thead": ("tbody", "thead", "tfoot", "tr", "td", "th"),
    "tfoot": ("tbody", "thead", "tfoot", "tr", "td", "th"),
}


class Element:
    """An element: lower-case tag, attributes and children (elements or text)."""

    def __init__(self, tag: str, attrs: dict[str, str], parent: Element | None = None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children: list[Element | str] = []
        self._has_block: bool | None = None

    def has_block(self, tags: frozenset[str] = BLOCK_TAGS) -> bool:
        """Whether a block element lies anywhere below (Google wraps all in ``<b>``)."""
        if tags is not BLOCK_TAGS:
            return any(
                isinstance(c, Element) and (c.tag in tags or c.has_block(tags))
                for c in self.children
            )
        if self._has_block is None:
            self._has_block = any(
                isinstance(c, Element) and (c.tag in BLOCK_TAGS or c.has_block())
                for c in self.children
            )
        return self._has_block

    def find_all(self, tag: str) -> list[Element]:
        """Descendants with ``tag``, in document order."""
        found = []
        for child in self.children:
            if isinstance(child, Element):
                if child.tag == tag:
                    found.append(child)
                found.extend(child.find_all(tag))
        return found

    def text_content(self, preformatted: bool = False) -> str:
        """All text below; with ``preformatted``, ``<br>`` counts as a line break."""
        parts = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.tag == "br" and preformatted:
                parts.append("\n")
            elif child.tag not in ("script", "style"):
                parts.append(child.text_content(preformatted))
        return "".join(parts)


def parse_html(html: str) -> Element:
    """The tree of ``html`` under a root element with tag ``#root``."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _CLOSES_P:
            self._close_implied("p")
        for implied in _OPENING_CLOSES.get(tag, ()):
            self._close_implied(implied)
        element = Element(tag, {k: v or "" for k, v in attrs}, self.stack[-1])
        self.stack[-1].children.append(element)
        if tag not in _VOID and len(self.stack) < MAX_DEPTH:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def unknown_decl(self, data: str) -> None:
        """Word's ``<![if !supportLists]>`` and ``<![endif]>``: markers, no content."""

    def _close_implied(self, tag: str) -> None:
        """Close an open ``tag`` unless a container of it comes first."""
        scope = _SCOPE.get(tag, frozenset())
        for depth in range(len(self.stack) - 1, 0, -1):
            current = self.stack[depth].tag
            if current == tag:
                del self.stack[depth:]
                return
            if current in scope:
                return
