"""Text in, claims out: the extractor as one pure function.

    quantities (etl.quantities)  ->  sentence and clause (etl.segment)
      -> claim type, forecast, horizon (etl.classify) -> subject (etl.attribute)
      -> value in US dollars (etl.normalise)

No database, no files: the build, the `extract` command and the tests all call
`extract_claims`.
"""
from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass
from datetime import date

from .attribute import SourceRegister, article_topic, find_source, first_name, nearest_name_before
from .classify import claim_type, horizon_year, is_forecast
from .lexicon import CURRENCY_CODES
from .normalise import FxRates
from .quantities import Quantity, _read_noun, find_quantities, unit_family
from .segment import clause_spans, sentence_spans


@dataclass(frozen=True, slots=True)
class Claim:
    char_start: int
    char_end: int
    surface: str
    value: float
    value_high: float | None
    unit: str
    unit_family: str
    qualifier: str
    direction: str | None
    noun: str | None
    per: str | None
    claim_type: str
    is_forecast: bool
    horizon_year: int | None
    subject: str | None
    sentence: str
    sentence_start: int
    is_figure: bool
    value_usd: float | None

    def as_dict(self) -> dict:
        return asdict(self)


def extract_claims(text: str, published: date | None = None, rates: FxRates | None = None,
                   figures_only: bool = True, sentences: list[tuple[int, int]] | None = None) -> list[Claim]:
    """Every figure in `text` as a claim, offsets into `text`.

    `published` dates forecasts ("in the next three years") and picks the exchange rate;
    `figures_only=False` also returns incidental quantities ("two photographers"), marked
    `is_figure=False`. `sentences` are the text's sentence spans when already known.
    """
    quantities = find_quantities(text)
    if figures_only:
        quantities = [q for q in quantities if q.is_figure]
    sentences = sentence_spans(text) if sentences is None else sentences
    if not sentences:
        return []
    starts = [s for s, _ in sentences]
    by_sentence: dict[int, list[Quantity]] = {}
    for q in quantities:
        i = max(0, bisect.bisect_right(starts, q.char_start) - 1)
        by_sentence.setdefault(i, []).append(q)
    topic = article_topic(text)
    year = published.year if published else None
    register = SourceRegister()
    claims: list[Claim] = []
    for i, (s, e) in enumerate(sentences):
        sentence = text[s:e]
        register.read(sentence)
        qs = by_sentence.get(i)
        if not qs:
            continue
        clauses = clause_spans(text, s, e)
        for q in qs:
            end = min(q.char_end, e) if q.char_start < e else q.char_end
            before, after = text[s:q.char_start], text[end:e]
            ctype = claim_type(q, sentence, before, after)
            clause = next(((a, b) for a, b in clauses if a <= q.char_start < b), (s, e))
            fc = is_forecast(q, sentence, s, clause, text)
            claims.append(Claim(
                char_start=q.char_start, char_end=q.char_end, surface=q.surface, value=q.value,
                value_high=q.value_high, unit=q.unit, unit_family=unit_family(q.unit),
                qualifier=q.qualifier, direction=q.direction, noun=q.noun, per=q.per,
                claim_type=ctype, is_forecast=fc,
                horizon_year=horizon_year(q, fc, sentence, year),
                subject=_subject(q, ctype, text, s, sentence, register, topic),
                sentence=sentence, sentence_start=s, is_figure=q.is_figure,
                value_usd=_usd(q, rates, year),
            ))
    return claims


def _subject(q: Quantity, ctype: str, text: str, s: int, sentence: str,
             register: SourceRegister, topic: str | None) -> str | None:
    pos = q.char_start - s
    name, vague = find_source(sentence)
    if name:
        return name
    if ctype == "capability" and topic and topic.lower() in sentence.lower():
        return topic  # what a model can do is said of the model
    if vague and register.name:
        return register.name
    if ctype == "capability" and topic:
        return topic
    if ctype == "stock_move":
        near = nearest_name_before(sentence, pos)
        if near:
            return near
    if ctype in ("survey",) and register.name:
        return register.name
    if q.noun and unit_family(q.unit) in ("count", "percent"):
        return q.noun
    if ctype == "market_size":
        noun, _ = _read_noun(text, q.char_end, max_words=5)
        if noun:
            return noun
    return first_name(sentence) or topic


def _usd(q: Quantity, rates: FxRates | None, year: int | None) -> float | None:
    if q.unit not in CURRENCY_CODES:
        return None
    if q.unit == "USD":
        return q.value
    if rates is None:
        return None
    return rates.to_usd(q.value, q.unit, year)
