"""Word frequencies as a compact read-only table, kept in a cache file and mapped, not loaded.

The spellchecker asks "how common is this word?" of wordfreq's large German
list (430,000 words above Feder's cut-off). Held as a Python ``dict`` the
answer cost some 60 MB of the editor's memory (a string object and a dict
entry per word) and half a second to a second and a half to build after every
start. A :class:`FrequencyTable` holds the same words and values in one flat
buffer of about 7 MB:

- the words (UTF-8) are spread over 2^k groups by CRC-32; each group is a run
  of entries ``\\x00 word \\x01 hi lo`` (the value Zipf × 100 in two bytes, both
  ≥ 2, so the two marker bytes occur nowhere else), the most frequent first;
- a table of 2^k + 1 offsets says where each group starts;
- a bitmap of 2^(k+6) bits, one set per word (at other bits of its CRC), lets
  most words that are not there (the typo guard asks about hundreds of one-edit
  variants of a word, nearly all of them non-words) be refused in a few steps;
- a lookup hashes the word, and ``find`` (C, a few dozen bytes) looks for
  ``\\x00 word \\x01`` inside its group.

:func:`load_table` builds that buffer once per wordfreq data file and writes
it, atomically, into the user's cache folder; later starts map the file
(``mmap``): its pages are clean and shared, and nothing is unpacked. A cache
file that is missing, truncated, damaged (a CRC over its body) or from another
data file is rebuilt; a cache folder that cannot be written leaves the table in
memory, still compact.
"""

from __future__ import annotations

import array
import contextlib
import gzip
import hashlib
import importlib.util
import mmap
import os
import struct
import sys
import time
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

#: Bumped whenever the layout below changes: an older cache file is then rebuilt.
FORMAT = 1
_MAGIC = b"FederZpf"
#: magic, format, lowest value kept, group bits, words, total size, source size,
#: source mtime (ns), CRC-32 of everything after the header.
_HEADER = struct.Struct("=8sIIIIQQqI")
#: Words per group on average: a lookup searches about this many entries.
_PER_GROUP = 4
#: The bitmap has 2^this bits per group: with about four words a group, some 5 % of
#: the words that are not in the table pass it and need the search (measured: 4.9 %).
_BITMAP_BITS_PER_GROUP = 6


class FrequencyTable:
    """Read-only ``word → Zipf × 100`` for exact (already folded) words, like ``dict.get``.

    ``buffer`` is a built table (bytes or a mapped cache file); it is checked
    (:func:`check_buffer`) by whoever made it.
    """

    def __init__(self, buffer: bytes | mmap.mmap, mapped: bool = False) -> None:
        _, _, _, bits, count, _, _, _, _ = _HEADER.unpack_from(buffer, 0)
        self._buffer = buffer
        start, bitmap, end = _layout(bits)
        self._offsets = memoryview(buffer)[start:bitmap].cast("I")
        self._bitmap = memoryview(buffer)[bitmap:end]
        self._mask = (1 << bits) - 1
        self._shift = 32 - bits - _BITMAP_BITS_PER_GROUP
        self._count = count
        #: True when the table is a cache file mapped into memory (shared, clean pages).
        self.mapped = mapped

    @classmethod
    def empty(cls) -> FrequencyTable:
        return cls(build_table([], 0))

    def __len__(self) -> int:
        return self._count

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def get(self, word: str, default: int | None = None) -> int | None:
        """Zipf × 100 of ``word`` as stored (no case folding here), else ``default``."""
        try:
            data = word.encode()
        except UnicodeEncodeError:  # a lone surrogate: no word of the table
            return default
        crc = zlib.crc32(data)
        bit = crc >> self._shift
        if not self._bitmap[bit >> 3] >> (bit & 7) & 1 or not word.isalpha():
            return default  # isalpha: only such words are stored, and it keeps the marker bytes out
        group = crc & self._mask
        found = self._buffer.find(b"\x00" + data + b"\x01", self._offsets[group], self._offsets[group + 1])
        if found < 0:
            return default
        found += len(data) + 2
        return self._buffer[found] * 250 + self._buffer[found + 1] - 502

    def among(self, words: Iterable[str]) -> Iterator[tuple[str, int]]:
        """Each of ``words`` (in lower case) that the table holds, with its value, in the
        order given; "ß" is looked up as "ss", the way the table stores it.

        The same answers as :meth:`get` one by one, with less Python per word
        (the typo guard asks about every one-edit variant of a word).
        """
        crc32 = zlib.crc32
        bitmap = self._bitmap
        shift = self._shift
        mask = self._mask
        offsets = self._offsets
        find = self._buffer.find
        buffer = self._buffer
        for word in words:
            key = word.replace("ß", "ss")
            try:
                data = key.encode()
            except UnicodeEncodeError:
                continue
            crc = crc32(data)
            bit = crc >> shift
            if not bitmap[bit >> 3] >> (bit & 7) & 1 or not key.isalpha():
                continue
            group = crc & mask
            found = find(b"\x00" + data + b"\x01", offsets[group], offsets[group + 1])
            if found >= 0:
                found += len(data) + 2
                yield word, buffer[found] * 250 + buffer[found + 1] - 502

    def items(self) -> Iterator[tuple[str, int]]:
        """Every word with its value, group by group (for tests and tools; not fast)."""
        offsets = self._offsets
        buffer = self._buffer
        for group in range(self._mask + 1):
            position, end = offsets[group], offsets[group + 1]
            while position < end:
                marker = buffer.find(b"\x01", position, end)
                word = bytes(buffer[position + 1 : marker]).decode()
                yield word, buffer[marker + 1] * 250 + buffer[marker + 2] - 502
                position = marker + 3


