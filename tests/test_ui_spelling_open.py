"""Opening an article: its words are judged in a worker thread (issue #20, open at 100k words).

The window's thread only colours the text; the distinct words go to a
worker with its own dictionaries, and when the answers come only the lines
with a flagged word are re-highlighted. These tests drive a real ArticleView
with real files and real hunspell dictionaries.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCharFormat, QTextCursor

from editor.ui.article import article_view
from editor.ui.article.article_view import ArticleView

WAVY = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def junk_words(count: int) -> list[str]:
    """Made-up capitalised words: each takes the slow way through the rules."""
    syllables = ["bar", "kel", "mun", "tor", "wis", "zap", "fel", "gro", "lun", "dre"]
    return ["Q" + "".join(parts) for parts in itertools.islice(itertools.product(syllables, repeat=4), count)]


def article_text(paragraphs: list[str], lang: str = "de_DE", extra: str = "") -> str:
    return f"---\ntitle: Bericht\nlang: {lang}\n{extra}---\n\n" + "\n\n".join(paragraphs) + "\n"


def new_view(qtbot) -> ArticleView:
    """An ArticleView of a usual size, not shown yet (its first paint still to come)."""
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    return view


def shown_empty_view(qtbot) -> ArticleView:
    """A shown ArticleView with no text, once its editor has been painted."""
    view = new_view(qtbot)
    view.show()
    qtbot.waitUntil(lambda: view._painted, timeout=10_000)
    return view


def painted_view(qtbot, tmp_path: Path) -> ArticleView:
    """A shown ArticleView whose spelling has started (the worker then starts at once)."""
    view = new_view(qtbot)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view._spelling_started, timeout=10_000)
    return view


def open_in(view: ArticleView, path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    view.document.load(path)


def open_while_checking(view: ArticleView, path: Path, words: int, per_line: int, last: str) -> list[str]:
    """Open an article long enough that its check is still running afterwards; its made-up words."""
    junk = junk_words(words)
    paragraphs = [" ".join(junk[i : i + per_line]) + "." for i in range(0, len(junk), per_line)]
    open_in(view, path, article_text([*paragraphs, last]))
    assert view.spelling.is_checking()
    return junk


def underlined(view: ArticleView, block_number: int) -> list[str]:
    block = view.document.text_document.findBlockByNumber(block_number)
    units = block.text().encode("utf-16-le")
    return [
        units[2 * r.start : 2 * (r.start + r.length)].decode("utf-16-le")
        for r in block.layout().formats()
        if r.format.underlineStyle() == WAVY
    ]


def all_underlined(view: ArticleView) -> dict[int, list[str]]:
    document = view.document.text_document
    found = {}
    for number in range(document.blockCount()):
        words = underlined(view, number)
        if words:
            found[number] = words
    return found


def block_of(view: ArticleView, text: str) -> int:
    return next(
        number
        for number in range(view.document.text_document.blockCount())
        if text in view.document.text_document.findBlockByNumber(number).text()
    )


def spelling_settled(view: ArticleView) -> bool:
    timers = view.highlighter.findChildren(QTimer)
    return (
        not view.spelling.is_checking()
        and not view.spelling.service.has_pending
        and not any(timer.isActive() for timer in timers)
    )


def test_the_window_keeps_turning_while_the_words_are_checked(qtbot, tmp_path: Path) -> None:
    view = painted_view(qtbot, tmp_path)
    junk = junk_words(1500)
    paragraphs = [" ".join(junk[i : i + 30]) + "." for i in range(0, len(junk), 30)]
    paragraphs.append("Am Ende steht ein Tippfeler.")
    open_in(view, tmp_path / "lang.md", article_text(paragraphs))
    assert view.spelling.is_checking(), "the words are judged after load() returned, not inside it"
    ticks = []
    ticker = QTimer(view)
    ticker.setInterval(0)
    ticker.timeout.connect(lambda: ticks.append(view.spelling.is_checking()))
    ticker.start()
    qtbot.waitUntil(lambda: spelling_settled(view), timeout=120_000)
    ticker.stop()
    # The event loop went round and round while the worker judged the words.
    assert ticks.count(True) >= 20
    assert underlined(view, block_of(view, "Tippfeler")) == ["Tippfeler"]
    assert len(underlined(view, block_of(view, junk[0]))) == 30


def test_only_the_lines_with_a_flagged_word_are_highlighted_again(qtbot, tmp_path: Path) -> None:
    view = painted_view(qtbot, tmp_path)
    asked: list[str] = []
    ask = view.highlighter.spell_spans
    view.highlighter.spell_spans = lambda text: (asked.append(text), ask(text))[1]
    clean = [f"Absatz {n}: Der Markt öffnet früh, die Händler bauen ihre Stände auf." for n in range(300)]
    paragraphs = [*clean[:100], "Hier steht ein Tippfeler.", *clean[100:250], "Und hier die Bürgermeisterinn."]
    paragraphs += clean[250:]
    open_in(view, tmp_path / "markt.md", article_text(paragraphs))
    qtbot.waitUntil(lambda: spelling_settled(view), timeout=60_000)
    assert all_underlined(view) == {
        block_of(view, "Tippfeler"): ["Tippfeler"],
        block_of(view, "Bürgermeisterinn"): ["Bürgermeisterinn"],
    }
    # The open coloured all 560 lines without spelling; the answers redrew two of them.
    assert sorted(asked) == ["Hier steht ein Tippfeler.", "Und hier die Bürgermeisterinn."]


def test_the_writers_lists_names_and_ignores_count_in_the_worker(qtbot, tmp_path: Path) -> None:
    from editor import paths
    from editor.core.spelling.service import PERSONAL_FILE

    personal = paths.user_data_dir() / PERSONAL_FILE
    personal.parent.mkdir(parents=True, exist_ok=True)
    personal.write_text("Privatwortt\n", encoding="utf-8")
    view = painted_view(qtbot, tmp_path)
    view.spelling.ignore_for_session("Sitzungswortt")
    paragraphs = [
        "Privatwortt steht im persönlichen Wörterbuch, Sitzungswortt ist für heute erlaubt.",
        "Artikelwortt steht in der Liste des Artikels.",
        "Frau Quarzelwick sagt, Quarzelwick habe recht, meint Quarzelwick.",
        "Nur der Tippfeler bleibt.",
    ]
    open_in(view, tmp_path / "listen.md", article_text(paragraphs, extra="spelling:\n  ignore: [Artikelwortt]\n"))
    qtbot.waitUntil(lambda: spelling_settled(view), timeout=60_000)
    assert all_underlined(view) == {block_of(view, "Tippfeler"): ["Tippfeler"]}


def test_a_language_change_during_the_check_leaves_no_stale_underlines(qtbot, tmp_path: Path) -> None:
    """de_DE flags "Strasse", de_CH writes it so: switched mid-check, no underline may stay."""
    view = painted_view(qtbot, tmp_path)
    junk = open_while_checking(view, tmp_path / "strasse.md", 800, 40, "Die Strasse ist lang, der Tippfeler auch.")
    view.spelling.set_language("de_CH")
    qtbot.waitUntil(lambda: spelling_settled(view), timeout=120_000)
    assert view.spelling.service.lang == "de_CH"
    assert underlined(view, block_of(view, "Strasse")) == ["Tippfeler"]
    assert len(underlined(view, block_of(view, junk[0]))) == 40


def test_lines_moved_by_typing_during_the_check_still_get_their_underlines(qtbot, tmp_path: Path) -> None:
    """The answers name lines of the text as it was; after an edit the words are searched for."""
    view = painted_view(qtbot, tmp_path)
    junk = open_while_checking(view, tmp_path / "tippen.md", 600, 30, "Hier steht ein Tippfeler.")
    cursor = QTextCursor(view.document.text_document.findBlockByNumber(block_of(view, junk[0])))
    cursor.insertText("Neuer Absatz mit Fehlerr.\n\n")  # two lines more above everything
    qtbot.waitUntil(lambda: spelling_settled(view), timeout=120_000)
    assert underlined(view, block_of(view, "Tippfeler")) == ["Tippfeler"]
    assert underlined(view, block_of(view, "Neuer Absatz")) == ["Fehlerr"]  # typed: the usual way
    assert len(underlined(view, block_of(view, junk[0]))) == 30


def test_the_word_lists_preload_in_the_worker_and_wait_for_a_pause_in_typing(qtbot, tmp_path: Path) -> None:
    """Loading them holds the interpreter for long stretches: never while the writer types."""
    from editor.core.spelling.knowledge import Knowledge
    from editor.ui.spelling.background import BackgroundChecks

    folder = tmp_path / "lists"
    folder.mkdir()
    (folder / "names.txt").write_text("# names\nQuarzelwick\n", encoding="utf-8")
    knowledge = Knowledge(folder)  # a fresh one: the process's own is loaded by earlier tests
    checks = BackgroundChecks(knowledge)
    typing = QTimer()
    typing.setInterval(50)
    typing.timeout.connect(checks.note_edit)
    checks.note_edit()
    typing.start()
    checks.preload("de_DE")
    qtbot.wait(1500)  # more than twice the pause it waits for, with keys all along
    assert not knowledge.ready
    typing.stop()
    qtbot.waitUntil(lambda: knowledge.ready, timeout=60_000)
    assert knowledge.is_name("Quarzelwick")  # the lists of the folder given, read in the worker
    # The worker still opens its dictionary. Its thread holds `checks` (a QObject without a
    # parent) through its target; if it dropped the last reference after this test, the
    # QObject would be destroyed in the worker thread, and that deadlocks with the main
    # thread's next connect (seen once the frequency table loaded in milliseconds).
    assert checks.wait(60)


def test_opening_searches_no_lines_for_names_before_the_whole_text_check(qtbot, tmp_path: Path) -> None:
    """The article's names come with the open; the check of every word follows at the first
    paint and answers them too. Searching the lines that hold a name before that (it ran
    before the first frame) only coloured them twice."""
    from editor.ui.spelling.links import HighlighterLink

    view = new_view(qtbot)  # not shown yet: the first paint, and with it the check, still to come
    name = "Quarzelwick"
    paragraphs = [f"{name} kam am Morgen.", f"Später sprach {name} im Rat.", f"Dann ging {name} nach Hause."]
    open_in(view, tmp_path / "namen.md", article_text(paragraphs))
    assert name in view.spelling.service.article_names  # the names were set with the open
    link = view.highlighter.findChild(HighlighterLink)
    assert link is not None
    assert not link.is_searching()
    view.show()
    qtbot.waitUntil(lambda: view._spelling_started, timeout=10_000)
    qtbot.waitUntil(lambda: not view.spelling.is_checking(), timeout=30_000)
    assert all_underlined(view) == {}


def test_the_spelling_starts_after_the_first_preview_not_beside_it(qtbot, tmp_path: Path, monkeypatch) -> None:
    """The dictionary load and the whole-text check wait for the preview's first page:
    beside it they held QtWebEngine's first page back (docs/performance.md)."""
    monkeypatch.setattr(article_view, "SPELLING_WAITS_MS", 60_000)  # a slow machine's first page too
    view = new_view(qtbot)
    open_in(view, tmp_path / "bericht.md", article_text(["Ein Satz mit Tippfeler."]))
    started_when_shown: list[bool] = []
    view.previewUpdated.connect(lambda: started_when_shown.append(view._spelling_started))
    view.show()
    qtbot.waitUntil(lambda: bool(started_when_shown), timeout=20_000)
    assert started_when_shown[0] is False  # the first preview came with no spelling beside it
    qtbot.waitUntil(lambda: view._spelling_started, timeout=5_000)
    qtbot.waitUntil(lambda: spelling_settled(view), timeout=30_000)
    assert all_underlined(view) == {5: ["Tippfeler"]}


