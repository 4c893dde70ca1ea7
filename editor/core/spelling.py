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

import time
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from editor import paths
from editor.core import frontmatter, languages
from editor.core.messages import QT_TRANSLATE_NOOP, FederError
from editor.core.spelling_tokens import (
    NORMALISE,
    Token,
    normalise_word,
    prose_lines,
    split_hyphens,
    tokens,
)
from editor.core.storage import write_bytes_atomic

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
_NO_PROBLEMS: tuple[tuple[int, int], ...] = ()
_CACHE_LIMIT = 200_000


class Misspelling(NamedTuple):
    """A wrong word in an article text: 0-based line, column (code points), the word."""

    line: int
    column: int
    word: str


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
    """Judges words and lines for one language; see the module docstring.

    Not thread-safe: give each thread its own instance.
    """

    def __init__(self, lang: str = DEFAULT_LANGUAGE, personal_path: Path | None = None) -> None:
        self.personal_path = (
            Path(personal_path) if personal_path else paths.user_data_dir() / PERSONAL_FILE
        )
        #: Why the personal dictionary could not be read (it is then never overwritten).
        self.personal_error: FederError | None = None
        #: Why the language asked for is not the one in use (shown, not raised).
        self.notice: FederError | None = None
        self._dict: Any = None
        self._lang = normalise_language(lang) or DEFAULT_LANGUAGE
        self._words: dict[str, bool] = {}  # enchant's answers, per normalised word
        self._tokens: dict[str, tuple[tuple[int, int], ...]] = {}  # per token (+".")
        self._pending: set[str] = set()  # words waiting for enchant
        self._deferred: set[str] = set()  # token keys that waited on them (skipped fast)
        self._personal: set[str] = set()
        self._personal_upper: set[str] = set()
        self._session: set[str] = set()
        self._article: set[str] = set()
        self._ignored: set[str] = set()  # session and article ignores together
        self._ignored_upper: set[str] = set()
        self._load_personal()
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
        return self._dict is not None

    def set_language(self, lang: str) -> None:
        """Check in ``lang`` from now on; raise FederError if it cannot be used."""
        lang = normalise_language(lang)
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
        if self._dict is not None and lang == self._lang:
            return
        try:
            self._dict = enchant.Dict(languages.get(lang).dictionary)
        except enchant.errors.Error as exc:
            raise FederError(
                QT_TRANSLATE_NOOP(
                    "Spelling", "The dictionary for {lang} could not be loaded: {reason}"
                ),
                lang=lang,
                reason=exc,
            ) from exc
        self._lang = lang
        self.notice = None
        self.clear_cache()

    def clear_cache(self) -> None:
        """Forget every remembered answer (benchmarks; a dictionary changed on disk)."""
        self._words.clear()
        self._forget_results()

    # -- single words -------------------------------------------------------

    def check_word(self, word: str) -> bool:
        """Whether ``word`` (one word, no surrounding punctuation) is spelled right.

        The same rules as in running text apply: compounds by parts, digits and
        single letters are never wrong.
        """
        word = word.strip()
        if not word or self._dict is None:
            return True
        return not self._token_problems((0, word, False), None)

    def suggestions(self, word: str, limit: int = 5) -> list[str]:
        """Up to ``limit`` replacements for ``word``, best first, without the junk.

        Hunspell also offers compound fragments ("Haus-", "-trasse") and the word
        itself with only its capitalisation changed where that cannot be the
        problem ("wegen" for a sentence-initial "Wegen"); writers never want those.
        """
        if self._dict is None or not word.strip():
            return []
        query = word.translate(NORMALISE)
        try:
            raw = self._dict.suggest(query)
        except enchant.errors.Error:
            return []
        typographic = "’" in word
        result: list[str] = []
        seen: set[str] = set()
        for suggestion in raw:
            suggestion = suggestion.strip()
            if not suggestion or suggestion.startswith("-") or suggestion.endswith("-"):
                continue
            if suggestion == query or _pointless_case_change(query, suggestion):
                continue
            key = suggestion.casefold()
            if key in seen:
                continue
            seen.add(key)
            result.append(suggestion.replace("'", "’") if typographic else suggestion)
            if len(result) >= limit:
                break
        return result

    # -- personal dictionary and ignores ------------------------------------

    @property
    def personal_words(self) -> frozenset[str]:
        return frozenset(self._personal)

    @property
    def article_ignores(self) -> frozenset[str]:
        return frozenset(self._article)

    @property
    def session_ignores(self) -> frozenset[str]:
        return frozenset(self._session)

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

    def ignore_for_session(self, word: str) -> None:
        """Accept ``word`` until Feder quits, in every article."""
        self._session.add(_valid_word(word))
        self._ignores_changed()

    def set_article_ignores(self, words: Iterable[str]) -> None:
        """The current article's ``spelling.ignore`` list (replaces the previous one)."""
        new = {normalise_word(w.strip()) for w in words if isinstance(w, str) and w.strip()}
        if new != self._article:
            self._article = new
            self._ignores_changed()

    # -- lines and texts ----------------------------------------------------

    def misspelled_spans(
        self, line: str, markdown: bool = True, *, deadline: float | None = None
    ) -> list[tuple[int, int]]:
        """``(start, length)`` of each wrong word in ONE line, in code points.

        With ``markdown`` the line is read as Markdown: code spans, link targets,
        HTML and the like are skipped (see :mod:`editor.core.spelling_tokens`).
        Fenced code and front matter span lines; the caller skips those lines.

        ``deadline`` (a :func:`time.perf_counter` value) bounds the time spent
        asking enchant: once it has passed, words not yet in the cache count as
        correct for now and wait in :meth:`take_pending` for a later, unhurried check.
        """
        if self._dict is None:
            return []
        result: list[tuple[int, int]] = []
        cache = self._tokens
        for token in tokens(line, markdown):
            start, text, dot_after = token
            key = text + "." if dot_after else text
            problems = cache.get(key)
            if problems is None:
                if deadline is not None and key in self._deferred:
                    continue  # already waiting for enchant
                problems = self._token_problems(token, deadline)
                if problems is None:
                    self._deferred.add(key)
                    continue  # deferred: counts as correct until checked
                if len(cache) > _CACHE_LIMIT:
                    cache.clear()
                cache[key] = problems
            for offset, length in problems:
                result.append((start + offset, length))
        return result

    def check_markdown(self, text: str) -> list[Misspelling]:
        """Every wrong word in an article text (front matter, fenced code and comments skipped).

        The article's own ``spelling.ignore`` list counts in addition to the
        ignores already set, so ``feder check`` agrees with the editor.
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
        saved = self._article
        if not extra_words <= saved:
            self.set_article_ignores(saved | extra_words)
        try:
            return [
                Misspelling(number, offset + column, line[column : column + length])
                for number, offset, line in prose_lines(text)
                for column, length in self.misspelled_spans(line)
            ]
        finally:
            self.set_article_ignores(saved)

    # -- deferred checks (for a first pass that must not block the window) --

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def take_pending(self, deadline: float) -> list[str]:
        """Check deferred words until ``deadline``; return those found wrong.

        The caller re-highlights the lines that contain them (a text search for
        the returned words in normalised text, see :func:`normalise_word`).
        """
        wrong = []
        self._deferred.clear()
        while self._pending and time.perf_counter() < deadline:
            word = self._pending.pop()
            if word not in self._words and not self._ask_enchant(word):
                wrong.append(word)
        return wrong

    # -- internals ----------------------------------------------------------

    def _token_problems(
        self, token: Token, deadline: float | None
    ) -> tuple[tuple[int, int], ...] | None:
        """Wrong stretches inside ``token`` (relative offsets), or None if deferred."""
        _, text, dot_after = token
        lead = 1 if text[0] in "-‐‑" else 0
        trail = 1 if len(text) > lead + 1 and text[-1] in "-‐‑" else 0
        core = text[lead : len(text) - trail]
        if not any(char.isalpha() for char in core):
            return _NO_PROBLEMS  # numbers, "3-4"
        if lead or trail:  # "Ein-", "-ausgang": the dictionary knows such halves
            verdict = self._is_correct(text, deadline)
            if verdict is not False:
                return None if verdict is None else _NO_PROBLEMS
        pieces = split_hyphens(core)
        if len(pieces) == 1:
            return self._word_problems(core, lead, dot_after and not trail, deadline)
        verdict = self._is_correct(core, deadline)
        if verdict is not False:
            return None if verdict is None else _NO_PROBLEMS
        problems: list[tuple[int, int]] = []
        last = len(pieces) - 1
        for index, (offset, piece) in enumerate(pieces):
            found = self._word_problems(
                piece, lead + offset, index == last and dot_after and not trail, deadline
            )
            if found is None:
                return None
            problems.extend(found)
        return tuple(problems)

    def _word_problems(
        self, word: str, offset: int, dot_after: bool, deadline: float | None
    ) -> tuple[tuple[int, int], ...] | None:
        if len(word) < 2 or any(char.isdigit() for char in word):
            return _NO_PROBLEMS  # single letters ("z. B.") and words with digits
        verdict = self._is_correct(word, deadline)
        if verdict is False and dot_after:  # "bzw.", "Dipl."
            verdict = self._is_correct(word + ".", deadline)
        if verdict is False and ("'" in word or "’" in word or "ʼ" in word):
            stem, _, tail = word.translate(NORMALISE).rpartition("'")
            if tail.lower() in _CLITICS.get(self._lang[:2], frozenset()) and len(stem) > 1:
                verdict = self._is_correct(stem, deadline)
        if verdict is None:
            return None
        return _NO_PROBLEMS if verdict else ((offset, len(word)),)

    def _is_correct(self, word: str, deadline: float | None) -> bool | None:
        """One dictionary question: personal list and ignores first, then the cache, then enchant."""
        word = normalise_word(word)
        if _in_word_set(word, self._personal, self._personal_upper):
            return True
        if _in_word_set(word, self._ignored, self._ignored_upper):
            return True
        verdict = self._words.get(word)
        if verdict is not None:
            return verdict
        if deadline is not None and time.perf_counter() > deadline:
            self._pending.add(word)
            return None
        return self._ask_enchant(word)

    def _ask_enchant(self, word: str) -> bool:
        try:
            verdict = bool(self._dict.check(word))
        except (enchant.errors.Error, ValueError):
            verdict = True  # enchant refuses some input (too long); never flag what it cannot judge
        if len(self._words) > _CACHE_LIMIT:
            self._words.clear()
        self._words[word] = verdict
        return verdict

    def _forget_results(self) -> None:
        self._tokens.clear()
        self._pending.clear()
        self._deferred.clear()

    def _ignores_changed(self) -> None:
        self._ignored = self._session | self._article
        self._ignored_upper = {word.upper() for word in self._ignored}
        self._forget_results()

    def _set_personal(self, words: Iterable[str]) -> None:
        self._personal = set(words)
        self._personal_upper = {word.upper() for word in self._personal}
        self._forget_results()

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
