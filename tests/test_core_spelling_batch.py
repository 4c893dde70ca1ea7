"""Whole-text checks for a worker thread (core, no Qt): the same answers as the editor's checker."""

from __future__ import annotations

import threading
from pathlib import Path

from editor.core.spelling.batch import BatchChecker
from editor.core.spelling.service import SpellService
from editor.core.text import markdown_lines
from editor.core.text.markdown_lines import Kind

ARTICLE = """---
title: Der Hafen von Quarzelwick
lang: de_DE
spelling:
  ignore: [Blubbwort]
---

## Ein Tag am Hafen

Der Fischer Quarzelwick verkauft bzw. verschenkt Fische, z. B. Makrelen.
Quarzelwick kennt jeden, und Quarzelwick grüßt alle. Ein Tippfeler steht hier.
Das L-Mount-Objektiv passt. Die Bürgermeisterinn kommt, das Blubbwort auch.
Der Zuckerbäckr backt, Privatwort steht im persönlichen Wörterbuch.
She said: "the harbour is where we were happy and the boats were gone."

```
Codewortt im Block
```

Am Ende: Hafenn und Strasse.
"""


def flagged_by_lines(service: SpellService, text: str) -> dict[int, list[tuple[int, int, bool]]]:
    """What the editor's checker flags, line by line, as the highlighter asks it."""
    article = service.article("de_DE")
    article.set_article_ignores(["Blubbwort"])
    article.set_article_names(["Quarzelwick"])
    found = {}
    for line in markdown_lines.scan(text):
        if line.kind is Kind.MARKDOWN:
            spans = [s for s in article.spans(line.text) if line.start <= s[0] and s[0] + s[1] <= line.end]
            if spans:
                found[line.number] = spans
    return found


def prepared(tmp_path: Path) -> SpellService:
    personal = tmp_path / "personal.txt"
    personal.write_text("Privatwort\n", encoding="utf-8")
    service = SpellService("de_DE", personal)
    service.ignore_for_session("Hafenn")
    return service


def test_the_batch_check_flags_the_same_lines_as_the_editors_checker(tmp_path: Path) -> None:
    service = prepared(tmp_path)
    expected = flagged_by_lines(service, ARTICLE)
    article = service.article("de_DE")
    article.set_article_ignores(["Blubbwort"])
    article.set_article_names(["Quarzelwick"])
    answers = BatchChecker(service.knowledge).check(ARTICLE, article.snapshot())
    assert answers is not None
    assert answers.lines == sorted(expected)
    assert answers.line_count == ARTICLE.count("\n") + 1
    assert {"Tippfeler", "Bürgermeisterinn", "Zuckerbäckr", "Strasse"} <= answers.wrong
    # The writer's lists, the article's names and ignores, code blocks: not flagged.
    assert not {"Privatwort", "Hafenn", "Quarzelwick", "Blubbwort", "Codewortt"} & answers.wrong
    # Taken over, the editor's checker answers every line from its cache, the same way.
    assert article.learn(answers.snapshot, answers.tokens, answers.verdicts)
    for number, spans in expected.items():
        line = ARTICLE.split("\n")[number]
        assert article.spans(line, deadline=0.0) == spans  # no time at all: cached answers only
    assert not article.has_pending


def test_stale_answers_are_refused(tmp_path: Path) -> None:
    """A language or list changed while the worker checked: its answers must not be taken."""
    service = prepared(tmp_path)
    article = service.article("de_DE")
    snapshot = article.snapshot()
    answers = BatchChecker(service.knowledge).check("Die Strasse ist lang.", snapshot)
    assert answers is not None and answers.wrong == {"Strasse"}
    article.set_language("de_CH")  # Swiss German writes "Strasse"
    assert not article.learn(answers.snapshot, answers.tokens, answers.verdicts)
    assert article.spans("Die Strasse ist lang.") == []
    # The same for a word ignored meanwhile, in the same language.
    article.set_language("de_DE")
    snapshot = article.snapshot()
    answers = BatchChecker(service.knowledge).check("Die Strasse ist lang.", snapshot)
    service.ignore_for_session("Strasse")
    assert not article.learn(answers.snapshot, answers.tokens, answers.verdicts)
    assert article.spans("Die Strasse ist lang.") == []


def test_a_cancelled_check_returns_none(tmp_path: Path) -> None:
    service = prepared(tmp_path)
    text = "\n".join(f"Zeile {n} mit Wortt{n}a." for n in range(200))
    assert BatchChecker(service.knowledge).check(text, service.default.snapshot(), lambda: True) is None


def test_a_worker_thread_checks_while_this_thread_opens_and_checks(tmp_path: Path) -> None:
    """Each thread with its own dictionaries (and broker): no crash, the same answers."""
    service = prepared(tmp_path)
    text = "\n".join(f"Der Hafenmeister{n % 7} prüft die Bote{n % 11}rn und Schiffe." for n in range(300))
    text += "\nEin Tippfeler und she said the harbour were gone."
    checker = BatchChecker(service.knowledge)
    results = []
    worker = threading.Thread(target=lambda: results.append(checker.check(text, service.default.snapshot())))
    worker.start()
    mine = []
    while worker.is_alive():  # open dictionaries and check words here meanwhile
        other = SpellService("de_DE", tmp_path / "other.txt")
        mine.append(other.check_word("Tippfeler"))
        other.article("en_US").check_word("harbour")
    worker.join()
    assert results and results[0] is not None
    assert "Tippfeler" in results[0].wrong
    assert mine and not any(mine)


def test_the_frequencies_read_bucket_by_bucket_equal_wordfreqs_own_reading() -> None:
    """knowledge.py reads wordfreq's data file itself (no wordfreq import, one bucket per
    call into msgpack); the table must be the one wordfreq's reader gives."""
    import wordfreq

    from editor.core.spelling import knowledge

    for family in ("de", "en"):
        expected: dict[str, int] = {}
        for index, words in enumerate(wordfreq.get_frequency_list(family, wordlist="large")):
            if 900 - index < knowledge.MIN_ZIPF100[family]:
                break
            for word in words:
                if word not in expected and word.isalpha():
                    expected[word] = 900 - index
        table = knowledge._frequencies(family)
        assert len(table) > 50_000
        assert dict(table.items()) == expected
