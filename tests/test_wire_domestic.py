"""Unnamed domestic sides, fights between coordinated parties, acts on a group's
gathering (helper ud).

Our own sentences in the style of 1975-2005 wire leads (not gold records). Each row
gives the PLOVER type of an event the sentence must code and both sides' codes as an
event coder gives them (``geograph.evaluate.actor_code``: the country, else
IGO/NGO/IMG). Three kinds:

* bare "rebels", "guerrillas", "insurgents", "militants", "separatists", named by no
  other word, acted on or acting other than by violence, are the rebels of the one
  country the sentence names (an event coder's convention); with two countries
  named, whose they are is unknown, and a state never arms, aids or backs rebels
  read as its own (those it helps are abroad);
* coordinated parties of a mutual act (fighting, clashing, exchanging fire) act on
  each other also when one is a state's organ and the other its own rebels or
  people ("government troops and Tamil rebels fought"), and "fighting broke out
  between X and Y" is their fight;
* so are bare protest crowds ("students", "demonstrators", "striking teachers")
  acted on, unless deported, evacuated or welcomed (most often foreigners); crowds
  with no state or place that demand of, denounce or accuse a government named as
  such are its people (the ``addressee`` slot, as for protests);
* an act on a gathering, march, strike or rally is an act on whoever holds it, also
  when the parser hangs its "by" phrase on the verb ("banned a rally by opposition
  supporters", "broke up a march by students").

Of the 95 leads below (DOMESTIC, CROWDS, MUTUAL, GATHERINGS), 30 read right before
this helper's changes and all after; the 23 GUARDS (two states named, rebels praising
a state, a state arming rebels, jets called fighters, two organs of one state, guarding
a march, deported or foreign students, private quarrels, a past war) code no such
event before or after.
"""

from __future__ import annotations

import pytest

from geograph.evaluate import actor_code
from relations_util import row_ids

# (sentence, PLOVER type, source code, target code)
Row = tuple[str, str, str, str]

DOMESTIC: list[Row] = [
    (
        "The Sudanese army launched a fresh offensive against rebels in the south.",
        "FIGHT",
        "SDN",
        "SDN",
    ),
    (
        "The Salvadoran government accused guerrillas of blowing up power lines.",
        "DISAPPROVE",
        "SLV",
        "SLV",
    ),
    (
        "The Indonesian army accused separatists of killing two soldiers.",
        "DISAPPROVE",
        "IDN",
        "IDN",
    ),
    ("The Senegalese army accused separatists of laying mines.", "DISAPPROVE", "SEN", "SEN"),
    (
        "The Sudanese government accused the rebels of violating the truce.",
        "DISAPPROVE",
        "SDN",
        "SDN",
    ),
    (
        "The Angolan army accused the rebels of shelling the town of Kuito.",
        "DISAPPROVE",
        "AGO",
        "AGO",
    ),
    ("The Liberian government offered talks to the rebels.", "AGREE", "LBR", "LBR"),
    ("The Algerian government ruled out talks with the rebels.", "REJECT", "DZA", "DZA"),
    ("The Algerian government refused to negotiate with the militants.", "REJECT", "DZA", "DZA"),
    ("The Mexican government opened talks with the rebels in Chiapas.", "CONSULT", "MEX", "MEX"),
    ("The Nepalese government held peace talks with the rebels.", "CONSULT", "NPL", "NPL"),
    ("The Colombian government signed a ceasefire with the guerrillas.", "RETREAT", "COL", "COL"),
    ("Angolan government troops recaptured a town from the rebels.", "FIGHT", "AGO", "AGO"),
    ("The Turkish army said it killed 20 separatists in the southeast.", "FIGHT", "TUR", "TUR"),
    ("The Turkish army killed 20 rebels near Diyarbakir.", "FIGHT", "TUR", "TUR"),
    ("The Indian army killed 12 militants in a gunbattle.", "FIGHT", "IND", "IND"),
    ("Rebels released 12 Filipino soldiers captured in an ambush.", "RETREAT", "PHL", "PHL"),
    ("Rebels freed three Angolan officials they had held for a month.", "RETREAT", "AGO", "AGO"),
    ("Rebels handed over 20 Sierra Leonean soldiers to the Red Cross.", "RETREAT", "SLE", "SLE"),
    ("Rebels accused the Chadian army of massacring civilians.", "DISAPPROVE", "TCD", "TCD"),
    ("Militants demanded talks with the Egyptian government.", "DEMAND", "EGY", "EGY"),
    ("Insurgents demanded talks with the Egyptian government.", "DEMAND", "EGY", "EGY"),
    ("Rebels demanded talks with the Peruvian government.", "DEMAND", "PER", "PER"),
    ("Rebels agreed to a ceasefire with the Sierra Leonean government.", "RETREAT", "SLE", "SLE"),
    ("The Burmese government freed 200 guerrillas under an amnesty.", "CONCEDE", "MMR", "MMR"),
    ("The Peruvian army arrested 30 guerrillas in the Andes.", "COERCE", "PER", "PER"),
    ("Ugandan troops captured 15 rebels in a raid.", "COERCE", "UGA", "UGA"),
    ("The Philippine army said it had killed 12 guerrillas in a clash.", "FIGHT", "PHL", "PHL"),
    (
        "Government troops killed 22 rebels in fighting near the Chadian capital.",
        "FIGHT",
        "TCD",
        "TCD",
    ),
    ("The army shelled rebel positions outside Kabul on Monday.", "FIGHT", "AFG", "AFG"),
    ("Soldiers opened fire on demonstrators in Rangoon, witnesses said.", "ASSAULT", "MMR", "MMR"),
    ("Police fired tear gas at demonstrators in Nairobi.", "COERCE", "KEN", "KEN"),
    ("Guerrillas ambushed a Guatemalan army patrol.", "FIGHT", "GTM", "GTM"),
]

