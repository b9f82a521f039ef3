"""Sentence table for encounter extraction: who, kind, status and format."""

from __future__ import annotations

from datetime import date

import pytest

from parley.model import Encounter

D = date(2023, 11, 20)


def _where(encounter: Encounter) -> str | None:
    return encounter.place.name if encounter.place else None


# (text, participants' names, kind, status, format)
CASES = [
    (
        # a host convening leaders by video holds a call with them
        "On Feb. 18, 2022, Joe Biden convened Olaf Scholz, Emmanuel Macron and Justin Trudeau"
        " by video.",
        {"Joe Biden", "Olaf Scholz", "Emmanuel Macron", "Justin Trudeau"},
        "call",
        "held",
        "formal",
    ),
    (
        # what someone was due to do then was a plan
        "In July 2023 Benjamin Netanyahu was due in Ankara to meet Recep Tayyip Erdogan.",
        {"Benjamin Netanyahu", "Recep Tayyip Erdoğan"},
        "meeting",
        "proposed",
        "formal",
    ),
    (
        # being on the telephone to someone is a call with them
        "On 11 November 1989 Helmut Kohl was on the telephone to Mikhail Gorbachev.",
        {"Helmut Kohl", "Mikhail Gorbachev"},
        "call",
        "held",
        "formal",
    ),
    (
        "On May 28, 2022, Emmanuel Macron and Olaf Scholz were back on the line with Vladimir"
        " Putin for 80 minutes.",
        {"Emmanuel Macron", "Olaf Scholz", "Vladimir Putin"},
        "call",
        "held",
        "formal",
    ),
    (
        # joining someone somewhere is meeting them there
        "In November 2021 Andrés Manuel López Obrador joined Joe Biden and Justin Trudeau at"
        " the White House.",
        {"Andrés Manuel López Obrador", "Joe Biden", "Justin Trudeau"},
        "meeting",
        "held",
        "formal",
    ),
    (
        # an announcement of what is already done reports it held
        "On Sept. 18, 2015, officials announced that Barack Obama had spoken by phone"
        " with Raúl Castro.",
        {"Barack Obama", "Raúl Castro"},
        "call",
        "held",
        "formal",
    ),
    (
        # joining someone by video is a call with them
        "On Sept. 14, 2020, Angela Merkel joined Xi Jinping by video from Berlin.",
        {"Angela Merkel", "Xi Jinping"},
        "call",
        "held",
        "formal",
    ),
    (
        # a conference over a video link is a call of all who took part
        "In a video conference, Xi Jinping, Angela Merkel and Emmanuel Macron agreed on the deal.",
        {"Angela Merkel", "Xi Jinping", "Emmanuel Macron"},
        "call",
        "held",
        "formal",
    ),
    (
        # the passing contact of one occasion, however many words were exchanged
        "Joe Biden and Giorgia Meloni flew to Vilnius in July 2023. There the two had only brief,"
        " informal exchanges on the sidelines of the NATO summit.",
        {"Joe Biden", "Giorgia Meloni"},
        "meeting",
        "held",
        "informal",
    ),
    (
        # reaching a person is contacting them
        "Hu Jintao reached Barack Obama on Nov. 8, 2008, to offer congratulations.",
        {"Hu Jintao", "Barack Obama"},
        "call",
        "held",
        "formal",
    ),
    (
        # "with" and how things stood is no partner: the two spoke to each other
        "Hu Jintao met Barack Obama in London. They spoke again on Jan. 30, 2009, with the"
        " financial crisis at the top of the agenda.",
        {"Hu Jintao", "Barack Obama"},
        "call",
        "held",
        "formal",
    ),
    (
        # agreeing together somewhere is meeting there
        "Vladimir Putin met Recep Tayyip Erdogan in May. On Sept. 17, 2018, in Sochi, they agreed"
        " to set up a demilitarised zone.",
        {"Vladimir Putin", "Recep Tayyip Erdoğan"},
        "meeting",
        "held",
        "formal",
    ),
    (
        # "one" picks an encounter out of plural ones
        "Emmanuel Macron kept calling Vladimir Putin. Calls followed through the spring,"
        " including one on May 3.",
        {"Emmanuel Macron", "Vladimir Putin"},
        "call",
        "held",
        "formal",
    ),
    (
        "In April 2019 Shinzo Abe and Donald Trump played golf in Virginia.",
        {"Shinzo Abe", "Donald Trump"},
        "meeting",
        "held",
        "informal",
    ),
    (
        # a return visit: "was back in" the host's capital, whose leader the article names
        "Recep Tayyip Erdogan hosted Vladimir Putin in 2017. In April 2018 Putin was back in"
        " Ankara.",
        {"Vladimir Putin", "Recep Tayyip Erdoğan"},
        "visit",
        "held",
        "formal",
    ),
    (
        # a long list the parser hangs on the verb after its first item
        "President Joseph R. Biden, Jr. met December 14 with President Felix Tshisekedi of the"
        " Democratic Republic of the Congo (DRC), President Ali Bongo Ondimba of Gabon, President"
        " Muhammadu Buhari of Nigeria, and President Julius Maada Bio of Sierra Leone to discuss"
        " elections.",
        {"Joe Biden", "Félix Tshisekedi", "Ali Bongo", "Muhammadu Buhari", "Julius Maada Bio"},
        "meeting",
        "held",
        "formal",
    ),
    (
        "President Biden met Chinese President Xi Jinping in Woodside on Wednesday.",
        {"Joe Biden", "Xi Jinping"},
        "meeting",
        "held",
        "formal",
    ),
    (
        "Joe Biden spoke with Xi Jinping by phone on Tuesday.",
        {"Joe Biden", "Xi Jinping"},
        "call",
        "held",
        "formal",
    ),
    (
        "President Joseph R. Biden, Jr. spoke today with Prime Minister Rishi Sunak"
        " of the United Kingdom.",
        {"Joe Biden", "Rishi Sunak"},
        "call",
        "held",
        "formal",
    ),
    (
        "Vladimir Putin and Recep Tayyip Erdogan held talks in Sochi.",
        {"Vladimir Putin", "Recep Tayyip Erdoğan"},
        "meeting",
        "held",
        "formal",
    ),
    (
        "Emmanuel Macron hosted Olaf Scholz at the Elysee Palace.",
        {"Emmanuel Macron", "Olaf Scholz"},
        "meeting",
        "held",
        "formal",
    ),
    (
        "Narendra Modi will meet Xi Jinping in Kazan next week.",
        {"Narendra Modi", "Xi Jinping"},
        "meeting",
        "scheduled",
        "formal",
    ),
    (
        "Donald Trump cancelled his summit with Kim Jong Un.",
        {"Donald Trump", "Kim Jong Un"},
        "meeting",
        "cancelled",
        "formal",
    ),
    (
        "Donald Trump called off the planned summit with Kim Jong Un in a letter.",
        {"Donald Trump", "Kim Jong Un"},
        "meeting",
        "cancelled",
        "formal",
    ),
    (
        "Xi Jinping invited Joe Biden to visit Beijing.",
        {"Xi Jinping", "Joe Biden"},
        "visit",
        "proposed",
        "formal",
    ),
    (
        "Angela Merkel postponed her meeting with Donald Trump because of a snowstorm.",
        {"Angela Merkel", "Donald Trump"},
        "meeting",
        "postponed",
        "formal",
    ),
    (
        "Hassan Rouhani declined to meet Barack Obama at the United Nations.",
        {"Hassan Rouhani", "Barack Obama"},
        "meeting",
        "declined",
        "formal",
    ),
    (
        "Kim Jong Un wrote to Donald Trump. Then Trump and Kim shook hands"
        " at the demilitarized zone.",
        {"Donald Trump", "Kim Jong Un"},
        "meeting",
        "held",
        "informal",
    ),
    (
        "Barack Obama and Putin chatted briefly on the sidelines of the G20 summit.",
        {"Barack Obama", "Vladimir Putin"},
        "meeting",
        "held",
        "informal",
    ),
    (
        "Modi telephoned Vladimir Putin on Friday.",
        {"Narendra Modi", "Vladimir Putin"},
        "call",
        "held",
        "formal",
    ),
    (
        "Joe Biden visited Kyiv and met Volodymyr Zelenskyy.",
        {"Joe Biden", "Volodymyr Zelenskyy"},
        "visit",
        "held",
        "formal",
    ),
    (
        "Putin said he would not meet Zelensky.",
        {"Vladimir Putin", "Volodymyr Zelenskyy"},
        "meeting",
        "declined",
        "formal",
    ),
    (
        "Biden welcomed Prime Minister Kishida to the White House.",
        {"Joe Biden", "Fumio Kishida"},
        "meeting",
        "held",
        "formal",
    ),
    (
        "Erdoğan tried to phone Putin, but the Kremlin did not take his calls.",
        {"Recep Tayyip Erdoğan", "Vladimir Putin"},
        "call",
        "declined",
        "formal",
    ),
    (
        "Joe Biden will welcome Prime Minister Modi to the White House for the Quad summit.",
        {"Joe Biden", "Narendra Modi"},
        "meeting",
        "scheduled",
        "formal",
    ),
    (
        "Officials joined a call to preview the bilateral meeting between President Biden and"
        " President Widodo.",
        {"Joe Biden", "Joko Widodo"},
        "meeting",
        "scheduled",
        "formal",
    ),
    (
        "Narendra Modi and Xi Jinping held talks on the sidelines of the BRICS summit in Kazan.",
        {"Narendra Modi", "Xi Jinping"},
        "meeting",
        "held",
        "formal",
    ),
    (
        "Donald Trump said he did not want a meeting with Vladimir Putin.",
        {"Donald Trump", "Vladimir Putin"},
        "meeting",
        "declined",
        "formal",
    ),
    (
        "Vladimir Putin is ready to meet Volodymyr Zelensky.",
        {"Vladimir Putin", "Volodymyr Zelenskyy"},
        "meeting",
        "proposed",
        "formal",
    ),
    (
        "Vladimir Putin is not ready to meet Volodymyr Zelensky.",
        {"Vladimir Putin", "Volodymyr Zelenskyy"},
        "meeting",
        "declined",
        "formal",
    ),
    (
        "Vladimir Putin and Xi Jinping, who call each other dear friend, talked for four hours.",
        {"Vladimir Putin", "Xi Jinping"},
        "meeting",
        "held",
        "formal",
    ),
    (
        "Joe Biden met Xi Jinping in Woodside to discuss climate goals ahead of COP28.",
        {"Joe Biden", "Xi Jinping"},
        "meeting",
        "held",
        "formal",
    ),
    (
        # a joint act told as done by telephone is a call, wherever the parse hangs the phone
        "Barack Obama met Xi Jinping in March. Two weeks earlier they had discussed Ukraine and"
        " the missing Malaysia Airlines flight by telephone.",
        {"Barack Obama", "Xi Jinping"},
        "call",
        "held",
        "formal",
    ),
    (
        "Macron held a phone call with Putin on Sunday.",
        {"Emmanuel Macron", "Vladimir Putin"},
        "call",
        "held",
        "formal",
    ),
]


@pytest.mark.parametrize(("text", "who", "kind", "status", "fmt"), CASES)
def test_sentence(extract, text: str, who: set[str], kind: str, status: str, fmt: str) -> None:
    result = extract(text, D)
    found = [
        (frozenset(p.actor.name for p in e.participants), e.kind, e.status, e.format)
        for e in result.encounters
    ]
    assert (frozenset(who), kind, status, fmt) in found, found


def test_past_tense_puts_a_yearless_date_in_the_past(extract) -> None:
    (encounter,) = extract("Biden met Xi on December 14.", date(2023, 1, 10)).encounters
    assert encounter.status == "held"
    assert encounter.time is not None and encounter.time.start == date(2022, 12, 14)


