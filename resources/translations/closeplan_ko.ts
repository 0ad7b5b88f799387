<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>{where}: “{text}” is not a date ({form})</source>
        <translation>{where}: &apos;{text}&apos;은(는) 날짜가 아닙니다({form})</translation>
    </message>
    <message>
        <source>Calendar and authority table — {account}</source>
        <translation>달력과 전결 규정 — {account}</translation>
    </message>
    <message>
        <source>Closures &amp;&amp; fiscal year</source>
        <translation>휴무일과 회계연도</translation>
    </message>
    <message>
        <source>Governance meetings</source>
        <translation>의사결정 회의</translation>
    </message>
    <message>
        <source>Authority table</source>
        <translation>전결 규정</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>To</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>± days</source>
        <translation>앞뒤 일수</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>개최 주기</translation>
    </message>
    <message>
        <source>Papers due (working days before)</source>
        <translation>자료 제출(며칠 전, 영업일)</translation>
    </message>
    <message>
        <source>Up to (empty: above the rest)</source>
        <translation>상한 금액(비움: 그 이상 전부)</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>결재권자</translation>
    </message>
    <message>
        <source>Days {account} does not work on top of the national holidays of {country}: plans are scheduled around them. Yearly days as MM-DD (12-29 to 01-03 wraps over the new year), one-off closures as YYYY-MM-DD.</source>
        <translation>{country}의 공휴일 외에 {account}이(가) 쉬는 날입니다. 계획은 이 날을 피해 잡힙니다. 매년 쉬는 날은 MM-DD(12-29~01-03은 해를 넘깁니다), 한 번만 쉬는 날은 YYYY-MM-DD로 입력합니다.</translation>
    </message>
    <message>
        <source>Board, management and investment committee meetings, and how many working days before each meeting its papers are due. New plans for this account use its board meeting.</source>
        <translation>이사회·경영위원회·투자심의위원회와 각 회의 자료를 며칠 전(영업일)까지 내야 하는지 등록합니다. 이 거래처의 새 계획은 이사회 일정을 사용합니다.</translation>
    </message>
    <message>
        <source>The customer&apos;s approval-authority table (決裁権限表): which level approves amounts up to each limit. The route tab shows the level this deal&apos;s amount needs.</source>
        <translation>고객의 전결 규정: 금액 상한별로 결재하는 직급입니다. 결재 라인 탭에 이 건의 금액에 필요한 직급이 표시됩니다.</translation>
    </message>
    <message>
        <source>Use the preset for {country}</source>
        <translation>{country} 기본값 사용</translation>
    </message>
    <message>
        <source>Add closure</source>
        <translation>휴무일 추가</translation>
    </message>
    <message>
        <source>Remove closure</source>
        <translation>휴무일 삭제</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>회의 추가</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>회의 삭제</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>금액 구간 추가</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>금액 구간 삭제</translation>
    </message>
    <message>
        <source>Fiscal year ends (MM-DD)</source>
        <translation>회계연도 말(MM-DD)</translation>
    </message>
    <message>
        <source>Budget freeze before it (days)</source>
        <translation>그 전 예산 동결(일수)</translation>
    </message>
    <message>
        <source>Currency of the table</source>
        <translation>규정의 통화</translation>
    </message>
    <message>
        <source>The chosen meeting is held</source>
        <translation>선택한 회의의 개최 주기</translation>
    </message>
    <message>
        <source>No calendar was kept for this account: the preset for {country} is filled in.</source>
        <translation>이 거래처의 달력이 없습니다. {country} 기본값을 채워 두었습니다.</translation>
    </message>
    <message>
        <source>Closure {n}</source>
        <translation>휴무일 {n}</translation>
    </message>
    <message>
        <source>Band {n}: “{text}” is not an amount</source>
        <translation>금액 구간 {n}: &apos;{text}&apos;은(는) 금액이 아닙니다</translation>
    </message>
    <message>
        <source>“{code}” is not an ISO 4217 currency code (e.g. JPY, KRW, SEK, USD).</source>
        <translation>&quot;{code}&quot;은(는) ISO 4217 통화 코드가 아닙니다(예: JPY, KRW, SEK, USD).</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Create deal</source>
        <translation>영업 기회 만들기</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>영업 기회 삭제</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>번들 가져오기</translation>
    </message>
    <message>
        <source>Import from a CRM</source>
        <translation>CRM에서 가져오기</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Change the account calendar</source>
        <translation>거래처 달력 변경</translation>
    </message>
    <message>
        <source>Mend the plan after the team&apos;s changes</source>
        <translation>팀 변경 후 계획 복구</translation>
    </message>
    <message>
        <source>Decide a conflict: keep mine</source>
        <translation>충돌 해결: 내 값 유지</translation>
    </message>
    <message>
        <source>Decide a conflict: keep theirs</source>
        <translation>충돌 해결: 상대 값 유지</translation>
    </message>
    <message>
        <source>Undo: {action}</source>
        <translation>실행 취소: {action}</translation>
    </message>
    <message>
        <source>Redo: {action}</source>
        <translation>다시 실행: {action}</translation>
    </message>
    <message>
        <source>Reorder the plan</source>
        <translation>계획 순서 변경</translation>
    </message>
    <message>
        <source>Reorder the stakeholders</source>
        <translation>이해관계자 순서 변경</translation>
    </message>
    <message>
        <source>Reorder the risks</source>
        <translation>위험 순서 변경</translation>
    </message>
    <message>
        <source>Reorder the approval route</source>
        <translation>결재 라인 순서 변경</translation>
    </message>
    <message>
        <source>Customer PDF, revision {number}</source>
        <translation>고객용 PDF 제{number}판</translation>
    </message>
    <message>
        <source>Decide a conflict</source>
        <translation>충돌 해결</translation>
    </message>
    <message>
        <source>Set {fields}</source>
        <translation>{fields} 변경</translation>
    </message>
    <message>
        <source>{what} and {count} more</source>
        <translation>{what} 외 {count}개</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>{what} 추가</translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation>{what} 삭제</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the fields an action set</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of an action (fields set, steps added …)</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>the account calendar</source>
        <translation>거래처 달력</translation>
    </message>
</context>
<context>
    <name>ApprovalTab</name>
    <message>
        <source>Real final approver (who really decides)</source>
        <translation>실질 결재권자(실제로 결정하는 사람)</translation>
    </message>
    <message>
        <source>Nominal approver</source>
        <translation>명목상 결재권자</translation>
    </message>
    <message>
        <source>Signs the purchase order</source>
        <translation>발주서 서명자</translation>
    </message>
    <message>
        <source>Drafter (writes the approval request)</source>
        <translation>기안자(품의서를 쓰는 사람)</translation>
    </message>
    <message>
        <source>Approval method</source>
        <translation>결재 방식</translation>
    </message>
    <message>
        <source>Board / management resolution needed</source>
        <translation>이사회·경영회의 의결 필요</translation>
    </message>
    <message>
        <source>Drafter has passed an approval of this amount</source>
        <translation>기안자가 이 금액의 품의를 통과시킨 경험</translation>
    </message>
    <message>
        <source>Board-meeting step</source>
        <translation>이사회 업무</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>개최일</translation>
    </message>
    <message>
        <source>Submission deadline</source>
        <translation>안건 자료 제출 기한</translation>
    </message>
    <message>
        <source>Regular meetings</source>
        <translation>정기 회의</translation>
    </message>
    <message>
        <source>The account&apos;s meeting</source>
        <translation>거래처 회의</translation>
    </message>
    <message>
        <source>Extraordinary meeting possible</source>
        <translation>임시 개최 가능 여부</translation>
    </message>
    <message>
        <source>Who approves, who signs, how</source>
        <translation>누가 결재하고, 누가 서명하며, 어떻게 진행하는가</translation>
    </message>
    <message>
        <source>Board meeting</source>
        <translation>이사회</translation>
    </message>
    <message>
        <source>Notes on the approval route</source>
        <translation>결재 경로 메모</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>새 인물…</translation>
    </message>
    <message>
        <source>No board-meeting step in the plan — but a resolution is needed!</source>
        <translation>계획에 이사회가 없습니다 — 의결이 필요합니다!</translation>
    </message>
    <message>
        <source>No board-meeting step in the plan</source>
        <translation>계획에 이사회가 없습니다</translation>
    </message>
    <message>
        <source>The submission deadline is unknown.</source>
        <translation>안건 자료 제출 기한을 모릅니다.</translation>
    </message>
    <message>
        <source>Change approval path</source>
        <translation>결재 경로 변경</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>새 인물</translation>
    </message>
    <message>
        <source>Name of the customer&apos;s person:</source>
        <translation>고객 측 인물의 이름:</translation>
    </message>
    <message>
        <source>Change board meeting</source>
        <translation>이사회 변경</translation>
    </message>
    <message>
        <source>— (none chosen)</source>
        <translation>—(선택 안 함)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Daily</source>
        <translation>일간</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>주간</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>업데이트 전</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>복원 전</translation>
    </message>
    <message>
        <source>Kept (had more deals)</source>
        <translation>보존됨(딜이 더 많음)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Open backup &amp;folder</source>
        <translation>백업 폴더 열기(&amp;F)</translation>
    </message>
    <message>
        <source>closeplan keeps a copy of your database for each of the last 7 days and 4 weeks, checked when it is made. They are in {folder}. Restoring one replaces what is in the database now; the current content is kept as a backup first, so a restore can be undone from this list.</source>
        <translation>closeplan은 최근 7일과 4주 동안의 데이터베이스 사본을 만들 때마다 검사하여 보관합니다. 위치: {folder}. 복원하면 현재 데이터베이스 내용이 바뀝니다. 현재 내용은 먼저 백업으로 보관되므로 이 목록에서 복원을 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>생성 일시</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>딜 수</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Replace the database with the backup taken {when}? Changes made since then will not be in it; what is there now is kept as a backup.</source>
        <translation>데이터베이스를 {when}에 만든 백업으로 바꾸시겠습니까? 그 이후의 변경 사항은 포함되지 않습니다. 현재 내용은 백업으로 보관됩니다.</translation>
    </message>
    <message>
        <source>it is no longer an SQLite database file</source>
        <translation>더 이상 SQLite 데이터베이스 파일이 아닙니다</translation>
    </message>
    <message>
        <source>it is empty (0 bytes)</source>
        <translation>비어 있습니다(0바이트)</translation>
    </message>
    <message>
        <source>it has none of closeplan&apos;s tables</source>
        <translation>closeplan의 테이블이 하나도 없습니다</translation>
    </message>
    <message>
        <source>SQLite&apos;s check found damage in it</source>
        <translation>SQLite 검사에서 손상이 발견되었습니다</translation>
    </message>
    <message>
        <source>SQLite reports it damaged</source>
        <translation>SQLite가 손상을 보고했습니다</translation>
    </message>
    <message>
        <source>The database {database} was damaged ({problem}). closeplan put the newest good backup in its place, taken {when}; changes made after that are not in it. The damaged file was kept, not deleted: {kept}</source>
        <translation>데이터베이스 {database}가 손상되었습니다 ({problem}). closeplan이 가장 최근의 정상 백업({when} 생성)으로 교체했습니다. 그 이후의 변경 사항은 포함되어 있지 않습니다. 손상된 파일은 삭제하지 않고 보관했습니다: {kept}</translation>
    </message>
