"""Actors: canonical names, partial names, capitals and seats, roles, descriptions, captions."""

from __future__ import annotations

from conftest import Extract

from briefgen.model import Actor, Extraction


def actor(extraction: Extraction, name: str) -> Actor:
    found = [a for a in extraction.actors if a.name == name]
    assert found, f"{name} not among {[a.name for a in extraction.actors]}"
    return found[0]


def names(extraction: Extraction) -> set[str]:
    return {a.name for a in extraction.actors}


def test_partial_name_joins_the_full_name(extract: Extract) -> None:
    result = extract("Chancellor Olaf Scholz arrived in Paris. Scholz then met reporters.")
    scholz = actor(result, "Olaf Scholz")
    assert "Scholz" in scholz.aliases
    assert len(scholz.mentions) == 2
    assert "Scholz" not in names(result)


def test_a_surname_two_people_share_is_the_one_named_last_before_it(extract: Extract) -> None:
    result = extract(
        "New Orleans Mayor Mitch Landrieu told those attending a luncheon at the National Press"
        " Club that the city was on its knees. Landrieu urged the audience to visit Louisiana."
        " Landrieu was elected in February, the year his father, former New Orleans mayor"
        ' Maurice "Moon" Landrieu, left office. Tony Blair met Cherie Blair. Blair spoke.'
    )
    mentions = {a.name: [m.text for m in a.mentions] for a in result.actors}
    assert mentions["Mitch Landrieu"] == ["Mitch Landrieu", "Landrieu", "Landrieu"]
    # named last before it, not the longest name
    assert mentions["Cherie Blair"] == ["Cherie Blair", "Blair"]


def test_capitals_and_seats_stand_for_their_state(extract: Extract) -> None:
    result = extract(
        "Moscow rejected the offer. The Kremlin said talks would continue. "
        "Washington and Tehran exchanged letters."
    )
    assert {"Moscow", "Kremlin"} <= set(actor(result, "Russia").aliases)
    assert "Washington" in actor(result, "United States").aliases
    assert "Tehran" in actor(result, "Iran").aliases
    assert actor(result, "Russia").type == "state"


def test_role_before_a_name_is_kept_with_its_affiliation(extract: Extract) -> None:
    result = extract("Iranian Vice Foreign Minister Abbas Araqchi arrived on Monday.")
    araqchi = actor(result, "Abbas Araqchi")
    assert araqchi.roles == ("Iranian Vice Foreign Minister",)
    assert araqchi.affiliation == "Iran"


def test_a_hyphened_title_the_parse_cuts_is_kept_whole(extract: Extract) -> None:
    result = extract(
        "Tory ex-minister Douglas Hogg said he opposed the plans. Vice-President Dick Cheney"
        " agreed."
    )
    assert actor(result, "Douglas Hogg").roles == ("ex-minister",)
    assert actor(result, "Dick Cheney").roles == ("Vice-President",)


def test_a_hyphened_name_is_written_as_the_text_writes_it(extract: Extract) -> None:
    result = extract(
        "Nestle chief executive Peter Brabeck-Letmathe confirmed the plan on Monday."
        " Brabeck-Letmathe said the option was on the table. Jean-Claude Juncker agreed."
    )
    assert actor(result, "Peter Brabeck-Letmathe").aliases == ("Brabeck-Letmathe",)
    assert "Jean-Claude Juncker" in names(result)


def test_a_title_alone_where_the_sentence_splitter_cut_the_name_off_is_no_one(
    extract: Extract,
) -> None:
    result = extract(
        'The Harriers "conducted strikes against ground forces," said Navy spokesman Cmdr.'
        " Jeff Davis."
    )
    assert "Jeff Davis" in names(result)
    assert not [n for n in names(result) if n.startswith("Cmdr")]


def test_a_document_the_tagger_took_for_a_body_is_no_actor(extract: Extract) -> None:
    result = extract(
        "Chancellor Gordon Brown will deliver his Budget to the House of Commons on 16 March."
        " Analysts say it is likely the Budget will contain measures to attract votes."
        " Bill Gates said the Budget was fair."
    )
    assert "Budget" not in names(result)
    assert "Bill Gates" in names(result)


def test_description_resolves_to_the_named_leader(extract: Extract) -> None:
    result = extract(
        "Russian President Vladimir Putin met the envoy. "
        "The envoy handed the Russian leader a letter."
    )
    assert "the Russian leader" in actor(result, "Vladimir Putin").aliases


def test_caption_and_heading_are_not_actors(extract: Extract) -> None:
    text = (
        "Photo: Vyacheslav Prokofiev/TASS\n"
        "Escalation on the World Stage and the Kremlin’s Position\n"
        "Russia criticised the strikes on Monday, officials said.\n"
    )
    found = names(extract(text))
    assert "Vyacheslav Prokofiev" not in found
    assert not any("Position" in n or "World Stage" in n for n in found)
    assert "Russia" in found


def test_places_in_a_list_are_not_organisations(extract: Extract) -> None:
    result = extract(
        "The United States struck facilities in the cities of Fordow, Natanz and Isfahan."
    )
    assert not any("Fordow" in n or "Natanz" in n or "Isfahan" in n for n in names(result))
    assert "United States" in names(result)


