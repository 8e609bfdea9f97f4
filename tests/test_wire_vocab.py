"""Recall on verbs and nouns of news the lexicon did not know (helper nw).

Mined from the parse of the Wikinews corpus (verbs and nouns whose subject or owner
and object are both actors, and which no trigger covers) and from the wire vocabulary
of 1975-2005 checked word by word against data/relations.toml: synonyms of existing
triggers that wire copy uses ("flayed", "rebuffed", "parleyed", "apprehended", "slew",
"repulsed", "pummeled", "propped up", "kowtowed"), verbs of forces moving on a state
("pushed into Lebanon", "advanced on Mogadishu"), and light verbs and nouns that carry
an event ("levied sanctions", "orchestrated attacks", "the withholding of aid",
"launched a tirade against", "clinched a deal with").

Our own sentences, not gold records and not copied from the corpus. LEADS (247 rows):
every row failed at the branch's base (80f775b) and passes after. NOT (24 rows):
readings that must not be made (a storm battering an island, refugees crossing a
border, a contest fended off, a game clinched), which guard the word classes of the
new triggers; STAY (4 rows): near readings of the same words that must stay. JOINED
(3 rows, failing at the base): a second clause's subject the parser joined to the
first verb's object is no object (misparses.clause_subject)."""

from __future__ import annotations

import pytest

from relations_util import Expect, check
from relations_util import asserted as E
from relations_util import row_ids as _ids

