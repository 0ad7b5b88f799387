"""Reading opportunity exports from CRMs: Salesforce reports and HubSpot deal exports, as CSV
or .xlsx, with their column headers in English, Japanese, Korean or Swedish.

Real files come in the encodings Excel writes (UTF-8 with or without BOM, Shift_JIS/CP932,
CP949), comma- or semicolon-separated (Swedish Excel), with dates as 2026/12/18, 2026-12-18,
12/18/2026 or 18.12.2026 and amounts with currency symbols, codes, thousands separators and
decimal commas. Nothing here touches the database: ``read_table`` reads a file once,
``records_from`` turns its rows into records and the rows it could not read, each with its
line number and reason.

Files are untrusted: .xlsx sheets are streamed through expat (the dimension a sheet claims is
ignored, so a 5 KB file claiming A1:XFD1048576 is read as the cells it holds), and rows,
columns, cell sizes, the text kept and the bytes unpacked are capped (MAX_* below;
docs/input-limits.md). Every parse or decode failure becomes a CrmFileError naming the file
and the line, row or byte.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from xml.parsers import expat

from closeplan.domain.currency import is_currency
from closeplan.domain.model import Stage
from closeplan.domain.validation import LINE_LIMITS, date_problem, text_problem

MAX_FILE_BYTES = 200 * 2**20  # a CSV file, or an .xlsx file on disk
MAX_ROWS = 200_000  # data rows
MAX_COLUMNS = 500
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_TEXT_CHARS = 100_000_000  # all the text kept from one file (cells and shared strings)
MAX_UNPACKED_BYTES = 2 * 2**30  # XML unpacked from an .xlsx (a zip bomb unpacks to far more)

FIELDS = ("crm_id", "name", "account", "amount", "currency", "close_date", "stage", "owner")
REQUIRED = ("name", "account", "amount", "close_date")
FIELD_NAMES = {
    "crm_id": "CRM id",
    "name": "deal name",
    "account": "account",
    "amount": "amount",
    "currency": "currency",
    "close_date": "close date",
    "stage": "stage",
    "owner": "owner",
}


def _norm(text: str) -> str:
    """A header as compared: NFKC, case-folded, without spaces, punctuation or a BOM."""
    text = unicodedata.normalize("NFKC", text).replace("\ufeff", "").casefold()
    return re.sub(r"[\s_\-./:()()・]+", "", text)


# Column headers of Salesforce opportunity reports and HubSpot deal exports, in the UI
# languages of those products (en, ja, ko, sv).
_HEADERS: dict[str, tuple[str, ...]] = {
    "crm_id": (
        "Opportunity ID",
        "Opportunity: ID",
        "Id",
        "Record ID",
        "Deal ID",
        "Hs Object ID",
        "商談 ID",
        "商談ID",
        "レコード ID",
        "取引ID",
        "영업 기회 ID",
        "기회 ID",
        "레코드 ID",
        "거래 ID",
        "Affärsmöjlighets-ID",
        "Affärsmöjlighet-ID",
        "Post-ID",
        "Affärs-ID",
    ),
    "name": (
        "Opportunity Name",
        "Opportunity",
        "Deal Name",
        "Name",
        "商談名",
        "商談",
        "取引名",
        "영업 기회 이름",
        "영업 기회명",
        "기회 이름",
        "거래 이름",
        "거래명",
        "Affärsmöjlighetens namn",
        "Affärsmöjlighet",
        "Affärens namn",
        "Affärsnamn",
    ),
    "account": (
        "Account Name",
        "Account",
        "Company",
        "Company Name",
        "Associated Company",
        "Associated Company (Primary)",
        "Associated company",
        "取引先名",
        "取引先",
        "会社名",
        "関連付けられた会社",
        "関連付けられた会社 (プライマリー)",
        "거래처 이름",
        "거래처명",
        "거래처",
        "회사 이름",
        "연결된 회사",
        "연결된 회사(기본)",
        "Kontonamn",
        "Konto",
        "Företagsnamn",
        "Associerat företag",
        "Associerat företag (primärt)",
    ),
    "amount": (
        "Amount",
        "Total Amount",
        "Amount (converted)",
        "Deal Amount",
        "金額",
        "合計金額",
        "取引金額",
        "금액",
        "총 금액",
        "거래 금액",
        "Belopp",
        "Totalt belopp",
        "Affärsbelopp",
    ),
    "currency": (
        "Opportunity Currency",
        "Amount Currency",
        "Currency",
        "Currency Code",
        "Deal currency code",
        "商談 通貨",
        "通貨",
        "通貨コード",
        "영업 기회 통화",
        "통화",
        "통화 코드",
        "Affärsmöjlighetens valuta",
        "Valuta",
        "Valutakod",
    ),
    "close_date": (
        "Close Date",
        "Expected Close Date",
        "Closing Date",
        "完了予定日",
        "完了日",
        "クローズ日",
        "마감일",
        "마감 날짜",
        "종료 예정일",
        "완료 예정일",
        "Stängningsdatum",
        "Avslutsdatum",
        "Slutdatum",
    ),
    "stage": (
        "Stage",
        "Deal Stage",
        "Opportunity Stage",
        "Pipeline Stage",
        "フェーズ",
        "取引ステージ",
        "ステージ",
        "단계",
        "거래 단계",
        "영업 단계",
        "Fas",
        "Affärsfas",
        "Affärsstadium",
        "Stadium",
    ),
    "owner": (
        "Opportunity Owner",
        "Owner",
        "Deal owner",
        "Deal Owner",
        "Owner Name",
        "商談 所有者",
        "商談所有者",
        "所有者",
        "取引担当者",
        "取引の所有者",
        "영업 기회 소유자",
        "소유자",
        "거래 소유자",
        "거래 담당자",
        "Affärsmöjlighetens ägare",
        "Ägare",
        "Affärsägare",
    ),
}
HEADER_ALIASES: dict[str, str] = {_norm(h): key for key, headers in _HEADERS.items() for h in headers}


def map_headers(headers: list[str], manual: dict[str, str] | None = None) -> dict[str, int]:
    """field -> column index, from known headers and the user's own ``manual`` mapping
    (header -> field; a field of "" ignores the column)."""
    manual = {_norm(k): v for k, v in (manual or {}).items()}
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = _norm(header)
        target = manual[key] if key in manual else HEADER_ALIASES.get(key)
        if target and target in FIELDS and target not in mapping:
            mapping[target] = index
    return mapping


class CrmFileError(ValueError):
    """The file as a whole cannot be read (no header, unknown columns, not a table)."""

    def __init__(self, source: str, message: str, unknown_headers: list[str] | None = None):
        super().__init__(f"{source}: {message}")
        self.source = source
        self.unknown_headers = unknown_headers or []


@dataclass
class CrmRecord:
    line: int
    crm_id: str
    name: str
    account: str
    amount: Decimal
    currency: str
    close_date: date
    stage: Stage | None
    owner: str
    raw_stage: str = ""


def _coded(code: str, **values: str) -> tuple[tuple[str, dict[str, str]], ...]:
    """One problem as RowError.problems holds it."""
    return ((code, values),)


class _Problems:
    """What is wrong with one row: in English (``texts``) and as (code, values) (``codes``)."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.codes: list[tuple[str, dict[str, str]]] = []

    def add(self, text: str, code: str, **values: str) -> None:
        self.texts.append(text)
        self.codes.append((code, values))


