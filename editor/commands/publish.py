"""`feder publish ARTICLE --site NAME [--force]`: send the article to WordPress as a draft.

The same core as File → Publish → Send to WordPress as draft… in the window.
Each step is reported on stderr; at the end the draft's address and what was
not mapped. The article's front matter gets ``publish: {NAME: {id, url, media}}``
only after the whole send succeeded.

Before anything is sent, the same pre-publish check as ``feder check`` runs;
its findings are printed on stderr as ``FILE:LINE:COLUMN: message``. Findings of
error severity stop the send unless ``--anyway`` is given; warnings are printed
and the article is sent.

Exit status: 0 sent, 1 an error (one line naming the step), 3 the post on the
site is no longer a draft and ``--force`` was not given, 4 the pre-publish check
found errors and ``--anyway`` was not given (nothing was sent).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from editor.core.checks.findings import ERROR
from editor.core.checks.rules import run_checks
from editor.core.export import exporters as export
from editor.core.files.storage import read_text
from editor.core.messages import QT_TRANSLATE_NOOP, FederError
from editor.core.publish import passwords
from editor.core.publish.send import send_article
from editor.core.publish.send_outcome import NotADraft, Progress
from editor.core.publish.send_record import record_in_file
from editor.core.publish.sites import SiteStore
from editor.core.publish.wordpress import STEPS, PublishError
from editor.core.text.article import Article
from editor.i18n import error_text

SENT_STATUS, ERROR_STATUS, NOT_A_DRAFT_STATUS, CHECK_FAILED_STATUS = 0, 1, 3, 4


def register(subparsers: argparse._SubParsersAction, tr: Callable[[str], str]) -> None:
    parser = subparsers.add_parser(
        "publish",
        help=QCoreApplication.translate("CommandLine", "send an article to a WordPress site as a draft"),
        description=QCoreApplication.translate(
            "CommandLine",
            "Send an article to a WordPress site as a draft, or update the draft sent before. "
            "The application password comes from FEDER_WP_PASSWORD, the keyring, or is asked for. "
            "The pre-publish check of feder check runs first: its errors stop the send "
            "(see --anyway), its warnings are only printed. "
            "Exit status 0: sent, 1: error, 3: the post is no longer a draft (see --force), "
            "4: the check found errors and nothing was sent.",
        ),
    )
    parser.add_argument("article", type=Path, help=QCoreApplication.translate("CommandLine", "the article (Markdown with front matter)"))
    parser.add_argument("--site", required=True, metavar="NAME",
                        help=QCoreApplication.translate("CommandLine", "the site, as added with feder site add"))
    parser.add_argument("--force", action="store_true",
                        help=QCoreApplication.translate("CommandLine", "update the post even if it is no longer a draft (its status stays)"))
    parser.add_argument("--anyway", action="store_true",
                        help=QCoreApplication.translate("CommandLine", "send even if the pre-publish check finds errors (they are printed as warnings)"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    translate = QCoreApplication.translate
    site = SiteStore().get(args.site)
    article = export.load_article(args.article)
    if not pre_publish_check(Path(args.article), anyway=args.anyway):
        return CHECK_FAILED_STATUS
    password = passwords.stored_password(site) or ask_password(site)

    def report(step: Progress) -> None:
        text = translate(STEPS[step.step].context, STEPS[step.step].text)
        if step.item:
            text += f" ({step.index}/{step.count}): {step.item}"
        print(f"… {text}", file=sys.stderr, flush=True)

    try:
        result = send_article(article, site, password, force=args.force, progress=report)
    except NotADraft as exc:
        print(f"feder: {error_text(exc)}", file=sys.stderr)
        return NOT_A_DRAFT_STATUS
    except PublishError as exc:
        step = translate(STEPS[exc.step].context, STEPS[exc.step].text) if exc.step in STEPS else exc.step
        print(f"feder: {step}: {error_text(exc)}", file=sys.stderr)
        return ERROR_STATUS
    try:
        record_in_file(Path(args.article), site.name, result.record)
    except FederError as exc:
        raise FederError(
            QT_TRANSLATE_NOOP(
                "Publish",
                "The draft is on {site} ({url}), but its id could not be written into the "
                "article: {reason} Until it is, the next send makes a second draft; add "
                "publish: {{{site}: {{id: {id}}}}} to the front matter by hand.",
            ),
            site=site.name, url=result.link, reason=error_text(exc), id=result.post_id,
        ) from exc
    done = (translate("CommandLine", "Draft created on {site}: {url}") if result.created
            else translate("CommandLine", "Draft updated on {site}: {url}"))
    print(done.format(site=site.name, url=result.link))
    print(translate("CommandLine", "Edit it in WordPress: {url}").format(url=result.edit_link))
    print(translate("CommandLine", "Images uploaded: {uploaded}, re-used: {reused}.").format(
        uploaded=len(result.uploaded), reused=len(result.reused)))
    for note in result.notes:
        print(translate("CommandLine", "Note: {text}").format(text=note.text(translate)))
    return SENT_STATUS


def pre_publish_check(path: Path, *, anyway: bool) -> bool:
    """Run ``feder check``'s checks and print the findings on stderr; False: do not send.

    Errors stop the send unless ``anyway``; then, like warnings, they are only printed.
    """
    translate = QCoreApplication.translate
    text = read_text(path).text
    findings = run_checks(Article.from_text(text, path.resolve()), text)
    for finding in findings:
        print(f"{path}:{finding.line + 1}:{finding.column + 1}: {finding.text(translate)}", file=sys.stderr)
    errors = sum(1 for finding in findings if finding.severity == ERROR)
    if not errors:
        return True
    if anyway:
        print(translate("CommandLine", "feder: warning: the pre-publish check found {count} error(s); "
                        "sending anyway (--anyway).").format(count=errors), file=sys.stderr, flush=True)
        return True
    print(translate("CommandLine", "feder: the pre-publish check found {count} error(s); nothing was sent. "
                    "Fix them, or send anyway with --anyway.").format(count=errors), file=sys.stderr, flush=True)
    return False


def ask_password(site) -> str:
    """Ask on the terminal; without one, say where the password can come from."""
    status = passwords.keyring_status()
    if not sys.stdin.isatty():
        raise FederError(
            QT_TRANSLATE_NOOP(
                "Publish",
                "No application password for {user} on {site}: set FEDER_WP_PASSWORD, or store it "
                "in the keyring with feder site add.",
            ),
            user=site.user,
            site=site.name,
        )
    if not status.usable:
        print(error_text(FederError(passwords.NO_KEYRING)), file=sys.stderr)
    prompt = QCoreApplication.translate("CommandLine", "Application password for {user} on {site}: ")
    password = getpass.getpass(prompt.format(user=site.user, site=site.name))
    if not password.strip():
        raise FederError(QT_TRANSLATE_NOOP("Publish", "No password given; nothing was sent."))
    return password.strip()
