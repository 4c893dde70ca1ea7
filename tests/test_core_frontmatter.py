"""Front matter: finding it, reading it safely, changing one key in place."""

from __future__ import annotations

import datetime as dt

import pytest

from editor.core.messages import FederError
from editor.core.text import frontmatter


def test_split_finds_front_matter_and_body() -> None:
    parts = frontmatter.split("---\ntitle: A\n---\nBody\n")
    assert parts.front == "title: A\n"
    assert parts.body == "Body\n"
    assert parts.body_start == len("---\ntitle: A\n---\n")


def test_text_without_opening_fence_is_all_body() -> None:
    assert frontmatter.split("Hello\n---\nx\n").front is None


def test_unclosed_front_matter_is_all_body() -> None:
    parts = frontmatter.split("---\ntitle: A\nno end\n")
    assert parts.front is None and parts.body.startswith("---")


def test_dots_close_front_matter_too() -> None:
    assert frontmatter.split("---\na: 1\n...\nText").body == "Text"


def test_parse_reads_dates_lists_and_umlauts() -> None:
    meta = frontmatter.parse("title: Grüße\ndate: 2026-11-20\ntags: [a, b]\n")
    assert meta == {"title": "Grüße", "date": dt.date(2026, 11, 20), "tags": ["a", "b"]}


def test_broken_yaml_names_the_line() -> None:
    with pytest.raises(FederError) as info:
        frontmatter.parse("title: ok\nteaser: [unclosed\n")
    assert "line" in str(info.value)


def test_yaml_that_is_not_a_mapping_is_refused() -> None:
    with pytest.raises(FederError, match="not a list of keys"):
        frontmatter.parse("- just\n- a list\n")


def test_alias_bomb_is_refused_before_it_is_built() -> None:
    bomb = 'a: &a ["lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n'
    with pytest.raises(FederError, match="aliases"):
        frontmatter.parse(bomb)


def test_python_tags_are_not_executed() -> None:
    with pytest.raises(FederError):
        frontmatter.parse("x: !!python/object/apply:os.system ['true']\n")


def test_set_key_changes_only_that_key_and_keeps_comments() -> None:
    front = "# written by hand\ntitle: Alt  # old\ntags:\n- a\n- b\nextra: {keep: me}\n"
    changed = frontmatter.set_key(front, "title", "Neu: mit Doppelpunkt")
    assert changed.startswith("# written by hand\n")
    assert "tags:\n- a\n- b\nextra: {keep: me}\n" in changed
    assert frontmatter.parse(changed)["title"] == "Neu: mit Doppelpunkt"


def test_set_key_replaces_nested_block() -> None:
    front = "image:\n  src: a.jpg\n  alt: A\ntitle: T\n"
    changed = frontmatter.set_key(front, "image", {"src": "b.jpg", "credit": "Foto: X | Y"})
    assert frontmatter.parse(changed) == {"image": {"src": "b.jpg", "credit": "Foto: X | Y"}, "title": "T"}


def test_set_key_appends_a_new_key_and_removes_with_none() -> None:
    front = frontmatter.set_key("title: T\n", "kicker", "Marktgeschehen")
    assert front == "title: T\nkicker: Marktgeschehen\n"
    assert frontmatter.set_key(front, "title", None) == "kicker: Marktgeschehen\n"


@pytest.mark.parametrize("value", ["<b>&\"'", "- leading dash", "key: value", "#hash", "ja", "123", ""])
def test_awkward_values_survive_dump_and_parse(value: str) -> None:
    front = frontmatter.set_key("", "title", value)
    assert frontmatter.parse(front)["title"] == value


def test_with_front_removes_fences_when_empty() -> None:
    assert frontmatter.with_front("---\na: 1\n---\nBody", "") == "Body"
    assert frontmatter.with_front("Body", "a: 1\n") == "---\na: 1\n---\nBody"


def test_new_keys_land_in_the_canonical_order_not_the_editing_order() -> None:
    from editor.core.text.article import set_field

    text = "Body\n"
    for key, value in (
        ("spelling", {"ignore": ["Hofladen"]}), ("authors", [{"name": "Jana"}]), ("image", {"src": "a.png"}),
        ("lang", "de_CH"), ("tags", ["Markt"]), ("date", "2025-12-01"), ("slug", "markt"),
        ("teaser", "Kurz."), ("kicker", "Handel"), ("title", "Markt"),
    ):
        text = set_field(text, key, value)
    front = text.split("---\n")[1]
    keys = [line.split(":")[0] for line in front.splitlines() if line[:1].isalpha()]
    assert keys == ["title", "kicker", "teaser", "slug", "date", "tags", "lang", "image", "authors", "spelling"]
    assert text.endswith("---\nBody\n")


def test_keys_already_there_keep_their_place() -> None:
    from editor.core.text.article import set_field

    text = "---\nslug: x\ntitle: Alt\ncustom: 1\n---\nBody\n"
    text = set_field(text, "title", "Neu")
    assert text == "---\nslug: x\ntitle: Neu\ncustom: 1\n---\nBody\n"  # edited in place
    text = set_field(text, "kicker", "K")
    assert text == "---\nkicker: K\nslug: x\ntitle: Neu\ncustom: 1\n---\nBody\n"
    text = set_field(text, "extra", "E")
    assert text.startswith("---\nkicker: K\nslug: x\ntitle: Neu\ncustom: 1\nextra: E\n")


def test_changed_keys_lists_added_removed_and_changed_keys_in_order() -> None:
    before = {"title": "Alt", "tags": ["a"], "slug": "alt"}
    after = {"title": "Neu", "tags": ["a"], "teaser": "Vorspann"}
    assert frontmatter.changed_keys(before, after) == ["title", "slug", "teaser"]
    assert frontmatter.changed_keys(before, dict(before)) == []


def test_changed_keys_in_text_reads_yaml_and_toml_and_gives_none_for_a_broken_front_matter() -> None:
    yaml_before = "---\ntitle: Alt\nslug: alt\n---\nText\n"
    yaml_after = "---\ntitle: Neu\nslug: alt\n---\nText mit mehr\n"
    assert frontmatter.changed_keys_in_text(yaml_before, yaml_after) == ["title"]
    toml_before = '+++\ntitle = "Alt"\n+++\nText\n'
    toml_after = '+++\ntitle = "Alt"\nslug = "neu"\n+++\nText\n'
    assert frontmatter.changed_keys_in_text(toml_before, toml_after) == ["slug"]
    broken = "---\ntitle: [nicht geschlossen\n---\nText\n"
    assert frontmatter.changed_keys_in_text(yaml_before, broken) == []  # no guess from a broken side