</context>
<context>
    <name>CadencePicker</name>
    <message>
        <source>How often</source>
        <translation>반복 주기</translation>
    </message>
    <message>
        <source>Which one in the month</source>
        <translation>월 중 몇 번째</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>요일</translation>
    </message>
    <message>
        <source>Regular meetings in words</source>
        <translation>정기 회의 일정(문장)</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Close date pushed</source>
        <translation>계약일 연기</translation>
    </message>
    <message>
        <source>Step slipped</source>
        <translation>업무 지연</translation>
    </message>
    <message>
        <source>New high risk</source>
        <translation>새 높은 위험</translation>
    </message>
    <message>
        <source>+{days} d</source>
        <translation>+{days}일</translation>
    </message>
    <message>
        <source>On</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>AE</source>
        <translation>담당 영업</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>거래처</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>영업 기회</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Step or risk</source>
        <translation>업무 또는 위험</translation>
    </message>
    <message>
        <source>From</source>
        <translation>변경 전</translation>
    </message>
    <message>
        <source>To</source>
        <translation>변경 후</translation>
    </message>
    <message>
        <source>By</source>
        <translation>연기 일수</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>변경자</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>All changes</source>
        <translation>모든 변경</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>시작일(&amp;S)</translation>
    </message>
    <message>
        <source>Nothing changed since that day.</source>
        <translation>그날 이후 변경이 없습니다.</translation>
    </message>
    <message>
        <source>Close dates pushed: {pushed} · steps slipped: {slipped} · new high risks: {risks}</source>
        <translation>계약일 연기: {pushed}건 · 업무 지연: {slipped}건 · 새 높은 위험: {risks}건</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <source>Conflicts with the team: {count}</source>
        <translation>팀과의 충돌: {count}건</translation>
    </message>
    <message>
        <source>the same field was changed here and elsewhere. The team server&apos;s value is in the deal now; choose which one stays.</source>
        <translation>같은 항목이 이 PC와 다른 곳에서 변경되었습니다. 지금은 팀 서버의 값이 들어 있습니다. 남길 값을 선택하세요.</translation>
    </message>
    <message>
        <source>the same field was changed in two places. The team server&apos;s value is in the deal now; {owner} decides which one stays.</source>
        <translation>같은 항목이 두 곳에서 변경되었습니다. 지금은 팀 서버의 값이 들어 있습니다. 어느 값을 남길지는 {owner} 님이 정합니다.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>내 값 유지(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>상대 값 유지(&amp;T)</translation>
    </message>
    <message>
        <source>Keep this laptop&apos;s value; it is sent with the next sync</source>
        <translation>이 PC의 값을 유지합니다. 다음 동기화 때 전송됩니다</translation>
    </message>
    <message>
        <source>Keep the team server&apos;s value (it is in the deal already)</source>
        <translation>팀 서버의 값을 유지합니다(이미 영업 기회에 들어 있습니다)</translation>
    </message>
    <message>
        <source>Only the team server&apos;s side can be kept here: the item was added or deleted on one side. Change it again by hand if your side is needed.</source>
        <translation>여기서는 팀 서버 쪽 값만 남길 수 있습니다. 항목이 한쪽에서 추가되거나 삭제되었습니다. 내 쪽이 필요하면 직접 다시 변경하세요.</translation>
    </message>
    <message>
        <source>{count} more follow as these are decided.</source>
        <translation>이 항목들을 해결하면 나머지 {count}건이 표시됩니다.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>내 값</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>상대 값</translation>
    </message>
    <message>
        <source>Sent later</source>
        <translation>나중에 전송</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>서버의 값</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team server</source>
        <translation>팀 서버에 연결</translation>
    </message>
    <message>
        <source>closeplan syncs this database with your team&apos;s PostgreSQL server: it sends your changes and fetches the team&apos;s. Work done offline waits and is sent at the next sync.</source>
        <translation>closeplan은 이 데이터베이스를 팀의 PostgreSQL 서버와 동기화합니다. 내 변경 사항을 보내고 팀의 변경 사항을 받아 옵니다. 오프라인에서 한 작업은 대기했다가 다음 동기화 때 전송됩니다.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>서버(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>For an encrypted connection that checks the server&apos;s certificate, add {option}.</source>
        <translation>서버 인증서를 확인하는 암호화 연결을 사용하려면 URL 끝에 {option}을(를) 붙이세요.</translation>
    </message>
    <message>
        <source>empty: the one in the keyring, PGPASSWORD or ~/.pgpass</source>
        <translation>비워 두면: 키링, PGPASSWORD 또는 ~/.pgpass의 비밀번호 사용</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in a file. The first sync sends the deals of this database to the server, owned by you.</source>
        <translation>비밀번호는 시스템 키링에 보관되며 파일에는 저장되지 않습니다. 첫 동기화 때 이 데이터베이스의 영업 기회가 내 소유로 서버에 전송됩니다.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>매니저</translation>
    </message>
    <message>
        <source>AE</source>
        <translation>담당 영업</translation>
    </message>
    <message>
        <source>Connected as {login} ({role}, team {team}): the server is ready.</source>
        <translation>{login}(으)로 연결했습니다({role}, 팀 {team}). 서버를 사용할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>CrmImportDialog</name>
    <message>
        <source>(ignore this column)</source>
        <translation>(이 열은 사용 안 함)</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM ID</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>영업 기회 이름</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>거래처</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>마감일</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당 영업</translation>
    </message>
    <message>
        <source>Import from a CRM export</source>
        <translation>CRM 내보내기 파일에서 가져오기</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <source>Currency when none is given</source>
        <translation>통화가 없을 때의 통화</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>열 대응</translation>
    </message>
    <message>
        <source>The file has no account column. &amp;Account of every deal (or leave it empty: each deal&apos;s account is left to fill in):</source>
        <translation>파일에 거래처 열이 없습니다. 모든 영업 기회의 거래처(&amp;A)(비워 두면 각 영업 기회의 거래처는 나중에 입력):</translation>
    </message>
    <message>
        <source>Import the good rows and leave out the rejected ones</source>
        <translation>문제없는 행만 가져오고 오류 행은 제외</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>No file chosen: Salesforce or HubSpot export, .csv or .xlsx</source>
        <translation>선택한 파일 없음: Salesforce 또는 HubSpot 내보내기 파일(.csv 또는 .xlsx)</translation>
    </message>
    <message>
        <source>CRM exports (*.csv *.xlsx);;All files (*)</source>
        <translation>CRM 내보내기 파일 (*.csv *.xlsx);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>New: {added} · updated: {updated} · unchanged: {unchanged} · rejected: {rejected}</source>
        <translation>새로 만듦 {added}건 · 갱신 {updated}건 · 변경 없음 {unchanged}건 · 오류 {rejected}건</translation>
    </message>
    <message>
        <source>Import from a CRM</source>
        <translation>CRM에서 가져오기</translation>
    </message>
</context>
<context>
    <name>CrmPreviewModel</name>
    <message>
        <source>the file has no account column: the account is left to fill in</source>
        <translation>파일에 거래처 열이 없습니다: 거래처는 나중에 입력합니다</translation>
    </message>
    <message>
        <source>the deal name is empty</source>
        <translation>영업 기회 이름이 비어 있습니다</translation>
    </message>
    <message>
        <source>the account is empty</source>
        <translation>거래처가 비어 있습니다</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>금액이 비어 있습니다</translation>
    </message>
    <message>
        <source>amount: “{value}” is not an amount (use digits, e.g. 48,000,000 or ¥48,000,000)</source>
        <translation>금액: “{value}”은(는) 금액이 아닙니다 (48,000,000 또는 ¥48,000,000처럼 숫자로)</translation>
    </message>
    <message>
        <source>currency: “{currency}” is not an ISO 4217 code</source>
        <translation>통화: “{currency}”은(는) ISO 4217 코드가 아닙니다</translation>
    </message>
    <message>
        <source>the amount is in {amount} but the currency column says {currency}</source>
        <translation>금액은 {amount}인데 통화 열은 {currency}입니다</translation>
    </message>
    <message>
        <source>no currency given: {currency}, as every other amount in the file</source>
        <translation>통화 없음: 파일의 다른 모든 금액과 같은 {currency}</translation>
    </message>
    <message>
        <source>no currency given: {currency} assumed</source>
        <translation>통화 없음: {currency}(으)로 간주</translation>
    </message>
    <message>
        <source>the amount has no currency: choose a default currency above</source>
        <translation>금액에 통화가 없습니다: 위에서 기본 통화를 선택하세요</translation>
    </message>
    <message>
        <source>the close date is empty</source>
        <translation>계약 예정일이 비어 있습니다</translation>
    </message>
    <message>
        <source>close date: “{value}” is not a date (use e.g. 2026-12-18, 2026/12/18 or 18.12.2026)</source>
        <translation>계약 예정일: “{value}”은(는) 날짜가 아닙니다 (2026-12-18, 2026/12/18, 18.12.2026 등의 형식으로)</translation>
    </message>
    <message>
        <source>close date: “{value}” is outside the years closeplan plans in</source>
        <translation>계약 예정일: “{value}”은(는) closeplan이 계획하는 연도 범위 밖입니다</translation>
    </message>
    <message>
        <source>{field}: too long, or with a character a deal cannot hold</source>
        <translation>{field}: 너무 길거나 저장할 수 없는 문자가 있습니다</translation>
    </message>
    <message>
        <source>the same opportunity as line {line}</source>
        <translation>{line}행과 같은 영업 기회입니다</translation>
    </message>
    <message>
        <source>stage “{stage}” not recognised: kept as it is, or Evaluation</source>
        <translation>단계 “{stage}”을(를) 알 수 없음: 그대로 두거나 평가 단계로</translation>
    </message>
    <message>
        <source>new</source>
        <translation>새로 만듦</translation>
    </message>
    <message>
        <source>update</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>처리 내용</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>거래처</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>영업 기회</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>마감일</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당 영업</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
</context>
<context>
    <name>DateCellEdit</name>
    <message>
        <source>Pick a day from a calendar (Alt+Down)</source>
        <translation>달력에서 날짜 선택 (Alt+↓)</translation>
    </message>
    <message>
        <source>“{text}” is not a day. Type it as {example}, or as +3d, +2w, fri or today (Esc: keep the date).</source>
        <translation>“{text}”은(는) 날짜가 아닙니다. {example} 형식이나 +3d, +2w, 금, 오늘 처럼 입력하세요 (Esc: 날짜 유지).</translation>
    </message>
</context>
<context>
    <name>DealEditor</name>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Approval path</source>
        <translation>결재 경로</translation>
    </message>
    <message>
        <source>Approval route</source>
        <translation>결재 라인</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>이해관계자</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>위험</translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>&amp;Retry saving</source>
        <translation>다시 저장(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;copy to a file…</source>
        <translation>파일로 사본 저장(&amp;C)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved: {reason}.&lt;/b&gt; {count} change is kept on screen and will be saved when you retry; nothing is lost while the app stays open.</source>
        <translation>&lt;b&gt;저장되지 않음: {reason}.&lt;/b&gt; 변경 {count}건은 화면에 유지되며 다시 시도하면 저장됩니다. 앱이 열려 있는 동안 아무것도 잃지 않습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved: {reason}.&lt;/b&gt; {count} changes are kept on screen and will be saved when you retry; nothing is lost while the app stays open.</source>
        <translation>&lt;b&gt;저장되지 않음: {reason}.&lt;/b&gt; 변경 {count}건은 화면에 유지되며 다시 시도하면 저장됩니다. 앱이 열려 있는 동안 아무것도 잃지 않습니다.</translation>
    </message>
    <message>
        <source>slip: {days} d</source>
        <translation>지연 {days}일</translation>
    </message>
    <message>
        <source>target close &lt;b&gt;{target}&lt;/b&gt; · projected {projected}</source>
        <translation>목표 계약일 &lt;b&gt;{target}&lt;/b&gt; · 예상 {projected}</translation>
    </message>
    <message>
        <source>risk {level} (flags: {count})</source>
        <translation>위험도 {level}(신호 {count}건)</translation>
    </message>
    <message>
        <source>Change calendar of {account}</source>
        <translation>{account}의 달력 변경</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>저장되지 않았습니다: {reason}</translation>
    </message>
    <message>
        <source>{owner}&apos;s deal — read only (team server)</source>
        <translation>{owner} 님의 영업 기회 — 읽기 전용(팀 서버)</translation>
    </message>
    <message>
        <source>You can read and export it; to change it, ask {owner} to share it for editing.</source>
        <translation>읽기와 내보내기는 할 수 있습니다. 변경하려면 {owner} 님에게 편집용 공유를 요청하세요.</translation>
    </message>
</context>
<context>
    <name>DealPage</name>
    <message>
        <source>The customer and the deal</source>
        <translation>고객과 영업 기회</translation>
    </message>
    <message>
        <source>Who is buying what, for how much.</source>
        <translation>누가 무엇을 얼마에 구매하는가.</translation>
    </message>
    <message>
        <source>Customer (account)</source>
        <translation>고객(거래처)</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>영업 기회 이름</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Country (business days)</source>
        <translation>국가(영업일 달력)</translation>
    </message>
    <message>
        <source>Customer language</source>
        <translation>고객 언어</translation>
    </message>
    <message>
        <source>Owner (AE)</source>
        <translation>담당 영업(AE)</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>당사명</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>e.g. 48000000</source>
        <translation>예: 48000000</translation>
    </message>
    <message>
        <source>your company, as the customer knows it</source>
        <translation>고객이 알고 있는 당사 회사명</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s company.</source>
        <translation>고객사 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter a name for the deal.</source>
        <translation>영업 기회 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>“{code}” is not an ISO 4217 currency code (e.g. JPY, KRW, SEK, USD).</source>
        <translation>&quot;{code}&quot;은(는) ISO 4217 통화 코드가 아닙니다(예: JPY, KRW, SEK, USD).</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: use digits, e.g. 48000000.</source>
        <translation>&quot;{text}&quot;은(는) 금액이 아닙니다. 숫자로 입력하십시오(예: 48000000).</translation>
    </message>
    <message>
        <source>Amount: {problem}.</source>
        <translation>금액: {problem}.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as JP, KR, SE or US.</source>
        <translation>JP, KR, SE, US 같은 두 글자 국가 코드를 사용하십시오.</translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <source>+{days} d</source>
        <translation>+{days}일</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>영업 기회</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>거래처</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Target close</source>
        <translation>목표 계약일</translation>
    </message>
    <message>
        <source>Projected close</source>
        <translation>예상 계약일</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>지연</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>위험도</translation>
    </message>
    <message>
        <source>Next customer step</source>
        <translation>고객 측 다음 업무</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당 영업</translation>
    </message>
    <message>
        <source>Conflicts with the team: {count} (open the deal to decide)</source>
        <translation>팀과의 충돌: {count}건(영업 기회를 열어 해결)</translation>
    </message>
    <message>
        <source>No risk flags</source>
        <translation>위험 신호 없음</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>the deal is no longer in the database</source>
        <translation>이 딜은 더 이상 데이터베이스에 없습니다</translation>
    </message>
    <message>
        <source>The backup could not be used: {reason}</source>
        <translation>백업을 사용할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>아무것도 변경되지 않았습니다: {reason}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크 공간이 부족합니다</translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation>데이터베이스 파일이 읽기 전용입니다</translation>
    </message>
    <message>
        <source>another program is holding the database</source>
        <translation>다른 프로그램이 데이터베이스를 사용 중입니다</translation>
    </message>
    <message>
        <source>the disk could not be written (it may be full or disconnected)</source>
        <translation>디스크에 쓸 수 없습니다 (용량이 부족하거나 연결이 끊겼을 수 있습니다)</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>데이터베이스 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>This deal is {owner}&apos;s on the team server: you can read it, not change it.</source>
        <translation>이 영업 기회는 팀 서버에서 {owner}님의 것입니다: 읽을 수는 있지만 변경할 수는 없습니다.</translation>
    </message>
    <message>
        <source>the database refused the change</source>
        <translation>데이터베이스가 변경을 거부했습니다</translation>
    </message>
    <message>
        <source>{reason} ({file})</source>
        <translation>{reason} ({file})</translation>
    </message>
    <message>
        <source>the whole deal</source>
        <translation>영업 기회 전체</translation>
    </message>
    <message>
        <source>Undo of “{action}” left these as they are, because they were changed since (for example by an import): {fields}.</source>
        <translation>“{action}” 실행 취소에서 그 뒤에 다른 변경(가져오기 등)이 있었던 다음 항목은 되돌리지 않았습니다: {fields}.</translation>
    </message>
    <message>
        <source>Redo of “{action}” left these as they are, because they were changed since (for example by an import): {fields}.</source>
        <translation>“{action}” 다시 실행에서 그 뒤에 다른 변경(가져오기 등)이 있었던 다음 항목은 바꾸지 않았습니다: {fields}.</translation>
    </message>
</context>
<context>
    <name>EditorTab</name>
    <message>
        <source>Unknown</source>
        <translation>모름</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <source>No deals yet</source>
        <translation>아직 영업 기회가 없습니다</translation>
    </message>
    <message>
        <source>Start a mutual close plan for a deal, or open the demo to see four real plans:&lt;br&gt;a Japanese ringi (稟議) with a board meeting, a Korean 품의/결재,&lt;br&gt;a Swedish styrelsebeslut and an English e-approval.</source>
        <translation>영업 기회의 상호 계약 계획을 만들거나, 데모에서 실제 계획 네 가지를 보십시오:&lt;br&gt;이사회 부의가 있는 일본의 稟議, 한국의 품의/결재,&lt;br&gt;스웨덴의 styrelsebeslut, 영어권의 전자 결재.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>데모 열기</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>새 영업 기회</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The computer ran out of memory while closeplan was working.</source>
        <translation>closeplan이 작업하는 동안 컴퓨터 메모리가 부족했습니다.</translation>
    </message>
    <message>
        <source>closeplan could not read or write the file {file}.</source>
        <translation>closeplan이 파일 {file}을(를) 읽거나 쓰지 못했습니다.</translation>
    </message>
    <message>
        <source>closeplan could not read or write a file.</source>
        <translation>closeplan이 파일을 읽거나 쓰지 못했습니다.</translation>
    </message>
    <message>
        <source>closeplan ran into a problem it did not expect and stopped what it was doing.</source>
        <translation>closeplan에 예상하지 못한 문제가 생겨 진행 중이던 작업을 멈췄습니다.</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved work is safe.</source>
        <translation>문제가 발생했습니다. 저장된 작업은 안전합니다.</translation>
    </message>
    <message>
        <source>The app keeps running. The details were written to the log in {folder}.</source>
        <translation>앱은 계속 사용할 수 있습니다. 자세한 내용은 로그({folder})에 기록했습니다.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>데이터베이스를 열 수 없습니다.</translation>
    </message>
    <message>
        <source>The changes you made meanwhile could not be saved to a file either.</source>
        <translation>그동안 변경한 내용은 파일에도 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>The changes you made meanwhile were saved to {file}; import it once the database opens.</source>
        <translation>그동안 변경한 내용은 {file}에 저장했습니다. 데이터베이스가 열리면 이 파일을 가져오세요.</translation>
    </message>
    <message>
        <source>Another program is using {file} right now. Close it, or wait until it has finished, and start closeplan again. Nothing was changed.</source>
        <translation>다른 프로그램이 지금 {file}을(를) 사용 중입니다. 그 프로그램을 닫거나 끝날 때까지 기다린 뒤 closeplan을 다시 시작하세요. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>{file} or its folder cannot be written to. Nothing was changed.</source>
        <translation>{file} 또는 그 폴더에 쓸 수 없습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The disk could not read or write {file}. Check the drive and start closeplan again. Nothing was changed.</source>
        <translation>디스크가 {file}을(를) 읽거나 쓰지 못했습니다. 드라이브를 확인하고 closeplan을 다시 시작하세요. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it may have been moved, or be on a drive that is not connected. Nothing was changed.</source>
        <translation>{file}을(를) 열 수 없습니다. 이동되었거나 연결되지 않은 드라이브에 있을 수 있습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>{file} is not a closeplan database. It was not changed.</source>
        <translation>{file}은(는) closeplan 데이터베이스가 아닙니다. 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer closeplan. Update closeplan to open it.</source>
        <translation>{file}은(는) 더 새로운 closeplan으로 저장되었습니다. 열려면 closeplan을 업데이트하세요.</translation>
    </message>
    <message>
        <source>{file} is damaged and no good backup of it was found. It was not changed; the details below say what is wrong.</source>
        <translation>{file}이(가) 손상되었고 사용할 수 있는 백업을 찾지 못했습니다. 파일은 변경되지 않았습니다. 무엇이 문제인지는 아래 세부 정보에 있습니다.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF 내보내기</translation>
    </message>
    <message>
        <source>Close plan for the customer</source>
        <translation>고객용 계약 계획서</translation>
    </message>
    <message>
        <source>Internal review (never send to the customer)</source>
        <translation>내부 검토(고객에게 보내지 말 것)</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>문서(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>문서 언어(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;ustomer logo</source>
        <translation>고객 로고(&amp;U)</translation>
    </message>
    <message>
        <source>The logo of {account} on the cover, remembered for this account.</source>
        <translation>표지에 넣을 {account}의 로고. 이 고객사에 대해 기억됩니다.</translation>
    </message>
    <message>
        <source>The logo could not be saved: {reason}</source>
        <translation>로고를 저장할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Vendor logo: set in Preferences</source>
        <translation>자사 로고: 환경 설정에서 지정됨</translation>
    </message>
    <message>
        <source>Vendor logo: none (set it in Preferences)</source>
        <translation>자사 로고: 없음(환경 설정에서 지정)</translation>
    </message>
    <message>
        <source>Pages: {count}</source>
        <translation>{count}페이지</translation>
    </message>
    <message>
        <source>INTERNAL: forecast, risks, notes — do not send to the customer</source>
        <translation>대외비: 전망·위험·메모 포함 — 고객에게 보내지 말 것</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF 저장</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>account</source>
        <translation>거래처</translation>
    </message>
    <message>
        <source>our company</source>
        <translation>당사명</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>target close</source>
        <translation>목표 계약일</translation>
    </message>
    <message>
        <source>project start</source>
        <translation>프로젝트 시작일</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>customer language</source>
        <translation>고객 언어</translation>
    </message>
    <message>
        <source>business issue</source>
        <translation>경영 과제</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>solution</source>
        <translation>해결책</translation>
    </message>
    <message>
        <source>benefit</source>
        <translation>효과</translation>
    </message>
    <message>
        <source>internal notes</source>
        <translation>내부 메모</translation>
    </message>
    <message>
        <source>plan agreement</source>
        <translation>계획 합의</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM ID</translation>
    </message>
    <message>
        <source>title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>side</source>
        <translation>담당 측</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>completed date</source>
        <translation>완료일</translation>
    </message>
    <message>
        <source>customer visibility</source>
        <translation>고객 공개 여부</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>내부 메모</translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation>선행 업무</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>승인자</translation>
    </message>
    <message>
        <source>approval method</source>
        <translation>승인 방식</translation>
    </message>
    <message>
        <source>meeting date</source>
        <translation>회의일</translation>
    </message>
    <message>
        <source>submission deadline</source>
        <translation>제출 기한</translation>
    </message>
    <message>
        <source>regular meetings</source>
        <translation>정기 회의</translation>
    </message>
    <message>
        <source>extraordinary meeting</source>
        <translation>임시 회의</translation>
    </message>
    <message>
        <source>agreed date</source>
        <translation>합의일</translation>
    </message>
    <message>
        <source>last change</source>
        <translation>마지막 변경</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>influence</source>
        <translation>영향력</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>직급</translation>
    </message>
    <message>
        <source>attitude</source>
        <translation>태도</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>가능성</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>영향</translation>
    </message>
    <message>
        <source>mitigation</source>
        <translation>대응책</translation>
    </message>
    <message>
        <source>role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>person</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>position</source>
        <translation>직책</translation>
    </message>
    <message>
        <source>method</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>영업일 수</translation>
    </message>
    <message>
        <source>days away</source>
        <translation>부재 일수</translation>
    </message>
    <message>
        <source>real final approver</source>
        <translation>실질적 최종 결재권자</translation>
    </message>
    <message>
        <source>nominal approver</source>
        <translation>명목상 결재권자</translation>
    </message>
    <message>
        <source>PO signer</source>
        <translation>발주서 서명자</translation>
    </message>
    <message>
        <source>drafter</source>
        <translation>기안자</translation>
    </message>
    <message>
        <source>board resolution needed</source>
        <translation>이사회 결의 필요 여부</translation>
    </message>
    <message>
        <source>drafter&apos;s experience with this amount</source>
        <translation>기안자의 이 금액 경험</translation>
    </message>
    <message>
        <source>drafter&apos;s usual limit</source>
        <translation>기안자의 통상 한도</translation>
    </message>
    <message>
        <source>route start</source>
        <translation>기안일</translation>
    </message>
    <message>
        <source>what the route must pass before</source>
        <translation>결재가 끝나야 하는 업무</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>확인 여부</translation>
    </message>
    <message>
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>결정권</translation>
    </message>
    <message>
        <source>need</source>
        <translation>니즈</translation>
    </message>
    <message>
        <source>timeframe</source>
        <translation>시기</translation>
    </message>
    <message>
        <source>step</source>
        <translation>업무</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>이해관계자</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>위험</translation>
    </message>
    <message>
        <source>route desk</source>
        <translation>결재 라인의 결재자</translation>
    </message>
    <message>
        <source>BANT {item}: {field}</source>
        <translation>BANT {item}: {field}</translation>
    </message>
    <message>
        <source>the deal</source>
        <translation>영업 기회</translation>
    </message>
    <message>
        <source>{entity} “{name}”</source>
        <translation>{entity} “{name}”</translation>
    </message>
    <message>
        <source>{field} of {thing}</source>
        <translation>{thing}의 {field}</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>the stakeholders</source>
        <translation>이해관계자</translation>
    </message>
    <message>
        <source>the risks</source>
        <translation>위험</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>All stages</source>
        <translation>모든 단계</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>모든 위험도</translation>
    </message>
    <message>
        <source>Risk: {level}</source>
        <translation>위험도: {level}</translation>
    </message>
</context>
<context>
    <name>FlagModel</name>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>변경자</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>변경 전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>변경 후</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>edited</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>명령줄</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>created</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>bundle import</source>
        <translation>번들 가져오기</translation>
    </message>
    <message>
        <source>CRM import</source>
        <translation>CRM 가져오기</translation>
    </message>
    <message>
        <source>customer PDF issued</source>
        <translation>고객용 PDF 발행</translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>account calendar</source>
        <translation>거래처 달력</translation>
    </message>
    <message>
        <source>team server</source>
        <translation>팀 서버</translation>
    </message>
    <message>
        <source>first sync</source>
        <translation>첫 동기화</translation>
    </message>
    <message>
        <source>conflict decided</source>
        <translation>충돌 해결</translation>
    </message>
    <message>
        <source>kept mine</source>
        <translation>내 값 유지</translation>
    </message>
    <message>
        <source>kept theirs</source>
        <translation>상대 값 유지</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Changes of</source>
        <translation>변경 대상</translation>
    </message>
    <message>
        <source>the whole deal</source>
        <translation>영업 기회 전체</translation>
    </message>
    <message>
        <source>Changes: {count}</source>
        <translation>변경 {count}건</translation>
    </message>
    <message>
        <source>the deal was created</source>
        <translation>영업 기회 생성</translation>
    </message>
    <message>
        <source>the deal was deleted</source>
        <translation>영업 기회 삭제</translation>
    </message>
    <message>
        <source>a conflict with the team</source>
        <translation>팀과의 충돌</translation>
    </message>
    <message>
        <source>customer revision {number}</source>
        <translation>고객용 제{number}판</translation>
    </message>
    <message>
        <source>added: {what}</source>
        <translation>추가: {what}</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>삭제: {what}</translation>
    </message>
    <message>
        <source>new order</source>
        <translation>순서 변경</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>added</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기 결과</translation>
    </message>
    <message>
        <source>Nothing was imported: fix these files and import again.</source>
        <translation>아무것도 가져오지 않았습니다. 다음 파일을 고친 뒤 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {skipped} skipped</source>
        <translation>추가 {added}건, 갱신 {updated}건, 건너뜀 {skipped}건</translation>
    </message>
</context>
<context>
    <name>InfluenceGrid</name>
    <message>
        <source>High rank, low influence
(may only rubber-stamp)</source>
        <translation>직급은 높지만 영향력은 낮음
(형식적 승인일 수 있음)</translation>
    </message>
    <message>
        <source>High rank, high influence
(decides)</source>
        <translation>직급도 영향력도 높음
(결정권자)</translation>
    </message>
    <message>
        <source>Low rank, low influence</source>
        <translation>직급도 영향력도 낮음</translation>
    </message>
    <message>
        <source>Low rank, high influence
(the real influence)</source>
        <translation>직급은 낮지만 영향력은 높음
(실질적 영향력)</translation>
    </message>
    <message>
        <source>influence: low → high</source>
        <translation>영향력: 낮음 → 높음</translation>
    </message>
    <message>
        <source>Rank or influence unknown: {names}</source>
        <translation>직급 또는 영향력 모름: {names}</translation>
    </message>
    <message>
        <source>rank: low → high</source>
        <translation>직급: 낮음 → 높음</translation>
    </message>
</context>
<context>
    <name>LogoChooser</name>
    <message>
        <source>“{file}” cannot be read: {reason}</source>
        <translation>“{file}” 파일을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>“{file}” is larger than {limit} MB: choose a smaller image.</source>
        <translation>“{file}” 파일이 {limit}MB보다 큽니다. 더 작은 이미지를 선택하세요.</translation>
    </message>
    <message>
        <source>“{file}” is not a PNG or JPEG image.</source>
        <translation>“{file}” 파일은 PNG 또는 JPEG 이미지가 아닙니다.</translation>
    </message>
    <message>
        <source>“{file}” is {width}×{height} pixels: a logo can be at most {limit} pixels wide or high.</source>
        <translation>“{file}” 파일은 {width}×{height}픽셀입니다. 로고의 너비와 높이는 최대 {limit}픽셀입니다.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>로고 없음</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>로고 선택</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search deals, accounts, owners, steps…  (Ctrl+F)</source>
        <translation>영업 기회·거래처·담당·업무 검색…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>모든 담당</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Opening the deal…</source>
        <translation>거래를 여는 중…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>새 영업 기회(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>번들 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import from &amp;CRM…</source>
        <translation>CRM에서 가져오기(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export deal as bundle…</source>
        <translation>영업 기회를 번들로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Save plan as &amp;template…</source>
        <translation>계획을 템플릿으로 저장(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Delete deal</source>
        <translation>영업 기회 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Export close plan &amp;PDF…</source>
        <translation>계약 계획서 PDF 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>Export internal &amp;review PDF…</source>
        <translation>내부 검토 PDF 내보내기(&amp;R)…</translation>
    </message>
    <message>
        <source>Export plan as &amp;calendar (.ics)…</source>
        <translation>계획을 캘린더로 내보내기(&amp;C) (.ics)…</translation>
    </message>
    <message>
        <source>Export plan as &amp;spreadsheet…</source>
        <translation>계획을 스프레드시트로 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>백업에서 복원(&amp;B)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>데모 열기(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>Account &amp;calendar and authority table…</source>
        <translation>거래처 달력과 전결 규정(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>계획(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Late-stage &amp;review (manager)…</source>
        <translation>후반 단계 검토(관리자)(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Find deal</source>
        <translation>영업 기회 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>다시 불러오기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>실행 취소(&amp;U): {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Bringing {count} deals up to date for today…</source>
        <translation>오늘 기준으로 {count}건의 거래를 갱신하는 중…</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>다시 실행(&amp;R): {what}</translation>
    </message>
    <message>
        <source>Deals: {total}</source>
        <translation>영업 기회 {total}건</translation>
    </message>
    <message>
        <source>Deals: {shown} of {total}</source>
        <translation>영업 기회 {total}건 중 {shown}건</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(데모)</translation>
    </message>
    <message>
        <source>Save the unsaved changes to a file</source>
        <translation>저장되지 않은 변경 사항을 파일로 저장</translation>
    </message>
    <message>
        <source>Could not write to {folder}: {error}</source>
        <translation>{folder}에 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Wrote {path} — import it (Ctrl+I) once the database can be written again</source>
        <translation>{path}에 저장했습니다. 데이터베이스에 쓸 수 있게 되면 가져오십시오 (Ctrl+I)</translation>
    </message>
    <message>
        <source>{count} change could not be saved to the database.</source>
        <translation>변경 {count}건을 데이터베이스에 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>{count} changes could not be saved to the database.</source>
        <translation>변경 {count}건을 데이터베이스에 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>Deal removed — Redo (Ctrl+Shift+Z) brings it back</source>
        <translation>영업 기회를 삭제했습니다 — 다시 실행(Ctrl+Shift+Z)으로 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <source>Create {name}</source>
        <translation>&quot;{name}&quot; 만들기</translation>
    </message>
    <message>
        <source>Created {account} — {name} (steps: {count})</source>
        <translation>{account} — {name}을(를) 만들었습니다(업무 {count}건)</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>&quot;{name}&quot; 삭제</translation>
    </message>
    <message>
        <source>Deleted {account} — {name}. Undo (Ctrl+Z) brings it back.</source>
        <translation>{account} — {name}을(를) 삭제했습니다. 실행 취소(Ctrl+Z)로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Import deal bundles</source>
        <translation>영업 기회 번들 가져오기</translation>
    </message>
    <message>
        <source>closeplan bundles (*.json);;All files (*)</source>
        <translation>closeplan 번들 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export deal bundle</source>
        <translation>영업 기회 번들 내보내기</translation>
    </message>
    <message>
        <source>Restored {backup}.</source>
        <translation>{backup}을(를) 복원했습니다.</translation>
    </message>
    <message>
        <source>What was there before is kept as {file}.</source>
        <translation>복원 전 내용은 {file}(으)로 보관되어 있습니다.</translation>
    </message>
    <message>
        <source>Folder for the unsaved changes</source>
        <translation>저장되지 않은 변경 사항을 둘 폴더</translation>
    </message>
    <message>
        <source>Save them as bundle files on another disk (import them later with Ctrl+I), or discard them?</source>
        <translation>다른 디스크에 번들 파일로 저장하시겠습니까 (나중에 Ctrl+I로 가져올 수 있습니다), 아니면 버리시겠습니까?</translation>
    </message>
    <message>
        <source>Save to files…</source>
        <translation>파일로 저장…</translation>
    </message>
    <message>
        <source>closeplan bundles (*.json)</source>
        <translation>closeplan 번들 (*.json)</translation>
    </message>
    <message>
        <source>The backup failed: {error}</source>
        <translation>백업에 실패했습니다: {error}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
    <message>
        <source>Save plan as template</source>
        <translation>계획을 템플릿으로 저장</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>템플릿 이름:</translation>
    </message>
    <message>
        <source>{account} plan</source>
        <translation>{account} 계획</translation>
    </message>
    <message>
        <source>Saved template “{name}”</source>
        <translation>템플릿 &quot;{name}&quot;을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Imported from the CRM: new {added}, updated {updated}</source>
        <translation>CRM에서 가져왔습니다: 새로 만듦 {added}건, 갱신 {updated}건</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>캘린더 (*.ics)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 통합 문서 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>계획 내보내기</translation>
    </message>
    <message>
        <source>Connect to &amp;team server…</source>
        <translation>팀 서버에 연결(&amp;T)…</translation>
    </message>
    <message>
        <source>S&amp;ync with team server</source>
        <translation>팀 서버와 동기화(&amp;Y)</translation>
    </message>
    <message>
        <source>Disconnect from team server…</source>
        <translation>팀 서버 연결 해제…</translation>
    </message>
</context>
<context>
    <name>NewDealWizard</name>
    <message>
        <source>New deal</source>
        <translation>새 영업 기회</translation>
    </message>
    <message>
        <source>Not created: {reason}</source>
        <translation>만들지 못했습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>결재권</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>필요성</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>도입 시기</translation>
    </message>
    <message>
        <source>Business issue</source>
        <translation>경영 과제</translation>
    </message>
    <message>
        <source>Change business issue</source>
        <translation>경영 과제 변경</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Change problem</source>
        <translation>문제 변경</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>해결책</translation>
    </message>
    <message>
        <source>Change solution</source>
        <translation>해결책 변경</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>효과</translation>
    </message>
    <message>
        <source>Change benefit</source>
        <translation>효과 변경</translation>
    </message>
    <message>
        <source>Rename deal</source>
        <translation>영업 기회 이름 변경</translation>
    </message>
    <message>
        <source>Change account</source>
        <translation>거래처 변경</translation>
    </message>
    <message>
        <source>Change our company</source>
        <translation>당사명 변경</translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>단계 변경</translation>
    </message>
    <message>
        <source>Change project start</source>
        <translation>프로젝트 착수일 변경</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>담당 변경</translation>
    </message>
    <message>
        <source>Change customer language</source>
        <translation>고객 언어 변경</translation>
    </message>
    <message>
        <source>Change internal notes</source>
        <translation>내부 메모 변경</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>영업 기회</translation>
    </message>
    <message>
        <source>Customer (account)</source>
        <translation>고객(거래처)</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>당사명</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Target close</source>
        <translation>목표 계약일</translation>
    </message>
    <message>
        <source>Project start</source>
        <translation>프로젝트 착수일</translation>
    </message>
    <message>
        <source>Owner (AE)</source>
        <translation>담당 영업(AE)</translation>
    </message>
    <message>
        <source>Country (business days)</source>
        <translation>국가(영업일 달력)</translation>
    </message>
    <message>
        <source>Customer language</source>
        <translation>고객 언어</translation>
    </message>
    <message>
        <source>Plan agreed with the customer on</source>
        <translation>고객과 계획을 합의한 날</translation>
    </message>
    <message>
        <source>Business issue, problem, solution, benefit</source>
        <translation>경영 과제·문제·해결책·효과</translation>
    </message>
    <message>
        <source>Internal notes (never in customer documents)</source>
        <translation>내부 메모(고객용 문서에는 나오지 않음)</translation>
    </message>
    <message>
        <source>e.g. 48000000</source>
        <translation>예: 48000000</translation>
    </message>
    <message>
        <source>e.g. JP</source>
        <translation>예: KR</translation>
    </message>
    <message>
        <source>Change BANT: {item}</source>
        <translation>BANT 변경: {item}</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: use digits, e.g. 48000000 or 86000.00.</source>
        <translation>&quot;{text}&quot;은(는) 금액이 아닙니다. 숫자로 입력하십시오(예: 48000000, 86000.00).</translation>
    </message>
    <message>
        <source>Amount: {problem}.</source>
        <translation>금액: {problem}.</translation>
    </message>
    <message>
        <source>Change amount</source>
        <translation>금액 변경</translation>
    </message>
    <message>
        <source>“{code}” is not an ISO 4217 currency code (e.g. JPY, KRW, SEK, USD).</source>
        <translation>&quot;{code}&quot;은(는) ISO 4217 통화 코드가 아닙니다(예: JPY, KRW, SEK, USD).</translation>
    </message>
    <message>
        <source>Change currency</source>
        <translation>통화 변경</translation>
    </message>
    <message>
        <source>Country: use a two-letter code such as JP, KR, SE or US.</source>
        <translation>국가: JP, KR, SE, US 같은 두 글자 코드를 사용하십시오.</translation>
    </message>
    <message>
        <source>Change country</source>
        <translation>국가 변경</translation>
    </message>
    <message>
        <source>Change target close</source>
        <translation>목표 계약일 변경</translation>
    </message>
    <message>
        <source>Change plan agreement</source>
        <translation>계획 합의 변경</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Drafter (writes the approval request)</source>
        <translation>기안자(품의서 작성자)</translation>
    </message>
    <message>
        <source>Real final approver</source>
        <translation>실질 결재권자(실제로 결정하는 사람)</translation>
    </message>
    <message>
        <source>Nominal approver</source>
        <translation>명목상 결재권자</translation>
    </message>
    <message>
        <source>Signs the purchase order</source>
        <translation>발주서 서명자</translation>
    </message>
    <message>
        <source>The customer&apos;s people</source>
        <translation>고객 측 인물</translation>
    </message>
    <message>
        <source>Who drafts, approves and signs — as far as known. The rest can wait for the editor.</source>
        <translation>누가 기안하고 승인하고 서명하는지 — 아는 범위에서. 나머지는 편집 화면에서 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>직함</translation>
    </message>
    <message>
        <source>e.g. head of IT</source>
        <translation>예: 정보시스템부장</translation>
    </message>
    <message>
        <source>More people: the Stakeholders tab, or type a new name as an owner.</source>
        <translation>다른 인물: 이해관계자 탭에서 추가하거나 담당자로 새 이름을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>PersonDelegate</name>
    <message>
        <source>New person…</source>
        <translation>새 인물…</translation>
    </message>
</context>
<context>
    <name>PersonSide</name>
    <message>
        <source>New person</source>
        <translation>새 인물</translation>
    </message>
    <message>
        <source>Which side is {name} on?</source>
        <translation>{name} 님은 어느 쪽입니까?</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>당사</translation>
    </message>
    <message>
        <source>Not a stakeholder</source>
        <translation>이해관계자 아님</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Close date and plan</source>
        <translation>계약일과 계획</translation>
    </message>
    <message>
        <source>The plan is scheduled backwards from the close date on the customer&apos;s working days.</source>
        <translation>계획은 계약일로부터 고객의 영업일 기준으로 역산해 짭니다.</translation>
    </message>
    <message>
        <source>Target close</source>
        <translation>목표 계약일</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Board cadence</source>
        <translation>이사회 개최 주기</translation>
    </message>
    <message>
        <source>No template (an empty plan)</source>
        <translation>템플릿 없음(빈 계획)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>측</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>업무</translation>
    </message>
    <message>
        <source>An empty plan: add steps in the editor.</source>
        <translation>빈 계획입니다. 편집기에서 업무를 추가하십시오.</translation>
    </message>
    <message>
        <source>The board cadence cannot be used: choose another one.</source>
        <translation>이 이사회 개최 주기는 사용할 수 없습니다. 다른 주기를 선택하세요.</translation>
    </message>
    <message>
        <source>Use {date} as the close date</source>
        <translation>{date}을(를) 계약일로 사용</translation>
    </message>
    <message>
        <source>Steps: {count}</source>
        <translation>업무 {count}건</translation>
    </message>
    <message>
        <source>around the customer&apos;s closures: {names}</source>
        <translation>고객 휴무일을 피했습니다: {names}</translation>
    </message>
    <message>
        <source>board meeting {meeting}, papers by {deadline}</source>
        <translation>이사회 {meeting}, 자료 제출 기한 {deadline}</translation>
    </message>
    <message>
        <source>No board meeting fits before the target close {close}: the latest meeting in time is on {meeting}, whose submission deadline {deadline} has passed.</source>
        <translation>목표 계약일 {close} 전에 맞출 수 있는 이사회가 없습니다. 시간 내 마지막 이사회는 {meeting}이지만 안건 자료 제출 기한 {deadline}이(가) 이미 지났습니다.</translation>
    </message>
    <message>
        <source>The next meeting with a deadline still ahead is on {meeting}; the earliest feasible close is {close}.</source>
        <translation>제출 기한이 아직 남은 다음 이사회는 {meeting}이며, 가장 빠른 가능 계약일은 {close}입니다.</translation>
    </message>
    <message>
        <source>{date} is not a working day in {country}; the plan closes on {close}.</source>
        <translation>{date}은(는) {country}의 영업일이 아니므로 계획의 계약일은 {close}입니다.</translation>
    </message>
    <message>
        <source>No board-meeting cadence is known: the meeting date is where the plan needs it, not a real meeting.</source>
        <translation>이사회 개최 주기를 모릅니다. 개최일은 계획상 필요한 날짜이며 실제 개최일이 아닙니다.</translation>
    </message>
    <message>
        <source>Steps before today: {count}. Mark them done later, or close later: {titles}</source>
        <translation>오늘 이전의 업무: {count}건. 나중에 완료로 표시하거나 계약일을 늦추세요: {titles}</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Add step</source>
        <translation>업무 추가</translation>
    </message>
    <message>
        <source>Insert after</source>
        <translation>뒤에 삽입</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>업무 삭제</translation>
    </message>
    <message>
        <source>Mark done today</source>
        <translation>오늘 완료로 표시</translation>
    </message>
    <message>
        <source>Agree plan with customer</source>
        <translation>고객과 계획 합의</translation>
    </message>
    <message>
        <source>New step below</source>
        <translation>아래에 새 업무</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>열…</translation>
    </message>
    <message>
        <source>Choose the columns shown (or right-click the header)</source>
        <translation>표시할 열 선택(또는 머리글을 오른쪽 클릭)</translation>
    </message>
    <message>
        <source>Steps: {count}</source>
        <translation>업무 {count}건</translation>
    </message>
    <message>
        <source>overdue: {count}</source>
        <translation>기한 초과 {count}건</translation>
    </message>
    <message>
        <source>vague titles: {count}</source>
        <translation>모호한 업무명 {count}건</translation>
    </message>
    <message>
        <source>agreed {date}</source>
        <translation>{date} 합의</translation>
    </message>
    <message>
        <source>later than agreed: {count}</source>
        <translation>합의보다 지연: {count}건</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>기한 변경</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>업무명 변경</translation>
    </message>
    <message>
        <source>Change owner side</source>
        <translation>담당 측 변경</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>담당 변경</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>종류 변경</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <source>Change completed date</source>
        <translation>완료일 변경</translation>
    </message>
    <message>
        <source>Change customer visibility</source>
        <translation>고객 공개 여부 변경</translation>
    </message>
    <message>
        <source>Change dependencies</source>
        <translation>선행 업무 변경</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>업무 편집</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>새 업무</translation>
    </message>
    <message>
        <source>Insert step</source>
        <translation>업무 삽입</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>업무 복제</translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation>업무 완료 처리</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>업무</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>담당 측</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>완료일</translation>
    </message>
    <message>
        <source>Customer sees</source>
        <translation>고객 공개</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>선행 업무</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>예상</translation>
    </message>
    <message>
        <source>Agreed date</source>
        <translation>합의일</translation>
    </message>
    <message>
        <source>{status} — overdue, stalled</source>
        <translation>{status} — 기한 초과·정체</translation>
    </message>
    <message>
        <source>{status} — overdue, at risk</source>
        <translation>{status} — 기한 초과·위험</translation>
    </message>
    <message>
        <source>{status} — overdue</source>
        <translation>{status} — 기한 초과</translation>
    </message>
    <message>
        <source>on plan</source>
        <translation>계획대로</translation>
    </message>
    <message>
        <source>{date} (+{days} d)</source>
        <translation>{date}(+{days}일)</translation>
    </message>
    <message>
        <source>{date} (as agreed)</source>
        <translation>{date} (합의대로)</translation>
    </message>
    <message>
        <source>{date} ({days:+d} d, moved {moves}×)</source>
        <translation>{date} ({days:+d}일, 변경 {moves}회)</translation>
    </message>
    <message>
        <source>Vague title: name the concrete action (e.g. “Board approval”, “PO issued by purchasing”).</source>
        <translation>모호한 업무명입니다. 구체적인 행동을 쓰십시오(예: &quot;이사회 승인&quot;, &quot;구매팀 발주서 발행&quot;).</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>{date}부터 기한 초과</translation>
    </message>
    <message>
        <source>Meeting {meeting}, submission deadline {deadline}, cadence {rule}</source>
        <translation>개최 {meeting}, 자료 제출 기한 {deadline}, 주기 {rule}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>모름</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>기한 초과</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>표시 언어(&amp;L)</translation>
    </message>
    <message>
        <source>Default &amp;currency</source>
        <translation>기본 통화(&amp;C)</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>시스템 기본값({language})</translation>
    </message>
    <message>
        <source>From the locale ({currency})</source>
        <translation>지역 설정에 따름({currency})</translation>
    </message>
    <message>
        <source>Used for amounts given without a currency.</source>
        <translation>통화가 지정되지 않은 금액에 사용합니다.</translation>
    </message>
    <message>
        <source>&amp;Vendor logo</source>
        <translation>자사 로고(&amp;V)</translation>
    </message>
    <message>
        <source>Your company&apos;s logo (PNG or JPEG) on the cover of the customer PDF.</source>
        <translation>고객용 PDF 표지에 넣을 자사 로고(PNG 또는 JPEG).</translation>
    </message>
    <message>
        <source>The logo could not be saved: {reason}</source>
        <translation>로고를 저장할 수 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>must be text</source>
        <translation>텍스트여야 합니다</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} are kept</source>
        <translation>{length}자입니다. 최대 {limit}자까지 저장됩니다</translation>
    </message>
    <message>
        <source>has a control character {character} at position {position}</source>
        <translation>{position}번째 위치에 제어 문자 {character}이(가) 있습니다</translation>
    </message>
    <message>
        <source>has a control character {character} at position {position} (only newline and tab are allowed here)</source>
        <translation>{position}번째 위치에 제어 문자 {character}이(가) 있습니다(줄바꿈과 탭만 사용할 수 있습니다)</translation>
    </message>
    <message>
        <source>has an unpaired surrogate {character} at position {position} (not valid Unicode text)</source>
        <translation>{position}번째 위치에 짝이 없는 서로게이트 {character}이(가) 있습니다(올바른 유니코드 텍스트가 아닙니다)</translation>
    </message>
    <message>
        <source>has {count} {what}; at most {limit} are kept</source>
        <translation>{what}이(가) {count}개 있습니다. 최대 {limit}개까지 저장됩니다</translation>
    </message>
    <message>
        <source>and {count} more problems</source>
        <translation>그 밖에 {count}개의 문제가 있습니다</translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation>날짜여야 합니다</translation>
    </message>
    <message>
        <source>{value} is outside the supported dates ({range})</source>
        <translation>{value}은(는) 지원되는 날짜 범위({range})를 벗어났습니다</translation>
    </message>
    <message>
        <source>must be a date and time with a time zone</source>
        <translation>시간대가 포함된 날짜와 시간이어야 합니다</translation>
    </message>
    <message>
        <source>{value} is outside the supported dates ({range}, in UTC)</source>
        <translation>{value}은(는) 지원되는 날짜 범위({range}, UTC 기준)를 벗어났습니다</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>정수여야 합니다</translation>
    </message>
    <message>
        <source>must be from {low} to {high}</source>
        <translation>{low}에서 {high} 사이여야 합니다</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation>{low}에서 {high} 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <source>must be a whole number of working days from 0 to {high}</source>
        <translation>0에서 {high} 영업일 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to {high}</source>
        <translation>0에서 {high}일 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <source>unknown value {value}</source>
        <translation>알 수 없는 값입니다: {value}</translation>
    </message>
    <message>
        <source>must be a recurrence rule</source>
        <translation>반복 규칙이어야 합니다</translation>
    </message>
    <message>
        <source>a recurrence rule is at most {limit} characters</source>
        <translation>반복 규칙은 최대 {limit}자입니다</translation>
    </message>
    <message>
        <source>not a valid recurrence rule {rule}: {part} is not NAME=VALUE</source>
        <translation>반복 규칙 {rule}이(가) 올바르지 않습니다: {part}이(가) NAME=VALUE 형식이 아닙니다</translation>
    </message>
    <message>
        <source>not a recurrence rule (RRULE needs FREQ=…): {rule}</source>
        <translation>반복 규칙이 아닙니다(RRULE에는 FREQ=…가 필요합니다): {rule}</translation>
    </message>
    <message>
        <source>meetings repeat at most daily: {rule} repeats more often (use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY)</source>
        <translation>회의는 최대 하루에 한 번 반복됩니다: {rule}은(는) 그보다 자주 반복됩니다(FREQ=DAILY, WEEKLY, MONTHLY 또는 YEARLY를 사용하십시오)</translation>
    </message>
    <message>
        <source>the rule&apos;s DTSTART {value} is outside the supported dates ({range})</source>
        <translation>규칙의 DTSTART {value}은(는) 지원되는 날짜 범위({range})를 벗어났습니다</translation>
    </message>
    <message>
        <source>a daily rule has no use for BYSETPOS: {rule}</source>
        <translation>매일 반복 규칙에는 BYSETPOS를 사용할 수 없습니다: {rule}</translation>
    </message>
    <message>
        <source>the rule {rule} has no date between {first} and {last}</source>
        <translation>규칙 {rule}에는 {first}년에서 {last}년 사이의 날짜가 없습니다</translation>
    </message>
    <message>
        <source>not a valid recurrence rule {rule}: {detail}</source>
        <translation>반복 규칙 {rule}이(가) 올바르지 않습니다: {detail}</translation>
    </message>
    <message>
        <source>must be a decimal number</source>
        <translation>십진수여야 합니다</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>유한한 수여야 합니다</translation>
    </message>
    <message>
        <source>must not be negative (got {amount})</source>
        <translation>음수일 수 없습니다(입력값: {amount})</translation>
    </message>
    <message>
        <source>has more than {digits} digits before the decimal point</source>
        <translation>정수 부분이 {digits}자리를 초과합니다</translation>
    </message>
    <message>
        <source>has more than {places} decimal places</source>
        <translation>소수점 이하가 {places}자리를 초과합니다</translation>
    </message>
    <message>
        <source>{currency} amounts have no decimal places; {amount} has some</source>
        <translation>{currency} 금액에는 소수점 이하가 없습니다. {amount}에는 소수점 이하가 있습니다</translation>
    </message>
    <message>
        <source>{currency} has {places} decimal places; {amount} has more</source>
        <translation>{currency}의 소수점 이하는 {places}자리입니다. {amount}은(는) 그보다 많습니다</translation>
    </message>
    <message>
        <source>unknown currency {currency}</source>
        <translation>알 수 없는 통화입니다: {currency}</translation>
    </message>
    <message>
        <source>unknown currency {currency} (use an ISO 4217 code such as JPY, KRW, SEK, USD)</source>
        <translation>알 수 없는 통화입니다: {currency}(JPY, KRW, SEK, USD 등 ISO 4217 코드를 사용하십시오)</translation>
    </message>
    <message>
        <source>a deal needs a name</source>
        <translation>영업 기회에는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>a deal needs the customer&apos;s account name</source>
        <translation>영업 기회에는 고객 거래처 이름이 필요합니다</translation>
    </message>
    <message>
        <source>use a two-letter ISO 3166 country code such as JP, KR, SE (got {value})</source>
        <translation>JP, KR, SE 등 두 글자 ISO 3166 국가 코드를 사용하십시오(입력값: {value})</translation>
    </message>
    <message>
        <source>must be one of {choices} (got {value})</source>
        <translation>{choices} 중 하나여야 합니다(입력값: {value})</translation>
    </message>
    <message>
        <source>is before the time the deal was created</source>
        <translation>영업 기회가 생성된 시각보다 이전입니다</translation>
    </message>
    <message>
        <source>the id {id} is used twice</source>
        <translation>ID {id}이(가) 중복되었습니다</translation>
    </message>
    <message>
        <source>the id {id} belongs to another deal ({owner}); ids must be new (export the deal again, or give it new ids)</source>
        <translation>ID {id}은(는) 다른 영업 기회({owner})의 것입니다. ID는 새로워야 합니다(영업 기회를 다시 내보내거나 새 ID를 부여하십시오)</translation>
    </message>
    <message>
        <source>a step needs a title</source>
        <translation>업무에는 제목이 필요합니다</translation>
    </message>
    <message>
        <source>a completed date is set but the step is not done</source>
        <translation>완료일이 설정되어 있지만 업무가 완료되지 않았습니다</translation>
    </message>
    <message>
        <source>a done step needs its completed date</source>
        <translation>완료된 업무에는 완료일이 필요합니다</translation>
    </message>
    <message>
        <source>a step cannot depend on itself</source>
        <translation>업무는 자기 자신에 의존할 수 없습니다</translation>
    </message>
    <message>
        <source>no step with id {id} in this plan</source>
        <translation>이 계획에 ID {id}인 업무가 없습니다</translation>
    </message>
    <message>
        <source>step {id} is listed twice</source>
        <translation>업무 {id}이(가) 두 번 지정되었습니다</translation>
    </message>
    <message>
        <source>dependencies form a cycle: {chain}</source>
        <translation>의존 관계가 순환합니다: {chain}</translation>
    </message>
    <message>
        <source>approver and approval method belong to approval steps only</source>
        <translation>승인자와 승인 방법은 승인 업무에만 지정할 수 있습니다</translation>
    </message>
    <message>
        <source>meeting fields belong to board-meeting steps only</source>
        <translation>회의 항목은 이사회 업무에만 지정할 수 있습니다</translation>
    </message>
    <message>
        <source>a board-meeting step is due on its meeting date ({meeting}), not {due}</source>
        <translation>이사회 업무의 기한은 회의일({meeting})이며 {due}이(가) 아닙니다</translation>
    </message>
    <message>
        <source>the submission deadline {deadline} is after its meeting on {meeting}</source>
        <translation>제출 기한 {deadline}이(가) 회의일 {meeting}보다 늦습니다</translation>
    </message>
    <message>
        <source>no step {id} in this deal</source>
        <translation>이 영업 기회에 업무 {id}이(가) 없습니다</translation>
    </message>
    <message>
        <source>no step {id} in this deal (was it deleted?)</source>
        <translation>이 영업 기회에 업무 {id}이(가) 없습니다(삭제되었습니까?)</translation>
    </message>
    <message>
        <source>no route step {id} in this deal (was it removed?)</source>
        <translation>이 영업 기회에 결재자 {id}이(가) 없습니다(삭제되었습니까?)</translation>
    </message>
    <message>
        <source>a stakeholder needs a name</source>
        <translation>이해관계자에게는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>a role is listed twice</source>
        <translation>같은 역할이 두 번 지정되었습니다</translation>
    </message>
    <message>
        <source>no stakeholder with id {id} in this deal</source>
        <translation>이 영업 기회에 ID {id}인 이해관계자가 없습니다</translation>
    </message>
    <message>
        <source>must be a person on the customer&apos;s side</source>
        <translation>고객 측 인물이어야 합니다</translation>
    </message>
    <message>
        <source>unknown approval method</source>
        <translation>알 수 없는 승인 방법입니다</translation>
    </message>
    <message>
        <source>a risk needs a description</source>
        <translation>위험에는 설명이 필요합니다</translation>
    </message>
    <message>
        <source>a calendar belongs to an account name</source>
        <translation>캘린더에는 거래처 이름이 필요합니다</translation>
    </message>
    <message>
        <source>a closure needs a name</source>
        <translation>휴무일에는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>is before the start</source>
        <translation>시작일보다 이전입니다</translation>
    </message>
    <message>
        <source>a meeting needs a name</source>
        <translation>회의에는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>name the level that approves this band (e.g. 部長, CFO)</source>
        <translation>이 금액 구간을 승인하는 직급을 입력하십시오(예: 부장, CFO)</translation>
    </message>
    <message>
        <source>two bands have the same limit</source>
        <translation>두 금액 구간의 한도가 같습니다</translation>
    </message>
    <message>
        <source>is larger than {megabytes} MB: not a bundle</source>
        <translation>{megabytes}MB보다 큽니다. 번들이 아닙니다</translation>
    </message>
    <message>
        <source>cannot be read: {detail}</source>
        <translation>읽을 수 없습니다: {detail}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>파일이 UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>nested more than {levels} levels deep: not a bundle</source>
        <translation>중첩이 {levels}단계를 초과합니다. 번들이 아닙니다</translation>
    </message>
    <message>
        <source>not valid JSON: {detail}</source>
        <translation>올바른 JSON이 아닙니다: {detail}</translation>
    </message>
    <message>
        <source>not readable JSON: {detail}</source>
        <translation>JSON으로 읽을 수 없습니다: {detail}</translation>
    </message>
    <message>
        <source>a bundle is a JSON object</source>
        <translation>번들은 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>must be {format} (got {value}): this is not a closeplan bundle</source>
        <translation>{format}이어야 합니다(실제 값: {value}). closeplan 번들이 아닙니다</translation>
    </message>
    <message>
        <source>must be the whole number {version}, not {type}</source>
        <translation>정수 {version}이어야 합니다({type}이(가) 아님)</translation>
    </message>
    <message>
        <source>is {value}: this bundle was written by a newer closeplan (this one reads version {version})</source>
        <translation>{value}입니다. 이 번들은 더 새로운 closeplan으로 작성되었습니다(이 버전은 버전 {version}을(를) 읽습니다)</translation>
    </message>
    <message>
        <source>must be {version} (got {value})</source>
        <translation>{version}이어야 합니다(실제 값: {value})</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>알 수 없는 항목입니다</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>누락되었습니다</translation>
    </message>
    <message>
        <source>has an invalid value</source>
        <translation>값이 올바르지 않습니다</translation>
    </message>
    <message>
        <source>must be an object, not {type}</source>
        <translation>객체여야 합니다({type}이(가) 아님)</translation>
    </message>
    <message>
        <source>must be a list, not {type}</source>
        <translation>목록이어야 합니다({type}이(가) 아님)</translation>
    </message>
    <message>
        <source>must be text, not {type}</source>
        <translation>텍스트여야 합니다({type}이(가) 아님)</translation>
    </message>
    <message>
        <source>must be true or false, not {type}</source>
        <translation>true 또는 false여야 합니다({type}이(가) 아님)</translation>
    </message>
    <message>
        <source>must be a whole number, not {type}</source>
        <translation>정수여야 합니다({type}이(가) 아님)</translation>
    </message>
    <message>
        <source>is too large a number (at most {limit})</source>
        <translation>수가 너무 큽니다(최대 {limit})</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD, not {value}</source>
        <translation>YYYY-MM-DD 형식의 날짜여야 합니다({value}이(가) 아님)</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time as YYYY-MM-DDTHH:MM:SS+HH:MM, not {value}</source>
        <translation>YYYY-MM-DDTHH:MM:SS+HH:MM 형식의 ISO 8601 날짜와 시간이어야 합니다({value}이(가) 아님)</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time, not {value}</source>
        <translation>ISO 8601 형식의 날짜와 시간이어야 합니다({value}이(가) 아님)</translation>
    </message>
    <message>
        <source>the time zone {zone} is not one: offsets run up to {limit}</source>
        <translation>시간대 {zone}은(는) 존재하지 않습니다. 시차는 최대 {limit}입니다</translation>
    </message>
    <message>
        <source>must be a UUID, not {value}</source>
        <translation>UUID여야 합니다({value}이(가) 아님)</translation>
    </message>
    <message>
        <source>must be a decimal number written as text (e.g. &quot;12000000&quot;), not {type}</source>
        <translation>텍스트로 쓴 십진수여야 합니다(예: &quot;12000000&quot;, {type}이(가) 아님)</translation>
    </message>
    <message>
        <source>must be a decimal number of ASCII digits such as &quot;12000000&quot; or &quot;86000.50&quot;, not {value}</source>
        <translation>&quot;12000000&quot; 또는 &quot;86000.50&quot;처럼 ASCII 숫자로 된 십진수여야 합니다({value}이(가) 아님)</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}</source>
        <translation>{value}은(는) 다음 중 하나가 아닙니다: {choices}</translation>
    </message>
    <message>
        <source>a template is a JSON object</source>
        <translation>템플릿은 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>must be an object of texts per language (en, ja, ko, sv)</source>
        <translation>언어별 텍스트 객체(en, ja, ko, sv)여야 합니다</translation>
    </message>
    <message>
        <source>unknown language {value} (use {choices})</source>
        <translation>알 수 없는 언어입니다: {value}({choices}를 사용하십시오)</translation>
    </message>
    <message>
        <source>needs a text in at least one language</source>
        <translation>하나 이상의 언어로 된 텍스트가 필요합니다</translation>
    </message>
    <message>
        <source>must be {value}</source>
        <translation>{value}이어야 합니다</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>{choices} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits, - or _</source>
        <translation>영문 소문자, 숫자, - 또는 _만 사용할 수 있습니다</translation>
    </message>
    <message>
        <source>must be a two-letter country code or empty</source>
        <translation>두 글자 국가 코드이거나 비어 있어야 합니다</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>비어 있지 않은 목록이어야 합니다</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>객체여야 합니다</translation>
    </message>
    <message>
        <source>must be a short lower-case name (not &apos;close&apos;)</source>
        <translation>짧은 영문 소문자 이름이어야 합니다(&apos;close&apos; 제외)</translation>
    </message>
    <message>
        <source>must be vendor, customer or joint</source>
        <translation>vendor, customer 또는 joint여야 합니다</translation>
    </message>
    <message>
        <source>must be a whole number of working days</source>
        <translation>영업일 수는 정수여야 합니다</translation>
    </message>
    <message>
        <source>only board meetings have a submission lead (0 or more working days)</source>
        <translation>제출 리드 타임은 이사회에만 지정할 수 있습니다(0영업일 이상)</translation>
    </message>
    <message>
        <source>must be a list of step keys</source>
        <translation>업무 키 목록이어야 합니다</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>must be &apos;close&apos; or a step key</source>
        <translation>&apos;close&apos; 또는 업무 키여야 합니다</translation>
    </message>
    <message>
        <source>two steps have the same key</source>
        <translation>두 업무의 키가 같습니다</translation>
    </message>
    <message>
        <source>no step with key {key}</source>
        <translation>키가 {key}인 업무가 없습니다</translation>
    </message>
    <message>
        <source>no other step with key {key}</source>
        <translation>키가 {key}인 다른 업무가 없습니다</translation>
    </message>
    <message>
        <source>relative_to forms a loop: every chain must end at &apos;close&apos;</source>
        <translation>relative_to가 순환합니다. 모든 연결은 &apos;close&apos;에서 끝나야 합니다</translation>
    </message>
    <message>
        <source>depends_on forms a cycle</source>
        <translation>depends_on이 순환합니다</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>업무</translation>
    </message>
    <message>
        <source>people</source>
        <translation>이해관계자</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>위험</translation>
    </message>
    <message>
        <source>desks</source>
        <translation>결재자</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>moves</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>revisions</source>
        <translation>개정</translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation>의존 관계</translation>
    </message>
    <message>
        <source>closures</source>
        <translation>휴무일</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>bands</source>
        <translation>금액 구간</translation>
    </message>
</context>
<context>
    <name>ReviewDashboard</name>
    <message>
        <source>on time</source>
        <translation>지연 없음</translation>
    </message>
    <message>
        <source>1–7 d</source>
        <translation>1~7일</translation>
    </message>
    <message>
        <source>8–30 d</source>
        <translation>8~30일</translation>
    </message>
    <message>
        <source>31–90 d</source>
        <translation>31~90일</translation>
    </message>
    <message>
        <source>&gt; 90 d</source>
        <translation>90일 초과</translation>
    </message>
    <message>
        <source>no risk level</source>
        <translation>위험도 미평가</translation>
    </message>
    <message>
        <source>Risk by amount (in period)</source>
        <translation>위험도별 금액(기간 내)</translation>
    </message>
    <message>
        <source>Deals by AE and risk</source>
        <translation>담당 영업·위험도별 영업 기회</translation>
    </message>
    <message>
        <source>Slip of the projected close</source>
        <translation>예상 계약일 지연</translation>
    </message>
    <message>
        <source>Forecast at risk (in period)</source>
        <translation>위험한 예상 금액(기간 내)</translation>
    </message>
    <message>
        <source>slipping out of the period</source>
        <translation>기간 밖으로 밀림</translation>
    </message>
    <message>
        <source>all in period</source>
        <translation>기간 내 합계</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>외 {count}건</translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>영업 기회 없음</translation>
    </message>
    <message>
        <source>(no AE)</source>
        <translation>(담당 영업 없음)</translation>
    </message>
    <message>
        <source>Slip {bucket}: {count}</source>
        <translation>지연 {bucket}: {count}건</translation>
    </message>
    <message>
        <source>slip {bucket}</source>
        <translation>지연 {bucket}</translation>
    </message>
    <message>
        <source>{currency} slipping out of the period</source>
        <translation>{currency} 기간 밖으로 밀리는 영업 기회</translation>
    </message>
    <message>
        <source>{at_risk} of {total} at risk</source>
        <translation>{total} 중 {at_risk} 위험</translation>
    </message>
    <message>
        <source>{currency} in period</source>
        <translation>{currency} 기간 내</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>{days} d</source>
        <translation>{days}일</translation>
    </message>
    <message>
        <source>synced {date}</source>
        <translation>동기화 {date}</translation>
    </message>
    <message>
        <source>AE</source>
        <translation>담당 영업</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>거래처</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>영업 기회</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Target close</source>
        <translation>목표 계약일</translation>
    </message>
    <message>
        <source>Projected close</source>
        <translation>예상 계약일</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>지연</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>연기 횟수</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>위험도</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Next customer step</source>
        <translation>고객 측 다음 업무</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>미갱신</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>최신성</translation>
    </message>
    <message>
        <source>No risk flags</source>
        <translation>위험 신호 없음</translation>
    </message>
    <message>
        <source>Its owner last synced on {when}</source>
        <translation>담당자의 마지막 동기화: {when}</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>This month</source>
        <translation>이번 달</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>이번 분기</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>다음 분기</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>기간 지정…</translation>
    </message>
    <message>
        <source>closeplan — late-stage review</source>
        <translation>closeplan — 후반 단계 검토</translation>
    </message>
    <message>
        <source>All AEs</source>
        <translation>모든 담당 영업</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>번들 가져오기…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF 내보내기…</translation>
    </message>
    <message>
        <source>Open in the editor</source>
        <translation>편집기에서 열기</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>기간(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;AE</source>
        <translation>담당 영업(&amp;A)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>모두 표시</translation>
    </message>
    <message>
        <source>Late-stage deals</source>
        <translation>후기 단계 영업 기회</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>변경 사항</translation>
    </message>
    <message>
        <source>In period: the deal&apos;s target close or projected close falls between the period&apos;s first and last day. Forecast at risk: the target close is in the period, the projected close after it.</source>
        <translation>기간 내: 영업 기회의 목표 계약일 또는 예상 계약일이 기간의 첫날과 마지막 날 사이에 있는 것. 위험한 예상 금액: 목표 계약일은 기간 내이고 예상 계약일이 그 이후인 것.</translation>
    </message>
    <message>
        <source>Showing: {what}</source>
        <translation>표시 중: {what}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deals: {count}&lt;/b&gt; · {in_period} of them close in the period {start} – {end} (target or projected close): the amounts are theirs</source>
        <translation>&lt;b&gt;영업 기회: {count}건&lt;/b&gt; · 그중 {in_period}건이 기간 {start} – {end}에 계약 예정(목표 또는 예상 계약일): 금액은 그 합계</translation>
    </message>
    <message>
        <source>forecast at risk {amount}</source>
        <translation>위험한 예상 금액 {amount}</translation>
    </message>
    <message>
        <source>Export review PDF</source>
        <translation>검토 PDF 내보내기</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Import deal bundles</source>
        <translation>영업 기회 번들 가져오기</translation>
    </message>
    <message>
        <source>closeplan bundles (*.json);;All files (*)</source>
        <translation>closeplan 번들 (*.json);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>RiskModel</name>
    <message>
        <source>Risk</source>
        <translation>위험 내용</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>가능성</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>영향</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>대응</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <source>Computed flags</source>
        <translation>자동 감지된 위험 신호</translation>
    </message>
    <message>
        <source>Risks entered by hand (internal)</source>
        <translation>직접 입력한 위험(내부용)</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>위험 추가</translation>
    </message>
    <message>
        <source>Remove risk</source>
        <translation>위험 삭제</translation>
    </message>
    <message>
        <source>&lt;b&gt;Risk: {level}&lt;/b&gt; · target close {target} · projected close {projected}</source>
        <translation>&lt;b&gt;위험도: {level}&lt;/b&gt; · 목표 계약일 {target} · 예상 계약일 {projected}</translation>
    </message>
    <message>
        <source>slip: {days} days</source>
        <translation>지연 {days}일</translation>
    </message>
    <message>
        <source>on plan</source>
        <translation>계획대로</translation>
    </message>
    <message>
        <source>Change risk</source>
        <translation>위험 변경</translation>
    </message>
    <message>
        <source>New risk: describe what could stop the deal</source>
        <translation>새 위험: 영업 기회를 멈출 수 있는 요인을 쓰십시오</translation>
    </message>
</context>
<context>
    <name>RouteModel</name>
    <message>
        <source>? (2 assumed)</source>
        <translation>?(2일로 가정)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직책·부서</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>일수</translation>
    </message>
    <message>
        <source>Away (d)</source>
        <translation>부재(일)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Customer sees</source>
        <translation>고객 공개</translation>
    </message>
    <message>
        <source>Expected to pass on {date}</source>
        <translation>{date} 결재 예정</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>모름</translation>
    </message>
</context>
<context>
    <name>RouteTab</name>
    <message>
        <source>No route recorded yet: add the drafter, the reviewers in order, the approvers and the final approver.</source>
        <translation>결재 라인이 아직 없습니다. 기안자, 검토자(순서대로), 승인자, 결재권자를 추가하십시오.</translation>
    </message>
    <message>
        <source>who? (not known)</source>
        <translation>누구?(모름)</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days}일</translation>
    </message>
    <message>
        <source>? d</source>
        <translation>?일</translation>
    </message>
    <message>
        <source>away {days} d</source>
        <translation>부재 {days}일</translation>
    </message>
    <message>
        <source>&amp;Add desk</source>
        <translation>단계 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Remove desk</source>
        <translation>단계 삭제</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>앞으로</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Account calendar &amp;&amp; authority table…</source>
        <translation>거래처 달력과 전결 규정…</translation>
    </message>
    <message>
        <source>Route settings</source>
        <translation>결재 라인 설정</translation>
    </message>
    <message>
        <source>Drafter usually gets through up to</source>
        <translation>기안자가 평소 올리는 금액</translation>
    </message>
    <message>
        <source>Drafter submits on</source>
        <translation>기안일</translation>
    </message>
    <message>
        <source>Must pass before</source>
        <translation>끝나야 하는 업무</translation>
    </message>
    <message>
        <source>This amount needs</source>
        <translation>이 금액의 결재</translation>
    </message>
    <message>
        <source>amount in the deal&apos;s currency; empty: not known</source>
        <translation>영업 기회 통화의 금액(비움: 모름)</translation>
    </message>
    <message>
        <source>Empty: when the plan has the request drafted</source>
        <translation>비움: 계획상 기안이 끝날 때</translation>
    </message>
    <message>
        <source>The purchase order (default)</source>
        <translation>발주서(기본)</translation>
    </message>
    <message>
        <source>Route: {total} working days in all · {left} still to go · passes on &lt;b&gt;{finish}&lt;/b&gt;</source>
        <translation>결재 라인: 전체 {total}영업일 · 남은 {left}영업일 · 완료 예상 &lt;b&gt;{finish}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{desk}: {note}</source>
        <translation>{desk}: {note}</translation>
    </message>
    <message>
        <source>needed by {date} for “{title}”</source>
        <translation>&apos;{title}&apos;에 {date}까지 필요</translation>
    </message>
    <message>
        <source>too late: {needed}</source>
        <translation>늦습니다: {needed}</translation>
    </message>
    <message>
        <source>returned: back to the drafter, every desk again</source>
        <translation>반려: 기안자에게 돌아가 모두 다시 결재</translation>
    </message>
    <message>
        <source>No authority table recorded for {account}</source>
        <translation>{account}의 전결 규정이 없습니다</translation>
    </message>
    <message>
        <source>The authority table is in {table}, the deal in {deal}: not compared</source>
        <translation>전결 규정은 {table}, 영업 기회는 {deal}이므로 비교하지 않습니다</translation>
    </message>
    <message>
        <source>Above every band of the authority table</source>
        <translation>전결 규정의 모든 구간을 넘습니다</translation>
    </message>
    <message>
        <source>up to {limit}</source>
        <translation>{limit}까지</translation>
    </message>
    <message>
        <source>above {limit}</source>
        <translation>{limit} 초과</translation>
    </message>
    <message>
        <source>&lt;b&gt;{level}&lt;/b&gt; ({band}, from the authority table of {account})</source>
        <translation>&lt;b&gt;{level}&lt;/b&gt;({band}, {account}의 전결 규정 기준)</translation>
    </message>
    <message>
        <source>Change route step</source>
        <translation>결재 단계 변경</translation>
    </message>
    <message>
        <source>Add route step</source>
        <translation>결재 단계 추가</translation>
    </message>
    <message>
        <source>Remove route step</source>
        <translation>결재 단계 삭제</translation>
    </message>
    <message>
        <source>Move route step</source>
        <translation>결재 단계 이동</translation>
    </message>
    <message>
        <source>Drafter&apos;s usual limit: “{text}” is not an amount</source>
        <translation>기안자의 평소 한도: &apos;{text}&apos;은(는) 금액이 아닙니다</translation>
    </message>
    <message>
        <source>Change drafter&apos;s usual limit</source>
        <translation>기안자의 평소 한도 변경</translation>
    </message>
    <message>
        <source>Change route start</source>
        <translation>기안일 변경</translation>
    </message>
    <message>
        <source>Change what the route must pass before</source>
        <translation>결재 완료 기한 업무 변경</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>closeplan is already open on {file} in another window. That window was brought to the front.</source>
        <translation>closeplan이 이미 다른 창에서 {file}을(를) 열고 있습니다. 그 창을 앞으로 가져왔습니다.</translation>
    </message>
    <message>
        <source>closeplan is already open on {file} in another window. Switch to that window, or close it and start closeplan again.</source>
        <translation>closeplan이 이미 다른 창에서 {file}을(를) 열고 있습니다. 그 창으로 전환하거나, 그 창을 닫고 closeplan을 다시 시작하십시오.</translation>
    </message>
</context>
<context>
    <name>StakeholderModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>직책</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>영향력</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>직급</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>태도</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Notes (internal)</source>
        <translation>메모(내부용)</translation>
    </message>
</context>
<context>
    <name>StakeholdersTab</name>
    <message>
        <source>Add customer contact</source>
        <translation>고객 측 담당자 추가</translation>
    </message>
    <message>
        <source>Add colleague</source>
        <translation>당사 동료 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Change {field} of {name}</source>
        <translation>{name}의 {field} 변경</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>새 담당자</translation>
    </message>
    <message>
        <source>New colleague</source>
        <translation>새 동료</translation>
    </message>
    <message>
        <source>Add stakeholder</source>
        <translation>이해관계자 추가</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} 삭제</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>The team server {server} refused the login (wrong password, or no such user).</source>
        <translation>팀 서버 {server}이(가) 로그인을 거부했습니다(잘못된 비밀번호 또는 없는 사용자).</translation>
    </message>
    <message>
        <source>No password for the team server {server}: connect again (File → Connect to team server…), or use PGPASSWORD or ~/.pgpass.</source>
        <translation>팀 서버 {server}의 비밀번호가 없습니다. 다시 연결하거나(파일 → 팀 서버에 연결…) PGPASSWORD 또는 ~/.pgpass를 사용하세요.</translation>
    </message>
    <message>
        <source>Nothing answers at {server} (connection refused).</source>
        <translation>{server}에서 응답이 없습니다(연결 거부).</translation>
    </message>
    <message>
        <source>The team server {server} did not answer in time.</source>
        <translation>팀 서버 {server}이(가) 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot reach the team server {server}: {detail}</source>
        <translation>팀 서버 {server}에 연결할 수 없습니다: {detail}</translation>
    </message>
    <message>
        <source>The connection to the team server {server} broke; nothing is lost, the next sync sends it again.</source>
        <translation>팀 서버 {server}와의 연결이 끊어졌습니다. 잃어버린 것은 없으며 다음 동기화 때 다시 보냅니다.</translation>
    </message>
    <message>
        <source>The team server {server} refused: {detail}</source>
        <translation>팀 서버 {server}이(가) 거부했습니다: {detail}</translation>
    </message>
    <message>
        <source>The team server {server} is not set up yet: an admin runs “closeplan server init”.</source>
        <translation>팀 서버 {server}이(가) 아직 설정되지 않았습니다. 관리자가 “closeplan server init”을 실행해야 합니다.</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>연결 안 됨</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>동기화 중…</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>동기화 실패</translation>
    </message>
    <message>
        <source>synced at {time}</source>
        <translation>{time}에 동기화됨</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>아직 동기화 안 됨</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>보낼 변경 1건</translation>
    </message>
    <message>
        <source>{count} changes waiting</source>
        <translation>보낼 변경 {count}건</translation>
    </message>
    <message>
        <source>This database is not synced with a team server: click to connect.</source>
        <translation>이 데이터베이스는 팀 서버와 동기화되지 않습니다. 클릭하면 연결합니다.</translation>
    </message>
    <message>
        <source>Team server: {server}</source>
        <translation>팀 서버: {server}</translation>
    </message>
    <message>
        <source>Last synced: {time}</source>
        <translation>마지막 동기화: {time}</translation>
    </message>
    <message>
        <source>Click to sync now (F9).</source>
        <translation>클릭하면 지금 동기화합니다(F9).</translation>
    </message>
    <message>
        <source>The demo database is not synced with a team server: open your own database to connect it.</source>
        <translation>데모 데이터베이스는 팀 서버와 동기화할 수 없습니다. 연결하려면 내 데이터베이스를 여세요.</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer, so the password was not saved.</source>
        <translation>이 컴퓨터에는 시스템 키링이 없어 비밀번호를 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>The system keyring did not take the password, so it was not saved.</source>
        <translation>시스템 키링이 비밀번호를 받지 않아 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>비밀번호가 저장되지 않음</translation>
    </message>
    <message>
        <source>closeplan uses it until it closes. To sync after that without typing it again, set PGPASSWORD or put the password in ~/.pgpass (PostgreSQL&apos;s own password file).</source>
        <translation>closeplan을 닫을 때까지는 이 비밀번호를 사용합니다. 그 뒤에도 다시 입력하지 않고 동기화하려면 PGPASSWORD를 설정하거나 비밀번호를 ~/.pgpass(PostgreSQL의 비밀번호 파일)에 넣으세요.</translation>
    </message>
    <message>
        <source>A sync is running: disconnect when it is done.</source>
        <translation>동기화 중입니다. 끝난 뒤에 연결을 해제하세요.</translation>
    </message>
    <message>
        <source>Disconnected from the team server; the deals stay in this database.</source>
        <translation>팀 서버와의 연결을 해제했습니다. 영업 기회는 이 데이터베이스에 남습니다.</translation>
    </message>
    <message>
        <source>Stop syncing this database with the team server?</source>
        <translation>이 데이터베이스와 팀 서버의 동기화를 중지할까요?</translation>
    </message>
    <message>
        <source>{count} change has not been sent yet: it stays in this database but is never sent.</source>
        <translation>변경 {count}건이 아직 전송되지 않았습니다: 이 데이터베이스에는 남지만 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>{count} changes have not been sent yet: they stay in this database but are never sent.</source>
        <translation>변경 {count}건이 아직 전송되지 않았습니다: 이 데이터베이스에는 남지만 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>The team server refused {count} change to a deal you may not change.</source>
        <translation>팀 서버가 변경 권한이 없는 영업 기회에 대한 변경 {count}건을 거부했습니다.</translation>
    </message>
    <message>
        <source>The team server refused {count} changes to deals you may not change.</source>
        <translation>팀 서버가 변경 권한이 없는 영업 기회에 대한 변경 {count}건을 거부했습니다.</translation>
    </message>
    <message>
        <source>{count} deal is kept as it is here: the team&apos;s changes to it do not fit together. It is taken as soon as a change makes them fit.</source>
        <translation>영업 기회 {count}건은 이 기기의 내용 그대로입니다: 팀의 변경이 서로 맞지 않습니다. 변경으로 맞게 되면 바로 가져옵니다.</translation>
    </message>
    <message>
        <source>{count} deals are kept as they are here: the team&apos;s changes to them do not fit together. They are taken as soon as a change makes them fit.</source>
        <translation>영업 기회 {count}건은 이 기기의 내용 그대로입니다: 팀의 변경이 서로 맞지 않습니다. 변경으로 맞게 되면 바로 가져옵니다.</translation>
    </message>
    <message>
        <source>Synced: {count} deal mended where the team&apos;s changes did not fit together (see its History).</source>
        <translation>동기화됨: 팀의 변경이 서로 맞지 않던 영업 기회 {count}건을 복구했습니다(이력 참조).</translation>
    </message>
    <message>
        <source>Synced: {count} deals mended where the team&apos;s changes did not fit together (see their History).</source>
        <translation>동기화됨: 팀의 변경이 서로 맞지 않던 영업 기회 {count}건을 복구했습니다(이력 참조).</translation>
    </message>
    <message>
        <source>Synced: {count} conflict to decide (marked in the deal list).</source>
        <translation>동기화됨: 결정할 충돌 {count}건 (영업 기회 목록에 표시).</translation>
    </message>
    <message>
        <source>Synced: {count} conflicts to decide (marked in the deal list).</source>
        <translation>동기화됨: 결정할 충돌 {count}건 (영업 기회 목록에 표시).</translation>
    </message>
    <message>
        <source>Disconnect from team server</source>
        <translation>팀 서버 연결 해제</translation>
    </message>
    <message>
        <source>A sync is running; its outcome shows here when it is done.</source>
        <translation>동기화가 진행 중입니다. 끝나면 결과가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Only a database file can be synced.</source>
        <translation>데이터베이스 파일만 동기화할 수 있습니다.</translation>
    </message>
    <message>
        <source>Offline: {reason}</source>
        <translation>오프라인: {reason}</translation>
    </message>
    <message>
        <source>Not synced: {reason}</source>
        <translation>동기화하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>This conflict was decided already.</source>
        <translation>이 충돌은 이미 해결되었습니다.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>축소(Ctrl+휠)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>확대(Ctrl+휠)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>today {date}</source>
        <translation>오늘 {date}</translation>
    </message>
    <message>
        <source>target close {date}</source>
        <translation>목표 계약일 {date}</translation>
    </message>
    <message>
        <source>projected {date}</source>
        <translation>예상 {date}</translation>
    </message>
    <message>
        <source>Projected {date}</source>
        <translation>예상 {date}</translation>
    </message>
    <message>
        <source>Submission deadline {date} for “{title}”</source>
        <translation>&quot;{title}&quot;의 자료 제출 기한 {date}</translation>
    </message>
    <message>
        <source>step (open)</source>
        <translation>단계(미완료)</translation>
    </message>
    <message>
        <source>milestone: board meeting, PO, signature</source>
        <translation>마일스톤: 이사회, 발주서, 서명</translation>
    </message>
    <message>
        <source>done (filled)</source>
        <translation>완료(채움)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <source>projected date of a late step</source>
        <translation>지연 단계의 예상일</translation>
    </message>
    <message>
        <source>submission deadline</source>
        <translation>자료 제출 기한</translation>
    </message>
    <message>
        <source>agreed date → current date</source>
        <translation>합의일 → 현재 날짜</translation>
    </message>
    <message>
        <source>customer closed</source>
        <translation>고객사 휴무</translation>
    </message>
    <message>
        <source>today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>target close</source>
        <translation>목표 계약일</translation>
    </message>
    <message>
        <source>projected close</source>
        <translation>예상 계약일</translation>
    </message>
    <message>
        <source>Agreed {date} ({days:+d} d since)</source>
        <translation>합의 {date} (이후 {days:+d}일)</translation>
    </message>
</context>
</TS>
