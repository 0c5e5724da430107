{{%AUTOESCAPE context="HTML"}}
<p><a href="/admin/privacy/breaches">Breach log</a></p>
<h1>Breach {{ID}}: {{TITLE}}</h1>
<div class="privacy-clock privacy-breach-{{BREACH_STATE}}" id="clock">
{{#IS_OVERDUE}}<p><strong class="tag tag--danger">Overdue</strong> The 72 hours to tell the ICO ended {{DEADLINE}}, {{HOURS_OVER}} hours ago.</p>{{/IS_OVERDUE}}
{{#IS_OPEN}}<p>Tell the ICO by <strong>{{DEADLINE}}</strong>: {{HOURS_LEFT}} hours left.</p>{{/IS_OPEN}}
{{#TOLD}}<p>The ICO was told on {{TOLD_AT}}.</p>{{/TOLD}}
{{#HAS_ICO_REASON}}<p>{{#TOLD}}ICO reference: {{/TOLD}}{{#CAN_REPORT}}Not reported because: {{/CAN_REPORT}}{{ICO_REASON}}</p>{{/HAS_ICO_REASON}}
</div>
<dl class="privacy-facts">
  <dt>Found</dt><dd>{{FOUND}}</dd>
  <dt>Aware</dt><dd>{{AWARE}}</dd>
  <dt>People affected</dt><dd>{{PEOPLE}}</dd>
  <dt>Risk</dt><dd>{{RISK}}</dd>
  <dt>Recorded</dt><dd>{{RECORDED_AT}} by {{RECORDED_BY}}</dd>
</dl>
<h2>What happened</h2>
<div class="team-text">{{DESCRIPTION:pre_escape}}</div>
{{>FORM_ERRORS}}
{{#CAN_REPORT}}
<h2>Report to the ICO</h2>
<form method="post" action="/admin/privacy/breaches/{{ID}}/ico" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#ICO_ON_INVALID}} field--error{{/ICO_ON_INVALID}}">
    <label for="ico_on">Told the ICO on</label>
    {{#ICO_ON_INVALID}}<p class="field-error" id="ico_on-error">{{ICO_ON_ERROR}}</p>{{/ICO_ON_INVALID}}
    <input id="ico_on" name="ico_on" type="date" value="{{ICO_ON_VALUE}}"{{#ICO_ON_INVALID}} aria-invalid="true" aria-describedby="ico_on-error"{{/ICO_ON_INVALID}}>
  </div>
  <div class="field{{#ICO_REASON_INVALID}} field--error{{/ICO_REASON_INVALID}}">
    <label for="ico_reason">The ICO's reference, or why it is not told</label>
    {{#ICO_REASON_INVALID}}<p class="field-error" id="ico_reason-error">{{ICO_REASON_ERROR}}</p>{{/ICO_REASON_INVALID}}
    <textarea id="ico_reason" name="ico_reason" rows="2"{{#ICO_REASON_INVALID}} aria-invalid="true" aria-describedby="ico_reason-error"{{/ICO_REASON_INVALID}}>{{ICO_REASON_VALUE:pre_escape}}</textarea>
  </div>
  <button type="submit" class="button">Record the report</button>
</form>
{{/CAN_REPORT}}
<h2 id="actions">Corrective actions</h2>
<ul class="plain-list">
{{#ACTION}}<li><a href="/actions/{{ACTION_ID}}">{{ACTION_TITLE}}</a> – {{ACTION_STATUS}}, due {{ACTION_DUE}}, owner: {{ACTION_OWNER}}{{#ACTION_OVERDUE}} <strong class="tag tag--warning">overdue</strong>{{/ACTION_OVERDUE}}</li>{{/ACTION}}
</ul>
<form method="post" action="/admin/privacy/breaches/{{ID}}/action" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#TITLE_INVALID}} field--error{{/TITLE_INVALID}}">
    <label for="action-title">Action</label>
    {{#TITLE_INVALID}}<p class="field-error" id="title-error">{{TITLE_ERROR}}</p>{{/TITLE_INVALID}}
    <input id="action-title" name="title" value="{{TITLE_VALUE}}"{{#TITLE_INVALID}} aria-invalid="true" aria-describedby="title-error"{{/TITLE_INVALID}}>
  </div>
  <div class="field{{#OWNER_INVALID}} field--error{{/OWNER_INVALID}}">
    <label for="owner">Owner</label>
    {{#OWNER_INVALID}}<p class="field-error" id="owner-error">{{OWNER_ERROR}}</p>{{/OWNER_INVALID}}
    <select id="owner" name="owner"{{#OWNER_INVALID}} aria-invalid="true" aria-describedby="owner-error"{{/OWNER_INVALID}}><option value="">Choose an owner</option>{{#OWNER_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/OWNER_OPTION}}</select>
  </div>
  <div class="field{{#DUE_INVALID}} field--error{{/DUE_INVALID}}">
    <label for="due">Due date</label>
    {{#DUE_INVALID}}<p class="field-error" id="due-error">{{DUE_ERROR}}</p>{{/DUE_INVALID}}
    <input id="due" name="due" type="date" value="{{DUE_VALUE}}"{{#DUE_INVALID}} aria-invalid="true" aria-describedby="due-error"{{/DUE_INVALID}}>
  </div>
  <button type="submit" class="button">Raise a corrective action</button>
</form>
