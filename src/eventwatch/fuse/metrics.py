"""Clustering scores for fusion: pairwise precision/recall and B-cubed (Bagga & Baldwin 1998).

Both take two labelings of the same items (item -> cluster label): the gold one and the
predicted one.  Pairwise counts item pairs put together; B-cubed averages, per item, how much
of its predicted cluster is right (precision) and how much of its gold cluster it found
(recall), so one wrong merge of two big incidents costs more than a stray singleton.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ClusterScores:
    items: int
    gold_clusters: int
    predicted_clusters: int
    pairwise_precision: float
    pairwise_recall: float
    pairwise_f1: float
    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float

    def to_dict(self) -> dict[str, float | int]:
        return {name: (round(v, 4) if isinstance(v, float) else v)
                for name, v in ((f, getattr(self, f)) for f in self.__slots__)}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def score_clusters(gold: Mapping[Hashable, Hashable],
                   predicted: Mapping[Hashable, Hashable]) -> ClusterScores:
    """Scores of ``predicted`` against ``gold``; both must label exactly the same items."""
    if set(gold) != set(predicted):
        missing = len(set(gold) ^ set(predicted))
        raise ValueError(f"gold and predicted label different items ({missing} differ)")
    joint = Counter((gold[i], predicted[i]) for i in gold)
    g_size = Counter(gold.values())
    p_size = Counter(predicted.values())
    together = sum(_pairs(n) for n in joint.values())
    pred_pairs = sum(_pairs(n) for n in p_size.values())
    gold_pairs = sum(_pairs(n) for n in g_size.values())
    pp = together / pred_pairs if pred_pairs else 1.0
    pr = together / gold_pairs if gold_pairs else 1.0
    n = len(gold)
    if n:
        # Each item of cell (g, p) has |g ∩ p| = joint count; summing over the cell's items
        # multiplies by that count again.
        bp = sum(c * c / p_size[p] for (_, p), c in joint.items()) / n
        br = sum(c * c / g_size[g] for (g, _), c in joint.items()) / n
    else:
        bp = br = 1.0
    return ClusterScores(n, len(g_size), len(p_size), pp, pr, _f1(pp, pr), bp, br, _f1(bp, br))
