"""German test articles of a chosen length for the benchmarks (our own words).

Every article is built from a fixed seed, so two runs — and the two editors
in one run — work on byte-identical text. It has what a real article has:
front matter, headings, paragraphs with emphasis, links and quotes, bullet
and numbered lists, tables, block quotes and a few typos for the spellchecker.

The last paragraph carries :func:`end_marker`, a phrase found nowhere else,
so a probe knows the preview shows the whole article once it sees that phrase.

The hand-written lists give about 260 different words; a real 100k-word
article uses thousands, and a per-word cache (Feder's spellchecker) would
look better than it is. So :func:`dictionary_nouns` adds nouns from the
installed German hunspell list (20,000 of them), which brings 100k words to
several thousand different words; the same list gives the same text.

Run ``python benchmarks/articles.py WORDS`` to print one.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

# (article, noun): nominative singular; "der/die/das neue X" needs no declension.
NOUNS = [
    ("der", "Gemeinderat"),
    ("die", "Bürgermeisterin"),
    ("das", "Rathaus"),
    ("der", "Haushalt"),
    ("die", "Verwaltung"),
    ("das", "Unternehmen"),
    ("der", "Verkehr"),
    ("die", "Straßenbahn"),
    ("das", "Gutachten"),
    ("der", "Markt"),
    ("die", "Schule"),
    ("das", "Krankenhaus"),
    ("der", "Stadtteil"),
    ("die", "Genossenschaft"),
    ("das", "Bündnis"),
    ("der", "Vorschlag"),
    ("die", "Entscheidung"),
    ("das", "Projekt"),
    ("der", "Bahnhof"),
    ("die", "Bibliothek"),
    ("das", "Wohngebiet"),
    ("der", "Radweg"),
    ("die", "Feuerwehr"),
    ("das", "Hallenbad"),
    ("der", "Landkreis"),
    ("die", "Bäckerei"),
    ("das", "Theater"),
    ("der", "Wochenmarkt"),
    ("die", "Kommission"),
    ("das", "Ministerium"),
    ("der", "Betriebsrat"),
    ("die", "Handwerkskammer"),
    ("das", "Stadtwerk"),
    ("der", "Förderverein"),
    ("die", "Umgehungsstraße"),
    ("das", "Jugendzentrum"),
]
ADJECTIVES = [
    "neue",
    "geplante",
    "umstrittene",
    "städtische",
    "große",
    "kleine",
    "öffentliche",
    "zuständige",
    "regionale",
    "frühere",
    "jährliche",
    "gemeinsame",
    "zukünftige",
    "wirtschaftliche",
    "überraschende",
    "längere",
    "günstige",
    "schwierige",
]
VERB_PHRASES = [
    "sorgt seit Wochen für Gesprächsstoff",
    "legt am Dienstag einen Bericht vor",
    "verschiebt die Abstimmung auf den Herbst",
    "rechnet mit deutlich höheren Kosten",
    "prüft mehrere Möglichkeiten",
    "will bis zum Jahresende entscheiden",
    "stößt bei Anwohnern auf Kritik",
    "erhält Unterstützung aus dem Land",
    "wartet noch auf die Genehmigung",
    "hat die Frist zweimal verlängert",
    "spart nach eigenen Angaben Geld",
    "bleibt vorerst geschlossen",
    "öffnet im Frühjahr wieder",
    "fordert mehr Personal",
    "bekommt einen neuen Standort",
    "schafft zusätzliche Arbeitsplätze",
]
COMPLEMENTS = [
    "obwohl die Zahlen noch vorläufig sind",
    "wie eine Sprecherin bestätigte",
    "nachdem der Ausschuss getagt hatte",
    "weil die Preise für Material gestiegen sind",
    "während die Opposition Bedenken äußert",
    "damit die Bauarbeiten pünktlich beginnen können",
    "sodass viele Familien profitieren",
    "bevor der Winter kommt",
    "seit die Förderung ausgelaufen ist",
    "als die Verhandlungen ins Stocken gerieten",
]
OPENERS = [
    "Nach Angaben der Stadt",
    "Im vergangenen Jahr",
    "Am Montagabend",
    "Laut einer Umfrage",
    "Zum ersten Mal",
    "Trotz aller Bedenken",
    "Bereits im Sommer",
    "Auf Nachfrage",
    "Im Gegensatz dazu",
    "Unterdessen",
]
QUOTES = [
    "Wir haben lange gerungen, aber jetzt liegt ein tragfähiger Plan vor",
    "Das ist ein gutes Signal für die ganze Region",
    "Niemand hat mit einem so großen Andrang gerechnet",
    "Wir müssen jetzt genau hinschauen, wohin das Geld fließt",
]
SPEAKERS = ["sagte die Bürgermeisterin", "erklärte der Kämmerer", "betonte eine Anwohnerin"]
HEADINGS = [
    "Was die Stadt plant",
    "Kosten und Finanzierung",
    "Kritik aus der Nachbarschaft",
    "Wie es weitergeht",
    "Die Zahlen im Überblick",
    "Stimmen aus dem Rat",
    "Ein Blick zurück",
    "Was Bürgerinnen und Bürger wissen müssen",
]
LINK_TEXTS = [
    ("im", "Sitzungsprotokoll"),
    ("im", "Haushaltsplan"),
    ("im", "Bericht des Landes"),
    ("in der", "Pressemitteilung"),
]
TYPOS = ["Verwaltnug", "Bürgermeisterinn", "Haushaltplan", "entschieden hat hat", "Genemigung"]
TABLE_ROWS = [
    ("Straßenbahn", "12,4 Mio. €", "2026"),
    ("Radwege", "3,1 Mio. €", "2025"),
    ("Schulen", "8,7 Mio. €", "2027"),
    ("Hallenbad", "5,9 Mio. €", "2026"),
    ("Bibliothek", "1,2 Mio. €", "2025"),
]

TOPICS = ["beim Thema", "im Bereich", "rund um das Stichwort", "mit Blick auf das Stichwort"]
DICTIONARY = Path("/usr/share/hunspell/de_DE.dic")

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_NOUN = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{3,20}")


def end_marker(words: int) -> str:
    """The phrase in the article's last paragraph and nowhere else."""
    return f"Berichtsende {words} Schlusszeile"


