"""The six districts of 示例市 and the short names callers use for them."""

from __future__ import annotations

import re

DISTRICTS: tuple[str, ...] = ("东城区", "西城区", "南湖区", "北山区", "高新区", "滨江新区")

# Short or colloquial forms -> canonical name. The canonical names themselves are matched too.
_ALIASES: dict[str, str] = {
    "东城": "东城区",
    "西城": "西城区",
    "南湖": "南湖区",
    "北山": "北山区",
    "高新": "高新区",
    "高新技术开发区": "高新区",
    "高新开发区": "高新区",
    "滨江": "滨江新区",
    "滨江区": "滨江新区",
    "滨江新城": "滨江新区",
}
_PATTERN = re.compile(
    "|".join(sorted((re.escape(k) for k in (*DISTRICTS, *_ALIASES)), key=len, reverse=True))
)


def normalize_district(text: str | None) -> str | None:
    """Return the canonical district named in ``text`` ("南湖" -> "南湖区").

    ``None`` when no district is named or when two different districts are named (ambiguous).
    """
    if not text:
        return None
    found = {_ALIASES.get(m, m) for m in _PATTERN.findall(str(text))}
    return found.pop() if len(found) == 1 else None
