"""Two codings of stated plans: the CAMEO codebook's (intent, 03x) and the PETRARCH
coders' (the act itself). Relations and modality are the same in both; our own
sentences."""

from __future__ import annotations

import pytest

from geograph.cli import main
from geograph.errors import GeographError
from geograph.model import Document, Mention
from geograph.pipeline import Pipeline
from geograph.settings import Settings, load_settings


@pytest.fixture(scope="module")
def petrarch() -> Pipeline:
    return Pipeline(Settings(coding="petrarch"))


def _coded(pipeline: Pipeline, text: str, relation: str) -> Mention:
    found = [m for m in pipeline.extract(Document("t", text)).mentions if m.relation == relation]
    assert len(found) == 1, [(m.relation, m.cameo) for m in found]
    return found[0]


# sentence, relation, (CAMEO, PLOVER) by the codebook, (CAMEO, PLOVER) by PETRARCH
PLANS = [
    ("Germany will supply tanks to Poland.", "sellsArmsTo", ("0332", "AGREE"), ("072", "AID")),
    # A verb of intent governing aid, cooperation or yielding is intent in PETRARCH's
    # coding too; what is agreed, and any other act, is the act.
    ("Chile promised to ship vaccines to Peru.", "aids", ("033", "AGREE"), ("033", "AGREE")),
    ("Peru pledged to cooperate with Chile.", "cooperatesWith", ("031", "AGREE"), ("031", "AGREE")),
    ("Israel offered to withdraw from Gaza.", "retreatsFrom", ("035", "AGREE"), ("035", "AGREE")),
    (
        "Peru agreed to cooperate with Chile.",
        "cooperatesWith",
        ("031", "AGREE"),
        ("050", "SUPPORT"),
    ),
    (
        "The US plans to investigate the raid on Chile.",
        "investigates",
        ("090", "INVESTIGATE"),
        ("090", "INVESTIGATE"),
    ),
    (
        "Russia promised to meet Ukraine's president.",
        "consults",
        ("036", "AGREE"),
        ("040", "CONSULT"),
    ),
    ("Japan pledged humanitarian aid to Nepal.", "aids", ("033", "AGREE"), ("033", "AGREE")),
    ("Azerbaijan vowed support for Turkey.", "supports", ("032", "AGREE"), ("051", "SUPPORT")),
    (
        "The Saudi foreign minister will travel to Tehran next week.",
        "consults",
        ("036", "AGREE"),
        ("040", "CONSULT"),
    ),
    (
        "Japan agreed to lift its sanctions on Myanmar.",
        "retreatsFrom",
        ("035", "AGREE"),
        ("087", "RETREAT"),
    ),
    # An intent to use force is a threat in both codings.
    ("Turkey plans to invade northern Syria.", "attacks", ("138", "THREATEN"), ("138", "THREATEN")),
    ("Hamas vowed to attack Israel.", "attacks", ("138", "THREATEN"), ("138", "THREATEN")),
    # A stated act is coded the same way in both.
    ("Russia attacked Georgia.", "attacks", ("190", "FIGHT"), ("190", "FIGHT")),
    ("Norway sent aid to Yemen.", "aids", ("070", "AID"), ("070", "AID")),
]


# Verbs PETRARCH's dictionary codes otherwise (its verb's own code): sentence,
# relation, CAMEO by the codebook, CAMEO by PETRARCH.
VERB_CODES = [
    ("Qatar expelled Egyptian diplomats.", "sanctions", "163", "174"),
    ("Gunmen killed five soldiers in Iraq.", "assaults", "180", "190"),
    ("Washington pressured Seoul to pay more for the troops.", "demands", "100", "170"),
    ("Serbian forces massacred Bosnian Muslims.", "assaults", "180", "202"),
    ("Japan funded Cambodia's new highway.", "aids", "070", "061"),
    # A pledge to coerce is the act there, not a threat; one to use force a threat in both.
    ("Qatar pledged to expel the exiled leaders of Egypt's opposition.", "coerces", "137", "170"),
    ("Hamas vowed to kill Israeli soldiers.", "assaults", "1383", "1383"),
    # Guards: a noun keeps our code ("faces pressure" is no coercion), and so does a
    # verb PETRARCH codes as we do.
    ("Obama faces pressure from Congress to help Iran.", "demands", "100", "100"),
    ("Israeli police arrested Palestinian protesters.", "coerces", "170", "170"),
]


@pytest.mark.parametrize(("text", "relation", "codebook", "petrarch_code"), VERB_CODES)
def test_petrarch_verb_codes(
    pipeline: Pipeline,
    petrarch: Pipeline,
    text: str,
    relation: str,
    codebook: str,
    petrarch_code: str,
) -> None:
    assert _coded(pipeline, text, relation).cameo == codebook
    coded = _coded(petrarch, text, relation)
    assert coded.cameo == petrarch_code and coded.event


@pytest.mark.parametrize(("text", "relation", "codebook", "petrarch_codes"), PLANS)
def test_plans_are_coded_by_the_chosen_convention(
    pipeline: Pipeline,
    petrarch: Pipeline,
    text: str,
    relation: str,
    codebook: tuple[str, str],
    petrarch_codes: tuple[str, str],
) -> None:
    by_codebook = _coded(pipeline, text, relation)
    by_petrarch = _coded(petrarch, text, relation)
    assert (by_codebook.cameo, by_codebook.plover) == codebook
    assert (by_petrarch.cameo, by_petrarch.plover) == petrarch_codes
    assert by_codebook.event and by_petrarch.event
    assert by_codebook.modality == by_petrarch.modality


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Brazil pledged to send aid to Haiti.", "aids"),
        ("Canada agreed to resume talks with India.", "negotiatesWith"),
        ("Oman agreed to hold talks with Yemen.", "negotiatesWith"),
    ],
)
def test_a_promise_of_an_act_is_one_event_not_an_agreement_beside_it(
    extract, text: str, act: str
) -> None:
    relations = [m.relation for m in extract(text) if m.event]
    assert relations == [act]


