"""Demo data: four realistic deals, and synthetic deals for benchmarks.

Every date is placed relative to ``today`` (passed in), so the demo always shows
some steps done, one overdue step per deal, and a board meeting ahead.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from closeplan.domain.accounts import calendar_with, preset
from closeplan.domain.calendar import WorkCalendar, calendar_for
from closeplan.domain.model import (
    ApprovalMethod,
    ApprovalPath,
    ApprovalRoute,
    Attitude,
    AuthorityBand,
    Bant,
    BantItem,
    CloseDateChange,
    Deal,
    GovernanceMeeting,
    Influence,
    Level,
    MeetingKind,
    OwnerSide,
    Risk,
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
    StepStatus,
    Tri,
)
from closeplan.domain.route import desk_days
from closeplan.domain.scheduling import meetings_after
from closeplan.services.deals import DealService

V, C, J = OwnerSide.VENDOR, OwnerSide.CUSTOMER, OwnerSide.JOINT
K = StepKind
RR, RM = RouteRole, RouteMethod
Y, N, U = Tri.YES, Tri.NO, Tri.UNKNOWN


def next_meeting(rule: str, after: date, calendar: WorkCalendar) -> date:
    """The first meeting of an RRULE strictly after ``after`` that falls on a working day."""
    return next(meetings_after(rule, after, calendar, inclusive=False))


def _route_reaches(p: _Plan, desks: list[RouteStep], desk: RouteStep, start: date) -> date:
    """When a route running from ``start`` passes ``desk``: the working days of every desk up to
    it that has not passed yet (the rule of ``route_timing``), so the plan's approval step for
    that desk gets the date the route gives it."""
    days = 0
    for each in desks:
        if each.status is not RouteStatus.PASSED:
            days += desk_days(each)[0]
        if each is desk:
            return p.wd(p.calendar.on_or_after(start), days)
    raise ValueError("the desk is not on the route")


def _at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=UTC)


class _Plan:
    """A small builder so the demo deals read like the plans they are."""

    def __init__(self, today: date, calendar: WorkCalendar):
        self.today = today
        self.calendar = calendar
        self.steps: list[Step] = []

    def wd(self, start: date, days: int) -> date:
        """``days`` working days from ``start`` in the deal's country."""
        return self.calendar.add(start, days)

    def step(
        self,
        offset: int | date,
        title: str,
        side: OwnerSide,
        kind: StepKind = K.TASK,
        person: str = "",
        status: StepStatus | None = None,
        after: list[Step] | None = None,
        visible: bool = True,
        note: str = "",
        description: str = "",
        **extra,
    ) -> Step:
        due = offset if isinstance(offset, date) else self.wd(self.today, offset)
        if status is None:
            status = StepStatus.DONE if due < self.today else StepStatus.PLANNED
        completed = None
        if status is StepStatus.DONE:
            completed = min(due, self.today)
        step = Step(
            title=title,
            owner_side=side,
            due_date=due,
            kind=kind,
            owner_person=person,
            status=status,
            completed_date=completed,
            customer_visible=visible,
            internal_note=note,
            description=description,
            depends_on=[s.id for s in (after or [])],
            # a plan in use: open steps were last touched at the last meeting, done ones when finished
            changed_on=extra.pop("changed_on", completed or self.today - timedelta(days=4)),
            **extra,
        )
        if kind is K.APPROVAL and step.approval_method is None:
            step.approval_method = ApprovalMethod.UNKNOWN
        self.steps.append(step)
        return step


def _person(
    name,
    title,
    side,
    roles=(),
    influence=Influence.UNKNOWN,
    seniority=Seniority.UNKNOWN,
    attitude=Attitude.UNKNOWN,
    email="",
    phone="",
    notes="",
) -> Stakeholder:
    return Stakeholder(
        name=name,
        title=title,
        side=side,
        roles=list(roles),
        influence=influence,
        seniority=seniority,
        attitude=attitude,
        email=email,
        phone=phone,
        notes=notes,
    )


def _bant(b, bn, a, an, n, nn, t, tn) -> Bant:
    return Bant(BantItem(b, bn), BantItem(a, an), BantItem(n, nn), BantItem(t, tn))


