"""`feder spell ARTICLE.md …`: every flagged word, one line each, for scripts and editors.

``FILE:LINE:COL: word -> suggestion, suggestion, suggestion`` (LINE and COL
1-based, counted in the file as written, front matter included; COL in
characters), then nothing else. ``--format json`` prints one JSON object per
word instead (file, line, column, word, suggestions, kind). Exit status: 0 no
word flagged, 1 some flagged, 2 an error (one line on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from editor.core.files import storage
from editor.core.messages import FederError
from editor.core.spelling.service import NO_DICTIONARY, SpellService
from editor.core.text.article import Article
from editor.i18n import error_text

CLEAN_STATUS, FLAGGED_STATUS, ERROR_STATUS = 0, 1, 2
SUGGESTIONS = 3


def register(subparsers: argparse._SubParsersAction, tr: Callable[[str], str]) -> None:
    """Add ``feder spell`` (texts in the "CommandLine" context, like ``feder check``)."""
    parser = subparsers.add_parser(
        "spell",
        help=QCoreApplication.translate("CommandLine", "list misspelled words with suggestions"),
        description=QCoreApplication.translate(
            "CommandLine",
            "List every misspelled word as FILE:LINE:COL: word -> suggestions. Exit status 0: "
            "none found, 1: words found, 2: an error.",
        ),
    )
    parser.add_argument(
        "articles", nargs="+", type=Path, metavar="ARTICLE",
        help=QCoreApplication.translate("CommandLine", "the article (Markdown with front matter)"),
    )
    parser.add_argument(
        "--lang", metavar="LANG",
        help=QCoreApplication.translate("CommandLine", "spelling language, e.g. de_CH (default: the article's)"),
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text",
        help=QCoreApplication.translate("CommandLine", "output format (default: %(default)s)"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        service = SpellService(args.lang or "de_DE")
        if args.lang:
            service.set_language(args.lang)  # an unknown or missing language is an error here
        if not service.is_available:
            raise service.notice or FederError(NO_DICTIONARY)
    except FederError as error:
        print(f"feder: {error_text(error)}", file=sys.stderr)
        return ERROR_STATUS
    status = CLEAN_STATUS
    for path in args.articles:
        status = max(status, spell_file(path, service, args))
    return status


def spell_file(path: Path, service: SpellService, args: argparse.Namespace) -> int:
    """Print the flagged words of one article; its exit status."""
    try:
        text = storage.read_text(path).text
        lang = args.lang or Article.from_text(text).lang
        checker = service.article(lang)
        if checker.notice is not None:  # the article's language has no dictionary here
            raise checker.notice
        found = checker.check_article(text)
    except FederError as error:
        print(f"feder: {error_text(error)}", file=sys.stderr)
        return ERROR_STATUS
    for flagged in found:
        suggestions = checker.suggestions(flagged.word, SUGGESTIONS)
        if args.format == "json":
            print(
                json.dumps(
                    {
                        "file": str(path),
                        "line": flagged.line + 1,
                        "column": flagged.column + 1,
                        "word": flagged.word,
                        "suggestions": suggestions,
                        "kind": flagged.kind,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            print(f"{path}:{flagged.line + 1}:{flagged.column + 1}: {flagged.word} -> {', '.join(suggestions)}".rstrip())
    return FLAGGED_STATUS if found else CLEAN_STATUS