@dataclass
class RowError:
    line: int
    reason: str  # in English, as the command line says it
    account: str = ""  # the row's account and deal, as the file gives them (to find the row by)
    deal: str = ""
    # the same, as (code, values) a problem each, for the app to say in the UI language
    problems: tuple[tuple[str, dict[str, str]], ...] = ()

    @property
    def which(self) -> str:
        """The row's account and deal, "Acme Corp — Good deal" (empty when the row gives neither)."""
        return " — ".join(part for part in (self.account, self.deal) if part)

    def __str__(self) -> str:
        which = f" ({self.which})" if self.which else ""
        return f"line {self.line}{which}: {self.reason}"


# the account of a deal whose file has no account column and no account was given: to fill in
ACCOUNT_TO_FILL = "(account to fill in)"


@dataclass
class CrmTable:
    """What a file holds: its headers, the column mapping used, and every data row with
    its line number (1 = the header line)."""

    source: str
    headers: list[str]
    rows: list[tuple[int, list[str | date | datetime | float | int | None]]]
    encoding: str = ""
    delimiter: str = ""


@dataclass
class CrmRead:
    table: CrmTable
    mapping: dict[str, int]
    records: list[CrmRecord] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    notes: list[RowError] = field(default_factory=list)  # rows read with an assumption worth knowing


# --- files into tables ------------------------------------------------------------------

