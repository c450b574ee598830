"""Scoring extractors against hand-labelled gold (tests/gold): inspections now, plans and links next."""
