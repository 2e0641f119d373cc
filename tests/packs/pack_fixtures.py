"""A small valid pack folder as literal text, and ways to break it, for the pack tests."""

from __future__ import annotations

from pathlib import Path

PACK_TOML = """\
name = "test-pack"
title = "Test pack"
version = "1.0.0"
license = "CC0-1.0"
description = "A pack for tests."

[scope]
period_start = "1980"
period_end = "1988-08"
entities = ["N1", "Iraq"]
"""
ENTITIES_CSV = """\
id,name,type,aliases,wikidata_qid,description,source_title,source_url
N1,Iran,country,Iranian;Islamic Republic of Iran,Q794,A country.,Src,https://example.org/a
N2,Iraq,country,Iraqi,Q796,A country.,Src,
N3,Security Council Resolution 598,resolution,Resolution 598,,,Src,
"""
EVENTS_CSV = """\
id,date_start,date_end,precision,title,type,participants,location,description,importance,\
aliases,source_title,source_url,quote
E1,1980-09-22,,day,Iraq invades Iran,invasion,Iraq;N1,Khuzestan,Iraqi forces cross.,3,,Src,\
https://example.org/e1,
E2,1982-06,1982-07,month,Iraqi withdrawal,withdrawal,iraqi,,,2,Withdrawal of 1982,Src,,
E3,1987-07-20,,day,Resolution 598 adopted,resolution,Resolution 598;Iran;Iraq,New York,\
"The Council demands a ceasefire,
and a withdrawal.",3,,Src,,\"\"\"Demands\"\" a ceasefire\"
E4,1988,,year,Mass executions,executions,N1,,,3,,Src,,
"""
QUANTITIES_CSV = """\
id,group,subject,measure,description,low,high,unit,as_of,entities,source_title,source_url,notes
Q1,war-deaths,Deaths in the war,killed,Deaths,500000,,persons,1990,Iran;Iraq,Source A,,
Q2,war-deaths,Deaths in the war,killed,Deaths,300000,600000.5,persons,2000-01,N1;N2,Source B,,
"""
DISPUTES_CSV = """\
id,target,field,value,source_title,source_url,note
D1,E3,date,1987-07-21,Source C,,off by a day
D2,war-deaths,value,1000000,Source D,,
"""
FILES = {
    "pack.toml": PACK_TOML,
    "entities.csv": ENTITIES_CSV,
    "events.csv": EVENTS_CSV,
    "quantities.csv": QUANTITIES_CSV,
    "disputes.csv": DISPUTES_CSV,
}


def write_pack(folder: Path, files: dict[str, str] | None = None) -> Path:
    """Write the pack's files (or ``files``) into ``folder`` and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (files or FILES).items():
        (folder / name).write_text(text, encoding="utf-8", newline="")
    return folder


def write_broken_pack(folder: Path, file: str, old: str, new: str) -> Path:
    """Write the pack with the first ``old`` in ``file`` replaced by ``new``."""
    files = dict(FILES)
    assert old in files[file], f"{old!r} is not in {file}"
    files[file] = files[file].replace(old, new, 1)
    return write_pack(folder, files)