def japanese_ringi_deal(today: date) -> Deal:
    p = _Plan(today, calendar_with("JP", preset("JP").closures))
    wd = p.wd
    cadence = "FREQ=MONTHLY;BYDAY=+3TH"  # 毎月第3木曜日の定例取締役会
    board = next_meeting(cadence, wd(today, 18), p.calendar)
    deadline = wd(board, -5)
    close = wd(board, 5)
    demo = p.step(-32, "現場部門(製造本部)向けデモと要件ヒアリング", J, K.MEETING, "佐藤 健")
    sec = p.step(
        -22, "情報システム部によるセキュリティチェックシート回答", V, K.SECURITY_REVIEW, "鈴木 彩花", after=[demo]
    )
    quote = p.step(-15, "正式見積書・導入スケジュール案の提出", V, K.TASK, "佐藤 健", after=[demo])
    roi = p.step(3, "導入効果(ROI)試算書の共同作成", J, K.TASK, "中村 由美", StepStatus.IN_PROGRESS, after=[quote])
    draft = p.step(
        -2,
        "稟議書ドラフトの作成(起案:中村課長)",
        C,
        K.TASK,
        "中村 由美",
        StepStatus.IN_PROGRESS,
        after=[quote],
        note="中村課長は5,000万円規模の稟議は初めて。過去の稟議書を共有済み。",
    )
    legal = p.step(6, "基本契約書・個別契約書の法務レビュー", C, K.LEGAL_REVIEW, "渡辺 剛", after=[quote])
    # the ringi is on the drafter's desk now: 山本本部長 approves when the route reaches him
    desks = [
        RouteStep(RR.DRAFTER, "中村 由美", "生産管理部 課長", RM.PAPER, 1, status=RouteStatus.HOLDING),
        RouteStep(RR.REVIEWER, "小林 大輔", "情報システム部 部長", RM.PAPER, 2),
        RouteStep(RR.REVIEWER, "渡辺 剛", "法務部", RM.PAPER, 2),
        RouteStep(RR.REVIEWER, "", "経理部 部長", RM.SEAL, None),
        RouteStep(RR.APPROVER, "山本 直樹", "執行役員 製造本部長", RM.SEAL, 2, away_days=3, customer_visible=True),
        RouteStep(RR.FINAL_APPROVER, "高橋 誠", "代表取締役社長", RM.SEAL, 1, customer_visible=True),
    ]
    pre = p.step(
        _route_reaches(p, desks, desks[4], today),
        "製造本部長による事前承認(稟議の回覧)",
        C,
        K.APPROVAL,
        "山本 直樹",
        after=[draft, roi],
        approver="山本 直樹",
        approval_method=ApprovalMethod.PAPER,
    )
    submit = p.step(deadline, "取締役会 付議資料の提出(経営企画部へ)", C, K.TASK, "中村 由美", after=[pre, legal, sec])
    meeting = p.step(
        board,
        "定例取締役会での導入決議",
        C,
        K.BOARD_MEETING,
        "高橋 誠",
        after=[submit],
        meeting_date=board,
        submission_deadline=deadline,
        recurrence_rule=cadence,
        extraordinary_possible=N,
    )
    po = p.step(wd(board, 3), "購買部による発注書の発行", C, K.PURCHASE_ORDER, "伊藤 さやか", after=[meeting])
    sign = p.step(close, "契約書の締結(記名押印)", J, K.SIGNATURE, "高橋 誠", after=[po])
    p.step(wd(close, 10), "プロジェクト キックオフ会議", J, K.KICKOFF, "佐藤 健", after=[sign])
    p.step(
        -8,
        "競合(A社)との比較資料を社内向けに準備",
        V,
        K.TASK,
        "佐藤 健",
        visible=False,
        note="A社は価格で攻勢。比較表は顧客に出さない。",
    )

    people = [
        _person(
            "高橋 誠",
            "代表取締役社長",
            Side.CUSTOMER,
            [Role.FINAL_APPROVER],
            Influence.HIGH,
            Seniority.EXECUTIVE,
            Attitude.NEUTRAL,
            notes="形式上の決裁者。本部長の判断を追認する傾向。",
        ),
        _person(
            "山本 直樹",
            "執行役員 製造本部長",
            Side.CUSTOMER,
            [Role.REAL_DECISION_MAKER, Role.ECONOMIC_BUYER],
            Influence.HIGH,
            Seniority.EXECUTIVE,
            Attitude.SUPPORTER,
            email="n.yamamoto@toho-seiki.example.jp",
        ),
        _person(
            "中村 由美",
            "生産管理部 課長",
            Side.CUSTOMER,
            [Role.CHAMPION, Role.DRAFTER],
            Influence.HIGH,
            Seniority.MANAGER,
            Attitude.SUPPORTER,
            email="y.nakamura@toho-seiki.example.jp",
            phone="052-000-1234",
        ),
        _person(
            "小林 大輔",
            "情報システム部 部長",
            Side.CUSTOMER,
            [Role.IT_SECURITY],
            Influence.LOW,
            Seniority.SENIOR_MANAGER,
            Attitude.SKEPTIC,
            notes="クラウド移行に慎重。",
        ),
        _person(
            "伊藤 さやか",
            "購買部 部長",
            Side.CUSTOMER,
            [Role.PROCUREMENT, Role.PO_SIGNER],
            Influence.LOW,
            Seniority.SENIOR_MANAGER,
            Attitude.NEUTRAL,
        ),
        _person(
            "渡辺 剛", "法務部 主任", Side.CUSTOMER, [Role.LEGAL], Influence.LOW, Seniority.STAFF, Attitude.NEUTRAL
        ),
        _person(
            "佐藤 健",
            "エンタープライズ営業部",
            Side.VENDOR,
            [],
            Influence.HIGH,
            Seniority.MANAGER,
            Attitude.SUPPORTER,
            email="ken.sato@lumen.example.com",
        ),
        _person(
            "鈴木 彩花",
            "ソリューションエンジニア",
            Side.VENDOR,
            [],
            Influence.LOW,
            Seniority.STAFF,
            Attitude.SUPPORTER,
            email="ayaka.suzuki@lumen.example.com",
        ),
    ]
    by = {x.name: x.id for x in people}
    created = today - timedelta(days=95)
    route = ApprovalRoute(desks, drafter_usual_limit=Decimal("30000000"), before_step_id=meeting.id)
    profile = preset("JP", "東邦精機株式会社")
    profile.meetings = [
        GovernanceMeeting("定例取締役会", MeetingKind.BOARD, cadence, 5),
        GovernanceMeeting("経営会議", MeetingKind.MANAGEMENT_COMMITTEE, "FREQ=WEEKLY;BYDAY=MO", 2),
    ]
    profile.budget_freeze_days = 14
    profile.authority_currency = "JPY"
    profile.authority = [
        AuthorityBand(Decimal("1000000"), "課長"),
        AuthorityBand(Decimal("10000000"), "部長"),
        AuthorityBand(Decimal("30000000"), "本部長"),
        AuthorityBand(Decimal("100000000"), "社長"),
        AuthorityBand(None, "取締役会"),
    ]
    first_close = wd(close, -45)
    second_close = wd(close, -20)
    return Deal(
        name="生産管理クラウド 全社導入",
        account="東邦精機株式会社",
        vendor_company="ルーメンシステムズ株式会社",
        amount=Decimal("48000000"),
        currency="JPY",
        stage=Stage.APPROVAL,
        target_close=close,
        project_start=wd(close, 10),
        owner="佐藤 健",
        country="JP",
        customer_language="ja",
        business_issue="3工場で生産計画がExcel管理のため、納期回答に平均3日かかり受注を逃している。",
        problem="工場ごとに計画表の形式が異なり、本社で全体の負荷状況が見えない。",
        solution="生産管理クラウドで3工場の計画と実績を統合し、納期回答を自動化する。",
        benefit="納期回答を当日化し、失注を年間約1.2億円削減(顧客試算)。",
        bant=_bant(
            Y,
            "今期設備投資予算 6,000万円を確保済み",
            Y,
            "実質決裁は山本本部長。社長は追認。",
            Y,
            "納期回答の遅れで大口2件を失注",
            Y,
            "来期4月の稼働が条件",
        ),
        internal_notes="値引きは10%まで本部長承認済み。A社が価格で攻勢。",
        plan_agreed_on=today - timedelta(days=20),
        created_at=_at(created),
        updated_at=_at(today - timedelta(days=1), 8),
        version=7,
        close_date_history=[
            CloseDateChange(_at(created), None, first_close),
            CloseDateChange(_at(today - timedelta(days=60)), first_close, second_close),
            CloseDateChange(_at(today - timedelta(days=21)), second_close, close),
        ],
        steps=p.steps,
        stakeholders=people,
        approval_path=ApprovalPath(
            real_final_approver_id=by["山本 直樹"],
            nominal_approver_id=by["高橋 誠"],
            po_signer_id=by["伊藤 さやか"],
            approval_method=ApprovalMethod.PAPER,
            board_resolution_needed=Y,
            drafter_id=by["中村 由美"],
            drafter_passed_this_amount=N,
            notes="紙の稟議書を回覧し押印。本部長は月末に海外出張が多い。締切を逃すと翌月の定例取締役会まで待ち。",
        ),
        route=route,
        account_profile=profile,
        risks=[
            Risk(
                "取締役会の付議資料締切に稟議が間に合わない恐れ",
                likelihood=Level.MEDIUM,
                impact=Level.HIGH,
                mitigation="稟議書ドラフトを今週中に中村課長とレビューし、本部長の出張前に回覧を開始",
                owner="佐藤 健",
            ),
            Risk(
                "情報システム部がクラウド利用に慎重",
                likelihood=Level.LOW,
                impact=Level.MEDIUM,
                mitigation="ISMAP相当の資料と他社事例を提示",
                owner="鈴木 彩花",
            ),
        ],
    )


