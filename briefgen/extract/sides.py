"""The sides of an event: who acts (actors) and who is acted on (targets).

A side is always an actor. It is a known actor where the words name one (`Tehran` -> Iran, `he`
-> the person meant, `Hungarian officials` -> Hungary, `the ministry` -> the one ministry the
article names); otherwise a noun phrase that names people or a group (`rebels`, `police`, `a
French minister`), so an event from an unfamiliar story still says who did what. Things, topics
and places are never sides (`the decision`, `trade deals`, `Pennsylvania`): a place goes to the
event's places, and stands for the one acted on only where it is a state's capital (`a research
centre in Tokyo` -> Japan).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from briefgen.extract.actors import (
    GOVERNMENT_WORDS,
    PERCEIVING,
    ActorIndex,
    one_of_a_nation,
    state_named,
)
from briefgen.extract.dates import MONTHS, WEEKDAYS
from briefgen.extract.doctext import text_of
from briefgen.extract.lexicon import Lexicon
from briefgen.extract.triggers import event_type, looked_for, phrase_after, split_list_prep
from briefgen.model import EventType, Participant, slug

OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")
TARGET_PREPS = frozenset({"with", "against", "on", "at", "to", "toward", "towards", "into", "upon"})
# `the invasion of South Lebanon`: after an event noun, `of` names who it is done to.
# A clause without a subject of its own borrows its governor's; a reported passive
# (`civilians were killed, police said`) does not: who reports an act is not who did it.
INHERIT_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "acl"})
# `accused NATO of killing`, `charged him with smuggling`, `stopped them from entering`: after
# these, a gerund's doer is the verb's object; after `by`, `after`, `before` its subject.
OBJECT_CONTROL_PREPS = frozenset({"of", "for", "with", "from", "into"})
# `pro-Gadhafi forces`, `anti-government protesters`: people named by whom they are for.
STANCES = ("pro", "anti")
# `killed in clashes with police`, `wounded during fighting with rebels`
DURING = frozenset({"in", "during", "amid"})
# `Western air strikes`, `the Western-led campaign`: the West acts as a side of its own.
WESTERN = frozenset({"western", "west"})
# Acts of force: a participle that follows one is its outcome.
BLOWS = frozenset({"FIGHT", "ASSAULT"})
# What only things do, said without an object (`the rig exploded`, `it blew up`): whatever
# does it is a thing, never a doer above.
WHAT_THINGS_DO = frozenset(
    {"explode", "detonate", "burst", "erupt", "sink", "capsize", "collapse", "crash", "rupture",
     "leak", "overturn", "derail", "blow"}
)  # fmt: skip
# Armed acts by their general name: who was killed as a result of them was killed by their doer.
OPERATIONS = frozenset({"operation", "action", "campaign", "intervention", "mission"})
# Acts something is done as (`in protest`, `in retaliation`): the one who does it does them.
DONE_AS = frozenset({"protest", "retaliation", "reprisal", "revenge", "solidarity"})
# `claimed responsibility for the bombing`: who owns up to an act did it.
CULPABILITY = frozenset({"responsibility", "credit"})
OWNING_UP = frozenset({"claim", "accept", "admit", "take", "bear", "acknowledge"})
NOT_SIDES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
CIRCUMSTANCES = frozenset(
    {
        "time",
        "moment",
        "way",
        "period",
        "response",
        "addition",
        "case",
        "fact",
        "part",
        "result",
        "order",
        "effort",
        "side",
        "sideline",
        "level",
        "term",
        "basis",
        "behalf",
    }
)
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
_SKIPPED_DEPS = ("relcl", "acl", "punct", "appos", "advcl")
# Verbs by which one owns up to an act of one's own: `apologised for the incursion`.
APOLOGISING = frozenset({"apologise", "apologize"})
# Verbs that judge someone for an act: the one judged is the one who did it.
JUDGING = frozenset({"DISAPPROVE", "SUPPORT"})
# Verbs whose subject undergoes the act an event noun names: `survived an attack`.
# Verbs of using something for an end: whoever uses it does what it is used for.
USING = frozenset({"use", "employ", "exploit", "harness", "utilise", "utilize"})
# Participles of growth the parser may take for the verb of the noun after them.
GROWING = frozenset({"mount", "grow", "increase", "rise"})
UNDERGOING = frozenset(
    {"survive", "suffer", "escape", "flee", "face", "endure", "undergo", "experience", "sustain"}
)
# Verbs whose subject is given what the noun after them names: `won recognition from
# Britain`, `received aid from the UN`, `gained the backing of the Arab League`.
RECEIVING = frozenset(
    {"receive", "win", "gain", "obtain", "get", "earn", "garner", "secure", "gather", "muster",
     "enlist", "attract", "have", "need", "require", "want", "seek", "lack"}
)  # fmt: skip
# Acts one side gives another, so that who receives one is its target.
GIVEN = frozenset({"SUPPORT", "COOPERATE", "AID"})
# What one can receive from someone besides: `received a request from the White House`, `a
# pledge from Kuwait`, `an apology from BP`.
SENT = frozenset({"DEMAND", "THREATEN", "DISAPPROVE", "AGREE", "CONCEDE"})
# Verbs that put their subject under an act: `came under attack`, `is under pressure`.
COMING_UNDER = frozenset({"come", "be", "remain", "fall", "stay"})
# Verbs whose subject sees, remembers or judges an act rather than doing it.
NOT_PERFORMING = frozenset(
    {
        "see", "witness", "watch", "remember", "recall", "describe", "call", "name", "mourn",
        "fear", "expect", "know", "follow", "blame", "cover", "show", "film", "record", "hear",
        "feel", "mark", "commemorate", "discuss", "study", "cite", "link", "tie", "connect",
        "involve", "predict", "prevent", "avert", "stop", "thwart", "foil", "spark", "prompt",
        "trigger", "cause", "fuel", "provoke", "precede", "use", "highlight", "raise",
        "question", "detail", "document", "list", "expose", "reveal", "uncover", "constitute",
        "amount", "represent", "equal", "mean", "be", "become", "label", "brand", "term",
        "dub", "deem", "classify", "characterise", "characterize", "recognise", "recognize",
        # who crushes an uprising does not rise up
        "crush", "quell", "suppress", "smash", "stamp",
        # who celebrates a deal did not strike it
        "celebrate", "toast", "relish", "savour", "savor", "lament", "regret", "rue",
    }
)  # fmt: skip
# Verbs of speaking about an act (`announce`, `declare` and `claim` do perform theirs).
SPEAKING = frozenset(
    {"say", "tell", "ask", "report", "write", "add", "note", "explain", "reply", "answer",
     "comment", "mention", "confirm", "deny", "acknowledge", "insist", "argue", "suggest"}
)  # fmt: skip
# Verbs that make a deal, whatever else they mean: `struck a deal`, `clinched an accord`.
DEALING = frozenset({"strike", "clinch"})
# Verbs by which a body enacts the act its object names: `approved sanctions`.
ENACTING = frozenset({"approve", "adopt", "pass", "ratify", "enact"})
# Verbs that offer, refuse, promise or enact the act an event noun names: their subject's act.
FRAMING = frozenset(
    {"offer", "propose", "agree", "refuse", "reject", "oppose", "promise", "pledge", "vow",
     "plan", "announce", "declare", "impose", "order", "threaten", "decline", "seek"}
) | ENACTING  # fmt: skip
# Head nouns an event noun can stand before: `a mediation effort`, `a rescue mission`.
EFFORTS = frozenset(
    {"effort", "bid", "attempt", "process", "mission", "operation", "campaign", "initiative",
     "programme", "program", "drive", "plan", "proposal", "deal", "package"}
)  # fmt: skip
# Verbs whose subject takes part in the act a noun after them names: `arrived for [talks]`.
TAKING_PART = frozenset(
    {"participate", "engage", "arrive", "come", "travel", "fly", "go", "head", "gather",
     "converge", "return", "take", "involve", "join", "march", "sit", "continue", "persist",
     "remain", "stay"}
)  # fmt: skip
# Besides the target prepositions, who a thing acted with belongs to or comes from.
THING_PREPS = frozenset({"by", "between", "among", "of", "for", "from"})
TIMES = frozenset({"after", "before", "during", "since", "until"})
# People named by whom they belong to: `members of the Association` are the Association;
# `supporters of Ben Bella` are not Ben Bella.
MEMBERS = frozenset({"member", "representative", "delegate", "delegation", "unit", "branch"})
# Who stand against a person: `Gadhafi's opposition` are his opponents, not Gadhafi.
ADVERSARIES = frozenset(
    {"opposition", "opponent", "critic", "enemy", "rival", "foe", "adversary", "detractor"}
)
# Who deal with a side as equals are not that side: `BP's partners`, `Russia's allies`.
PARTNERS = frozenset({"partner", "ally", "neighbour", "neighbor", "counterpart", "competitor"})
# Who stand for a person without being that person: `Gaddafi loyalists`, `Assad supporters`.
FOLLOWERS = frozenset({"loyalist", "supporter", "follower", "partisan", "bodyguard"})
# Bodies of a nation that are not its state: `the British oil company`, `the Iraqi opposition`.
PRIVATE_BODIES = frozenset(
    {"company", "firm", "corporation", "bank", "party", "opposition", "association", "network",
     "broadcaster", "channel",
     "organisation", "organization", "group", "movement", "faction", "union", "giant",
     "major", "producer", "operator", "maker", "insurer", "lender", "airline", "carrier",
     "conglomerate", "multinational", "business", "manufacturer", "supplier", "university",
     "college", "school", "hospital", "newspaper", "charity", "institute", "club", "media",
     "press", "lobby", "industry"}
)  # fmt: skip
# Bodies a person appoints or employs, which act on their own: `Obama's commission
# investigating the spill`, `Obama's aides met BP` (a spokesman speaks for the person).
RETINUES = frozenset(
    {"commission", "committee", "panel", "team", "staff", "aide", "adviser", "advisor",
     "lawyer", "campaign", "envoy"}
)  # fmt: skip
# A clock time, as in a page's time stamp: `18:58:00`.
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
# Days and months, and their short forms, name no one (unless the tagger found a name there:
# `The Sun` reported, `Jan` Kavan said).
CALENDAR_WORDS = frozenset(
    {
        *MONTHS,
        *WEEKDAYS,
        *(day.lower() for day in calendar.day_abbr),
        "tues",
        "thur",
        "thurs",
        "sept",
    }
)
# Kin of someone are not that someone: `Gaddafi's son`, `his wife`.
KIN = frozenset(
    {"son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "child",
     "nephew", "niece", "cousin", "grandson", "granddaughter", "grandchild", "uncle", "aunt",
     "widow", "widower", "spouse", "parent", "sibling", "grandmother", "grandfather", "fiance",
     "fiancee", "girlfriend", "boyfriend"}
)  # fmt: skip
# Verbs that lay an act at someone's door: the act is the one accused's.
ACCUSERS = frozenset({"accuse", "blame", "charge"})
# Words for some of a group, which stand for no one named before: `some in Congress`.
SHARES = frozenset(
    {"some", "many", "most", "few", "several", "others", "all", "both", "each", "none",
     "any", "more", "much"}
)  # fmt: skip
# Objects that are the doer: `shot himself`.
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "oneself"})
# People known by their tie to someone: `a friend of Tsarnaev`, `two colleagues of the minister`.
ACQUAINTANCES = frozenset(
    {"friend", "colleague", "associate", "acquaintance", "classmate", "roommate", "flatmate",
     "housemate", "companion", "confidant", "confidante"}
)  # fmt: skip
OWNERS = frozenset({"its", "their", "his", "her", "our", "my", "your"})
# Others known by their tie to someone, not that someone nor their own: `his opponents`.
TIED_PEOPLE = KIN | ACQUAINTANCES | ADVERSARIES
IRREGULAR_TIED = frozenset({"wives", "children", "widows"})  # plurals not made with an s
# Words that make a role one outside the state: `a Libyan tribal leader`, `Syrian opposition
# leaders`, `an Egyptian student leader` are of the nation, not its government.
OUTSIDE_THE_STATE = frozenset(
    {"tribal", "tribe", "clan", "opposition", "rebel", "insurgent", "militia", "community",
     "student", "union", "business", "protest", "dissident", "exile", "exiled", "party",
     "islamist", "jihadist", "separatist", "guerrilla", "militant", "religious", "church",
     # `the former U.S. president`: out of office, no longer the state's
     "former", "ex", "retired"}
)  # fmt: skip
# Seats in a nation's courts and legislature, and its courts, committees and commissions
# themselves: they act on their own account, not for the government.
OTHER_BRANCHES = frozenset(
    {"judge", "justice", "magistrate", "juror", "jury", "senator", "congressman",
     "congresswoman", "lawmaker", "legislator", "parliamentarian", "mp", "deputy", "commission",
     "committee", "panel", "tribunal", "court"}
)  # fmt: skip
# People who act for their state: `Peruvian troops` are Peru; `Peruvian farmers` are not.
STATE_AGENTS = frozenset(
    {"official", "officer", "troop", "soldier", "force", "army", "military", "navy", "police",
     "policeman", "authority", "diplomat", "envoy", "delegation", "delegate", "negotiator",
     "warship", "vessel", "jet", "aircraft", "helicopter", "plane", "ship", "submarine",
     "marine", "paratrooper", "guard", "coastguard", "unit", "battalion", "brigade",
     "regiment", "division", "patrol", "leader", "spokesman", "spokeswoman", "spokesperson",
     "agency", "intelligence", "security", "service", "embassy", "consulate", "mission"}
)  # fmt: skip
# People whose acts are their body's: what `a Labour spokeswoman` does, Labour does (fewer
# than those whose `he` is someone else's, `SPOKESPEOPLE` in actors.py: a lawyer acts for
# himself).
BODY_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
# Prepositions that name whom a grievance is against, after the act complained of.
GRIEVANCE_PREPS = frozenset({"by", "against", "over", "of", "from", "about"})
REFUSING = frozenset({"oppose", "refuse", "reject", "decline"})
# Words that count people: `thousands of [students]`, `a group of [leaders]`.
COUNTS = frozenset(
    {"ten", "tens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
     "dozen", "dozens", "score", "scores", "group", "number", "crowd", "band", "handful",
     "some", "many", "most", "all", "several", "few", "majority", "minority", "part", "half",
     "portion", "much", "share", "rest", "third", "thirds", "quarter", "quarters", "fifth",
     "fraction", "proportion"}
)  # fmt: skip
# Nouns of number between a verb and its event: `launched [a series of] attacks`.
QUANTITIES = frozenset(
    {"series", "wave", "spate", "round", "string", "number", "day", "week", "hour", "month",
     "campaign", "volley", "flurry", "rash", "slew", "couple", "dozen", "hundred", "thousand"}
)  # fmt: skip
# Acts whose object is the doer's own people or things: `withdrew its troops`.
WITHDRAWING = frozenset(
    {"withdraw", "withdrawal", "pull", "pullout", "recall", "remove", "removal", "evacuate"}
)
STATIVE_PASSIVES = frozenset({"commit", "prepare", "determine", "oppose", "resolve", "dedicate"})


@dataclass(frozen=True)
class Sides:
    actors: tuple[Participant, ...]
    targets: tuple[Participant, ...]
    # The doer came from the clause above (`..., wounding 13 people`), not the act's own words.
    borrowed: bool = False

    def __bool__(self) -> bool:
        return bool(self.actors or self.targets)


@dataclass(frozen=True)
class SideFinder:
    """Reads the sides of triggers in one document."""

    index: ActorIndex
    lexicon: Lexicon
    target_preps: frozenset[str] = TARGET_PREPS

    def verb_sides(self, verb: Token, places: bool = True) -> Sides:
        """Targets in order of preference: a named object or recipient, the one the act is
        asked of (`demanded that the government ...`), someone the object names, and (unless
        `places` is off) the state whose capital or land it is done in."""
        actors = self.subjects(verb) or self._blow_doers(verb)
        if not actors and _passive(verb):
            actors = self._fought_with(verb)  # `were killed in clashes with police`
        if not actors:
            actors = self._whose_acts(verb)  # `gangs whose turf wars have killed 2,300`
        targets = _not_own(self.objects(verb))
        head = verb
        inherits = INHERIT_DEPS if _passive(verb) else INHERIT_DEPS | {"ccomp"}
        # A clause with a subject of its own (`the device detonated`, `police said`) and a
        # passive (`they were charged`) do not borrow a doer from the clause above them.
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        # ... unless the subject is a pronoun we cannot resolve: `leaders said they would meet`
        # (not a question word: in `scientists have yet to determine what killed them`, the
        # asking is the scientists', the killing no one's the text names; nor a clause set
        # before or after the sentence's own: in `when he protested, the hotel owner said`,
        # `he` is someone the text named before)
        unresolved = (
            subject is not None
            and subject.pos_ == "PRON"
            and subject.tag_ not in ("WP", "WDT")
            # `acknowledged that some in the administration are pushing`: a share of
            # people, not a pronoun that may stand for the speaker
            and subject.lower_ not in SHARES
            and verb.dep_ != "advcl"
            # `seeing them fire missiles`: the ones seen act, not who sees them
            and verb.head.lemma_.lower() not in PERCEIVING
            and not actors
        )
        borrows = not _passive(verb) and (subject is None or unresolved)
        if borrows and self._reported_of_nobody(verb):
            borrows = False  # `the flu strain now said to have killed 42`: not the speaker's act
        stranded = _stranded_subject(verb) if subject is None else None
        if stranded is not None:
            # `warned [economic discontent] could threaten stability`: the parser made the
            # clause's subject the object of the verb above; it is this clause's own doer
            actors, borrows = self.phrase(stranded), False
        actors = actors if borrows else actors or []
        borrowed = False
        # the last pronoun passed on the way up that we could not resolve: what is borrowed
        # must be something it could stand for
        standing_in = subject if unresolved else None
        gerund_doer = self._gerund_controller(verb) if borrows and not actors else None
        if gerund_doer is not None:
            actors, borrows = gerund_doer, False
        nearer = self._nearer_blow(verb) if borrows and not actors else None
        if nearer is not None:
            actors, borrows = self.subjects(nearer), False
        while (not actors or not targets) and head.dep_ in inherits and head.head != head:
            governed, head = head, _through_adjective(head.head)
            if head.pos_ == "NOUN":
                if borrows and not actors:
                    actors = self._senders(head)  # `a letter from Khamenei asking for ...`
                if borrows and not actors and to_infinitive(governed):
                    actors = self._deciders(head)  # `the IRA's decision to carry out`
                doing = governed.dep_ == "acl" and governed.tag_ == "VBG"
                # `a record of al Qaeda [firing SAMs]`, `a poster featuring soldiers [fighting
                # the war]`: a participle the parser hung on a thing describes the people
                # named right before it
                before = self._just_before(governed) if doing else None
                if (
                    borrows
                    and not actors
                    and doing
                    and event_type(head, self.lexicon) is not None
                    and not self.could_be_actor(head)
                ):
                    # `launched a crackdown on Islamic militants arresting 70 members`: the
                    # participle tells how the act went, and it is the act's doer's, not the
                    # people named right before it
                    actors, borrows = list(self.noun_sides(head).actors), False
                elif borrows and not actors and doing and self.could_be_actor(head):
                    # `soldiers fighting the war`: the people a participle hangs on do it
                    actors, borrows = self.phrase(head), False
                elif borrows and not actors and before is not None:
                    actors, borrows = self.phrase(before), False
                elif doing and head.lemma_.lower() not in self.lexicon.message_nouns | EFFORTS:
                    # `a poster featuring ...`: a thing does it, not whoever unveiled it; a
                    # statement, a letter or a campaign acts for whoever issued or began it
                    borrows = False
                if head.dep_ == "nsubjpass":
                    break  # `moves to lift the ban were condemned by ...`: not the condemners'
                # `issued a declaration demanding ...`: the noun's verb acts.
                head = _verb_of(head) or head
            if head.pos_ not in ("VERB", "AUX"):
                break
            gerund_doer = self._gerund_controller(head) if borrows and not actors else None
            if gerund_doer is not None:
                actors = gerund_doer  # `accused X of committing abuses and [killing] ...`
                break
            # `urged Iran to release`: who is asked to act is the one who would act; and
            # `he was seen firing`, `Iran was asked to release`: the passive's subject.
            # (`gave Gaddafi 72 hours to withdraw`: whom time is given acts, however parsed)
            given = governed.dep_ == "advcl" and (
                _dative(head) is not None
                # `had given the towns until Saturday to surrender`
                or (
                    head.lemma_.lower() == "give"
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in governed.children)
                    and any(
                        c.dep_ == "prep" and c.lower_ in ("until", "till")
                        for c in (*head.children, *governed.children)
                    )
                )
            )
            controller = _controller(head) if governed.dep_ == "xcomp" or given else None
            if given and controller is not None and not self.could_do_it(controller):
                borrows = False  # the towns would surrender, not whoever gave them the time
            described = governed.dep_ == "xcomp" and head.dep_ == "acl" and head.tag_ == "VBN"
            if described and controller is not None and not self.could_do_it(controller):
                # `a commission named by Obama to investigate`: the noun the participle
                # describes acts; `the coast devastated by the spill to urge Americans`: the
                # parser hung another clause's purpose on it, and no one here does it
                borrows = False
                break
            if controller is not None and (
                head.lemma_.lower() in USING
                or not self.could_do_it(controller)
                or not self._stands_for_someone(controller)
            ):
                # `police used tear gas to disperse them`, `Obama used an Oval Office speech
                # to push for clean energy`: the users do
                controller = None
            if controller is not None:
                actors = actors or (self.phrase(controller) if borrows else [])
                break
            own = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
            if borrows and own is not None and done_by_a_thing(head):
                # `BP leased the rig when it exploded and sank, killing 11`, `BP's rig
                # exploded, killing 11`: what explodes is a thing, and what follows is its
                # doing, no one's (nor its owner's)
                break
            if borrows and not actors:
                actors = self.subjects(head)
                borrowed = bool(actors)
                if not actors and own is not None and own.pos_ == "PRON":
                    standing_in = own
                if not actors and any(
                    c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON" for c in head.children
                ):
                    # `Khan said [the movement] had failed to mobilise`: the clause has its
                    # own doer, one we cannot name; the speaker above is not it
                    borrows = False
            # Whom an act is reported to is not whom it is done to (`..., officials told AFP`),
            # nor is what is used for it (`used a speech to push for ...`).
            lemma = head.lemma_.lower()
            if head.dep_ != "conj" and not targets and lemma not in self.lexicon.cue_verbs | USING:
                targets = _not_own(self.objects(head, skip=verb))
        if borrowed and standing_in is not None:
            # `he said it would have been better to reject it`: `it` is not the speaker
            actors = [p for p in actors if self._could_be(standing_in, p)]
            borrowed = bool(actors)
        # `Abu Nidal shot and killed himself in Baghdad`: done to oneself, not to where it
        # was done (verbs joined by `and` share the object)
        joined = [verb, *verb.conjuncts]
        reflexive = any(
            c.dep_ == "dobj" and c.lower_ in REFLEXIVES for v in joined for c in v.children
        )
        targets = (
            targets
            or (_not_own(self._embedded(verb)) if not self._asks_one_unnamed(verb) else [])
            or _not_own(self.objects(verb, generic=True))
            or (self.places_of(verb) if places and not reflexive else [])
        )
        return replace(_sides(actors, targets), borrowed=borrowed)

    def _asks_one_unnamed(self, verb: Token) -> bool:
        """`called on the government to practise what it preaches`, `urged the minister to
        resign`: the one asked is there, if not by a name we know; whom the act asked for
        speaks of is not the one asked."""
        asked = _objects_of(verb) + [
            word
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ in self.target_preps
            for word in prep.children
            if word.dep_ == "pobj"
        ]
        return any(self.could_be_actor(word) for word in asked)

    def noun_sides(self, noun: Token, places: bool = True) -> Sides:
        """`the US attack on Iran`, `his meeting with Araqchi`, `Egypt's talks with Israel`."""
        actors = self._noun_doers(noun)
        # `the demonstration staged by students`, `attacks carried out by rebels`; not `the
        # attack condemned by the UN`: who stages an act does it, who judges it does not.
        actors += [p for c in noun.children if c.dep_ == "acl" and self._performs(c)
                   for p in self._agents(c)]  # fmt: skip
        answering = _answers_for(noun)
        if not actors and answering is not None:
            actors = self.phrase(answering)  # `the bomber behind the Manchester bombing`
        # `the pleas of desperate residents`, `the demands of the protesters`: who asks
        asked_by_of = not actors and event_type(noun, self.lexicon) == "DEMAND"
        if asked_by_of:
            actors = [p for c in phrase_after(noun, "of") if self.could_be_actor(c)
                      for p in self.phrase(c)]  # fmt: skip
            asked_by_of = bool(actors)
        # `the withdrawal of [its forces] from Panama`: the forces are the doer's own.
        of = set() if noun.lemma_.lower() in WITHDRAWING or asked_by_of else {"of"}
        # `support for the rebels`, `aid for Libya`: whom it is given for receives it
        given = {"for"} if event_type(noun, self.lexicon) in GIVEN else set()
        # `talks with Syria on Israel's proposal`: what talks are on is their topic, no party
        topic = {"on", "upon"} if event_type(noun, self.lexicon) == "CONSULT" else set()
        targets = [
            p
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in (self.target_preps | of | given) - topic
            for p in self._in_phrase(c)
        ]
        # `calls for Gaddafi to step down`: who is to act
        targets += [p for c in noun.children if looked_for(c) for p in self.subjects(c)]
        targets += [
            p
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of" and not of and not asked_by_of
            for g in c.children
            if g.dep_ == "pobj"
            for p in self._after_thing(g, True)
        ]
        # `the IRA claimed responsibility for the bombings`; `the attack is believed to have
        # been carried out by ETA`
        actors = actors or self._claimants(noun) or self._said_to_be_by(noun)
        # `launched a mediation effort`: the act stands where the effort does.
        position = noun.head if noun.dep_ == "compound" and noun.head.lemma_ in EFFORTS else noun
        governor = _verb_of(position) or self._verb_of_first(position)
        if _in_spite_of(position):
            governor = None  # what the clause's subject does is no part of the act
        if governor is not None and governor.lemma_.lower() in REFUSING:
            # `Israel opposed French mediation`: Israel rejects, and France is rejected.
            refusers = self.subjects(governor) or self.verb_sides(governor).actors
            return _sides(refusers, [*actors, *targets])
        if governor is not None and self._received(noun, governor):
            # `the rebels won recognition from Britain`: Britain recognised the rebels
            givers = actors or [
                p
                for c in (*noun.children, *governor.children)
                if c.dep_ == "prep" and c.lower_ in ("from", "of")
                for p in self._in_phrase(c)
            ]
            return _sides(givers, self.subjects(governor))
        under = put_under(noun)
        if under is not None:
            # `troops came under attack from rebels`: who is under it is its target, the doer
            # whoever it comes from
            actors += [p for c in under.children if c.dep_ == "prep" and c.lower_ == "from"
                       for p in self._in_phrase(c)]  # fmt: skip
            return _sides(actors, [*targets, *self.subjects(under)])
        if governor is not None and governor.lemma_.lower() in UNDERGOING:
            # `Maduro survived an attack`: who undergoes the act is its target; `suffered a
            # massacre at the hands of forces`: whose hands it came at did it
            targets = targets or self.subjects(governor)
            actors = actors or [p for g in _at_the_hands_of(governor) for p in self.phrase(g)]
        elif (
            governor is not None
            and (self._performs(governor) or _as_an_act(noun))
            and not _owned_by_noun(noun)
        ):
            # (not `Transocean's investigation has been hampered by BP`: whose it is is said)
            actors = actors or list(self.verb_sides(governor).actors)
            targets = (
                targets
                or self.objects(governor, skip=noun)
                or self._embedded(governor)
                or (self.places_of(governor) if places else [])
            )
        return _sides(actors, targets)

    def _verb_of_first(self, noun: Token) -> Token | None:
        """`is enforcing a no-fly zone as well as [a blockade]`: a noun joined to the verb's
        object shares its verb, unless the first is an act of another kind (`staged marches
        and [strikes]`: the strikes are not the marchers' blows)."""
        first = noun.head
        if noun.dep_ != "conj" or first.pos_ not in ("NOUN", "PROPN"):
            return None
        kinds = {event_type(first, self.lexicon), event_type(noun, self.lexicon)}
        if None not in kinds and len(kinds) > 1 and not kinds <= BLOWS | {"COERCE"}:
            return None
        return _verb_of(first)

    def _received(self, noun: Token, governor: Token) -> bool:
        # `winning market share and [praise]`: an object joined to the first is received too
        first = noun.head if noun.dep_ == "conj" else noun
        kind = event_type(noun, self.lexicon)
        lemma = governor.lemma_.lower()
        # `received a request from ...`; `needs the approval of parliament`: wanted from it
        sent = kind in SENT and lemma in ("receive", "get", "need", "require", "want", "seek")
        return first.dep_ == "dobj" and lemma in RECEIVING and (kind in GIVEN or sent)

    def _noun_doers(self, noun: Token) -> list[Participant]:
        """Who the event noun's own words say does it: `the US attack`, `Egypt's talks`, `the
        shelling of Huaquillas by Peruvian forces`, `artillery fire from Peru`, and `talks
        between Israel and Syria` (both hold them)."""
        kind = event_type(noun, self.lexicon)
        blow = kind in BLOWS
        own = [
            p
            for c in noun.children
            if c.dep_ in ("poss", "compound", "amod") and not self._looked_into_by_it(noun, kind, c)
            for p in self.named(c, generic=c.dep_ == "poss") or self._leaders(c)
            # `the Kennedy assassination`, `the Rolando bombing`: a person or a place named
            # in front of a blow is whom or where it struck, not who struck; and the press
            # strikes no one (`told Reuters clashes had broken out`, misparsed)
            if not (blow and c.dep_ == "compound" and self.index.type_of(p.name) == "person")
            and not (blow and of_the_press(p.name, self.lexicon))
            # `the Cafetería Rolando bombing` where the article speaks of `the Rolando cafe`:
            # a blow named after a place struck there
            and not (blow and c.dep_ == "compound" and self._names_a_facility(p.name, noun.doc))
        ]
        # `a rebel rocket attack`, `a police raid`: armed men named in front do it; not
        # `artillery fire` (a weapon, whoever fired it)
        protest = kind == "PROTEST"
        own += [
            _generic(c)
            for c in noun.children
            if c.dep_ in ("compound", "amod")
            and c.lemma_.lower() in self.lexicon.agent_nouns
            # `student protests`, `a workers' strike`: people named in front of a protest
            and (protest or c.lemma_.lower() in self.lexicon.forces_nouns)
            and not any(p.start <= c.idx < p.end for p in own)
        ]
        if not own and not protest:
            # `government attacks`, `a regime crackdown`: the state the article is about
            own = [
                p
                for c in noun.children
                if c.dep_ in ("compound", "amod")
                and c.lemma_.lower() in GOVERNMENT_WORDS
                and not _against(c)
                for p in self._described(c)
            ]
        own += [p for g in _at_the_hands_of(noun) for p in self.phrase(g)]
        return own + [
            p
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "between")
            for p in self._in_phrase(c)
        ]

    def _looked_into_by_it(self, noun: Token, kind: EventType | None, modifier: Token) -> bool:
        """`the Clinton investigation`, `the FBI's Russia investigation`, `his confirmation
        hearing`: a person or a state named in front of an inquiry is whom it looks into, and
        so is whoever's a hearing or a questioning is; `the FBI's investigation` is the FBI's."""
        if kind != "INVESTIGATE":
            return False
        if modifier.dep_ == "poss":
            return noun.lemma_.lower() in self.lexicon.undergone_nouns
        found = self.index.resolve(modifier)
        return found is not None and self.index.type_of(found.actor) in ("person", "state")

    def _names_a_facility(self, name: str, doc: Doc) -> bool:
        """Whether the article gives the actor's name to a building or a site somewhere:
        `the Rolando cafe`."""
        last = name.lower().split()[-1]
        return any(
            word.lower_ == last
            and word.dep_ == "compound"
            and word.head.lemma_.lower() in self.lexicon.facility_nouns
            for word in doc
        )

    def _blow_doers(self, verb: Token) -> list[Participant]:
        """`the Western-led air attacks have killed 100 civilians`, `NATO strikes hit the
        compound`: an attack that kills or hits is done by whoever its own words name."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ in ("WDT", "WP"):
            subject = None  # `an airstrike which killed six`: the relative stands for the noun
        if subject is None:
            subject = _relative_head(verb)
        if subject is None or event_type(subject, self.lexicon) not in BLOWS:
            return []
        return self._noun_doers(subject) or self._claimants(subject)

    def _led_by(self, token: Token) -> list[Participant]:
        """`a NATO-led mission`, `the U.S.-led coalition`: whoever leads the body acts for it."""
        return [
            p
            for c in token.children
            if c.dep_ in ("amod", "compound")
            and (c.lemma_.lower() == "lead" or c.lower_.endswith("-led"))
            for p in self._leaders(c)
        ]

    def _leaders(self, modifier: Token) -> list[Participant]:
        """Who a modifier of an act says leads it: `the U.S.-led campaign`, `the NATO-led
        strikes`, `the Western-led bombing`, `Western air strikes` (the West, a side of its
        own that no state stands for)."""
        words = [modifier]
        if modifier.lemma_.lower() == "lead" and modifier.tag_ == "VBN":
            # (`western-led`, which the tagger may read as an adverb and a participle)
            words = [
                c for c in modifier.children if c.dep_ in ("npadvmod", "compound", "nmod", "advmod")
            ]
        found: list[Participant] = []
        for word in words:
            name = word.text.removesuffix("-led") if word is modifier else word.text
            if word is modifier and name == word.text and word.lower_ not in WESTERN:
                continue  # a plain adjective (`heavy`, `renewed`) leads nothing
            start, end = word.idx, word.idx + len(name)
            if name.lower() in WESTERN:
                found.append(Participant("the West", None, start, end))
                continue
            entry = self.lexicon.by_name(name) or self.lexicon.by_demonym(name)
            known = entry.name if entry is not None else self.index.named(name)
            if known is not None:
                found.append(Participant(known, slug(known), start, end))
        return found

    def _gerund_controller(self, gerund: Token) -> list[Participant] | None:
        """Who does what a preposition's gerund names, as English grammar fixes it: the
        object of `accused NATO of killing`, `blamed Syria for shelling`, `charged him with
        smuggling`, `stopped them from entering`; the subject of `killed ten by firing`,
        `left after meeting`. None where the gerund hangs on no verb."""
        prep = gerund.head if gerund.dep_ == "pcomp" else split_list_prep(gerund)
        if prep is None or prep.dep_ != "prep":
            return None
        if prep.lower_ in ("despite", "notwithstanding") and _object_of(gerund) is None:
            return []  # `despite urging to ease the peg, officials insist`: others' urging
        governor = _through_adjective(prep.head)
        accused_noun = governor.dep_ in ("dobj", "dative") and governor.head.pos_ == "VERB"
        if prep.lower_ in OBJECT_CONTROL_PREPS and accused_noun and self.could_be_actor(governor):
            return self.phrase(governor)  # `accused [forces of firing]`: the parse of `of`
        if governor.pos_ not in ("VERB", "AUX"):
            return None
        # `accused Israel of escalating violence by killing three`: no one accuses by
        # killing; the parser hung the accused's means on the accusation
        means = prep.lower_ == "by" and governor.lemma_.lower() in ACCUSERS
        controlled = prep.lower_ in OBJECT_CONTROL_PREPS or means
        accused = _object_of(governor) if controlled else None
        if accused is not None:
            return self.phrase(accused)
        if prep.lower_ in OBJECT_CONTROL_PREPS or _passive(governor):
            return None  # `was killed by firing`: the clause names no doer to lend
        return self.subjects(governor) or None

    def _just_before(self, participle: Token) -> Token | None:
        """The noun right before a participle, when it could act and the participle's own
        head could not."""
        if participle.i == 0:
            return None
        before = participle.doc[participle.i - 1]
        if before.pos_ not in ("NOUN", "PROPN") or before == participle.head:
            return None
        if before.i not in {t.i for t in participle.head.subtree}:
            return None
        return before if self.could_be_actor(before) else None

    def _whose_acts(self, verb: Token) -> list[Participant]:
        """`drug gangs whose turf wars have killed 2,300 people`, `Israel's raids killed
        ten`: when acts are the subject, whose acts they are did it."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or event_type(subject, self.lexicon) not in ("FIGHT", "ASSAULT"):
            return []
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is None:
            return []
        if owner.tag_ == "WP$" and subject.head.dep_ == "relcl":
            return self.phrase(subject.head.head)  # `whose`: the noun the clause is about
        return self.named(owner, generic=True)

    def _nearer_blow(self, participle: Token) -> Token | None:
        """`police are hunting a man who left a device that exploded, wounding 13`: the
        parser hangs a trailing `, wounding ...` on the main verb, but the blow it follows
        (the device's) is what wounded; its doer, not the hunters, did it."""
        head = participle.head
        if participle.dep_ != "advcl" or participle.tag_ != "VBG" or head.i > participle.i:
            return None
        if event_type(head, self.lexicon) in BLOWS:
            return None
        between = head.doc[head.i + 1 : participle.i]
        blows = [
            t
            for t in between
            if t.pos_ == "VERB" and event_type(t, self.lexicon) in BLOWS and head in t.ancestors
        ]
        return blows[-1] if blows else None

    def _fought_with(self, verb: Token) -> list[Participant]:
        """`eight fighters were killed and 36 wounded in fighting with government troops`:
        who was killed in a fight was killed by the other side of it."""
        for word in (verb, *verb.conjuncts):
            hands = _at_the_hands_of(word)
            if hands:
                return [p for g in hands for p in self.phrase(g)]  # `died at the hands of police`
            preps = [c for c in word.children if c.dep_ == "prep" and c.lower_ in DURING]
            for prep in [*preps, *_as_a_result_of(word)]:
                for fight in (c for c in prep.children if c.dep_ in ("pobj", "pcomp")):
                    armed = fight.lemma_.lower() in OPERATIONS  # `NATO operations`
                    if not armed and event_type(fight, self.lexicon) not in BLOWS:
                        continue
                    others = [
                        p
                        for c in fight.children
                        if c.dep_ == "prep" and c.lower_ in ("with", "against")
                        for g in c.children
                        if g.dep_ == "pobj"
                        for p in self.phrase(g)
                    ]
                    # `were killed in IS attacks`, `died in Israeli air strikes`: the
                    # attack's own doer
                    return others or self._noun_doers(fight)
            users = self._weapon_users(word)
            if users:
                return users
        return []

    def _weapon_users(self, verb: Token) -> list[Participant]:
        """`a child was killed when rockets fired by Gaddafi forces hit the port`: who killed
        is who fired the weapon that struck."""
        for clause in verb.children:
            when = any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children)
            if clause.dep_ != "advcl" or not when:
                continue
            for weapon in (c for c in clause.children if c.dep_ == "nsubj"):
                if weapon.lemma_.lower() not in self.lexicon.weapon_nouns:
                    continue
                users = self._noun_doers(weapon)
                users += [p for c in weapon.children if c.dep_ == "acl" for p in self._agents(c)]
                if users:
                    return users
        return []

    def _deciders(self, noun: Token) -> list[Participant]:
        """`Russia's decision [to withdraw]`, `his bid [to oust]`, `an offer [to mediate] from the
        AU`: whoever decided, planned, offered or
        tried is the one who would act; not who ordered or called for it (`Gaddafi's order to
        fire` is fired by others)."""
        if event_type(noun, self.lexicon) == "DEMAND":
            return []
        own = [p for c in noun.children if c.dep_ == "poss" for p in self.named(c)]
        # `an offer to mediate from the African Union`, `a decision by Russia to withdraw`
        return own or [
            p
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in ("from", "by")
            for p in self._in_phrase(c, generic=False)
        ]

    def _claimants(self, act: Token) -> list[Participant]:
        """Who claims, accepts or admits responsibility for an act did it, by their word:
        `the IRA claimed responsibility for the bombings`."""
        prep = act.head
        if act.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_.lower() in APOLOGISING:
            # `Gaddafi's soldiers apologised for the incursion`: one apologises for one's own
            return self.subjects(prep.head)
        judge = prep.head
        judged_for = act.dep_ == "pobj" and prep.lower_ == "for"
        if judged_for and event_type(judge, self.lexicon) in JUDGING:
            # `UNESCO rebuked NATO for the attack`, `praised the navy for the rescue`: who is
            # blamed or praised for an act is who the judge says did it
            judged = [p for c in judge.children if c.dep_ == "dobj" for p in self.phrase(c)]
            if judged:
                return judged
        if (
            act.dep_ != "pobj"
            or prep.lower_ != "for"
            or prep.head.lemma_.lower() not in CULPABILITY
        ):
            return []
        owning = prep.head.head
        if prep.head.dep_ != "dobj" or owning.lemma_.lower() not in OWNING_UP:
            return []
        return self.subjects(owning)

    def _said_to_be_by(self, act: Token) -> list[Participant]:
        """`the attack is believed to have been carried out by ETA`: the agent of the
        passive the act's subject is raised from."""
        if act.dep_ not in ("nsubj", "nsubjpass"):
            return []
        verb = act.head
        while True:
            below = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            if below is None:
                return []
            verb = below
            if _passive(verb) and self._performs(verb):
                found = self._agents(verb)
                if found:
                    return found

    def _agents(self, participle: Token) -> list[Participant]:
        """Who a passive participle names after `by`: `[staged] by students`."""
        return [p for c in participle.children if c.dep_ == "agent" for p in self._in_phrase(c)]

    def _senders(self, message: Token) -> list[Participant]:
        """Whose a letter or a statement is, where the text says: `Khamenei's letter`, `a
        letter from Khamenei`."""
        if message.lemma_.lower() not in self.lexicon.message_nouns:
            return []
        found = [p for c in message.children if c.dep_ == "poss" for p in self.named(c)]
        return found or [
            p
            for c in message.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for p in self._in_phrase(c, generic=False)
        ]

    def grievance(self, trigger: Token) -> list[Participant]:
        """Whom a protest, complaint or demand is against, where the text says so only through
        what they did: `in protest against violations [by the security forces]`, `calling for
        the removal [of President Mubarak]`, `over [Israeli] air raids`."""
        # An event noun's purpose hangs on its verb: `began a hunger strike [to demand ...]`.
        clause = (_verb_of(trigger) or trigger) if trigger.pos_ == "NOUN" else trigger
        skipped = {t.i for c in clause.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
        # `after a week of unrest`: what came before or during is not what it is against.
        skipped |= {
            t.i for w in clause.subtree if w.lower_ in TIMES and w.dep_ == "prep" for t in w.subtree
        }
        # `denounced the attack [condemned by the UN]`: who judged it is not whom it is against.
        skipped |= {
            t.i for w in clause.subtree if w.dep_ == "acl" and not self._performs(w)
            for a in w.children if a.dep_ == "agent" for t in a.subtree
        }  # fmt: skip
        # `opposed the plans, a step which would intrude into the lives of ordinary citizens`:
        # a relative clause says what a thing is, not whom the grievance is against; an
        # infinitive one is the aim (`a rally [to protest violations by fundamentalists]`).
        skipped |= {
            t.i
            for w in clause.subtree
            if w.dep_ == "relcl" and w != clause and not marked_by_to(w)
            for t in w.subtree
        }
        for word in clause.subtree:
            if word.i in skipped:
                continue
            own = word.head.head == trigger and word.head.lower_ in ("by", "from")
            if word.dep_ == "pobj" and word.head.lower_ in GRIEVANCE_PREPS and not own:
                found = self.phrase(word) or self._after_thing(word, True)
                if found:
                    return found
            if word.dep_ in ("poss", "amod") and word.head != trigger and word.pos_ != "PRON":
                found = self.named(word)
                if found:
                    return found
        return []

    def _reported_of_nobody(self, verb: Token) -> bool:
        """`[the strain] now said to have killed 42`, misparsed as a clause of its own: an act
        a report verb with no subject of its own passes on is no one's the report names."""
        head = verb.head
        reported = verb.dep_ == "xcomp" and head.lemma_.lower() in self.lexicon.cue_verbs
        return reported and not any(c.dep_ in SUBJECT_DEPS for c in head.children)

    def _performs(self, verb: Token) -> bool:
        """Whether the subject of a verb governing an event noun did the act: `staged
        [protests]`, `launched [strikes]`, `arrived for [talks]`; not who speaks of it, sees
        it or judges it (`condemned [the attack]`, `called [the explosion] an attack`)."""
        lemma = verb.lemma_.lower()
        if lemma in NOT_PERFORMING or lemma in SPEAKING:
            return False
        if lemma in ("put", "stamp") and any(c.dep_ == "prt" for c in verb.children):
            return False  # `put down two revolts`, `stamped out the uprising`: ended, not done
        if lemma in FRAMING or lemma in TAKING_PART or lemma in DEALING:
            return True  # `opposed to mediation`, `offered talks`: the act is theirs

        return event_type(verb, self.lexicon) is None

    def subjects(self, verb: Token) -> list[Participant]:
        # `Vietnam is committed to`, `Israel is opposed to`: a state, not something done to it.
        stative = verb.lemma_.lower() in STATIVE_PASSIVES
        passive = _passive(verb) and not stative
        found: list[Participant] = []
        # `he welcomed a call by Medvedev`: a `by` the parser gives an active verb that has
        # its own subject belongs to the object, and whose it is did not do the verb's act
        stray_agent = (
            not passive and verb.tag_ != "VBN" and any(c.dep_ == "nsubj" for c in verb.children)
        )
        for child in _own_children(verb):
            if child.dep_ == "agent":
                found += [] if stray_agent else self._in_phrase(child)
            elif child.dep_ in ("nsubj", "nsubjpass") and not passive:
                # `The Red Cross [operating in Iraq] said`: a participle parsed as the subject
                subject = child
                if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                    subject = verb.head  # `Turkey, which occupies northern Cyprus`
                    if child.lower_ == "which" and subject.ent_type_ == "PERSON":
                        # `Suckling, director of the Center ..., which is suing BP`: `which`
                        # is never a person; it is the nearest other name before it
                        subject = _nearest_thing_before(subject, child) or subject
                    if subject.dep_ == "appos" and self.named(subject.head):
                        subject = subject.head  # `Abedi, the Briton who carried out ...`
                if child.pos_ == "VERB":
                    subject = next((c for c in child.children if c.dep_ == "nsubj"), child)
                found += self.phrase(subject)
        if passive and not found:
            # `were sentenced to two years and bailed by a court`: a `by` closing coordinated
            # participles names the doer of each; not one with its own `was` (`was wounded in
            # the attack and was shot dead by police`), a clause of its own
            found = [
                p
                for c in verb.children
                if c.dep_ == "conj" and not any(x.dep_ in ("aux", "auxpass") for x in c.children)
                for a in c.children
                if a.dep_ == "agent"
                for p in self._in_phrase(a)
            ]
        has_subject = any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)
        if not found and not has_subject and verb.dep_ == "ROOT":
            found = self._stranded_subjects(verb)
        return found

    def objects(
        self, verb: Token, skip: Token | None = None, generic: bool = False
    ) -> list[Participant]:
        passive = _passive(verb) and verb.lemma_.lower() not in STATIVE_PASSIVES
        # `handed the Russian leader a letter`, `sent troops to Syria`: with a recipient, the
        # object is the thing given; `withdrew its troops from Panama`: the doer's own.
        recipient = any(c.dep_ == "dative" for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ == "to" and self._in_phrase(c) for c in verb.children
        )
        recipient = recipient or verb.lemma_.lower() in WITHDRAWING
        found: list[Participant] = []
        for child in verb.children:
            if (skip is not None and child == skip) or (recipient and child.dep_ == "dobj"):
                continue
            if child.dep_ == "dative" and child.pos_ == "ADP":
                found += self._in_phrase(child, generic)  # `providing intelligence [to X]`
            elif child.dep_ in OBJECT_DEPS or (child.dep_ in ("nsubjpass", "nsubj") and passive):
                if generic and owned(child):
                    continue  # `strengthened its forces`: the doer's own, not whom it acts on
                if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                    child = verb.head  # `David Hicks, who was captured`: whom `who` stands for
                found += self.phrase(child, generic) or self._after_thing(child, generic)
            elif child.dep_ == "prep" and child.lower_ in self.target_preps:
                found += self._in_phrase(child, generic)
        if passive and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            found += self.phrase(verb.head, generic)  # `three activists [arrested by police]`
        return found

    def _after_thing(self, thing: Token, generic: bool) -> list[Participant]:
        """`shared evidence [with the US]`, `lifted a ban [on the FIS]`, `demanded an
        admission [by Moscow]`: who a thing acted with is for, on, from or by."""
        found: list[Participant] = []
        for word in [thing, *thing.conjuncts]:
            for prep in word.children:
                if prep.dep_ == "prep" and prep.lower_ in self.target_preps | THING_PREPS:
                    found += self._in_phrase(prep, generic)
                elif prep.dep_ == "acl" and self._performs(prep):
                    found += self._agents(prep)  # `the march organised by students`
        return found

    def phrase(self, token: Token, generic: bool = True) -> list[Participant]:
        """The side a noun phrase names, with its conjuncts (`Russia, China and Pakistan`)."""
        if token.dep_ == "pobj" and token.lemma_.lower() in CIRCUMSTANCES:
            return []  # `on the sidelines of ...`, `at the same time`: nobody's side
        many = counted_noun(token)
        if many is not None:
            # `One of them, Mr William Craig, called for ...`: the one the apposition names
            appositions = [c for c in token.children if c.dep_ == "appos"]
            named = [p for c in appositions for w in (c, *c.conjuncts) for p in self.named(w)]
            if named:
                return named
            return self.phrase(many, generic)  # `thousands of [students]`
        whose = any(c.tag_ == "WP$" for c in token.children) and token.head.dep_ == "relcl"
        if whose:
            # `the House committee, whose members criticised ...`: its members are the body
            return self.phrase(token.head.head, generic)
        if token.dep_ == "attr" and token.head.lemma_ == "be":
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            said_of = self.phrase(subject, generic) if subject is not None else []
            if said_of:
                return said_of  # `it is the only country [blocking ...]`: it is who
        called = [p for c in token.children if c.dep_ == "appos" for p in self.named(c)]
        if not called and token.tag_ == "NN":
            called = self._closing_name(token) or self._opening_name(token)
        # `London's Conservative mayor, Boris Johnson`: a title given a name is that person
        title = {token.lemma_.lower()} | {
            f"{c.lower_} {token.lemma_.lower()}"
            for c in token.children
            if c.dep_ in ("amod", "compound")
        }
        # ... and so is one the words describe: `the top US regulator, Elizabeth Birnbaum`
        titled = (
            bool(title & self.lexicon.role_words)
            or token.tag_ == "NN"
            or one_of_a_nation(token, self.lexicon)
        ) and any(self.index.type_of(p.name) == "person" for p in called)
        if (
            generic
            and not titled
            and self._civilians(token)
            and token.lemma_.lower() not in MEMBERS
        ):
            # `supporters of Ben Bella` are not Ben Bella; `Libyan rebels and representatives
            # of the government` are both sides
            own = self.named(token) or [_generic(token)]
            return own + [p for conj in token.conjuncts for p in self.named(conj, generic=True)]
        if called and (titled or not (self.named(token) or self.named(token, generic=True))):
            # `Corexit's manufacturer, Nalco Holding`: the name given, not the possessor; the
            # words it rests on are the whole phrase
            start, end = token.left_edge.idx, _apposition_end(token)
            found = [replace(p, start=min(p.start, start), end=max(p.end, end)) for p in called]
        elif self._one_person(token):
            # `a Labour peer`, `a Labour donor`: one person of a party is not the party
            found = self.named(token) or self.named(token, generic=generic)
        else:
            found = (
                self._government_where(token)
                or self.named(token)
                or self._nearest_below(token)
                or self._led_by(token)
                or self.named(token, generic=generic)
            )
            private = token.lemma_.lower() in PRIVATE_BODIES and self._of_a_nation(token)
            if not found and generic and (_outside_the_state(token) or private):
                # `Syrian opposition figures`, `US cable news networks`: a group of their own
                found = [_generic(token)]
        if found and _stance_named(token):
            found = [_generic(token)]  # `pro-Gadhafi forces` are not Gadhafi, nor his enemy
        elif self._followers(token, found):
            # `Gaddafi's son Saif al-Islam` is Saif al-Islam; a name before a group (`Gaddafi
            # soldiers`) says whose they are, not who
            kin = token.lemma_.lower() in KIN
            called = [p for c in token.children if c.dep_ in ("appos", "compound")
                      and c.ent_type_ == "PERSON" and (kin or c.i > token.i)
                      for p in self.named(c)]  # fmt: skip
            found = called or [_generic(token)]
        if self._a_body(token):
            found = _named_by_phrase(token, found)
        found = self._titled_name(token) or found
        for conj in token.conjuncts:
            found += self.named(conj, generic=generic)
        return found

    def _followers(self, token: Token, found: list[Participant]) -> bool:
        """`Gaddafi's troops`, `most Gaddafi soldiers`, `Assad loyalists`: many who fight or
        stand for one person are a group of their own, not that person (who did not fight,
        and at whom an offensive against them is not aimed); `Gaddafi's son` is his son,
        `Obama's commission` a body of its own, and `Gadhafi's opposition` his opponents."""
        lemma = token.lemma_.lower()
        group = token.tag_ == "NNS" and (lemma in self.lexicon.forces_nouns or lemma in FOLLOWERS)
        ties = KIN | ACQUAINTANCES | RETINUES | ADVERSARIES | PARTNERS
        if not ((group or lemma in ties) and found):
            return False
        inside = range(token.idx, token.idx + len(token))
        if lemma in PARTNERS:
            # `BP's partners` are not BP; `its European Community partners` are the EC
            named = {t.idx for c in token.children if c.dep_ in ("compound", "amod", "nmod")
                     for t in c.subtree}  # fmt: skip
            return all(p.start not in inside and p.start not in named for p in found)
        if lemma in TIED_PEOPLE:
            # `Russia's enemies` too: whoever is opposed, it is not them; and `Keith Lamont
            # Scott's wife` is his wife whatever the tagger took him for (`a friend of
            # Tsarnaev` is not Tsarnaev either)
            return all(p.start not in inside for p in found)
        return all(self.index.type_of(p.name) == "person" and p.start not in inside for p in found)

    def _could_be(self, pronoun: Token, side: Participant) -> bool:
        """Whether a pronoun could stand for a side: `it` for no person, `he` for no group."""
        kind = self.index.type_of(side.name)
        if pronoun.lower_ in ("it", "its"):
            # `it had asked to fly higher, officials said`: many people are not `it`
            words = pronoun.doc.char_span(side.start, side.end, alignment_mode="expand")
            many = kind is None and words is not None and words.root.tag_ in ("NNS", "NNPS")
            return kind != "person" and not many
        if pronoun.lower_ in ("they", "them", "their"):
            # `his ministry had difficulty hiring women because they demanded ...`
            words = pronoun.doc.char_span(side.start, side.end, alignment_mode="expand")
            after = words.end if words is not None else pronoun.i
            return self.index.people_before(pronoun, after) is None
        if pronoun.lower_ in ("he", "she", "him", "her", "his"):
            # `troops heckled an officer after he tried ...`: many people are not `he`
            words = pronoun.doc.char_span(side.start, side.end, alignment_mode="expand")
            many = kind is None and words is not None and words.root.tag_ in ("NNS", "NNPS")
            return kind in ("person", None) and not many
        return True

    def _one_person(self, token: Token) -> bool:
        """One person named by a common noun, not a state's agent (`a Russian diplomat` is
        Russia): `a Labour peer`, `the party's treasurer`."""
        lemma = token.lemma_.lower()
        person = lemma in self.lexicon.role_words or lemma in self.lexicon.agent_nouns
        singular = token.tag_ == "NN" or (token.tag_ == "NNP" and not token.ent_type_)  # `MP`
        if not person or not singular:
            return False
        if self._demonyms(token) or self.index.mention_at(token) is not None:
            return False
        # `the president of Armenia` is Armenia's; `a Labour peer` is not Labour; `a Labour
        # spokeswoman` speaks for Labour
        owners = self._nearest_below(token)
        if owners and lemma in BODY_VOICES:
            return False
        return not any(self.index.type_of(p.name) == "state" for p in owners)

    def named(self, token: Token, generic: bool = False) -> list[Participant]:
        """The actor the word stands for, the state its demonym names, or the phrase itself."""
        if token.lemma_.lower() in self.lexicon.weapon_nouns:
            # bombs or missiles are nobody; whose they are is who used them (`attacked by
            # western bombs`, `hit by NATO missiles`)
            return [p for c in token.children if c.dep_ in ("amod", "compound", "poss")
                    for p in self._leaders(c) or self.named(c)]  # fmt: skip
        if token.ent_type_ in NOT_SIDES or token.text in self.index.storms:
            return []  # dates and numbers are nobody, nor is `Hurricane Mitch`
        if _calendar(token):
            return []  # `Sun Apr 10 2011 18:58:00`: a page's time stamp the tagger missed
        if token.i in self.index.place_tokens:
            # A name the tagger took for a place, doing something: `Oshima demanded`.
            acting = token.dep_ in ("nsubj", "compound") and token.head.dep_ != "pobj"
            return [_generic(token)] if generic and acting and token.pos_ == "PROPN" else []
        ref = self.index.resolve(token)
        if ref is None and token.pos_ == "PROPN" and not token.ent_type_ and token.is_upper:
            # `Another option BP is investigating`: an acronym the tagger saw elsewhere in the
            # article but missed here (a word like `Rolando` may be part of another name)
            known = self.index.drafts.get(token.text)
            if known is not None:
                return [
                    Participant(known.name, slug(known.name), token.idx, token.idx + len(token))
                ]
        if ref is not None:
            own = self.index.mention_at(token)
            start, end = (own.start, own.end) if own else (token.idx, token.idx + len(token))
            if own is not None and self.index.type_of(ref.actor) == "person":
                # `U.N. mediator Diego Cordovez`, `Kenzo Oshima, the UN's relief coordinator`
                start, end = min(start, _title_start(token)), max(end, _apposition_end(token))
            return [Participant(ref.actor, slug(ref.actor), start, end)]
        described = self.index.described_antecedent(token) if generic else None
        if described is not None and (self._civilians(described) or self._of_the_state(described)):
            # `Separatist warlords led raids. They seized hostages`: whom `they` continues
            return [replace(p, start=token.idx, end=token.idx + len(token))
                    for p in self._described(described)]  # fmt: skip
        states = self._demonyms(token)
        if states:
            return states
        head = token.head.lemma_.lower()
        modifies = token.dep_ in ("amod", "compound") and not (
            self._civilians(token.head) or head in PRIVATE_BODIES
        )
        # `a Cuban-American`: a demonym joined to another word by a hyphen is one's origin
        state = self.lexicon.by_demonym(token.text) if modifies and not _hyphened(token) else None
        if state is not None:  # `French mediation`, `Iranian missiles`; not `Croatian extremists`
            return [Participant(state.name, state.id, token.idx, token.idx + len(token))]
        if generic and token.pos_ in ("NOUN", "PROPN") and not _circumstance(token):
            return self._described(token)
        return []

    def _described(self, token: Token) -> list[Participant]:
        """People or a group named by a common noun: `police`, `rebels`, `senior officials`;
        an institution only where the article says which (`the ministry` -> the one named)."""
        lemma = token.lemma_.lower()
        last = token.doc[token.right_edge.i].lemma_.lower()
        if lemma in self.lexicon.document_nouns or (
            token.pos_ == "PROPN" and last in self.lexicon.document_nouns
        ):
            return []  # `the Finance Bill`, `Prevention of Terrorism Bill`: documents
        owned = self._whose_government(token) if lemma in GOVERNMENT_WORDS else None
        if owned is not None:
            return owned
        if lemma in self.lexicon.institution_nouns:
            institution = self.index.institution(token)
            if institution is not None:
                return [
                    Participant(institution, slug(institution), token.idx, token.idx + len(token))
                ]
            if _qualified(token):
                return [_generic(token)]
            return self._of_a_state(token)
        if lemma in self.lexicon.agent_nouns or token.lower_ in self.lexicon.agent_nouns:
            return [_generic(token)]
        if lemma in KIN | ACQUAINTANCES:
            return [_generic(token)]  # `arrested his wife`, `convicted a friend of Tsarnaev`
        if lemma in self.lexicon.role_words:
            # `the minister` is someone the text has named, or no one we can tell.
            return [_generic(token)] if _qualified(token) or token.tag_ == "NNS" else []
        if token.pos_ == "PROPN" and token.ent_type_ in ("", "PERSON", "ORG", "NORP"):
            return [_generic(token)]  # a name the tagger did not know: `Ethopia agreed`
        return []

    def _whose_government(self, government: Token) -> list[Participant] | None:
        """`Kevin Rudd said his government would ask ...`: the government of the state its
        owner is of (`Australian Foreign Minister Kevin Rudd`), which may not be the state the
        article is about; None where the owner says no state."""
        owner = next((c for c in government.children if c.dep_ == "poss"), None)
        ref = self.index.resolve(owner) if owner is not None else None
        draft = self.index.drafts.get(ref.actor) if ref is not None else None
        if draft is None or draft.type not in ("state", "person"):
            return None
        state = self.lexicon.by_name(
            draft.name if draft.type == "state" else draft.affiliation or ""
        )
        if state is None or state.type != "state":
            return None
        span = (government.idx, government.idx + len(government))
        return [Participant(state.name, state.id, *span)]

    def _government_where(self, government: Token) -> list[Participant] | None:
        """`In the Philippines, the government was tightening monitoring`: the government of
        the state its clause opens with, which need not be the state the article is about."""
        if government.lemma_.lower() not in GOVERNMENT_WORDS or _qualified(government):
            return None  # `the Japanese government` is Japan's wherever it acts
        if government.dep_ not in ("nsubj", "nsubjpass"):
            return None
        for prep in government.head.children:
            if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > government.i:
                continue
            for place in (g for g in prep.children if g.dep_ == "pobj"):
                ref = self.index.resolve(place)
                state = self.lexicon.by_name(ref.actor) if ref is not None else None
                if state is not None and state.type == "state":
                    span = (government.idx, government.idx + len(government))
                    return [Participant(state.name, state.id, *span)]
        return None

    def _of_a_state(self, institution: Token) -> list[Participant]:
        """`a court in India`, `the parliament of Iraq`: an institution the state it is in
        singles out, named by those words."""
        for word in phrase_after(institution, "in", "of"):
            ref = self.index.resolve(word)
            if ref is not None and self.index.type_of(ref.actor) == "state":
                generic = _generic(institution)
                end = word.idx + len(word)
                name = text_of(institution.doc)[generic.start : end]
                return [Participant(name, None, generic.start, end)]
        return []

    def _civilians(self, token: Token) -> bool:
        """People of a nation who do not act for its state: extremists, farmers, students."""
        lemma = token.lemma_.lower()
        return lemma in self.lexicon.agent_nouns and not self._of_the_state(token)

    def _of_the_state(self, token: Token) -> bool:
        lemma = token.lemma_.lower()
        heads = {lemma, *(c.lemma_.lower() for c in token.children if c.dep_ == "compound")}
        if _outside_the_state(token):
            return False
        return (
            bool(heads & STATE_AGENTS)
            or (lemma in self.lexicon.institution_nouns and lemma not in PRIVATE_BODIES)
            # `Libyan rebels`, `Afghan militants`: armed men who are not the state's
            or (lemma in self.lexicon.role_words and lemma not in self.lexicon.forces_nouns)
        )

    def _closing_name(self, token: Token) -> list[Participant]:
        """`the top US regulator in charge of oil exploration, Elizabeth Birnbaum`: a person's
        name that closes the phrase is the phrase's, though the parser hangs it on the last
        noun before it."""
        last = token.right_edge
        while last.dep_ == "punct" and last.i > token.i:
            last = last.nbor(-1)
        name = next((w for w in token.subtree if w.dep_ == "appos" and w.i == last.i), None)
        if name is None or name.head == token:
            return []
        return [p for p in self.named(name) if self.index.type_of(p.name) == "person"]

    def _opening_name(self, title: Token) -> list[Participant]:
        """`after Barack Obama, the US president, had visited`: a title set off by commas
        right after a person's name is that person's, though the parser made the title the
        subject and hung the name elsewhere."""
        first, doc = title.left_edge.i, title.doc
        if title.lemma_.lower() not in self.lexicon.role_words or first < 2:
            return []
        name = doc[first - 2]
        if doc[first - 1].text != "," or name.ent_type_ != "PERSON":
            return []
        # set off on both sides: `Like Jeffords, the president calls for` is someone else
        last = max(w.i for w in title.subtree if not w.is_punct)
        if last + 1 >= len(doc) or doc[last + 1].text not in (",", "–", "—"):
            return []
        return [p for p in self.named(name) if self.index.type_of(p.name) == "person"]

    def _titled_name(self, token: Token) -> list[Participant]:
        """`White House Chief of Staff Rahm Emanuel`: a name the tagger missed, after a title,
        is a person's; not the state or the body the title belongs to."""
        if token.pos_ != "PROPN" or token.ent_type_ or self.index.resolve(token) is not None:
            return []
        words = [token]
        for word in reversed(list(token.lefts)):
            if word.i != words[0].i - 1 or word.dep_ != "compound" or word.pos_ != "PROPN":
                break
            if word.lower_ in self.lexicon.role_words or word.ent_type_:
                break
            words.insert(0, word)
        before = [t for t in token.subtree if t.i < words[0].i]
        titled = any(t.lower_ in self.lexicon.role_words for t in before)
        if not titled or len(words) < 2 or not all(w.is_title for w in words):
            return []
        name = " ".join(w.text for w in words)
        return [Participant(name, slug(name), words[0].idx, token.idx + len(token))]

    def _of_a_nation(self, token: Token) -> bool:
        """`US networks`, `a British company`: words that say which nation it is of."""
        return any(
            state_named(c.text, self.lexicon) is not None
            for c in token.children
            if c.dep_ in ("amod", "compound")
        )

    def _a_body(self, token: Token) -> bool:
        """Words for people or a body of them (`police`, `authority`, `officials`), not for an
        act or a thing (`attack`, `bases`)."""
        lemma = token.lemma_.lower()
        return (
            lemma in STATE_AGENTS
            or lemma in self.lexicon.forces_nouns
            or lemma in self.lexicon.institution_nouns
            or lemma in self.lexicon.agent_nouns
            or lemma in self.lexicon.role_words
        )

    def could_be_actor(self, token: Token) -> bool:
        """Words for someone, even where we cannot tell whom: `the government`, `the minister`."""
        lemma = token.lemma_.lower()
        return token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or (
            lemma in self.lexicon.institution_nouns
            or lemma in self.lexicon.agent_nouns
            or lemma in self.lexicon.role_words
        )

    def could_do_it(self, word: Token) -> bool:
        return (
            word.pos_ == "PRON"
            or self.could_be_actor(word)
            or word.lemma_.lower() in self.lexicon.forces_nouns
            or self.names_someone(word)
        )

    def _stands_for_someone(self, word: Token) -> bool:
        """Whether the word itself names the one it stands for, not only a word it carries:
        `urged [Iran]`, `asked [its partners]`; not `took the Senate [floor]`, a place named
        for the Senate."""
        if word.pos_ == "PRON" or self.could_be_actor(word):
            return True  # (`asked the minister to explain`: someone, if unnamed)
        if word.lemma_.lower() in self.lexicon.forces_nouns:
            return True
        end = word.idx + len(word)
        return any(p.start < end and word.idx < p.end for p in self.phrase(word))

    def names_someone(self, word: Token) -> bool:
        """`released [prisoners]`, `killed [three of the soldiers]`, `met [him]`; not `met [all
        of its promises]`: a word like `all` or `some` is whoever its `of` phrase names."""
        if word.pos_ == "PRON" and counted_noun(word) is None:
            return True
        return bool(self.phrase(word))

    def is_target(self, token: Token) -> bool:
        """What an armed attack can be aimed at: someone, a place, or a facility."""
        if self.phrase(token) or self.could_be_actor(token):
            return True
        if token.i in self.index.place_tokens or token.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        words = [token, *(c for c in token.children if c.dep_ in ("compound", "amod"))]
        things = self.lexicon.facility_nouns | self.lexicon.weapon_nouns
        if any(w.lemma_.lower() in things for w in words):
            return True
        return any(self.is_target(p) for p in of_phrase(token))

    def _demonyms(self, token: Token) -> list[Participant]:
        """`Senior Hungarian and Romanian officials` -> Hungary and Romania: a state's own
        people (its officials, troops, police, government) stand for it; others (`Croatian
        extremists`, `Algerian landowners`) are of its nationality but not the state."""
        if not self._of_the_state(token):
            return []
        words = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
        words += [c for w in words for c in w.conjuncts]
        found = []
        for word in words:
            # `Hungarian officials`, and `U.S. and Russian negotiators`
            state = state_named(word.text, self.lexicon)
            if state is not None:
                found.append(Participant(state.name, state.id, word.idx, word.idx + len(word)))
        return found

    def _nearest_below(self, token: Token) -> list[Participant]:
        """`three of Iran's nuclear facilities`, `the US strikes`: the owner of what is named,
        the nearest actor through possessives, modifiers and `of`; not one merely mentioned
        further on (`a call for a ceasefire [following the US bombing]`)."""
        layer = _owners(token)
        # `Syrian opposition figures`, `Libyan tribal leaders`: people of a nation outside
        # its state are not the state
        # ... nor is the chief of a body there: `UK university chief`, `a British oil firm boss`
        # ... nor a body of the nation itself: `the US media` (the tagger's lemma: `medium`)
        outside = _outside_the_state(token) or bool(
            {token.lemma_.lower(), token.lower_} & PRIVATE_BODIES
        )

        def sides(words: Iterable[Token]) -> list[tuple[Token, Participant]]:
            found = [(c, p) for c in words for p in self.named(c)]
            return [(c, p) for c, p in found if not (outside and self._a_state(p))]

        for _ in range(3):
            # `its partners`: a possessive pronoun points back at the actor, not the target.
            owners = sides(c for c in layer if c.pos_ != "PRON")
            if owners:
                # `the foreign ministers of Poland and Lithuania`: the owner and its conjuncts
                owner, first = owners[0]
                return [first, *(p for _, p in sides(owner.conjuncts))]
            if not layer:
                return []
            layer = [g for c in layer for g in _owners(c)]
        return []

    def _a_state(self, side: Participant) -> bool:
        entry = self.lexicon.by_name(side.name)
        return self.index.type_of(side.name) == "state" or (
            entry is not None and entry.type == "state"
        )

    def _in_phrase(self, prep: Token, generic: bool = True, depth: int = 0) -> list[Participant]:
        found: list[Participant] = []
        for child in prep.children:
            if child.dep_ == "pobj":
                found += self.phrase(child, generic)
                # `a suspension of [air links with Serbia]`; not `by the investigation [into the
                # BP oil spill]`, where what an act is into is no one acting
                by_an_act = prep.dep_ == "agent" and event_type(child, self.lexicon) is not None
                if not found and depth < 1 and not by_an_act:
                    found += [
                        p
                        for g in child.children
                        if g.dep_ == "prep" and g.lower_ in self.target_preps | {"for"}
                        for p in self._in_phrase(g, generic, depth + 1)
                    ]
        return found

    def _embedded(self, verb: Token, depth: int = 0) -> list[Participant]:
        """`demanded that the government resign`: the one asked; `threatened to strike US
        bases`: the target of the complement clause; `threatened to hold a strike unless
        Israel rescinded ...`: the one the condition is put to."""
        for child in verb.children:
            if child.dep_ not in ("xcomp", "ccomp") and not _purpose_or_condition(child):
                continue
            subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            found = self.phrase(subject, generic=False) if subject is not None else []
            found = found or self.objects(child)
            # `promised to continue military aid [to Mozambique]`: the target of the act named
            found = found or [t for o in _objects_of(child) for t in self._after_thing(o, True)]
            if not found and depth < 1:
                found = self._embedded(child, depth + 1)
            if found:
                return found
        return []

    def places_of(self, verb: Token) -> list[Participant]:
        """`set up a research centre in Tokyo`: a state's capital, or the state itself, stands
        for the one acted on; any other place is only where it happened."""
        clause = range(verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge))
        found = []
        for place in self.index.places:
            if place.start in clause:
                entry = self.lexicon.by_name(place.name) or self.lexicon.by_capital(place.name)
                if entry is not None and entry.type == "state":
                    found.append(Participant(entry.name, entry.id, place.start, place.end))
        return found[:1]

    def _stranded_subjects(self, verb: Token) -> list[Participant]:
        """`..., Russia, China and Pakistan proposed`: a list the parser attached elsewhere."""
        found: list[Participant] = []
        i = verb.i - 1
        while i >= verb.sent.start and verb.doc[i].dep_ in ("aux", "advmod", "neg"):
            i -= 1
        while i >= verb.sent.start:
            token = verb.doc[i]
            mention = self.index.mention_at(token)
            if mention is not None:
                if not found or found[0].name != mention.actor:
                    found.insert(
                        0,
                        Participant(mention.actor, slug(mention.actor), mention.start, mention.end),
                    )
                i = mention.first_token - 1
            elif token.text == "," or token.lower_ == "and":
                i -= 1
            else:
                break
        return found


