"""Normalizer: sentence tables per rule, the seed article, and properties for any input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEED, SHARED
from geograph.normalize import Edit, Normalized, OffsetMap, _apply, normalize

NAMES = (
    "Iran",
    "Israel",
    "Azerbaijan",
    "Armenia",
    "Turkey",
    "USA",
    "US",
    "America",
    "China",
    "Chad",
    "Iranian",
    "Israeli",
    "Azerbaijani",
    "Armenian",
    "American",
    "Turkish",
    "Tehran",
    "Arthur",
    "Assad",
    "IS",
    "UN",
)

# Characters the normalizer may put in place of others; everything else maps back as is.
REPLACEMENTS = frozenset(" \n'\"")


def clean(text: str, **kwargs: bool) -> str:
    return normalize(text, names=NAMES, **kwargs).text


SPLITS = [
    # A function word glued to a capitalised word.
    ("The envoy flew toIsrael on Monday.", "The envoy flew to Israel on Monday."),
    ("Ministers met theFBI director twice.", "Ministers met the FBI director twice."),
    ("Reporters asked ifIran would respond.", "Reporters asked if Iran would respond."),
    # Any English word glued to a known name.
    ("The daily writesIsraeli jets flew low.", "The daily writes Israeli jets flew low."),
    ("Baku accusedAzerbaijani exiles of plotting.", "Baku accused Azerbaijani exiles of plotting."),
    # A known name glued to the English word after it.
    ("Officials said thatIrandid not reply.", "Officials said that Iran did not reply."),
    ("Israelhas closed the crossing.", "Israel has closed the crossing."),
    ("UShigh-level envoys landed.", "US high-level envoys landed."),
    ("Later theUSAmay send aid.", "Later the USA may send aid."),
    (
        "The governor saidAzerbaijandismissed the claim.",
        "The governor said Azerbaijan dismissed the claim.",
    ),
    ("It is wary ofIranwithout allies.", "It is wary of Iran without allies."),
    # Chains of glued names and words.
    ("Talks betweenIsraelandIran stalled.", "Talks between Israel and Iran stalled."),
    (
        "They fear thatIsraelmay attackIranwithout notice.",
        "They fear that Israel may attack Iran without notice.",
    ),
    # A capitalised function word at a sentence start, before a name.
    ("InIran, bread prices rose.", "In Iran, bread prices rose."),
    ("ToTurkey it was a warning.", "To Turkey it was a warning."),
    # A sentence end that lost its space.
    ("The talks ended.Officials left early.", "The talks ended. Officials left early."),
    ("The paper writes.UShigh-level staff agree.", "The paper writes. US high-level staff agree."),
    ("Was it over?Nobody in Baku knew.", "Was it over? Nobody in Baku knew."),
    ('He said "enough."Then he walked out.', 'He said "enough." Then he walked out.'),
    # A comma or semicolon that lost its space.
    ("Its neighbor,Turkey, objected loudly.", "Its neighbor, Turkey, objected loudly."),
    ("Delegates from Paris,Berlin and Rome came.", "Delegates from Paris, Berlin and Rome came."),
    ("The vote failed;Armenia abstained.", "The vote failed; Armenia abstained."),
]

KEPT = [
    # Demonyms and plurals of names, and names that are ordinary words' prefixes.
    "Four Israelis and two Iranians were hurt.",
    "Azerbaijani and Armenian troops exchanged fire.",
    "Americans and Armenians marched in Chinatown.",
    "Chadwick met Chadian officers; Israelite ruins were found.",
    # Acronyms that begin with a known acronym.
    "ISIS fighters fled as UNICEF and UNESCO staff arrived.",
    # Brand and surname spellings with inner capitals.
    "McDonald's sold an iPhone case on eBay and YouTube.",
    "MacArthur played PlayStation with LeBron and DeSantis.",
    "The RepresentUS campaign and easyJet run on macOS.",
    # Abbreviations, numbers, money.
    "The U.S. and the U.K. agreed, e.g. on tariffs.",
    "The U.S.Army unit waited while Mr.Smith spoke.",
    "Growth was 1.6 percent, worth $1.6 billion, or 1,000 jobs.",
    # URLs and e-mail addresses.
    "See https://example.com/IranNews?a=1,b=2 for more.",
    "Write to press.Office@example.org or visit www.toIsrael.com today.",
    # Arabic article and hyphenated names.
    "Al-Qaeda fighters left al-Assad territory.",
    "Iranian-Azerbaijani ties are strained.",
]

CHARS = [
    ("Iran\u2019s envoy and Israel\u2018s envoy met.", "Iran's envoy and Israel's envoy met."),
    ("\u201cNo,\u201d she said; \u201eyes\u201c he said.", '"No," she said; "yes" he said.'),
    ("A 5\u2032 10\u2033 soldier, \u00abquoted\u00bb.", 'A 5\' 10" soldier, "quoted".'),
    ("Israeli\u00a0officials said\u2009so.", "Israeli officials said so."),
    ("The cease\u00adfire held.\u200b Talks\ufeff resumed.", "The ceasefire held. Talks resumed."),
    ("Troops  moved\t\tnorth   today.", "Troops moved north today."),
    ("  First line.  \r\nSecond line.\r\n", "First line.\nSecond line."),
    ("Title\r\n\r\n\r\n   \n\nBody text.", "Title\n\nBody text."),
    ("One.\n \n \nTwo.\u2029Three.", "One.\n\nTwo.\nThree."),
    # Typewriter quotes of newswire corpora.
    ("Kenya called it ``a betrayal'' of Somalia.", 'Kenya called it "a betrayal" of Somalia.'),
    ("``We will not retreat,'' the minister said.", '"We will not retreat," the minister said.'),
]

FOREIGN = [
    ("Armenia protests.\nԲաժանորդագրվեք մեր ալիքին Telegram-ում", "Armenia protests."),
    ("Новости дня\nMoscow said no.", "Moscow said no."),
    ("Cairo replied.\nالأخبار اليوم\nThen it ended.", "Cairo replied.\n\nThen it ended."),
    ("Beijing spoke.\n新闻报道 AP\n", "Beijing spoke."),
]

FOREIGN_KEPT = [
    "Putin (Путин) met Erdogan in Sochi on Tuesday.",
    "The sign read لا in large letters near the border crossing.",
]


@pytest.mark.parametrize(("raw", "expected"), SPLITS)
def test_lost_spaces_are_restored(raw: str, expected: str) -> None:
    assert clean(raw) == expected


@pytest.mark.parametrize("raw", KEPT)
def test_legitimate_forms_are_kept(raw: str) -> None:
    assert clean(raw) == raw


@pytest.mark.parametrize(("raw", "expected"), CHARS)
def test_quotes_and_spaces(raw: str, expected: str) -> None:
    assert clean(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), FOREIGN)
def test_foreign_lines_are_dropped(raw: str, expected: str) -> None:
    result = normalize(raw, names=NAMES)
    assert result.text == expected
    assert len(result.dropped) == 1
    start, end = result.dropped[0]
    dropped = raw[start:end]
    assert dropped and "\n" not in dropped and dropped.strip() == dropped


@pytest.mark.parametrize("raw", FOREIGN_KEPT)
def test_short_foreign_words_in_english_are_kept(raw: str) -> None:
    assert clean(raw) == raw


def test_foreign_lines_can_be_kept() -> None:
    raw = "Moscow said no.\nНовости дня"
    assert clean(raw, drop_foreign_lines=False) == raw


def test_names_drive_name_splits_only() -> None:
    # Without names the gazetteer-dependent splits do not happen; the others do.
    assert normalize("thatIrandid and toIsrael").text == "that Irandid and to Israel"


def test_seed_article() -> None:
    raw = SEED.read_text(encoding="utf-8")
    result = normalize(raw, names=NAMES)
    text = result.text
    assert "Telegram" not in text
    assert not any("\u0530" <= c <= "\u058f" for c in text)
    for phrase in (
        "that Iran did",
        "Israel has",
        "the USA may",
        "US high-level",
        "with Azerbaijan was",
    ):
        assert phrase in text
    assert "\u2019" not in text and "\u2018" not in text and "Israel's blockade" in text
    assert "\n\n" in text and "\n\n\n" not in text
    ((start, end),) = result.dropped
    assert raw[start:end].endswith("Telegram-\u0578\u0582\u0574")
    check_offsets(result)
    i = text.index("US high-level")
    s, e = result.span(i, i + len("US high-level"))
    assert raw[s:e] == "UShigh-level"


def test_span_covers_exact_characters() -> None:
    raw = "\u201cNo\u201d,  said\u00a0thatIrandid\u200b."
    result = normalize(raw, names=NAMES)
    assert result.text == '"No", said that Iran did.'
    i = result.text.index("Iran")
    assert raw[slice(*result.span(i, i + 4))] == "Iran"
    assert raw[slice(*result.span(i, i + 8))] == "Irandid"
    # An inserted space at either end adds nothing to the span.
    assert raw[slice(*result.span(i - 1, i + 4))] == "Iran"
    assert raw[slice(*result.span(0, 4))] == "\u201cNo\u201d"
    assert result.span(3, 3) == (3, 3)
    with pytest.raises(ValueError):
        result.span(5, 100)


def test_corpus_maps_back_and_is_a_fixed_point() -> None:
    # Real scraped news: every text's offsets point back into it, and its clean text
    # is already clean. (Speed is measured by the benchmarks, not asserted here.)
    import json

    path = SHARED / "corpus" / "news.jsonl"
    assert path.is_file(), f"shared corpus {path} is missing (set GEOGRAPH_SHARED)"
    with path.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines]
    assert texts
    for text in texts:
        result = normalize(text, names=NAMES)
        check_offsets(result)
        assert normalize(result.text, names=NAMES).text == result.text


def check_offsets(result: Normalized) -> None:
    original, text, offsets = result.original, result.text, result.offsets
    assert len(offsets) == len(text) + 1
    assert offsets[len(text)] == len(original)
    assert all(0 <= o <= len(original) for o in offsets)
    assert all(a <= b for a, b in zip(offsets, offsets[1:], strict=False))
    for i, c in enumerate(text):
        o = offsets[i]
        assert o < len(original)
        assert c == original[o] or c in REPLACEMENTS, (i, c, original[o])
        s, e = result.span(i, i + 1)
        assert original[s:e] in (c, "") or c in REPLACEMENTS


# Pieces that exercise every rule, mixed with arbitrary text.
PIECES = st.sampled_from(
    [
        "Iran", "Israel", "USA", "US", "did", "the", "that", "and", "has", "Israelis",
        "writes", "to", "In", "Mc", "Donald", "iPhone", "U.S.", "1.6", "e.g.", "www.", "@", "://",
        ".", ",", ";", "?", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\u00a0", "\u200b",
        "\u00ad", "\u2019", "\u201c", "\u2028", "Հայ", "Нов",
        "新", "Telegram", "-", "'", '"', "A", "a", "x",
    ]
)  # fmt: skip
MESSY = st.one_of(
    st.text(max_size=60),
    st.lists(st.one_of(PIECES, st.text(max_size=3)), max_size=30).map("".join),
)


@settings(max_examples=400, deadline=None)
@given(MESSY)
def test_offsets_map_back(raw: str) -> None:
    check_offsets(normalize(raw, names=NAMES))


@settings(max_examples=400, deadline=None)
@given(MESSY)
def test_idempotent(raw: str) -> None:
    once = normalize(raw, names=NAMES).text
    assert normalize(once, names=NAMES).text == once


@settings(max_examples=200, deadline=None)
@given(MESSY)
def test_idempotent_without_names_or_dropping(raw: str) -> None:
    once = normalize(raw, drop_foreign_lines=False).text
    assert normalize(once, drop_foreign_lines=False).text == once


# -- the offset map against a plain list of offsets ------------------------------------


def _list_apply(offsets: list[int], edits: list[tuple[int, int, str]]) -> list[int]:
    # The obvious model: one original position per character, then the end.
    out: list[int] = []
    pos = 0
    for start, end, repl in edits:
        out += offsets[pos:start]
        out += offsets[start:end] if len(repl) == end - start else [offsets[start]] * len(repl)
        pos = end
    return out + offsets[pos:]


@st.composite
def _edited(draw: st.DrawFn) -> tuple[str, list[list[tuple[int, int, str]]]]:
    """A text and a few rounds of sorted, disjoint edits of the three allowed shapes."""
    text = draw(st.text(alphabet="ab \n", max_size=40))
    rounds = []
    length = len(text)
    for _ in range(draw(st.integers(1, 4))):
        cuts = sorted(draw(st.lists(st.integers(0, length), max_size=12)))
        edits: list[tuple[int, int, str]] = []
        pos = 0
        for a, b in zip(cuts[::2], cuts[1::2], strict=False):
            if a < pos:
                continue
            shape = draw(st.sampled_from(["replace", "delete", "insert"]))
            if shape == "insert":
                edits.append((a, a, " " * draw(st.integers(1, 3))))
                pos = a + 1
            elif b > a:
                edits.append((a, b, "x" * (b - a) if shape == "replace" else ""))
                pos = b + 1
        rounds.append(edits)
        length += sum(len(r) - (e - s) for s, e, r in edits)
    return text, rounds


@settings(max_examples=400, deadline=None)
@given(_edited())
def test_offset_map_matches_a_list_of_offsets(case: tuple[str, list[list[Edit]]]) -> None:
    text, rounds = case
    current, mapped = text, OffsetMap.identity(len(text))
    model = list(range(len(text) + 1))
    breaks = 0  # an edit breaks a run at most twice, plus once per inserted character
    for edits in rounds:
        current, mapped = _apply(current, mapped, edits)
        model = _list_apply(model, edits)
        breaks += sum(2 + len(repl) for _, _, repl in edits)
        assert len(mapped) == len(current) + 1
        assert list(mapped) == model
        assert [mapped[i] for i in range(len(mapped))] == model
        assert mapped[-1] == model[-1] and mapped[2:5] == model[2:5]
        assert mapped.runs <= 1 + breaks


def test_offset_map_of_a_clean_text_is_one_run() -> None:
    text = "Iran accused Israel of sabotage. " * 10_000
    result = normalize(text.strip(), names=NAMES)
    assert result.text == text.strip()
    assert isinstance(result.offsets, OffsetMap) and result.offsets.runs == 1
    glued = normalize("theUSA said so. " * 1000, names=NAMES)
    assert isinstance(glued.offsets, OffsetMap) and glued.offsets.runs <= 2 * 1000 + 1
    with pytest.raises(IndexError):
        result.offsets[len(result.offsets)]


def test_typewriter_quotes_map_back_to_the_original() -> None:
    raw = "Chad called the raid ``an act of war'' on Sunday."
    result = normalize(raw, names=NAMES)
    start = result.text.index('"an')
    end = result.text.index('war"') + len('war"')
    a, b = result.span(start, end)
    assert raw[a:b] == "``an act of war''"


def test_quote_pair_around_an_invisible_character_is_one_double_quote() -> None:
    # The invisible character is dropped; were the pair read first, the second pass
    # would turn the two apostrophes it left into a double quote (not idempotent).
    for raw, clean in (("'\x1b'", '"'), ("said ``\u200bno''", 'said "no"')):
        result = normalize(raw, names=NAMES)
        assert result.text == clean
        assert normalize(result.text, names=NAMES).text == clean
        check_offsets(result)
