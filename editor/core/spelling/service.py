"""Spellchecking for articles and fields: dictionaries, word rules, personal list, ignores.

:class:`SpellService` is Qt-free so the editor, the field widgets, ``feder check``
and the pre-publish check all judge words the same way. It asks enchant (the
installed hunspell dictionaries) and remembers every answer in a per-word cache,
because an article repeats its words and a re-highlight must not pay for them
again. Words that enchant need not see: the writer's personal dictionary (a
UTF-8 file, one word per line, shared by all articles), words ignored in this
article (front matter ``spelling.ignore``) and words ignored for this session.

German rules on top of hunspell: a hyphenated compound is checked whole first,
then part by part, and only the wrong part is reported ("L-Mount" → "Mount");
"bzw" before a dot is checked as "bzw."; "geht’s" is right when "geht" is.
Without any dictionary the service reports every word as correct, so the
editor keeps working; :data:`NO_DICTIONARY` says how to install one.
"""

from __future__ import annotations

import contextlib
import re
import time
import unicodedata
import weakref
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NamedTuple

from editor import paths
from editor.core import languages
from editor.core.files.storage import write_bytes_atomic
from editor.core.messages import QT_TRANSLATE_NOOP, FederError
from editor.core.spelling.fields import field_problems
from editor.core.spelling.knowledge import shared_knowledge
from editor.core.spelling.rules import MAX_WORD, OK, PROBABLE, TYPO, WRONG, Lexicon
from editor.core.spelling.suggest import rank
from editor.core.spelling.tokens import (
    NORMALISE,
    Token,
    normalise_word,
    prose_lines,
    split_hyphens,
    tokens,
)
from editor.core.text import frontmatter

try:  # pyenchant raises ImportError (or AssertionError) when libenchant is missing
    import enchant
except Exception:  # pragma: no cover - exercised in a subprocess test
    enchant = None

#: The languages Feder offers, in menu order (from the one catalogue).
SUPPORTED_LANGUAGES = languages.SUPPORTED
DEFAULT_LANGUAGE = languages.DEFAULT
normalise_language = languages.normalise
PERSONAL_FILE = "personal-dictionary.txt"

NO_DICTIONARY = QT_TRANSLATE_NOOP(
    "Spelling",
    "No spelling dictionary is installed, so spelling is not checked. "
    "Install one, for example with: sudo apt-get install hunspell-de-de",
)

#: What may follow an apostrophe after a correct word: "geht’s", "so’n", "so’ne";
#: English contractions the dictionary lacks ("Feder’s").
_CLITICS = {
    "de": frozenset({"s", "n", "ne", "nen", "m"}),
    "en": frozenset({"s", "d", "ll", "m", "re", "t", "ve"}),
}
_NO_PROBLEMS: tuple[Problem, ...] = ()
_CACHE_LIMIT = 200_000


#: The two kinds of flagged word: wrong, or accepted by hunspell but close to a
#: much more frequent word ("Mondtag" for "Montag"), shown with a quieter underline.
MISSPELLING = "misspelling"
PROBABLE_TYPO = "probable-typo"
#: English dictionaries consulted for English words in German text, first found wins.
ENGLISH_FOR_GERMAN = ("en_US", "en_GB")

#: A flagged stretch of a line: ``(start, length, probable)`` in code points.
Problem = tuple[int, int, bool]


class Misspelling(NamedTuple):
    """A flagged word in an article text: 0-based line, column (code points), the word, its kind."""

    line: int
    column: int
    word: str
    kind: str = MISSPELLING


def available_languages() -> list[str]:
    """The supported languages that have an installed dictionary, in menu order."""
    if enchant is None:
        return []
    result = []
    for language in languages.LANGUAGES:
        try:
            if enchant.dict_exists(language.dictionary):
                result.append(language.code)
        except enchant.errors.Error:  # a broken provider must not take the editor down
            continue
    return result


