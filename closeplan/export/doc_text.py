"""Fixed texts, dates and amounts of exported documents, in en, ja, ko and sv.

The document language is chosen per export (default: the deal's customer language),
independent of the UI language.
"""

from __future__ import annotations

import string
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from enum import Enum

from closeplan.domain.basics import LANGUAGES
from closeplan.domain.currency import minor_units
from closeplan.domain.flags import PLAIN, Flag, Formatter, plural
from closeplan.domain.model import FlagBrief

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "revision": "Revision {n}",
        "changes_since": "Changes since revision {n} ({date})",
        "change_added": "New",
        "change_removed": "Removed",
        "change_redated": "New date",
        "change_completed": "Completed",
        "redated": "{before} → {after} ({days:+d} {days:day|days})",
        "no_changes": "No changes to the plan since revision {n}.",
        "route": "Approval route",
        "route_role": "Role",
        "route_person": "Who",
        "route_expected": "Date",
        "route_summary": "{total} working {total:day|days} in all · {left} still to go · passes on {finish}",
        "route_needed": "needed by {date} for “{title}”",
        "route_level": "This amount needs approval by: {level}",
        "route_away": "away {n} d",
        "route_as_planned": "as in the plan",
        "route_estimate": "estimate",
        "route_later": "expected to pass by {date}, later than the plan's {planned}",
        "slips_since_baseline": "Steps moved since the plan was agreed ({date})",
        "agreed_date": "Agreed",
        "moved": "Moved",
        "moved_by": "{days:+d} {days:day|days}, {moves}×",
        "customer_title": "Mutual close plan",
        "internal_title": "Internal deal review",
        "between": "{vendor} and {customer}",
        "goal": "Goal: contract by {close}{start}",
        "project_start": ", project start {date}",
        "steps": "Plan: what both sides do, by when",
        "date": "Date",
        "step": "Step",
        "owner": "Owner",
        "status": "Status",
        "vendor": "{vendor}",
        "customer": "{customer}",
        "joint": "Both",
        "planned": "Planned",
        "in_progress": "In progress",
        "done": "Done {date}",
        "blocked": "Blocked",
        "skipped": "Skipped",
        "milestones": "Approval milestones",
        "board_meeting": "Board meeting",
        "submission_deadline": "Papers due for the board meeting",
        "purchase_order": "Purchase order",
        "signature": "Signature",
        "contacts": "Contacts",
        "name": "Name",
        "title": "Title",
        "contact": "Contact",
        "company": "Company",
        "agreed": "Agreed by",
        "signature_line": "Name, signature",
        "date_line": "Date",
        "issued": "Issued {date}",
        "page": "Page {page} of {pages}",
        "no_steps": "No steps yet.",
        "internal_only": "INTERNAL — not for the customer",
        "forecast": "Forecast",
        "target_close": "Target close",
        "projected_close": "Projected close",
        "slip": "Slip",
        "days": "{n} {n:day|days}",
        "risk_level": "Risk level",
        "flags": "Risk flags",
        "manual_risks": "Risks entered by hand",
        "likelihood": "Likelihood",
        "impact": "Impact",
        "mitigation": "Mitigation",
        "approval_path": "Approval path",
        "unknown": "Unknown",
        "real_approver": "Real final approver",
        "nominal_approver": "Nominal approver",
        "po_signer": "Signs the purchase order",
        "method": "Approval method",
        "board_needed": "Board resolution needed",
        "drafter": "Drafter",
        "drafter_experience": "Drafter has passed an approval of this amount",
        "stakeholders": "Stakeholders",
        "side": "Side",
        "influence": "Influence",
        "attitude": "Attitude",
        "roles": "Roles",
        "bant": "BANT",
        "budget": "Budget",
        "authority": "Authority",
        "need": "Need",
        "timeframe": "Timeframe",
        "four": "Business issue, problem, solution, benefit",
        "business_issue": "Business issue",
        "problem": "Problem",
        "solution": "Solution",
        "benefit": "Benefit",
        "notes": "Internal notes",
        "visible": "Customer sees",
        "yes": "Yes",
        "no": "No",
        "step_notes": "Notes on steps",
        "low": "Low",
        "medium": "Medium",
        "high": "High",
        "amount": "Amount",
        "stage": "Stage",
        "completed": "Completed",
        "person": "Person",
        "plan_sheet": "Plan",
    },
    "ja": {
        "revision": "第{n}版",
        "changes_since": "第{n}版（{date}）からの変更",
        "change_added": "追加",
        "change_removed": "削除",
        "change_redated": "日程変更",
        "change_completed": "完了",
        "redated": "{before} → {after}（{days:+d}日）",
        "no_changes": "第{n}版からの計画の変更はありません。",
        "route": "稟議ルート",
        "route_role": "役割",
        "route_person": "担当者",
        "route_expected": "承認予定日",
        "route_summary": "全体 {total}営業日 · 残り {left}営業日 · 完了予定 {finish}",
        "route_needed": "「{title}」に必要な期限 {date}",
        "route_level": "この金額の決裁権限: {level}",
        "route_away": "不在 {n}日",
        "route_as_planned": "計画どおり",
        "route_estimate": "見込み",
        "route_later": "承認見込み {date}（計画の{planned}より遅れ）",
        "slips_since_baseline": "合意({date})以降に動いたタスク",
        "agreed_date": "合意日",
        "moved": "変更",
        "moved_by": "{days:+d}日・{moves}回",
        "customer_title": "相互成約計画書(Mutual Close Plan)",
        "internal_title": "社内案件レビュー",
        "between": "{vendor} と {customer}",
        "goal": "目標:{close}までに契約締結{start}",
        "project_start": "、{date}プロジェクト開始",
        "steps": "計画:双方のタスクと期日",
        "date": "期日",
        "step": "タスク",
        "owner": "担当",
        "status": "状況",
        "vendor": "{vendor}",
        "customer": "{customer}",
        "joint": "双方",
        "planned": "未着手",
        "in_progress": "対応中",
        "done": "完了({date})",
        "blocked": "停滞",
        "skipped": "対象外",
        "milestones": "承認のマイルストーン",
        "board_meeting": "取締役会",
        "submission_deadline": "取締役会付議資料の提出期限",
        "purchase_order": "発注書の発行",
        "signature": "契約締結",
        "contacts": "連絡先",
        "name": "氏名",
        "title": "役職",
        "contact": "連絡先",
        "company": "会社",
        "agreed": "合意",
        "signature_line": "氏名・署名",
        "date_line": "日付",
        "issued": "発行日 {date}",
        "page": "{page} / {pages} ページ",
        "no_steps": "タスクはまだありません。",
        "internal_only": "社外秘 — お客様には渡さないこと",
        "forecast": "見通し",
        "target_close": "目標成約日",
        "projected_close": "予測成約日",
        "slip": "遅れ",
        "days": "{n}日",
        "risk_level": "リスク",
        "flags": "リスク指摘",
        "manual_risks": "手入力のリスク",
        "likelihood": "発生可能性",
        "impact": "影響",
        "mitigation": "対策",
        "approval_path": "承認ルート(稟議)",
        "unknown": "不明",
        "real_approver": "実質的な決裁者",
        "nominal_approver": "名目上の決裁者",
        "po_signer": "発注書の署名者",
        "method": "承認方法",
        "board_needed": "取締役会決議の要否",
        "drafter": "起案者",
        "drafter_experience": "起案者はこの金額の稟議を通した経験があるか",
        "stakeholders": "関係者",
        "side": "所属",
        "influence": "影響力",
        "attitude": "姿勢",
        "roles": "役割",
        "bant": "BANT",
        "budget": "予算",
        "authority": "決裁権",
        "need": "必要性",
        "timeframe": "導入時期",
        "four": "経営課題・問題・解決策・効果",
        "business_issue": "経営課題",
        "problem": "問題",
        "solution": "解決策",
        "benefit": "効果",
        "notes": "社内メモ",
        "visible": "顧客に表示",
        "yes": "はい",
        "no": "いいえ",
        "step_notes": "タスクのメモ",
        "low": "低",
        "medium": "中",
        "high": "高",
        "amount": "金額",
        "stage": "フェーズ",
        "completed": "完了日",
        "person": "担当者",
        "plan_sheet": "計画",
    },
    "ko": {
        "revision": "제{n}판",
        "changes_since": "제{n}판({date}) 이후 변경 사항",
        "change_added": "추가",
        "change_removed": "삭제",
        "change_redated": "일정 변경",
        "change_completed": "완료",
        "redated": "{before} → {after} ({days:+d}일)",
        "no_changes": "제{n}판 이후 계획 변경이 없습니다.",
        "route": "결재 라인",
        "route_role": "역할",
        "route_person": "담당자",
        "route_expected": "결재 예정일",
        "route_summary": "전체 {total}영업일 · 남은 {left}영업일 · 완료 예상 {finish}",
        "route_needed": "'{title}'에 필요한 기한 {date}",
        "route_level": "이 금액의 결재 권한: {level}",
        "route_away": "부재 {n}일",
        "route_as_planned": "계획대로",
        "route_estimate": "예상",
        "route_later": "결재 예상 {date} (계획일 {planned}보다 늦음)",
        "slips_since_baseline": "합의({date}) 이후 움직인 업무",
        "agreed_date": "합의일",
        "moved": "변경",
        "moved_by": "{days:+d}일·{moves}회",
        "customer_title": "상호 계약 계획서(Mutual Close Plan)",
        "internal_title": "내부 영업 기회 검토",
        "between": "{vendor} · {customer}",
        "goal": "목표: {close}까지 계약 체결{start}",
        "project_start": ", {date} 프로젝트 착수",
        "steps": "계획: 양측이 할 일과 기한",
        "date": "기한",
        "step": "업무",
        "owner": "담당",
        "status": "상태",
        "vendor": "{vendor}",
        "customer": "{customer}",
        "joint": "공동",
        "planned": "예정",
        "in_progress": "진행 중",
        "done": "완료({date})",
        "blocked": "보류",
        "skipped": "해당 없음",
        "milestones": "결재 관련 주요 일정",
        "board_meeting": "이사회",
        "submission_deadline": "이사회 안건 자료 제출 기한",
        "purchase_order": "발주서 발행",
        "signature": "계약 체결",
        "contacts": "연락처",
        "name": "이름",
        "title": "직책",
        "contact": "연락처",
        "company": "회사",
        "agreed": "합의",
        "signature_line": "이름·서명",
        "date_line": "날짜",
        "issued": "발행일 {date}",
        "page": "{page} / {pages} 페이지",
        "no_steps": "아직 업무가 없습니다.",
        "internal_only": "대외비 — 고객에게 전달하지 말 것",
        "forecast": "전망",
        "target_close": "목표 계약일",
        "projected_close": "예상 계약일",
        "slip": "지연",
        "days": "{n}일",
        "risk_level": "위험도",
        "flags": "위험 신호",
        "manual_risks": "직접 입력한 위험",
        "likelihood": "가능성",
        "impact": "영향",
        "mitigation": "대응",
        "approval_path": "결재 경로(품의)",
        "unknown": "모름",
        "real_approver": "실질 결재권자",
        "nominal_approver": "명목상 결재권자",
        "po_signer": "발주서 서명자",
        "method": "결재 방식",
        "board_needed": "이사회 의결 필요 여부",
        "drafter": "기안자",
        "drafter_experience": "기안자가 이 금액의 품의를 통과시킨 경험",
        "stakeholders": "이해관계자",
        "side": "소속",
        "influence": "영향력",
        "attitude": "태도",
        "roles": "역할",
        "bant": "BANT",
        "budget": "예산",
        "authority": "결재권",
        "need": "필요성",
        "timeframe": "도입 시기",
        "four": "경영 과제·문제·해결책·효과",
        "business_issue": "경영 과제",
        "problem": "문제",
        "solution": "해결책",
        "benefit": "효과",
        "notes": "내부 메모",
        "visible": "고객 공개",
        "yes": "예",
        "no": "아니요",
        "step_notes": "업무 메모",
        "low": "낮음",
        "medium": "보통",
        "high": "높음",
        "amount": "금액",
        "stage": "단계",
        "completed": "완료일",
        "person": "담당자",
        "plan_sheet": "계획",
    },
    "sv": {
        "revision": "Version {n}",
        "changes_since": "Ändringar sedan version {n} ({date})",
        "change_added": "Nytt",
        "change_removed": "Borttaget",
        "change_redated": "Nytt datum",
        "change_completed": "Klart",
        "redated": "{before} → {after} ({days:+d} {days:dag|dagar})",
        "no_changes": "Inga ändringar i planen sedan version {n}.",
        "route": "Attestkedja",
        "route_role": "Roll",
        "route_person": "Vem",
        "route_expected": "Datum",
        "route_summary": "{total} {total:arbetsdag|arbetsdagar} totalt · {left} kvar · klar {finish}",
        "route_needed": "behövs senast {date} för ”{title}”",
        "route_level": "Beloppet kräver beslut av: {level}",
        "route_away": "borta {n} d",
        "route_as_planned": "enligt planen",
        "route_estimate": "beräknat",
        "route_later": "beräknas attesteras senast {date}, senare än planens {planned}",
        "slips_since_baseline": "Aktiviteter som flyttats sedan planen godkändes ({date})",
        "agreed_date": "Överenskommet",
        "moved": "Flyttad",
        "moved_by": "{days:+d} {days:dag|dagar}, {moves}×",
        "customer_title": "Gemensam avslutsplan",
        "internal_title": "Intern affärsgenomgång",
        "between": "{vendor} och {customer}",
        "goal": "Mål: avtal senast {close}{start}",
        "project_start": ", projektstart {date}",
        "steps": "Plan: vad båda parter gör, och när",
        "date": "Datum",
        "step": "Aktivitet",
        "owner": "Ansvarig",
        "status": "Status",
        "vendor": "{vendor}",
        "customer": "{customer}",
        "joint": "Gemensamt",
        "planned": "Planerad",
        "in_progress": "Pågår",
        "done": "Klar {date}",
        "blocked": "Blockerad",
        "skipped": "Utgår",
        "milestones": "Milstolpar i beslutsprocessen",
        "board_meeting": "Styrelsemöte",
        "submission_deadline": "Sista dag för underlag till styrelsen",
        "purchase_order": "Beställning",
        "signature": "Avtal undertecknas",
        "contacts": "Kontakter",
        "name": "Namn",
        "title": "Titel",
        "contact": "Kontakt",
        "company": "Företag",
        "agreed": "Överenskommet av",
        "signature_line": "Namn, underskrift",
        "date_line": "Datum",
        "issued": "Utfärdad {date}",
        "page": "Sida {page} av {pages}",
        "no_steps": "Inga aktiviteter ännu.",
        "internal_only": "INTERNT — inte till kunden",
        "forecast": "Prognos",
        "target_close": "Planerat avslut",
        "projected_close": "Beräknat avslut",
        "slip": "Försening",
        "days": "{n} {n:dag|dagar}",
        "risk_level": "Risknivå",
        "flags": "Riskflaggor",
        "manual_risks": "Manuellt angivna risker",
        "likelihood": "Sannolikhet",
        "impact": "Konsekvens",
        "mitigation": "Åtgärd",
        "approval_path": "Beslutsväg (attest)",
        "unknown": "Okänt",
        "real_approver": "Den som faktiskt beslutar",
        "nominal_approver": "Formell beslutsfattare",
        "po_signer": "Undertecknar beställningen",
        "method": "Attestsätt",
        "board_needed": "Kräver styrelsebeslut",
        "drafter": "Handläggare",
        "drafter_experience": "Handläggaren har fått igenom ett beslut av denna storlek",
        "stakeholders": "Intressenter",
        "side": "Part",
        "influence": "Inflytande",
        "attitude": "Inställning",
        "roles": "Roller",
        "bant": "BANT",
        "budget": "Budget",
        "authority": "Befogenhet",
        "need": "Behov",
        "timeframe": "Tidsram",
        "four": "Affärsproblem, problem, lösning, nytta",
        "business_issue": "Affärsproblem",
        "problem": "Problem",
        "solution": "Lösning",
        "benefit": "Nytta",
        "notes": "Interna anteckningar",
        "visible": "Kunden ser",
        "yes": "Ja",
        "no": "Nej",
        "step_notes": "Anteckningar om aktiviteter",
        "low": "Låg",
        "medium": "Medel",
        "high": "Hög",
        "amount": "Belopp",
        "stage": "Fas",
        "completed": "Klar den",
        "person": "Person",
        "plan_sheet": "Plan",
    },
}

