"""The rules that decide one word, for one dictionary language: :class:`Lexicon`.

Hunspell knows the general vocabulary but not journalism's: acronyms, units,
brands, names, English terms, new compounds. Each rule below accepts a kind of
word hunspell rejects; over all of them stands the **typo guard**: a word one
edit (insert, delete, substitute, swap neighbours, ä/ae, ß/ss) away from a much
more frequent word is a typo, whichever rule would accept it. The guard also
catches typos hunspell's compounding lets through ("Mondtag" = Mond + Tag,
meant "Montag"): those are *probable* typos, shown with a quieter underline.

Answers are cached per word; a verdict is one of :data:`OK`, :data:`WRONG`
(no rule knows the word), :data:`TYPO` (wrong, and close to a frequent word)
or :data:`PROBABLE` (hunspell knows it, the guard doubts it); :meth:`Lexicon.target`
names the frequent word the guard found.
"""

from __future__ import annotations

import re
from typing import Any

from editor.core.spelling_knowledge import Knowledge

OK, WRONG, TYPO, PROBABLE = 0, 1, 2, 3

#: 2–6 capitals (digits allowed after the first), optional plural s: OLED, OLEDs, MP3 excluded (digits skip anyway).
ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,5}s?")
LETTERS = "abcdefghijklmnopqrstuvwxyzäöüß"
#: German linking elements between the parts of a compound (Einkauf-s-wagen).
LINKS = ("", "s", "es", "n", "en", "er", "e")
MIN_PART = 3

# Frequencies as Zipf × 100 (300 = once per million words).
#: German words at least this common are accepted although hunspell lacks them.
ACCEPT_ZIPF = 200
#: The guard looks only at words rarer than this ...
RARE_ZIPF = 200
#: ... and only for neighbours at least this common ...
NEIGHBOUR_ZIPF = 300
#: ... and this much more common (×100: 2.0 = a hundred times as frequent).
GUARD_GAP = 200
#: For a word only its frequency vouches for: neighbours ten times as frequent
#: count, as long as the word itself is rarer than this.
FREQUENT_GUARD_GAP = 100
FREQUENT_RARE_ZIPF = 400
#: For words hunspell accepts (the compound guard), stricter: the word must be this rare.
ACCEPTED_RARE_ZIPF = 160
#: A capitalised word counts as a typo of a lower-case word only if that one is this common.
CAPITAL_TO_LOWER_ZIPF = 400
#: Letters whose addition or removal at a word's end is an inflection, not a typo.
INFLECTION_ENDS = frozenset("ensrm")


