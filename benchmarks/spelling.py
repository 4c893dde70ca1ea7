"""How fast SpellService.misspelled_spans is on a long German Markdown article.

Run: .venv/bin/python benchmarks/spelling.py [WORDS]   (default 10,000 words)

Three passes over the same generated article, line by line as a highlighter
would call it:
- no cache: every answer forgotten before each line (enchant asked for every word);
- first pass: empty cache, as when an article is opened or the language switched;
- cached: every word seen before, as in a re-highlight after "Add to dictionary".
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from editor.core.spelling.service import SpellService  # noqa: E402

VOCABULARY = (
    "der die das und ist nicht mit auf für ein eine dem den des von zu im sich auch "
    "Markt Preis Unternehmen Kunden Regierung Woche Jahr Prozent Euro Stadt Bürger "
    "Entwicklung Zukunft Verkehr Wohnung Mieten Arbeit Zeitung Artikel Leser Straße "
    "berichtete erklärte wächst steigen sinken entschieden gefordert möglich wichtig "
    "deutlich neuen großen letzten ersten öffentlichen wirtschaftlichen Gemeinderat "
    "Bürgermeisterin Verkehrsberuhigung Haushaltsplan Energiewende Rechenzentrum "
    "E-Mail-Adresse Mercedes-Benz-Werk 20-jährige L-Mount z. B. u. a. bzw. geht’s "
    "„Zitat“ ‚klein‘ (Klammer) 2024 3,5 Mio. Dipl.-Ing. Ein- und Ausgang"
).split()
TYPOS = ["Verkehrsberuhigunng", "Bürgermeisterinn", "Hausaltsplan", "Energiewnde", "entschiden"]
MARKUP = [
    "[Bericht](https://example.com/markt/bericht-2024.html)",
    "`code_span`",
    '<span class="hinweis">Hinweis</span>',
    "max.mustermann@example.com",
    '![Foto vom Markt](bilder/markt-01.jpg "Der Markt")',
    "Fußnote[^quelle]",
    "&nbsp;",
]


def article(words: int, seed: int = 7) -> str:
    """A Markdown article of about ``words`` words: paragraphs, headings, markup, typos."""
    rng = random.Random(seed)
    lines: list[str] = []
    count = 0
    while count < words:
        if rng.random() < 0.08:
            lines.append("## " + " ".join(rng.choice(VOCABULARY) for _ in range(4)))
            count += 4
        sentence: list[str] = []
        for _ in range(rng.randint(40, 120)):
            roll = rng.random()
            if roll < 0.01:
                sentence.append(rng.choice(TYPOS))
            elif roll < 0.04:
                sentence.append(rng.choice(MARKUP))
            else:
                sentence.append(rng.choice(VOCABULARY))
        count += len(sentence)
        lines.append(" ".join(sentence) + ".")
        lines.append("")
    return "\n".join(lines)


def timed(
    service: SpellService, lines: list[str], forget: str, repeat: int = 3
) -> tuple[float, int]:
    """Best of ``repeat`` passes (the machine is shared; the minimum is the honest figure)."""
    best = float("inf")
    flagged = 0
    for _ in range(repeat):
        if forget == "pass":
            service.clear_cache()
        flagged = 0
        start = time.perf_counter()
        for line in lines:
            if forget == "line":
                service.clear_cache()
            flagged += len(service.misspelled_spans(line))
        best = min(best, time.perf_counter() - start)
    return best, flagged


def main() -> None:
    words = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    text = article(words)
    lines = text.split("\n")
    real_words = len(text.split())
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("FEDER_DATA_DIR", folder)
        service = SpellService("de_DE", Path(folder) / "personal.txt")
        print(f"{real_words} words, {len(lines)} lines, language {service.lang}")
        results = [
            ("no cache", timed(service, lines, forget="line")),
            ("first pass", timed(service, lines, forget="pass")),
            ("cached", timed(service, lines, forget="nothing")),
        ]
    for name, (seconds, flagged) in results:
        print(
            f"{name:>10}: {seconds * 1000:7.1f} ms  {real_words / seconds:>10,.0f} words/s"
            f"  ({flagged} flagged)"
        )


if __name__ == "__main__":
    main()
