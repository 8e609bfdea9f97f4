"""Sides named by what they are (helper gr): groups, bodies and figures of wire leads.

Our own sentences in the style of 1975-2005 wire leads and of modern news, whose
sides are named by a group noun with a community, faith or place word ("Jewish
settlers", "Tamil rebels", "Sikh militants", "death squads", "armed tribesmen",
"gendarmes", "strikers"), or by a body or figure of the era (the Dalai Lama, the
Jordanian and Syrian Muslim Brotherhoods, the Phalange, Solidarity, URNG, the
Tupamaros ...). Each row asserts the main event's relation, the source's id and
both sides' codes as an event coder gives them (``geograph.evaluate.actor_code``:
the country, else IGO/NGO/IMG). Not gold records.

A first table of 64 such leads (relation and both codes) read 28 right before this
helper's changes and 57 after (17 and 57 when the source's id must match too). Left
out of it here, 7, for kinds no general rule here fixed: "Protestant loyalists" of
Northern Ireland (bare "loyalists" is also "Trump loyalists"; "Republicans" is the
US party); "Iranian exiles in Paris urged Europe" and "Druze militiamen fought
Christian fighters" (no relation found: the target "Europe"; communities on both
sides); "Hundreds of Jewish settlers protested outside the Prime Minister's office"
and "A Jewish settler shot dead a Palestinian shepherd" (misparse; victims of no
named state); "Striking dockers clashed" ("dockers" is no protester word);
Solidarity accusing "the communist authorities" (no state named). The tables below
hold the rest and a second (and third) sentence for each rule or row; every row
failed before, unless marked as a guard. ERA, a second table of 71 leads for era
bodies and figures the gazetteer lacked, read 19 right by codes before (1 by source
id too), all after. FIGURES, 29 leads on figures of the era's conflicts, read 1 right
before (a guard), all after. NAMES_OF_THE_ERA, 20 leads, read 12 right by codes
before (none by source id too), all after."""

from __future__ import annotations

import pytest

from geograph.evaluate import actor_code
from relations_util import row_ids as _ids

# (sentence, relation, source id, source code, target code)
Row = tuple[str, str, str, str, str]

# "Jewish settlers" are Israel's people (a demonym phrase of Israel's row).
SETTLERS: list[Row] = [
    (
        "Jewish settlers attacked Palestinian farmers near the West Bank village of Beita "
        "on Saturday.",
        "assaults",
        "israel",
        "ISR",
        "PSE",
    ),
    (
        "Palestinian youths stoned Jewish settlers in Hebron, the army said.",
        "protestsAgainst",
        "palestine",
        "PSE",
        "ISR",
    ),
    (
        "Jewish settlers accused the Israeli army of failing to protect them.",
        "accuses",
        "israel",
        "ISR",
        "ISR",
    ),
    ("A Jewish settler stabbed a Palestinian man in Hebron.", "assaults", "israel", "ISR", "PSE"),
    (
        "Jewish settlers torched Palestinian olive groves near Nablus.",
        "coerces",
        "israel",
        "ISR",
        "PSE",
    ),
]

# Doers named by what they are, with no state: death squads, armed tribesmen and
# clansmen are the unidentified attackers of the country where they struck.
ATTACKERS: list[Row] = [
    (
        "Right-wing death squads killed 12 peasants in northern El Salvador, church "
        "officials said.",
        "assaults",
        "unidentified:slv",
        "SLV",
        "SLV",
    ),
    (
        "Death squads murdered four peasant leaders in Guatemala last week, a human rights "
        "group said.",
        "assaults",
        "unidentified:gtm",
        "GTM",
        "GTM",
    ),
    (
        "Armed tribesmen kidnapped two German engineers in eastern Yemen on Tuesday.",
        "assaults",
        "unidentified:yem",
        "YEM",
        "DEU",
    ),
    (
        "Clansmen attacked a food convoy in southern Somalia.",
        "attacks",
        "unidentified:som",
        "SOM",
        "SOM",
    ),
    (
        "Tribesmen abducted three Italian tourists near Sanaa, Yemen.",
        "assaults",
        "unidentified:yem",
        "YEM",
        "ITA",
    ),
]

# Doers a lead names by what they did, first in the sentence, which NER takes for an
# organisation ("Kidnappers", "Hijackers"), and mercenaries: no body of their own,
# but unidentified attackers of the country where they struck.
NAMED_BY_DEED: list[Row] = [
    (
        "Kidnappers killed a Japanese engineer in Iraq.",
        "assaults",
        "unidentified:irq",
        "IRQ",
        "JPN",
    ),
    (
        "Kidnappers beheaded a South Korean translator in Iraq.",
        "assaults",
        "unidentified:irq",
        "IRQ",
        "KOR",
    ),
    (
        "Hijackers killed a Kuwaiti diplomat aboard the airliner in Mashhad.",
        "assaults",
        "unidentified:irn",
        "IRN",
        "KWT",
    ),
    (
        "Mercenaries attacked the presidential palace in Moroni.",
        "attacks",
        "unidentified:com",
        "COM",
        "COM",
    ),
    (
        "Mercenaries killed three soldiers in the Comoros.",
        "assaults",
        "unidentified:com",
        "COM",
        "COM",
    ),
]

# A people's name the tagger takes for a person or an organisation, before a group
# noun it tags as a singular or a name ("Karen militiamen", "Karen guerrillas
# overran"), is who they are, no one's name; "Indian" after a people's own name is a
# native people of the Americas ("Miskito Indian rebels"), not India's. (Their rebels are
# the one state's the sentence names, by actor_words' rebel_peoples; once unidentified
# attackers there, the same codes.)
PEOPLES_NOT_NAMES: list[Row] = [
    (
        # (An army camp is a military target: fighting, not assault.)
        "Karen guerrillas overran a Burmese army camp near the Thai border.",
        "attacks",
        "myanmar",
        "MMR",
        "MMR",
    ),
    (
        "Karen militiamen overran a government outpost in eastern Burma.",
        "attacks",
        "myanmar",
        "MMR",
        "MMR",
    ),
    (
        "Druze militiamen overran a Lebanese army barracks.",
        "attacks",
        "lebanon",
        "LBN",
        "LBN",
    ),
    (
        "Miskito Indian rebels attacked Sandinista troops in northeastern Nicaragua.",
        "attacks",
        "unidentified:nic",
        "NIC",
        "NIC",
    ),
    # (Guard: India's own troops.)
    ("Indian troops shelled Pakistani positions in Kashmir.", "attacks", "india", "IND", "PAK"),
]

