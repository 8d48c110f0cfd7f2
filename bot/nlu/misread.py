"""Service questions the intent classifiers file under an appointment or a chat intent.

Through REST, fresh service questions were taken for something else: "想办个居住证" and "想做个艾滋检测"
opened the appointment form, "老人满八十岁是不是有补贴" got the bot's "I am an assistant" reply
(``bot_challenge``) and "…请不起律师 能申请免费律师吗" the reply to a ``deny``. Two checks, read by
``custom_components.follow_up_intent``, take such messages back to ``ask_service`` (then
``action_answer_question`` answers from the knowledge base, or says it does not know):

- ``book_appointment`` without a word of booking (预约, 挂号, 排个号, 空位 …: every
  ``book_appointment`` example of ``data/nlu`` and ``tests/nlu`` has one), or one that asks whether
  booking is needed ("结婚登记要预约吗");
- a chat intent (greet, thank, goodbye, affirm, deny, bot_challenge) on a message of at least
  :data:`CHAT_MIN_LETTERS` letters that asks a question and says nothing about who answers (机器人,
  人工, 你是 …): the chat intents' examples are short (at most 14 letters), and none of the long
  ones that ask something is free of such a word;
- ``file_complaint`` on a question about a grievance that files nothing: whether something is
  allowed ("物业断水电 这样可以吗"), whom it goes to ("能申诉吗 找谁"), whether a report is rewarded
  ("举报吸毒有奖励吗"), or a plain service question ("剩饭剩菜该往哪个里扔"). The data's labels say
  so: "噪音扰民应该找哪个部门" is an ``ask_service`` example. It stays a complaint when it asks how to
  complain ("单位不给交社保，怎么投诉" is a ``file_complaint`` example, and the form is how),
  asks someone to act ("能不能管管", "帮我反映"), or is a grievance put as a question ("没人管吗",
  "凭什么"): no ``file_complaint`` example of ``data/nlu`` and ``tests/nlu`` is taken back.
"""

from __future__ import annotations

import re

from bot.knowledge.routing import asks_a_question, reads_as_question

BOOK_APPOINTMENT = "book_appointment"
FILE_COMPLAINT = "file_complaint"
CHAT_INTENTS = frozenset({"greet", "thank", "goodbye", "affirm", "deny", "bot_challenge"})
# A chat message at least this long that asks something is read as a service question.
CHAT_MIN_LETTERS = 12

_BOOKING = re.compile(
    r"预约|预订|预定|(?<![大节签合制])约(?![束定])|"
    r"挂.{0,8}号|取.{0,2}号|排.{0,3}号|抢.{0,2}号|有号|的号|个号|号(吗|么|不|没)|排在|空位|号源|名额|"
    r"时间段|改期|改(个|一下)?时间|换(个)?时间|"
    r"(哪天|几号|上午|下午)(能|可以)?去"
)
# Asking whether booking is needed is a question about the service ("结婚登记要预约吗").
_BOOKING_NEEDED = re.compile(
    r"(要|需要|用|得|必须|非得)(不要)?(提前)?(预约|挂号)(吗|么|不|嘛)|要不要(提前)?(预约|挂号)|"
    r"(预约|挂号)(是)?(必须|必需)的?(吗|么)|不(预约|挂号).{0,2}(能|可以).{0,4}(办|去).{0,2}(吗|么)"
)
# Words about who is answering: a chat intent's own subject.
_ABOUT_THE_ASSISTANT = re.compile(
    r"机器人|真人|人工|智能|ai|你是|您是|你们是|这是|这里是|热线吗|客服|在吗|你好|您好|hello|hi\b",
    re.IGNORECASE,
)
# A complaint put as a question: how to complain (the form is how), someone asked to act, or a
# grievance voiced rhetorically.
_FILES_A_COMPLAINT = re.compile(
    r"我(要|想|得|准备|打算)(投诉|举报|反映|报修|曝光|告|起诉)|"
    r"帮(我|忙|我们)(投诉|举报|反映|登记|报修|处理|解决|查|管)|"
    r"(要求|希望|请求|请)(你们|政府|有关部门|相关部门|领导)?(查处|处理|解决|派人|管|整改|赔|严惩)|"
    r"能不能管|管(一)?管|给(个|一个)?说法|"
    r"(怎么|如何|咋|去哪|在哪|哪里|到哪)(才能|可以|能)?(投诉|反映|举报|报修|曝光|告)|"
    r"必须|严肃处理|严惩|赶紧|尽快"
)
_RHETORICAL = re.compile(
    r"没人(管|修|来|处理|理)|怎么(还|都|就|没人|一直|又)|凭什么|为什么(还|一直|没人|不|没|老是|总是)|"
    r"有没有人管|还有没有王法|难道|就没人|到底(管不管|有没有人)"
)
_QUESTION_EXTRA = re.compile(r"是不是|是否|对不对|行不行|哪些|哪种|哪类|几个|几年|几岁|呢")


def _letters(text: str) -> int:
    return len(re.sub(r"\W", "", text))


def is_misread_service_question(intent: str | None, text: str | None) -> bool:
    """Whether a message filed as ``intent`` is a service question (see the module)."""
    message = text or ""
    if intent == BOOK_APPOINTMENT:
        return not _BOOKING.search(message) or bool(_BOOKING_NEEDED.search(message))
    if intent == FILE_COMPLAINT:
        return (
            (reads_as_question(message) or bool(_QUESTION_EXTRA.search(message)))
            and not _FILES_A_COMPLAINT.search(message)
            and not _RHETORICAL.search(message)
        )
    if intent in CHAT_INTENTS:
        asks = asks_a_question(message) or bool(_QUESTION_EXTRA.search(message))
        return (
            _letters(message) >= CHAT_MIN_LETTERS
            and asks
            and not _ABOUT_THE_ASSISTANT.search(message)
        )
    return False
