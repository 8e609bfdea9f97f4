"""Recall on wire-style news leads for CAMEO roots 03 (intent to cooperate), 05
(diplomatic cooperation), 06 (material cooperation), 07 (aid) and 08 (yield): one lead
per code (INTENT_LEADS, DEED_LEADS), longer and messier than the codebook tables
(titles and full names, long subject phrases, time and place adjuncts, attributions,
appositions, relative clauses, passives, infinitives, coordinated verbs); then the
general rules those leads needed, each with sentences of its own (RULES,
WILL_ACROSS_ADJUNCTS). Our own sentences in the style of 1980s-2000s wire leads, not
gold records."""

from __future__ import annotations

import pytest

from geograph.model import Mention
from relations_util import SYMMETRIC, Expect, check, matches

E = Expect


def _ids(table: list[tuple[str, str, Expect]]) -> list[str]:
    return [f"{code} {text[:40]}" for code, text, _ in table]


# 03x: a stated will, coded as the intent (PLOVER AGREE, CAMEO 03x), any modality.
INTENT_LEADS = [
    # 030 intent to cooperate.
    (
        "030",
        "Japanese Prime Minister Toshiki Kaifu said on Tuesday that Tokyo was ready to "
        "cooperate with Moscow in developing Siberian oil fields, Kyodo news agency reported.",
        E("cooperatesWith", "japan", "russia"),
    ),
    # 031 material cooperation.
    (
        "031",
        "Egypt and Sudan agreed on Sunday to set up a joint technical committee to manage the "
        "waters of the Nile, the official Middle East News Agency said.",
        E("cooperatesWith", "egypt", "sudan"),
    ),
    # 0311 economic.
    (
        "0311",
        "South Korea pledged on Friday to expand economic cooperation with Vietnam, including "
        "new investment in steel and textile plants, officials in Seoul said.",
        E("cooperatesWith", "south-korea", "vietnam"),
    ),
    # 0312 military.
    (
        "0312",
        "Turkish Defence Minister Hikmet Sami Turk said Ankara would hold joint naval exercises "
        "with Israel in the eastern Mediterranean next month.",
        E("cooperatesWith", "turkey", "israel"),
    ),
    # 0313 judicial.
    (
        "0313",
        "Colombian President Virgilio Barco said late on Thursday that his government was "
        "prepared to extradite drug traffickers to the United States despite threats from the "
        "cartels.",
        E("cooperatesWith", "colombia", "united-states"),
    ),
    # 0314 intelligence.
    (
        "0314",
        "Pakistan offered on Wednesday to share intelligence with the United States on the "
        "militant network, a senior Pakistani official said in Islamabad.",
        E("cooperatesWith", "pakistan", "united-states"),
    ),
    # 032 diplomatic support.
    (
        "032",
        "Russian Foreign Minister Yevgeny Primakov said on Monday that Moscow would back "
        "Belgrade at the United Nations Security Council over the Kosovo crisis.",
        E("supports", "russia", "serbia"),
    ),
    # 033 material aid.
    (
        "033",
        "Japan promised on Thursday to provide aid to Cambodia to rebuild its war-ravaged "
        "economy, the Foreign Ministry said in a statement.",
        E("aids", "japan", "cambodia"),
    ),
    # 0331 economic aid.
    (
        "0331",
        "The World Bank said on Tuesday it was ready to lend Poland up to $2 billion over "
        "three years to support the country's economic reforms.",
        E("aids", "world-bank", "poland"),
    ),
    # 0332 military aid.
    (
        "0332",
        "U.S. Defense Secretary William Cohen said Washington would supply Jordan with F-16 "
        "fighter jets to strengthen the kingdom's air defences.",
        E("sellsArmsTo", "united-states", "jordan"),
    ),
    # 0333 humanitarian aid.
    (
        "0333",
        "The European Community pledged on Monday to send emergency food aid to famine-stricken "
        "Ethiopia, a Commission spokesman said in Brussels.",
        E("aids", "european-union", "ethiopia"),
    ),
    # 0334 peacekeeping.
    (
        "0334",
        "Bangladesh has offered to send a battalion of peacekeeping troops to Haiti, a "
        "Foreign Ministry spokesman said in Dhaka on Sunday.",
        E("aids", "bangladesh", "haiti"),
    ),
    # 034/0344 political reform.
    (
        "034",
        "Algerian President Chadli Bendjedid pledged on Monday to introduce political reforms "
        "after a week of rioting in Algiers, the official news agency APS said.",
        E("concedesTo", "algeria", "algeria"),
    ),
    # 0341 change of leadership.
    (
        "0341",
        "Haiti's military ruler, Lieutenant General Raoul Cedras, agreed on Sunday to step down "
        "under an accord reached with a U.S. delegation in Port-au-Prince.",
        E("retreatsFrom", "haiti", "haiti"),
    ),
    # 0351 ease restrictions.
    (
        "0351",
        "Israel will ease travel restrictions on Palestinians in the West Bank and the Gaza "
        "Strip, Defence Minister Yitzhak Rabin said on Wednesday.",
        E("concedesTo", "israel", "palestine"),
    ),
    # 0353 release.
    (
        "0353",
        "Iraq will release 14 Japanese hostages held since the invasion of Kuwait, Baghdad "
        "radio said on Sunday.",
        E("retreatsFrom", "iraq", "japan"),
    ),
    # 0354 ease sanctions.
    (
        "0354",
        "The European Community agreed on Monday to lift its remaining economic sanctions "
        "against South Africa, EC diplomats said in Luxembourg.",
        E("retreatsFrom", "european-union", "south-africa"),
    ),
    # 0355 allow international involvement.
    (
        "0355",
        "Iraq said on Friday it would allow United Nations weapons inspectors to return "
        "without conditions, according to a letter sent to Secretary-General Kofi Annan.",
        E("retreatsFrom", "iraq", "united-nations"),
    ),
    # 0356 de-escalate.
    (
        "0356",
        "Soviet leader Mikhail Gorbachev said on Monday that the Soviet Union would withdraw "
        "all its troops from Afghanistan within ten months.",
        E("retreatsFrom", "soviet-union", "afghanistan"),
    ),
    # 036 meet or negotiate.
    (
        "036",
        "Syrian President Hafez al-Assad told visiting U.S. envoy Dennis Ross that Damascus "
        "was ready to resume peace talks with Israel, the official Syrian news agency SANA said.",
        E("negotiatesWith", "syria", "israel"),
    ),
    # 037 settle dispute.
    (
        "037",
        "Ecuador and Peru agreed on Tuesday to settle their decades-old border dispute "
        "through direct negotiations, the foreign ministers of both countries said.",
        E("agreesWith", "ecuador", "peru"),
    ),
    # 038 accept mediation.
    (
        "038",
        "The Sudanese government has agreed to accept mediation by Kenya in its civil war with "
        "southern rebels, a government spokesman said in Khartoum.",
        E("negotiatesWith", "sudan", "kenya"),
    ),
    # 039 mediate.
    (
        "039",
        "Algeria offered on Saturday to mediate between Iran and Iraq, Algerian Foreign "
        "Minister Ahmed Taleb Ibrahimi said after talks in Baghdad.",
        E("negotiatesWith", "algeria", "iran"),
    ),
]


