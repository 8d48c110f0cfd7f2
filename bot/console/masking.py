"""What an operator without the supervisor role sees of a citizen's personal data.

Phones, resident IDs and bank cards in any text are masked by :mod:`bot.privacy.masking`;
addresses (which no pattern finds reliably in free text) are masked where they are known: the
address slot and the ticket's address, wherever they occur.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from bot.complaints import mask_phone
from bot.privacy.masking import mask_data, mask_text

# An address keeps its first administrative unit (区/县/市/镇/街道), the rest is hidden.
# 小区/社区/园区 are neighbourhoods, not districts.
_ADMIN_UNIT = re.compile(r"^.{1,6}?(?:街道|(?<![小社园校景营])区|县|市|镇|乡)")


def mask_address(address: str | None) -> str:
    if not address:
        return ""
    text = str(address).strip()
    unit = _ADMIN_UNIT.match(text)
    kept = unit.group(0) if unit and unit.end() < len(text) else text[: min(2, len(text) - 1)]
    return f"{kept}****"


class Masker:
    """Masks texts and slot values for one viewer; a no-op for roles that see personal data."""

    def __init__(self, *, reveal: bool, addresses: Iterable[str | None] = ()) -> None:
        self.reveal = reveal
        known: set[str] = set()
        for address in addresses:
            text = str(address or "").strip()
            unit = _ADMIN_UNIT.match(text)
            # Citizens often give the street without the district the form asked first.
            for variant in (text, text[unit.end() :] if unit else ""):
                if len(variant) >= 4:
                    known.add(variant)
        self.addresses = sorted(known, key=len, reverse=True)

    def text(self, value: str | None) -> str:
        if value is None:
            return ""
        if self.reveal:
            return value
        out = value
        for address in self.addresses:
            out = out.replace(address, mask_address(address))
        return mask_text(out)

    def phone(self, value: str | None) -> str:
        if not value:
            return ""
        return value if self.reveal else mask_phone(str(value))

    def address(self, value: str | None) -> str:
        if not value:
            return ""
        return value if self.reveal else mask_address(value)

    def slot(self, name: str, value: Any) -> Any:
        if self.reveal or value is None:
            return value
        if name == "phone_number":
            return self.phone(str(value))
        if name == "address":
            return self.address(str(value))
        if isinstance(value, str):
            return self.text(value)
        return mask_data(value)
