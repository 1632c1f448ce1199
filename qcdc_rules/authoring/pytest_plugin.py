"""pytest collects rule test cases: ``pytest my-province/`` runs each case of
``<ruleset>/tests/*.yaml`` as its own named item (``RULE::case name``), beside the rest
of a test suite, the way openfisca runs its YAML tests.

Registered as the ``qcdc_rules`` pytest plugin (entry point ``pytest11``); it only
collects YAML files in a ``tests/`` folder whose parent holds a ``ruleset.yaml``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from ..load.ruleset import load_ruleset
from ..testing import CaseRunner, LoadedCase, load_cases
from .cases import book_for


def _ruleset_root(path: Path) -> Path | None:
    if path.suffix in (".yaml", ".yml") and path.parent.name == "tests" \
            and (path.parent.parent / "ruleset.yaml").is_file():
        return path.parent.parent
    return None


@lru_cache(maxsize=16)
def _runner(root: Path):
    ruleset = load_ruleset(root)
    book = book_for(ruleset)
    return ruleset, CaseRunner(book, "durable")


def pytest_collect_file(file_path: Path, parent):
    root = _ruleset_root(file_path)
    if root is not None:
        return RuleCaseFile.from_parent(parent, path=file_path, root=root)
    return None


class RuleCaseFile(pytest.File):
    def __init__(self, *, root: Path, **kwargs):
        super().__init__(**kwargs)
        self.root = root

    def collect(self):
        ruleset = _runner(self.root)[0]
        for case in load_cases(self.root, ruleset.meta.province):
            if case.file == self.path:
                yield RuleCaseItem.from_parent(self, name=case.id, case=case)


class RuleCaseItem(pytest.Item):
    def __init__(self, *, case: LoadedCase, **kwargs):
        super().__init__(**kwargs)
        self.case = case

    def runtest(self):
        result = _runner(self.parent.root)[1].run(self.case)
        if not result.passed:
            raise RuleCaseFailure(result.message)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, RuleCaseFailure):
            return f"{self.case.file}:{self.case.location.line}: {self.case.id}\n{excinfo.value}"
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, (self.case.location.line or 1) - 1, self.case.id


class RuleCaseFailure(Exception):
    """A case whose verdict is not the one it expects."""
