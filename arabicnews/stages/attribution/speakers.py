"""Who speaks: a pronoun, a dropped subject or a short name resolved to a fuller mention."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from attrs import define, evolve, field

from arabicnews.arabic.letters import CONJUNCTIONS, PREPOSITIONS
from arabicnews.core.normalize import normalize
from arabicnews.model.attribution import Attribution, Source, Speaker
from arabicnews.model.entity import Entity
from arabicnews.stages.attribution.index import CLAUSE_OPENERS, QUOTE_MARKS, person_titles
from arabicnews.stages.attribution.lexicon import CueInfo
from arabicnews.stages.attribution.phrases import BUT, BUT_THAT, HE_SHE, KANA, NAME_LINKS, PERFECT, Phrases
from arabicnews.stages.entities.grouping import contains_words

LOOKBACK_CHARS = 4000
"""How far (in characters) before a cue an enclosing content is looked for: a quote of a page
holds a nested report; farther back, none does (the scan stays short on long pages)."""
LOOKBACK = 64
"""How many of the latest attributions are searched for a fuller source: a page of thousands of
cues then costs linear time; a news article has far fewer."""
CLAUSE_REACH = 2
"""How many sentences back a previous speaker may continue."""
CONSTRUCT_WORDS = 3
"""An earlier role mention must be longer than this many tokens to be a fuller one («مدير مستشفى
النور ...», not «مدير مستشفى» alone)."""
CONSTRUCT_REACH = 14
"""How many tokens such a mention may take, its title and name included."""
STIPULATES = "ينص"
"""The lemma of «ينص على»: a legal text's report."""
ANTECEDENT_REACH = 8
"""How many tokens back from a relative pronoun a legal text may head its antecedent («المادة رقم
"236" من نظام العمل، التي»)."""
COMMA_MARKS = frozenset("،,")
OF = "من"
"""«من» inside a legal text's name («المادة 236 من نظام العمل»)."""
TERMINAL_MARKS = frozenset(".!?؟")
SPEECH_REACH = 16
"""How many tokens «ألقى» may stand before what it gives: its subject, a full name and title, comes
between («ألقى مدير الإدارة العامة لشؤون الزراعة بمنطقة عسير المهندس فهد بن سعيد الفرطيش، كلمة»)."""
PREPOSITION_LETTERS = frozenset(PREPOSITIONS)
"""The preposition proclitics (ب, ل, ك) as a set: an entity written with one is not a subject."""
WHERE = "حيث"
"""«حيث» before a verb opens a clause with a subject of its own («، حيث أكد نائب الرئيس أن»)."""
ALSO = "كما"
"""«كما» opening a sentence before a verb: "also", the subject carried on («كما دعا»)."""
BODY_LINKS = frozenset(normalize(w) for w in ("في", "من", "لدى", "باسم"))
"""Words after which a source's words name the body it serves («مصدر أمني في وزارة الداخلية»), not
the source: a later «وزارة الداخلية» is the body speaking, not that source again."""
TITLE_ABBREVIATIONS = {normalize(k): normalize(v) for k, v in (("د", "دكتور"), ("م", "مهندس"), ("أ", "أستاذ"))}
"""The written-short titles (data/abbreviations.txt) and the word each stands for: «د. سلطان الشايع»
is «الدكتور الشايع» in full."""
ARTICLE = normalize("ال")
PERSON = "PER"
"""The entities layer's label of a person."""
JOINED_ROLE_LETTERS = 4
"""How many letters a word must have after «و» + the article for the conjunction to be dropped when
mentions are compared («والمتحدث», «والرئيس»; not «والدها», «والدة»: words of their own)."""
SCATTERED_MIN_WORDS = 2
"""A mention matched word by word, not as a run, has at least this many words: one word alone
(«العنزي») may be any of a family."""
WHO_MASCULINE = normalize("الذي")
WHO_FEMININE = normalize("التي")
ANTECEDENT_WORDS = 12
"""How many tokens the noun phrase before «الذي» may take («رئيس وفد البريد السعودي صالح بن حسن
الضعيان»)."""
FEMININE_NAME_ENDINGS = ("ه", "يا", "را", "نا", "لا")
"""Feminine heads end in ta marbuta («الحكومة»), most country names in «يا» («روسيا»), and many
women's names in «را», «نا», «لا» («ساندرا», «لينا», «أنجيلا»; not «رضا», «موسى»)."""


IN_IT = ("فيه", "فيها")
"""The resumptive «فيه» of «بيانا قالت فيه»."""
STATEMENT_NOUNS = frozenset(
    normalize(w) for w in ("بيانا", "كلمة", "رسالة", "تصريحا", "خطابا", "مؤتمرا", "تغريدة", "تقريرا")
)
"""An indefinite statement, speech or message that a reporting verb with «فيه» continues."""
STATEMENT_VERBS = frozenset(
    normalize(w)
    for w in ("أصدر", "أصدرت", "أصدروا", "ألقى", "ألقت", "نشر", "نشرت", "وجه", "وجهت", "بعث", "بعثت", "عقد", "عقدت")
)
"""Verbs that issue a statement, whose subject is then the statement's speaker."""
STATEMENT_REACH = 10
"""How many tokens before the statement noun its issuing verb may stand."""
NAME_WORDS = 5
"""How many words may stand between a title and the family name: given names, «بن», a second title
or a rank («المهندس ابراهيم بن احمد الغبان», «العميد الركن صادق سرحان», «السفير الدكتور السيد أمين شلبي»)."""
ASIDE_MARKS = frozenset(("،", ",", "(", ")"))
"""Commas and brackets, which set off a time or an apposition inside a clause."""
MEDIUM_PREPOSITIONS = frozenset(normalize(w) for w in ("على", "عبر"))
"""«على صفحتها», «عبر حسابه»: where a statement was published, after its issuer."""
FEMININE_VERB_ENDING = normalize("ت")
"""The ending of a feminine perfect verb («أصدرت», «قالت»): a verb and the cue that share a subject agree."""


AND = "و"
"""The conjunction that joins a verb to the one before with the same subject."""
JOIN_GAP = " \t\n،,"
"""What may stand between a report's content and the «و» of a verb joined to its verb: spaces and a comma."""


SAYING = "بالقول"
"""The lemma of the verbal-noun cue «بالقول» / «بقوله» (cues.tsv): "by saying", after the verb it qualifies."""


OTHER_SIDE = frozenset(normalize(w) for w in ("آخر", "أخرى"))
"""«من جانب آخر», «من جهة أخرى»: a topic shift with no pronoun, before the sentence's verb."""
NEGATIONS = frozenset(normalize(w) for w in ("لا", "لم", "لن", "ما", "ليس", "ليست"))
"""Negations that may open a sentence before a verb: no verb of its own to carry a subject."""
UNMARKED_ENDINGS = ("ا", "ة", "ه", "ى", "ء", "ئ", "ؤ")
"""Endings, as written, of an indefinite noun whose case is not written (ة, ى, ء) or that mark the
accusative (the alif of tanween, «تقريرا»): such a noun after a verb may be its object."""
VOWEL_MARKS = "".join(chr(c) for c in range(0x064B, 0x0653))
"""The short vowels, tanween, shadda and sukun («تقريرًا»): stripped before an ending is read."""
PLURAL_PARTICIPLE_ENDINGS = ("ين", "ون", "وا")
"""A participle in the plural or dual («مؤكدين», «مشيرين») or a verb in the plural («وأكدوا»): it agrees
with no singular subject."""
PLURAL_NOUN_ENDINGS = ("ون", "ين", "وا")
"""A sound masculine plural («المسؤولون», «مسؤولين»; «ممثلو» in construct): a plural participle's subject."""
TA_MARBUTA = "ة"
"""The feminine ending as written («إدارة»): a head in it takes a feminine verb."""
WITH_ARTICLE = normalize("بال")
"""«بـ» + the article opening a word («بالمزارعين»): a preposition's object."""
NISBA_SINGULAR_MASCULINE = "ي"
"""The ending of a masculine singular nisba adjective («فرنسي», «أمني»)."""


