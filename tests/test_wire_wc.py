"""Recall on wire-style news leads (helper wc) for CAMEO roots 13-16: threaten,
protest, exhibit military posture and reduce relations (PLOVER THREATEN, PROTEST,
MOBILIZE, SANCTION). Each lead is longer and messier than the codebook's short
sentences: officials named by title, long subject phrases, time and place
adjuncts, attributions, appositions, passives, nominalisations and infinitives.
The main event is coded between its two actors; the speaker of an attribution is
no actor of it. A lead attributed to a source ("..., officials said") may be read as
reported or, when the source is the doer's own, asserted: its modality is left
open (None). Our own sentences, not gold records."""

from __future__ import annotations

from typing import Any

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[Any, ...]]) -> list[str]:
    return [str(row[0])[:40] for row in table]


WIRE_WC = [
    # 130 threaten.
    (
        "Iraqi President Saddam Hussein on Tuesday threatened Kuwait and the United Arab "
        "Emirates, accusing the two Gulf states of flooding the world oil market.",
        E("threatens", "iraq", "kuwait"),
    ),
    (
        "North Korea vowed Friday to punish South Korea for the sinking of its patrol boat, "
        "the official KCNA news agency said.",
        E("threatens", "north-korea", "south-korea", modality=None),
    ),
    (
        "Iraqi Foreign Minister Tariq Aziz vowed on Sunday to punish Kuwait for what he called "
        "its economic aggression against Baghdad.",
        E("threatens", "iraq", "kuwait"),
    ),
    # 131 threaten non-force.
    (
        "Japan warned South Korea on Thursday that it would take unspecified economic "
        "measures if Seoul did not lift its ban on Japanese seafood, a trade ministry "
        "official said.",
        E("threatens", "japan", "south-korea", modality=None),
    ),
    # 1311 threaten to reduce or stop aid.
    (
        "The United States threatened on Monday to suspend its $40 million aid program to "
        "Guatemala unless the military government curbed rights abuses, a State Department "
        "spokesman said.",
        E("threatens", "united-states", "guatemala", modality=None),
    ),
    (
        "Sweden, one of the biggest donors to Tanzania, has threatened to cut off "
        "development assistance to the East African country over alleged corruption.",
        E("threatens", "sweden", "tanzania"),
    ),
    # 1312 threaten to boycott, embargo or sanction.
    (
        "The European Community warned South Africa on Wednesday that it would impose new "
        "economic sanctions if Pretoria failed to release political prisoners.",
        E("threatens", "european-union", "south-africa"),
    ),
    # 1313 threaten to reduce or break relations.
    (
        "Senegal threatened late on Friday to sever diplomatic relations with Mauritania "
        "after border clashes killed dozens of Senegalese villagers, the official news "
        "agency APS reported.",
        E("threatens", "senegal", "mauritania", modality=None),
    ),
    # 132 threaten with administrative sanctions.
    (
        "Sri Lanka's government threatened on Thursday to revoke the licences of private "
        "television stations that broadcast rebel statements, a government spokesman said.",
        E("threatens", "sri-lanka", "sri-lanka", modality=None),
    ),
    # 1321 threaten to restrict freedom of speech.
    (
        "Zambian President Kenneth Kaunda threatened on Sunday to close down the country's "
        "only independent newspaper, accusing it of printing lies about his government.",
        E("threatens", "zambia", "zambia"),
    ),
    (
        "The Kenyan government threatened to revoke the broadcasting licences of three "
        "independent radio stations over their coverage of the election.",
        E("threatens", "kenya", "kenya"),
    ),
    # 1322 threaten to ban parties or politicians.
    (
        "Pakistan's military government threatened on Sunday to ban former Prime Minister "
        "Benazir Bhutto's party from the elections unless it expelled leaders facing "
        "corruption charges, officials said.",
        E("threatens", "pakistan", "person:benazir-bhutto", modality=None),
    ),
    # 1323 threaten curfew.
    (
        "Indian authorities in Kashmir threatened to impose a round-the-clock curfew in "
        "Srinagar after separatist groups called for a march on the United Nations office.",
        E("threatens", "india", "india"),
    ),
    # 1324 threaten state of emergency or martial law.
    (
        "Philippine President Corazon Aquino warned on Friday that she would declare martial "
        "law if rebel soldiers tried again to seize power in Manila.",
        E("threatens", "philippines", "philippines"),
    ),
    # 133 threaten with political dissent or protest.
    (
        "Palestinian leaders in the occupied West Bank threatened on Saturday to call a "
        "general strike against Israel if Jewish settlers were allowed to stay in Hebron.",
        E("threatens", "palestine", "israel"),
    ),
    # 134 threaten to halt negotiations.
    (
        "The African National Congress threatened on Tuesday to pull out of constitutional "
        "talks with the South African government unless political violence was curbed.",
        E("threatens", "org:african-national-congress", "south-africa"),
    ),
    # 135 threaten to halt mediation.
    (
        "Egyptian President Hosni Mubarak threatened to end Egypt's mediation between "
        "Israel and the Palestinians, saying neither side was serious about peace.",
        E("threatens", "egypt", "israel"),
    ),
    # 136 threaten to expel or withdraw.
    (
        "Iraq threatened on Monday to expel United Nations weapons inspectors within a week "
        "unless the Security Council set a date for lifting sanctions, the official Iraqi "
        "News Agency said.",
        E("threatens", "iraq", "united-nations", modality=None),
    ),
    (
        "Iraq threatened Monday to expel American members of the United Nations weapons "
        "inspection teams, the official Iraqi News Agency reported.",
        E("threatens", "iraq", "united-nations", modality=None),
    ),
    (
        "Iraq threatened Monday to expel American weapons inspectors within a week, accusing "
        "them of spying for Washington.",
        E("threatens", "iraq", "united-states"),
    ),
    (
        "The Croatian government has threatened to order United Nations peacekeepers out of "
        "the country when their mandate expires in March.",
        E("threatens", "croatia", "united-nations"),
    ),
    # 137 threaten with violent repression.
    (
        "Chinese Premier Li Peng warned the student protesters in Tiananmen Square on "
        "Friday that the army would crush any further unrest.",
        E("threatens", "china", "china"),
    ),
    # 138 threaten to use military force.
    (
        "Syria's defence minister warned Turkey on Tuesday that Damascus would use force "
        "to defend its territory, the Syrian state news agency SANA reported.",
        E("threatens", "syria", "turkey", modality=None),
    ),
    # 1381 threaten blockade.
    (
        "The United States and its allies threatened to impose a naval blockade on Haiti "
        "unless the military rulers in Port-au-Prince stepped down.",
        E("threatens", "united-states", "haiti"),
    ),
    # 1382 threaten occupation.
    (
        "Israeli Defence Minister Yitzhak Rabin threatened on Wednesday to reoccupy the "
        "Gaza Strip if Palestinian gunmen kept firing on Jewish settlements.",
        E("threatens", "israel", "gaza-strip"),
    ),
    # 1383 threaten unconventional violence.
    (
        "The Irish Republican Army threatened in a statement on Thursday to step up its "
        "bombing campaign against British targets.",
        E("threatens", "ira", "united-kingdom"),
    ),
    # 1384 threaten conventional attack.
    (
        "Iran's supreme leader warned the United States on Sunday that Iranian forces would "
        "attack American warships in the Gulf if they entered Iranian waters.",
        E("threatens", "iran", "united-states"),
    ),
    (
        "Iranian President Mahmoud Ahmadinejad threatened on Tuesday to wipe the Jewish state "
        "off the map if it attacked Iran's nuclear facilities.",
        E("threatens", "iran", "israel"),
    ),
    # 1385 threaten attack with weapons of mass destruction.
    (
        "Iraqi President Saddam Hussein threatened to use chemical weapons against Israel "
        "if the Jewish state attacked Iraq, Baghdad radio said.",
        E("threatens", "iraq", "israel", modality=None),
    ),
    # 139 give ultimatum.
    (
        "NATO on Wednesday gave the Bosnian Serbs a ten-day ultimatum to withdraw their "
        "heavy weapons from around Sarajevo or face air strikes.",
        E("threatens", "nato", "bosnia-and-herzegovina"),
    ),
    (
        "Thailand's military rulers issued an ultimatum to Burmese student rebels to leave "
        "their camps along the border by the end of the month.",
        E("threatens", "thailand", "myanmar"),
    ),
    # 140 engage in political dissent.
    (
        "Several hundred Tibetan exiles protested in New Delhi on Monday against Chinese "
        "rule in Tibet during a visit by Chinese Premier Li Peng.",
        E("protestsAgainst", "tibet", "china"),
    ),
    # 141 demonstrate or rally.
    (
        "Tens of thousands of South Koreans marched through central Seoul on Saturday to "
        "denounce the presence of American troops, police said.",
        E("protestsAgainst", "south-korea", "united-states", modality=None),
    ),
    # 1411 demonstrate for leadership change.
    (
        "Thousands of students demanding the resignation of President Suharto rallied in "
        "Jakarta on Thursday, witnesses said.",
        E("protestsAgainst", "indonesia", "indonesia", modality=None),
    ),
    (
        "Hundreds of students denouncing Prime Minister Benazir Bhutto rallied in Lahore on "
        "Friday, police said.",
        E("protestsAgainst", "pakistan", "pakistan", modality=None),
    ),
    # 1412 demonstrate for policy change.
    (
        "About 5,000 French farmers demonstrated in Strasbourg on Tuesday against planned "
        "cuts in European Community farm subsidies.",
        E("protestsAgainst", "france", "european-union"),
    ),
    # 1413 demonstrate for rights.
    (
        "Thousands of Kurds rallied in the southeastern Turkish city of Diyarbakir on Sunday "
        "to demand the right to education in their own language.",
        E("protestsAgainst", "turkey", "turkey"),
    ),
    # 1414 demonstrate for change in institutions or regime.
    (
        "Students and Buddhist monks demonstrated in Rangoon on Friday for an end to "
        "military rule, defying a ban on public gatherings.",
        E("protestsAgainst", "myanmar", "myanmar"),
    ),
    # 142 conduct hunger strike.
    (
        "Twelve jailed members of the Irish Republican Army began a hunger strike at the "
        "Maze prison near Belfast on Monday, a prison spokesman said.",
        E("protestsAgainst", "ira", "united-kingdom", modality=None),
    ),
    # 1423 hunger strike for rights.
    (
        "A group of Cuban political prisoners went on a hunger strike in Havana to demand "
        "better treatment, human rights activists said.",
        E("protestsAgainst", "cuba", "cuba", modality=None),
    ),
    # 143 conduct strike or boycott.
    (
        "More than 300,000 black mineworkers went on strike in South Africa on Monday in "
        "the biggest walkout in the country's history, the union said.",
        E("protestsAgainst", "south-africa", "south-africa", modality=None),
    ),
    (
        "A general strike called by Nepal's main opposition parties paralysed Kathmandu on "
        "Tuesday, with shops, schools and offices closed, police said.",
        E("protestsAgainst", "nepal", "nepal", modality=None),
    ),
    (
        "Thousands of Zambian mineworkers went on strike on the Copperbelt on Tuesday to "
        "demand higher wages, union officials said.",
        E("protestsAgainst", "zambia", "zambia", modality=None),
    ),
    # 1431 strike or boycott for leadership change.
    (
        "Bangladesh's main opposition parties boycotted parliament on Tuesday to press their "
        "demand for the resignation of Prime Minister Khaleda Zia.",
        E("protestsAgainst", "bangladesh", "bangladesh"),
    ),
    # 1433 strike or boycott for rights.
    (
        "Polish shipyard workers in Gdansk went on strike on Wednesday to demand the "
        "legalisation of the banned Solidarity trade union.",
        E("protestsAgainst", "poland", "poland"),
    ),
    # 144 obstruct passage, block.
    (
        "Angry French fishermen blockaded Channel ports on Tuesday to protest against cheap "
        "fish imports from Britain.",
        E("protestsAgainst", "france", "united-kingdom"),
    ),
    (
        "Hundreds of Greek truck drivers blocked the main border crossings with Bulgaria on "
        "Friday to protest against new road tolls.",
        E("protestsAgainst", "greece", "greece"),
    ),
    # 145 protest violently, riot.
    (
        "Rioters set fire to government buildings in the southern Albanian port of Vlore on "
        "Sunday after the collapse of pyramid investment schemes.",
        E("protestsAgainst", "albania", "albania"),
    ),
    (
        "Hundreds of angry residents rioted in the southern Iraqi port of Umm Qasr on Sunday "
        "over shortages of water and electricity.",
        E("protestsAgainst", "iraq", "iraq"),
    ),
    (
        "Hundreds of youths clashed with police in the Kenyan capital Nairobi on Tuesday after "
        "the arrest of an opposition leader, witnesses said.",
        E("protestsAgainst", "kenya", "kenya", modality=None),
    ),
    (
        "Hundreds of Kashmiri youths clashed with Indian police in Srinagar on Friday after "
        "prayers, a police officer said.",
        E("protestsAgainst", "kashmir", "india", modality=None),
    ),
    # 1452 violent protest for policy change.
    (
        "Violent protests over food prices swept the Algerian capital Algiers on Thursday for "
        "a third straight day, witnesses said.",
        E("protestsAgainst", "algeria", "algeria", modality=None),
    ),
    # 150 demonstrate military or police power.
    (
        "China staged large-scale military exercises off its southeastern coast on Friday "
        "in a show of force against Taiwan, the official Xinhua news agency said.",
        E("mobilizesAgainst", "china", "taiwan", modality=None),
    ),
    (
        "Russia staged naval drills in the Black Sea on Thursday in a show of force against "
        "Ukraine.",
        E("mobilizesAgainst", "russia", "ukraine"),
    ),
    (
        "North Korea held large-scale military drills near its border with South Korea on "
        "Tuesday, the South Korean Defence Ministry said.",
        E("mobilizesAgainst", "north-korea", "south-korea", modality=None),
    ),
    (
        "Greece staged naval exercises off its Aegean islands on Monday in a show of force "
        "against Turkey.",
        E("mobilizesAgainst", "greece", "turkey"),
    ),
    (
        "Libya held war games off its coast on Sunday in a show of force against the United "
        "States.",
        E("mobilizesAgainst", "libya", "united-states"),
    ),
    # 151 increase police alert status.
    (
        "Egyptian police were placed on maximum alert along the border with Libya on "
        "Saturday, security sources in Cairo said.",
        E("mobilizesAgainst", "egypt", "libya", modality=None),
    ),
    # 152 increase military alert status.
    (
        "Indian troops along the border with Pakistan were put on high alert on Monday "
        "after a clash in Kashmir, an army spokesman said.",
        E("mobilizesAgainst", "india", "pakistan", modality=None),
    ),
    (
        "Thai soldiers near the border with Cambodia were placed on high alert on Sunday after "
        "a skirmish, the army said.",
        E("mobilizesAgainst", "thailand", "cambodia", modality=None),
    ),
    # 153 mobilize or increase police power.
    (
        "Pakistani authorities deployed thousands of riot police across Karachi on Sunday "
        "ahead of an opposition strike, officials said.",
        E("mobilizesAgainst", "pakistan", "pakistan", modality=None),
    ),
    # 154 mobilize or increase armed forces.
    (
        "Turkey has massed tens of thousands of troops along its border with Syria, "
        "Turkish newspapers reported on Saturday.",
        E("mobilizesAgainst", "turkey", "syria", modality=None),
    ),
    (
        "Vietnam sent two more army divisions to its northern border with China this week, "
        "Western diplomats in Hanoi said.",
        E("mobilizesAgainst", "vietnam", "china", modality=None),
    ),
    # 160 reduce relations.
    (
        "Britain downgraded its diplomatic relations with Libya on Monday after the "
        "shooting of a policewoman outside the Libyan embassy in London.",
        E("sanctions", "united-kingdom", "libya"),
    ),
    # 161 reduce or break diplomatic relations.
    (
        "Iran broke off diplomatic relations with Britain on Tuesday, the official Islamic "
        "Republic News Agency said.",
        E("sanctions", "iran", "united-kingdom", modality=None),
    ),
    (
        "Morocco recalled its ambassador from Algiers on Friday in protest against "
        "Algeria's support for the Polisario Front.",
        E("sanctions", "morocco", "algeria"),
    ),
    # 162 reduce or stop aid.
    (
        "Japan suspended economic aid to China on Tuesday in protest against the crackdown "
        "on pro-democracy demonstrators, a Foreign Ministry spokesman said.",
        E("sanctions", "japan", "china", modality=None),
    ),
    # 1621 reduce or stop economic assistance.
    (
        "The World Bank has halted new loans to Kenya until the government in Nairobi "
        "carries out promised economic reforms, bank officials said.",
        E("sanctions", "world-bank", "kenya", modality=None),
    ),
    # 1622 reduce or stop military assistance.
    (
        "The United States cut off military aid to Guatemala on Thursday after the killing "
        "of an American citizen by soldiers.",
        E("sanctions", "united-states", "guatemala"),
    ),
    # 1623 reduce or stop humanitarian assistance.
    (
        "The World Food Programme suspended food deliveries to North Korea on Friday, "
        "saying it could no longer monitor where the aid went.",
        E("sanctions", "wfp", "north-korea"),
    ),
    # 163 impose embargo, boycott or sanctions.
    (
        "The United Nations Security Council on Monday imposed a total trade embargo on "
        "Iraq in response to its invasion of Kuwait.",
        E("sanctions", "un-security-council", "iraq"),
    ),
    (
        "The European Community and Japan imposed economic sanctions on China following "
        "the bloody suppression of the democracy movement in Beijing.",
        E("sanctions", "european-union", "china"),
    ),
    # 164 halt negotiations.
    (
        "Israel suspended peace talks with Syria on Monday after a wave of suicide bombings, "
        "Prime Minister Shimon Peres said.",
        E("sanctions", "israel", "syria", modality=None),
    ),
    (
        "Syria suspended its peace negotiations with the Jewish state on Wednesday after an "
        "Israeli air raid near Damascus, the official Syrian news agency SANA said.",
        E("sanctions", "syria", "israel", modality=None),
    ),
    # 165 halt mediation.
    (
        "Norway suspended its mediation between the Sri Lankan government and the Tamil "
        "Tiger rebels on Thursday, the Norwegian Foreign Ministry said.",
        E("sanctions", "norway", "sri-lanka", modality=None),
    ),
    # 166 expel or withdraw.
    (
        "Britain expelled three Iraqi diplomats on Friday for activities incompatible with "
        "their status, the Foreign Office said.",
        E("sanctions", "united-kingdom", "iraq", modality=None),
    ),
    (
        "Two Soviet diplomats were expelled by the Canadian government on Wednesday on "
        "charges of spying.",
        E("sanctions", "canada", "soviet-union"),
    ),
    # 1661 expel or withdraw peacekeepers.
    (
        "Belgium withdrew its remaining peacekeeping troops from Rwanda on Tuesday after "
        "ten Belgian soldiers were killed in Kigali.",
        E("sanctions", "belgium", "rwanda"),
    ),
    (
        "The Netherlands withdrew its peacekeeping troops from southern Lebanon on "
        "Wednesday, the Dutch Defence Ministry said.",
        E("sanctions", "netherlands", "lebanon", modality=None),
    ),
    # 1662 expel or withdraw inspectors, observers.
    (
        "North Korea expelled the last two inspectors of the International Atomic Energy "
        "Agency on Wednesday, the agency said in Vienna.",
        E("sanctions", "north-korea", "iaea", modality=None),
    ),
    # 1663 expel or withdraw aid agencies.
    (
        "Sudan expelled the World Food Programme from rebel-held areas of the south on "
        "Monday, accusing it of helping the rebels, aid workers said.",
        E("sanctions", "sudan", "wfp", modality=None),
    ),
    (
        "The Eritrean government expelled the United Nations Development Programme on "
        "Thursday, saying it had meddled in the country's internal affairs.",
        E("sanctions", "eritrea", "undp"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), WIRE_WC, ids=_ids(WIRE_WC))
def test_wire_lead(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# Leads whose main event was found beside a wrong one: each with what must not be.
WIRE_WC_NOT = [
    # "war games": "war" is the first word of its head's trigger, no fighting.
    (
        "Iran began war games along its southern coast on Monday in a show of force against "
        "the United States.",
        E("mobilizesAgainst", "iran", "united-states"),
        E("attacks", "iran", "united-states", modality=None),
    ),
    (
        "Pakistan launched war games near the Indian border on Thursday in a show of force "
        "against New Delhi, military officials said.",
        E("mobilizesAgainst", "pakistan", "india", modality=None),
        E("attacks", "pakistan", "india", modality=None),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), WIRE_WC_NOT, ids=_ids(WIRE_WC_NOT))
def test_wire_lead_without_wrong_reading(
    extract, text: str, expected: Expect, absent: Expect
) -> None:
    check(extract(text), (expected,), (absent,))
