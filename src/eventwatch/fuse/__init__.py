"""Fusion: many reports of one incident become one record (see ``docs/fusion.md``).

Pure, in-memory and independent of the database:

* :mod:`.features`  a mention reduced to comparable features;
* :mod:`.score`     hard constraints and the weighted similarity (:class:`Params`);
* :mod:`.cluster`   blocking and incremental best-match assignment (:class:`Fuser`,
                    :func:`fuse`), analyst decisions as :class:`Constraints`;
* :mod:`.reconcile` UCDP-style low / high / best figures, per-source figures kept;
* :mod:`.metrics`   pairwise and B-cubed scores; :mod:`.corpus` the test corpus.

The store uses these for ingestion and re-fusion (:mod:`eventwatch.store.fusion`).
"""

from __future__ import annotations

from eventwatch.fuse.cluster import Constraints, Fuser, fuse, fuse_features
from eventwatch.fuse.features import Features, Mention, MentionKey, features
from eventwatch.fuse.metrics import ClusterScores, score_clusters
from eventwatch.fuse.reconcile import Fused, SourceFigures, reconcile
from eventwatch.fuse.score import DEFAULT, Params, similarity, veto

__all__ = [
    "DEFAULT", "ClusterScores", "Constraints", "Features", "Fused", "Fuser", "Mention",
    "MentionKey", "Params", "SourceFigures", "features", "fuse", "fuse_features",
    "reconcile", "score_clusters", "similarity", "veto",
]
