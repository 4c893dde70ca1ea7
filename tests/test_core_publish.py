"""The publishing core without a site: site store, passwords, the front matter record."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.core.export.exporters import ExportOptions, export
from editor.core.files.storage import read_text
from editor.core.messages import FederError
from editor.core.publish import passwords
from editor.core.publish.send_record import (
    merged_record,
    previous_record,
    record_in_file,
    record_in_text,
)
from editor.core.publish.sites import Site, SiteStore, normalise_url
from editor.core.text.article import Article

ARTICLE = """---
title: Überschrift   # a comment that must survive
tags: [A, B]
publish:
  other: {id: 7, url: "https://other.example/?p=7"}
image:
  src: bild.png
  caption: Unterzeile
  credit: "Foto: X"
authors: [Jana Vogt]
---
Text.
"""


def test_sites_are_added_listed_and_removed(tmp_path: Path) -> None:
    store = SiteStore(tmp_path / "sites.yaml")
    store.add(Site("blog", "example.org/news/", "jana"))
    store.add(Site("intern", "http://127.0.0.1:8080", "admin", featured_image_in_content=True,
                   author_box_in_content=False, create_terms=False))
    again = SiteStore(tmp_path / "sites.yaml")
    assert [s.name for s in again.sites()] == ["blog", "intern"]
    assert again.get("blog").url == "https://example.org/news"
    intern = again.get("intern")
    assert intern.featured_image_in_content and not intern.author_box_in_content and not intern.create_terms
    text = (tmp_path / "sites.yaml").read_text(encoding="utf-8")
    assert "password" not in text.replace("Passwords are not here", "")
    again.remove("blog")
    assert [s.name for s in SiteStore(tmp_path / "sites.yaml").sites()] == ["intern"]


@pytest.mark.parametrize("url", ["", "ftp://example.org", "https://", "mailto:x@y.de"])
def test_a_bad_address_is_a_clear_error(url: str) -> None:
    with pytest.raises(FederError, match="is not a web address"):
        normalise_url(url)


def test_unknown_sites_and_bad_names_are_clear_errors(tmp_path: Path) -> None:
    store = SiteStore(tmp_path / "sites.yaml")
    store.add(Site("blog", "https://example.org", "jana"))
    with pytest.raises(FederError, match=r"There is no site “nope”\. Known sites: blog"):
        store.get("nope")
    with pytest.raises(FederError, match="cannot be a site name"):
        store.add(Site("mein blog", "https://example.org", "jana"))
    with pytest.raises(FederError, match="needs a user name"):
        store.add(Site("x", "https://example.org", " "))


def test_a_broken_sites_file_is_reported_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "sites.yaml"
    path.write_text("blog: [unclosed\n", encoding="utf-8")
    with pytest.raises(FederError, match="is not valid YAML"):
        SiteStore(path).add(Site("x", "https://example.org", "jana"))
    assert path.read_text(encoding="utf-8") == "blog: [unclosed\n"


def test_without_a_keyring_backend_feder_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    # keyring's own "fail" backend is what a machine without Secret Service/KWallet gets.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    import keyring.core

    before = keyring.core.get_keyring()
    monkeypatch.setattr(keyring.core, "_keyring_backend", before)  # put back afterwards
    keyring.core.set_keyring(keyring.core.load_env())
    status = passwords.keyring_status()
    assert not status.usable
    assert "No keyring is available" in status.reason.text
    site = Site("blog", "https://example.org", "jana")
    monkeypatch.delenv(passwords.ENVIRONMENT, raising=False)
    assert passwords.stored_password(site) is None
    with pytest.raises(FederError, match="No keyring is available"):
        passwords.store_password(site, "geheim")
    monkeypatch.setenv(passwords.ENVIRONMENT, " abcd efgh ")
    assert passwords.stored_password(site) == "abcd efgh"


def test_the_password_never_reaches_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`feder site add` without a keyring stores the site, says so, and writes no secret."""
    config = tmp_path / "config"
    env = {**os.environ, "FEDER_CONFIG_DIR": str(config), "LANG": "C.UTF-8", "LANGUAGE": "en",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    run = subprocess.run([sys.executable, "-m", "editor", "site", "add", "blog", "https://example.org",
                          "--user", "jana"], env=env, capture_output=True, text=True, timeout=60,
                         input="geheim-passwort\n", check=False)
    assert run.returncode == 0, run.stderr
    assert "No keyring is available" in run.stderr
    for file in config.rglob("*"):
        if file.is_file():
            assert "geheim" not in file.read_text(encoding="utf-8")


def test_the_record_changes_only_the_publish_key() -> None:
    text = record_in_text(ARTICLE, "blog", {"id": 12, "url": "https://example.org/?p=12",
                                            "media": {"abc": 3}})
    assert text.startswith("---\ntitle: Überschrift   # a comment that must survive\ntags: [A, B]\n")
    assert text.endswith("authors: [Jana Vogt]\n---\nText.\n")
    article = Article.from_text(text)
    assert previous_record(article, "blog") == {"id": 12, "url": "https://example.org/?p=12",
                                                 "media": {"abc": 3}}
    assert previous_record(article, "other")["id"] == 7  # the other site's record stays


def test_the_window_and_the_file_merge_a_record_alike() -> None:
    article = Article.from_text(ARTICLE)
    entry = merged_record(article, "blog", {"id": 12, "url": "u"})
    assert entry["blog"] == {"id": 12, "url": "u"}
    assert entry["other"]["id"] == 7  # the other site's record stays
    assert "blog" not in (article.meta.get("publish") or {})  # the article itself is not changed
    assert Article.from_text(record_in_text(ARTICLE, "blog", {"id": 12, "url": "u"})).meta["publish"] == entry


def test_the_record_is_written_atomically_into_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    record_in_file(path, "blog", {"id": 1, "url": "u"})
    assert previous_record(Article.from_text(read_text(path).text), "blog") == {"id": 1, "url": "u"}
    assert not [p for p in tmp_path.iterdir() if p.name != "a.md"]


def test_the_content_can_leave_out_featured_image_and_author_box(tmp_path: Path) -> None:
    article = Article.from_text(ARTICLE.replace("src: bild.png", "src: https://example.org/b.png"),
                                tmp_path / "a.md")
    full = export(article, "fragment").text
    bare = export(article, "fragment", ExportOptions(featured_image=False, author_box=False)).text
    assert "Unterzeile" in full and "Jana Vogt" in full
    assert "Unterzeile" not in bare and "Jana Vogt" not in bare and "<p>Text.</p>" in bare
