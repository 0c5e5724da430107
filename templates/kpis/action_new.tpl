{{%AUTOESCAPE context="HTML"}}
<div class="narrow">
<p><a href="/actions">Back to actions</a></p>
<h1>Raise an action</h1>
<p>For a problem found in a meeting or elsewhere. Actions for a KPI result, a feedback response or a complaint are raised from that record, so they stay linked to it.</p>
{{>FORM_ERRORS}}
<form method="post" action="/actions" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#TITLE_INVALID}} field--error{{/TITLE_INVALID}}">
    <label for="title">Title</label>
    {{#TITLE_INVALID}}<p class="field-error" id="title-error">{{TITLE_ERROR}}</p>{{/TITLE_INVALID}}
    <input id="title" name="title" type="text" value="{{TITLE_VALUE}}"{{#TITLE_INVALID}} aria-invalid="true" aria-describedby="title-error"{{/TITLE_INVALID}}>
  </div>
  <fieldset class="field{{#KIND_INVALID}} field--error{{/KIND_INVALID}}">
    <legend>Kind</legend>
    {{#KIND_INVALID}}<p class="field-error" id="kind-error">{{KIND_ERROR}}</p>{{/KIND_INVALID}}
    <div class="radio"><input id="kind" name="kind" type="radio" value="corrective"{{#KIND_CORRECTIVE}} checked{{/KIND_CORRECTIVE}}><label for="kind">Corrective: put a shortfall right</label></div>
    <div class="radio"><input id="kind-improvement" name="kind" type="radio" value="improvement"{{#KIND_IMPROVEMENT}} checked{{/KIND_IMPROVEMENT}}><label for="kind-improvement">Improvement: make good service better</label></div>
  </fieldset>
  <fieldset class="field{{#SOURCE_INVALID}} field--error{{/SOURCE_INVALID}}">
    <legend>Where it came from</legend>
    {{#SOURCE_INVALID}}<p class="field-error" id="source-error">{{SOURCE_ERROR}}</p>{{/SOURCE_INVALID}}
    <div class="radio"><input id="source" name="source" type="radio" value="meeting"{{#SOURCE_MEETING}} checked{{/SOURCE_MEETING}}><label for="source">A meeting</label></div>
    <div class="radio"><input id="source-other" name="source" type="radio" value="other"{{#SOURCE_OTHER}} checked{{/SOURCE_OTHER}}><label for="source-other">Something else</label></div>
  </fieldset>
  <div class="field{{#PROBLEM_INVALID}} field--error{{/PROBLEM_INVALID}}">
    <label for="problem">The problem</label>
    <p class="hint" id="problem-hint">What was wrong, measured if you can. No customers' contact details.</p>
    {{#PROBLEM_INVALID}}<p class="field-error" id="problem-error">{{PROBLEM_ERROR}}</p>{{/PROBLEM_INVALID}}
    <textarea id="problem" name="problem" rows="4" aria-describedby="problem-hint{{#PROBLEM_INVALID}} problem-error{{/PROBLEM_INVALID}}">{{PROBLEM_VALUE}}</textarea>
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
</div>