def korean_pumui_deal(today: date) -> Deal:
    p = _Plan(today, calendar_with("KR", preset("KR").closures))
    wd = p.wd
    close = wd(today, 24)
    ws = p.step(-28, "현업 요구사항 워크숍", J, K.MEETING, "김민준")
    poc = p.step(-16, "개념검증(PoC) 결과 보고", V, K.MEETING, "김민준", after=[ws])
    sec = p.step(
        -1,
        "정보보안 심사 및 보안성 검토 회신",
        C,
        K.SECURITY_REVIEW,
        "이서연",
        StepStatus.IN_PROGRESS,
        after=[poc],
        note="보안팀 회신 지연. 클라우드 데이터 위치(국내 리전) 질문 다수.",
    )
    quote = p.step(2, "최종 견적서 및 계약 조건 제출", V, K.TASK, "김민준", after=[poc])
    roi = p.step(4, "도입 효과 분석 자료 공동 작성", J, K.TASK, "박지훈", after=[poc])
    draft = p.step(7, "품의서 기안(기안자: 박지훈 팀장)", C, K.TASK, "박지훈", after=[quote, roi])
    # the 품의 starts when it is drafted; 최동욱 and 강민호 approve when the route reaches them
    desks = [
        RouteStep(RR.DRAFTER, "박지훈", "물류혁신팀 팀장", RM.ELECTRONIC, 1),
        RouteStep(RR.REVIEWER, "이서연", "IT보안팀", RM.ELECTRONIC, 2),
        RouteStep(RR.REVIEWER, "윤재원", "법무팀", RM.ELECTRONIC, 2),
        RouteStep(RR.APPROVER, "최동욱", "경영지원본부장(상무)", RM.ELECTRONIC, 2, customer_visible=True),
        RouteStep(RR.FINAL_APPROVER, "강민호", "대표이사", RM.ELECTRONIC, 1, customer_visible=True),
    ]
    team = p.step(
        _route_reaches(p, desks, desks[3], draft.due_date),
        "팀장·본부장 전자결재",
        C,
        K.APPROVAL,
        "최동욱",
        after=[draft, sec],
        approver="최동욱 상무",
        approval_method=ApprovalMethod.ELECTRONIC,
    )
    legal = p.step(12, "계약서 법무 검토", C, K.LEGAL_REVIEW, "윤재원", after=[quote])
    final = p.step(
        _route_reaches(p, desks, desks[4], draft.due_date),
        "대표이사 최종 결재",
        C,
        K.APPROVAL,
        "강민호",
        after=[team, legal],
        approver="강민호 대표이사",
        approval_method=ApprovalMethod.ELECTRONIC,
    )
    po = p.step(19, "구매팀 발주서 발행", C, K.PURCHASE_ORDER, "정하늘", after=[final])
    sign = p.step(close, "계약 체결(전자계약)", J, K.SIGNATURE, "강민호", after=[po])
    p.step(wd(close, 7), "프로젝트 착수 회의", J, K.KICKOFF, "김민준", after=[sign])

    people = [
        _person(
            "박지훈",
            "물류혁신팀 팀장",
            Side.CUSTOMER,
            [Role.CHAMPION, Role.DRAFTER],
            Influence.HIGH,
            Seniority.MANAGER,
            Attitude.SUPPORTER,
            email="jihoon.park@hanbit-logis.example.kr",
        ),
        _person(
            "최동욱",
            "경영지원본부장(상무)",
            Side.CUSTOMER,
            [Role.ECONOMIC_BUYER, Role.REAL_DECISION_MAKER],
            Influence.HIGH,
            Seniority.EXECUTIVE,
            Attitude.NEUTRAL,
        ),
        _person(
            "강민호",
            "대표이사",
            Side.CUSTOMER,
            [Role.FINAL_APPROVER],
            Influence.HIGH,
            Seniority.EXECUTIVE,
            Attitude.UNKNOWN,
        ),
        _person(
            "이서연",
            "IT보안팀 책임",
            Side.CUSTOMER,
            [Role.IT_SECURITY],
            Influence.LOW,
            Seniority.STAFF,
            Attitude.SKEPTIC,
        ),
        _person(
            "정하늘",
            "구매팀 과장",
            Side.CUSTOMER,
            [Role.PROCUREMENT, Role.PO_SIGNER],
            Influence.LOW,
            Seniority.STAFF,
            Attitude.NEUTRAL,
            phone="02-000-5678",
        ),
        _person(
            "윤재원", "법무팀 변호사", Side.CUSTOMER, [Role.LEGAL], Influence.LOW, Seniority.MANAGER, Attitude.NEUTRAL
        ),
        _person(
            "김민준",
            "엔터프라이즈 영업팀",
            Side.VENDOR,
            [],
            Influence.HIGH,
            Seniority.MANAGER,
            Attitude.SUPPORTER,
            email="minjun.kim@lumen.example.com",
        ),
    ]
    by = {x.name: x.id for x in people}
    created = today - timedelta(days=70)
    route = ApprovalRoute(desks, drafter_usual_limit=Decimal("500000000"))
    profile = preset("KR", "한빛물류 주식회사")
    profile.authority_currency = "KRW"
    profile.authority = [
        AuthorityBand(Decimal("50000000"), "팀장"),
        AuthorityBand(Decimal("300000000"), "본부장"),
        AuthorityBand(None, "대표이사"),
    ]
    return Deal(
        name="창고관리시스템(WMS) 고도화",
        account="한빛물류 주식회사",
        vendor_company="루멘시스템즈 주식회사",
        amount=Decimal("350000000"),
        currency="KRW",
        stage=Stage.NEGOTIATION,
        target_close=close,
        project_start=wd(close, 7),
        owner="김민준",
        country="KR",
        customer_language="ko",
        business_issue="이천·평택 물류센터의 출고 오류율이 1.8%로 화주 이탈이 발생하고 있다.",
        problem="재고 위치 관리가 수기 입력에 의존해 실시간 재고가 맞지 않는다.",
        solution="WMS 고도화로 바코드 기반 입출고와 실시간 재고 가시성을 제공한다.",
        benefit="출고 오류율 0.3% 이하, 화주 재계약률 개선.",
        bant=_bant(
            Y,
            "올해 IT 예산 4억 원 편성",
            U,
            "대표이사 최종 결재 필요 여부 확인 중",
            Y,
            "주요 화주 2곳이 재계약 조건으로 오류율 개선 요구",
            Y,
            "1분기 성수기 전 가동 목표",
        ),
        internal_notes="경쟁사 B는 구축형 제안. 보안팀 설득이 관건.",
        plan_agreed_on=None,
        created_at=_at(created),
        updated_at=_at(today - timedelta(days=3), 7),
        version=4,
        close_date_history=[CloseDateChange(_at(created), None, close)],
        steps=p.steps,
        stakeholders=people,
        approval_path=ApprovalPath(
            real_final_approver_id=by["최동욱"],
            nominal_approver_id=by["강민호"],
            po_signer_id=by["정하늘"],
            approval_method=ApprovalMethod.ELECTRONIC,
            board_resolution_needed=N,
            drafter_id=by["박지훈"],
            drafter_passed_this_amount=Y,
            notes="그룹웨어 전자결재: 팀장 → 본부장 → 대표이사. 3억 원 이상은 대표이사 결재.",
        ),
        route=route,
        account_profile=profile,
        risks=[
            Risk(
                "보안 심사 지연으로 품의 기안이 늦어질 수 있음",
                likelihood=Level.HIGH,
                impact=Level.MEDIUM,
                mitigation="국내 리전 및 인증 자료를 선제 제공",
                owner="김민준",
            ),
        ],
    )


