"""Sentence tables for the relation rule families. Every sentence is our own."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect

# Each relation of the ontology, stated plainly by a verb (two sentences each).
VERBS = [
    ("Russia sold fighter jets to Algeria last year.", E("sellsArmsTo", "russia", "algeria")),
    ("France will deliver six frigates to Greece.", E("sellsArmsTo", "france", "greece", "future")),
    ("Pakistan accused India of sheltering militants.", E("accuses", "pakistan", "india")),
    ("Venezuela blamed Colombia for the border shooting.", E("accuses", "venezuela", "colombia")),
    ("Sweden condemned Hungary over the new media law.", E("criticizes", "sweden", "hungary")),
    ("Japan criticized China for its coast guard patrols.", E("criticizes", "japan", "china")),
    (
        "Serbia rejected the Albanian proposal for a joint border force.",
        E("rejects", "serbia", "albania"),
    ),
    ("Egypt turned down an offer from Qatar to fund the port.", E("rejects", "egypt", "qatar")),
    (
        "North Korea threatened South Korea with retaliation.",
        E("threatens", "north-korea", "south-korea"),
    ),
    (
        "Iran warned Saudi Arabia against hosting foreign troops.",
        E("threatens", "iran", "saudi-arabia"),
    ),
    ("Ethiopia attacked Eritrea at dawn.", E("attacks", "ethiopia", "eritrea")),
    (
        "Armenia shelled Azerbaijani positions near the border.",
        E("attacks", "armenia", "azerbaijan"),
    ),
    ("Gunmen from Hamas killed two Israeli soldiers.", E("assaults", "hamas", "israel")),
    ("The Taliban tortured three Pakistani engineers.", E("assaults", "taliban", "pakistan")),
    ("Canada sanctioned Belarus after the disputed election.", E("sanctions", "canada", "belarus")),
    ("Australia imposed sanctions on Myanmar.", E("sanctions", "australia", "myanmar")),
    ("Germany demanded that Russia release the journalist.", E("demands", "germany", "russia")),
    ("Kenya urged Somalia to reopen the crossing.", E("appealsTo", "kenya", "somalia")),
    ("Turkey detained four Greek fishermen.", E("coerces", "turkey", "greece")),
    ("Russia deported two Estonian students.", E("coerces", "russia", "estonia")),
    ("Hamas abducted two Israeli soldiers.", E("assaults", "hamas", "israel")),
    (
        "Norway will cooperate with Finland on border security.",
        E("cooperatesWith", "norway", "finland", "future"),
    ),
    ("Chile collaborates with Peru on fisheries.", E("cooperatesWith", "chile", "peru")),
    (
        "Sudan negotiated with South Sudan over oil fees.",
        E("negotiatesWith", "sudan", "south-sudan"),
    ),
    (
        "Israel held talks with Lebanon on the maritime border.",
        E("negotiatesWith", "israel", "lebanon"),
    ),
    ("India met Bangladesh officials in Dhaka.", E("consults", "india", "bangladesh")),
    ("Brazil visited Argentina to discuss trade.", E("consults", "brazil", "argentina")),
    ("Poland backed Ukraine at the summit.", E("supports", "poland", "ukraine")),
    ("Morocco praised Spain for its new position.", E("supports", "morocco", "spain")),
    ("Japan gave aid to the Philippines after the typhoon.", E("aids", "japan", "philippines")),
    ("Norway funded Mozambique's vaccination drive.", E("aids", "norway", "mozambique")),
    ("Oman agreed with Yemen on a prisoner exchange.", E("agreesWith", "oman", "yemen")),
    ("Libya offered Malta a share of the gas field.", E("agreesWith", "libya", "malta")),
    ("Serbia conceded to Kosovo on the licence plates.", E("concedesTo", "serbia", "kosovo")),
    ("Colombia yielded to Ecuador in the tariff dispute.", E("concedesTo", "colombia", "ecuador")),
    ("Russia withdrew its troops from Georgia.", E("retreatsFrom", "russia", "georgia")),
    ("Iran released two French citizens.", E("retreatsFrom", "iran", "france")),
    (
        "Hezbollah protested against Israel outside the border fence.",
        E("protestsAgainst", "hezbollah", "israel"),
    ),
    (
        "Iranian students protested against Britain outside the embassy.",
        E("protestsAgainst", "iran", "united-kingdom"),
    ),
    ("China deployed warships near Taiwan.", E("mobilizesAgainst", "china", "taiwan")),
    (
        "Russia amassed troops along the border with Ukraine.",
        E("mobilizesAgainst", "russia", "ukraine"),
    ),
    ("The IAEA inspected Iran's enrichment sites.", E("investigates", "iaea", "iran")),
    ("The ICC investigated Sudan for crimes in Darfur.", E("investigates", "icc", "sudan")),
    ("China spied on Australia for years.", E("spiesOn", "china", "australia")),
    ("Russian hackers infiltrated Germany's parliament.", E("spiesOn", "russia", "germany")),
    ("Morocco controls most of Western Sahara.", E("controls", "morocco", "western-sahara")),
    ("Turkey occupies Northern Cyprus.", E("controls", "turkey", "northern-cyprus")),
]


@pytest.mark.parametrize(("text", "expected"), VERBS, ids=[t[:40] for t, _ in VERBS])
def test_verbs(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


PASSIVE = [
    ("Turkey was condemned by Egypt for the raid.", E("criticizes", "egypt", "turkey")),
    ("Two Chinese ships were seized by Vietnam.", E("coerces", "vietnam", "china")),
    ("Iraq was attacked by Iran in September.", E("attacks", "iran", "iraq")),
    ("The drones were sold to Ethiopia by Turkey.", E("sellsArmsTo", "turkey", "ethiopia")),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE, ids=[t[:40] for t, _ in PASSIVE])
def test_passive(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


COORDINATION = [
    (
        "Egypt, Greece and Cyprus condemned Turkey.",
        (
            E("criticizes", "egypt", "turkey"),
            E("criticizes", "greece", "turkey"),
            E("criticizes", "cyprus", "turkey"),
        ),
    ),
    (
        "Britain sanctioned Russia and Belarus.",
        (E("sanctions", "united-kingdom", "russia"), E("sanctions", "united-kingdom", "belarus")),
    ),
    (
        "France and Germany criticized Poland and Hungary.",
        (
            E("criticizes", "france", "poland"),
            E("criticizes", "france", "hungary"),
            E("criticizes", "germany", "poland"),
            E("criticizes", "germany", "hungary"),
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATION, ids=[t[:40] for t, _ in COORDINATION])
def test_coordination(extract, text: str, expected: tuple[Expect, ...]) -> None:
    check(extract(text), expected)


NOMINAL = [
    ("The accusations by Ukraine angered officials.", ()),  # no target: nothing
    ("Israel's killing of nine Turks caused outrage.", (E("assaults", "israel", "turkey"),)),
    (
        "Washington's sanctions on Caracas hurt exports.",
        (E("sanctions", "united-states", "venezuela"),),
    ),
    ("Saudi strikes on Yemen continued overnight.", (E("attacks", "saudi-arabia", "yemen"),)),
    (
        "Ankara signed $2 billion in deals to sell drones to Kyiv.",
        (E("sellsArmsTo", "turkey", "ukraine"),),
    ),
    (
        "The sale of tanks to Morocco by the United States was approved.",
        (E("sellsArmsTo", "united-states", "morocco"),),
    ),
    ("India's talks with Nepal resumed on Monday.", (E("negotiatesWith", "india", "nepal"),)),
]


@pytest.mark.parametrize(("text", "expected"), NOMINAL, ids=[t[:40] for t, _ in NOMINAL])
def test_nominal(extract, text: str, expected: tuple[Expect, ...]) -> None:
    mentions = extract(text)
    check(mentions, expected)
    if not expected:
        assert mentions == []


PAIRS = [
    ("Iranian-Azerbaijani relations remain strained.", E("hasTensionWith", "iran", "azerbaijan")),
    (
        "Pakistani-Afghan ties have soured since the spring.",
        E("hasTensionWith", "pakistan", "afghanistan"),
    ),
    (
        "Tension between Ethiopia and Egypt grew over the dam.",
        E("hasTensionWith", "ethiopia", "egypt"),
    ),
    ("Greece's ties with Cyprus have grown stronger.", E("cooperatesWith", "greece", "cyprus")),
    ("Kenya severed ties with Somalia.", E("hasTensionWith", "kenya", "somalia")),
]


@pytest.mark.parametrize(("text", "expected"), PAIRS, ids=[t[:40] for t, _ in PAIRS])
def test_pairs(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


def test_former_warmth_is_not_cooperation(extract) -> None:
    mentions = extract("Chile's once-close relationship with Bolivia has deteriorated.")
    check(mentions, (), (E("cooperatesWith", "chile", "bolivia", None, None),))


MODALITY = [
    ("Israel may attack Iran without warning.", E("attacks", "israel", "iran", "hypothetical")),
    (
        "Russia could strike Ukraine's power grid.",
        E("attacks", "russia", "ukraine", "hypothetical"),
    ),
    (
        "Israeli leaders would be prepared to attack Lebanon.",
        E("attacks", "israel", "lebanon", "hypothetical"),
    ),
    (
        "If Syria attacks Turkey, NATO will respond.",
        E("attacks", "syria", "turkey", "hypothetical"),
    ),
    ("China will sanction Lithuania next month.", E("sanctions", "china", "lithuania", "future")),
    (
        "Japan plans to sell radars to the Philippines.",
        E("sellsArmsTo", "japan", "philippines", "future"),
    ),
    ("Iraq said Turkey bombed Iraqi villages.", E("attacks", "turkey", "iraq", "reported")),
    (
        "Syria claimed that Israel struck Damascus airport.",
        E("attacks", "israel", "syria", "reported"),
    ),
    ("Israel reportedly attacked Syria overnight.", E("attacks", "israel", "syria", "reported")),
    (
        "According to Kyiv, Russia shelled Ukrainian towns.",
        E("attacks", "russia", "ukraine", "reported"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MODALITY, ids=[t[:40] for t, _ in MODALITY])
def test_modality(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


NEGATION = [
    ("Iran did not attack Iraq.", E("attacks", "iran", "iraq", "asserted", True)),
    ("Egypt never condemned Sudan.", E("criticizes", "egypt", "sudan", "asserted", True)),
    ("India refused to criticize Russia.", E("criticizes", "india", "russia", None, True)),
    ("Chile declined to sanction Venezuela.", E("sanctions", "chile", "venezuela", None, True)),
]


@pytest.mark.parametrize(("text", "expected"), NEGATION, ids=[t[:40] for t, _ in NEGATION])
def test_negation(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


def test_reported_speech_accuses_and_reports(extract) -> None:
    mentions = extract("Ukraine said Russia attacked Ukrainian positions.")
    check(mentions, (E("attacks", "russia", "ukraine", "reported"),))
    attack = next(m for m in mentions if m.relation == "attacks")
    assert attack.reporter is not None and attack.reporter.id == "ukraine"


RELATIVE = [
    (
        "They blamed Armenia, which controls Nagorno-Karabakh.",
        E("controls", "armenia", "nagorno-karabakh"),
    ),
    ("Analysts criticized Russia, which occupies Crimea.", E("controls", "russia", "crimea")),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE, ids=[t[:40] for t, _ in RELATIVE])
def test_relative_clauses(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


APPOSITION = [
    (
        "Russian Foreign Minister Sergei Lavrov criticized Finland.",
        E("criticizes", "russia", "finland"),
    ),
    ("Iranian general Qasem Soleimani threatened Israel.", E("threatens", "iran", "israel")),
    ("The Israeli spy agency Mossad attacked Iran's nuclear site.", E("attacks", "mossad", "iran")),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITION, ids=[t[:40] for t, _ in APPOSITION])
def test_appositions_and_titles(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


ANAPHORA = [
    (
        "Ghana hosted the summit. The country later criticized Togo.",
        E("criticizes", "ghana", "togo"),
    ),
    ("Peru closed its border. It accused Bolivia of smuggling.", E("accuses", "peru", "bolivia")),
]


@pytest.mark.parametrize(("text", "expected"), ANAPHORA, ids=[t[:40] for t, _ in ANAPHORA])
def test_anaphora(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


CONVERSE = [
    ("Azerbaijan buys weapons from Israel.", E("sellsArmsTo", "israel", "azerbaijan")),
    ("Egypt purchased fighter jets from France.", E("sellsArmsTo", "france", "egypt")),
]


@pytest.mark.parametrize(("text", "expected"), CONVERSE, ids=[t[:40] for t, _ in CONVERSE])
def test_converse_verbs(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


def test_selling_non_arms_is_not_arms_sales(extract) -> None:
    mentions = extract("Brazil sold coffee to Egypt. Chile sells copper to China.")
    assert not [m for m in mentions if m.relation == "sellsArmsTo"]


THREATS = [
    ("Israeli leaders hinted that they would attack Iran.", E("threatens", "israel", "iran", None)),
    ("North Korea said it would strike Japan.", E("threatens", "north-korea", "japan", None)),
]


@pytest.mark.parametrize(("text", "expected"), THREATS, ids=[t[:40] for t, _ in THREATS])
def test_threat_inference(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


def test_someone_else_predicting_an_attack_is_no_threat(extract) -> None:
    mentions = extract("An American official said Israel may attack Iran.")
    check(
        mentions,
        (E("attacks", "israel", "iran", "hypothetical"),),
        (E("threatens", "israel", "iran", None, None),),
    )


def test_denial_links_to_accusation(extract) -> None:
    text = (
        "Serbia accused Croatia of arming militias.\n\n"
        "Croatia denied the Serbian accusations as baseless."
    )
    mentions = extract(text)
    check(mentions, (E("accuses", "serbia", "croatia"), E("denies", "croatia", "serbia")))
    accusation = next(
        m for m in mentions if m.relation == "accuses" and m.extra.get("rule") == "verb"
    )
    denial = next(m for m in mentions if m.relation == "denies")
    assert denial.denies == accusation.id


def test_denying_accusations_implies_them(extract) -> None:
    mentions = extract("Qatar denies all accusations by Bahrain.")
    check(mentions, (E("denies", "qatar", "bahrain"), E("accuses", "bahrain", "qatar", "reported")))
