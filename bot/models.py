"""Imports every feature's models so that ``Base.metadata`` knows all tables (Alembic, tests)."""

from __future__ import annotations

import importlib

# Feature modules register their tables on bot.db.Base when imported. A feature that has not
# landed yet is simply absent.
for _module in (
    "bot.tickets.models",
    "bot.knowledge.models",
    "bot.operator.models",
    "bot.feedback",
):
    try:
        importlib.import_module(_module)
    except ModuleNotFoundError as e:  # only tolerate the feature module itself being absent
        if not _module.startswith(str(e.name)):
            raise
