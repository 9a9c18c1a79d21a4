"""Add articles: paste links or upload files; they are fetched and built in the background,
and the new figures show on the other pages as soon as the build has swapped the database in.
Absent on a read-only server (dashboard.writes)."""
from __future__ import annotations

import streamlit as st

from dashboard import writes
from dashboard.format import escape_markdown

st.title("Add articles")
if writes.read_only():
    st.error("This server is read-only: it publishes the data and adds nothing.")
    st.stop()

st.caption("Links are downloaded with their page's title, author, date and site name; files are read as they "
           "are. Both are then built into the database in the background: figures, sources, corroboration.")
with st.form("add-articles", clear_on_submit=True):
    urls = st.text_area("Article links, one a line", placeholder="https://example.com/news/ai-video-jobs",
                        help=f"http or https only; at most {writes.MAX_URLS}. Feeds and sitemaps: "
                             "`python -m etl fetch --feed URL` or `--sitemap URL`.")
    files = st.file_uploader("Or article files", type=[s.lstrip(".") for s in writes.ARTICLE_SUFFIXES],
                             accept_multiple_files=True, max_upload_size=int(writes.MAX_UPLOAD_MB),
                             help=f"Text, Markdown or saved web pages; at most {writes.MAX_UPLOADS} files of "
                                  f"{writes.MAX_UPLOAD_MB:g} MB each.")
    submitted = st.form_submit_button("Add and build", icon=":material/add:", type="primary")

if submitted:
    saved, refused = writes.save_uploads([(f.name, f.getvalue()) for f in files or []])
    for name, why in refused:
        st.warning(escape_markdown(f"{name}: {why}"))  # a file's name is the uploader's text
    links = [line for line in (urls or "").splitlines() if line.strip()]
    if links or saved:
        try:
            writes.start_job(links)
            if saved:
                st.success(f"Saved {len(saved)} file{'s' * (len(saved) != 1)}: {escape_markdown(', '.join(saved))}")
        except RuntimeError as err:
            st.warning(str(err))
    elif not refused:
        st.info("Paste at least one link or choose a file.")


@st.fragment(run_every=2)
def job_panel() -> None:
    job = writes.current_job()
    if job is None:
        return
    status = job.status()
    st.subheader(f"{'Fetching and building' if job.kind == 'fetch' else 'Building'}: {status}")
    lines = job.tail()
    if lines:
        st.code("\n".join(lines), language=None)
    if status == "done":
        st.success("The new figures are in the database: open Explore to see them.")


job_panel()
