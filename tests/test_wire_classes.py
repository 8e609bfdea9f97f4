"""Recall on wire-style and modern leads whose trigger verb asks for a word class
(`object`, `subject`, `unless`, `goods` in data/relations.toml), helper wcl.

Our own sentences, written in the style of 1975-2005 wire leads and of today's news.
Each row relies on a class member or verb added here: forces moved about (MOBILIZE),
trade, money and envoys cut off (SANCTION), aid goods and money (AID), captives held
and freed (COERCE, RETREAT), explosives (ASSAULT), strikers, activists and rioting
crowds (PROTEST), words of scolding (DISAPPROVE), vowed responses (THREATEN), ships
sunk (FIGHT), pressure lifted and forces leaving (RETREAT), outlets closed and
broadcasts jammed (COERCE). Not gold records.

LEADS holds 302 rows: none passed before the additions, all 302 after. NOT holds 30
sentences that must not be read so: 23 guard a word near an added one (a "marine"
vessel, "supply lines", a "back channel", shipped corn, "combat engineers" ...) and
passed before; 7 were misread before ("an import ban" as coercion, "pushed back
migrants" as a demand, petrol bombs as an armed attack, "unions struck a deal" as a
strike, hosting refugees as a meeting, "struck a compromise" twice as an attack)."""

from __future__ import annotations

import pytest

from relations_util import Expect, check
from relations_util import asserted as E
from relations_util import reported as R
from relations_util import row_ids as _ids

