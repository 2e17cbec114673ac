r"""The tagger's post-processing: named steps that adjust the decoded tags, run in order.

The model tags each sentence word by word. The steps then apply what a reader of the whole sentence
and of the whole article knows: a name in the gazetteer is one name, a title is not part of the
name after it, a name repeats, and a name keeps its label. Each step is a
:class:`~arabicnews.core.rules.Rule` (a name in a reader's words, one example, a function); the
steps form two :class:`~arabicnews.core.rules.RuleTable` objects, :data:`WITHIN_SENTENCE` and
:data:`ACROSS_SENTENCES`, and every step of each runs, in order (unlike a table of rules that
compete for a candidate, where the first that decides wins). :meth:`NerModel.tag
<arabicnews.stages.entities.perceptron.NerModel.tag>` runs the steps within a sentence only.

A word whose tag a step changes gets margin 0: the model did not choose that tag, so the entity's
score is not the model's confidence. While a :func:`arabicnews.core.rules.tracing` block is open,
the stage records each mention a step made or changed as a :class:`~arabicnews.core.rules.Decision`
of that step (``arabicnews.explain(text, "entities")`` lists them).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import cache
from typing import NamedTuple

import regex
from attrs import Factory, frozen

from arabicnews.core.resources import read_table
from arabicnews.core.rules import Rule, RuleTable, Trace
from arabicnews.stages.entities.bio import ENTITY_LABELS, MAX_NAME_WORDS, bio_run, bio_spans


@frozen
class Tagging:
    """A document's sentences as the steps see them: per word, its tag, margin, gazetteer class and stem.

    The steps change ``tags`` and ``margins`` in place. ``gaz`` holds the classes of
    :meth:`Gazetteer.tag <arabicnews.stages.entities.features.Gazetteer.tag>` (``B-ORG``, ``T-PER``,
    ``""``); ``window`` is how many sentences on either side a name is propagated to. ``kinds``
    holds each word's token kind (``word``, ``url``, ``email`` ...) when the words come from a
    document's tokens, and is empty for a bare list of words (the steps that read it then do nothing).
    """

    tags: list[list[str]]
    margins: list[list[float]]
    gaz: list[list[str]]
    stems: list[list[str]]
    window: int = 3
    kinds: list[list[str]] = Factory(list)


ADDRESS_KINDS = frozenset({"url", "email"})
"""Token kinds that are addresses, never names: a mention holding one is dropped."""


def drop_addresses(tags: list[str], margins: list[float], kinds: Sequence[str]) -> bool:
    """Untag each mention of one sentence that holds a web or e-mail address.

    The model has only seen such tokens as Latin-script words and tags many of them ``MISC``
    («m.althaidy@asharqalawsat.com», «www.gdp.gov.sa»); the tokenizer knows what they are.
    Returns whether any tag changed.
    """
    changed = False
    for a, b, _ in bio_spans(tags):
        if any(k in ADDRESS_KINDS for k in kinds[a:b]):
            tags[a:b] = ["O"] * (b - a)
            margins[a:b] = [0.0] * (b - a)
            changed = True
    return changed


LATIN_ORGANISATIONS = "ner/latin_organisations.tsv"
"""The packaged list of Latin-script organisation names (see its PROVENANCE)."""

_LATIN = regex.compile(r"\p{Latin}")
_ARABIC = regex.compile(r"\p{Arabic}")
_JOINER = regex.compile(r"^[&.'-]$")
_NUMBER = regex.compile(r"^[0-9]+$")
_JOINED = regex.compile(r"\s*([&.'-])\s*")


def _latin_key(words: Sequence[str]) -> str:
    """Words as one name: single spaces, none around ``& . ' -`` («AT & T» is «AT&T»), no final full stop."""
    return _JOINED.sub(r"\1", " ".join(words)).rstrip(".")


_CONNECTORS = frozenset({"of", "for", "and", "the", "de", "du", "des", "la", "le", "di", "für", "&", "-", "."})
"""Lower-case words and joiners that a capitalised name may hold («Bank of America», «Procter & Gamble»)."""


