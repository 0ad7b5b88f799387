<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>{where}: “{text}” is not a date ({form})</source>
        <translation>{where}: ”{text}” är inget datum ({form})</translation>
    </message>
    <message>
        <source>Calendar and authority table — {account}</source>
        <translation>Kalender och attestordning — {account}</translation>
    </message>
    <message>
        <source>Closures &amp;&amp; fiscal year</source>
        <translation>Stängda dagar &amp;&amp; räkenskapsår</translation>
    </message>
    <message>
        <source>Governance meetings</source>
        <translation>Beslutsmöten</translation>
    </message>
    <message>
        <source>Authority table</source>
        <translation>Attestordning</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Upprepas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>± days</source>
        <translation>± dagar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Hålls</translation>
    </message>
    <message>
        <source>Papers due (working days before)</source>
        <translation>Underlag senast (arbetsdagar före)</translation>
    </message>
    <message>
        <source>Up to (empty: above the rest)</source>
        <translation>Upp till (tomt: allt därutöver)</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Beslutas av</translation>
    </message>
    <message>
        <source>Days {account} does not work on top of the national holidays of {country}: plans are scheduled around them. Yearly days as MM-DD (12-29 to 01-03 wraps over the new year), one-off closures as YYYY-MM-DD.</source>
        <translation>Dagar då {account} inte arbetar utöver helgdagarna i {country}: planer läggs runt dem. Årliga dagar som MM-DD (12-29 till 01-03 går över nyår), enstaka stängningar som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>Board, management and investment committee meetings, and how many working days before each meeting its papers are due. New plans for this account use its board meeting.</source>
        <translation>Styrelse, ledningsgrupp och investeringskommitté, och hur många arbetsdagar före mötet underlaget ska vara inne. Nya planer för kunden använder styrelsemötet.</translation>
    </message>
    <message>
        <source>The customer&apos;s approval-authority table (決裁権限表): which level approves amounts up to each limit. The route tab shows the level this deal&apos;s amount needs.</source>
        <translation>Kundens attestordning: vilken nivå som beslutar upp till varje belopp. Fliken Attestkedja visar vilken nivå affärens belopp kräver.</translation>
    </message>
    <message>
        <source>Use the preset for {country}</source>
        <translation>Använd förinställningen för {country}</translation>
    </message>
    <message>
        <source>Add closure</source>
        <translation>Lägg till stängning</translation>
    </message>
    <message>
        <source>Remove closure</source>
        <translation>Ta bort stängning</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>Lägg till möte</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Ta bort möte</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>Lägg till nivå</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>Ta bort nivå</translation>
    </message>
    <message>
        <source>Fiscal year ends (MM-DD)</source>
        <translation>Räkenskapsåret slutar (MM-DD)</translation>
    </message>
    <message>
        <source>Budget freeze before it (days)</source>
        <translation>Budgetstopp före (dagar)</translation>
    </message>
    <message>
        <source>Currency of the table</source>
        <translation>Valuta i attestordningen</translation>
    </message>
    <message>
        <source>The chosen meeting is held</source>
        <translation>Det valda mötet hålls</translation>
    </message>
    <message>
        <source>No calendar was kept for this account: the preset for {country} is filled in.</source>
        <translation>Ingen kalender fanns för kunden: förinställningen för {country} är ifylld.</translation>
    </message>
    <message>
        <source>Closure {n}</source>
        <translation>Stängning {n}</translation>
    </message>
    <message>
        <source>Band {n}: “{text}” is not an amount</source>
        <translation>Nivå {n}: ”{text}” är inget belopp</translation>
    </message>
    <message>
        <source>“{code}” is not an ISO 4217 currency code (e.g. JPY, KRW, SEK, USD).</source>
        <translation>”{code}” är ingen valutakod enligt ISO 4217 (t.ex. JPY, KRW, SEK, USD).</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Create deal</source>
        <translation>Skapa affär</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Ta bort affären</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importera ett paket</translation>
    </message>
    <message>
        <source>Import from a CRM</source>
        <translation>Importera från ett CRM</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Change the account calendar</source>
        <translation>Ändra kundens kalender</translation>
    </message>
    <message>
        <source>Mend the plan after the team&apos;s changes</source>
        <translation>Laga planen efter teamets ändringar</translation>
    </message>
    <message>
        <source>Decide a conflict: keep mine</source>
        <translation>Avgör en konflikt: behåll mitt</translation>
    </message>
    <message>
        <source>Decide a conflict: keep theirs</source>
        <translation>Avgör en konflikt: behåll deras</translation>
    </message>
    <message>
        <source>Undo: {action}</source>
        <translation>Ångra: {action}</translation>
    </message>
    <message>
        <source>Redo: {action}</source>
        <translation>Gör om: {action}</translation>
    </message>
    <message>
        <source>Reorder the plan</source>
        <translation>Ändra ordningen i planen</translation>
    </message>
    <message>
        <source>Reorder the stakeholders</source>
        <translation>Ändra ordningen på intressenterna</translation>
    </message>
    <message>
        <source>Reorder the risks</source>
        <translation>Ändra ordningen på riskerna</translation>
    </message>
    <message>
        <source>Reorder the approval route</source>
        <translation>Ändra ordningen i attestkedjan</translation>
    </message>
    <message>
        <source>Customer PDF, revision {number}</source>
        <translation>Kund-PDF, version {number}</translation>
    </message>
    <message>
        <source>Decide a conflict</source>
        <translation>Avgör en konflikt</translation>
    </message>
    <message>
        <source>Set {fields}</source>
        <translation>Ändra {fields}</translation>
    </message>
    <message>
        <source>{what} and {count} more</source>
        <translation>{what} och {count} till</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>Lägg till {what}</translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation>Ta bort {what}</translation>
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
        <translation>kundens kalender</translation>
    </message>
</context>
<context>
    <name>ApprovalTab</name>
    <message>
        <source>Real final approver (who really decides)</source>
        <translation>Den som faktiskt beslutar</translation>
    </message>
    <message>
        <source>Nominal approver</source>
        <translation>Formell beslutsfattare</translation>
    </message>
    <message>
        <source>Signs the purchase order</source>
        <translation>Undertecknar beställningen (firmatecknare)</translation>
    </message>
    <message>
        <source>Drafter (writes the approval request)</source>
        <translation>Handläggare (skriver beslutsunderlaget)</translation>
    </message>
    <message>
        <source>Approval method</source>
        <translation>Attestsätt</translation>
    </message>
    <message>
        <source>Board / management resolution needed</source>
        <translation>Kräver styrelse- eller ledningsbeslut</translation>
    </message>
    <message>
        <source>Drafter has passed an approval of this amount</source>
        <translation>Handläggaren har fått igenom ett beslut av denna storlek</translation>
    </message>
    <message>
        <source>Board-meeting step</source>
        <translation>Styrelsemöte i planen</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Mötesdatum</translation>
    </message>
    <message>
        <source>Submission deadline</source>
        <translation>Sista dag för underlag</translation>
    </message>
    <message>
        <source>Regular meetings</source>
        <translation>Ordinarie möten</translation>
    </message>
    <message>
        <source>The account&apos;s meeting</source>
        <translation>Kundens möte</translation>
    </message>
    <message>
        <source>Extraordinary meeting possible</source>
        <translation>Extra möte möjligt</translation>
    </message>
    <message>
        <source>Who approves, who signs, how</source>
        <translation>Vem beslutar, vem skriver under, hur</translation>
    </message>
    <message>
        <source>Board meeting</source>
        <translation>Styrelsemöte</translation>
    </message>
    <message>
        <source>Notes on the approval route</source>
        <translation>Anteckningar om beslutsvägen</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Ny person…</translation>
    </message>
    <message>
        <source>No board-meeting step in the plan — but a resolution is needed!</source>
        <translation>Planen saknar styrelsemöte — men ett styrelsebeslut krävs!</translation>
    </message>
    <message>
        <source>No board-meeting step in the plan</source>
        <translation>Planen har inget styrelsemöte</translation>
    </message>
    <message>
        <source>The submission deadline is unknown.</source>
        <translation>Sista dag för underlag är okänd.</translation>
    </message>
    <message>
        <source>Change approval path</source>
        <translation>Ändra beslutsväg</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>Name of the customer&apos;s person:</source>
        <translation>Namn på kundens person:</translation>
    </message>
    <message>
        <source>Change board meeting</source>
        <translation>Ändra styrelsemöte</translation>
    </message>
    <message>
        <source>— (none chosen)</source>
        <translation>— (inget valt)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Daily</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Veckovis</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Före en uppdatering</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <source>Kept (had more deals)</source>
        <translation>Sparad (hade fler affärer)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <source>Open backup &amp;folder</source>
        <translation>Öppna &amp;mappen med säkerhetskopior</translation>
    </message>
    <message>
        <source>closeplan keeps a copy of your database for each of the last 7 days and 4 weeks, checked when it is made. They are in {folder}. Restoring one replaces what is in the database now; the current content is kept as a backup first, so a restore can be undone from this list.</source>
        <translation>closeplan sparar en kopia av databasen för var och en av de senaste 7 dagarna och 4 veckorna, kontrollerad när den görs. De finns i {folder}. En återställning ersätter det som finns i databasen nu; det nuvarande innehållet sparas först som en säkerhetskopia, så en återställning kan ångras från den här listan.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affärer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Replace the database with the backup taken {when}? Changes made since then will not be in it; what is there now is kept as a backup.</source>
        <translation>Ersätta databasen med säkerhetskopian från {when}? Ändringar gjorda sedan dess finns inte med; det som finns nu sparas som en säkerhetskopia.</translation>
    </message>
    <message>
        <source>it is no longer an SQLite database file</source>
        <translation>den är inte längre en SQLite-databasfil</translation>
    </message>
    <message>
        <source>it is empty (0 bytes)</source>
        <translation>den är tom (0 byte)</translation>
    </message>
    <message>
        <source>it has none of closeplan&apos;s tables</source>
        <translation>den saknar closeplans tabeller</translation>
    </message>
    <message>
        <source>SQLite&apos;s check found damage in it</source>
        <translation>SQLites kontroll hittade skador i den</translation>
    </message>
    <message>
        <source>SQLite reports it damaged</source>
        <translation>SQLite rapporterar att den är skadad</translation>
    </message>
    <message>
        <source>The database {database} was damaged ({problem}). closeplan put the newest good backup in its place, taken {when}; changes made after that are not in it. The damaged file was kept, not deleted: {kept}</source>
        <translation>Databasen {database} var skadad ({problem}). closeplan har ersatt den med den senaste felfria säkerhetskopian, tagen {when}; ändringar gjorda efter det finns inte med. Den skadade filen har sparats, inte raderats: {kept}</translation>
    </message>
