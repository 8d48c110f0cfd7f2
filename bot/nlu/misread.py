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
  ones that ask something is free of such a word.
"""

from __future__ import annotations

import re

from bot.knowledge.routing import asks_a_question

BOOK_APPOINTMENT = "book_appointment"
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
_QUESTION_EXTRA = re.compile(r"是不是|是否|对不对|行不行|哪些|几个|几年|几岁|呢")


def _letters(text: str) -> int:
    return len(re.sub(r"\W", "", text))


def is_misread_service_question(intent: str | None, text: str | None) -> bool:
    """Whether a message filed as ``intent`` is a service question (see the module)."""
    message = text or ""
    if intent == BOOK_APPOINTMENT:
        return not _BOOKING.search(message) or bool(_BOOKING_NEEDED.search(message))
    if intent in CHAT_INTENTS:
        asks = asks_a_question(message) or bool(_QUESTION_EXTRA.search(message))
        return (
            _letters(message) >= CHAT_MIN_LETTERS
            and asks
            and not _ABOUT_THE_ASSISTANT.search(message)
        )
    return False
