"""Where phrases and clauses begin and end: sources, noun phrases, reported content.

Bounded scans over the token index, within a sentence: the stage stays linear in the text.
"""

from __future__ import annotations

from functools import cache, cached_property
from typing import Literal

from arabicnews.arabic.clitics import count_key, name_words
from arabicnews.arabic.letters import restore_article
from arabicnews.core.normalize import normalize
from arabicnews.model.attribution import Source, SourceKind
from arabicnews.model.spans import Span
from arabicnews.stages.attribution.index import (
    AN,
    ARTICLE,
    BA,
    BETWEEN,
    CLAUSE_OPENERS,
    COLONS,
    COMMAS,
    CONJUNCTION,
    DEMONSTRATIVES,
    FA,
    HAMZA_BELOW,
    LAM,
    LAM_ARTICLE,
    MAX_SENTENCE,
    QUOTE_MARKS,
    SON,
    TA,
    TA_MARBUTA,
    TERMINAL,
    Index,
    person_titles,
    place_triggers,
)
from arabicnews.stages.attribution.lexicon import CueInfo

Marker = Literal["quote", "colon", "comp", "prep", "none"]
"""What opens a speech cue's content: a quote, a colon, a complementiser, the cue's preposition, or
nothing found."""

WINDOW = 30
"""How many tokens after a cue are searched for what opens its content."""
NAME_TAIL = 4
"""How many name words may follow a role phrase at the end of a clause."""
BEFORE_VERB = 6
"""How many words before a verb a subject may take."""
TOPIC_REACH = 10
"""How far before «ف» + verb «أما» may be."""
PERFECT = ("قد", "لقد")
"""Particles between a subject and its verb («المرصد قد أكد»)."""
KANA = ("كان", "كانت")
"""«كان»: opening a clause, the words between it and a verb are the verb's subject («وكان الوزير قال»)."""
KANA_REACH = 16
"""How many tokens before a verb «كان» may stand."""
AMMA = ("اما", "واما")
"""«أما»: its topic is the subject of the verb after «ف»."""
BUT = ("لكن", "ولكن")
"""«لكن»: with a pronoun after a comma, it opens a clause with its own subject."""
BRACKETED_NAME = 4
"""How many tokens a bracketed name inside a subject may take, brackets included («وسائل الاتصال (تويتر)»)."""
TOPIC_RELATIVE_REACH = 18
"""How far before «، فـ» + verb «أما» may be when the topic is cut («أما كلينتون التي ...، فتقول»)."""
CONTRAST_SUBJECT_WORDS = 10
"""How many tokens a role's subject after «، لكن» may take before its verb, linking prepositions included."""
PRONOUN_HOSTS = ("لكن", "ولكن", "لان", "كان")
"""Words whose pronoun enclitic is the subject of the verb after them («لكنه أكد»)."""
FIRST_PERSON = ("نا", "ني")
"""The first-person subject enclitics of «لكن» («لكننا», «لكنني»): the speaker's own voice."""
BEFORE = "لدي"
OPEN_PAREN = "("
CLOSE_PAREN = ")"
OBJECT_PRONOUN_ENDINGS = ("ه", "ها", "هم", "هما")
"""Pronouns written on a verbal noun («وصوله», «لقائها»), as normalised (ة is ه too: see at_body)."""
"""«لدى»: «البعثة الأمريكية لدى الحلف» keeps the phrase after it."""
TOLD_THIRD = ("له", "لها", "لهم", "لهما")
"""«ل» + a third-person pronoun after a definite subject: the one told («أكد المعلم لهم أن»; not «لي»,
a name word too: «وزير النقل الماليزي ليو تيونغ لي»)."""
TOLD = (*TOLD_THIRD, "لنا", "لي")
"""«ل» + a pronoun right after a reporting verb: the one told («أكد لها أنه»)."""
IN_THE_NAME_OF = "باسم"
"""«باسم»: «المتحدث باسم الجيش» keeps the phrase after it."""
ON_BEHALF = "نيابه"
"""«نيابةً» (normalised) before «عن»: on whose behalf the source speaks, no part of it."""
BEHALF_OF = "عن"
"""The «عن» of «نيابةً عن»."""
OWN_NAME = tuple(IN_THE_NAME_OF + p for p in ("ه", "ها", "هم", "هما", "ي", "نا"))
"""«باسمه», «باسمها»: "in his own name", after the source, no part of it («أعرب الملك باسمه واسم شعب ...»)."""
SPOKESMEN = ("متحدث", "ناطق")
REPRESENTATIVES = ("ممثل", "مسءول")
"""Heads (normalised: «مسؤول») whose «عن» + noun phrase says whom they represent or what they answer for
(«ممثل عن الأهالي»)."""
"""Role heads whose «باسمه» is their complement («المتحدث باسمهم جيمس قاديت»)."""


QUOTED_NAME_TOKENS = 5
"""How many tokens (marks included) a quoted name after a head noun may span."""
NAME_MARKER_REACH = 8
"""How many tokens after a short quoted name inside a subject the cue's content marker may follow
(«وقالت جماعة "لايون إيد" للحفاظ على الأسود إن»: attr20d)."""
PARENS = {"(": ")", "[": "]"}
"""Brackets that hold an aside («قال المدرب (إسباني) إن»)."""
DASHES = ("-", "–", "—")
TIME_NOUNS = ("عام", "شهر", "اسبوع", "موسم")
"""Nouns of time that, with an adjective of TIME_ADJECTIVES, stand after a verb («العام الماضي»)."""
TIME_ADJECTIVES = ("ماضي", "مقبل", "جاري", "قادم", "منصرم", "فائت")
"""Dashes that enclose an aside («وقال المسؤول - الذي ... - إن»)."""
ASIDE_REACH = 15
"""How many tokens a bracketed or dashed aside may span."""
IN = ("في", "فى")
"""«في» (also written «فى»): a place phrase after a role may name the body's seat."""
OCCASION_PREPS = ("في", "فى", "خلال", "اثناء")
"""Prepositions that open a statement's occasion before a «بـ» content (normalised)."""
OCCASION_WORDS = 3
"""The most words an occasion phrase («في بداية الاجتماع») has before the «بـ» content."""
SEAT_REACH = 5
"""How many words a «في» phrase kept in a source may span (with a name after it)."""
BA_SEAT_REACH = 18
"""How many tokens a «بـ» seat and the name after it may span before the verb's «بـ» content."""
SEMICOLONS = ("؛", ";")
"""Semicolons: «السديس؛ بتهيئة» closes a source before its «بـ» content as a comma does."""
SEAT_WORD_MIN = 3
"""How many letters a place word with «بـ» on it has after the ب at least («بالطائف»; «بان» is «بأن»)."""
BY_THAT = "بذلك"
"""«بذلك» right after a verb with a «بـ» content: what came before («أفاد بذلك مدير الإدارة»), normalised."""
SEAT_COMP_REACH = 6
"""How many tokens after a «بـ» word of the subject «أن» may stand for that «بـ» to be no content's."""
PLURAL_AT = "ات"
"""A sound feminine plural's ending: «عمليات» of the name lists is no first name before a content."""
NISBA_GENITIVE = ("يه", "يون", "يين")
"""Feminine and plural nisba endings, as normalised («الإسلامية», «الفلسطينيين»): such an adjective after a
masculine role and its genitive agrees with the genitive («وزير الشؤون الإسلامية»)."""
GENERAL = normalize("عام")
"""«عام» after a role in construct («مدير عام», «أمين عام»): its adjective, though the name lists hold it as a name."""
GENERAL_DEFINITE = normalize("العام")
"""«المشرف العام على»: the adjective that may stand between a role in charge and its preposition."""
MASCULINE_NISBA = "ي"
"""The masculine singular nisba ending («الأمريكي»): after a role and its genitive it may be the role's own
adjective, which closes the construct («وزير الخارجية الأمريكي والقنصل العام»: two men)."""
SERVANT = "عبد"
"""«عبد» + a definite word («عبد الله», «عبد الرحمن»): one name written as two words."""
AGE_WORDS = frozenset(normalize(w) for w in ("عاما", "عام", "عاماً", "سنة", "سنوات", "عمره", "عمرها"))
"""Words of years after a number in brackets after a name («(61 عاما)»): an age, no role."""
SLASH = "/"
"""A slash between a rank and a name («النقيب /نايف»)."""
QUOTED_NAME_NEXT = ("الي", "ل", "عن")
QUOTED_SOURCE_REACH = 12
"""How many tokens a source may run from the verb to a quoted name inside it («نائب رئيس الهيئة ... «نزاهة»»)."""
TO_CONTENT = normalize("إلى")
"""«إلى» after a statement's venue («في تصريحاته إلى أن»): the verb's preposition opening its content."""
"""Words after a quoted name right after a verb that show it is the speaker («وأشار "الشريف" إلى»)."""
WHAT = "ما"
"""The relative «ما» ("what"): the words after it before a verb are a clause, not its subject."""
NAME_WORDS = 3
"""How far (in words from the head) a plain name may run after its first word."""
CONSTRUCT_CHAIN = 3
"""The most indefinite nouns a construct chain of two role nouns runs through before its definite genitive
(«نائب مدير عام مطار عدن الدولي»)."""
VERB = "verb"
"""The preposition column of an according-to cue that counts only before a reporting verb («على ما»)."""
THANKS = "thanks"
"""The preposition column of a verb of giving («قدّم», «رفع») that reports only thanks, condolences or
congratulations (thanks.txt): the noun of thanks opens its content («وقدم معاليه شكره لـ»)."""
THANKS_REACH = 8
"""How many tokens a source (and a modifier) may span between a verb of giving and its noun of thanks."""
TIME_CLAUSE_OPENERS = ("عند", "عندما", "حين", "حينما", "اثناء", "خلال", "بعد", "قبل")
"""Words (normalised) that open a time phrase or clause before a verb («وعند سؤال والدتي أخبرتني»): no subject."""
BLAME = "blame"
"""The preposition column of «حمّل» “held responsible”, which reports only where a noun of
responsibility.txt follows it; that noun opens its content («وحمّل الوزير الشركة المسؤولية الكاملة»)."""
GIVING = (THANKS, BLAME)
"""The preposition columns of verbs that report only before a noun of their list, which opens the content."""
BLAME_REACH = 16
"""How many tokens a subject and the one held responsible may span between «حمّل» and «المسؤولية»
(«وحمّل الرئيس الفلسطيني محمود عباس "أبو مازن" الحكومة الإسرائيلية المسؤولية»)."""
ON = "علي"
"""«على» (normalised): «أكد على ما صرح به الوزير» takes the according-to phrase as its object."""
WRITTEN_ON = "على"
"""«على» as written, with ى: only this spelling is taken for «أكد على» (with ي it may be the name «علي»)."""
ON_TAKERS = ("أكد", "مؤكدا")
"""Cues whose optional «على» opens their noun-phrase content («وأكد الوزير على ضرورة أن ...», «مؤكدا على»)."""
WRITTEN_POSSESSIVES = ("هما", "هم", "ها", "ه")
"""Possessive pronouns as written on a noun (ه, not the ة that normalising makes ه)."""
GOD = "الله"
"""«الله» ends many names («عبدالله»): its ه is no pronoun."""
PARTICIPLE_M = "م"
"""The prefix of participles («المشرف», «مطلع»): one right before «على» governs it («المشرف العام على»)."""
PARTICIPLE_MIN = 4
"""A circumstantial participle («متحدثا», «مضيفا») is longer than this (normalised, with its ending)."""
ACCUSATIVE = "ا"
"""The ending of an indefinite noun in the accusative, as normalised («حضورا»)."""
PRONOUN_PARTICLES = ("ان", "فان", "وان", "بان", "لان", "لكن", "ولكن", "كان", "لعل")
"""«إن», «أن», «لكن» and their kin as normalised: a «ها» on them is their subject («فإنها مفيدة»), and a
participle after them is a predicate, not a report."""
BAN_TAIL = "ان"
"""«بان» split as «بـ» + «ان»: a «بأن» written without hamza, or the name Ban («بان كي مون»), never a «بـ» noun."""
INFORMING = ("أبلغ", "أخبر")
"""The lemmas of informing, whose object (the one told) comes before the content («أبلغ الوزير السفير أن»)."""
PERCENT_SIGNS = ("%", "٪")
"""A percent sign written apart from its number («40 %») ends no content: it is the number's unit."""
TONGUE = "لسان"
"""«على لسان»: through the mouth of, a second source after the first (dev9's gold gives both)."""
IMPERSONAL_FRAME = 2
"""«من المنتظر», «من المقرر»: an impersonal frame of two words that waits for its «أن»."""
OF = "من"
"""«من» after a quantity noun: «عدد من المراقبين» (partitives.txt)."""
LINKS = ("في", "فى", "علي", "من", "لدي", "ل", "لـ", "ب", "بـ")
"""Prepositions (normalised) that may join a role to its complement inside a source («المشرف العام
على المهرجان», «مدير الهيئة في محافظة ينبع»)."""
POSSESSIVE_ENDINGS = ("ه", "ها", "هم", "هما", "هن")
"""Possessive pronouns on a noun, as written (ة is another letter there): «مدونتها», «حديثه»."""
PHRASE_PREPS = ("في", "فى", "علي", "من", "مع")
"""Prepositions whose phrase may describe a definite source up to its «أن» («المتحالف مع حزب الله»);
not ل, which names the audience («لـ"سبق"»)."""
SECOND_ROLE_REACH = 12
"""How many tokens a prepositional phrase and the role or name after it may span before the content."""
CALLED_WORDS = 8
"""How many tokens the one called on may span before a call's «لـ» («دول الجوار والدول الشقيقة ... وروسيا»)."""
ROLE_NAME_QUOTE = 3
BUT_THAT = ("الا", "غير", "كما", "بيد")
BARE_AN = "ان"
"""«أن» (normalised) with no «بـ» and no pronoun."""
"""Words before «أن» that open a clause whose subject may stand before a comma («إلا أن المدير، أكد»)."""
PLURAL_OBLIQUE = "ين"
"""The oblique sound plural ending (normalised)."""
NISBA_PLURAL = "يين"
"""The oblique plural of a nisba adjective (normalised)."""
PEOPLE_MIN = 8
FEMININE_PLURAL = "ات"
"""The sound feminine plural ending («الغارات»)."""
"""The shortest «لل» + plural in -ين read as an audience («للمحققين»; not «للدين»)."""
HE_SHE = ("هو", "هي")
"""«وهو», «وهي» (the «و» stripped) before a role: who the quoted name right before is."""
SOUND_PLURAL = "ون"
BROKEN_PLURAL_END = "اء"
"""«زعماء», «خبراء», «أعضاء»: the plural pattern «فعلاء»/«أفعلاء» (five letters or more: «علاء» is a name)."""
BROKEN_PLURAL_MIN = 5
AGENCY_REACH = 4
"""At most this many words in an audience «لوكالة الصحافة الفرنسية» before the content marker."""
PLURAL_AT = "ات"
"""A feminine sound plural's ending («القوات»).
"""
NISBA_PLURAL_NOM = "يون"
"""The nominative plural of a nisba (normalised): «اقتصاديون», «سياسيون»."""
PLURAL_MIN = 6
"""The shortest word in «يون» read as a plural («ليون» is a name)."""
NISBA_SINGULAR = "ي"
"""The singular nisba ending (normalised) of a family name with the article: «الزيلعي», «القرشي»."""
FAMILY_MIN = 5
"""The shortest family name with the article («العلي»)."""
"""The nominative sound plural ending (normalised): such a noun takes no genitive («اقتصاديون»)."""
DUAL_END = "ان"
"""The nominative dual ending (normalised): «المواطنان» counts the names after it."""
VERB_PREPS = ("عن", "الي", "علي")
"""A verb's own preposition right before its «أن» («أعلن ... عن أن», «أشار ... إلى أن»)."""
PLURAL_VERB_ENDINGS = ("وا", "ون", "ين", "ان")
"""Plural and dual endings of a verb or participle (normalised): «أكدوا», «يقولون» tell no gender."""
SPEAKING = ("speech", "participle")
"""Cue types whose form tells the speaker's gender («قالت», «مشيرة»)."""
AMONG = ("وسط", "داخل")
"""Words that place unnamed sources inside a group («مصادر وسط المقاومة», «مصادر داخل الأمانة»)."""
"""How many tokens (marks included) a quoted role or nickname after a name may span («عيسى الصويتي "صياد":»)."""


FAMILY = "ال"
"""«آل» "the house of", normalised: the link of a family name («عبدالله بن زايد آل نهيان»)."""
NAME_LINKS = ("بن", "بنت", "ابن", "ابو", "ابي", FAMILY)
"""Words inside a person's name (normalised; «ال» is «آل»): «سلمان بن عبدالعزيز آل سعود»."""
WHAT_SAID = ("ما", "لما")
"""Before a cue word, «ما» makes it “what was said” («، أما ما ذكر حول المشروع»), not a new report."""
SHIFT_REACH = 14
"""How far after «، أما», «، من جانب» a report must start for them to end the content before them."""
WRITTEN_TA_MARBUTA = "ة"
"""A name word after a title does not end in ة here («الوزارة أهمية ...» is no name)."""
HER = "ها"
HIM = "ه"
"""The pronouns on «لكنها», «إلا أنه» (normalised) that must agree with the noun they resume."""
TITLED_NAME = 4
NAME_MIN = 3
"""The fewest letters of a name word after a title («ما» in «ونفى المصدر ما يردده» is none)."""
"""How many words a name after a title may have before its family name («حامد بن مالح»)."""


@cache
def _heads(phrases: frozenset[str]) -> frozenset[str]:
    """Every start of a phrase of ``phrases`` that a space follows («سائلا» of «سائلا الله»): a word
    that is none of them opens no phrase with the word after it (a set lookup before the join)."""
    return frozenset(w[:i] for w in phrases for i, ch in enumerate(w) if ch == " ")


@cache
def _first_names() -> frozenset[str]:
    """The person and place name words shipped for the entity tagger (counts-table keys)."""
    return name_words()