def test_salience_ranks_the_most_mentioned_actor_first(extract: Extract) -> None:
    result = extract(
        "Germany warned France. Germany later met Italy. Germany and Spain signed a deal."
    )
    assert result.actors[0].name == "Germany"
    assert result.actors[0].salience == 1.0
    assert all(a.salience < 1.0 for a in result.actors[1:])


def test_mentions_point_at_their_words(extract: Extract) -> None:
    text = "Officials in Paris said France would respond. President Emmanuel Macron agreed."
    result = extract(text)
    for a in result.actors:
        for m in a.mentions:
            assert text[m.start : m.end] == m.text


def test_a_titles_full_stop_split_off_is_no_part_of_the_name(extract: Extract) -> None:
    text = "State television showed Col. Moammar Gadhafi meeting tribal elders in the capital."
    names = [a.name for a in extract(text).actors if a.type == "person"]
    assert names == ["Moammar Gadhafi"]


def test_a_bodys_branch_in_a_state_or_a_longer_name_is_not_the_body_itself(
    extract: Extract,
) -> None:
    abroad = (
        "Yukos chief financial officer Bruce Misamore moved to the US to set up Yukos USA. "
        "Deutsche Bank is involved in the case because it is itself being sued by Yukos."
    )
    alone = (
        "The Yukos Finance Group was set up in Houston. Shares in Yukos fell 5%. "
        "Deutsche Bank is being sued by Yukos."
    )
    for text in (abroad, alone):
        (sued,) = [e for e in extract(text).events if e.trigger.text == "sued"]
        assert [p.name for p in sued.actors] == ["Yukos"]


def test_kin_nominees_and_a_name_that_stood_alone_first_are_their_own(
    extract: Extract,
) -> None:
    text = (
        "President Obama spoke on Saturday. Michelle Obama campaigned in Ohio. "
        "Mr. Obama praised the union. "
        "Donald Trump debated Hillary Clinton. The GOP nominee complained about his mic."
    )
    events = [
        *extract(text).events,
        *extract("Keith Lamont Scott's wife pleads for his life.").events,
    ]
    doers = {e.trigger.text: [p.name for p in e.actors] for e in events}
    assert doers["praised"] == ["Obama"]
    assert doers["pleads"] == ["Keith Lamont Scott's wife"]
    assert doers["complained"] == ["GOP nominee"]


def test_a_surname_with_a_title_is_the_one_who_holds_it(extract: Extract) -> None:
    result = extract(
        "President John F. Kennedy met Khrushchev in Vienna. To Africa, he sent his brother, "
        "Attorney General Robert Kennedy, on a good-will mission. The armed forces would grow "
        "by only 160,000, not the 225,000 that President Kennedy had requested."
    )
    requests = [e for e in result.events if e.trigger.text == "requested"]
    assert [[p.name for p in e.actors] for e in requests] == [["John F. Kennedy"]]
    assert len(actor(result, "Robert Kennedy").mentions) == 1


def test_a_description_keeps_its_qualifier(extract: Extract) -> None:
    result = extract(
        "Mexico's President Salinas said the country's recession had ended. "
        "The former president complained about U.S. interference. "
        "The president pledged to continue his program."
    )
    assert [m.text for m in actor(result, "Salinas").mentions] == ["Salinas", "The president"]


def test_a_description_looks_back_not_ahead(extract: Extract) -> None:
    result = extract(
        "Officials met. The president complained about U.S. interference. "
        "Mexico's President Salinas said the country's recession had ended."
    )
    assert [m.text for m in actor(result, "Salinas").mentions] == ["Salinas"]


def test_the_administration_is_the_government_not_a_body_named_so(extract: Extract) -> None:
    result = extract(
        "President Obama met NASA officials. The National Aeronautics and Space Administration "
        "got $17.6 billion. The administration criticised the budget cut."
    )
    critics = [[p.name for p in e.actors] for e in result.events if e.trigger.text == "criticised"]
    assert ["National Aeronautics and Space Administration"] not in critics


def test_a_name_only_ever_given_a_site_is_no_person(extract: Extract) -> None:
    found = extract(
        "Foreign ministers of Poland and Lithuania agreed on Thursday to reopen the Budzisko "
        "border crossing. Burmese troops captured a Karen guerrilla stronghold. Police closed "
        "the Hariri airport. Hariri said the closure was illegal. President Barack Obama met "
        "the emir in the Oval office."
    )
    people = {a.name for a in found.actors if a.type == "person"}
    assert "Budzisko" not in people  # the crossing's name, and nobody's
    assert "Oval" not in people and "Barack Obama" in people
    assert all("Budzisko" not in [s.name for s in e.targets] for e in found.events)
    assert "Karen" in people  # the tagger's person: whose stronghold it is, not its name
    assert "Hariri" in people  # the airport's name, and he speaks in the article too


def test_mr_and_mrs_as_often_leave_the_one_named_in_full_undecided(extract: Extract) -> None:
    found = extract(
        "Michael Howard's wife, Sandra, is to play a leading role in the campaign. Mrs Howard "
        "will make solo visits to target seats. Mr Howard will host a news conference."
    )
    mentions = {a.name: [m.text for m in a.mentions] for a in found.actors}
    # Nothing says whether Michael Howard is `Mr` or `Mrs Howard`: neither is taken for him.
    assert mentions["Michael Howard"] == ["Michael Howard"]
    assert "Mrs Howard" in mentions and "Mr Howard" in mentions
