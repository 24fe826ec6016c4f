"""Events: who did what to whom, where and when, typed with PLOVER event types.

A trigger is a verb or event noun from the lexicon (`events.yaml`), or a verb with its object
(`lift blockade`). Its sides come from the parse (`sides.py`). How the act is framed changes
its type the way PLOVER codes it: an offer or a promise of cooperation is AGREE (`will support`,
`offered to negotiate`), a promise of force or sanctions is THREATEN (`would boycott`), what
someone `must` do is a DEMAND of the speaker, and a refused or failed cooperation is REJECT.
The frame itself is kept as the event's modality; negation as its own flag.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import yaml
from spacy.tokens import Doc, Span, Token

from briefgen.extract.actors import GOVERNMENT_WORDS, PERSON_PRONOUNS, ActorIndex, in_body
from briefgen.extract.dates import NormalDate, normalize
from briefgen.extract.doctext import words_of
from briefgen.extract.framing import (
    COMMANDING,
    NEEDING,
    SCHEDULED_ADJECTIVES,
    Frame,
    denied_doing,
    frame_of,
    order_over,
    ordered_act,
    ordered_done,
    said_in_saying,
)
from briefgen.extract.lexicon import DATA, SAFE_LOADER, Lexicon
from briefgen.extract.sides import (
    COUNTS as GROUP_COUNTS,
)
from briefgen.extract.sides import (
    CULPABILITY,
    EFFORTS,
    ENACTING,
    FOLLOWERS,
    FRAMING,
    KIN,
    MEMBERS,
    QUANTITIES,
    TAKING_PART,
    TARGET_PREPS,
    TIED_PEOPLE,
    WITHDRAWING,
    SideFinder,
    Sides,
    by_agent,
    counted_noun,
    done_by_a_thing,
    marked_by_to,
    of_phrase,
    of_the_press,
    owned,
    put_under,
    to_infinitive,
)
from briefgen.extract.triggers import (
    OBLIGATION,
    Trigger,
    bare_trigger,
    befalls,
    event_type,
    find_trigger,
    in_battle,
    looked_for,
    phrase_after,
)
from briefgen.model import (
    CONFLICTUAL,
    COOPERATIVE,
    QUAD_CLASS,
    DatePrecision,
    DateReference,
    Event,
    EventType,
    Participant,
    Place,
    Source,
)
from briefgen.model import Span as TextSpan

# Acts whose refusal is a rejection: cooperation and inquiries (`refused to investigate`). Only
# cooperation offered is agreed to; an inquiry promised stays an inquiry (`will examine`).
OFFERABLE: frozenset[EventType] = COOPERATIVE | {"INVESTIGATE"}
# Acts of force: promised, they are threats. Protest is material conflict but not force.
FORCEFUL: frozenset[EventType] = frozenset(
    kind for kind, quad in QUAD_CLASS.items() if quad == "material conflict"
) - {"PROTEST"}
# Acts a text may report without naming who did them: a bomb went off, someone was arrested,
# protests broke out. Every other event needs its doer (ACLED's rule: a doer and a happening).
UNSEEN_DOER: frozenset[EventType] = frozenset({"FIGHT", "ASSAULT", "COERCE", "PROTEST", "CRIME"})
VIOLENCE: frozenset[EventType] = frozenset({"FIGHT", "ASSAULT"})
# What a noun alone can tell happened, doer unsaid: `a bombing`, `protests`.
VIOLENCE_OR_PROTEST: frozenset[EventType] = frozenset({"FIGHT", "ASSAULT", "PROTEST"})
# Attacks without a state's forces, or by these, are PLOVER's ASSAULT (terror, not battle).
TERROR_WORDS = frozenset({"bomb", "bombing", "blast", "firebomb"})
TERROR_MARKS = frozenset(
    {"terror", "terrorist", "suicide", "arson", "knife", "bomb", "firebomb", "fire-bomb",
     "petrol-bomb", "acid", "car-bomb", "grenade", "gun"}
)  # fmt: skip
TERRORISTS = frozenset(
    {"terrorist", "bomber", "gunman", "jihadist", "extremist", "attacker", "assailant"}
)
EXERCISES = frozenset({"exercise", "drill", "game", "manoeuvre", "maneuver", "war game"})
# Governors that make forces ready (PLOVER's MOBILIZE), rather than promise their use.
# What says harm was done by no one's will: `detonated accidentally`.
ACCIDENTALLY = frozenset(
    {"accidentally", "accidental", "inadvertently", "inadvertent", "unintentionally",
     "unintentional", "accidently"}
)  # fmt: skip
# Verbs by which a protest is a note: `lodged a protest`, `sent a protest to the embassy`.
LODGING = frozenset({"send", "lodge", "deliver", "file", "register", "submit", "hand", "issue"})
# Words that wish for an act without promising it: `wants a ban`, `hopes to arrest`.
WISHING = frozenset(
    {"want", "hope", "wish", "like", "seek", "keen", "eager", "happy", "glad", "expect"}
)  # (`Russia is expected to attack`: force foreseen by others is no threat made)
READYING = frozenset({"prepared", "preparing", "prepares", "prepare", "poised", "ready", "readied"})
# Verbs whose subject is what the act happens to, not who does it: `a bomb exploded`.
UNACCUSATIVE = frozenset({"explode", "detonate", "go", "blast", "burst", "erupt"})
# Types whose verbs also state a view of a fact (`agreed it was wrong`, `denied he lied`).
VIEWS: frozenset[EventType] = frozenset(
    {"AGREE", "REJECT", "CONCEDE", "COOPERATE", "SUPPORT", "INVESTIGATE"}
)
# What binds the subject of a clause agreed or insisted on: `agreed that Iran shall withdraw`.
BOUND = OBLIGATION | {"shall"}
# Capturing a person is seizing them (COERCE); capturing a town is fighting (FIGHT).
CAPTURING = frozenset({"capture", "recapture"})
# Words for a company: what is seized of one is bought.
COMPANIES = frozenset({"company", "firm", "business", "corporation", "bank", "stake", "share"})
# What one cancels or postpones of one's own: `his trip`, `her speech`.
OWN_PLANS = frozenset({"trip", "visit", "tour", "speech", "appearance", "holiday", "vacation"})
# Words that open a line of text and are written small inside one.
LINE_OPENERS = frozenset({"The", "A", "An", "He", "She", "They", "We", "It"})
# Verbs by which one takes questions put to one: `received inquiries`, `fielded questions`.
ANSWERING = frozenset({"receive", "get", "field", "answer", "handle"})
# Verbs by which one answers what was put to one: `responding to an inquiry`.
RESPONDING = frozenset({"respond", "reply", "response"})
# What a beating that hurts is done to: `beaten to death`.
HARMS = frozenset({"death", "pulp", "submission", "unconsciousness"})
# What is won over others: beating someone where one of these is spoken of outdoes them.
CONTESTS = frozenset(
    {"award", "prize", "title", "category", "contest", "competition", "election", "race",
     "vote", "poll", "chart", "final", "trophy", "medal", "accolade", "nomination", "best"}
)  # fmt: skip
# Words that make a battle a race for office or for a firm: `his gubernatorial battle with
# Coleman`, `the takeover battle for Jaguar`.
RACES = frozenset(
    {"gubernatorial", "presidential", "mayoral", "electoral", "primary", "leadership",
     "takeover", "bidding", "campaign", "reelection", "re-election"}
)  # fmt: skip
# A military aircraft's type name: `F-16s`, `MiG-29`, `B-52`, `Su-24`.
AIRCRAFT_TYPE = re.compile(r"[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Z]?s?")
# Verbs by which an order keeps someone in custody: `ordered Matanov held until trial`.
KEEPING = frozenset({"hold", "keep"})
# Words a title-case headline leaves small: `Push for Spending More on RIA Exams`.
HEADLINE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "for", "on", "in", "to", "and", "or", "at", "by", "with", "as",
     "but", "from", "into", "over", "vs"}
)  # fmt: skip
# Going to see someone: a journey's one side is the traveller, whom they see may go unsaid.
JOURNEYS = frozenset({"trip", "visit", "tour", "stopover", "journey", "mission"})
# What a body passes of its own: approving it agrees nothing with anyone.
LAWMAKING = frozenset(
    {"bill", "law", "legislation", "measure", "budget", "resolution", "amendment", "motion",
     "regulation", "rule", "reform", "act", "policy", "decision", "ruling"}
)  # fmt: skip
# Texts many parties agree: adopting or approving one is an agreement, unlike a policy.
JOINT_TEXTS = frozenset(
    {"resolution", "declaration", "communique", "treaty", "convention", "charter", "protocol"}
)
# Verbs that stop an act going on: `halt the war`, `end the fighting`.
ENDING = frozenset({"halt", "end", "stop", "resolve", "settle"})
# What an effort that comes to nothing does: `the bid failed`, `the attempt foundered`.
FAILING = frozenset({"fail", "founder", "falter", "stall", "flounder", "crumble", "unravel"})
# Words that count people rather than name them: `two men`, `several people`.
COUNTS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
     "hundreds", "thousands", "several", "many", "some", "more", "most", "few", "other"}
)  # fmt: skip
# People of the press: whom they talk with is interviewed, not met.
PRESS_WORDS = frozenset(
    {"journalist", "reporter", "correspondent", "anchor", "interviewer", "presenter"}
)
# What one pulls out of as a person, not as a party: `pulled out of an awards ceremony`.
ENGAGEMENTS = OWN_PLANS | {
    "ceremony", "dinner", "race", "award", "premiere", "reception",
    # a player's place in a game: `withdrew from the South African squad due to injury`
    "squad", "team", "match", "tournament", "game", "championship", "series", "test",
}  # fmt: skip
# What says a fight shed blood, whoever fought it.
# People who are by definition someone's own: an employer's, whoever employs them.
OWN_PEOPLE = frozenset({"employee", "staff", "staffer", "personnel", "workforce"})
EVACUATING = frozenset({"evacuate", "evacuation", "airlift"})
ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "consul", "chargé", "charge", "attaché"})
BLOODSHED = frozenset({"bloody", "deadly", "lethal", "armed", "violent"})
# Seizing, storming or raiding ground is fighting; seizing heroin or a person, assaulting someone,
# raiding a house, not.
TAKING_GROUND = frozenset({"seize", "seizure", "assault", "storm", "raid"})
STORMING = frozenset({"assault", "storm"})
# What stands for the ground taken: `seized control of the airport`, `swathes of the country`.
PORTIONS = frozenset({"control", "part", "much", "most", "half", "rest", "chunk", "stretch"})
# What people march `in` when they march for someone: `in support of`, `in solidarity with`.
BACKING = frozenset({"support", "favour", "favor", "solidarity", "praise", "defence", "defense"})
# What a source asks of the reporter about its own name: `asked not to be named`.
NAMING = frozenset({"name", "identify", "use", "give", "publish", "quote", "disclose", "reveal"})
ANONYMITY = frozenset({"anonymity", "surname", "identity", "anonymous"})
# An event's summary quotes at most this many words of its clause.
SUMMARY_WORDS = 18
# What hangs on a clause as a clause of its own, left out of the words that tell an act.
SUMMARY_CUT = frozenset({"advcl", "relcl", "parataxis", "appos", "mark", "dep", "meta"})
# What makes an agreement one to act: `agreed that inspectors would return`.
PROMISING = frozenset({"will", "would", "shall", "could", "can", "may", "might", "'ll", "wo"})
GRIEVANCES = frozenset({"PROTEST", "DISAPPROVE", "REJECT", "MOBILIZE"})
# Verbs by which an act is done as a deed: `carried out the attack`.
PERPETRATING = frozenset({"carry", "perpetrate", "commit"})
# What one state cuts off from another besides acts and aid: `severed ties`.
TIES = frozenset({"tie", "relation", "contact", "link", "cooperation", "import", "export", "trade"})
# Measures a body imposes by approving them (`approved sanctions`, `passed the ban`).
MEASURES: frozenset[EventType] = frozenset({"SANCTION", "COERCE"})
MATERIAL_CONFLICT = frozenset({"FIGHT", "ASSAULT", "COERCE"})
# What is done against a kind of act, not one act: `combat smuggling`, `prevent attacks`.
COUNTERING = frozenset(
    {"combat", "counter", "prevent", "interdict", "curb", "tackle", "deter", "stop", "fight",
     "stamp", "crack", "eradicate", "reduce", "discourage", "punish"}
)  # fmt: skip
# What one party breaks of what it owes another (laws and rules are not among them).
PACTS = frozenset(
    {"treaty", "accord", "agreement", "pact", "deal", "truce", "ceasefire", "armistice",
     "resolution", "convention", "charter", "protocol", "commitment", "pledge", "promise",
     "sovereignty", "airspace", "embargo", "sanction", "mandate", "obligation"}
)  # fmt: skip
# Words for a part of something: what is broken is what it is part of.
PARTS = frozenset({"term", "spirit", "letter", "provision", "condition", "clause", "article"})
# Whom a reporter asks for comment: consulting them is sourcing a story, not talks.
COMMENTATORS = frozenset(
    {"analyst", "economist", "strategist", "trader", "pollster", "commentator", "pundit",
     "forecaster", "dealer", "broker"}
)  # fmt: skip
# What a question seeks: `demanded to know why`, `asked to find out who`.
KNOWING = frozenset({"know", "learn", "find", "understand"})
LEARNING = frozenset({"learn", "train", "teach", "practise", "practice"})
ONWARD = frozenset({"ahead", "on", "forward"})  # `press ahead`, `push on`: carry on
RANGES = frozenset({"to", "-", "–", "and", "or"})  # `20,000 to 28,500 barrels`
# Where something is said, not what is said: `insisted on state television that ...`.
MEDIA = frozenset(
    {"television", "tv", "radio", "air", "camera", "channel", "network", "website", "site",
     "twitter", "facebook", "blog", "programme", "program", "phone", "telephone"}
)  # fmt: skip
# Entities that are bought or counted, not people: `ordered [60,000 gallons] of Dispersit`.
GOODS = frozenset({"QUANTITY", "PRODUCT"})
# Verbs of speaking to a gathering, beside the cue verbs: `addressed a rally`.
SPEAKING = frozenset({"address", "speak"})
# A rally for a campaign, an election or a government is not a protest.
NOT_PROTESTS = frozenset({"campaign", "election", "electoral", "pro-government", "victory"})
RELATIVE_WORDS = frozenset({"before", "after", "earlier", "later", "ago"})
# What puts a dated clause ahead of its report: `will vote on Monday`, `is due to vote ...`.
FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo"})
SCHEDULED = frozenset({"due", "set", "schedule", "scheduled", "expect", "expected", "plan"})
PRESENT_BE = frozenset({"is", "are", "'s", "'re", "am"})


# Gatherings one does things at: `at the Consumer Electronics Show`.
GATHERINGS = frozenset(
    {"show", "fair", "expo", "exhibition", "conference", "convention", "festival", "forum",
     "summit", "congress", "symposium", "seminar", "ceremony"}
)  # fmt: skip
# What may come of something: `the future of P2P`, `its prospects`.
FORESIGHT = frozenset({"future", "prospect", "outlook", "potential"})
# Those who sit in judgement: what they agree that shall be, they rule.
BENCH = frozenset({"court", "judge", "justice", "magistrate", "tribunal", "jury", "panel"})
# Figures for many voices raised: `a storm of protests`, `a chorus of protest`.
OUTCRIES = frozenset({"storm", "chorus", "howl", "barrage", "torrent", "outpouring", "flurry"})
# Verbs that do what an event noun names: `held talks`, `reached a deal`, `voiced support`.
LIGHT_VERBS = frozenset(
    {"hold", "have", "sign", "reach", "strike", "make", "issue", "give", "offer", "extend",
     "express", "voice", "announce", "launch", "open", "begin", "start", "conduct", "carry",
     "stage", "complete", "conclude", "seal", "broker", "lodge", "file", "deliver", "send",
     "impose", "lift", "accept", "reject", "agree", "approve", "adopt", "ratify", "propose",
     "demand", "request", "host", "join", "attend", "convene", "call", "resume", "renew",
     "pledge", "promise", "receive", "win", "secure", "finalise", "finalize", "end", "suspend",
     "refuse", "decline", "mount", "order", "grant", "provide", "seek", "welcome", "hail",
     "condemn", "criticise", "criticize", "enter", "go", "engage", "participate", "arrange",
     "organise", "organize", "break", "halt", "confirm", "threaten", "vow", "reiterate",
     "repeat", "speed", "accelerate", "delay", "postpone", "step", "intensify", "escalate",
     "pursue", "plan", "prepare", "schedule", "oppose", "block", "veto", "back", "support",
     "wage"}
)  # fmt: skip
# Words whose subject takes part in, or sets itself against, the act after them: `arrived
# for talks`, `remained on alert`, `opposed to mediation`.
JOINING = TAKING_PART | FRAMING | {"opposed", "committed", "ready", "willing"}
# Verbs that say an act happened: `talks began`, `the meeting took place`.
HAPPENING = frozenset(
    {"take", "begin", "start", "end", "open", "resume", "continue", "collapse", "break",
     "conclude", "stall", "fail", "succeed", "proceed", "happen", "occur", "follow"}
)  # fmt: skip
# What one declines to do when one declines to speak: `refused to discuss the reports`.
UNSPOKEN = frozenset(
    {"comment", "discuss", "elaborate", "disclose", "reveal", "confirm", "answer", "speculate",
     "name", "identify", "specify", "detail"}
)  # fmt: skip
# Fighting words that, between people in public life, are a quarrel: `clashed with ministers`.
QUARRELS = frozenset(
    {"clash", "battle", "fight", "spar", "skirmish", "lock", "attack", "offensive", "fire",
     "pound"}
)  # fmt: skip
# Inquiries in which a body questions whoever comes before it, and the verbs by which a body
# holds one: `the committee held a hearing`; not `McKay attended a hearing`.
HEARINGS = frozenset({"hearing", "inquest"})
HOLDING = frozenset(
    {"hold", "convene", "open", "conduct", "chair", "schedule", "call", "host", "launch",
     "begin", "start", "plan", "announce", "adjourn", "postpone", "cancel"}
)  # fmt: skip
# Verbs that put a deal or talks on the table: the proposer offers them.
OFFERING = frozenset({"propose", "suggest", "table"})
# Nouns for an act put forward by its own doer, which offer it: `a proposal to withdraw`.
PROPOSING = frozenset({"proposal", "offer"})
# Verbs by which a country falls into a state: `descend into civil war`.
LAPSING = frozenset({"descend", "slide", "plunge", "fall", "spiral", "sink", "lapse", "slip"})
# Words for how many people, alone after a blow: `injured [another 15]`, `[scores] more`.
PEOPLE_COUNTED = COUNTS | GROUP_COUNTS
# Goods that flow: refusing or blocking them is no refusal of anyone unless given to someone.
COMMODITIES = frozenset({"oil", "gas", "fuel", "electricity", "power", "water"})
# Whom a hunt is for when it is an inquiry: someone wanted for an act.
SUSPECTS = frozenset(
    {"suspect", "gunman", "bomber", "attacker", "assailant", "killer", "murderer", "kidnapper",
     "abductor", "perpetrator", "fugitive", "escapee", "culprit", "shooter", "robber"}
)  # fmt: skip
SUSPECTED = frozenset({"believe", "suspect", "want", "accuse", "responsible", "think"})
# What an attack is when it is decided on, ordered or authorised: force, not words.
DECIDING = COMMANDING | {
    "decide", "decision", "authorise", "authorize", "authorisation", "authorization", "approve",
    "approval",
}  # fmt: skip
# What makes an attack or a battle one of words: `political attacks`, `a verbal assault`.
SPOKEN_FORCE = frozenset(
    {"political", "verbal", "rhetorical", "personal", "partisan", "legal", "public", "media"}
)
ACTED_ON_PREPS = frozenset({"with", "to", "on", "upon", "against", "at", "into"})
# Words that commit to an act still to come: what they report is intended.
COMMITTING = frozenset(
    {"promise", "pledge", "offer", "vow", "commit", "guarantee", "undertake", "threaten"}
)
# Acts that undo, break or refuse another: what they act on is no new act.
UNDOING: frozenset[EventType] = frozenset({"CONCEDE", "RETREAT", "REJECT", "SANCTION"})
# Words for a share of a public a poll measures: `a majority of`, `half of`, `60 percent`.
SHARES = frozenset(
    {"majority", "minority", "plurality", "half", "third", "quarter", "fifth", "most", "more",
     "fewer", "percent", "%", "two-thirds", "three-quarters"}
)  # fmt: skip
QUANTIFYING = frozenset({"amod", "det", "compound"})  # `most voters`, as the parser hangs it
# What an illness strikes: `a heart attack`, `a panic attack` (diseases are disease_nouns).
BOUTS = frozenset({"heart", "panic", "asthma", "anxiety", "epileptic", "seizure"})
# People in public life by trade: their attacks are words (the titles are role words).
POLITICIANS = frozenset({"politician", "campaigner", "critic", "opponent"})
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# How far back a definite mention of an act looks for the act it takes up, in sentences.
RECALLED_SENTENCES = 3
GENERAL_DETERMINERS = frozenset({"all", "any", "every", "each", "no", "some", "such", "what"})
FIRST_PERSON = frozenset({"i", "me", "my", "myself", "we", "us", "our", "ourselves"})
# What an event's confidence rests on (docs/events.md; weights in data/confidence.yaml).
EVIDENCE = (
    "verb", "material-conflict", "verbal-conflict", "material-cooperation", "doer-named",
    "doer-described", "doer-inferred", "doer-person", "target-named", "target-described",
    "sense-checked", "phrase", "reframed", "intended", "hypothetical", "generic", "negated",
    "lead", "doer-far", "doers-several",
)  # fmt: skip
# Beyond this many characters (about ten words) from its act, a doer is less often the one
# who did it: judged on news, 86% of doers within 20 characters were right, 72% of those 60 to
# 150 away, and a quarter of those further.
FAR = 60
# The last signal of every event names its lexicon entry: `entry:attack`, `entry:call for`.
ENTRY = "entry:"


# An event as told once in a sentence: where, its type, its actors, its targets and whether
# it is denied (`did not attack the town but seized the port` tells two acts).
# sentence, type, actors, targets, negated, and the verb of a second act told alike
EventKey = tuple[int, EventType, str, str, bool, str]


def extract_events(doc: Doc, source: Source, index: ActorIndex, lexicon: Lexicon) -> list[Event]:
    published = dt.date.fromisoformat(source.published) if source.published else None
    finder = SideFinder(index, lexicon)
    # `support against the United States`: in a cooperative act, who it is against is not
    # whom it is for.
    helper = SideFinder(index, lexicon, TARGET_PREPS - {"against"})
    # `withdrew from Panama`: whom a retreat concerns is where it is from.
    retreat = SideFinder(index, lexicon, TARGET_PREPS | {"from"})
    events: dict[EventKey, Event] = {}
    told_by_verb: set[EventKey] = set()
    verb_of: dict[EventKey, str] = {}  # the lemma of the verb that told each act
    told_at: dict[int, EventKey] = {}  # a trigger's token -> its event's key
    refused_in: dict[int, EventKey] = {}  # a refusing verb -> the refusal it frames
    recalled: set[str] = set()  # acts named again by a noun, with the sides told before
    opinion = _writer_speaks(doc, source, index)
    armed = any(t.lemma_.lower() in lexicon.arms_nouns for t in words_of(doc))
    for token in words_of(doc):
        # What a quote says happened is the speaker's claim: it is a statement, not an event.
        if not in_body(source, token) or index.quoted(token.idx):
            continue
        paragraph = source.paragraph_at(token.idx)
        if paragraph is None or paragraph.start in opinion:
            continue
        trigger = find_trigger(token, lexicon)
        if trigger is None or _describes_a_thing(token) or _shouted(token.sent):
            continue
        if _run_together(token.sent):
            continue
        trigger = _in_words(token, trigger, lexicon)
        verbal = token.pos_ in ("VERB", "AUX")
        if verbal and _as_what_it_is_seen(token):
            continue  # `would come across as complaining`, `seen as backing Clinton`
        if verbal and _beaten_in_a_contest(token):
            continue  # `Citigroup beat Standard Chartered to buy Koram`, `beats the iPod`
        if verbal and _shot_up(token):
            continue  # `Doom 3 shot straight to the top of the charts`: a rise, no shot
        if verbal and _seized_on(token):
            continue  # `Politifact seized on Trump's claim`: took it up, seized no one
        if verbal and _ones_standing(token):
            continue  # `hurting Democrats' standing with voters`: a status, no stand taken
        if verbal and _stray_base_form(token):
            continue  # `firms driving down prices and demand dipping`: a noun read as a verb
        if not verbal and _object_of_its_telling(token, trigger, lexicon):
            continue  # `fought a bloody battle`: the verb tells the act, with its doer
        sides_of, sides = _read_sides(token, trigger, (finder, helper, retreat))
        bare = bare_trigger(token, trigger, lexicon)
        if bare is not None and not _in_sense(token, trigger, sides, finder, lexicon):
            trigger = bare
            sides_of, sides = _read_sides(token, trigger, (finder, helper, retreat))
        if trigger.type == "CRIME" and not verbal and not sides.actors:
            sides = replace(sides, actors=_accused(token, finder, lexicon))
        if not verbal and _effort_failed(token, lexicon):
            continue  # `efforts to enact a climate treaty fell apart`: no treaty came of it
        if not verbal and (_undone(token, lexicon) or _countered(token) or _ended(token, lexicon)):
            continue  # `the embargo is likely to be lifted`: the act told is the lifting
        told = verbal or _noun_told(token, sides)
        if not told and (trigger.type not in UNSEEN_DOER or not (sides or _particular(token))):
            continue  # `types of murder`, `terror attacks` in general: no act told
        under = put_under(token) if not verbal else None
        if under is not None and (_blamed_for(token) or _blamed_for(under)):
            trigger = Trigger("DISAPPROVE", trigger.entry, None)  # `under attack for ...`
        if not verbal and trigger.type in ("COERCE", "ASSAULT"):
            sides = _undergone(token, sides, finder)
        if not verbal and trigger.type == "PROTEST":
            sides = _protested_in(token, sides, index)
        if not verbal and token.lemma_.lower() in HEARINGS:
            sides = _heard_at(token, sides, finder)
        done_to = ordered_done(token, lexicon) if verbal else None
        if done_to is not None:
            # `ordered two journalists expelled`: the one who orders it expels them
            orderer = order_over(token) or token.head
            sides = Sides(tuple(finder.subjects(orderer)), tuple(finder.phrase(done_to)))
        elif not _in_sense(token, trigger, sides, finder, lexicon):
            continue
        if token.lemma_.lower() in UNACCUSATIVE and not any(
            c.dep_ == "dobj" for c in token.children
        ):
            sides = Sides((), sides.targets)  # `the bomb exploded`, `it went off`: no doer said
        frame = frame_of(token, lexicon)
        if _spoken_of(frame, lexicon) or frame.kind == "reproach":
            continue  # `King should have consulted the mayors`: a reproach, no act
        if frame.kind == "intent" and _wished_force(trigger.type, frame):
            # `Clarke wants house arrest for suspects`: force wished for is proposed, not
            # threatened (a threat is promised: `vowed to strike`)
            frame = replace(frame, modality="hypothetical", kind=None)
        if frame.kind == "intent" and any(c.dep_ == "auxpass" for c in token.children):
            # `the decisions would be reviewed by a judge`: the judge promises nothing
            frame = replace(frame, kind=None)
        kind = in_battle(token, _plover_type(trigger.type, frame), lexicon)
        kind = _joint(token, kind, sides)
        kind, sides = _terror(token, kind, sides, index, lexicon)
        if kind == "CONCEDE" and _handed_over(token, finder, lexicon):
            kind = "AID"  # `released drug stockpiles to developing countries`
        if kind == "AGREE" and _ruled(token):
            continue  # `a Dallas court agreed that lawyers would be allowed access`: a ruling
        if kind == "AGREE" and _enacted(token):
            continue  # `signed the funding bill into law`: a law of one's own, with no one
        if kind in VIOLENCE | {"REJECT"} and _online(token, lexicon):
            continue  # `denial of service attacks`, `the worm attacked PCs`: no armed force
        if kind == "PROTEST" and not verbal and _an_outcry(token):
            kind = "DISAPPROVE"  # `touched off a storm of protests`: words, not marches
        if kind == "PROTEST" and (_lodged(token) or _protested_to(token)):
            # `sent a firm protest to the Libyan government`, `protested to his supervisor`:
            # a complaint made to someone, not a demonstration
            kind = "DISAPPROVE"
        if kind == "RETREAT" and _an_engagement_left(token):
            continue  # `Hayward pulled out of an appearance`: a diary changed, no side yielded
        if (
            kind == "DEMAND"
            and token.lemma_.lower() in OFFERING
            and _offers_cooperation(token, lexicon)
        ):
            # `Italy proposed a deal including a ceasefire`, `proposed talks with the rebels`:
            # a cooperation offered (PLOVER's AGREE), not asked of anyone
            kind, frame = "AGREE", Frame("intended", "intent", token.text, token)
        if token.lemma_.lower() == "summon" and not _an_envoy(_acted_on_word(token)):
            kind = "DEMAND"  # `lawmakers summoned BP executives to a hearing`: told to come
        backed = _campaigned_for(token, finder) if kind == "DEMAND" else None
        if backed is not None:
            # `Christie has campaigned heavily for Donald Trump`: backing him
            kind, sides = "SUPPORT", replace(sides, targets=tuple(finder.phrase(backed)))
        if kind == "SUPPORT" and token.lemma_.lower() == "encourage" and _asks_to(token):
            kind = "DEMAND"  # `encouraged NATO members to help the rebels`: urged them
        if verbal and _orders_an_act(token, lexicon):
            continue  # `ordered the arrest of Lopez`: the arrest tells the act, with its doer
        kept = _ordered_kept(token) if verbal and kind == "DEMAND" else None
        if kept is not None:
            # `ordered Matanov held until trial`: whoever orders it detains him
            kind, sides = "COERCE", Sides(sides.actors, tuple(finder.phrase(kept)))
        if token.lemma_.lower() in lexicon.stance_verbs and _names_its_noun(token):
            # `forces supporting Gaddafi`, `the coalition opposing him`: whose side, which a
            # participle after people names; not an act a participle can tell as well (`the
            # only country blocking the deal`)
            continue
        if kind in ("SUPPORT", "AID") and _reflexive(_acted_on_word(token)):
            continue  # `capable of supporting themselves`, `to defend itself`: one's own keep
        if (
            kind == "COERCE"
            and verbal
            and token.lemma_.lower() == "ban"
            and sides.targets
            and _trade_banned(token, lexicon)
        ):
            kind = "SANCTION"  # `banning pork from U.S. states`: their trade cut off
        if kind == "SUPPORT" and _merchandise(_acted_on_word(token), lexicon):
            continue  # `whose products are endorsed by Tiger Woods`: an advertisement
        if token.lemma_.lower() in EVACUATING and _its_own_people(_acted_on_word(token)):
            continue  # `Marathon evacuated all expatriate employees`: no aid to anyone else
        if kind == "CONSULT" and _an_interview(token, sides, lexicon):
            continue  # `CNN's Zain Verjee speaks with the prime minister`: the press asks
        if trigger.type == "CONSULT" and not verbal and _own_sitting(token, sides, index, lexicon):
            continue  # `attends the G7 meeting`, `the Fed starts a meeting`: a body sits alone
        if trigger.type == "INVESTIGATE" and not verbal and _questions_received(token):
            continue  # `Brazil is receiving inquiries from companies`: questions, no probe
        if kind == "PROTEST" and verbal and _chants_praise(token, lexicon):
            kind = "SUPPORT"  # `children chanting the praises of Gaddafi`: praise, no protest
        guest = _welcomed_to(token, finder) if token.lemma_.lower() == "welcome" else None
        if kind == "SUPPORT" and guest is not None:
            # `Obama welcomed Gordon Brown to the White House`: a visit hosted
            kind, sides = "CONSULT", Sides(sides.actors, tuple(finder.phrase(guest)))
        if kind == "PROTEST" and _an_advance(token, lexicon):
            continue  # `pro-Gadhafi forces marched eastward`: an army on the move, no protest
        if kind == "PROTEST":
            kind, sides = _rallied_for(token, sides, finder)
        if kind in VIOLENCE and token.lemma_.lower() in CAPTURING and _taken(token, finder):
            # `captured Gaddafi's son`, `Jabr was captured alive`: a person seized, not a town
            # taken; one-sided force on a person reads as ASSAULT until the capture is seen
            kind = "COERCE"
        if kind in ("COERCE", "ASSAULT") and _ground_taken(token, lexicon):
            kind = "FIGHT"  # `rebels seized two towns`, `an assault on Tripoli`: war for ground
        if kind == "COERCE" and _taken_over(token):
            continue  # `moved to seize control of Amoco`: a takeover, no one coerced
        if kind == "COERCE" and _from_the_air(token, lexicon):
            kind = "FIGHT"  # `raids by NATO warplanes`: an air raid, not a police raid
        if kind == "FIGHT" and verbal and _stopped_work(token, lexicon):
            kind = "PROTEST"  # `the United Mine Workers struck the Coronado Coal Company`
        if not verbal and kind == "FIGHT" and _a_race(token):
            continue  # `opened his gubernatorial battle with Coleman`: a race, no quarrel
        if kind == "FIGHT" and _quarrel(token, sides, index, lexicon):
            kind = "DISAPPROVE"
        if kind == "PROTEST" and verbal and any(c.dep_ == "ccomp" for c in token.children):
            kind = "DISAPPROVE"  # `firms protested that the SEC was unfair`: said, not marched
        if kind == "DISAPPROVE" and verbal and _blow_by_arms(token, lexicon):
            kind = "FIGHT"  # `US warplanes blasted Gadhafi's ground forces`: no war of words
        if kind == "DISAPPROVE" and verbal and _crashed_into(token):
            continue  # `the Airbus A330 slammed into the sea`: a crash, no rebuke
        if (
            kind in GRIEVANCES
            and (not sides.targets or _addressed(token))
            and not _at_someone(token, finder)
        ):
            # `protested against violations by the police`, `complained to the UN over raids`
            against = sides_of.grievance(token) or (sides_of.places_of(token) if verbal else [])
            sides = Sides(sides.actors, tuple(against) or sides.targets)
        if kind == "DEMAND" and frame.kind == "demand":
            demanded = _demand_sides(token, sides, finder, lexicon)
            if demanded is not None and _by_law(token, lexicon):
                # `by law the council must establish procedures`: what a law requires, not
                # what the one who explains it asks
                demanded = None
            if demanded is not None and _a_thing_should(token, finder):
                # `pointing the finger at contractors should not exonerate BP`: what a thing
                # should do is a view of it, asked of no one
                demanded = None
            if demanded is None:
                # `He should resign`, said by no one the text names: the writer's view of
                # an act that has not happened, not a demand anyone made.
                if trigger.type == "DEMAND":
                    continue
                kind, frame = trigger.type, Frame("hypothetical", None, frame.word)
            else:
                sides = demanded
        doers = {p.name for p in sides.actors}
        # `Syria's denials that it was implicated`: nobody does an act to themselves here.
        sides = replace(sides, targets=tuple(p for p in sides.targets if p.name not in doers))
        forceful = {kind, trigger.type} & (VIOLENCE | {"MOBILIZE"})  # `plans to fight flu` too
        if forceful and _at_a_disease(token, lexicon):
            continue  # `fighting the flu virus`, `the battle against the virus`: a figure
        if token.dep_ == "dobj" and token.head.lemma_.lower() in lexicon.losing_verbs:
            continue  # `has lost the backing of his supporters`: what was given is no more
        if kind == "DISAPPROVE" and _of_an_ailment(token, lexicon):
            continue  # `workers complained of flu-like symptoms`: an ailment, not a grievance
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in LEARNING:
            continue  # `learning to shoot a rocket-propelled grenade`: a skill, not an act
        if verbal and _a_poll_finding(token):
            continue  # `over half of Democrats approve of the handling`: a view measured
        if kind == "SUPPORT" and _economic(token, lexicon):
            continue  # `tourist spending supports 400,000 jobs`: no one is backed
        if not verbal and _market_demand(token, lexicon):
            continue  # `the world's demand for oil`: a market's, asked of no one
        if not verbal and kind in VIOLENCE and _a_bout(token, lexicon):
            continue  # `a heart attack`, `a panic attack`: the body's, no one's
        if {kind, trigger.type} & VIOLENCE and _at_animals(token, lexicon):
            continue  # `the killing of the turtles`, `shooting foxes`: no political violence
        if verbal and kind in VIOLENCE | {"DISAPPROVE"} and _in_play(token, lexicon):
            continue  # `slammed a homer`, `blasted Hyde's pitch`, `shot five under par`: a game
        if kind in VIOLENCE and not sides.actors and _by_accident(token):
            continue  # `the device detonated accidentally`, `two accidental explosions`
        # whoever a blast or a crash is said of did not make it: `the Buncefield explosion`,
        # `the blowout of BP's well killed 11`
        mishap = _a_mishap(token, lexicon)
        if kind in VIOLENCE and (mishap or not sides.actors) and _unmeant(token, armed, lexicon):
            continue  # `the explosion on the rig killed 11`, `the battle to contain the spill`
        if kind in VIOLENCE and not armed and _for_an_aim(token, finder):
            continue  # `his company's battle to contain the spill`, where no arms are named
        if kind == "SANCTION" and not sides.targets and not _cuts_a_tie(token, lexicon):
            continue  # `cut off the flow of oil`, `suspended its dividend`: nobody is punished
        mention = _act_mentioned(token, kind, lexicon)
        taken_up = False
        again = mention is not None and _told_again(mention)
        if mention is not None and again and not sides.actors:
            sides, taken_up = _told_before(mention, kind, sides, list(events.values())), True
        if mention is token and again:
            # `the bombing ... the attack`: a bare mention is the act it takes up
            kind = _kind_told_before(token, kind, list(events.values()))
        if not _has_doer(token, kind, sides, finder, lexicon):
            continue
        evidence = _evidence(source, index, token, trigger, kind, sides, frame)
        event = _event(source, index, lexicon, token, kind, sides, frame, published, evidence)
        key = (
            event.sentence.start,
            kind,
            _names(sides.actors),
            _names(sides.targets),
            event.negated,
            "",
        )
        if verbal and verb_of.get(key, token.lemma_) != token.lemma_:
            # `killed 23 soldiers and injured another 15`: two verbs tell two acts
            key = (*key[:5], token.lemma_)
        # One act told twice in a sentence is one event, told by its verb where there is one.
        if key not in events or (verbal and key not in told_by_verb):
            events[key] = event
            told_at[token.i] = key
            if taken_up and not verbal:
                recalled.add(event.id)
        if verbal:
            told_by_verb.add(key)
            verb_of.setdefault(key, token.lemma_)
        if kind == "REJECT" and frame.kind == "refusal" and frame.governor is not None:
            refused_in[frame.governor.i] = key  # `refused to meet the envoy`: one refusal
    for governor, refusal in refused_in.items():
        said = told_at.get(governor)
        if said is None or said == refusal or said[1] != "REJECT" or said[2] != refusal[2]:
            continue
        # told by the refusing verb, unless only the refused act says whom it concerns
        events.pop(refusal if said[3] == refusal[3] or not refusal[3] else said, None)
    named = {e.id for key, e in events.items() if key not in told_by_verb}
    return _doers_told_elsewhere(_one_act_told_twice(list(events.values()), named, recalled))


def _doers_told_elsewhere(events: list[Event]) -> list[Event]:
    """`The rebel army captured the SAS unit ... The unit had been captured during a secret
    mission`: an act told without its doer, where the article tells the same kind of act done
    to the same side by one doer, is that act; its doer is borrowed and marked inferred."""
    told = [e for e in events if e.actors and not e.negated and e.modality == "realised"]
    found = []
    for event in events:
        same = [
            other
            for other in told
            if _act_family(other.type) == _act_family(event.type)
            # `was arrested ... was sentenced by a court`: a court sentences, police arrest;
            # the steps of the law are taken by different hands, so only the same word tells
            # the same step
            and (event.type != "COERCE" or _entry(other) == _entry(event))
            and any(_one_side(p, q) for p in event.targets for q in other.targets)
        ]
        doers = {tuple(sorted(p.name for p in other.actors)) for other in same}
        if event.actors or len(doers) != 1:
            found.append(event)
            continue
        held = _with_signal(event.evidence, "doer-inferred")
        kind, actors = same[0].type, same[0].actors
        found.append(
            replace(
                event,
                type=kind,
                actors=actors,
                evidence=held,
                confidence=confidence_of(held, kind),
            )
        )
    return found


def _entry(event: Event) -> str | None:
    """The lexicon entry an event's trigger matched, from its evidence."""
    return next((e for e in event.evidence if e.startswith(ENTRY)), None)


