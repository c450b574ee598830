"""The installed package is one namespace, `plantrace.*`, and a wheel built from the checkout works.

A Prefect worker's environment hosts many projects' flows: a generic top-level `flows` or `models`
from us would collide with someone else's. These tests build the real wheel, install it into a
fresh virtual environment and run the CLI from outside the checkout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
MAPPED = ("pipeline", "extractors", "models", "flows")


def _declared() -> tuple[set[str], dict[str, str]]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    return set(config["packages"]), dict(config["package-dir"])


def test_every_package_folder_is_declared() -> None:
    """A new subpackage left out of pyproject would be missing from the wheel, not from a checkout."""
    packages, package_dir = _declared()
    found = {"plantrace"}
    for top in (*MAPPED, "plantrace"):
        for init in (REPO / top).rglob("__init__.py"):
            rel = init.parent.relative_to(REPO / top).parts
            found.add(".".join(("plantrace", *(() if top == "plantrace" else (top,)), *rel)))
    assert found == packages
    assert {package_dir[f"plantrace.{m}"] for m in MAPPED} == set(MAPPED)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation"]
        + ["-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
        cwd=out,
    )
    [whl] = out.glob("plantrace-*.whl")
    return whl


def test_wheel_installs_one_namespace(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert tops == {"plantrace"}
    assert "plantrace/pipeline/render/templates/coverage.html.j2" in names
    assert "plantrace/__main__.py" in names


def test_wheel_in_a_clean_venv_runs_extract(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    py = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(py), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    # The wheel itself, unpacked as pip would; dependencies come from this test's environment
    # through a path entry (its own .pth files, the editable checkout's among them, stay unread).
    zipfile.ZipFile(wheel).extractall(site)
    (site / "_deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    where = tmp_path / "elsewhere"
    where.mkdir()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(py), *args], cwd=where, env=env, capture_output=True, text=True, timeout=120
        )

    located = run("-c", "import plantrace.pipeline.store as s; print(s.__file__)")
    assert located.returncode == 0, located.stderr
    assert located.stdout.startswith(str(site))
    assert run("-c", "import pipeline").returncode != 0  # no generic top-level module

    version = run("-m", "plantrace", "--version")
    assert version.returncode == 0 and version.stdout.startswith("plantrace ")

    sample = REPO / "samples" / "reports" / "northwold-inspection-2016.pdf"
    extracted = run("-m", "plantrace", "extract", str(sample))
    assert extracted.returncode == 0, extracted.stderr
    result = json.loads(extracted.stdout.splitlines()[0])
    assert result["status"] == "ok" and result["kind"] == "inspection_report"
    assert result["recommendations"]
