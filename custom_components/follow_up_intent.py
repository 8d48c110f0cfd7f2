"""A short question for one aspect of a service is a follow-up, whatever intent it was guessed.

Out of context, three words such as "有时间限制吗", "几点有人接" or "收费吗" look to the intent
classifiers like a complaint, an out-of-scope message or nothing at all (``nlu_fallback``); in a
conversation they ask about the item under discussion (the ``service_item`` slot), which
``action_answer_question`` answers with the dialogue context (and asks which service it is about when
there is none). ``FollowUpIntent`` goes after FallbackClassifier and MessageLengthResponder and
before PolicyGuard / EmergencyGate, which can still outvote it: when the intent is one of
``file_complaint``, ``out_of_scope`` or ``nlu_fallback`` and the message is a short aspect question
(:func:`bot.knowledge.followup.is_aspect_question`), ``ask_service`` is moved to the top of the
ranking (it takes the top intent's confidence, the top intent takes its place; the ranking still
sums to what it summed to).

A service question filed as ``check_ticket`` ("家里有一级残疾的孩子，有护理方面的补贴吗") is taken
back the same way when it mentions no ticket, no progress and no number to look one up by
(:func:`bot.nlu.ticket_mentions.mentions_a_ticket`): a progress question always does, and the ticket
form would otherwise ask a citizen with a service question for a ticket number.

So is a service question filed as ``book_appointment`` with no word of booking ("想办个居住证"), a
long question filed as a chat intent ("老人满八十岁是不是有补贴" as ``bot_challenge``) and a question
filed as ``file_complaint`` that files nothing ("物业断水电 这样可以吗", "举报吸毒有奖励吗"):
:func:`bot.nlu.misread.is_misread_service_question`.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.knowledge.followup import is_aspect_question
from bot.nlu.intent_override import promoted_ranking
from bot.nlu.misread import is_misread_service_question
from bot.nlu.ticket_mentions import mentions_a_ticket

ASK_SERVICE = "ask_service"
# The intents a short aspect question is taken back from.
MISREAD_INTENTS = frozenset({"file_complaint", "out_of_scope", "nlu_fallback"})
CHECK_TICKET = "check_ticket"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class FollowUpIntent(GraphComponent):
    """Sets ``ask_service`` on short aspect questions the classifiers filed elsewhere."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """The component's default config (nothing to configure)."""
        return {}

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> FollowUpIntent:
        """Creates the component (nothing to train or load)."""
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        """Moves ``ask_service`` to the top for short aspect questions and for service questions
        filed as ``check_ticket``, ``book_appointment``, ``file_complaint`` or a chat intent (see
        the module)."""
        for message in messages:
            intent = (message.get(INTENT) or {}).get("name")
            text = message.get(TEXT)
            follow_up = intent in MISREAD_INTENTS and is_aspect_question(text)
            not_a_ticket = intent == CHECK_TICKET and not mentions_a_ticket(text)
            misread = is_misread_service_question(intent, text)
            if not (follow_up or not_a_ticket or misread):
                continue
            top, ranking = promoted_ranking(message.get(INTENT_RANKING_KEY) or [], ASK_SERVICE)
            message.set(INTENT, top, add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages
