{{%AUTOESCAPE context="HTML"}}
<p><a href="/complaints">Back to the complaints</a></p>
<h1>Systemic problem: {{CAUSE}}</h1>
<p>{{COUNT}} complaints between {{FROM}} and {{TO}} share the root cause "{{CAUSE}}". Raised automatically {{RAISED}}.</p>
<ul class="plain-list">{{#COMPLAINT}}<li><a href="/complaints/{{ID}}">{{REFERENCE}}</a>, {{RECEIVED}}, {{CUSTOMER}}</li>{{/COMPLAINT}}</ul>
{{#ANSWERED_ACTION}}<p>Answered with <a href="/actions/{{ACTION_ID}}">an action</a>.</p>{{/ANSWERED_ACTION}}
{{#JUSTIFIED}}<h2>Why no action was needed</h2><p class="complaint-text">{{TEXT:pre_escape}}</p>{{/JUSTIFIED}}
{{>FORM_ERRORS}}
{{#OPEN}}
<div class="attention" role="status"><p>This needs your attention until an action is raised from it or you record why none is needed.</p></div>
<section class="panel" aria-labelledby="raise-heading">
<h2 id="raise-heading">Raise a corrective action</h2>
<form method="post" action="/complaints/systemic/{{ID}}/action" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#ACTION_TITLE_INVALID}} field--error{{/ACTION_TITLE_INVALID}}">
    <label for="action_title">Title</label>
    {{#ACTION_TITLE_INVALID}}<p class="field-error" id="action_title-error">{{ACTION_TITLE_ERROR}}</p>{{/ACTION_TITLE_INVALID}}
    <input id="action_title" name="action_title" type="text" value="{{ACTION_TITLE_VALUE}}">
  </div>
  <div class="field{{#ACTION_PROBLEM_INVALID}} field--error{{/ACTION_PROBLEM_INVALID}}">
    <label for="action_problem">The problem</label>
    {{#ACTION_PROBLEM_INVALID}}<p class="field-error" id="action_problem-error">{{ACTION_PROBLEM_ERROR}}</p>{{/ACTION_PROBLEM_INVALID}}
    <textarea id="action_problem" name="action_problem" rows="3">{{ACTION_PROBLEM_VALUE}}</textarea>
  </div>
  <div class="field{{#OWNER_INVALID}} field--error{{/OWNER_INVALID}}">
    <label for="owner">Owner</label>
    {{#OWNER_INVALID}}<p class="field-error" id="owner-error">{{OWNER_ERROR}}</p>{{/OWNER_INVALID}}
    <select id="owner" name="owner"><option value="">Choose someone</option>{{#OWNER_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/OWNER_OPTION}}</select>
  </div>
  <div class="field{{#DUE_DATE_INVALID}} field--error{{/DUE_DATE_INVALID}}">
    <label for="due_date">Due date (YYYY-MM-DD)</label>
    {{#DUE_DATE_INVALID}}<p class="field-error" id="due_date-error">{{DUE_DATE_ERROR}}</p>{{/DUE_DATE_INVALID}}
    <input id="due_date" name="due_date" type="text" class="input--short" value="{{DUE_DATE_VALUE}}">
  </div>
  <button type="submit" class="button">Raise the action</button>
</form>
</section>
<section class="panel" aria-labelledby="justify-heading">
<h2 id="justify-heading">Or record why no action is needed</h2>
<form method="post" action="/complaints/systemic/{{ID}}/justify" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#JUSTIFICATION_INVALID}} field--error{{/JUSTIFICATION_INVALID}}">
    <label for="justification">Justification (at least 20 characters)</label>
    {{#JUSTIFICATION_INVALID}}<p class="field-error" id="justification-error">{{JUSTIFICATION_ERROR}}</p>{{/JUSTIFICATION_INVALID}}
    <textarea id="justification" name="justification" rows="3">{{JUSTIFICATION_VALUE}}</textarea>
  </div>
  <button type="submit" class="button button--secondary">Record the justification</button>
</form>
</section>
{{/OPEN}}
