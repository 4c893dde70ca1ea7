"""How well Feder's spelling flags typos and not journalism: `make bench-spelling`.

Run: .venv/bin/python benchmarks/spelling_quality.py [--corpus DIR] [--lang de_DE] [--show N]

Material (benchmarks/spelling_corpus/, see its README):
- prose/*.md: correct German journalism; every word Feder flags there is a false alarm;
- misspellings.tsv: real misspellings with their corrections (wrong, right, kind, source).

Printed: a table of raw hunspell (the same tokens, each asked of the dictionary
as written, no rules, hunspell's own suggestions) beside Feder (all rules, the
typo guard, the article's own names, ranked suggestions), against the targets of
issue #15. Words are checked one by one for the misspellings; probable typos
(the quieter underline) count as flagged. With --show, the first N false alarms
and misses are listed, to tune general rules (never by listing corpus words).
This is a measurement, not a test: it prints, it does not assert.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import enchant  # noqa: E402

from editor.core.spelling.service import SpellService  # noqa: E402
from editor.core.spelling.tokens import prose_lines, tokens  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "spelling_corpus"
TARGETS = {"flags": 3.0, "flagged": 98.0, "first": 85.0, "top3": 95.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--lang", default="de_DE")
    parser.add_argument("--lists", type=Path, default=None, help="word lists (default: resources/spelling)")
    parser.add_argument("--show", type=int, default=0, help="list this many false alarms and misses")
    args = parser.parse_args(argv)
    prose = sorted((args.corpus / "prose").glob("*.md"))
    rows = read_misspellings(args.corpus / "misspellings.tsv")
    if not prose or not rows:
        print(f"No corpus in {args.corpus} (prose/*.md and misspellings.tsv).", file=sys.stderr)
        return 2
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        # No personal words; the lists Feder ships (or --lists).
        service = SpellService(args.lang, Path(scratch) / "personal.txt", knowledge_folder=args.lists)
        hunspell = enchant.Dict(args.lang)
        words, raw_alarms, feder_alarms = false_alarms(prose, service, hunspell)
        raw = misspelling_figures(rows, hunspell_verdicts(rows, hunspell))
        feder = misspelling_figures(rows, feder_verdicts(rows, service))
    seconds = time.perf_counter() - started
    print(table(len(prose), words, len(rows), raw_alarms, feder_alarms, raw, feder))
    print(f"\n{len(rows)} misspellings, {words:,} words of prose in {len(prose)} articles; {seconds:.0f} s.")
    if args.show:
        print("\nFeder's false alarms:")
        for path, line, word in feder_alarms[: args.show]:
            print(f"  {path.name}:{line}: {word}")
        print("\nMisspellings Feder misses or ranks badly:")
        shown = 0
        for row, verdict in zip(rows, feder_verdicts(rows, service), strict=True):
            flagged, suggestions = verdict
            if not flagged or row[1] not in suggestions[:3]:
                print(f"  {row[0]} -> {row[1]} ({row[2]}): {'flagged' if flagged else 'MISSED'}, {suggestions}")
                shown += 1
                if shown >= args.show:
                    break
    return 0


def read_misspellings(path: Path) -> list[tuple[str, str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t")
            return [(r["wrong"].strip(), r["right"].strip(), r["kind"].strip()) for r in reader if r["wrong"]]
    except FileNotFoundError:
        return []


def false_alarms(
    prose: list[Path], service: SpellService, hunspell: enchant.Dict
) -> tuple[int, list[tuple[Path, int, str]], list[tuple[Path, int, str]]]:
    """Words of prose, and the words raw hunspell and Feder flag in it (all correct)."""
    words = 0
    raw: list[tuple[Path, int, str]] = []
    feder: list[tuple[Path, int, str]] = []
    for path in prose:
        text = path.read_text(encoding="utf-8")
        for number, _offset, line in prose_lines(text):
            for _start, word, _dot in tokens(line):
                if not any(char.isalpha() for char in word):
                    continue
                words += 1
                if not hunspell.check(word.replace("’", "'")):
                    raw.append((path, number + 1, word))
        checker = service.article(service.lang)
        feder.extend((path, m.line + 1, m.word) for m in checker.check_markdown(text))
    return words, raw, feder


def hunspell_verdicts(rows: list[tuple[str, str, str]], hunspell: enchant.Dict) -> list[tuple[bool, list[str]]]:
    result = []
    for wrong, _right, _kind in rows:
        flagged = not hunspell.check(wrong)
        result.append((flagged, hunspell.suggest(wrong) if flagged else []))
    return result


_FEDER_CACHE: dict[int, list[tuple[bool, list[str]]]] = {}


def feder_verdicts(rows: list[tuple[str, str, str]], service: SpellService) -> list[tuple[bool, list[str]]]:
    """Flagged (misspelling or probable typo) and the suggestions, word by word."""
    key = id(service)
    if key not in _FEDER_CACHE:
        checker = service.article(service.lang)
        result = []
        for wrong, _right, _kind in rows:
            flagged = checker.kind(wrong) is not None
            result.append((flagged, checker.suggestions(wrong) if flagged else []))
        _FEDER_CACHE[key] = result
    return _FEDER_CACHE[key]


def misspelling_figures(rows: list[tuple[str, str, str]], verdicts: list[tuple[bool, list[str]]]) -> dict[str, float]:
    total = len(rows)
    flagged = sum(1 for flag, _ in verdicts if flag)
    first = sum(1 for (flag, s), row in zip(verdicts, rows, strict=True) if flag and s[:1] == [row[1]])
    top3 = sum(1 for (flag, s), row in zip(verdicts, rows, strict=True) if flag and row[1] in s[:3])
    return {
        "flagged": 100 * flagged / total,
        "first": 100 * first / total,
        "top3": 100 * top3 / total,
    }


def table(
    articles: int,
    words: int,
    misspellings: int,
    raw_alarms: list,
    feder_alarms: list,
    raw: dict[str, float],
    feder: dict[str, float],
) -> str:
    raw_rate = 1000 * len(raw_alarms) / words
    feder_rate = 1000 * len(feder_alarms) / words

    def met(value: float, target: float, at_most: bool = False) -> str:
        return "yes" if (value <= target if at_most else value >= target) else "NO"

    lines = [
        "| Measure | raw hunspell | Feder | target | met |",
        "|---|---:|---:|---:|:---:|",
        f"| flags per 1,000 words of correct prose | {raw_rate:.1f} | {feder_rate:.1f} | ≤ 3 | "
        f"{met(feder_rate, TARGETS['flags'], at_most=True)} |",
        f"| misspellings flagged (probable typos count) | {raw['flagged']:.1f} % | {feder['flagged']:.1f} % | ≥ 98 % | "
        f"{met(feder['flagged'], TARGETS['flagged'])} |",
        f"| intended word first | {raw['first']:.1f} % | {feder['first']:.1f} % | ≥ 85 % | "
        f"{met(feder['first'], TARGETS['first'])} |",
        f"| intended word among the first three | {raw['top3']:.1f} % | {feder['top3']:.1f} % | ≥ 95 % | "
        f"{met(feder['top3'], TARGETS['top3'])} |",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
