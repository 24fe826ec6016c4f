"""Key dates: the days the reporting refers to most, each told in a sentence from the sources;
the dates resolved against each report's publication date; one sentence serves one day."""

from __future__ import annotations

import datetime as dt
import re

from conftest import Extract

from briefgen.assemble.key_dates import key_dates
from briefgen.extract.dates import normalize
from briefgen.model import DateReference, Sentence, Source

# Three reports of a flood. Wednesday 2025-03-05 is publication day of `a` and `b`.
REPORTS = {
    "a": (
        "2025-03-05",
        "The river burst its banks on Monday and flooded the old town of Pella. "
        "Rescue crews evacuated four hundred residents from their homes on Monday night. "
        "The mayor asked the government for emergency funds on Tuesday.",
    ),
    "b": (
        "2025-03-05",
        "Floodwater covered the centre of Pella after the river rose on Monday. "
        "Officials said the water rose on Monday and peaked on Tuesday before it started to fall. "
        "The last great flood in the town came on 12 May 1998.",
    ),
    "c": (
        "2025-03-06",
        "Volunteers began clearing mud from the streets of Pella on Thursday morning. "
        "Insurers said the damage caused on Monday would cost millions of euros.",
    ),
}
DATE_PHRASE = re.compile(r"on (Monday|Tuesday|Thursday)( night| morning)?|on 12 May 1998")


def reports(
    texts: dict[str, tuple[str, str]], phrase: str
) -> tuple[list[Source], list[Sentence], list[DateReference]]:
    """Reports (name: publication day, text), their sentences, and the days `phrase` names."""
    sources, sentences, references = [], [], []
    for name, (published, text) in texts.items():
        sources.append(
            Source(id=name, path=f"{name}.txt", title=name, published=published, text=text)
        )
        for match in re.finditer(r"[^.]+\.", text):
            start = match.start() + (len(match[0]) - len(match[0].lstrip()))
            sentences.append(Sentence(name, start, match.end()))
        for match in re.finditer(phrase, text):
            normal = normalize(match[0], dt.date.fromisoformat(published))
            assert normal is not None
            references.append(
                DateReference(
                    name, match.start(), match.end(), match[0], normal.iso, normal.precision
                )
            )
    return sources, sentences, references


def material() -> tuple[list[Source], list[Sentence], list[DateReference]]:
    return reports(REPORTS, DATE_PHRASE.pattern)


def test_the_day_most_reports_refer_to_comes_first_told_in_a_sentence_about_it() -> None:
    sources, sentences, references = material()
    days = key_dates(sources, sentences, references, [])
    assert days[0].date == "2025-03-03"  # Monday: five sentences in three reports
    assert set(days[0].sources) == {"a", "b", "c"}
    assert all("Monday" in line for line in days[0].summary)
    assert [d.date for d in days[:2]] == ["2025-03-03", "2025-03-04"]


def test_no_sentence_serves_two_days_and_each_line_is_the_sources_own_words() -> None:
    sources, sentences, references = material()
    days = key_dates(sources, sentences, references, [], most=5)  # a day takes all it can
    said = [point for day in days for point in day.sentences]
    assert len({(p.source, p.sentence.start) for p in said}) == len(said)
    texts = {s.id: s.text for s in sources}
    assert all(texts[p.source][p.sentence.start : p.sentence.end] == p.text for p in said)


def test_a_days_line_reads_on_its_own_without_the_sentence_before_it() -> None:
    """`The day before, …` and `He said …` point at a sentence the reader of a key date does
    not have: such a sentence may count for its day but does not tell it."""
    texts = {
        "d": (
            "2025-03-05",
            "The day before, the river burst its banks on Monday near the old town of Pella. "
            "He said the water rose on Monday faster than anyone in the town had seen. "
            "Floodwater covered the centre of Pella after the river rose on Monday.",
        ),
        "e": (
            "2025-03-05",
            "Rescue crews evacuated four hundred residents of Pella on Monday night.",
        ),
    }
    sources, sentences, references = reports(texts, DATE_PHRASE.pattern)
    days = key_dates(sources, sentences, references, [], most=5)
    monday = next(day for day in days if day.date == "2025-03-03")
    assert monday.summary and not any(
        line.startswith(("The day before", "He said")) for line in monday.summary
    )


