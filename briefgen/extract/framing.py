"""How the text presents an act: done, intended, hypothetical or generic, and negated or not.

The frame decides what a reader may be told happened. `Russia attacked` is realised; `Russia
will support Iran` and `Russia offered to mediate` are intended (and PLOVER codes them AGREE);
`Iran could strike`, `if Iran strikes`, `a threat of war`, `urged Iran to release` (the release
is only demanded) and `to repel incursions` (a purpose) are hypothetical; `experts generally
favour` and `rebels often attack` are generic. A refused or failed cooperation is realised
(PLOVER's REJECT); an act the text says did not happen is negated; an act someone is accused
of or blamed for is only alleged (hypothetical), an event of its own beside the accusation.

A governor that is an event word itself (`threatened`, `urged`, `agreed`) carries the event;
what it governs is then only spoken of. A governor that is not (`offered`, `ready`, `plans`)
lends its frame to the act, which PLOVER recodes: an offered cooperation is AGREE, a promised
use of force THREATEN, what someone `must` do a DEMAND.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from spacy.tokens import Token

from briefgen.extract.lexicon import Lexicon
from briefgen.extract.triggers import (
    OBLIGATION,
    event_type,
    looked_for,
    perfect,
    split_list_prep,
)
from briefgen.model import Modality

FrameKind = Literal[
    "intent", "ultimatum", "conditional", "demand", "refusal", "allegation", "reproach"
]

# Governors that offer or commit to the act they govern.
INTENT = frozenset(
    {
        "offer",
        "promise",
        "pledge",
        "agree",
        "vow",
        "plan",
        "intend",
        "prepare",
        "want",
        "like",  # `would like to continue the dialogue`
        "seek",
        "hope",
        "ready",
        "willing",
        "prepared",
        "commit",
        "committed",
        "determined",
        "resolve",
        "aim",
        "happy",
        "glad",
        "keen",
        "eager",
        "pleased",
        "delighted",
    }
)
# Verbs that lay an act at someone's door without the text saying it was done.
ACCUSING = frozenset({"accuse", "blame", "allege", "charge", "suspect", "indict"})
# Words that put an act on a calendar: `are set to protest`, `is due to meet`.
SCHEDULING = frozenset({"set", "due", "schedule", "poise", "poised"})
# Nouns that say an act is meant: `a bid to oust`, `a decision to withdraw`.
PURPOSES = frozenset(
    {"bid", "attempt", "move", "effort", "decision", "proposal", "intention", "threat", "drive",
     "campaign", "push", "initiative"}
)  # fmt: skip
# Subjects that are things in general: what they should do is a forecast (`something that
# should not be a problem`), not a demand of anyone. (`it` may stand for a state or a firm.)
THINGS_IN_GENERAL = frozenset({"something", "nothing", "anything", "everything"})
# Governors that refuse it or say it failed.
REFUSAL = frozenset({"refuse", "reject", "fail", "decline", "deny", "oppose", "unwilling"})
# Verbs that keep someone from an act: `prevent officials from inquiring`.
KEEPING_FROM = frozenset(
    {"prevent", "stop", "bar", "ban", "prohibit", "keep", "block", "forbid", "restrain",
     "discourage", "deter", "preclude"}
)  # fmt: skip
# Time given to act: `gave Iraq six weeks to withdraw` is a deadline, not a withdrawal.
TIME_GIVEN = frozenset(
    {"hour", "day", "week", "month", "year", "time", "deadline", "chance", "opportunity"}
)
# Verbs of a vote: voting against an act refuses it.
VOTING = frozenset({"vote", "veto", "ballot"})
# Verbs that carry an act on through time: `continue to ambush`, `keep attacking`.
ONGOING = frozenset({"continue", "keep", "tend", "persist"})
# Verbs that say a claim is untrue: `denied reports that ...`.
DOUBTING = frozenset({"deny", "dismiss", "refute", "rebut", "reject", "discount", "debunk"})
# Governors that ask for it or threaten it: the act is only spoken of.
DEMANDING = frozenset(
    {"urge", "demand", "ask", "press", "order", "call", "require", "request", "appeal", "plead",
     "encourage"}
)  # fmt: skip
# Verbs by which one with power does what they name: `ordered the arrest of Lopez` is the
# orderer's arrest (PETRARCH codes the arrest), not a request that someone else arrest him.
COMMANDING = frozenset({"order", "command"})
ORDERED_BY_POWER = frozenset(
    {"COERCE", "INVESTIGATE", "FIGHT", "ASSAULT", "SANCTION", "MOBILIZE", "RETREAT", "CONCEDE"}
)
THREATENING = frozenset({"threaten", "warn", "threat", "warning", "ultimatum", "vow"})
# Verbs that foresee what others may do: `fear that ...`, `expect that ...`.
FORESEEING = frozenset(
    {"fear", "worry", "expect", "predict", "suspect", "speculate", "anticipate", "forecast",
     "assume", "presume", "suppose", "imagine", "guess"}
)  # fmt: skip
# Governors that make it a possibility, a prediction or a fear.
POSSIBLE = frozenset(
    {
        "expect",
        "likely",
        "unlikely",
        "able",
        "possible",
        "consider",
        "risk",
        "fear",
        "possibility",
        "prospect",
        "chance",
        "danger",
        "wish",
        # an attempt is not yet the act: `rebels trying to march on Tripoli`
        "try",
        "attempt",
        # nor is leave to act: `powers allowing the department to isolate patients`
        "allow",
        "permit",
        "enable",
        "empower",
        "authorise",
        "authorize",
        "entitle",
    }
)
# Governors that say it must be done, by the one who would do it: `will have to defend`.
OBLIGED = frozenset({"have", "need"})
# Verbs of what a thing or a rule cannot do without.
NEEDING = frozenset({"need", "require"})
# Passives that give a thing's purpose: `is designed to pressure`, `was meant to punish`.
DESIGNED = frozenset({"design", "intend", "mean", "aim", "calculate", "tailor"})
# Verbs that give what an expression names: `offered his congratulations` is done in the saying.
CONVEYING = frozenset({"offer", "extend", "send", "express", "convey", "voice", "pass"})
APOLOGIES = frozenset({"apology", "apologies"})
NOBODY = frozenset({"nothing", "nobody", "none", "no-one", "noone"})
# Adverbs that make an act a guess: `the government is probably encouraging ...`.
EPISTEMIC = frozenset({"probably", "possibly", "perhaps", "maybe", "presumably", "supposedly"})
FRAMING_PREPS = frozenset({"of", "for", "to", "against", "into", "on", "with"})
FUTURE = frozenset({"will", "shall", "'ll", "wo"})
MAYBE = frozenset({"may", "might", "could", "can", "ca"})
# With `not`, auxiliaries of will: `would not apologise`, `won't attend`, `cannot accept`.
UNWILLING = FUTURE | {"would", "'d", "can", "ca", "could"}
CONDITIONS = frozenset({"if", "unless", "whether", "lest"})
PASSED_OVER = frozenset({"rather than", "instead of"})
# What only puts an act forward, and the things it puts forward: `the measures being
# recommended`, `the proposals include a ban`.
PROPOSING = frozenset({"recommend", "propose", "consider", "suggest", "discuss", "debate", "mull"})
PROPOSALS = frozenset({"proposal", "recommendation", "suggestion", "idea", "option"})
# An act described as possible, not done: `a possible strike`, `proposed talks`.
UNREAL_ADJECTIVES = frozenset(
    {
        "possible",
        "potential",
        "proposed",
        "future",
        "prospective",
        "would-be",
        "imminent",
        "threatened",
        "hypothetical",
        "expected",
        "likely",
    }
)
# Verbs by which an act takes place: `his visit will come`, `the talks will be held`.
TAKING_PLACE = frozenset(
    {"be", "come", "take", "happen", "begin", "start", "open", "follow", "continue", "resume",
     "proceed"}
)  # fmt: skip
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# Verbs that give someone a task: what they are given to do is still to come.
ASSIGNING = frozenset(
    {"depute", "deputise", "deputize", "assign", "task", "appoint", "delegate", "nominate",
     "commission", "designate", "dispatch"}
)  # fmt: skip
# A date ahead of the report: `tomorrow`, `next week`, `later today`, `the coming days`.
AHEAD = re.compile(
    r"\b(tomorrow|next|coming|upcoming|forthcoming)\b|\blater (today|tonight|this)\b"
)
# An act on a schedule, still to come: `planned talks`, `the forthcoming summit`.
SCHEDULED_ADJECTIVES = frozenset({"planned", "scheduled", "upcoming", "forthcoming"})
# Verbs that put an act off: what they act on is still to come.
DEFERRING = frozenset({"delay", "postpone", "defer", "reschedule", "adjourn"})
# Times told by an act still to come: `the eve of the talks`, `the run-up to the vote`.
AWAITING = frozenset({"eve", "run-up", "lead-up", "runup", "build-up"})
# Adjectives that make an act named by a noun a habit: `his frequent attacks on the press`.
FREQUENT = frozenset(
    {"frequent", "regular", "routine", "constant", "habitual", "occasional", "periodic",
     "recurrent", "recurring", "customary"}
)  # fmt: skip
# Adverbs that make a present-tense act a habit or a generalisation.
HABITUAL = frozenset(
    {
        "generally",
        "usually",
        "often",
        "typically",
        "always",
        "frequently",
        "traditionally",
        "routinely",
        "regularly",
        "sometimes",
        "rarely",
        "normally",
        "commonly",
    }
)


@dataclass(frozen=True)
class Frame:
    """How the text presents an act, and the word that says so."""

    modality: Modality
    kind: FrameKind | None = None  # what PLOVER makes of the act (see the module's docstring)
    word: str | None = None  # `will`, `offered`, `must`, `refused`, `not`, `if`...
    governor: Token | None = None
    negated: bool = False


REALISED = Frame("realised")


def frame_of(trigger: Token, lexicon: Lexicon) -> Frame:
    frame = _framed(trigger, lexicon)
    ahead = _told_ahead(trigger) if frame == REALISED else None
    if ahead is not None:
        # `travels to Washington later today for his meeting`, `it will be his first trip`
        frame = Frame("intended", "intent", ahead.text, ahead)
    if frame.kind == "intent" and _unless(trigger):
        # `will withdraw its force unless ...`: a commitment on a condition is an ultimatum.
        return replace(frame, kind="ultimatum")
    if frame.modality == "hypothetical" and frame.word in MAYBE | {"would"} and _if(trigger):
        # `may halt mediation if cooperation founders`: a harm held out on a condition.
        return replace(frame, kind="conditional")
    if frame.kind == "intent" and _if(trigger):
        # `would meet the mediator if he gave them a veto`: offered on a condition (PLOVER
        # still codes the offer), done only if the condition holds
        return replace(frame, modality="hypothetical")
    if frame.modality in ("realised", "intended"):
        condition = _condition(trigger)
        if condition is not None:
            return replace(frame, modality="hypothetical", kind=None, word=condition)
        if trigger.sent.text.rstrip().endswith("?"):
            return replace(frame, modality="hypothetical", kind=None)
    if frame.modality == "realised" and frame.kind is None and _habitual(trigger, lexicon):
        return replace(frame, modality="generic")
    return frame


def _framed(trigger: Token, lexicon: Lexicon, depth: int = 0) -> Frame:
    """The trigger's own words first (negation, modal verbs), then its governor's."""
    if trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in FORESEEING:
        # `critics fear the assembly will cancel the election`: someone's foresight of an
        # act, not an act promised
        return Frame("hypothetical", None, trigger.head.text, trigger.head)
    own = _own_frame(trigger)
    if own is not None:
        return own
    if _infinitive_of_noun(trigger):
        # `plans to ban smoking`, `a bid to oust the Speaker`: meant, not done; `the power to
        # detain suspects`, `the right to arrest`: possible, not done
        noun = trigger.head
        if _denied_to_exist(noun):
            # `denied any bid to broker a deal`: there was none, so nothing was meant
            return Frame("realised", None, noun.text, noun, negated=True)
        if _refused(noun):
            # `has no plans to withdraw`, `no desire to offer concessions`: refused
            return Frame("realised", "refusal", noun.text, noun, negated=True)
        if noun.lemma_.lower() in INTENT:
            return Frame("intended", "intent", noun.text, noun)  # `his plans to wind down`
        if noun.lemma_.lower() in PURPOSES:
            return Frame("intended", None, noun.text, noun)  # `a bid to oust`: tried, not offered
        return Frame("hypothetical", None, "to", noun)
    accuser = _accuser(trigger)
    if accuser is not None:
        # `accused NATO of killing civilians`: the accuser's claim, not an act the text
        # reports as done; it stays an event of its own, marked as only alleged
        return Frame("hypothetical", "allegation", accuser.text, accuser)
    going = trigger.head if trigger.dep_ == "xcomp" else None
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    if going is not None and going.lemma_ == "go" and going.tag_ == "VBG" and to:
        # `is going to strike a deal`: the future said plainly; `is not going to`: refused
        if any(c.dep_ == "neg" for c in going.children):
            return Frame("realised", "refusal", "not", going, negated=True)
        return Frame("intended", "intent", going.text, going)
    voter = _voted_against(trigger)
    if voter is not None:
        # `Turkey voted against allowing US troops to use its soil`: a refusal
        return Frame("realised", "refusal", voter.text, voter, negated=True)
    doubter = _doubted_claim(trigger, lexicon)
    if doubter is not None:
        # `denied reports that Daw had been wounded`: what a claim says, the claim denied
        return Frame("realised", None, doubter.text, doubter, negated=True)
    if _kept_from(trigger):
        # `laws that prevent officials from inquiring`, `barred him from meeting`: held
        # back from the act, which is not done
        return Frame("hypothetical", None, trigger.head.head.text, trigger.head.head)
    if looked_for(trigger):
        # `called for Gaddafi to step down`, `waited for the army to withdraw`, `paves the
        # way for the US to reopen`: an act sought, awaited or made possible, not done
        return Frame("hypothetical", None, trigger.head.text, trigger.head)
    governor = _governor(trigger)
    if governor is None and trigger.dep_ == "conj" and trigger.head.pos_ in ("NOUN", "PROPN"):
        # `threatening no-fly zones, sanctions and further military action`: nouns joined by
        # `and` share the first one's frame
        return _framed(trigger.head, lexicon, depth + 1) if depth < 2 else REALISED
    if governor is None and trigger.dep_ == "conj" and trigger.head.pos_ in ("VERB", "AUX"):
        # `allowing the department to isolate patients and inspect homes`: verbs joined by
        # `and` share the frame of the first, but not its `not` (`did not attack but seized`)
        shared = _framed(trigger.head, lexicon, depth + 1) if depth < 2 else REALISED
        # ... though a refusal covers both (`refuse to register and recognise his party`)
        contrast = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in trigger.head.children)
        refused = shared.kind == "refusal" and not contrast
        # ... and `does not approve or endorse` denies both: `or` under a `not` is neither
        either = any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in trigger.head.children)
        return REALISED if shared.negated and not refused and not either else shared
    if governor is None:
        return REALISED
    if (
        trigger.pos_ == "NOUN"
        and governor.lemma_.lower() in CONVEYING
        and said_in_saying(trigger, lexicon)
    ):
        # `offered his congratulations`, `offered his apology`: what is conveyed happens when
        # the verb does
        return _framed(governor, lexicon, depth + 1) if depth < 1 else REALISED
    if _purpose(trigger):
        return Frame("hypothetical", None, "to", governor)
    if ordered_act(trigger, lexicon) or ordered_done(trigger, lexicon) is not None:
        return _framed(governor, lexicon, depth + 1) if depth < 1 else REALISED
    frame = _governing_frame(governor, lexicon)
    if frame is not None and frame.kind == "intent" and _someone_else(trigger, governor):
        # `the Tories want the commissioner to investigate`: a wish for another's act, which
        # nobody has promised
        return Frame("hypothetical", None, frame.word, governor)
    if frame is not None and frame.kind == "refusal" and trigger.dep_ == "advcl":
        # `could not be clarified until the Bank had completed [its assessment]`: what a
        # denied clause is about is not itself refused.
        return REALISED
    if frame is None and trigger.dep_ == "pobj":
        return REALISED  # `would respond to [the attack]`: the attack's frame is its own
    if frame is None and trigger.dep_ == "ccomp" and governor.lemma_.lower() in lexicon.cue_verbs:
        # `BP is planning to announce that Hayward is negotiating`: what a report says keeps
        # its own frame; only the report is planned
        return REALISED
    if frame is None:
        return _framed(governor, lexicon, depth + 1) if depth < 1 else REALISED
    return frame


def order_over(participle: Token) -> Token | None:
    """The order a participle hangs from: `[ordered] two diplomats expelled`, and `[ordered]
    the prisoners released`, parsed as describing the prisoners."""
    if participle.dep_ in ("ccomp", "oprd", "xcomp"):
        order = participle.head
    elif participle.dep_ == "acl" and participle.head.dep_ == "dobj":
        order = participle.head.head
    else:
        return None
    return order if order.lemma_.lower() in COMMANDING else None


def ordered_done(verb: Token, lexicon: Lexicon) -> Token | None:
    """Whom an order wants an act of power done to, where the orderer does it: `ordered [two
    British journalists] expelled`, `ordered [the prisoners] released`."""
    # a bare participle (the tagger may read `expelled` as a past tense): no `that`, no `was`
    bare = verb.tag_ in ("VBN", "VBD") and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in verb.children
    )
    order = order_over(verb) if bare else None
    if order is None or event_type(verb, lexicon) not in ORDERED_BY_POWER:
        return None
    if verb.dep_ == "acl":
        return verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject or next((c for c in order.children if c.dep_ == "dobj"), None)


def ordered_act(noun: Token, lexicon: Lexicon) -> bool:
    """`ordered the arrest of Lopez`, `ordered an inquiry`, `ordered air strikes`: an act of
    power an order names is done by whoever gives it, in the order's own frame; not an act
    of others (`ordered the evacuation of ships` asks the ships to leave)."""
    return (
        noun.dep_ == "dobj"
        and noun.pos_ == "NOUN"
        and noun.head.lemma_.lower() in COMMANDING
        and event_type(noun, lexicon) in ORDERED_BY_POWER
    )


def _said_of_a_thing(trigger: Token) -> bool:
    """Whether a clause's subject is a thing in general (`something`, `nothing`), or a relative
    pronoun standing for one: what such a thing should do is expected, not asked of anyone."""
    subject = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.tag_ == "WDT":
        described = next((a.head for a in subject.ancestors if a.dep_ == "relcl"), None)
        subject = described if described is not None else subject
    return subject.lower_ in THINGS_IN_GENERAL


def _own_frame(trigger: Token) -> Frame | None:
    passed_over = _passed_over(trigger)
    if passed_over is not None:
        # `shot at the wounded rather than allowing them to be treated`: not done
        return Frame("realised", None, passed_over, negated=True)
    obliged = next(
        (c for c in trigger.children if c.dep_ == "aux" and c.lower_ in OBLIGATION), None
    )
    refused = any(c.dep_ == "neg" for c in trigger.children)
    if obliged is not None and _said_of_a_thing(trigger):
        # `something that experts said should not present a problem`: a forecast, not a demand
        return Frame("hypothetical", None, obliged.lower_, negated=refused)
    if obliged is not None and refused and not perfect(trigger):
        # `Obama shouldn't exploit the crisis`, said by Boehner: a demand that he not, made as
        # much as any other
        return Frame("realised", "demand", obliged.lower_)
    if any(c.dep_ == "neg" for c in trigger.children) or _denied(trigger):
        # `would not apologise`, `will not attack`: refused; `has not spoken with him`, `did
        # not attend`: not done, which refuses nothing
        willing = any(c.dep_ == "aux" and c.lower_ in UNWILLING for c in trigger.children)
        vowed = trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in INTENT  # `vowed not to`
        return Frame("realised", "refusal" if willing or vowed else None, "not", negated=True)
    for aux in (c for c in trigger.children if c.dep_ == "aux"):
        word = aux.lower_
        if word in OBLIGATION:
            if perfect(trigger):
                # `should have apologised`: a reproach of what was not done, asked of no one
                return Frame("hypothetical", "reproach", word)
            return Frame("realised", "demand", word)
        if word in FUTURE:
            return Frame("intended", "intent", word)
        if word == "would":
            # Reported (`said it would withdraw`) it is an intent; otherwise a conditional.
            if _reported(trigger):
                return Frame("intended", "intent", word)
            return Frame("hypothetical", None, word)
        if word in MAYBE:
            return Frame("hypothetical", None, word)
    if any(c.dep_ == "advmod" and c.lower_ in EPISTEMIC for c in trigger.children):
        return Frame("hypothetical", None, "probably")  # `is probably encouraging`
    if trigger.pos_ == "NOUN":
        unreal = next(
            (c for c in trigger.children if c.lower_ in UNREAL_ADJECTIVES and c.dep_ == "amod"),
            None,
        )
        if unreal is not None:
            return Frame("hypothetical", None, unreal.lower_)
        planned = next(
            (c for c in trigger.children if c.lower_ in SCHEDULED_ADJECTIVES and c.dep_ == "amod"),
            None,
        )
        if planned is not None:
            return Frame("intended", "intent", planned.lower_)  # `planned talks`: PLOVER's AGREE
        proposal = _proposed_among(trigger)
        if proposal is not None:
            return Frame("hypothetical", None, proposal.lower_)
        awaited = _awaited(trigger) or _deferred(trigger)
        if awaited is not None:
            # `on the eve of his meeting`, `would delay the visit`: still to come
            return Frame("intended", "intent", awaited.lower_)
    return None


def _deferred(noun: Token) -> Token | None:
    """`postponed his visit`, `the talks were delayed`: an act put off has not happened."""
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = noun.head
    return verb if verb.lemma_.lower() in DEFERRING else None


def _awaited(noun: Token) -> Token | None:
    """`on the eve of Obama's meeting`, `ahead of the talks`, `in the run-up to the vote`: an
    act the time is told by is still to come."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ not in ("prep", "pcomp"):
        return None
    before = prep.head
    if prep.lower_ in ("of", "to") and before.lemma_.lower() in AWAITING:
        return before
    return before if prep.lower_ == "of" and before.lower_ == "ahead" else None