NEGATIVE = [
    "Vladimir Putin and Recep Tayyip Erdogan agreed that the war must end.",
    "Macron and Putin held many calls; one of them leaked.",
    "Children played football in the square while the leaders waited.",
    # many encounters summed up, no one of them
    "In eight years Barack Obama and Benjamin Netanyahu sat down together seventeen times.",
    "For more than two years Vladimir Putin and Xi Jinping met only on screens.",
    "Barack Obama and Vladimir Putin met in Moscow and on the margins of summits.",
    "Barack Obama and Vladimir Putin rarely met in those years.",
    # what bystanders call for is no plan of the pair's
    "Photographers called out for a handshake between Angela Merkel and Donald Trump.",
    "Barack Obama and Vladimir Putin often met in Moscow.",
    # a question asks, it does not tell
    "Did President Biden raise it with President Xi when they spoke last week?",
    # a reporter's question turn in a transcript
    "Q    President Biden met President Xi in Bali, and what came of it, Karine",
    "The economy was back in growth by March.",
    "Xi Jinping gave a speech in Beijing about the economy.",
    "The president called on Congress to pass the budget.",
    "Barack Obama reached Beijing on Sunday.",
    # what they did without is what did not happen
    "Joe Biden and Giorgia Meloni were in Hiroshima, this time without a formal bilateral.",
    "Hu Jintao reached an agreement with Barack Obama.",
    # a call for something is an appeal
    "Xi Jinping backed Emmanuel Macron's call for a truce during the Games.",
    "Trump has never met Kim Jong Un's sister.",
    "Biden and Xi did not meet in 2022.",
    # a month is when, not where: letters exchanged in one are no meeting
    "Emmanuel Macron and Recep Tayyip Erdogan exchanged letters in January 2021.",
    "Moscow would return to the deal only once the West met its demands.",
    "Biden said Xi had to meet the challenge.",
    "President Biden has no intention of meeting with President Putin.",
    "President Biden has no plans to meet President Putin.",
    # "calls" the tagger reads as a verb: many calls, no one
    "Chancellor Scholz and President Biden have since had bilateral meetings, as well as"
    " broader calls with other G7 leaders.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_encounter(extract, text: str) -> None:
    assert extract(text, D).encounters == ()


def test_attendee_joined_by_is_present_not_a_party(extract) -> None:
    text = (
        "President Joe Biden, joined by Secretary of State Antony Blinken, met Chinese "
        "President Xi Jinping in Bali on Monday."
    )
    (encounter,) = extract(text, D).encounters
    assert {p.actor.name for p in encounter.participants} == {"Joe Biden", "Xi Jinping"}
    assert [a.name for a in encounter.attendees] == ["Antony Blinken"]


def test_outcome_from_the_next_sentence_about_the_pair(extract) -> None:
    text = "Joe Biden met Xi Jinping in Bali. The two leaders agreed to resume climate talks."
    (encounter,) = [e for e in extract(text, D).encounters if e.status == "held"]
    assert encounter.outcome == "The two leaders agreed to resume climate talks."


@pytest.mark.parametrize(
    "text",
    [
        "What followed were four years of meetings between Merkel and Trump.",
        "Whenever Trump and Putin sit down together, the disputes return.",
        "No meeting between Macron and Putin has been announced.",
        "The two governments held military talks while Biden and Xi watched.",
    ],
)
def test_generic_habitual_or_denied_mentions_are_not_encounters(extract, text: str) -> None:
    assert extract(text, D).encounters == ()


def test_conditional_meeting_is_only_proposed(extract) -> None:
    text = "If the meeting between Modi and Xi in Tianjin goes ahead, it will be their second."
    assert {e.status for e in extract(text, D).encounters} == {"proposed"}


@pytest.mark.parametrize(
    "heading",
    ["", "## La Malbaie, Canada: G7 summit, June 2016\n\n"],  # a heading's forum is older news
)
def test_on_the_sidelines_means_the_summit_told_just_before(extract, heading: str) -> None:
    text = heading + (
        "The last real meeting of Barack Obama and Vladimir Putin came at the G20 summit in"
        " Hangzhou, China. On Sept. 5, 2016, the two leaders met for about 90 minutes on the"
        " sidelines."
    )
    found = [
        (e.forum, _where(e))
        for e in extract(text, date(2024, 1, 1)).encounters
        if e.time is not None and e.time.start == date(2016, 9, 5)
    ]
    assert found == [("G20 summit", "Hangzhou")]


def test_a_country_named_as_an_owner_is_not_where_they_met(extract) -> None:
    text = "Joe Biden met Volodymyr Zelenskyy on July 11 at an event for Ukraine's supporters."
    [encounter] = extract(text, date(2024, 7, 12)).encounters
    assert encounter.place is None or encounter.place.country_code != "UA"


def test_a_trip_that_never_took_place_was_only_proposed(extract) -> None:
    text = (
        "Recep Tayyip Erdogan invited Vladimir Putin. A trip that officials expected in"
        " February 2024 never took place, and the Kremlin has said only that the dates are"
        " still being worked out."
    )
    found = extract(text, date(2024, 6, 1)).encounters
    trips = [e for e in found if any("trip" in span.text for span in e.evidence)]
    assert trips and all(e.status == "proposed" for e in trips)
    assert all(e.place is None or e.place.name != "Kremlin" for e in trips)  # it speaks there


def test_a_long_briefing_does_not_pair_the_president_with_a_predecessor(extract) -> None:
    text = (
        "MS. PSAKI:  President Biden spoke about jobs. President Biden will travel to Ohio."
        " President Biden signed the bill. President Biden thanked the workers.\n\n"
        "MS. PSAKI:  We are reversing the Trump policy on tariffs.\n\n"
        "MS. PSAKI:  He will attend the G7 summit in Cornwall on June 11."
    )
    found = [{p.actor.name for p in e.participants} for e in extract(text, D).encounters]
    assert not any("Donald Trump" in names for names in found), found


def test_the_time_of_a_report_is_not_the_time_of_the_encounter(extract) -> None:
    text = (
        "Narendra Modi and Xi Jinping shook hands in Bali in November 2022. New Delhi said"
        " months later that they had talked about the border."
    )
    months = {
        (e.time.start.year, e.time.start.month)
        for e in extract(text, date(2025, 8, 25)).encounters
        if e.time is not None
    }
    assert months == {(2022, 11)}, months


def test_a_date_told_beats_a_step_counted_from_the_last_one(extract) -> None:
    text = (
        "In April 2018 Xi Jinping hosted Narendra Modi in Wuhan. They saw each other again weeks"
        " later, in Qingdao, at the summit of the Shanghai Cooperation Organisation in June."
    )
    qingdao = [
        e
        for e in extract(text, date(2025, 8, 25)).encounters
        if e.place and e.place.name == "Qingdao"
    ]
    assert qingdao and all(e.time and e.time.start.month == 6 for e in qingdao)


def test_arriving_at_a_place_is_a_visit(extract) -> None:
    text = (
        "Moon Jae-in met Kim Jong Un in April. On Sept. 18 Moon landed at Pyongyang's Sunan"
        " airport, where Kim was waiting."
    )
    found = {(e.kind, _where(e)) for e in extract(text, date(2018, 9, 19)).encounters}
    assert ("visit", "Pyongyang") in found, found


def test_who_else_was_in_the_room_is_kept(extract) -> None:
    text = (
        "Xi Jinping hosted Narendra Modi in Wuhan, and they talked for hours with only"
        " interpreters present."
    )
    found = {e.company for e in extract(text, date(2018, 4, 28)).encounters}
    assert found == {"interpreters only"}, found


def test_a_trip_to_a_third_country_is_not_the_pair_s_visit(extract) -> None:
    text = (
        "President Biden will meet President Xi Jinping on Wednesday. He upgraded our relations"
        " with Vietnam on a historic trip to Hanoi."
    )
    places = [e.place.name for e in extract(text, date(2023, 11, 13)).encounters if e.place]
    assert "Hanoi" not in places


def test_someone_of_a_leader_s_is_not_that_leader(extract) -> None:
    text = (
        "In March 2017 Vladimir Putin welcomed Marine Le Pen, Emmanuel Macron's rival, to the"
        " Kremlin."
    )
    names = [
        {p.actor.name for p in e.participants} for e in extract(text, date(2025, 7, 1)).encounters
    ]
    assert not any("Emmanuel Macron" in n for n in names), names


def test_and_again_on_another_day_is_another_encounter(extract) -> None:
    text = "Joe Biden and Volodymyr Zelenskyy spoke again on Jan. 2, 2022, and on Feb. 12."
    days = sorted(e.time.start for e in extract(text, date(2024, 6, 1)).encounters if e.time)
    assert days == [date(2022, 1, 2), date(2022, 2, 12)]


@pytest.mark.parametrize(
    ("second_sentence", "elsewhere"),
    [
        # a meeting with people who are no leaders is theirs
        ("Separately, the FEMA Administrator had a meeting with Governor DeSantis in Florida.",
         "Florida"),
        # a leader's trip at home meets no foreign leader
        ("Biden arrived in Wisconsin on Tuesday to sell his plan.", "Wisconsin"),
    ],
)  # fmt: skip
def test_a_sentence_about_someone_else_s_encounter_is_not_the_pair_s(
    extract, second_sentence: str, elsewhere: str
) -> None:
    first = "President Biden will welcome President Reuven Rivlin of Israel today."
    text = f"{first} {second_sentence}"
    places = [e.place.name for e in extract(text, date(2021, 6, 28)).encounters if e.place]
    assert elsewhere not in places, places


def test_a_meeting_someone_was_to_host_was_only_planned(extract) -> None:
    text = (
        "In 2024, Zelenskyy wanted to present his plan at a meeting that Joe Biden was to host"
        " at Ramstein Air Base on Oct. 12."
    )
    found = [(e.status, e.time.start if e.time else None) for e in extract(text).encounters]
    assert found == [("proposed", date(2024, 10, 12))], found


def test_two_triggers_of_one_sentence_are_one_encounter_the_next_sentence_updates(
    extract,
) -> None:
    text = (
        "Shinzo Abe was Donald Trump's closest ally. The G7 summit Trump was to host at Camp David"
        " in June 2020 fell victim to the virus. It was postponed."
    )
    found = [e.status for e in extract(text, date(2022, 7, 10)).encounters]
    assert found == ["postponed"], found


@pytest.mark.parametrize(
    "text",
    [
        "At the Group of 20 summit in Bali in November 2022, Narendra Modi and Xi Jinping shook"
        " hands and spoke briefly at the dinner.",
        "In April 2018, Xi Jinping hosted Narendra Modi in Wuhan for what both governments called"
        " an informal summit.",
    ],
)
def test_a_summit_and_what_the_pair_did_there_are_one_informal_encounter(extract, text) -> None:
    found = [(e.status, e.format) for e in extract(text, date(2025, 8, 25)).encounters]
    assert found == [("held", "informal")], found


def test_a_conversation_on_the_margins_is_in_person_and_the_conversation_is_that_one(
    extract,
) -> None:
    text = (
        "In Johannesburg, at the BRICS summit in August 2023, Narendra Modi and Xi Jinping had a"
        " short conversation on the margins. Beijing said the conversation had taken place at"
        " India's request."
    )
    found = [(e.kind, len(e.evidence)) for e in extract(text, date(2025, 8, 25)).encounters]
    assert found == [("meeting", 2)], found


def test_a_meeting_on_the_day_a_negated_clause_waits_for_is_held(extract) -> None:
    text = (
        "Joe Biden and Xi Jinping did not talk again until November 15, 2023, when Biden"
        " received Xi at Filoli, a historic estate in Woodside."
    )
    found = [(e.status, e.time.start) for e in extract(text, date(2024, 1, 5)).encounters]
    assert found == [("held", date(2023, 11, 15))], found


def test_a_trigger_word_naming_a_thing_is_no_encounter(extract) -> None:
    text = "Shinzo Abe met Donald Trump in New York. Abe brought a golf driver as a gift."
    found = [e.evidence[0].text[:8] for e in extract(text, date(2016, 11, 20)).encounters]
    assert found == ["Shinzo A"], found


def test_another_summit_that_could_be_discussed_is_a_new_proposal(extract) -> None:
    text = (
        "Moon Jae-in and Kim Jong Un met in Pyongyang in September 2018. In September 2021 Kim"
        " Yo Jong, Kim's sister, said that another summit could be discussed."
    )
    found = sorted(
        (e.status, len(e.participants)) for e in extract(text, date(2022, 5, 1)).encounters
    )
    assert found == [("held", 2), ("proposed", 2)], found


def test_an_official_named_by_surname_later_is_still_not_the_president(extract) -> None:
    text = (
        "Joe Biden and Xi Jinping agreed that Secretary of State Antony Blinken would travel to"
        " Beijing.\n\nBlinken finally went to Beijing in June and was received by Xi; days"
        " later, Biden said Xi had been upset."
    )
    held = [e for e in extract(text, date(2023, 8, 1)).encounters if e.status == "held"]
    assert held, "Blinken's visit is lost"
    assert not any(p.actor.name == "Joe Biden" for e in held for p in e.participants), held


def test_a_summit_in_its_host_city_is_dated_by_its_session(extract) -> None:
    text = (
        "On Sept. 28, 2015, Barack Obama and Vladimir Putin met in New York. Weeks later, at the"
        " G20 summit in Antalya, Turkey, the pair talked for about 35 minutes in a hotel lounge."
    )
    found = {e.place.name: e.time.start for e in extract(text, date(2017, 1, 10)).encounters}
    assert found.get("Antalya") == date(2015, 11, 15), found


def test_an_undated_sentence_adds_to_the_encounter_told_last_not_first(extract) -> None:
    filler = "The weather was calm and the markets were quiet that season. " * 12
    text = (
        f"Joe Biden met Xi Jinping in Bali on Nov. 14, 2022. {filler}\n\nJoe Biden met Xi"
        f" Jinping again in Woodside, California, on Nov. 15, 2023. {filler}\n\nThe two"
        " leaders talked for four hours."
    )
    found = {e.place.name: e.duration_minutes for e in extract(text, date(2024, 1, 5)).encounters}
    assert found == {"Bali": None, "Woodside": 240}, found


def test_a_plan_without_a_day_is_not_dated_by_the_day_it_is_told(extract) -> None:
    text = (
        "WASHINGTON, Sept. 23 - The leaders of the Quad arrived today.\n\nThere will be time"
        " for a bilateral meeting between Prime Minister Suga and President Biden."
    )
    found = [(e.status, e.time) for e in extract(text, date(2021, 9, 23)).encounters]
    assert found and all(status == "scheduled" and t is None for status, t in found), found


def test_the_dateline_s_date_is_not_a_time_the_first_sentence_tells(extract) -> None:
    text = "WASHINGTON, Sept. 23 - Joe Biden will host Prime Minister Suga at the White House."
    found = [(e.status, e.time) for e in extract(text, date(2021, 9, 23)).encounters]
    assert found == [("scheduled", None)], found


def test_the_morning_a_plan_was_written_does_not_date_it(extract) -> None:
    text = (
        "On the morning of June 29, Donald Trump wrote that he would meet Kim Jong Un at the"
        " Demilitarized Zone."
    )
    found = [(e.status, e.time) for e in extract(text, date(2019, 7, 5)).encounters]
    assert found == [("proposed", None)], found


def test_the_talks_of_a_meeting_told_under_a_dateline_are_where_they_met(extract) -> None:
    text = (
        "ANKARA, Sept 4 (Reuters) - Recep Tayyip Erdogan met Vladimir Putin in the Black Sea"
        " resort of Sochi on Monday.\n\nThe two leaders held talks for about an hour and a half,"
        " the Kremlin said."
    )
    found = [(e.place.name, e.duration_minutes) for e in extract(text, date(2023, 9, 4)).encounters]
    assert found == [("Sochi", 90)], found


def test_a_phone_in_the_next_clause_is_not_how_they_met(extract) -> None:
    text = (
        "Joe Biden welcomed Olaf Scholz in March. It was their second meeting since Scholz"
        " took office in December 2021. The leaders last met in person at the Group of 20"
        " summit in Bali in November, and they spoke by phone in January."
    )
    found = sorted(
        (e.kind, e.time.start.isoformat()[:7], e.forum)
        for e in extract(text, date(2023, 3, 3)).encounters
        if e.time and e.time.start < date(2023, 3, 1)
    )
    assert found == [("call", "2023-01", None), ("meeting", "2022-11", "G20 summit")], found


def test_a_leader_not_invited_to_a_summit_is_no_encounter(extract) -> None:
    text = "Vladimir Putin had not been invited to the G7 summit Barack Obama attended in June."
    assert not extract(text, date(2017, 1, 10)).encounters


def test_hours_of_a_call_are_not_the_length_of_the_meeting_agreed_in_it(extract) -> None:
    text = (
        "Donald Trump said, following a two-and-a-half-hour phone call with Vladimir Putin,"
        " that the two leaders had agreed to meet in Budapest."
    )
    found = {e.kind: e.duration_minutes for e in extract(text, date(2025, 10, 17)).encounters}
    assert found == {"call": 150, "meeting": None}, found


def test_a_call_two_days_before_the_day_told_is_its_subject_s_and_dated_so(extract) -> None:
    text = (
        "Joe Biden spoke with Volodymyr Zelenskyy in November.\n\nOn Dec. 9, two days after his"
        " video call with Vladimir Putin, Biden phoned Zelenskyy to brief him."
    )
    calls = sorted(
        (e.time.start.day, *sorted(p.actor.name for p in e.participants))
        for e in extract(text, date(2022, 1, 5)).encounters
        if e.time and e.time.start.month == 12
    )
    assert calls == [(7, "Joe Biden", "Vladimir Putin"), (9, "Joe Biden", "Volodymyr Zelenskyy")]


@pytest.mark.parametrize(
    ("first", "status"),
    [
        (
            "Donald Trump was to host Shinzo Abe at Camp David in June 2020. It was postponed.",
            "cancelled",
        ),
        ("Recep Tayyip Erdoğan invited Vladimir Putin to Ankara in 2024.", "proposed"),
    ],
)
def test_never_held_cancels_what_was_to_come_and_leaves_a_proposal(extract, first, status) -> None:
    text = first + " It was never held."
    found = [e.status for e in extract(text, date(2025, 1, 10)).encounters]
    assert found == [status], found


def test_talks_going_on_as_something_is_urged_are_held_where_they_are(extract) -> None:
    text = (
        "Emmanuel Macron urged Xi Jinping on Thursday to bring Russia to its senses over"
        " Ukraine, as the two leaders held talks in Beijing."
    )
    found = [(e.status, e.place.name) for e in extract(text, date(2023, 4, 6)).encounters]
    assert found == [("held", "Beijing")], found


def test_a_call_over_the_weekend_told_on_a_friday_was_the_last_one(extract) -> None:
    text = "Volodymyr Zelenskiy and Donald Trump spoke twice by phone over the weekend."
    found = [(e.status, e.time.start) for e in extract(text, date(2025, 10, 10)).encounters]
    assert found == [("held", date(2025, 10, 4))], found


def test_their_meeting_is_the_pair_the_sentence_just_named(extract) -> None:
    text = (
        "HIROSHIMA, May 21 - Volodymyr Zelenskyy met Joe Biden on Sunday, a day after arriving in"
        " Hiroshima. Zelenskyy also held talks with Narendra Modi, their first face-to-face"
        " meeting since the invasion."
    )
    pairs = sorted(
        tuple(sorted(p.actor.name for p in e.participants))
        for e in extract(text, date(2023, 5, 21)).encounters
    )
    assert pairs == [
        ("Joe Biden", "Volodymyr Zelenskyy"),
        ("Narendra Modi", "Volodymyr Zelenskyy"),
    ], pairs


def test_an_invitation_accepted_stays_a_proposal(extract) -> None:
    text = (
        "MOSCOW, March 21 - Xi Jinping held talks with Vladimir Putin at the Kremlin on Tuesday."
        " Xi invited Putin to visit China this year. Putin accepted the invitation."
    )
    found = sorted((e.status, _where(e)) for e in extract(text, date(2023, 3, 21)).encounters)
    assert found == [("held", "Kremlin"), ("proposed", "China")], found


@pytest.mark.parametrize(
    ("verb", "then", "status"),
    [
        ("brought", ", which he accepted on the spot", "proposed"),
        ("passed on", ", which he accepted on the spot", "proposed"),
        ("declined", "", "declined"),
    ],
)
def test_a_visit_an_invitation_is_for_is_what_is_invited_to(extract, verb, then, status) -> None:
    text = (
        "Angela Merkel spoke to Joe Biden by phone in April 2018. She also"
        f" {verb} an invitation from the Queen for a state visit{then}."
    )
    found = sorted(e.status for e in extract(text, date(2019, 3, 1)).encounters)
    assert found == sorted(["held", status]), found


def test_a_headline_the_lede_and_its_plan_of_one_meeting_are_one_record(extract) -> None:
    text = (
        "Modi, Xi agree to work for early resolution of border row in rare meeting\n\n"
        "JOHANNESBURG, Aug 24 (Reuters) - Narendra Modi and Xi Jinping agreed on Thursday to"
        " intensify efforts to ease tensions, after the two leaders spoke on the sidelines of"
        " the BRICS summit."
    )
    found = [(e.status, e.format) for e in extract(text, date(2023, 8, 24)).encounters]
    assert found.count(("held", "formal")) == 1, found


def test_where_a_plan_is_told_is_not_where_it_is_for(extract) -> None:
    text = (
        "Giorgia Meloni invited Donald Trump to make an official visit to Rome, and he accepted,"
        " she told reporters in the Oval Office."
    )
    found = [
        (e.status, e.place and e.place.name) for e in extract(text, date(2025, 4, 17)).encounters
    ]
    assert found == [("proposed", "Rome")], found


def test_a_forum_named_as_what_comes_next_is_not_where_they_met(extract) -> None:
    text = "Joe Biden met Xi Jinping in Woodside to discuss climate goals ahead of COP28."
    assert [e.forum for e in extract(text, date(2023, 11, 16)).encounters] == [None]


def test_a_headline_tells_the_encounter_of_the_day_its_story_tells(extract) -> None:
    text = (
        "Putin hosts Xi in Kremlin as Ukraine war grinds on\n\n"
        "Vladimir Putin welcomed Xi Jinping to the Kremlin on Wednesday evening for talks."
    )
    found = [(e.time.start, len(e.evidence)) for e in extract(text, date(2024, 5, 16)).encounters]
    assert found == [(date(2024, 5, 15), 2)], found


def test_a_time_of_something_said_at_the_encounter_dates_it(extract) -> None:
    text = (
        "Russia left the grain deal in July 2023. Turkish officials had said Vladimir Putin would"
        " come to Turkey that August; instead Recep Tayyip Erdoğan travelled to Sochi, where on"
        " Sept. 4 his Russian counterpart told him that the deal was dead."
    )
    found = {
        e.place.name: e.time.start
        for e in extract(text, date(2024, 1, 10)).encounters
        if e.place and e.time
    }
    assert found.get("Sochi") == date(2023, 9, 4), found


def test_a_dinner_in_a_nested_clause_does_not_make_the_visit_informal(extract) -> None:
    text = (
        "Shinzo Abe came to the White House in April 2019, when he joined Donald Trump for a"
        " dinner on Melania Trump's birthday."
    )
    found = [(e.kind, e.format) for e in extract(text, date(2020, 1, 10)).encounters]
    assert found == [("visit", "formal")], found  # the dinner is part of the visit


def test_a_meeting_on_the_sidelines_is_not_informal_by_that_alone(extract) -> None:
    text = "On May 21, 2023, Volodymyr Zelenskyy met Joe Biden on the sidelines of the G7 summit."
    found = [e.format for e in extract(text, date(2023, 6, 1)).encounters]
    assert found == ["formal"], found


def test_telling_a_leader_something_somewhere_is_meeting_them_there(extract) -> None:
    text = (
        "On Aug. 5, 2022, Erdoğan was in Sochi for talks with Vladimir Putin. Two months later,"
        " in Astana, Putin told him that Turkey could become a gas hub."
    )
    found = {
        (e.place.name, e.time.start.month)
        for e in extract(text, date(2024, 1, 10)).encounters
        if e.place and e.time
    }
    assert ("Astana", 10) in found, found


def test_telling_reporters_is_no_encounter(extract) -> None:
    text = "In Moscow, Vladimir Putin told reporters that Erdoğan was a reliable partner."
    assert not extract(text, date(2024, 1, 10)).encounters


def test_a_section_opening_on_an_unnamed_visit_means_the_article_s_pair(extract) -> None:
    text = (
        "Angela Merkel met Donald Trump often. Merkel found Trump hard. Trump found Merkel"
        " tiresome.\n\n## Washington, 2018\n\nThe second White House visit, on April 27, 2018,"
        " was a working trip. Trump called her an extraordinary woman."
    )
    found = [
        {p.actor.name for p in e.participants}
        for e in extract(text, date(2021, 1, 26)).encounters
        if e.time and e.time.start == date(2018, 4, 27)
    ]
    assert found == [{"Angela Merkel", "Donald Trump"}], found


def test_one_guest_of_a_group_invitation_declines_for_herself(extract) -> None:
    text = (
        "## Washington, 2020\n\nIn May 2020 Donald Trump proposed to bring the G7 leaders to"
        " Washington in person at the end of June. Angela Merkel declined."
    )
    found = {
        (e.status, frozenset(p.actor.name for p in e.participants))
        for e in extract(text, date(2021, 1, 26)).encounters
    }
    assert ("declined", frozenset({"Donald Trump", "Angela Merkel"})) in found, found
    invited = [people for status, people in found if status == "proposed"]
    assert invited and {"Shinzo Abe", "Justin Trudeau", "Angela Merkel"} <= invited[0], found


def test_staying_away_from_a_summit_declines_it(extract) -> None:
    text = "In September 2023 Xi Jinping stayed away from the G20 summit that Narendra Modi hosted."
    found = [e.status for e in extract(text, date(2024, 1, 10)).encounters]
    assert found == ["declined"], found


def test_a_venue_that_releases_a_letter_is_not_where_they_met(extract) -> None:
    text = (
        "A summit of Donald Trump and Kim Jong Un was set for June 12, 2018, in Singapore. On"
        " May 24, Trump called it off. In a letter to Kim released by the White House, he"
        ' wrote: "I feel it is inappropriate to have this long-planned meeting."'
    )
    places = {e.place.name for e in extract(text, date(2019, 7, 5)).encounters if e.place}
    assert "White House" not in places, places


def test_a_heading_titles_its_section_and_tells_no_encounter_of_its_own(extract) -> None:
    text = (
        "Joe Biden and Volodymyr Zelenskyy spoke often in 2022. Biden praised Zelenskyy.\n\n"
        "## Washington, United States: A wartime visit, December 2022\n\nZelenskyy arrived on"
        " Dec. 21. He met Biden in the Oval Office."
    )
    told = [e.evidence[0].text for e in extract(text, date(2023, 1, 10)).encounters]
    assert not any("wartime visit" in words for words in told), told


def test_what_a_speaker_says_names_no_participant(extract) -> None:
    text = (
        "In July 2024, NATO leaders gathered in Washington. On July 11 Biden met Zelenskyy on"
        " the sidelines, and later that day, introducing him at an event for Ukraine's"
        ' supporters, the president said "Ladies and gentlemen, President Putin" before quickly'
        " correcting himself."
    )
    names = [{p.actor.name for p in e.participants} for e in extract(text).encounters]
    assert names == [{"Joe Biden", "Volodymyr Zelenskyy"}], names


def test_a_hotel_s_name_is_not_a_town(extract) -> None:
    text = "On November 14, 2022, Joe Biden met Xi Jinping at the Mulia hotel on Bali."
    places = [e.place.name for e in extract(text).encounters if e.place]
    assert places == ["Bali"], places


def test_a_meeting_that_will_be_the_next_is_scheduled(extract) -> None:
    text = (
        "Narendra Modi will travel to China. It will be only the second formal meeting between"
        " Modi and Xi Jinping since 2020."
    )
    found = {e.status for e in extract(text, date(2025, 8, 25)).encounters}
    assert found == {"scheduled"}, found


def test_two_invitations_to_two_countries_are_two(extract) -> None:
    text = (
        "NEW DELHI, Aug. 25 - Narendra Modi invited Xi Jinping to hold the next informal summit"
        " in India. Officials said Xi had invited Modi to China for a third informal summit."
    )
    found = {e.place.name for e in extract(text, date(2025, 8, 25)).encounters if e.place}
    assert {"India", "China"} <= found, found


def test_a_pluperfect_plan_is_not_on_the_dateline_s_day(extract) -> None:
    text = (
        "NEW DELHI, Aug. 25 - Narendra Modi will travel to China. Xi Jinping had invited Modi to"
        " China for a third informal summit."
    )
    found = [e.time for e in extract(text, date(2025, 8, 25)).encounters if e.status == "proposed"]
    assert found == [None], found


def test_an_appositive_name_beats_the_title_before_it(extract) -> None:
    text = (
        "In July 2022 Vladimir Putin and Recep Tayyip Erdoğan met in Tehran, at a three-way"
        " summit with Iran's president, Ebrahim Raisi."
    )
    names = set().union(
        *(
            {p.actor.name for p in e.participants}
            for e in extract(text, date(2025, 7, 1)).encounters
        )
    )
    assert "Ebrahim Raisi" in names and "Masoud Pezeshkian" not in names, names


def test_a_hoped_for_meeting_is_proposed_and_not_where_another_summit_was(extract) -> None:
    text = (
        "Kyiv had hoped for a meeting of Volodymyr Zelenskyy and Joe Biden before Biden's summit"
        " with Vladimir Putin in Geneva in June 2021."
    )
    found = [
        (e.status, _where(e))
        for e in extract(text, date(2025, 1, 25)).encounters
        if "Vladimir Putin" not in {p.actor.name for p in e.participants}
    ]
    assert found == [("proposed", None)], found


@pytest.mark.parametrize(
    "text",
    [
        "Biden and Xi met in Bali. Asked about Taiwan, Biden said to let Xi speak for himself.",
        "Biden and Xi met in Bali. Later the President spoke about this from the podium.",
        "Biden and Xi met in Bali. Officials will speak to their operations separately.",
        "Biden and Xi met in Bali. They were aligned, and spoke to some of the key issues.",
    ],
)
def test_speaking_with_no_one_is_no_call(extract, text: str) -> None:
    assert {e.kind for e in extract(text, D).encounters} == {"meeting"}


def test_today_s_conversation_with_the_press_is_no_call(extract) -> None:
    text = (
        "President Biden will welcome Amir Tamim bin Hamad Al Thani of Qatar to the White House "
        "tomorrow. Today's conversation is on background, attributable to a senior official."
    )
    kinds = {e.kind for e in extract(text, date(2022, 1, 30)).encounters}
    assert kinds and "call" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "President Biden spoke today with Israeli Prime Minister Benjamin Netanyahu.",
        "President Biden spoke with democratic opposition leader Netanyahu from Air Force One.",
        "President Joe Biden and Prime Minister Benjamin Netanyahu spoke to reaffirm their ties.",
    ],
)
def test_speaking_with_a_leader_is_a_call(extract, text: str) -> None:
    kinds = {(e.kind, frozenset(p.actor.name for p in e.participants))
             for e in extract(text, date(2021, 5, 12)).encounters}  # fmt: skip
    assert ("call", frozenset({"Joe Biden", "Benjamin Netanyahu"})) in kinds


