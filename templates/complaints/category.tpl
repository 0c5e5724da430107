{{%AUTOESCAPE context="HTML"}}
<p><a href="/complaints/settings">Back to the complaint settings</a></p>
<h1>Complaint category: {{NAME}}</h1>
<p>{{USED}} complaints. {{#ACTIVE}}Offered when recording a complaint.{{/ACTIVE}}{{#RETIRED}}Retired: kept on its complaints, no longer offered.{{/RETIRED}}</p>
<section class="panel" aria-labelledby="clock-heading">
<h2 id="clock-heading">Clocks for this category</h2>
<p>The organisation's profile: {{PROFILE}}. A category may set its own acknowledgement and stage 1 response periods, in working days (weekends and bank holidays skipped); leave a period empty to use the profile's. New periods apply to complaints recorded in this category, or given it at triage, from now on; the clocks already met keep theirs.</p>
<ul class="plain-list" id="category-rules"><li>{{ACK_RULE}}</li><li>{{RESPONSE_RULE}}</li></ul>
{{>FORM_ERRORS}}
<form method="post" action="/complaints/categories/{{ID}}/clock" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#ACK_DAYS_INVALID}} field--error{{/ACK_DAYS_INVALID}}">
    <label for="ack_days">Acknowledge within (working days)</label>
    <p class="hint" id="ack_days-hint">1 to 60; empty: the profile's {{PROFILE_ACK}} working days.</p>
    {{#ACK_DAYS_INVALID}}<p class="field-error" id="ack_days-error">{{ACK_DAYS_ERROR}}</p>{{/ACK_DAYS_INVALID}}
    <input id="ack_days" name="ack_days" type="text" inputmode="numeric" class="input--short" value="{{ACK_DAYS_VALUE}}" aria-describedby="ack_days-hint{{#ACK_DAYS_INVALID}} ack_days-error{{/ACK_DAYS_INVALID}}"{{#ACK_DAYS_INVALID}} aria-invalid="true"{{/ACK_DAYS_INVALID}}>
  </div>
  <div class="field{{#RESPONSE_DAYS_INVALID}} field--error{{/RESPONSE_DAYS_INVALID}}">
    <label for="response_days">Stage 1 response within (working days)</label>
    <p class="hint" id="response_days-hint">1 to 60, no shorter than the acknowledgement; empty: the profile's {{PROFILE_RESPONSE}}.</p>
    {{#RESPONSE_DAYS_INVALID}}<p class="field-error" id="response_days-error">{{RESPONSE_DAYS_ERROR}}</p>{{/RESPONSE_DAYS_INVALID}}
    <input id="response_days" name="response_days" type="text" inputmode="numeric" class="input--short" value="{{RESPONSE_DAYS_VALUE}}" aria-describedby="response_days-hint{{#RESPONSE_DAYS_INVALID}} response_days-error{{/RESPONSE_DAYS_INVALID}}"{{#RESPONSE_DAYS_INVALID}} aria-invalid="true"{{/RESPONSE_DAYS_INVALID}}>
  </div>
  <button type="submit" class="button">Save the clock periods</button>
</form>
</section>