def _proposed_among(noun: Token) -> Token | None:
    """`Among the measures being recommended is a ban on ...`, `the proposals include a ban`:
    an act listed among things only put forward is proposed, not done."""
    while noun.dep_ == "conj":
        noun = noun.head
    verb = noun.head
    if noun.dep_ in ("nsubj", "attr") and verb.lemma_ == "be":
        lists = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "among"
                 for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    elif noun.dep_ == "dobj" and verb.lemma_ in ("include", "contain"):
        lists = [c for c in verb.children if c.dep_ == "nsubj"]
    else:
        return None
    for listed in lists:
        if listed.lemma_.lower() in PROPOSALS:
            return listed
        status = next(
            (c for c in listed.children
             if c.dep_ in ("acl", "amod", "relcl")
             and (c.lemma_.lower() in PROPOSING or c.lower_ in UNREAL_ADJECTIVES)),
            None,
        )  # fmt: skip
        if status is not None:
            return status
    return None


def _told_ahead(trigger: Token) -> Token | None:
    """The word that puts an act still to come: a clause in the present with a date ahead
    (`Cameron travels to Washington [later today] for his meeting`, `meets Obama [next
    week]`), or an act named by a copula in the future (`it [will] be his first trip`)."""
    clause = trigger
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if (
        trigger.pos_ == "NOUN"
        and trigger.dep_ in ("attr", "nsubj")
        and clause.lemma_.lower() in TAKING_PLACE
    ):
        # `it will be his first trip`, `his visit will come a day after ...`
        future = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ in FUTURE), None)
        if future is not None:
            return future
    if clause.tag_ in ("VBD", "VBN") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in clause.children
    ):
        return None  # `met him the next day`: a story told in the past
    for word in (*trigger.children, *clause.children):
        if word.ent_type_ in ("DATE", "TIME") and AHEAD.search(
            " ".join(t.lower_ for t in word.subtree)
        ):
            return word
    return _on_a_weekday(clause)


