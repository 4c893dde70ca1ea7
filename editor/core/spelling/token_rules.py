"""From a token to its flagged stretches: the rules around the verdict on single words.

A hyphenated compound is checked whole first, then part by part, and only the
wrong part is reported ("L-Mount" → "Mount"); a half compound ("Ein-",
"-ausgang") as written; "bzw" before a dot as "bzw."; "geht’s" is right when
"geht" is. Numbers, single letters and words with digits are never wrong.
"""

from __future__ import annotations

from collections.abc import Callable

from editor.core.spelling.rules import OK, PROBABLE, TYPO, WRONG
from editor.core.spelling.tokens import NORMALISE, Token, split_hyphens

#: A flagged stretch of a line: ``(start, length, probable)`` in code points.
Problem = tuple[int, int, bool]
#: The verdict on one word (:data:`~.rules.OK`, …), None when it had to wait.
Verdict = Callable[[str], int | None]
_NO_PROBLEMS: tuple[Problem, ...] = ()

#: What may follow an apostrophe after a correct word: "geht’s", "so’n", "so’ne";
#: English contractions the dictionary lacks ("Feder’s").
_CLITICS = {
    "de": frozenset({"s", "n", "ne", "nen", "m"}),
    "en": frozenset({"s", "d", "ll", "m", "re", "t", "ve"}),
}


def token_problems(token: Token, verdict_of: Verdict, family: str) -> tuple[Problem, ...] | None:
    """Flagged stretches inside ``token`` (offsets relative to it), or None if a verdict was deferred.

    ``verdict_of(word)`` answers for one word (None: deferred); ``family`` is
    the language family ("de", "en"), for the clitics.
    """
    _, text, dot_after = token
    lead = 1 if text[0] in "-‐‑" else 0
    trail = 1 if len(text) > lead + 1 and text[-1] in "-‐‑" else 0
    core = text[lead : len(text) - trail]
    if not any(char.isalpha() for char in core):
        return _NO_PROBLEMS  # numbers, "3-4"
    if lead or trail:  # "Ein-", "-ausgang": the dictionary knows such halves
        verdict = verdict_of(text)
        if verdict != WRONG:
            return None if verdict is None else _NO_PROBLEMS
    pieces = split_hyphens(core)
    if len(pieces) == 1:
        return _word_problems(core, lead, dot_after and not trail, verdict_of, family)
    verdict = verdict_of(core)
    if verdict is None:
        return None
    if verdict == OK:
        return _NO_PROBLEMS
    problems: list[Problem] = []
    last = len(pieces) - 1
    for index, (offset, piece) in enumerate(pieces):
        found = _word_problems(
            piece, lead + offset, index == last and dot_after and not trail, verdict_of, family
        )
        if found is None:
            return None
        problems.extend(found)
    return tuple(problems)


def _word_problems(
    word: str, offset: int, dot_after: bool, verdict_of: Verdict, family: str
) -> tuple[Problem, ...] | None:
    if len(word) < 2 or any(char.isdigit() for char in word):
        return _NO_PROBLEMS  # single letters ("z. B.") and words with digits
    verdict = verdict_of(word)
    if verdict in (WRONG, TYPO) and dot_after:  # "bzw.", "Abb."
        with_dot = verdict_of(word + ".")
        verdict = None if with_dot is None else (OK if with_dot == OK else verdict)
    if verdict not in (OK, None) and ("'" in word or "’" in word or "ʼ" in word):
        stem, _, tail = word.translate(NORMALISE).rpartition("'")
        clitic = tail.lower() in _CLITICS.get(family, frozenset()) and len(stem) > 1
        if clitic and verdict_of(stem) == OK:
            verdict = OK
    if verdict is None:
        return None
    if verdict == OK:
        return _NO_PROBLEMS
    return ((offset, len(word), verdict == PROBABLE),)