LEADS = [
    # MOBILIZE: forces named by arm, kind or unit (class `forces`).
    (
        "Turkey sent paratroopers and commandos to the Iraqi frontier after the ambush.",
        E("mobilizesAgainst", "turkey", "iraq"),
    ),
    (
        "India rushed helicopter gunships to the Pakistani border after the shelling.",
        E("mobilizesAgainst", "india", "pakistan"),
    ),
    (
        "The Pentagon sent marines toward the Iranian coast.",
        E("mobilizesAgainst", "us-department-of-defense", "iran"),
    ),
    (
        "Egypt moved an infantry regiment to the Libyan border.",
        E("mobilizesAgainst", "egypt", "libya"),
    ),
    (
        "Washington dispatched a marine contingent toward the Haitian coast.",
        E("mobilizesAgainst", "united-states", "haiti"),
    ),
    (
        "Moscow sent commandos toward the Georgian border, Georgian officials said.",
        R("mobilizesAgainst", "russia", "georgia"),
    ),
    (
        "Syria moved helicopter gunships near the Turkish border.",
        E("mobilizesAgainst", "syria", "turkey"),
    ),
    (
        "Iraq moved armour toward the Iranian frontier.",
        E("mobilizesAgainst", "iraq", "iran"),
    ),
    (
        "Iraq moved armor toward the Saudi border.",
        E("mobilizesAgainst", "iraq", "saudi-arabia"),
    ),
    (
        "North Korea moved armor near the South Korean border.",
        E("mobilizesAgainst", "north-korea", "south-korea"),
    ),
    (
        "France dispatched a naval squadron toward the Libyan coast.",
        E("mobilizesAgainst", "france", "libya"),
    ),
    (
        "Greece sent a naval squadron toward the Turkish coast.",
        E("mobilizesAgainst", "greece", "turkey"),
    ),
    (
        "Ankara dispatched an armoured regiment to the Syrian border.",
        E("mobilizesAgainst", "turkey", "syria"),
    ),
    (
        "Nigeria sent a contingent to the Cameroonian border.",
        E("mobilizesAgainst", "nigeria", "cameroon"),
    ),
    (
        "Libya moved a contingent toward the Tunisian border.",
        E("mobilizesAgainst", "libya", "tunisia"),
    ),
    (
        "The United States sent marines toward the Somali coast.",
        E("mobilizesAgainst", "united-states", "somalia"),
    ),
    (
        "Uganda sent an armoured column toward the Sudanese border.",
        E("mobilizesAgainst", "uganda", "sudan"),
    ),
    (
        "Iraq moved armoured columns toward the Kuwaiti border.",
        E("mobilizesAgainst", "iraq", "kuwait"),
    ),
    (
        "Libya sent an armored column toward the Chadian border.",
        E("mobilizesAgainst", "libya", "chad"),
    ),
    (
        "Iraq moved Scud missile launchers toward the Jordanian border.",
        E("mobilizesAgainst", "iraq", "jordan"),
    ),
    (
        "North Korea moved rocket launchers near the South Korean border.",
        E("mobilizesAgainst", "north-korea", "south-korea"),
    ),
    # MOBILIZE: concentrate, position, airlift, increase, strengthen, boost, expand,
    # double, step up with forces (now also corps, naval, minesweepers, a presence) as
    # object.
    (
        "Iraq has concentrated infantry divisions near the Kuwaiti border, U.S. officials said.",
        R("mobilizesAgainst", "iraq", "kuwait"),
    ),
    (
        "Libya positioned armour along its frontier with Chad, French military sources said.",
        R("mobilizesAgainst", "libya", "chad"),
    ),
    (
        "Ethiopia airlifted troops to the Eritrean frontier, Western diplomats said.",
        R("mobilizesAgainst", "ethiopia", "eritrea"),
    ),
    (
        "Russia positioned troops near the Ukrainian border.",
        E("mobilizesAgainst", "russia", "ukraine"),
    ),
    (
        "Britain airlifted paratroopers toward the Argentine coast.",
        E("mobilizesAgainst", "united-kingdom", "argentina"),
    ),
    (
        "Vietnam concentrated troops along the Cambodian border.",
        E("mobilizesAgainst", "vietnam", "cambodia"),
    ),
    (
        "Pakistan concentrated armour near the Indian border.",
        E("mobilizesAgainst", "pakistan", "india"),
    ),
    (
        "Pakistan moved its strike corps toward the Indian border.",
        E("mobilizesAgainst", "pakistan", "india"),
    ),
    (
        "Iraq moved the Third Corps toward the Kuwaiti border.",
        E("mobilizesAgainst", "iraq", "kuwait"),
    ),
    (
        "Russia sent naval vessels toward the Ukrainian coast.",
        E("mobilizesAgainst", "russia", "ukraine"),
    ),
    (
        "China sent naval ships toward the Japanese coast.",
        E("mobilizesAgainst", "china", "japan"),
    ),
    (
        "Turkey sent minesweepers toward the Greek islands.",
        E("mobilizesAgainst", "turkey", "greece"),
    ),
    (
        "Iran sent minesweepers toward the Saudi coast.",
        E("mobilizesAgainst", "iran", "saudi-arabia"),
    ),
    (
        "China increased its military presence near Taiwan.",
        E("mobilizesAgainst", "china", "taiwan"),
    ),
    (
        "Serbia increased its troops near the Kosovo border.",
        E("mobilizesAgainst", "serbia", "kosovo"),
    ),
    (
        "Russia boosted its military presence along the Finnish border.",
        E("mobilizesAgainst", "russia", "finland"),
    ),
    (
        "Ukraine boosted its forces along the Belarusian border.",
        E("mobilizesAgainst", "ukraine", "belarus"),
    ),
    (
        "Armenia strengthened its troops along the Azerbaijani border.",
        E("mobilizesAgainst", "armenia", "azerbaijan"),
    ),
    (
        "Finland strengthened its presence along the Russian border.",
        E("mobilizesAgainst", "finland", "russia"),
    ),
    (
        "India doubled its troops along the Chinese border.",
        E("mobilizesAgainst", "india", "china"),
    ),
    (
        "Greece doubled its forces near the Turkish border.",
        E("mobilizesAgainst", "greece", "turkey"),
    ),
    (
        "Poland expanded its forces near the Belarusian border.",
        E("mobilizesAgainst", "poland", "belarus"),
    ),
    (
        "Lithuania expanded its military presence near the Belarusian border.",
        E("mobilizesAgainst", "lithuania", "belarus"),
    ),
    (
        "Turkey stepped up its military presence near Syria.",
        E("mobilizesAgainst", "turkey", "syria"),
    ),
    (
        "China stepped up its naval presence near the Philippine coast.",
        E("mobilizesAgainst", "china", "philippines"),
    ),
    # SANCTION: trade and money cut off (class `links`: sale, supplies, purchase, revenue,
    # remittance, landing).
    (
        "Russia cut off gas supplies to Ukraine on Sunday.",
        E("sanctions", "russia", "ukraine"),
    ),
    (
        "Algeria halted natural gas supplies to Morocco.",
        E("sanctions", "algeria", "morocco"),
    ),
    (
        "The United States halted grain sales to the Soviet Union.",
        E("sanctions", "united-states", "soviet-union"),
    ),
    (
        "The United States cancelled wheat sales to Moscow.",
        E("sanctions", "united-states", "russia"),
    ),
    (
        "Britain suspended arms sales to Argentina.",
        E("sanctions", "united-kingdom", "argentina"),
    ),
    (
        "Australia suspended wool sales to Iran.",
        E("sanctions", "australia", "iran"),
    ),
    (
        "China suspended soybean purchases from the United States.",
        E("sanctions", "china", "united-states"),
    ),
    (
        "India suspended cotton purchases from Pakistan.",
        E("sanctions", "india", "pakistan"),
    ),
    (
        "Israel withheld tax revenues from the Palestinian Authority.",
        E("sanctions", "israel", "palestinian-authority"),
    ),
    (
        "Israel froze tax revenues owed to the Palestinian Authority.",
        E("sanctions", "israel", "palestinian-authority"),
    ),
    (
        "The United States suspended remittances to Cuba.",
        E("sanctions", "united-states", "cuba"),
    ),
    (
        "Washington banned remittances to Somalia.",
        E("sanctions", "united-states", "somalia"),
    ),
    (
        "Britain suspended landing rights for Libyan Arab Airlines.",
        E("sanctions", "united-kingdom", "libya"),
    ),
    (
        "Canada suspended landing rights for Aeroflot.",
        E("sanctions", "canada", "org:aeroflot"),
    ),
    # SANCTION: restrict, curb, block, veto; a ban on trade or flights.
    (
        "Canada restricted imports of Chinese steel.",
        E("sanctions", "canada", "china"),
    ),
    (
        "The United States curbed exports of advanced chips to China.",
        E("sanctions", "united-states", "china"),
    ),
    (
        "Washington restricted flights to Cuba.",
        E("sanctions", "united-states", "cuba"),
    ),
    (
        "Japan curbed imports of South Korean rice.",
        E("sanctions", "japan", "south-korea"),
    ),
    (
        "Washington blocked World Bank loans to Iran.",
        E("sanctions", "united-states", "iran"),
    ),
    (
        "The United States blocked IMF lending to Zimbabwe.",
        E("sanctions", "united-states", "zimbabwe"),
    ),
    (
        "The United States vetoed IMF credits to Nicaragua.",
        E("sanctions", "united-states", "nicaragua"),
    ),
    (
        "Washington vetoed World Bank loans to Vietnam.",
        E("sanctions", "united-states", "vietnam"),
    ),
    (
        "The United States imposed an import ban on Ugandan coffee.",
        E("sanctions", "united-states", "uganda"),
    ),
    (
        "The European Union imposed a flight ban on Belarusian airlines.",
        E("sanctions", "european-union", "belarus"),
    ),
    (
        "Egypt imposed an export ban on Libya.",
        E("sanctions", "egypt", "libya"),
    ),
    (
        "Russia slapped an import ban on Moldovan wine.",
        E("sanctions", "russia", "moldova"),
    ),
    # SANCTION: expelling envoys (class `envoy`: embassy, emissary).
    (
        "Argentina expelled two Chilean embassy officials.",
        E("sanctions", "argentina", "chile"),
    ),
    (
        "Bonn expelled the first secretary of the Czechoslovak embassy.",
        E("sanctions", "germany", "czechoslovakia"),
    ),
    (
        "Iran expelled a Saudi emissary.",
        E("sanctions", "iran", "saudi-arabia"),
    ),
    (
        "Saudi Arabia expelled a Qatari emissary.",
        E("sanctions", "saudi-arabia", "qatar"),
    ),
    (
        "Ghana expelled a Togolese emissary.",
        E("sanctions", "ghana", "togo"),
    ),
    # AID: goods (class `aid`); aid money restored, released, unblocked (class
    # `aid_money`); refugees hosted; relief arriving (class `relief_traffic`).
    (
        "Canada shipped 10,000 tonnes of maize to Zambia.",
        E("aids", "canada", "zambia"),
    ),
    (
        "The European Community shipped 20,000 tonnes of maize to Mozambique.",
        E("aids", "european-union", "mozambique"),
    ),
    (
        "The United States sent 5,000 tonnes of sorghum to Sudan.",
        E("aids", "united-states", "sudan"),
    ),
    (
        "Japan shipped sorghum to Chad.",
        E("aids", "japan", "chad"),
    ),
    (
        "Kenya sent millet to Somalia.",
        E("aids", "kenya", "somalia"),
    ),
    (
        "Japan shipped 3,000 tonnes of millet to Mali.",
        E("aids", "japan", "mali"),
    ),
    (
        "Switzerland sent powdered milk to Romania.",
        E("aids", "switzerland", "romania"),
    ),
    (
        "Italy shipped milk to Albania.",
        E("aids", "italy", "albania"),
    ),
    (
        "Britain supplied Zimbabwe with seed.",
        E("aids", "united-kingdom", "zimbabwe"),
    ),
    (
        "Germany delivered generators to Ukraine.",
        E("aids", "germany", "ukraine"),
    ),
    (
        "Sweden provided seeds and tools to Malawi.",
        E("aids", "sweden", "malawi"),
    ),
    (
        "France sent generators to Haiti.",
        E("aids", "france", "haiti"),
    ),
    (
        "China sent antibiotics to Sierra Leone.",
        E("aids", "china", "sierra-leone"),
    ),
    (
        "Britain airlifted antibiotics to Albania.",
        E("aids", "united-kingdom", "albania"),
    ),
    (
        "Italy sent ambulances to Bosnia.",
        E("aids", "italy", "bosnia-and-herzegovina"),
    ),
    (
        "Japan shipped ambulances to Sri Lanka.",
        E("aids", "japan", "sri-lanka"),
    ),
    (
        "Britain sent blood plasma to Poland.",
        E("aids", "united-kingdom", "poland"),
    ),
    (
        "Sweden flew plasma to Armenia.",
        E("aids", "sweden", "armenia"),
    ),
    (
        "Britain sent tarpaulins to Bangladesh.",
        E("aids", "united-kingdom", "bangladesh"),
    ),
    (
        "Australia airlifted tarpaulins to Vanuatu.",
        E("aids", "australia", "vanuatu"),
    ),
    (
        "The World Food Programme flew high-energy biscuits to Sudan.",
        E("aids", "wfp", "sudan"),
    ),
    (
        "Britain airdropped biscuits to Kurdish refugees in Iraq.",
        E("aids", "united-kingdom", "iraq"),
    ),
    (
        "China sent disinfectant and protective suits to Italy.",
        E("aids", "china", "italy"),
    ),
    (
        "Cuba shipped disinfectant to Haiti.",
        E("aids", "cuba", "haiti"),
    ),
    (
        "Japan restored yen loans to China.",
        E("aids", "japan", "china"),
    ),
    (
        "The World Bank restored lending to Kenya.",
        E("aids", "world-bank", "kenya"),
    ),
    (
        "Washington released 200 million dollars in military aid to Egypt.",
        E("aids", "united-states", "egypt"),
    ),
    (
        "The IMF released a loan tranche to Pakistan.",
        E("aids", "imf", "pakistan"),
    ),
    (
        "The EU unblocked 50 million euros in aid for the Palestinians.",
        E("aids", "european-union", "palestine"),
    ),
    (
        "The European Union unblocked aid to Niger.",
        E("aids", "european-union", "niger"),
    ),
    (
        "The IMF unblocked a loan to Ukraine.",
        E("aids", "imf", "ukraine"),
    ),
    (
        "The United States hosted Afghan refugees.",
        E("aids", "united-states", "afghanistan"),
    ),
    (
        "Jordan hosted Syrian refugees.",
        E("aids", "jordan", "syria"),
    ),
    (
        "Kenya has hosted Somali refugees for decades.",
        E("aids", "kenya", "somalia"),
    ),
    (
        "A shipment of Canadian wheat arrived in Ethiopia.",
        E("aids", "canada", "ethiopia"),
    ),
    (
        "A shipment of Japanese rice arrived in North Korea.",
        E("aids", "japan", "north-korea"),
    ),
    (
        "A humanitarian ship from Cyprus reached Gaza.",
        E("aids", "cyprus", "gaza-strip"),
    ),
    # COERCE / RETREAT: captives (class `captives`); captured forces freed (class
    # `captive_forces`).
    (
        "Iran held three American hikers for two years.",
        E("coerces", "iran", "united-states"),
    ),
    (
        "Nepal held two Indian trekkers.",
        E("coerces", "nepal", "india"),
    ),
    (
        "North Korea has held two American reporters since March.",
        E("coerces", "north-korea", "united-states"),
    ),
    (
        "Russia held two Estonian airmen after their plane strayed off course.",
        E("coerces", "russia", "estonia"),
    ),
    (
        "Syria held two Turkish hikers.",
        E("coerces", "syria", "turkey"),
    ),
    (
        "Iraq held two Kuwaiti reporters for a week.",
        E("coerces", "iraq", "kuwait"),
    ),
    (
        "Poland held three Belarusian airmen.",
        E("coerces", "poland", "belarus"),
    ),
    (
        "The Taliban held two Italian photographers.",
        E("coerces", "taliban", "italy"),
    ),
    (
        "Uganda held a Kenyan cameraman.",
        E("coerces", "uganda", "kenya"),
    ),
    (
        "Peru held the crewmen of an Ecuadorean ship.",
        E("coerces", "peru", "ecuador"),
    ),
    (
        "Iran held the crewmen of a British tanker.",
        E("coerces", "iran", "united-kingdom"),
    ),
    (
        "Somalia freed two Italian trekkers.",
        E("retreatsFrom", "somalia", "italy"),
    ),
    (
        "Iraq freed four Kuwaiti policemen captured at the border.",
        E("retreatsFrom", "iraq", "kuwait"),
    ),
    (
        "Iran released eight British servicemen seized in the Shatt al-Arab.",
        E("retreatsFrom", "iran", "united-kingdom"),
    ),
    (
        "Hezbollah freed two kidnapped French photographers.",
        E("retreatsFrom", "hezbollah", "france"),
    ),
    (
        "Syria released a Jordanian cameraman.",
        E("retreatsFrom", "syria", "jordan"),
    ),
    (
        "Rebels in Sierra Leone freed 300 Zambian peacekeepers.",
        E("retreatsFrom", "sierra-leone", "zambia"),
    ),
    (
        "Libya freed eight Chadian peacekeepers.",
        E("retreatsFrom", "libya", "chad"),
    ),
    (
        "Iran freed the British marines it had seized.",
        E("retreatsFrom", "iran", "united-kingdom"),
    ),
    (
        "Iran released ten American marines.",
        E("retreatsFrom", "iran", "united-states"),
    ),
    (
        "Syria freed three Turkish servicemen.",
        E("retreatsFrom", "syria", "turkey"),
    ),
    (
        "Serbia released three Macedonian policemen.",
        E("retreatsFrom", "serbia", "north-macedonia"),
    ),
    (
        "Syria freed three Turkish hikers.",
        E("retreatsFrom", "syria", "turkey"),
    ),
    (
        "Rebels in Angola released two Portuguese backpackers.",
        E("retreatsFrom", "angola", "portugal"),
    ),
    (
        "Laos released two Australian backpackers.",
        E("retreatsFrom", "laos", "australia"),
    ),
    # RETREAT: pressure lifted (class `pressure`: freeze, cordon, encirclement); frozen
    # money released (class `frozen`); a way
    # reopened or closed (class `passage`: pass); relief let in (class `relief_traffic`:
    # shipment, humanitarian); forces leaving (class `troops`: paratroopers, commandos,
    # mercenaries, warships).
    (
        "The United States lifted the freeze on Iranian assets.",
        E("retreatsFrom", "united-states", "iran"),
    ),
    (
        "Britain lifted its freeze on Argentine assets.",
        E("retreatsFrom", "united-kingdom", "argentina"),
    ),
    (
        "Serb forces lifted the cordon around the Bosnian town of Bihac.",
        E("retreatsFrom", "serbia", "bosnia-and-herzegovina"),
    ),
    (
        "South Korea released frozen funds to Iran.",
        E("retreatsFrom", "south-korea", "iran"),
    ),
    (
        "The United States released frozen Afghan assets.",
        E("retreatsFrom", "united-states", "afghanistan"),
    ),
    (
        "Switzerland released the frozen assets of the Philippine government.",
        E("retreatsFrom", "switzerland", "philippines"),
    ),
    (
        "The European Union unblocked frozen Syrian assets.",
        E("retreatsFrom", "european-union", "syria"),
    ),
    (
        "Canada unblocked frozen Venezuelan funds.",
        E("retreatsFrom", "canada", "venezuela"),
    ),
    (
        "Israel lifted the cordon around the Palestinian town of Jenin.",
        E("retreatsFrom", "israel", "palestine"),
    ),
    (
        "Nigerian troops lifted the encirclement of the Cameroonian village.",
        E("retreatsFrom", "nigeria", "cameroon"),
    ),
    (
        "Russian troops lifted their encirclement of the Georgian town of Gori.",
        E("retreatsFrom", "russia", "georgia"),
    ),
    (
        "Pakistan reopened the Khyber Pass to Afghan trucks.",
        E("retreatsFrom", "pakistan", "afghanistan"),
    ),
    (
        "Pakistan reopened the Khyber Pass to NATO supply convoys.",
        E("retreatsFrom", "pakistan", "nato"),
    ),
    (
        "Pakistan closed the Khyber Pass to NATO convoys.",
        E("coerces", "pakistan", "nato"),
    ),
    (
        "French paratroopers left Chad.",
        E("retreatsFrom", "france", "chad"),
    ),
    (
        "Belgian paratroopers left Rwanda.",
        E("retreatsFrom", "belgium", "rwanda"),
    ),
    (
        "Wagner mercenaries left Mali.",
        E("retreatsFrom", "wagner-group", "mali"),
    ),
    (
        "South African mercenaries left Angola.",
        E("retreatsFrom", "south-africa", "angola"),
    ),
    (
        "The last American warships left Subic Bay in the Philippines.",
        E("retreatsFrom", "united-states", "philippines"),
    ),
    (
        "Russian warships left the Syrian port of Tartus.",
        E("retreatsFrom", "russia", "syria"),
    ),
    (
        "Egyptian commandos left Cyprus.",
        E("retreatsFrom", "egypt", "cyprus"),
    ),
    (
        "Turkish commandos left northern Iraq.",
        E("retreatsFrom", "turkey", "iraq"),
    ),
    (
        "Israel allowed humanitarian shipments into Gaza.",
        E("retreatsFrom", "israel", "gaza-strip"),
    ),
    (
        "Azerbaijan allowed humanitarian cargo into Nagorno-Karabakh.",
        E("retreatsFrom", "azerbaijan", "nagorno-karabakh"),
    ),
    (
        "Israel permitted shipments of cement into Gaza.",
        E("retreatsFrom", "israel", "gaza-strip"),
    ),
    (
        "Serbia allowed humanitarian teams into Kosovo.",
        E("retreatsFrom", "serbia", "kosovo"),
    ),
    # ASSAULT: explosives (class `explosives`: dynamite, Semtex, TNT); dynamite with no
    # doer named (classes `attack_means`, `unconventional_means`).
    (
        "ETA planted dynamite outside a Spanish police barracks.",
        E("assaults", "eta", "spain"),
    ),
    (
        "The IRA planted dynamite near a British army base.",
        E("assaults", "ira", "united-kingdom"),
    ),
    (
        "The IRA planted Semtex outside a British army barracks.",
        E("assaults", "ira", "united-kingdom"),
    ),
    (
        "The PKK detonated Semtex near a Turkish army convoy.",
        E("assaults", "pkk", "turkish-armed-forces"),
    ),
    (
        "The Shining Path planted TNT outside the Peruvian congress.",
        E("assaults", "shining-path", "peru"),
    ),
    (
        "Hamas militants detonated TNT near an Israeli army post.",
        E("assaults", "hamas", "idf"),
    ),
    (
        "Dynamite exploded outside a police station in Bogota.",
        E("assaults", "unidentified:col", "colombia"),
    ),
    (
        "A dynamite charge exploded outside a police station in Lima.",
        E("assaults", "unidentified:per", "peru"),
    ),
    (
        "A dynamite blast killed three Bolivian soldiers in Cochabamba.",
        E("assaults", "unidentified:bol", "bolivia"),
    ),
    # PROTEST: strikers (class `strikers`).
    (
        "Pakistani lawyers struck against the government on Monday.",
        E("protestsAgainst", "pakistan", "pakistan"),
    ),
    (
        "Nigerian lawyers went on strike in Lagos.",
        E("protestsAgainst", "nigeria", "nigeria"),
    ),
    (
        "Greek air traffic controllers struck on Tuesday.",
        E("protestsAgainst", "greece", "greece"),
    ),
    (
        "Polish steelworkers went on strike in Nowa Huta.",
        E("protestsAgainst", "poland", "poland"),
    ),
    (
        "Bangladeshi physicians struck against the health ministry.",
        E("protestsAgainst", "bangladesh", "bangladesh"),
    ),
    (
        "British railwaymen struck over pay.",
        E("protestsAgainst", "united-kingdom", "united-kingdom"),
    ),
    (
        "Spanish air traffic controllers went on strike.",
        E("protestsAgainst", "spain", "spain"),
    ),
    (
        "South Korean steelworkers struck against the government.",
        E("protestsAgainst", "south-korea", "south-korea"),
    ),
    (
        "Kenyan physicians went on strike in Nairobi.",
        E("protestsAgainst", "kenya", "kenya"),
    ),
    (
        "Indian railwaymen went on strike.",
        E("protestsAgainst", "india", "india"),
    ),
    (
        "Australian dockworkers went on strike against the government.",
        E("protestsAgainst", "australia", "australia"),
    ),
    (
        "American longshoremen went on strike.",
        E("protestsAgainst", "united-states", "united-states"),
    ),
    (
        "German metalworkers struck on Monday.",
        E("protestsAgainst", "germany", "germany"),
    ),
    (
        "Nigerian lecturers went on strike against the government.",
        E("protestsAgainst", "nigeria", "nigeria"),
    ),
    (
        "Chilean dockworkers went on strike in Valparaiso.",
        E("protestsAgainst", "chile", "chile"),
    ),
    (
        "Canadian longshoremen struck against the government.",
        E("protestsAgainst", "canada", "canada"),
    ),
    (
        "Brazilian metalworkers went on strike in Sao Paulo.",
        E("protestsAgainst", "brazil", "brazil"),
    ),
    (
        "Kenyan lecturers struck over pay.",
        E("protestsAgainst", "kenya", "kenya"),
    ),
    # PROTEST: activists as protesters, who occupy, besiege, firebomb; crowds storming,
    # besieging, ransacking (class `rioters`: farmers, peasants, villagers, workers,
    # miners, pensioners, mourners, hardliners); effigies and flags burned; walking off
    # the job; petrol bombs; exits blocked (class `passage`).
    (
        "Activists stormed the French embassy in Niamey.",
        E("protestsAgainst", "niger", "france"),
    ),
    (
        "Egyptian activists stormed the Israeli embassy in Cairo.",
        E("protestsAgainst", "egypt", "israel"),
    ),
    (
        "Tibetan activists clashed with Chinese police in Kathmandu.",
        E("protestsAgainst", "tibet", "china"),
    ),
    (
        "Iranian demonstrators besieged the British embassy in Tehran.",
        E("protestsAgainst", "iran", "united-kingdom"),
    ),
    (
        "Pakistani demonstrators besieged the Danish embassy in Islamabad.",
        E("protestsAgainst", "pakistan", "denmark"),
    ),
    (
        "Serbian protesters occupied the American cultural centre in Belgrade.",
        E("protestsAgainst", "serbia", "united-states"),
    ),
    (
        "Greenpeace activists occupied a Japanese whaling ship.",
        E("protestsAgainst", "org:greenpeace", "japan"),
    ),
    (
        "Indian farmers besieged the parliament in New Delhi.",
        E("protestsAgainst", "india", "india"),
    ),
    (
        "French farmers stormed the agriculture ministry in Paris.",
        E("protestsAgainst", "france", "france"),
    ),
    (
        "Bolivian peasants besieged the governor's office in Cochabamba.",
        E("protestsAgainst", "bolivia", "bolivia"),
    ),
    (
        "Egyptian villagers ransacked the police station in Minya.",
        E("protestsAgainst", "egypt", "egypt"),
    ),
    (
        "Bangladeshi workers ransacked garment factories outside Dhaka.",
        E("protestsAgainst", "bangladesh", "bangladesh"),
    ),
    (
        "South Korean workers stormed the Hyundai headquarters in Seoul.",
        E("protestsAgainst", "south-korea", "org:hyundai"),
    ),
    (
        "Chilean miners besieged the mining ministry in Santiago.",
        E("protestsAgainst", "chile", "chile"),
    ),
    (
        "Russian pensioners besieged the town hall in Khimki.",
        E("protestsAgainst", "russia", "russia"),
    ),
    (
        "Angry mourners ransacked the police headquarters in Lahore.",
        E("protestsAgainst", "pakistan", "pakistan"),
    ),
    (
        "Brazilian peasants stormed the agriculture ministry in Brasilia.",
        E("protestsAgainst", "brazil", "brazil"),
    ),
    (
        "Angry Albanian villagers stormed the police station in Vlora.",
        E("protestsAgainst", "albania", "albania"),
    ),
    (
        "Bolivian miners stormed the parliament in La Paz.",
        E("protestsAgainst", "bolivia", "bolivia"),
    ),
    (
        "Argentine pensioners stormed the labour ministry in Buenos Aires.",
        E("protestsAgainst", "argentina", "argentina"),
    ),
    (
        "Palestinian mourners stormed the Israeli checkpoint near Ramallah.",
        E("protestsAgainst", "palestine", "israel"),
    ),
    (
        "Iranian hardliners stormed the Saudi embassy in Tehran.",
        E("protestsAgainst", "iran", "saudi-arabia"),
    ),
    (
        "Iranian hardliners besieged the British embassy in Tehran.",
        E("protestsAgainst", "iran", "united-kingdom"),
    ),
    (
        "Greek rioters firebombed the Turkish consulate in Thessaloniki.",
        E("protestsAgainst", "greece", "turkey"),
    ),
    (
        "Turkish students firebombed the Greek consulate in Istanbul.",
        E("protestsAgainst", "turkey", "greece"),
    ),
    (
        "Pakistani Islamists burned an effigy of the American president in Karachi.",
        E("protestsAgainst", "pakistan", "united-states"),
    ),
    (
        "Nepalese villagers burned an effigy of the Indian prime minister.",
        E("protestsAgainst", "nepal", "india"),
    ),
    (
        "Thai villagers burned Cambodian flags at the border.",
        E("protestsAgainst", "thailand", "cambodia"),
    ),
    (
        "Iranian students trampled American flags in Tehran.",
        E("protestsAgainst", "iran", "united-states"),
    ),
    (
        "Polish shipyard workers walked off the job in Gdansk.",
        E("protestsAgainst", "poland", "poland"),
    ),
    (
        "Nigerian oil workers walked off the job in Port Harcourt.",
        E("protestsAgainst", "nigeria", "nigeria"),
    ),
    (
        "Greek students hurled petrol bombs at riot police in Athens.",
        E("protestsAgainst", "greece", "greece"),
    ),
    (
        "Albanian youths hurled petrol bombs at Serbian police in Pristina.",
        E("protestsAgainst", "albania", "serbia"),
    ),
    (
        "Thai protesters blocked the exits of the parliament in Bangkok.",
        E("protestsAgainst", "thailand", "thailand"),
    ),
    (
        "Armenian demonstrators blocked the exits of the government building in Yerevan.",
        E("protestsAgainst", "armenia", "armenia"),
    ),
    (
        "Georgian students blocked the exits of the parliament in Tbilisi.",
        E("protestsAgainst", "georgia", "georgia"),
    ),
    # DISAPPROVE: chide, excoriate, pillory, rail against; calling or terming someone's
    # deed or claim illegal, groundless, a provocation ... (class `insults`).
    (
        "Iran chided Saudi Arabia over its oil policy.",
        E("criticizes", "iran", "saudi-arabia"),
    ),
    (
        "Beijing chided Manila for the naval incident.",
        E("criticizes", "china", "philippines"),
    ),
    (
        "Turkey excoriated Sweden over the Koran burning.",
        E("criticizes", "turkey", "sweden"),
    ),
    (
        "Cuba excoriated the United States over the embargo.",
        E("criticizes", "cuba", "united-states"),
    ),
    (
        "The Kremlin pilloried NATO for its expansion.",
        E("criticizes", "russia", "nato"),
    ),
    (
        "Iran pilloried Britain over its arms sales.",
        E("criticizes", "iran", "united-kingdom"),
    ),
    (
        "Israel pilloried the United Nations for its report.",
        E("criticizes", "israel", "united-nations"),
    ),
    (
        "France railed against American trade barriers.",
        E("criticizes", "france", "united-states"),
    ),
    (
        "Venezuela railed against the United States at the summit.",
        E("criticizes", "venezuela", "united-states"),
    ),
    (
        "Iran called the American sanctions illegal.",
        E("criticizes", "iran", "united-states"),
    ),
    (
        "Spain called the Catalan independence referendum illegal.",
        E("criticizes", "spain", "catalonia"),
    ),
    (
        "Russia called the British decision unacceptable.",
        E("criticizes", "russia", "united-kingdom"),
    ),
    (
        "China called the Japanese decision unacceptable.",
        E("criticizes", "china", "japan"),
    ),
    (
        "China termed the American report groundless.",
        E("criticizes", "china", "united-states"),
    ),
    (
        "Syria called the Israeli accusations groundless.",
        E("criticizes", "syria", "israel"),
    ),
    (
        "Pakistan described the Indian claims as baseless.",
        E("criticizes", "pakistan", "india"),
    ),
    (
        "Iraq called the Kuwaiti charges baseless.",
        E("criticizes", "iraq", "kuwait"),
    ),
    (
        "Israel called the UN report biased.",
        E("criticizes", "israel", "united-nations"),
    ),
    (
        "Sudan called the American human rights report biased.",
        E("criticizes", "sudan", "united-states"),
    ),
    (
        "Moscow called the Georgian demands absurd.",
        E("criticizes", "russia", "georgia"),
    ),
    (
        "Tehran called the French proposal absurd.",
        E("criticizes", "iran", "france"),
    ),
    (
        "Germany called the Russian threats irresponsible.",
        E("criticizes", "germany", "russia"),
    ),
    (
        "Japan called the Chinese naval maneuvers irresponsible.",
        E("criticizes", "japan", "china"),
    ),
    (
        "South Korea called the North Korean drills provocative.",
        E("criticizes", "south-korea", "north-korea"),
    ),
    (
        "Athens termed the Turkish naval exercise provocative.",
        E("criticizes", "greece", "turkey"),
    ),
    (
        "Japan called the Chinese incursion a provocation.",
        E("criticizes", "japan", "china"),
    ),
    (
        "China described the American arms sale as a provocation.",
        E("criticizes", "china", "united-states"),
    ),
    (
        "Syria called the Israeli raid a crime.",
        E("criticizes", "syria", "israel"),
    ),
    (
        "Iraq called the American embargo a crime against humanity.",
        E("criticizes", "iraq", "united-states"),
    ),
    (
        "Russia called the Ukrainian government a junta.",
        E("criticizes", "russia", "ukraine"),
    ),
    (
        "Cuba described the Chilean government as a junta.",
        E("criticizes", "cuba", "chile"),
    ),
    (
        "China called the American report propaganda.",
        E("criticizes", "china", "united-states"),
    ),
    (
        "Moscow called the British dossier propaganda.",
        E("criticizes", "russia", "united-kingdom"),
    ),
    (
        "India called the Pakistani statement interference in its internal affairs.",
        E("criticizes", "india", "pakistan"),
    ),
    (
        "China termed the American statement interference in its affairs.",
        E("criticizes", "china", "united-states"),
    ),
    (
        "Iraq called the American charges a lie.",
        E("criticizes", "iraq", "united-states"),
    ),
    (
        "Iran called the Israeli claims a lie.",
        E("criticizes", "iran", "israel"),
    ),
    (
        "Zimbabwe called the British report a farce.",
        E("criticizes", "zimbabwe", "united-kingdom"),
    ),
    (
        "Russia called the Ukrainian referendum a farce.",
        E("criticizes", "russia", "ukraine"),
    ),
    # THREATEN: a vowed response named harsh, befitting, devastating, merciless (class
    # `reprisals`).
    (
        "India promised a befitting reply to Pakistan.",
        E("threatens", "india", "pakistan"),
    ),
    (
        "Pakistan vowed a befitting response to India.",
        E("threatens", "pakistan", "india"),
    ),
    (
        "Israel vowed a harsh response against Hezbollah.",
        E("threatens", "israel", "hezbollah"),
    ),
    (
        "China promised a harsh response to Japan.",
        E("threatens", "china", "japan"),
    ),
    (
        "Iran vowed a devastating response against Israel.",
        E("threatens", "iran", "israel"),
    ),
    (
        "North Korea promised a devastating response to South Korea.",
        E("threatens", "north-korea", "south-korea"),
    ),
    (
        "Russia vowed a merciless response against Chechen rebels.",
        E("threatens", "russia", "chechnya"),
    ),
    (
        "Syria vowed a merciless response to Israel.",
        E("threatens", "syria", "israel"),
    ),
    # FIGHT: ships sunk (class `vessels`: warship, frigate, destroyer, cruiser); mortars
    # fired and sold (class `arms`).
    (
        "Russia sank a Ukrainian patrol boat.",
        E("attacks", "russia", "ukraine"),
    ),
    (
        "A British submarine sank the Argentine cruiser General Belgrano.",
        E("attacks", "united-kingdom", "argentina"),
    ),
    (
        "Ukraine sank a Russian cruiser in the Black Sea.",
        E("attacks", "ukraine", "russia"),
    ),
    (
        "Iraqi warplanes sank an Iranian frigate in the Gulf.",
        E("attacks", "iraq", "iran"),
    ),
    (
        "India sank a Pakistani frigate.",
        E("attacks", "india", "pakistan"),
    ),
    (
        "Ukraine sank a Russian landing ship in the Black Sea.",
        E("attacks", "ukraine", "russia"),
    ),
    (
        "Argentine jets sank a British destroyer off the Falklands.",
        E("attacks", "argentina", "united-kingdom"),
    ),
    (
        "Egypt sank an Israeli destroyer in 1967.",
        E("attacks", "egypt", "israel"),
    ),
    (
        "Iraq sank an Iranian warship in the Gulf.",
        E("attacks", "iraq", "iran"),
    ),
    (
        "Ukrainian drones sank a Russian warship near Crimea.",
        E("attacks", "ukraine", "russia"),
    ),
    (
        "Pakistan fired mortar rounds into Indian villages.",
        E("attacks", "pakistan", "india"),
    ),
    (
        "Armenian forces fired mortar rounds at Azerbaijani positions.",
        E("attacks", "armenia", "azerbaijan"),
    ),
    (
        "Bulgaria sold mortars to Rwanda.",
        E("sellsArmsTo", "bulgaria", "rwanda"),
    ),
    (
        "Belgium sold mortars to Rwanda.",
        E("sellsArmsTo", "belgium", "rwanda"),
    ),
    # AGREE: a compromise signed (class `agreement`).
    (
        "Serbia signed the compromise with Kosovo.",
        E("signsAgreementWith", "serbia", "kosovo"),
    ),
    (
        "Bolivia signed a compromise with Chile.",
        E("signsAgreementWith", "bolivia", "chile"),
    ),
    # COERCE: outlets closed (class `outlets`: bureau); broadcasts jammed (class
    # `transmissions`); migrants pushed back (class `returnees`).
    (
        "Sudanese authorities closed the Khartoum bureau of the BBC on Monday.",
        E("coerces", "sudan", "org:bbc"),
    ),
    (
        "India closed the Delhi bureau of a Chinese news agency.",
        E("coerces", "india", "china"),
    ),
    (
        "China jammed Voice of America broadcasts.",
        E("coerces", "china", "united-states"),
    ),
    (
        "Iran jammed BBC Persian broadcasts.",
        E("coerces", "iran", "org:bbc"),
    ),
    (
        "The Soviet Union jammed Radio Liberty transmissions.",
        E("coerces", "soviet-union", "org:radio-liberty"),
    ),
    (
        "East Germany jammed West German television transmissions.",
        E("coerces", "east-germany", "germany"),
    ),
    (
        "Cuba jammed the signals of American radio stations.",
        E("coerces", "cuba", "united-states"),
    ),
    (
        "Russia jammed the signals of Ukrainian television.",
        E("coerces", "russia", "ukraine"),
    ),
    (
        "Thailand pushed back Cambodian refugees across the border.",
        E("coerces", "thailand", "cambodia"),
    ),
    (
        "Greece pushed back Turkish migrants.",
        E("coerces", "greece", "turkey"),
    ),
    (
        "Italy pushed back Libyan migrants at sea.",
        E("coerces", "italy", "libya"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEADS, ids=_ids(LEADS))
def test_wire_leads_word_classes(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# Words near an added member that must not be read so.
NOT = [
    # A "marine" research vessel is no force ("marines" is).
    (
        "Norway sent a marine research vessel toward the Russian coast.",
        E("mobilizesAgainst", "norway", "russia"),
    ),
    # An army cutting supply lines to a town besieges it; it sanctions no one.
    (
        "The Syrian army cut supply lines to the rebel-held town of Aleppo.",
        E("sanctions", "syrian-arab-army", "syria"),
    ),
    # Ending a back channel ends talks; it closes no outlet.
    (
        "Iran closed a back channel to Washington.",
        E("coerces", "iran", "iran"),
    ),
    # Corn and fertiliser are shipped by trade; a new terminal is built, not reopened;
    # a ban on imports sanctions, it coerces no one; pushing migrants back demands
    # nothing; crowds jamming streets jam no broadcast; villagers or farmers fighting
    # troops fight (only rioting makes them a crowd); police burning flags protest
    # nothing; petrol bombs thrown at police are a riot, no armed attack; promised
    # "forceful" support threatens no one; forces sent to an ally or a hospital ship to
    # a neighbour are aimed at no one; hosting refugees is no meeting; released
    # information is no aid; a firm's unit or a think tank leaving a country is no
    # retreat of forces; farmers burning stubble or occupying land riot against no one;
    # unions or lawyers striking a deal stop no work; combat engineers are no aid; a
    # state keeping its marines or peacekeepers abroad holds no captives; releasing
    # frozen funds lifts a freeze, it gives no aid; striking a compromise is no strike.
    (
        "Ukraine shipped corn to China.",
        E("aids", "ukraine", "china"),
    ),
    (
        "Russia shipped fertiliser to India.",
        E("aids", "russia", "india"),
    ),
    (
        "The United States imposed an import ban on Ugandan coffee.",
        E("coerces", "united-states", "uganda"),
    ),
    (
        "Greece pushed back Turkish migrants.",
        E("demands", "greece", "turkey"),
    ),
    (
        "Thousands of Iraqi pilgrims jammed the streets of Karbala.",
        E("coerces", "iraq", "iraq"),
    ),
    (
        "Afghan villagers fought the Taliban in Ghazni.",
        E("protestsAgainst", "afghanistan", "afghanistan"),
    ),
    (
        "Ukrainian farmers battled Russian troops near Kherson.",
        E("protestsAgainst", "ukraine", "ukraine"),
    ),
    (
        "Israeli police burned Palestinian flags.",
        E("protestsAgainst", "israel", "palestine"),
    ),
    (
        "Greek students hurled petrol bombs at riot police in Athens.",
        E("attacks", "greece", "greece"),
    ),
    (
        "Japan promised forceful support for Ukraine.",
        E("threatens", "japan", "ukraine"),
    ),
    (
        "The United States increased its military presence in Poland.",
        E("mobilizesAgainst", "united-states", "poland"),
    ),
    (
        "Lebanon sent a naval hospital ship to Cyprus.",
        E("mobilizesAgainst", "lebanon", "cyprus"),
    ),
    (
        "The United States hosted Afghan refugees.",
        E("consults", "united-states", "afghanistan"),
    ),
    (
        "The Pentagon released information about Iranian drones.",
        E("aids", "us-department-of-defense", "iran"),
    ),
    (
        "The American think tank left Moscow.",
        E("retreatsFrom", "united-states", "russia"),
    ),
    (
        "The German unit of Siemens left Russia.",
        E("retreatsFrom", "germany", "russia"),
    ),
    (
        "Indian farmers burned crop stubble in Punjab.",
        E("protestsAgainst", "india", "india"),
    ),
    (
        "Brazilian farmers occupied land in the Amazon.",
        E("protestsAgainst", "brazil", "org:amazon"),
    ),
    (
        "French unions struck a deal with the government.",
        E("protestsAgainst", "france", "france"),
    ),
    (
        "Lawyers for the Iranian government struck a deal with Britain.",
        E("protestsAgainst", "iran", "iran"),
    ),
    (
        "Israel sent combat engineers into Gaza.",
        E("aids", "israel", "gaza-strip"),
    ),
    (
        "The United States kept 20,000 marines in Okinawa.",
        E("coerces", "united-states", "japan"),
    ),
    (
        "Britain keeps peacekeepers in Cyprus.",
        E("coerces", "united-kingdom", "cyprus"),
    ),
    (
        "South Korea released frozen funds to Iran.",
        E("aids", "south-korea", "iran"),
    ),
    (
        "Israel struck a compromise with Hamas.",
        E("attacks", "israel", "hamas"),
    ),
    (
        "Greece and Turkey struck a compromise over Cyprus.",
        E("attacks", "greece", "cyprus"),
    ),
    (
        "Turkey opened a new passenger terminal with Azerbaijani funding.",
        E("retreatsFrom", "turkey", "azerbaijan"),
    ),
]


@pytest.mark.parametrize(("text", "absent"), NOT, ids=_ids(NOT))
def test_near_words_are_not_read(extract, text: str, absent: Expect) -> None:
    check(extract(text), (), (absent,))
