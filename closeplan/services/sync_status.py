"""What the app shows of a laptop's link with the team server, read from its database: the server
it syncs with, when it last did, how many actions wait in the outbox, the open conflicts per deal;
and forgetting the link (Disconnect).

Reads only the laptop's SQLite database (never the server, never psycopg), so the window can ask
after every edit. The sync itself is ``closeplan.services.sync``; its conflicts are decided with
``closeplan.services.sync.resolve_conflict``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from closeplan.services.deals import DealService
from closeplan.store import sync_state
from closeplan.store.sync_state import StoredConflict

__all__ = ["StoredConflict", "SyncStatus", "conflicts_of", "disconnect", "status"]


@dataclass(frozen=True)
class SyncStatus:
    server: str | None = None  # the URL without its password; None: not connected
    login: str = ""
    last_synced_at: datetime | None = None  # UTC
    waiting: int = 0  # actions in the outbox, not sent yet
    conflicts: dict[uuid.UUID, int] = field(default_factory=dict)  # open conflicts per deal

    @property
    def connected(self) -> bool:
        return self.server is not None


def status(deals: DealService) -> SyncStatus:
    """The link as this database keeps it, in one read."""
    with deals.db.reading() as session:
        state = sync_state.load_state(session)
        counts = sync_state.conflict_counts(session)
        if state is None:
            return SyncStatus(conflicts=counts)
        return SyncStatus(state.server, state.login, state.last_synced_at, sync_state.outbox_size(session), counts)


def conflicts_of(deals: DealService, deal_id: uuid.UUID) -> list[StoredConflict]:
    """A deal's open conflicts, oldest first."""
    with deals.db.reading() as session:
        return sync_state.load_conflicts(session, deal_id=deal_id)


def disconnect(deals: DealService) -> int:
    """Not connected any more: the server, the cursor, the outbox and what the server said of each
    deal are forgotten (the deals stay, and so do their conflicts). Returns how many actions were
    waiting in the outbox: they stay in the deals' history but are never sent."""
    with deals.transaction() as session:
        waiting = sync_state.outbox_size(session)
        sync_state.forget_state(session)
    deals.forget_cached()  # the rights the team server gave are gone with it
    return waiting
