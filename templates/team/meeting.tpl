{{%AUTOESCAPE context="HTML"}}
<p><a href="/team/meetings">All meetings</a></p>
<h1>{{MEETING_TITLE}}</h1>
{{#ADD_TO_PORTFOLIO}}<p><a href="/portfolio/evidence/new?kind=meeting&amp;record=/team/meetings/{{ID}}#product-heading">Add to my portfolio</a></p>{{/ADD_TO_PORTFOLIO}}
<dl class="summary-list">
  <div><dt>Date</dt><dd>{{HELD_ON}}</dd></div>
  <div><dt>Recorded by</dt><dd>{{RECORDED_BY}}, {{RECORDED_AT}}</dd></div>
</dl>
<h2>Attendees</h2>
<ul class="plain-list" id="attendee-list">{{#ATTENDEE}}<li>{{NAME}} <span class="muted">{{JOB_TITLE}}</span></li>{{/ATTENDEE}}</ul>
<h2>Minutes</h2>
<div class="team-text">{{MINUTES:pre_escape}}</div>
<h2>Decisions</h2>
{{#NO_DECISIONS}}<p class="empty">No decisions were recorded.</p>{{/NO_DECISIONS}}
{{#HAS_DECISIONS}}<div class="team-text" id="decisions">{{DECISIONS:pre_escape}}</div>{{/HAS_DECISIONS}}
<h2 id="actions">Actions raised</h2>
{{#NO_ACTIONS}}<p class="empty">No actions have been raised from this meeting.</p>{{/NO_ACTIONS}}
{{#HAS_ACTIONS}}
<table class="table">
  <caption class="visually-hidden">Actions raised from this meeting</caption>
  <thead><tr><th scope="col">Action</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">Status</th></tr></thead>
  <tbody>{{#ACTION}}<tr><td><a href="/actions/{{ACTION_ID}}">{{ACTION_TITLE}}</a></td><td>{{ACTION_OWNER}}</td><td>{{ACTION_DUE}}{{#ACTION_OVERDUE}} <strong class="tag tag--warning">Overdue</strong>{{/ACTION_OVERDUE}}</td><td>{{ACTION_STATUS}}</td></tr>{{/ACTION}}</tbody>
</table>
{{/HAS_ACTIONS}}
{{#CAN_MANAGE}}
<div class="area-no-print">
<h3>Raise an action</h3>
{{>FORM_ERRORS}}
<form method="post" action="/team/meetings/{{ID}}/actions" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#ACTION_TITLE_INVALID}} field--error{{/ACTION_TITLE_INVALID}}">
    <label for="action_title">Action</label>
    {{#ACTION_TITLE_INVALID}}<p class="field-error" id="action_title-error">{{ACTION_TITLE_ERROR}}</p>{{/ACTION_TITLE_INVALID}}
    <input id="action_title" name="action_title" type="text" value="{{ACTION_TITLE_VALUE}}"{{#ACTION_TITLE_INVALID}} aria-invalid="true" aria-describedby="action_title-error"{{/ACTION_TITLE_INVALID}}>
  </div>
  <div class="field{{#PROBLEM_INVALID}} field--error{{/PROBLEM_INVALID}}">
    <label for="problem">The problem it addresses (optional)</label>
    {{#PROBLEM_INVALID}}<p class="field-error" id="problem-error">{{PROBLEM_ERROR}}</p>{{/PROBLEM_INVALID}}
    <textarea id="problem" name="problem" rows="3"{{#PROBLEM_INVALID}} aria-invalid="true" aria-describedby="problem-error"{{/PROBLEM_INVALID}}>{{PROBLEM_VALUE:pre_escape}}</textarea>
  </div>
  <div class="field{{#KIND_INVALID}} field--error{{/KIND_INVALID}}">
    <label for="kind">Kind</label>
    {{#KIND_INVALID}}<p class="field-error" id="kind-error">{{KIND_ERROR}}</p>{{/KIND_INVALID}}
    <select id="kind" name="kind"><option value="corrective"{{#KIND_CORRECTIVE}} selected{{/KIND_CORRECTIVE}}>Corrective: put right a shortfall</option><option value="improvement"{{#KIND_IMPROVEMENT}} selected{{/KIND_IMPROVEMENT}}>Improvement: do better still</option></select>
  </div>
  <div class="field{{#OWNER_INVALID}} field--error{{/OWNER_INVALID}}">
    <label for="owner">Owner</label>
    {{#OWNER_INVALID}}<p class="field-error" id="owner-error">{{OWNER_ERROR}}</p>{{/OWNER_INVALID}}
    <select id="owner" name="owner"{{#OWNER_INVALID}} aria-invalid="true" aria-describedby="owner-error"{{/OWNER_INVALID}}>{{#OWNER_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/OWNER_OPTION}}</select>
  </div>
  <div class="field{{#DUE_DATE_INVALID}} field--error{{/DUE_DATE_INVALID}}">
    <label for="due_date">Due date</label>
    {{#DUE_DATE_INVALID}}<p class="field-error" id="due_date-error">{{DUE_DATE_ERROR}}</p>{{/DUE_DATE_INVALID}}
    <input id="due_date" name="due_date" type="date" value="{{DUE_DATE_VALUE}}"{{#DUE_DATE_INVALID}} aria-invalid="true" aria-describedby="due_date-error"{{/DUE_DATE_INVALID}}>
  </div>
  <button type="submit" class="button button--secondary">Raise the action</button>
</form>
</div>
{{/CAN_MANAGE}}