def test_speaking_with_a_leader_in_a_named_city_is_meeting_him_there(extract) -> None:
    text = "The aid came after President Biden spoke to Prime Minister Netanyahu in Tel Aviv."
    [encounter] = extract(text, date(2023, 10, 23)).encounters
    assert (encounter.kind, encounter.place and encounter.place.name) == ("meeting", "Tel Aviv")


def test_the_day_one_heard_about_a_meeting_is_not_its_day(extract) -> None:
    text = (
        "President Biden is in San Francisco for APEC. You heard from Jake yesterday about the"
        " meeting with President Xi."
    )
    [encounter] = extract(text, date(2023, 11, 14)).encounters
    assert encounter.time is None or encounter.time.start != date(2023, 11, 13)


def test_addressing_a_meeting_is_speaking_to_an_audience(extract) -> None:
    text = (
        "On Dec. 21, 2022, Biden welcomed Zelenskyy to the Oval Office. That evening,"
        " Zelenskyy addressed a joint meeting of Congress."
    )
    told = [s.text for e in extract(text, date(2025, 1, 25)).encounters for s in e.evidence]
    assert told and not any("Congress" in sentence for sentence in told)


def test_a_planned_meeting_later_called_off_is_one_cancelled_encounter(extract) -> None:
    text = (
        "Zelenskyy had planned to attend a meeting of Ukraine's allies that Biden was to host"
        " at Ramstein Air Base on Oct. 12, 2024. Biden postponed his trip as a hurricane bore"
        " down on Florida, and the meeting at the base was called off."
    )
    found = [
        (e.status, e.time and e.time.start) for e in extract(text, date(2025, 1, 25)).encounters
    ]
    assert found == [("cancelled", date(2024, 10, 12))]


def test_a_declaration_committing_to_a_visit_proposes_it(extract) -> None:
    text = (
        "On April 27, 2018, Kim Jong Un met Moon Jae-in at Panmunjom. Their declaration"
        " committed both sides to a visit by Moon to Pyongyang in the autumn."
    )
    found = {(e.kind, e.status) for e in extract(text, date(2022, 5, 9)).encounters}
    assert ("visit", "proposed") in found and ("visit", "held") not in found


def test_a_trip_to_a_summit_and_the_chat_held_there_are_one_encounter(extract) -> None:
    text = (
        "Barack Obama and Vladimir Putin rarely met. Obama still flew to St. Petersburg for the"
        " G20 summit in September 2013, and on its last day the two leaders sat down together on"
        " the sidelines for a brief, unplanned conversation about Syria."
    )
    found = [(e.format, e.forum) for e in extract(text, date(2017, 1, 10)).encounters]
    assert found == [("informal", "G20 summit")], found


def test_a_summit_month_and_the_pair_s_chat_on_one_of_its_days_are_one_encounter(extract) -> None:
    text = (
        "Barack Obama and Vladimir Putin rarely met. By the time both leaders reached Lima for"
        " the Asia-Pacific Economic Cooperation summit in November 2016, little was left to say."
        " On Nov. 20, they spoke standing up for about four minutes before a session of the"
        " summit. It was their last encounter."
    )
    found = [
        (e.format, e.time and e.time.start, len(e.participants))
        for e in extract(text, date(2017, 1, 10)).encounters
    ]
    assert found == [("informal", date(2016, 11, 20), 2)], found


def test_revealing_a_meeting_the_next_morning_does_not_date_it(extract) -> None:
    text = (
        "Moon Jae-in met Kim Jong Un at Panmunjom on Saturday, May 26, 2018. Moon revealed the"
        " meeting to reporters only the next morning."
    )
    found = [e.time and e.time.start for e in extract(text, date(2022, 5, 9)).encounters]
    assert found == [date(2018, 5, 26)], found


def test_a_time_in_the_clause_before_a_colon_dates_what_follows_it(extract) -> None:
    text = (
        "Moon Jae-in and Kim Jong Un met three times in 2018. After the Hanoi summit, in"
        " February 2019, collapsed, Pyongyang turned away. When Donald Trump came to Panmunjom"
        " on June 30, 2019, Moon was there as a host at the door: he greeted Kim briefly outside"
        " the Freedom House."
    )
    greeting = [
        e.time and e.time.start
        for e in extract(text, date(2022, 5, 9)).encounters
        if e.format == "informal"
    ]
    assert greeting == [date(2019, 6, 30)], greeting


@pytest.mark.parametrize(
    "topic", ["They also spoke about Gaza.", "The two leaders spoke of the importance of aid."]
)
def test_speaking_about_a_topic_after_a_meeting_is_what_the_meeting_was_about(
    extract, topic: str
) -> None:
    text = f"President Biden hosted King Abdullah II of Jordan for lunch on May 6, 2024. {topic}"
    found = [(e.kind, len(e.evidence)) for e in extract(text, date(2024, 5, 6)).encounters]
    assert found == [("meeting", 2)], found


def test_and_in_a_month_opening_a_clause_of_its_own_does_not_repeat_the_encounter(
    extract,
) -> None:
    text = (
        "At the G7 summit in Biarritz in August 2019, Shinzo Abe and Donald Trump announced a"
        " trade deal, and in September, in New York, they signed it."
    )
    places = sorted(
        (e.time.start.month, _where(e))
        for e in extract(text, date(2020, 9, 1)).encounters
        if e.time
    )
    assert places == [(8, "Biarritz"), (9, "New York City")], places


