{{%AUTOESCAPE context="HTML"}}
<p><a href="/admin/privacy">All requests</a></p>
<h1>Request {{ID}}: {{KIND}}</h1>
<dl class="privacy-facts">
  <dt>About</dt><dd id="whose">{{WHOSE}}</dd>
  <dt>Requester</dt><dd>{{REQUESTER}}</dd>
  <dt>Received</dt><dd>{{RECEIVED}}</dd>
  {{#CLOCK_MOVED}}<dt>Clock running from</dt><dd>{{CLOCK_FROM}} (identity confirmed)</dd>{{/CLOCK_MOVED}}
  <dt>Due</dt><dd id="due">{{DUE}}{{#WAS_EXTENDED}} (extended by two months: {{EXTENSION_REASON}}){{/WAS_EXTENDED}}{{#DUE_MOVED}}<br><span class="muted" id="due-moved">Moved from {{CALENDAR_DUE}}, which is {{MOVED_WHY}}: the ICO allows until the next working day.</span>{{/DUE_MOVED}}</dd>
  <dt>State</dt><dd id="state" class="privacy-state-{{STATE}}">{{#IS_OVERDUE}}<strong class="tag tag--danger">{{/IS_OVERDUE}}{{STATE_LABEL}}{{#IS_OVERDUE}}</strong>{{/IS_OVERDUE}}{{#HAS_PAUSE_REASON}} · paused for: {{PAUSE_REASON}}{{/HAS_PAUSE_REASON}}</dd>
</dl>
{{#HAS_OUTCOME}}<h2>Outcome</h2><p class="muted">{{OUTCOME_VERB}} {{COMPLETED_AT}}</p><div class="team-text" id="outcome">{{OUTCOME:pre_escape}}</div>{{/HAS_OUTCOME}}
{{>FORM_ERRORS}}
{{#IS_ACCESS}}
<h2>The bundle</h2>
<p>Everything held about the person, in every table the data map ties to a person, and who accessed it. Viewing or downloading it is recorded in the audit trail.</p>
<p><a class="button" href="/admin/privacy/requests/{{ID}}/bundle">View the bundle</a> <a class="button" href="/admin/privacy/requests/{{ID}}/bundle.zip">Download the zip</a></p>
{{/IS_ACCESS}}
{{#CAN_COMPLETE}}
<form method="post" action="/admin/privacy/requests/{{ID}}/complete">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <button type="submit" class="button">Mark as answered</button>
</form>
{{/CAN_COMPLETE}}
{{#CAN_ERASE}}
<h2>Erase</h2>
<p>Erases or anonymises the person's data in every table as the data map says. Records the organisation must keep are kept, and the reason is shown. The erasure is also written to a log outside the database, so restoring an older backup erases them again.</p>
<form method="post" action="/admin/privacy/requests/{{ID}}/erase" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#CONFIRM_INVALID}} field--error{{/CONFIRM_INVALID}}">
    {{#CONFIRM_INVALID}}<p class="field-error" id="confirm-error">{{CONFIRM_ERROR}}</p>{{/CONFIRM_INVALID}}
    <input id="confirm" name="confirm" type="checkbox" value="1"{{#CONFIRM_INVALID}} aria-invalid="true" aria-describedby="confirm-error"{{/CONFIRM_INVALID}}>
    <label for="confirm">The request is valid and the requester's identity is confirmed</label>
  </div>
  <button type="submit" class="button button--danger">Erase their data</button>
</form>
{{/CAN_ERASE}}
{{#CAN_PAUSE}}
<h2>Pause the clock</h2>
<form method="post" action="/admin/privacy/requests/{{ID}}/pause" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#REASON_INVALID}} field--error{{/REASON_INVALID}}">
    <label for="reason">Why (what is needed to confirm their identity)</label>
    {{#REASON_INVALID}}<p class="field-error" id="reason-error">{{REASON_ERROR}}</p>{{/REASON_INVALID}}
    <textarea id="reason" name="reason" rows="2"{{#REASON_INVALID}} aria-invalid="true" aria-describedby="reason-error"{{/REASON_INVALID}}>{{REASON_VALUE:pre_escape}}</textarea>
  </div>
  <button type="submit" class="button">Pause while identity is checked</button>
</form>
{{/CAN_PAUSE}}
{{#CAN_RESUME}}
<form method="post" action="/admin/privacy/requests/{{ID}}/resume">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <button type="submit" class="button">Identity confirmed: restart the clock today</button>
</form>
{{/CAN_RESUME}}
{{#CAN_EXTEND}}
<h2>Extend by two months</h2>
<form method="post" action="/admin/privacy/requests/{{ID}}/extend" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#EXTENSION_REASON_INVALID}} field--error{{/EXTENSION_REASON_INVALID}}">
    <label for="extension_reason">Why the request is complex or one of many (the requester must be told within the first month)</label>
    {{#EXTENSION_REASON_INVALID}}<p class="field-error" id="extension_reason-error">{{EXTENSION_REASON_ERROR}}</p>{{/EXTENSION_REASON_INVALID}}
    <textarea id="extension_reason" name="extension_reason" rows="2"{{#EXTENSION_REASON_INVALID}} aria-invalid="true" aria-describedby="extension_reason-error"{{/EXTENSION_REASON_INVALID}}>{{EXTENSION_REASON_VALUE:pre_escape}}</textarea>
  </div>
  <button type="submit" class="button">Extend</button>
</form>
{{/CAN_EXTEND}}
{{#CAN_REFUSE}}
<h2>Refuse the request</h2>
<p>UK GDPR lets a request be refused only on these grounds. The requester must be told why, and of their right to complain to the ICO and to seek to enforce their rights through a court. A refused request cannot be answered or erased afterwards.</p>
<form method="post" action="/admin/privacy/requests/{{ID}}/refuse" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#GROUND_INVALID}} field--error{{/GROUND_INVALID}}">
    <label for="ground">Ground for refusing</label>
    {{#GROUND_INVALID}}<p class="field-error" id="ground-error">{{GROUND_ERROR}}</p>{{/GROUND_INVALID}}
    <select id="ground" name="ground"{{#GROUND_INVALID}} aria-invalid="true" aria-describedby="ground-error"{{/GROUND_INVALID}}><option value="">Choose the ground</option>{{#GROUND_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/GROUND_OPTION}}</select>
  </div>
  <div class="field{{#PARAGRAPH_INVALID}} field--error{{/PARAGRAPH_INVALID}}">
    <label for="paragraph">For an exemption: the paragraph of Schedule 2, in words (for example "paragraph 19: legal professional privilege")</label>
    {{#PARAGRAPH_INVALID}}<p class="field-error" id="paragraph-error">{{PARAGRAPH_ERROR}}</p>{{/PARAGRAPH_INVALID}}
    <input id="paragraph" name="paragraph" value="{{PARAGRAPH_VALUE}}"{{#PARAGRAPH_INVALID}} aria-invalid="true" aria-describedby="paragraph-error"{{/PARAGRAPH_INVALID}}>
  </div>
  <div class="field{{#EXPLANATION_INVALID}} field--error{{/EXPLANATION_INVALID}}">
    <label for="explanation">Explanation for the requester (at least 20 characters)</label>
    {{#EXPLANATION_INVALID}}<p class="field-error" id="explanation-error">{{EXPLANATION_ERROR}}</p>{{/EXPLANATION_INVALID}}
    <textarea id="explanation" name="explanation" rows="3"{{#EXPLANATION_INVALID}} aria-invalid="true" aria-describedby="explanation-error"{{/EXPLANATION_INVALID}}>{{EXPLANATION_VALUE:pre_escape}}</textarea>
  </div>
  <button type="submit" class="button button--danger">Refuse the request</button>
</form>
{{/CAN_REFUSE}}