def of_the_press(name: str, lexicon: Lexicon) -> bool:
    """A news organisation the lexicon knows (`press: true`): Reuters, CNN."""
    entry = lexicon.by_name(name)
    return entry is not None and entry.press


def _outside_the_state(token: Token) -> bool:
    """`Syrian opposition figures`, `tribal leaders`: words that set people apart from the
    state of their nation; so does a body that is not the state (`UK university chief`,
    `British oil company executives`), and a seat in its courts or its legislature (`a U.S.
    judge`, `two U.S. senators`), which acts on its own, not for the government."""
    # `Senators` tagged as a name keeps its plural as its lemma
    seat = {token.lemma_.lower(), token.lower_.removesuffix("s")} & OTHER_BRANCHES
    return bool(seat) or any(
        c.lemma_.lower() in OUTSIDE_THE_STATE | PRIVATE_BODIES
        for c in token.children
        if c.dep_ in ("amod", "compound", "nmod")
    )


def _against(modifier: Token) -> bool:
    """`anti-government protests`: the word is what the act is against."""
    before = modifier.doc[max(modifier.i - 2, 0) : modifier.i]
    return any(t.lower_ in ("anti", "anti-") for t in before)


def _relative_head(verb: Token) -> Token | None:
    """`a NATO airstrike which the government said killed six guards`: the noun a relative
    clause hangs on is the subject of the verb whose subject the relative pronoun is, through
    the clauses of saying in between."""
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "ccomp") and not any(
        c.dep_ in SUBJECT_DEPS and c.tag_ not in ("WDT", "WP") for c in chain[-1].children
    ):
        chain.append(chain[-1].head)
    relative = any(
        c.tag_ in ("WDT", "WP") and c.dep_ in SUBJECT_DEPS for v in chain for c in v.children
    )
    return chain[-1].head if relative and chain[-1].dep_ == "relcl" else None


