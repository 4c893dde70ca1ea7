"""HTML compared by structure: what two renderers of the same Markdown agree on.

Feder (Python-Markdown) and a CommonMark site write the same page with
different whitespace, attribute order, ids and typographic quotes. The
portability check must see only differences a reader would see, so both
sides are reduced to a token list: tags with the attributes that change what
is shown, and text with whitespace folded and quotes made straight.
"""

from __future__ import annotations

from html.parser import HTMLParser

VOID = frozenset({"br", "img", "hr", "input", "meta", "link", "wbr", "source", "col", "area"})
#: Attributes that change nothing a reader sees, or that one renderer always adds.
_IGNORED_ATTRIBUTES = frozenset({"id", "class", "rel", "target", "name"})
_RENAMED = {"del": "s", "strike": "s"}
_TYPOGRAPHY = str.maketrans({
    "„": '"', "“": '"', "”": '"', "«": '"', "»": '"',
    "‚": "'", "‘": "'", "’": "'", "‹": "'", "›": "'",
    "–": "--", "—": "---", "…": "...", "\u00a0": " ", "\u202f": " ",
})


def structure(html: str) -> list[str]:
    """``html`` as a list of tokens that two renderers of the same text agree on."""
    parser = _Structure()
    parser.feed(html)
    parser.close()
    return parser.finish()


class _Structure(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tokens: list[str] = []
        self.text: list[str] = []
        self.divs: list[bool] = []  # per open <div>: Feder's table wrapper (left out)?

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "div":  # the scrolling wrapper round a table is presentation, not structure
            self.divs.append(("class", "table-wrapper") in attrs)
            if self.divs[-1]:
                return
        self._flush()
        tag = _RENAMED.get(tag, tag)
        kept = sorted(
            (name, _attribute(name, value or "")) for name, value in attrs if name not in _IGNORED_ATTRIBUTES
        )
        self.tokens.append("<" + " ".join([tag, *(f'{n}="{v}"' for n, v in kept)]) + ">")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self.divs and self.divs.pop():
            return
        tag = _RENAMED.get(tag, tag)
        if tag in VOID:
            return
        self._flush()
        self.tokens.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        pass  # comments show nothing

    def _flush(self) -> None:
        text = " ".join("".join(self.text).translate(_TYPOGRAPHY).split())
        self.text = []
        if text:
            self.tokens.append(text)

    def finish(self) -> list[str]:
        self._flush()
        return self.tokens


def _attribute(name: str, value: str) -> str:
    if name == "style":
        return ";".join(part.replace(" ", "") for part in value.split(";") if part.strip())
    if name in ("checked", "disabled"):
        return ""
    return " ".join(value.split()).translate(_TYPOGRAPHY)
