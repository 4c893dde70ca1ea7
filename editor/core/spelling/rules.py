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
from collections.abc import Callable
from typing import Any

from editor.core.spelling.edits import (
    cased_like,
    doubling_edits,
    is_inflection,
    one_edit,
    orthographic_edits,
    orthographic_with_silent_h,
)
from editor.core.spelling.knowledge import Knowledge

OK, WRONG, TYPO, PROBABLE = 0, 1, 2, 3

#: 2–6 capitals (digits allowed after the first), optional plural s: OLED, OLEDs, MP3 excluded (digits skip anyway).
ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,5}s?")
#: Letters of other Latin alphabets (č, ð, í, ğ, å …): a word with one is a foreign name.
_FOREIGN_LETTER = re.compile(r"[^\W\dA-Za-zÄÖÜäöüß]")
#: A product name in CamelCase (PowerTube, PhotoLab, ProRes) and its parts.
_CAMEL = re.compile(r"(?:[A-ZÄÖÜ][a-zäöüß]+){2,4}")
_CAMEL_PART = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+")
#: Prefixes that make verbs from verbs (ab|regeln, er|tüchtigen).
VERB_PREFIXES = (
    "ab", "an", "auf", "aus", "be", "bei", "durch", "ein", "ent", "er", "her", "hin", "los", "mit",
    "nach", "um", "ver", "vor", "weg", "zer", "zu", "zurück", "über", "unter", "wieder",
)
#: Suffixes that make nouns from adjectives and verbs (Erstklassig|keit, Abreg|ung).
NOUN_SUFFIXES = ("keit", "heit", "schaft", "ung")
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
#: For words hunspell accepts (the compound guard), stricter: the word must be this rare.
ACCEPTED_RARE_ZIPF = 180
#: A word only inference accepts (frequency, English, compound) is checked against
#: every more frequent neighbour the dictionary knows, as long as it is rarer than this.
INFERRED_RARE_ZIPF = 400
#: A word seen this often is only a typo by the classic misspelling patterns
#: (:func:`orthographic_edits`); a rarer one by any single edit.
ATTESTED_ZIPF = 150
#: English words as parts of a German compound: at least this long ("Display", not "low").
MIN_ENGLISH_PART = 4
#: Longer than any real German word (the longest in use have about 60 letters): such a
#: token is judged wrong at once, because compound splitting and the one-edit guard grow
#: with the square of its length and would hang on a pasted 100,000-letter string.
MAX_WORD = 80
#: A capitalised word counts as a typo of a lower-case word only if that one is this common.
CAPITAL_TO_LOWER_ZIPF = 400
#: How much rarer (Zipf × 100) the dictionary's spelling may be than a word
#: accepted by inference when the two differ by a classic misspelling pattern.
ORTHOGRAPHIC_SLACK = 50
#: A doubled or single letter is the classic slip: then a smaller lead suffices (Tolpatsch).
DOUBLING_GAP = 50
#: ... and its neighbour at least this common.
ACCEPTED_NEIGHBOUR_ZIPF = 220


