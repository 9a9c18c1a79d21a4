"""Impact Claims: routes the pages. Run with `make run` (or `streamlit run dashboard/app.py`)."""
from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

# `streamlit run dashboard/app.py` puts dashboard/ on the path, not the project root.
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from dashboard.address import arrive  # noqa: E402 - needs the path above
from dashboard.media import keep_generated_downloads  # noqa: E402
from dashboard.writes import read_only  # noqa: E402

keep_generated_downloads()
st.set_page_config(page_title="Impact Claims", page_icon=":material/movie:", layout="wide")
# Not "pages/": Streamlit would also serve that folder as pages of its own, outside this router.
PAGES = Path(__file__).resolve().parent / "views"
pages = [
    st.Page(PAGES / "explore.py", title="Explore", icon=":material/search:", url_path="home", default=True),
    st.Page(PAGES / "impacts.py", title="Impacts", icon=":material/balance:", url_path="impacts"),
    st.Page(PAGES / "article.py", title="Article", icon=":material/article:", url_path="article"),
    st.Page(PAGES / "add.py", title="Add articles", icon=":material/add_circle:", url_path="add"),
    st.Page(PAGES / "about.py", title="About", icon=":material/info:", url_path="about"),
]
if read_only():  # a published copy: nothing on it writes
    pages = [p for p in pages if p.url_path != "add"]
# The default page is served at the root (its own path, "home", is only reserved): "/explore",
# typed or shared, would be "Page not found". The same page at that address too, left out of
# the menu drawn below.
explore_by_name = st.Page(PAGES / "explore.py", title="Explore", icon=":material/search:", url_path="explore")
navigation = st.navigation([*pages, explore_by_name], position="hidden")
with st.sidebar.container(key="menu"):
    for page in pages:  # at /explore, its entry is that page: marked as the one on screen
        st.page_link(explore_by_name if page is pages[0] and navigation.url_path == "explore" else page)
arrive(navigation.url_path or "explore")  # the default page is served at the root, with no path
navigation.run()
