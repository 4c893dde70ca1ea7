"""`feder site add NAME URL --user USER`, `feder site list`, `feder site remove NAME`.

Sites live in sites.yaml in Feder's config folder; the application password
goes into the keyring (asked for on a terminal when one is available).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from editor.core.messages import FederError
from editor.core.publish import passwords
from editor.core.publish.sites import Site, SiteStore
from editor.i18n import error_text


def register(subparsers: argparse._SubParsersAction, tr: Callable[[str], str]) -> None:
    parser = subparsers.add_parser(
        "site",
        help=QCoreApplication.translate("CommandLine", "add, list or remove the WordPress sites to publish to"),
        description=QCoreApplication.translate("CommandLine", "Manage the WordPress sites feder publish sends to."),
    )
    actions = parser.add_subparsers(dest="site_command", required=True, metavar="ACTION")
    add = actions.add_parser("add", help=QCoreApplication.translate("CommandLine", "add a site (or change one)"))
    add.add_argument("name", metavar="NAME", help=QCoreApplication.translate("CommandLine", "a short name for the site"))
    add.add_argument("url", metavar="URL", help=QCoreApplication.translate("CommandLine", "the site's address, e.g. https://example.org"))
    add.add_argument("--user", required=True, metavar="USER", help=QCoreApplication.translate("CommandLine", "the WordPress user name"))
    add.add_argument("--image-in-content", action="store_true",
                     help=QCoreApplication.translate("CommandLine", "repeat the featured image in the content (for themes that do not show it)"))
    add.add_argument("--no-author-box", action="store_true",
                     help=QCoreApplication.translate("CommandLine", "leave the author box out of the content (for themes that show their own)"))
    add.add_argument("--no-new-terms", action="store_true",
                     help=QCoreApplication.translate("CommandLine", "never create tags or categories on the site"))
    add.set_defaults(func=run_add)
    listing = actions.add_parser("list", help=QCoreApplication.translate("CommandLine", "list the sites"))
    listing.set_defaults(func=run_list)
    remove = actions.add_parser("remove", help=QCoreApplication.translate("CommandLine", "remove a site and its stored password"))
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(func=run_remove)


def run_add(args: argparse.Namespace) -> int:
    translate = QCoreApplication.translate
    site = SiteStore().add(Site(
        name=args.name, url=args.url, user=args.user,
        featured_image_in_content=args.image_in_content,
        author_box_in_content=not args.no_author_box,
        create_terms=not args.no_new_terms,
    ))
    print(translate("CommandLine", "Site {name} saved: {url} as {user}.").format(
        name=site.name, url=site.url, user=site.user))
    status = passwords.keyring_status()
    if not status.usable:
        print(error_text(FederError(passwords.NO_KEYRING)), file=sys.stderr)
        return 0
    if sys.stdin.isatty():
        prompt = translate("CommandLine", "Application password for {user} (stored in the keyring; Enter skips): ")
        password = getpass.getpass(prompt.format(user=site.user)).strip()
        if password:
            passwords.store_password(site, password)
            print(translate("CommandLine", "The password is in the keyring ({backend}).").format(backend=status.backend))
    return 0


def run_list(args: argparse.Namespace) -> int:
    translate = QCoreApplication.translate
    sites = SiteStore().sites()
    if not sites:
        print(translate("CommandLine", "No sites yet. Add one with: feder site add NAME URL --user USER"))
        return 0
    keyring = passwords.keyring_status()
    for site in sites:
        if not keyring.usable:
            stored = translate("CommandLine", "no keyring")
        elif passwords.stored_password(site):
            stored = translate("CommandLine", "password in keyring")
        else:
            stored = translate("CommandLine", "no password stored")
        options = []
        if site.featured_image_in_content:
            options.append(translate("CommandLine", "image in content"))
        if not site.author_box_in_content:
            options.append(translate("CommandLine", "no author box"))
        if not site.create_terms:
            options.append(translate("CommandLine", "creates no terms"))
        extra = f" [{', '.join(options)}]" if options else ""
        print(f"{site.name}\t{site.url}\t{site.user}\t{stored}{extra}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    site = SiteStore().remove(args.name)
    passwords.forget_password(site)
    print(QCoreApplication.translate("CommandLine", "Site {name} removed.").format(name=site.name))
    return 0