_KANA = re.compile(r"[\u3040-\u30ff]")
_HALF_KANA = re.compile(r"[\uff61-\uff9f]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def decode(data: bytes, source: str = "") -> tuple[str, str]:
    """Text and the encoding it was in: UTF-8 (BOM or not), UTF-16 with BOM (Excel's "Unicode
    text"), else whichever of CP932 (Japanese Excel), CP949 (Korean Excel) and CP1252 (Swedish
    and English Excel) reads as real text."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise CrmFileError(
                source,
                f"{_where(data, exc.start + 3)}: the file starts as UTF-8 (it has a "
                "byte order mark) but is not UTF-8 text from there; save it again as UTF-8",
            ) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise CrmFileError(
                source, f"byte {exc.start + 1}: the file starts as UTF-16 but is not UTF-16 text from there"
            ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding in ("cp932", "cp949", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text, encoding), encoding, text))
    if not candidates:
        raise CrmFileError(source, "the file is not text in UTF-8, Shift_JIS/CP932, CP949 or Windows-1252")
    _score, encoding, text = max(candidates)
    return text, encoding


def _where(data: bytes, offset: int) -> str:
    line = data.count(b"\n", 0, offset) + 1
    return f"line {line} (byte {offset + 1})"


def _plausibility(text: str, encoding: str) -> float:
    """How much the non-ASCII characters look like real text in the encoding's script: a CJK
    character wedged between Latin letters ("M한re") is a Latin text read in the wrong code page."""
    wide = [i for i, ch in enumerate(text) if ord(ch) > 127]
    if not wide:
        return 0.0
    if encoding == "cp1252":
        letters = sum(1 for i in wide if text[i].isalpha() and ord(text[i]) >= 0xC0)
        return letters / len(wide)
    script = _KANA if encoding == "cp932" else _HANGUL
    good = isolated = 0
    for i in wide:
        ch = text[i]
        if script.match(ch) or _CJK.match(ch):
            good += 1
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isascii() and before.isalpha() and after.isascii() and after.isalpha():
            isolated += 1
    half = len(_HALF_KANA.findall(text))
    return (good - isolated - 2 * half) / len(wide)


def _delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def read_table(path: Path) -> CrmTable:
    source = str(path)
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CrmFileError(source, f"the file is larger than {MAX_FILE_BYTES // 2**20} MB")
        with open(path, "rb") as handle:
            start = handle.read(4)
    except OSError as exc:
        raise CrmFileError(source, f"cannot read the file ({exc.strerror or exc})") from exc
    if path.suffix.lower() in (".xlsx", ".xlsm") or start[:2] == b"PK":
        return _read_xlsx(path, source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CrmFileError(source, f"cannot read the file ({exc.strerror or exc})") from exc
    text, encoding = decode(data, source)
    del data
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    del text
    rows: list[tuple[int, list]] = []
    headers: list[str] | None = None
    budget = _Budget(source)
    try:
        start_line = 1
        for record in reader:
            while record and not record[-1].strip():
                record.pop()  # trailing empty cells: Excel pads rows to the widest one
            if len(record) > MAX_COLUMNS:
                raise CrmFileError(source, f"line {start_line}: more than {MAX_COLUMNS} columns")
            for cell in record:
                if len(cell) > MAX_CELL_CHARS:
                    raise CrmFileError(
                        source, f"line {start_line}: a cell holds more than {MAX_CELL_CHARS:,} characters"
                    )
                budget.spend(len(cell), f"line {start_line}")
            if headers is None:
                if any(cell.strip() for cell in record):
                    headers = [cell.strip() for cell in record]
                start_line = reader.line_num + 1
                continue
            if any(cell.strip() for cell in record):
                if len(rows) >= MAX_ROWS:
                    raise CrmFileError(
                        source, f"line {start_line}: more than {MAX_ROWS:,} rows; import the file in parts"
                    )
                rows.append((start_line, record))
            start_line = reader.line_num + 1
    except csv.Error as exc:
        raise CrmFileError(source, f"line {reader.line_num}: not a readable CSV row ({exc})") from exc
    if not headers:
        raise CrmFileError(source, "the file is empty: no header line")
    return CrmTable(source, headers, rows, encoding, delimiter)


class _Budget:
    """The text kept from one file, capped (MAX_TEXT_CHARS)."""

    def __init__(self, source: str):
        self.source = source
        self.left = MAX_TEXT_CHARS

    def spend(self, chars: int, where: str) -> None:
        self.left -= chars
        if self.left < 0:
            raise CrmFileError(
                self.source,
                f"{where}: the file holds more than {MAX_TEXT_CHARS // 10**6} million "
                "characters of text; import it in parts",
            )


# --- .xlsx, streamed ----------------------------------------------------------------------

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_BUILTIN_DATE_FORMATS = set(range(14, 23)) | set(range(27, 37)) | set(range(45, 48)) | set(range(50, 59))
_DATE_CODE = re.compile(r"[dmyhs]", re.IGNORECASE)
_CELL_REF = re.compile(r"([A-Z]{1,3})([0-9]+)")


class _XlsxParse:
    """Streams one XML part of the workbook through expat, with the unpacked bytes capped."""

    def __init__(self, source: str, book: zipfile.ZipFile, name: str, unpacked: list[int]):
        self.source, self.book, self.name, self.unpacked = source, book, name, unpacked
        self.parser = expat.ParserCreate(namespace_separator=" ")
        self.parser.buffer_text = True

    def run(self) -> None:
        try:
            with self.book.open(self.name) as part:
                while True:
                    chunk = part.read(1 << 16)
                    self.unpacked[0] += len(chunk)
                    if self.unpacked[0] > MAX_UNPACKED_BYTES:
                        raise CrmFileError(
                            self.source,
                            f"{self.name} unpacks to more than {MAX_UNPACKED_BYTES // 2**30} GB: not a CRM export",
                        )
                    self.parser.Parse(chunk, not chunk)
                    if not chunk:
                        break
        except expat.ExpatError as exc:
            raise CrmFileError(
                self.source,
                f"{self.name} line {exc.lineno} column {exc.offset + 1}: the sheet's XML is "
                f"damaged ({expat.ErrorString(exc.code)})",
            ) from None
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
            if isinstance(exc, CrmFileError):
                raise
            raise CrmFileError(self.source, f"{self.name}: cannot unpack the workbook ({exc})") from None


def _local(tag: str) -> str:
    return tag.rsplit(" ", 1)[-1].rsplit(":", 1)[-1]


def _attr(attrs: dict, name: str) -> str | None:
    if name in attrs:
        return attrs[name]
    for key, value in attrs.items():
        if _local(key) == name:
            return value
    return None


def _column(letters: str) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index - 1


def _read_xlsx(path: Path, source: str) -> CrmTable:
    try:
        book = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CrmFileError(source, f"not a readable .xlsx workbook ({exc})") from None
    unpacked = [0]
    budget = _Budget(source)
    with book:
        names = set(book.namelist())
        sheet, shared_name, styles_name, date1904 = _workbook_parts(source, book, names, unpacked)
        if sheet is None:
            raise CrmFileError(source, "not a readable .xlsx workbook (it has no worksheet)")
        shared = _shared_strings(source, book, shared_name, unpacked, budget) if shared_name in names else []
        date_styles = _date_styles(source, book, styles_name, unpacked) if styles_name in names else set()
        headers, rows = _sheet_rows(source, book, sheet, unpacked, budget, shared, date_styles, date1904)
    if not headers:
        raise CrmFileError(source, "the first sheet is empty: no header row")
    return CrmTable(source, headers, rows, "xlsx", "")


def _resolve(base: str, target: str) -> str:
    if target.startswith("/"):
        return target[1:]
    parts = base.split("/")[:-1] + target.split("/")
    out: list[str] = []
    for part in parts:
        if part == "..":
            if out:
                out.pop()
        elif part and part != ".":
            out.append(part)
    return "/".join(out)


def _workbook_parts(source, book, names, unpacked) -> tuple[str | None, str, str, bool]:
    """The first worksheet's part, the shared strings' and styles' parts, and the date system."""
    sheets: list[str] = []
    rels: dict[str, tuple[str, str]] = {}
    date1904 = [False]
    if "xl/workbook.xml" in names:
        parse = _XlsxParse(source, book, "xl/workbook.xml", unpacked)

        def start(tag, attrs):
            name = _local(tag)
            if name == "sheet":
                rid = _attr(attrs, "id")
                if rid:
                    sheets.append(rid)
            elif name == "workbookPr":
                date1904[0] = (_attr(attrs, "date1904") or "").lower() in ("1", "true")

        parse.parser.StartElementHandler = start
        parse.run()
    if "xl/_rels/workbook.xml.rels" in names:
        parse = _XlsxParse(source, book, "xl/_rels/workbook.xml.rels", unpacked)

        def start_rel(tag, attrs):
            if _local(tag) == "Relationship" and attrs.get("Id") and attrs.get("Target"):
                rels[attrs["Id"]] = (_resolve("xl/workbook.xml", attrs["Target"]), attrs.get("Type", ""))

        parse.parser.StartElementHandler = start_rel
        parse.run()
    sheet = rels[sheets[0]][0] if sheets and sheets[0] in rels else None
    if sheet not in names:
        candidates = sorted(n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml"))
        sheet = candidates[0] if candidates else None
    shared = next((t for t, kind in rels.values() if kind.endswith("/sharedStrings")), "xl/sharedStrings.xml")
    styles = next((t for t, kind in rels.values() if kind.endswith("/styles")), "xl/styles.xml")
    return sheet, shared, styles, date1904[0]


def _shared_strings(source, book, name, unpacked, budget) -> list[str]:
    strings: list[str] = []
    state: dict[str, Any] = {"depth": 0, "in_t": False, "skip": 0, "parts": [], "size": 0}
    parse = _XlsxParse(source, book, name, unpacked)

    def start(tag, attrs):
        local = _local(tag)
        if local == "si":
            state["parts"], state["size"] = [], 0
        elif local in ("rPh", "phoneticPr"):
            state["skip"] += 1  # furigana runs are not the cell's text
        elif local == "t" and not state["skip"]:
            state["in_t"] = True

    def end(tag):
        local = _local(tag)
        if local == "si":
            if len(strings) >= MAX_ROWS * 20:
                raise CrmFileError(source, f"{name}: more than {MAX_ROWS * 20:,} different texts")
            strings.append("".join(state["parts"]))
        elif local in ("rPh", "phoneticPr"):
            state["skip"] -= 1
        elif local == "t":
            state["in_t"] = False

    def data(text):
        if state["in_t"]:
            state["size"] += len(text)
            if state["size"] > MAX_CELL_CHARS:
                raise CrmFileError(
                    source, f"{name} text {len(strings) + 1}: more than {MAX_CELL_CHARS:,} characters in one cell"
                )
            budget.spend(len(text), f"{name} text {len(strings) + 1}")
            state["parts"].append(text)

    parse.parser.StartElementHandler = start
    parse.parser.EndElementHandler = end
    parse.parser.CharacterDataHandler = data
    parse.run()
    return strings


def _date_styles(source, book, name, unpacked) -> set[int]:
    """The indexes of the cell styles that show a number as a date."""
    custom: dict[int, str] = {}
    xfs: list[int] = []
    depth = {"cellXfs": False}
    parse = _XlsxParse(source, book, name, unpacked)

    def start(tag, attrs):
        local = _local(tag)
        if local == "numFmt":
            try:
                custom[int(attrs.get("numFmtId", "-1"))] = attrs.get("formatCode", "")
            except ValueError:
                pass
        elif local == "cellXfs":
            depth["cellXfs"] = True
        elif local == "xf" and depth["cellXfs"]:
            try:
                xfs.append(int(attrs.get("numFmtId", "0")))
            except ValueError:
                xfs.append(0)

    def end(tag):
        if _local(tag) == "cellXfs":
            depth["cellXfs"] = False

    parse.parser.StartElementHandler = start
    parse.parser.EndElementHandler = end
    parse.run()

    def is_date(fmt: int) -> bool:
        if fmt in custom:
            code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", custom[fmt])
            return bool(_DATE_CODE.search(code))
        return fmt in _BUILTIN_DATE_FORMATS

    return {i for i, fmt in enumerate(xfs) if is_date(fmt)}


def _serial_date(value: float, date1904: bool) -> datetime | float:
    from datetime import timedelta

    base = datetime(1904, 1, 1) if date1904 else datetime(1899, 12, 30)
    try:
        return base + timedelta(days=value)
    except (OverflowError, ValueError):
        return value  # not a date: the row is refused with the value it holds


def _sheet_rows(source, book, name, unpacked, budget, shared, date_styles, date1904):
    headers: list[str] | None = None
    rows: list[tuple[int, list]] = []
    cell: dict = {}
    row: dict[int, object] = {}
    state: dict[str, Any] = {"row": 0, "next_col": 0, "text": None, "size": 0, "skip": 0}
    parse = _XlsxParse(source, book, name, unpacked)

    def where() -> str:
        return f"row {state['row']}"

    def start(tag, attrs):
        local = _local(tag)
        if local == "row":
            number = attrs.get("r")
            state["row"] = int(number) if number and number.isdigit() else state["row"] + 1
            state["next_col"] = 0
            row.clear()
        elif local == "c":
            ref = attrs.get("r") or ""
            match = _CELL_REF.fullmatch(ref)
            column = _column(match.group(1)) if match else state["next_col"]
            state["next_col"] = column + 1
            cell.clear()
            cell.update(column=column, type=attrs.get("t", "n"), style=attrs.get("s"), value=None)
        elif local in ("v", "t") and not state["skip"] and cell:
            state["text"], state["size"] = [], 0
        elif local in ("rPh", "f"):
            state["skip"] += 1

    def data(text):
        if state["text"] is not None:
            state["size"] += len(text)
            if state["size"] > MAX_CELL_CHARS:
                raise CrmFileError(source, f"{where()}: a cell holds more than {MAX_CELL_CHARS:,} characters")
            state["text"].append(text)

    def end(tag):
        nonlocal headers
        local = _local(tag)
        if local in ("v", "t") and state["text"] is not None:
            cell["value"] = (cell["value"] or "") + "".join(state["text"])
            state["text"] = None
        elif local in ("rPh", "f"):
            state["skip"] -= 1
        elif local == "c" and cell:
            value = _cell_value(cell, shared, date_styles, date1904)
            cell.clear()
            if value is not None and value != "":
                keep(value)
        elif local == "row":
            if not row:
                return
            width = max(row) + 1
            values = [row.get(i) for i in range(width)]
            if headers is None:
                headers = ["" if v is None else str(v).strip() for v in values]
                return
            if len(rows) >= MAX_ROWS:
                raise CrmFileError(source, f"{where()}: more than {MAX_ROWS:,} rows; import the file in parts")
            rows.append((state["row"], values))

    def keep(value) -> None:
        column = state["next_col"] - 1
        if column >= MAX_COLUMNS:
            raise CrmFileError(
                source, f"{where()}: a value in column {column + 1}; at most {MAX_COLUMNS} columns are read"
            )
        if isinstance(value, str):
            budget.spend(len(value), where())
        row[column] = value

    parse.parser.StartElementHandler = start
    parse.parser.EndElementHandler = end
    parse.parser.CharacterDataHandler = data
    parse.run()
    return headers, rows


def _cell_value(cell: dict, shared: list[str], date_styles: set[int], date1904: bool):
    raw, kind = cell["value"], cell["type"]
    if raw is None:
        return None
    if kind == "s":
        try:
            return shared[int(raw)]
        except (ValueError, IndexError):
            return None
    if kind in ("inlineStr", "str"):
        return raw
    if kind == "b":
        return raw.strip() in ("1", "true")
    if kind == "e":
        return None
    try:
        number = float(raw)
    except ValueError:
        return raw
    style = cell["style"]
    if style is not None and style.isdigit() and int(style) in date_styles:
        return _serial_date(number, date1904)
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


# --- values -----------------------------------------------------------------------------

_SYMBOLS = (
    ("￥", "JPY"),
    ("¥", "JPY"),
    ("₩", "KRW"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("US$", "USD"),
    ("$", "USD"),
    ("円", "JPY"),
    ("원", "KRW"),
    ("kr", "SEK"),
)
_CODE = re.compile(r"(?<![A-Za-z])([A-Za-z]{3})(?![A-Za-z])")
_KRONOR = re.compile(r"(?<![A-Za-z])kr\.?(?![A-Za-z])", re.IGNORECASE)


def parse_amount(raw, decimal_comma: bool = False) -> tuple[Decimal, str]:
    """(amount, currency code or "") from a cell: "¥48,000,000", "48 000 000 kr", "USD 86,000.00",
    "1.234.567,50 SEK", 48000000 (a number cell)."""
    if isinstance(raw, bool):
        raise ValueError("not an amount")
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if isinstance(raw, (int, float, Decimal)):
        return Decimal(str(raw)), ""
    text = unicodedata.normalize("NFKC", str(raw or "")).strip().replace("\u00a0", " ").replace("\u202f", " ")
    if not text:
        raise ValueError("the amount is empty")
    currency = ""
    for symbol, code in _SYMBOLS:
        if symbol == "kr":
            if _KRONOR.search(text):
                currency, text = code, _KRONOR.sub("", text)
                break
        elif symbol in text:
            currency, text = code, text.replace(symbol, "")
            break
    match = _CODE.search(text)
    if match and is_currency(match.group(1).upper()):
        code = match.group(1).upper()
        if currency and currency != code:
            raise ValueError(f"two currencies in one amount ({currency}, {code})")
        currency = code
        text = text.replace(match.group(1), "")
    digits = text.replace(" ", "").replace("'", "")
    if not re.fullmatch(r"[-+]?[\d.,]+", digits):
        raise ValueError(f"“{raw}” is not an amount: use digits, e.g. 48,000,000 or ¥48,000,000")
    if "," in digits and "." in digits:
        decimal_sign = "," if digits.rfind(",") > digits.rfind(".") else "."
    elif "," in digits:
        groups = re.fullmatch(r"[-+]?\d{1,3}(,\d{3})+", digits)
        decimal_sign = "," if decimal_comma or not groups else "."
    elif "." in digits:
        groups = re.fullmatch(r"[-+]?\d{1,3}(\.\d{3}){2,}", digits)
        decimal_sign = "," if groups or (decimal_comma and re.fullmatch(r"[-+]?\d{1,3}(\.\d{3})+", digits)) else "."
    else:
        decimal_sign = "."
    thousands = "." if decimal_sign == "," else ","
    digits = digits.replace(thousands, "").replace(decimal_sign, ".")
    try:
        value = Decimal(digits)
    except InvalidOperation as exc:
        raise ValueError(f"“{raw}” is not an amount") from exc
    if value < 0:
        raise ValueError("the amount is negative")
    return value, currency


_DATE_PATTERNS = (
    (re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日.]?"), "ymd"),
    (re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})"), "dmy"),
    (re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})"), "slash"),
    (re.compile(r"(\d{4})(\d{2})(\d{2})"), "ymd"),
)


def parse_date(raw, day_first: bool = False) -> date:
    """A date cell: 2026/12/18, 2026-12-18, 2026年12月18日, 2026. 12. 18., 18.12.2026,
    12/18/2026 (18/12/2026 when ``day_first`` or the first number is over 12), or a date cell."""
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    text = unicodedata.normalize("NFKC", str(raw or "")).strip()
    if not text:
        raise ValueError("the close date is empty")
    text = re.sub(r"\s+\d{1,2}:\d{2}(:\d{2})?.*$", "", text)  # a time after the date
    for pattern, order in _DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if not match:
            continue
        a, b, c = (int(g) for g in match.groups())
        if order == "ymd":
            year, month, day = a, b, c
        elif order == "dmy":
            day, month, year = a, b, c
        elif a > 12 or (day_first and b <= 12):
            day, month, year = a, b, c
        else:
            month, day, year = a, b, c
        try:
            return date(year, month, day)
        except ValueError as exc:
            raise ValueError(f"“{raw}” is not a valid date ({exc})") from exc
    raise ValueError(f"“{raw}” is not a date (use e.g. 2026-12-18, 2026/12/18, 12/18/2026 or 18.12.2026)")


# CRM stage names (Salesforce defaults, HubSpot's pipeline ids and labels; en/ja/ko/sv) -> ours
_STAGE_WORDS: tuple[tuple[Stage, tuple[str, ...]], ...] = (
    (Stage.LOST, ("closed lost", "closedlost", "lost", "失注", "不成立", "실주", "실패", "förlorad")),
    (Stage.WON, ("closed won", "closedwon", "won", "受注", "成約", "成立", "수주", "성사", "성공", "vunnen")),
    (
        Stage.APPROVAL,
        (
            "contract sent",
            "contractsent",
            "approval",
            "稟議",
            "承認",
            "契約",
            "품의",
            "결재",
            "계약",
            "beslut",
            "avtal skickat",
            "godkännande",
        ),
    ),
    (
        Stage.NEGOTIATION,
        ("negotiation", "review", "decision maker bought", "decisionmakerboughtin", "交渉", "협상", "förhandling"),
    ),
    (
        Stage.EVALUATION,
        (
            "proposal",
            "price quote",
            "value proposition",
            "id. decision makers",
            "perception analysis",
            "presentation",
            "presentationscheduled",
            "evaluation",
            "提案",
            "見積",
            "評価",
            "デモ",
            "제안",
            "견적",
            "평가",
            "offert",
            "förslag",
            "utvärdering",
            "presentation",
        ),
    ),
    (
        Stage.ISSUE_RECOGNITION,
        (
            "qualification",
            "qualifiedtobuy",
            "qualified",
            "needs analysis",
            "appointment",
            "appointmentscheduled",
            "ヒアリング",
            "課題",
            "要件",
            "検討",
            "니즈",
            "요구",
            "발굴 완료",
            "ニーズ",
            "意思決定者",
            "価値提案",
            "認識分析",
            "가치 제안",
            "의사 결정자",
            "인지 분석",
            "kvalific",
            "behovsanalys",
            "värdeerbjudande",
            "beslutsfattare",
            "perceptionsanalys",
            "möte bokat",
        ),
    ),
    (Stage.PRE_OPPORTUNITY, ("prospecting", "lead", "見込み", "リード", "잠재", "가능성 조사", "리드", "prospekt")),
)


def parse_stage(raw) -> Stage | None:
    text = unicodedata.normalize("NFKC", str(raw or "")).strip().casefold()
    if not text:
        return None
    for value in Stage:
        if text == value.value:
            return value
    for stage, words in _STAGE_WORDS:
        if any(word in text for word in words):
            return stage
    return None


def _text(raw) -> str:
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return unicodedata.normalize("NFC", str(raw)).strip()


# --- tables into records ------------------------------------------------------------------


def records_from(
    table: CrmTable, manual: dict[str, str] | None = None, default_currency: str = "", account: str = ""
) -> CrmRead:
    """The file's rows as records. ``default_currency``: for amounts without a currency when the
    rest of the file does not agree on one. ``account``: every deal's account when the file has
    no account column (HubSpot deal exports without "Associated Company"); without it such deals
    get ``ACCOUNT_TO_FILL`` and a note each."""
    mapping = map_headers(table.headers, manual)
    missing = [f for f in REQUIRED if f not in mapping and f != "account"]
    if missing:
        known = {i for i in mapping.values()}
        unknown = [h for i, h in enumerate(table.headers) if i not in known and h]
        names = ", ".join(FIELD_NAMES[f] for f in missing)
        raise CrmFileError(
            table.source, f"no column for {names}; columns not recognised: " + (", ".join(unknown) or "none"), unknown
        )
    read = CrmRead(table, mapping)
    decimal_comma = table.delimiter == ";"
    dates = [row[mapping["close_date"]] for _line, row in table.rows if mapping["close_date"] < len(row)]
    day_first = decimal_comma or any(_first_over_12(d) for d in dates)
    seen: dict[str, int] = {}
    no_account_column = "account" not in mapping
    fixed_account = account.strip()

    def cell(row, key):
        index = mapping.get(key)
        return row[index] if index is not None and index < len(row) else None

    file_currency = _file_currency(table, mapping, cell, decimal_comma)
    for line, row in table.rows:
        found = _Problems()
        problem, problems = found.add, found.texts
        name = _text(cell(row, "name"))
        if no_account_column:
            account = fixed_account or ACCOUNT_TO_FILL
            if not fixed_account:
                read.notes.append(
                    RowError(
                        line,
                        "the file has no account column: the account is left to fill in",
                        "",
                        name,
                        _coded("no_account_column"),
                    )
                )
        else:
            account = _text(cell(row, "account"))
        if not name:
            problem("the deal name is empty", "name_empty")
        if not account:
            problem("the account is empty", "account_empty")
        raw_amount = _text(cell(row, "amount"))
        try:
            amount, amount_currency = parse_amount(cell(row, "amount"), decimal_comma)
        except ValueError as exc:
            amount, amount_currency = Decimal(0), ""
            if raw_amount:
                problem(f"amount: {exc}", "amount_invalid", value=raw_amount)
            else:
                problem(f"amount: {exc}", "amount_empty")
        currency = _text(cell(row, "currency")).upper()
        if currency and not is_currency(currency):
            problem(f"currency: “{currency}” is not an ISO 4217 code", "currency_unknown", currency=currency)
        elif currency and amount_currency and currency != amount_currency:
            problem(
                f"the amount is in {amount_currency} but the currency column says {currency}",
                "currency_mismatch",
                amount=amount_currency,
                currency=currency,
            )
        currency = currency or amount_currency
        if not currency and not problems:
            if file_currency:
                currency = file_currency
                read.notes.append(
                    RowError(
                        line,
                        f"no currency given: {file_currency}, as every other amount in the file",
                        account,
                        name,
                        _coded("currency_of_file", currency=file_currency),
                    )
                )
            elif default_currency:
                currency = default_currency
                read.notes.append(
                    RowError(
                        line,
                        f"no currency given: {default_currency} assumed",
                        account,
                        name,
                        _coded("currency_default", currency=default_currency),
                    )
                )
            else:
                problem("the amount has no currency: give a default currency (--currency)", "currency_missing")
        raw_close = _text(cell(row, "close_date"))
        try:
            close = parse_date(cell(row, "close_date"), day_first)
        except ValueError as exc:
            close = date.min
            if raw_close:
                problem(f"close date: {exc}", "close_invalid", value=raw_close)
            else:
                problem(f"close date: {exc}", "close_empty")
        else:
            wrong = date_problem(close)
            if wrong:
                problem(f"close date: {wrong}", "close_out_of_range", value=raw_close)
        crm_id = _text(cell(row, "crm_id"))
        owner = _text(cell(row, "owner"))
        for key, value in (("name", name), ("account", account), ("crm_id", crm_id), ("owner", owner)):
            wrong = text_problem(value, LINE_LIMITS[key])
            if wrong:  # what a deal cannot hold (domain.validation)
                problem(f"{FIELD_NAMES[key]} {wrong}", "text_unfit", field=key)
        key = crm_id or f"{_norm(account)}\x00{_norm(name)}"
        if key in seen and (name or crm_id):
            problem(f"the same opportunity as line {seen[key]}", "duplicate", line=str(seen[key]))
        raw_stage = _text(cell(row, "stage"))
        stage = parse_stage(raw_stage)
        if raw_stage and stage is None:
            read.notes.append(
                RowError(
                    line,
                    f"stage “{raw_stage}” not recognised: kept as it is, or Evaluation",
                    account,
                    name,
                    _coded("stage_unknown", stage=raw_stage),
                )
            )
        if problems:
            read.errors.append(RowError(line, "; ".join(problems), account, name, tuple(found.codes)))
            continue
        seen[key] = line
        read.records.append(CrmRecord(line, crm_id, name, account, amount, currency, close, stage, owner, raw_stage))
    return read


def _file_currency(table: CrmTable, mapping: dict[str, int], cell, decimal_comma: bool) -> str:
    """The one currency every amount of the file that says its currency is in ("" when none
    says one, or they differ): an amount without one is then taken to be in it too."""
    found: set[str] = set()
    for _line, row in table.rows:
        code = _text(cell(row, "currency")).upper()
        if not code:
            try:
                code = parse_amount(cell(row, "amount"), decimal_comma)[1]
            except ValueError:
                continue
        if code and is_currency(code):
            found.add(code)
    return found.pop() if len(found) == 1 else ""


def _first_over_12(raw) -> bool:
    match = re.fullmatch(r"\s*(\d{1,2})/(\d{1,2})/\d{4}.*", str(raw or ""))
    return match is not None and int(match.group(1)) > 12
