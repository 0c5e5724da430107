{{%AUTOESCAPE context="HTML"}}
<div class="narrow">
<p><a href="/rota?week={{WEEK}}">Back to the week</a></p>
<h1>{{TITLE}}</h1>
{{>FORM_ERRORS}}
{{#WARNINGS}}
<div class="rota-warnings" role="alert">
  <h2>Working Time Regulations warnings</h2>
  <ul>{{#WARNING}}<li><strong>{{PERSON}}</strong>: {{DETAIL}}</li>{{/WARNING}}</ul>
  <p>Change the shift, or give a reason below to go ahead; the reason is kept with your name.</p>
</div>
{{/WARNINGS}}
<form method="post" action="{{ACTION}}" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#USER_INVALID}} field--error{{/USER_INVALID}}">
    <label for="user">Person</label>
    {{#USER_INVALID}}<p class="field-error" id="user-error">{{USER_ERROR}}</p>{{/USER_INVALID}}
    <select id="user" name="user"{{#USER_INVALID}} aria-invalid="true" aria-describedby="user-error"{{/USER_INVALID}}>
      <option value="">Choose a person</option>
      {{#PERSON_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/PERSON_OPTION}}
    </select>
  </div>
  <div class="field{{#DATE_INVALID}} field--error{{/DATE_INVALID}}">
    <label for="date">Date</label>
    {{#DATE_INVALID}}<p class="field-error" id="date-error">{{DATE_ERROR}}</p>{{/DATE_INVALID}}
    <input id="date" name="date" type="date" value="{{DATE_VALUE}}"{{#DATE_INVALID}} aria-invalid="true" aria-describedby="date-error"{{/DATE_INVALID}}>
  </div>
  <div class="field-row">
  <div class="field{{#START_INVALID}} field--error{{/START_INVALID}}">
    <label for="start">Start (HH:MM)</label>
    {{#START_INVALID}}<p class="field-error" id="start-error">{{START_ERROR}}</p>{{/START_INVALID}}
    <input id="start" name="start" type="time" value="{{START_VALUE}}"{{#START_INVALID}} aria-invalid="true" aria-describedby="start-error"{{/START_INVALID}}>
  </div>
  <div class="field{{#END_INVALID}} field--error{{/END_INVALID}}">
    <label for="end">End (HH:MM)</label>
    <p class="hint" id="end-hint">An end earlier than the start is the next morning (a night shift).</p>
    {{#END_INVALID}}<p class="field-error" id="end-error">{{END_ERROR}}</p>{{/END_INVALID}}
    <input id="end" name="end" type="time" value="{{END_VALUE}}" aria-describedby="end-hint{{#END_INVALID}} end-error{{/END_INVALID}}"{{#END_INVALID}} aria-invalid="true"{{/END_INVALID}}>
  </div>
  <div class="field{{#BREAK_MINUTES_INVALID}} field--error{{/BREAK_MINUTES_INVALID}}">
    <label for="break_minutes">Unpaid break (minutes)</label>
    {{#BREAK_MINUTES_INVALID}}<p class="field-error" id="break_minutes-error">{{BREAK_MINUTES_ERROR}}</p>{{/BREAK_MINUTES_INVALID}}
    <input id="break_minutes" name="break_minutes" type="number" min="0" max="240" value="{{BREAK_MINUTES_VALUE}}"{{#BREAK_MINUTES_INVALID}} aria-invalid="true" aria-describedby="break_minutes-error"{{/BREAK_MINUTES_INVALID}}>
  </div>
  </div>
  <div class="field{{#ROLE_INVALID}} field--error{{/ROLE_INVALID}}">
    <label for="role">Role</label>
    {{#ROLE_INVALID}}<p class="field-error" id="role-error">{{ROLE_ERROR}}</p>{{/ROLE_INVALID}}
    <select id="role" name="role"{{#ROLE_INVALID}} aria-invalid="true" aria-describedby="role-error"{{/ROLE_INVALID}}>
      {{#ROLE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ROLE_OPTION}}
    </select>
  </div>
  <div class="field{{#LOCATION_INVALID}} field--error{{/LOCATION_INVALID}}">
    <label for="location">Location</label>
    {{#LOCATION_INVALID}}<p class="field-error" id="location-error">{{LOCATION_ERROR}}</p>{{/LOCATION_INVALID}}
    <input id="location" name="location" type="text" value="{{LOCATION_VALUE}}"{{#LOCATION_INVALID}} aria-invalid="true" aria-describedby="location-error"{{/LOCATION_INVALID}}>
  </div>
  <div class="field{{#EQUIPMENT_INVALID}} field--error{{/EQUIPMENT_INVALID}}">
    <label for="equipment">Equipment (optional; cannot be booked twice at once)</label>
    {{#EQUIPMENT_INVALID}}<p class="field-error" id="equipment-error">{{EQUIPMENT_ERROR}}</p>{{/EQUIPMENT_INVALID}}
    <select id="equipment" name="equipment"{{#EQUIPMENT_INVALID}} aria-invalid="true" aria-describedby="equipment-error"{{/EQUIPMENT_INVALID}}>
      <option value="0">None</option>
      {{#EQUIPMENT_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/EQUIPMENT_OPTION}}
    </select>
  </div>
  {{#WARNINGS}}
  <div class="field{{#ACK_REASON_INVALID}} field--error{{/ACK_REASON_INVALID}}">
    <label for="ack_reason">Reason for going ahead despite the warnings</label>
    {{#ACK_REASON_INVALID}}<p class="field-error" id="ack_reason-error">{{ACK_REASON_ERROR}}</p>{{/ACK_REASON_INVALID}}
    <input id="ack_reason" name="ack_reason" type="text" value="{{ACK_REASON_VALUE}}"{{#ACK_REASON_INVALID}} aria-invalid="true" aria-describedby="ack_reason-error"{{/ACK_REASON_INVALID}}>
  </div>
  {{/WARNINGS}}
  <button type="submit" class="button">Save shift</button>
</form>
{{#EDITING}}
<form method="post" action="/rota/shifts/{{ID}}/delete" class="rota-delete">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <button type="submit" class="button button--warning">Delete this shift</button>
</form>
{{/EDITING}}
</div>
