"""Keep a generated download alive until its session's next run.

Streamlit generates a deferred download's file when the button is clicked and leaves the
file unreferenced; every script run that ends, in any session, sweeps unreferenced files
(marked on one sweep, deleted on the next). Under concurrent use, two other sessions
finishing a run between the click and the browser's fetch delete the file: the download
fails with a 404 (seen with `bench/load.py`: about one download in three with a few busy
sessions). This ties the generated file to the session that asked for it, as Streamlit does
for every other file, so it lives until that session's next run clears its references.
And since that next run can come before the browser's fetch (a busy session clicking again),
a generated file is never swept in its first GRACE_SECONDS either.
"""
from __future__ import annotations

import functools
import time
from pathlib import PurePosixPath

from streamlit.runtime.media_file_manager import MediaFileManager

_GENERATED = "#generated"
_GRACE_SESSION = "#impact-claims-grace"  # a stand-in session holding the files still in their grace time
GRACE_SECONDS = 30.0


def keep_generated_downloads() -> None:
    """Install the fix once per process (Streamlit's own method, wrapped)."""
    original = MediaFileManager.execute_deferred
    if getattr(original, "_impact_claims", False):
        return
    sweep = MediaFileManager.remove_orphaned_files
    born: dict[str, float] = {}  # generated file id -> when it was generated

    @functools.wraps(original)
    def execute_deferred(self: MediaFileManager, file_id: str) -> str:
        url = original(self, file_id)
        generated = PurePosixPath(url.split("?", 1)[0]).stem
        with self._lock:
            entry = self._deferred_callables.get(file_id)
            if entry is not None and generated in self._file_metadata:
                refs = self._files_by_session_and_coord[entry["session_id"]]
                refs[entry["coordinates"] + _GENERATED] = generated
                born[generated] = time.monotonic()
        return url

    @functools.wraps(sweep)
    def remove_orphaned_files(self: MediaFileManager) -> None:
        now = time.monotonic()
        with self._lock:
            for file_id, when in list(born.items()):
                if now - when > GRACE_SECONDS or file_id not in self._file_metadata:
                    del born[file_id]
            self._files_by_session_and_coord[_GRACE_SESSION] = {f"{n}": f for n, f in enumerate(born)}
        try:
            sweep(self)
        finally:
            with self._lock:
                self._files_by_session_and_coord.pop(_GRACE_SESSION, None)

    execute_deferred._impact_claims = True
    MediaFileManager.execute_deferred = execute_deferred
    MediaFileManager.remove_orphaned_files = remove_orphaned_files
