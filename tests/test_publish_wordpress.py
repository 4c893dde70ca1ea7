"""Sending to a real WordPress (tests/wordpress_site.py), asserted by reading back through REST.

Skipped with the reason when WordPress, MariaDB or PHP are not installed;
`make test-wordpress` installs them and runs these tests.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from editor import paths
from editor.core.files.storage import read_text
from editor.core.publish.send import send_article
from editor.core.publish.send_outcome import NotADraft, SendError
from editor.core.publish.send_record import previous_record, record_in_file
from editor.core.publish.sites import Site, SiteStore
from editor.core.publish.wordpress import PublishError
from editor.core.text.article import Article, set_field

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow

BODY_EXTRA = """
![Ein Stand mit Käse](kaese.png "Käse vom Hof nebenan."){credit="Foto: Max Muster | Hofpresse"}

<script>alert("böse")</script>

Ein zweites Mal dasselbe Bild, es wird nur einmal hochgeladen:

![Noch einmal Käse](kaese.png)
"""


def png(path: Path, rgb: tuple[int, int, int], size: int = 8) -> Path:
    """A real PNG of one colour (WordPress checks that an upload is an image)."""
    row = b"\x00" + bytes(rgb) * size
    raw = row * size

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return path


def make_article(folder: Path, *, colour: tuple[int, int, int] = (200, 120, 40),
                 tags: str = "[Landwirtschaft, Handel]", kicker: str = "Marktgeschehen",
                 slug: str = "wochenmaerkte-im-wandel") -> Path:
    """The sample article with a second, inline figure and a script in the body."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(paths.resource("sample", "wochenmarkt.png"), folder / "wochenmarkt.png")
    png(folder / "kaese.png", colour)
    text = read_text(paths.sample_article()).text
    text = text.replace("tags:\n  - Landwirtschaft\n  - Handel\n  - Regionales\n", f"tags: {tags}\n")
    text = text.replace("kicker: Marktgeschehen", f"kicker: {kicker}")
    text = text.replace("slug: wochenmaerkte-im-wandel", f"slug: {slug}")
    text = text.replace("## Was Städte davon haben", BODY_EXTRA + "\n## Was Städte davon haben")
    path = folder / "artikel.md"
    path.write_text(text, encoding="utf-8")
    return path


def load(path: Path) -> Article:
    return Article.from_text(read_text(path).text, path)


def site_for(wordpress, user: str = "admin", **options) -> Site:
    return Site(name="test", url=wordpress.url, user=user, **options)


def all_media(wordpress) -> list[dict]:
    return wordpress.get("/wp/v2/media", per_page="100", context="edit")


@pytest.fixture(scope="module")
def first_send(wordpress, tmp_path_factory):
    """The sample article sent once by the admin: (path, result)."""
    path = make_article(tmp_path_factory.mktemp("first"))
    result = send_article(load(path), site_for(wordpress), wordpress.passwords["admin"])
    record_in_file(path, "test", result.record)
    return path, result


def test_the_draft_carries_headline_teaser_slug_date_and_status(wordpress, first_send) -> None:
    _path, result = first_send
    post = wordpress.get(f"/wp/v2/posts/{result.post_id}", context="edit")
    assert result.created and post["status"] == "draft"
    assert post["title"]["raw"] == "Wochenmärkte im Wandel: Warum Erzeuger wieder selbst verkaufen"
    assert post["excerpt"]["raw"].startswith("Immer mehr Höfe verkaufen Gemüse, Käse und Brot")
    assert "Was steckt hinter dem Trend – und was bedeutet er" in post["excerpt"]["raw"]
    assert post["slug"] == "wochenmaerkte-im-wandel"
    assert post["date"] == "2026-11-20T00:00:00"
    assert post["author"] == wordpress.user_ids["jvogt"]  # "Jana Vogt" is a user there


