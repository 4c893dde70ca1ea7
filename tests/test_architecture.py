"""The shape of the house: no module imports itself back through others."""

from __future__ import annotations

import grimp  # comes with import-linter, which guards the layers


def test_no_import_cycle() -> None:
    """Every direct import a → b must not lead back from b to a (even inside a function)."""
    graph = grimp.build_graph("editor")
    cycles = []
    for module in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            back = graph.find_shortest_chain(importer=imported, imported=module)
            if back:
                cycles.append(f"{module} → {' → '.join(back)}")
    assert cycles == []
