"""Analysis over the incident store: counts and trends (:mod:`.stats`), alerts (:mod:`.alerts`).

Both read compact per-incident :class:`~eventwatch.analysis.facts.Fact` records loaded by
:func:`~eventwatch.analysis.facts.load_facts`; neither writes to the store.
"""

from __future__ import annotations

from eventwatch.analysis.facts import Fact, Scope, load_facts

__all__ = ["Fact", "Scope", "load_facts"]
