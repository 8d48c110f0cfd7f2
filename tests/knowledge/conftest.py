"""Fixtures for the knowledge-base tests: real curated data in fresh SQLite databases."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.db import make_engine, migrate
from bot.knowledge.catalog import import_catalog
from bot.knowledge.retrieval import KnowledgeRetriever
from bot.knowledge.store import build_knowledge
from bot.settings import PROJECT_ROOT, shared_data_dir

KNOWLEDGE_DIR = PROJECT_ROOT / "data" / "knowledge"
QUESTIONS_DIR = Path(__file__).resolve().parent


def catalog_path() -> Path:
    """The shared Guangdong catalogue, or skip when the shared data sets are absent."""
    path = shared_data_dir() / "gd_gov_service_catalog" / "policy.json"
    if not path.is_file():
        pytest.skip(f"shared data set {path} is absent (set MINSHENG_SHARED_DATA)")
    return path


@pytest.fixture
def knowledge_copy(tmp_path) -> Path:
    """A writable copy of data/knowledge (with the centres file beside it)."""
    target = tmp_path / "data" / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, target)
    shutil.copy(PROJECT_ROOT / "data" / "service_centres.yml", target.parent)
    return target


@pytest.fixture
def empty_db(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    migrate(url)
    return url


@pytest.fixture(scope="session")
def curated_db(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('curated') / 'kb.db'}"
    migrate(url)
    engine = make_engine(url)
    build_knowledge(engine, KNOWLEDGE_DIR)
    engine.dispose()
    return url


@pytest.fixture(scope="session")
def curated_retriever(curated_db) -> KnowledgeRetriever:
    engine = make_engine(curated_db)
    retriever = KnowledgeRetriever.from_engine(engine)
    engine.dispose()
    return retriever


@pytest.fixture(scope="session")
def full_retriever(tmp_path_factory) -> KnowledgeRetriever:
    """Curated items plus the whole Guangdong catalogue (about 10 s to build)."""
    catalog = catalog_path()
    url = f"sqlite:///{tmp_path_factory.mktemp('full') / 'kb.db'}"
    migrate(url)
    engine = make_engine(url)
    build_knowledge(engine, KNOWLEDGE_DIR)
    import_catalog(engine, catalog)
    retriever = KnowledgeRetriever.from_engine(engine)
    engine.dispose()
    return retriever


@pytest.fixture(scope="session")
def catalog_file() -> Path:
    return catalog_path()
