"""The article model: typed access to fields, and field edits written back into the text."""

from __future__ import annotations

import datetime as dt

from editor import paths
from editor.core.files import storage
from editor.core.text.article import Article, set_field


def test_sample_article_has_every_part_a_published_article_needs() -> None:
    article = Article.from_text(storage.read_text(paths.sample_article()).text, paths.sample_article())
    assert article.meta_error is None
    assert article.kicker == "Marktgeschehen"
    assert article.title.startswith("Wochenmärkte")
    assert article.teaser and article.slug == "wochenmaerkte-im-wandel"
    assert article.date == dt.date(2026, 11, 20)
    assert article.image.credit.startswith("Beitragsbild (Montage):")
    assert (article.folder / article.image.src).is_file()
    assert article.authors[0]["name"] == "Jana Vogt"
    assert "## " in article.body and article.body.rstrip().endswith("Bequemlichkeit.")
    assert "Hofladen-App" in article.ignored_words
    assert article.body_line == article.body_line and article.body.startswith("Wer samstags")


def test_body_only_text_stays_body_only_until_a_field_is_set() -> None:
    text = "Nur Text.\n"
    assert set_field(text, "title", "") == text
    with_title = set_field(text, "title", "Überschrift")
    assert with_title == "---\ntitle: Überschrift\n---\nNur Text.\n"
    assert set_field(with_title, "title", None) == text


def test_unknown_keys_are_kept_when_a_field_changes() -> None:
    text = "---\ntitle: A\nlayout: post  # for the site\n---\nBody\n"
    changed = set_field(text, "title", "B")
    assert "layout: post  # for the site\n" in changed
    assert Article.from_text(changed).title == "B"


def test_broken_front_matter_keeps_the_body_and_reports_why() -> None:
    article = Article.from_text("---\ntitle: [oops\n---\nText\n")
    assert article.meta_error is not None
    assert article.body == "Text\n"
    assert article.title == ""


def test_loose_values_are_read_forgivingly() -> None:
    article = Article.from_text("---\ntags: a, b\ndate: '2026-01-02'\nimage: bild.jpg\nauthors: [Max]\n---\n")
    assert article.tags == ["a", "b"]
    assert article.date == dt.date(2026, 1, 2)
    assert article.image.src == "bild.jpg"
    assert article.authors == [{"name": "Max"}]


def test_opening_and_saving_without_edits_gives_the_same_bytes(tmp_path) -> None:
    original = paths.sample_article().read_bytes()
    target = tmp_path / "a.md"
    target.write_bytes(original)
    loaded = storage.read_text(target)
    storage.write_bytes_atomic(target, loaded.encode(loaded.text))
    assert target.read_bytes() == original


def test_crlf_file_keeps_crlf_after_an_edit(tmp_path) -> None:
    target = tmp_path / "w.md"
    target.write_bytes(b"---\r\ntitle: A\r\n---\r\nZeile eins\r\nZeile zwei\r\n")
    loaded = storage.read_text(target)
    edited = set_field(loaded.text, "title", "B")
    assert loaded.encode(edited) == b"---\r\ntitle: B\r\n---\r\nZeile eins\r\nZeile zwei\r\n"
