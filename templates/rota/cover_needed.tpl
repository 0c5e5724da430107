{{%AUTOESCAPE context="HTML"}}
<p><a href="/rota">Back to the rota</a></p>
<h1>Cover needed</h1>
<p>How many people each role needs, by day of the week and time. The week grid and the day view compare the rota with these figures slot by slot.</p>
{{#NO_REQUIREMENTS}}<p class="empty">No cover requirement yet.</p>{{/NO_REQUIREMENTS}}
{{#HAS_REQUIREMENTS}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">Cover requirements</caption>
  <thead><tr><th scope="col">Day</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Role</th><th scope="col">People needed</th><th scope="col"><span class="visually-hidden">Remove</span></th></tr></thead>
  <tbody>
  {{#REQUIREMENT}}<tr><td>{{DAY}}</td><td>{{FROM}}</td><td>{{TO}}</td><td>{{ROLE}}</td><td>{{NEEDED}}</td><td><form method="post" action="/rota/cover/{{ID}}/delete" class="inline-form"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button button--quiet">Remove<span class="visually-hidden"> {{DAY}} {{FROM}}–{{TO}} {{ROLE}}</span></button></form></td></tr>{{/REQUIREMENT}}
  </tbody>
</table>
</div>
{{/HAS_REQUIREMENTS}}
<h2>Add a requirement</h2>
{{>FORM_ERRORS}}
<form method="post" action="/rota/cover" novalidate class="narrow">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#WEEKDAY_INVALID}} field--error{{/WEEKDAY_INVALID}}">
    <label for="weekday">Day</label>
    {{#WEEKDAY_INVALID}}<p class="field-error" id="weekday-error">{{WEEKDAY_ERROR}}</p>{{/WEEKDAY_INVALID}}
    <select id="weekday" name="weekday">{{#WEEKDAY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/WEEKDAY_OPTION}}</select>
  </div>
  <div class="field{{#START_INVALID}} field--error{{/START_INVALID}}">
    <label for="start">From (HH:MM, on the half hour)</label>
    {{#START_INVALID}}<p class="field-error" id="start-error">{{START_ERROR}}</p>{{/START_INVALID}}
    <input id="start" name="start" type="time" step="1800" value="{{START_VALUE}}"{{#START_INVALID}} aria-invalid="true" aria-describedby="start-error"{{/START_INVALID}}>
  </div>
  <div class="field{{#END_INVALID}} field--error{{/END_INVALID}}">
    <label for="end">To (HH:MM; 00:00 is midnight)</label>
    {{#END_INVALID}}<p class="field-error" id="end-error">{{END_ERROR}}</p>{{/END_INVALID}}
    <input id="end" name="end" type="time" step="1800" value="{{END_VALUE}}"{{#END_INVALID}} aria-invalid="true" aria-describedby="end-error"{{/END_INVALID}}>
  </div>
  <div class="field{{#ROLE_INVALID}} field--error{{/ROLE_INVALID}}">
    <label for="role">Role</label>
    {{#ROLE_INVALID}}<p class="field-error" id="role-error">{{ROLE_ERROR}}</p>{{/ROLE_INVALID}}
    <select id="role" name="role">{{#ROLE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ROLE_OPTION}}</select>
  </div>
  <div class="field{{#NEEDED_INVALID}} field--error{{/NEEDED_INVALID}}">
    <label for="needed">People needed</label>
    {{#NEEDED_INVALID}}<p class="field-error" id="needed-error">{{NEEDED_ERROR}}</p>{{/NEEDED_INVALID}}
    <input id="needed" name="needed" type="number" min="1" max="500" value="{{NEEDED_VALUE}}"{{#NEEDED_INVALID}} aria-invalid="true" aria-describedby="needed-error"{{/NEEDED_INVALID}}>
  </div>
  <button type="submit" class="button">Add</button>
</form>
