"""``python -m bot serve``: an OpenAI-compatible HTTP server around the in-process engine.

vLLM-entrypoint shape: :mod:`.protocol` (request/response schemas), :mod:`.serving` (the chat
completion logic over an :class:`~bot.llm.engine.Engine`), :mod:`.api` (aiohttp routes only).
"""

from bot.llm.server.api import build_app, run_server

__all__ = ["build_app", "run_server"]