LEADS = [
    # DISAPPROVE (CAMEO 111): wire synonyms of criticizing.
    (
        "The Soviet Union flayed Britain for its policy in Ulster.",
        E("criticizes", "soviet-union", "united-kingdom"),
    ),
    ("Iraq flayed the Saudi royal family on state radio.", E("criticizes", "iraq", "saudi-arabia")),
    ("Beijing denigrated the Taiwanese president.", E("criticizes", "china", "taiwan")),
    ("The Cuban government denigrated the Pope.", E("criticizes", "cuba", "holy-see")),
    ("Pakistan belittled India's nuclear tests.", E("criticizes", "pakistan", "india")),
    ("The Kremlin belittled the Polish president.", E("criticizes", "russia", "poland")),
    ("Serbia demonized the Albanian leadership.", E("criticizes", "serbia", "albania")),
    ("Iranian clerics demonised the United States.", E("criticizes", "iran", "united-states")),
    ("Egypt rounded on Sudan over the border dispute.", E("criticizes", "egypt", "sudan")),
    ("The Greek premier rounded on Turkey at the summit.", E("criticizes", "greece", "turkey")),
    ("The Iranian government fulminated against Israel.", E("criticizes", "iran", "israel")),
    (
        "Cuba fulminated against the Organization of American States.",
        E("criticizes", "cuba", "oas"),
    ),
    ("The Libyan leader inveighed against Egypt.", E("criticizes", "libya", "egypt")),
    (
        "Zimbabwe inveighed against Britain over land reform.",
        E("criticizes", "zimbabwe", "united-kingdom"),
    ),
    (
        "The Iranian president harangued the United Nations.",
        E("criticizes", "iran", "united-nations"),
    ),
    (
        "Venezuela harangued Colombia over the border incident.",
        E("criticizes", "venezuela", "colombia"),
    ),
    ("North Korea taunted Japan after the missile test.", E("criticizes", "north-korea", "japan")),
    ("Iraq taunted Saudi Arabia over its American bases.", E("criticizes", "iraq", "saudi-arabia")),
    ("Ghana impugned Nigeria's motives in Liberia.", E("criticizes", "ghana", "nigeria")),
    ("Israel impugned the Jordanian king's credibility.", E("criticizes", "israel", "jordan")),
    ("The Iraqi leader launched a tirade against Kuwait.", E("criticizes", "iraq", "kuwait")),
    ("Syria unleashed a tirade against Turkey over the dam.", E("criticizes", "syria", "turkey")),
    (
        "North Korea issued a diatribe against South Korea.",
        E("criticizes", "north-korea", "south-korea"),
    ),
    ("Libya delivered a diatribe against Egypt.", E("criticizes", "libya", "egypt")),
    ("Japan took a swipe at China over the textbooks.", E("criticizes", "japan", "china")),
    ("The French president took a swipe at Germany.", E("criticizes", "france", "germany")),
    # REJECT (CAMEO 12): rebuffing, snubbing, stonewalling, shunning a party.
    ("Morocco rebuffed Algeria.", E("rejects", "morocco", "algeria")),
    ("The Indian prime minister rebuffed the Pakistani envoy.", E("rejects", "india", "pakistan")),
    ("The Chinese premier snubbed the Dalai Lama.", E("rejects", "china", "person:dalai-lama")),
    ("Turkey snubbed the Greek foreign minister.", E("rejects", "turkey", "greece")),
    ("North Korea stonewalled the IAEA.", E("rejects", "north-korea", "iaea")),
    ("Iran stonewalled the European negotiators.", E("rejects", "iran", "european-union")),
    ("India shunned the Sri Lankan government.", E("rejects", "india", "sri-lanka")),
    ("Egypt shunned Hamas after the coup.", E("rejects", "egypt", "hamas")),
    # ... scuttling, torpedoing, brushing aside, scoffing at, scorning a proposal or deal.
    ("Israel scuttled the Egyptian peace initiative.", E("rejects", "israel", "egypt")),
    ("Pakistan scuttled the agreement with India.", E("rejects", "pakistan", "india")),
    ("Syria torpedoed the French proposal.", E("rejects", "syria", "france")),
    ("The US Senate torpedoed the trade pact with Mexico.", E("rejects", "us-senate", "mexico")),
    ("Jordan brushed aside the Israeli offer.", E("rejects", "jordan", "israel")),
    ("Pakistan brushed off the American demand.", E("rejects", "pakistan", "united-states")),
    ("Moscow scoffed at the NATO proposal.", E("rejects", "russia", "nato")),
    ("Cuba scoffed at the Spanish offer of talks.", E("rejects", "cuba", "spain")),
    ("Israel scorned the Syrian peace plan.", E("rejects", "israel", "syria")),
    ("Argentina scorned the British proposal.", E("rejects", "argentina", "united-kingdom")),
    # ... and an accusation: denial.
    ("Syria scoffed at the Turkish accusations.", E("denies", "syria", "turkey")),
    ("Venezuela scoffed at the American allegations.", E("denies", "venezuela", "united-states")),
    ("Iran scorned the allegations by Britain.", E("denies", "iran", "united-kingdom")),
    ("North Korea scorned the Japanese claims.", E("denies", "north-korea", "japan")),
    # CONSULT (CAMEO 043, 046): feting a guest; parleying, haggling, shuttling between.
    ("Japan feted the visiting Chinese premier.", E("consults", "japan", "china")),
    ("Moscow feted the Indian prime minister.", E("consults", "russia", "india")),
    ("Somali warlords parleyed with Ethiopia.", E("negotiatesWith", "somalia", "ethiopia")),
    ("The Colombian government parleyed with the FARC.", E("negotiatesWith", "colombia", "farc")),
    (
        "Japan haggled with the United States over rice imports.",
        E("negotiatesWith", "japan", "united-states"),
    ),
    (
        "Greece haggled with the European Union over the bailout.",
        E("negotiatesWith", "greece", "european-union"),
    ),
    (
        "The American envoy shuttled between Belgrade and Sarajevo.",
        E("negotiatesWith", "united-states", "serbia"),
    ),
    ("Egypt shuttled between Israel and Hamas.", E("negotiatesWith", "egypt", "hamas")),
    # AGREE (CAMEO 03/057): deals clinched, cut, thrashed out.
    ("Russia clinched a gas deal with Ukraine.", E("agreesWith", "russia", "ukraine")),
    ("Colombia clinched an agreement with Venezuela.", E("agreesWith", "colombia", "venezuela")),
    ("Egypt cut a deal with Israel over the border.", E("agreesWith", "egypt", "israel")),
    (
        "The Philippines cut a deal with Malaysia over Sabah.",
        E("agreesWith", "philippines", "malaysia"),
    ),
    ("Spain thrashed out an accord with Morocco.", E("agreesWith", "spain", "morocco")),
    ("Ethiopia thrashed out a deal with Eritrea.", E("agreesWith", "ethiopia", "eritrea")),
    # Light verbs: levying sanctions (SANCTION), orchestrating attacks (FIGHT).
    (
        "The European Union levied sanctions against Belarus.",
        E("sanctions", "european-union", "belarus"),
    ),
    ("Washington levied tariffs on Canadian lumber.", E("sanctions", "united-states", "canada")),
    ("Syria orchestrated attacks on Israeli troops.", E("attacks", "syria", "israel")),
    ("Pakistan masterminded attacks on India.", E("attacks", "pakistan", "india")),
    # COERCE (CAMEO 17x): arrests, punishment, bans, crackdowns, seizures.
    ("Thai police apprehended two Burmese rebels.", E("coerces", "thailand", "myanmar")),
    ("Egyptian police apprehended a Libyan agent.", E("coerces", "egypt", "libya")),
    ("Turkish police nabbed a German tourist.", E("coerces", "turkey", "germany")),
    ("Indian police nabbed two Pakistani spies.", E("coerces", "india", "pakistan")),
    ("Iraq locked up two British engineers.", E("coerces", "iraq", "united-kingdom")),
    (
        "The Chinese government locked up an American businessman.",
        E("coerces", "china", "united-states"),
    ),
    ("Iran flogged two British sailors.", E("coerces", "iran", "united-kingdom")),
    ("Sudan flogged an Egyptian teacher.", E("coerces", "sudan", "egypt")),
    ("Vietnam clamped down on Chinese traders.", E("coerces", "vietnam", "china")),
    ("Israel clamped down on Palestinian protesters.", E("coerces", "israel", "palestine")),
    ("Germany proscribed the PKK.", E("coerces", "germany", "pkk")),
    ("Britain proscribed Hezbollah.", E("coerces", "united-kingdom", "hezbollah")),
    ("Eritrea commandeered two Yemeni fishing boats.", E("coerces", "eritrea", "yemen")),
    ("The Libyan navy commandeered a Maltese tanker.", E("coerces", "libya", "malta")),
    ("Serbia launched a clampdown on Albanian separatists.", E("coerces", "serbia", "albania")),
    (
        "Indonesia ordered a clampdown on East Timorese students.",
        E("coerces", "indonesia", "east-timor"),
    ),
    # ASSAULT (CAMEO 18x): wire verbs and nouns of killing.
    ("Hezbollah guerrillas slew two Israeli soldiers.", E("assaults", "hezbollah", "israel")),
    ("Rwandan soldiers slew ten Belgian peacekeepers.", E("assaults", "rwanda", "belgium")),
    ("Iraqi soldiers butchered Iranian prisoners.", E("assaults", "iraq", "iran")),
    (
        "Indonesian troops butchered East Timorese villagers.",
        E("assaults", "indonesia", "east-timor"),
    ),
    (
        "Turkey condemned the slaying of two Turkish diplomats by Armenian gunmen.",
        E("assaults", "armenia", "turkey"),
    ),
    (
        "The slaying of a Japanese journalist by Burmese soldiers angered Tokyo.",
        E("assaults", "myanmar", "japan"),
    ),
    ("Romanian mobs carried out a pogrom against Hungarians.", E("assaults", "romania", "hungary")),
    (
        "Azerbaijani mobs staged a pogrom against Armenians in Sumgait.",
        E("assaults", "azerbaijan", "armenia"),
    ),
    # FIGHT (CAMEO 19x): bombardment.
    ("Ethiopian jets battered Eritrean positions.", E("attacks", "ethiopia", "eritrea")),
    ("Russian artillery battered Georgian villages.", E("attacks", "russia", "georgia")),
    ("Israeli warplanes blitzed Syrian missile sites.", E("attacks", "israel", "syria")),
    ("British jets blitzed Argentine airfields.", E("attacks", "united-kingdom", "argentina")),
    ("Serbian guns pummeled Croatian towns.", E("attacks", "serbia", "croatia")),
    ("Turkish jets pummelled Kurdish rebels in Iraq.", E("attacks", "turkey", "iraq")),
    ("Egyptian planes napalmed Yemeni villages.", E("attacks", "egypt", "yemen")),
    ("Portuguese aircraft napalmed Angolan villages.", E("attacks", "portugal", "angola")),
    (
        "Chinese troops launched an onslaught on Vietnamese border towns.",
        E("attacks", "china", "vietnam"),
    ),
    ("The onslaught on Croatia by Serbian forces continued.", E("attacks", "serbia", "croatia")),
    ("South African troops made a foray into Angola.", E("attacks", "south-africa", "angola")),
    ("Rhodesian commandos made a foray into Zambia.", E("attacks", "rhodesia", "zambia")),
    # ... throwing back forces or their attack.
    ("Chadian troops repelled Libyan forces.", E("attacks", "chad", "libya")),
    ("Eritrean forces repelled an Ethiopian offensive.", E("attacks", "eritrea", "ethiopia")),
    ("Afghan soldiers repulsed a Taliban attack.", E("attacks", "afghanistan", "taliban")),
    (
        "Indian troops repulsed Pakistani infiltrators and their attack.",
        E("attacks", "india", "pakistan"),
    ),
    ("Lebanese troops beat back an Israeli incursion.", E("attacks", "lebanon", "israel")),
    ("Ethiopian troops beat back Somali forces.", E("attacks", "ethiopia", "somalia")),
    ("Georgian forces fended off a Russian assault.", E("attacks", "georgia", "russia")),
    ("Ugandan troops fended off Sudanese raiders.", E("attacks", "uganda", "sudan")),
    ("Chinese troops drove back Indian forces.", E("attacks", "china", "india")),
    ("Peruvian troops drove back Ecuadorean soldiers.", E("attacks", "peru", "ecuador")),
    ("Croatian forces dislodged Serbian troops from the hills.", E("attacks", "croatia", "serbia")),
    (
        "Indian soldiers dislodged Pakistani troops from the peaks.",
        E("attacks", "india", "pakistan"),
    ),
    # ... forces moving into or on a state.
    ("Turkish tanks pushed into northern Iraq.", E("attacks", "turkey", "iraq")),
    ("Ethiopian troops pushed into Somalia.", E("attacks", "ethiopia", "somalia")),
    ("Tanzanian forces advanced on Kampala.", E("attacks", "tanzania", "uganda")),
    ("Soviet troops advanced on Kabul.", E("attacks", "soviet-union", "afghanistan")),
    ("Libyan troops crossed into Chad.", E("attacks", "libya", "chad")),
    ("Chinese forces crossed into Vietnam.", E("attacks", "china", "vietnam")),
    ("Syrian forces swept into Lebanon.", E("attacks", "syria", "lebanon")),
    ("Russian troops swept into Georgia.", E("attacks", "russia", "georgia")),
    ("Soviet tanks rolled into Czechoslovakia.", E("attacks", "soviet-union", "czechoslovakia")),
    ("American tanks rolled into Iraq.", E("attacks", "united-states", "iraq")),
    ("Turkish troops thrust into Cyprus.", E("attacks", "turkey", "cyprus")),
    ("Iraqi forces thrust into Iran.", E("attacks", "iraq", "iran")),
    # ... conquering a state; forces intruding into its land.
    ("Iraq conquered Kuwait.", E("attacks", "iraq", "kuwait")),
    ("Vietnam conquered Cambodia in 1979.", E("attacks", "vietnam", "cambodia")),
    ("The Iraqi conquest of Kuwait shocked the Arab world.", E("attacks", "iraq", "kuwait")),
    ("The conquest of Tibet by China began in 1950.", E("attacks", "china", "tibet")),
    ("Chinese troops intruded into Indian territory.", E("attacks", "china", "india")),
    ("Libyan troops intruded into Chad.", E("attacks", "libya", "chad")),
    # ... forces defeating an enemy.
    ("Ugandan troops defeated Sudanese rebels.", E("attacks", "uganda", "sudan")),
    ("Tanzanian forces defeated the Ugandan army.", E("attacks", "tanzania", "uganda")),
    ("Iraqi troops vanquished the Iranian forces.", E("attacks", "iraq", "iran")),
    ("Ethiopian troops vanquished the Eritrean army.", E("attacks", "ethiopia", "eritrea")),
    # SANCTION (CAMEO 16): designating a group a terrorist one.
    (
        "The United States designated the IRGC a terrorist organization.",
        E("sanctions", "united-states", "irgc"),
    ),
    (
        "Britain designated Hezbollah as a terrorist group.",
        E("sanctions", "united-kingdom", "hezbollah"),
    ),
    # SANCTION (CAMEO 16): withholding aid; ostracizing a state.
    (
        "The withholding of aid to Kenya by Britain was criticised.",
        E("sanctions", "united-kingdom", "kenya"),
    ),
    ("Japan announced the withholding of loans to China.", E("sanctions", "japan", "china")),
    ("The Arab League ostracized Egypt.", E("sanctions", "arab-league", "egypt")),
    (
        "Commonwealth states ostracised Fiji after the coup.",
        E("sanctions", "commonwealth-of-nations", "fiji"),
    ),
    # DEMAND (CAMEO 10), ACCUSE (112), SUPPORT (051).
    ("Washington prodded Japan to open its markets.", E("appealsTo", "united-states", "japan")),
    ("Britain prodded Rhodesia to negotiate.", E("appealsTo", "united-kingdom", "rhodesia")),
    (
        "Washington encouraged Seoul to resume talks.",
        E("appealsTo", "united-states", "south-korea"),
    ),
    ("France encouraged Algeria to hold elections.", E("appealsTo", "france", "algeria")),
    ("Haiti beseeched France to send troops.", E("appealsTo", "haiti", "france")),
    (
        "The Bosnian president beseeched NATO to act.",
        E("appealsTo", "bosnia-and-herzegovina", "nato"),
    ),
    ("Iraq pinned the blame on Iran.", E("accuses", "iraq", "iran")),
    ("Pakistan laid the blame on India for the bombing.", E("accuses", "pakistan", "india")),
    ("Egypt put the blame on Libya.", E("accuses", "egypt", "libya")),
    ("Israel pointed the finger at Syria.", E("accuses", "israel", "syria")),
    (
        "Britain pointed the finger at Russia over the poisoning.",
        E("accuses", "united-kingdom", "russia"),
    ),
    ("Egypt fingered Libya for the bombing.", E("accuses", "egypt", "libya")),
    (
        "Lebanon fingered Syria in the assassination.",
        E("accuses", "lebanon", "syria"),
    ),
    ("The Pope extolled Lithuania.", E("supports", "holy-see", "lithuania")),
    (
        "Moscow extolled the Cuban revolution and Fidel Castro.",
        E("supports", "russia", "cuba"),
    ),
    # MOBILIZE (CAMEO 15), INVESTIGATE (spying).
    ("Syria garrisoned troops near the Turkish border.", E("mobilizesAgainst", "syria", "turkey")),
    ("China garrisoned troops along the Indian border.", E("mobilizesAgainst", "china", "india")),
    ("French agents snooped on the American ambassador.", E("spiesOn", "france", "united-states")),
    ("Israeli spies snooped on Egypt.", E("spiesOn", "israel", "egypt")),
    # AID (CAMEO 07): resupplying, propping up, shoring up.
    ("Iran resupplied the Houthis with missiles.", E("sellsArmsTo", "iran", "houthis")),
    ("The Soviet Union resupplied Syria with tanks.", E("sellsArmsTo", "soviet-union", "syria")),
    (
        "The United Nations resupplied Sarajevo with food.",
        E("aids", "united-nations", "bosnia-and-herzegovina"),
    ),
    ("Britain resupplied Sierra Leone with medicine.", E("aids", "united-kingdom", "sierra-leone")),
    (
        "The Soviet Union propped up the Afghan government.",
        E("aids", "soviet-union", "afghanistan"),
    ),
    ("Cuba propped up the Angolan government.", E("aids", "cuba", "angola")),
    ("Washington shored up the Thai army.", E("aids", "united-states", "thailand")),
    ("The IMF shored up the Mexican government.", E("aids", "imf", "mexico")),
    # Light verbs of doing (see `light`): spearheading, perpetrating.
    ("Washington spearheaded the invasion of Panama.", E("attacks", "united-states", "panama")),
    ("France spearheaded the bombing of Libya.", E("attacks", "france", "libya")),
    (
        "Indonesian soldiers perpetrated the massacre of East Timorese civilians.",
        E("assaults", "indonesia", "east-timor"),
    ),
    ("Iraqi troops perpetrated the killing of Kuwaiti civilians.", E("assaults", "iraq", "kuwait")),
    # COERCE: forces boarding or intercepting a ship or airliner; arraigning.
    ("Spanish police boarded a Moroccan trawler.", E("coerces", "spain", "morocco")),
    ("The Israeli navy boarded a Libyan freighter.", E("coerces", "israel", "libya")),
    ("Israeli jets intercepted a Libyan airliner.", E("coerces", "israel", "libya")),
    ("The Indian navy intercepted a Sri Lankan trawler.", E("coerces", "india", "sri-lanka")),
    ("A Beijing court arraigned two Canadian businessmen.", E("coerces", "china", "canada")),
    ("Iran arraigned a French academic.", E("coerces", "iran", "france")),
    # REJECT: balking at a plan; resisting, defying, ignoring, shrugging off,
    # withstanding someone's demands or pressure.
    ("Syria balked at the Egyptian proposal.", E("rejects", "syria", "egypt")),
    ("The Serbian government baulked at the NATO plan.", E("rejects", "serbia", "nato")),
    ("Taiwan resisted Chinese pressure.", E("rejects", "taiwan", "china")),
    ("Cuba resisted the demands of the United States.", E("rejects", "cuba", "united-states")),
    ("Sudan defied demands from the African Union.", E("rejects", "sudan", "african-union")),
    ("Libya defied pressure from the Arab League.", E("rejects", "libya", "arab-league")),
    ("Iran shrugged off European pressure.", E("rejects", "iran", "european-union")),
    (
        "Israel shrugged off the demands of the Palestinian Authority.",
        E("rejects", "israel", "palestinian-authority"),
    ),
    ("Serbia ignored the ultimatum from NATO.", E("rejects", "serbia", "nato")),
    ("Burma ignored the demands of ASEAN.", E("rejects", "myanmar", "asean")),
    ("Cuba withstood American pressure.", E("rejects", "cuba", "united-states")),
    ("Rhodesia withstood pressure from Britain.", E("rejects", "rhodesia", "united-kingdom")),
    # DEMAND: nudging; SUPPORT (CAMEO 05): reconciling, making peace, patching up.
    ("Japan nudged South Korea to open talks.", E("appealsTo", "japan", "south-korea")),
    ("The European Union nudged Turkey to reform.", E("appealsTo", "european-union", "turkey")),
    ("Iraq reconciled with Syria.", E("supports", "iraq", "syria")),
    ("Qatar reconciled with Saudi Arabia.", E("supports", "qatar", "saudi-arabia")),
    ("Egypt made peace with Israel.", E("supports", "egypt", "israel")),
    ("Ethiopia made peace with Eritrea.", E("supports", "ethiopia", "eritrea")),
    ("China patched up relations with Vietnam.", E("supports", "china", "vietnam")),
    ("Chile patched up with Argentina.", E("supports", "chile", "argentina")),
    # ASSAULT: strangling; COERCE: muzzling and gagging the press or a party, purging.
    ("Syrian agents strangled a Jordanian diplomat.", E("assaults", "syria", "jordan")),
    (
        "North Korean agents strangled a South Korean pastor.",
        E("assaults", "north-korea", "south-korea"),
    ),
    (
        "The Pakistani government muzzled the opposition newspapers.",
        E("coerces", "pakistan", "pakistan"),
    ),
    ("Zimbabwe muzzled the opposition party.", E("coerces", "zimbabwe", "zimbabwe")),
    ("The Egyptian government gagged the opposition newspapers.", E("coerces", "egypt", "egypt")),
    ("The Algerian government gagged the Islamist party.", E("coerces", "algeria", "algeria")),
    ("Turkey proscribed the Kurdish party.", E("coerces", "turkey", "turkey")),
    ("The Tunisian government proscribed the Islamist party.", E("coerces", "tunisia", "tunisia")),
    ("The Chinese government purged Tibetan officials.", E("coerces", "china", "tibet")),
    ("The Soviet government purged Estonian officials.", E("coerces", "soviet-union", "estonia")),
    # Light verbs of mediation: sponsoring or convening talks between others.
    (
        "Algeria sponsored talks between Iran and the United States.",
        E("negotiatesWith", "algeria", "iran"),
    ),
    (
        "Qatar sponsored talks between the Taliban and the United States.",
        E("negotiatesWith", "qatar", "taliban"),
    ),
    ("Kenya convened talks between Sudan and the SPLA.", E("negotiatesWith", "kenya", "sudan")),
    (
        "Switzerland convened talks between Armenia and Turkey.",
        E("negotiatesWith", "switzerland", "armenia"),
    ),
    # REJECT, FIGHT by nouns: a rebuff or snub of a plan or to a party; a blitz.
    (
        "The Syrian rebuff of the Jordanian proposal surprised Amman.",
        E("rejects", "syria", "jordan"),
    ),
    (
        "Israel's rebuff to Washington angered the White House.",
        E("rejects", "israel", "united-states"),
    ),
    ("The Indian snub of the Pakistani offer was expected.", E("rejects", "india", "pakistan")),
    ("Russia's snub to NATO was deliberate.", E("rejects", "russia", "nato")),
    ("Iraqi jets began a blitz on Iranian cities.", E("attacks", "iraq", "iran")),
    ("The Israeli blitz on Gaza continued.", E("attacks", "israel", "gaza-strip")),
    # CONCEDE: appeasing, placating.
    ("Britain appeased Nazi Germany.", E("concedesTo", "united-kingdom", "germany")),
    (
        "Britain appeased Argentina over the Falklands.",
        E("concedesTo", "united-kingdom", "argentina"),
    ),
    ("Pakistan placated India.", E("concedesTo", "pakistan", "india")),
    (
        "The Thai government placated Burma over the refugees.",
        E("concedesTo", "thailand", "myanmar"),
    ),
    # ASSAULT: machine-gunning (the hyphenated verb, when the parser keeps it a verb).
    ("Palestinian gunmen machine-gunned an Israeli bus.", E("assaults", "palestine", "israel")),
    ("Basque gunmen machine-gunned a Spanish army car.", E("assaults", "basque-country", "spain")),
    # The new verbs in the passive, their doer in the "by" phrase.
    ("Jordan was rebuffed by Syria.", E("rejects", "syria", "jordan")),
    ("Iranian forces were repulsed by Iraqi troops.", E("attacks", "iraq", "iran")),
    ("Two Kuwaiti diplomats were nabbed by Iraqi police.", E("coerces", "iraq", "kuwait")),
    (
        "A Liberian freighter was commandeered by the Nigerian navy.",
        E("coerces", "nigeria", "liberia"),
    ),
    # Idioms: taking issue with or exception to; heaping scorn, ridicule, contempt or
    # praise on; mending fences with.
    ("China took issue with Japan's stance on Taiwan.", E("criticizes", "china", "japan")),
    ("Vietnam took issue with China over the islands.", E("criticizes", "vietnam", "china")),
    ("India took exception to the Pakistani remarks.", E("criticizes", "india", "pakistan")),
    ("Japan took exception to the Chinese textbook.", E("criticizes", "japan", "china")),
    ("Greece heaped scorn on the Turkish offer.", E("criticizes", "greece", "turkey")),
    ("Syria heaped scorn on the Egyptian plan.", E("criticizes", "syria", "egypt")),
    ("Cuba heaped ridicule on the American president.", E("criticizes", "cuba", "united-states")),
    (
        "North Korea heaped ridicule on the South Korean president.",
        E("criticizes", "north-korea", "south-korea"),
    ),
    ("Iran heaped contempt on the Saudi proposal.", E("criticizes", "iran", "saudi-arabia")),
    ("Cuba heaped contempt on the American offer.", E("criticizes", "cuba", "united-states")),
    ("Syria heaped praise on Iran.", E("supports", "syria", "iran")),
    ("Libya showered praise on the Ugandan president.", E("supports", "libya", "uganda")),
    ("Turkey mended fences with Greece.", E("supports", "turkey", "greece")),
    ("Vietnam mended fences with China.", E("supports", "vietnam", "china")),
    # CONCEDE (CAMEO 08), PROTEST (14).
    ("Mongolia kowtowed to Moscow.", E("concedesTo", "mongolia", "russia")),
    ("Nepal kowtowed to China over Tibet.", E("concedesTo", "nepal", "china")),
    (
        "Czech students heckled the Chinese president.",
        E("protestsAgainst", "czech-republic", "china"),
    ),
    (
        "Irish protesters heckled the British prime minister in Dublin.",
        E("protestsAgainst", "ireland", "united-kingdom"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), LEADS, ids=_ids(LEADS))
def test_wire_vocab_leads(extract, sentence: str, expected: Expect) -> None:
    check(extract(sentence), (expected,))


# Readings that must not be made (relation, and source/target when only one pair is
# wrong), and near readings of the same words that must stay.
NOT = [
    # Storms batter and pummel; they fight no one.
    ("Hurricane Hugo battered Puerto Rico.", "attacks"),
    ("Typhoon Mike pummeled the Philippines.", "attacks"),
    # ... nor do teams named by their states.
    ("Brazil pummeled Chile 4-0 in the qualifier.", "attacks"),
    ("Australia battered England in the Ashes.", "attacks"),
    # Refugees or a law crossing or pushed into somewhere attack no one.
    ("Thousands of Iraqi refugees crossed into Jordan.", "attacks"),
    ("Kurdish refugees pushed into Turkey.", "attacks"),
    # A challenge fended off is a contest, a game clinched no deal, a ceremony snubbed
    # no party rejected, a nation's own champions feted no guests.
    ("Senator Dole fended off a challenge from Pat Buchanan.", "attacks"),
    ("Brazil clinched the World Cup against Italy.", "agreesWith"),
    ("The Cuban team snubbed the closing ceremony.", "rejects"),
    ("Kenya feted its Olympic champions.", "consults"),
    # Snipers snipe at people: no criticism; a mediator who reconciles two factions
    # makes no peace of its own.
    ("Serb snipers sniped at Bosnian civilians in Sarajevo.", "criticizes"),
    ("The Egyptian mediator reconciled the two Palestinian factions.", "supports"),
    # A match or a cup won conquers no one.
    ("Brazil conquered Italy in the World Cup final.", "attacks"),
    ("Spain conquered the World Cup against the Netherlands.", "attacks"),
    # States, parties and candidates defeat each other in games and votes; a minister
    # designated is no one blacklisted.
    ("Pakistan defeated India in the cricket final.", "attacks"),
    ("The Labour Party defeated the Conservatives.", "attacks"),
    ("The Indonesian president designated Wiranto as security minister.", "sanctions"),
    # Clubs nab players; only police or forces nab people so.
    ("Chelsea nabbed a Nigerian midfielder from Ajax.", "coerces"),
    # A finger pointed at a map accuses no one.
    ("The Kenyan minister pointed his finger at the map of Africa.", "accuses"),
    # What encourages a state asks nothing of it.
    ("The election results encouraged Iran.", "appealsTo"),
    # An issue taken elsewhere, or one with someone, is no disapproval.
    ("The issue with China is trade.", "criticizes"),
    ("The Japanese premier took the issue to the Diet.", "criticizes"),
    ("Pakistan took the Kashmir issue to the United Nations.", "criticizes"),
    # A leader boarding a foreign airline's jet coerces no one (only forces board so).
    ("The Indian president boarded an Air France jet.", "coerces"),
]


@pytest.mark.parametrize(("sentence", "relation"), NOT, ids=_ids(NOT))
def test_wire_vocab_not_read(extract, sentence: str, relation: str) -> None:
    found = extract(sentence)
    assert not [m for m in found if m.relation == relation], found


# Near readings that stay: a torpedoed ship is attacked, aid cut is a sanction, a
# raping is an assault (not "rap"), a claim rebuffed is denied.
STAY = [
    ("An Iranian frigate torpedoed a Kuwaiti tanker.", E("attacks", "iran", "kuwait")),
    ("Denmark cut aid to Tanzania.", E("sanctions", "denmark", "tanzania")),
    (
        "Two Moroccan soldiers were convicted of raping a Spanish tourist.",
        E("assaults", "morocco", "spain"),
    ),
    ("Algeria rebuffed the claims by Morocco.", E("denies", "algeria", "morocco")),
]


@pytest.mark.parametrize(("sentence", "expected"), STAY, ids=_ids(STAY))
def test_wire_vocab_near_readings_stay(extract, sentence: str, expected: Expect) -> None:
    check(extract(sentence), (expected,))


# A second clause's subject that the parser joins to the first verb's object is no
# object of it (misparses.clause_subject); a list of objects stays one.
JOINED = [
    (
        "Ethiopian jets bombed Somali towns and Kenyan troops attacked Somalia.",
        E("attacks", "ethiopia", "somalia"),
        E("attacks", "ethiopia", "kenya"),
    ),
    (
        "US troops had defeated the Taliban and Pakistan would be sealing the border.",
        E("attacks", "united-states", "taliban"),
        E("attacks", "united-states", "pakistan"),
    ),
    (
        "Iraqi troops had killed two Iranian soldiers and Turkey would be moving into Iraq.",
        E("attacks", "iraq", "iran"),
        E("attacks", "iraq", "turkey"),
    ),
]


@pytest.mark.parametrize(("sentence", "kept", "absent"), JOINED, ids=_ids(JOINED))
def test_wire_vocab_joined_clause_subject(
    extract, sentence: str, kept: Expect, absent: Expect
) -> None:
    check(extract(sentence), (kept,), (absent,))


def test_wire_vocab_object_list_stays(extract) -> None:
    check(
        extract("Israeli jets bombed Syria and Lebanon on Tuesday."),
        (E("attacks", "israel", "syria"), E("attacks", "israel", "lebanon")),
    )
