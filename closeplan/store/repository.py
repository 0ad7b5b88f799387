"""Mapping between domain objects and table rows. Runs inside a caller's session.

Only services call these functions, and only services commit.
"""

from __future__ import annotations

import json
import operator
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, select
from sqlmodel import Session

from closeplan.domain.accounts import authority_plain, closures_plain, meetings_plain, profile_from_plain
from closeplan.domain.currency import format_plain
from closeplan.domain.model import (
    AccountProfile,
    ApprovalMethod,
    ApprovalPath,
    ApprovalRoute,
    Attitude,
    Bant,
    BantItem,
    CloseDateChange,
    Deal,
    DealSummary,
    Influence,
    Level,
    OwnerSide,
    PlanRevision,
    RevisionStep,
    Risk,
    RiskStatus,
    Role,
    RouteMethod,
    RouteRole,
    RouteStatus,
    RouteStep,
    Seniority,
    Side,
    Stage,
    Stakeholder,
    Step,
    StepKind,
    StepMove,
    StepStatus,
    Tri,
)
from closeplan.domain.operations import Action, Op, decode, encode
from closeplan.store.sqlite_reader import StoredSummary, read_list
from closeplan.store.tables import metadata

# the tables as SQLAlchemy Core sees them (closeplan/store/tables.py declares them)
DEAL = metadata.tables["deal"]
STEP = metadata.tables["step"]
DEP = metadata.tables["step_dependency"]
PERSON = metadata.tables["stakeholder"]
PATH = metadata.tables["approval_path"]
RISK = metadata.tables["risk"]
HISTORY = metadata.tables["close_date_change"]
MOVE = metadata.tables["step_move"]
REVISION = metadata.tables["plan_revision"]
ROUTE = metadata.tables["route_step"]
PROFILE = metadata.tables["account_profile"]


def _count(result: Any) -> int:
    """Rows an UPDATE or DELETE touched (the cursor result's rowcount)."""
    return int(result.rowcount)


def revision_steps_json(steps: Sequence[RevisionStep]) -> str:
    return json.dumps(
        [
            {
                "id": str(s.id),
                "title": s.title,
                "owner_side": s.owner_side.value,
                "owner_person": s.owner_person,
                "due": s.due_date.isoformat(),
                "status": s.status.value,
            }
            for s in steps
        ],
        ensure_ascii=False,
    )


def revision_steps_from_json(text: str) -> tuple[RevisionStep, ...]:
    return tuple(
        RevisionStep(
            uuid.UUID(s["id"]),
            s["title"],
            OwnerSide(s["owner_side"]),
            s["owner_person"],
            date.fromisoformat(s["due"]),
            StepStatus(s["status"]),
        )
        for s in json.loads(text)
    )


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


# --- domain -> rows ------------------------------------------------------------


def _deal_values(deal: Deal) -> dict:
    values = {
        "id": deal.id,
        "name": deal.name,
        "account": deal.account,
        "vendor_company": deal.vendor_company,
        "crm_id": deal.crm_id,
        "amount": format_plain(deal.amount),
        "currency": deal.currency,
        "stage": deal.stage.value,
        "target_close": deal.target_close,
        "project_start": deal.project_start,
        "owner": deal.owner,
        "country": deal.country,
        "customer_language": deal.customer_language,
        "business_issue": deal.business_issue,
        "problem": deal.problem,
        "solution": deal.solution,
        "benefit": deal.benefit,
        "internal_notes": deal.internal_notes,
        "plan_agreed_on": deal.plan_agreed_on,
        "created_at": _utc(deal.created_at),
        "updated_at": _utc(deal.updated_at),
        "version": deal.version,
    }
    for name in Bant.FIELDS:
        item: BantItem = getattr(deal.bant, name)
        values[f"bant_{name}"] = item.confirmed.value
        values[f"bant_{name}_note"] = item.note
    return values