def test_an_encounter_at_a_later_summit_does_not_take_the_section_s_date(extract) -> None:
    text = (
        "## Beijing: August 2011\n\nJoe Biden met Xi Jinping in Beijing in August 2011."
        " Greeting Biden at a later summit, Xi said he treasured their friendship."
    )
    later = [e.time for e in extract(text, date(2024, 11, 20)).encounters if e.forum]
    assert later == [None], later


def test_the_time_of_a_coordinated_clause_is_not_the_encounter_s(extract) -> None:
    text = (
        "## Moscow: May 2017\n\nEmmanuel Macron received Vladimir Putin at Versailles in May"
        " 2017. Russia had been suspended from the G8 in 2014, and Macron used the visit to"
        " argue for a new European order."
    )
    years = {e.time.start.year for e in extract(text, date(2025, 7, 1)).encounters if e.time}
    assert years == {2017}, years


def test_an_agreement_in_principle_to_a_summit_proposes_it(extract) -> None:
    text = (
        "On Feb. 20, 2022, Emmanuel Macron spoke to Vladimir Putin by telephone and came away"
        " with agreement in principle to a summit with Joe Biden."
    )
    found = {
        e.status
        for e in extract(text, date(2025, 7, 1)).encounters
        if "Joe Biden" in {p.actor.name for p in e.participants}
    }
    assert found == {"proposed"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump met Kim Jong Un in 2018. In June 2019 Trump received a letter from Kim.",
        "Donald Trump met Kim Jong Un in 2018. In June 2019 Trump welcomed the progress Kim made.",
    ],
)
def test_receiving_or_welcoming_a_thing_is_no_encounter(extract, text: str) -> None:
    years = [e.time and e.time.start.year for e in extract(text, date(2020, 1, 1)).encounters]
    assert years == [2018], years


def test_the_day_of_one_encounter_noun_does_not_date_another_in_its_sentence(extract) -> None:
    text = (
        "Donald Trump met Kim Jong Un in Hanoi in February 2019.\n\nOn Sunday, June 30, 2019,"
        " Trump stepped across the line at Panmunjom to shake hands with Kim.\n\nSunday's"
        " meeting was informal and short, and it settled none of the questions that broke up"
        " the Hanoi talks."
    )
    days = sorted(
        e.time.start for e in extract(text, date(2019, 7, 5)).encounters if e.time is not None
    )
    assert days.count(date(2019, 6, 30)) == 1, days


@pytest.mark.parametrize(("visit_day", "invitation"), [("Aug. 30", 0), ("Nov. 30", 1)])
def test_an_invitation_taken_up_within_months_is_the_visit(
    extract, visit_day: str, invitation: int
) -> None:
    text = (
        "In a call on June 7, 2021, Biden invited Zelenskyy to the White House.\n\n"
        f"Zelenskyy was received in the Oval Office on {visit_day}, 2021."
    )
    statuses = [e.status for e in extract(text, date(2025, 1, 25)).encounters]
    assert statuses.count("proposed") == invitation and statuses.count("held") == 2, statuses


def test_a_date_written_out_beside_tomorrow_wins(extract) -> None:
    # posted the morning after the evening it was written
    text = "President Biden looks forward to welcoming President Zelenskyy tomorrow, December 21."
    days = [e.time and e.time.start for e in extract(text, date(2022, 12, 21)).encounters]
    assert days == [date(2022, 12, 21)], days


@pytest.mark.parametrize(
    "text",
    [
        "Volodymyr Zelenskyy will visit Joe Biden at the White House on Dec. 21.\n\nThe visit"
        " was finally confirmed on Sunday, and Zelenskyy would be traveling here.",
        "On Dec. 21 Zelenskyy will visit the White House. Biden and Zelenskyy discussed the"
        " visit when they spoke on the phone on December 11th.",
    ],
)
def test_the_day_a_visit_was_confirmed_or_discussed_is_not_its_day(extract, text: str) -> None:
    visits = [e.time for e in extract(text, date(2022, 12, 20)).encounters if e.kind == "visit"]
    assert visits and all(t is None or t.start == date(2022, 12, 21) for t in visits), visits


def test_a_meeting_in_the_time_clause_of_a_plan_is_to_come(extract) -> None:
    text = (
        "The hotline was connected on April 20, 2018, and officials said Moon Jae-in and Kim"
        " Jong Un would speak on it before they met."
    )
    statuses = {e.status for e in extract(text, date(2022, 5, 9)).encounters}
    assert "held" not in statuses and statuses, statuses


def test_another_summit_is_not_one_told_before_nor_where_the_dateline_is(extract) -> None:
    text = (
        "SEOUL, May 9 - Kim Jong Un said he would visit Seoul, and Moon Jae-in's office hoped"
        " the trip would happen before the end of 2018. In September 2021 Kim's sister said"
        " that another summit could be discussed, but none was ever held."
    )
    found = sorted(
        (e.place.name if e.place else "", e.kind)
        for e in extract(text, date(2022, 5, 9)).encounters
    )
    assert found == [("", "meeting"), ("Seoul", "visit")], found


@pytest.mark.parametrize(
    ("text", "published", "field", "expected"),
    [
        # a telephone line agreed over dinner does not make the dinner a call
        (
            "Moon Jae-in met Kim Jong Un at a dinner in Pyongyang in March 2018, with an"
            " agreement for a summit at the end of April and for a direct telephone line"
            " between the two leaders.",
            date(2022, 5, 9),
            "kind",
            {"meeting"},
        ),
        # what someone calls for is proposed, not held
        (
            "In March 2017, Zelenskyy called for talks with Putin, and photographers called out"
            " for a handshake between Angela Merkel and Donald Trump.",
            date(2020, 1, 1),
            "status",
            {"proposed"},
        ),
        # speaking in public is not speaking with each other
        (
            "On July 12, 2023, Biden and Zelenskyy met in Vilnius, and both sides spoke warmly"
            " in public afterwards.",
            date(2025, 1, 25),
            "kind",
            ["meeting"],
        ),
        # a leader flying to New York goes to the UN, not to the president
        (
            "Barack Obama spoke to Hassan Rouhani in 2013. In September 2013, as Rouhani's"
            " motorcade carried him through New York, Rouhani flew to New York for the United"
            " Nations.",
            date(2017, 1, 16),
            "kind",
            ["call"],
        ),
        # a leader received at a place the parse reads as a second object is still received
        (
            "In November 2023 Biden received Xi at Filoli, a historic estate in Woodside.",
            date(2024, 1, 1),
            "status",
            ["held"],
        ),
    ],
)
def test_what_a_sentence_tells(
    extract, text: str, published: date, field: str, expected: set[str] | list[str]
) -> None:
    found = [getattr(e, field) for e in extract(text, published).encounters]
    assert (set(found) if isinstance(expected, set) else found) == expected, found


def test_an_evening_preview_posted_next_day_counts_from_the_day_it_was_spoken(extract) -> None:
    text = (
        "Tonight's call is about the visit tomorrow, Wednesday the 21st. President Biden will "
        "welcome President Zelenskyy to the White House tomorrow."
    )
    encounters = extract(text, date(2022, 12, 21)).encounters
    assert {e.time.start for e in encounters if e.time} == {date(2022, 12, 21)}


def test_a_sentence_without_date_or_place_is_where_its_paragraph_took_the_story(
    extract,
) -> None:
    text = (
        "NEW DELHI, Aug. 25 - Modi will travel to China.\n\n"
        "That was in Ahmedabad, on Sept. 17, 2014. Modi received Xi Jinping on the banks of "
        "the river."
    )
    held = [e for e in extract(text, date(2025, 8, 25)).encounters if e.status == "held"]
    assert [(e.time and e.time.start, e.place and e.place.name) for e in held] == [
        (date(2014, 9, 17), "Ahmedabad")
    ]


def test_under_a_heading_without_a_time_the_story_s_day_runs_on_to_the_next_paragraph(
    extract,
) -> None:
    text = (
        "## The summit that wasn't\n\n"
        "On May 16, 2023, the White House said Biden would skip the Sydney leg of his trip.\n\n"
        "Biden telephoned Anthony Albanese to break the news.\n\n"
        "Albanese had come to Washington before. He was received by Biden in the Oval Office"
        " in October 2022."
    )
    held = [e for e in extract(text, date(2024, 10, 1)).encounters if e.status == "held"]
    assert sorted((e.kind, e.time and e.time.start) for e in held) == [
        ("call", date(2023, 5, 16)),
        ("visit", date(2022, 10, 1)),
    ]


def test_a_summit_someone_is_on_the_way_to_is_not_an_encounter_of_the_sentence(extract) -> None:
    text = (
        "On Nov. 17, 2016, Shinzo Abe stopped in New York on his way to a summit in Peru and"
        " met Donald Trump."
    )
    found = extract(text, date(2020, 1, 1)).encounters
    assert [(e.place and e.place.name) for e in found] == ["New York City"], found


def test_a_time_counted_from_a_place_takes_the_time_its_paragraph_told(extract) -> None:
    text = (
        "In May 1995 Bill Clinton came to Moscow for talks with Boris Yeltsin.\n\n"
        "The previous December had been colder. At a summit in Budapest, Yeltsin warned of a"
        " cold peace.\n\n"
        "Only three months before Budapest, Yeltsin had been given a state visit in Washington"
        " by Clinton."
    )
    found = extract(text, date(1999, 12, 31)).encounters
    visits = [e.time and e.time.start for e in found if e.place and e.place.name.startswith("W")]
    assert visits == [date(1994, 9, 1)], found


@pytest.mark.parametrize(
    "text",
    [
        # a question still open is no encounter
        "Over the following months Ronald Reagan and Mikhail Gorbachev haggled over where to meet.",
    ],
)
def test_what_is_not_told_as_an_encounter(extract, text: str) -> None:
    assert list(extract(text, date(2024, 1, 1)).encounters) == []


def test_others_calling_for_him_to_stay_away_is_not_his_refusal(extract) -> None:
    text = (
        "In May 1995 Bill Clinton came to Moscow to see Boris Yeltsin, despite calls at home to"
        " stay away over the fighting in Chechnya."
    )
    found = extract(text, date(1999, 12, 31)).encounters
    assert found and {e.status for e in found} == {"held"}, found


def test_a_part_of_a_trip_called_off_is_not_the_trip(extract) -> None:
    text = (
        "On Oct. 18, 2023, Joe Biden landed in Tel Aviv and met Benjamin Netanyahu. The night"
        " before, an explosion in Gaza had wrecked the second half of the trip."
    )
    found = extract(text, date(2024, 1, 1)).encounters
    assert [e.status for e in found] == ["held"], found


def test_the_place_of_what_happened_beside_an_encounter_is_not_its_place(extract) -> None:
    text = (
        "On Dec. 7, 1988, Mikhail Gorbachev had lunch with Ronald Reagan. The lunch was"
        " overshadowed by news of a devastating earthquake in Armenia."
    )
    places = {e.place and e.place.name for e in extract(text, date(2004, 6, 12)).encounters}
    assert "Armenia" not in places, places


def test_a_proposal_refused_after_a_semicolon_is_declined(extract) -> None:
    text = (
        "Erdogan proposed a meeting with Putin in Paris at the end of the month; Putin refused, "
        "and Moscow pointed out that Ankara had not apologised."
    )
    assert {e.status for e in extract(text, date(2015, 11, 10)).encounters} == {"declined"}


def test_a_country_talked_about_is_not_where_they_talked(extract) -> None:
    text = (
        "President Biden and Prime Minister Kishida held talks on Monday about their shared "
        "approach to China and their commitment to Ukraine."
    )
    (encounter,) = extract(text, date(2022, 5, 23)).encounters
    assert encounter.place is None


@pytest.mark.parametrize(
    ("text", "published", "place"),
    [
        # where an announced ceasefire holds is not where they talked
        (
            "On March 5 Erdogan flew to Moscow to see Putin. After about six hours of talks, the "
            "two presidents announced a ceasefire in Idlib.",
            date(2020, 3, 6),
            "Moscow",
        ),
        # a venue that names the institution it houses is not where they met
        (
            "That December the Elysee Palace in Paris hosted the summit. On Dec. 9, 2019, Macron "
            "brought Putin together with Zelenskyy for his first meeting with the Kremlin leader.",
            date(2019, 12, 10),
            "Paris",
        ),
        # a state narrowed to the venue in it the sentence names
        (
            "On Feb. 10 Trump and Shinzo Abe flew to Florida on Air Force One, and Abe stayed as "
            "Trump's guest at Mar-a-Lago.",
            date(2017, 2, 12),
            "Mar-a-Lago",
        ),
        # where the paragraph took the story
        (
            "By the time Obama and Putin reached Lima, little was left to say. On Nov. 20, the "
            "two leaders spoke standing up for about four minutes before a session of the summit.",
            date(2017, 1, 10),
            "Lima",
        ),
        # the parties a summit is between are not its place
        (
            "Moon invited Kim Jong Un to a summit between South Korea and the Association of "
            "Southeast Asian Nations in Busan in late November.",
            date(2019, 10, 1),
            "Busan",
        ),
    ],
)
def test_the_place_is_where_they_meet_not_another_place_the_sentence_names(
    extract, text: str, published: date, place: str
) -> None:
    places = {e.place.name for e in extract(text, published).encounters if e.place}
    assert places == {place}


def test_a_semicolon_closes_the_clause_whose_time_dates_the_encounter(extract) -> None:
    text = (
        "Turkish officials had said Putin would come to Turkey that August; instead Erdogan "
        "travelled to Sochi, where on Sept. 4 Putin told him that the deal was off."
    )
    story = "In July 2023 Russia walked out of the grain deal. "
    found = {(e.status, e.time.start) for e in extract(story + text, date(2024, 1, 5)).encounters
             if e.time}  # fmt: skip
    assert ("proposed", date(2023, 8, 1)) in found
    assert ("held", date(2023, 9, 4)) in found


def test_background_further_down_a_datelined_report_does_not_take_its_date(extract) -> None:
    lede = "WASHINGTON, Jan. 10 - Barack Obama leaves office next week. " + "He reflected. " * 50
    text = lede + "\n\nTheir first formal meeting in more than two years came in New York."
    text += " Obama met Vladimir Putin there."
    encounters = extract(text, date(2017, 1, 10)).encounters
    assert encounters and all(e.time is None for e in encounters)
    assert all(e.place is None or e.place.name == "New York City" for e in encounters)


def test_one_named_partner_takes_one_counterpart_from_the_discourse(extract) -> None:
    text = (
        "President Biden met President Putin in Geneva in June, and the two discussed Ukraine."
        "\n\nHe had the opportunity yesterday, as I said on the press call, to have an in-depth "
        "conversation with President Zelenskyy on every facet of the conflict."
    )
    encounters = extract(text, date(2021, 9, 1)).encounters
    with_zelenskyy = [
        {p.actor.name for p in e.participants}
        for e in encounters
        if "Volodymyr Zelenskyy" in {p.actor.name for p in e.participants}
    ]
    assert with_zelenskyy and all(len(names) == 2 for names in with_zelenskyy)


@pytest.mark.parametrize(
    "said",
    [
        # a future verb, "is likely to be", and a noun said of the meeting
        "Saturday's encounter will be shaped by the calendar. For two men who have known each "
        "other for years, the meeting is likely to be a farewell as much as a negotiation.",
        # a time after a colon dates the explanation, not the encounter
        "It is almost certainly the last time the pair will sit down together while Biden is "
        "president: Donald Trump, who won last week's election, takes office in January.",
    ],
)
def test_what_is_said_of_a_coming_meeting_keeps_it_coming(extract, said: str) -> None:
    text = "Joe Biden and Xi Jinping are due to meet on Saturday in Lima. " + said
    found = _statuses_with(extract(text, date(2024, 11, 14)), lambda e: e.time and e.time.start)
    assert found == {("scheduled", date(2024, 11, 16))}


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        # a proposal that happened is the encounter that fulfilled it
        (
            "Kim Jong Un wrote to Moon Jae-in. Kim asked to see Moon, and on the afternoon of "
            "Saturday, May 26, the South Korean president drove to Tongilgak, a building on the "
            "northern side of Panmunjom. They talked for about two hours.",
            ["held"],
        ),
        # an invitation elsewhere stays a proposal of its own
        (
            "On June 12 Trump met Kim Jong Un in Singapore. Trump invited Kim to the White House "
            "on June 12.",
            ["held", "proposed"],
        ),
    ],
)
def test_a_plan_and_the_encounter_that_fulfilled_it(extract, text: str, statuses) -> None:
    found = sorted(e.status for e in extract(text, date(2018, 6, 20)).encounters)
    assert found == statuses


