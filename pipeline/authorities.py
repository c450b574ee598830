"""English local authorities with children's services: codes, region, statistical neighbours.

The table (pipeline/data/la_lookup.csv, 156 rows) is shipped with the package so an export or a
site never needs the network. Source: JT-39/ofsted-ilacs-scrape-tool (MIT licence),
`import_data/la_lookup/Provider_data_lookup.csv` at commit 54af59bf; its figures come from public
DfE and ONS data. To refresh it, replace the CSV with a newer copy of that file (same columns; UTF-8,
a byte-order mark is fine) and run `pytest tests/test_export.py`, which checks every corpus
authority still joins.

An inspection joins by the Ofsted URN (the number that starts a corpus folder name
`<urn>_<name>`), else by its printed authority name, normalised as pairing does
(pipeline.traceability.authority_key), against the ONS name, the scrape name and the also-known-as
names.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import PurePath

from plantrace.pipeline.traceability import authority_key

_URN_FOLDER = re.compile(r"^(\d{5,8})_")


@dataclass(frozen=True, slots=True)
class Authority:
    urn: str
    la_code: str  # the old three-digit DfE code, e.g. 301
    la_code_new: str  # the ONS code, e.g. E09000002
    name: str  # the ONS name
    region_code: str
    region_name: str
    la_type: str
    stat_neighbours: tuple[str, ...]  # old LA codes, nearest first

    @property
    def slug(self) -> str:
        """A file name for the authority's page: stable, ASCII, no spaces."""
        return f"{self.urn}-" + re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")


@dataclass(frozen=True, slots=True)
class Lookup:
    by_urn: dict[str, Authority]
    by_code: dict[str, Authority]
    by_key: dict[str, Authority]

    def find(self, source_paths: list[str], printed_name: str | None) -> Authority | None:
        """The authority of an inspection: by URN in its folder name, else by printed name."""
        for path in source_paths:
            for part in reversed(PurePath(path).parts[:-1]):
                m = _URN_FOLDER.match(part)
                if m and m.group(1) in self.by_urn:
                    return self.by_urn[m.group(1)]
        if printed_name:
            key = _key(printed_name)
            if key in self.by_key:
                return self.by_key[key]
            # "Inspection of Dorset local authority children's services" style names
            for k, a in self.by_key.items():
                if k and re.search(rf"\b{re.escape(k)}\b", key):
                    return a
        return None

    def neighbours(self, authority: Authority) -> list[Authority]:
        return [self.by_code[c] for c in authority.stat_neighbours if c in self.by_code]


def _key(name: str) -> str:
    """The pairing key, without the full stops some names carry ("St. Helens")."""
    return authority_key(name.replace(".", " "))


def _names(row: dict[str, str]) -> list[str]:
    aka = row.get("also_known_as", "").strip().strip("[]")
    names = [row["local_authority_ons_name"], row.get("ofsted_ilacs_scrape_la_name", "")]
    names += [n.strip() for n in aka.split(",") if n.strip()]
    # ONS writes "Bristol, City of": the part before the comma is the name people print
    names += [row["local_authority_ons_name"].split(",")[0]]
    return [n for n in names if n and not n.isdigit()]


@lru_cache(maxsize=1)
def load_lookup() -> Lookup:
    text = (
        resources.files("plantrace.pipeline").joinpath("data/la_lookup.csv").read_text("utf-8-sig")
    )
    by_urn: dict[str, Authority] = {}
    by_code: dict[str, Authority] = {}
    by_key: dict[str, Authority] = {}
    for row in csv.DictReader(text.splitlines()):
        a = Authority(
            urn=row["urn"].strip(),
            la_code=row["la_code"].strip(),
            la_code_new=row["la_code_new"].strip(),
            name=row["local_authority_ons_name"].strip(),
            region_code=row["region_code"].strip(),
            region_name=row["region_name"].strip(),
            la_type=row.get("ons_la_type", "").strip(),
            stat_neighbours=tuple(
                c.strip() for c in row.get("stat_neighbours", "").split(",") if c.strip()
            ),
        )
        by_urn[a.urn] = a
        by_code[a.la_code] = a
        for n in _names(row):
            by_key.setdefault(_key(n), a)
    return Lookup(by_urn=by_urn, by_code=by_code, by_key=by_key)
