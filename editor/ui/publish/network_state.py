"""Whether the computer is online, as Qt's QNetworkInformation reports it.

Used to grey out commands that need the network (sending to WordPress) with a
tooltip saying why. Where no backend can tell (no NetworkManager, no GLib
monitor), Feder assumes online: sending then reports an unreachable site itself.
The backend is loaded after start-up, not on its critical path.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal


class NetworkState(QObject):
    changed = Signal(bool)  # online

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.online = True
        QTimer.singleShot(0, self._load)

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