def _circumstance(token: Token) -> bool:
    """`at the same time`, `in response`: nouns of circumstance are nobody's side."""
    return token.is_stop or token.lemma_.lower() in CIRCUMSTANCES


def _owners(token: Token) -> list[Token]:
    """The words inside a noun phrase that can name whose it is: possessors, modifiers, and
    what follows `of`."""
    found = [c for c in token.children if c.dep_ in ("poss", "compound", "amod", "nmod", "nummod")]
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        found += [g for g in prep.children if g.dep_ == "pobj"]
    return found


def _objects_of(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("dobj", "dative")]


def _apposition_end(token: Token) -> int:
    appos = next((c for c in token.children if c.dep_ == "appos"), None)
    if appos is None:
        return 0
    last = max((t for t in appos.subtree if not t.is_punct), key=lambda t: t.i, default=appos)
    return last.idx + len(last)


def of_phrase(token: Token) -> list[Token]:
    """`three of Iran's facilities`, `the terms of the treaty`: the phrase after `of`."""
    return phrase_after(token, "of")


def counted_noun(token: Token) -> Token | None:
    """`tens of thousands of students`, `a group of leaders`: what the number counts."""
    if token.lemma_.lower() not in COUNTS and token.pos_ != "NUM":
        return None
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
    return counted_noun(counted) or counted if counted is not None else None


