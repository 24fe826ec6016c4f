"""A trigger word is an event only in its event sense, read from its frame (issue 11).

Each case pairs a sentence where the word names an act with one where it does not, so that a
rule that keeps both or drops both fails here.
"""

from __future__ import annotations

import pytest
from conftest import Extract
from spacy.language import Language

from briefgen.extract.lexicon import Lexicon
from briefgen.extract.triggers import Trigger, find_trigger
from briefgen.model import Event, Extraction, Participant


def found(extraction: Extraction, trigger: str) -> list[Event]:
    return [e for e in extraction.events if e.trigger.text == trigger]


def names(sides: tuple[Participant, ...]) -> list[str]:
    return [p.name for p in sides]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a view of a fact is not an act; agreeing to act is
        ("The speaker agreed it was of concern.", "agreed", None),
        ("Most analysts seem to agree.", "agree", None),
        ("Even his critics seemed to agree on one thing.", "agree", None),
        ("Officials met. They agreed that going to level six could be likely.", "agreed", None),
        ("Officials met. They agreed that withdrawing troops would begin.", "agreed", "AGREE"),
        ("Iran agreed to withdraw its troops.", "agreed", "AGREE"),
        # beating someone in a contest outdoes them; beating protesters hits them
        ("Officials met. Lane beat his former co-star Lee Evans to win best actor.", "beat", None),
        ("Officials met. Pasquale beat Paul Burrell, who came second.", "beat", None),
        ("Casey collected the prize. Casey beat Brian McFadden and Damien Rice.", "beat", None),
        ("Officials met. Soldiers beat Ahmed Hassan in the street on Monday.", "beat", "ASSAULT"),
        # what is met with that is no meeting is received
        ("Officials met. Stone's film met with scathing reviews from US critics.", "met", None),
        ("Officials met. Blair met with Bush on Monday.", "met", "CONSULT"),
        # inquiries received are questions put to one
        ("Officials met. Brazil is receiving inquiries from companies.", "inquiries", None),
        ("Britain launched an inquiry into the sinking.", "inquiry", "INVESTIGATE"),
        # what a thing is blamed on is blamed: on no one, no one is criticised
        ("Officials met. Some villagers blame it on pollution in the water.", "blame", None),
        # being able to act foresees it; being ready to act is asked for
        ("Pisano told Reuters that the company should be able to grow its sales.", "be", None),
        ("Obama said Iran must be ready to negotiate.", "be", "DEMAND"),
        ("Israel and Syria agreed a deal.", "agreed", "AGREE"),
        ("The Security Council agreed to an extension of the mandate.", "agreed", "AGREE"),
        # a trip or a visit needs whom it visits; going back gives nothing back
        ("Hayward went on a sailing trip in the Solent on Saturday.", "trip", None),
        ("Clinton's visit to Pakistan began on Monday.", "visit", "CONSULT"),
        ("Hayward returned to the UK on Friday.", "returned", None),
        ("Israel returned the prisoners to Lebanon.", "returned", "CONCEDE"),
        # an illness is studied, not looked into as someone's doing
        ("Officials met. The researchers assessed the Mexico epidemic.", "assessed", None),
        ("Police investigated the outbreak of violence in Mexico.", "investigated", "INVESTIGATE"),
        # an organisation meeting no one else sits on its own
        ("Rates are low. The Federal Reserve starts a two-day meeting.", "meeting", None),
        ("Obama held a meeting with Putin on Monday.", "meeting", "CONSULT"),
        # goods ordered are bought, even after a clause the parser hung on the verb
        (
            "Governments pledged billions for the vaccine -- the United States has set aside "
            "$1 billion, the Netherlands ordered 34 million doses.",
            "ordered",
            None,
        ),
        # a state fighting to do something strives; forces fighting to take a town fight
        (
            "Tubruq is near the border, Jabbour said. Egypt, already fighting to contain an "
            "outbreak of flu, said it had no cases of plague.",
            "fighting",
            None,
        ),
        ("Rebels fought to take the town.", "fought", "FIGHT"),
        # one's own trip called off punishes no one; talks called off do
        ("Obama cancelled his trip to Indonesia to deal with the spill.", "cancelled", None),
        ("Russia cancelled talks with Georgia.", "cancelled", "SANCTION"),
        # pulling out of one's engagement or pulling out papers yields nothing; of a treaty does
        ("Hayward pulled out of an appearance at the National Portrait Gallery.", "pulled", None),
        ("The members scoffed, pulling out press clippings from 2007.", "pulling", None),
        ("Russia pulled out of the treaty.", "pulled", "RETREAT"),
        # talk with the press is an interview, not a meeting
        ("CNN's John Vause talks to Libya expert Khalil Matar on the uprising.", "talks", None),
        ("Saif al Islam Gadhafi talks to CNN about a new code.", "talks", None),
        ("Clinton spoke with Lavrov by phone.", "spoke", "CONSULT"),
        # keeping oneself or defending oneself backs no one
        ("The rebels are not capable of supporting themselves.", "supporting", None),
        ("NATO supported the rebels.", "supported", "SUPPORT"),
        # what is approved must be an accord or someone's request, not one's own law or force
        ("Congress approved the budget.", "approved", None),
        # denying an act of force says it was not done; denying someone a thing refuses it
        ("Ahmadinejad denied any repression against the opposition.", "denied", None),
        ("Israel denied him a visa.", "denied", "REJECT"),
        # encouraging someone to act urges them; encouraging an act backs it
        ("Obama encouraged NATO members to help the rebels.", "encouraged", "DEMAND"),
        ("Russia encouraged the talks.", "encouraged", "SUPPORT"),
        ("The NTC has consistently denied any bid to broker a deal with Gaddafi.", "denied", None),
        # a war someone would halt is not told anew
        ("Rebels rejected a plan by the AU to halt the civil war in Libya.", "war", None),
        # raiding positions is fighting; raiding homes is coercion
        ("Rebels raided pro-Gaddafi positions near Brega.", "raided", "FIGHT"),
        ("Police raided the homes of activists.", "raided", "COERCE"),
        ("The UN authorized military action against Libya.", "authorized", None),
        ("Israel approved the ceasefire deal.", "approved", "AGREE"),
        # a warning to investigate a killing threatens no force
        (
            "The United States has warned the TNC to carry out an investigation of the killing.",
            "warned",
            None,
        ),
        ("Iran warned it would retaliate against any attack.", "warned", "THREATEN"),
        # a vote against allowing an act refuses it
        ("Turkey voted against allowing American soldiers to use its soil.", "allowing", "REJECT"),
        # `not going to` refuses as `will not` does
        (
            "The Libyan opposition is not going to strike any deal with the government.",
            "deal",
            "REJECT",
        ),
        # what is abandoned must be ground, someone or an act; a company's money and a company
        # taken over are business
        ("BP abandoned the top kill operation on Saturday.", "abandoned", None),
        ("Rebels abandoned the town on Monday.", "abandoned", "RETREAT"),
        ("BP suspended dividend payments to shareholders.", "suspended", None),
        ("The US suspended aid payments to Egypt.", "suspended", "SANCTION"),
        ("Lord Browne moved to seize control of Amoco and Arco.", "seize", None),
        # soldiers on the march advance; marchers protest
        ("Pro-Gadhafi forces marched eastward, hammering rebel positions.", "marched", None),
        ("Thousands of students marched through the capital.", "marched", "PROTEST"),
        # a threat posed is a danger judged; one issued is made
        ("China and Russia pose the greatest threat to the United States.", "threat", None),
        ("Iran issued a threat to close the strait.", "threat", "THREATEN"),
        # an adjective the tagger took for a name does nothing
        ("Fierce battles raged on Tuesday for control of key Libyan cities.", "battles", None),
        # a whole movement named in passing is background; one launched by someone is an act
        ("Benghazi, the cradle of the uprising, was quiet on Monday.", "uprising", None),
        ("Protesters launched an uprising against Gaddafi in February.", "uprising", "PROTEST"),
        # who is allowed must be someone
        ("Israel allowed inspectors to return.", "allowed", "CONCEDE"),
        ("The Home Office allowed nuclear waste to be stored in Britain.", "allowed", None),
        # a thing given is aid only when given to someone
        ("Finland will give Tanzania a grant of 580 million shillings.", "grant", "AGREE"),
        ("The allegations, which Blunkett has denied, are being investigated.", "denied", None),
        ("Alun Michael denied the hunting ban had led to a breakdown of trust.", "denied", None),
        ("Iran denied the inspectors access to the site.", "denied", "REJECT"),
        # an aim is no request; asking for talks is
        ("Gordon Brown will seek to put the economy first.", "seek", None),
        ("Iran sought talks with the United States.", "sought", "DEMAND"),
        # what is acted on must be someone, not someone's thing or a thing beside someone
        ("Labour has met all of its promises.", "met", None),
        ("Vladimir Putin met Iran's foreign minister.", "met", "CONSULT"),
        ("Tony Blair shot basketball hoops with students.", "shot", None),
        # when something is insisted on is not what is insisted on
        (
            "On Monday Tony Blair insisted closer co-operation did not mean losing control.",
            "insisted",
            None,
        ),
        # a public consultation is no talk with anyone
        ("Ministers would consult on other proposals.", "consult", None),
        ("Tony Blair consulted George Bush.", "consulted", "CONSULT"),
        ("BAA launched a series of consultations on blight.", "consultations", None),
        ("Gunmen shot three of the soldiers.", "shot", "ASSAULT"),
        ("Cafod will host Gordon Brown's speech.", "host", None),
        ("Lucy, who was adopted by a family from Essex, is happy.", "adopted", None),
        ("The Security Council adopted the resolution.", "adopted", "AGREE"),
        ("Tony Blair suppressed his anger.", "suppressed", None),
        ("Police suppressed the protest.", "suppressed", "COERCE"),
        ("Charles Kennedy backed up his optimism.", "backed", None),
        ("Charles Kennedy backed up the plan.", "backed", "SUPPORT"),
        ("The Labour Party backed him.", "backed", "SUPPORT"),
        ("Iran agreed that inspectors would return to the site.", "agreed", "AGREE"),
        ("Its members reject such claims.", "reject", None),
        ("Israel rejected the ceasefire proposal.", "rejected", "REJECT"),
        ("The minister accepted that mistakes had been made.", "accepted", None),
        ("He recognised that firm controls were essential.", "recognised", None),
        ("Sweden recognised Palestine in 2014.", "recognised", "COOPERATE"),
        # what is given must be aid
        (
            "The Department for Constitutional Affairs has provided strong leadership.",
            "provided",
            None,
        ),
        ("The United States provided weapons to Ukraine.", "provided", "AID"),
        ("Betfair provides a facility to bet against a result.", "provides", None),
        ("The act provides the public with a right of access to information.", "provides", None),
        # what is deployed must be forces
        ("Anti-hunt groups deployed 100 monitors at hunts.", "deployed", None),
        ("Russia deployed troops to the border.", "deployed", "MOBILIZE"),
        # a charge is laid for something
        ("The firm charged clients for access to ministers.", "charged", None),
        ("Police charged the man with murder.", "charged", "COERCE"),
        # a conversation has another side
        ("The prime minister talked about a new manifesto.", "talked", None),
        ("The prime minister talked with union leaders.", "talked", "CONSULT"),
        # insisting on a fact is no demand; insisting on an act is
        ("The chancellor insisted his spending plans were affordable.", "insisted", None),
        ("Greece insisted that the talks must resume.", "insisted", "DEMAND"),
        ("Iran insisted on a ceasefire.", "insisted", "DEMAND"),
        ("Wagstrom insisted that a range of precautions are in place.", "insisted", None),
        ("Labour insisted that the government raise taxes.", "insisted", "DEMAND"),
        # a need of one's own is no requirement put on anyone
        (
            "Officials met. Shindo told reporters that about 10 percent of people known to "
            'have been infected with the strain known popularly as "swine flu" in Mexico and '
            "the United States required to be admitted to hospital.",
            "required",
            None,
        ),
        ("Russia required Ukraine to withdraw its troops.", "required", "DEMAND"),
        # what is lifted or eased is a restriction, not spirits
        ("Michael Howard will lift spirits in the party.", "lift", None),
        ("The United States lifted sanctions on Libya.", "lifted", "CONCEDE"),
        ("Sudan lifted a state of emergency in West Darfur.", "lifted", "CONCEDE"),
        ("Labour embraced the plan.", "embraced", "SUPPORT"),
        ("British firms embraced e-commerce.", "embraced", None),
        ("Israel returned the favour.", "returned", None),
        ("Iraq returned the weapons.", "returned", "CONCEDE"),
        # proposing a call for a ceasefire asks for one; proposing a system asks nothing
        ("Russia and China proposed an immediate call for a ceasefire.", "proposed", "DEMAND"),
        ("Charles Clarke proposed a points system.", "proposed", None),
        ("The Liberal Democrats renewed calls for a public inquiry.", "calls", "DEMAND"),
        # fighting poverty is no battle
        ("The movement had to fight poverty.", "fight", None),
        ("Rebels fought government troops near the border.", "fought", "FIGHT"),
        # appeals: to someone to act, or against a ruling
        ("The programme aimed to appeal to middle England voters.", "appeal", None),
        ("The demonstrators appealed against the ruling.", "appealed", "DISAPPROVE"),
        # signing a petition is no agreement
        ("Ninety MPs signed a petition.", "signed", None),
        ("Israel and Jordan signed a peace treaty.", "signed", "AGREE"),
        # committed to a country, or to an act
        ("It is the only country fully committed to Europe.", "committed", None),
        ("Vietnam is committed to opening up the economy.", "committed", "AGREE"),
        # meeting a target is no meeting
        ("He will meet the golden rule with a margin of 8bn.", "meet", None),
        # declining to speak rejects nothing; refusing to act does
        ("Liam Fox refused to discuss weekend newspaper reports.", "refused", None),
        ("Liam Fox refused to fund the campaign.", "refused", "REJECT"),
        # a clash between people in public life is a quarrel
        ("Lord Woolf has clashed with ministers over the inquiries.", "clashed", "DISAPPROVE"),
        ("Rebels clashed with government troops near the border.", "clashed", "FIGHT"),
        # one prevents someone, not a disclosure
        ("Thomas deleted e-mails to prevent their disclosure.", "prevent", None),
        ("Police prevented the protesters from marching.", "prevented", "COERCE"),
        # a vow or a warning is a threat only of force, and only of one's own
        ("Charles Clarke has vowed to plough on with plans for ID cards.", "vowed", None),
        ("The rebels vowed to attack the capital.", "vowed", "THREATEN"),
        ("Clarke warned that a Madrid-style bombing could happen in the UK.", "warned", None),
        ("Iran warned it would strike US bases.", "warned", "THREATEN"),
        # an offer is of an act or of aid
        ("Blair said the Tories offered a hard right agenda.", "offered", None),
        ("Putin offered to negotiate with Armenia.", "offered", "AGREE"),
        # advice or words offered are no cooperation offered
        ("The commission will offer recommendations to prevent a repeat.", "offer", None),
        ("Iran offered talks with the rebels.", "offered", "AGREE"),
        # withdrawing a proposal is no retreat
        ("Lord Dubs has withdrawn proposals to change the succession.", "withdrawn", None),
        ("Russia withdrew its troops from the border.", "withdrew", "RETREAT"),
        # mobilising outrage is no mobilisation
        ("Irene Khan said the movement had failed to mobilise public outrage.", "mobilise", None),
        # handing over a letter is a message; handing over a job is not
        ("Blair reneged on a deal to hand Brown the premiership.", "hand", None),
        ("Araqchi handed Putin a letter from Khamenei.", "handed", "CONSULT"),
        # a policy promised to voters is no cooperation; promised aid or a concession is
        ("The Tories have promised an upper limit on immigration.", "promised", None),
        ("The UK has pledged aid to Sudan.", "pledged", "AGREE"),
        ("The EU pledged to work towards lifting the ban.", "pledged", "AGREE"),
        # who fights is armed
        ("The Liberal Democrats will fight to get their voice heard.", "fight", None),
        ("Rebels fought near the border.", "fought", "FIGHT"),
        # remembering is no recall; tolerating no agreement; preferring no support
        ("Mr Blair recalls how Bill Clinton once advised him.", "recalls", None),
        ("Ghana recalled its ambassador to Nigeria.", "recalled", "SANCTION"),
        ("Scotland may have to accept significant intrusion from wind farms.", "accept", None),
        ("Iran accepted the offer of talks.", "accepted", "AGREE"),
        ("The prime minister favours a February poll.", "favours", None),
        ("He said he would stand with great honour and pride.", "stand", None),
        ("Families may settle in Britain.", "settle", None),
        # money promised is aid when someone is to get it
        ("The Tories have promised £4bn in tax cuts.", "promised", None),
        ("Britain pledged £5m to Kenya.", "pledged", "AGREE"),
        # freezing a duty is no sanction
        ("Gordon Brown is to freeze petrol duty.", "freeze", None),
        # denying a claim is no refusal; denying someone a request is
        ("Labour denied the accusations of anti-Semitism.", "denied", None),
        ("The council denied land for the temple.", "denied", None),
        ("Britain denied him a visa.", "denied", "REJECT"),
        ("Tony Blair dismissed questions about the advice.", "dismissed", "REJECT"),
        ("Police dismissed the game's influence on the killing.", "dismissed", None),
        # seeking a job is no demand; seeking refuge or talks is
        ("He may be seeking new employment.", "seeking", None),
        ("Some 800,000 Iraqi Kurds sought refuge in Germany.", "sought", "DEMAND"),
        # insisting on a fact, or on doing something oneself, is no demand
        ("Kennedy insists his commitments will appeal across the spectrum.", "insists", None),
        # challenging someone to act is a demand
        ("UKIP challenged Kilroy-Silk to stand down.", "challenged", "DEMAND"),
        # agreeing with a plan endorses it
        ("The directors agreed in principle with the government's plans.", "agreed", "SUPPORT"),
        ("Congress agreed, with strings attached, to lift the embargo.", "agreed", "AGREE"),
        # speaking with sincerity is no meeting
        ("Blair had spoken with such sincerity.", "spoken", None),
        # a verbal attack by a politician is a quarrel
        (
            "Michael Howard has launched an attack on the cost of the asylum system.",
            "attack",
            "DISAPPROVE",
        ),
        # the partner may hang on the topic
        (
            "Gordon Brown says he discussed the election campaign with Tony Blair on Saturday.",
            "discussed",
            "CONSULT",
        ),
        # what is looked into is someone's, somewhere or an act; a natural process is science
        ("Observers from the OSCE monitored the elections in Ukraine.", "monitored", "INVESTIGATE"),
        (
            "Flu experts at the WHO monitored the evolution of avian influenza viruses.",
            "monitored",
            None,
        ),
        ("NASA monitored the nationwide alert over the new swine flu.", "monitored", None),
        ("UN inspectors examined the site.", "examined", "INVESTIGATE"),
        # what is ordered is an act or someone told to act; goods ordered are bought
        ("The State Department ordered the departure of embassy staff.", "ordered", "DEMAND"),
        (
            "Addison fled rather than pay the £5,000 damages ordered by the Supreme Court.",
            "ordered",
            "DEMAND",
        ),
        ("On Thursday, BP ordered 60,000 gallons of Dispersit.", "ordered", None),
        ("India ordered 36 Rafale fighter jets from France.", "ordered", None),
        # what is cut is someone, ties, aid or an act, not a thing of someone's
        ("The credit rating agency Fitch downgraded BP's debt.", "downgraded", None),
        ("Britain downgraded relations with Iran.", "downgraded", "SANCTION"),
        (
            "The United States suspended part of a military aid program for Bosnia.",
            "suspended",
            "SANCTION",
        ),
        # dismissing a proposal rejects it; dismissing an executive fires him
        ("Downing Street dismissed calls for a public inquiry.", "dismissed", "REJECT"),
        ("BP has dismissed chief executive Tony Hayward.", "dismissed", None),
        # what is broken is a pact, an act or someone's; breaking a law is an offence
        ("Iran breached the terms of the treaty.", "breached", "REJECT"),
        ("Israeli jets violated Lebanese airspace.", "violated", "REJECT"),
        ("Salazar violated the National Environmental Policy Act.", "violated", None),
        ("BP violated its own industry guidelines.", "violated", None),
        # what is shut down is someone's body, not a well
        ("The junta shut down the opposition newspaper La Prensa.", "shut", "COERCE"),
        ("BP shut down the well on Thursday.", "shut", None),
        # who is visited is someone, a state or a city, not a place looked at
        ("Putin visited Paris on Monday.", "visited", "CONSULT"),
        ("Blair visited troops in Basra.", "visited", "CONSULT"),
        ("Mayor Buck Lee toured the damaged refinery on Monday.", "toured", None),
        # what is scrambled is forces, not a response
        ("Britain scrambled jets to intercept the Russian bombers.", "scrambled", "MOBILIZE"),
        (
            "The US Coast Guard scrambled to keep the slick from reaching the shore.",
            "scrambled",
            None,
        ),
        # what is sealed is a deal, not a well
        ("Israel and Jordan sealed a peace deal.", "sealed", "AGREE"),
        ("BP sealed the well with cement on Thursday.", "sealed", None),
        # a politician who fires back at critics quarrels; troops who fire on people fight
        ("Prime Minister Tony Blair fired back at his critics on Monday.", "fired", "DISAPPROVE"),
        ("Israeli troops fired on protesters in Gaza.", "fired", "FIGHT"),
        # a reporter's sources are consulted for comment, not in talks
        ("Analysts consulted by Reuters said the sale would go ahead.", "consulted", None),
        ("Blair consulted EU leaders on Monday.", "consulted", "CONSULT"),
        # a pointed question demands no act
        ("Lawmakers demanded to know why Abedi was not watched.", "demanded", None),
        ("The senators demanded to see the documents.", "demanded", "DEMAND"),
        # forces are reinforced; a statement is not
        ("NATO reinforced its troops in Estonia.", "reinforced", "MOBILIZE"),
        (
            "The bleak estimate was reinforced by the US raising its figures.",
            "reinforced",
            None,
        ),
    ],
)
def test_a_word_is_an_event_only_in_its_event_sense(
    extract: Extract, text: str, trigger: str, expected: str | None
) -> None:
    types = [e.type for e in found(extract(text), trigger)]
    assert types == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an event noun tells of an act when a verb does it, it happens, or whose it is is said
        ("Labour support has been falling among some voters.", "support", None),
        ("Mr Howard and Mr Letwin took too long to unveil the proposals.", "proposals", None),
        ("He spoke at his monthly news conference.", "conference", None),
        ("Five unions held talks with the deputy prime minister.", "talks", "CONSULT"),
        ("Talks between Israel and Syria began on Monday.", "Talks", "CONSULT"),
        ("Putin's meeting with Araqchi lasted an hour.", "meeting", "CONSULT"),
        # a strike told with its sides is an attack; a bare one may be a stoppage
        ("The strike also affected the assembly building.", "strike", None),
        ("The US strikes on Iran destroyed three sites.", "strikes", "FIGHT"),
        # what is lifted stood before: the lifting is the act told
        ("The EU embargo on arms to China is likely to be lifted.", "embargo", None),
        ("The EU imposed an embargo on China.", "embargo", "SANCTION"),
    ],
)
def test_an_event_noun_is_an_event_only_when_it_tells_of_one(
    extract: Extract, text: str, trigger: str, expected: str | None
) -> None:
    types = [e.type for e in found(extract(text), trigger)]
    assert types == ([expected] if expected else [])


