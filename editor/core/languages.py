"""The article languages Feder knows: one table for spelling, fields, menus, quotes and HTML.

An article's ``lang`` comes from hand-written front matter in any spelling
(``de``, ``de-at``, ``DE_ch``); :func:`normalise` turns it into the form every
other part uses (``de_DE``, ``de_AT``, ``de_CH``). :data:`LANGUAGES` lists what
Feder offers, in menu order, with the name a writer reads (translated where
it is shown), the hunspell dictionary and the quotation marks. Typing,
rendering, exports and the pre-publish check all take their quotation marks
from :func:`quote_style`, so a Swiss article gets «…» everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.core.messages import QT_TRANSLATE_NOOP, Message, Translate, untranslated


@dataclass(frozen=True)
class QuoteStyle:
    """The quotation marks of one language."""

    open_double: str
    close_double: str
    open_single: str
    close_single: str
    apostrophe: str = "’"

    @property
    def double(self) -> str:
        """The double marks around an ellipsis, as a hint shows them: „…“."""
        return f"{self.open_double}…{self.close_double}"

    @property
    def single(self) -> str:
        return f"{self.open_single}…{self.close_single}"


GERMAN_QUOTES = QuoteStyle("„", "“", "‚", "‘")
SWISS_QUOTES = QuoteStyle("«", "»", "‹", "›")  # Switzerland and Liechtenstein: guillemets, no space
ENGLISH_QUOTES = QuoteStyle("“", "”", "‘", "’")


@dataclass(frozen=True)
class Language:
    """One article language: its code, its name, its dictionary and its quotation marks."""

    code: str  # as Feder writes it: language_COUNTRY
    name: Message  # translated when shown
    quotes: QuoteStyle
    dictionary: str  # the enchant/hunspell tag

    @property
    def html(self) -> str:
        """The BCP 47 tag HTML's ``lang`` attribute wants (``de-DE``)."""
        return html_tag(self.code)

    def display_name(self, translate: Translate = untranslated) -> str:
        return translate(self.name.context, self.name.text)


#: The languages Feder offers, in menu order.
LANGUAGES: tuple[Language, ...] = (
    Language("de_DE", QT_TRANSLATE_NOOP("Languages", "German (Germany)"), GERMAN_QUOTES, "de_DE"),
    Language("de_AT", QT_TRANSLATE_NOOP("Languages", "German (Austria)"), GERMAN_QUOTES, "de_AT"),
    Language("de_CH", QT_TRANSLATE_NOOP("Languages", "German (Switzerland)"), SWISS_QUOTES, "de_CH"),
    Language("en_US", QT_TRANSLATE_NOOP("Languages", "English (US)"), ENGLISH_QUOTES, "en_US"),
    Language("en_GB", QT_TRANSLATE_NOOP("Languages", "English (UK)"), ENGLISH_QUOTES, "en_GB"),
)
SUPPORTED: tuple[str, ...] = tuple(language.code for language in LANGUAGES)
DEFAULT = "de_DE"

_BY_CODE = {language.code: language for language in LANGUAGES}
#: A bare language means its main country.
_MAIN_COUNTRY = {"de": "de_DE", "en": "en_US"}


def normalise(tag: object) -> str:
    """``"de"``, ``"de-at"``, ``"DE_ch"`` → ``"de_DE"``, ``"de_AT"``, ``"de_CH"``; ``""`` stays ``""``.

    Front matter is written by hand, so the tag comes in any spelling. A tag
    Feder does not offer keeps its letters, only in the same form (``fr-ca``
    → ``fr_CA``), so the writer's choice is not lost.
    """
    tag = str(tag or "").strip().replace("-", "_")
    if "_" in tag:
        language, _, country = tag.partition("_")
        return f"{language.lower()}_{country.upper()}"
    return _MAIN_COUNTRY.get(tag.lower(), tag.lower())


def get(tag: object) -> Language | None:
    """The catalogue entry for ``tag`` (in any spelling), or None if Feder does not offer it."""
    return _BY_CODE.get(normalise(tag))


def display_name(tag: object, translate: Translate = untranslated) -> str:
    """The name a writer reads for ``tag``; the normalised code for a language not offered."""
    language = get(tag)
    return language.display_name(translate) if language else normalise(tag)


def quote_style(tag: object) -> QuoteStyle | None:
    """The quotation marks for ``tag``, or None: leave quotes alone, the rules are unknown.

    Languages not in the catalogue still get their family's marks (``de_LU``
    German, ``de_LI`` Swiss, ``en_AU`` English).
    """
    code = normalise(tag)
    language = _BY_CODE.get(code)
    if language is not None:
        return language.quotes
    if code == "de_LI":
        return SWISS_QUOTES
    family = code.partition("_")[0]
    return {"de": GERMAN_QUOTES, "en": ENGLISH_QUOTES}.get(family)


def html_tag(tag: object) -> str:
    """``de_DE`` → ``de-DE``, the form HTML's ``lang`` attribute wants."""
    return normalise(tag).replace("_", "-")


def family(tag: object) -> str:
    """The language without its country: ``de_CH`` → ``de``."""
    return normalise(tag).partition("_")[0]