@frozen
class LatinOrganisations:
    """The Latin-script organisation list: names as written, case-folded names that are not acronyms,
    and the organisation words («University», «Inc»)."""

    names: frozenset[str]
    folded: frozenset[str]
    words: frozenset[str]


@cache
def latin_organisations() -> LatinOrganisations:
    """The packaged list (:data:`LATIN_ORGANISATIONS`), loaded once."""
    rows = list(read_table(LATIN_ORGANISATIONS, 3))
    names = {_latin_key(name.split()) for cls, name, _ in rows if cls == "ORG"}
    folded = {n.casefold() for n in names if any(c.islower() for c in n)}
    words = {name for cls, name, _ in rows if cls == "WORD"}
    return LatinOrganisations(frozenset(names), frozenset(folded), frozenset(words))


def is_latin_organisation(words: Sequence[str]) -> bool:
    """Whether ``words`` are, all of them, the name of an organisation by the Latin-script list.

    An acronym of the list (all capitals: «CNN», «FIFA») matches only as written; any other name
    matches in any case that has a capital letter («Sony», «SONY», never «sony»: lower-case Latin
    words in Arabic news are user names, hashtags and parts of addresses). A name of two or more
    capitalised words (connectors such as «of» aside) is an organisation too when one of them is an
    organisation word of the list that ends it or comes before «of» or «for» («Aston University»,
    «Free University of Berlin», «Apple Inc»).
    """
    key = _latin_key(words)
    known = latin_organisations()
    if key in known.names or (key.casefold() in known.folded and any(c.isupper() for c in key)):
        return True
    parts = [w for w in key.replace("&", " & ").split() if w]
    if len(parts) < 2 or not parts[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or w in _CONNECTORS for w in parts):
        return False
    return any(w in known.words and (k == len(parts) - 1 or parts[k + 1] in ("of", "for")) for k, w in enumerate(parts))


def _is_latin_word(word: str) -> bool:
    return bool(_LATIN.search(word)) and not _ARABIC.search(word)


def tag_latin_organisations(tags: list[str], margins: list[float], stems: Sequence[str]) -> bool:
    """Tag ``ORG``, in one sentence, each run of Latin-script words that is a name of the organisation list.

    A run is a longest stretch of words in Latin script (a ``& . ' -`` between two of them belongs to
    it, and so do numbers after them); it counts only when the whole run is a name of the list
    («CNN», «Apple Inc»; not «OnePlus 2» nor «Samsung Galaxy Note 5», which are products), and only
    when it is untagged or exactly one entity, so no entity is cut. The training data tags nearly
    every Latin-script name ``MISC`` (AQMAR's convention: 555 of the 574), so the model hardly ever
    says ``ORG`` for one; news calls organisations ``ORG`` whatever their script. Returns whether any
    tag changed.
    """
    if not _LATIN.search("".join(stems)):  # most sentences: one search instead of one per word
        return False
    changed = False
    n = len(stems)
    i = 0
    while i < n:
        if not _is_latin_word(stems[i]):
            i += 1
            continue
        j = i + 1
        while j < n and (
            _is_latin_word(stems[j]) or (_JOINER.match(stems[j]) and j + 1 < n and _is_latin_word(stems[j + 1]))
        ):
            j += 1
        while j < n and _NUMBER.match(stems[j]):  # a model number makes a product: «OnePlus 2», «iOS 9»
            j += 1
        run = tags[i:j]
        whole = run == bio_run(run[0][2:], j - i) if run[0].startswith("B-") else all(t == "O" for t in run)
        cut = j < n and tags[j].startswith("I-")
        if whole and not cut and run != bio_run("ORG", j - i) and is_latin_organisation(stems[i:j]):
            tags[i:j] = bio_run("ORG", j - i)
            margins[i:j] = [0.0] * (j - i)
            changed = True
        i = j
    return changed


