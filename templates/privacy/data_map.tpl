{{%AUTOESCAPE context="HTML"}}
<h1>Data map</h1>
<p>The record of processing activities (UK GDPR Article 30). It is read from the declarations beside each table's definition in the schema, so it always says what the code does: the retention purge, subject access and erasure work from the same declarations.</p>
<h2>The controller and how the data is protected</h2>
<dl class="privacy-facts">
  <dt>Controller</dt><dd>{{ORG_NAME}}</dd>
  <dt>Recipients</dt><dd>The organisation's own staff, by role (only administrators see this area); no data is sent outside the organisation by Frontline, and none outside the UK.</dd>
  <dt>Security</dt><dd>Customer contact details sealed at rest (XChaCha20-Poly1305, the key outside the database, rotated with <code>frontline-admin rotate-key</code>); deleted data overwritten (<code>secure_delete</code>); access by role, denied unless granted; every viewing or export of personal data recorded in the audit trail.</dd>
  <dt>Retention</dt><dd>Applied daily by <code>frontline-admin purge</code> from the retention below.</dd>
</dl>
<h2>What is held</h2>
<p class="muted">{{TABLES}} tables, {{PERSONAL_TABLES}} of them holding personal data. <a href="/admin/data-map.csv">Download as CSV</a> · <a href="/admin/privacy">Requests, breaches and the privacy notice</a></p>
<div class="table-scroll">
<table class="table privacy-map" id="data-map">
  <caption>Every table, and the columns handled apart from their row</caption>
  <thead>
    <tr><th scope="col">Table</th><th scope="col">Whose</th><th scope="col">Category</th><th scope="col">Purpose</th><th scope="col">Lawful basis</th><th scope="col">Retention</th><th scope="col">When it expires</th><th scope="col">Found for a person by</th><th scope="col">On erasure</th></tr>
  </thead>
  <tbody>
{{#ENTRY}}
    <tr{{#IS_COLUMN}} class="privacy-map-column"{{/IS_COLUMN}}>
      <th scope="row"><code>{{NAME}}</code><br><span class="muted">{{SOURCE}}</span></th>
      {{#NO_PERSONAL_DATA}}<td colspan="8" class="muted">No personal data</td>{{/NO_PERSONAL_DATA}}
      {{#PERSONAL}}<td>{{SUBJECT}}</td><td>{{CATEGORY}}</td><td>{{PURPOSE}}</td><td>{{BASIS}}</td><td>{{RETENTION}}</td><td>{{EXPIRY}}</td><td>{{PERSON}}</td><td>{{ERASURE}}</td>{{/PERSONAL}}
    </tr>
{{/ENTRY}}
  </tbody>
</table>
</div>
