{{%AUTOESCAPE context="HTML"}}
{{#MANAGER_VIEW}}<p><a href="/team/coaching">All coaching logs</a></p>{{/MANAGER_VIEW}}
<h1>Coaching log: {{MEMBER}}</h1>
<p class="muted">{{JOB_TITLE}}{{#OWN_LOG}} · This is your own log: your manager records your coaching, one-to-ones and recognition here.{{/OWN_LOG}}</p>
{{#CAN_WRITE}}
<div class="area-no-print">
<h2>Add an entry</h2>
{{>FORM_ERRORS}}
<form method="post" action="/team/coaching/{{ID}}" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#HELD_ON_INVALID}} field--error{{/HELD_ON_INVALID}}">
    <label for="held_on">Date</label>
    {{#HELD_ON_INVALID}}<p class="field-error" id="held_on-error">{{HELD_ON_ERROR}}</p>{{/HELD_ON_INVALID}}
    <input id="held_on" name="held_on" type="date" value="{{HELD_ON_VALUE}}"{{#HELD_ON_INVALID}} aria-invalid="true" aria-describedby="held_on-error"{{/HELD_ON_INVALID}}>
  </div>
  <div class="field{{#KIND_INVALID}} field--error{{/KIND_INVALID}}">
    <label for="kind">Kind of entry</label>
    {{#KIND_INVALID}}<p class="field-error" id="kind-error">{{KIND_ERROR}}</p>{{/KIND_INVALID}}
    <select id="kind" name="kind"{{#KIND_INVALID}} aria-invalid="true" aria-describedby="kind-error"{{/KIND_INVALID}}>{{#KIND_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND_OPTION}}</select>
  </div>
  <div class="field{{#NOTES_INVALID}} field--error{{/NOTES_INVALID}}">
    <label for="notes">Notes</label>
    <p class="hint" id="notes-hint">What was observed or discussed, with examples. Write it as you would want it read by the member.</p>
    {{#NOTES_INVALID}}<p class="field-error" id="notes-error">{{NOTES_ERROR}}</p>{{/NOTES_INVALID}}
    <textarea id="notes" name="notes" rows="6" aria-describedby="notes-hint{{#NOTES_INVALID}} notes-error{{/NOTES_INVALID}}"{{#NOTES_INVALID}} aria-invalid="true"{{/NOTES_INVALID}}>{{NOTES_VALUE:pre_escape}}</textarea>
  </div>
  <div class="field{{#AGREED_INVALID}} field--error{{/AGREED_INVALID}}">
    <label for="agreed">Agreed next steps (optional)</label>
    {{#AGREED_INVALID}}<p class="field-error" id="agreed-error">{{AGREED_ERROR}}</p>{{/AGREED_INVALID}}
    <textarea id="agreed" name="agreed" rows="3"{{#AGREED_INVALID}} aria-invalid="true" aria-describedby="agreed-error"{{/AGREED_INVALID}}>{{AGREED_VALUE:pre_escape}}</textarea>
  </div>
  <div class="field{{#FOLLOW_UP_INVALID}} field--error{{/FOLLOW_UP_INVALID}}">
    <label for="follow_up">Follow-up date (optional)</label>
    {{#FOLLOW_UP_INVALID}}<p class="field-error" id="follow_up-error">{{FOLLOW_UP_ERROR}}</p>{{/FOLLOW_UP_INVALID}}
    <input id="follow_up" name="follow_up" type="date" value="{{FOLLOW_UP_VALUE}}"{{#FOLLOW_UP_INVALID}} aria-invalid="true" aria-describedby="follow_up-error"{{/FOLLOW_UP_INVALID}}>
  </div>
  <button type="submit" class="button">Add to the log</button>
</form>
</div>
{{/CAN_WRITE}}
<h2>Entries</h2>
{{#NO_ENTRIES}}<p class="empty">Nothing has been recorded in this log yet.</p>{{/NO_ENTRIES}}
{{#HAS_ENTRIES}}
<ol class="plain-list std-history" id="entries">
{{#ENTRY}}
  <li>
    <p><strong>{{HELD_ON}}: {{KIND}}</strong>{{#IS_CONCERN}} <span class="tag tag--warning">Concern</span>{{/IS_CONCERN}} <span class="muted">by {{AUTHOR}}</span></p>
    <div class="team-text">{{NOTES:pre_escape}}</div>
    {{#HAS_AGREED}}<p><strong>Agreed:</strong> <span class="team-text">{{AGREED:pre_escape}}</span></p>{{/HAS_AGREED}}
    {{#HAS_FOLLOW_UP}}<p class="muted">Follow up by {{FOLLOW_UP}}</p>{{/HAS_FOLLOW_UP}}
  </li>
{{/ENTRY}}
</ol>
{{/HAS_ENTRIES}}
{{>PAGER}}