def test_a_should_said_by_no_one_is_the_writers_view_not_a_demand(extract: Extract) -> None:
    (resign,) = found(
        extract("Mr Smith has no mandate and should resign from the parliament."), "resign"
    )
    assert (resign.type, resign.modality) == ("RETREAT", "hypothetical")
    reported = extract("The Liberal Democrats say Mr Clarke should resign.")
    (demand,) = found(reported, "resign")
    assert demand.type == "DEMAND"
    assert (names(demand.actors), names(demand.targets)) == (["Liberal Democrats"], ["Clarke"])


def test_being_is_no_act_even_when_it_must_be(pipeline: Language, lexicon: Lexicon) -> None:
    def be(text: str) -> Trigger | None:
        return find_trigger(next(t for t in pipeline(text) if t.lemma_ == "be"), lexicon)

    assert be("Russia said that the envoy must be present.") is None
    demanded = be("Mubarak said that the US must be ready to mediate.")
    assert demanded is not None and demanded.type == "DEMAND"


FRAMED = [
    # a weekday with the plain present is on the calendar; a habit is not
    ("Svanberg meets Obama on Wednesday.", "meets", ("AGREE", "intended", False)),
    ("Rebels attack the town every Friday.", "attack", ("FIGHT", "generic", False)),
    (
        "Wednesday: President Obama and Vice President Biden meet with BP executives.",
        "meet",
        ("CONSULT", "realised", False),
    ),
    (
        "Obama's visit will come a day after he receives the report.",
        "visit",
        ("AGREE", "intended", False),
    ),
    (
        "George Osborne has been deputed to talk to Tony Hayward.",
        "talk",
        ("AGREE", "intended", False),
    ),
    (
        "Tony Hayward offered his personal apology to the families.",
        "apology",
        ("CONCEDE", "realised", False),
    ),
    (
        "Joe Barton apologised to Hayward for what he called a White House shakedown.",
        "apologised",
        ("CONCEDE", "realised", False),
    ),
    ("Putin had talks with Erdogan.", "talks", ("CONSULT", "realised", False)),
    ("The Supreme Court reversed the decision.", "reversed", ("CONCEDE", "realised", False)),
    ("Obama postponed his visit to Jakarta.", "visit", ("AGREE", "intended", False)),
    (
        "The speech comes on the eve of Obama's meeting with BP executives.",
        "meeting",
        ("AGREE", "intended", False),
    ),
    (
        "Most Republicans opposed the plan in the vote.",
        "opposed",
        ("DISAPPROVE", "realised", False),
    ),
    ("Paul Boateng is to step down at the election.", "step", ("AGREE", "intended", False)),
    (
        "Howard said Blair will have to defend the decision.",
        "defend",
        ("SUPPORT", "hypothetical", False),
    ),
    (
        "Blair offered his congratulations to the couple.",
        "congratulations",
        ("SUPPORT", "realised", False),
    ),
    (
        "Jacques Chirac says he would be happy to meet Iyad Allawi.",
        "meet",
        ("AGREE", "intended", False),
    ),
    (
        "Tony Blair said Britain would be wrong to deny voters a referendum.",
        "deny",
        ("REJECT", "hypothetical", False),
    ),
    (
        "Rebel leaders said they would meet the mediator if he gave them a veto.",
        "meet",
        ("AGREE", "hypothetical", False),
    ),
    ("Jack Cunningham decided to ban beef on the bone.", "ban", ("COERCE", "realised", False)),
    ("Ken Livingstone said he would not apologise.", "apologise", ("REJECT", "realised", False)),
    (
        "The British government is probably encouraging panic.",
        "encouraging",
        ("SUPPORT", "hypothetical", False),
    ),
    (
        "Lord Archer has not been seen in the Lords since July, although there is nothing in "
        "the rules to prevent him from attending.",
        "prevent",
        ("COERCE", "realised", True),
    ),
]


FRAMED += [
    # on a calendar: planned, not done
    ("Pro-hunt supporters are set to protest at Labour's conference.", "protest",
     ("PROTEST", "intended", False)),
    # workers who strike stop work; what strikes something attacks it
    ("Teachers struck over pay on Monday.", "struck", ("PROTEST", "realised", False)),
    ("Nurses are due to strike on Monday.", "strike", ("PROTEST", "intended", False)),
    ("Rebels struck the base.", "struck", ("FIGHT", "realised", False)),
    # force wished for is proposed; force vowed is threatened
    ("Mr Clarke wants house arrest for terror suspects.", "arrest",
     ("COERCE", "hypothetical", False)),
    ("Israel vowed to strike Hezbollah.", "vowed", ("THREATEN", "intended", False)),
    # an inquiry promised stays an inquiry
    ("The Justice Department will examine the companies' records.", "examine",
     ("INVESTIGATE", "intended", False)),
    # a cooperative act wanted, planned or scheduled is offered; planned force is a plot
    ("Iran wants to hold talks with the EU.", "talks", ("AGREE", "intended", False)),
    ("Obama set out his plans to withdraw troops from Iraq.", "withdraw",
     ("AGREE", "intended", False)),
    ("Blair will attend the upcoming summit with Chirac.", "summit",
     ("AGREE", "intended", False)),
    ("Police in Kenya foiled a planned attack on the embassy.", "attack",
     ("FIGHT", "hypothetical", False)),
    # a date ahead or a copula in the future puts an act still to come
    ("David Cameron travels to Washington later today for his meeting with Barack Obama.",
     "meeting", ("AGREE", "intended", False)),
    ("It will be Holder's first trip to Louisiana.", "trip", ("AGREE", "intended", False)),
    ("Two days later, Blair met Chirac in Paris.", "met", ("CONSULT", "realised", False)),
    # what was not done is negated; it is refused only when someone will not do it
    ("Obama said he has not spoken directly with Tony Hayward.", "spoken",
     ("CONSULT", "realised", True)),
    ("Russia did not attend the talks.", "talks", ("CONSULT", "realised", True)),
    ("Russia would not attend the talks.", "talks", ("REJECT", "realised", False)),
    ("Sharon has vowed not to return the Golan Heights to Syria.", "return",
     ("REJECT", "realised", False)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "expected"), FRAMED)
def test_how_the_text_frames_an_act(
    extract: Extract, text: str, trigger: str, expected: tuple[str, str, bool]
) -> None:
    (event,) = found(extract(text), trigger)
    assert (event.type, event.modality, event.negated) == expected


def test_an_accident_a_blast_at_a_worksite_or_harm_to_animals_is_no_attack(
    extract: Extract,
) -> None:
    told = extract(
        "A suicide bomber struck a market in Kabul in 2009. "
        "Years later, an explosion at a Texas refinery killed 15 workers. "
        "It faces litigation over the accident, which killed 11 workers. "
        "The killing of the turtles has outraged environmentalists. "
        "Police spokesman Nigel Yeo said he expected most people would obey the law - by drag "
        "hunting or chasing foxes then shooting them. "
        "Scientists have yet to determine what killed the dolphins. "
        "The April 20 blowout of BP's Macondo well killed 11 rig workers. "
        "It recalled the Piper Alpha fire in the British North Sea, which killed 167 men. "
        "Shell leased the platform from Acme Drilling Inc. when it exploded, killing 9 workers. "
        "Exxon's oil rig exploded off the coast of Texas in May, killing 7 people."
    )
    assert [e.trigger.text for e in told.events if e.type in ("ASSAULT", "FIGHT")] == ["struck"]
    assert not found(told, "shooting")  # nor threatened: shooting foxes threatens no one


def test_a_body_of_a_nation_or_of_a_person_acts_for_itself(extract: Extract) -> None:
    (criticised,) = found(extract("The British oil company criticised Obama."), "criticised")
    assert names(criticised.actors) == ["British oil company"]
    (met,) = found(extract("Obama's aides met BP executives on Monday."), "met")
    assert names(met.actors) == ["Obama's aides"]
    (officials,) = found(extract("French officials met Putin."), "met")
    assert names(officials.actors) == ["France"]
    giant = extract("The British energy giant criticised the White House.")
    assert not [e for e in giant.events if "United Kingdom" in names(e.actors)]
    (shelled,) = found(extract("Gaddafi soldiers shelled Misrata."), "shelled")
    assert names(shelled.actors) == ["Gaddafi soldiers"]


def test_who_comes_under_attack_is_its_target(extract: Extract) -> None:
    (armed,) = found(extract("Government troops came under attack from rebels in Brega."), "attack")
    assert (armed.type, names(armed.actors), names(armed.targets)) == (
        "FIGHT",
        ["rebels"],
        ["Government troops"],
    )
    (words,) = found(
        extract("Blair came under attack from Labour MPs for backing the war."), "attack"
    )
    assert (words.type, names(words.actors), names(words.targets)) == (
        "DISAPPROVE",
        ["Labour Party"],
        ["Blair"],
    )
    unnamed = extract("The Obama administration came under attack for sanctioning dispersants.")
    assert not [e for e in unnamed.events if e.actors or e.type in ("ASSAULT", "FIGHT")]


def test_an_act_whose_owner_is_said_borrows_no_doer(extract: Extract) -> None:
    told = extract("Transocean's internal investigation has been hampered by BP's refusal.")
    assert not [e for e in found(told, "investigation") if names(e.actors) == ["BP"]]


def test_a_refusal_told_by_its_verb_and_its_act_is_one_event(extract: Extract) -> None:
    told = extract("Iran refused to meet the envoy.")
    assert [(e.type, names(e.targets)) for e in told.events] == [("REJECT", ["envoy"])]


def test_leave_to_act_and_a_threat_do_not_tell_the_act_done(extract: Extract) -> None:
    told = extract(
        "Iran threatened to attack and seize the ships. "
        "The decree gave powers allowing the health department to isolate patients and "
        "inspect homes."
    )
    done = [e.trigger.text for e in told.events if e.modality == "realised"]
    assert not {"seize", "isolate", "inspect"} & set(done)
    # but a `not` stays with its own verb
    (seized,) = found(extract("Russia did not attack the town but seized the port."), "seized")
    assert not seized.negated
    # ... while a refusal covers both verbs it joins
    refused = extract("Kremlin bosses refuse to officially register and recognize his party.")
    assert not [e for e in refused.events if e.type == "COOPERATE" and not e.negated]
    (agreed,) = found(extract("Israel refused to withdraw but agreed to talks."), "agreed")
    assert (agreed.type, agreed.negated) == ("AGREE", False)


def test_a_report_passed_on_is_not_the_speakers_act(extract: Extract) -> None:
    told = extract(
        "Donaldson said the laboratories were still analyzing the strain now said to have "
        "killed 42 people in Mexico."
    )
    assert not [e for e in told.events if "Donaldson" in names(e.actors) and e.type == "ASSAULT"]


def test_a_warning_to_be_ready_for_a_disease_is_no_threat(extract: Extract) -> None:
    told = extract("The WHO has warned countries to be on alert for any unusual flu outbreaks.")
    assert not [e for e in told.events if e.type == "THREATEN"]


def test_a_word_for_a_calamity_does_not_hide_a_killing_in_a_war(extract: Extract) -> None:
    told = extract(
        "The rebels shelled the port on Monday. "
        "A humanitarian disaster loomed after fighting killed 40 people in Misrata."
    )
    assert found(told, "killed")


def test_who_asks_what_did_it_did_not_do_it(extract: Extract) -> None:
    told = extract("The FBI has yet to determine what killed the three men in Boston.")
    assert not [e for e in told.events if e.type == "ASSAULT" and e.actors]


def test_a_bombing_nobody_armed_is_said_to_have_made_is_an_assault(extract: Extract) -> None:
    (bombing,) = found(extract("Police are investigating the nightclub bombing."), "bombing")
    assert bombing.type == "ASSAULT"
    (strike,) = found(extract("Israeli jets bombed Hamas positions in Gaza."), "bombed")
    assert strike.type == "FIGHT"
    (arson,) = found(extract("Police are investigating a series of arson attacks."), "attacks")
    assert arson.type == "ASSAULT"
    told = extract("The US struck Iran's nuclear sites. Iran would respond to the attack.")
    assert [e.type for e in found(told, "attack")] == ["FIGHT"]


def test_a_state_named_before_a_terror_attack_is_where_it_struck(extract: Extract) -> None:
    text = "The laws were passed after the US terror attacks on 11 September 2001."
    (attacks,) = found(extract(text), "attacks")
    assert (attacks.type, names(attacks.actors), names(attacks.targets)) == (
        "ASSAULT",
        [],
        ["United States"],
    )


def test_a_violent_act_named_again_by_a_bare_noun_is_one_act(extract: Extract) -> None:
    text = "Police were searching for a man after a bomb blast which injured several people."
    events = extract(text).events
    assert [e.trigger.text for e in events if e.type in ("ASSAULT", "FIGHT")] == ["injured"]


def test_the_crime_someone_is_arrested_for_is_laid_to_them(extract: Extract) -> None:
    (crime,) = found(extract("The former minister was arrested on Monday for fraud."), "fraud")
    assert (crime.type, names(crime.actors)) == ("CRIME", ["former minister"])


def test_world_powers_are_sides_and_looting_is_a_crime(extract: Extract) -> None:
    text = "Western powers, led by the U.S., launched air strikes on Libya. Gangs looted shops."
    (strikes,) = found(extract(text), "strikes")
    assert (strikes.type, names(strikes.actors)) == ("FIGHT", ["Western powers"])
    (looting,) = found(extract(text), "looted")
    assert (looting.type, names(looting.actors)) == ("CRIME", ["Gangs"])


def test_a_summons_rebukes_an_envoy_and_asks_anyone_else_to_come(extract: Extract) -> None:
    text = "Russia summoned the British ambassador. Lawmakers summoned BP executives to a hearing."
    rebuke, call = found(extract(text), "summoned")
    assert (rebuke.type, names(rebuke.actors)) == ("DISAPPROVE", ["Russia"])
    assert (call.type, names(call.actors)) == ("DEMAND", ["Lawmakers"])


def test_a_sides_partners_and_allies_are_not_that_side(extract: Extract) -> None:
    text = "One of BP's partners has refused to pay its share. Russia's allies condemned it."
    (refusal,) = found(extract(text), "refused")
    (condemnation,) = found(extract(text), "condemned")
    assert names(refusal.actors) == ["BP's partners"]
    assert names(condemnation.actors) == ["Russia's allies"]
    # ... but partners named by the body they are in are that body
    text = "Greece demanded that its European Community partners refuse to recognize Macedonia."
    (demand,) = found(extract(text), "demanded")
    assert names(demand.targets) == ["European Community"]


def test_someone_blamed_is_criticised(extract: Extract) -> None:
    text = "Officials blamed the violence on Hamas. Obama blamed BP for the spill."
    hamas, bp = found(extract(text), "blamed")
    assert (hamas.type, names(hamas.targets)) == ("DISAPPROVE", ["Hamas"])
    assert (bp.type, names(bp.targets)) == ("DISAPPROVE", ["BP"])


def test_a_seat_in_a_court_or_a_legislature_or_the_press_is_not_the_state(
    extract: Extract,
) -> None:
    text = (
        "Two U.S. Senators criticised the report. U.S. officials criticised the report."
        " The US media criticised the report."
    )
    senators, officials, media = found(extract(text), "criticised")
    assert names(senators.actors) == ["Two U.S. Senators"]
    assert names(officials.actors) == ["United States"]
    assert names(media.actors) == ["US media"]


def test_a_document_does_nothing_itself(extract: Extract) -> None:
    text = "The Prevention of Terrorism Bill proposes control orders for terror suspects."
    assert not [e for e in extract(text).events if names(e.actors)]
    text = "A shortened Finance Bill would allow the Government to collect revenue."
    assert not [p for e in extract(text).events for p in names(e.actors) if "Bill" in p]


