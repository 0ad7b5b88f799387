<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>{where}: “{text}” is not a date ({form})</source>
        <translation>{where}: 「{text}」は日付ではありません({form})</translation>
    </message>
    <message>
        <source>Calendar and authority table — {account}</source>
        <translation>カレンダーと決裁権限表 — {account}</translation>
    </message>
    <message>
        <source>Closures &amp;&amp; fiscal year</source>
        <translation>休業日と会計年度</translation>
    </message>
    <message>
        <source>Governance meetings</source>
        <translation>会議体</translation>
    </message>
    <message>
        <source>Authority table</source>
        <translation>決裁権限表</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>± days</source>
        <translation>前後日数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>開催日</translation>
    </message>
    <message>
        <source>Papers due (working days before)</source>
        <translation>資料提出(何営業日前)</translation>
    </message>
    <message>
        <source>Up to (empty: above the rest)</source>
        <translation>上限金額(空欄: それ以上すべて)</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>決裁者</translation>
    </message>
    <message>
        <source>Days {account} does not work on top of the national holidays of {country}: plans are scheduled around them. Yearly days as MM-DD (12-29 to 01-03 wraps over the new year), one-off closures as YYYY-MM-DD.</source>
        <translation>{country}の祝日に加えて{account}が休業する日です。計画はこれらを避けて組まれます。毎年の休みは MM-DD(12-29〜01-03 は年をまたぎます)、1回限りの休みは YYYY-MM-DD で入力します。</translation>
    </message>
    <message>
        <source>Board, management and investment committee meetings, and how many working days before each meeting its papers are due. New plans for this account use its board meeting.</source>
        <translation>取締役会・経営会議・投資委員会と、それぞれの資料提出が何営業日前かを登録します。この取引先の新しい計画は取締役会の日程を使います。</translation>
    </message>
    <message>
        <source>The customer&apos;s approval-authority table (決裁権限表): which level approves amounts up to each limit. The route tab shows the level this deal&apos;s amount needs.</source>
        <translation>顧客の決裁権限表: 金額の上限ごとに決裁する職位です。稟議ルートのタブに、この商談の金額に必要な職位が表示されます。</translation>
    </message>
    <message>
        <source>Use the preset for {country}</source>
        <translation>{country}の標準を使う</translation>
    </message>
    <message>
        <source>Add closure</source>
        <translation>休業日を追加</translation>
    </message>
    <message>
        <source>Remove closure</source>
        <translation>休業日を削除</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>会議を追加</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>会議を削除</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>金額帯を追加</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>金額帯を削除</translation>
    </message>
    <message>
        <source>Fiscal year ends (MM-DD)</source>
        <translation>決算日(MM-DD)</translation>
    </message>
    <message>
        <source>Budget freeze before it (days)</source>
        <translation>その前の予算凍結(日数)</translation>
    </message>
    <message>
        <source>Currency of the table</source>
        <translation>権限表の通貨</translation>
    </message>
    <message>
        <source>The chosen meeting is held</source>
        <translation>選択した会議の開催日</translation>
    </message>
    <message>
        <source>No calendar was kept for this account: the preset for {country} is filled in.</source>
        <translation>この取引先のカレンダーは未登録です。{country}の標準を入れてあります。</translation>
    </message>
    <message>
        <source>Closure {n}</source>
        <translation>休業日 {n}</translation>
    </message>
    <message>
        <source>Band {n}: “{text}” is not an amount</source>
        <translation>金額帯 {n}: 「{text}」は金額ではありません</translation>
    </message>
    <message>
        <source>“{code}” is not an ISO 4217 currency code (e.g. JPY, KRW, SEK, USD).</source>
        <translation>「{code}」は ISO 4217 の通貨コードではありません(例:JPY、KRW、SEK、USD)。</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Create deal</source>
        <translation>商談を作成</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>商談を削除</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>バンドルを取り込み</translation>
    </message>
    <message>
        <source>Import from a CRM</source>
        <translation>CRM から取り込み</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Change the account calendar</source>
        <translation>取引先のカレンダーを変更</translation>
    </message>
    <message>
        <source>Mend the plan after the team&apos;s changes</source>
        <translation>チームの変更後に計画を修復</translation>
    </message>
    <message>
        <source>Decide a conflict: keep mine</source>
        <translation>競合を解決: 自分の値を残す</translation>
    </message>
    <message>
        <source>Decide a conflict: keep theirs</source>
        <translation>競合を解決: 相手の値を残す</translation>
    </message>
    <message>
        <source>Undo: {action}</source>
        <translation>取り消し:{action}</translation>
    </message>
    <message>
        <source>Redo: {action}</source>
        <translation>やり直し:{action}</translation>
    </message>
    <message>
        <source>Reorder the plan</source>
        <translation>計画の並び替え</translation>
    </message>
    <message>
        <source>Reorder the stakeholders</source>
        <translation>関係者の並び替え</translation>
    </message>
    <message>
        <source>Reorder the risks</source>
        <translation>リスクの並び替え</translation>
    </message>
    <message>
        <source>Reorder the approval route</source>
        <translation>稟議ルートの並び替え</translation>
    </message>
    <message>
        <source>Customer PDF, revision {number}</source>
        <translation>顧客向け PDF 第{number}版</translation>
    </message>
    <message>
        <source>Decide a conflict</source>
        <translation>競合を解決</translation>
    </message>
    <message>
        <source>Set {fields}</source>
        <translation>{fields}を変更</translation>
    </message>
    <message>
        <source>{what} and {count} more</source>
        <translation>{what}ほか{count}件</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>{what}を追加</translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation>{what}を削除</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the fields an action set</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of an action (fields set, steps added …)</comment>
        <translation>/</translation>
    </message>
    <message>
        <source>the account calendar</source>
        <translation>取引先のカレンダー</translation>
    </message>
</context>
<context>
    <name>ApprovalTab</name>
    <message>
        <source>Real final approver (who really decides)</source>
        <translation>実質的な決裁者(本当に決める人)</translation>
    </message>
    <message>
        <source>Nominal approver</source>
        <translation>名目上の決裁者</translation>
    </message>
    <message>
        <source>Signs the purchase order</source>
        <translation>発注書の署名者</translation>
    </message>
    <message>
        <source>Drafter (writes the approval request)</source>
        <translation>起案者(稟議書を書く人)</translation>
    </message>
    <message>
        <source>Approval method</source>
        <translation>承認方法</translation>
    </message>
    <message>
        <source>Board / management resolution needed</source>
        <translation>取締役会・経営会議の決議が必要</translation>
    </message>
    <message>
        <source>Drafter has passed an approval of this amount</source>
        <translation>起案者はこの金額の稟議を通した経験がある</translation>
    </message>
    <message>
        <source>Board-meeting step</source>
        <translation>取締役会のタスク</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>開催日</translation>
    </message>
    <message>
        <source>Submission deadline</source>
        <translation>付議資料の提出期限</translation>
    </message>
    <message>
        <source>Regular meetings</source>
        <translation>定例の開催日</translation>
    </message>
    <message>
        <source>The account&apos;s meeting</source>
        <translation>取引先の会議体</translation>
    </message>
    <message>
        <source>Extraordinary meeting possible</source>
        <translation>臨時開催の可否</translation>
    </message>
    <message>
        <source>Who approves, who signs, how</source>
        <translation>誰が承認し、誰が署名し、どう通すか</translation>
    </message>
    <message>
        <source>Board meeting</source>
        <translation>取締役会</translation>
    </message>
    <message>
        <source>Notes on the approval route</source>
        <translation>承認ルートのメモ</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>新しい人物…</translation>
    </message>
    <message>
        <source>No board-meeting step in the plan — but a resolution is needed!</source>
        <translation>計画に取締役会がありません — 決議が必要です!</translation>
    </message>
    <message>
        <source>No board-meeting step in the plan</source>
        <translation>計画に取締役会はありません</translation>
    </message>
    <message>
        <source>The submission deadline is unknown.</source>
        <translation>付議資料の提出期限が不明です。</translation>
    </message>
    <message>
        <source>Change approval path</source>
        <translation>承認ルートの変更</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新しい人物</translation>
    </message>
    <message>
        <source>Name of the customer&apos;s person:</source>
        <translation>顧客側の人物の名前:</translation>
    </message>
    <message>
        <source>Change board meeting</source>
        <translation>取締役会の変更</translation>
    </message>
    <message>
        <source>— (none chosen)</source>
        <translation>—(未選択)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Daily</source>
        <translation>日次</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>週次</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>更新の前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>復元の前</translation>
    </message>
    <message>
        <source>Kept (had more deals)</source>
        <translation>保持（案件がより多いもの）</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Open backup &amp;folder</source>
        <translation>バックアップのフォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <source>closeplan keeps a copy of your database for each of the last 7 days and 4 weeks, checked when it is made. They are in {folder}. Restoring one replaces what is in the database now; the current content is kept as a backup first, so a restore can be undone from this list.</source>
        <translation>closeplan は直近 7 日分と 4 週分のデータベースのコピーを、作成時に検査したうえで保存しています。保存先: {folder}。復元すると現在のデータベースの内容が置き換わります。現在の内容は先にバックアップとして保存されるため、復元はこの一覧から元に戻せます。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商談数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Replace the database with the backup taken {when}? Changes made since then will not be in it; what is there now is kept as a backup.</source>
        <translation>データベースを {when} のバックアップで置き換えますか？それ以降の変更は含まれません。現在の内容はバックアップとして残ります。</translation>
    </message>
    <message>
        <source>it is no longer an SQLite database file</source>
        <translation>SQLite データベースファイルではなくなっていました</translation>
    </message>
    <message>
        <source>it is empty (0 bytes)</source>
        <translation>中身が空でした(0 バイト)</translation>
    </message>
    <message>
        <source>it has none of closeplan&apos;s tables</source>
        <translation>closeplan のテーブルがありませんでした</translation>
    </message>
    <message>
        <source>SQLite&apos;s check found damage in it</source>
        <translation>SQLite の検査で破損が見つかりました</translation>
    </message>
    <message>
        <source>SQLite reports it damaged</source>
        <translation>SQLite が破損を報告しました</translation>
    </message>
    <message>
        <source>The database {database} was damaged ({problem}). closeplan put the newest good backup in its place, taken {when}; changes made after that are not in it. The damaged file was kept, not deleted: {kept}</source>
        <translation>データベース {database} が破損していました（{problem}）。closeplan は最新の正常なバックアップ（{when} 作成）に置き換えました。それ以降の変更は含まれていません。破損したファイルは削除せずに残してあります: {kept}</translation>
    </message>
