"""Input and output of the sub-commands: ``-`` for standard input, writes that fail cleanly.

Every command reads its article through :func:`read_source` and writes through
:func:`write_stdout`, so ``-`` works the same everywhere and a full disk or a
closed pipe is one line on stderr (or silence), never a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path

from editor.core.files import storage
from editor.core.messages import QT_TRANSLATE_NOOP, FederError
from editor.core.text.article import Article

# The file name that means standard input (or output, for ``-o``).
STDIN = Path("-")


def is_stdin(path: Path | str | None) -> bool:
    return path is not None and str(path) == "-"


def display_name(path: Path) -> str:
    """How messages name the article: as given, ``-`` for standard input."""
    return "-" if is_stdin(path) else str(path)


def read_source(path: Path) -> tuple[str, Path]:
    """The article text and the path it stands for.

    Standard input stands for a file in the current folder, so relative image
    paths count from there, as they would for a file saved there.
    """
    if not is_stdin(path):
        return storage.read_text(path).text, Path(path).resolve()
    try:
        data = sys.stdin.buffer.read(storage.MAX_BYTES + 1)
    except (OSError, ValueError) as exc:  # closed or unreadable stdin
        raise FederError(
            QT_TRANSLATE_NOOP("CommandLine", "Standard input could not be read: {reason}"),
            reason=getattr(exc, "strerror", None) or exc,
        ) from exc
    if len(data) > storage.MAX_BYTES:
        raise FederError(
            QT_TRANSLATE_NOOP(
                "CommandLine", "Standard input is larger than {limit} MB, too large for an article."
            ),
            limit=storage.MAX_BYTES // (1024 * 1024),
        )
    return storage.decode(data, "-").text, Path.cwd() / "-"


def load_article(path: Path) -> Article:
    """Read an article for export; unreadable front matter is an error, not a loss."""
    text, resolved = read_source(path)
    article = Article.from_text(text, resolved)
    if article.meta_error is not None:
        raise article.meta_error
    return article


def write_stdout(data: bytes) -> None:
    """Write ``data`` to standard output now; a full disk becomes a FederError.

    A closed pipe (``| head``) raises BrokenPipeError, which the command line
    ends quietly (see editor.cli.run_command).
    """
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise FederError(
            QT_TRANSLATE_NOOP("CommandLine", "Could not write to standard output: {reason}"),
            reason=exc.strerror or exc,
        ) from exc


def write_lines(lines: list[str]) -> None:
    if lines:
        write_stdout(("\n".join(lines) + "\n").encode("utf-8"))
