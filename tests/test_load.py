"""A short load run in the suite: several websocket sessions at once change filters and
download CSVs against a real server; not one error. (`bench/load.py` runs the full 20
sessions for 60 s and reports latency.) Downloads failed here, about one in three, before
dashboard/media.py kept generated files alive until their session's next run."""
from __future__ import annotations

import asyncio

from tests.conftest import load_bench


def test_concurrent_sessions_change_filters_and_download_without_errors(seed_db, capsys):
    with load_bench.serve(seed_db) as url:
        status = asyncio.run(load_bench.load(url, sessions=6, seconds=12, mode="websocket", think=0))
    out = capsys.readouterr().out
    assert status == 0, out
    assert " 0 errors" in out and "download CSV" in out and "search" in out
