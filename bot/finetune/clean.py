"""Text cleaning for built datasets: normalisation, PII redaction, length filters.

PII redaction delegates to :mod:`bot.pii` (one implementation for the whole project). Public
service numbers from the knowledge base (office hotlines, service-centre phones) are not personal
data; callers pass them as ``allow`` so knowledge answers keep them, while every other phone, ID
number, ticket id or name becomes a typed placeholder.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from bot import pii

# Chinese full-width punctuation stays full-width: NFKC would turn "，" into ",", which is not how
# the hotline's texts (or the answers we want the model to write) look.
_KEEP_FULLWIDTH = set("，。！？：；（）【】「」『』、《》“”‘’～")
_SPACE = re.compile(r"\s+")
_CJK = r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]"
_SPACE_BETWEEN_CJK = re.compile(rf"(?<={_CJK}) (?={_CJK})")
# Private-use sentinels shield allow-listed strings from redaction; they contain no digits.
_SENTINEL = "\ue000{}\ue001"


def normalise(text: str) -> str:
    """NFKC with Chinese punctuation kept full-width; collapse whitespace; trim."""
    out = []
    for ch in text:
        out.append(ch if ch in _KEEP_FULLWIDTH else unicodedata.normalize("NFKC", ch))
    text = "".join(out)
    # NFKC turns the ideographic space into " "; control characters other than \n go.
    text = "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch)[0] != "C")
    lines = [_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(line for line in lines if line)
    return _SPACE_BETWEEN_CJK.sub("", text)


@dataclass
class Redactor:
    """Redacts PII except allow-listed public strings; counts what it replaced."""

    allow: tuple[str, ...] = ()
    replaced: int = 0

    def __call__(self, text: str) -> str:
        if not text:
            return text
        shielded = text
        allowed = sorted({a for a in self.allow if a and a in text}, key=len, reverse=True)
        for n, value in enumerate(allowed):
            shielded = shielded.replace(value, _SENTINEL.format(chr(0xE100 + n)))
        redacted = pii.redact(shielded)
        if redacted != shielded:
            self.replaced += 1
        for n, value in enumerate(allowed):
            redacted = redacted.replace(_SENTINEL.format(chr(0xE100 + n)), value)
        return redacted


def clean_text(text: str, redactor: Redactor) -> str:
    return redactor(normalise(text))


def clean_annotated(
    text: str, entities: Iterable[dict], redactor: Redactor
) -> tuple[str, list[dict]]:
    """Normalise and redact a text while keeping entity offsets right.

    The text is cleaned piece by piece (outside and inside each entity span) so offsets are rebuilt
    exactly; an entity whose mention is PII (a phone number, an ID) keeps its label and gets the
    placeholder as mention and value.
    """
    spans = sorted(entities, key=lambda e: e["start"])
    pieces: list[tuple[str, dict | None]] = []
    pos = 0
    for ent in spans:
        if ent["start"] < pos:
            raise ValueError(f"overlapping entities in {text!r}: {spans}")
        pieces.append((text[pos : ent["start"]], None))
        pieces.append((text[ent["start"] : ent["end"]], ent))
        pos = ent["end"]
    pieces.append((text[pos:], None))
    out_text = ""
    out_entities: list[dict] = []
    for piece, ent in pieces:
        cleaned = normalise(piece) if ent is not None else _normalise_keep_edges(piece)
        cleaned = redactor(cleaned)
        if ent is not None and cleaned:
            value = ent.get("value", piece)
            new_value = redactor(normalise(str(value))) if value != piece else cleaned
            out_entities.append(
                {
                    "start": len(out_text),
                    "end": len(out_text) + len(cleaned),
                    "entity": ent["entity"],
                    "value": new_value,
                }
            )
        out_text += cleaned
    # Pieces were cleaned apart; spaces at their seams are trimmed once more, offsets shifted.
    stripped = out_text.lstrip()
    shift = len(out_text) - len(stripped)
    stripped = stripped.rstrip()
    for ent in out_entities:
        ent["start"] -= shift
        ent["end"] = min(ent["end"] - shift, len(stripped))
    return stripped, [e for e in out_entities if e["end"] > e["start"]]


def _normalise_keep_edges(piece: str) -> str:
    """Normalise a text fragment but keep one leading/trailing space (word boundaries)."""
    if not piece:
        return piece
    core = normalise(piece)
    lead = " " if piece[0].isspace() and core else ""
    trail = " " if piece[-1].isspace() and core else ""
    if not core and piece.strip() == "" and piece:
        return " "
    return f"{lead}{core}{trail}"


@dataclass(frozen=True)
class LengthLimits:
    """Characters. Shorter texts carry no signal; longer ones would be cut at tokenisation anyway."""

    min_text: int = 1
    max_text: int = 400
    min_response: int = 2
    max_response: int = 1500
    max_prompt: int = 3000
