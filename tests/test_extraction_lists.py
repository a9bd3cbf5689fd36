"""How many people a list of victims or arrested holds: people joined by "and" to one counted,
people named after their number, and who counts on which side.  Hand-written reports; each
case failed on the code of the stop before it was added (stop 19's code for the first), except
where a comment says it guards a rule's reach."""

from __future__ import annotations

import pytest

from eventwatch.resources import Resources
from extraction_cases import figures


@pytest.mark.parametrize(("text", "measure", "low"), [
    # a title before the second name: "and Constable Amresh Kumar were killed"
    ("A Border Security Force (BSF) Assistant Commandant Gajender Singh and Constable Amresh "
     "Kumar were killed when Maoists triggered an IED in Kanker District on March 7.",
     "killed", 2),
    # an accomplice is one more, as an aide or associate is
    ("A high value terrorist Mehmoodul Hassan alias Khwaja Madni and his accomplice from the "
     "Sajna group were killed in an operation in Jandola on March 31.", "killed", 2),
    # the members of a group named right after its number are no more people (these two
    # guard the reach of the rule above: they held on stop 19's code)
    ("Two suppliers Dipak Kumar Singh and Bikram Kumar Singh were arrested during a raid at "
     "Adamapur village in Rohtas District on September 10.", "arrested", 2),
    ("Two RAB personnel Corporal Mohammed Ali and Lance Corporal Nuruzzaman were also injured "
     "in the gunfight in Jhenidah District on July 12.", "wounded", 2),
    ("Two youths, Sudhindra and his friend Vignesh were kidnapped on June 8 outside the "
     "Mahajana College in Mysore.", "kidnapped", 2),
    # a person joined after the group, with a title, is one more
    ("Two soldiers and Sepoy Ram Kumar were killed when militants attacked a post in Kupwara "
     "District on June 2.", "killed", 3),
])
def test_people_joined_or_named_in_a_list(resources: Resources, text: str, measure: str,
                                          low: int) -> None:
    assert figures(resources, text, measure) == [low]
