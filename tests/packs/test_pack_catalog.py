"""Finding packs: built-in names, folders compiled into the cache, automatic choice."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from chronocheck.errors import KnowledgePackError
from chronocheck.packs import (
    CompiledPack,
    build_pack,
    builtin_pack_names,
    catalog,
    content_hash,
    default_cache_dir,
    load_pack,
    select_packs,
    validate_pack_dir,
)
from tests.packs.pack_fixtures import FILES, write_broken_pack, write_pack


@pytest.mark.parametrize("name", builtin_pack_names())
def test_every_builtin_pack_validates(name: str) -> None:
    result = validate_pack_dir(catalog.BUILTIN_DIR / name)
    assert result.problems == (), "\n".join(map(str, result.problems))
    assert result.data is not None and result.data.info.name == name


def test_builtin_names_are_folders_with_a_pack_toml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_pack(tmp_path / "beta")
    write_pack(tmp_path / "alpha")
    (tmp_path / "notes").mkdir()
    monkeypatch.setattr(catalog, "BUILTIN_DIR", tmp_path)
    assert builtin_pack_names() == ["alpha", "beta"]


def test_a_builtin_name_loads_its_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_pack(tmp_path / "builtin" / "test-pack")
    monkeypatch.setattr(catalog, "BUILTIN_DIR", tmp_path / "builtin")
    with load_pack("test-pack", cache_dir=tmp_path / "cache") as pack:
        assert pack.info.name == "test-pack"


def test_unknown_name_lists_the_available_packs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_pack(tmp_path / "alpha")
    write_pack(tmp_path / "beta")
    monkeypatch.setattr(catalog, "BUILTIN_DIR", tmp_path)
    with pytest.raises(KnowledgePackError, match=r"Unknown pack 'gamma'.*available: alpha, beta"):
        load_pack("gamma", cache_dir=tmp_path / "cache")


def test_a_folder_is_compiled_once_into_the_cache(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    cache = tmp_path / "cache"
    with load_pack(str(folder), cache_dir=cache) as pack:
        assert pack.path == cache / f"pack-{content_hash(folder)}.sqlite"
    built = pack.path.stat().st_mtime_ns
    with load_pack(str(folder), cache_dir=cache) as again:
        assert again.path == pack.path
    assert pack.path.stat().st_mtime_ns == built


def test_an_edited_folder_is_compiled_again(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    cache = tmp_path / "cache"
    with load_pack(str(folder), cache_dir=cache) as pack:
        first = pack.path
    write_broken_pack(folder, "events.csv", "Mass executions", "Prison executions")
    with load_pack(str(folder), cache_dir=cache) as pack:
        assert pack.path != first
        assert pack.data().events[-1].title == "Prison executions"


def test_a_malformed_folder_fails_with_file_and_line(tmp_path: Path) -> None:
    folder = write_broken_pack(tmp_path / "pack", "events.csv", "Iraq;N1", "Iraq;Narnia")
    with pytest.raises(KnowledgePackError, match=r"events.csv:2: participants: 'Narnia'"):
        load_pack(str(folder), cache_dir=tmp_path / "cache")


def test_a_damaged_cache_entry_is_rebuilt(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / f"pack-{content_hash(folder)}.sqlite").write_bytes(b"garbage" * 100)
    with load_pack(str(folder), cache_dir=cache) as pack:
        assert pack.counts()["events"] == 4


def test_an_unwritable_cache_falls_back_to_a_temp_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    with load_pack(str(write_pack(tmp_path / "pack")), cache_dir=blocker / "cache") as pack:
        assert pack.info.name == "test-pack"
        assert not pack.path.is_relative_to(blocker)


def test_a_compiled_file_opens_directly(tmp_path: Path) -> None:
    out = build_pack(write_pack(tmp_path / "pack"), tmp_path / "pack.sqlite")
    with load_pack(str(out)) as pack:
        assert pack.path == out


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"CHRONOCHECK_CACHE_DIR": "/c", "XDG_CACHE_HOME": "/x"}, Path("/c")),
        ({"XDG_CACHE_HOME": "/x"}, Path("/x/chronocheck")),
        ({}, Path.home() / ".cache" / "chronocheck"),
    ],
)
def test_default_cache_dir(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: Path
) -> None:
    monkeypatch.delenv("CHRONOCHECK_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert default_cache_dir() == expected


@pytest.fixture
def candidates(tmp_path: Path) -> Iterator[list[CompiledPack]]:
    """Two packs: the test pack (1980 to Aug 1988, Iran and Iraq) and a 1982 one."""
    falklands = dict(FILES)
    falklands["pack.toml"] = (
        FILES["pack.toml"]
        .replace('"test-pack"', '"falklands"')
        .replace('"1980"', '"1982-04"')
        .replace('"1988-08"', '"1982-06-14"')
        .replace('["N1", "Iraq"]', '["N3"]')
    )
    with contextlib.ExitStack() as stack:
        yield [
            stack.enter_context(
                load_pack(str(write_pack(tmp_path / name, files)), cache_dir=tmp_path)
            )
            for name, files in (("test", FILES), ("falklands", falklands))
        ]


@pytest.mark.parametrize(
    ("period", "names", "chosen"),
    [
        (("1987-07-20", "1987-07-21"), ["Iraq"], ["test-pack"]),
        (("1987-07-20", "1987-07-21"), ["IRANIAN", "the Pentagon"], ["test-pack"]),
        (("1987", "1988"), ["the Islamic Republic of Iran"], ["test-pack"]),
        (("1990-01-01", "1991-01-01"), ["Iraq"], []),  # after the pack's period
        (("1975-01-01", "1980-01-02"), ["Iraq"], ["test-pack"]),  # one day in common
        (("1975-01-01", "1979-12-31"), ["Iraq"], []),
        (("1982-05", "1982-05"), ["Resolution 598"], ["falklands"]),
        (("1982-05", "1982-05"), ["Iraq", "Resolution 598"], ["test-pack", "falklands"]),
        (("1982-05", "1982-05"), ["Kuwait"], []),
        (None, ["iraqi"], ["test-pack"]),  # no dates: names alone decide
        (("1987-07-20", "1987-07-21"), [], []),
    ],
)
def test_select_packs(
    candidates: list[CompiledPack],
    period: tuple[str, str] | None,
    names: list[str],
    chosen: list[str],
) -> None:
    selected = select_packs(candidates, period=period, names=names)
    assert [pack.info.name for pack in selected] == chosen
