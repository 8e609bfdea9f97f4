"""The other side of an act in wire leads, where it sits in a less usual place: an
adjective, possessive or demonym inside the object ("seized a Greek tanker",
"arrested three Britons"), a "to", "over", "for", "into", "against" or "off" phrase,
the object of an infinitive or gerund after the trigger, the noun of the object
("condemned the bombing of its embassy by NATO"), a place standing for its state
("shelled towns in Iran"), a relative clause or apposition after the target, a target
listed with a non-actor, a long adverbial before the object. Our own sentences in the
style of 1975-2005 wire leads (not gold records); then the rules these leads needed,
each with sentences of its own and guards."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect

# (construction, lead, the relation it must state with its target)
LEADS: list[tuple[str, str, Expect]] = [
    (
        "adjective in object",
        "Iranian students stormed the Danish embassy in Tehran on Saturday, witnesses said.",
        E("protestsAgainst", "iran", "denmark", None),
    ),
    (
        "adjective in object",
        "Libyan gunboats seized a Greek tanker off the coast of Benghazi on Monday.",
        E("coerces", "libya", "greece", None),
    ),
    (
        "adjective in object",
        "The Iranian navy seized a British-flagged tanker in the Strait of Hormuz.",
        E("coerces", "iran", "united-kingdom", None),
    ),
    (
        "adjective in object",
        "Britain expelled 14 Libyan diplomats on Tuesday, the Foreign Office said.",
        E("sanctions", "united-kingdom", "libya", None),
    ),
    (
        "adjective in object",
        "France expelled three Soviet diplomats accused of spying, the Interior Ministry said.",
        E("sanctions", "france", "soviet-union", None),
    ),
    (
        "demonym object",
        "Iraqi police arrested three Britons in Baghdad on Sunday.",
        E("coerces", "iraq", "united-kingdom", None),
    ),
    (
        "demonym object",
        "Egyptian security forces arrested two Israelis near the Sinai border on Wednesday.",
        E("coerces", "egypt", "israel", None),
    ),
    (
        "adjective in object",
        "Croatian artillery shelled Serb positions near Knin on Friday, U.N. officials said.",
        E("attacks", "croatia", "serbia", None),
    ),
    (
        "adjective in object",
        "A U.S. warship downed an Iranian airliner over the Gulf on Sunday, killing all 290 "
        "aboard.",
        E("attacks", "united-states", "iran", None),
    ),
    (
        "adjective in object",
        "Soviet fighters shot down a South Korean airliner near Sakhalin island.",
        E("attacks", "soviet-union", "south-korea", None),
    ),
    (
        "to ... over",
        "Syria protested to Turkey over the killing of two Syrian border guards.",
        E("criticizes", "syria", "turkey", None),
    ),
    (
        "to ... over",
        "Greece protested to Albania on Monday over the arrest of five ethnic Greeks.",
        E("criticizes", "greece", "albania", None),
    ),
    (
        "accused X of",
        "Iran accused Iraq on Tuesday of using chemical weapons against its troops.",
        E("accuses", "iran", "iraq", None),
    ),
    (
        "accused X of",
        "Zambia accused South African forces of raiding Lusaka on Monday.",
        E("accuses", "zambia", "south-africa", None),
    ),
    (
        "fired into",
        "Hezbollah guerrillas fired rockets into Israel on Monday, the army said.",
        E("attacks", "hezbollah", "israel", None),
    ),
    (
        "fired across into",
        "Pakistani troops fired mortar rounds across the border into India on Friday.",
        E("attacks", "pakistan", "india", None),
    ),
    (
        "retaliated against",
        "Israel retaliated against Lebanon with air strikes on Tuesday.",
        E("attacks", "israel", "lebanon", None),
    ),
    (
        "noun of the object",
        "China condemned the bombing of its embassy in Belgrade by NATO warplanes.",
        E("criticizes", "china", "nato", None),
    ),
    (
        "noun of the object",
        "The Arab League condemned the Israeli raid on Tunis.",
        E("criticizes", "arab-league", "israel", None),
    ),
    (
        "noun of the object",
        "Austria protested against the shooting of an Austrian tourist by Czech border guards.",
        E("criticizes", "austria", "czech-republic", None),
    ),
    (
        "place for a state",
        "Iraqi forces shelled towns in Iran on Saturday, Tehran radio said.",
        E("attacks", "iraq", "iran", None),
    ),
    (
        "place for a state",
        "Indian troops shelled villages in Pakistan across the Line of Control.",
        E("attacks", "india", "pakistan", None),
    ),
    (
        "place for a state",
        "South African commandos raided a house in Botswana on Friday, killing five people.",
        E("attacks", "south-africa", "botswana", None),
    ),
    (
        "place for a state",
        "Turkish warplanes bombed Kurdish rebel bases in northern Iraq.",
        E("attacks", "turkey", "iraq", None),
    ),
    (
        "relative",
        "Hungary protested on Monday to Romania, which it accused of mistreating ethnic "
        "Hungarians.",
        E("criticizes", "hungary", "romania", None),
    ),
    (
        "relative",
        "Chad accused Libya, which occupies the Aouzou strip, of bombing its towns.",
        E("accuses", "chad", "libya", None),
    ),
    (
        "relative",
        "Nicaragua accused Honduras, which hosts Contra bases, of aiding the rebels.",
        E("accuses", "nicaragua", "honduras", None),
    ),
    (
        "apposition",
        "Ghana accused Togo, its eastern neighbor, of harboring dissidents.",
        E("accuses", "ghana", "togo", None),
    ),
    (
        "coordinated with a non-actor",
        "Israeli troops arrested Hamas activists and a Jordanian doctor in Hebron.",
        E("coerces", "israel", "jordan", None),
    ),
    (
        "coordinated with a non-actor",
        "South Korea protested against Japanese textbooks and Tokyo's claim to the islets.",
        E("criticizes", "south-korea", "japan", None),
    ),
    (
        "long adverbial",
        "Israeli jets, in the deepest raid for two years, bombed Palestinian bases in Lebanon.",
        E("attacks", "israel", "palestine", None),
    ),
    (
        "infinitive object",
        "Libyan leader Muammar Gaddafi on Tuesday threatened to attack American bases in Italy.",
        E("threatens", "libya", "united-states", None),
    ),
    (
        "infinitive object",
        "NATO threatened on Monday to launch air strikes against Bosnian Serb positions.",
        E("threatens", "nato", "bosnia-and-herzegovina", None),
    ),
    (
        "infinitive object",
        "The United States vowed to punish Libya for the Berlin disco bombing.",
        E("threatens", "united-states", "libya", None),
    ),
    (
        "infinitive object",
        "Pakistan agreed to resume talks with India on the Siachen glacier.",
        E("negotiatesWith", "pakistan", "india", None),
    ),
    (
        "infinitive object",
        "Britain pledged to help Jordan cope with the influx of refugees.",
        E("aids", "united-kingdom", "jordan", None),
    ),
    (
        "gerund after against",
        "The United States warned Iran on Monday against interfering in Iraq.",
        E("threatens", "united-states", "iran", None),
    ),
    (
        "infinitive object",
        "Mozambique appealed to Malawi to stop aiding the rebels.",
        E("appealsTo", "mozambique", "malawi", None),
    ),
    (
        "possessive object",
        "China strongly protested Vietnam's occupation of islands in the Spratly chain.",
        E("criticizes", "china", "vietnam", None),
    ),
    (
        "possessive object",
        "Beijing criticized Washington's arms sales to Taiwan on Monday.",
        E("criticizes", "china", "united-states", None),
    ),
    (
        "adjective in object",
        "India welcomed the Pakistani decision to free 200 Indian fishermen.",
        E("supports", "india", "pakistan", None),
    ),
    (
        "adjective in object",
        "India rejected a Pakistani offer of talks on Kashmir.",
        E("rejects", "india", "pakistan", None),
    ),
    (
        "adjective in object",
        # (An invitation to talks accepted is an agreement to meet, CAMEO 036.)
        "Greece accepted a Turkish invitation to talks on the Aegean.",
        E("agreesWith", "greece", "turkey", None),
    ),
    (
        "adjective in object",
        "Jordan accepted the American peace plan on Sunday.",
        E("concedesTo", "jordan", "united-states", None),
    ),
    (
        "for phrase",
        "Kenya lashed out at Uganda for harbouring Kenyan dissidents.",
        E("criticizes", "kenya", "uganda", None),
    ),
    (
        "for phrase",
        "Zimbabwe blamed South Africa for the bomb blast in Harare.",
        E("accuses", "zimbabwe", "south-africa", None),
    ),
    (
        "that clause",
        "Greece charged that Turkish jets had violated its airspace 20 times.",
        E("accuses", "greece", "turkey", None),
    ),
    (
        "border",
        "Syria moved tanks toward the Jordanian border on Sunday.",
        E("mobilizesAgainst", "syria", "jordan", None),
    ),
    (
        "border",
        "India deployed troops along the border with Pakistan.",
        E("mobilizesAgainst", "india", "pakistan", None),
    ),
    (
        "coast",
        "The United States deployed warships near the Libyan coast.",
        E("mobilizesAgainst", "united-states", "libya", None),
    ),
    (
        "adjective in object",
        "Washington banned imports of Cuban cigars.",
        E("sanctions", "united-states", "cuba", None),
    ),
    (
        "adjective in object",
        "The United States froze Iraqi assets on Thursday.",
        E("sanctions", "united-states", "iraq", None),
    ),
    (
        "adjective in object",
        "Nigeria deported 300 Ghanaian workers on Monday.",
        E("coerces", "nigeria", "ghana", None),
    ),
    (
        "adjective in object",
        "Indonesian soldiers seized two Australian fishing boats off Timor.",
        E("coerces", "indonesia", "australia", None),
    ),
    (
        "adjective in object",
        "Iran executed two Iraqi prisoners of war on Sunday.",
        E("assaults", "iran", "iraq", None),
    ),
    (
        "adjective in object",
        "Chinese police beat up a Japanese reporter in Beijing.",
        E("assaults", "china", "japan", None),
    ),
    (
        "to phrase",
        "Washington delivered Stinger missiles to Afghan guerrillas.",
        E("sellsArmsTo", "united-states", "afghanistan", None),
    ),
    (
        "to phrase",
        "Austria granted political asylum to a Czech dissident.",
        E("aids", "austria", "czech-republic", None),
    ),
    (
        "adjective in object",
        "Iraq released 20 Iranian prisoners of war on Sunday.",
        E("retreatsFrom", "iraq", "iran", None),
    ),
    (
        "adjective in object",
        "Syria freed two American hostages on Wednesday.",
        E("retreatsFrom", "syria", "united-states", None),
    ),
    (
        "with phrase",
        "Thai troops clashed with Cambodian soldiers on the border on Monday.",
        E("attacks", "thailand", "cambodia", None),
    ),
    (
        "with phrase",
        "Indian border guards exchanged fire with Bangladeshi troops on Tuesday.",
        E("attacks", "india", "bangladesh", None),
    ),
    (
        "place for a state",
        "The Polish foreign minister visited Bonn on Thursday for talks.",
        E("consults", "poland", "germany", None),
    ),
    (
        "place for a state",
        "The Chinese premier arrived in Tokyo on Monday for a four-day visit.",
        E("consults", "china", "japan", None),
    ),
    (
        "from phrase",
        "Moscow recalled its ambassador from Tirana on Friday.",
        E("sanctions", "russia", "albania", None),
    ),
    (
        "to phrase",
        "Egypt recalled its ambassador to Israel in protest at the invasion of Lebanon.",
        E("sanctions", "egypt", "israel", None),
    ),
    (
        "from phrase",
        "Kuwait demanded war reparations from Iraq.",
        E("demands", "kuwait", "iraq", None),
    ),
    (
        "off the coast",
        "Iraqi warplanes attacked an oil platform off the Iranian coast.",
        E("attacks", "iraq", "iran", None),
    ),
    (
        "off the coast",
        "Iranian speedboats attacked a supertanker off the coast of the United Arab Emirates.",
        E("attacks", "iran", "united-arab-emirates", None),
    ),
    (
        "off the coast",
        "Cuban gunboats fired on a fishing boat off the Bahamas.",
        E("attacks", "cuba", "bahamas", None),
    ),
    (
        "from phrase of dues",
        "Bangladesh demanded compensation from India for the deaths of its fishermen.",
        E("demands", "bangladesh", "india", None),
    ),
    (
        "from phrase of dues",
        "Peru sought compensation from Ecuador for the border war.",
        E("appealsTo", "peru", "ecuador", None),
    ),
    (
        "from phrase of dues",
        "Mexico sought an explanation from Washington for the shooting of its citizens at "
        "the border.",
        E("appealsTo", "mexico", "united-states", None),
    ),
    (
        "from phrase of dues",
        "Greece sought assurances from Albania on the treatment of its minority.",
        E("appealsTo", "greece", "albania", None),
    ),
]


@pytest.mark.parametrize(
    ("construction", "text", "expected"), LEADS, ids=[f"{c}: {t[:40]}" for c, t, _ in LEADS]
)
def test_wire_lead_targets(extract, construction: str, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# (sentence, relations it must state, relations it must not state)
Row = tuple[str, tuple[Expect, ...], tuple[Expect, ...]]

# What lies "off" a coast, at sea, is the coast's state's: "attacked an oil platform off
# the Iranian coast" attacks Iran (a place preposition, as "near" and "outside" are).
# The ship's own state, named, still comes first; so does the hijacked ship's.
OFF_THE_COAST: list[Row] = [
    (
        "Iraqi warplanes attacked an oil platform off the Iranian coast.",
        (E("attacks", "iraq", "iran"),),
        (),
    ),
    (
        "Iranian speedboats attacked a supertanker off the coast of the United Arab Emirates.",
        (E("attacks", "iran", "united-arab-emirates"),),
        (),
    ),
    (
        "Cuban gunboats fired on a fishing boat off the Bahamas.",
        (E("attacks", "cuba", "bahamas"),),
        (),
    ),
    (
        "Argentine jets bombed a British frigate off the Falklands.",
        (E("attacks", "argentina", "united-kingdom"),),
        (E("attacks", "argentina", "falkland-islands"),),
    ),
    (
        "Somali pirates hijacked a Danish freighter off the coast of Kenya.",
        (E("assaults", "somalia", "denmark"),),
        (E("assaults", "somalia", "kenya"),),
    ),
    (
        "Israel sealed off the West Bank on Monday.",
        (E("coerces", "israel", "west-bank"),),
        (),
    ),
    # Only the act's own phrase: a noun's "off" phrase says where a thing is, and
    # names no doer.
    (
        "Marine biologists examined fish stocks in waters off the coast of Namibia.",
        (),
        (E("investigates", "namibia", "namibia", None),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), OFF_THE_COAST)
def test_off_the_coast_is_the_coasts_state(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# Asking for what one is owed (compensation, an apology, an explanation, assurances)
# asks it of whoever it is to come from: "demanded compensation from India for the
# deaths of its fishermen" demands of India, not of the fishermen's state; "sought"
# asks too. A withdrawal "from" a place is no such thing: the place is left, the
# withdrawing side is asked.
DUES_FROM: list[Row] = [
    (
        "Bangladesh demanded compensation from India for the deaths of its fishermen.",
        (E("demands", "bangladesh", "india"),),
        (E("demands", "bangladesh", "bangladesh"),),
    ),
    (
        "Peru sought compensation from Ecuador for the border war.",
        (E("appealsTo", "peru", "ecuador"),),
        (),
    ),
    (
        "Mexico sought an explanation from Washington for the shooting of its citizens at "
        "the border.",
        (E("appealsTo", "mexico", "united-states"),),
        (),
    ),
    (
        "Greece sought assurances from Albania on the treatment of its minority.",
        (E("appealsTo", "greece", "albania"),),
        (),
    ),
    (
        "Syria demanded the withdrawal of Israeli forces from Lebanon.",
        (E("demands", "syria", "israel"),),
        (E("demands", "syria", "lebanon"),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), DUES_FROM)
def test_dues_are_asked_of_whom_they_come_from(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# A protest lodged "over" or "about" someone's act, with no one named it is lodged
# with, is lodged against the act's doer (CAMEO 114): "lodged a protest over the
# arrest of Filipino workers by Saudi police". The "with" party still comes first,
# and a protest over one's own people's treatment names no one.
FORMAL_PROTEST_OVER: list[Row] = [
    (
        "The Philippines lodged a protest over the arrest of Filipino workers by Saudi police.",
        (E("criticizes", "philippines", "saudi-arabia"),),
        (),
    ),
    (
        "Japan lodged a strong protest over the Soviet downing of the airliner.",
        (E("criticizes", "japan", "soviet-union"),),
        (),
    ),
    (
        "Poland lodged a protest about the expulsion of its diplomats by Czechoslovakia.",
        (E("criticizes", "poland", "czechoslovakia"),),
        (),
    ),
    (
        "China lodged a formal protest over the U.S. bombing of its embassy.",
        (E("criticizes", "china", "united-states"),),
        (),
    ),
    (
        "India lodged a protest with Nepal over the arrest of Indian traders.",
        (E("criticizes", "india", "nepal"),),
        (E("criticizes", "india", "india", None),),
    ),
    (
        "Britain lodged a protest over the treatment of British prisoners.",
        (),
        (E("criticizes", "united-kingdom", "united-kingdom", None),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), FORMAL_PROTEST_OVER)
def test_protest_lodged_over_an_act_is_against_its_doer(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# People named by their nationality alone are people one holds and frees ("released
# two Britons", "freed three Americans"): the release returns them to their state. A
# nationality adjective on a text is no one held.
NATIONALS_FREED: list[Row] = [
    (
        "Libya released two Britons on Monday.",
        (E("retreatsFrom", "libya", "united-kingdom"),),
        (),
    ),
    (
        "Syria freed three Americans on Tuesday.",
        (E("retreatsFrom", "syria", "united-states"),),
        (),
    ),
    (
        "Hezbollah freed a Briton and two Americans.",
        (
            E("retreatsFrom", "hezbollah", "united-kingdom"),
            E("retreatsFrom", "hezbollah", "united-states"),
        ),
        (),
    ),
    (
        "Iran released the Kuwaitis to the Red Cross.",
        (E("retreatsFrom", "iran", "kuwait"),),
        (),
    ),
    (
        "Iraq released a British report on the war.",
        (),
        (E("retreatsFrom", "iraq", "united-kingdom", None),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), NATIONALS_FREED)
def test_nationals_freed_go_back_to_their_state(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# Wire leads may put the day before the object ("accused on Tuesday Iran of shelling
# Basra"); the small parser then hangs the object on "on", the day its modifier. The
# object is still the verb's. A day alone ("arrived in Manila on Monday") or a part
# of the day ("on Monday night") is no object.
DAY_BEFORE_OBJECT: list[Row] = [
    (
        "Iraq accused on Tuesday Iran of shelling Basra.",
        (E("accuses", "iraq", "iran"),),
        (),
    ),
    (
        "Greece accused on Monday Turkey of violating its airspace.",
        (E("accuses", "greece", "turkey"),),
        (),
    ),
    (
        "Nicaragua accused on Friday Honduras of harbouring Contra rebels.",
        (E("accuses", "nicaragua", "honduras"),),
        (),
    ),
    (
        "Syria criticized on Thursday Jordan's talks with Israel.",
        (E("criticizes", "syria", "jordan"),),
        (),
    ),
    (
        "Iran warned on Tuesday Iraq against any new offensive.",
        (E("threatens", "iran", "iraq"),),
        (),
    ),
    (
        "The Pope arrived in Manila on Monday.",
        (E("consults", "holy-see", "philippines"),),
        (),
    ),
    (
        "Iran threatened on Monday night to close the strait to American ships.",
        (E("threatens", "iran", "united-states"),),
        (),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), DAY_BEFORE_OBJECT)
def test_object_after_the_day(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# A state that demands or condemns an act done to its own people, named inside the
# act its object names, asks it of or blames it on the other actor the phrase names:
# who holds them ("held by Lebanese militiamen", "held in Iraq") or where it was done
# ("in France", "from Libya"), not its own people. An opposition's or a crowd's
# demands for their people still go to their own government; a state's own rebels
# named as the object are still its own.
BLAMED_ABROAD: list[Row] = [
    (
        "Iran demanded the release of Iranian diplomats held by Lebanese militiamen.",
        (E("demands", "iran", "lebanon"),),
        (E("demands", "iran", "iran"),),
    ),
    (
        "Kuwait called for the release of Kuwaiti prisoners held in Iraq.",
        (E("appealsTo", "kuwait", "iraq"),),
        (),
    ),
    (
        "Greece called for the release of Greek soldiers detained in Turkey.",
        (E("appealsTo", "greece", "turkey"),),
        (E("appealsTo", "greece", "greece"),),
    ),
    (
        "Poland condemned the detention of Polish truck drivers in Belarus.",
        (E("criticizes", "poland", "belarus"),),
        (),
    ),
    (
        "Algeria condemned the killing of Algerian workers in France.",
        (E("criticizes", "algeria", "france"),),
        (E("criticizes", "algeria", "algeria"),),
    ),
    (
        "Egypt condemned the expulsion of Egyptian workers from Libya.",
        (E("criticizes", "egypt", "libya"),),
        (E("criticizes", "egypt", "egypt"),),
    ),
    (
        "The opposition demanded the release of Kenyan political prisoners.",
        (E("demands", "kenya", "kenya"),),
        (),
    ),
    (
        "Syria condemned Syrian rebels.",
        (E("criticizes", "syria", "syria"),),
        (),
    ),
    (
        "Turkey condemned the killing of Turkish diplomats by Armenian gunmen.",
        (E("criticizes", "turkey", "armenia"),),
        (),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), BLAMED_ABROAD)
def test_own_people_in_the_act_are_not_the_other_side(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# Aid given to people named by no state ("flood victims", "refugees") goes to the
# place the lead names ("in Algeria"); a place named as such, not a meeting held in
# one ("at a meeting in Paris" gives nothing to France).
AID_WHERE_IT_GOES: list[Row] = [
    (
        "Italy provided emergency assistance to flood victims in Algeria.",
        (E("aids", "italy", "algeria"),),
        (),
    ),
    (
        "Japan gave 10 million dollars to refugees in Pakistan.",
        (E("aids", "japan", "pakistan"),),
        (),
    ),
    (
        "Sweden sent medicine to earthquake victims in Iran.",
        (E("aids", "sweden", "iran"),),
        (),
    ),
    (
        "France delivered food in Somalia.",
        (E("aids", "france", "somalia"),),
        (),
    ),
    (
        "Saudi Arabia donated 20 million dollars at a meeting in Paris.",
        (),
        (E("aids", "saudi-arabia", "france", None),),
    ),
    (
        "Canada sent food aid to Ethiopia in December.",
        (E("aids", "canada", "ethiopia"),),
        (),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), AID_WHERE_IT_GOES)
def test_aid_goes_where_the_lead_places_it(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# Envoys "expelled from" a state with no doer named were expelled by that state
# (CAMEO 1663 as a sanction, as deportations are: see verbal, `expelling`); their own
# state is the other side. No place named, no doer.
ENVOYS_EXPELLED_FROM: list[Row] = [
    (
        "Three Soviet diplomats were expelled from Britain on Friday.",
        (E("sanctions", "united-kingdom", "soviet-union"),),
        (),
    ),
    (
        "A British journalist was expelled from Iraq on Sunday.",
        (E("sanctions", "iraq", "united-kingdom"),),
        (),
    ),
    (
        "Five Libyan diplomats were expelled from Egypt on Tuesday.",
        (E("sanctions", "egypt", "libya"),),
        (E("sanctions", "libya", "egypt", None),),
    ),
    (
        "The Iranian diplomat was expelled on Monday.",
        (),
        (E("sanctions", "iran", "iran", None),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), ENVOYS_EXPELLED_FROM)
def test_envoys_expelled_from_a_state(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# Gunboats, submarines, supertankers, ferries and dhows are vessels one sinks or frees:
# their owner is the other side ("U.S. helicopters sank two Iranian gunboats").
# Launching one's own submarine harms no one.
MORE_VESSELS: list[Row] = [
    (
        "Two Iranian gunboats were sunk by U.S. helicopters in the Gulf.",
        (E("attacks", "united-states", "iran"),),
        (),
    ),
    (
        "Iraqi missiles sank a Cypriot supertanker.",
        (E("attacks", "iraq", "cyprus"),),
        (),
    ),
    (
        "The Indian navy sank a Pakistani submarine off Karachi.",
        (E("attacks", "india", "pakistan"),),
        (),
    ),
    (
        "Israel released the seized Lebanese ferry.",
        (E("retreatsFrom", "israel", "lebanon"),),
        (),
    ),
    (
        "Iran released a Saudi dhow seized last week.",
        (E("retreatsFrom", "iran", "saudi-arabia"),),
        (),
    ),
    (
        "Britain launched a nuclear submarine.",
        (),
        (E("attacks", "united-kingdom", "united-kingdom", None),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), MORE_VESSELS)
def test_more_vessels(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# An envoy summoned with no summoner named was summoned by the state whose ministry
# the lead names (CAMEO 114); "called in" summons too. No place, no summoner.
ENVOYS_SUMMONED: list[Row] = [
    (
        "The Soviet ambassador was summoned to the Foreign Ministry in Beijing.",
        (E("criticizes", "china", "soviet-union"),),
        (),
    ),
    (
        "The Libyan ambassador was summoned to the Quai d'Orsay in Paris.",
        (E("criticizes", "france", "libya"),),
        (),
    ),
    (
        "The French ambassador in Algiers was summoned to the Foreign Ministry.",
        (E("criticizes", "algeria", "france"),),
        (E("criticizes", "france", "algeria", None),),
    ),
    (
        "Britain called in the Chinese ambassador to protest the arrest of a British journalist.",
        (E("criticizes", "united-kingdom", "china"),),
        (),
    ),
    (
        "The Iraqi ambassador was summoned on Monday.",
        (),
        (E("criticizes", "iraq", "iraq", None),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), ENVOYS_SUMMONED)
def test_envoys_summoned(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# The place a phrasal verb's act leaves may hang on its particle, set after the object
# ("pulled its forces back from the Saudi border"): it is the verb's own phrase.
PARTICLE_PHRASES: list[Row] = [
    (
        "Iraq pulled its forces back from the Saudi border.",
        (E("retreatsFrom", "iraq", "saudi-arabia"),),
        (),
    ),
    (
        "Vietnam pulled its soldiers back from Cambodia.",
        (E("retreatsFrom", "vietnam", "cambodia"),),
        (),
    ),
    (
        "Syria pulled its troops back from the Lebanese capital.",
        (E("retreatsFrom", "syria", "lebanon"),),
        (E("retreatsFrom", "syria", "syria", None),),
    ),
    (
        "Police held the protesters back from the Israeli embassy.",
        (),
        (E("retreatsFrom", "israel", "israel", None),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), PARTICLE_PHRASES)
def test_phrase_on_the_particle(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# In a reported clause, an "its" or "their" that would make the doers act on their
# own thing ("Honduran troops had shelled its territory") is the speaker's: the
# reporting state is the other side. One's own forces withdrawn stay one's own.
SPEAKER_OWNS: list[Row] = [
    (
        "Nicaragua said Honduran troops had shelled its territory.",
        (E("attacks", "honduras", "nicaragua", None),),
        (),
    ),
    (
        "Iraq said Iranian jets bombed its oil installations on Monday.",
        (E("attacks", "iran", "iraq", None),),
        (),
    ),
    (
        "Pakistan said Indian troops had fired on its posts in Kashmir.",
        (E("attacks", "india", "pakistan", None),),
        (),
    ),
    (
        "Angola said South African planes had bombed its towns near the border.",
        (E("attacks", "south-africa", "angola", None),),
        (),
    ),
    (
        "Iraq said Iranian forces had withdrawn their troops from the front.",
        (),
        (E("retreatsFrom", "iran", "iraq", None),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), SPEAKER_OWNS)
def test_reported_its_is_the_speakers(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# After a day, the parser may make the one urged the subject of the infinitive
# ("urged on Wednesday the United States to lift its embargo"): it is still the one
# asked (`xsubj`). An infinitive with no subject of its own asks no one.
URGED_AFTER_THE_DAY: list[Row] = [
    (
        "Cuba urged on Wednesday the United States to lift its embargo.",
        (E("appealsTo", "cuba", "united-states"),),
        (),
    ),
    (
        "Kenya urged on Monday the United Nations to send peacekeepers to Somalia.",
        (E("appealsTo", "kenya", "united-nations"),),
        (),
    ),
    (
        "Iran wants to join the talks.",
        (),
        (E("demands", "iran", "iran", None),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), URGED_AFTER_THE_DAY)
def test_urged_after_the_day(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)
