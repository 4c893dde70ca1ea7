"""The `feder` command line: `feder export …`, `feder check …`.

Sub-commands drive the same core as the GUI. Messages go through Qt's
translation (QtCore only), so `feder --help` answers in the user's language.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import pkgutil
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

def _command_modules() -> tuple[str, ...]:
    """The sub-commands: every public module of ``editor.commands`` (each has ``register``).

    Found rather than listed, so a module added there is a command, and appears
    in ``feder --help``, without touching this file.
    """
    import editor.commands as package

    return tuple(
        sorted(m.name for m in pkgutil.iter_modules(package.__path__) if not m.name.startswith("_"))
    )


#: Modules under editor.commands, each with register(subparsers).
COMMANDS: tuple[str, ...] = _command_modules()

# Exit status of an unexpected failure (a bug): not 0 or 1, which mean something to scripts.
INTERNAL_ERROR_STATUS = 3


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
    try:
        build_parser(with_commands=True).parse_args(args)  # prints help or version and exits
    except BrokenPipeError:
        _silence_stdout()
    return 0


def build_parser(with_commands: bool = False) -> argparse.ArgumentParser:
    """The window's parser; ``with_commands`` lists the sub-commands in its help."""
    parser = argparse.ArgumentParser(
        prog="feder",
        description=QCoreApplication.translate("CommandLine", "Feder, an editor for articles. Without a command it opens the window."),
        epilog=_commands_epilog() if with_commands else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"editor.commands.{name}")
        if hasattr(module, "register"):
            module.register(subparsers, tr)
    return parser


def command_summaries() -> list[tuple[str, str]]:
    """(name, one-line help) of every sub-command, as ``feder --help`` lists them."""
    parser = build_command_parser()
    summaries: list[tuple[str, str]] = []
    for action in parser._subparsers._group_actions if parser._subparsers else []:
        for choice in getattr(action, "_choices_actions", []):
            summaries.append((choice.dest, choice.help or ""))
    return summaries


def _commands_epilog() -> str:
    summaries = command_summaries()
    width = max((len(name) for name, _ in summaries), default=0) + 2
    lines = [QCoreApplication.translate("CommandLine", "commands (feder COMMAND --help tells more):")]
    lines += [f"  {name.ljust(width)}{summary}" for name, summary in summaries]
    return "\n".join(lines)


def run_command(argv: Sequence[str]) -> int:
    """Run a sub-command; errors become one line on stderr, never a traceback.

    Exit status: what the command returns (0 done); 1 (or the command's own
    ``error_status``) for an error the user can act on; 2 for a usage error
    (argparse); 3 for an unexpected failure, which is a bug in Feder.
    """
    app = QCoreApplication.instance() or QCoreApplication(["feder"])
    install_translators(app)
    args = build_command_parser().parse_args(list(argv))
    error_status = int(getattr(args, "error_status", 1))
    try:
        status = int(args.func(args) or 0)
    except FederError as exc:
        _print_error(error_text(exc))
        return error_status
    except BrokenPipeError:  # `feder … | head`: the reader has gone, nothing more to say
        _silence_stdout()
        return error_status
    except OSError as exc:  # a file or the network failed in a way no command put into words
        reason = exc.strerror or str(exc) or type(exc).__name__
        _print_error(f"{exc.filename}: {reason}" if exc.filename else reason)
        return error_status
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: one line, not a traceback
        _print_error(
            QCoreApplication.translate(
                "CommandLine", "Unexpected error, please report it to Feder's authors: {reason}"
            ).format(reason=str(exc) or type(exc).__name__)
        )
        return INTERNAL_ERROR_STATUS
    return _flushed(status, error_status)


def _flushed(status: int, error_status: int) -> int:
    """Write what print() buffered; a full disk or a closed pipe now is still one line at most."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        return error_status
    except OSError as exc:
        _silence_stdout()
        reason = exc.strerror or str(exc)
        _print_error(QCoreApplication.translate("CommandLine", "Could not write the output: {reason}").format(reason=reason))
        return error_status
    return status


def _print_error(text: str) -> None:
    with contextlib.suppress(OSError):  # stderr gone too: the exit status is all that is left
        print(f"feder: {text}", file=sys.stderr, flush=True)


def _silence_stdout() -> None:
    """Point standard output at /dev/null so Python's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real stdout (tests capture it)
        pass
