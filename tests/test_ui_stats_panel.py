"""The statistics panel shows the core's numbers in the user's locale, plus session words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from editor.core.preview.stats import Stats, text_statistics
from editor.core.text.article import Article
from editor.ui.checks.stats_panel import StatsPanel


@pytest.fixture
def german():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def panel(qtbot) -> StatsPanel:
    widget = StatsPanel()
    qtbot.addWidget(widget)
    return widget


def shown(panel: StatsPanel) -> dict[str, str]:
    return {key: label.text() for key, label in panel.values.items()}


def test_numbers_of_a_real_article(panel: StatsPanel, german) -> None:
    body = "Ein Satz mit **fünf** Wörtern. Und noch einer -- kurz.\n\nZweiter Absatz."
    panel.set_stats(text_statistics(Article.from_text(body)))
    assert shown(panel) == {
        "words": "11",
        "characters": str(len("Ein Satz mit fünf Wörtern. Und noch einer – kurz.Zweiter Absatz.")),
        "characters_no_spaces": str(len("EinSatzmitfünfWörtern.Undnocheiner–kurz.ZweiterAbsatz.")),
        "sentences": "3",
        "paragraphs": "2",
        "standard_pages": "0,0",
        "reading": "1 min",
        "session": "0",
    }


def test_big_numbers_are_grouped(panel: StatsPanel, german) -> None:
    panel.set_stats(Stats(words=25_000, characters=180_000, characters_no_spaces=150_000))
    assert panel.values["characters"].text() == "180.000"
    assert panel.values["standard_pages"].text() == "100,0"
    assert panel.values["reading"].text() == "2 h 5 min"


def test_session_words_per_article(panel: StatsPanel) -> None:
    panel.set_stats(Stats(words=100), "a.md")
    panel.set_stats(Stats(words=130), "a.md")
    assert panel.values["session"].text() == "+30"
    panel.set_stats(Stats(words=50), "b.md")
    assert panel.values["session"].text() == "0"
    panel.set_stats(Stats(words=40), "b.md")
    assert panel.values["session"].text() == "−10"
    panel.set_stats(Stats(words=135), "a.md")
    assert panel.values["session"].text() == "+35"
    panel.reset_session("a.md")
    panel.set_stats(Stats(words=135), "a.md")
    assert panel.values["session"].text() == "0"


def test_only_wanted_while_visible(qtbot, panel: StatsPanel) -> None:
    assert not panel.wants_stats()
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.wants_stats()
