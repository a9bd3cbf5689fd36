"""What the words around a name in running text say of it: the words that may stand next to a
town's name without making it part of a personal name, and the tests
:meth:`~eventwatch.resources.gazetteer.Gazetteer.scan` applies to a match's neighbours
(a personal name, a headline's capitals, an Arabic article).  Plain functions over the text;
no data files.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Capitalised words that may stand right before a town name without making it part of a
# personal name ("In Bannu", "Upper Kurram"), and words that may follow one ("Hangu Police",
# "Bara Assistant Political Agent").  Any other capitalised neighbour ("Colonel Arif",
# "Kamal Naseem") marks a small town's name as part of a person's name.
FUNCTION_WORDS = _words("""
    A An And As At But By During For From In Into Near Of On Or Since The To Towards Under
    Until Via While With Within Without Across Along Around Between Beyond Inside Outside
    Through Throughout After Before Both All Several Some Many Most Also Meanwhile However
    Later Earlier Then Today Yesterday Elsewhere Separately Similarly Besides Where When
    North South East West Northern Southern Eastern Western Central Upper Lower Greater New
    Old Rural Urban Downtown Tribal Border Interior Remote Occupied Indian Pakistani Afghan
    Iranian Iraqi Syrian Bangladeshi Nepalese Nepali Chinese Burmese Sri Lankan Turkish Kurdish
    """)
PLACE_WORDS = _words("""
    District Districts Agency Area Areas Town City Village Villages Tehsil Taluka Block
    Division Sector Valley Road Bazaar Bazar Market Chowk Police Station Cantonment Cantt
    Airport Bridge Border Camp Jail Prison Hospital University College School Mosque Masjid
    Colony Range Zone Region Province State Hills Hill Forest River Dam Lake Mountains Highway
    Pass Jungle Levies Scouts Rifles Militia Khasadar Press Club Court Municipal Corporation
    Assembly Council Deputy Commissioner Superintendent Assistant Political Additional Senior
    Chief Mayor Subdivision Circle Thana Gate Bypass Garrison Brigade Corps Regiment Battalion
    Base Port Harbour Railway Bus Stadium Park Square Street Lane Sessions High Special Anti
    Counter Bar Traders Administration Government Civil Cadet Frontier Headquarters Sadar
    Sadr Bench Jirga Tribe Tribes Cantt Airbase Fort Gas Field Coal Mines Check Checkpost Army
    No Phase Block Sub Metropolitan Township Townships Governorate Territory County
    Upazila Department Prefecture Commune
    """)
# Lower-case Arabic articles that may open a name in running text ("al-Qaim", "el-Arish").
ARTICLES = ("al", "el", "as", "ad", "ar", "an", "ash", "at", "az", "ath")


def word_before(text: str, start: int) -> tuple[int, str]:
    """The word that ends one space before ``start`` (letters and dots), or (-1, "")."""
    if start < 2 or text[start - 1] != " " or not (text[start - 2].isalpha()
                                                   or text[start - 2] == "."):
        return -1, ""
    w0 = start - 1
    while w0 > 0 and (text[w0 - 1].isalpha() or text[w0 - 1] == "."):
        w0 -= 1
    return w0, text[w0:start - 1]


def word_after(text: str, end: int) -> tuple[int, str]:
    """The word that starts one space after ``end`` (letters), with its start, or (-1, "")."""
    if end + 1 >= len(text) or text[end] != " " or not text[end + 1].isalpha():
        return -1, ""
    w1 = end + 1
    while w1 < len(text) and text[w1].isalpha():
        w1 += 1
    return end + 1, text[end + 1:w1]


def in_person_name(text: str, start: int, end: int, strong: bytearray) -> bool:
    """A small town or district inside a longer proper name is most likely part of a
    personal or organisation name: next to a capitalised word that is no strong place and no
    function word ("Idrees Khan", "Colonel Arif", "Abu Bakar"), after an initial ("P.
    Chidambaram"), or joined by the Urdu/Persian "e" ("Gulshan e Iqbal", "Sipah e Sahaba")."""
    w0, before = word_before(text, start)
    if before:
        if before in ("e", "i") and word_before(text, w0)[1][:1].isupper():
            return True
        letters = before.replace(".", "")
        if len(letters) == 1 and letters.isupper():  # an initial
            return True
        if (letters and before[0].isupper() and not letters.isupper()
                and before not in FUNCTION_WORDS and not strong[w0]):
            return True
    w1, after = word_after(text, end)
    if after:
        if after in ("e", "i") and word_after(text, w1 + 1)[1][:1].isupper():
            return True
        if (after[0].isupper() and not after.isupper() and after not in FUNCTION_WORDS
                and after not in PLACE_WORDS and not strong[w1]):
            return True
    return False


def article_start(surface: str) -> bool:
    head, sep, rest = surface.replace("-", " ").partition(" ")
    return bool(sep) and head in ARTICLES and rest[:1].isupper()


# The end of a round-up's place line: "HUB: ", "ZHOB - ".
_PLACE_LINE_ENDS = (": ", " - ", " — ", " – ")


def caps_context(text: str, start: int, end: int) -> bool:
    """True if a word next to text[start:end] is also written in capitals (a headline), or
    if the word is a place line of its own ("HUB: Three people were injured ..." in a
    round-up)."""
    if (start == 0 or text[start - 1] == "\n") and text.startswith(_PLACE_LINE_ENDS, end):
        return True
    before = text[max(0, start - 40):start].split()
    after = text[end:end + 40].split()
    words = ([before[-1]] if before else []) + ([after[0]] if after else [])
    return any(sum(c.isalpha() for c in w) >= 2 and w.isupper() for w in words)