def tag_gazetteer_names(tags: list[str], margins: list[float], gaz: Sequence[str]) -> bool:
    """Tag whole, in one sentence, each multi-word gazetteer name the model left untagged or tagged in part.

    A name («وكالة الصحافة الفرنسية», «مكسيكو سيتي») whose words the model tagged ``O`` or with
    the name's own label, and that no entity runs into or out of, is tagged as one entity; its
    words get margin 0. Returns whether any tag changed.
    """
    changed = False
    i, n = 0, len(tags)
    while i < n:
        g = gaz[i]
        if not g.startswith("B-"):
            i += 1
            continue
        label = g[2:]
        j = i + 1
        while j < n and gaz[j] == "I-" + label:
            j += 1
        inside = all(t == "O" or t[2:] == label for t in tags[i:j])
        cut = tags[i].startswith("I-") or (j < n and tags[j].startswith("I-"))
        if inside and not cut and label in ENTITY_LABELS and tags[i:j] != bio_run(label, j - i):
            tags[i:j] = bio_run(label, j - i)
            margins[i:j] = [0.0] * (j - i)
            changed = True
        i = j
    return changed


def trim_titles(tags: list[str], gaz: Sequence[str]) -> bool:
    """Start each person's name of one sentence after the trigger words (titles) at its head.

    Titles are not part of a person's name («مدير المرصد رامي عبدالرحمن»). (No change on the
    development sets.) Returns whether any tag changed.
    """
    before = list(tags)
    for a, b, label in bio_spans(tags):
        if label == "PER" and gaz[a].startswith("T-"):
            k = a
            while k < b - 1 and gaz[k].startswith("T-"):
                tags[k] = "O"
                k += 1
            tags[k] = "B-PER"
    return tags != before


def propagate(tags: Sequence[Sequence[str]], stems: Sequence[Sequence[str]], window: int = 3) -> list[list[str]]:
    """Tag again, in the sentences within ``window`` of it, a name the model found once.

    News names a person or place in full and then repeats it, or only the surname, where the
    context may say less: «فيليب هاموند» … «وأكد هاموند». A sequence of stems tagged ``X`` in one
    sentence (and the last word of a person's name of two words or more) is tagged ``X`` where it
    recurs untagged in the ``window`` sentences before and after, longest first, never cutting an
    entity. On ANERcorp's held-out tenth of train this adds 1.4 F1 (window 3); wider windows add less.
    A name longer than :data:`~arabicnews.stages.entities.bio.MAX_NAME_WORDS` words (the decoder
    makes none) is not propagated, so no word is compared with more than that many words after it.
    """
    out = [list(t) for t in tags]
    found: list[dict[tuple[str, ...], str]] = []
    for sent_tags, sent_stems in zip(tags, stems, strict=True):
        names: dict[tuple[str, ...], str] = {}
        for a, b, label in bio_spans(sent_tags):
            if b - a > MAX_NAME_WORDS:
                continue
            names[tuple(sent_stems[a:b])] = label
            if label == "PER" and b - a >= 2 and len(sent_stems[b - 1]) >= 3:
                names.setdefault((sent_stems[b - 1],), "PER")
        found.append(names)
    n = len(tags)
    for i in range(n):
        near: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for j in range(max(0, i - window), min(n, i + window + 1)):
            for key, label in found[j].items():
                near.setdefault(key[0], []).append((key, label))
        if not near:
            continue
        # Longest first (a stable sort keeps the order of equal lengths), once per sentence.
        longest_first = {head: sorted(keys, key=lambda kl: -len(kl[0])) for head, keys in near.items()}
        st, row = stems[i], out[i]
        free = 0  # the first word after the last name tagged again
        # Only the words a near name starts with are tried, left to right (most words start none).
        for t in [t for t, stem in enumerate(st) if stem in longest_first]:
            if t < free:
                continue
            for key, label in longest_first[st[t]]:
                k = len(key)
                if (
                    tuple(st[t : t + k]) == key
                    and all(x == "O" for x in row[t : t + k])
                    and (t + k >= len(st) or not row[t + k].startswith("I-"))
                ):
                    row[t : t + k] = bio_run(label, k)
                    free = t + k
                    break
    return out


class _Mention(NamedTuple):
    """One tagged name: its sentence, its words ``[first, last)``, label, stems and weakest margin."""

    sentence: int
    first: int
    last: int
    label: str
    stems: tuple[str, ...]
    margin: float


