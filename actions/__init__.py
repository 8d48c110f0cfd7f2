"""rasa_sdk actions (thin adapters to ``bot``). The action server imports this package first:
from then on every log record of the process has phones, ID and bank-card numbers masked."""

from bot.privacy.log_masking import install_log_masking

install_log_masking()