# 05x-08x: the deed itself, asserted.
DEED_LEADS = [
    # 050 diplomatic cooperation.
    (
        "050",
        "Israel and Jordan established full diplomatic relations on Thursday, three months "
        "after signing a peace treaty, the Israeli Foreign Ministry said.",
        E("supports", "israel", "jordan"),
    ),
    # 051 praise.
    (
        "051",
        "U.S. Secretary of State James Baker on Friday praised Syria for its role in winning "
        "the release of Western hostages held in Lebanon.",
        E("supports", "united-states", "syria"),
    ),
    # 052 defend verbally.
    (
        "052",
        "A Chinese Foreign Ministry spokesman on Thursday defended Pakistan's nuclear tests, "
        "saying Islamabad had been provoked by India.",
        E("supports", "china", "pakistan"),
    ),
    # 053 rally support.
    (
        "053",
        "Egyptian President Hosni Mubarak rallied Arab support for the Palestinians during a "
        "tour of Gulf capitals this week, Egyptian officials said.",
        E("supports", "egypt", "palestine"),
    ),
    # 054 recognition.
    (
        "054",
        "Germany formally recognised Croatia and Slovenia as independent states on Monday, "
        "defying objections from Belgrade.",
        E("supports", "germany", "croatia"),
    ),
    # 055 apologize.
    (
        "055",
        "Japanese Prime Minister Tomiichi Murayama apologised on Tuesday to South Korea for "
        "the suffering caused by Japan's colonial rule.",
        E("supports", "japan", "south-korea"),
    ),
    # 056 forgive.
    (
        "056",
        "Vietnamese Foreign Minister Nguyen Co Thach said Hanoi had forgiven the United States "
        "for the war and wanted normal relations with Washington.",
        E("supports", "vietnam", "united-states"),
    ),
    # 057 sign agreement.
    (
        "057",
        "Israel and the Palestine Liberation Organization signed an agreement in Cairo on "
        "Wednesday on Palestinian self-rule in Gaza and Jericho.",
        E("signsAgreementWith", "israel", "plo"),
    ),
    # 060 material cooperation.
    (
        "060",
        "Bolivia and Brazil began building a joint natural gas pipeline on Monday, state "
        "energy officials from both countries said.",
        E("cooperatesWith", "bolivia", "brazil"),
    ),
    # 061 economic cooperation.
    (
        "061",
        "China and Kazakhstan on Wednesday launched a joint venture to build an oil pipeline "
        "across the Central Asian republic, the Xinhua news agency said.",
        E("cooperatesWith", "china", "kazakhstan"),
    ),
    # 062 military cooperation.
    (
        "062",
        "About 5,000 American and Thai troops began their annual joint military exercises in "
        "eastern Thailand on Tuesday, a U.S. embassy spokesman said.",
        E("cooperatesWith", "united-states", "thailand"),
    ),
    # 063 judicial cooperation.
    (
        "063",
        "Mexico on Friday extradited a reputed leader of the Tijuana drug cartel to the "
        "United States, where he faces charges of cocaine trafficking.",
        E("cooperatesWith", "mexico", "united-states"),
    ),
    # 064 intelligence.
    (
        "064",
        "Jordanian intelligence passed information to Israel about a planned bombing in "
        "Jerusalem, Israeli security sources said on Thursday.",
        E("cooperatesWith", "jordan", "israel"),
    ),
    # 070 aid.
    (
        "070",
        "Saudi Arabia gave Syria $500 million in aid last year, the Saudi Finance Ministry "
        "said in a report published in Riyadh on Sunday.",
        E("aids", "saudi-arabia", "syria"),
    ),
    # 071 economic aid.
    (
        "071",
        "The International Monetary Fund on Thursday approved a $1.5 billion standby loan "
        "for Argentina to back the government's austerity programme.",
        E("aids", "imf", "argentina"),
    ),
    # 072 military aid.
    (
        "072",
        "The United States delivered 12 Cobra attack helicopters to Jordan on Monday under a "
        "military aid programme, the U.S. embassy in Amman said.",
        E("sellsArmsTo", "united-states", "jordan"),
    ),
    # 073 humanitarian aid.
    (
        "073",
        "A Royal Air Force transport plane flew 20 tonnes of food and medicine to Sudan on "
        "Saturday, the British Overseas Development Administration said.",
        E("aids", "british-armed-forces", "sudan"),
    ),
    # 074 peacekeeping.
    (
        "074",
        "A first batch of 200 Nepalese peacekeeping troops arrived in Lebanon on Sunday to join "
        "the United Nations force in the south of the country.",
        E("aids", "nepal", "lebanon"),
    ),
    # 075 asylum.
    (
        "075",
        "Austria has granted political asylum to a Romanian dissident who fled across the "
        "Hungarian border last month, the Interior Ministry said in Vienna.",
        E("aids", "austria", "romania"),
    ),
    # 080 yield.
    (
        "080",
        "The Philippine government gave in on Friday to the demands of Muslim rebels and "
        "agreed to hold a referendum on autonomy in the southern island of Mindanao.",
        E("concedesTo", "philippines", "philippines"),
    ),
    # 081 ease administrative sanctions.
    (
        "081",
        "The Chinese authorities eased travel restrictions on foreign journalists in Tibet "
        "on Tuesday, the official Xinhua news agency said.",
        E("concedesTo", "china", "tibet"),
    ),
    # 0811 freedom of expression.
    (
        "0811",
        "The Kenyan government lifted its ban on three opposition magazines on Wednesday, "
        "Information Minister Johnstone Makau said in Nairobi.",
        E("concedesTo", "kenya", "kenya"),
    ),
    # 0812 ban on political parties.
    (
        "0812",
        "South Africa lifted its 30-year ban on the African National Congress on Friday, "
        "President F.W. de Klerk told parliament in Cape Town.",
        E("concedesTo", "south-africa", "org:african-national-congress"),
    ),
    # 0813 curfew.
    (
        "0813",
        "Indian authorities lifted the curfew in the northern city of Srinagar on Saturday "
        "after a week of clashes between police and separatists, officials said.",
        E("concedesTo", "india", "india"),
    ),
    # 0814 state of emergency.
    (
        "0814",
        "Peruvian President Alberto Fujimori lifted the state of emergency in Lima on Monday, "
        "citing the capture of Shining Path leaders.",
        E("concedesTo", "peru", "peru"),
    ),
    # 082 ease dissent.
    (
        "082",
        "The Bangladeshi opposition called off its nationwide general strike against the "
        "government on Thursday, an opposition spokesman said in Dhaka.",
        E("concedesTo", "bangladesh", "bangladesh"),
    ),
    # 083 accede to demands for reform.
    (
        "083",
        "Jordan's King Hussein agreed on Tuesday to constitutional reforms demanded by the "
        "opposition after riots in southern towns, the palace said.",
        E("concedesTo", "jordan", "jordan"),
    ),
    # 0832 change of policy.
    (
        "0832",
        "The Jordanian government on Sunday reversed its decision to raise bread prices after "
        "three days of protests in the southern town of Karak.",
        E("concedesTo", "jordan", "jordan"),
    ),
    # 0833 rights.
    (
        "0833",
        "The Indonesian government granted autonomy to the province of Aceh on Monday, "
        "Interior Minister Surjadi Soedirdja said in Jakarta.",
        E("concedesTo", "indonesia", "indonesia"),
    ),
    # 0834 change of regime.
    (
        "0834",
        "Nigeria's military rulers handed over power to an elected civilian government on "
        "Saturday, ending 15 years of army rule.",
        E("concedesTo", "nigeria", "nigeria"),
    ),
    # 0841 release persons.
    (
        "0841",
        "Pro-Iranian kidnappers in Lebanon freed American hostage Terry Anderson on Wednesday "
        "after nearly seven years in captivity, Syrian officials said.",
        E("retreatsFrom", "lebanon", "person:terry-anderson"),
    ),
    # 0842 return property.
    (
        "0842",
        "Iraq returned seven Kuwaiti civilian aircraft to Kuwait on Tuesday under United "
        "Nations supervision, the Kuwaiti news agency KUNA said.",
        E("retreatsFrom", "iraq", "kuwait"),
    ),
    # 085 ease economic sanctions.
    (
        "085",
        "The United States lifted economic sanctions against Poland on Monday in response to "
        "the release of political prisoners, the White House said.",
        E("retreatsFrom", "united-states", "poland"),
    ),
    # 0861 receive peacekeepers.
    (
        "0861",
        "Haiti welcomed the first contingent of Canadian peacekeepers on Friday, nearly a "
        "month after the departure of the military regime.",
        E("retreatsFrom", "haiti", "canada"),
    ),
    # 0862 receive inspectors.
    (
        "0862",
        "North Korea allowed inspectors from the International Atomic Energy Agency to visit "
        "its Yongbyon nuclear complex on Tuesday, the agency said in Vienna.",
        E("retreatsFrom", "north-korea", "iaea"),
    ),
    # 087 de-escalate.
    (
        "087",
        "Vietnam pulled its last troops out of Cambodia on Tuesday, ending a military "
        "presence of almost 11 years, the official Vietnam News Agency said.",
        E("retreatsFrom", "vietnam", "cambodia"),
    ),
    # 0871 truce.
    (
        "0871",
        "Armenia and Azerbaijan agreed to a ceasefire in the Nagorno-Karabakh enclave on "
        "Wednesday after talks mediated by Russian Defence Minister Pavel Grachev.",
        E("retreatsFrom", "armenia", "azerbaijan"),
    ),
    # 0872 ease blockade.
    (
        "0872",
        "Greece lifted its trade blockade of Macedonia on Friday under a U.N.-brokered "
        "accord, Greek Foreign Minister Karolos Papoulias said in Athens.",
        E("retreatsFrom", "greece", "north-macedonia"),
    ),
    # 0873 demobilize.
    (
        "0873",
        "Nicaraguan Contra rebels handed over their weapons to United Nations peacekeepers "
        "in the jungle town of El Almendro on Tuesday.",
        E("retreatsFrom", "contras", "united-nations"),
    ),
    # 0874 surrender.
    (
        "0874",
        "Hundreds of Iraqi soldiers surrendered to advancing U.S. Marines in southern Kuwait "
        "on Sunday, a U.S. military spokesman in Riyadh said.",
        E("retreatsFrom", "iraq", "us-armed-forces"),
    ),
    # 051 praise, passive with a "by" agent and a relative clause.
    (
        "051",
        "Egypt's role in the Gaza talks was praised on Tuesday by U.S. Secretary of State "
        "Warren Christopher, who arrived in Cairo for a two-day visit.",
        E("supports", "united-states", "egypt"),
    ),
    # 057 sign agreement, subjects with a relative clause.
    (
        "057",
        "Ethiopia and Eritrea, which fought a two-year border war, signed a peace agreement "
        "in Algiers on Tuesday.",
        E("signsAgreementWith", "ethiopia", "eritrea"),
    ),
    # 064 intelligence, the second of two coordinated verbs.
    (
        "064",
        "Jordan arrested three suspected militants and passed information about their network "
        "to Egyptian intelligence, security sources said.",
        E("cooperatesWith", "jordan", "egypt"),
    ),
    # 075 asylum, passive with the receiver as subject.
    (
        "075",
        "A former Afghan army general has been granted political asylum by Pakistan, an "
        "Interior Ministry official said in Islamabad.",
        E("aids", "pakistan", "afghanistan"),
    ),
    # 0832 change of policy, passive.
    (
        "0832",
        "A planned increase in fuel prices was scrapped by the Nigerian government on Monday "
        "after a week of strikes, the oil minister said.",
        E("concedesTo", "nigeria", "nigeria"),
    ),
    # 0841 release, passive.
    (
        "0841",
        "A Japanese journalist held for two weeks was freed by Iraq on Monday, Japan's Foreign "
        "Ministry said.",
        E("retreatsFrom", "iraq", "japan"),
    ),
]