def build_table(buckets: Iterable[list[str]], lowest: int, source: tuple[int, int] = (0, 0)) -> bytes:
    """The table's bytes from wordfreq's buckets (most frequent first; bucket i holds
    words of Zipf 9 − i/100). Words below ``lowest`` (Zipf × 100) and words that are
    not alphabetic are left out; a word in two buckets keeps the first (higher) value.
    ``source`` (size, mtime in ns) names the data file the table was built from."""
    words: list[bytes] = []  # b"\x00" word b"\x01" hi lo, in bucket order
    hashes = array.array("I")
    for index, bucket in enumerate(buckets):
        value = 900 - index
        if value < lowest:
            break
        tail = bytes((1, 2 + value // 250, 2 + value % 250))
        for word in bucket:
            if word.isalpha():
                data = word.encode()
                hashes.append(zlib.crc32(data))
                words.append(b"\x00" + data + tail)
    bits = min(24, max(4, (len(words) // _PER_GROUP).bit_length()))
    mask = (1 << bits) - 1
    shift = 32 - bits - _BITMAP_BITS_PER_GROUP
    groups: list[list[bytes]] = [[] for _ in range(mask + 1)]
    bitmap = bytearray(1 << (bits + _BITMAP_BITS_PER_GROUP - 3))
    count = 0
    for entry, crc in zip(words, hashes, strict=True):
        group = groups[crc & mask]
        key = entry[:-2]
        if any(other.startswith(key) for other in group):
            continue  # seen in a more frequent bucket
        group.append(entry)
        bit = crc >> shift
        bitmap[bit >> 3] |= 1 << (bit & 7)
        count += 1
    del words, hashes
    offsets = array.array("I")
    position = _layout(bits)[2]
    chunks = []
    for group in groups:
        offsets.append(position)
        chunk = b"".join(group)
        chunks.append(chunk)
        position += len(chunk)
    offsets.append(position)
    if offsets.itemsize != 4:  # pragma: no cover - no platform Feder runs on
        raise OSError("array('I') is not 32 bits here")
    body = offsets.tobytes() + bitmap + b"".join(chunks)
    header = _HEADER.pack(_MAGIC, FORMAT, lowest, bits, count, _HEADER.size + len(body), *source, zlib.crc32(body))
    return header + body


def check_buffer(buffer: bytes | mmap.mmap, lowest: int, source: tuple[int, int]) -> bool:
    """True if ``buffer`` is a whole, undamaged table of this format built with
    ``lowest`` from the data file ``source`` (size, mtime in ns)."""
    if len(buffer) < _HEADER.size:
        return False
    magic, version, kept, bits, _count, size, source_size, source_mtime, crc = _HEADER.unpack_from(buffer, 0)
    if (magic, version, kept, (source_size, source_mtime)) != (_MAGIC, FORMAT, lowest, source):
        return False
    if size != len(buffer) or not 4 <= bits <= 24 or _layout(bits)[2] > size:
        return False
    return zlib.crc32(memoryview(buffer)[_HEADER.size :]) == crc


def _layout(bits: int) -> tuple[int, int, int]:
    """Where the offsets start, the bitmap starts and the words start, for 2^bits groups."""
    bitmap = _HEADER.size + 4 * ((1 << bits) + 1)
    return _HEADER.size, bitmap, bitmap + (1 << (bits + _BITMAP_BITS_PER_GROUP - 3))


def load_table(family: str, lowest: int, cache_folder: Path | None) -> FrequencyTable:
    """wordfreq's large list for ``family`` as a table: mapped from ``cache_folder`` if a
    good cache file is there, else built (and written there for the next start).

    Raises OSError or ValueError when wordfreq's data cannot be read.
    """
    path = data_file(family)
    if path is None:  # pragma: no cover - a wordfreq that keeps its data elsewhere
        import wordfreq

        return FrequencyTable(build_table(wordfreq.get_frequency_list(family, wordlist="large"), lowest))
    info = path.stat()
    source = (info.st_size, info.st_mtime_ns)
    cache = cache_folder / cache_name(family, lowest, path, source) if cache_folder else None
    table = None
    if cache is not None:
        table = _map(cache, lowest, source)
        if table is None and _build_elsewhere(path, lowest, source, cache):
            table = _map(cache, lowest, source)
    if table is None:
        table = _build(path, lowest, source, cache)
        _return_freed_memory()
    if cache is not None and table.mapped:
        _tidy(cache)
    return table


#: A cache file no Feder has used for this long is deleted (a wordfreq upgrade or a removed
#: install leaves one of 7.4 MiB behind; a family unused that long is rebuilt when needed).
UNUSED_DAYS = 60


def _tidy(used: Path) -> None:
    """Mark ``used`` as used now (its access time) and delete the folder's cache files
    unused for UNUSED_DAYS.

    Files are named per data file, so several installs of wordfreq can share the
    folder; each marks its own at every load, and only what none loads grows old.
    A Feder that still maps a deleted file keeps reading it (Linux frees it later).
    """
    with contextlib.suppress(OSError):  # the access time: the time it was built stays, to the ns
        os.utime(used, ns=(time.time_ns(), used.stat().st_mtime_ns))
    limit = time.time() - UNUSED_DAYS * 86400
    try:
        entries = list(os.scandir(used.parent))
    except OSError:
        return
    for entry in entries:
        if entry.name == used.name or not (entry.name.startswith("wordfreq-") and entry.name.endswith(".bin")):
            continue
        with contextlib.suppress(OSError):
            if entry.stat(follow_symlinks=False).st_atime < limit:
                os.unlink(entry.path)


def _build(path: Path, lowest: int, source: tuple[int, int], cache: Path | None) -> FrequencyTable:
    """Build the table from the data file; store and map it if ``cache`` can be written."""
    data = build_table(frequency_buckets(path), lowest, source)
    if cache is not None:
        from editor.core.files.atomic_write import write_bytes_atomic
        from editor.core.messages import FederError

        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(cache, data)
        except (OSError, FederError):
            pass  # a read-only or full cache folder: keep the table in memory
        else:
            found = _map(cache, lowest, source)
            if found is not None:
                return found
    return FrequencyTable(data)


#: Seconds a building process may take (1–2 s on this machine) before it is given up.
BUILD_TIMEOUT = 60


def _build_elsewhere(path: Path, lowest: int, source: tuple[int, int], cache: Path) -> bool:
    """Build and store the cache file in a process of its own; whether that worked.

    The build is two seconds of Python. In a thread of the editor it held the
    interpreter lock against the window's thread: on the very first start the
    preview came 0.5–0.8 s later than on any other (docs/performance.md). A
    process of its own only takes a core; this thread waits without the lock.
    """
    import subprocess

    try:  # a folder that cannot be written: the process would build for nothing
        cache.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    if not os.access(cache.parent, os.W_OK):
        return False
    command = [sys.executable, "-m", __name__, str(path), str(lowest), *map(str, source), str(cache)]
    try:
        done = subprocess.run(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            timeout=BUILD_TIMEOUT, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def cache_name(family: str, lowest: int, path: Path, source: tuple[int, int]) -> str:
    """The cache file's name: one per data file (two wordfreq installs keep two files)."""
    digest = hashlib.sha1(f"{path}|{source[0]}|{source[1]}".encode(), usedforsecurity=False).hexdigest()
    return f"wordfreq-{family}-{lowest}-v{FORMAT}-{digest[:12]}.bin"


def _map(path: Path, lowest: int, source: tuple[int, int]) -> FrequencyTable | None:
    """The cache file mapped, or None if it is missing, unreadable or not a good table."""
    try:
        with path.open("rb") as file:
            mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # ValueError: an empty file cannot be mapped
        return None
    if not check_buffer(mapped, lowest, source):
        with contextlib.suppress(BufferError):
            mapped.close()
        return None
    return FrequencyTable(mapped, mapped=True)


def _return_freed_memory() -> None:
    """Give the building's freed memory back to the system (glibc keeps it otherwise).

    Unpacking the list makes half a million short-lived strings; once they are
    gone, glibc's heap keeps some 25 MB of free space mapped (measured), which
    counts as the editor's memory until the process ends.
    """
    if sys.platform != "linux":
        return
    try:
        import ctypes

        ctypes.CDLL(None).malloc_trim(0)
    except (AttributeError, OSError):  # pragma: no cover - not glibc (musl has no malloc_trim)
        pass


def data_file(family: str) -> Path | None:
    """wordfreq's large list for ``family``, found without importing wordfreq."""
    spec = importlib.util.find_spec("wordfreq")  # finds the package without running it
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    path = next((Path(f) / "data" / f"large_{family}.msgpack.gz" for f in folders), None)
    return path if path is not None and path.is_file() else None


def frequency_buckets(path: Path) -> Iterator[list[str]]:
    """The words of one wordfreq data file, one frequency bucket at a time, most frequent first.

    Read straight from the file (a gzipped msgpack list: a header, then one
    list of words per centibel of frequency), without importing wordfreq (its
    imports alone take 0.2–0.4 s) and one bucket per call into msgpack, so a
    window thread waiting for the interpreter lock gets it between buckets
    instead of after the whole list.
    """
    import msgpack

    unpacker = msgpack.Unpacker(raw=False, max_buffer_size=1 << 30)
    unpacker.feed(gzip.decompress(path.read_bytes()))
    try:
        count = unpacker.read_array_header()
        header = unpacker.unpack()
    except (msgpack.UnpackException, msgpack.OutOfData, ValueError) as exc:
        raise ValueError(f"{path}: not a wordfreq list") from exc
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        raise ValueError(f"{path}: unexpected header {header!r}")
    return (unpacker.unpack() for _ in range(count - 1))


def _main(argv: list[str]) -> int:
    """``python -m editor.core.spelling.frequencies DATA LOWEST SIZE MTIME_NS CACHE``: build the
    cache file, as :func:`load_table` found them (see :func:`_build_elsewhere`)."""
    path, lowest, size, mtime, cache = argv
    return 0 if _build(Path(path), int(lowest), (int(size), int(mtime)), Path(cache)).mapped else 1


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