def _on_a_weekday(clause: Token) -> Token | None:
    """`when Svanberg meets Obama` in `the meeting takes place on Wednesday when ...`: a day of
    the week with the plain present tells what is on the calendar, still to come (what is done
    is told in the past); so does the present progressive (`Seifert is meeting Ms Furse on
    Thursday`), English's way of telling what is arranged."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    plain = clause.tag_ in ("VBZ", "VBP") and not auxiliaries
    arranged = (
        clause.tag_ == "VBG"
        and len(auxiliaries) == 1
        and auxiliaries[0].tag_ in ("VBZ", "VBP")
        and auxiliaries[0].dep_ == "aux"
    )
    if not (plain or arranged):
        return None
    if clause.dep_ == "relcl" and clause.head.lower_ in WEEKDAYS:
        return clause.head  # `on Wednesday, when Svanberg meets Obama`
    # the clause's own words, or those of the clause a `when` clause hangs on
    around = [clause, clause.head] if clause.dep_ == "advcl" else [clause]
    for verb in around:
        if verb.tag_ not in ("VBZ", "VBP") and verb is not clause:
            continue
        for word in verb.children:
            days = {t.lower_ for t in word.subtree}
            if days & WEEKDAYS and not days & {"every", "each"} and not _a_label(word):
                return word  # not `every Friday` (a habit) nor `Wednesday: ...` (a chronology)
    return None


def _a_label(word: Token) -> bool:
    """`Wednesday: Obama and Biden meet ...`: a chronology's heading for what it tells, in the
    present of a story retold."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return word.i == word.sent.start and after is not None and after.text in (":", "-", "—", "–")


