"""Grouping entity mentions: which mentions of a document name the same entity."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from arabicnews.arabic.letters import restore_article
from arabicnews.core.normalize import normalize
from arabicnews.model.entity import Entity, EntityLabel


def _words(text: str) -> tuple[str, ...]:
    words = normalize(text).split()
    # After the proclitic ل the article loses its alef («للتحالف» = ل + «لتحالف»): restore it, so
    # that «لتحالف الدولي» and «التحالف الدولي» compare equal.
    if words and words[0].startswith("ل") and not words[0].startswith("ال") and len(words[0]) >= 4:
        words[0] = restore_article(words[0])
    return tuple(words)


def contains_words(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    """Whether the words ``shorter`` occur as a run inside ``longer``."""
    k = len(shorter)
    return any(tuple(longer[i : i + k]) == tuple(shorter) for i in range(len(longer) - k + 1))


def _same_entity(label: EntityLabel, earlier: tuple[str, ...], later: tuple[str, ...]) -> bool:
    """Whether ``later`` can name what ``earlier`` named (both normalised words, same label)."""
    if earlier == later:
        return True
    if label == "PER":
        # «هاموند» after «فيليب هاموند», «دي ميستورا» after «ستفان دي ميستورا», and the reverse.
        return contains_words(earlier, later) or contains_words(later, earlier)
    # «المرصد السوري» after «المرصد السوري لحقوق الانسان»: a shorter form keeps the head words.
    n = min(len(earlier), len(later))
    return earlier[:n] == later[:n]


def group_mentions(entities: Iterable[Entity]) -> tuple[Entity, ...]:
    """Number the mentions of one entity alike (``group``), in text order, from 0.

    Mentions with the same label are one entity when their normalised words are equal; a person's
    mention also joins an earlier one that contains it or that it contains («فيليب هاموند» …
    «هاموند»); other labels join when one mention is the other's first words («المرصد السوري
    لحقوق الانسان» … «المرصد السوري» … «المرصد»). A mention that could join several joins the
    most recent.

    Only groups that share a word with the mention are tried (every rule above needs one), so a
    long document costs time in proportion to its mentions, not to mentions times entities.
    """
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    forms: list[list[tuple[str, ...]]] = []
    last_seen: list[int] = []
    first_word: dict[tuple[str, str], set[int]] = {}  # (label, first word of a form) -> groups
    any_word: dict[tuple[str, str], set[int]] = {}  # (label, a word of a person's form) -> groups
    no_words: dict[str, set[int]] = {}  # label -> groups with an empty form (they match anything)
    of_label: dict[str, list[int]] = {}
    out: list[Entity] = []
    for pos, ent in enumerate(ordered):
        words = _words(ent.text)
        label = ent.label
        if not words:
            candidates: set[int] = set(of_label.get(label, ()))
        else:
            candidates = set(first_word.get((label, words[0]), ()))
            candidates.update(no_words.get(label, ()))
            if label == "PER":
                candidates.update(any_word.get((label, words[0]), ()))
                for w in words[1:]:
                    candidates.update(first_word.get((label, w), ()))
        chosen = -1
        for g in sorted(candidates, key=lambda g: -last_seen[g]):
            if any(_same_entity(label, f, words) for f in forms[g]):
                chosen = g
                break
        if chosen < 0:
            chosen = len(forms)
            forms.append([])
            last_seen.append(pos)
            of_label.setdefault(label, []).append(chosen)
        else:
            last_seen[chosen] = pos
        if words not in forms[chosen]:
            forms[chosen].append(words)
            if not words:
                no_words.setdefault(label, set()).add(chosen)
            else:
                first_word.setdefault((label, words[0]), set()).add(chosen)
                if label == "PER":
                    for w in words:
                        any_word.setdefault((label, w), set()).add(chosen)
        out.append(attrs.evolve(ent, group=chosen))
    return tuple(out)