def swedish_board_deal(today: date) -> Deal:
    p = _Plan(today, calendar_with("SE", preset("SE").closures))
    wd = p.wd
    cadence = "FREQ=MONTHLY;BYDAY=+2WE"  # styrelsemöte andra onsdagen varje månad
    board = next_meeting(cadence, wd(today, 12), p.calendar)
    deadline = wd(board, -7)
    close = wd(board, 6)
    needs = p.step(-35, "Behovsanalys med driftteamet", J, K.MEETING, "Erik Lindqvist")
    demo = p.step(-24, "Teknisk demo för IT och drift", V, K.MEETING, "Sofia Holm", after=[needs])
    sec = p.step(
        -12,
        "IT-säkerhetsgranskning (informationssäkerhet och GDPR)",
        C,
        K.SECURITY_REVIEW,
        "Lars Ekström",
        after=[demo],
    )
    offer = p.step(-9, "Offert och avtalsutkast skickas", V, K.TASK, "Erik Lindqvist", after=[demo])
    legal = p.step(
        -3,
        "Juridisk granskning av avtalet",
        C,
        K.LEGAL_REVIEW,
        "Karin Sjöberg",
        StepStatus.IN_PROGRESS,
        after=[offer],
        note="Juristen på semester v.47; påminn Åsa.",
    )
    # the attest is with IT security now: the CFO approves when the route reaches her
    desks = [
        RouteStep(RR.DRAFTER, "Åsa Öberg", "Driftchef", RM.ELECTRONIC, 1, status=RouteStatus.PASSED),
        RouteStep(RR.REVIEWER, "Lars Ekström", "IT-säkerhet", RM.ELECTRONIC, 2, status=RouteStatus.HOLDING),
        RouteStep(RR.APPROVER, "Maria Nyström", "Ekonomichef (CFO)", RM.ELECTRONIC, 2, customer_visible=True),
        RouteStep(RR.FINAL_APPROVER, "Johan Bergström", "VD", RM.PAPER, 1, customer_visible=True),
    ]
    case = p.step(
        _route_reaches(p, desks, desks[2], today),
        "Investeringskalkyl godkänns av ekonomichefen",
        C,
        K.APPROVAL,
        "Maria Nyström",
        after=[offer],
        approver="Maria Nyström",
        approval_method=ApprovalMethod.ELECTRONIC,
    )
    submit = p.step(deadline, "Underlag till styrelsen lämnas in", C, K.TASK, "Åsa Öberg", after=[case, legal, sec])
    meeting = p.step(
        board,
        "Styrelsemöte: beslut om investeringen",
        C,
        K.BOARD_MEETING,
        "Johan Bergström",
        after=[submit],
        meeting_date=board,
        submission_deadline=deadline,
        recurrence_rule=cadence,
        extraordinary_possible=Y,
    )
    po = p.step(wd(board, 2), "Beställning skickas från inköp", C, K.PURCHASE_ORDER, "Karin Sjöberg", after=[meeting])
    sign = p.step(close, "Avtal undertecknas av firmatecknare", J, K.SIGNATURE, "Johan Bergström", after=[po])
    p.step(wd(close, 8), "Projektstart med driftteamet", J, K.KICKOFF, "Erik Lindqvist", after=[sign])

    people = [
        _person(
            "Åsa Öberg",
            "Driftchef",
            Side.CUSTOMER,
            [Role.CHAMPION, Role.DRAFTER],
            Influence.HIGH,
            Seniority.MANAGER,
            Attitude.SUPPORTER,
            email="asa.oberg@norrskog.example.se",
            phone="070-000 12 34",
        ),
        _person(
            "Johan Bergström",
            "VD",
            Side.CUSTOMER,
            [Role.FINAL_APPROVER, Role.PO_SIGNER],
            Influence.HIGH,
            Seniority.EXECUTIVE,
            Attitude.NEUTRAL,
            notes="Firmatecknare tillsammans med styrelseordföranden.",
        ),
        _person(
            "Maria Nyström",
            "Ekonomichef (CFO)",
            Side.CUSTOMER,
            [Role.ECONOMIC_BUYER, Role.REAL_DECISION_MAKER],
            Influence.HIGH,
            Seniority.EXECUTIVE,
            Attitude.SKEPTIC,
        ),
        _person(
            "Lars Ekström",
            "IT-säkerhetsansvarig",
            Side.CUSTOMER,
            [Role.IT_SECURITY],
            Influence.LOW,
            Seniority.STAFF,
            Attitude.NEUTRAL,
        ),
        _person(
            "Karin Sjöberg",
            "Inköps- och avtalsansvarig",
            Side.CUSTOMER,
            [Role.PROCUREMENT, Role.LEGAL],
            Influence.LOW,
            Seniority.MANAGER,
            Attitude.NEUTRAL,
        ),
        _person(
            "Erik Lindqvist",
            "Account Executive",
            Side.VENDOR,
            [],
            Influence.HIGH,
            Seniority.MANAGER,
            Attitude.SUPPORTER,
            email="erik.lindqvist@lumen.example.com",
        ),
        _person("Sofia Holm", "Lösningsarkitekt", Side.VENDOR, [], Influence.LOW, Seniority.STAFF, Attitude.SUPPORTER),
    ]
    by = {x.name: x.id for x in people}
    created = today - timedelta(days=80)
    route = ApprovalRoute(desks, before_step_id=meeting.id)
    profile = preset("SE", "Norrskog Energi AB")
    profile.meetings = [GovernanceMeeting("Styrelsemöte", MeetingKind.BOARD, cadence, 7)]
    profile.authority_currency = "SEK"
    profile.authority = [
        AuthorityBand(Decimal("500000"), "Avdelningschef"),
        AuthorityBand(Decimal("2000000"), "VD"),
        AuthorityBand(None, "Styrelsen"),
    ]
    return Deal(
        name="Underhållsplattform för vindkraftparker",
        account="Norrskog Energi AB",
        vendor_company="Lumen Systems AB",
        amount=Decimal("2400000"),
        currency="SEK",
        stage=Stage.APPROVAL,
        target_close=close,
        project_start=wd(close, 8),
        owner="Erik Lindqvist",
        country="SE",
        customer_language="sv",
        business_issue="Oplanerade stopp i tre vindkraftparker kostar cirka 9 Mkr per år.",
        problem="Underhåll planeras i kalkylblad; larm från turbinerna följs inte upp systematiskt.",
        solution="En gemensam underhållsplattform med prediktiva larm och arbetsordrar i fält.",
        benefit="Halverade oplanerade stopp och bättre planering av servicelag.",
        bant=_bant(
            Y,
            "Ryms i investeringsbudgeten 2027",
            Y,
            "Styrelsebeslut krävs över 2 Mkr",
            Y,
            "Två långa stopp förra vintern",
            Y,
            "Driftstart före vårens servicesäsong",
        ),
        internal_notes="CFO tveksam till molnlösning; räkna hem på 14 månader.",
        plan_agreed_on=today - timedelta(days=14),
        created_at=_at(created),
        updated_at=_at(today - timedelta(days=2), 14),
        version=5,
        close_date_history=[CloseDateChange(_at(created), None, close)],
        steps=p.steps,
        stakeholders=people,
        approval_path=ApprovalPath(
            real_final_approver_id=by["Maria Nyström"],
            nominal_approver_id=by["Johan Bergström"],
            po_signer_id=by["Johan Bergström"],
            approval_method=ApprovalMethod.ELECTRONIC,
            board_resolution_needed=Y,
            drafter_id=by["Åsa Öberg"],
            drafter_passed_this_amount=U,
            notes="Beslutsunderlag till styrelsen en vecka före mötet. Extra styrelsemöte per capsulam är möjligt.",
        ),
        route=route,
        account_profile=profile,
        risks=[
            Risk(
                "Juridisk granskning blir inte klar före inlämningen till styrelsen",
                likelihood=Level.MEDIUM,
                impact=Level.HIGH,
                mitigation="Erbjud standardavtal med färre avvikelser",
                owner="Erik Lindqvist",
            ),
        ],
    )