class Lexicon:
    """Hunspell for one language plus the rules and the guard; one per language per process."""

    def __init__(self, lang: str, dictionary: Any, knowledge: Knowledge, english: Any = None) -> None:
        self.lang = lang
        self.family = lang[:2]
        self.dictionary = dictionary
        self.english = english  # an English hunspell dictionary for German text, or None
        self.knowledge = knowledge
        self._verdicts: dict[str, int] = {}
        self._targets: dict[str, str] = {}
        self._hunspell: dict[str, bool] = {}
        self._english_answers: dict[str, bool] = {}

    def verdict(self, word: str) -> int:
        """OK, WRONG, TYPO or PROBABLE for a normalised word ("Abb." with its dot)."""
        found = self._verdicts.get(word)
        if found is None:
            found = self._judge(word)
            if len(self._verdicts) > 200_000:
                self._verdicts.clear()
                self._targets.clear()
            self._verdicts[word] = found
        return found

    def is_cached(self, word: str) -> bool:
        return word in self._verdicts

    def clear(self) -> None:
        self._verdicts.clear()
        self._targets.clear()
        self._hunspell.clear()
        self._english_answers.clear()

    def frequent_neighbours(self, word: str, limit: int = 8) -> list[str]:
        """Words one edit from ``word`` that hunspell knows, the most frequent first."""
        table = self.knowledge.zipf[self.family]
        found: list[tuple[int, str]] = []
        for candidate in one_edit(word.lower()):
            zipf = table.get(candidate.replace("ß", "ss"))
            if zipf is None:
                continue
            listed = self.knowledge.names_by_lower.get(candidate)
            cased = _cased_like(word, candidate)
            if listed:
                cased = listed
            elif not self.knows(cased):
                cased = candidate[:1].upper() + candidate[1:]
                if not self.knows(cased) and not (word[:1].isupper() and zipf >= NEIGHBOUR_ZIPF):
                    continue  # a well-attested name hunspell lacks still counts
            found.append((zipf, cased))
        found.sort(reverse=True)
        return [word for _, word in found[:limit]]

    def target(self, word: str) -> str | None:
        """The frequent word the guard thinks ``word`` was meant to be."""
        self.verdict(word)
        return self._targets.get(word)

    def knows(self, word: str) -> bool:
        """Whether hunspell accepts ``word`` (cached)."""
        found = self._hunspell.get(word)
        if found is None:
            try:
                found = bool(self.dictionary.check(word))
            except Exception:  # enchant refuses some input (too long, odd characters)
                found = True
            self._hunspell[word] = found
        return found

    # -- the rules ------------------------------------------------------------

    def _judge(self, word: str) -> int:
        if word.endswith("."):  # an abbreviation: "Abb.", "bzw."
            return OK if self.knows(word) or word in self.knowledge.abbreviations else WRONG
        if self.knows(word):
            return self._compound_guard(word)
        if ACRONYM.fullmatch(word) or self.knowledge.is_unit(word):
            return OK
        if self.knows(word + ".") or word + "." in self.knowledge.abbreviations:
            return WRONG  # an abbreviation without its dot: "bzw", "Abb"
        how = self._accepted_by(word)
        target = None if how == "list" else self._spelling_variant(word)
        if target is None:
            # A word only frequency vouches for needs a wider margin to its neighbours:
            # wordfreq's web text contains the common misspellings too (Standart, vorraus).
            loose = how == "frequency"
            target = self._guard(
                word,
                rare=FREQUENT_RARE_ZIPF if loose else RARE_ZIPF,
                gap=FREQUENT_GUARD_GAP if loose else GUARD_GAP,
            )
        if target is not None:
            self._targets[word] = target
            return TYPO
        return WRONG if how is None else OK

    def _accepted_by(self, word: str) -> str | None:
        """Which rule accepts a word hunspell rejects: list, frequency, english, compound."""
        knowledge = self.knowledge
        if knowledge.is_name(word):
            return "list"
        if self.family == "de" and (word.lower() in knowledge.english or self._english(word)):
            return "english"
        if self.family == "de" and knowledge.zipf100(word, self.family) >= ACCEPT_ZIPF:
            return "frequency"  # (English: the dictionaries must keep colour/color apart)
        if self.family == "de" and self._compound(word, depth=0):
            return "compound"
        return None

    def _spelling_variant(self, word: str) -> str | None:
        """The dictionary's spelling when ``word`` only writes ß as ss or ä as ae (Strasse),
        or ß where the dictionary (Swiss German) wants ss."""
        lower = word.lower()
        for plain, special in (("ss", "ß"), ("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("ß", "ss")):
            start = lower.find(plain)
            while start >= 0:  # one place at a time: Bundesstrasse → Bundesstraße
                variant = _cased_like(word, lower[:start] + special + lower[start + len(plain) :])
                if self.knows(variant):
                    return variant
                start = lower.find(plain, start + 1)
        return None

    def _english(self, word: str) -> bool:
        if self.english is None:
            return False
        found = self._english_answers.get(word)
        if found is None:
            try:
                found = bool(self.english.check(word))
            except Exception:
                found = False
            self._english_answers[word] = found
        return found

    def _part_known(self, part: str) -> bool:
        """A compound's first part: a word, a name, an acronym, an English or common word."""
        if self.knows(part) or ACRONYM.fullmatch(part):
            return True
        if part[:1].islower() and self.knows(part[:1].upper() + part[1:]):
            return True
        knowledge = self.knowledge
        return (
            knowledge.is_name(part)
            or part.lower() in knowledge.english
            or knowledge.zipf100(part, self.family) >= NEIGHBOUR_ZIPF
            or self._english(part)
        )

    def _compound(self, word: str, depth: int) -> bool:
        """``word`` = known part + linking element + known last part (the last decides the class).

        A capitalised word must end in a noun (the capitalised last part is a
        word); a lower-case one in a lower-case word. Parts have ≥3 letters.
        """
        if len(word) < 2 * MIN_PART or depth > 2:
            return False
        capital = word[:1].isupper()
        for cut in range(MIN_PART, len(word) - MIN_PART + 1):
            head = word[:cut]
            if not self._part_known(head):
                continue
            for link in LINKS:
                if not word.startswith(link, cut):
                    continue
                tail = word[cut + len(link) :]
                if len(tail) < MIN_PART or not tail.isalpha():
                    continue
                last = tail[:1].upper() + tail[1:] if capital else tail
                if capital and not tail[:1].islower():
                    continue  # "DisplayDiagonale" is not a compound, it is a typo
                if self._last_part_known(last) or self._compound(last, depth + 1):
                    return True
        return False

    def _last_part_known(self, last: str) -> bool:
        if self.knows(last):
            return True
        knowledge = self.knowledge
        return last.lower() in knowledge.english or self._english(last) or (
            knowledge.zipf100(last, self.family) >= NEIGHBOUR_ZIPF
        )

    # -- the typo guard -------------------------------------------------------

    def _compound_guard(self, word: str) -> int:
        """A word hunspell accepts is a probable typo when it is unattested and a
        frequent word is one edit away (Mondtag → Montag)."""
        if len(word) < 5 or not word.isalpha() or word.isupper():
            return OK
        if self.knowledge.zipf100(word, self.family) >= ACCEPTED_RARE_ZIPF:
            return OK
        target = self._guard(word, rare=ACCEPTED_RARE_ZIPF)
        if target is None:
            return OK
        self._targets[word] = target
        return PROBABLE

    def _guard(self, word: str, rare: int = RARE_ZIPF, gap: int = GUARD_GAP) -> str | None:
        """The much more frequent word one edit away from ``word``, if there is one."""
        if len(word) < 4 or ACRONYM.fullmatch(word) or not word.isalpha():
            return None
        table = self.knowledge.zipf[self.family]
        lower = word.lower()
        own = table.get(lower.replace("ß", "ss"), 0)
        if own >= rare:
            return None
        best: tuple[int, str] | None = None
        capital = word[:1].isupper()
        for candidate in one_edit(lower):
            zipf = table.get(candidate.replace("ß", "ss"))
            if zipf is None or zipf < NEIGHBOUR_ZIPF or zipf - own < gap:
                continue
            if _inflection(lower, candidate):
                continue
            cased = _cased_like(word, candidate)
            if not (self.knows(cased) or self.knowledge.is_name(cased)):
                cased = candidate[:1].upper() + candidate[1:]  # "mondtag" meant the noun
                if cased == word or not self.knows(cased):
                    continue
            if capital and zipf < CAPITAL_TO_LOWER_ZIPF and self.knows(candidate):
                continue  # a name beside a lower-case word ("Raudt", "raubt"): only very common ones count
            if best is None or zipf > best[0]:
                best = (zipf, cased)
        return best[1] if best else None


def one_edit(word: str) -> set[str]:
    """Every string one edit from ``word``: delete, swap neighbours, substitute,
    insert, and the spelling swaps ä↔ae, ö↔oe, ü↔ue, ß↔ss."""
    result: set[str] = set()
    n = len(word)
    for i in range(n):
        left, right = word[:i], word[i:]
        result.add(left + right[1:])
        if i + 1 < n:
            result.add(left + right[1] + right[0] + right[2:])
        for letter in LETTERS:
            result.add(left + letter + right[1:])
            result.add(left + letter + right)
    for letter in LETTERS:
        result.add(word + letter)
    for plain, special in (("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("ss", "ß")):
        if plain in word:
            result.add(word.replace(plain, special))
        if special in word:
            result.add(word.replace(special, plain))
    result.discard(word)
    return result


def _inflection(word: str, candidate: str) -> bool:
    """``word`` and ``candidate`` differ only by an ending letter (Gipfel/Gipfeln)."""
    if len(word) == len(candidate) + 1 and word.startswith(candidate):
        return word[-1] in INFLECTION_ENDS
    if len(candidate) == len(word) + 1 and candidate.startswith(word):
        return candidate[-1] in INFLECTION_ENDS
    return False


def _cased_like(word: str, candidate: str) -> str:
    """``candidate`` (lower case) with ``word``'s capital first letter or capitals."""
    if word.isupper():
        return candidate.upper()
    if word[:1].isupper():
        return candidate[:1].upper() + candidate[1:]
    return candidate
