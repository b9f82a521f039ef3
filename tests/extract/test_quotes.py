"""Sentence table for quote attribution: the speaker of every quoted passage."""

from __future__ import annotations

from datetime import date

import pytest

D = date(2019, 7, 1)


# (text, quoted words (a substring), speaker's name or None)
CASES = [
    # single quotation marks, as British style writes them; apostrophes are no marks
    (
        "Joe Biden met Anthony Albanese's team. Biden was careful. The boats, he stressed, would"
        " be \u2018nuclear-powered, not nuclear-armed\u2019.",
        "nuclear-powered",
        "Joe Biden",
    ),
    (
        "Anthony Albanese, who had met Narendra Modi's team, declared: 'Prime Minister Modi is the"
        " boss.'",
        "is the boss",
        "Anthony Albanese",
    ),
    ("“We had a great meeting,” Donald Trump said.", "great meeting", "Donald Trump"),
    ("“We had a great meeting,” said Donald Trump.", "great meeting", "Donald Trump"),
    (
        '"This is a historic day," Kim Jong Un said through an interpreter.',
        "historic day",
        "Kim Jong Un",
    ),
    (
        "Vladimir Putin told reporters: “The talks were useful.”",
        "talks were useful",
        "Vladimir Putin",
    ),
    ("Xi Jinping said, “China does not seek confrontation.”", "does not seek", "Xi Jinping"),
    (
        "Emmanuel Macron called the talks “frank and direct” after the dinner.",
        "frank and direct",
        "Emmanuel Macron",
    ),
    (
        "Barack Obama met Vladimir Putin in New York. Obama was blunt afterwards.\n\n"
        "“We have differences,” he said. “Deep ones.”",
        "Deep ones",
        "Barack Obama",
    ),
    (
        "Angela Merkel spoke first. “We must keep talking,” the German chancellor said.",
        "keep talking",
        "Angela Merkel",
    ),
    ("“It was candid,” Foreign Minister Wang Yi said of the meeting.", "It was candid", "Wang Yi"),
    ("Narendra Modi wrote that the visit was “a new chapter.”", "a new chapter", "Narendra Modi"),
    # a colon hands the quote to the subject of the clause it closes, not to an earlier verb
    # of speaking
    (
        "Narendra Modi met Donald Trump in Biarritz. Pressed on Kashmir, Modi answered in Hindi,"
        " and Trump leaned in with a joke: “He actually speaks very good English.”",
        "speaks very good English",
        "Donald Trump",
    ),
    # a short sentence of its own in quotation marks, after one about its speaker
    (
        "Vladimir Putin mocked the idea. Joe Biden had the final say. “Not yet.”",
        "Not yet.",
        "Joe Biden",
    ),
]

