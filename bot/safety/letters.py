"""What makes a message a letter to officials, for both safety layers.

Citizens paste whole complaint letters and petitions into the chat. Such a letter reports past
events and others' wrongdoing for follow-up: the emergency detector reads it with a service frame
(:func:`bot.safety.emergency.detect_emergency`) and the policy layer records, rather than refuses,
a rule's hit on it (:func:`bot.safety.policy.assess_request`). A letter is longer than
:data:`LETTER_MIN_CHARS` normalised characters and carries one of :data:`LETTER_MARKS`.
"""

from __future__ import annotations

# Emergencies are told in a sentence or two, harmful requests in one: a message longer than this
# that addresses officials is a letter.
LETTER_MIN_CHARS = 150
# The marks of a letter to officials (an alternation of literals: linear).
LETTER_MARKS = (
    r"尊敬的|领导|您好|你好|市长|县长|区长|书记|局长|父母官|呼吁|请求|建议|反映|投诉|举报|咨询"
)