# Gendarmes are a state's police; strikers who clash with police protest.
POLICE_AND_STRIKERS: list[Row] = [
    (
        "Turkish gendarmes detained 40 Kurdish villagers near Mardin.",
        "coerces",
        "turkey",
        "TUR",
        "TUR",
    ),
    (
        "Gendarmes fired on Kurdish demonstrators in Diyarbakir, killing two.",
        "assaults",
        "turkey",
        "TUR",
        "TUR",
    ),
    # (Guard: a demonym already made these Senegal's.)
    (
        "Senegalese gendarmes arrested three opposition leaders in Dakar.",
        "coerces",
        "senegal",
        "SEN",
        "SEN",
    ),
    (
        "Strikers clashed with riot police outside a copper mine in Chile.",
        "protestsAgainst",
        "chile",
        "CHL",
        "CHL",
    ),
    (
        "Strikers clashed with police in the port of Gdansk.",
        "protestsAgainst",
        "poland",
        "POL",
        "POL",
    ),
]

# Communities the news places in one state: Tamils in Sri Lanka, Sikhs in India,
# Maronites in Lebanon, whatever other state the sentence names; their leaders are
# the state's people, no office of its government.
COMMUNITIES: list[Row] = [
    (
        "Tamil rebels attacked a Sri Lankan navy patrol off the northern coast.",
        "attacks",
        "sri-lanka",
        "LKA",
        "LKA",
    ),
    (
        "Tamil separatists accused Colombo of bombing civilians in the north.",
        "accuses",
        "sri-lanka",
        "LKA",
        "LKA",
    ),
    (
        "Tamil guerrillas ambushed an Indian army convoy near Jaffna, killing 11 soldiers.",
        "attacks",
        "sri-lanka",
        "LKA",
        "IND",
    ),
    (
        "Tamil leaders accused the government of discriminating against their community.",
        "accuses",
        "sri-lanka",
        "LKA",
        "LKA",
    ),
    (
        "Sikh militants shot dead 15 Hindu villagers near Amritsar on Sunday.",
        "assaults",
        "india",
        "IND",
        "IND",
    ),
    (
        "Sikh extremists hijacked an Indian Airlines jet to Lahore.",
        "assaults",
        "india",
        "IND",
        "IND",
    ),
    (
        "Sikh leaders accused the Indian government of betraying Punjab.",
        "accuses",
        "india",
        "IND",
        "IND",
    ),
    (
        "Maronite leaders rejected a Syrian peace plan for Lebanon.",
        "rejects",
        "lebanon",
        "LBN",
        "SYR",
    ),
    (
        "Maronite militiamen shelled Moslem districts of west Beirut.",
        "attacks",
        "lebanon",
        "LBN",
        "LBN",
    ),
    # Said to live in another state, they are its people (the first a guard: it held
    # before, by another way).
    (
        "Sikh separatists in Canada accused India of plotting murders.",
        "accuses",
        "canada",
        "CAN",
        "IND",
    ),
    (
        "Tamil politicians in India urged New Delhi to pressure Colombo.",
        "appealsTo",
        "india",
        "IND",
        "IND",
    ),
]

# More communities the news places in one state (their demonyms): Sinhalese, Zulus,
# Xhosa and Afrikaners, Rohingya, Oromo; and in a region of one (its demonyms): Basques
# (the Basque Country), Corsicans (Corsica), Flemings (Flanders) and Walloons
# (Wallonia), Uighurs (Xinjiang); and bodies named by them (ARSA; the World Uyghur
# Congress, an exile body of no state, which was read as the US Congress).
MORE_COMMUNITIES: list[Row] = [
    ("Sinhalese mobs attacked Tamil shops in Colombo.", "attacks", "sri-lanka", "LKA", "LKA"),
    (
        "Sinhalese nationalists accused Norway of favouring the Tamil Tigers.",
        "accuses",
        "sri-lanka",
        "LKA",
        "NOR",
    ),
    (
        "Afrikaner extremists bombed a black taxi rank near Pretoria.",
        "assaults",
        "south-africa",
        "ZAF",
        "ZAF",
    ),
    (
        "Afrikaner farmers accused the government of ignoring attacks on their farms.",
        "accuses",
        "south-africa",
        "ZAF",
        "ZAF",
    ),
    (
        "Zulu warriors attacked ANC supporters in a squatter camp near Durban.",
        "attacks",
        "south-africa",
        "ZAF",
        "ZAF",
    ),
    (
        "Zulu hostel dwellers attacked Xhosa squatters near Johannesburg.",
        "attacks",
        "south-africa",
        "ZAF",
        "ZAF",
    ),
    (
        "Xhosa residents accused Inkatha of attacking their hostel.",
        "accuses",
        "south-africa",
        "ZAF",
        "ZAF",
    ),
    (
        "Xhosa leaders accused the ANC government of neglecting the Eastern Cape.",
        "accuses",
        "south-africa",
        "ZAF",
        "ZAF",
    ),
    (
        "Basque separatists shot dead a Spanish army officer in Bilbao.",
        "assaults",
        "basque-country",
        "ESP",
        "ESP",
    ),
    (
        "Basque nationalists demanded that Madrid transfer ETA prisoners to the Basque Country.",
        "demands",
        "basque-country",
        "ESP",
        "ESP",
    ),
    ("Corsican separatists bombed a tax office in Ajaccio.", "assaults", "corsica", "FRA", "FRA"),
    (
        "Corsican nationalists accused Paris of ignoring the island.",
        "accuses",
        "corsica",
        "FRA",
        "FRA",
    ),
    (
        "Flemish nationalists accused the Belgian government of favouring Wallonia.",
        "accuses",
        "flanders",
        "BEL",
        "BEL",
    ),
    (
        "Walloon leaders rejected a Flemish plan to split the social security system.",
        "rejects",
        "wallonia",
        "BEL",
        "BEL",
    ),
    (
        "Uighur separatists attacked a police station in Kashgar.",
        "attacks",
        "xinjiang",
        "CHN",
        "CHN",
    ),
    (
        "Uyghur activists accused China of running forced labour camps.",
        "accuses",
        "xinjiang",
        "CHN",
        "CHN",
    ),
    (
        "Rohingya militants attacked border police posts in Rakhine state.",
        "attacks",
        "myanmar",
        "MMR",
        "MMR",
    ),
    (
        "Rohingya refugees accused the Burmese army of burning their villages.",
        "accuses",
        "myanmar",
        "MMR",
        "MMR",
    ),
    (
        "Oromo protesters clashed with Ethiopian security forces in Ambo.",
        "protestsAgainst",
        "ethiopia",
        "ETH",
        "ETH",
    ),
    (
        "Oromo leaders accused Addis Ababa of arresting their supporters.",
        "accuses",
        "ethiopia",
        "ETH",
        "ETH",
    ),
    (
        "The Arakan Rohingya Salvation Army attacked police posts in northern Rakhine.",
        "attacks",
        "arsa",
        "MMR",
        "MMR",
    ),
    (
        "ARSA fighters ambushed a Myanmar army patrol near Maungdaw.",
        "attacks",
        "arsa",
        "MMR",
        "MMR",
    ),
    (
        "The World Uyghur Congress accused Beijing of genocide.",
        "accuses",
        "org:world-uyghur-congress",
        "NGO",
        "CHN",
    ),
    (
        "The World Uyghur Congress urged the United Nations to investigate the camps.",
        "appealsTo",
        "org:world-uyghur-congress",
        "NGO",
        "IGO",
    ),
    # Regions of their own: a regional government is the region's (as Catalonia's).
    (
        "The Basque government accused Madrid of ignoring the region.",
        "accuses",
        "basque-country",
        "ESP",
        "ESP",
    ),
    (
        "The Flemish government accused Brussels of overspending.",
        "accuses",
        "flanders",
        "BEL",
        "BEL",
    ),
    (
        "Walloon steelworkers protested against the Belgian government in Liege.",
        "protestsAgainst",
        "wallonia",
        "BEL",
        "BEL",
    ),
]

