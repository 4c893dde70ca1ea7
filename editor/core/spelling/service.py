"""The application's one spelling state: dictionaries, the writer's lists, word knowledge.

:class:`SpellService` is Qt-free so the editor, the field widgets, ``feder check``
and the pre-publish check all judge words the same way. It loads each
dictionary once (:mod:`.dictionaries`) with its rules (:class:`~.rules.Lexicon`,
which remembers every answer in a per-word cache, because an article repeats
its words and a re-highlight must not pay for them again) and holds what every
article shares: the writer's personal dictionary (a UTF-8 file, one word per
line) and the words ignored for this session. What belongs to one article, its
language, ``spelling.ignore`` list and own names, is an
:class:`~.article.ArticleSpelling` made by :meth:`SpellService.article`.

Without any dictionary the service reports every word as correct, so the
editor keeps working; :data:`NO_DICTIONARY` says how to install one.
"""

from __future__ import annotations

import contextlib
import unicodedata
import weakref
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from editor import paths
from editor.core.files.storage import write_bytes_atomic
from editor.core.messages import QT_TRANSLATE_NOOP, FederError
from editor.core.spelling.article import (
    MISSPELLING,
    PROBABLE_TYPO,
    ArticleSpelling,
    Misspelling,
    Problem,
)
from editor.core.spelling.dictionaries import (
    DEFAULT_LANGUAGE,
    ENGLISH_FOR_GERMAN,
    NO_DICTIONARY,
    SUPPORTED_LANGUAGES,
    available_languages,
    in_word_set,
    normalise_language,
    open_dictionary,
)
from editor.core.spelling.knowledge import shared_knowledge
from editor.core.spelling.rules import Lexicon
from editor.core.spelling.tokens import normalise_word

# Where callers have always found them (the editor, the commands, the tests).
__all__ = [
    "DEFAULT_LANGUAGE",
    "MISSPELLING",
    "NO_DICTIONARY",
    "PERSONAL_FILE",
    "PROBABLE_TYPO",
    "SUPPORTED_LANGUAGES",
    "ArticleSpelling",
    "Misspelling",
    "Problem",
    "SpellService",
    "available_languages",
    "normalise_language",
]

PERSONAL_FILE = "personal-dictionary.txt"


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
        dictionary = open_dictionary(lang)
        english = None
        if lang.startswith("de"):
            english = self._english_dictionary  # loaded when a German word first needs it
        found = self._lexicons[lang] = Lexicon(lang, dictionary, self.knowledge, english)
        return found

    def load_dictionaries_in_background(self) -> None:
        """Read the dictionaries opened so far from disk on threads of their own.

        They are opened at once but read when first used (see
        :class:`~.dictionaries.Dictionary`): the editor calls this after its
        first frame, so the words are checked by the time the writer pauses.
        """
        for lexicon in list(self._lexicons.values()):
            load = getattr(lexicon.dictionary, "load_in_background", None)
            if load is not None:
                load()

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
        return in_word_set(word, self._personal, self._personal_upper) or in_word_set(
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

    def register(self, article: ArticleSpelling) -> None:
        """Called by each new :class:`ArticleSpelling`: it forgets its answers when the lists change."""
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


def _valid_word(word: str) -> str:
    cleaned = normalise_word(word.strip())
    if not cleaned or any(char.isspace() for char in cleaned):
        raise FederError(QT_TRANSLATE_NOOP("Spelling", "“{word}” is not a single word."), word=word)
    return cleaned
