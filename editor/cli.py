"""The `feder` command line: `feder export …`, `feder check …`.

Sub-commands drive the same core as the GUI. Messages go through Qt's
translation (QtCore only), so `feder --help` answers in the user's language.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from editor import __version__
from editor.core.messages import QT_TRANSLATE_NOOP, FederError
from editor.i18n import error_text, install_translators

#: argparse's own texts, marked so lupdate collects them; argparse looks them up
#: through its module-level ``_`` (gettext), which is pointed at Qt below.
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
)
argparse._ = lambda text: QCoreApplication.translate("argparse", text)  # type: ignore[attr-defined]

#: Modules under editor.commands, each with register(subparsers).
COMMANDS: tuple[str, ...] = ("export", "check", "publish", "site")


def tr(text: str) -> str:
    return QCoreApplication.translate("CommandLine", text)


def is_command(argv: Sequence[str]) -> bool:
    """Whether ``argv`` asks for a sub-command rather than the window."""
    return bool(argv) and argv[0] in COMMANDS


_INFO_FLAGS = ("-h", "--help", "--version")


def asks_for_info(argv: Sequence[str]) -> bool:
    """`feder --help` / `--version` answer in the terminal, with no window and no display."""
    return any(arg in _INFO_FLAGS for arg in argv)


def valid_window_arguments(argv: Sequence[str]) -> bool:
    """Whether the window's arguments parse; a typo is answered in the terminal."""
    _namespace, unknown = build_parser().parse_known_args(list(argv))
    return not unknown


def print_info(argv: Sequence[str]) -> int:
    app = QCoreApplication.instance() or QCoreApplication(["feder"])
    args = list(argv)
    language = args[args.index("--language") + 1] if "--language" in args[:-1] else "system"
    install_translators(app, language)
    build_parser().parse_args(args)  # prints help or version and exits
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="feder",
        description=QCoreApplication.translate("CommandLine", "Feder, an editor for articles. Without a command it opens the window."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Feder {__version__}",
        help=QCoreApplication.translate("CommandLine", "show the version and exit"),
    )
    parser.add_argument("--language", metavar="LANG", help=QCoreApplication.translate("CommandLine", "interface language: de, en or system"))
    parser.add_argument(
        "--new-instance",
        action="store_true",
        help=QCoreApplication.translate("CommandLine", "open a window of its own even if Feder is running already"),
    )
    parser.add_argument("file", nargs="?", help=QCoreApplication.translate("CommandLine", "article to open (Markdown)"))
    return parser


def build_command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="feder")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        importlib.import_module(f"editor.commands.{name}").register(subparsers, tr)
    return parser


def run_command(argv: Sequence[str]) -> int:
    """Run a sub-command; errors become one line on stderr and exit status 1."""
    app = QCoreApplication.instance() or QCoreApplication(["feder"])
    install_translators(app)
    args = build_command_parser().parse_args(list(argv))
    try:
        return int(args.func(args) or 0)
    except FederError as exc:
        print(f"feder: {error_text(exc)}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 1