def test_the_content_is_the_fragment_with_figures_credits_and_no_script(wordpress, first_send) -> None:
    _path, result = first_send
    content = wordpress.get(f"/wp/v2/posts/{result.post_id}", context="edit")["content"]["raw"]
    assert "<script" not in content and "alert(" not in content
    assert "<h2>Kurze Wege, faire Preise</h2>" in content
    assert "<figcaption><span>Käse vom Hof nebenan.</span> <small>Foto: Max Muster | Hofpresse</small></figcaption>" in content
    # The picture is the uploaded one, not the file name on the writer's disk.
    uploads = f"{wordpress.url}/wp-content/uploads/"
    assert 'src="kaese.png"' not in content
    assert content.count(f'src="{uploads}') == 2
    # The site shows the featured image itself (the default), so it is not in the content;
    # the author box is.
    assert "Samstagmorgen auf dem Wochenmarkt" not in content
    assert "Redakteurin Wirtschaft" in content
    rendered = wordpress.get(f"/wp/v2/posts/{result.post_id}", context="edit")["content"]["rendered"]
    assert "Foto: Max Muster | Hofpresse" in rendered


def test_the_featured_image_has_alt_text_and_caption_with_credit(wordpress, first_send) -> None:
    _path, result = first_send
    post = wordpress.get(f"/wp/v2/posts/{result.post_id}", context="edit")
    media = wordpress.get(f"/wp/v2/media/{post['featured_media']}", context="edit")
    assert media["alt_text"] == "Marktstände mit Gemüsekisten unter bunten Markisen"
    assert media["caption"]["raw"] == (
        "Samstagmorgen auf dem Wochenmarkt – die Stände sind früh aufgebaut. "
        "Beitragsbild (Montage): Jana Vogt | Feder-Redaktion"
    )
    assert media["media_type"] == "image"
    inline = next(m for m in all_media(wordpress) if m["id"] != media["id"] and m["alt_text"] == "Ein Stand mit Käse")
    assert inline["source_url"] in post["content"]["raw"]


def test_tags_and_kicker_become_tags_and_a_category(wordpress, first_send) -> None:
    _path, result = first_send
    post = wordpress.get(f"/wp/v2/posts/{result.post_id}", context="edit")
    tags = {wordpress.get(f"/wp/v2/tags/{t}")["name"] for t in post["tags"]}
    categories = [wordpress.get(f"/wp/v2/categories/{c}")["name"] for c in post["categories"]]
    assert tags == {"Landwirtschaft", "Handel"}
    assert categories == ["Marktgeschehen"]
    assert result.notes == []


def test_the_front_matter_records_the_post_and_only_that_key_changed(first_send, tmp_path) -> None:
    path, result = first_send
    article = load(path)
    record = previous_record(article, "test")
    assert record["id"] == result.post_id and record["url"] == result.link
    assert len(record["media"]) == 2  # featured + the inline picture (used twice, sent once)
    pristine = read_text(make_article(tmp_path / "pristine")).text
    after = read_text(path).text
    assert set_field(after, "publish", None) == pristine
    assert after.index("publish:") > after.index("spelling:")  # added at the end, nothing moved


def test_a_second_send_updates_the_same_draft_and_reuses_the_media(wordpress, first_send) -> None:
    path, first = first_send
    media_before = {m["id"] for m in all_media(wordpress)}
    path.write_text(path.read_text(encoding="utf-8").replace(
        'title: "Wochenmärkte im Wandel', 'title: "Neu: Wochenmärkte im Wandel'), encoding="utf-8")
    result = send_article(load(path), site_for(wordpress), wordpress.passwords["admin"])
    record_in_file(path, "test", result.record)
    assert result.post_id == first.post_id and not result.created
    assert result.uploaded == [] and len(result.reused) == 2
    assert {m["id"] for m in all_media(wordpress)} == media_before
    post = wordpress.get(f"/wp/v2/posts/{first.post_id}", context="edit")
    assert post["title"]["raw"].startswith("Neu: Wochenmärkte")
    assert post["status"] == "draft"
    same_slug = wordpress.get("/wp/v2/posts", slug="wochenmaerkte-im-wandel", status="draft", context="edit")
    assert len(same_slug) == 1


def test_a_changed_picture_is_uploaded_anew(wordpress, tmp_path) -> None:
    path = make_article(tmp_path / "a", colour=(10, 200, 10), slug="geaendertes-bild")
    first = send_article(load(path), site_for(wordpress), wordpress.passwords["admin"])
    record_in_file(path, "test", first.record)
    png(path.parent / "kaese.png", (10, 10, 250))
    second = send_article(load(path), site_for(wordpress), wordpress.passwords["admin"])
    assert second.post_id == first.post_id
    assert [m.name for m in second.uploaded] == ["kaese.png"]


