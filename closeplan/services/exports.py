"""Exporting documents: the customer's close plan and the internal review as PDF; the customer's
plan as a calendar (.ics) and as a spreadsheet (.xlsx, .csv)."""

from __future__ import annotations

import os
import stat
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

from closeplan.domain.accounts import deal_calendar
from closeplan.domain.baselines import changes_since_last, next_revision_number, snapshot
from closeplan.domain.model import LANGUAGES
from closeplan.domain.operations import ADD, Op
from closeplan.domain.risk import assess
from closeplan.export import bundle
from closeplan.export.calendar_ics import render_ics
from closeplan.export.cover import Logos
from closeplan.export.pdf import customer_plan, numbered, render_customer_plan, render_internal_review
from closeplan.export.sheet import render_csv, render_xlsx
from closeplan.files import safe_file_stem, write_atomic
from closeplan.services.deals import Changes, DealService

AUDIENCES = ("customer", "internal")
CUSTOMER_FORMATS = ("ics", "xlsx", "csv")  # the customer's plan in other tools
FORMATS = ("json", "pdf", *CUSTOMER_FORMATS)
STANDARD_OUTPUT = "-"  # an output of "-" is standard output


class NotAFileTarget(ValueError):
    """An output that an atomic write (a temporary file beside it, then a rename over it) cannot
    replace: a directory, a device (such as /dev/stdout), a FIFO or a socket."""


