{{%AUTOESCAPE context="HTML"}}
<h1>Personal data held about {{SUBJECT}}</h1>
<p class="muted">Produced on {{GENERATED}} for a subject access request under UK GDPR Article 15: {{ROW_COUNT}} record(s) in {{TABLE_COUNT}} table(s). Each part says why it is held, the lawful basis and how long it is kept.</p>
{{#NOTHING_HELD}}<p class="empty">No personal data is held about this person.</p>{{/NOTHING_HELD}}
{{#TABLE}}
<section class="privacy-bundle-table">
<h2><code>{{NAME}}</code>: {{CATEGORY}}</h2>
<p>Why: {{PURPOSE}}. Lawful basis: {{BASIS}}. Kept: {{RETENTION}}. {{ROWS}} record(s).</p>
<ol class="plain-list privacy-records">
{{#ROW}}  <li><dl class="privacy-record">{{#CELL}}<dt>{{COL}}</dt><dd>{{#IS_NULL}}<span class="muted">none</span>{{/IS_NULL}}{{VALUE}}</dd>{{/CELL}}</dl></li>
{{/ROW}}
</ol>
</section>
{{/TABLE}}
<h2 id="access">Who accessed this data</h2>
{{#NO_ACCESS}}<p class="empty">The audit trail records no viewing or export of these records.</p>{{/NO_ACCESS}}
{{#HAS_ACCESS}}
<table class="table" id="access-log">
  <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Record</th><th scope="col">Why</th></tr></thead>
  <tbody>
{{#ACCESS}}    <tr><td>{{AT}}</td><td>{{WHO}}</td><td>{{ACTION}}</td><td>{{TARGET}}</td><td>{{DETAIL}}</td></tr>
{{/ACCESS}}
  </tbody>
</table>
{{/HAS_ACCESS}}