def _step_values(deal_id: uuid.UUID, position: int, step: Step) -> dict:
    return {
        "id": step.id,
        "deal_id": deal_id,
        "position": position,
        "title": step.title,
        "description": step.description,
        "owner_side": step.owner_side.value,
        "owner_person": step.owner_person,
        "kind": step.kind.value,
        "due_date": step.due_date,
        "status": step.status.value,
        "completed_date": step.completed_date,
        "customer_visible": step.customer_visible,
        "internal_note": step.internal_note,
        "approver": step.approver,
        "approval_method": step.approval_method.value if step.approval_method else None,
        "meeting_date": step.meeting_date,
        "submission_deadline": step.submission_deadline,
        "recurrence_rule": step.recurrence_rule,
        "extraordinary_possible": step.extraordinary_possible.value if step.extraordinary_possible else None,
        "baseline_date": step.baseline_date,
        "changed_on": step.changed_on,
    }


def _person_values(deal_id: uuid.UUID, position: int, person: Stakeholder) -> dict:
    return {
        "id": person.id,
        "deal_id": deal_id,
        "position": position,
        "name": person.name,
        "title": person.title,
        "side": person.side.value,
        "roles": " ".join(role.value for role in person.roles),
        "influence": person.influence.value,
        "seniority": person.seniority.value,
        "attitude": person.attitude.value,
        "email": person.email,
        "phone": person.phone,
        "notes": person.notes,
    }


def _path_values(deal_id: uuid.UUID, path: ApprovalPath, route: ApprovalRoute) -> dict:
    return {
        "route_drafter_limit": format_plain(route.drafter_usual_limit)
        if route.drafter_usual_limit is not None
        else None,
        "route_starts_on": route.starts_on,
        "route_before_step": route.before_step_id,
        "deal_id": deal_id,
        "real_final_approver_id": path.real_final_approver_id,
        "nominal_approver_id": path.nominal_approver_id,
        "po_signer_id": path.po_signer_id,
        "approval_method": path.approval_method.value,
        "board_resolution_needed": path.board_resolution_needed.value,
        "drafter_id": path.drafter_id,
        "drafter_passed_this_amount": path.drafter_passed_this_amount.value,
        "notes": path.notes,
    }


def _route_values(deal_id: uuid.UUID, position: int, desk: RouteStep) -> dict:
    return {
        "id": desk.id,
        "deal_id": deal_id,
        "position": position,
        "role": desk.role.value,
        "person": desk.person,
        "job_title": desk.position,
        "method": desk.method.value,
        "days": desk.days,
        "away_days": desk.away_days,
        "status": desk.status.value,
        "customer_visible": desk.customer_visible,
        "person_id": desk.person_id,
    }


def _route_step_from(row) -> RouteStep:
    return RouteStep(
        id=row.id,
        role=RouteRole(row.role),
        person=row.person,
        position=row.job_title,
        method=RouteMethod(row.method),
        days=row.days,
        away_days=row.away_days,
        status=RouteStatus(row.status),
        customer_visible=bool(row.customer_visible),
        person_id=row.person_id,
    )


def _route_from(row, desks: list[RouteStep]) -> ApprovalRoute:
    if row is None:
        return ApprovalRoute(desks)
    limit = row.route_drafter_limit
    return ApprovalRoute(
        desks, Decimal(limit) if limit not in (None, "") else None, row.route_starts_on, row.route_before_step
    )


# --- account profiles (calendar and authority table) ------------------------------


def profile_values(profile: AccountProfile) -> dict:
    return {
        "account": profile.account,
        "fiscal_year_end": profile.fiscal_year_end,
        "budget_freeze_days": profile.budget_freeze_days,
        "closures": json.dumps(closures_plain(profile), ensure_ascii=False),
        "meetings": json.dumps(meetings_plain(profile), ensure_ascii=False),
        "authority_currency": profile.authority_currency,
        "authority": json.dumps(authority_plain(profile), ensure_ascii=False),
    }


def _profile_from(row) -> AccountProfile:
    return profile_from_plain(
        row.account,
        json.loads(row.closures),
        json.loads(row.meetings),
        json.loads(row.authority),
        row.fiscal_year_end,
        row.budget_freeze_days,
        row.authority_currency,
    )


def load_profiles(session: Session, accounts: Iterable[str] | None = None) -> dict[str, AccountProfile]:
    query = select(PROFILE)
    if accounts is not None:
        wanted = sorted(set(accounts))
        if not wanted:
            return {}
        query = query.where(PROFILE.c.account.in_(wanted))
    return {row.account: _profile_from(row) for row in session.execute(query)}


def save_profile(session: Session, profile: AccountProfile) -> None:
    session.execute(delete(PROFILE).where(PROFILE.c.account == profile.account))
    session.execute(insert(PROFILE), [profile_values(profile)])


