#!/usr/bin/env python3
"""Group editor/core/ and editor/ui/ into feature folders, and rewrite every import.

Run from the top of a clean checkout (nothing uncommitted):

    python scripts/feature_folders.py            # move, rewrite, refresh translations
    python scripts/feature_folders.py --dry-run  # print the plan and the tree, change nothing

What it does, in order:

1. ``git mv`` each module of :data:`MOVES` into its feature folder (renaming a
   few whose old name only made sense in a flat folder, e.g. ``core/spelling.py``
   → ``core/spelling/service.py``), and writes each folder's ``__init__.py``
   with the docstring in :data:`FOLDERS`.
2. Rewrites every reference to a moved module in editor/, tests/, benchmarks/,
   scripts/, docs/, the Makefile, mk/*.mk, pyproject.toml and README.md:
   dotted paths (imports, ``python -m``, Python-Markdown extension names,
   monkeypatch targets), ``from editor.core import spelling`` style imports,
   and ``editor/core/x.py`` file paths in prose.
3. Replaces the import-linter contracts in pyproject.toml with
   :data:`CONTRACTS`: the core stays Qt-free, and features depend on each
   other only downwards through the layers listed there.
4. Runs ``.venv/bin/pyside6-lupdate`` (as ``make lupdate``) so the .ts file's
   source locations follow the files; contexts are class names, unchanged.

It is safe to run again: a module already moved is skipped, and a module it
does not know (added after this table was written) is reported and left
where it is, so a newer main only needs a line added to :data:`MOVES`.
Afterwards: ``ruff check --fix editor tests benchmarks`` (import order),
``lint-imports`` and the full test suite.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Feature folders and what each holds (the ``__init__.py`` docstring).
FOLDERS: dict[str, str] = {
    "editor/core/text": (
        "The article as text: front matter, what each Markdown line is, the article's\n"
        "fields, headings, slugs, typographic replacements while typing, find and replace.\n"
        "The foundation every other feature reads text through; it imports no other feature."
    ),
    "editor/core/files": (
        "Files on disk: reading articles without loss, atomic writes, backups of earlier\n"
        "versions, and recovery files for unsaved text."
    ),
    "editor/core/render": (
        "Markdown to HTML in one configuration (render.py) with Feder's own Python-Markdown\n"
        "extensions (mdext/: figures with credits, typography)."
    ),
    "editor/core/spelling": (
        "Spellchecking: which stretches of a line are words (tokens.py) and whether they are\n"
        "right (service.py: dictionaries, personal list, ignores)."
    ),
    "editor/core/authors": (
        "Author profiles: one profile file (profile.py), the store of profiles in the\n"
        "user's data folder (store.py) and the author box rendered under an article (box.py)."
    ),
    "editor/core/paste": (
        "Pasting rich text: HTML from the clipboard turned into Markdown that means the same."
    ),
    "editor/core/export": (
        "Publishing: the page and fragment an article becomes (publication.py) and the\n"
        "export formats written to files (exporters.py)."
    ),
    "editor/core/preview": (
        "The live preview's work, done in a helper process: rendering per block (job.py),\n"
        "the helper's loop (worker.py) and the counts of words and characters (stats.py)."
    ),
    "editor/core/checks": (
        "Checks before publishing: one small function per rule (rules.py)."
    ),
    "editor/ui/editing": (
        "The text editor and what acts on typing: highlighting, paste, typography,\n"
        "find and replace, focus mode, the folded front matter."
    ),
    "editor/ui/article": (
        "One open article: the view that shows its editor, preview and messages, the tabs\n"
        "that hold several, and the file commands (new, open, save, reload)."
    ),
    "editor/ui/files": (
        "Files as the window meets them: the watcher for changes on disk and the dialog\n"
        "that offers recovered text."
    ),
    "editor/ui/spelling": (
        "Spelling in the window: the controller every checked widget listens to, the\n"
        "language menus and underlines, and spellchecked one-line fields."
    ),
    "editor/ui/preview": (
        "The preview pane (view.py) and the service that talks to the render helper."
    ),
    "editor/ui/fields": (
        "The article's fields beside the body, and the featured-image dialog."
    ),
    "editor/ui/authors": ("Author profiles in the window: the sidebar and the profile dialog."),
    "editor/ui/export": ("The export dialog."),
    "editor/ui/publish": ("Publishing to a CMS from the window: the dialog, the command, the network state."),
    "editor/ui/checks": (
        "Panels that look at the article as a whole: pre-publish checks, outline, counts."
    ),
    "editor/ui/window": (
        "The application and its main window, which wires the features together, plus\n"
        "window-wide things: theme, appearance and interface-language menus, About."
    ),
}

#: Old path → new path (relative to the repository). Folders move with their content.
MOVES: dict[str, str] = {
    # core: the article as text
    "editor/core/article.py": "editor/core/text/article.py",
    "editor/core/frontmatter.py": "editor/core/text/frontmatter.py",
    "editor/core/markdown_lines.py": "editor/core/text/markdown_lines.py",
    "editor/core/outline.py": "editor/core/text/outline.py",
    "editor/core/slug.py": "editor/core/text/slug.py",
    "editor/core/typography.py": "editor/core/text/typography.py",
    "editor/core/find.py": "editor/core/text/find.py",
    "editor/core/dates.py": "editor/core/text/dates.py",
    # core: files
    "editor/core/storage.py": "editor/core/files/storage.py",
    "editor/core/atomic_write.py": "editor/core/files/atomic_write.py",
    "editor/core/backups.py": "editor/core/files/backups.py",
    "editor/core/recovery.py": "editor/core/files/recovery.py",
    # core: rendering
    "editor/core/render.py": "editor/core/render/render.py",
    "editor/core/mdext": "editor/core/render/mdext",
    # core: spelling
    "editor/core/spelling.py": "editor/core/spelling/service.py",
    "editor/core/spelling_tokens.py": "editor/core/spelling/tokens.py",
    "editor/core/spelling_knowledge.py": "editor/core/spelling/knowledge.py",
    "editor/core/spelling_rules.py": "editor/core/spelling/rules.py",
    "editor/core/spelling_suggest.py": "editor/core/spelling/suggest.py",
    "editor/core/spelling_fields.py": "editor/core/spelling/fields.py",
    # core: authors
    "editor/core/authors.py": "editor/core/authors/store.py",
    "editor/core/author_profile.py": "editor/core/authors/profile.py",
    "editor/core/authorbox.py": "editor/core/authors/box.py",
    # core: paste
    "editor/core/html_to_markdown.py": "editor/core/paste/html_to_markdown.py",
    "editor/core/html_tree.py": "editor/core/paste/html_tree.py",
    "editor/core/markdown_text.py": "editor/core/paste/markdown_text.py",
    # core: export
    "editor/core/publication.py": "editor/core/export/publication.py",
    "editor/core/export.py": "editor/core/export/exporters.py",
    "editor/core/site_export.py": "editor/core/export/site_export.py",
    # core: preview
    "editor/core/preview_job.py": "editor/core/preview/job.py",
    "editor/core/preview_worker.py": "editor/core/preview/worker.py",
    "editor/core/stats.py": "editor/core/preview/stats.py",
    # core: checks
    "editor/core/checks.py": "editor/core/checks/rules.py",
    "editor/core/portability.py": "editor/core/checks/portability.py",
    "editor/core/image_paths.py": "editor/core/checks/image_paths.py",  # uses the checks' image rule
    # ui: editing
    "editor/ui/text_editor.py": "editor/ui/editing/text_editor.py",
    "editor/ui/highlighter.py": "editor/ui/editing/highlighter.py",
    "editor/ui/paste.py": "editor/ui/editing/paste.py",
    "editor/ui/typography.py": "editor/ui/editing/typography.py",
    "editor/ui/find_bar.py": "editor/ui/editing/find_bar.py",
    "editor/ui/focus_mode.py": "editor/ui/editing/focus_mode.py",
    "editor/ui/front_matter_fold.py": "editor/ui/editing/front_matter_fold.py",
    "editor/ui/extra_selections.py": "editor/ui/editing/extra_selections.py",
    # ui: one open article
    "editor/ui/article_view.py": "editor/ui/article/article_view.py",
    "editor/ui/article_tabs.py": "editor/ui/article/article_tabs.py",
    "editor/ui/file_commands.py": "editor/ui/article/file_commands.py",
    # ui: files
    "editor/ui/file_watcher.py": "editor/ui/files/file_watcher.py",
    "editor/ui/recovery_dialog.py": "editor/ui/files/recovery_dialog.py",
    # ui: spelling
    "editor/ui/spelling.py": "editor/ui/spelling/controller.py",
    "editor/ui/field_spelling.py": "editor/ui/spelling/fields.py",
    # ui: preview
    "editor/ui/preview.py": "editor/ui/preview/view.py",
    "editor/ui/render_service.py": "editor/ui/preview/render_service.py",
    "editor/ui/lazy_preview.py": "editor/ui/preview/lazy_preview.py",
    # ui: fields
    "editor/ui/fields_panel.py": "editor/ui/fields/panel.py",
    "editor/ui/image_dialog.py": "editor/ui/fields/image_dialog.py",
    "editor/ui/date_field.py": "editor/ui/fields/date_field.py",
    # ui: authors
    "editor/ui/author_sidebar.py": "editor/ui/authors/sidebar.py",
    "editor/ui/author_dialog.py": "editor/ui/authors/dialog.py",
    "editor/ui/people_list.py": "editor/ui/authors/people_list.py",
    # ui: export
    "editor/ui/export_dialog.py": "editor/ui/export/dialog.py",
    # ui: checks and overviews
    "editor/ui/checks_panel.py": "editor/ui/checks/panel.py",
    "editor/ui/outline_panel.py": "editor/ui/checks/outline_panel.py",
    "editor/ui/stats_panel.py": "editor/ui/checks/stats_panel.py",
    # ui: the window
    "editor/ui/main_window.py": "editor/ui/window/main_window.py",
    "editor/ui/application.py": "editor/ui/window/application.py",
    "editor/ui/theme.py": "editor/ui/window/theme.py",
    "editor/ui/appearance_menu.py": "editor/ui/window/appearance_menu.py",
    "editor/ui/language_setting.py": "editor/ui/window/language_setting.py",
    "editor/ui/about_dialog.py": "editor/ui/window/about_dialog.py",
    "editor/ui/single_instance.py": "editor/ui/window/single_instance.py",
    "editor/ui/help_dialog.py": "editor/ui/window/help_dialog.py",
    "editor/ui/start_hint.py": "editor/ui/article/start_hint.py",  # shown by the empty article view
    "editor/ui/startup_trace.py": "editor/ui/window/startup_trace.py",
    # ui: publishing to a CMS
    "editor/ui/publish_dialog.py": "editor/ui/publish/dialog.py",
    "editor/ui/publish_command.py": "editor/ui/publish/command.py",
    "editor/ui/network_state.py": "editor/ui/publish/network_state.py",
}

#: Modules that stay at the top of core/ or ui/: shared by several features.
STAY = {
    "editor/core/__init__.py",
    "editor/core/messages.py",
    "editor/core/languages.py",
    "editor/core/utf16.py",
    "editor/core/publish",  # already a feature folder (sending to WordPress)
    "editor/ui/__init__.py",
    "editor/ui/actions.py",
    "editor/ui/settings.py",
    "editor/ui/icon.py",
    "editor/ui/message_bar.py",
}

#: The import-linter contracts after the move (replacing the old ones in pyproject.toml).
CONTRACTS = '''[[tool.importlinter.contracts]]
name = "The core stays free of Qt widgets and of the UI layer"
type = "forbidden"
source_modules = ["editor.core"]
forbidden_modules = ["PySide6", "editor.ui", "editor.app"]

[[tool.importlinter.contracts]]
name = "Core features depend on each other only downwards (see docs/architecture.md)"
type = "layers"
layers = [
    "editor.core.checks | editor.core.preview | (editor.core.publish)",
    "editor.core.export",
    "editor.core.authors | editor.core.paste | editor.core.spelling",
    "editor.core.render",
    "editor.core.files | editor.core.text",
    "editor.core.languages : editor.core.messages : editor.core.utf16",
]

[[tool.importlinter.contracts]]
name = "UI features depend on each other only downwards (see docs/architecture.md)"
type = "layers"
layers = [
    "editor.ui.window",
    "(editor.ui.publish)",
    "editor.ui.article",
    "editor.ui.authors | editor.ui.checks | editor.ui.export | editor.ui.fields | editor.ui.files | editor.ui.preview",
    "editor.ui.editing : editor.ui.spelling",
    "editor.ui.actions : editor.ui.icon : editor.ui.message_bar : editor.ui.settings",
]
'''

TEXT_FILES = ("editor", "tests", "benchmarks", "scripts", "docs", "mk")
TOP_FILES = ("Makefile", "pyproject.toml", "README.md", "hatch_build.py")
SUFFIXES = {".py", ".md", ".toml", ".mk", ".cfg", ".ini", ".txt", ".sh", ".j2", ".html"}


def module_name(path: str) -> str:
    """``editor/core/mdext/figure.py`` → ``editor.core.mdext.figure`` (a folder: its package)."""
    return path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")


def planned_moves(root: Path) -> list[tuple[str, str]]:
    """The moves still to do (source exists, target does not)."""
    todo = []
    for old, new in MOVES.items():
        if (root / old).exists() and not (root / new).exists():
            todo.append((old, new))
        elif (root / old).exists():
            sys.exit(f"both {old} and {new} exist; resolve by hand first")
    return todo


def unknown_modules(root: Path) -> list[str]:
    """Modules at the top of core/ or ui/ that this table does not place."""
    known = set(MOVES) | STAY
    found = []
    for folder in ("editor/core", "editor/ui"):
        for path in sorted((root / folder).iterdir()):
            rel = path.relative_to(root).as_posix()
            if path.name.startswith((".", "__pycache__")) or rel in known:
                continue
            is_module = path.suffix == ".py" or (path.is_dir() and (path / "__init__.py").exists())
            if is_module and not any(rel == new or rel + "/" in new for new in MOVES.values()):
                found.append(rel)
    return found


def module_map(moves: list[tuple[str, str]]) -> dict[str, str]:
    """Old dotted module → new dotted module for ``moves``, with every module in a moved folder.

    Call it before moving (it reads the folders where they still are).
    """
    mapping = {module_name(old): module_name(new) for old, new in moves}
    for old, new in moves:
        if (ROOT / old).is_dir():
            for path in (ROOT / old).rglob("*.py"):
                inner = path.relative_to(ROOT / old).as_posix()
                mapping[module_name(f"{old}/{inner}")] = module_name(f"{new}/{inner}")
    return mapping


def rewrite(text: str, mapping: dict[str, str]) -> str:
    """Every reference to a moved module in ``text``, rewritten to its new place.

    Dotted paths first (``from editor.core.spelling import X``, strings, ``-m``),
    then ``from editor.core import spelling`` forms, whose dotted path is not
    written out. Run it once per move: an old name that becomes a package
    (``editor.core.spelling``) cannot be told apart from the new one afterwards.
    """
    dotted = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.])(" + "|".join(re.escape(m) for m in dotted) + r")(?![\w])")
    text = pattern.sub(lambda m: mapping[m.group(1)], text)
    text = _rewrite_from_imports(text, mapping)
    slashed = {old.replace(".", "/"): new.replace(".", "/") for old, new in mapping.items()}
    pattern = re.compile(
        r"(?<![\w/])(" + "|".join(re.escape(m) for m in sorted(slashed, key=len, reverse=True)) + r")(\.py)\b"
    )
    return pattern.sub(lambda m: slashed[m.group(1)] + m.group(2), text)


_FROM_IMPORT = re.compile(
    r"^(?P<indent>[ \t]*)from (?P<package>editor(?:\.[\w.]+)?) import (?P<names>\([^)]*\)|[^\n#]+?)(?P<tail>[ \t]*(?:#[^\n]*)?)$",
    re.MULTILINE,
)


def _rewrite_from_imports(text: str, mapping: dict[str, str]) -> str:
    """``from editor.core import spelling, storage`` → one import per new home of a moved module."""

    def replace(match: re.Match[str]) -> str:
        package, indent = match.group("package"), match.group("indent")
        names = [n.strip() for n in match.group("names").strip("()").replace("\n", " ").split(",") if n.strip()]
        moved, kept = [], []
        for name in names:
            original, _, alias = name.partition(" as ")
            full = f"{package}.{original.strip()}"
            if full in mapping:
                new_parent, _, new_leaf = mapping[full].rpartition(".")
                local = alias.strip() or original.strip()
                moved.append((new_parent, new_leaf if new_leaf == local else f"{new_leaf} as {local}"))
            else:
                kept.append(name)
        if not moved:
            return match.group(0)
        lines = []
        if kept:
            lines.append(f"{indent}from {package} import {', '.join(kept)}{match.group('tail')}")
        by_parent: dict[str, list[str]] = {}
        for parent, name in moved:
            by_parent.setdefault(parent, []).append(name)
        for parent, parent_names in by_parent.items():
            lines.append(f"{indent}from {parent} import {', '.join(parent_names)}")
        return "\n".join(lines)

    return _FROM_IMPORT.sub(replace, text)


def text_files(root: Path) -> list[Path]:
    """The files whose references are rewritten; never this script (its table names old paths)."""
    files = [root / name for name in TOP_FILES if (root / name).exists()]
    for folder in TEXT_FILES:
        base = root / folder
        if base.exists():
            files += [
                p for p in base.rglob("*")
                if p.is_file() and p.suffix in SUFFIXES and "__pycache__" not in p.parts
                and ".venv" not in p.parts and "out" not in p.relative_to(root).parts[:2]
            ]
    return sorted(p for p in files if p.resolve() != Path(__file__).resolve())


def replace_contracts(pyproject: str) -> str:
    start = pyproject.index("[[tool.importlinter.contracts]]")
    rest = pyproject[start:]
    following = re.search(r"^\[(?!\[tool\.importlinter\.contracts\]\])", rest, re.MULTILINE)
    end = start + following.start() if following else len(pyproject)
    return pyproject[:start] + CONTRACTS + ("\n" + pyproject[end:] if following else "")


def _modules(root: Path) -> set[str]:
    return {
        path.relative_to(root).as_posix()
        for folder in ("editor/core", "editor/ui")
        for path in (root / folder).rglob("*.py")
        if "__pycache__" not in path.parts
    }


def tree(paths: set[str], root: Path = ROOT) -> str:
    """editor/core and editor/ui as an indented tree, with line counts."""
    lines = []
    for top in ("editor/core", "editor/ui"):
        lines.append(f"{top}/")
        shown: set[str] = set()
        for path in sorted(p for p in paths if p.startswith(top + "/")):
            parts = path[len(top) + 1 :].split("/")
            for depth in range(len(parts) - 1):
                folder = "/".join(parts[: depth + 1])
                if folder not in shown:
                    shown.add(folder)
                    lines.append("  " * (depth + 1) + parts[depth] + "/")
            size = _line_count(root, path)
            lines.append("  " * len(parts) + f"{parts[-1]:<28}{size:>5}")
        lines.append("")
    return "\n".join(lines)


def _line_count(root: Path, path: str) -> int:
    """Lines of ``path``, or of the module it is moved from (for the planned tree)."""
    source = root / path
    if not source.exists():
        for old, new in MOVES.items():
            if path == new or path.startswith(new + "/"):
                source = root / (old + path[len(new):])
    try:
        return len(source.read_text(encoding="utf-8").splitlines())
    except OSError:
        return 0


def tree_after(root: Path) -> set[str]:
    """The module paths as they will be once the moves are done (for --dry-run)."""
    paths = set()
    for path in _modules(root):
        for old, new in MOVES.items():
            if path == old or path.startswith(old + "/"):
                path = new + path[len(old):]
                break
        paths.add(path)
    for folder in FOLDERS:
        paths.add(f"{folder}/__init__.py")
    return paths


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="print the plan, change nothing")
    parser.add_argument("--no-lupdate", action="store_true", help="leave translations/*.ts alone")
    args = parser.parse_args(argv)
    root = ROOT
    todo = planned_moves(root)
    unknown = unknown_modules(root)
    print(f"{len(todo)} of {len(MOVES)} moves to do")
    for old, new in todo:
        print(f"  git mv {old} {new}")
    for path in unknown:
        print(f"  not in the table, left where it is: {path}")
    if args.dry_run:
        print("\nBefore:\n" + tree(_modules(root)))
        print("After:\n" + tree(tree_after(root)))
        return 0
    status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root,
                            capture_output=True, text=True, check=True).stdout
    if status.strip():
        sys.exit("the checkout has uncommitted changes; commit or stash them first")
    mapping = module_map(todo)
    if not todo:
        print("nothing to move: the references are left as they are")
        return 0
    for folder in FOLDERS:
        (root / folder).mkdir(parents=True, exist_ok=True)
    for old, new in todo:
        (root / new).parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["git", "mv", old, new], cwd=root, check=True)
    for folder, doc in FOLDERS.items():
        init = root / folder / "__init__.py"
        if not init.exists():
            init.write_text(f'"""{doc}\n"""\n', encoding="utf-8")
            subprocess.run(["git", "add", str(init.relative_to(root))], cwd=root, check=True)
    changed = 0
    for path in text_files(root):
        try:
            old_text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        new_text = rewrite(old_text, mapping)
        if path.name == "pyproject.toml" and "[[tool.importlinter.contracts]]" in new_text:
            new_text = replace_contracts(new_text)
        if new_text != old_text:
            path.write_text(new_text, encoding="utf-8")
            changed += 1
    print(f"rewrote references in {changed} files")
    lupdate = root / ".venv" / "bin" / "pyside6-lupdate"
    if not args.no_lupdate and lupdate.exists():
        sources = sorted(str(p.relative_to(root)) for p in (root / "editor").rglob("*.py"))
        for ts in sorted((root / "translations").glob("*.ts")):
            subprocess.run([str(lupdate), "-no-obsolete", *sources, "-ts", str(ts.relative_to(root))],
                           cwd=root, check=True, capture_output=True)
        print("refreshed translations/*.ts source locations")
    print("\nNow:\n" + tree(_modules(root)))
    print("\nNext: .venv/bin/ruff check --fix editor tests benchmarks scripts && .venv/bin/lint-imports"
          " && QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