def _title_start(token: Token) -> int:
    """Where a person's name starts with its title: `U.N. mediator [Diego] Cordovez`."""
    words = [t for t in token.subtree if t.i <= token.i and t.dep_ in ("compound", "amod", "nmod")]
    return min([token.idx, *(t.idx for t in words)])


def to_infinitive(verb: Token) -> bool:
    """`a decision [to withdraw]`, `the battle [to contain the spill]`: a noun's aim."""
    return verb.dep_ == "acl" and marked_by_to(verb)


def marked_by_to(verb: Token) -> bool:
    """`[to] withdraw`: a verb with its infinitive's `to`."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _stance_named(token: Token) -> bool:
    """`pro-Gadhafi forces`, `anti-government protesters`: people named by whom they are for
    or against."""
    words = [c for c in token.children if c.dep_ in ("amod", "compound")]
    words += [g for w in words for g in w.children if g.dep_ in ("amod", "compound", "prep")]
    return any(w.lower_ in STANCES or w.lower_.startswith(tuple(f"{s}-" for s in STANCES))
               for w in words)  # fmt: skip


def owned(token: Token) -> bool:
    """`its forces`, `their troops`: the doer's own; not `his opponents`, `her friends`."""
    tied = token.lemma_.lower() in TIED_PEOPLE
    return not tied and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)


