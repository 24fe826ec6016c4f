"""Reading seeds: paragraph kinds, front matter, offsets into the file's own text, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import SourceError
from briefgen.model.config import SourceMeta
from briefgen.read.paragraphs import split_paragraphs
from briefgen.read.seeds import find_seeds, read_source, read_sources

SAMPLE = Path(__file__).resolve().parent.parent / "seeds" / "000_748fcdded8e4d33f.txt"


def kinds(text: str, markdown: bool = False) -> list[tuple[str, str]]:
    return [(p.kind, text[p.start : p.end]) for p in split_paragraphs(text, markdown=markdown)]


def test_sample_caption_and_headings_are_kept_apart() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    found = kinds(text)
    assert found[0] == ("caption", "Photo: Vyacheslav Prokofiev/TASS")
    headings = [t for k, t in found if k == "heading"]
    assert headings == [
        "Escalation on the World Stage and the Kremlin’s Position",
        "Moscow between supporting Tehran and its own interests",
    ]
    assert sum(k == "body" for k, _ in found) == 8


def test_blank_lines_separate_paragraphs_when_present() -> None:
    text = (
        "Title of the story\n\nFirst line of a paragraph\nwrapped onto a second line.\n\n"
        "Next one.\n"
    )
    assert kinds(text) == [
        ("heading", "Title of the story"),
        ("body", "First line of a paragraph\nwrapped onto a second line."),
        ("body", "Next one."),
    ]


def test_markdown_lines_are_one_paragraph_until_a_block_or_a_hard_break_opens() -> None:
    text = (
        "Foreign ministers agreed on Thursday to reopen the Budzisko border\n"
        "crossing, closed since last month.\n\n"
        "The talks covered:\n"
        "- freight checks at the border,\n"
        "- a joint customs team.\n\n"
        "Signed in Vilnius  \n"
        "on 30 January.\n"
    )
    assert kinds(text, markdown=True) == [
        (
            "body",
            "Foreign ministers agreed on Thursday to reopen the Budzisko border\n"
            "crossing, closed since last month.",
        ),
        ("body", "The talks covered:"),
        ("body", "- freight checks at the border,"),
        ("body", "- a joint customs team."),
        ("body", "Signed in Vilnius"),
        ("body", "on 30 January."),
    ]


def test_plain_text_lines_run_on_only_where_they_were_filled_to_a_column() -> None:
    wrapped = (
        "Polish Foreign Minister Radoslaw Sikorski told reporters in\n"
        "Vilnius that inspections would resume under a joint customs\n"
        "team. He gave no date.\n"
    )
    long_line = "Ministers met in Vilnius on Thursday and agreed to reopen the crossing " * 2
    one_a_line = f"Talks in Vilnius\n{long_line.strip()}\n{long_line.strip()}\n"
    short_then_filled = "Border deal\n" + wrapped
    assert kinds("Title\n\n" + wrapped)[1:] == [("body", wrapped.strip())]
    assert [t for _, t in kinds("Title\n\n" + one_a_line)[1:]] == one_a_line.strip().split("\n")
    assert [t for _, t in kinds("Title\n\n" + short_then_filled)[1:]] == [
        "Border deal",
        wrapped.strip(),
    ]


def test_markdown_front_matter_fills_metadata_and_offsets_stay_in_the_file(tmp_path: Path) -> None:
    seed = tmp_path / "story.md"
    seed.write_text(
        "---\ntitle: Strikes on Iran\npublished: 2025-06-23\npublisher: Example Wire\n"
        "reliability: B\ntlp: GREEN\n---\n# Strikes\n\nIran said it would respond.\n",
        encoding="utf-8",
    )
    source = read_source(seed)
    assert (source.title, source.published, source.publisher) == (
        "Strikes on Iran",
        "2025-06-23",
        "Example Wire",
    )
    assert (source.reliability, source.tlp) == ("B", "GREEN")
    body = source.body_paragraphs()[0]
    assert source.text[body.start : body.end] == "Iran said it would respond."
    assert source.paragraphs[0].kind == "heading"


def test_config_metadata_applies_and_front_matter_wins(tmp_path: Path) -> None:
    seed = tmp_path / "a.md"
    seed.write_text("---\ntlp: RED\n---\nBody text of the article.\n", encoding="utf-8")
    meta = SourceMeta(publisher="Config Wire", tlp="GREEN")
    source = read_source(seed, meta, default_tlp="AMBER")
    assert (source.publisher, source.tlp) == ("Config Wire", "RED")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "no text"),
        (b"   \n\n  ", "no text"),
        (b"\x00\x01\x02binary", "binary"),
        (b"ok line\nbad \xff byte\n", ":2: not valid UTF-8"),
        (b"---\ntitle: never closed\nBody.\n", ":1: front matter"),
        (b"---\n- a\n- list\n---\nBody.\n", "must be a mapping"),
    ],
)
def test_bad_seeds_give_one_line_naming_the_file(
    tmp_path: Path, content: bytes, message: str
) -> None:
    seed = tmp_path / "bad.md"
    seed.write_bytes(content)
    with pytest.raises(SourceError) as caught:
        read_source(seed)
    assert str(caught.value).startswith("bad.md")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_one_bad_seed_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Iran said it would respond.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"ok \xfa broken")
    found = list(read_sources(find_seeds([tmp_path], tmp_path)))
    assert [type(x).__name__ for x in found] == ["SourceError", "Source"]


def test_long_articles_are_extracted_in_pieces_with_whole_text_offsets(
    pipeline: object, lexicon: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import make_source

    from briefgen.extract import pieces as pieces_module
    from briefgen.extract.run import extract_all

    paragraph = (
        "Germany criticised Russia on Monday. “We will act,” Chancellor Olaf Scholz said.\n\n"
    )
    text = paragraph * 6 + "Norway " * 80 + "seized a Russian trawler."  # a last overlong line
    source = make_source(text)
    monkeypatch.setattr(pieces_module, "PIECE", 300)
    assert len(list(pieces_module.pieces(source))) > 3
    (found,) = list(extract_all(pipeline, [source], lexicon))  # type: ignore[arg-type]
    assert len([s for s in found.statements if s.quote == "We will act"]) == 6
    assert len({s.id for s in found.statements}) == len(found.statements)
    for statement in found.statements:
        assert text[statement.start : statement.end] == statement.quote
    for event in found.events:
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text
    scholz = next(a for a in found.actors if a.name == "Olaf Scholz")
    assert all(text[m.start : m.end] == m.text for m in scholz.mentions)
    assert len(scholz.mentions) == 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KANDAHAR, Afghanistan, Oct. 3 (Xinhua) -- Seven militants were killed.",
            [("dateline", "KANDAHAR, Afghanistan, Oct. 3 (Xinhua) --"),
             ("body", "Seven militants were killed.")],
        ),
        (
            "DETROIT (AP) — The mayor resigned on Monday.",
            [("dateline", "DETROIT (AP) —"), ("body", "The mayor resigned on Monday.")],
        ),
        # a date after the place without a comma
        (
            "ROME Feb 21 (Reuters) - Silvio Berlusconi condemned the violence.",
            [("dateline", "ROME Feb 21 (Reuters) -"),
             ("body", "Silvio Berlusconi condemned the violence.")],
        ),
        ("NATO Feb 21 talks were held.", [("body", "NATO Feb 21 talks were held.")]),
        # a page flattened to one line: byline, captions and highlights before the dateline
        (
            "By Ivan Watson, CNN Officials say they expect a bloody month Tripoli, Libya (CNN) --"
            " Shoppers lined up.",
            [("boilerplate", "By Ivan Watson, CNN Officials say they expect a bloody month"),
             ("dateline", "Tripoli, Libya (CNN) --"), ("body", "Shoppers lined up.")],
        ),
        # ... and story highlights run into an agency's dateline with no place
        (
            "Libyans call for protests Hundreds have been injured in clashes (CNN) -- Shoppers"
            " lined up.",
            [("boilerplate", "Libyans call for protests Hundreds have been injured in clashes"),
             ("dateline", "(CNN) --"), ("body", "Shoppers lined up.")],
        ),
        # ... and an editor's note, which ends with a sentence of its own
        (
            "U.S. should arm the rebels He says so Editor's note: Angel Rabasa works for a body"
            " that helps policy through research and analysis. (CNN) -- The no-fly zone bears"
            " close parallels to Bosnia.",
            [("boilerplate", "U.S. should arm the rebels He says so Editor's note: Angel Rabasa"
              " works for a body that helps policy through research and analysis."),
             ("dateline", "(CNN) --"),
             ("body", "The no-fly zone bears close parallels to Bosnia.")],
        ),
        # an acronym in brackets before a dash is no agency
        (
            "BP works with the Natural Resource Damage Assessment (NRDA) -- a legal process.",
            [("body", "BP works with the Natural Resource Damage Assessment (NRDA) -- a legal"
              " process.")],
        ),
        ("NATO said it would send troops.", [("body", "NATO said it would send troops.")]),
        # stories pasted together without a line break: a dateline after a sentence's end
        (
            "The targets were not identified. ZAWIYAH, Libya, Aug 18 (Reuters) -- Rebels took "
            "a refinery.",
            [("body", "The targets were not identified."),
             ("dateline", "ZAWIYAH, Libya, Aug 18 (Reuters) --"),
             ("body", "Rebels took a refinery.")],
        ),
        # capitals in a sentence, without an agency, are no dateline
        ("The plan was agreed. NATO and the EU - both - welcomed it.",
         [("body", "The plan was agreed. NATO and the EU - both - welcomed it.")]),
        # a wire code pointing to another story ends a paragraph and names no one
        (
            "The rebels were valid interlocutors. (ID: nLDE7291FA) European Union foreign"
            " ministers were meeting in Brussels. [ID:nN07381540]",
            [("body", "The rebels were valid interlocutors."),
             ("boilerplate", "(ID: nLDE7291FA)"),
             ("body", "European Union foreign ministers were meeting in Brussels."),
             ("boilerplate", "[ID:nN07381540]")],
        ),
        ("FILE - Salman Abedi, the bomber, is seen in this image taken from CCTV.\nPolice"
         " arrested 12 people.",
         [("caption", "FILE - Salman Abedi, the bomber, is seen in this image taken from CCTV."),
          ("body", "Police arrested 12 people.")]),
        ("The rig exploded. You must enable javascript to play content A worker said so.",
         [("body", "The rig exploded."),
          ("boilerplate", "You must enable javascript to play content"),
          ("body", "A worker said so.")]),
        # a photo's credit between its caption and the story is no one's name
        ("Oil floats around a rig. (AP Photo) Bipartisan pressure is building. The EPA has not"
         " fined BP. AP Numerous groups are mobilizing.",
         [("body", "Oil floats around a rig."), ("boilerplate", "(AP Photo)"),
          ("body", "Bipartisan pressure is building. The EPA has not fined BP."),
          ("boilerplate", "AP"), ("body", "Numerous groups are mobilizing.")]),
        ("Mariana Zuñiga contributed to this report.",
         [("boilerplate", "Mariana Zuñiga contributed to this report.")]),
        # a whole page on one line: only the contributors' sentence is the page's
        ("Libyans opposed to Gadhafi vowed to hit the streets again Sunday, saying a violent"
         " crackdown by security forces since demonstrations began last week has energized"
         " their ranks and brought thousands of new people out in cities across the east of"
         " the country. Benghazi was home to some of the bloodiest clashes on Saturday, when"
         " witnesses said security forces fired live rounds at mourners leaving a funeral for"
         " protesters killed earlier in the week. CNN's Moni Basu and Zain Verjee contributed"
         " to this report.",
         [("body", "Libyans opposed to Gadhafi vowed to hit the streets again Sunday, saying a"
           " violent crackdown by security forces since demonstrations began last week has"
           " energized their ranks and brought thousands of new people out in cities across"
           " the east of the country. Benghazi was home to some of the bloodiest clashes on"
           " Saturday, when witnesses said security forces fired live rounds at mourners"
           " leaving a funeral for protesters killed earlier in the week."),
          ("boilerplate", "CNN's Moni Basu and Zain Verjee contributed to this report.")]),
        # ... and only the first sentence of a caption that opens it is the caption
        ("FILE - In this June 1, 2010 file photo, workers collect oil that washed ashore on"
         " Fourchon Beach, La. Few studies have examined the long-term health effects of oil"
         " exposure on the workers who clean beaches, and doctors in the region say they have"
         " seen a rise in complaints of headaches, nausea and breathing problems among those"
         " who spent weeks on the shore in the heat of the summer while the well was leaking.",
         [("caption", "FILE - In this June 1, 2010 file photo, workers collect oil that washed"
           " ashore on Fourchon Beach, La."),
          ("body", "Few studies have examined the long-term health effects of oil exposure on"
           " the workers who clean beaches, and doctors in the region say they have seen a rise"
           " in complaints of headaches, nausea and breathing problems among those who spent"
           " weeks on the shore in the heat of the summer while the well was leaking.")]),
        ("image copyright AFP image caption Troops were deployed",
         [("boilerplate", "image copyright AFP image caption Troops were deployed")]),
        ("Like Post World on Facebook and stay updated on foreign news",
         [("boilerplate", "Like Post World on Facebook and stay updated on foreign news")]),
        ("* 2014 Bagram Airfield bombing", [("heading", "* 2014 Bagram Airfield bombing")]),
        # a list of linked headlines with their age
        ("Judge ends freeze, White House appeals - 4 hrs ago CNEWS Court blocks the drilling ban"
         " - 1 hr ago Reuters How will the oil be cleaned up?",
         [("boilerplate", "Judge ends freeze, White House appeals - 4 hrs ago CNEWS Court blocks"
           " the drilling ban - 1 hr ago Reuters How will the oil be cleaned up?")]),
        # a list that closes a story pasted on one line: the story stays
        ("The oil spread despite efforts to contain it. Reuters Drilling battle looms - 1 hr ago"
         " France24 Judge ends oil drill freeze - 4 hrs ago",
         [("body", "The oil spread despite efforts to contain it."),
          ("boilerplate", "Reuters Drilling battle looms - 1 hr ago France24 Judge ends oil drill"
           " freeze - 4 hrs ago")]),
        # linked headlines and a caption run into the story with no full stop of their own
        ("Cameras captured the drama. Libyan city looks like a wasteland Gadhafi forces move in"
         " It was a different atmosphere. Oil washes ashore on 2 June 2010 An oil worker said so.",
         [("body", "Cameras captured the drama."),
          ("boilerplate", "Libyan city looks like a wasteland Gadhafi forces move in"),
          ("body", "It was a different atmosphere."),
          ("boilerplate", "Oil washes ashore on 2 June 2010"), ("body", "An oil worker said so.")]),
        # a photo's credit and a page's time stamp, with the caption or headline run into them
        ("The rig burned. A boom in Louisiana. Photograph: Dave Martin/AP BP came under attack."
         " Obama's holiday revealed as Maine Tuesday 13 July 2010 16.18 BST Michelle Obama has"
         " urged holidaymakers to visit.",
         [("body", "The rig burned. A boom in Louisiana."),
          ("boilerplate", "Photograph: Dave Martin/AP"), ("body", "BP came under attack."),
          ("boilerplate", "Obama's holiday revealed as Maine Tuesday 13 July 2010 16.18 BST"),
          ("body", "Michelle Obama has urged holidaymakers to visit.")]),
        ("The Senate committee will examine the bill.\nHouse committees holding hearings"
         " Letters for publication should be sent to: letters@guardian.co.uk",
         [("body", "The Senate committee will examine the bill."),
          ("boilerplate", "House committees holding hearings Letters for publication should be"
           " sent to: letters@guardian.co.uk")]),
        # the head of an entry in a live page of news is a dateline
        ("Tripoli is calm. LIBYA, 2:04 p.m. ET, 11:04 p.m. local: Mahmudi met ambassadors.",
         [("body", "Tripoli is calm."), ("dateline", "LIBYA, 2:04 p.m. ET, 11:04 p.m. local:"),
          ("body", "Mahmudi met ambassadors.")]),
        # ... but a name or a work's title in a sentence is no sentence's start
        ("He told The Associated Press that Brando won for On the Waterfront in 1955.",
         [("body", "He told The Associated Press that Brando won for On the Waterfront in"
           " 1955.")]),
        # readers' comments close a page: from the first one's time stamp on, none is the story
        # (the first comment's own words, before its stamp, cannot be told from the story's)
        ("The rebels took the town. We should stay out. March 7, 2011 at 9:29 pm | Reply"
         " Actually, the Royal Navy rescued them. March 8, 2011 at 1:02 am | Reply",
         [("body", "The rebels took the town. We should stay out."),
          ("boilerplate", "March 7, 2011 at 9:29 pm | Reply Actually, the Royal Navy rescued"
           " them. March 8, 2011 at 1:02 am | Reply")]),
        ("The court ruled two hours ago that the ban must end.",
         [("body", "The court ruled two hours ago that the ban must end.")]),
    ],
)  # fmt: skip
def test_what_a_page_wraps_around_the_story_is_not_the_story(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Datelines, contributor lines, captions, share buttons and lists of titles are never
    read as the story's sentences: no actor or event comes from them."""
    assert kinds(text) == expected