def test_with_the_preview_hidden_the_spelling_starts_at_the_first_paint(qtbot, tmp_path: Path) -> None:
    from editor.ui.first_paint import FirstPaint

    view = new_view(qtbot)
    view.preview.setVisible(False)
    started_after_paint: list[bool] = []
    # Installed after the view's own watcher, so called before it: look a turn later.
    def look_a_turn_later() -> None:
        QTimer.singleShot(0, lambda: started_after_paint.append(view._spelling_started))

    FirstPaint(view.editor.viewport(), look_a_turn_later)
    view.show()
    qtbot.waitUntil(lambda: bool(started_after_paint), timeout=10_000)
    assert started_after_paint == [True]  # no wait for a preview that is not shown


def test_without_a_preview_the_spelling_starts_when_the_wait_is_over(qtbot, monkeypatch) -> None:
    """An empty text is never previewed: the spelling starts after SPELLING_WAITS_MS anyway."""
    monkeypatch.setattr(article_view, "SPELLING_WAITS_MS", 200)
    view = shown_empty_view(qtbot)
    qtbot.waitUntil(lambda: view._spelling_started, timeout=5_000)


def test_an_article_opened_after_the_first_paint_is_checked_at_once(qtbot, tmp_path: Path, monkeypatch) -> None:
    """The wait for the first preview is for the start only: an empty window shows no
    preview, and an article opened in it must not wait for that (it waited up to 1 s)."""
    monkeypatch.setattr(article_view, "SPELLING_WAITS_MS", 60_000)
    view = shown_empty_view(qtbot)
    assert not view._spelling_started  # still waiting for a first preview that an empty text never gets
    open_in(view, tmp_path / "bericht.md", article_text(["Ein Satz mit Tippfeler."]))
    assert view._spelling_started
    assert view.spelling.is_checking()
    qtbot.waitUntil(lambda: spelling_settled(view), timeout=30_000)
    assert all_underlined(view) == {5: ["Tippfeler"]}
