"""Whether a message is about a ticket the citizen filed (its number, its progress, a reply).

The intent classifiers sometimes file a plain service question under ``check_ticket`` ("家里有一级残疾的
孩子，有护理方面的补贴吗"); a progress question always names the ticket, the complaint or report it
came from, or what the citizen is waiting for (进度, 回复, 派人 …), or carries the ticket number,
phone number or ID number the lookup needs. ``custom_components.follow_up_intent`` takes a
``check_ticket`` that does none of these back to ``ask_service``.

Some words are a ticket's only in company (round 14 of the knowledge sets, read through REST):
处理, 结果, 受理 and 消息 also ask about a service ("交通违法超过十五天没处理会怎么样", "摇号结果在哪查",
"检查结果多久出来"), and 投诉, 反映 and 报修 also ask where to complain ("这种情况能向哪个部门投诉").
They count when the message says the citizen already filed something ("我上次反映的", "投诉了半个月",
"那个投诉"), or when a filing word meets an outcome word ("投诉有结果了吗", "报修了还没人来").
"""

from __future__ import annotations

import re

from bot.pii import parse_ticket_id

# A ticket, its number or its progress: enough on its own.
_TICKET_CUE = re.compile(
    r"工单|(?<![订账菜])单号|单子|编号|进度|进展|办到哪|到哪(一)?步|回复|回音|答复|回访|派单|派人|"
    r"有人(管|来|联系|跟进)|什么时候(来|有人)|跟进|催|诉求|结案|办结|加急|受理了|"
    r"有下文|没动静|怎么样了|咋样了|(处理|办理)(结果|情况|进度|到|得)"
)
# Something the citizen already filed ("我上次反映的", "投诉了半个月", "那个投诉").
_FILED = re.compile(
    r"(投诉|反映|报修|提交|登记)(了|过)|(我的|我们的)(投诉|反映|报修|诉求|问题|事)|"
    r"我(们)?(上次|上回|之前|前几天|上周|上礼拜|上个月|昨天|前天|那天|刚才|早上|已经)?(打电话|打过电话)?(投诉|反映|报修|提交|登记)|"
    r"(上次|上回|之前|那个|这个)(投诉|反映|报修|问题|事)"
)
# A filing word ("投诉") that needs an outcome word ("有结果了吗") to be about a ticket.
_FILING = re.compile(r"投诉|反映|报修")
_OUTCOME = re.compile(r"处理|结果|受理|消息|什么时候能|了吗|了没|还没|怎么还|一直没|到现在")

_LONG_NUMBER = re.compile(r"\d{7,}")


def mentions_a_ticket(text: str | None) -> bool:
    """Whether ``text`` refers to a ticket or its progress (see the module)."""
    message = text or ""
    digits = re.sub(r"[\s-]", "", message)
    if _TICKET_CUE.search(message) or _FILED.search(message):
        return True
    if _FILING.search(message) and _OUTCOME.search(message):
        return True
    # a ticket number, or a phone or ID number to look tickets up by
    return bool(parse_ticket_id(message) or _LONG_NUMBER.search(digits))
