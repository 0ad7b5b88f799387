"""Fixed texts, dates and amounts of exported documents, in en, ja, ko and sv.

The document language is chosen per export (default: the deal's customer language),
independent of the UI language.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from closeplan.domain.currency import minor_units

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "customer_title": "Mutual close plan", "internal_title": "Internal deal review",
        "between": "{vendor} and {customer}", "goal": "Goal: contract by {close}{start}",
        "project_start": ", project start {date}", "steps": "Plan: what both sides do, by when",
        "date": "Date", "step": "Step", "owner": "Owner", "status": "Status",
        "vendor": "{vendor}", "customer": "{customer}", "joint": "Both",
        "planned": "Planned", "in_progress": "In progress", "done": "Done {date}", "blocked": "Blocked",
        "skipped": "Skipped", "milestones": "Approval milestones", "board_meeting": "Board meeting",
        "submission_deadline": "Papers due for the board meeting", "purchase_order": "Purchase order",
        "signature": "Signature", "contacts": "Contacts", "name": "Name", "title": "Title", "contact": "Contact", "company": "Company",
        "agreed": "Agreed by", "signature_line": "Name, signature", "date_line": "Date",
        "issued": "Issued {date}", "page": "Page {page} of {pages}", "no_steps": "No steps yet.",
        "internal_only": "INTERNAL — not for the customer",
        "forecast": "Forecast", "target_close": "Target close", "projected_close": "Projected close",
        "slip": "Slip", "days": "{n} days", "risk_level": "Risk level", "flags": "Risk flags",
        "manual_risks": "Risks entered by hand", "likelihood": "Likelihood", "impact": "Impact",
        "mitigation": "Mitigation", "approval_path": "Approval path", "unknown": "Unknown",
        "real_approver": "Real final approver", "nominal_approver": "Nominal approver",
        "po_signer": "Signs the purchase order", "method": "Approval method",
        "board_needed": "Board resolution needed", "drafter": "Drafter",
        "drafter_experience": "Drafter has passed an approval of this amount", "stakeholders": "Stakeholders",
        "side": "Side", "influence": "Influence", "attitude": "Attitude", "roles": "Roles",
        "bant": "BANT", "budget": "Budget", "authority": "Authority", "need": "Need", "timeframe": "Timeframe",
        "four": "Business issue, problem, solution, benefit", "business_issue": "Business issue",
        "problem": "Problem", "solution": "Solution", "benefit": "Benefit", "notes": "Internal notes",
        "visible": "Customer sees", "yes": "Yes", "no": "No", "step_notes": "Notes on steps",
        "low": "Low", "medium": "Medium", "high": "High", "amount": "Amount", "stage": "Stage",
    },
    "ja": {
        "customer_title": "相互成約計画書(Mutual Close Plan)", "internal_title": "社内案件レビュー",
        "between": "{vendor} と {customer}", "goal": "目標:{close}までに契約締結{start}",
        "project_start": "、{date}プロジェクト開始", "steps": "計画:双方のタスクと期日",
        "date": "期日", "step": "タスク", "owner": "担当", "status": "状況",
        "vendor": "{vendor}", "customer": "{customer}", "joint": "双方",
        "planned": "未着手", "in_progress": "対応中", "done": "完了({date})", "blocked": "停滞",
        "skipped": "対象外", "milestones": "承認のマイルストーン", "board_meeting": "取締役会",
        "submission_deadline": "取締役会付議資料の提出期限", "purchase_order": "発注書の発行",
        "signature": "契約締結", "contacts": "連絡先", "name": "氏名", "title": "役職", "contact": "連絡先", "company": "会社",
        "agreed": "合意", "signature_line": "氏名・署名", "date_line": "日付",
        "issued": "発行日 {date}", "page": "{page} / {pages} ページ", "no_steps": "タスクはまだありません。",
        "internal_only": "社外秘 — お客様には渡さないこと",
        "forecast": "見通し", "target_close": "目標成約日", "projected_close": "予測成約日",
        "slip": "遅れ", "days": "{n}日", "risk_level": "リスク", "flags": "リスク指摘",
        "manual_risks": "手入力のリスク", "likelihood": "発生可能性", "impact": "影響",
        "mitigation": "対策", "approval_path": "承認ルート(稟議)", "unknown": "不明",
        "real_approver": "実質的な決裁者", "nominal_approver": "名目上の決裁者",
        "po_signer": "発注書の署名者", "method": "承認方法", "board_needed": "取締役会決議の要否",
        "drafter": "起案者", "drafter_experience": "起案者はこの金額の稟議を通した経験があるか",
        "stakeholders": "関係者", "side": "所属", "influence": "影響力", "attitude": "姿勢", "roles": "役割",
        "bant": "BANT", "budget": "予算", "authority": "決裁権", "need": "必要性", "timeframe": "導入時期",
        "four": "経営課題・問題・解決策・効果", "business_issue": "経営課題", "problem": "問題",
        "solution": "解決策", "benefit": "効果", "notes": "社内メモ", "visible": "顧客に表示",
        "yes": "はい", "no": "いいえ", "step_notes": "タスクのメモ", "low": "低", "medium": "中", "high": "高",
        "amount": "金額", "stage": "フェーズ",
    },
    "ko": {
        "customer_title": "상호 계약 계획서(Mutual Close Plan)", "internal_title": "내부 영업 기회 검토",
        "between": "{vendor} · {customer}", "goal": "목표: {close}까지 계약 체결{start}",
        "project_start": ", {date} 프로젝트 착수", "steps": "계획: 양측이 할 일과 기한",
        "date": "기한", "step": "업무", "owner": "담당", "status": "상태",
        "vendor": "{vendor}", "customer": "{customer}", "joint": "공동",
        "planned": "예정", "in_progress": "진행 중", "done": "완료({date})", "blocked": "보류",
        "skipped": "해당 없음", "milestones": "결재 관련 주요 일정", "board_meeting": "이사회",
        "submission_deadline": "이사회 안건 자료 제출 기한", "purchase_order": "발주서 발행",
        "signature": "계약 체결", "contacts": "연락처", "name": "이름", "title": "직책", "contact": "연락처", "company": "회사",
        "agreed": "합의", "signature_line": "이름·서명", "date_line": "날짜",
        "issued": "발행일 {date}", "page": "{page} / {pages} 페이지", "no_steps": "아직 업무가 없습니다.",
        "internal_only": "대외비 — 고객에게 전달하지 말 것",
        "forecast": "전망", "target_close": "목표 계약일", "projected_close": "예상 계약일",
        "slip": "지연", "days": "{n}일", "risk_level": "위험도", "flags": "위험 신호",
        "manual_risks": "직접 입력한 위험", "likelihood": "가능성", "impact": "영향",
        "mitigation": "대응", "approval_path": "결재 경로(품의)", "unknown": "모름",
        "real_approver": "실질 결재권자", "nominal_approver": "명목상 결재권자", "po_signer": "발주서 서명자",
        "method": "결재 방식", "board_needed": "이사회 의결 필요 여부", "drafter": "기안자",
        "drafter_experience": "기안자가 이 금액의 품의를 통과시킨 경험", "stakeholders": "이해관계자",
        "side": "소속", "influence": "영향력", "attitude": "태도", "roles": "역할",
        "bant": "BANT", "budget": "예산", "authority": "결재권", "need": "필요성", "timeframe": "도입 시기",
        "four": "경영 과제·문제·해결책·효과", "business_issue": "경영 과제", "problem": "문제",
        "solution": "해결책", "benefit": "효과", "notes": "내부 메모", "visible": "고객 공개",
        "yes": "예", "no": "아니요", "step_notes": "업무 메모", "low": "낮음", "medium": "보통", "high": "높음",
        "amount": "금액", "stage": "단계",
    },
    "sv": {
        "customer_title": "Gemensam avslutsplan", "internal_title": "Intern affärsgenomgång",
        "between": "{vendor} och {customer}", "goal": "Mål: avtal senast {close}{start}",
        "project_start": ", projektstart {date}", "steps": "Plan: vad båda parter gör, och när",
        "date": "Datum", "step": "Aktivitet", "owner": "Ansvarig", "status": "Status",
        "vendor": "{vendor}", "customer": "{customer}", "joint": "Gemensamt",
        "planned": "Planerad", "in_progress": "Pågår", "done": "Klar {date}", "blocked": "Blockerad",
        "skipped": "Utgår", "milestones": "Milstolpar i beslutsprocessen", "board_meeting": "Styrelsemöte",
        "submission_deadline": "Sista dag för underlag till styrelsen", "purchase_order": "Beställning",
        "signature": "Avtal undertecknas", "contacts": "Kontakter", "name": "Namn", "title": "Titel",
        "contact": "Kontakt", "company": "Företag", "agreed": "Överenskommet av", "signature_line": "Namn, underskrift",
        "date_line": "Datum", "issued": "Utfärdad {date}", "page": "Sida {page} av {pages}",
        "no_steps": "Inga aktiviteter ännu.", "internal_only": "INTERNT — inte till kunden",
        "forecast": "Prognos", "target_close": "Planerat avslut", "projected_close": "Beräknat avslut",
        "slip": "Försening", "days": "{n} dagar", "risk_level": "Risknivå", "flags": "Riskflaggor",
        "manual_risks": "Manuellt angivna risker", "likelihood": "Sannolikhet", "impact": "Konsekvens",
        "mitigation": "Åtgärd", "approval_path": "Beslutsväg (attest)", "unknown": "Okänt",
        "real_approver": "Den som faktiskt beslutar", "nominal_approver": "Formell beslutsfattare",
        "po_signer": "Undertecknar beställningen", "method": "Attestsätt", "board_needed": "Kräver styrelsebeslut",
        "drafter": "Handläggare", "drafter_experience": "Handläggaren har fått igenom ett beslut av denna storlek",
        "stakeholders": "Intressenter", "side": "Part", "influence": "Inflytande", "attitude": "Inställning",
        "roles": "Roller", "bant": "BANT", "budget": "Budget", "authority": "Befogenhet", "need": "Behov",
        "timeframe": "Tidsram", "four": "Affärsproblem, problem, lösning, nytta", "business_issue": "Affärsproblem",
        "problem": "Problem", "solution": "Lösning", "benefit": "Nytta", "notes": "Interna anteckningar",
        "visible": "Kunden ser", "yes": "Ja", "no": "Nej", "step_notes": "Anteckningar om aktiviteter",
        "low": "Låg", "medium": "Medel", "high": "Hög", "amount": "Belopp", "stage": "Fas",
    },
}

_SV_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
              "oktober", "november", "december")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")
_SYMBOLS = {"JPY": "¥", "KRW": "₩", "USD": "$", "EUR": "€", "GBP": "£"}


def text(language: str, key: str, **values) -> str:
    table = LABELS.get(language, LABELS["en"])
    return table.get(key, LABELS["en"][key]).format(**values)


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
