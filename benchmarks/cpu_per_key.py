"""CPU time of the UI thread per keystroke: the probe's keys phase, counted with thread_time.

Wall-clock keystroke figures swing by several times between runs on a shared
machine; the UI thread's CPU time per key hardly does, so a lever is judged by
it first. This runs ``feder_probe.py`` (or its bare editor) on one article
and adds to the probe's JSON ``cpu_key_ms`` (handling the key), ``cpu_idle_ms``
(the event loop until idle after it) and ``cpu_total_ms``. With ``--time``,
named methods are wrapped with a thread_time counter too (``timers``: ms per
key and calls, over the keys phase only), to time the one thing a change
touches: whole-key figures move more with the machine than with a 0.05 ms
change. Compare two builds in ABBA order (old, new, new, old): pairs that
always run the old code first showed gains that were not there.

Usage (one fresh process per run, from the root of the worktree to measure;
settings and data go to a fresh temporary folder, as in ``make bench``):

    python benchmarks/cpu_per_key.py --size 10000 \\
        --out /tmp/r.json [--app bare] [--time editor.ui.editing.line_repaint:LineRepaint._block_changed]
"""

from __future__ import annotations

import argparse
import functools
import importlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import harness  # noqa: E402


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=10_000, help="article size in words")
    parser.add_argument("--app", choices=["feder", "bare", "bare_highlighted"], default="feder")
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--articles", default=str(HERE / "out" / "articles"))
    parser.add_argument("--out", required=True)
    parser.add_argument(
        "--time",
        action="append",
        default=[],
        help="module:Class.method or module:function to time per key (repeatable)",
    )
    args = parser.parse_args(argv)
    # Private settings, data and caches, as `make bench` gives each probe (run.py).
    from run import probe_environment

    os.environ.update(probe_environment(Path(tempfile.mkdtemp(prefix="cpu-per-key-"))))
    timers = {spec: _wrap(spec) for spec in args.time}
    per_key: list[tuple[float, float]] = []
    _count_cpu(per_key, timers)

    import articles
    import feder_probe

    path = articles.write_articles(
        Path(args.articles), [args.size], nouns=articles.dictionary_nouns()
    )[args.size]
    return feder_probe.main(
        [
            "--app",
            args.app,
            "--article",
            str(path),
            "--marker",
            articles.end_marker(args.size),
            "--keys",
            str(args.keys),
            "--preview-samples",
            "0",
            "--out",
            args.out,
        ]
    )


def _wrap(spec: str) -> list[float]:
    """Replace the named function with one that adds its thread time to the returned box."""
    module_name, _, name = spec.partition(":")
    owner = importlib.import_module(module_name)
    *path, attribute = name.split(".")
    for part in path:
        owner = getattr(owner, part)
    function = getattr(owner, attribute)
    box = [0.0, 0.0]

    @functools.wraps(function)
    def timed(*args, **kwargs):
        start = time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            box[0] += time.thread_time() - start
            box[1] += 1

    setattr(owner, attribute, timed)
    return box


def _count_cpu(per_key: list[tuple[float, float]], timers: dict[str, list[float]]) -> None:
    """Make the harness count CPU per key while typing, and add it to the probe's result."""

    type_text = harness.Harness.type_text

    def type_and_count(self, *args, **kwargs) -> list[float]:
        for box in timers.values():
            box[0] = box[1] = 0.0
        latencies = type_text(self, *args, **kwargs)
        per_key.extend(self.key_cpu)
        return latencies

    write_result = harness.write_result

    def write_with_cpu(path, result: dict) -> None:
        if per_key:
            keys = len(per_key)
            result["cpu_key_ms"] = statistics.mean(k for k, _ in per_key) * 1000
            result["cpu_idle_ms"] = statistics.mean(i for _, i in per_key) * 1000
            result["cpu_total_ms"] = result["cpu_key_ms"] + result["cpu_idle_ms"]
            result["timers"] = {
                spec: (box[0] * 1000 / keys, int(box[1])) for spec, box in timers.items()
            }
        write_result(path, result)

    harness.Harness.type_text = type_and_count
    harness.write_result = write_with_cpu


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
