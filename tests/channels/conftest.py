"""socket.io clients against a running server (the server fixture: ``sanic_serving``)."""

from __future__ import annotations

import aiohttp

# python-engineio 4.15's AsyncClient builds aiohttp.ClientWSTimeout (aiohttp >= 3.10) for its
# websocket transport; Rasa 3.6 pins aiohttp 3.9, whose ws_connect takes the close timeout as a
# float. Only the test client needs this (the server side does not use aiohttp).
if not hasattr(aiohttp, "ClientWSTimeout"):
    aiohttp.ClientWSTimeout = lambda ws_close=10.0, **_: ws_close  # type: ignore[attr-defined]