def test_a_writer_speaking_as_i_reports_no_news(extract: Extract) -> None:
    text = (
        "Russia attacked Ukraine on Monday.\n\n"
        "I think our government invaded Iraq on a lie, and we should say so."
    )
    assert [e.trigger.text for e in extract(text).events] == ["attacked"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a state or a view one `should` hold is asked of no one as an act
        ("Lord Strathclyde said ministers should expect the bill to be re-written.", ["DEMAND"]),
        # what `should have` been done reproaches the past
        ("Lady Hale said immigration officers should have treated all passengers alike.",
         ["DEMAND"]),
        # denying a fact is no refused request
        ("The attorney general has again denied being leant on by Downing Street.", ["REJECT"]),
        ("He denied wanting to be leader until October 2004.", ["REJECT"]),
        # a reporter's convention, a posture, a rally for someone
        ("A diplomat, who asked not to be named, said the talks had failed.",
         ["DEMAND", "PROTEST"]),
        ("Abdullah, who asked not to use his surname, said the prisoners were fed.",
         ["DEMAND", "PROTEST"]),
        ("Detainees sat in their cells on old striped rugs.", ["DEMAND", "PROTEST"]),
        ("The government used the square for mass demonstrations in support of Gaddafi.",
         ["DEMAND", "PROTEST"]),
        # showing how something works is no demonstration; a poll's share holds a view
        ("Jane Smith later demonstrated how the device worked.", ["PROTEST"]),
        # reversing a direction yields nothing; calls with no one said are no talks; an act
        # at large (`any attack`) is no act
        ("Exxon will try to reverse direction and pump the oil back.",
         ["CONCEDE", "AGREE"]),
        ("Jimmy Buffett said he is still making phone calls to add more acts.", ["CONSULT"]),
        ("There was no sign of any attack on the convoy.", ["FIGHT", "ASSAULT"]),
        # what should have been done was not: a reproach, no act
        ("Critics said John Smith should have consulted the unions.", ["CONSULT", "AGREE"]),
        ("Over half of Democrats approve of the administration's handling of the spill.",
         ["AGREE", "SUPPORT"]),
        ("Most Republicans oppose the plan, the poll found.", ["DISAPPROVE", "REJECT"]),
        ("Most Republicans say Obama should resign, the poll found.", ["DEMAND"]),
        # an illness strikes, no one attacks
        ("The colonel died of a heart attack on Sunday.", ["FIGHT", "ASSAULT"]),
        # a state of emergency over a flood coerces no one; an apology offered is given
        ("Thailand declared a state of emergency over the floods.", ["COERCE"]),
        ("Tony Hayward offered his personal apology to the families.", ["AGREE"]),
        # a participle after people names their side; defending ground is no backing
        ("The rebels accuse forces supporting Muammar Gaddafi of using cluster bombs.",
         ["SUPPORT"]),
        ("Two members of the Western coalition opposing Gaddafi hinted at strain.",
         ["DISAPPROVE"]),
        ("Rebel fighters were defending territory in the east.", ["SUPPORT"]),
        ("Troops defended Benghazi against the attack.", ["SUPPORT"]),
        # a preposition after the object is no particle: giving birth in a clinic yields nothing
        ("Aisha Gaddafi gives birth in a clinic in a border town.", ["CONCEDE"]),
        # a subheading in capitals that a flattened page ran into the story
        ("The U.S. said it would hand over command. U.S. APPEARS TO WANT ONLY SUPPORTING ROLE"
         " The U.S. said NATO would lead.", ["SUPPORT"]),
        # pulling out one's own people is no aid to another side
        ("Marathon Oil said it had evacuated all expatriate employees from Libya.", ["AID"]),
        ("The US evacuated its citizens from Libya.", ["AID"]),
        # a rapport forged is no forgery
        ("In a measure of the rapport forged with BP, Nungesser praised the visit.", ["CRIME"]),
        # a cause blamed is no one criticised; an oil slick that disperses coerces no one
        ("He said Heyerdahl was wrong to blame human pollution for the oil.", ["DISAPPROVE"]),
        ("The major oil slicks appear to have dispersed.", ["COERCE"]),
        # a company's battle for an aim, in a story that names no arms, is a figure of speech
        ("Hayward, on the front lines of his company's battle to contain the oil spill,"
         " apologized.", ["FIGHT"]),
        # blocking a leak refuses no one; mustering one's skills mobilises no force; what
        # someone must rely on is asked of no one
        ("BP failed to block the leak.", ["REJECT"]),
        ("Cameron must muster all his diplomatic skills.", ["MOBILIZE"]),
        ("Obama admitted the government did not have the technology, meaning that Washington"
         " must rely on BP to plug the well.", ["DEMAND"]),
        # talk in the singular is speculation: dismissing it refuses no talks
        ("Hayward dismissed talk of a rift with US officials.", ["REJECT"]),
        # looting is theft, not bloodshed
        ("Looting broke out in Baghdad after the invasion.", ["ASSAULT"]),
        # questions asked for a purpose ask no one to act; what is to befall a thing is a
        # forecast or a view, told or insisted on
        ("Gibbs said Steven Chu and other scientists have asked a series of questions to"
         " ensure that the well is preserved.", ["DEMAND"]),
        ("Kent Wells said the current siphoning systems should not be affected.", ["DEMAND"]),
        ("Hayward insisted the spill should be put in context.", ["DEMAND"]),
        # research into a thing is no inquiry into anyone; an ailment complained of is no
        # grievance; working with grants or integrating two methods is no partnership
        ("In early June, a research team led by Samantha Joye investigated a 15-mile-long"
         " plume drifting southwest from the leak site.", ["INVESTIGATE"]),
        ("Some of the workers have complained about flu-like symptoms.", ["DISAPPROVE"]),
        ("Scores of research teams are working with Federal Superfund grants to measure the"
         " damage.", ["COOPERATE"]),
        ("By integrating the two, researchers were able to detect minute quantities of oil.",
         ["COOPERATE"]),
        # a question asks no one to act
        ("Do you think the federal government should or should not pursue criminal charges"
         " against BP?", ["DEMAND"]),
        # support lost is support no longer given
        ("Mr. Steele has lost the backing of many top supporters.", ["SUPPORT"]),
        # a fight over a measure or with lawmakers is politics, a war of words is words
        ("The White House has fought against the bill for months, to no avail.", ["FIGHT"]),
        ("After losing a grinding battle with lawmakers over funding the wall, Mr. Trump"
         " asserted his power.", ["FIGHT"]),
        ("All week, Mr. Trump has escalated a war of words against Senator Ted Cruz.",
         ["FIGHT"]),
        # a legislature or a board passing its own text makes law; a motto reaffirmed is no
        # one backed
        ("The House approved the plan 234-193.", ["AGREE"]),
        ("The wording will not be released until the NAACP's national board of directors"
         " approves the resolution in October.", ["AGREE"]),
        ("Republicans passed a resolution on Tuesday reaffirming the national motto.",
         ["SUPPORT"]),
        # paying for one's own purchase aids no one; a takeover offer offers no act
        ("France Telecom said it would fund the deal by selling an 8% stake in PagesJaunes.",
         ["AID", "AGREE"]),
        ("Verizon's offer is made up of cash, shares and dividends.", ["AGREE"]),
        # an aim met is no meeting
        ("Next week, the Commission will present revised proposals to meet the Lisbon goals.",
         ["CONSULT", "AGREE"]),
        # a tie that ends is no agreeing
        ("Umbro announced its sponsorship agreement with Chelsea would end in 2006.",
         ["AGREE"]),
        # a storm kills, no one by it
        ("Hurricane Mitch hit Honduras in 1998. Mitch killed about 10,000 people.",
         ["ASSAULT", "FIGHT"]),
        # a dividend recommended asks no one for anything
        ("The Lufthansa board recommended a dividend of 30 cents a share.", ["DEMAND"]),
        # a bare `demand` is the market's
        ("Demand in India has been driven by the poor state of public transport, analysts"
         " said.", ["DEMAND"]),
        # a figure welcomed backs no one; a protest that something is so is said, not marched
        ("The strong services figure was welcomed by analysts.", ["SUPPORT"]),
        ("Many foreign firms had protested that the SEC was imposing an unfair burden.",
         ["PROTEST"]),
    ],
)  # fmt: skip
def test_words_that_tell_no_such_act_give_no_event_of_its_type(
    extract: Extract, text: str, kinds: list[str]
) -> None:
    assert [e.type for e in extract(text).events if e.type in kinds] == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Obama asked residents to leave the city.", "DEMAND"),
        ("Russia said the helicopter must be returned.", "DEMAND"),
        ("Obama insisted that the prisoners must be released.", "DEMAND"),
        ("Police are investigating the incident.", "INVESTIGATE"),
        ("Police are investigating.", "INVESTIGATE"),
        ("Federal prosecutors are investigating BP.", "INVESTIGATE"),
        ("The FBI is investigating the cause of the explosion.", "INVESTIGATE"),
        ("Residents complained about the noise from the base.", "DISAPPROVE"),
        ("The White House has fought against the bill for months, to no avail.", "DISAPPROVE"),
        ("Soldiers fought with militants over the checkpoint.", "FIGHT"),
        ("The Security Council adopted the resolution on Friday.", "AGREE"),
        ("The Senate approved the treaty with Russia.", "AGREE"),
        ("Obama reaffirmed his support for Ukraine.", "SUPPORT"),
        ("Russia welcomed the ceasefire.", "SUPPORT"),
        ("Many foreign firms had protested that the SEC was imposing an unfair burden.",
         "DISAPPROVE"),
        ("Thousands of students protested in Paris on Monday.", "PROTEST"),
        ("The US funded the rebels.", "AID"),
        ("The unions issued a demand for higher pay.", "DEMAND"),
        ("The panel recommended that the government raise taxes.", "DEMAND"),
        ("The committee recommended changes to the law.", "DEMAND"),
        ("The committee recommended a ban on smoking.", "DEMAND"),
        ("Police said Mitch Smith killed two people.", "ASSAULT"),
        ("Iran accepted the offer of talks.", "AGREE"),
        ("Obama won the backing of the unions.", "SUPPORT"),
    ],
)  # fmt: skip
def test_the_same_words_told_of_someone_or_an_act_are_events(
    extract: Extract, text: str, kind: str
) -> None:
    assert kind in [e.type for e in extract(text).events]


def test_a_purpose_hung_on_a_participle_of_a_place_has_no_doer_there(extract: Extract) -> None:
    # the parser hangs `to urge` on `devastated`: the spill's owner urges no one
    text = (
        "Michelle Obama used her first visit to the Gulf coast devastated by the BP oil spill"
        " to urge Americans to support the local economy."
    )
    assert [names(e.actors) for e in found(extract(text), "urge")] in ([], [["Michelle Obama"]])


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Trump asked Dan Coats to push back on the FBI's Russia investigation.", [["FBI"]]),
        ("He was involved in the Clinton investigation, which was highly public.", []),
        ("Democrats are irritated at John Roberts for what he said in his 2005 confirmation"
         " hearing.", []),
        ("Mueller's investigation found nothing.", [["Mueller"]]),
    ],
)  # fmt: skip
def test_whom_an_inquiry_is_named_after_is_whom_it_looks_into(
    extract: Extract, text: str, actors: list[list[str]]
) -> None:
    shown = [names(e.actors) for e in extract(text).events if e.type == "INVESTIGATE"]
    assert [a for a in shown if a] == actors


def test_whose_decision_to_act_it_is_would_act(extract: Extract) -> None:
    text = "The decision by Russia to withdraw its troops surprised Kiev."
    assert [names(e.actors) for e in found(extract(text), "withdraw")] == [["Russia"]]


def test_what_a_clause_goes_on_in_spite_of_is_not_its_subjects_act(extract: Extract) -> None:
    for text in (
        "Despite calls for his resignation, Blair refused to quit.",
        "In spite of calls for a ceasefire, the army attacked the town.",
    ):
        assert [names(e.actors) for e in found(extract(text), "calls") if e.actors] == []


def test_a_nations_buyers_and_payers_are_not_its_state(extract: Extract) -> None:
    text = (
        "British taxpayers protested against the new levy. Angry US investors criticised the bank."
    )
    doers = [names(e.actors) for e in extract(text).events]
    assert doers == [["British taxpayers"], ["Angry US investors"]]


def test_whose_call_is_welcomed_did_not_welcome_it(extract: Extract) -> None:
    # the parser hangs `by Medvedev` on `welcomed` as if it were passive
    text = (
        "The head of Libya's opposition government told reporters Saturday he welcomed a call"
        " Friday by Russian President Dmitry Medvedev for Moammar Gadhafi to step down."
    )
    assert ["Dmitry Medvedev"] not in [names(e.actors) for e in found(extract(text), "welcomed")]


def test_a_failed_or_refused_act_is_not_done(extract: Extract) -> None:
    (mobilised,) = found(extract("Serbia failed to mobilise its troops in time."), "mobilise")
    assert (mobilised.type, mobilised.negated) == ("MOBILIZE", True)
    (refused,) = found(extract("Israel refused to cooperate with the inquiry."), "refused")
    assert (refused.type, refused.negated) == ("REJECT", False)


def test_a_politicians_attack_is_a_quarrel(extract: Extract) -> None:
    text = "Duncan Bannatyne gave money. His attack on Labour was not a publicity stunt."
    (attack,) = found(extract(text), "attack")
    assert (attack.type, names(attack.actors)) == ("DISAPPROVE", ["Duncan Bannatyne"])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tony Hayward faced attacks from senators at the hearing.", "DISAPPROVE"),
        ("The minister faced attacks from politicians and the audience.", "DISAPPROVE"),
        ("The soldiers faced attacks from rebels near the border.", "FIGHT"),
    ],
)
def test_attacks_from_people_in_public_life_are_words(
    extract: Extract, text: str, kind: str
) -> None:
    (attack,) = found(extract(text), "attacks")
    assert attack.type == kind


def test_one_person_of_a_party_is_not_the_party(extract: Extract) -> None:
    peer = extract("A Labour peer criticised the Tories.")
    assert [names(e.actors) for e in found(peer, "criticised")] == [["Labour peer"]]
    mp = extract("A Tory MP criticised the plans.")
    assert [names(e.actors) for e in found(mp, "criticised")] == [["Tory MP"]]
    leader = extract("The president of Armenia criticised Azerbaijan.")
    assert [names(e.actors) for e in found(leader, "criticised")] == [["Armenia"]]


def test_who_speaks_of_an_act_did_not_do_it(extract: Extract) -> None:
    text = "Amnesty International highlighted the arrest of three journalists in Cairo."
    (arrest,) = found(extract(text), "arrest")
    assert (names(arrest.actors), names(arrest.targets)) == ([], ["three journalists"])


def test_a_clause_with_its_own_doer_does_not_borrow_the_speakers(extract: Extract) -> None:
    text = "Irene Khan said the movement had failed to support the victims."
    assert not [e for e in extract(text).events if "Irene Khan" in names(e.actors)]


def test_a_kind_of_act_is_no_act(extract: Extract) -> None:
    text = "A key question was whether one category should cover all types of murder."
    assert not found(extract(text), "murder")
    assert [e.type for e in found(extract("A murder shocked the town."), "murder")] == ["ASSAULT"]


def test_whose_arrest_it_is_was_arrested(extract: Extract) -> None:
    text = "Louise Christian said the men's arrest was unfair."
    (arrest,) = found(extract(text), "arrest")
    assert (names(arrest.actors), names(arrest.targets)) == ([], ["men"])


def test_whose_crackdown_on_someone_it_is_did_it(extract: Extract) -> None:
    text = "The ferocity of Gaddafi's crackdown on his own people may prompt defections."
    (crackdown,) = found(extract(text), "crackdown")
    assert names(crackdown.actors) == ["Gaddafi"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hamas fired rockets into Israel.", [("FIGHT", ["Hamas"])]),
        ("Three rockets fired by Gaddafi forces hit the port.", [("FIGHT", ["Gaddafi forces"])]),
        ("The firm fired its spokesman.", []),
        ("The rebels fired their commander.", []),
    ],
)
def test_firing_a_weapon_is_force_and_firing_a_person_is_not(
    extract: Extract, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert [(e.type, names(e.actors)) for e in found(extract(text), "fired")] == expected


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        # an act told again without its doer, done to the same side, is the act told before
        ("The rebel army captured a British SAS unit near Benghazi. The newspaper reported the"
         " SAS unit had been captured during a secret mission.", "captured",
         [["rebel army"], ["rebel army"]]),
        ("Rebels attacked Misrata on Monday. Misrata was attacked again on Tuesday.", "attacked",
         [["Rebels"], ["Rebels"]]),
        # not where two doers did it, nor to anyone who may be anyone
        ("Rebels attacked Misrata on Monday. Gaddafi's forces attacked Misrata on Tuesday."
         " Misrata was attacked again on Wednesday.", "attacked",
         [["Rebels"], ["Gaddafi's forces"], []]),
        ("Troops killed a man in the market. Later, a man was shot dead.", "shot", [[]]),
        # a court sentences and police arrest: besides blows, only the same word is one act
        ("Arash Sigarchi was arrested last month. Arash Sigarchi was sentenced by a"
         " revolutionary court.", "arrested", [[]]),
        # `the attack` far from any act takes up the one doer of every attack before it
        ("Gaddafi's forces shelled Gadamis on Monday. The town lies near the border. Residents"
         " fled. Many left for Tunisia. It was not clear if the attack targeted the old town.",
         "attack", [["Gaddafi's forces"]]),
        ("Gaddafi's forces shelled Gadamis on Monday. Rebels attacked Brega. The town lies near"
         " the border. Residents fled. Many left for Tunisia. It was not clear if the attack"
         " targeted the old town.", "attack", [[]]),
    ],
)  # fmt: skip
def test_a_doer_told_elsewhere_is_borrowed_only_where_it_is_the_one(
    extract: Extract, text: str, trigger: str, actors: list[list[str]]
) -> None:
    assert [names(e.actors) for e in found(extract(text), trigger)] == actors


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Air strikes might prevent the Gadhafi forces from crushing the rebellion in Libya.",
         "rebellion"),
        ("Gaddafi's forces have put down two revolts since February.", "revolts"),
    ],
)  # fmt: skip
def test_who_crushes_a_rebellion_does_not_rebel(extract: Extract, text: str, trigger: str) -> None:
    assert not [e for e in found(extract(text), trigger) if e.actors]


def test_strikes_staged_with_marches_are_no_blows_of_the_marchers(extract: Extract) -> None:
    text = "Protesters staged marches and strikes in Cairo."
    assert not [e for e in found(extract(text), "strikes") if e.type == "FIGHT"]


def test_an_act_someone_is_encouraged_to_do_is_not_done(extract: Extract) -> None:
    text = "The rebels encouraged NATO to strike Gaddafi's tanks."
    assert not [e for e in found(extract(text), "strike") if e.modality == "realised"]


def test_who_gathers_support_is_not_the_one_who_gives_it(extract: Extract) -> None:
    text = "George W. Bush tried to gather international support for the invasion of Iraq."
    assert not [e for e in found(extract(text), "support") if "George W. Bush" in names(e.actors)]


def test_an_attack_by_an_armed_alliance_is_war_not_a_quarrel(extract: Extract) -> None:
    text = "UNESCO rebuked NATO for the attack on the television station."
    assert [e.type for e in found(extract(text), "attack")] == ["FIGHT"]


