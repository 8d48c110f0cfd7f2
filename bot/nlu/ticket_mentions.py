"""Whether a message is about a ticket the citizen filed (its number, its progress, a reply).

The intent classifiers sometimes file a plain service question under ``check_ticket`` ("家里有一级残疾的
孩子，有护理方面的补贴吗"); a progress question always names the ticket, the complaint or report it
came from, or what the citizen is waiting for (进度, 结果, 回复, 派人 …), or carries the ticket number,
phone number or ID number the lookup needs. ``custom_components.follow_up_intent`` takes a
``check_ticket`` that does none of these back to ``ask_service``.
"""

from __future__ import annotations

import re

from bot.pii import parse_ticket_id

_TICKET_CUE = re.compile(
    r"工单|单号|单子|编号|进度|进展|办到哪|到哪(一)?步|处理|结果|回复|回音|答复|回访|消息|派单|派人|"
    r"有人(管|来|联系|跟进)|什么时候(来|能|有人)|跟进|催|反映|投诉|报修|提交|登记|诉求|结案|办结|受理|加急|"
    r"有下文|没动静|怎么样了|咋样了"
)

_LONG_NUMBER = re.compile(r"\d{7,}")


def mentions_a_ticket(text: str | None) -> bool:
    """Whether ``text`` refers to a ticket or its progress (see the module)."""
    message = text or ""
    digits = re.sub(r"[\s-]", "", message)
    # a ticket number, or a phone or ID number to look tickets up by
    return bool(
        _TICKET_CUE.search(message) or parse_ticket_id(message) or _LONG_NUMBER.search(digits)
    )