def english_midmarket_deal(today: date) -> Deal:
    p = _Plan(today, calendar_for("US"))
    wd = p.wd
    close = wd(today, 7)
    disc = p.step(-30, "Discovery call with clinic operations", J, K.MEETING, "Megan Clarke")
    pilot = p.step(-18, "Two-clinic pilot of the scheduling suite", J, K.TASK, "Chris Morales", after=[disc])
    review = p.step(-8, "Pilot results review with the COO", J, K.MEETING, "Megan Clarke", after=[pilot])
    sec = p.step(
        -6,
        "Security questionnaire (SIG Lite) answered",
        V,
        K.SECURITY_REVIEW,
        "Megan Clarke",
        after=[pilot],
        note="SOC 2 bridge letter attached.",
    )
    prop = p.step(-4, "Pricing proposal and order form sent", V, K.TASK, "Megan Clarke", after=[review])
    legal = p.step(
        -1,
        "Redlines on the MSA from legal",
        C,
        K.LEGAL_REVIEW,
        "Tom Becker",
        StepStatus.IN_PROGRESS,
        after=[prop],
        note="Liability cap is the sticking point.",
    )
    case = p.step(1, "Business case presented to the COO", C, K.MEETING, "Chris Morales", after=[prop])
    appr = p.step(
        3,
        "E-approval in the procurement system (Coupa)",
        C,
        K.APPROVAL,
        "Dana Whitfield",
        after=[case, legal, sec],
        approver="Dana Whitfield",
        approval_method=ApprovalMethod.ELECTRONIC,
    )
    po = p.step(5, "Purchase order issued by procurement", C, K.PURCHASE_ORDER, "Linda Park", after=[appr])
    sign = p.step(close, "Order form signed via DocuSign", J, K.SIGNATURE, "Dana Whitfield", after=[po])
    p.step(wd(close, 5), "Implementation kickoff", J, K.KICKOFF, "Megan Clarke", after=[sign])

    people = [
        _person(
            "Dana Whitfield",
            "Chief Operating Officer",
            Side.CUSTOMER,
            [Role.ECONOMIC_BUYER, Role.FINAL_APPROVER, Role.REAL_DECISION_MAKER],
            Influence.HIGH,
            Seniority.EXECUTIVE,
            Attitude.SUPPORTER,
            email="dwhitfield@brightwater.example.com",
        ),
        _person(
            "Chris Morales",
            "Practice Operations Lead",
            Side.CUSTOMER,
            [Role.CHAMPION, Role.DRAFTER],
            Influence.HIGH,
            Seniority.MANAGER,
            Attitude.SUPPORTER,
            phone="+1 555 0100",
        ),
        _person(
            "Raj Patel",
            "IT Manager",
            Side.CUSTOMER,
            [Role.IT_SECURITY],
            Influence.LOW,
            Seniority.MANAGER,
            Attitude.NEUTRAL,
        ),
        _person(
            "Linda Park",
            "Procurement Specialist",
            Side.CUSTOMER,
            [Role.PROCUREMENT, Role.PO_SIGNER],
            Influence.LOW,
            Seniority.STAFF,
            Attitude.NEUTRAL,
        ),
        _person(
            "Tom Becker",
            "General Counsel",
            Side.CUSTOMER,
            [Role.LEGAL],
            Influence.LOW,
            Seniority.EXECUTIVE,
            Attitude.SKEPTIC,
        ),
        _person(
            "Megan Clarke",
            "Account Executive",
            Side.VENDOR,
            [],
            Influence.HIGH,
            Seniority.MANAGER,
            Attitude.SUPPORTER,
            email="megan.clarke@lumen.example.com",
        ),
    ]
    by = {x.name: x.id for x in people}
    created = today - timedelta(days=50)
    return Deal(
        name="Scheduling suite rollout, 14 clinics",
        account="Brightwater Dental Group",
        vendor_company="Lumen Systems Inc.",
        amount=Decimal("86000.00"),
        currency="USD",
        stage=Stage.NEGOTIATION,
        target_close=close,
        project_start=wd(close, 5),
        owner="Megan Clarke",
        country="US",
        customer_language="en",
        business_issue="No-shows and double bookings cost the group about 6% of chair time.",
        problem="Each clinic runs its own scheduling tool; no shared view of capacity.",
        solution="One scheduling suite across all 14 clinics with automated reminders.",
        benefit="Recover 4% of chair time; front-desk staff save five hours a week per clinic.",
        bant=_bant(
            Y,
            "Approved in the FY operating budget",
            Y,
            "COO approves in Coupa; no board needed",
            Y,
            "No-show rate up two quarters running",
            Y,
            "Go-live before the spring hiring wave",
        ),
        internal_notes="Discount approved up to 12%. Legal is slow: start redlines early.",
        plan_agreed_on=today - timedelta(days=9),
        created_at=_at(created),
        updated_at=_at(today - timedelta(days=1), 16),
        version=3,
        close_date_history=[CloseDateChange(_at(created), None, close)],
        steps=p.steps,
        stakeholders=people,
        approval_path=ApprovalPath(
            real_final_approver_id=by["Dana Whitfield"],
            nominal_approver_id=by["Dana Whitfield"],
            po_signer_id=by["Linda Park"],
            approval_method=ApprovalMethod.ELECTRONIC,
            board_resolution_needed=N,
            drafter_id=by["Chris Morales"],
            drafter_passed_this_amount=Y,
            notes="Requests over $50k need the COO's e-approval in Coupa; procurement issues the PO within 2 days.",
        ),
        risks=[
            Risk(
                "Legal redlines on liability cap may take two rounds",
                likelihood=Level.MEDIUM,
                impact=Level.MEDIUM,
                mitigation="Send our pre-approved fallback clause with the first draft",
                owner="Megan Clarke",
            ),
        ],
    )