def _one_side(one: Participant, other: Participant) -> bool:
    """`the SAS unit` and `a British SAS unit`: one side named twice, the same or with more
    words the second time; not `a man` and `a man`, nor `two men` and `two men`, who may be
    anyone."""
    if one.id is not None or other.id is not None:
        return one.id == other.id
    a, b = one.name.lower().split(), other.name.lower().split()
    if min(len(a), len(b)) < 2 or any(w[0].isdigit() or w in COUNTS for w in (a[0], b[0])):
        return False
    return a[-1] == b[-1] and (set(a) <= set(b) or set(b) <= set(a))


def _told_again(noun: Token) -> bool:
    """`the attack`, `this fighting`: a definite mention of an act with no words of its own
    names one the reader already knows, usually from the sentences just before. Words of its
    own (`Saturday's attack`, `the van-and-knife attack`, `the attack in London`) may single
    out another."""
    words = [c for c in noun.children if c.dep_ != "punct"]
    return len(words) == 1 and words[0].dep_ == "det" and words[0].lower_ in DEFINITE_DETERMINERS


def _act_mentioned(token: Token, kind: EventType, lexicon: Lexicon) -> Token | None:
    """The noun that names the act: the trigger itself, or for a blow the act that is its
    subject (`the attack killed ten`)."""
    if token.pos_ not in ("VERB", "AUX"):
        return token
    if kind not in VIOLENCE:
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and event_type(subject, lexicon) in VIOLENCE else None