</context>
<context>
    <name>CadencePicker</name>
    <message>
        <source>How often</source>
        <translation>Hur ofta</translation>
    </message>
    <message>
        <source>Which one in the month</source>
        <translation>Vilken i månaden</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Regular meetings in words</source>
        <translation>Ordinarie möten i ord</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Close date pushed</source>
        <translation>Avslutsdatum framflyttat</translation>
    </message>
    <message>
        <source>Step slipped</source>
        <translation>Aktivitet försenad</translation>
    </message>
    <message>
        <source>New high risk</source>
        <translation>Ny hög risk</translation>
    </message>
    <message>
        <source>+{days} d</source>
        <translation>+{days} d</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Den</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>AE</source>
        <translation>Säljare</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affär</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Step or risk</source>
        <translation>Aktivitet eller risk</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Med</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>All changes</source>
        <translation>Alla ändringar</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Sedan</translation>
    </message>
    <message>
        <source>Nothing changed since that day.</source>
        <translation>Inget har ändrats sedan den dagen.</translation>
    </message>
    <message>
        <source>Close dates pushed: {pushed} · steps slipped: {slipped} · new high risks: {risks}</source>
        <translation>Framflyttade avslutsdatum: {pushed} · försenade aktiviteter: {slipped} · nya höga risker: {risks}</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>deleted</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>Conflicts with the team: {count}</source>
        <translation>Konflikter med teamet: {count}</translation>
    </message>
    <message>
        <source>the same field was changed here and elsewhere. The team server&apos;s value is in the deal now; choose which one stays.</source>
        <translation>samma fält ändrades här och på annat håll. Teamserverns värde finns i affären nu; välj vilket som ska gälla.</translation>
    </message>
    <message>
        <source>the same field was changed in two places. The team server&apos;s value is in the deal now; {owner} decides which one stays.</source>
        <translation>samma fält ändrades på två ställen. Teamserverns värde finns i affären nu; {owner} avgör vilket som ska gälla.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Behåll &amp;mitt</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Behåll &amp;deras</translation>
    </message>
    <message>
        <source>Keep this laptop&apos;s value; it is sent with the next sync</source>
        <translation>Behåll värdet från den här datorn; det skickas vid nästa synkning</translation>
    </message>
    <message>
        <source>Keep the team server&apos;s value (it is in the deal already)</source>
        <translation>Behåll teamserverns värde (det finns redan i affären)</translation>
    </message>
    <message>
        <source>Only the team server&apos;s side can be kept here: the item was added or deleted on one side. Change it again by hand if your side is needed.</source>
        <translation>Här kan bara teamserverns sida behållas: posten lades till eller togs bort på ena sidan. Ändra den igen för hand om din sida behövs.</translation>
    </message>
    <message>
        <source>{count} more follow as these are decided.</source>
        <translation>{count} till visas när de här är avgjorda.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mitt</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deras</translation>
    </message>
    <message>
        <source>Sent later</source>
        <translation>Skickat senare</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>På servern</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team server</source>
        <translation>Anslut till teamserver</translation>
    </message>
    <message>
        <source>closeplan syncs this database with your team&apos;s PostgreSQL server: it sends your changes and fetches the team&apos;s. Work done offline waits and is sent at the next sync.</source>
        <translation>closeplan synkar den här databasen med teamets PostgreSQL-server: dina ändringar skickas och teamets hämtas. Det du gör offline väntar och skickas vid nästa synkning.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>For an encrypted connection that checks the server&apos;s certificate, add {option}.</source>
        <translation>För en krypterad anslutning som kontrollerar serverns certifikat, lägg till {option}.</translation>
    </message>
    <message>
        <source>empty: the one in the keyring, PGPASSWORD or ~/.pgpass</source>
        <translation>tomt: det i nyckelringen, PGPASSWORD eller ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in a file. The first sync sends the deals of this database to the server, owned by you.</source>
        <translation>Lösenordet sparas i systemets nyckelring, aldrig i en fil. Den första synkningen skickar databasens affärer till servern, med dig som ägare.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>chef</translation>
    </message>
    <message>
        <source>AE</source>
        <translation>säljare</translation>
    </message>
    <message>
        <source>Connected as {login} ({role}, team {team}): the server is ready.</source>
        <translation>Ansluten som {login} ({role}, team {team}): servern är redo.</translation>
    </message>
