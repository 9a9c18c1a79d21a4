"""The Explore filters: what they are, their URL keys, and checking URL parameters.

Every filter is a widget bound to a query parameter of the same name (Streamlit's
`bind="query-params"`), so a copied URL restores the view. URL values are plain strings;
nothing from a URL is ever deserialised into objects or reaches SQL as code. No Streamlit
here: this module is pure and tested on its own.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, fields

FORECAST_CHOICES = ("all", "forecast", "reported")
# corroborated: in a group with other articles; single: no other article reports it;
# disputed: in a group whose reports disagree beyond rounding
CORROBORATION_CHOICES = ("all", "corroborated", "single", "disputed")
# analysts' reviews (data/reviews.csv): rejected figures are hidden unless asked for
REVIEW_CHOICES = ("hide rejected", "all", "reviewed", "unreviewed", "rejected")
MULTI_KEYS = ("publisher", "source", "article", "type", "family", "qualifier")
NUMBER_KEYS = ("hmin", "hmax", "vmin", "vmax")
TEXT_KEYS = ("subject", "q")
MAX_TEXT = 200  # longer search text is cut, not an error
YEARS = (1900, 2200)  # the horizon inputs' range


@dataclass(frozen=True)
class Filters:
    publisher: tuple[str, ...] = ()
    source: tuple[str, ...] = ()  # who says it (claims.source; "(the article itself)" for none)
    article: tuple[str, ...] = ()  # article ids
    type: tuple[str, ...] = ()  # claim types
    family: tuple[str, ...] = ()  # unit families: percent money count time other
    forecast: str = "all"  # all | forecast | reported
    hmin: int | None = None  # horizon year range
    hmax: int | None = None
    qualifier: tuple[str, ...] = ()
    subject: str = ""  # subject contains
    q: str = ""  # sentence contains
    vmin: float | None = None  # value range, in the figure's own unit
    vmax: float | None = None
    corroboration: str = "all"
    review: str = "hide rejected"

    MULTI_KEYS = MULTI_KEYS
    NUMBER_KEYS = NUMBER_KEYS
    INTEGER_RANGES = {"hmin": YEARS, "hmax": YEARS}  # number keys that are whole numbers in a range
    TEXT_KEYS = TEXT_KEYS
    CHOICES = {"forecast": FORECAST_CHOICES, "corroboration": CORROBORATION_CHOICES,
               "review": REVIEW_CHOICES}

    def active(self) -> dict[str, object]:
        """The filters that differ from their defaults, by URL key."""
        default = Filters()
        return {f.name: getattr(self, f.name) for f in fields(self)
                if getattr(self, f.name) != getattr(default, f.name)}


@dataclass(frozen=True)
class ImpactFilters:
    """The Impacts page's filters, bound to the URL like Explore's."""
    publisher: tuple[str, ...] = ()
    speaker: tuple[str, ...] = ()
    sector: tuple[str, ...] = ()  # sector labels ("Animation"): what the filter shows and the URL holds
    direction: tuple[str, ...] = ()  # harm | benefit | mixed | none
    kind: tuple[str, ...] = ()  # forecast | present | history | speculation
    q: str = ""  # sentence contains

    MULTI_KEYS = ("publisher", "speaker", "sector", "direction", "kind")
    NUMBER_KEYS = ()
    INTEGER_RANGES = {}
    TEXT_KEYS = ("q",)
    CHOICES = {}

    def active(self) -> dict[str, object]:
        default = ImpactFilters()
        return {f.name: getattr(self, f.name) for f in fields(self)
                if getattr(self, f.name) != getattr(default, f.name)}


# The table's order, across every filtered figure (not only the page on screen): the name in
# the URL and menu, and the column of the selection it sorts by.
SORTS = {"newest first": "published DESC NULLS LAST", "oldest first": "published NULLS LAST",
         "largest value first": "value DESC NULLS LAST", "smallest value first": "value NULLS LAST",
         "largest in US dollars first": "value_usd DESC NULLS LAST",
         "nearest horizon first": "horizon_year NULLS LAST", "furthest horizon first": "horizon_year DESC NULLS LAST"}


@dataclass(frozen=True)
class TableView:
    """Explore's table: its order and page, kept in the URL beside the filters."""
    sort: str = "newest first"
    page: int = 1

    MULTI_KEYS = ()
    NUMBER_KEYS = ("page",)
    INTEGER_RANGES = {"page": (1, 10**9)}
    TEXT_KEYS = ()
    CHOICES = {"sort": tuple(SORTS)}

    def active(self) -> dict[str, object]:
        default = TableView()
        return {f.name: getattr(self, f.name) for f in fields(self)
                if getattr(self, f.name) != getattr(default, f.name)}


