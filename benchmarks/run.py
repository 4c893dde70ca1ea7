"""`make bench`: Feder against ReText on long German articles, side by side, in one run.

Writes German test articles of about 1k, 10k and 100k words, then starts one
fresh probe process per (run, size, editor):

- ``feder_probe.py`` in Feder's venv (PySide6) for Feder,
- ``feder_probe.py --app bare`` for a bare QPlainTextEdit, the floor,
- ``feder_probe.py --app bare_highlighted``: the same with a textbook Python
  QSyntaxHighlighter, the floor of typing into an editor coloured from Python the usual way,
- ``retext_probe.py`` in ReText's own venv (PyQt6) for ReText,

all offscreen, German spellcheck on, live preview visible. Each figure in the
table is the median over the runs; a keystroke figure is first the p50/p95 of
one run's keystrokes. Peak memory is the largest sum of resident memory over
the probe and every helper process it started, sampled here every 0.2 s.

Usage: python benchmarks/run.py [--quick] [--runs N] [--retext-python PATH]
Results: printed table; benchmarks/out/results.json (raw) and results.md
(variants such as --quick write results-quick.json and so on).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
FREQUENCY_CACHE = OUT / "feder-cache"  # shared by all probes and Xvfb starts, see probe_environment
sys.path.insert(0, str(HERE))

import xstart  # noqa: E402
from articles import dictionary_nouns, end_marker, write_articles  # noqa: E402

SIZES = [1_000, 10_000, 100_000, 300_000]
XSTART_SIZE = 10_000  # the black-box start opens this article
APPS = ["feder", "retext", "bare", "bare_highlighted"]
PROBE_TIMEOUT = 600.0  # ReText opens 300k words in about 4 minutes on a loaded machine


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    retext_python = Path(args.retext_python)
    apps = [a for a in APPS if a != "retext" or not args.no_retext]
    if "retext" in apps and not retext_python.exists():
        print(f"ReText's venv is missing ({retext_python}); run `make bench` or pass --no-retext")
        return 2
    nouns = [] if args.small_vocabulary else dictionary_nouns()
    if not nouns and not args.small_vocabulary:
        print("No German hunspell list found: the articles use the small built-in vocabulary")
    articles = write_articles(OUT / "articles", args.sizes, nouns=nouns)
    args.vocabulary = distinct_words(articles)
    compile_feder()
    runs: list[dict] = []
    started = time.time()
    revision = feder_revision()  # before the run: others may commit while it goes
    for run in range(args.runs):
        order = apps if run % 2 == 0 else list(reversed(apps))
        for size in args.sizes:
            for app in order:
                print(f"run {run + 1}/{args.runs}: {app:6} {size:>7} words …", end=" ", flush=True)
                record = run_probe(app, size, articles[size], args, retext_python)
                record.update(run=run, size=size, app=app)
                runs.append(record)
                status = "error" if "error" in record else f"{record.get('wall', 0):.0f} s"
                print(status, flush=True)
                if "error" in record:
                    print(record["error"], file=sys.stderr)
    summary = summarise(runs, args.sizes, apps)
    summary["xstart"], xstart_runs = measure_xstart(args, articles, retext_python, apps)
    table = format_table(summary, args.sizes, apps)
    verdicts = check_targets(summary)
    text = (
        table + "\n\n" + verdicts + "\n\n" + describe_machine(args, time.time() - started, revision)
    )
    print()
    print(text)
    OUT.mkdir(exist_ok=True)
    name = results_name(args)
    (OUT / f"{name}.json").write_text(
        json.dumps(
            {
                "settings": vars(args) | {"sizes": args.sizes},
                "runs": runs,
                "xstart_runs": xstart_runs,
                "summary": summary,
            },
            indent=1,
        ),
        encoding="utf-8",
    )
    (OUT / f"{name}.md").write_text(text + "\n", encoding="utf-8")
    print(f"\nRaw figures: {OUT / name}.json")
    return 1 if any("error" in r for r in runs) else 0


def results_name(args: argparse.Namespace) -> str:
    """results.json for the standard run; variants get their own file and never overwrite it."""
    parts = ["results"]
    if args.quick:
        parts.append("quick")
    if args.retext_webengine:
        parts.append("retext-webengine")
    if args.no_retext:
        parts.append("no-retext")
    if args.sizes != SIZES:
        parts.append("-".join(str(size) for size in args.sizes))
    return "-".join(parts)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--quick", action="store_true", help="one run, 100 keystrokes, 2 preview samples"
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--interval", type=float, default=0.07, help="seconds between keystrokes")
    parser.add_argument("--pause", type=float, default=0.3, help="extra seconds after , and .")
    parser.add_argument("--preview-samples", type=int, default=3)
    parser.add_argument(
        "--xstart-runs", type=int, default=6, help="black-box starts under Xvfb per editor (0: none)"
    )
    parser.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")], default=SIZES)
    parser.add_argument(
        "--retext-python",
        default=str(OUT / "retext-venv" / "bin" / "python"),
        help="python of the venv ReText is installed in",
    )
    parser.add_argument(
        "--retext-webengine", action="store_true", help="ReText's QtWebEngine preview"
    )
    parser.add_argument("--no-retext", action="store_true", help="measure Feder and the floor only")
    parser.add_argument(
        "--small-vocabulary",
        action="store_true",
        help="only the generator's own ~260 words (no nouns from the hunspell list)",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.runs, args.keys, args.preview_samples = 1, 100, 2
        args.xstart_runs = min(args.xstart_runs, 3)
    return args


def measure_xstart(
    args: argparse.Namespace, articles: dict, retext_python: Path, apps: list[str]
) -> tuple[dict, list[dict]]:
    """Start-up as a user sees it, under Xvfb (benchmarks/xstart.py); after the offscreen runs."""
    if args.xstart_runs <= 0:
        return {}, []
    problem = xstart.available()
    if problem:
        print(f"black-box start not measured: {problem}")
        return {}, []
    article = articles.get(XSTART_SIZE) or write_articles(OUT / "articles", [XSTART_SIZE])[XSTART_SIZE]
    print(f"black-box start under Xvfb, {XSTART_SIZE:,} words, {args.xstart_runs} runs each …", flush=True)
    scratch = Path(tempfile.mkdtemp(prefix="xstart-", dir=OUT))
    try:
        records = xstart.run(
            article,
            retext_python if "retext" in apps else None,
            args.xstart_runs,
            settle=3.0,
            scratch=scratch,
            extra_articles=3,
        )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    for record in records:
        if "error" in record:
            print(f"xstart {record['app']} run {record['run']}: {record['error']}", file=sys.stderr)
    return xstart.summarise(records), records


def distinct_words(articles: dict[int, Path]) -> dict[int, int]:
    """Different words per article: a per-word cache helps less the more there are."""
    import re

    word = re.compile(r"[^\W\d_][\w’-]*")
    return {
        size: len(set(word.findall(path.read_text(encoding="utf-8"))))
        for size, path in articles.items()
    }


def compile_feder() -> None:
    """Byte-compile Feder as an installed wheel is (ReText's venv has its .pyc from pip).

    With PYTHONDONTWRITEBYTECODE set, as on CI machines, an editable checkout
    would otherwise compile every module from source at each start.
    """
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "editor")],
        check=False,
        stdout=subprocess.DEVNULL,
    )


# ---- one probe --------------------------------------------------------------------------
def run_probe(
    app: str, size: int, article: Path, args: argparse.Namespace, retext_python: Path
) -> dict:
    """Start one probe process, sample its memory until it ends, return its JSON."""
    scratch = Path(tempfile.mkdtemp(prefix=f"bench-{app}-", dir=OUT))
    result_path = scratch / "result.json"
    common = [
        "--article",
        str(article),
        "--marker",
        end_marker(size),
        "--keys",
        str(args.keys),
        "--interval",
        str(args.interval),
        "--pause",
        str(args.pause),
        "--out",
        str(result_path),
    ]
    if app == "retext":
        command = [
            str(retext_python),
            str(HERE / "retext_probe.py"),
            *common,
            "--preview-samples",
            str(args.preview_samples),
        ]
        if args.retext_webengine:
            command.append("--webengine")
    else:
        command = [
            sys.executable,
            str(HERE / "feder_probe.py"),
            "--app",
            app,
            *common,
            "--preview-samples",
            str(args.preview_samples),
        ]
    env = probe_environment(scratch)
    log = (scratch / "log.txt").open("wb")
    t0 = time.time()
    process = subprocess.Popen(
        [*command, "--t0", repr(t0)],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    peak = 0.0
    try:
        while process.poll() is None:
            peak = max(peak, xstart.group_rss_mb(process.pid))
            if time.time() - t0 > PROBE_TIMEOUT:
                break
            time.sleep(0.2)
    finally:
        end_group(process)
        log.close()
    record: dict = {"wall": time.time() - t0, "peak_rss_all_mb": peak}
    if result_path.exists():
        record.update(json.loads(result_path.read_text(encoding="utf-8")))
    else:
        tail = (scratch / "log.txt").read_text(encoding="utf-8", errors="replace")[-3000:]
        record["error"] = f"probe wrote no result (exit {process.returncode}):\n{tail}"
    if "error" not in record:
        shutil.rmtree(scratch, ignore_errors=True)
    else:
        record["log"] = str(scratch / "log.txt")
    return record


def probe_environment(scratch: Path) -> dict[str, str]:
    """Offscreen Qt, WebEngine without GPU (and without sandbox as root), private profiles."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    flags = env.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    if "--disable-gpu" not in flags:
        env["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{flags} --disable-gpu".strip()
    if os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    env["FEDER_DATA_DIR"] = str(scratch / "feder-data")
    env["FEDER_CONFIG_DIR"] = str(scratch / "feder-config")
    env["XDG_CONFIG_HOME"] = str(scratch / "xdg-config")
    env["XDG_CACHE_HOME"] = str(scratch / "xdg-cache")
    env["XDG_DATA_HOME"] = str(scratch / "xdg-data")
    # The spellchecker's frequency table is built once per wordfreq install and then
    # mapped from this cache (as for a writer); only the first probe ever builds it.
    env["FEDER_CACHE_DIR"] = str(FREQUENCY_CACHE)
    env.pop("PYTHONPATH", None)
    return env


def end_group(process: subprocess.Popen) -> None:
    """End the probe's process group (the probe, its render helper, QtWebEngine's processes)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


# ---- figures ----------------------------------------------------------------------------
def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def per_run_figures(record: dict) -> dict[str, float]:
    """One probe's figures in milliseconds (memory in MiB)."""
    figures: dict[str, float] = {}
    keys = record.get("keys") or []
    if keys:
        figures["key_p50"] = percentile(keys, 0.50) * 1000
        figures["key_p95"] = percentile(keys, 0.95) * 1000
    if record.get("preview"):
        figures["preview"] = statistics.median(record["preview"]) * 1000
    for name in ("open", "open_preview", "cold_start"):
        if record.get(name) is not None:
            figures[name] = record[name] * 1000
    figures["rss_main"] = record.get("peak_rss_main_mb", float("nan"))
    figures["rss_all"] = record.get("peak_rss_all_mb", float("nan"))
    return figures


def summarise(runs: list[dict], sizes: list[int], apps: list[str]) -> dict:
    """Median over runs of each figure: summary[app][size][figure]."""
    summary: dict = {}
    for app in apps:
        summary[app] = {}
        for size in sizes:
            per_run = [
                per_run_figures(r)
                for r in runs
                if r["app"] == app and r["size"] == size and "error" not in r
            ]
            names = sorted({name for figures in per_run for name in figures})
            summary[app][size] = {
                name: statistics.median([f[name] for f in per_run if name in f]) for name in names
            }
    cold = {
        app: [r["cold_start"] * 1000 for r in runs if r["app"] == app and r.get("cold_start")]
        for app in apps
    }
    summary["cold_start"] = {
        app: statistics.median(v) if v else float("nan") for app, v in cold.items()
    }
    return summary


ROWS = [
    ("key_p50", "keystroke p50 (ms)"),
    ("key_p95", "keystroke p95 (ms)"),
    ("preview", "preview latency (ms)"),
    ("open_preview", "open, text and preview shown (ms)"),
    ("open", "open, spelling done too (ms)"),
    ("rss_main", "peak RSS, main process (MiB)"),
    ("rss_all", "peak RSS, with helpers (MiB)"),
]


def format_table(summary: dict, sizes: list[int], apps: list[str]) -> str:
    def cell(value: float | None) -> str:
        if value is None or value != value:
            return "–"
        return f"{value:,.1f}" if value < 100 else f"{value:,.0f}"

    def ratio(a: float | None, b: float | None) -> str:
        if not a or not b or a != a or b != b:
            return "–"
        return f"{a / b:.2f}×"

    header = "| figure | words | Feder | ReText | Feder/ReText | bare QPlainTextEdit | Feder/bare |"
    lines = [header, "|---|---:|---:|---:|---:|---:|---:|"]
    for key, label in ROWS:
        for size in sizes:
            feder = summary.get("feder", {}).get(size, {}).get(key)
            retext = summary.get("retext", {}).get(size, {}).get(key)
            bare = summary.get("bare", {}).get(size, {}).get(key) if key.startswith("key") else None
            lines.append(
                f"| {label} | {size:,} | {cell(feder)} | {cell(retext)} | {ratio(feder, retext)} "
                f"| {cell(bare)} | {ratio(feder, bare) if bare else '–'} |"
            )
    cold = summary["cold_start"]
    lines.append(
        f"| cold start to painted window, offscreen (ms) | – | {cell(cold.get('feder'))} "
        f"| {cell(cold.get('retext'))} | {ratio(cold.get('feder'), cold.get('retext'))} "
        f"| {cell(cold.get('bare'))} | – |"
    )
    x = summary.get("xstart") or {}
    xf, xr, xb = x.get("feder", {}), x.get("retext", {}), x.get("bare", {})
    for label, key in XSTART_ROWS:
        feder, retext, bare = xf.get(key), xr.get(key), xb.get(key)
        lines.append(
            f"| {label} | {XSTART_SIZE:,} | {cell(feder)} | {cell(retext)} | {ratio(feder, retext)} "
            f"| {cell(bare)} | {ratio(feder, bare) if bare else '–'} |"
        )
    floor = summary.get("bare_highlighted")
    if floor:
        lines += [
            "",
            "Floor of typing with a Python highlighter: the bare QPlainTextEdit with a QSyntaxHighlighter",
            "written as in Qt's example (five Markdown rules, benchmarks/feder_probe.py, textbook_highlighter).",
            "",
            "| figure | words | bare + Python highlighter | Feder | Feder/floor |",
            "|---|---:|---:|---:|---:|",
        ]
        for key, label in [(key, label) for key, label in ROWS if key.startswith("key_")]:
            for size in sizes:
                mine = summary.get("feder", {}).get(size, {}).get(key)
                base = floor.get(size, {}).get(key)
                lines.append(f"| {label} | {size:,} | {cell(base)} | {cell(mine)} | {ratio(mine, base)} |")
    web = x.get("bare_web")
    if web:
        lines += [
            "",
            "Floor with a web preview, Xvfb, 10,000 words: the bare editor plus a plain QWebEngineView",
            "built after its first frame, the article loaded as HTML (benchmarks/bare_preview.py).",
            "",
            "| figure | bare + web view | Feder | Feder/floor |",
            "|---|---:|---:|---:|",
        ]
        for label, key in [(label, key) for label, key in XSTART_ROWS if key in WEB_FLOOR_FIGURES]:
            lines.append(f"| {label} | {cell(web.get(key))} | {cell(xf.get(key))} | {ratio(xf.get(key), web.get(key))} |")
    return "\n".join(lines)


XSTART_ROWS = [
    ("window visible, Xvfb black-box (ms)", "visible_ms"),
    ("peak RSS with helpers, Xvfb (MiB)", "rss_mb"),
    ("PSS with helpers after 3 s, Xvfb (MiB)", "pss_mb"),
    ("preview after the first frame, Xvfb (ms)", "preview_after_frame_ms"),
    ("each further open article, Xvfb (MiB)", "per_article_mb"),
]

#: What the bare editor with a web view measures too (the rest is Feder's own).
WEB_FLOOR_FIGURES = ("visible_ms", "rss_mb", "pss_mb", "preview_after_frame_ms")

# The targets of issue #20: (text, Feder's figure, the other figure or an absolute limit).
KEY_SIZES = (1_000, 10_000, 100_000)


def target_figures(summary: dict) -> list[tuple[str, float | None, float | None, float, str]]:
    """(text, Feder's value, the value compared with, limit, unit) per target."""

    def fig(app: str, size: int, name: str) -> float | None:
        return summary.get(app, {}).get(size, {}).get(name)

    x = summary.get("xstart") or {}
    xf, xr = x.get("feder", {}), x.get("retext", {})
    rows = [
        ("window visible under Xvfb ≤ 0.8× ReText", xf.get("visible_ms"), xr.get("visible_ms"), 0.8, "×"),
        ("preview ≤ 300 ms after the first frame (Xvfb)", xf.get("preview_after_frame_ms"), 1.0, 300, "ms"),
        # Spelling may follow the preview if its distinct words are checked off the UI
        # thread, as Feder's are (ui/spelling/background.py): the verdict takes the text
        # highlighted and the preview shown; "spelling done too" stays in the table.
        (
            "open at 100k words ≤ 0.5× ReText (text and preview shown)",
            fig("feder", 100_000, "open_preview"),
            fig("retext", 100_000, "open"),
            0.5,
            "×",
        ),
    ]
    for size in KEY_SIZES:
        rows.append(
            (f"keystroke p95 at {size // 1000}k words ≤ 1.5× bare", fig("feder", size, "key_p95"), fig("bare", size, "key_p95"), 1.5, "×")
        )
        rows.append(
            (f"keystroke p50 at {size // 1000}k words ≤ 2× bare", fig("feder", size, "key_p50"), fig("bare", size, "key_p50"), 2.0, "×")
        )
    for size in (10_000, 100_000):
        rows.append(
            (f"preview latency at {size // 1000}k words ≤ 0.1× ReText", fig("feder", size, "preview"), fig("retext", size, "preview"), 0.1, "×")
        )
    rows.append(("peak RSS with helpers at 10k words, Xvfb ≤ 1.5× ReText", xf.get("rss_mb"), xr.get("rss_mb"), 1.5, "×"))
    rows.append(("each further open article ≤ 30 MB (Xvfb)", xf.get("per_article_mb"), 1.0, 30, "MB"))
    return rows


def check_targets(summary: dict) -> str:
    lines = ["Targets (issue #20; ratio Feder / other, measured in this run):"]
    for text, feder, other, limit, unit in target_figures(summary):
        if feder is None or other is None or feder != feder or other != other or not other:
            lines.append(f"- {text}: not measured")
            continue
        value = feder / other
        verdict = "met" if value <= limit else "MISSED"
        shown = f"{value:.2f}× (limit {limit:g}×)" if unit == "×" else f"{value:,.0f} {unit} (limit {limit:g} {unit})"
        lines.append(f"- {text}: {shown} — {verdict}")
    return "\n".join(lines)


def describe_machine(args: argparse.Namespace, seconds: float, revision: str) -> str:
    try:
        model = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        model = platform.processor() or "unknown CPU"
    return (
        f"Machine: {model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}. Articles: "
        + ", ".join(f"{size:,} words ({n:,} different)" for size, n in args.vocabulary.items())
        + f". Runs: {args.runs}, {args.keys} keystrokes "
        f"every {args.interval * 1000:.0f} ms (+{args.pause * 1000:.0f} ms after , and .), "
        f"{args.preview_samples} preview samples per run; "
        f"ReText preview: {'QtWebEngine' if args.retext_webengine else 'QTextBrowser (its default)'}. "
        f"Black-box start: {args.xstart_runs} runs per editor under Xvfb, {XSTART_SIZE:,} words, "
        f"fresh HOME each, alternating; ReText with live preview and spellcheck, as offscreen. "
        f"Load average at the end: {', '.join(f'{v:.1f}' for v in os.getloadavg())}. "
        f"Took {seconds / 60:.1f} min. Feder at {revision}."
    )


def feder_revision() -> str:
    """The commit measured, marked when editor/ had uncommitted changes."""

    def git(*command: str) -> str:
        done = subprocess.run(
            ["git", *command], cwd=ROOT, capture_output=True, text=True, check=False
        )
        return done.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown commit"
    return commit + (
        " + uncommitted changes in editor/" if git("status", "--porcelain", "editor") else ""
    )


if __name__ == "__main__":
    raise SystemExit(main())
