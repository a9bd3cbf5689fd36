"""``eventwatch actors``: list, show and add actors (organisations) of the actor base.

Reads the shipped actor base plus the analyst's file (:mod:`eventwatch.resources.actors`);
``actors add`` writes only the analyst's file (``--actors-file``, else
``$EVENTWATCH_ACTORS_FILE``, else ``~/.config/eventwatch/actors.json``), never the code or the
shipped data.  ``actors --unresolved`` also reads the database: organisation-like names in
stored articles that the base does not know
(:func:`eventwatch.store.actor_profile.unresolved_names`).  Output goes to stdout; messages to
stderr.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import click

from eventwatch.cli import main
from eventwatch.errors import Errors, EventWatchError
from eventwatch.resources.actors import (
    ENV_ACTORS_FILE,
    KINDS,
    SHIPPED_PATH,
    Actor,
    ActorBase,
    default_user_path,
    read_actor_file,
    upsert_user_entry,
)

_FILE_HELP = (f"The analyst's actor file [default: ${ENV_ACTORS_FILE} or "
              "~/.config/eventwatch/actors.json].")


def _actors_file_option(func: Any) -> Any:
    return click.option("--actors-file", type=click.Path(dir_okay=False, path_type=Path),
                        default=None, metavar="FILE", help=_FILE_HELP)(func)


def _given_file(ctx: click.Context, actors_file: Path | None) -> Path | None:
    """The subcommand's --actors-file, else the group's."""
    if actors_file is not None:
        return actors_file
    parent = ctx.parent.params.get("actors_file") if ctx.parent is not None else None
    return Path(parent) if parent is not None else None


def _load(actors_file: Path | None) -> ActorBase:
    try:
        return ActorBase.load(user_path=actors_file)
    except EventWatchError as exc:
        raise click.ClickException(str(exc)) from exc


def _resolve(base: ActorBase, name: str) -> Actor:
    """The actor ``name`` names; an acronym in the wrong case is accepted when unambiguous."""
    actor = base.get(name)
    if actor is None:
        folded = [a for a in base if name.casefold() in {x.casefold() for x in a.acronyms}]
        actor = folded[0] if len(folded) == 1 else None
    if actor is None:
        raise click.ClickException(Errors.E016.format(input=name))
    return actor


@main.group("actors", invoke_without_command=True)
@_actors_file_option
@click.option("--kind", type=click.Choice(KINDS), help="Only state or only non-state actors.")
@click.option("--country", metavar="CODE", help="Only actors active in this country (ISO "
              "3166-1 alpha-2, e.g. PK).")
@click.option("--format", "fmt", type=click.Choice(("table", "json", "csv")), default="table",
              show_default=True, help="Output format.")
@click.option("--unresolved", is_flag=True,
              help="Instead list organisation-like names in stored articles that the base "
                   "does not know, so you can add them (`actors add`).")
@click.option("--db", "db_url", metavar="URL", default=None,
              help="Database for --unresolved [default: $EVENTWATCH_DATABASE_URL or "
                   "sqlite:///eventwatch.db].")
@click.pass_context
def actors_command(ctx: click.Context, actors_file: Path | None, kind: str | None,
                   country: str | None, fmt: str, unresolved: bool, db_url: str | None) -> None:
    """List the actor base: militant groups and state forces, with acronyms, parent
    organisation and countries of activity.

    The base is the shipped list plus the analyst's file, whose entries replace shipped ones
    of the same name.  JSON and CSV carry every field (aliases, relations, sources).

    \b
    Examples:
      eventwatch actors
      eventwatch actors --kind non_state --country PK
      eventwatch actors --format csv > actors.csv
      eventwatch actors show TTP
      eventwatch actors --unresolved --db sqlite:///events.db
      eventwatch actors add "Lashkar-e-Mustafa" --kind non_state --acronym LeM \\
          --parent Jaish-e-Mohammed --country IN
    """
    if ctx.invoked_subcommand is not None:
        return
    base = _load(actors_file)
    if unresolved:
        _list_unresolved(base, db_url, fmt)
        return
    code = country.strip().upper() if country else None
    chosen = [a for a in base if (kind is None or a.kind == kind)
              and (code is None or code in a.countries)]
    if fmt == "json":
        click.echo(json.dumps([a.to_dict() for a in chosen], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        fields = ("name", "kind", "aliases", "acronyms", "parent", "splinter_of",
                  "merged_into", "countries", "sources")
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(fields)
        for a in chosen:
            row = [getattr(a, f) for f in fields]
            writer.writerow(["; ".join(v) if isinstance(v, tuple) else (v or "") for v in row])
    else:
        rows = [("NAME", "KIND", "ACRONYMS", "PARENT", "COUNTRIES")] + [
            (a.name, a.kind, ", ".join(a.acronyms), a.parent or "", ", ".join(a.countries))
            for a in chosen]
        widths = [max(len(r[i]) for r in rows) for i in range(4)]
        for r in rows:
            click.echo("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=False)) + "  "
                       + r[4])
        click.echo(f"{len(chosen)} actor{'s' if len(chosen) != 1 else ''}", err=True)


def _list_unresolved(base: ActorBase, db_url: str | None, fmt: str) -> None:
    """``actors --unresolved``: names in stored articles the base does not know."""
    from eventwatch.store import Store
    from eventwatch.store.actor_profile import unresolved_names

    try:
        with Store(db_url) as store:
            names = unresolved_names(store, base)
    except EventWatchError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(json.dumps(names, ensure_ascii=False, indent=2))
        return
    fields = ("name", "articles", "mentions", "incidents", "first_seen", "last_seen",
              "origin", "example", "article_id")
    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(fields)
        for item in names:
            writer.writerow(["" if item[f] is None else item[f] for f in fields])
        return
    if not names:
        click.echo("no unresolved names: every organisation-like name in the stored articles "
                   "is in the actor base", err=True)
        return
    rows = [("NAME", "ARTICLES", "MENTIONS", "INCIDENTS", "FIRST SEEN", "LAST SEEN")] + [
        (n["name"], str(n["articles"]), str(n["mentions"]), str(n["incidents"]),
         n["first_seen"] or "-", n["last_seen"] or "-") for n in names]
    widths = [max(len(r[i]) for r in rows) for i in range(6)]
    for i, r in enumerate(rows):
        click.echo("  ".join(v.ljust(w) if j == 0 or j > 3 else v.rjust(w)
                             for j, (v, w) in enumerate(zip(r, widths, strict=True))).rstrip())
        if i and names[i - 1]["example"]:
            click.echo(f"    e.g. \"{names[i - 1]['example']}\"")
    click.echo(f"{len(names)} unresolved name{'s' if len(names) != 1 else ''}; add one with "
               "`eventwatch actors add NAME --kind non_state`", err=True)


@actors_command.command("show")
@click.argument("name")
@_actors_file_option
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text",
              show_default=True, help="Output format.")
@click.pass_context
def show_command(ctx: click.Context, name: str, actors_file: Path | None, fmt: str) -> None:
    """Show one actor: NAME may be its canonical name, any alias or an acronym.

    Prints every name it is matched by, its family (the root of its branch_of chain), its
    branches and splinters, countries and sources.

    \b
    Examples:
      eventwatch actors show "Islamic State Khorasan Province"
      eventwatch actors show Wilayat-e-Khurasan
      eventwatch actors show "Lashkar e Toiba" --format json
    """
    base = _load(_given_file(ctx, actors_file))
    actor = _resolve(base, name)
    entry = base.entry(actor.name) or actor.to_dict()
    entry["family"] = base.family(actor.name)
    for kind in ("branch_of", "splinter_of", "merged_into"):
        entry[f"{kind}_this"] = sorted(a for a, k, b in base.relations()
                                       if k == kind and b == actor.name)
    if fmt == "json":
        click.echo(json.dumps(entry, ensure_ascii=False, indent=2))
        return
    labels = [("name", "name"), ("kind", "kind"), ("aliases", "aliases"),
              ("acronyms", "acronyms"), ("parent", "branch of"), ("family", "family"),
              ("splinter_of", "splinter of"), ("merged_into", "merged into"),
              ("branch_of_this", "branches"), ("splinter_of_this", "splinters"),
              ("merged_into_this", "merged in"), ("countries", "countries"),
              ("sources", "sources"), ("acronym_rules", "acronym rules"), ("note", "note")]
    for key, label in labels:
        value = entry.get(key)
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in value.items())
        elif isinstance(value, list):
            value = ", ".join(value)
        if value:
            click.echo(f"{label + ':':<15}{value}")


@actors_command.command("add")
@click.argument("name")
@click.option("--kind", type=click.Choice(KINDS),
              help="state or non_state (required for a new actor).")
@click.option("--alias", "aliases", multiple=True, metavar="TEXT",
              help="Another name or spelling (repeatable).")
@click.option("--acronym", "acronyms", multiple=True, metavar="TEXT",
              help="An acronym, matched case-sensitively (repeatable).")
@click.option("--parent", metavar="NAME", help="The actor it is a branch of.")
@click.option("--splinter-of", metavar="NAME", help="The actor it split from.")
@click.option("--merged-into", metavar="NAME", help="The actor it merged into.")
@click.option("--country", "countries", multiple=True, metavar="CODE",
              help="ISO 3166-1 alpha-2 code of a country of activity (repeatable).")
@click.option("--source", "sources", multiple=True, metavar="TEXT",
              help="Where it is listed or attested (repeatable) [default: analyst].")
@_actors_file_option
@click.pass_context
def add_command(ctx: click.Context, name: str, kind: str | None, aliases: tuple[str, ...],
                acronyms: tuple[str, ...], parent: str | None, splinter_of: str | None,
                merged_into: str | None, countries: tuple[str, ...], sources: tuple[str, ...],
                actors_file: Path | None) -> None:
    """Add an actor to the analyst's file, or extend one: no code changes needed.

    A NAME that is already a canonical name extends that actor (new aliases, acronyms,
    countries and sources are added; kind and relations are replaced when given); the entry
    in the analyst's file then overrides the shipped one.  Relations take any name of an
    existing actor.  The file is checked against the whole base before it is written.

    \b
    Examples:
      eventwatch actors add "Lashkar-e-Mustafa" --kind non_state --acronym LeM \\
          --parent Jaish-e-Mohammed --country IN
      eventwatch actors add "Tehrik-i-Taliban Pakistan" --alias "TTP Mehsud"
      eventwatch actors add "Balochistan Constabulary" --kind state --country PK \\
          --actors-file team-actors.json
    """
    target = _given_file(ctx, actors_file)
    if target is None:
        env = os.environ.get(ENV_ACTORS_FILE, "").strip()
        target = Path(env).expanduser() if env else default_user_path()
    try:
        base = ActorBase.load(user_path=target) if target.exists() else \
            ActorBase(*read_actor_file(SHIPPED_PATH), source=str(SHIPPED_PATH))
        name = name.strip()
        other = base.get(name)
        existing = base.entry(name) if other is not None and other.name == name else None
        if existing is None and kind is None:
            raise click.UsageError(f"{name!r} is a new actor: give --kind state or non_state.")
        if existing is None and other is not None:
            click.echo(f"note: {name!r} already names {other.name}; the new actor takes that "
                       "name over.", err=True)
        entry: dict[str, Any] = existing or {"name": name, "sources": list(sources or
                                                                           ("analyst",))}
        for key, values in (("aliases", aliases), ("acronyms", acronyms),
                            ("countries", tuple(c.strip().upper() for c in countries)),
                            ("sources", sources)):
            entry[key] = list(dict.fromkeys([*entry.get(key, []), *values]))
        if kind is not None:
            entry["kind"] = kind
        for key, value in (("parent", parent), ("splinter_of", splinter_of),
                           ("merged_into", merged_into)):
            if value is not None:
                entry[key] = _resolve(base, value).name
        _write_checked(target, entry)
    except EventWatchError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(f"{target}: cannot write ({exc.strerror or exc}).") from exc
    verb = "updated" if existing is not None else "added"
    click.echo(f"{verb} {name} in {target}", err=True)


def _write_checked(target: Path, entry: dict[str, Any]) -> None:
    """Write ``entry`` into a copy of ``target``, load the base with the copy (which raises on
    a bad entry or a name collision), then put the copy in place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".actors-", suffix=".json", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if target.exists():
            tmp.write_bytes(target.read_bytes())
        else:
            tmp.unlink()
        try:
            upsert_user_entry(tmp, entry)
            ActorBase.load(user_path=tmp)
        except EventWatchError as exc:  # name the analyst's file, not our temporary copy
            raise click.ClickException(str(exc).replace(str(tmp), str(target))) from exc
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
