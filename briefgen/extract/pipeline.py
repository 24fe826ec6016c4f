"""Loading the spaCy pipeline once and adding briefgen's components to it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans, registry

from briefgen.errors import ModelError
from briefgen.extract.dates import RELATIVE_DAYS
from briefgen.extract.doctext import remember_text
from briefgen.extract.lexicon import Lexicon, lexicon_signature, load_lexicon
from briefgen.extract.model_info import as_pipeline, candidates
from briefgen.model import Pipeline, Source

log = logging.getLogger(__name__)


# Where a Doc's body paragraphs begin (character offsets), set by `source_doc`.
PARAGRAPH_STARTS = "briefgen_paragraph_starts"
# Words that, capitalised after an abbreviation's full stop, begin a new sentence.
SENTENCE_OPENERS = frozenset(
    {"The", "There", "He", "She", "It", "They", "We", "I", "But", "This", "That", "These",
     "Those", "His", "Her", "Its", "Their", "Our", "Meanwhile", "However", "Still", "Yet"}
)  # fmt: skip


@Language.component("briefgen_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Every paragraph starts a sentence: a sentence never runs from one paragraph into the
    next, nor a caption or a heading into the story. The reader's paragraphs (`source_doc`)
    already end where a line does unless the lines are one paragraph wrapped; a text that
    comes without them starts a sentence after every line break. The parser keeps the starts
    set here."""
    given = doc.user_data.get(PARAGRAPH_STARTS)
    starts = set(given or ())
    for token in doc[1:]:
        previous = doc[token.i - 1]
        after_break = (
            given is None and previous.is_space and ("\n" in previous.text or "\r" in previous.text)
        )
        if not token.is_space and (token.idx in starts or after_break or _opens(token)):
            token.is_sent_start = True
    return doc


def _opens(token: Token) -> bool:
    """`... went on to Venice, La. There, he planned`, `... in the U.S. The company said`: an
    abbreviation's full stop also ends the sentence when a word that opens one follows."""
    previous = token.doc[token.i - 1]
    abbreviation = len(previous.text) > 1 and previous.text.endswith(".")
    return abbreviation and token.text in SENTENCE_OPENERS


def source_doc(nlp: Language, source: Source) -> Doc:
    """A source's body text, tokenised and told where its paragraphs begin, ready to parse."""
    text = source.body_text()
    doc = nlp.make_doc(text)
    remember_text(doc, text)
    doc.user_data[PARAGRAPH_STARTS] = [p.start for p in source.body_paragraphs()]
    return doc


def load(name: str, lexicon_path: str | None = None) -> Language:
    """The pipeline by package name or path, with briefgen's components; loaded once per
    process, and again when the project's lexicon files change."""
    return _load(name, lexicon_path, lexicon_signature(lexicon_path))


@lru_cache(maxsize=4)
def _load(
    name: str, lexicon_path: str | None, signature: tuple[tuple[str, int, int], ...]
) -> Language:
    nlp = _load_package(name)
    _lemma_index_as_sets(nlp)
    lexicon = load_lexicon(lexicon_path)
    _correct_lemmas(nlp, lexicon.verb_forms)
    nlp.add_pipe("briefgen_paragraphs", before="parser")
    ruler = nlp.add_pipe(
        "span_ruler",
        name="briefgen_entities",
        after="ner",
        config={
            "spans_key": None,
            "annotate_ents": True,
            "overwrite": False,
            "ents_filter": {"@misc": "briefgen.whole_names_filter.v1"},
        },
    )
    # The phrase patterns match on the tokens' text (ORTH): tokenising them is all they need,
    # and with the components on, spaCy would tag, parse and tag entities in each of them.
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(entity_patterns(lexicon))  # type: ignore[attr-defined]
    log.info("loaded spaCy pipeline %s %s", nlp.meta.get("name"), nlp.meta.get("version"))
    return nlp


