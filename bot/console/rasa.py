"""The console's calls to the Rasa server: tracker reads, slot events, operator replies.

Contracts (see /work/coord/INTERFACES.md, "Web chat ↔ console"):

- ``GET /conversations/{id}/tracker?token=…`` (Rasa HTTP API, ``--enable-api --auth-token``);
- ``POST /conversations/{id}/tracker/events?token=…`` with slot events: take (``handoff_operator``)
  and hand back / close (``handoff_active`` false, ``handoff_operator`` null);
- ``POST /webhooks/socketio/operator_message`` with ``X-Minsheng-Token`` (the operator token): the
  reply reaches the citizen's web chat and is recorded in the tracker.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import aiohttp

TIMEOUT = aiohttp.ClientTimeout(total=10)


class RasaError(RuntimeError):
    """The Rasa server refused or failed a request; ``status`` is its HTTP status (0: unreachable)."""

    def __init__(self, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.status = status


class RasaClient:
    def __init__(self, base_url: str, *, api_token: str | None, operator_token: str | None):
        self.base_url = base_url.rstrip("/")
        self.api_token = api_token or ""
        self.operator_token = operator_token or ""
        self._session: aiohttp.ClientSession | None = None

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=TIMEOUT)
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    def _conversation(self, conversation_id: str, tail: str) -> str:
        return f"{self.base_url}/conversations/{quote(conversation_id, safe='')}/{tail}"

    async def _json(self, method: str, url: str, **kwargs: Any) -> Any:
        try:
            async with self._http().request(method, url, **kwargs) as response:
                if response.status >= 400:
                    raise RasaError(f"Rasa answered HTTP {response.status}", response.status)
                return await response.json(content_type=None)
        except aiohttp.ClientError as e:
            raise RasaError(f"Rasa server unreachable ({type(e).__name__})") from e
        except TimeoutError as e:
            raise RasaError("Rasa server did not answer in time") from e

    async def tracker(self, conversation_id: str) -> dict[str, Any]:
        """The conversation's tracker (events after the last restart, slots)."""
        return await self._json(
            "GET",
            self._conversation(conversation_id, "tracker"),
            params={"token": self.api_token, "include_events": "AFTER_RESTART"},
        )

    async def set_slots(self, conversation_id: str, slots: dict[str, Any]) -> None:
        events = [{"event": "slot", "name": k, "value": v} for k, v in slots.items()]
        await self._json(
            "POST",
            self._conversation(conversation_id, "tracker/events"),
            params={"token": self.api_token, "include_events": "NONE"},
            json=events,
        )

    async def operator_message(self, conversation_id: str, text: str, operator: str) -> dict:
        if not self.operator_token:
            raise RasaError("operator token not configured", 503)
        return await self._json(
            "POST",
            f"{self.base_url}/webhooks/socketio/operator_message",
            headers={"X-Minsheng-Token": self.operator_token},
            json={"sender_id": conversation_id, "text": text, "operator": operator},
        )
