"""Start-up: the command line or the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from editor import cli

    if cli.is_command(args):
        return cli.run_command(args)
    if cli.asks_for_info(args) or not cli.valid_window_arguments(args):
        return cli.print_info(args)  # help, version, or a usage error: no display needed
    from editor.ui.application import run_gui

    return run_gui(args)
