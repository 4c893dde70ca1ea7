"""`feder export ARTICLE.md --to html|fragment|md|md-plain [-o OUT]`.

The same core as File → Export… in the window: read, export, write. Output
goes to stdout without ``-o``; any problem is one line on stderr and exit
status 1 (see editor.cli.run_command).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from editor.commands._io import load_article, write_stdout
from editor.core import export as core
from editor.core.messages import QT_TRANSLATE_NOOP, FederError


def register(subparsers: argparse._SubParsersAction, tr: Callable[[str], str]) -> None:
    parser = subparsers.add_parser(
        "export",
        help=QCoreApplication.translate("CommandLine", "export an article as an HTML page, an HTML fragment or Markdown"),
        description=QCoreApplication.translate("CommandLine", "Export an article. Without -o the result goes to standard output."),
    )
    parser.add_argument("article", type=Path, help=QCoreApplication.translate("CommandLine", "the article (Markdown with front matter); - reads standard input"))
    parser.add_argument(
        "--to", dest="fmt", default="html", metavar="FORMAT", choices=core.FORMATS,
        help=QCoreApplication.translate("CommandLine", "html (page), fragment (for a CMS), md (front matter for Hugo, Jekyll, "
                "Eleventy) or md-plain; default: html"),
    )
    parser.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help=QCoreApplication.translate("CommandLine", "file to write (replaced atomically); '-' or none: standard output"))
    images = parser.add_mutually_exclusive_group()
    images.add_argument(
        "--images", metavar="MODE", choices=core.IMAGE_MODES,
        help=QCoreApplication.translate("CommandLine", "local images: copy (into a folder beside the page), embed (as data URIs) or "
                "keep (links unchanged); default: copy for html with -o, else keep"),
    )
    images.add_argument("--embed-images", dest="images", action="store_const", const=core.EMBED,
                        help=QCoreApplication.translate("CommandLine", "embed local images in the HTML (same as --images embed)"))
    parser.add_argument("--sanitize", action=argparse.BooleanOptionalAction, default=None,
                        help=QCoreApplication.translate("CommandLine", "remove scripts and event handlers from the HTML "
                                "(default: on for fragment, off for html)"))
    parser.add_argument("--template", type=Path, metavar="FILE",
                        help=QCoreApplication.translate("CommandLine", "your own Jinja2 template for html or fragment"))
    parser.add_argument("--classes", action="store_true",
                        help=QCoreApplication.translate("CommandLine", "fragment: keep Feder's CSS class names"))
    parser.add_argument("--base-url", default="", metavar="URL",
                        help=QCoreApplication.translate("CommandLine", "site address that makes the page's og:image absolute"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    output: Path | None = None if args.output in (None, Path("-")) else args.output
    article = load_article(args.article)
    options = core.ExportOptions(
        images=args.images,
        sanitize=args.sanitize,
        template=args.template,
        classes=args.classes,
        base_url=args.base_url,
        asset_folder=core.asset_folder_for(output) if output else "",
    )
    if output is None and args.fmt in core.HTML_FORMATS:
        if args.images == core.COPY:
            raise FederError(
                QT_TRANSLATE_NOOP(
                    "Export", "Copying images needs an output file (-o); use --embed-images instead."
                )
            )
        if options.resolved(args.fmt).images == core.COPY:
            options = replace(options, images=core.KEEP)
    result = core.export(article, args.fmt, options)
    if output is None:
        write_stdout(result.data)
    else:
        core.write_export(result, output)
    return 0
