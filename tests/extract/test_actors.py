"""Sentence table for actor mentions: names, titles by date, groups and pronouns."""

from __future__ import annotations

from datetime import date

import pytest

from parley.model import Article
from parley.pipeline import ArticleState


def mentions(pipeline, text: str, published: date) -> list[tuple[str, list[str], str]]:
    state = ArticleState(Article("t", text, published=published))
    for stage in pipeline.stages:
        stage.run([state])
        if stage.name == "actors":
            break
    return [(text[m.start : m.end], [a.name for a in m.actors], m.how) for m in state.mentions]


# (text, publication date, words, the actors they resolve to)
CASES = [
    ("Putin met Zelensky.", date(2019, 12, 9), "Zelensky", ["Volodymyr Zelenskyy"]),
    ("The US president spoke.", date(2018, 6, 1), "The US president", ["Donald Trump"]),
    ("The US president spoke.", date(2022, 6, 1), "The US president", ["Joe Biden"]),
    ("The French leader arrived.", date(2019, 8, 19), "The French leader", ["Emmanuel Macron"]),
    (
        "Merkel met his Russian counterpart.",
        date(2017, 5, 2),
        "his Russian counterpart",
        ["Vladimir Putin"],
    ),
    (
        "Xi Jinping met Joe Biden. The pair talked.",
        date(2023, 11, 16),
        "The pair",
        ["Xi Jinping", "Joe Biden"],
    ),
    # "the Soviet leader" in November 1985: the one of those named who held it then
    (
        "Mikhail Gorbachev took over in March 1985, when Konstantin Chernenko died.\n\n"
        "## Geneva, November 1985\n\n"
        "In Geneva the Soviet leader met Ronald Reagan.",
        date(2004, 6, 12),
        "the Soviet leader",
        ["Mikhail Gorbachev"],
    ),
    # "Last month" in a wire story dates the title told after it
    (
        "MEXICO CITY, Sept. 30 (Reuters) - Andrés Manuel López Obrador hands power to Claudia"
        " Sheinbaum on Tuesday.\n\n"
        'Last month the Mexican president announced a "pause" in dealings with the embassy.',
        date(2024, 9, 30),
        "the Mexican president",
        ["Andrés Manuel López Obrador"],
    ),
    # a date later in the sentence dates the title before it
    (
        "BEIJING, Nov. 10 - Hu Jintao gave his last speech. Two days earlier, Barack Obama had"
        " won a second term.\n\n"
        "It started on the phone. The Chinese leader reached the president-elect on Nov. 8,"
        " 2008, to offer congratulations.",
        date(2012, 11, 10),
        "the president-elect",
        ["Barack Obama"],
    ),
    # a leader named in full is the same man by his surname before taking office
    (
        "Donald Trump and Benjamin Netanyahu have met often.\n\n"
        "In December 2015 Trump announced a trip to Israel.",
        date(2020, 9, 16),
        "Trump",
        ["Donald Trump"],
    ),
    # a flashback's time is not the time its paragraph is set in
    (
        "Donald Trump first met Justin Trudeau on Feb. 13, 2017. The two men had spoken in"
        " November 2016. The president said he was pleased.",
        date(2020, 1, 1),
        "The president",
        ["Donald Trump"],
    ),
    # "the president-elect" is who holds the office once sworn in
    (
        "Barack Obama won the election on Nov. 4. On Saturday the president-elect spoke with"
        " Dmitry Medvedev.",
        date(2008, 11, 17),
        "the president-elect",
        ["Barack Obama"],
    ),
    # a given name spelt another way before a leader's family name is that leader
    (
        "Vladimir Putin met Alexander Lukashenko in Sochi.",
        date(2020, 9, 14),
        "Alexander Lukashenko",
        ["Aleksandr Lukashenko"],
    ),
    # the father, about to take office, not the son whose alias "George Bush" also is
    (
        "In December 1988 Mikhail Gorbachev lunched with Ronald Reagan and George Bush.",
        date(2004, 6, 12),
        "George Bush",
        ["George H. W. Bush"],
    ),
    # the same bare surname once the article has named the leader in full
    (
        "Federico Franco took office in 2012. Franco spoke.",
        date(2021, 4, 23),
        "Franco",
        ["Federico Franco"],
    ),
    # a leader's household by the family name
    ("Abe dined with the Trumps.", date(2019, 4, 27), "Trumps", ["Donald Trump"]),
    # "the President" after "former President Obama" is the sitting one
    (
        "Biden reunited with former President Obama. Then the President left.",
        date(2021, 4, 23),
        "the President",
        ["Joe Biden"],
    ),
    ("Prime Minister Kishida Fumio spoke.", date(2023, 8, 18), "Kishida Fumio", ["Fumio Kishida"]),
    (
        "Kim Jong Un wrote to Donald Trump. Kim was pleased.",
        date(2019, 6, 1),
        "Kim",
        ["Kim Jong Un"],
    ),
    # a middle name the knowledge base does not hold
    ("President George Manneh Weah spoke.", date(2022, 12, 14), "Weah", ["George Weah"]),
    # an Arabic article joined to the family name by a hyphen, capitalised
    ("Prime Minister Al-Kadhimi spoke.", date(2021, 7, 26), "Al-Kadhimi", ["Mustafa al-Kadhimi"]),
    # "Amir" is the emir's title, not a name of his
    (
        "Biden met Amir Sheikh Tamim Bin\nHamad Al-Thani.",
        date(2022, 1, 31),
        "Tamim Bin\nHamad Al-Thani",
        ["Tamim bin Hamad Al Thani"],
    ),
    # an international organisation's head by the title the knowledge base holds
    (
        "Biden met NATO Secretary General Jens\nStoltenberg.",
        date(2023, 2, 22),
        "Jens\nStoltenberg",
        ["Jens Stoltenberg"],
    ),
    # a known person under an official's title, years before or after their own office
    (
        "Biden met Foreign Minister Ignazio Cassis of Switzerland.",
        date(2021, 6, 15),
        "Ignazio Cassis",
        ["Ignazio Cassis"],
    ),
    # a month or a weekday that opens the sentence before the name
    ("In February Joe Biden met him.", date(2024, 11, 13), "Joe Biden", ["Joe Biden"]),
    # a story told years later: "the Russian leader" is the Russian leader it has named, not
    # the one in office at publication
    (
        "In June 2001 George W. Bush met Vladimir Putin. Bush invited the Russian leader to Texas.",
        date(2008, 12, 15),
        "the Russian leader",
        ["Vladimir Putin"],
    ),
    # but not one the text names as a former leader
    (
        "Former President Barack Obama spoke. Then the US president spoke.",
        date(2022, 6, 1),
        "the US president",
        ["Joe Biden"],
    ),
    # someone outside the knowledge base, named across a wrapped line, is shown on one
    ("Biden called Mayor Eric\nAdams on Monday.", date(2022, 1, 10), "Eric\nAdams", ["Eric Adams"]),
    # the word after a dateline opens the sentence: "When" is no part of the name
    (
        "BEIJING, Sept. 10 - When Kim Jong Un arrived, Xi Jinping met him.",
        date(2025, 9, 10),
        "Kim Jong Un",
        ["Kim Jong Un"],
    ),
    # a family name two named leaders share is the one's in office at the time told
    (
        "Kim Jong Il died in 2011. In 2018 his son Kim Jong Un met Xi Jinping. Kim was pleased.",
        date(2018, 4, 1),
        "Kim",
        ["Kim Jong Un"],
    ),
    # ... and of two in office, the one named last
    (
        "Li Keqiang retired in March. Xi sent his new premier, Li Qiang. Albanese met Li.",
        date(2023, 9, 10),
        "Li",
        ["Li Qiang"],
    ),
    # a name at a paragraph's start is no part of the run that ended the paragraph before
    (
        "Kim Jong Un met Xi Jinping in March. He thanked Xi.\n\nKim had brought his wife.",
        date(2018, 3, 28),
        "Kim",
        ["Kim Jong Un"],
    ),
    # a short name that ends a sentence is no abbreviation ("Mr.", "Sept.")
    ("Shinzo Abe spoke. Trump met Abe.", date(2017, 2, 10), "Abe", ["Shinzo Abe"]),
    # a name the tagger takes for a firm is a person when an official's title stands beside it
    (
        "Lula followed the vote through Celso Amorim, his chief foreign-policy adviser, whom he"
        " had sent to Caracas. Amorim told reporters it went well.",
        date(2024, 11, 20),
        "Amorim",
        ["Celso Amorim"],
    ),
    # a pronoun opening the sentence after a named subject votes for that one's gender, and
    # one in another's clause ("in office when he arrived") does not
    (
        "Barack Obama landed in Berlin. Angela Merkel, in office when he arrived in the White"
        " House, would not be drawn. She was more open later. Obama met her at the chancellery.",
        date(2016, 11, 18),
        "her",
        ["Angela Merkel"],
    ),
    # "the president" is the last of that title named who is in office at the time told
    (
        "Donald Trump met Justin Trudeau in 2017. In November 2018 Enrique Peña Nieto signed the"
        " deal. In June 2019 the prime minister came back. The president promised help.",
        date(2020, 11, 10),
        "The president",
        ["Donald Trump"],
    ),
    # a title the section names no one by is the one of that title the article names most
    (
        "## Ottawa, 2017\n\nJustin Trudeau met Donald Trump. Trudeau spoke.\n\n## London, 2019"
        "\n\nThe prime minister chatted with Mark Rutte.\n\n## Camp David, 2020\n\nThe prime"
        " minister opposed it.",
        date(2020, 11, 10),
        "The prime minister",
        ["Justin Trudeau"],
    ),
    # two named leaders joined by a hyphen ("the Trump-Kim summit") are both named
    (
        "Donald Trump met Kim Jong Un. The second Trump-Kim summit, in Hanoi, collapsed.",
        date(2022, 5, 10),
        "Kim",
        ["Kim Jong Un"],
    ),
    # an object pronoun is the sentence's other person before the sentences' subjects
    (
        "Xi stayed away. Albanese, who had met Li Qiang days earlier, saw him again.",
        date(2023, 9, 10),
        "him",
        ["Li Qiang"],
    ),
    # a nationality as a noun before a verb in the past: the leader of that country named
    (
        "Jair Bolsonaro met Donald Trump. Asked about it, the American shrugged it off.",
        date(2020, 12, 16),
        "the American",
        ["Donald Trump"],
    ),
    # the source a sentence is told by is no one in it
    (
        "Jair Bolsonaro walked into the room where Donald Trump was waiting. According to"
        " diplomats quoted by the columnist Lauro Jardim, Bolsonaro told him he loved him.",
        date(2020, 12, 16),
        "him",
        ["Donald Trump"],
    ),
    # a knight by his given name, after a month's name in one capitalised run
    (
        "Keir Starmer met Donald Trump. In March Sir Keir was on the phone to him.",
        date(2025, 9, 19),
        "Keir",
        ["Keir Starmer"],
    ),
    # "urged him to halt": "him" is no subject a later "he" goes back to
    (
        "Olaf Scholz took office. Vladimir Putin invaded. On March 4 Scholz called Putin and"
        " urged him to halt all fighting at once. Eight days later, on March 12, he and Emmanuel"
        " Macron spoke to the Russian president together.",
        date(2024, 11, 21),
        "he",
        ["Olaf Scholz"],
    ),
]


