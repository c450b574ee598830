"""Seeded generator of improvement-plan layouts with gold by construction (issue 11, part 8)."""
