"""``retrieval`` offers its public API from the package itself, and exactly what ``__all__`` says."""

from __future__ import annotations

import inspect
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

import retrieval

ROOT = Path(__file__).resolve().parents[2]

# What front ends and library users rely on; the rest of __all__ may grow.
REQUIRED = {"Engine", "Answer", "Quote", "CorpusSummary", "Article", "Sentence", "Attribution", "QuotebotError"}


def test_all_matches_what_the_package_exports():
    exported = [
        name
        for name in dir(retrieval)  # the names are loaded on first use, so vars() may not hold them yet
        if not name.startswith("_") and not inspect.ismodule(value := getattr(retrieval, name))  # subpackages are not API
    ]
    assert retrieval.__all__ == sorted(exported, key=str.casefold)


def test_all_holds_the_public_api():
    assert REQUIRED - set(retrieval.__all__) == set()


def test_importing_a_submodule_leaves_the_engine_unloaded():
    code = "import sys, retrieval.index.columns; print('retrieval.engine' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == "False"


def test_errors_share_one_root():
    errors = [getattr(retrieval, n) for n in retrieval.__all__ if n.endswith("Error")]
    assert errors and all(issubclass(e, retrieval.QuotebotError) for e in errors)


def test_py_typed_ships_with_the_package():
    assert resources.files("retrieval").joinpath("py.typed").is_file()
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]
    assert "py.typed" in package_data["retrieval"]
