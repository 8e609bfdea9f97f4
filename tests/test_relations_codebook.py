"""Sentence tables for vocabulary added family by family from the CAMEO codebook
(codes in each comment). Our own sentences, not gold records."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[str, object]]) -> list[str]:
    return [t[:40] for t, _ in table]


CODEBOOK = [
    # 040/041 consult: speaking with someone.
    ("Putin spoke with Erdogan by phone.", E("consults", "russia", "turkey")),
    (
        "The Indian prime minister spoke with the Japanese prime minister on Monday.",
        E("consults", "india", "japan"),
    ),
    # 020 appeal: pleading, petitioning, lobbying.
    ("Ukraine pleaded with NATO for more weapons.", E("appealsTo", "ukraine", "nato")),
    ("Fiji petitioned the United Nations for help.", E("appealsTo", "fiji", "united-nations")),
    ("Israel lobbied Germany to block the deal.", E("appealsTo", "israel", "germany")),
    # 052/053 defend verbally, rally support on behalf of.
    ("Saudi Arabia rallied behind Qatar.", E("supports", "saudi-arabia", "qatar")),
    ("France stood with Ukraine.", E("supports", "france", "ukraine")),
    ("Sweden stood up for Finland.", E("supports", "sweden", "finland")),
    # 061 economic cooperation: investing.
    ("China invested two billion dollars in Kenya.", E("cooperatesWith", "china", "kenya")),
    ("Japanese investment in Vietnam doubled.", E("cooperatesWith", "japan", "vietnam")),
    # 072 military aid: supplying someone with weapons; training their forces.
    ("Iran provided Hezbollah with rockets.", E("sellsArmsTo", "iran", "hezbollah")),
    ("Russia supplied Syria with tanks.", E("sellsArmsTo", "russia", "syria")),
    ("American troops trained Iraqi soldiers.", E("aids", "united-states", "iraq")),
    ("British instructors trained Ukrainian recruits.", E("aids", "united-kingdom", "ukraine")),
    # 070/073 aid: supplying someone with aid, disbursing it.
    ("Turkey supplied Syria with food.", E("aids", "turkey", "syria")),
    ("Norway provided Yemen with medicine.", E("aids", "norway", "yemen")),
    ("The World Bank disbursed a loan to Ghana.", E("aids", "world-bank", "ghana")),
    ("Japan disbursed a loan to Kenya.", E("aids", "japan", "kenya")),
    # 082 ease political dissent: calling off protests, ending strikes.
    (
        "The Venezuelan opposition called off its protests.",
        E("concedesTo", "venezuela", "venezuela"),
    ),
    (
        "The Thai opposition ended its protest against the government.",
        E("concedesTo", "thailand", "thailand"),
    ),
    ("Kenyan teachers ended their strike.", E("concedesTo", "kenya", "kenya")),
    ("Nigerian doctors called off their strike.", E("concedesTo", "nigeria", "nigeria")),
    # 0841 release persons: turning over suspects.
    ("Libya turned over the suspects to Britain.", E("retreatsFrom", "libya", "united-kingdom")),
    ("Pakistan turned over two fugitives to India.", E("retreatsFrom", "pakistan", "india")),
    # 085 ease sanctions: unfreezing assets.
    ("The United States unfroze Iranian assets.", E("retreatsFrom", "united-states", "iran")),
    ("Britain unfroze Libyan assets.", E("retreatsFrom", "united-kingdom", "libya")),
    # 086 allow international involvement: letting monitors in.
    ("Sudan allowed UN peacekeepers into Darfur.", E("retreatsFrom", "sudan", "united-nations")),
    ("Iran admitted IAEA inspectors.", E("retreatsFrom", "iran", "iaea")),
    ("North Korea received UN inspectors.", E("retreatsFrom", "north-korea", "united-nations")),
    # 087 de-escalate: stopping acts of war.
    ("Israel halted its air strikes on Gaza.", E("retreatsFrom", "israel", "gaza-strip")),
    ("Russia suspended its offensive in Ukraine.", E("retreatsFrom", "russia", "ukraine")),
    ("Turkey ended its incursion into Iraq.", E("retreatsFrom", "turkey", "iraq")),
    # 0873 demobilize: decommissioning, demobilization.
    ("Russia decommissioned its bases in Georgia.", E("retreatsFrom", "russia", "georgia")),
    (
        "Ethiopia began the demilitarization of its border with Eritrea.",
        E("retreatsFrom", "ethiopia", "eritrea"),
    ),
    # 116 find guilty.
    (
        "A Dutch court found three Russians guilty of murder.",
        E("accuses", "netherlands", "russia"),
    ),
    ("A Kenyan court found two Somalis guilty of piracy.", E("accuses", "kenya", "somalia")),
    # 145 riot: protesters clashing with police.
    ("Kenyan protesters clashed with police.", E("protestsAgainst", "kenya", "kenya")),
    ("Rioters clashed with police in Paris.", E("protestsAgainst", "france", "france")),
    # 139 give ultimatum: the light verb's indirect object is the target.
    ("Turkey gave Syria an ultimatum.", E("threatens", "turkey", "syria")),
    ("Russia handed Georgia an ultimatum.", E("threatens", "russia", "georgia")),
    # 161 break relations.
    ("Bolivia broke diplomatic relations with Israel.", E("sanctions", "bolivia", "israel")),
    ("Senegal broke ties with Iran.", E("sanctions", "senegal", "iran")),
    # 0841 exchanging prisoners with the other side.
    ("Israel swapped prisoners with Hezbollah.", E("retreatsFrom", "israel", "hezbollah")),
    ("Ukraine exchanged prisoners with Russia.", E("retreatsFrom", "ukraine", "russia")),
    # 1663 expel aid agencies.
    ("Sudan expelled British aid agencies.", E("sanctions", "sudan", "united-kingdom")),
    ("Niger expelled French charities.", E("sanctions", "niger", "france")),
    # 1711 confiscate: impounding.
    ("Iran impounded a Greek tanker.", E("coerces", "iran", "greece")),
    ("Indonesia impounded two Vietnamese fishing boats.", E("coerces", "indonesia", "vietnam")),
    # 181 abduct, hijack, take hostage: unconventional violence.
    ("Somali pirates hijacked a Greek ship.", E("assaults", "somalia", "greece")),
    ("Hezbollah took two Israeli soldiers hostage.", E("assaults", "hezbollah", "israel")),
    ("Boko Haram kidnapped Nigerian schoolgirls.", E("assaults", "boko-haram", "nigeria")),
    # 182 physically assault: shooting someone.
    ("Israeli soldiers shot a Palestinian teenager.", E("assaults", "israel", "palestine")),
    ("Iranian police shot an Afghan migrant.", E("assaults", "iran", "afghanistan")),
    # 196 violate ceasefire.
    ("Russia violated the ceasefire in Ukraine.", E("attacks", "russia", "ukraine")),
    ("Pakistan breached the truce with India.", E("attacks", "pakistan", "india")),
    # 203/204 genocide, weapons of mass destruction.
    ("Syria used chemical weapons against Turkey.", E("assaults", "syria", "turkey")),
    ("Iraq employed nerve gas against Iran.", E("assaults", "iraq", "iran")),
    (
        "Serbia committed genocide against Bosnia.",
        E("assaults", "serbia", "bosnia-and-herzegovina"),
    ),
    ("The genocide of Armenians by Turkey.", E("assaults", "turkey", "armenia")),
]


@pytest.mark.parametrize(("text", "expected"), CODEBOOK, ids=_ids(CODEBOOK))
def test_codebook_vocabulary(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# Readings the new words must not take.
NOT = [
    # A labour strike called off is no de-escalation; an air strike halted no concession.
    ("Kenyan teachers ended their strike.", E("retreatsFrom", "kenya", "kenya")),
    ("Israel halted its air strikes on Gaza.", E("concedesTo", "israel", "israel")),
    # Rallying behind someone is no protest.
    ("Saudi Arabia rallied behind Qatar.", E("protestsAgainst", "saudi-arabia", "saudi-arabia")),
    # Speaking to reporters consults no one.
    ("The Kenyan president spoke to Somali reporters.", E("consults", "kenya", "somalia")),
    # A kidnapping is no act of state power.
    ("Two Dutch engineers were kidnapped in Nigeria.", E("coerces", "nigeria", "netherlands")),
]


@pytest.mark.parametrize(("text", "absent"), NOT, ids=_ids(NOT))
def test_codebook_readings_not_taken(extract, text: str, absent: Expect) -> None:
    check(extract(text), (), (absent,))


STOPPED = [
    ("Israel halted its air strikes on Gaza.", "attacks"),
    ("Egypt lifted its blockade of Gaza.", "coerces"),
    ("Canada suspended talks with Venezuela.", "negotiatesWith"),
]


@pytest.mark.parametrize(("text", "relation"), STOPPED, ids=_ids(STOPPED))
def test_a_stopped_act_is_no_event(extract, text: str, relation: str) -> None:
    """The noun a verb of stopping takes ("halted its air strikes") states no act."""
    found = [m for m in extract(text) if m.relation == relation]
    assert all(m.negated and not m.event for m in found), found