def test_a_day_long_before_the_reporting_is_no_key_date() -> None:
    sources, sentences, references = material()
    days = key_dates(sources, sentences, references, [])
    assert all(d.date >= "2025-02-26" for d in days)  # 12 May 1998 is background
    assert all("1998" not in line for d in days for line in d.summary)


def test_reports_without_publication_dates_give_no_key_dates() -> None:
    sources, sentences, references = material()
    undated = [Source(id=s.id, path=s.path, title=s.title, text=s.text) for s in sources]
    assert key_dates(undated, sentences, references, []) == []


def test_weekdays_and_relative_days_resolve_against_the_publication_date() -> None:
    wednesday = dt.date(2025, 3, 5)
    assert normalize("on Monday", wednesday) == normalize("2025-03-03", None)
    assert normalize("yesterday", wednesday) == normalize("2025-03-04", None)
    assert normalize("March 3", wednesday) == normalize("2025-03-03", None)
    assert normalize("last week", wednesday).precision == "month"  # type: ignore[union-attr]


def test_extraction_keeps_every_day_a_body_sentence_names(extract: Extract) -> None:
    found = extract(
        "Flood hits Pella\n\nThe river burst its banks on Monday, officials said on Tuesday.\n",
        "2025-03-05",
    )
    assert [(d.text, d.date, d.precision) for d in found.dates] == [
        ("Monday", "2025-03-03", "day"),
        ("Tuesday", "2025-03-04", "day"),
    ]


def test_a_day_still_to_come_is_the_coming_one(extract: Extract) -> None:
    found = extract(
        "Talks that began on Monday will end on Friday, and the vote is due on March 20. "
        "The parliament is due to vote on Thursday. Ministers met on Tuesday.\n",
        "2025-03-05",  # a Wednesday
    )
    assert [(d.text, d.date) for d in found.dates] == [
        ("Monday", "2025-03-03"),
        ("Friday", "2025-03-07"),
        ("March 20", "2025-03-20"),
        ("Thursday", "2025-03-06"),
        ("Tuesday", "2025-03-04"),
    ]


def test_a_date_in_a_clause_without_a_verb_looks_behind(extract: Extract) -> None:
    found = extract("Pella, Monday.\n\nThe river rose on Monday.\n", "2025-03-05")
    assert {d.date for d in found.dates} == {"2025-03-03"}


def test_a_day_still_recalled_weeks_later_outranks_a_day_of_busier_news() -> None:
    texts = {
        "a": ("2025-03-05", "Troops crossed the border on Monday. Talks collapsed on Tuesday."),
        "b": ("2025-03-05", "Shops closed early on Tuesday as the talks collapsed in the capital."),
        "c": ("2025-03-20", "Since troops crossed the border on March 3, thousands have fled."),
    }
    days = key_dates(*reports(texts, r"on (Monday|Tuesday|March 3)"), [])
    # Monday: one report that week and one two weeks on (1 + 2); Tuesday: two that week.
    assert [d.date for d in days[:2]] == ["2025-03-03", "2025-03-04"]


def test_a_day_many_reports_are_published_on_counts_beside_the_days_they_name() -> None:
    """Two reports name 8 March in passing; three are published on 10 March, one naming it:
    the day the news broke is the key date."""
    texts = {
        "d": ("2025-03-10", "The talks collapsed on 10 March. They had begun on 8 March."),
        "e": ("2025-03-10", "The talks collapsed, officials said. They began on 8 March."),
        "f": ("2025-03-10", "Delegates went home after the collapse of the talks."),
    }
    days = key_dates(*reports(texts, r"on \d+ March"), [])
    assert [d.date for d in days[:2]] == ["2025-03-10", "2025-03-08"]