def harmonise_labels(
    tags: Sequence[Sequence[str]], margins: Sequence[Sequence[float]], stems: Sequence[Sequence[str]]
) -> list[list[str]]:
    """Give every mention of a name in a document the label of its most confident mention.

    A name keeps one label through a news article («دي ميستورا» in a headline is the person named
    «ستفان دي ميستورا» further down). Mentions with the same stems are compared, and a mention that
    ends a longer person's name (the surname) is compared with that name; a mention takes the label
    of the candidate whose weakest word has the largest margin, if it is larger than its own.
    A mention longer than :data:`~arabicnews.stages.entities.bio.MAX_NAME_WORDS` words (the
    decoder makes none) is left as it is: its suffixes alone would cost time quadratic in its length.
    """
    out = [list(t) for t in tags]
    mentions: list[_Mention] = []
    for i, (sent_tags, sent_stems, sent_margins) in enumerate(zip(tags, stems, margins, strict=True)):
        for a, b, label in bio_spans(sent_tags):
            if b - a > MAX_NAME_WORDS:
                continue
            mentions.append(_Mention(i, a, b, label, tuple(sent_stems[a:b]), min(sent_margins[a:b])))
    best: dict[tuple[str, ...], tuple[float, str]] = {}
    for m in mentions:
        keys = [m.stems]
        if m.label == "PER":
            keys += [m.stems[k:] for k in range(1, len(m.stems)) if len(m.stems[-1]) >= 3]
        for k in keys:
            if k not in best or m.margin > best[k][0]:
                best[k] = (m.margin, m.label)
    for m in mentions:
        top = best.get(m.stems)
        if top is not None and top[1] != m.label and top[0] > m.margin:
            out[m.sentence][m.first : m.last] = bio_run(top[1], m.last - m.first)
    return out


def _take(tagging: Tagging, tags: Sequence[Sequence[str]]) -> bool:
    """Put ``tags`` in ``tagging``; each word whose tag changes gets margin 0. Whether any changed."""
    changed = False
    for old, new, margins in zip(tagging.tags, tags, tagging.margins, strict=True):
        if old == new:  # most sentences: one comparison in C, no tag read in Python
            continue
        for k, (a, b) in enumerate(zip(old, new, strict=True)):
            if a != b:
                margins[k] = 0.0
                changed = True
        old[:] = new
    return changed


# Each step applies itself to the whole tagging and says whether it changed a tag (None: it did not).


def _addresses(tagging: Tagging) -> bool | None:
    if not tagging.kinds:
        return None
    changed = [drop_addresses(*row) for row in zip(tagging.tags, tagging.margins, tagging.kinds, strict=True)]
    return any(changed) or None


def _latin_organisations(tagging: Tagging) -> bool | None:
    rows = zip(tagging.tags, tagging.margins, tagging.stems, strict=True)
    return any([tag_latin_organisations(*row) for row in rows]) or None


def _gazetteer_names(tagging: Tagging) -> bool | None:
    changed = [tag_gazetteer_names(*row) for row in zip(tagging.tags, tagging.margins, tagging.gaz, strict=True)]
    return any(changed) or None


def _titles(tagging: Tagging) -> bool | None:
    return any([trim_titles(tags, gaz) for tags, gaz in zip(tagging.tags, tagging.gaz, strict=True)]) or None


def _propagation(tagging: Tagging) -> bool | None:
    return _take(tagging, propagate(tagging.tags, tagging.stems, tagging.window)) or None


def _label_consistency(tagging: Tagging) -> bool | None:
    return _take(tagging, harmonise_labels(tagging.tags, tagging.margins, tagging.stems)) or None


Step = Rule[Tagging, bool]
"""A post-processing step: its ``decide`` changes the tagging in place and returns ``True`` when it
changed a tag, ``None`` when it left all as they were."""

