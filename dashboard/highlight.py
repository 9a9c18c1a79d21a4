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
.ic-article mark.ic-impact { background: none; border-bottom: 2px solid #7b61a8; padding: 0; }
.ic-article mark.ic-impact-selected { background: #e4dcf3; border-bottom: 2px solid #4b2e83; }
</style>"""


def article_html(text: str, claims: list[dict], selected: str | None = None,
                 impacts: list[dict] = ()) -> str:
    """`claims`: dicts with claim_id, char_start, char_end, claim_type, value, unit;
    `impacts`: dicts with impact_id, mention_start, mention_end, sector, direction (their
    sector words are underlined where they do not overlap a figure). `selected` is a claim
    or impact id."""
    marks = [(int(c["char_start"]), int(c["char_end"]), "claim", c) for c in claims]
    marks += [(int(i["mention_start"]), int(i["mention_end"]), "impact", i) for i in impacts]
    parts = [STYLE, '<div class="ic-article">']
    pos = 0
    named: set[str] = set()  # a statement naming three sectors has three marks and one id
    for start, end, kind, item in sorted(marks, key=lambda m: (m[0], m[2] != "claim")):
        if start < pos or end > len(text):
            continue  # overlaps a mark already made: figures come first
        parts.append(html.escape(text[pos:start]))
        if kind == "claim":
            ident = item["claim_id"]
            cls = "ic-selected" if ident == selected else "ic-figure"
            tip = f"{item['claim_type']} · {item['value']:g} {item['unit']}"
        else:
            ident = item["impact_id"]
            cls = "ic-impact-selected" if ident == selected else "ic-impact"
            tip = f"{item['sector']} · {item['direction']}"
        anchor = f"{kind}-{ident}"
        id_attr = "" if anchor in named else f'id="{html.escape(anchor, quote=True)}" '
        named.add(anchor)
        parts.append(f'<mark {id_attr}class="{cls}" '
                     f'title="{html.escape(tip, quote=True)}">{html.escape(text[start:end])}</mark>')
        pos = end
    parts.append(html.escape(text[pos:]))
    parts.append("</div>")
    return "".join(parts)


def scroll_script(claim_id: str | None, kind: str = "claim") -> str | None:
    """A script that scrolls the page to a figure (or impact statement); None unless the id
    is well formed, so nothing from a URL reaches the script but sixteen hex digits."""
    if not claim_id or not CLAIM_ID_RE.fullmatch(claim_id) or kind not in ("claim", "impact"):
        return None
    return ("<script>(function(){const go=()=>{const d=window.parent.document;"
            f"const el=d.getElementById('{kind}-{claim_id}');"
            "if(el){el.scrollIntoView({block:'center'});}else{setTimeout(go,200);}};go();})();</script>")
