"""A judged sample of events on unseen political news, drawn at random with a fixed seed.

    .venv/bin/python benchmarks/judged_sample.py draw ROUND [--n 50] [--seed N] [--shown]
        [--t17 TOPIC[,TOPIC...] --articles N | --basil N | --polnear | --section SECTION]
    .venv/bin/python benchmarks/judged_sample.py show benchmarks/judged/ROUND/sample.jsonl 1 10
    .venv/bin/python benchmarks/judged_sample.py score ROUND [--shown]

`draw` runs `briefgen extract` over the BBC politics articles of the shared corpus (read from
../shared at run time, never copied) that no earlier round drew from, and writes
`benchmarks/judged/ROUND/sample.jsonl` (or `sample_shown.jsonl` with `--shown`: only events a
timeline may show, realised or intended, not negated, confidence at least `--min-confidence`,
by default an audience's default; rounds 1-22 drew at 0.5, the loosest cut of their day).
Each line names the article and the offsets of the event's sentence and words, never the
article's text. Judges read the article, apply `benchmarks/judged/RULES.md`
and write one verdict a line (`n`, `type_right`, `actor_right`, `target_right`,
`modality_right`, `wanted`, `note`) into `ROUND/verdicts_sample_*.jsonl` (or
`verdicts_shown_*.jsonl`). `score` prints the tallies and the wrong ones.

By round 6 the BBC politics articles no round had drawn from were the ones with next to no
events (3 in 42), so `--t17 TOPIC` draws from `--articles` articles of a Timeline17 topic
instead (`t17/TOPIC/ID.txt` in the sample; read from ../shared at run time): crisis news that
no event round has read. A topic an earlier round drew from is drawn again without the
articles that round's sample named (round 12: `--t17 LibyaWar_reuters --articles 60 --seed 12`).
Several topics separated by commas draw `--articles` from each (round 39, when no one topic had
50 shown events left: `--t17 LibyaWar_cnn,LibyaWar_reuters,bpoil_guardian,bpoil_foxnews,
bpoil_washingtonpost,bpoil_bbc,bpoil_reuters --articles 200 --seed 39`).

When Timeline17's articles were nearly all read, `--basil N` drew from N of BASIL's 300 US
political articles (`basil/ID` in the sample), which only the story-clustering evaluation had
read (round 40: `--basil 120 --seed 40 --shown`).

With BASIL read too, `--section business` drew from the BBC corpus's business articles, news
of governments, regulators, companies and unions that no round had read (round 42). When
fewer than 50 shown events were left there, `--section tech` drew from its technology articles
(round 45): regulation, courts, piracy, privacy and governments' plans for the net.

With the BBC business articles nearly all read too (round 45 drew from technology news),
`--polnear` drew from the 84 US political articles of PolNeAR's development file (`polnear/ID`
in the sample; round 46). The statement extractor was developed on their quotes, and the
issue's own first judged sample of events (before any round here) was drawn from them, so they
are less unseen than the others: no round had drawn an event from them. With fewer than 50
shown events left in the 43 it had not read, `--and-section tech` added the technology
articles no round had read (round 47). Timeline17 still had 1,403 articles no round had drawn
an event from, across its ten topics (192 shown events among them): round 49 drew from all of
them (`--t17 H1N1_bbc,...,bpoil_washingtonpost --articles 400 --seed 49`), and round 50 from
those still unread (the same with `--seed 50`, shown events only). Round 51 took the 30 shown
events left in Timeline17's 1,292 unread articles (`--seed 51`: with fewer left than `--n`, a
draw takes them all), and round 52 the 48 left in the BBC entertainment articles no round had
read (`--section entertainment --seed 52`).

With no unread political news left in ../shared, `--ieer` drew from news no part of the project
had read: the 94 AP and New York Times newswire stories of March and April 1998 in NIST's 1999
IE-ER sample, as nltk_data ships it (`packages/corpora/ieer.zip`, unzipped to
`~/nltk_data/corpora/ieer`, or the folder `$IEER` names; `ieer/DOCNO` in the sample). Each story
becomes its headline and its paragraphs, its entity markup dropped; a story the wire sent again
under the same headline counts once (round 53: `--ieer --seed 53`).

`--brown` drew from the 44 press reportage samples of the Brown corpus (American newspapers of
1961, political news mostly), as nltk_data ships it (`packages/corpora/brown.zip`, unzipped to
`~/nltk_data/corpora/brown`, or the folder `$BROWN` names; `brown/ca01` in the sample). Each
sample's tagged sentences become plain text, one sentence a paragraph (the corpus marks no
paragraphs), with the tags dropped and the words joined as print would set them (round 54:
`--brown --seed 54`).

`--wsj` drew from the 199 Wall Street Journal articles of 1989 in the Penn Treebank sample, as
nltk_data ships it (`packages/corpora/treebank.zip`, unzipped to `~/nltk_data/corpora/treebank`,
or the folder `$TREEBANK` names; `wsj/wsj_0003` in the sample), each from its raw text (round 55:
`--wsj --seed 55`).

`--lee` drew from the 300 ABC (Australian Broadcasting Corporation) news stories of December
2001 and January 2002 that Lee, Pincombe and Welsh collected, as gensim ships them
(`gensim/test/test_data/lee_background.cor`, one story a line; copied to
`~/gensim-data/lee_background.cor`, or the file `$LEE` names; `lee/N` in the sample for the
story on line N): Afghanistan, the Middle East and Australian politics (round 56: `--lee --seed
56`). `--lee50` drew from the corpus's other 50 stories, of the same service and months
(`gensim/test/test_data/lee.cor`, copied to `~/gensim-data/lee.cor` or the file `$LEE50` names;
`lee50/N`; round 57: `--lee50 --seed 57`).

`--masc` drew from the newspaper texts of MASC (the Manually Annotated Sub-Corpus, as nltk_data
ships it tagged: `packages/corpora/masc_tagged.zip`, unzipped to
`~/nltk_data/corpora/masc_tagged`, or the folder `$MASC` names; `masc/FILE` in the sample):
AP, New York Times and Wall Street Journal stories of 2000 and 2002, without the Treebank's
articles round 55 read, the tags dropped and the words joined as print would set them (round
58: `--masc --seed 58`).

`--newspaper` drew from the English article texts newspaper3k's tests keep (2013–2014 pages of
Reuters, Fox News, the Telegraph, CNN, the Daily Beast and some 40 other sites; from
`tests/data/text` of github.com/codelucas/newspaper, copied to `~/newspaper-tests/text`, or the
folder `$NEWSPAPER_TEXTS` names; `newspaper/FILE` in the sample), the texts in other languages
and those under 1,500 characters left out (round 59: `--newspaper --seed 59`, drawn at the code
the ninth session ended with).

`--abc` drew from the ABC's rural news of 2006 as nltk_data ships it (`packages/corpora/abc.zip`,
`rural.txt`, unzipped to `~/nltk_data/corpora/abc`, or the folder `$ABC` names; `abc/N` in the
sample for the Nth item): farm politics, trade and the inquiry into AWB's payments to Iraq. The
file runs its items together, each a headline line and its paragraphs, with a blank line before
the next; each item is an article here (round 60: `--abc --seed 60`, drawn at the code the ninth
session ended with).

Round 1 was drawn before the fixes it led to: its articles are development data now, and later
rounds leave them out.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefgen.model.config import MIN_CONFIDENCE

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "benchmarks" / "judged"
CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"
T17 = ROOT.parent / "shared" / "eval" / "t17"
BASIL = ROOT.parent / "shared" / "eval" / "basil_stories.jsonl"
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear_dev.jsonl"
WIKIEVENTS = ROOT.parent / "shared" / "eval" / "wikievents_dev.jsonl"
IEER = Path(os.environ.get("IEER", Path.home() / "nltk_data" / "corpora" / "ieer"))
BROWN = Path(os.environ.get("BROWN", Path.home() / "nltk_data" / "corpora" / "brown"))
TREEBANK = Path(os.environ.get("TREEBANK", Path.home() / "nltk_data" / "corpora" / "treebank"))
LEE = Path(os.environ.get("LEE", Path.home() / "gensim-data" / "lee_background.cor"))
LEE50 = Path(os.environ.get("LEE50", Path.home() / "gensim-data" / "lee.cor"))
MASC = Path(os.environ.get("MASC", Path.home() / "nltk_data" / "corpora" / "masc_tagged"))
ABC = Path(os.environ.get("ABC", Path.home() / "nltk_data" / "corpora" / "abc"))
NEWSPAPER = Path(os.environ.get("NEWSPAPER_TEXTS", Path.home() / "newspaper-tests" / "text"))
# newspaper3k's texts in other languages
FOREIGN = frozenset({"arabic", "chinese", "japanese", "japanese2", "spanish", "thai", "french"})


def draw(args: argparse.Namespace) -> None:
    outside = _outside(args)
    with tempfile.TemporaryDirectory() as work:
        seen = _seen_articles(args.round)
        if args.basil:
            articles = _basil_articles(args.basil, args.seed, Path(work), seen)
        elif args.polnear:
            records = [r for r in lines(POLNEAR) if f"polnear/{r['id']}" not in seen]
            articles = _written_out(records, len(records), args.seed, Path(work))
            if args.and_section:  # too few left: the unread articles of a BBC section too
                articles += _bbc_articles(args.corpus, args.and_section, seen)
        elif outside is not None:
            records = [r for r in OUTSIDE[outside]() if f"{outside}/{r['id']}" not in seen]
            articles = _written_out(records, len(records), args.seed, Path(work))
        elif args.t17:
            articles = [
                path
                for topic in args.t17.split(",")
                for path in _t17_articles(topic, args.articles, args.seed, Path(work), seen)
            ]
        else:
            articles = _bbc_articles(args.corpus, args.section, seen)
        out = Path(work) / "extraction.json"
        command = [args.briefgen, "extract", *map(str, articles), "--json", str(out), "-q"]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        extraction = json.loads(out.read_text(encoding="utf-8"))
    source = outside or (
        "basil" if args.basil else "polnear" if args.polnear else "t17" if args.t17 else "bbc"
    )
    names = {
        s["id"]: _sample_name(Path(s["path"]), "bbc" if _bbc(Path(s["path"])) else source)
        for s in extraction["sources"]
    }
    events = extraction["events"]
    if args.shown:
        events = [e for e in events if _shown(e, args.min_confidence)]
    # with fewer left than asked for, all of them (round 51: the last of Timeline17)
    chosen = random.Random(args.seed).sample(events, min(args.n, len(events)))
    target = JUDGED / args.round / ("sample_shown.jsonl" if args.shown else "sample.jsonl")
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8") as stream:
        for n, event in enumerate(chosen, start=1):
            stream.write(json.dumps(_entry(n, names[event["source"]], event)) + "\n")
    drawn = f"{len(chosen)} drawn into {target}"
    print(f"{len(events)} events in {len(articles)} unseen articles; {drawn}")


def _bbc_articles(corpus: Path, section: str, seen: set[str]) -> list[Path]:
    return [p for p in sorted(corpus.glob(f"bbc_{section}_*.txt")) if p.name not in seen]


def _bbc(path: Path) -> bool:
    """A file of the BBC corpus, by its name (`bbc_tech_072.txt`)."""
    return re.fullmatch(r"bbc_[a-z]+_\d+\.txt", path.name) is not None


def _sample_name(path: Path, source: str) -> str:
    """`t17/TOPIC/ID.txt` for a Timeline17 article (its id begins with its topic),
    `basil/ID` or `polnear/ID` for a BASIL or PolNeAR one, else the BBC file's name."""
    if source == "t17":
        return f"t17/{path.stem.rsplit('-', 1)[0]}/{path.name}"
    return f"{source}/{path.stem}" if source in ("basil", "polnear", *OUTSIDE) else path.name


