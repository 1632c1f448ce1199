"""Steering committees' scorecards: many units' gap reports rolled up by area, unit type,
rule and target (issue 7)."""