@pytest.mark.parametrize(("text", "published", "words", "names"), CASES)
def test_mention_resolves(
    pipeline, text: str, published: date, words: str, names: list[str]
) -> None:
    found = {w: n for w, n, _ in mentions(pipeline, text, published)}
    assert found.get(words) == names, found


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Hong Kong officials arrived on May 27.", date(2018, 6, 1)),
        ("The guests stayed at Trump Tower.", date(2017, 1, 1)),
        ("San Francisco hosted the summit.", date(2023, 11, 1)),
        # a bare surname that is also a city, in an article that never names the leader
        ("Before coming to Toledo in 1999, he practised law.", date(2021, 8, 23)),
        # a namesake with a title no head of state or government holds
        ("Vice President Harris met the delegation.", date(2021, 9, 22)),
        ("Vice President Harris met the delegation.", date(2024, 10, 9)),  # Taoiseach Harris
        ("Judge Scott received her degree in 1995.", date(2022, 7, 12)),
        # a reporter who shares a surname with a leader out of office for years
        ("MS. PSAKI:  Well, Franco, I would say no.", date(2021, 4, 23)),
        # a firm's name, and an initial of a leader's name
        ("Johnson & Johnson and J&J shots were shipped.", date(2021, 4, 23)),
        # a doctor's honorific: the First Lady, not the president
        ("Dr. Biden met the students.", date(2023, 3, 1)),
        # a pronoun spelled like a surname
        ("You know, they met.", date(2022, 3, 21)),
        # a square and an airport named after leaders
        ("The ceremony was held in Kim Il Sung Square.", date(2024, 6, 19)),
        ("The plane landed at Ronald Reagan Airport.", date(2024, 6, 19)),
    ],
)
def test_place_and_month_words_are_not_leaders(pipeline, text: str, published: date) -> None:
    assert [m for m in mentions(pipeline, text, published) if m[2] == "name"] == []


