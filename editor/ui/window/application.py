"""Starting the GUI: QApplication, translations, the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path


def run_gui(argv: Sequence[str]) -> int:
    """Open the window (on ``FILE`` if given) and run until it closes.

    If Feder already runs for this user, FILE goes to its window as a new tab
    and this process ends at once (``--new-instance`` opts out).
    """
    from editor import cli

    args = cli.build_parser().parse_args(list(argv))
    from editor.ui.window import single_instance

    if not args.new_instance and single_instance.hand_over([args.file] if args.file else []):
        return 0  # the running Feder took it
    _prepare_webengine()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from editor.ui.window.pyside_sources import classify_without_reading

    classify_without_reading()  # before the window's modules are imported
    from editor.i18n import install_translators
    from editor.ui.settings import open_settings

    QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Feder")
    app.setOrganizationName("Feder")
    from editor.ui.icon import DESKTOP_ID, app_icon

    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    settings = open_settings()
    language = str(settings.value("ui/language", "system"))
    install_translators(app, language)
    if args.language:
        install_translators(app, args.language)

    from editor.core.files.recovery import RecoveryStore
    from editor.ui.window.main_window import MainWindow

    windows: list[MainWindow] = []  # requests wait in the socket until the event loop runs
    if not args.new_instance:  # listen first: a start during this one's start-up hands over too
        server = single_instance.start_server(
            lambda files: windows[0].open_handed_over(files), lambda: windows[0].open_files(), app
        )
        app.aboutToQuit.connect(lambda: single_instance.stop_server(server))
    store = RecoveryStore()
    app.aboutToQuit.connect(store.close)
    window = MainWindow(recovery=store)
    windows.append(window)
    if args.file:
        window.open_file(Path(args.file))
    else:
        window.restore_session()
    window.show()
    if os.environ.get("FEDER_STARTUP_TRACE"):  # milestones for the benchmarks only
        from editor.ui.window import startup_trace

        startup_trace.install(window)
    entries = store.list()
    if entries:  # the last session ended without saving these: offer them first
        # Imported only then: its module creates Qt's font and text-format enums (10-20 ms).
        from editor.ui.files.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(store, entries, window)
        dialog.restoreRequested.connect(window.restore_recovered)
        dialog.exec()
    code = app.exec()
    delete_windows()
    return code


def delete_windows() -> None:
    """Delete every window, with its web pages, while Qt still runs.

    The windows would otherwise live until Python's own teardown, after the
    preview's web profile is released at exit; QtWebEngine then warns that a
    page outlives its profile ("Expect troubles") and can crash on the way out.
    The windows are closed already: nothing here asks the writer anything.
    """
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _prepare_webengine() -> None:
    """QtWebEngine refuses to start as root unless its sandbox is off (containers, CI)."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = chromium_flags(
        os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""), offscreen=os.environ.get("QT_QPA_PLATFORM") == "offscreen"
    )


def chromium_flags(given: str, *, offscreen: bool = False) -> str:
    """The Chromium switches Feder's preview runs with, added to ``given`` (the user's win).

    - ``--renderer-process-limit=1``: every preview page shares one renderer
      process; each open article would otherwise start its own (about 150 MB
      resident each, measured under Xvfb). The pages run no script and load
      only local files, so sharing isolates nothing worth the memory.
    - ``--no-unsandboxed-zygote``: Chromium keeps a second, unsandboxed zygote
      ready for helper processes QtWebEngine never starts here (its GPU and
      network code run inside Feder's own process); it cost about 100 MB
      resident (Xvfb, 10k words). Renderers still come from the sandboxed zygote.
    - offscreen (tests, benchmarks): ``--disable-gpu``.
    """
    flags = given.split()
    wanted = ["--renderer-process-limit=1", "--no-unsandboxed-zygote"]
    if offscreen:
        wanted.append("--disable-gpu")
    for flag in wanted:
        name = flag.split("=")[0]
        if not any(f.split("=")[0] == name for f in flags):
            flags.append(flag)
    return " ".join(flags)