def delete_profile(session: Session, account: str) -> None:
    session.execute(delete(PROFILE).where(PROFILE.c.account == account))


def deal_ids_of_account(session: Session, account: str) -> list[uuid.UUID]:
    return [row.id for row in session.execute(select(DEAL.c.id).where(DEAL.c.account == account))]


def _risk_values(deal_id: uuid.UUID, position: int, risk: Risk) -> dict:
    return {
        "id": risk.id,
        "deal_id": deal_id,
        "position": position,
        "description": risk.description,
        "likelihood": risk.likelihood.value,
        "impact": risk.impact.value,
        "mitigation": risk.mitigation,
        "owner": risk.owner,
        "status": risk.status.value,
    }


def insert_deals(session: Session, deals: Iterable[Deal]) -> int:
    """Insert new deals with everything they hold, in bulk (executemany)."""
    rows: dict[str, list[dict]] = {
        k: [] for k in ("deal", "step", "dep", "person", "path", "route", "risk", "history", "move", "revision")
    }
    count = 0
    for deal in deals:
        count += 1
        rows["deal"].append(_deal_values(deal))
        for i, step in enumerate(deal.steps):
            rows["step"].append(_step_values(deal.id, i, step))
            for j, dep in enumerate(step.depends_on):
                rows["dep"].append({"step_id": step.id, "depends_on_id": dep, "position": j})
        for i, person in enumerate(deal.stakeholders):
            rows["person"].append(_person_values(deal.id, i, person))
        rows["path"].append(_path_values(deal.id, deal.approval_path, deal.route))
        for i, desk in enumerate(deal.route.steps):
            rows["route"].append(_route_values(deal.id, i, desk))
        for i, risk in enumerate(deal.risks):
            rows["risk"].append(_risk_values(deal.id, i, risk))
        for change in deal.close_date_history:
            rows["history"].append(
                {
                    "deal_id": deal.id,
                    "changed_at": _utc(change.changed_at),
                    "from_date": change.from_date,
                    "to_date": change.to_date,
                }
            )
        for move in deal.step_moves:
            rows["move"].append(
                {
                    "deal_id": deal.id,
                    "step_id": move.step_id,
                    "moved_on": move.moved_on,
                    "from_date": move.from_date,
                    "to_date": move.to_date,
                }
            )
        for revision in deal.revisions:
            rows["revision"].append(
                {
                    "deal_id": deal.id,
                    "number": revision.number,
                    "issued_on": revision.issued_on,
                    "language": revision.language,
                    "steps": revision_steps_json(revision.steps),
                }
            )
    for key, table in (
        ("deal", DEAL),
        ("step", STEP),
        ("dep", DEP),
        ("person", PERSON),
        ("path", PATH),
        ("route", ROUTE),
        ("risk", RISK),
        ("history", HISTORY),
        ("move", MOVE),
        ("revision", REVISION),
    ):
        if rows[key]:
            _insert_many(session, table, rows[key])
    return count


@contextmanager
def large_cache(session: Session, kib: int = 65536) -> Iterator[None]:
    """SQLite's page cache of the session's connection raised to ``kib`` KiB while thousands of
    deals are inserted, then put back. Their rows go into indexes keyed by random ids, and with
    the default cache (2 MB) most inserts read pages back from the file: 10,000 deals took 7.4 s
    instead of 4.4 s."""
    connection = session.connection()
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{int(kib)}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(before or -2000)}")


_BULK: dict[tuple[str, str, tuple[str, ...]], tuple[str, list[tuple[str, Any]]] | None] = {}