def _accuser(trigger: Token) -> Token | None:
    """The verb that accuses someone of the act: `accused NATO [of killing]`, `blamed Syria
    [for shelling]`, `charged with [smuggling]`, and `accused [forces of firing]` as parsed."""
    prep = trigger.head if trigger.dep_ in ("pcomp", "pobj") else split_list_prep(trigger)
    if prep is None or prep.dep_ != "prep":
        return None
    above = prep.head
    if above.pos_ == "NOUN" and above.dep_ in ("dobj", "nsubjpass"):
        above = above.head
    return (
        above if above.lemma_.lower() in ACCUSING and prep.lower_ in ("of", "for", "with") else None
    )


def _denied_to_exist(noun: Token) -> bool:
    """`denied any bid`, `denies any plan`: said to be none, not refused."""
    return (
        noun.dep_ == "dobj"
        and noun.head.lemma_.lower() == "deny"
        and any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)
    )


def _kept_from(trigger: Token) -> bool:
    """`prevent officials [from inquiring]`, `barred the envoy [from meeting] him`."""
    from_ = trigger.head if trigger.dep_ == "pcomp" else None
    return (
        from_ is not None and from_.lower_ == "from" and from_.head.lemma_.lower() in KEEPING_FROM
    )


def _refused(governor: Token) -> bool:
    """`would not attend [talks]`, `did not want to meet`, `has no desire to offer`, `no plans
    to withdraw`; not `did not attend [the talks]`, which only says they were not attended."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in governor.children):
        return True
    # `hasn't been eager to negotiate`: the `not` stands on the copula of a wish
    copula = governor.head if governor.dep_ == "acomp" else governor
    if not any(c.dep_ == "neg" for c in (*governor.children, *copula.children)):
        return False
    willing = any(c.dep_ == "aux" and c.lower_ in UNWILLING for c in governor.children)
    return willing or governor.lemma_.lower() in INTENT


def _denied(trigger: Token) -> bool:
    """`no agreement was reached`, `never attacked`, `nothing in the rules to prevent him`."""
    head = trigger.head
    if trigger.dep_ in ("acl", "relcl") and head.lower_ in NOBODY:
        return True
    if trigger.dep_ in ("advcl", "xcomp") and any(
        c.lower_ in NOBODY and c.dep_ in ("attr", "nsubj", "dobj") for c in head.children
    ):
        return True  # `there is nothing to prevent him`
    if trigger.dep_ in ("pobj", "pcomp") and head.lower_ == "without":
        return True  # `appointments without Senate approval`, `left without meeting him`
    if any(_no_one(c) for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")):
        return True  # `none of Georgia's congressmen asked him`, `neither Russia nor China`
    return any(
        (c.dep_ == "det" and c.lower_ == "no") or c.lower_ == "never" for c in trigger.children
    )


def _no_one(subject: Token) -> bool:
    """`none of them`, `nobody`, `no country`, `no one`, `neither side`, `neither X nor Y`."""
    return subject.lower_ in NOBODY or any(
        c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither") for c in subject.children
    )


def denied_doing(verb: Token) -> bool:
    """`denied negotiating`, `denied having met`, `denied any bid to broker a deal`: a deed
    after `deny`, or anything of its kind, is said not to have been, not refused; so is one
    avoided (`it avoided shooting itself in the foot`)."""
    lemma = verb.lemma_.lower()
    if lemma == "avoid":
        return any(c.dep_ in ("xcomp", "ccomp", "dobj") and c.tag_ == "VBG" for c in verb.children)
    return lemma == "deny" and any(
        (c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG") or _denied_to_exist(c)
        for c in verb.children
    )


def _voted_against(trigger: Token) -> Token | None:
    """The vote against an act: `voted against allowing ...`, `voted against the deal`."""
    against = trigger.head
    if trigger.dep_ not in ("pcomp", "pobj") or against.lower_ != "against":
        return None
    return against.head if against.head.lemma_.lower() in VOTING else None


def _doubted_claim(trigger: Token, lexicon: Lexicon) -> Token | None:
    """`denied reports that ...`, `dismissed claims that ...`: the verb that denies the claim
    a clause is the content of."""
    claim = trigger.head
    # `a report that Daw had been wounded`, which the parser may take for a relative clause;
    # not `a report which said ...`
    content = trigger.dep_ in ("acl", "ccomp") or (
        trigger.dep_ == "relcl" and any(c.dep_ == "mark" for c in trigger.children)
    )
    if not content or claim.lemma_.lower() not in lexicon.claim_nouns:
        return None
    doubter = claim.head
    denies = doubter.lemma_.lower() in DOUBTING and claim.dep_ in ("dobj", "nsubjpass")
    return doubter if denies else None


def _reported(trigger: Token) -> bool:
    """A clause under a verb of saying: `Iran said it would respond`."""
    head = trigger.head
    return trigger.dep_ in ("ccomp", "conj") and head.pos_ == "VERB" and head != trigger


def _governor(trigger: Token) -> Token | None:
    """The word a trigger depends on for its frame: `offered [to negotiate]`, `ready [to
    host]`, `offered [concessions]`, `call for [sanctions]`, `threat of [war]`."""
    if trigger.dep_ in ("xcomp", "ccomp", "advcl"):
        return trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubjpass"):
        return trigger.head
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        # `call for [X]`, `threat of [X]`, `opposed to [X]`; not `following [X]`, `after [X]`:
        # an act that came before or beside another keeps its own frame.
        governor = trigger.head.head
        if governor.pos_ in ("VERB", "ADJ", "NOUN") and trigger.head.lower_ in FRAMING_PREPS:
            return governor
    return None


def _infinitive_of_noun(trigger: Token) -> bool:
    return (
        trigger.dep_ == "acl"
        and trigger.head.pos_ == "NOUN"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    )


def said_in_saying(noun: Token, lexicon: Lexicon) -> bool:
    """Acts done by words alone, given when they are offered: praise, criticism, thanks and
    apologies (`offered his apology` apologised; `offered talks` only promised them)."""
    return (
        event_type(noun, lexicon) in ("SUPPORT", "DISAPPROVE") or noun.lemma_.lower() in APOLOGIES
    )


def _passed_over(trigger: Token) -> str | None:
    """`rather than allowing`, `instead of releasing them`: the words that say an act was
    passed over for another."""
    if trigger.i < 2:
        return None
    words = trigger.doc[trigger.i - 2 : trigger.i].text.lower()
    return words if words in PASSED_OVER else None


def _purpose(trigger: Token) -> bool:
    """`troops were deployed to repel incursions`: what an act is for has not happened."""
    return trigger.dep_ == "advcl" and any(
        c.lower_ in ("to", "in order") for c in trigger.children if c.dep_ in ("aux", "mark")
    )


def _governing_frame(governor: Token, lexicon: Lexicon) -> Frame | None:
    word = governor.lemma_.lower()
    if word in ASSIGNING:
        # `Osborne has been deputed to talk to Hayward`: a task, not yet done
        return Frame("intended", "intent", governor.text, governor)
    if denied_doing(governor):
        # `denied negotiating with the rebels`: said not to have been done, not refused
        return Frame("realised", None, governor.text, governor, negated=True)
    if word in REFUSAL or _refused(governor):
        # `failed to mobilise`, `refused to attack`: not done (a refused cooperation is
        # itself an act, PLOVER's REJECT, and is not negated: see events.py)
        return Frame("realised", "refusal", governor.text, governor, negated=True)
    naming = word == "call" and not any(
        c.lower_ in ("for", "on", "upon") for c in governor.children
    )
    if word in OBLIGED and any(c.dep_ == "xcomp" for c in governor.children):
        # `will have to defend`; not `had talks with Erdogan`, which were held
        return Frame("hypothetical", None, governor.text, governor)
    if word in NEEDING:
        # `legislation needs the approval of parliament`: an act wanted, not done
        return Frame("hypothetical", None, governor.text, governor)
    if word in DESIGNED and any(c.dep_ == "auxpass" for c in governor.children):
        # `the criticism is designed to pressure the moderators`: a purpose, not a deed
        return Frame("hypothetical", None, governor.text, governor)
    asks = word in DEMANDING or event_type(governor, lexicon) == "DEMAND"  # `challenged X to`
    if word in THREATENING or (asks and not naming):  # not `called it an attack`
        return Frame("hypothetical", None, governor.text, governor)
    if word in SCHEDULING and _on_a_schedule(governor):
        return Frame("intended", "intent", governor.text, governor)  # `are set to protest`
    if word == "expect" and any(c.dep_ == "auxpass" for c in governor.children):
        # `Margelov was expected to meet the rebels`: on the schedule, as `is due to`
        return Frame("intended", "intent", governor.text, governor)
    if word in INTENT or any(c.lower_ in FUTURE for c in governor.children if c.dep_ == "aux"):
        if event_type(governor, lexicon) is not None:
            return Frame("hypothetical", None, governor.text, governor)  # `agreed to [X]`
        return Frame("intended", "intent", governor.text, governor)
    if word in POSSIBLE:
        return Frame("hypothetical", None, governor.text, governor)
    if word in ("give", "grant") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in TIME_GIVEN for c in governor.children
    ):
        return Frame("hypothetical", None, governor.text, governor)  # `gave Iraq six weeks to`
    judged = governor.lemma_ == "be" and any(c.dep_ == "acomp" for c in governor.children)
    if governor.lemma_ == "be" and not judged and _infinitive_below(governor):
        return Frame("intended", "intent", governor.text, governor)  # `is to step down`
    if governor.pos_ == "ADJ" or judged:
        # `it is wrong to deny people ...`, `it is vital to act`: a judgement on an act, not one
        return Frame("hypothetical", None, governor.text, governor)
    return None


def _on_a_schedule(governor: Token) -> bool:
    """`are set to`, `is due to`, `was scheduled to`: a state of being set, not `set out to`."""
    return governor.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in governor.children)


def _someone_else(trigger: Token, governor: Token) -> bool:
    """Whether the act intended is another's: its clause has a subject of its own, or the
    intending verb an object who would act (`want [the commissioner] to investigate`)."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
    controller = trigger.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in governor.children)
    return own or controller


