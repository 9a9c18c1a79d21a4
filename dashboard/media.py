"""Keep a generated download alive until its session's next run.

Streamlit generates a deferred download's file when the button is clicked and leaves the
file unreferenced; every script run that ends, in any session, sweeps unreferenced files
(marked on one sweep, deleted on the next). Under concurrent use, two other sessions
finishing a run between the click and the browser's fetch delete the file: the download
fails with a 404 (seen with `bench/load.py`: about one download in three with a few busy
sessions). This ties the generated file to the session that asked for it, as Streamlit does
for every other file, so it lives until that session's next run clears its references.
"""
from __future__ import annotations

import functools
from pathlib import PurePosixPath

from streamlit.runtime.media_file_manager import MediaFileManager

_GENERATED = "#generated"


def keep_generated_downloads() -> None:
    """Install the fix once per process (Streamlit's own method, wrapped)."""
    original = MediaFileManager.execute_deferred
    if getattr(original, "_impact_claims", False):
        return

    @functools.wraps(original)
    def execute_deferred(self: MediaFileManager, file_id: str) -> str:
        url = original(self, file_id)
        generated = PurePosixPath(url.split("?", 1)[0]).stem
        with self._lock:
            entry = self._deferred_callables.get(file_id)
            if entry is not None and generated in self._file_metadata:
                refs = self._files_by_session_and_coord[entry["session_id"]]
                refs[entry["coordinates"] + _GENERATED] = generated
        return url

    execute_deferred._impact_claims = True
    MediaFileManager.execute_deferred = execute_deferred
