"""Assembling: every source's extraction into one Briefing, and its cut per audience."""
