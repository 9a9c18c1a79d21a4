"""NewsQuant (590 news sentences): the extractor through its JSON Lines interface."""
import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SHARED

SCORER = SHARED / "tools" / "score_newsquant.py"


@pytest.mark.skipif(not SCORER.exists(), reason="../shared not present")
def test_newsquant_value_f1_meets_the_bar():
    out = subprocess.run([sys.executable, str(SCORER), "--cmd", f"{sys.executable} -m etl extract --jsonl"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300).stdout
    scores = dict(re.findall(r"(\w+_f1)=([\d.]+)", out.splitlines()[-1]))
    assert float(scores["value_f1"]) >= 88.0, out
