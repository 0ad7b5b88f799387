"""Deal use cases: list, read, create, import and export bundles."""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlmodel import Session

from closeplan.domain.accounts import deal_calendar
from closeplan.domain.model import AccountProfile, CloseDateChange, Deal, DealSummary, Stage, Step
from closeplan.domain.operations import ADD, Action, Op, diff
from closeplan.domain.risk import assess
from closeplan.domain.summary import summarize
from closeplan.domain.validation import (
    FieldError,
    ValidationError,
    ensure_valid,
    ensure_valid_profile,
    foreign_ids,
    item_ids,
)
from closeplan.export import bundle
from closeplan.files import safe_file_stem, write_atomic
from closeplan.store import backups, repository
from closeplan.store.backups import Backup, BackupFailed, DatabaseDamaged, IntegrityReport, Recovery
from closeplan.store.engine import (
    Database,
    DatabaseError,
    DatabaseTooNew,
    DatabaseUnavailable,
    NotACloseplanDatabase,
    StaleVersion,
    WriteFailed,
    sqlite_path,
    to_url,
)
from closeplan.store.migrate import open_database, open_read_only

Clock = Callable[[], datetime]


def bundle_files(items: Sequence[str | os.PathLike[str]]) -> list[Path]:
    """Files to import: each item is a bundle file, or a folder whose *.json files are taken."""
    files: list[Path] = []
    for item in items:
        path = Path(item)
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix == ".json" and p.is_file()))
        else:
            files.append(path)
    return files


def replace_profile_account(profile: AccountProfile, account: str) -> AccountProfile:
    return replace(profile, account=account) if profile.account != account else profile


def system_clock() -> datetime:
    """The wall clock, for the edges of the program (CLI, UI) to pass in."""
    return datetime.now(UTC)


@dataclass
class Changes:
    """What a mutation changed, for views to refresh from."""

    added: list[uuid.UUID] = field(default_factory=list)
    updated: list[uuid.UUID] = field(default_factory=list)
    removed: list[uuid.UUID] = field(default_factory=list)
    # what an edit computed anyway, for views to refresh from without reading or computing again:
    # the new list row and the risk assessment of each changed deal, and the day they are for
    summaries: dict[uuid.UUID, DealSummary] = field(default_factory=dict)
    assessments: dict[uuid.UUID, Any] = field(default_factory=dict)
    as_of: date | None = None

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.removed)


class DealNotFound(LookupError):
    pass


class AmbiguousDeal(LookupError):
    def __init__(self, ref: str, matches: Sequence[tuple[uuid.UUID, str]]):
        self.matches = list(matches)
        names = "; ".join(f"{name} ({deal_id})" for deal_id, name in matches[:10])
        more = f" and {len(matches) - 10} more" if len(matches) > 10 else ""
        super().__init__(f"{ref!r} matches {len(matches)} deals: {names}{more}. Use more of the name or the id.")


def recovery_text(recovery: Recovery) -> str:
    """What the start-up check did, in English (the UI words it in its own language)."""
    backup = recovery.restored_from
    kept = ", ".join(str(p) for p in recovery.moved_aside)
    return (
        f"{recovery.database} was damaged ({recovery.problem}). It was replaced by the backup "
        f"{backup.name} of {backup.taken:%Y-%m-%d %H:%M}; changes made after that are not in it. "
        f"The damaged file was kept as {kept}."
    )


@dataclass(frozen=True)
class ImportOutcome:
    source: str
    deal_id: uuid.UUID
    deal_name: str
    outcome: str  # "added" | "updated" | "skipped"
    reason: str = ""


@dataclass
class ImportReport:
    outcomes: list[ImportOutcome] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    def of(self, kind: str) -> list[ImportOutcome]:
        return [o for o in self.outcomes if o.outcome == kind]

    @property
    def conflicts(self) -> list[ImportOutcome]:
        return self.of("skipped")


