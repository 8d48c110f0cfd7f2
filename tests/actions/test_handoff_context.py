"""The hand-over context sent back through the channel repeats no phone, address or ID."""

from __future__ import annotations

from actions.handoff import ADDRESS_WITHHELD, _context


def test_context_withholds_address_and_masks_identifiers(domain, tracker) -> None:
    state = tracker("handoff_during_complaint")
    state.slots["phone_number"] = "13800138000"
    state.slots["complaint_description"] = (
        "楼下饭店油烟大，我电话13912345678，身份证110101199003074477"
    )
    context = _context(state, domain)
    slots = context["slots"]
    assert slots["address"] == ADDRESS_WITHHELD
    assert slots["phone_number"] == "138****8000"
    assert slots["complaint_description"] == "楼下饭店油烟大，我电话<PHONE>，身份证<ID_NUMBER>"
    assert slots["district"] == "南湖区"
    text = str(context)
    for secret in ("湖滨东路阳光小区3栋", "13800138000", "13912345678", "110101199003074477"):
        assert secret not in text
