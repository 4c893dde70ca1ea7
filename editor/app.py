"""Start-up: the command line or the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if _plain_window_start(args):
        # Before Qt is even imported: a running Feder takes the file and this process ends.
        from editor.ui.window import single_instance

        if single_instance.hand_over(args):
            return 0
    from editor import cli

    if cli.is_command(args):
        return cli.run_command(args)
    if cli.asks_for_info(args) or not cli.valid_window_arguments(args):
        return cli.print_info(args)  # help, version, or a usage error: no display needed
    from editor.ui.window.application import run_gui

    return run_gui(args)


def _plain_window_start(args: list[str]) -> bool:
    """`feder` or `feder FILE.md` (an existing file with an extension, so never a sub-command)."""
    if not args:
        return True
    if len(args) != 1 or args[0].startswith("-"):
        return False
    path = Path(args[0])
    return bool(path.suffix) and path.is_file()