def test_a_year_heading_is_refined_by_the_day_its_paragraph_told(extract) -> None:
    text = (
        "## Ramstein, 2024\n\nZelenskyy had intended to present his plan at a leaders' meeting "
        "that Biden was to host at Ramstein Air Base in Germany on Oct. 12. Biden postponed his "
        "trip to see Zelenskyy as a hurricane bore down on Florida, and the meeting at the base "
        "was called off."
    )
    encounters = extract(text, date(2025, 1, 10)).encounters
    called_off = [e for e in encounters if e.status == "cancelled"]
    assert called_off and all(e.time and e.time.start == date(2024, 10, 12) for e in called_off)


def test_where_a_leader_wrote_from_is_no_meeting_and_a_handshake_offered_is_proposed(
    extract,
) -> None:
    text = (
        "On the morning of June 29, from the Group of 20 summit in Osaka, Donald Trump wrote "
        "that if Kim Jong Un saw the message, he would meet him at the Demilitarized Zone just "
        "to shake his hand. On June 30 both leaders went into Freedom House."
    )
    found = _statuses_with(extract(text, date(2019, 7, 2)), lambda e: e.place and e.place.name)
    assert ("held", "Osaka") not in found
    assert ("held", "Freedom House (Panmunjom)") in found


def _statuses_with(result, field) -> set[tuple[str, object]]:
    """Each extracted encounter's status beside one of its fields."""
    return {(e.status, field(e)) for e in result.encounters}


def test_a_long_briefing_s_pair_from_pages_ago_is_not_what_today_s_visit_means(extract) -> None:
    war = "President Biden believes Putin's war is raising prices for families. " * 8
    school = "President Biden believes every school should stay open for students. " * 8
    text = (
        "President Biden and President Putin spoke by phone on Monday about Ukraine.\n\n"
        + "\n\n".join([war] * 4 + [school] * 4)
        + "\n\nSo, today, President Biden will tour a school in Philadelphia.\n\n"
        "Today's visit will highlight how the Rescue Plan is helping students catch up."
    )
    pairs = [
        e.kind
        for e in extract(text, date(2022, 3, 11)).encounters
        if {"Joe Biden", "Vladimir Putin"} <= {p.actor.name for p in e.participants}
    ]
    assert pairs == ["call"]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a time that starts a span the encounter is counted against does not date it
        (
            "Modi met Xi Jinping in Kazan on Oct. 23, their first formal meeting since soldiers "
            "of both armies fought in the Galwan Valley in June 2020.",
            date(2024, 10, 25),
            date(2024, 10, 23),
        ),
        # a link's colon is no clause's end
        (
            "On [June\n9](https://example.org/track?id=3f48), President Biden met Prime Minister "
            "Andrew Holness at the Summit of the Americas in Los Angeles.",
            date(2022, 8, 8),
            date(2022, 6, 9),
        ),
    ],
)
def test_the_day_told_dates_the_encounter(extract, text: str, published: date, day: date) -> None:
    times = {e.time.start for e in extract(text, published).encounters if e.time}
    assert times == {day}


def test_a_coordinated_clause_with_a_subject_of_its_own_keeps_its_own_participants(
    extract,
) -> None:
    text = (
        "## Tokyo, Japan: State visit, May 2019\n\nShinzo Abe came to the White House in April"
        " 2019, and Donald Trump and Abe played golf. A month later Trump was back in Japan."
        " On May 27 he met Emperor Naruhito, and on the final day the two leaders went aboard"
        " the helicopter carrier Kaga at the naval base."
    )
    groups = {
        frozenset(p.actor.name for p in e.participants)
        for e in extract(text, date(2019, 6, 1)).encounters
    }
    assert not any({"Shinzo Abe", "Naruhito"} <= group for group in groups), groups


@pytest.mark.parametrize(
    "advisers",
    [
        "In June 2023, our national security advisers met in Tokyo.",
        # an abbreviated month does not end the sentence its date is in
        "On Jan. 5, 2023, our national security advisers met in Tokyo.",
    ],
)
def test_a_place_told_with_another_time_is_not_where_the_story_is(extract, advisers) -> None:
    text = (
        f"We, the leaders of Japan and the Philippines, met today. {advisers} In September"
        " 2023, Prime Minister Fumio Kishida and President Ferdinand Marcos met to deepen our"
        " cooperation."
    )
    places = {
        e.time.start.month: _where(e)
        for e in extract(text, date(2024, 4, 11)).encounters
        if e.time and e.time.start.year == 2023
    }
    assert places == {9: None}, places


def test_an_invitation_and_the_pastime_it_invites_to_are_one_plan(extract) -> None:
    text = (
        "On Sept. 21, 2016, Barack Obama received Benjamin Netanyahu at a Manhattan hotel."
        " His guest invited him to play golf near his home in Caesarea once he had left office."
    )
    plans = [
        (e.format, _where(e))
        for e in extract(text, date(2016, 12, 30)).encounters
        if e.status == "proposed"
    ]
    assert plans == [("informal", "Caesarea")], plans


# (text, publication date, the statuses of the encounters it tells)
STATUSES = [
    # an expected call that never took place stays a plan
    (
        '"I make no apologies," Joe Biden said on February 16. In the same remarks he said:'
        ' "I expect to be speaking with President Xi Jinping." That call never took place.',
        date(2024, 11, 13),
        ["proposed"],
    ),
    # a meeting to come and its talks, told in one sentence, are one held encounter
    (
        "In November 2009 Benjamin Netanyahu's meeting with Barack Obama at the White House was"
        " confirmed only at the last minute; the White House released a photograph of the talks"
        " four days later.",
        date(2016, 12, 30),
        ["held"],
    ),
    # standing beside someone as one promises something: the scene is held, not promised
    (
        "Volodymyr Zelenskyy was back in the White House on Dec. 12, 2023. Standing beside him,"
        " Joe Biden promised to keep supplying Ukraine with weapons.",
        date(2025, 1, 25),
        ["held"],
    ),
    # an offer the guest "would not come" to is declined
    (
        "The White House said it had offered Benjamin Netanyahu a meeting with Barack Obama on"
        " March 18, 2016, and that it had learned from news reports that he would not come.",
        date(2016, 12, 30),
        ["declined"],
    ),
    # an official the text does not name comes for talks of their own, not the pair's
    (
        "Narendra Modi and Xi Jinping met in Kazan in October 2024. In August 2025, China's"
        " foreign minister came to New Delhi for two days of border talks.",
        date(2025, 8, 25),
        ["held"],
    ),
    # but a meeting such an official announces is still the leaders'
    (
        "Joe Biden's spokesman announced a meeting with Xi Jinping on Nov. 15, 2023.",
        date(2023, 11, 10),
        ["scheduled"],
    ),
    # meeting in three places at once sums up many meetings
    (
        "When Joe Biden left office, he and Volodymyr Zelenskyy had met in Washington, in Kyiv,"
        " at summits from Japan to Lithuania.",
        date(2025, 1, 25),
        [],
    ),
    # a scene told as to come is planned: "expecting you ... on a visit"
    (
        'On June 2, 2021, Joe Biden called Volodymyr Zelenskyy. "We are looking forward to'
        ' hosting you this summer on a working visit to Washington," Biden told him.',
        date(2021, 6, 3),
        ["held", "scheduled"],
    ),
    # a visit expected next season and the visit held in it are one encounter
    (
        'On Oct. 1, 2022, Vladimir Putin called Xi Jinping. "We are expecting you next spring on'
        ' a state visit to Moscow," Putin told him. On March 20, 2023, the two presidents dined'
        " together in the Kremlin.",
        date(2024, 11, 20),
        ["held", "held"],
    ),
    # "the pair talked": a group noun as subject talks with itself
    (
        "On March 11, 2022, Fumio Kishida congratulated Yoon Suk Yeol, and the pair talked for"
        " about 15 minutes.",
        date(2024, 9, 9),
        ["held"],
    ),
    # signing together in a named building is meeting there
    (
        "On May 24, 2002, in the Kremlin, George W. Bush and Vladimir Putin signed a treaty.",
        date(2008, 12, 15),
        ["held"],
    ),
    # a meeting due at a summit is planned, and the summit is only where it was to be
    (
        "George W. Bush and Vladimir Putin were due to meet one on one at the APEC summit in Los"
        " Cabos in October 2002.",
        date(2002, 10, 1),
        ["scheduled"],
    ),
    # a plan made on a day to meet in a country, and the meeting held there weeks later
    (
        "On Nov. 1, 2018, Donald Trump and Xi Jinping spoke by phone, and both sides began"
        " preparing for a meeting in Argentina. On Dec. 1 they sat down to dinner in Buenos Aires.",
        date(2020, 5, 20),
        ["held", "held"],
    ),
    # a scene set with "with" before the verb is no partner: "the two men talked again"
    (
        "Donald Trump called Xi Jinping in February 2020. Late that month, with infections"
        " climbing in the United States, the two men talked again.",
        date(2020, 5, 20),
        ["held", "held"],
    ),
    # a paragraph that names the pair only as "the two presidents" is still read
    (
        "Donald Trump met Xi Jinping in 2017.\n\nIn 2018 Washington put tariffs on Chinese"
        " goods.\n\nOn Nov. 1, 2018, the two presidents spoke by phone.",
        date(2020, 5, 20),
        ["held", "held"],
    ),
    # sharing the stage with someone is appearing with them
    (
        "On Sept. 22, 2019, Donald Trump flew in to share the stage with Narendra Modi in Houston.",
        date(2020, 2, 26),
        ["held"],
    ),
    # "could not attend" turns down the invitation told with it
    (
        "Narendra Modi invited Donald Trump to the Republic Day parade. The White House said the"
        " president was honoured by the invitation but could not attend.",
        date(2020, 2, 26),
        ["declined"],
    ),
    # a meeting that "set the pattern" does something; it is not set
    (
        "On June 26, 2017, Narendra Modi met Donald Trump at the White House. Their first meeting"
        " set the pattern.",
        date(2020, 2, 26),
        ["held"],
    ),
    # the day a summit was called off, by someone who was not to be at it
    (
        "Donald Trump hoped to meet Xi Jinping at the APEC summit in Santiago in mid-November"
        " 2019. Then, on Oct. 30, Chile's president, Sebastián Piñera, cancelled the summit.",
        date(2020, 5, 20),
        ["cancelled"],
    ),
    # meaning to visit is a plan; the trip called off early that month is that plan
    (
        "Fumio Kishida meant to visit Yoon Suk Yeol in Seoul on March 20, 2024; early that month"
        " the trip was called off.",
        date(2024, 9, 9),
        ["cancelled"],
    ),
    # many gathering somewhere meet there
    (
        "On Feb. 11, 2015, Angela Merkel, François Hollande, Petro Poroshenko and Vladimir Putin"
        " gathered in the Palace of Independence in Minsk.",
        date(2021, 9, 20),
        ["held"],
    ),
    # coming at someone's invitation is how the visit came about, not a plan of its own
    (
        "On Jan. 11, 2020, Angela Merkel flew to Moscow at Vladimir Putin's invitation.",
        date(2021, 9, 20),
        ["held"],
    ),
    # leaving a summit early is a departure from it, not a second encounter
    (
        "On Nov. 15, 2014, Angela Merkel met Vladimir Putin at the G20 summit in Brisbane. Putin"
        " left the summit early the next day.",
        date(2021, 9, 20),
        ["held"],
    ),
    # a crowd staying away declines nothing of the pair's
    (
        "On May 9, 2015, Xi Jinping sat beside Vladimir Putin in Red Square. Most Western"
        " leaders stayed away over Ukraine.",
        date(2024, 11, 20),
        ["held"],
    ),
]


@pytest.mark.parametrize(("text", "published", "statuses"), STATUSES)
def test_statuses_told(extract, text: str, published: date, statuses: list[str]) -> None:
    found = [e.status for e in extract(text, published).encounters]
    assert found == statuses, found


def test_standing_alongside_a_leader_is_meeting_them(extract) -> None:
    text = "That September Vladimir Putin stood alongside Xi Jinping in Beijing at a parade."
    found = [(e.status, _where(e)) for e in extract(text, date(2024, 11, 20)).encounters]
    assert found == [("held", "Beijing")], found


def test_a_venue_and_the_city_it_stands_in_are_one_place(extract) -> None:
    text = (
        "Angela Merkel sat down with Donald Trump in the Oval Office on March 17, 2017. Trump"
        " said little. Merkel and Trump met in Washington on March 17, 2017."
    )
    found = [_where(e) for e in extract(text, date(2021, 1, 26)).encounters]
    assert found == ["Oval Office"], found


