"""Answering every different word of a whole text at once, for a worker thread.

Opening an article needs a verdict on each of its words; the rules behind a
verdict (compound splitting, the one-edit typo guard) are Python and take a
millisecond or more for a rare word, seconds for a long article. A
:class:`BatchChecker` gives those answers away from the window's thread: it
has its own hunspell objects (they must not be shared between threads) over
the process's one :class:`~.knowledge.Knowledge`, and judges a text with the
writer's lists as they were when the check was asked for
(:class:`~.article.ListsSnapshot`). Each different token is judged once.

The answers (:class:`TextAnswers`) are what the editor's own checker would
have found: it takes them with :meth:`~.article.ArticleSpelling.learn`, which
refuses them if the language or a list changed in the meantime, and redraws
only the lines that hold a flagged word.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from editor.core.messages import FederError
from editor.core.spelling.article import ArticleSpelling, ListsSnapshot
from editor.core.spelling.dictionaries import (
    ENGLISH_FOR_GERMAN,
    available_languages,
    in_word_set,
    new_broker,
    open_dictionary,
)
from editor.core.spelling.english import english_tokens
from editor.core.spelling.knowledge import Knowledge
from editor.core.spelling.rules import Lexicon
from editor.core.spelling.token_rules import Problem
from editor.core.spelling.tokens import normalise_word, tokens
from editor.core.text import markdown_lines
from editor.core.text.markdown_lines import Kind

#: Lines between two looks at whether the check is still wanted.
CANCEL_EVERY = 32


@dataclass
class TextAnswers:
    """What a whole-text check found, for :meth:`ArticleSpelling.learn` and the redraw."""

    snapshot: ListsSnapshot
    #: Every different token of the text (keyed as the editor's checker keys them)
    #: → its flagged stretches, most of them empty.
    tokens: dict[str, tuple[Problem, ...]] = field(default_factory=dict)
    #: Numbers of the lines (0-based, split at "\n") that hold a flagged word.
    lines: list[int] = field(default_factory=list)
    #: The flagged words as normalised text, to find their lines after an edit.
    wrong: set[str] = field(default_factory=set)
    #: Lines in the text checked (a redraw by line number needs the same count).
    line_count: int = 0
    #: Per lexicon language: its verdicts and typo targets (:meth:`Lexicon.learn`).
    verdicts: dict[str, tuple[dict[str, int], dict[str, str]]] = field(default_factory=dict)


def token_key(text: str, dot_after: bool, in_english: bool) -> str:
    """The key :meth:`ArticleSpelling.spans` remembers a token's answer under."""
    key = text + "." if dot_after else text
    return "\x00" + key if in_english else key