# Bare protest crowds acted on are the one country's people.
CROWDS: list[Row] = [
    ("The Kenyan government accused students of rioting.", "DISAPPROVE", "KEN", "KEN"),
    ("The Chinese government warned students against further protests.", "THREATEN", "CHN", "CHN"),
    ("The Pakistani government held talks with striking students.", "CONSULT", "PAK", "PAK"),
    ("The Zambian government banned a rally by striking teachers.", "COERCE", "ZMB", "ZMB"),
    (
        "The Venezuelan president denounced the demonstrators as traitors.",
        "DISAPPROVE",
        "VEN",
        "VEN",
    ),
    ("The South Korean government promised to punish the rioters.", "THREATEN", "KOR", "KOR"),
    # Crowds named by no state or place act as the people of the government they
    # address ("addressee").
    ("Students demanded the resignation of the Kenyan president.", "DEMAND", "KEN", "KEN"),
    ("Strikers demanded talks with the Bolivian government.", "DEMAND", "BOL", "BOL"),
    ("Demonstrators denounced the Chilean government.", "DISAPPROVE", "CHL", "CHL"),
    ("Miners condemned the Polish government.", "DISAPPROVE", "POL", "POL"),
    ("Students accused the Kenyan government of corruption.", "DISAPPROVE", "KEN", "KEN"),
]