DEMO_NAMESPACE = uuid.UUID("6f1d2c3a-9a47-4b3e-8d0e-0c105e91a400")


def demo_deals(today: date) -> list[Deal]:
    """The four demo deals. Their ids are fixed, so installing twice adds nothing."""
    deals = [
        japanese_ringi_deal(today),
        korean_pumui_deal(today),
        swedish_board_deal(today),
        english_midmarket_deal(today),
    ]
    for deal in deals:
        deal.id = uuid.uuid5(DEMO_NAMESPACE, deal.name)
        _link_desks(deal)
    return deals


def _link_desks(deal: Deal) -> None:
    """Each desk of the route whose person is one of the deal's stakeholders is linked to them by
    id (as the route tab links a desk), so that renaming the stakeholder renames the desk."""
    people = {p.name.strip().casefold(): p.id for p in deal.stakeholders}
    for desk in deal.route.steps:
        desk.person_id = people.get(desk.person.strip().casefold()) if desk.person.strip() else None


def install_demo(service: DealService, today: date) -> list[tuple[Deal, bool]]:
    """Add the demo deals that are not there yet; return each with whether it was added."""
    deals = demo_deals(today)
    existing = set(service.all_ids())
    new = [d for d in deals if d.id not in existing]
    if new:
        service.add_deals(new)
    return [(d, d in new) for d in deals]


# --- synthetic deals -------------------------------------------------------------