def _basil_articles(n: int, seed: int, work: Path, seen: set[str]) -> list[Path]:
    """`n` BASIL articles drawn at random, written out for `briefgen extract`: US political
    news from three outlets that only the story-clustering evaluation reads, so none an
    event round has read."""
    records = [r for r in lines(BASIL) if f"basil/{r['id']}" not in seen]
    return _written_out(records, n, seed, work)


def _t17_articles(topic: str, n: int, seed: int, work: Path, seen: set[str]) -> list[Path]:
    """`n` articles of a Timeline17 topic drawn at random, written out for `briefgen extract`:
    crisis news no event round has read (the topics are the key-date development set), so
    none an earlier round drew an event from."""
    records = [
        r for r in lines(T17 / topic / "articles.jsonl") if f"t17/{topic}/{r['id']}.txt" not in seen
    ]
    return _written_out(records, n, seed, work)


def _written_out(records: list[dict[str, Any]], n: int, seed: int, work: Path) -> list[Path]:
    """`n` of the records drawn at random, each written to `ID.txt` in `work`."""
    chosen = random.Random(seed).sample(records, min(n, len(records)))
    paths = []
    for record in chosen:
        path = work / f"{record['id']}.txt"
        path.write_text(record["text"], encoding="utf-8")
        paths.append(path)
    return paths