def _infinitive_below(governor: Token) -> bool:
    return any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in governor.children
    )


def _unless(trigger: Token) -> bool:
    return _conditioned(trigger, {"unless"})


def _if(trigger: Token) -> bool:
    return _conditioned(trigger, {"if", "unless"})


def _conditioned(trigger: Token, marks: set[str]) -> bool:
    """Whether a condition clause (`unless ...`, `if ...`) hangs on the trigger."""
    return any(
        c.dep_ == "advcl" and any(m.lower_ in marks for m in c.children if m.dep_ == "mark")
        for c in trigger.children
    )


def _condition(trigger: Token) -> str | None:
    """`if Iran strikes`, `unless Israel rescinded`, `whether talks resume`: the mark of a
    conditional clause the trigger stands in."""
    for node in [trigger, *trigger.ancestors]:
        mark = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in CONDITIONS), None)
        if mark is not None:
            return mark.lower_
        if node.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "dobj", "pobj", "prep", "acl"):
            break
    return None


def _an_issue(word: Token) -> bool:
    """`abortion`, `same-sex marriage`, `tax cuts`: a bare common noun object names an issue
    in general, not one measure or one side (`the resolution`, `his plan`, `Obama`)."""
    return (
        word.dep_ == "dobj"
        and word.tag_ in ("NN", "NNS")
        and not word.ent_type_
        and not any(c.dep_ in ("det", "poss", "nummod") for c in word.children)
    )


