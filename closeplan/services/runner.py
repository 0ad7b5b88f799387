"""The one place deal rows are written: a list of per-deal writes, applied in the caller's transaction.

Every change to a deal — an edit, an undo, a new deal from the wizard or a template, a bundle or
CRM import, a customer revision, a restored backup, a deletion, demo data — reaches the tables
as a ``Write``: the deal as it was read (None: a new deal), the deal as it is to be (None:
deleted), the field-level operations between them and the user action that keeps them in the
history. ``run`` checks each write against what is stored (the deal's version: another writer's
save in between is refused as ``StaleVersion``, nothing written), validates once, writes only the
rows the operations touch (a new deal: all of its rows; a deletion: the deal's row, whose items
follow by cascade), recomputes the changed deals' list rows (projection, risk), appends the
actions to the history and, once the database syncs with a team server, to its outbox. It
returns what changed, with the new list rows and risk assessments for views to refresh from.

``writing()`` is true while ``run`` writes: tests/test_one_write_path.py records every SQL
statement of a session of user actions and fails if a deal row was written outside it.
"""

from __future__ import annotations

import contextvars
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from closeplan.domain.accounts import deal_calendar
from closeplan.domain.model import AccountProfile, Deal, DealSummary
from closeplan.domain.operations import Action, Op
from closeplan.domain.risk import assess
from closeplan.domain.summary import summarize
from closeplan.domain.validation import ensure_valid
from closeplan.store import repository
from closeplan.store.engine import StaleVersion

_WRITING: contextvars.ContextVar[bool] = contextvars.ContextVar("closeplan_runner_writing", default=False)

CHUNK = 1000  # new deals whose rows are built and inserted at a time (100,000 at once doubled the memory)
KEEP_DETAIL = 50  # up to this many changed deals, the change record carries their list rows and risks


def writing() -> bool:
    """True while ``run`` writes deal rows (on this thread or task)."""
    return _WRITING.get()


@contextmanager
def _writing() -> Iterator[None]:
    token = _WRITING.set(True)
    try:
        yield
    finally:
        _WRITING.reset(token)


@dataclass
class Write:
    """One deal's part of a change. ``before`` is the deal as it was read (its version is checked
    against the stored one), None for a new deal; ``after`` the deal as it is to be (its version
    one more than ``before``'s, or as imported), None to delete it. ``ops`` turn ``before`` into
    ``after`` (a new deal needs none: all its rows are written). ``action`` goes into the history;
    None for data that is not anybody's action (demo data, benchmark loads)."""

    before: Deal | None
    after: Deal | None
    ops: Sequence[Op] = ()
    action: Action | None = None
    history: Sequence[Action] = ()  # more actions for the history (the team's, pulled from the server)
    adopt_profile: bool = False  # a new deal's carried calendar becomes its account's if it has none
    validated: bool = False  # ``after`` was validated already (bulk loads that check it themselves)


@dataclass
class Changes:
    """What a change did, for views to refresh from (the change record)."""

    added: list[uuid.UUID] = field(default_factory=list)
    updated: list[uuid.UUID] = field(default_factory=list)
    removed: list[uuid.UUID] = field(default_factory=list)
    # what the write computed anyway, for views to refresh from without reading or computing
    # again: the new list row and the risk assessment of each changed deal, and the day they are for
    summaries: dict[uuid.UUID, DealSummary] = field(default_factory=dict)
    assessments: dict[uuid.UUID, Any] = field(default_factory=dict)
    as_of: date | None = None

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.removed)


def validate(writes: Sequence[Write], source: Callable[[Deal], str | None] = lambda _deal: None) -> None:
    """Validate every deal that is to be written (before the transaction: a refusal costs no lock)."""
    for write in writes:
        if write.after is not None and not write.validated:
            ensure_valid(write.after, source=source(write.after))
            write.validated = True


def run(session, writes: Sequence[Write], today: date, location: str) -> Changes:
    """Apply ``writes`` in the caller's transaction (see the module's text). On any refusal an
    exception is raised and the caller's transaction rolls back: all of the writes, or none."""
    validate(writes)
    written = Changes(as_of=today)
    with _writing():
        new = [w for w in writes if w.before is None and w.after is not None]
        if new:
            stored = repository.deal_versions(session, [w.after.id for w in new if w.after is not None])
            for w in new:
                assert w.after is not None
                if w.after.id in stored:
                    raise StaleVersion(location, w.after.id, None, stored[w.after.id])
            _adopt_profiles(session, [w for w in new if w.adopt_profile])
            with repository.large_cache(session) if len(new) >= CHUNK else nullcontext():
                for start in range(0, len(new), CHUNK):
                    chunk = [w.after for w in new[start : start + CHUNK] if w.after is not None]
                    repository.insert_deals(session, chunk)
            written.added.extend(w.after.id for w in new if w.after is not None)
        for w in writes:
            if w.before is None:
                continue
            if w.after is None:
                stored_version = repository.deal_versions(session, [w.before.id]).get(w.before.id)
                if stored_version != w.before.version:
                    raise StaleVersion(location, w.before.id, w.before.version, stored_version)
                repository.delete_deal(session, w.before.id)
                written.removed.append(w.before.id)
                continue
            try:
                repository.apply_change(session, w.before.version, w.after, w.ops)
            except repository.StaleRow:
                raise StaleVersion(location, w.after.id, w.before.version, None) from None
            written.updated.append(w.after.id)
        _summaries(session, [w for w in writes if w.after is not None], today, written)
        actions = [a for w in writes for a in ((w.action,) if w.action is not None else ()) + tuple(w.history)]
        if actions:
            repository.append_actions(session, actions)
    return written


def _adopt_profiles(session, writes: Sequence[Write]) -> None:
    """A new deal that carries an account calendar (a bundle, a template's country preset) gives
    it to its account if the account has none stored."""
    carried = {w.after.account: w.after.account_profile for w in writes if w.after and w.after.account_profile}
    if not carried:
        return
    stored = repository.load_profiles(session, carried)
    for account, profile in carried.items():
        if account not in stored and profile is not None:
            repository.save_profile(session, _for_account(profile, account))


def _for_account(profile: AccountProfile, account: str) -> AccountProfile:
    return replace(profile, account=account)


def _summaries(session, writes: Sequence[Write], today: date, written: Changes) -> None:
    """The list rows (projection, risk) of the written deals, each seeing its account's stored
    calendar and authority table."""
    if not writes:
        return
    # one deal edited within its account keeps the calendar it was read with (no read for an edit)
    edit = (
        len(writes) == 1
        and writes[0].before is not None
        and writes[0].after is not None
        and writes[0].before.account == writes[0].after.account
        and writes[0].after.account_profile is writes[0].before.account_profile
    )
    accounts = set() if edit else {w.after.account for w in writes if w.after is not None}
    profiles = repository.load_profiles(session, accounts) if accounts else {}
    summaries = []
    detail = len(writes) <= KEEP_DETAIL
    for w in writes:
        deal = w.after
        assert deal is not None
        if not edit:
            deal.account_profile = profiles.get(deal.account)
        if detail:
            assessment = assess(deal, today, deal_calendar(deal))
            summary = summarize(deal, today, assessment)
            written.summaries[deal.id] = summary
            written.assessments[deal.id] = assessment
        else:
            summary = summarize(deal, today)
        summaries.append(summary)
    repository.write_summaries(session, summaries)