# One sentence table a construction: (construction, text, quoted words, speaker's name or None)
CONSTRUCTIONS = [
    (
        "he said chain",
        "Xi Jinping met Joe Biden in Woodside. “We are pleased,” he said. “The world watches.”",
        "The world watches",
        "Xi Jinping",
    ),
    (
        "quote over two paragraphs",
        "Angela Merkel spoke at length.\n\n“Europe must take its fate into its own hands.\n\n"
        "“We will do so together,” she said.",
        "Europe must take its fate",
        "Angela Merkel",
    ),
    (
        "partial quote inside a sentence",
        "Vladimir Putin said the talks had been “constructive and useful” for both sides.",
        "constructive and useful",
        "Vladimir Putin",
    ),
    (
        "title before the name, inverted",
        "“The door is open,” said Foreign Minister Wang Yi after the talks.",
        "The door is open",
        "Wang Yi",
    ),
    (
        "she told reporters",
        "Angela Merkel met Donald Trump in Washington. The talks had been “very difficult,” "
        "she told reporters.",
        "very difficult",
        "Angela Merkel",
    ),
    (
        "speaker is the previous sentence's subject",
        "Narendra Modi was in high spirits. “This is a historic day for India and China.”",
        "historic day",
        "Narendra Modi",
    ),
    (
        "quote nested in another speaker's words",
        "“Kim told me, ‘We will denuclearize,’ and I believe him,” Donald Trump said.",
        "and I believe him",
        "Donald Trump",
    ),
    (
        "straight marks and a pronoun",
        'Barack Obama called Hassan Rouhani. "It was a good conversation," he said later.',
        "good conversation",
        "Barack Obama",
    ),
    (
        "participle clause takes the sentence's subject",
        "Joe Biden said the balloon was a surprise, calling such surprises "
        "“a great embarrassment for dictators”.",
        "great embarrassment",
        "Joe Biden",
    ),
    (
        "coordinated speech verb",
        "Narendra Modi flew to Ladakh and told the troops: “The era of expansionism is over.”",
        "era of expansionism",
        "Narendra Modi",
    ),
    (
        "according to",
        "According to Moon Jae-in, the summit was “a turning point for the whole peninsula.”",
        "turning point",
        "Moon Jae-in",
    ),
    (
        "quoted as saying",
        "State media quoted Xi Jinping as warning that “those who play with fire will perish.”",
        "play with fire",
        "Xi Jinping",
    ),
    (
        "his guest: the other party",
        "Joe Biden received Xi Jinping at Filoli. His guest answered that "
        "“Planet Earth is big enough for both countries.”",
        "Planet Earth",
        "Xi Jinping",
    ),
    (
        "an object in the speaker's own clause is not the speaker",
        "Xi Jinping arrived late. Greeting Joe Biden at the summit, he said through an "
        "interpreter: “I remember your trip to China well.”",
        "your trip to China",
        "Xi Jinping",
    ),
    (
        "a pronoun below the clause naming its antecedent",
        "Donald Trump waited. A reporter asked Kim Jong Un whether he was ready to talk. "
        "“If I'm not willing to do that, I won't be here,” he replied.",
        "If I'm not willing",
        "Kim Jong Un",
    ),
    (
        "gender read from the article",
        "Angela Merkel said she would stay in Berlin. Donald Trump left early. "
        "“We must be careful with one another,” she said.",
        "careful with one another",
        "Angela Merkel",
    ),
    (
        "nickname the sentence gives to its subject",
        "Donald Trump called Kim Jong Un “Little Rocket Man” at the United Nations.",
        "Little Rocket Man",
        "Donald Trump",
    ),
    (
        "speech verb list: vowed",
        "“We will never give up our land,” Volodymyr Zelenskyy vowed.",
        "never give up",
        "Volodymyr Zelenskyy",
    ),
    (
        "speaker before the verb, addressee after it",
        "Donald Trump told Kim Jong Un: “Let us make a deal for our peoples.”",
        "make a deal",
        "Donald Trump",
    ),
    (
        "a speech verb read with its particle: cut in",
        'Donald Trump met Volodymyr Zelenskyy at Trump Tower. "We have a very good'
        ' relationship," Trump said. "I hope we have more good relations," his guest cut in.',
        "more good relations",
        "Volodymyr Zelenskyy",
    ),
    (
        "a bare title in a section that names no one of it: the one the article named",
        "## London, 2002\n\nTony Blair met George W. Bush.\n\n## Hillsborough, April 2003\n\n"
        "Bush flew to Northern Ireland. \u201cThere will be a vital role for the United Nations,"
        "\u201d the prime minister said.",
        "vital role",
        "Tony Blair",
    ),
    (
        "a colon the parse hangs on the quote's own verb",
        "Tony Blair and George W. Bush met in 2001. Blair spent a weekend at the ranch. At a news"
        ' conference, his host was blunt: "the policy of my government is the removal of Saddam."',
        "removal of Saddam",
        "George W. Bush",
    ),
    (
        "a nationality used as a noun: the leader of that country named last",
        'Barack Obama met Dmitry Medvedev in Seoul. On missile defence, the American said, "this'
        ' can be solved." The Russian replied: \u201cI understand. I will transmit this'
        " information.\u201d",
        "I will transmit",
        "Dmitry Medvedev",
    ),
    (
        "words said of what someone would say are the teller's",
        "Joe Biden flew to Tel Aviv to see Benjamin Netanyahu. On the flight, John Kirby had told"
        ' reporters that Biden would ask "tough questions", but "as a friend, a true friend of'
        ' Israel".',
        "tough questions",
        "John Kirby",
    ),
    (
        "a spokesperson who reports what a leader said answers for the quoted words",
        "Emmanuel Macron phoned Vladimir Putin on Sunday. Afterwards his spokeswoman, Marie"
        ' Dupont, said Macron had warned Putin that any strike would be "a grave error".',
        "a grave error",
        "Marie Dupont",
    ),
    (
        "a press secretary's report, the title in apposition",
        "Joe Biden spoke to Xi Jinping. Karine Jean-Pierre, the White House press secretary, said"
        ' Biden had assured Xi that Washington "does not seek a new Cold War".',
        "new Cold War",
        "Karine Jean-Pierre",
    ),
    (
        "a leader's words told first, their aide named after them, stay the leader's",
        "Joe Biden spoke to Vladimir Putin. Putin replied that new sanctions would be \u201ca"
        " colossal mistake\u201d, Yuri Ushakov, his spokesman, told reporters.",
        "colossal mistake",
        "Vladimir Putin",
    ),
    (
        "a subject the parse hangs on a participle before the speech verb",
        "Narendra Modi met Nawaz Sharif in Ufa. Foreign Secretary Subrahmanyam Jaishankar,"
        " reading out a joint statement alongside his Pakistani counterpart, said the leaders"
        ' agreed that both had "a collective responsibility to ensure peace".',
        "collective responsibility",
        "Subrahmanyam Jaishankar",
    ),
    (
        "the source its own sentence names, before any speech verb of the next",
        'Narendra Modi and Nawaz Sharif came face to face and "exchanged pleasantries,"'
        " according to Gopal Baglay, the ministry's spokesman. Modi asked after his health.",
        "exchanged pleasantries",
        "Gopal Baglay",
    ),
    (
        "an office said aside: the one the sentence is about",
        "Narendra Modi spoke to Nawaz Sharif. The Indian prime minister, his office said,"
        ' pressed for "firm and immediate action against the organisations responsible".',
        "firm and immediate",
        "Narendra Modi",
    ),
    (
        "a spokeswoman's account opening the sentence: her readout tells the leader's words",
        "Olaf Scholz phoned Vladimir Putin in September. Anna Weber, the government spokeswoman,"
        " was brief. According to Weber, the chancellor told Putin there had to be"
        ' "a diplomatic solution as soon as possible".',
        "diplomatic solution",
        "Anna Weber",
    ),
    (
        "a witness's account opening the sentence: the words are the leader's own",
        "In 1995 Boris Yeltsin visited Bill Clinton. Clinton was forgiving. According to Peter"
        ' Lang, his oldest friend, the president once told aides that "Yeltsin drunk is better'
        ' than most sober men."',
        "Yeltsin drunk",
        "Bill Clinton",
    ),
    (
        "what a country told, its minister reports",
        "Justin Trudeau accused India in September 2023. In New York, Foreign Minister S."
        ' Jaishankar said India had told the Canadians that it was "not our policy at all".',
        "not our policy",
        "S. Jaishankar",
    ),
    (
        "a participle after a reported clause speaks for the one who reported it",
        "Jair Bolsonaro pressed Donald Trump to visit Brazil before the vote, and Trump said he"
        ' would come, calling it a "tremendous country with tremendous people".',
        "tremendous country",
        "Donald Trump",
    ),
    (
        "words a host welcomes a guest with are the host's",
        "Joe Biden came to Berlin in October 2024. Around midday the guest was at the"
        " Chancellery, where Olaf Scholz welcomed him in English"
        ' "as a friend of Europe, and as my friend."',
        "as a friend of Europe",
        "Olaf Scholz",
    ),
    (
        '"in her telling": the teller\'s words',
        "In 2004 Margaret Thatcher spoke of Ronald Reagan. He had, in her telling, won the Cold"
        ' War "without firing a shot".',
        "without firing a shot",
        "Margaret Thatcher",
    ),
    (
        '"spoke of" names what was said',
        "In April 1982 Margaret Thatcher wrote to Ronald Reagan, and the president, asked about"
        ' the dispute, spoke of "that little ice-cold bunch of land down there."',
        "ice-cold bunch",
        "Ronald Reagan",
    ),
    (
        "a time the parse makes a subject is not the speaker",
        "Emmanuel Macron met Angela Merkel in May 2017. That autumn, two days after an election"
        " that left her weakened, he gave a speech, calling for a Europe that was"
        ' "sovereign, united and democratic".',
        "sovereign",
        "Emmanuel Macron",
    ),
    (
        "a subject the parse hangs on a word set between commas",
        "Ronald Reagan met Mikhail Gorbachev in Reykjavik. Secretary of State George Shultz,"
        " grey with fatigue, told reporters the Americans were \u201cdeeply disappointed.\u201d",
        "deeply disappointed",
        "George Shultz",
    ),
    (
        "an account set mid-sentence leaves a direct quote to its speaker",
        "At the summit Donald Trump turned to Recep Tayyip Erdogan, according to Ian Bremmer,"
        " and said: 'Except for Erdogan over here. He does things the right way.'",
        "Except for Erdogan",
        "Donald Trump",
    ),
    (
        "a date the parse runs into the speaker's name is no part of it",
        "Helmut Kohl met Mikhail Gorbachev in June 1989. On 30 September Hans-Dietrich"
        ' Genscher, the foreign minister, told the refugees "we have come to you".',
        "we have come to you",
        "Hans-Dietrich Genscher",
    ),
    (
        "the nationality and title of an official named before",
        "Justin Trudeau met Xi Jinping in 2016. The following June, Foreign Minister Wang Yi,"
        " on a visit to Ottawa, turned on a reporter. \u201cYour question is full of prejudice,"
        "\u201d the Chinese minister said.",
        "full of prejudice",
        "Wang Yi",
    ),
    (
        "a nationality picks the official of that country among two",
        "Emmanuel Macron phoned Recep Tayyip Erdogan. His Turkish counterpart, Mevlut Cavusoglu,"
        " called it unacceptable, and Foreign Minister Jean-Yves Le Drian disagreed. Later"
        ' Cavusoglu and Le Drian agreed on what the Turkish minister called a "road map".',
        "road map",
        "Mevlut Cavusoglu",
    ),
    (
        "what someone lets it be understood is theirs",
        "Helmut Kohl met Mikhail Gorbachev in June 1989. A week later, in East Berlin, Gorbachev"
        ' let it be understood that "life punishes those who come too late".',
        "life punishes",
        "Mikhail Gorbachev",
    ),
    (
        "a participle speaks for the subject of the clause it hangs on",
        "Justin Trudeau met Xi Jinping in 2016. When Trudeau swept to power in October 2015"
        ' promising "sunny ways", Beijing hoped for a warmer partner than his predecessor.',
        "sunny ways",
        "Justin Trudeau",
    ),
    (
        "gender read from a possessive before the next name",
        "Barack Obama met Xi Jinping in The Hague. Now Michelle Obama was touring China with her"
        ' daughters and her mother, and Xi had received her in Beijing. "She asked me to formally'
        ' convey to you her best regards," he said.',
        "best regards",
        "Xi Jinping",
    ),
    (
        "the host is the one of the pair whose country the section is in",
        "Emmanuel Macron met Donald Trump in Paris.\n\n## Washington, April 2018\n\nThe leaders sat"
        " down in the Oval Office, and the host reached across to flick something from his"
        " guest's lapel. \"I'll get that little piece of dandruff off. He is perfect.\"",
        "piece of dandruff",
        "Donald Trump",
    ),
    (
        "a speech read out for its writer, quoted through 'which'",
        "Xi Jinping met Luiz Inácio Lula da Silva in Johannesburg. When Xi skipped a forum, his"
        " minister read out his speech, which declared: \u201cHegemonism is not in China's"
        " DNA.\u201d",
        "Hegemonism",
        "Xi Jinping",
    ),
    (
        "a quote after an attributed one, before a speech verb that reports words of its own",
        "Recep Tayyip Erdoğan met Donald Trump. “Let us be fair!” Trump had written."
        ' "Do not be rash. Do not be foolish!" Turkish officials told reporters the president'
        " had ignored the letter.",
        "Do not be rash",
        "Donald Trump",
    ),
    (
        "an answer that came from someone",
        "Vladimir Putin met Shinzo Abe in Vladivostok. Putin proposed a treaty. Japan's answer"
        ' came from Taro Kono, the foreign minister: "Our position has not changed at all."',
        "has not changed",
        "Taro Kono",
    ),
    (
        "what someone kept saying: a possessor's mantra",
        "Fumio Kishida met Joe Biden in Tokyo. The Japanese leader's mantra that spring was"
        " that “the security of Europe and Asia cannot be separated”.",
        "cannot be separated",
        "Fumio Kishida",
    ),
    (
        "a subject the parser hangs on the auxiliary",
        "Benjamin Netanyahu spoke to Vladimir Putin. The ministry blamed the pilots. Putin was"
        " more measured the next day, describing the crash as “a sequence of tragic"
        " accidents.”",
        "tragic accidents",
        "Vladimir Putin",
    ),
    (
        "a 'that' the parser takes for the subject of a clause it opens",
        "Tony Blair met George W. Bush at Crawford. Blair was more cautious, but said that asked"
        ' whether the world was safer without the dictator, "the only honest answer would be'
        ' yes."',
        "only honest answer",
        "Tony Blair",
    ),
    (
        "a name parsed as the sentence's root, its verbs hung on it",
        "Barack Obama met Dmitry Medvedev in Seoul. Mitt Romney, the Republican candidate,"
        ' pounced on the remark and called the Kremlin "a dangerous adversary".',
        "dangerous adversary",
        "Mitt Romney",
    ),
    (
        "a leader the knowledge base knows as a woman is 'she'",
        'Joe Biden called Giorgia Meloni. "It was a very good call," she said.',
        "very good call",
        "Giorgia Meloni",
    ),
    (
        "a pronoun opening a sentence after one that speaks of a second person",
        "Joe Biden welcomed Giorgia Meloni to the White House. Turning to Ukraine, the president"
        ' told his guest: "You have been steadfast." She answered that "in hard times, you'
        ' learn who your friends are."',
        "in hard times",
        "Giorgia Meloni",
    ),
    (
        "a quote after one whose attribution holds initials is its continuation",
        "Andrés Manuel López Obrador met Joe Biden in San Francisco. \u201cHe travels only for"
        " the meetings that matter,\u201d said a former U.S. diplomat who knew them both."
        " \u201cThe rest can wait.\u201d",
        "The rest can wait",
        None,
    ),
    (
        "a counterpart as the subject before 'he replied'",
        'Andrés Manuel López Obrador received Joe Biden in Mexico City. "The region has been'
        ' forgotten," he told Biden. His counterpart did not let it pass. "Our duties do not end'
        ' at the border," he replied.',
        "Our duties",
        "Joe Biden",
    ),
    (
        "the former holder of a title, named before",
        "Tony Blair left office in 2007. In 2008 Blair called on George W. Bush at the White"
        ' House. "It is a privilege to be back," the former prime minister said.',
        "privilege to be back",
        "Tony Blair",
    ),
    (
        "an object pronoun is never its own clause's subject",
        "Boris Johnson announced his resignation. That day the two men spoke by telephone."
        " \u201cWe are sad to hear this news,\u201d the Ukrainian president told him.",
        "sad to hear",
        "Volodymyr Zelenskyy",
    ),
    (
        "'the visitor', read before the pronouns after it",
        "## Moscow, July 2009\n\nBarack Obama met Dmitry Medvedev. Obama then had breakfast with"
        " Vladimir Putin; Medvedev was not there. Later the visitor was back at the Kremlin,"
        ' where his host told him that their talks "had not been in vain".',
        "had not been in vain",
        "Dmitry Medvedev",
    ),
    (
        "the host where the paragraph is set, not where the dateline is",
        "NEW DELHI - On Sept. 21 Narendra Modi was driven to Joe Biden's home outside"
        " Wilmington, Delaware. Microphones left on caught the host telling his guests that"
        ' "the region is being tested every day."',
        "being tested",
        "Joe Biden",
    ),
    (
        "a name the tagger did not take for a person, as the subject of a speech verb",
        "Nicolas Sarkozy wrote to Vladimir Putin. \u201cWe take note of the result,\u201d Alain"
        " Juppé told a news conference.",
        "take note",
        "Alain Juppé",
    ),
    (
        "a spokesman who confirmed it",
        "Nicolas Sarkozy telephoned Vladimir Putin. \u201cThe president called to congratulate"
        " him,\u201d his spokesman, David Martinon, confirmed to reporters.",
        "called to congratulate",
        "David Martinon",
    ),
    (
        "the one of the story's two leaders who holds the title, not one named in passing",
        "Scott Morrison met Donald Trump in Osaka. Morrison and Trump spoke again in Biarritz."
        " Trump received Morrison in Washington, as he did Japan's Shinzo Abe that week."
        ' Afterwards the prime minister called it "a great honour" to be welcomed there.',
        "a great honour",
        "Scott Morrison",
    ),
    (
        "a platform is where it was posted, not who wrote it",
        "Donald Trump telephoned Jair Bolsonaro. The American made the call public on Twitter"
        " that evening. \u201cWe agreed to work closely together!\u201d he wrote.",
        "work closely together",
        "Donald Trump",
    ),
    (
        "a quote on its own after a question someone asked answers it: the other one speaks",
        "Nicolas Sarkozy met Vladimir Putin in Moscow. Sarkozy pressed him on Georgia. Putin"
        " listened, with his adviser Yuri Ushakov beside him.\n\n\u201cWill you go on?\u201d"
        " Sarkozy asked.\n\n\u201cWhy not? We have our reasons.\u201d",
        "Why not?",
        "Vladimir Putin",
    ),
    (
        "a spokesman is nobody we know",
        "Xi Jinping met Joe Biden. “The talks were long,” a spokesman said.",
        "talks were long",
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CASES)
def test_speaker(extract, text: str, words: str, speaker: str | None) -> None:
    result = extract(text, D)
    quote = next(q for q in result.quotes if words in q.text)
    assert (quote.speaker.name if quote.speaker else None) == speaker
    assert text[quote.span.start : quote.span.end] == quote.text


@pytest.mark.parametrize(("construction", "text", "words", "speaker"), CONSTRUCTIONS)
def test_construction(extract, construction: str, text: str, words: str, speaker: str | None):
    result = extract(text, D)
    quote = next(q for q in result.quotes if words in q.text)
    assert (quote.speaker.name if quote.speaker else None) == speaker, construction
    assert text[quote.span.start : quote.span.end] == quote.text


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump presented a large “President's Cup” to the champion.",
        "The two leaders signed white caps reading “Make Alliance Greater.”",
    ],
)
def test_scare_quotes_of_a_few_words_are_not_quotes(extract, text: str) -> None:
    assert extract(text, D).quotes == ()


def test_quote_without_attribution_has_no_speaker(extract) -> None:
    result = extract("The sign read “Welcome to the summit” in three languages.", D)
    assert [q.speaker for q in result.quotes] == [None]