# A people named by its home and its ethnicity is its home's, however the parser hangs
# the two words ("Kosovo" on "Albanian", not on the noun).
TWO_WORD_PEOPLES: list[Row] = [
    (
        "Kosovo Albanian separatists attacked Serbian police patrols.",
        "attacks",
        "kosovo",
        "XKX",
        "SRB",
    ),
    (
        "Kosovo Albanian guerrillas ambushed a Yugoslav army convoy near Pristina.",
        "attacks",
        "kosovo",
        "XKX",
        "SRB",
    ),
    (
        "Bosnian Croat militiamen attacked Moslem villages in central Bosnia.",
        "attacks",
        "bosnia-and-herzegovina",
        "BIH",
        "BIH",
    ),
]

# Figures and bodies of the era, as gazetteer rows.
BODIES: list[Row] = [
    # "The Pope" with no name is the Holy See's.
    (
        "The Pope urged Poland's communist rulers to respect human rights.",
        "appealsTo",
        "holy-see",
        "VAT",
        "POL",
    ),
    (
        "The Pope accused the Sandinista government of persecuting the church.",
        "accuses",
        "holy-see",
        "VAT",
        "NIC",
    ),
    (
        "The Dalai Lama accused China of destroying Tibetan culture.",
        "accuses",
        "person:dalai-lama",
        "CHN",
        "CHN",
    ),
    (
        "China denounced the Dalai Lama for meeting President Bush.",
        "criticizes",
        "china",
        "CHN",
        "CHN",
    ),
    (
        "Jordan's Muslim Brotherhood demanded that King Hussein cut ties with Israel.",
        "demands",
        "org:jordanian-muslim-brotherhood",
        "JOR",
        "JOR",
    ),
    (
        "The Jordanian Moslem Brotherhood accused the Jordanian government of rigging the vote.",
        "accuses",
        "org:jordanian-muslim-brotherhood",
        "JOR",
        "JOR",
    ),
    (
        "The Syrian Muslim Brotherhood accused Damascus of massacring civilians in Hama.",
        "accuses",
        "org:syrian-muslim-brotherhood",
        "SYR",
        "SYR",
    ),
    (
        "The Syrian Muslim Brotherhood accused Assad of massacring civilians.",
        "accuses",
        "org:syrian-muslim-brotherhood",
        "SYR",
        "SYR",
    ),
    (
        "Syria's Moslem Brotherhood rejected President Assad's offer of talks.",
        "rejects",
        "org:syrian-muslim-brotherhood",
        "SYR",
        "SYR",
    ),
    (
        "The Islamic Action Front called on Amman to expel the Israeli ambassador.",
        "appealsTo",
        "org:islamic-action-front",
        "JOR",
        "JOR",
    ),
    (
        "The Islamic Action Front accused Jordan's government of betraying the Palestinians.",
        "accuses",
        "org:islamic-action-front",
        "JOR",
        "JOR",
    ),
    (
        "Phalangist militiamen attacked a Palestinian refugee camp in Beirut.",
        "assaults",
        "org:kataeb-party",
        "LBN",
        "PSE",
    ),
    (
        "The Phalange Party accused Syria of arming Moslem militias.",
        "accuses",
        "org:kataeb-party",
        "LBN",
        "SYR",
    ),
    (
        "The Lebanese Forces accused Syria of shelling Christian east Beirut.",
        "accuses",
        "org:lebanese-forces",
        "LBN",
        "SYR",
    ),
    (
        "The Lebanese Forces militia rejected an Arab League peace plan.",
        "rejects",
        "org:lebanese-forces",
        "LBN",
        "IGO",
    ),
    (
        "The Progressive Socialist Party accused Israel of arming Christian militias.",
        "accuses",
        "org:progressive-socialist-party",
        "LBN",
        "ISR",
    ),
    (
        "The Progressive Socialist Party demanded the withdrawal of Syrian troops.",
        "demands",
        "org:progressive-socialist-party",
        "LBN",
        "SYR",
    ),
    ("Funcinpec accused Hun Sen of plotting a coup.", "accuses", "org:funcinpec", "KHM", "KHM"),
    (
        "FUNCINPEC accused Vietnam of keeping troops in Cambodia.",
        "accuses",
        "org:funcinpec",
        "KHM",
        "VNM",
    ),
    (
        "The Solidarity trade union accused the Polish government of arresting its activists.",
        "accuses",
        "org:solidarnosc",
        "POL",
        "POL",
    ),
    (
        "Solidarnosc demanded talks with the Polish government on food prices.",
        "demands",
        "org:solidarnosc",
        "POL",
        "POL",
    ),
    (
        "Solidarnosc leaders accused Moscow of interfering in Poland.",
        "accuses",
        "org:solidarnosc",
        "POL",
        "RUS",
    ),
    (
        "URNG guerrillas attacked an army post in the Guatemalan highlands.",
        "attacks",
        "urng",
        "GTM",
        "GTM",
    ),
    (
        "The URNG accused the Guatemalan army of massacring Indian villagers.",
        "accuses",
        "urng",
        "GTM",
        "GTM",
    ),
    (
        "Tupamaros guerrillas kidnapped a British ambassador in Montevideo.",
        "assaults",
        "tupamaros",
        "URY",
        "GBR",
    ),
    (
        "The Tupamaros demanded the release of 150 prisoners from the Uruguayan government.",
        "demands",
        "tupamaros",
        "URY",
        "URY",
    ),
    (
        "Montoneros guerrillas bombed a police station in Buenos Aires.",
        "assaults",
        "montoneros",
        "ARG",
        "ARG",
    ),
    (
        "The Montoneros accused the Argentine junta of torturing prisoners.",
        "accuses",
        "montoneros",
        "ARG",
        "ARG",
    ),
    (
        "KPNLF guerrillas attacked Vietnamese troops in western Cambodia.",
        "attacks",
        "kpnlf",
        "KHM",
        "VNM",
    ),
    (
        "The KPNLF accused Hanoi of sending fresh troops into Cambodia.",
        "accuses",
        "kpnlf",
        "KHM",
        "VNM",
    ),
    (
        "The November 17 group claimed the killing of a US military attache in Athens.",
        "assaults",
        "revolutionary-organization-17-november",
        "GRC",
        "USA",
    ),
    (
        "Revolutionary Organization 17 November threatened to attack British diplomats.",
        "threatens",
        "revolutionary-organization-17-november",
        "GRC",
        "GBR",
    ),
    (
        "Dev Sol gunmen shot dead a retired Turkish general in Istanbul.",
        "assaults",
        "dhkp-c",
        "TUR",
        "TUR",
    ),
    (
        "The DHKP-C claimed a rocket attack on the US consulate in Istanbul.",
        "attacks",
        "dhkp-c",
        "TUR",
        "USA",
    ),
    ("GRAPO gunmen killed a Spanish businessman in Madrid.", "assaults", "grapo", "ESP", "ESP"),
    (
        "GRAPO guerrillas kidnapped a Spanish judge in Zaragoza.",
        "assaults",
        "grapo",
        "ESP",
        "ESP",
    ),
    (
        "Action Directe claimed the murder of a French arms official in Paris.",
        "assaults",
        "action-directe",
        "FRA",
        "FRA",
    ),
    (
        "Action Directe bombed the offices of an Israeli company in Paris.",
        "assaults",
        "action-directe",
        "FRA",
        "ISR",
    ),
    (
        "The Palestine Liberation Front hijacked an Italian cruise ship off Egypt.",
        "assaults",
        "palestine-liberation-front",
        "PSE",
        "ITA",
    ),
    (
        "The Palestine Liberation Front threatened to attack American targets.",
        "threatens",
        "palestine-liberation-front",
        "PSE",
        "USA",
    ),
    (
        "The PFLP-GC denied that it had bombed the Pan Am jet.",
        "assaults",
        "pflp-gc",
        "PSE",
        "NGO",
    ),
    (
        "PFLP-GC guerrillas attacked an Israeli army patrol in southern Lebanon.",
        "attacks",
        "pflp-gc",
        "PSE",
        "ISR",
    ),
    (
        "Jamiat-e-Islami fighters captured the town of Taloqan from the Taliban.",
        "attacks",
        "jamiat-e-islami",
        "AFG",
        "AFG",
    ),
    (
        "Jamiat-i-Islami accused Pakistan of arming its rivals.",
        "accuses",
        "jamiat-e-islami",
        "AFG",
        "PAK",
    ),
]

