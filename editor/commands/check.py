"""`feder check ARTICLE.md …`: the pre-publish checks of the window, for scripts and CI.

One line per finding, ``file:line:column: message`` (the format editors and
CI logs link to), or ``file: Ready to publish…`` for a clean article; with
``--format json`` one JSON object per finding and line (rule id, line, column,
severity, message; nothing for a clean article). ``-`` reads standard input.
Exit status: 0 ready, 1 problems found, 2 an article could not be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from editor.commands._io import display_name, read_source, write_lines
from editor.core.checks.findings import READY, Finding
from editor.core.checks.limits import HEADLINE_LIMIT, TEASER_LIMIT
from editor.core.checks.rules import run_checks
from editor.core.messages import FederError
from editor.core.text.article import Article
from editor.i18n import error_text

READY_STATUS, PROBLEMS_STATUS, ERROR_STATUS = 0, 1, 2
FORMATS = ("text", "json")


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
    parser.add_argument("articles", nargs="+", type=Path, metavar="ARTICLE", help=QCoreApplication.translate("CommandLine", "the article (Markdown with front matter); - reads standard input"))
    parser.add_argument("--format", choices=FORMATS, default="text",
                        help=QCoreApplication.translate("CommandLine", "text: FILE:LINE:COLUMN: message; json: one JSON object per finding and line (default: %(default)s)"))
    parser.add_argument("--headline-limit", type=_positive, default=HEADLINE_LIMIT, metavar="N",
                        help=QCoreApplication.translate("CommandLine", "longest headline in characters (default: %(default)s)"))
    parser.add_argument("--teaser-limit", type=_positive, default=TEASER_LIMIT, metavar="N",
                        help=QCoreApplication.translate("CommandLine", "longest teaser in characters (default: %(default)s)"))
    parser.add_argument("--no-spelling", dest="spelling", action="store_false",
                        help=QCoreApplication.translate("CommandLine", "leave out the spelling check"))
    parser.set_defaults(func=run, error_status=ERROR_STATUS)


def run(args: argparse.Namespace) -> int:
    status = READY_STATUS
    for path in args.articles:
        status = max(status, check_file(path, args))
    return status


def check_file(path: Path, args: argparse.Namespace) -> int:
    """Print the findings for one article; its exit status."""
    translate = QCoreApplication.translate
    name = display_name(path)
    try:
        text, resolved = read_source(path)
    except FederError as error:
        print(f"feder: {error_text(error)}", file=sys.stderr, flush=True)
        return ERROR_STATUS
    article = Article.from_text(text, resolved)
    findings = run_checks(
        article,
        text,
        headline_limit=args.headline_limit,
        teaser_limit=args.teaser_limit,
        spelling=args.spelling,
    )
    if getattr(args, "format", "text") == "json":
        write_lines([json.dumps(finding_record(name, f, translate), ensure_ascii=False) for f in findings])
    elif findings:
        write_lines([f"{name}:{f.line + 1}:{f.column + 1}: {f.text(translate)}" for f in findings])
    else:
        write_lines([f"{name}: {translate(READY.context, READY.text)}"])
    return PROBLEMS_STATUS if findings else READY_STATUS


def finding_record(name: str, finding: Finding, translate=QCoreApplication.translate) -> dict:
    """One finding as ``--format json`` prints it; lines and columns count from 1."""
    record = {
        "file": name,
        "line": finding.line + 1,
        "column": finding.column + 1,
        "rule": finding.rule_id,
        "severity": finding.severity,
        "message": finding.text(translate),
    }
    if finding.fix is not None:
        fix = finding.fix
        record["fix"] = {
            "line": fix.line + 1,
            "column": fix.column + 1,
            "length": fix.length,
            "text": fix.text,
            "label": translate(fix.label.context, fix.label.text),
        }
    return record


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        # argparse would name this function in its message; say what is wrong instead.
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("CommandLine", "not a whole number: {value}").format(value=value)
        ) from None
    if number < 1:
        raise argparse.ArgumentTypeError(QCoreApplication.translate("CommandLine", "must be at least 1"))
    return number
