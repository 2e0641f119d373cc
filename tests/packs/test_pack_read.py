"""Reading and validating pack folders: every problem with its file, line and reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronocheck.errors import KnowledgePackError
from chronocheck.packs import PackProblem, read_pack_dir, validate_pack_dir
from chronocheck.packs.read import format_problems
from tests.packs.pack_fixtures import write_broken_pack, write_pack


def _problems(folder: Path) -> list[str]:
    return [str(problem) for problem in validate_pack_dir(folder).problems]


def test_valid_pack_reads_in_file_order_with_names_resolved(tmp_path: Path) -> None:
    data = read_pack_dir(write_pack(tmp_path))
    assert [e.id for e in data.events] == ["E1", "E2", "E3", "E4"]
    assert data.info.scope_entities == ("N1", "N2")  # "Iraq" in pack.toml is N2
    assert data.events[0].participants == ("N2", "N1")
    assert data.events[1].participants == ("N2",)  # "iraqi": an alias, case-insensitive
    assert data.events[2].description == "The Council demands a ceasefire,\nand a withdrawal."
    assert data.events[2].quote == '"Demands" a ceasefire'
    assert data.events[0].source.url == "https://example.org/e1"
    assert data.events[1].source.url is None
    assert data.entities[0].aliases == ("Iranian", "Islamic Republic of Iran")
    assert data.entities[2].wikidata_qid is None
    assert data.quantities[0].high is None
    assert data.quantities[1].high == 600000.5
    assert data.disputes[0].field == "date"


def test_counts_and_no_warnings_on_a_clean_pack(tmp_path: Path) -> None:
    result = validate_pack_dir(write_pack(tmp_path))
    assert result.ok and result.warnings == ()
    assert dict(result.counts) == {"entities": 3, "events": 4, "quantities": 2, "disputes": 2}


BAD_ROWS = [
    # (file, old text, new text, the problem reported)
    ("events.csv", ",importance,", ",", "events.csv:1: missing column 'importance'"),
    (
        "events.csv",
        "1980-09-22",
        "1980-13-22",
        "events.csv:2: date_start '1980-13-22' is not a date",
    ),
    (
        "events.csv",
        "1980-09-22",
        "22/09/1980",
        "events.csv:2: date_start '22/09/1980' is not a date",
    ),
    (
        "events.csv",
        "Iraq;N1",
        "Iraq;Narnia",
        "events.csv:2: participants: 'Narnia' is not an entity id, name or alias",
    ),
    ("events.csv", "E3,", "E1,", "events.csv:4: duplicate id 'E1' (first at events.csv:2)"),
    (
        "quantities.csv",
        "Q1,",
        "N1,",
        "quantities.csv:2: duplicate id 'N1' (first at entities.csv:2)",
    ),
    (
        "events.csv",
        "1982-06,1982-07",
        "1982-06,1982-05",
        "events.csv:3: date_end '1982-05' is before date_start '1982-06'",
    ),
    (
        "events.csv",
        "1988,,year",
        "1988,,decade",
        "events.csv:6: precision 'decade' is not one of day, month, year",
    ),
    (
        "events.csv",
        "1980-09-22,,day",
        "1980-09-22,,month",
        "events.csv:2: date_start '1980-09-22' is not at precision 'month' (YYYY-MM)",
    ),
    ("events.csv", "cross.,3,", "cross.,4,", "events.csv:2: importance '4' is not 1, 2 or 3"),
    ("events.csv", "Mass executions", "", "events.csv:6: title is empty"),
    (
        "events.csv",
        "invasion",
        "Invasion!",
        "events.csv:2: type 'Invasion!' is not a slug (lowercase letters, digits and '-')",
    ),
    (
        "entities.csv",
        "Q794",
        "794",
        "entities.csv:2: wikidata_qid '794' is not a Wikidata id (Q followed by digits)",
    ),
    (
        "entities.csv",
        "N2,Iraq",
        "N 2,Iraq",
        "entities.csv:3: id 'N 2' is not an id (letters, digits, '.', '_' or '-')",
    ),
    ("entities.csv", "Src,\n", ",\n", "entities.csv:3: source_title is empty"),
    (
        "quantities.csv",
        "300000,600000.5",
        "700000,600000.5",
        "quantities.csv:3: low 700000 is greater than high 600000.5",
    ),
    (
        "quantities.csv",
        "500000,",
        "half a million,",
        "quantities.csv:2: low 'half a million' is not a number",
    ),
    (
        "quantities.csv",
        "killed,Deaths,5",
        "dead,Deaths,5",
        "quantities.csv:2: measure 'dead' is not one of killed, wounded, casualties, captured,"
        " executed, cost, damage, fighters, sorties, area, displaced, other",
    ),
    (
        "quantities.csv",
        "Iran;Iraq",
        "Iran;Kuwait",
        "quantities.csv:2: entities: 'Kuwait' is not an entity id, name or alias",
    ),
    (
        "quantities.csv",
        "persons,1990",
        "persons,around 1990",
        "quantities.csv:2: as_of 'around 1990' is not a date",
    ),
    ("disputes.csv", "D1,E3", "D1,E9", "disputes.csv:2: target 'E9' is not an event id"),
    (
        "disputes.csv",
        "war-deaths,value",
        "war-dead,value",
        "disputes.csv:3: target 'war-dead' is not a quantity group or id",
    ),
    ("disputes.csv", "1987-07-21", "July 1987", "disputes.csv:2: value 'July 1987' is not a date"),
    ("disputes.csv", "value,1000000", "value,many", "disputes.csv:3: value 'many' is not a number"),
    ("disputes.csv", "E3,date", "E3,day", "disputes.csv:2: field 'day' is not one of date, value"),
    ("pack.toml", 'license = "CC0-1.0"\n', "", "pack.toml: missing key 'license'"),
    (
        "pack.toml",
        '"test-pack"',
        '"Test Pack"',
        "pack.toml:1: name 'Test Pack' is not lowercase letters, digits and '-'",
    ),
    (
        "pack.toml",
        '"1.0.0"',
        '"1.0"',
        "pack.toml:3: version '1.0' is not a semantic version (1.0.0)",
    ),
    ("pack.toml", '"1988-08"', '"1979"', "pack.toml:9: period_end is before period_start"),
    (
        "pack.toml",
        '"1980"',
        '"1980-02-30"',
        "pack.toml:8: period_start '1980-02-30' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)",
    ),
    (
        "pack.toml",
        '"Iraq"]',
        '"Kuwait"]',
        "pack.toml:10: scope entity 'Kuwait' is not an entity id, name or alias",
    ),
    (
        "pack.toml",
        'title = "Test pack"',
        "title = Test pack",
        "pack.toml:2: is not TOML: Invalid value (at line 2, column 9)",
    ),
]


@pytest.mark.parametrize(("file", "old", "new", "expected"), BAD_ROWS)
def test_each_problem_names_file_line_and_reason(
    tmp_path: Path, file: str, old: str, new: str, expected: str
) -> None:
    problems = _problems(write_broken_pack(tmp_path, file, old, new))
    assert expected in problems


def test_an_ambiguous_name_is_a_problem(tmp_path: Path) -> None:
    folder = write_broken_pack(tmp_path, "entities.csv", "country,Iraqi,", "country,Iraqi;iran,")
    assert "events.csv:4: participants: 'Iran' is ambiguous: it names N1, N2" in _problems(folder)


def test_an_unknown_column_is_a_warning(tmp_path: Path) -> None:
    folder = write_pack(tmp_path)
    (folder / "disputes.csv").write_text(
        "id,target,field,value,source_title,source_url,note,editor\n"
        "D1,E3,date,1987-07-21,Source C,,,Ann\n",
        encoding="utf-8",
    )
    result = validate_pack_dir(folder)
    assert result.ok, result.problems
    assert [str(w) for w in result.warnings] == [
        "disputes.csv:1: unknown column 'editor' is ignored"
    ]


def test_rows_after_a_multiline_cell_keep_their_line(tmp_path: Path) -> None:
    folder = write_broken_pack(tmp_path, "events.csv", "1988,,year", "1988,,yearly")
    assert _problems(folder) == ["events.csv:6: precision 'yearly' is not one of day, month, year"]


def test_missing_file(tmp_path: Path) -> None:
    folder = write_pack(tmp_path)
    (folder / "disputes.csv").unlink()
    assert _problems(folder) == ["disputes.csv: missing file"]


def test_a_broken_entities_file_does_not_flood_the_report(tmp_path: Path) -> None:
    folder = write_broken_pack(tmp_path, "entities.csv", "id,name,", "id,label,")
    assert _problems(folder) == ["entities.csv:1: missing column 'name'"]


def test_a_row_with_too_many_cells(tmp_path: Path) -> None:
    folder = write_broken_pack(tmp_path, "disputes.csv", "off by a day", "off by a day,extra")
    assert _problems(folder) == ["disputes.csv:2: has 8 cells; the header has 7"]


def test_text_that_is_not_utf8(tmp_path: Path) -> None:
    folder = write_pack(tmp_path)
    path = folder / "entities.csv"
    path.write_bytes(path.read_bytes().replace(b"Iraqi", b"Ir\xe2qi"))
    assert _problems(folder) == ["entities.csv:3: is not UTF-8 text"]


def test_unterminated_quote_is_not_valid_csv(tmp_path: Path) -> None:
    folder = write_broken_pack(tmp_path, "disputes.csv", "off by a day", '"off by a day')
    assert [p for p in _problems(folder) if p.startswith("disputes.csv")] == [
        "disputes.csv:3: is not valid CSV: unexpected end of data"
    ]


@pytest.mark.parametrize(
    ("file", "old", "new", "warning"),
    [
        ("pack.toml", "[scope]", 'homepage = "x"\n[scope]', "pack.toml:7: unknown key 'homepage'"),
        (
            "events.csv",
            "withdrawal,iraqi",
            "retreat,iraqi",
            "events.csv:3: type 'retreat' is not a recommended event type",
        ),
        (
            "quantities.csv",
            "persons,1990",
            "people,1990",
            "quantities.csv:2: unit 'people' is not a recommended unit",
        ),
        (
            "entities.csv",
            "https://example.org/a",
            "example.org/a",
            "entities.csv:2: source_url 'example.org/a' is not an http(s) URL",
        ),
        (
            "pack.toml",
            '["N1", "Iraq"]',
            "[]",
            "pack.toml:10: no scope entities: never chosen automatically",
        ),
    ],
)
def test_warnings_do_not_make_a_pack_invalid(
    tmp_path: Path, file: str, old: str, new: str, warning: str
) -> None:
    result = validate_pack_dir(write_broken_pack(tmp_path, file, old, new))
    assert result.ok, result.problems
    assert [str(w) for w in result.warnings] == [warning]


def test_read_raises_with_every_problem_in_one_line(tmp_path: Path) -> None:
    folder = write_broken_pack(tmp_path, "events.csv", "1980-09-22", "1980-13-22")
    with pytest.raises(KnowledgePackError) as caught:
        read_pack_dir(folder)
    message = str(caught.value)
    assert "\n" not in message
    assert "has 1 problem: events.csv:2: date_start '1980-13-22' is not a date." in message


def test_not_a_folder() -> None:
    with pytest.raises(KnowledgePackError, match="No pack folder"):
        validate_pack_dir(Path("/nonexistent/pack"))


@pytest.mark.parametrize(
    ("count", "tail"),
    [(1, "has 1 problem: a.csv:1: bad 0."), (20, "a.csv:20: bad 19."), (23, "; and 3 more.")],
)
def test_format_problems_lists_at_most_twenty(count: int, tail: str) -> None:
    problems = [PackProblem("a.csv", n + 1, f"bad {n}") for n in range(count)]
    message = format_problems(Path("p"), problems)
    assert message.endswith(tail)
    assert message.count("a.csv:") == min(count, 20)


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (
            PackProblem("events.csv", 14, "date_start '1987-13-01' is not a date"),
            "events.csv:14: date_start '1987-13-01' is not a date",
        ),
        (PackProblem("pack.toml", None, "missing key 'name'"), "pack.toml: missing key 'name'"),
    ],
)
def test_problem_text(problem: PackProblem, text: str) -> None:
    assert str(problem) == text
