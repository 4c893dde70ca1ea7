"""`feder export` as a writer's script runs it: a real subprocess, real files, exit codes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from editor.core.export import ExportOptions, export, load_article

GOLDEN_INPUT = Path(__file__).parent / "golden" / "export" / "input"
ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(GOLDEN_INPUT, folder)
    return folder


def feder(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "LANG": "C.UTF-8", "LANGUAGE": "en", "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "editor", "export", *map(str, args)],
        cwd=cwd, env=env, capture_output=True, timeout=60, check=False,
    )


def one_line_error(run: subprocess.CompletedProcess[bytes]) -> str:
    assert run.returncode != 0
    assert run.stdout == b""
    lines = run.stderr.decode("utf-8").splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("feder: ")
    return lines[0]


def test_markdown_to_stdout_is_the_core_export(articles: Path) -> None:
    run = feder("full.md", "--to", "md", cwd=articles)
    assert run.returncode == 0, run.stderr
    assert run.stderr == b""
    assert run.stdout.decode("utf-8") == export(load_article(articles / "full.md"), "md").text


def test_page_with_output_copies_images_and_replaces_the_target(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    target = out / "seite.html"
    target.write_text("old", encoding="utf-8")
    run = feder(articles / "full.md", "--to", "html", "-o", target, cwd=tmp_path)
    assert (run.returncode, run.stdout, run.stderr) == (0, b"", b"")
    page = target.read_text(encoding="utf-8")
    assert '<img src="seite_files/markt.png"' in page
    assert (out / "seite_files" / "markt.png").read_bytes() == (articles / "bilder" / "markt.png").read_bytes()
    # embedded and sanitised on request, to stdout
    run = feder("full.md", "--embed-images", "--sanitize", cwd=articles)
    assert run.returncode == 0 and b'src="data:image/png;base64,' in run.stdout
    expected = export(load_article(articles / "full.md"), "html", ExportOptions(images="embed", sanitize=True))
    assert run.stdout.decode("utf-8") == expected.text


def test_fragment_is_sanitised_by_default_and_can_opt_out(articles: Path) -> None:
    run = feder("hostile.md", "--to", "fragment", cwd=articles)
    assert run.returncode == 0 and b"<script" not in run.stdout
    run = feder("hostile.md", "--to", "fragment", "--no-sanitize", cwd=articles)
    assert run.returncode == 0 and b"<script>alert(" in run.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("fehlt.md",), "fehlt.md does not exist"),
        (("full.md", "-o", "nirgends/x.html"), "does not exist"),
        (("full.md", "--to", "md", "-o", "."), "is a folder"),
        (("full.md", "--to", "md", "-o", "full.md"), "is the article itself"),
        (("full.md", "--images", "copy"), "needs an output file"),
        (("full.md", "--to", "md", "--template", "x.j2"), "HTML formats only"),
    ],
)
def test_errors_are_one_line_and_non_zero(articles: Path, args: tuple[str, ...], message: str) -> None:
    before = (articles / "full.md").read_bytes()
    line = one_line_error(feder(*args, cwd=articles))
    assert message in line
    assert (articles / "full.md").read_bytes() == before


@pytest.mark.parametrize("args", [("--to", "pdf"), ("--images", "copyy"), ("--images", "")])
def test_bad_choices_are_usage_errors_with_exit_2(articles: Path, args: tuple[str, ...]) -> None:
    run = feder("full.md", *args, cwd=articles)
    assert run.returncode == 2
    assert run.stdout == b""
    err = run.stderr.decode("utf-8")
    assert "invalid choice" in err and "Traceback" not in err