def test_a_name_told_as_a_building_is_no_person(pipeline) -> None:
    text = (
        "Kim asked to see Moon, and on Saturday, May 26, the South Korean president drove to"
        " Tongilgak, a building on the northern side of Panmunjom."
    )
    words = [w for w, _, _ in mentions(pipeline, text, date(2018, 6, 20))]
    assert "Tongilgak" not in words, words


def test_a_leader_s_name_word_inside_another_name_is_not_the_leader(pipeline) -> None:
    text = (
        "Donald Trump will take office on Friday. The motorcade left for John F. Kennedy"
        " airport, and the guests stayed at Trump Tower. When Trump arrives, he will speak."
    )
    found = [(w, n) for w, n, how in mentions(pipeline, text, date(2017, 1, 16)) if n]
    assert ("John", ["Donald Trump"]) not in found
    assert not any("Kennedy" in w for w, _ in found)  # an airport, not a person in the story
    assert [w for w, n in found if n == ["Donald Trump"]] == ["Donald Trump", "Trump", "he"]


def test_pronoun_follows_the_gender_the_article_shows(pipeline) -> None:
    text = (
        "Angela Merkel said she was ready. Donald Trump said he would come.\n\n"
        "Trump met Merkel in Hamburg, and she thanked him."
    )
    found = [(w, n) for w, n, how in mentions(pipeline, text, date(2017, 7, 8)) if how == "pronoun"]
    assert ("she", ["Angela Merkel"]) in found
    assert ("him", ["Donald Trump"]) in found