class Lexicon:
    """Hunspell for one language plus the rules and the guard; one per language per process."""

    def __init__(
        self, lang: str, dictionary: Any, knowledge: Knowledge, english: Callable[[], Any] | None = None
    ) -> None:
        self.lang = lang
        self.family = lang[:2]
        self.dictionary = dictionary
        # German text: a callable that gives the English hunspell dictionary (loaded on first use).
        self._english_loader = english
        self.english: Any = None
        self.knowledge = knowledge
        self._family_loaded = False
        self._verdicts: dict[str, int] = {}
        self._targets: dict[str, str] = {}
        self._hunspell: dict[str, bool] = {}
        self._english_answers: dict[str, bool] = {}

    def verdict(self, word: str) -> int:
        """OK, WRONG, TYPO or PROBABLE for a normalised word ("Abb." with its dot)."""
        found = self._verdicts.get(word)
        if found is None:
            if not self._family_loaded:
                self.knowledge.family(self.family)
                self._family_loaded = True
            found = self._judge(word)
            if len(self._verdicts) > 200_000:
                self._verdicts.clear()
                self._targets.clear()
            self._verdicts[word] = found
        return found

    def quick_verdict(self, word: str) -> int | None:
        """The verdict if it is cheap to give (cached, or a common word hunspell knows), else None."""
        found = self._verdicts.get(word)
        if found is not None:
            return found
        if word.endswith(".") or not self.knows(word):
            return None
        if len(word) >= 5 and word.isalpha() and not word.isupper():
            if not self._family_loaded:
                self.knowledge.family(self.family)
                self._family_loaded = True
            if self.knowledge.zipf100(word, self.family) < ACCEPTED_RARE_ZIPF:
                return None  # rare: the compound guard must look at it
        self._verdicts[word] = OK
        return OK

    def is_cached(self, word: str) -> bool:
        return word in self._verdicts

    def shared_answers(self) -> tuple[dict[str, int], dict[str, str]]:
        """Copies of the verdicts and typo targets found so far, for :meth:`learn`."""
        return dict(self._verdicts), dict(self._targets)

    def learn(self, verdicts: dict[str, int], targets: dict[str, str]) -> None:
        """Take verdicts another lexicon of the same language and knowledge found
        (a worker thread has its own hunspell object; the answers are the same)."""
        if len(self._verdicts) + len(verdicts) > 200_000:
            self._verdicts.clear()
            self._targets.clear()
        for word, verdict in verdicts.items():
            self._verdicts.setdefault(word, verdict)
        for word, target in targets.items():
            self._targets.setdefault(word, target)

    def clear(self) -> None:
        self._verdicts.clear()
        self._targets.clear()
        self._hunspell.clear()
        self._english_answers.clear()

    def frequent_neighbours(self, word: str, limit: int = 8) -> list[str]:
        """Words one edit from ``word`` that hunspell knows, the most frequent first."""
        table = self.knowledge.zipf[self.family]
        found: list[tuple[int, str]] = []
        for candidate, zipf in table.among(one_edit(word.lower())):
            listed = self.knowledge.names_by_lower.get(candidate)
            cased = cased_like(word, candidate)
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
        if len(word) > MAX_WORD:
            return WRONG
        if word.endswith("."):  # an abbreviation: "Abb.", "bzw."
            return OK if self.knows(word) or word in self.knowledge.abbreviations else WRONG
        if self.knows(word):
            return self._compound_guard(word)
        if ACRONYM.fullmatch(word) or self.knowledge.is_unit(word):
            return OK
        if self.knows(word + ".") or word + "." in self.knowledge.abbreviations:
            return WRONG  # an abbreviation without its dot: "bzw", "Abb"
        how = self._accepted_by(word)
        if how == "list" or (how == "name" and _FOREIGN_LETTER.search(word)):
            return OK  # listed as written: the writer-readable lists are trusted like a dictionary
        target = self._spelling_variant(word)
        if target is None and how in ("frequency", "compound", "english"):
            # Inferred, not listed: a more frequent word one edit away that the
            # dictionary knows makes it a typo. Web text contains the common
            # misspellings too (Standart, Ergebniss), and a compound of known parts
            # can still be a typo of a known compound (Bildungministerin). A
            # capitalised word may be a name beside a noun (Juri, Juni), so for it
            # only the classic misspellings count: doubled letters, umlauts, swaps.
            attested = self.knowledge.zipf100(word, self.family) >= ATTESTED_ZIPF
            if how == "english":
                edits = doubling_edits  # an English word: only a doubled letter marks it (Tip)
            elif not attested:
                edits = one_edit  # unattested: any single slip
            elif how == "frequency":
                # A capitalised one may be a name: only the classic misspellings count.
                edits = orthographic_edits if word[:1].isupper() else one_edit
            else:
                edits = orthographic_with_silent_h  # Stehgreif, Wehrmutstropfen
            target = self._guard(
                word,
                rare=INFERRED_RARE_ZIPF,
                # a classic misspelling the dictionary corrects: even a slightly rarer
                # spelling counts (old spellings: Stengel → Stängel, Stop → Stopp)
                gap=1 if edits is one_edit else -ORTHOGRAPHIC_SLACK,
                floor=0,
                lower_floor=CAPITAL_TO_LOWER_ZIPF if attested else 0,
                edits=edits,
            )
        if target is None:
            target = self._guard(word)
        if target is not None:
            self._targets[word] = target
            return TYPO
        return WRONG if how is None else OK

    def _accepted_by(self, word: str) -> str | None:
        """Which rule accepts a word hunspell rejects: list, frequency, english, compound."""
        knowledge = self.knowledge
        if knowledge.is_name(word):
            return "list"
        if word[:1].isupper() and _FOREIGN_LETTER.search(word):
            return "name"  # Kovač, Gíslason: German typing does not produce these letters
        if _CAMEL.fullmatch(word) and all(self._part_known(part) for part in _CAMEL_PART.findall(word)):
            return "name"  # PowerTube, PhotoLab: a product name made of known words
        if self.family == "de" and (word.lower() in knowledge.english or self._english_word(word)):
            return "english"
        if self.family == "de" and knowledge.zipf100(word, self.family) >= ACCEPT_ZIPF:
            return "frequency"  # (English: the dictionaries must keep colour/color apart)
        if self.family == "de" and (self._compound(word, depth=0) or self._derived(word)):
            return "compound"
        return None

    def _derived(self, word: str) -> bool:
        """A known word with a verb prefix (ab|regeln, er|tüchtigen) or a noun suffix
        (Erstklassig|keit, Bereit|schaft); the guard still checks the whole."""
        if word.islower():
            for prefix in VERB_PREFIXES:
                rest = word[len(prefix) :]
                if word.startswith(prefix) and len(rest) >= 4 and self.knows(rest):
                    return True
            return False
        if word[:1].isupper() and word[1:].islower():
            lower = word.lower()
            for suffix in NOUN_SUFFIXES:
                stem = lower[: -len(suffix)]
                if lower.endswith(suffix) and len(stem) >= 4 and (self.knows(stem) or self.knows(stem + "en")):
                    return True
        return False

    def _spelling_variant(self, word: str) -> str | None:
        """The dictionary's spelling when ``word`` only writes ß as ss or ä as ae (Strasse),
        or ß where the dictionary (Swiss German) wants ss."""
        lower = word.lower()
        for plain, special in (("ss", "ß"), ("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("ß", "ss")):
            start = lower.find(plain)
            while start >= 0:  # one place at a time: Bundesstrasse → Bundesstraße
                variant = cased_like(word, lower[:start] + special + lower[start + len(plain) :])
                if self.knows(variant):
                    return variant
                start = lower.find(plain, start + 1)
        everywhere = lower
        for plain, special in (("ss", "ß"), ("ae", "ä"), ("oe", "ö"), ("ue", "ü")):
            everywhere = everywhere.replace(plain, special)
        if everywhere != lower and self.knows(cased_like(word, everywhere)):
            return cased_like(word, everywhere)  # Gruessen → Grüßen
        return None

    def _english_word(self, word: str) -> bool:
        """An English word, not a name: a capitalised German-style noun is looked up in lower case."""
        if word[:1].isupper() and word[1:].islower():
            return self._english(word.lower())
        return self._english(word)

    def _english(self, word: str) -> bool:
        if self.english is None:
            if self._english_loader is None:
                return False
            self.english = self._english_loader()
            self._english_loader = None
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
        if len(part) >= 4 and self.knows(part.lower() + "en"):
            return True  # a verb stem: Abnehm-spritze, Lade-kabel
        knowledge = self.knowledge
        return (
            knowledge.is_name(part)
            or knowledge.zipf100(part, self.family) >= NEIGHBOUR_ZIPF
            or (len(part) >= MIN_ENGLISH_PART and (part.lower() in knowledge.english or self._english_word(part)))
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
        if knowledge.zipf100(last, self.family) >= NEIGHBOUR_ZIPF:
            return True
        return len(last) >= MIN_ENGLISH_PART and (last.lower() in knowledge.english or self._english_word(last))

    # -- the typo guard -------------------------------------------------------

    def _compound_guard(self, word: str) -> int:
        """A word hunspell accepts is a probable typo when it is unattested and a
        frequent word is one edit away (Mondtag → Montag)."""
        if len(word) < 5 or not word.isalpha() or word.isupper():
            return OK
        if self.knowledge.zipf100(word, self.family) >= ACCEPTED_RARE_ZIPF:
            return OK
        target = self._guard(word, rare=ACCEPTED_RARE_ZIPF, floor=ACCEPTED_NEIGHBOUR_ZIPF) or self._guard(
            word, rare=ACCEPTED_RARE_ZIPF, floor=ACCEPTED_NEIGHBOUR_ZIPF, gap=DOUBLING_GAP, edits=doubling_edits
        )
        if target is None:
            return OK
        self._targets[word] = target
        return PROBABLE

    def _guard(
        self,
        word: str,
        rare: int = RARE_ZIPF,
        gap: int = GUARD_GAP,
        floor: int = NEIGHBOUR_ZIPF,
        lower_floor: int = CAPITAL_TO_LOWER_ZIPF,
        edits: Callable[[str], set[str]] | None = None,
    ) -> str | None:
        """The much more frequent word one edit away from ``word``, if there is one.

        ``word`` must be rarer than ``rare``; the neighbour at least ``floor``
        and ``gap`` more common (Zipf × 100) and known to the dictionary. A
        capitalised word and a lower-case neighbour ("Kamp", "kam") differ by
        more than a typo, so such pairs count only if the neighbour is at least
        ``lower_floor`` common.
        """
        if len(word) < (3 if edits is doubling_edits else 4) or ACRONYM.fullmatch(word) or not word.isalpha():
            return None
        table = self.knowledge.zipf[self.family]
        lower = word.lower()
        own = table.get(lower.replace("ß", "ss"), 0)
        if own >= rare:
            return None
        capital = word[:1].isupper()
        best: tuple[int, str] | None = None
        for candidate, zipf in table.among((edits or one_edit)(lower)):
            if zipf < floor or zipf - own < gap:
                continue
            if best is not None and zipf <= best[0]:
                continue
            if is_inflection(lower, candidate):
                continue
            listed = self.knowledge.names_by_lower.get(candidate)
            cased = listed or cased_like(word, candidate)
            if not listed and not self.knows(cased):
                cased = candidate[:1].upper() + candidate[1:]  # "mondtag" meant the noun
                if cased == word or not self.knows(cased):
                    continue
                if not capital and zipf < lower_floor:
                    continue  # a lower-case word is rarely a typo of a noun ("taktilen")
            elif capital and not listed and zipf < lower_floor and self.knows(candidate):
                continue  # a name beside a lower-case word ("Raudt", "raubt")
            best = (zipf, cased)
        return best[1] if best else None
