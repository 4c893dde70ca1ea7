"""Author profile store, article snapshots and the rendered author box (no screen)."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import html5lib
import pytest
import yaml

from editor import paths
from editor.core.authors.box import link_href, photo_src, render_author_box
from editor.core.authors.store import (
    AuthorProfile,
    AuthorStore,
    is_stale,
    matches_name,
    slugify,
    snapshot,
)
from editor.core.messages import FederError
from editor.core.text.article import Article, set_field


def png_bytes(color: tuple[int, int, int] = (200, 40, 40)) -> bytes:
    """A real 2x2 PNG, so the photo files are what a user would choose."""
    raw = b"".join(b"\x00" + bytes(color) * 2 for _ in range(2))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


@pytest.fixture
def store(tmp_path: Path) -> AuthorStore:
    return AuthorStore(tmp_path / "authors")


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "Anna Portrait.PNG"
    path.write_bytes(png_bytes())
    return path


def anna(**changes: object) -> AuthorProfile:
    values = {
        "id": "",
        "name": "Anna Müller",
        "role": "Wirtschaftsredakteurin",
        "bio": "Anna Müller schreibt über *Märkte*.\n\nSie lebt in Köln.",
        "links": [
            {"label": "Website", "url": "https://anna.example"},
            {"label": "E-Mail", "url": "anna@example.com"},
        ],
    }
    values.update(changes)
    return AuthorProfile(**values)  # type: ignore[arg-type]


# Store: create, edit, delete -------------------------------------------------


def test_default_folder_is_in_the_user_data_dir() -> None:
    assert AuthorStore().folder == paths.user_data_dir() / "authors"


def test_create_writes_readable_yaml_named_by_slug(store: AuthorStore) -> None:
    saved = store.save(anna())
    assert saved.id == "anna-mueller"
    text = store.path_for("anna-mueller").read_text(encoding="utf-8")
    assert "name: Anna Müller" in text  # umlauts as they are, not \xfc escapes
    assert "bio: |" in text  # a multi-line bio is a literal block a person can edit
    profiles, errors = store.load_all()
    assert errors == []
    assert profiles == [saved]


def test_same_name_gets_a_unique_id(store: AuthorStore) -> None:
    first = store.save(anna())
    second = store.save(anna())
    assert (first.id, second.id) == ("anna-mueller", "anna-mueller-2")
    assert len(store.load_all()[0]) == 2


def test_slug_folds_german_letters() -> None:
    assert slugify("Jörg Groß-Übermann") == "joerg-gross-uebermann"
    assert slugify("Zoë Ñandú") == "zoe-nandu"


@pytest.mark.parametrize("query", ["mull", "MÜLL", "muell", "anna m", "", "ller"])
def test_filter_query_finds_name(query: str) -> None:
    assert matches_name(query, "Anna Müller")


@pytest.mark.parametrize("query", ["muller x", "anna-m", "ben"])
def test_filter_query_misses_name(query: str) -> None:
    assert not matches_name(query, "Anna Müller")


def test_name_is_required(store: AuthorStore) -> None:
    with pytest.raises(FederError, match="needs a name"):
        store.save(anna(name="   "))
    assert not store.folder.exists() or list(store.folder.iterdir()) == []


def test_edit_keeps_id_and_hand_written_keys(store: AuthorStore) -> None:
    saved = store.save(anna())
    path = store.path_for(saved.id)
    path.write_text(path.read_text(encoding="utf-8") + "pronouns: sie/ihr\n", encoding="utf-8")
    profile = store.load(saved.id)
    profile.name = "Anna Müller-Schmidt"
    profile.role = "Ressortleiterin"
    store.save(profile)
    again = store.load("anna-mueller")
    assert (again.name, again.role) == ("Anna Müller-Schmidt", "Ressortleiterin")
    assert again.extra == {"pronouns": "sie/ihr"}
    assert [p.id for p in store.load_all()[0]] == ["anna-mueller"]


def test_delete_removes_profile_and_its_photo_only(store: AuthorStore, photo: Path) -> None:
    kept = store.save(anna(name="Ben Becker"))
    saved = store.save(anna())
    saved = store.set_photo(saved.id, photo)
    photo_file = store.photo_path(saved)
    assert photo_file is not None and photo_file.name == "anna-mueller.png"
    store.delete(saved.id)
    assert not store.path_for(saved.id).exists()
    assert not photo_file.exists()
    assert photo.exists()  # the user's original picture is never touched
    assert store.load_all()[0] == [kept]


def test_photo_outside_the_folder_is_never_used_or_deleted(store: AuthorStore, tmp_path: Path) -> None:
    outside = tmp_path / "precious.png"
    outside.write_bytes(png_bytes())
    saved = store.save(anna(photo="../precious.png"))
    assert store.photo_path(saved) is None
    store.delete(saved.id)
    assert outside.exists()


# Corrupt files ------------------------------------------------------------------


BROKEN = {
    "bad-yaml.yaml": b"name: [unclosed\nrole: x\n",
    "a-list.yaml": b"- name: Anna\n",
    "nameless.yaml": b"role: Fotograf\n",
    "links.yaml": b"name: Lisa\nlinks: 5\n",
    "aliases.yaml": b"name: &n Lisa\nrole: *n\n",
    "binary.yaml": b"\x00\x01\x02name",
    "bio-list.yaml": b"name: Olaf\nbio: [1, 2]\n",
}


def test_broken_files_are_reported_by_name_and_others_still_load(store: AuthorStore) -> None:
    good = store.save(anna())
    for name, data in BROKEN.items():
        (store.folder / name).write_bytes(data)
    profiles, errors = store.load_all()
    assert profiles == [good]
    assert len(errors) == len(BROKEN)
    messages = "\n".join(e.text() for e in errors)
    for name in BROKEN:
        assert name in messages
    assert "line 2" in messages or "line 1" in messages
    # Nothing was rewritten or removed behind the user's back.
    for name, data in BROKEN.items():
        assert (store.folder / name).read_bytes() == data


def test_new_profile_never_overwrites_a_broken_file(store: AuthorStore) -> None:
    store.folder.mkdir(parents=True)
    broken = store.folder / "anna-mueller.yaml"
    broken.write_bytes(b"name: [oops\n")
    saved = store.save(anna())
    assert saved.id == "anna-mueller-2"
    assert broken.read_bytes() == b"name: [oops\n"


def test_missing_folder_means_no_profiles(tmp_path: Path) -> None:
    assert AuthorStore(tmp_path / "nowhere").load_all() == ([], [])


def test_load_unknown_id_is_a_clear_error(store: AuthorStore) -> None:
    with pytest.raises(FederError, match="no author profile “ghost”"):
        store.load("ghost")


# Duplicate, photo, import, export -------------------------------------------------


def test_duplicate_copies_fields_and_photo(store: AuthorStore, photo: Path) -> None:
    original = store.set_photo(store.save(anna()).id, photo)
    copy = store.duplicate(original.id, "Anna Müller (Kopie)")
    assert copy.id == "anna-mueller-kopie"
    assert (copy.role, copy.bio, copy.links) == (original.role, original.bio, original.links)
    assert store.photo_path(copy) is not None
    assert store.photo_path(copy) != store.photo_path(original)
    assert store.load(original.id) == original


def test_set_photo_rejects_non_images_and_replaces_old_photo(store: AuthorStore, tmp_path: Path, photo: Path) -> None:
    saved = store.save(anna())
    text = tmp_path / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(FederError, match=r"notes\.txt is not a photo"):
        store.set_photo(saved.id, text)
    first = store.set_photo(saved.id, photo)
    jpeg = tmp_path / "other.jpeg"
    jpeg.write_bytes(b"\xff\xd8\xff\xe0 not really decoded")
    second = store.set_photo(saved.id, jpeg)
    assert second.photo == "anna-mueller.jpg"
    assert not (store.folder / first.photo).exists()
    removed = store.set_photo(saved.id, None)
    assert removed.photo == "" and store.photo_path(removed) is None


def test_export_and_import_round_trip_with_photo(store: AuthorStore, tmp_path: Path, photo: Path) -> None:
    saved = store.set_photo(store.save(anna()).id, photo)
    out = tmp_path / "share"
    out.mkdir()
    unrelated = out / "anna.png"
    unrelated.write_bytes(b"someone else's picture")
    photo_out = store.export_file(saved.id, out / "anna.yaml")
    assert photo_out == out / "anna-2.png"
    assert unrelated.read_bytes() == b"someone else's picture"
    exported = yaml.safe_load((out / "anna.yaml").read_text(encoding="utf-8"))
    assert exported["photo"] == "anna-2.png" and exported["name"] == "Anna Müller"

    other = AuthorStore(tmp_path / "other-machine")
    imported = other.import_file(out / "anna.yaml")
    assert imported.id == "anna"
    assert (imported.name, imported.role, imported.bio, imported.links) == (
        saved.name, saved.role, saved.bio, saved.links,
    )
    assert other.photo_path(imported).read_bytes() == png_bytes()


def test_import_keeps_both_unless_replace_is_asked(store: AuthorStore, tmp_path: Path) -> None:
    store.save(anna())
    incoming = tmp_path / "anna-mueller.yaml"
    incoming.write_text("name: Anna Müller\nrole: Chefredakteurin\n", encoding="utf-8")
    assert store.import_id(incoming) == "anna-mueller"
    kept = store.import_file(incoming)
    assert kept.id == "anna-mueller-2"
    assert store.load("anna-mueller").role == "Wirtschaftsredakteurin"
    replaced = store.import_file(incoming, replace_existing=True)
    assert replaced.id == "anna-mueller"
    assert store.load("anna-mueller").role == "Chefredakteurin"


def test_import_of_a_broken_file_names_it(store: AuthorStore, tmp_path: Path) -> None:
    bad = tmp_path / "kaputt.yaml"
    bad.write_text("role: nobody\n", encoding="utf-8")
    with pytest.raises(FederError, match=r"kaputt\.yaml has no name"):
        store.import_file(bad)
    assert store.load_all() == ([], [])


# Assigning and snapshots ---------------------------------------------------------


def test_assigning_writes_snapshots_into_front_matter(store: AuthorStore, photo: Path) -> None:
    first = store.set_photo(store.save(anna()).id, photo)
    second = store.save(anna(name="Ben Becker", bio="", links=[]))
    snaps = [snapshot(first, store.photo_path(first)), snapshot(second)]
    text = "---\ntitle: Märkte\n---\nText.\n"
    text = set_field(text, "authors", snaps)
    article = Article.from_text(text)
    assert article.meta_error is None
    assert article.authors == snaps  # the article alone carries name, role, bio, links, photo
    assert article.authors[0]["photo"].endswith("anna-mueller.png")
    assert article.authors[1] == {"id": "ben-becker", "name": "Ben Becker", "role": "Wirtschaftsredakteurin"}
    assert article.title == "Märkte" and article.body == "Text.\n"


def test_snapshot_goes_stale_when_the_profile_changes(store: AuthorStore) -> None:
    profile = store.save(anna())
    snap = snapshot(profile)
    assert not is_stale(snap, profile)
    for change in ({"role": "Ressortleiterin"}, {"bio": "Neu."}, {"name": "Anna M."},
                   {"links": [{"label": "Website", "url": "https://anna.example/neu"}]}):
        changed = store.save(anna(id=profile.id, **change))
        assert is_stale(snap, changed), change
        refreshed = snapshot(changed)
        assert not is_stale(refreshed, changed)


def test_snapshot_photo_counts_by_file_name_across_machines(store: AuthorStore, photo: Path, tmp_path: Path) -> None:
    profile = store.set_photo(store.save(anna()).id, photo)
    snap = snapshot(profile, store.photo_path(profile))
    snap["photo"] = "/home/someone-else/.local/share/feder/authors/anna-mueller.png"
    assert not is_stale(snap, profile, store.photo_path(profile))
    assert is_stale(snapshot(profile), profile, store.photo_path(profile))


def test_snapshot_survives_a_front_matter_round_trip(store: AuthorStore) -> None:
    profile = store.save(anna(bio="Zeile eins  \nZeile zwei: mit „Zitat“\n\n- Liste"))
    text = set_field("Body\n", "authors", [snapshot(profile)])
    assert not is_stale(Article.from_text(text).authors[0], profile)


# The author box ------------------------------------------------------------------------


def _parse(html: str):
    return html5lib.parse(html, namespaceHTMLElements=False)


def test_author_box_shows_photo_name_role_bio_links(store: AuthorStore, photo: Path) -> None:
    profile = store.set_photo(store.save(anna()).id, photo)
    html = render_author_box([snapshot(profile, store.photo_path(profile))], "de_DE")
    tree = _parse(html)
    box = tree.find(".//aside[@class='author-box']")
    author = box.find("div[@class='author']")
    img = author.find("img[@class='author-photo']")
    assert img.get("alt") == "Anna Müller"
    assert img.get("src") == store.photo_path(profile).as_uri()
    assert author.find(".//p[@class='author-name']").text == "Anna Müller"
    assert author.find(".//p[@class='author-role']").text == "Wirtschaftsredakteurin"
    bio = author.find(".//div[@class='author-bio']")
    assert [p.tag for p in bio] == ["p", "p"]
    assert bio.find("p/em").text == "Märkte"
    links = author.findall(".//ul[@class='author-links']/li/a")
    assert [(a.text, a.get("href")) for a in links] == [
        ("Website", "https://anna.example"), ("E-Mail", "mailto:anna@example.com"),
    ]


def test_author_box_keeps_order_and_uses_language_quotes() -> None:
    authors = [{"name": "Erste", "bio": 'Sagt "hallo".'}, {"name": "Zweiter"}]
    de = _parse(render_author_box(authors, "de_DE"))
    names = [p.text for p in de.iter("p") if p.get("class") == "author-name"]
    assert names == ["Erste", "Zweiter"]
    assert "„hallo“" in render_author_box(authors, "de_DE")
    assert "“hallo”" in render_author_box(authors, "en_US")
    assert _parse(render_author_box(authors)).find(".//img") is None


def test_author_box_escapes_and_sanitises_hand_written_snapshots() -> None:
    html = render_author_box([
        {
            "name": "<b>Eve</b>",
            "role": "Hacker & Co",
            "bio": "Hi <script>alert(1)</script><img src=x onerror=alert(2)>",
            "photo": "javascript:alert(3)",
            "links": [{"label": "bad", "url": "javascript:alert(4)"}, "www.eve.example"],
        },
        "Bare Name",
        {"id": "no-name"},
        42,
    ])
    assert "<script" not in html and "onerror" not in html and "javascript:" not in html
    assert "&lt;b&gt;Eve&lt;/b&gt;" in html and "Hacker &amp; Co" in html
    tree = _parse(html)
    assert tree.find(".//img[@class='author-photo']") is None
    assert [a.get("href") for a in tree.iter("a")] == ["https://www.eve.example"]
    names = [p.text for p in tree.iter("p") if p.get("class") == "author-name"]
    assert names == ["<b>Eve</b>", "Bare Name"]


def test_no_authors_no_box() -> None:
    assert render_author_box([]) == ""
    assert render_author_box([{"id": "x"}]) == ""


@pytest.mark.parametrize(
    ("url", "href"),
    [
        ("https://x.de", "https://x.de"),
        ("anna@example.com", "mailto:anna@example.com"),
        ("mailto:a@b.de", "mailto:a@b.de"),
        ("mastodon.social/@anna", "https://mastodon.social/@anna"),
        ("javascript:alert(1)", ""),
        ("data:text/html,x", ""),
        ("not a url", ""),
        ("", ""),
    ],
)
def test_link_href(url: str, href: str) -> None:
    assert link_href(url) == href


def test_photo_src_forms() -> None:
    assert photo_src("/srv/a b.png") == "file:///srv/a%20b.png"
    assert photo_src("img/anna.png") == "img/anna.png"
    assert photo_src("https://cdn.example/a.jpg") == "https://cdn.example/a.jpg"
    assert photo_src("C:\\Users\\a\\anna.png") == "file:///C:/Users/a/anna.png"
    assert photo_src("javascript:alert(1)") == ""