_SV_MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_SYMBOLS = {"JPY": "¥", "KRW": "₩", "USD": "$", "EUR": "€", "GBP": "£"}


class _Counting(string.Formatter):
    """str.format, plus ``{n:one|other}``: the word for the count ``n`` (see ``flags.plural``)."""

    def format_field(self, value, format_spec: str) -> str:
        one, bar, other = format_spec.partition("|")
        if bar:
            return plural(value, one, other)
        return super().format_field(value, format_spec)


_COUNTING = _Counting()


def text(language: str, key: str, **values) -> str:
    table = LABELS.get(language, LABELS["en"])
    template = table.get(key, LABELS["en"][key])
    return _COUNTING.format(template, **values) if "|" in template else template.format(**values)


def desk_date_note(planned: date | None, expected: date | None, late: bool, language: str) -> str:
    """What a route desk's date is, in words: the plan's ("as in the plan"), the route's estimate,
    or — late — the route's estimate beside the plan's date. Empty for a desk that has passed.
    From a Leg: ``desk_date_note(leg.planned, leg.finish, leg.late, language)`` (PDFs and the UI)."""
    if expected is None:
        return ""
    if planned is None:
        return text(language, "route_estimate")
    if late:
        return text(
            language, "route_later", date=format_date(expected, language), planned=format_date(planned, language)
        )
    return text(language, "route_as_planned")


