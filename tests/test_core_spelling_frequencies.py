"""The word-frequency table (core/spelling/frequencies.py): the same answers as the dict it
replaced, over the whole list, and a cache file that survives damage and read-only folders."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from editor import paths
from editor.core.spelling.edits import one_edit
from editor.core.spelling.frequencies import (
    FrequencyTable,
    build_table,
    cache_name,
    check_buffer,
    data_file,
    frequency_buckets,
    load_table,
)
from editor.core.spelling.knowledge import MIN_ZIPF100, Knowledge


def old_dict(family: str) -> dict[str, int]:
    """The table as knowledge.py built it before (a dict), kept here as the reference."""
    lowest = MIN_ZIPF100[family]
    table: dict[str, int] = {}
    for index, words in enumerate(frequency_buckets(data_file(family))):
        zipf100 = 900 - index
        if zipf100 < lowest:
            break
        table.update({word: zipf100 for word in words if word.isalpha() and word not in table})
    return table


def cache_file(folder: Path, family: str) -> Path:
    source = data_file(family)
    info = source.stat()
    return folder / cache_name(family, MIN_ZIPF100[family], source, (info.st_size, info.st_mtime_ns))


@pytest.mark.parametrize("family", ["de", "en"])
def test_every_word_of_the_list_has_the_value_the_old_dict_gave(family: str, tmp_path: Path) -> None:
    expected = old_dict(family)
    table = load_table(family, MIN_ZIPF100[family], tmp_path)
    assert table.mapped
    assert len(table) == len(expected) > 50_000
    assert dict(table.items()) == expected
    assert all(table.get(word) == value for word, value in expected.items())
    # Words that are not there, many of them one letter from one that is.
    rng = random.Random(20)
    sample = rng.sample(sorted(expected), 3000)
    misses = [w + "q" for w in sample] + [w[:-1] for w in sample] + [w.upper() for w in sample]
    misses += ["", "x1", "co2", "e-mail", "a\x00b", "haus\x01\x02\x03", "\ud800", "straße", " haus"]
    for word in misses:
        assert table.get(word) == expected.get(word), word
        assert table.get(word, 0) == expected.get(word, 0), word
    # The typo guard's batch question gives what asking one by one gives.
    for word in [*sample[:200], "bürgermeisterin", "strasse", "fußball"]:
        candidates = sorted(one_edit(word))
        wanted = [(c, expected[c.replace("ß", "ss")]) for c in candidates if c.replace("ß", "ss") in expected]
        assert list(table.among(candidates)) == wanted


def test_edge_cases_of_the_list(tmp_path: Path) -> None:
    raw = list(frequency_buckets(data_file("de")))
    table = load_table("de", MIN_ZIPF100["de"], tmp_path)
    knowledge = Knowledge()
    knowledge.zipf["de"] = table
    # wordfreq folds case the Unicode way: "großen" is stored as "grossen".
    assert table.get("großen") is None
    assert knowledge.zipf100("großen") == knowledge.zipf100("Großen") == table.get("grossen") > 300
    # Words with digits or punctuation are left out, although wordfreq lists them.
    listed = [word for bucket in raw[:300] for word in bucket if not word.isalpha()]
    assert listed and all(table.get(word) is None for word in listed)
    # Below the cut-off nothing is kept; just above it everything alphabetic is.
    cut = 900 - MIN_ZIPF100["de"]
    above = {word for word in raw[cut] if word.isalpha()}
    kept = {word for bucket in raw[: cut + 1] for word in bucket}
    below = [word for word in raw[cut + 1] if word.isalpha() and word not in kept]
    assert above and all(table.get(word) == MIN_ZIPF100["de"] for word in list(above)[:500])
    assert below and all(table.get(word) is None for word in below[:500])


def test_a_word_in_two_buckets_keeps_the_first_and_more_frequent_value() -> None:
    table = FrequencyTable(build_table([["haus", "1a"], ["baum", "haus"], [], ["zelt", "baum"]], 897))
    assert len(table) == 3
    assert dict(table.items()) == {"haus": 900, "baum": 899, "zelt": 897}
    assert table.get("1a") is None and "haus" in table and "Haus" not in table
    assert not FrequencyTable.empty() and FrequencyTable.empty().get("haus") is None


def test_the_second_load_maps_the_cache_file_without_building(tmp_path: Path) -> None:
    first = load_table("en", MIN_ZIPF100["en"], tmp_path)
    path = cache_file(tmp_path, "en")
    before = path.stat()
    second = load_table("en", MIN_ZIPF100["en"], tmp_path)
    after = path.stat()
    assert first.mapped and second.mapped
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)
    assert second.get("the") == first.get("the") > 700
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left behind


def test_the_first_load_builds_the_cache_file_in_a_process_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two seconds of Python in an editor thread held the interpreter lock against the window."""
    from editor.core.spelling import frequencies

    built_here: list[int] = []
    real_build = frequencies.build_table
    monkeypatch.setattr(frequencies, "build_table", lambda *args: (built_here.append(1), real_build(*args))[1])
    table = load_table("en", MIN_ZIPF100["en"], tmp_path)
    assert table.mapped and table.get("the") > 700
    assert built_here == []  # the file was written by the other process
    assert [p.name for p in tmp_path.iterdir()] == [cache_file(tmp_path, "en").name]
    assert dict(table.items()) == old_dict("en")


