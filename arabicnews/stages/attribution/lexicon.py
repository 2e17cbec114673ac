"""The attribution word lists: the cue lexicon and the grammatical word lists the rules read.

Everything lives in ``arabicnews/data/attribution/`` and is loaded once, on first use.
"""

from __future__ import annotations

from functools import cache
from typing import cast, get_args

import regex
from attrs import frozen

from arabicnews.arabic.letters import CONJUNCTIONS
from arabicnews.core.normalize import normalize
from arabicnews.core.resources import read_table, read_words
from arabicnews.model.attribution import CueType, Stance

_PREFIX = "attribution/"


@frozen
class CueInfo:
    """What the cue lists say about one surface form."""

    lemma: str
    type: CueType
    stance: Stance
    prep: str
    np: bool
    also_ba: bool
    """The cue also takes «بـ» written on its content's first word, beside ``prep`` («نوه إلى / نوه بـ»)."""
    also_lam: bool
    """The cue also takes «لـ» written on its content's first word after the one it calls on, beside ``prep``
    («دعا المواطنين إلى التعاون / للتعاون»; :meth:`Phrases.called_lam`)."""
    feminine: bool
    present: bool


class Lexicon:
    """The attribution word lists, normalised, and the compiled cue pattern."""

    __slots__ = ("cues", "documents", "firsts", "not_sources", "pattern", "roles", "starters", "stops", "unnamed")

    def __init__(
        self,
        cues: dict[str, CueInfo],
        roles: frozenset[str],
        unnamed: frozenset[str],
        documents: frozenset[str],
        not_sources: frozenset[str],
        stops: frozenset[str],
    ) -> None:
        self.cues = cues
        self.roles = roles
        self.unnamed = unnamed
        self.documents = documents
        self.not_sources = not_sources
        self.stops = stops
        # Matched over the tokens' normalised forms joined by single spaces. A conjunction
        # proclitic may precede the cue; it stays outside the ``cue`` group. The look-ahead on the
        # first letters only saves time.
        self.firsts = frozenset(form.split(" ")[0] for form in cues)
        """The first word of every cue form: a cue can start only on a token that is one, bare or
        after a conjunction, so the pattern is tried on those tokens alone."""
        self.starters = self.firsts | frozenset(c + first for c in CONJUNCTIONS for first in self.firsts)
        """The forms of a token a cue can start on: a first word, bare or with a conjunction written on
        it (one set lookup a token)."""
        firsts = regex.escape("".join(sorted({c[0] for c in cues} | set(CONJUNCTIONS))))
        self.pattern = regex.compile(
            rf"(?:^|(?<= ))(?=[{firsts}])(?P<pro>[{CONJUNCTIONS}])?(?P<cue>\L<cues>)(?= |$)",
            cues=sorted(cues, key=len, reverse=True),
        )

    @classmethod
    def load(cls) -> Lexicon:
        """Read the packaged lists from ``arabicnews/data/attribution/``."""
        cues: dict[str, CueInfo] = {}
        for forms, ctype, stance, prep, np in read_table(_PREFIX + "cues.tsv", 5):
            if ctype not in get_args(CueType) or stance not in get_args(Stance):
                raise ValueError(f"cues.tsv: bad type or stance in {forms!r}")
            names = [normalize(f) for f in forms.split("|")]
            lemma = names[0]
            for form in names:
                cues[form] = CueInfo(
                    lemma=forms.split("|")[0],
                    type=cast(CueType, ctype),
                    stance=cast(Stance, stance),
                    prep="" if prep == "-" else normalize(prep.split("|")[0]),
                    np=np == "yes",
                    also_ba=prep.split("|")[1:] == ["ب"],
                    also_lam=prep.split("|")[1:] == ["ل"],
                    feminine=_feminine_form(form, lemma, ctype),
                    present=ctype == "speech" and _present_form(form, lemma),
                )

        def words(name: str) -> frozenset[str]:
            return read_words(_PREFIX + name)

        return cls(
            cues,
            words("roles.txt"),
            words("unnamed_sources.txt"),
            words("documents.txt"),
            words("not_sources.txt"),
            words("stops.txt"),
        )