def dictionary_nouns(path: Path = DICTIONARY) -> list[str]:
    """Nouns of a hunspell word list (flag ``m``), sorted; empty when it is not installed."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    found = set()
    for line in lines:
        word, _, flags = line.partition("/")
        if "m" in flags and _NOUN.fullmatch(word):
            found.add(word)
    return sorted(found)


def make_article(words: int, seed: int = 4711, nouns: list[str] | tuple[str, ...] = ()) -> str:
    """A Markdown article (front matter + body) of about ``words`` words of prose.

    ``nouns`` (see :func:`dictionary_nouns`) widen the vocabulary: many
    sentences then name a topic drawn from them.
    """
    rng = random.Random(seed * 1_000_003 + words)
    global _topic_nouns
    _topic_nouns = tuple(nouns)
    out = [
        "---",
        f"title: Neue Pläne für die Innenstadt ({words} Wörter)",
        "kicker: Stadtentwicklung",
        "teaser: Der Gemeinderat berät über Verkehr, Wohnen und Geld.",
        "lang: de_DE",
        "tags: [Stadt, Verkehr, Haushalt]",
        "date: 2026-11-28",
        "---",
        "",
    ]
    count = 0
    section = 0
    closing = f"{end_marker(words)}: Die Redaktion berichtet weiter."
    budget = words - count_words(closing)
    while count < budget:
        heading = f"{HEADINGS[section % len(HEADINGS)]} ({section + 1})"
        section += 1
        out += [f"## {heading}", ""]
        count += count_words(heading)
        for index in range(rng.randint(3, 6)):
            if count >= budget:
                break
            kind = rng.random() if index else 1.0
            if kind < 0.12:
                block = _bullet_list(rng)
            elif kind < 0.18:
                block = _numbered_list(rng)
            elif kind < 0.23:
                block = _table(rng)
            elif kind < 0.28:
                block = _quote_block(rng)
            elif kind < 0.32:
                block = f"### {rng.choice(HEADINGS)}"
            else:
                block = _paragraph(rng, rng.randint(3, 6))
            out += [block, ""]
            count += count_words(block)
    out += [closing, ""]
    return "\n".join(out)


def count_words(markdown: str) -> int:
    """Words a reader sees: link targets, URLs and Markdown markers do not count."""
    text = re.sub(r"\]\([^)]*\)", "]", markdown)
    text = re.sub(r"https?://\S+", " ", text)
    return len(_WORD.findall(text))


def body_of(article: str) -> str:
    """The article without its front matter."""
    if article.startswith("---\n"):
        end = article.find("\n---\n", 4)
        if end >= 0:
            return article[end + 5 :]
    return article


def write_articles(
    folder: Path, sizes: list[int], seed: int = 4711, nouns: list[str] | tuple[str, ...] = ()
) -> dict[int, Path]:
    """Write one article per size into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    result = {}
    for size in sizes:
        path = folder / f"artikel-{size}.md"
        text = make_article(size, seed, nouns)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        result[size] = path
    return result