def test_a_relative_clause_acts_for_its_noun(extract: Extract) -> None:
    text = "But Turkey, which occupies northern Cyprus, had insisted it would not bow."
    (occupies,) = found(extract(text), "occupies")
    assert names(occupies.actors) == ["Turkey"]


def test_it_does_not_borrow_a_person_as_its_doer(extract: Extract) -> None:
    text = "John Cryer said it would have been better to have rejected the constitution."
    assert not [e for e in extract(text).events if "John Cryer" in names(e.actors)]


def test_workers_joining_a_strike_stop_work(extract: Extract) -> None:
    text = "Civil servants in Wales joined the UK-wide strike."
    assert [e.type for e in found(extract(text), "strike")] == ["PROTEST"]


def test_a_judge_reviewing_promises_nothing(extract: Extract) -> None:
    text = "Clarke said his decisions would be reviewed by a judge."
    assert [e.type for e in found(extract(text), "reviewed")] == ["INVESTIGATE"]


def test_a_law_does_nothing_itself(extract: Extract) -> None:
    assert not found(extract("The law banning smoking came into force."), "banning")


def test_a_phrase_of_time_is_no_particle(extract: Extract) -> None:
    text = "Some 83 MPs gave their answers in 100 hours of taped interviews."
    assert not found(extract(text), "gave")


def test_forms_the_lemmatizer_rules_get_wrong_still_find_their_verb(extract: Extract) -> None:
    # The pipeline's rules read `staged` as `stag` and `raped` as `rap` (see verb_forms).
    extraction = extract("Students staged a demonstration. Soldiers raped women.")
    (demonstration,) = found(extraction, "demonstration")
    assert names(demonstration.actors) == ["Students"]
    assert [e.type for e in found(extraction, "raped")] == ["ASSAULT"]


def test_who_stages_an_act_does_it_and_who_is_stopped_is_its_target(extract: Extract) -> None:
    text = "Turkish police prevented the demonstration staged by students."
    extraction = extract(text)
    (demonstration,) = found(extraction, "demonstration")
    assert (names(demonstration.actors), names(demonstration.targets)) == (["students"], [])
    (prevented,) = found(extraction, "prevented")
    assert names(prevented.targets) == ["students"]


def test_who_judges_an_act_did_not_do_it(extract: Extract) -> None:
    (attack,) = found(extract("The UN condemned the attack carried out by rebels."), "attack")
    assert names(attack.actors) == ["rebels"]
    extraction = extract("Iran denounced the attack condemned by the United Nations.")
    assert [names(e.actors) for e in found(extraction, "attack")] == [[]]
    assert [names(e.targets) for e in found(extraction, "denounced")] == [[]]


def test_where_a_protest_is_held_is_not_whom_it_is_against(extract: Extract) -> None:
    (protest,) = found(extract("Police broke up a protest by farmers in Paris."), "protest")
    assert (names(protest.actors), names(protest.targets)) == (["farmers"], [])
    assert names(protest.places) == ["Paris"]


def test_a_letter_asks_for_whoever_sent_it(extract: Extract) -> None:
    text = "Araqchi handed Vladimir Putin a letter from Ayatollah Khamenei asking for support."
    (asking,) = found(extract(text), "asking")
    assert (asking.type, names(asking.actors)) == ("DEMAND", ["Khamenei"])
    assert names(asking.targets) == ["Vladimir Putin"]


def test_a_state_that_owns_a_protest_is_where_it_happens(extract: Extract) -> None:
    (protests,) = found(extract("Venezuela's protests grew."), "protests")
    assert names(protests.actors) == []
    (protest,) = found(extract("Egyptian students staged a protest."), "protest")
    assert names(protest.actors) == ["Egyptian students"]


def test_a_person_attacked_by_no_armed_force_is_assaulted(extract: Extract) -> None:
    (attacked,) = found(extract("Boris Johnson was attacked in a park."), "attacked")
    assert (attacked.type, names(attacked.targets)) == ("ASSAULT", ["Boris Johnson"])
    (struck,) = found(extract("Israeli jets attacked Hezbollah positions."), "attacked")
    assert struck.type == "FIGHT"


def test_a_capital_stands_for_its_state_only_as_a_place(extract: Extract) -> None:
    text = "Victoria, a lobbyist for disabled rights, denounced her father's actions."
    (denounced,) = found(extract(text), "denounced")
    assert "Seychelles" not in names(denounced.actors)


def test_a_spokesman_acts_for_the_body_he_speaks_for(extract: Extract) -> None:
    (criticised,) = found(extract("A Labour spokeswoman criticised the Tories."), "criticised")
    assert names(criticised.actors) == ["Labour Party"]
    (peer,) = found(extract("A Labour peer criticised the Tories."), "criticised")
    assert names(peer.actors) == ["Labour peer"]


def test_an_attack_on_a_plan_is_criticism(extract: Extract) -> None:
    text = "The Tories attacked Charles Clarke's proposals."
    (attacked,) = found(extract(text), "attacked")
    assert (attacked.type, names(attacked.targets)) == ("DISAPPROVE", ["Charles Clarke"])
    (struck,) = found(extract("Israeli jets attacked Hezbollah positions."), "attacked")
    assert struck.type == "FIGHT"


def test_a_strike_in_protest_is_one_protest(extract: Extract) -> None:
    text = "Civil servants staged a strike in protest at Gordon Brown's plans."
    protests = [e for e in extract(text).events if e.type == "PROTEST"]
    assert [(e.trigger.text, names(e.actors)) for e in protests] == [("strike", ["Civil servants"])]


def test_wanting_another_to_act_promises_nothing(extract: Extract) -> None:
    text = "The Tories want the information commissioner to investigate."
    (investigate,) = found(extract(text), "investigate")
    assert (investigate.type, investigate.modality) == ("INVESTIGATE", "hypothetical")
    (talks,) = found(extract("Iran wants to hold talks with the EU."), "talks")
    assert (talks.type, talks.modality) == ("AGREE", "intended")


def test_a_participle_on_a_thing_borrows_no_doer(extract: Extract) -> None:
    text = "The campaigners unveiled a huge poster featuring Black Watch soldiers fighting the war."
    assert all(names(e.actors) != ["campaigners"] for e in found(extract(text), "fighting"))
    (demanding,) = found(extract("Iran issued a statement demanding a ceasefire."), "demanding")
    assert names(demanding.actors) == ["Iran"]


def test_who_condemns_a_move_does_not_make_it(extract: Extract) -> None:
    text = (
        "Moves to lift the European Union's ban on arms exports to China have been condemned "
        "by human rights groups and the Conservatives."
    )
    assert all(not e.actors for e in found(extract(text), "lift"))


def test_fighting_on_a_record_is_no_attack_on_it(extract: Extract) -> None:
    assert not found(extract("Gordon Brown says he will fight on his record."), "fight")
    (battled,) = found(extract("Tony Blair battled Gordon Brown over the budget."), "battled")
    assert (battled.type, names(battled.targets)) == ("DISAPPROVE", ["Gordon Brown"])


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("Labour unveiled plans to ban smoking in pubs.", "ban", "intended"),
        ("Iran announced its decision to withdraw from the talks.", "withdraw", "intended"),
        ("Ministers have the right to arrest suspects.", "arrest", "hypothetical"),
        ("Police arrested two suspects.", "arrested", "realised"),
    ],
)
def test_an_act_a_noun_is_for_has_not_happened(
    extract: Extract, text: str, trigger: str, modality: str
) -> None:
    assert [e.modality for e in found(extract(text), trigger)] == [modality]


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "actors", "targets"),
    [
        # many who fight for one person are a group of their own, not that person
        (
            "Rebels launched an offensive against Gaddafi's forces in the Western Mountains.",
            "offensive", "FIGHT", ["Rebels"], ["Gaddafi's forces"],
        ),
        (
            "Rebel fighters in western Libya faced sustained artillery and rocket bombardment by"
            " forces loyal to Muammar Gaddafi for the fifth straight day on Saturday.",
            "bombardment", "FIGHT", ["forces loyal to Muammar Gaddafi"], ["Rebel fighters"],
        ),
        # a person captured is seized (COERCE), and a son is not his father
        (
            "October 12 - Government fighters capture Gaddafi's son Mo'tassim near Sirte.",
            "capture", "COERCE", ["Government fighters"], ["Mo'tassim"],
        ),
        ("Rebels captured the town of Zawiyah on Sunday.", "captured", "FIGHT", ["Rebels"], []),
        ("Army chief Jabr was also captured alive, Bakeer said.", "captured", "COERCE", [],
         ["Jabr"]),
        ("Gaddafi fled to Sirte, where he was captured.", "captured", "COERCE", [], ["Gaddafi"]),
        # a fight that sheds blood is no quarrel, whoever fights it, nor one with armed groups
        ("Hamid Karzai fought a bloody battle with his rivals in Kandahar.", "fought", "FIGHT",
         ["Hamid Karzai"], []),
        ("Hamid Karzai fought a bitter battle with his rivals in Kandahar.", "fought",
         "DISAPPROVE", ["Hamid Karzai"], []),
        ("Gadhafi's regime responded that it was attacking al Qaeda, not civilians.", "attacking",
         "FIGHT", ["Gadhafi"], ["al-Qaeda"]),
        ("Gaddafi fought a bloody battle against protesters in Benghazi.", "fought", "FIGHT",
         ["Gaddafi"], ["protesters"]),
        # an attack made of bombs, or by the forces a participle hangs on, is armed
        ("The Libyan capital has come under increased attack from NATO bombing.", "attack",
         "FIGHT", ["NATO"], ["Libya"]),
        ("Sanctions followed reports of forces loyal to Gaddafi firing on protesters.", "firing",
         "FIGHT", ["forces loyal to Gaddafi"], ["protesters"]),
        # attacks by a party's members are words
        ("Republicans attacked the president over the moratorium.", "attacked", "DISAPPROVE",
         ["Republican Party"], []),
        # raids flown by an air force are air strikes, wherever the air force is named
        ("Rebels fired guns after Libya's air force carried out fresh raids.", "raids", "FIGHT",
         ["Libya"], []),
        ("Police carried out raids on homes in the capital.", "raids", "COERCE", ["Police"], []),
        ("Tony Blair battled Gordon Brown over the budget.", "battled", "DISAPPROVE",
         ["Tony Blair"], ["Gordon Brown"]),
        # a leader of a tribe or an opposition is not the state his nation names
        ("A Libyan tribal leader threatened to block oil exports to the West.", "threatened",
         "THREATEN", ["Libyan tribal leader"], []),
        ("A Libyan official threatened to block oil exports to the West.", "threatened",
         "THREATEN", ["Libya"], []),
        # of two subjects the parser hangs on one verb, the nearer is its own
        ("A Gaddafi envoy offered to hold talks but the rebel council rejected negotiations"
         " with the government.", "rejected", "REJECT", ["rebel council"], []),
        # a ban on imports is an import ban
        ("NATO has enforced a ban on weapons imports to Libya since March.", "ban", "SANCTION",
         ["NATO"], ["Libya"]),
        # what is used to act does not act; its users do
        ("Police used tear gas to disperse thousands of protesters.", "disperse", "COERCE",
         ["Police"], ["protesters"]),
        ("The UN asked the rebels to release the prisoners.", "asked", "DEMAND",
         ["United Nations"], ["rebels"]),
        # whom support or aid is for receives it, and support that will continue is promised
        ("France voiced support for the rebels.", "support", "SUPPORT", ["France"], ["rebels"]),
        ("U.S. support for the council's government will continue, Clinton said.", "support",
         "AGREE", ["United States"], ["council's government"]),
        # `which` is never a person: it stands for the organisation named before it
        ("Nothing was done, said Kieran Suckling, executive director of the Center for"
         " Biological Diversity, which is suing BP for damages.", "suing", "DISAPPROVE",
         ["Center for Biological Diversity"], ["BP"]),
        # who apologises for an act owns it
        ("Gaddafi's soldiers apologised to their Tunisian counterparts for the incursion.",
         "incursion", "FIGHT", ["Gaddafi's soldiers"], []),
        # who flees a fight underwent it
        ("Two families fled the fighting in Misrata on Monday.", "fighting", "FIGHT", [],
         ["Two families"]),
        # who wins or receives backing is backed by whom it comes from
        ("The rebels won recognition from Britain on Wednesday.", "recognition", "COOPERATE",
         ["United Kingdom"], ["rebels"]),
        ("Libya received aid from the United Nations.", "aid", "AID", ["United Nations"],
         ["Libya"]),
        ("The rebels won the support of France.", "support", "SUPPORT", ["France"], ["rebels"]),
        ("The United Nations provided aid to Libya.", "provided", "AID", ["United Nations"],
         ["Libya"]),
        # ground seized or stormed is fought for; goods seized and a person assaulted are not
        ("Rebels seized the border post a week ago.", "seized", "FIGHT", ["Rebels"], []),
        ("Rebels have seized swathes of the country in the east.", "seized", "FIGHT", ["Rebels"],
         []),
        ("Rebels seized control of Zawiyah on Sunday.", "seized", "FIGHT", ["Rebels"], []),
        ("Police seized 20 kilograms of heroin.", "seized", "COERCE", ["Police"], []),
        ("Troops seized the opposition leader at his home.", "seized", "COERCE", ["Troops"],
         ["opposition leader"]),
        ("Government troops launched an assault on the rebel-held town of Zintan.", "assault",
         "FIGHT", ["Government troops"], []),
        # forces storming a town the tagger does not know, or other forces, fight a battle;
        # storming a crowd is an assault
        ("Elite brigades under Gaddafi's son Khamis launched an assault on Misrata, 200 km east"
         " of the capital.", "assault", "FIGHT", ["Elite brigades"], ["Misrata"]),
        ("Troops launched an assault on the rebels.", "assault", "FIGHT", ["Troops"], ["rebels"]),
        ("Troops launched an assault on protesters in the square.", "assault", "ASSAULT",
         ["Troops"], ["protesters"]),
        ("Rioters assaulted a policeman in the square.", "assaulted", "ASSAULT", ["Rioters"],
         ["policeman"]),
        # what is done in protest is the doer's protest; a hyphenated modifier is in the name
        ("John Smith resigned in protest at the decision.", "protest", "PROTEST", ["John Smith"],
         []),
        ("The Benghazi-based rebels mounted an attack on the eastern front.", "attack", "FIGHT",
         ["Benghazi-based rebels"], []),
        # an act that came at someone's hands, or of their operations, is theirs
        ("Up to 40 civilians were killed as a result of NATO operations.", "killed", "ASSAULT",
         ["NATO"], ["40 civilians"]),
        ("It was not right to let the people of Misrata suffer a massacre at the hands of"
         " pro-government forces.", "massacre", "ASSAULT", ["pro-government forces"], ["people"]),
        ("The villagers suffered a massacre at the hands of pro-government forces.", "massacre",
         "ASSAULT", ["pro-government forces"], ["villagers"]),
        ("The prisoner was killed at the hands of the police.", "killed", "ASSAULT", ["police"],
         ["prisoner"]),
        # people named in front of a protest protest
        ("Thousands joined student protests in Cairo.", "protests", "PROTEST", ["student"], []),
        # a person named in front of a blow is whom it struck, not who struck
        ("The John Kennedy assassination shocked the nation.", "assassination", "ASSAULT", [],
         []),
        # a blow told in a relative clause is the act the clause is about
        ("Libya reported a NATO airstrike, which killed six guards.", "killed", "ASSAULT",
         ["NATO"], ["six guards"]),
        # an attack with a weapon is armed, whoever makes it; raids from the air are air strikes
        (
            "A NATO missile attack on a house in Tripoli killed four people.",
            "attack", "FIGHT", ["NATO"], [],
        ),
        ("Sirte fell amid raids by NATO warplanes on Thursday.", "raids", "FIGHT", ["NATO"], []),
        ("Police raided the offices of the newspaper.", "raided", "COERCE", ["Police"],
         ["newspaper"]),
        # an armed advance on a city
        ("Government troops marched on Misrata.", "marched", "FIGHT", ["Government troops"],
         ["Misrata"]),
    ],
)  # fmt: skip
def test_force_is_typed_by_what_is_done_and_by_whom(
    extract: Extract, text: str, trigger: str, kind: str, actors: list[str], targets: list[str]
) -> None:
    (act,) = found(extract(text), trigger)
    assert (act.type, names(act.actors), names(act.targets)) == (kind, actors, targets)


def test_the_object_of_a_verb_telling_the_act_is_that_act(extract: Extract) -> None:
    # `fought a battle` is one fight, told by the verb with its doer
    told = extract("Rebels fought a fierce battle with government troops near Brega.")
    assert [e.trigger.text for e in told.events] == ["fought"]
    # a blow that is the object of another kind of act is its own act
    told = extract("The government condemned the bombing of the embassy.")
    assert "bombing" in {e.trigger.text for e in told.events}


@pytest.mark.parametrize(
    ("text", "trigger", "actors", "targets"),
    [
        # a definite mention takes up the act told just before, with its sides
        ("Rebels fought Gaddafi loyalists near Brega. So far, the fighting has cost them dearly.",
         "fighting", ["Rebels"], ["Gaddafi loyalists"]),
        ("Gaddafi's forces shelled Misrata on Thursday. The attack killed ten people.", "killed",
         ["Gaddafi's forces"], ["ten people"]),
        ("Police arrested five men in Leeds. The arrests came after a tip-off.", "arrests",
         ["Police"], ["five men"]),
        # an act that names no doer lends none; an act with words of its own may be another
        ("A bomb exploded in the market. The attack killed five people.", "killed", [],
         ["five people"]),
        ("Rebels attacked the town. Saturday's attack killed five people.", "killed", [],
         ["five people"]),
        ("Rebels attacked the town. Elsewhere, an attack killed five people.", "killed", [],
         ["five people"]),
    ],
)  # fmt: skip
def test_an_act_named_again_has_the_sides_it_was_told_with(
    extract: Extract, text: str, trigger: str, actors: list[str], targets: list[str]
) -> None:
    (act,) = found(extract(text), trigger)
    assert (names(act.actors), names(act.targets)) == (actors, targets)


def test_an_act_named_again_in_its_own_sentence_is_one_act(extract: Extract) -> None:
    events = extract("Gaddafi's forces shelled Misrata. The attack killed ten people.")
    assert found(events, "attack") == []


def test_what_someone_took_part_in_since_an_act_is_no_part_in_the_act(extract: Extract) -> None:
    text = "The video listed the galas Obama has taken part in since the April 20 bombing."
    (bombing,) = found(extract(text), "bombing")
    assert names(bombing.actors) == []


def test_a_state_of_emergency_amid_unrest_coerces(extract: Extract) -> None:
    told = extract(
        "Protesters clashed with police in Bangkok. Thailand declared a state of emergency."
    )
    (emergency,) = found(told, "state")
    assert (emergency.type, names(emergency.actors)) == ("COERCE", ["Thailand"])


def test_an_attempt_is_not_yet_done(extract: Extract) -> None:
    (march,) = found(extract("Rebel forces trying to march on Tripoli made gains."), "march")
    assert (march.type, march.modality) == ("FIGHT", "hypothetical")


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        # people who rally for someone back them
        ("State television showed men chanting pro-Gadhafi slogans in Tripoli.", "chanting",
         "SUPPORT"),
        # freezing assets and blocking travel are sanctions
        ("The U.N. has imposed sanctions against Gadhafi, freezing assets and blocking travel.",
         "freezing", "SANCTION"),
    ],
)  # fmt: skip
def test_what_is_done_for_or_against_someone_gives_the_type(
    extract: Extract, text: str, trigger: str, kind: str
) -> None:
    assert [e.type for e in found(extract(text), trigger)] == [kind]


