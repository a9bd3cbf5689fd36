"""Resources the pipeline reads: gazetteer, actor base and the spaCy tokenizer.

They live on an explicit :class:`Resources` object that callers create once and pass in,
never in module globals, so tests and servers can hold several configurations side by side.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwatch.extract.segment import FinalPunct
    from eventwatch.resources.actors import ActorBase
    from eventwatch.resources.gazetteer import Gazetteer

DATA_DIR = Path(__file__).parent / "data"


@dataclass
class Resources:
    """Loaded lazily on first use; ``actors_path`` is an analyst's override file, if any."""

    actors_path: Path | None = None
    _gazetteer: Gazetteer | None = field(default=None, repr=False)
    _actors: ActorBase | None = field(default=None, repr=False)
    _nlp: Language | None = field(default=None, repr=False)
    _punct: FinalPunct | None = field(default=None, repr=False)

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            from eventwatch.resources.gazetteer import Gazetteer

            self._gazetteer = Gazetteer.load()
        return self._gazetteer

    @property
    def actors(self) -> ActorBase:
        if self._actors is None:
            from eventwatch.resources.actors import ActorBase

            self._actors = ActorBase.load(user_path=self.actors_path)
        return self._actors

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            import spacy

            nlp = spacy.blank("en")
            nlp.add_pipe("sentencizer")
            self._nlp = nlp
        return self._nlp

    @property
    def sentence_final(self) -> FinalPunct:
        """Hashes of the sentencizer's sentence-final characters (see ``extract.segment``)."""
        if self._punct is None:
            from eventwatch.extract.segment import final_punct

            self._punct = final_punct(self.nlp)
        return self._punct
