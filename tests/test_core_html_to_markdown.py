"""Clipboard HTML from Word, LibreOffice, Google Docs and web pages becomes clean Markdown.

The samples in tests/data/clipboard/ are written after what those programs
put on the clipboard (style sheets, span soup, Word's fake list paragraphs,
Google's all-enclosing <b>). Each result is also rendered, so the Markdown is
checked to mean what the HTML meant.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.paste.html_to_markdown import Conversion, convert, html_to_markdown
from editor.core.render.render import Renderer

SAMPLES = Path(__file__).parent / "data" / "clipboard"
NBSP = "\u00a0"


def sample(name: str) -> str:
    return html_to_markdown((SAMPLES / name).read_text(encoding="utf-8"))


def render(markdown: str) -> str:
    return Renderer("de_DE").render(markdown)


def test_word() -> None:
    assert sample("word.html") == (
        "# Der Hafen am Morgen\n\n"
        "# Ankunft der Schiffe\n\n"
        f"Um sechs Uhr legt die **Santa Maria** an, *pünktlich wie{NBSP}immer*. Mehr dazu bei "
        "[Hafen Hamburg](https://www.hafen-hamburg.de/de/schiffe/).\n\n"
        "- Container aus **Shanghai**\n"
        "    - davon 40 Prozent Elektronik\n"
        "- Autos aus Bremerhaven\n\n"
        "Die Reihenfolge:\n\n"
        "1. Lotsen an Bord\n"
        "2. Festmachen\n\n"
        "> „Wir sind stolz auf diesen Hafen.“\n\n"
        "Foto:  \n"
        "![Containerschiff am Kai]"
        "(file:///C:/Users/anna/AppData/Local/Temp/msohtmlclip1/01/clip_image002.jpg)"
    )


def test_word_lists_render_as_nested_lists() -> None:
    html = render(sample("word.html"))
    assert "<ul>\n<li>Container aus <strong>Shanghai</strong><ul>" in html
    assert "<ol>\n<li>Lotsen an Bord</li>\n<li>Festmachen</li>\n</ol>" in html
    assert "supportLists" not in html and "·" not in html


def test_libreoffice() -> None:
    assert sample("libreoffice.html") == (
        "## Zwischenbilanz\n\n"
        f"Der Umsatz stieg um **12{NBSP}Prozent**, der Gewinn *sank* leicht. Siehe "
        "[Bericht (2024)](https://example.org/bericht?jahr=2024&teil=2).\n\n"
        "- Erstens\n"
        "    - Unterpunkt mit ***Betonung***\n"
        "- Zweitens\n\n"
        "3. Drei\n"
        "4. Vier\n\n"
        "Erste Zeile  \n"
        "zweite Zeile\n\n"
        "> Ein Zitat mit \\*Sternchen\\* und 5 < 7."
    )


def test_google_docs() -> None:
    # Google wraps everything in <b style="font-weight:normal"> and writes bold and
    # italic as span styles; links go through a redirect.
    assert sample("google_docs.html") == (
        "# Wahl in Berlin\n\n"
        "Die Beteiligung lag bei **63 Prozent**, so *hoch wie nie*. Quelle: "
        "[Landeswahlleiter](https://www.wahlen-berlin.de/ergebnisse).\n\n"
        "- SPD vorn\n"
        "    - knapp\n"
        "- CDU dahinter\n\n"
        "![Wahllokal in Kreuzberg](https://lh7-us.googleusercontent.com/docsz/AD_4nXabc123)"
    )


def test_web_page() -> None:
    assert sample("web_page.html") == (
        "## Was die Reform bringt\n\n"
        "Die Reform gilt ab **1. Januar**. Wer *vorher* kündigt, zahlt nach dem alten Tarif – "
        'so steht es im [Gesetz](https://example.org/gesetz#p3 "Gesetzestext"). '
        "Der Befehl `rm -rf` hat damit nichts zu tun, auch nicht ``a `b` c``.\n\n"
        "![Der Bundestag](https://example.org/bilder/reform.jpg 'Abstimmung im \"Bundestag\"')\n\n"
        "> Das ist ein guter Tag.\n"
        ">\n"
        "> Sagte die **Ministerin**.\n\n"
        "### Die Zahlen\n\n"
        "| Jahr | Betrag |\n"
        "| --- | --- |\n"
        f"| 2024 | 1.200{NBSP}€ |\n"
        "| 2025 | 1.350 € \\| netto |\n\n"
        "````\nZeile 1\n    eingerückt\n```\n````\n\n"
        "\\# Kein Titel, sondern Text mit 2 * 3 = 6 und [Klammern] und snake_case_name.\n\n"
        "1. Erstens\n"
        "2. Zweitens\n"
        "    1. Zwei A\n\n"
        "---\n\n"
        "~~veraltet~~ neu<sup>2</sup>"
    )


def test_web_page_renders_as_meant() -> None:
    html = render(sample("web_page.html"))
    assert "<h1>" not in html  # the escaped "#" stays text
    assert "<p># Kein Titel" in html
    assert "<code>a `b` c</code>" in html
    assert "<figure>" in html and "Abstimmung im" in html
    assert "<table>" in html and "1.350 € | netto" in html
    assert "<del>veraltet</del>" in html
    assert "track(" not in html and ".ad{" not in html


@pytest.mark.parametrize(
    ("html", "markdown"),
    [
        # emphasis split over spans merges; markers hug words, not spaces
        ("<b>Fe</b><b>tt </b>und<i> kursiv</i>", "**Fett** und *kursiv*"),
        ("<b>fett <i>beides</i> fett</b>", "**fett *beides* fett**"),
        (
            '<span style="font-weight:bold">a</span> <span style="font-style:italic">b</span>',
            "**a** *b*",
        ),
        ('<b style="mso-bidi-font-weight:normal">Word</b>', "**Word**"),
        ("<h2><b>Titel</b></h2>", "## Titel"),
        ("<p>a<br>b<br></p>", "a  \nb"),
        ("<p>&nbsp;</p><p>Text&nbsp; mit&nbsp;&nbsp;Lücken</p>", f"Text mit{NBSP}Lücken"),
        ("<p>Trenn\u00adstrich und\u200bnull</p>", "Trennstrich undnull"),
        ('<a href="javascript:alert(1)">klick</a>', "klick"),
        ('<a href="#oben">nach oben</a>', "nach oben"),
        ('<a href="https://x.org/a b(c)">x</a>', "[x](https://x.org/a%20b%28c%29)"),
        ('<img src="data:image/png;base64,AAAA" alt="eingebettet">', ""),
        ('<a href="https://x.org"><img src="a.png" alt="A"></a>', "[![A](a.png)](https://x.org)"),
        ("<p>*Stern* und _unter_ und [a](b)</p>", "\\*Stern\\* und \\_unter\\_ und \\[a\\](b)"),
        (
            "<p>- kein Punkt</p><p>1. kein Eintrag</p><p>&gt; kein Zitat</p>",
            "\\- kein Punkt\n\n1\\. kein Eintrag\n\n\\> kein Zitat",
        ),
        ("<p>&lt;b&gt;kein Tag&lt;/b&gt;</p>", "&lt;b>kein Tag&lt;/b>"),
        ("<ul><li>eins<li>zwei</ul>", "- eins\n- zwei"),
        ("<p>offen<p>zu", "offen\n\nzu"),
        ("<div>Text <div>Block</div> mehr</div>", "Text\n\nBlock\n\nmehr"),
        ('<pre><code class="language-python">x = 1\n</code></pre>', "```python\nx = 1\n```"),
        ("<p>Fuß<sup>1</sup></p>", "Fuß<sup>1</sup>"),
        ("<table><tr><td><p>a</p><ul><li>b</li></ul></td></tr></table>", "a\n\n- b"),
        ("", ""),
        ("Version:0.9\r\nStartHTML:00000097\r\n<p><b>x</b></p>", "**x**"),
    ],
)
def test_cases(html: str, markdown: str) -> None:
    assert html_to_markdown(html) == markdown


def test_unformatted_html_says_so() -> None:
    # Code copied from an IDE is HTML full of coloured spans; plain text is the better paste.
    html = '<div style="white-space: pre;"><div><span style="color: #569cd6;">def</span> f():</div></div>'
    assert convert(html) == Conversion("def f():", formatted=False)
    assert convert("<p><em>x</em></p>").formatted
    assert convert('<p><a href="https://x.org">x</a></p>').formatted


def test_broken_html_never_raises() -> None:
    assert html_to_markdown("<b><i>x</b> y</i>") == "***x*** y"
    assert html_to_markdown("</p></div>text") == "text"
    assert html_to_markdown("<ul><ul><li>x") == "-\n    - x"
    assert html_to_markdown("<table><td>x") == "x"  # no row: not a data table
    assert html_to_markdown("<![if x]>y<![endif]>") == "y"


def test_deep_nesting_and_a_long_page() -> None:
    assert html_to_markdown("<div>" * 5000 + "tief" + "</div>" * 5000) == "tief"
    page = "<p>Absatz mit <b>fett</b> und <a href='https://x.org'>Link</a>.</p>" * 5000
    markdown = html_to_markdown(page)
    assert markdown.count("**fett**") == 5000
