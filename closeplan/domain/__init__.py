"""Entities, enums, validation, scheduling and risk rules. No Qt, no database."""