def _insert_many(session: Session, table: Table, rows: list[dict]) -> None:
    """``insert(table)`` of ``rows`` (dicts with the same keys) in one executemany, each value
    converted by its column's own bind processor, as SQLAlchemy does, but without its per-row
    work (it was half the time of inserting 10,000 pulled deals). Falls back to SQLAlchemy for a
    statement that needs more than that (a column default computed per row)."""
    connection = session.connection()
    dialect = connection.dialect
    keys = tuple(rows[0])
    cache_key = (dialect.name, table.name, keys)
    if cache_key not in _BULK:
        compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
        plain = not compiled.insert_prefetch and not compiled.postfetch and compiled.positiontup is not None
        _BULK[cache_key] = (
            (
                str(compiled),
                [(name, table.c[name].type._cached_bind_processor(dialect)) for name in compiled.positiontup or ()],
            )
            if plain and set(compiled.positiontup or ()) == set(keys)
            else None
        )
    plan = _BULK[cache_key]
    if plan is None or any(len(row) != len(keys) for row in rows):
        session.execute(insert(table), rows)
        return
    sql, columns = plan
    row_values = operator.itemgetter(*(name for name, _convert in columns))
    converted = [(i, convert) for i, (_name, convert) in enumerate(columns) if convert is not None]
    values = []
    for row in rows:
        value = list(row_values(row)) if len(columns) > 1 else [row[columns[0][0]]]
        for i, convert in converted:
            value[i] = convert(value[i])
        values.append(tuple(value))
    connection.exec_driver_sql(sql, values)


def delete_deal(session: Session, deal_id: uuid.UUID) -> bool:
    return _count(session.execute(delete(DEAL).where(DEAL.c.id == deal_id))) > 0


# --- rows -> domain ------------------------------------------------------------


def _deal_from(row, steps, people, path, risks, history, moves=(), revisions=(), route=None, profile=None) -> Deal:
    bant = Bant(
        **{name: BantItem(Tri(getattr(row, f"bant_{name}")), getattr(row, f"bant_{name}_note")) for name in Bant.FIELDS}
    )
    return Deal(
        id=row.id,
        name=row.name,
        account=row.account,
        vendor_company=row.vendor_company,
        crm_id=row.crm_id,
        amount=Decimal(row.amount),
        currency=row.currency,
        stage=Stage(row.stage),
        target_close=row.target_close,
        project_start=row.project_start,
        owner=row.owner,
        country=row.country,
        customer_language=row.customer_language,
        business_issue=row.business_issue,
        problem=row.problem,
        solution=row.solution,
        benefit=row.benefit,
        bant=bant,
        internal_notes=row.internal_notes,
        plan_agreed_on=row.plan_agreed_on,
        created_at=_utc(row.created_at),
        updated_at=_utc(row.updated_at),
        version=row.version,
        close_date_history=history,
        steps=steps,
        stakeholders=people,
        approval_path=path,
        risks=risks,
        step_moves=list(moves),
        revisions=list(revisions),
        route=route or ApprovalRoute(),
        account_profile=profile,
    )


def _step_from(row, depends_on: list[uuid.UUID]) -> Step:
    return Step(
        id=row.id,
        title=row.title,
        description=row.description,
        owner_side=OwnerSide(row.owner_side),
        owner_person=row.owner_person,
        kind=StepKind(row.kind),
        due_date=row.due_date,
        status=StepStatus(row.status),
        completed_date=row.completed_date,
        customer_visible=bool(row.customer_visible),
        internal_note=row.internal_note,
        depends_on=depends_on,
        approver=row.approver,
        approval_method=ApprovalMethod(row.approval_method) if row.approval_method else None,
        meeting_date=row.meeting_date,
        submission_deadline=row.submission_deadline,
        recurrence_rule=row.recurrence_rule,
        extraordinary_possible=Tri(row.extraordinary_possible) if row.extraordinary_possible else None,
        baseline_date=row.baseline_date,
        changed_on=row.changed_on,
    )


def _person_from(row) -> Stakeholder:
    return Stakeholder(
        id=row.id,
        name=row.name,
        title=row.title,
        side=Side(row.side),
        roles=[Role(code) for code in row.roles.split()],
        influence=Influence(row.influence),
        seniority=Seniority(row.seniority),
        attitude=Attitude(row.attitude),
        email=row.email,
        phone=row.phone,
        notes=row.notes,
    )


def _path_from(row) -> ApprovalPath:
    if row is None:
        return ApprovalPath()
    return ApprovalPath(
        real_final_approver_id=row.real_final_approver_id,
        nominal_approver_id=row.nominal_approver_id,
        po_signer_id=row.po_signer_id,
        approval_method=ApprovalMethod(row.approval_method),
        board_resolution_needed=Tri(row.board_resolution_needed),
        drafter_id=row.drafter_id,
        drafter_passed_this_amount=Tri(row.drafter_passed_this_amount),
        notes=row.notes,
    )


