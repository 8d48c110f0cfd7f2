"""``python -m bot console``: serve the operator console; ``console create-operator``: accounts.

``python -m bot console [serve] [--host H] [--port P]`` serves on settings.console.host/port.
``python -m bot console create-operator --username U [--role operator|supervisor]
[--display-name N]`` asks for the password twice, or reads it from the environment variable
``MINSHENG_OPERATOR_PASSWORD`` (for scripts and CI; never on the command line).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys

PASSWORD_ENV = "MINSHENG_OPERATOR_PASSWORD"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("console", help="operator console (serve, create-operator)")
    parser.set_defaults(func=_serve, host=None, port=None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    serve = commands.add_parser("serve", help="serve the console (the default)")
    serve.add_argument("--host", default=None, help="default: settings console.host")
    serve.add_argument("--port", type=int, default=None, help="default: settings console.port")
    serve.set_defaults(func=_serve)
    create = commands.add_parser("create-operator", help="create an operator account")
    create.add_argument("--username", required=True)
    create.add_argument("--role", choices=("operator", "supervisor"), default="operator")
    create.add_argument(
        "--display-name", default=None, help="name shown to citizens; default the username"
    )
    create.set_defaults(func=_create_operator)
    listing = commands.add_parser("list-operators", help="list operator accounts")
    listing.set_defaults(func=_list_operators)


def _engine():
    from bot.db import Database
    from bot.settings import load_settings

    settings = load_settings()
    return Database.from_settings(settings.database).engine()


def _password() -> str:
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise SystemExit(f"no terminal to ask for the password: set {PASSWORD_ENV}")
    first = getpass.getpass("密码 / password: ")
    if getpass.getpass("再输入一次 / again: ") != first:
        raise SystemExit("the two passwords differ")
    return first


def _create_operator(args: argparse.Namespace) -> int:
    from bot.operator.accounts import AccountError, create_operator

    try:
        password = _password()
        operator = create_operator(
            _engine(),
            username=args.username,
            password=password,
            role=args.role,
            display_name=args.display_name,
        )
    except AccountError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    print(f"operator {operator.username} ({operator.role}) created")
    return 0


def _list_operators(_: argparse.Namespace) -> int:
    from bot.operator.accounts import list_operators

    for op in list_operators(_engine()):
        print(f"{op.username}\t{op.role}\t{op.display_name}")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from aiohttp import web

    from bot.console.app import Console, build_app
    from bot.settings import load_settings

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    settings = load_settings()
    console = Console.from_settings(settings)
    if not console.rasa.api_token:
        logging.warning(
            "console: %s is not set; the console cannot read conversations",
            settings.console.api_token_env,
        )
    host = args.host or settings.console.host
    port = args.port or settings.console.port
    print(f"operator console on http://{host}:{port}/", flush=True)
    web.run_app(build_app(console), host=host, port=port, access_log=None, print=None)
    return 0
