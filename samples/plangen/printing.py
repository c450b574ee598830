"""How every split's plans become PDFs: Chromium prints HTML, LibreOffice prints Word and Excel,
ReportLab draws its own. One place, so a change of printer flags reaches every split alike."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, TypeVar

CHROMIUM = "/usr/bin/chromium"
SOFFICE = "soffice"


class Printable(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def producer(self) -> str: ...


P = TypeVar("P", bound=Printable)


def print_html(html: Path, pdf: Path) -> None:
    """Chromium's own print: no header or footer, the page size the HTML's CSS asks for."""
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", html.resolve().as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip


def print_office(sources: Sequence[Path], folder: Path, profile: str) -> None:
    """LibreOffice, ten files per start (its start-up dominates); `profile` names the user
    installation so parallel splits do not share a lock."""
    installation = Path(f"/tmp/{profile}").resolve().as_uri()
    for i in range(0, len(sources), 10):
        subprocess.run(
            [SOFFICE, f"-env:UserInstallation={installation}", "--headless", "--convert-to", "pdf",
             "--outdir", str(folder), *map(str, sources[i : i + 10])],
            check=True, capture_output=True, timeout=600,
        )  # fmt: skip


def print_plans(
    plans: Sequence[P],
    folder: Path,
    profile: str,
    *,
    html: Callable[[P], str] | None = None,
    reportlab: Callable[[P, Path], object] | None = None,
    docx: Callable[[P, Path], Path] | None = None,
    xlsx: Callable[[P, Path], Path] | None = None,
) -> None:
    """One family's plans (one producer) printed to PDF beside their HTML/.docx/.xlsx source."""
    producer = plans[0].producer if plans else ""
    if producer == "chromium" and html is not None:
        for p in plans:
            source = folder / f"{p.name}.html"
            source.write_text(html(p))
            print_html(source, folder / f"{p.name}.pdf")
    elif producer == "reportlab" and reportlab is not None:
        for p in plans:
            reportlab(p, folder)
    elif plans:
        writers = {"docx": docx, "xlsx": xlsx}
        sources = []
        for p in plans:
            write = writers.get(p.producer)
            if write is None:
                raise ValueError(f"{p.name}: no writer for producer {p.producer!r}")
            sources.append(write(p, folder))
        print_office(sources, folder, profile)