def test_a_post_no_longer_a_draft_is_not_overwritten_without_force(wordpress, tmp_path) -> None:
    path = make_article(tmp_path / "live", slug="schon-veroeffentlicht")
    first = send_article(load(path), site_for(wordpress), wordpress.passwords["admin"])
    record_in_file(path, "test", first.record)
    wordpress.php(f"wp_publish_post({first.post_id});")
    before = path.read_bytes()
    with pytest.raises(NotADraft) as refused:
        send_article(load(path), site_for(wordpress), wordpress.passwords["admin"])
    assert "no longer a draft" in refused.value.text() and "publish" in refused.value.text()
    assert path.read_bytes() == before
    forced = send_article(load(path), site_for(wordpress), wordpress.passwords["admin"], force=True)
    post = wordpress.get(f"/wp/v2/posts/{first.post_id}", context="edit")
    assert forced.post_id == first.post_id and post["status"] == "publish"


def test_a_wrong_password_names_the_step(wordpress, tmp_path) -> None:
    path = make_article(tmp_path / "pw")
    with pytest.raises(PublishError) as failed:
        send_article(load(path), site_for(wordpress), "abcd efgh ijkl mnop qrst uvwx")
    assert failed.value.step == "connect" and failed.value.status == 401
    assert "refused the user name or the application password" in failed.value.text()


def test_a_user_without_upload_rights_gets_a_clear_message(wordpress, tmp_path) -> None:
    path = make_article(tmp_path / "contrib", colour=(1, 2, 3), slug="beitrag-ohne-upload")
    posts_before = len(wordpress.get("/wp/v2/posts", status="draft", per_page="100", context="edit"))
    with pytest.raises(PublishError) as failed:
        send_article(load(path), site_for(wordpress, "contributor"), wordpress.passwords["contributor"])
    assert failed.value.step == "media" and failed.value.status == 403
    assert "may not upload images" in failed.value.text()
    assert len(wordpress.get("/wp/v2/posts", status="draft", per_page="100", context="edit")) == posts_before


def test_an_author_may_add_tags_but_no_category_or_other_author_and_is_told(wordpress, tmp_path) -> None:
    # WordPress lets whoever may assign tags create them; categories need an editor.
    path = make_article(tmp_path / "author", colour=(9, 9, 9), tags="[Handel, Nagelneu]",
                        kicker="Neue Rubrik", slug="von-der-autorin")
    result = send_article(load(path), site_for(wordpress, "author"), wordpress.passwords["author"])
    post = wordpress.get(f"/wp/v2/posts/{result.post_id}", context="edit")
    assert post["status"] == "draft" and post["author"] == wordpress.user_ids["author"]
    assert {wordpress.get(f"/wp/v2/tags/{t}")["name"] for t in post["tags"]} == {"Handel", "Nagelneu"}
    assert [wordpress.get(f"/wp/v2/categories/{c}")["name"] for c in post["categories"]] == ["Uncategorized"]
    notes = [note.text() for note in result.notes]
    assert any("category Neue Rubrik" in n for n in notes), notes
    assert not any("tags" in n for n in notes), notes
    assert any("may not set another author" in n and "Jana Vogt" in n for n in notes), notes
    assert not wordpress.get("/wp/v2/categories", search="Neue Rubrik")


def test_a_site_set_not_to_create_terms_lists_what_was_not_mapped(wordpress, tmp_path) -> None:
    path = make_article(tmp_path / "noterms", tags="[Handel, Ganz neu, Auch neu]",
                        kicker="Unbekannt", slug="ohne-neue-begriffe")
    site = site_for(wordpress, create_terms=False)
    result = send_article(load(path), site, wordpress.passwords["admin"])
    post = wordpress.get(f"/wp/v2/posts/{result.post_id}", context="edit")
    assert {wordpress.get(f"/wp/v2/tags/{t}")["name"] for t in post["tags"]} == {"Handel"}
    notes = [note.text() for note in result.notes]
    assert any("tags Ganz neu, Auch neu" in n for n in notes), notes
    assert any("category Unbekannt" in n for n in notes), notes
    assert not wordpress.get("/wp/v2/tags", search="Ganz neu")


