"""Slugs from German headlines and the rule for when the slug follows the headline."""

from __future__ import annotations

import pytest

from editor.core.text.article import Article, set_field
from editor.core.text.slug import clean_typed_slug, slug_follows_headline, slugify, update_field


@pytest.mark.parametrize(
    ("headline", "slug"),
    [
        ("Größere Übel: Öl-Preise steigen!", "groessere-uebel-oel-preise-steigen"),
        ("ÄRGER über die STRAẞE", "aerger-ueber-die-strasse"),
        ("Geht's noch? Café „Zürich“ – 2026", "gehts-noch-cafe-zuerich-2026"),
        ("  --  ", ""),
        ("Wochenmärkte im Wandel", "wochenmaerkte-im-wandel"),
    ],
)
def test_slugify_transliterates_german(headline: str, slug: str) -> None:
    assert slugify(headline) == slug


def test_long_slug_is_cut_at_a_hyphen() -> None:
    slug = slugify("Wort " * 40)
    assert len(slug) <= 80
    assert slug.endswith("wort") and "--" not in slug


def test_typed_slug_keeps_a_trailing_hyphen_for_the_next_word() -> None:
    assert clean_typed_slug("Mein Slug ") == "mein-slug-"
    assert clean_typed_slug("über-") == "ueber-"
    assert clean_typed_slug("fertig") == "fertig"
    assert clean_typed_slug("") == ""


def test_new_headline_takes_an_empty_slug_along() -> None:
    text = update_field("Body\n", "title", "Öl wird teurer")
    article = Article.from_text(text)
    assert article.title == "Öl wird teurer"
    assert article.slug == "oel-wird-teurer"
    assert article.body == "Body\n"


def test_generated_slug_follows_the_headline() -> None:
    text = update_field("Body\n", "title", "Erster Titel")
    text = update_field(text, "title", "Zweiter Titel")
    assert Article.from_text(text).slug == "zweiter-titel"


def test_slug_edited_by_hand_is_no_longer_regenerated() -> None:
    text = update_field("Body\n", "title", "Erster Titel")
    text = update_field(text, "slug", "mein-eigener-slug")
    assert not slug_follows_headline(Article.from_text(text))
    text = update_field(text, "title", "Zweiter Titel")
    article = Article.from_text(text)
    assert article.title == "Zweiter Titel"
    assert article.slug == "mein-eigener-slug"


def test_clearing_the_slug_makes_it_follow_again() -> None:
    text = set_field(set_field("B\n", "title", "Alt"), "slug", "hand")
    text = update_field(text, "slug", "")
    text = update_field(text, "title", "Neu")
    assert Article.from_text(text).slug == "neu"


def test_hand_written_yaml_slug_counts_as_edited() -> None:
    text = "---\ntitle: Alter Titel\nslug: von-hand\n---\nText\n"
    text = update_field(text, "title", "Neuer Titel")
    assert "slug: von-hand\n" in text


def test_other_keys_go_straight_to_set_field() -> None:
    text = "---\ntitle: A\n# Kommentar bleibt\n---\nText\n"
    assert update_field(text, "kicker", "Rubrik") == set_field(text, "kicker", "Rubrik")
    assert "# Kommentar bleibt" in update_field(text, "kicker", "Rubrik")