_topic_nouns: tuple[str, ...] = ()  # set by make_article for the pieces below


# ---- pieces -----------------------------------------------------------------------------
def _sentence(rng: random.Random) -> str:
    article, noun = rng.choice(NOUNS)
    adjective = rng.choice(ADJECTIVES)
    verb, _, rest = rng.choice(VERB_PHRASES).partition(" ")
    if rng.random() < 0.2:  # German word order: after an opener the verb comes second
        sentence = f"{rng.choice(OPENERS)} {verb} {article} {adjective} {noun} {rest}"
    else:
        subject = f"{article.capitalize()} {adjective} {noun}"
        predicate = f"{verb} {rest}"
        roll = rng.random()
        if roll < 0.15:
            predicate = f"*{predicate}*"
        elif roll < 0.25:
            subject = f"**{subject}**"
        sentence = f"{subject} {predicate}"
    if _topic_nouns and rng.random() < 0.9:
        sentence += f" {rng.choice(TOPICS)} {rng.choice(_topic_nouns)}"
        if rng.random() < 0.5:
            sentence += f" und {rng.choice(_topic_nouns)}"
    if rng.random() < 0.4:
        sentence += f", {rng.choice(COMPLEMENTS)}"
    if rng.random() < 0.08:
        sentence += f" ({rng.choice(TYPOS)})"
    return sentence + "."


def _paragraph(rng: random.Random, sentences: int) -> str:
    parts = [_sentence(rng) for _ in range(sentences)]
    if rng.random() < 0.3:
        parts.insert(
            rng.randrange(len(parts) + 1), f"„{rng.choice(QUOTES)}“, {rng.choice(SPEAKERS)}."
        )
    if rng.random() < 0.35:
        slug = rng.randrange(1000, 9999)
        preposition, label = rng.choice(LINK_TEXTS)
        parts.append(
            f"Mehr dazu steht {preposition} [{label}](https://example.org/stadt/{slug}.html)."
        )
    return " ".join(parts)


def _bullet_list(rng: random.Random) -> str:
    items = [_sentence(rng) for _ in range(rng.randint(3, 5))]
    return "Die wichtigsten Punkte:\n\n" + "\n".join(f"- {item}" for item in items)


def _numbered_list(rng: random.Random) -> str:
    items = [_sentence(rng) for _ in range(rng.randint(3, 4))]
    return "\n".join(f"{n}. {item}" for n, item in enumerate(items, 1))


def _table(rng: random.Random) -> str:
    rows = rng.sample(TABLE_ROWS, 4)
    lines = ["| Vorhaben | Kosten | Fertig |", "| --- | ---: | :---: |"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(lines)


def _quote_block(rng: random.Random) -> str:
    return f"> „{rng.choice(QUOTES)}“, {rng.choice(SPEAKERS)}. {_sentence(rng)}"


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    sys.stdout.write(make_article(size, nouns=dictionary_nouns()))
