"""The data pipeline: no raw PII survives, duplicates go, paraphrases stay on one side."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from finetune_toys import shared_data

from bot import pii
from bot.finetune.build import BuildInputs, BuildOptions, PIILeakError, build_dataset, split_of
from bot.finetune.clean import Redactor, clean_annotated, normalise
from bot.finetune.collect import import_messages, load_routing_file
from bot.finetune.dedup import near_duplicates, paraphrase_groups
from bot.finetune.records import read_jsonl

PUBLIC_PHONE = "0755-12345201"


def _vectors() -> dict:
    path = shared_data("pii_test_vectors", "cn_ric_and_mobile_vectors.json")
    return json.loads(path.read_text("utf-8"))


def _write_inputs(tmp: Path, v: dict) -> BuildInputs:
    rics, mobiles = v["ric_valid"], v["mobile_valid_format"]
    lines = []
    for n, ric in enumerate(rics):
        lines.append(f"      - 我的身份证号是[{ric}](id_number)，帮我查一下")
        lines.append(f"      - 身份证{ric}办的居住证好了没有{n}")
    for n, m in enumerate(mobiles):
        lines.append(f"      - 电话[{m}](phone_number)，我叫张伟，住[南湖区](district){n}号楼")
    lines.append("      - 工单[GD202611280001](ticket_id)处理到哪了")
    lines.append("      - 工单[GD202611280001](ticket_id)处理到哪了")  # exact duplicate
    nlu = tmp / "nlu.yml"
    nlu.write_text(
        "version: '3.1'\nnlu:\n  - intent: inform\n    examples: |\n" + "\n".join(lines) + "\n",
        "utf-8",
    )
    routing = tmp / "complaints.yml"
    routing.write_text(
        "version: 1\nimport_mapping: {城乡建设: 住房和城乡建设局}\ndepartments:\n"
        f"  城市管理局:\n    - 路灯坏了一个月，联系我{mobiles[0]}\n    - 路灯坏了一个月，联系我{mobiles[0]}。\n"
        f"    - 咨询电话{PUBLIC_PHONE}一直占线，垃圾也没人清运\n"
        "  住房和城乡建设局:\n    - 物业不修电梯，老人只能爬楼\n",
        "utf-8",
    )
    messages = tmp / "messages.jsonl"
    rows = [
        {
            "留言编号": "1",
            "留言主题": "小区物业",
            "留言详情": f"我是王小明，身份证{rics[1]}，电话{mobiles[1]}，物业乱收费。",
            "一级分类": "城乡建设",
            "答复意见": f"已联系，请致电{mobiles[0]}，工单GD202611280001。",
        },
        {
            "留言编号": "2",
            "留言主题": "噪音",
            "留言详情": "夜里施工太吵",
            "一级分类": "未映射",
            "答复意见": "",
        },
    ]
    messages.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    return BuildInputs(
        nlu_files=[nlu], routing_file=routing, imports=[messages], allow=[PUBLIC_PHONE]
    )


def test_no_raw_pii_survives_the_pipeline(tmp_path: Path):
    v = _vectors()
    inputs = _write_inputs(tmp_path, v)
    out = tmp_path / "out"
    card = build_dataset(inputs, out, BuildOptions(), log=lambda _: None)
    blob = "".join((out / f"{s}.jsonl").read_text("utf-8") for s in ("train", "dev", "test"))
    digits = lambda s: "".join(ch for ch in s if ch.isdigit() or ch == "X")  # noqa: E731
    for ric in v["ric_valid"]:
        assert ric not in blob and ric[:-1] not in blob
    for m in v["mobile_valid_format"]:
        assert m not in blob and digits(m)[-11:] not in blob
    assert "GD202611280001" not in blob and "张伟" not in blob and "王小明" not in blob
    for token in ("<PHONE>", "<ID_NUMBER>", "<TICKET_ID>", "<NAME>"):
        assert token in blob
    assert PUBLIC_PHONE in blob, "published office numbers are kept"
    records = [r for s in ("train", "dev", "test") for r in read_jsonl(out / f"{s}.jsonl")]
    for r in records:
        for s in [r.text, r.response or "", *(m["content"] for m in r.messages)]:
            assert [m.text for m in pii.find_pii(s) if m.text != PUBLIC_PHONE] == []
        for e in r.entities:  # offsets still point at the (redacted) mention
            assert r.text[e["start"] : e["end"]] in {
                "<PHONE>",
                "<ID_NUMBER>",
                "<TICKET_ID>",
                "南湖区",
            }
    # After redaction the five ID examples are one text: four exact duplicates, plus the ticket one.
    assert card["dropped"]["exact:nlu"] == 5 and card["dropped"]["near:routing"] == 1
    assert card["dropped"]["near:nlu"] >= 1
    assert card["counts"] and card["inputs_sha256"]
    assert (
        sum(1 for r in records if r.task == "routing" and r.department == "住房和城乡建设局") == 2
    )


def test_audit_refuses_to_write_pii(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    inputs = _write_inputs(tmp_path, _vectors())
    # A redactor that lets everything through must be caught by the final audit.
    monkeypatch.setattr("bot.finetune.build.Redactor.__call__", lambda self, text: text)
    with pytest.raises(PIILeakError):
        build_dataset(inputs, tmp_path / "out", log=lambda _: None)
    assert not (tmp_path / "out" / "train.jsonl").exists()


def test_unchanged_inputs_skip_the_rebuild(tmp_path: Path):
    inputs = _write_inputs(tmp_path, _vectors())
    messages = []
    build_dataset(inputs, tmp_path / "out", log=messages.append)
    build_dataset(inputs, tmp_path / "out", log=messages.append)
    assert any("inputs unchanged" in m for m in messages)


def test_normalise_and_offsets():
    assert normalise("ＡＢＣ１２３，　南湖区  东城区\t好的!") == "ABC123，南湖区东城区好的!"
    text = "电话１３８００１３８０００找我"
    ents = [{"start": 2, "end": 13, "entity": "phone_number", "value": "１３８００１３８０００"}]
    cleaned, new = clean_annotated(text, ents, Redactor())
    assert cleaned == "电话<PHONE>找我"
    assert new == [{"start": 2, "end": 9, "entity": "phone_number", "value": "<PHONE>"}]


def test_dedup_and_groups():
    texts = [
        "楼下烧烤店油烟太大熏得窗户都不敢开",
        "楼下烧烤店油烟太大，熏得窗户都不敢开",
        "公交车司机开车太猛老人差点摔倒",
    ]
    assert near_duplicates(texts, 0.8) == [None, 0, None]
    groups = paraphrase_groups(
        ["我想办社保卡需要什么材料呢", "请问我想办社保卡需要什么材料", "公积金怎么提取"], 0.6
    )
    assert groups[0] == groups[1] != groups[2]
    opts = BuildOptions()
    assert split_of("kb:a:b", opts) == split_of("kb:a:b", opts)
    splits = [split_of(f"g{i}", opts) for i in range(2000)]
    assert 0.05 < splits.count("test") / 2000 < 0.15 and 0.05 < splits.count("dev") / 2000 < 0.15


def test_paraphrases_never_straddle_splits(tmp_path: Path):
    inputs = _write_inputs(tmp_path, _vectors())
    build_dataset(inputs, tmp_path / "out", log=lambda _: None)
    where: dict[str, set[str]] = {}
    for s in ("train", "dev", "test"):
        for r in read_jsonl(tmp_path / "out" / f"{s}.jsonl"):
            where.setdefault(r.group, set()).add(s)
    assert all(len(v) == 1 for v in where.values())


def test_project_routing_data_is_well_formed():
    from bot.settings import PROJECT_ROOT

    departments, mapping = load_routing_file(PROJECT_ROOT / "data" / "routing" / "complaints.yml")
    assert len(departments) >= 8 and all(len(t) >= 15 for t in departments.values())
    assert len({t for ts in departments.values() for t in ts}) == sum(
        len(t) for t in departments.values()
    )
    assert set(mapping.values()) <= set(departments)


def test_gov_message_importer_on_shared_data():
    folder = shared_data("tipdm2020_gov_messages")
    _, mapping = load_routing_file(
        Path(__file__).resolve().parents[2] / "data" / "routing" / "complaints.yml"
    )
    routing = import_messages(folder / "fj2_classification_sample495.jsonl", mapping)
    assert len(routing) == 495 and all(r.task == "routing" and r.department for r in routing)
    replies = import_messages(folder / "fj4_messages_with_replies_2816.jsonl.gz", mapping, limit=50)
    assert len(replies) == 50 and all(r.task == "gov_reply" and r.response for r in replies)


def test_project_data_builds_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture):
    """`python -m bot data build` on the project's own data: every task present, no PII left."""
    from bot.cli import main

    assert main(["data", "build", "--out", str(tmp_path)]) == 0
    card = json.loads((tmp_path / "data_card.json").read_text("utf-8"))
    train = card["counts"]["train"]
    assert {"nlu", "routing", "knowledge_fact", "knowledge_qa"} <= set(train)
    labels = json.loads((tmp_path / "labels.json").read_text("utf-8"))
    assert "ask_service" in labels["intents"] and "service_item" in labels["entities"]
    assert len(labels["departments"]) >= 8
    allowed = set()
    for s in ("train", "dev", "test"):
        for r in read_jsonl(tmp_path / f"{s}.jsonl"):
            for text in [r.text, r.response or "", *(m["content"] for m in r.messages)]:
                allowed |= {m.text for m in pii.find_pii(text)}
    # Only published office numbers may remain: knowledge-base and service-centre phones.
    from bot.finetune.build import _centre_phones
    from bot.finetune.knowledge_data import public_numbers
    from bot.knowledge.schema import load_knowledge_dir
    from bot.settings import PROJECT_ROOT, load_settings

    published = public_numbers(load_knowledge_dir(load_settings().retrieval.knowledge_dir))
    published |= set(_centre_phones(PROJECT_ROOT / "data" / "service_centres.yml"))
    assert allowed <= published, allowed - published


def test_importer_reads_csv_with_mapped_categories(tmp_path: Path):
    path = tmp_path / "transcripts.csv"
    path.write_text(
        "留言主题,留言详情,一级分类,答复意见\n"
        "噪音扰民,楼下KTV半夜很吵,环境保护,已转生态环境局处理。\n"
        "咨询,社保怎么交,未知类别,\n",
        "utf-8",
    )
    records = import_messages(path, {"环境保护": "生态环境局"})
    assert [(r.task, r.department) for r in records] == [
        ("routing", "生态环境局"),
        ("gov_reply", None),
    ]
    assert records[0].text == "噪音扰民。楼下KTV半夜很吵" and records[0].group == records[1].group
    assert records[1].response == "已转生态环境局处理。"
