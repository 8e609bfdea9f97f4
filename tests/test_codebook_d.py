"""Sentence tables for CAMEO roots 15-20 (exhibit military posture, reduce
relations, coerce, assault, fight, mass violence): our own news-style sentences,
one or more per code of the codebook, not gold records."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[str, object]]) -> list[str]:
    return [t[:40] for t, _ in table]


CODEBOOK_D = [
    # 150-154 exhibit military posture: shows of force, alerts, forces massed,
    # deployed or sent toward someone.
    ("China staged a show of force near Taiwan.", E("mobilizesAgainst", "china", "taiwan")),
    (
        "The United States sent an aircraft carrier toward North Korea.",
        E("mobilizesAgainst", "united-states", "north-korea"),
    ),
    (
        "Russia sent warships toward the Ukrainian coast.",
        E("mobilizesAgainst", "russia", "ukraine"),
    ),
    (
        "South Korea put its troops on high alert against North Korea.",
        E("mobilizesAgainst", "south-korea", "north-korea"),
    ),
    (
        "Pakistan placed its air force on alert along the border with India.",
        E("mobilizesAgainst", "pakistan", "india"),
    ),
    ("Russia massed troops near the Ukrainian border.", E("mobilizesAgainst", "russia", "ukraine")),
    # (put on alert in the passive: who was put on alert mobilizes)
    (
        "Indian police were placed on alert along the border with Nepal.",
        E("mobilizesAgainst", "india", "nepal"),
    ),
    (
        "Greek forces were put on alert near the Turkish border.",
        E("mobilizesAgainst", "greece", "turkey"),
    ),
    (
        "Azerbaijan mobilized its reservists against Armenia.",
        E("mobilizesAgainst", "azerbaijan", "armenia"),
    ),
    ("Israel moved tanks near the Lebanese border.", E("mobilizesAgainst", "israel", "lebanon")),
    (
        "Russia mounted a show of force off the Japanese coast.",
        E("mobilizesAgainst", "russia", "japan"),
    ),
    # (072 stays: arms sent to a country, not to a border.)
    ("Russia sent tanks to Syria.", E("sellsArmsTo", "russia", "syria")),
    ("Iran shipped drones to Russia.", E("sellsArmsTo", "iran", "russia")),
    # 160/161 reduce or break diplomatic relations; 166 expel or withdraw (1661
    # peacekeepers, 1662 inspectors, 1663 aid agencies).
    ("Morocco severed diplomatic relations with Iran.", E("sanctions", "morocco", "iran")),
    ("Bahrain downgraded its ties with Qatar.", E("sanctions", "bahrain", "qatar")),
    ("Canada recalled its ambassador from Saudi Arabia.", E("sanctions", "canada", "saudi-arabia")),
    ("Colombia broke off diplomatic relations with Israel.", E("sanctions", "colombia", "israel")),
    ("Lithuania closed its embassy in Minsk.", E("sanctions", "lithuania", "belarus")),
    ("Russia expelled two British diplomats.", E("sanctions", "russia", "united-kingdom")),
    ("Three Polish diplomats were expelled by Belarus.", E("sanctions", "belarus", "poland")),
    ("Mali expelled United Nations peacekeepers.", E("sanctions", "mali", "united-nations")),
    ("Iran expelled IAEA inspectors.", E("sanctions", "iran", "iaea")),
    (
        "North Korea kicked out UN nuclear inspectors.",
        E("sanctions", "north-korea", "united-nations"),
    ),
    ("Russia expelled OSCE observers.", E("sanctions", "russia", "osce")),
    ("Ethiopia expelled UNICEF staff.", E("sanctions", "ethiopia", "unicef")),
    (
        "Burundi expelled the aid agencies of the United Nations.",
        E("sanctions", "burundi", "united-nations"),
    ),
    (
        "Ethiopia expelled the humanitarian staff of the United Nations.",
        E("sanctions", "ethiopia", "united-nations"),
    ),
    # 162/1621/1622/1623 reduce or stop aid, economic, military, humanitarian.
    ("The United States cut aid to Egypt.", E("sanctions", "united-states", "egypt")),
    ("Britain suspended its assistance to Rwanda.", E("sanctions", "united-kingdom", "rwanda")),
    ("The Dutch government withheld aid from Burundi.", E("sanctions", "netherlands", "burundi")),
    ("The IMF halted loans to Zambia.", E("sanctions", "imf", "zambia")),
    ("Germany froze development funding for Niger.", E("sanctions", "germany", "niger")),
    ("The World Bank suspended lending to Mozambique.", E("sanctions", "world-bank", "mozambique")),
    ("Washington suspended military aid to Pakistan.", E("sanctions", "united-states", "pakistan")),
    ("Germany halted arms deliveries to Turkey.", E("sanctions", "germany", "turkey")),
    ("Canada stopped arms exports to Saudi Arabia.", E("sanctions", "canada", "saudi-arabia")),
    (
        "The European Union suspended humanitarian aid to Afghanistan.",
        E("sanctions", "european-union", "afghanistan"),
    ),
    (
        "The United Nations suspended food aid to North Korea.",
        E("sanctions", "united-nations", "north-korea"),
    ),
    (
        "Washington withheld military assistance from Egypt.",
        E("sanctions", "united-states", "egypt"),
    ),
    ("The World Bank halted lending to Ethiopia.", E("sanctions", "world-bank", "ethiopia")),
    # 163 embargo, boycott, sanctions.
    (
        "The European Union imposed sanctions on Belarus.",
        E("sanctions", "european-union", "belarus"),
    ),
    (
        "The United States slapped tariffs on Chinese steel.",
        E("sanctions", "united-states", "china"),
    ),
    (
        "Saudi Arabia and its allies imposed an embargo on Qatar.",
        E("sanctions", "saudi-arabia", "qatar"),
    ),
    (
        "Washington froze the assets of Venezuelan officials.",
        E("sanctions", "united-states", "venezuela"),
    ),
    ("Britain banned imports of Russian oil.", E("sanctions", "united-kingdom", "russia")),
    ("China banned exports of rare earths to Japan.", E("sanctions", "china", "japan")),
    # 164/165 halt negotiations or mediation.
    (
        "North Korea suspended negotiations with South Korea.",
        E("sanctions", "north-korea", "south-korea"),
    ),
    ("Israel broke off talks with Hamas.", E("sanctions", "israel", "hamas")),
    (
        "The Taliban called off peace talks with the United States.",
        E("sanctions", "taliban", "united-states"),
    ),
    (
        "Iran walked out of nuclear talks with the European Union.",
        E("sanctions", "iran", "european-union"),
    ),
    ("Qatar suspended its mediation with Hamas.", E("sanctions", "qatar", "hamas")),
    (
        "Qatar suspended its mediation between Israel and Hamas.",
        E("sanctions", "qatar", "israel"),
    ),
    (
        "Norway ended its mediation between the Colombian government and the FARC.",
        E("sanctions", "norway", "farc"),
    ),
    ("Egypt halted its mediation efforts with Hamas.", E("sanctions", "egypt", "hamas")),
    ("Pakistan called off its dialogue with India.", E("sanctions", "pakistan", "india")),
    (
        "The Palestinian delegation walked out of negotiations with Israel.",
        E("sanctions", "palestine", "israel"),
    ),
    (
        "North Korea pulled out of talks with South Korea.",
        E("sanctions", "north-korea", "south-korea"),
    ),
    # 171/1711/1712 seize, confiscate, destroy property.
    ("Iran seized a British oil tanker.", E("coerces", "iran", "united-kingdom")),
    (
        "Russian forces seized three Ukrainian navy vessels.",
        E("coerces", "russian-armed-forces", "ukraine"),
    ),
    ("Indonesia impounded Chinese fishing boats.", E("coerces", "indonesia", "china")),
    (
        "Russia confiscated the assets of British companies.",
        E("coerces", "russia", "united-kingdom"),
    ),
    ("Venezuela expropriated American oil fields.", E("coerces", "venezuela", "united-states")),
    (
        "Israeli authorities confiscated Palestinian land near Hebron.",
        E("coerces", "israel", "palestine"),
    ),
    (
        "Israeli forces demolished Palestinian homes in East Jerusalem.",
        E("coerces", "israel", "palestine"),
    ),
    (
        "Islamic State militants destroyed Christian churches in Mosul.",
        E("coerces", "isis", "iraq"),
    ),
    # 172/1721/1722 administrative sanctions: papers revoked, entry barred, media
    # and parties banned.
    ("China revoked the visas of American journalists.", E("coerces", "china", "united-states")),
    (
        "Russia barred British officials from entering the country.",
        E("coerces", "russia", "united-kingdom"),
    ),
    (
        "Hungary banned a Ukrainian minister from entering the country.",
        E("coerces", "hungary", "ukraine"),
    ),
    ("China censored American news websites.", E("coerces", "china", "united-states")),
    ("India banned a Pakistani television channel.", E("coerces", "india", "pakistan")),
    ("Egypt outlawed the Muslim Brotherhood.", E("coerces", "egypt", "org:muslim-brotherhood")),
    ("Germany banned Hezbollah.", E("coerces", "germany", "hezbollah")),
    (
        "Israel barred two American congresswomen from entering the country.",
        E("coerces", "israel", "united-states"),
    ),
    (
        "Russia revoked the accreditation of a Dutch journalist.",
        E("coerces", "russia", "netherlands"),
    ),
    (
        "The United States rescinded the visas of Chinese officials.",
        E("coerces", "united-states", "china"),
    ),
    # 1723/1724 curfew, martial law.
    (
        "Ethiopian authorities imposed a curfew in Addis Ababa.",
        E("coerces", "ethiopia", "ethiopia"),
    ),
    (
        "The Sri Lankan army declared a night-time curfew in Colombo.",
        E("coerces", "sri-lanka", "sri-lanka"),
    ),
    (
        "The Philippine president imposed martial law in Mindanao.",
        E("coerces", "philippines", "philippines"),
    ),
    (
        "The Burmese junta declared martial law in several districts of Yangon.",
        E("coerces", "myanmar", "myanmar"),
    ),
    # 173/174 arrest, detain, charge; expel or deport individuals.
    ("Iranian police arrested a French journalist.", E("coerces", "iran", "france")),
    (
        "Two Americans were detained by Russian authorities.",
        E("coerces", "russia", "united-states"),
    ),
    ("Turkey jailed a German human rights activist.", E("coerces", "turkey", "germany")),
    ("Chinese prosecutors charged two Canadians with espionage.", E("coerces", "china", "canada")),
    ("Germany deported thirty Afghan migrants.", E("coerces", "germany", "afghanistan")),
    (
        "Saudi Arabia expelled thousands of Ethiopian workers.",
        E("coerces", "saudi-arabia", "ethiopia"),
    ),
    ("Israel deported an American activist.", E("coerces", "israel", "united-states")),
    (
        "Armenian forces drove Azerbaijani civilians out of Nagorno-Karabakh.",
        E("coerces", "armenia", "azerbaijan"),
    ),
    (
        "Turkish prosecutors indicted a German activist on terrorism charges.",
        E("coerces", "turkey", "germany"),
    ),
    # 175 violent repression.
    ("Syrian security forces cracked down on protesters in Homs.", E("coerces", "syria", "syria")),
    (
        "Belarusian riot police violently dispersed demonstrators in Minsk.",
        E("coerces", "belarus", "belarus"),
    ),
    ("Iranian security forces suppressed the protests in Tehran.", E("coerces", "iran", "iran")),
    # 181 abduct, hijack; 182/1821/1822/1823 physical and sexual assault, torture, killing.
    ("Boko Haram kidnapped schoolgirls in Nigeria.", E("assaults", "boko-haram", "nigeria")),
    ("Somali pirates hijacked a Greek tanker.", E("assaults", "somalia", "greece")),
    ("Houthi rebels abducted two Saudi fishermen.", E("assaults", "houthis", "saudi-arabia")),
    ("Indian soldiers beat Kashmiri villagers.", E("assaults", "india", "kashmir")),
    ("Police officers in Cairo beat a Sudanese refugee.", E("assaults", "egypt", "sudan")),
    ("Chinese border guards beat Indian soldiers.", E("assaults", "china", "india")),
    ("Sudanese militiamen raped women in Darfur.", E("assaults", "sudan", "darfur")),
    (
        "Congolese soldiers sexually assaulted refugees in Goma.",
        E("assaults", "democratic-republic-of-the-congo", "democratic-republic-of-the-congo"),
    ),
    ("Egyptian police tortured detainees.", E("assaults", "egypt", "egypt")),
    (
        "Syrian intelligence officers tortured a Lebanese journalist.",
        E("assaults", "syria", "lebanon"),
    ),
    ("Taliban militants murdered two Afghan officials.", E("assaults", "taliban", "afghanistan")),
    ("Sudanese soldiers sexually abused women in Darfur.", E("assaults", "sudan", "sudan")),
    # 183/1831/1832/1833 bombings: car, suicide, roadside; 184 human shields.
    (
        "Militants detonated a bomb outside a police station in Quetta.",
        E("assaults", "unidentified:pak", "pakistan"),
    ),
    (
        "An Islamic State suicide bomber attacked a mosque in Kabul.",
        E("assaults", "isis", "afghanistan"),
    ),
    (
        "A Taliban suicide bomber blew himself up outside the Afghan parliament.",
        E("assaults", "taliban", "afghanistan"),
    ),
    (
        "Al-Shabaab detonated a car bomb outside a hotel in Mogadishu.",
        E("assaults", "al-shabaab", "somalia"),
    ),
    ("ETA set off a car bomb in Madrid.", E("assaults", "eta", "spain")),
    (
        "Insurgents detonated a roadside bomb against an American convoy near Baghdad.",
        E("assaults", "unidentified:irq", "united-states"),
    ),
    # (Human shields are coded as coercion since cb-m: see data/relations.toml.)
    (
        "Islamic State fighters used Iraqi civilians as human shields.",
        E("coerces", "isis", "iraq"),
    ),
    ("Hamas used Palestinian civilians as human shields.", E("coerces", "hamas", "palestine")),
    (
        "An al-Shabaab suicide bomber blew himself up near a military base in Mogadishu.",
        E("assaults", "al-shabaab", "somalia"),
    ),
    # 185/186 assassination and attempts.
    (
        "Houthi rebels attempted to kill the Yemeni prime minister.",
        E("assaults", "houthis", "yemen"),
    ),
    (
        "The Pakistani prime minister survived an assassination attempt by the Taliban.",
        E("assaults", "taliban", "pakistan"),
    ),
    ("Israel assassinated a senior Hamas commander.", E("assaults", "israel", "hamas")),
    (
        "An Iranian nuclear scientist was assassinated by Israeli agents.",
        E("assaults", "israel", "iran"),
    ),
    ("Hezbollah gunmen assassinated a Lebanese minister.", E("assaults", "hezbollah", "lebanon")),
    (
        "The Afghan president survived an assassination bid by the Taliban.",
        E("assaults", "taliban", "afghanistan"),
    ),
    (
        "Iranian agents carried out an assassination attempt on the Saudi ambassador.",
        E("assaults", "iran", "saudi-arabia"),
    ),
    # 190/193/194/195 conventional force: small arms, artillery and tanks, aerial
    # weapons.
    ("Russia attacked Ukraine.", E("attacks", "russia", "ukraine")),
    (
        "Turkish troops launched an offensive against Kurdish militias in Syria.",
        E("attacks", "turkey", "syria"),
    ),
    ("Ethiopian forces invaded Somalia.", E("attacks", "ethiopia", "somalia")),
    (
        "Indian and Pakistani troops exchanged fire across the Line of Control.",
        E("attacks", "india", "pakistan"),
    ),
    ("Israeli soldiers opened fire on Hamas fighters.", E("attacks", "israel", "hamas")),
    (
        "North Korean soldiers fired machine guns at South Korean guard posts.",
        E("attacks", "north-korea", "south-korea"),
    ),
    ("Armenian artillery shelled Azerbaijani positions.", E("attacks", "armenia", "azerbaijan")),
    ("Russian tanks pounded Ukrainian positions near Bakhmut.", E("attacks", "russia", "ukraine")),
    (
        "North Korea fired artillery shells at a South Korean island.",
        E("attacks", "north-korea", "south-korea"),
    ),
    ("Saudi warplanes bombed Houthi positions in Yemen.", E("attacks", "saudi-arabia", "houthis")),
    (
        "American drones struck al-Shabaab targets in Somalia.",
        E("attacks", "united-states", "al-shabaab"),
    ),
    (
        "The Turkish air force carried out air strikes against the PKK in Iraq.",
        E("attacks", "turkey", "pkk"),
    ),
    # 191 blockade, restrict movement; 192 occupy territory.
    ("Israel imposed a blockade on Gaza.", E("coerces", "israel", "gaza-strip")),
    ("Saudi Arabia blockaded Qatar.", E("coerces", "saudi-arabia", "qatar")),
    ("Russia closed the Kerch Strait to Ukrainian ships.", E("coerces", "russia", "ukraine")),
    ("Russia occupied Crimea.", E("controls", "russia", "crimea")),
    ("Turkish troops occupied northern Cyprus.", E("controls", "turkey", "cyprus")),
    ("Israel annexed the Golan Heights.", E("controls", "israel", "golan-heights")),
    (
        "Iran closed the Strait of Hormuz to American tankers.",
        E("coerces", "iran", "united-states"),
    ),
    # 196 violate ceasefire.
    ("Azerbaijan violated the ceasefire with Armenia.", E("attacks", "azerbaijan", "armenia")),
    ("Hamas broke the truce with Israel.", E("attacks", "hamas", "israel")),
    (
        "Ukrainian forces breached the ceasefire in Donetsk.",
        E("attacks", "ukrainian-armed-forces", "donetsk-peoples-republic"),
    ),
    # 200/202/203 mass killings, genocide, ethnic cleansing; 204/2041/2042 weapons
    # of mass destruction.
    (
        "Serb forces massacred Bosnian Muslims in Srebrenica.",
        E("assaults", "serbia", "bosnia-and-herzegovina"),
    ),
    ("Islamic State slaughtered hundreds of Yazidis in Sinjar.", E("assaults", "isis", "iraq")),
    (
        "Bosnian Serb forces committed genocide in Srebrenica.",
        # Bosnian Serbs are Bosnia's: the country word before the ethnic one (see
        # tests/test_actor_groups.py), as event coders code them.
        E("assaults", "bosnia-and-herzegovina", "bosnia-and-herzegovina"),
    ),
    ("Serbian forces carried out ethnic cleansing in Kosovo.", E("assaults", "serbia", "kosovo")),
    (
        "The Myanmar military carried out ethnic cleansing in Rakhine.",
        E("assaults", "tatmadaw", "myanmar"),
    ),
    ("Syria used chemical weapons against rebels near Damascus.", E("assaults", "syria", "syria")),
    ("Syrian jets dropped sarin gas on rebels in Idlib.", E("assaults", "syria", "syria")),
    ("Iraqi jets gassed Kurdish villagers in Halabja.", E("assaults", "iraq", "iraq")),
    (
        "The United States dropped an atomic bomb on Hiroshima.",
        E("assaults", "united-states", "japan"),
    ),
    (
        "Pakistan threatened to use nuclear weapons against India.",
        E("threatens", "pakistan", "india"),
    ),
    ("Iraq dropped chemical bombs on Iranian troops.", E("assaults", "iraq", "iran")),
    ("Syrian forces gassed civilians in Ghouta.", E("assaults", "syria", "syria")),
]


@pytest.mark.parametrize(("text", "expected"), CODEBOOK_D, ids=_ids(CODEBOOK_D))
def test_codebook_roots_15_to_20(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# Readings the new words must not take.
NOT_D = [
    # Backing out of a deal is no backing; walking out of talks no street protest.
    ("Iran backed out of the deal with Russia.", E("supports", "iran", "russia", None, None)),
    (
        "Iran walked out of nuclear talks with the European Union.",
        E("protestsAgainst", "iran", "iran", None, None),
    ),
    (
        "The Taliban pulled out of peace talks with the United States.",
        E("retreatsFrom", "taliban", "afghanistan", None, None),
    ),
    # Expelling diplomats is a sanction, not also coercion; migrant workers are no envoys.
    (
        "Niger announced the expulsion of the French ambassador.",
        E("coerces", "niger", "france", None, None),
    ),
    (
        "Germany ordered the expulsion of two Russian diplomats.",
        E("coerces", "germany", "russia", None, None),
    ),
    (
        "Saudi Arabia expelled thousands of Ethiopian workers.",
        E("sanctions", "saudi-arabia", "ethiopia", None, None),
    ),
    # Chemical and nuclear arms are mass violence, not fighting.
    ("Iraq dropped chemical bombs on Iranian troops.", E("attacks", "iraq", "iran", None, None)),
    (
        "The United States dropped an atomic bomb on Hiroshima.",
        E("attacks", "united-states", "japan", None, None),
    ),
    # A suicide bomber coerces no one; a building used as a base shields no one.
    (
        "A Taliban suicide bomber blew himself up outside the Afghan parliament.",
        E("coerces", "taliban", "afghanistan", None, None),
    ),
    ("Hamas used a school in Gaza as a base.", E("assaults", "hamas", "gaza-strip", None, None)),
    # Forces sent to a country are not aimed at it.
    ("France sent troops to Mali.", E("mobilizesAgainst", "france", "mali", None, None)),
    # Arms sent to a border are deployed there, not handed to the neighbour.
    (
        "Turkey sent tanks to its border with Syria.",
        E("sellsArmsTo", "turkey", "syria", None, None),
    ),
    (
        "Greece sent warships to its border with Turkey.",
        E("sellsArmsTo", "greece", "turkey", None, None),
    ),
    # A state of emergency over a storm coerces no one.
    (
        "Florida declared a state of emergency ahead of the hurricane.",
        E("coerces", "united-states", "united-states", None, None),
    ),
]


@pytest.mark.parametrize(("text", "absent"), NOT_D, ids=_ids(NOT_D))
def test_codebook_d_readings_not_taken(extract, text: str, absent: Expect) -> None:
    check(extract(text), (), (absent,))
