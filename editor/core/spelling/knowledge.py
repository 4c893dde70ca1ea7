"""What the spellchecker knows beyond hunspell: word frequencies and Feder's word lists.

Two sources, both loaded once per process and only when first needed:

- word frequencies for German and English from the ``wordfreq`` package
  (CC BY-SA data drawn from news, subtitles, Wikipedia and the web; it
  includes names, brands and loanwords that hunspell lacks), stored as
  Zipf values times 100 (Zipf 3 = once per million words) in a compact table
  built once and then mapped from the user's cache folder (:mod:`.frequencies`);
- the plain-text lists under ``resources/spelling/``: brands, names,
  abbreviations (with their dot), units, English words. Writers can read and
  extend them: ``#`` starts a comment line, one entry a line.

:class:`Knowledge` can load in a background thread (:meth:`Knowledge.start`),
so a window keeps drawing meanwhile; :meth:`Knowledge.wait` blocks until done.
"""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path

from editor import paths
from editor.core.spelling.frequencies import FrequencyTable, load_table

#: Frequencies below this (Zipf × 100) are dropped when loading: such words are
#: too rare to vouch for a spelling, and keeping them would double the memory.
MIN_ZIPF100 = {"de": 130, "en": 250}
LIST_FILES = ("brands", "names", "abbreviations", "units", "english")
#: SI prefixes a unit from the list may carry (kWh, mAh, GHz, µm, nm).
SI_PREFIXES = ("da", "Y", "Z", "E", "P", "T", "G", "M", "k", "h", "d", "c", "m", "µ", "μ", "n", "p")


class Knowledge:
    """Frequencies and word lists; see the module docstring. Thread-safe loading."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder else paths.resource("spelling")
        self.zipf: dict[str, FrequencyTable] = {"de": FrequencyTable.empty(), "en": FrequencyTable.empty()}
        self.names: frozenset[str] = frozenset()  # brands and names, as written
        self.names_upper: frozenset[str] = frozenset()
        self.names_by_lower: dict[str, str] = {}  # "oneplus" → "OnePlus", for suggestions
        self.english: frozenset[str] = frozenset()  # lower-cased
        self.units: frozenset[str] = frozenset()
        self.abbreviations: frozenset[str] = frozenset()  # with their dot
        self._lock = threading.Lock()
        self._family_lock = threading.Lock()  # the window's and a worker thread may both ask
        self._thread: threading.Thread | None = None
        self._done = threading.Event()

    @property
    def ready(self) -> bool:
        return self._done.is_set()

    def start(self) -> None:
        """Begin loading in a background thread (once); returns at once."""
        with self._lock:
            if self._thread is None and not self._done.is_set():
                self._thread = threading.Thread(target=self._load, name="spelling-knowledge", daemon=True)
                self._thread.start()

    def wait(self) -> None:
        """Load now if nobody started yet; block until loaded."""
        with self._lock:
            if self._thread is None and not self._done.is_set():
                self._thread = threading.current_thread()
                run_here = True
            else:
                run_here = False
        if run_here:
            self._load()
        else:
            self._done.wait()

    # -- questions (only meaningful once ready) --------------------------------

    def zipf100(self, word: str, family: str = "de") -> int:
        """How common ``word`` is (case-insensitive): Zipf × 100, 0 for unattested.

        wordfreq folds case the Unicode way, so "großen" is stored as "grossen".
        """
        return self.zipf[family].get(word.casefold(), 0)

    def is_name(self, word: str) -> bool:
        """A brand, product, organisation or person from the lists, as written (or in capitals)."""
        if word in self.names:
            return True
        return word.isupper() and word in self.names_upper

    def is_unit(self, word: str) -> bool:
        if word in self.units:
            return True
        for prefix in SI_PREFIXES:
            if word.startswith(prefix) and word[len(prefix) :] in self.units:
                return True
        return False

    # -- loading ----------------------------------------------------------------

    def _load(self) -> None:
        try:
            lists = {name: _read_list(self.folder / f"{name}.txt") for name in LIST_FILES}
            names: set[str] = set()
            for entry in lists["brands"] + lists["names"]:
                names.add(entry)
                names.update(part for part in entry.replace("-", " ").split() if len(part) > 1)
            self.names = frozenset(names)
            self.names_upper = frozenset(name.upper() for name in names)
            self.names_by_lower = {name.lower(): name for name in sorted(names)}
            english: set[str] = set()
            for entry in lists["english"]:
                english.update(part.lower() for part in entry.replace("-", " ").split())
            self.english = frozenset(english)
            self.units = frozenset(lists["units"])
            self.abbreviations = frozenset(lists["abbreviations"])
            self.zipf["de"] = _frequencies("de")
        finally:
            self._done.set()

    def family(self, family: str) -> None:
        """Make sure the frequencies of ``family`` are there (English only when an
        English text asks: German text needs only the German table)."""
        if family != "de" and not self.zipf.get(family):
            with self._family_lock:
                if not self.zipf.get(family):
                    self.zipf[family] = _frequencies(family)


_shared: dict[Path, Knowledge] = {}
_shared_lock = threading.Lock()


def shared_knowledge(folder: Path | None = None) -> Knowledge:
    """The one :class:`Knowledge` of this process for ``folder`` (created, not loaded)."""
    key = Path(folder) if folder else paths.resource("spelling")
    with _shared_lock:
        found = _shared.get(key)
        if found is None:
            found = _shared[key] = Knowledge(key)
        return found


def _read_list(path: Path) -> list[str]:
    """Entries of one list file; a missing file is an empty list."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (FileNotFoundError, UnicodeDecodeError, OSError):
        return []
    entries = []
    for line in text.splitlines():
        entry = line.strip()
        if entry and not entry.startswith("#"):
            entries.append(unicodedata.normalize("NFC", entry))
    return entries


def _frequencies(family: str) -> FrequencyTable:
    try:
        return load_table(family, MIN_ZIPF100[family], paths.user_cache_dir())
    except (ImportError, LookupError, OSError, ValueError):  # pragma: no cover - broken data files
        return FrequencyTable.empty()
