{{%AUTOESCAPE context="HTML"}}
<div class="narrow">
<p>{{#EDITING}}<a href="/kpis/{{ID}}">Back to the KPI</a>{{/EDITING}}{{#CREATING}}<a href="/kpis">Back to KPIs</a>{{/CREATING}}</p>
<h1>{{TITLE}}</h1>
{{>FORM_ERRORS}}
<form method="post" action="{{ACTION}}" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#NAME_INVALID}} field--error{{/NAME_INVALID}}">
    <label for="name">Name</label>
    {{#NAME_INVALID}}<p class="field-error" id="name-error">{{NAME_ERROR}}</p>{{/NAME_INVALID}}
    <input id="name" name="name" type="text" value="{{NAME_VALUE}}"{{#NAME_INVALID}} aria-invalid="true" aria-describedby="name-error"{{/NAME_INVALID}}>
  </div>
  <div class="field{{#DESCRIPTION_INVALID}} field--error{{/DESCRIPTION_INVALID}}">
    <label for="description">What it measures and why (optional)</label>
    <p class="hint" id="description-hint">Link it to the organisation's goal or service standard it serves.</p>
    {{#DESCRIPTION_INVALID}}<p class="field-error" id="description-error">{{DESCRIPTION_ERROR}}</p>{{/DESCRIPTION_INVALID}}
    <textarea id="description" name="description" rows="3" aria-describedby="description-hint{{#DESCRIPTION_INVALID}} description-error{{/DESCRIPTION_INVALID}}">{{DESCRIPTION_VALUE}}</textarea>
  </div>
  <div class="field{{#UNIT_INVALID}} field--error{{/UNIT_INVALID}}">
    <label for="unit">Unit (optional)</label>
    <p class="hint" id="unit-hint">For example %, hours, calls. At most 20 characters.</p>
    {{#UNIT_INVALID}}<p class="field-error" id="unit-error">{{UNIT_ERROR}}</p>{{/UNIT_INVALID}}
    <input id="unit" name="unit" type="text" class="input--short" value="{{UNIT_VALUE}}" aria-describedby="unit-hint{{#UNIT_INVALID}} unit-error{{/UNIT_INVALID}}">
  </div>
  <fieldset class="field{{#DIRECTION_INVALID}} field--error{{/DIRECTION_INVALID}}">
    <legend>Which way is better</legend>
    {{#DIRECTION_INVALID}}<p class="field-error" id="direction-error">{{DIRECTION_ERROR}}</p>{{/DIRECTION_INVALID}}
    <div class="radio"><input id="direction" name="direction" type="radio" value="higher"{{#DIRECTION_HIGHER}} checked{{/DIRECTION_HIGHER}}><label for="direction">Higher is better (satisfaction, first-contact resolution)</label></div>
    <div class="radio"><input id="direction-lower" name="direction" type="radio" value="lower"{{#DIRECTION_LOWER}} checked{{/DIRECTION_LOWER}}><label for="direction-lower">Lower is better (response time, complaints)</label></div>
  </fieldset>
  <div class="field{{#TARGET_INVALID}} field--error{{/TARGET_INVALID}}">
    <label for="target">Target</label>
    <p class="hint" id="target-hint">The level you aim for, drawn as a line on the charts.</p>
    {{#TARGET_INVALID}}<p class="field-error" id="target-error">{{TARGET_ERROR}}</p>{{/TARGET_INVALID}}
    <input id="target" name="target" type="text" inputmode="decimal" class="input--short" value="{{TARGET_VALUE}}" aria-describedby="target-hint{{#TARGET_INVALID}} target-error{{/TARGET_INVALID}}">
  </div>
  <div class="field{{#AMBER_AT_INVALID}} field--error{{/AMBER_AT_INVALID}}">
    <label for="amber_at">Amber threshold</label>
    <p class="hint" id="amber_at-hint">Amber from this value: at or below it when higher is better, at or above it when lower is better. It must be on the worse side of the target.</p>
    {{#AMBER_AT_INVALID}}<p class="field-error" id="amber_at-error">{{AMBER_AT_ERROR}}</p>{{/AMBER_AT_INVALID}}
    <input id="amber_at" name="amber_at" type="text" inputmode="decimal" class="input--short" value="{{AMBER_AT_VALUE}}" aria-describedby="amber_at-hint{{#AMBER_AT_INVALID}} amber_at-error{{/AMBER_AT_INVALID}}">
  </div>
  <div class="field{{#RED_AT_INVALID}} field--error{{/RED_AT_INVALID}}">
    <label for="red_at">Red threshold</label>
    <p class="hint" id="red_at-hint">Red from this value, on the worse side of the amber threshold (or equal to it). A red result needs an action or a written justification.</p>
    {{#RED_AT_INVALID}}<p class="field-error" id="red_at-error">{{RED_AT_ERROR}}</p>{{/RED_AT_INVALID}}
    <input id="red_at" name="red_at" type="text" inputmode="decimal" class="input--short" value="{{RED_AT_VALUE}}" aria-describedby="red_at-hint{{#RED_AT_INVALID}} red_at-error{{/RED_AT_INVALID}}">
  </div>
  <div class="field{{#FREQUENCY_INVALID}} field--error{{/FREQUENCY_INVALID}}">
    <label for="frequency">Frequency</label>
    {{#FREQUENCY_INVALID}}<p class="field-error" id="frequency-error">{{FREQUENCY_ERROR}}</p>{{/FREQUENCY_INVALID}}
    <select id="frequency" name="frequency">{{#FREQUENCY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FREQUENCY_OPTION}}</select>
  </div>
  <div class="field{{#SOURCE_INVALID}} field--error{{/SOURCE_INVALID}}">
    <label for="source">Source of results</label>
    {{#SOURCE_INVALID}}<p class="field-error" id="source-error">{{SOURCE_ERROR}}</p>{{/SOURCE_INVALID}}
    <select id="source" name="source">{{#SOURCE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}{{#UNAVAILABLE}} disabled{{/UNAVAILABLE}}>{{LABEL}}{{#UNAVAILABLE}} (not connected yet){{/UNAVAILABLE}}</option>{{/SOURCE_OPTION}}</select>
  </div>
  <div class="field{{#OWNER_INVALID}} field--error{{/OWNER_INVALID}}">
    <label for="owner">Owner</label>
    {{#OWNER_INVALID}}<p class="field-error" id="owner-error">{{OWNER_ERROR}}</p>{{/OWNER_INVALID}}
    <select id="owner" name="owner"><option value="0">No owner</option>{{#OWNER_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/OWNER_OPTION}}</select>
  </div>
  {{#EDITING}}
  <div class="field">
    <div class="checkbox"><input id="archived" name="archived" type="checkbox" value="1"{{#ARCHIVED_CHECKED}} checked{{/ARCHIVED_CHECKED}}><label for="archived">Archived: no longer monitored; its results are kept</label></div>
  </div>
  {{/EDITING}}
  <button type="submit" class="button">Save</button>
</form>
</div>