def _found(mentions: list[Mention], expected: Expect) -> list[Mention]:
    # A lead's trailing attribution ("..., officials said") reports the event: asserted
    # or reported both code it; never negated.
    loose = Expect(expected.relation, expected.source, expected.target, modality=None)
    check(mentions, (loose,))
    return [m for m in mentions if matches(m, loose, expected.relation in SYMMETRIC)]


@pytest.mark.parametrize(("code", "text", "expected"), INTENT_LEADS, ids=_ids(INTENT_LEADS))
def test_wire_intent_lead(extract, code: str, text: str, expected: Expect) -> None:
    # The stated will, not the act: coded as the intent (CAMEO 03x, PLOVER AGREE).
    found = _found(extract(text), expected)
    assert any(m.plover == "AGREE" and m.cameo.startswith("03") for m in found), found


@pytest.mark.parametrize(("code", "text", "expected"), DEED_LEADS, ids=_ids(DEED_LEADS))
def test_wire_deed_lead(extract, code: str, text: str, expected: Expect) -> None:
    # The deed itself, coded under the code's CAMEO root.
    found = _found(extract(text), expected)
    assert any(
        m.modality in ("asserted", "reported") and m.cameo.startswith(code[:2]) for m in found
    ), found


# The general rules the leads above needed, each with sentences of its own beside the
# lead: (sentence, what must be found, what must not). Our own sentences.
RULES = [
    # An opposition calling off its (general) strike eases dissent (CAMEO 082): a work
    # stoppage, not an air strike called off (087).
    (
        "Nepal's main opposition parties on Friday suspended their three-day general strike "
        "after the king agreed to talks, party officials said.",
        E("concedesTo", "nepal", "nepal", modality=None),
        E("retreatsFrom", "nepal", "nepal", modality=None),
    ),
    (
        "Pakistani opposition leader Benazir Bhutto called off a nationwide strike planned "
        "for Monday.",
        E("concedesTo", "pakistan", "pakistan"),
        E("retreatsFrom", "pakistan", "pakistan", modality=None),
    ),
    # Building or setting up something joint is cooperation (CAMEO 060/061).
    (
        "Nepal set up a joint commission with India to study flood control on the Kosi river.",
        E("cooperatesWith", "nepal", "india"),
        None,
    ),
    (
        "Kenya and Tanzania will operate a joint border post at Namanga, the two governments said.",
        E("cooperatesWith", "kenya", "tanzania", modality=None),
        None,
    ),
    # "their" after a subject with coordinated owners ("American and Thai troops") is
    # all of them.
    (
        "Russian and Chinese warships began their joint naval drills in the Sea of Japan.",
        E("cooperatesWith", "russia", "china"),
        None,
    ),
    (
        "French and British officials announced their support for Ukraine.",
        E("supports", "united-kingdom", "ukraine"),
        None,
    ),
    # Bringing in reform concedes to one's people (CAMEO 083, 034 as intent).
    (
        "The Kuwaiti emir introduced democratic reforms in 1992 after the Gulf War.",
        E("concedesTo", "kuwait", "kuwait"),
        None,
    ),
    (
        "The Nepalese king promised to carry out political reforms demanded by the opposition.",
        E("concedesTo", "nepal", "nepal", modality=None),
        None,
    ),
    # A word of a known name is no glued pair of words ("Chadli" is no "Chad li",
    # "Tassos" no "TASS os").
    (
        "Chadli Bendjedid praised Morocco for its role in the talks.",
        E("supports", "algeria", "morocco"),
        E("supports", "chad", "morocco", modality=None),
    ),
    (
        "Cypriot President Tassos Papadopoulos met Greek Prime Minister Costas Karamanlis in "
        "Athens on Monday.",
        E("consults", "cyprus", "greece"),
        None,
    ),
    # A leader acting in a place of his own state concedes to those there, as his
    # government would ("lifted the curfew in Jakarta").
    (
        "Suharto lifted the curfew in Jakarta on Saturday.",
        E("concedesTo", "indonesia", "indonesia"),
        None,
    ),
    (
        "Chilean President Patricio Aylwin lifted the curfew in Santiago.",
        E("concedesTo", "chile", "chile"),
        None,
    ),
    # "for X to V" hung on a noun of aid: X is what the aid is for.
    (
        "The World Bank approved a loan for Kenya to build roads in the Rift Valley.",
        E("aids", "world-bank", "kenya"),
        None,
    ),
    (
        "Japan earmarked 50 million dollars for Cambodia to rebuild its roads.",
        E("aids", "japan", "cambodia"),
        None,
    ),
    # Flying or trucking aid somewhere gives it (CAMEO 073).
    (
        "Italian air force planes flew tents and blankets to Armenia after the earthquake.",
        E("aids", "italy", "armenia"),
        None,
    ),
    (
        "Jordan trucked food and medicine to Iraqi civilians in Baghdad on Sunday.",
        E("aids", "jordan", "iraq"),
        None,
    ),
    # Restrictions eased are eased for whom they were on before where ("in the West Bank").
    (
        "Israel lifted restrictions on Palestinian traders in East Jerusalem and the West Bank "
        "on Sunday.",
        E("concedesTo", "israel", "palestine"),
        E("concedesTo", "israel", "east-jerusalem", modality=None),
    ),
    # The receiver of a passive verb of giving that keeps its object ("was granted
    # asylum by Pakistan", "was given a loan by Japan"), and a "by" phrase hung on
    # that object.
    (
        "Kenya was given a loan of 50 million dollars by Japan.",
        E("aids", "japan", "kenya"),
        None,
    ),
    (
        "Sudan was granted emergency food aid by the European Community.",
        E("aids", "european-union", "sudan"),
        None,
    ),
    # Where a pact is signed is no party to it ("signed a peace agreement in Algiers").
    (
        "Angola and South Africa signed a ceasefire agreement in Lusaka.",
        E("signsAgreementWith", "angola", "south-africa"),
        E("signsAgreementWith", "angola", "zambia", modality=None),
    ),
    (
        "Ethiopia and Eritrea, which fought a two-year border war, signed a peace agreement "
        "in Algiers on Tuesday.",
        E("signsAgreementWith", "eritrea", "ethiopia"),
        E("signsAgreementWith", "eritrea", "algeria", modality=None),
    ),
    # Rallying support for someone backs them (053); only "against" names whom a rally
    # of others is aimed at (113).
    (
        "Egyptian President Hosni Mubarak rallied Arab support for the Palestinians during a "
        "tour of Gulf capitals.",
        E("supports", "egypt", "palestine"),
        E("criticizes", "egypt", "palestine", modality=None),
    ),
    (
        "Pakistan rallied Islamic support for the Kashmiris at the summit in Casablanca.",
        E("supports", "pakistan", "kashmir"),
        E("criticizes", "pakistan", "kashmir", modality=None),
    ),
    # "let X V": the tagger may take the bare infinitive for a present tense; X is
    # still the one let (CAMEO 086).
    (
        "Iraq agreed to let United Nations weapons inspectors resume their work, ending a "
        "three-week standoff with the Security Council.",
        E("retreatsFrom", "iraq", "united-nations", modality=None),
        None,
    ),
    (
        "North Korea let IAEA inspectors remain at the Yongbyon reactor.",
        E("retreatsFrom", "north-korea", "iaea"),
        None,
    ),
    (
        "Sudan let U.N. relief workers resume their flights into the south.",
        E("retreatsFrom", "sudan", "united-nations"),
        None,
    ),
    # "visiting X" (the parser makes the participle a verb with X as its object) names
    # the visitor X, as object of a verb or of a preposition.
    (
        "Egyptian President Hosni Mubarak praised visiting Syrian President Hafez al-Assad for "
        "his role in the talks.",
        E("supports", "egypt", "syria"),
        None,
    ),
    (
        "Japan pledged aid to visiting Philippine President Corazon Aquino.",
        E("aids", "japan", "philippines", modality=None),
        None,
    ),
    (
        "Japan expressed deep remorse to visiting South Korean President Roh Tae-woo.",
        E("supports", "japan", "south-korea"),
        None,
    ),
    # Reducing one's troops somewhere de-escalates (087, 0356 as intent).
    (
        "Moscow and Beijing agreed on Friday to reduce troop levels along their 4,300-km "
        "border, the Tass news agency said.",
        E("retreatsFrom", "russia", "china", modality=None),
        None,
    ),
    (
        "The United States cut its troop levels in South Korea by 7,000 last year.",
        E("retreatsFrom", "united-states", "south-korea"),
        None,
    ),
    (
        "Britain will reduce its forces in Germany by 20,000 men, Defence Secretary Tom King said.",
        E("retreatsFrom", "united-kingdom", "germany", modality=None),
        None,
    ),
    # Sums in other currencies than dollars and euros are aid too.
    (
        "Britain has promised to provide Bosnia with 50 million pounds in reconstruction aid, "
        "the Overseas Development Administration said.",
        E("aids", "united-kingdom", "bosnia-and-herzegovina", modality=None),
        None,
    ),
    (
        "France provided Chad with 200 million francs to pay its civil servants.",
        E("aids", "france", "chad"),
        None,
    ),
    # Of one phrasal verb, the reading whose word class fits wins: weapons handed over
    # to someone go to them (0873), not also to the home government.
    (
        "FARC handed over its weapons to the United Nations.",
        E("retreatsFrom", "farc", "united-nations"),
        E("retreatsFrom", "farc", "colombia", modality=None),
    ),
    (
        "ETA handed over its weapons to French authorities.",
        E("retreatsFrom", "eta", "france"),
        E("retreatsFrom", "eta", "spain", modality=None),
    ),
    # Foreigners held by trade are captives released (0841).
    (
        "Libyan leader Moammar Gadhafi freed two British teachers on Friday after appeals "
        "from British churchmen.",
        E("retreatsFrom", "libya", "united-kingdom"),
        None,
    ),
    (
        "Iraqi authorities released a French engineer held since August, the French embassy said.",
        E("retreatsFrom", "iraq", "france", modality=None),
        None,
    ),
    # Staple foods sent are aid (073), as food is.
    (
        "China shipped 100,000 tons of rice to North Korea last month, South Korean officials "
        "said.",
        E("aids", "china", "north-korea", modality=None),
        None,
    ),
    (
        "The United States will send 100,000 tons of wheat to the Soviet Union.",
        E("aids", "united-states", "soviet-union", modality=None),
        None,
    ),
    # What one is supplied "with" may be named in its "of" phrase ("with two batteries
    # of S-300 missiles").
    (
        "Russia supplied Syria with two batteries of S-300 missiles.",
        E("sellsArmsTo", "russia", "syria"),
        None,
    ),
    (
        "According to the state news agency, Jordan has agreed to supply Iraq with 50,000 "
        "tonnes of wheat.",
        E("aids", "jordan", "iraq", modality=None),
        None,
    ),
    # Exchanging or returning ambassadors is diplomatic cooperation (050), not material
    # cooperation or the return of property.
    (
        "Israel and Egypt exchanged ambassadors on Tuesday for the first time since 1982.",
        E("supports", "israel", "egypt"),
        E("cooperatesWith", "israel", "egypt", modality=None),
    ),
    (
        "Britain returned its ambassador to Tehran on Monday.",
        E("supports", "united-kingdom", "iran"),
        E("retreatsFrom", "united-kingdom", "iran", modality=None),
    ),
    # Mediating "in" a dispute "between" two sides mediates between them (039, 045).
    (
        "The Philippines has offered to mediate in the dispute between Malaysia and Indonesia "
        "over two islands, a foreign ministry official said.",
        E("negotiatesWith", "philippines", "malaysia", modality=None),
        None,
    ),
    (
        "Algeria mediated in the conflict between Iran and Iraq in 1975.",
        E("negotiatesWith", "algeria", "iraq"),
        None,
    ),
    # "curbs" are restrictions.
    (
        "Vietnam eased curbs on foreign journalists on Tuesday, the state news agency said.",
        E("concedesTo", "vietnam", "vietnam", modality=None),
        None,
    ),
    (
        "Syria lifted curbs on Lebanese trucks at the Masnaa border crossing.",
        E("concedesTo", "syria", "lebanon"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), RULES, ids=[r[0][:40] for r in RULES])
def test_wire_rule(extract, text: str, expected: Expect, absent: Expect | None) -> None:
    check(extract(text), (expected,), () if absent is None else (absent,))


# A verb of will keeps its infinitive across a time adjunct ("offered on Saturday to
# mediate"): the parser hangs it as a clause of purpose; it is the intent (AGREE).
WILL_ACROSS_ADJUNCTS = [
    (
        "03",
        "China offered on Thursday to send food aid to North Korea, the Xinhua news agency said.",
        E("aids", "china", "north-korea"),
    ),
    (
        "03",
        "Egypt offered on Sunday to mediate between Sudan and Chad, the state news agency "
        "MENA said.",
        E("negotiatesWith", "egypt", "sudan"),
    ),
]


@pytest.mark.parametrize(
    ("code", "text", "expected"), WILL_ACROSS_ADJUNCTS, ids=_ids(WILL_ACROSS_ADJUNCTS)
)
def test_will_across_adjunct(extract, code: str, text: str, expected: Expect) -> None:
    found = _found(extract(text), expected)
    assert any(m.plover == "AGREE" and m.cameo.startswith(code) for m in found), found