def format_date(day: date | None, language: str) -> str:
    if day is None:
        return ""
    if language == "ja":
        return f"{day.year}年{day.month}月{day.day}日"
    if language == "ko":
        return f"{day.year}. {day.month}. {day.day}."
    if language == "sv":
        return f"{day.day} {_SV_MONTHS[day.month - 1]} {day.year}"
    return f"{_EN_MONTHS[day.month - 1]} {day.day}, {day.year}"


def format_money(amount: Decimal, currency: str, language: str) -> str:
    places = minor_units(currency)
    if language == "sv":
        whole = amount == amount.to_integral_value()
        digits = f"{amount:,.{0 if whole else places}f}".replace(",", "\u00a0").replace(".", ",")
        suffix = "kr" if currency == "SEK" else _SYMBOLS.get(currency, currency)
        return f"{digits}\u00a0{suffix}"
    digits = f"{amount:,.{places}f}"
    symbol = _SYMBOLS.get(currency)
    if symbol and (language != "en" or currency in ("USD", "JPY", "KRW", "EUR", "GBP")):
        return f"{symbol}{digits}"
    return f"{currency}\u00a0{digits}"


# --- enum values and risk flags in the document language --------------------------------

VALUES: dict[str, dict[str, str]] = {
    "ja": {
        "pre_opportunity": "商談化前",
        "issue_recognition": "課題認識",
        "evaluation": "評価・選定",
        "negotiation": "最終交渉",
        "approval": "稟議・承認",
        "won": "受注",
        "lost": "失注",
        "electronic": "電子承認",
        "paper": "紙(押印)",
        "verbal": "口頭",
        "unknown": "不明",
        "high": "高",
        "low": "低",
        "supporter": "支持",
        "neutral": "中立",
        "skeptic": "懐疑的",
        "blocker": "反対",
        "champion": "推進者",
        "economic_buyer": "予算責任者",
        "final_approver": "決裁者",
        "real_decision_maker": "実質的な意思決定者",
        "po_signer": "発注書署名者",
        "drafter": "起案者",
        "influencer": "影響者",
        "legal": "法務",
        "procurement": "購買",
        "it_security": "情報システム・セキュリティ",
    },
    "ko": {
        "pre_opportunity": "영업 기회 전",
        "issue_recognition": "과제 인식",
        "evaluation": "평가·선정",
        "negotiation": "최종 협상",
        "approval": "품의·결재",
        "won": "수주",
        "lost": "실주",
        "electronic": "전자결재",
        "paper": "서면(날인)",
        "verbal": "구두",
        "unknown": "모름",
        "high": "높음",
        "low": "낮음",
        "supporter": "지지",
        "neutral": "중립",
        "skeptic": "회의적",
        "blocker": "반대",
        "champion": "챔피언",
        "economic_buyer": "예산 책임자",
        "final_approver": "결재권자",
        "real_decision_maker": "실질 의사결정자",
        "po_signer": "발주서 서명자",
        "drafter": "기안자",
        "influencer": "영향력자",
        "legal": "법무",
        "procurement": "구매",
        "it_security": "IT·보안",
    },
    "sv": {
        "pre_opportunity": "Före affärsmöjlighet",
        "issue_recognition": "Behov identifierat",
        "evaluation": "Utvärdering",
        "negotiation": "Slutförhandling",
        "approval": "Beslutsprocess",
        "won": "Vunnen",
        "lost": "Förlorad",
        "electronic": "Elektronisk",
        "paper": "På papper",
        "verbal": "Muntlig",
        "unknown": "Okänt",
        "high": "Hög",
        "low": "Låg",
        "supporter": "Positiv",
        "neutral": "Neutral",
        "skeptic": "Skeptisk",
        "blocker": "Motståndare",
        "champion": "Ambassadör",
        "economic_buyer": "Budgetansvarig",
        "final_approver": "Beslutsfattare",
        "real_decision_maker": "Faktisk beslutsfattare",
        "po_signer": "Undertecknar beställning",
        "drafter": "Handläggare",
        "influencer": "Påverkare",
        "legal": "Juridik",
        "procurement": "Inköp",
        "it_security": "IT/säkerhet",
    },
    "en": {
        "pre_opportunity": "Pre-opportunity",
        "issue_recognition": "Issue recognition",
        "evaluation": "Evaluation",
        "negotiation": "Negotiation",
        "approval": "Approval",
        "won": "Won",
        "lost": "Lost",
        "electronic": "Electronic",
        "paper": "Paper",
        "verbal": "Verbal",
        "unknown": "Unknown",
        "high": "High",
        "low": "Low",
        "supporter": "Supporter",
        "neutral": "Neutral",
        "skeptic": "Skeptic",
        "blocker": "Blocker",
        "champion": "Champion",
        "economic_buyer": "Economic buyer",
        "final_approver": "Final approver",
        "real_decision_maker": "Real decision maker",
        "po_signer": "PO signer",
        "drafter": "Drafter",
        "influencer": "Influencer",
        "legal": "Legal",
        "procurement": "Procurement",
        "it_security": "IT/security",
    },
}