class SpellService:
    """The application's one spelling state: personal dictionary, session ignores,
    the loaded dictionaries and what Feder knows beyond them.

    Every tab, field and command checks through it, via an :class:`ArticleSpelling`
    (:meth:`article`) that adds what belongs to one article: its language, its
    ``spelling.ignore`` list and its own names. A word added to the personal
    dictionary or ignored for the session is accepted by all of them at once;
    :meth:`add_listener` tells the user interface so it can re-highlight.

    For scripts and tests the service also checks directly, through a default
    :class:`ArticleSpelling` in ``lang`` (``check_word``, ``misspelled_spans``…).
    Not thread-safe: give each thread its own instance.
    """

    def __init__(
        self,
        lang: str = DEFAULT_LANGUAGE,
        personal_path: Path | None = None,
        knowledge_folder: Path | None = None,
    ) -> None:
        self.personal_path = (
            Path(personal_path) if personal_path else paths.user_data_dir() / PERSONAL_FILE
        )
        #: Why the personal dictionary could not be read (it is then never overwritten).
        self.personal_error: FederError | None = None
        self.knowledge = shared_knowledge(knowledge_folder)
        self._lexicons: dict[str, Lexicon] = {}
        self._personal: set[str] = set()
        self._personal_upper: set[str] = set()
        self._session: set[str] = set()
        self._session_upper: set[str] = set()
        self._articles: weakref.WeakSet[ArticleSpelling] = weakref.WeakSet()
        self._listeners: list[Callable[[], None]] = []
        self._load_personal()
        self.default = ArticleSpelling(self, lang)

    # -- shared state ------------------------------------------------------

    def article(self, lang: str = DEFAULT_LANGUAGE) -> ArticleSpelling:
        """A checker for one article in ``lang`` (falls back, with a notice, like the service)."""
        return ArticleSpelling(self, lang)

    def add_listener(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` whenever the personal dictionary or the session ignores change."""
        self._listeners.append(callback)

    def remove_listener(self, callback: Callable[[], None]) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(callback)

    def lexicon(self, lang: str) -> Lexicon:
        """The dictionary and rules for ``lang``, loaded once; FederError if it cannot be."""
        lang = normalise_language(lang)
        found = self._lexicons.get(lang)
        if found is not None:
            return found
        if lang not in SUPPORTED_LANGUAGES:
            raise FederError(
                QT_TRANSLATE_NOOP(
                    "Spelling",
                    "Spelling language “{lang}” is not supported. Feder checks {supported}.",
                ),
                lang=lang,
                supported=", ".join(SUPPORTED_LANGUAGES),
            )
        if enchant is None or lang not in available_languages():
            package = "hunspell-" + lang.lower().replace("_", "-")
            raise FederError(
                QT_TRANSLATE_NOOP(
                    "Spelling",
                    "No dictionary for {lang} is installed. Install it, for example with: "
                    "sudo apt-get install {package}",
                ),
                lang=lang,
                package=package,
            )
        try:
            dictionary = enchant.Dict(languages.get(lang).dictionary)
        except enchant.errors.Error as exc:
            raise FederError(
                QT_TRANSLATE_NOOP(
                    "Spelling", "The dictionary for {lang} could not be loaded: {reason}"
                ),
                lang=lang,
                reason=exc,
            ) from exc
        english = None
        if lang.startswith("de"):
            english = self._english_dictionary  # loaded when a German word first needs it
        found = self._lexicons[lang] = Lexicon(lang, dictionary, self.knowledge, english)
        return found

    def english_lexicon(self) -> Lexicon | None:
        """The English lexicon consulted for German text (the first installed), or None."""
        for other in ENGLISH_FOR_GERMAN:
            if other in available_languages():
                return self.lexicon(other)
        return None

    def _english_dictionary(self) -> Any:
        english = self.english_lexicon()
        return english.dictionary if english is not None else None

    @property
    def personal_words(self) -> frozenset[str]:
        return frozenset(self._personal)

    @property
    def session_ignores(self) -> frozenset[str]:
        return frozenset(self._session)

    def accepts(self, word: str) -> bool:
        """Whether the writer accepted ``word`` (personal dictionary or session ignore)."""
        return _in_word_set(word, self._personal, self._personal_upper) or _in_word_set(
            word, self._session, self._session_upper
        )

    def add_to_personal(self, word: str) -> None:
        """Accept ``word`` in every article from now on and save the list at once.

        The file is re-read before writing, so words another Feder window added
        meanwhile are kept; it is replaced atomically, so a crash leaves the old
        list or the new one, never half of one.
        """
        word = _valid_word(word)
        if self.personal_error is not None:
            raise self.personal_error
        on_disk = self._read_personal()
        if word not in on_disk:
            on_disk.append(word)
            data = "".join(entry + "\n" for entry in on_disk).encode("utf-8")
            try:
                self.personal_path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise FederError.from_os_error(
                    QT_TRANSLATE_NOOP(
                        "Spelling", "The personal dictionary could not be saved in {path}: {reason}"
                    ),
                    exc,
                    path=self.personal_path.parent,
                ) from exc
            write_bytes_atomic(self.personal_path, data)
        self._set_personal(on_disk)
        self._notify()

    def ignore_for_session(self, word: str) -> None:
        """Accept ``word`` until Feder quits, in every article."""
        word = _valid_word(word)
        self._session.add(word)
        self._session_upper.add(word.upper())
        self._notify()

    # -- the default article (scripts, tests, `feder check`) ---------------

    @property
    def lang(self) -> str:
        return self.default.lang

    @property
    def is_available(self) -> bool:
        return self.default.is_available

    @property
    def notice(self) -> FederError | None:
        return self.default.notice

    @property
    def article_ignores(self) -> frozenset[str]:
        return self.default.article_ignores

    @property
    def has_pending(self) -> bool:
        return self.default.has_pending

    def set_language(self, lang: str) -> None:
        self.default.set_language(lang)

    def set_article_ignores(self, words: Iterable[str]) -> None:
        self.default.set_article_ignores(words)

    def clear_cache(self) -> None:
        """Forget every remembered answer (benchmarks; a dictionary changed on disk)."""
        for lexicon in self._lexicons.values():
            lexicon.clear()
        for article in list(self._articles):
            article.forget_results()

    def check_word(self, word: str) -> bool:
        return self.default.check_word(word)

    def suggestions(self, word: str, limit: int = 5) -> list[str]:
        return self.default.suggestions(word, limit)

    def misspelled_spans(
        self, line: str, markdown: bool = True, *, deadline: float | None = None
    ) -> list[tuple[int, int]]:
        return self.default.misspelled_spans(line, markdown, deadline=deadline)

    def check_markdown(self, text: str) -> list[Misspelling]:
        return self.default.check_markdown(text)

    def take_pending(self, deadline: float, keep: Callable[[str], bool] | None = None) -> list[str]:
        return self.default.take_pending(deadline, keep)

    # -- internals -----------------------------------------------------------

    def _register(self, article: ArticleSpelling) -> None:
        self._articles.add(article)

    def _notify(self) -> None:
        for article in list(self._articles):
            article.forget_results()
        for callback in list(self._listeners):
            callback()

    def _set_personal(self, words: Iterable[str]) -> None:
        self._personal = set(words)
        self._personal_upper = {word.upper() for word in self._personal}

    def _load_personal(self) -> None:
        try:
            self._set_personal(self._read_personal())
        except FederError as error:
            self.personal_error = error

    def _read_personal(self) -> list[str]:
        try:
            data = self.personal_path.read_bytes()
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise FederError.from_os_error(
                QT_TRANSLATE_NOOP(
                    "Spelling", "The personal dictionary {path} could not be read: {reason}"
                ),
                exc,
                path=self.personal_path,
            ) from exc
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise FederError(
                QT_TRANSLATE_NOOP(
                    "Spelling",
                    "The personal dictionary {path} is not UTF-8 text. Feder leaves it unchanged.",
                ),
                path=self.personal_path,
            ) from exc
        words: list[str] = []
        for line in text.splitlines():
            word = unicodedata.normalize("NFC", line.strip())
            if word and word not in words:
                words.append(word)
        return words


class ArticleSpelling:
    """Checks one article's words: its language, ignores and names over the shared service.

    Remembers each token's answer, so a re-highlight costs a dictionary look-up
    per line, not per word.
    """

    def __init__(self, service: SpellService, lang: str = DEFAULT_LANGUAGE) -> None:
        self.service = service
        #: Why the language asked for is not the one in use (shown, not raised).
        self.notice: FederError | None = None
        self._lexicon: Lexicon | None = None
        self._english: Lexicon | None = None
        self._lang = normalise_language(lang) or DEFAULT_LANGUAGE
        self._tokens: dict[str, tuple[Problem, ...]] = {}  # per token (+"."), English ones with a prefix
        self._pending: set[tuple[str, str]] = set()  # (lang, word) waiting for a look-up
        self._deferred: set[str] = set()  # token keys that waited on them (skipped fast)
        #: Tokens left unchecked by :meth:`spans` so far (grows by one per token deferred):
        #: a caller compares it before and after a line to learn whether the line waits.
        self.deferred_count = 0
        self._article: set[str] = set()
        self._article_upper: set[str] = set()
        self._names: frozenset[str] = frozenset()
        service._register(self)
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
        """Up to ``limit`` replacements for ``word``, best first, never the word itself.

        Hunspell's own suggestions and the frequent words one edit away, ranked
        by :func:`editor.core.spelling.suggest.rank`; compound fragments
        ("Haus-") and pointless case changes ("wegen" for a sentence-initial
        "Wegen") are left out.
        """
        if self._lexicon is None or not word.strip() or len(word) > MAX_WORD:
            return []
        self._wait_for_knowledge()
        query = normalise_word(word.strip())
        typographic = "’" in word
        lexicon = self._lexicon
        candidates: list[str] = []
        target = lexicon.target(query)
        if target:
            candidates.append(target)
        with contextlib.suppress(enchant.errors.Error, ValueError):
            candidates.extend(lexicon.dictionary.suggest(query))
        candidates.extend(lexicon.frequent_neighbours(query))
        cleaned = []
        for suggestion in candidates:
            suggestion = unicodedata.normalize("NFC", suggestion.strip())
            if not suggestion or suggestion.startswith("-") or suggestion.endswith("-"):
                continue
            if suggestion == query or _pointless_case_change(query, suggestion):
                continue
            cleaned.append(suggestion)
        family = lexicon.family
        ranked = rank(query, cleaned, lambda w: self.service.knowledge.zipf100(w, family), limit)
        unique: list[str] = []
        seen: set[str] = set()
        for suggestion in ranked:
            key = suggestion.casefold()
            if key not in seen:
                seen.add(key)
                unique.append(suggestion.replace("'", "’") if typographic else suggestion)
        return unique

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
        found = tokens(line, markdown)
        english = self._english_tokens(line, found) if self._lexicon.family == "de" else None
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
        _, text, dot_after = token
        lead = 1 if text[0] in "-‐‑" else 0
        trail = 1 if len(text) > lead + 1 and text[-1] in "-‐‑" else 0
        core = text[lead : len(text) - trail]
        if not any(char.isalpha() for char in core):
            return _NO_PROBLEMS  # numbers, "3-4"
        if lead or trail:  # "Ein-", "-ausgang": the dictionary knows such halves
            verdict = self._verdict(text, deadline, in_english)
            if verdict != WRONG:
                return None if verdict is None else _NO_PROBLEMS
        pieces = split_hyphens(core)
        if len(pieces) == 1:
            return self._word_problems(core, lead, dot_after and not trail, deadline, in_english)
        verdict = self._verdict(core, deadline, in_english)
        if verdict is None:
            return None
        if verdict == OK:
            return _NO_PROBLEMS
        problems: list[Problem] = []
        last = len(pieces) - 1
        for index, (offset, piece) in enumerate(pieces):
            found = self._word_problems(
                piece, lead + offset, index == last and dot_after and not trail, deadline, in_english
            )
            if found is None:
                return None
            problems.extend(found)
        return tuple(problems)

    def _word_problems(
        self, word: str, offset: int, dot_after: bool, deadline: float | None, in_english: bool
    ) -> tuple[Problem, ...] | None:
        if len(word) < 2 or any(char.isdigit() for char in word):
            return _NO_PROBLEMS  # single letters ("z. B.") and words with digits
        verdict = self._verdict(word, deadline, in_english)
        if verdict in (WRONG, TYPO) and dot_after:  # "bzw.", "Abb."
            with_dot = self._verdict(word + ".", deadline, in_english)
            verdict = None if with_dot is None else (OK if with_dot == OK else verdict)
        if verdict not in (OK, None) and ("'" in word or "’" in word or "ʼ" in word):
            stem, _, tail = word.translate(NORMALISE).rpartition("'")
            clitic = tail.lower() in _CLITICS.get(self._lang[:2], frozenset()) and len(stem) > 1
            if clitic and self._verdict(stem, deadline, in_english) == OK:
                verdict = OK
        if verdict is None:
            return None
        if verdict == OK:
            return _NO_PROBLEMS
        return ((offset, len(word), verdict == PROBABLE),)

    def _verdict(self, word: str, deadline: float | None, in_english: bool = False) -> int | None:
        """One question: the writer's lists first, then the lexicon; None if deferred."""
        word = normalise_word(word)
        if self.service.accepts(word) or _in_word_set(word, self._article, self._article_upper):
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

    def _english_tokens(self, line: str, found: list[Token]) -> set[int] | None:
        """Indexes of the tokens that belong to English sentences of a German line."""
        if not any(text.lower() in ENGLISH_MARKERS for _, text, _ in found):
            return None
        result: set[int] = set()
        sentence: list[int] = []
        previous_end = 0
        for index, (start, text, _) in enumerate(found):
            if sentence and _SENTENCE_BREAK.search(line, previous_end, start):
                result.update(_english_sentence(found, sentence))
                sentence = []
            sentence.append(index)
            previous_end = start + len(text)
        result.update(_english_sentence(found, sentence))
        return result or None


def article_names(meta: dict[str, Any], body: str) -> set[str]:
    """Capitalised words the article itself vouches for.

    Those in the headline, teaser, tags, author names and image credits that
    stand in a second place too, and those used three or more times in the body.
    They are accepted there unless the typo guard calls them typos.
    """
    fields: list[str] = []
    for key in ("title", "teaser"):
        value = meta.get(key)
        if isinstance(value, str):
            fields.append(value)
    tags = meta.get("tags")
    if isinstance(tags, str):
        fields.append(tags)
    elif isinstance(tags, list):
        fields.extend(str(tag) for tag in tags)
    for author in meta.get("authors") or []:
        if isinstance(author, str):
            fields.append(author)
        elif isinstance(author, dict) and isinstance(author.get("name"), str):
            fields.append(author["name"])
    image = meta.get("image")
    if isinstance(image, dict) and isinstance(image.get("credit"), str):
        fields.append(image["credit"])
    fields.extend(_CREDIT.findall(body))
    # A field vouches for a word used somewhere else too (another field, the body): a
    # word that stands only in the headline is that field's own and must stay checked
    # there, or every capitalised typo in a headline would pass.
    counts = Counter(_CAPITALISED.findall(body))
    places = Counter(word for text in fields for word in set(_CAPITALISED.findall(text)))
    names = {word for word, seen in places.items() if seen + counts[word] >= 2}
    names.update(word for word, count in counts.items() if count >= 3)
    return names


#: A capitalised word (the candidate for an article's own name).
_CAPITALISED = re.compile(r"(?<![\w\-])[A-ZÄÖÜ][\w’']*\w(?![\w\-])")
_CREDIT = re.compile(r"credit=\"([^\"]*)\"")
_SENTENCE_BREAK = re.compile(r"[.!?:;„“”\"()]")
#: Words that mark a sentence as English (and are not German words).
ENGLISH_MARKERS = frozenset(
    "the and of to is are was were with for that this you your we they it's be been "
    "has have had not but from by at on or which who what there their would could should "
    "will can an its".split()
)
GERMAN_MARKERS = frozenset(
    "der die das und ist nicht mit für von zu den ein eine im auf sich des dem wird sind "
    "auch es er sie wir bei nach aus wie".split()
)


def _english_sentence(found: list[Token], indexes: list[int]) -> list[int]:
    if len(indexes) < 3:
        return []
    words = [found[i][1].lower() for i in indexes]
    english = sum(word in ENGLISH_MARKERS for word in words)
    german = sum(word in GERMAN_MARKERS for word in words)
    return indexes if english >= 2 and english > german else []


def _valid_word(word: str) -> str:
    cleaned = normalise_word(word.strip())
    if not cleaned or any(char.isspace() for char in cleaned):
        raise FederError(QT_TRANSLATE_NOOP("Spelling", "“{word}” is not a single word."), word=word)
    return cleaned


def _in_word_set(word: str, words: set[str], upper: set[str]) -> bool:
    """``word`` is in ``words`` as written, capitalised at a sentence start, or in capitals."""
    if not words:
        return False
    if word in words:
        return True
    if word[:1].isupper() and word[:1].lower() + word[1:] in words:
        return True
    return word.isupper() and word in upper


def _pointless_case_change(word: str, suggestion: str) -> bool:
    """A suggestion that only lower-cases a capitalised word, or only re-cases an all-caps one.

    A capital first letter is right at every sentence start, and text in
    capitals was written that way on purpose: changing only the case cannot be
    the fix. "jahrhundert" → "Jahrhundert" or "HAus" → "Haus" stay.
    """
    if suggestion.casefold() != word.casefold():
        return False
    if word.isupper() and len(word) > 1:
        return True
    return word[:1].isupper() and word[1:] == suggestion[1:] and suggestion[:1].islower()
