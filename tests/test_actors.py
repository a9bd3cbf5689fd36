"""Tests of the actor base (``eventwatch.resources.actors``) and ``eventwatch actors``.

The shipped data file is read for real; the analyst's file lives in ``tmp_path``.  Every test
that loads the base points ``$EVENTWATCH_ACTORS_FILE`` and ``$XDG_CONFIG_HOME`` away from the
developer's own configuration.  The SATP test reads ``../shared`` beside the checkout and is
skipped where it is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwatch.cli import main
from eventwatch.errors import DataError
from eventwatch.resources.actors import KINDS, SHIPPED_PATH, ActorBase, read_actor_file

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
REQUIRED = ("Islamic State", "Islamic State Khorasan Province", "Tehrik-i-Taliban Pakistan",
            "Lashkar-e-Jhangvi", "Sipah-e-Sahaba Pakistan", "Jamaat-ul-Ahrar", "Lashkar-e-Taiba",
            "Hizbul Mujahideen", "Taliban", "Baloch Liberation Army", "Lashkar-e-Islam",
            "Tauheedul Islam", "al-Qaeda", "Haqqani Network")


@pytest.fixture(autouse=True)
def _no_home_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("EVENTWATCH_ACTORS_FILE", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def _shipped() -> ActorBase:
    """The shipped base alone, whatever the environment says."""
    entries, not_actors = read_actor_file(SHIPPED_PATH)
    return ActorBase(entries, not_actors, str(SHIPPED_PATH))


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> ActorBase:
    empty = tmp_path_factory.mktemp("actors") / "empty.json"
    empty.write_text('{"actors": []}', encoding="utf-8")
    return ActorBase.load(user_path=empty)


def found(base: ActorBase, text: str) -> list[tuple[str, str]]:
    matches = base.scan(text)
    for m in matches:
        assert text[m.start:m.end] == m.text
    return [(m.text, m.actor.name) for m in matches]


# -- the data ---------------------------------------------------------------------------------

def test_size_kinds_and_required_names(base: ActorBase) -> None:
    assert len(base) >= 150
    assert {a.kind for a in base} == set(KINDS)
    assert sum(a.kind == "state" for a in base) >= 40
    for name in REQUIRED:
        actor = base.get(name)
        assert actor is not None and actor.name == name
    assert base.get("Islamic State Khorasan Province").parent == "Islamic State"  # type: ignore[union-attr]
    assert base.get("Taliban").kind == "non_state"  # type: ignore[union-attr]
    assert base.get("Frontier Corps").kind == "state"  # type: ignore[union-attr]


def test_every_actor_has_countries_and_sources(base: ActorBase) -> None:
    for actor in base:
        assert actor.countries, actor.name
        assert actor.sources, actor.name
        assert all(len(c) == 2 and c.isupper() for c in actor.countries), actor.name


def test_every_name_is_found_in_a_sentence(base: ActorBase) -> None:
    """Each canonical name, alias and acronym, written as in the data, scans to its actor."""
    for actor in base:
        for name in (actor.name, *actor.aliases):
            text = f"Officials said {name} was behind it."
            assert (name, actor.name) in found(base, text), (name, found(base, text))
            assert base.get(name) is actor
        for acronym in actor.acronyms:
            # Named first, so that context-bound acronyms (HM, SSP) count too.
            text = f"Officials said {actor.name} did it. Later militants of {acronym} attacked."
            assert (acronym, actor.name) in found(base, text), (acronym, found(base, text))
            assert base.get(acronym) is actor


def test_relations(base: ActorBase) -> None:
    relations = set(base.relations())
    assert ("Islamic State Khorasan Province", "branch_of", "Islamic State") in relations
    assert ("Lashkar-e-Jhangvi", "splinter_of", "Sipah-e-Sahaba Pakistan") in relations
    assert ("Tritiya Prastuti Committee", "splinter_of",
            "Communist Party of India (Maoist)") in relations
    assert ("Jamaat-ul-Ahrar", "merged_into", "Tehrik-i-Taliban Pakistan") in relations
    names = {a.name for a in base}
    assert all(a in names and b in names for a, _, b in relations)


def test_family(base: ActorBase) -> None:
    assert base.family("Islamic State Khorasan Province") == "Islamic State"
    assert base.family("Wilayat-e-Khurasan") == "Islamic State"
    assert base.family("ISKP") == "Islamic State"
    assert base.family("Haqqani Network") == "Taliban"
    assert base.family("Lashkar-e-Jhangvi") == "Lashkar-e-Jhangvi"  # a splinter is its own
    assert base.family("Some Unknown Front") == "Some Unknown Front"


def test_get_by_any_name(base: ActorBase) -> None:
    assert base.get("lashkar e toiba").name == "Lashkar-e-Taiba"  # type: ignore[union-attr]
    assert base.get("Jamaat-ud-Dawa").name == "Lashkar-e-Taiba"  # type: ignore[union-attr]
    assert base.get("Houthis").name == "Ansar Allah"  # type: ignore[union-attr]
    assert base.get("IS").name == "Islamic State"  # type: ignore[union-attr]
    assert base.get("is") is None  # acronyms keep their case
    assert base.get("levies").name == "Levies"  # type: ignore[union-attr]
    assert base.get("police") is None and base.get("security forces") is None


# -- scanning ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Analysts warned of the group Islamic State, also called ISIS or Daesh, in the north.",
     [("Islamic State", "Islamic State"), ("ISIS", "Islamic State"), ("Daesh", "Islamic State")]),
    ("The study named Tehrik-i-Taliban Pakistan (TTP) and Lashkar-e-Jhangvi as top threats.",
     [("Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan"),
      ("TTP", "Tehrik-i-Taliban Pakistan"), ("Lashkar-e-Jhangvi", "Lashkar-e-Jhangvi")]),
    ("Sipah-e-Sahaba Pakistan and Jamaat-ul-Ahrar were said to admire the jihadists.",
     [("Sipah-e-Sahaba Pakistan", "Sipah-e-Sahaba Pakistan"),
      ("Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar")]),
    ("The ministry says the network calls its local base Wilayat-e-Khurasan.",
     [("Wilayat-e-Khurasan", "Islamic State Khorasan Province")]),
    ("Islamic State Khorasan Province claimed the blast.",
     [("Islamic State Khorasan Province", "Islamic State Khorasan Province")]),
    ("The Pakistani Taliban and the Afghan Taliban differ; a Taliban faction split.",
     [("Pakistani Taliban", "Tehrik-i-Taliban Pakistan"), ("Afghan Taliban", "Taliban"),
      ("Taliban", "Taliban")]),
    ("Police said a Lashkar e Toiba LeT militant was killed in Kupwara.",
     [("Lashkar e Toiba", "Lashkar-e-Taiba"), ("LeT", "Lashkar-e-Taiba")]),
    ("One militant of Hizb ul Mujahideen HM was also killed.",
     [("Hizb ul Mujahideen", "Hizbul Mujahideen"), ("HM", "Hizbul Mujahideen")]),
    ("They suspect Tehreek e Taliban Pakistan (TTP) of the attack.",
     [("Tehreek e Taliban Pakistan", "Tehrik-i-Taliban Pakistan"),
      ("TTP", "Tehrik-i-Taliban Pakistan")]),
    ("Lashkar e Islam (LI) militants clashed with Tauheedul Islam (TI) volunteers.",
     [("Lashkar e Islam", "Lashkar-e-Islam"), ("LI", "Lashkar-e-Islam"),
      ("Tauheedul Islam", "Tauheedul Islam"), ("TI", "Tauheedul Islam")]),
    ("Militants of the TehreekeTaliban Pakistan and JaisheMohammed were named.",
     [("TehreekeTaliban Pakistan", "Tehrik-i-Taliban Pakistan"),
      ("JaisheMohammed", "Jaish-e-Mohammed")]),
    ("Cadres of the NSCN (IM) and the ULFA I met.",
     [("NSCN (IM)", "National Socialist Council of Nagaland-Isak-Muivah"),
      ("ULFA I", "United Liberation Front of Asom-Independent")]),
    ("Hidden ISIS’ cells and ISIS' recruiters; pro-ISIS posters.",
     [("ISIS", "Islamic State")] * 3),
    ("The ‘caliphate’ struck again.", [("‘caliphate’", "Islamic State")]),
    ("Three Levies personnel were hurt; new levies on fuel were announced.",
     [("Levies", "Levies")]),
])
def test_scan_sentences(base: ActorBase, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(base, text) == expected


@pytest.mark.parametrize(("text", "n_is"), [
    ("He briefed reporters about the eviction of the IS from Mosul.", 1),
    ("ISIS IS A THREAT TO THE REGION", 0),
    ("WHO IS BEHIND THE QUETTA BLAST?", 0),
    ("THE IS FIGHTERS RETREAT FROM RAQQA", 1),
    ("Though IS and the Afghan Taliban were rivals, IS fighters moved in.", 2),
    ("Pro-IS graffiti appeared; the wall said it is over.", 1),
    ("This is what it is.", 0),
])
def test_is_only_where_it_cannot_be_the_verb(base: ActorBase, text: str, n_is: int) -> None:
    assert [t for t, _ in found(base, text)].count("IS") == n_is


def test_ambiguous_acronyms_need_context(base: ActorBase) -> None:
    assert found(base, "Union HM Rajnath Singh said so.") == []
    assert found(base, "Three HM militants were killed.") == [("HM", "Hizbul Mujahideen")]
    assert found(base, "Senior Superintendent of Police (SSP) Ali said the SSP will act.") == []
    assert [n for _, n in found(base, "Sipah-e-Sahaba Pakistan (SSP) said the SSP will act.")
            ] == ["Sipah-e-Sahaba Pakistan"] * 3
    assert found(base, "An Awami National Party (ANP) leader was shot.") == []
    assert found(base, "Afghan National Police (ANP) said ANP units") == [
        ("Afghan National Police", "Afghan National Police"), ("ANP", "Afghan National Police"),
        ("ANP", "Afghan National Police")]
    assert found(base, "FC personnel and police") == [("FC", "Frontier Corps")]


def test_whole_words_and_offsets(base: ActorBase) -> None:
    assert found(base, "Talibanisation and ISISx and Hamasville") == []
    text = "Then the Islamic\n   State  fighters met Tehrik-i-\nTaliban Pakistan men."
    matches = base.scan(text)
    assert [(m.text, m.actor.name) for m in matches] == [
        ("Islamic\n   State", "Islamic State"),
        ("Tehrik-i-\nTaliban Pakistan", "Tehrik-i-Taliban Pakistan")]
    assert all(text[m.start:m.end] == m.text for m in matches)
    assert base.scan("") == []


def test_find_unresolved(base: ActorBase) -> None:
    text = ("The Lashkar-e-Mustafa and the Garo United Liberation Front claimed it, police "
            "said, while the Mangal Bagh group and Lashkar-e-Taiba denied it. A Taliban "
            "faction, the Army Public School and Jamaat-e-Islami were also named.")
    assert [t for _, _, t in base.find_unresolved(text)] == [
        "Lashkar-e-Mustafa", "Garo United Liberation Front", "Mangal Bagh group"]
    for start, end, span in base.find_unresolved(text):
        assert text[start:end] == span


# -- the analyst's file -----------------------------------------------------------------------

def write(path: Path, actors: list[dict[str, object]]) -> Path:
    path.write_text(json.dumps({"actors": actors}), encoding="utf-8")
    return path


def test_user_file_adds_and_replaces(tmp_path: Path) -> None:
    user = write(tmp_path / "mine.json", [
        {"name": "Lashkar-e-Mustafa", "kind": "non_state", "aliases": ["Lashkar e Mustafa"],
         "acronyms": ["LeM"], "parent": "Jaish-e-Mohammed", "countries": ["IN"]},
        {"name": "Tehrik-i-Taliban Pakistan", "kind": "non_state", "acronyms": ["TTP"],
         "countries": ["PK"]},
    ])
    base = ActorBase.load(user_path=user)
    shipped = _shipped()
    assert len(base) == len(shipped) + 1
    assert found(base, "Police blamed the Lashkar e Mustafa (LeM).") == [
        ("Lashkar e Mustafa", "Lashkar-e-Mustafa"), ("LeM", "Lashkar-e-Mustafa")]
    assert base.family("LeM") == "Jaish-e-Mohammed"
    ttp = base.get("TTP")
    assert ttp is not None and ttp.countries == ("PK",) and ttp.aliases == ()
    assert base.get("Pakistani Taliban") is None  # the replacement dropped the aliases


def test_user_file_from_environment_and_its_names_win(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    user = write(tmp_path / "env.json", [{"name": "Jundallah (Iran) old", "kind": "non_state",
                                          "aliases": ["Jundallah"]}])
    monkeypatch.setenv("EVENTWATCH_ACTORS_FILE", str(user))
    base = ActorBase.load()
    assert base.get("Jundallah").name == "Jundallah (Iran) old"  # type: ignore[union-attr]


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "not valid JSON"),
    ('{"actors": [{"name": "X"}]}', "'kind' must be one of"),
    ('{"actors": [{"name": "X", "kind": "non_state", "parent": "Nobody"}]}', "Nobody"),
    ('{"actors": [{"name": "X", "kind": "non_state", "countries": ["PAK"]}]}', "alpha-2"),
    ('{"actors": [{"name": "X", "kind": "non_state", "acronyms": ["XA"]}, '
     '{"name": "Y", "kind": "non_state", "acronyms": ["XA"]}]}', "names both X and Y"),
])
def test_bad_user_file_names_the_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=message) as info:
        ActorBase.load(user_path=path)
    assert str(path) in str(info.value)


def test_missing_named_user_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match=r"\[E001\].*missing\.json"):
        ActorBase.load(user_path=tmp_path / "missing.json")


# -- the command line -------------------------------------------------------------------------

def test_cli_add_show_and_list(tmp_path: Path) -> None:
    runner = CliRunner()
    path = tmp_path / "sub" / "actors.json"
    result = runner.invoke(main, [
        "actors", "add", "Lashkar-e-Mustafa", "--kind", "non_state", "--alias",
        "Lashkar e Mustafa", "--acronym", "LeM", "--parent", "JeM", "--country", "in",
        "--actors-file", str(path)])
    assert result.exit_code == 0, result.output
    saved = json.loads(path.read_text(encoding="utf-8"))["actors"]
    assert saved == [{"name": "Lashkar-e-Mustafa", "kind": "non_state",
                      "aliases": ["Lashkar e Mustafa"], "acronyms": ["LeM"],
                      "parent": "Jaish-e-Mohammed", "countries": ["IN"],
                      "sources": ["analyst"]}]

    result = runner.invoke(main, ["actors", "--actors-file", str(path), "show", "LeM"])
    assert result.exit_code == 0, result.output
    assert "Lashkar-e-Mustafa" in result.output and "family:        Jaish-e-Mohammed" in \
        result.output

    result = runner.invoke(main, ["actors", "--actors-file", str(path), "--country", "IN",
                                  "--kind", "non_state", "--format", "json"])
    listed = {a["name"] for a in json.loads(result.output)}
    assert "Lashkar-e-Mustafa" in listed and "Tehrik-i-Taliban Pakistan" not in listed

    # Extending a shipped actor copies it into the analyst's file with the new alias.
    result = runner.invoke(main, ["actors", "add", "Tehrik-i-Taliban Pakistan", "--alias",
                                  "TTP Mehsud", "--actors-file", str(path)])
    assert result.exit_code == 0, result.output
    base = ActorBase.load(user_path=path)
    assert base.get("TTP Mehsud").name == "Tehrik-i-Taliban Pakistan"  # type: ignore[union-attr]
    assert base.get("Pakistani Taliban").name == "Tehrik-i-Taliban Pakistan"  # type: ignore[union-attr]


def test_cli_add_refuses_bad_entries_and_keeps_the_file(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "actors.json"
    monkeypatch.setenv("EVENTWATCH_ACTORS_FILE", str(path))
    runner = CliRunner()
    assert runner.invoke(main, ["actors", "add", "A Group", "--kind", "non_state"]
                         ).exit_code == 0
    before = path.read_bytes()
    result = runner.invoke(main, ["actors", "add", "New Group"])
    assert result.exit_code == 2 and "--kind" in result.output
    result = runner.invoke(main, ["actors", "add", "B Group", "--kind", "non_state",
                                  "--parent", "Nobody"])
    assert result.exit_code == 1 and "E016" in result.output
    result = runner.invoke(main, ["actors", "add", "C Group", "--kind", "non_state",
                                  "--acronym", "TTP"])
    assert result.exit_code == 0  # the analyst's names win over shipped ones
    result = runner.invoke(main, ["actors", "add", "D Group", "--kind", "non_state",
                                  "--acronym", "TTP"])
    assert result.exit_code == 1 and "names both" in result.output
    assert str(path) in result.output
    assert b"D Group" not in path.read_bytes() and before != path.read_bytes()
    assert runner.invoke(main, ["actors", "show", "nothing-like-this"]).exit_code == 1


def test_cli_csv(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["actors", "--kind", "state", "--format", "csv"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].startswith("name,kind,aliases")
    assert all(",state," in line for line in lines[1:])


# -- real text --------------------------------------------------------------------------------

def test_satp_dev_text() -> None:
    path = SHARED / "data" / "satp" / "dev.tsv"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    base = _shipped()
    names: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        text = line.split("\t")[0]
        for m in base.scan(text):
            assert text[m.start:m.end] == m.text
            assert not (m.text == "SSP" and "Superintendent" in text and "Sahaba" not in text)
            names[m.actor.name] = names.get(m.actor.name, 0) + 1
    for name in ("Lashkar-e-Taiba", "Tehrik-i-Taliban Pakistan", "Hizbul Mujahideen",
                 "Communist Party of India (Maoist)", "Islamic State"):
        assert names.get(name, 0) >= 3, name