def _risk_from(row) -> Risk:
    return Risk(
        id=row.id,
        description=row.description,
        likelihood=Level(row.likelihood),
        impact=Level(row.impact),
        mitigation=row.mitigation,
        owner=row.owner,
        status=RiskStatus(row.status),
    )


def load_deal(session: Session, deal_id: uuid.UUID) -> Deal | None:
    found = load_deals(session, [deal_id])
    return found[0] if found else None


def load_deals(session: Session, ids: Sequence[uuid.UUID] | None = None) -> list[Deal]:
    """Whole deals in a handful of queries (not one per deal): for lists of any size."""
    if ids is not None and not ids:
        return []
    if ids is not None and len(ids) > 500:
        result: list[Deal] = []
        for start in range(0, len(ids), 500):
            result.extend(load_deals(session, ids[start : start + 500]))
        return result

    def where(table, column="deal_id"):
        query = select(table)
        if ids is not None:
            query = query.where(table.c[column].in_(list(ids)))
        return query

    deal_rows = session.execute(where(DEAL, "id").order_by(DEAL.c.target_close, DEAL.c.name)).all()
    steps: dict[uuid.UUID, list] = {}
    for row in session.execute(where(STEP).order_by(STEP.c.deal_id, STEP.c.position)):
        steps.setdefault(row.deal_id, []).append(row)
    deps: dict[uuid.UUID, list[uuid.UUID]] = {}
    dep_query = select(DEP.c.step_id, DEP.c.depends_on_id).join(STEP, STEP.c.id == DEP.c.step_id)
    if ids is not None:
        dep_query = dep_query.where(STEP.c.deal_id.in_(list(ids)))
    for row in session.execute(dep_query.order_by(DEP.c.step_id, DEP.c.position)):
        deps.setdefault(row.step_id, []).append(row.depends_on_id)
    people: dict[uuid.UUID, list[Stakeholder]] = {}
    for row in session.execute(where(PERSON).order_by(PERSON.c.deal_id, PERSON.c.position)):
        people.setdefault(row.deal_id, []).append(_person_from(row))
    path_rows = {row.deal_id: row for row in session.execute(where(PATH))}
    paths = {deal_id: _path_from(row) for deal_id, row in path_rows.items()}
    desks: dict[uuid.UUID, list[RouteStep]] = {}
    for row in session.execute(where(ROUTE).order_by(ROUTE.c.deal_id, ROUTE.c.position)):
        desks.setdefault(row.deal_id, []).append(_route_step_from(row))
    profiles = load_profiles(session, {row.account for row in deal_rows})
    risks: dict[uuid.UUID, list[Risk]] = {}
    for row in session.execute(where(RISK).order_by(RISK.c.deal_id, RISK.c.position)):
        risks.setdefault(row.deal_id, []).append(_risk_from(row))
    history: dict[uuid.UUID, list[CloseDateChange]] = {}
    for row in session.execute(where(HISTORY).order_by(HISTORY.c.id)):
        history.setdefault(row.deal_id, []).append(CloseDateChange(_utc(row.changed_at), row.from_date, row.to_date))
    moves: dict[uuid.UUID, list[StepMove]] = {}
    for row in session.execute(where(MOVE).order_by(MOVE.c.id)):
        moves.setdefault(row.deal_id, []).append(StepMove(row.step_id, row.moved_on, row.from_date, row.to_date))
    revisions: dict[uuid.UUID, list[PlanRevision]] = {}
    for row in session.execute(where(REVISION).order_by(REVISION.c.deal_id, REVISION.c.number)):
        revisions.setdefault(row.deal_id, []).append(
            PlanRevision(row.number, row.issued_on, row.language, revision_steps_from_json(row.steps))
        )
    return [
        _deal_from(
            row,
            [_step_from(r, deps.get(r.id, [])) for r in steps.get(row.id, [])],
            people.get(row.id, []),
            paths.get(row.id, ApprovalPath()),
            risks.get(row.id, []),
            history.get(row.id, []),
            moves.get(row.id, []),
            revisions.get(row.id, []),
            _route_from(path_rows.get(row.id), desks.get(row.id, [])),
            profiles.get(row.account),
        )
        for row in deal_rows
    ]


