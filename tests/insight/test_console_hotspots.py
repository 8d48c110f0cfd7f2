"""The console's insight page shows the complaint hot spots (table, growing topics, plot)."""

from __future__ import annotations

import datetime as dt
import re

import httpx
from aiohttp import web
from synthetic import complaints

from bot.console.app import Console, build_app
from bot.console.rasa import RasaClient
from bot.db import Database
from bot.operator.accounts import create_operator
from bot.settings import load_settings
from bot.tickets.service import create_ticket
from tests.console.console_helpers import PASSWORD, events_engine, free_port

NOW = dt.datetime(2026, 11, 27, 4, 0, tzinfo=dt.timezone.utc)


async def test_insight_page_shows_hotspot_table_and_plot(tmp_path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'app.db'}")
    engine = database.engine()
    create_operator(engine, username="wang", password=PASSWORD, display_name="王坐席")
    texts, truth = complaints(per_topic=6)
    for i, (text, topic) in enumerate(zip(texts, truth, strict=True)):
        # noise: six complaints this week in 南湖区; the rest spread over earlier weeks
        days_ago = i % 3 if topic == "noise" else 7 * (1 + i % 5)
        create_ticket(
            engine,
            description=text,
            district="南湖区" if topic == "noise" else "北山区",
            address="某路1号",
            phone="13800138000",
            conversation_id=f"c{i}",
            channel="socketio",
            now=NOW - dt.timedelta(days=days_ago),
        )
    console = Console(
        settings=load_settings(env={}),
        database=database,
        tracker_engine=events_engine(tmp_path),
        rasa=RasaClient("http://127.0.0.1:9", api_token="x", operator_token="y"),
        clock=lambda: NOW,
    )
    runner = web.AppRunner(build_app(console))
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            login = await client.get("/login")
            csrf = re.search(r'name="csrf" value="([^"]+)"', login.text).group(1)
            signed = await client.post(
                "/login", data={"csrf": csrf, "username": "wang", "password": PASSWORD}
            )
            assert signed.status_code == 303
            page = await client.get("/insight")
            assert page.status_code == 200
            table = page.text.split('data-testid="hotspots-table"')[1].split("</table>")[0]
            assert "南湖区" in table and "北山区" in table and "W48" in table
            growing = page.text.split('data-testid="hotspots-growing"')[1].split("</table>")[0]
            assert "噪音" in growing or "扰民" in growing
            assert "13800138000" not in page.text and "张伟" not in page.text
            png = await client.get("/insight/hotspots.png")
            assert png.status_code == 200 and png.content.startswith(b"\x89PNG")
    finally:
        await runner.cleanup()
        database.dispose()
