"""The spelling word lists in resources/spelling and the benchmark corpus are well-formed.

These files are data that writers read and extend by hand, so the rules their headers
state (sorted, no duplicates, no blank lines) are checked here, along with the sizes the
spelling issue asks for and the facts the quality benchmark relies on (every correction
in misspellings.tsv is a word the real de_DE hunspell dictionary accepts).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import enchant
import pytest

ROOT = Path(__file__).resolve().parent.parent
LISTS = ROOT / "resources" / "spelling"
CORPUS = ROOT / "benchmarks" / "spelling_corpus"

MINIMUM = {
    "brands.txt": 1500,
    "names.txt": 200,
    "abbreviations.txt": 150,
    "units.txt": 80,
    "english.txt": 300,
}
KINDS = {"swap", "missing", "doubled", "extra", "umlaut", "sz", "neighbour", "compound"}


def split_list(path: Path) -> tuple[list[str], list[str]]:
    """Return (header lines, body lines) of a list file: the header is the leading '#' block."""
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "", f"{path.name} must end with a newline"
    lines = lines[:-1]
    header: list[str] = []
    while lines and lines[0].startswith("#"):
        header.append(lines.pop(0))
    return header, lines


@pytest.fixture(scope="module")
def german() -> enchant.Dict:
    return enchant.Dict("de_DE")


@pytest.mark.parametrize("name", sorted(MINIMUM))
def test_list_has_header_and_sorted_unique_body(name: str) -> None:
    header, body = split_list(LISTS / name)
    assert len(header) >= 3, f"{name} needs a header saying what belongs in it"
    assert any("casefold" in line for line in header), f"{name}: header must state the sort order"
    assert all(line.strip() == line and line for line in body), f"{name}: blank or padded line"
    assert not any(line.startswith("#") for line in body), f"{name}: comment inside the body"
    assert all(" " not in line and "\t" not in line for line in body), f"{name}: one token a line"
    assert body == sorted(body, key=str.casefold), f"{name} is not sorted by str.casefold"
    dupes = {w for w in body if body.count(w) > 1}
    assert not dupes, f"{name} has duplicates: {sorted(dupes)[:10]}"
    assert len(body) >= MINIMUM[name], f"{name} has {len(body)} entries, wants {MINIMUM[name]}"


def test_brands_hold_no_plain_lowercase_german_word(german: enchant.Dict) -> None:
    _, body = split_list(LISTS / "brands.txt")
    plain = [w for w in body if w.islower() and german.check(w)]
    assert not plain, f"ordinary German words would hide typos: {plain[:10]}"
    for known in ("Xiaomi", "OnePlus", "Shimano", "iPhone", "PlayStation", "Galaxy"):
        assert known in body


@pytest.mark.parametrize("name", ["names.txt", "english.txt"])
def test_names_and_english_are_words_hunspell_lacks(name: str, german: enchant.Dict) -> None:
    _, body = split_list(LISTS / name)
    known = [w for w in body if german.check(w)]
    assert not known, f"{name} lists words de_DE already accepts: {known[:10]}"


def test_abbreviations_carry_their_dot() -> None:
    _, body = split_list(LISTS / "abbreviations.txt")
    assert all(w.endswith(".") for w in body)
    for needed in ("Abb.", "Tsd.", "Mio.", "Mrd.", "Jh.", "Ziff.", "z.B.", "u.a.", "d.h."):
        assert needed in body


def test_units_hold_the_common_symbols_and_the_prefix_line() -> None:
    header, body = split_list(LISTS / "units.txt")
    for needed in ("mAh", "kWh", "GHz", "MP", "km", "h", "°C", "µm", "dB"):
        assert needed in body
    assert any("SI prefixes" in line for line in header)
    assert not [w for w in body if "/" in w], "units with a slash are listed as their parts"


def corpus_words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", text)


def test_prose_corpus_is_large_and_spread_over_topics() -> None:
    files = sorted((CORPUS / "prose").glob("*.md"))
    assert len(files) >= 10, f"{len(files)} topic files, wants at least 10"
    counts = {f.name: len(corpus_words(f.read_text(encoding="utf-8"))) for f in files}
    assert all(n >= 300 for n in counts.values()), counts
    assert sum(counts.values()) >= 10_000, counts
    assert all(re.fullmatch(r"\d\d-[a-z-]+\.md", name) for name in counts), sorted(counts)


def read_misspellings() -> list[dict[str, str]]:
    with (CORPUS / "misspellings.tsv").open(encoding="utf-8", newline="") as handle:
        lines = handle.read().split("\n")
    assert lines[0] == "wrong\tright\tkind\tsource"
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        cells = line.split("\t")
        assert len(cells) == 4 and all(cells), f"line {number}: {line!r}"
        rows.append(dict(zip(("wrong", "right", "kind", "source"), cells, strict=True)))
    # the file must also read as a TSV for tools that use the csv module
    with (CORPUS / "misspellings.tsv").open(encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle, delimiter="\t"))) == len(rows)
    return rows


def test_misspellings_are_real_pairs_of_the_allowed_kinds(german: enchant.Dict) -> None:
    rows = read_misspellings()
    assert len(rows) >= 500
    assert all(r["wrong"] != r["right"] for r in rows)
    assert {r["kind"] for r in rows} <= KINDS
    rejected = [r["right"] for r in rows if not german.check(r["right"])]
    assert not rejected, f"corrections de_DE does not accept: {rejected[:10]}"
    pairs = [(r["wrong"], r["right"]) for r in rows]
    assert len(pairs) == len(set(pairs)), "duplicate pairs"
    # the set exercises the hard case as well: typos that hunspell's compounding accepts
    accepted_typos = [r for r in rows if german.check(r["wrong"])]
    assert len(accepted_typos) >= 30
    assert ("Mondtag", "Montag") in pairs
