"""Where closeplan keeps its files by default (the platform's per-user data folder)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_path, user_data_path, user_log_path

from closeplan import APP_NAME


def data_dir() -> Path:
    override = os.environ.get("CLOSEPLAN_DATA_DIR")
    return Path(override) if override else user_data_path(APP_NAME, appauthor=False)


def default_database() -> Path:
    return data_dir() / "closeplan.sqlite3"


def demo_database() -> Path:
    return data_dir() / "demo.sqlite3"


def log_dir() -> Path:
    override = os.environ.get("CLOSEPLAN_DATA_DIR")
    return Path(override) / "logs" if override else user_log_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    """Files closeplan can always make again (the deal-list snapshot that speeds up start-up)."""
    override = os.environ.get("CLOSEPLAN_DATA_DIR")
    return Path(override) / "cache" if override else user_cache_path(APP_NAME, appauthor=False)