# More bodies and figures of the era: armed groups, parties and movements, and
# people of no office whom leads name (dissidents, clerics, movement leaders).
ERA: list[Row] = [
    (
        "Egyptian Islamic Jihad claimed the bombing of the Egyptian embassy in Islamabad.",
        "assaults",
        "egyptian-islamic-jihad",
        "EGY",
        "EGY",
    ),
    (
        "Egypt's Islamic Jihad threatened to kill American diplomats in Cairo.",
        "threatens",
        "egyptian-islamic-jihad",
        "EGY",
        "USA",
    ),
    ("Kach activists attacked Palestinian shops in Hebron.", "attacks", "org:kach", "ISR", "PSE"),
    (
        "Kahane Chai threatened to kill Palestinian negotiators.",
        "threatens",
        "org:kach",
        "ISR",
        "PSE",
    ),
    (
        "Tanzim gunmen fired on an Israeli army post near Ramallah.",
        "attacks",
        "tanzim",
        "PSE",
        "ISR",
    ),
    (
        "The Tanzim militia threatened to attack Israeli settlers in the West Bank.",
        "threatens",
        "tanzim",
        "PSE",
        "ISR",
    ),
    (
        "Afrikaner Resistance Movement gunmen killed a black policeman near Ventersdorp.",
        "assaults",
        "afrikaner-resistance-movement",
        "ZAF",
        "ZAF",
    ),
    (
        "The Afrikaner Weerstandsbeweging threatened to attack the ANC.",
        "threatens",
        "afrikaner-resistance-movement",
        "ZAF",
        "ZAF",
    ),
    (
        "AZAPO leaders accused the ANC of betraying the liberation struggle.",
        "accuses",
        "org:azanian-people-s-organisation",
        "ZAF",
        "ZAF",
    ),
    # (Guard: NER's organisation of the full name, placed by the one state, held before.)
    (
        "The Azanian People's Organisation accused Pretoria of killing its supporters.",
        "accuses",
        "org:azanian-people-s-organisation",
        "ZAF",
        "ZAF",
    ),
    (
        "AZAPO officials demanded that Pretoria release Black Consciousness activists.",
        "demands",
        "org:azanian-people-s-organisation",
        "ZAF",
        "ZAF",
    ),
    (
        "ZANLA guerrillas attacked a Rhodesian army base near Umtali.",
        "attacks",
        "zanla",
        "ZWE",
        "ZWE",
    ),
    (
        "ZIPRA guerrillas shot down a Rhodesian airliner near Kariba.",
        "attacks",
        "zipra",
        "ZWE",
        "ZWE",
    ),
    (
        "Somali National Movement rebels attacked government troops near Hargeisa.",
        "attacks",
        "somali-national-movement",
        "SOM",
        "SOM",
    ),
    (
        "The Somali National Movement accused Mogadishu of bombing Hargeisa.",
        "accuses",
        "somali-national-movement",
        "SOM",
        "SOM",
    ),
    ("FNLA guerrillas attacked MPLA positions north of Luanda.", "attacks", "fnla", "AGO", "AGO"),
    ("The FNLA accused Cuba of sending troops to Angola.", "accuses", "fnla", "AGO", "CUB"),
    (
        "FLEC separatists kidnapped two Portuguese workers in Cabinda.",
        "assaults",
        "flec",
        "AGO",
        "PRT",
    ),
    (
        "The Front for the Liberation of the Enclave of Cabinda attacked an Angolan army convoy.",
        "attacks",
        "flec",
        "AGO",
        "AGO",
    ),
    (
        "Kamajor militiamen attacked rebel positions in eastern Sierra Leone.",
        "attacks",
        "kamajors",
        "SLE",
        "SLE",
    ),
    (
        "The Kamajors accused Sierra Leone's military junta of killing civilians.",
        "accuses",
        "kamajors",
        "SLE",
        "SLE",
    ),
    ("Pathet Lao forces seized the town of Vang Vieng.", "attacks", "pathet-lao", "LAO", "LAO"),
    (
        "The Pathet Lao accused Thailand of shelling Laotian villages.",
        "accuses",
        "pathet-lao",
        "LAO",
        "THA",
    ),
    (
        "Shan State Army rebels attacked a Burmese army post near the Thai border.",
        "attacks",
        "shan-state-army",
        "MMR",
        "MMR",
    ),
    (
        "The Shan State Army accused Rangoon of forcing villagers into labour.",
        "accuses",
        "shan-state-army",
        "MMR",
        "MMR",
    ),
    (
        "People's War Group rebels killed 12 policemen in Andhra Pradesh.",
        "assaults",
        "peoples-war-group",
        "IND",
        "IND",
    ),
    (
        "The People's War Group rejected peace talks with the Andhra Pradesh government.",
        "rejects",
        "peoples-war-group",
        "IND",
        "IND",
    ),
    ("FLNC militants bombed a gendarmerie barracks in Corsica.", "assaults", "flnc", "FRA", "FRA"),
    (
        "The National Liberation Front of Corsica threatened to resume attacks on French targets.",
        "threatens",
        "flnc",
        "FRA",
        "FRA",
    ),
    (
        "Grey Wolves militants attacked Kurdish shops in Istanbul.",
        "attacks",
        "org:grey-wolves",
        "TUR",
        "TUR",
    ),
    (
        "France banned the Grey Wolves after attacks on Armenian memorials.",
        "coerces",
        "france",
        "FRA",
        "TUR",
    ),
    (
        "Popular Revolutionary Army guerrillas attacked an army post in southern Mexico.",
        "attacks",
        "popular-revolutionary-army",
        "MEX",
        "MEX",
    ),
    (
        "The Popular Revolutionary Army accused the Mexican army of torturing peasants.",
        "accuses",
        "popular-revolutionary-army",
        "MEX",
        "MEX",
    ),
    (
        "Manuel Rodriguez Patriotic Front guerrillas ambushed General Pinochet's motorcade.",
        "attacks",
        "fpmr",
        "CHL",
        "CHL",
    ),
    (
        "The Manuel Rodriguez Patriotic Front bombed a US-owned bank in Santiago.",
        "assaults",
        "fpmr",
        "CHL",
        "USA",
    ),
    (
        "Babbar Khalsa militants shot dead a police officer in Ludhiana.",
        "assaults",
        "babbar-khalsa",
        "IND",
        "IND",
    ),
    (
        "Babbar Khalsa claimed the bombing of an Air India jet.",
        "assaults",
        "babbar-khalsa",
        "IND",
        "IND",
    ),
    (
        "Khalistan Commando Force gunmen killed a police chief in Amritsar.",
        "assaults",
        "khalistan-commando-force",
        "IND",
        "IND",
    ),
    (
        "The Khalistan Commando Force threatened to kill Indian officials.",
        "threatens",
        "khalistan-commando-force",
        "IND",
        "IND",
    ),
    (
        "The Akali Dal demanded that New Delhi release Sikh detainees.",
        "demands",
        "org:shiromani-akali-dal",
        "IND",
        "IND",
    ),
    (
        "The Shiromani Akali Dal accused the Indian government of betraying Punjab.",
        "accuses",
        "org:shiromani-akali-dal",
        "IND",
        "IND",
    ),
    (
        "EPRLF militants attacked Tamil Tiger positions near Batticaloa.",
        "attacks",
        "eprlf",
        "LKA",
        "LKA",
    ),
    (
        "The EPRLF accused the Tamil Tigers of killing its members.",
        "accuses",
        "eprlf",
        "LKA",
        "LKA",
    ),
    ("PLOTE guerrillas attacked a Sri Lankan army post.", "attacks", "plote", "LKA", "LKA"),
    ("TELO guerrillas attacked a police station in Jaffna.", "attacks", "telo", "LKA", "LKA"),
    (
        "JVP rebels killed three government officials in southern Sri Lanka.",
        "assaults",
        "org:janatha-vimukthi-peramuna",
        "LKA",
        "LKA",
    ),
    (
        "The Janatha Vimukthi Peramuna accused Colombo of betraying the Sinhalese.",
        "accuses",
        "org:janatha-vimukthi-peramuna",
        "LKA",
        "LKA",
    ),
    (
        "Hezb-e-Wahdat fighters attacked government positions in western Kabul.",
        "attacks",
        "hezb-e-wahdat",
        "AFG",
        "AFG",
    ),
    (
        "Hezb-e-Wahdat accused the Taliban of massacring Hazaras.",
        "accuses",
        "hezb-e-wahdat",
        "AFG",
        "AFG",
    ),
    (
        "Junbish-i-Milli fighters attacked Taliban positions near Mazar-i-Sharif.",
        "attacks",
        "junbish-i-milli",
        "AFG",
        "AFG",
    ),
    (
        "Junbish-e-Milli accused Pakistan of sending troops to help the Taliban.",
        "accuses",
        "junbish-i-milli",
        "AFG",
        "PAK",
    ),
    (
        "Desmond Tutu urged Washington to impose sanctions on Pretoria.",
        "appealsTo",
        "person:desmond-tutu",
        "ZAF",
        "USA",
    ),
    (
        "Archbishop Desmond Tutu accused the South African police of killing children.",
        "accuses",
        "person:desmond-tutu",
        "ZAF",
        "ZAF",
    ),
    (
        "Cardinal Jaime Sin urged Filipinos to defy Marcos.",
        "appealsTo",
        "person:jaime-sin",
        "PHL",
        "PHL",
    ),
    (
        "Cardinal Sin accused the Marcos government of rigging the election.",
        "accuses",
        "person:jaime-sin",
        "PHL",
        "PHL",
    ),
    (
        "John Hume urged the IRA to end its campaign of violence.",
        "appealsTo",
        "united-kingdom",
        "GBR",
        "GBR",
    ),
    (
        "John Hume accused the British government of ignoring nationalists.",
        "accuses",
        "person:john-hume",
        "GBR",
        "GBR",
    ),
    (
        "Sheikh Mohammed Hussein Fadlallah accused Washington of plotting to kill him.",
        "accuses",
        "person:mohammad-hussein-fadlallah",
        "LBN",
        "USA",
    ),
    (
        "Sheikh Fadlallah urged Lebanese Shiites to resist Israel.",
        "appealsTo",
        "person:mohammad-hussein-fadlallah",
        "LBN",
        "LBN",
    ),
    (
        "Andrei Sakharov accused the Kremlin of violating the Helsinki accords.",
        "accuses",
        "person:andrei-sakharov",
        "RUS",
        "RUS",
    ),
    (
        "Sakharov urged Gorbachev to free all political prisoners.",
        "appealsTo",
        "person:andrei-sakharov",
        "RUS",
        "RUS",
    ),
    (
        "Alexander Solzhenitsyn accused Yeltsin of betraying Russia.",
        "accuses",
        "person:aleksandr-solzhenitsyn",
        "RUS",
        "RUS",
    ),
    ("Moscow expelled Solzhenitsyn to West Germany.", "coerces", "russia", "RUS", "RUS"),
    (
        "Wei Jingsheng urged Washington to press Beijing on human rights.",
        "appealsTo",
        "person:wei-jingsheng",
        "CHN",
        "USA",
    ),
    ("China sentenced Wei Jingsheng to 14 years in prison.", "coerces", "china", "CHN", "CHN"),
    (
        "Abbasi Madani urged Algerians to launch a general strike.",
        "appealsTo",
        "person:abbassi-madani",
        "DZA",
        "DZA",
    ),
    (
        "An Algerian military court sentenced Abbasi Madani and Ali Belhadj to 12 years.",
        "coerces",
        "algeria",
        "DZA",
        "DZA",
    ),
    (
        "Ali Belhadj accused the Algerian army of stealing the election.",
        "accuses",
        "person:ali-belhadj",
        "DZA",
        "DZA",
    ),
    (
        "Harchand Singh Longowal accused New Delhi of betraying the Sikhs.",
        "accuses",
        "person:harchand-singh-longowal",
        "IND",
        "IND",
    ),
    (
        "Sant Longowal accused the Indian government of persecuting Sikhs.",
        "accuses",
        "person:harchand-singh-longowal",
        "IND",
        "IND",
    ),
    (
        "Arkan's paramilitaries attacked Moslem villages in eastern Bosnia.",
        "attacks",
        "person:zeljko-raznatovic",
        "SRB",
        "BIH",
    ),
]

