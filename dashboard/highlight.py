"""An article as HTML with every figure highlighted and anchored. Pure.

All article text is escaped: whatever an article contains (tags, scripts, markdown) is
shown as text. Only the <mark> elements and their ids come from this module.
"""
from __future__ import annotations

import html
import re

CLAIM_ID_RE = re.compile(r"[0-9a-f]{16}")
STYLE = """<style>
.ic-article { white-space: pre-wrap; line-height: 1.65; font-size: 1rem; max-width: 52rem; }
.ic-article mark { background: #fde8b0; padding: 0 2px; border-radius: 3px; }
.ic-article mark.ic-selected { background: #f4a259; outline: 2px solid #b4441c; }
</style>"""


def article_html(text: str, claims: list[dict], selected: str | None = None) -> str:
    """`claims`: dicts with claim_id, char_start, char_end, claim_type, value, unit."""
    parts = [STYLE, '<div class="ic-article">']
    pos = 0
    for c in sorted(claims, key=lambda c: c["char_start"]):
        start, end = int(c["char_start"]), int(c["char_end"])
        if start < pos or end > len(text):
            continue
        parts.append(html.escape(text[pos:start]))
        cls = "ic-selected" if c["claim_id"] == selected else "ic-figure"
        tip = html.escape(f"{c['claim_type']} · {c['value']:g} {c['unit']}", quote=True)
        parts.append(f'<mark id="claim-{html.escape(str(c["claim_id"]), quote=True)}" class="{cls}" title="{tip}">'
                     f"{html.escape(text[start:end])}</mark>")
        pos = end
    parts.append(html.escape(text[pos:]))
    parts.append("</div>")
    return "".join(parts)


def scroll_script(claim_id: str | None) -> str | None:
    """A script that scrolls the page to a figure; None unless the id is a well-formed claim id,
    so nothing from a URL reaches the script but sixteen hex digits."""
    if not claim_id or not CLAIM_ID_RE.fullmatch(claim_id):
        return None
    return ("<script>(function(){const go=()=>{const d=window.parent.document;"
            f"const el=d.getElementById('claim-{claim_id}');"
            "if(el){el.scrollIntoView({block:'center'});}else{setTimeout(go,200);}};go();})();</script>")
