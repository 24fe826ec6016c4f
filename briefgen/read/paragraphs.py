"""Splitting an article's text into paragraphs with their kind: body, heading, caption, byline,
dateline or boilerplate.

Paragraphs are hard boundaries: no sentence, quote, event or key point found later crosses one,
and only body paragraphs are parsed as the story's sentences. What a page wraps around the story
is never part of it: headings, photo captions, bylines, the dateline that opens a wire report
(`KANDAHAR, Afghanistan, Oct. 3 (Xinhua) --`, also where reports were pasted together without a
line break), contributor lines (`X contributed to this report`), editor's notes, wire codes
pointing to other stories (`(ID: nLDE7291FA)`), and the furniture of saved web pages (share
buttons, newsletter sign-ups, video players, "Read more" links).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from briefgen.model import Paragraph, ParagraphKind

_BLANK_LINE = re.compile(r"\r?\n[ \t]*\r?\n")
_CAPTION = re.compile(
    r"^[\[(]?(?:(?:file\s+)?(?:photo|image|picture|video|illustration|graphic|credit|source)s?"
    r"(?:\s+credit)?\s*[:|]|©|\(c\)\s"
    r"|file\s*[-–—]\s)",  # an agency photo's caption: `FILE - A police officer stands ...`
    re.I,
)
_BYLINE = re.compile(r"^(?:by|reporting by|written by|edited by)\s+[A-Z]", re.I)
# A place in capitals, then perhaps a region, a date and an agency, then a dash.
_DATELINE_PLACE = (
    r"[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,3}"  # LONDON, SAN SALVADOR, KANDAHAR
    r"(?:\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?"  # ROME Feb 21
    r"(?:,\s*[A-Z][\w.'’]*(?:\s+[\w.'’]+){0,3})*"  # , Afghanistan, Oct. 3
)
_DASH = r"\s*(?:—|–|--|-)"
# Tried with `match` at a line's start: no `^`, which holds only at the text's own start.
_DATELINE = re.compile(
    rf"{_DATELINE_PLACE}"
    r"(?:\s*\([^()\n]{1,40}\))?"  # (Xinhua), (AP)
    rf"{_DASH}(?:\s+|$)"
)
# Where a sentence has ended in running text (past one space). A wire report's dateline stands
# there where stories were pasted together without a line break (`... identified. ZAWIYAH,
# Libya, Aug 18 (Reuters) -- Libyan rebels ...`), only with the agency named, so capitals in a
# sentence never match; so does a list of linked headlines that closes a line.
_AFTER_SENTENCE = re.compile(r"(?:(?<=[.!?]\s)|(?<=[.!?][\"”’)]\s))")
_AGENCY_DASH = re.compile(r"\)\s*(?:—|–|-)")
_DATELINE_WITH_AGENCY = re.compile(rf"{_DATELINE_PLACE}\s*\([A-Z][^()\n]{{1,40}}\){_DASH}\s+")
# A Reuters wire code that points to another story (`(ID: nLDE7291FA)`, `[ID:nN07381540]`),
# left in the text where a paragraph ended: the page's, and a paragraph break.
_STORY_CODE = re.compile(r"[(\[]ID:\s?n[A-Z0-9]{6,12}[)\]]")
# A photo's credit that a flattened page leaves between its caption and the story: `(AP
# Photo)`, `(AP Photo/Gerald Herbert)`, or a bare `AP` after the caption's last sentence.
_PHOTO_CREDIT = re.compile(
    r"\((?:AP|AFP|Reuters) Photo(?:/[^()\n]{1,60})?\)|\(Getty Images\)"
    r"|(?<=[.!?] )AP(?= [A-Z])"
)
# A media player's notice left in a flattened page: `You must enable javascript to play content`.
_PLAYER_NOTICE = re.compile(
    r"(?:you must |please )?(?:enable|turn on) javascript(?: to (?:play|view) (?:this )?content)?",
    re.I,
)
# Each with words one of which any match holds, tried first.
_FURNITURE_IN_A_LINE = (
    (("ID:",), _STORY_CODE),
    (("Photo", "Getty", " AP "), _PHOTO_CREDIT),
    (("javascript", "JavaScript", "Javascript"), _PLAYER_NOTICE),
)
# Boilerplate that opens a paragraph (matched at its start) and that may stand anywhere in one
# (searched): two patterns, so a long paragraph is not tried against every opening at every
# position.
_BOILERPLATE_OPENING = re.compile(
    r"\(?(?:additional reporting|reporting|writing|editing|compiled|translated) by\b"
    r"|editor[’']?s note\b|(?:correction|clarification|update)s?:"
    r"|(?:read|see) (?:more|also)\b|related(?: coverage| articles?| stories)?:|click here\b"
    r"|copyright\b|(?:image|media|video) (?:copyright|caption)\b"
    r"|\d+ of \d+\b.*\b(?:photos?|autoplay|full screen)\b"
    r"|watch video\b|\d{3,4}p \||enditem$|share this\b",
    re.I,
)
_BOILERPLATE_ANYWHERE = re.compile(
    r"contributed(?: reporting)? to this (?:report|story|article)"
    r"|\bsign up\b.*\b(?:receive|newsletter|inbox)\b|\bsubscribe\b.*\bnewsletter\b"
    r"|\b(?:like|follow) (?:us|[\w ]{1,40}) on (?:facebook|twitter|instagram|x)\b"
    r"|all rights reserved|\bskip ad\b|\bbuy photo\b|letters for publication should be sent",
    re.I,
)
# A linked headline's age in a list of them: `Judge ends oil drill freeze - 4 hrs ago`.
_AGED_LINK = re.compile(r"\s[-–—]\s\d+\s(?:mins?|minutes?|hrs?|hours?|days?)\sago\b", re.I)
# How much may follow the last aged link for the list still to end its line.
_LIST_END_SLACK = 80
# News agencies and broadcasters that sign a dateline: `(Reuters)`, `(CNN)`; an acronym in
# brackets before a dash (`Natural Resource Damage Assessment (NRDA) --`) is no dateline.
_AGENCIES = (
    "CNN", "Reuters", "AP", "AFP", "UPI", "Xinhua", "Bloomberg", "dpa", "DPA", "ANSA", "EFE",
    "PTI", "IANS", "TASS", "Tass", "Interfax", "Kyodo", "Yonhap", "BBC", "IRNA", "Anadolu",
    "KUNA", "WAM", "MENA", "APP", "NHK", "RIA", "CNSNews.com", "Fox News", "NBC", "CBS", "ABC",
)  # fmt: skip
# A saved page flattened to one line puts the byline, photo captions and story highlights before
# the dateline that opens the story (`... holiday month Tripoli, Libya (CNN) -- Last-minute
# shopping ...`): a place in capitals or title case, an agency in brackets, a dash. Sought only
# near the start of a line, where the story's lead is.
_LEAD_DATELINE = re.compile(
    r"(?<=\s)(?:[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3}"  # Tripoli, WASHINGTON, New York
    r"(?:,\s*[A-Z][\w.'’]*(?:\s+[A-Z\d][\w.'’]*){0,3}){0,2})?"  # , Libya  , Aug. 3
    rf"\s*\((?:{'|'.join(_AGENCIES)})\){_DASH}\s+"  # or no place: `... clashes (CNN) --`
)
# An editor's note before the story's dateline is the page's, even where a sentence ends it.
_EDITORS_NOTE = re.compile(r"\beditor['’]s note\b", re.I)
_LEAD_SPAN = 1500
# A sentence's end just before a dateline (not an ellipsis that cuts a teaser short).
_ENDS_A_SENTENCE = re.compile(r"(?<!\.\.)[.!?][\"”’)]?\s*$")
# Words one of which is in every paragraph `_BOILERPLATE_ANYWHERE` finds: a cheap test first,
# as a search that cannot start from a literal tries every position of a long paragraph.
_BOILERPLATE_WORDS = (
    "contributed", "sign up", "subscribe", "like ", "follow ", "rights reserved", "skip ad",
    "buy photo", "letters for publication",
)  # fmt: skip
# A sentence's first word that no sentence writes with a capital in its middle: straight after a
# word in lower case (or a number), it opens a sentence that a page's furniture ran into, a
# linked headline, a caption, a credit or a time stamp with no full stop of its own (`Libyan
# city looks like a wasteland It was ...`, `Posted by: Osupport | June 14, 2010 5:03 PM |
# Report abuse As a comparison ...`).
# Followed by a lower-case word, so names (`told The Associated Press`) are left alone; the
# match is the word before it.
_RUN_ON = re.compile(
    r"(?<![\w'’.-])[a-z0-9][\w'’-]* (?=(?:The|An|But|He|She|They|It|We|In|On|At|After|As"
    r"|When|While|This|These|Those|His|Her|Their|Its|There) [a-z])"
)
# More words than this before such a sentence, back to the last full stop, are no furniture.
_MAX_RUN_ON_WORDS = 25
_QUOTE_MARKS = ('"', "“", "”")  # a quotation is someone's words, not a page's
_TITLE_SPAN = 60  # characters enough for a sentence's first three words
_RUN_SPAN = 400  # characters enough for _MAX_RUN_ON_WORDS words of news
# A photo's credit (`Photograph: Gerald Herbert/AP`, `Photograph: Ismael Francisco/AFP/Getty
# images`) or a page's time stamp (`Tuesday 13 July 2010 16.18 BST`) left in a flattened page:
# with the caption or headline that runs into it without a full stop, the page's.
_PAGE_MARK = re.compile(
    r"Photograph:\s(?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’.-]*(?:/[A-Z][\w.&-]*(?: [Ii]mages)?)+"
    r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d{1,2} (?:January|February|March|April|May"
    r"|June|July|August|September|October|November|December) \d{4} \d{1,2}[.:]\d{2} (?:BST|GMT)\b"
)
# An entry's head in a live page of news: `LIBYA, 11:22 p.m. ET, 6:22 a.m. local:`; a dateline.
_LIVE_STAMP = re.compile(
    r"\b[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}, \d{1,2}:\d{2} [ap]\.m\. [A-Z]{2,4}"
    r"(?:, \d{1,2}:\d{2} [ap]\.m\. local)?:?"
)
# A reader's comment closes with its time stamp and a reply button (`March 9, 2011 at 1:33 pm
# | Reply`, `Posted by: Moonbat | May 27, 2010 9:56 PM | Report abuse`).
_COMMENT_STAMP = re.compile(r"\|\s*(?:Reply|Report abuse)\b")
_SENTENCE_END = tuple('.!?:;,"”’)…')
# What ends a sentence at a line's end, closing quotation marks after it included.
_CLOSES_A_SENTENCE = tuple('.!?:"”’)…')
# A line that opens a block of its own: a list item, a quotation, a table's row, a heading.
_BLOCK_OPENING = re.compile(r"(?:[-*+•–—>|#]|\d{1,3}[.)])(?:\s|$)")
# Plain text filled to a column: the widest line no wider than this, and a line that runs on
# at least this share of it.
_FILL_COLUMN = 100
_FILLED = 0.6
_MAX_HEADING_WORDS = 14
# A line longer than this is a page flattened, not a paragraph of furniture.
_MAX_BOILERPLATE_WORDS = 60


def split_paragraphs(text: str, start: int = 0, markdown: bool = False) -> tuple[Paragraph, ...]:
    """Paragraphs with their kind; blank lines separate paragraphs when the text has any."""
    body = text[start:]
    separator = _BLANK_LINE if _BLANK_LINE.search(body.strip()) else re.compile(r"\r?\n")
    paragraphs: list[Paragraph] = []
    position = start
    for block in separator.split(body):
        offset = text.index(block, position) if block else position
        position = offset + len(block)
        for paragraph in _block_paragraphs(text, offset, block, markdown):
            if paragraph.kind == "body":
                paragraphs.extend(_at_line_breaks(text, paragraph, markdown))
            else:
                paragraphs.append(paragraph)
    return tuple(paragraphs)


def _at_line_breaks(text: str, paragraph: Paragraph, markdown: bool) -> Iterator[Paragraph]:
    """A body paragraph, split where one of its lines ends a paragraph of its own, kept
    whole where the lines are one paragraph wrapped (`_wrapped`): a sentence then runs on over
    its line breaks, and elsewhere one starts after each."""
    if "\n" not in text[paragraph.start : paragraph.end]:  # most paragraphs: one line
        yield paragraph
        return
    lines = _lines(paragraph.start, text[paragraph.start : paragraph.end])
    width = max(end - start for start, end in lines)
    begin = lines[0][0]
    for (start, end), (following, _) in itertools.pairwise(lines):
        if not _wrapped(text, start, end, following, width, markdown):
            yield Paragraph("body", begin, end)
            begin = following
    yield Paragraph("body", begin, lines[-1][1])


def _wrapped(text: str, start: int, end: int, following: int, width: int, markdown: bool) -> bool:
    """Whether the line `text[start:end]` runs on into the next, at `following`.

    In Markdown a line break inside a paragraph is a space (CommonMark's soft break) unless
    the next line opens a block of its own (a list item, a quotation, a table row) or the line
    ends in a hard break (two spaces or a backslash). Plain text says less: its lines run on
    only where they were filled to a column (the line is most of the paragraph's widest, which
    is no wider than an editor's), and the line ends mid-sentence; a line that ends a sentence
    starts one after it either way."""
    if _BLOCK_OPENING.match(text, following):
        return False
    if markdown:
        trailing = text[end:following].split("\n", 1)[0]
        return not (trailing.startswith("  ") or text[end - 1] == "\\")
    line = text[start:end]
    filled = width <= _FILL_COLUMN and len(line) >= _FILLED * width
    return filled and not line.endswith(_CLOSES_A_SENTENCE)


def _sentence_start(text: str, start: int, end: int, at: int) -> int:
    """Where the sentence that `at` stands in begins: past the last sentence's end before it
    (from `start` on), else `start`."""
    breaks = [b.start() for b in _AFTER_SENTENCE.finditer(text, start, at)]
    return _past_space(text, breaks[-1], end) if breaks else start


def _past_space(text: str, position: int, end: int) -> int:
    """The first position from `position` on (before `end`) that is not white space."""
    rest = text[position:end]
    return position + len(rest) - len(rest.lstrip())


def _datelines_inside(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Where a dateline stands after a sentence in the middle of a line, without its trailing
    space; the text before it ends with that sentence's last character."""
    if not _AGENCY_DASH.search(text, start, end):
        return  # a cheap test first: most lines name no agency before a dash
    for boundary in _AFTER_SENTENCE.finditer(text, start, end):
        found = _DATELINE_WITH_AGENCY.match(text, boundary.start(), end)
        if found is not None:
            yield boundary.start(), boundary.start() + len(found.group().rstrip())


def _furniture_inside(text: str, start: int, end: int) -> list[tuple[ParagraphKind, int, int]]:
    """What cuts a line of running text: datelines of reports pasted on, wire story codes,
    photo credits and a media player's notice."""
    found: list[tuple[ParagraphKind, int, int]] = [
        ("dateline", *where) for where in _datelines_inside(text, start, end)
    ]
    line = text[start:end]
    if " ET" in line:  # a cheap test first
        found += [("dateline", *m.span()) for m in _LIVE_STAMP.finditer(text, start, end)]
    for markers, pattern in _FURNITURE_IN_A_LINE:
        if any(marker in line for marker in markers):  # a cheap test first
            found += [("boilerplate", *m.span()) for m in pattern.finditer(text, start, end)]
    if _boilerplate_within(line):
        found += [("boilerplate", *where) for where in _boilerplate_sentences(text, start, end)]
    found += [("boilerplate", *where) for where in _run_ons(text, start, end)]
    found += [("boilerplate", *where) for where in _page_marks(text, start, end)]
    return _apart(sorted(found, key=lambda cut: cut[1]))


def _page_marks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A photo's credit or a page's time stamp, with what runs into it without a full stop
    (its caption, the headline above the stamp)."""
    if all(text.find(marker, start, end) < 0 for marker in ("Photograph:", " BST", " GMT")):
        return  # a cheap test first
    for mark in _PAGE_MARK.finditer(text, start, end):
        begin = _run_start(text, start, end, mark.start())
        yield (begin if begin is not None else mark.start()), mark.end()


def _run_start(text: str, start: int, end: int, at: int) -> int | None:
    """Where furniture with no full stop of its own that runs up to `at` begins: at the last
    sentence's end (or the line's start), when what lies between is short and quotes no one."""
    # Sought back only as far as such a run can reach, not from the start of a long line for
    # every run in it; from there only where the words in reach are too few to tell.
    reach = max(start, at - _RUN_SPAN)
    begin = _sentence_start(text, reach, end, at)
    if begin == reach > start:
        if len(text[reach:at].split()) > _MAX_RUN_ON_WORDS:
            return None
        begin = _sentence_start(text, start, end, at)
    run = text[begin:at]
    if len(run.split()) > _MAX_RUN_ON_WORDS or any(q in run for q in _QUOTE_MARKS):
        return None
    return begin


def _apart(cuts: list[tuple[ParagraphKind, int, int]]) -> list[tuple[ParagraphKind, int, int]]:
    """The cuts in order, each after the one before it ends (the first found of any two that
    overlap)."""
    kept: list[tuple[ParagraphKind, int, int]] = []
    for cut in cuts:
        if not kept or cut[1] >= kept[-1][2]:
            kept.append(cut)
    return kept


def _run_ons(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Furniture with no full stop that runs into the sentence after it: from the last
    sentence's end (or the line's start) to where the next sentence opens (`_RUN_ON`)."""
    for opening in _RUN_ON.finditer(text, start, end):
        stop = opening.end() - 1
        begin = _run_start(text, start, end, stop)
        if begin is not None and not _a_title(text[stop : stop + _TITLE_SPAN].split()[:3]):
            yield begin, stop


def _boilerplate_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """`... We want to live a good life." CNN's Moni Basu and Zain Verjee contributed to this
    report.`: in a long line (a page flattened), the sentence a page's furniture stands in."""
    for found in _BOILERPLATE_ANYWHERE.finditer(text, start, end):
        begin = _sentence_start(text, start, end, found.start())
        after = _AFTER_SENTENCE.search(text, found.end(), end)
        yield begin, len(text[: after.start()].rstrip()) if after else end


def _lead_dateline(text: str, start: int, end: int) -> re.Match[str] | None:
    """The dateline a flattened page puts its furniture before, near the start of a line;
    not one after a sentence's end, which opens a story pasted on (`_datelines_inside`)."""
    stop = min(end, start + _LEAD_SPAN)
    if not _AGENCY_DASH.search(text, start, stop):
        return None  # a cheap test first: most lines name no agency before a dash
    lead = _LEAD_DATELINE.search(text, start, stop)
    if lead is None or lead.start() == start:
        return None
    after_a_sentence = _ENDS_A_SENTENCE.search(text, start, lead.start())
    if after_a_sentence and not _EDITORS_NOTE.search(text, start, lead.start()):
        return None
    return lead


def _opening_caption(text: str, start: int, end: int) -> int | None:
    """Where a photo's caption that opens a whole page flattened onto one line ends: at its
    first sentence's end (`FILE - In this June 1 file photo, workers collect oil ... La. Few
    studies have examined ...`)."""
    if not _CAPTION.match(text[start:end]):  # (`^` holds only at a string's start)
        return None
    first = _AFTER_SENTENCE.search(text, start, end)
    return len(text[: first.start()].rstrip()) if first is not None else end


def _page_tail_start(text: str, start: int, end: int) -> int | None:
    """Where what closes a flattened page begins: a list of linked headlines or readers'
    comments."""
    tails = (_link_list_start(text, start, end), _comment_thread_start(text, start, end))
    return min((at for at in tails if at is not None), default=None)


def _a_title(words: list[str]) -> bool:
    """`hit When a Man Loves a Woman`, `for On the Waterfront`: a work's title in running text,
    whose capitals go on past its first word."""
    return len(words) == 3 and words[2][:1].isupper() and words[2] != "I"


def _comment_thread_start(text: str, start: int, end: int) -> int | None:
    """Where readers' comments begin on a page flattened onto one line: at the sentence break
    before the first comment's time stamp (or the line's start); the story is before them."""
    if text.find("|", start, end) < 0:
        return None  # a cheap test first
    stamp = _COMMENT_STAMP.search(text, start, end)
    return None if stamp is None else _sentence_start(text, start, end, stamp.start())


def _link_list_start(text: str, start: int, end: int) -> int | None:
    """Where a list of linked headlines with their ages (`Judge ends drilling freeze - 4 hrs
    ago CNEWS Court blocks ban - 1 hr ago`) begins, when one runs to the end of the line: at
    the sentence break before its first headline, or the line's start."""
    if text.find(" ago", start, end) < 0:
        return None  # a cheap test first
    ages = list(_AGED_LINK.finditer(text, start, end))
    if not ages or end - ages[-1].end() > _LIST_END_SLACK:
        return None
    return _sentence_start(text, start, end, ages[0].start())


def _block_paragraphs(text: str, offset: int, block: str, markdown: bool) -> Iterator[Paragraph]:
    """A block splits further where a line is a heading or a caption of its own, or opens with
    a dateline."""
    lines = _lines(offset, block)
    group: list[tuple[int, int]] = []
    for start, end in lines:
        kind = _line_kind(text[start:end], markdown, single=len(lines) == 1)
        caption = _opening_caption(text, start, end) if kind == "body" and not group else None
        if caption is not None:
            yield Paragraph("caption", start, caption)
            start = _past_space(text, caption, end)
            if start >= end:
                continue
        if kind == "body" and not group and (dateline := _DATELINE.match(text, start, end)):
            if group:
                yield Paragraph("body", group[0][0], group[-1][1])
                group = []
            stop = start + len(dateline.group().rstrip())
            yield Paragraph("dateline", start, stop)
            start = _past_space(text, stop, end)
            if start >= end:
                continue
        lead = _lead_dateline(text, start, end) if kind == "body" and not group else None
        if lead is not None:
            # what a flattened page puts before the story's dateline is the page's, not news
            yield Paragraph("boilerplate", start, start + len(text[start : lead.start()].rstrip()))
            stop = lead.start() + len(lead.group().rstrip())
            yield Paragraph("dateline", lead.start(), stop)
            start = _past_space(text, stop, end)
            if start >= end:
                continue
        tail = _page_tail_start(text, start, end) if kind == "body" else None
        if tail is not None:
            # linked headlines or readers' comments close the line: the story stands before them
            listed = (tail, end)
            end = start + len(text[start:tail].rstrip())
        if kind == "body":
            for cut_kind, cut_start, cut_end in _furniture_inside(text, start, end):
                before = text[start:cut_start].rstrip()
                if before:
                    group.append((start, start + len(before)))
                if group:
                    yield Paragraph("body", group[0][0], group[-1][1])
                    group = []
                yield Paragraph(cut_kind, cut_start, cut_end)
                start = _past_space(text, cut_end, end)
            if start < end:
                group.append((start, end))
            if tail is not None:
                if group:
                    yield Paragraph("body", group[0][0], group[-1][1])
                    group = []
                yield Paragraph("boilerplate", *listed)
            continue
        if group:
            yield Paragraph("body", group[0][0], group[-1][1])
            group = []
        yield Paragraph(kind, start, end)
    if group:
        yield Paragraph("body", group[0][0], group[-1][1])


def _lines(offset: int, block: str) -> list[tuple[int, int]]:
    spans = []
    for match in re.finditer(r"[^\r\n]+", block):
        line = match.group()
        stripped = line.strip()
        if stripped:
            begin = offset + match.start() + (len(line) - len(line.lstrip()))
            spans.append((begin, begin + len(stripped)))
    return spans


def _line_kind(line: str, markdown: bool, single: bool) -> ParagraphKind:
    if markdown and line.startswith("#"):
        return "heading"
    if _CAPTION.match(line) and len(line.split()) <= _MAX_BOILERPLATE_WORDS:
        return "caption"  # (a longer line is a page flattened: `_opening_caption`)
    if _BYLINE.match(line) and len(line.split()) <= 8:
        return "byline"
    if _BOILERPLATE_OPENING.match(line):
        return "boilerplate"
    if len(line.split()) <= _MAX_BOILERPLATE_WORDS and _boilerplate_within(line):
        return "boilerplate"  # (in a longer line, a whole page flattened, only its sentence)
    if line.startswith("==") and line.endswith("=="):
        return "heading"  # a wiki section
    if line[0] in "*•–-" and not line.rstrip().endswith(_SENTENCE_END):
        return "heading"  # an item of a list of titles: `* 2014 Bagram Airfield bombing`
    if single and _looks_like_heading(line):
        return "heading"
    return "body"


def _boilerplate_within(line: str) -> bool:
    lowered = line.lower()
    if not any(word in lowered for word in _BOILERPLATE_WORDS):
        return False
    return _BOILERPLATE_ANYWHERE.search(line) is not None


def _looks_like_heading(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= _MAX_HEADING_WORDS
        and not line.rstrip().endswith(_SENTENCE_END)
        and line[0] not in "\"“‘'«-–—•*"
        and line[0].isupper()
    )