def test_a_time_stamp_is_nobody(extract: Extract) -> None:
    text = "Sun Apr 10 2011 18:58:00 Rebels attacked the town of Brega on Sunday."
    names_seen = [p.name for e in extract(text).events for p in (*e.actors, *e.targets)]
    assert not any("Sun" in name or "Apr" in name for name in names_seen)
    # a day's or a month's name beside no other date word is still a name: the newspaper
    (criticised,) = found(extract("The Sun criticised the prime minister."), "criticised")
    assert names(criticised.actors) == ["Sun"]


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        # after `accused X of`, `blamed X for`, `charged X with`, the gerund is X's
        ("Libyan officials accused NATO of killing civilians in airstrikes.", "killing",
         ["NATO"]),
        ("The UN blamed Syria for shelling the camp.", "shelling", ["Syria"]),
        ("Leaders have accused Gadhafi's regime of committing violations and killing civilians.",
         "killing", ["Gadhafi"]),
        # ... and after `by`, `after`, the subject's
        ("Rebels took the town after fighting government troops for a week.", "fighting",
         ["Rebels"]),
        # the passive's subject does what it was seen or told to do, not whoever is above
        ("Police arrested the man after he was seen firing at a crowd.", "firing", []),
        # a participle the parser hung on a thing describes the people right before it
        ("It remains the only record of al Qaeda firing missiles on a passenger jet.", "firing",
         ["al-Qaeda"]),
        # people named by whom they are for are neither that person nor the person's enemy
        ("Witnesses accused pro-Gadhafi forces of firing on civilians from the air.", "firing",
         ["pro-Gadhafi forces"]),
    ],
)  # fmt: skip
def test_whom_a_gerund_or_participle_is_said_of_does_it(
    extract: Extract, text: str, trigger: str, actors: list[str]
) -> None:
    assert [names(e.actors) for e in found(extract(text), trigger)] == [actors]


def test_an_act_someone_is_accused_of_is_only_alleged(extract: Extract) -> None:
    text = "Libyan officials accused NATO of killing civilians in airstrikes."
    (killing,) = found(extract(text), "killing")
    assert (names(killing.actors), killing.modality) == (["NATO"], "hypothetical")
    (accused,) = found(extract(text), "accused")
    assert (accused.type, accused.modality) == ("DISAPPROVE", "realised")


def test_soldiers_fighting_a_war_are_at_war(extract: Extract) -> None:
    text = "The campaigners unveiled a huge poster featuring Black Watch soldiers fighting the war."
    (fighting,) = found(extract(text), "fighting")
    assert fighting.type == "FIGHT"


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # approving a sanction or a ban imposes it: one measure, by whoever approved it
        ("The EU approved new sanctions against Gaddafi.",
         [("SANCTION", "sanctions", ["European Union"], ["Gaddafi"])]),
        ("Parliament approved the peace deal.", [("AGREE", "approved", ["Parliament"], [])]),
        # an agreement cut off or torn up is no agreement: the act is the cutting off
        ("Italy suspended its treaty with Libya.",
         [("SANCTION", "suspended", ["Italy"], ["Libya"])]),
        ("Italy scrapped its friendship treaty with Libya.",
         [("SANCTION", "scrapped", ["Italy"], ["Libya"])]),
    ],
)  # fmt: skip
def test_a_measure_enacted_or_an_agreement_cut_off_is_one_act(
    extract: Extract, text: str, acts: list[tuple[str, str, list[str], list[str]]]
) -> None:
    events = extract(text).events
    assert [(e.type, e.trigger.text, names(e.actors), names(e.targets)) for e in events] == acts


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "actors"),
    [
        # who owns up to an attack made it; a denial owns up to nothing (a bombing by no
        # state's forces is an assault)
        ("The Provisional IRA accepted responsibility for the bombings.", "bombings", "ASSAULT",
         ["Provisional IRA"]),
        ("Hamas denied responsibility for the attack.", "attack", "FIGHT", []),
        # the agent of the passive an act's subject is raised from
        ("The attack is widely believed to have been carried out by the separatist group ETA.",
         "attack", "FIGHT", ["ETA"]),
        # whoever decides to act is the one who acts; not whoever orders others to
        ("The IRA's decision to carry out the attacks proved to be a disaster.", "attacks",
         "FIGHT", ["IRA"]),
        ("Gaddafi's order to fire on protesters was condemned.", "fire", "FIGHT", []),
    ],
)  # fmt: skip
def test_who_owns_up_to_or_decides_on_an_attack_makes_it(
    extract: Extract, text: str, trigger: str, kind: str, actors: list[str]
) -> None:
    assert [(e.type, names(e.actors)) for e in found(extract(text), trigger)] == [(kind, actors)]


@pytest.mark.parametrize(
    ("text", "trigger", "acts"),
    [
        # where an article names no arms, a blast or a death put down to a mishap is no attack
        ("Oil has leaked since the April 20 explosion and fire that killed 11 crew members.",
         "killed", []),
        ("The explosion on the Deepwater Horizon rig prompted ten investigations.", "explosion",
         []),
        # ... and a figure of speech names no arms
        ("There is no silver bullet. The explosion on the rig killed 11 workers.", "killed", []),
        ("A car bomb exploded in Baghdad, killing 11 people.", "killing",
         [("ASSAULT", [], ["11 people"])]),
        # harm no one meant, in any article
        ("Seven militants were killed in two accidental explosions. A bomb went off later.",
         "killed", []),
        ("Police accidentally shot a protester.", "shot", [("ASSAULT", ["Police"],
         ["protester"])]),
        # a battle fought for an aim, in such an article, is a figure of speech
        ("Things are not going well in the battle to contain the oil spill.", "battle", []),
        # a deal struck is agreed, not hit
        ("Israel and Hamas struck a deal on Monday.", "deal",
         [("AGREE", ["Israel", "Hamas"], [])]),
        ("Israel and Hamas struck a deal on Monday.", "struck", []),
        # a thing named after someone is still a thing
        ("The next shot at killing BP's well could begin on Monday.", "killing", []),
        ("Gunmen killed two Hamas members.", "killed", [("ASSAULT", ["Gunmen"], ["Hamas"])]),
        ("Three US servicemen were killed by a roadside bomb.", "killed",
         [("ASSAULT", [], ["United States"])]),
        # a sanction cuts a tie, aid or an envoy; cutting off a flow of oil punishes nobody
        ("BP put a cap on the well, cutting off the geyser of oil.", "cutting", []),
        ("Ghana recalled its ambassador.", "recalled", [("SANCTION", ["Ghana"], [])]),
    ],
)  # fmt: skip
def test_force_is_done_to_someone_on_purpose(
    extract: Extract, text: str, trigger: str, acts: list[tuple[str, list[str], list[str]]]
) -> None:
    events = found(extract(text), trigger)
    assert [(e.type, names(e.actors), names(e.targets)) for e in events] == acts


def test_an_apposition_names_whom_a_description_means(extract: Extract) -> None:
    text = "Corexit's manufacturer, Nalco Holding, agreed to disclose the ingredients to the EPA."
    (agreed,) = found(extract(text), "agreed")
    assert names(agreed.actors) == ["Nalco Holding"]


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "actors", "targets"),
    [
        # whose acts killed, killed
        ("Calderon vowed to crush drug gangs whose turf wars have killed 2,300 people.",
         "killed", "ASSAULT", ["drug gangs"], ["2,300 people"]),
        # who is killed in a fight with someone is killed by them
        ("A doctor said eight rebel fighters had been killed and 36 wounded in fighting with"
         " government troops.", "killed", "ASSAULT", ["government troops"],
         ["eight rebel fighters"]),
        # what a copula says its subject is, acts for the subject
        ("Britain is the only country blocking the deal.", "blocking", "REJECT",
         ["United Kingdom"], []),
        # a protest sent or lodged is a note of disapproval; one staged is a demonstration
        ("China lodged a protest with Japan.", "protest", "DISAPPROVE", ["China"], ["Japan"]),
        ("Students staged a protest in Cairo.", "protest", "PROTEST", ["Students"], []),
    ],
)  # fmt: skip
def test_sides_and_types_from_the_words_around_an_act(
    extract: Extract, text: str, trigger: str, kind: str, actors: list[str], targets: list[str]
) -> None:
    events = found(extract(text), trigger)
    assert [(e.type, names(e.actors), names(e.targets)) for e in events] == [
        (kind, actors, targets)
    ]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a disease kills no one in PLOVER's sense, and force aimed at one is a figure
        ("The H1N1 swine flu has killed 60 people in Mexico.", "killed"),
        ("At least 176 people were killed by the virus.", "killed"),
        ("Mexico is fighting the flu virus.", "fighting"),
        ("The WHO raised its pandemic alert to 5.", "alert"),
        # in an article naming no arms, `it` that kills is a thing we could not name
        ("It has killed up to 81 people in Mexico.", "killed"),
        # what a warning foresees no one doing is no threat
        ("Chinese officials have warned economic discontent could threaten social stability.",
         "warned"),
        ("The WHO warned governments to prepare for a long battle against the virus.", "warned"),
    ],
)  # fmt: skip
def test_no_one_does_what_a_disease_or_a_mood_does(
    extract: Extract, text: str, trigger: str
) -> None:
    assert found(extract(text), trigger) == []


@pytest.mark.parametrize(
    ("text", "trigger", "kinds"),
    [
        # a ban on trade is a sanction
        ("Russia is banning pork imports from affected countries.", "banning", ["SANCTION"]),
        ("China imposed an import ban on US pork.", "ban", ["SANCTION"]),
        # a duty given is no charge; an offence is
        ("Margaret Chan is charged with deciding when to declare a pandemic.", "charged", []),
        ("Police charged him with murder.", "charged", ["COERCE"]),
        # things released to someone are given; people released are freed
        ("The WHO is releasing drug stockpiles to developing countries.", "releasing", ["AID"]),
        ("Iran released two British sailors.", "released", ["CONCEDE"]),
        # a law of one's own is no agreement with anyone
        ("Obama signed the funding bill into law on Friday.", "signed", []),
        ("Authorities sealed off a hotel in Hong Kong.", "sealed", ["COERCE"]),
        # demand met is no meeting
        ("Drug companies are struggling to meet demand.", "meet", []),
        ("Putin met Obama in Moscow.", "met", ["CONSULT"]),
        # a rally a speaker addresses is his audience; one held by a crowd is a protest
        ("At a rally with public energy workers, he said the lists were ready.", "rally", []),
        ("Gaddafi told a rally in Tripoli that he would never leave.", "rally", []),
        ("Thousands of people held a rally in Benghazi against Gaddafi.", "rally", ["PROTEST"]),
        ("At a rally in Tahrir Square, protesters said they would stay.", "rally", ["PROTEST"]),
        # a call is made to someone; a warning telephoned is a way of sending it
        ("The IRA telephoned a warning at 2pm.", "telephoned", []),
        ("Bush telephoned Putin on Monday.", "telephoned", ["CONSULT"]),
        # what is sought in a question is not known to be asked for
        ("It is unclear exactly what Maduro is seeking in a new constitution.", "seeking", []),
        ("Iran sought talks with the United States.", "sought", ["DEMAND"]),
    ],
)  # fmt: skip
def test_what_a_verb_is_done_to_gives_its_sense(
    extract: Extract, text: str, trigger: str, kinds: list[str]
) -> None:
    assert [e.type for e in found(extract(text), trigger)] == kinds


def test_an_aside_in_the_present_says_what_holds(extract: Extract) -> None:
    text = "Turkey, which occupies northern Cyprus, had insisted it would not bow to demands."
    assert [e.modality for e in found(extract(text), "occupies")] == ["generic"]
    past = "The EU, which imposed sanctions on Iran last year, met on Monday."
    assert [e.modality for e in found(extract(past), "sanctions")] == ["realised"]


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # an act listed among things only put forward is proposed, not done
        ("Among the measures being recommended by security chiefs is a ban on arms sales to Iran.",
         "ban", "hypothetical"),
        ("The proposals include a ban on arms sales to Iran.", "ban", "hypothetical"),
        ("The sanctions include a ban on arms sales to Iran.", "ban", "realised"),
    ],
)  # fmt: skip
def test_what_is_only_proposed_did_not_happen(
    extract: Extract, text: str, trigger: str, modality: str
) -> None:
    assert [e.modality for e in found(extract(text), trigger)] == [modality]


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        # who is behind an act did it; a description in apposition is of the name it follows
        ("Salman Abedi, the bomber behind the suicide bombing, is seen in this image.",
         "bombing", ["Salman Abedi"]),
        ("Salman Abedi, a student who carried out the bombing, was named.", "bombing",
         ["Salman Abedi"]),
        # the attack someone was killed in names the killer
        ("Five civilians were killed in Israeli air strikes on Gaza.", "killed", ["Israel"]),
        ("Eight fighters were killed in clashes with government troops.", "killed",
         ["government troops"]),
        # a trailing `, wounding ...` after a blow is the blow's, not the hunters'
        ("Police are hunting a man who left a device that exploded on Friday, wounding 13 "
         "people.", "wounding", []),
        ("Gunmen opened fire on a bus, killing five people.", "killing", ["Gunmen"]),
        # `they` continues the group the sentence before was about
        ("Separatist warlords led armed operations in Dagestan. They seized hundreds of "
         "hostages in hospitals.", "seized", ["Separatist warlords"]),
        ("Police said the hospitals were full. They arrested two men.", "arrested", []),
        # who leads an act does it; the West is a side of its own
        ("In the nine days since the start of the Western-led bombing, the rebels pressed on.",
         "bombing", ["the West"]),
        ("China said that Western air strikes on Libya risked a disaster.", "strikes",
         ["the West"]),
        # an attack that kills is done by whoever its words name
        ("The government says the Western-led air attacks have killed more than 100 "
         "civilians.", "killed", ["the West"]),
        ("Mansour Daw had been wounded in a rebel rocket attack in Tripoli on Thursday.",
         "wounded", ["rebel"]),
        # ... and so does a relative clause hung on it, through who says so
        ("Libya reported a NATO airstrike near Brega, which the government said killed six "
         "guards.", "killed", ["NATO"]),
        # who is blamed or thanked for an act did it, by the judge's word
        ("UNESCO rebuked NATO for the attack on the television station.", "attack", ["NATO"]),
        ("Obama praised the navy for the rescue of the hostages.", "rescue", ["navy"]),
        # the government in front of an attack is the state the article is about
        ("Libya denied it in Libya. Rebels say government attacks on three installations "
         "halted production.", "attacks", ["Libya"]),
        ("Libya denied it in Libya. Anti-government attacks on three installations halted "
         "production.", "attacks", []),
        # a `by` closing coordinated participles; a court the state it sits in singles out
        ("Seven managers were sentenced to two years in prison and bailed by a court in "
         "India.", "sentenced", ["court in India"]),
        # a title given a name is that person, not the place or firm the title is of
        ("London's Conservative mayor, Boris Johnson, has accused the US of rhetoric.",
         "accused", ["Boris Johnson"]),
        ("The company's chief executive, Tony Hayward, apologised to the families.",
         "apologised", ["Tony Hayward"]),
        # a noun joined to the object of a verb that does the act shares its doer
        ("NATO is enforcing a no-fly zone as well as a virtual blockade of Libyan ports.",
         "blockade", ["NATO"]),
        # whom time is given acts in it
        ("NATO gave Gaddafi 72 hours to withdraw his troops.", "withdraw", ["Gaddafi"]),
        # whose opponents they are is not who they are
        ("Gadhafi's opposition later rejected the proposal.", "rejected",
         ["Gadhafi's opposition"]),
        # whose government it is says which state's
        ("Libya denied it in Libya. Australian Foreign Minister Kevin Rudd said his government"
         " would ask the United Nations to approve a no-fly zone.", "ask", ["Australia"]),
        # the press strikes no one, however misparsed
        ("Ahmed Bani, a military spokesman in Benghazi, told Reuters clashes had broken out in"
         " Zlitan on Thursday.", "clashes", []),
        # whose bombs they are is who bombed
        ("Two weeks ago, that base was attacked by western bombs.", "attacked", ["the West"]),
        # whoever leads a body acts for it
        ("Washington argued that the western-led air strikes had Arab support.", "strikes",
         ["the West"]),
        # a body named to do something does it, not whoever named it
        ("Two members of a presidential commission named by Barack Obama to investigate the spill"
         " had worked on the census.", "investigate", ["presidential commission"]),
        # who has someone's support receives it
        ("The rebels have the support of NATO.", "support", ["NATO"]),
        ("The U.S.-led coalition attacked the city.", "attacked", ["United States"]),
        # the chief of a body in a state is not the state, nor is a commander of a movement
        ("A Libyan Islamist military commander has called on the interim cabinet to resign.",
         "called", ["Libyan Islamist military commander"]),
        ("UK university chief quits over Libya links.", "quits", ["UK university chief"]),
        # people of a nation outside its state are a group of their own
        ("Syrian opposition figures are holding talks in Istanbul.", "talks",
         ["Syrian opposition figures"]),
        ("Syrian officials are holding talks in Istanbul.", "talks", ["Syria"]),
        # who killed is who fired the weapon that struck
        ("A child was killed when three rockets fired by Gaddafi forces hit the port.",
         "killed", ["Gaddafi forces"]),
        # a weapon named in front is no doer, whoever fired it
        ("Artillery fire from Peru hit the town.", "fire", ["Peru"]),
        # armed men of a nation are not its state; its troops are
        ("Libyan rebels and representatives of Gaddafi's government held negotiations in "
         "Tunisia.", "negotiations", ["Libyan rebels", "representatives"]),
        ("Libyan troops shelled the town.", "shelled", ["Libya"]),
    ],
)  # fmt: skip
def test_the_doer_the_words_around_an_act_point_to(
    extract: Extract, text: str, trigger: str, actors: list[str]
) -> None:
    assert [names(e.actors) for e in found(extract(text), trigger)] == [actors]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # firing back at someone in public life is a retort, aimed at them; soldiers shoot
        ("Blair fired back at Brown on Tuesday.", "fired", ("DISAPPROVE", ["Blair"], ["Brown"])),
        ("The soldiers fired back at the gunmen.", "fired",
         ("FIGHT", ["soldiers"], ["gunmen"])),
        # animals invade nothing, and jobs are backed by no one
        ("Lionfish have invaded Cuban waters.", "invaded", None),
        # verbs joined by `and` share their subject, and what it can do
        ("The rumour was that lionfish, which have spikes and have invaded Cuban waters, were "
         "poisoning swimmers.", "invaded", None),
        ("Rebels have invaded Cuban waters.", "invaded", ("FIGHT", ["Rebels"], ["Cuba"])),
        ("Tourists supported the local economy.", "supported", None),
        ("The EU supported Ukraine.", "supported", ("SUPPORT", ["European Union"], ["Ukraine"])),
    ],
)  # fmt: skip
def test_retorts_animals_and_economies_are_not_what_the_word_says(
    extract: Extract, text: str, trigger: str, expected: tuple[str, list[str], list[str]] | None
) -> None:
    events = [(e.type, names(e.actors), names(e.targets)) for e in found(extract(text), trigger)]
    assert events == ([expected] if expected else [])