def _object_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)


def _stranded_subject(verb: Token) -> Token | None:
    """The object right before a subjectless clause with a finite auxiliary of its own:
    `warned [X] could threaten`, `said [Iran] would respond`, `added [Mr Stearns] had agreed`;
    and the noun after a clause's `as` the parser read as a preposition: `as [a massive oil
    slick] threatened the coastline`."""
    opening = next((c for c in verb.children if c.dep_ == "prep" and c.i < verb.i), None)
    if opening is not None and opening.lower_ in ("as", "while", "after", "before", "until"):
        noun = next((g for g in opening.children if g.dep_ == "pobj"), None)
        if noun is not None and noun.right_edge.i + 1 == verb.i:
            return noun
    finite = ("MD", "VBD", "VBZ", "VBP")
    if verb.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.tag_ in finite for c in verb.children):
        return None
    above = verb.head
    found = next((c for c in above.children if c.dep_ == "dobj"), None)
    return found if found is not None and found.right_edge.i + 1 == verb.left_edge.i else None


def _controller(verb: Token) -> Token | None:
    """Who does what a verb's infinitive or participle says: its object (`urged Iran to
    release`), or its subject when it is passive (`Iran was urged to release`)."""
    found = _dative(verb) or _object_of(verb)
    if found is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head  # `a commission named by Obama to investigate`: the one named
    if found is None and _passive(verb):
        found = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return found


