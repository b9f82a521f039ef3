"""Who speaks a quotation: the speech verb that governs it or stands beside it, and its subject.

Reporters attribute quotes in a handful of constructions: "“…,” Xi said", "said Xi",
"Xi told reporters: “…”", "Biden called the talks “candid”", "Modi flew to Nimu and told the
troops: “…”". On a parsed paragraph the speaker is the subject of the speech verb that governs
the quote (or, failing that, of the speech verb nearest to it in the same sentence), climbing
through coordinated and infinitive verbs to find a subject. A pronoun subject is resolved here
with the speaker's gender, read from the article itself, because a speaker pronoun ("she told
reporters") is where a wrong antecedent does the most harm. Without a parse, the mention next
to a speech word stands in for the subject.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from parley.extract import encounter_lexicon as lex
from parley.extract import timex_calendar as cal
from parley.extract.actors import Mention, date_words_opening, main_pair, person_actor
from parley.extract.context import Context
from parley.extract.coreference import article_genders, gender_of
from parley.extract.status import MODALS
from parley.extract.titles import LEADER_TITLES, OTHER_TITLES
from parley.extract.triggers import clause_head
from parley.model import Actor
from parley.nlp import text_length

SPEECH_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "add",
        "note",
        "insist",
        "declare",
        "write",
        "tweet",
        "post",
        "call",
        "describe",
        "recall",
        "remark",
        "explain",
        "warn",
        "announce",
        "reply",
        "respond",
        "answer",
        "joke",
        "quip",
        "acknowledge",
        "state",
        "argue",
        "ask",
        "observe",
        "continue",
        "conclude",
        "predict",
        "vow",
        "promise",
        "pledge",
        "urge",
        "boast",
        "complain",
        "concede",
        "recount",
        "accuse",
        "threaten",
        "dub",
        "label",
        "brand",
        "term",
        "hail",
        "praise",
        "criticize",
        "criticise",
        "condemn",
        "denounce",
        "claim",
        "admit",
        "assure",
        "suggest",
        "exclaim",
        "whisper",
        "confide",
        "testify",
        "repeat",
        "proclaim",
        "characterize",
        "characterise",
        "toast",
        "greet",
        "muse",
        "mutter",
        "shout",
        "caution",
        "stress",
        "confirm",
        "emphasize",
        "emphasise",
    ]
)
_SPEECH_WORD = re.compile(
    r"\b(?:says?|said|tell|tells|told|add(?:s|ed)?|not(?:es|ed)|insist(?:s|ed)?|declared?|"
    r"wr(?:ote|ites?)|tweet(?:s|ed)?|posted|call(?:s|ed|ing)?|described?|recalled|remarked|"
    r"explained|warned|announced|replied|responded|answered|joked|quipped|acknowledged|"
    r"stated|argued|asked|observed|continued|concluded|predicted|vowed|promised|pledged|"
    r"urged|boasted|complained|conceded|recounted|accused|threatened|dubbed|praised|"
    r"claimed|admitted|assured|suggested|put it|was quoted as saying)\b",
    re.IGNORECASE,
)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_CLIMB_DEPS = frozenset({"conj", "xcomp", "advcl", "ccomp", "acl", "pcomp", "prep"})
_EXPECTS_ATTRIBUTION = re.compile(r"[,?!\u2014-]\s*[\u201d\"]")
_SOURCE = re.compile(
    r"\b(?:[Aa]ccording to|[Bb]y)\s+(?=[A-Z][\w\u00c0-\u024f.\- ]*?['\u2019]s\s+(?:own\s+)?"
    r"(?:count|account|estimate|telling|recollection)\b)|\b[Aa]ccording to\s+(?=\S+(?:\s|,))"
    # "He had, in her telling, won the Cold War “without firing a shot”"
    r"|\b[Ii]n\s+(?=(?:his|her)\s+(?:own\s+)?(?:telling|account|words|recollection)\b)",
)
_MONTH_DATE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\u201d\"]?\s+(?=[\u201c\"A-Z])|\n\s*\n")
_TITLE_WORDS = frozenset(w for t in LEADER_TITLES + OTHER_TITLES for w in t.lower().split())
_SEARCH_SENTENCES = 40


@dataclass(frozen=True)
class Attribution:
    """A speech verb found for a quote, and its speaker when the subject resolves to one actor."""

    speaker: Actor | None
    spoken: bool  # a speech verb or a source ("according to") says so; not a mere embedding


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int


# verbs of speech read with their particle: "his guest cut in", "she chimed in"
_SPEECH_PHRASES = frozenset({("cut", "in"), ("chime", "in"), ("break", "in"), ("shoot", "back")})


def _is_speech(token: Token) -> bool:
    if token.pos_ != "VERB":
        return False
    lemma = token.lemma_.lower()
    if lemma in SPEECH_LEMMAS:
        return True
    if lemma == "speak" and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return True  # "spoke of “that little ice-cold bunch of land”"
    if lemma == "welcome" and any(c.dep_ in {"dobj", "prep"} for c in token.children):
        # "welcomed him “as a friend of Europe”": the words of the welcome (kept out of
        # SPEECH_LEMMAS, which also tell when and where an encounter was reported)
        return True
    if lemma in {"know", "understand"} and token.head.lemma_.lower() == "let":
        return True  # "let it be known that", "let it be understood that"
    return any(
        (lemma, c.lower_) in _SPEECH_PHRASES for c in token.children if c.dep_ in {"prt", "advmod"}
    )


def _clause(token: Token) -> Token:
    """The verb heading the clause a token sits in."""
    node = token.head
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return node


def _frame(doc: Doc, inside: list[Token]) -> range:
    """Token indices of the sentence(s) around a quote, mending the parser's splits at quotation
    marks: a sentence that does not end in . ! ? : runs on into the next."""
    start, stop = min(t.sent.start for t in inside), max(t.sent.end for t in inside)
    while start > 0 and not _ends_sentence(doc, start - 1):
        start = doc[start - 1].sent.start
    while stop < len(doc) and not _ends_sentence(doc, stop - 1):
        stop = doc[stop].sent.end
    return range(start, stop)


def _ends_sentence(doc: Doc, i: int) -> bool:
    text = doc[i].text
    if text in {"\u201d", '"', "'", "\u2019"} and i > 0:
        text = doc[i - 1].text
    return text[-1:] in {".", "!", "?", ":"} or "\n" in doc[i].whitespace_ + text


class Discourse:
    """One article's mentions, parses, sentences and speaker genders, for attributing quotes."""

    def __init__(
        self,
        text: str,
        mentions: list[Mention],
        docs: list[tuple[int, Doc]],
        quoted: list[tuple[int, int]],
        context: Context,
    ) -> None:
        self.text = text
        self.context = context
        self.docs = sorted(docs, key=lambda d: d[0])
        self._doc_starts = [offset for offset, _ in self.docs]
        self.quoted = sorted(quoted)
        self.mentions = sorted(self._longer_names(self._clean(mentions)), key=lambda m: m.start)
        self._mention_starts = [m.start for m in self.mentions]
        self.sentences = self._sentences()
        self._sentence_starts = [s.start for s in self.sentences]
        self._named = self._named_actors()
        self._memo: dict[int, Actor | None] = {}
        self.gender = article_genders(self.docs, self.mentions)
        self.pair = main_pair(self.mentions)  # the article's two main leaders, if it has them

    def _spokesperson(self, person: Actor) -> bool:
        return _spokesperson_named(self.text, person.name)

    # -- building -----------------------------------------------------------------------------
    def _clean(self, mentions: list[Mention]) -> list[Mention]:
        """Drop name matches inside a word ("Le" in "Less") and month names before a date."""
        kept = []
        for m in mentions:
            before = self.text[m.start - 1] if m.start > 0 else " "
            after = self.text[m.end] if m.end < len(self.text) else " "
            if before.isalpha() or after.isalpha():
                continue
            if m.how == "name" and _MONTH_DATE.match(self.text, m.start):
                continue
            kept.append(m)
        return kept

    def _longer_names(self, mentions: list[Mention]) -> list[Mention]:
        """A person entity that wraps a known surname is someone else: "Kim Yo Jong" vs "Kim"."""
        for offset, doc in self.docs:
            for ent in doc.ents:
                if ent.label_ != "PERSON" or len(ent) < 3:
                    continue
                start, end = offset + ent.start_char, offset + ent.end_char
                inner = [m for m in mentions if start <= m.start and m.end <= end]
                covered = sum(m.end - m.start for m in inner)
                extra = [t for t in ent if t.lower_ not in _TITLE_WORDS]
                if inner and len(extra) >= 3 and covered < len(ent.text.replace(" ", "")) - 1:
                    mentions = [m for m in mentions if m not in inner]
                    mentions.append(Mention(start, end, (person_actor(ent.text),), "name"))
        return mentions

    def _sentences(self) -> list[_Sentence]:
        """Sentences of the whole text: the parser's where it ran, punctuation's elsewhere."""
        out: list[_Sentence] = []
        covered_to = 0
        for offset, doc in self.docs:
            if offset > covered_to:
                out += self._split(covered_to, offset)
            for sent in doc.sents:
                out.append(_Sentence(offset + sent.start_char, offset + sent.end_char))
            covered_to = max(covered_to, offset + text_length(doc))
        out += self._split(covered_to, len(self.text))
        return sorted(out, key=lambda s: s.start)

    def _split(self, start: int, end: int) -> list[_Sentence]:
        out, at = [], start
        for match in _SENTENCE_END.finditer(self.text, start, end):
            if match.start() > at:
                out.append(_Sentence(at, match.start()))
            at = match.end()
        if end > at:
            out.append(_Sentence(at, end))
        return out

    def _named_actors(self) -> dict[str, Actor]:
        return {
            m.actors[0].id: m.actors[0]
            for m in self.mentions
            if m.how == "name" and len(m.actors) == 1
        }

    # -- lookups ------------------------------------------------------------------------------
    def in_quote(self, offset: int) -> bool:
        at = bisect.bisect_right(self.quoted, (offset, len(self.text) + 1)) - 1
        return at >= 0 and self.quoted[at][0] <= offset < self.quoted[at][1]

    def _in_heading(self, offset: int) -> bool:
        heading = self.context.section_at(offset).heading
        return heading is not None and heading.start <= offset < heading.end

    def doc_at(self, offset: int) -> tuple[int, Doc] | None:
        at = bisect.bisect_right(self._doc_starts, offset) - 1
        if at >= 0:
            start, doc = self.docs[at]
            if offset < start + text_length(doc):
                return start, doc
        return None

    def sentence_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def _mentions_in(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self._mention_starts, start)
        hi = bisect.bisect_left(self._mention_starts, end)
        return self.mentions[lo:hi]

    def mention_covering(self, offset: int) -> Mention | None:
        at = bisect.bisect_right(self._mention_starts, offset) - 1
        while at >= 0 and self.mentions[at].start > offset - 200:
            mention = self.mentions[at]
            if mention.start <= offset < mention.end:
                return mention
            at -= 1
        return None

    def _plain_actor(self, mention: Mention) -> Actor | None:
        """A non-pronoun mention's one actor; a title goes to the named holder of that office."""
        if len(mention.actors) != 1:
            return None
        actor = mention.actors[0]
        if mention.how == "title" and actor.id not in self._named:
            same = [
                a
                for a in self._named.values()
                if a.kind == "person"
                and a.country_code == actor.country_code
                and (a.title == actor.title or not a.title or not actor.title)
            ]
            if len(same) == 1:
                return same[0]
        return actor

    def actor_of(self, mention: Mention) -> Actor | None:
        if mention.how == "pronoun":
            word = self.text[mention.start : mention.end]
            return self.resolve_pronoun(mention.start, gender_of(word), same_sentence=True)
        if mention.how == "group":
            return None
        return self._plain_actor(mention)

    # -- pronouns -----------------------------------------------------------------------------
    def resolve_pronoun(self, offset: int, gender: str | None, same_sentence: bool) -> Actor | None:
        """The person a pronoun means: the main subject of the nearest sentence naming someone
        of its gender, searching back through the section and, by known gender, beyond it."""
        key = offset if same_sentence else -offset - 1
        if key not in self._memo:
            self._memo[key] = None  # guards against cycles
            self._memo[key] = self._search(offset, gender, same_sentence)
        return self._memo[key]

    def _search(self, offset: int, gender: str | None, same_sentence: bool) -> Actor | None:
        section_start = self.context.section_at(offset).start
        index = self.sentence_at(offset)
        first = index if same_sentence else index - 1
        for i in range(first, max(-1, first - _SEARCH_SENTENCES), -1):
            sentence = self.sentences[i]
            outside_section = sentence.end <= section_start
            ranked = []
            for m in self._mentions_in(sentence.start, min(sentence.end, offset)):
                if self.in_quote(m.start) or m.how == "group" or self._in_heading(m.start):
                    continue
                actor = self.actor_of(m)
                if actor is None or actor.kind != "person":
                    continue
                known = self.gender.get(actor.id)
                if gender and known != gender and (known or not self._presume(gender)):
                    continue
                if outside_section and (known is None or gender is None):
                    continue
                rank = self._subject_rank(m)
                if i == index and rank == 99 and not self._may_bind(m, offset):
                    continue
                ranked.append((rank, m.start, actor))
            ranked += self._roles_as_subjects(sentence, min(sentence.end, offset), gender)
            if ranked:
                return min(ranked, key=lambda r: (r[0], r[1]))[2]
        return None

    def _roles_as_subjects(
        self, sentence: _Sentence, end: int, gender: str | None
    ) -> list[tuple[int, int, Actor]]:
        """ "His counterpart did not let it pass. “…,” he replied": a role noun that is a
        subject stands for the other party of its owner, ranked as that subject."""
        found = self.doc_at(sentence.start)
        if found is None:
            return []
        offset, doc = found
        out = []
        for token in (
            doc.char_span(sentence.start - offset, end - offset, alignment_mode="contract") or ()
        ):
            if token.lower_ not in lex.ROLE_NOUNS or token.dep_ not in _SUBJECT_DEPS:
                continue
            owners = [c for c in token.children if c.dep_ == "poss"]
            owner = self._actor_for(offset, owners[0], False) if owners else None
            actor = self.other_party(owner, offset + token.idx) if owner else None
            if actor is not None and (
                gender is None or self.gender.get(actor.id) in (gender, None)
            ):
                out.append((len(list(token.ancestors)), offset + token.idx, actor))
        return out

    def _may_bind(self, mention: Mention, pronoun: int) -> bool:
        """An object can be a later pronoun's antecedent only from a clause above it ("asked
        Kim whether he was ready"), never in the pronoun's own clause or in an adjunct that
        shares its subject ("Greeting Biden, he said")."""
        candidate = self.token_at(mention.start, mention.end)
        target = self.token_at(pronoun, pronoun + 1)
        if candidate is None or target is None:
            return True
        own, node = _clause(target), _clause(candidate)
        while node.i != own.i:
            if any(c.dep_ in _SUBJECT_DEPS for c in node.children) or node.head.i == node.i:
                return True
            node = node.head
        return False

    def _presume(self, gender: str) -> bool:
        """Whether a person of unknown gender may take this pronoun: leaders in the news are
        mostly men, so once the article shows a woman, "she" means a woman it shows."""
        return gender == "m" or "f" not in self.gender.values()

    def _subject_rank(self, mention: Mention) -> int:
        """0 for the main clause's subject, more for deeper subjects, 99 for non-subjects."""
        token = self.token_at(mention.start, mention.end)
        if token is None:
            return 50
        if token.dep_ not in _SUBJECT_DEPS:
            return 99
        depth, node = 0, token
        while node.head.i != node.i and depth < 20:
            node, depth = node.head, depth + 1
        return depth

    def token_at(self, start: int, end: int) -> Token | None:
        found = self.doc_at(start)
        if found is None:
            return None
        offset, doc = found
        span = doc.char_span(start - offset, end - offset, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def interlocutor(self, speaker: Actor, before: int) -> Actor | None:
        """Whom a speaker talks with: the other of the article's two main leaders when the
        speaker is one of them, else the latest other person named."""
        pair = self.pair
        if speaker in pair:
            return pair[1] if pair[0] == speaker else pair[0]
        return self.other_party(speaker, before)

    def other_party(self, owner: Actor, before: int) -> Actor | None:
        """ "His counterpart": the latest person named before, other than the owner."""
        for m in reversed(self._mentions_in(max(0, before - 3000), before)):
            actor = self.actor_of(m) if not self.in_quote(m.start) else None
            if actor is not None and actor.kind == "person" and actor.id != owner.id:
                return actor
        return None

    # -- attribution --------------------------------------------------------------------------
    def attribute(self, start: int, end: int) -> Attribution | None:
        """The speech verb for the quote whose marks span [start, end), or None if none."""
        found = self.doc_at(start)
        if found is not None:
            return self._by_parse(found[0], found[1], start, end)
        return self._by_pattern(start, end)

    def _by_parse(self, offset: int, doc: Doc, start: int, end: int) -> Attribution | None:
        inside = [t for t in doc if start <= offset + t.idx < end]
        if not inside:
            return self._by_pattern(start, end)
        ids = {t.i for t in inside}
        first, last = inside[0], inside[-1]
        frame = _frame(doc, inside)
        expects = _EXPECTS_ATTRIBUTION.search(self.text, max(start, end - 3), end)
        own_end = frame.stop
        if expects and frame.stop < len(doc):
            frame = range(frame.start, doc[frame.stop].sent.end)  # "“…?” Merkel asked"
        verb = _introduced_with_colon(doc, first) or self._governing_verb(inside, ids)
        if verb is None:
            # "“exchanged pleasantries,” according to Baglay": the source its own sentence names
            source = self._named_source(offset, doc, range(frame.start, own_end))
            if source is not None:
                return Attribution(source, True)
            speech = [
                doc[i]
                for i in frame
                if i not in ids and _is_speech(doc[i]) and (i < own_end or not _says_more(doc[i]))
            ]
            if not speech:
                return self._by_source(offset, doc, frame, ids, first, last)
            verb = min(speech, key=lambda v: v.i - last.i if v.i > last.i else first.i - v.i + 1)
        speaker = self._speaker_of(offset, verb, ids, last.i)
        relay = self._named_source(
            offset, doc, range(frame.start, min(frame.stop, frame.start + 6))
        )
        if (
            relay is not None
            and relay.id.startswith("person:")
            and relay != speaker
            and self._spokesperson(relay)
        ):
            # "According to Hebestreit, the chancellor told Putin “…”": the spokesman whose
            # readout it is, opening the sentence (but "According to Strobe Talbott, the
            # president told aides “…”" is the president's words in a witness's memory)
            return Attribution(relay, True)
        if speaker is None and verb.dep_ == "parataxis":
            # "The prime minister, his office said, pressed for “…”": no person said it
            # aside, so the one the sentence is about
            told = self._by_source(offset, doc, frame, ids, first, last)
            speaker = told.speaker if told is not None else None
        return Attribution(speaker, True)

    @staticmethod
    def _governing_verb(inside: list[Token], ids: set[int]) -> Token | None:
        for token in inside:
            if token.head.i in ids or token.head.i == token.i:
                continue
            node, steps, hypothetical = token.head, 0, None
            while steps < 8:
                if _is_speech(node) and not _would(node):
                    return _relayed_by(node, token) or node
                if _is_speech(node) and hypothetical is None:
                    # "Kirby told reporters that Biden would ask “tough questions”": words
                    # said of what someone would say are the teller's
                    hypothetical = node
                if node.head.i == node.i or node.head.i in ids:
                    break
                node, steps = node.head, steps + 1
            if hypothetical is not None:
                return hypothetical
        return None

    def _speaker_of(self, offset: int, verb: Token, ids: set[int], last: int) -> Actor | None:
        """The verb's subject; a subjectless participle or infinitive ("flew and told",
        "calling them “…”") takes the sentence's subject, else the nearest one above it.
        `last` is the quote's last token: a pronoun after it looks back past the sentence."""
        heard = self._heard_saying(offset, verb)
        if heard is not None:
            return heard
        root = verb
        while root.head.i != root.i and root.head.i not in ids:
            root = root.head
        beside = verb.head.dep_ != "ccomp"  # (not "said he had told him, adding: “…”")
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i not in ids:
            # "When Trudeau swept to power promising “sunny ways”, Beijing hoped": the one
            # the participle's own clause is about, not the sentence's subject; "Trump said
            # he would come, calling it “…”": the one who said so
            if beside:
                root = verb.head
            elif verb.head.head.i not in ids:
                root = verb.head.head
        if root.i != verb.i and not _subjects(verb, ids):
            subjects = _subjects(root, ids)
            actor = self._actor_for(offset, subjects[0], subjects[0].i > last) if subjects else None
            if actor is not None:
                return actor
        node = verb
        for step in range(6):
            if node.lemma_.lower() == "quote":  # "media quoted Xi as warning that “…”"
                objects = [c for c in node.children if c.dep_ == "dobj"]
                if objects:
                    return self._actor_for(offset, objects[0], objects[0].i > last)
            subjects = _subjects(node, ids)
            if subjects:
                actor = self._actor_for(offset, subjects[0], subjects[0].i > last)
                # "Jaishankar said India had told them it was “…”": what a country told,
                # its minister reports
                told_by_a_land = subjects[0].ent_type_ == "GPE" and node.dep_ == "ccomp"
                if actor is not None or (step == 0 and not told_by_a_land):
                    return actor
            if node.dep_ not in _CLIMB_DEPS or node.head.i == node.i or node.head.i in ids:
                break
            if node.dep_ == "acl" and node.head.dep_ == "ROOT" and node.head.pos_ in _NAMES:
                # "Romney, the nominee, seized on it and called Russia “…”", parsed with the
                # name as the sentence's root and its verbs hung on it
                return self._actor_for(offset, node.head, node.head.i > last)
            node = node.head
        return self._inverted(offset, verb) if verb.i > last else None

    def _heard_saying(self, offset: int, verb: Token) -> Actor | None:
        """ "Microphones caught the host telling his guests that “…”": the person just before a
        speech verb in -ing is who speaks, whatever the parse makes its subject."""
        if verb.tag_ != "VBG" or verb.i == 0:
            return None
        mention = self.mention_covering(offset + verb.doc[verb.i - 1].idx)
        actor = self.actor_of(mention) if mention is not None else None
        return actor if actor is not None and actor.kind == "person" else None

    def _by_source(
        self, offset: int, doc: Doc, frame: range, ids: set[int], first: Token, last: Token
    ) -> Attribution | None:
        """No speech verb: "according to X", "by X's own count", else, for a quote inside
        a sentence ("offered him “close cooperation”"), the subject of the verb embedding it."""
        source = self._named_source(offset, doc, frame)
        if source is not None:
            return Attribution(source, True)
        head = next((t.head for t in doc[first.i : last.i + 1] if t.head.i not in ids), None)
        if head is None or head.head.i in ids or first.i == doc[first.i].sent.start:
            return None
        while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
            head = head.head
        speaker = self._speaker_of(offset, head, ids, last.i)
        return Attribution(speaker, False) if speaker is not None else None

    def _named_source(self, offset: int, doc: Doc, frame: range) -> Actor | None:
        """Who "according to X" or "by X's own count" names in the frame, if anyone."""
        lo, hi = offset + doc[frame.start].idx, offset + doc[frame.stop - 1].idx
        for match in _SOURCE.finditer(self.text, lo, hi):
            mention = self.mention_covering(match.end())
            if mention is not None and not self.in_quote(mention.start):
                return self.actor_of(mention)
        return None

    def _objects_of(self, offset: int, subject: Token) -> set[Actor]:
        """Who the subject acts on in its clause and its subjectless adjuncts ("introducing
        him, the president said"): never the subject itself."""
        verb, found = _clause(subject), set()
        for token in verb.subtree:
            if token.dep_ not in {"dobj", "pobj", "dative"} or self.in_quote(offset + token.idx):
                continue
            clause = _clause(token)
            if clause.i != verb.i and any(c.dep_ in _SUBJECT_DEPS for c in clause.children):
                continue
            mention = self.mention_covering(offset + token.idx)
            if mention is not None and mention.how == "pronoun" and len(mention.actors) == 1:
                # an object pronoun as coreference read it: never its own clause's subject
                actor: Actor | None = mention.actors[0]
            else:
                actor = self.actor_of(mention) if mention is not None else None
            if actor is not None:
                found.add(actor)
        return found

    def _other_holder(self, actor: Actor, before: int) -> Actor | None:
        """A title that cannot mean its first reading: the latest other person named before
        with the same title."""
        for m in reversed(self._mentions_in(max(0, before - 3000), before)):
            other = self._plain_actor(m) if m.how == "name" else None
            if other is not None and other.id != actor.id and other.title == actor.title:
                return other
        return None

    def _inverted(self, offset: int, verb: Token) -> Actor | None:
        """ "…,” said Foreign Minister Wang Yi": a mention just after a subjectless verb."""
        after = offset + verb.idx + len(verb.text)
        for m in self._mentions_in(after, after + 60):
            if self.text[after : m.start].strip(" ,").count(" ") <= 3:
                return self.actor_of(m)
        return None

    def _actor_for(self, offset: int, token: Token, after_quote: bool) -> Actor | None:
        start = offset + token.idx
        mention = self.mention_covering(start)
        word = token.lower_
        if gender_of(word) and token.pos_ == "PRON":
            return self.resolve_pronoun(start, gender_of(word), same_sentence=not after_quote)
        if mention is not None:
            actor = self.actor_of(mention)
            if (
                actor is not None
                and mention.how == "title"
                and actor in self._objects_of(offset, token)
            ):
                return self._other_holder(actor, start)
            return actor
        if word in _RELATIVES and token.head.dep_ == "relcl":
            # "read out his speech, which declared: “…”": what "which" stands for
            return self._actor_for(offset, token.head.head, after_quote)
        if token.lemma_.lower() in _WRITINGS:  # "his speech declared", "Xi's letter said"
            owners = [c for c in token.children if c.dep_ == "poss"]
            owner = self._actor_for(offset, owners[0], after_quote) if owners else None
            if owner is not None and owner.kind == "person":
                return owner
            # "Tokyo's reply came from Suga: “…”": the person it came from
            senders = [
                grandchild
                for child in (*token.children, *token.head.children)
                if child.dep_ == "prep" and child.lower_ == "from"
                for grandchild in child.children
                if grandchild.dep_ == "pobj"
            ]
            return self._actor_for(offset, senders[0], after_quote) if senders else owner
        if word in lex.ROLE_NOUNS:
            owners = [c for c in token.children if c.dep_ == "poss"]
            owner = self._actor_for(offset, owners[0], after_quote) if owners else None
            return self.other_party(owner, start) if owner is not None else None
        for child in token.children:
            if child.dep_ == "appos":
                found = self.mention_covering(offset + child.idx)
                if found is not None:
                    return self.actor_of(found)
        return _unlisted_person(token)

    def _by_pattern(self, start: int, end: int) -> Attribution | None:
        """Without a parse: the mention beside the speech word after the quote, or before it."""
        sentence = self.sentences[self.sentence_at(start)]
        right_end = min(self.sentences[self.sentence_at(max(start, end - 1))].end, end + 120)
        right = _SPEECH_WORD.search(self.text, end, right_end)
        if right is not None and self.text[end : right.start()].count(" ") <= 5:
            near = self._mentions_in(end, right_end)
            if near:
                pick = min(near, key=lambda m: abs(m.start - right.start()))
                return Attribution(self._pattern_actor(pick, after_quote=True), False)
        left = list(_SPEECH_WORD.finditer(self.text, sentence.start, start))
        if left:
            verb = left[-1]
            before = self._mentions_in(sentence.start, verb.start())
            after = self._mentions_in(verb.end(), start)
            pick = before[-1] if before else (after[0] if after else None)
            return Attribution(self._pattern_actor(pick, after_quote=False) if pick else None, True)
        return None

    def _pattern_actor(self, mention: Mention, after_quote: bool) -> Actor | None:
        if mention.how == "pronoun":
            word = self.text[mention.start : mention.end]
            return self.resolve_pronoun(mention.start, gender_of(word), not after_quote)
        return self.actor_of(mention)


_RELATIVES = frozenset({"which", "that", "who"})
_NAMES = frozenset({"PROPN", "NOUN"})  # a name or a title: "Romney", "the prime minister"
# what someone wrote, had read out or kept saying speaks for them ("his refrain was that “…”")
_WRITINGS = frozenset(
    {
        "speech",
        "statement",
        "letter",
        "message",
        "address",
        "remark",
        "post",
        "tweet",
        "article",
        "reply",
        "response",
        "answer",
        "retort",
        "refrain",
        "mantra",
        "verdict",
        "comment",
        "word",
        "declaration",
        "pledge",
        "promise",
        "warning",
        "vow",
        "assurance",
    }
)


def _subjects(verb: Token, ids: set[int]) -> list[Token]:
    """The verb's subjects outside the quote, also those the parser hung on its auxiliary
    ("Putin was more measured") or on a participle before it; a "that" the parser took for a
    subject ("said that asked whether …") opens a clause and is none."""
    children = [
        c
        for node in (verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"}))
        for c in node.children
    ]
    found = [
        c
        for c in children
        if c.dep_ in _SUBJECT_DEPS
        and c.i not in ids
        and c.pos_ != "SCONJ"
        and not (c.dep_ == "nsubjpass" and c.lower_ == "it")  # "let it be known": no one
    ]
    people = [c for c in found if c.ent_type_ not in {"DATE", "TIME"} and not _a_time(c)]
    if people:
        return people  # ("That autumn, ..., he set out": the time the parse made a subject)
    # "Jaishankar, reading out a statement, said ...": the subject hung on the participle;
    # "Shultz, grey with fatigue, told reporters": on the adjective set between commas
    return [
        s
        for c in verb.children
        if c.i < verb.i
        and (
            (c.dep_ == "advcl" and c.tag_ == "VBG")
            or (c.dep_ == "ccomp" and c.pos_ in {"ADJ", "NOUN"} and verb.nbor(-1).lower_ == ",")
        )
        for s in c.children
        if s.dep_ in _SUBJECT_DEPS and s.i < c.i and s.i not in ids
    ]


# "That autumn", "that morning": time words, whatever the parse makes of them
_TIME_WORDS = lex.TIME_NOUNS | frozenset(cal.SEASON_START) | {"month", "year"}


def _a_time(word: Token) -> bool:
    return word.lemma_.lower() in _TIME_WORDS


def _unlisted_person(subject: Token) -> Actor | None:
    """A name the tagger did not take for a person, as the subject of a speech verb ("“…,”
    Alain Juppé told a news conference", tagged a work of art): the person of that name."""
    if subject.pos_ != "PROPN" or subject.dep_ not in _SUBJECT_DEPS:
        return None
    if subject.ent_type_ in {"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT"}:
        return None
    words = [c for c in subject.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    words = words[date_words_opening(words) :]  # the date is no part of the name
    if not words or not all(w.text[:1].isupper() for w in (*words, subject)):
        return None  # a given and a family name at least: "Reuters" is no one
    text = subject.doc.text
    return person_actor(text[words[0].idx : subject.idx + len(subject)])


def _spokesperson_named(text: str, name: str) -> bool:
    """Whether the text calls someone a spokesperson or press secretary beside their name:
    "Steffen Hebestreit, the government spokesman", "press secretary Dee Dee Myers"."""
    family = re.escape(name.split()[-1])
    role = r"(?:spokes(?:man|woman|person)|press\s+secretary)"
    beside = rf"\b{family}\b,?\s+(?:\w+\s+){{0,3}}{role}|{role},?\s+(?:\w+\s+){{0,3}}{family}\b"
    return re.search(beside, text, re.IGNORECASE) is not None


def _relayed_by(verb: Token, quoted: Token) -> Token | None:
    """ "Her spokesman said she had told him it was “unacceptable”": words a spokesperson
    reports, in their own sentence before the quote, are theirs to answer for; the speech
    verb of that spokesperson, or None."""
    node = verb
    while node.dep_ in {"ccomp", "conj"} and node.head.i != node.i:
        node = node.head
        if _is_speech(node):
            if node.i < quoted.i and any(_speaks_for_others(s) for s in _subjects(node, set())):
                return node
            return None
    return None


def _speaks_for_others(subject: Token) -> bool:
    """Whether a subject is a spokesperson or press secretary, by name or by apposition."""
    words = [t for t in subject.subtree if t.dep_ != "ccomp"]
    return any(
        t.lower_ in _SPOKESPEOPLE
        or (t.lower_ == "secretary" and any(c.lower_ == "press" for c in t.children))
        for t in words
    )


_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _says_more(verb: Token) -> bool:
    """A speech verb in the sentence after a quote that reports words of its own ("officials
    told reporters the recipient had thrown it away") attributes those, not the quote."""
    return any(c.dep_ == "ccomp" for c in verb.children)


def _would(verb: Token) -> bool:
    """Whether a verb tells what someone would or will do, not what they did."""
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)


def _introduced_with_colon(doc: Doc, first: Token) -> Token | None:
    """ "his host leaned in with a joke: “…”": the verb of the clause a colon closes just
    before the quote, whatever the verb; its subject says it (not an earlier "answered")."""
    before = [t for t in doc[max(0, first.i - 2) : first.i] if not t.is_space]
    colon = next((t for t in reversed(before) if t.text == ":"), None)
    if colon is None:
        return None
    verb = clause_head(colon.head)
    if colon.head.i > colon.i:
        # the parse may hang the clause before the colon on the quote's own verb ("his host
        # was blunt: “the policy of my government is …”"): the verb before the colon
        before_colon = [t for t in doc[colon.sent.start : colon.i] if t.pos_ in {"VERB", "AUX"}]
        verb = next((t for t in reversed(before_colon) if t.head.i > colon.i), verb)
    has_subject = any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    return verb if verb.pos_ in {"VERB", "AUX"} and has_subject else None