def _ieer_stories() -> list[dict[str, str]]:
    """The IE-ER newswire stories as `{"id": DOCNO, "text": headline and paragraphs}`, one per
    headline (the wire sent some stories again, updated)."""
    stories: dict[str, dict[str, str]] = {}
    for path in sorted(IEER.glob("[A-Z]*_*")):
        raw = path.read_text(encoding="latin-1")
        for doc in re.findall(r"<DOC>(.*?)</DOC>", raw, re.S):
            number = re.search(r"<DOCNO>\s*(\S+)\s*</DOCNO>", doc)
            headline = re.search(r"<HEADLINE>(.*?)</HEADLINE>", doc, re.S)
            body = re.search(r"<TEXT>(.*?)</TEXT>", doc, re.S)
            if not (number and headline and body):
                continue
            title = _plain(headline.group(1))
            paragraphs = [_plain(p) for p in re.split(r"\n\s*\t", body.group(1))]
            text = "\n\n".join([title, *(p for p in paragraphs if p)]) + "\n"
            stories.setdefault(title.lower(), {"id": number.group(1), "text": text})
    return list(stories.values())


def _plain(marked: str) -> str:
    """Newswire text without its entity markup, its lines joined, its `` '' quotes straight."""
    text = re.sub(r"<[^>]+>", "", marked).replace("``", '"').replace("''", '"')
    text = html.unescape(text)
    return " ".join(text.split())