def _told_before(noun: Token, kind: EventType, sides: Sides, told: list[Event]) -> Sides:
    """The sides of the act a definite mention takes up: the nearest act of the same kind
    told in the sentences just before (`Gaddafi's forces shelled Misrata ... The attack
    killed ten`), or further back the doer of every act of that kind before, where they are
    one. Where the act taken up names no doer, neither does its mention."""
    earliest = noun.sent
    for _ in range(RECALLED_SENTENCES):
        if earliest.start == 0:
            break
        earliest = noun.doc[earliest.start - 1].sent
    since = earliest.start_char
    earlier = _acts_told_before(noun, kind, told)
    before = [e for e in earlier if since <= e.trigger.start]
    if not before:
        # further back, only an act the whole article gives one doer: `Gaddafi's forces
        # shelled Gadamis ... It was not clear if the attack targeted the old town`
        doers = {tuple(sorted(p.name for p in e.actors)) for e in earlier if e.actors}
        if len(doers) != 1:
            return sides
        before = [e for e in earlier if e.actors]
        return Sides(before[-1].actors, sides.targets, borrowed=True)
    nearest = max(before, key=lambda e: e.trigger.start)
    if not nearest.actors:
        return sides
    return Sides(nearest.actors, sides.targets or nearest.targets, borrowed=True)


def _kind_told_before(noun: Token, kind: EventType, told: list[Event]) -> EventType:
    """The type of the act of the same family told last before a definite mention: `the
    Cafeteria Rolando bombing ... the attack` is the bombing, an assault, not a battle."""
    earlier = _acts_told_before(noun, kind, told)
    return max(earlier, key=lambda e: e.trigger.start).type if earlier else kind


def _acts_told_before(noun: Token, kind: EventType, told: list[Event]) -> list[Event]:
    """The acts of the family a mention can take up, told before it."""
    family = _act_family(kind)
    return [e for e in told if e.trigger.start < noun.idx and _act_family(e.type) == family]


def _ordered_kept(order: Token) -> Token | None:
    """Whom an order has held: `ordered [Matanov] held until trial`, `ordered [them] kept in
    custody` (a bare participle, no `that`, no `be`)."""
    if order.lemma_.lower() not in COMMANDING:
        return None
    for clause in order.children:
        bare = clause.tag_ in ("VBN", "VBD") and not any(
            c.dep_ in ("aux", "auxpass", "mark") for c in clause.children
        )
        if clause.dep_ in ("ccomp", "oprd", "xcomp") and bare and clause.lemma_ in KEEPING:
            held = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return held or next((c for c in order.children if c.dep_ == "dobj"), None)
    return None


def _orders_an_act(verb: Token, lexicon: Lexicon) -> bool:
    """Whether what a verb orders is an act of power (`ordered the arrest of Lopez`, `ordered
    the prisoners released`), which tells the act instead of the order."""
    ordered = [*verb.children, *(g for c in verb.children if c.dep_ == "dobj" for g in c.children)]
    return any(
        ordered_act(word, lexicon) or ordered_done(word, lexicon) is not None for word in ordered
    )


def _object_of_its_telling(noun: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """`fought a battle`, `protested a protest`: a noun that is the object of a verb telling
    an act of its own family names that act, not another; so does one in the `in` phrase of
    such a verb (`in a rare criticism of the committee by one of its members, Corker
    complained`)."""
    if noun.dep_ == "dobj":
        teller = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.dep_ == "prep":
        teller = noun.head.head
    else:
        return False
    if teller.pos_ not in ("VERB", "AUX"):
        return False
    told = find_trigger(teller, lexicon)
    return told is not None and _act_family(told.type) == _act_family(trigger.type)


def _act_family(kind: EventType) -> str:
    """Acts one mention can take up: `the fighting` after `shelled`, `the protest` after
    `marched`; other kinds only by their own kind."""
    return "violence" if kind in VIOLENCE else kind


def _in_words(token: Token, trigger: Trigger, lexicon: Lexicon) -> Trigger:
    """`attacked Clarke's proposals`, `fought the plan`: force cannot be used on a plan, a
    document or a claim; an attack on one is criticism (PLOVER's DISAPPROVE)."""
    if trigger.type != "FIGHT" or token.lemma_.lower() not in QUARRELS:
        return trigger
    if any(c.dep_ == "amod" and c.lemma_.lower() in SPOKEN_FORCE for c in token.children):
        return Trigger("DISAPPROVE", trigger.entry, None)  # `mounting political attacks on BP`
    if token.pos_ in ("VERB", "AUX"):
        attacked = [c for c in token.children if c.dep_ == "dobj"]
    else:  # `his attack on the plans`
        attacked = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                    for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    words = lexicon.document_nouns | lexicon.claim_nouns | lexicon.message_nouns
    if not any(_antecedent(word).lemma_.lower() in words for word in attacked):
        return trigger
    return Trigger("DISAPPROVE", trigger.entry, None)


def _one_act_told_twice(events: list[Event], nouns: set[str], recalled: set[str]) -> list[Event]:
    """`a blast which injured several people`, `killed in an explosion`, `staged a strike in
    protest at the plans`: a violent act or a protest told with its sides and named again by
    a bare noun in the same sentence is one act. So is a noun whose sides were only taken up
    from an act told before (`recalled`)."""

    def family(event: Event) -> str | None:
        if event.type in VIOLENCE:
            return "violence"
        return "protest" if event.type == "PROTEST" else None

    told = {
        (e.sentence.start, family(e))
        for e in events
        if family(e) and (e.actors or e.targets) and e.id not in recalled
    }
    return [
        e
        for e in events
        if not (
            family(e) is not None
            and (e.id in recalled or (not e.actors and not e.targets))
            and (e.sentence.start, family(e)) in told
            and e.id in nouns
        )
    ]


def _accused(crime: Token, finder: SideFinder, lexicon: Lexicon) -> tuple[Participant, ...]:
    """`the minister was arrested for fraud`, `charged with bribery`: whom the law acts on
    is who the crime is laid to."""
    if crime.dep_ != "pobj" or crime.head.lower_ not in ("for", "over", "with", "of"):
        return ()
    verb = crime.head.head
    if verb.lower_ == "suspicion" and verb.dep_ == "pobj":
        verb = verb.head.head  # `arrested on suspicion of fraud`
    found = find_trigger(verb, lexicon) if verb.pos_ in ("VERB", "AUX") else None
    if found is None or found.type != "COERCE":
        return ()
    return finder.verb_sides(verb).targets


def _read_sides(
    token: Token, trigger: Trigger, finders: tuple[SideFinder, SideFinder, SideFinder]
) -> tuple[SideFinder, Sides]:
    """The sides as the trigger's type reads them (see `extract_events`)."""
    finder, helper, retreat = finders
    sides_of = helper if trigger.type in COOPERATIVE else finder
    withdrawing = trigger.type == "RETREAT" or token.lemma_.lower() in WITHDRAWING
    sides_of = retreat if withdrawing else sides_of
    # A grievance's target is whom it is against before where it happened; a refusal or an
    # inquiry made in a state is not of that state (`a Nigerian court rejected her appeal`).
    places = trigger.type not in GRIEVANCES | {"REJECT", "INVESTIGATE"}
    if token.pos_ in ("VERB", "AUX"):
        return sides_of, sides_of.verb_sides(token, places)
    return sides_of, sides_of.noun_sides(token, places)


def _spoken_of(frame: Frame, lexicon: Lexicon) -> bool:
    """`urged Iran to release the prisoners`, `threatened to strike US bases`, `agreed to
    withdraw`: an act only asked for, threatened or agreed to is part of that event (PLOVER
    codes one), not an event of its own."""
    governor = frame.governor
    return (
        frame.modality == "hypothetical"
        and frame.word != "to"  # a purpose is what the act is for: `sent inspectors to monitor`
        and frame.kind != "allegation"  # `accused NATO of killing`: who is said to have done it
        and governor is not None
        and find_trigger(governor, lexicon) is not None
    )


def _writer_speaks(doc: Doc, source: Source, index: ActorIndex) -> set[int]:
    """Where the writer speaks as `I` or `we` outside quotes (a column, a reader's comment, a
    first-person account): what it says happened is the writer's view, not reported news.
    The starts of those paragraphs."""
    return {
        paragraph.start
        for token in words_of(doc)
        if token.lower_ in FIRST_PERSON and token.pos_ == "PRON" and not index.quoted(token.idx)
        and not _reported(token, index) and (paragraph := source.paragraph_at(token.idx))
    }  # fmt: skip


def _reported(word: Token, index: ActorIndex) -> bool:
    """`she said we would cooperate`: a speaker's words reported without quotes."""
    child = word
    for governor in word.ancestors:
        if governor.lemma_.lower() in index.speech_verbs and child.dep_ in ("ccomp", "xcomp"):
            return True
        child = governor
    return False


def _undone(noun: Token, lexicon: Lexicon) -> bool:
    """`lifted the embargo`, `violated the ceasefire`, `rejected the deal`, `suspended the
    treaty`: what is undone, broken, refused or cut off stood before; the act told is the
    undoing."""
    if noun.dep_ in ("dobj", "nsubjpass"):
        verbs = [noun.head]
    elif noun.dep_ == "nsubj":
        # `the embargo is likely to be lifted`: the subject raised from a passive below
        below = [w for w in noun.head.subtree if w.dep_ in ("xcomp", "acomp")]
        verbs = [w for w in below if any(c.dep_ == "auxpass" for c in w.children)]
    else:
        return False
    own = event_type(noun, lexicon)
    for verb in verbs:
        found = find_trigger(verb, lexicon)
        if found is not None and found.type in UNDOING and found.type != own:
            return True
    return False


def _ended(noun: Token, lexicon: Lexicon) -> bool:
    """`a plan to halt the civil war`, `efforts to end the fighting`: an act going on that
    someone stops or would stop; the act told is the stopping, not the war. So with a tie
    that ends or runs out (`its sponsorship agreement would end in 2006`)."""
    ending = noun.head.lemma_.lower() in ENDING | lexicon.expiring_verbs
    if noun.dep_ == "nsubj" and event_type(noun, lexicon) in COOPERATIVE:
        return ending
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in ENDING


def _effort_failed(noun: Token, lexicon: Lexicon) -> bool:
    """`efforts to enact a treaty fell apart`, `an attempt to broker a ceasefire failed`: what
    a failed effort was to bring about did not come."""
    verb = noun.head if noun.dep_ in ("dobj", "pobj") else None
    if verb is None or verb.dep_ != "acl" or not to_infinitive(verb):
        return False
    effort = verb.head
    if effort.lemma_.lower() not in EFFORTS or effort.dep_ != "nsubj":
        return False
    outcome = effort.head
    lemma = outcome.lemma_.lower()
    apart = lemma == "fall" and any(c.lower_ in ("apart", "through") for c in outcome.children)
    return apart or lemma in FAILING | ENDING | lexicon.expiring_verbs


def _blamed_for(word: Token) -> bool:
    """`came under attack [for sanctioning dispersants]`: a reason given is a grievance."""
    reasons = [g for c in word.children if c.dep_ == "prep" and c.lower_ == "for"
               for g in c.children]  # fmt: skip
    return any(
        g.dep_ == "pcomp" or g.tag_ == "VBG" or any(c.tag_ == "VBG" for c in g.children)
        for g in reasons
    )  # `for sanctioning dispersants`, parsed `for [sanctioning] use`


def _countered(noun: Token) -> bool:
    """`to interdict illicit smuggling in the border area`, `to prevent attacks`: a kind of
    act fought at large, not one act (`to prevent the attack` points at one)."""
    pointed = any(c.dep_ in ("det", "nummod", "poss") for c in noun.children)
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in COUNTERING and not pointed


def _particular(noun: Token) -> bool:
    """`a bombing`, `the attacks`, `two explosions`, `Saturday's attack`, `protests against
    the ban`, `a series of arson attacks`: acts the text points at, not a kind of act (`all
    types of murder`)."""
    if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in QUANTITIES:
        return _particular(noun.head.head)
    if any(c.dep_ == "det" and c.lower_ in GENERAL_DETERMINERS for c in noun.children):
        return False  # `any threat to the coast`, `every attack on civilians`: acts at large
    for child in noun.children:
        if child.dep_ in ("det", "nummod", "poss") and child.lower_ not in GENERAL_DETERMINERS:
            return True
        if child.dep_ in ("compound", "npadvmod") and child.ent_type_ in ("DATE", "GPE", "LOC"):
            return True
        if child.dep_ in ("prep", "acl", "relcl"):
            return True  # `demonstrations against the violations`, `the attack which killed`
    return False


def _undergone(noun: Token, sides: Sides, finder: SideFinder) -> Sides:
    """`the men's arrest`, `his murder`: whose an arrest or a killing is, when a person, is
    who underwent it. Not when the state owns it (`Iran's arrest of ...`) or the noun names
    who underwent it (`Gaddafi's crackdown on his own people`): then it is the owner's doing."""
    owners = {c.idx for c in noun.children if c.dep_ == "poss"}
    if any(finder.could_be_actor(word) for word in phrase_after(noun, "on", "against", "of")):
        return sides
    undergoing = tuple(
        p for p in sides.actors if p.start in owners and finder.index.type_of(p.name) != "state"
    )
    if not undergoing or len(undergoing) != len(sides.actors):
        return sides
    return replace(sides, actors=(), targets=(*sides.targets, *undergoing))


def _heard_at(hearing: Token, sides: Sides, finder: SideFinder) -> Sides:
    """`McKay is due to attend a hearing of the committee`, `offered few answers at a hearing
    at Parliament's committee`: who attends, appears or answers at a hearing is heard by it;
    it is held by the body it is of or at, or by whoever holds or calls it."""
    head = hearing.head
    governor = head.head if hearing.dep_ == "pobj" and head.dep_ == "prep" else head
    if governor.pos_ not in ("VERB", "AUX") or governor.lemma_.lower() in HOLDING:
        return sides
    holders = [
        p
        for c in hearing.children
        if c.dep_ == "prep" and c.lower_ in ("of", "at", "by", "before")
        for g in c.children
        if g.dep_ == "pobj"
        for p in finder.phrase(g)
    ]
    heard = finder.subjects(governor)
    return Sides(tuple(holders), tuple(heard) or sides.targets)


def _protested_in(noun: Token, sides: Sides, index: ActorIndex) -> Sides:
    """`Venezuela's protests`, `the Iran protests`: a state that owns a protest is where it
    happens; its people protest, not the state."""
    owners = {c.idx for c in noun.children if c.dep_ in ("poss", "compound")}
    actors = tuple(
        p for p in sides.actors if p.start not in owners or index.type_of(p.name) != "state"
    )
    return replace(sides, actors=actors)


def _noun_told(noun: Token, sides: Sides | None = None) -> bool:
    """Whether an event noun tells of an act rather than naming one in passing: it is what a
    verb does (`held talks`, `signed a deal`, `offered support`), what happens (`talks
    began`), or whose it is or with whom is said (`Russia's offer`, `condemnation by the UN`,
    `his meeting with Araqchi`, `the US attack on Iran`). `Labour support has been falling`
    and `the proposals` tell of none."""
    if sides is not None and sides.actors and sides.targets:
        return True
    head = noun.head
    if noun.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN"):
        return _noun_told(head)  # `launched artillery, mortar and rocket fire`
    if noun.dep_ in ("compound", "amod") and head.lemma_.lower() in EFFORTS:
        return _noun_told(head)  # `launched a mediation effort`
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return _noun_told(head.head)  # `launched ten days of war games`, `a round of talks`
    if noun.dep_ in ("dobj", "nsubjpass", "attr") and head.lemma_.lower() in LIGHT_VERBS:
        return True
    if noun.dep_ == "nsubj" and head.lemma_.lower() in HAPPENING:
        return True
    if noun.dep_ == "pobj" and head.head.lemma_.lower() in LIGHT_VERBS | HAPPENING | JOINING:
        return True  # `agreed on a ceasefire`, `arrived on a visit`, `opposed to mediation`
    return any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "with", "between"))
        for c in noun.children
    )


def _in_sense(
    token: Token, trigger: Trigger, sides: Sides, finder: SideFinder, lexicon: Lexicon
) -> bool:
    """Whether the word is used in its event sense here: its doer is someone (not `the Dow`,
    not `lightning`), and it has what its lexicon entry needs (see events.yaml)."""
    subject = _doer_word(token)
    if subject is not None and not _can_act(_antecedent(subject), finder, lexicon):
        return False  # `the North Sea, which killed 170`: the relative pronoun is its noun
    if token.dep_ == "acl" and _a_document(token.head, lexicon):
        return False  # `the law banning smoking`: a document does nothing
    if trigger.type in VIEWS and _states_a_view(token, trigger.type, lexicon):
        return False
    if trigger.type == "REJECT" and _declines_to_speak(token, lexicon):
        return False
    if trigger.type == "REJECT" and _refuses_a_view(token, lexicon):
        return False  # `refused to accept that opposition had turned audiences`: a view
    if trigger.type == "DEMAND" and (_unnamed(token) or _asks_a_question(token)):
        return False
    if trigger.type == "DEMAND" and trigger.entry.endswith(" for") and _for_someone(token):
        return False  # `was on the phone asking for him`: to speak to him, no act asked
    if trigger.type == "AGREE" and _enacts_a_measure(token, lexicon):
        return False
    if trigger.type == "CONCEDE" and _gone_back(token):
        return False  # `Hayward returned to the UK`: he went back and gave nothing back
    if trigger.type == "THREATEN" and _posed(token):
        return False  # `China and Russia pose the greatest threat`: a danger judged, not a threat
    if trigger.type == "CONSULT" and _polls_commentators(token):
        return False  # `analysts consulted by Reuters`: a reporter's sources, not talks
    if trigger.type == "CONSULT" and _acted_on_lemma(token) in lexicon.aim_nouns:
        return False  # `proposals to meet the Lisbon goals`: an aim reached, no one met
    if trigger.needs is None:
        return True
    return any(_has(need, token, sides, finder, lexicon) for need in trigger.needs.split("|"))


