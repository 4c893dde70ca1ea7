"""Which dictionaries there are and how one is opened; the writer's word sets.

Hunspell dictionaries come through enchant (pyenchant). Without libenchant or
any dictionary Feder still runs and reports every word as correct;
:data:`NO_DICTIONARY` tells how to install one.
"""

from __future__ import annotations

import threading
from typing import Any

from editor.core import languages
from editor.core.messages import QT_TRANSLATE_NOOP, FederError

try:  # pyenchant raises ImportError (or AssertionError) when libenchant is missing
    import enchant
except Exception:  # pragma: no cover - exercised in a subprocess test
    enchant = None

#: The languages Feder offers, in menu order (from the one catalogue).
SUPPORTED_LANGUAGES = languages.SUPPORTED
DEFAULT_LANGUAGE = languages.DEFAULT
normalise_language = languages.normalise

NO_DICTIONARY = QT_TRANSLATE_NOOP(
    "Spelling",
    "No spelling dictionary is installed, so spelling is not checked. "
    "Install one, for example with: sudo apt-get install hunspell-de-de",
)
#: English dictionaries consulted for English words in German text, first found wins.
ENGLISH_FOR_GERMAN = ("en_US", "en_GB")

#: libenchant's brokers and hunspell's set-up of a dictionary are not made for two
#: threads at once (a worker thread checks whole texts, see :mod:`.batch`): every
#: question to a broker and every opening of a dictionary holds this lock. Checking
#: words needs no lock as long as each thread has its own dictionary objects.
_ENCHANT_LOCK = threading.RLock()


if enchant is not None:

    class _Broker(enchant.Broker):
        """A broker that frees itself (and the dictionaries it still holds) under the lock.

        Garbage collection may run in any thread, at any time: without the lock a
        broker or dictionary freed there could meet another thread opening one.
        """

        def _free(self) -> None:
            with _ENCHANT_LOCK:
                super()._free()

    class _Dict(enchant.Dict):
        """A dictionary freed under the lock; see :class:`_Broker`."""

        def _free(self) -> None:
            with _ENCHANT_LOCK:
                super()._free()


def new_broker() -> Any:
    """A broker of one's own, for a thread that opens its own dictionaries (None without enchant)."""
    if enchant is None:
        return None
    with _ENCHANT_LOCK:
        return _Broker()


def installed_dictionaries() -> list[tuple[str, str]]:
    """Every dictionary enchant can open, as (language tag, provider name); [] without enchant."""
    if enchant is None:
        return []
    with _ENCHANT_LOCK:
        broker = _Broker()
        found = [(tag, provider.name) for tag, provider in broker.list_dicts()]
        broker._free()
    return found


def available_languages(broker: Any = None) -> list[str]:
    """The supported languages that have an installed dictionary, in menu order."""
    if enchant is None:
        return []
    result = []
    with _ENCHANT_LOCK:
        exists = broker.dict_exists if broker is not None else enchant.dict_exists
        for language in languages.LANGUAGES:
            try:
                if exists(language.dictionary):
                    result.append(language.code)
            except enchant.errors.Error:  # a broken provider must not take the editor down
                continue
    return result


class Dictionary:
    """An installed hunspell dictionary, read from disk when first asked (or by :meth:`load`).

    Reading it takes 50-170 ms, more than the rest of the spelling set-up: the
    editor shows its window first and loads it in the background afterwards
    (:meth:`load_in_background`); whoever asks before it is there waits for it.
    """

    def __init__(self, tag: str, broker: Any = None) -> None:
        self.tag = tag
        self._broker = broker  # None: enchant's default broker
        self._loaded: Any = None
        self._failure: str | None = None

    @property
    def is_loaded(self) -> bool:
        return self._loaded is not None

    def load(self) -> Any:
        """Enchant's dictionary, read now if it was not yet (thread-safe)."""
        loaded = self._loaded
        if loaded is not None:
            return loaded
        with _ENCHANT_LOCK:
            if self._loaded is None:
                try:
                    self._loaded = _Dict(self.tag, self._broker)
                except enchant.errors.Error as exc:  # found a moment ago, unreadable now
                    self._failure = str(exc)
                    self._loaded = _AcceptsAll()
        return self._loaded

    def load_in_background(self) -> threading.Thread | None:
        """Read the dictionary on a thread of its own (enchant lets go of Python meanwhile)."""
        if self._loaded is not None:
            return None
        thread = threading.Thread(target=self.load, name=f"dictionary {self.tag}", daemon=True)
        thread.start()
        return thread

    def check(self, word: str) -> bool:
        return self.load().check(word)

    def suggest(self, word: str) -> list[str]:
        return self.load().suggest(word)


class _AcceptsAll:
    """Stands in for a dictionary that could not be read: every word is right, as without one."""

    def check(self, _word: str) -> bool:
        return True

    def suggest(self, _word: str) -> list[str]:
        return []


def open_dictionary(lang: str, broker: Any = None) -> Dictionary:
    """The hunspell dictionary for the normalised ``lang``; FederError if none is installed.

    It is read from disk when first used (see :class:`Dictionary`). ``broker``
    (:func:`new_broker`) for a thread with dictionaries of its own.
    """
    if lang not in SUPPORTED_LANGUAGES:
        raise FederError(
            QT_TRANSLATE_NOOP(
                "Spelling",
                "Spelling language “{lang}” is not supported. Feder checks {supported}.",
            ),
            lang=lang,
            supported=", ".join(SUPPORTED_LANGUAGES),
        )
    if enchant is None or lang not in available_languages(broker):
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
    return Dictionary(languages.get(lang).dictionary, broker)


def suggest(dictionary: Any, word: str) -> list[str]:
    """Hunspell's own suggestions for ``word`` (none where enchant refuses the word)."""
    try:
        return list(dictionary.suggest(word))
    except (enchant.errors.Error, ValueError):
        return []


def in_word_set(word: str, words: set[str], upper: set[str]) -> bool:
    """``word`` is in ``words`` as written, capitalised at a sentence start, or in capitals."""
    if not words:
        return False
    if word in words:
        return True
    if word[:1].isupper() and word[:1].lower() + word[1:] in words:
        return True
    return word.isupper() and word in upper