def _brown_news() -> list[dict[str, str]]:
    """The Brown corpus's press reportage samples (`ca01` to `ca44`) as plain text."""
    return [
        {"id": path.name, "text": "\n\n".join(_untagged(line) for line in lines_of(path)) + "\n"}
        for path in sorted(BROWN.glob("ca[0-9][0-9]"))
    ]


def _wsj_articles() -> list[dict[str, str]]:
    """The Penn Treebank sample's raw Wall Street Journal articles, one sentence a line, a
    blank line between paragraphs, without the `.START` line each opens with."""
    articles = []
    for path in sorted((TREEBANK / "raw").glob("wsj_*")):
        raw = path.read_text(encoding="latin-1").replace(".START", "", 1)
        paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", raw)]
        text = "\n\n".join(p for p in paragraphs if p) + "\n"
        articles.append({"id": path.name, "text": text})
    return articles


def _lee_stories(path: Path) -> list[dict[str, str]]:
    """The Lee corpus's ABC news stories, one a line, each named by its line number."""
    return [
        {"id": str(n), "text": line.strip() + "\n"}
        for n, line in enumerate(lines_of(path), start=1)
    ]


def _masc_news() -> list[dict[str, str]]:
    """MASC's newspaper texts, untagged, one paragraph a blank-line-separated block; not the
    Treebank sample's WSJ articles (`wsj_0001` to `wsj_0199`), which round 55 read."""
    chosen = [
        line.split()[0]
        for line in lines_of(MASC / "categories.txt")
        if line.split()[1:] == ["newspaper"] and not re.match(r"written/wsj_0\d{3}\.", line)
    ]
    stories = []
    for name in chosen:
        raw = (MASC / name).read_text(encoding="utf-8", errors="replace")
        blocks = [_untagged_masc(b) for b in re.split(r"\n\s*\n", raw)]
        text = "\n\n".join(b for b in blocks if b) + "\n"
        stories.append({"id": Path(name).stem, "text": text})
    return stories


def _untagged_masc(tagged: str) -> str:
    """`U.S._NN Representative_NNP ... ,_, n't_RB` -> `U.S. Representative ..., n't`."""
    words = [token.rsplit("_", 1)[0] for token in tagged.split()]
    text = " ".join(words).replace("``", '"').replace("''", '"')
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    text = re.sub(r'" (.*?) "', r'"\1"', text)
    return re.sub(r" ([.,;:!?)])", r"\1", text).replace("( ", "(")


def _newspaper_texts() -> list[dict[str, str]]:
    """newspaper3k's expected article texts in English, at least 1,500 characters long."""
    texts = []
    for path in sorted(NEWSPAPER.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.stem not in FOREIGN and len(text) >= 1500:
            texts.append({"id": path.stem, "text": text.strip() + "\n"})
    return texts


def _abc_rural_news() -> list[dict[str, str]]:
    """The ABC's rural news items: a headline line, then one paragraph a line."""
    raw = (ABC / "rural.txt").read_text(encoding="latin-1")
    items = [block.strip().splitlines() for block in re.split(r"\n\s*\n", raw) if block.strip()]
    return [
        {"id": str(n), "text": "\n\n".join(line.strip() for line in item) + "\n"}
        for n, item in enumerate(items, start=1)
    ]


def lines_of(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="latin-1").splitlines() if line.strip()]