</context>
<context>
    <name>CadencePicker</name>
    <message>
        <source>How often</source>
        <translation>頻度</translation>
    </message>
    <message>
        <source>Which one in the month</source>
        <translation>月内の何番目</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>曜日</translation>
    </message>
    <message>
        <source>Regular meetings in words</source>
        <translation>定例の開催日（文章）</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Close date pushed</source>
        <translation>成約日の延期</translation>
    </message>
    <message>
        <source>Step slipped</source>
        <translation>タスクの遅れ</translation>
    </message>
    <message>
        <source>New high risk</source>
        <translation>新たな高リスク</translation>
    </message>
    <message>
        <source>+{days} d</source>
        <translation>+{days}日</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>AE</source>
        <translation>担当営業</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>取引先</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Step or risk</source>
        <translation>タスクまたはリスク</translation>
    </message>
    <message>
        <source>From</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>To</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>By</source>
        <translation>延期日数</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>変更者</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>All changes</source>
        <translation>すべての変更</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>開始日(&amp;S)</translation>
    </message>
    <message>
        <source>Nothing changed since that day.</source>
        <translation>その日以降の変更はありません。</translation>
    </message>
    <message>
        <source>Close dates pushed: {pushed} · steps slipped: {slipped} · new high risks: {risks}</source>
        <translation>成約日の延期: {pushed}件 · タスクの遅れ: {slipped}件 · 新たな高リスク: {risks}件</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>Conflicts with the team: {count}</source>
        <translation>チームとの競合: {count} 件</translation>
    </message>
    <message>
        <source>the same field was changed here and elsewhere. The team server&apos;s value is in the deal now; choose which one stays.</source>
        <translation>同じ項目がこの PC と別の場所で変更されました。現在はチームサーバーの値が入っています。残す値を選んでください。</translation>
    </message>
    <message>
        <source>the same field was changed in two places. The team server&apos;s value is in the deal now; {owner} decides which one stays.</source>
        <translation>同じ項目が 2 か所で変更されました。現在はチームサーバーの値が入っています。どちらを残すかは {owner}さんが決めます。</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>自分の値を残す(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>相手の値を残す(&amp;T)</translation>
    </message>
    <message>
        <source>Keep this laptop&apos;s value; it is sent with the next sync</source>
        <translation>この PC の値を残します。次の同期で送信されます</translation>
    </message>
    <message>
        <source>Keep the team server&apos;s value (it is in the deal already)</source>
        <translation>チームサーバーの値を残します(すでに商談に入っています)</translation>
    </message>
    <message>
        <source>Only the team server&apos;s side can be kept here: the item was added or deleted on one side. Change it again by hand if your side is needed.</source>
        <translation>ここではチームサーバー側の値しか残せません。項目が片方で追加または削除されています。自分の側が必要なら、手で変更し直してください。</translation>
    </message>
    <message>
        <source>{count} more follow as these are decided.</source>
        <translation>これらを解決すると、残りの {count} 件が表示されます。</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>Sent later</source>
        <translation>後から送信</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>サーバー上</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team server</source>
        <translation>チームサーバーに接続</translation>
    </message>
    <message>
        <source>closeplan syncs this database with your team&apos;s PostgreSQL server: it sends your changes and fetches the team&apos;s. Work done offline waits and is sent at the next sync.</source>
        <translation>closeplan はこのデータベースをチームの PostgreSQL サーバーと同期します。自分の変更を送り、チームの変更を受け取ります。オフラインでの作業は保留され、次の同期で送信されます。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>For an encrypted connection that checks the server&apos;s certificate, add {option}.</source>
        <translation>サーバー証明書を確認する暗号化接続にするには、URL の末尾に {option} を付けます。</translation>
    </message>
    <message>
        <source>empty: the one in the keyring, PGPASSWORD or ~/.pgpass</source>
        <translation>空欄: キーリング、PGPASSWORD、~/.pgpass のパスワードを使用</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in a file. The first sync sends the deals of this database to the server, owned by you.</source>
        <translation>パスワードはシステムのキーリングに保存され、ファイルには保存されません。最初の同期で、このデータベースの商談があなたの所有としてサーバーに送信されます。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>マネージャー</translation>
    </message>
    <message>
        <source>AE</source>
        <translation>担当営業</translation>
    </message>
    <message>
        <source>Connected as {login} ({role}, team {team}): the server is ready.</source>
        <translation>{login} として接続しました({role}、チーム {team})。サーバーは利用できます。</translation>
    </message>
</context>
<context>
    <name>CrmImportDialog</name>
    <message>
        <source>(ignore this column)</source>
        <translation>(この列は使わない)</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM の ID</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>商談名</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>取引先</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>完了予定日</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当営業</translation>
    </message>
    <message>
        <source>Import from a CRM export</source>
        <translation>CRM のエクスポートから取り込む</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>Currency when none is given</source>
        <translation>通貨の指定がないときの通貨</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列の対応</translation>
    </message>
    <message>
        <source>The file has no account column. &amp;Account of every deal (or leave it empty: each deal&apos;s account is left to fill in):</source>
        <translation>ファイルに取引先の列がありません。すべての商談の取引先(&amp;A)(空欄なら各商談の取引先は後で入力):</translation>
    </message>
    <message>
        <source>Import the good rows and leave out the rejected ones</source>
        <translation>問題のない行だけを取り込み、エラーの行は除く</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>No file chosen: Salesforce or HubSpot export, .csv or .xlsx</source>
        <translation>ファイル未選択:Salesforce または HubSpot のエクスポート(.csv または .xlsx)</translation>
    </message>
    <message>
        <source>CRM exports (*.csv *.xlsx);;All files (*)</source>
        <translation>CRM のエクスポート (*.csv *.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>New: {added} · updated: {updated} · unchanged: {unchanged} · rejected: {rejected}</source>
        <translation>新規 {added}件 · 更新 {updated}件 · 変更なし {unchanged}件 · エラー {rejected}件</translation>
    </message>
    <message>
        <source>Import from a CRM</source>
        <translation>CRM から取り込む</translation>
    </message>
</context>
<context>
    <name>CrmPreviewModel</name>
    <message>
        <source>the file has no account column: the account is left to fill in</source>
        <translation>ファイルに取引先の列がありません:取引先は後で入力します</translation>
    </message>
    <message>
        <source>the deal name is empty</source>
        <translation>商談名が空です</translation>
    </message>
    <message>
        <source>the account is empty</source>
        <translation>取引先が空です</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>金額が空です</translation>
    </message>
    <message>
        <source>amount: “{value}” is not an amount (use digits, e.g. 48,000,000 or ¥48,000,000)</source>
        <translation>金額:「{value}」は金額ではありません(48,000,000 や ¥48,000,000 のように数字で)</translation>
    </message>
    <message>
        <source>currency: “{currency}” is not an ISO 4217 code</source>
        <translation>通貨:「{currency}」は ISO 4217 の通貨コードではありません</translation>
    </message>
    <message>
        <source>the amount is in {amount} but the currency column says {currency}</source>
        <translation>金額は {amount} ですが、通貨の列は {currency} です</translation>
    </message>
    <message>
        <source>no currency given: {currency}, as every other amount in the file</source>
        <translation>通貨の指定なし:ファイル内の他の金額と同じ {currency} としました</translation>
    </message>
    <message>
        <source>no currency given: {currency} assumed</source>
        <translation>通貨の指定なし:{currency} とみなしました</translation>
    </message>
    <message>
        <source>the amount has no currency: choose a default currency above</source>
        <translation>金額に通貨がありません:上で既定の通貨を選んでください</translation>
    </message>
    <message>
        <source>the close date is empty</source>
        <translation>成約予定日が空です</translation>
    </message>
    <message>
        <source>close date: “{value}” is not a date (use e.g. 2026-12-18, 2026/12/18 or 18.12.2026)</source>
        <translation>成約予定日:「{value}」は日付ではありません(2026-12-18、2026/12/18、18.12.2026 などの形で)</translation>
    </message>
    <message>
        <source>close date: “{value}” is outside the years closeplan plans in</source>
        <translation>成約予定日:「{value}」は closeplan が計画できる年の範囲外です</translation>
    </message>
    <message>
        <source>{field}: too long, or with a character a deal cannot hold</source>
        <translation>{field}:長すぎるか、商談に保存できない文字を含みます</translation>
    </message>
    <message>
        <source>the same opportunity as line {line}</source>
        <translation>{line} 行目と同じ商談です</translation>
    </message>
    <message>
        <source>stage “{stage}” not recognised: kept as it is, or Evaluation</source>
        <translation>フェーズ「{stage}」を認識できません:現状のまま、または「評価」とします</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>取り込み内容</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>取引先</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>完了予定日</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当営業</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>DateCellEdit</name>
    <message>
        <source>Pick a day from a calendar (Alt+Down)</source>
        <translation>カレンダーから日付を選ぶ(Alt+↓)</translation>
    </message>
    <message>
        <source>“{text}” is not a day. Type it as {example}, or as +3d, +2w, fri or today (Esc: keep the date).</source>
        <translation>「{text}」は日付ではありません。{example} の形か、+3d、+2w、金、今日 のように入力してください(Esc: 日付はそのまま)。</translation>
    </message>
</context>
<context>
    <name>DealEditor</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Approval path</source>
        <translation>承認ルート</translation>
    </message>
    <message>
        <source>Approval route</source>
        <translation>稟議ルート</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>関係者</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>&amp;Retry saving</source>
        <translation>保存を再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;copy to a file…</source>
        <translation>ファイルにコピーを保存(&amp;C)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved: {reason}.&lt;/b&gt; {count} change is kept on screen and will be saved when you retry; nothing is lost while the app stays open.</source>
        <translation>&lt;b&gt;保存されていません: {reason}。&lt;/b&gt;{count} 件の変更は画面上に保持され、再試行すると保存されます。アプリを開いている間は何も失われません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved: {reason}.&lt;/b&gt; {count} changes are kept on screen and will be saved when you retry; nothing is lost while the app stays open.</source>
        <translation>&lt;b&gt;保存されていません: {reason}。&lt;/b&gt;{count} 件の変更は画面上に保持され、再試行すると保存されます。アプリを開いている間は何も失われません。</translation>
    </message>
    <message>
        <source>slip: {days} d</source>
        <translation>遅れ {days}日</translation>
    </message>
    <message>
        <source>target close &lt;b&gt;{target}&lt;/b&gt; · projected {projected}</source>
        <translation>目標成約日 &lt;b&gt;{target}&lt;/b&gt; · 予測 {projected}</translation>
    </message>
    <message>
        <source>risk {level} (flags: {count})</source>
        <translation>リスク {level}(指摘 {count}件)</translation>
    </message>
    <message>
        <source>Change calendar of {account}</source>
        <translation>{account}のカレンダーを変更</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>保存されていません:{reason}</translation>
    </message>
    <message>
        <source>{owner}&apos;s deal — read only (team server)</source>
        <translation>{owner}さんの商談 — 閲覧のみ(チームサーバー)</translation>
    </message>
    <message>
        <source>You can read and export it; to change it, ask {owner} to share it for editing.</source>
        <translation>閲覧とエクスポートはできます。変更するには、{owner}さんに編集用の共有を依頼してください。</translation>
    </message>
</context>
<context>
    <name>DealPage</name>
    <message>
        <source>The customer and the deal</source>
        <translation>顧客と商談</translation>
    </message>
    <message>
        <source>Who is buying what, for how much.</source>
        <translation>誰が、何を、いくらで買うのか。</translation>
    </message>
    <message>
        <source>Customer (account)</source>
        <translation>顧客(取引先)</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>商談名</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Country (business days)</source>
        <translation>国(営業日カレンダー)</translation>
    </message>
    <message>
        <source>Customer language</source>
        <translation>顧客の言語</translation>
    </message>
    <message>
        <source>Owner (AE)</source>
        <translation>担当営業(AE)</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>当社名</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>e.g. 48000000</source>
        <translation>例:48000000</translation>
    </message>
    <message>
        <source>your company, as the customer knows it</source>
        <translation>顧客に伝わっている当社の社名</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s company.</source>
        <translation>顧客の会社名を入力してください。</translation>
    </message>
    <message>
        <source>Enter a name for the deal.</source>
        <translation>商談名を入力してください。</translation>
    </message>
    <message>
        <source>“{code}” is not an ISO 4217 currency code (e.g. JPY, KRW, SEK, USD).</source>
        <translation>「{code}」は ISO 4217 の通貨コードではありません(例:JPY、KRW、SEK、USD)。</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: use digits, e.g. 48000000.</source>
        <translation>「{text}」は金額ではありません。数字で入力してください(例:48000000)。</translation>
    </message>
    <message>
        <source>Amount: {problem}.</source>
        <translation>金額:{problem}。</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as JP, KR, SE or US.</source>
        <translation>JP、KR、SE、US のような2文字の国コードを使ってください。</translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <source>+{days} d</source>
        <translation>+{days}日</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>取引先</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Target close</source>
        <translation>目標成約日</translation>
    </message>
    <message>
        <source>Projected close</source>
        <translation>予測成約日</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>遅れ</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Next customer step</source>
        <translation>顧客側の次のタスク</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当営業</translation>
    </message>
    <message>
        <source>Conflicts with the team: {count} (open the deal to decide)</source>
        <translation>チームとの競合: {count} 件(商談を開いて解決)</translation>
    </message>
    <message>
        <source>No risk flags</source>
        <translation>リスク指摘なし</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>the deal is no longer in the database</source>
        <translation>この案件はもうデータベースにありません</translation>
    </message>
    <message>
        <source>The backup could not be used: {reason}</source>
        <translation>バックアップを使用できませんでした:{reason}</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>何も変更されていません:{reason}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクの空き容量がありません</translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation>データベースファイルが読み取り専用です</translation>
    </message>
    <message>
        <source>another program is holding the database</source>
        <translation>別のプログラムがデータベースを使用中です</translation>
    </message>
    <message>
        <source>the disk could not be written (it may be full or disconnected)</source>
        <translation>ディスクに書き込めません（容量不足か、接続が切れている可能性があります）</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>データベースファイルが破損しています</translation>
    </message>
    <message>
        <source>This deal is {owner}&apos;s on the team server: you can read it, not change it.</source>
        <translation>この商談はチームサーバー上の{owner}さんのものです:閲覧はできますが、変更はできません。</translation>
    </message>
    <message>
        <source>the database refused the change</source>
        <translation>データベースが変更を受け付けませんでした</translation>
    </message>
    <message>
        <source>{reason} ({file})</source>
        <translation>{reason}（{file}）</translation>
    </message>
    <message>
        <source>the whole deal</source>
        <translation>商談全体</translation>
    </message>
    <message>
        <source>Undo of “{action}” left these as they are, because they were changed since (for example by an import): {fields}.</source>
        <translation>「{action}」の取り消しでは、その後に別の変更(取り込みなど)があった次の項目を元に戻しませんでした:{fields}。</translation>
    </message>
    <message>
        <source>Redo of “{action}” left these as they are, because they were changed since (for example by an import): {fields}.</source>
        <translation>「{action}」のやり直しでは、その後に別の変更(取り込みなど)があった次の項目を変更しませんでした:{fields}。</translation>
    </message>
</context>
<context>
    <name>EditorTab</name>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <source>No deals yet</source>
        <translation>商談はまだありません</translation>
    </message>
    <message>
        <source>Start a mutual close plan for a deal, or open the demo to see four real plans:&lt;br&gt;a Japanese ringi (稟議) with a board meeting, a Korean 품의/결재,&lt;br&gt;a Swedish styrelsebeslut and an English e-approval.</source>
        <translation>商談の相互成約計画を作成するか、デモで4つの実例をご覧ください:&lt;br&gt;取締役会付議のある日本の稟議、韓国の품의/결재、&lt;br&gt;スウェーデンの styrelsebeslut、英語圏の電子承認。</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>デモを開く</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>新規商談</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The computer ran out of memory while closeplan was working.</source>
        <translation>closeplan の処理中にコンピューターのメモリーが不足しました。</translation>
    </message>
    <message>
        <source>closeplan could not read or write the file {file}.</source>
        <translation>closeplan はファイル {file} を読み書きできませんでした。</translation>
    </message>
    <message>
        <source>closeplan could not read or write a file.</source>
        <translation>closeplan はファイルを読み書きできませんでした。</translation>
    </message>
    <message>
        <source>closeplan ran into a problem it did not expect and stopped what it was doing.</source>
        <translation>closeplan で想定外の問題が起きたため、実行中の処理を中止しました。</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved work is safe.</source>
        <translation>問題が発生しました。保存済みの内容は失われていません。</translation>
    </message>
    <message>
        <source>The app keeps running. The details were written to the log in {folder}.</source>
        <translation>アプリはこのまま使えます。詳細はログ({folder})に記録しました。</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>データベースを開けませんでした。</translation>
    </message>
    <message>
        <source>The changes you made meanwhile could not be saved to a file either.</source>
        <translation>その間に行った変更は、ファイルにも保存できませんでした。</translation>
    </message>
    <message>
        <source>The changes you made meanwhile were saved to {file}; import it once the database opens.</source>
        <translation>その間に行った変更は {file} に保存しました。データベースが開けるようになったら、このファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>Another program is using {file} right now. Close it, or wait until it has finished, and start closeplan again. Nothing was changed.</source>
        <translation>別のプログラムが {file} を使用中です。そのプログラムを閉じるか終わるのを待ってから、closeplan をもう一度起動してください。何も変更されていません。</translation>
    </message>
    <message>
        <source>{file} or its folder cannot be written to. Nothing was changed.</source>
        <translation>{file} またはそのフォルダーに書き込めません。何も変更されていません。</translation>
    </message>
    <message>
        <source>The disk could not read or write {file}. Check the drive and start closeplan again. Nothing was changed.</source>
        <translation>ディスクが {file} を読み書きできませんでした。ドライブを確認して closeplan をもう一度起動してください。何も変更されていません。</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it may have been moved, or be on a drive that is not connected. Nothing was changed.</source>
        <translation>{file} を開けません。移動されたか、接続されていないドライブにある可能性があります。何も変更されていません。</translation>
    </message>
    <message>
        <source>{file} is not a closeplan database. It was not changed.</source>
        <translation>{file} は closeplan のデータベースではありません。変更されていません。</translation>
    </message>
    <message>
        <source>{file} was saved by a newer closeplan. Update closeplan to open it.</source>
        <translation>{file} は新しいバージョンの closeplan で保存されています。開くには closeplan を更新してください。</translation>
    </message>
    <message>
        <source>{file} is damaged and no good backup of it was found. It was not changed; the details below say what is wrong.</source>
        <translation>{file} は破損しており、使えるバックアップが見つかりませんでした。ファイルは変更されていません。問題の詳細は下の「詳細」にあります。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF を出力</translation>
    </message>
    <message>
        <source>Close plan for the customer</source>
        <translation>顧客向け成約計画書</translation>
    </message>
    <message>
        <source>Internal review (never send to the customer)</source>
        <translation>社内レビュー(顧客に送らないこと)</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>文書(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>文書の言語(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;ustomer logo</source>
        <translation>顧客のロゴ(&amp;U)</translation>
    </message>
    <message>
        <source>The logo of {account} on the cover, remembered for this account.</source>
        <translation>表紙に載せる{account}のロゴ。この取引先について記憶されます。</translation>
    </message>
    <message>
        <source>The logo could not be saved: {reason}</source>
        <translation>ロゴを保存できませんでした: {reason}</translation>
    </message>
    <message>
        <source>Vendor logo: set in Preferences</source>
        <translation>自社ロゴ: 設定で指定済み</translation>
    </message>
    <message>
        <source>Vendor logo: none (set it in Preferences)</source>
        <translation>自社ロゴ: なし(設定で指定できます)</translation>
    </message>
    <message>
        <source>Pages: {count}</source>
        <translation>{count}ページ</translation>
    </message>
    <message>
        <source>INTERNAL: forecast, risks, notes — do not send to the customer</source>
        <translation>社外秘:見通し・リスク・メモを含みます — 顧客に送らないこと</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF を保存</translation>
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
        <translation>名前</translation>
    </message>
    <message>
        <source>account</source>
        <translation>取引先</translation>
    </message>
    <message>
        <source>our company</source>
        <translation>当社名</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>target close</source>
        <translation>目標成約日</translation>
    </message>
    <message>
        <source>project start</source>
        <translation>プロジェクト開始日</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>customer language</source>
        <translation>顧客の言語</translation>
    </message>
    <message>
        <source>business issue</source>
        <translation>経営課題</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>solution</source>
        <translation>解決策</translation>
    </message>
    <message>
        <source>benefit</source>
        <translation>効果</translation>
    </message>
    <message>
        <source>internal notes</source>
        <translation>社内メモ</translation>
    </message>
    <message>
        <source>plan agreement</source>
        <translation>計画の合意</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM の ID</translation>
    </message>
    <message>
        <source>title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>side</source>
        <translation>担当側</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>completed date</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>customer visibility</source>
        <translation>顧客への表示</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>社内メモ</translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation>前提タスク</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>approval method</source>
        <translation>承認方法</translation>
    </message>
    <message>
        <source>meeting date</source>
        <translation>開催日</translation>
    </message>
    <message>
        <source>submission deadline</source>
        <translation>提出期限</translation>
    </message>
    <message>
        <source>regular meetings</source>
        <translation>定例開催</translation>
    </message>
    <message>
        <source>extraordinary meeting</source>
        <translation>臨時開催</translation>
    </message>
    <message>
        <source>agreed date</source>
        <translation>合意日</translation>
    </message>
    <message>
        <source>last change</source>
        <translation>最終変更</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>influence</source>
        <translation>影響力</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>attitude</source>
        <translation>姿勢</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>発生可能性</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>影響度</translation>
    </message>
    <message>
        <source>mitigation</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>営業日数</translation>
    </message>
    <message>
        <source>days away</source>
        <translation>不在日数</translation>
    </message>
    <message>
        <source>real final approver</source>
        <translation>実質的な決裁者</translation>
    </message>
    <message>
        <source>nominal approver</source>
        <translation>名目上の決裁者</translation>
    </message>
    <message>
        <source>PO signer</source>
        <translation>発注書の署名者</translation>
    </message>
    <message>
        <source>drafter</source>
        <translation>起案者</translation>
    </message>
    <message>
        <source>board resolution needed</source>
        <translation>取締役会決議の要否</translation>
    </message>
    <message>
        <source>drafter&apos;s experience with this amount</source>
        <translation>起案者のこの金額での経験</translation>
    </message>
    <message>
        <source>drafter&apos;s usual limit</source>
        <translation>起案者が通常通せる金額</translation>
    </message>
    <message>
        <source>route start</source>
        <translation>稟議の起票日</translation>
    </message>
    <message>
        <source>what the route must pass before</source>
        <translation>稟議の完了が必要なタスク</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>確認状況</translation>
    </message>
    <message>
        <source>note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>決裁権</translation>
    </message>
    <message>
        <source>need</source>
        <translation>ニーズ</translation>
    </message>
    <message>
        <source>timeframe</source>
        <translation>時期</translation>
    </message>
    <message>
        <source>step</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>関係者</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>route desk</source>
        <translation>稟議ルートの承認者</translation>
    </message>
    <message>
        <source>BANT {item}: {field}</source>
        <translation>BANT {item}:{field}</translation>
    </message>
    <message>
        <source>the deal</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>{entity} “{name}”</source>
        <translation>{entity}「{name}」</translation>
    </message>
    <message>
        <source>{field} of {thing}</source>
        <translation>{thing}の{field}</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>the stakeholders</source>
        <translation>関係者</translation>
    </message>
    <message>
        <source>the risks</source>
        <translation>リスク</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>All stages</source>
        <translation>すべてのフェーズ</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>すべてのリスク</translation>
    </message>
    <message>
        <source>Risk: {level}</source>
        <translation>リスク:{level}</translation>
    </message>
</context>
<context>
    <name>FlagModel</name>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>edited</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>コマンドライン</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>bundle import</source>
        <translation>バンドルの取り込み</translation>
    </message>
    <message>
        <source>CRM import</source>
        <translation>CRM からの取り込み</translation>
    </message>
    <message>
        <source>customer PDF issued</source>
        <translation>顧客向け PDF を発行</translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>account calendar</source>
        <translation>取引先のカレンダー</translation>
    </message>
    <message>
        <source>team server</source>
        <translation>チームサーバー</translation>
    </message>
    <message>
        <source>first sync</source>
        <translation>初回同期</translation>
    </message>
    <message>
        <source>conflict decided</source>
        <translation>競合を解決</translation>
    </message>
    <message>
        <source>kept mine</source>
        <translation>自分の値を残した</translation>
    </message>
    <message>
        <source>kept theirs</source>
        <translation>相手の値を残した</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Changes of</source>
        <translation>変更の対象</translation>
    </message>
    <message>
        <source>the whole deal</source>
        <translation>商談全体</translation>
    </message>
    <message>
        <source>Changes: {count}</source>
        <translation>変更 {count}件</translation>
    </message>
    <message>
        <source>the deal was created</source>
        <translation>商談を作成</translation>
    </message>
    <message>
        <source>the deal was deleted</source>
        <translation>商談を削除</translation>
    </message>
    <message>
        <source>a conflict with the team</source>
        <translation>チームとの競合</translation>
    </message>
    <message>
        <source>customer revision {number}</source>
        <translation>顧客向け第{number}版</translation>
    </message>
    <message>
        <source>added: {what}</source>
        <translation>追加:{what}</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>削除:{what}</translation>
    </message>
    <message>
        <source>new order</source>
        <translation>並び順の変更</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込み結果</translation>
    </message>
    <message>
        <source>Nothing was imported: fix these files and import again.</source>
        <translation>何も取り込んでいません。次のファイルを修正して、もう一度取り込んでください。</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {skipped} skipped</source>
        <translation>追加 {added}件、更新 {updated}件、スキップ {skipped}件</translation>
    </message>
</context>
<context>
    <name>InfluenceGrid</name>
    <message>
        <source>High rank, low influence
(may only rubber-stamp)</source>
        <translation>役職は高いが影響力は低い
(追認のみの可能性)</translation>
    </message>
    <message>
        <source>High rank, high influence
(decides)</source>
        <translation>役職が高く影響力も高い
(決める人)</translation>
    </message>
    <message>
        <source>Low rank, low influence</source>
        <translation>役職も影響力も低い</translation>
    </message>
    <message>
        <source>Low rank, high influence
(the real influence)</source>
        <translation>役職は低いが影響力は高い
(実質的な影響者)</translation>
    </message>
    <message>
        <source>influence: low → high</source>
        <translation>影響力:低 → 高</translation>
    </message>
    <message>
        <source>Rank or influence unknown: {names}</source>
        <translation>役職または影響力が不明:{names}</translation>
    </message>
    <message>
        <source>rank: low → high</source>
        <translation>役職:低 → 高</translation>
    </message>
</context>
<context>
    <name>LogoChooser</name>
    <message>
        <source>“{file}” cannot be read: {reason}</source>
        <translation>「{file}」を読み込めません: {reason}</translation>
    </message>
    <message>
        <source>“{file}” is larger than {limit} MB: choose a smaller image.</source>
        <translation>「{file}」は{limit} MBを超えています。小さい画像を選んでください。</translation>
    </message>
    <message>
        <source>“{file}” is not a PNG or JPEG image.</source>
        <translation>「{file}」はPNGまたはJPEG画像ではありません。</translation>
    </message>
    <message>
        <source>“{file}” is {width}×{height} pixels: a logo can be at most {limit} pixels wide or high.</source>
        <translation>「{file}」は{width}×{height}ピクセルです。ロゴの幅と高さは{limit}ピクセルまでです。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>ロゴなし</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>ロゴを選択</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>画像 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search deals, accounts, owners, steps…  (Ctrl+F)</source>
        <translation>商談・取引先・担当・タスクを検索…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>すべての担当</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Opening the deal…</source>
        <translation>商談を開いています…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>新規商談(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>バンドルを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Import from &amp;CRM…</source>
        <translation>CRM から取り込む(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export deal as bundle…</source>
        <translation>商談をバンドルで書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Save plan as &amp;template…</source>
        <translation>計画をテンプレートとして保存(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Delete deal</source>
        <translation>商談を削除(&amp;D)</translation>
    </message>
    <message>
        <source>Export close plan &amp;PDF…</source>
        <translation>成約計画書 PDF を出力(&amp;P)…</translation>
    </message>
    <message>
        <source>Export internal &amp;review PDF…</source>
        <translation>社内レビュー PDF を出力(&amp;R)…</translation>
    </message>
    <message>
        <source>Export plan as &amp;calendar (.ics)…</source>
        <translation>計画をカレンダーに出力(&amp;C) (.ics)…</translation>
    </message>
    <message>
        <source>Export plan as &amp;spreadsheet…</source>
        <translation>計画を表計算ファイルに出力(&amp;S)…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>バックアップから復元(&amp;B)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>デモを開く(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Account &amp;calendar and authority table…</source>
        <translation>取引先のカレンダーと決裁権限表(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>計画(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Late-stage &amp;review (manager)…</source>
        <translation>終盤案件レビュー(マネージャー)(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Find deal</source>
        <translation>商談を検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>元に戻す(&amp;U):{what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Bringing {count} deals up to date for today…</source>
        <translation>本日の見通しに更新しています（{count}件）…</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>やり直す(&amp;R):{what}</translation>
    </message>
    <message>
        <source>Deals: {total}</source>
        <translation>商談 {total}件</translation>
    </message>
    <message>
        <source>Deals: {shown} of {total}</source>
        <translation>商談 {total}件中 {shown}件</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(デモ)</translation>
    </message>
    <message>
        <source>Save the unsaved changes to a file</source>
        <translation>未保存の変更をファイルに保存</translation>
    </message>
    <message>
        <source>Could not write to {folder}: {error}</source>
        <translation>{folder} に書き込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Wrote {path} — import it (Ctrl+I) once the database can be written again</source>
        <translation>{path} に書き出しました。データベースに書き込めるようになったら取り込んでください（Ctrl+I）</translation>
    </message>
    <message>
        <source>{count} change could not be saved to the database.</source>
        <translation>{count} 件の変更をデータベースに保存できませんでした。</translation>
    </message>
    <message>
        <source>{count} changes could not be saved to the database.</source>
        <translation>{count} 件の変更をデータベースに保存できませんでした。</translation>
    </message>
    <message>
        <source>Deal removed — Redo (Ctrl+Shift+Z) brings it back</source>
        <translation>商談を削除しました — やり直す(Ctrl+Shift+Z)で戻せます</translation>
    </message>
    <message>
        <source>Create {name}</source>
        <translation>「{name}」を作成</translation>
    </message>
    <message>
        <source>Created {account} — {name} (steps: {count})</source>
        <translation>{account} — {name} を作成しました(タスク {count}件)</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>「{name}」を削除</translation>
    </message>
    <message>
        <source>Deleted {account} — {name}. Undo (Ctrl+Z) brings it back.</source>
        <translation>{account} — {name} を削除しました。元に戻す(Ctrl+Z)で戻せます。</translation>
    </message>
    <message>
        <source>Import deal bundles</source>
        <translation>商談バンドルの取り込み</translation>
    </message>
    <message>
        <source>closeplan bundles (*.json);;All files (*)</source>
        <translation>closeplan バンドル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export deal bundle</source>
        <translation>商談バンドルの書き出し</translation>
    </message>
    <message>
        <source>Restored {backup}.</source>
        <translation>{backup} を復元しました。</translation>
    </message>
    <message>
        <source>What was there before is kept as {file}.</source>
        <translation>復元前の内容は {file} として残してあります。</translation>
    </message>
    <message>
        <source>Folder for the unsaved changes</source>
        <translation>未保存の変更を保存するフォルダー</translation>
    </message>
    <message>
        <source>Save them as bundle files on another disk (import them later with Ctrl+I), or discard them?</source>
        <translation>別のディスクにバンドルファイルとして保存しますか（後で Ctrl+I で取り込めます）、それとも破棄しますか？</translation>
    </message>
    <message>
        <source>Save to files…</source>
        <translation>ファイルに保存…</translation>
    </message>
    <message>
        <source>closeplan bundles (*.json)</source>
        <translation>closeplan バンドル (*.json)</translation>
    </message>
    <message>
        <source>The backup failed: {error}</source>
        <translation>バックアップに失敗しました: {error}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} に保存しました</translation>
    </message>
    <message>
        <source>Save plan as template</source>
        <translation>計画をテンプレートとして保存</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>テンプレート名:</translation>
    </message>
    <message>
        <source>{account} plan</source>
        <translation>{account} の計画</translation>
    </message>
    <message>
        <source>Saved template “{name}”</source>
        <translation>テンプレート「{name}」を保存しました</translation>
    </message>
    <message>
        <source>Imported from the CRM: new {added}, updated {updated}</source>
        <translation>CRM から取り込みました:新規 {added}件、更新 {updated}件</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>カレンダー (*.ics)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>計画の出力</translation>
    </message>
    <message>
        <source>Connect to &amp;team server…</source>
        <translation>チームサーバーに接続(&amp;T)…</translation>
    </message>
    <message>
        <source>S&amp;ync with team server</source>
        <translation>チームサーバーと同期(&amp;Y)</translation>
    </message>
    <message>
        <source>Disconnect from team server…</source>
        <translation>チームサーバーから切断…</translation>
    </message>
</context>
<context>
    <name>NewDealWizard</name>
    <message>
        <source>New deal</source>
        <translation>新規商談</translation>
    </message>
    <message>
        <source>Not created: {reason}</source>
        <translation>作成できませんでした:{reason}</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>決裁権</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>必要性</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>導入時期</translation>
    </message>
    <message>
        <source>Business issue</source>
        <translation>経営課題</translation>
    </message>
    <message>
        <source>Change business issue</source>
        <translation>経営課題の変更</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Change problem</source>
        <translation>問題の変更</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解決策</translation>
    </message>
    <message>
        <source>Change solution</source>
        <translation>解決策の変更</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>効果</translation>
    </message>
    <message>
        <source>Change benefit</source>
        <translation>効果の変更</translation>
    </message>
    <message>
        <source>Rename deal</source>
        <translation>商談名の変更</translation>
    </message>
    <message>
        <source>Change account</source>
        <translation>取引先の変更</translation>
    </message>
    <message>
        <source>Change our company</source>
        <translation>当社名の変更</translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>フェーズの変更</translation>
    </message>
    <message>
        <source>Change project start</source>
        <translation>プロジェクト開始日の変更</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>担当の変更</translation>
    </message>
    <message>
        <source>Change customer language</source>
        <translation>顧客の言語の変更</translation>
    </message>
    <message>
        <source>Change internal notes</source>
        <translation>社内メモの変更</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>Customer (account)</source>
        <translation>顧客(取引先)</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>当社名</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Target close</source>
        <translation>目標成約日</translation>
    </message>
    <message>
        <source>Project start</source>
        <translation>プロジェクト開始日</translation>
    </message>
    <message>
        <source>Owner (AE)</source>
        <translation>担当営業(AE)</translation>
    </message>
    <message>
        <source>Country (business days)</source>
        <translation>国(営業日カレンダー)</translation>
    </message>
    <message>
        <source>Customer language</source>
        <translation>顧客の言語</translation>
    </message>
    <message>
        <source>Plan agreed with the customer on</source>
        <translation>顧客と計画に合意した日</translation>
    </message>
    <message>
        <source>Business issue, problem, solution, benefit</source>
        <translation>経営課題・問題・解決策・効果</translation>
    </message>
    <message>
        <source>Internal notes (never in customer documents)</source>
        <translation>社内メモ(顧客向け文書には載りません)</translation>
    </message>
    <message>
        <source>e.g. 48000000</source>
        <translation>例:48000000</translation>
    </message>
    <message>
        <source>e.g. JP</source>
        <translation>例:JP</translation>
    </message>
    <message>
        <source>Change BANT: {item}</source>
        <translation>BANT の変更:{item}</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: use digits, e.g. 48000000 or 86000.00.</source>
        <translation>「{text}」は金額ではありません。数字で入力してください(例:48000000、86000.00)。</translation>
    </message>
    <message>
        <source>Amount: {problem}.</source>
        <translation>金額:{problem}。</translation>
    </message>
    <message>
        <source>Change amount</source>
        <translation>金額の変更</translation>
    </message>
    <message>
        <source>“{code}” is not an ISO 4217 currency code (e.g. JPY, KRW, SEK, USD).</source>
        <translation>「{code}」は ISO 4217 の通貨コードではありません(例:JPY、KRW、SEK、USD)。</translation>
    </message>
    <message>
        <source>Change currency</source>
        <translation>通貨の変更</translation>
    </message>
    <message>
        <source>Country: use a two-letter code such as JP, KR, SE or US.</source>
        <translation>国:JP、KR、SE、US のような2文字のコードを使ってください。</translation>
    </message>
    <message>
        <source>Change country</source>
        <translation>国の変更</translation>
    </message>
    <message>
        <source>Change target close</source>
        <translation>目標成約日の変更</translation>
    </message>
    <message>
        <source>Change plan agreement</source>
        <translation>計画合意の変更</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Drafter (writes the approval request)</source>
        <translation>起案者(稟議書を書く人)</translation>
    </message>
    <message>
        <source>Real final approver</source>
        <translation>実質的な決裁者(本当に決める人)</translation>
    </message>
    <message>
        <source>Nominal approver</source>
        <translation>名目上の決裁者</translation>
    </message>
    <message>
        <source>Signs the purchase order</source>
        <translation>発注書の署名者</translation>
    </message>
    <message>
        <source>The customer&apos;s people</source>
        <translation>顧客側の人物</translation>
    </message>
    <message>
        <source>Who drafts, approves and signs — as far as known. The rest can wait for the editor.</source>
        <translation>誰が起案し、承認し、署名するか — わかる範囲で。残りは編集画面で入力できます。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>e.g. head of IT</source>
        <translation>例: 情報システム部長</translation>
    </message>
    <message>
        <source>More people: the Stakeholders tab, or type a new name as an owner.</source>
        <translation>ほかの人物: 関係者タブで追加するか、担当者として新しい名前を入力してください。</translation>
    </message>
</context>
<context>
    <name>PersonDelegate</name>
    <message>
        <source>New person…</source>
        <translation>新しい人物…</translation>
    </message>
</context>
<context>
    <name>PersonSide</name>
    <message>
        <source>New person</source>
        <translation>新しい人物</translation>
    </message>
    <message>
        <source>Which side is {name} on?</source>
        <translation>{name}さんはどちら側ですか?</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>当社</translation>
    </message>
    <message>
        <source>Not a stakeholder</source>
        <translation>関係者ではない</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Close date and plan</source>
        <translation>成約日と計画</translation>
    </message>
    <message>
        <source>The plan is scheduled backwards from the close date on the customer&apos;s working days.</source>
        <translation>計画は成約日から顧客の営業日で逆算して組まれます。</translation>
    </message>
    <message>
        <source>Target close</source>
        <translation>目標成約日</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Board cadence</source>
        <translation>取締役会の開催周期</translation>
    </message>
    <message>
        <source>No template (an empty plan)</source>
        <translation>テンプレートなし(空の計画)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>側</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>An empty plan: add steps in the editor.</source>
        <translation>空の計画です。エディターでタスクを追加してください。</translation>
    </message>
    <message>
        <source>The board cadence cannot be used: choose another one.</source>
        <translation>この取締役会の開催周期は使えません。別の周期を選んでください。</translation>
    </message>
    <message>
        <source>Use {date} as the close date</source>
        <translation>{date} を成約日にする</translation>
    </message>
    <message>
        <source>Steps: {count}</source>
        <translation>タスク {count}件</translation>
    </message>
    <message>
        <source>around the customer&apos;s closures: {names}</source>
        <translation>顧客の休業日を避けています: {names}</translation>
    </message>
    <message>
        <source>board meeting {meeting}, papers by {deadline}</source>
        <translation>取締役会 {meeting}、資料提出期限 {deadline}</translation>
    </message>
    <message>
        <source>No board meeting fits before the target close {close}: the latest meeting in time is on {meeting}, whose submission deadline {deadline} has passed.</source>
        <translation>目標成約日 {close} までに間に合う取締役会がありません。間に合う最後の取締役会は {meeting} ですが、その付議資料の提出期限 {deadline} はすでに過ぎています。</translation>
    </message>
    <message>
        <source>The next meeting with a deadline still ahead is on {meeting}; the earliest feasible close is {close}.</source>
        <translation>提出期限がまだ先の次の取締役会は {meeting} で、最も早く可能な成約日は {close} です。</translation>
    </message>
    <message>
        <source>{date} is not a working day in {country}; the plan closes on {close}.</source>
        <translation>{date} は{country}の営業日ではないため、計画の成約日は {close} になります。</translation>
    </message>
    <message>
        <source>No board-meeting cadence is known: the meeting date is where the plan needs it, not a real meeting.</source>
        <translation>取締役会の開催周期が不明です。開催日は計画上必要な日であり、実際の開催日ではありません。</translation>
    </message>
    <message>
        <source>Steps before today: {count}. Mark them done later, or close later: {titles}</source>
        <translation>今日より前のタスク: {count}件。後で完了にするか、成約日を遅らせてください: {titles}</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Add step</source>
        <translation>タスクを追加</translation>
    </message>
    <message>
        <source>Insert after</source>
        <translation>後ろに挿入</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>タスクを削除</translation>
    </message>
    <message>
        <source>Mark done today</source>
        <translation>今日完了にする</translation>
    </message>
    <message>
        <source>Agree plan with customer</source>
        <translation>顧客と計画を合意</translation>
    </message>
    <message>
        <source>New step below</source>
        <translation>下に新しいタスク</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>列…</translation>
    </message>
    <message>
        <source>Choose the columns shown (or right-click the header)</source>
        <translation>表示する列を選ぶ(または見出しを右クリック)</translation>
    </message>
    <message>
        <source>Steps: {count}</source>
        <translation>タスク {count}件</translation>
    </message>
    <message>
        <source>overdue: {count}</source>
        <translation>期限超過 {count}件</translation>
    </message>
    <message>
        <source>vague titles: {count}</source>
        <translation>曖昧なタスク名 {count}件</translation>
    </message>
    <message>
        <source>agreed {date}</source>
        <translation>{date} 合意</translation>
    </message>
    <message>
        <source>later than agreed: {count}</source>
        <translation>合意より遅れ: {count}件</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>期日の変更</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>タスク名の変更</translation>
    </message>
    <message>
        <source>Change owner side</source>
        <translation>担当側の変更</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>担当の変更</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>種類の変更</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>状況の変更</translation>
    </message>
    <message>
        <source>Change completed date</source>
        <translation>完了日の変更</translation>
    </message>
    <message>
        <source>Change customer visibility</source>
        <translation>顧客への表示の変更</translation>
    </message>
    <message>
        <source>Change dependencies</source>
        <translation>前提タスクの変更</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>タスクの編集</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>新しいタスク</translation>
    </message>
    <message>
        <source>Insert step</source>
        <translation>タスクを挿入</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>タスクを複製</translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation>タスクを完了にする</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>担当側</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>Customer sees</source>
        <translation>顧客に表示</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>前提タスク</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>予測</translation>
    </message>
    <message>
        <source>Agreed date</source>
        <translation>合意日</translation>
    </message>
    <message>
        <source>{status} — overdue, stalled</source>
        <translation>{status} — 期限超過・停滞</translation>
    </message>
    <message>
        <source>{status} — overdue, at risk</source>
        <translation>{status} — 期限超過・要注意</translation>
    </message>
    <message>
        <source>{status} — overdue</source>
        <translation>{status} — 期限超過</translation>
    </message>
    <message>
        <source>on plan</source>
        <translation>計画どおり</translation>
    </message>
    <message>
        <source>{date} (+{days} d)</source>
        <translation>{date}(+{days}日)</translation>
    </message>
    <message>
        <source>{date} (as agreed)</source>
        <translation>{date}（合意どおり）</translation>
    </message>
    <message>
        <source>{date} ({days:+d} d, moved {moves}×)</source>
        <translation>{date}（{days:+d}日、変更{moves}回）</translation>
    </message>
    <message>
        <source>Vague title: name the concrete action (e.g. “Board approval”, “PO issued by purchasing”).</source>
        <translation>曖昧なタスク名です。具体的な行為を書いてください(例:「取締役会承認」「購買部が発注書を発行」)。</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>{date} から期限超過</translation>
    </message>
    <message>
        <source>Meeting {meeting}, submission deadline {deadline}, cadence {rule}</source>
        <translation>開催 {meeting}、資料提出期限 {deadline}、周期 {rule}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>期限超過</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>表示言語(&amp;L)</translation>
    </message>
    <message>
        <source>Default &amp;currency</source>
        <translation>既定の通貨(&amp;C)</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>システムの設定({language})</translation>
    </message>
    <message>
        <source>From the locale ({currency})</source>
        <translation>地域設定に従う({currency})</translation>
    </message>
    <message>
        <source>Used for amounts given without a currency.</source>
        <translation>通貨の指定がない金額に使います。</translation>
    </message>
    <message>
        <source>&amp;Vendor logo</source>
        <translation>自社ロゴ(&amp;V)</translation>
    </message>
    <message>
        <source>Your company&apos;s logo (PNG or JPEG) on the cover of the customer PDF.</source>
        <translation>顧客向けPDFの表紙に載せる自社のロゴ(PNGまたはJPEG)。</translation>
    </message>
    <message>
        <source>The logo could not be saved: {reason}</source>
        <translation>ロゴを保存できませんでした: {reason}</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>must be text</source>
        <translation>テキストで入力してください</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} are kept</source>
        <translation>{length}文字あります。保存できるのは{limit}文字までです</translation>
    </message>
    <message>
        <source>has a control character {character} at position {position}</source>
        <translation>{position}文字目に制御文字 {character} が含まれています</translation>
    </message>
    <message>
        <source>has a control character {character} at position {position} (only newline and tab are allowed here)</source>
        <translation>{position}文字目に制御文字 {character} が含まれています(使用できるのは改行とタブのみです)</translation>
    </message>
    <message>
        <source>has an unpaired surrogate {character} at position {position} (not valid Unicode text)</source>
        <translation>{position}文字目に対になっていないサロゲート {character} が含まれています(有効なUnicodeテキストではありません)</translation>
    </message>
    <message>
        <source>has {count} {what}; at most {limit} are kept</source>
        <translation>{what}が{count}件あります。保存できるのは{limit}件までです</translation>
    </message>
    <message>
        <source>and {count} more problems</source>
        <translation>ほか{count}件の問題があります</translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation>日付を入力してください</translation>
    </message>
    <message>
        <source>{value} is outside the supported dates ({range})</source>
        <translation>{value} は対応している日付の範囲({range})外です</translation>
    </message>
    <message>
        <source>must be a date and time with a time zone</source>
        <translation>タイムゾーン付きの日時を入力してください</translation>
    </message>
    <message>
        <source>{value} is outside the supported dates ({range}, in UTC)</source>
        <translation>{value} は対応している日付の範囲({range}、UTC)外です</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>整数を入力してください</translation>
    </message>
    <message>
        <source>must be from {low} to {high}</source>
        <translation>{low}~{high}の範囲で入力してください</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation>{low}~{high}の整数を入力してください</translation>
    </message>
    <message>
        <source>must be a whole number of working days from 0 to {high}</source>
        <translation>0~{high}営業日の整数で入力してください</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to {high}</source>
        <translation>0~{high}日の整数で入力してください</translation>
    </message>
    <message>
        <source>unknown value {value}</source>
        <translation>不明な値です: {value}</translation>
    </message>
    <message>
        <source>must be a recurrence rule</source>
        <translation>繰り返しルールを入力してください</translation>
    </message>
    <message>
        <source>a recurrence rule is at most {limit} characters</source>
        <translation>繰り返しルールは{limit}文字以内で入力してください</translation>
    </message>
    <message>
        <source>not a valid recurrence rule {rule}: {part} is not NAME=VALUE</source>
        <translation>繰り返しルール {rule} が正しくありません: {part} が「名前=値」の形式ではありません</translation>
    </message>
    <message>
        <source>not a recurrence rule (RRULE needs FREQ=…): {rule}</source>
        <translation>繰り返しルールではありません(RRULEにはFREQ=…が必要です): {rule}</translation>
    </message>
    <message>
        <source>meetings repeat at most daily: {rule} repeats more often (use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY)</source>
        <translation>会議の繰り返しは1日1回までです: {rule} はそれより頻繁に繰り返されます(FREQ=DAILY、WEEKLY、MONTHLY、YEARLYのいずれかを使用してください)</translation>
    </message>
    <message>
        <source>the rule&apos;s DTSTART {value} is outside the supported dates ({range})</source>
        <translation>ルールのDTSTART {value} は対応している日付の範囲({range})外です</translation>
    </message>
    <message>
        <source>a daily rule has no use for BYSETPOS: {rule}</source>
        <translation>毎日のルールにBYSETPOSは使用できません: {rule}</translation>
    </message>
    <message>
        <source>the rule {rule} has no date between {first} and {last}</source>
        <translation>ルール {rule} には{first}年から{last}年までの日付がありません</translation>
    </message>
    <message>
        <source>not a valid recurrence rule {rule}: {detail}</source>
        <translation>繰り返しルール {rule} が正しくありません: {detail}</translation>
    </message>
    <message>
        <source>must be a decimal number</source>
        <translation>数値を入力してください</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>有限の数値を入力してください</translation>
    </message>
    <message>
        <source>must not be negative (got {amount})</source>
        <translation>負の値は入力できません({amount})</translation>
    </message>
    <message>
        <source>has more than {digits} digits before the decimal point</source>
        <translation>整数部分は{digits}桁以内で入力してください</translation>
    </message>
    <message>
        <source>has more than {places} decimal places</source>
        <translation>小数点以下は{places}桁以内で入力してください</translation>
    </message>
    <message>
        <source>{currency} amounts have no decimal places; {amount} has some</source>
        <translation>{currency} の金額には小数点以下がありません。{amount} には小数点以下が含まれています</translation>
    </message>
    <message>
        <source>{currency} has {places} decimal places; {amount} has more</source>
        <translation>{currency} の小数点以下は{places}桁です。{amount} はそれより多くなっています</translation>
    </message>
    <message>
        <source>unknown currency {currency}</source>
        <translation>不明な通貨です: {currency}</translation>
    </message>
    <message>
        <source>unknown currency {currency} (use an ISO 4217 code such as JPY, KRW, SEK, USD)</source>
        <translation>不明な通貨です: {currency}(JPY、KRW、SEK、USDなどのISO 4217コードを使用してください)</translation>
    </message>
    <message>
        <source>a deal needs a name</source>
        <translation>商談名を入力してください</translation>
    </message>
    <message>
        <source>a deal needs the customer&apos;s account name</source>
        <translation>顧客の取引先名を入力してください</translation>
    </message>
    <message>
        <source>use a two-letter ISO 3166 country code such as JP, KR, SE (got {value})</source>
        <translation>JP、KR、SEなど2文字のISO 3166国コードを使用してください(入力値: {value})</translation>
    </message>
    <message>
        <source>must be one of {choices} (got {value})</source>
        <translation>{choices} のいずれかを指定してください(入力値: {value})</translation>
    </message>
    <message>
        <source>is before the time the deal was created</source>
        <translation>商談の作成日時より前になっています</translation>
    </message>
    <message>
        <source>the id {id} is used twice</source>
        <translation>ID {id} が重複しています</translation>
    </message>
    <message>
        <source>the id {id} belongs to another deal ({owner}); ids must be new (export the deal again, or give it new ids)</source>
        <translation>ID {id} は別の商談({owner})のものです。IDは新しいものにしてください(商談をもう一度エクスポートするか、新しいIDを付けてください)</translation>
    </message>
    <message>
        <source>a step needs a title</source>
        <translation>タスクの件名を入力してください</translation>
    </message>
    <message>
        <source>a completed date is set but the step is not done</source>
        <translation>完了日が設定されていますが、タスクは完了していません</translation>
    </message>
    <message>
        <source>a done step needs its completed date</source>
        <translation>完了したタスクには完了日を入力してください</translation>
    </message>
    <message>
        <source>a step cannot depend on itself</source>
        <translation>タスクを自身に依存させることはできません</translation>
    </message>
    <message>
        <source>no step with id {id} in this plan</source>
        <translation>この計画にID {id} のタスクはありません</translation>
    </message>
    <message>
        <source>step {id} is listed twice</source>
        <translation>タスク {id} が2回指定されています</translation>
    </message>
    <message>
        <source>dependencies form a cycle: {chain}</source>
        <translation>依存関係が循環しています: {chain}</translation>
    </message>
    <message>
        <source>approver and approval method belong to approval steps only</source>
        <translation>承認者と承認方法は承認タスクにのみ設定できます</translation>
    </message>
    <message>
        <source>meeting fields belong to board-meeting steps only</source>
        <translation>会議の項目は取締役会タスクにのみ設定できます</translation>
    </message>
    <message>
        <source>a board-meeting step is due on its meeting date ({meeting}), not {due}</source>
        <translation>取締役会タスクの期日は会議日({meeting})です。{due} ではありません</translation>
    </message>
    <message>
        <source>the submission deadline {deadline} is after its meeting on {meeting}</source>
        <translation>提出期限 {deadline} が会議日 {meeting} より後になっています</translation>
    </message>
    <message>
        <source>no step {id} in this deal</source>
        <translation>この商談にタスク {id} はありません</translation>
    </message>
    <message>
        <source>no step {id} in this deal (was it deleted?)</source>
        <translation>この商談にタスク {id} はありません(削除されましたか?)</translation>
    </message>
    <message>
        <source>no route step {id} in this deal (was it removed?)</source>
        <translation>この商談に稟議ルートの承認者 {id} はありません(削除されましたか?)</translation>
    </message>
    <message>
        <source>a stakeholder needs a name</source>
        <translation>関係者の名前を入力してください</translation>
    </message>
    <message>
        <source>a role is listed twice</source>
        <translation>同じ役割が2回指定されています</translation>
    </message>
    <message>
        <source>no stakeholder with id {id} in this deal</source>
        <translation>この商談にID {id} の関係者はいません</translation>
    </message>
    <message>
        <source>must be a person on the customer&apos;s side</source>
        <translation>顧客側の人を指定してください</translation>
    </message>
    <message>
        <source>unknown approval method</source>
        <translation>不明な承認方法です</translation>
    </message>
    <message>
        <source>a risk needs a description</source>
        <translation>リスクの説明を入力してください</translation>
    </message>
    <message>
        <source>a calendar belongs to an account name</source>
        <translation>カレンダーには取引先名が必要です</translation>
    </message>
    <message>
        <source>a closure needs a name</source>
        <translation>休業日の名前を入力してください</translation>
    </message>
    <message>
        <source>is before the start</source>
        <translation>開始日より前になっています</translation>
    </message>
    <message>
        <source>a meeting needs a name</source>
        <translation>会議の名前を入力してください</translation>
    </message>
    <message>
        <source>name the level that approves this band (e.g. 部長, CFO)</source>
        <translation>この金額帯を承認する役職を入力してください(例: 部長、CFO)</translation>
    </message>
    <message>
        <source>two bands have the same limit</source>
        <translation>2つの金額帯の上限が同じです</translation>
    </message>
    <message>
        <source>is larger than {megabytes} MB: not a bundle</source>
        <translation>{megabytes} MBを超えています。バンドルではありません</translation>
    </message>
    <message>
        <source>cannot be read: {detail}</source>
        <translation>読み込めません: {detail}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>ファイルがUTF-8テキストではありません</translation>
    </message>
    <message>
        <source>nested more than {levels} levels deep: not a bundle</source>
        <translation>入れ子が{levels}階層を超えています。バンドルではありません</translation>
    </message>
    <message>
        <source>not valid JSON: {detail}</source>
        <translation>有効なJSONではありません: {detail}</translation>
    </message>
    <message>
        <source>not readable JSON: {detail}</source>
        <translation>JSONとして読み込めません: {detail}</translation>
    </message>
    <message>
        <source>a bundle is a JSON object</source>
        <translation>バンドルはJSONオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>must be {format} (got {value}): this is not a closeplan bundle</source>
        <translation>{format} である必要があります(実際の値: {value})。closeplanのバンドルではありません</translation>
    </message>
    <message>
        <source>must be the whole number {version}, not {type}</source>
        <translation>整数 {version} である必要があります({type} ではありません)</translation>
    </message>
    <message>
        <source>is {value}: this bundle was written by a newer closeplan (this one reads version {version})</source>
        <translation>{value} です。このバンドルは新しいバージョンのcloseplanで作成されました(このバージョンで読み込めるのはバージョン{version}です)</translation>
    </message>
    <message>
        <source>must be {version} (got {value})</source>
        <translation>{version} である必要があります(実際の値: {value})</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>不明な項目です</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>has an invalid value</source>
        <translation>値が正しくありません</translation>
    </message>
    <message>
        <source>must be an object, not {type}</source>
        <translation>オブジェクトである必要があります({type} ではありません)</translation>
    </message>
    <message>
        <source>must be a list, not {type}</source>
        <translation>リストである必要があります({type} ではありません)</translation>
    </message>
    <message>
        <source>must be text, not {type}</source>
        <translation>テキストである必要があります({type} ではありません)</translation>
    </message>
    <message>
        <source>must be true or false, not {type}</source>
        <translation>true または false である必要があります({type} ではありません)</translation>
    </message>
    <message>
        <source>must be a whole number, not {type}</source>
        <translation>整数である必要があります({type} ではありません)</translation>
    </message>
    <message>
        <source>is too large a number (at most {limit})</source>
        <translation>数値が大きすぎます(最大 {limit})</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD, not {value}</source>
        <translation>YYYY-MM-DD 形式の日付である必要があります({value} ではありません)</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time as YYYY-MM-DDTHH:MM:SS+HH:MM, not {value}</source>
        <translation>YYYY-MM-DDTHH:MM:SS+HH:MM 形式のISO 8601日時である必要があります({value} ではありません)</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time, not {value}</source>
        <translation>ISO 8601形式の日時である必要があります({value} ではありません)</translation>
    </message>
    <message>
        <source>the time zone {zone} is not one: offsets run up to {limit}</source>
        <translation>タイムゾーン {zone} は存在しません。時差は最大 {limit} です</translation>
    </message>
    <message>
        <source>must be a UUID, not {value}</source>
        <translation>UUIDである必要があります({value} ではありません)</translation>
    </message>
    <message>
        <source>must be a decimal number written as text (e.g. &quot;12000000&quot;), not {type}</source>
        <translation>テキストで書かれた数値である必要があります(例: &quot;12000000&quot;、{type} ではありません)</translation>
    </message>
    <message>
        <source>must be a decimal number of ASCII digits such as &quot;12000000&quot; or &quot;86000.50&quot;, not {value}</source>
        <translation>&quot;12000000&quot; や &quot;86000.50&quot; のような半角数字の数値である必要があります({value} ではありません)</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}</source>
        <translation>{value} は次のいずれでもありません: {choices}</translation>
    </message>
    <message>
        <source>a template is a JSON object</source>
        <translation>テンプレートはJSONオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>must be an object of texts per language (en, ja, ko, sv)</source>
        <translation>言語ごとのテキストのオブジェクト(en、ja、ko、sv)である必要があります</translation>
    </message>
    <message>
        <source>unknown language {value} (use {choices})</source>
        <translation>不明な言語です: {value}({choices} を使用してください)</translation>
    </message>
    <message>
        <source>needs a text in at least one language</source>
        <translation>少なくとも1つの言語でテキストを入力してください</translation>
    </message>
    <message>
        <source>must be {value}</source>
        <translation>{value} である必要があります</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>{choices} のいずれかを指定してください</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits, - or _</source>
        <translation>半角小文字・数字・-・_ のみ使用できます</translation>
    </message>
    <message>
        <source>must be a two-letter country code or empty</source>
        <translation>2文字の国コードにするか、空欄にしてください</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>空でないリストである必要があります</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>must be a short lower-case name (not &apos;close&apos;)</source>
        <translation>短い半角小文字の名前にしてください(&apos;close&apos; 以外)</translation>
    </message>
    <message>
        <source>must be vendor, customer or joint</source>
        <translation>vendor、customer、joint のいずれかを指定してください</translation>
    </message>
    <message>
        <source>must be a whole number of working days</source>
        <translation>営業日数を整数で入力してください</translation>
    </message>
    <message>
        <source>only board meetings have a submission lead (0 or more working days)</source>
        <translation>提出リードタイムを設定できるのは取締役会のみです(0営業日以上)</translation>
    </message>
    <message>
        <source>must be a list of step keys</source>
        <translation>タスクのキーのリストである必要があります</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true または false である必要があります</translation>
    </message>
    <message>
        <source>must be &apos;close&apos; or a step key</source>
        <translation>&apos;close&apos; またはタスクのキーを指定してください</translation>
    </message>
    <message>
        <source>two steps have the same key</source>
        <translation>2つのタスクのキーが同じです</translation>
    </message>
    <message>
        <source>no step with key {key}</source>
        <translation>キー {key} のタスクはありません</translation>
    </message>
    <message>
        <source>no other step with key {key}</source>
        <translation>キー {key} の他のタスクはありません</translation>
    </message>
    <message>
        <source>relative_to forms a loop: every chain must end at &apos;close&apos;</source>
        <translation>relative_to がループしています。すべての連鎖は &apos;close&apos; で終わる必要があります</translation>
    </message>
    <message>
        <source>depends_on forms a cycle</source>
        <translation>depends_on が循環しています</translation>
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
        <translation>数値</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>people</source>
        <translation>関係者</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>desks</source>
        <translation>稟議ルートの承認者</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>moves</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>revisions</source>
        <translation>改訂</translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation>依存関係</translation>
    </message>
    <message>
        <source>closures</source>
        <translation>休業日</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>会議</translation>
    </message>
    <message>
        <source>bands</source>
        <translation>金額帯</translation>
    </message>
</context>
<context>
    <name>ReviewDashboard</name>
    <message>
        <source>on time</source>
        <translation>遅れなし</translation>
    </message>
    <message>
        <source>1–7 d</source>
        <translation>1〜7日</translation>
    </message>
    <message>
        <source>8–30 d</source>
        <translation>8〜30日</translation>
    </message>
    <message>
        <source>31–90 d</source>
        <translation>31〜90日</translation>
    </message>
    <message>
        <source>&gt; 90 d</source>
        <translation>90日超</translation>
    </message>
    <message>
        <source>no risk level</source>
        <translation>リスク未評価</translation>
    </message>
    <message>
        <source>Risk by amount (in period)</source>
        <translation>リスク別の金額(期間内)</translation>
    </message>
    <message>
        <source>Deals by AE and risk</source>
        <translation>担当営業・リスク別の商談数</translation>
    </message>
    <message>
        <source>Slip of the projected close</source>
        <translation>予測成約日の遅れ</translation>
    </message>
    <message>
        <source>Forecast at risk (in period)</source>
        <translation>危険な見込み額(期間内)</translation>
    </message>
    <message>
        <source>slipping out of the period</source>
        <translation>期間外へずれ込む</translation>
    </message>
    <message>
        <source>all in period</source>
        <translation>期間内の合計</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>ほか{count}件</translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>商談なし</translation>
    </message>
    <message>
        <source>(no AE)</source>
        <translation>(担当営業なし)</translation>
    </message>
    <message>
        <source>Slip {bucket}: {count}</source>
        <translation>遅れ {bucket}: {count}件</translation>
    </message>
    <message>
        <source>slip {bucket}</source>
        <translation>遅れ {bucket}</translation>
    </message>
    <message>
        <source>{currency} slipping out of the period</source>
        <translation>{currency} 期間外へずれ込む商談</translation>
    </message>
    <message>
        <source>{at_risk} of {total} at risk</source>
        <translation>{total}のうち{at_risk}が危険</translation>
    </message>
    <message>
        <source>{currency} in period</source>
        <translation>{currency} 期間内</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>{days} d</source>
        <translation>{days}日</translation>
    </message>
    <message>
        <source>synced {date}</source>
        <translation>同期 {date}</translation>
    </message>
    <message>
        <source>AE</source>
        <translation>担当営業</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>取引先</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Target close</source>
        <translation>目標成約日</translation>
    </message>
    <message>
        <source>Projected close</source>
        <translation>予測成約日</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>遅れ</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>延期回数</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Next customer step</source>
        <translation>顧客側の次のタスク</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>未更新</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>鮮度</translation>
    </message>
    <message>
        <source>No risk flags</source>
        <translation>リスク指摘なし</translation>
    </message>
    <message>
        <source>Its owner last synced on {when}</source>
        <translation>担当者の最終同期: {when}</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>今四半期</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>来四半期</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>期間を指定…</translation>
    </message>
    <message>
        <source>closeplan — late-stage review</source>
        <translation>closeplan — 終盤案件レビュー</translation>
    </message>
    <message>
        <source>All AEs</source>
        <translation>すべての担当営業</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>バンドルを取り込む…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF を出力…</translation>
    </message>
    <message>
        <source>Open in the editor</source>
        <translation>エディターで開く</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>期間(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;AE</source>
        <translation>担当営業(&amp;A)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Late-stage deals</source>
        <translation>後期フェーズの商談</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>変更点</translation>
    </message>
    <message>
        <source>In period: the deal&apos;s target close or projected close falls between the period&apos;s first and last day. Forecast at risk: the target close is in the period, the projected close after it.</source>
        <translation>期間内: 商談の目標成約日または予測成約日が期間の初日から最終日までにあること。危険な見込み額: 目標成約日は期間内で、予測成約日がその後にあるもの。</translation>
    </message>
    <message>
        <source>Showing: {what}</source>
        <translation>表示中: {what}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deals: {count}&lt;/b&gt; · {in_period} of them close in the period {start} – {end} (target or projected close): the amounts are theirs</source>
        <translation>&lt;b&gt;商談: {count} 件&lt;/b&gt; · うち {in_period} 件が期間 {start} – {end} に成約予定(目標または予測成約日): 金額はその合計</translation>
    </message>
    <message>
        <source>forecast at risk {amount}</source>
        <translation>危険な見込み額 {amount}</translation>
    </message>
    <message>
        <source>Export review PDF</source>
        <translation>レビュー PDF の出力</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Import deal bundles</source>
        <translation>商談バンドルの取り込み</translation>
    </message>
    <message>
        <source>closeplan bundles (*.json);;All files (*)</source>
        <translation>closeplan バンドル (*.json);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>RiskModel</name>
    <message>
        <source>Risk</source>
        <translation>リスク内容</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>発生可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>対応者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <source>Computed flags</source>
        <translation>自動検出されたリスク</translation>
    </message>
    <message>
        <source>Risks entered by hand (internal)</source>
        <translation>手入力のリスク(社内用)</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>リスクを追加</translation>
    </message>
    <message>
        <source>Remove risk</source>
        <translation>リスクを削除</translation>
    </message>
    <message>
        <source>&lt;b&gt;Risk: {level}&lt;/b&gt; · target close {target} · projected close {projected}</source>
        <translation>&lt;b&gt;リスク:{level}&lt;/b&gt; · 目標成約日 {target} · 予測成約日 {projected}</translation>
    </message>
    <message>
        <source>slip: {days} days</source>
        <translation>遅れ {days}日</translation>
    </message>
    <message>
        <source>on plan</source>
        <translation>計画どおり</translation>
    </message>
    <message>
        <source>Change risk</source>
        <translation>リスクの変更</translation>
    </message>
    <message>
        <source>New risk: describe what could stop the deal</source>
        <translation>新しいリスク:商談を止めうることを書いてください</translation>
    </message>
</context>
<context>
    <name>RouteModel</name>
    <message>
        <source>? (2 assumed)</source>
        <translation>?(2日と仮定)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職・部署</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>Away (d)</source>
        <translation>不在(日)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Customer sees</source>
        <translation>顧客に表示</translation>
    </message>
    <message>
        <source>Expected to pass on {date}</source>
        <translation>{date} に承認予定</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>RouteTab</name>
    <message>
        <source>No route recorded yet: add the drafter, the reviewers in order, the approvers and the final approver.</source>
        <translation>稟議ルートは未登録です。起案者、回覧先(順番どおり)、承認者、決裁者を追加してください。</translation>
    </message>
    <message>
        <source>who? (not known)</source>
        <translation>誰?(不明)</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days}日</translation>
    </message>
    <message>
        <source>? d</source>
        <translation>?日</translation>
    </message>
    <message>
        <source>away {days} d</source>
        <translation>不在 {days}日</translation>
    </message>
    <message>
        <source>&amp;Add desk</source>
        <translation>段階を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Remove desk</source>
        <translation>段階を削除</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後へ</translation>
    </message>
    <message>
        <source>Account calendar &amp;&amp; authority table…</source>
        <translation>取引先カレンダーと決裁権限表…</translation>
    </message>
    <message>
        <source>Route settings</source>
        <translation>ルートの設定</translation>
    </message>
    <message>
        <source>Drafter usually gets through up to</source>
        <translation>起案者が通常通せる金額</translation>
    </message>
    <message>
        <source>Drafter submits on</source>
        <translation>起案日</translation>
    </message>
    <message>
        <source>Must pass before</source>
        <translation>完了が必要なタスク</translation>
    </message>
    <message>
        <source>This amount needs</source>
        <translation>この金額の決裁</translation>
    </message>
    <message>
        <source>amount in the deal&apos;s currency; empty: not known</source>
        <translation>商談の通貨での金額(空欄: 不明)</translation>
    </message>
    <message>
        <source>Empty: when the plan has the request drafted</source>
        <translation>空欄: 計画上の起案完了時</translation>
    </message>
    <message>
        <source>The purchase order (default)</source>
        <translation>発注書(既定)</translation>
    </message>
    <message>
        <source>Route: {total} working days in all · {left} still to go · passes on &lt;b&gt;{finish}&lt;/b&gt;</source>
        <translation>稟議ルート: 全体 {total}営業日 · 残り {left}営業日 · 完了予定 &lt;b&gt;{finish}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{desk}: {note}</source>
        <translation>{desk}：{note}</translation>
    </message>
    <message>
        <source>needed by {date} for “{title}”</source>
        <translation>「{title}」に {date} までに必要</translation>
    </message>
    <message>
        <source>too late: {needed}</source>
        <translation>間に合いません: {needed}</translation>
    </message>
    <message>
        <source>returned: back to the drafter, every desk again</source>
        <translation>差し戻し: 起案者に戻り、全員が再承認</translation>
    </message>
    <message>
        <source>No authority table recorded for {account}</source>
        <translation>{account}の決裁権限表は未登録です</translation>
    </message>
    <message>
        <source>The authority table is in {table}, the deal in {deal}: not compared</source>
        <translation>決裁権限表は{table}、商談は{deal}のため比較できません</translation>
    </message>
    <message>
        <source>Above every band of the authority table</source>
        <translation>決裁権限表のどの金額帯も超えています</translation>
    </message>
    <message>
        <source>up to {limit}</source>
        <translation>{limit} まで</translation>
    </message>
    <message>
        <source>above {limit}</source>
        <translation>{limit} 超</translation>
    </message>
    <message>
        <source>&lt;b&gt;{level}&lt;/b&gt; ({band}, from the authority table of {account})</source>
        <translation>&lt;b&gt;{level}&lt;/b&gt;({band}、{account}の決裁権限表より)</translation>
    </message>
    <message>
        <source>Change route step</source>
        <translation>ルートの段階を変更</translation>
    </message>
    <message>
        <source>Add route step</source>
        <translation>ルートの段階を追加</translation>
    </message>
    <message>
        <source>Remove route step</source>
        <translation>ルートの段階を削除</translation>
    </message>
    <message>
        <source>Move route step</source>
        <translation>ルートの段階を移動</translation>
    </message>
    <message>
        <source>Drafter&apos;s usual limit: “{text}” is not an amount</source>
        <translation>起案者の通常の上限: 「{text}」は金額ではありません</translation>
    </message>
    <message>
        <source>Change drafter&apos;s usual limit</source>
        <translation>起案者の通常の上限を変更</translation>
    </message>
    <message>
        <source>Change route start</source>
        <translation>起案日を変更</translation>
    </message>
    <message>
        <source>Change what the route must pass before</source>
        <translation>ルートの完了期限のタスクを変更</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>closeplan is already open on {file} in another window. That window was brought to the front.</source>
        <translation>closeplan は別のウィンドウで {file} を既に開いています。そのウィンドウを前面に表示しました。</translation>
    </message>
    <message>
        <source>closeplan is already open on {file} in another window. Switch to that window, or close it and start closeplan again.</source>
        <translation>closeplan は別のウィンドウで {file} を既に開いています。そのウィンドウに切り替えるか、閉じてから closeplan をもう一度起動してください。</translation>
    </message>
</context>
<context>
    <name>StakeholderModel</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影響力</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>姿勢</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Notes (internal)</source>
        <translation>メモ(社内用)</translation>
    </message>
</context>
<context>
    <name>StakeholdersTab</name>
    <message>
        <source>Add customer contact</source>
        <translation>顧客側の担当者を追加</translation>
    </message>
    <message>
        <source>Add colleague</source>
        <translation>社内メンバーを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Change {field} of {name}</source>
        <translation>{name} の{field}を変更</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新しい担当者</translation>
    </message>
    <message>
        <source>New colleague</source>
        <translation>新しい社内メンバー</translation>
    </message>
    <message>
        <source>Add stakeholder</source>
        <translation>関係者を追加</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} を削除</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>The team server {server} refused the login (wrong password, or no such user).</source>
        <translation>チームサーバー {server} がログインを拒否しました(パスワードの誤り、またはユーザーが存在しません)。</translation>
    </message>
    <message>
        <source>No password for the team server {server}: connect again (File → Connect to team server…), or use PGPASSWORD or ~/.pgpass.</source>
        <translation>チームサーバー {server} のパスワードがありません。もう一度接続するか(ファイル → チームサーバーに接続…)、PGPASSWORD または ~/.pgpass を使ってください。</translation>
    </message>
    <message>
        <source>Nothing answers at {server} (connection refused).</source>
        <translation>{server} から応答がありません(接続が拒否されました)。</translation>
    </message>
    <message>
        <source>The team server {server} did not answer in time.</source>
        <translation>チームサーバー {server} が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Cannot reach the team server {server}: {detail}</source>
        <translation>チームサーバー {server} に接続できません: {detail}</translation>
    </message>
    <message>
        <source>The connection to the team server {server} broke; nothing is lost, the next sync sends it again.</source>
        <translation>チームサーバー {server} との接続が切れました。失われたものはありません。次の同期で再送します。</translation>
    </message>
    <message>
        <source>The team server {server} refused: {detail}</source>
        <translation>チームサーバー {server} が拒否しました: {detail}</translation>
    </message>
    <message>
        <source>The team server {server} is not set up yet: an admin runs “closeplan server init”.</source>
        <translation>チームサーバー {server} はまだ準備されていません。管理者が「closeplan server init」を実行してください。</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>同期中…</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>同期できませんでした</translation>
    </message>
    <message>
        <source>synced at {time}</source>
        <translation>{time} に同期</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>未送信の変更 1 件</translation>
    </message>
    <message>
        <source>{count} changes waiting</source>
        <translation>未送信の変更 {count} 件</translation>
    </message>
    <message>
        <source>This database is not synced with a team server: click to connect.</source>
        <translation>このデータベースはチームサーバーと同期していません。クリックすると接続できます。</translation>
    </message>
    <message>
        <source>Team server: {server}</source>
        <translation>チームサーバー: {server}</translation>
    </message>
    <message>
        <source>Last synced: {time}</source>
        <translation>最終同期: {time}</translation>
    </message>
    <message>
        <source>Click to sync now (F9).</source>
        <translation>クリックすると今すぐ同期します(F9)。</translation>
    </message>
    <message>
        <source>The demo database is not synced with a team server: open your own database to connect it.</source>
        <translation>デモのデータベースはチームサーバーと同期できません。接続するには自分のデータベースを開いてください。</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer, so the password was not saved.</source>
        <translation>この PC にはシステムのキーリングがないため、パスワードは保存されませんでした。</translation>
    </message>
    <message>
        <source>The system keyring did not take the password, so it was not saved.</source>
        <translation>システムのキーリングがパスワードを受け付けなかったため、保存されませんでした。</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>パスワードは保存されていません</translation>
    </message>
    <message>
        <source>closeplan uses it until it closes. To sync after that without typing it again, set PGPASSWORD or put the password in ~/.pgpass (PostgreSQL&apos;s own password file).</source>
        <translation>closeplan を閉じるまではこのパスワードを使います。その後も入力し直さずに同期するには、PGPASSWORD を設定するか、パスワードを ~/.pgpass(PostgreSQL のパスワードファイル)に書いてください。</translation>
    </message>
    <message>
        <source>A sync is running: disconnect when it is done.</source>
        <translation>同期中です。終わってから切断してください。</translation>
    </message>
    <message>
        <source>Disconnected from the team server; the deals stay in this database.</source>
        <translation>チームサーバーから切断しました。商談はこのデータベースに残ります。</translation>
    </message>
    <message>
        <source>Stop syncing this database with the team server?</source>
        <translation>このデータベースとチームサーバーの同期をやめますか?</translation>
    </message>
    <message>
        <source>{count} change has not been sent yet: it stays in this database but is never sent.</source>
        <translation>{count} 件の変更がまだ送信されていません: このデータベースには残りますが、送信されることはありません。</translation>
    </message>
    <message>
        <source>{count} changes have not been sent yet: they stay in this database but are never sent.</source>
        <translation>{count} 件の変更がまだ送信されていません: このデータベースには残りますが、送信されることはありません。</translation>
    </message>
    <message>
        <source>The team server refused {count} change to a deal you may not change.</source>
        <translation>チームサーバーは、変更権限のない商談への {count} 件の変更を拒否しました。</translation>
    </message>
    <message>
        <source>The team server refused {count} changes to deals you may not change.</source>
        <translation>チームサーバーは、変更権限のない商談への {count} 件の変更を拒否しました。</translation>
    </message>
    <message>
        <source>{count} deal is kept as it is here: the team&apos;s changes to it do not fit together. It is taken as soon as a change makes them fit.</source>
        <translation>{count} 件の商談はこの端末の内容のままです: チームの変更が両立しません。変更で両立すればすぐに取り込みます。</translation>
    </message>
    <message>
        <source>{count} deals are kept as they are here: the team&apos;s changes to them do not fit together. They are taken as soon as a change makes them fit.</source>
        <translation>{count} 件の商談はこの端末の内容のままです: チームの変更が両立しません。変更で両立すればすぐに取り込みます。</translation>
    </message>
    <message>
        <source>Synced: {count} deal mended where the team&apos;s changes did not fit together (see its History).</source>
        <translation>同期しました: チームの変更が両立しなかった {count} 件の商談を修復しました(履歴を参照)。</translation>
    </message>
    <message>
        <source>Synced: {count} deals mended where the team&apos;s changes did not fit together (see their History).</source>
        <translation>同期しました: チームの変更が両立しなかった {count} 件の商談を修復しました(履歴を参照)。</translation>
    </message>
    <message>
        <source>Synced: {count} conflict to decide (marked in the deal list).</source>
        <translation>同期しました: 決めるべき競合が {count} 件あります(商談一覧に表示)。</translation>
    </message>
    <message>
        <source>Synced: {count} conflicts to decide (marked in the deal list).</source>
        <translation>同期しました: 決めるべき競合が {count} 件あります(商談一覧に表示)。</translation>
    </message>
    <message>
        <source>Disconnect from team server</source>
        <translation>チームサーバーから切断</translation>
    </message>
    <message>
        <source>A sync is running; its outcome shows here when it is done.</source>
        <translation>同期の実行中です。終わると結果がここに表示されます。</translation>
    </message>
    <message>
        <source>Only a database file can be synced.</source>
        <translation>同期できるのはデータベースファイルだけです。</translation>
    </message>
    <message>
        <source>Offline: {reason}</source>
        <translation>オフライン: {reason}</translation>
    </message>
    <message>
        <source>Not synced: {reason}</source>
        <translation>同期できませんでした: {reason}</translation>
    </message>
    <message>
        <source>This conflict was decided already.</source>
        <translation>この競合はすでに解決されています。</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>縮小(Ctrl+ホイール)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>拡大(Ctrl+ホイール)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>today {date}</source>
        <translation>今日 {date}</translation>
    </message>
    <message>
        <source>target close {date}</source>
        <translation>目標成約日 {date}</translation>
    </message>
    <message>
        <source>projected {date}</source>
        <translation>予測 {date}</translation>
    </message>
    <message>
        <source>Projected {date}</source>
        <translation>予測 {date}</translation>
    </message>
    <message>
        <source>Submission deadline {date} for “{title}”</source>
        <translation>「{title}」の資料提出期限 {date}</translation>
    </message>
    <message>
        <source>step (open)</source>
        <translation>ステップ(未完了)</translation>
    </message>
    <message>
        <source>milestone: board meeting, PO, signature</source>
        <translation>マイルストーン:取締役会・発注書・締結</translation>
    </message>
    <message>
        <source>done (filled)</source>
        <translation>完了(塗りつぶし)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>projected date of a late step</source>
        <translation>遅れているステップの予測日</translation>
    </message>
    <message>
        <source>submission deadline</source>
        <translation>資料提出期限</translation>
    </message>
    <message>
        <source>agreed date → current date</source>
        <translation>合意日 → 現在の日付</translation>
    </message>
    <message>
        <source>customer closed</source>
        <translation>顧客の休業日</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>target close</source>
        <translation>目標成約日</translation>
    </message>
    <message>
        <source>projected close</source>
        <translation>予測成約日</translation>
    </message>
    <message>
        <source>Agreed {date} ({days:+d} d since)</source>
        <translation>合意 {date}(以降 {days:+d}日)</translation>
    </message>
</context>
</TS>
