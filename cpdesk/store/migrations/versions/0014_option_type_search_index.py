"""option type search index: the option library's full-text index kept in the database

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07

``option_type_word`` holds, per type of the catalogue of option types in use, the folded
words the library's search looks in (:mod:`cpdesk.store.option_type_index` writes it, and
says why). On SQLite an FTS5 table, ``option_type_fts``, indexes those words (external
content: the words are stored once, in ``option_type_word``), kept in step by three
triggers; where SQLite lacks FTS5 they are left out and the search reads the catalogue in
memory (the store creates them once an SQLite with FTS5 opens the file). On PostgreSQL a GIN
index over the words as a tsvector serves the same search. The table starts empty: the
first search fills it from the catalogue in use (a database upgraded to this revision, like
any whose index was written from another catalogue, is indexed then).

Batch mode must never copy ``option_type_word`` on SQLite: it would drop the triggers.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SQLITE = (
    "CREATE VIRTUAL TABLE option_type_fts USING fts5(words, content='option_type_word', content_rowid='id',"
    " tokenize='ascii')",
    "CREATE TRIGGER option_type_word_ai AFTER INSERT ON option_type_word BEGIN"
    " INSERT INTO option_type_fts(rowid, words) VALUES (new.id, new.words); END",
    "CREATE TRIGGER option_type_word_ad AFTER DELETE ON option_type_word BEGIN"
    " INSERT INTO option_type_fts(option_type_fts, rowid, words) VALUES ('delete', old.id, old.words); END",
    "CREATE TRIGGER option_type_word_au AFTER UPDATE ON option_type_word BEGIN"
    " INSERT INTO option_type_fts(option_type_fts, rowid, words) VALUES ('delete', old.id, old.words);"
    " INSERT INTO option_type_fts(rowid, words) VALUES (new.id, new.words); END",
)
_POSTGRESQL = (
    "CREATE INDEX ix_option_type_word_lexemes ON option_type_word"
    " USING gin (array_to_tsvector(string_to_array(words, ' ')))"
)


def upgrade() -> None:
    op.create_table(
        "option_type_word",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("words", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_option_type_word")),
        sa.UniqueConstraint("code", name=op.f("uq_option_type_word_code")),
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(_POSTGRESQL)
    elif (
        bind.dialect.name == "sqlite"
        and bind.exec_driver_sql("SELECT sqlite_compileoption_used('ENABLE_FTS5')").scalar()
    ):
        for statement in _SQLITE:
            op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("option_type_word_ai", "option_type_word_ad", "option_type_word_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS option_type_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_option_type_word_lexemes")
    op.drop_table("option_type_word")
    op.execute("DELETE FROM local_setting WHERE key = 'option_type_index'")