def test_a_caption_in_brackets_is_a_caption() -> None:
    text = (
        "The president spoke on Saturday.\n\n"
        "[Video: FULL SPEECH: President Obama Speech at Black Caucus Foundation (9/17/16)]\n\n"
        "He urged voters to turn out."
    )
    assert [k for k, _ in kinds(text)] == ["body", "caption", "body"]


@pytest.mark.parametrize("head", ["", "Mayor quits\n\n", "---\npublished: 2025-03-04\n---\n\n"])
def test_a_dateline_is_no_part_of_the_body_after_a_title_or_front_matter_too(head: str) -> None:
    text = head + "DETROIT (AP) — The mayor resigned on Monday.\n"
    start = text.index("---\n\n") + 5 if head.startswith("---") else 0
    found = [(p.kind, text[p.start : p.end]) for p in split_paragraphs(text, start)]
    assert found[-2:] == [("dateline", "DETROIT (AP) —"), ("body", "The mayor resigned on Monday.")]


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "UNITED NATIONS | Fri Apr 29, 2011 5:34 pm EDT UNITED NATIONS (Reuters) - The U.S. "
            "envoy told the Security Council on Thursday of new reports. Diplomats said so.",
            "The U.S. envoy told the Security Council on Thursday of new reports.",
        ),
        (
            "TRIPOLI (Reuters) - U.S. President Barack Obama spoke on Monday. He said more.",
            "U.S. President Barack Obama spoke on Monday.",
        ),
        (
            "Apple (AAPL) - shares fell on Friday after the results. Analysts were surprised.",
            "Apple (AAPL) - shares fell on Friday after the results.",
        ),
        (
            "Mr. Smith went to Washington on Friday to meet the committee. He left at noon.",
            "Mr. Smith went to Washington on Friday to meet the committee.",
        ),
        (
            "The Labour Party will hold its 2006 autumn conference in Manchester and not "
            "Blackpool, it has been confirmed. It will be the first time since 1917.",
            "The Labour Party will hold its 2006 autumn conference in Manchester and not "
            "Blackpool…",
        ),
    ],
)
def test_a_seed_without_a_title_is_named_by_its_first_sentence_as_a_headline(
    tmp_path: Path, body: str, title: str
) -> None:
    """No dateline before it, not cut at an initialism or a title, short."""
    seed = tmp_path / "wire.md"
    seed.write_text(f"---\npublished: 2011-04-29\n---\n\n{body}\n", encoding="utf-8")
    assert read_source(seed).title == title