WITHIN_SENTENCE: RuleTable[Tagging, bool] = RuleTable(
    "post-processing within a sentence",
    "entities",
    (
        Rule(
            "a web or e-mail address is not a name",
            "ولمزيد من المعلومات يمكن مراسلة m.althaidy@asharqalawsat.com أو زيارة الموقع www.gdp.gov.sa.",
            "refused",
            _addresses,
        ),
        Rule(
            "a Latin-script name of a known organisation is an organisation",
            "وذكرت مجموعة CLSA في تقريرها أن الأسهم ستتراجع.",
            "took",
            _latin_organisations,
            traps=(
                "وأطلقت الشركة نظام iOS 9 وجهاز Xbox One الجديد.",
                "للاستفسار: www.cnn.com أو info@fifa.com",
            ),
        ),
        Rule(
            "a name of the gazetteer is tagged whole",
            "ونقلت وكالة الصحافة الفرنسية عن مصدر أمني أن الانفجار وقع صباح اليوم.",
            "took",
            _gazetteer_names,
        ),
        Rule(
            "a title before a person's name is not part of it",
            "وكان المنظمون تأثروا بدعوة البابا فرنسيس التي أطلقها في شهر يونيو الماضي.",
            "took",
            _titles,
        ),
    ),
)
"""The steps that read one sentence at a time, in the order they run."""

ACROSS_SENTENCES: RuleTable[Tagging, bool] = RuleTable(
    "post-processing across sentences",
    "entities",
    (
        Rule(
            "a name found once is tagged where it recurs nearby",
            "ويعود الخلاف بين السعودية والكويت على شيفرون في عام 2008. وتريد الكويت من شيفرون العربية إخلاء أرض الزور.",
            "took",
            _propagation,
        ),
        Rule(
            "every mention of a name takes the label of its most confident mention",
            "دي ميستورا يصل إلى دمشق. وقال المبعوث الدولي ستفان دي ميستورا إن المحادثات ستبدأ الأسبوع المقبل.",
            "took",
            _label_consistency,
        ),
    ),
)
"""The steps that read the sentences around, in the order they run (after :data:`WITHIN_SENTENCE`)."""

POSTPROCESSING: tuple[RuleTable[Tagging, bool], ...] = (WITHIN_SENTENCE, ACROSS_SENTENCES)
"""All the steps, as the tables the stage runs in this order (``EntityStage.rule_tables``)."""


def postprocess(
    tagging: Tagging,
    tables: Sequence[RuleTable[Tagging, bool]] = POSTPROCESSING,
    skip: Collection[str] = (),
    trace: Trace | None = None,
    spans: Sequence[Sequence[tuple[int, int]]] | None = None,
) -> None:
    """Run every step of ``tables`` over ``tagging``, in order, except those named in ``skip``.

    With a ``trace`` and the ``spans`` of the words (original offsets, per sentence), each mention
    a step made or changed is recorded as a decision of that step.
    """
    recording = trace is not None and spans is not None
    for table in tables:
        for step in table.rules:
            if step.name in skip:
                continue
            before = [list(tags) for tags in tagging.tags] if recording else None
            if step.decide(tagging) and before is not None and trace is not None and spans is not None:
                _record(trace, table, step, before, tagging.tags, spans)


def _record(
    trace: Trace,
    table: RuleTable[Tagging, bool],
    step: Step,
    before: Sequence[Sequence[str]],
    after: Sequence[Sequence[str]],
    spans: Sequence[Sequence[tuple[int, int]]],
) -> None:
    # A step that refuses records the mentions it removed; one that takes, those it made or changed.
    for old, new, words in zip(before, after, spans, strict=True):
        kept, gone = (old, new) if step.verdict == "refused" else (new, old)
        for a, b, _ in bio_spans(kept):
            if gone[a:b] != kept[a:b]:
                trace.record(table, step, words[a][0], words[b - 1][1])


__all__ = [
    "ACROSS_SENTENCES",
    "ADDRESS_KINDS",
    "LATIN_ORGANISATIONS",
    "POSTPROCESSING",
    "WITHIN_SENTENCE",
    "LatinOrganisations",
    "Step",
    "Tagging",
    "drop_addresses",
    "harmonise_labels",
    "is_latin_organisation",
    "latin_organisations",
    "postprocess",
    "propagate",
    "tag_gazetteer_names",
    "tag_latin_organisations",
    "trim_titles",
]