class ImportFailed(Exception):
    """One or more files are not valid bundles; nothing was imported."""

    def __init__(self, errors: list[ValidationError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


@dataclass(frozen=True)
class NewDeal:
    """What the user types to start a deal."""

    name: str
    account: str
    amount: Decimal
    currency: str
    target_close: date
    country: str = "US"
    customer_language: str = "en"
    owner: str = ""
    vendor_company: str = ""
    stage: Stage = Stage.PRE_OPPORTUNITY


def local_today(clock: Clock) -> Callable[[], date]:
    """Today's date where the user is, from the injected clock."""
    return lambda: clock().astimezone().date()


class DealService:
    def __init__(self, db: Database, clock: Clock = system_clock, today: Callable[[], date] | None = None):
        self.db = db
        self.clock = clock
        self.today = today or local_today(clock)
        self._fresh_for: date | None = None  # the day for which every list row is known current
        self._held = threading.local()  # the session of write_locked(), per thread
        self.author = ""  # who makes the changes, for the history (set by the program's edges)
        self._latest: dict[uuid.UUID, Deal] = {}  # the state this service last wrote of a deal

    def deal_for_edit(self, deal_id: uuid.UUID) -> Deal:
        """The deal to apply an edit to: as this service last wrote it (no read at all), else read.
        If another writer saved it since, writing the change fails its version check
        (StaleVersion) and the edit is applied again to the deal read anew."""
        latest = self._latest.get(deal_id)
        return latest if latest is not None else self.get_deal(deal_id)  # read-only: edits change a clone

    def _forget(self, ids=None) -> None:
        if ids is None:
            self._latest.clear()
        for deal_id in ids or ():
            self._latest.pop(deal_id, None)

    def write_change(self, before: Deal, after: Deal, ops: Sequence[Op], action: Action | None = None) -> Changes:
        """Write one change — ``after`` is ``before`` with ``ops`` applied and its version raised —
        as the rows it touches, in one transaction with the deal's list row and its history. The
        stored version is checked in the same statement that writes the deal's row: if another
        writer saved the deal since ``before`` was read, nothing is written (StaleVersion).
        ``after`` is validated here, once."""
        ensure_valid(after)
        try:
            with self._transaction() as session:
                try:
                    repository.apply_change(session, before.version, after, ops)
                except repository.StaleRow:
                    raise StaleVersion(self.location, after.id, before.version, None) from None
                if after.account != before.account:
                    after.account_profile = repository.load_profiles(session, [after.account]).get(after.account)
                today = self.today()
                assessment = assess(after, today, deal_calendar(after))
                summary = summarize(after, today, assessment)
                repository.write_summaries(session, [summary])
                if action is not None:
                    repository.append_actions(session, [action])
        except BaseException:
            self._forget([after.id])
            raise
        self._latest[after.id] = after  # read-only from here on: the next edit changes a clone of it
        return Changes(
            updated=[after.id], summaries={after.id: summary}, assessments={after.id: assessment}, as_of=today
        )

    def action(
        self,
        deal_id: uuid.UUID,
        label: str,
        source: str,
        base_version: int,
        ops: Sequence[Op],
        undoes: uuid.UUID | None = None,
    ) -> Action:
        """One user action for the history, made now by this service's author."""
        return Action(uuid.uuid4(), deal_id, label, source, self.author, self.clock(), base_version, tuple(ops), undoes)

    def history(self, deal_id: uuid.UUID) -> list[Action]:
        """Who changed what in a deal, and when: its actions, oldest first."""
        with self._reading() as session:
            return repository.load_actions(session, deal_id)

    @contextmanager
    def write_locked(self) -> Iterator[None]:
        """Every read and write of this service inside (on this thread) runs in one write
        transaction, begun with ``BEGIN IMMEDIATE``: no other writer can save between what is read
        and what is written. Committed at the end, rolled back on an error. Keep it short: other
        writers wait for it (up to SQLite's busy timeout)."""
        if getattr(self._held, "session", None) is not None:
            yield
            return
        with self.db.transaction() as session:
            self._held.session = session
            try:
                yield
            finally:
                self._held.session = None

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        held = getattr(self._held, "session", None)
        if held is not None:
            yield held
            return
        with self.db.transaction() as session:
            yield session

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        held = getattr(self._held, "session", None)
        if held is not None:
            yield held
            return
        with self.db.reading() as session:
            yield session

    @classmethod
    def open(
        cls, target: str | os.PathLike[str], clock: Clock = system_clock, today: Callable[[], date] | None = None
    ) -> DealService:
        return cls(open_database(target, now=clock()), clock, today)

    @classmethod
    def open_checked(
        cls, target: str | os.PathLike[str], clock: Clock = system_clock, today: Callable[[], date] | None = None
    ) -> tuple[DealService, Recovery | None]:
        """Open after the start-up health check: a damaged database file is moved aside and the
        newest good backup restored (the Recovery says what happened); without a good backup,
        DatabaseDamaged is raised and nothing is changed."""
        recovery = cls.health_check(target, clock)
        return cls.open(target, clock, today), recovery

    @classmethod
    def open_read_only(
        cls, target: str | os.PathLike[str], clock: Clock = system_clock, today: Callable[[], date] | None = None
    ) -> DealService:
        """The database for reading only (a dry run): its content in memory, read through a
        ``mode=ro`` connection; nothing is created, migrated, recovered or written (every write
        raises WriteFailed). A file that does not exist yet is an empty database. A damaged,
        busy or foreign file: DatabaseError, the file untouched."""
        return cls(open_read_only(target), clock, today)

    @staticmethod
    def health_check(target: str | os.PathLike[str], clock: Clock = system_clock) -> Recovery | None:
        """The start-up health check alone (see ``open_checked``). It runs in SQLite, not in
        Python, so the app runs it on another thread while the window stays responsive.

        Outcomes: None (healthy or new); a Recovery (damaged, replaced by the newest good
        backup, the damaged file kept aside); DatabaseDamaged (damaged, no good backup or it cannot
        be moved: nothing changed); DatabaseUnavailable (busy, locked, read-only, I/O error,
        cannot open: nothing changed or moved; ``reason`` says which); NotACloseplanDatabase
        (another program's file: not touched). Damage is SQLITE_CORRUPT/NOTADB, a failed check, a
        bad header, or an empty file (or one without closeplan's tables) that has backups.
        Left-over ``*.partial`` files of a killed write are removed."""
        path = sqlite_path(to_url(target))
        return backups.recover_if_damaged(path, clock()) if path is not None else None

    def full_check(self) -> IntegrityReport | None:
        """SQLite's full ``integrity_check`` of the database file (indexes too, which the start-up
        check does not read). It can take seconds on a big file: the app runs it beside the window,
        after start-up and before the first backup. None for a database that is not a local file.
        A failing report: say ``report.message`` (it names the file); ``backup()`` then refuses
        (BackupFailed) and keeps the existing backups. DatabaseUnavailable when it cannot be read now."""
        if self.db.path is None:
            return None
        return backups.full_check(self.db.path)

    # --- backups ---------------------------------------------------------------

    def backup(self, only_if_missing: bool = False, checked: bool = False) -> backups.Rotation:
        """Today's and this week's verified backup, dropping the oldest beyond 7 days / 4 weeks.
        A copy is kept only if it passes ``integrity_check``; with ``checked`` the database itself is
        checked first (the command line's ``backups --take``). On failure: BackupFailed naming the
        file, the existing backups kept. A backup with deals is never replaced by an emptier copy
        (it is kept under another name: ``Rotation.kept``, ``Rotation.notes``)."""
        if self.db.path is None:
            return backups.Rotation()
        if checked:
            report = backups.full_check(self.db.path)
            if not report.ok:
                raise BackupFailed(
                    f"{report.database} failed SQLite's integrity check ({report.problem}); "
                    "no backup was taken and the existing backups were kept as they are"
                )
        return backups.take_backups(self.db.path, self.clock(), only_if_missing=only_if_missing)

    def backups(self) -> list[backups.Backup]:
        return backups.list_backups(self.db.path) if self.db.path is not None else []

    def deals_in_backup(self, backup: Path) -> int | None:
        return backups.deal_count(backup)

    @property
    def backup_folder(self) -> Path | None:
        return backups.backup_dir_for(self.db.path) if self.db.path is not None else None

    def restore_backup(self, backup: Path) -> Path | None:
        """Make a backup the database's content. What was there is kept as a ``before-restore``
        backup first (returned). The database is closed and opened again (migrating an old backup)."""
        if self.db.path is None:
            raise DatabaseError("only a database file can be restored from a backup")
        path, now = self.db.path, self.clock()
        self._forget()
        self.db.close()
        try:
            safety = backups.restore_backup(path, Path(backup), now)
        finally:
            self.db = open_database(path, now=now)
            self._fresh_for = None
        return safety

    # --- the one place deals are written ---------------------------------------

    def _write(self, session, deals: Sequence[Deal], replace: bool = False, adopt_profiles: bool = False) -> None:
        """Write whole deals and their list rows (projection, risk) in the caller's transaction.

        Each deal sees its account's stored calendar and authority table. With ``adopt_profiles``
        (imports, demo data) a profile a deal carries is stored for an account that has none."""
        if replace:
            for deal in deals:
                repository.delete_deal(session, deal.id)
        repository.insert_deals(session, deals)
        profiles = repository.load_profiles(session, {deal.account for deal in deals})
        for deal in deals:
            carried = deal.account_profile
            if adopt_profiles and carried is not None and deal.account not in profiles:
                carried = replace_profile_account(carried, deal.account)
                repository.save_profile(session, carried)
                profiles[deal.account] = carried
            deal.account_profile = profiles.get(deal.account)
        today = self.today()
        repository.write_summaries(session, [summarize(deal, today) for deal in deals])

    def save(self, deal: Deal, replace: bool = True, action: Action | None = None) -> Changes:
        """Write one validated deal in its own transaction, replacing the stored one.

        The deal carries the version it is written as: one more than the version it was read at
        (an edit raises it by one). Inside the write transaction the stored version is checked:
        if another writer (another window or process) saved the deal since it was read, or
        deleted it, nothing is written and StaleVersion is raised; read it again and re-apply
        the change. With ``replace=False`` (a deleted deal brought back) the deal must not be
        stored at all. ``action`` (what changed, field by field) goes into the deal's history in
        the same transaction."""
        ensure_valid(deal)
        self._forget([deal.id])
        with self._transaction() as session:
            stored = repository.deal_versions(session, [deal.id]).get(deal.id)
            expected = deal.version - 1 if replace else None
            if stored != expected:
                raise StaleVersion(self.location, deal.id, expected, stored)
            self._write(session, [deal], replace=replace)
            if action is not None:
                repository.append_actions(session, [action])
        return Changes(updated=[deal.id]) if replace else Changes(added=[deal.id])

    # --- account calendars and authority tables ----------------------------------

    def account_profile(self, account: str) -> AccountProfile | None:
        with self._reading() as session:
            return repository.load_profiles(session, [account]).get(account)

    def put_account_profile(self, account: str, profile: AccountProfile | None) -> Changes:
        """Store (or with None, forget) an account's calendar and authority table; every deal of
        the account gets its list row recomputed, as projections and risks depend on them."""
        self._forget()  # deals of the account carry its calendar
        if profile is not None:
            ensure_valid_profile(profile)
            profile = replace_profile_account(profile, account)
        today = self.today()
        with self._transaction() as session:
            if profile is None:
                repository.delete_profile(session, account)
            else:
                repository.save_profile(session, profile)
            ids = repository.deal_ids_of_account(session, account)
            deals = repository.load_deals(session, ids) if ids else []
            repository.write_summaries(session, [summarize(d, today) for d in deals])
        return Changes(updated=ids)

    def delete(self, deal_id: uuid.UUID, version: int | None = None, action: Action | None = None) -> Changes:
        """Delete a deal. With ``version``: only if it is still stored at that version (else
        StaleVersion, nothing deleted). The history keeps ``action`` (and the deal's past)."""
        self._forget([deal_id])
        with self._transaction() as session:
            if version is not None:
                stored = repository.deal_versions(session, [deal_id]).get(deal_id)
                if stored != version:
                    raise StaleVersion(self.location, deal_id, version, stored)
            removed = repository.delete_deal(session, deal_id)
            if removed and action is not None:
                repository.append_actions(session, [action])
        return Changes(removed=[deal_id]) if removed else Changes()

    def refresh_summaries(self, batch: int = 500, today: date | None = None) -> int:
        """Recompute list rows computed for another day than ``today`` (default: the service's
        day), or never; returns how many."""
        today = today or self.today()
        with self._reading() as session:
            stale = repository.stale_summary_ids(session, today)
        for start in range(0, len(stale), batch):
            chunk = stale[start : start + batch]
            with self._transaction() as session:
                deals = repository.load_deals(session, chunk)
                repository.write_summaries(session, [summarize(d, today) for d in deals])
        self._fresh_for = today
        return len(stale)

    def stale_count(self, today: date | None = None) -> int:
        """List rows computed for another day (or never). Every write keeps its own rows
        current, so once a day's check found nothing, it is not repeated that day."""
        today = today or self.today()
        if self._fresh_for == today:
            return 0
        with self._reading() as session:
            count = len(repository.stale_summary_ids(session, today))
        if count == 0:
            self._fresh_for = today
        return count

    def close(self) -> None:
        self.db.close()

    @property
    def location(self) -> str:
        return self.db.describe()

    @property
    def file(self) -> Path | None:
        """The database file (None for a database that is not a local file)."""
        return self.db.path

    # --- reading -------------------------------------------------------------

    def current_list(self, today: date | None = None) -> list[DealSummary]:
        """Every deal's list row for ``today`` (default: the service's day), first recomputing
        rows made for another day."""
        if self.stale_count(today):
            self.refresh_summaries(today=today)
        return self.list_deals()

    def list_deals(self, ids: Sequence[uuid.UUID] | None = None) -> list[DealSummary]:
        """List rows of every deal (or of ``ids``), without loading plans. The rows have the
        attributes of DealSummary and convert their values lazily (see StoredSummary)."""
        with self._reading() as session:
            return repository.list_summaries(session, ids)

    def count(self) -> int:
        with self._reading() as session:
            return repository.count_deals(session)

    def get_deal(self, deal_id: uuid.UUID) -> Deal:
        with self._reading() as session:
            deal = repository.load_deal(session, deal_id)
        if deal is None:
            raise DealNotFound(f"no deal with id {deal_id}")
        return deal

    def get_deals(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Deal]:
        """Several deals in one read, by id (missing ids are left out)."""
        if not ids:
            return {}
        with self._reading() as session:
            return {deal.id: deal for deal in repository.load_deals(session, list(ids))}

    def resolve(self, ref: str) -> uuid.UUID:
        """A deal's id from its id or a unique part of its name."""
        with self._reading() as session:
            matches = repository.find_deals(session, ref)
        if not matches:
            raise DealNotFound(f"no deal matches {ref!r} in {self.location}")
        if len(matches) > 1:
            raise AmbiguousDeal(ref, matches)
        return matches[0][0]

    def all_ids(self) -> list[uuid.UUID]:
        with self._reading() as session:
            return repository.all_deal_ids(session)

    # --- writing -------------------------------------------------------------

    def create_deal(
        self, new: NewDeal, steps: Sequence[Step] = (), profile: AccountProfile | None = None
    ) -> tuple[Deal, Changes]:
        """A new deal from what the user typed (and a plan, e.g. back-scheduled), in one transaction.
        ``profile`` becomes the account's calendar if the account has none yet."""
        now = self.clock()
        deal = Deal(
            name=new.name.strip(),
            account=new.account.strip(),
            amount=new.amount,
            currency=new.currency.strip().upper(),
            target_close=new.target_close,
            country=new.country.strip().upper(),
            customer_language=new.customer_language,
            owner=new.owner.strip(),
            vendor_company=new.vendor_company.strip(),
            stage=new.stage,
            created_at=now,
            updated_at=now,
            steps=list(steps),
            close_date_history=[CloseDateChange(now, None, new.target_close)],
            account_profile=profile,
        )
        ensure_valid(deal)
        if profile is not None:
            ensure_valid_profile(replace_profile_account(profile, deal.account))
        with self._transaction() as session:
            self._write(session, [deal], adopt_profiles=True)
            repository.append_actions(
                session, [self.action(deal.id, "Create deal", "create", 0, [Op(ADD, "deal", deal.id, new=deal.name)])]
            )
        return deal, Changes(added=[deal.id])

    def add_deals(self, deals: Iterable[Deal], validate: bool = True) -> Changes:
        """Insert new deals in one transaction (demo data, bulk loads)."""
        batch = list(deals)
        if validate:
            for deal in batch:
                ensure_valid(deal, source=deal.name)
        with self._transaction() as session:
            self._write(session, batch, adopt_profiles=True)
        return Changes(added=[d.id for d in batch])

    WRITE_CHUNK = 1000  # deals whose rows are built and written at a time

    def write_many(
        self,
        added: Sequence[Deal],
        updated: Sequence[Deal],
        source: str = "import-crm",
        label: str = "Import from a CRM",
    ) -> Changes:
        """New and changed deals in one transaction: all of them are written, or none.

        A changed deal carries one more than the version it was read at; if another writer saved
        it since (or deleted it), StaleVersion and nothing is written. The rows are built and
        written ``WRITE_CHUNK`` deals at a time (100,000 deals at once peaked at twice the
        memory), still in the one transaction."""
        for deal in (*added, *updated):
            ensure_valid(deal, source=deal.name)
        self._forget([d.id for d in updated])
        with self._transaction() as session:
            if updated:
                stored = repository.deal_versions(session, [deal.id for deal in updated])
                for deal in updated:
                    if stored.get(deal.id) != deal.version - 1:
                        raise StaleVersion(self.location, deal.id, deal.version - 1, stored.get(deal.id))
            for deals, replace in ((updated, True), (added, False)):
                for start in range(0, len(deals), self.WRITE_CHUNK):
                    chunk = deals[start : start + self.WRITE_CHUNK]
                    actions = self._import_actions(session, chunk, replace, source, label)
                    self._write(session, chunk, replace=replace)
                    repository.append_actions(session, actions)
        return Changes(added=[d.id for d in added], updated=[d.id for d in updated])

    def _import_actions(self, session, deals: Sequence[Deal], replace: bool, source: str, label: str) -> list[Action]:
        """The history of an import: for a deal that was there, what changed against what is
        stored (field by field); for a new one, that it was added (by name: the deal itself is
        in the tables, and 100,000 imported deals must not be kept twice)."""
        if not replace:
            return [self.action(d.id, label, source, 0, [Op(ADD, "deal", d.id, new=d.name)]) for d in deals]
        stored = {d.id: d for d in repository.load_deals(session, [d.id for d in deals])}
        actions = []
        for deal in deals:
            before = stored.get(deal.id)
            ops = diff(before, deal) if before is not None else [Op(ADD, "deal", deal.id, new=deal.name)]
            if ops:
                actions.append(self.action(deal.id, label, source, before.version if before else 0, ops))
        return actions

    def deal_keys(self) -> list[tuple[uuid.UUID, str, str, str]]:
        """(id, CRM id, account, name) of every deal."""
        with self._reading() as session:
            return repository.deal_keys(session)

    # --- bundles -------------------------------------------------------------

    def export_bundle(self, deal_id: uuid.UUID, path: Path) -> Path:
        return self.write_bundle(self.get_deal(deal_id), path)

    def write_bundle(self, deal: Deal, path: Path, newer: bool = False) -> Path:
        """Write a deal (e.g. one with edits the database refused) as a bundle file. With ``newer``
        the file carries the next version, so importing it later replaces the stored deal."""
        if newer:
            deal = replace(deal, version=deal.version + 1)
        write_atomic(Path(path), bundle.dumps(deal, self.clock()))
        return Path(path)

    def export_all(self, folder: Path) -> list[Path]:
        folder = Path(folder)
        written = []
        used: set[str] = set()
        for deal_id in self.all_ids():
            deal = self.get_deal(deal_id)
            stem = safe_file_stem(deal.account, deal.name)
            if stem.casefold() in used:
                stem = f"{stem} ({str(deal.id)[:8]})"
            used.add(stem.casefold())
            target = folder / (stem + bundle.SUFFIX)
            write_atomic(target, bundle.dumps(deal, self.clock()))
            written.append(target)
        return written

    @staticmethod
    def _refuse_foreign_ids(session, parsed: Sequence[tuple[str, Deal]]) -> None:
        """ImportFailed (per file, naming each field) when a bundle's steps, stakeholders, risks or
        route desks have ids another deal holds: a stored one, or one of an earlier file of this
        import. Runs inside the import's transaction, before anything is written."""
        ids = [item for _, deal in parsed for item in item_ids(deal)]
        owners = repository.item_owners(session, ids)
        failures: list[ValidationError] = []
        for source, deal in parsed:
            errors = [FieldError(f"deal.{e.field}", e.message) for e in foreign_ids(deal, owners)]
            if errors:
                failures.append(ValidationError(errors, source))
                continue
            for item in item_ids(deal):
                owners.setdefault(item, deal.id)
        if failures:
            raise ImportFailed(failures)

    def import_bundles(self, paths: Sequence[Path]) -> ImportReport:
        """Import bundle files. All files are checked first; if any is invalid, nothing is
        written (ImportFailed, per file). That includes ids of steps, stakeholders, risks and route
        desks that another deal holds, stored or in another file of the import. A deal that
        exists is replaced only by a newer version."""
        parsed: list[tuple[str, Deal]] = []
        failures: list[ValidationError] = []
        for path in paths:
            try:
                parsed.append((str(path), bundle.read_file(Path(path))))
            except ValidationError as exc:
                failures.append(exc)
        if failures:
            raise ImportFailed(failures)
        report = ImportReport()
        self._forget([deal.id for _, deal in parsed])
        with self._transaction() as session:
            self._refuse_foreign_ids(session, parsed)
            known = repository.deal_versions(session, [deal.id for _, deal in parsed])
            for source, deal in parsed:
                existing = known.get(deal.id)
                if existing is None:
                    actions = self._import_actions(session, [deal], False, "import-bundle", "Import a bundle")
                    self._write(session, [deal], adopt_profiles=True)
                    repository.append_actions(session, actions)
                    report.outcomes.append(ImportOutcome(source, deal.id, deal.name, "added"))
                    report.changes.added.append(deal.id)
                elif deal.version > existing:
                    actions = self._import_actions(session, [deal], True, "import-bundle", "Import a bundle")
                    self._write(session, [deal], replace=True, adopt_profiles=True)
                    repository.append_actions(session, actions)
                    report.outcomes.append(
                        ImportOutcome(source, deal.id, deal.name, "updated", f"version {existing} → {deal.version}")
                    )
                    report.changes.updated.append(deal.id)
                else:
                    reason = (
                        f"conflict: this database already has version {existing} of this deal; "
                        f"the file has version {deal.version}, which is not newer. Nothing was changed."
                    )
                    report.outcomes.append(ImportOutcome(source, deal.id, deal.name, "skipped", reason))
                    continue
                known[deal.id] = deal.version
        return report


__all__ = [
    "AmbiguousDeal",
    "Backup",
    "BackupFailed",
    "DatabaseDamaged",
    "Recovery",
    "recovery_text",
    "StaleVersion",
    "WriteFailed",
    "DatabaseError",
    "DatabaseTooNew",
    "DatabaseUnavailable",
    "IntegrityReport",
    "NotACloseplanDatabase",
    "Changes",
    "DealNotFound",
    "DealService",
    "FieldError",
    "ImportFailed",
    "ImportReport",
    "NewDeal",
    "system_clock",
]