def _dative(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"), None)


def _qualified(token: Token) -> bool:
    """`the military government`, `opposition parties`: words that say which one is meant."""
    return any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in token.children)


def _passive(verb: Token) -> bool:
    """`was killed`, and a bare participle with no auxiliary: `left one student [injured]`."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    if _set_off_participle(verb):
        return True
    # A ROOT or a conjunct tagged VBN is a past tense the tagger misread: `X investigated Y`.
    reduced = verb.dep_ in ("ccomp", "xcomp", "acl", "advcl", "oprd", "relcl")
    return (
        reduced
        and (verb.tag_ == "VBN" or by_agent(verb))
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def by_agent(verb: Token) -> bool:
    """A participle with its `by` agent, which the tagger may take for a past tense: `the
    killer, [shot] dead by police,`; not a verb with a subject of its own (`he welcomed a
    call by Medvedev`, with `by Medvedev` hung on the verb)."""
    return (
        verb.tag_ in ("VBD", "VBN")
        and any(c.dep_ == "agent" for c in verb.children)
        and not any(c.dep_ == "nsubj" for c in verb.children)
    )


def _set_off_participle(verb: Token) -> bool:
    """`Hong Kong, criticised for delaying quarantine, has sealed the hotel`: a participle set
    off by commas that the parser read as the sentence's verb, with the true verb hung on it
    as a conjunct of its own with no subject and no `and`. Its subject is the one it was
    done to."""
    if verb.tag_ not in ("VBD", "VBN") or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return False
    if any(c.dep_ in ("aux", "dobj", "cc") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or max(w.i for w in subject.subtree if not w.is_punct) + 2 != verb.i:
        return False
    return any(
        c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        for c in verb.children
    )


def _purpose_or_condition(clause: Token) -> bool:
    """`to help defend Saudi Arabia`, `unless Israel rescinded ...`: clauses naming a target."""
    if clause.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "aux")}
    return bool(marks & {"to", "unless", "if", "until"})


def done_by_a_thing(verb: Token) -> bool:
    """`the rig exploded`, `it blew up`, `the ferry sank`: not `rebels blew up the bridge`."""
    return verb.lemma_.lower() in WHAT_THINGS_DO and not any(
        c.dep_ == "dobj" for c in verb.children
    )


def _at_the_hands_of(word: Token) -> list[Token]:
    """`died at the hands of the police`, `suffered a massacre at the hands of pro-government
    forces`: whose hands an act came at did it."""
    return [
        doer
        for at in word.children
        if at.dep_ == "prep" and at.lower_ == "at"
        for hands in at.children
        if hands.dep_ == "pobj" and hands.lower_ == "hands"
        for of in hands.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for doer in of.children
        if doer.dep_ == "pobj"
    ]


def _as_a_result_of(word: Token) -> list[Token]:
    """The `of` in `killed as a result of NATO operations`: what the act came of."""
    return [
        of
        for as_ in word.children
        if as_.dep_ == "prep" and as_.lower_ == "as"
        for result in as_.children
        if result.dep_ == "pobj" and result.lemma_.lower() in ("result", "consequence")
        for of in result.children
        if of.dep_ == "prep" and of.lower_ == "of"
    ]


def _as_an_act(noun: Token) -> bool:
    """`resigned in protest`, `struck back in retaliation`: what someone does is done as the
    act the noun names, so its doer is theirs."""
    return noun.head.lower_ == "in" and noun.lemma_.lower() in DONE_AS


def _verb_of(noun: Token) -> Token | None:
    """The verb an event noun is the object of: `staged [demonstrations]`, `opened
    [investigations]`, `arrived in Amman on [a visit]`, `launched [10 days of] war games`."""
    head = noun.head if noun.dep_ in ("dobj", "nsubjpass", "attr") else None
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        if noun.head.lower_ in TIMES:
            return None  # `has taken part in since the explosion`: a time, not the act joined
        head = noun.head.head
        if head.pos_ == "NOUN" and head.dep_ in ("dobj", "nsubjpass"):
            if head.lemma_.lower() not in QUANTITIES:
                return None  # `a probe into [the explosion]`: another act, not this one's
            head = head.head
        elif head.lemma_.lower() not in TAKING_PART | FRAMING and not _as_an_act(noun):
            return None  # `responded to [the attack]`: who responds did not attack
    if head is not None and _grown(head, noun):
        head = head.head  # `face mounting complaints`: `mounting` describes them
    return head if head is not None and head.pos_ in ("VERB", "AUX") else None


def _grown(participle: Token, noun: Token) -> bool:
    """`mounting complaints`, `growing calls`: a participle of growth right before the noun,
    parsed as its verb, describes it."""
    return (
        participle.tag_ == "VBG"
        and participle.i == noun.left_edge.i - 1
        and participle.lemma_.lower() in GROWING
        and participle.dep_ in ("xcomp", "ccomp", "advcl")
    )


def _through_adjective(token: Token) -> Token:
    """`Norway is willing to send`, `both are guilty of violating`: the side of `willing` or
    `guilty (of)` is that of its copula."""
    if token.pos_ == "ADP" and token.dep_ == "prep" and token.head.pos_ == "ADJ":
        token = token.head
    return token.head if token.pos_ == "ADJ" and token.dep_ == "acomp" else token


def put_under(noun: Token) -> Token | None:
    """The verb whose subject is under an act: `has come [under attack]`, `is [under
    pressure]`, `remained under fire`, and `came in for [criticism]`."""
    prep, verb = noun.head, noun.head.head
    if noun.dep_ != "pobj" or verb.lemma_.lower() not in COMING_UNDER:
        return None
    coming_in = any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)
    if prep.lower_ == "under" or (prep.lower_ == "for" and coming_in):
        return verb
    return None


def _owned_by_noun(noun: Token) -> bool:
    """`Transocean's investigation`: whose an act is is said, by a name or a noun."""
    return any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in noun.children)


def _answers_for(act: Token) -> Token | None:
    """Who is behind an act did it: `the bomber behind the bombing`, `the group behind the
    attack`."""
    prep = act.head
    if act.dep_ != "pobj" or prep.lower_ != "behind" or prep.head.pos_ not in ("NOUN", "PROPN"):
        return None
    # `Salman Abedi, the bomber behind ...`: the one the description is of
    return prep.head.head if prep.head.dep_ == "appos" else prep.head


def _nearest_thing_before(person: Token, pronoun: Token) -> Token | None:
    named = [
        t
        for t in person.subtree
        if t.i < pronoun.i and t.pos_ == "PROPN" and t.ent_type_ not in ("PERSON", "")
        and t.dep_ != "compound"
    ]  # fmt: skip
    return named[-1] if named else None


def _own_children(verb: Token) -> list[Token]:
    """The verb's words, and of two subjects the parser gave it only the nearer: in `an
    envoy offered talks but the council rejected them` both hang on `rejected`, yet the
    envoy's clause is another."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    nearer = max((c for c in subjects if c.i < verb.i), key=lambda c: c.i, default=None)
    # a `but` or an `and` between them parts two clauses; a comma alone sets an apposition
    # (`Members of the Association, a body linked to the OAU, investigated`)
    parted = nearer is not None and any(
        t.dep_ == "cc" for t in verb.doc[min(c.i for c in subjects) : nearer.i]
    )
    return [
        c
        for c in verb.children
        if c.dep_ not in ("nsubj", "nsubjpass") or not parted or c == nearer
    ]


def _named_by_phrase(token: Token, found: list[Participant]) -> list[Participant]:
    """`French police`, `Paris' counterterrorism authority`, `the president of Armenia`: a
    state or owner standing for the body a phrase names is named by the whole phrase, not by
    the one word that says whose the body is."""
    phrase = _generic(token)
    start, end = min(phrase.start, token.left_edge.idx), token.idx + len(token)
    last = token.right_edge.idx + len(token.right_edge)
    return [
        replace(p, start=min(p.start, start), end=max(p.end, end))
        if start <= p.start < last and (p.end <= token.idx or p.start >= end)
        else p
        for p in found
    ]


def _generic(token: Token) -> Participant:
    """A side known only by its words: the noun with its modifiers, without determiners."""
    words = [
        t
        for t in token.subtree
        if (t.i <= token.i and t.dep_ in ("compound", "amod", "nmod", "poss", "nummod"))
        # `the Benghazi-based rebels`: the first half of a hyphenated modifier
        or (t.i < token.i and t.dep_ == "npadvmod" and t.head.dep_ == "amod")
        or t == token
    ]
    # `October 12 - Government fighters capture ...`, `Sun Apr 10 2011 18:58:00 Rebels ...`: a
    # chronology's date or a page's time stamp is not the name; `two men` keeps its number
    lead = 0
    for k, word in enumerate(words[:-1]):
        if _calendar(word):
            lead = k + 1
        elif not word.like_num:
            break
    words = words[lead:]
    start, end = words[0].idx, token.idx + len(token)
    # `forces loyal to Muammar Gaddafi`: an adjective after the noun is part of its name
    after = [c for c in token.children if c.dep_ == "amod" and c.i > token.i]
    if after:
        last = after[-1].right_edge
        end = last.idx + len(last)
    # `Kenzo Oshima, the UN relief coordinator`: the side's words include what it is called
    return Participant(text_of(token.doc)[start:end], None, start, max(end, _apposition_end(token)))


def _hyphened(word: Token) -> bool:
    """A word joined by a hyphen to the next: `Cuban` in `Cuban-American`."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return after is not None and not word.whitespace_ and after.tag_ == "HYPH"