def _lemma_index_as_sets(nlp: Language) -> None:
    """The rule lemmatizer's index of known words, one set a part of speech: the pipeline
    packages store each as a list, and the lemmatizer asks `form in index` of every form its
    rules make of a word it has not seen yet, a scan of up to 57,000 nouns (a tenth of a cold
    parse; each worker process starts cold). The same words, so the same lemmas."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    for part_of_speech, words in list(index.items()):
        if isinstance(words, list):
            index[part_of_speech] = frozenset(words)


def _correct_lemmas(nlp: Language, verb_forms: dict[str, str]) -> None:
    """Give the verb forms the lemmatizer's rules get wrong their lemma before it runs: it
    leaves a lemma already set, and its own exception table cannot outrank a wrong rule whose
    result is also a word (`stag`)."""
    if verb_forms and "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("briefgen_verb_lemmas", before="lemmatizer", config={"forms": verb_forms})


@Language.factory("briefgen_verb_lemmas", default_config={"forms": {}})
def verb_lemmas(nlp: Language, name: str, forms: dict[str, str]) -> Callable[[Doc], Doc]:
    """The lemma of each verb form in `forms` (`staged` -> `stage`), where the tagger made it a
    verb. One look-up a word: as patterns of the attribute ruler, spaCy's other place for
    lemma exceptions, the forms cost a sixth more than all its own patterns, since its matcher
    tries every pattern at every word."""

    def correct(doc: Doc) -> Doc:
        for token in doc:
            lemma = forms.get(token.lower_)
            if lemma is not None and token.tag_.startswith("VB"):
                token.lemma_ = lemma
        return doc

    return correct


def _load_package(name: str) -> Language:
    for candidate in candidates(name):
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise ModelError(f"cannot load the spaCy pipeline '{name}': install it or give its path")


def make_whole_names_filter() -> Any:
    return whole_names


registry.misc.register("briefgen.whole_names_filter.v1", func=make_whole_names_filter)


def whole_names(entities: Iterable[Span], names: Iterable[Span]) -> list[Span]:
    """The tagger's entities, and the lexicon's names where the tagger found none or only part
    of one: `Liberal Democrats` (tagged `Democrats`), `the Lib Dems` (tagged a person). A name
    inside a longer entity the tagger found (`Iran` in `Iran Air`) leaves that entity whole."""
    kept = list(entities)
    for name in filter_spans(list(names)):
        overlapping = [e for e in kept if e.start < name.end and name.start < e.end]
        if all(name.start <= _unarticled(e) and e.end <= name.end for e in overlapping):
            kept = [e for e in kept if e not in overlapping] + [name]
    return sorted(kept, key=lambda span: span.start)


def _unarticled(entity: Span) -> int:
    """Where an entity starts without its article: `the Lib Dems` -> `Lib Dems`."""
    return entity.start + 1 if entity[0].lower_ == "the" and len(entity) > 1 else entity.start


def entity_patterns(lexicon: Lexicon) -> list[dict[str, Any]]:
    """Lexicon names the statistical NER may miss or cut short (see `whole_names`)."""
    patterns: list[dict[str, Any]] = []
    for entry in lexicon.entries:
        label = "GPE" if entry.type == "state" else "ORG"
        for form in entry.names():
            patterns.append({"label": label, "pattern": form, "id": entry.id})
    for phrase in RELATIVE_DAYS:
        words = [{"LOWER": word} for word in phrase.split()]
        patterns.append({"label": "DATE", "pattern": words})
    return patterns


def pipeline_info(nlp: Language, briefgen_version: str) -> Pipeline:
    return as_pipeline(nlp.meta, briefgen_version)


def parse(nlp: Language, sources: Iterable[Source], batch_size: int = 16) -> Iterator[Doc]:
    """Each source's parsed body text, in order, through `nlp.pipe`."""
    yield from nlp.pipe((source_doc(nlp, source) for source in sources), batch_size=batch_size)