# Words of the domain not covered above, and those that differ by enum ("Enum.value" keys).
_MORE: dict[str, dict[str, str]] = {
    "en": {
        "vendor": "Vendor",
        "customer": "Customer",
        "joint": "Joint",
        "task": "Task",
        "meeting": "Meeting",
        "StepKind.approval": "Approval",
        "board_meeting": "Board meeting",
        "legal_review": "Legal review",
        "security_review": "Security review",
        "purchase_order": "Purchase order (PO)",
        "signature": "Signature",
        "kickoff": "Kickoff",
        "planned": "Planned",
        "in_progress": "In progress",
        "done": "Done",
        "blocked": "Blocked",
        "skipped": "Skipped",
        "yes": "Yes",
        "no": "No",
        "medium": "Medium",
        "executive": "Executive",
        "senior_manager": "Senior manager",
        "manager": "Manager",
        "staff": "Staff",
        "open": "Open",
        "mitigated": "Mitigated",
        "closed": "Closed",
    },
    "ja": {
        "vendor": "当社",
        "customer": "顧客",
        "joint": "双方",
        "task": "タスク",
        "meeting": "会議",
        "StepKind.approval": "承認",
        "board_meeting": "取締役会",
        "legal_review": "法務審査",
        "security_review": "セキュリティ審査",
        "purchase_order": "発注書",
        "signature": "契約締結",
        "kickoff": "キックオフ",
        "planned": "未着手",
        "in_progress": "対応中",
        "done": "完了",
        "blocked": "停滞",
        "skipped": "対象外",
        "yes": "はい",
        "no": "いいえ",
        "medium": "中",
        "executive": "経営層",
        "senior_manager": "部長クラス",
        "manager": "課長クラス",
        "staff": "担当者",
        "open": "未対応",
        "mitigated": "軽減済み",
        "closed": "解消",
    },
    "ko": {
        "vendor": "당사",
        "customer": "고객",
        "joint": "공동",
        "task": "업무",
        "meeting": "회의",
        "StepKind.approval": "결재",
        "board_meeting": "이사회",
        "legal_review": "법무 검토",
        "security_review": "보안 심사",
        "purchase_order": "발주서",
        "signature": "계약 체결",
        "kickoff": "킥오프",
        "planned": "예정",
        "in_progress": "진행 중",
        "done": "완료",
        "blocked": "보류",
        "skipped": "해당 없음",
        "yes": "예",
        "no": "아니요",
        "medium": "보통",
        "executive": "경영진",
        "senior_manager": "임원·부장급",
        "manager": "팀장급",
        "staff": "실무자",
        "open": "미해결",
        "mitigated": "완화됨",
        "closed": "종결",
    },
    "sv": {
        "vendor": "Leverantör",
        "customer": "Kund",
        "joint": "Gemensamt",
        "task": "Uppgift",
        "meeting": "Möte",
        "StepKind.approval": "Godkännande",
        "board_meeting": "Styrelsemöte",
        "legal_review": "Juridisk granskning",
        "security_review": "Säkerhetsgranskning",
        "purchase_order": "Beställning",
        "signature": "Avtal undertecknas",
        "kickoff": "Projektstart",
        "planned": "Planerad",
        "in_progress": "Pågår",
        "done": "Klar",
        "blocked": "Blockerad",
        "skipped": "Utgår",
        "yes": "Ja",
        "no": "Nej",
        "medium": "Medel",
        "executive": "Ledning",
        "senior_manager": "Högre chef",
        "manager": "Chef",
        "staff": "Medarbetare",
        "open": "Öppen",
        "mitigated": "Hanterad",
        "closed": "Stängd",
    },
}
# The approval route and account calendars ("Enum.value" keys: "paper" means something else elsewhere).
_ROUTE: dict[str, dict[str, str]] = {
    "en": {
        "RouteRole.drafter": "Drafter",
        "RouteRole.reviewer": "Reviewer",
        "RouteRole.approver": "Approver",
        "RouteRole.final_approver": "Final approver",
        "RouteMethod.electronic": "Electronic",
        "RouteMethod.paper": "Paper",
        "RouteMethod.seal": "Seal",
        "RouteMethod.verbal": "Verbal",
        "RouteMethod.unknown": "Unknown",
        "RouteStatus.not_reached": "Not reached",
        "RouteStatus.holding": "Holding",
        "RouteStatus.passed": "Passed",
        "RouteStatus.returned": "Returned",
        "ClosureRepeat.yearly": "Every year",
        "ClosureRepeat.once": "Once",
        "ClosureRepeat.seollal": "Around Seollal",
        "ClosureRepeat.chuseok": "Around Chuseok",
        "MeetingKind.board": "Board",
        "MeetingKind.management_committee": "Management committee",
        "MeetingKind.investment_committee": "Investment committee",
        "MeetingKind.other": "Other",
    },
    "ja": {
        "RouteRole.drafter": "起案者",
        "RouteRole.reviewer": "回覧先",
        "RouteRole.approver": "承認者",
        "RouteRole.final_approver": "決裁者",
        "RouteMethod.electronic": "電子",
        "RouteMethod.paper": "紙",
        "RouteMethod.seal": "押印",
        "RouteMethod.verbal": "口頭",
        "RouteMethod.unknown": "不明",
        "RouteStatus.not_reached": "未着",
        "RouteStatus.holding": "保留中",
        "RouteStatus.passed": "承認済",
        "RouteStatus.returned": "差し戻し",
        "ClosureRepeat.yearly": "毎年",
        "ClosureRepeat.once": "1回のみ",
        "ClosureRepeat.seollal": "ソルラル前後",
        "ClosureRepeat.chuseok": "秋夕前後",
        "MeetingKind.board": "取締役会",
        "MeetingKind.management_committee": "経営会議",
        "MeetingKind.investment_committee": "投資委員会",
        "MeetingKind.other": "その他",
    },
    "ko": {
        "RouteRole.drafter": "기안자",
        "RouteRole.reviewer": "검토자",
        "RouteRole.approver": "승인자",
        "RouteRole.final_approver": "결재권자",
        "RouteMethod.electronic": "전자결재",
        "RouteMethod.paper": "서면",
        "RouteMethod.seal": "날인",
        "RouteMethod.verbal": "구두",
        "RouteMethod.unknown": "모름",
        "RouteStatus.not_reached": "미도달",
        "RouteStatus.holding": "검토 중",
        "RouteStatus.passed": "통과",
        "RouteStatus.returned": "반려",
        "ClosureRepeat.yearly": "매년",
        "ClosureRepeat.once": "한 번",
        "ClosureRepeat.seollal": "설 연휴 전후",
        "ClosureRepeat.chuseok": "추석 연휴 전후",
        "MeetingKind.board": "이사회",
        "MeetingKind.management_committee": "경영위원회",
        "MeetingKind.investment_committee": "투자심의위원회",
        "MeetingKind.other": "기타",
    },
    "sv": {
        "RouteRole.drafter": "Handläggare",
        "RouteRole.reviewer": "Granskare",
        "RouteRole.approver": "Attestant",
        "RouteRole.final_approver": "Beslutsfattare",
        "RouteMethod.electronic": "Elektronisk",
        "RouteMethod.paper": "Papper",
        "RouteMethod.seal": "Stämpel",
        "RouteMethod.verbal": "Muntlig",
        "RouteMethod.unknown": "Okänt",
        "RouteStatus.not_reached": "Ej nådd",
        "RouteStatus.holding": "Ligger hos",
        "RouteStatus.passed": "Godkänd",
        "RouteStatus.returned": "Återsänd",
        "ClosureRepeat.yearly": "Varje år",
        "ClosureRepeat.once": "En gång",
        "ClosureRepeat.seollal": "Runt Seollal",
        "ClosureRepeat.chuseok": "Runt Chuseok",
        "MeetingKind.board": "Styrelse",
        "MeetingKind.management_committee": "Ledningsgrupp",
        "MeetingKind.investment_committee": "Investeringskommitté",
        "MeetingKind.other": "Annat",
    },
}
for _language, _words in _ROUTE.items():
    VALUES[_language].update(_words)
