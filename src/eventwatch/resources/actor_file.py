"""Actor data files: the :class:`Actor` record, reading and validating a file, and writing
the analyst's file.

Reads the shipped base ``data/actors/actors.json`` and the analyst's file in the same format
(:func:`read_actor_file`); the analyst's file is the path given, else
``$EVENTWATCH_ACTORS_FILE``, else ``~/.config/eventwatch/actors.json`` when it exists
(:func:`resolve_user_path`).  Only :func:`upsert_user_entry` (used by ``eventwatch actors
add``) writes, and only that file.  Format: ``data/actors/README.md``.  Turning the entries
into a searchable base is :class:`eventwatch.resources.actors.ActorBase`'s job.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from eventwatch.errors import DataError, Errors

SHIPPED_PATH = Path(__file__).parent / "data" / "actors" / "actors.json"
ENV_ACTORS_FILE = "EVENTWATCH_ACTORS_FILE"
KINDS = ("state", "non_state")


@dataclass(frozen=True, slots=True)
class Actor:
    """One organisation; ``name`` is canonical, ``parent`` the organisation it is a branch of
    (``branch_of``).  ``unresolved`` marks a name seen in text that is not in the base."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    parent: str | None = None
    splinter_of: str | None = None
    merged_into: str | None = None
    countries: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    unresolved: bool = False
    # the country whose armed forces as a whole this is ("Russian Armed Forces": RU), named
    # when a report names them only by the country's adjective ("A Russian missile strike")
    forces_of: str | None = None
    # with ``forces_of``: a report placed in that country that names a force only as "troops"
    # or "soldiers" names these forces (not where the press calls several forces troops, as
    # South Asia's reports do: India's CRPF and BSF, Pakistan's Frontier Corps and Rangers)
    troops: bool = False
    # the country whose air force this is ("Pakistan Air Force": PK), named when a report
    # names a state's aircraft only by its adjective ("Pakistani military aircraft bombed")
    air_force_of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The actor as a data-file entry (empty fields left out)."""
        out: dict[str, Any] = {"name": self.name, "kind": self.kind}
        for key in ("aliases", "acronyms", "parent", "splinter_of", "merged_into",
                    "countries", "sources", "forces_of", "troops", "air_force_of"):
            value = getattr(self, key)
            if value:
                out[key] = list(value) if isinstance(value, tuple) else value
        return out


class AcronymRule(StrEnum):
    """When an acronym counts as a mention (data: ``acronym_rules``, acronym -> rule).

    ``free``: always.  ``context`` (the default for one- and two-letter acronyms: HM, FC, TI):
    once the actor was named earlier in the text, after of/by/from/against/pro-/anti-/and...,
    or before a member noun ("HM militants", "FC personnel").  ``after_name``: only once the
    actor was named earlier ("SSP" is usually a Senior Superintendent of Police).  ``word``
    (automatic for acronyms that are English words, i.e. "IS"): in all-caps (headline) context
    only after the/of/by/from/against/pro-/anti-/with/to or before a member noun, since there
    the verb is written the same way; elsewhere an upper-case "IS" cannot be the verb.
    Defined here because the file's ``acronym_rules`` are checked against it; the scan in
    :mod:`eventwatch.resources.actors` applies it.
    """

    FREE = "free"
    CONTEXT = "context"
    AFTER_NAME = "after_name"
    WORD = "word"


_COUNTRY = re.compile(r"[A-Z]{2}")


@dataclass
class ActorFileEntry:
    """One validated data-file entry with the matching options that are not part of Actor."""

    actor: Actor
    rules: dict[str, str] = field(default_factory=dict)
    case_sensitive: tuple[str, ...] = ()
    note: str | None = None
    user: bool = False  # from the analyst's file: its names win over shipped ones

    def to_dict(self) -> dict[str, Any]:
        out = self.actor.to_dict()
        if self.rules:
            out["acronym_rules"] = dict(self.rules)
        if self.case_sensitive:
            out["case_sensitive"] = list(self.case_sensitive)
        if self.note:
            out["note"] = self.note
        return out


def _strings(value: Any, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataError(Errors.E015, where, reason=f"'{key}' must be a list of non-empty strings")
    return tuple(dict.fromkeys(v.strip() for v in value))


def _optional(value: Any, where: str, key: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise DataError(Errors.E015, where, reason=f"'{key}' must be a string")
    return value.strip()


def parse_entry(raw: Any, where: str) -> ActorFileEntry:
    """Validate one data-file entry (``where`` names the file and entry in errors)."""
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or \
            not raw["name"].strip():
        raise DataError(Errors.E015, where, reason="each actor needs a non-empty 'name'")
    name = raw["name"].strip()
    where = f"{where} ({name})"
    kind = raw.get("kind")
    if kind not in KINDS:
        raise DataError(Errors.E015, where,
                        reason=f"'kind' must be one of {', '.join(KINDS)}, not {kind!r}")
    countries = _strings(raw.get("countries"), where, "countries")
    bad = [c for c in countries if not _COUNTRY.fullmatch(c)]
    if bad:
        raise DataError(Errors.E015, where, reason="countries must be ISO 3166-1 alpha-2 "
                        f"codes in capitals, not {', '.join(bad)}")
    forces_of = _optional(raw.get("forces_of"), where, "forces_of")
    if forces_of is not None and (kind != "state" or not _COUNTRY.fullmatch(forces_of)):
        raise DataError(Errors.E015, where, reason="'forces_of' is the ISO 3166-1 alpha-2 code "
                        "of the country whose armed forces a state actor is")
    troops = raw.get("troops", False)
    if not isinstance(troops, bool) or (troops and forces_of is None):
        raise DataError(Errors.E015, where, reason="'troops' is true or false, and true only "
                        "for a state actor with 'forces_of'")
    air_force_of = _optional(raw.get("air_force_of"), where, "air_force_of")
    if air_force_of is not None and (kind != "state" or not _COUNTRY.fullmatch(air_force_of)):
        raise DataError(Errors.E015, where, reason="'air_force_of' is the ISO 3166-1 alpha-2 "
                        "code of the country whose air force a state actor is")
    acronyms = _strings(raw.get("acronyms"), where, "acronyms")
    rules = raw.get("acronym_rules") or {}
    valid_rules = {r.value for r in AcronymRule}
    if not isinstance(rules, dict) or any(
            k not in acronyms or v not in valid_rules for k, v in rules.items()):
        raise DataError(Errors.E015, where, reason="'acronym_rules' maps this actor's acronyms "
                        "to free, context, after_name or word")
    actor = Actor(
        name=name, kind=kind, aliases=_strings(raw.get("aliases"), where, "aliases"),
        acronyms=acronyms, parent=_optional(raw.get("parent"), where, "parent"),
        splinter_of=_optional(raw.get("splinter_of"), where, "splinter_of"),
        merged_into=_optional(raw.get("merged_into"), where, "merged_into"),
        countries=countries, sources=_strings(raw.get("sources"), where, "sources"),
        forces_of=forces_of, troops=troops, air_force_of=air_force_of)
    return ActorFileEntry(actor, dict(rules),
                      _strings(raw.get("case_sensitive"), where, "case_sensitive"),
                      _optional(raw.get("note"), where, "note"))


def read_actor_file(path: Path) -> tuple[list[ActorFileEntry], list[str]]:
    """The entries and the ``not_actors`` names of one data file (shipped or user)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DataError(Errors.E001, str(path), reason=exc.strerror or str(exc)) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataError(Errors.E015, str(path), reason=f"not valid JSON: {exc}") from exc
    if isinstance(data, list):  # a bare list of entries is accepted too
        data = {"actors": data}
    if not isinstance(data, dict) or not isinstance(data.get("actors", []), list):
        raise DataError(Errors.E015, str(path), reason="expected an object with an 'actors' list")
    entries = [parse_entry(raw, f"{path}: actors[{i}]")
               for i, raw in enumerate(data.get("actors", []))]
    names = [e.actor.name for e in entries]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise DataError(Errors.E015, str(path), reason=f"actor listed twice: {', '.join(dupes)}")
    return entries, list(_strings(data.get("not_actors"), str(path), "not_actors"))