def _calendar(word: Token) -> bool:
    """A word of a date or a time: `Sun`, `Apr.`, `18:58:00`, a date the tagger found."""
    return (
        word.ent_type_ in ("DATE", "TIME")
        or (_day_or_month(word) and (not word.ent_type_ or _in_a_stamp(word)))
        or _dated(word)
        or bool(_CLOCK.fullmatch(word.text))
    )


def _day_or_month(word: Token) -> bool:
    return word.lower_.rstrip(".") in CALENDAR_WORDS


def _in_a_stamp(word: Token) -> bool:
    """`Sun Apr 10`, `Fri Mar 25 2011`: a day or a month beside another or a number is a date
    whatever the tagger made of it; `The Sun criticised` is a newspaper."""
    doc = word.doc
    beside = [doc[i] for i in (word.i - 1, word.i + 1) if 0 <= i < len(doc)]
    return any(_day_or_month(b) or b.like_num for b in beside)


def _dated(word: Token) -> bool:
    """`12 - Government fighters`: a day's number before a chronology's dash."""
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return word.like_num and following is not None and following.text in ("-", "–", "—")


def _sides(actors: Iterable[Participant], targets: Iterable[Participant]) -> Sides:
    """The doers, and the ones acted on that are not the doers themselves or their own
    (`its peacekeeping forces`)."""
    acting = _distinct(actors)
    names = {a.name for a in acting}
    return Sides(acting, _distinct(t for t in targets if t.name not in names and not _own(t)))