def test_an_act_called_for_is_the_callers_demand(extract: Extract) -> None:
    # `for` hangs on the clause in the parse, yet it is the `for` of `called for`
    told = extract("Italy called for Gaddafi to step down, officials said.")
    assert [(e.type, names(e.actors), names(e.targets), e.summary) for e in told.events] == [
        ("DEMAND", ["Italy"], ["Gaddafi"], "Italy called for Gaddafi to step down")
    ]
    (calls,) = extract(
        "The Italian government's calls for Gaddafi to step down were subdued."
    ).events
    assert (calls.type, names(calls.actors), names(calls.targets)) == (
        "DEMAND", ["Italy"], ["Gaddafi"]
    )  # fmt: skip
    # an act waited for has not happened
    (awaited,) = extract("He waited for the army to withdraw.").events
    assert (awaited.trigger.text, awaited.modality) == ("withdraw", "hypothetical")


def test_an_act_passed_over_for_another_is_not_done(extract: Extract) -> None:
    told = extract(
        "Forces loyal to Gadhafi shot at the wounded rather than allowing them to be treated."
    )
    shot, allowing = sorted(told.events, key=lambda e: e.trigger.start)
    assert (allowing.trigger.text, allowing.negated) == ("allowing", True)
    # and the summary of the act done stops before the act passed over
    assert (shot.negated, shot.summary) == (False, "Forces loyal to Gadhafi shot at the wounded")
    (releasing,) = found(
        extract("The army detained the men instead of releasing them."), "releasing"
    )
    assert releasing.negated


def test_an_act_ordered_is_the_orderers_act(extract: Extract) -> None:
    text = (
        "President Maduro ordered the arrest of the opposition leader Leopoldo Lopez. "
        "President Obama did not order air strikes on Syria."
    )
    events = extract(text)
    assert not found(events, "ordered")  # one act: the arrest, not a request for it
    (arrest,) = found(events, "arrest")
    (strikes,) = found(events, "strikes")
    assert (arrest.type, names(arrest.actors), names(arrest.targets)) == (
        "COERCE",
        ["Maduro"],
        ["Leopoldo Lopez"],
    )
    assert (arrest.modality, arrest.negated) == ("realised", False)
    assert (names(strikes.actors), strikes.negated) == (["Obama"], True)


def test_an_honorific_makes_a_person_and_a_pronoun_keeps_the_grievance(extract: Extract) -> None:
    # `Tebbit` is tagged a nationality; `anti-British` is what he is accused of, not at whom
    text = (
        "Former Conservative Party chairman Lord Tebbit accused him of a crude display of "
        "anti-British bigotry."
    )
    (accusation,) = found(extract(text), "accused")
    assert (names(accusation.actors), names(accusation.targets)) == (["Tebbit"], [])


def test_a_nations_lobbyists_are_not_its_state(extract: Extract) -> None:
    (fight,) = found(extract("US oil lobbyists fought the regulation for years."), "fought")
    assert names(fight.actors) == ["US oil lobbyists"]


def test_who_faces_mounting_complaints_is_not_the_complainer(extract: Extract) -> None:
    # `mounting` is parsed as the verb of `complaints`; who faces them undergoes them, and
    # the text names no one who complains
    text = "BP and the Obama administration face mounting complaints about the clean-up."
    assert not found(extract(text), "complaints")


def test_a_nations_commission_or_court_is_not_its_state(extract: Extract) -> None:
    text = "The US commission criticised BP. A British court convicted the two men."
    (criticism,) = found(extract(text), "criticised")
    (conviction,) = found(extract(text), "convicted")
    assert names(criticism.actors) == ["US commission"]
    assert names(conviction.actors) == ["British court"]


def test_what_a_planned_report_says_keeps_its_own_frame(extract: Extract) -> None:
    text = (
        "BP is planning to announce that its chief executive Tony Hayward is negotiating "
        "the terms of his departure with the board."
    )
    (talks,) = found(extract(text), "negotiating")
    assert (talks.type, talks.modality) == ("CONSULT", "realised")


def test_a_protest_made_to_someone_is_a_complaint(extract: Extract) -> None:
    text = "Williams protested to his supervisor, Mark Hay. Students marched to parliament."
    (complaint,) = found(extract(text), "protested")
    (march,) = found(extract(text), "marched")
    assert (complaint.type, names(complaint.targets)) == ("DISAPPROVE", ["Mark Hay"])
    assert march.type == "PROTEST"


def test_praise_won_is_not_given_by_who_wins_it(extract: Extract) -> None:
    text = "General Motors is back on its feet, winning market share and praise for new models."
    assert not found(extract(text), "praise")


def test_two_verbs_tell_two_acts_and_a_count_is_people(extract: Extract) -> None:
    events = extract("The Taliban killed 23 Afghan soldiers and injured another 15.")
    (killing,) = found(events, "killed")
    (wounding,) = found(events, "injured")
    assert killing.id != wounding.id
    assert (wounding.type, names(wounding.actors)) == ("ASSAULT", ["Taliban"])


def test_political_attacks_and_legal_battles_are_words(extract: Extract) -> None:
    text = "Republicans launched personal attacks on Obama. BP faces a legal battle with Exxon."
    (attacks,) = found(extract(text), "attacks")
    assert (attacks.type, names(attacks.actors)) == ("DISAPPROVE", ["Republican Party"])
    assert all(e.type != "FIGHT" for e in found(extract(text), "battle"))


def test_who_answers_at_a_hearing_is_heard_not_its_holder(extract: Extract) -> None:
    text = (
        "Anne Drinkwater, president of BP Canada, offered few answers at a hearing of the "
        "Senate Energy Committee. The Senate Foreign Relations Committee will hold a hearing "
        "into the release."
    )
    heard, held = found(extract(text), "hearing")
    assert "Anne Drinkwater" not in names(heard.actors)
    assert names(heard.targets) == ["Anne Drinkwater"]
    assert names(held.actors) == ["Senate Foreign Relations Committee"]


def test_praise_chanted_a_guest_welcomed_and_others_united(extract: Extract) -> None:
    text = (
        "Crowds of children were chanting the praises of Muammar Gaddafi. "
        "President Obama welcomed Prime Minister Gordon Brown to the White House. "
        "The Libyan leader's crackdown had united the Arabs and Berbers of the mountains."
    )
    events = extract(text)
    (chant,) = found(events, "chanting")
    (welcome,) = found(events, "welcomed")
    assert (chant.type, names(chant.targets)) == ("SUPPORT", ["Muammar Gaddafi"])
    assert (welcome.type, names(welcome.targets)) == ("CONSULT", ["Gordon Brown"])
    assert not found(events, "united")  # the crackdown made them unite; it cooperates with no one


def test_who_uses_something_for_an_end_does_it(extract: Extract) -> None:
    text = "Obama last month used an Oval Office speech to push for clean energy."
    (push,) = found(extract(text), "push")
    assert (names(push.actors), names(push.targets)) == (["Obama"], [])


def test_a_surname_taken_for_an_organisation_is_the_person(extract: Extract) -> None:
    text = (
        "Fred Bartlit is the commission's chief counsel. But Bartlit said BP did not have the "
        "results of that test before 19 April, when it ordered work crews to begin pumping cement."
    )
    (order,) = found(extract(text), "ordered")
    assert names(order.actors) == ["BP"]  # `it` is no person


def test_what_a_thing_should_do_is_a_view_not_a_demand(extract: Extract) -> None:
    text = (
        "Charlie Kronick said that pointing the finger at BP's contractors should not "
        "exonerate the company. "
        "Labour said the government should apologise."
    )
    events = extract(text)
    assert not found(events, "exonerate")
    (apology,) = found(events, "apologise")
    assert (apology.type, names(apology.actors)) == ("DEMAND", ["Labour Party"])


def test_a_hunt_for_someone_wanted_is_an_inquiry(extract: Extract) -> None:
    text = (
        "French police are hunting a suspect believed to have planted the device. "
        "Police searched for survivors of the blast."
    )
    events = extract(text)
    (hunt,) = found(events, "hunting")
    assert (hunt.type, names(hunt.actors)) == ("INVESTIGATE", ["France"])
    assert not found(events, "searched")


def test_figures_of_speech_on_an_oil_spill_are_no_acts(extract: Extract) -> None:
    text = (
        "The battle against the spreading oil slick has claimed the life of one worker. "
        "BP took one step back Saturday in order to take two steps forward. "
        "People floated more booms to try to block the rogue oil. "
        "The men calling the shots on the rig would demolish Obama's assurances about safety. "
        "As a massive oil slick in the Gulf of Mexico threatened the U.S. coastline Friday, "
        "Louisiana Gov. Bobby Jindal expressed alarm that prevention efforts were ineffective. "
        "Obama is too cozy with industry, a theory advanced by Sarah Palin on Fox News Sunday."
    )
    assert extract(text).events == ()


def test_a_side_has_a_letter_in_its_name(extract: Extract) -> None:
    (suit,) = found(extract("Later, BP was sued by Justice Dept. over the oil spill."), "sued")
    assert names(suit.actors) == ["Justice Dept"]


def test_whose_members_are_the_body_and_a_request_received_is_its_senders(
    extract: Extract,
) -> None:
    text = (
        "The plan answers hearings of the House Energy and Commerce Committee, whose members "
        "harshly criticized the major oil companies. Congress received from the White House on "
        "Wednesday a $15 million request to fund the commission."
    )
    events = extract(text)
    (criticism,) = found(events, "criticized")
    (request,) = found(events, "request")
    assert names(criticism.actors) == ["House Energy and Commerce Committee"]
    assert (names(request.actors), names(request.targets)) == (["United States"], ["US Congress"])


def test_labelling_coordinating_and_agreeing_with_a_quote_are_no_acts(extract: Extract) -> None:
    text = (
        'A House committee voted to label an Ottoman-era slaughter of Armenians as "genocide." '
        "Admiral Thad Allen, who is coordinating the oil spill response, spoke on Friday. "
        'Columnist Philip Norman agreed: "One might have thought she would counteract it."'
    )
    events = extract(text)
    (slaughter,) = found(events, "slaughter")
    assert slaughter.actors == ()
    assert not found(events, "coordinating")
    assert not found(events, "agreed")


def test_an_abbreviations_full_stop_can_end_a_sentence(extract: Extract) -> None:
    text = (
        "Tony Hayward is BP's chief executive. "
        '"This accident could hurt it for years," said Fadel Gheit, an oil analyst. '
        "On Sunday, the third anniversary of his becoming BP's chief executive, Hayward began "
        "his day in Houma, La., flew to a convention center in Mobile, Ala., where a new "
        "command center has been set up, and then went on to Venice, La. There, he planned to "
        "meet with local officials and others worried about the slick menacing the shore."
    )
    (meeting,) = found(extract(text), "meet")
    assert names(meeting.actors) == ["Tony Hayward"]


def test_an_acronym_is_no_surname(extract: Extract) -> None:
    # a pull quote's byline runs `Carl-Henric Svanberg` into `BP`: the name ends in `BP`,
    # which stays the company everywhere else
    text = (
        'The company is strong," End Quote Carl-Henric Svanberg BP chairman BP responded that '
        "Anadarko was refusing to pay. BP has agreed to put aside $20bn to compensate victims "
        "of the oil spill."
    )
    (agreement,) = found(extract(text), "agreed")
    assert names(agreement.actors) == ["BP"]


def test_adopting_ones_own_policies_agrees_with_no_one(extract: Extract) -> None:
    text = (
        "A few weeks ago, Feinberg's fund adopted new policies that paid claims faster. "
        "Syria adopted the ceasefire on Friday."
    )
    events = extract(text)
    assert [e.type for e in events.events] == ["AGREE"]
    (ceasefire,) = found(events, "adopted")
    assert names(ceasefire.actors) == ["Syria"]


def test_a_thing_permits_nothing_and_a_pledge_is_of_its_own_words(extract: Extract) -> None:
    text = (
        "Gaddafi's death is expected to allow Libya to start earning money again. "
        "Syria allowed the inspectors to return. The leaders of the United States, Britain and "
        "France pledged to continue the military campaign until Muammar Gaddafi leaves power."
    )
    events = extract(text)
    assert not found(events, "allow")
    (permission,) = found(events, "allowed")
    assert names(permission.actors) == ["Syria"]
    assert not found(events, "pledged")  # force promised is no cooperation; `until` is aside


def test_a_deal_proposed_is_offered_and_a_war_fallen_into_is_feared(extract: Extract) -> None:
    text = (
        "Italy proposed a deal including a ceasefire and exile for Gaddafi. "
        "France proposed that the UN impose a no-fly zone. "
        "Hugo Chavez proposed a peace plan for Libya. "
        "Hillary Clinton is warning that Libya could descend into civil war."
    )
    events = extract(text)
    offer, demand, plan = found(events, "proposed")
    assert (offer.type, offer.modality) == (plan.type, plan.modality) == ("AGREE", "intended")
    assert demand.type == "DEMAND"
    assert not found(events, "warning")


def test_nouns_joined_by_and_share_the_first_ones_frame(extract: Extract) -> None:
    text = (
        "Outside powers demand that Gaddafi stand down, threatening no-fly zones, sanctions "
        "and possibly further military action."
    )
    assert not found(extract(text), "sanctions")  # threatened, and not by Gaddafi


def test_a_crowd_of_a_nation_is_not_its_state(extract: Extract) -> None:
    text = "Hundreds of Libyans attacked a construction site. The Iranians rejected the offer."
    events = extract(text)
    (attack,) = found(events, "attacked")
    (refusal,) = found(events, "rejected")
    assert names(attack.actors) == ["Libyans"]
    assert names(refusal.actors) == ["Iran"]  # the Iranians across a table are Iran


def test_an_act_of_power_ordered_done_to_someone_is_the_orderers(extract: Extract) -> None:
    text = (
        "The Russian Foreign Ministry ordered two British diplomats expelled. "
        "President Karzai ordered the prisoners released."
    )
    events = extract(text)
    assert not found(events, "ordered")
    (expulsion,) = found(events, "expelled")
    (release,) = found(events, "released")
    assert (expulsion.type, names(expulsion.actors)) == ("COERCE", ["Russian Foreign Ministry"])
    assert (names(release.actors), names(release.targets)) == (["Karzai"], ["prisoners"])


def test_resources_pledged_are_aid_promised(extract: Extract) -> None:
    text = 'President Barack Obama pledged to "use every single available resource" on the spill.'
    (pledge,) = found(extract(text), "pledged")
    assert (pledge.type, pledge.modality) == ("AGREE", "intended")


def test_a_state_standing_for_its_body_is_named_by_the_whole_phrase(extract: Extract) -> None:
    text = "French police are hunting a suspect. Paris' counterterrorism authority opened a probe."
    events = extract(text)
    (hunt,) = found(events, "hunting")
    (probe,) = found(events, "probe")
    spans = [text[p.start : p.end] for p in (*hunt.actors, *probe.actors)]
    assert names(hunt.actors) == names(probe.actors) == ["France"]
    assert spans == ["French police", "Paris' counterterrorism authority"]


def test_an_assault_by_forces_is_a_battle_unless_it_falls_on_the_unarmed(extract: Extract) -> None:
    text = (
        "Libyan forces who have launched an assault on the last holdout towns of Muammar "
        "Gaddafi's loyalists were still meeting resistance. "
        "Government troops who began an assault on the rebels retreated. "
        "The army intensified its assault overnight. "
        "Police who have launched an assault on the last protesters of the square were still "
        "meeting resistance."
    )
    kinds = [(e.trigger.text, e.type) for e in extract(text).events if e.trigger.text == "assault"]
    assert kinds == [("assault", "FIGHT")] * 3 + [("assault", "ASSAULT")]


def test_an_attack_decided_on_is_force_not_words(extract: Extract) -> None:
    text = (
        "The White House rejected criticism of President Barack Obama's decision to attack "
        "Libya. Blair attacked Brown over the budget."
    )
    events = extract(text)
    assert [(e.trigger.text, e.type) for e in events.events] == [
        ("attack", "FIGHT"),
        ("attacked", "DISAPPROVE"),
    ]


def test_many_of_a_kind_are_not_the_one_the_article_names(extract: Extract) -> None:
    text = (
        "The International Crisis Group said the rebels were weak. Many outside groups "
        "working with the rebels have tried to persuade them. The group condemned the killings."
    )
    events = extract(text)
    (work,) = found(events, "working")
    (condemnation,) = found(events, "condemned")
    assert names(work.actors) == ["Many outside groups"]
    assert names(condemnation.actors) == ["International Crisis Group"]


def test_a_blow_named_after_a_place_struck_there(extract: Extract) -> None:
    text = (
        "The Cafetería Rolando bombing killed 13 people at the Rolando cafe in Madrid. "
        "The government blamed ETA for the Rolando bombing."
    )
    events = extract(text)
    (killing,) = found(events, "killed")
    (blamed,) = found(events, "bombing")
    assert (names(killing.actors), names(blamed.actors)) == ([], ["ETA"])


def test_who_the_words_around_a_subject_say_it_is(extract: Extract) -> None:
    text = (
        "The top US regulator in charge of overseeing oil exploration, Elizabeth Birnbaum, "
        "resigned. US cable news networks have been urging the White House to act. "
        "Transocean also came in for criticism for failing to warn its crew."
    )
    events = extract(text)
    (resignation,) = found(events, "resigned")
    (urging,) = found(events, "urging")
    assert names(resignation.actors) == ["Elizabeth Birnbaum"]  # the name closes the phrase
    assert names(urging.actors) == ["US cable news networks"]  # the press is not the state
    # criticism Transocean came in for is criticism of Transocean, by someone not named
    assert all("Transocean" not in names(e.actors) for e in found(events, "criticism"))


def test_a_share_of_the_public_holding_a_view_is_a_poll_not_an_act(extract: Extract) -> None:
    text = (
        "For the first time in the survey, more people, or 48%, said they disapproved of his "
        "job performance. The senators said they disapproved of his handling of the spill."
    )
    (disapproval,) = found(extract(text), "disapproved")
    assert names(disapproval.actors) == ["senators"]


def test_a_vessel_named_aboard_does_nothing(extract: Extract) -> None:
    text = (
        "Hearings focused on the explosion on 20 April aboard the Deepwater Horizon that killed "
        "11 workers. They also heard about the militia that killed 11 workers in April."
    )
    (killing,) = found(extract(text), "killed")
    assert names(killing.actors) == ["militia"]


def test_a_list_of_acts_someone_is_accused_of_is_theirs_and_alleged(extract: Extract) -> None:
    text = (
        "Rasmussen said, accusing Gaddafi of bombing, shelling and shooting civilians. "
        "Troops entered the town after dark, shooting civilians."
    )
    shootings = found(extract(text), "shooting")
    assert [(names(e.actors), e.modality) for e in shootings] == [
        (["Gaddafi"], "hypothetical"),
        (["Troops"], "realised"),
    ]


def test_ground_attacked_is_fought_over_not_argued_with(extract: Extract) -> None:
    text = (
        "On Monday, NTC forces were unable to approach the northern gate of Bani Walid to "
        "attack the town because of heavy gunfire. "
        "The Conservative Party attacked the government's plans. "
        "Blair attacked France over its stance on Iraq."
    )
    events = extract(text)
    assert [e.type for e in found(events, "attack")] == ["FIGHT"]
    assert [e.type for e in found(events, "attacked")] == ["DISAPPROVE", "DISAPPROVE"]


def test_whom_time_is_given_would_act_not_who_gives_it(extract: Extract) -> None:
    text = (
        "The NTC had given the main pro-Gaddafi towns until Saturday to surrender or face "
        "attack. NATO gave the rebels until Friday to withdraw from the city."
    )
    events = extract(text)
    assert not found(events, "surrender")  # the towns' surrender, not the NTC's
    (withdrawal,) = found(events, "withdraw")
    assert names(withdrawal.actors) == ["rebels"]


