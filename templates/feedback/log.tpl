{{%AUTOESCAPE context="HTML"}}
<h1>Feedback log</h1>
<p>Every response customers have sent, newest first. {{#IS_MANAGER}}<a href="/customer-feedback/analysis">See the analysis</a> · <a href="/customer-feedback/forms">Manage forms</a>{{/IS_MANAGER}}</p>
{{>FORM_ERRORS}}
<form method="get" action="/customer-feedback" class="feedback-filters" aria-label="Filter responses">
  <div class="field">
    <label for="form">Form</label>
    <select id="form" name="form">
      <option value="0">All forms</option>
      {{#FORM_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{TITLE}}</option>{{/FORM_OPTION}}
    </select>
  </div>
  <div class="field">
    <label for="touchpoint">Touchpoint</label>
    <select id="touchpoint" name="touchpoint">
      <option value="">All touchpoints</option>
      {{#TOUCHPOINT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TOUCHPOINT_OPTION}}
    </select>
  </div>
  <div class="field{{#FROM_INVALID}} field--error{{/FROM_INVALID}}">
    <label for="from">From (date)</label>
    {{#FROM_INVALID}}<p class="field-error" id="from-error">{{FROM_ERROR}}</p>{{/FROM_INVALID}}
    <input id="from" name="from" type="date" value="{{FROM_VALUE}}"{{#FROM_INVALID}} aria-invalid="true" aria-describedby="from-error"{{/FROM_INVALID}}>
  </div>
  <div class="field{{#TO_INVALID}} field--error{{/TO_INVALID}}">
    <label for="to">To (date)</label>
    {{#TO_INVALID}}<p class="field-error" id="to-error">{{TO_ERROR}}</p>{{/TO_INVALID}}
    <input id="to" name="to" type="date" value="{{TO_VALUE}}"{{#TO_INVALID}} aria-invalid="true" aria-describedby="to-error"{{/TO_INVALID}}>
  </div>
  <div class="field">
    <label for="band">Score band</label>
    <select id="band" name="band">
      <option value="">Any score</option>
      {{#BAND_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/BAND_OPTION}}
    </select>
  </div>
  <div class="field">
    <label for="comment">Comment</label>
    <select id="comment" name="comment">
      <option value="">With or without</option>
      <option value="with"{{#COMMENT_WITH}} selected{{/COMMENT_WITH}}>With a comment</option>
      <option value="without"{{#COMMENT_WITHOUT}} selected{{/COMMENT_WITHOUT}}>Without a comment</option>
    </select>
  </div>
  <div class="field{{#TAG_INVALID}} field--error{{/TAG_INVALID}}">
    <label for="tag">Tag</label>
    {{#TAG_INVALID}}<p class="field-error" id="tag-error">{{TAG_ERROR}}</p>{{/TAG_INVALID}}
    <input id="tag" name="tag" type="text" value="{{TAG_VALUE}}">
  </div>
  <div class="field"><button type="submit" class="button button--secondary">Filter</button></div>
</form>
<p>{{TOTAL}} response(s) match. <a href="/customer-feedback/responses.csv?{{EXPORT_QUERY}}">Download these as CSV</a>{{#IS_MANAGER}} (without contact details) · <a href="/customer-feedback/responses.csv?{{EXPORT_QUERY}}contact=1">CSV with contact details</a> (recorded in the audit trail){{/IS_MANAGER}}</p>
{{#NO_RESPONSES}}<p class="empty">No responses match these filters yet. Try a wider date range or fewer filters.</p>{{/NO_RESPONSES}}
{{#HAS_RESPONSES}}
<div class="table-wrap">
<table class="table" id="responses">
  <caption class="visually-hidden">Feedback responses, newest first</caption>
  <thead><tr><th scope="col">Received</th><th scope="col">Form</th><th scope="col">Touchpoint</th><th scope="col">CSAT (1-5)</th><th scope="col">NPS answer (0-10)</th><th scope="col">Comment</th><th scope="col">Tags</th></tr></thead>
  <tbody>
  {{#RESPONSE}}
  <tr>
    <td><a href="/customer-feedback/{{ID}}">{{WHEN}}</a><span class="visually-hidden"> (response {{ID}})</span></td>
    <td>{{FORM}} <span class="muted">v{{VERSION}}</span></td>
    <td>{{TOUCHPOINT}}</td>
    <td>{{CSAT}}</td>
    <td>{{NPS}}{{#NPS_BAND}} <span class="muted">{{BAND}}</span>{{/NPS_BAND}}</td>
    <td>{{COMMENT}}{{#NO_COMMENT}}<span class="muted">none</span>{{/NO_COMMENT}}{{#HAS_CONTACT}} <span class="tag">contact allowed</span>{{/HAS_CONTACT}}</td>
    <td>{{TAGS}}</td>
  </tr>
  {{/RESPONSE}}
  </tbody>
</table>
</div>
{{/HAS_RESPONSES}}
{{>PAGER}}