for _language, _words in _MORE.items():
    for _key, _word in _words.items():
        VALUES[_language].setdefault(_key, _word)


def value(raw: str, language: str) -> str:
    """An enum value (stage, method, influence, attitude) in the document language."""
    return VALUES.get(language, VALUES["en"]).get(raw) or VALUES["en"].get(raw) or raw.replace("_", " ")


def enum_label(member, language: str) -> str:
    """Any domain enum member in ``language``: "Enum.value" entries win over plain values
    (the stage "approval" and the step kind "approval" are different words in Japanese)."""
    table = VALUES.get(language, VALUES["en"])
    qualified = f"{type(member).__name__}.{member.value}"
    return table.get(qualified) or VALUES["en"].get(qualified) or value(str(member.value), language)


class Words:
    """How a document in ``language`` writes a risk flag's values: dates and amounts as the rest
    of the document does, enum values in its words. English documents keep the flags' own
    English (``closeplan.domain.flags.PLAIN``), as the command line and JSON show them."""

    def __init__(self, language: str):
        self.language = language
        self._separator = "、" if language == "ja" else ", "

    def date(self, value: date) -> str:
        return format_date(value, self.language)

    def number(self, value: int) -> str:
        return str(value)

    def amount(self, value: Decimal, currency: str) -> str:
        return format_money(value, currency, self.language)

    def enum(self, value: Enum) -> str:
        return enum_label(value, self.language)

    def titles(self, values: Sequence[str]) -> str:
        return self._separator.join(values)

    def words(self, values: Sequence[str]) -> str:
        return self._separator.join(values)