# (text, publication date, (kind, place) of each encounter told, in order)
KINDS_AND_PLACES = [
    # sitting facing each other, or side by side, is meeting
    (
        "Donald Trump met Volodymyr Zelenskyy in February. Before the Mass for Pope Francis began"
        " on Saturday, Donald Trump and Volodymyr Zelenskyy sat facing each other on two chairs"
        " inside St Peter's Basilica, leaning in, with no aides beside them.",
        date(2025, 4, 27),
        [("meeting", None), ("meeting", "St Peter's Basilica")],
    ),
    (
        "Barack Obama met Xi Jinping in 2014. On Nov. 30, 2015, the opening day of the climate"
        " conference at Le Bourget, outside Paris, the pair sat side by side at a long table.",
        date(2017, 1, 10),
        [("meeting", None), ("meeting", "Paris")],
    ),
    # a summit on the calendar is where it was held, not where the dateline's reporter is
    (
        "NEW DELHI, Oct. 25 - Narendra Modi met Vladimir Putin in July. On Tuesday, hours after"
        " landing for the BRICS summit, the Indian prime minister sat down with Putin again.",
        date(2024, 10, 25),
        [("meeting", None), ("meeting", "Kazan")],
    ),
    # the president's plane landing is the president arriving
    (
        "Joe Biden spoke to Benjamin Netanyahu on Oct. 7, 2023, by phone. On Oct. 18, 2023, Air"
        " Force One landed at Ben Gurion Airport outside Tel Aviv, and Netanyahu was waiting.",
        date(2024, 7, 26),
        [("call", None), ("visit", "Tel Aviv")],
    ),
    # the story has come "to the White House": what follows there is there, not where it was
    (
        "Homes were announced in Ramat Shlomo, in East Jerusalem, in March 2010. Two weeks later,"
        " on March 23, Benjamin Netanyahu came to the White House. According to Israeli"
        " accounts, Barack Obama left him after their first session to have dinner with his"
        " family.",
        date(2016, 12, 30),
        [("visit", "White House")],
    ),
    # a plan told under a heading is not where the section's pair met
    (
        "## Paris: Normandy-format summit, December 2019\n\nOn Dec. 9, 2019, Emmanuel Macron"
        " hosted Vladimir Putin and Volodymyr Zelenskyy at the Elysee Palace. The leaders agreed"
        " to meet again in the same format.",
        date(2025, 7, 1),
        [("meeting", "Élysée Palace"), ("meeting", None)],
    ),
    # calling at someone's hotel is a visit in person, not a telephone call
    (
        "## Beijing: State visit, May 2024\n\nXi Jinping welcomed Vladimir Putin in Beijing on"
        " May 16, 2024. On June 15, the Russian president called at his hotel in Dushanbe, where"
        " both were attending a summit.",
        date(2024, 11, 20),
        [("meeting", "Beijing"), ("meeting", "Dushanbe")],
    ),
    # handing someone the phone is no call with them
    (
        "On March 20, 2013, Barack Obama met Benjamin Netanyahu in Jerusalem. On the last day, in"
        " a trailer at the airport, Obama handed the phone to Netanyahu, who apologised to Recep"
        " Tayyip Erdogan for the raid.",
        date(2016, 12, 30),
        [("meeting", "Jerusalem")],
    ),
    # going back to a city is visiting it, its leader the host
    (
        "## Meseberg, Germany: Castle talks, August 2018\n\nAngela Merkel met Vladimir Putin in"
        " Sochi in 2017. In May 2018 Merkel had gone back to Sochi.",
        date(2021, 9, 20),
        [("meeting", "Sochi"), ("visit", "Sochi")],
    ),
    # nor is flying on to see a sight "without their host"
    (
        "On Feb. 24, 2020, Narendra Modi welcomed Donald Trump in Ahmedabad. The Trumps then flew"
        " on to Agra to see the Taj Mahal, without their host.",
        date(2020, 2, 26),
        [("meeting", "Ahmedabad")],
    ),
    # travelling on without one's host is no encounter with the host
    (
        "On May 16, 2024, Xi Jinping welcomed Vladimir Putin in Beijing. The next day Putin"
        " travelled on, without his host, to Harbin in the north-east.",
        date(2024, 11, 20),
        [("meeting", "Beijing")],
    ),
    # the working dinner after the talks, on the same day, is part of that day's visit
    (
        "On June 4, 2015, Angela Merkel received Vladimir Putin in the chancellery in Berlin."
        " That evening the two leaders dined together at a restaurant in Berlin.",
        date(2021, 9, 20),
        [("meeting", "Berlin")],
    ),
    # calling someone by a nickname names them; it is no telephone call
    (
        "On March 20, 2013, Barack Obama held talks with Benjamin Netanyahu in Jerusalem and at"
        " a news conference called his host by his nickname, Bibi.",
        date(2016, 12, 30),
        [("meeting", "Jerusalem")],
    ),
    # taking one's guest somewhere is visiting it together; "his guest" is the other of the pair
    (
        "On May 24, 2002, George W. Bush met Vladimir Putin in Moscow. The next day Putin took his"
        " guest to St Petersburg, his home town.",
        date(2008, 12, 15),
        [("meeting", "Moscow"), ("visit", "Saint Petersburg")],
    ),
    # exchanging documents together at a palace is meeting there
    (
        "George W. Bush and Vladimir Putin had signed a treaty. On June 1, 2003, at the"
        " Konstantinovsky Palace, the two presidents exchanged the instruments of ratification.",
        date(2008, 12, 15),
        [("meeting", "Konstantinovsky Palace")],
    ),
    # an undated invitation and the visit held where it invited to are one encounter
    (
        "In June 2003 George W. Bush met Vladimir Putin in St Petersburg. Bush also invited Putin"
        " to Camp David. The Russian leader came that September for talks at the presidential"
        " retreat in Maryland.",
        date(2008, 12, 15),
        [("meeting", "Saint Petersburg"), ("visit", "Camp David")],
    ),
    # speaking "there" is speaking where the story is, in person
    (
        "On Aug. 8, 2008, George W. Bush and Vladimir Putin were guests at a reception in"
        " Beijing. The two of them spoke there about the fighting.",
        date(2008, 12, 15),
        [("meeting", "Beijing")],
    ),
    # landing at someone's ranch is visiting them there
    (
        "On Nov. 14, 2001, Vladimir Putin landed by helicopter at George W. Bush's ranch outside"
        " Crawford.",
        date(2008, 12, 15),
        [("visit", "Crawford")],
    ),
    # "the Slovak capital" is the capital of the country it names
    (
        "On Feb. 24, 2005, George W. Bush met Vladimir Putin at the castle above the Slovak"
        " capital.",
        date(2008, 12, 15),
        [("meeting", "Bratislava")],
    ),
    # a region in an organisation's name yields to the city the phrase also names
    (
        "In November 1999 Bill Clinton met Boris Yeltsin at the summit of the Organization for"
        " Security and Cooperation in Europe in Istanbul.",
        date(1999, 12, 31),
        [("meeting", "Istanbul")],
    ),
    # "the Normandy resort of Deauville" is Deauville
    (
        "In October 2010, Nicolas Sarkozy hosted Angela Merkel at a summit in the Normandy"
        " resort of Deauville.",
        date(2012, 5, 16),
        [("meeting", "Deauville")],
    ),
    # two who spent hours somewhere were there together
    (
        "Vladimir Putin and Alexander Lukashenko fell out in 2019. In December 2019 the two"
        " men spent hours in Sochi arguing over oil prices.",
        date(2025, 3, 14),
        [("meeting", "Sochi")],
    ),
    # a guest expected somewhere is a visit to come
    (
        "Vladimir Putin met Alexander Lukashenko on Thursday. Lukashenko is expected in Moscow"
        " again in May.",
        date(2025, 3, 14),
        [("meeting", None), ("visit", "Moscow")],
    ),
    # playing host to a group and its guest is meeting them
    (
        "In June 1984 Margaret Thatcher played host to the Group of Seven at Lancaster House in"
        " London, and her guest of honour was Ronald Reagan.",
        date(2004, 6, 11),
        [("meeting", "Lancaster House")],
    ),
    # a state that no longer exists still has the capital it had
    (
        "On 10 February 1990 Helmut Kohl was back in the Soviet capital for talks with Mikhail"
        " Gorbachev.",
        date(1991, 12, 30),
        [("visit", "Moscow")],
    ),
    # a forum that always meets in one city places what the sentence tells there, whatever
    # the heading's city
    (
        "## Moscow, Russia: State visit, June 2019\n\nXi Jinping arrived in Moscow on June 5,"
        " 2019, and Vladimir Putin received him at the Kremlin. Two days later Putin and his"
        " guest shared the stage at the St. Petersburg International Economic Forum, where Xi"
        " spoke at the plenary session.",
        date(2024, 11, 20),
        [("visit", "Moscow"), ("meeting", "Saint Petersburg")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), KINDS_AND_PLACES)
def test_kinds_and_places_told(extract, text: str, published: date, expected: list) -> None:
    found = [(e.kind, _where(e)) for e in extract(text, published).encounters]
    assert found == expected, found


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the pair's meeting at a summit of three is that summit
        (
            "In July 2022 Vladimir Putin and Recep Tayyip Erdogan met in Tehran, at a three-way"
            " summit with Iran's president, Ebrahim Raisi, on Syria.",
            date(2024, 11, 4),
            [["Ebrahim Raisi", "Recep Tayyip Erdoğan", "Vladimir Putin"]],
        ),
        # "the four talked": the last four named, talking together
        (
            "Xi Jinping met Emmanuel Macron in Nice on March 24, 2019. On March 26 he asked"
            " Chancellor Angela Merkel and Jean-Claude Juncker to join him and Xi at the Élysée,"
            " and the four talked for about an hour.",
            date(2024, 5, 13),
            [
                ["Emmanuel Macron", "Xi Jinping"],
                ["Angela Merkel", "Emmanuel Macron", "Jean-Claude Juncker", "Xi Jinping"],
            ],
        ),
        # a visit and the talks of more it came for, told in one sentence, are one
        (
            "Angela Merkel met Vladimir Putin in 2015. In October 2016, Putin came to the"
            " chancellery in Berlin for another round of Normandy-format talks with François"
            " Hollande and Petro Poroshenko.",
            date(2021, 9, 20),
            [
                ["Angela Merkel", "Vladimir Putin"],
                ["Angela Merkel", "François Hollande", "Petro Poroshenko", "Vladimir Putin"],
            ],
        ),
        # people the parse hung on the date before them are the subject, not places of a habit
        (
            "Tony Blair and George W. Bush talked in 2002. On 16 March 2003 Bush, Blair and the"
            " Spanish prime minister, José María Aznar, met at Lajes Field in the Azores.",
            date(2007, 6, 26),
            [
                ["George W. Bush", "Tony Blair"],
                ["George W. Bush", "José María Aznar", "Tony Blair"],
            ],
        ),
    ],
)
def test_who_took_part(extract, text: str, published: date, expected: list) -> None:
    groups = [
        sorted(p.actor.name for p in e.participants) for e in extract(text, published).encounters
    ]
    assert groups == expected, groups


def test_a_meal_told_with_the_talks_is_part_of_them(extract) -> None:
    text = (
        "In January 2006 Angela Merkel held talks with Vladimir Putin in the Kremlin for about"
        " three hours before the two sat down to lunch."
    )
    found = [(e.format, _where(e)) for e in extract(text, date(2021, 9, 20)).encounters]
    assert found == [("formal", "Kremlin")], found


def test_a_pastime_the_next_morning_is_an_encounter_of_its_own(extract) -> None:
    text = (
        "Shinzo Abe came to the White House again in April 2019, when he and his wife joined"
        " the Trumps for a dinner, and the two men played golf in Virginia the next morning."
    )
    found = [e.format for e in extract(text, date(2020, 9, 1)).encounters]
    assert found == ["formal", "informal"], found


def test_the_trip_to_a_summit_and_the_talks_there_are_one_encounter_with_all(extract) -> None:
    text = (
        "## Hamburg, Germany: G-20 summit, July 2017\n\nVladimir Putin came to Hamburg for the"
        " summit on July 7, and on its margins Angela Merkel and Emmanuel Macron sat down with"
        " him to discuss Ukraine."
    )
    groups = [
        (sorted(p.actor.name for p in e.participants), e.forum)
        for e in extract(text, date(2021, 9, 20)).encounters
    ]
    assert groups == [(["Angela Merkel", "Emmanuel Macron", "Vladimir Putin"], "G20 summit")]


def test_talks_on_a_later_day_of_a_three_day_visit_are_part_of_it(extract) -> None:
    text = (
        "## Beijing, 2017\n\nDonald Trump landed in Beijing on Nov. 8 for a three-day state"
        " visit, and Xi Jinping met him at the Forbidden City. On Nov. 9, standing beside him in"
        " the Great Hall of the People, Xi told reporters the ocean was big enough for both."
    )
    found = [(e.kind, e.time.start.day, e.time.end.day) for e in extract(text, D).encounters]
    assert found == [("visit", 8, 10)], found


def test_the_talks_the_morning_after_a_visit_began_are_part_of_it(extract) -> None:
    text = (
        "## Palm Beach, Florida: Mar-a-Lago, April 2017\n\nDonald Trump received Xi Jinping on"
        " April 6 at Mar-a-Lago. The next morning the two presidents held talks with their"
        " delegations."
    )
    found = [e.kind for e in extract(text, D).encounters]
    assert found == ["meeting"], found


def test_an_outing_on_a_later_day_of_a_visit_is_its_own(extract) -> None:
    text = (
        "The four-day state visit of Donald Trump to Shinzo Abe's Japan began on May 25, 2019, in"
        " Tokyo. The next day the pair went to the Ryogoku Kokugikan to watch sumo."
    )
    found = [e.time.start.day for e in extract(text, D).encounters]
    assert found == [25, 26], found


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # someone who joined them is at the table too
        (
            "Angela Merkel met Vladimir Putin in March. In November they met again. The two talked"
            " alone for about two hours before Jean-Claude Juncker, the president of the European"
            " Commission, joined them.",
            ["Angela Merkel", "Jean-Claude Juncker", "Vladimir Putin"],
        ),
        # "this time with their host, Prime Minister Tony Abbott" adds the host
        (
            "Barack Obama met Shinzo Abe in April 2014. That November, at the Group of 20 summit in"
            " Australia, the two met again on the sidelines, this time with their host, Prime"
            " Minister Tony Abbott, in a three-way meeting.",
            ["Barack Obama", "Shinzo Abe", "Tony Abbott"],
        ),
        # the pair that joins Xi by video is not a pair with Xi
        (
            "Emmanuel Macron and Angela Merkel worked together for four years. Macron admired"
            " Merkel.\n\n"
            "## Paris: Summit, March 2019\n\n"
            "Emmanuel Macron invited Angela Merkel to join his talks with Xi Jinping.\n\n"
            "## By video, April 2021\n\n"
            "In April 2021 Merkel wrote to Xi. The following week the pair joined Xi by video.",
            ["Angela Merkel", "Emmanuel Macron", "Xi Jinping"],
        ),
    ],
)
def test_who_is_at_the_table(extract, text: str, group: list[str]) -> None:
    groups = [sorted(p.actor.name for p in e.participants) for e in extract(text, D).encounters]
    assert group in groups, groups


def test_speaking_by_video_link_the_pair_were_on_a_call(extract) -> None:
    text = (
        "Emmanuel Macron and Angela Merkel met in Aachen. On May 18, 2020, speaking by video"
        " link from their capitals, the pair proposed a recovery fund."
    )
    kinds = {(e.kind, e.time and e.time.start) for e in extract(text, D).encounters}
    assert ("call", date(2020, 5, 18)) in kinds, kinds


def test_a_day_told_in_a_month_s_section_dates_what_follows_it(extract) -> None:
    text = (
        "## Moscow, Russia: Farewell visit, August 2021\n\nOn Friday, Aug. 20, 2021, Angela Merkel"
        " came to the Kremlin. She first laid a wreath; Vladimir Putin then greeted her with"
        " flowers."
    )
    found = [(e.time.precision, e.time.start.day) for e in extract(text, D).encounters]
    assert found == [("day", 20)], found


def test_bringing_leaders_together_is_a_meeting_of_all(extract) -> None:
    text = (
        "On Dec. 9, 2019, Emmanuel Macron revived the format at the Elysee Palace, bringing Angela"
        " Merkel and Vladimir Putin together with Volodymyr Zelenskyy."
    )
    groups = [sorted(p.actor.name for p in e.participants) for e in extract(text, D).encounters]
    assert groups == [
        ["Angela Merkel", "Emmanuel Macron", "Vladimir Putin", "Volodymyr Zelenskyy"]
    ], groups


def test_their_own_talks_after_a_meeting_of_three_are_the_pair_s(extract) -> None:
    text = (
        "On the morning of June 28, 2019, Donald Trump and Narendra Modi first sat down with"
        " Shinzo Abe for a three-way meeting, and then the two men held their own talks on trade,"
        " Iran and 5G."
    )
    found = [
        (sorted(p.actor.name for p in e.participants), _where(e))
        for e in extract(text, D).encounters
    ]
    assert (["Donald Trump", "Narendra Modi"], None) in found, found


def test_the_pair_s_own_summit_is_no_gathering_that_absorbs_a_meeting_of_three(extract) -> None:
    text = (
        "Fumio Kishida and Yoon Suk Yeol spoke by phone in October 2022. Their first formal summit"
        " followed on Nov. 13 in Phnom Penh, on the sidelines of the ASEAN summit, where the pair"
        " also sat down with Joe Biden."
    )
    groups = [
        sorted(p.actor.name for p in e.participants)
        for e in extract(text, date(2024, 9, 9)).encounters
        if e.kind != "call"
    ]
    assert groups == [
        ["Fumio Kishida", "Yoon Suk Yeol"],
        ["Fumio Kishida", "Joe Biden", "Yoon Suk Yeol"],
    ], groups


def test_a_clause_after_a_semicolon_does_not_govern_the_one_before(pipeline) -> None:
    from parley.extract.status import status_of
    from parley.extract.triggers import find_trigger

    doc = pipeline.resources.nlp(
        "It took until the evening of Feb. 9, 2017, nearly three weeks after the inauguration,"
        " for them to speak again; in that call, according to the White House, Trump agreed at"
        " Xi's request to honour the policy."
    )
    speak = next(t for t in doc if t.lower_ == "speak")
    trigger = find_trigger(speak)
    assert trigger is not None and status_of(trigger, speak.sent) == "held"


def test_a_meeting_told_as_a_time_keeps_its_own_people(extract) -> None:
    text = (
        "In June 2021, a week after Joe Biden met Vladimir Putin in Geneva, Angela Merkel and"
        " Emmanuel Macron proposed inviting the Russian president to a summit."
    )
    held = [
        sorted(p.actor.name for p in e.participants)
        for e in extract(text, date(2021, 9, 20)).encounters
        if e.status == "held"
    ]
    assert held == [["Joe Biden", "Vladimir Putin"]], held