def test_she_is_the_woman_the_article_sets_beside_a_name_not_a_capital(pipeline) -> None:
    text = (
        "Moon Jae-in met the delegation. Kim's sister, Kim Yo Jong, came to lunch at the Blue"
        " House. She carried a letter.\n\nLater she said talks were possible if Seoul changed"
        " course."
    )
    found = [
        (w, n) for w, n, how in mentions(pipeline, text, date(2018, 2, 12)) if how == "pronoun"
    ]
    assert found and all(n == ["Kim Yo Jong"] for w, n in found), found


def test_the_four_leaders_are_the_last_four_named(pipeline) -> None:
    text = (
        "Emmanuel Macron and Angela Merkel brought Vladimir Putin together with Volodymyr"
        " Zelenskyy in Paris. The four leaders agreed to meet again."
    )
    groups = [n for w, n, how in mentions(pipeline, text, date(2019, 12, 10)) if how == "group"]
    assert [set(g) for g in groups] == [
        {"Emmanuel Macron", "Angela Merkel", "Vladimir Putin", "Volodymyr Zelenskyy"}
    ], groups


def test_a_line_break_ends_a_title_in_a_list_of_signatures(pipeline) -> None:
    text = (
        "Prime Minister James Marape of the Independent State of Papua New\nGuinea  \n"
        "President Surangel S. Whipps, Jr. of the Republic of Palau  \n"
    )
    names = {n for _, found, _ in mentions(pipeline, text, date(2022, 9, 29)) for n in found}
    assert "James Marape" in names and "Surangel Whipps Jr." in names
    assert "Mamady Doumbouya" not in names  # "Guinea  \nPresident" is not Guinea's president


