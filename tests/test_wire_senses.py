"""Recall and precision on wire-style leads whose trigger word has several senses
(helper cf): the PLOVER type must follow the words around the trigger, its object,
particle, subject or the phrase after it.

Our own sentences, written in the style of 1975-2005 wire leads, not gold records.
SENSES holds leads over about thirty ambiguous trigger words ("struck" an oil
terminal / a deal, "launched" an offensive / talks / an inquiry / an appeal, "seized"
a tanker / islands, "called on" / "called off", "cut", "backed", "pressed" a country /
charges / an offensive, "pushed" a country / forces back / refugees back, "hit" a
tanker / "hit out at" / "hit ... with sanctions", "charged", "received" a visitor /
aid / tanks, "opened" fire / talks / a border, "broke" off / a ceasefire, "pulled
out", "turned down" / "turned to ... for", "stepped up", "warned", "vowed", "ordered"
troops / an expulsion / diplomats out, "moved", "lifted", "dropped" food / bombs / a
boycott, "rejected" / "denied", "accepted", "gave", "fired", "held", "recalled",
"expelled", "froze", "sent"), each with the type and sides expected: 109 leads, 86
read right at the branch's base (80f775b); the 23 others are read by this branch's
rules: driving back forces or an offensive (fighting), pressing or bringing charges
(legal action, CAMEO 173), a verb of punishing with a penalty after "with"
(sanction), turning or looking to someone for help (appeal), ordering forces to a
border (mobilizing), aircraft dropping aid.

SENSES2 (later passes) holds 83 leads, 38 read right at the base; the 45 others are
read by this branch's rules: troops marching or advancing into a place (fighting), a
gerund of attack with its "of" phrase, a court condemning to death or trying people
(legal action), pressure or an embargo "put" on someone, giving way or bending to
pressure (concession), withdrawing or storming out of talks (halting them), breaking
with a state, backing someone with money or arms (aid), shooting down or torpedoing a
plan (rejection), raising tariffs (sanction), throwing one's support behind someone,
meeting people "with" whom one meets, ending an occupation (retreat), police raids
(coercion), strongholds and islands captured (fighting), hitting back at criticism
(disapproval), holding up aid (sanction), accepting an invitation (agreement).

NOT holds 34 readings of the other sense that must not be taken: 29 were taken at
the base (pressing charges or an offensive, driving back forces as a demand; a
penalty as an attack; talks called off as held; a demand or support dropped as
made; resistance met as a meeting; peace activists met as a proposal accepted; a
plan shot down as an attack; talks withdrawn from as a retreat; an occupation or
blockade ended as in force; a police raid as an attack; a stronghold taken as
property seized; criticism hit back at as an attack; aid held up as given; an
invitation accepted as a concession; a death sentence as criticism; arms received as
a guest; troops marching into a city as a protest); 5 are guards."""

from __future__ import annotations

import pytest

from relations_util import Expect, check
from relations_util import asserted as E
from relations_util import row_ids as _ids

