"""Scripted audits: checks files, pinned programs, runs, and their reports."""
