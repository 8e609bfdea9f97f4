"""Sentence tables for CAMEO roots 06 (material cooperation), 07 (aid), 08 (yield)
and 09 (investigate), code family by code family (codes in each comment). Our own
sentences, not gold records."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[str, object]]) -> list[str]:
    return [t[:40] for t, _ in table]


CODEBOOK_B = [
    # 060 material cooperation: working together on a project.
    (
        "Kenya and Uganda agreed to cooperate on building a railway.",
        E("cooperatesWith", "kenya", "uganda", modality=None),
    ),
    (
        "Egypt and Sudan launched a joint project to dredge the Nile.",
        E("cooperatesWith", "egypt", "sudan"),
    ),
    (
        "India worked with Bangladesh to restore power lines along the border.",
        E("cooperatesWith", "india", "bangladesh"),
    ),
    # 061 economic cooperation: joint ventures, economic cooperation.
    (
        "Germany and Poland launched a joint venture to build a gas pipeline.",
        E("cooperatesWith", "germany", "poland"),
    ),
    (
        "India and the UAE boosted bilateral trade.",
        E("cooperatesWith", "india", "united-arab-emirates"),
    ),
    ("China and Brazil boosted trade.", E("cooperatesWith", "china", "brazil")),
    (
        "Japan expanded economic cooperation with Indonesia.",
        E("cooperatesWith", "japan", "indonesia"),
    ),
    (
        "Chinese state firms formed a joint venture with Pakistan to build a port.",
        E("cooperatesWith", "china", "pakistan"),
    ),
    ("Toyota formed a partnership with Indian firms.", E("cooperatesWith", "org:toyota", "india")),
    # 062 military cooperation: joint exercises and drills.
    (
        "American and South Korean troops held joint military exercises.",
        E("cooperatesWith", "united-states", "south-korea"),
    ),
    (
        "Turkey and Azerbaijan held joint military exercises near Baku.",
        E("cooperatesWith", "turkey", "azerbaijan"),
    ),
    (
        "Russian and Chinese warships held a joint naval exercise.",
        E("cooperatesWith", "russia", "china"),
    ),
    (
        "The Indian navy conducted joint drills with the French navy.",
        E("cooperatesWith", "india", "france"),
    ),
    # 063 judicial cooperation: extradition.
    (
        "Spain extradited a Russian hacker to the United States.",
        E("cooperatesWith", "spain", "united-states"),
    ),
    (
        "Colombia extradited the drug lord to the United States.",
        E("cooperatesWith", "colombia", "united-states"),
    ),
    # 064 share intelligence: sharing, passing, handing intelligence.
    (
        "Israel shared intelligence with the United States about the plot.",
        E("cooperatesWith", "israel", "united-states"),
    ),
    (
        "Jordan passed intelligence to Britain on the bombers.",
        E("cooperatesWith", "jordan", "united-kingdom"),
    ),
    (
        "Egyptian intelligence passed a tip-off to Israel about the attack.",
        E("cooperatesWith", "egypt", "israel"),
    ),
    (
        "German intelligence tipped off Austrian police about the attacker.",
        E("cooperatesWith", "germany", "austria"),
    ),
    ("The CIA tipped off Russia about a planned attack.", E("cooperatesWith", "cia", "russia")),
    # 070/071 aid, economic aid: grants, loans, debt relief.
    ("Japan gave Cambodia a grant of 50 million dollars.", E("aids", "japan", "cambodia")),
    ("Germany sent aid to Turkey after the earthquake.", E("aids", "germany", "turkey")),
    ("The International Monetary Fund approved a loan for Pakistan.", E("aids", "imf", "pakistan")),
    ("China lent Sri Lanka one billion dollars.", E("aids", "china", "sri-lanka")),
    ("Germany wrote off Ghana's debt.", E("aids", "germany", "ghana")),
    # A sum "in" aid is aid.
    (
        "The United States gave Ukraine $400 million in military aid.",
        E("aids", "united-states", "ukraine"),
    ),
    (
        "The World Bank approved $1 billion in loans for Kenya.",
        E("aids", "world-bank", "kenya"),
    ),
    ("China forgave Zambia's debts.", E("aids", "china", "zambia")),
    (
        "The European Union earmarked 500 million euros for Ukraine.",
        E("aids", "european-union", "ukraine"),
    ),
    (
        "Saudi Arabia injected two billion dollars into Pakistan's central bank.",
        E("aids", "saudi-arabia", "pakistan"),
    ),
    # 072 military aid.
    (
        "The United States sent Javelin missiles to Ukraine.",
        E("sellsArmsTo", "united-states", "ukraine"),
    ),
    ("Britain gave Ukraine tanks.", E("sellsArmsTo", "united-kingdom", "ukraine")),
    ("Washington announced military aid to Taiwan.", E("aids", "united-states", "taiwan")),
    # 073 humanitarian aid: delivering, distributing, airdropping.
    ("Turkey airlifted medical supplies to Libya.", E("aids", "turkey", "libya")),
    (
        "The United Nations distributed food aid to Somalia.",
        E("aids", "united-nations", "somalia"),
    ),
    ("The US Air Force airdropped food to Gaza.", E("aids", "us-armed-forces", "gaza-strip")),
    ("Canada provided humanitarian assistance to Haiti.", E("aids", "canada", "haiti")),
    ("Japan rushed emergency supplies to the Philippines.", E("aids", "japan", "philippines")),
    ("Britain shipped ventilators to India.", E("aids", "united-kingdom", "india")),
    # People sent to help: instructors, doctors, a hospital ship.
    ("Canada sent military instructors to Latvia.", E("aids", "canada", "latvia")),
    ("Cuba sent doctors to Italy.", E("aids", "cuba", "italy")),
    ("France dispatched a hospital ship to Lebanon.", E("aids", "france", "lebanon")),
    # 074 military protection, peacekeeping.
    ("The African Union deployed peacekeepers to Somalia.", E("aids", "african-union", "somalia")),
    ("French troops protected the Malian government from the rebels.", E("aids", "france", "mali")),
    (
        "American warships escorted Kuwaiti tankers through the Gulf.",
        E("aids", "united-states", "kuwait"),
    ),
    # 075 grant asylum.
    (
        "Germany granted political asylum to a Turkish journalist.",
        E("aids", "germany", "turkey"),
    ),
    ("Russia gave refuge to the former Ukrainian president.", E("aids", "russia", "ukraine")),
    ("Sweden gave refuge to Iranian dissidents.", E("aids", "sweden", "iran")),
    # 075 also taking in refugees.
    ("Germany took in one million Syrian refugees.", E("aids", "germany", "syria")),
    ("Canada resettled Afghan refugees.", E("aids", "canada", "afghanistan")),
    # 080 yield: giving in to demands.
    (
        "The Colombian government gave in to the demands of the FARC.",
        E("concedesTo", "colombia", "farc"),
    ),
    # 081 ease administrative sanctions: restrictions eased for someone.
    ("Cuba eased travel restrictions on its citizens.", E("concedesTo", "cuba", "cuba")),
    (
        "China eased visa restrictions for Japanese travellers.",
        E("concedesTo", "china", "japan"),
    ),
    (
        "Saudi Arabia lifted restrictions for Qatari pilgrims.",
        E("concedesTo", "saudi-arabia", "qatar"),
    ),
    # 0811/0812 ease restrictions on expression, on parties.
    ("Egypt lifted its ban on Al Jazeera.", E("concedesTo", "egypt", "org:al-jazeera")),
    ("Belarus eased restrictions on independent media.", E("concedesTo", "belarus", "belarus")),
    (
        "Egypt lifted the ban on the Muslim Brotherhood.",
        E("concedesTo", "egypt", "org:muslim-brotherhood"),
    ),
    # 0813/0814 ease curfew, state of emergency.
    ("Indian authorities lifted the curfew in Srinagar.", E("concedesTo", "india", "india")),
    ("Ethiopia lifted the state of emergency.", E("concedesTo", "ethiopia", "ethiopia")),
    ("Thailand ended martial law in the south.", E("concedesTo", "thailand", "thailand")),
    ("Sri Lanka rescinded the fertilizer ban.", E("concedesTo", "sri-lanka", "sri-lanka")),
    ("Venezuela rescinded the curfew in Caracas.", E("concedesTo", "venezuela", "venezuela")),
    ("Egypt overturned the ban on opposition rallies.", E("concedesTo", "egypt", "egypt")),
    # 082 ease political dissent.
    (
        "The Serbian opposition suspended its protests against the government.",
        E("concedesTo", "serbia", "serbia"),
    ),
    # 083 accede to demands for reform: agreeing to reform, a referendum.
    (
        "The king of Morocco agreed to constitutional reforms.",
        E("concedesTo", "morocco", "morocco"),
    ),
    ("Serbia consented to a referendum in Montenegro.", E("concedesTo", "serbia", "serbia")),
    # 0832 accede to demands for change in policy: dropping a tax, a decision.
    ("France withdrew the fuel tax after protests.", E("concedesTo", "france", "france")),
    ("The Chilean government scrapped the fare increase.", E("concedesTo", "chile", "chile")),
    (
        "Nigeria reversed its decision to remove fuel subsidies.",
        E("concedesTo", "nigeria", "nigeria"),
    ),
    # 0833 accede to demands for rights: rights, autonomy, amnesty.
    (
        "Saudi Arabia granted women the right to drive.",
        E("concedesTo", "saudi-arabia", "saudi-arabia"),
    ),
    ("Spain granted autonomy to Catalonia.", E("concedesTo", "spain", "catalonia")),
    ("Sri Lanka granted amnesty to Tamil rebels.", E("concedesTo", "sri-lanka", "sri-lanka")),
    # 0834 accede to change of regime: handing over power.
    (
        "The Malian junta agreed to hand power to a civilian government.",
        E("concedesTo", "mali", "mali", modality=None),
    ),
    ("The Sudanese army handed over power to civilians.", E("concedesTo", "sudan", "sudan")),
    # 084/0841 return, release persons.
    ("Hamas released two Israeli hostages.", E("retreatsFrom", "hamas", "israel")),
    ("Russia freed an American journalist.", E("retreatsFrom", "russia", "united-states")),
    (
        "Venezuela freed six American oil executives.",
        E("retreatsFrom", "venezuela", "united-states"),
    ),
    ("Iran freed a French businessman.", E("retreatsFrom", "iran", "france")),
    # 0841 prisoner exchanges: each side releases to the other.
    ("Israel and Hamas swapped prisoners.", E("retreatsFrom", "israel", "hamas")),
    ("Ukraine and Russia exchanged prisoners of war.", E("retreatsFrom", "russia", "ukraine")),
    (
        "Russia and the United States traded prisoners.",
        E("retreatsFrom", "united-states", "russia"),
    ),
    # 0842 return property: seized ships, artefacts.
    ("Iran returned the seized British tanker.", E("retreatsFrom", "iran", "united-kingdom")),
    ("Iran released the seized Greek tankers.", E("retreatsFrom", "iran", "greece")),
    ("Houthi rebels released a Saudi ship.", E("retreatsFrom", "houthis", "saudi-arabia")),
    (
        "Britain returned the Benin Bronzes to Nigeria.",
        E("retreatsFrom", "united-kingdom", "nigeria"),
    ),
    # 085 ease economic sanctions.
    (
        "The European Union lifted sanctions on Belarus.",
        E("retreatsFrom", "european-union", "belarus"),
    ),
    ("Washington eased the embargo on Cuba.", E("retreatsFrom", "united-states", "cuba")),
    ("China removed tariffs on Australian wine.", E("retreatsFrom", "china", "australia")),
    # 086/0861/0862 allow international involvement: investigators, peacekeepers.
    (
        "Syria allowed UN investigators into the country.",
        E("retreatsFrom", "syria", "united-nations"),
    ),
    ("Haiti welcomed Kenyan peacekeepers.", E("retreatsFrom", "haiti", "kenya")),
    ("Iraq readmitted UN weapons inspectors.", E("retreatsFrom", "iraq", "united-nations")),
    # 086 allowing inspectors or aid in to act ("allowed X to visit").
    (
        "Iran allowed IAEA inspectors to visit the Fordow site.",
        E("retreatsFrom", "iran", "iaea"),
    ),
    ("Syria permitted UN monitors to enter Homs.", E("retreatsFrom", "syria", "united-nations")),
    ("Israel allowed aid trucks to enter Gaza.", E("retreatsFrom", "israel", "gaza-strip")),
    (
        "Turkey permitted UN convoys to cross into Syria.",
        E("retreatsFrom", "turkey", "syria"),
    ),
    # 086 granting access.
    ("Iran granted IAEA inspectors access to the site.", E("retreatsFrom", "iran", "iaea")),
    (
        "Turkey gave the United Nations access to the border crossings.",
        E("retreatsFrom", "turkey", "united-nations"),
    ),
    # 0863 allow delivery of humanitarian aid.
    ("Israel allowed aid trucks into Gaza.", E("retreatsFrom", "israel", "gaza-strip")),
    (
        "Ethiopia permitted the delivery of humanitarian aid to Tigray.",
        E("retreatsFrom", "ethiopia", "tigray"),
    ),
    ("Jordan allowed relief convoys into Syria.", E("retreatsFrom", "jordan", "syria")),
    (
        "Sudan facilitated the delivery of food aid to Darfur.",
        E("retreatsFrom", "sudan", "darfur"),
    ),
    ("Egypt let fuel convoys through to Gaza.", E("retreatsFrom", "egypt", "gaza-strip")),
    # 087 de-escalate: pulling back, disengaging.
    (
        "Russia pulled back troops from the Ukrainian border.",
        E("retreatsFrom", "russia", "ukraine"),
    ),
    (
        "India and China disengaged troops along the disputed border.",
        E("retreatsFrom", "india", "china"),
    ),
    (
        "Israeli and Syrian forces disengaged on the Golan Heights.",
        E("retreatsFrom", "israel", "syria"),
    ),
    # 087/0874 nouns of pulling out and giving up: the "of" phrase is the doer.
    (
        "The withdrawal of Russian troops from Kherson began.",
        E("retreatsFrom", "russia", "ukraine"),
    ),
    (
        "The withdrawal of US troops from Afghanistan was chaotic.",
        E("retreatsFrom", "united-states", "afghanistan"),
    ),
    (
        "The surrender of the Iraqi army to American forces ended the war.",
        E("retreatsFrom", "iraqi-armed-forces", "united-states"),
    ),
    (
        "Russia announced a pullback of troops from Kherson.",
        E("retreatsFrom", "russia", "ukraine"),
    ),
    (
        "The Pentagon announced a drawdown of American troops from Iraq.",
        E("retreatsFrom", "united-states", "iraq"),
    ),
    # 087 pulling (troops) out of a place: "out of" is where from.
    (
        "The United States pulled out of Afghanistan.",
        E("retreatsFrom", "united-states", "afghanistan"),
    ),
    ("Russia pulled its troops out of Georgia.", E("retreatsFrom", "russia", "georgia")),
    ("Israel pulled its forces out of Lebanon.", E("retreatsFrom", "israel", "lebanon")),
    # 087 troops leaving.
    ("NATO troops left Afghanistan.", E("retreatsFrom", "nato", "afghanistan")),
    (
        "The last American soldiers departed from Iraq.",
        E("retreatsFrom", "united-states", "iraq"),
    ),
    # 0871 declare truce: declared, announced, agreed to.
    ("Israel and Hamas agreed to a ceasefire.", E("retreatsFrom", "israel", "hamas")),
    ("Hamas agreed to a truce with Israel.", E("retreatsFrom", "hamas", "israel")),
    ("Azerbaijan and Armenia announced a ceasefire.", E("retreatsFrom", "azerbaijan", "armenia")),
    ("Russia and Ukraine declared a truce.", E("retreatsFrom", "russia", "ukraine")),
    # 0872 ease blockade: "its blockade of" names the doer as owner.
    ("Israel eased its blockade of Gaza.", E("retreatsFrom", "israel", "gaza-strip")),
    (
        "Russia lifted its naval blockade of Ukrainian ports.",
        E("retreatsFrom", "russia", "ukraine"),
    ),
    ("Saudi Arabia lifted the blockade on Qatar.", E("retreatsFrom", "saudi-arabia", "qatar")),
    # 0873 demobilize: handing over weapons.
    (
        "FARC handed over its weapons to the United Nations.",
        E("retreatsFrom", "farc", "united-nations"),
    ),
    ("ETA handed over its weapons to French authorities.", E("retreatsFrom", "eta", "france")),
    # 0874 retreat or surrender.
    (
        "Ukrainian forces withdrew from Bakhmut.",
        E("retreatsFrom", "ukrainian-armed-forces", "ukraine"),
    ),
    (
        "Hundreds of Islamic State fighters surrendered to the Syrian Democratic Forces.",
        E("retreatsFrom", "isis", "sdf"),
    ),
    # 090-094 investigate: crime, abuses, military action, war crimes.
    (
        "The United Nations opened an investigation into the sinking of a South Korean warship.",
        E("investigates", "united-nations", "south-korea"),
    ),
    ("Congress launched a probe into Chinese spying.", E("investigates", "us-congress", "china")),
    (
        "French prosecutors opened a corruption investigation against former prime minister"
        " Francois Fillon.",
        E("investigates", "france", "person:francois-fillon"),
    ),
    (
        "Amnesty International documented torture in Egyptian prisons.",
        E("investigates", "org:amnesty-international", "egypt"),
    ),
    (
        "Amnesty International documented killings by Nigerian soldiers.",
        E("investigates", "org:amnesty-international", "nigeria"),
    ),
    (
        "The United Nations collected evidence against Syrian officials.",
        E("investigates", "united-nations", "syria"),
    ),
    ("The ICC gathered evidence against Sudanese officials.", E("investigates", "icc", "sudan")),
    (
        "NATO launched an investigation into the air strike on an Afghan hospital.",
        E("investigates", "nato", "afghanistan"),
    ),
    (
        "An investigation by the United Nations into Syrian chemical attacks began.",
        E("investigates", "united-nations", "syria"),
    ),
    (
        "The European Commission opened an inquiry into Hungarian media laws.",
        E("investigates", "european-commission", "hungary"),
    ),
    ("French judges interrogated the Rwandan general.", E("investigates", "france", "rwanda")),
    (
        "Pakistani police questioned two Afghan nationals.",
        E("investigates", "pakistan", "afghanistan"),
    ),
    (
        "Swiss prosecutors investigated Russian oligarchs.",
        E("investigates", "switzerland", "russia"),
    ),
    (
        "South Korea launched an inquiry into the North Korean drone incursion.",
        E("investigates", "south-korea", "north-korea"),
    ),
    (
        "The ICC investigated Israel for war crimes in Gaza.",
        E("investigates", "icc", "israel"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CODEBOOK_B, ids=_ids(CODEBOOK_B))
def test_codebook_b_vocabulary(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# Readings the new words must not take.
NOT_B = [
    # Joint exercises are done with the partner, not against it.
    (
        "Turkey and Azerbaijan held joint military exercises near Baku.",
        E("mobilizesAgainst", "turkey", "azerbaijan"),
    ),
    # Protecting one's own interests, guarding prisoners: no protection of anyone.
    ("Turkey protected its interests in Cyprus.", E("aids", "turkey", "turkey")),
    (
        "Turkish soldiers guarded captured ISIS fighters.",
        E("aids", "turkey", "isis"),
    ),
    # A minister leaving a capital, a state leaving a union: no troops withdrawn.
    ("The Ukrainian foreign minister left Berlin.", E("retreatsFrom", "ukraine", "germany")),
    (
        "The United Kingdom voted to leave the European Union.",
        E("retreatsFrom", "united-kingdom", "european-union"),
    ),
    # Pulling out of a country is no retreat from one's own people.
    (
        "The United States pulled out of Afghanistan.",
        E("retreatsFrom", "united-states", "united-states"),
    ),
    ("Russia pulled its troops out of Georgia.", E("retreatsFrom", "russia", "russia")),
    # An exchange of prisoners releases none to one's own people.
    ("Israel and Hamas swapped prisoners.", E("retreatsFrom", "israel", "israel")),
    ("Ukraine and Russia exchanged prisoners of war.", E("retreatsFrom", "russia", "russia")),
    # A ship with no owner named is not returned to the releaser's own people.
    ("Russia released the seized tanker.", E("retreatsFrom", "russia", "russia")),
    # Agreeing to a ceasefire is the truce, not some other agreement.
    ("Israel and Hamas agreed to a ceasefire.", E("agreesWith", "israel", "hamas")),
    # Withdrawing a tax is a concession, not a retreat.
    ("France withdrew the fuel tax after protests.", E("retreatsFrom", "france", "france")),
]


@pytest.mark.parametrize(("text", "absent"), NOT_B, ids=_ids(NOT_B))
def test_codebook_b_readings_not_taken(extract, text: str, absent: Expect) -> None:
    check(extract(text), (), (absent,))


def test_military_exercises_alone_still_mobilize(extract) -> None:
    """Exercises held alone near someone stay a show of force."""
    check(
        extract("Russia held military exercises near Ukraine."),
        (E("mobilizesAgainst", "russia", "ukraine"),),
    )


# Intents to do these acts code as CAMEO 03x, PLOVER AGREE; refusals as 12x, REJECT.
INTENTS = [
    ("Iran offered to release the British sailors.", "retreatsFrom", "AGREE"),
    ("China offered to invest in Ecuador.", "cooperatesWith", "AGREE"),
    ("Russia pledged to withdraw its troops from Moldova.", "retreatsFrom", "AGREE"),
    ("Japan promised aid to Sri Lanka.", "aids", "AGREE"),
    ("Saudi Arabia pledged two billion dollars in aid to Yemen.", "aids", "AGREE"),
    ("Britain offered sanctuary to Hong Kong residents.", "aids", "AGREE"),
    ("Hungary refused to extradite the suspect to Ukraine.", "cooperatesWith", "REJECT"),
    ("Israel refused to lift the blockade of Gaza.", "retreatsFrom", "REJECT"),
]


@pytest.mark.parametrize(("text", "relation", "plover"), INTENTS, ids=[t[0][:40] for t in INTENTS])
def test_codebook_b_intents_and_refusals(extract, text: str, relation: str, plover: str) -> None:
    found = [m for m in extract(text) if m.relation == relation]
    assert found, text
    root = "03" if plover == "AGREE" else "12"
    assert all(m.plover == plover and m.cameo.startswith(root) and m.event for m in found), found


def test_an_offer_put_to_someone_is_no_intent(extract) -> None:
    """Rejecting another's offer to mediate: the mediation is neither done nor intended."""
    found = extract("Israel rejected an Egyptian offer to mediate with Hamas.")
    assert not [m for m in found if m.relation == "negotiatesWith" and m.event], found