SENSES = [
    # strike
    (
        "Iraqi warplanes struck an Iranian oil terminal on Kharg Island.",
        E("attacks", "iraq", "iran"),
    ),
    (
        "Israeli jets struck Palestinian guerrilla bases in southern Lebanon.",
        E("attacks", "israel", "palestine"),
    ),
    (
        "Israel and Jordan struck a deal on sharing the waters of the Jordan river.",
        E("agreesWith", "israel", "jordan"),
    ),
    ("Egypt struck an agreement with Sudan on Nile waters.", E("agreesWith", "egypt", "sudan")),
    ("Iran struck a deal with France on frozen assets.", E("agreesWith", "iran", "france")),
    # launch
    (
        "Iraq launched a major offensive against Iranian positions near Basra.",
        E("attacks", "iraq", "iran"),
    ),
    ("Israel launched air strikes on Syrian positions.", E("attacks", "israel", "syria")),
    ("Colombia launched talks with the FARC.", E("negotiatesWith", "colombia", "farc")),
    (
        "Britain launched an investigation into alleged Libyan arms smuggling.",
        E("investigates", "united-kingdom", "libya"),
    ),
    (
        "Pakistan launched an appeal to the United Nations for flood aid.",
        E("appealsTo", "pakistan", "united-nations"),
    ),
    # seize
    (
        "Iran seized a British-flagged tanker in the Strait of Hormuz.",
        E("coerces", "iran", "united-kingdom"),
    ),
    (
        "Peruvian gunboats seized two American fishing boats off the coast.",
        E("coerces", "peru", "united-states"),
    ),
    (
        "Argentine forces seized the Falkland Islands from Britain.",
        E("attacks", "argentina", "united-kingdom"),
    ),
    (
        "India seized a North Korean ship carrying missile parts.",
        E("coerces", "india", "north-korea"),
    ),
    # call
    (
        "The Arab League called on Israel to withdraw from southern Lebanon.",
        E("appealsTo", "arab-league", "israel"),
    ),
    ("France called for Iraq's withdrawal from Kuwait.", E("appealsTo", "france", "iraq")),
    (
        "Israel called off its air strikes on southern Lebanon.",
        E("retreatsFrom", "israel", "lebanon"),
    ),
    ("Israel called off peace talks with Syria.", E("sanctions", "israel", "syria")),
    (
        "The United States called off talks with Cuba on migration.",
        E("sanctions", "united-states", "cuba"),
    ),
    (
        "Bolivian miners called off a general strike against the government.",
        E("concedesTo", "bolivia", "bolivia"),
    ),
    # cut
    ("The United States cut aid to Nicaragua.", E("sanctions", "united-states", "nicaragua")),
    ("Egypt cut diplomatic ties with Iran.", E("sanctions", "egypt", "iran")),
    ("Syria cut off water supplies to Iraq.", E("sanctions", "syria", "iraq")),
    (
        "Japan cut off aid to Vietnam over its invasion of Cambodia.",
        E("sanctions", "japan", "vietnam"),
    ),
    # back
    (
        "The United States backed Pakistan's bid for a seat on the Security Council.",
        E("supports", "united-states", "pakistan"),
    ),
    ("France backed Chad against Libyan-supported rebels.", E("supports", "france", "chad")),
    # press
    (
        "The United States pressed Japan to open its rice market.",
        E("demands", "united-states", "japan"),
    ),
    (
        "Nigeria pressed Britain for the return of the Benin bronzes.",
        E("demands", "nigeria", "united-kingdom"),
    ),
    (
        "Britain pressed charges against two Libyan intelligence agents.",
        E("coerces", "united-kingdom", "libya"),
    ),
    ("France brought charges against two Iranian diplomats.", E("coerces", "france", "iran")),
    (
        "Israel pressed its offensive against Hezbollah guerrillas.",
        E("attacks", "israel", "hezbollah"),
    ),
    # push
    ("Syria pushed Lebanon to expel the Palestinian guerrillas.", E("demands", "syria", "lebanon")),
    (
        "Syrian troops pushed back Israeli forces near Sultan Yacoub.",
        E("attacks", "syria", "israel"),
    ),
    ("Iraqi forces pushed back an Iranian offensive near Basra.", E("attacks", "iraq", "iran")),
    (
        "Thai troops pushed back Cambodian refugees across the border.",
        E("coerces", "thailand", "cambodia"),
    ),
    (
        "Ethiopian troops repelled a Somali attack in the Ogaden.",
        E("attacks", "ethiopia", "somalia"),
    ),
    (
        "Chadian forces drove back Libyan troops from the Aozou strip.",
        E("attacks", "chad", "libya"),
    ),
    # hit
    ("Iranian missiles hit a Kuwaiti tanker in the Gulf.", E("attacks", "iran", "kuwait")),
    ("China hit out at Japan over its history textbooks.", E("criticizes", "china", "japan")),
    (
        "The European Union hit Belarus with new sanctions.",
        E("sanctions", "european-union", "belarus"),
    ),
    (
        "Washington hit Tokyo with tariffs on Japanese electronics.",
        E("sanctions", "united-states", "japan"),
    ),
    (
        "Washington hit Havana with new travel restrictions.",
        E("sanctions", "united-states", "cuba"),
    ),
    (
        "The Reagan administration punished Libya with an oil embargo.",
        E("sanctions", "united-states", "libya"),
    ),
    (
        "Washington threatened Tokyo with tariffs on Japanese cars.",
        E("threatens", "united-states", "japan"),
    ),
    # charge
    ("India charged Pakistan with backing Sikh militants.", E("accuses", "india", "pakistan")),
    (
        "Soviet prosecutors charged two American journalists with spying.",
        E("coerces", "soviet-union", "united-states"),
    ),
    # receive
    (
        "President Mubarak received the Israeli foreign minister in Cairo.",
        E("consults", "egypt", "israel"),
    ),
    (
        "Castro received a delegation of American congressmen in Havana.",
        E("consults", "person:castro", "united-states"),
    ),
    ("Sudan received food aid from the European Community.", E("aids", "european-union", "sudan")),
    (
        "Jordan received 30 Chieftain tanks from Britain.",
        E("sellsArmsTo", "united-kingdom", "jordan"),
    ),
    # open
    (
        "Israeli troops opened fire on Palestinian demonstrators in Gaza.",
        E("assaults", "israel", "palestine"),
    ),
    (
        "Egypt opened talks with Israel on the future of the Sinai.",
        E("negotiatesWith", "egypt", "israel"),
    ),
    (
        "Jordan opened its border with Iraq to trucks carrying food.",
        E("retreatsFrom", "jordan", "iraq"),
    ),
    # break
    ("Iraq broke off diplomatic relations with Syria.", E("sanctions", "iraq", "syria")),
    ("Hezbollah guerrillas broke the ceasefire with Israel.", E("attacks", "hezbollah", "israel")),
    ("The PLO broke off talks with Jordan.", E("sanctions", "plo", "jordan")),
    # pull out
    ("Syria pulled its troops out of Beirut.", E("retreatsFrom", "syria", "lebanon")),
    ("Vietnam pulled its forces out of Cambodia.", E("retreatsFrom", "vietnam", "cambodia")),
    (
        "Iran pulled out of talks with the European Union on its nuclear program.",
        E("sanctions", "iran", "european-union"),
    ),
    # hand over
    # turn
    ("Israel turned down a U.S. peace proposal.", E("rejects", "israel", "united-states")),
    ("Syria turned down Jordan's request for talks.", E("rejects", "syria", "jordan")),
    ("Ethiopia turned to Moscow for military help.", E("demands", "ethiopia", "russia")),
    ("Somalia turned to the United States for food aid.", E("demands", "somalia", "united-states")),
    ("Zambia looked to China for loans to build the railway.", E("demands", "zambia", "china")),
    # step up
    ("Iraq stepped up its attacks on Iranian oil installations.", E("attacks", "iraq", "iran")),
    ("Japan stepped up aid to the Philippines.", E("aids", "japan", "philippines")),
    (
        "The United States stepped up pressure on Libya to hand over the suspects.",
        E("demands", "united-states", "libya"),
    ),
    # warn
    (
        "Iran warned the United States against attacking its nuclear sites.",
        E("threatens", "iran", "united-states"),
    ),
    ("China warned Taiwan that independence would mean war.", E("threatens", "china", "taiwan")),
    (
        "The United Nations warned Iraq of serious consequences.",
        E("threatens", "united-nations", "iraq"),
    ),
    # vow
    (
        "Japan vowed to help the Philippines rebuild after the earthquake.",
        Expect("aids", "japan", "philippines", modality="future"),
    ),
    ("Hezbollah vowed revenge against Israel.", E("threatens", "hezbollah", "israel")),
    # order
    ("Libya ordered troops to the Egyptian border.", E("mobilizesAgainst", "libya", "egypt")),
    (
        "Iraq ordered two armored divisions to the Kuwaiti border.",
        E("mobilizesAgainst", "iraq", "kuwait"),
    ),
    (
        "The United States ordered an aircraft carrier toward the Libyan coast.",
        E("mobilizesAgainst", "united-states", "libya"),
    ),
    (
        "The Soviet Union ordered the expulsion of five British diplomats.",
        E("sanctions", "soviet-union", "united-kingdom"),
    ),
    ("France ordered two Libyan diplomats out of the country.", E("sanctions", "france", "libya")),
    # move
    ("Turkey moved tanks to the Iraqi border.", E("mobilizesAgainst", "turkey", "iraq")),
    # lift
    (
        "The United States lifted its trade embargo against Vietnam.",
        E("retreatsFrom", "united-states", "vietnam"),
    ),
    (
        "The Soviet Union lifted its blockade of Lithuania.",
        E("retreatsFrom", "soviet-union", "lithuania"),
    ),
    ("Pakistan lifted its ban on Indian films.", E("concedesTo", "pakistan", "india")),
    # drop
    (
        "U.S. aircraft dropped food supplies to Bosnian Muslims in eastern Bosnia.",
        E("aids", "united-states", "bosnia-and-herzegovina"),
    ),
    ("French planes dropped relief supplies to refugees in Chad.", E("aids", "france", "chad")),
    (
        "American cargo planes parachuted food to Kurdish refugees in northern Iraq.",
        E("aids", "united-states", "iraq"),
    ),
    (
        "Israeli jets dropped bombs on Palestinian camps near Sidon.",
        E("attacks", "israel", "palestine"),
    ),
    ("Egypt dropped its boycott of Israeli goods.", E("retreatsFrom", "egypt", "israel")),
    # reject deny
    ("Syria rejected the U.S. peace plan.", E("rejects", "syria", "united-states")),
    (
        "Libya denied American charges that it sponsored terrorism.",
        E("denies", "libya", "united-states"),
    ),
    (
        "Israel rejected Syria's demand for a return of the Golan Heights.",
        E("rejects", "israel", "syria"),
    ),
    # accept
    ("Thailand accepted 5,000 Cambodian refugees.", E("aids", "thailand", "cambodia")),
    (
        "Iraq accepted the return of United Nations weapons inspectors.",
        E("retreatsFrom", "iraq", "united-nations"),
    ),
    # give
    ("Japan gave $500 million to Egypt.", E("aids", "japan", "egypt")),
    ("Iran gave the Lebanese militias weapons.", E("sellsArmsTo", "iran", "lebanon")),
    ("Jordan gave refuge to Iraqi defectors.", E("aids", "jordan", "iraq")),
    ("The United States gave Israel a warning.", E("threatens", "united-states", "israel")),
    # fire hold recall expel freeze send
    ("Iraqi troops fired on Kuwaiti protesters.", E("assaults", "iraq", "kuwait")),
    ("Iran fired missiles at Baghdad.", E("attacks", "iran", "iraq")),
    (
        "Israel and Egypt held talks on Palestinian autonomy.",
        E("negotiatesWith", "israel", "egypt"),
    ),
    ("Iran held 52 Americans hostage.", E("coerces", "iran", "united-states")),
    ("Britain recalled its ambassador from Libya.", E("sanctions", "united-kingdom", "libya")),
    (
        "The Soviet Union expelled five British diplomats.",
        E("sanctions", "soviet-union", "united-kingdom"),
    ),
    ("The United States froze Iraqi assets.", E("sanctions", "united-states", "iraq")),
    ("Washington sent an envoy to Damascus.", E("consults", "united-states", "syria")),
    ("Iraq sent troops to the Kuwaiti border.", E("mobilizesAgainst", "iraq", "kuwait")),
    # (more guards and failing-before leads of the senses fixed here)
    (
        "The United States pressed Israel to halt its offensive in Lebanon.",
        E("demands", "united-states", "israel"),
    ),
    (
        "Prosecutors in Bonn pressed charges against three East German spies.",
        E("coerces", "germany", "east-germany"),
    ),
    (
        "Belarus was hit with new sanctions by the European Union.",
        E("sanctions", "european-union", "belarus"),
    ),
    (
        "The United States targeted Iranian banks with sanctions.",
        E("sanctions", "united-states", "iran"),
    ),
    ("Cuba turned to Moscow for arms.", E("demands", "cuba", "russia")),
]


