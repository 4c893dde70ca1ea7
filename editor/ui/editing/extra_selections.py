"""Several parts sharing one editor's extra selections without erasing each other.

``QPlainTextEdit.setExtraSelections`` replaces the whole list, so the find
bar's highlights, focus mode's dimming and the current-line mark would wipe
each other out. Each part instead sets its own *layer*: its selections carry
a tag in their format, and setting a layer replaces only the entries with
that tag. Layers are painted in ``order`` (higher on top).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

_LAYER = QTextFormat.Property.UserProperty + 0x4645  # "FE": our tag, unlikely to clash
_ORDER = _LAYER + 1


def set_layer(
    editor: QPlainTextEdit,
    layer: str,
    selections: Sequence[QTextEdit.ExtraSelection],
    order: int = 0,
) -> None:
    """Replace ``layer``'s selections in ``editor``, keeping every other layer's."""
    for selection in selections:
        selection.format.setProperty(_LAYER, layer)
        selection.format.setProperty(_ORDER, order)
    kept = [s for s in editor.extraSelections() if s.format.property(_LAYER) != layer]
    merged = kept + list(selections)
    merged.sort(key=lambda s: s.format.property(_ORDER) or 0)  # stable: keeps each layer's order
    editor.setExtraSelections(merged)


def layer(editor: QPlainTextEdit, name: str) -> list[QTextEdit.ExtraSelection]:
    """The selections ``editor`` currently shows for layer ``name``."""
    return [s for s in editor.extraSelections() if s.format.property(_LAYER) == name]