FEMININE_HEADS = (*FEMININE_NAME_ENDINGS, normalize("ات"))
"""The endings of a word in the phrase that «التي» may stand for: a feminine word, or a plural of
things («الشركات», which takes a feminine verb)."""


@define
class MentionRecords:
    """One entity group's "records": the mentions longer than every earlier one, and their lengths
    (ascending, for a bisection)."""

    lengths: list[int] = field(factory=list)
    mentions: list[Entity] = field(factory=list)


class Speakers(Phrases):
    """The phrase scans with the look-ups that find who speaks."""

    _records: dict[int, MentionRecords] | None = None
    _source_words: dict[tuple[int, int, str], list[str]] | None = None

    def previous_speaker(
        self, i: int, info: CueInfo, done: Sequence[Attribution], *, past_reported: bool = False
    ) -> Speaker | None:
        """The speaker of the latest earlier attribution within two sentences, when the verb agrees.

        With ``past_reported``, a subject kept from a refused cue inside an earlier report's content
        that has ended (:meth:`reported_announcer`) is passed over."""
        sent = self.sent_of[i]
        latest = max((c for c in done if c.cue.start < self.starts[i]), key=lambda c: c.cue.start, default=None)
        for cue_tok, first, end in reversed(self.announcers):
            if cue_tok >= i or sent - self.sent_of[cue_tok] > CLAUSE_REACH:
                continue
            if latest is not None and latest.cue.start > self.starts[cue_tok]:
                break
            if past_reported and self.inside_ended_content(cue_tok, i, done):
                continue
            name = self.text[self.starts[first] : self.ends[end - 1]]
            if self.agrees(info, name):
                # «ورأى وزير الخارجية أن ...، مؤكدا»: the fuller earlier mention the subject stands for
                src = self.source(first, end)
                full = (self.fuller(src, done) or self.titled_full_name(src)) if src is not None else None
                return full or Speaker(name, (self.starts[first], self.ends[end - 1]), None)
            break
        nested_in: Attribution | None = None
        passed = False  # a later report with no one speaker was passed: the quote is not the latest
        for prev in reversed(done):
            if prev.cue.start >= self.starts[i]:
                continue
            p_tok = bisect_right(self.starts, prev.cue.start) - 1
            if sent - self.sent_of[p_tok] > CLAUSE_REACH:
                break
            if prev.cue.type == "according_to" or prev.cue.type == "phrase" or prev.cue.lemma == STIPULATES:
                continue  # a law that stipulates («التي تنص على») does not go on speaking
            if self.scripture_at(bisect_right(self.starts, prev.cue.end - 1)):
                continue  # «قال تعالى (...)» quoted by a speaker: the one who quoted it goes on
            if nested_in is not None and nested_in.content.start <= prev.cue.start < nested_in.content.end:
                continue
            outer = None if passed else self.reported_in(prev, done)
            if outer is not None and outer.content.end <= self.starts[i]:
                # «وقال: «يرددون أن شيوخهم أفتوا ...». وأضاف:»: a report quoted in an earlier
                # speaker's words is not who goes on; that earlier speaker is.
                nested_in = outer
                continue
            cand = self.one_speaker(prev)
            if cand is None:
                passed = True
                continue
            same = self.took_feminine(p_tok, info) or self.took_masculine(prev, p_tok, info)
            if self.agrees(info, cand.name) or same:
                return cand
            break
        return None

    def reported_announcer(self, i: int, done: Sequence[Attribution]) -> bool:
        """Whether the subject the previous-speaker rule would take first for the cue ``i`` is one
        kept from a refused cue («أعلنت», «رأى») that stands inside an earlier report's content,
        ended before ``i``: «وأوضح المدير أن إدارته أعلنت حالة الطوارئ ... . وأضاف:». What was
        said inside a report is not who goes on; the words kept after such a verb are often its
        object besides (the subject came before the verb: «إدارته أعلنت»)."""
        sent = self.sent_of[i]
        latest = max((c.cue.start for c in done if c.cue.start < self.starts[i]), default=-1)
        for cue_tok, _, _ in reversed(self.announcers):
            if cue_tok >= i or sent - self.sent_of[cue_tok] > CLAUSE_REACH:
                continue
            return latest <= self.starts[cue_tok] and self.inside_ended_content(cue_tok, i, done)
        return False

    def inside_ended_content(self, k: int, i: int, done: Sequence[Attribution]) -> bool:
        """Whether token ``k`` lies inside the content of an earlier report (not an according-to
        phrase) that ends before the cue ``i``."""
        at = self.starts[k]
        return any(
            c.cue.type not in ("according_to", "phrase") and c.content.start <= at < c.content.end <= self.starts[i]
            for c in done
            if c.cue.start < at
        )

    def titled_person(self, src: Source, i: int, info: CueInfo, done: Sequence[Attribution]) -> Speaker | None:
        """The person an honorific with a pronoun stands for («وأوضح معاليه أن»: "his Excellency"):
        the previous speaker when the verb agrees (a minister is «معالي» where the writer did not
        say so), else the latest earlier source titled with that honorific («معالي مدير الجامعة
        الدكتور بكري عساس», «صاحب السمو الأمير ...» for «سموه»). None when the source is not one
        such word."""
        a = bisect_right(self.starts, src.start) - 1
        if a < 0 or self.starts[a] != src.start or self.ends[a] != src.end:
            return None
        honorific = self.honorific_pronoun(a)
        if honorific is None:
            return None
        previous = self.previous_speaker(i, info, done)
        if previous is not None:
            return previous
        for prev in reversed(done[-LOOKBACK:]):
            if prev.cue.start >= self.starts[i]:
                continue
            if prev.cue.start < self.starts[i] - LOOKBACK_CHARS:
                break
            for cand in prev.sources:
                if honorific not in self.word_keys(self.source_words(cand)):
                    continue
                if prev.speaker is not None and prev.speaker.name != cand.text:
                    return prev.speaker
                return Speaker(cand.text, (cand.start, cand.end), cand.entity.group if cand.entity else None)
        return None

    def took_feminine(self, p_tok: int, info: CueInfo) -> bool:
        """Whether a feminine cue goes on with the subject of the earlier cue at ``p_tok`` because
        that subject took a feminine verb itself: «قالت المصادر ...، مشيرة إلى», «قالت السلطات ...
        وأضافت» (a plural of things agrees in the feminine singular, which the name alone does not show)."""
        earlier = self.cue_at.get(p_tok)
        return info.feminine and earlier is not None and earlier.info.feminine

    def took_masculine(self, prev: Attribution, p_tok: int, info: CueInfo) -> bool:
        """Whether a masculine verb goes on with the one-word subject of the earlier report ``prev`` (its
        cue at ``p_tok``) that ends as a feminine name does («لا», «را», «ة») because that subject took a
        masculine verb itself and is a man's family name: the last word of an earlier full name, after a
        plain name word (:meth:`name_before`; «... ولاعب الوسط الغيني ابوبكر سيلا ... . وشدد سيلا على ...،
        وقال:»). A word the rules took as the subject with no name before it may be an adverb or the
        object («عبّر علنا عن شكوك ... مؤكدا»), whose form says nothing of a gender."""
        earlier = self.cue_at.get(p_tok)
        if info.feminine or info.type not in ("speech", "participle") or earlier is None:
            return False
        if earlier.info.type != "speech" or earlier.info.feminine or len(prev.sources) != 1:
            return False
        src = prev.sources[0]
        k = self.tok_of(src.start)
        if self.starts[k] != src.start or self.ends[k] != src.end:
            return False  # one word only: a longer source agrees with a masculine verb anyway
        return any(self.norm[j] == self.norm[k] and self.name_before(j - 1, j) for j in range(1, k))

    def name_before(self, j: int, family: int) -> bool:
        """Whether token ``j`` may be a first name before the family name at ``family``: a listed first
        name («خالد العطية»), or before a family name with no article a plain name word (no article,
        role, «لـ» or stop word) that is neither a cue nor a verb («ابوبكر سيلا»; not «عبّر علنا», and
        not «حقوق الفتاة»: a noun and its genitive)."""
        if self.name_word(j):
            return True
        return not self.definite(family) and self.plain_name(j) and j not in self.cue_at and self.verb_at(j) is None

    def reported_in(self, att: Attribution, done: Sequence[Attribution]) -> Attribution | None:
        """The latest earlier report whose quoted words hold ``att``'s cue (a report nested in a quote).

        Only a quote (marks inside the content, or a direct content between marks): the people a
        speaker's own words mention are not who the writer goes on
        with. An indirect relay is («قال بيان إن دي مستورا شدد ... . وشدد على»: the envoy goes on);
        a colon's content may run on into the writer's next report («قائلاً: إن ...، من جانبه قال
        عضو المجلس ...»); an according-to phrase qualifies its clause and quotes no one."""
        start = att.cue.start
        for prev in reversed(done):
            if prev is att or prev.cue.start >= start:
                continue
            if prev.cue.start < start - LOOKBACK_CHARS:
                return None
            if prev.cue.type in ("according_to", "phrase") or not prev.content.start <= start < prev.content.end:
                continue
            if any(q.start <= start < q.end for q in prev.quotes) or self.quoted_content(prev):
                return prev
        return None

    def according_source_goes_on(self, i: int, info: CueInfo, done: Sequence[Attribution]) -> Speaker | None:
        """The person an according-to phrase of the sentence right before names, when the verb ``i``
        opens the next sentence (a paragraph break allowed) with a dropped subject and no report came
        between («وبحسب مدير المشروع، المهندس سعيد الوادعي، فإن ... . وأوضح أن»): the phrase's one
        source opening with a role, a title or a name, not a document, body or statistic («وفقا
        للإحصائية», «حسب الوزارة»: a text or a body quoted once, often followed by the writer's own
        words). The verb must agree with it."""
        sent = self.sent_of[i]
        if sent == 0 or info.type != "speech" or i != self.sent_first[sent]:
            return None
        begin = self.starts[self.sent_first[sent - 1]]
        before = [c for c in done if begin <= c.cue.start < self.starts[i]]
        if len(before) != 1 or before[0].cue.type != "according_to" or len(before[0].sources) != 1:
            return None
        after = self.cue_at[i].last + 1 if i in self.cue_at else i + 1
        if after < self.n and self.norm[after] in QUOTE_MARKS:
            return None  # «وتقول «مجموعة الأزمات الدولية»، ومقرها بروكسل:»: a quoted subject after the verb
        src = before[0].sources[0]
        k = bisect_right(self.starts, src.start) - 1
        if not (self.is_role(k) or self.bare[k] in person_titles() or self.plain_name(k)):
            return None
        return self.one_speaker(before[0]) if self.agrees(info, src.text) else None

    @staticmethod
    def one_speaker(att: Attribution) -> Speaker | None:
        """Who speaks in an attribution: its resolved speaker, else its one source (None for several
        sources or none)."""
        if att.speaker is not None:
            return att.speaker
        if len(att.sources) == 1:
            src = att.sources[0]
            return Speaker(src.text, (src.start, src.end), src.entity.group if src.entity else None)
        return None

    def sentence_report(self, i: int, done: Sequence[Attribution]) -> Attribution | None:
        """The report of the cue ``i``'s sentence whose content, ended before ``i``, holds the latest
        report before ``i``: the main verb a circumstantial participle after that content qualifies
        («وأوضح المهندس حسن خنكار أن الدورة التي قدمها المدرب عبر الدائرة المغلقة ... تضمنت شرحاً،
        مبيناً أن»: the engineer explains, not the report inside his words). The outermost such
        report, its content a clause («أن ...»). None when the latest report is inside no such
        content, when it opens that content (a relayed report, whose speaker may go on: «ونقلت
        الوكالة أن داود أوغلو تحدث ...، داعيا») or a clause of its own inside it («، إلا أن وكيل
        اللاعب أكد», «، حيث أكد نائب الرئيس»)."""
        latest = max(
            (c for c in done if c.cue.start < self.starts[i] and c.cue.type not in ("according_to", "phrase")),
            key=lambda c: c.cue.start,
            default=None,
        )
        if latest is None:
            return None
        sent = self.sent_of[i]
        report = None
        for prev in reversed(done):
            if prev is latest or prev.cue.start >= latest.cue.start or prev.cue.type in ("according_to", "phrase"):
                continue
            if prev.cue.start < latest.cue.start - LOOKBACK_CHARS:
                break
            holds = prev.content.start <= latest.cue.start < prev.content.end <= self.starts[i]
            if holds and self.sent_of[bisect_right(self.starts, prev.cue.start) - 1] == sent:
                report = prev  # the outermost, not a report quoted inside the main one's words
        if report is None or latest.start <= report.content.start:
            return None
        if self.own_clause(bisect_right(self.starts, latest.start) - 1):
            return None
        c = bisect_right(self.starts, report.content.start) - 1
        # a noun-phrase content («أكد محللون أهمية الزيارة التي ...») is no clause («أنه ...» keeps
        # its complementiser, «أن الدورة ...» starts after it)
        return report if self.is_comp(c) or (c > 0 and self.is_comp(c - 1)) else None

    def joined_speaker(self, i: int, info: CueInfo, done: Sequence[Attribution]) -> Speaker | None:
        """The speaker of the latest report of the cue ``i``'s sentence when its content ends right
        at the «و» written on the cue (a comma or a space between): the verb joined to that report's
        verb shares its subject («قال مورينيو إن خلافاته ... قد انتهت وأكد على», «نفى رئيس النادي
        وجود مفاوضات وقال إن»). None without «و» («فاعترف»: "and so", often another subject), when
        that report lies inside another's content («قال الوزير إن المدير أعلن أن ... وأكد»: either
        may go on), when its content follows a colon with no quotation mark (the speaker's own words
        may run on past the «و»: «وقال فلان في تغريدته: يقتل نفسه ... ويزعم أنه») or when the verb
        does not agree."""
        if not (self.conj[i] and self.texts[i].startswith(AND)):
            return None
        reports = [c for c in done if c.cue.start < self.starts[i] and c.cue.type not in ("according_to", "phrase")]
        latest = max(reports, key=lambda c: c.cue.start, default=None)
        if latest is None or self.sent_of[bisect_right(self.starts, latest.cue.start) - 1] != self.sent_of[i]:
            return None
        if latest.content.end > self.starts[i] or self.text[latest.content.end : self.starts[i]].strip(JOIN_GAP):
            return None
        if any(c is not latest and c.content.start <= latest.cue.start < c.content.end for c in reports):
            return None
        if latest.kind == "direct" and not self.quoted_content(latest):
            return None
        speaker = self.one_speaker(latest)
        return speaker if speaker is not None and self.agrees(info, speaker.name) else None

    def own_clause(self, k: int) -> bool:
        """Whether the words from token ``k`` open a clause of their own, not one embedded in the
        words before: after «لكن», «فيما», «بينما», «إذ», «حيث», «كان», after «إلا أن», «غير أن»,
        «كما أن», «بيد أن», after «وقد», or after a topic shift with the speaker's pronoun («من
        جانبه», «من جهته»: topic_shifts.txt)."""
        if k < 1:
            return False
        before = self.bare[k - 1]
        if before in BUT or before in CLAUSE_OPENERS or before in (WHERE, *KANA):
            return True
        if before in PERFECT and self.conj[k - 1]:
            return True
        if k < 2:
            return False
        if any(
            before.endswith(e) and f"{self.bare[k - 2]} {before[: -len(e)]}" in self.grammar.topic_shifts
            for e in self.grammar.speaker_enclitics
        ):
            return True  # «، من جانبه قال عضو المجلس»
        return self.complementiser_form(before) and self.bare[k - 2] in BUT_THAT

    def quoted_content(self, att: Attribution) -> bool:
        """Whether a direct content is a quote (its first token right after an opening mark), not
        the words after a colon."""
        if att.kind != "direct":
            return False
        k = bisect_right(self.starts, att.content.start) - 1
        return k > 0 and k - 1 in self.closer

    def speech_giver(self, i: int, info: CueInfo, done: Sequence[Attribution]) -> Speaker | None:
        """The subject of «ألقى ... كلمة» up to two sentences before the cue ``i``, when no other
        report or announcement came between."""
        sent = self.sent_of[i]
        latest = max((c.cue.start for c in done if c.cue.start < self.starts[i]), default=-1)
        if any(cue_tok < i and self.sent_of[cue_tok] >= sent - CLAUSE_REACH for cue_tok, _, _ in self.announcers):
            return None  # «كشف المتحدث عن ...، وأضاف»: the announcement is nearer (previous_speaker)
        giving, speeches = self.grammar.giving, self.grammar.speeches
        first = self.sent_first[max(0, sent - CLAUSE_REACH)]
        k = i - 1
        while k >= first and self.starts[k] > latest:
            if self.bare[k] in giving:
                break
            k -= 1
        else:
            return None
        if k < first or self.starts[k] <= latest:
            return None
        limit = min(self.sent_limit(k), k + 1 + SPEECH_REACH, i)
        j = next((j for j in range(k + 1, limit) if self.word(j) and self.head(j) in speeches), -1)
        end = j
        while end > k + 1 and self.punct[end - 1]:
            end -= 1  # «الفرطيش، كلمة»: the comma before the speech is not the name's
        if j < 0 or end == k + 1 or self.is_stop(k + 1) or not self.word(k + 1):
            return None  # «ألقى كلمة», «ألقى فيها كلمة»: no subject written after the verb
        name = self.text[self.starts[k + 1] : self.ends[end - 1]]
        return Speaker(name, (self.starts[k + 1], self.ends[end - 1]), None) if self.agrees(info, name) else None

    def statement_before(self, i: int) -> int:
        """The statement noun the resumptive «فيه» after the cue ``i`` points back to («بيانا قالت
        فيه», «كلمة، وجه فيها», «بيانا رسميا أكد فيه»: one word or a comma between), or -1."""
        if not (i > 0 and i + 1 < self.n and self.bare[i + 1] in IN_IT):
            return -1
        noun = i - 1
        if noun > 0 and self.is_comma(noun):
            noun -= 1
        if self.bare[noun] not in STATEMENT_NOUNS and noun > 0 and self.bare[noun - 1] in STATEMENT_NOUNS:
            noun -= 1  # «مؤتمرا صحفيا قال فيه», «بيانا أمس أشاروا فيه»
        return noun if self.word(noun) and self.bare[noun] in STATEMENT_NOUNS else -1

    def statement_issuer(self, i: int) -> tuple[int, int, int] | None:
        """The verb that issued the statement before the cue ``i`` and its subject's tokens
        ``[first, end)`` («وأصدرت وزارة الداخلية اليوم بيانا قالت فيه»: «أصدرت», «وزارة الداخلية»;
        ``first == end`` when the subject is dropped: «وأصدرت بيانا»). None without such a verb in
        the sentence within reach of the noun."""
        noun = self.statement_before(i)
        if noun < 0:
            return None
        end = noun
        while end > 0 and (self.aside(end - 1) or (self.word(end - 1) and self.is_stop(end - 1))):
            end -= 1  # «أصدرت الوزارة اليوم بيانا», «ألقى ... الفرطيش، كلمة»: the time or comma is not the issuer
        first = max(self.sent_first[self.sent_of[i]], end - STATEMENT_REACH)
        for v in range(end - 1, first - 1, -1):
            if self.bare[v] in STATEMENT_VERBS:
                return v, v + 1, max(end, v + 1)
            if self.is_comp(v):
                return None  # «أن»: the verb is in another clause
        return None

    def aside(self, k: int) -> bool:
        """Whether the token ``k`` is a comma or a bracket: what sets off a time or an apposition
        inside a clause («أصدرت القيادة، اليوم (الأربعاء)، بيانا»)."""
        return self.punct[k] and self.texts[k] in ASIDE_MARKS

    def statement_speaker(self, i: int, info: CueInfo, done: Sequence[Attribution]) -> Speaker | None:
        """The issuer of the statement the resumptive «فيه» after the cue ``i`` points back to, when
        it is the subject written after the issuing verb and the two verbs agree («ألقى المهندس
        الغبان كلمة رحب فيها»), or its fuller earlier mention."""
        found = self.statement_issuer(i)
        if found is None:
            return None
        v, first, end = found
        if end <= first or self.bare[v].endswith(FEMININE_VERB_ENDING) != self.bare[i].endswith(FEMININE_VERB_ENDING):
            return None  # «أصدرت الوزارة بيانا قال فيه»: the verbs do not share a subject («تحدث»: no ending)
        cut = next((k for k in range(first, end) if self.aside(k)), end)
        if all(self.punct[k] or self.is_stop(k) for k in range(cut, end)):
            end = cut  # «أصدرت القيادة، اليوم (الأربعاء)، بيانا»: the time set off after the issuer
        medium = next((k for k in range(first + 1, end - 1) if self.bare[k] in MEDIUM_PREPOSITIONS), end)
        if medium < end and any(self.bare[medium + 1].endswith(e) for e in self.grammar.speaker_enclitics):
            end = medium  # «ونشرت «الفرقة 30» على صفحتها ... بيانا»: where it was published is no issuer
        src = self.source(first, end)
        if src is None:
            return None
        full = self.fuller(src, done) or self.scattered_fuller(src, done) or self.titled_full_name(src)
        return full or Speaker(src.text, (src.start, src.end), src.entity.group if src.entity else None)

    def person_title(self, k: int) -> bool:
        """Whether the word at ``k`` is a title before a person's name: the gazetteer's («الدكتور»,
        «الشيخ») or one written short in full («المهندس», «الأستاذ»)."""
        w = self.bare[k]
        return w in person_titles() or (w.startswith(ARTICLE) and w[len(ARTICLE) :] in TITLE_ABBREVIATIONS.values())

    def title_end(self, k: int) -> int:
        """The token after a person's title at ``k``: ``k + 1`` for «الدكتور», ``k + 2`` for a
        title written short with its full stop («د.», «م.»); -1 when no title stands at ``k``."""
        if self.bare[k] in TITLE_ABBREVIATIONS and k + 1 < self.n and self.texts[k + 1] == ".":
            return k + 2
        return k + 1 if self.person_title(k) else -1

    def title_key(self, k: int) -> str:
        """A title as compared across mentions: written short or in full, with or without the
        article («د.» = «الدكتور» = «دكتور»)."""
        w = TITLE_ABBREVIATIONS.get(self.bare[k], self.bare[k])
        return w[len(ARTICLE) :] if w.startswith(ARTICLE) else w

    def titled_full_name(self, src: Source) -> Speaker | None:
        """The earlier mention in the text of a titled person named short: «المهندس الغبان» (or
        «الدكتور القباع أستاذ ...», a role in apposition after it) stands for «المهندس ابراهيم بن
        احمد الغبان» before it, the same title, given names (or a rank, a second title) and the
        same family name, wherever that mention stands (a list of attendees, the object of a verb).
        A title written short is the same title in full («د. المزروع» for «الدكتور عبدالواحد
        المزروع», «الدكتور الشايع» for «د. سلطان بن سعود الشايع»)."""
        a = bisect_right(self.starts, src.start) - 1
        if a < 0 or self.starts[a] != src.start or a + 1 >= self.n:
            return None
        t = self.title_end(a)
        if t < 0 or t >= self.n:
            return None
        b = bisect_right(self.starts, src.end - 1)
        if b - t != 1 and not (b - t > 1 and self.is_role(t + 1)):
            return None
        family = self.bare[t]
        if not self.word(t) or self.is_stop(t) or self.is_role(t) or self.person_title(t):
            return None
        title = self.title_key(a)
        for k in range(a - 1, -1, -1):
            if self.starts[k] < src.start - LOOKBACK_CHARS:
                return None
            first = self.title_end(k) if self.title_key(k) == title else -1
            if first < 0:
                continue
            for j in range(first, min(self.n, first + 1 + NAME_WORDS)):
                if not self.word(j) or (self.is_stop(j) and self.bare[j] not in NAME_LINKS):
                    break
                if self.conj[j] or (self.is_role(j) and not self.person_title(j)):
                    break  # «والرئيس عبدالفتاح السيسي ووزير الدفاع المصري»: another mention begins
                if self.bare[j] == family:
                    if j > first:
                        span = (self.body[k], self.ends[j])  # «والدكتور محمد السعيد»: without «و»
                        return Speaker(self.text[span[0] : span[1]], span, None)
                    break
        return None

    def subject_end(self, p: int, limit: int) -> int:
        """The end (exclusive) of the subject written right after a verb at ``p`` when no
        complementiser follows (a noun-phrase content or an object comes after it): the noun
        phrase, or the entity starting there; a person's name after a role; ``p`` when none."""
        end = self.np_end(p, limit, names=False)
        if self.entities and p < limit:
            ent = self.entity_from(self.body[p], self.ends[limit - 1])
            if ent is not None:
                end = p
                while end < limit and self.starts[end] < ent.end:
                    end += 1
                if ent.label == PERSON and end < limit and self.is_role(end) and not self.definite(end):
                    # «وأكد عبدالله بترجي عضو فريق العمل أهمية»: a role in construct after the name
                    end = max(end, self.construct_end(end, limit), self.np_end(end, limit, names=False))
        if end <= p:
            return end
        if self.entities and end < limit and self.is_role(end - 1):
            # «وأكد السفير عبدالله المعلمي أهمية الحدث»: a person's name right after a role is
            # the rest of the subject, not the content.
            ent = self.entity_from(self.body[end], self.ends[limit - 1])
            if ent is not None and ent.label == PERSON:
                while end < limit and self.starts[end] < ent.end:
                    end += 1
        # «رئيس الاتحاد فهد الحريشي سعادته»: the name after a role's noun phrase is the subject's
        return self.name_after_role(p, end, limit)

    def clause_subject(
        self, i: int, info: CueInfo, done: Sequence[Attribution], *, named: bool = False, wide: bool = False
    ) -> Speaker | None:
        """The subject of the clause with no cue that opens the cue ``i``'s sentence, or the sentence
        before when the cue opens its own («واستقبل وزير الصحة ... الوفد. وأوضح أن»): a verb first,
        then a role or a person or body the entity layer names; with ``named``, for a participle in
        that verb's own sentence, also a body's head noun (bodies.txt: «ودانت الجامعة العربية
        ...، مؤكدة») or a name word of the shipped lists («وسعى نتنياهو ...، قائلا»). None when an
        attribution, a paragraph break or another person comes between, when the words after the
        verb are not a subject («وخاطب الحضور»: its object, the subject dropped) or the verb does
        not agree. With ``wide`` (and ``named``), the verb may follow a topic shift («من جانب آخر
        حددت الوزارة», «من جانبها؛ أهابت وزارة الزراعة») or open its sentence without «و»
        («توعدت قيادة المقاومة»), and an indefinite subject marked by its case may be taken
        (:meth:`case_marked_subject`: «أعد برلماني فرنسي تقريرا ...، قائلا»)."""
        sent = self.sent_of[i]
        first = self.sent_first[sent]
        if i == first:
            if sent == 0:
                return None
            first = self.sent_first[sent - 1]
        # with ``wide``, a report «فيه» points back to is the subject's own («أعد برلماني فرنسي
        # تقريرا ... اقترح فيه خطة ...، قائلا»): it does not come between
        latest = max(
            (c.cue.start for c in done if c.cue.start < self.starts[i] and not (wide and self.resumptive_only(c))),
            default=-1,
        )
        if self.starts[first] <= latest or "\n" in self.text[self.starts[first] : self.starts[i]]:
            return None
        k = self.after_topic_shift(first, i) if wide else first
        a = k + 1
        if not self.word(k) or k in self.cue_at or self.is_stop(k) or self.definite(k) or self.is_role(k):
            return None
        if self.bare[k] in HE_SHE:
            return None  # «وهو خطيب تميم»: a nominal sentence, its subject a pronoun
        if self.lpre[k] or self.entity_from(self.body[k], self.starts[i]) is not None or a >= i:
            return None
        limit = min(self.sent_limit(a), i)
        if not self.word(a) or self.is_stop(a) or self.lpre[a]:
            return None
        ent = self.entity_from(self.body[a], self.ends[limit - 1])
        person = ent is not None and ent.label in (PERSON, "ORG")
        marked = self.case_marked_subject(a, limit, i, info) if wide and not (self.is_role(a) or person) else -1
        if not (self.is_role(a) or person or marked > a or (named and self.named_subject(a, i, info, wide=wide))):
            return None
        end = self.subject_end(a, limit)
        if marked > a:
            end = marked  # «برلماني فرنسي»: the noun and its adjectives, not the object after them
        elif not (self.is_role(a) or person or self.definite(a)):
            end = a + 1  # «وشنت تركيا غارات»: a name's words only, not the object after them
            while end < limit and (self.name_word(end) or self.bare[end] in NAME_LINKS):
                end += 1
            family = end < limit and self.definite(end) and not self.bare[end].endswith(self.grammar.nisba_endings)
            if family and (end + 1 == limit or self.punct[end + 1]):
                end += 1  # «ويرى صادق الحدب "ناخب" أن»: a family name with the article ends the name
        if end <= a:
            return None
        if end == a + 2 and self.is_role(a + 1) and not self.definite(a + 1):
            end = max(end, self.subject_end(a + 1, limit))  # «رئيس مجلس الإدارة»: a role in construct with a role
        for j in range(a + 2, end):
            if self.definite(j) and self.definite(j - 1) and not self.lpre[j]:
                if j + 1 < end and not self.definite(j + 1) and self.word(j + 1):
                    continue  # «وزير الصحة الدكتور توفيق الربيعة»: a title and the name after it
                if self.another_person(j):
                    return None  # «واستقبل وزير الصحة السفير الأمريكي»: the object is a person too
                if not self.adjective(j):
                    end = j  # «وافتتح أمير المنطقة المعرض الدولي»: a definite noun, no adjective: the object
                    break
        if any(self.another_person(j) or self.bare[j] in BUT for j in range(end, i)):
            # another person named nearer the cue, or «لكن» opening a clause with a subject of its
            # own («وكانت الحكومة قد وافقت ... لكن أنصار البيئة طعنوا قائلين»)
            return None
        between = self.entity_in(self.ends[end - 1], self.starts[i])
        if between is not None and between.label == PERSON:
            return None
        if wide:
            # «أهابت وزارة الزراعة بالمزارعين»: «بـ» + the article after the subject is the verb's
            # complement, not a seat
            end = next((j for j in range(a + 1, end) if self.bare[j].startswith(WITH_ARTICLE)), end)
            # «ابتكر مهندس ياباني وسيلة نقل»: an indefinite word after an indefinite nisba is the object
            end = next((j for j in range(a + 2, end) if self.indefinite_nisba(j - 1) and self.object_after(j)), end)
        span = (self.body[a], self.ends[end - 1])
        name = self.text[span[0] : span[1]]
        group = ent.group if ent is not None and person else None
        if wide and self.bare[i].endswith(PLURAL_PARTICIPLE_ENDINGS) != self.bare[a].endswith(PLURAL_NOUN_ENDINGS):
            return None  # «احتفل خالد ... بزفاف ابنته ...، متمنين»: a plural participle, a singular subject
        if wide and not info.feminine and self.texts[a].rstrip(VOWEL_MARKS).endswith(TA_MARBUTA):
            return None  # «تنتظر إدارة الاتحاد التقرير ... ويتوقع»: a feminine head, a masculine verb
        return Speaker(name, span, group) if self.agrees(info, name) else None

    def saying_after_verb(self, i: int, info: CueInfo) -> bool:
        """Whether the cue ``i`` is the verbal noun «بالقول» right after a verb with «و» that opens
        its clause and has no subject written («ومضى بالقول», «واستطرد بالقول», «وتابع بالقول»):
        "and he went on by saying", the verb's dropped subject the speaker. Not after a subject
        («ومضى الصباغ بالقول»: the source rules' short source), a word with the article or a verb
        with an object pronoun («واستهلها بالقول»: the thing begun may be another person's letter)."""
        k = i - 1
        if info.lemma != SAYING or k < 0 or not (self.conj[k] and self.texts[k].startswith(AND)):
            return False
        if not self.word(k) or self.definite(k) or self.is_stop(k) or self.lpre[k]:
            return False
        if any(len(e) > 1 and self.bare[k].endswith(e) for e in self.grammar.speaker_enclitics):
            return False  # «كتب رسالة ... واستهلها بالقول»: "began it", the letter's writer, not the last speaker
        return k == self.sent_first[self.sent_of[k]] or (k > 0 and self.punct[k - 1])

    def saying_speaker(self, i: int, info: CueInfo, done: Sequence[Attribution]) -> Speaker | None:
        """The previous speaker for «بالقول» after a verb with a dropped subject, the verb deciding
        the agreement («وتابعت بالقول» after «وأكدت الوزارة»: feminine)."""
        verb = evolve(info, feminine=self.bare[i - 1].endswith(FEMININE_VERB_ENDING))
        return self.previous_speaker(i, verb, done)

    def resumptive_only(self, att: Attribution) -> bool:
        """Whether the cue of ``att`` has the resumptive «فيه», «فيها» of a statement right after it
        («تقريرا ... اقترح فيه خطة»): the statement's issuer speaks there, whatever source was read."""
        k = bisect_right(self.starts, att.cue.end - 1)
        return k < self.n and self.bare[k] in IN_IT

    def after_topic_shift(self, first: int, i: int) -> int:
        """The token after a topic shift that opens the sentence at ``first`` before the cue ``i``
        («من جانب آخر حددت», «من جانبها؛ أهابت», «من جهته، رحب»: topic_shifts.txt, with the
        speaker's pronoun or «آخر»/«أخرى» and a mark after it), or ``first``. «أما» is not one:
        its subject comes before the verb."""
        if first + 2 >= i or self.bare[first] != OF:
            return first
        w, shifts = self.bare[first + 1], self.grammar.topic_shifts
        if f"{OF} {w}" in shifts:
            k = first + 2
            if self.bare[k] not in OTHER_SIDE:
                return first
            k += 1
        elif any(w.endswith(e) and f"{OF} {w[: -len(e)]}" in shifts for e in self.grammar.speaker_enclitics):
            k = first + 2
        else:
            return first
        if k < i and self.punct[k]:
            k += 1
        return k if k < i and self.word(k) else first

    def case_marked_subject(self, a: int, limit: int, i: int, info: CueInfo) -> int:
        """The end of an indefinite subject right after its sentence's verb, told from an object by
        its case (the verb at ``a - 1``, the participle at ``i``): a masculine noun without the
        alif of the accusative tanween and an indefinite nisba adjective after it, which agree with
        a masculine singular participle («أعد برلماني فرنسي تقريرا ...، قائلا», «رجح تحليل
        اقتصادي حديث أن ...، مفيدا»); -1 when there is none. An object is accusative («وأصدر
        بيانا رسميا»), a noun in ة, ى or ء shows no case («وشهدت جلسة»), a feminine or plural
        participle does not agree («وأعد باحث سعودي دراسة، مؤكدة»)."""
        if info.feminine or self.bare[i].endswith(PLURAL_PARTICIPLE_ENDINGS) or self.bare[a - 1] in NEGATIONS:
            return -1
        if a + 1 >= limit or self.lpre[a] or self.definite(a) or self.is_stop(a) or a in self.cue_at:
            return -1
        if not self.word(a) or self.texts[a].rstrip(VOWEL_MARKS).endswith(UNMARKED_ENDINGS):
            return -1
        if self.verb_at(a) is not None:
            return -1
        end = a + 1
        while end < limit and self.indefinite_nisba(end):
            end += 1
        return end if end > a + 1 else -1

    def object_after(self, j: int) -> bool:
        """Whether the word at ``j`` after an indefinite subject may be the verb's object: an
        indefinite noun that is no nisba adjective, no name word and no preposition's object."""
        if not self.word(j) or self.definite(j) or self.lpre[j] or self.is_stop(j) or self.conj[j]:
            return False
        return not (self.indefinite_nisba(j) or self.name_word(j))

    def indefinite_nisba(self, j: int) -> bool:
        """Whether the word at ``j`` is an indefinite nisba adjective in the nominative or genitive
        («فرنسي», «اقتصادي»; not «فرنسيا», accusative, nor «فرنسية», feminine)."""
        w = self.bare[j]
        if not self.word(j) or self.definite(j) or self.lpre[j] or self.conj[j] or self.is_stop(j):
            return False
        written = self.texts[j].rstrip(VOWEL_MARKS)
        return written.endswith(NISBA_SINGULAR_MASCULINE) and len(w) > len(NISBA_SINGULAR_MASCULINE) + 2

    def named_subject(self, a: int, i: int, info: CueInfo, *, wide: bool = False) -> bool:
        """Whether the word at ``a``, right after its clause's verb, is a subject that a participle
        ``i`` later in the same sentence goes on with though no role or entity marks it: a body's
        head noun with the article («الجامعة», «اللجنة»: bodies.txt) or a name word of the shipped
        lists («نتنياهو», «تركيا»), after a verb with «و» that is not «كان». The participle
        qualifies its sentence's verb, so it shares that verb's subject; an object («وخاطب الحضور»:
        no body, no name) is not taken, nor a word after «لا» («لا أرى مبررا», «لا ريب»), nor a
        subject of «وكانت» (the verb comes later: «وكانت المحكمة عقدت»). With ``wide``, the verb
        that opens its sentence (or follows a topic shift) needs no «و» («توعدت قيادة المقاومة
        ...، مشيرة»), but a negation is no verb («لا ريب»)."""
        if info.type not in ("participle", "speech") or self.sent_of[a] != self.sent_of[i]:
            return False
        if info.type == "speech" and not wide:
            return False  # a speech verb only when joined by «و» to its sentence's first verb
        if not (self.conj[a - 1] or wide) or self.bare[a - 1] in KANA or self.bare[a - 1] in NEGATIONS:
            return False  # «لا أرى مبررا», «لا ريب»; «وكانت المحكمة عقدت»: the verb comes later
        if not self.conj[a - 1] and self.name_word(a - 1):
            return False  # «أيمن حسن- سبق- متابعة: حدد الكاتب»: a byline's name, no verb
        return (self.definite(a) and self.head(a) in self.grammar.bodies) or self.name_word(a)

    def another_person(self, j: int) -> bool:
        """Whether a definite role word at ``j`` heads a mention of its own (after a definite word,
        a punctuation mark or «و»: «السفير الأمريكي», «، والوزير»), not a construct's genitive
        («مقر الجمعية») or a preposition's object («بحضور السفير» is read as the first)."""
        if not (self.is_role(j) and self.definite(j)) or self.lpre[j]:
            return False
        return self.conj[j] or self.punct[j - 1] or self.definite(j - 1)

    def construct_mention(self, src: Source) -> Speaker | None:
        """The earlier mention a role + definite noun stands for: «مدير المستشفى» for «مدير مستشفى
        النور التخصصي الدكتور أيمن بن عصام يماني» (the same role, the noun in construct, then names)."""
        a = bisect_right(self.starts, src.start) - 1
        if a < 0 or self.starts[a] != src.start or a + 2 >= self.n or self.ends[a + 1] != src.end:
            return None
        if not (self.is_role(a) and self.definite(a + 1)) or self.definite(a):
            return None
        role, noun = self.bare[a], self.head(a + 1)
        for k in range(a - 1, 0, -1):
            if self.starts[k] < src.start - LOOKBACK_CHARS:
                return None
            if self.bare[k] != role or self.definite(k + 1) or self.bare[k + 1] != noun:
                continue
            limit = self.sent_limit(k)
            end = self.np_end(k, limit, names=True)
            while end < limit and end - k < CONSTRUCT_REACH and self.word(end) and not self.definite(end):
                if self.is_stop(end) or end in self.cue_at or self.is_comp(end):
                    break
                end += 1  # «... الدكتور أيمن بن عصام يماني»: the name after the title
            if end - k <= CONSTRUCT_WORDS:
                return None
            return Speaker(self.text[self.body[k] : self.ends[end - 1]], (self.body[k], self.ends[end - 1]), None)
        return None

    def named_body(self, src: Source) -> Speaker | None:
        """The earlier mention in the text that a body's head noun alone stands for: «الوزارة» for
        «وزارة الخدمة المدنية» (bodies.txt; the head with a genitive or a name after it, up to a
        definite noun that is no adjective), the nearest, wherever it stands (the subject of a verb
        that is no cue, an object): after «وزارة التعليم» and «وزارة الخدمة المدنية», «الوزارة» is
        the ministry the text turned to last (read on unannotated news: the nearest was right where
        two bodies share the head 12 times in 16, wrong once)."""
        a = bisect_right(self.starts, src.start) - 1
        if a < 0 or self.body[a] != src.start or self.ends[a] != src.end or not self.definite(a):
            return None
        head = self.head(a)
        if head not in self.grammar.bodies:
            return None
        for k in range(a - 1, -1, -1):
            if self.starts[k] < src.start - LOOKBACK_CHARS:
                break
            if self.bare[k] != head or k + 1 >= self.n or not self.word(k + 1) or self.is_stop(k + 1):
                continue
            limit = self.sent_limit(k)
            end = self.np_end(k, limit, names=False)
            if not self.definite(k + 1):
                end = min(end, k + 2)  # «شركة آبل زيادة», «شركة توشيبا بسبب»: one name word, then adjectives
                while (
                    end < limit
                    and self.definite(end)
                    and self.adjective(end)
                    and not self.conj[end]
                    and not self.is_stop(end)
                    and self.bare[end] not in self.grammar.relatives
                ):
                    end += 1  # «شركة دله الصحية»
            while k < end < limit and not self.definite(end - 1) and self.definite(end) and not self.conj[end]:
                end += 1  # «هيئة حقوق الإنسان»: a construct runs to its definite genitive
            for j in range(k + 2, end):
                if self.definite(j) and self.definite(j - 1) and not self.conj[j] and not self.adjective(j):
                    end = j  # «وأدان مجلس الوزراء الكويتي التفجير»: a definite noun, no adjective, is the object
                    break
            if end - k < 2:
                continue
            return Speaker(self.text[self.body[k] : self.ends[end - 1]], (self.body[k], self.ends[end - 1]), None)
        return None

    def adjective(self, j: int) -> bool:
        """Whether the word at ``j`` ends as an adjective may («الكويتي», «المدنية»: adjective_endings.txt)."""
        return self.bare[j].endswith(self.grammar.adjective_endings)

    def stipulating_text(self, i: int) -> Speaker | None:
        """The legal text before «، التي» + the verb ``i`` («المادة رقم "236" من نظام العمل، التي
        تنص على»): the text's head noun (legal_texts.txt) and what follows it up to the relative."""
        first = self.sent_first[self.sent_of[i]]
        k = i - 1
        if k <= first or self.bare[k] not in self.grammar.relatives:
            return None
        end = k
        while end > first and self.punct[end - 1] and self.texts[end - 1][0] in COMMA_MARKS:
            end -= 1
        head = -1
        for h in range(end - 1, max(first, end - ANTECEDENT_REACH) - 1, -1):
            if self.word(h) and self.head(h) in self.grammar.legal_texts:
                head = h  # the first legal noun of the phrase: «المادة ... من نظام العمل»
            elif (self.punct[h] and self.texts[h][0] in TERMINAL_MARKS) or (self.is_stop(h) and self.bare[h] != OF):
                break  # «في المادة»: the phrase starts after its preposition
        if head < 0:
            return None
        # «وفقاً للمادة (236) ...، التي»: the preposition ل stays out of the name.
        span = (self.body[head] + (1 if self.lpre[head] else 0), self.ends[end - 1])
        return Speaker(self.text[span[0] : span[1]], span, None)

    def relative_subject(self, i: int, info: CueInfo) -> Speaker | None:
        """The noun phrase before «الذي» or «التي» right before the cue ``i``: the relative clause's
        subject is its antecedent («من الأسطورة الأرجنتينية دييجو مارادونا الذي قال إن»).

        The relative agrees with the verb («التي قال انها»: someone else said it of her), «التي»'s
        phrase holds a feminine word or a plural of things («بعض الشركات التي تزعم»), the verb
        carries no object pronoun («الذي وصفه بأنه»: it is the object) and a complementiser follows.
        The phrase starts after a punctuation mark or a stop word, or at its first role word when a
        verb opens the sentence («ورأس الاجتماع رئيس وفد البريد ... الضعيان الذي أوضح أن»).
        """
        first = self.sent_first[self.sent_of[i]]
        r = i - 1
        if r <= first or self.bare[r] not in (WHO_MASCULINE, WHO_FEMININE):
            return None
        if (self.bare[r] == WHO_FEMININE) != info.feminine or i + 1 >= self.n or not self.is_comp(i + 1):
            return None
        verb = self.bare[i]
        if any(verb.endswith(e) and verb[: -len(e)] in self.lex.cues for e in self.grammar.speaker_enclitics):
            return None
        end = r
        if end - 1 > first and self.is_comma(end - 1):
            end -= 1  # «زوجته، التي أوضحت»
        k = end - 1
        while k >= first and end - k <= ANTECEDENT_WORDS:
            if self.punct[k] or self.is_stop(k) or k in self.cue_at or not self.word(k):
                break
            k -= 1
        bounded = k < first or self.punct[k] or self.is_stop(k)
        a = next((j for j in range(k + 1, end) if self.is_role(j)), -1)
        if a < 0:
            if not bounded or k + 1 >= end:
                return None
            a = k + 1
        start = self.body[a] + (1 if self.lpre[a] else 0)
        span = (start, self.ends[end - 1])
        name = self.text[span[0] : span[1]]
        if self.bare[r] == WHO_FEMININE and not any(w.endswith(FEMININE_HEADS) for w in normalize(name).split()):
            # «النظرية المقدمة من الرئيس أوباما التي تقول»: «التي» is the theory's, not the president's.
            return None
        return Speaker(name, span, None)

    def opens_clause(self, i: int, info: CueInfo) -> bool:
        """Whether the cue ``i`` opens its clause (a participle, or first in its sentence, after
        «كما» opening it, or after a punctuation mark): then a dropped subject continues the
        previous speaker."""
        first = self.sent_first[self.sent_of[i]]
        if i - 1 == first and self.bare[first] == ALSO:
            return True  # «كما دعا كافة الممارسين إلى ...»: "he also called", the same speaker
        return info.type == "participle" or i == first or (i > 0 and self.punct[i - 1])

    def fronted_topic(self, i: int, info: CueInfo) -> bool:
        """Whether the reporting verb ``i`` follows a topic fronted at its sentence's start
        (fronted_topics.txt: «وعن تجربته في السجن قال إن», «وحول السياحة الداخلية، قال»,
        «وفيما يتعلق بحجم الأضرار قال»), with no other cue between: the topic is what the speaker
        was asked about, not the verb's subject. Not a participle or a phrase, nor a verb with «و»
        of its own («وحول الوزير القضية إلى النيابة وقال»: joined to a verb with a subject), nor
        past a mark inside the topic's words (a clause of their own follows it)."""
        if info.type != "speech" or self.conj[i]:
            return False
        first = self.sent_first[self.sent_of[i]]
        if first >= i or not self.word(first):
            return False
        topics = self.grammar.fronted_topics
        two = first + 1 < i and f"{self.bare[first]} {self.norm[first + 1]}" in topics
        if not (self.bare[first] in topics or two):
            return False
        # a mark inside the topic's words opens a clause of their own («وبالنسبة للمسرح الكويتي، فهو
        # الآخر برأي فلان لم يستفد ...، يقول»); only a comma right before the verb closes the topic
        if any(self.punct[k] for k in range(first + 1, i - 1)):
            return False
        return not any(k in self.cue_at for k in range(first + 1, i))

    def nearest_entity(self, i: int, info: CueInfo) -> Speaker | None:
        """The nearest earlier entity in the sentence that can be the subject of the verb ``i``."""
        first = self.starts[self.sent_first[self.sent_of[i]]]
        k = bisect_right(self.ent_starts, self.starts[i]) - 1
        while k >= 0 and self.entities[k].start >= first:
            ent = self.entities[k]
            if ent.end <= self.starts[i] and (ent.label == "PER") != info.feminine and self.may_be_subject(ent):
                return Speaker(ent.text, (ent.start, ent.end), ent.group)
            k -= 1
        return None

    def may_be_subject(self, ent: Entity) -> bool:
        """Whether an entity is not the object of a preposition («في سوريا», «بسوريا»)."""
        k = bisect_right(self.starts, ent.start) - 1
        if k < 0:
            return True
        if self.starts[k] < ent.start and self.norm[k][:1] in PREPOSITION_LETTERS:
            return False
        return not (k > 0 and self.is_stop(k - 1))

    def agrees(self, info: CueInfo, name: str) -> bool:
        """A rough gender check between a verb and a candidate speaker («أكدت» and «روسيا»)."""
        head = normalize(name).split()
        if not head:
            return False
        fem_name = head[0].endswith(FEMININE_NAME_ENDINGS)
        return fem_name == info.feminine or (not info.feminine and len(head) > 1)

    def group_records(self) -> dict[int, MentionRecords]:
        """Per entity group: the mentions longer than every earlier one, and their lengths."""
        if self._records is None:
            self._records = {}
            for ent in self.entities:
                if ent.group is None:
                    continue
                records = self._records.get(ent.group)
                if records is None:
                    records = self._records[ent.group] = MentionRecords()
                if not records.lengths or len(ent.text) > records.lengths[-1]:
                    records.lengths.append(len(ent.text))
                    records.mentions.append(ent)
        return self._records

    def source_words(self, src: Source) -> list[str]:
        """The normalised words of a source's form (computed once per source)."""
        if self._source_words is None:
            self._source_words = {}
        key = (src.start, src.end, src.form)
        words = self._source_words.get(key)
        if words is None:
            words = self._source_words[key] = normalize(src.form).split()
        return words

    @staticmethod
    def word_keys(words: list[str]) -> list[str]:
        """The words compared when a mention is matched word by word: the article and an
        abbreviation's full stop dropped, an abbreviated title written out («د.» = «الدكتور»), a
        conjunction before the article dropped (a second role joined to the first: «رئيس اللجنة
        التنظيمية والمتحدث باسم الوزارة» holds «المتحدث»; not «والدها», a word of its own)."""
        out = []
        for w in words:
            w = w.rstrip(".")
            w = TITLE_ABBREVIATIONS.get(w, w)
            if w[:1] in CONJUNCTIONS and w[1:].startswith(ARTICLE) and len(w) > len(ARTICLE) + JOINED_ROLE_LETTERS:
                w = w[1:]
            if w.startswith(ARTICLE) and len(w) > len(ARTICLE) + 2:
                w = w[len(ARTICLE) :]
            out.append(w)
        return out

    @staticmethod
    def body_of(longer: list[str], words: list[str]) -> bool:
        """Whether ``words`` occur in ``longer`` only right after a preposition (the body a role or
        an unnamed source serves: «مصدر أمني في وزارة الداخلية الكويتية»)."""
        k = len(words)
        at = [i for i in range(1, len(longer) - k + 1) if longer[i : i + k] == words]
        return bool(at) and all(longer[i - 1] in BODY_LINKS for i in at)

    def fuller(self, src: Source, done: Sequence[Attribution]) -> Speaker | None:
        """The fuller earlier mention a short source stands for («هاموند», «المرصد»)."""
        words = self.source_words(src)
        if not words:
            return None
        if src.entity is not None and src.entity.group is not None:
            # The group's first mention longer than the source: the first of the group's "records"
            # (mentions longer than every earlier one) that is longer. A bisection, not a scan.
            records = self.group_records().get(src.entity.group)
            if records is not None:
                r = bisect_right(records.lengths, len(src.text))
                if r < len(records.mentions) and records.mentions[r].start < src.start:
                    ent = records.mentions[r]
                    return Speaker(ent.text, (ent.start, ent.end), ent.group)
        for prev in done[-LOOKBACK:]:
            for cand in prev.sources:
                cw = self.source_words(cand)
                if len(cw) > len(words) and (
                    contains_words(cw, words) or cw[: len(words)] == words or self.taken_up(cw, words)
                ):
                    if cw[: len(words)] != words and self.body_of(cw, words):
                        continue  # «مصدر أمني في وزارة الداخلية الكويتية», then «وزارة الداخلية الكويتية»
                    if prev.speaker is not None and prev.speaker.name != cand.text:
                        return prev.speaker
                    return Speaker(cand.text, (cand.start, cand.end), cand.entity.group if cand.entity else None)
            named = self.named_in_sentence(prev)
            if named is not None:
                cw = normalize(named.name).split()
                if len(cw) > len(words) and (contains_words(cw, words) or cw[: len(words)] == words):
                    return named
        return None

    def named_in_sentence(self, att: Attribution) -> Speaker | None:
        """The issuer named as the speaker of «أصدرت اللجنة ... بيانا قالت فيه» (no source written):
        a mention in the cue's own sentence that a later short source («وأوضحت اللجنة») may stand
        for, as it did when the issuer was the source."""
        if att.sources or att.speaker is None:
            return None
        k = bisect_right(self.starts, att.cue.start) - 1  # «وقالت»: the cue starts after the «و»
        if self.statement_before(k) < 0:
            return None
        first = self.starts[self.sent_first[self.sent_of[k]]]
        return att.speaker if first <= att.speaker.span[0] < att.cue.start else None

    def taken_up(self, longer: list[str], words: list[str]) -> bool:
        """Whether a one-word definite source takes up the indefinite head of an earlier mention:
        «المصادر» after «مصادر صحفية», «المسؤول» after «مسؤول أمني» (the article marks the known one).
        Not a quantity noun: «البعض» "some people" is not «بعض وسائل الإعلام» (partitives.txt)."""
        if len(words) != 1 or not words[0].startswith(ARTICLE) or longer[0].startswith(ARTICLE):
            return False
        if longer[0] in self.grammar.partitives:
            return False
        return words[0][len(ARTICLE) :] == longer[0]

    def scattered_fuller(self, src: Source, done: Sequence[Attribution]) -> Speaker | None:
        """The earlier source holding every word of a short one, not as one run.

        «المهندس المطيري» after «رئيس بلدية القيصومة المهندس محارب بن منصور المطيري», «المدرب
        البرتغالي» after «البرتغالي جوزيه مورينيو مدرب تشيلسي»: a title or role with the family
        name or a nationality. Words compare without the article, «د.» as «الدكتور». A run inside
        the longer mention is :meth:`fuller`'s (and a body after «في» is not the source again).
        """
        words = self.source_words(src)
        if len(words) < SCATTERED_MIN_WORDS:
            return None
        keys = set(self.word_keys(words))
        for prev in done[-LOOKBACK:]:
            for cand in prev.sources:
                cw = self.source_words(cand)
                if len(cw) <= len(words) or contains_words(cw, words) or not keys <= set(self.word_keys(cw)):
                    continue
                if prev.speaker is not None and prev.speaker.name != cand.text:
                    return prev.speaker
                return Speaker(cand.text, (cand.start, cand.end), cand.entity.group if cand.entity else None)
        return None
