"""`feder check ARTICLE.md …`: the pre-publish checks of the window, for scripts and CI.

One line per finding, ``file:line: message`` (the format editors and CI logs
link to), or ``file: Ready to publish…`` for a clean article. Exit status:
0 ready, 1 problems found, 2 an article could not be read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from editor.core import storage
from editor.core.article import Article
from editor.core.checks import HEADLINE_LIMIT, READY, TEASER_LIMIT, run_checks
from editor.core.messages import FederError
from editor.i18n import error_text

READY_STATUS, PROBLEMS_STATUS, ERROR_STATUS = 0, 1, 2


def register(subparsers: argparse._SubParsersAction, tr: Callable[[str], str]) -> None:
    """Add ``feder check``.

    Texts are translated with an explicit "CommandLine" context rather than
    through ``tr``, so pyside6-lupdate files them under that context.
    """
    parser = subparsers.add_parser(
        "check",
        help=QCoreApplication.translate("CommandLine", "check articles before publishing"),
        description=QCoreApplication.translate("CommandLine",
            "Check articles before publishing: headline, teaser, images and credits, headings, "
            "links, quotation marks, doubled words, spelling. Exit status 0: ready, "
            "1: problems found, 2: an article could not be read."
        ),
    )
    parser.add_argument("articles", nargs="+", type=Path, metavar="ARTICLE", help=QCoreApplication.translate("CommandLine", "the article (Markdown with front matter)"))
    parser.add_argument("--headline-limit", type=_positive, default=HEADLINE_LIMIT, metavar="N",
                        help=QCoreApplication.translate("CommandLine", "longest headline in characters (default: %(default)s)"))
    parser.add_argument("--teaser-limit", type=_positive, default=TEASER_LIMIT, metavar="N",
                        help=QCoreApplication.translate("CommandLine", "longest teaser in characters (default: %(default)s)"))
    parser.add_argument("--no-spelling", dest="spelling", action="store_false",
                        help=QCoreApplication.translate("CommandLine", "leave out the spelling check"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    status = READY_STATUS
    for path in args.articles:
        status = max(status, check_file(path, args))
    return status


def check_file(path: Path, args: argparse.Namespace) -> int:
    """Print the findings for one article; its exit status."""
    translate = QCoreApplication.translate
    try:
        text = storage.read_text(path).text
    except FederError as error:
        print(f"feder: {error_text(error)}", file=sys.stderr)
        return ERROR_STATUS
    article = Article.from_text(text, path.resolve())
    findings = run_checks(
        article,
        text,
        headline_limit=args.headline_limit,
        teaser_limit=args.teaser_limit,
        spelling=args.spelling,
    )
    if not findings:
        print(f"{path}: {translate(READY.context, READY.text)}")
        return READY_STATUS
    for finding in findings:
        print(f"{path}:{finding.line + 1}: {finding.text(translate)}")
    return PROBLEMS_STATUS


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(QCoreApplication.translate("CommandLine", "must be at least 1"))
    return number