def test_they_means_the_leaders_named_just_before_not_pages_before(pipeline) -> None:
    far = "The weather was calm. " * 30
    text = "Joe Biden met Xi Jinping in Bali. " + far + "They said the rules were clear."
    groups = [n for w, n, how in mentions(pipeline, text, date(2022, 11, 15)) if how == "group"]
    assert groups == []
    near = "Joe Biden met Xi Jinping in Bali. They said the talks were candid."
    groups = [n for w, n, how in mentions(pipeline, near, date(2022, 11, 15)) if how == "group"]
    assert groups == [["Joe Biden", "Xi Jinping"]]


@pytest.mark.parametrize(
    "text",
    [
        "President Biden met our vice president, Kamala Harris. Later, Harris spoke with him.",
        "President Biden met Prime Minister Modi. Kamala Harris joined. Harris spoke with him.",
        "President Biden met Prime Minister Modi. Vice-President Harris spoke with him.",
    ],
)
def test_a_bare_family_name_of_someone_named_in_full_is_not_a_namesake_leader(
    pipeline, text: str
) -> None:
    found = {w: n for w, n, _ in mentions(pipeline, text, date(2024, 7, 6))}
    assert found.get("Harris") != ["Simon Harris"], found  # the Taoiseach from April 2024


def test_he_in_a_clause_set_before_the_main_one_is_its_named_subject(pipeline) -> None:
    text = (
        "Barack Obama spoke to Hassan Rouhani in 2013. A few days before he flew to New York,"
        " Rouhani published an article."
    )
    found = [n for w, n, _ in mentions(pipeline, text, date(2017, 1, 16)) if w == "he"]
    assert found == [["Hassan Rouhani"]], found


def test_an_indefinite_title_is_any_holder_not_one(pipeline) -> None:
    text = "No relationship an American president has had was closer."
    assert mentions(pipeline, text, date(2025, 1, 25)) == []


def test_the_leaders_of_two_countries_are_those_the_text_named(pipeline) -> None:
    text = (
        "Barack Obama spoke to Hassan Rouhani. It was the first conversation between the"
        " leaders of the United States and Iran since 1979."
    )
    groups = [n for w, n, how in mentions(pipeline, text, date(2013, 9, 28)) if how == "title"]
    assert groups == [["Barack Obama", "Hassan Rouhani"]], groups


def test_a_given_name_someone_else_is_named_by_in_full_is_not_the_leader_s(pipeline) -> None:
    text = (
        "Vladimir Putin released Vladimir Kara-Murza. Joe Biden spoke with Paul, Alsu and"
        " Vladimir on the tarmac."
    )
    found = {w: n for w, n, _ in mentions(pipeline, text, date(2024, 8, 1)) if w == "Vladimir"}
    assert found.get("Vladimir") != ["Vladimir Putin"], found


