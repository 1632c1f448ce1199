"""A synthetic province of unit profiles, for trying the scorecard (``qcdc-check sample``).

Nothing here is an inspection record. The communes are Lai Châu's real ones (the 38 of
01/07/2025, or the 106 before, from ``data/lai-chau-2025-commune-merger.csv``); everything
recorded about them — villages, people, documents, meetings, dates, numbers — is drawn at
random. The draws follow the province's own figures where a seed document gives one
(``FIGURES``: Báo cáo 39-BC/BCĐ of the Lai Châu steering committee, 21/12/2023, and its
annex), and an assumption, said to be one, where none does.

Every profile says it is synthetic: the ``inspected_by`` text, the ``notes`` and a comment
at the top of the file; the folder gets a README.md with the seed and how it was made.

Every rule that binds a unit of the sample finds its evidence there: mostly met, some not
(late, incomplete, a step missing), and a small share unrecorded, as when an inspector did
not see a record (``ASSUMED_RULES``; drawn from streams of their own, see ``_Unit.fork``).

Same seed, same bytes: every draw comes from ``random.Random`` seeded from the seed (one
generator per unit, seeded with the seed and the unit's key, so that a smaller sample,
``communes=N``, holds the same profiles as the full province for the communes it keeps).

The modules, each importing only those before it: ``figures`` (what the draws follow),
``names``, ``writer`` (the YAML), ``areas`` (the map), ``units`` (one unit's draws, and what
every kind of unit shares), one module per kind of unit (``communes``, ``villages``,
``agencies``, ``enterprises``), ``records`` (the activity records) and ``builder`` (the whole
province). Nothing else in the library imports this package.
"""

from __future__ import annotations

from .builder import build, generate
from .units import Sample

__all__ = ["Sample", "build", "generate"]