@pytest.mark.parametrize(("text", "expected"), SENSES, ids=_ids(SENSES))
def test_trigger_sense_follows_its_words(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# A second pass: "met" resistance / a leader / demands, "withdrew" from talks / from a
# country, "stormed out of" talks, "broke with" a state, "backed ... with" money or arms,
# "shot down" a plan / a jet, "raised" tariffs, "threw its support behind", and senses
# of "recalled", "returned", "restored", "reduced", "exchanged", "sealed", "attacked",
# "carried out", "reached", "entered", "stopped", "broke up" read right at the base.
SENSES2 = [
    # meet
    ("Arafat met with Israeli peace activists in Tunis.", E("consults", "palestine", "israel")),
    ("Mubarak met with Israeli peace campaigners in Cairo.", E("consults", "egypt", "israel")),
    ("Mubarak met the Israeli prime minister in Cairo.", E("consults", "egypt", "israel")),
    (
        "The Polish government met the demands of the striking shipyard workers.",
        E("concedesTo", "poland", "poland"),
    ),
    (
        "The Chilean government met the demands of the striking copper miners.",
        E("concedesTo", "chile", "chile"),
    ),
    # withdraw, storm, break
    ("Ethiopia withdrew from talks with Eritrea.", E("sanctions", "ethiopia", "eritrea")),
    (
        "Britain withdrew from the negotiations with Argentina.",
        E("sanctions", "united-kingdom", "argentina"),
    ),
    (
        "The Palestinian delegation stormed out of talks with Israel.",
        E("sanctions", "palestine", "israel"),
    ),
    (
        "The Soviet Union withdrew its troops from Afghanistan.",
        E("retreatsFrom", "soviet-union", "afghanistan"),
    ),
    (
        "The Soviet Union withdrew from Afghanistan.",
        E("retreatsFrom", "soviet-union", "afghanistan"),
    ),
    (
        "The United States withdrew its ambassador from El Salvador.",
        E("sanctions", "united-states", "el-salvador"),
    ),
    (
        "Iranian students stormed the U.S. embassy in Tehran.",
        E("protestsAgainst", "iran", "united-states"),
    ),
    ("Egypt broke with the Soviet Union.", E("sanctions", "egypt", "soviet-union")),
    ("Albania broke with China in 1978.", E("sanctions", "albania", "china")),
    ("Yugoslavia broke with Moscow over Hungary.", E("sanctions", "yugoslavia", "russia")),
    ("Hezbollah broke the truce with Israel.", E("attacks", "hezbollah", "israel")),
    # back with
    (
        "The United States backed the Nicaraguan rebels with money and arms.",
        E("aids", "united-states", "nicaragua"),
    ),
    ("Saudi Arabia propped up Iraq with loans.", E("aids", "saudi-arabia", "iraq")),
    (
        "Pakistan backed the Afghan guerrillas with weapons.",
        E("sellsArmsTo", "pakistan", "afghanistan"),
    ),
    ("Moscow supported Hanoi with food and oil.", E("aids", "russia", "vietnam")),
    # shoot down, torpedo
    ("The Israeli cabinet shot down a U.S. peace plan.", E("rejects", "israel", "united-states")),
    ("Syria torpedoed the Arab League initiative.", E("rejects", "syria", "arab-league")),
    ("Syrian gunners shot down an Israeli jet over Lebanon.", E("attacks", "syria", "israel")),
    # raise
    (
        "The United States raised tariffs on Japanese cars.",
        E("sanctions", "united-states", "japan"),
    ),
    (
        "The United States increased duties on Brazilian steel.",
        E("sanctions", "united-states", "brazil"),
    ),
    # throw
    ("The Soviet Union threw its support behind Iraq.", E("supports", "soviet-union", "iraq")),
    (
        "France threw its weight behind the Lebanese government.",
        E("supports", "france", "lebanon"),
    ),
    (
        "Palestinian youths threw stones at Israeli soldiers in Hebron.",
        E("protestsAgainst", "palestine", "israel"),
    ),
    ("France threw out two Soviet diplomats.", E("sanctions", "france", "soviet-union")),
    # other senses read right at the base
    ("Britain recalled its ambassador from Tehran.", E("sanctions", "united-kingdom", "iran")),
    (
        "Israel returned the bodies of two Syrian soldiers to Damascus.",
        E("retreatsFrom", "israel", "syria"),
    ),
    ("Egypt returned its ambassador to Israel.", E("supports", "egypt", "israel")),
    ("Japan restored aid to China.", E("aids", "japan", "china")),
    ("The United States reduced its aid to Pakistan.", E("sanctions", "united-states", "pakistan")),
    (
        "The Soviet Union reduced its troops in Mongolia.",
        E("retreatsFrom", "soviet-union", "mongolia"),
    ),
    (
        "Israeli and Syrian troops exchanged fire on the Golan Heights.",
        E("attacks", "israel", "syria"),
    ),
    ("Iraq and Iran exchanged prisoners of war.", E("retreatsFrom", "iraq", "iran")),
    ("Israel sealed off the Gaza Strip.", E("coerces", "israel", "gaza-strip")),
    ("Jordan and Israel sealed a peace deal.", E("signsAgreementWith", "jordan", "israel")),
    (
        "Castro attacked American policy in Central America.",
        E("criticizes", "person:castro", "united-states"),
    ),
    ("Cuban troops attacked UNITA positions in southern Angola.", E("attacks", "cuba", "unita")),
    (
        "Israeli commandos carried out a raid on a PLO base in Tunisia.",
        E("attacks", "israel", "plo"),
    ),
    (
        "Egypt and Israel reached agreement on the Sinai withdrawal.",
        E("agreesWith", "egypt", "israel"),
    ),
    (
        "Syria and Israel entered talks on the Golan Heights.",
        E("negotiatesWith", "syria", "israel"),
    ),
    ("Iraq stopped oil shipments to Jordan.", E("sanctions", "iraq", "jordan")),
    (
        "Israel broke up a demonstration by Palestinians in Hebron.",
        E("coerces", "israel", "palestine"),
    ),
    # A third pass: a hold "ended", police "raided", a stronghold or island "captured".
    ("Israel ended its blockade of Beirut.", E("retreatsFrom", "israel", "lebanon")),
    (
        "The Soviet Union ended its occupation of Afghanistan.",
        E("retreatsFrom", "soviet-union", "afghanistan"),
    ),
    ("Israel ended its occupation of southern Lebanon.", E("retreatsFrom", "israel", "lebanon")),
    (
        "Italian police raided the offices of a Libyan airline in Rome.",
        E("coerces", "italy", "libya"),
    ),
    ("French police raided the Iranian embassy in Paris.", E("coerces", "france", "iran")),
    (
        "Israeli troops raided a Palestinian refugee camp in Gaza.",
        E("assaults", "israel", "palestine"),
    ),
    ("Iraqi warplanes raided Iranian oil installations.", E("attacks", "iraq", "iran")),
    (
        "Soviet troops captured a rebel stronghold near Kandahar.",
        E("attacks", "soviet-union", "afghanistan"),
    ),
    (
        "Ethiopian forces captured an Eritrean garrison at Barentu.",
        E("attacks", "ethiopia", "eritrea"),
    ),
    ("Israeli troops captured Syrian positions on Mount Hermon.", E("attacks", "israel", "syria")),
    ("Iraqi troops seized the Kuwaiti island of Bubiyan.", E("attacks", "iraq", "kuwait")),
    ("Iran captured the Iraqi Fao peninsula.", E("attacks", "iran", "iraq")),
    (
        "Iranian revolutionary guards seized three islands from the United Arab Emirates.",
        E("attacks", "iran", "united-arab-emirates"),
    ),
    (
        "Syria ordered the Lebanese army to withdraw from Beirut.",
        E("demands", "syria", "lebanese-armed-forces"),
    ),
    # Giving way, bending or succumbing to pressure or demands concedes (CAMEO 08).
    (
        "Israel gave way to American pressure over the settlements.",
        E("concedesTo", "israel", "united-states"),
    ),
    ("Syria gave way to Turkish demands.", E("concedesTo", "syria", "turkey")),
    (
        "Syria bent to Turkish demands to expel the Kurdish rebel leader.",
        E("concedesTo", "syria", "turkey"),
    ),
    ("Pakistan succumbed to American pressure.", E("concedesTo", "pakistan", "united-states")),
    ("Jordan bowed to pressure from Washington.", E("concedesTo", "jordan", "united-states")),
    # Hitting back at words, holding up aid, accepting an invitation.
    (
        "Syria hit back at American criticism of its role in Lebanon.",
        E("criticizes", "syria", "united-states"),
    ),
    (
        "Tehran struck back at the accusations by Washington.",
        E("criticizes", "iran", "united-states"),
    ),
    ("Iraq hit back at Iran with missile attacks on Tehran.", E("attacks", "iraq", "iran")),
    ("Congress held up aid to El Salvador.", E("sanctions", "us-congress", "el-salvador")),
    ("The U.S. Senate held up loans to Nicaragua.", E("sanctions", "us-senate", "nicaragua")),
    ("Gorbachev accepted an invitation to visit China.", E("agreesWith", "russia", "china")),
    # A court condemning to death, a trial, pressure or an embargo "put" on someone.
    (
        "A Soviet court condemned two American spies to death.",
        E("coerces", "soviet-union", "united-states"),
    ),
    ("Iran tried two Britons on spying charges.", E("coerces", "iran", "united-kingdom")),
    (
        "Saudi Arabia put pressure on Syria to end the fighting.",
        E("demands", "saudi-arabia", "syria"),
    ),
    ("Washington put an embargo on Libyan oil.", E("sanctions", "united-states", "libya")),
    ("Syria condemned the Israeli visit to Jerusalem.", E("criticizes", "syria", "israel")),
    (
        "Assad received a Soviet military delegation in Damascus.",
        E("consults", "person:assad", "soviet-union"),
    ),
    # A gerund of attack with its "of" phrase ("resumed shelling of").
    (
        "Iraqi artillery resumed shelling of Iranian positions near Basra.",
        E("attacks", "iraq", "iran"),
    ),
    (
        "Soviet gunners began shelling of Afghan villages near Herat.",
        E("attacks", "soviet-union", "afghanistan"),
    ),
    # Troops marching or advancing into a place invade it; crowds marching protest.
    ("Iraqi troops marched into Kuwait City.", E("attacks", "iraq", "kuwait")),
    ("Vietnamese troops advanced on Phnom Penh.", E("attacks", "vietnam", "cambodia")),
    ("Soviet troops poured into Afghanistan.", E("attacks", "soviet-union", "afghanistan")),
    (
        "Thousands of Filipinos marched on the U.S. embassy in Manila.",
        # (The embassy's state is whom they march against, as "protested outside the
        # U.S. embassy": test_wire_protest.py.)
        E("protestsAgainst", "philippines", "united-states"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENSES2, ids=_ids(SENSES2))
def test_trigger_sense_follows_its_words_second_pass(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# Readings of the other sense that must not be taken (asserted, not negated).
NOT = [
    # Pressing on with one's own offensive or charges asks nothing of anyone.
    (
        "Britain pressed charges against two Libyan intelligence agents.",
        E("demands", "united-kingdom", "libya"),
    ),
    (
        "Prosecutors in Bonn pressed charges against three East German spies.",
        E("demands", "germany", "east-germany"),
    ),
    (
        "Israel pressed its offensive against Hezbollah guerrillas.",
        E("demands", "israel", "hezbollah"),
    ),
    # Driving back forces is no demand.
    (
        "Syrian troops pushed back Israeli forces near Sultan Yacoub.",
        E("demands", "syria", "israel"),
    ),
    ("Iraqi forces pushed back an Iranian offensive near Basra.", E("demands", "iraq", "iran")),
    # A penalty dealt is no armed attack.
    ("Washington hit Havana with new travel restrictions.", E("attacks", "united-states", "cuba")),
    # Talks called off are not held.
    (
        "The United States called off talks with Cuba on migration.",
        E("negotiatesWith", "united-states", "cuba"),
    ),
    ("Israel called off peace talks with Syria.", E("negotiatesWith", "israel", "syria")),
    # What is dropped is no longer asked or given.
    (
        "The Soviet Union dropped its demand for the withdrawal of U.S. missiles from Europe.",
        E("demands", "soviet-union", "united-states"),
    ),
    ("Iraq dropped its demand for Kuwaiti compensation.", E("demands", "iraq", "kuwait")),
    (
        "Washington dropped its support for the Contra rebels.",
        E("supports", "united-states", "contras"),
    ),
    # What one meets that is no one met; people met "with" are no proposal; a plan
    # shot down is no attack; talks withdrawn from are no retreat.
    (
        "The Afghan rebels met fierce resistance from Soviet troops.",
        E("consults", "afghanistan", "soviet-union"),
    ),
    (
        "Iraqi troops met stiff resistance from Kurdish fighters near Kirkuk.",
        E("consults", "iraq", "iraq"),
    ),
    (
        "Arafat met with Israeli peace activists in Tunis.",
        E("concedesTo", "palestine", "palestine"),
    ),
    ("The Israeli cabinet shot down a U.S. peace plan.", E("attacks", "israel", "united-states")),
    ("Ethiopia withdrew from talks with Eritrea.", E("retreatsFrom", "ethiopia", "eritrea")),
    # A hold ended is no longer in force; a police raid or a stronghold taken is no
    # attack or seizure of property; an order to foreign forces moves none of one's own.
    (
        "The Soviet Union ended its occupation of Afghanistan.",
        E("coerces", "soviet-union", "afghanistan"),
    ),
    ("Israel ended its blockade of Beirut.", E("coerces", "israel", "lebanon")),
    (
        "Italian police raided the offices of a Libyan airline in Rome.",
        E("attacks", "italy", "libya"),
    ),
    ("French police raided the Iranian embassy in Paris.", E("attacks", "france", "iran")),
    (
        "Soviet troops captured a rebel stronghold near Kandahar.",
        E("coerces", "soviet-union", "afghanistan"),
    ),
    (
        "Syria ordered the Lebanese army to withdraw from Beirut.",
        E("mobilizesAgainst", "syria", "lebanese-armed-forces"),
    ),
    ("Iran broke ranks with Russia over Syria.", E("sanctions", "iran", "russia")),
    (
        "Syria hit back at American criticism of its role in Lebanon.",
        E("attacks", "syria", "united-states"),
    ),
    ("Tehran struck back at the accusations by Washington.", E("attacks", "iran", "united-states")),
    ("Congress held up aid to El Salvador.", E("aids", "us-congress", "el-salvador")),
    ("Gorbachev accepted an invitation to visit China.", E("concedesTo", "russia", "russia")),
    (
        "A Soviet court condemned two American spies to death.",
        E("criticizes", "soviet-union", "united-states"),
    ),
    ("Iraqi troops marched into Kuwait City.", E("protestsAgainst", "iraq", "kuwait")),
    # Arms or goods received are no guest.
    ("Syria received a shipment of Soviet tanks.", E("consults", "syria", "soviet-union")),
    ("Angola received a consignment of Cuban weapons.", E("consults", "angola", "cuba")),
    # Guards (not read so at the base either): a threatened penalty is not imposed,
    # a state that "dropped" aid did not airdrop it, and what investors turn to is no
    # one asked.
    (
        "Washington threatened Tokyo with tariffs on Japanese cars.",
        E("sanctions", "united-states", "japan"),
    ),
    ("The United States dropped its aid to Nicaragua.", E("aids", "united-states", "nicaragua")),
    ("Iraq pressed ahead with its offensive against Iranian troops.", E("demands", "iraq", "iran")),
]


@pytest.mark.parametrize(("text", "absent"), NOT, ids=_ids(NOT))
def test_other_sense_is_not_read(extract, text: str, absent: Expect) -> None:
    check(extract(text), (), (absent,))
