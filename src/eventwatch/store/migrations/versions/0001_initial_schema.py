"""Initial schema: articles, incidents, mentions, figures, perpetrators, actors, statistics.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MEASURES = ("killed", "wounded", "arrested", "kidnapped")
FIGURE_CATEGORIES = ("civilians", "security_forces", "militants", "unknown", "total")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer(), autoincrement=True, nullable=False)


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], ondelete=ondelete,
                                   name=op.f(f"fk_{table}_{column}_{target}"))


def _pk(table: str) -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}"))


def _index(table: str, *columns: str, name: str | None = None) -> None:
    op.create_index(name or op.f(f"ix_{table}_{columns[0]}"), table, list(columns), unique=False)


def upgrade() -> None:
    op.create_table(
        "actors",
        _id(),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("unresolved", sa.Boolean(), nullable=False),
        sa.Column("countries", sa.JSON(), nullable=False),
        _fk("actors", "parent_id", "actors", "SET NULL"),
        _pk("actors"),
        sa.UniqueConstraint("name", name=op.f("uq_actors_name")),
    )
    op.create_table(
        "analyst_decisions",
        _id(),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("incident_ids", sa.JSON(), nullable=False),
        sa.Column("mention_id", sa.Integer(), nullable=True),
        sa.Column("who", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        _pk("analyst_decisions"),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("external_id", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.Text(), nullable=True),
        sa.Column("published_source", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("source_format", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        _pk("articles"),
    )
    _index("articles", "published")

    figure_columns: list[sa.Column] = []
    for m in MEASURES:
        figure_columns += [
            sa.Column(f"{m}_low", sa.Integer(), nullable=True),
            sa.Column(f"{m}_high", sa.Integer(), nullable=True),
            sa.Column(f"{m}_best", sa.Integer(), nullable=True),
            sa.Column(f"{m}_qualifier", sa.Text(), nullable=True),
        ]
    op.create_table(
        "incidents",
        _id(),
        sa.Column("date_value", sa.Text(), nullable=True),
        sa.Column("date_year", sa.Integer(), nullable=True),
        sa.Column("date_month", sa.Integer(), nullable=True),
        sa.Column("date_day", sa.Integer(), nullable=True),
        sa.Column("date_precision", sa.Text(), nullable=True),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("country", sa.Text(), nullable=True),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("admin2", sa.Text(), nullable=True),
        sa.Column("place_name", sa.Text(), nullable=True),
        sa.Column("place_precision", sa.Text(), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("event_type", sa.Text(), nullable=False),
        sa.Column("attack_type", sa.Text(), nullable=True),
        sa.Column("suicide", sa.Boolean(), nullable=False),
        sa.Column("target_type", sa.Text(), nullable=True),
        sa.Column("facility", sa.Text(), nullable=True),
        sa.Column("attackers", sa.Integer(), nullable=True),
        *figure_columns,
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        *(sa.CheckConstraint(f"{m}_low >= 0 AND {m}_high >= 0 AND {m}_best >= 0",
                             name=op.f(f"ck_incidents_{m}_non_negative")) for m in MEASURES),
        sa.CheckConstraint("confidence >= 0 AND confidence <= 1",
                           name=op.f("ck_incidents_confidence_range")),
        _pk("incidents"),
    )
    _index("incidents", "country", "admin1", name="ix_incidents_country_admin1")
    _index("incidents", "date_start")
    _index("incidents", "event_type")

    op.create_table(
        "actor_aliases",
        _id(),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.Text(), nullable=False),
        sa.Column("is_acronym", sa.Boolean(), nullable=False),
        _fk("actor_aliases", "actor_id", "actors", "CASCADE"),
        _pk("actor_aliases"),
        sa.UniqueConstraint("actor_id", "alias", name="uq_actor_aliases_actor_alias"),
    )
    _index("actor_aliases", "alias")

    op.create_table(
        "actor_relations",
        _id(),
        sa.Column("a_id", sa.Integer(), nullable=False),
        sa.Column("b_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=True),
        _fk("actor_relations", "a_id", "actors", "CASCADE"),
        _fk("actor_relations", "article_id", "articles", "CASCADE"),
        _fk("actor_relations", "b_id", "actors", "CASCADE"),
        _pk("actor_relations"),
    )
    _index("actor_relations", "a_id")
    _index("actor_relations", "b_id")

    op.create_table(
        "mentions",
        _id(),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("index_in_article", sa.Integer(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        _fk("mentions", "article_id", "articles", "CASCADE"),
        _fk("mentions", "incident_id", "incidents", "CASCADE"),
        _pk("mentions"),
        sa.UniqueConstraint("article_id", "index_in_article", name="uq_mentions_article_index"),
    )
    _index("mentions", "article_id")
    _index("mentions", "incident_id")

    op.create_table(
        "statistics",
        _id(),
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("measure", sa.Text(), nullable=False),
        sa.Column("of_measure", sa.Text(), nullable=True),
        sa.Column("period_value", sa.Text(), nullable=True),
        sa.Column("period_precision", sa.Text(), nullable=True),
        sa.Column("scope", sa.JSON(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("share_pct", sa.Float(), nullable=True),
        sa.Column("change_pct", sa.Float(), nullable=True),
        sa.Column("qualifier", sa.Text(), nullable=False),
        sa.Column("by_category", sa.JSON(), nullable=False),
        sa.Column("attacks", sa.Integer(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        _fk("statistics", "article_id", "articles", "CASCADE"),
        _pk("statistics"),
    )
    _index("statistics", "article_id")

    op.create_table(
        "casualty_figures",
        _id(),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("mention_id", sa.Integer(), nullable=True),
        sa.Column("measure", sa.Text(), nullable=False),
        sa.Column("category", sa.Text(), nullable=False),
        sa.Column("low", sa.Integer(), nullable=True),
        sa.Column("high", sa.Integer(), nullable=True),
        sa.Column("best", sa.Integer(), nullable=True),
        sa.Column("qualifier", sa.Text(), nullable=False),
        sa.CheckConstraint(_in("category", FIGURE_CATEGORIES),
                           name=op.f("ck_casualty_figures_category")),
        sa.CheckConstraint(_in("measure", MEASURES), name=op.f("ck_casualty_figures_measure")),
        sa.CheckConstraint("low >= 0 AND high >= 0 AND best >= 0",
                           name=op.f("ck_casualty_figures_non_negative")),
        _fk("casualty_figures", "incident_id", "incidents", "CASCADE"),
        _fk("casualty_figures", "mention_id", "mentions", "CASCADE"),
        _pk("casualty_figures"),
    )
    _index("casualty_figures", "incident_id")
    _index("casualty_figures", "mention_id")

    op.create_table(
        "perpetrators",
        _id(),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("mention_id", sa.Integer(), nullable=True),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("mention", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        _fk("perpetrators", "actor_id", "actors", "SET NULL"),
        _fk("perpetrators", "incident_id", "incidents", "CASCADE"),
        _fk("perpetrators", "mention_id", "mentions", "CASCADE"),
        _pk("perpetrators"),
    )
    _index("perpetrators", "actor_id")
    _index("perpetrators", "incident_id")


def downgrade() -> None:
    # Dependants first; dropping a table drops its indexes with it.
    for table in ("perpetrators", "casualty_figures", "statistics", "mentions",
                  "actor_relations", "actor_aliases", "incidents", "articles",
                  "analyst_decisions", "actors"):
        op.drop_table(table)
