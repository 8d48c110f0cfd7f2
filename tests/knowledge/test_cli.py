"""``python -m bot kb ...`` end to end (in-process) on temporary SQLite databases."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from bot.cli import main
from bot.settings import PROJECT_ROOT


def test_build_search_ask(tmp_path, capsys, monkeypatch) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert main(["kb", "build", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "37 inserted" in out and "kb_items=37" in out
    assert main(["kb", "build", "--db", url]) == 0
    assert "37 unchanged" in capsys.readouterr().out

    assert main(["kb", "search", "--db", url, "--json", "--top-k", "2", "身份证丢了"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["id"] == "id_card_replace" and set(hits[0]) == {"id", "name", "score"}
    assert len(hits) <= 2

    monkeypatch.setattr(sys, "stdin", io.StringIO("社保卡丢了\n\n网上能办吗\n"))
    assert main(["kb", "search", "-", "--db", url, "--context-item", "hpf_loan"]) == 0
    lines = capsys.readouterr().out.strip().split("\n")
    assert len(lines) == 3
    assert json.loads(lines[0])[0]["id"] == "ss_card_replace"
    assert json.loads(lines[1]) == []
    assert json.loads(lines[2])[0]["id"] == "hpf_loan"

    assert main(["kb", "ask", "--db", url, "居住证要带什么材料"]) == 0
    out = capsys.readouterr().out
    assert "所需材料" in out and "sources: residence_permit; aspects: materials" in out
    assert main(["kb", "ask", "--db", url, "--json", "今天天气怎么样"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sources"] == [] and data["offer_handoff"] is True


def test_db_url_from_environment(tmp_path, capsys, monkeypatch) -> None:
    url = f"sqlite:///{tmp_path / 'env.db'}"
    monkeypatch.setenv("BOT_DB_URL", url)
    assert main(["kb", "build"]) == 0
    assert (tmp_path / "env.db").exists()
    capsys.readouterr()


def test_errors_are_clear(tmp_path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'none.db'}"
    assert main(["kb", "search", "--db", url, "社保卡"]) == 2
    assert "run `python -m bot kb build` first" in capsys.readouterr().err
    assert main(["kb", "import-catalog", "--db", url, str(tmp_path / "missing.json")]) == 1
    assert "does not exist" in capsys.readouterr().err
    bad = tmp_path / "knowledge"
    bad.mkdir()
    (bad / "x.yml").write_text("version: 1\ndomain: 测试\nitems: [{id: x1}]\n", encoding="utf-8")
    assert main(["kb", "build", "--db", url, "--knowledge-dir", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "x.yml: item 'x1', field 'name'" in err and "nothing was loaded" in err


def test_import_catalog_reports_bad_lines(tmp_path, capsys, catalog_file) -> None:
    with catalog_file.open(encoding="utf-8") as f:
        good = [next(f) for _ in range(3)]
    path = tmp_path / "cat.json"
    path.write_text(good[0] + "{broken\n" + good[1] + good[2], encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'cat.db'}"
    assert main(["kb", "import-catalog", str(path), "--db", url]) == 0
    captured = capsys.readouterr()
    assert "skipped cat.json line 2: invalid JSON" in captured.err
    assert "3 inserted, 0 updated, 0 unchanged, 1 skipped" in captured.out


def test_python_dash_m_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "kb", "--help"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0
    for command in ("build", "import-catalog", "search", "ask"):
        assert command in result.stdout