MUTUAL: list[Row] = [
    (
        "Government troops and Tamil rebels fought fierce battles near Jaffna.",
        "FIGHT",
        "LKA",
        "LKA",
    ),
    ("Sri Lankan troops and Tamil rebels fought near Jaffna.", "FIGHT", "LKA", "LKA"),
    (
        "Heavy fighting broke out between government troops and rebels in Liberia.",
        "FIGHT",
        "LBR",
        "LBR",
    ),
    ("Heavy fighting broke out between Liberian troops and rebels.", "FIGHT", "LBR", "LBR"),
    ("Heavy fighting broke out between Iraqi and Iranian troops.", "FIGHT", "IRQ", "IRN"),
    ("Clashes between Armenian and Azerbaijani forces erupted on Sunday.", "FIGHT", "ARM", "AZE"),
    ("Clashes between Zairean troops and rebels left 30 dead.", "FIGHT", "COD", "COD"),
    ("Government troops and rebels clashed near Monrovia.", "FIGHT", "LBR", "LBR"),
    ("Liberian soldiers and rebels fought a fierce battle.", "FIGHT", "LBR", "LBR"),
    ("Rebels and government forces exchanged fire in Burundi.", "FIGHT", "BDI", "BDI"),
    ("Salvadoran soldiers and rebels battled for control of a hilltop.", "FIGHT", "SLV", "SLV"),
    (
        "Salvadoran soldiers and leftist guerrillas fought a battle near San Salvador.",
        "FIGHT",
        "SLV",
        "SLV",
    ),
    (
        "Philippine government forces and Muslim rebels clashed on the island of Jolo.",
        "FIGHT",
        "PHL",
        "PHL",
    ),
    ("Algerian security forces and Islamic militants clashed near Blida.", "FIGHT", "DZA", "DZA"),
    ("Nepalese troops and Maoist rebels fought a gun battle in the west.", "FIGHT", "NPL", "NPL"),
    ("Somali government forces and Islamist fighters clashed in Mogadishu.", "FIGHT", "SOM", "SOM"),
    (
        "Angolan troops and UNITA guerrillas clashed in the central highlands.",
        "FIGHT",
        "AGO",
        "AGO",
    ),
    (
        "Indian and Pakistani troops exchanged fire across the Line of Control.",
        "FIGHT",
        "IND",
        "PAK",
    ),
    ("Iraqi and Iranian forces battled for control of the Fao peninsula.", "FIGHT", "IRN", "IRQ"),
    ("Ethiopian and Eritrean troops fought along the disputed border.", "FIGHT", "ETH", "ERI"),
    (
        "Chinese and Vietnamese naval vessels clashed near the Spratly Islands.",
        "FIGHT",
        "CHN",
        "VNM",
    ),
    ("Police and demonstrators clashed in the streets of Karachi.", "PROTEST", "PAK", "PAK"),
    ("Police and students clashed in Seoul for a third day.", "PROTEST", "KOR", "KOR"),
]

GATHERINGS: list[Row] = [
    (
        "The Cambodian government banned a rally by opposition supporters in Phnom Penh.",
        "COERCE",
        "KHM",
        "KHM",
    ),
    ("Riot police broke up a march by students in Seoul.", "COERCE", "KOR", "KOR"),
    ("South Korean police broke up a march by students.", "COERCE", "KOR", "KOR"),
    ("Police broke up a sit-in by farmers in Manila.", "COERCE", "PHL", "PHL"),
    ("Soldiers broke up a rally by opposition supporters in Lome.", "COERCE", "TGO", "TGO"),
    ("Police broke up a march by opposition supporters in Kampala.", "COERCE", "UGA", "UGA"),
    ("South African police banned a funeral march by black students.", "COERCE", "ZAF", "ZAF"),
    ("Nigerian police broke up a strike by oil workers in Lagos.", "COERCE", "NGA", "NGA"),
    ("Police in Lagos broke up a strike by dock workers.", "COERCE", "NGA", "NGA"),
    ("Police dispersed a strike by bus drivers in Dhaka.", "COERCE", "BGD", "BGD"),
    ("Troops broke up a strike by tin miners in Bolivia.", "COERCE", "BOL", "BOL"),
    ("Chilean police dispersed a demonstration by copper miners.", "COERCE", "CHL", "CHL"),
    ("Riot police dispersed a rally by pensioners in Moscow.", "COERCE", "RUS", "RUS"),
    ("Security forces dispersed a demonstration by students in Tehran.", "COERCE", "IRN", "IRN"),
    (
        "The Pakistani government banned a rally by the opposition in Lahore.",
        "COERCE",
        "PAK",
        "PAK",
    ),
    ("The Indian government banned a rally by separatists.", "COERCE", "IND", "IND"),
    ("Spanish police broke up a march by separatists in Bilbao.", "COERCE", "ESP", "ESP"),
    ("Turkish police dispersed a demonstration of Kurds in Istanbul.", "COERCE", "TUR", "TUR"),
    ("The Kenyan government closed an opposition newspaper.", "COERCE", "KEN", "KEN"),
    ("Chilean police raided the offices of an opposition party.", "COERCE", "CHL", "CHL"),
    ("Zimbabwe banned a meeting of the opposition.", "COERCE", "ZWE", "ZWE"),
    (
        "The Egyptian government shut down the offices of the opposition Wafd party.",
        "COERCE",
        "EGY",
        "EGY",
    ),
    ("Police arrested 15 opposition activists in Minsk.", "COERCE", "BLR", "BLR"),
    ("Soldiers broke up a protest by farmers in Honduras.", "COERCE", "HND", "HND"),
    ("The Kenyan police banned a rally of the opposition in Nairobi.", "COERCE", "KEN", "KEN"),
    ("Nepalese police arrested dozens of students in Kathmandu on Friday.", "COERCE", "NPL", "NPL"),
    ("Iranian police attacked a gathering of students in Tehran.", "FIGHT", "IRN", "IRN"),
    (
        "Egyptian authorities shut down a newspaper of the Muslim Brotherhood.",
        "COERCE",
        "EGY",
        "EGY",
    ),
]