</context>
<context>
    <name>CrmImportDialog</name>
    <message>
        <source>(ignore this column)</source>
        <translation>(använd inte kolumnen)</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM-id</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>Affärens namn</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Stängningsdatum</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Säljare</translation>
    </message>
    <message>
        <source>Import from a CRM export</source>
        <translation>Importera från en CRM-export</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <source>Currency when none is given</source>
        <translation>Valuta när ingen anges</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>The file has no account column. &amp;Account of every deal (or leave it empty: each deal&apos;s account is left to fill in):</source>
        <translation>Filen har ingen kolumn för kund. &amp;Kund för alla affärer (eller lämna tomt: varje affärs kund fylls i senare):</translation>
    </message>
    <message>
        <source>Import the good rows and leave out the rejected ones</source>
        <translation>Importera de korrekta raderna och hoppa över de avvisade</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>No file chosen: Salesforce or HubSpot export, .csv or .xlsx</source>
        <translation>Ingen fil vald: export från Salesforce eller HubSpot, .csv eller .xlsx</translation>
    </message>
    <message>
        <source>CRM exports (*.csv *.xlsx);;All files (*)</source>
        <translation>CRM-exporter (*.csv *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>New: {added} · updated: {updated} · unchanged: {unchanged} · rejected: {rejected}</source>
        <translation>Nya: {added} · uppdaterade: {updated} · oförändrade: {unchanged} · avvisade: {rejected}</translation>
    </message>
    <message>
        <source>Import from a CRM</source>
        <translation>Importera från ett CRM</translation>
    </message>
</context>
<context>
    <name>CrmPreviewModel</name>
    <message>
        <source>the file has no account column: the account is left to fill in</source>
        <translation>filen har ingen kundkolumn: kunden fylls i senare</translation>
    </message>
    <message>
        <source>the deal name is empty</source>
        <translation>affärens namn saknas</translation>
    </message>
    <message>
        <source>the account is empty</source>
        <translation>kunden saknas</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>beloppet saknas</translation>
    </message>
    <message>
        <source>amount: “{value}” is not an amount (use digits, e.g. 48,000,000 or ¥48,000,000)</source>
        <translation>belopp: ”{value}” är inget belopp (använd siffror, t.ex. 48 000 000 eller ¥48,000,000)</translation>
    </message>
    <message>
        <source>currency: “{currency}” is not an ISO 4217 code</source>
        <translation>valuta: ”{currency}” är ingen ISO 4217-kod</translation>
    </message>
    <message>
        <source>the amount is in {amount} but the currency column says {currency}</source>
        <translation>beloppet är i {amount} men valutakolumnen säger {currency}</translation>
    </message>
    <message>
        <source>no currency given: {currency}, as every other amount in the file</source>
        <translation>ingen valuta angiven: {currency}, som alla andra belopp i filen</translation>
    </message>
    <message>
        <source>no currency given: {currency} assumed</source>
        <translation>ingen valuta angiven: {currency} antas</translation>
    </message>
    <message>
        <source>the amount has no currency: choose a default currency above</source>
        <translation>beloppet har ingen valuta: välj en standardvaluta ovan</translation>
    </message>
    <message>
        <source>the close date is empty</source>
        <translation>avslutsdatum saknas</translation>
    </message>
    <message>
        <source>close date: “{value}” is not a date (use e.g. 2026-12-18, 2026/12/18 or 18.12.2026)</source>
        <translation>avslutsdatum: ”{value}” är inget datum (skriv t.ex. 2026-12-18, 2026/12/18 eller 18.12.2026)</translation>
    </message>
    <message>
        <source>close date: “{value}” is outside the years closeplan plans in</source>
        <translation>avslutsdatum: ”{value}” ligger utanför de år closeplan planerar i</translation>
    </message>
    <message>
        <source>{field}: too long, or with a character a deal cannot hold</source>
        <translation>{field}: för lång, eller med ett tecken en affär inte kan innehålla</translation>
    </message>
    <message>
        <source>the same opportunity as line {line}</source>
        <translation>samma affärsmöjlighet som rad {line}</translation>
    </message>
    <message>
        <source>stage “{stage}” not recognised: kept as it is, or Evaluation</source>
        <translation>fasen ”{stage}” känns inte igen: behålls som den är, eller Utvärdering</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>update</source>
        <translation>uppdateras</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>oförändrad</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>avvisad</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Vad som händer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affär</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Stängningsdatum</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Säljare</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
</context>
<context>
    <name>DateCellEdit</name>
    <message>
        <source>Pick a day from a calendar (Alt+Down)</source>
        <translation>Välj en dag i kalendern (Alt+nedåtpil)</translation>
    </message>
    <message>
        <source>“{text}” is not a day. Type it as {example}, or as +3d, +2w, fri or today (Esc: keep the date).</source>
        <translation>”{text}” är inget datum. Skriv det som {example}, eller som +3d, +2w, fre eller idag (Esc: behåll datumet).</translation>
    </message>
</context>
<context>
    <name>DealEditor</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Approval path</source>
        <translation>Beslutsväg</translation>
    </message>
    <message>
        <source>Approval route</source>
        <translation>Attestkedja</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Intressenter</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risker</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>&amp;Retry saving</source>
        <translation>&amp;Försök spara igen</translation>
    </message>
    <message>
        <source>Save a &amp;copy to a file…</source>
        <translation>Spara en &amp;kopia i en fil…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved: {reason}.&lt;/b&gt; {count} change is kept on screen and will be saved when you retry; nothing is lost while the app stays open.</source>
        <translation>&lt;b&gt;Inte sparat: {reason}.&lt;/b&gt; {count} ändring finns kvar på skärmen och sparas när du försöker igen; inget går förlorat medan appen är öppen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved: {reason}.&lt;/b&gt; {count} changes are kept on screen and will be saved when you retry; nothing is lost while the app stays open.</source>
        <translation>&lt;b&gt;Inte sparat: {reason}.&lt;/b&gt; {count} ändringar finns kvar på skärmen och sparas när du försöker igen; inget går förlorat medan appen är öppen.</translation>
    </message>
    <message>
        <source>slip: {days} d</source>
        <translation>försening {days} d</translation>
    </message>
    <message>
        <source>target close &lt;b&gt;{target}&lt;/b&gt; · projected {projected}</source>
        <translation>planerat avslut &lt;b&gt;{target}&lt;/b&gt; · beräknat {projected}</translation>
    </message>
    <message>
        <source>risk {level} (flags: {count})</source>
        <translation>risk {level} (flaggor: {count})</translation>
    </message>
    <message>
        <source>Change calendar of {account}</source>
        <translation>Ändra kalendern för {account}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Inte sparat: {reason}</translation>
    </message>
    <message>
        <source>{owner}&apos;s deal — read only (team server)</source>
        <translation>{owner}s affär — endast läsning (teamserver)</translation>
    </message>
    <message>
        <source>You can read and export it; to change it, ask {owner} to share it for editing.</source>
        <translation>Du kan läsa och exportera den; be {owner} att dela den för redigering om du vill ändra den.</translation>
    </message>
</context>
<context>
    <name>DealPage</name>
    <message>
        <source>The customer and the deal</source>
        <translation>Kunden och affären</translation>
    </message>
    <message>
        <source>Who is buying what, for how much.</source>
        <translation>Vem köper vad, och för hur mycket.</translation>
    </message>
    <message>
        <source>Customer (account)</source>
        <translation>Kund (konto)</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>Affärens namn</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Country (business days)</source>
        <translation>Land (arbetsdagar)</translation>
    </message>
    <message>
        <source>Customer language</source>
        <translation>Kundens språk</translation>
    </message>
    <message>
        <source>Owner (AE)</source>
        <translation>Ansvarig säljare (AE)</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>Vårt företag</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>e.g. 48000000</source>
        <translation>t.ex. 48000000</translation>
    </message>
    <message>
        <source>your company, as the customer knows it</source>
        <translation>ert företagsnamn, som kunden känner det</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s company.</source>
        <translation>Ange kundens företag.</translation>
    </message>
    <message>
        <source>Enter a name for the deal.</source>
        <translation>Ange ett namn på affären.</translation>
    </message>
    <message>
        <source>“{code}” is not an ISO 4217 currency code (e.g. JPY, KRW, SEK, USD).</source>
        <translation>”{code}” är ingen valutakod enligt ISO 4217 (t.ex. JPY, KRW, SEK, USD).</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: use digits, e.g. 48000000.</source>
        <translation>”{text}” är inget belopp: skriv siffror, t.ex. 48000000.</translation>
    </message>
    <message>
        <source>Amount: {problem}.</source>
        <translation>Belopp: {problem}.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as JP, KR, SE or US.</source>
        <translation>Använd en landskod med två bokstäver, t.ex. JP, KR, SE eller US.</translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <source>+{days} d</source>
        <translation>+{days} d</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affär</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Target close</source>
        <translation>Planerat avslut</translation>
    </message>
    <message>
        <source>Projected close</source>
        <translation>Beräknat avslut</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Försening</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Next customer step</source>
        <translation>Kundens nästa aktivitet</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Säljare</translation>
    </message>
    <message>
        <source>Conflicts with the team: {count} (open the deal to decide)</source>
        <translation>Konflikter med teamet: {count} (öppna affären för att avgöra)</translation>
    </message>
    <message>
        <source>No risk flags</source>
        <translation>Inga riskflaggor</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>the deal is no longer in the database</source>
        <translation>affären finns inte längre i databasen</translation>
    </message>
    <message>
        <source>The backup could not be used: {reason}</source>
        <translation>Säkerhetskopian kunde inte användas: {reason}</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Inget ändrades: {reason}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation>databasfilen är skrivskyddad</translation>
    </message>
    <message>
        <source>another program is holding the database</source>
        <translation>ett annat program håller databasen</translation>
    </message>
    <message>
        <source>the disk could not be written (it may be full or disconnected)</source>
        <translation>det gick inte att skriva till disken (den kan vara full eller frånkopplad)</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>databasfilen är skadad</translation>
    </message>
    <message>
        <source>This deal is {owner}&apos;s on the team server: you can read it, not change it.</source>
        <translation>Den här affären är {owner}s på teamservern: du kan läsa den men inte ändra den.</translation>
    </message>
    <message>
        <source>the database refused the change</source>
        <translation>databasen vägrade ändringen</translation>
    </message>
    <message>
        <source>{reason} ({file})</source>
        <translation>{reason} ({file})</translation>
    </message>
    <message>
        <source>the whole deal</source>
        <translation>hela affären</translation>
    </message>
    <message>
        <source>Undo of “{action}” left these as they are, because they were changed since (for example by an import): {fields}.</source>
        <translation>Ångra ”{action}” lämnade följande som de är, eftersom de har ändrats sedan dess (till exempel av en import): {fields}.</translation>
    </message>
    <message>
        <source>Redo of “{action}” left these as they are, because they were changed since (for example by an import): {fields}.</source>
        <translation>Gör om ”{action}” lämnade följande som de är, eftersom de har ändrats sedan dess (till exempel av en import): {fields}.</translation>
    </message>
</context>
<context>
    <name>EditorTab</name>
    <message>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <source>No deals yet</source>
        <translation>Inga affärer ännu</translation>
    </message>
    <message>
        <source>Start a mutual close plan for a deal, or open the demo to see four real plans:&lt;br&gt;a Japanese ringi (稟議) with a board meeting, a Korean 품의/결재,&lt;br&gt;a Swedish styrelsebeslut and an English e-approval.</source>
        <translation>Gör en gemensam avslutsplan för en affär, eller öppna demon och se fyra verkliga planer:&lt;br&gt;en japansk ringi (稟議) med styrelsemöte, en koreansk 품의/결재,&lt;br&gt;ett svenskt styrelsebeslut och en engelsk e-attest.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Öppna demon</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Ny affär</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The computer ran out of memory while closeplan was working.</source>
        <translation>Datorn fick slut på minne medan closeplan arbetade.</translation>
    </message>
    <message>
        <source>closeplan could not read or write the file {file}.</source>
        <translation>closeplan kunde inte läsa eller skriva filen {file}.</translation>
    </message>
    <message>
        <source>closeplan could not read or write a file.</source>
        <translation>closeplan kunde inte läsa eller skriva en fil.</translation>
    </message>
    <message>
        <source>closeplan ran into a problem it did not expect and stopped what it was doing.</source>
        <translation>closeplan stötte på ett oväntat problem och avbröt det som pågick.</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved work is safe.</source>
        <translation>Något gick fel. Det du har sparat är i säkerhet.</translation>
    </message>
    <message>
        <source>The app keeps running. The details were written to the log in {folder}.</source>
        <translation>Appen fortsätter att köras. Detaljerna skrevs till loggen i {folder}.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Databasen kunde inte öppnas.</translation>
    </message>
    <message>
        <source>The changes you made meanwhile could not be saved to a file either.</source>
        <translation>Ändringarna du gjorde under tiden kunde inte heller sparas i en fil.</translation>
    </message>
    <message>
        <source>The changes you made meanwhile were saved to {file}; import it once the database opens.</source>
        <translation>Ändringarna du gjorde under tiden sparades i {file}; importera den när databasen går att öppna.</translation>
    </message>
    <message>
        <source>Another program is using {file} right now. Close it, or wait until it has finished, and start closeplan again. Nothing was changed.</source>
        <translation>Ett annat program använder {file} just nu. Stäng det, eller vänta tills det är klart, och starta closeplan igen. Inget ändrades.</translation>
    </message>
    <message>
        <source>{file} or its folder cannot be written to. Nothing was changed.</source>
        <translation>Det går inte att skriva till {file} eller dess mapp. Inget ändrades.</translation>
    </message>
    <message>
        <source>The disk could not read or write {file}. Check the drive and start closeplan again. Nothing was changed.</source>
        <translation>Disken kunde inte läsa eller skriva {file}. Kontrollera enheten och starta closeplan igen. Inget ändrades.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it may have been moved, or be on a drive that is not connected. Nothing was changed.</source>
        <translation>{file} kan inte öppnas: den kan ha flyttats eller ligga på en enhet som inte är ansluten. Inget ändrades.</translation>
    </message>
    <message>
        <source>{file} is not a closeplan database. It was not changed.</source>
        <translation>{file} är ingen closeplan-databas. Den ändrades inte.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer closeplan. Update closeplan to open it.</source>
        <translation>{file} sparades av en nyare closeplan. Uppdatera closeplan för att öppna den.</translation>
    </message>
    <message>
        <source>{file} is damaged and no good backup of it was found. It was not changed; the details below say what is wrong.</source>
        <translation>{file} är skadad och ingen fungerande säkerhetskopia hittades. Den ändrades inte; detaljerna nedan säger vad som är fel.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Exportera PDF</translation>
    </message>
    <message>
        <source>Close plan for the customer</source>
        <translation>Avslutsplan till kunden</translation>
    </message>
    <message>
        <source>Internal review (never send to the customer)</source>
        <translation>Intern genomgång (skickas aldrig till kunden)</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Dokumentets &amp;språk</translation>
    </message>
    <message>
        <source>C&amp;ustomer logo</source>
        <translation>K&amp;undens logotyp</translation>
    </message>
    <message>
        <source>The logo of {account} on the cover, remembered for this account.</source>
        <translation>Logotypen för {account} på försättsbladet, sparad för det här kundkontot.</translation>
    </message>
    <message>
        <source>The logo could not be saved: {reason}</source>
        <translation>Logotypen kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <source>Vendor logo: set in Preferences</source>
        <translation>Egen logotyp: vald i Inställningar</translation>
    </message>
    <message>
        <source>Vendor logo: none (set it in Preferences)</source>
        <translation>Egen logotyp: ingen (välj den i Inställningar)</translation>
    </message>
    <message>
        <source>Pages: {count}</source>
        <translation>Sidor: {count}</translation>
    </message>
    <message>
        <source>INTERNAL: forecast, risks, notes — do not send to the customer</source>
        <translation>INTERNT: prognos, risker, anteckningar — skicka inte till kunden</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Spara PDF</translation>
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
        <translation>namn</translation>
    </message>
    <message>
        <source>account</source>
        <translation>kund</translation>
    </message>
    <message>
        <source>our company</source>
        <translation>vårt företag</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>belopp</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>valuta</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fas</translation>
    </message>
    <message>
        <source>target close</source>
        <translation>mål för avslut</translation>
    </message>
    <message>
        <source>project start</source>
        <translation>projektstart</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ansvarig</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>customer language</source>
        <translation>kundens språk</translation>
    </message>
    <message>
        <source>business issue</source>
        <translation>affärsutmaning</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>solution</source>
        <translation>lösning</translation>
    </message>
    <message>
        <source>benefit</source>
        <translation>nytta</translation>
    </message>
    <message>
        <source>internal notes</source>
        <translation>interna anteckningar</translation>
    </message>
    <message>
        <source>plan agreement</source>
        <translation>planens överenskommelse</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM-id</translation>
    </message>
    <message>
        <source>title</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivning</translation>
    </message>
    <message>
        <source>side</source>
        <translation>sida</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>förfallodatum</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>completed date</source>
        <translation>klart datum</translation>
    </message>
    <message>
        <source>customer visibility</source>
        <translation>synligt för kunden</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>intern anteckning</translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation>beroenden</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>godkännare</translation>
    </message>
    <message>
        <source>approval method</source>
        <translation>godkännandesätt</translation>
    </message>
    <message>
        <source>meeting date</source>
        <translation>mötesdatum</translation>
    </message>
    <message>
        <source>submission deadline</source>
        <translation>sista inlämningsdag</translation>
    </message>
    <message>
        <source>regular meetings</source>
        <translation>ordinarie möten</translation>
    </message>
    <message>
        <source>extraordinary meeting</source>
        <translation>extra möte</translation>
    </message>
    <message>
        <source>agreed date</source>
        <translation>överenskommet datum</translation>
    </message>
    <message>
        <source>last change</source>
        <translation>senaste ändring</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roller</translation>
    </message>
    <message>
        <source>influence</source>
        <translation>inflytande</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>nivå</translation>
    </message>
    <message>
        <source>attitude</source>
        <translation>inställning</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>sannolikhet</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>konsekvens</translation>
    </message>
    <message>
        <source>mitigation</source>
        <translation>åtgärd</translation>
    </message>
    <message>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>position</source>
        <translation>befattning</translation>
    </message>
    <message>
        <source>method</source>
        <translation>sätt</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>arbetsdagar</translation>
    </message>
    <message>
        <source>days away</source>
        <translation>dagar borta</translation>
    </message>
    <message>
        <source>real final approver</source>
        <translation>den som verkligen beslutar</translation>
    </message>
    <message>
        <source>nominal approver</source>
        <translation>formell godkännare</translation>
    </message>
    <message>
        <source>PO signer</source>
        <translation>den som skriver under inköpsordern</translation>
    </message>
    <message>
        <source>drafter</source>
        <translation>den som skriver underlaget</translation>
    </message>
    <message>
        <source>board resolution needed</source>
        <translation>styrelsebeslut behövs</translation>
    </message>
    <message>
        <source>drafter&apos;s experience with this amount</source>
        <translation>skribentens erfarenhet av beloppet</translation>
    </message>
    <message>
        <source>drafter&apos;s usual limit</source>
        <translation>skribentens vanliga gräns</translation>
    </message>
    <message>
        <source>route start</source>
        <translation>attestens start</translation>
    </message>
    <message>
        <source>what the route must pass before</source>
        <translation>vad attesten måste vara klar före</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bekräftat</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>befogenhet</translation>
    </message>
    <message>
        <source>need</source>
        <translation>behov</translation>
    </message>
    <message>
        <source>timeframe</source>
        <translation>tidsram</translation>
    </message>
    <message>
        <source>step</source>
        <translation>steg</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>intressent</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risk</translation>
    </message>
    <message>
        <source>route desk</source>
        <translation>attestled</translation>
    </message>
    <message>
        <source>BANT {item}: {field}</source>
        <translation>BANT {item}: {field}</translation>
    </message>
    <message>
        <source>the deal</source>
        <translation>affären</translation>
    </message>
    <message>
        <source>{entity} “{name}”</source>
        <translation>{entity} ”{name}”</translation>
    </message>
    <message>
        <source>{field} of {thing}</source>
        <translation>{field} för {thing}</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>planen</translation>
    </message>
    <message>
        <source>the stakeholders</source>
        <translation>intressenterna</translation>
    </message>
    <message>
        <source>the risks</source>
        <translation>riskerna</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>All stages</source>
        <translation>Alla faser</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Alla risknivåer</translation>
    </message>
    <message>
        <source>Risk: {level}</source>
        <translation>Risk: {level}</translation>
    </message>
</context>
<context>
    <name>FlagModel</name>
    <message>
        <source>Severity</source>
        <translation>Allvar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>edited</source>
        <translation>redigerat</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>kommandoraden</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>ångrat</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>gjort om</translation>
    </message>
    <message>
        <source>created</source>
        <translation>skapat</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>borttaget</translation>
    </message>
    <message>
        <source>bundle import</source>
        <translation>import av paket</translation>
    </message>
    <message>
        <source>CRM import</source>
        <translation>import från CRM</translation>
    </message>
    <message>
        <source>customer PDF issued</source>
        <translation>kund-PDF utfärdad</translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation>återställt från säkerhetskopia</translation>
    </message>
    <message>
        <source>account calendar</source>
        <translation>kundens kalender</translation>
    </message>
    <message>
        <source>team server</source>
        <translation>teamservern</translation>
    </message>
    <message>
        <source>first sync</source>
        <translation>första synkningen</translation>
    </message>
    <message>
        <source>conflict decided</source>
        <translation>konflikt avgjord</translation>
    </message>
    <message>
        <source>kept mine</source>
        <translation>behöll mitt</translation>
    </message>
    <message>
        <source>kept theirs</source>
        <translation>behöll deras</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Changes of</source>
        <translation>Ändringar av</translation>
    </message>
    <message>
        <source>the whole deal</source>
        <translation>hela affären</translation>
    </message>
    <message>
        <source>Changes: {count}</source>
        <translation>Ändringar: {count}</translation>
    </message>
    <message>
        <source>the deal was created</source>
        <translation>affären skapades</translation>
    </message>
    <message>
        <source>the deal was deleted</source>
        <translation>affären togs bort</translation>
    </message>
    <message>
        <source>a conflict with the team</source>
        <translation>en konflikt med teamet</translation>
    </message>
    <message>
        <source>customer revision {number}</source>
        <translation>kundversion {number}</translation>
    </message>
    <message>
        <source>added: {what}</source>
        <translation>tillagt: {what}</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>borttaget: {what}</translation>
    </message>
    <message>
        <source>new order</source>
        <translation>ny ordning</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>added</source>
        <translation>tillagd</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>uppdaterad</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>överhoppad</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Nothing was imported: fix these files and import again.</source>
        <translation>Inget importerades: rätta filerna och importera igen.</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {skipped} skipped</source>
        <translation>{added} tillagda, {updated} uppdaterade, {skipped} överhoppade</translation>
    </message>
</context>
<context>
    <name>InfluenceGrid</name>
    <message>
        <source>High rank, low influence
(may only rubber-stamp)</source>
        <translation>Hög position, litet inflytande
(kanske bara formellt)</translation>
    </message>
    <message>
        <source>High rank, high influence
(decides)</source>
        <translation>Hög position, stort inflytande
(beslutar)</translation>
    </message>
    <message>
        <source>Low rank, low influence</source>
        <translation>Låg position, litet inflytande</translation>
    </message>
    <message>
        <source>Low rank, high influence
(the real influence)</source>
        <translation>Låg position, stort inflytande
(det verkliga inflytandet)</translation>
    </message>
    <message>
        <source>influence: low → high</source>
        <translation>inflytande: litet → stort</translation>
    </message>
    <message>
        <source>Rank or influence unknown: {names}</source>
        <translation>Position eller inflytande okänt: {names}</translation>
    </message>
    <message>
        <source>rank: low → high</source>
        <translation>position: låg → hög</translation>
    </message>
</context>
<context>
    <name>LogoChooser</name>
    <message>
        <source>“{file}” cannot be read: {reason}</source>
        <translation>”{file}” kan inte läsas: {reason}</translation>
    </message>
    <message>
        <source>“{file}” is larger than {limit} MB: choose a smaller image.</source>
        <translation>”{file}” är större än {limit} MB: välj en mindre bild.</translation>
    </message>
    <message>
        <source>“{file}” is not a PNG or JPEG image.</source>
        <translation>”{file}” är ingen PNG- eller JPEG-bild.</translation>
    </message>
    <message>
        <source>“{file}” is {width}×{height} pixels: a logo can be at most {limit} pixels wide or high.</source>
        <translation>”{file}” är {width}×{height} pixlar: en logotyp får vara högst {limit} pixlar bred eller hög.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Välj en logotyp</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search deals, accounts, owners, steps…  (Ctrl+F)</source>
        <translation>Sök affärer, kunder, säljare, aktiviteter…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alla säljare</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <source>Opening the deal…</source>
        <translation>Öppnar affären…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>&amp;Ny affär…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Importera paket…</translation>
    </message>
    <message>
        <source>Import from &amp;CRM…</source>
        <translation>Importera från &amp;CRM…</translation>
    </message>
    <message>
        <source>&amp;Export deal as bundle…</source>
        <translation>&amp;Exportera affären som paket…</translation>
    </message>
    <message>
        <source>Save plan as &amp;template…</source>
        <translation>Spara planen som &amp;mall…</translation>
    </message>
    <message>
        <source>&amp;Delete deal</source>
        <translation>Ta &amp;bort affären</translation>
    </message>
    <message>
        <source>Export close plan &amp;PDF…</source>
        <translation>Exportera avslutsplan som &amp;PDF…</translation>
    </message>
    <message>
        <source>Export internal &amp;review PDF…</source>
        <translation>Exportera intern &amp;genomgång som PDF…</translation>
    </message>
    <message>
        <source>Export plan as &amp;calendar (.ics)…</source>
        <translation>Exportera planen som &amp;kalender (.ics)…</translation>
    </message>
    <message>
        <source>Export plan as &amp;spreadsheet…</source>
        <translation>Exportera planen som &amp;kalkylblad…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Återställ från &amp;säkerhetskopia…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Öppna &amp;demon</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>Account &amp;calendar and authority table…</source>
        <translation>Kundens &amp;kalender och attestordning…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Late-stage &amp;review (manager)…</source>
        <translation>&amp;Genomgång av sena affärer (chef)…</translation>
    </message>
    <message>
        <source>&amp;Find deal</source>
        <translation>&amp;Sök affär</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Läs om</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Ångra: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Bringing {count} deals up to date for today…</source>
        <translation>Uppdaterar {count} affärer till i dag…</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Gör om: {what}</translation>
    </message>
    <message>
        <source>Deals: {total}</source>
        <translation>Affärer: {total}</translation>
    </message>
    <message>
        <source>Deals: {shown} of {total}</source>
        <translation>Affärer: {shown} av {total}</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(demo)</translation>
    </message>
    <message>
        <source>Save the unsaved changes to a file</source>
        <translation>Spara de osparade ändringarna i en fil</translation>
    </message>
    <message>
        <source>Could not write to {folder}: {error}</source>
        <translation>Kunde inte skriva till {folder}: {error}</translation>
    </message>
    <message>
        <source>Wrote {path} — import it (Ctrl+I) once the database can be written again</source>
        <translation>Skrev {path} — importera den (Ctrl+I) när databasen går att skriva till igen</translation>
    </message>
    <message>
        <source>{count} change could not be saved to the database.</source>
        <translation>{count} ändring kunde inte sparas i databasen.</translation>
    </message>
    <message>
        <source>{count} changes could not be saved to the database.</source>
        <translation>{count} ändringar kunde inte sparas i databasen.</translation>
    </message>
    <message>
        <source>Deal removed — Redo (Ctrl+Shift+Z) brings it back</source>
        <translation>Affären togs bort — Gör om (Ctrl+Skift+Z) tar tillbaka den</translation>
    </message>
    <message>
        <source>Create {name}</source>
        <translation>Skapa {name}</translation>
    </message>
    <message>
        <source>Created {account} — {name} (steps: {count})</source>
        <translation>Skapade {account} — {name} (aktiviteter: {count})</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Ta bort {name}</translation>
    </message>
    <message>
        <source>Deleted {account} — {name}. Undo (Ctrl+Z) brings it back.</source>
        <translation>Tog bort {account} — {name}. Ångra (Ctrl+Z) tar tillbaka den.</translation>
    </message>
    <message>
        <source>Import deal bundles</source>
        <translation>Importera affärspaket</translation>
    </message>
    <message>
        <source>closeplan bundles (*.json);;All files (*)</source>
        <translation>closeplan-paket (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Export deal bundle</source>
        <translation>Exportera affärspaket</translation>
    </message>
    <message>
        <source>Restored {backup}.</source>
        <translation>Återställde {backup}.</translation>
    </message>
    <message>
        <source>What was there before is kept as {file}.</source>
        <translation>Det som fanns innan sparas som {file}.</translation>
    </message>
    <message>
        <source>Folder for the unsaved changes</source>
        <translation>Mapp för de osparade ändringarna</translation>
    </message>
    <message>
        <source>Save them as bundle files on another disk (import them later with Ctrl+I), or discard them?</source>
        <translation>Spara dem som paketfiler på en annan disk (importera dem senare med Ctrl+I), eller kasta dem?</translation>
    </message>
    <message>
        <source>Save to files…</source>
        <translation>Spara i filer…</translation>
    </message>
    <message>
        <source>closeplan bundles (*.json)</source>
        <translation>closeplan-paket (*.json)</translation>
    </message>
    <message>
        <source>The backup failed: {error}</source>
        <translation>Säkerhetskopieringen misslyckades: {error}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Sparade {path}</translation>
    </message>
    <message>
        <source>Save plan as template</source>
        <translation>Spara planen som mall</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Mallens namn:</translation>
    </message>
    <message>
        <source>{account} plan</source>
        <translation>Plan för {account}</translation>
    </message>
    <message>
        <source>Saved template “{name}”</source>
        <translation>Sparade mallen ”{name}”</translation>
    </message>
    <message>
        <source>Imported from the CRM: new {added}, updated {updated}</source>
        <translation>Importerat från CRM: nya {added}, uppdaterade {updated}</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-arbetsbok (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Exportera planen</translation>
    </message>
    <message>
        <source>Connect to &amp;team server…</source>
        <translation>Anslut till &amp;teamserver…</translation>
    </message>
    <message>
        <source>S&amp;ync with team server</source>
        <translation>S&amp;ynka med teamservern</translation>
    </message>
    <message>
        <source>Disconnect from team server…</source>
        <translation>Koppla från teamservern…</translation>
    </message>
</context>
<context>
    <name>NewDealWizard</name>
    <message>
        <source>New deal</source>
        <translation>Ny affär</translation>
    </message>
    <message>
        <source>Not created: {reason}</source>
        <translation>Inte skapad: {reason}</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Befogenhet</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Tidsram</translation>
    </message>
    <message>
        <source>Business issue</source>
        <translation>Affärsproblem</translation>
    </message>
    <message>
        <source>Change business issue</source>
        <translation>Ändra affärsproblem</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Change problem</source>
        <translation>Ändra problem</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Lösning</translation>
    </message>
    <message>
        <source>Change solution</source>
        <translation>Ändra lösning</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Nytta</translation>
    </message>
    <message>
        <source>Change benefit</source>
        <translation>Ändra nytta</translation>
    </message>
    <message>
        <source>Rename deal</source>
        <translation>Byt namn på affären</translation>
    </message>
    <message>
        <source>Change account</source>
        <translation>Ändra kund</translation>
    </message>
    <message>
        <source>Change our company</source>
        <translation>Ändra vårt företag</translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>Ändra fas</translation>
    </message>
    <message>
        <source>Change project start</source>
        <translation>Ändra projektstart</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Ändra ansvarig</translation>
    </message>
    <message>
        <source>Change customer language</source>
        <translation>Ändra kundens språk</translation>
    </message>
    <message>
        <source>Change internal notes</source>
        <translation>Ändra interna anteckningar</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affär</translation>
    </message>
    <message>
        <source>Customer (account)</source>
        <translation>Kund (konto)</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>Vårt företag</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Target close</source>
        <translation>Planerat avslut</translation>
    </message>
    <message>
        <source>Project start</source>
        <translation>Projektstart</translation>
    </message>
    <message>
        <source>Owner (AE)</source>
        <translation>Ansvarig säljare (AE)</translation>
    </message>
    <message>
        <source>Country (business days)</source>
        <translation>Land (arbetsdagar)</translation>
    </message>
    <message>
        <source>Customer language</source>
        <translation>Kundens språk</translation>
    </message>
    <message>
        <source>Plan agreed with the customer on</source>
        <translation>Planen överenskommen med kunden den</translation>
    </message>
    <message>
        <source>Business issue, problem, solution, benefit</source>
        <translation>Affärsproblem, problem, lösning, nytta</translation>
    </message>
    <message>
        <source>Internal notes (never in customer documents)</source>
        <translation>Interna anteckningar (kommer aldrig med i kunddokument)</translation>
    </message>
    <message>
        <source>e.g. 48000000</source>
        <translation>t.ex. 48000000</translation>
    </message>
    <message>
        <source>e.g. JP</source>
        <translation>t.ex. SE</translation>
    </message>
    <message>
        <source>Change BANT: {item}</source>
        <translation>Ändra BANT: {item}</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: use digits, e.g. 48000000 or 86000.00.</source>
        <translation>”{text}” är inget belopp: skriv siffror, t.ex. 48000000 eller 86000.00.</translation>
    </message>
    <message>
        <source>Amount: {problem}.</source>
        <translation>Belopp: {problem}.</translation>
    </message>
    <message>
        <source>Change amount</source>
        <translation>Ändra belopp</translation>
    </message>
    <message>
        <source>“{code}” is not an ISO 4217 currency code (e.g. JPY, KRW, SEK, USD).</source>
        <translation>”{code}” är ingen valutakod enligt ISO 4217 (t.ex. JPY, KRW, SEK, USD).</translation>
    </message>
    <message>
        <source>Change currency</source>
        <translation>Ändra valuta</translation>
    </message>
    <message>
        <source>Country: use a two-letter code such as JP, KR, SE or US.</source>
        <translation>Land: använd en kod med två bokstäver, t.ex. JP, KR, SE eller US.</translation>
    </message>
    <message>
        <source>Change country</source>
        <translation>Ändra land</translation>
    </message>
    <message>
        <source>Change target close</source>
        <translation>Ändra planerat avslut</translation>
    </message>
    <message>
        <source>Change plan agreement</source>
        <translation>Ändra överenskommelse om planen</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Drafter (writes the approval request)</source>
        <translation>Handläggare (skriver beslutsunderlaget)</translation>
    </message>
    <message>
        <source>Real final approver</source>
        <translation>Den som faktiskt beslutar</translation>
    </message>
    <message>
        <source>Nominal approver</source>
        <translation>Formell beslutsfattare</translation>
    </message>
    <message>
        <source>Signs the purchase order</source>
        <translation>Undertecknar beställningen (firmatecknare)</translation>
    </message>
    <message>
        <source>The customer&apos;s people</source>
        <translation>Kundens personer</translation>
    </message>
    <message>
        <source>Who drafts, approves and signs — as far as known. The rest can wait for the editor.</source>
        <translation>Vem som skriver, beslutar och undertecknar — så långt det är känt. Resten kan vänta till redigeraren.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. head of IT</source>
        <translation>t.ex. IT-chef</translation>
    </message>
    <message>
        <source>More people: the Stakeholders tab, or type a new name as an owner.</source>
        <translation>Fler personer: fliken Intressenter, eller skriv ett nytt namn som ansvarig.</translation>
    </message>
</context>
<context>
    <name>PersonDelegate</name>
    <message>
        <source>New person…</source>
        <translation>Ny person…</translation>
    </message>
</context>
<context>
    <name>PersonSide</name>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>Which side is {name} on?</source>
        <translation>Vilken sida står {name} på?</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>Vårt företag</translation>
    </message>
    <message>
        <source>Not a stakeholder</source>
        <translation>Inte en intressent</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Close date and plan</source>
        <translation>Avslutsdatum och plan</translation>
    </message>
    <message>
        <source>The plan is scheduled backwards from the close date on the customer&apos;s working days.</source>
        <translation>Planen läggs baklänges från avslutsdatumet, på kundens arbetsdagar.</translation>
    </message>
    <message>
        <source>Target close</source>
        <translation>Planerat avslut</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Board cadence</source>
        <translation>Styrelsemötenas rytm</translation>
    </message>
    <message>
        <source>No template (an empty plan)</source>
        <translation>Ingen mall (en tom plan)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>An empty plan: add steps in the editor.</source>
        <translation>En tom plan: lägg till aktiviteter i redigeraren.</translation>
    </message>
    <message>
        <source>The board cadence cannot be used: choose another one.</source>
        <translation>Styrelsens mötesrytm går inte att använda: välj en annan.</translation>
    </message>
    <message>
        <source>Use {date} as the close date</source>
        <translation>Använd {date} som avslutsdatum</translation>
    </message>
    <message>
        <source>Steps: {count}</source>
        <translation>Aktiviteter: {count}</translation>
    </message>
    <message>
        <source>around the customer&apos;s closures: {names}</source>
        <translation>runt kundens stängda dagar: {names}</translation>
    </message>
    <message>
        <source>board meeting {meeting}, papers by {deadline}</source>
        <translation>styrelsemöte {meeting}, underlag senast {deadline}</translation>
    </message>
    <message>
        <source>No board meeting fits before the target close {close}: the latest meeting in time is on {meeting}, whose submission deadline {deadline} has passed.</source>
        <translation>Inget styrelsemöte hinns med före planerat avslut {close}: det sista mötet i tid är {meeting}, och dess sista dag för underlag {deadline} har passerat.</translation>
    </message>
    <message>
        <source>The next meeting with a deadline still ahead is on {meeting}; the earliest feasible close is {close}.</source>
        <translation>Nästa möte där sista dag för underlag inte har passerat är {meeting}; tidigast möjliga avslut är {close}.</translation>
    </message>
    <message>
        <source>{date} is not a working day in {country}; the plan closes on {close}.</source>
        <translation>{date} är ingen arbetsdag i {country}; planen avslutas {close}.</translation>
    </message>
    <message>
        <source>No board-meeting cadence is known: the meeting date is where the plan needs it, not a real meeting.</source>
        <translation>Styrelsemötenas rytm är okänd: mötesdatumet är när planen behöver det, inte ett verkligt möte.</translation>
    </message>
    <message>
        <source>Steps before today: {count}. Mark them done later, or close later: {titles}</source>
        <translation>Aktiviteter före i dag: {count}. Markera dem som klara senare, eller avsluta senare: {titles}</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Add step</source>
        <translation>Lägg till aktivitet</translation>
    </message>
    <message>
        <source>Insert after</source>
        <translation>Infoga efter</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Ta bort aktivitet</translation>
    </message>
    <message>
        <source>Mark done today</source>
        <translation>Markera klar i dag</translation>
    </message>
    <message>
        <source>Agree plan with customer</source>
        <translation>Kom överens om planen med kunden</translation>
    </message>
    <message>
        <source>New step below</source>
        <translation>Ny aktivitet nedanför</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Kolumner…</translation>
    </message>
    <message>
        <source>Choose the columns shown (or right-click the header)</source>
        <translation>Välj vilka kolumner som visas (eller högerklicka på rubriken)</translation>
    </message>
    <message>
        <source>Steps: {count}</source>
        <translation>Aktiviteter: {count}</translation>
    </message>
    <message>
        <source>overdue: {count}</source>
        <translation>försenade: {count}</translation>
    </message>
    <message>
        <source>vague titles: {count}</source>
        <translation>vaga rubriker: {count}</translation>
    </message>
    <message>
        <source>agreed {date}</source>
        <translation>överenskommen {date}</translation>
    </message>
    <message>
        <source>later than agreed: {count}</source>
        <translation>senare än överenskommet: {count}</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>Ändra datum</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Byt namn på aktiviteten</translation>
    </message>
    <message>
        <source>Change owner side</source>
        <translation>Ändra ansvarig part</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Ändra ansvarig</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Ändra typ</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Ändra status</translation>
    </message>
    <message>
        <source>Change completed date</source>
        <translation>Ändra klardatum</translation>
    </message>
    <message>
        <source>Change customer visibility</source>
        <translation>Ändra om kunden ser den</translation>
    </message>
    <message>
        <source>Change dependencies</source>
        <translation>Ändra beroenden</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Redigera aktivitet</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>Insert step</source>
        <translation>Infoga aktivitet</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>Duplicera aktivitet</translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation>Markera aktiviteten klar</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Due</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Klar den</translation>
    </message>
    <message>
        <source>Customer sees</source>
        <translation>Kunden ser</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Beror på</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Beräknat</translation>
    </message>
    <message>
        <source>Agreed date</source>
        <translation>Överenskommet datum</translation>
    </message>
    <message>
        <source>{status} — overdue, stalled</source>
        <translation>{status} — försenad, har stannat av</translation>
    </message>
    <message>
        <source>{status} — overdue, at risk</source>
        <translation>{status} — försenad, i riskzonen</translation>
    </message>
    <message>
        <source>{status} — overdue</source>
        <translation>{status} — försenad</translation>
    </message>
    <message>
        <source>on plan</source>
        <translation>enligt plan</translation>
    </message>
    <message>
        <source>{date} (+{days} d)</source>
        <translation>{date} (+{days} d)</translation>
    </message>
    <message>
        <source>{date} (as agreed)</source>
        <translation>{date} (som överenskommet)</translation>
    </message>
    <message>
        <source>{date} ({days:+d} d, moved {moves}×)</source>
        <translation>{date} ({days:+d} d, flyttad {moves} ggr)</translation>
    </message>
    <message>
        <source>Vague title: name the concrete action (e.g. “Board approval”, “PO issued by purchasing”).</source>
        <translation>Vag rubrik: skriv den konkreta åtgärden (t.ex. ”Styrelsebeslut”, ”Inköp skickar beställning”).</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>Försenad sedan {date}</translation>
    </message>
    <message>
        <source>Meeting {meeting}, submission deadline {deadline}, cadence {rule}</source>
        <translation>Möte {meeting}, sista dag för underlag {deadline}, rytm {rule}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Default &amp;currency</source>
        <translation>Standard&amp;valuta</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Systemets ({language})</translation>
    </message>
    <message>
        <source>From the locale ({currency})</source>
        <translation>Enligt språkinställningen ({currency})</translation>
    </message>
    <message>
        <source>Used for amounts given without a currency.</source>
        <translation>Används för belopp som saknar valuta.</translation>
    </message>
    <message>
        <source>&amp;Vendor logo</source>
        <translation>&amp;Egen logotyp</translation>
    </message>
    <message>
        <source>Your company&apos;s logo (PNG or JPEG) on the cover of the customer PDF.</source>
        <translation>Ert företags logotyp (PNG eller JPEG) på försättsbladet i kundens PDF.</translation>
    </message>
    <message>
        <source>The logo could not be saved: {reason}</source>
        <translation>Logotypen kunde inte sparas: {reason}</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>must be text</source>
        <translation>måste vara text</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} are kept</source>
        <translation>är {length} tecken lång; högst {limit} tecken sparas</translation>
    </message>
    <message>
        <source>has a control character {character} at position {position}</source>
        <translation>innehåller styrtecknet {character} på position {position}</translation>
    </message>
    <message>
        <source>has a control character {character} at position {position} (only newline and tab are allowed here)</source>
        <translation>innehåller styrtecknet {character} på position {position} (bara radbrytning och tabb är tillåtna här)</translation>
    </message>
    <message>
        <source>has an unpaired surrogate {character} at position {position} (not valid Unicode text)</source>
        <translation>innehåller ett oparat surrogattecken {character} på position {position} (inte giltig Unicode-text)</translation>
    </message>
    <message>
        <source>has {count} {what}; at most {limit} are kept</source>
        <translation>har {count} {what}; högst {limit} sparas</translation>
    </message>
    <message>
        <source>and {count} more problems</source>
        <translation>och {count} problem till</translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation>måste vara ett datum</translation>
    </message>
    <message>
        <source>{value} is outside the supported dates ({range})</source>
        <translation>{value} ligger utanför de datum som stöds ({range})</translation>
    </message>
    <message>
        <source>must be a date and time with a time zone</source>
        <translation>måste vara datum och tid med tidszon</translation>
    </message>
    <message>
        <source>{value} is outside the supported dates ({range}, in UTC)</source>
        <translation>{value} ligger utanför de datum som stöds ({range}, i UTC)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>måste vara ett heltal</translation>
    </message>
    <message>
        <source>must be from {low} to {high}</source>
        <translation>måste vara från {low} till {high}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation>måste vara ett heltal från {low} till {high}</translation>
    </message>
    <message>
        <source>must be a whole number of working days from 0 to {high}</source>
        <translation>måste vara ett helt antal arbetsdagar från 0 till {high}</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to {high}</source>
        <translation>måste vara ett helt antal dagar från 0 till {high}</translation>
    </message>
    <message>
        <source>unknown value {value}</source>
        <translation>okänt värde {value}</translation>
    </message>
    <message>
        <source>must be a recurrence rule</source>
        <translation>måste vara en upprepningsregel</translation>
    </message>
    <message>
        <source>a recurrence rule is at most {limit} characters</source>
        <translation>en upprepningsregel får vara högst {limit} tecken</translation>
    </message>
    <message>
        <source>not a valid recurrence rule {rule}: {part} is not NAME=VALUE</source>
        <translation>ogiltig upprepningsregel {rule}: {part} har inte formen NAMN=VÄRDE</translation>
    </message>
    <message>
        <source>not a recurrence rule (RRULE needs FREQ=…): {rule}</source>
        <translation>inte en upprepningsregel (RRULE behöver FREQ=…): {rule}</translation>
    </message>
    <message>
        <source>meetings repeat at most daily: {rule} repeats more often (use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY)</source>
        <translation>möten upprepas högst dagligen: {rule} upprepas oftare (använd FREQ=DAILY, WEEKLY, MONTHLY eller YEARLY)</translation>
    </message>
    <message>
        <source>the rule&apos;s DTSTART {value} is outside the supported dates ({range})</source>
        <translation>regelns DTSTART {value} ligger utanför de datum som stöds ({range})</translation>
    </message>
    <message>
        <source>a daily rule has no use for BYSETPOS: {rule}</source>
        <translation>en daglig regel kan inte använda BYSETPOS: {rule}</translation>
    </message>
    <message>
        <source>the rule {rule} has no date between {first} and {last}</source>
        <translation>regeln {rule} har inget datum mellan {first} och {last}</translation>
    </message>
    <message>
        <source>not a valid recurrence rule {rule}: {detail}</source>
        <translation>ogiltig upprepningsregel {rule}: {detail}</translation>
    </message>
    <message>
        <source>must be a decimal number</source>
        <translation>måste vara ett decimaltal</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>måste vara ett ändligt tal</translation>
    </message>
    <message>
        <source>must not be negative (got {amount})</source>
        <translation>får inte vara negativt ({amount})</translation>
    </message>
    <message>
        <source>has more than {digits} digits before the decimal point</source>
        <translation>har fler än {digits} siffror före decimaltecknet</translation>
    </message>
    <message>
        <source>has more than {places} decimal places</source>
        <translation>har fler än {places} decimaler</translation>
    </message>
    <message>
        <source>{currency} amounts have no decimal places; {amount} has some</source>
        <translation>belopp i {currency} har inga decimaler; {amount} har det</translation>
    </message>
    <message>
        <source>{currency} has {places} decimal places; {amount} has more</source>
        <translation>{currency} har {places} decimaler; {amount} har fler</translation>
    </message>
    <message>
        <source>unknown currency {currency}</source>
        <translation>okänd valuta {currency}</translation>
    </message>
    <message>
        <source>unknown currency {currency} (use an ISO 4217 code such as JPY, KRW, SEK, USD)</source>
        <translation>okänd valuta {currency} (använd en ISO 4217-kod som JPY, KRW, SEK, USD)</translation>
    </message>
    <message>
        <source>a deal needs a name</source>
        <translation>en affär behöver ett namn</translation>
    </message>
    <message>
        <source>a deal needs the customer&apos;s account name</source>
        <translation>en affär behöver kundens namn</translation>
    </message>
    <message>
        <source>use a two-letter ISO 3166 country code such as JP, KR, SE (got {value})</source>
        <translation>använd en landskod med två bokstäver enligt ISO 3166, t.ex. JP, KR, SE (fick {value})</translation>
    </message>
    <message>
        <source>must be one of {choices} (got {value})</source>
        <translation>måste vara ett av {choices} (fick {value})</translation>
    </message>
    <message>
        <source>is before the time the deal was created</source>
        <translation>är före tidpunkten då affären skapades</translation>
    </message>
    <message>
        <source>the id {id} is used twice</source>
        <translation>id:t {id} används två gånger</translation>
    </message>
    <message>
        <source>the id {id} belongs to another deal ({owner}); ids must be new (export the deal again, or give it new ids)</source>
        <translation>id:t {id} tillhör en annan affär ({owner}); id:n måste vara nya (exportera affären igen eller ge den nya id:n)</translation>
    </message>
    <message>
        <source>a step needs a title</source>
        <translation>ett steg behöver en rubrik</translation>
    </message>
    <message>
        <source>a completed date is set but the step is not done</source>
        <translation>ett slutdatum är angivet men steget är inte klart</translation>
    </message>
    <message>
        <source>a done step needs its completed date</source>
        <translation>ett klart steg behöver sitt slutdatum</translation>
    </message>
    <message>
        <source>a step cannot depend on itself</source>
        <translation>ett steg kan inte bero på sig självt</translation>
    </message>
    <message>
        <source>no step with id {id} in this plan</source>
        <translation>inget steg med id {id} i den här planen</translation>
    </message>
    <message>
        <source>step {id} is listed twice</source>
        <translation>steget {id} finns med två gånger</translation>
    </message>
    <message>
        <source>dependencies form a cycle: {chain}</source>
        <translation>beroendena bildar en cirkel: {chain}</translation>
    </message>
    <message>
        <source>approver and approval method belong to approval steps only</source>
        <translation>godkännare och godkännandemetod hör bara till godkännandesteg</translation>
    </message>
    <message>
        <source>meeting fields belong to board-meeting steps only</source>
        <translation>mötesfälten hör bara till styrelsemötessteg</translation>
    </message>
    <message>
        <source>a board-meeting step is due on its meeting date ({meeting}), not {due}</source>
        <translation>ett styrelsemötessteg ska vara klart på mötesdagen ({meeting}), inte {due}</translation>
    </message>
    <message>
        <source>the submission deadline {deadline} is after its meeting on {meeting}</source>
        <translation>sista inlämningsdag {deadline} är efter mötet den {meeting}</translation>
    </message>
    <message>
        <source>no step {id} in this deal</source>
        <translation>inget steg {id} i den här affären</translation>
    </message>
    <message>
        <source>no step {id} in this deal (was it deleted?)</source>
        <translation>inget steg {id} i den här affären (har det tagits bort?)</translation>
    </message>
    <message>
        <source>no route step {id} in this deal (was it removed?)</source>
        <translation>inget attestled {id} i den här affären (har det tagits bort?)</translation>
    </message>
    <message>
        <source>a stakeholder needs a name</source>
        <translation>en intressent behöver ett namn</translation>
    </message>
    <message>
        <source>a role is listed twice</source>
        <translation>en roll finns med två gånger</translation>
    </message>
    <message>
        <source>no stakeholder with id {id} in this deal</source>
        <translation>ingen intressent med id {id} i den här affären</translation>
    </message>
    <message>
        <source>must be a person on the customer&apos;s side</source>
        <translation>måste vara en person på kundens sida</translation>
    </message>
    <message>
        <source>unknown approval method</source>
        <translation>okänd godkännandemetod</translation>
    </message>
    <message>
        <source>a risk needs a description</source>
        <translation>en risk behöver en beskrivning</translation>
    </message>
    <message>
        <source>a calendar belongs to an account name</source>
        <translation>en kalender hör till en kund</translation>
    </message>
    <message>
        <source>a closure needs a name</source>
        <translation>en stängning behöver ett namn</translation>
    </message>
    <message>
        <source>is before the start</source>
        <translation>är före början</translation>
    </message>
    <message>
        <source>a meeting needs a name</source>
        <translation>ett möte behöver ett namn</translation>
    </message>
    <message>
        <source>name the level that approves this band (e.g. 部長, CFO)</source>
        <translation>ange vilken nivå som godkänner det här intervallet (t.ex. 部長, CFO)</translation>
    </message>
    <message>
        <source>two bands have the same limit</source>
        <translation>två intervall har samma gräns</translation>
    </message>
    <message>
        <source>is larger than {megabytes} MB: not a bundle</source>
        <translation>är större än {megabytes} MB: inte ett paket</translation>
    </message>
    <message>
        <source>cannot be read: {detail}</source>
        <translation>kan inte läsas: {detail}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>filen är inte UTF-8-text</translation>
    </message>
    <message>
        <source>nested more than {levels} levels deep: not a bundle</source>
        <translation>är nästlad djupare än {levels} nivåer: inte ett paket</translation>
    </message>
    <message>
        <source>not valid JSON: {detail}</source>
        <translation>inte giltig JSON: {detail}</translation>
    </message>
    <message>
        <source>not readable JSON: {detail}</source>
        <translation>JSON som inte kan läsas: {detail}</translation>
    </message>
    <message>
        <source>a bundle is a JSON object</source>
        <translation>ett paket är ett JSON-objekt</translation>
    </message>
    <message>
        <source>must be {format} (got {value}): this is not a closeplan bundle</source>
        <translation>måste vara {format} (fick {value}): det här är inte en closeplan-paket</translation>
    </message>
    <message>
        <source>must be the whole number {version}, not {type}</source>
        <translation>måste vara heltalet {version}, inte {type}</translation>
    </message>
    <message>
        <source>is {value}: this bundle was written by a newer closeplan (this one reads version {version})</source>
        <translation>är {value}: det här paketet skrevs av en nyare closeplan (den här läser version {version})</translation>
    </message>
    <message>
        <source>must be {version} (got {value})</source>
        <translation>måste vara {version} (fick {value})</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>okänt fält</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>has an invalid value</source>
        <translation>har ett ogiltigt värde</translation>
    </message>
    <message>
        <source>must be an object, not {type}</source>
        <translation>måste vara ett objekt, inte {type}</translation>
    </message>
    <message>
        <source>must be a list, not {type}</source>
        <translation>måste vara en lista, inte {type}</translation>
    </message>
    <message>
        <source>must be text, not {type}</source>
        <translation>måste vara text, inte {type}</translation>
    </message>
    <message>
        <source>must be true or false, not {type}</source>
        <translation>måste vara true eller false, inte {type}</translation>
    </message>
    <message>
        <source>must be a whole number, not {type}</source>
        <translation>måste vara ett heltal, inte {type}</translation>
    </message>
    <message>
        <source>is too large a number (at most {limit})</source>
        <translation>är ett för stort tal (högst {limit})</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD, not {value}</source>
        <translation>måste vara ett datum som ÅÅÅÅ-MM-DD, inte {value}</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time as YYYY-MM-DDTHH:MM:SS+HH:MM, not {value}</source>
        <translation>måste vara datum och tid enligt ISO 8601 som YYYY-MM-DDTHH:MM:SS+HH:MM, inte {value}</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time, not {value}</source>
        <translation>måste vara datum och tid enligt ISO 8601, inte {value}</translation>
    </message>
    <message>
        <source>the time zone {zone} is not one: offsets run up to {limit}</source>
        <translation>tidszonen {zone} finns inte: förskjutningar går upp till {limit}</translation>
    </message>
    <message>
        <source>must be a UUID, not {value}</source>
        <translation>måste vara ett UUID, inte {value}</translation>
    </message>
    <message>
        <source>must be a decimal number written as text (e.g. &quot;12000000&quot;), not {type}</source>
        <translation>måste vara ett decimaltal skrivet som text (t.ex. &quot;12000000&quot;), inte {type}</translation>
    </message>
    <message>
        <source>must be a decimal number of ASCII digits such as &quot;12000000&quot; or &quot;86000.50&quot;, not {value}</source>
        <translation>måste vara ett decimaltal med ASCII-siffror som &quot;12000000&quot; eller &quot;86000.50&quot;, inte {value}</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}</source>
        <translation>{value} är inte något av: {choices}</translation>
    </message>
    <message>
        <source>a template is a JSON object</source>
        <translation>en mall är ett JSON-objekt</translation>
    </message>
    <message>
        <source>must be an object of texts per language (en, ja, ko, sv)</source>
        <translation>måste vara ett objekt med text per språk (en, ja, ko, sv)</translation>
    </message>
    <message>
        <source>unknown language {value} (use {choices})</source>
        <translation>okänt språk {value} (använd {choices})</translation>
    </message>
    <message>
        <source>needs a text in at least one language</source>
        <translation>behöver en text på minst ett språk</translation>
    </message>
    <message>
        <source>must be {value}</source>
        <translation>måste vara {value}</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>måste vara ett av {choices}</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits, - or _</source>
        <translation>får bara innehålla gemener, siffror, - eller _</translation>
    </message>
    <message>
        <source>must be a two-letter country code or empty</source>
        <translation>måste vara en landskod med två bokstäver eller tom</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>måste vara en lista som inte är tom</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>måste vara ett objekt</translation>
    </message>
    <message>
        <source>must be a short lower-case name (not &apos;close&apos;)</source>
        <translation>måste vara ett kort namn med gemener (inte &apos;close&apos;)</translation>
    </message>
    <message>
        <source>must be vendor, customer or joint</source>
        <translation>måste vara vendor, customer eller joint</translation>
    </message>
    <message>
        <source>must be a whole number of working days</source>
        <translation>måste vara ett helt antal arbetsdagar</translation>
    </message>
    <message>
        <source>only board meetings have a submission lead (0 or more working days)</source>
        <translation>bara styrelsemöten har en inlämningsframförhållning (0 eller fler arbetsdagar)</translation>
    </message>
    <message>
        <source>must be a list of step keys</source>
        <translation>måste vara en lista med stegnycklar</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>måste vara true eller false</translation>
    </message>
    <message>
        <source>must be &apos;close&apos; or a step key</source>
        <translation>måste vara &apos;close&apos; eller en stegnyckel</translation>
    </message>
    <message>
        <source>two steps have the same key</source>
        <translation>två steg har samma nyckel</translation>
    </message>
    <message>
        <source>no step with key {key}</source>
        <translation>inget steg med nyckeln {key}</translation>
    </message>
    <message>
        <source>no other step with key {key}</source>
        <translation>inget annat steg med nyckeln {key}</translation>
    </message>
    <message>
        <source>relative_to forms a loop: every chain must end at &apos;close&apos;</source>
        <translation>relative_to bildar en slinga: varje kedja måste sluta vid &apos;close&apos;</translation>
    </message>
    <message>
        <source>depends_on forms a cycle</source>
        <translation>depends_on bildar en cirkel</translation>
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
        <translation>ett tal</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>steg</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personer</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>risker</translation>
    </message>
    <message>
        <source>desks</source>
        <translation>attestled</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>ändringar</translation>
    </message>
    <message>
        <source>moves</source>
        <translation>flyttar</translation>
    </message>
    <message>
        <source>revisions</source>
        <translation>revisioner</translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation>beroenden</translation>
    </message>
    <message>
        <source>closures</source>
        <translation>stängningar</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>möten</translation>
    </message>
    <message>
        <source>bands</source>
        <translation>intervall</translation>
    </message>
</context>
<context>
    <name>ReviewDashboard</name>
    <message>
        <source>on time</source>
        <translation>i tid</translation>
    </message>
    <message>
        <source>1–7 d</source>
        <translation>1–7 d</translation>
    </message>
    <message>
        <source>8–30 d</source>
        <translation>8–30 d</translation>
    </message>
    <message>
        <source>31–90 d</source>
        <translation>31–90 d</translation>
    </message>
    <message>
        <source>&gt; 90 d</source>
        <translation>&gt; 90 d</translation>
    </message>
    <message>
        <source>no risk level</source>
        <translation>ingen risknivå</translation>
    </message>
    <message>
        <source>Risk by amount (in period)</source>
        <translation>Belopp per risk (i perioden)</translation>
    </message>
    <message>
        <source>Deals by AE and risk</source>
        <translation>Affärer per säljare och risk</translation>
    </message>
    <message>
        <source>Slip of the projected close</source>
        <translation>Försening av beräknat avslut</translation>
    </message>
    <message>
        <source>Forecast at risk (in period)</source>
        <translation>Prognos i fara (i perioden)</translation>
    </message>
    <message>
        <source>slipping out of the period</source>
        <translation>glider ut ur perioden</translation>
    </message>
    <message>
        <source>all in period</source>
        <translation>allt i perioden</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} till</translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>Inga affärer</translation>
    </message>
    <message>
        <source>(no AE)</source>
        <translation>(ingen säljare)</translation>
    </message>
    <message>
        <source>Slip {bucket}: {count}</source>
        <translation>Försening {bucket}: {count}</translation>
    </message>
    <message>
        <source>slip {bucket}</source>
        <translation>försening {bucket}</translation>
    </message>
    <message>
        <source>{currency} slipping out of the period</source>
        <translation>{currency} som glider ut ur perioden</translation>
    </message>
    <message>
        <source>{at_risk} of {total} at risk</source>
        <translation>{at_risk} av {total} i fara</translation>
    </message>
    <message>
        <source>{currency} in period</source>
        <translation>{currency} i perioden</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>{days} d</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <source>synced {date}</source>
        <translation>synkad {date}</translation>
    </message>
    <message>
        <source>AE</source>
        <translation>Säljare</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affär</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Target close</source>
        <translation>Planerat avslut</translation>
    </message>
    <message>
        <source>Projected close</source>
        <translation>Beräknat avslut</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Försening</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Flyttad</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Next customer step</source>
        <translation>Kundens nästa aktivitet</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Orörd</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Aktualitet</translation>
    </message>
    <message>
        <source>No risk flags</source>
        <translation>Inga riskflaggor</translation>
    </message>
    <message>
        <source>Its owner last synced on {when}</source>
        <translation>Ägaren synkade senast {when}</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>This month</source>
        <translation>Denna månad</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Detta kvartal</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Nästa kvartal</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eget intervall…</translation>
    </message>
    <message>
        <source>closeplan — late-stage review</source>
        <translation>closeplan — genomgång av sena affärer</translation>
    </message>
    <message>
        <source>All AEs</source>
        <translation>Alla säljare</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Importera paket…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportera PDF…</translation>
    </message>
    <message>
        <source>Open in the editor</source>
        <translation>Öppna i redigeraren</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>&amp;AE</source>
        <translation>&amp;Säljare</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Visa alla</translation>
    </message>
    <message>
        <source>Late-stage deals</source>
        <translation>Affärer i sen fas</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Vad har ändrats</translation>
    </message>
    <message>
        <source>In period: the deal&apos;s target close or projected close falls between the period&apos;s first and last day. Forecast at risk: the target close is in the period, the projected close after it.</source>
        <translation>I perioden: affärens planerade eller beräknade avslut ligger mellan periodens första och sista dag. Prognos i fara: det planerade avslutet ligger i perioden, det beräknade efter den.</translation>
    </message>
    <message>
        <source>Showing: {what}</source>
        <translation>Visar: {what}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deals: {count}&lt;/b&gt; · {in_period} of them close in the period {start} – {end} (target or projected close): the amounts are theirs</source>
        <translation>&lt;b&gt;Affärer: {count}&lt;/b&gt; · {in_period} av dem avslutas i perioden {start} – {end} (planerat eller beräknat avslut): beloppen är deras</translation>
    </message>
    <message>
        <source>forecast at risk {amount}</source>
        <translation>prognos i fara {amount}</translation>
    </message>
    <message>
        <source>Export review PDF</source>
        <translation>Exportera genomgången som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Import deal bundles</source>
        <translation>Importera affärspaket</translation>
    </message>
    <message>
        <source>closeplan bundles (*.json);;All files (*)</source>
        <translation>closeplan-paket (*.json);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>RiskModel</name>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Sannolikhet</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <source>Computed flags</source>
        <translation>Beräknade riskflaggor</translation>
    </message>
    <message>
        <source>Risks entered by hand (internal)</source>
        <translation>Manuellt angivna risker (internt)</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Lägg till risk</translation>
    </message>
    <message>
        <source>Remove risk</source>
        <translation>Ta bort risk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Risk: {level}&lt;/b&gt; · target close {target} · projected close {projected}</source>
        <translation>&lt;b&gt;Risk: {level}&lt;/b&gt; · planerat avslut {target} · beräknat avslut {projected}</translation>
    </message>
    <message>
        <source>slip: {days} days</source>
        <translation>försening {days} dagar</translation>
    </message>
    <message>
        <source>on plan</source>
        <translation>enligt plan</translation>
    </message>
    <message>
        <source>Change risk</source>
        <translation>Ändra risk</translation>
    </message>
    <message>
        <source>New risk: describe what could stop the deal</source>
        <translation>Ny risk: beskriv vad som kan stoppa affären</translation>
    </message>