def test_this_week_does_not_stretch_a_visit_told_today() -> None:
    from parley.extract.event_reference import merge_mentions
    from parley.model import Actor, Participant, Place, Span, TimeRef

    pair = (
        Participant(Actor("Q6279", "Joe Biden", country_code="US")),
        Participant(Actor("Q11696", "Pedro Sánchez", country_code="ES")),
    )
    madrid = Place("Madrid", country_code="ES", lat=40.4, lon=-3.7)

    def told(kind: str, start: date, end: date, at: int, place: Place | None) -> Encounter:
        time = TimeRef(start, end, "day", "")
        return Encounter(
            "", kind, "formal", "held", pair, (Span(at, at + 1, "x"),), place, None, time
        )  # type: ignore[arg-type]

    today = told("visit", date(2022, 6, 28), date(2022, 6, 28), 0, madrid)
    this_week = told("meeting", date(2022, 6, 27), date(2022, 7, 3), 10, None)
    (merged,) = merge_mentions([today, this_week])
    assert merged.time is not None and merged.time.start == date(2022, 6, 28), merged.time


def test_a_meeting_told_by_the_visit_of_its_when_clause_is_that_visit(extract) -> None:
    text = (
        "Barack Obama and Xi Jinping first met when Obama visited China in November 2009, while"
        " Xi was vice-president, and in February 2012 Obama received him in the Oval Office."
    )
    found = sorted(
        (e.time.start.isoformat()[:7], _where(e))
        for e in extract(text, date(2017, 1, 10)).encounters
        if e.time
    )
    assert found == [("2009-11", "China"), ("2012-02", "Oval Office")], found


def test_a_sentence_that_only_says_when_dates_the_encounter_before_it(extract) -> None:
    text = (
        "The last time Barack Obama and Xi Jinping sat down together, the room was on the fourth"
        " floor of a hotel in Lima. It was Nov. 19, during the APEC summit, eleven days after"
        " the election."
    )
    found = [
        (str(e.time.start) if e.time else None, e.forum)
        for e in extract(text, date(2017, 1, 10)).encounters
    ]
    assert found == [("2016-11-19", "APEC summit")], found


def test_a_heading_that_names_nothing_still_ends_the_section_before_it(extract) -> None:
    text = (
        "## St Petersburg, July 2006\n\nTony Blair and George W. Bush met at the G8 summit.\n\n"
        "## How it began\n\nGo back to February 2001. Blair arrived at Camp David.\n\n"
        "## The last months\n\nOn Aug. 31, 2006, Bush called Blair."
    )
    found = sorted(
        (str(e.time.start)[:7] if e.time else None, e.kind, _where(e))
        for e in extract(text, date(2010, 6, 26)).encounters
    )
    assert found == [
        ("2001-02", "visit", "Camp David"),
        ("2006-07", "meeting", "Saint Petersburg"),
        ("2006-08", "call", None),
    ], found


def test_it_went_ahead_holds_the_meeting_told_as_to_come_when_and_where_it_says(extract) -> None:
    text = (
        "Donald Trump first met Volodymyr Zelenskyy in 2019. Their next meeting nearly fell"
        " through. It went ahead on Sept. 27 at Trump Tower."
    )
    found = [
        (e.status, str(e.time.start) if e.time else None, _where(e))
        for e in extract(text, date(2024, 10, 1)).encounters
    ]
    assert ("held", "2024-09-27", "Trump Tower") in found, found


def test_a_postponement_or_a_late_happening_is_not_of_a_meeting_already_held(extract) -> None:
    text = (
        "Tony Blair and George W. Bush lunched together at the G8 summit in St Petersburg on 17"
        " July 2006. Plans for the two men to meet had long been in place, but the elections kept"
        " pushing the meeting back. It finally happened on 7 December, over breakfast at the White"
        " House."
    )
    found = sorted(
        (e.status, str(e.time.start) if e.time else None, _where(e))
        for e in extract(text, date(2007, 6, 26)).encounters
    )
    assert ("held", "2006-07-17", "Saint Petersburg") in found, found
    assert ("held", "2006-12-07", "White House") in found, found


def test_a_time_of_the_source_cited_does_not_date_the_encounter(extract) -> None:
    text = (
        "On April 21, 2019, Donald Trump called Volodymyr Zelenskyy. The call lasted 16 minutes,"
        " according to a White House memorandum released that November."
    )
    found = [
        (str(e.time.start), e.duration_minutes) for e in extract(text, date(2025, 4, 27)).encounters
    ]
    assert found == [("2019-04-21", 16)], found


def test_calling_someone_a_name_in_quotation_marks_is_no_call(extract) -> None:
    text = (
        "Vladimir Putin landed in Pyongyang on Wednesday, where Kim Jong Un met him. Kim called"
        ' his guest "the dearest friend of the Korean people".'
    )
    assert [e.kind for e in extract(text, date(2024, 6, 20)).encounters] == ["visit"]


def test_a_section_whose_heading_gives_no_time_goes_on_from_the_time_told_before(extract) -> None:
    text = (
        "## Beijing, 2023\n\nAnthony Albanese met Xi Jinping in Beijing on Nov. 6, 2023.\n\n"
        "## San Francisco: APEC\n\nTen days later the two men crossed paths again at the"
        " Asia-Pacific Economic Cooperation summit in San Francisco."
    )
    found = [
        (e.status, str(e.time.start)[:7]) for e in extract(text, date(2024, 11, 21)).encounters
    ]
    assert found == [("held", "2023-11"), ("held", "2023-11")], found


def test_a_numbered_heading_places_its_item_and_its_relative_time_counts_on(extract) -> None:
    text = (
        "1. Tokyo, April 2019\n\nShinzo Abe met Donald Trump in Tokyo on April 26, 2019.\n\n"
        "2. Osaka, two months later\n\nThe two leaders held talks on the sidelines.\n\n"
        "3. Biarritz, that August\n\nThe two leaders met once more.\n\n"
        "4. A farewell call, two years on\n\nAbe called Trump to say goodbye."
    )
    found = [(_where(e), str(e.time.start)[:7]) for e in extract(text, date(2020, 1, 5)).encounters]
    expected = [
        ("Tokyo", "2019-04"),
        ("Osaka", "2019-06"),
        ("Biarritz", "2019-08"),
        (None, "2021-01"),  # a numbered heading that names no place still ends the one before
    ]
    assert found == expected, found


def test_a_traveller_s_onward_leg_is_no_encounter_with_the_host(extract) -> None:
    text = (
        "In March 2014 Xi Jinping arrived in Berlin, where Angela Merkel received him at the"
        " chancellery. Xi went on to Duisburg to watch a freight train arrive."
    )
    found = [(e.kind, _where(e)) for e in extract(text, date(2021, 12, 7)).encounters]
    assert found == [("visit", "Berlin")], found


def test_whoever_the_destination_names_as_host_is_the_one_visited(extract) -> None:
    text = (
        "Barack Obama and Hu Jintao wanted their deputies to meet, and in August 2011 Joe Biden"
        " flew to Beijing, where his host was Xi Jinping."
    )
    (found,) = extract(text, date(2024, 11, 20)).encounters
    assert {p.actor.name for p in found.participants} == {"Joe Biden", "Xi Jinping"}


def test_a_trip_and_the_talks_of_more_on_it_told_together_are_one(extract) -> None:
    text = (
        "Angela Merkel flew to Beijing in early July 2014, met Xi Jinping and Premier Li"
        " Keqiang, and then travelled on to Chengdu."
    )
    found = [(e.kind, _where(e)) for e in extract(text, date(2021, 12, 7)).encounters]
    assert found == [("visit", "Beijing")], found


def test_a_trip_put_off_after_it_became_an_embarrassment_is_postponed(extract) -> None:
    text = (
        "In December 2015 Donald Trump, then a Republican candidate, announced he would travel"
        " to Israel at the end of the month to meet Benjamin Netanyahu. Days later the visit"
        " became an embarrassment for his would-be host. The candidate then put the trip off."
    )
    found = [e.status for e in extract(text, date(2020, 9, 16)).encounters]
    assert found == ["postponed"], found


def test_time_spent_with_someone_the_article_described_is_a_meeting(extract) -> None:
    text = (
        "Donald Trump, then a Republican candidate, praised Benjamin Netanyahu.\n\n"
        "On Sept. 25, 2016, the prime minister, in New York for the United Nations General"
        " Assembly, spent more than an hour with the candidate at Trump Tower."
    )
    (found,) = extract(text, date(2020, 9, 16)).encounters
    assert {p.actor.name for p in found.participants} == {"Donald Trump", "Benjamin Netanyahu"}
    assert found.time is not None and str(found.time.start) == "2016-09-25"


def test_a_subject_the_parse_ran_into_the_date_before_the_verb_takes_part(extract) -> None:
    text = (
        "Keir Starmer spoke to Donald Trump in January 2025. In the days that followed he met"
        " Volodymyr Zelensky, and on the first weekend of March Sir Keir was on the phone to"
        " Mr Trump."
    )
    found = [
        {p.actor.name for p in e.participants}
        for e in extract(text, date(2025, 10, 1)).encounters
        if e.kind == "call" and e.time is not None and e.time.start.month == 3
    ]
    assert found == [{"Keir Starmer", "Donald Trump"}], found


def test_a_call_restated_after_a_comma_is_that_call(extract) -> None:
    text = (
        "On Dec. 16, 2014, Barack Obama and Raúl Castro spoke by telephone for the first time,"
        " a long conversation that neither side acknowledged until the next day."
    )
    found = [(e.kind, str(e.time.start)) for e in extract(text, date(2016, 12, 10)).encounters]
    assert found == [("call", "2014-12-16")], found


def test_a_call_restated_and_a_meeting_in_a_later_clause_are_two(extract) -> None:
    text = (
        "Emmanuel Macron and Recep Tayyip Erdogan exchanged letters in January 2021. On March 5"
        " the two presidents held a video call, their first conversation in months, and in June"
        " they sat down together in Brussels."
    )
    found = [(e.kind, str(e.time.start)[:7]) for e in extract(text, date(2023, 6, 5)).encounters]
    assert found == [("call", "2021-03"), ("meeting", "2021-06")], found


def test_if_it_happens_reports_nothing_held(extract) -> None:
    text = (
        "Emmanuel Macron and Recep Tayyip Erdogan are due in Vilnius in July for the NATO"
        " summit, and diplomats say a sit-down on the margins is being discussed. If it happens,"
        " it will be their first meeting in a year."
    )
    statuses = {e.status for e in extract(text, date(2023, 6, 5)).encounters}
    assert "held" not in statuses, statuses


def test_those_who_join_them_join_the_pair_and_a_meeting_on_a_country_is_about_it(
    extract,
) -> None:
    text = (
        "On Dec. 3, 2019, Emmanuel Macron and Recep Tayyip Erdogan faced each other at 10"
        " Downing Street in London, where Boris Johnson and Angela Merkel joined them for a"
        " four-way meeting on Syria."
    )
    (found,) = extract(text, date(2023, 6, 5)).encounters
    assert found.place is not None and found.place.country_code == "GB", found.place
    assert {p.actor.name for p in found.participants} == {
        "Boris Johnson",
        "Angela Merkel",
        "Emmanuel Macron",
        "Recep Tayyip Erdoğan",
    }


def test_a_numbered_heading_tells_no_encounter_and_a_counterpart_is_the_other(extract) -> None:
    text = (
        "Nawaz Sharif attended Narendra Modi's swearing-in in May 2014.\n\n"
        "3. A call of condolence, three weeks later\n\n"
        "On Dec. 16, 2014, gunmen killed 130 children in Peshawar. Modi telephoned his"
        " counterpart that day to offer condolences."
    )
    found = [(e.kind, str(e.time.start)) for e in extract(text, date(2017, 8, 3)).encounters]
    assert found == [("call", "2014-12-16")], found


def test_meeting_someone_s_mother_is_no_meeting_with_them(extract) -> None:
    text = (
        "On Dec. 25, 2015, Narendra Modi flew to Lahore, where Nawaz Sharif met him at the"
        " airport.\n\nIn March 2016 Modi met his host's mother in Delhi."
    )
    assert len(extract(text, date(2017, 8, 3)).encounters) == 1


def test_they_opening_a_section_are_the_article_s_pair(extract) -> None:
    text = (
        "Donald Trump called Volodymyr Zelenskyy in July 2019.\n\n## New York, September 2019"
        "\n\nThey finally met on Sept. 25 at a hotel, on the sidelines of the UN General Assembly."
        " Zelenskyy, seated beside Trump, tried to stay out of the storm."
    )
    found = [
        (e.kind, str(e.time.start), _where(e))
        for e in extract(text, date(2025, 4, 27)).encounters
        if e.time and e.time.start.month == 9
    ]
    assert found == [("meeting", "2019-09-25", "New York City")], found


def test_the_next_one_hoped_for_in_a_city_of_a_country_is_a_plan_there(extract) -> None:
    text = (
        'Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday. "I am very happy about our'
        ' new meeting. I hope that the next one will be held in Russia, in Moscow," Putin said.'
    )
    found = [(e.status, _where(e)) for e in extract(text, date(2024, 6, 20)).encounters]
    assert ("proposed", "Moscow") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # complaining by phone is the call, dated by the complaint's day
        (
            "Recep Tayyip Erdogan met Donald Trump in 2018. On Dec. 14, 2018, the Turkish"
            " president complained by phone about the American troops in Syria.",
            date(2018, 12, 14),
        ),
        # a time set beside the noun is its own, whatever verb the parse hangs it on
        (
            "On Dec. 14, 2018, Recep Tayyip Erdogan phoned Donald Trump. After another call, on"
            ' Dec. 23, which the American called "long and productive", Ankara announced that'
            " Trump would visit Turkey in 2019.",
            date(2018, 12, 23),
        ),
    ],
)
def test_the_day_a_call_is_told_on(extract, text: str, expected: date) -> None:
    calls = [e.time.start for e in extract(text, date(2020, 11, 14)).encounters if e.kind == "call"]
    assert calls[-1] == expected, calls


def test_a_refusal_to_come_told_in_a_call_is_not_the_call_s(extract) -> None:
    text = (
        "Narendra Modi met Vladimir Putin in 2022. On Aug. 28, 2023, Putin telephoned Modi to say"
        " he would not come to the summit in New Delhi on Sept. 9-10."
    )
    found = sorted((e.kind, e.status) for e in extract(text, date(2024, 10, 25)).encounters)
    assert ("call", "held") in found and ("meeting", "declined") in found, found


def test_not_meeting_until_a_day_is_meeting_that_day(extract) -> None:
    text = (
        "Narendra Modi met Vladimir Putin in 2019. They did not meet face to face again until"
        " Sept. 16, 2022, in Samarkand."
    )
    found = [(e.status, str(e.time.start)) for e in extract(text, date(2024, 10, 25)).encounters]
    assert ("held", "2022-09-16") in found, found


def test_received_not_in_one_place_but_at_another_is_received_there(extract) -> None:
    text = (
        "Olaf Scholz met Xi Jinping in 2022. On April 16, 2024, Xi received the chancellor not in"
        " the Great Hall but at the Diaoyutai State Guesthouse, a walled park of lakes and"
        " pavilions in the west of Beijing."
    )
    found = [(e.status, str(e.time.start)) for e in extract(text, date(2024, 11, 16)).encounters]
    assert ("held", "2024-04-16") in found, found


def test_a_meeting_that_had_been_scheduled_and_ran_long_was_held(extract) -> None:
    text = (
        "Joe Biden met Luiz Inácio Lula da Silva in 2023. The Oval Office meeting on Feb. 10, 2023,"
        " had been scheduled for 15 minutes and ran well over an hour."
    )
    found = [(e.status, str(e.time.start)) for e in extract(text, date(2024, 11, 20)).encounters]
    assert ("held", "2023-02-10") in found and all(s == "held" for s, _ in found), found


def test_an_invitation_not_taken_up_is_declined(extract) -> None:
    text = (
        "Luiz Inácio Lula da Silva met Joe Biden in 2023. In a call at the end of July, Lula asked"
        " Biden to join a gathering on defending democracy that he was co-hosting in New York on"
        " Sept. 24. Biden did not take it up; Washington sent a representative instead."
    )
    found = [(e.status, _where(e)) for e in extract(text, date(2024, 11, 20)).encounters]
    assert ("declined", "New York City") in found, found


