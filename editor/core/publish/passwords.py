"""Application passwords in the desktop's keyring, never in a file Feder writes.

The ``keyring`` package picks the platform's store (Secret Service on Linux,
KWallet, macOS Keychain, Windows Credential Locker). On a machine without one
(a headless server, a minimal desktop) it falls back to a backend that fails;
:func:`keyring_status` says so up front, and Feder asks for the password each
time instead, or reads ``FEDER_WP_PASSWORD`` (for scripts). Backends that keep
secrets in a plain file (``keyrings.alt``'s plaintext store) count as no keyring.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass

from editor.core.messages import QT_TRANSLATE_NOOP, FederError, Message
from editor.core.publish.sites import Site

SERVICE = "Feder WordPress"
ENVIRONMENT = "FEDER_WP_PASSWORD"

NO_KEYRING = QT_TRANSLATE_NOOP(
    "Publish",
    "No keyring is available on this computer (for example the Secret Service of GNOME or "
    "KDE), so Feder cannot keep the application password. It asks for it each time, or "
    "reads it from the environment variable FEDER_WP_PASSWORD.",
)


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str  # the backend's name, for messages and `feder site list`
    reason: Message | None = None


def keyring_status() -> KeyringStatus:
    """Whether a real keyring backend is there (checked, not assumed)."""
    try:
        import keyring
        from keyring.backends import chainer, fail
    except ImportError:
        return KeyringStatus(False, "", NO_KEYRING)
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration must not stop publishing
        return KeyringStatus(False, "", NO_KEYRING)
    backends = backend.backends if isinstance(backend, chainer.ChainerBackend) else [backend]
    real = [b for b in backends if not isinstance(b, fail.Keyring) and _safe(b)]
    if not real:
        return KeyringStatus(False, _name(backend), NO_KEYRING)
    return KeyringStatus(True, ", ".join(_name(b) for b in real))


def account(site: Site) -> str:
    """The keyring's user name for ``site``: one entry per user and address."""
    return f"{site.user}@{site.url}"


def stored_password(site: Site) -> str | None:
    """The password from ``FEDER_WP_PASSWORD`` or the keyring; None when neither has one."""
    from_environment = os.environ.get(ENVIRONMENT, "")
    if from_environment.strip():
        return from_environment.strip()
    if not keyring_status().usable:
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, account(site))
    except KeyringError:
        return None


def store_password(site: Site, password: str) -> None:
    status = keyring_status()
    if not status.usable:
        raise FederError(NO_KEYRING)
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, account(site), password)
    except KeyringError as exc:
        raise FederError(
            QT_TRANSLATE_NOOP("Publish", "The keyring ({backend}) refused to store the password: {reason}"),
            backend=status.backend,
            reason=exc,
        ) from exc


def forget_password(site: Site) -> None:
    """Remove the keyring entry (nothing happens where there is none or no keyring)."""
    if not keyring_status().usable:
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(SERVICE, account(site))


def _safe(backend: object) -> bool:
    module = type(backend).__module__
    return not (module.startswith("keyrings.alt") and "Plaintext" in type(backend).__name__) and (
        type(backend).__name__ != "Keyring" or not module.endswith(".null")
    )


def _name(backend: object) -> str:
    return getattr(backend, "name", "") or type(backend).__name__
