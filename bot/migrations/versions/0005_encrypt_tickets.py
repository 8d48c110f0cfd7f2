"""Tickets' and appointments' personal data encrypted at rest, with a keyed phone hash for lookups.

Existing rows are encrypted in place with the data key (``$MINSHENG_DATA_KEY``, else the
development key ``var/data_key``; see :mod:`bot.privacy.at_rest`) and get their ``phone_hash``.
Idempotent per row: values already encrypted are left alone. The downgrade decrypts them again.

Revision ID: 0005_encrypt_tickets
Revises: 0004_ticket_check_attempts
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.privacy.at_rest import decrypt_text, encrypt_text, is_encrypted_text, phone_hash

revision = "0005_encrypt_tickets"
down_revision = "0004_ticket_check_attempts"
branch_labels = None
depends_on = None

# Encrypted values are longer than the plain ones the old column sizes were made for.
_TICKET_FIELDS = ("description", "address", "phone", "summary")
_APPOINTMENT_FIELDS = ("phone",)
_BATCH = 500


def _table(name: str, key: str, fields: tuple[str, ...]) -> sa.Table:
    return sa.table(
        name, sa.column(key, sa.String), *(sa.column(f, sa.Text) for f in (*fields, "phone_hash"))
    )


def _rewrite(name: str, key: str, fields: tuple[str, ...], encrypt: bool) -> None:
    table = _table(name, key, fields)
    connection = op.get_bind()
    last = ""
    while True:
        rows = connection.execute(
            sa.select(table).where(table.c[key] > last).order_by(table.c[key]).limit(_BATCH)
        ).all()
        if not rows:
            return
        for row in rows:
            last = getattr(row, key)
            values: dict[str, str | None] = {}
            for f in fields:
                stored = getattr(row, f)
                if encrypt and stored is not None and not is_encrypted_text(stored):
                    values[f] = encrypt_text(stored)
                elif not encrypt and is_encrypted_text(stored):
                    values[f] = decrypt_text(stored)
            if encrypt and row.phone_hash is None:
                values["phone_hash"] = phone_hash(decrypt_text(row.phone))
            if values:
                connection.execute(sa.update(table).where(table.c[key] == last).values(**values))


def upgrade() -> None:
    with op.batch_alter_table("tickets") as batch:
        batch.alter_column("address", type_=sa.Text(), existing_nullable=True)
        batch.alter_column("phone", type_=sa.Text(), existing_nullable=False)
        batch.add_column(sa.Column("phone_hash", sa.String(64), nullable=True))
        batch.create_index("ix_tickets_phone_hash", ["phone_hash"])
    op.drop_index("ix_appointments_phone", table_name="appointments")
    with op.batch_alter_table("appointments") as batch:
        batch.alter_column("phone", type_=sa.Text(), existing_nullable=False)
        batch.add_column(sa.Column("phone_hash", sa.String(64), nullable=True))
        batch.create_index("ix_appointments_phone_hash", ["phone_hash"])
    _rewrite("tickets", "id", _TICKET_FIELDS, encrypt=True)
    _rewrite("appointments", "confirmation_number", _APPOINTMENT_FIELDS, encrypt=True)


def downgrade() -> None:
    _rewrite("tickets", "id", _TICKET_FIELDS, encrypt=False)
    _rewrite("appointments", "confirmation_number", _APPOINTMENT_FIELDS, encrypt=False)
    with op.batch_alter_table("appointments") as batch:
        batch.drop_index("ix_appointments_phone_hash")
        batch.drop_column("phone_hash")
        batch.alter_column("phone", type_=sa.String(32), existing_nullable=False)
    op.create_index("ix_appointments_phone", "appointments", ["phone"])
    with op.batch_alter_table("tickets") as batch:
        batch.drop_index("ix_tickets_phone_hash")
        batch.drop_column("phone_hash")
        batch.alter_column("phone", type_=sa.String(32), existing_nullable=False)
        batch.alter_column("address", type_=sa.String(200), existing_nullable=True)