def _kind(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _special_folder(path: Path) -> bool:
    """/dev and /proc hold devices and the process's own descriptors (/dev/stdout, /proc/self/fd/1):
    a rename there would replace the link itself, or fail."""
    return os.name == "posix" and path.parts[:2] in (("/", "dev"), ("/", "proc"))


def file_target(output: str | os.PathLike[str]) -> Path:
    """The file an export writes for ``-o output``, checked before anything is done.

    Raises NotAFileTarget when the output cannot be written atomically. A symbolic link to a
    file is followed, so the link stays and the file it points to is replaced."""
    path = Path(output)
    resolved = Path(os.path.realpath(path))
    if _special_folder(path.absolute()) or _special_folder(resolved):
        raise NotAFileTarget(
            f"{output} is a device or a process's stream, which cannot be written "
            "atomically; use -o - for standard output"
        )
    try:
        mode = os.stat(resolved).st_mode
    except FileNotFoundError:
        return resolved if path.is_symlink() else path
    kind = _kind(mode)
    if kind is not None:
        hint = "; use -o - for standard output" if kind != "a directory" else "; give a file name in it"
        raise NotAFileTarget(
            f"{output} is {kind}, which cannot be written atomically (a temporary file renamed over it){hint}"
        )
    return resolved if path.is_symlink() else path


def folder_target(output: str | os.PathLike[str]) -> Path:
    """The folder ``export --all`` writes its bundles into (created if missing)."""
    if str(output) == STANDARD_OUTPUT:
        raise NotAFileTarget("--all writes one bundle per deal into a folder, not to standard output")
    path = Path(output)
    if path.exists() and not path.is_dir():
        raise NotAFileTarget(f"{output} is not a folder (--all writes one bundle per deal into a folder)")
    if _special_folder(path.absolute()) or _special_folder(Path(os.path.realpath(path))):
        raise NotAFileTarget(f"{output} is a system folder of devices or processes")
    return path


LOGO_LIMIT = 5 * 1024 * 1024  # a logo is a small image; anything larger is not one


class NotALogo(ValueError):
    """A logo file that cannot be read or is not a PNG or JPEG image."""


def read_logo(path: str | os.PathLike[str] | None) -> bytes | None:
    """The bytes of a logo image (PNG or JPEG) for a PDF's cover; None for no path."""
    if not path:
        return None
    try:
        with open(path, "rb") as file:
            data = file.read(LOGO_LIMIT + 1)
    except OSError as exc:
        raise NotALogo(f"{path}: {exc.strerror or exc}") from exc
    if len(data) > LOGO_LIMIT:
        raise NotALogo(f"{path}: larger than {LOGO_LIMIT // (1024 * 1024)} MB")
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        raise NotALogo(f"{path}: not a PNG or JPEG image")
    return data


class ExportService:
    def __init__(self, deals: DealService):
        self.deals = deals

    def pdf(
        self,
        deal_id: uuid.UUID,
        audience: str,
        today: date,
        language: str | None = None,
        draft: bool = False,
        logos: Logos | None = None,
    ) -> bytes:
        """The document as bytes (for a preview or a file). Language defaults to the customer's.
        A customer ``draft`` is marked DRAFT and has no revision number; ``logos`` (the vendor's
        from the Preferences, the customer's if given) go on the customer PDF's cover."""
        if audience not in AUDIENCES:
            raise ValueError(f"audience must be one of {', '.join(AUDIENCES)}, not {audience!r}")
        if language is not None and language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
        deal = self.deals.get_deal(deal_id)
        if audience == "customer":
            plan, _revision = self._next_issue(deal, today, language)
            if draft:
                plan = replace(plan, revision=0)  # a draft is not an issue of the document
            return render_customer_plan(plan, today, language, draft=draft, logos=logos)
        return render_internal_review(deal, assess(deal, today, deal_calendar(deal)), today, language)

    def write_pdf(
        self,
        deal_id: uuid.UUID,
        audience: str,
        path: Path,
        today: date,
        language: str | None = None,
        draft: bool = False,
        logos: Logos | None = None,
    ) -> Path:
        """Write the document. A customer PDF is numbered and recorded as the next revision
        (unless ``draft``: then it is marked DRAFT), so the one after it can list what changed."""
        data = self.pdf(deal_id, audience, today, language, draft, logos)
        if draft:
            write_atomic(Path(path), data)
        else:
            self.save_document(Path(path), data, deal_id, audience, today, language)
        return Path(path)

    def save_document(
        self, path: Path, data: bytes, deal_id: uuid.UUID, audience: str, today: date, language: str | None = None
    ) -> Changes:
        """Write a rendered document (exactly the bytes a preview showed). A customer PDF is
        then recorded as the deal's next numbered revision: the customer has it now, so the next
        one lists what changed since."""
        write_atomic(Path(path), data)
        if audience != "customer":
            return Changes()
        return self.record_revision(deal_id, today, language)

    @staticmethod
    def _next_issue(deal, today: date, language: str | None):
        """The customer plan as the next revision, with the changes since the customer's last one."""
        number = next_revision_number(deal)
        issue = snapshot(deal, number, today, language or deal.customer_language)
        last = max(deal.revisions, key=lambda r: r.number) if deal.revisions else None
        plan = numbered(
            customer_plan(deal, today), number, changes_since_last(deal, issue), last.issued_on if last else None
        )
        return plan, issue

    def record_revision(self, deal_id: uuid.UUID, today: date, language: str | None = None) -> Changes:
        """Keep what the customer PDF just issued showed, as the next numbered revision."""
        deal = self.deals.get_deal(deal_id)
        _plan, issue = self._next_issue(deal, today, language)
        base = deal.version
        deal.revisions.append(issue)
        deal.version += 1
        action = self.deals.action(
            deal_id, f"Customer PDF, revision {issue.number}", "revision", base, [Op(ADD, "revision", new=issue)]
        )
        return self.deals.save(deal, action=action)

    def next_revision(self, deal_id: uuid.UUID) -> int:
        return next_revision_number(self.deals.get_deal(deal_id))

    def customer_file(self, deal_id: uuid.UUID, fmt: str, today: date, language: str | None = None) -> bytes:
        """The customer's plan as a calendar or a spreadsheet (the same allowlist as the PDF)."""
        if fmt not in CUSTOMER_FORMATS:
            raise ValueError(f"format must be one of {', '.join(CUSTOMER_FORMATS)}, not {fmt!r}")
        if language is not None and language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
        plan = customer_plan(self.deals.get_deal(deal_id))
        if fmt == "ics":
            return render_ics(plan, self.deals.clock(), language)
        if fmt == "xlsx":
            return render_xlsx(plan, today, language)
        return render_csv(plan, language)

    def bundle(self, deal_id: uuid.UUID) -> bytes:
        """The deal as a bundle (docs/bundle-format.md), stamped with the service's clock."""
        return bundle.dumps(self.deals.get_deal(deal_id), self.deals.clock()).encode("utf-8")

    def render(
        self,
        deal_id: uuid.UUID,
        fmt: str,
        today: date,
        language: str | None = None,
        audience: str = "customer",
        draft: bool = False,
        logos: Logos | None = None,
    ) -> bytes:
        """The deal in any export format, as bytes (for a file or standard output). Rendering a
        customer PDF records nothing: see write_pdf and record_revision."""
        if fmt == "json":
            return self.bundle(deal_id)
        if fmt == "pdf":
            return self.pdf(deal_id, audience, today, language, draft, logos)
        if fmt in CUSTOMER_FORMATS:
            return self.customer_file(deal_id, fmt, today, language)
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")

    def write_customer_file(
        self, deal_id: uuid.UUID, fmt: str, path: Path, today: date, language: str | None = None
    ) -> Path:
        write_atomic(Path(path), self.customer_file(deal_id, fmt, today, language))
        return Path(path)

    def save(self, path: Path, data: bytes) -> Path:
        """Write a document atomically (temporary file, then rename), readable by the owner only."""
        write_atomic(Path(path), data)
        return Path(path)

    def suggested_name(self, deal_id: uuid.UUID, audience: str, extension: str = ".pdf") -> str:
        deal = self.deals.get_deal(deal_id)
        suffix = "" if audience == "customer" else " (internal)"
        return safe_file_stem(deal.account, deal.name) + suffix + extension