@pytest.mark.parametrize(
    "text",
    [
        # Considering is no act, so the agreement itself is the event.
        "Mexico agreed to consider Guatemala's request.",
        "Peru agreed with Ecuador on a new border.",
    ],
)
def test_an_agreement_stays_when_no_act_codes_beside_it(extract, text: str) -> None:
    assert any(m.relation == "agreesWith" and m.event for m in extract(text))


def test_an_unknown_coding_is_a_one_line_error(tmp_path, capsys) -> None:
    with pytest.raises(GeographError, match="coding"):
        load_settings(tmp_path / "none.toml", coding="phoenix")
    doc = tmp_path / "a.txt"
    doc.write_text("Russia attacked Georgia.", encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        main(["extract", str(doc), "--coding", "phoenix"])
    assert stop.value.code != 0
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and "codebook or petrarch" in lines[0]


def _sides(pipeline: Pipeline, text: str, relation: str) -> set[tuple[str, str, bool]]:
    found = pipeline.extract(Document("t", text)).mentions
    return {(m.source.id, m.target.id, m.event) for m in found if m.relation == relation}


# sentence, the talks our own coding finds, the talks the PETRARCH coding finds
TALKS = [
    (
        "Pakistan held talks with Afghanistan on border crossings.",
        {("pakistan", "afghanistan", True)},
        {("pakistan", "afghanistan", True), ("afghanistan", "pakistan", True)},
    ),
    (
        "Serbia's president negotiated with Kosovo's prime minister in Brussels.",
        {("serbia", "kosovo", True)},
        {("serbia", "kosovo", True), ("kosovo", "serbia", True)},
    ),
    # A refusal to talk, or talks only offered, are the subject's alone; talks agreed
    # are coded as held (what is agreed is the act).
    (
        "Pakistan refused to hold talks with Afghanistan.",
        {("pakistan", "afghanistan", True)},
        {("pakistan", "afghanistan", True)},
    ),
    (
        "Pakistan agreed to hold talks with Afghanistan.",
        {("pakistan", "afghanistan", True)},
        {("pakistan", "afghanistan", True), ("afghanistan", "pakistan", True)},
    ),
    (
        "Pakistan offered talks to Afghanistan.",
        {("pakistan", "afghanistan", True)},
        {("pakistan", "afghanistan", True)},
    ),
    # A mediator negotiates alone: the sides do not negotiate with it.
    (
        "Qatar mediated between Pakistan and Afghanistan.",
        {("qatar", "pakistan", True), ("qatar", "afghanistan", True)},
        {("qatar", "pakistan", True), ("qatar", "afghanistan", True)},
    ),
]


# Other acts PETRARCH codes both ways: (sentence, relation, the sides found with
# --coding petrarch); our own coding finds the first side alone.
BOTH_WAYS = [
    ("Modi visited Japan.", "consults", {("india", "japan"), ("japan", "india")}),
    (
        "Vietnam hosted the Indonesian president.",
        "consults",
        {("vietnam", "indonesia"), ("indonesia", "vietnam")},
    ),
    ("Putin phoned Erdogan.", "consults", {("russia", "turkey"), ("turkey", "russia")}),
    (
        "Sudanese troops clashed with Chadian forces.",
        "attacks",
        {("sudan", "chad"), ("chad", "sudan")},
    ),
    (
        "Kenya signed a defence pact with Uganda.",
        "signsAgreementWith",
        {("kenya", "uganda"), ("uganda", "kenya")},
    ),
    (
        "India held naval exercises with Japan.",
        "cooperatesWith",
        {("india", "japan"), ("japan", "india")},
    ),
    ("Modi will visit Japan.", "consults", {("india", "japan"), ("japan", "india")}),
    # Guards: meeting is one way in PETRARCH too, welcoming a decision is no visit,
    # and a refusal to visit is only the refuser's.
    ("Modi met Japan's prime minister.", "consults", {("india", "japan")}),
    ("Germany welcomed the decision by Iran.", "supports", {("germany", "iran")}),
    ("Modi refused to visit Japan.", "consults", {("india", "japan")}),
]


@pytest.mark.parametrize(("text", "relation", "sides"), BOTH_WAYS)
def test_petrarch_codes_mutual_acts_both_ways(
    pipeline: Pipeline, petrarch: Pipeline, text: str, relation: str, sides: set[tuple[str, str]]
) -> None:
    def found(p: Pipeline) -> set[tuple[str, str]]:
        return {
            (m.source.id, m.target.id)
            for m in p.extract(Document("t", text)).mentions
            if m.relation == relation and m.event
        }

    assert found(petrarch) == sides
    assert len(found(pipeline)) == 1 and found(pipeline) <= sides


@pytest.mark.parametrize(("text", "codebook", "petrarch_sides"), TALKS)
def test_petrarch_codes_talks_both_ways(
    pipeline: Pipeline,
    petrarch: Pipeline,
    text: str,
    codebook: set[tuple[str, str, bool]],
    petrarch_sides: set[tuple[str, str, bool]],
) -> None:
    assert _sides(pipeline, text, "negotiatesWith") == codebook
    assert _sides(petrarch, text, "negotiatesWith") == petrarch_sides
