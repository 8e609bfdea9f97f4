"""Recall on wire-style news leads (helper wb) for CAMEO roots 04 (consult), 09
(investigate), 10 (demand), 11 (disapprove) and 12 (reject): one lead or two per
code, in the style of agency copy (titles and full names, long subjects, time and
place adjuncts, attributions, passives, nominalisations, control and coordination),
each with the main event between its two actors. Our own sentences, not gold
records. Below it, the general readings the table needed, each with further
sentences of its own, and near readings that must not change."""

from __future__ import annotations

from typing import Any

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[Any, ...]]) -> list[str]:
    return [str(row[0])[:40] for row in table]


# (The comment before each lead gives its CAMEO code.)
LEADS = [
    # 040
    (
        "Egyptian President Hosni Mubarak conferred with King Hussein of Jordan on Sunday "
        "about the stalled Middle East peace process, a presidential spokesman said.",
        E("consults", "egypt", "jordan", modality="reported"),
    ),
    # 040
    (
        "Senior officials of the Philippine government and the Moro National Liberation Front"
        " held consultations in Jakarta late Tuesday, the Indonesian foreign ministry said.",
        E("consults", "philippines", "mnlf", modality="reported"),
    ),
    # 041
    (
        "Russian President Boris Yeltsin discussed the Kosovo crisis by telephone with German"
        " Chancellor Gerhard Schroeder on Friday, the Kremlin press service said.",
        E("consults", "russia", "germany", modality="reported"),
    ),
    # 041
    (
        "Japanese Prime Minister Ryutaro Hashimoto telephoned President Bill Clinton late "
        "Monday to discuss the dispute over car imports, officials in Tokyo said.",
        E("consults", "japan", "united-states", modality="reported"),
    ),
    # 042
    (
        "Foreign Minister Amr Moussa of Egypt arrived in Damascus on Wednesday for a two-day "
        "visit expected to focus on the peace talks between Syria and Israel.",
        E("consults", "egypt", "syria"),
    ),
    # 042
    (
        "A delegation of Chinese military officers led by Defence Minister Chi Haotian paid a"
        " five-day visit to Thailand last week, the Thai defence ministry said on Monday.",
        E("consults", "pla", "thailand", modality="reported"),
    ),
    # 042
    (
        "Pakistani Prime Minister Nawaz Sharif flew to Riyadh on Saturday for talks with "
        "Saudi leaders on the fighting in Afghanistan, state television reported.",
        E("negotiatesWith", "pakistan", "saudi-arabia", modality="reported"),
    ),
    # 043
    (
        "Indonesian President Suharto received visiting Malaysian Prime Minister Mahathir "
        "Mohamad at his private residence in Jakarta on Monday, the official Antara news "
        "agency reported.",
        E("consults", "indonesia", "malaysia", modality="reported"),
    ),
    # 043
    (
        "Polish President Lech Walesa played host to Chancellor Helmut Kohl of Germany in "
        "Warsaw on Tuesday at the start of a visit aimed at easing border tensions.",
        E("consults", "poland", "germany"),
    ),
    # 044
    (
        "The foreign ministers of Greece and Turkey met on the sidelines of a NATO gathering "
        "in Brussels on Thursday, a Greek diplomat said.",
        E("consults", "greece", "turkey", modality="reported"),
    ),
    # 044
    (
        "Israeli and Palestinian negotiators met secretly in the Norwegian capital Oslo over "
        "the weekend, officials in Jerusalem confirmed on Monday.",
        E("consults", "israel", "palestine"),
    ),
    # 045
    (
        "Norwegian Foreign Minister Knut Vollebaek mediated between the Sri Lankan government"
        " and the Tamil Tiger rebels during a visit to Colombo on Friday, diplomats said.",
        E("negotiatesWith", "norway", "sri-lanka", modality="reported"),
    ),
    # 045
    (
        "Algeria, which has acted as a mediator between Ethiopia and Eritrea since the border"
        " war began, sent an envoy to Addis Ababa on Sunday, the Algerian news agency said.",
        E("negotiatesWith", "algeria", "ethiopia"),
    ),
    # 046
    (
        "Negotiators from North Korea and the United States resumed talks in Geneva on Monday"
        " on the North's nuclear programme, a U.S. official said.",
        E("negotiatesWith", "north-korea", "united-states", modality="reported"),
    ),
    # 046
    (
        "Syria and Israel opened a new round of peace negotiations in Washington on Tuesday, "
        "the State Department said.",
        E("negotiatesWith", "syria", "israel", modality="reported"),
    ),
    # 090
    (
        "A team of United Nations experts began an inquiry on Monday into reports that Iraq "
        "had hidden missile parts, a U.N. spokesman said in Baghdad.",
        E("investigates", "united-nations", "iraq", modality="reported"),
    ),
    # 091
    (
        "French police questioned a senior Algerian diplomat on Wednesday in connection with "
        "a drug smuggling ring, the interior ministry in Paris said.",
        E("investigates", "france", "algeria", modality="reported"),
    ),
    # 091
    (
        "Italian prosecutors placed former Prime Minister Bettino Craxi under investigation "
        "on Tuesday for alleged corruption, judicial sources said in Milan.",
        E("investigates", "italy", "person:bettino-craxi", modality="reported"),
    ),
    # 092
    (
        "Amnesty International said on Thursday it had sent a fact-finding mission to "
        "Chechnya to investigate reports of abuses by Russian troops against civilians.",
        E("investigates", "org:amnesty-international", "russia", modality=None),
    ),
    # 094
    (
        "The U.N. war crimes tribunal in The Hague has begun an investigation into alleged "
        "atrocities by Serb forces in Kosovo, chief prosecutor Louise Arbour said on Monday.",
        E("investigates", "united-nations", "serbia"),
    ),
    # 100
    (
        "The Chinese government demanded on Tuesday that Washington stop selling advanced "
        "weapons to Taiwan, the official Xinhua news agency said.",
        E("demands", "china", "united-states", modality="reported"),
    ),
    # 1011
    (
        "Mexican President Ernesto Zedillo called on Washington on Thursday to speed up the "
        "opening of its markets to Mexican trucks under the free trade pact.",
        E("appealsTo", "mexico", "united-states"),
    ),
    # 1012
    (
        "Kuwait has asked the United States to station more troops and aircraft in the "
        "emirate as Iraqi forces massed near the border, a Kuwaiti official said.",
        E("appealsTo", "kuwait", "united-states", modality="reported"),
    ),
    # 1013
    (
        "Spanish judge Baltasar Garzon asked Britain on Friday to extradite former Chilean "
        "dictator Augusto Pinochet to stand trial in Madrid.",
        E("appealsTo", "spain", "united-kingdom"),
    ),
    # 1014
    (
        "Washington has asked Pakistan to share intelligence on the camps of Islamic "
        "militants in Afghanistan, a senior State Department official said on Wednesday.",
        E("appealsTo", "united-states", "pakistan", modality="reported"),
    ),
    # 102
    (
        "Palestinian President Yasser Arafat urged the European Union on Tuesday to play a "
        "bigger political role in the Middle East peace process.",
        E("appealsTo", "palestine", "european-union"),
    ),
    # 103
    (
        "Russia asked the International Monetary Fund on Wednesday for a new loan of about "
        "$10 billion to prop up the rouble, Finance Ministry officials said.",
        E("appealsTo", "russia", "imf", modality="reported"),
    ),
    # 1032
    (
        "The Bosnian government appealed to the United States on Sunday to supply its army "
        "with heavy weapons, a spokesman for President Alija Izetbegovic said.",
        E("appealsTo", "bosnia-and-herzegovina", "united-states", modality="reported"),
    ),
    # 1033
    (
        "Sudan appealed to the World Food Programme on Monday for urgent food supplies for a "
        "million people threatened by famine in the south.",
        E("appealsTo", "sudan", "wfp"),
    ),
    # 1034
    (
        "Albanian Prime Minister Fatos Nano asked the European Union on Friday to send a "
        "multinational force to restore order in the country.",
        E("appealsTo", "albania", "european-union"),
    ),
    # 1041
    (
        "Thousands of students demanded the resignation of President Suharto at a rally in "
        "Jakarta on Wednesday, witnesses said.",
        E("demands", "indonesia", "indonesia", modality="reported"),
    ),
    # 1042
    (
        "U.S. Trade Representative Mickey Kantor urged Japan on Thursday to change its rules "
        "on rice imports before the end of the year.",
        E("appealsTo", "united-states", "japan"),
    ),
    # 1043
    (
        "Human Rights Watch urged Turkey on Tuesday to grant its Kurdish minority the right "
        "to broadcast and teach in the Kurdish language.",
        E("appealsTo", "org:human-rights-watch", "turkey"),
    ),
    # 105
    (
        "The Arab League called on Iraq on Friday to pull its troops out of Kuwait "
        "immediately and unconditionally, Arab diplomats in Cairo said.",
        E("appealsTo", "arab-league", "iraq", modality="reported"),
    ),
    # 1053
    (
        "Pope John Paul II appealed to Iraqi leader Saddam Hussein on Sunday to free the "
        "foreign hostages held in Baghdad.",
        E("appealsTo", "holy-see", "iraq"),
    ),
    # 1054
    (
        "Cuban President Fidel Castro demanded that the United States lift its 35-year trade "
        "embargo against the island, in a speech to the National Assembly in Havana.",
        E("demands", "cuba", "united-states"),
    ),
    # 1055
    (
        "The U.N. Security Council demanded on Wednesday that Iraq give weapons inspectors "
        "immediate access to all sites, including presidential palaces.",
        E("demands", "un-security-council", "iraq"),
    ),
    # 1056
    (
        "The European Union urged India on Monday to pull back its troops from the border "
        "with Pakistan and to resume a dialogue.",
        E("appealsTo", "european-union", "india"),
    ),
    # 106
    (
        "South Korean President Kim Dae-jung called on North Korea on Thursday to resume "
        "talks on reuniting families separated by the Korean War.",
        E("appealsTo", "south-korea", "north-korea"),
    ),
    # 107
    (
        "U.N. Secretary-General Kofi Annan urged Ethiopia and Eritrea on Saturday to settle "
        "their border dispute by peaceful means.",
        E("appealsTo", "united-nations", "ethiopia"),
    ),
    # 108
    (
        "Cyprus asked the United Nations on Tuesday to mediate in the row with Turkey over "
        "the deployment of Russian missiles on the island.",
        E("appealsTo", "cyprus", "united-nations"),
    ),
    # 111
    (
        "Chinese Premier Li Peng denounced the United States on Wednesday for interfering in "
        "China's internal affairs, the official People's Daily reported.",
        E("criticizes", "china", "united-states", modality="reported"),
    ),
    # 111
    (
        "The decision of the French government to resume nuclear testing in the South Pacific"
        " was sharply criticised by Australia on Wednesday.",
        E("criticizes", "australia", "france"),
    ),
    # 1121
    (
        "Colombian President Ernesto Samper was accused by the United States on Tuesday of "
        "accepting campaign money from drug traffickers.",
        E("accuses", "united-states", "colombia"),
    ),
    # 1122
    (
        "Human Rights Watch accused Indonesian troops in East Timor on Thursday of torturing "
        "and killing civilians suspected of supporting independence.",
        E("accuses", "org:human-rights-watch", "indonesia"),
    ),
    # 1123
    (
        "Ethiopia accused Eritrea on Friday of launching fresh attacks along their disputed "
        "border, the state-run Ethiopian News Agency reported.",
        E("accuses", "ethiopia", "eritrea", modality="reported"),
    ),
    # 1124
    (
        "Bosnian Muslim leaders accused Serb forces of committing genocide in the eastern "
        "enclave of Srebrenica, Bosnian radio said on Tuesday.",
        E("accuses", "bosnia-and-herzegovina", "serbia", modality="reported"),
    ),
    # 1125
    (
        "Moscow accused a U.S. diplomat of spying on Tuesday and ordered him to leave the "
        "country within ten days, the Federal Security Service said.",
        E("accuses", "russia", "united-states", modality="reported"),
    ),
    # 113
    (
        "Secretary of State James Baker flew to Cairo on Monday as Washington sought to rally"
        " Arab support against Iraq.",
        E("criticizes", "united-states", "iraq"),
    ),
    # 114
    (
        "Greece lodged a formal protest with Turkey on Thursday over the violation of its "
        "airspace by Turkish fighter jets over the Aegean.",
        E("criticizes", "greece", "turkey"),
    ),
    # 115
    (
        "Nicaragua filed a suit against the United States at the International Court of "
        "Justice on Monday over the mining of its harbours.",
        E("accuses", "nicaragua", "united-states"),
    ),
    # 116
    (
        "A Belgian court found four Rwandans guilty on Friday of taking part in the 1994 "
        "genocide in their country.",
        E("accuses", "belgium", "rwanda"),
    ),
    # 120
    (
        "Yugoslav President Slobodan Milosevic rejected on Monday a NATO demand to allow "
        "foreign troops into Kosovo, the state news agency Tanjug said.",
        E("rejects", "serbia", "nato", modality="reported"),
    ),
    # 1212
    (
        "The Philippine Senate voted on Monday to reject a treaty with the United States that"
        " would have extended the lease of the Subic Bay naval base.",
        E("rejects", "philippines", "united-states"),
    ),
    # 1213
    (
        "Libya has refused to hand over the two suspects in the Lockerbie bombing to Britain,"
        " the official Jana news agency said on Sunday.",
        E("retreatsFrom", "libya", "united-kingdom", modality="reported", negated=True),
    ),
    # 1221
    (
        "North Korea has rejected an offer of rice aid from Japan, according to the official "
        "Korean Central News Agency.",
        E("rejects", "north-korea", "japan", modality="reported"),
    ),
    # 1224
    (
        "The Indonesian government on Tuesday rejected calls from Australia for an "
        "international peacekeeping force in East Timor.",
        E("rejects", "indonesia", "australia"),
    ),
    # 1232
    (
        "Beijing on Tuesday rejected demands from Washington that it improve its human rights"
        " record, calling them interference in its internal affairs.",
        E("rejects", "china", "united-states"),
    ),
    # 1233
    (
        "Turkey rejected calls by the European Union to give more cultural rights to its "
        "Kurdish minority, a foreign ministry spokesman said on Thursday.",
        E("rejects", "turkey", "european-union", modality="reported"),
    ),
    # 1243
    (
        "The Iraqi government refused on Sunday to release two British engineers jailed for "
        "entering the country illegally, diplomats in Baghdad said.",
        E("retreatsFrom", "iraq", "united-kingdom", modality="reported", negated=True),
    ),
    # 1244
    (
        "President Bill Clinton refused on Thursday to lift the American trade embargo on "
        "Vietnam, saying Hanoi had to do more to account for missing soldiers.",
        E("retreatsFrom", "united-states", "vietnam", negated=True),
    ),
    # 1245
    (
        "Iraq refused on Wednesday to allow U.N. weapons inspectors into the Defence Ministry"
        " in Baghdad, the chief inspector said.",
        E("retreatsFrom", "iraq", "united-nations", modality="reported", negated=True),
    ),
    # 125
    (
        "Israeli Prime Minister Yitzhak Shamir rejected on Sunday an Egyptian proposal for "
        "talks between Israel and a Palestinian delegation in Cairo.",
        E("rejects", "israel", "egypt"),
    ),
    # 127
    (
        "The Bosnian Serb parliament rejected an international peace plan drafted by the "
        "United States on Saturday, the Bosnian Serb news agency said.",
        E("rejects", "bosnia-and-herzegovina", "united-states", modality="reported"),
    ),
    # 128
    (
        "North Korea defied the International Atomic Energy Agency on Monday by refusing to "
        "allow the inspection of two suspected nuclear waste sites.",
        E("rejects", "north-korea", "iaea"),
    ),
    # 129
    (
        "The United States on Friday vetoed a U.N. Security Council resolution drafted by "
        "Egypt that would have condemned Israeli settlement building in East Jerusalem.",
        E("rejects", "united-states", "egypt"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEADS, ids=_ids(LEADS))
def test_wire_leads(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# The general readings the leads needed, each with sentences of its own.
READINGS = [
    # People or bodies "of"/"from" a list of actors stand for each of them.
    (
        "The defence ministers of Argentina and Chile met in Santiago on Friday to discuss "
        "their disputed border.",
        E("consults", "argentina", "chile"),
    ),
    (
        "Delegations from Armenia and Azerbaijan held talks in Moscow on Tuesday.",
        E("negotiatesWith", "armenia", "azerbaijan"),
    ),
    # Parties that meet each other meet at a venue; its state hosts no one.
    (
        "Greek and Turkish diplomats held consultations in Geneva.",
        E("consults", "greece", "turkey"),
    ),
    (
        "Israel and Jordan held a meeting in Washington.",
        E("consults", "israel", "jordan"),
    ),
    # "by telephone with": the party may hang on the means of talking.
    (
        "Greek Prime Minister Andreas Papandreou discussed the Cyprus issue by telephone with "
        "Turkish Prime Minister Turgut Ozal on Monday, a government spokesman said in Athens.",
        E("consults", "greece", "turkey", modality="reported"),
    ),
    # Playing host to someone hosts them.
    (
        "The Sultan of Oman played host to a delegation of senior Iranian officials in Muscat "
        "last week, the official news agency said.",
        E("consults", "oman", "iran", modality="reported"),
    ),
    # An inquiry into reports, or into acts by someone, looks into whoever they name.
    (
        "The European Commission opened an inquiry into claims that Greece had falsified its "
        "budget figures.",
        E("investigates", "european-commission", "greece"),
    ),
    (
        "Kenya opened an investigation into killings by Somali militiamen.",
        E("investigates", "kenya", "somalia"),
    ),
    (
        "The United Nations opened an investigation into atrocities by Serb forces.",
        E("investigates", "united-nations", "serbia"),
    ),
    (
        "The Organization of American States opened an investigation into massacres by "
        "Guatemalan troops.",
        E("investigates", "oas", "guatemala"),
    ),
    (
        "Amnesty International began an investigation into atrocities by Rwandan soldiers.",
        E("investigates", "org:amnesty-international", "rwanda"),
    ),
    # A text is its author's, not the body's it is put to.
    (
        "Russia vetoed a Security Council resolution sponsored by Britain and France.",
        E("rejects", "russia", "united-kingdom"),
    ),
    (
        "Russia vetoed a U.N. resolution proposed by Britain.",
        E("rejects", "russia", "united-kingdom"),
    ),
    # Crowds named by no state demand as the people of where they gather.
    (
        "Thousands of demonstrators demanded the release of opposition leader Aung San Suu Kyi "
        "at a rally in Rangoon on Sunday.",
        E("demands", "myanmar", "myanmar"),
    ),
    # Workers held abroad are captives one frees.
    (
        "Libyan authorities freed three German technicians on Tuesday after holding them for "
        "six months.",
        E("retreatsFrom", "libya", "germany"),
    ),
    # Rejecting a treaty with someone rejects them.
    (
        "The Icelandic parliament rejected the fisheries agreement with Norway on Thursday.",
        E("rejects", "iceland", "norway"),
    ),
    # Defying a body defies its will.
    (
        "Iraq defied the U.N. Security Council on Tuesday by expelling six American weapons "
        "inspectors.",
        E("rejects", "iraq", "un-security-council"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), READINGS, ids=_ids(READINGS))
def test_general_readings(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# Near readings that must not change.
NOT_READINGS = [
    # A venue is no host of those who meet there.
    (
        "Greek and Turkish diplomats held consultations in Geneva.",
        E("consults", "greece", "switzerland"),
    ),
    ("Israel and Jordan held a meeting in Washington.", E("consults", "israel", "united-states")),
    # A backer named by a participle is no author: the proposal stays American.
    (
        "Russia rejected the American proposal supported by France.",
        E("rejects", "russia", "france"),
    ),
]


@pytest.mark.parametrize(("text", "unexpected"), NOT_READINGS, ids=_ids(NOT_READINGS))
def test_near_readings(extract, text: str, unexpected: Expect) -> None:
    check(extract(text), (), (unexpected,))


# Hosting an event or defying odds meets and defies no one.
NONE = [
    ("Thailand played host to the Asian Games.", "consults"),
    ("Kenya played host to the Safari Rally, an international motor race.", "consults"),
    ("Ankara defied expectations by cutting interest rates.", "rejects"),
]


@pytest.mark.parametrize(("text", "relation"), NONE, ids=_ids(NONE))
def test_no_such_relation(extract, text: str, relation: str) -> None:
    assert not [m for m in extract(text) if m.relation == relation]
