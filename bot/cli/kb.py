"""``python -m bot kb ...``: build, import into, search and ask the knowledge base.

Every command takes ``--db URL`` (after the command name); without it the URL comes from
``BOT_DB_URL``, then from the project settings (a SQLite file by default).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.settings import PROJECT_ROOT, load_settings

DEFAULT_CATALOG = PROJECT_ROOT.parent / "shared" / "data" / "gd_gov_service_catalog" / "policy.json"


def register(subparsers: argparse._SubParsersAction) -> None:
    kb = subparsers.add_parser("kb", help="knowledge base: build, import, search, ask")
    sub = kb.add_subparsers(dest="kb_command", metavar="COMMAND", required=True)

    def with_db(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
        parser.add_argument(
            "--db",
            metavar="URL",
            help="SQLAlchemy database URL (default: $BOT_DB_URL, then settings database.url)",
        )
        return parser

    build = with_db(
        sub.add_parser("build", help="create/migrate the database and load data/knowledge")
    )
    build.add_argument(
        "--knowledge-dir", type=Path, help="curated YAML folder (default: settings knowledge_dir)"
    )
    build.set_defaults(func=cmd_build)

    imp = with_db(
        sub.add_parser("import-catalog", help="import a government service-catalogue file")
    )
    imp.add_argument(
        "path", type=Path, help=f"JSON Lines catalogue export (e.g. {DEFAULT_CATALOG})"
    )
    imp.set_defaults(func=cmd_import_catalog)

    search = with_db(sub.add_parser("search", help="ranked items for a query"))
    search.add_argument("query", help="the question; '-' reads one query per line from stdin")
    search.add_argument("--top-k", type=int, default=5, help="results per query (default 5)")
    search.add_argument("--context-item", help="current service item (resolves follow-ups)")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument("--mode", choices=("hybrid", "bm25"), default="hybrid")
    search.add_argument("--dense-model", type=Path, help="local sentence-embedding model folder")
    search.set_defaults(func=cmd_search)

    ask = with_db(sub.add_parser("ask", help="the composed, cited answer"))
    ask.add_argument("query", help="the question")
    ask.add_argument("--context-item", help="current service item (resolves follow-ups)")
    ask.add_argument("--json", action="store_true", help="print the answer and payload as JSON")
    ask.add_argument("--dense-model", type=Path, help="local sentence-embedding model folder")
    ask.set_defaults(func=cmd_ask)


def _settings(args: argparse.Namespace):
    return load_settings(db_url=getattr(args, "db", None))


def _progress(desc: str):
    """tqdm bar on stderr whose total is set once known; returns (bar, on_total, on_step)."""
    from tqdm import tqdm

    bar = tqdm(desc=desc, unit="item", file=sys.stderr, dynamic_ncols=True)

    def on_total(total: int) -> None:
        bar.reset(total=total)

    def on_step(*_args) -> None:
        bar.update(1)

    return bar, on_total, on_step


def cmd_build(args: argparse.Namespace) -> int:
    from bot.db import make_engine, migrate
    from bot.knowledge.schema import KnowledgeSchemaError
    from bot.knowledge.store import build_knowledge, count_rows

    settings = _settings(args)
    knowledge_dir = args.knowledge_dir or settings.retrieval.knowledge_dir
    migrate(settings.database.url)
    engine = make_engine(settings.database.url)
    bar, on_total, on_step = _progress("loading knowledge")
    try:
        report = build_knowledge(engine, knowledge_dir, on_progress=on_step, on_total=on_total)
    except (KnowledgeSchemaError, FileNotFoundError) as e:
        bar.close()
        print(f"error: {e}", file=sys.stderr)
        print("nothing was loaded.", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    bar.close()
    engine = make_engine(settings.database.url)
    counts = count_rows(engine)
    engine.dispose()
    print(
        f"knowledge base built from {knowledge_dir}: {report.inserted} inserted, "
        f"{report.updated} updated, {report.unchanged} unchanged, {report.removed} removed"
    )
    print("rows: " + ", ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


def cmd_import_catalog(args: argparse.Namespace) -> int:
    from bot.db import make_engine, migrate
    from bot.knowledge.catalog import import_catalog

    settings = _settings(args)
    if not args.path.is_file():
        print(f"error: catalogue file {args.path} does not exist", file=sys.stderr)
        return 1
    migrate(settings.database.url)
    engine = make_engine(settings.database.url)
    bar, on_total, on_step = _progress("importing catalogue")
    try:
        report = import_catalog(engine, args.path, on_progress=on_step, on_total=on_total)
    finally:
        bar.close()
        engine.dispose()
    for problem in report.problems:
        print(f"skipped {args.path.name} {problem}", file=sys.stderr)
    print(report.summary())
    return 0


def _service(args: argparse.Namespace):
    from bot.db import make_engine
    from bot.knowledge.service import KnowledgeService

    settings = _settings(args)
    engine = make_engine(settings.database.url)
    return KnowledgeService.from_settings(settings, engine, getattr(args, "dense_model", None))


def _open_retriever(service) -> int:
    """Build the index; a missing or empty knowledge base is a clear error, not a traceback."""
    from sqlalchemy.exc import OperationalError, ProgrammingError

    try:
        service.retriever  # noqa: B018 - builds the index
    except (OperationalError, ProgrammingError):
        print(
            "error: the database has no knowledge tables; run `python -m bot kb build` first",
            file=sys.stderr,
        )
        return 2
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    if args.top_k < 1:
        print("error: --top-k must be at least 1", file=sys.stderr)
        return 2
    service = _service(args)
    code = _open_retriever(service)
    if code:
        return code
    if args.context_item and args.context_item not in service.retriever.by_id:
        print(f"error: unknown --context-item {args.context_item!r}", file=sys.stderr)
        return 2

    def run(query: str) -> list[dict]:
        hits = service.search(query, args.top_k, args.context_item, args.mode)
        return [{"id": h.id, "name": h.name, "score": round(h.score, 4)} for h in hits]

    if args.query == "-":
        for line in sys.stdin:
            query = line.strip()
            print(json.dumps(run(query) if query else [], ensure_ascii=False), flush=True)
        return 0
    results = run(args.query)
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    elif not results:
        print("no matching items")
    else:
        for n, r in enumerate(results, start=1):
            print(f"{n}. {r['id']}  {r['name']}  (score {r['score']:.3f})")
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    service = _service(args)
    code = _open_retriever(service)
    if code:
        return code
    answer = service.answer(args.query, context_item=args.context_item)
    if args.json:
        data = {
            "text": answer.text,
            **answer.payload(),
            "found": answer.found,
            "offer_handoff": answer.offer_handoff,
            "score": round(answer.score, 4),
        }
        print(json.dumps(data, ensure_ascii=False))
        return 0
    print(answer.text)
    print(
        f"\nsources: {', '.join(answer.sources) or '-'}; aspects: {', '.join(answer.aspects) or '-'}"
    )
    return 0