# The other words of each new rule, one sentence each beside those above.
SYNONYMS_B = [
    # 062 drills, 060 joint projects.
    (
        "Iran and Russia held joint naval drills in the Gulf of Oman.",
        E("cooperatesWith", "iran", "russia"),
    ),
    (
        "Belarusian and Russian troops held joint military drills.",
        E("cooperatesWith", "belarus", "russia"),
    ),
    (
        "Kenya and Tanzania launched a joint project to build a highway.",
        E("cooperatesWith", "kenya", "tanzania"),
    ),
    # 063 extradition, passive and nominal.
    ("The suspect was extradited to France by Belgium.", E("cooperatesWith", "belgium", "france")),
    (
        "The extradition of the Russian hacker to the United States by Spain angered Moscow.",
        E("cooperatesWith", "spain", "united-states"),
    ),
    # 064 handing, relaying, feeding, sharing, exchanging intelligence.
    (
        "Pakistan handed the Americans information on the bombers.",
        E("cooperatesWith", "pakistan", "united-states"),
    ),
    (
        "Saudi intelligence relayed information to France about the plot.",
        E("cooperatesWith", "saudi-arabia", "france"),
    ),
    (
        "Turkey fed the Americans intelligence on Islamic State.",
        E("cooperatesWith", "turkey", "united-states"),
    ),
    (
        "Intelligence was shared with Ukraine by Britain.",
        E("cooperatesWith", "united-kingdom", "ukraine"),
    ),
    (
        "Pakistan and Afghanistan agreed to exchange intelligence on militants.",
        E("cooperatesWith", "pakistan", "afghanistan", modality=None),
    ),
    # 070/071/073 distributing, airdropping, pumping, channelling aid.
    (
        "The World Food Programme distributed food to Afghan families in Kabul.",
        E("aids", "wfp", "afghanistan"),
    ),
    ("Jordan airdropped aid into Gaza.", E("aids", "jordan", "gaza-strip")),
    ("Qatar pumped money into Gaza.", E("aids", "qatar", "gaza-strip")),
    (
        "The EU channelled aid to Syria through the United Nations.",
        E("aids", "european-union", "syria"),
    ),
    # 071 deposits in a central bank.
    (
        "Qatar deposited three billion dollars in Egypt's central bank.",
        E("aids", "qatar", "egypt"),
    ),
    (
        "The UAE deposited one billion dollars with Pakistan's central bank.",
        E("aids", "united-arab-emirates", "pakistan"),
    ),
    # 0842 a released ship goes back to its owner.
    (
        "Iran released the tanker to its British owners.",
        E("retreatsFrom", "iran", "united-kingdom"),
    ),
    # 071 debt relief.
    ("Germany cancelled Ghana's debt.", E("aids", "germany", "ghana")),
    ("The IMF waived Haiti's debt repayments.", E("aids", "imf", "haiti")),
    ("Canada wrote down Cuba's debt.", E("aids", "canada", "cuba")),
    # 074 shielding, guarding.
    ("Turkish warships shielded Libyan government forces.", E("aids", "turkey", "libya")),
    ("Russian troops guarded the Syrian president.", E("aids", "russia", "syria")),
    # 075 sheltering, accepting, admitting refugees.
    ("Uganda sheltered South Sudanese refugees.", E("aids", "uganda", "south-sudan")),
    ("Poland accepted Ukrainian refugees.", E("aids", "poland", "ukraine")),
    ("Turkey admitted Syrian refugees.", E("aids", "turkey", "syria")),
    # 081/0812 overturning a ban.
    (
        "Bangladesh overturned the ban on Jamaat-e-Islami.",
        E("concedesTo", "bangladesh", "bangladesh"),
    ),
    # 083 acceding to demands for reform.
    (
        "Britain acceded to Irish demands for a referendum.",
        E("concedesTo", "united-kingdom", "ireland"),
    ),
    (
        "Lebanon's government acceded to protesters' demands for reform.",
        E("concedesTo", "lebanon", "lebanon"),
    ),
    # 0832 shelving, dropping, abandoning, backtracking on, rescinding a policy.
    ("Kenya shelved the tax increase.", E("concedesTo", "kenya", "kenya")),
    (
        "The Nigerian government dropped the fuel price increase.",
        E("concedesTo", "nigeria", "nigeria"),
    ),
    ("Ghana abandoned the levy.", E("concedesTo", "ghana", "ghana")),
    (
        "The French government backtracked on the pension reform bill.",
        E("concedesTo", "france", "france"),
    ),
    ("The Kenyan government rescinded the tax hike.", E("concedesTo", "kenya", "kenya")),
    # 0834 transferring, ceding, relinquishing, surrendering, yielding power.
    (
        "The Sudanese army agreed to transfer power to civilians.",
        E("concedesTo", "sudan", "sudan", modality=None),
    ),
    ("The Malian military ceded power to civilians.", E("concedesTo", "mali", "mali")),
    ("Mugabe relinquished power.", E("concedesTo", "zimbabwe", "zimbabwe")),
    (
        "The Nigerien army surrendered power to an elected government.",
        E("concedesTo", "niger", "niger"),
    ),
    ("The Chadian military yielded power to civilians.", E("concedesTo", "chad", "chad")),
    # 0841/0842 businessmen, executives, ships, vessels.
    (
        "Bahrain freed a detained American businessman.",
        E("retreatsFrom", "bahrain", "united-states"),
    ),
    ("Iran released two Swedish executives.", E("retreatsFrom", "iran", "sweden")),
    ("Russia released a Ukrainian ship.", E("retreatsFrom", "russia", "ukraine")),
    (
        "The Philippines released the seized Chinese vessel.",
        E("retreatsFrom", "philippines", "china"),
    ),
    # 086/0863 letting in, admitting; granting, giving, providing, allowing access.
    ("Syria let in UN aid convoys.", E("retreatsFrom", "syria", "united-nations")),
    ("Israel admitted aid trucks into Gaza.", E("retreatsFrom", "israel", "gaza-strip")),
    (
        "Egypt provided UN inspectors access to the site.",
        E("retreatsFrom", "egypt", "united-nations"),
    ),
    ("Sudan allowed the African Union access to Darfur.", E("retreatsFrom", "sudan", "darfur")),
    (
        "The EU allowed UN investigators into the detention centres.",
        E("retreatsFrom", "european-union", "united-nations"),
    ),
    # 0871 declaring, committing, consenting to a truce.
    (
        "Houthis and Saudi Arabia declared a truce.",
        E("retreatsFrom", "houthis", "saudi-arabia"),
    ),
    ("Hamas committed to a ceasefire with Israel.", E("retreatsFrom", "hamas", "israel")),
    (
        "The Taliban consented to a truce with the Afghan government.",
        E("retreatsFrom", "taliban", "afghanistan"),
    ),
    # 0873 giving up, laying down, turning over, surrendering weapons.
    ("Rebels in Colombia gave up their weapons.", E("retreatsFrom", "colombia", "colombia")),
    ("The Kurdish PKK laid down its arms in Turkey.", E("retreatsFrom", "pkk", "turkey")),
    (
        "The FARC turned over its weapons to the United Nations.",
        E("retreatsFrom", "farc", "united-nations"),
    ),
    (
        "The rebels in Mozambique surrendered their weapons to the army.",
        E("retreatsFrom", "mozambique", "mozambique"),
    ),
    # 087 exiting; the retreat, pullout, disengagement of troops.
    ("The last British troops exited Iraq.", E("retreatsFrom", "united-kingdom", "iraq")),
    ("The retreat of Russian troops from Kyiv.", E("retreatsFrom", "russia", "ukraine")),
    ("The pullout of American troops from Somalia.", E("retreatsFrom", "united-states", "somalia")),
    (
        "The disengagement of Indian troops from the border with China.",
        E("retreatsFrom", "india", "china"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SYNONYMS_B, ids=_ids(SYNONYMS_B))
def test_codebook_b_synonyms(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))
