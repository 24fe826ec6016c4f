"""The spaCy pipeline as briefgen loads it: where it changes how spaCy's own components look
things up, they give what they give as packaged."""

from __future__ import annotations

import spacy
from spacy.language import Language

from briefgen.model.config import DEFAULT_MODEL

# Inflected and uninflected words of each part of speech the lemmatizer's rules cover, and
# forms its rules make that are not words (`ministries` -> `ministrie`, `ministry`).
TEXT = (
    "The ministries denied that the negotiators had quietly studied the refugees' worst "
    "complaints; ministers were flying home, wiser and angrier, as riots spread through "
    "cities whose mayors lied. Analyses of the crises differ. She is taller than her sisters."
)


def test_the_lemma_index_is_searched_as_sets_and_lemmatises_as_packaged(
    pipeline: Language,
) -> None:
    index = pipeline.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert index and all(isinstance(words, frozenset) for words in index.values())
    packaged = spacy.load(DEFAULT_MODEL)
    # Without the lexicon's own verb lemmas, which mean to differ (`staged` -> `stage`): a
    # verb form added to the lexicon must not break this comparison.
    with pipeline.select_pipes(disable=["briefgen_verb_lemmas"]):
        ours = [(t.text, t.lemma_) for t in pipeline(TEXT)]
    theirs = [(t.text, t.lemma_) for t in packaged(TEXT)]
    assert ours == theirs
    assert ("ministries", "ministry") in ours and ("studied", "study") in ours
