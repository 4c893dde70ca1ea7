"""Spare PySide6's reading of every module's source during the start.

PySide6 lets a module switch Qt to Python-style names (``from __feature__ import
snake_case``). So that a switch applies only where it was asked for, its import
hook classifies each module imported after PySide6 by reading the module's whole
source (``inspect.getsource``) and looking for the word "PySide6"; ``linecache``
then keeps every line of it. A start imports about 190 modules after PySide6: the
reading cost 22-26 ms of the 200 ms those imports take (offscreen, this machine),
and the kept lines 6 MiB of resident memory for the whole session.

Feder switches no feature, so nothing depends on the answer but PySide6's own
bookkeeping; :func:`classify_without_reading` gives the same answer from what the
imported module holds (a PySide6 module, class or object) instead of from disk.
"""

from __future__ import annotations

import sys
import types

_PYSIDE = ("PySide6", "shiboken6")


def uses_pyside(module: types.ModuleType) -> bool:
    """Whether ``module`` took anything from PySide6 (PySide6's own modules: no, as PySide6 says).

    It runs inside every import statement after PySide6, so it never raises: an
    object that fails when asked where it comes from (a lazy proxy) is skipped.
    """
    if str(getattr(module, "__name__", "")).startswith(_PYSIDE):
        return False  # compiled: PySide6 finds no source in them
    for value in list(vars(module).values()):
        try:
            if isinstance(value, types.ModuleType):
                origin = value.__name__
            elif isinstance(value, type) or callable(value):
                origin = getattr(value, "__module__", None)
            else:
                origin = type(value).__module__
        except Exception:  # noqa: BLE001 - see the docstring
            continue
        if isinstance(origin, str) and origin.startswith(_PYSIDE):
            return True
    return False


def classify_without_reading() -> bool:
    """Make PySide6's import hook use :func:`uses_pyside`; False where this PySide6 has no such hook."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside
    return True