def _for_someone(verb: Token) -> bool:
    """`asking for him`, `called for Mr Karnes`: a person asked for, with no act of theirs
    (`called for Gaddafi to step down` asks an act of him)."""
    asked = phrase_after(verb, "for")
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    return bool(asked) and all(
        (w.lower_ in PERSON_PRONOUNS or w.ent_type_ == "PERSON")
        and not any(c.dep_ in ("acl", "relcl", "xcomp") for c in w.children)
        for w in asked
    )


def _acted_on_lemma(token: Token) -> str | None:
    acted_on = _acted_on_word(token)
    return acted_on.lemma_.lower() if acted_on is not None else None


def _gone_back(verb: Token) -> bool:
    return (
        verb.pos_ in ("VERB", "AUX")
        and verb.lemma_.lower() == "return"
        and not any(c.dep_ in ("dobj", "nsubjpass", "dative") for c in verb.children)
    )


def _posed(noun: Token) -> bool:
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ in ("dobj", "attr")
        and noun.head.lemma_.lower() in ("pose", "represent", "constitute")
    )


def _a_speakers_audience(gathering: Token, lexicon: Lexicon) -> bool:
    """`At a rally with energy workers, he said`, `Gaddafi told a rally in Tripoli`,
    `addressing a rally, she vowed`: one speaker's audience, a meeting of his own, not a
    protest; `at a rally in Tahrir Square, protesters said` is still the protesters'."""
    verb = gathering.head
    if gathering.dep_ == "pobj" and verb.lower_ in ("at", "to"):
        verb = verb.head
    elif gathering.dep_ != "dobj":
        return False
    lemma = verb.lemma_.lower()
    if lemma not in lexicon.cue_verbs and lemma not in SPEAKING:
        return False
    speakers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not speakers and verb.dep_ == "advcl":
        speakers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(s.tag_ in ("NN", "NNP") or s.lower_ in ("he", "she") for s in speakers)


def _polls_commentators(token: Token) -> bool:
    """`analysts consulted by Reuters`, `economists polled`: those asked for comment."""
    asked = _acted_on_word(token)
    return asked is not None and asked.lemma_.lower() in COMMENTATORS


def _enacts_a_measure(verb: Token, lexicon: Lexicon) -> bool:
    """`the EU approved sanctions against Iran`, `MPs passed the ban`: approving a sanction
    or a ban is imposing it; the act is the measure's (its noun's event), not an agreement."""
    if verb.lemma_.lower() not in ENACTING:
        return False
    return any(c.dep_ == "dobj" and event_type(c, lexicon) in MEASURES for c in verb.children)


def _a_document(noun: Token, lexicon: Lexicon) -> bool:
    """A law, a plan or a treaty acts for no one; a letter or a statement is its sender's
    message (`a letter from Khamenei asking for support` is Khamenei's request)."""
    lemma = noun.lemma_.lower()
    return lemma in lexicon.document_nouns and lemma not in lexicon.message_nouns


def _states_a_view(token: Token, kind: EventType, lexicon: Lexicon) -> bool:
    """`agreed it was of concern`, `insisted his plans were affordable`, `accepted that`,
    `denied he had lied`, `rejected such claims`: a view of a fact, not an act. What is
    agreed to or insisted on as something to be done is still one (`agreed that inspectors
    would return`, `insisted that Iran must withdraw`)."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    objects = [_antecedent(c) for c in token.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in lexicon.claim_nouns for o in objects):
        return True
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    subjects = ("nsubj", "nsubjpass", "expl", "csubj")  # `that going on could be`
    # `denied the ban had led to ...`: the parser took the clause's subject for the object
    stranded = [
        c
        for c in clauses
        if objects and objects[0].i < c.i and not any(g.dep_ in subjects for g in c.children)
    ]
    if stranded:
        objects = []
    if token.lemma_.lower() == "deny" and any(_gerund(c) for c in token.children):
        return True  # `denied being leant on`, `denied wanting to be leader`: a fact denied
    if objects or any(c.dep_ == "xcomp" for c in token.children):
        return False
    for clause in clauses:
        if clause not in stranded and not any(g.dep_ in subjects for g in clause.children):
            continue
        modals = {g.lower_ for g in clause.children if g.dep_ == "aux"}
        if clause.lemma_ == "be" and not any(g.dep_ == "expl" for g in clause.children):
            return True  # `agreed that the Mac mini could be very popular`: a state foreseen
        if modals & (BOUND | {"to"}) or (clause.tag_ == "VB" and not modals):
            return False  # `allowed him to leave`, `agreed that Iran must withdraw`
        return not (kind == "AGREE" and modals & PROMISING)
    return False


def _gerund(clause: Token) -> bool:
    """`having met him`, `being leant on`: a clause in the -ing form, which names a fact."""
    if clause.dep_ not in ("xcomp", "ccomp", "dobj", "pcomp"):
        return False
    return clause.tag_ == "VBG" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBG" for c in clause.children
    )


def _unnamed(token: Token) -> bool:
    """`who asked not to be named`, `asked not to use his surname`, `requested anonymity`: a
    source's wish the reporter honours, told in every other article, not a demand of anyone."""
    for wished in token.children:
        if wished.dep_ == "dobj" and wished.lemma_.lower() in ANONYMITY:
            return True  # `requested anonymity`
        if wished.dep_ not in ("xcomp", "ccomp"):
            continue
        words = {c.lemma_.lower() for c in wished.subtree if c != wished}
        if words & ANONYMITY:
            return True  # `asked to remain anonymous`, `asked not to use his surname`
        refused = any(c.dep_ in ("neg", "auxpass") for c in wished.children)
        if wished.lemma_.lower() in NAMING and refused:
            return True  # `asked not to be named`
    return False