def test_they_after_two_envoys_are_the_envoys_not_the_pair(pipeline) -> None:
    text = (
        "Moon Jae-in met Kim Jong Un three times. In March, Moon sent his adviser, Chung"
        " Eui-yong, and his spy chief, Suh Hoon, to Pyongyang. They returned with a deal."
    )
    groups = [n for w, n, how in mentions(pipeline, text, date(2022, 5, 9)) if w == "They"]
    assert groups == [], groups


def test_a_government_s_capitalised_the_president_is_its_own(pipeline) -> None:
    text = (
        "Today's visit honours President Rivlin of Israel. We look forward to it, and the"
        " President will speak with him at noon."
    )
    article = Article(
        "t", text, published=date(2021, 6, 28), url="https://www.whitehouse.gov/briefings/"
    )
    state = ArticleState(article)
    for stage in pipeline.stages:
        stage.run([state])
        if stage.name == "actors":
            break
    called = [m for m in state.mentions if text[m.start : m.end] == "the President"]
    assert [a.name for a in called[0].actors] == ["Joe Biden"], called


def test_one_country_s_leadership_is_not_the_pair_they_means() -> None:
    from parley.extract.actors import Mention
    from parley.extract.coreference import last_pair
    from parley.model import Actor

    biden = Actor("Q6279", "Joe Biden", "person", "US")
    bennett = Actor("Q2439530", "Naftali Bennett", "person", "IL")
    rivlin = Actor("Q57386", "Reuven Rivlin", "person", "IL")
    named = [Mention(0, 5, (biden,), "name"), Mention(40, 47, (bennett,), "name")]
    named.append(Mention(90, 96, (rivlin,), "name"))  # "President Rivlin", just after Bennett
    assert {a.name for a in last_pair(named)} == {"Joe Biden", "Reuven Rivlin"}


def test_a_section_opening_with_her_means_the_pair_s_woman(pipeline) -> None:
    text = (
        "## Minsk, 2015\n\nAngela Merkel said she was tired. Merkel met Vladimir Putin, and"
        " Putin spoke later.\n\n## Moscow, May 2015\n\nPutin had invited her to the parade."
    )
    state = ArticleState(Article("t", text, published=date(2021, 9, 20)))
    for stage in pipeline.stages:
        stage.run([state])
        if stage.name == "actors":
            break
    at = text.rindex("her")
    found = [[a.name for a in m.actors] for m in state.mentions if m.start == at]
    assert found == [["Angela Merkel"]], found


def test_they_after_a_group_of_four_is_that_group(pipeline) -> None:
    text = (
        "Angela Merkel, François Hollande, Petro Poroshenko and Vladimir Putin spoke by phone."
        " The four had first met in Normandy in June 2014.\n\nOn Wednesday they gathered in"
        " Minsk."
    )
    found = [(w, sorted(n)) for w, n, how in mentions(pipeline, text, date(2021, 9, 20))]
    assert found[-2:] == [
        ("The four", ["Angela Merkel", "François Hollande", "Petro Poroshenko", "Vladimir Putin"]),
        ("they", ["Angela Merkel", "François Hollande", "Petro Poroshenko", "Vladimir Putin"]),
    ], found


def test_a_title_in_a_story_retold_names_whoever_held_it_when_the_story_is_set(
    pipeline,
) -> None:
    text = (
        "## The first visit\n\n"
        "In September 2012 Shinzo Abe flew to Beijing. The Chinese president received him.\n\n"
        "## Today\n\n"
        "The Chinese president spoke on Monday."
    )
    found = [n for w, n, _ in mentions(pipeline, text, date(2024, 11, 20)) if "president" in w]
    assert found == [["Hu Jintao"], ["Xi Jinping"]], found


def test_its_president_is_no_leader_of_the_story(pipeline) -> None:
    text = (
        "Angela Merkel and Nicolas Sarkozy met the bank's board in October 2010, and its"
        " president told them they were wrong."
    )
    found = [w for w, _, how in mentions(pipeline, text, date(2011, 1, 1)) if how == "title"]
    assert found == [], found