def test_a_name_after_a_title_is_the_persons_though_the_tagger_missed_it(
    extract: Extract,
) -> None:
    text = "Mr Hayward is criticised by White House Chief of Staff Rahm Emanuel for sailing."
    (criticism,) = found(extract(text), "criticised")
    assert names(criticism.actors) == ["Rahm Emanuel"]


def test_a_name_the_tagger_missed_once_is_the_actor_it_saw_elsewhere(extract: Extract) -> None:
    text = "BP said the spill was slowing. Another option BP is investigating is a new valve."
    (inquiry,) = found(extract(text), "investigating")
    assert names(inquiry.actors) == ["BP"]


def test_whose_pleas_they_are_pleads_and_is_not_pleaded_with(extract: Extract) -> None:
    text = (
        "Before he died, he sent a message on Twitter that echoed the pleas of desperate residents."
    )
    pleas = found(extract(text), "pleas")
    assert all("desperate residents" not in names(e.targets) for e in pleas)
    assert all("Twitter" not in names(e.actors) for e in pleas)


def test_forces_that_blast_forces_fight_and_armed_men_do_not_quarrel(extract: Extract) -> None:
    text = (
        "US warplanes blasted Gadhafi's ground forces on Sunday. "
        "Rebels blasted the decision. "
        "The armed LIFG fought the regime in the 1990s. "
        "Blair fought the plan."
    )
    events = extract(text)
    assert [e.type for e in found(events, "blasted")] == ["FIGHT", "DISAPPROVE"]
    assert [e.type for e in found(events, "fought")] == ["FIGHT", "DISAPPROVE"]


def test_where_something_is_insisted_is_not_what_is_insisted_on(extract: Extract) -> None:
    text = (
        "Saif al-Islam Gadhafi insisted on state television that the rebels were losing. "
        "Merkel insisted on a ceasefire."
    )
    assert [names(e.actors) for e in found(extract(text), "insisted")] == [["Merkel"]]


def test_a_court_striking_down_a_ban_strikes_no_blow(extract: Extract) -> None:
    text = (
        "A federal judge struck down the six-month ban on deepwater drilling. "
        "US jets struck down a plane."
    )
    assert [e.type for e in found(extract(text), "struck")] == ["REJECT", "FIGHT"]


def test_what_a_blast_of_a_thing_kills_is_no_assault(extract: Extract) -> None:
    text = (
        "The leak began after the Deepwater Horizon offshore drilling platform exploded on "
        "April 20, killing 11 workers. A car bomb exploded in the market, killing 11 people."
    )
    assert [e.type for e in found(extract(text), "killing")] == ["ASSAULT"]


def test_a_sum_or_a_range_of_goods_is_no_count_of_people(extract: Extract) -> None:
    text = (
        "BP has already shelled out more than $8 billion in cleanup costs. "
        "BP is capturing 20,000 to 28,500 barrels of oil a day. "
        "Gunmen killed 20 to 30 people."
    )
    events = extract(text)
    assert not found(events, "shelled")
    assert not found(events, "capturing")
    assert [e.type for e in found(events, "killed")] == ["ASSAULT"]


def test_what_a_thing_should_do_is_a_forecast_not_a_demand(extract: Extract) -> None:
    text = (
        "BP plans to sell the gas, something that industry experts said should not present "
        "much of a problem. Boehner said Obama should not exploit the crisis."
    )
    events = extract(text)
    assert not found(events, "present")
    assert [e.type for e in found(events, "exploit")] == ["DEMAND"]


def test_a_markets_demand_for_goods_is_asked_of_no_one(extract: Extract) -> None:
    text = (
        "Man's insatiable demand for energy grew. Global demand for oil fell. "
        "The protesters' demand for his resignation grew."
    )
    assert [names(e.actors) for e in found(extract(text), "demand")] == [["protesters"]]


def test_what_an_inquiry_is_into_is_not_who_makes_it(extract: Extract) -> None:
    text = (
        "Browner has been accused by the presidential investigation into the BP oil spill of "
        "misrepresenting official reports. The EU announced a suspension of air links with "
        "Serbia."
    )
    events = extract(text)
    assert all("BP" not in names(e.actors) for e in found(events, "accused"))
    assert [names(e.targets) for e in found(events, "suspension")] == [["Serbia"]]


def test_pressing_ahead_with_ones_work_asks_nothing_of_anyone(extract: Extract) -> None:
    text = "BP is pressing ahead with operations to seal the well. Senators pressed BP to pay."
    assert [e.type for e in found(extract(text), "pressing")] == []
    assert [e.type for e in found(extract(text), "pressed")] == ["DEMAND"]


def test_a_weapon_that_slams_and_a_man_fighting_with_rebels_are_in_arms(extract: Extract) -> None:
    text = (
        "A Grad rocket slammed into her bedroom wall. "
        "Khalid Moteridi, 32, a businessman who was fighting with the rebels when, he said, he "
        "was shot twice in the legs by a sniper. "
        "Blair slammed the plan."
    )
    events = extract(text)
    assert [e.type for e in found(events, "slammed")] == ["FIGHT", "DISAPPROVE"]
    assert [e.type for e in found(events, "fighting")] == ["FIGHT"]


def test_who_receives_a_pledge_is_its_target_and_a_skill_learnt_is_no_act(extract: Extract) -> None:
    text = (
        "The rebels received a pledge Sunday from Kuwait for about $180 million. "
        "Bashir Ahmed left Canada. "
        "Now he is learning to shoot a rocket-propelled grenade in Benghazi. "
        "Rebels fired rockets at the town."
    )
    events = extract(text)
    (pledge,) = found(events, "pledge")
    assert (names(pledge.actors), names(pledge.targets)) == (["Kuwait"], ["rebels"])
    assert not found(events, "shoot")
    assert [e.type for e in found(events, "fired")] == ["FIGHT"]


def test_an_ultimatum_offered_is_no_offer_of_cooperation(extract: Extract) -> None:
    text = (
        "Sen. Mark Warner offered Trump an ultimatum for the summit: make Russian interference "
        "a priority, or cancel the meeting. Iran offered to mediate."
    )
    assert [(e.type, names(e.actors)) for e in found(extract(text), "offered")] == [
        ("AGREE", ["Iran"])
    ]


def test_a_bodys_own_sitting_is_no_meeting_of_sides(extract: Extract) -> None:
    text = (
        "India, which attends the G7 meeting on Friday, is unlikely to be cowed. "
        "Reliance Industries has its board meeting on Friday to consider its results. "
        "Mrs Howard will make solo visits to target seats. "
        "Obama's Tuesday meeting with Putin was tense."
    )
    events = extract(text)
    assert [(e.type, names(e.actors)) for e in found(events, "meeting")] == [("CONSULT", ["Obama"])]
    assert [e.type for e in found(events, "visits")] == ["AGREE"]


def test_a_meeting_in_the_present_progressive_with_a_day_is_arranged(extract: Extract) -> None:
    text = "Werner Seifert is meeting Clara Furse on Thursday. Obama was meeting Putin on Friday."
    events = extract(text)
    assert [(e.type, e.modality) for e in found(events, "meeting")] == [
        ("AGREE", "intended"),
        ("CONSULT", "realised"),
    ]


def test_the_object_the_parser_gave_a_reported_clause_is_its_subject(extract: Extract) -> None:
    text = "Mr Spitzer's office added John Stearns had also agreed to testify in future cases."
    (agreed,) = found(extract(text), "agreed")
    assert names(agreed.actors) == ["John Stearns"]


def test_a_share_of_people_is_those_people(extract: Extract) -> None:
    text = "A third of British taxpayers protested. Two thirds of Labour MPs criticised the plan."
    events = extract(text)
    assert [names(e.actors) for e in found(events, "protested")] == [["British taxpayers"]]
    assert [names(e.actors) for e in found(events, "criticised")] == [["Labour Party"]]


def test_who_celebrates_a_deal_or_endorses_a_product_agrees_and_backs_no_one(
    extract: Extract,
) -> None:
    text = (
        "The deal with Peugeot was celebrated by Mitsubishi's chief executive Takashi Nishioka. "
        "Nike, whose products are endorsed by Tiger Woods, said sales grew. "
        "Obama endorsed Clinton."
    )
    events = extract(text)
    assert not found(events, "deal")
    assert [names(e.actors) for e in found(events, "endorsed")] == [["Obama"]]


def test_a_bare_verb_joined_to_a_participle_is_a_noun(extract: Extract) -> None:
    text = (
        "Profits fell, with low-cost firms driving down prices and demand dipping after the "
        "attacks. Protesters gathered outside and demanded his resignation."
    )
    events = extract(text)
    assert not found(events, "demand")
    assert [e.type for e in found(events, "demanded")] == ["DEMAND"]


def test_an_act_in_whose_words_a_verb_tells_it_is_that_act(extract: Extract) -> None:
    text = (
        "In a rare criticism of the committee by one of its members, Senator Bob Corker "
        "complained that the panel had failed."
    )
    events = extract(text)
    assert not found(events, "criticism")
    assert [names(e.actors) for e in found(events, "complained")] == [["Bob Corker"]]


def test_a_settlement_ends_a_quarrel_not_a_bill(extract: Extract) -> None:
    text = (
        "Its key Yugansk division was auctioned off to part settle the bill. "
        "Microsoft settled the lawsuit with Sun."
    )
    events = extract(text)
    assert not found(events, "settle")
    assert [(e.type, names(e.actors)) for e in found(events, "settled")] == [
        ("AGREE", ["Microsoft"])
    ]


def test_how_someone_comes_across_is_not_what_they_did(extract: Extract) -> None:
    text = (
        "Republicans avoided the subject, knowing it would come across as complaining. "
        "Senator Smith complained about the bill."
    )
    events = extract(text)
    assert not found(events, "complaining")
    assert [e.type for e in found(events, "complained")] == ["DISAPPROVE"]


def test_a_storm_of_protests_is_an_outcry(extract: Extract) -> None:
    text = "The video touched off a storm of protests from Republicans. Students staged protests."
    events = extract(text)
    assert [e.type for e in events.events if e.trigger.text == "protests"] == [
        "DISAPPROVE",
        "PROTEST",
    ]


def test_urging_a_clause_goes_on_in_spite_of_is_others(extract: Extract) -> None:
    text = (
        "Despite urging to ease the peg, officials insist they are far from ready. "
        "Despite urging Iran to release the sailors, Britain refused to apologise."
    )
    assert [names(e.actors) for e in found(extract(text), "urging")] == [["United Kingdom"]]


def test_agreeing_a_state_will_come_is_a_view(extract: Extract) -> None:
    text = (
        "Ian Fogg, an analyst at Jupiter Research, agreed that the Mac mini could be very "
        "popular. Iran agreed that inspectors would return."
    )
    assert [names(e.actors) for e in found(extract(text), "agreed")] == [["Iran"]]


def test_an_act_needed_of_someone_is_wanted_from_them_not_done(extract: Extract) -> None:
    text = "Ukraine needs the support of NATO."
    (support,) = found(extract(text), "support")
    assert (names(support.actors), names(support.targets)) == (["NATO"], ["Ukraine"])
    assert support.modality == "hypothetical"


def test_a_goal_calls_for_no_one_and_a_future_is_not_looked_into(extract: Extract) -> None:
    text = (
        "The figures surpass a WSIS campaign goal that calls for 50% access to telephones. "
        "The UN called for 50% access to telephones. "
        "The expert panel probed the future of P2P at the Consumer Electronics Show. "
        "Police probed the death of the journalist."
    )
    events = extract(text)
    assert [names(e.actors) for e in found(events, "calls")] == []
    assert [names(e.actors) for e in found(events, "called")] == [["United Nations"]]
    assert [names(e.actors) for e in found(events, "probed")] == [["Police"]]


def test_what_should_grow_is_foreseen_and_a_requirement_is_a_rule(extract: Extract) -> None:
    text = (
        "Google launched the service on Monday. It should expand over time to include more "
        "channels, said a Google spokesperson. The union said the firm should expand its "
        "workforce. It will help scientists work out the safety, security and reliability "
        "requirements for the US's nuclear weapons stockpile."
    )
    events = extract(text)
    assert [names(e.actors) for e in found(events, "expand")] == [["union"]]
    assert not found(events, "requirements")


def test_a_precedent_upheld_backs_no_one_and_rsa_is_no_state(extract: Extract) -> None:
    text = (
        "Defenders hope that the judges will rule for the networks, upholding the precedent "
        "set by the Sony Betamax case. RSA has a deal with internet provider AOL."
    )
    events = extract(text)
    assert not found(events, "upholding")
    assert [names(e.actors) for e in found(events, "deal")] == [["RSA"]]


def test_attacks_on_or_by_computers_are_no_armed_force(extract: Extract) -> None:
    text = (
        "Hackers launched denial of service attacks on the website. "
        "The worm attacked PCs running Windows. "
        "Police attacked protesters outside the internet cafe."
    )
    events = extract(text)
    assert [(e.type, names(e.actors)) for e in events.events] == [("FIGHT", ["Police"])]


def test_what_we_must_do_is_a_creed_and_a_standing_is_a_status(extract: Extract) -> None:
    text = (
        "Clinton told the audience that she believes we must continue to push policies. "
        "Russia said Sudan must return the helicopter. "
        "Trump has been courting voters, hurting Democrats' standing with a loyal voting bloc."
    )
    events = extract(text)
    assert not found(events, "continue")
    assert [e.type for e in found(events, "return")] == ["DEMAND"]
    assert not found(events, "standing")


def test_pounding_a_politician_is_a_quarrel(extract: Extract) -> None:
    text = (
        "Senate Minority Leader Harry Reid has been steadily pounding Trump as a con artist. "
        "Russian artillery pounded Mariupol."
    )
    events = extract(text)
    assert [e.type for e in found(events, "pounding")] == ["DISAPPROVE"]
    assert [e.type for e in found(events, "pounded")] == ["FIGHT"]


def test_what_is_assumed_or_avoided_is_not_done(extract: Extract) -> None:
    text = (
        "Many people assumed that Mr. Clarke had the financial backing of Mr. Justice. "
        "Obama avoided meeting the Dalai Lama."
    )
    events = extract(text)
    assert [e.modality for e in found(events, "backing")] == ["hypothetical"]
    assert [e.negated for e in found(events, "meeting")] == [True]


def test_a_bombing_by_anyone_but_a_states_forces_is_an_assault(extract: Extract) -> None:
    text = (
        "In 1993, radical Islamists bombed the World Trade Center. "
        "Israeli warplanes bombed Gaza. NATO bombed Tripoli."
    )
    assert [e.type for e in found(extract(text), "bombed")] == ["ASSAULT", "FIGHT", "FIGHT"]


def test_signing_legislation_is_enacting_and_campaigning_for_someone_backs_them(
    extract: Extract,
) -> None:
    text = (
        "George W. Bush signed the legislation authorizing the building of the museum. "
        "Iran and Iraq signed the agreement. "
        "Christie campaigned for Trump in Ohio. Activists campaigned for a ban on smoking."
    )
    events = extract(text)
    assert [names(e.actors) for e in found(events, "signed")] == [["Iran", "Iraq"]]
    assert [(e.type, names(e.targets)) for e in found(events, "campaigned")] == [
        ("SUPPORT", ["Trump"]),
        ("DEMAND", []),
    ]


def test_seizing_on_words_agreeing_about_a_view_and_frequent_acts_are_not_events_done(
    extract: Extract,
) -> None:
    text = (
        "Politifact seized on Trump's claim about Chicago. Police seized weapons in the raid. "
        "Dan McLaughlin agreed with Matthews about the winner. Blair agreed with Bush on the "
        "need for talks. Regular protests by students disrupted the city."
    )
    events = extract(text)
    assert [names(e.actors) for e in events.events if e.trigger.text == "seized"] == [["Police"]]
    assert [names(e.actors) for e in found(events, "agreed")] == [["Blair"]]
    assert [e.modality for e in found(events, "protests")] == ["generic"]


def test_a_rise_is_no_shot_and_someones_thing_is_asked_nothing(extract: Extract) -> None:
    text = (
        "The much-anticipated sci-fi horror Doom 3 shot straight to the top of the UK games "
        "charts. Troops shot three protesters. "
        "Matthews said Pence's performance should boost Trump's poll numbers. "
        "Clinton said Obama's aides should resign."
    )
    events = extract(text)
    assert [names(e.actors) for e in found(events, "shot")] == [["Troops"]]
    assert not found(events, "boost")
    assert [e.type for e in found(events, "resign")] == ["DEMAND"]


def test_what_a_court_agrees_shall_be_is_a_ruling(extract: Extract) -> None:
    text = (
        "A Dallas court agreed that Hollywood lawyers would be allowed access to the records. "
        "Iran agreed that inspectors would return."
    )
    assert [names(e.actors) for e in found(extract(text), "agreed")] == [["Iran"]]


def test_refusing_to_accept_a_fact_and_a_tragedy_striking_are_no_acts(extract: Extract) -> None:
    text = (
        "However, Mr Kosslick refused to accept that widespread opposition to the Iraq war had "
        "turned audiences against Hollywood imports. "
        "Iran refused to accept the UN proposal. "
        "Tragedy struck the production of The Return when one of the young stars drowned."
    )
    events = extract(text)
    assert [names(e.actors) for e in found(events, "refused")] == [["Iran"]]
    assert not found(events, "struck")


def test_a_rival_beaten_is_outdone_and_a_man_beaten_is_assaulted(extract: Extract) -> None:
    text = (
        "A year ago Citigroup beat Standard Chartered to buy Koram bank. "
        "It beats the iPod into second place in the Top Ten list. "
        "Smith beat Jones into second place. "
        "Police beat a man to death in Cairo."
    )
    events = extract(text)
    beaten = [e for e in events.events if e.trigger.text in ("beat", "beats")]
    assert [names(e.targets) for e in beaten] == [["man"]]


def test_a_ruling_or_a_complaint_upheld_backs_no_one(extract: Extract) -> None:
    text = (
        "The court upheld its earlier ruling against Newton. "
        "Ofcom upheld complaints about Eminem's gestures."
    )
    assert [e.type for e in extract(text).events if e.type == "SUPPORT"] == []


def test_what_someone_often_did_is_a_habit_and_what_they_did_repeatedly_is_done(
    extract: Extract,
) -> None:
    text = "Blair often criticised Brown in private. Blair criticised Brown on Monday."
    events = extract(text)
    assert [e.modality for e in found(events, "criticised")] == ["generic", "realised"]
    repeated = extract("Trump repeatedly accused Cruz of lying.")
    assert [e.modality for e in found(repeated, "accused")] == ["realised"]


def test_what_a_thing_is_designed_to_do_is_a_purpose_not_a_deed(extract: Extract) -> None:
    text = (
        "Claiming the criticism of Lauer is designed to pressure debate moderators, Trump told "
        "Fox that they hit Matt."
    )
    assert [e.modality for e in found(extract(text), "pressure")] == ["hypothetical"]


def test_what_a_failed_effort_was_to_bring_about_did_not_come(extract: Extract) -> None:
    text = (
        "Efforts to enact a United Nations climate change treaty in Copenhagen fell apart. "
        "An attempt to broker a ceasefire between Israel and Hamas failed. "
        "Efforts to broker a truce between Israel and Hamas continued."
    )
    events = extract(text)
    assert [e.trigger.text for e in events.events if e.type == "AGREE"] == ["truce"]


def test_goods_banned_are_a_sanction_and_concurring_is_a_view(extract: Extract) -> None:
    text = (
        "Many countries reacted to the outbreak by banning pork or meat from U.S. states. "
        "The World Health Organisation concurred, saying that swine flu could affect a third "
        "of the population."
    )
    events = extract(text)
    assert [e.type for e in found(events, "banning")] == ["SANCTION"]
    assert not found(events, "concurred")


