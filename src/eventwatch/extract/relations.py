"""Relations between actors.  Reads the article text, its sentences, the actor matches, the
actor base and the incidents already extracted; writes :class:`~eventwatch.models.Relation`
records (``affiliate``, ``branch_of``, ``joint_claim``, ``sympathy``, ``splinter_of``,
``rival``, ``merged_into``), each with the evidence spans that state it.

Each sentence is turned into a *skeleton* in which every named actor is a token (``@3@``), so
that the patterns read like the phrases they stand for: "X, an affiliate of Y", "Y and its
affiliates including X1 and X2", "X, a splinter group of Y", "X merged into Y", "X, Y's branch
in Z", "clashes between X and Y", "X had a soft corner for Y", "X along with Y claimed
responsibility".  A possessive "its affiliates" belongs to the nearest actor named before it
in the sentence.  Names are canonical: aliases are resolved by the actor base, and every kind
but ``branch_of`` relates families (:meth:`ActorBase.family`), so that a branch and its parent
are one side.  Only non-state actors take part, and an unnamed faction ("a Taliban faction")
is no actor.  Incidents that two or more named groups claimed add ``joint_claim`` relations;
a pair is reported once, with all its evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwatch.extract.fastre import contains_any, guarded
from eventwatch.extract.segment import Sentence
from eventwatch.models import Evidence, Incident, Relation

if TYPE_CHECKING:
    from eventwatch.resources.actors import ActorBase, ActorMatch

RELATION_KINDS = ("affiliate", "branch_of", "joint_claim", "sympathy", "splinter_of", "rival",
                  "merged_into")
SYMMETRIC = frozenset({"joint_claim", "rival"})

_TOKEN = r"@\d+@"
# Up to two modifiers before a name: "Pakistan-based Lashkar-e-Jhangvi", "the banned".
_MOD = r"(?:(?:the|banned|outlawed|proscribed|[\w-]+-based|militant|terrorist)\s+){0,2}"
# A name may be followed by its acronym ("Lashkar-e-Taiba (LeT)"), itself a token.
_NAME = rf"{_TOKEN}(?:\s*\(?{_TOKEN}\)?)?"
_LIST = rf"{_MOD}{_NAME}(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s+){_MOD}{_NAME})*"
_THAT = r"(?:\s*,\s*(?:which|who)\s+|\s+(?:which|who)\s+|\s+)?"
_HAS = r"(?:(?:has|have|had|is|are|was|were)\s+(?:also\s+|been\s+|reportedly\s+|allegedly\s+)*)?"
_GAP = r"(?:[\w’'-]+\s+){0,3}?"
_CLAIM = (r"(?:jointly\s+|both\s+)?claimed\s+(?:joint\s+)?(?:responsibility|credit|ownership|"
          r"the\s+(?:\w+\s+)?(?:attack|bombing|blast|killing|assault|strike))")

# (kind, pattern, confidence).  Groups: ``a`` and ``b`` hold one name or a list; ``its`` marks
# a possessive whose owner is the nearest actor named before the match.
PATTERNS: list[tuple[str, str, float]] = [
    ("affiliate", rf"(?P<a>{_LIST})\s*,\s*(?:an?|the|one\s+of\s+the)\s+{_GAP}affiliates?\s+"
                  rf"of\s+(?P<b>{_MOD}{_TOKEN})", 0.85),
    ("affiliate", rf"(?P<a>{_LIST})\s*,\s*(?:an?\s+)?(?P<b>{_TOKEN})(?:’s|'s)?[\s-]+"
                  r"(?:affiliate|affiliated\s+(?:group|outfit|organi[sz]ation))", 0.8),
    ("affiliate", rf"(?P<b>{_TOKEN})(?:’s|'s)?[\s-]+affiliates?\s*,?\s*(?P<a>{_LIST})", 0.75),
    ("affiliate", rf"(?P<a>{_LIST}){_THAT}{_HAS}(?:affiliated|aligned|allied)\s+(?:with|to)\s+"
                  rf"(?P<b>{_MOD}{_TOKEN})", 0.8),
    ("affiliate", rf"(?P<a>{_LIST}){_THAT}{_HAS}pledged\s+(?:its\s+|their\s+)?(?:allegiance|"
                  rf"loyalty|bay['’]?ah)\s+to\s+(?P<b>{_MOD}{_TOKEN})", 0.8),
    ("affiliate", rf"(?P<its>\bits)\s+{_GAP}affiliates?\s*,?\s*(?:including|such\s+as|like|"
                  rf"namely|viz\.?)?\s*(?P<a>{_LIST})", 0.75),
    ("branch_of", rf"(?P<a>{_TOKEN})\s*,\s*(?:the\s+)?(?P<b>{_TOKEN})(?:’s|'s)\s+{_GAP}"
                  r"(?:branch|wing|chapter|franchise|province)\b", 0.85),
    ("branch_of", rf"(?P<a>{_TOKEN})\s*,?\s*(?:is\s+)?(?:an?|the)\s+{_GAP}(?:branch|wing|"
                  rf"chapter|franchise)\s+of\s+(?P<b>{_MOD}{_TOKEN})", 0.85),
    ("branch_of", rf"(?P<b>{_TOKEN})(?:’s|'s)\s+{_GAP}(?:branch|wing|chapter|franchise)\s*,?\s*"
                  rf"(?:known\s+as|called|named)?\s*(?P<a>{_TOKEN})", 0.8),
    ("splinter_of", rf"(?P<a>{_LIST})\s*,?\s*(?:is\s+|was\s+)?(?:an?|the)\s+{_GAP}(?:splinter|"
                    r"breakaway|offshoot)(?:\s+(?:group|faction|outfit|organi[sz]ation))?\s+"
                    rf"(?:of|from)\s+(?P<b>{_MOD}{_TOKEN})", 0.85),
    ("splinter_of", rf"(?P<a>{_LIST}){_THAT}{_HAS}(?:broke|broken|split|splintered|separated|"
                    rf"breaking|splitting)\s+(?:away\s+|off\s+)?from\s+(?P<b>{_MOD}{_TOKEN})",
     0.8),
    ("splinter_of", rf"(?P<b>{_TOKEN})(?:’s|'s)?\s+(?:splinter|breakaway)\s+(?:group|faction|"
                    rf"outfit)\s*,?\s*(?P<a>{_TOKEN})", 0.8),
    ("merged_into", rf"(?P<a>{_LIST}){_THAT}{_HAS}(?:merged|re-?joined|re-?united)\s+"
                    rf"(?:(?:into|with)\s+)?(?P<b>{_MOD}{_TOKEN})", 0.8),
    ("merged_into", rf"\bmerger\s+of\s+(?P<a>{_LIST})\s+(?:into|with)\s+(?P<b>{_MOD}{_TOKEN})",
     0.8),
    ("rival", rf"(?P<a>{_TOKEN})\s+and\s+(?P<b>{_MOD}{_TOKEN})\s+(?:are|were|have\s+been|"
              r"became|remain(?:ed)?)\s+(?:\w+\s+)?(?:rivals|enemies|foes|at\s+war|at\s+odds)",
     0.8),
    ("rival", r"\b(?:clash(?:es)?|fighting|feud|rivalry|infighting|turf\s+war|war|battles?|"
              rf"gunfights?|hostilities)\s+between\s+(?P<a>{_MOD}{_TOKEN})\s+and\s+"
              rf"(?P<b>{_MOD}{_TOKEN})", 0.75),
    ("rival", rf"(?P<a>{_TOKEN})\s*,\s*(?:an?|the)\s+{_GAP}rivals?\s+(?:of|to)\s+"
              rf"(?P<b>{_MOD}{_TOKEN})", 0.8),
    ("rival", rf"(?P<a>{_TOKEN})\s+(?:militants\s+|fighters\s+|cadres\s+)?(?:clashed|fought)\s+"
              rf"(?:with|against)\s+(?:the\s+)?(?:rival\s+)?(?P<b>{_MOD}{_TOKEN})", 0.75),
    ("sympathy", rf"(?P<a>{_LIST})\s*,?\s*{_HAS}(?:have|has|had|harbou?rs?|harbou?red|keeps?|"
                 r"kept)\s+(?:a\s+)?soft\s+(?:corner|spot)\s+(?:for|towards)\s+"
                 rf"(?P<b>{_MOD}{_TOKEN})", 0.85),
    ("sympathy", rf"(?P<a>{_LIST})\s*,?\s*{_HAS}(?:\w+\s+)?(?:sympathetic|sympathi[sz]ers?)\s+"
                 rf"(?:to|towards|of|with)\s+(?P<b>{_MOD}{_TOKEN})", 0.8),
    ("sympathy", rf"(?P<a>{_LIST})\s*,?\s*{_HAS}(?:sympathi[sz]e[sd]?|express(?:ed|es)?\s+"
                 rf"(?:support|solidarity))\s+(?:with|for)\s+(?P<b>{_MOD}{_TOKEN})", 0.75),
    ("joint_claim", rf"(?P<a>{_TOKEN})\s*,?\s*(?:along|together|jointly)\s+with\s+"
                    rf"(?P<b>{_MOD}{_TOKEN})\s*,?\s*{_HAS}{_CLAIM}", 0.85),
    ("joint_claim", rf"(?P<a>{_TOKEN})\s+and\s+(?P<b>{_MOD}{_TOKEN})\s+{_HAS}{_CLAIM}", 0.8),
    ("joint_claim", rf"(?P<a>{_TOKEN})\s+{_CLAIM}\s+(?:for\s+(?:the\s+)?\w+\s+)?(?:jointly|"
                    rf"together)\s+with\s+(?P<b>{_MOD}{_TOKEN})", 0.8),
    ("joint_claim", r"\b(?:was|has\s+been|had\s+been)\s+(?:jointly\s+)?claimed\s+by\s+"
                    rf"(?:both\s+)?(?P<a>{_MOD}{_TOKEN})\s+and\s+(?P<b>{_MOD}{_TOKEN})", 0.8),
]
# Words (lower-cased substrings) each pattern needs, in PATTERNS order: a cheap test that
# skips the regex on sentences that cannot match it.
_AFF, _BRANCH = ("affiliat",), ("branch", "wing", "chapter", "franchise")
NEEDS: list[tuple[str, ...]] = [
    _AFF, _AFF, _AFF, ("affiliated", "aligned", "allied"), ("pledged",), _AFF,
    (*_BRANCH, "province"), _BRANCH, _BRANCH,
    ("splinter", "breakaway", "offshoot"), ("broke", "split", "separated", "breaking"),
    ("splinter", "breakaway"),
    ("merged", "joined", "united"), ("merger",),
    ("rival", "enem", "foe", "at war", "at odds"), ("between",), ("rival",),
    ("clashed", "fought"),
    ("soft",), ("sympath",), ("sympath", "support", "solidarity"),
    ("claimed",), ("claimed",), ("claimed",), ("claimed",),
]
assert len(NEEDS) == len(PATTERNS)
COMPILED = [(kind, guarded(p, re.I), conf, needs)
            for (kind, p, conf), needs in zip(PATTERNS, NEEDS, strict=True)]
_TOKEN_RE = re.compile(r"@(\d+)@")
_POSSESSIVE = re.compile(r"\b(?:its|their)\b", re.I)
_UNNAMED_AFTER = re.compile(r"\s*(?:faction|splinter(?:\s+group)?|breakaway|commander|"
                            r"group|splinter\s+faction)\b", re.I)


@dataclass(slots=True)
class _Skeleton:
    """One sentence with each actor mention replaced by ``@k@``, and the way back to the text."""

    text: str
    starts: list[int]  # original offset where skeleton character i begins
    ends: list[int]    # original offset where skeleton character i ends
    matches: list[ActorMatch]

    @classmethod
    def build(cls, text: str, sentence: Sentence, matches: Sequence[ActorMatch]) -> _Skeleton:
        pieces: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        pos = sentence.start
        for k, m in enumerate(matches):
            pieces.append(text[pos:m.start])
            starts.extend(range(pos, m.start))
            ends.extend(range(pos + 1, m.start + 1))
            token = f"@{k}@"
            pieces.append(token)
            starts.extend([m.start] * len(token))
            ends.extend([m.end] * len(token))
            pos = m.end
        pieces.append(text[pos:sentence.end])
        starts.extend(range(pos, sentence.end))
        ends.extend(range(pos + 1, sentence.end + 1))
        return cls("".join(pieces), starts, ends, list(matches))

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]

    def actors(self, group: str) -> list[ActorMatch]:
        return [self.matches[int(k)] for k in _TOKEN_RE.findall(group)]

    def owner_before(self, pos: int) -> ActorMatch | None:
        """The actor named last before skeleton position ``pos`` ("its" resolves to it)."""
        tokens = [t for t in _TOKEN_RE.finditer(self.text, 0, pos)]
        return self.matches[int(tokens[-1].group(1))] if tokens else None


def _named(text: str, sentence: Sentence, matches: Sequence[ActorMatch]) -> list[ActorMatch]:
    """The non-state actors named in one sentence; "a Taliban faction" names none."""
    out = []
    for m in matches:
        if not (sentence.start <= m.start < sentence.end) or m.actor.kind != "non_state":
            continue
        if _UNNAMED_AFTER.match(text, m.end) and re.search(
                r"\b(?:an?|one|another|some)\s+$", text[max(sentence.start, m.start - 10):m.start],
                re.I):
            continue
        out.append(m)
    return out


class _Collector:
    """Relations keyed by (a, b, kind); a repeated relation gains evidence, not a copy."""

    def __init__(self, actors: ActorBase) -> None:
        self.actors = actors
        self.found: dict[tuple[str, str, str], Relation] = {}

    def name(self, actor_name: str, kind: str) -> str:
        return actor_name if kind == "branch_of" else self.actors.family(actor_name)

    def add(self, a: str, b: str, kind: str, evidence: Sequence[Evidence],
            confidence: float) -> None:
        a, b = self.name(a, kind), self.name(b, kind)
        if a == b:
            return
        key = (min(a, b), max(a, b), kind) if kind in SYMMETRIC else (a, b, kind)
        old = self.found.get(key)
        if old is None:
            self.found[key] = Relation(a, b, kind, list(evidence), confidence)
            return
        new = [e for e in evidence
               if all((o.start, o.end) != (e.start, e.end) for o in old.evidence)]
        if new:
            old.evidence.extend(new)
            old.confidence = min(0.95, max(old.confidence, confidence) + 0.05)


def find_relations(text: str, sentences: Sequence[Sentence], actor_matches: Sequence[ActorMatch],
                   actors: ActorBase, incidents: Sequence[Incident]) -> list[Relation]:
    """Every relation the article states between named actors, in order of first mention."""
    collector = _Collector(actors)
    for sentence in sentences:
        named = _named(text, sentence, actor_matches)
        if not named or (len(named) < 2 and not _POSSESSIVE.search(sentence.text)):
            continue  # a relation needs two groups, or one and "its"/"their" owner
        skeleton = _Skeleton.build(text, sentence, named)
        lower = skeleton.text.lower()
        for kind, pattern, confidence, needs in COMPILED:
            if not contains_any(lower, needs):
                continue
            for m in pattern.finditer(skeleton.text):
                _add_match(collector, skeleton, kind, m, confidence)
    for incident in incidents:
        _add_joint_claims(collector, incident)
    return list(collector.found.values())


def _add_match(collector: _Collector, skeleton: _Skeleton, kind: str, m: re.Match[str],
               confidence: float) -> None:
    start, end = skeleton.span(m.start(), m.end())
    evidence = Evidence("relation", start, end, _skeleton_text(skeleton, m))
    sides_a = skeleton.actors(m.group("a"))
    if m.groupdict().get("its"):
        owner = skeleton.owner_before(m.start())
        sides_b = [owner] if owner is not None else []
    else:
        sides_b = skeleton.actors(m.group("b"))
    for a in sides_a:
        for b in sides_b:
            family = collector.actors.family(a.actor.name)
            if m.groupdict().get("its") and family != a.actor.name and \
                    family != collector.actors.family(b.actor.name):
                continue  # "its affiliate AQIS" after a Taliban mention: the base knows better
            collector.add(a.actor.name, b.actor.name, kind, [evidence], confidence)


def _skeleton_text(skeleton: _Skeleton, m: re.Match[str]) -> str:
    """The original text of a skeleton match (actor tokens back to their names)."""
    out = m.group(0)
    for k in _TOKEN_RE.findall(out):
        out = out.replace(f"@{k}@", skeleton.matches[int(k)].text, 1)
    return out


def _add_joint_claims(collector: _Collector, incident: Incident) -> None:
    """An incident claimed by two or more named groups: each pair claimed it jointly."""
    claimants = [p for p in incident.perpetrators
                 if p.status == "claimed" and p.actor and p.kind == "non_state"]
    if len(claimants) < 2:
        return
    spans = {e.text: e for e in incident.evidence if e.field == "perpetrators"}
    for i, first in enumerate(claimants):
        for second in claimants[i + 1:]:
            assert first.actor is not None and second.actor is not None
            evidence = [spans[p.mention] for p in (first, second) if p.mention in spans]
            if evidence:
                collector.add(first.actor, second.actor, "joint_claim", evidence, 0.7)
