"""Absolute image paths become relative at the first save (#17, point 4)."""

from __future__ import annotations

from pathlib import Path

from editor.core.checks.image_paths import absolute_images, make_relative, outside
from editor.core.text.article import Article


def article_text(featured: Path, body_image: Path) -> str:
    return (
        "---\n"
        "title: Markt\n"
        "image:\n"
        f"  src: {featured}\n"
        "  alt: Stände\n"
        "---\n"
        "Text.\n\n"
        f'![Brot]({body_image} "Am Stand"){{credit="Foto: Jana"}}\n\n'
        "![Web](https://example.org/a.png)\n"
    )


def pictures(tmp_path: Path) -> tuple[Path, Path]:
    fotos = tmp_path / "fotos"
    fotos.mkdir()
    a, b = fotos / "markt.png", fotos / "brot.png"
    a.write_bytes(b"\x89PNG markt")
    b.write_bytes(b"\x89PNG brot")
    return a, b


def test_absolute_paths_are_found_in_front_matter_and_body(tmp_path) -> None:
    a, b = pictures(tmp_path)
    found = absolute_images(article_text(a, b))
    assert [(i.path, i.featured) for i in found] == [(a, True), (b, False)]


def test_copy_puts_the_images_into_bilder_beside_the_article(tmp_path) -> None:
    a, b = pictures(tmp_path)
    folder = tmp_path / "artikel"
    folder.mkdir()
    text, copied = make_relative(article_text(a, b), folder, copy=True)
    assert copied == [folder / "bilder" / "markt.png", folder / "bilder" / "brot.png"]
    assert (folder / "bilder" / "brot.png").read_bytes() == b"\x89PNG brot"
    article = Article.from_text(text)
    assert article.image.src == "bilder/markt.png"
    assert article.image.alt == "Stände"  # the other image keys stay
    assert '![Brot](bilder/brot.png "Am Stand"){credit="Foto: Jana"}' in text
    assert "https://example.org/a.png" in text
    assert str(tmp_path) not in text


def test_keeping_the_link_makes_it_relative(tmp_path) -> None:
    a, b = pictures(tmp_path)
    folder = tmp_path / "artikel"
    folder.mkdir()
    text, copied = make_relative(article_text(a, b), folder, copy=False)
    assert copied == []
    assert Article.from_text(text).image.src == "../fotos/markt.png"
    assert "](../fotos/brot.png " in text
    assert not (folder / "bilder").exists()


def test_a_taken_name_gets_a_number_and_the_same_file_is_reused(tmp_path) -> None:
    a, b = pictures(tmp_path)
    folder = tmp_path / "artikel"
    (folder / "bilder").mkdir(parents=True)
    (folder / "bilder" / "markt.png").write_bytes(b"another picture")
    (folder / "bilder" / "brot.png").write_bytes(b"\x89PNG brot")
    _text, copied = make_relative(article_text(a, b), folder, copy=True)
    assert copied == [folder / "bilder" / "markt-2.png", folder / "bilder" / "brot.png"]
    assert (folder / "bilder" / "markt.png").read_bytes() == b"another picture"  # not overwritten


def test_images_inside_the_folder_and_relative_ones_need_no_question(tmp_path) -> None:
    folder = tmp_path / "artikel"
    (folder / "bilder").mkdir(parents=True)
    inside = folder / "bilder" / "x.png"
    inside.write_bytes(b"x")
    text = f"![X]({inside})\n\n![Y](bilder/y.png)\n"
    assert outside(absolute_images(text), folder) == []
    new, copied = make_relative(text, folder, copy=True)
    assert new == "![X](bilder/x.png)\n\n![Y](bilder/y.png)\n"
    assert copied == []


def test_a_text_without_absolute_paths_is_unchanged(tmp_path) -> None:
    text = "---\nimage: bilder/a.png\n---\n![A](a.png)\n"
    assert absolute_images(text) == []
    assert make_relative(text, tmp_path, copy=True) == (text, [])


def test_a_missing_file_is_left_as_written(tmp_path) -> None:
    text = f"![A]({tmp_path}/weg.png)\n"
    assert make_relative(text, tmp_path / "artikel", copy=True) == (text, [])