_WORDS: dict[str, Formatter] = {language: Words(language) for language in LANGUAGES if language != "en"}


def flag_words(language: str) -> Formatter:
    """The formatter of risk flags in ``language``."""
    return _WORDS.get(language, PLAIN)


def flag_text(flag: Flag | FlagBrief, language: str) -> str:
    """A risk flag (or a list row's brief of one) in ``language``: its wording from the flag's
    table (closeplan.domain.risk), its values formatted for the language."""
    from closeplan.domain import risk  # with the scheduling rules: not before a flag is shown (fast start)

    return risk.flag_text(flag, flag_words(language))


# --- the manager's review PDF ------------------------------------------------------------

REVIEW: dict[str, dict[str, str]] = {
    "en": {
        "title": "Late-stage review",
        "subject": "Deals in negotiation or approval, or closing in {period}",
        "summary": "{start} – {end} · as of {today} · deals: {count} · sorted by risk, then amount",
        "columns": "AE|Account — deal|Amount|Stage|Target|Projected|Slip d|Pushed|Risk|Why (top flags)|"
        "Next customer step|Idle d",
        "totals": "Totals per currency",
        "currency": "Currency",
        "at_risk": "Forecast at risk (projected after the period)",
        "issued": "issued {date}",
        "synced": "synced {date}",
    },
    "ja": {
        "title": "終盤案件レビュー",
        "subject": "最終交渉・稟議段階、または {period} に成約予定の商談",
        "summary": "{start} – {end} · {today} 時点 · 商談 {count}件 · リスク順、同じなら金額順",
        "columns": "担当営業|取引先 — 商談|金額|フェーズ|目標|予測|遅れ日数|延期回数|リスク|理由(主な指摘)|"
        "顧客側の次のタスク|未更新日数",
        "totals": "通貨別の合計",
        "currency": "通貨",
        "at_risk": "リスクのある見込み額(期間後に成約予測)",
        "issued": "発行日 {date}",
        "synced": "同期 {date}",
    },
    "ko": {
        "title": "후반 단계 검토",
        "subject": "최종 협상·품의 단계이거나 {period}에 계약 예정인 영업 기회",
        "summary": "{start} – {end} · {today} 기준 · 영업 기회 {count}건 · 위험도순, 같으면 금액순",
        "columns": "담당 영업|거래처 — 영업 기회|금액|단계|목표|예상|지연일|연기 횟수|위험도|이유(주요 신호)|"
        "고객 측 다음 업무|미갱신일",
        "totals": "통화별 합계",
        "currency": "통화",
        "at_risk": "위험에 처한 예상 금액(기간 이후 계약 예상)",
        "issued": "발행일 {date}",
        "synced": "동기화 {date}",
    },
    "sv": {
        "title": "Genomgång av sena affärer",
        "subject": "Affärer i slutförhandling eller beslut, eller med avslut {period}",
        "summary": "{start} – {end} · per {today} · affärer: {count} · sorterat på risk, sedan belopp",
        "columns": "Säljare|Kund — affär|Belopp|Fas|Planerat|Beräknat|Förs. d|Flyttad|Risk|Varför (främsta flaggor)|"
        "Kundens nästa aktivitet|Orörd d",
        "totals": "Summor per valuta",
        "currency": "Valuta",
        "at_risk": "Prognos i riskzonen (beräknat avslut efter perioden)",
        "issued": "utfärdad {date}",
        "synced": "synkad {date}",
    },
}


def review_text(language: str, key: str, **values) -> str:
    return REVIEW.get(language, REVIEW["en"])[key].format(**values)


def short_date(day: date | None, language: str) -> str:
    """A compact date for table cells: 2026/12/03 (ja), 2026. 12. 3. (ko), ISO otherwise."""
    if day is None:
        return ""
    if language == "ja":
        return f"{day.year}/{day.month:02d}/{day.day:02d}"
    if language == "ko":
        return f"{day.year}. {day.month}. {day.day}."
    return day.isoformat()