@pytest.mark.parametrize("damage", ["truncated", "flipped", "empty", "garbage", "other cut-off"])
def test_a_damaged_cache_file_is_rebuilt(tmp_path: Path, damage: str) -> None:
    good = load_table("en", MIN_ZIPF100["en"], tmp_path)
    path = cache_file(tmp_path, "en")
    data = path.read_bytes()
    expected = dict(good.items())
    del good
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "flipped":
        middle = len(data) * 2 // 3
        path.write_bytes(data[:middle] + bytes([data[middle] ^ 0x20]) + data[middle + 1 :])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "garbage":
        path.write_bytes(b"\x00\x01" * 5000)
    else:  # a table built with another cut-off under this name
        path.write_bytes(build_table(frequency_buckets(data_file("en")), 300))
    table = load_table("en", MIN_ZIPF100["en"], tmp_path)
    assert table.mapped
    assert dict(table.items()) == expected
    assert path.read_bytes() == data


def test_a_cache_folder_that_cannot_be_written_keeps_the_table_in_memory(tmp_path: Path) -> None:
    # Works as root too (where permissions would not stop a write): the "folder" is a file.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    table = load_table("en", MIN_ZIPF100["en"], blocker / "feder")
    assert not table.mapped
    assert dict(table.items()) == old_dict("en")
    assert load_table("en", MIN_ZIPF100["en"], None).get("the") == table.get("the")


def test_check_buffer_refuses_another_source_or_cut_off() -> None:
    data = build_table([["haus"], ["baum"]], 899, (10, 20))
    assert check_buffer(data, 899, (10, 20))
    assert not check_buffer(data, 898, (10, 20))
    assert not check_buffer(data, 899, (10, 21))
    assert not check_buffer(data[:-1], 899, (10, 20))
    assert not check_buffer(data[:10], 899, (10, 20))


def test_knowledge_keeps_its_cache_in_feder_cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FEDER_CACHE_DIR", str(tmp_path / "cache"))
    assert paths.user_cache_dir() == tmp_path / "cache"
    knowledge = Knowledge()
    knowledge.wait()
    knowledge.family("en")
    assert knowledge.zipf["de"].mapped and knowledge.zipf["en"].mapped
    assert sorted(p.name.split("-")[1] for p in (tmp_path / "cache").iterdir()) == ["de", "en"]
    assert knowledge.zipf100("Haus") > 400 and knowledge.zipf100("the", "en") > 700


def test_cache_files_no_feder_used_for_long_are_deleted_at_a_load(tmp_path: Path) -> None:
    """A wordfreq upgrade leaves the old 7.4 MiB file behind; nobody loads it again."""
    import os
    import time

    from editor.core.spelling.frequencies import UNUSED_DAYS

    load_table("en", MIN_ZIPF100["en"], tmp_path)
    used = cache_file(tmp_path, "en")
    long_ago = time.time() - (UNUSED_DAYS + 5) * 86400
    lately = time.time() - (UNUSED_DAYS - 5) * 86400
    stale = tmp_path / "wordfreq-en-300-v1-0123456789ab.bin"  # another install's, unused since
    recent = tmp_path / "wordfreq-de-300-v1-ba9876543210.bin"  # used less long ago: kept
    other = tmp_path / "notes.bin"  # not ours: never touched
    for path, when in ((stale, long_ago), (recent, lately), (other, long_ago), (used, long_ago)):
        if path != used:
            path.write_bytes(b"x")
        os.utime(path, (when, when))
    table = load_table("en", MIN_ZIPF100["en"], tmp_path)
    assert table.mapped
    assert not stale.exists()
    assert recent.exists() and other.exists()
    assert used.stat().st_atime > time.time() - 60  # marked as used by this load
    assert used.stat().st_mtime < lately  # not rebuilt: the time it was built stays