def default_user_path() -> Path:
    """``$XDG_CONFIG_HOME/eventwatch/actors.json`` (default ``~/.config/...``)."""
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "eventwatch" / "actors.json"


def resolve_user_path(user_path: Path | None) -> Path | None:
    """``user_path``, else ``$EVENTWATCH_ACTORS_FILE``, else the default file if it exists."""
    if user_path is not None:
        return Path(user_path).expanduser()
    env = os.environ.get(ENV_ACTORS_FILE, "").strip()
    if env:
        return Path(env).expanduser()
    default = default_user_path()
    return default if default.is_file() else None


def upsert_user_entry(path: Path, entry: Mapping[str, Any]) -> bool:
    """Write ``entry`` into the analyst's actor file at ``path`` (created if missing),
    replacing an entry of the same canonical name; True when one was replaced.  The file is
    written to a temporary file and renamed, so a failed write leaves it intact."""
    parsed = parse_entry(dict(entry), str(path))
    data: dict[str, Any] = {"actors": []}
    if path.exists():
        read_actor_file(path)  # refuse to rewrite a file that does not read back
        loaded = json.loads(path.read_text(encoding="utf-8"))
        data = {"actors": loaded} if isinstance(loaded, list) else loaded
    entries: list[dict[str, Any]] = data.setdefault("actors", [])
    names = [str(e.get("name", "")).strip() for e in entries]
    replaced = parsed.actor.name in names
    if replaced:
        entries[names.index(parsed.actor.name)] = parsed.to_dict()
    else:
        entries.append(parsed.to_dict())
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return replaced
