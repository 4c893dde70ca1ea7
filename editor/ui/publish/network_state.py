"""Whether the computer is online, as Qt's QNetworkInformation reports it.

Used to grey out commands that need the network (sending to WordPress) with a
tooltip saying why. Where no backend can tell (no NetworkManager, no GLib
monitor), Feder assumes online: sending then reports an unreachable site itself.
The backend is loaded after start-up (:data:`LOAD_AFTER_MS`), not on its critical
path: a 0 ms timer would load QtNetwork's plugin before the window's first frame.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

#: Milliseconds after the window is built before the backend is asked: after the
#: first frame and the preview, which need the processor first.
LOAD_AFTER_MS = 2000


class NetworkState(QObject):
    changed = Signal(bool)  # online

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.online = True
        QTimer.singleShot(LOAD_AFTER_MS, self._load)

    def _load(self) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        feature = QNetworkInformation.Feature.Reachability
        if not QNetworkInformation.loadBackendByFeatures(feature):
            return
        info = QNetworkInformation.instance()
        if info is None:
            return
        info.reachabilityChanged.connect(self._reachability)
        self._reachability(info.reachability())

    def _reachability(self, reachability) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        self.set_online(reachability != QNetworkInformation.Reachability.Disconnected)

    def set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.changed.emit(online)