def test_a_participle_set_off_by_commas_tells_what_was_done_to_the_one_before_it(
    extract: Extract,
) -> None:
    text = (
        "Hong Kong, criticised for delaying quarantine measures in 2003, has sealed the hotel. "
        "Iran, criticised by the United States for its nuclear programme, has rejected talks. "
        "Three activists arrested by police on Monday were released."
    )
    events = extract(text)
    criticised = [(names(e.actors), names(e.targets)) for e in found(events, "criticised")]
    assert criticised == [(["United States"], ["Iran"])]
    assert [names(e.targets) for e in found(events, "arrested")] == [["Three activists"]]


def test_a_named_illness_is_no_one_and_kills_no_one(extract: Extract) -> None:
    text = (
        "Officials met on Friday. A deadly strain of swine flu has broken out in Mexico, "
        "killing at least 16 people. Surveillance of influenza has been stepped up since "
        "2003, when H5N1 bird flu reappeared in Asia."
    )
    events = extract(text)
    assert [e.type for e in events.events if e.type in ("ASSAULT", "FIGHT")] == []
    assert "H5N1 bird flu" not in {a.name for a in events.actors}


def test_a_private_persons_journey_is_no_visit(extract: Extract) -> None:
    text = (
        "Officials met. A pupil who visited the US during the Easter holidays had already been "
        "diagnosed with the virus. The agents said people who had just visited Canada or the US "
        "would have to wait. A woman whose son visited Mexico fell ill. Foreign Minister "
        "Sergei Lavrov visited Iraq on Monday."
    )
    visits = found(extract(text), "visited")
    assert [(names(e.actors), names(e.targets)) for e in visits] == [(["Sergei Lavrov"], ["Iraq"])]


def test_the_government_a_clause_opens_in_a_state_with_is_that_states(extract: Extract) -> None:
    text = "Mexico reported 20 deaths. In Japan, the government arrested two Mexican officials."
    arrests = found(extract(text), "arrested")
    assert [(names(e.actors), names(e.targets)) for e in arrests] == [(["Japan"], ["Mexico"])]


def test_a_title_set_off_after_a_name_is_that_persons(extract: Extract) -> None:
    text = (
        "Officials met. Castro said Mexico hid the outbreak until after Barack Obama, the US "
        "president, had visited Mexico on 16 April."
    )
    visits = found(extract(text), "visited")
    assert [(names(e.actors), names(e.targets)) for e in visits] == [(["Barack Obama"], ["Mexico"])]


def test_lines_a_flattened_page_ran_together_tell_no_act(extract: Extract) -> None:
    text = (
        "Officials met. Space shuttle Atlantis launches on a mission to service the telescope "
        "Pontiff makes historic visit to Israel and the Palestinian territories The Planning "
        "Portal is to be relaunched A selection of the best images from around the world. "
        "He starred in The Aviator with Cate Blanchett, and Iran attacked Iraq."
    )
    events = extract(text)
    assert [e.trigger.text for e in events.events] == ["attacked"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # someone known by their tie to another is someone, and not that other
        (
            "Officials met. A court has convicted a friend of Boston Marathon bombing suspect "
            "Dzokhar Tsarnaev for impeding the investigation.",
            "friend",
        ),
        ("Officials met. Police arrested the brother of the minister on Monday.", "brother"),
        ("Officials met. Police arrested two colleagues of the minister.", "two colleagues"),
    ],
)
def test_people_known_by_a_tie_to_someone_are_acted_on(
    extract: Extract, text: str, target: str
) -> None:
    events = [e for e in extract(text).events if e.type == "COERCE"]
    assert [names(e.targets) for e in events] == [[target]]


def test_one_of_them_named_in_apposition_is_the_one_named(extract: Extract) -> None:
    text = (
        "From at least two Ulster Protestant politicians, there were urgent demands last night "
        "for an immediate resumption of the internment policy. One of them, Mr William Craig, "
        "leader of Ulster Vanguard, called for its immediate resumption. "
        "Two of the men, John Smith and Bill Jones, were arrested by police."
    )
    events = extract(text)
    assert [names(e.actors) for e in found(events, "called")] == [["William Craig"]]
    assert [names(e.targets) for e in found(events, "arrested")] == [["John Smith", "Bill Jones"]]


def test_a_participle_with_its_agent_is_passive_whatever_its_tag(extract: Extract) -> None:
    # the tagger reads `shot` as a past tense, with `by police` its agent
    text = (
        "Officials met. The alleged killer, Cherif Chekatt – shot dead by police – had pledged "
        "allegiance to Islamic State."
    )
    shootings = found(extract(text), "shot")
    assert [(names(e.actors), names(e.targets)) for e in shootings] == [
        (["police"], ["Cherif Chekatt"])
    ]


def test_a_withdrawal_proposed_by_its_doer_is_offered(extract: Extract) -> None:
    text = (
        "Officials met. Lebanon's president held talks with Syrian leaders in Damascus on "
        "Israel's proposal to withdraw its 1,500 troops from southern Lebanon."
    )
    events = extract(text)
    assert [(e.type, e.modality) for e in found(events, "withdraw")] == [("AGREE", "intended")]
    # what talks are on is their topic, not a party to them
    assert [names(e.targets) for e in found(events, "talks")] == [["Syria"]]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a ball, a pitch or a score hit or shot is a game played, not a blow or a rebuke
        ("Officials met. Brooks Robinson slammed a double in the fourth.", "slammed", None),
        ("Officials met. Norm Siebern blasted Hyde's pitch over the fence.", "blasted", None),
        ("Officials met. Firoz Ali of India shot a third-round five under par.", "shot", None),
        ("Officials met. Senator John Smith slammed the plan.", "slammed", "DISAPPROVE"),
        ("Officials met. Gunmen shot two policemen.", "shot", "ASSAULT"),
        # working people who strike stop work
        (
            "Officials met. In 1922, the United Mine Workers struck the Coronado Coal Company.",
            "struck",
            "PROTEST",
        ),
        ("Officials met. Rebels struck the town.", "struck", "FIGHT"),
        # a number of things ordered is bought; people ordered to act are commanded
        ('Officials met. Frankie had ordered "two of everything" in case.', "ordered", None),
        ("Officials met. The court ordered 12 men to appear.", "ordered", "DEMAND"),
        # what one would order, asked, is a question
        (
            "Officials met. When Julia Child was asked what she would order for her last meal, "
            "she ended the list with dessert.",
            "order",
            None,
        ),
        # what a law requires is no one's demand
        (
            "Officials met. John Smith explained that by law the council must establish "
            "procedures for a vote within 60 days.",
            "establish",
            None,
        ),
        (
            "Officials met. John Smith said the council must establish procedures for a vote.",
            "establish",
            "DEMAND",
        ),
    ],
)
def test_a_word_in_a_game_a_strike_an_order_or_a_law(
    extract: Extract, text: str, trigger: str, expected: str | None
) -> None:
    types = [e.type for e in found(extract(text), trigger)]
    assert types == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Officials met. None of Georgia's congressmen asked him to offer it.", "asked"),
        ("Officials met. Neither Russia nor China condemned the attack.", "condemned"),
    ],
)
def test_an_act_no_one_did_is_negated(extract: Extract, text: str, trigger: str) -> None:
    assert [e.negated for e in found(extract(text), trigger)] == [True]


def test_a_demonym_joined_by_a_hyphen_is_an_origin_not_a_state(extract: Extract) -> None:
    text = (
        "Officials met. The Cuban-American who recently hijacked an Eastern Airlines Electra "
        "wanted to go to Havana. Cuban troops attacked the town."
    )
    events = extract(text)
    assert [names(e.actors) for e in found(events, "hijacked")] == [["Cuban-American"]]
    assert [names(e.actors) for e in found(events, "attacked")] == [["Cuba"]]


def test_a_pronoun_in_a_clause_set_before_the_sentence_borrows_no_doer(
    extract: Extract,
) -> None:
    text = (
        "Officials met. The missionary stayed at a small hotel. The bill came to 40 dollars. "
        'When he protested, the hotel owner said: "That is the price."'
    )
    assert [names(e.actors) for e in found(extract(text), "protested")] == []


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # power seized is taken from no one the text names
        (
            "Officials met. The debt was lent to the Kerensky government before the "
            "Communists seized power in 1917.",
            "seized",
            None,
        ),
        ("Officials met. Rebels seized the town of Zawiya.", "seized", "FIGHT"),
        # a race for office is fought with votes
        (
            "Officials met. Democratic Lt. Gov. Douglas Wilder opened his gubernatorial battle "
            "with Republican Marshall Coleman with an abortion commercial.",
            "battle",
            None,
        ),
        ("Officials met. Blair battled Brown over the budget.", "battled", "DISAPPROVE"),
        # an inquiry one responds to is a question
        (
            "Officials met. The two legal experts, responding to an inquiry by Sen. Edward "
            "Kennedy, wrote that the president lacks the authority.",
            "inquiry",
            None,
        ),
        ("Officials met. The Senate opened an inquiry into the deal.", "inquiry", "INVESTIGATE"),
    ],
)
def test_power_seized_a_race_and_a_question_are_no_acts(
    extract: Extract, text: str, trigger: str, expected: str | None
) -> None:
    types = [e.type for e in found(extract(text), trigger)]
    assert types == ([expected] if expected else [])


def test_a_former_official_is_not_the_state(extract: Extract) -> None:
    text = (
        "Officials met. The former U.S. president's sixth visit to China was nowhere near as "
        "successful. The U.S. president visited China."
    )
    events = extract(text)
    assert [names(e.actors) for e in found(events, "visit")] == [["former U.S. president"]]
    assert [names(e.actors) for e in found(events, "visited")] == [["United States"]]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Officials met. Although Georgia Gulf hasn't been eager to negotiate with Mr. "
            "Simmons, the group believes the management is interested.",
            "negotiate",
            ("REJECT", "realised", False),  # a refusal is an act of its own
        ),
        (
            "Officials met. Iran is eager to negotiate with the EU.",
            "negotiate",
            ("AGREE", "intended", False),
        ),
        ("Officials met. The troops left without meeting the envoy.", "meeting", None),
        (
            "Officials met. The court barred John Smith from meeting the ministers.",
            "meeting",
            ("CONSULT", "hypothetical", False),
        ),
    ],
)
def test_an_act_held_back_is_not_done(
    extract: Extract, text: str, trigger: str, expected: tuple[str, str, bool] | None
) -> None:
    events = [(e.type, e.modality, e.negated) for e in found(extract(text), trigger)]
    shown = [e for e in events if e[1] in ("realised", "intended") and not e[2]]
    if expected is None:
        assert shown == []
    else:
        assert events == [expected]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # aircraft and weapons deal blows; they criticise no one
        ("Officials met. Late Wednesday, F-16s blasted security targets in Gaza City.", "blasted",
         ("FIGHT", ["F-16s"])),
        ("Officials met. Israeli helicopters fired four missiles into a security post.", "fired",
         ("FIGHT", ["Israel"])),
        # whom one sees act acts, not the one who sees them
        ("Officials met. Eyewitnesses report seeing them fire as many as four missiles into a "
         "security post.", "fire", None),
        # no one accuses by killing: the accused kills
        ("Officials met. Yasser Arafat has accused Israel of escalating violence by killing "
         "three Palestinians.", "killing", ("ASSAULT", ["Israel"])),
        # a passive with its own `was` keeps its own agent
        ("Officials met. The militant was seriously wounded in the botched attack and was "
         "quickly shot dead by two policemen.", "shot", ("ASSAULT", ["two policemen"])),
        # a participle that tells how an act went is the act's doer's
        ("Officials met. The Palestinian Authority has launched a crackdown on Islamic "
         "militants arresting more than 70 members of the Islamic Jihad.", "arresting",
         ("COERCE", ["Palestinian Authority"])),
        # one person of a nation is not its state
        ("Officials met. An American was killed in Kabul. American troops bombed the town.",
         "bombed", ("FIGHT", ["United States"])),
    ],
)  # fmt: skip
def test_who_deals_the_blow(
    extract: Extract, text: str, trigger: str, expected: tuple[str, list[str]] | None
) -> None:
    events = [(e.type, names(e.actors)) for e in found(extract(text), trigger)]
    # `seeing them fire`: they are no one the text names, so the act has no doer to show
    assert events[:1] == ([expected] if expected else [])


def test_someone_captured_is_coerced_and_one_of_a_nation_is_no_state(extract: Extract) -> None:
    text = (
        "Officials met. Australia is continuing to negotiate in an effort to interview the "
        "Australian, David Hicks, who was captured fighting alongside Taliban forces in "
        "Afghanistan."
    )
    captures = found(extract(text), "captured")
    assert [(e.type, names(e.actors), names(e.targets)) for e in captures] == [
        ("COERCE", [], ["David Hicks"])
    ]
    text = "Officials met. Another Australian has been fighting for Taliban forces in Afghanistan."
    assert ["Australia"] not in [names(e.actors) for e in found(extract(text), "fighting")]


def test_a_passive_with_its_own_was_keeps_its_own_agent(extract: Extract) -> None:
    text = (
        "Officials met. The militant was seriously wounded in the botched attack and was "
        "quickly shot dead by two policemen."
    )
    events = extract(text)
    assert [names(e.actors) for e in found(events, "wounded")] == [[]]
    assert [names(e.actors) for e in found(events, "shot")] == [["two policemen"]]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # calling in on one's way is a stop, not a call on anyone
        (
            "Officials met. When Mr Ford and Mr Kissinger called in to Jakarta on their way back "
            "from a summit in Beijing, Suharto claimed stability.",
            "called",
            None,
        ),
        ("Officials met. The UN called on both sides to show restraint.", "called", "DEMAND"),
        # a player leaving a squad yields nothing
        (
            "Officials met. Boje was forced to withdraw from the South African squad due to "
            "injury.",
            "withdraw",
            None,
        ),
        ("Officials met. Russia withdrew from the treaty.", "withdrew", "RETREAT"),
    ],
)
def test_a_stop_on_the_way_and_a_squad_left(
    extract: Extract, text: str, trigger: str, expected: str | None
) -> None:
    types = [e.type for e in found(extract(text), trigger)]
    assert types == ([expected] if expected else [])


def test_religious_leaders_of_a_nation_are_not_its_state(extract: Extract) -> None:
    text = (
        "Officials met. A coalition of Australian religious leaders is calling for a greater "
        "intake of refugees. Senior Australian officials called for a greater intake of refugees."
    )
    calls = [names(e.actors) for e in extract(text).events if e.type == "DEMAND"]
    assert calls.count(["Australia"]) == 1


def test_an_inquiry_made_in_a_state_is_not_of_that_state(extract: Extract) -> None:
    text = "Officials met. Police in Paris are investigating the fraud."
    inquiries = found(extract(text), "investigating")
    assert [(names(e.actors), names(e.targets)) for e in inquiries] == [(["Police"], [])]


def test_what_one_does_to_oneself_is_not_done_to_where_one_is(extract: Extract) -> None:
    text = (
        "Officials met. Iraqi intelligence chief Taher Jalil Habbush said last Wednesday Abu "
        "Nidal had shot and killed himself after being discovered living illegally in Baghdad."
    )
    shots = found(extract(text), "shot")
    assert [(names(e.actors), names(e.targets)) for e in shots] == [(["Abu Nidal"], [])]


def test_a_bare_mention_of_an_act_is_the_act_it_takes_up(extract: Extract) -> None:
    text = (
        "Officials met. A car bomb exploded outside the cafe in Madrid, killing 13 people. "
        "Police said the attack was carried out by ETA. Rebels shelled the town on Monday. "
        "The attack lasted an hour."
    )
    attacks = found(extract(text), "attack")
    assert [(e.type, names(e.actors)) for e in attacks] == [
        ("ASSAULT", ["ETA"]),
        ("FIGHT", ["Rebels"]),
    ]


def test_someone_ordered_held_is_detained_by_whoever_orders_it(extract: Extract) -> None:
    text = (
        "Officials met. Magistrate Judge Marianne Bowler ordered Matanov held until trial. "
        "The general ordered the troops to hold their positions."
    )
    orders = [(e.type, names(e.actors), names(e.targets)) for e in found(extract(text), "ordered")]
    assert orders[0] == ("COERCE", ["Marianne Bowler"], ["Matanov"])
    assert all(kind != "COERCE" for kind, *_ in orders[1:])


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a person asked for is someone to speak to, not an act asked of anyone
        (
            "Officials met. Someone woke him to say Gen. Hap Arnold, chief of the Army Air "
            "Forces in Washington, was on the phone and asking for him.",
            "asking",
            [],
        ),
        ("Officials met. The UN called for Gaddafi to step down.", "called", [["United Nations"]]),
        # some of a group stand for no one named before, not for who reports them
        (
            "Officials met. But a senior State Department official also acknowledged that some "
            "in the administration and Congress are pushing for more direct military "
            "cooperation.",
            "pushing",
            [],
        ),
    ],
)
def test_a_person_asked_for_and_some_of_a_group(
    extract: Extract, text: str, trigger: str, expected: list[list[str]]
) -> None:
    assert [names(e.actors) for e in found(extract(text), trigger)] == expected


def test_a_place_named_for_a_body_controls_no_act(extract: Extract) -> None:
    text = (
        "Officials met. Within minutes after the committee released its letter, Torricelli took "
        "the Senate floor Tuesday night to apologize to the people of New Jersey."
    )
    assert [names(e.actors) for e in found(extract(text), "apologize")] == [["Torricelli"]]


def test_a_name_a_title_is_compared_with_is_not_its_holder(extract: Extract) -> None:
    text = (
        "Officials met. Senator James Jeffords wants cuts. Like Jeffords, the president calls "
        "for substantial reductions in three major pollutants."
    )
    assert [names(e.actors) for e in found(extract(text), "calls")] == []


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a plane that slams into the sea rebukes no one
        ("Officials met. The Airbus A330 slammed into the sea.", "slammed", []),
        ("Officials met. Senator John Smith slammed the plan.", "slammed", [["John Smith"]]),
        # officials are many: `it` is not them
        (
            "Officials met. It was travelling at 32,000 feet and had asked to fly at 38,000 "
            "feet, officials said earlier.",
            "asked",
            [],
        ),
        # nuns of a nation are not its state
        (
            "Officials met. American nuns refused to cooperate with the Vatican inquiry.",
            "refused",
            [["American nuns"]],
        ),
    ],
)
def test_a_crash_it_for_many_and_nuns(
    extract: Extract, text: str, trigger: str, expected: list[list[str]]
) -> None:
    assert [names(e.actors) for e in found(extract(text), trigger)] == expected


def test_or_under_a_not_denies_both(extract: Extract) -> None:
    text = (
        "Officials met. Crown Equity Holdings does not approve or endorse the content on such "
        "websites. Russia did not attack but seized the town."
    )
    events = extract(text)
    assert [e.negated for e in found(events, "endorse")] == [True]
    assert [e.negated for e in found(events, "seized")] == [False]


def test_a_headline_in_title_case_tells_no_act(extract: Extract) -> None:
    text = (
        "Officials met.\n\n"
        "An SEC Investor Advocate Will Push For Spending More On RIA Exams (Financial Advisor "
        "Magazine)\n\n"
        "The UN Security Council condemned the attacks on Monday.\n"
    )
    events = extract(text)
    assert [e.trigger.text for e in events.events if e.type == "DEMAND"] == []
    assert [names(e.actors) for e in found(events, "condemned")] == [["UN Security Council"]]
