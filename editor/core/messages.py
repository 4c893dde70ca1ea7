"""User-facing messages raised by the Qt-free core.

The core cannot call Qt's ``tr()``, yet its error texts must reach the user in
their language. So the core marks each text with :func:`QT_TRANSLATE_NOOP`
(which ``pyside6-lupdate`` collects into the ``.ts`` files) and raises
:class:`FederError`; the GUI and the CLI translate it at the moment they show it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import NamedTuple


class Message(NamedTuple):
    """A translatable text template: Qt translation context plus source text."""

    context: str
    text: str


def QT_TRANSLATE_NOOP(context: str, text: str) -> Message:
    """Mark ``text`` for translation in ``context`` without translating it yet."""
    return Message(context, text)


Translate = Callable[[str, str], str]


def untranslated(context: str, text: str) -> str:
    return text


class FederError(Exception):
    """An error whose message is meant for the user, not a traceback."""

    def __init__(self, message: Message, **params: object) -> None:
        self.template = message
        self.params = params
        super().__init__(self.text())

    @classmethod
    def from_os_error(cls, message: Message, exc: Exception, **params: object) -> FederError:
        """``message`` about a failed file operation; ``{reason}`` is the system's own words.

        The one way the core turns an :class:`OSError` into something a user reads:
        ``raise FederError.from_os_error(TEXT, exc, path=path) from exc``.
        """
        return cls(message, reason=getattr(exc, "strerror", None) or exc, **params)

    def text(self, translate: Translate = untranslated) -> str:
        """The message in the language ``translate`` gives (English by default)."""
        return translate(self.template.context, self.template.text).format(**self.params)


@contextmanager
def os_errors_as(message: Message, **params: object) -> Iterator[None]:
    """Run the ``with`` block; an :class:`OSError` in it becomes a :class:`FederError`.

    ``with os_errors_as(TEXT, path=path): path.unlink()`` is the short form of
    catching the error and raising :meth:`FederError.from_os_error`.
    """
    try:
        yield
    except OSError as exc:
        raise FederError.from_os_error(message, exc, **params) from exc