# Figures of the era's conflicts and movements the gazetteer lacked (no office: a
# person of their country), and two parties (Mizo National Front, MQM).
FIGURES: list[Row] = [
    (
        "Faisal Husseini accused Israel of trying to isolate Arab East Jerusalem.",
        "accuses",
        "person:faisal-husseini",
        "PSE",
        "ISR",
    ),
    ("Israeli police arrested Faisal Husseini at Orient House.", "coerces", "israel", "ISR", "PSE"),
    (
        "Mohammed Dahlan accused Hamas of plotting a coup in Gaza.",
        "accuses",
        "person:mohammed-dahlan",
        "PSE",
        "PSE",
    ),
    (
        "Hamas accused Mohammed Dahlan of collaborating with Israel.",
        "accuses",
        "hamas",
        "PSE",
        "PSE",
    ),
    (
        "Jibril Rajoub accused Israel of trying to topple the Palestinian Authority.",
        "accuses",
        "person:jibril-rajoub",
        "PSE",
        "ISR",
    ),
    (
        "Israeli troops shelled the house of Jibril Rajoub near Ramallah.",
        "attacks",
        "israel",
        "ISR",
        "PSE",
    ),
    (
        "Sheikh Abbas Musawi threatened to attack Israeli troops in southern Lebanon.",
        "threatens",
        "person:abbas-al-musawi",
        "LBN",
        "ISR",
    ),
    (
        "Israeli helicopters killed Abbas Musawi in southern Lebanon.",
        "assaults",
        "israel",
        "ISR",
        "LBN",
    ),
    (
        "Camille Chamoun accused Syria of seeking to annex Lebanon.",
        "accuses",
        "person:camille-chamoun",
        "LBN",
        "SYR",
    ),
    (
        "Dany Chamoun accused Syrian troops of shelling Christian east Beirut.",
        "accuses",
        "person:dany-chamoun",
        "LBN",
        "SYR",
    ),
    (
        "Laldenga demanded that New Delhi grant statehood to Mizoram.",
        "demands",
        "person:laldenga",
        "IND",
        "IND",
    ),
    (
        "The Mizo National Front accused the Indian army of burning villages.",
        "accuses",
        "org:mizo-national-front",
        "IND",
        "IND",
    ),
    # (Guard: NER's organisation, placed by the one state, held before.)
    (
        "Laldenga's Mizo National Front signed a peace accord with New Delhi.",
        "signsAgreementWith",
        "org:mizo-national-front",
        "IND",
        "IND",
    ),
    (
        "Eugene Terre'Blanche threatened to attack the ANC.",
        "threatens",
        "person:eugene-terre-blanche",
        "ZAF",
        "ZAF",
    ),
    (
        "Terre'Blanche accused de Klerk of betraying the Afrikaners.",
        "accuses",
        "person:eugene-terre-blanche",
        "ZAF",
        "ZAF",
    ),
    (
        "Andries Treurnicht accused Pretoria of betraying white South Africans.",
        "accuses",
        "person:andries-treurnicht",
        "ZAF",
        "ZAF",
    ),
    (
        "Treurnicht accused de Klerk of surrendering to the ANC.",
        "accuses",
        "person:andries-treurnicht",
        "ZAF",
        "ZAF",
    ),
    (
        "Steve Biko accused the Pretoria government of crushing black dissent.",
        "accuses",
        "person:steve-biko",
        "ZAF",
        "ZAF",
    ),
    (
        "South African police detained Steve Biko near King William's Town.",
        "coerces",
        "south-africa",
        "ZAF",
        "ZAF",
    ),
    (
        "Enrique Bermudez accused the Sandinistas of massacring Miskito Indians.",
        "accuses",
        "person:enrique-bermudez",
        "NIC",
        "NIC",
    ),
    (
        "Contra commander Enrique Bermudez rejected a ceasefire with Managua.",
        "rejects",
        "person:enrique-bermudez",
        "NIC",
        "NIC",
    ),
    (
        "Rigoberta Menchu accused the Guatemalan army of genocide.",
        "accuses",
        "person:rigoberta-menchu",
        "GTM",
        "GTM",
    ),
    (
        "Rigoberta Menchu urged Guatemala to punish the killers of her family.",
        "appealsTo",
        "person:rigoberta-menchu",
        "GTM",
        "GTM",
    ),
    (
        "Pablo Escobar threatened to kill Colombian judges.",
        "threatens",
        "person:pablo-escobar",
        "COL",
        "COL",
    ),
    ("Colombian police killed Pablo Escobar in Medellin.", "assaults", "colombia", "COL", "COL"),
    (
        "Bishop Carlos Ximenes Belo accused Indonesian troops of killing civilians.",
        "accuses",
        "person:carlos-filipe-ximenes-belo",
        "TLS",
        "IDN",
    ),
    (
        "Bishop Belo urged Jakarta to withdraw its troops from East Timor.",
        "appealsTo",
        "person:carlos-filipe-ximenes-belo",
        "TLS",
        "IDN",
    ),
    (
        "The MQM accused Pakistani paramilitaries of killing its workers in Karachi.",
        "accuses",
        "org:muttahida-qaumi-movement",
        "PAK",
        "PAK",
    ),
    (
        "The Muttahida Qaumi Movement accused Islamabad of persecuting Mohajirs.",
        "accuses",
        "org:muttahida-qaumi-movement",
        "PAK",
        "PAK",
    ),
]

