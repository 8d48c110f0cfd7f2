"""``python -m bot privacy ...``: retention purge and a citizen's own data (export, delete).

``protect`` rewrites conversations stored before the privacy tracker store was configured (masked
text, encrypted slots). Every command is a dry run unless ``--yes`` is given, and prints what it counted. Databases:
``--tracker-db URL`` (else ``privacy.tracker_db_url`` in the settings: the tracker store that
``endpoints.yml`` names) and ``--db URL`` (tickets and appointments; else ``database.url``).
``export`` and ``delete`` find conversations by a keyed hash of the phone, so they need the data
key: ``$MINSHENG_DATA_KEY`` (the variable ``privacy.data_key_env`` names), else the development key
``var/data_key`` that ``make run`` keeps.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from bot.db import make_engine
from bot.privacy.crypto import DEV_KEY_FILE, DataKeyInvalid, DataKeyMissing, FieldCipher
from bot.privacy.retention import (
    PrivacyRequestError,
    Report,
    delete_subject,
    export_subject,
    protect_existing,
    purge,
)
from bot.settings import Settings, load_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    privacy = subparsers.add_parser(
        "privacy", help="retention purge; export or delete a citizen's data"
    )
    sub = privacy.add_subparsers(dest="privacy_command", metavar="COMMAND", required=True)

    def with_dbs(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
        parser.add_argument(
            "--tracker-db",
            metavar="URL",
            help="tracker store database (default: settings privacy.tracker_db_url)",
        )
        parser.add_argument(
            "--db", metavar="URL", help="tickets database (default: settings database.url)"
        )
        parser.add_argument(
            "--yes", action="store_true", help="apply the changes (default: dry run)"
        )
        return parser

    purge_parser = with_dbs(
        sub.add_parser(
            "purge",
            help="delete old conversations, blank closed tickets and past appointments",
        )
    )
    purge_parser.add_argument(
        "--older-than",
        type=int,
        metavar="DAYS",
        help="retention period in days (default: settings privacy.retention_days)",
    )
    purge_parser.set_defaults(func=cmd_purge)

    export = with_dbs(sub.add_parser("export", help="everything stored about one phone, as JSON"))
    export.add_argument("--phone", required=True, help="the citizen's phone number")
    export.add_argument("--output", type=Path, help="write the JSON here instead of stdout")
    export.set_defaults(func=cmd_export)

    delete = with_dbs(sub.add_parser("delete", help="delete / blank one phone's data"))
    delete.add_argument("--phone", required=True, help="the citizen's phone number")
    delete.add_argument(
        "--include-open",
        action="store_true",
        help="also blank open tickets and cancel upcoming appointments",
    )
    delete.set_defaults(func=cmd_delete)

    protect = with_dbs(
        sub.add_parser(
            "protect",
            help="mask/encrypt conversations stored before the privacy tracker store was used",
        )
    )
    protect.set_defaults(func=cmd_protect)


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(db_url=getattr(args, "db", None))


def _tracker_url(args: argparse.Namespace, settings: Settings) -> str:
    return args.tracker_db or settings.privacy.tracker_db_url


def _cipher(settings: Settings) -> FieldCipher:
    return FieldCipher.from_environment(
        settings.privacy.data_key_env,
        dev_key_file=DEV_KEY_FILE if DEV_KEY_FILE.exists() else None,
    )


def _print(report: Report) -> None:
    for line in report.lines():
        print(line)


def _fail(error: Exception) -> int:
    print(f"error: {error}", file=sys.stderr)
    return 2


def cmd_purge(args: argparse.Namespace) -> int:
    settings = _settings(args)
    days = args.older_than if args.older_than is not None else settings.privacy.retention_days
    try:
        report = purge(
            make_engine(_tracker_url(args, settings)),
            make_engine(settings.database.url),
            older_than_days=days,
            audit_retention_days=settings.privacy.audit_retention_days,
            now=dt.datetime.now(dt.timezone.utc),
            apply=args.yes,
        )
    except PrivacyRequestError as e:
        return _fail(e)
    print(f"retention {days} days, audit records kept {settings.privacy.audit_retention_days} days")
    _print(report)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    settings = _settings(args)
    try:
        data = export_subject(
            make_engine(_tracker_url(args, settings)),
            make_engine(settings.database.url),
            _cipher(settings),
            args.phone,
        )
    except (PrivacyRequestError, DataKeyMissing, DataKeyInvalid) as e:
        return _fail(e)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    print(
        f"tickets: {len(data['tickets'])}, appointments: {len(data['appointments'])}, "
        f"conversations: {len(data['conversations'])}",
        file=sys.stderr,
    )
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    settings = _settings(args)
    try:
        report = delete_subject(
            make_engine(_tracker_url(args, settings)),
            make_engine(settings.database.url),
            _cipher(settings),
            args.phone,
            include_open=args.include_open,
            now=dt.datetime.now(dt.timezone.utc),
            apply=args.yes,
        )
    except (PrivacyRequestError, DataKeyMissing, DataKeyInvalid) as e:
        return _fail(e)
    _print(report)
    return 0


def cmd_protect(args: argparse.Namespace) -> int:
    settings = _settings(args)
    try:
        report = protect_existing(
            make_engine(_tracker_url(args, settings)), _cipher(settings), apply=args.yes
        )
    except (DataKeyMissing, DataKeyInvalid) as e:
        return _fail(e)
    _print(report)
    return 0