def test_cancelling_lists_the_uploads_and_the_next_send_reuses_them(wordpress, tmp_path) -> None:
    path = make_article(tmp_path / "cancel", colour=(77, 66, 55), slug="abgebrochen")
    before = path.read_bytes()
    steps: list[str] = []
    with pytest.raises(SendError) as cancelled:
        send_article(load(path), site_for(wordpress), wordpress.passwords["admin"],
                     progress=lambda p: steps.append(p.step), cancelled=lambda: "terms" in steps)
    assert cancelled.value.code == "cancelled"
    assert "Already uploaded to the media library: " in cancelled.value.text()
    assert "kaese.png (#" in cancelled.value.text()
    assert path.read_bytes() == before
    again = send_article(load(path), site_for(wordpress), wordpress.passwords["admin"])
    assert again.uploaded == [] and {m.name for m in again.reused} == {"wochenmarkt.png", "kaese.png"}


def test_a_plugin_that_rejects_the_post_is_named(wordpress, tmp_path) -> None:
    path = make_article(tmp_path / "plugin", slug="abgelehnt")
    wordpress.set_option("feder_test_reject_posts", 1)
    try:
        with pytest.raises(PublishError) as failed:
            send_article(load(path), site_for(wordpress), wordpress.passwords["admin"])
    finally:
        wordpress.set_option("feder_test_reject_posts", 0)
    assert failed.value.step == "post"
    assert "Posts are frozen by the Lockdown plugin." in failed.value.text()
    assert "feder_test_rejected" in failed.value.text()


def test_a_switched_off_rest_api_is_reported(wordpress, tmp_path) -> None:
    path = make_article(tmp_path / "off")
    wordpress.set_option("feder_test_rest_off", 1)
    try:
        with pytest.raises(PublishError) as failed:
            send_article(load(path), site_for(wordpress), wordpress.passwords["admin"])
    finally:
        wordpress.set_option("feder_test_rest_off", 0)
    assert failed.value.step == "connect" and failed.value.code == "no_rest_api"
    assert "switched off" in failed.value.text()


def test_the_api_is_found_at_wp_json_or_through_rest_route(wordpress) -> None:
    from editor.core.publish.wordpress import WordPress

    plain = WordPress(wordpress.url, "admin", wordpress.passwords["admin"])
    assert plain.connect()["id"] == wordpress.user_ids["admin"]
    assert plain.uses_rest_route  # /wp-json/ is a 404 page on the test site
    wordpress.block_pretty_urls(False)
    wordpress.php("update_option('permalink_structure', '/%postname%/'); flush_rewrite_rules();")
    try:
        pretty = WordPress(wordpress.url, "admin", wordpress.passwords["admin"])
        me = pretty.connect()
    finally:
        wordpress.php("update_option('permalink_structure', ''); flush_rewrite_rules();")
        wordpress.block_pretty_urls(True)
    assert me["id"] == wordpress.user_ids["admin"] and not pretty.uses_rest_route


def test_a_stopped_server_is_unreachable(wordpress, tmp_path) -> None:
    path = make_article(tmp_path / "down")
    wordpress.stop_web()
    try:
        with pytest.raises(PublishError) as failed:
            send_article(load(path), site_for(wordpress), wordpress.passwords["admin"], timeout=5)
    finally:
        wordpress.start_web()
    assert failed.value.step == "connect" and failed.value.code == "unreachable"
    assert "cannot be reached" in failed.value.text()


# ---- the command line, as a script runs it -------------------------------------


def feder(*args: str | Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "editor", *map(str, args)],
        env={**os.environ, "LANG": "C.UTF-8", "LANGUAGE": "en", "PYTHONPATH": str(ROOT), **env},
        capture_output=True, text=True, timeout=120, check=False,
    )