def test_a_section_without_a_time_goes_on_from_the_heading_before_not_its_flashback(
    extract,
) -> None:
    text = (
        "## Arlington, June 2010\n\nOn June 24 Barack Obama took Dmitry Medvedev to a burger"
        " bar, a place Obama had tried with Joe Biden the year before.\n\n## Lisbon, then"
        " Deauville\n\nIn November the Russian president travelled to Lisbon, and on Nov. 20 he"
        " sat down there with Obama."
    )
    found = [str(e.time.start)[:7] for e in extract(text, date(2012, 5, 22)).encounters if e.time]
    assert "2010-11" in found and "2009-11" not in found, found


def test_the_two_leaders_under_one_leader_s_capital_are_the_article_s_pair(extract) -> None:
    text = (
        "Kim Jong Un and Xi Jinping met five times in fifteen months.\n\n"
        "## Beijing (January 2019)\n\n"
        "Kim arrived on January 8, 2019, while a second summit with Donald Trump was being"
        " arranged. The two leaders talked at the Great Hall of the People."
    )
    found = [
        (sorted(p.actor.name for p in e.participants), _where(e))
        for e in extract(text, date(2019, 9, 10)).encounters
        if "two leaders" in e.evidence[0].text
    ]
    assert found == [(["Kim Jong Un", "Xi Jinping"], "Great Hall of the People")], found


def test_a_length_expected_is_no_plan_that_fell_through_and_gives_way_to_the_length_run(
    extract,
) -> None:
    text = (
        "Donald Trump and Vladimir Putin met on July 7, 2017, at the G20 summit in Hamburg. The"
        " talks had been expected to last about half an hour; they ran to two hours and 15"
        " minutes."
    )
    found = [(e.status, e.duration_minutes) for e in extract(text, date(2020, 4, 2)).encounters]
    assert found == [("held", 135)], found


def test_a_second_conversation_the_same_evening_is_an_encounter_of_its_own(extract) -> None:
    text = (
        "Donald Trump and Vladimir Putin held talks on July 7, 2017, at the G20 summit in"
        " Hamburg. That evening, at the leaders' dinner, Trump left his seat and joined Putin"
        " for a second conversation."
    )
    found = sorted(e.format for e in extract(text, date(2020, 4, 2)).encounters)
    assert found == ["formal", "informal"], found


def test_a_place_a_time_counts_from_is_not_where_they_met(extract) -> None:
    text = (
        "## Helsinki, Finland, July 2018\n\nOn July 16, the day after the World Cup final in"
        " Moscow, Donald Trump and Vladimir Putin sat down in the palace for a one-on-one."
    )
    found = [_where(e) for e in extract(text, date(2020, 4, 2)).encounters]
    assert found == ["Helsinki"], found


def test_a_summit_held_elsewhere_is_not_the_plan_floated_for_another_place(extract) -> None:
    text = (
        "## Helsinki, Finland, July 2018\n\nIn March 2018 Donald Trump phoned Vladimir Putin."
        " He also floated a meeting at the White House. It was Helsinki that got the summit."
        " On July 16 the two sat down for a one-on-one."
    )
    found = [(e.status, _where(e)) for e in extract(text, date(2020, 4, 2)).encounters]
    assert ("proposed", "White House") in found, found
    assert ("held", "Helsinki") in found, found


def test_a_held_encounter_retold_in_a_quotation_is_the_one_just_told(extract) -> None:
    text = (
        "## Helsinki, Finland, July 2018\n\nVladimir Putin won a new term in March 2018. Two"
        ' days later, Donald Trump phoned to congratulate him. "I had a call with President'
        ' Putin and congratulated him on the victory," he told reporters.'
    )
    found = [(e.kind, str(e.time.start)[:7]) for e in extract(text, date(2020, 4, 2)).encounters]
    assert found == [("call", "2018-03")], found


def test_the_two_countries_and_their_are_no_two_leaders(extract) -> None:
    text = (
        "Anthony Albanese met Xi Jinping in Rio. It came a decade after the two countries signed"
        " their partnership during Xi's 2014 visit to Australia, when Tony Abbott was prime"
        " minister."
    )
    found = sorted(
        (str(e.time.start)[:4], sorted(p.actor.name for p in e.participants))
        for e in extract(text, date(2024, 11, 21)).encounters
    )
    assert ("2014", ["Tony Abbott", "Xi Jinping"]) in found, found


def test_a_meeting_no_longer_in_the_plans_is_the_one_agreed_called_off(extract) -> None:
    text = (
        "On Feb. 20, Joe Biden and Vladimir Putin accepted the principle of a meeting. The next"
        " day the White House made clear that a meeting was no longer in the plans."
    )
    found = [
        (e.status, str(e.time.start)[:7]) for e in extract(text, date(2022, 11, 16)).encounters
    ]
    assert found == [("cancelled", "2022-02")], found


def test_a_refusal_told_with_its_own_summit_is_about_that_summit(extract) -> None:
    text = (
        "The annual summit of Narendra Modi and Vladimir Putin, due in Moscow that December, was"
        " put off. On Aug. 28, 2023, Putin telephoned Modi to say he would not come to the"
        " summit in New Delhi on Sept. 9-10."
    )
    found = sorted(
        (e.status, _where(e) or "")
        for e in extract(text, date(2024, 7, 20)).encounters
        if e.kind != "call"
    )
    assert found == [("declined", "New Delhi"), ("postponed", "Moscow")], found


def test_talking_with_only_interpreters_present_is_talking_together(extract) -> None:
    text = (
        "Shinzo Abe welcomed Vladimir Putin to Nagato on Dec. 15, 2016. The leaders talked into"
        " the night, partly with only interpreters present."
    )
    found = [e.evidence[-1].text for e in extract(text, date(2019, 9, 9)).encounters]
    assert any("talked into the night" in text for text in found), found


def test_acting_together_on_the_sidelines_is_meeting_there(extract) -> None:
    text = (
        "In September 2016, at the Eastern Economic Forum in Vladivostok, Shinzo Abe addressed"
        " Vladimir Putin from the podium. On the sidelines, the two men fixed the date for"
        " Yamaguchi."
    )
    found = [(e.kind, e.status, _where(e)) for e in extract(text, date(2019, 9, 9)).encounters]
    assert ("meeting", "held", "Vladivostok") in found, found


def test_a_step_counted_from_a_place_told_before_counts_from_that_time(extract) -> None:
    text = (
        "On Dec. 15, 2016, Shinzo Abe waited at an inn in the spa town of Nagato for Vladimir"
        " Putin. They met that night. Four months after Nagato, Abe was back in the Russian"
        " capital."
    )
    found = [
        (e.kind, str(e.time.start)[:7], _where(e))
        for e in extract(text, date(2019, 9, 9)).encounters
    ]
    assert ("visit", "2017-04", "Moscow") in found, found


def test_a_time_set_just_before_a_when_clause_dates_what_the_clause_tells(extract) -> None:
    text = (
        "## Da Nang, 2017\n\nBy November, when Donald Trump and Vladimir Putin flew to Vietnam"
        " for the APEC summit, Moscow had been saying for days that a meeting was being"
        " prepared."
    )
    found = [str(e.time.start)[:7] for e in extract(text, date(2020, 4, 2)).encounters if e.time]
    assert "2017-11" in found, found


def test_the_chancellery_is_in_the_chancellor_s_capital(extract) -> None:
    text = (
        "BERLIN, Nov. 18 - Barack Obama met Angela Merkel on Thursday. In July 2008 the"
        " chancellor received the candidate at the chancellery for talks."
    )
    found = [
        (str(e.time.start)[:7], _where(e)) for e in extract(text, date(2016, 11, 18)).encounters
    ]
    assert ("2008-07", "Berlin") in found, found


def test_a_call_that_went_to_someone_is_no_journey(extract) -> None:
    text = (
        "OTTAWA, Nov. 10 - Joe Biden's first call to a foreign leader as president-elect went to"
        " Justin Trudeau on Monday."
    )
    found = [e.kind for e in extract(text, date(2020, 11, 10)).encounters]
    assert found == ["call"], found


def test_an_offer_to_fly_down_with_an_aide_is_a_trip_to_the_other_leader(extract) -> None:
    text = (
        "On May 25, 2018 Justin Trudeau and Donald Trump spoke by phone. In the same conversation"
        " the prime minister offered to fly down with Chrystia Freeland, his foreign minister,"
        " to close a NAFTA deal. The trip was called off."
    )
    found = sorted(
        (e.kind, e.status, sorted(p.actor.name for p in e.participants))
        for e in extract(text, date(2020, 11, 10)).encounters
    )
    assert ("visit", "cancelled", ["Donald Trump", "Justin Trudeau"]) in found, found


def test_a_name_called_a_name_on_a_day_is_a_phone_call(extract) -> None:
    text = (
        "Donald Trump met Moon Jae-in in June. Trump called Moon on the night of May 10, 2017,"
        " the day the former human rights lawyer was sworn in."
    )
    found = [
        (e.kind, str(e.time.start) if e.time else None)
        for e in extract(text, date(2022, 5, 10)).encounters
    ]
    assert ("call", "2017-05-10") in found, found
    # ... also when the parse hangs the day on the verb that follows
    text = (
        "Donald Trump met Moon Jae-in in 2019. On March 24, 2020, as the coronavirus spread,"
        " Trump called Moon and asked for help with medical equipment."
    )
    found = [
        (e.kind, e.status, str(e.time.start) if e.time else None)
        for e in extract(text, date(2022, 5, 10)).encounters
    ]
    assert ("call", "held", "2020-03-24") in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The BRICS summit in Kazan in late October should have brought the two leaders together.",
        "In October the two leaders would have met in Kazan, but Lula fell ill.",
    ],
)
def test_what_would_have_happened_was_called_off(extract, sentence: str) -> None:
    text = "Luiz Inácio Lula da Silva met Xi Jinping in 2023. " + sentence
    found = [
        e.status
        for e in extract(text, date(2024, 11, 21)).encounters
        if e.time and e.time.start.year == 2024
    ]
    assert found == ["cancelled"], found


def test_the_city_an_event_is_named_by_places_what_happened_at_it(extract) -> None:
    text = (
        "Shinzo Abe met Vladimir Putin in 2013. When Barack Obama stayed away from the opening of"
        " the Sochi Winter Olympics in February 2014, the Japanese prime minister sat in the"
        " stands, and the day after the ceremony his host received him for talks over lunch."
    )
    found = [(str(e.time.start)[:7], _where(e)) for e in extract(text, date(2019, 9, 9)).encounters]
    assert ("2014-02", "Sochi") in found, found


def test_a_virtual_summit_is_held_over_a_screen(extract) -> None:
    text = (
        "Fumio Kishida met Joe Biden in Glasgow in November 2021. On Jan. 21, 2022, the two"
        " leaders held a virtual summit that lasted about 80 minutes."
    )
    found = [(e.kind, _where(e)) for e in extract(text, date(2024, 9, 23)).encounters]
    assert ("call", None) in found, found


def test_bringing_a_thing_to_the_other_s_seat_is_a_visit(extract) -> None:
    text = (
        "Fumio Kishida met Joe Biden in Tokyo in May 2022.\n\nThe prime minister brought the plan"
        " to the White House on Jan. 13, 2023."
    )
    found = [(e.kind, str(e.time.start)) for e in extract(text, date(2024, 9, 23)).encounters]
    assert ("visit", "2023-01-13") in found, found


def test_two_leaders_who_stood_together_met(extract) -> None:
    text = (
        "Emmanuel Macron met Volodymyr Zelenskyy in Paris in 2019. On June 6, 2024 the two men"
        " stood together at the international ceremony at Omaha Beach."
    )
    found = [str(e.time.start) for e in extract(text, date(2024, 6, 8)).encounters if e.time]
    assert "2024-06-06" in found, found


def test_watching_a_parade_at_someone_s_side_is_meeting_them(extract) -> None:
    text = (
        "Benjamin Netanyahu met Vladimir Putin in Sochi in 2017. On May 9, 2018, Netanyahu"
        " watched the Victory Day parade on Red Square at Putin's side."
    )
    found = [str(e.time.start) for e in extract(text, date(2020, 2, 3)).encounters if e.time]
    assert "2018-05-09" in found, found


def test_a_paragraph_under_a_heading_reads_the_names_before_the_heading(extract) -> None:
    text = (
        "Hu Jintao and Barack Obama met in London.\n\n## Seoul, November 2010\n\n"
        "Currency again dominated their meeting on Nov. 11, 2010, in Seoul."
    )
    days = [e.time.start for e in extract(text, D).encounters if e.time]
    assert date(2010, 11, 11) in days


def test_a_one_word_name_one_travels_to_is_a_place_and_a_clause_about_a_venue_no_place(
    extract,
) -> None:
    text = (
        "Keir Starmer travelled to Turnberry on July 28 for formal talks with Donald Trump in"
        " the clubhouse, where Gaza and Ukraine were on the agenda."
    )
    encounters = extract(text, date(2025, 9, 19)).encounters
    people = {p.actor.name for e in encounters for p in e.participants}
    assert people == {"Keir Starmer", "Donald Trump"}
    assert all(e.place is None or e.place.name != "Gaza" for e in encounters)


def test_a_bare_weekday_in_a_section_set_in_a_past_month_is_in_that_month(extract) -> None:
    text = (
        "## Vilnius, July 2023\n\nRecep Tayyip Erdoğan and Joe Biden spoke by phone on the"
        " Sunday before the summit. On July 11 the two presidents met in Vilnius."
    )
    months = sorted(
        (e.time.start.year, e.time.start.month)
        for e in extract(text, date(2024, 7, 12)).encounters
        if e.time
    )
    assert months == [(2023, 7), (2023, 7)]


def test_a_date_of_another_event_does_not_date_the_encounter(extract) -> None:
    text = (
        "In August 2016, weeks after the failed coup attempt of July 15, Joe Biden flew to"
        " Ankara and met Recep Tayyip Erdoğan."
    )
    [encounter] = extract(text, date(2024, 7, 12)).encounters
    assert encounter.time is not None and encounter.time.start.month == 8


def test_a_paragraph_of_pronouns_after_the_leaders_were_named_is_read(extract) -> None:
    text = (
        "Joe Biden called Giorgia Meloni on June 26.\n\nThe White House said little more.\n\n"
        "## Vilnius, July 2023\n\nThe date was announced while the summit went on. In Vilnius"
        " she joined him for dinner."
    )
    months = [e.time.start for e in extract(text, date(2025, 1, 19)).encounters if e.time]
    assert any(m.month == 7 for m in months), months


def test_what_would_not_harm_a_planned_trip_leaves_it_on(extract) -> None:
    text = (
        "On Sept. 22 Hu Jintao and Barack Obama met on the sidelines of the UN General Assembly."
        " Both sides insisted the tariff dispute would not derail the coming trip."
    )
    statuses = {e.status for e in extract(text, date(2012, 11, 10)).encounters}
    assert "declined" not in statuses and "held" in statuses


def test_by_the_time_they_met_tells_a_meeting_held_on_the_date_beside_it(extract) -> None:
    text = (
        "Hu Jintao and Barack Obama first met in London. By the time they met again, on June 26,"
        " 2010, at the G20 in Toronto, Beijing had announced a change to its currency policy."
    )
    found = [
        (e.status, e.time.start)
        for e in extract(text, date(2012, 11, 10)).encounters
        if e.place is not None and e.place.name == "Toronto" and e.time is not None
    ]
    assert found == [("held", date(2010, 6, 26))]


def test_an_encounter_a_time_is_counted_from_is_no_new_one(extract) -> None:
    text = (
        "On March 7, 2020, Donald Trump hosted Jair Bolsonaro for dinner at Mar-a-Lago. Three"
        " weeks after the dinner, on the morning of April 1, Bolsonaro telephoned Trump."
    )
    found = sorted(
        (e.kind, e.time.start.month) for e in extract(text, date(2020, 12, 16)).encounters if e.time
    )
    assert found == [("call", 4), ("meeting", 3)]