class Phrases(Index):
    """The token index with the scans that bound sources, noun phrases and clauses."""

    def clause_end(self, k: int) -> int:
        """The token index (exclusive) where the clause starting at ``k`` ends.

        The clause runs to the end of the sentence, past the end of a quote that closes in a
        later sentence, and stops before a cue that opens a new clause («، مشيرا», «، وتوقع»).
        """
        end = self.sent_limit(k)
        cap = k + MAX_SENTENCE  # quotes that run over several sentences extend a clause this far
        j = k
        cue_at, closer, norm = self.cue_at, self.closer, self.norm
        prayer_heads = _heads(self.grammar.prayers)
        while j < end:
            if j in closer:
                c = closer[j]
                if c >= end:
                    end = min(self.sent_limit(c), cap)
                j = c + 1
                continue
            comment = self.is_comma(j - 1) and self.ends_after_comma(j) and self.has_predicate(k, j)
            comment = comment or (
                norm[j] in prayer_heads and self.prayer_at(j) and self.verb_object_at(k) and self.has_predicate(k, j)
            )
            cue = j > k and j in cue_at  # only a cue opens a new clause (``boundary`` is false elsewhere)
            if (cue and self.boundary(j) and not self.told_inside(k, j)) or (j > k and comment):
                break
            contrast = self.contrast_start(j) if cue and self.boundary(j, contrast=True) else -1
            if contrast > k and not self.resumes_subject(k, contrast):
                j = contrast  # «... لكنه أضاف أن»: the contrast opens the new report
                break
            j += 1
        e = min(j, end)
        while e > k and (
            # a closing mark stays only when its quote opened inside the content («... واللعب".»
            # after «، واصفين» inside a quote that opened before it is the outer quote's end); a
            # percent sign is the number's unit, not a mark («بنسبة 40 %، لافتا»: the golds keep it)
            (
                self.punct[e - 1]
                and self.opener.get(e - 1, -1) < k
                and not self.closes_bracket(k, e - 1)
                and self.texts[e - 1] not in PERCENT_SIGNS
            )
            or self.bare[e - 1] in CLAUSE_OPENERS  # «، فيما اتهم ...»: «فيما» opens the next clause
            or e - 1 in self.closer
        ):
            e -= 1
        return e

    def prayer_at(self, j: int) -> bool:
        """Whether the writer's prayer opens at ``j`` with no comma before it (prayers.txt: «سائلا الله»,
        «سائلين المولى»): «قدم ... تعازيه في وفاة ... رحمها الله سائلا الله بأن يتغمدها» ends its
        content before the prayer, as «، سائلا» does (clause_ends.txt). Only in a content that is the
        verb's noun phrase (:meth:`verb_object_at`): in an «أن» clause the prayer may be its own subject's
        («أوضح أن مدير الدفاع المدني قدم تعازيه لذوي المتوفى سائلا الله له الرحمة»: the golds keep it)."""
        return j + 1 < self.n and f"{self.norm[j]} {self.norm[j + 1]}" in self.grammar.prayers

    def scripture_at(self, j: int) -> bool:
        """Whether the words at ``j`` name God or the Prophet (scripture.txt: «تعالى», «الله عز», «صلى
        الله», «عليه الصلاة»): after «قال» they open the quotation of a verse or a saying."""
        if j >= self.n:
            return False
        return self.norm[j] in self.grammar.scripture or (
            j + 1 < self.n and f"{self.norm[j]} {self.norm[j + 1]}" in self.grammar.scripture
        )

    def verb_object_at(self, k: int) -> bool:
        """Whether a content starting at ``k`` is no «أن/إن» clause (the verb's noun phrase: «تعازيه»)."""
        return not (self.is_comp(k) or (k > 0 and self.is_comp(k - 1)))

    def told_inside(self, k: int, j: int) -> bool:
        """Whether the cue ``j`` inside a content that starts at ``k`` after a bare «أن/إن» is a report
        by the content's own noun subject, so the content runs on over it.

        A reporting verb with no subject after it («، وأكدت أنها», «، كشف عن أن», «وتساءلت عن») takes
        the one it agrees with in gender: when it agrees with the content's subject and not with the
        speaker's verb before the content, its clause goes on with what was said («وقال الوزير إن
        الشركة أنهت المشروع، وأكدت أنها ...»: «أكدت» is the company's). A verb that names its own
        subject («، وأكدت الوزارة أن»), or agrees with the speaker, is a new report.
        """
        if k < 2 or self.bare[k - 1] not in self.grammar.complementisers or not self.word(k):
            return False
        match = self.cue_at[j]
        nxt = match.last + 1
        if match.info.type != "speech" or nxt >= self.n or self.bare[match.last].endswith(PLURAL_VERB_ENDINGS):
            return False
        if not (self.is_comp(nxt) or self.bare[nxt] in VERB_PREPS or self.bare[nxt] == match.info.prep):
            return False  # «، وأكدت الوزارة أن»: the verb names its own subject
        first = self.sent_first[self.sent_of[k]]
        said = next((i for i in range(k - 2, first - 1, -1) if i in self.cue_at), -1)
        if said < 0 or self.cue_at[said].info.type not in SPEAKING or self.bare[said].endswith(PLURAL_VERB_ENDINGS):
            return False
        told = match.info.feminine
        subject = self.texts[k].endswith((WRITTEN_TA_MARBUTA, FEMININE_PLURAL))
        return told != self.cue_at[said].info.feminine and told == subject

    def contrast_start(self, i: int) -> int:
        """Where «لكن» with its pronoun subject, or «إلا/غير/بيد/كما أن» with one, starts right
        before the cue ``i`` («لكنه أضاف أن», «، إلا أنها أوضحت أن»), or -1.

        The guideline's content end at «لكن» and «إلا أن»: the content runs on past them and ends
        there only where a new report opens; a contrast with its pronoun and then a reporting verb
        is that new report, whose subject is the pronoun («لكنه يحتاج إلى وقت», with no cue, goes on
        with what was said).
        """
        if i < 1 or i not in self.cue_at:
            return -1
        host = self.bare[i - 1]
        if host in self.pronoun_subjects and host.startswith(BUT):
            return i - 1
        with_pronoun = host != BARE_AN and host.startswith(BARE_AN) and self.complementiser_form(host)
        if i >= 2 and with_pronoun and self.bare[i - 2] in BUT_THAT:
            return i - 2
        return -1

    def resumes_subject(self, k: int, c: int) -> bool:
        """Whether the pronoun of the contrast at ``c`` («لكنها», «إلا أنه») can resume the noun
        subject of a content that starts at ``k`` after a bare «أن»: «فإن الطائرة طلبت ... لكنها
        أشارت إلى أن» is a report told inside the content, not a new one. Not after «إنه» or with no
        complementiser (the pronoun is the speaker's), nor when the genders differ («أن العمل
        مستمر، إلا أنها أوضحت»: «ها» is not «العمل»).
        """
        if k < 1 or self.bare[k - 1] not in self.grammar.complementisers or not self.word(k):
            return False
        host = self.bare[c] if self.bare[c].startswith(BUT) else self.bare[c + 1]
        feminine = self.texts[k].endswith((WRITTEN_TA_MARBUTA, FEMININE_PLURAL))
        if host.endswith(HER):
            return feminine
        return not (host.endswith(HIM) and feminine)

    def has_predicate(self, k: int, j: int) -> bool:
        """Whether the words ``[k, j)`` can be a whole reported content: not an impersonal frame
        that waits for its «أن» («أن من المنتظر، خلال الجلسة ...، أن تشرح»: «من المنتظر», «من
        المقرر» alone say nothing yet)."""
        words = [x for x in range(k, j) if self.word(x)]
        return not (0 < len(words) <= IMPERSONAL_FRAME and self.bare[words[0]] == OF and self.definite(words[-1]))

    def attached_ba(self, k: int) -> int:
        """Where the word after the preposition ب written on token ``k`` starts («بتحسين»), or -1.

        Decided on the clitic segmenter's segments: a word that begins with the letter
        («بغداد») is not split and keeps it.
        """
        segs = self.toks[k].segments
        first = 1 if self.conj[k] and len(segs) > 1 else 0
        if len(segs) > first + 1 and segs[first].role == "proclitic" and segs[first].form == BA:
            return segs[first + 1].start
        return -1

    def attached_lam(self, k: int) -> int:
        """Where the word after the preposition ل written on token ``k`` starts («للتعاون», «لإعلان»), or -1."""
        segs = self.toks[k].segments
        first = 1 if self.conj[k] and len(segs) > 1 else 0
        if self.lpre[k] and len(segs) > first + 1:
            return segs[first + 1].start
        return -1

    def ba_after_adjunct(self, p: int, k: int) -> bool:
        """«A comma closes the adjunct: the «بـ» after it is the verb's»: whether the word at ``k``,
        right after a comma past the cue's first word ``p``, carries the «بـ» of a verb's content.

        A place, venue or audience phrase owns a «بـ» written inside it («على المدينة بكاملها»), never
        one after the comma that ends it («وتعهدت عقب استعادة القاعدة من المتمردين، بتوسيع»), unless
        that word opens an adjunct of its own (`ba_adjuncts.txt`: «، بحضور», «، بالتعاون مع», «، بحيث»);
        «، وبـ» joins one more phrase to the one before («، وبمساعدة نائب الرئيس»).
        """
        if k <= p or not self.is_comma(k - 1) or self.conj[k] or self.attached_ba(k) < 0:
            return False
        return self.ba_noun(k) not in self.grammar.ba_adjuncts

    def ba_seat(self, p: int, k: int, limit: int) -> int:
        """«A «بـ» seat in a role's source: the verb's «بـ» comes after it»: where the verb's «بـ» content
        opens past a seat written with «بـ» at ``k`` (a place or body after the role the source opened
        with: «طالب نائب رئيس اللجنة بغرفة جدة عيضة الحارثي، بإعادة», «وجه الأمير ... رئيس مجلس التنمية
        السياحية بالمنطقة بإيقاف»), or -1.

        The words between the cue's first word ``p`` and ``k`` hold a role or body; the word after the
        «بـ» is a place noun or a place name of the gazetteers, or a body of bodies.txt («بمنطقة»,
        «بجدة», «بغرفة»); a second «بـ» word comes within ``BA_SEAT_REACH`` words, not across a mark other
        than a comma, a cue, a complementiser or «و» + «بـ», and is no place itself; and either it
        follows the seat right away or after a comma, or the words between are a name («... بجدة
        عيضة الحارثي بإعادة») or place words («بمنطقة الرياض بتطوير»). Otherwise the first «بـ» is the
        content («أشاد الوزير بالمنطقة ومشاريعها»: no second «بـ»; «رحب الأمير بالوفد بمقر الإمارة»:
        no place after the first).
        """
        if k <= p or self.conj[k] or self.attached_ba(k) < 0 or self.is_comp(k):
            return -1
        heads = (self.grammar.bodies, self.lex.unnamed)
        if not any(self.is_role(j) or any(self.head(j) in h for h in heads) for j in range(p, k)):
            return -1
        if not (self.ba_place(k) or self.ba_noun(k) in self.grammar.bodies):
            return -1
        named = placed = False
        for m in range(k + 1, min(limit, k + 1 + BA_SEAT_REACH)):
            if self.punct[m]:
                if not self.is_comma(m) and self.texts[m] not in SEMICOLONS:
                    return -1
                continue
            if m in self.cue_at or self.is_comp(m) or m in self.closer or self.bare[m] in self.grammar.relatives:
                return -1  # «بكتاب الرصد الذي تمت طباعته بإشراف»: a relative clause describes a thing
            if self.attached_ba(m) >= 0:
                if (self.ba_place(m) or self.ba_noun(m) in self.grammar.bodies) and not named:
                    placed = True  # «بمنطقة مكة بمحافظة جدة»: the seat's own seat
                    continue
                if self.conj[m] or self.ba_place(m) or self.ba_noun(m) in self.grammar.ba_adjuncts:
                    return -1  # «بالمعروف والنهي», «بجدة بحضور»: one phrase, or an adjunct after it
                right_after = m == k + 1 or self.punct[m - 1]
                return m if right_after or named or placed else -1
            if self.place(m) and not named:
                placed = True  # «بمنطقة مكة»: a place name («مكة») before any title or name
            elif self.norm[m] in person_titles() or (self.plain_name(m) and self.place(m)):
                named = True  # a title or a name word of the name lists («الدكتور», «عيضة»), not «مؤخرا»
        return -1

    def ba_place(self, k: int) -> bool:
        """Whether the word after the «بـ» written on token ``k`` names a place: a place noun of the
        gazetteer («بمنطقة», «بالمدينة») or a name word of the entity tagger's lists («بجدة»)."""
        tok = self.toks[k]
        rest = tok.text[self.attached_ba(k) - tok.start :]
        return count_key(rest) in _first_names() or self.ba_noun(k) in place_triggers()

    def ba_after_occasion(self, p: int, k: int) -> bool:
        """«A statement's occasion before the «بـ» content: the «بـ» after it is the verb's»: whether the
        word at ``k`` carries the «بـ» of a verb's content right after an occasion phrase that follows its
        subject or the verb («وأشاد الإمام خلال المناسبة بالمشاركة», «ورحب سموه في كلمته بالوزراء»,
        «ونوه في بداية الاجتماع بموافقة»).

        The phrase is «في», «خلال» or «أثناء» and at most ``OCCASION_WORDS`` words, one of its first two
        an occasion or a document (`occasions.txt`, `documents.txt`; also with a possessive pronoun:
        «كلمته»). The «بـ» word opens no adjunct (`ba_adjuncts.txt`: «بمناسبة», «بحضور», «بالتعاون مع»;
        a listed noun with the article and an adjective after it is content: «بالمشاركة الإيجابية») and
        names no place («خلال زيارته بالرياض»: a name or place word of the gazetteers after the «بـ»); no
        «لـ» phrase comes before the occasion (an object and its addressee: «وجه ... صفعة قوية لآرسنال»).
        """
        if k <= p or self.conj[k] or self.attached_ba(k) < 0:
            return False
        tok = self.toks[k]
        rest = tok.text[self.attached_ba(k) - tok.start :]
        if self.ba_noun(k) in self.grammar.ba_adjuncts:
            # «بمشاركة», «بالتعاون مع», «بالإضافة إلى» open adjuncts; «بالمشاركة الإيجابية» is content
            described = k + 1 < self.n and self.word(k + 1) and not self.is_stop(k + 1)
            if not (normalize(rest).startswith(ARTICLE) and described):
                return False
        if count_key(rest) in _first_names() or self.ba_noun(k) in place_triggers():
            return False
        s = k - 1
        while s >= p and k - s <= OCCASION_WORDS and self.word(s) and not self.is_stop(s):
            if self.attached_ba(s) >= 0 or self.is_comp(s) or s in self.cue_at:
                return False
            s -= 1
        if s < p or s + 1 >= k or self.bare[s] not in OCCASION_PREPS:
            return False
        if any(self.lpre[j] for j in range(p, s)):
            return False  # «وجه وستهام صفعة قوية لآرسنال في افتتاح ... بالدوري»: an object, then a place
        return any(self.occasion_word(j) for j in range(s + 1, min(k, s + 3)))

    def ba_before_comp(self, k: int, limit: int) -> bool:
        """«A «بـ» inside the subject, then «أن»: the «بـ» is no content's»: whether the «بـ» written on
        the word at ``k`` belongs to the subject's phrase because «أن» or «بأن» follows within
        ``SEAT_COMP_REACH`` tokens, past plain words (no stop word but a lone «لـ» and its quoted
        outlet) and commas only («وأفاد مدير إدارة المهرجانات بالغرفة محمد الصفح، أن», «وأفاد وكيل الوزارة
        بالإنابة، أن»: a seat or a title, the content after «أن»). Not when «أن» comes right after the
        «بـ» word, whose clause it opens («طالب بضرورة أن»), nor past a cue, a relative pronoun, a stop
        word or other punctuation («رحب بالاتفاق الذي أعلن أن», «طالب بمحاسبة من قام بذلك، خاصة أن»),
        nor before «وأن» or «إن» written with its hamza below, a condition («هدد بالرد إن استمر»).
        The caller asks only for a past verb: a present one's or a participle's «بـ» content may hold
        a clause with «أن» («يهدد بالانتقال للقطاع الخاص فهو يعلم أن», «منددة باعتقال فتاتين لمجرد أنهما»)."""
        if k + 1 >= limit or self.is_comp(k + 1):
            return False
        j, reach = k + 1, min(limit, k + 2 + SEAT_COMP_REACH)
        while j < reach:
            if self.is_comp(j):
                # «بتوفير المياه وأن يتم»: «وأن» joins a second clause to the «بـ» content
                tok = self.toks[j]
                return not (self.conj[j] or tok.text[self.body[j] - tok.start :].startswith(HAMZA_BELOW))
            if j in self.closer and j > 0 and self.audience(j - 1):
                # «لـ”عين اليوم” بأنه»: whom he told, a quoted outlet, not counted in the reach
                reach = min(limit, reach + self.closer[j] + 1 - j)
                j = self.closer[j] + 1
                continue
            if j in self.cue_at or self.bare[j] in self.grammar.relatives:
                return False
            if not (self.word(j) or self.is_comma(j)) or (self.is_stop(j) and not self.audience(j)):
                return False  # «طالب ... بمحاسبة من قام بذلك، خاصة أن», «بإشراك الشباب في ... وأن»
            j += 1
        return False

    def occasion_word(self, j: int) -> bool:
        """Whether the word at ``j`` names an occasion or a document, bare or with a possessive pronoun
        («المناسبة», «الاجتماع», «كلمته», «بيانها»; `occasions.txt`, `documents.txt`)."""
        if self.venue_noun(j) or self.head(j) in self.grammar.occasions:
            return True
        stem = self.possessive_stem(j)
        return stem is not None and (stem in self.grammar.occasions or stem in self.lex.documents)

    def ba_noun(self, k: int) -> str:
        """The word after the «بـ» written on token ``k``, normalised, without its article («بالتعاون» → «تعاون»)."""
        tok = self.toks[k]
        w = normalize(tok.text[self.attached_ba(k) - tok.start :])
        return w[2:] if w.startswith(ARTICLE) and len(w) > 3 else w

    def ba_cause(self, k: int) -> bool:
        """Whether token ``k`` is a bare «بـ» + a cause or purpose noun of `ba_causes.txt` («بسبب», «بدعوى»,
        «بغرض», «بهدف»): an adjunct that heads no content (with the article, «بالهدف الثاني», it may)."""
        if self.attached_ba(k) < 0:
            return False
        tok = self.toks[k]
        word = normalize(tok.text[self.attached_ba(k) - tok.start :])
        return not word.startswith(ARTICLE) and word in self.grammar.ba_causes

    def thanks_word(self, k: int) -> str:
        """Token ``k`` without its conjunction, a «بـ» written on it and its article: «بالشكر» → «شكر»."""
        w = self.bare[k]
        if self.attached_ba(k) >= 0:
            w = w[1:]
        return w[2:] if w.startswith(ARTICLE) and len(w) > 3 else w

    def thanks_object(self, p: int, prep: str = THANKS) -> int:
        """Where the thanks a verb of giving reports start («وقدم معاليه شكره», «تقدموا بشكرهم على»,
        «رفع ... أحر التعازي», «أسمى آيات الشكر»: at the first superlative), or -1; with ``prep``
        ``BLAME``, where the responsibility «حمّل» lays on someone starts («المسؤولية الكاملة»).

        Looked for from ``p`` within ``THANKS_REACH`` tokens of the sentence (``BLAME_REACH`` for a
        responsibility, past the quotation marks or brackets of a name: «محمود عباس "أبو مازن" الحكومة»,
        «مدني (إسرائيل) قوة الاحتلال»): a mark
        other than a comma («وقدّم مدير الجوازات، من جهته، شكره»), a complementiser or another cue ends
        the search («قدم الوزير عرضا، وقال إن»: no thanks given).
        """
        blame = prep == BLAME
        thanks = self.grammar.responsibility if blame else self.grammar.thanks
        modifiers = frozenset() if blame else self.grammar.thanks_modifiers
        limit = min(self.sent_limit(p) if p < self.n else p, p + (BLAME_REACH if blame else THANKS_REACH))
        for k in range(p, limit):
            if self.is_comma(k) or (blame and all(ch in QUOTE_MARKS or ch in "()" for ch in self.texts[k])):
                continue
            if self.punct[k] or self.is_comp(k) or (k > p and k in self.cue_at):
                return -1
            if self.thanks_word(k) in thanks:
                while k > p and self.word(k - 1) and self.thanks_word(k - 1) in modifiers:
                    k -= 1  # «رفع أسمى آيات الشكر»: the superlatives before the noun are the content's
                return k
        return -1

    def closes_bracket(self, k: int, j: int) -> bool:
        """Whether the mark ``j`` closes a bracket opened inside ``[k, j)`` («وتاونات (شمال)»)."""
        close = self.texts[j]
        if close not in PARENS.values():
            return False
        opening = next(o for o, c in PARENS.items() if c == close)
        for x in range(j - 1, max(k, j - ASIDE_REACH) - 1, -1):
            if self.texts[x] == opening:
                return True
            if self.texts[x] == close:
                return False
        return False

    def ends_after_comma(self, j: int) -> bool:
        """Whether the word ``j``, right after a comma, ends a reported content.

        A word of ``clause_ends.txt`` («، في إشارة إلى», «، سائلا الله», «، خلال لقاء»), or «لكن»
        with a pronoun («، لكنه أكد», «، ولكنها تستطيع»): a new clause, not the content.
        """
        ends = self.grammar.clause_ends
        w = self.norm[j]
        pair = f"{w} {self.norm[j + 1]}" if j + 1 < self.n else ""
        if w in ends or pair in ends:
            return True
        after = self.result_clause(j)
        if after >= 0:
            # «، وهو ما اعتبر لافروف أنه ...»: another's report on what was said; the result clause
            # itself («، ما أدى إلى مقتل شرطي», «، وهو ما يعني») is a part of the content.
            # A relative «ما» is followed by its verb, so the word is read whole («ما وصفته دوائر»).
            reported = self.verb_at(after, whole=True) is not None
            return reported and not (after in self.cue_at and self.refused_cue(after))
        shifts = self.grammar.topic_shifts
        if w in shifts or pair in shifts:
            # «، أما المواطن فلان، فقد قال»: a new topic whose report follows ends this one; the
            # speaker's own «، أما ما ذكر حول المشروع فهو» goes on with what was said.
            limit = min(self.sent_limit(j), j + SHIFT_REACH)
            return any(x in self.cue_at and self.bare[x - 1] not in WHAT_SAID for x in range(j + 1, limit))
        # «، ولكنها تستطيع ...»: «لكن» with a pronoun opens a clause with its own subject («، ولكن
        # هناك اتفاق» without one may go on with what was said); with the first person («، ولكننا
        # نؤكد لهم أن», «، لكنني لا أفكر») that subject is the speaker, who goes on.
        w = self.bare[j]
        return w in self.pronoun_subjects and w.startswith(BUT) and not w.endswith(FIRST_PERSON)

    def result_clause(self, j: int) -> int:
        """Where the words of ``result_clauses.txt`` at ``j`` end («، ما أدى إلى», «، وهو ما»), or -1.

        A result clause is a relative clause on the clause before the comma («ما» is its relative
        pronoun), so it stays in a reported content that runs over it, and a verb's complement is
        never looked for past it («ومطالبة بدور قوي ...، وهو ما وصفته دوائر سياسية بأنه»).
        """
        results = self.grammar.result_clauses
        if self.norm[j] in results:
            return j + 1
        return j + 2 if j + 1 < self.n and f"{self.norm[j]} {self.norm[j + 1]}" in results else -1

    def content(self, a: int, b: int) -> tuple[Span, tuple[Span, ...]] | None:
        """The content span over tokens ``[a, b)`` and the quotes inside it."""
        # An outlet's closing line of tags («. سمات الحج الحجاج مكة») is no one's words: a content that
        # runs to the end of the text (a colon's paragraph, a last sentence with no full stop) ends before it.
        if b > self.keyword_line:
            b = self.keyword_line
            # the full stop before the line is the sentence's, and a closing mark whose quote opened
            # before the content («... العلاج “. سمات ...») is the quote's: both stay outside
            while b > a and (
                self.texts[b - 1] in TERMINAL or (self.texts[b - 1] in QUOTE_MARKS and self.opener.get(b - 1, -1) < a)
            ):
                b -= 1
        while a < b and self.punct[a] and a not in self.closer:
            a += 1
        if a >= b:
            return None
        # «وأضاف: وقد بيَّن الله ...», «قال: والله لم أشعر»: after a colon (and any opening mark or
        # bracket) the words are the speaker's own, their «و» with them (the golds keep it, 4 of 4);
        # elsewhere a leading «و» joins the writer's sentence and stays out.
        k = a - 1
        while k >= 0 and self.punct[k] and self.texts[k][0] not in COLONS | COMMAS | TERMINAL:
            k -= 1
        after_colon = k >= 0 and self.punct[k] and self.texts[k][0] in COLONS
        start, end = self.tokens_span(a, b, skip_conj=not after_colon)
        quotes = []
        for i in range(a, b):
            c = self.closer.get(i)
            if c is not None and c < b:
                qs, qe = self.inside_quote(i)
                if qs < qe:
                    quotes.append(self.span(qs, qe))
        return self.span(start, end), tuple(quotes)

    def inside_quote(self, o: int) -> tuple[int, int]:
        """The text offsets inside the quote opened at token ``o``, without its marks and without
        the spaces inside them («” جئنا ... مواطن ”»); empty (start ≥ end) for an empty quote."""
        c = self.closer[o]
        if c == o + 1:
            return self.ends[o], self.starts[c]
        return self.starts[o + 1], self.ends[c - 1]

    def source(self, a: int, b: int) -> Source | None:
        """A source over tokens ``[a, b)`` (a leading ل of «للمرصد» left out)."""
        if a >= b:
            return None
        if a in self.closer and self.closer[a] == b - 1 and b - a > 2:
            a, b = a + 1, b - 1  # «"الشريف"»: a source that is only a quoted name, without its marks
        while b - 1 > a and self.is_comma(b - 1):
            b -= 1  # «أنوار أبو سكينة، المتحدثة باسم المنظمة، لوكالة»: the apposition's closing comma
        start, end = self.tokens_span(a, b)
        bare = self.bare[a]
        restored = ""
        # The clitic segmenter decides whether a first ل is the preposition: a name that begins
        # with the letter («ليون», «ليبيا») keeps it.
        lam = self.lpre[a] and bare.startswith(LAM) and not bare.startswith(ARTICLE) and len(bare) > 3
        if lam and self.norm[a] not in self.lex.roles and not self.lam_name(a):
            start = self.body[a] + 1
            # «للمرصد»: the article's alef was dropped after ل; the form gives it back.
            restored = restore_article(bare[1:]).removesuffix(bare[1:])
        kind: SourceKind = "unnamed" if self.head(a) in self.lex.unnamed else "named"
        entity = self.entity_in(start, end)
        if entity is not None and entity.label == "PER":
            kind = "named"
        text = self.text[start:end]
        return Source(text, start, end, kind, entity, restored + text)

    def split_sources(self, a: int, b: int) -> tuple[Source, ...]:
        """Sources over ``[a, b)``, split at coordination («وكالة ... والمرصد السوري»)."""
        out: list[Source] = []
        start = a
        # «المواطنان علي محمد الأسمري وعبدالرحمن ناصر الأسمري»: a dual head counts two names
        dual = self.definite(a) and self.bare[a].endswith(DUAL_END) and not self.is_role(a) and b - a > 3
        for k in range(a + 1, b):
            if dual and self.conj[k] and self.plain_name(k) and not self.plain_name(k - 1) and k - 1 > a:
                src = self.source(start, k)
                if src is not None:
                    out.append(src)
                start = k
                continue
            # «مسؤولون ومصادر أمنية», «سكان وشهود»: unnamed sources coordinated are two sources.
            unnamed = self.head(k) in self.lex.unnamed
            if self.conj[k] and self.bare[k - 1] != CONJUNCTION and (self.definite(k) or self.is_role(k) or unnamed):
                in_role = any(self.is_role(j) for j in range(a, k))
                if self.inside_body(k) and (in_role or not self.closes_name(k - 1)):
                    continue  # «مستشفى الولادة والأطفال», «الهيئة العامة للإحصاء والتعداد»: one body
                if self.genitive_after_adjective(start, k):
                    continue  # «وزير الشؤون الإسلامية والأوقاف»: the genitive goes on past its adjective
                if self.construct_genitive(start, k):
                    continue  # «وزير التربية والتعليم», «مدير العلاقات العامة والإعلام»: one head's genitive
                if self.second_title(a, k):
                    continue  # «هنري باركي، المحلل ورئيس برنامج ...»: one man's two titles
                if self.body_coordinated(start, k):
                    continue  # «مصدر في الجيش الوطني والمقاومة الجنوبية»: one body's source
                if self.titles_before_name(start, k, b):
                    continue  # «رئيس الاتحاد الكويتي ورئيس اللجنة ... الشيخ طلال الفهد»: one man
                if self.titles_after_name(start, k, b):
                    continue  # «الدكتور علي الرشيدي الناطق الإعلامي للمرور ومدير إدارة السلامة»: one man
                if self.shared_genitive(k, b):
                    continue  # «إمام وخطيب المسجد الحرام»: one man's two titles of one genitive
                if self.open_genitive(start, k):
                    continue  # «مدير عام العلاقات العامة والإعلام», «رئيس اللجنة الفنية والمسابقات»: one man
                src = self.source(start, k)
                if src is not None:
                    out.append(src)
                start = k
        src = self.source(start, b)
        if src is not None:
            out.append(src)
        return tuple(out)

    def age(self, k: int) -> bool:
        """Whether a number and a word of years start at ``k`` («61 عاما», «35 سنة»): a person's age,
        not an article's number («المادة (6)»)."""
        return k + 1 < self.n and self.number(k) and self.bare[k + 1] in AGE_WORDS

    def shared_genitive(self, k: int, b: int) -> bool:
        """Whether the role «و» + role at ``k`` share the genitive after them: one person's titles.

        «إمام وخطيب المسجد الحرام», «رئيس ومؤسس الشركة»: a role noun in construct takes its genitive
        right after it; with «و» there instead, the genitive after the second role is the first's
        too, and the two titles name one person («الوزير ورئيس الوزراء», definite, are two).
        """
        first, second = k - 1, k
        indefinite = not (self.definite(first) or self.definite(second) or self.lpre[first] or self.lpre[second])
        genitive = second + 1 < b and self.word(second + 1) and not self.is_stop(second + 1)
        return indefinite and genitive and self.is_role(first) and self.is_role(second)

    def second_title(self, a: int, k: int) -> bool:
        """Whether the role «و» + role at ``k`` is a second title of the name the source opens with.

        «هنري باركي، المحلل ورئيس برنامج الشرق الأوسط»: after a name and a comma, a role, «و» and
        a role describe that one person («الوزير ورئيس الوزراء», with no name first, are two).
        """
        title = k - 1
        while title - 1 > a and self.definite(title) and self.bare[title].endswith(self.grammar.nisba_endings):
            title -= 1  # «يحيى سعود، النائب الأردني ورئيس لجنة فلسطين»: the first title's adjective
        if not (title - 1 > a and self.is_role(k) and self.is_role(title) and self.is_comma(title - 1)):
            return False
        return self.plain_name(a) and not any(self.punct[j] for j in range(a, title - 1))

    def titles_after_name(self, start: int, k: int, b: int) -> bool:
        """Whether the role «و» + role at ``k`` is a further title of the person named before it.

        «العميد الدكتور علي الرشيدي الناطق الإعلامي للإدارة العامة للمرور ومدير إدارة السلامة»,
        «محمد العلي رئيس الشركة وعضو مجلس الإدارة»: a name (a word of the name lists), a role
        after it, then «و» + a role with no name of its own: the roles after a name are that
        person's. A second role with its own name («ووزير المالية خالد السالم») or no name before
        («الوزير ورئيس الوزراء») is a second source.
        """
        if not self.is_role(k) or any(self.name_word(j) for j in range(k + 1, b)):
            return False
        names = [j for j in range(start, k) if self.name_word(j)]
        return bool(names) and any(self.is_role(j) for j in range(names[0] + 1, k))

    def name_run(self, j: int, limit: int) -> int:
        """The end of a person's name starting at ``j``: name words, «بن»/«آل» links and a family
        name with the article after them («سلمان بن عبدالعزيز آل سعود», «سلمان المؤشر»)."""
        k = j
        while k < limit and (self.plain_name(k) or self.bare[k] in NAME_LINKS):
            k += 1
        if k < limit and k > j and self.definite(k) and not self.bare[k].endswith(self.grammar.nisba_endings):
            end = k + 1
            if end == limit or self.punct[end]:
                k = end  # «المهاجم سلمان المؤشر بـ»: the family name ends the name
        return k

    def body_coordinated(self, a: int, k: int) -> bool:
        """Whether «و» + a definite noun at ``k`` coordinates inside the body that «في»/«من» + a body
        noun in ``[a, k)`` opened («مصدر في الجيش الوطني والمقاومة الجنوبية»): one source.
        A role or an unnamed source's head after «و» still starts a second source."""
        if self.is_role(k) or self.head(k) in self.lex.unnamed or not self.definite(k):
            return False
        return any(
            (self.bare[j] in IN or self.bare[j] == OF) and self.head(j + 1) in self.grammar.bodies
            for j in range(a + 1, k - 1)
        )

    def titles_before_name(self, start: int, k: int, b: int) -> bool:
        """Whether the role «و» + role at ``k`` is a second title of the one name the source ends with.

        «رئيس الاتحاد الكويتي ورئيس اللجنة الكويتية الدولية الشيخ طلال الفهد», «وكيلة العمادة
        ورئيسة برنامج موهبة الصيفي الدكتورة سماح حكمي»: two roles, the first with no name of its
        own, then one name at the end: both titles are that person's. Two roles with no name
        («الوزير ورئيس الوزراء») or each with its name are two sources.
        """
        if not (self.is_role(start) and self.is_role(k)) or self.name_in(start, k):
            return False
        if any(self.punct[j] or (self.conj[j] and j != k) for j in range(start, b)):
            return False
        # the name ends the span: its last word, or a word before one or two family names («طلال الفهد»,
        # «الشيخ محمد خالد الحمد الصباح»), which are no roles
        if not self.name_in(k + 1, b):
            return False
        for last in (b - 1, b - 2, b - 3):
            if last <= k:
                return False
            if self.plain_name(last):
                return True
            if last < b - 1 and (self.is_role(last + 1) or not self.definite(last + 1)):
                return False
        return False

    def closes_name(self, j: int) -> bool:
        """Whether the definite word ``j`` is an adjective that closes a name («الولايات المتحدة»):
        outside a role's name, «و» after it starts a second source («والاتحاد الأوروبي»)."""
        return self.definite(j) and self.bare[j].endswith((TA_MARBUTA, *self.grammar.nisba_endings))

    def inside_body(self, k: int) -> bool:
        """Whether «و» + definite noun at ``k`` joins two genitives inside one name, not two sources.

        Both the noun before and the noun after are definite (or «لل») and neither is a role or an
        unnamed-source head: «وزير الزراعة والثروة السمكية». A role after «و» starts a new source
        («وكالة الصحافة الفرنسية والمرصد السوري»). The noun before may also carry «بـ» («هيئة الأمر
        بالمعروف والنهي عن المنكر»: a body's name, whose parts a preposition may join).
        """
        before = k - 1
        if self.is_role(k) or self.head(k) in self.lex.unnamed or not self.definite(k):
            return False
        if self.is_role(before) or not (
            self.definite(before) or self.bare[before].startswith((LAM_ARTICLE, BA + ARTICLE))
        ):
            return False
        return not self.bare[before].endswith(self.grammar.nisba_endings)

    def genitive_after_adjective(self, start: int, k: int) -> bool:
        """Whether «و» + definite noun at ``k`` after a nisba adjective goes on with a role's genitive.

        «وزير الشؤون الإسلامية والأوقاف», «المتحدث باسم وزارة الشؤون البلدية والقروية», «محافظ
        المؤسسة العامة للتدريب التقني والمهني»: after a role and its genitive noun, a feminine or
        plural nisba («الإسلامية») agrees with the genitive, not with the man, and so does one right
        after a «لـ» complement («للتدريب التقني»); the noun after «و» is then one more part of that
        genitive (`inside_body` refuses a nisba before «و»). A masculine nisba right after the
        genitive may be the role's own («وزير الخارجية الأمريكي والقنصل العام»: two men), and a role,
        a body or an unnamed source's head after «و» starts a second source («الحكومة اليمنية
        والتحالف العربي»).
        """
        before = k - 1
        if not self.definite(k) or self.is_role(k) or self.is_role(before):
            return False
        if self.head(k) in self.lex.unnamed or self.head(k) in self.grammar.bodies:
            return False
        nisba = self.definite(before) and self.bare[before].endswith(self.grammar.nisba_endings)
        agrees = self.bare[before].endswith(NISBA_GENITIVE) or (before - 1 >= start and self.lpre[before - 1])
        if not (nisba and agrees):
            return False
        roles = [j for j in range(start, before) if self.is_role(j)]
        if not roles or any(self.punct[j] or self.conj[j] or self.plain_name(j) for j in range(roles[-1] + 1, k)):
            return False
        return any(
            (self.definite(j) or self.lpre[j]) and not self.bare[j].endswith(self.grammar.nisba_endings)
            for j in range(roles[-1] + 1, before)
        )

    def construct_genitive(self, start: int, k: int) -> bool:
        """Whether «و» + definite noun at ``k`` is one more genitive of the role or body in construct before it.

        «وزير التربية والتعليم», «وزارة التنمية والتعاون الدولي», «منظمة الأغذية والزراعة», «مدير
        العلاقات العامة والإعلام»: a role or body noun without the article is in construct, and the
        definite words after it are its genitive and that genitive's adjectives, whatever their ending
        (`inside_body` reads «التربية», «الأغذية» as nisba adjectives); a definite noun after «و» there
        goes on with that genitive. A role, a person's title, a body or an unnamed source's head after
        «و» starts a second source («وزير الخارجية الأمريكي والقنصل العام», «مدير الأمن والفريق ...»),
        except a field of work the role list holds as the media («الإعلام»: `fields.txt`); so does
        «و» after a definite head («الوزير والمتحدث»), a name or a comma.
        """
        head = self.head(k)
        if not self.definite(k) or head in self.lex.unnamed or head in self.grammar.bodies:
            return False
        if self.is_role(k) and head not in self.grammar.fields and self.bare[k] not in self.grammar.fields:
            return False
        if self.bare[k] in person_titles():
            return False  # «والدكتور», «والمدرب»: a person's title opens a second source
        j = k - 1
        while j > start and self.definite(j) and not (self.punct[j] or self.is_role(j) or self.plain_name(j)):
            if self.bare[j].endswith(MASCULINE_NISBA):
                return False  # «وزير الخارجية الأمريكي والقنصل»: the head's own adjective closed the construct
            j -= 1
        if j == k - 1 or self.definite(j) or not self.word(j):
            return False
        return self.is_role(j) or self.head(j) in self.grammar.bodies

    def open_genitive(self, start: int, k: int) -> bool:
        """Whether «و» + definite noun at ``k`` goes on with the genitive of the role (or body) the source
        opened with, where :meth:`construct_genitive` stops short (issue 14, session 25, attr25d).

        «مدير عام العلاقات العامة والإعلام بإمارة منطقة مكة المكرمة سلطان الدوسري» (the indefinite
        «عام» after the role), «رئيس اللجنة الفنية والمسابقات بالاتحاد», «وكيل الوزارة للرعاية
        الاجتماعية والأسرة», «منظمة الأمم المتحدة للأغذية والزراعة»: the words after a role or a
        body's head in construct (no article), up to «و», are its genitive and adjectives, with no
        comma, conjunction or name between; a definite noun after «و» that is no role (a field of
        work, as the media «الإعلام», is none: `fields.txt`), no title, no body head and no unnamed
        source's head continues them: one source, one person or body. After a definite head («القوات
        العراقية والحشد الشعبي») two bodies are coordinated; a role, a title, a body or an unnamed head
        after «و» («الملك سلمان والأمير محمد», «وزارة الخارجية والسفارة»), «و» after a name, a comma
        or a masculine nisba that closes the role's construct («وزير الخارجية الأمريكي والقنصل العام»)
        still starts a second source.
        """
        head = self.head(k)
        fields = self.grammar.fields
        if not self.definite(k) or head in self.lex.unnamed or head in self.grammar.bodies:
            return False
        if self.norm[k] in person_titles() or self.bare[k] in person_titles():
            return False
        if self.is_role(k) and head not in fields and self.bare[k] not in fields:
            return False
        # the role or body noun in construct (no article) whose genitive runs to «و»: «القوات العراقية
        # والحشد الشعبي», «الولايات المتحدة والاتحاد الأوروبي» (a definite head) are two bodies
        opener = [
            j
            for j in range(start, k - 1)
            if not (self.definite(j) or self.lpre[j])
            and (
                (self.is_role(j) and self.head(j) not in fields and self.bare[j] not in fields)
                or (j == start and self.head(j) in self.grammar.bodies)
            )
        ]
        if not opener:
            return False
        first = opener[-1] + 1
        if self.bare[first] == GENERAL or self.is_role(first) or self.head(first) in self.grammar.bodies:
            first += 1  # «مدير عام», «رئيس لجنة»: the word a role in construct takes is no name («عام» is one)
        if any(self.punct[j] or self.conj[j] for j in range(opener[-1] + 1, k)):
            return False
        if any(self.definite(j) and self.bare[j].endswith(MASCULINE_NISBA) for j in range(opener[-1] + 1, k)):
            return False  # «وزير الخارجية الأمريكي والقنصل العام»: the role's own adjective closed its construct
        return not any(self.plain_name(j) for j in range(first, k))  # «الرئيس أوباما والكونغرس»: after a name

    def time_phrase(self, k: int) -> bool:
        """Whether a noun of time and its adjective start at ``k`` («الأسبوع الماضي», «العام المقبل»):
        an adverb of time, which no source's noun phrase takes in."""
        return k + 1 < self.n and self.head(k) in TIME_NOUNS and self.head(k + 1) in TIME_ADJECTIVES

    def bounded_source(self, a: int, b: int) -> int:
        """The end (exclusive) of a source starting at ``a`` before a content starting at ``b``."""
        relatives = self.grammar.relatives
        k = a
        while k < b:
            if k == a and self.head(k) in self.lex.documents and not self.lpre[k]:
                k += 1  # «قال بيان للقيادة المشتركة إن»: the statement itself is the subject
                continue
            seat = self.seat_end(a, k, b) if k > a and self.bare[k] in IN else -1
            if seat > k:
                k = seat  # «قادة الأركان في كوريا الجنوبية أن»: the seat names the body
                continue
            if k > a and self.at_body(a, k, b):
                k += 2  # «مسؤول حالات الطوارئ لدى هيومن رايتس ووتش»: the body the role serves
                continue
            if k > a and self.bare[k] == OF and self.head(k - 1) in self.grammar.partitives and self.word(k + 1):
                k += 1  # «عدد من رواد مواقع التواصل»: who the quantity counts
                continue
            if k > a and self.outlet_of_outlet(a, k, b):
                k = self.quoted_name(k + 1)  # «الموقع الإلكتروني لإذاعة "فرانس 3" الفرنسية:»
                continue
            if k > a and self.charge_phrase(a, k, b):
                k += 1  # «المشرف العام على المسابقة د. عبدالرحمن السلمي إن»: what the role runs
                continue
            if k > a and self.is_stop(k):
                further = self.role_name_after(a, k, b)
                if further > k:
                    k = further  # «أمين المنطقة المشرف العام على المهرجان المهندس صالح الأحمد أن»
                    continue
            if k > a and self.bare[k] in self.grammar.adverbs:
                named = self.name_after_adverb(a, k, b)
                if named > k:
                    k = named  # «وزير التعليم حينها “إد بولز” أنه»: the name after the time word
                    continue
            issued = self.grammar.issued
            if k > a and self.is_stop(k) and self.bare[k] in issued and self.bare[k - 1] in issued and k + 1 < b:
                issuer = self.np_end(k + 1, b, names=True)
                if issuer > k + 1:
                    k = issuer  # «بيانان صادران عن مكتبي هولاند وبوتين إن»: who issued them
                    continue
            if k == a + 1 and self.bare[k] == BEHALF_OF and self.represented(a, b) > k + 1:
                k = self.represented(a, b)  # «ممثل عن وزارة الصحة»: whom he represents
                continue
            if k > a and self.close_to_end(k, b, names=True) > k:
                # «مصدر مقرب من الوزير إن»: whom he is close to; a clause after that noun phrase is no
                # part of the source («ونفت مصادر مقربة من الحزب ما تم تداوله عن أن»), punctuation
                # (an apposition, an aside) is read on as before
                k = self.close_to_end(k, b, names=True)
                if k < b and not self.punct[k]:
                    break
                continue
            if k > a and self.bare[k] == OF:
                member = self.member_end(a, k, b)
                if member > k:
                    k = member  # «يوهان فريدريكسن من شرطة أوسلو في مؤتمر صحافي:»: whose man he is
                    continue
            if k > a and (self.bare[k] in IN or self.bare[k] == OF):
                body = self.body_end(a, k, b)
                if body > k:
                    k = body  # «مسؤول في مطار عدن الدولي إن»: the body he serves
                    continue
            if k > a and (self.bare[k] in IN or self.bare[k] == BETWEEN):
                group = self.group_end(a, k, b)
                if group > k:
                    k = group  # «مصادر في القوات المعادية للحوثيين إنه»: whose sources they are
                    continue
            if k > a and self.bare[k] in AMONG:
                further = self.among_end(a, k, b)
                if further > k:
                    k = further  # «مصادر وسط المتمردين الحوثيين أن»: whose sources they are
                    continue
            if k > a and self.is_stop(k):
                further = self.phrase_to_content(a, k, b)
                if further > k:
                    k = further  # «فريق الباحثين في شركة "زيمبريوم" المتخصصة في ... أن»
                    continue
            if self.is_stop(k) or (k > a and k in self.cue_at):
                break
            if k > a and self.conj[k] and self.bare[k] in HE_SHE:
                # «“كيم مين-سيوك” وهو متحدث باسم الوزارة»: a clause on who he is; a comma taken
                # before it as an apposition's («جون كيري، وهو محق») stays out
                if k - 1 > a and self.is_comma(k - 1):
                    k -= 1
                break
            if k > a and self.bare[k] in relatives:
                break  # «بعض الأعضاء ممن رفضوا القانون برروا ذلك بأنه»: a relative clause is not the source
            if k > a and self.time_phrase(k):
                break  # «وقال ماس الأسبوع الماضي إنه»: when he spoke (an adverb of time), not who
            if k > a and self.on_behalf(k, b):
                break  # «وأعرب الملك المفدى باسمه واسم شعب ... عن»: whom he speaks for is not who speaks
            if k > a and self.audience_after_name(a, k):
                break
            if k > a and self.bare[k] in TOLD_THIRD and (self.definite(a) or self.name_in(a, k)):
                break  # «وأكد المعلم لهم أن»: whom he told («مستشار له»: an indefinite head's complement)
            if k > a and self.people_audience(k, b):
                break  # «وقال معظم المعترفين للمحققين إنهم»: whom they told
            if k > a and k in self.inner_dot:
                k += 1  # «رئيس اللجنة أ. د. عبدالله الحربش»: a title's full stop stays in the source
                continue
            if self.punct[k]:
                after = self.quoted_name(k)
                if 0 < after <= b:
                    k = after  # «صحيفة “ميرور” البريطانية»: a quoted name inside the source
                    continue
                if self.quoted_name_in_source(a, k) and self.closer[k] < b:
                    k = self.closer[k] + 1  # «نائب رئيس الهيئة «نزاهة»، عن»: the body's quoted name
                    continue
                named = self.named_to_marker(k, b) if k > a and self.word(k - 1) else -1
                if named > k:
                    k = named  # «جماعة "لايون إيد" للحفاظ على الأسود إن»: a name and what goes on naming it
                    while k - 1 > a and self.is_comma(k - 1):
                        k -= 1
                    break
                if k > a and self.word(k - 1) and self.name_before_adjuncts(k, b):
                    k = self.closer[k] + 1  # «الشركة الخاصة "أبريشيا" أمس إن»: the name, not the time after it
                    while k < b and self.word(k) and not self.is_stop(k):
                        k += 1  # «"أبريشيا" للمستحضرات الدوائية أمس»: the words naming it, to the first adjunct
                    break
                aside = self.aside_end(k, b)
                dashed = aside == b and self.texts[k] in DASHES and k > a + 1 and k - 1 in self.opener
                if k > a and aside > 0 and self.texts[k][0] in PARENS and self.age(k + 1):
                    break  # «بليجريني (61 عاما)»: a bracketed age is no role; the source ends at the name
                if k > a and aside > 0 and (self.texts[k][0] in PARENS or dashed):
                    k = aside  # «محمد أبو الرحى (جد الطفلة)»: a role in brackets stays with the name
                    continue
                if self.texts[k] == SLASH and k > a and k + 1 < b and self.word(k + 1):
                    k += 1  # «النقيب /نايف محمد الجهني»
                    continue
                apposition = self.is_comma(k) and k > a and self.is_role(a) and k + 1 < b
                if apposition and self.word(k + 1) and not self.is_stop(k + 1) and self.bare[k + 1] not in relatives:
                    k += 1
                    continue
                if self.is_comma(k) and k > a and k + 1 < b and self.word(k + 1) and self.is_role(k + 1):
                    k += 1  # «محمد الأحمد، المتحدث باسم الهيئة، إن»: the role after the name
                    continue
                break
            if not self.word(k) and k == a:
                break
            k += 1
        return k

    def charge_phrase(self, a: int, k: int, b: int) -> bool:
        """Whether the preposition at ``k`` opens what the role before it runs (`in_charge.txt`).

        «المشرف العام على فرع الجمعية بمنطقة عسير الدكتور علي الشهري أن», «الباحثون القائمون على
        الدراسة أن», «المسؤول عن بيع التذاكر»: a participle of being in charge takes its preposition,
        and the phrase after it belongs to the role (session 26, attr26c: 23 of 23 such cuts in the
        unannotated days were wrong). A stop word, a cue or punctuation after the preposition keeps the cut
        («المشرف على، ...»), and so does an oblique plural in -ين but after «من» («ووجه القائمين على
        المركز بضرورة»: the object; «عدد من المشرفين على» stays); «العام» may stand between the role and
        its preposition.
        """
        j = k - 1
        if j > a and self.bare[j] == GENERAL_DEFINITE:
            j -= 1
        if f"{self.head(j)} {self.bare[k]}" not in self.grammar.in_charge:
            return False
        if self.head(j).endswith(PLURAL_OBLIQUE) and not (j > a and self.bare[j - 1] == OF):
            return False  # «ووجه القائمين على المركز بضرورة»: an oblique plural is the object (or genitive)
        nxt = k + 1
        if nxt >= b or not self.word(nxt) or nxt in self.cue_at:
            return False
        if self.bare[nxt] in DEMONSTRATIVES:
            # «على هذه الدراسة»: a demonstrative before its noun; «المسؤول عن ذلك إن»: the topic
            return nxt + 1 < b and self.definite(nxt + 1)
        return not self.is_stop(nxt)

    def role_name_after(self, a: int, k: int, b: int) -> int:
        """The end of a role source that goes on past the preposition at ``k`` to the content marker ``b``, or -1.

        After a role, a prepositional phrase of plain words that runs straight into the content and
        holds a second role with a name after it («أمين منطقة القصيم المشرف العام على المهرجان
        المهندس صالح الأحمد أن»), or a comma and a name («مدير هيئة السياحة في محافظة ينبع،
        سامر بن علي العنيني، أن»), belongs to the source: the name is whose words they are. A
        time, an occasion, a document, another stop word, a cue or other punctuation keeps the cut.
        """
        if self.bare[k] not in LINKS or not any(self.is_role(j) for j in range(a, k)):
            return -1
        e = b
        while e > k and self.is_comma(e - 1):
            e -= 1
        if e - 1 > k + 1 and self.bare[e - 1] in VERB_PREPS:
            e -= 1  # «... منصور البلوي عن أن»: the verb's own preposition before «أن»
        if e - k > SECOND_ROLE_REACH or e <= k + 1:
            return -1
        named = False
        for j in range(k + 1, e):
            if j in self.cue_at or (self.punct[j] and not self.is_comma(j)):
                return -1
            if self.bare[j] in self.grammar.relatives:
                return -1  # «القريب من الجمهوريين الذي نظم التجمع»: a relative clause is no role phrase
            if self.punct[j]:
                named = named or self.plain_name(j + 1)  # «، سامر بن علي العنيني»
                continue
            if self.is_stop(j) and self.bare[j] not in LINKS:
                return -1
            # «المشرف العام على البرنامج»: what he runs (definite; «على موقع المركز» is where)
            in_charge = j == k + 1 and self.bare[k] == ON and self.definite(j)
            # deeper in a genitive chain an occasion word is part of a body's name («مجموعة الاتصال»)
            opens = j == k + 1 or self.bare[j - 1] in LINKS or self.lpre[j]
            if opens and not in_charge and self.venue_noun(j):
                return -1
            if self.is_role(j) and self.name_in(j + 1, e):
                named = True  # «المهندس صالح الأحمد»
            if k + 1 < j - 1 and j + 1 < e and self.bare[j] in SON and self.plain_name(j - 1):
                named = True  # «المشرف العام على البرنامج روّاف بن مجاهد الكويكبي»: a name with «بن»
        # «عضو شرف نادي الاتحاد المؤثر، المشرف على الفريق الكروي الأول منصور البلوي»: after a
        # role and a comma, the phrase ends in a name of two words (a name word, then a name word
        # or a family name with the article)
        # «المشرف على المبادرة صبري الكثيري عن»: after a role and «على» + what he runs, likewise
        in_charge_of = self.bare[k] == ON and self.is_role(k - 1) and self.definite(k + 1)
        apposed = (in_charge_of or any(self.is_comma(j) for j in range(a, k))) and e - 2 > k + 1
        if apposed and self.plain_name(e - 2) and (self.plain_name(e - 1) or self.definite(e - 1)):
            named = named or not self.is_role(e - 1)
        return e if named else -1

    def phrase_to_content(self, a: int, k: int, b: int) -> int:
        """The end of a definite source that goes on past the preposition at ``k`` straight into its «أن», or -1.

        «فريق الباحثين في شركة "زيمبريوم" المتخصصة في حماية البيانات أن», «التيار الوطني الحر
        المتحالف مع حزب الله بأن», «عدد من المقبوض عليهم في قضية التحرش ... بأنهم»: between a
        definite subject and the complementiser, a prepositional phrase of plain words (quoted names
        allowed) describes the subject; the verb's own complements come elsewhere. A time, an
        occasion, a document or a noun with a possessive pronoun right after a preposition («في
        تصريح», «في يوليو», «في مدونتها»), another stop word, a conjunction, a cue, other
        punctuation, a number, a preposition right before «أن», or a collective unnamed source
        («مصادر في ...») keeps the cut.
        """
        if self.bare[k] not in PHRASE_PREPS or not self.complementiser_form(self.bare[b] if b < self.n else ""):
            return -1
        if not 1 < b - k <= SECOND_ROLE_REACH or self.head(a) in self.lex.unnamed:
            return -1
        if not any(self.definite(j) for j in range(a, k)):
            return -1
        if self.object_before(a, k):
            return -1  # «وجه البعض الاتهامات للفتاتين على اعتبار أنهما»: an object came first
        if b - 1 > k and self.is_comma(b - 1):
            b -= 1  # «... على كورنيش جدة، بأنهم»: a comma before the complementiser stays out
        if self.is_stop(b - 1):
            return -1  # «أكد الدكتور خالد على موقف قطر من أنها»: the verb's own preposition
        if any(self.bare[j] == ON and self.bare[j + 1] == TONGUE for j in range(k, b - 1)):
            return -1  # «وأكدت الإمارة على لسان متحدثها ... أن»: a second source, no description
        j = k + 1
        while j < b:
            if self.bare[j] in self.grammar.relatives:
                return j  # «المتحالف مع حزب الله والذي يترأسه ...»: the relative clause stays out
            if (self.conj[j] and not self.inside_body(j)) or self.bare[j] in self.pronoun_subjects:
                # «علي العمير ولكنه عاد ليوضح أن»: a second clause, not a description («مركز الملك
                # فيصل للبحوث والدراسات الإسلامية»: «و» joins two genitives inside one name)
                return -1
            if j in self.cue_at or self.is_number[j]:
                return -1
            if self.punct[j]:
                close = self.closer.get(j, -1)
                if not j < close < b:
                    return -1
                j = close + 1  # a quoted name («شركة "زيمبريوم"»)
                continue
            if self.is_stop(j) and self.bare[j] not in PHRASE_PREPS:
                return -1
            after_prep = self.bare[j - 1] in PHRASE_PREPS or self.lpre[j]
            if after_prep and self.venue_noun(j):
                return -1  # «في تصريح», «في يوليو»: the venue or time of the statement
            if after_prep and not self.definite(j) and self.texts[j].endswith(POSSESSIVE_ENDINGS):
                return -1  # «في مدونتها», «في حديثها»: the statement's own venue
            j += 1
        return b

    def outlet_of_outlet(self, a: int, k: int, b: int) -> bool:
        """Whether «لـ» + an outlet noun with a quoted name at ``k`` is the genitive of an outlet
        source starting at ``a`` («الموقع الإلكتروني لإذاعة "فرانس 3"»), not its audience (after a
        person: «قال الوزير لإذاعة "فرانس 3"»)."""
        outlets = self.grammar.outlets
        if not (self.lpre[k] and self.head(k) in outlets and self.head(a) in outlets and k + 1 < b):
            return False
        if any(self.punct[j] for j in range(a, k)):
            return False
        after = self.quoted_name(k + 1) if k + 1 in self.closer else -1
        return k + 1 < after <= b

    def member_end(self, a: int, k: int, b: int) -> int:
        """The end of «من» + a body at ``k`` that says whose member a source starting at ``a`` is, or -1.

        «يوهان فريدريكسن من شرطة أوسلو», «مصدر من شركة صله للتسويق», «مسؤول من وزارة الخارجية»:
        after a plain name or an unnamed source («مصدر», «مسؤولون»), «من» + a body noun of
        ``roles.txt`` and its noun phrase belong to the source. After anything else («الوزير من
        جهته»), or before a word that is no body («محمد من الرياض»), «من» keeps the cut.
        """
        if k + 1 >= b or any(self.punct[j] for j in range(a, k)):
            return -1
        if self.bare[a] in DEMONSTRATIVES or not (self.head(a) in self.lex.unnamed or self.plain_name(k - 1)):
            return -1  # «وطالب هؤلاء من إدارة المتنزه بتوفير»: whom they asked
        j = k + 1
        if self.bare[j] in AMONG and j + 1 < b:
            j += 1  # «مصدر من داخل الشركة»
        if not (self.word(j) and self.is_role(j) and not self.lpre[j] and not self.definite(j)):
            return -1
        # The body's noun phrase only, ending where the source may end (the content marker, a
        # stop word, punctuation): a name tail would run into a clause («مسؤول من وزارة
        # الخارجية طلب عدم نشر اسمه»), and «وطالب هؤلاء من إدارة المتنزه بتوفير» is whom they asked.
        end = self.np_end(j, b, names=False)
        while end < b and self.bare[end].startswith(LAM_ARTICLE):
            end += 1  # «شركة صله للتسويق»: the name's «لل» complement
        clean = end == b or self.punct[end] or self.is_stop(end)
        return end if end > j + 1 and clean else -1

    def close_to_end(self, k: int, limit: int, *, names: bool) -> int:
        """The end of «من» + the noun phrase at ``k`` that complements an adjective of closeness, or -1.

        «مصدر مقرب من الوزير», «مصادر قريبة من الملف», «الصحافي المقرب من الحزب»: the adjective before
        ``k`` (close_to.txt) takes «من» as its complement, so the noun phrase after it stays in the
        source, in a verb's subject and in an according-to phrase alike. A «من» after any other word
        keeps its cut («وقال الوزير من جهته»).
        """
        if not (0 < k < limit - 1 and self.bare[k] == OF and self.head(k - 1) in self.grammar.close_to):
            return -1
        end = self.np_end(k + 1, limit, names=names)
        return end if end > k + 1 else -1

    def group_end(self, a: int, k: int, b: int) -> int:
        """The end of «في» / «بين» + a definite body at ``k`` after an unnamed source starting at ``a``, or -1.

        «مسؤولون في القوات المناهضة للحوثيين», «مصادر بين المقاتلين المحليين»: right after an
        unnamed head (and its adjective), the phrase says whose sources they are when its definite
        noun phrase runs straight into the content marker ``b``. A place («شهود عيان في العاصمة»
        is kept out: the noun must be a body of ``roles.txt`` or a plural), an occasion, a time or a
        document («مصادر في تصريح»), or anything after the noun phrase keeps the cut.
        """
        if k - a > 2 or any(self.punct[j] for j in range(a, k)):
            return -1
        if self.head(a) not in self.lex.unnamed:
            return self.members_end(a, k, b)
        j = k + 1
        if j >= b or not self.word(j) or self.lpre[j]:
            return -1
        if not self.definite(j):
            return self.members_end(a, k, b)  # «مصدر مسؤول في صندوق التنمية العقارية»: a body in construct
        if self.venue_noun(j):
            return -1
        if not (self.is_role(j) or self.bare[j].endswith((PLURAL_OBLIQUE, SOUND_PLURAL, PLURAL_AT))):
            return self.members_end(a, k, b)
        end = self.np_end(j, b, names=False)
        while end < b and self.bare[end].startswith(LAM_ARTICLE):
            end += 1  # «القوات المعادية للحوثيين»
        return end if end == b and end > j + 1 else self.members_end(a, k, b)

    def members_end(self, a: int, k: int, b: int) -> int:
        """The end of «في» + the body whose members an indefinite head starting at ``a`` names, or -1.

        «مسؤول في الكهرباء إن», «زعماء في الحزب الجمهوري إن», «مصدر في الشرطة لوكالة الصحافة الفرنسية
        أن», «مصدر مسؤول في صندوق التنمية العقارية إن»: an indefinite subject that names no one (an
        unnamed source, a role, a plural in -ون or of the pattern «فعلاء»/«أفعلاء»), with at most one
        indefinite adjective, is told apart by the «في» phrase after it: a definite noun phrase, or a
        body noun (bodies.txt, roles.txt) in construct with a definite genitive, running to the content
        marker ``b`` (an audience, a time or a comma between stays out). A place name («مصادر في تعز»),
        an occasion or a document («اقتصاديون في استطلاع»), a clause after the phrase or a named head
        keeps the cut.
        """
        if self.bare[k] not in IN or not self.indefinite_group(a, k):
            return -1
        j = k + 1
        if j >= b or not self.word(j) or self.lpre[j] or self.venue_noun(j) or self.bare[j] in self.grammar.times:
            return -1
        if self.place(j):
            return -1  # «مصادر مطلعة في المدينة», «مصادر أمنية في الخليل»: where they are, not whose
        if not self.definite(j):
            # after an unnamed source's head or a role, a noun in construct with a definite genitive names
            # the body, listed or not («في صندوق التنمية العقارية», «في صناعة النفط»); after a word that
            # only looks plural («بيرتون في إحدى المقابلات») the noun must be a listed body or role; a stop
            # word or an adverb opens no noun phrase («في ظل الأزمة»), an occasion is no body
            listed = self.head(j) in self.grammar.bodies or self.is_role(j)
            construct = j + 1 < b and self.definite(j + 1) and not self.lpre[j + 1] and self.word(j + 1)
            construct = construct and (listed or self.head(a) in self.lex.unnamed or self.is_role(a))
            if not construct or self.is_stop(j) or self.bare[j] in self.grammar.adverbs or self.venue_noun(j + 1):
                return -1
        end = self.body_np_end(j, b)
        return end if end > j and self.reaches_marker(end, b) else -1

    def place(self, j: int) -> bool:
        """Whether token ``j`` names a place: a place noun of the gazetteer («المدينة», «حي») that is no
        body of bodies.txt («مطار»), or a name word of the entity tagger's lists («الخليل», «القدس»)."""
        head = self.head(j)
        if head in place_triggers() and head not in self.grammar.bodies:
            return True
        return count_key(self.texts[j]) in _first_names()

    def indefinite_group(self, a: int, k: int) -> bool:
        """Whether ``[a, k)`` is an indefinite head that names no one and at most one indefinite adjective."""
        if k - a > 2 or any(self.definite(x) or self.lpre[x] or not self.word(x) for x in range(a, k)):
            return False
        w = self.bare[a]
        sound = len(w) >= PLURAL_MIN and w.endswith(SOUND_PLURAL)
        plural = sound or (len(w) >= BROKEN_PLURAL_MIN and w.endswith(BROKEN_PLURAL_END))
        return self.head(a) in self.lex.unnamed or self.is_role(a) or plural

    def body_end(self, a: int, k: int, b: int) -> int:
        """The end of «في»/«من» + a body at ``k`` that a role or unnamed source starting at ``a`` serves, or -1.

        «مسؤول في مطار عدن الدولي إن», «المتحدث الرسمي في قيادة حرس الحدود بالمنطقة الشرقية:»,
        «مصادر في الجيش العراقي، اليوم الأربعاء، أن»: after a role or an unnamed source's head, a
        body noun (bodies.txt), in construct or with the article, with its genitives, adjectives and
        «بالـ»/«للـ» complements, running straight into the content marker ``b`` (commas and time
        words of times.txt between allowed, left out of the source), says whose member or
        spokesman the source is; so may the audience after it («لـ«الشرق الأوسط»», «لرويترز»), left out
        too. A place («شهود عيان في العاصمة صنعاء»), an occasion or a document
        («في بيان», «في مؤتمر صحفي») is no body; anything else before ``b`` keeps the cut.
        """
        j = k + 1
        if j >= b or not self.word(j) or self.lpre[j]:
            return -1
        if self.head(j) not in self.grammar.bodies and not self.people_of(a, k, j):
            return -1
        if not any(self.is_role(x) or self.head(x) in self.lex.unnamed for x in range(a, k)):
            return -1
        end = self.body_np_end(j, b)
        return end if self.reaches_marker(end, b) and end > j else -1

    def body_np_end(self, j: int, b: int) -> int:
        """The end of a body's noun phrase starting at ``j``, before the content marker ``b``."""
        end = self.np_end(j, b, names=False)
        while end < b and self.word(end) and not self.is_stop(end) and end not in self.cue_at:
            w = self.bare[end]
            # a genitive after a noun in construct («قيادة حرس الحدود»), an adjective, or a
            # «بالـ»/«للـ» complement («بالمنطقة الشرقية»)
            genitive = self.definite(end) and not self.definite(end - 1) and not self.lpre[end - 1]
            adjective = self.definite(end) and w.endswith(self.grammar.nisba_endings)
            if not (genitive or adjective or w.startswith((LAM_ARTICLE, BA + ARTICLE))):
                break
            end += 1
        told = [x for x in range(j + 1, end) if self.agency_audience(x, b)]
        # a relative pronoun opens a clause on the body, no word of its noun phrase («الحزب الذي يهيمن»)
        told += [x for x in range(j + 1, end) if self.bare[x] in self.grammar.relatives]
        return min(told) if told else end  # «... لوكالة الصحافة الفرنسية»: the audience stays out

    def reaches_marker(self, end: int, b: int, *, clauses: bool = True) -> bool:
        """Whether only commas, time words and an audience («لـ«الشرق الأوسط»», «لرويترز») stand
        between ``end`` and the content marker ``b`` (they stay out of the source), or whether they
        lead to a clause or phrase that closes the body's noun phrase: a relative clause on the body
        («زعماء في الحزب الجمهوري الذي يهيمن على الكونغرس إن») or the statement's venue («مصدر مسؤول
        في وزارة الخارجية في تصريح صحفي إن»: «في» and an occasion or document noun), out of the source too.
        The verb's own preposition right before its «أن» («وأشار مسؤول في الوزارة إلى أن») stays out as the
        complementiser does. With ``clauses`` false (a seat after a person's role, where a time, a venue or
        a clause after the place may say where he spoke) only commas, an audience and that preposition close it."""
        rest = end
        while rest < b:
            # (after a person's seat a time word may say when he spoke there; after whom he told, it may not)
            if self.is_comma(rest) or ((clauses or rest > end) and self.bare[rest] in self.grammar.times):
                rest += 1
            elif self.verb_prep_before(rest, b):
                rest += 1  # «... في الوزارة إلى أن»: «إلى» is the verb's («أشار إلى أن»), not the body's
            elif not clauses and (self.bare[rest] in self.grammar.relatives or self.bare[rest] in IN):
                break
            elif rest > end and self.bare[rest] in self.grammar.relatives and self.word(rest - 1):
                return False  # a relative clause after an audience or a time describes that, not the body
            elif self.bare[rest] in self.grammar.relatives and rest + 1 < b:
                return True  # the affiliation ends with its noun phrase, the clause on it stays out
            elif self.bare[rest] in IN and rest + 1 < b and self.venue_noun(rest + 1) and not self.lpre[rest + 1]:
                return True  # «في تصريح صحفي», «في بيان أمس»: where it was said
            elif self.audience(rest) and rest + 1 in self.closer and self.closer[rest + 1] < b:
                rest = self.closer[rest + 1] + 1  # «لـ«الشرق الأوسط»»: whom the source told
            elif self.lpre[rest] and not self.bare[rest].startswith(LAM_ARTICLE) and rest + 1 == b:
                rest += 1  # «لرويترز»
            elif self.people_audience(rest, b):
                rest = b  # «للمحققين»: the people told
            elif self.lpre[rest] and not self.bare[rest].startswith(LAM_ARTICLE) and self.agency_audience(rest, b):
                rest = b  # «لوكالة الصحافة الفرنسية»: the agency told
            else:
                break
        return rest == b

    def verb_prep_before(self, k: int, b: int) -> bool:
        """Whether ``k`` is the verb's own preposition («إلى», «عن», «على») right before its complementiser
        at ``b`` («أشار إلى أن», «كشف عن أن», «شدد على أن»): no word of the source before it."""
        return k + 1 == b < self.n and self.bare[k] in VERB_PREPS and self.complementiser_form(self.bare[b])

    def agency_audience(self, k: int, b: int) -> bool:
        """Whether ``k`` opens ل + an outlet noun (outlets.txt) and its name that run straight into the
        content marker ``b`` («لوكالة الصحافة الفرنسية إن», «لوكالة فرانس برس أن»): whom the source told."""
        if not (self.lpre[k] and 1 < b - k <= AGENCY_REACH and self.head(k) in self.grammar.outlets):
            return False
        return all(self.word(j) and not self.is_stop(j) and j not in self.cue_at for j in range(k + 1, b))

    def object_before(self, a: int, k: int) -> bool:
        """Whether ``[a, k)`` holds punctuation or ل + noun, a quoted name after a role noun aside
        («موقع "بي.سي ماجازين" المتخصص في ... أن» keeps its description)."""
        j = a
        while j < k:
            if j in self.closer and self.closer[j] < k and self.quoted_name(j) > 0:
                j = self.closer[j] + 1
                continue
            if self.punct[j] or self.lpre[j]:
                return True
            j += 1
        return False

    def among_end(self, a: int, k: int, b: int) -> int:
        """The end of «وسط»/«داخل» + a group at ``k`` that stays in an unnamed source starting at ``a``, or -1.

        «مصادر وسط المقاومة الشعبية أن», «مصادر داخل الأمانة العامة أن»: after «مصادر» or «مسؤولون»,
        the group they belong to, running straight into the content marker ``b`` (a place after it
        with «في» included), says whose sources they are; a seat or a venue alone («شهود عيان في
        العاصمة») still stays out. A stop word other than «في», an occasion, a document, a cue or
        punctuation keeps the cut.
        """
        if self.head(a) not in self.lex.unnamed or not 1 < b - k <= SECOND_ROLE_REACH:
            return -1
        for j in range(k + 1, b):
            if self.is_comma(j) and j == b - 1 and j > k + 1:
                return j  # «... في قاعدة العند، أن»: a comma before the complementiser stays out
            if not self.word(j) or j in self.cue_at or self.is_comp(j):
                return -1
            if self.is_stop(j) and self.bare[j] not in IN:
                # «أشارت مصادر وسط المقاومة الشعبية إلى أن»: the verb's own preposition ends it
                return j if j == b - 1 and j > k + 1 else -1
            if self.venue_noun(j):
                return -1
        return b

    def told_end(self, p: int, c: int) -> int:
        """The end of the one told, «لـ» + a noun phrase at ``p`` right after a verb, before its content at ``c``.

        A role or an unnamed source's head after it starts the subject («وقال لرويترز مسؤول في
        الوزارة إن», «وقالت لصحيفة الحياة مصادر مطلعة إن», «وقال للصحفيين وزير الخارجية إن»),
        unless it is the genitive of a role in construct («وقال لرئيس مجلس الوزراء إن»).
        """
        end = p + 1
        while end < c and self.word(end) and not (self.is_stop(end) or self.conj[end] or self.lpre[end]):
            before = end - 1
            construct = (
                self.is_role(before) and not self.definite(before) and not self.bare[before].startswith(LAM_ARTICLE)
            )
            if (self.is_role(end) or self.head(end) in self.lex.unnamed) and not self.definite(end) and not construct:
                break
            end += 1
        return end

    def lam_name(self, p: int) -> bool:
        """Whether the word at ``p``, split as «لـ» + a noun, is a name that begins with ل: the same
        word, ل and all, lies inside a person's name the entity layer found elsewhere in the text
        («المدير التنفيذي للموقع جينج لستاري» ... «أضاف لستاري»: Lestari, not «لـ» + «ستاري»)."""
        texts = self.texts  # the columns: a Token built for each word of the text cost more than the rest
        text = texts[p]
        for j, other in enumerate(texts):
            if other != text or j == p:
                continue
            start, end = self.starts[j], self.ends[j]
            if any(e.label == "PER" and e.start <= start and end <= e.end for e in self.entities):
                return True
        return False

    def plain_name(self, j: int) -> bool:
        """Whether token ``j`` is a plain name word: neither definite nor a role, ل + noun or a stop."""
        if j >= self.n or not self.word(j):
            return False
        return not (self.definite(j) or self.is_role(j) or self.lpre[j] or self.is_stop(j))

    def seat_end(self, a: int, k: int, b: int) -> int:
        """The end of a place phrase «في ...» at ``k`` that stays in a role source starting at ``a``, or -1.

        «قادة الأركان في كوريا الجنوبية أن», «رئيس بعثة المنظمة في البلد فلان الفلاني إن»: after a
        role, a «في» phrase of plain words that runs straight into the content marker ``b`` names
        the body's seat (or is followed by the name). An occasion, a time or a document
        («في الاجتماع», «في يوليو», «في بيان»: `occasions.txt`, `documents.txt`), any stop word, a
        collective unnamed source («شهود عيان في العاصمة») or no role keeps the usual cut.
        """
        told = self.audience_start(k, b)
        if told > 0:
            b = told  # «مدير الشرطة في المحافظة لـ«الحياة» إن»: whom he told closes the seat, and stays out
        if b - 1 > k + 1 and self.verb_prep_before(b - 1, b):
            b -= 1  # «مدير الشرطة في المحافظة إلى أن»: the verb's preposition stays out as «أن» does
        if b - 1 > k + 1 and self.is_comma(b - 1):
            b -= 1  # «مدير المكتب التنفيذي لمجلس وزراء العمل في دول الخليج، إن»: the comma stays out
        # the statement's venue after the seat («... في كاليفورنيا في بيان إن») is not counted in its reach
        venues = [
            j
            for j in range(k + 2, min(b - 1, k + 2 + SEAT_REACH))
            if self.bare[j] in IN and self.statement_venue(j + 1)
        ]
        reach = (venues[0] if venues else b) - k - 1
        # A role or a definite body («القائمة العربية المشتركة في الكنيست الإسرائيلي:»).
        if not (reach <= SEAT_REACH and any(self.is_role(j) or self.definite(j) for j in range(a, k))):
            return -1
        if self.head(a) in self.lex.unnamed and not (self.definite(a) and self.is_role(a)):
            return -1  # «شهود عيان في العاصمة»; a definite role is one person: «المتحدث باسم الشرطة في منطقة مكة»
        # (the written word: «صناعة» normalised ends in ه too)
        if k + 1 < b and not self.definite(k + 1) and self.texts[k + 1].endswith(OBJECT_PRONOUN_ENDINGS):
            return -1  # «في عنوانها الرئيسي»: a noun with a pronoun is the statement's venue, no seat
        for j in range(k + 1, b):
            venue = j > k + 1 and self.bare[j] in IN and j + 1 < b
            venue = venue and self.texts[j + 1].endswith(OBJECT_PRONOUN_ENDINGS)
            if venue and all(self.plain_name(x) for x in range(k + 1, j)):
                return j  # «صحيفة “بليك” الأوسع انتشارا في صربيا في عنوانها»: the statement's venue after the seat
            if j > k + 1 and self.bare[j] in IN and j + 1 < b and self.statement_venue(j + 1):
                # «وقالت إدارة الأسماك في كاليفورنيا في بيان إن», «المركز الإعلامي الأمني في مديرية
                # الأمن العام الأردني في بيان»: a second «في» opens the statement's venue, so the
                # first (plain words, checked below as they came) is the seat of a body (bodies.txt)
                # in the source or the seat («وقال الوزير في الرياض في تصريح»: where a person spoke)
                return j if any(self.head(x) in self.grammar.bodies for x in range(a, j)) else -1
            if j > k + 1 and self.word(j) and self.is_stop(j) and self.bare[j] not in LINKS and not self.lpre[j]:
                # «الموالي للأكراد في تركيا السبت حزب العمال إلى»: a place name, then a time («في
                # بيانها أمس» is the statement's venue: a noun with a pronoun is no seat).
                names = all(
                    self.plain_name(x) and not self.bare[x].endswith(OBJECT_PRONOUN_ENDINGS) for x in range(k + 1, j)
                )
                return j if names else -1
            if not self.word(j) or self.is_stop(j) or j in self.cue_at or self.lpre[j]:
                return -1
            if self.venue_noun(j) or self.bare[j] in self.grammar.occasions:
                return -1
        return b if b > k + 1 else -1

    def audience_start(self, k: int, b: int) -> int:
        """The first token after the preposition at ``k`` and its first word that opens whom the source
        told, with only commas, more of the audience or the verb's own preposition after it before the
        content marker ``b`` («في المحافظة لـ«الحياة» إن», «في الوزارة لوكالة الأنباء الألمانية إن», «في
        الشرطة للمحققين إن»), or -1."""
        for j in range(k + 2, b):
            if (self.lpre[j] or self.audience(j) or self.people_audience(j, b)) and self.reaches_marker(
                j, b, clauses=False
            ):
                return j
        return -1

    def statement_venue(self, j: int) -> bool:
        """Whether the noun at ``j``, after «في», is where a statement was made: a document or an
        occasion («في بيان», «في مؤتمر صحفي», «في تصريح»; `documents.txt`, `occasions.txt`, `stops.txt`)."""
        return self.word(j) and (self.venue_noun(j) or self.bare[j] in self.grammar.occasions or self.is_stop(j))

    def venue_noun(self, j: int) -> bool:
        """Whether the head of the word at ``j`` names an occasion or a document of a statement
        («اجتماع», «مؤتمر», «بيان», «تصريح»; `occasions.txt`, `documents.txt`)."""
        head = self.head(j)
        return head in self.grammar.occasions or head in self.lex.documents

    def audience_after_name(self, a: int, k: int) -> bool:
        """Whether ``k`` is «لـ» + a word after a plain name starting at ``a`` («عروة لرويترز»,
        «كاميرون لتلاميذ مدرسة»): the audience, not part of the source.

        After a role («الرئيس التنفيذي لشركة زين») the ل phrase is the role's complement.
        """
        if not self.lpre[k] or self.bare[k].startswith(LAM_ARTICLE):
            return False
        roles = [j for j in range(a, k) if self.is_role(j)]
        if self.is_role(k) and roles and self.name_in(roles[-1] + 1, k):
            # «الأمين العام ... عبدالله البدري لوزير الطاقة»: ل + a role after the name that
            # follows the last role is the audience («الرئيس التنفيذي لشركة زين» is a complement).
            return True
        return not any(self.is_role(j) or self.definite(j) for j in range(a, k))

    def name_after_adverb(self, a: int, k: int, b: int) -> int:
        """The content marker ``b`` when an adverb at ``k`` («حينها», «آنذاك») stands between a role
        and the name it belongs to, the name (quoted or up to three plain words) running straight
        into ``b``; else -1. The adverb then stays inside the source."""
        if not any(self.is_role(j) for j in range(a, k)) or k + 1 >= b:
            return -1
        nxt = k + 1
        if nxt in self.closer and self.closer[nxt] + 1 == b:
            return b
        if b - nxt <= NAME_WORDS and all(self.plain_name(j) for j in range(nxt, b)):
            return b
        return -1

    def people_of(self, a: int, k: int, j: int) -> bool:
        """Whether «من» at ``k`` + the definite plural of people at ``j`` say whom an unnamed source at ``a`` is among.

        «مصادر من المقاتلين المحليين، إن»: like a body, the group the sources come from stays in
        the source. Only after an unnamed source's head («مصادر», «مسؤولون»), and only a sound
        plural in -ين with the article («من الخبراء» is a broken plural, not read).
        """
        w = self.bare[j]
        return (
            self.bare[k] == OF
            and self.head(a) in self.lex.unnamed
            and self.definite(j)
            and w.endswith(PLURAL_OBLIQUE)
            and len(w) >= PEOPLE_MIN
        )

    def represented(self, a: int, b: int) -> int:
        """The end of «عن» + a noun phrase right after a representative's head at ``a``, or -1.

        «ممثلة عن وزارة الصحة», «المسؤول عن الملف»: the complement says whom the source stands
        for or what it answers for (the guideline's «ممثل عن»). Only right after the head, and only
        when the noun phrase is followed by the content marker ``b``, a stop word or punctuation
        (a «في» body after it is read by the loop: «المسؤول عن الملف في الوزارة»).
        """
        if self.head(a).removesuffix(TA_MARBUTA) not in REPRESENTATIVES or a + 2 >= b:
            return -1
        if self.bare[a + 2] in DEMONSTRATIVES:
            return -1  # «وقال المسؤول عن ذلك إن»: what he spoke about
        end = self.np_end(a + 2, b, names=False)
        clean = end == b or self.punct[end] or self.is_stop(end)
        return end if end > a + 2 and clean else -1

    def on_behalf(self, k: int, b: int) -> bool:
        """Whether ``k`` starts «نيابةً عن ...» or «باسمه ...», on whose behalf the source speaks.

        «وعبّر رئيس النادي نيابةً عن جميع الطلبة ... عن», «وأعرب الملك سلمان باسمه واسم شعب وحكومة
        المملكة عن»: the words after the subject name those it speaks for, not the speaker. After a
        spokesman («المتحدث باسمهم جيمس قاديت») «باسمه» is the role's own complement and stays.
        """
        w = self.bare[k]
        if w == ON_BEHALF:
            return k + 1 < self.n and self.bare[k + 1] == BEHALF_OF  # the verb's own «عن» may be b
        return w in OWN_NAME and not self.head(k - 1).startswith(SPOKESMEN)

    def people_audience(self, k: int, b: int) -> bool:
        """Whether ``k`` is «لل» + a plural of people in -ين, the last word before the content marker
        ``b`` (a comma between allowed): «للمحققين», «للصحفيين» say whom the source told. A nisba
        plural («للسعوديين») may be a body's genitive and keeps the span, unless `stops.txt` lists it
        as an audience («للصحفيين», «للصحافيين»: the people told, not a body's genitive)."""
        w = self.bare[k]
        if not (w.startswith(LAM_ARTICLE) and w.endswith(PLURAL_OBLIQUE) and len(w) >= PEOPLE_MIN):
            return False
        if w.endswith(NISBA_PLURAL) and not self.is_stop(k):
            return False
        return k + 1 == b or (k + 2 == b and self.is_comma(k + 1))

    def at_body(self, a: int, k: int, b: int) -> bool:
        """Whether «لدى» at ``k`` joins a role in ``[a, k)`` to the body it serves.

        «لدى» + a verbal noun with a pronoun («لدى وصوله», «لدى لقائه») or an occasion is "upon",
        a time, and stops the source.
        """
        if self.bare[k] != BEFORE or k + 1 >= b or not self.word(k + 1):
            return False
        nxt = self.bare[k + 1]
        if nxt.endswith(OBJECT_PRONOUN_ENDINGS) or self.head(k + 1) in self.grammar.occasions or self.is_stop(k + 1):
            return False
        return any(self.is_role(j) for j in range(a, k))

    def genitive_of_role(self, k: int) -> bool:
        """Whether the noun at ``k`` is the genitive of the word before it: «باسم الحكومة», or a
        role noun or an unnamed source's head in construct («رئيس الحكومة», «مصادر الحكومة»; not
        «دعا الوزير المواطنين»)."""
        if k == 0 or self.conj[k]:
            return False
        before = k - 1
        in_construct = not self.definite(before) and not self.lpre[before]
        # «فسر مراقبون هذه التصرفات»: a demonstrative after an unnamed source starts the object
        unnamed = self.head(before) in self.lex.unnamed and self.definite(k)
        return self.bare[before] == IN_THE_NAME_OF or (in_construct and (self.is_role(before) or unnamed))

    def name_in(self, a: int, k: int) -> bool:
        """Whether ``[a, k)`` holds a plain name word: neither definite nor a role nor ل + noun."""
        return any(self.plain_name(j) for j in range(a, k))

    def aside_end(self, k: int, limit: int) -> int:
        """The token after a bracketed or dashed aside opening at ``k``, or -1.

        «(إسباني)», «(تموز)», «- الذي تولى المنصب أمس -»: a short aside, closed before ``limit``.
        """
        ch = self.texts[k]
        close = PARENS.get(ch) or (ch if ch in DASHES else None)
        if close is None:
            return -1
        for j in range(k + 1, min(limit, k + 1 + ASIDE_REACH)):
            if self.texts[j] == close or (close in DASHES and self.texts[j] in DASHES):
                return j + 1 if j > k + 1 else -1
            if self.punct[j] and self.texts[j][0] in TERMINAL and j not in self.inner_dot:
                return -1  # «(ار.تي.ال)»: the dots of a spelled-out name close nothing
        return -1

    def quoted_from_at(self, k: int, c: int) -> int:
        """The «عن» of «نقل» that opens the one quoted, past time words or an aside from ``k``, or -1.

        «نقل زعيم يهودي أميركي أمس عن الرئيس ...», «نقلت الوكالة اليوم الخميس عن ...», «نقل روزينباوم،
        وهو عضو في الحزب، عن أوباما قوله»: «نقل» takes «عن» + whom it quotes as its complement; a time
        word, a bracketed or dashed aside, or an aside between commas (no cue, no full stop in it) may
        stand between its subject and that «عن». Anything else («المراسل الذي تحدث عن الحادث») keeps
        the subject alone.
        """
        j = k
        while j < c:
            if self.bare[j] == AN:
                return j if j + 1 < c and self.word(j + 1) else -1
            if self.bare[j] in self.grammar.times:
                j += 1
                continue
            aside = self.aside_end(j, c)
            if aside > 0:
                j = aside
                continue
            if not self.is_comma(j):
                return -1
            close = next((x for x in range(j + 1, min(c, j + 1 + ASIDE_REACH)) if self.is_comma(x)), -1)
            stops = (x in self.cue_at or (self.punct[x] and self.texts[x][0] in TERMINAL) for x in range(j + 1, close))
            if close < 0 or any(stops):
                return -1
            j = close + 1
        return -1

    def according_aside(self, k: int, limit: int) -> int:
        """The token after an according-to phrase set between the comma ``k`` and a second comma
        that the verb's complementiser follows («وقال المحافظ لوالدة الفقيد، بحسب الصحيفة، إن»), or -1.

        Between a reporting verb and its complement the phrase is an aside, as a bracketed one is
        (:meth:`aside_end`): the complement is still to come after it.
        """
        if not (self.is_comma(k) and k + 1 < limit and self.according_cue(k + 1)):
            return -1
        j = k + 2
        while j < min(limit, k + 2 + ASIDE_REACH):
            if j in self.closer:
                j = self.closer[j] + 1  # «، ووفقا لوكالة "تسنيم"، أن»: a quoted name in the phrase
                continue
            if self.punct[j]:
                return j + 1 if self.is_comma(j) and j + 1 < limit and self.is_comp(j + 1) else -1
            j += 1
        return -1

    def name_after_title(self, a: int, end: int, limit: int) -> int:
        """The end of a person's name right after a noun phrase ``[a, end)`` that ends in a title, or ``end``.

        «وأدان وكيل الإمارة الدكتور حامد بن مالح الشمري العمل»: with no complementiser, the noun
        phrase of the subject stops at the title, but a title (a definite role noun or unnamed
        source's head, or a title of the entity gazetteer: «المدرب») asks for the
        name after it: a first name of the shipped name lists (not ending in ة: «وأكدت الوزارة
        أهمية ...» is an object; «فاطمة» is missed), then name words of the lists, «بن» + a
        name, and after «بن» a family name with the article («الشمري»); or a quoted name of at most
        three tokens that opens with such a name after any role («محافظ عدن " نايف البكري "»).
        """
        t = end - 1
        if not a <= t < end < limit:
            return end
        named = self.name_word

        titled = any(self.is_role(j) or self.head(j) in self.lex.unnamed for j in range(a, end))
        close = self.closer.get(end, -1)
        if titled and close > end + 1 and close - end <= ROLE_NAME_QUOTE + 1 and named(end + 1):
            return close + 1  # «المحلل السياسي " هاني مسهور"»
        title = self.definite(t) and (
            self.is_role(t) or self.head(t) in self.lex.unnamed or self.norm[t] in person_titles()
        )
        if not (title and named(end)):
            return end
        k, linked = end + 1, False
        while k < limit and k - end < TITLED_NAME:
            if self.bare[k] in SON and k + 1 < limit and self.plain_name(k + 1):
                k, linked = k + 2, True  # «حامد بن مالح»
                continue
            if not named(k):
                break
            k += 1
        family = self.family_name_end(end, k, limit)
        if family > k:
            return family  # «الشيخ عبدالله بن زايد آل نهيان»: the family name with «آل»
        if linked and k < limit and self.definite(k) and not self.is_role(k) and not self.is_stop(k):
            k += 1  # «... بن مالح الشمري»: the family name after «بن»
        return k

    def rank_name_after(self, a: int, end: int, limit: int) -> int:
        """The end of a rank and a person's name right after a role's noun phrase ``[a, end)``, or ``end``.

        «وأكد مدير عام كلية الملك فهد الأمنية اللواء سعد بن عبدالله الخليوي أهمية ...», «وصف وزير الإعلام
        الأردني الدكتور محمد المومني زيارة ...»: with no complementiser, the subject's noun phrase stops at
        the role's last genitive or adjective; a definite title of the entity gazetteer («اللواء»,
        «الدكتور», «الشيخ») right after it, followed by a name (:meth:`name_after_title`), is the rank
        and name of the person the role names, in apposition. Only after a noun phrase that opens with
        a role and holds no title of its own at its end (:meth:`name_after_title` reads that one); after
        the rank and a first name, a definite nisba is the family name («اللواء سعد الخليوي»).
        """
        if not (a < end < limit - 1 and self.is_role(a) and self.definite(end)):
            return end
        if self.norm[end] not in person_titles() or self.lpre[end]:
            return end
        named = self.name_after_title(a, end + 1, limit)
        if named <= end + 1 or (named < limit and self.bare[named] in SON):
            return end  # «الدكتور أحمد بن علي آل مريع»: a name read only in part («علي» also reads «على») stays out
        family = named < limit and self.definite(named) and self.bare[named].endswith(MASCULINE_NISBA)
        if family and not (self.is_role(named) or self.is_stop(named) or named in self.cue_at):
            return named + 1  # «اللواء سعد الخليوي»: after a rank and a first name, a nisba is the family name
        return named

    def family_name_end(self, first: int, k: int, limit: int) -> int:
        """The end of a family name with «آل» at ``k`` after the name words ``[first, k)``, or ``k``.

        «آل» ("the house of") + a word is a family name and takes no other reading right after a
        person's name: «عبدالله بن زايد آل نهيان», «صالح آل سالم», «محمد آل الشيخ» (also written
        «أل»: normalised alike). The word after it must be a plain word, not a mark, a stop word
        or a cue.
        """
        if not (first < k and k + 1 < limit and self.bare[k] == FAMILY and self.word(k + 1)):
            return k
        if self.is_stop(k + 1) or self.is_comp(k + 1) or (k + 1) in self.cue_at:
            return k
        return k + 2

    def construct_end(self, k: int, limit: int) -> int:
        """The end past the definite genitive that closes a chain of indefinite nouns in construct
        starting at ``k`` («مجلس الوزراء», «مدير عام مطار عدن», «لهيئة كبار العلماء»), or -1 when
        no definite noun closes it within :data:`CONSTRUCT_CHAIN` words."""
        j = k + 1
        while j < limit and j - k <= CONSTRUCT_CHAIN and self.word(j) and not self.definite(j):
            if self.is_stop(j) or self.conj[j] or self.lpre[j] or j in self.cue_at or self.is_comp(j):
                return -1
            j += 1
        genitive = j < limit and j - k <= CONSTRUCT_CHAIN + 1 and self.definite(j)
        if genitive and not (self.conj[j] or self.lpre[j] or j in self.cue_at):
            return j + 1
        return -1

    def family_with_article(self, a: int, k: int) -> bool:
        """Whether the definite word at ``k``, right after the plain name words ``[a, k)`` that hold a
        listed first name, is a family name with the article: a singular nisba in «ي», not a role
        («خالد الزيلعي», «سعد بن جميل القرشي», «عبدالله الأحمري»). An object after a name is a
        noun of its own («وأكد محمد الحاجة إلى ...»), seldom a singular nisba."""
        w = self.bare[k]
        if not (w.endswith(NISBA_SINGULAR) and len(w) >= FAMILY_MIN) or self.is_role(k) or self.lpre[k]:
            return False
        if any(not self.plain_name(j) and self.bare[j] not in SON for j in range(a, k)):
            return False
        return any(self.name_word(j) for j in range(a, k))

    def name_word(self, j: int) -> bool:
        """Whether token ``j`` is a first name or name word of the shipped name lists.

        A word in ة is a name word only rarely, a verbal noun often («الوزارة أهمية ...»), and a
        short function word of the lists («ما», «من») is none: «ونفى المصدر ما يردده».
        """
        text = self.texts[j]
        if not self.plain_name(j) or len(self.bare[j]) < NAME_MIN or text.endswith(WRITTEN_TA_MARBUTA):
            return False
        return count_key(text) in _first_names()

    def name_after_role(self, a: int, end: int, limit: int) -> int:
        """The end of a person's name after a role's noun phrase ``[a, end)`` and before a
        noun-phrase content, or ``end``.

        «وأبدى رئيس الاتحاد فهد الحريشي سعادته», «أبدى رئيس الغرفة التجارية بالطائف الدكتور سامي
        العبيدي استعداد الغرفة», «أكد قائد المنطقة في مدينة عدن اللواء أحمد اليافعي استمرار»: with
        no complementiser the noun phrase of the subject stops at the role's genitive, but a
        person's name after it (past a seat, «في» + plain place words as :meth:`seat_end` reads
        them or one word with «بـ» written on it, and a title) is the role holder's, in
        apposition: the subject. The name is a title and a name word, or two name words (a name
        word, «بن» + a name word, or a family name with the article); a family name with the
        article ends it. With no role in the noun phrase, or no name, the cut stays.
        """
        if not (a < end < limit and any(self.is_role(j) for j in range(a, end))):
            return end
        for j in range(end, min(limit - 1, end + SEAT_REACH + 1)):
            if self.punct[j] or j in self.cue_at:
                return end
            title = self.definite(j) and (self.is_role(j) or self.norm[j] in person_titles())
            first = j + 1 if title else j
            if not self.name_word(first) or self.bare[first].endswith(PLURAL_AT):
                continue  # «عمليات القصف»: a plural in -ات is no first name
            nxt = first + 1
            if not title and not (
                nxt < limit
                and (
                    self.bare[nxt] in SON
                    or self.name_word(nxt)
                    or (self.definite(nxt) and not self.is_role(nxt))
                    or self.family_name_end(first, nxt, limit) > nxt
                )
            ):
                continue  # one name word with no title may be a place («في منطقة تبوك»)
            if j > end and not self.seated(a, end, j):
                return end
            k = first
            while k < limit and k - first < TITLED_NAME:
                if self.bare[k] in SON and k + 1 < limit and self.plain_name(k + 1):
                    k += 2  # «سعيد بن ناصر»
                    continue
                if self.bare[k] == SERVANT and k + 1 < limit and self.definite(k + 1):
                    k += 2  # «عبد الله», «عبد الرحمن»: one name of two words
                    continue
                if not self.name_word(k):
                    break
                k += 1
            family = self.family_name_end(first, k, limit)
            if family > k:
                k = family  # «صالح آل سالم»: the family name with «آل»
            elif k < limit and self.definite(k) and not self.is_role(k) and not self.is_stop(k):
                k += 1  # «فهد الحريشي»: the family name with the article
            # the content follows the name (after a comma, «شاكر صالح الفقير، استلام 10 مشاريع»):
            # a word and one more token of it at least, not a new cue, or the cut stays («المرصد
            # السوري لحقوق الإنسان عمليات القصف.», «عضو في مجلس ولاية غزني الحادث، مشيرا إلى»)
            c = k + 1 if k < limit and self.is_comma(k) else k
            content = c + 1 < limit and self.word(c) and not self.punct[c + 1] and c not in self.cue_at
            return k if content else end
        return end

    def seated(self, a: int, k: int, j: int) -> bool:
        """Whether the words ``[k, j)`` after a role's noun phrase starting at ``a`` are its seat:
        «في» + plain place words (:meth:`seat_end`), or one word with «بـ» written on it and plain
        words after it («بالطائف», «بجدة»), not an occasion or document («في الاجتماع»)."""
        if self.bare[k] in IN:
            return self.seat_end(a, k, j) == j
        ba = self.attached_ba(k)
        # «بالطائف», «بمنطقة»: a place word of three letters at least after ب («بان» is «بأن»)
        if not (self.word(k) and ba >= 0 and self.ends[k] - ba >= SEAT_WORD_MIN and not self.is_comp(k)):
            return False
        if self.venue_noun(k):
            return False
        return j == k + 1 or self.seat_end(a, k, j) == j

    def quoted_name(self, k: int) -> int:
        """The token after a short quoted name opening at ``k`` right after a source's head noun, else -1.

        «صحيفة “ميرور” البريطانية», «مصادر "الوطن"», «موقع «ذا لوكال»»: the quote is a name, part
        of the source, not the content.
        """
        if k == 0 or k not in self.closer or not self.word(k - 1):
            return -1
        close = self.closer[k]
        if not 1 < close - k <= QUOTED_NAME_TOKENS:
            return -1
        nxt = close + 1
        short = close - k <= ROLE_NAME_QUOTE and nxt < self.n
        if short and ((self.punct[nxt] and self.texts[nxt][0] in COLONS) or self.is_comp(nxt)):
            return nxt  # «وقال عيسى الصويتي "صياد": إن»: a quoted role or nickname before the content
        after_verb = (k - 1) in self.cue_at
        body = self.body_in_construct(k - 1)
        if not (after_verb or body or self.is_role(k - 1) or self.head(k - 1) in self.lex.unnamed):
            return -1
        he = nxt + 1 < self.n and self.conj[nxt] and self.bare[nxt] in HE_SHE and self.is_role(nxt + 1)
        if after_verb and he:
            return nxt  # «وقال “كيم مين-سيوك” وهو متحدث باسم وزارة الدفاع “...”»: the name, then who he is
        if after_verb and nxt < self.n and self.punct[nxt] and self.texts[nxt][0] in COLONS:
            return nxt  # «وتساءل "القضيعان": ...»: the speaker's name, then what he said
        if nxt < self.n and self.texts[nxt] in DASHES and self.is_role(k - 1):
            return nxt  # «الدكتور «جيكسون إن جي» -أخصائي أطفال-»: a title's quoted name, an aside after it
        if after_verb and short and self.name_shaped(k + 1, close) and self.frame_after_name(k - 1, nxt):
            return nxt  # «وشدد "الحوشان" على أن», «وأكد "الحوشان"، أن»: the verb's frame goes on after the name
        if nxt >= self.n or not self.word(nxt):
            return -1  # «وقال الوزير «الأسعار ستنخفض».»: a quote that ends the clause is what was said
        if self.is_comp(nxt) or (self.definite(nxt) and self.bare[nxt].endswith(self.grammar.nisba_endings)):
            return nxt  # followed by «أن» or by the name's adjective («“ميرور” البريطانية»)
        role_noun = self.is_role(k - 1) and not self.definite(k - 1) and not self.lpre[k - 1]
        if role_noun and self.definite(nxt) and not (self.is_stop(nxt) or self.is_role(nxt) or nxt in self.cue_at):
            return nxt  # «موقع "بي.سي ماجازين" المتخصص»: the outlet's adjective after its quoted name
        if self.bare[nxt] in QUOTED_NAME_NEXT and not self.definite(k - 1):
            return nxt  # «تشير مصادر "الاقتصادية" إلى أنها»: the verb's preposition after the name
        if after_verb and (self.audience(nxt) or self.bare[nxt] in QUOTED_NAME_NEXT):
            return nxt  # «وأشار "الشريف" إلى أن», «وقال "القضيعان" لـ"سبق"»
        if after_verb and short and self.venue_then_content(nxt):
            return nxt  # «فأشار «كوزمين» في تصريحاته إلى أن», «وقال "اليامي" في بيان له اليوم إن»
        if short and self.is_role(k - 1) and not self.definite(k - 1) and not self.lpre[k - 1]:
            return nxt  # «بحسب وكالة "رويترز" كان البنك ...»: the genitive of an outlet noun
        if short and body and self.name_shaped(k + 1, close) and (self.is_comp(nxt) or self.bare[nxt] in IN):
            return nxt  # «وقالت حركة «حماس» في بيان إن», «أعلن مستشفى «البرت اينشتاين» في ساو باولو أن»
        return -1

    def quoted_name_in_source(self, p: int, k: int) -> bool:
        """«A quoted name inside the source, then the verb's frame»: whether the short quote opening at
        ``k``, past a role's or body's words after the cue's first word ``p``, is a name in the source
        because the verb's frame goes on right after it («وكشف نائب رئيس الهيئة الوطنية لمكافحة الفساد
        «نزاهة»، عن بدء ...», «وأعرب الرئيس التنفيذي لشركة "إنوكيم"، عن سعادته», «قال نائب مدير منظمة
        «هيومان رايتس ووتش»، لـ«الشرق الأوسط» إن», «وأشار الموقع المصري «الوطن»، إلى أن»).

        The quote holds a name's shape (:meth:`name_shaped`, at most ``QUOTED_NAME_TOKENS`` tokens); the
        words between the cue and it hold a role, a body or an unnamed source's head and no mark; after it
        (a comma or semicolon allowed between) comes a complementiser, the verb's own preposition,
        «عن», «إلى» or «لـ» + an outlet. A quote the sentence ends with, or one followed by
        anything else, stays what was said («وقال المتحدث باسم الحركة "لن نتراجع"»).
        """
        if k <= p or k not in self.closer or not self.word(k - 1):
            return False
        close = self.closer[k]
        if not (1 < close - k <= QUOTED_NAME_TOKENS and self.name_shaped(k + 1, close)):
            return False
        if self.words_after_definite(k):
            return False  # «وأكد الوزير "نرفض التدخل"؛ أن»: what was said
        if k - p > QUOTED_SOURCE_REACH or any(not (self.word(j) or self.is_comma(j)) for j in range(p, k)):
            return False  # «جو ستورك، نائب مدير منظمة «...»»: an apposition's comma, no other mark
        if any(
            self.bare[j] in self.grammar.relatives or j in self.cue_at or self.verb_at(j) is not None
            for j in range(p, k)
        ):
            return False  # «خلال مؤتمر ... التي تشمل "..."»: a clause of its own, not the source's words
        heads = (self.grammar.bodies, self.lex.unnamed)
        if not any(self.is_role(j) or any(self.head(j) in h for h in heads) for j in range(p, k)):
            return False
        v = p - 1
        while v >= 0 and v not in self.cue_at:
            v -= 1
        if v < 0 or self.cue_at[v].info.type not in ("speech", "participle"):
            return False
        prep = self.cue_at[v].info.prep
        nxt = close + 1
        if nxt < self.n and self.punct[nxt] and (self.is_comma(nxt) or self.texts[nxt] in SEMICOLONS):
            nxt += 1
        if nxt >= self.n:
            return False
        goes_on = self.is_comp(nxt) or self.bare[nxt] in QUOTED_NAME_NEXT or (bool(prep) and self.bare[nxt] == prep)
        told = self.audience(nxt) and nxt + 1 < self.n
        return goes_on or told

    def body_in_construct(self, i: int) -> bool:
        """Whether token ``i`` is the indefinite head noun of a body (bodies.txt: «جامعة», «حركة»,
        «مستشفى»), whose genitive may be the body's quoted name («جامعة “بيرمنغهام”»)."""
        return self.word(i) and not (self.definite(i) or self.lpre[i]) and self.head(i) in self.grammar.bodies

    def name_shaped(self, a: int, b: int) -> bool:
        """Whether the tokens ``[a, b)`` inside a quote have a name's shape: words only, none a stop
        word, a word with «لـ» on it, a verb or a cue («"الحوشان"», «"ابن ريحان"»; not «"الطريق إلى
        مكة"», «"لا للفساد"», «"الشعب يريد"»)."""
        return a < b and all(
            self.word(k) and not (self.is_stop(k) or self.lpre[k]) and k not in self.cue_at and self.verb_at(k) is None
            for k in range(a, b)
        )

    def words_after_definite(self, o: int) -> bool:
        """Whether the quote opening at ``o`` (its marks at ``o`` and ``self.closer[o]``) right after a
        definite word holds more than one word and opens with no name word: what was said, not a name
        in the source («وأكد الوزير "نرفض التدخل"؛ أن»; a name opens with a name word)."""
        close = self.closer[o]
        return o > 0 and self.word(o - 1) and self.definite(o - 1) and close - o > 2 and not self.name_word(o + 1)

    def frame_after_name(self, v: int, nxt: int) -> bool:
        """Whether the reporting verb at ``v``'s frame goes on at ``nxt``, right after a quoted name:
        the verb's own preposition («شدد ... على أن»), or a comma and then a complementiser, «إلى» or
        that preposition («وأكد "الحوشان"، أن», «وأشار "ابن ريحان"، إلى أنه»)."""
        info = self.cue_at[v].info
        if info.type not in ("speech", "participle"):
            return False  # «وأضاف بحسب «رويترز»، أن»: an according-to word's outlet, not the speaker
        prep = info.prep

        def goes_on(k: int) -> bool:
            return k < self.n and (self.is_comp(k) or (bool(prep) and self.bare[k] == prep))

        if goes_on(nxt):
            return True
        comma = nxt < self.n and self.punct[nxt] and self.texts[nxt][0] in COMMAS
        return comma and goes_on(nxt + 1)

    def venue_then_content(self, j: int) -> bool:
        """Whether «في» at ``j`` opens the statement's venue («في تصريحاته», «في بيان له اليوم») and
        a complementiser or «إلى» follows it before any punctuation: what comes before ``j`` is then
        the speaker, not what was said («قال "..." في تغريدة على حسابه.» has no «أن» after it)."""
        if not (j + 1 < self.n and self.bare[j] in IN and self.word(j + 1)):
            return False
        if not (self.statement_venue(j + 1) or self.texts[j + 1].endswith(OBJECT_PRONOUN_ENDINGS)):
            return False
        for k in range(j + 2, min(self.n, j + 2 + SEAT_REACH)):
            if self.is_comp(k) or self.bare[k] == TO_CONTENT:
                return True
            if self.punct[k] or k in self.cue_at:
                return False
        return False

    def np_end(self, a: int, limit: int, *, names: bool) -> int:
        """The end (exclusive) of a noun phrase starting at ``a`` with no right marker.

        A definite head takes definite adjectives and «لـ» complements («المرصد السوري لحقوق
        الإنسان»); a role noun in construct takes its genitive («وكالة الصحافة الفرنسية»); a
        name takes up to two more name words. With ``names``, a role phrase right before the end
        of the clause also takes the name after it («بحسب المتحدث باسم الجيش تركي المالكي.»).
        """
        if a >= limit or not self.word(a) or (self.is_stop(a) and not self.lpre[a]) or self.is_comp(a):
            return a
        g = self.grammar
        if self.head(a) in g.partitives and a + 1 < limit:
            # «عدة وسائل إعلام بريطانية», «عدد من الخبراء»: the phrase after the quantity is the head.
            nxt = a + 2 if self.bare[a + 1] == OF else a + 1
            end = self.np_end(nxt, limit, names=names) if nxt < limit and self.word(nxt) else nxt
            return end if end > nxt else a + 1
        k = a + 1
        head_def = self.definite(a) or self.bare[a].startswith(LAM_ARTICLE)
        # «سمو الأمير», «معالي وزير الصحة»: an honorific is in construct with the title after it
        role = self.is_role(a) or self.head(a) in g.honorifics
        unnamed = self.head(a) in self.lex.unnamed
        # «اقتصاديون»: a nisba plural is a common noun, no name taking name words after it
        plural = self.bare[a].endswith(NISBA_PLURAL_NOM) and len(self.bare[a]) >= PLURAL_MIN
        # «وأكد معاليه تصميم دول المجلس»: an honorific with a pronoun is in construct with nothing after it
        possessed = self.honorific_pronoun(a) is not None
        role = role and not possessed
        named_head = not head_def and not role and not unnamed and not plural and not possessed
        construct_name = closed = False
        while k < limit:
            after = self.quoted_name(k)
            if after < 0 and role and not head_def and k == a + 1 and k in self.closer:
                # «بحسب معلومات منظمة “أوبك”،»: a short quoted name after an outlet or body noun,
                # also where the phrase ends.
                after = self.closer[k] + 1 if self.closer[k] - k <= ROLE_NAME_QUOTE else -1
            named_body = k == a + 1 and self.body_in_construct(a)
            if (role or unnamed or named_body) and not head_def and k == a + 1 and 0 < after <= limit:
                # «صحيفة “ميرور” البريطانية», «مصادر "الوطن"», «جامعة “بيرمنغهام” البريطانية»: the
                # quoted name is the genitive.
                named_head = construct_name = True
                k = after
                continue
            if not (self.word(k) and k not in self.cue_at and not self.is_comp(k)):
                break
            w = self.bare[k]
            if w in g.emphatic:
                k += 1  # «المصدر ذاته», «المصدر نفسه»
                continue
            if w in g.relatives:
                break  # «الإحصائية التي سجلت ...»: a relative clause is not in the noun phrase
            if self.is_stop(k):
                if w == BEFORE and k + 1 < limit and self.definite(k + 1):
                    k += 2  # «البعثة الأمريكية لدى الحلف الأطلسي»
                    continue
                run = self.np_end(k + 1, limit, names=names) if k > a and self.charge_phrase(a, k, limit) else -1
                if run > k + 1:
                    k = run  # «حسب المشرف على المسابقة الدكتور عبدالرحمن السلمي»: what the role runs
                    continue
                close = self.close_to_end(k, limit, names=names)
                if close > k:
                    return close  # «مصادر مقربة من الحزب»: the complement of closeness ends the phrase
                break
            if self.conj[k]:
                # Coordination of sources: keep going, split later.
                if self.shared_genitive(k, limit):
                    return self.np_end(k, limit, names=names)  # «إمام وخطيب جامع الراعب»: the genitive of both
                if self.definite(k) or self.is_role(k):
                    k += 1
                    continue
                nisba = g.nisba_endings
                if not self.definite(k - 1) and self.bare[k - 1].endswith(nisba) and w.endswith(nisba) and k - 1 > a:
                    k += 1  # «وسائل إعلام بريطانية وإسبانية»: two adjectives joined by «و»
                    continue
                break
            if self.definite(k) or w.startswith(LAM_ARTICLE):
                if closed and not w.endswith(g.nisba_endings):
                    break  # «لهيئة كبار العلماء العمل الإجرامي»: past a closed construct, the object
                if named_head and not names and self.family_with_article(a, k):
                    return k + 1  # «وانتقد سعد بن جميل القرشي سياسة ...»: the family name ends the name
                if named_head and not names and not (construct_name and w.endswith(g.nisba_endings)):
                    break
                if self.object_after_adjective(a, k) or (k > a and self.plural_object(k)):
                    break  # «أدانت الحكومة العراقية الغارات التركية»: the object, no adjective
                k += 1
                continue
            if w == IN_THE_NAME_OF or (w.startswith(LAM) and k + 1 < limit and self.definite(k + 1)):
                k += 2 if w != IN_THE_NAME_OF else 1
                continue
            body = self.lpre[k] and self.is_role(k) and self.head(k) not in g.outlets
            if head_def and body and self.construct_end(k, limit) > k:
                # «الأمانة العامة لهيئة كبار العلماء»: a «لـ» complement, a body in construct with its
                # definite genitive (not an outlet, the audience: «قال الوزير لوكالة أنباء الشرق»; not
                # «لأجل تسليم الإدارات», a preposition)
                k = self.construct_end(k, limit)
                closed = True
                continue
            if named_head and k > a and self.is_role(k) and not self.definite(k) and self.construct_end(k, limit) > k:
                # «دول مجلس التعاون»: a role noun after the head is in construct, with its genitive
                k = self.construct_end(k, limit)
                named_head, closed = False, True
                continue
            if named_head and k - a < NAME_WORDS and not w.endswith(TA_MARBUTA) and w != WHAT:
                k += 1  # a name word («ما» opens a clause: «نفت حركة حماس ما تم تداوله»)
                continue
            if named_head and w in g.waw_names:
                k += 1  # «منظمة هيومن رايتس ووتش»: the last word of a known foreign name
                continue
            if self.head(a) in self.lex.documents and not head_def and w.endswith(g.nisba_endings):
                k += 1  # «تقارير صحافية محلية»: a document's nisba adjectives
                continue
            after_definite = self.definite(k - 1) and not self.lpre[k] and ARTICLE not in w[:3]
            if (unnamed or role) and not head_def and w.endswith(g.adjective_endings) and not after_definite:
                # «مصادر طبية», «مصدر أمني», «رئيس بلدية المنطقة»; after a definite genitive an
                # adjective is definite too: «أكدت إدارة الفتح صحة موقفها» ends at «الفتح» (a
                # word with a preposition on it, «رئيس الجالية اليمنية بالمملكة», is read as before).
                k += 1
                continue
            if unnamed and not head_def and k == a + 1 and not self.lpre[k] and not self.bare[a].endswith(SOUND_PLURAL):
                # «وسائل إعلام», «شهود عيان»: the genitive of an unnamed source's head; a sound
                # plural in -ون is in no construct («اقتصاديون استطلعت رويترز آراءهم»: a clause)
                k += 1
                continue
            if role and not head_def and not unnamed and k == a + 1 and self.is_role(k):
                # «رئيس مجلس الوزراء», «سفير خادم الحرمين الشريفين», «نائب مدير عام مطار عدن الدولي»:
                # a role noun in construct with another role or title noun, whose chain of indefinite
                # nouns ends at its first definite noun, the genitive, not the object. With no definite
                # noun in reach, the second noun is read as a name, as before.
                genitive = self.construct_end(k, limit)
                if genitive > k:
                    k = genitive
                    continue
            if role and not head_def and not unnamed and k == a + 1:
                # «وكالة دوغان التركية», «صحيفة نيويورك تايمز»: a name as the genitive of a role noun.
                named_head = construct_name = True
                k += 1
                continue
            break
        k = min(k, limit)
        if names and (role or any(self.is_role(x) for x in range(a, k))):
            tail = k
            while tail < limit and self.word(tail) and not self.is_stop(tail) and tail - k < NAME_TAIL:
                tail += 1
            if tail > k and self.clause_ends_at(tail, limit):
                k = tail
        return k

    def congratulated_start(self, a: int, b: int) -> int:
        """Where the one congratulated begins in the words ``a``..``b`` after «هنأ», or ``b``.

        The verb takes its subject, then the one congratulated as a direct object, then «على/بـ».
        A listed addressee (`objects.txt`, `congratulated.txt`: «الجميع», «الحضور», «منسوبي») opens
        it (right after the verb the subject is dropped, «هنأ الضباط على»; not the rank «الفريق»
        before a name), and so does an honorific after a complete noun phrase («د. الركبان معالي
        مدير الجامعة»). After a complete noun phrase (a definite word, a «لـ» complement or a name;
        not an indefinite noun in construct, «رئيس النادي», «أمين عام اللجنة») a definite role opens
        it when a name is right before it or none follows it («الملك سلمان الرئيس التركي», «خادم
        الحرمين الشريفين الرئيس الفرنسي»; «خادم الحرمين الشريفين الملك سلمان» is a title in
        apposition), and so does a definite plural in -ين or -ات, which no singular subject takes as
        its adjective («الوزير اللاعبين», «الركبان الطالبات»; a nisba plural may agree with a plural
        genitive).
        """
        g = self.grammar
        for k in range(a, b):
            if not self.word(k) or self.lpre[k] or self.is_stop(k):
                continue
            listed = self.head(k) in g.objects or self.head(k) in g.congratulated
            if k == a:
                if listed and not self.plain_name(k + 1):
                    return k
                continue
            prev = k - 1
            # «الرئيس التنفيذي للشركة الموظفين»: a «لـ» complement ends a noun phrase too
            complement = self.lpre[prev] and self.bare[prev].startswith(LAM_ARTICLE)
            # a name ends one too («الملك سلمان الرئيس التركي»): a plain word right after the verb, a
            # definite title or another plain word, not an indefinite noun's adjective («أمين عام اللجنة»)
            before = prev - 1
            named = self.plain_name(prev) and (
                prev == a or self.plain_name(before) or (self.is_role(before) and self.definite(before))
            )
            complete = self.word(prev) and (self.definite(prev) or complement or named)
            complete = complete and self.bare[prev] not in NAME_LINKS
            honorific = self.head(k) in g.honorifics  # «د. الركبان معالي مدير الجامعة»: a second person
            if (listed or honorific) and complete and not self.conj[k]:
                return k
            if complete and self.definite(k) and not self.conj[k]:
                w = self.bare[k]
                role = self.is_role(k) and (named or not self.plain_name(k + 1))
                plural = w.endswith((PLURAL_OBLIQUE, FEMININE_PLURAL)) and len(w) >= PEOPLE_MIN - 1
                # «الحرمين الشريفين»: an adjective in -ين agrees with the plural or dual before it
                agrees = self.bare[prev].endswith((PLURAL_OBLIQUE, FEMININE_PLURAL))
                plural = plural and not (agrees or w.endswith(g.nisba_endings) or w.endswith(NISBA_PLURAL))
                # «خادم الحرمين»: after a name-like word the plural may be its genitive
                plural = plural and (self.definite(prev) or complement)
                if role or plural:
                    return k
        return b

    def object_after_adjective(self, a: int, k: int) -> bool:
        """Whether the definite plural in -ات at ``k`` follows a definite head and its nisba adjective.

        «وأدانت الحكومة العراقية الغارات التركية»: a broken or feminine plural cannot agree with
        a singular head as its adjective, nor be the genitive of an adjective; it starts the
        verb's object. «للـ» complements («لحقوق الإنسان») are not read here.
        """
        g = self.grammar
        prev = self.bare[k - 1]
        return (
            k - 1 > a
            and self.definite(a)
            and self.definite(k - 1)
            and prev.endswith(g.nisba_endings)
            and self.definite(k)
            and not self.lpre[k]
            and self.bare[k].endswith(FEMININE_PLURAL)
            and not self.bare[k].endswith(g.nisba_endings)
        )

    def plural_object(self, k: int) -> bool:
        """Whether the definite plural in -ات at ``k`` right after a definite word starts the verb's object.

        «ودعا الغامدي الجهات الحكومية إلى», «وطالبت الوزارة الشركات والمؤسسات بـ», «واستنكر
        المغردون الهجمات الإرهابية»: a definite noun takes no genitive, and a feminine plural is no
        adjective of a singular or a masculine plural, so the word is not in the subject. A plural
        in -ات before it may take one as its adjective («الطالبات المتفوقات»), a nisba plural in
        -يات is an adjective («لجنة الملاك التربويات»), and a word with «و», «لـ» or «بـ» on it is
        no object.
        """
        before = k - 1
        if before < 0 or k >= self.n or not (self.word(k) and self.word(before)):
            return False
        w, prev = self.bare[k], self.bare[before]
        if not (self.definite(k) and w.endswith(FEMININE_PLURAL) and not self.lpre[k] and not self.conj[k]):
            return False
        if w[: -len(FEMININE_PLURAL)].endswith(self.grammar.nisba_endings) or self.attached_ba(k) >= 0:
            return False
        return self.definite(before) and not (self.lpre[before] or prev.endswith(FEMININE_PLURAL))

    def clause_ends_at(self, k: int, limit: int) -> bool:
        """Whether the sentence ends at ``k``, or a comma and «فإن» follow (a name may end there)."""
        if k >= limit or (self.punct[k] and self.texts[k][0] in TERMINAL):
            return True
        while k < limit and self.punct[k]:
            k += 1
        return k >= limit or self.norm[k] in self.grammar.fa_inna

    def back_has_clause(self, first: int, i: int) -> bool:
        """Whether the tokens before ``i`` in its sentence hold more than a short adverbial."""
        words = [k for k in range(first, i) if not self.punct[k]]
        return len(words) > 3

    def content_start(self, p: int, info: CueInfo) -> tuple[Marker, int]:
        """Scan from ``p`` for the start of the content: a quote, a colon, أن/إن, or the preposition."""
        limit = min(self.sent_limit(p) if p < self.n else p, p + WINDOW)
        k = p
        stopped = seated = False
        ba = (info.prep == BA or info.also_ba) and info.type in ("speech", "participle") and info.np
        while k < limit:
            if k in self.closer:
                if (k > p and (self.audience(k - 1) or self.according_cue(k - 1))) or self.quoted_name(k) > 0:
                    k = self.closer[k] + 1  # «لـ"سبق"»: the outlet's name, not the content
                    continue
                if self.quoted_name_in_source(p, k):
                    k = self.closer[k] + 1  # «وكشف نائب رئيس الهيئة «نزاهة»، عن»: the body's quoted name
                    continue
                named = k > p and self.name_before_marker(k, info, ba=ba and not stopped)
                if named or (k == p and self.speaker_before_adjuncts(k, info)):
                    k = self.closer[k] + 1  # «في اتصال مع «الشرق الأوسط» إلى أن»: a name, then the content
                    # the marker the name was read by counts even just past the window
                    limit = max(limit, min(k + 2, self.sent_limit(p)))
                    continue
                return "quote", k
            if k in self.inner_dot:
                k += 1  # «أوضح رئيس اللجنة أ. د. عبدالله الحربش أن»: an abbreviation's full stop
                continue
            if self.punct[k]:
                ch = self.texts[k][0]
                aside = max(self.aside_end(k, limit), self.according_aside(k, limit))
                if aside > 0:
                    k = aside  # «قال المدرب (إسباني) إن», «وقال المسؤول - الذي ... - إن»
                    continue
                if ch in COLONS:
                    return "colon", k
                after_comma = ch in COMMAS and k + 1 < limit and self.word(k + 1) and not self.is_stop(k + 1)
                if after_comma and (self.ends_after_comma(k + 1) or self.result_clause(k + 1) >= 0):
                    return "none", k  # «مؤكدين ثبات موقفهم، سائلين المولى أن»: a new clause
                if ch in COMMAS or (ch == SLASH and k > p and self.word(k - 1)):
                    k += 1  # «النقيب /نايف محمد الجهني أن»: a slash between a rank and a name
                    continue
                return "none", k
            if k > p and self.bare[k] == ON and info.np and self.according_cue(k) and self.cue_at[k].info.prep == VERB:
                return "prep", k  # «أكد المتحدث على ما صرح به الوزير بأن ...»: what the second one said
            if self.confirmed_on(k, p, info):
                return "prep", k  # «وأكد الوزير على ضرورة أن ...»: «ضرورة» takes the «أن» clause
            if self.is_comp(k):
                return "comp", k
            if info.prep and self.bare[k] == info.prep and info.np:
                if k + 1 < limit and self.is_comp(k + 1):
                    return "comp", k + 1
                if k + 1 < limit and (self.word(k + 1) or self.number(k + 1)):
                    return "prep", k  # «تحدثت الصحيفة عن 16 مليون جنيه»: a figure opens it too
            if info.also_lam and self.called_lam(p, k, limit, info):
                return "prep", k  # «ودعا الوزير المواطنين للتعاون»: «لـ» after the one called on
            if ba and stopped and self.ba_after_adjunct(p, k):
                return "prep", k  # «وتعهدت عقب استعادة القاعدة من المتمردين، بتوسيع»
            if ba and stopped and self.ba_after_occasion(p, k):
                return "prep", k  # «وأشاد الإمام خلال المناسبة بالمشاركة»: the occasion ends before the «بـ»
            if ba and not stopped and self.attached_ba(k) >= 0 and self.ba_noun(k) == BAN_TAIL:
                k += 1  # «أبلغت بان كي مون ...، أنها»: «بان» that opens no «أن» clause is the name Ban
                continue
            if ba and not stopped and self.ba_cause(k):
                return "none", k  # «وتهدد حتى وجوده بسبب حدوده»: a cause or purpose before any «بـ» content
            if ba and not stopped and self.ba_seat(p, k, limit) > k:
                k = self.ba_seat(p, k, limit)  # «طالب مدير التعليم بمنطقة الرياض محمد العلي، بتطوير»
                continue
            # «طالب الوزير بتحسين الخدمات»: the preposition written on the word; an adverb of adverbs.txt
            # keeps its «بـ» («وهدد المجلس بالفعل بعواقب»: the content is «عواقب»), and so do a cue word
            # («أفادت مصادر بحسب سكاي نيوز بانضمام»), «باسم» («أفاد المتحدث باسم الوزارة») and a seat or
            # title before «أن» («أفاد المدير بالغرفة محمد الصفح، أن»)
            ba_word = ba and not stopped and self.attached_ba(k) >= 0 and self.bare[k] not in self.grammar.adverbs
            sourced = k + 1 < limit and self.word(k + 1) and not self.conj[k + 1]
            if ba_word and k == p and self.bare[k] == BY_THAT and sourced:
                # «أفاد بذلك مدير الإدارة»: «ذلك» points back and its source follows, the resumptive
                # reading takes it (not «واتهمهم بذلك فأنكروا»)
                return "none", k
            if ba_word and k not in self.cue_at and self.bare[k] != IN_THE_NAME_OF:
                past_verb = info.type == "speech" and not info.present
                if not (seated or (past_verb and self.ba_before_comp(k, limit))):
                    return "prep", k
                seated = True  # «مصدر بإدارة أمن الطرق بمكة أن»: the next «بـ» of the phrase too
            if ba and not stopped:
                # Past a place or audience word a «بـ» belongs to that phrase («على المدينة بكاملها»);
                # a time word of times.txt governs none («طالب الوزير أمس بتوظيف»), as an adverb,
                # unless a «لـ» phrase came first («وجهت لرئيس الوزراء انتقادات إثر إدلائه أمس بـ»).
                timed = self.bare[k] in self.grammar.times and not any(self.lpre[j] for j in range(p, k))
                # «وطالب عدد من الأهالي والمسافرين بضرورة»: the «من» of a quantity noun (partitives.txt)
                # is the subject's own, no phrase the «بـ» could belong to (session 26, attr26a)
                counted = k > p and self.bare[k] == OF and self.head(k - 1) in self.grammar.partitives
                stopped = self.is_stop(k) and not (self.bare[k] in self.grammar.adverbs or timed or counted)
            if k > p and self.boundary(k):
                return "none", k
            if k > p and self.second_verb(k):
                return "none", k  # «أدانت الحكومة العراقية الغارات التركية ووصفتها بأنها»: its «بأن»
            k += 1
        return "none", k

    def called_lam(self, p: int, k: int, limit: int, info: CueInfo) -> bool:
        """Whether the «لـ» written on the word at ``k`` is a call's preposition («إلى|ل» in cues.tsv).

        The one called on comes right before it: a listed addressee (`objects.txt`) after a comma, or
        where :meth:`congratulated_start` puts it (a listed addressee, or a definite plural or role after
        a complete subject: «ودعت الدراسة المؤسسات الربحية والخاصة والتجار للاستثمار», «ووجه البيان الدول
        الأعضاء لإعلان», «ودعا فرع وزارة العمل ...، المواطنين والمقيمين للإبلاغ»), within
        ``CALLED_WORDS`` and with no stop word or «بـ» phrase between it and the «لـ» (that «لـ» is
        another phrase's: «دعا ... المتنزهين ... بضرورة ... لسرعة الغرق»). No «لـ» phrase came before it
        (an audience or a complement: «دعا رئيس الهيئة للشؤون ...»), the word after «لـ» is no
        demonstrative or quantifier («لهذا المسار»), the verb's object is no resumptive «إليه» («لما دعا
        إليه الرئيس لعقد»), and neither the row's own preposition nor a complementiser follows in the
        window («دعا المواطنين للمنطقة الشرقية إلى», «دعا الجميع لأن ...»)."""
        if k <= p or not self.lpre[k] or self.is_stop(k) or k in self.cue_at or k in self.closer:
            return False
        lam = self.attached_lam(k)
        if lam < 0 or normalize(self.text[lam : self.ends[k]]) in self.grammar.objects:
            return False
        between = range(p, k)
        if not self.word(k - 1) or any(self.lpre[j] or not (self.word(j) or self.is_comma(j)) for j in between):
            return False
        if any(self.bare[j] in TOLD_THIRD or self.bare[j].startswith(TO_CONTENT) for j in between):
            return False
        if self.bare[k - 1] in LINKS or self.bare[k - 1] in NAME_LINKS:
            return False
        ba = info.prep == BA
        for j in range(k + 1, limit):
            if self.bare[j] == info.prep or self.is_comp(j) or (ba and self.attached_ba(j) >= 0):
                return False
        called = self.called_start(p, k)
        if called >= k or k - called > CALLED_WORDS:
            return False
        return not any(self.word(j) and (self.is_stop(j) or self.attached_ba(j) >= 0) for j in range(called, k))

    def called_start(self, p: int, k: int) -> int:
        """Where the one called on starts in the words ``p``..``k`` after a call, or ``k``: a listed addressee
        (`objects.txt`) after a comma («ودعا فرع وزارة العمل ...، المواطنين»), else :meth:`congratulated_start`."""
        objects = self.grammar.objects
        listed = [j for j in range(p + 1, k) if self.is_comma(j - 1) and self.head(j) in objects]
        return listed[0] if listed else self.congratulated_start(p, k)

    def on_before_complementiser(self, k: int, info: CueInfo) -> bool:
        """Whether «على» at ``k``, right after an ``ON_TAKERS`` cue, is its preposition before «أن»
        («مؤكدا على أن», «وأكدت على أنها»): the guideline's cue takes the preposition that follows the
        verb directly, as with «شدد على أن», and every tuning gold with «أكد على» + «أن» does (4 of 4).
        Only «على» written with ى (with ي it may be the name «علي»), not after a present «يؤكد»."""
        if info.lemma not in ON_TAKERS or info.present or k + 1 >= self.n or self.bare[k] != ON:
            return False
        return self.texts[k].endswith(WRITTEN_ON) and self.is_comp(k + 1)

    def confirmed_on(self, k: int, p: int, info: CueInfo) -> bool:
        """Whether «على» at ``k`` is the optional preposition of «أكد» (``ON_TAKERS``) that opens its
        noun-phrase content: right after the verb, after a comma that closes its subject, or after
        the one told («وأكد له على»), and before a noun that is not an adjunct's (`on_adjuncts.txt`:
        «على هامش», «على لسان») nor a complementiser («على أن»). The noun is the content, and an «أن»
        further on is that noun's complement («وأكد الوزير على ضرورة أن ...», «أكد ...، على قدرة رجال
        الأمن ...، وأن ...»); a role's «على» («المشرف العام على») is never reached this way."""
        if info.lemma not in ON_TAKERS or info.present or self.bare[k] != ON or k + 1 >= self.n:
            return False  # a present «يؤكد» reports no noun phrase (the speech-cue rule on present verbs)
        if not self.texts[k].endswith(WRITTEN_ON):
            return False  # «أكد علي الأحمدي», «علي البيضاني أن»: written with ي it may be the name
        nxt = k + 1
        if not self.word(nxt) or self.is_comp(nxt) or self.is_stop(nxt) or nxt in self.cue_at:
            return False
        if self.on_adjunct(nxt):
            return False
        if k == p or self.is_comma(k - 1) or (k == p + 1 and self.bare[p] in TOLD_THIRD):
            return True
        # «وأكد وزير الخارجية على ضرورة»: after a subject that is one noun phrase up to the «على»
        # (not «أكد التوصل لاتفاق مع نادي ... على ضم»: the content itself), unless a participle just
        # before governs the «على» («المشرف العام على المهرجان», «مصدر مطلع على الملف»).
        near = range(max(p, k - 2), k)
        if any(not self.word(j) or self.head(j).startswith(PARTICIPLE_M) for j in near):
            return False
        if any(self.possessed(j) for j in range(p, k)):
            return False  # «وأكدت الوزارة حرصها على سلامة الحجاج»: a possessed noun is the content
        if any(self.conj[j] for j in range(p + 1, k)):
            return False  # «وأكدت القناة النبأ ونشرت صور ... على»: «و» joins another clause or noun
        return self.np_end(p, k, names=True) == k

    def possessive_stem(self, k: int) -> str | None:
        """The normalised word at ``k`` without the possessive pronoun it carries as written, its ta
        marbuta restored («سماحته» → «سماحه»), or None when it carries none (or is «الله» in a name)."""
        text = self.texts[k]
        ending = next((e for e in WRITTEN_POSSESSIVES if text.endswith(e) and len(text) > len(e) + 2), "")
        if not ending or text.endswith(GOD):
            return None
        stem = normalize(text[: -len(ending)])
        return stem[:-1] + TA_MARBUTA if stem.endswith(TA) else stem

    def possessed(self, k: int) -> bool:
        """Whether the word at ``k`` carries a possessive pronoun as written («حرصها», «تمسكه»), not
        an honorific with one («معاليه», «سموه», «سماحته»: the subject) nor «الله» in a name."""
        stem = self.possessive_stem(k)
        return stem is not None and stem not in self.grammar.honorifics

    def honorific_pronoun(self, k: int) -> str | None:
        """The honorific of a word that is one with a pronoun («معاليه», «سموه», «سماحته»: "his
        Excellency", a pronoun for the person so titled), or None."""
        stem = self.possessive_stem(k)
        return stem if stem is not None and stem in self.grammar.honorifics else None

    def on_adjunct(self, k: int) -> bool:
        """Whether the noun at ``k`` (after «على») opens an adjunct (`on_adjuncts.txt`), also with a
        possessive pronoun on it («على مدونته», «على حسابه»), or names the ones urged (`objects.txt`:
        «أكدت اللجنة على الجميع التقيد بـ»)."""
        head = self.head(k)
        ends = [e for e in OBJECT_PRONOUN_ENDINGS if head.endswith(e) and len(head) > len(e) + 2]
        stems = [head] + [head[: -len(e)] for e in ends]
        stems += [w[:-1] + TA_MARBUTA for w in stems[1:] if w.endswith(TA)]  # «صفحته» → «صفحة»
        return any(w in self.grammar.on_adjuncts or w in self.grammar.objects for w in stems)

    def second_verb(self, k: int) -> bool:
        """Whether «و» + a reporting verb with an object pronoun at ``k`` opens a second clause.

        «وأدانت الحكومة العراقية هجوما بدأته تركيا ... ووصفته بـ»: the marker after it is that
        verb's, so the first verb takes its subject and the noun phrase before «و» as content, and
        the words up to the marker are no source. Only a form with a pronoun the cue table does
        not list («ووصفتها»), after a word (not a comma: a listed cue there is a boundary already).
        """
        if not self.conj[k] or k in self.cue_at or self.punct[k - 1]:
            return False
        return self.verb_at(k) is not None

    def name_before_marker(self, k: int, info: CueInfo, *, ba: bool) -> bool:
        """Whether the short quote opening at ``k`` is a name because the content marker follows it
        right away: a complementiser or the cue's own preposition («مع «الشرق الأوسط» إلى أن»), or
        a comma and a complementiser («عبر حسابها في "تويتر"، إن الرحلات ...»: a reporting verb takes
        one complement, and with «، إن» after the quote the clause after «إن» is it; the golds never
        end a content before «، إن/أن»). After a noun of the subject, also a «بـ» written on the word
        right after the quote where ``ba`` (the cue takes one and no stop word came before), and a
        complementiser a few words on (:meth:`marker_after_name`)."""
        close = self.closer[k]
        nxt = close + 1
        if close - k > QUOTED_NAME_TOKENS or nxt >= self.n:
            return False
        if self.is_comp(nxt) or (bool(info.prep) and self.bare[nxt] == info.prep):
            return True
        if self.is_comma(nxt) and nxt + 1 < self.n and self.is_comp(nxt + 1):
            return True
        # inside the subject only: after a word, not after the cue's own preposition, which opens the
        # content («وتشير الحركة الى “مرض” غامض أدى الى وفاته»)
        if not self.word(k - 1) or (bool(info.prep) and self.bare[k - 1] == info.prep):
            return False
        if ba and self.attached_ba(nxt) >= 0:
            # «وأشاد الدكتور "الغامدي" بالدعم»: the preposition written on the word after it; after a name
            # the quote is the one accused or called on («واتهم أوباما «آيباك» بإنفاق»), out of the content
            # and (:meth:`named_to_marker`) of the source
            return True
        return self.marker_after_name(nxt, info)

    def marker_after_name(self, k: int, info: CueInfo) -> bool:
        """Whether the cue's content marker follows a short quoted name within a few words of ``k``
        (the token after its closing mark), the words between still naming the subject.

        «وقالت جماعة "لايون إيد" للحفاظ على الأسود إن», «وأوضح مدير عام «تمكين» خالد الخان أن»,
        «وقال صندوق "سند" لدعم الإنتاج إنه»: a reporting verb takes one complement, so a short quote
        that its «أن/إن» (or its own preposition and «أن») still follows is a name inside the source
        (:meth:`naming_words`; attr20d: the class holds 13 paired attributions in 9 tuning sets and 79 contents of the
        unannotated 2015-07-22/07-31 text).
        """
        j = self.marker_near(k, info)
        if j < 0:
            return False
        colon = self.punct[j] and self.texts[j][0] in COLONS
        if not colon and self.naming_words(k, j):
            return True
        return info.type != "participle" and self.adjuncts_to_marker(k, j)

    def marker_near(self, k: int, info: CueInfo) -> int:
        """The first content marker within a few words after ``k`` in its sentence: a complementiser, the
        cue's own preposition before one, or a colon; else -1."""
        limit = min(self.sent_limit(k) if k < self.n else k, k + NAME_MARKER_REACH)
        for j in range(k + 1, limit):
            verb_prep = bool(info.prep) and self.bare[j] == info.prep and j + 1 < self.n and self.is_comp(j + 1)
            if self.is_comp(j) or verb_prep or (self.punct[j] and self.texts[j][0] in COLONS):
                return j
        return -1

    def speaker_before_adjuncts(self, k: int, info: CueInfo) -> bool:
        """Whether the short quote opening at ``k``, right after a reporting verb (not a participle, which
        has no subject of its own), is the speaker's name because the verb's content marker follows it
        past the statement's adjuncts only («وقال "العصيمي" في تغريدة: ...», «وقالت «دلتا» منذ أشهر، إن»;
        :meth:`adjuncts_to_marker`). After a verb of informing (`INFORMING`) the quote is the one told, and
        the words that name the subject may follow it too («أبلغ "الاقتصادية" مسؤول بحريني، أن»)."""
        close = self.closer[k]
        if info.type == "participle" or not 1 < close - k <= QUOTED_NAME_TOKENS or close + 1 >= self.n:
            return False
        if k > 0 and bool(info.prep) and self.bare[k - 1] in (info.prep, BA):
            return False  # «طالب بـ«محاسبة» المسؤولين ...»: after the verb's own preposition the quote is the content
        j = self.marker_near(close + 1, info)
        if j < 0:
            return False
        if info.lemma in INFORMING and not (self.punct[j] and self.texts[j][0] in COLONS):
            # «أبلغ "الاقتصادية" مسؤول بحريني، أن»: the one told comes right after the verb, its subject next
            return self.naming_words(close + 1, j) or self.adjuncts_to_marker(close + 1, j)
        return self.adjuncts_to_marker(close + 1, j)

    def name_before_adjuncts(self, k: int, b: int) -> bool:
        """Whether the short quote opening at ``k`` ends a source before a content at ``b`` because only
        the statement's adjuncts stand between its closing mark and the content's marker (the token
        before ``b``, or ``b`` itself: :meth:`adjuncts_to_marker`)."""
        if k not in self.closer or not 1 < self.closer[k] - k <= QUOTED_NAME_TOKENS:
            return False
        nxt = self.closer[k] + 1
        marker = b - 1 if b - 1 > nxt and self.is_comp(b - 1) else b
        return marker < self.n and self.adjuncts_to_marker(nxt, marker)

    def adjuncts_to_marker(self, k: int, b: int) -> bool:
        """Whether the tokens from ``k`` (after a short quoted name) to a content marker at ``b`` (a
        complementiser, the verb's preposition before one, or a colon) are the statement's adjuncts:
        its time, venue or audience («وقالت "أوفكوم" في تقريرها السنوي إن», «وقالت «دلتا» منذ أشهر، إن»,
        «وقال "العصيمي" في تغريدة:», «وقال "آل مرعي" في حديثه لـ"سبق" إن»).

        The stop words of `stops.txt` open these phrases; at least one of them stands between (with none
        the words name the subject, :meth:`naming_words`), and an outlet's short quoted name after «لـ»,
        a linking preposition or «مع» may too. A cue, any other quote, punctuation other than a comma, a
        «و» word or a clause opener (`back_stops.txt`) is no adjunct, and a complementiser right after a
        stop word that is not a time word belongs to that word («بعد أن», «منذ أن»). A verb takes one
        complement, so a short quote that its marker still follows past these adjuncts is the subject's
        name, not the content (attr21b: 50 contents of the unannotated 2015-08-06/08-10 text open so).
        """
        if not k < b <= k + NAME_MARKER_REACH or self.is_comma(k) or k - 1 not in self.opener:
            return False
        if self.sent_of[self.opener[k - 1]] != self.sent_of[b]:
            return False  # «لدى «أوزإس. فايننشال سرفيس» لـ...:»: a quote the sentence stage cut is left alone
        colon = self.punct[b] and self.texts[b][0] in COLONS
        before = b - 1
        if not colon and self.is_stop(before) and self.bare[before] not in self.grammar.times:
            return False
        if not colon and (self.norm[b].startswith(FA) or self.conj[b]):
            # «عن وجود أسرى ... فإنه يعطي مؤشرا»: «فإن» resumes a clause; «وبأن» adds a second complement to
            # the one already begun («طالب بـ«محاسبة» المسؤولين ... وبأن»): neither is the verb's first «أن»
            return False
        adjunct = False
        j = k
        while j < b:
            if j in self.closer:
                if not (j > k and self.is_stop(j - 1)) or self.closer[j] - j > QUOTED_NAME_TOKENS:
                    return False
                j = self.closer[j] + 1  # «في حديثه لـ"سبق"»: the outlet told is the audience
                continue
            if j in self.cue_at or self.conj[j] or self.bare[j] in self.grammar.back_stops:
                return False
            if self.punct[j] and not self.is_comma(j):
                return False
            w = self.bare[j]
            if self.word(j) and len(w) > PARTICIPLE_MIN and w.startswith(PARTICIPLE_M) and w.endswith(ACCUSATIVE):
                return False  # «في "السفير" متحدثا عن ثروة المملكة، دون أن»: a participle opens a clause
            if self.word(j) and self.is_stop(j) and not self.is_comp(j):
                adjunct = True
            j += 1
        return adjunct

    def named_to_marker(self, k: int, b: int) -> int:
        """Where a source ends that runs past the short quote opening at ``k`` and the words after it
        (:meth:`naming_words`, none or a few) to the content marker at ``b`` (a complementiser, the verb's
        preposition before one, a linking preposition or a «بـ» written on the word), else -1."""
        if k not in self.closer or b >= self.n:
            return -1
        # a «بـ» written on the word: only after a title's or a body's noun («الدكتور "الغامدي" بالدعم»)
        head = self.is_role(k - 1) or self.body_in_construct(k - 1) or self.head(k - 1) in self.lex.unnamed
        if not (self.is_comp(b) or self.bare[b] in (*LINKS, *VERB_PREPS) or (head and self.attached_ba(b) >= 0)):
            return -1
        close = self.closer[k]
        e = b - 1 if self.is_comp(b) and b - 1 > close + 1 and self.bare[b - 1] in VERB_PREPS else b
        if close - k > QUOTED_NAME_TOKENS or not self.naming_words(close + 1, e):
            return -1
        return self.venue_in(close + 1, e)

    def venue_in(self, k: int, b: int) -> int:
        """The first linking preposition from ``k`` to ``b`` that opens a statement's venue («في بيان»,
        «خلال مؤتمر»), where a source read past a quoted name ends, else ``b``."""
        for j in range(k, b - 1):
            if self.bare[j] in LINKS and (self.venue_noun(j + 1) or self.statement_venue(j + 1)):
                return j
        return b

    def naming_words(self, k: int, b: int) -> bool:
        """Whether the tokens from ``k`` to a content marker at ``b`` go on naming a subject after a
        short quoted name: plain words, names, commas and linking prepositions (`LINKS`), at most
        `NAME_MARKER_REACH` of them, the marker not right after a stop word. A cue, another quote,
        other punctuation, a word with «و», another stop word («رغم أن», «وهو ما يعني أن») or a word
        that opens a clause (`back_stops.txt`: «إذ», «حيث») is no part of a name."""
        if k == b:
            return True  # «الدكتور "الغامدي" بالدعم»: the marker right after the name
        if not k < b <= k + NAME_MARKER_REACH or self.is_stop(b - 1) or self.is_comma(k):
            return False
        for j in range(k, b):
            if j in self.cue_at or j in self.closer or self.conj[j]:
                return False
            if self.punct[j] and not self.is_comma(j):
                return False
            if self.word(j) and self.is_stop(j) and self.bare[j] not in LINKS:
                return False
            if self.bare[j] in self.grammar.back_stops:
                return False  # «ووصف ... ب"عدو الشعب" إذ أن»: a word that opens a clause ends any subject
        return True

    def topic_before(self, i: int) -> tuple[int, int] | None:
        """The topic after «أما» before a verb ``i`` that carries «ف» («أما المواطنان ... فقالا»),
        or that follows «فقد» («أما المواطن مصطفى الحمدان، فقد قال»: the comma before it left out)."""
        first = self.sent_first[self.sent_of[i]]
        b = i
        if b > first and self.norm[b - 1] == FA + PERFECT[0]:
            b -= 1
            if b > first and self.is_comma(b - 1):
                b -= 1
        k = b - 1
        while k >= first and i - k <= TOPIC_REACH and not self.punct[k] and k not in self.cue_at:
            if self.norm[k] in AMMA:
                return (k + 1, b) if k + 1 < b else None
            k -= 1
        return None

    def subject_before_comma(self, i: int, *, role_after_an: bool = False) -> tuple[int, int] | None:
        """A subject between «إلا أن» (or «غير أن», «كما أن») and a comma right before the verb ``i``.

        «إلا أن المدير العام للمكتب التنفيذي لمجلس وزراء العمل، أكد أنه»: the subject of the verb,
        set off by a comma after a complementiser that carries no pronoun; plain words only (no
        stop word, other punctuation or cue), up to ``KANA_REACH`` tokens. With ``role_after_an``
        (a verb that told an audience and has no subject after it), a bare «أن» followed by a role
        opens the subject too («أبلغهم أن أمين عام حزب الله حسن نصر الله، قال له صراحة بأنهم»).
        """
        first = self.sent_first[self.sent_of[i]]
        b = i - 1
        if b <= first or not self.is_comma(b):
            return None
        k = b - 1
        while k >= first and i - k <= KANA_REACH:
            if self.bare[k] in self.grammar.complementisers:
                # only «إلا أن», «غير أن», «كما أن»: after a verb («أفتوا بأن ...، يدعون») the
                # words are that verb's content
                opens = k > first and self.bare[k - 1] in BUT_THAT
                opens = opens or (role_after_an and self.bare[k] == BARE_AN and self.is_role(k + 1))
                return (k + 1, b) if opens and k + 1 < b else None
            if self.punct[k] or k in self.cue_at or not self.word(k) or (self.is_stop(k) and not self.lpre[k]):
                return None
            k -= 1
        return None

    @cached_property
    def pronoun_subjects(self) -> frozenset[str]:
        """«لكنه», «لأنها»: a host word with the pronoun that is the subject after it."""
        return frozenset(host + enc for host in PRONOUN_HOSTS for enc in self.grammar.speaker_enclitics)

    def subject_after_kana(self, i: int, *, bracketed: bool = False) -> tuple[int, int] | None:
        """The words between «كان» opening a clause and the verb ``i``: the verb's subject.

        «وكان زعيم الحزب المقرب من الاكراد صلاح الدين دمرتاش دعا ...», «وكان منصور البلوي
        المشرف العام على الفريق الكروي، أكد ...»: the whole phrase, prepositions included, with a
        comma, «قد» or both («، قد») before the verb left out. Not across other punctuation, a cue or «أن».
        With ``bracketed``, only a subject that holds a short bracketed name («وكانت وسائل الاتصال
        الاجتماعي (تويتر) قد أشارت»), the brackets crossed (`BRACKETED_NAME`).
        """
        first = self.sent_first[self.sent_of[i]]
        b = i
        if b > first and self.is_comma(b - 1):
            b -= 1
        if b > first and self.bare[b - 1] in PERFECT:
            b -= 1
            if b > first and self.is_comma(b - 1) and not self.conj[b]:
                b -= 1  # «وكان المحامي خالد أبو راشد، قد أكد»: the comma before «قد» (not «، وقد»)
        k = b - 1
        crossed = False
        while k >= first and i - k <= KANA_REACH and self.bare[k] not in KANA:
            opener = self.bracket_opener(k) if bracketed else -1
            if opener > first:
                crossed, k = True, opener - 1
                continue
            if self.punct[k] or k in self.cue_at or self.complementiser_form(self.bare[k]):
                return None
            if self.bare[k] in BUT:
                return None  # «وكانت الشركة تسعى ... لكن روسيا عبرت»: a new clause with its own subject
            k -= 1
        if k < first or self.bare[k] not in KANA or k + 1 >= b:
            return None
        if not (k == first or self.conj[k] or self.punct[k - 1]) or crossed != bracketed:
            return None
        for j in range(k + 2, b):
            if self.bare[j] in self.grammar.relatives:
                return k + 1, j  # «وكانت الشركة التي أعلنت»: the noun before the relative pronoun
        return k + 1, b

    def bracket_opener(self, k: int) -> int:
        """The «(» of a short bracketed name that a «)» at ``k`` closes («(تويتر)»: plain words only,
        at most `BRACKETED_NAME` tokens), else -1."""
        if self.norm[k] != CLOSE_PAREN:
            return -1
        for o in range(k - 1, max(k - BRACKETED_NAME, -1), -1):
            if self.norm[o] == OPEN_PAREN:
                return o if o < k - 1 else -1
            if not self.word(o) or self.is_stop(o) or o in self.cue_at:
                return -1
        return -1

    def topic_before_comma(self, i: int) -> tuple[int, int] | None:
        """The topic after «أما» set off by a comma before «فـ» + verb ``i``: a person's name or role
        («أما كلينتون التي يرجح فوزها ...، فتقول», «أما الدكتور ريتشارد ليبتون، مدير مركز ...، فيقول»),
        cut at the first relative pronoun, comma, quote mark or «و» + time word («أما وزير الإعلام رمزي
        جريج وخلال تلاوته ...، فأعلن»); uncut, only a short topic («أما المواطن مصطفى الحمدان، فقال»).
        Not a topic that opens with a preposition, a stop word or a thing («أما بالنسبة للأسعار، فقال»,
        «أما الأسعار، فأكد»: the subject is dropped; «أما مشروع "قطار الضواحي"، فبينت»: one word before a
        quoted name), nor across other punctuation or a cue."""
        first = self.sent_first[self.sent_of[i]]
        if not (self.conj[i] and self.norm[i][0] == FA) or i - 1 <= first or not self.is_comma(i - 1):
            return None
        b = i - 1
        k = b - 1
        while k >= first and i - k <= TOPIC_RELATIVE_REACH and k not in self.cue_at:
            if self.norm[k] in AMMA:
                break
            if self.punct[k] and not (self.is_comma(k) or self.norm[k] in QUOTE_MARKS):
                return None
            k -= 1
        else:
            return None
        s = k + 1
        if k < first or self.norm[k] not in AMMA or s >= b or not self.word(s) or self.is_stop(s):
            return None
        if self.lpre[s] or self.attached_ba(s) >= 0 or self.bare[s] in self.grammar.relatives:
            return None
        if not (self.is_role(s) or self.bare[s] in person_titles() or self.plain_name(s)):
            return None
        for j in range(s + 1, b):
            if j == s + 1 and self.norm[j] in QUOTE_MARKS and self.plain_name(s):
                return None  # «أما مشروع "قطار الضواحي"، فبينت»: a noun with its quoted name is a thing
            if self.bare[j] in self.grammar.relatives or self.punct[j]:
                return s, j
            if self.conj[j] and self.bare[j] in TIME_CLAUSE_OPENERS:
                return s, j
        return (s, b) if i - k <= TOPIC_REACH else None

    def subject_after_contrast(self, i: int) -> tuple[int, int] | None:
        """A role or a titled name (:meth:`named_before_role`) between «، لكن» and the verb ``i``, with its phrase
        («، لكن الكابتن كندال بورتيسر المسؤول بمكافحة الحرائق في كاليفورنيا قال:»), at most
        `CONTRAST_SUBJECT_WORDS` tokens, «قد» before the verb left out; a relative clause is cut.
        Plain words and linking prepositions only: no punctuation, cue, complementiser or other stop word."""
        first = self.sent_first[self.sent_of[i]]
        b = i - 1 if i > first and self.bare[i - 1] in PERFECT else i
        k = b - 1
        while k > first and b - k <= CONTRAST_SUBJECT_WORDS and self.bare[k] not in BUT:
            if self.punct[k] or k in self.cue_at or self.complementiser_form(self.bare[k]):
                return None
            if self.is_stop(k) and self.bare[k] not in LINKS:
                return None
            k -= 1
        s = k + 1
        if self.bare[k] not in BUT or not self.is_comma(k - 1) or s >= b:
            return None
        if not (self.is_role(s) or self.bare[s] in person_titles() or self.named_before_role(s, b)):
            return None
        for j in range(s + 1, b):
            if self.bare[j] in self.grammar.relatives:
                return s, j
        return s, b

    def named_before_role(self, s: int, b: int) -> bool:
        """Whether a title word at ``s`` and plain name words after it run into a role before ``b``
        («الكابتن كندال بورتيسر المسؤول»: a title no list holds, then the name and the role), within
        `NAME_TAIL` tokens."""
        for r in range(s + 1, min(s + 1 + NAME_TAIL, b)):
            if self.is_role(r):
                return r > s + 1
            if not self.plain_name(r):
                return False
        return False

    def verb_before_antecedent(self, k: int, b: int) -> bool:
        """Whether the reporting verb at ``k`` ends the walk back from a relative pronoun at ``b``: the
        definite noun phrase after it is the relative clause's antecedent («كما أعلنت السلطات المحلية
        التي أكدت»), not «بين» read as "between" or another word the cues table refuses, nor an
        according-to word."""
        if k not in self.cue_at or self.cue_at[k].info.type != "speech":
            return False  # «وفق المعايير الدولية التي تؤكد على»: an according-to word is no verb
        return k + 1 < b and self.definite(k + 1) and not self.refused_cue(k)

    def subject_before_verb(self, i: int) -> tuple[int, int] | None:
        """A subject right before the verb ``i`` (subject-verb order: «المرصد السوري أشار»)."""
        g = self.grammar
        first = self.sent_first[self.sent_of[i]]
        kana = self.subject_after_kana(i)
        if kana is not None:
            return kana
        b = i
        if b > first and self.bare[b - 1] in PERFECT:
            b -= 1
        while b > first and self.bare[b - 1] in g.adverbs:
            b -= 1  # «لكن روسيا أيضا عبرت»: an adverb between the subject and its verb
        relative = b > first and self.bare[b - 1] in g.relatives
        if relative:
            b -= 1  # «الشركة التي أعلنت»: the subject is the noun before the relative pronoun
        k = b - 1
        while k >= first and b - k <= BEFORE_VERB:
            if self.punct[k] or self.bare[k] in g.back_stops or self.complementiser_form(self.bare[k]):
                break
            if relative and self.verb_before_antecedent(k, b):
                break  # «كما أعلنت السلطات المحلية التي أكدت»: the antecedent is the noun phrase after a verb
            if self.bare[k] in self.pronoun_subjects:
                return None  # «لكنه أكد»: the subject is the pronoun
            if self.is_stop(k) or k in self.cue_at or not self.word(k):
                return None
            k += -1
        a = k + 1
        if a >= b:
            return None
        if self.attached_ba(a) >= 0:
            return None  # «وبسماع أقوال المبلغ ... أفاد»: a phrase with «بـ» is no subject
        if self.bare[a] in TIME_CLAUSE_OPENERS:
            return None  # «وعند سؤال والدتي أخبرتني بأن»: a time phrase, the subject dropped (attr25a)
        after_verb = relative and k >= first and self.verb_before_antecedent(k, b)
        if k >= first and not (
            self.punct[k] or self.bare[k] in g.back_stops or self.complementiser_form(self.bare[k]) or after_verb
        ):
            return None
        if k >= first and self.complementiser_form(self.bare[k]) and self.bare[k] not in g.complementisers:
            # «إلا أنها أكدت»: the subject is the pronoun on أن, not the words after it.
            return None
        if k >= first and self.bare[k] == WHAT:
            return None  # «وعن ما شاهده عند زيارته قال:»: a relative «ما» clause, not a subject
        for k in range(a + 1, b):
            if self.bare[k] in g.relatives:
                return a, k  # «بعض الأعضاء ممن رفضوا القانون برروا»: the relative clause stays out
        return a, b

    def subject_before(self, i: int) -> tuple[int, int] | None:
        """The subject before the verb ``i``: the topic of «أما» before «ف» + verb, or the words
        right before a verb without a conjunction."""
        if self.conj[i]:
            if self.norm[i][0] != FA:
                return None
            return self.topic_before(i)
        return self.subject_before_verb(i)