def test_feder_publish_from_the_command_line(wordpress, tmp_path) -> None:
    path = make_article(tmp_path / "cli", colour=(30, 60, 90), slug="von-der-kommandozeile")
    config = {"FEDER_CONFIG_DIR": str(tmp_path / "config")}
    added = feder("site", "add", "blog", wordpress.url, "--user", "admin", env=config)
    assert added.returncode == 0, added.stderr
    assert SiteStore(tmp_path / "config" / "sites.yaml").get("blog").url == wordpress.url
    listed = feder("site", "list", env=config)
    assert listed.stdout.startswith(f"blog\t{wordpress.url}\tadmin\t")

    env = {**config, "FEDER_WP_PASSWORD": wordpress.passwords["admin"]}
    sent = feder("publish", path, "--site", "blog", env=env)
    assert sent.returncode == 0, sent.stderr
    record = previous_record(load(path), "blog")
    assert f"Draft created on blog: {record['url']}" in sent.stdout
    assert "Saving the draft" in sent.stderr
    # The sample has only warnings of the pre-publish check: printed, and sent all the same.
    assert any(line.startswith(f"{path}:") and line.endswith("Image without credit: kaese.png")
               for line in sent.stderr.splitlines())
    assert "error(s)" not in sent.stderr
    again = feder("publish", path, "--site", "blog", env=env)
    assert again.returncode == 0, again.stderr
    assert "Draft updated on blog" in again.stdout and "Images uploaded: 0, re-used: 2." in again.stdout
    assert previous_record(load(path), "blog")["id"] == record["id"]

    wordpress.php(f"wp_publish_post({record['id']});")
    before = path.read_bytes()
    refused = feder("publish", path, "--site", "blog", env=env)
    assert refused.returncode == 3
    assert "no longer a draft" in refused.stderr and "--force" in refused.stderr
    assert path.read_bytes() == before
    forced = feder("publish", path, "--site", "blog", "--force", env=env)
    assert forced.returncode == 0, forced.stderr

    wrong = feder("publish", path, "--site", "blog", env={**config, "FEDER_WP_PASSWORD": "falsch"})
    assert wrong.returncode == 1
    assert wrong.stderr.splitlines()[-1].startswith("feder: Connecting to the site: The site refused")

    removed = feder("site", "remove", "blog", env=config)
    assert removed.returncode == 0
    assert feder("site", "list", env=config).stdout.startswith("No sites yet")


LOCAL_LINK = "\nMehr im [Intranet](http://localhost/intern/markt) der Redaktion.\n"


def test_feder_publish_runs_the_pre_publish_check_and_errors_stop_it(wordpress, tmp_path) -> None:
    path = make_article(tmp_path / "check", slug="mit-pruefung")
    path.write_text(path.read_text(encoding="utf-8") + LOCAL_LINK, encoding="utf-8")
    env = {"FEDER_CONFIG_DIR": str(tmp_path / "config"), "FEDER_WP_PASSWORD": wordpress.passwords["admin"]}
    assert feder("site", "add", "blog", wordpress.url, "--user", "admin", env=env).returncode == 0
    checked = feder("check", "--no-spelling", path, env=env)
    local_line = next(line for line in checked.stdout.splitlines() if "localhost/intern" in line)
    assert local_line.startswith(f"{path}:")  # FILE:LINE:COLUMN: message, as feder check prints it

    before = path.read_bytes()
    refused = feder("publish", path, "--site", "blog", env=env)
    assert refused.returncode == 4, refused.stderr
    assert local_line in refused.stderr.splitlines()
    assert "nothing was sent" in refused.stderr and "--anyway" in refused.stderr
    assert "Connecting" not in refused.stderr
    assert wordpress.get("/wp/v2/posts", slug="mit-pruefung", status="draft", context="edit") == []
    assert path.read_bytes() == before

    sent = feder("publish", path, "--site", "blog", "--anyway", env=env)
    assert sent.returncode == 0, sent.stderr
    assert local_line in sent.stderr.splitlines() and "sending anyway" in sent.stderr
    drafts = wordpress.get("/wp/v2/posts", slug="mit-pruefung", status="draft", context="edit")
    assert len(drafts) == 1 and "localhost/intern" in drafts[0]["content"]["raw"]


def test_a_read_only_article_gets_the_draft_but_says_what_to_write(wordpress, tmp_path) -> None:
    path = make_article(tmp_path / "ro", slug="schreibgeschuetzt")
    path.chmod(0o444)
    before = path.read_bytes()
    env = {"FEDER_CONFIG_DIR": str(tmp_path / "config"), "FEDER_WP_PASSWORD": wordpress.passwords["admin"]}
    assert feder("site", "add", "blog", wordpress.url, "--user", "admin", env=env).returncode == 0
    sent = feder("publish", path, "--site", "blog", env=env)
    assert sent.returncode == 1
    message = sent.stderr.splitlines()[-1]
    drafts = wordpress.get("/wp/v2/posts", slug="schreibgeschuetzt", status="draft", context="edit")
    assert len(drafts) == 1
    assert message.startswith("feder: The draft is on blog (") and "read-only" in message
    assert f"publish: {{blog: {{id: {drafts[0]['id']}}}}}" in message
    assert path.read_bytes() == before