def check_params(params: dict[str, list[str]], options: dict[str, set[str]], kind: type = Filters,
                 page_keys: tuple[str, ...] = ()):
    """Filters (of class `kind`) from URL parameters, and a note for every parameter ignored.

    `params` maps each key to all its values (repeated keys for multiple selections);
    `options` gives the allowed values of the multi-select filters. Unknown keys, unknown
    values and malformed numbers are ignored, each with a note; nothing raises."""
    notes: list[str] = []
    values: dict[str, object] = {}
    url_keys = tuple(f.name for f in fields(kind))
    for key, raw in params.items():
        if key in page_keys:
            continue
        if key not in url_keys:
            notes.append(f"Ignored unknown parameter '{_short(key)}'.")
            continue
        if key in kind.MULTI_KEYS:
            allowed = options.get(key, set())
            good = tuple(dict.fromkeys(v for v in raw if v in allowed))
            bad = [v for v in raw if v not in allowed and v != ""]
            if bad:
                notes.append(f"Ignored {key} value{'s' if len(bad) > 1 else ''} "
                             f"{', '.join(repr(_short(v)) for v in bad[:3])}: not in the data.")
            values[key] = good
        elif key in kind.NUMBER_KEYS:
            number = _number(raw[-1] if raw else "")
            bounds = kind.INTEGER_RANGES.get(key)
            if number is None and raw and raw[-1] != "":
                notes.append(f"Ignored {key}={_short(raw[-1])!r}: not a number.")
            elif number is not None and bounds and not (bounds[0] <= number <= bounds[1] and number == int(number)):
                what = "a year" if bounds == YEARS else "a whole number"
                notes.append(f"Ignored {key}={_short(raw[-1])!r}: not {what} from {bounds[0]} to {bounds[1]}.")
            elif number is not None:
                values[key] = int(number) if bounds else number
        elif key in kind.CHOICES:
            choices = kind.CHOICES[key]
            value = raw[-1] if raw else choices[0]
            if value not in choices:
                notes.append(f"Ignored {key}={_short(value)!r}: use {', '.join(choices[:-1])} or {choices[-1]}.")
            else:
                values[key] = value
        elif key in kind.TEXT_KEYS:
            text = (raw[-1] if raw else "").strip()
            if len(text) > MAX_TEXT:
                notes.append(f"Shortened {key} to {MAX_TEXT} characters.")
                text = text[:MAX_TEXT]
            values[key] = text
    return kind(**values), notes


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def describe_filters(filters, article_titles: dict[str, str] | None = None) -> dict[str, str]:
    """The active filters in words, by URL key: {"type": "survey, jobs"} (for a file's record)."""
    out = {}
    for key, value in filters.active().items():
        if key == "article" and article_titles:
            value = tuple(article_titles.get(v, v) for v in value)
        out[key] = "; ".join(map(str, value)) if isinstance(value, tuple) else str(value)
    return out


def describe(filters: Filters | ImpactFilters, article_titles: dict[str, str] | None = None) -> str:
    """A short slug of the active filters for download file names: "type-survey_q-jobs"."""
    parts = []
    for key, value in filters.active().items():
        if key == "article" and article_titles:
            value = tuple(article_titles.get(v, v) for v in value)
        text = "+".join(map(str, value)) if isinstance(value, tuple) else str(value)
        parts.append(f"{key}-{text}")
    slug = "_".join(parts) or "all"
    slug = "".join(ch if ch.isalnum() or ch in "-_+." else "-" for ch in slug.lower())
    while "--" in slug:
        slug = slug.replace("--", "-")
    return slug[:80].strip("-_")


def url_values(filters) -> dict[str, list[str]]:
    """The URL parameters that stand for `filters` (defaults left out), as plain strings: what
    a page writes back over parameters that check_params had to correct, before its bound
    widgets read them."""
    out: dict[str, list[str]] = {}
    for key, value in filters.active().items():
        if isinstance(value, tuple):
            out[key] = [str(v) for v in value]
        else:
            out[key] = [str(value)]
    return out


def corrections(raw: dict[str, list[str]], filters) -> dict[str, list[str] | None]:
    """For each filter parameter whose URL value is not what `filters` kept: the values to
    write back, or None to remove it. Page state (the open tab) is left alone."""
    wanted = url_values(filters)
    kind = type(filters)
    out = {}
    for key, values in raw.items():
        if key not in kind.__dataclass_fields__ or values == wanted.get(key, []):
            continue
        kept = getattr(filters, key)
        if key in kind.NUMBER_KEYS and kept is not None and len(values) == 1 and _number(values[0]) == kept:
            continue  # "100" and 100.0: the same number, no need to rewrite the address
        out[key] = wanted.get(key)
    return out
