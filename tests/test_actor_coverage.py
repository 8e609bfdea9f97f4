"""Actors named by their own names: armed groups, state bodies (legislatures,
courts, agencies, state media), political parties, NGOs and IGOs. Each row is a
sentence of our own, the relation it states, and the countries its two actors
must carry (the scorer codes an event by its actors' countries). Not gold records."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[str, object, object, object]]) -> list[str]:
    return [row[0][:40] for row in table]


# (sentence, relation, source country, target country); None: no country.
ARMED_GROUPS = [
    (
        "The Tamil Tigers ambushed a Sri Lankan army convoy.",
        E("attacks", "ltte", "sri-lanka"),
        "LKA",
        "LKA",
    ),
    (
        "Shining Path guerrillas attacked a Peruvian police post.",
        E("attacks", "shining-path", "peru"),
        "PER",
        "PER",
    ),
    (
        "The Colombian government held peace talks with the ELN in Havana.",
        E("negotiatesWith", "colombia", "eln"),
        "COL",
        "COL",
    ),
    (
        "Abu Sayyaf militants were attacked by Philippine marines.",
        E("attacks", "philippines", "abu-sayyaf"),
        "PHL",
        "PHL",
    ),
    (
        "The IRA declared a ceasefire with the British government.",
        E("retreatsFrom", "ira", "united-kingdom"),
        "GBR",
        "GBR",
    ),
    (
        "Spain refused to negotiate with ETA.",
        E("negotiatesWith", "spain", "eta", modality=None, negated=None),
        "ESP",
        "ESP",
    ),
    (
        "UNITA rebels shelled government positions near Huambo, Angola said.",
        E("attacks", "unita", "angola", modality=None),
        "AGO",
        "AGO",
    ),
    (
        "RENAMO accused the Mozambican government of rigging the vote.",
        E("accuses", "renamo", "mozambique"),
        "MOZ",
        "MOZ",
    ),
    (
        "The Janjaweed attacked villages in Darfur.",
        E("attacks", "janjaweed", "darfur", modality=None),
        "SDN",
        "SDN",
    ),
    (
        "The Kosovo Liberation Army attacked Serbian police.",
        E("attacks", "kla", "serbia"),
        "SRB",
        "SRB",
    ),
    (
        "Thai troops clashed with Khmer Rouge guerrillas.",
        E("attacks", "thailand", "khmer-rouge", modality=None),
        "THA",
        "KHM",
    ),
    (
        "Al-Nusra fighters attacked Syrian troops.",
        E("attacks", "hayat-tahrir-al-sham", "syria"),
        "SYR",
        "SYR",
    ),
    (
        "Hezb-e-Islami fighters attacked NATO troops in Kabul.",
        E("attacks", "hizb-e-islami", "nato"),
        "AFG",
        None,
    ),
    (
        "China accused the East Turkestan Islamic Movement of plotting attacks.",
        E("accuses", "china", "etim"),
        "CHN",
        "CHN",
    ),
    (
        "The Popular Resistance Committees fired rockets at Israel.",
        E("attacks", "popular-resistance-committees", "israel"),
        "PSE",
        "ISR",
    ),
    (
        "Nigeria accused IPOB of attacking police stations.",
        E("accuses", "nigeria", "ipob"),
        "NGA",
        "NGA",
    ),
]


STATE_BODIES = [
    ("The Bundestag condemned the Duma.", E("criticizes", "bundestag", "state-duma"), "DEU", "RUS"),
    (
        "The Lok Sabha criticized Pakistan over the attack.",
        E("criticizes", "lok-sabha", "pakistan"),
        "IND",
        "PAK",
    ),
    (
        "The National People's Congress condemned Japan.",
        E("criticizes", "national-peoples-congress", "japan"),
        "CHN",
        "JPN",
    ),
    (
        "The Verkhovna Rada appealed to NATO for help.",
        E("appealsTo", "verkhovna-rada", "nato"),
        "UKR",
        None,
    ),
    (
        "The KGB spied on West Germany's government.",
        E("spiesOn", "kgb", "germany"),
        "RUS",
        "DEU",
    ),
    (
        "SAVAK arrested dozens of Iraqi agents.",
        E("coerces", "savak", "iraq", modality=None),
        "IRN",
        "IRQ",
    ),
    (
        "The Belarusian KGB arrested three Lithuanian citizens.",
        E("coerces", "kgb-belarus", "lithuania", modality=None),
        "BLR",
        "LTU",
    ),
    (
        "Belarus's KGB detained two Polish journalists.",
        E("coerces", "kgb-belarus", "poland", modality=None),
        "BLR",
        "POL",
    ),
    (
        "Xinhua accused Washington of meddling in Hong Kong.",
        E("accuses", "xinhua", "united-states"),
        "CHN",
        "USA",
    ),
    (
        "KCNA threatened South Korea with retaliation.",
        E("threatens", "kcna", "south-korea"),
        "PRK",
        "KOR",
    ),
    (
        "TASS criticized the Estonian government.",
        E("criticizes", "tass", "estonia"),
        "RUS",
        "EST",
    ),
    (
        "The Supreme Court of Pakistan summoned the Indian envoy.",
        E("criticizes", "supreme-court-of-pakistan", "india"),
        "PAK",
        "IND",
    ),
    (
        "The Tatmadaw attacked Karen National Union positions.",
        E("attacks", "tatmadaw", "karen-national-union"),
        "MMR",
        "MMR",
    ),
    (
        "Peshmerga fighters were attacked by Islamic State militants.",
        E("attacks", "isis", "peshmerga"),
        None,
        "IRQ",
    ),
    (
        "The PLO accused Israel of violating the accords.",
        E("accuses", "plo", "israel"),
        "PSE",
        "ISR",
    ),
]


# Seats of government stand for their state, as "the Kremlin" does.
SEATS = [
    (
        "Zhongnanhai rejected the American proposal.",
        E("rejects", "china", "united-states"),
        "CHN",
        "USA",
    ),
    (
        "Malacañang criticized Beijing over the water cannon attack.",
        E("criticizes", "philippines", "china"),
        "PHL",
        "CHN",
    ),
    (
        "Foggy Bottom criticized Venezuela.",
        E("criticizes", "united-states", "venezuela"),
        "USA",
        "VEN",
    ),
]


# Legislatures, police forces and militaries of one state.
MORE_STATE_BODIES = [
    ("The Riksdag condemned Russia.", E("criticizes", "riksdag", "russia"), "SWE", "RUS"),
    (
        "The Legislative Yuan criticized China.",
        E("criticizes", "legislative-yuan", "china"),
        "TWN",
        "CHN",
    ),
    (
        "The Supreme People's Assembly denounced South Korea.",
        E("criticizes", "supreme-peoples-assembly", "south-korea"),
        "PRK",
        "KOR",
    ),
    (
        "The Guardian Council rejected the American offer.",
        E("rejects", "guardian-council", "united-states"),
        "IRN",
        "USA",
    ),
    (
        "The State Administration Council accused the Arakan Army of attacking civilians.",
        E("accuses", "state-administration-council", "arakan-army"),
        "MMR",
        "MMR",
    ),
    (
        "ICE agents detained two Mexican nationals.",
        E("coerces", "ice", "mexico"),
        "USA",
        "MEX",
    ),
    (
        "The Carabinieri arrested a Tunisian smuggler.",
        E("coerces", "carabinieri", "tunisia"),
        "ITA",
        "TUN",
    ),
    (
        "Kenya Defence Forces attacked al-Shabaab militants.",
        E("attacks", "kdf", "al-shabaab"),
        "KEN",
        "SOM",
    ),
    ("FARDC troops clashed with M23 rebels.", E("attacks", "fardc", "m23"), "COD", "COD"),
    (
        "The Azov Regiment attacked Russian positions near Mariupol.",
        E("attacks", "azov", "russia"),
        "UKR",
        "RUS",
    ),
    (
        "Rosgvardia troops detained Ukrainian civilians.",
        E("coerces", "rosgvardia", "ukraine"),
        "RUS",
        "UKR",
    ),
]


PARTIES = [
    (
        "The ANC accused the Democratic Alliance of racism.",
        E("accuses", "org:african-national-congress", "org:democratic-alliance"),
        "ZAF",
        "ZAF",
    ),
    (
        "Sinn Fein urged the DUP to return to power-sharing.",
        E("appealsTo", "org:sinn-fein", "org:democratic-unionist-party"),
        "GBR",
        "GBR",
    ),
    (
        "The Likud party criticized the Iranian government.",
        E("criticizes", "org:likud", "iran"),
        "ISR",
        "IRN",
    ),
    # A titled member acts for the party, as for a state body.
    (
        "Likud lawmaker Yuli Edelstein criticized Iran.",
        E("criticizes", "org:likud", "iran"),
        "ISR",
        "IRN",
    ),
    (
        "Aziz Pahad, an ANC official, accused the Democratic Alliance of lying.",
        E("accuses", "org:african-national-congress", "org:democratic-alliance"),
        "ZAF",
        "ZAF",
    ),
    (
        "The BJP accused the Congress party of appeasing Pakistan.",
        E("accuses", "org:bharatiya-janata-party", "org:indian-national-congress"),
        "IND",
        "IND",
    ),
    (
        "The Kuomintang criticized Beijing for its military drills.",
        E("criticizes", "org:kuomintang", "china"),
        "TWN",
        "CHN",
    ),
    (
        "ZANU-PF accused Britain of funding the MDC.",
        E("accuses", "org:zanu-pf", "united-kingdom"),
        "ZWE",
        "GBR",
    ),
    (
        "The AKP was criticized by the European Parliament.",
        E("criticizes", "european-parliament", "org:akp"),
        None,
        "TUR",
    ),
    (
        "Fatah accused Hamas of a coup in Gaza.",
        E("accuses", "org:fatah", "hamas"),
        "PSE",
        "PSE",
    ),
    (
        "The Chinese Communist Party denounced India for hosting the Dalai Lama.",
        E("criticizes", "org:chinese-communist-party", "india"),
        "CHN",
        "IND",
    ),
]


NGOS_AND_IGOS = [
    (
        "Amnesty International accused Egypt of torturing prisoners.",
        E("accuses", "org:amnesty-international", "egypt"),
        None,
        "EGY",
    ),
    (
        "Human Rights Watch criticized the Rapid Support Forces.",
        E("criticizes", "org:human-rights-watch", "rapid-support-forces"),
        None,
        "SDN",
    ),
    (
        "Doctors Without Borders accused the Saudi-led coalition of bombing a hospital.",
        E("accuses", "org:medecins-sans-frontieres", "saudi-arabia", modality=None),
        None,
        "SAU",
    ),
    (
        "Greenpeace protested against Japan's whaling fleet.",
        E("protestsAgainst", "org:greenpeace", "japan"),
        None,
        "JPN",
    ),
    (
        "The ICRC urged Israel to allow aid into Gaza.",
        E("appealsTo", "org:icrc", "israel"),
        None,
        "ISR",
    ),
    (
        "B'Tselem accused the Israeli army of killing a teenager.",
        E("accuses", "org:b-tselem", "idf"),
        "ISR",
        "ISR",
    ),
    (
        "The ILO criticized Qatar over migrant labour.",
        E("criticizes", "ilo", "qatar"),
        None,
        "QAT",
    ),
    (
        "The Asian Development Bank lent Sri Lanka 200 million dollars.",
        E("aids", "asian-development-bank", "sri-lanka", modality=None),
        None,
        "LKA",
    ),
    (
        "KFOR troops were attacked by Serb protesters.",
        E("attacks", "serbia", "kfor", modality=None),
        "SRB",
        None,
    ),
    (
        "CARICOM urged Haiti to hold elections.",
        E("appealsTo", "caricom", "haiti"),
        None,
        "HTI",
    ),
]

# The same actors as arguments of a relation noun ("the arrest of ... by ...").
NOMINAL = [
    (
        "The arrest of Amnesty International researchers by Turkish police drew protests.",
        E("coerces", "turkey", "org:amnesty-international"),
        "TUR",
        None,
    ),
    (
        "The expulsion of Human Rights Watch by Egypt was condemned.",
        E("coerces", "egypt", "org:human-rights-watch"),
        "EGY",
        None,
    ),
    (
        "The Shining Path's attack on a Peruvian army base killed four.",
        E("attacks", "shining-path", "peru"),
        "PER",
        "PER",
    ),
    (
        "An LTTE attack on the Sri Lankan navy killed 12 sailors.",
        E("attacks", "ltte", "sri-lanka"),
        "LKA",
        "LKA",
    ),
]

TABLES = ARMED_GROUPS + STATE_BODIES + SEATS + MORE_STATE_BODIES + PARTIES + NGOS_AND_IGOS + NOMINAL


@pytest.mark.parametrize(("text", "expect", "src", "tgt"), TABLES, ids=_ids(TABLES))
def test_named_actor_resolves_with_its_country(
    extract, text: str, expect: Expect, src: str | None, tgt: str | None
) -> None:
    mentions = extract(text)
    check(mentions, (expect,))
    found = next(
        m
        for m in mentions
        if (m.relation, m.source.id, m.target.id) == (expect.relation, expect.source, expect.target)
    )
    assert (found.source.country, found.target.country) == (src, tgt)


# A word of a known name states no relation: "Alliance" in "the Democratic
# Alliance" or "the Bolivarian Alliance for the Peoples of Our America".
NAME_WORDS = [
    (
        "The ANC accused the Democratic Alliance of racism.",
        E("alliedWith", "org:african-national-congress", "org:democratic-alliance", modality=None),
    ),
    (
        "Zimbabwe's ZANU-PF denounced the Democratic Alliance.",
        E("alliedWith", "org:zanu-pf", "org:democratic-alliance", modality=None),
    ),
    (
        "Venezuela and Cuba founded the Bolivarian Alliance for the Peoples of Our America.",
        E("alliedWith", "venezuela", "alba", modality=None),
    ),
]


@pytest.mark.parametrize(("text", "absent"), NAME_WORDS, ids=[t[:40] for t, _ in NAME_WORDS])
def test_a_word_of_a_name_is_no_trigger(extract, text: str, absent: Expect) -> None:
    check(extract(text), (), (absent,))


# Names that must not be read as another actor: a longer name wins over the
# shorter one inside it, and an ambiguous bare word is left to its context.
NOT_CONFUSED = [
    # "Congress party" is India's, not the US Congress.
    ("The Congress party criticized Pakistan.", "Congress", "org:indian-national-congress"),
    # The Russian party is not Japan's Liberal Democratic Party.
    (
        "The Liberal Democratic Party of Russia criticized NATO.",
        "Liberal",
        "org:liberal-democratic-party-of-russia",
    ),
    # Armenia's Republican Party is not the American one.
    (
        "The Republican Party of Armenia criticized Azerbaijan.",
        "Republican",
        "org:republican-party-of-armenia",
    ),
    # "Real IRA" is its own group.
    ("The Real IRA attacked a police station in Belfast.", "Real", "real-ira"),
    # Japan's Red Army is not the Red Army Faction.
    ("The Japanese Red Army attacked Israel.", "Red", "japanese-red-army"),
]


@pytest.mark.parametrize(
    ("text", "word", "actor"), NOT_CONFUSED, ids=[t[0][:40] for t in NOT_CONFUSED]
)
def test_longest_name_wins(pipeline, text: str, word: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.nlp(pipeline.normalize(text).text)
    actors = pipeline.linker(doc)
    tok = next(t for t in doc if t.text == word)
    span = actors.at(tok)
    assert span is not None and span.actor.id == actor


# A seat of government whose name is also an ordinary house is not listed: Mugabe's
# home was "the Blue House" too.
def test_blue_house_is_no_korean_seat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = 'Mugabe retired to a mansion known as the "Blue House" in Harare.'
    doc = pipeline.nlp(pipeline.normalize(text).text)
    span = pipeline.linker(doc).at(next(t for t in doc if t.text == "Blue"))
    assert span is None or span.actor.id != "south-korea"


# Ambiguous party names are left to the phrase: the Baath party of Syria or Iraq,
# a "Labour Party" of any country.
CONTEXT = [
    ("Syria's ruling Baath Party criticized Turkey.", "SYR"),
    ("Iraq's Baath Party accused Iran of aggression.", "IRQ"),
]


@pytest.mark.parametrize(("text", "country"), CONTEXT, ids=[t[0][:40] for t in CONTEXT])
def test_ambiguous_party_takes_the_phrase_country(extract, text: str, country: str) -> None:
    found = [m for m in extract(text) if m.source.id == "org:baath-party"]
    assert found and all(m.source.country == country for m in found)


# A bare name that is also another country's institution ("Congress") belongs to
# the state the phrase names; the known body keeps the bare name.
OTHER_STATES_BODY = [
    (
        "Peru's Congress condemned Venezuela.",
        E("criticizes", "peru", "venezuela"),
        E("criticizes", "us-congress", "venezuela"),
    ),
    (
        "The Philippine Congress criticized China.",
        E("criticizes", "philippines", "china"),
        E("criticizes", "us-congress", "china"),
    ),
    (
        "Brazil's Congress rejected Argentina's proposal.",
        E("rejects", "brazil", "argentina"),
        E("rejects", "us-congress", "argentina"),
    ),
    (
        "The US Congress condemned Venezuela.",
        E("criticizes", "us-congress", "venezuela"),
        E("criticizes", "united-states", "venezuela"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expect", "absent"), OTHER_STATES_BODY, ids=[t[0][:40] for t in OTHER_STATES_BODY]
)
def test_a_body_of_another_state(extract, text: str, expect: Expect, absent: Expect) -> None:
    check(extract(text), (expect,), (absent,))