</context>
<context>
    <name>RouteModel</name>
    <message>
        <source>? (2 assumed)</source>
        <translation>? (2 antas)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Sätt</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>Away (d)</source>
        <translation>Borta (d)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer sees</source>
        <translation>Kunden ser</translation>
    </message>
    <message>
        <source>Expected to pass on {date}</source>
        <translation>Beräknas godkänd {date}</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>okänt</translation>
    </message>
</context>
<context>
    <name>RouteTab</name>
    <message>
        <source>No route recorded yet: add the drafter, the reviewers in order, the approvers and the final approver.</source>
        <translation>Ingen attestkedja ännu: lägg till handläggaren, granskarna i tur och ordning, attestanterna och beslutsfattaren.</translation>
    </message>
    <message>
        <source>who? (not known)</source>
        <translation>vem? (okänt)</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <source>? d</source>
        <translation>? d</translation>
    </message>
    <message>
        <source>away {days} d</source>
        <translation>borta {days} d</translation>
    </message>
    <message>
        <source>&amp;Add desk</source>
        <translation>&amp;Lägg till steg</translation>
    </message>
    <message>
        <source>Remove desk</source>
        <translation>Ta bort steg</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Tidigare</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <source>Account calendar &amp;&amp; authority table…</source>
        <translation>Kundens kalender &amp;&amp; attestordning…</translation>
    </message>
    <message>
        <source>Route settings</source>
        <translation>Inställningar för kedjan</translation>
    </message>
    <message>
        <source>Drafter usually gets through up to</source>
        <translation>Handläggaren får normalt igenom upp till</translation>
    </message>
    <message>
        <source>Drafter submits on</source>
        <translation>Handläggaren lämnar in</translation>
    </message>
    <message>
        <source>Must pass before</source>
        <translation>Måste vara klar före</translation>
    </message>
    <message>
        <source>This amount needs</source>
        <translation>Beloppet kräver</translation>
    </message>
    <message>
        <source>amount in the deal&apos;s currency; empty: not known</source>
        <translation>belopp i affärens valuta; tomt: okänt</translation>
    </message>
    <message>
        <source>Empty: when the plan has the request drafted</source>
        <translation>Tomt: när planen har ärendet skrivet</translation>
    </message>
    <message>
        <source>The purchase order (default)</source>
        <translation>Beställningen (standard)</translation>
    </message>
    <message>
        <source>Route: {total} working days in all · {left} still to go · passes on &lt;b&gt;{finish}&lt;/b&gt;</source>
        <translation>Attestkedjan: {total} arbetsdagar totalt · {left} kvar · klar &lt;b&gt;{finish}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{desk}: {note}</source>
        <translation>{desk}: {note}</translation>
    </message>
    <message>
        <source>needed by {date} for “{title}”</source>
        <translation>behövs senast {date} för ”{title}”</translation>
    </message>
    <message>
        <source>too late: {needed}</source>
        <translation>för sent: {needed}</translation>
    </message>
    <message>
        <source>returned: back to the drafter, every desk again</source>
        <translation>återsänd: tillbaka till handläggaren, alla attesterar igen</translation>
    </message>
    <message>
        <source>No authority table recorded for {account}</source>
        <translation>Ingen attestordning för {account}</translation>
    </message>
    <message>
        <source>The authority table is in {table}, the deal in {deal}: not compared</source>
        <translation>Attestordningen är i {table}, affären i {deal}: jämförs inte</translation>
    </message>
    <message>
        <source>Above every band of the authority table</source>
        <translation>Över alla nivåer i attestordningen</translation>
    </message>
    <message>
        <source>up to {limit}</source>
        <translation>upp till {limit}</translation>
    </message>
    <message>
        <source>above {limit}</source>
        <translation>över {limit}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{level}&lt;/b&gt; ({band}, from the authority table of {account})</source>
        <translation>&lt;b&gt;{level}&lt;/b&gt; ({band}, enligt attestordningen hos {account})</translation>
    </message>
    <message>
        <source>Change route step</source>
        <translation>Ändra steg i kedjan</translation>
    </message>
    <message>
        <source>Add route step</source>
        <translation>Lägg till steg i kedjan</translation>
    </message>
    <message>
        <source>Remove route step</source>
        <translation>Ta bort steg i kedjan</translation>
    </message>
    <message>
        <source>Move route step</source>
        <translation>Flytta steg i kedjan</translation>
    </message>
    <message>
        <source>Drafter&apos;s usual limit: “{text}” is not an amount</source>
        <translation>Handläggarens normala gräns: ”{text}” är inget belopp</translation>
    </message>
    <message>
        <source>Change drafter&apos;s usual limit</source>
        <translation>Ändra handläggarens normala gräns</translation>
    </message>
    <message>
        <source>Change route start</source>
        <translation>Ändra när kedjan börjar</translation>
    </message>
    <message>
        <source>Change what the route must pass before</source>
        <translation>Ändra vad kedjan måste vara klar före</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>closeplan is already open on {file} in another window. That window was brought to the front.</source>
        <translation>closeplan har redan {file} öppen i ett annat fönster. Det fönstret har lagts överst.</translation>
    </message>
    <message>
        <source>closeplan is already open on {file} in another window. Switch to that window, or close it and start closeplan again.</source>
        <translation>closeplan har redan {file} öppen i ett annat fönster. Byt till det fönstret, eller stäng det och starta closeplan igen.</translation>
    </message>