def deal_versions(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    found: dict[uuid.UUID, int] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        for row in session.execute(select(DEAL.c.id, DEAL.c.version).where(DEAL.c.id.in_(chunk))):
            found[row.id] = row.version
    return found


def item_owners(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
    """The deal that holds each of ``ids`` as a step, stakeholder, risk or route desk (ids not
    stored are left out). Such ids are unique across deals: an import checks them before it writes."""
    wanted = sorted(set(ids))
    found: dict[uuid.UUID, uuid.UUID] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for table in (STEP, PERSON, RISK, ROUTE):
            for row in session.execute(select(table.c.id, table.c.deal_id).where(table.c.id.in_(chunk))):
                found[row.id] = row.deal_id
    return found


def all_deal_ids(session: Session) -> list[uuid.UUID]:
    return list(session.execute(select(DEAL.c.id).order_by(DEAL.c.name)).scalars())


def find_deals(session: Session, ref: str) -> list[tuple[uuid.UUID, str]]:
    """Deals whose id is ``ref``, else whose name (or, failing that, account and
    name) contains ``ref``, ignoring case. An exact name wins over partial ones."""
    text = ref.strip()
    try:
        wanted = uuid.UUID(text)
    except ValueError:
        wanted = None
    if wanted is not None:
        row = session.execute(select(DEAL.c.id, DEAL.c.name).where(DEAL.c.id == wanted)).first()
        if row:
            return [(row.id, row.name)]
    rows = session.execute(select(DEAL.c.id, DEAL.c.name, DEAL.c.account).order_by(DEAL.c.name)).all()
    needle = text.casefold()
    if not needle:
        return []
    exact = [(r.id, r.name) for r in rows if r.name.casefold() == needle]
    if exact:
        return exact
    in_name = [(r.id, r.name) for r in rows if needle in r.name.casefold()]
    if in_name:
        return in_name
    return [(r.id, r.name) for r in rows if needle in f"{r.account} {r.name}".casefold()]


def deal_keys(session: Session) -> list[tuple[uuid.UUID, str, str, str]]:
    """(id, CRM id, account, name) of every deal: what a CRM import matches rows against."""
    rows = session.execute(select(DEAL.c.id, DEAL.c.crm_id, DEAL.c.account, DEAL.c.name)).all()
    return [(r.id, r.crm_id, r.account, r.name) for r in rows]


def count_deals(session: Session) -> int:
    return session.execute(select(func.count()).select_from(DEAL)).scalar_one()


SUMMARY = metadata.tables["deal_summary"]


def write_summaries(session: Session, summaries: Sequence[DealSummary]) -> None:
    """Store the list rows (derived data) of these deals, replacing older ones."""
    if not summaries:
        return
    ids = [s.id for s in summaries]
    for start in range(0, len(ids), 500):
        session.execute(delete(SUMMARY).where(SUMMARY.c.deal_id.in_(ids[start : start + 500])))
    session.execute(
        insert(SUMMARY),
        [
            {
                "deal_id": s.id,
                "as_of": s.as_of,
                "projected_close": s.projected_close,
                "slip_days": s.slip_days,
                "level": s.level.value if s.level else Level.LOW.value,
                "top_flags": json.dumps(
                    [
                        {"code": f.code, "severity": f.severity.value, "message": f.message, "data": f.data}
                        for f in s.top_flags
                    ],
                    ensure_ascii=False,
                ),
                "step_count": s.step_count,
                "done_count": s.done_count,
                "overdue_count": s.overdue_count,
                "times_close_pushed": s.times_close_pushed,
                "next_customer_step": s.next_customer_step,
                "next_customer_date": s.next_customer_date,
            }
            for s in summaries
        ],
    )


def stale_summary_ids(session: Session, today) -> list[uuid.UUID]:
    """Deals whose list row is missing or was computed for another day."""
    query = (
        select(DEAL.c.id)
        .outerjoin(SUMMARY, SUMMARY.c.deal_id == DEAL.c.id)
        .where((SUMMARY.c.deal_id.is_(None)) | (SUMMARY.c.as_of != today))
    )
    return list(session.execute(query).scalars())


def list_summaries(session: Session, ids: Sequence[uuid.UUID] | None = None) -> list[StoredSummary]:
    """Every deal (or those in ``ids``) as a list row, in one query, ordered by target close
    (the hot path of the deal list and the manager review; see ``sqlite_reader.read_list``)."""
    connection = session.connection().connection.dbapi_connection
    assert connection is not None
    return read_list(cast(sqlite3.Connection, connection), ids)


__all__ = [
    "all_deal_ids",
    "count_deals",
    "deal_versions",
    "delete_deal",
    "find_deals",
    "insert_deals",
    "item_owners",
    "list_summaries",
    "stale_summary_ids",
    "write_summaries",
    "load_deal",
    "load_deals",
]


# --- the history of operations ---------------------------------------------------------------

OPERATION = metadata.tables["operation"]


def append_actions(session: Session, actions: Sequence[Action]) -> None:
    """Add actions (each one row per operation) to their deals' history, in the caller's transaction."""
    rows = []
    for action in actions:
        at = _utc(action.at)
        for seq, op in enumerate(action.ops):
            rows.append(
                {
                    "deal_id": action.deal_id,
                    "action_id": action.id,
                    "seq": seq,
                    "kind": op.kind,
                    "entity": op.entity,
                    "entity_id": op.entity_id,
                    "field": op.field,
                    "old": json.dumps(encode(op.old), ensure_ascii=False),
                    "new": json.dumps(encode(op.new), ensure_ascii=False),
                    "position": op.position,
                    "label": action.label,
                    "source": action.source,
                    "author": action.author,
                    "at": at,
                    "base_version": action.base_version,
                    "undoes": action.undoes,
                }
            )
    if rows:
        session.execute(insert(OPERATION), rows)


def load_actions(session: Session, deal_id: uuid.UUID) -> list[Action]:
    """A deal's history, oldest action first."""
    rows = session.execute(select(OPERATION).where(OPERATION.c.deal_id == deal_id).order_by(OPERATION.c.id)).all()
    return actions_from_rows(rows)


def actions_from_rows(rows: Iterable[Any]) -> list[Action]:
    """Rows of the history table as actions, in the order their first rows come."""
    actions: dict[uuid.UUID, list] = {}
    for row in rows:
        actions.setdefault(row.action_id, []).append(row)
    result = []
    for action_id, ops in actions.items():
        first = ops[0]
        result.append(
            Action(
                action_id,
                first.deal_id,
                first.label,
                first.source,
                first.author,
                _utc(first.at),
                first.base_version,
                tuple(
                    Op(
                        r.kind,
                        r.entity,
                        r.entity_id,
                        r.field,
                        decode(json.loads(r.old)),
                        decode(json.loads(r.new)),
                        r.position,
                    )
                    for r in sorted(ops, key=lambda r: r.seq)
                ),
                first.undoes,
            )
        )
    return result


# --- writing a change as the rows it touches ------------------------------------------------------


class StaleRow(Exception):
    """The deal is not stored at the version the change was made on (another writer saved it)."""


_ITEM_TABLES: dict[str, tuple[Table, Callable[[uuid.UUID, int, Any], dict], str]] = {
    "step": (STEP, _step_values, "steps"),
    "stakeholder": (PERSON, _person_values, "stakeholders"),
    "risk": (RISK, _risk_values, "risks"),
    "route_desk": (ROUTE, _route_values, "route.steps"),
}


def _items_of(deal: Deal, entity: str) -> list:
    attribute = _ITEM_TABLES[entity][2]
    return deal.route.steps if attribute == "route.steps" else getattr(deal, attribute)


def apply_change(session: Session, before_version: int, after: Deal, ops: Sequence[Op]) -> None:
    """Write the operations that made ``after`` as the rows they touch, in the caller's transaction:
    the deal's row (with its new version, checked against ``before_version``: StaleRow when another
    writer saved the deal since), each changed step, person, risk or desk, added and removed
    items, their positions when a list changed, the approval path and route, and log entries. The
    deal's list row and history are the caller's (they are written beside this)."""
    from sqlalchemy import and_, bindparam, update

    values = _deal_values(after)
    result = session.execute(
        update(DEAL)
        .where(DEAL.c.id == after.id, DEAL.c.version == before_version)
        .values({k: v for k, v in values.items() if k != "id"})
    )
    if _count(result) != 1:
        raise StaleRow(after.id)
    entities = {op.entity for op in ops}
    if entities & {"approval_path", "route"}:
        session.execute(
            update(PATH)
            .where(PATH.c.deal_id == after.id)
            .values(
                {k: v for k, v in _path_values(after.id, after.approval_path, after.route).items() if k != "deal_id"}
            )
        )
    for entity, (table, make, _attribute) in _ITEM_TABLES.items():
        mine = [op for op in ops if op.entity == entity]
        if not mine:
            continue
        items = _items_of(after, entity)
        position = {item.id: i for i, item in enumerate(items)}
        by_id = {item.id: item for item in items}
        removed = [op.entity_id for op in mine if op.kind == "remove"]
        if removed:
            session.execute(delete(table).where(table.c.id.in_(removed)))
        added = [by_id[op.entity_id] for op in mine if op.kind == "add" and op.entity_id in by_id]
        if added:
            session.execute(insert(table), [make(after.id, position[item.id], item) for item in added])
            if entity == "step":
                deps = [
                    {"step_id": s.id, "depends_on_id": d, "position": j}
                    for s in added
                    for j, d in enumerate(s.depends_on)
                ]
                if deps:
                    session.execute(insert(DEP), deps)
        changed = {op.entity_id for op in mine if op.kind == "set" and op.entity_id in by_id} - {i.id for i in added}
        for item_id in changed:
            row = make(after.id, position[item_id], by_id[item_id])
            session.execute(
                update(table)
                .where(table.c.id == item_id)
                .values({k: v for k, v in row.items() if k not in ("id", "deal_id")})
            )
            if entity == "step" and any(op.field == "depends_on" and op.entity_id == item_id for op in mine):
                session.execute(delete(DEP).where(DEP.c.step_id == item_id))
                deps = [
                    {"step_id": item_id, "depends_on_id": d, "position": j}
                    for j, d in enumerate(by_id[item_id].depends_on)
                ]
                if deps:
                    session.execute(insert(DEP), deps)
        if any(op.kind in ("add", "remove", "order") for op in mine):  # the list's order: every position
            moved = [
                {"item_id": item.id, "new_position": i}
                for i, item in enumerate(items)
                if item.id not in changed and item.id not in {a.id for a in added}
            ]
            if moved:
                session.execute(
                    update(table).where(table.c.id == bindparam("item_id")).values(position=bindparam("new_position")),
                    moved,
                )
    for op in ops:
        if op.entity == "close_change":
            change = op.new if op.kind == "add" else op.old
            if op.kind == "add":
                session.execute(
                    insert(HISTORY),
                    [
                        {
                            "deal_id": after.id,
                            "changed_at": _utc(change.changed_at),
                            "from_date": change.from_date,
                            "to_date": change.to_date,
                        }
                    ],
                )
            else:
                first = session.execute(
                    select(HISTORY.c.id)
                    .where(
                        HISTORY.c.deal_id == after.id,
                        HISTORY.c.to_date == change.to_date,
                        HISTORY.c.from_date.is_(None)
                        if change.from_date is None
                        else HISTORY.c.from_date == change.from_date,
                    )
                    .order_by(HISTORY.c.id.desc())
                    .limit(1)
                ).scalar()
                if first is not None:
                    session.execute(delete(HISTORY).where(HISTORY.c.id == first))
        elif op.entity == "step_move":
            move = op.new if op.kind == "add" else op.old
            if op.kind == "add":
                session.execute(
                    insert(MOVE),
                    [
                        {
                            "deal_id": after.id,
                            "step_id": move.step_id,
                            "moved_on": move.moved_on,
                            "from_date": move.from_date,
                            "to_date": move.to_date,
                        }
                    ],
                )
            else:
                first = session.execute(
                    select(MOVE.c.id)
                    .where(
                        and_(
                            MOVE.c.deal_id == after.id,
                            MOVE.c.step_id == move.step_id,
                            MOVE.c.moved_on == move.moved_on,
                            MOVE.c.from_date == move.from_date,
                            MOVE.c.to_date == move.to_date,
                        )
                    )
                    .order_by(MOVE.c.id.desc())
                    .limit(1)
                ).scalar()
                if first is not None:
                    session.execute(delete(MOVE).where(MOVE.c.id == first))
        elif op.entity == "revision" and op.kind == "add":
            revision = op.new
            session.execute(
                insert(REVISION),
                [
                    {
                        "deal_id": after.id,
                        "number": revision.number,
                        "issued_on": revision.issued_on,
                        "language": revision.language,
                        "steps": revision_steps_json(revision.steps),
                    }
                ],
            )
