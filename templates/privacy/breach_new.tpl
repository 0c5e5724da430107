{{%AUTOESCAPE context="HTML"}}
<p><a href="/admin/privacy/breaches">Breach log</a></p>
<h1>Record a breach</h1>
{{>FORM_ERRORS}}
<form method="post" action="/admin/privacy/breaches" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#TITLE_INVALID}} field--error{{/TITLE_INVALID}}">
    <label for="title">What happened, in a line</label>
    {{#TITLE_INVALID}}<p class="field-error" id="title-error">{{TITLE_ERROR}}</p>{{/TITLE_INVALID}}
    <input id="title" name="title" value="{{TITLE_VALUE}}"{{#TITLE_INVALID}} aria-invalid="true" aria-describedby="title-error"{{/TITLE_INVALID}}>
  </div>
  <div class="field{{#DESCRIPTION_INVALID}} field--error{{/DESCRIPTION_INVALID}}">
    <label for="description">Description: what data, whose, how it happened, what was done to contain it</label>
    {{#DESCRIPTION_INVALID}}<p class="field-error" id="description-error">{{DESCRIPTION_ERROR}}</p>{{/DESCRIPTION_INVALID}}
    <textarea id="description" name="description" rows="5"{{#DESCRIPTION_INVALID}} aria-invalid="true" aria-describedby="description-error"{{/DESCRIPTION_INVALID}}>{{DESCRIPTION_VALUE:pre_escape}}</textarea>
  </div>
  <fieldset>
    <legend>When it was found</legend>
    <div class="field{{#FOUND_ON_INVALID}} field--error{{/FOUND_ON_INVALID}}">
      <label for="found_on">Date</label>
      {{#FOUND_ON_INVALID}}<p class="field-error" id="found_on-error">{{FOUND_ON_ERROR}}</p>{{/FOUND_ON_INVALID}}
      <input id="found_on" name="found_on" type="date" value="{{FOUND_ON_VALUE}}"{{#FOUND_ON_INVALID}} aria-invalid="true" aria-describedby="found_on-error"{{/FOUND_ON_INVALID}}>
    </div>
    <div class="field{{#FOUND_TIME_INVALID}} field--error{{/FOUND_TIME_INVALID}}">
      <label for="found_time">Time (UK)</label>
      {{#FOUND_TIME_INVALID}}<p class="field-error" id="found_time-error">{{FOUND_TIME_ERROR}}</p>{{/FOUND_TIME_INVALID}}
      <input id="found_time" name="found_time" type="time" value="{{FOUND_TIME_VALUE}}"{{#FOUND_TIME_INVALID}} aria-invalid="true" aria-describedby="found_time-error"{{/FOUND_TIME_INVALID}}>
    </div>
  </fieldset>
  <fieldset>
    <legend>When the organisation became aware of it (the 72 hours start here)</legend>
    <div class="field{{#AWARE_ON_INVALID}} field--error{{/AWARE_ON_INVALID}}">
      <label for="aware_on">Date</label>
      {{#AWARE_ON_INVALID}}<p class="field-error" id="aware_on-error">{{AWARE_ON_ERROR}}</p>{{/AWARE_ON_INVALID}}
      <input id="aware_on" name="aware_on" type="date" value="{{AWARE_ON_VALUE}}"{{#AWARE_ON_INVALID}} aria-invalid="true" aria-describedby="aware_on-error"{{/AWARE_ON_INVALID}}>
    </div>
    <div class="field{{#AWARE_TIME_INVALID}} field--error{{/AWARE_TIME_INVALID}}">
      <label for="aware_time">Time (UK)</label>
      {{#AWARE_TIME_INVALID}}<p class="field-error" id="aware_time-error">{{AWARE_TIME_ERROR}}</p>{{/AWARE_TIME_INVALID}}
      <input id="aware_time" name="aware_time" type="time" value="{{AWARE_TIME_VALUE}}"{{#AWARE_TIME_INVALID}} aria-invalid="true" aria-describedby="aware_time-error"{{/AWARE_TIME_INVALID}}>
    </div>
  </fieldset>
  <div class="field{{#PEOPLE_INVALID}} field--error{{/PEOPLE_INVALID}}">
    <label for="people">How many people (an estimate if need be)</label>
    {{#PEOPLE_INVALID}}<p class="field-error" id="people-error">{{PEOPLE_ERROR}}</p>{{/PEOPLE_INVALID}}
    <input id="people" name="people" inputmode="numeric" value="{{PEOPLE_VALUE}}"{{#PEOPLE_INVALID}} aria-invalid="true" aria-describedby="people-error"{{/PEOPLE_INVALID}}>
  </div>
  <div class="field{{#RISK_INVALID}} field--error{{/RISK_INVALID}}">
    <label for="risk">Risk to people</label>
    {{#RISK_INVALID}}<p class="field-error" id="risk-error">{{RISK_ERROR}}</p>{{/RISK_INVALID}}
    <select id="risk" name="risk"{{#RISK_INVALID}} aria-invalid="true" aria-describedby="risk-error"{{/RISK_INVALID}}>{{#RISK_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/RISK_OPTION}}</select>
  </div>
  <div class="field">
    <input id="ico_told" name="ico_told" type="checkbox" value="1"{{#ICO_TOLD_CHECKED}} checked{{/ICO_TOLD_CHECKED}}>
    <label for="ico_told">The ICO has been told</label>
  </div>
  <div class="field{{#ICO_ON_INVALID}} field--error{{/ICO_ON_INVALID}}">
    <label for="ico_on">Told the ICO on</label>
    {{#ICO_ON_INVALID}}<p class="field-error" id="ico_on-error">{{ICO_ON_ERROR}}</p>{{/ICO_ON_INVALID}}
    <input id="ico_on" name="ico_on" type="date" value="{{ICO_ON_VALUE}}"{{#ICO_ON_INVALID}} aria-invalid="true" aria-describedby="ico_on-error"{{/ICO_ON_INVALID}}>
  </div>
  <div class="field{{#ICO_REASON_INVALID}} field--error{{/ICO_REASON_INVALID}}">
    <label for="ico_reason">Why the ICO was not told (or the ICO's reference)</label>
    {{#ICO_REASON_INVALID}}<p class="field-error" id="ico_reason-error">{{ICO_REASON_ERROR}}</p>{{/ICO_REASON_INVALID}}
    <textarea id="ico_reason" name="ico_reason" rows="3"{{#ICO_REASON_INVALID}} aria-invalid="true" aria-describedby="ico_reason-error"{{/ICO_REASON_INVALID}}>{{ICO_REASON_VALUE:pre_escape}}</textarea>
  </div>
  <button type="submit" class="button">Record the breach</button>
</form>