</context>
<context>
    <name>StakeholderModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Inflytande</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Notes (internal)</source>
        <translation>Anteckningar (interna)</translation>
    </message>
</context>
<context>
    <name>StakeholdersTab</name>
    <message>
        <source>Add customer contact</source>
        <translation>Lägg till kontakt hos kunden</translation>
    </message>
    <message>
        <source>Add colleague</source>
        <translation>Lägg till kollega</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Change {field} of {name}</source>
        <translation>Ändra {field} för {name}</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>New colleague</source>
        <translation>Ny kollega</translation>
    </message>
    <message>
        <source>Add stakeholder</source>
        <translation>Lägg till intressent</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Ta bort {name}</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>The team server {server} refused the login (wrong password, or no such user).</source>
        <translation>Teamservern {server} avvisade inloggningen (fel lösenord, eller ingen sådan användare).</translation>
    </message>
    <message>
        <source>No password for the team server {server}: connect again (File → Connect to team server…), or use PGPASSWORD or ~/.pgpass.</source>
        <translation>Inget lösenord för teamservern {server}: anslut igen (Arkiv → Anslut till teamserver…), eller använd PGPASSWORD eller ~/.pgpass.</translation>
    </message>
    <message>
        <source>Nothing answers at {server} (connection refused).</source>
        <translation>Inget svarar på {server} (anslutningen nekades).</translation>
    </message>
    <message>
        <source>The team server {server} did not answer in time.</source>
        <translation>Teamservern {server} svarade inte i tid.</translation>
    </message>
    <message>
        <source>Cannot reach the team server {server}: {detail}</source>
        <translation>Når inte teamservern {server}: {detail}</translation>
    </message>
    <message>
        <source>The connection to the team server {server} broke; nothing is lost, the next sync sends it again.</source>
        <translation>Anslutningen till teamservern {server} bröts; inget har gått förlorat, nästa synkning skickar det igen.</translation>
    </message>
    <message>
        <source>The team server {server} refused: {detail}</source>
        <translation>Teamservern {server} avvisade: {detail}</translation>
    </message>
    <message>
        <source>The team server {server} is not set up yet: an admin runs “closeplan server init”.</source>
        <translation>Teamservern {server} är inte uppsatt än: en administratör kör ”closeplan server init”.</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>inte ansluten</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>synkar…</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>inte synkad</translation>
    </message>
    <message>
        <source>synced at {time}</source>
        <translation>synkad {time}</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>inte synkad än</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 ändring väntar</translation>
    </message>
    <message>
        <source>{count} changes waiting</source>
        <translation>{count} ändringar väntar</translation>
    </message>
    <message>
        <source>This database is not synced with a team server: click to connect.</source>
        <translation>Den här databasen synkas inte med någon teamserver: klicka för att ansluta.</translation>
    </message>
    <message>
        <source>Team server: {server}</source>
        <translation>Teamserver: {server}</translation>
    </message>
    <message>
        <source>Last synced: {time}</source>
        <translation>Senast synkad: {time}</translation>
    </message>
    <message>
        <source>Click to sync now (F9).</source>
        <translation>Klicka för att synka nu (F9).</translation>
    </message>
    <message>
        <source>The demo database is not synced with a team server: open your own database to connect it.</source>
        <translation>Demodatabasen synkas inte med någon teamserver: öppna din egen databas för att ansluta den.</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer, so the password was not saved.</source>
        <translation>Datorn har ingen systemnyckelring, så lösenordet sparades inte.</translation>
    </message>
    <message>
        <source>The system keyring did not take the password, so it was not saved.</source>
        <translation>Systemnyckelringen tog inte emot lösenordet, så det sparades inte.</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Lösenordet sparades inte</translation>
    </message>
    <message>
        <source>closeplan uses it until it closes. To sync after that without typing it again, set PGPASSWORD or put the password in ~/.pgpass (PostgreSQL&apos;s own password file).</source>
        <translation>closeplan använder det tills programmet stängs. För att synka efter det utan att skriva det igen, sätt PGPASSWORD eller lägg lösenordet i ~/.pgpass (PostgreSQL:s egen lösenordsfil).</translation>
    </message>
    <message>
        <source>A sync is running: disconnect when it is done.</source>
        <translation>En synkning pågår: koppla från när den är klar.</translation>
    </message>
    <message>
        <source>Disconnected from the team server; the deals stay in this database.</source>
        <translation>Frånkopplad från teamservern; affärerna finns kvar i den här databasen.</translation>
    </message>
    <message>
        <source>Stop syncing this database with the team server?</source>
        <translation>Sluta synka den här databasen med teamservern?</translation>
    </message>
    <message>
        <source>{count} change has not been sent yet: it stays in this database but is never sent.</source>
        <translation>{count} ändring har inte skickats än: den finns kvar i den här databasen men skickas aldrig.</translation>
    </message>
    <message>
        <source>{count} changes have not been sent yet: they stay in this database but are never sent.</source>
        <translation>{count} ändringar har inte skickats än: de finns kvar i den här databasen men skickas aldrig.</translation>
    </message>
    <message>
        <source>The team server refused {count} change to a deal you may not change.</source>
        <translation>Teamservern avvisade {count} ändring i en affär du inte får ändra.</translation>
    </message>
    <message>
        <source>The team server refused {count} changes to deals you may not change.</source>
        <translation>Teamservern avvisade {count} ändringar i affärer du inte får ändra.</translation>
    </message>
    <message>
        <source>{count} deal is kept as it is here: the team&apos;s changes to it do not fit together. It is taken as soon as a change makes them fit.</source>
        <translation>{count} affär behålls som den är här: teamets ändringar i den går inte ihop. Den tas in så snart en ändring får dem att gå ihop.</translation>
    </message>
    <message>
        <source>{count} deals are kept as they are here: the team&apos;s changes to them do not fit together. They are taken as soon as a change makes them fit.</source>
        <translation>{count} affärer behålls som de är här: teamets ändringar i dem går inte ihop. De tas in så snart en ändring får dem att gå ihop.</translation>
    </message>
    <message>
        <source>Synced: {count} deal mended where the team&apos;s changes did not fit together (see its History).</source>
        <translation>Synkat: {count} affär lagad där teamets ändringar inte gick ihop (se dess historik).</translation>
    </message>
    <message>
        <source>Synced: {count} deals mended where the team&apos;s changes did not fit together (see their History).</source>
        <translation>Synkat: {count} affärer lagade där teamets ändringar inte gick ihop (se deras historik).</translation>
    </message>
    <message>
        <source>Synced: {count} conflict to decide (marked in the deal list).</source>
        <translation>Synkat: {count} konflikt att avgöra (markerad i affärslistan).</translation>
    </message>
    <message>
        <source>Synced: {count} conflicts to decide (marked in the deal list).</source>
        <translation>Synkat: {count} konflikter att avgöra (markerade i affärslistan).</translation>
    </message>
    <message>
        <source>Disconnect from team server</source>
        <translation>Koppla från teamservern</translation>
    </message>
    <message>
        <source>A sync is running; its outcome shows here when it is done.</source>
        <translation>En synkning pågår; resultatet visas här när den är klar.</translation>
    </message>
    <message>
        <source>Only a database file can be synced.</source>
        <translation>Bara en databasfil kan synkas.</translation>
    </message>
    <message>
        <source>Offline: {reason}</source>
        <translation>Offline: {reason}</translation>
    </message>
    <message>
        <source>Not synced: {reason}</source>
        <translation>Inte synkad: {reason}</translation>
    </message>
    <message>
        <source>This conflict was decided already.</source>
        <translation>Den här konflikten är redan avgjord.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zooma ut (Ctrl+hjul)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zooma in (Ctrl+hjul)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>today {date}</source>
        <translation>i dag {date}</translation>
    </message>
    <message>
        <source>target close {date}</source>
        <translation>planerat avslut {date}</translation>
    </message>
    <message>
        <source>projected {date}</source>
        <translation>beräknat {date}</translation>
    </message>
    <message>
        <source>Projected {date}</source>
        <translation>Beräknat {date}</translation>
    </message>
    <message>
        <source>Submission deadline {date} for “{title}”</source>
        <translation>Sista dag för underlag {date} till ”{title}”</translation>
    </message>
    <message>
        <source>step (open)</source>
        <translation>steg (öppet)</translation>
    </message>
    <message>
        <source>milestone: board meeting, PO, signature</source>
        <translation>milstolpe: styrelsemöte, beställning, underskrift</translation>
    </message>
    <message>
        <source>done (filled)</source>
        <translation>klar (ifylld)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>projected date of a late step</source>
        <translation>beräknat datum för ett försenat steg</translation>
    </message>
    <message>
        <source>submission deadline</source>
        <translation>sista dag för underlag</translation>
    </message>
    <message>
        <source>agreed date → current date</source>
        <translation>överenskommet datum → nuvarande datum</translation>
    </message>
    <message>
        <source>customer closed</source>
        <translation>kunden har stängt</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>target close</source>
        <translation>planerat avslut</translation>
    </message>
    <message>
        <source>projected close</source>
        <translation>beräknat avslut</translation>
    </message>
    <message>
        <source>Agreed {date} ({days:+d} d since)</source>
        <translation>Överenskommet {date} ({days:+d} d sedan dess)</translation>
    </message>
</context>
</TS>
