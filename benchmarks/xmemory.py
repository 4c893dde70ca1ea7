"""Where Feder's memory goes under a real X display, per process, for several variants.

Each variant is Feder (from a given checkout) started on the article under a
private Xvfb with a fresh HOME, plus extra environment (Chromium switches in
``QTWEBENGINE_CHROMIUM_FLAGS``, ``MALLOC_ARENA_MAX`` …). The variants take
turns, the order alternating from round to round, so the machine's load hits
all of them alike. For each start: the peak RSS of the whole process group
while it settles, then RSS and PSS of every process (Feder, the render
helper, each QtWebEngine process by its ``--type``) and their sums.

``--bare`` adds the floor: a 20-line PySide6 script showing one
QWebEngineView with a small page, nothing else (a variant whose name starts
with ``bare-webview`` runs that script with the variant's environment).

Run: ``python benchmarks/xmemory.py --article A.md --variant base=ROOT
--variant lowend=ROOT:QTWEBENGINE_CHROMIUM_FLAGS=--enable-low-end-device-mode
--rounds 4``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from xstart import Xvfb, fresh_home, group_members, measure, milestones, retext_settings  # noqa: E402

BARE_WEBVIEW = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication\n"
    "from PySide6.QtWebEngineWidgets import QWebEngineView\n"
    "app = QApplication(sys.argv)\n"
    "view = QWebEngineView()\n"
    "view.setHtml('<html><body><h1>Titel</h1><p>Ein Absatz.</p></body></html>')\n"
    "view.resize(1280, 820)\n"
    "view.show()\n"
    "app.exec()\n"
)


def processes(pgid: int) -> list[dict]:
    """RSS and PSS (MiB) of every process in the group, with what it is."""
    found = []
    for folder in group_members(pgid):
        try:
            cmdline = (folder / "cmdline").read_bytes().split(b"\0")
            values = {}
            for line in (folder / "smaps_rollup").read_text().splitlines():
                key = line.split(":")[0]
                if key in ("Rss", "Pss", "Private_Dirty", "Pss_Anon", "Pss_File", "Pss_Shmem"):
                    values[key] = int(line.split()[1]) / 1024
            found.append({"pid": int(folder.name), "kind": kind_of(cmdline), **values})
        except (OSError, ValueError, IndexError):
            continue
    return sorted(found, key=lambda p: p["pid"])


def kind_of(cmdline: list[bytes]) -> str:
    words = [w.decode(errors="replace") for w in cmdline if w]
    if not words:
        return "?"
    if any(w == "editor.core.preview.worker" for w in words):
        return "render-helper"
    if "QtWebEngineProcess" in words[0]:
        kind = next((w.split("=", 1)[1] for w in words if w.startswith("--type=")), "?")
        sub = next((w.split("=", 1)[1] for w in words if w.startswith("--utility-sub-type=")), "")
        return f"web-{kind}" + (f"({sub.rsplit('.', 1)[-1]})" if sub else "")
    if any(w == "editor" for w in words):
        return "feder"
    return Path(words[0]).name


def per_process(process, record: dict) -> None:
    """After the settle time: every process of the group, and the sums."""
    procs = processes(process.pid)
    record.update(procs=procs, rss=sum(p.get("Rss", 0) for p in procs), pss=sum(p.get("Pss", 0) for p in procs))


def parse_variant(text: str) -> tuple[str, Path, dict, list[str]]:
    """``name=ROOT[:VAR=VALUE[:VAR=VALUE…]][::ARG ARG]``"""
    name, rest = text.split("=", 1)
    rest, _, args = rest.partition("::")
    root, *pairs = rest.split(":")
    env = dict(pair.split("=", 1) for pair in pairs)
    return name, Path(root), env, args.split()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--article", required=True, type=Path)
    parser.add_argument("--variant", action="append", default=[], help="name=ROOT[:VAR=VALUE…][::ARGS]")
    parser.add_argument("--bare", action="store_true", help="also a bare QWebEngineView (the floor)")
    parser.add_argument("--retext-python", type=Path, help="also ReText 8.1 (its venv's python)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--settle", type=float, default=8.0)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    article = args.article.absolute()
    variants = [parse_variant(v) for v in args.variant]
    if args.bare:
        variants.append(("bare-webview", HERE.parent, {}, []))
    if args.retext_python:
        variants.append(("retext", HERE.parent, {}, []))
    scratch = Path(tempfile.mkdtemp(prefix="xmemory-"))
    records = []
    try:
        with Xvfb() as display:
            for number in range(args.rounds):
                order = variants if number % 2 == 0 else list(reversed(variants))
                for name, root, extra, extra_args in order:
                    env = fresh_home(scratch, name)
                    env.update(extra)
                    python = str(root / ".venv" / "bin" / "python")
                    if name.startswith("bare-webview"):
                        command = [python, "-c", BARE_WEBVIEW]
                    elif name == "retext":
                        retext_settings(Path(env["HOME"]))
                        command = [str(args.retext_python.absolute()), "-m", "ReText", str(article)]
                    else:
                        trace = Path(env["HOME"]) / "trace.jsonl"
                        env["FEDER_STARTUP_TRACE"] = str(trace)
                        command = [python, "-m", "editor", *extra_args, str(article)]
                    record = measure(command, env, display, args.settle, then=per_process, cwd=root)
                    if not name.startswith(("bare-webview", "retext")):
                        record.update(milestones(trace, record["t0"]))
                    record.update(variant=name, round=number, load=os.getloadavg()[0])
                    records.append(record)
                    shutil.rmtree(env["HOME"], ignore_errors=True)
                    brief = {k: round(v, 1) for k, v in record.items() if k in ("peak_rss_mb", "rss", "pss", "load")}
                    kinds = [(p["kind"], round(p.get("Rss", 0)), round(p.get("Pss", 0))) for p in record.get("procs", [])]
                    print(name, number, brief, kinds, record.get("error", ""), flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if args.out:
        args.out.write_text(json.dumps(records, indent=1), encoding="utf-8")
    print()
    for name, *_ in variants:
        mine = [r for r in records if r["variant"] == name and "error" not in r]
        if not mine:
            print(name, "no successful run")
            continue
        med = {key: statistics.median(r[key] for r in mine) for key in ("peak_rss_mb", "rss", "pss")}
        print(
            f"{name:>16}: peak RSS {med['peak_rss_mb']:.0f}  RSS {med['rss']:.0f}  PSS {med['pss']:.0f} MiB"
            f"  ({len(mine)} runs; peak {[round(r['peak_rss_mb']) for r in mine]})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
