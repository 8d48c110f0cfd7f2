"""Random citizens (phone, ID, bank card) and a whole-database scan for their raw identifiers."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select, text
from sqlalchemy.engine import Engine
from stdnum.cn import ric


@dataclass(frozen=True)
class Citizen:
    phone: str  # compact mobile, e.g. 13912345678
    id_number: str  # valid 18-character resident ID
    card: str  # a Luhn-valid bank card number

    @property
    def spaced_phone(self) -> str:
        return f"+86 {self.phone[:3]}-{self.phone[3:7]}-{self.phone[7:]}"

    def raw_forms(self) -> list[str]:
        """Every way the identifiers could leak: compact, and the middle digits of the phone."""
        return [
            self.phone,
            self.id_number,
            self.id_number[6:14],
            self.card,
            self.phone[3:7] + self.phone[7:],
        ]


def _luhn_complete(prefix: str) -> str:
    for check in "0123456789":
        digits = prefix + check
        total = 0
        for i, c in enumerate(reversed(digits)):
            v = int(c)
            if i % 2 == 1:
                v = v * 2 - 9 if v > 4 else v * 2
            total += v
        if total % 10 == 0:
            return digits
    raise AssertionError


def make_citizen(seed: int | None = None) -> Citizen:
    rng = random.Random(seed)
    phone = "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))
    birth = f"{rng.randint(1950, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    body = f"440305{birth}{rng.randint(100, 999)}"
    id_number = body + ric.calc_check_digit(body + "0")  # expects a placeholder check digit
    card = _luhn_complete("622202" + "".join(rng.choice("0123456789") for _ in range(12)))
    return Citizen(phone=phone, id_number=id_number, card=card)


def scan_database(engine: Engine, needles: list[str]) -> list[tuple[str, str, str]]:
    """(table, column, needle) for every cell of every table that contains one of ``needles``."""
    hits = []
    with engine.connect() as connection:
        for table in inspect(engine).get_table_names():
            rows = connection.execute(text(f'SELECT * FROM "{table}"')).mappings().all()
            for row in rows:
                for column, value in row.items():
                    cell = "" if value is None else str(value)
                    hits.extend((table, column, n) for n in needles if n in cell)
    return hits


def count_rows(engine: Engine, table: Any) -> int:
    with engine.connect() as connection:
        return len(connection.execute(select(table)).all())