def _asks_a_question(token: Token) -> bool:
    """`demanded to know why Abedi was not watched`, `asked to find out who paid`: a pointed
    question, like `asked whether`, demands no act of anyone."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in KNOWING for c in token.children)


def _declines_to_speak(token: Token, lexicon: Lexicon) -> bool:
    """`refused to say if there was a threat`, `declined to comment`: no comment is no
    rejection of anything."""
    return any(
        c.dep_ == "xcomp"
        and (c.lemma_.lower() in lexicon.cue_verbs or c.lemma_.lower() in UNSPOKEN)
        for c in token.children
    )


def _has(need: str, token: Token, sides: Sides, finder: SideFinder, lexicon: Lexicon) -> bool:
    acted_on = _acted_on_word(token)
    if need in OWN_NEEDS:
        return OWN_NEEDS[need](token, finder, lexicon)
    if need == "to":
        # `pressing ahead with operations to seal the well`: going on with one's own work
        carries_on = any(c.dep_ in ("advmod", "prt") and c.lower_ in ONWARD for c in token.children)
        # `asked a series of questions to ensure ...`: what is asked is a thing, and the `to`
        # clause says what for; one is asked to act only where who is asked could do it
        asked_a_thing = any(c.dep_ == "dobj" and not finder.could_do_it(c) for c in token.children)
        return (
            _asks_to(token)
            and not carries_on
            and not asked_a_thing
            and not _needs_for_itself(token)
        )
    if need == "object":
        return any(c.dep_ == "dobj" for c in token.children)
    if need == "alone":
        # `troops mobilised`; not `the estimate was reinforced`, `demonstrated how it worked`,
        # `a theory advanced by Palin`
        described = token.dep_ == "acl" and token.tag_ == "VBN"
        return not described and not any(
            c.dep_ in ("dobj", "nsubjpass", "ccomp") for c in token.children
        )
    if need == "sides":
        return bool(sides.actors and sides.targets)
    if need == "doer":
        return bool(sides.actors)
    if need == "force":
        return _warns_of_force(token, finder, lexicon)
    if need == "protest":
        return not _a_speakers_audience(token, lexicon) and not any(
            c.lemma_.lower() in NOT_PROTESTS
            for c in token.children
            if c.dep_ in ("compound", "amod")
        )
    if need == "act":
        return _an_act(token, acted_on, lexicon)
    if need == "weapon":
        # `fired rockets`, `rockets fired by Gaddafi forces`; not `fired the spokesman`
        return (
            acted_on is not None
            and acted_on.lemma_.lower() in lexicon.weapon_nouns
            and find_trigger(acted_on, lexicon) is None  # `fired an attack`: the noun tells it
        )
    if need == "message":
        handed = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        return any(c.lemma_.lower() in lexicon.message_nouns for c in handed)
    # `actor` and `target`: what it is done to fits; where the text does not say, the word
    # is in another sense (`he recognised that ...`) or too vague to tell.
    if acted_on is None:
        return False
    if acted_on.lemma_.lower() in lexicon.message_nouns:
        # `released a video` is communication; `provided intelligence to Macedonia` is aid;
        # `hosted [Brown's] speech` hosts a speech, not Brown.
        return need == "actor" and _to_someone(token, sides)
    if need == "target" and acted_on.lemma_.lower() in lexicon.claim_nouns:
        return False  # `would demolish Obama's assurances`: a claim proved wrong, no one hit
    if finder.names_someone(acted_on):
        return need != "actor" or not _owned_thing(acted_on, finder, lexicon)
    if event_type(token, lexicon) in VIOLENCE and _a_count(acted_on):
        return True  # `killed 23 soldiers and injured another 15`: a count of people
    done = find_trigger(acted_on, lexicon)
    if done is not None:
        # a light verb and its event: `hosted talks`, `repelled the attack`; but `struck a
        # deal` is no blow: force done to a cooperative act is a figure of speech
        own = event_type(token, lexicon)
        # nor is `met demand` a meeting: what is asked for is met, not someone, and a film
        # that `met with scathing reviews` received them; and `will fight terrorism` fights
        # a kind of act at large, not anyone
        return not (
            (done.type in COOPERATIVE and own in VIOLENCE)
            or (own == "CONSULT" and done.type != "CONSULT")
            # `would fund the deal by selling a stake`: paying for a purchase aids no one
            or (done.type == "AGREE" and own == "AID")
            or (own in VIOLENCE and not _particular(acted_on))
        )
    if need == "target" and finder.is_target(acted_on):
        return True
    return need == "actor" and _to_someone(token, sides)  # `provided weapons to Ukraine`


def _a_count(word: Token) -> bool:
    """`another 15`, `scores more`, `at least 11`: a number standing alone for people."""
    count = word.tag_ == "CD" or word.lemma_.lower() in PEOPLE_COUNTED
    sums = GOODS | {"MONEY", "PERCENT"}
    if word.ent_type_ in sums:
        return False  # `shelled out $8 billion`: a sum paid, not people hit
    ahead = word.doc[word.i + 1 : word.i + 4]
    if len(ahead) > 1 and ahead[0].lower_ in RANGES and any(t.ent_type_ in sums for t in ahead):
        return False  # `capturing 20,000 to 28,500 barrels`: a range of goods
    return count and not any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children)


def _to_someone(token: Token, sides: Sides) -> bool:
    """Whether what is done is given to someone: `provided weapons [to Ukraine]`, `will give
    [Tanzania] a grant`; not `shot hoops [with students]`."""
    return _given_to_someone(token) and bool(sides.targets)


def _an_act(token: Token, offered: Token | None, lexicon: Lexicon) -> bool:
    """`offered talks`, `offered to mediate`, `offered aid`; not `offered a hard-right agenda`,
    nor `offered Trump an ultimatum: make X a priority` (the parser's xcomp after a colon)."""
    if any(c.dep_ == "xcomp" and marked_by_to(c) for c in token.children):
        return True
    if offered is None or offered.pos_ == "PRON":
        return False
    found = find_trigger(offered, lexicon)
    if found is not None and said_in_saying(offered, lexicon):
        return False  # `offered his congratulations`, `his apology`: given, not promised
    if found is not None and token.lemma_.lower() == "offer" and found.type not in COOPERATIVE:
        return False  # `offer recommendations`, `offered criticism`: advice or words
    return found is not None or _is_aid(offered, lexicon)


def _gives_aid(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`provided weapons`, `supplied Kyiv with fuel`, `donated £1m`: what is given is aid."""
    given = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    given += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
              for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    given += [conj for g in given for conj in g.conjuncts]
    return any(_is_aid(g, lexicon) for g in given)


def _is_aid(word: Token, lexicon: Lexicon) -> bool:
    if word.ent_type_ == "MONEY":
        return _given_to_someone(word)
    if word.lemma_.lower() in lexicon.aid_nouns | lexicon.weapon_nouns:
        return True
    found = find_trigger(word, lexicon)
    return found is not None and found.type == "AID"


def _given_to_someone(given: Token) -> bool:
    """`pledged £1m to Africa`, `gave Kenya £5m`; not `promised £4bn in tax cuts`."""
    verb = given.head if given.dep_ == "dobj" else given
    words = [*verb.children, *given.children]
    return any(
        c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in ("to", "for")) for c in words
    )


def _sends_forces(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`deployed troops`, `warships were stationed`: forces, not `monitors`."""
    forces = lexicon.forces_nouns | lexicon.weapon_nouns
    sent = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    sent += [conj for s in sent for conj in s.conjuncts]
    return any(
        word.lemma_.lower() in forces
        or any(c.lemma_.lower() in forces for c in word.children if c.dep_ == "compound")
        for word in sent
    )


def _over_something(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`charged him with murder`, `charged over the attack`, `charged with killing`: what
    the charge is for; not `charged with deciding` (a duty given, not an offence)."""
    over = [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in ("with", "over")
        for g in c.children
        if g.dep_ in ("pobj", "pcomp")
    ]
    return any(w.tag_ != "VBG" or find_trigger(w, lexicon) is not None for w in over)


def _with_partner(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`talked with Iran`, `held talks between Russia and Ukraine`, `Russia and Ukraine
    discussed`: the other side of a conversation is said."""
    # `discussed the campaign with Mr Blair`: the parser may hang the partner on the topic
    heads = [token, *(c for c in token.children if c.dep_ == "dobj")]
    partners = [
        g
        for head in heads
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in ("with", "to", "between")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if any(finder.phrase(p) or finder.could_be_actor(p) for p in partners):
        return True
    if token.pos_ == "NOUN":
        # `held a phone call with Cameron`, `Obama and Cameron spoke in a phone call`: the
        # conversation's partners are told by the verb it is held in
        verb = token.head.head if token.dep_ == "pobj" else token.head
        held = verb.pos_ in ("VERB", "AUX") and verb != token
        return held and _with_partner(verb, finder, lexicon)
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and bool(subject.conjuncts)


def _mandates(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`insisted on a ceasefire`, `insisted that Iran must withdraw`, `insisted he resign`;
    not `insisted on removing her top` (her own act), `insisted his plans will work` nor
    `insisted the spill should be put in context`."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "on" and child.i > token.i:
            # `insisted on a ceasefire`; `on Monday, he insisted` is when, not what, and
            # `insisted on state television that ...` where
            insisted_on = [g for g in child.children if g.dep_ == "pobj"]
            if any(g.lemma_.lower() in MEDIA for g in insisted_on):
                continue
            return any(g.ent_type_ not in ("DATE", "TIME") for g in insisted_on)
        if child.dep_ == "ccomp" and not befalls(child, lexicon):
            modals = {g.lower_ for g in child.children if g.dep_ == "aux"}
            if modals & BOUND or (child.tag_ == "VB" and not modals):
                return True
            # `recommended that the government raise taxes`: a singular subject with the
            # verb's bare form, which the tagger calls present tense, is a mandate (`a range
            # of precautions are in place` is no bare form: that of `are` is `be`)
            one = any(g.dep_ == "nsubj" and g.tag_ in ("NN", "NNP") for g in child.children)
            bare = child.lower_ == child.lemma_.lower()
            if child.tag_ == "VBP" and one and bare and not modals:
                return True
    return False


def _to_a_deed(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`committed to opening up the economy`, `committed to peace talks`: what is committed
    to is an act, not `committed to Europe`."""
    if any(c.dep_ == "xcomp" for c in token.children):
        return True
    done = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    return any(
        g.dep_ == "pcomp" or g.pos_ == "VERB" or find_trigger(g, lexicon) is not None for g in done
    )


def _signs_agreement(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`signed the accord`, `signed the bill into law`; not `signed a petition`."""
    signed = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    for word in signed:
        found = find_trigger(word, lexicon)
        if found is not None and found.type in COOPERATIVE:
            return True
        if word.lemma_.lower() in lexicon.document_nouns - {"report", "statement", "letter"}:
            return True
    return False


def _promises_cooperation(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`pledged support`, `promised to withdraw`, `promised to hold talks`, `pledged £1m`: what
    is promised is a cooperative act or aid; a policy (`promised an upper limit on
    immigration`, `pledged to cut class sizes`) is no cooperation with anyone."""
    # `to hold [talks]`, `to work towards [lifting] the ban`; not what an `until` clause
    # says (`to continue the campaign until Gaddafi leaves power`)
    acts = [w for c in token.children if c.dep_ == "xcomp" for w in _own_words(c)]
    acts += [c for c in token.children if c.dep_ == "dobj"]
    for word in acts:
        found = find_trigger(word, lexicon)
        if (found is not None and found.type in COOPERATIVE) or _is_aid(word, lexicon):
            return True
    return False


def _own_words(clause: Token) -> list[Token]:
    """A clause's words without the clauses hung on it (`until ...`, `which ...`)."""
    hung = {t.i for c in clause.subtree if c.dep_ in SUMMARY_CUT and c != clause for t in c.subtree}
    return [t for t in clause.subtree if t.i not in hung]


def _armed(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`rebels fought`, `Russia fought Georgia`: who fights is armed or a state; a state
    `fighting to contain an outbreak` strives, and only forces fight to take a town."""
    doer = _doer_word(token)
    if doer is None:
        return False
    forces = lexicon.forces_nouns | lexicon.weapon_nouns
    if doer.lemma_.lower() in forces:
        return True
    if any(c.dep_ == "xcomp" and marked_by_to(c) for c in token.children):
        return False
    return any(finder.index.type_of(p.name) in ("state", "group") for p in finder.subjects(token))


def _amid_unrest(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`declared a state of emergency` in a story of arms, fighting or protest coerces;
    declared over an oil spill or a storm it marshals help and coerces no one."""
    return any(
        t.lemma_.lower() in lexicon.arms_nouns or event_type(t, lexicon) in VIOLENCE_OR_PROTEST
        for t in token.doc
        if t != token
    )


def _a_proposal(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`dismissed calls for a delay`; not `dismissed chief executive Tony Hayward`, which
    fires him: what is turned down is asked for, offered or decided, not someone."""
    return _a_request(token, finder, lexicon, someone=False)


def _a_request(token: Token, finder: SideFinder, lexicon: Lexicon, someone: bool = True) -> bool:
    """`rejected the proposal`, `denied him a visa`, `dismissed calls for a delay`, `sought a
    ceasefire`: what is refused or sought is asked for, offered or decided, or someone; not
    `denied the allegations`, `dismissed the game's influence`, `sought new employment`."""
    refusal = event_type(token, lexicon) == "REJECT"
    if denied_doing(token):
        return False  # `denied negotiating with the rebels`: a deed denied, not a refusal
    if any(c.dep_ == "dative" or (c.dep_ == "xcomp" and refusal) for c in token.children):
        return True  # `refused to ...`, `denied him ...`; `sought to win` is an aim
    acted = _acted_on_words(token)
    for word in acted:
        if word.tag_ in ("WP", "WDT"):
            return False  # `unclear what he is seeking`: a question, not a request
        if someone and word.pos_ == "PRON" and word.lower_ not in ("it", "this", "that", "them"):
            return True
        if word.lemma_.lower() in lexicon.request_nouns:
            return True
        if someone and finder.phrase(word, generic=False):
            return True
        if _is_aid(word, lexicon) and not (refusal and word.lemma_.lower() in COMMODITIES):
            return True  # `sought refuge`; not `block the rogue oil`, a spill held back
        if _mere_talk(word):
            return False  # `dismissed talk of a rift`: speculation denied, no talks refused
        found = find_trigger(word, lexicon)
        if found is not None and token.lemma_.lower() == "deny" and found.type in CONFLICTUAL:
            return False  # `denied any repression`: an act said not to have been done
        if found is not None and found.type in COOPERATIVE | {"DEMAND", "SANCTION", "COERCE"}:
            return True  # `rejected the ceasefire`, `sought talks`, `defied the ban`
    return False


def _mere_talk(word: Token) -> bool:
    """`talk of a rift`, `talk it had held discussions`: talk in the singular, with no article,
    is speculation; `talks` and `the talk with Iran` are a meeting."""
    return (
        word.lower_ == "talk"
        and word.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss") for c in word.children)
    )


def _acted_on_words(token: Token) -> list[Token]:
    """The object, or the subject of a passive, with a relative pronoun read as its noun."""
    return [_antecedent(c) for c in token.children if c.dep_ in ("dobj", "nsubjpass")]


def _antecedent(word: Token) -> Token:
    """`the allegations, [which] he denied`: a relative pronoun stands for its noun."""
    clause = word.head
    if word.tag_ in ("WDT", "WP") and clause.dep_ == "relcl":
        return clause.head
    return word


def _agreed_terms(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`agreed a deal`, `agreed to withdraw`, `agreed on a ceasefire`, `agreed that inspectors
    would return`; not `most analysts agree`, `critics agree on one thing`: what is agreed is an
    act, a deal or a document (a view of a fact is sorted out by `_states_a_view`)."""
    if any(c.dep_ in ("xcomp", "ccomp") and not _quoted_after(token, c) for c in token.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
        return True  # `agreed to an extension of the mandate`: agreeing to is to an act
    agreed = _acted_on_words(token)
    agreed += [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in ("on", "upon", "over")
        for g in c.children
        if g.dep_ in ("pobj", "pcomp")
    ]
    return any(
        g.pos_ == "VERB"
        or g.lemma_.lower() in lexicon.request_nouns | lexicon.document_nouns
        or find_trigger(g, lexicon) is not None
        for g in agreed
    )


def _quoted_after(verb: Token, clause: Token) -> bool:
    """`Norman agreed: "One might have thought ..."`: words quoted after a colon or a quote
    mark are what is said, a view agreed with, not terms."""
    between = verb.doc[verb.i + 1 : clause.left_edge.i + 1]
    return any(t.text in (":", '"', "“", "'", "‘") for t in between)


def _permits_someone(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`allowed [the leader] to hold a rally`, `permitted [inspectors] to return`; not `plans
    to allow [nuclear waste] to be stored`, `even allowing for the bias`: who is let act is
    someone, as the object or as the subject of the clause allowed; and who lets them is
    someone, not a thing (`BP's profits should allow Dudley to`, `his death is expected to
    allow Libya to`: a consequence, no permission)."""
    letting = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if letting is None and token.dep_ == "xcomp":
        letting = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if letting is not None and letting.pos_ != "PRON" and not finder.could_be_actor(letting):
        return False
    allowed = _acted_on_words(token)
    allowed += [
        g
        for c in token.children
        if c.dep_ in ("ccomp", "xcomp")
        for g in c.children
        if g.dep_ in ("nsubj", "nsubjpass")
    ]
    return any(finder.names_someone(word) for word in allowed)


def _endorses(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`agreed with the plans`, `backed Blair`, `backed up the bill`, `backed the ceasefire`;
    not `agreed, with strings attached, to`, `backed up his optimism`: who or what is endorsed
    is someone, their plan or document, or an act."""
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in token.children):
        return False  # `agreed with Matthews about the winner`: a view shared
    endorsed = _acted_on_words(token)
    endorsed += [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(
        _someone_or_an_act(g, finder, lexicon)
        or g.lemma_.lower() in lexicon.request_nouns | lexicon.document_nouns
        for g in endorsed
    )


def _someone_or_an_act(word: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`him`, `Blair`, `the attack`: a word for someone, or for an act."""
    return (
        word.pos_ == "PRON"
        or bool(finder.phrase(word, generic=False))
        or find_trigger(word, lexicon) is not None
    )


def _someone_blamed(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`blamed BP for the spill`, `blamed the attack on rebels`, `blamed the bombing`; not
    `blame human pollution for the oil`: a cause named is no one criticised."""
    blamed = _acted_on_words(token)
    # `on` hangs on the verb or, as the parser often has it, on what is blamed; where there
    # is one, whom it names is the one blamed (`blame it on pollution`: on no one)
    on = [w for head in (token, *blamed) for w in phrase_after(head, "on")]
    blamed = on or blamed
    return any(_someone_or_an_act(g, finder, lexicon) or finder.could_be_actor(g) for g in blamed)


def _looked_into(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`monitored the elections`, `reviewed his case`, `monitor resumption of nuclear work at
    the plant`; not `monitoring the evolution of flu viruses`, `monitoring the effect that
    dispersants had`: what is looked into is someone or theirs, a place or a facility, or an
    act; a natural process or a figure is science, not an inquiry into anyone."""
    return any(_answers_for(word, finder, lexicon) for word in _what_is_looked_into(token))


def _investigated(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`police are investigating`, `investigated the killing`, `probing the spill`, `looking
    into claims of fraud`; not `a research team investigated a 15-mile plume`: where what is
    investigated is said, it is someone, an act, a mishap or a claim; where it is not, the
    word alone tells an inquiry."""
    looked = _what_is_looked_into(token)
    return not looked or any(
        _answers_for(word, finder, lexicon) or _a_case(word, lexicon) for word in looked
    )


def _settles_a_quarrel(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`settled the lawsuit`, `settle their differences`; not `to part settle the bill`, nor
    `families may settle in Britain`: a settlement ends a case, a claim or a quarrel."""
    return any(
        w.lemma_.lower() in lexicon.case_nouns | lexicon.claim_nouns
        or find_trigger(w, lexicon) is not None
        for w in _acted_on_words(token)
    )


def _a_case(word: Token, lexicon: Lexicon) -> bool:
    """`the crash`, `the allegations`, `the cause of the explosion`: a mishap, a claim or a
    case, or what one is of."""
    cases = lexicon.mishap_nouns | lexicon.calamity_nouns | lexicon.blast_nouns
    if word.lemma_.lower() in cases | lexicon.claim_nouns | lexicon.case_nouns:
        return True
    return any(_a_case(whose, lexicon) for whose in of_phrase(word))


def _what_is_looked_into(token: Token) -> list[Token]:
    looked = _acted_on_words(token)
    looked += [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in ("into", "on", "over", "at", "in")
        for g in c.children
        # `inspected conditions [in the camps]`: where it is looked into counts as what;
        # not a gathering it was done at (`probed the future of P2P at the trade show`)
        if g.dep_ == "pobj" and g.lemma_.lower() not in GATHERINGS
    ]
    return looked


def _answers_for(word: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """Whether a phrase is about someone, somewhere or something done: the word itself, whose
    it is, or what its `of`, `at`, `in`, `by` phrase names (not its relative clause)."""
    if word.lemma_.lower() in FORESIGHT:
        return False  # `probed the future of P2P`: what may come is foreseen, not looked into
    if word.lemma_.lower() in lexicon.disease_nouns and not of_phrase(word):
        return False  # `assessed the Mexico epidemic`: an illness is studied, not accused
    if word.pos_ == "PRON" or finder.is_target(word):
        return True
    if find_trigger(word, lexicon) is not None:
        return not _at_a_disease(word, lexicon)  # `the alert over swine flu` is no one's act
    if word.lemma_.lower() in lexicon.request_nouns | lexicon.document_nouns:
        return True  # `reviewed the proposals`, `examined the treaty`
    return any(
        _answers_for(g, finder, lexicon)
        for c in word.children
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "at", "in", "by"))
        for g in ([c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"])
    )


def _commands(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`ordered Menem to appear`, `ordered him held until trial`, `ordered an inquiry`, `the
    damages ordered by a court`; not `BP ordered 60,000 gallons of Dispersit`, `ordered 24
    fighter jets`: what is ordered is an act or someone told to act; goods ordered are bought.
    A clause before the verb is not what was ordered (`the US has set aside $1 billion, the
    Netherlands ordered 34 million doses`)."""
    if any(c.dep_ in ("xcomp", "ccomp", "oprd") and c.i > token.i for c in token.children):
        return True
    ordered = _acted_on_word(token)
    if ordered is not None and ordered.tag_ in ("WP", "WDT"):
        return False  # `asked what she would order for her last meal`: a question
    return ordered is not None and not _goods(ordered, finder, lexicon)


def _goods(word: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """A product, an amount of something, or arms bought: `60,000 gallons`, `two frigates`."""
    if word.ent_type_ in GOODS or word.lemma_.lower() in lexicon.weapon_nouns:
        return True
    if word.tag_ == "CD" and not finder.names_someone(word):
        return True  # `ordered two of everything`: a number of things
    # `£5,000 damages` are a sum to pay, not things bought
    counted = [c for c in word.children if c.dep_ == "nummod"]
    if any(c.ent_type_ == "MONEY" or any(g.tag_ == "$" for g in c.children) for c in counted):
        return False
    return bool(counted) and not finder.names_someone(word)


def _cuts_off(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`downgraded relations`, `cut off aid`, `cancelled the summit`, `suspended Zimbabwe`;
    not `downgraded BP's debt`, `suspended its operations`: what is cut is someone, ties, aid,
    an envoy, an act or an agreement, not a thing of someone's."""
    cut = _acted_on_word(token)
    if cut is None or _antecedent(cut).pos_ == "PRON":
        return True  # `the EU boycotted`: said of no object at all
    cut = _antecedent(cut)
    if finder.names_someone(cut):
        return not _owned_thing(cut, finder, lexicon)
    if cut.lemma_.lower() in OWN_PLANS and any(c.tag_ == "PRP$" for c in cut.children):
        return False  # `Obama cancelled his trip to Indonesia`: his plans changed, no one punished
    return cut.lemma_.lower() in lexicon.document_nouns or _a_tie(cut, lexicon)


def _breaks_a_pact(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`violated the treaty`, `breached the ceasefire`, `defied the ban`, `violated Lebanese
    airspace`; not `violated the National Environmental Policy Act`, `violated its own
    guidelines`: what is broken is a pact, an act or someone's; breaking a law or a rule is
    an offence, not a refusal of anyone."""
    broken = _acted_on_word(token)
    if broken is None:
        return False
    broken = _antecedent(broken)
    if broken.lemma_.lower() in PARTS:
        broken = next(iter(of_phrase(broken)), broken)  # `the terms of the treaty`
    lemma = broken.lemma_.lower()
    if lemma in PACTS or find_trigger(broken, lexicon) is not None:
        return True
    return lemma not in lexicon.document_nouns and finder.is_target(broken)


def _hosted(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`visited Iraq`, `visited troops in Basra`, `toured the White House`; not `toured the
    beach`, `visited the site`: who is visited is someone, or a state or a city (whose
    people receive the visit), not a place looked at."""
    if token.pos_ in ("VERB", "AUX"):
        visited = _acted_on_word(token)
    else:  # `Clinton's visit to Pakistan`, `his trip to Washington`; not `a sailing trip`
        visited = next(iter(phrase_after(token, "to", "with")), None)
    if visited is None or _travels_privately(token, lexicon):
        return False
    visited = _antecedent(visited)
    return visited.ent_type_ == "GPE" or finder.names_someone(visited)


def _travels_privately(token: Token, lexicon: Lexicon) -> bool:
    """`a pupil who visited the US`, `people who had just visited Canada`: a private
    person's journey; a visit is an act of someone in public life or a named one."""
    visitor = _doer_word(token)
    if visitor is not None and visitor.tag_ in ("WP", "WDT", "PRP") and token.dep_ == "relcl":
        visitor = token.head  # `a pupil [who visited the US]`
    if visitor is None or visitor.pos_ != "NOUN":
        return False
    lemma = visitor.lemma_.lower()
    return lemma in lexicon.private_nouns or lemma in KIN


def _approves_an_accord(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`approved the ceasefire`, `authorised the request`, `green-lit the deal`; not `approved
    the budget` (lawmaking of one's own) nor `authorised military action` (force ordered,
    not agreed): what is approved is a cooperative act or someone's request or offer. A
    legislature or a board that passes a text of its own (`the House approved the plan
    234-193`) makes law, it does not agree with anyone."""
    approver = _doer_word(token)
    lawmakers = approver is not None and approver.lemma_.lower() in lexicon.legislature_nouns
    for approved in _acted_on_words(token):
        lemma = approved.lemma_.lower()
        if lawmakers and lemma not in lexicon.treaty_nouns:
            return False
        found = find_trigger(approved, lexicon)
        if found is not None:
            return found.type in COOPERATIVE
        if lemma in JOINT_TEXTS or (lemma in lexicon.request_nouns and lemma not in LAWMAKING):
            return True  # `adopted the resolution`: a text its members agreed
    return False


def _wanted(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`police are hunting a suspect`, `searching for a man believed to be responsible`; not
    `searching for survivors`, `hunting for bargains`: who is hunted is wanted for an act."""
    sought = _acted_on_words(token) + [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(
        word.lemma_.lower() in SUSPECTS
        or any(
            c.dep_ in ("acl", "relcl", "amod") and c.lemma_.lower() in SUSPECTED
            for c in word.children
        )
        for word in sought
    )


OWN_NEEDS: dict[str, Callable[[Token, SideFinder, Lexicon], bool]] = {
    "host": _hosted,
    "pact": _breaks_a_pact,
    "ties": _cuts_off,
    "command": _commands,
    "inquiry": _looked_into,
    "case": _investigated,
    "quarrel": _settles_a_quarrel,
    "aid": _gives_aid,
    "forces": _sends_forces,
    "with": _over_something,
    "partner": _with_partner,
    "mandate": _mandates,
    "agreement": _signs_agreement,
    "terms": _agreed_terms,
    "permission": _permits_someone,
    "deed": _to_a_deed,
    "cooperation": _promises_cooperation,
    "armed": _armed,
    "request": _a_request,
    "proposal": _a_proposal,
    "endorsement": _endorses,
    "unrest": _amid_unrest,
    "accord": _approves_an_accord,
    "blamed": _someone_blamed,
    "suspect": _wanted,
}


def _warns_of_force(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`warned of retaliation`, `warned it would strike`: a warning is a threat when what it
    warns of is force, punishment or their consequences (not `warned police of his fears`)."""
    said = [
        c
        for c in token.children
        if c.dep_ in ("ccomp", "xcomp", "dobj")
        or (c.dep_ == "prep" and c.lower_ in ("of", "about", "against"))
    ]
    # `warned that a bombing could happen`: foreseeing others' violence threatens nothing;
    # `warned countries to be on alert for flu outbreaks`: force against a disease is a figure
    said = [
        c
        for c in said
        if not _foreseen(c, lexicon)
        and not any(t.lemma_.lower() in lexicon.disease_nouns for t in c.subtree)
    ]
    for word in (w for c in said for w in c.subtree):
        if _lapsed_into(word):
            continue  # `warned that Libya could descend into civil war`: a fear, no threat
        if word.lemma_.lower() in lexicon.consequence_nouns:
            return True
        found = find_trigger(word, lexicon)
        if found is None or found.type not in FORCEFUL | {"THREATEN", "SANCTION"}:
            continue
        if _within_another_act(word, token, lexicon):
            continue  # `warned the TNC to carry out an investigation of the killing`
        # `warned discontent could threaten stability`, `warned governments to prepare for a
        # battle against the virus`: what no one does, or does to a disease, is no force
        doer = _doer_word(word)
        if doer is None and word.dep_ == "ccomp" and word.head == token:
            doer = next((c for c in token.children if c.dep_ == "dobj"), None)  # misparsed
        if doer is not None and not _could_do(doer, finder, lexicon):
            continue
        if _at_a_disease(word, lexicon):
            continue
        return True
    return False


def _offers_cooperation(verb: Token, lexicon: Lexicon) -> bool:
    """`proposed talks`, `proposed a deal`, `proposed a peace plan`: what is offered is a
    cooperative act, or a plan for one."""
    offered = _acted_on_word(verb)
    if offered is None:
        return False
    kinds = [offered, *(c for c in offered.children if c.dep_ in ("compound", "amod"))]
    if any(word.lemma_.lower() == "peace" for word in kinds):
        return True
    return any(
        found is not None and found.type in COOPERATIVE
        for found in (find_trigger(word, lexicon) for word in kinds)
    )


def _lapsed_into(word: Token) -> bool:
    """`descend into civil war`, `slide into chaos`: a state a country falls into."""
    into = word.head if word.dep_ == "pobj" else None
    return into is not None and into.lower_ == "into" and into.head.lemma_.lower() in LAPSING


def _within_another_act(word: Token, top: Token, lexicon: Lexicon) -> bool:
    """Whether a word of force is only what another, peaceful act is about: the killing in
    `an investigation of the killing` is not what is warned of."""
    for above in word.ancestors:
        if above == top:
            return False
        found = find_trigger(above, lexicon)
        if found is not None and found.type not in FORCEFUL | {"THREATEN", "SANCTION"}:
            return True
    return False


def _foreseen(clause: Token, lexicon: Lexicon) -> bool:
    """`warned that a bombing could happen`, `warned that force could be illegal`: what is
    foreseen is a thing, not someone made to suffer (`warned that Iran would pay`)."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if clause.dep_ != "ccomp" or subject is None or subject.pos_ == "PRON":
        return False
    someone = subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
    return not someone and subject.lemma_.lower() not in lexicon.agent_nouns


def _at_someone(verb: Token, finder: SideFinder) -> bool:
    """`accused him of anti-British bigotry`, `attacked the government over Iraq`: the
    grievance is at whom the object stands for, even where the text does not say who; not at
    a name in what they are accused of or over."""
    return any(
        c.dep_ == "dobj" and (c.tag_ == "PRP" or (finder.could_be_actor(c) and not owned(c)))
        for c in verb.children
    )


def _addressed(token: Token) -> bool:
    """`complained to the UN over raids`: the complaint has an addressee and a grievance."""
    preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
    return "to" in preps and bool(preps & {"over", "about", "against"})


def _an_envoy(word: Token | None) -> bool:
    """`summoned the British ambassador`: a state's envoy, called in as a rebuke."""
    return word is not None and word.lemma_.lower() in ENVOYS


def _its_own_people(word: Token | None) -> bool:
    """`its staff`, `their citizens`, `all expatriate employees`: the doer's own people, whom
    it pulls out as its own business, not as aid to another side."""
    if word is None:
        return False
    theirs = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in word.children)
    return theirs or word.lemma_.lower() in OWN_PEOPLE


def _shouted(sentence: Span) -> bool:
    """`U.S. APPEARS TO WANT ONLY SUPPORTING ROLE`: a line in capitals inside a story is a
    subheading a flattened page ran into the text, not a report; so is a headline in title
    case with no full stop (`An SEC Investor Advocate Will Push For Spending More On RIA
    Exams`), where every word but the small ones is capitalised."""
    words = [t.text for t in sentence if t.is_alpha and len(t.text) > 1]
    if len(words) >= 3 and all(w.isupper() for w in words):
        return True
    ends = sentence[-1].text if len(sentence) else ""
    content = [w for w in words if w.lower() not in HEADLINE_SMALL_WORDS]
    title_case = len(content) >= 5 and all(w[0].isupper() for w in content)
    return title_case and ends not in (".", "!", "?", '"', "”")


def _run_together(sentence: Span) -> bool:
    """`... to service the Hubble space telescope Transport for London will start trials ...
    to its users A selection of the best images from around the world`: link teasers a
    flattened page ran together with no stop between them. A sentence with an article or a
    pronoun (`The`, `A`, `He`) capitalised right after a word, before a word in lower case,
    is two lines with the full stop lost; which words belong to which line, and whether any
    is the story's, no one can tell."""
    words = list(sentence)
    for before, word, after in zip(words, words[1:], words[2:], strict=False):
        if (
            word.text in LINE_OPENERS
            and (before.is_alpha or before.is_digit)
            and after.is_lower
            and word.ent_iob_ != "B"
        ):
            return True
    return False


def _names_its_noun(token: Token) -> bool:
    """`forces supporting Gaddafi`, `the coalition opposing him`: a participle after a noun
    that says which side the noun's people are on names them; it tells no act of a day."""
    return token.tag_ == "VBG" and token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN")


def _describes_a_thing(token: Token) -> bool:
    """`charging papers`, `a shooting range`: a word describing a thing, not an act; but `a
    mediation effort` is the act of mediating."""
    return token.dep_ in ("amod", "compound") and token.head.lemma_.lower() not in EFFORTS


def _unaccusative(token: Token) -> bool:
    return token.lemma_.lower() in UNACCUSATIVE and not any(
        c.dep_ == "dobj" for c in token.children
    )


def _reflexive(word: Token | None) -> bool:
    return word is not None and word.pos_ == "PRON" and word.lower_.endswith(("self", "selves"))


def _an_interview(token: Token, sides: Sides, lexicon: Lexicon) -> bool:
    """`CNN's John Vause talks to Libya expert Khalil Matar`, `Saif talks to CNN`: talk with
    the press or a journalist is an interview, not a meeting of the sides."""
    for side in (*sides.actors, *sides.targets):
        span = token.doc.char_span(side.start, side.end, alignment_mode="expand")
        words = list(span) if span is not None else []
        words += [c for w in words for c in w.children if c.dep_ in ("poss", "compound", "appos")]
        if of_the_press(side.name, lexicon) or any(
            w.lemma_.lower() in PRESS_WORDS or of_the_press(w.text, lexicon) for w in words
        ):
            return True
    return False


def _own_sitting(meeting: Token, sides: Sides, index: ActorIndex, lexicon: Lexicon) -> bool:
    """`the G7 meeting`, `its board meeting`, `the EU summit`: a meeting its modifier names
    the body of is that body's own sitting, no sides meeting; `the Obama-Putin meeting` and
    `the Iran talks` name the sides, and `talks with Iran` one met. So is a meeting of one
    organisation and no one else (`the Federal Reserve starts a two-day meeting`); a state or
    people attending talks, or going on a journey, meet others the text may leave unsaid."""
    if (
        meeting.lemma_.lower() not in JOURNEYS
        and len(sides.actors) == 1
        and not sides.targets
        and index.type_of(sides.actors[0].name) == "organization"
    ):
        return True
    modifiers = [c for c in meeting.children if c.dep_ == "compound"]
    if not modifiers or any(c.ent_type_ in ("PERSON", "GPE", "NORP") for c in modifiers):
        return False
    if not any(
        c.ent_type_ == "ORG" or c.pos_ == "PROPN" or c.lemma_.lower() in lexicon.legislature_nouns
        for c in modifiers
    ):
        return False  # `solo visits`: how, not whose
    return not any(
        c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for c in meeting.children
    )


def _questions_received(inquiry: Token) -> bool:
    """`receiving inquiries from companies looking to move their rigs`, `fielded questions`:
    inquiries one receives or answers are questions put to one, not an investigation; so
    are those one responds to (`responding to an inquiry by Sen. Edward Kennedy`)."""
    if inquiry.dep_ == "dobj" and inquiry.head.lemma_.lower() in ANSWERING:
        return True
    to = inquiry.head if inquiry.dep_ == "pobj" and inquiry.head.lower_ == "to" else None
    return to is not None and to.head.lemma_.lower() in RESPONDING


def _an_engagement_left(token: Token) -> bool:
    """`pulled out of an appearance`, `withdrew from the awards ceremony`: what is left is a
    person's engagement, not a place, a deal or a war."""
    heads = [token, *(c for c in token.children if c.lower_ == "out")]  # `out of`
    left = [w for h in heads for w in phrase_after(h, "of", "from")]
    return any(w.lemma_.lower() in ENGAGEMENTS for w in left)


def _an_advance(token: Token, lexicon: Lexicon) -> bool:
    """Whether soldiers march or rally: their march is a move of forces (police may march
    in protest)."""
    doer = _doer_word(token)
    return (
        token.lemma_.lower() in ("march", "rally")
        and doer is not None
        and doer.lemma_.lower() in lexicon.forces_nouns - {"police", "policeman", "officer"}
    )


def _doer_word(token: Token) -> Token | None:
    """The word in the doer's place: the subject, or the `by` phrase of a passive."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    for child in token.children:
        if child.dep_ == "nsubj" and child.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
            return token.head  # `forces who launched an assault`: the relative stands for them
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    if token.dep_ == "conj" and not any(c.dep_ == "nsubjpass" for c in token.children):
        return _doer_word(token.head)  # `which have spikes and have invaded`: a shared subject
    return None


def _can_act(word: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """Someone (an actor, a pronoun, a description of one) or something that does harm on its
    own (a bomb, an attack); `the Dow`, `lightning`, `the report` or `a goal that calls for
    50% access` do not act."""
    things = lexicon.disease_nouns | lexicon.worksite_nouns | lexicon.aim_nouns
    things |= lexicon.calamity_nouns  # `tragedy struck the production`
    if _named_thing(word, lexicon) or word.lemma_.lower() in things:
        return False  # `the Dow retreated`, `the virus killed 149`, `the Macondo well killed 11`
    if word.ent_type_ in ("LOC", "FAC") or word.text in finder.index.storms:
        # `the British North Sea, which killed 170`: a sea or a building acts not; nor does
        # `Mitch` (`Hurricane Mitch`), which killed 10,000
        return False
    if word.dep_ == "pobj" and word.head.lower_ in ("aboard", "onboard"):
        return False  # `the explosion aboard the Deepwater Horizon that killed 11`: a vessel
    if _an_animal(word, lexicon):
        return False  # `lionfish have invaded Cuban waters`
    if word.pos_ == "PRON" or finder.phrase(word) or finder.could_be_actor(word):
        return True
    act = find_trigger(word, lexicon)  # `the attack killed`; not `the deal struck`
    return word.lemma_.lower() in lexicon.weapon_nouns or (
        act is not None and act.type not in COOPERATIVE
    )


def _named_thing(word: Token, lexicon: Lexicon) -> bool:
    """`the Dow`, `the Finance Bill`: names of things that do nothing themselves."""
    phrase = " ".join(t.lower_ for t in word.subtree if t.dep_ in ("compound", "nmod") or t == word)
    if word.lemma_.lower() in lexicon.document_nouns:
        return True
    return phrase in lexicon.not_actors or word.lower_ in lexicon.not_actors


def _needs_for_itself(token: Token) -> bool:
    """`10 percent of patients required to be admitted to hospital`: a need of one's own; a
    requirement is put on someone named (`the law requires firms to disclose`) or on the
    subject of a passive (`they were required to leave`)."""
    return token.lemma_.lower() in NEEDING and not any(
        c.dep_ in ("dobj", "dative", "auxpass", "nsubjpass") for c in token.children
    )


def _asks_to(token: Token) -> bool:
    """`asked Iran to release`, `asked to be released`, `an order to withdraw`: an act asked
    for, not a question or a need."""
    return any(
        c.dep_ in ("xcomp", "ccomp", "acl", "advcl") and marked_by_to(c) for c in token.children
    )


def _online(token: Token, lexicon: Lexicon) -> bool:
    """An attack told in words of computers: by or on one, or named by one (`net attacks`,
    `a DDoS attack`, `denial of service attacks`, `the worm attacked PCs running Windows`)."""
    near = [c for c in token.children if c.dep_ in ("compound", "amod", "nsubj", "dobj")]
    near += [
        g
        for c in token.children
        if c.dep_ in ("prep", "agent") and c.lower_ in ("on", "against", "by", "of", "from")
        for g in c.children
    ]
    if token.head.dep_ == "compound" or token.dep_ == "compound":
        near.append(token.head)  # `denial of service attacks`: the phrase it opens
    words = {w.lower_ for n in near for w in n.subtree} | {token.head.lower_}
    words |= {w.lemma_.lower() for n in near for w in n.subtree}
    return bool(words & lexicon.computing_nouns) or (
        token.lemma_.lower() == "denial" and "service" in words
    )


def _as_what_it_is_seen(verb: Token) -> bool:
    """A participle after `as` says how someone is seen or comes across, not what they did."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "as"


def _an_outcry(noun: Token) -> bool:
    """`a storm of protests`, `a chorus of protest`: a figure for many voices raised."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_.lower() in OUTCRIES
    )


def _campaigned_for(token: Token, finder: SideFinder) -> Token | None:
    """Whom one campaigns for: `campaigned for Trump`, `lobbied for Clinton` back a candidate;
    `campaigned for a ban` asks for an act."""
    if token.lemma_.lower() not in ("campaign", "lobby", "canvass"):
        return None
    return next(
        (
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children
            if g.dep_ == "pobj" and finder.names_someone(g)
        ),
        None,
    )


def _beaten_in_a_contest(verb: Token) -> bool:
    """`beat Oasis in the DVD category`, `beats the iPod into second place`, `beat Standard
    Chartered to buy Koram`: a body, a work or a product beaten is outdone, not hit; so is
    anyone beaten into a place (not `beaten to death`), beaten to win something, or beaten
    where the sentence or the one before speaks of a contest (`collected best Irish male.
    Casey beat Brian McFadden`, `beat Burrell, who came second`)."""
    if verb.lemma_.lower() != "beat":
        return False
    if any(
        g.lemma_.lower() in HARMS for c in verb.children if c.dep_ == "prep" for g in c.children
    ):
        return False  # `beat a man to death`
    if any(c.dep_ in ("xcomp", "advcl") and marked_by_to(c) for c in verb.children):
        return True  # `beat his former co-star to win best musical actor`
    sentence = verb.sent
    before = verb.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    if any(t.lemma_.lower() in CONTESTS for t in (*before, *sentence)):
        return True
    if any(t.ent_type_ == "ORDINAL" for t in sentence):
        return True  # `beat Paul Burrell, who came second`
    beaten = _acted_on_word(verb)
    outdone = beaten is not None and beaten.ent_type_ in (
        "ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC", "LAW", "MONEY"
    )  # fmt: skip
    placed = any(c.dep_ == "prep" and c.lower_ in ("into", "to", "for") for c in verb.children)
    return outdone or placed


def _shot_up(verb: Token) -> bool:
    """`shot to the top of the charts`, `shot up the rankings`, `shot to fame`: gone up fast,
    with no one shot."""
    return (
        verb.lemma_.lower() == "shoot"
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
        and any(
            (c.dep_ == "prep" and c.lower_ in ("to", "into", "up"))
            or (c.dep_ in ("prt", "advmod") and c.lower_ == "up")
            for c in verb.children
        )
    )


def _refuses_a_view(verb: Token, lexicon: Lexicon) -> bool:
    """`refused to accept that ...`, `declines to believe the claims`: what is refused is a
    view of a fact (as `_states_a_view` tells one), no request turned down."""
    return any(
        c.dep_ == "xcomp" and _states_a_view(c, event_type(c, lexicon) or "REJECT", lexicon)
        for c in verb.children
    )


def _seized_on(verb: Token) -> bool:
    """`seized on the claim`, `pounced upon his remark`: took up words, with no one taken."""
    return (
        verb.lemma_.lower() in ("seize", "pounce", "grab")
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in verb.children)
    )


def _ones_standing(verb: Token) -> bool:
    """`Democrats' standing`, `his standing with voters`: whose standing it is, a status."""
    return verb.lower_ == "standing" and any(
        c.dep_ == "poss" or (c.dep_ == "nsubj" and any(g.dep_ == "case" for g in c.children))
        for c in verb.children
    )


def _stray_base_form(verb: Token) -> bool:
    """A bare infinitive joined to a verb of another form, with nothing of its own to make it
    one (`driving down prices and [demand] dipping`): English joins like with like (`to
    block and demand`, `will meet and talk`), so the parser's verb is a noun."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ == "conj"
        and verb.head.tag_ in ("VBG", "VBD", "VBN", "VBZ")
        and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)
    )


def _trade_banned(ban: Token, lexicon: Lexicon) -> bool:
    """`banning pork or meat from U.S. states`, `banned imports of Chinese steel`: what is
    banned is goods or trade."""
    banned = _acted_on_words(ban)
    banned += [conj for word in banned for conj in word.conjuncts]
    goods = lexicon.commodity_nouns | lexicon.economy_nouns
    return any(word.lemma_.lower() in goods for word in banned)


def _merchandise(word: Token | None, lexicon: Lexicon) -> bool:
    """Goods a market trades: `products`, `oil`, `cars`."""
    return word is not None and word.lemma_.lower() in lexicon.commodity_nouns


def _acted_on_word(token: Token) -> Token | None:
    """The word for who or what is acted on: the object, the subject of a passive, or after
    an event noun its `of`/`on`/`against` phrase. Verbs joined by `and` share an object
    (`arrested and charged three men`)."""
    if token.pos_ in ("VERB", "AUX"):
        passive = any(c.dep_ == "auxpass" for c in token.children)
        for child in token.children:
            if child.dep_ in ("dobj", "dative") or (passive and child.dep_ == "nsubjpass"):
                return child
        participle = token.tag_ == "VBN" or by_agent(token)
        if token.dep_ == "acl" and participle and token.head.pos_ in ("NOUN", "PROPN"):
            return token.head  # `the deal struck at the White House`, `the men arrested`
        shared = [token.head] if token.dep_ == "conj" else []
        shared += [c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        # `was wounded and was shot dead by police`: a passive shares its subject too
        kept = ("dobj", "nsubjpass") if passive else ("dobj",)
        for verb in shared:
            found = next((c for c in verb.children if c.dep_ in kept), None)
            if found is not None:
                return found
        # `met with Lavrov`, `fired on protesters`: the object of the verb's preposition
        return next(
            (
                g
                for c in token.children
                if c.dep_ == "prep" and c.lower_ in ACTED_ON_PREPS
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "on", "against", "at"):
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _has_doer(
    token: Token, kind: EventType, sides: Sides, finder: SideFinder, lexicon: Lexicon
) -> bool:
    """An event has a doer and a happening. Attacks, arrests, crimes and protests may be told
    without their doer (`a bomb exploded`, `he was arrested`, `protests broke out`); every
    other act needs the one who did it."""
    if sides.actors:
        return True
    if kind not in UNSEEN_DOER:
        return False
    if sides.targets or (token.pos_ == "NOUN" and kind in VIOLENCE_OR_PROTEST):
        return True  # not `a ban`, `corruption`: whose, or on whom, is not said
    subject = _doer_word(token)
    return subject is not None and subject.lemma_.lower() in lexicon.weapon_nouns


def _terror(
    token: Token, kind: EventType, sides: Sides, index: ActorIndex, lexicon: Lexicon
) -> tuple[EventType, Sides]:
    """`the nightclub bombing`, `terrorists attacked`, `Islamists bombed the World Trade
    Center`: a bombing or an attack no state's forces are said to have made is an assault
    (PLOVER's ASSAULT; a state's bombing is an air strike), and a state named before a terror
    attack (`the US terror attacks`) is where it was done, not who did it."""
    if (
        kind == "FIGHT"
        and _terror_word(token)
        and (_unarmed(sides, token) or not _by_state_forces(sides, token, index, lexicon))
    ):
        kind = "ASSAULT"
    people = [t for t in sides.targets if index.type_of(t.name) == "person"]
    if kind == "FIGHT" and people and len(people) == len(sides.targets) and _unarmed(sides, token):
        kind = "ASSAULT"  # `the MP was attacked in a park`: a person assaulted, not a battle
    if kind != "ASSAULT" or token.pos_ != "NOUN":
        return kind, sides
    modifiers = {c.idx for c in token.children if c.dep_ in ("compound", "amod", "nmod")}
    struck = tuple(
        p for p in sides.actors if p.start in modifiers and index.type_of(p.name) == "state"
    )
    if not struck:
        return kind, sides
    doers = tuple(p for p in sides.actors if p not in struck)
    return kind, replace(sides, actors=doers, targets=(*sides.targets, *struck))


def _a_race(noun: Token) -> bool:
    """`his gubernatorial battle`, `the election fight`, `a takeover battle`: a contest for
    office or a firm, fought with votes or bids, not an act against anyone."""
    return noun.lemma_.lower() in QUARRELS and any(
        c.lemma_.lower() in RACES | CONTESTS
        for c in noun.children
        if c.dep_ in ("amod", "compound", "nmod")
    )


def _quarrel(token: Token, sides: Sides, index: ActorIndex, lexicon: Lexicon) -> bool:
    """`the top judge clashed with ministers`, `Blair battled Brown`: a fight between people
    in public life is a quarrel (PLOVER's DISAPPROVE), not armed conflict."""
    if token.lemma_.lower() not in QUARRELS or _with_weapon(token, lexicon) or _bloody(token):
        return False
    if token.pos_ == "NOUN" and _perpetrated(token):
        return False  # `carried out the attack`, `claimed responsibility for the attacks`
    if token.dep_ in ("xcomp", "acl") and token.head.lemma_.lower() in DECIDING:
        return False  # `Obama's decision to attack Libya`: force is decided on, words are not
    verbal = token.pos_ in ("VERB", "AUX")
    doer = (
        _doer_word(token) if verbal else next((c for c in token.children if c.dep_ == "poss"), None)
    )  # `his attack on Labour`
    if doer is None and not verbal:
        # `faced attacks from politicians`, `attacks by senators`
        doer = next(
            (g for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
             for g in c.children if g.dep_ == "pobj"),
            None,
        )  # fmt: skip
    if doer is None and token.dep_ == "acl" and token.i > 0:
        # `a poster featuring soldiers [fighting] the war`: the word before it (the parser
        # may hang it on the poster), or forces it hangs on (`forces loyal to Gaddafi
        # [firing] on protesters`)
        before = token.doc[token.i - 1]
        armed = token.head.lemma_.lower() in lexicon.forces_nouns
        doer = token.head if armed else before
    if doer is not None and doer.lemma_.lower() in lexicon.forces_nouns:
        return False  # soldiers fight battles, not quarrels
    if doer is not None and any(c.dep_ == "amod" and c.lower_ == "armed" for c in doer.children):
        return False  # `the armed LIFG fought the regime`
    beside = [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if any(g.lemma_.lower() in lexicon.forces_nouns for g in beside):
        return False  # `was fighting with the rebels`, `against government troops`: in arms
    if doer is not None and event_type(doer, lexicon) in VIOLENCE:
        return False  # `came under attack from NATO bombing`: an attack made of bombs
    if any(_armed_group(p, lexicon) for p in (*sides.actors, *sides.targets)):
        return False  # `it was attacking al Qaeda`: armed groups are fought, not argued with
    attacked = _acted_on_word(token)
    if attacked is not None and _ground(attacked, index, lexicon):
        return False  # `to attack the town`: ground is fought over, not argued with
    aimed = [*beside, *([attacked] if attacked is not None else [])]
    if any(_a_measure_or_politics(w, lexicon) for w in aimed):
        return True  # `fought against the bill`, `a battle with lawmakers over funding`
    retort = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in token.children)
    if retort and doer is not None and (doer.pos_ != "PRON" or doer.lower_ in ("he", "she")):
        return True  # `Transocean fired back at BP`, `Blair hit back at critics`: a retort
    # one person: `the judge`, `he`, `Blair`; not `rebels` or `police`
    someone = doer is not None and (
        doer.ent_type_ == "PERSON"
        or doer.lower_ in ("he", "she")
        or (doer.tag_ == "NN" and doer.lemma_.lower() in lexicon.role_words)
        # `attacks from politicians`, `senators attacked him`: people in public life
        or (doer.tag_ == "NNS" and doer.lemma_.lower() in lexicon.role_words | POLITICIANS)
    )
    # people and parties, not states or armed groups: `Howard launched an attack on ...`
    civil = ("person", "organization")
    people = bool(sides.actors) and all(index.type_of(p.name) in civil for p in sides.actors)
    return someone or people


def _a_measure_or_politics(word: Token, lexicon: Lexicon) -> bool:
    """A bill, a plan or a request, or people in public life: what a fight in politics is
    against, over or with."""
    lemma = word.lemma_.lower()
    return lemma in lexicon.document_nouns | lexicon.request_nouns | POLITICIANS or (
        lemma in lexicon.role_words and word.ent_type_ != "PERSON"
    )


def _blow_by_arms(token: Token, lexicon: Lexicon) -> bool:
    """`warplanes blasted the ground forces`, `tanks hammered rebel positions`: forces that
    strike at forces or ground, or a weapon, deal blows, whatever else the verb may mean in
    words."""
    doer = _doer_word(token)
    if doer is not None and doer.lemma_.lower() in lexicon.weapon_nouns:
        return True  # `a Grad rocket slammed into her bedroom wall`: a weapon criticises no one
    if doer is not None and _an_aircraft(doer, lexicon):
        return True  # `F-16s blasted security targets in Gaza City`: warplanes say nothing
    armed = lexicon.forces_nouns | lexicon.aircraft_nouns
    if doer is None or doer.lemma_.lower() not in armed:
        return False
    struck = _acted_on_word(token)
    return struck is not None and struck.lemma_.lower() in armed | lexicon.ground_nouns


def _crashed_into(verb: Token) -> bool:
    """`slammed into the sea`, `smashed into a wall`: struck into something, in body, with no
    one rebuked (`slammed the plan` has an object)."""
    return not any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "into" for c in verb.children
    )


def _an_aircraft(word: Token, lexicon: Lexicon) -> bool:
    """`warplanes`, `US jets`, `F-16 fighter-bombers`, `F-16s`: a military aircraft, by its
    word or by a type name of letters, a hyphen and a number."""
    lemma = word.lemma_.lower()
    if lemma in lexicon.aircraft_nouns or lemma.split("-")[-1] in lexicon.aircraft_nouns:
        return True
    return AIRCRAFT_TYPE.fullmatch(word.text) is not None


def _ground(word: Token, index: ActorIndex, lexicon: Lexicon) -> bool:
    """A town, a site or ground held in war (`the town`, `Misrata`, `the airport`); not a state,
    which may be attacked in words (`Trump attacked China for stealing jobs`)."""
    if word.lemma_.lower() in lexicon.place_nouns | lexicon.ground_nouns:
        return True
    if word.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    named = index.resolve(word)
    return named is None or index.type_of(named.actor) != "state"


def _could_do(doer: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """Whether a doer's word could be someone: a pronoun, an actor's word, or forces."""
    lemma = doer.lemma_.lower()
    return doer.pos_ == "PRON" or finder.could_be_actor(doer) or lemma in lexicon.forces_nouns


def _at_a_disease(token: Token, lexicon: Lexicon) -> bool:
    """`fighting the flu virus`, `a long battle against the virus`, `the pandemic alert`:
    force aimed at a disease, or named after one, is a figure of speech."""
    aimed = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "compound", "amod")]
    aimed += [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in ("against", "on", "with", "over", "for")
        for g in c.children
        if g.dep_ == "pobj"
    ]  # `on alert for flu outbreaks`
    aimed += [c for w in aimed for c in w.children if c.dep_ in ("compound", "amod")]
    return any(w.lemma_.lower() in lexicon.disease_nouns for w in aimed)


def _of_an_ailment(token: Token, lexicon: Lexicon) -> bool:
    """`complained of chest pains`, `complaints about flu-like symptoms`: what is complained of
    is an illness."""
    about = [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in ("of", "about")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    about += [c for w in about for c in w.children if c.dep_ in ("compound", "amod")]
    return any(w.lemma_.lower() in lexicon.disease_nouns for w in about)


def _at_animals(token: Token, lexicon: Lexicon) -> bool:
    """`the killing of the turtles`, `shooting foxes`, `culled 300,000 pigs`: violence done
    to animals."""
    done_to = _acted_on_word(token)
    if done_to is None:
        return False
    done_to = _antecedent(done_to)
    if done_to.lower_ in ("them", "it"):
        # `chasing foxes then shooting them`: the nearest thing named before
        before = [t for t in done_to.doc[done_to.sent.start : done_to.i] if t.pos_ == "NOUN"]
        done_to = before[-1] if before else done_to
    return _an_animal(done_to, lexicon)


def _stopped_work(verb: Token, lexicon: Lexicon) -> bool:
    """`workers struck the factory`, `the United Mine Workers struck`: a strike by working
    people or their union is work stopped, not a blow struck."""
    if verb.lemma_.lower() != "strike":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # a name's words keep their plural (`Workers` in `United Mine Workers`)
    words = list(subject.subtree) if subject is not None else []
    return any(
        w.lemma_.lower() in lexicon.labour_nouns
        or w.lower_.removesuffix("s") in lexicon.labour_nouns
        for w in words
    )


def _in_play(verb: Token, lexicon: Lexicon) -> bool:
    """`slammed a double`, `blasting the ball`, `shot a third-round five under par`: what is
    hit or shot is a ball, a pitch or a score, not anyone."""
    hit = _acted_on_word(verb)
    words = [hit, *(c for c in hit.children if c.dep_ == "compound")] if hit is not None else []
    words += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    named = {w.lemma_.lower() for w in words}
    named |= {
        f"{c.lemma_.lower()} {w.lemma_.lower()}" for w in words for c in w.children
        if c.dep_ == "compound"
    }  # fmt: skip
    return bool(named & lexicon.play_nouns)


def _a_bout(noun: Token, lexicon: Lexicon) -> bool:
    """`a heart attack`, `an asthma attack`, `a flu attack`: an illness striking, not an act."""
    return any(
        c.dep_ == "compound" and c.lemma_.lower() in BOUTS | lexicon.disease_nouns
        for c in noun.children
    )


def _a_poll_finding(verb: Token) -> bool:
    """`over half of Democrats approve`, `60 percent oppose the plan`, `a majority of voters
    disapprove`: a share of the public holding a view, in the present, is a poll's finding,
    not an act; so is what a counted share said of itself (`more people, or 48%, said they
    disapproved`), whatever the tense."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON" and verb.dep_ == "ccomp":
        answering = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return answering is not None and any(
            _counted_share(word) for word in (answering, *answering.conjuncts)
        )
    if verb.tag_ not in ("VBP", "VBZ"):
        return False
    return (
        subject.lemma_.lower() in SHARES
        or any(c.lower_ in SHARES for c in subject.children if c.dep_ in QUANTIFYING)
        or _counted_share(subject)
    )


def _counted_share(word: Token) -> bool:
    """`48%`, `60 percent of voters`, `a majority`: a share a poll counts."""
    return word.lemma_.lower() in ("majority", "minority", "plurality") or any(
        w.ent_type_ == "PERCENT" or w.lower_ in ("percent", "%") for w in word.subtree
    )


def _economic(token: Token, lexicon: Lexicon) -> bool:
    """`supports 400,000 jobs`, `supported the local economy`: what is backed is an
    economy's, not someone."""
    backed = _acted_on_word(token)
    return backed is not None and backed.lemma_.lower() in lexicon.economy_nouns


def _market_demand(noun: Token, lexicon: Lexicon) -> bool:
    """`demand for oil`, `man's insatiable demand for energy`, `demand dipping`: an economy's
    word (economy_nouns) for what goods are wanted (commodity_nouns), or a bare `demand`, not
    a demand made of anyone."""
    if noun.lemma_.lower() not in lexicon.economy_nouns:
        return False
    if noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        # `demand dipping after the attacks`, `Demand in India has been driven by ...`: a
        # demand someone makes is `a`, `the` or `their` demand, or demands
        return not any(c.dep_ in ("ccomp", "acl") for c in noun.children)
    goods = lexicon.commodity_nouns | lexicon.economy_nouns
    wanted = [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
    ]
    return any(g.lemma_.lower() in goods or g.ent_type_ == "PRODUCT" for g in wanted)


def _an_animal(word: Token, lexicon: Lexicon) -> bool:
    """`turtles`, `sea turtles`, and the closed compounds of an animal's name (`lionfish`,
    `blackbirds`)."""
    lemma = word.lemma_.lower()
    return not word.ent_type_ and (  # not `Liam Fox`
        lemma in lexicon.animal_nouns
        or any(c.dep_ == "compound" and c.lemma_.lower() in lexicon.animal_nouns
               for c in word.children)
        or any(len(lemma) - len(a) >= 3 and lemma.endswith(a) and len(a) >= 4
               for a in lexicon.animal_nouns)
    )  # fmt: skip


def _by_accident(token: Token) -> bool:
    """`the device detonated accidentally`, `killed in two accidental explosions`."""
    causes = [token] + [
        g
        for c in token.children
        if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(
        c.dep_ in ("advmod", "amod") and c.lower_ in ACCIDENTALLY
        for cause in causes
        for c in cause.children
    )


def _a_mishap(token: Token, lexicon: Lexicon) -> bool:
    """A blast or a mishap, named by the trigger or as what did it: `the explosion`, `the
    blowout of BP's well killed 11 workers`, `the explosion and fire, which killed 170`, `the
    platform exploded, killing 11 workers` (what a thing did, not whoever the thing is)."""
    if token.dep_ in ("advcl", "conj") and done_by_a_thing(token.head):
        return True
    mishaps = lexicon.mishap_nouns | lexicon.blast_nouns
    doer = _doer_word(token)
    done_by = [] if doer is None else [_antecedent(doer), *_antecedent(doer).conjuncts]
    return any(word.lemma_.lower() in mishaps for word in [token, *done_by])


def _unmeant(token: Token, armed: bool, lexicon: Lexicon) -> bool:
    """A death or a blast no arms are named for: one its sentence puts down to a mishap or a
    disease (`the accident, which killed 11 workers`, `the virus killed 149`), a blast at a
    worksite (`the rig explosion killed 11`), and, in an article that names no arms at all,
    any blast or calamity (`the disaster killed 11`) or an unnamed `it` that kills (a battle
    fought for an aim is left out where it is found: `_for_an_aim`)."""
    if any(t.lemma_.lower() in lexicon.arms_nouns for t in token.sent):
        return False  # `a bomb exploded at the refinery`
    words = {t.lemma_.lower() for t in token.sent if t.pos_ in ("NOUN", "PROPN")}
    if words & (lexicon.mishap_nouns | lexicon.disease_nouns):
        return True
    # `the rig explosion`, `the rig exploded and sank`: a blast told by noun or by verb
    told = any(t.pos_ == "VERB" and done_by_a_thing(t) for t in token.sent)
    if (words & lexicon.blast_nouns or told) and words & lexicon.worksite_nouns:
        return True
    if armed:
        return False
    if words & (lexicon.blast_nouns | lexicon.calamity_nouns):
        return True  # `the disaster killed 11 workers`, in a story that names no arms
    doer = _doer_word(token)
    return doer is not None and doer.lower_ in ("it", "what")  # `it has killed 81 people`


def _for_an_aim(token: Token, finder: SideFinder) -> bool:
    """`the battle to contain the spill`, `a fight to save his job`, `the battle against the
    oil slick`: a struggle named for its aim or waged against no one, which in an article
    that names no arms is a figure of speech."""
    if token.pos_ != "NOUN":
        return False
    against = [g for g in phrase_after(token, "against") if not finder.names_someone(g)]
    return bool(against) or any(to_infinitive(c) for c in token.children)


def _cuts_a_tie(token: Token, lexicon: Lexicon) -> bool:
    """A sanction whose target the text leaves out still says what is cut: an act, aid, ties
    or an envoy (`imposed an embargo`, `cut off aid`, `severed ties`, `recalled its
    ambassador`); not `cut off the geyser of oil` or `suspended its dividend`."""
    if token.pos_ == "NOUN":
        return True  # `sanctions`, `an embargo`: the word is the measure
    cut = _acted_on_word(token)
    if cut is None:
        return True  # `the EU boycotted`: said of no object at all
    return _a_tie(cut, lexicon)


def _a_tie(cut: Token, lexicon: Lexicon) -> bool:
    """An act, aid, ties or an envoy: `talks`, `aid`, `a military aid programme`, `ties`,
    `its ambassador`."""
    cut = counted_noun(cut) or cut  # `suspended part of a military aid program`
    envoys = lexicon.role_words | lexicon.agent_nouns  # `recalled its ambassador`
    words = [cut, *(c for c in cut.children if c.dep_ == "compound")]
    if any(w.lemma_.lower() in lexicon.economy_nouns for w in words[1:]):
        return False  # `suspended dividend payments`: a company's money, no one's aid
    return (
        find_trigger(cut, lexicon) is not None
        or any(_is_aid(word, lexicon) for word in words)
        or cut.lemma_.lower() in TIES | envoys
    )


def _owned_thing(word: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`killed [BP's well]`, `killed [the Macondo well]`: a thing named after someone is
    still a thing; `killed [Gaddafi's son]`, `[Hamas members]`, `[11 workers]` are people."""
    if word.tag_ != "NN" or _could_do(word, finder, lexicon):
        return False
    return word.lemma_.lower() not in TIED_PEOPLE | FOLLOWERS | MEMBERS


def _perpetrated(act: Token) -> bool:
    """An act carried out, perpetrated or owned up to is a deed, not words: `carried out the
    attack`, `claimed responsibility for the attacks`, `the attack is believed to have been
    carried out by ETA`."""
    culpability = act.head.head.lemma_.lower()
    if act.dep_ == "pobj" and act.head.lower_ == "for" and culpability in CULPABILITY:
        return True
    verbs = [act.head] if act.dep_ in ("dobj", "nsubjpass", "nsubj") else []
    while verbs and verbs[-1].lemma_.lower() not in PERPETRATING:
        below = next((c for c in verbs[-1].children if c.dep_ == "xcomp"), None)
        if below is None:
            return False
        verbs.append(below)
    return bool(verbs)


def _rallied_for(token: Token, sides: Sides, finder: SideFinder) -> tuple[EventType, Sides]:
    """`mass demonstrations in support of Gaddafi`, `a rally in solidarity with the strikers`,
    `the pro-government demonstration`, `chanting pro-Gadhafi slogans`: people who march for
    someone back them (PLOVER's SUPPORT); a protest is against."""
    words = [c for c in token.children if c.dep_ in ("amod", "compound", "dobj")]
    words += [g for w in words for g in w.children if g.dep_ in ("amod", "compound")]
    if any(w.lower_.startswith("pro-") or w.lower_ == "pro" for w in words):
        return "SUPPORT", Sides(sides.actors, ())
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "in"):
        for cause in (g for g in prep.children if g.lemma_.lower() in BACKING):
            backed = [
                p
                for c in cause.children
                if c.dep_ == "prep" and c.lower_ in ("of", "with")
                for g in c.children
                if g.dep_ == "pobj"
                for p in finder.phrase(g)
            ]
            return "SUPPORT", Sides(sides.actors, tuple(backed))
    return "PROTEST", sides


def _taken(token: Token, finder: SideFinder) -> bool:
    """Whether what is captured is someone: `captured Gaddafi's son`, `Saif was captured`,
    `the capture of Saif al-Islam`; not `captured Sirte`, `the capture of the airport`."""
    if token.pos_ in ("VERB", "AUX"):
        # `David Hicks, who was captured`: the relative pronoun is its noun
        taken = [_antecedent(c) for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        taken = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        taken += [c for c in token.children if c.dep_ == "poss"]  # `Gaddafi's capture`
    return any(
        t.ent_type_ == "PERSON"
        or t.lower_ in PERSON_PRONOUNS  # `where he and his father were captured`
        or t.lemma_.lower() in KIN
        or (t.ent_type_ not in ("GPE", "LOC", "FAC") and finder.could_be_actor(t))
        for t in taken
    )


def _taken_over(token: Token) -> bool:
    """Whether a company or power itself is seized: `seize control of Amoco and Arco`,
    `seized a stake in the firm` (a company is bought, not coerced); `the Communists seized
    power in 1917` (power taken, from no one the text names)."""
    if token.lemma_.lower() not in TAKING_GROUND:
        return False
    taken_word = _acted_on_word(token)
    if taken_word is not None and taken_word.lemma_.lower() == "power":
        return True
    taken = _seized_words(token, (), PORTIONS | {"stake"}, ("of", "in"))
    return any(t.ent_type_ == "ORG" or t.lemma_.lower() in COMPANIES for t in taken)


def _ground_taken(token: Token, lexicon: Lexicon) -> bool:
    """Whether ground is seized or stormed: `seized two towns`, `seized swathes of the
    country`, `the assault on Tripoli`; not `seized heroin`, `an assault on a policeman`."""
    if token.lemma_.lower() not in TAKING_GROUND:
        return False
    taken = _seized_words(token, ("of", "on", "against"), PORTIONS, ("of",))
    if token.dep_ == "dobj":
        # `forces who launched an assault on the towns`: the tagger hangs `on` from the verb
        taken += phrase_after(token.head, "on", "against")
    if any(
        t.ent_type_ in ("GPE", "LOC", "FAC")
        or t.lemma_.lower() in lexicon.place_nouns | lexicon.ground_nouns
        for t in taken
    ):
        return True
    # `elite brigades launched an assault on Misrata` (a town the tagger calls a company):
    # forces storming what is no one are taking ground; an assault by forces on forces is a
    # battle, and so is one whose object is not said (`forces intensified the assault`)
    if token.lemma_.lower() not in STORMING:
        return False  # (police seizing a building or a car is coercion)
    doer = _doer_word(token.head if token.dep_ == "dobj" else token)
    by_forces = doer is not None and doer.lemma_.lower() in lexicon.forces_nouns
    return by_forces and not any(_bears_no_arms(t, lexicon) for t in taken)


def _bears_no_arms(word: Token, lexicon: Lexicon) -> bool:
    """Someone who bears no arms: `protesters`, `the minister`, `him`; not `the rebels`."""
    if word.lemma_.lower() in lexicon.forces_nouns:
        return False
    return (
        word.ent_type_ in ("PERSON", "NORP")
        or word.pos_ == "PRON"
        or word.lemma_.lower() in lexicon.agent_nouns | lexicon.role_words
    )


def _seized_words(
    token: Token, preps: tuple[str, ...], portions: frozenset[str], portion_preps: tuple[str, ...]
) -> list[Token]:
    """What a seizing word takes: its object, what its `preps` name, and through a portion
    (`control of`, `a stake in`) the whole it is of."""
    taken = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    taken += phrase_after(token, *preps)
    taken += [g for t in taken if t.lemma_.lower() in portions
              for g in phrase_after(t, *portion_preps)]  # fmt: skip
    return taken


def _from_the_air(token: Token, lexicon: Lexicon) -> bool:
    """Whether warplanes, bombers or drones do the act: `raids by NATO warplanes`, `jets
    raided the base`."""
    if token.pos_ in ("VERB", "AUX"):
        doers = [c for c in token.children if c.dep_ == "nsubj"]
    else:
        doers = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "by"
                 for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        doers += [c for c in token.children if c.dep_ in ("compound", "amod")]
        if token.dep_ == "dobj":  # `the air force carried out fresh raids`
            doers += [c for c in token.head.children if c.dep_ == "nsubj"]
    doers += [c for d in doers for c in d.children if c.dep_ == "compound"]
    return any(d.lemma_.lower() in lexicon.aircraft_nouns for d in doers)


def _with_weapon(token: Token, lexicon: Lexicon) -> bool:
    """`a NATO missile attack`, `attacked the convoy with rockets`: an attack with a weapon
    is armed, whoever makes it."""
    words = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
    words += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
              for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    return any(w.lemma_.lower() in lexicon.weapon_nouns for w in words)


def _armed_group(side: Participant, lexicon: Lexicon) -> bool:
    """An armed group or force the lexicon knows (`al-Qaeda`, `Hamas`, `NATO`), not people
    named as a group (`Republicans`)."""
    entry = lexicon.by_name(side.name)
    return entry is not None and (entry.type == "group" or entry.armed)


def _bloody(token: Token) -> bool:
    """`a bloody battle`, `fought a deadly battle against protesters`: blood is shed, so the
    fight is no war of words."""
    words = [token, *(c for c in token.children if c.dep_ in ("dobj", "npadvmod"))]
    return any(c.dep_ == "amod" and c.lower_ in BLOODSHED for word in words for c in word.children)


def _terror_word(token: Token) -> bool:
    """`a bombing`, `a blast`, `arson attacks`, `a suicide attack`; a bare `attack` may be the
    last one told again (`would respond to the attack`)."""
    lemma = token.lemma_.lower()
    if lemma != "attack":
        return lemma in TERROR_WORDS
    return any(c.lower_ in TERROR_MARKS for c in token.children if c.dep_ in ("compound", "amod"))


def _by_state_forces(sides: Sides, token: Token, index: ActorIndex, lexicon: Lexicon) -> bool:
    """Whether a state, its forces or an armed alliance did it: `NATO bombed Tripoli`,
    `Israeli warplanes bombed Gaza`; not `Islamists bombed the World Trade Center`."""
    forces = lexicon.forces_nouns | lexicon.aircraft_nouns
    for side in sides.actors:
        entry = lexicon.by_name(side.name)
        state = index.type_of(side.name) == "state" or (entry is not None and entry.type == "state")
        if state or (entry is not None and entry.armed):
            return True
        words = token.doc.char_span(side.start, side.end, alignment_mode="expand")
        if words is not None and words.root.lemma_.lower() in forces:
            return True
    return False


def _unarmed(sides: Sides, token: Token) -> bool:
    if not sides.actors:
        return True
    doc = token.doc
    words = [doc.char_span(p.start, p.end, alignment_mode="expand") for p in sides.actors]
    return all(w is not None and w.root.lemma_.lower() in TERRORISTS for w in words)


def _joint(token: Token, kind: EventType, sides: Sides) -> EventType:
    """Joint exercises and manoeuvres of several states are cooperation, not a show of force."""
    joint = any(c.lower_ == "joint" for c in token.children) or len(sides.actors) > 1
    exercise = token.lemma_.lower() in EXERCISES
    return "COOPERATE" if kind == "MOBILIZE" and exercise and joint else kind


def _handed_over(token: Token, finder: SideFinder, lexicon: Lexicon) -> bool:
    """`released stockpiles to developing countries`: things released to someone are given;
    `released two sailors` frees people (CONCEDE)."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    # what is handed over is the verb's object: `apologised to Hayward for what he said`
    # hands over nothing
    released = next((c for c in token.children if c.dep_ == "dobj"), None)
    given_to = any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)
    return released is not None and given_to and not finder.names_someone(released)


def _ruled(verb: Token) -> bool:
    """A bench that agrees that something shall be rules on it; it agrees with no one."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        verb.lemma_.lower() == "agree"
        and subject is not None
        and subject.lemma_.lower() in BENCH
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


def _enacted(token: Token) -> bool:
    """`signed the bill into law`, `Bush, who signed the legislation authorizing the museum`:
    enacting a law is no agreement with anyone."""
    if token.lemma_.lower() == "sign" and any(
        c.dep_ in ("dobj", "nsubjpass") and _antecedent(c).lemma_.lower() in LAWMAKING
        for c in token.children
    ):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "into" and any(g.lemma_ == "law" for g in c.children)
        for c in token.children
    )


def _chants_praise(verb: Token, lexicon: Lexicon) -> bool:
    return any(c.dep_ == "dobj" and event_type(c, lexicon) == "SUPPORT" for c in verb.children)


def _welcomed_to(verb: Token, finder: SideFinder) -> Token | None:
    """The guest welcomed somewhere: `welcomed [Brown] to the White House`; not `welcomed the
    news`, `welcomed the offer`."""
    guest = next((c for c in verb.children if c.dep_ == "dobj"), None)
    somewhere = any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    return guest if guest is not None and somewhere and finder.names_someone(guest) else None


def _by_law(verb: Token, lexicon: Lexicon) -> bool:
    """`by law the council must ...`, `under the constitution he must ...`: a duty a text sets."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("by", "under")
        and any(g.dep_ == "pobj" and g.lemma_.lower() in lexicon.document_nouns for g in c.children)
        for c in verb.children
    )


def _a_thing_should(verb: Token, finder: SideFinder) -> bool:
    """The one who should act is a clause or a thing, not someone: `pointing the finger
    should not exonerate the company`, `the sanctions should hurt Iran`, `Pence's
    performance should boost Trump's numbers` (someone's thing is a thing)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is None or subject.pos_ == "PRON":
        return False
    if subject.pos_ == "NOUN" and any(c.dep_ == "poss" for c in subject.children):
        lexicon = finder.lexicon
        people = lexicon.agent_nouns | lexicon.role_words | lexicon.institution_nouns
        return subject.lemma_.lower() not in people | GOVERNMENT_WORDS | lexicon.forces_nouns
    return subject.dep_ == "csubj" or not finder.could_do_it(subject)


def _protested_to(verb: Token) -> bool:
    """`protested to his supervisor`; not `marched to parliament`, which goes somewhere."""
    return verb.lemma_.lower() == "protest" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )


def _lodged(protest: Token) -> bool:
    """A protest sent, lodged or delivered is a note of disapproval, not a demonstration."""
    sent = protest.pos_ == "NOUN" and protest.dep_ in ("dobj", "nsubjpass")
    return sent and protest.head.lemma_.lower() in LODGING


def _wished_force(base: EventType, frame: Frame) -> bool:
    governor = frame.governor
    if governor is None:
        # `a planned attack`: a plot told by others, not a threat anyone made
        return base in FORCEFUL and frame.word in SCHEDULED_ADJECTIVES
    return base in FORCEFUL and governor.lemma_.lower() in WISHING


def _plover_type(base: EventType, frame: Frame) -> EventType:
    if frame.kind == "intent" and base in FORCEFUL and frame.word in READYING:
        return "MOBILIZE"  # `prepared to resume shelling`: forces made ready
    if frame.kind == "ultimatum" or (frame.kind == "intent" and base in FORCEFUL):
        return "THREATEN"
    if frame.kind == "conditional" and base in FORCEFUL | {"SANCTION"}:
        return "THREATEN"  # `may halt mediation if cooperation founders`
    if frame.kind == "intent" and base in COOPERATIVE:
        return "AGREE"
    proposer = frame.governor.lemma_.lower() if frame.governor is not None else ""
    if frame.modality == "intended" and proposer in PROPOSING and base in COOPERATIVE:
        return "AGREE"  # `Israel's proposal to withdraw its troops`: a withdrawal offered
    if frame.kind == "demand":
        return "DEMAND"
    if frame.kind == "refusal" and base in OFFERABLE:
        return "REJECT"
    return base


def _demand_sides(
    trigger: Token, sides: Sides, finder: SideFinder, lexicon: Lexicon
) -> Sides | None:
    """`Russia said Sudan must return the helicopter`: Russia demands, of Sudan. None where
    no one the text names says it must."""
    reporter = next((a for a in trigger.ancestors if a.lemma_.lower() in lexicon.cue_verbs), None)
    if reporter is None or _a_poll_finding(reporter):
        return None  # `more voters think drilling should be done on land`: a view measured
    speakers = finder.subjects(reporter)
    if not speakers:
        return None
    return Sides(tuple(speakers), sides.actors or sides.targets)


def _event(
    source: Source,
    index: ActorIndex,
    lexicon: Lexicon,
    trigger: Token,
    kind: EventType,
    sides: Sides,
    frame: Frame,
    published: dt.date | None,
    evidence: tuple[str, ...],
) -> Event:
    sentence = trigger.sent
    date_span = _date(trigger, sentence)
    normal = (
        normalize(date_span.text, published, looks_ahead(date_span))
        if date_span is not None
        else None
    )
    places = _places(index, lexicon, trigger, sentence, sides)
    # A refused cooperation is itself an act (REJECT); other acts the text denies are negated.
    negated = frame.negated and not (frame.kind == "refusal" and kind == "REJECT")
    modality = frame.modality
    if modality == "realised" and trigger.lemma_.lower() in COMMITTING:
        modality = "intended"  # `pledged support`, `threatened to strike`: not yet done
    return Event(
        id=event_id(source.id, trigger.idx),
        source=source.id,
        type=kind,
        trigger=TextSpan(trigger.text, trigger.idx, trigger.idx + len(trigger.text)),
        actors=sides.actors,
        targets=sides.targets,
        places=places,
        date=normal.iso if normal else (source.published if date_span is None else None),
        date_text=date_span.text if date_span is not None else None,
        date_precision=_precision(normal, date_span, source),
        sentence=_sentence_span(source, sentence),
        summary=_summary(trigger, sides, frame),
        confidence=confidence_of(evidence, kind),
        negated=negated,
        modality=modality,
        evidence=evidence,
    )


def event_id(source: str, offset: int) -> str:
    return "ev-" + hashlib.sha1(f"{source}:{offset}".encode()).hexdigest()[:12]


def _date(trigger: Token, sentence: Span) -> Span | None:
    """The DATE expression of the trigger's clause, else the nearest one in its sentence."""
    dates = [_date_phrase(e) for e in sentence.ents if e.label_ == "DATE" and not _is_duration(e)]
    if not dates:
        return None
    own = [d for d in dates if trigger in d.root.ancestors or d.root.head == trigger]
    return (own or sorted(dates, key=lambda d: abs(d.start - trigger.i)))[0]


def date_references(doc: Doc, source: Source) -> Iterator[DateReference]:
    """Every date the body names that can be placed in time, normalised against the report's
    publication date (`on Monday` of a report published on a Wednesday: that Monday)."""
    published = dt.date.fromisoformat(source.published) if source.published else None
    for ent in doc.ents:
        if ent.label_ != "DATE" or _is_duration(ent) or not in_body(source, ent):
            continue
        phrase = _date_phrase(ent)
        normal = normalize(phrase.text, published, looks_ahead(phrase))
        if normal is not None:
            yield DateReference(
                source.id,
                phrase.start_char,
                phrase.end_char,
                phrase.text,
                normal.iso,
                normal.precision,
            )


def looks_ahead(date: Span) -> bool:
    """Whether the clause a date belongs to tells of what is still to come: `will meet on
    Monday`, `is due to vote on Monday`, `are expected to sign it on Friday`."""
    verb = date.root.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUXILIARIES for c in verb.children):
        return True
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in SCHEDULED:
        return False
    scheduled = verb.head  # `due`, `expected`: scheduled now only when `is`/`are` say so
    present = [scheduled.head, *scheduled.children]
    return any(t.lower_ in PRESENT_BE for t in present)


def _date_phrase(ent: Span) -> Span:
    """`The day` + `before`: the tagger often leaves the relative word out of the entity."""
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if following is not None and following.lower_ in RELATIVE_WORDS:
        return ent.doc[ent.start : ent.end + 1]
    return ent


def _precision(
    normal: NormalDate | None, date_span: Span | None, source: Source
) -> DatePrecision | None:
    if normal is not None:
        return normal.precision
    return "reported" if date_span is None and source.published else None


def _is_duration(ent: Span) -> bool:
    """`a 20-year agreement` is a length of time, not a date."""
    return ent.root.dep_ in ("amod", "compound", "nummod") or (
        "-" in ent.text and "year" in ent.text
    )


def _places(
    index: ActorIndex, lexicon: Lexicon, trigger: Token, sentence: Span, sides: Sides
) -> tuple[Place, ...]:
    # A side is not also a place; but a place standing for its state as a side (`in Tokyo`
    # -> Japan) is still where it happened. The state's own name (`in the UK` -> United
    # Kingdom) is the side said again.
    taken = {(p.start, p.end, p.name) for p in (*sides.actors, *sides.targets)}
    named = {p.name for p in (*sides.actors, *sides.targets)}
    clause = {t.idx for t in trigger.subtree}
    own = [
        p
        for p in index.places
        if sentence.start_char <= p.start < sentence.end_char
        and (p.start, p.end, p.name) not in taken
        and not ((entry := lexicon.by_name(p.name)) is not None and entry.name in named)
    ]
    return tuple(p for p in own if p.start in clause)


def _evidence(
    source: Source,
    index: ActorIndex,
    token: Token,
    trigger: Trigger,
    kind: EventType,
    sides: Sides,
    frame: Frame,
) -> tuple[str, ...]:
    """The signals an event's confidence rests on, by name (see EVIDENCE)."""
    quad = QUAD_CLASS.get(kind)
    doers = sides.actors
    held = {
        "verb": token.pos_ in ("VERB", "AUX"),
        "material-conflict": quad == "material conflict",
        "verbal-conflict": quad == "verbal conflict",
        "material-cooperation": quad == "material cooperation",
        "doer-inferred": bool(doers)
        and (sides.borrowed or any(_pronoun(token.doc, p) for p in doers)),
        "doer-person": any(index.type_of(p.name) == "person" for p in doers),
        "target-named": any(p.id for p in sides.targets),
        "target-described": bool(sides.targets) and not any(p.id for p in sides.targets),
        "sense-checked": trigger.needs is not None,
        "phrase": " " in trigger.entry,
        "reframed": kind != trigger.type,
        "intended": frame.modality == "intended",
        "hypothetical": frame.modality == "hypothetical",
        "generic": frame.modality == "generic",
        "negated": frame.negated,
        "lead": _in_lead(source, token.idx),
        "doer-far": bool(doers) and min(_gap(token, p) for p in doers) > FAR,
        "doers-several": len(doers) > 1,
    }
    held["doer-named"] = any(p.id for p in doers) and not held["doer-inferred"]
    held["doer-described"] = bool(doers) and not held["doer-named"] and not held["doer-inferred"]
    return (*(name for name in EVIDENCE if held[name]), ENTRY + trigger.entry)


def _gap(token: Token, side: Participant) -> int:
    """How many characters lie between a trigger and the words a side rests on."""
    return max(0, side.start - (token.idx + len(token)), token.idx - side.end)


def _with_signal(evidence: tuple[str, ...], name: str) -> tuple[str, ...]:
    """The evidence with one more named signal, in EVIDENCE order, the entry still last."""
    named = set(evidence) | {name}
    return (*(n for n in EVIDENCE if n in named), *(n for n in evidence if n.startswith(ENTRY)))


def _in_lead(source: Source, offset: int) -> bool:
    """In the first two body paragraphs, where a news story tells its news."""
    lead = source.body_paragraphs()[:2]
    return any(p.start <= offset < p.end for p in lead)


@dataclass(frozen=True)
class ConfidenceWeights:
    """The fitted model behind an event's confidence (`briefgen/data/confidence.yaml`)."""

    bias: float
    signals: dict[str, float]  # by EVIDENCE name
    types: dict[str, float]  # by event type
    entries: dict[str, float]  # by lexicon entry: how often that word's events were right


@lru_cache(maxsize=1)
def _weights() -> ConfidenceWeights:
    data = yaml.load((DATA / "confidence.yaml").read_text(encoding="utf-8"), Loader=SAFE_LOADER)

    def floats(key: str) -> dict[str, float]:
        return {str(k): float(v) for k, v in (data.get(key) or {}).items()}

    return ConfidenceWeights(
        float(data["bias"]), floats("weights"), floats("types"), floats("entries")
    )


def confidence_of(evidence: tuple[str, ...], kind: EventType) -> float:
    """How likely an event is right by type and doer: a logistic model over its evidence,
    its type and the lexicon entry that matched, fitted on judged and gold-labelled events
    (`benchmarks/fit_confidence.py`). The entry carries what the other signals cannot: how
    often a word is used in its event sense (`seize control` of a company, a `trip`
    that is a holiday). Entries seen too rarely to judge weigh nothing."""
    weights = _weights()
    score = weights.bias + weights.types.get(kind, 0.0)
    for name in evidence:
        if name.startswith(ENTRY):
            score += weights.entries.get(name.removeprefix(ENTRY), 0.0)
        else:
            score += weights.signals.get(name, 0.0)
    return round(1.0 / (1.0 + math.exp(-score)), 3)


def _pronoun(doc: Doc, side: Participant) -> bool:
    span = doc.char_span(side.start, side.end, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].pos_ == "PRON"


def _summary(trigger: Token, sides: Sides, frame: Frame) -> str:
    """The act in the text's own words: the trigger's clause (with the verb that frames it,
    `offered to negotiate`, `urged Iran to release`) without the clauses hung on it, and the
    doer's name in front where the words quoted do not name it: `Liberal Democrats: Mr Clarke
    should resign`. Quoted, not composed, so it is never ungrammatical and says nothing the
    text does not."""
    head = _told_from(trigger, frame)
    words = _clause_words(head, trigger)
    shown = words[:SUMMARY_WORDS]
    text = _joined(shown) + (" …" if len(words) > SUMMARY_WORDS else "")
    start, end = shown[0].idx, shown[-1].idx + len(shown[-1])
    named = [p for p in sides.actors if p.start is not None and start <= p.start < end]
    if sides.actors and not named:
        text = f"{_names(sides.actors)}: {text}"
    return text


def _told_from(trigger: Token, frame: Frame) -> Token:
    """Where the telling of the act begins: the verb that frames it (`offered to`, `urged X
    to`), the verb whose object an event noun is (`launched [strikes]`), or the trigger."""
    told = trigger
    governor = frame.governor
    if governor is not None and governor.is_ancestor(trigger):
        told = governor
    if told.tag_ in ("VBN", "VBD"):
        told = order_over(told) or told  # `ordered two diplomats expelled`: the order tells it
    if told.pos_ == "NOUN" and told.dep_ == "dobj" and told.head.pos_ in ("VERB", "AUX"):
        told = told.head  # `has [no plans] to withdraw`
    return told


def _joined(words: list[Token]) -> str:
    """Words as the text spells them; a gap where words were left out is one space, and
    punctuation beside a gap (the commas around a cut apposition) goes with it."""
    kept = [
        t
        for k, t in enumerate(words)
        if not t.is_punct
        or (
            (k == 0 or words[k - 1].i == t.i - 1)
            and (k + 1 < len(words) and words[k + 1].i == t.i + 1)
        )
    ]
    parts = []
    for k, token in enumerate(kept):
        parts.append(token.text)
        if k + 1 < len(kept):
            parts.append(token.whitespace_ if kept[k + 1].i == token.i + 1 else " ")
    return "".join(parts).strip(" ,;:-")


def _clause_words(head: Token, trigger: Token) -> list[Token]:
    """The head's words without what hangs on them as a clause of its own (a relative or
    adverbial clause, another verb in a list, an apposition), keeping the path to the
    trigger."""
    path = {head.i, trigger.i, *(a.i for a in trigger.ancestors if head.is_ancestor(a))}
    cut: set[int] = set()
    for token in head.subtree:
        if token.i in path or token.i in cut:
            continue
        if looked_for(token) or (token.dep_ == "mark" and looked_for(token.head)):
            continue  # `called [for Gaddafi to step down]`: what is called for is the act
        if token.dep_ in SUMMARY_CUT or (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX")):
            cut.update(t.i for t in token.subtree)
    # the `and` or `rather than` before a verb left out goes with it
    cut.update(
        t.i
        for cc in head.subtree
        if cc.dep_ == "cc"
        and any(s.dep_ == "conj" and s.i > cc.i and s.i in cut for s in cc.head.children)
        for t in cc.subtree
    )
    words = [t for t in head.subtree if t.i not in cut]
    while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
        words.pop()
    while words and (words[0].is_punct or words[0].dep_ == "cc"):
        words.pop(0)
    return words or [trigger]


def _names(sides: tuple[Participant, ...]) -> str:
    names = [p.name for p in sides]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _sentence_span(source: Source, sentence: Span) -> TextSpan:
    return source.span_in_paragraph(sentence.start_char, sentence.end_char)