def _untagged(tagged: str) -> str:
    """`The/at jury/nn said/vbd ``/`` no/at ''/'' ./.` -> `The jury said "no".`"""
    words = [token.rsplit("/", 1)[0] for token in tagged.split()]
    text = " ".join(words).replace("``", '"').replace("''", '"')
    text = re.sub(r'" (.*?) "', r'"\1"', text)  # quotes hug what they quote
    return re.sub(r" ([.,;:!?)])", r"\1", text).replace("( ", "(")


# News from outside the project, by the prefix its articles carry in a sample.
OUTSIDE: dict[str, Callable[[], list[dict[str, str]]]] = {
    "ieer": _ieer_stories,
    "brown": _brown_news,
    "wsj": _wsj_articles,
    "lee": lambda: _lee_stories(LEE),
    "lee50": lambda: _lee_stories(LEE50),
    "masc": _masc_news,
    "newspaper": _newspaper_texts,
    "abc": _abc_rural_news,
}


OUTSIDE_NAMES = {
    "ieer": "the IE-ER newswire stories",
    "brown": "the Brown corpus's press reportage",
    "wsj": "the Penn Treebank's WSJ articles",
    "lee": "the Lee ABC news stories",
    "lee50": "the Lee corpus's other 50 stories",
    "masc": "MASC's newspaper texts",
    "newspaper": "newspaper3k's article texts",
    "abc": "the ABC's rural news items",
}


def _outside(args: argparse.Namespace) -> str | None:
    """The outside corpus a draw reads (`--ieer`, `--brown`, ...), if any."""
    return next((name for name in OUTSIDE if getattr(args, name, False)), None)


def article_text(name: str, corpus: Path = CORPUS) -> str:
    """An article's text by the name a sample gives it: a BBC file, or `t17/TOPIC/ID.txt`."""
    outside, _, wanted = name.partition("/")
    if outside in OUTSIDE:
        return next(r["text"] for r in OUTSIDE[outside]() if r["id"] == wanted)
    if name.startswith("wikievents/"):  # benchmarks/wikievents_read.py
        wanted = name.removeprefix("wikievents/")
        return next(r["text"] for r in lines(WIKIEVENTS) if r["id"] == wanted)
    if name.startswith("basil/"):
        wanted = name.removeprefix("basil/")
        return next(r["text"] for r in lines(BASIL) if r["id"] == wanted)
    if name.startswith("polnear/"):
        wanted = name.removeprefix("polnear/")
        return next(r["text"] for r in lines(POLNEAR) if r["id"] == wanted)
    if name.startswith("t17/"):
        _, topic, file = name.split("/")
        wanted = file.removesuffix(".txt")
        return next(r["text"] for r in lines(T17 / topic / "articles.jsonl") if r["id"] == wanted)
    return (corpus / name).read_text(encoding="utf-8")


def _seen_articles(current: str) -> set[str]:
    """Articles an earlier round drew from (and so were read while improving the method)."""
    return {
        entry["article"]
        for sample in JUDGED.glob("*/sample*.jsonl")
        if sample.parent.name != current
        for entry in lines(sample)
    }


def _shown(event: dict[str, Any], min_confidence: float) -> bool:
    told = event["modality"] in ("realised", "intended") and not event["negated"]
    return told and event["confidence"] >= min_confidence


def _entry(n: int, article: str, event: dict[str, Any]) -> dict[str, Any]:
    def sides(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{"name": p["name"], "start": p["start"], "end": p["end"]} for p in found]

    return {
        "n": n,
        "article": article,
        "sentence": [event["sentence"]["start"], event["sentence"]["end"]],
        "trigger": [event["trigger"]["start"], event["trigger"]["end"]],
        "type": event["type"],
        "actors": sides(event["actors"]),
        "targets": sides(event["targets"]),
        "places": [p["name"] for p in event["places"]],
        "modality": event["modality"],
        "negated": event["negated"],
        "confidence": event["confidence"],
        "date": event["date"],
    }


