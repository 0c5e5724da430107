{{%AUTOESCAPE context="HTML"}}
<p><a href="/kpis/{{KPI_ID}}">Back to {{KPI_NAME}}</a></p>
<h1>{{KPI_NAME}}, {{PERIOD}}</h1>
<dl class="summary-list">
  <div><dt>Result</dt><dd>{{VALUE}} <strong class="rag rag--{{RAG}}">{{RAG_LABEL}}</strong></dd></div>
  <div><dt>Target</dt><dd>{{TARGET}}</dd></div>
  <div><dt>Note</dt><dd>{{NOTE}}</dd></div>
  <div><dt>Recorded</dt><dd>{{ENTERED}}</dd></div>
</dl>
{{#NEEDS_ATTENTION}}
<div class="attention" role="status">
  <h2>This red result needs attention</h2>
  <p>It stays on the KPI dashboard until an action is raised from it, or a manager records why no action is needed.</p>
</div>
{{/NEEDS_ATTENTION}}
{{#JUSTIFIED}}
<h2>Why no action was needed</h2>
<p class="justification">{{JUSTIFICATION}}</p>
<p class="muted">Recorded by {{BY}}, {{AT}}.</p>
{{/JUSTIFIED}}
<h2>Actions raised from this result</h2>
{{#NO_ACTIONS}}<p class="empty">No actions have been raised from this result.</p>{{/NO_ACTIONS}}
{{#HAS_ACTIONS}}
<ul class="plain-list">
  {{#ACTION}}<li><a href="/actions/{{ACTION_ID}}">{{ACTION_TITLE}}</a>: {{ACTION_STATUS}}, due {{ACTION_DUE}}, owner {{ACTION_OWNER}}{{#ACTION_OVERDUE}} <strong class="tag tag--warning">Overdue</strong>{{/ACTION_OVERDUE}}</li>{{/ACTION}}
</ul>
{{/HAS_ACTIONS}}
{{>FORM_ERRORS}}
{{#CAN_RAISE}}
<section class="panel" aria-labelledby="raise-heading">
<h2 id="raise-heading">Raise an action</h2>
<form method="post" action="/kpis/results/{{ID}}/action" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#TITLE_INVALID}} field--error{{/TITLE_INVALID}}">
    <label for="title">Title</label>
    {{#TITLE_INVALID}}<p class="field-error" id="title-error">{{TITLE_ERROR}}</p>{{/TITLE_INVALID}}
    <input id="title" name="title" type="text" value="{{TITLE_VALUE}}"{{#TITLE_INVALID}} aria-invalid="true" aria-describedby="title-error"{{/TITLE_INVALID}}>
  </div>
  <div class="field{{#PROBLEM_INVALID}} field--error{{/PROBLEM_INVALID}}">
    <label for="problem">The problem</label>
    {{#PROBLEM_INVALID}}<p class="field-error" id="problem-error">{{PROBLEM_ERROR}}</p>{{/PROBLEM_INVALID}}
    <textarea id="problem" name="problem" rows="3"{{#PROBLEM_INVALID}} aria-invalid="true" aria-describedby="problem-error"{{/PROBLEM_INVALID}}>{{PROBLEM_VALUE}}</textarea>
  </div>
  <div class="field{{#OWNER_INVALID}} field--error{{/OWNER_INVALID}}">
    <label for="owner">Owner</label>
    {{#OWNER_INVALID}}<p class="field-error" id="owner-error">{{OWNER_ERROR}}</p>{{/OWNER_INVALID}}
    <select id="owner" name="owner"><option value="">Choose someone</option>{{#OWNER_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/OWNER_OPTION}}</select>
  </div>
  <div class="field{{#DUE_DATE_INVALID}} field--error{{/DUE_DATE_INVALID}}">
    <label for="due_date">Due date</label>
    <p class="hint" id="due_date-hint">Written YYYY-MM-DD.</p>
    {{#DUE_DATE_INVALID}}<p class="field-error" id="due_date-error">{{DUE_DATE_ERROR}}</p>{{/DUE_DATE_INVALID}}
    <input id="due_date" name="due_date" type="text" class="input--short" value="{{DUE_DATE_VALUE}}" aria-describedby="due_date-hint{{#DUE_DATE_INVALID}} due_date-error{{/DUE_DATE_INVALID}}">
  </div>
  <button type="submit" class="button">Raise the action</button>
</form>
</section>
{{/CAN_RAISE}}
{{#CAN_JUSTIFY}}
<section class="panel" aria-labelledby="justify-heading">
<h2 id="justify-heading">Or record why no action is needed</h2>
<form method="post" action="/kpis/results/{{ID}}/justify" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#JUSTIFICATION_INVALID}} field--error{{/JUSTIFICATION_INVALID}}">
    <label for="justification">Justification</label>
    <p class="hint" id="justification-hint">At least 20 characters: what caused the result and why it needs no action (for example a one-off outage already fixed).</p>
    {{#JUSTIFICATION_INVALID}}<p class="field-error" id="justification-error">{{JUSTIFICATION_ERROR}}</p>{{/JUSTIFICATION_INVALID}}
    <textarea id="justification" name="justification" rows="3" aria-describedby="justification-hint{{#JUSTIFICATION_INVALID}} justification-error{{/JUSTIFICATION_INVALID}}">{{JUSTIFICATION_VALUE}}</textarea>
  </div>
  <button type="submit" class="button button--secondary">Record the justification</button>
</form>
</section>
{{/CAN_JUSTIFY}}
