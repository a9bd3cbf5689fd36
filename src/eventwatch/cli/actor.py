"""``eventwatch actor NAME``: one actor's profile from the actor base and the store.

Reads the actor base (shipped plus the analyst's file) and the database through
:func:`eventwatch.store.actor_profile.actor_profile`; writes the profile to stdout as text
or JSON.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from eventwatch.cli import main


def _figures(entry: dict[str, Any]) -> str:
    return f"killed {entry['killed']}, wounded {entry['wounded']}"


def _incident_line(entry: dict[str, Any]) -> str:
    place = ", ".join(p for p in (entry.get("place"), entry.get("admin1"), entry.get("country"))
                      if p) or "place unknown"
    return (f"{entry['date']} {place}: {entry['event_type']}, {_figures(entry)} "
            f"(incident {entry['id']})")


def _articles(n: int) -> str:
    return f"{n} article{'s' if n != 1 else ''}"


def render_profile(profile: dict[str, Any]) -> str:
    """The profile as readable text (the JSON form has every field)."""
    lines = [f"{profile['name']} ({profile['kind']})"
             + ("" if profile["in_base"] else "  [not in the actor base]")]
    fields = [("aliases", "also known as"), ("acronyms", "acronyms"),
              ("countries", "countries"), ("sources", "listed in"), ("parent", "branch of"),
              ("family", "family"), ("branches", "branches"), ("splinter_of", "splinter of"),
              ("splinters", "splinters"), ("merged_into", "merged into"),
              ("merged", "merged in")]
    for key, label in fields:
        value = profile.get(key)
        if key == "family" and value == profile["name"]:
            continue
        if isinstance(value, list):
            value = ", ".join(value)
        if value:
            lines.append(f"  {label + ':':<15}{value}")
    inc = profile["incidents"]
    branches = " (branches included)" if len(profile["counted"]) > 1 else ""
    lines += ["", f"Incidents{branches}"]
    if not inc["total"]:
        lines.append("  none stored")
    else:
        status = inc["by_status"]
        lines.append(f"  {inc['total']} incidents, {_figures(inc)}; claimed {status['claimed']}, "
                     f"attributed {status['attributed']}, suspected {status['suspected']}")
        if len(inc["by_actor"]) > 1:
            lines.append("  by actor: " + ", ".join(f"{k} {v}" for k, v in
                                                    inc["by_actor"].items()))
        if inc["first"]:
            lines.append(f"  first: {_incident_line(inc['first'])}")
            lines.append(f"  last:  {_incident_line(inc['last'])}")
        lines.append(f"  {'year':<8}{'incidents':>10}{'killed':>9}{'wounded':>9}")
        for year in inc["by_year"]:
            label = str(year["year"]) if year["year"] is not None else "undated"
            lines.append(f"  {label:<8}{year['incidents']:>10}{year['killed']:>9}"
                         f"{year['wounded']:>9}")
    lines += ["", "Relations"]
    stated = [r for r in profile["relations"] if r["articles"]]
    listed: dict[tuple[str, str], list[str]] = {}
    for rel in profile["relations"]:
        if not rel["articles"]:
            # Only in the base: one line per kind and direction ("X, Y branch_of Z").
            mine = rel["a"] == profile["name"]
            listed.setdefault((rel["kind"], "a" if mine else "b"), []).append(rel["other"])
    if not stated and not listed:
        lines.append("  none known")
    for rel in stated:
        where = ("actor base; " if rel["in_base"] else "") + _articles(len(rel["articles"]))
        lines.append(f"  {rel['a']} {rel['kind']} {rel['b']}  [{where}]")
        lines.extend(f"      \"{ev['text']}\"" for ev in rel["evidence"][:3])
    for (kind, side), others in listed.items():
        left, right = (profile["name"], ", ".join(others)) if side == "a" else \
            (", ".join(others), profile["name"])
        lines.append(f"  {left} {kind} {right}  [actor base]")
    lines += ["", "Milestones stated in reports"]
    if not profile["milestones"]:
        lines.append("  none stored")
    for m in profile["milestones"]:
        when = m["date"] or "undated"
        if m["date_precision"] not in ("day", "month", "year"):
            when += f" ({m['date_precision']})"
        actor = "" if m["actor"] == profile["name"] else f"{m['actor']}: "
        lines.append(f"  {when:<18}{m['kind']:<11}{actor}{m['what']}  "
                     f"[{_articles(len(m['articles']))}]")
    return "\n".join(lines)


@main.command("actor")
@click.argument("name")
@click.option("--db", "db_url", metavar="URL", default=None,
              help="SQLAlchemy database URL [default: $EVENTWATCH_DATABASE_URL or "
                   "sqlite:///eventwatch.db].")
@click.option("--actors-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="Your actor file, extending the shipped actor base.")
@click.option("--no-branches", is_flag=True,
              help="Count only the actor's own incidents, not its branches'.")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text",
              show_default=True, help="Output format.")
def actor_command(name: str, db_url: str | None, actors_file: Path | None, no_branches: bool,
                  fmt: str) -> None:
    """Profile one actor: NAME may be its canonical name, any alias or an acronym.

    Shows its names, family, branches and splinters (actor base); its incidents by year with
    killed and wounded (best estimate, else the low bound), the first and the last, and how
    often it claimed, was blamed for or suspected of them; relations listed in the base or
    stated in stored reports, with evidence; and milestones the reports state.  Incidents
    of its branches are counted too unless --no-branches is given.

    \b
    Examples:
      eventwatch actor TTP
      eventwatch actor "Islamic State" --db sqlite:///events.db
      eventwatch actor Wilayat-e-Khurasan --format json
    """
    from eventwatch.errors import EventWatchError
    from eventwatch.resources.actors import ActorBase
    from eventwatch.store import Store
    from eventwatch.store.actor_profile import actor_profile

    try:
        actors = ActorBase.load(user_path=actors_file)
        with Store(db_url) as store:
            profile = actor_profile(store, actors, name, branches=not no_branches)
    except EventWatchError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(json.dumps(profile, ensure_ascii=False, indent=2))
    else:
        click.echo(render_profile(profile))