class BatchChecker:
    """Judges whole texts with its own dictionaries; one per worker thread at a time.

    The hunspell objects (from an enchant broker of its own) and verdict
    caches belong to this object; it may be used by one thread after
    another, never by two at once.
    """

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self._lexicons: dict[str, Lexicon] = {}
        self._broker: Any = None
        self._installed: list[str] | None = None

    def check(
        self,
        text: str,
        snapshot: ListsSnapshot,
        cancelled: Callable[[], bool] | None = None,
        before_loading: Callable[[], None] | None = None,
    ) -> TextAnswers | None:
        """Every different word of the article ``text``, judged with ``snapshot``'s lists.

        Returns None if ``cancelled()`` became true on the way. Front matter,
        code and comments are skipped as the highlighter skips them. When the
        word lists and frequencies are not loaded yet, ``before_loading()`` is
        called first (it may wait for a pause in typing: loading holds the
        interpreter for long stretches).
        """
        if before_loading is not None and not self.knowledge.ready:
            before_loading()
            if cancelled is not None and cancelled():
                return None
        self.knowledge.start()  # on a thread of its own while this one opens the dictionary
        article = ArticleSpelling(_Frozen(self, snapshot), snapshot.lang)
        answers = TextAnswers(snapshot)
        if article.lang != snapshot.lang or not article.is_available:
            return answers  # no such dictionary here: the editor's checker says so itself
        article.set_article_ignores(snapshot.article_ignores)
        article.set_article_names(snapshot.names)
        german = article.lang.startswith("de")
        known = answers.tokens
        count = 0
        for count, line in enumerate(markdown_lines.scan(text), start=1):
            if cancelled is not None and count % CANCEL_EVERY == 0 and cancelled():
                return None
            if line.kind is not Kind.MARKDOWN:
                continue
            found = tokens(line.text)
            english = english_tokens(line.text, found) if german else None
            flagged = False
            for index, token in enumerate(found):
                start, word, dot_after = token
                in_english = english is not None and index in english
                key = token_key(word, dot_after, in_english)
                problems = known.get(key)
                if problems is None:
                    problems = known[key] = article.answer_token(token, in_english)
                for offset, length, _ in problems:
                    begin = start + offset
                    if line.start <= begin and begin + length <= line.end:  # the highlighter's filter
                        flagged = True
                        answers.wrong.add(normalise_word(line.text[begin : begin + length]))
            if flagged:
                answers.lines.append(line.number)
        answers.line_count = count
        answers.verdicts = {lang: lexicon.shared_answers() for lang, lexicon in self._lexicons.items()}
        return answers

    def prepare(self, lang: str) -> None:
        """Open the dictionary for ``lang`` and load the word lists now, before a check needs them."""
        self.knowledge.start()
        with contextlib.suppress(FederError):  # not installed: the editor's checker tells why
            dictionary = self.lexicon(lang).dictionary
            load = getattr(dictionary, "load", None)  # read from disk when first used otherwise
            if load is not None:
                load()
        self.knowledge.wait()

    def lexicon(self, lang: str) -> Lexicon:
        found = self._lexicons.get(lang)
        if found is None:
            if self._broker is None:
                self._broker = new_broker()
            english = self._english_dictionary if lang.startswith("de") else None
            dictionary = open_dictionary(lang, self._broker)
            found = self._lexicons[lang] = Lexicon(lang, dictionary, self.knowledge, english)
        return found

    def english_lexicon(self) -> Lexicon | None:
        if self._installed is None:
            if self._broker is None:
                self._broker = new_broker()
            self._installed = available_languages(self._broker)
        for other in ENGLISH_FOR_GERMAN:
            if other in self._installed:
                return self.lexicon(other)
        return None

    def _english_dictionary(self) -> object:
        english = self.english_lexicon()
        return english.dictionary if english is not None else None


class _Frozen:
    """The shared state an :class:`ArticleSpelling` asks, frozen at a snapshot, over
    the checker's own lexicons (see :class:`~.article.SharedState`)."""

    def __init__(self, checker: BatchChecker, snapshot: ListsSnapshot) -> None:
        self.knowledge = checker.knowledge
        self._checker = checker
        self.personal_words = snapshot.personal
        self.session_ignores = snapshot.session
        self._personal = set(snapshot.personal)
        self._session = set(snapshot.session)
        self._personal_upper = {word.upper() for word in snapshot.personal}
        self._session_upper = {word.upper() for word in snapshot.session}

    def register(self, article: ArticleSpelling) -> None:
        pass  # its lists never change: nothing to tell it

    def lexicon(self, lang: str) -> Lexicon:
        return self._checker.lexicon(lang)

    def english_lexicon(self) -> Lexicon | None:
        return self._checker.english_lexicon()

    def accepts(self, word: str) -> bool:
        return in_word_set(word, self._personal, self._personal_upper) or in_word_set(
            word, self._session, self._session_upper
        )

    def add_to_personal(self, word: str) -> None:
        raise NotImplementedError("a snapshot's lists are frozen")

    def ignore_for_session(self, word: str) -> None:
        raise NotImplementedError("a snapshot's lists are frozen")
