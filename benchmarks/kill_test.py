"""Fault injection: SIGKILL a typing, autosaving, saving Feder at random moments.

Each round starts benchmarks/kill_driver.py (the real core: RecoveryStore,
storage.save_text, backups) on an article, lets it work for a random time and
kills it with SIGKILL -- now and then already during its start-up, while it
adopts recovered text. After every kill, as the next start would, it checks:

* the article file is a complete version, the last one reported saved or the
  one being saved (never torn, never older);
* the recovery folder offers a complete version, and between it and the file
  nothing typed before the last finished autosave is missing;
* every backup is a complete earlier version.

Every ``ROUNDS_PER_ARTICLE`` rounds a fresh article starts, so files stay
article-sized. Prints e.g. "200 kills, 0 torn files, 0 lost autosaved characters".

    python benchmarks/kill_test.py [--kills 200] [--seed 1] [--max-delay 0.4]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import kill_driver as driver  # noqa: E402

ROUNDS_PER_ARTICLE = 25
DRIVER = Path(__file__).resolve().parent / "kill_driver.py"


@dataclass
class Result:
    kills: int = 0
    torn: int = 0
    lost: int = 0
    stale: int = 0  # article file older than the last reported save
    typed: int = 0
    saves: int = 0
    autosaves: int = 0
    restores: int = 0
    startup_kills: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return f"{self.kills} kills, {self.torn} torn files, {self.lost} lost autosaved characters"

    @property
    def ok(self) -> bool:
        return not (self.torn or self.lost or self.stale or self.problems)


@dataclass
class ArticleState:
    path: Path
    last_saved: int = 0  # k of the last save the driver reported as done
    last_safe: int = 0  # k of the last reported autosave or save


def run(
    kills: int, seed: int = 1, max_delay: float = 0.4, *, naive_writes: bool = False,
    window: bool = False,
) -> Result:
    """Kill the driver ``kills`` times; return what was found.

    ``naive_writes`` makes the driver write files in place (the negative control);
    ``window`` drives the real MainWindow offscreen instead of the bare core.
    """
    rng = random.Random(seed)
    result = Result()
    with tempfile.TemporaryDirectory(prefix="feder-kill-") as tmp:
        base = Path(tmp)
        env = dict(os.environ, FEDER_DATA_DIR=str(base / "data"), PYTHONDONTWRITEBYTECODE="1")
        env.pop("FEDER_KILL_NAIVE_WRITES", None)
        if naive_writes:
            env["FEDER_KILL_NAIVE_WRITES"] = "1"
        state: ArticleState | None = None
        startup = 0.3
        for round_no in range(kills):
            if round_no % ROUNDS_PER_ARTICLE == 0:
                path = base / f"artikel-{round_no // ROUNDS_PER_ARTICLE}.md"
                path.write_text(driver.expected(0), encoding="utf-8")
                state = ArticleState(path)
            log = base / f"round-{round_no}.log"
            started = time.perf_counter()
            command = [sys.executable, str(DRIVER), str(state.path), str(log)]
            child = subprocess.Popen(
                [*command, "--window"] if window else command,
                env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                start_new_session=True,  # its own process group: helpers die with it
            )
            if rng.random() < 0.15:  # during start-up: reading, adopting recovered text
                time.sleep(rng.uniform(0, startup))
                result.startup_kills += 1
            else:
                if _wait_ready(log, child):
                    startup = 0.8 * startup + 0.2 * (time.perf_counter() - started)
                time.sleep(rng.uniform(0, max_delay))
            os.killpg(child.pid, signal.SIGKILL)  # the driver and the helpers it started
            _, stderr = child.communicate()
            result.kills += 1
            if child.returncode != -signal.SIGKILL:
                result.problems.append(
                    f"round {round_no}: driver ended by itself ({child.returncode}): {stderr.decode()[-800:]}"
                )
            _check_round(round_no, state, log, base / "data", result)
            log.unlink(missing_ok=True)
    return result


def _wait_ready(log: Path, child: subprocess.Popen[bytes], timeout: float = 10.0) -> bool:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if log.exists() and log.stat().st_size > 0:
            return True
        if child.poll() is not None:
            return False
        time.sleep(0.002)
    return False


def _check_round(round_no: int, state: ArticleState, log: Path, data: Path, result: Result) -> None:
    from editor.core.files import backups
    from editor.core.files.recovery import RecoveryStore

    reported = log.read_text(encoding="utf-8").split() if log.exists() else []
    progress: int | None = None  # the last k the driver reported reaching in this round
    for kind, value in zip(reported[::2], reported[1::2], strict=False):
        if kind in "ROAS" and value.isdigit():
            progress = int(value)
        if kind == "X":
            result.problems.append(f"round {round_no}: driver found its start text damaged")
        elif kind in "AS" and value.isdigit():
            k = int(value)
            result.typed = max(result.typed, k)
            state.last_safe = max(state.last_safe, k)
            if kind == "S":
                state.last_saved = max(state.last_saved, k)
                result.saves += 1
            else:
                result.autosaves += 1
        elif kind == "R":
            result.restores += 1

    # Old or new: the last reported save, or the save that was running when the kill came
    # (the first save point after the last progress the driver reported).
    allowed = {state.last_saved}
    if progress is not None:
        allowed.add((progress // driver.SAVE_EVERY + 1) * driver.SAVE_EVERY)
    on_disk = driver.typed_count(state.path.read_bytes().decode("utf-8", errors="replace"))
    if on_disk is None:
        result.torn += 1
        result.problems.append(f"round {round_no}: {state.path.name} is torn")
        on_disk = 0
    elif on_disk not in allowed:
        result.stale += 1
        result.problems.append(
            f"round {round_no}: file holds {on_disk} typed, expected one of {sorted(allowed)}"
        )
    state.last_saved = max(state.last_saved, on_disk)

    for file in (data / "recovery").glob("*.json"):
        try:
            json.loads(file.read_bytes().decode("utf-8", "surrogatepass"))
        except ValueError:
            result.torn += 1
            result.problems.append(f"round {round_no}: recovery file {file.name} is torn")
            file.unlink()  # counted once
    # What the next start offers (the killed process's lock is free now).
    entries = [e for e in RecoveryStore(data / "recovery").list() if e.path == state.path]
    best = on_disk
    for entry in entries:
        k = driver.typed_count(entry.text)
        if k is None:
            result.torn += 1
            result.problems.append(f"round {round_no}: recovery entry {entry.id} is torn")
        else:
            best = max(best, k)
    if best < state.last_safe:
        result.lost += state.last_safe - best
        result.problems.append(f"round {round_no}: {state.last_safe - best} autosaved characters lost")
    state.last_safe = best  # what the next round continues from

    for backup in backups.list_backups(state.path, data / "backups"):
        if driver.typed_count(backup.path.read_bytes().decode("utf-8", errors="replace")) is None:
            result.torn += 1
            result.problems.append(f"round {round_no}: backup {backup.path.name} is torn")


def leftover_temp_files(folder: Path) -> int:
    return sum(1 for p in folder.rglob("*.tmp") if ".~feder-" in p.name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-delay", type=float, default=0.4)
    parser.add_argument(
        "--naive-writes", action="store_true", help="negative control: write files in place"
    )
    parser.add_argument("--window", action="store_true", help="drive the real main window offscreen")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    result = run(
        args.kills, args.seed, args.max_delay, naive_writes=args.naive_writes, window=args.window
    )
    elapsed = time.perf_counter() - started
    for problem in result.problems[:20]:
        print("  " + problem)
    print(
        f"  ({result.startup_kills} kills during start-up, {result.restores} restores from recovery, "
        f"{result.saves} saves and {result.autosaves} autosaves finished, {elapsed:.0f} s)"
    )
    print(result.summary())
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