def _own(side: Participant) -> bool:
    """`its troops`, `their own forces`: the doer's own; not `his opponents` or `her
    friends`, who are others known by their tie to the owner."""
    words = side.name.lower().split()
    return side.id is None and words[0] in OWNERS and not _tied(words[-1])


def _tied(word: str) -> bool:
    """A word for others known by their tie to someone, in the singular or the plural."""
    return word in TIED_PEOPLE or word.removesuffix("s") in TIED_PEOPLE or word in IRREGULAR_TIED


def _not_own(sides: list[Participant]) -> list[Participant]:
    return [side for side in sides if not _own(side)]


def _distinct(sides: Iterable[Participant]) -> tuple[Participant, ...]:
    """Each side once; a name with no letter or digit (`.` cut from `Justice Dept.`) is none."""
    seen: dict[str, Participant] = {}
    for side in sides:
        if any(c.isalnum() for c in side.name):
            seen.setdefault(side.name, side)
    return tuple(seen.values())


def _in_spite_of(noun: Token) -> bool:
    """`Despite urging to ease the peg, officials insist ...`: what a clause goes on in spite
    of is others' doing, not its subject's."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None:
        return False
    return prep.lower_ in ("despite", "notwithstanding") or (
        prep.lower_ == "of" and prep.head.lower_ == "spite"
    )
