"""Deal use cases: list, read, create, import and export bundles."""

from __future__ import annotations

import os
import shutil
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sqlmodel import Session

from closeplan.domain.model import AccountProfile, ApprovalPath, CloseDateChange, Deal, Stage, Stakeholder, Step
from closeplan.domain.operations import ADD, REMOVE, SET, Action, Op, diff
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
from closeplan.services import runner
from closeplan.services.clock import system_clock  # noqa: F401 (the edges take it from here too)
from closeplan.services.runner import Changes, Write
from closeplan.store import backups, repository
from closeplan.store.backups import Backup, BackupFailed, DatabaseDamaged, IntegrityReport, Recovery
from closeplan.store.engine import (
    Database,
    DatabaseError,
    DatabaseTooNew,
    DatabaseUnavailable,
    NotACloseplanDatabase,
    ReadOnlyDeal,
    StaleVersion,
    WriteFailed,
    sqlite_path,
    to_url,
)
from closeplan.store.migrate import open_database, open_read_only
from closeplan.store.sqlite_reader import StoredSummary

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
    stakeholders: list[Stakeholder] = field(default_factory=list)
    approval_path: ApprovalPath = field(default_factory=ApprovalPath)


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
        self._login: str | None = None  # the team server's login, when connected (see author_name)
        self._latest: dict[uuid.UUID, Deal] = {}  # the state this service last wrote of a deal
        self._read_only: dict[uuid.UUID, str] | None = None  # deals the team server lets us only read

    def deal_for_edit(self, deal_id: uuid.UUID) -> Deal:
        """The deal to apply an edit to: as this service last wrote it (no read at all), else read.
        If another writer saved it since, writing the change fails its version check
        (StaleVersion) and the edit is applied again to the deal read anew."""
        latest = self._latest.get(deal_id)
        return latest if latest is not None else self.get_deal(deal_id)  # read-only: edits change a clone

    def forget_cached(self, ids: Iterable[uuid.UUID] | None = None) -> None:
        """Another writer of this database (a sync in the background, another window) changed
        these deals (None: any): the next edit reads them anew, and the rights the team server
        gives are read again."""
        self._forget(list(ids) if ids is not None else None)
        self._read_only = None
        self._login = None  # connected or disconnected since: the history's author is read again

    def read_only_deals(self) -> dict[uuid.UUID, str]:
        """Deals the team server lets this user read but not change, with their owners."""
        if self._read_only is None:
            from closeplan.store import sync_state

            with self._reading() as session:
                self._read_only = {
                    r.deal_id: r.owner for r in sync_state.load_replicas(session).values() if not r.can_edit
                }
        return self._read_only

    def _refuse_read_only(self, writes: Sequence[Write]) -> None:
        read_only = self.read_only_deals()
        if not read_only:
            return
        for w in writes:
            deal = w.after if w.after is not None else w.before
            source = w.action.source if w.action is not None else ""
            if deal is not None and deal.id in read_only and source != "sync":
                raise ReadOnlyDeal(self.location, deal.id, read_only[deal.id])

    def _forget(self, ids=None) -> None:
        if ids is None:
            self._latest.clear()
        for deal_id in ids or ():
            self._latest.pop(deal_id, None)

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
        return Action(
            uuid.uuid4(), deal_id, label, source, self.author_name(), self.clock(), base_version, tuple(ops), undoes
        )

    def author_name(self) -> str:
        """Who makes the changes, as the history says: the team server's login once this database
        syncs with one (the name the server gives these actions on every other laptop), else
        ``author`` (the program's edges set it: the operating system's user)."""
        if self._login is None:
            from closeplan.store import sync_state

            with self._reading() as session:
                state = sync_state.load_state(session)
            self._login = state.login if state is not None else ""
        return self._login or self.author

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
    def transaction(self) -> Iterator[Session]:
        """One write transaction in which reads and writes of this service (on this thread) and
        of the caller's own store calls happen together (e.g. a sync's cursor with its deals)."""
        with self.write_locked(), self._transaction() as session:
            yield session

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
        backup first (returned). On a database that can be read, the restore is a change like
        any other: every deal that differs from the backup's is changed to it, deals only in the
        backup come back, deals not in it are removed — as operations, each in its deal's history
        ("Restore the backup of …"), undoable deal by deal, and sent to the team server like
        edits. A database that cannot be read is replaced by the backup's file instead."""
        if self.db.path is None:
            raise DatabaseError("only a database file can be restored from a backup")
        backups.check_restorable(Path(backup))
        try:
            current = self.get_deals(self.all_ids())
        except DatabaseError:
            return self._restore_file(Path(backup))
        content, profiles = self._backup_content(Path(backup))
        safety = backups.before_restore_copy(self.db.path, self.clock())
        taken = datetime.fromtimestamp(Path(backup).stat().st_mtime, UTC)
        label = f"Restore the backup of {taken:%Y-%m-%d %H:%M} UTC"
        writes: list[Write] = []
        for deal in content:
            before = current.pop(deal.id, None)
            if before is None:
                deal.version = max(deal.version, 1)
                action = self.action(deal.id, label, "restore", 0, [Op(ADD, "deal", deal.id, new=deal.name)])
                writes.append(Write(None, deal, (), action))
                continue
            deal.version = before.version + 1
            deal.account_profile = before.account_profile
            ops = diff(before, deal)
            if ops:
                writes.append(Write(before, deal, ops, self.action(deal.id, label, "restore", before.version, ops)))
        for before in current.values():
            ops = [Op(REMOVE, "deal", before.id, old=before)]
            writes.append(Write(before, None, (), self.action(before.id, label, "restore", before.version, ops)))
        with self.write_locked(), self._transaction() as session:
            stored = repository.load_profiles(session)
            for account in set(stored) - set(profiles):
                repository.delete_profile(session, account)
            for account, profile in profiles.items():
                if stored.get(account) != profile:
                    repository.save_profile(session, profile)
            self.run(writes)
        self._forget()
        self._fresh_for = None
        return safety

    def _backup_content(self, backup: Path) -> tuple[list[Deal], dict[str, AccountProfile]]:
        """The deals and account calendars of a backup, read from a migrated copy of it (an
        older backup may have an older schema; the backup itself is never changed)."""
        import tempfile

        with tempfile.TemporaryDirectory(prefix="closeplan-restore-") as folder:
            copy = Path(folder) / "backup.sqlite3"
            shutil.copyfile(backup, copy)
            db = open_database(copy, now=self.clock())
            try:
                with db.reading() as session:
                    deals = repository.load_deals(session)
                    profiles = repository.load_profiles(session)
            finally:
                db.close()
        return deals, profiles

    def _restore_file(self, backup: Path) -> Path | None:
        """Replace an unreadable database's file with the backup's (the start-up recovery's way)."""
        assert self.db.path is not None
        path, now = self.db.path, self.clock()
        self._forget()
        self.db.close()
        try:
            safety = backups.restore_backup(path, backup, now)
        finally:
            self.db = open_database(path, now=now)
            self._fresh_for = None
        return safety

    # --- the one write path ------------------------------------------------------

    def run(self, writes: Sequence[Write]) -> Changes:
        """Apply per-deal writes through the runner (services/runner.py) in one transaction
        (or the caller's ``write_locked()`` one): all of them, or none. Validated once, before
        any lock is taken."""
        self._refuse_read_only(writes)
        runner.validate(writes, source=self._source_of(writes))
        ids = [deal.id for w in writes for deal in (w.after or w.before,) if deal is not None]
        today = self.today()
        try:
            with self._transaction() as session:
                written = runner.run(session, writes, today, self.location)
        except BaseException:
            self._forget(ids)
            raise
        self._forget(ids)
        if len(writes) == 1 and writes[0].after is not None:  # an edit: the next one starts from it
            self._latest[writes[0].after.id] = writes[0].after  # read-only from here on (edits clone)
        return written

    @staticmethod
    def _source_of(writes: Sequence[Write]) -> Callable[[Deal], str | None]:
        """Validation errors of a batch name the deal they are about; of one deal, just the fields."""
        return (lambda deal: deal.name) if len(writes) > 1 else (lambda _deal: None)

    def write_change(self, before: Deal, after: Deal, ops: Sequence[Op], action: Action | None = None) -> Changes:
        """One deal's change: ``after`` is ``before`` with ``ops`` applied and its version raised.
        Refused (StaleVersion, nothing written) if another writer saved the deal since ``before``
        was read."""
        return self.run([Write(before, after, ops, action)])

    def save(self, deal: Deal, replace: bool = True, action: Action | None = None) -> Changes:
        """Write a whole deal: with ``replace``, the stored one becomes ``deal`` (which carries one
        more than the version it was read at; StaleVersion if the stored one is not that version),
        as the operations between them; without, a new deal (or one deleted and brought back)."""
        if not replace:
            return self.run([Write(None, deal, (), action)])
        with self.write_locked():
            before = self.get_deal(deal.id)
            if before.version != deal.version - 1:
                raise StaleVersion(self.location, deal.id, deal.version - 1, before.version)
            return self.run([Write(before, deal, diff(before, deal), action)])

    # --- account calendars and authority tables ----------------------------------

    def account_profile(self, account: str) -> AccountProfile | None:
        with self._reading() as session:
            return repository.load_profiles(session, [account]).get(account)

    def put_account_profile(self, account: str, profile: AccountProfile | None) -> Changes:
        """Store (or with None, forget) an account's calendar and authority table; every deal of
        the account gets its list row recomputed, as projections and risks depend on them, and
        keeps the change in its history (not undone with the deal's edits: the calendar is the
        account's, shared by its deals)."""
        self._forget()  # deals of the account carry its calendar
        if profile is not None:
            ensure_valid_profile(profile)
            profile = replace_profile_account(profile, account)
        today = self.today()
        with self._transaction() as session:
            old = repository.load_profiles(session, [account]).get(account)
            if profile is None:
                repository.delete_profile(session, account)
            else:
                repository.save_profile(session, profile)
            ids = repository.deal_ids_of_account(session, account)
            deals = repository.load_deals(session, ids) if ids else []
            repository.write_summaries(session, [summarize(d, today) for d in deals])
            if old != profile:
                op = Op(SET, "account_calendar", None, account, old, profile)
                repository.append_actions(
                    session,
                    [self.action(d.id, "Change the account calendar", "account", d.version, [op]) for d in deals],
                )
        return Changes(updated=ids)

    def delete(self, deal_id: uuid.UUID, version: int | None = None, action: Action | None = None) -> Changes:
        """Delete a deal. With ``version``: only if it is still stored at that version (else
        StaleVersion, nothing deleted). The history keeps ``action`` (and the deal's past)."""
        with self.write_locked():
            try:
                before = self.get_deal(deal_id)
            except DealNotFound:
                if version is not None:
                    raise StaleVersion(self.location, deal_id, version, None) from None
                return Changes()
            if version is not None and before.version != version:
                raise StaleVersion(self.location, deal_id, version, before.version)
            return self.run([Write(before, None, (), action)])

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

    def current_list(self, today: date | None = None) -> list[StoredSummary]:
        """Every deal's list row for ``today`` (default: the service's day), first recomputing
        rows made for another day."""
        if self.stale_count(today):
            self.refresh_summaries(today=today)
        return self.list_deals()

    def list_deals(self, ids: Sequence[uuid.UUID] | None = None) -> list[StoredSummary]:
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
            stakeholders=list(new.stakeholders),
            approval_path=new.approval_path,
        )
        ensure_valid(deal)
        if profile is not None:
            ensure_valid_profile(replace_profile_account(profile, deal.account))
        action = self.action(deal.id, "Create deal", "create", 0, [Op(ADD, "deal", deal.id, new=deal.name)])
        changes = self.run([Write(None, deal, (), action, adopt_profile=True, validated=True)])
        return deal, changes

    def add_deals(self, deals: Iterable[Deal], validate: bool = True) -> Changes:
        """Insert new deals in one transaction (demo data, bulk loads: not anybody's action, so
        not in the history)."""
        return self.run([Write(None, deal, (), None, adopt_profile=True, validated=not validate) for deal in deals])

    def write_many(
        self,
        added: Sequence[Deal],
        updated: Sequence[tuple[Deal, Deal]],
        source: str = "import-crm",
        label: str = "Import from a CRM",
    ) -> Changes:
        """New deals and changed ones — (as read, as it is to be, one version on) — in one
        transaction: all of them are written, or none. If another writer saved a changed deal
        since it was read (or deleted it), StaleVersion and nothing is written. The history keeps,
        per changed deal, what changed field by field; per new deal, that it was added (by name:
        the deal itself is in the tables, and 100,000 imported deals must not be kept twice)."""
        writes = [
            Write(None, d, (), self.action(d.id, label, source, 0, [Op(ADD, "deal", d.id, new=d.name)])) for d in added
        ]
        for before, after in updated:
            ops = diff(before, after)
            writes.append(Write(before, after, ops, self.action(after.id, label, source, before.version, ops)))
        return self.run(writes)

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
            errors = [FieldError(f"deal.{e.field}", e.message, e.code, e.args) for e in foreign_ids(deal, owners)]
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
        with self.write_locked(), self._transaction() as session:
            self._refuse_foreign_ids(session, parsed)
            stored = {d.id: d for d in repository.load_deals(session, [deal.id for _, deal in parsed])}
            writes: list[Write] = []
            for source, deal in parsed:
                before = stored.get(deal.id)
                label, kind = "Import a bundle", "import-bundle"
                if before is None:
                    action = self.action(deal.id, label, kind, 0, [Op(ADD, "deal", deal.id, new=deal.name)])
                    writes.append(Write(None, deal, (), action, adopt_profile=True))
                    report.outcomes.append(ImportOutcome(source, deal.id, deal.name, "added"))
                    report.changes.added.append(deal.id)
                elif deal.version > before.version:
                    deal.account_profile = before.account_profile  # the account's calendar is the stored one
                    ops = diff(before, deal)
                    writes.append(Write(before, deal, ops, self.action(deal.id, label, kind, before.version, ops)))
                    report.outcomes.append(
                        ImportOutcome(
                            source, deal.id, deal.name, "updated", f"version {before.version} → {deal.version}"
                        )
                    )
                    report.changes.updated.append(deal.id)
                else:
                    reason = (
                        f"conflict: this database already has version {before.version} of this deal; "
                        f"the file has version {deal.version}, which is not newer. Nothing was changed."
                    )
                    report.outcomes.append(ImportOutcome(source, deal.id, deal.name, "skipped", reason))
                    continue
                stored[deal.id] = deal  # a second file of the same deal is compared with this one
            # two files of one deal: the later one is written on top of the earlier one
            merged: dict[uuid.UUID, Write] = {}
            for w in writes:
                assert w.after is not None
                first = merged.get(w.after.id)
                if first is None:
                    merged[w.after.id] = w
                else:
                    later = Write(first.before, w.after, (), w.action if first.before else first.action)
                    later.ops, later.adopt_profile = (
                        diff(first.before, w.after) if first.before else (),
                        first.adopt_profile,
                    )
                    merged[w.after.id] = later
            changes = self.run(list(merged.values()))
        report.changes.summaries, report.changes.assessments = changes.summaries, changes.assessments
        return report


__all__ = [
    "AmbiguousDeal",
    "Backup",
    "BackupFailed",
    "DatabaseDamaged",
    "Recovery",
    "recovery_text",
    "ReadOnlyDeal",
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
