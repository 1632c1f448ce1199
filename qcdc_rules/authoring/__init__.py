"""What ruleset authors run: validation of rulesets, their test cases and coverage, and the
scaffold of a new provincial ruleset."""