# Armed groups and parties of the era under the names wire leads give them: the
# Contras' FDN, the Kurdish Democratic Party (Iraq's KDP; Iran's is its own party),
# the Salafist Group for Preaching and Combat (AQIM's former name), the Islamic
# Salvation Army, the Islamic Movement of Uzbekistan, Harkat-ul-Mujahideen (also
# Harkat ul-Ansar), the Free Papua Movement, Uganda's National Resistance Army,
# FROLINAT. (Some codes were right before, by NER and the
# one state named; the source was an invented organisation, not the gazetteer's.)
NAMES_OF_THE_ERA: list[Row] = [
    (
        "FDN rebels attacked a Nicaraguan army post near the Honduran border.",
        "attacks",
        "contras",
        "NIC",
        "NIC",
    ),
    (
        "The Nicaraguan Democratic Force accused the Sandinistas of bombing its camps in Honduras.",
        "accuses",
        "contras",
        "NIC",
        "NIC",
    ),
    (
        "The Kurdish Democratic Party accused Baghdad of using chemical weapons.",
        "accuses",
        "org:kurdistan-democratic-party",
        "IRQ",
        "IRQ",
    ),
    (
        "Guerrillas of the Kurdish Democratic Party attacked Iraqi troops near Zakho.",
        "attacks",
        "org:kurdistan-democratic-party",
        "IRQ",
        "IRQ",
    ),
    (
        "The Kurdish Democratic Party of Iran accused Tehran of executing its members.",
        "accuses",
        "org:democratic-party-of-iranian-kurdistan",
        "IRN",
        "IRN",
    ),
    (
        "KDPI guerrillas ambushed a Revolutionary Guards patrol near Mahabad.",
        "attacks",
        "org:democratic-party-of-iranian-kurdistan",
        "IRN",
        "IRN",
    ),
    (
        "Islamic Salvation Army guerrillas ambushed an Algerian army convoy.",
        "attacks",
        "islamic-salvation-army",
        "DZA",
        "DZA",
    ),
    (
        "The Islamic Salvation Army declared a truce with the Algerian army.",
        "retreatsFrom",
        "islamic-salvation-army",
        "DZA",
        "DZA",
    ),
    (
        "Salafist Group for Call and Combat militants killed 13 Algerian soldiers near Batna.",
        "assaults",
        "aqim",
        "DZA",
        "DZA",
    ),
    (
        "The Salafist Group for Preaching and Combat threatened to attack French targets.",
        "threatens",
        "aqim",
        "DZA",
        "FRA",
    ),
    (
        "Islamic Movement of Uzbekistan guerrillas attacked Kyrgyz troops near Batken.",
        "attacks",
        "islamic-movement-of-uzbekistan",
        "UZB",
        "KGZ",
    ),
    (
        "The Islamic Movement of Uzbekistan threatened to overthrow the Karimov government.",
        "threatens",
        "islamic-movement-of-uzbekistan",
        "UZB",
        "UZB",
    ),
    (
        "Harkat-ul-Mujahideen militants kidnapped two British tourists in Kashmir.",
        "assaults",
        "harkat-ul-mujahideen",
        "PAK",
        "GBR",
    ),
    (
        "India accused Harkat ul-Ansar of attacking its troops in Kashmir.",
        "accuses",
        "india",
        "IND",
        "PAK",
    ),
    (
        "Free Papua Movement rebels kidnapped 26 hostages in Irian Jaya.",
        "assaults",
        "free-papua-movement",
        "IDN",
        "IDN",
    ),
    (
        "The Free Papua Movement accused Indonesian troops of killing villagers.",
        "accuses",
        "free-papua-movement",
        "IDN",
        "IDN",
    ),
    (
        "National Resistance Army guerrillas attacked a Ugandan army barracks near Kampala.",
        "attacks",
        "national-resistance-army",
        "UGA",
        "UGA",
    ),
    (
        "The National Resistance Army accused Obote's troops of massacring civilians.",
        "accuses",
        "national-resistance-army",
        "UGA",
        "UGA",
    ),
    (
        "Frolinat rebels attacked a Chadian army garrison in the north.",
        "attacks",
        "frolinat",
        "TCD",
        "TCD",
    ),
    (
        "Frolinat accused France of sending troops to prop up the Chad government.",
        "accuses",
        "frolinat",
        "TCD",
        "FRA",
    ),
]

