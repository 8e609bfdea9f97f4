"""REJECT, THREATEN and DISAPPROVE in wire leads (helper rj): refusing, vetoing,
denying, ruling out, defying (CAMEO 12), threats, warnings and ultimatums (13),
criticism, accusations, blame, protests and summoned envoys (11). Leads of our own in
the style of 1975-2005 wire copy (not gold records), with the other side named in
less usual places and long frames ("rejected as interference ... a U.S. demand",
"warned Pakistan it would ...", "blamed the violence on ...", "accused X, which it
said ..."), and doers that are IGOs, officials by title, newspapers or groups. Each
is checked as the scorer codes it: (source code, PLOVER type, target code). Then the
general rules the leads needed (RULES), each with sentences of its own and, where a
wrong reading could come in, a guard."""

from __future__ import annotations

import pytest

from geograph.evaluate import found_triples
from geograph.model import Mention
from relations_util import row_ids


def _coded(mentions: list[Mention]) -> tuple[tuple[str, str, str], ...]:
    return found_triples(mentions, "plover")


# (lead, (source code, PLOVER type, target code))
LEADS = [
    (
        "Israel came under sharp criticism from Egypt for its raid on the Gaza Strip.",
        ("EGY", "DISAPPROVE", "ISR"),
    ),
    ("Turkey's plan drew a strong rebuke from Greece.", ("GRC", "DISAPPROVE", "TUR")),
    (
        "The United States was accused by Nicaragua of mining its harbors.",
        ("NIC", "DISAPPROVE", "USA"),
    ),
    (
        "Iraq was condemned by the Arab League for its invasion of Kuwait.",
        ("IGO", "DISAPPROVE", "IRQ"),
    ),
    (
        "U.N. Secretary-General Kofi Annan criticized Israel for its use of force in the West "
        "Bank.",
        ("IGO", "DISAPPROVE", "ISR"),
    ),
    (
        "A Foreign Ministry spokesman in Beijing accused Washington of double standards on human "
        "rights.",
        ("CHN", "DISAPPROVE", "USA"),
    ),
    (
        "The White House spokesman warned Moscow against any military action in Lithuania.",
        ("USA", "THREATEN", "RUS"),
    ),
    (
        "In a statement carried by the official news agency, Syria rejected the Israeli offer of "
        "talks.",
        ("SYR", "REJECT", "ISR"),
    ),
    ("Israel's rejection of the Syrian peace offer angered Damascus.", ("ISR", "REJECT", "SYR")),
    ("Egypt issued a stern warning to Sudan over the border dispute.", ("EGY", "THREATEN", "SDN")),
    (
        "Vietnam rejected China's sovereignty claims over the Spratly islands.",
        ("VNM", "REJECT", "CHN"),
    ),
    ("Tehran dismissed the U.S. accusations as lies.", ("IRN", "REJECT", "USA")),
    (
        "The Kremlin dismissed as nonsense American claims that Russian troops were in Georgia.",
        ("RUS", "REJECT", "USA"),
    ),
    (
        "Iraq's Revolutionary Command Council rejected the Security Council resolution.",
        ("IRQ", "REJECT", "IGO"),
    ),
    (
        "Zambia's President Kenneth Kaunda accused South Africa of destabilizing its neighbors.",
        ("ZMB", "DISAPPROVE", "ZAF"),
    ),
    (
        "The Organization of the Islamic Conference condemned India for the destruction of the "
        "mosque at Ayodhya.",
        ("IGO", "DISAPPROVE", "IND"),
    ),
    (
        "A government newspaper in Hanoi accused China of provoking border clashes.",
        ("VNM", "DISAPPROVE", "CHN"),
    ),
    (
        "The official Iraqi News Agency accused Iran of shelling Basra.",
        ("IRQ", "DISAPPROVE", "IRN"),
    ),
    (
        "Chinese Foreign Minister Qian Qichen warned the United States against selling F-16 "
        "fighters to Taiwan.",
        ("CHN", "THREATEN", "USA"),
    ),
    (
        "The Indian government on Tuesday warned Sri Lanka not to use force against the Tamils.",
        ("IND", "THREATEN", "LKA"),
    ),
    (
        "Nicaragua's leftist government accused the CIA of plotting to assassinate its leaders.",
        ("NIC", "DISAPPROVE", "USA"),
    ),
    (
        "The U.S. Senate condemned China's crackdown on pro-democracy protesters.",
        ("USA", "DISAPPROVE", "CHN"),
    ),
    (
        "Japan refused South Korean demands for compensation for wartime forced labor.",
        ("JPN", "REJECT", "KOR"),
    ),
    ("The Contra rebels refused to lay down their arms.", ("NIC", "REJECT", "NIC")),
    (
        "The Sandinistas accused Honduras of allowing the Contras to use its territory.",
        ("NIC", "DISAPPROVE", "HND"),
    ),
    (
        "Jordan's King Hussein rejected an Israeli demand that he negotiate directly.",
        ("JOR", "REJECT", "ISR"),
    ),
    (
        "Britain and the United States vetoed a Security Council call for sanctions against "
        "South Africa.",
        ("GBR", "REJECT", "IGO"),
    ),
    (
        "Iran's supreme leader Ayatollah Ali Khamenei ruled out talks with the United States.",
        ("IRN", "REJECT", "USA"),
    ),
    ("The Vatican refused to grant asylum to General Manuel Noriega.", ("VAT", "REJECT", "PAN")),
    ("Bolivia refused a Chilean offer of a corridor to the sea.", ("BOL", "REJECT", "CHL")),
    (
        "President Saddam Hussein warned the United States that Iraq would turn the Gulf into a "
        "graveyard.",
        ("IRQ", "THREATEN", "USA"),
    ),
    (
        "Syria warned Turkey that it would not accept the damming of the Euphrates.",
        ("SYR", "THREATEN", "TUR"),
    ),
    (
        "The Khmer Rouge warned Thailand to stop supplying arms to the Cambodian government.",
        ("KHM", "THREATEN", "THA"),
    ),
    (
        "Ecuador accused Peru of violating the cease-fire along their disputed border.",
        ("ECU", "DISAPPROVE", "PER"),
    ),
    (
        "Peru in turn accused Ecuador of launching an attack on its border posts.",
        ("PER", "DISAPPROVE", "ECU"),
    ),
    (
        "The Sudanese government blamed the United States for the destruction of the "
        "pharmaceutical plant.",
        ("SDN", "DISAPPROVE", "USA"),
    ),
    (
        "Iran summoned the French ambassador to protest against the sale of Mirage jets to Iraq.",
        ("IRN", "DISAPPROVE", "FRA"),
    ),
    (
        "Seoul's foreign ministry lodged a protest with Japan over the textbooks.",
        ("KOR", "DISAPPROVE", "JPN"),
    ),
    (
        "Algeria denied Moroccan charges that it was arming the Polisario Front.",
        ("DZA", "REJECT", "MAR"),
    ),
    (
        "The Soviet Union denied U.S. reports that it had used chemical weapons in Afghanistan.",
        ("RUS", "REJECT", "USA"),
    ),
    (
        "China on Thursday denied accusations by Amnesty International that it tortures prisoners.",
        ("CHN", "REJECT", "NGO"),
    ),
    (
        "The European Community criticized Washington's decision to impose tariffs on European "
        "steel.",
        ("IGO", "DISAPPROVE", "USA"),
    ),
    (
        "Chad accused Libya, which occupies the Aouzou Strip, of planning a new offensive.",
        ("TCD", "DISAPPROVE", "LBY"),
    ),
    (
        "Iraq accused Kuwait, which it said was stealing its oil, of waging economic war.",
        ("IRQ", "DISAPPROVE", "KWT"),
    ),
    (
        "Uganda rejected as false Sudanese accusations that its troops had crossed the border.",
        ("UGA", "REJECT", "SDN"),
    ),
    (
        "The Greek prime minister warned Turkey of a strong response to any violation of Greek "
        "airspace.",
        ("GRC", "THREATEN", "TUR"),
    ),
    ("Albania accused Serbia of massing troops on its border.", ("ALB", "DISAPPROVE", "SRB")),
    (
        "Iran rejected a European proposal offering Tehran nuclear fuel.",
        ("IRN", "REJECT", "IGO"),
    ),
    (
        "China rejected as interference in its internal affairs a U.S. demand that it release "
        "political prisoners.",
        ("CHN", "REJECT", "USA"),
    ),
    (
        "Iran on Tuesday rejected a European Union proposal to suspend uranium enrichment.",
        ("IRN", "REJECT", "IGO"),
    ),
    (
        "Syria turned down a French offer to mediate in its dispute with Lebanon.",
        ("SYR", "REJECT", "FRA"),
    ),
    (
        "The Soviet Union vetoed a Security Council resolution condemning its intervention in "
        "Afghanistan.",
        ("RUS", "REJECT", "IGO"),
    ),
    ("The United States vetoed a U.N. resolution critical of Israel.", ("USA", "REJECT", "IGO")),
    ("Israel rejected Egyptian calls for a freeze on settlements.", ("ISR", "REJECT", "EGY")),
    (
        "Prime Minister Nawaz Sharif rejected an Indian proposal for talks on Kashmir.",
        ("PAK", "REJECT", "IND"),
    ),
    (
        "North Korea refused to allow U.N. inspectors into its nuclear sites.",
        ("PRK", "REJECT", "IGO"),
    ),
    (
        "The Iraqi government denied U.N. weapons inspectors access to presidential palaces.",
        ("IRQ", "REJECT", "IGO"),
    ),
    ("Argentina ruled out talks with Britain on the Falklands.", ("ARG", "REJECT", "GBR")),
    (
        "Serbia defied a NATO ultimatum to withdraw its forces from Kosovo.",
        ("SRB", "REJECT", "IGO"),
    ),
    ("The Taliban refused a U.S. demand to hand over Osama bin Laden.", ("AFG", "REJECT", "USA")),
    ("Cuba dismissed a U.S. offer of humanitarian aid as propaganda.", ("CUB", "REJECT", "USA")),
    (
        "Libya rebuffed British demands that it hand over the two bombing suspects.",
        ("LBY", "REJECT", "GBR"),
    ),
    (
        "Turkey rejected a Greek proposal to take their dispute over the Aegean to the "
        "International Court.",
        ("TUR", "REJECT", "GRC"),
    ),
    (
        "The Palestinian Authority rejected an Israeli offer of a partial withdrawal.",
        ("PSE", "REJECT", "ISR"),
    ),
    (
        "Vietnam rejected a Chinese demand that it withdraw its troops from Cambodia.",
        ("VNM", "REJECT", "CHN"),
    ),
    (
        "Nicaragua's Sandinista government rejected a U.S. peace plan for Central America.",
        ("NIC", "REJECT", "USA"),
    ),
    ("The Kremlin rejected Japan's claim to the southern Kuril islands.", ("RUS", "REJECT", "JPN")),
    (
        "Pakistan on Monday denied Indian charges that it was arming Kashmiri militants.",
        ("PAK", "REJECT", "IND"),
    ),
    ("Greece vetoed Turkey's bid to join the European Union.", ("GRC", "REJECT", "TUR")),
    (
        "Russia's foreign minister rejected NATO's plans to expand eastward.",
        ("RUS", "REJECT", "IGO"),
    ),
    ("Egypt said it would not accept an Israeli proposal on Taba.", ("EGY", "REJECT", "ISR")),
    (
        "Iran warned the United States it would close the Strait of Hormuz if attacked.",
        ("IRN", "THREATEN", "USA"),
    ),
    (
        "India warned Pakistan it would retaliate against any cross-border attack.",
        ("IND", "THREATEN", "PAK"),
    ),
    (
        "China threatened to use force against Taiwan if it declares independence.",
        ("CHN", "THREATEN", "TWN"),
    ),
    (
        "NATO threatened Yugoslavia with air strikes unless it pulled its troops out of Kosovo.",
        ("IGO", "THREATEN", "SRB"),
    ),
    (
        "The United States threatened to impose trade sanctions on Japan.",
        ("USA", "THREATEN", "JPN"),
    ),
    ("Israel warned Syria against moving missiles into Lebanon.", ("ISR", "THREATEN", "SYR")),
    (
        "The Soviet Union warned China that it would not tolerate attacks on Vietnam.",
        ("RUS", "THREATEN", "CHN"),
    ),
    ("Iraq threatened Kuwait over its oil production.", ("IRQ", "THREATEN", "KWT")),
    (
        "The European Union threatened Austria with diplomatic isolation.",
        ("IGO", "THREATEN", "AUT"),
    ),
    ("Hamas threatened to resume suicide bombings in Israel.", ("PSE", "THREATEN", "ISR")),
    (
        "President Reagan warned Libya that the United States would respond to any new terrorist "
        "attack.",
        ("USA", "THREATEN", "LBY"),
    ),
    (
        "Britain warned Argentina that its fleet would sink any ship entering the exclusion zone.",
        ("GBR", "THREATEN", "ARG"),
    ),
    ("Washington gave Baghdad an ultimatum to disarm.", ("USA", "THREATEN", "IRQ")),
    (
        "Turkey threatened military action against Syria for harboring Kurdish rebels.",
        ("TUR", "THREATEN", "SYR"),
    ),
    (
        "Ethiopia warned Eritrea of war if it did not withdraw from the border town.",
        ("ETH", "THREATEN", "ERI"),
    ),
    (
        "The U.N. Security Council warned Iraq of serious consequences if it did not cooperate.",
        ("IGO", "THREATEN", "IRQ"),
    ),
    ("Nigeria threatened to cut oil exports to the United States.", ("NGA", "THREATEN", "USA")),
    (
        "The Khmer Rouge threatened to attack U.N. peacekeepers in Cambodia.",
        ("KHM", "THREATEN", "IGO"),
    ),
    ("China condemned the U.S. bombing of its embassy in Belgrade.", ("CHN", "DISAPPROVE", "USA")),
    (
        "France criticized the United States for its refusal to sign the Kyoto protocol.",
        ("FRA", "DISAPPROVE", "USA"),
    ),
    (
        "The Arab League condemned Israel's raid on the Palestine Liberation Organization "
        "headquarters in Tunis.",
        ("IGO", "DISAPPROVE", "ISR"),
    ),
    ("Moscow accused Washington of violating the ABM treaty.", ("RUS", "DISAPPROVE", "USA")),
    ("India accused Pakistan of training militants in Kashmir.", ("IND", "DISAPPROVE", "PAK")),
    (
        "Iran blamed the United States for the downing of its airliner.",
        ("IRN", "DISAPPROVE", "USA"),
    ),
    (
        "The Sri Lankan government blamed the bombing on the Tamil Tigers.",
        ("LKA", "DISAPPROVE", "LKA"),
    ),
    ("Pakistan blamed India for the violence in Kashmir.", ("PAK", "DISAPPROVE", "IND")),
    (
        "Israel blamed the violence on Palestinian leader Yasser Arafat.",
        ("ISR", "DISAPPROVE", "PSE"),
    ),
    (
        "Greece summoned the Turkish ambassador to protest the violation of its airspace.",
        ("GRC", "DISAPPROVE", "TUR"),
    ),
    (
        "Beijing summoned the Japanese ambassador over the textbook dispute.",
        ("CHN", "DISAPPROVE", "JPN"),
    ),
    (
        "Egypt protested to Israel over the killing of an Egyptian policeman.",
        ("EGY", "DISAPPROVE", "ISR"),
    ),
    (
        "The Vatican criticized Israel for the siege of the Church of the Nativity.",
        ("VAT", "DISAPPROVE", "ISR"),
    ),
    (
        "Amnesty International accused the Turkish police of torturing detainees.",
        ("NGO", "DISAPPROVE", "TUR"),
    ),
    (
        "The official Chinese newspaper People's Daily accused the United States of hegemonism.",
        ("CHN", "DISAPPROVE", "USA"),
    ),
    (
        "Pravda accused the United States of preparing for nuclear war.",
        ("RUS", "DISAPPROVE", "USA"),
    ),
    (
        "Prime Minister Margaret Thatcher condemned the Soviet invasion of Afghanistan.",
        ("GBR", "DISAPPROVE", "RUS"),
    ),
    (
        "Secretary of State George Shultz criticized Nicaragua for its arms buildup.",
        ("USA", "DISAPPROVE", "NIC"),
    ),
    (
        "The Organization of African Unity condemned South Africa's raid into Angola.",
        ("IGO", "DISAPPROVE", "ZAF"),
    ),
    ("Japan lodged a protest with China over the nuclear test.", ("JPN", "DISAPPROVE", "CHN")),
    (
        "Vietnam accused China, which it said had massed troops on the border, of preparing an "
        "invasion.",
        ("VNM", "DISAPPROVE", "CHN"),
    ),
    ("Cuba denounced the United States for its trade embargo.", ("CUB", "DISAPPROVE", "USA")),
    ("Syria accused Israel of trying to sabotage the peace talks.", ("SYR", "DISAPPROVE", "ISR")),
    ("The PLO condemned the Israeli air raid on its headquarters.", ("PSE", "DISAPPROVE", "ISR")),
    ("Russia criticized NATO's air strikes on Yugoslavia.", ("RUS", "DISAPPROVE", "IGO")),
    (
        "Zimbabwe's President Robert Mugabe accused Britain of trying to recolonize his country.",
        ("ZWE", "DISAPPROVE", "GBR"),
    ),
    (
        "The Indian foreign ministry blamed Pakistani intelligence for the bombings in Bombay.",
        ("IND", "DISAPPROVE", "PAK"),
    ),
    ("Angola accused South Africa of backing UNITA rebels.", ("AGO", "DISAPPROVE", "ZAF")),
    (
        "Colombia's President blamed the FARC guerrillas for the bombing.",
        ("COL", "DISAPPROVE", "COL"),
    ),
    (
        "South Korea blamed North Korea for the bombing of a South Korean airliner.",
        ("KOR", "DISAPPROVE", "PRK"),
    ),
    (
        "The Soviet news agency Tass accused the United States of interfering in Poland.",
        ("RUS", "DISAPPROVE", "USA"),
    ),
    ("The White House denounced Iran's nuclear program.", ("USA", "DISAPPROVE", "IRN")),
    ("Beijing warned Washington against selling arms to Taiwan.", ("CHN", "THREATEN", "USA")),
    (
        "Syria on Sunday rejected as unacceptable a U.S. proposal for a ceasefire in Lebanon.",
        ("SYR", "REJECT", "USA"),
    ),
    ("Iraq rejected U.N. demands that it allow inspectors back.", ("IRQ", "REJECT", "IGO")),
    (
        "The Indian government strongly rejected Pakistan's offer of talks.",
        ("IND", "REJECT", "PAK"),
    ),
    (
        "Israeli Prime Minister Yitzhak Shamir rejected the U.S. peace plan.",
        ("ISR", "REJECT", "USA"),
    ),
    ("Thailand rejected Vietnam's proposal for a regional conference.", ("THA", "REJECT", "VNM")),
    ("The Security Council condemned Iraq's invasion of Kuwait.", ("IGO", "DISAPPROVE", "IRQ")),
    (
        "The Arab League criticized Egypt for signing a peace treaty with Israel.",
        ("IGO", "DISAPPROVE", "EGY"),
    ),
    (
        "Nicaragua rejected as interference in its internal affairs a U.S. demand that it hold "
        "early elections.",
        ("NIC", "REJECT", "USA"),
    ),
    (
        "Indonesia dismissed as baseless an Australian request for an inquiry into the killings.",
        ("IDN", "REJECT", "AUS"),
    ),
    (
        "Libya denounced as an act of piracy the U.S. interception of an Egyptian airliner.",
        ("LBY", "DISAPPROVE", "USA"),
    ),
    (
        "Moscow condemned as provocative the deployment of U.S. missiles in Western Europe.",
        ("RUS", "DISAPPROVE", "USA"),
    ),
    (
        "Zambia rejected outright a Zimbabwean proposal to close the border.",
        ("ZMB", "REJECT", "ZWE"),
    ),
    (
        "The Iranian parliament rejected a European demand to stop enriching uranium.",
        ("IRN", "REJECT", "IGO"),
    ),
    (
        "A senior Chinese official warned Britain against unilateral changes in Hong Kong.",
        ("CHN", "THREATEN", "GBR"),
    ),
    (
        "The chief of the Pakistani army warned India that any attack would be met with force.",
        ("PAK", "THREATEN", "IND"),
    ),
    (
        "The Tamil Tigers threatened to pull out of peace talks with the Sri Lankan government.",
        ("LKA", "THREATEN", "LKA"),
    ),
    (
        "Hezbollah warned Israel it would attack northern Israeli towns if Israel shelled "
        "Lebanese villages.",
        ("LBN", "THREATEN", "ISR"),
    ),
    (
        "The Iraqi newspaper Babil accused Kuwait of stealing Iraqi oil.",
        ("IRQ", "DISAPPROVE", "KWT"),
    ),
    (
        "The Cuban Communist Party newspaper Granma accused Washington of plotting against Havana.",
        ("CUB", "DISAPPROVE", "USA"),
    ),
    (
        "North Korea's official newspaper Rodong Sinmun accused South Korea of preparing for war.",
        ("PRK", "DISAPPROVE", "KOR"),
    ),
    ("The Israeli army blamed Hezbollah guerrillas for the attack.", ("ISR", "DISAPPROVE", "LBN")),
    ("Washington blamed the massacre on Serb forces.", ("USA", "DISAPPROVE", "SRB")),
    (
        "The European Commission criticized Italy for its budget deficit.",
        ("IGO", "DISAPPROVE", "ITA"),
    ),
    (
        "NATO Secretary-General Javier Solana condemned the Serb attacks on Albanians in Kosovo.",
        ("IGO", "DISAPPROVE", "SRB"),
    ),
    (
        "The U.N. Human Rights Commission condemned China for its treatment of Tibetans.",
        ("IGO", "DISAPPROVE", "CHN"),
    ),
    (
        "The Foreign Ministry in Beijing accused Washington of meddling in China's internal "
        "affairs.",
        ("CHN", "DISAPPROVE", "USA"),
    ),
    (
        "The Egyptian foreign minister summoned the Israeli ambassador to protest the raid.",
        ("EGY", "DISAPPROVE", "ISR"),
    ),
    (
        "Britain summoned the Iranian charge d'affaires over the arrest of British sailors.",
        ("GBR", "DISAPPROVE", "IRN"),
    ),
    (
        "The African National Congress rejected President Botha's offer to free Nelson Mandela.",
        ("ZAF", "REJECT", "ZAF"),
    ),
    ("Mexico refused a U.S. request to extradite the drug lord.", ("MEX", "REJECT", "USA")),
    ("Turkey refused to allow American troops to cross its territory.", ("TUR", "REJECT", "USA")),
    (
        "Iran warned that it would retaliate against the United States if attacked.",
        ("IRN", "THREATEN", "USA"),
    ),
    ("Moscow warned Kiev against joining NATO.", ("RUS", "THREATEN", "UKR")),
    (
        "The U.S. State Department warned Iran against interfering in Iraq.",
        ("USA", "THREATEN", "IRN"),
    ),
    (
        "The Soviet Union accused the United States of trying to wreck the arms talks.",
        ("RUS", "DISAPPROVE", "USA"),
    ),
    (
        "Israel accused Iran, which it said was arming Hezbollah, of trying to destabilize "
        "Lebanon.",
        ("ISR", "DISAPPROVE", "IRN"),
    ),
    ("Sudan accused Eritrea of backing rebels in the east.", ("SDN", "DISAPPROVE", "ERI")),
    (
        "The Arab League rejected Israel's annexation of the Golan Heights.",
        ("IGO", "REJECT", "ISR"),
    ),
    (
        "The Security Council rejected a Libyan request to lift the air embargo.",
        ("IGO", "REJECT", "LBY"),
    ),
    (
        "The United States rejected Soviet charges that it was behind the coup.",
        ("USA", "REJECT", "RUS"),
    ),
    (
        "Iran vehemently denied U.S. accusations that it was developing nuclear weapons.",
        ("IRN", "REJECT", "USA"),
    ),
    (
        "Nepal accused Maoist rebels of killing 12 policemen.",
        ("NPL", "DISAPPROVE", "NPL"),
    ),
    (
        "Israel turned down a request by the Red Cross to visit Palestinian prisoners.",
        ("ISR", "REJECT", "NGO"),
    ),
    (
        "The Soviet Union warned the United States that deploying missiles in Europe would wreck "
        "arms talks.",
        ("RUS", "THREATEN", "USA"),
    ),
    (
        "Chinese Premier Li Peng warned Taiwan against seeking independence.",
        ("CHN", "THREATEN", "TWN"),
    ),
    (
        "The United States criticized Israel's decision to build new settlements.",
        ("USA", "DISAPPROVE", "ISR"),
    ),
    (
        "The Israeli foreign ministry lodged a formal protest with Egypt.",
        ("ISR", "DISAPPROVE", "EGY"),
    ),
    (
        "Russian President Boris Yeltsin condemned NATO's bombing of Yugoslavia.",
        ("RUS", "DISAPPROVE", "IGO"),
    ),
    ("Pope John Paul II condemned the U.S.-led war on Iraq.", ("VAT", "DISAPPROVE", "USA")),
    ("Kenya's government blamed Somali bandits for the raid.", ("KEN", "DISAPPROVE", "SOM")),
    (
        "The OAU accused Morocco of obstructing the referendum in Western Sahara.",
        ("IGO", "DISAPPROVE", "MAR"),
    ),
    ("Britain's Foreign Secretary accused Argentina of aggression.", ("GBR", "DISAPPROVE", "ARG")),
    (
        "Iraq warned Saudi Arabia and Kuwait that it would not tolerate their oil overproduction.",
        ("IRQ", "THREATEN", "SAU"),
    ),
    (
        "The United States and Britain warned Iraq of military strikes if it blocked weapons "
        "inspections.",
        ("USA", "THREATEN", "IRQ"),
    ),
    (
        "In a strongly worded statement, Beijing warned Tokyo not to interfere in the Taiwan "
        "issue.",
        ("CHN", "THREATEN", "JPN"),
    ),
    (
        "Pakistan warned on Friday that it would respond to any Indian aggression.",
        ("PAK", "THREATEN", "IND"),
    ),
    ("North Korea threatened South Korea with a sea of fire.", ("PRK", "THREATEN", "KOR")),
    (
        "The Soviet Union threatened to retaliate if the United States deployed cruise missiles "
        "in Europe.",
        ("RUS", "THREATEN", "USA"),
    ),
    (
        "Israel threatened Lebanon with massive retaliation for the Hezbollah attacks.",
        ("ISR", "THREATEN", "LBN"),
    ),
    ("The Indian army chief warned Pakistan of a befitting reply.", ("IND", "THREATEN", "PAK")),
    ("The United Nations warned Serbia that it would face sanctions.", ("IGO", "THREATEN", "SRB")),
    ("The European Union threatened to suspend aid to Zimbabwe.", ("IGO", "THREATEN", "ZWE")),
    (
        "Egypt's President Hosni Mubarak warned Israel against attacking Iraq.",
        ("EGY", "THREATEN", "ISR"),
    ),
    (
        "Hamas vowed revenge against Israel for the killing of its leader.",
        ("PSE", "THREATEN", "ISR"),
    ),
    (
        "The Tamil Tigers vowed to avenge the killing of their commander by the Sri Lankan army.",
        ("LKA", "THREATEN", "LKA"),
    ),
    ("Moscow issued a warning to Georgia over its troop movements.", ("RUS", "THREATEN", "GEO")),
    (
        "Washington issued an ultimatum to the Taliban to hand over bin Laden.",
        ("USA", "THREATEN", "AFG"),
    ),
    (
        "China accused the United States of spying after the collision of a U.S. spy plane and a "
        "Chinese fighter.",
        ("CHN", "DISAPPROVE", "USA"),
    ),
    (
        "Libya accused the United States, Britain and France of plotting against it.",
        ("LBY", "DISAPPROVE", "USA"),
    ),
    ("Syria and Iran accused Israel of aggression.", ("SYR", "DISAPPROVE", "ISR")),
    ("Ethiopia charged that Eritrean troops had crossed the border.", ("ETH", "DISAPPROVE", "ERI")),
    ("Iraq charged Iran with violating the ceasefire.", ("IRQ", "DISAPPROVE", "IRN")),
    ("Nigeria blamed Cameroon for the border clash.", ("NGA", "DISAPPROVE", "CMR")),
    (
        "Croatia held Belgrade responsible for the shelling of Dubrovnik.",
        ("HRV", "DISAPPROVE", "SRB"),
    ),
    ("The Lebanese government blamed Israel for the massacre.", ("LBN", "DISAPPROVE", "ISR")),
    ("Moscow blamed Chechen rebels for the apartment bombings.", ("RUS", "DISAPPROVE", "RUS")),
    (
        "The Ugandan government accused Sudan of arming the Lord's Resistance Army.",
        ("UGA", "DISAPPROVE", "SDN"),
    ),
    ("Seoul denounced Pyongyang for the sinking of its warship.", ("KOR", "DISAPPROVE", "PRK")),
    (
        "Tokyo lodged a strong protest with Moscow over the shooting down of the Korean airliner.",
        ("JPN", "DISAPPROVE", "RUS"),
    ),
    ("Washington expressed outrage at the Iraqi invasion of Kuwait.", ("USA", "DISAPPROVE", "IRQ")),
    (
        "Bonn sharply criticized East Germany for shooting a refugee at the Berlin Wall.",
        ("DEU", "DISAPPROVE", "DEU"),
    ),
    ("The United States deplored the Israeli raid on Tunis.", ("USA", "DISAPPROVE", "ISR")),
    (
        "Kenya summoned the British high commissioner to complain about remarks by a British "
        "minister.",
        ("KEN", "DISAPPROVE", "GBR"),
    ),
    (
        "The Chinese Foreign Ministry summoned the U.S. ambassador to lodge a protest.",
        ("CHN", "DISAPPROVE", "USA"),
    ),
    ("The OAS condemned the U.S. invasion of Panama.", ("IGO", "DISAPPROVE", "USA")),
    (
        "The Non-Aligned Movement condemned Israel for its attack on Iraq's nuclear reactor.",
        ("IGO", "DISAPPROVE", "ISR"),
    ),
    (
        "India protested to Bangladesh over the killing of border guards.",
        ("IND", "DISAPPROVE", "BGD"),
    ),
    ("Hungary refused to extradite the Iranian suspects to Germany.", ("HUN", "REJECT", "DEU")),
    ("Iran refused to release the American hostages.", ("IRN", "REJECT", "USA")),
    ("Britain refused to negotiate with the IRA.", ("GBR", "REJECT", "GBR")),
    ("Israel refused to negotiate with the PLO.", ("ISR", "REJECT", "PSE")),
    ("Syria refused to withdraw its troops from Lebanon.", ("SYR", "REJECT", "LBN")),
    ("Washington declined a Soviet invitation to attend the conference.", ("USA", "REJECT", "RUS")),
    ("Iran denied U.S. charges that it supports terrorism.", ("IRN", "REJECT", "USA")),
    (
        "The Taliban rejected a U.N. demand to close terrorist training camps.",
        ("AFG", "REJECT", "IGO"),
    ),
    (
        "Serbian leader Slobodan Milosevic rejected the deployment of NATO troops in Kosovo.",
        ("SRB", "REJECT", "IGO"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEADS, ids=row_ids(LEADS))
def test_wire_reject_lead(extract, text: str, expected: tuple[str, str, str]) -> None:
    coded = _coded(extract(text))
    assert expected in coded, coded


# The general rules the leads needed: (sentence, triple that must be found, triple
# that must not, or None). Every sentence failed before its rule.
RULES = [
    # A short "as" phrase before a long object: the parser hangs the object in the
    # "as" phrase (syntax.direct_objects, misparses.shifted_object).
    (
        "Syria on Sunday rejected as unacceptable a U.S. proposal for a ceasefire in Lebanon.",
        ("SYR", "REJECT", "USA"),
        None,
    ),
    (
        "Indonesia dismissed as baseless an Australian request for an inquiry into the killings.",
        ("IDN", "REJECT", "AUS"),
        None,
    ),
    (
        "Moscow condemned as provocative the deployment of U.S. missiles in Western Europe.",
        ("RUS", "DISAPPROVE", "USA"),
        None,
    ),
    (
        "The Kremlin dismissed as nonsense American claims that Russian troops were in Georgia.",
        ("RUS", "REJECT", "USA"),
        None,
    ),
    (
        "Hanoi dismissed as slander Chinese charges of aggression.",
        ("VNM", "REJECT", "CHN"),
        None,
    ),
    # The Organisation of Islamic Cooperation by its name before 2011 (igos.tsv).
    (
        "The Organization of the Islamic Conference condemned India for the destruction "
        "of the mosque at Ayodhya.",
        ("IGO", "DISAPPROVE", "IND"),
        None,
    ),
    (
        "The Organisation of the Islamic Conference criticized Serbia.",
        ("IGO", "DISAPPROVE", "SRB"),
        None,
    ),
    (
        "Chile rejected as unfair an Argentine claim to the Beagle Channel islands.",
        ("CHL", "REJECT", "ARG"),
        None,
    ),
    # Rejecting another's act of force or rule (class rejected_acts): its owner.
    (
        "The Arab League rejected Israel's annexation of the Golan Heights.",
        ("IGO", "REJECT", "ISR"),
        None,
    ),
    (
        "The OAU rejected the Libyan occupation of the Aouzou Strip.",
        ("IGO", "REJECT", "LBY"),
        None,
    ),
    (
        "Ukraine rejected the annexation of Crimea by Russia.",
        ("UKR", "REJECT", "RUS"),
        None,
    ),
    # State newspapers speak for their state (agencies.tsv).
    (
        "Pravda accused the United States of preparing for nuclear war.",
        ("RUS", "DISAPPROVE", "USA"),
        ("NGO", "DISAPPROVE", "USA"),
    ),
    (
        "Izvestia accused NATO of expanding eastward.",
        ("RUS", "DISAPPROVE", "IGO"),
        None,
    ),
    (
        "Granma accused Washington of plotting against Havana.",
        ("CUB", "DISAPPROVE", "USA"),
        None,
    ),
    (
        "Renmin Ribao condemned Japan's textbook revisions.",
        ("CHN", "DISAPPROVE", "JPN"),
        None,
    ),
    # Blaming a deed on someone accuses them, not whom the deed was done to.
    (
        "Colombia blamed the bombing on the FARC.",
        ("COL", "DISAPPROVE", "COL"),
        None,
    ),
    (
        "Israel pinned the attack on Hezbollah.",
        ("ISR", "DISAPPROVE", "LBN"),
        None,
    ),
    # Rebels named by their creed are the one named country's (rebel_creeds).
    (
        "Peru blamed Maoist rebels for the attack.",
        ("PER", "DISAPPROVE", "PER"),
        None,
    ),
    (
        "Nepal accused Maoist rebels of killing 12 policemen.",
        ("NPL", "DISAPPROVE", "NPL"),
        None,
    ),
    (
        "Colombia blamed the bombing on leftist guerrillas.",
        ("COL", "DISAPPROVE", "COL"),
        None,
    ),
    # ... but not when two states are named: whose they are is unknown.
    (
        "India accused Pakistan of arming Muslim separatists.",
        ("IND", "DISAPPROVE", "PAK"),
        ("IND", "DISAPPROVE", "IND"),
    ),
    # Retaliation a speaker announces, on the side a condition names: a threat.
    (
        "Iran said it would retaliate if the United States attacked its nuclear sites.",
        ("IRN", "THREATEN", "USA"),
        None,
    ),
    (
        "Pakistan warned it would retaliate if India crossed the Line of Control.",
        ("PAK", "THREATEN", "IND"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), RULES, ids=row_ids(RULES))
def test_wire_reject_rule(
    extract,
    text: str,
    expected: tuple[str, str, str],
    absent: tuple[str, str, str] | None,
) -> None:
    coded = _coded(extract(text))
    assert expected in coded, coded
    assert absent is None or absent not in coded, coded


# Guards: readings the rules must not bring in (sentence, triple that must not be).
GUARDS = [
    # An act's "of" or "in" phrase names whom it was done to, not whose it is.
    ("Iran rejected the occupation of Iraq.", ("IRN", "REJECT", "IRQ")),
    ("Syria rejected the presence of foreign troops in Lebanon.", ("SYR", "REJECT", "LBN")),
    ("Cuba rejected the blockade of Nicaragua.", ("CUB", "REJECT", "NIC")),
    # Retaliating after another's act names no condition: no threat, no attack on it.
    ("Israel retaliated after Hezbollah fired rockets.", ("ISR", "THREATEN", "LBN")),
    ("Israel retaliated after Hezbollah fired rockets.", ("ISR", "FIGHT", "LBN")),
    # What a rejected text does (a participle after it) names whom it is about, not
    # whose it is.
    (
        "France and Russia threatened to veto any resolution authorizing force against Iraq.",
        ("FRA", "REJECT", "IRQ"),
    ),
    ("The United States vetoed a resolution condemning Israel.", ("USA", "REJECT", "ISR")),
    ("Britain rejected a plan calling for talks with Argentina.", ("GBR", "REJECT", "ARG")),
]


@pytest.mark.parametrize(("text", "absent"), GUARDS, ids=row_ids(GUARDS))
def test_wire_reject_guard(extract, text: str, absent: tuple[str, str, str]) -> None:
    coded = _coded(extract(text))
    assert absent not in coded, coded
