"""One article's spelling: its language, ``spelling.ignore`` list and own names
over the application's shared state (:class:`~editor.core.spelling.service.SpellService`).

:class:`ArticleSpelling` cuts lines into tokens (:mod:`.tokens`), asks the
writer's lists and then the :class:`~editor.core.spelling.rules.Lexicon` of its
language about each, and remembers each token's answer, so a re-highlight
costs a dictionary look-up per line, not per word. German rules on top of the
lexicon: a hyphenated compound is checked whole first, then part by part, and
only the wrong part is reported ("L-Mount" → "Mount"); "bzw" before a dot is
checked as "bzw."; "geht’s" is right when "geht" is; an English sentence in
German text is checked in English (:mod:`.english`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import NamedTuple, Protocol

from editor.core.messages import FederError
from editor.core.spelling.dictionaries import (
    DEFAULT_LANGUAGE,
    NO_DICTIONARY,
    available_languages,
    in_word_set,
    normalise_language,
)
from editor.core.spelling.english import english_tokens
from editor.core.spelling.fields import field_problems
from editor.core.spelling.knowledge import Knowledge
from editor.core.spelling.names import article_names
from editor.core.spelling.rules import MAX_WORD, OK, WRONG, Lexicon
from editor.core.spelling.suggest import suggestions
from editor.core.spelling.token_rules import Problem, token_problems
from editor.core.spelling.tokens import (
    LineTokens,
    Token,
    normalise_word,
    prose_lines,
)
from editor.core.text import frontmatter

_CACHE_LIMIT = 200_000

#: The two kinds of flagged word: wrong, or accepted by hunspell but close to a
#: much more frequent word ("Mondtag" for "Montag"), shown with a quieter underline.
MISSPELLING = "misspelling"
PROBABLE_TYPO = "probable-typo"



class Misspelling(NamedTuple):
    """A flagged word in an article text: 0-based line, column (code points), the word, its kind."""

    line: int
    column: int
    word: str
    kind: str = MISSPELLING


class ListsSnapshot(NamedTuple):
    """What an article's checker knew at one moment, for a check in another thread.

    ``generation`` counts :meth:`ArticleSpelling.forget_results`: answers
    computed from a snapshot are taken only while it is still the same
    (:meth:`ArticleSpelling.learn`), so a language or list changed meanwhile
    never brings stale answers back.
    """

    lang: str
    generation: int
    personal: frozenset[str]
    session: frozenset[str]
    article_ignores: frozenset[str]
    names: frozenset[str]


class SharedState(Protocol):
    """What an article's checker asks of the application's one spelling state
    (:class:`~editor.core.spelling.service.SpellService`)."""

    knowledge: Knowledge

    def register(self, article: ArticleSpelling) -> None: ...
    def lexicon(self, lang: str) -> Lexicon: ...
    def english_lexicon(self) -> Lexicon | None: ...
    def accepts(self, word: str) -> bool: ...
    def add_to_personal(self, word: str) -> None: ...
    def ignore_for_session(self, word: str) -> None: ...
    @property
    def personal_words(self) -> frozenset[str]: ...
    @property
    def session_ignores(self) -> frozenset[str]: ...


class ArticleSpelling:
    """Checks one article's words: its language, ignores and names over the shared service.

    Remembers each token's answer, so a re-highlight costs a dictionary look-up
    per line, not per word.
    """

    def __init__(self, service: SharedState, lang: str = DEFAULT_LANGUAGE) -> None:
        self.service = service
        #: Why the language asked for is not the one in use (shown, not raised).
        self.notice: FederError | None = None
        self._lexicon: Lexicon | None = None
        self._english: Lexicon | None = None
        self._lang = normalise_language(lang) or DEFAULT_LANGUAGE
        self._tokens: dict[str, tuple[Problem, ...]] = {}  # per token (+"."), English ones with a prefix
        #: Cuts lines into tokens; a line typed into is re-cut only where it changed.
        self._line_tokens = LineTokens()
        self._pending: set[tuple[str, str]] = set()  # (lang, word) waiting for a look-up
        self._deferred: set[str] = set()  # token keys that waited on them (skipped fast)
        #: Tokens left unchecked by :meth:`spans` so far (grows by one per token deferred):
        #: a caller compares it before and after a line to learn whether the line waits.
        self.deferred_count = 0
        #: Grows whenever the remembered answers are dropped (see :class:`ListsSnapshot`).
        self.generation = 0
        self._article: set[str] = set()
        self._article_upper: set[str] = set()
        self._names: frozenset[str] = frozenset()
        service.register(self)
        try:
            self.set_language(self._lang)
        except FederError as error:
            installed = available_languages()
            fallback = (
                DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in installed else (installed or [None])[0]
            )
            if fallback:
                self.set_language(fallback)
            self.notice = error if installed else FederError(NO_DICTIONARY)

    # -- language -----------------------------------------------------------

    @property
    def lang(self) -> str:
        return self._lang

    @property
    def is_available(self) -> bool:
        """False when no dictionary is installed: every word then counts as correct."""
        return self._lexicon is not None

    def set_language(self, lang: str) -> None:
        """Check in ``lang`` from now on; raise FederError if it cannot be used."""
        lexicon = self.service.lexicon(lang)
        if self._lexicon is lexicon:
            return
        self._lexicon = lexicon
        self._lang = lexicon.lang
        self._english = None  # English sentences in German text: looked up when first met
        self.notice = None
        self.forget_results()

    def forget_results(self) -> None:
        """Drop the remembered token answers (ignores, names or the personal list changed)."""
        self.generation += 1
        self._tokens.clear()
        self._pending.clear()
        self._deferred.clear()

    # -- single words -------------------------------------------------------

    def check_word(self, word: str) -> bool:
        """Whether ``word`` (one word, no surrounding punctuation) is spelled right.

        The same rules as in running text apply: compounds by parts, digits and
        single letters are never wrong, probable typos count as right.
        """
        word = word.strip()
        if not word or self._lexicon is None:
            return True
        return not any(not probable for _, _, probable in self._token_problems((0, word, False), None))

    def kind(self, word: str) -> str | None:
        """None for a correct word, else :data:`MISSPELLING` or :data:`PROBABLE_TYPO`."""
        word = word.strip()
        if not word or self._lexicon is None:
            return None
        problems = self._token_problems((0, word, False), None) or ()
        if not problems:
            return None
        return PROBABLE_TYPO if all(probable for _, _, probable in problems) else MISSPELLING

    def typo_target(self, word: str) -> str | None:
        """The frequent word a (probable) typo was meant to be: "Mondtag" → "Montag"."""
        if self._lexicon is None or not word.strip():
            return None
        self._wait_for_knowledge()
        return self._lexicon.target(normalise_word(word.strip()))

    def suggestions(self, word: str, limit: int = 5) -> list[str]:
        """Up to ``limit`` replacements for ``word``, best first (see :func:`suggest.suggestions`)."""
        if self._lexicon is None or not word.strip() or len(word) > MAX_WORD:
            return []
        self._wait_for_knowledge()
        return suggestions(self._lexicon, self.service.knowledge, word, limit)

    # -- personal dictionary and ignores ------------------------------------

    @property
    def personal_words(self) -> frozenset[str]:
        return self.service.personal_words

    @property
    def session_ignores(self) -> frozenset[str]:
        return self.service.session_ignores

    @property
    def article_ignores(self) -> frozenset[str]:
        return frozenset(self._article)

    @property
    def article_names(self) -> frozenset[str]:
        return self._names

    def add_to_personal(self, word: str) -> None:
        self.service.add_to_personal(word)

    def ignore_for_session(self, word: str) -> None:
        self.service.ignore_for_session(word)

    def set_article_ignores(self, words: Iterable[str]) -> None:
        """The current article's ``spelling.ignore`` list (replaces the previous one)."""
        new = {normalise_word(w.strip()) for w in words if isinstance(w, str) and w.strip()}
        if new != self._article:
            self._article = new
            self._article_upper = {word.upper() for word in new}
            self.forget_results()

    def set_article_names(self, names: Iterable[str]) -> set[str]:
        """The article's own names (see :func:`article_names`); returns those that changed."""
        new = frozenset(normalise_word(name) for name in names)
        changed = set(new ^ self._names)
        if changed:
            self._names = new
            self.forget_results()
        return changed

    # -- lines and texts ----------------------------------------------------

    def misspelled_spans(
        self, line: str, markdown: bool = True, *, deadline: float | None = None
    ) -> list[tuple[int, int]]:
        """``(start, length)`` of each flagged word in ONE line (probable typos too), in code points."""
        return [(start, length) for start, length, _ in self.spans(line, markdown, deadline=deadline)]

    def spans(
        self, line: str, markdown: bool = True, *, deadline: float | None = None
    ) -> list[Problem]:
        """``(start, length, probable)`` of each flagged word in ONE line, in code points.

        With ``markdown`` the line is read as Markdown: code spans, link targets,
        HTML and the like are skipped (see :mod:`editor.core.spelling.tokens`).
        Fenced code and front matter span lines; the caller skips those lines.
        In a German text, a sentence in English is checked in English.

        ``deadline`` (a :func:`time.perf_counter` value) bounds the time spent
        looking words up: once it has passed, words not yet in the cache count
        as correct for now and wait in :meth:`take_pending` for a later check.
        """
        if self._lexicon is None:
            return []
        result: list[Problem] = []
        cache = self._tokens
        found = self._line_tokens.tokens(line, markdown)
        english = english_tokens(line, found) if self._lexicon.family == "de" else None
        for index, token in enumerate(found):
            start, text, dot_after = token
            key = text + "." if dot_after else text
            in_english = english is not None and index in english
            if in_english:
                key = "\x00" + key
            problems = cache.get(key)
            if problems is None:
                if deadline is not None and key in self._deferred:
                    self.deferred_count += 1
                    continue  # already waiting for a look-up
                problems = self._token_problems(token, deadline, in_english)
                if problems is None:
                    self._deferred.add(key)
                    self.deferred_count += 1
                    continue  # deferred: counts as correct until checked
                if len(cache) > _CACHE_LIMIT:
                    cache.clear()
                cache[key] = problems
            for offset, length, probable in problems:
                result.append((start + offset, length, probable))
        return result

    def check_markdown(self, text: str) -> list[Misspelling]:
        """Every flagged word in an article text (front matter, fenced code and comments skipped).

        The article's own ``spelling.ignore`` list and names count in addition to
        those already set, so ``feder check`` agrees with the editor.
        """
        parts = frontmatter.split(text)
        try:
            meta = frontmatter.parse(parts.front, parts.fmt)
        except FederError:
            meta = {}
        spelling = meta.get("spelling")
        extra = spelling.get("ignore") if isinstance(spelling, dict) else None
        extra_words = (
            {normalise_word(str(w).strip()) for w in extra if str(w).strip()}
            if isinstance(extra, list)
            else set()
        )
        saved, saved_names = self._article, self._names
        if not extra_words <= saved:
            self.set_article_ignores(saved | extra_words)
        self.set_article_names(saved_names | article_names(meta, text[parts.body_start :]))
        try:
            return [
                Misspelling(
                    number,
                    offset + column,
                    line[column : column + length],
                    PROBABLE_TYPO if probable else MISSPELLING,
                )
                for number, offset, line in prose_lines(text)
                for column, length, probable in self.spans(line)
            ]
        finally:
            self.set_article_ignores(saved)
            self.set_article_names(saved_names)

    def check_article(self, text: str) -> list[Misspelling]:
        """Every flagged word of an article file: its text fields (kicker, headline,
        teaser, image alt, caption and credit, author bios) and its body, in file order.

        Lines and columns count in ``text`` as written, front matter included.
        """
        parts = frontmatter.split(text)
        try:
            meta = frontmatter.parse(parts.front, parts.fmt)
        except FederError:
            meta = {}
        body = self.check_markdown(text)
        if not meta:
            return body
        saved_names = self._names
        self.set_article_names(saved_names | article_names(meta, text[parts.body_start :]))
        try:
            fields = [
                Misspelling(line, column, word, PROBABLE_TYPO if probable else MISSPELLING)
                for line, column, word, probable in field_problems(
                    self, text, meta, text.count("\n", 0, parts.body_start)
                )
            ]
        finally:
            self.set_article_names(saved_names)
        return sorted(fields + body, key=lambda m: (m.line, m.column))

    # -- answers from another thread (see :mod:`.batch`) ----------------------

    def snapshot(self) -> ListsSnapshot:
        """What a checker in another thread needs to answer exactly as this one."""
        return ListsSnapshot(
            self._lang,
            self.generation,
            self.service.personal_words,
            self.service.session_ignores,
            frozenset(self._article),
            self._names,
        )

    def answer_token(self, token: Token, in_english: bool = False) -> tuple[Problem, ...]:
        """Flagged stretches inside ``token`` (relative offsets), waiting for every look-up."""
        if self._lexicon is None:
            return ()
        return self._token_problems(token, None, in_english) or ()

    def learn(
        self,
        snapshot: ListsSnapshot,
        answers: dict[str, tuple[Problem, ...]],
        verdicts: dict[str, tuple[dict[str, int], dict[str, str]]],
    ) -> bool:
        """Take answers computed elsewhere from ``snapshot``; False (nothing taken) if stale.

        ``answers`` are per token key (as :meth:`spans` remembers them),
        ``verdicts`` per lexicon language (:meth:`Lexicon.shared_answers`); the
        lexicons keep those even when the token answers are stale, since a
        word's verdict depends only on the dictionary.
        """
        german = self._lexicon is not None and self._lexicon.family == "de"
        if german and self._english is None and any(lang.startswith("en") for lang in verdicts):
            # The text has English sentences: open the English lexicon now (its dictionary
            # is read off the window's thread, see SpellService.load_dictionaries_in_background)
            # rather than on the keystroke that first needs it.
            self._english = self.service.english_lexicon()
        for lexicon in (self._lexicon, self._english):
            if lexicon is not None and lexicon.lang in verdicts:
                lexicon.learn(*verdicts[lexicon.lang])
        if snapshot.generation != self.generation or snapshot.lang != self._lang:
            return False
        cache = self._tokens
        if len(cache) + len(answers) > _CACHE_LIMIT:
            cache.clear()
        for key, problems in answers.items():
            cache.setdefault(key, problems)
        self._deferred.difference_update(answers)
        return True

    # -- deferred checks (for a first pass that must not block the window) --

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    @property
    def ready(self) -> bool:
        """Whether the word lists and frequencies are loaded (look-ups wait until then)."""
        return self.service.knowledge.ready

    def start_loading(self) -> None:
        """Load the word lists and frequencies in the background (once)."""
        self.service.knowledge.start()

    def take_pending(self, deadline: float, keep: Callable[[str], bool] | None = None) -> list[str]:
        """Check deferred words until ``deadline``; return those found wrong.

        The caller re-highlights the lines that contain them (a text search for
        the returned words in normalised text, see :func:`normalise_word`).
        While the word lists are still loading nothing is checked. ``keep``
        (when given) says whether a word still stands where it waited; one that
        does not (a half-typed word since completed) is dropped unchecked: a
        line that shows it again asks again.
        """
        if not self.service.knowledge.ready:
            self.service.knowledge.start()
            return []
        wrong = []
        self._deferred.clear()
        while self._pending and time.perf_counter() < deadline:
            lang, word = self._pending.pop()
            if keep is not None and not keep(word):
                continue
            lexicon = self.service.lexicon(lang)
            if lexicon.verdict(word) != OK:
                wrong.append(word)
        return wrong

    # -- internals ----------------------------------------------------------

    def _token_problems(
        self, token: Token, deadline: float | None, in_english: bool = False
    ) -> tuple[Problem, ...] | None:
        """Flagged stretches inside ``token`` (relative offsets), or None if deferred."""
        return token_problems(token, lambda word: self._verdict(word, deadline, in_english), self._lang[:2])

    def _verdict(self, word: str, deadline: float | None, in_english: bool = False) -> int | None:
        """One question: the writer's lists first, then the lexicon; None if deferred."""
        word = normalise_word(word)
        if self.service.accepts(word) or in_word_set(word, self._article, self._article_upper):
            return OK
        if in_english and self._english is None:
            self._english = self.service.english_lexicon()
        lexicon = self._english if in_english and self._english is not None else self._lexicon
        if lexicon.is_cached(word):
            verdict = lexicon.verdict(word)
        elif deadline is None:
            self._wait_for_knowledge()
            verdict = lexicon.verdict(word)
        else:
            # While typing only the cheap answer (a common word the dictionary knows);
            # the rules and the guard run after the keystroke (take_pending), and the
            # word lists load only when asked to (see the Qt controller: after a pause).
            quick = lexicon.quick_verdict(word) if self.service.knowledge.ready else None
            if quick is None or time.perf_counter() > deadline:
                self._pending.add((lexicon.lang, word))
                return None
            verdict = quick
        if verdict != OK and lexicon is self._english:
            german = self._lexicon.verdict(word)  # a German name in an English sentence
            verdict = OK if german == OK else verdict
        if verdict == WRONG and word in self._names:
            return OK
        return verdict

    def _wait_for_knowledge(self) -> None:
        if not self.service.knowledge.ready:
            self.service.knowledge.wait()