WIRE = (
    SETTLERS
    + ATTACKERS
    + NAMED_BY_DEED
    + PEOPLES_NOT_NAMES
    + POLICE_AND_STRIKERS
    + COMMUNITIES
    + MORE_COMMUNITIES
    + TWO_WORD_PEOPLES
    + BODIES
    + ERA
    + FIGURES
    + NAMES_OF_THE_ERA
)


@pytest.mark.parametrize(
    ("text", "relation", "source", "src_code", "tgt_code"), WIRE, ids=_ids(WIRE)
)
def test_group_sides_coded(
    extract, text: str, relation: str, source: str, src_code: str, tgt_code: str
) -> None:
    mentions = extract(text)
    found = [
        (m.relation, m.source.id, actor_code(m.source), actor_code(m.target)) for m in mentions
    ]
    assert (relation, source, src_code, tgt_code) in found, found


# Guards: words of the new rows and lists that must not make an actor.
NOT_FOUND: list[tuple[str, str]] = [
    # A place named after a community is the place ("Tamil Nadu" is India's).
    ("Police in Tamil Nadu arrested twelve people over a bomb attack.", "sri-lanka"),
    # A community said to live abroad is not its home state's.
    ("Sikh separatists in Canada accused India of plotting murders.", "india"),
    # Another church's pope is not the Holy See (only "the Pope" with no name is).
    (
        "Coptic Pope Tawadros II accused Islamist militants of attacking churches in Egypt.",
        "holy-see",
    ),
    # Native peoples of the Americas are not India's.
    ("Mayan Indians accused the Guatemalan army of massacring their villages.", "india"),
    ("Mohawk Indians blocked a bridge near Montreal to protest a golf course.", "india"),
    ("Yanomami Indians accused Brazilian gold miners of killing 16 villagers.", "india"),
    # A plural noun first in the sentence is no organisation of that name.
    ("Kidnappers seized two British aid workers in Chechnya.", "org:kidnappers"),
    ("Hijackers seized an Air France jet in Algiers.", "org:hijackers"),
    # A surname other people share is no alias of an era figure: a later "Belhadj" or
    # "Fadlallah" is the one the text named in full.
    (
        "Libyan Islamist Abdelhakim Belhadj returned to Tripoli. Belhadj accused Britain of "
        "complicity in his rendition.",
        "person:ali-belhadj",
    ),
    (
        "Hezbollah lawmaker Hassan Fadlallah spoke in Beirut. Fadlallah accused Israel of "
        "aggression.",
        "person:mohammad-hussein-fadlallah",
    ),
]


@pytest.mark.parametrize(("text", "absent"), NOT_FOUND, ids=_ids(NOT_FOUND))
def test_group_words_not_actors(extract, text: str, absent: str) -> None:
    mentions = extract(text)
    sources = [m.source.id for m in mentions]
    assert absent not in sources, sources


# A community's office words name its people, not the state's government ("Sikh
# leaders"); a body it names is a government still ("the Basque government", the
# region's own).
SECTORS: list[tuple[str, str, str]] = [
    ("Sikh leaders accused the Indian government of betraying Punjab.", "india", "people"),
    ("Tamil leaders accused the government of discrimination.", "sri-lanka", "people"),
    (
        "The Basque government accused Madrid of ignoring the region.",
        "basque-country",
        "government",
    ),
    ("The Flemish government accused Brussels of overspending.", "flanders", "government"),
]


@pytest.mark.parametrize(("text", "source", "sector"), SECTORS, ids=_ids(SECTORS))
def test_community_sector(extract, text: str, source: str, sector: str) -> None:
    found = [(m.source.id, m.source_sector) for m in extract(text)]
    assert (source, sector) in found, found
