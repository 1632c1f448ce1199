"""Shared for the whole suite: the profile cache (load/cache.py) lives in a fresh folder of this run,
never in the user's own cache, so every run starts cold and leaves nothing behind."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def _profile_cache(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("QCDC_CACHE_DIR", str(tmp_path_factory.mktemp("profile-cache")))
    yield
    mp.undo()