_TITLES: dict[str, list[tuple[str, OwnerSide, StepKind]]] = {
    "ja": [
        ("要件ヒアリング", J, K.MEETING),
        ("製品デモ", V, K.MEETING),
        ("セキュリティチェックシート回答", V, K.SECURITY_REVIEW),
        ("情報システム部の審査", C, K.SECURITY_REVIEW),
        ("概算見積の提出", V, K.TASK),
        ("PoC環境の準備", V, K.TASK),
        ("PoC結果の報告会", J, K.MEETING),
        ("正式見積書の提出", V, K.TASK),
        ("ROI試算の共同作成", J, K.TASK),
        ("稟議書の起案", C, K.TASK),
        ("部長承認", C, K.APPROVAL),
        ("本部長承認", C, K.APPROVAL),
        ("契約書の法務レビュー", C, K.LEGAL_REVIEW),
        ("購買部との条件調整", J, K.MEETING),
        ("取締役会付議資料の提出", C, K.TASK),
        ("発注書の発行", C, K.PURCHASE_ORDER),
        ("契約締結(押印)", J, K.SIGNATURE),
        ("キックオフ会議", J, K.KICKOFF),
        ("導入計画書の合意", J, K.TASK),
        ("利用部門への説明会", J, K.MEETING),
    ],
    "ko": [
        ("요구사항 인터뷰", J, K.MEETING),
        ("제품 시연", V, K.MEETING),
        ("보안성 검토 자료 제출", V, K.SECURITY_REVIEW),
        ("정보보안팀 심사", C, K.SECURITY_REVIEW),
        ("개략 견적 제출", V, K.TASK),
        ("PoC 환경 구성", V, K.TASK),
        ("PoC 결과 보고", J, K.MEETING),
        ("최종 견적서 제출", V, K.TASK),
        ("도입 효과 분석", J, K.TASK),
        ("품의서 기안", C, K.TASK),
        ("팀장 결재", C, K.APPROVAL),
        ("본부장 결재", C, K.APPROVAL),
        ("계약서 법무 검토", C, K.LEGAL_REVIEW),
        ("구매팀 조건 협의", J, K.MEETING),
        ("이사회 안건 상정 자료 제출", C, K.TASK),
        ("발주서 발행", C, K.PURCHASE_ORDER),
        ("계약 체결", J, K.SIGNATURE),
        ("착수 회의", J, K.KICKOFF),
        ("구축 계획 합의", J, K.TASK),
        ("현업 설명회", J, K.MEETING),
    ],
    "sv": [
        ("Behovsanalys", J, K.MEETING),
        ("Produktdemo", V, K.MEETING),
        ("Säkerhetsfrågeformulär besvaras", V, K.SECURITY_REVIEW),
        ("IT-säkerhetsgranskning", C, K.SECURITY_REVIEW),
        ("Preliminär offert skickas", V, K.TASK),
        ("Testmiljö sätts upp", V, K.TASK),
        ("Genomgång av pilotresultat", J, K.MEETING),
        ("Slutlig offert skickas", V, K.TASK),
        ("Investeringskalkyl tas fram", J, K.TASK),
        ("Beslutsunderlag skrivs", C, K.TASK),
        ("Avdelningschef attesterar", C, K.APPROVAL),
        ("Ekonomichef godkänner", C, K.APPROVAL),
        ("Juridisk granskning av avtal", C, K.LEGAL_REVIEW),
        ("Förhandling med inköp", J, K.MEETING),
        ("Underlag till styrelsen lämnas in", C, K.TASK),
        ("Beställning skickas", C, K.PURCHASE_ORDER),
        ("Avtal undertecknas", J, K.SIGNATURE),
        ("Projektstart", J, K.KICKOFF),
        ("Införandeplan fastställs", J, K.TASK),
        ("Informationsmöte för användare", J, K.MEETING),
    ],
    "en": [
        ("Discovery call", J, K.MEETING),
        ("Product demo", V, K.MEETING),
        ("Security questionnaire answered", V, K.SECURITY_REVIEW),
        ("IT security review", C, K.SECURITY_REVIEW),
        ("Budgetary quote sent", V, K.TASK),
        ("Pilot environment set up", V, K.TASK),
        ("Pilot results review", J, K.MEETING),
        ("Final proposal sent", V, K.TASK),
        ("Business case drafted", J, K.TASK),
        ("Approval request submitted", C, K.TASK),
        ("Department head approval", C, K.APPROVAL),
        ("CFO approval", C, K.APPROVAL),
        ("MSA redlines from legal", C, K.LEGAL_REVIEW),
        ("Procurement negotiation", J, K.MEETING),
        ("Board pack submitted", C, K.TASK),
        ("Purchase order issued", C, K.PURCHASE_ORDER),
        ("Order form signed", J, K.SIGNATURE),
        ("Implementation kickoff", J, K.KICKOFF),
        ("Rollout plan agreed", J, K.TASK),
        ("End-user briefing", J, K.MEETING),
    ],
}
_BOARD_TITLE = {"ja": "取締役会での決議", "ko": "이사회 의결", "sv": "Styrelsemöte: beslut", "en": "Board resolution"}
_ACCOUNTS = {
    "ja": (
        ["東邦", "北辰", "大和", "三栄", "中央", "日新", "富士", "明和", "昭栄", "光洋"],
        ["精機", "物産", "化学", "電機", "運輸", "製薬", "建設", "食品", "商事", "工業"],
        "株式会社",
        "JP",
        "JPY",
    ),
    "ko": (
        ["한빛", "대성", "세한", "동원", "미래", "새롬", "청해", "우리", "한결", "다온"],
        ["물류", "전자", "화학", "건설", "제약", "식품", "정밀", "에너지", "통상", "기계"],
        " 주식회사",
        "KR",
        "KRW",
    ),
    "sv": (
        ["Norr", "Väst", "Sjö", "Berg", "Ek", "Fjäll", "Å", "Sol", "Strand", "Gran"],
        [
            "skog Energi",
            "mark Bygg",
            "bo Logistik",
            "vik Medical",
            "dal Industri",
            "holm Foods",
            "by Fastigheter",
            "lund Verkstad",
            "näs Kraft",
            "tuna Data",
        ],
        " AB",
        "SE",
        "SEK",
    ),
    "en": (
        ["Bright", "North", "Blue", "Summit", "Harbor", "Cedar", "Iron", "Silver", "Maple", "Granite"],
        [
            "water Dental",
            "field Foods",
            "ridge Logistics",
            "point Health",
            "stone Labs",
            "gate Retail",
            "wood Energy",
            "line Freight",
            "bay Insurance",
            "crest Media",
        ],
        " Inc.",
        "US",
        "USD",
    ),
}
_AE_FIRST = {
    "ja": ["健", "彩花", "翔太", "美咲", "大輔", "陽菜", "拓也", "真由"],
    "ko": ["민준", "서연", "지훈", "하은", "도윤", "수아", "현우", "지민"],
    "sv": ["Erik", "Anna", "Lars", "Sara", "Johan", "Emma", "Oskar", "Linnea"],
    "en": ["Megan", "James", "Olivia", "Daniel", "Grace", "Ryan", "Chloe", "Noah"],
}
_AE_LAST = {
    "ja": ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"],
    "ko": ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"],
    "sv": [
        "Lindqvist",
        "Andersson",
        "Johansson",
        "Karlsson",
        "Nilsson",
        "Eriksson",
        "Larsson",
        "Öberg",
        "Sjöberg",
        "Åberg",
    ],
    "en": ["Clarke", "Smith", "Johnson", "Brown", "Taylor", "Miller", "Wilson", "Moore", "Anderson", "Hughes"],
}
_DEAL_NAMES = {
    "ja": [
        "基幹システム刷新",
        "生産管理クラウド導入",
        "経費精算SaaS全社展開",
        "需要予測AIの導入",
        "コールセンター基盤更改",
    ],
    "ko": ["ERP 고도화", "WMS 구축", "전사 그룹웨어 전환", "수요예측 AI 도입", "고객센터 시스템 교체"],
    "sv": [
        "Nytt affärssystem",
        "Underhållsplattform",
        "Digital attest av fakturor",
        "Prognosverktyg för efterfrågan",
        "Kundtjänstplattform",
    ],
    "en": [
        "ERP modernisation",
        "Warehouse system rollout",
        "Expense platform, all regions",
        "Demand forecasting pilot",
        "Contact centre upgrade",
    ],
}
_AMOUNTS = {
    "JPY": (3_000_000, 120_000_000, 100_000),
    "KRW": (30_000_000, 900_000_000, 1_000_000),
    "SEK": (200_000, 6_000_000, 10_000),
    "USD": (15_000, 600_000, 500),
}
_STAGES = [
    Stage.ISSUE_RECOGNITION,
    Stage.EVALUATION,
    Stage.EVALUATION,
    Stage.NEGOTIATION,
    Stage.NEGOTIATION,
    Stage.APPROVAL,
    Stage.APPROVAL,
    Stage.PRE_OPPORTUNITY,
    Stage.WON,
    Stage.LOST,
]