def _feminine_form(form: str, lemma: str, ctype: str) -> bool:
    # a phrase's gender and tense are its first word's («لافتة النظر إلى», «جددت التأكيد»)
    form, lemma = form.split(" ")[0], lemma.split(" ")[0]
    if ctype == "participle":
        return form.endswith(("ه", "تين"))
    if ctype != "speech" or form == lemma:
        return False
    return form.endswith("ت") or form.startswith("تت") or (form.startswith("ت") and not lemma.startswith("ت"))


def _present_form(form: str, lemma: str) -> bool:
    form, lemma = form.split(" ")[0], lemma.split(" ")[0]
    if form == lemma:
        return False
    return form.startswith(("ي", "تت")) or (form.startswith("ت") and not lemma.startswith("ت"))


@cache
def lexicon() -> Lexicon:
    """The packaged lexicon, loaded once on first use."""
    return Lexicon.load()


@frozen
class Grammar:
    """The grammatical word lists the rules read, normalised (one data file each)."""

    complementisers: frozenset[str]
    """complementisers.txt: أن, بأن."""
    speaker_enclitics: frozenset[str]
    """speaker_enclitics.txt: the pronouns on «إنه», «لكنه» that are the clause's subject."""
    complementiser_forms: frozenset[str]
    """The complementisers, bare and with a speaker enclitic («إنه», «بأنها»)."""
    not_complementiser_after: frozenset[str]
    """not_complementiser_after.txt: «بعد أن», «إلا أن» open no reported content."""
    back_stops: frozenset[str]
    """back_stops.txt: words that end a subject looked for before its verb."""
    fa_inna: frozenset[str]
    """fa_inna.txt: «فإن» and its pronoun forms."""
    issued: frozenset[str]
    """issued.txt: «صادر عن» and the like, between a document and its issuer."""
    relatives: frozenset[str]
    """relatives.txt: relative pronouns."""
    emphatic: frozenset[str]
    """emphatic.txt: «ذاته», «نفسه»."""
    nisba_endings: tuple[str, ...]
    """nisba_endings.txt: endings of nisba adjectives, for ``str.endswith``."""
    adjective_endings: tuple[str, ...]
    """adjective_endings.txt: endings of adjectives after an indefinite role noun."""
    evidence: frozenset[str] = frozenset()
    """evidence.txt: subjects that report what evidence shows («الأرقام», «دراسة»), not words."""
    objects: frozenset[str] = frozenset()
    """objects.txt: words that open the addressee of «دعا», «حث», «اتهم» before its preposition."""
    clause_ends: frozenset[str] = frozenset()
    """clause_ends.txt: words (one or two) that end a reported content right after a comma."""
    prayers: frozenset[str] = frozenset()
    """prayers.txt: two words that open the writer's prayer and end a reported content with no comma before."""
    scripture: frozenset[str] = frozenset()
    """scripture.txt: one or two words after «قال» that name God or the Prophet: a quoted verse or saying."""
    result_clauses: frozenset[str] = frozenset()
    """result_clauses.txt: words (one or two) that open a result clause after a comma («، ما أدى»)."""
    clause_openers: frozenset[str] = frozenset()
    """clause_openers.txt: «تم», «لذا», «يجب»: after «وأضاف» with no «أن», a clause, not a subject."""
    report_nouns: frozenset[str] = frozenset()
    """report_nouns.txt: nouns whose «بأن» clause is what they report («نفى الاتهامات بأن»)."""
    explained_nouns: frozenset[str] = frozenset()
    """explained_nouns.txt: heads of a noun phrase that «أوضح», «بين», «ذكر» report («أوضح ... أهمية»)."""
    occasions: frozenset[str] = frozenset()
    """occasions.txt: occasions and times after «في» that are a statement's venue, not the source's seat."""
    partitives: frozenset[str] = frozenset()
    """partitives.txt: quantity nouns whose «من» phrase names who they count («عدد من المراقبين»)."""
    close_to: frozenset[str] = frozenset()
    """close_to.txt: adjectives of closeness whose «من» phrase is their complement («مصدر مقرب من الوزير»)."""
    adverbs: frozenset[str] = frozenset()
    """adverbs.txt: adverbs after a verb («مرارا»): they end a source but keep the verb's «بـ»."""
    fronted_adverbials: frozenset[str] = frozenset()
    """fronted_adverbials.txt: «بدوره», «في المقابل»: adverbials fronted before a verb spelled like a noun."""
    waw_names: frozenset[str] = frozenset()
    """waw_names.txt: name words whose first «و» is not the conjunction («ووتش»)."""
    issuing_verbs: frozenset[str] = frozenset()
    """issuing_verbs.txt: «نشرتها», «أصدره»: after a document and a relative pronoun, the issuer follows."""
    topic_shifts: frozenset[str] = frozenset()
    """topic_shifts.txt: «، أما», «، من جانب آخر»: end a reported content when a new report follows."""
    fronted_topics: frozenset[str] = frozenset()
    """fronted_topics.txt: «وعن», «وحول», «وفيما يتعلق»: a topic fronted before a verb with a dropped subject."""
    giving: frozenset[str] = frozenset()
    """giving.txt: the forms of «ألقى» ("gave" a speech)."""
    speeches: frozenset[str] = frozenset()
    """speeches.txt: «كلمة», «خطاب»: what «ألقى» gives when its subject is a speaker."""
    legal_texts: frozenset[str] = frozenset()
    """legal_texts.txt: «مادة», «نظام», «قرار»: texts that stipulate («التي تنص على»)."""
    outlets: frozenset[str] = frozenset()
    """outlets.txt: «موقع», «صحيفة»: an outlet's «لـ» + outlet is its genitive, not the audience."""
    web_words: frozenset[str] = frozenset()
    """web_words.txt: «الإلكتروني», «الرسمي»: after «موقع», a website («بحسب الموقع الرسمي للجامعة»), not a place."""
    noun_homographs: frozenset[str] = frozenset()
    """noun_homographs.txt: «طلب», «شرح», «طالب»: past verbs spelled like a noun, verbs only where a clause starts."""
    speaking_nouns: frozenset[str] = frozenset()
    """speaking_nouns.txt: «قول», «رواية», «أساتذة»: possessed after «حسب», they name who speaks («حسب قوله»)."""
    recommending: frozenset[str] = frozenset()
    """recommending.txt: «دراسة»: evidence whose calls and recommendations («أوصت الدراسة بـ») are reports."""
    congratulated: frozenset[str] = frozenset()
    """congratulated.txt: «فريق», «شعب», «منسوبي»: nouns that open the one «هنأ» congratulates after its subject."""
    honorifics: frozenset[str] = frozenset()
    """honorifics.txt: «معالي», «فخامة», «سمو»: honorifics that open a person's name phrase."""
    fields: frozenset[str] = frozenset()
    """fields.txt: «الإعلام»: role-list nouns that name a field of work inside a role's genitive («والإعلام»)."""
    bodies: frozenset[str] = frozenset()
    """bodies.txt: «مطار», «قيادة», «جيش»: bodies whose «في»/«من» phrase after a role stays in the source."""
    ba_adjuncts: frozenset[str] = frozenset()
    """ba_adjuncts.txt: «حضور», «تعاون», «سبب»: nouns whose «بـ» opens an adjunct, not a verb's content."""
    ba_causes: frozenset[str] = frozenset()
    """ba_causes.txt: «سبب», «دعوى», «غرض»: nouns whose bare «بـ» form opens a cause or purpose, no content."""
    on_adjuncts: frozenset[str] = frozenset()
    """on_adjuncts.txt: «هامش», «لسان», «خلفية»: nouns whose «على» opens an adjunct, not «أكد على»'s content."""
    manner_verbs: frozenset[str] = frozenset()
    """manner_verbs.txt: «تسير», «يعمل», «تختلف»: verbs after which «وفق»/«حسب» says how, not who told."""
    times: frozenset[str] = frozenset()
    """times.txt: «اليوم», «أمس», weekdays: time words before a content marker; they keep a verb's «بـ»."""
    thanks: frozenset[str] = frozenset()
    """thanks.txt: «شكره», «التعازي», «التهنئة»: what a verb of giving («قدّم») gives when it reports."""
    thanks_modifiers: frozenset[str] = frozenset()
    """thanks_modifiers.txt: «أحر», «خالص»: a superlative before a thanks noun, where the content starts."""
    responsibility: frozenset[str] = frozenset()
    """responsibility.txt: «مسؤولية»: what «حمّل» lays on someone when it reports («حمّله المسؤولية»)."""
    in_charge: frozenset[str] = frozenset()
    """in_charge.txt: «مشرف على», «مسؤول عن»: a role of being in charge and its preposition, what it runs."""
    keyword_lines: frozenset[str] = frozenset()
    """keyword_lines.txt: «سمات»: opens an outlet's closing line of tags, which no content runs into."""

    @classmethod
    def load(cls) -> Grammar:
        """Read the packaged lists from ``arabicnews/data/attribution/``."""

        def words(name: str) -> frozenset[str]:
            return read_words(_PREFIX + name)

        complementisers = words("complementisers.txt")
        speaker_enclitics = words("speaker_enclitics.txt")
        return cls(
            complementisers=complementisers,
            speaker_enclitics=speaker_enclitics,
            complementiser_forms=complementisers | {c + e for c in complementisers for e in speaker_enclitics},
            not_complementiser_after=words("not_complementiser_after.txt"),
            back_stops=words("back_stops.txt"),
            fa_inna=words("fa_inna.txt"),
            issued=words("issued.txt"),
            relatives=words("relatives.txt"),
            emphatic=words("emphatic.txt"),
            nisba_endings=tuple(sorted(words("nisba_endings.txt"))),
            adjective_endings=tuple(sorted(words("adjective_endings.txt"))),
            evidence=words("evidence.txt"),
            objects=words("objects.txt"),
            clause_ends=words("clause_ends.txt"),
            prayers=words("prayers.txt"),
            scripture=words("scripture.txt"),
            result_clauses=words("result_clauses.txt"),
            clause_openers=words("clause_openers.txt"),
            occasions=words("occasions.txt"),
            report_nouns=words("report_nouns.txt"),
            explained_nouns=words("explained_nouns.txt"),
            partitives=words("partitives.txt"),
            close_to=words("close_to.txt"),
            adverbs=words("adverbs.txt"),
            fronted_adverbials=words("fronted_adverbials.txt"),
            waw_names=words("waw_names.txt"),
            issuing_verbs=words("issuing_verbs.txt"),
            topic_shifts=words("topic_shifts.txt"),
            fronted_topics=words("fronted_topics.txt"),
            giving=words("giving.txt"),
            speeches=words("speeches.txt"),
            legal_texts=words("legal_texts.txt"),
            outlets=words("outlets.txt"),
            web_words=words("web_words.txt"),
            noun_homographs=words("noun_homographs.txt"),
            recommending=words("recommending.txt"),
            speaking_nouns=words("speaking_nouns.txt"),
            bodies=words("bodies.txt"),
            fields=words("fields.txt"),
            congratulated=words("congratulated.txt"),
            honorifics=words("honorifics.txt"),
            times=words("times.txt"),
            ba_adjuncts=words("ba_adjuncts.txt"),
            ba_causes=words("ba_causes.txt"),
            on_adjuncts=words("on_adjuncts.txt"),
            manner_verbs=words("manner_verbs.txt"),
            thanks=words("thanks.txt"),
            thanks_modifiers=words("thanks_modifiers.txt"),
            responsibility=words("responsibility.txt"),
            keyword_lines=words("keyword_lines.txt"),
            in_charge=words("in_charge.txt"),
        )


@cache
def grammar() -> Grammar:
    """The packaged grammatical word lists, loaded once on first use."""
    return Grammar.load()


__all__ = ["CueInfo", "Grammar", "Lexicon", "grammar", "lexicon"]
