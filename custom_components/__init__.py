"""Rasa adapters: NLU components, the NLG and the tracker store. The Rasa server imports this
package before it handles a message: from then on every log record of the process (Rasa logs user
text and slot values at DEBUG) has phones, ID and bank-card numbers masked."""

from bot.privacy.log_masking import install_log_masking

install_log_masking()
