"""Every module says what it is for and which names it offers, and offers exactly those."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import bot
import retrieval

# Entry points and package markers: nothing to export.
NO_EXPORTS = {"bot.__main__"}


def _modules() -> list[str]:
    names = []
    for package in (retrieval, bot):
        names.append(package.__name__)
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            names.append(info.name)
    return sorted(n for n in names if n not in NO_EXPORTS)


@pytest.mark.parametrize("name", _modules())
def test_module_documents_and_exports_its_public_names(name):
    module = importlib.import_module(name)
    assert module.__doc__, f"{name} has no docstring"
    exported = getattr(module, "__all__", [])
    assert [attr for attr in exported if not hasattr(module, attr)] == []
    defined_here = {
        attr
        for attr, value in vars(module).items()
        if not attr.startswith("_")
        and (inspect.isfunction(value) or inspect.isclass(value))
        and value.__module__ == name
    }
    assert sorted(defined_here - set(exported)) == []