def _habitual(trigger: Token, lexicon: Lexicon) -> bool:
    """An act named with a habit's adjective (`frequent encouragement of violence`), a
    present-tense act with a habitual adverb, a bare plural subject or in an aside
    (`experts generally favour`, `militants often attack`, `Turkey, which occupies northern
    Cyprus`) says what tends to happen or holds, not what happened; so does an act that
    goes on in such a clause (`insurgents who continue to ambush forces`)."""
    if trigger.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in FREQUENT for c in trigger.children
    ):
        return True  # `Trump's frequent encouragement of violence`, `regular protests`
    if trigger.tag_ == "VBD" and any(
        c.dep_ == "advmod" and c.lower_ in HABITUAL for c in trigger.children
    ):
        return True  # `he frequently collaborated with Spike Lee`: a habit of the past
    ongoing = trigger.dep_ == "xcomp" and trigger.tag_ == "VB" and trigger.head.lemma_ in ONGOING
    if ongoing:
        trigger = trigger.head
    if trigger.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "aux" for c in trigger.children):
        return False
    if any(c.lower_ in HABITUAL for c in trigger.children if c.dep_ == "advmod"):
        return True
    if any(
        c.dep_ == "npadvmod" and any(d.lower_ in ("every", "each") for d in c.children)
        for c in trigger.children
    ):
        return True  # `two million tourists who visit Cuba every year`
    stance = trigger.lemma_.lower() in lexicon.stance_verbs
    if stance and any(_an_issue(c) for c in trigger.children):
        return True  # `Huckabee opposes same-sex marriage`: a stance held, not an act
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if trigger.dep_ == "relcl" and subject is not None and subject.tag_ in ("WDT", "WP"):
        # `Turkey, which occupies northern Cyprus`, `IPF, which offers small loans`: an aside
        # in the present tense says what someone is or does, not what happened
        before = trigger.doc[subject.i - 1] if subject.i > 0 else None
        if before is not None and before.lower_ == "," and not ongoing:
            return True  # (`rebels, who continue to shell the town,`: going on now)
        subject = trigger.head  # `insurgents who continue to ...`: who the relative stands for
    return (
        subject is not None
        and subject.tag_ == "NNS"
        and not subject.ent_type_
        and not any(c.dep_ in ("det", "poss", "nummod", "compound") for c in subject.children)
    )
