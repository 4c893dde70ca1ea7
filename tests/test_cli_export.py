"""`feder export` as a writer's script runs it: a real subprocess, real files, exit codes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from editor.core.export.exporters import ExportOptions, export, load_article
from tests.cli_helpers import run_feder

GOLDEN_INPUT = Path(__file__).parent / "golden" / "export" / "input"
ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(GOLDEN_INPUT, folder)
    return folder


def feder(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return run_feder("export", *args, cwd=cwd, timeout=60)


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
    assert (run.returncode, run.stderr) == (0, b"")
    assert run.stdout.decode("utf-8").splitlines() == [
        f"Copied image bilder/markt.png to {out / 'seite_files' / 'markt.png'}",
        f"Copied image jana.png to {out / 'seite_files' / 'jana.png'}",
    ]
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
        (("full.md", "--to", "html", "-o", "."), "is a folder"),
        (("full.md", "--to", "hugo", "--images", "copy"), "needs an output file or folder"),
        (("full.md", "--to", "md", "--images", "embed", "-o", "x.md"), "cannot embed images"),
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
def test_site_export_into_a_folder_writes_the_sites_file_and_reports_each_image(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "tests" / "data" / "figures", tmp_path / "artikel")
    posts = tmp_path / "site" / "_posts"
    posts.mkdir(parents=True)
    run = feder(tmp_path / "artikel" / "hafen.md", "--to", "jekyll", "-o", "site/_posts", cwd=tmp_path)
    assert (run.returncode, run.stderr) == (0, b""), run.stderr
    post = posts / "2026-10-05-hafen-erwacht.md"
    assets = Path("site") / "assets" / "hafen-erwacht"
    assert run.stdout.decode("utf-8").splitlines() == [
        f"Copied image {name} to {assets / copy}"
        for name, copy in (("aufmacher.png", "aufmacher.png"), ("bilder/hafen.png", "hafen.png"),
                           ("bilder/kran.png", "kran.png"), ("bilder/inline.png", "inline.png"),
                           ("bilder/mole mit leer.png", "mole-mit-leer.png"))  # names safe for a site
    ] + [f"Wrote {Path('site/_posts/2026-10-05-hafen-erwacht.md')}"]
    text = post.read_text(encoding="utf-8")
    assert "author: Ole Hansen\n" in text and "image: /assets/hafen-erwacht/aufmacher.png\n" in text
    assert "{credit=" not in text and str(tmp_path) not in text
    for name in ("aufmacher.png", "hafen.png", "kran.png", "inline.png", "mole-mit-leer.png"):
        assert (tmp_path / assets / name).is_file()

    run = feder(tmp_path / "artikel" / "hafen.md", "--to", "hugo", "-o", tmp_path / "site", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "site" / "hafen-erwacht" / "index.md").is_file()
    assert (tmp_path / "site" / "hafen-erwacht" / "mole-mit-leer.png").is_file()
    assert len(run.stdout.decode("utf-8").splitlines()) == 6


def test_markdown_with_copy_into_an_index_md_copies_beside_it(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "bundle"
    out.mkdir()
    run = feder("full.md", "--to", "md", "--images", "copy", "-o", out / "index.md", cwd=articles)
    assert (run.returncode, run.stderr) == (0, b""), run.stderr
    assert run.stdout.decode("utf-8").splitlines() == [f"Copied image bilder/markt.png to {out / 'markt.png'}"]
    assert (out / "markt.png").read_bytes() == (articles / "bilder" / "markt.png").read_bytes()
    text = (out / "index.md").read_text(encoding="utf-8")
    assert "image: markt.png\n" in text and "- markt.png\n" in text
    # without --images the generic format keeps the addresses and copies nothing
    run = feder("full.md", "--to", "md", "-o", tmp_path / "plain.md", cwd=articles)
    assert (run.returncode, run.stdout) == (0, b"")