def _rid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _ae_pool(rng: random.Random, count: int = 300) -> list[tuple[str, str]]:
    langs = list(_TITLES)
    pool: list[tuple[str, str]] = []
    seen: set[str] = set()
    while len(pool) < count:
        lang = langs[len(pool) % len(langs)]
        first, last = rng.choice(_AE_FIRST[lang]), rng.choice(_AE_LAST[lang])
        if lang in ("ja",):
            name = f"{last} {first}"
        elif lang == "ko":
            name = f"{last}{first}"
        else:
            name = f"{first} {last}"
        if name in seen:
            name = f"{name} {len(pool)}"
        seen.add(name)
        pool.append((lang, name))
    return pool


def synthetic_deals(count: int, today: date, seed: int = 1, steps: int | None = None) -> list[Deal]:
    """``count`` varied, valid deals (10–40 steps each, or exactly ``steps``) for benchmarks."""
    rng = random.Random(seed)
    aes = _ae_pool(rng)
    deals: list[Deal] = []
    now = datetime.combine(today, time(9), tzinfo=UTC)
    # working days around today, per country (index 80 is today)
    workdays = {
        country: [calendar_for(country).add(today, n) for n in range(-80, 161)]
        for _, _, _, country, _ in _ACCOUNTS.values()
    }
    for index in range(count):
        lang, owner = aes[rng.randrange(len(aes))]
        prefixes, suffixes, form, country, currency = _ACCOUNTS[lang]
        weekday = workdays[country]
        account = rng.choice(prefixes) + rng.choice(suffixes) + form
        low, high, unit = _AMOUNTS[currency]
        amount = Decimal(rng.randrange(low // unit, high // unit) * unit)
        stage = rng.choice(_STAGES)
        close_index = rng.randrange(95, 240)  # index into weekday: about 3 weeks to 8 months ahead
        close = weekday[close_index]
        n_steps = steps if steps is not None else rng.randint(10, 40)
        titles = _TITLES[lang]
        offsets = sorted(rng.sample(range(0, close_index + 1), min(n_steps, close_index + 1)))
        while len(offsets) < n_steps:
            offsets.append(close_index)
        plan: list[Step] = []
        board_at = rng.randrange(n_steps // 2, n_steps) if rng.random() < 0.3 else -1
        for i, offset in enumerate(offsets):
            due = weekday[offset]
            if i == board_at:
                deadline = weekday[max(0, offset - 5)]
                step = Step(
                    title=_BOARD_TITLE[lang],
                    owner_side=C,
                    due_date=due,
                    kind=K.BOARD_MEETING,
                    id=_rid(rng),
                    meeting_date=due,
                    submission_deadline=deadline,
                    recurrence_rule="FREQ=MONTHLY;BYDAY=+3TH",
                    extraordinary_possible=rng.choice((Y, N, U)),
                )
            else:
                title, side, kind = titles[rng.randrange(len(titles))]
                step = Step(title=title, owner_side=side, due_date=due, kind=kind, id=_rid(rng))
                if kind is K.APPROVAL:
                    step.approval_method = rng.choice(list(ApprovalMethod))
            step.owner_person = owner if step.owner_side is V else ""
            if due < today:
                roll = rng.random()
                if roll < 0.85:
                    step.status = StepStatus.DONE
                    step.completed_date = due
                elif roll < 0.95:
                    step.status = StepStatus.IN_PROGRESS
            elif due <= weekday[85] and rng.random() < 0.3:
                step.status = StepStatus.IN_PROGRESS
            if plan and rng.random() < 0.35:
                step.depends_on = [plan[-1].id]
            step.customer_visible = rng.random() > 0.1
            plan.append(step)
        created = now - timedelta(days=rng.randint(20, 200))
        updated = max(created, now - timedelta(days=rng.randint(0, 30)))
        name = rng.choice(_DEAL_NAMES[lang])
        history = [CloseDateChange(created, None, close)]
        if rng.random() < 0.2:
            earlier = weekday[close_index - rng.randint(10, 40)]
            history = [CloseDateChange(created, None, earlier), CloseDateChange(updated, earlier, close)]
        deals.append(
            Deal(
                id=_rid(rng),
                name=f"{name} #{index + 1}",
                account=account,
                amount=amount,
                currency=currency,
                stage=stage,
                target_close=close,
                owner=owner,
                country=country,
                customer_language=lang,
                created_at=created,
                updated_at=updated,
                version=rng.randint(1, 9),
                close_date_history=history,
                steps=plan,
                plan_agreed_on=today - timedelta(days=rng.randint(1, 40)) if stage in (Stage.APPROVAL,) else None,
                approval_path=ApprovalPath(
                    approval_method=rng.choice(list(ApprovalMethod)),
                    board_resolution_needed=Y if board_at >= 0 else rng.choice((N, U)),
                ),
            )
        )
    return deals
