"""``to_dict`` methods spelled out for speed give what ``dataclasses.asdict`` gave."""

from __future__ import annotations

from dataclasses import asdict, fields

from eventwatch.models import Place


def test_place_to_dict_is_asdict() -> None:
    place = Place("PK", "Balochistan", "Quetta", "Quetta", "city", 30.18, 66.99)
    assert place.to_dict() == asdict(place)
    assert list(place.to_dict()) == [f.name for f in fields(Place)]
    assert Place().to_dict() == asdict(Place())
