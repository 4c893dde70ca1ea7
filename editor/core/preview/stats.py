"""Words, characters (Zeichen), sentences and reading time of an article.

Counted on the *rendered* body, because that is what a German editor means by
Zeichen: the text a reader sees. Markdown syntax, a link's URL and image file
names do not count; "--" counts as the one dash it becomes. Captions and
credits of figures do count (they are printed).

Only the body is counted. Headline, kicker and teaser have their own length
counters in the fields panel, and a commissioned length ("3.000 Zeichen")
is agreed for the running text.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from editor.core.render.render import Renderer
from editor.core.text.article import Article

WORDS_PER_MINUTE = 200
#: A Normseite: 30 lines of 60 characters.
CHARS_PER_STANDARD_PAGE = 1800

_WORD = re.compile(r"\w", re.UNICODE)
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
#: Common German and English abbreviations whose full stop ends no sentence.
_ABBREVIATIONS = frozenset(
    "z.b d.h u.a o.ä u.ä s.o s.u bzw ca dr prof nr str vgl usw etc evtl ggf inkl bzw "
    "mio mrd jh jhd st hr fr mr mrs ms vs e.g i.e no".split()
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"'“”„»«’)\]]*(?=\s|$)")


@dataclass(frozen=True)
class Stats:
    words: int = 0
    characters: int = 0  # with spaces
    characters_no_spaces: int = 0
    sentences: int = 0
    paragraphs: int = 0

    @property
    def reading_minutes(self) -> int:
        """Whole minutes at 200 words per minute; any text takes at least one."""
        return math.ceil(self.words / WORDS_PER_MINUTE) if self.words else 0

    @property
    def standard_pages(self) -> float:
        """Normseiten: characters with spaces / 1,800."""
        return self.characters / CHARS_PER_STANDARD_PAGE


def text_statistics(article: Article, renderer: Renderer | None = None) -> Stats:
    """Statistics of ``article``'s body as rendered (see the module docstring).

    Pass a ``renderer`` to reuse its Markdown instance (faster when called often).
    """
    renderer = renderer or Renderer(article.lang)
    return html_statistics(renderer.render(article.body))


def html_statistics(html: str) -> Stats:
    """Statistics of rendered HTML (the body of an article)."""
    blocks = text_blocks(html)
    words = characters = no_spaces = sentences = paragraphs = 0
    for kind, text in blocks:
        tokens = text.split()
        words += sum(1 for token in tokens if _WORD.search(token))
        characters += len(text)
        no_spaces += sum(len(token) for token in tokens)
        sentences += count_sentences(text)
        if kind in _PARAGRAPH_KINDS:
            paragraphs += 1
    return Stats(words, characters, no_spaces, sentences, paragraphs)


def text_blocks(html: str) -> list[tuple[str, str]]:
    """The visible text of ``html`` as (block tag, text with single spaces) pairs."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    parser.flush()
    return parser.blocks


def count_sentences(text: str) -> int:
    """Sentences in one block of text; a heading or a caption without a full stop is one."""
    count = 0
    last_end = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[last_end : match.start()].split()
        if not before:
            continue
        word = before[-1].lower()
        if match.group(0).startswith(".") and (
            word.rstrip(".") in _ABBREVIATIONS
            or word.replace(".", "").isdigit()
            or (len(word) == 1 and word.isalpha())
        ):
            continue  # "z. B.", "3. Mai", "J. Meier"
        count += 1
        last_end = match.end()
    if text[last_end:].strip() and _WORD.search(text[last_end:]):
        count += 1
    return count


_BLOCK_TAGS = frozenset(
    "address article aside blockquote dd details div dl dt figcaption figure footer "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td "
    "tfoot th thead tr ul".split()
)
_PARAGRAPH_KINDS = frozenset({"p", "li", "pre", "dd", "dt", "blockquote", "td", "th"})
_SKIPPED = frozenset({"script", "style", "template", "head", "title"})


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []
        self._stack: list[str] = []
        self._buffer: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag == "br":
            self._buffer.append(" ")
        elif tag in _BLOCK_TAGS:
            self.flush()
            if tag != "hr":
                self._stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.flush()
            if tag in self._stack:
                while self._stack and self._stack.pop() != tag:
                    pass

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._buffer.append(data)

    def flush(self) -> None:
        text = " ".join(_INVISIBLE.sub("", "".join(self._buffer)).split())
        self._buffer = []
        if text:
            self.blocks.append((self._stack[-1] if self._stack else "p", text))
