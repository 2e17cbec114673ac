"""The attribution engine: each cue of a document through the rule tables, in order.

An :class:`Attribution` ties a *cue* («قال», «أشار إلى», «بحسب», «مشيرا إلى») to its *sources*
(«مدير المرصد رامي عبد الرحمن», «مصادر طبية») and to the *content* attributed to them: the quote,
the clause after أن/إن/بأن, or, for according-to phrases, the clause they qualify. Every span
indexes the original text. Cues are matched on the normalised forms of the tokens (the same
normalisation as :mod:`arabicnews.core.normalize`, already computed by the tokenizer, and mapped back to
original offsets through the tokens), so «أكدت», «اكدت», «أكـدت» and Egyptian spellings meet; a
conjunction proclitic stays outside the cue («وأضاف» gives the cue «أضاف»).

The decisions are the named rules of :mod:`arabicnews.stages.attribution.rules`; this module only
walks them in order. They are deterministic and local (a bounded window around each cue), so a
document is analysed in time linear in its length.
"""

from __future__ import annotations

from arabicnews.model.attribution import Attribution, Cue, Source, Speaker
from arabicnews.model.spans import Span
from arabicnews.stages.attribution.learned import LEARNED_SOURCES, LearnedCandidate
from arabicnews.stages.attribution.phrases import GIVING
from arabicnews.stages.attribution.rules import (
    ACCORDING_TO,
    COMPLEMENTISERS,
    CUES,
    QUOTE_PAIRING,
    READINGS,
    SOURCES,
    SPEAKERS,
    SPEECH_CUES,
    SPELLED_ALIKE,
    CueCandidate,
    Reading,
    SpeakerQuestion,
    according_cue,
    speech_cue,
)
from arabicnews.stages.attribution.speakers import Speakers


class _Analysis(Speakers):
    """The state of one document's analysis: the index, the scans, and the attributions so far."""

    complementiser_rules = COMPLEMENTISERS
    quote_rules = QUOTE_PAIRING
    learned = False
    """Whether the learned source-boundary step runs after the rules (``learned.py``); off by
    default: it did not pass its bar once a fresh set was added to the cross-validation."""

    def refused_cue(self, i: int) -> bool:
        """Whether the cue word at ``i`` is no cue by the ``cues`` table («بين» "between", «تدعى»
        "is called"): such a word opens no new clause. Asked without a trace, decided once."""
        got = self._refused.get(i)
        if got is None:
            match = self.cue_at[i]
            got = self._refused[i] = CUES.first(CueCandidate(self, i, match), None, (0, 0)) is not None
        return got

    def run(self) -> tuple[Attribution, ...]:
        trace = self.trace
        for i in [i for i, m in self.cue_at.items() if m.info.prep in GIVING]:
            match = self.cue_at[i]
            if self.thanks_object(match.last + 1, match.info.prep) < 0:
                # «جوائز مالية مقدمة من الاتحاد», «رفع دعوى»: a verb of giving with no thanks is no cue
                # at all, so it ends no content and no source either (the rule is traced here).
                CUES.first(CueCandidate(self, i, match), trace, (match.cue_start, match.cue_end))
                del self.cue_at[i]
        for i in [i for i, m in self.cue_at.items() if m.info.lemma in SPELLED_ALIKE]:
            match = self.cue_at[i]
            if CUES.first(CueCandidate(self, i, match), trace, (match.cue_start, match.cue_end)) is not None:
                del self.cue_at[i]  # «زاد» “increased”: another word, which ends nothing
        for i in sorted(self.cue_at):
            match = self.cue_at[i]
            if CUES.first(CueCandidate(self, i, match), trace, (match.cue_start, match.cue_end)) is not None:
                continue
            info = match.info
            if info.type in ("according_to", "phrase"):
                according = according_cue(self, i, match)
                span = (according.cue_start, according.cue_end)
                decided = ACCORDING_TO.first(according, trace, span)
                reading = decided[1] if decided is not None else None
                if isinstance(reading, Reading):
                    # A refused phrase («كما أكد الوزير أن» opening its clause) leaves its verb a cue.
                    self.used.update(according.absorbed)
            else:
                speech = speech_cue(self, i, match)
                span = (speech.cue_start, speech.cue_end)
                if SPEECH_CUES.first(speech, trace, span) is not None:
                    continue
                if speech.how in ("quote", "colon", "prep"):
                    self.claimed.add(speech.marker_at)
                if speech.how != "none":
                    found = SOURCES.first(speech, trace, span)
                    if found is not None:
                        speech.sources = found[1]
                read = READINGS.first(speech, trace, span)
                reading = read[1] if read is not None else None
            if isinstance(reading, Reading):
                att = self.make(i, reading, span)
                if self.learned and att.sources:
                    got = LEARNED_SOURCES.first(LearnedCandidate(self, att), trace, span)
                    att = got[1] if got is not None else att
                self.done.append(att)
        return tuple(self.done)

    def make(self, i: int, reading: Reading, span: tuple[int, int]) -> Attribution:
        """The attribution a reading gives, with its speaker resolved."""
        info = self.cue_at[i].info
        cue_start, cue_end = span
        cue = Cue(self.text[cue_start:cue_end], cue_start, cue_end, info.type, info.stance, info.lemma)
        speaker: Speaker | None = None
        if reading.resolve:
            got = SPEAKERS.first(SpeakerQuestion(self, i, info, reading.sources), self.trace, span)
            if got is not None and isinstance(got[1], Speaker):
                speaker = got[1]
        parts: list[Cue | Span | Source] = [cue, reading.content, *reading.sources]
        start = min(part.start for part in parts)
        end = max(part.end for part in parts)
        return Attribution(
            self.text[start:end],
            start,
            end,
            reading.kind,
            cue,
            reading.sources,
            reading.content,
            reading.quotes,
            speaker,
        )