def show(args: argparse.Namespace) -> None:
    """An event with its sentence and its words marked, for a judge (the article is at hand)."""
    for entry in lines(args.sample):
        if args.first <= entry["n"] <= args.last:
            text = article_text(entry["article"], args.corpus)
            start, end = entry["sentence"]
            marks = [(*entry["trigger"], "TRIGGER")]
            marks += [(p["start"], p["end"], "ACTOR") for p in entry["actors"]]
            marks += [(p["start"], p["end"], "TARGET") for p in entry["targets"]]
            sentence = text[start:end]
            for a, b, label in sorted(marks, reverse=True):
                if start <= a <= b <= end:
                    a, b = a - start, b - start
                    sentence = f"{sentence[:a]}[{label}: {sentence[a:b]}]{sentence[b:]}"
            who = ", ".join(p["name"] for p in entry["actors"]) or "-"
            whom = ", ".join(p["name"] for p in entry["targets"]) or "-"
            negated = " (negated)" if entry["negated"] else ""
            print(f"#{entry['n']} {entry['article']}")
            print(f"  {who} -> {entry['type']} -> {whom}  [{entry['modality']}{negated}]")
            print(f"  {sentence}\n")


def score(args: argparse.Namespace) -> None:
    folder = JUDGED / args.round
    kind = "shown" if args.shown else "sample"
    sample = {
        e["n"]: e for e in lines(folder / f"{'sample_shown' if args.shown else 'sample'}.jsonl")
    }
    verdicts = sorted(
        (v for part in sorted(folder.glob(f"verdicts_{kind}_*.jsonl")) for v in lines(part)),
        key=lambda v: v["n"],
    )
    right = [v for v in verdicts if v["type_right"] and v["actor_right"]]
    print(
        f"{len(verdicts)} judged; right by type and actor: {len(right)} ({_share(right, verdicts)})"
    )
    # An audience's timeline shows only events with a doer (assemble/audience.py).
    doers = [v for v in verdicts if sample[v["n"]]["actors"]]
    doers_right = [v for v in doers if v["type_right"] and v["actor_right"]]
    print(
        f"  with a doer, as a timeline shows them: {len(doers_right)}/{len(doers)}"
        f" ({_share(doers_right, doers)})"
    )
    for field in ("type_right", "actor_right", "target_right", "modality_right", "wanted"):
        yes = [v for v in verdicts if v.get(field)]
        print(f"  {field:15} {len(yes):3} ({_share(yes, verdicts)})")
    print("wrong by type or actor:")
    for v in verdicts:
        if not (v["type_right"] and v["actor_right"]):
            e = sample[v["n"]]
            who = ", ".join(p["name"] for p in e["actors"]) or "-"
            whom = ", ".join(p["name"] for p in e["targets"]) or "-"
            print(f"  #{v['n']:<3} {e['article']}  {who} -> {e['type']} -> {whom}: {v['note']}")


def _share(part: list[Any], whole: list[Any]) -> str:
    return f"{len(part) / len(whole):.0%}" if whole else "-"


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    drawing = commands.add_parser("draw")
    drawing.add_argument("round")
    drawing.add_argument("--corpus", type=Path, default=CORPUS)
    drawing.add_argument("--briefgen", default=str(ROOT / ".venv" / "bin" / "briefgen"))
    drawing.add_argument("--n", type=int, default=50)
    drawing.add_argument("--seed", type=int, default=2026)
    drawing.add_argument("--shown", action="store_true")
    drawing.add_argument(
        "--min-confidence",
        type=float,
        default=MIN_CONFIDENCE,
        help="with --shown: the least confidence an event shown has (rounds 1-22 drew at 0.5)",
    )
    drawing.add_argument(
        "--t17", metavar="TOPIC", help="draw from a Timeline17 topic instead (or several, A,B)"
    )
    drawing.add_argument("--articles", type=int, default=40, help="articles of the topic")
    drawing.add_argument(
        "--basil", type=int, metavar="N", help="draw from N BASIL articles instead"
    )
    drawing.add_argument(
        "--polnear", action="store_true", help="draw from PolNeAR's development articles instead"
    )
    for name, what in OUTSIDE_NAMES.items():
        drawing.add_argument(f"--{name}", action="store_true", help=f"draw from {what} instead")
    drawing.add_argument(
        "--and-section", metavar="SECTION", help="with --polnear: a BBC section's articles too"
    )
    drawing.add_argument(
        "--section", default="politics", help="the BBC corpus's section to draw from"
    )
    showing = commands.add_parser("show")
    showing.add_argument("sample", type=Path)
    showing.add_argument("first", type=int)
    showing.add_argument("last", type=int)
    showing.add_argument("--corpus", type=Path, default=CORPUS)
    scoring = commands.add_parser("score")
    scoring.add_argument("round")
    scoring.add_argument("--shown", action="store_true")
    args = parser.parse_args()
    {"draw": draw, "show": show, "score": score}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