# (sentence, PLOVER type, source code, target code) that must NOT be coded; a type of
# "*" forbids any mention at all.
GUARDS: list[Row] = [
    # Two states named: whose rebels they are is unknown.
    ("Ethiopia accused Eritrea of arming rebels.", "SUPPORT", "ERI", "ERI"),
    ("Ethiopia accused Eritrea of arming rebels.", "DISAPPROVE", "ETH", "ETH"),
    ("Uganda accused Sudan of sheltering rebels.", "DISAPPROVE", "UGA", "UGA"),
    ("Thailand and Cambodia blamed rebels for the attack.", "*", "", ""),
    ("France and Britain condemned the rebels.", "*", "", ""),
    ("Iran backs the rebels, the Saudi government said.", "SUPPORT", "IRN", "IRN"),
    # Rebels acting on a state other than through its organs may be anyone's.
    ("Rebels praised the United States.", "*", "", ""),
    ("Rebels welcomed the U.S. decision.", "*", "", ""),
    # A state arms, aids or backs rebels abroad, not its own.
    ("Russia sent weapons to the rebels.", "AID", "RUS", "RUS"),
    ("Libya supplied arms to the rebels.", "AID", "LBY", "LBY"),
    ("The United States armed the rebels.", "*", "", ""),
    ("According to the minister, the rebels are backed by Iran.", "SUPPORT", "IRN", "IRN"),
    # Fighters may be jets; only rebel nouns are read as the country's rebels.
    ("The Indian air force sent fighters to the border.", "FIGHT", "IND", "IND"),
    # Two organs of one state are no two sides of a fight read from coordination.
    ("Nigerian police and soldiers clashed with rioters in Kano.", "FIGHT", "NGA", "NGA"),
    # Guarding or escorting a march is no repression.
    ("Police guarded a march by students in Seoul.", "COERCE", "KOR", "KOR"),
    ("Police escorted a rally by opposition supporters in Nairobi.", "COERCE", "KEN", "KEN"),
    # Crowds a state deports or welcomes are most often foreigners; "foreign students"
    # say so.
    ("The United States deported 50 students.", "COERCE", "USA", "USA"),
    ("The Thai government welcomed foreign students.", "*", "", ""),
    # A crowd denouncing a state (not its government) may be anywhere; a group of no
    # crowd word may be anyone's.
    ("Protesters denounced the United States.", "DISAPPROVE", "USA", "USA"),
    ("Human rights groups condemned the Egyptian government.", "DISAPPROVE", "EGY", "EGY"),
    # A private quarrel.
    ("Two neighbours fought over a parking space in Ohio.", "*", "", ""),
    ("The singer and her manager clashed over the tour.", "*", "", ""),
    # A past war named is no fighting now.
    ("The war between Iran and Iraq ended in 1988.", "FIGHT", "IRN", "IRQ"),
]


def _events(extract, text: str) -> list[tuple[str, str, str]]:
    return [
        (str(m.plover), actor_code(m.source), actor_code(m.target))
        for m in extract(text)
        if m.event
    ]


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    DOMESTIC + CROWDS + MUTUAL + GATHERINGS,
    ids=row_ids(DOMESTIC + CROWDS + MUTUAL + GATHERINGS),
)
def test_domestic_event_coded(extract, text: str, plover: str, source: str, target: str) -> None:
    found = _events(extract, text)
    assert (plover, source, target) in found, found


@pytest.mark.parametrize(("text", "plover", "source", "target"), GUARDS, ids=row_ids(GUARDS))
def test_domestic_guard(extract, text: str, plover: str, source: str, target: str) -> None:
    mentions = extract(text)
    if plover == "*":
        assert not mentions, [(m.relation, m.source.id, m.target.id) for m in mentions]
        return
    assert (plover, source, target) not in _events(extract, text)
