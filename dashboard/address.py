"""Each page's state in its own address: the page owns its parameters, and the address bar
always shows the page on screen with exactly its state.

Widgets are synced with the URL here, by hand, rather than with `bind="query-params"`:
Streamlit keys a bound parameter by widget key across the whole app, so Explore's and
Impacts' "publisher" were one value and followed the reader from page to page. Here:

- the URL wins whenever it changed from outside: a pasted link, Back and Forward, an
  edited address, a link from another page, the menu (which opens a page with no filters,
  as its link says: Back, not the menu, returns to the filtered view); and it is checked
  again when the database has been rebuilt under an open page;
- every run writes the page's parameters, and only its own, back to the URL.

URL values are plain strings, checked by `filters.check_params` (never deserialised into
objects, never SQL); a note says what was ignored.
"""
from __future__ import annotations

from dataclasses import fields

import streamlit as st

from dashboard.filters import check_params, url_values
from dashboard.format import escape_markdown

ON_SCREEN = "_address.page"  # the page this run draws
ENTERED = "_address.entered"  # whether the previous run drew another page


def arrive(page: str) -> None:
    """Note which page this run draws (every page, from the router): a page arrived at from
    another one takes its state from the URL alone."""
    st.session_state[ENTERED] = st.session_state.get(ON_SCREEN) != page
    st.session_state[ON_SCREEN] = page


def _written(page: str) -> str:
    return f"_address.{page}.params"


def widget_value(value):
    """A filter value as its widget holds it (multi-selects hold lists)."""
    return list(value) if isinstance(value, tuple) else value


class PageAddress:
    """The URL state of one page, made of one or more filter-like dataclasses (`kinds`).

    Create it before the page's widgets: it puts the URL's values into the widgets' session keys, which are the parameter names. Build the widgets with
    those keys and no default of their own, then call `write` with what they hold."""

    def __init__(self, page: str, kinds: tuple[type, ...], options: dict[str, set[str]],
                 foreign: tuple[str, ...] = (), data_version: object = None):
        self.page, self.kinds = page, kinds
        # parameters the page leaves alone: Streamlit's own bound ones (the open tab)
        self.foreign = foreign
        self.keys = tuple(f.name for kind in kinds for f in fields(kind))
        raw = {key: st.query_params.get_all(key) for key in st.query_params.keys()}
        entered = st.session_state.get(ENTERED, True)
        written = st.session_state.get(_written(page), {})
        own = {key: values for key, values in raw.items() if key not in foreign}
        # a rebuilt database may lack a value the page filters on: the address is checked again
        rebuilt = st.session_state.get(f"_address.{page}.data") != data_version
        st.session_state[f"_address.{page}.data"] = data_version
        self.seeded = entered or rebuilt or own != written
        self.values = []
        notes: list[str] = []
        for kind in kinds:
            others = tuple(k for k in self.keys if k not in kind.__dataclass_fields__) + foreign
            checked, kind_notes = check_params(own, options, kind, others)
            notes.extend(kind_notes)  # an unknown parameter is noted by each kind, and shown once
            self.values.append(checked)
        if self.seeded:
            for value in self.values:
                for f in fields(value):
                    st.session_state[f.name] = widget_value(getattr(value, f.name))
        for note in dict.fromkeys(notes):  # notes quote the URL: shown as text, never as markdown
            st.info(escape_markdown(note), icon="ℹ️")

    def write(self, *values) -> None:
        """Put `values` (one instance of each kind, from the widgets) in the address: set what
        differs from the default, remove the rest and anything unknown."""
        wanted: dict[str, list[str]] = {}
        for value in values:
            wanted.update(url_values(value))
        for key in list(st.query_params.keys()):
            if key not in self.foreign and key not in wanted:
                del st.query_params[key]
        for key, strings in wanted.items():
            if st.query_params.get_all(key) != strings:
                st.query_params[key] = strings
        st.session_state[_written(self.page)] = wanted

    def clear(self, *defaults) -> None:
        """Back to `defaults` (a callback for a "Clear filters" button)."""
        for value in defaults:
            for f in fields(value):
                st.session_state[f.name] = widget_value(getattr(value, f.name))
