"""`feder export ARTICLE.md --to html|fragment|hugo|jekyll|eleventy|md|md-plain [-o OUT]`.

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
from editor.core.export import exporters as core
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
        help=QCoreApplication.translate("CommandLine", "html (page), fragment (for a CMS), hugo, jekyll, eleventy (Markdown "
                "for that site, images copied along), md (generic front matter) or md-plain; default: html"),
    )
    parser.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help=QCoreApplication.translate("CommandLine", "file to write (replaced atomically), or a folder for hugo, jekyll, "
                                "eleventy and md (the site's file name); '-' or none: standard output"))
    images = parser.add_mutually_exclusive_group()
    images.add_argument(
        "--images", metavar="MODE", choices=core.IMAGE_MODES,
        help=QCoreApplication.translate("CommandLine", "local images: copy (to where the page finds them), embed (HTML only, as "
                "data URIs) or keep (links unchanged); default: copy for html, hugo, jekyll and eleventy with -o, else keep"),
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
    into_folder = output is not None and args.fmt in core.SITE_FORMATS and (
        output.is_dir() or str(args.output).endswith("/")
    )
    if into_folder:
        output = core.target_in_folder(article, args.fmt, output)
    options = core.ExportOptions(
        images=args.images,
        sanitize=args.sanitize,
        template=args.template,
        classes=args.classes,
        base_url=args.base_url,
        target=output,
    )
    if output is None:
        if args.images == core.COPY:
            raise FederError(
                QT_TRANSLATE_NOOP(
                    "Export", "Copying images needs an output file (-o); use --embed-images instead."
                )
                if args.fmt in core.HTML_FORMATS
                else QT_TRANSLATE_NOOP("Export", "Copying images needs an output file or folder (-o).")
            )
        if options.resolved(args.fmt).images == core.COPY:
            options = replace(options, images=core.KEEP)
    result = core.export(article, args.fmt, options)
    if output is None:
        write_stdout(result.data)
        return 0
    copied = core.write_export(result, output, make_folder=into_folder)
    for source, copy in copied:
        print(QCoreApplication.translate("CommandLine", "Copied image {source} to {copy}").format(
            source=_shown(source, article.folder), copy=copy))
    if into_folder:
        print(QCoreApplication.translate("CommandLine", "Wrote {path}").format(path=output))
    return 0


def _shown(path: Path, folder: Path | None) -> str:
    """``path`` as the writer named it: relative to the article's folder when inside it."""
    if folder is not None:
        try:
            return path.relative_to(folder.resolve()).as_posix()
        except ValueError:
            pass
    return str(path)
