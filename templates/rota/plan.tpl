{{%AUTOESCAPE context="HTML"}}
<p><a href="/rota?week={{WEEK}}">Back to the rota</a></p>
<h1>Copy and repeat shifts</h1>
{{>FORM_ERRORS}}
{{#REPORT}}
<div class="error-summary" role="alert" tabindex="-1">
  <h2>Nothing was added: these shifts would break the rules</h2>
  <div class="table-wrap">
  <table class="table">
    <caption class="visually-hidden">Refused shifts</caption>
    <thead><tr><th scope="col">Shift</th><th scope="col">Why it was refused</th></tr></thead>
    <tbody>{{#ROW}}<tr><td>{{WHAT}}</td><td>{{PROBLEM}}</td></tr>{{/ROW}}</tbody>
  </table>
  </div>
</div>
{{/REPORT}}
<p>Copies and patterns are added all or nothing: if any shift would overlap, double-book equipment or fall on leave, nothing is added and each refusal is listed. Working-time warnings they cause appear on the week for a manager to acknowledge.</p>
<div class="rota-plan">
<section aria-labelledby="copy-week-title">
<h2 id="copy-week-title">Copy a week</h2>
<form method="post" action="/rota/copy-week" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#FROM_WEEK_INVALID}} field--error{{/FROM_WEEK_INVALID}}">
    <label for="from_week">From week (like 2026-W48)</label>
    {{#FROM_WEEK_INVALID}}<p class="field-error" id="from_week-error">{{FROM_WEEK_ERROR}}</p>{{/FROM_WEEK_INVALID}}
    <input id="from_week" name="from_week" type="text" value="{{FROM_WEEK_VALUE}}">
  </div>
  <div class="field{{#TO_WEEK_INVALID}} field--error{{/TO_WEEK_INVALID}}">
    <label for="to_week">To week</label>
    {{#TO_WEEK_INVALID}}<p class="field-error" id="to_week-error">{{TO_WEEK_ERROR}}</p>{{/TO_WEEK_INVALID}}
    <input id="to_week" name="to_week" type="text" value="{{TO_WEEK_VALUE}}">
  </div>
  <button type="submit" class="button">Copy the week</button>
</form>
</section>
<section aria-labelledby="copy-day-title">
<h2 id="copy-day-title">Copy a day</h2>
<form method="post" action="/rota/copy-day" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#FROM_DATE_INVALID}} field--error{{/FROM_DATE_INVALID}}">
    <label for="copy_from_date">From day</label>
    {{#FROM_DATE_INVALID}}<p class="field-error" id="from_date-error">{{FROM_DATE_ERROR}}</p>{{/FROM_DATE_INVALID}}
    <input id="copy_from_date" name="from_date" type="date" value="{{FROM_DATE_VALUE}}">
  </div>
  <div class="field{{#TO_DATE_INVALID}} field--error{{/TO_DATE_INVALID}}">
    <label for="to_date">To day</label>
    {{#TO_DATE_INVALID}}<p class="field-error" id="to_date-error">{{TO_DATE_ERROR}}</p>{{/TO_DATE_INVALID}}
    <input id="to_date" name="to_date" type="date" value="{{TO_DATE_VALUE}}">
  </div>
  <button type="submit" class="button">Copy the day</button>
</form>
</section>
<section aria-labelledby="pattern-title">
<h2 id="pattern-title">Repeating shifts</h2>
<form method="post" action="/rota/pattern" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#USER_INVALID}} field--error{{/USER_INVALID}}">
    <label for="user">Person</label>
    {{#USER_INVALID}}<p class="field-error" id="user-error">{{USER_ERROR}}</p>{{/USER_INVALID}}
    <select id="user" name="user"><option value="">Choose a person</option>{{#PERSON_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/PERSON_OPTION}}</select>
  </div>
  <fieldset class="field{{#MON_INVALID}} field--error{{/MON_INVALID}}">
    <legend>Every</legend>
    {{#MON_INVALID}}<p class="field-error" id="mon-error">{{MON_ERROR}}</p>{{/MON_INVALID}}
    <div class="checkbox"><input id="mon" name="mon" type="checkbox" value="1"{{#MON_CHECKED}} checked{{/MON_CHECKED}}><label for="mon">Monday</label></div>
    <div class="checkbox"><input id="tue" name="tue" type="checkbox" value="1"{{#TUE_CHECKED}} checked{{/TUE_CHECKED}}><label for="tue">Tuesday</label></div>
    <div class="checkbox"><input id="wed" name="wed" type="checkbox" value="1"{{#WED_CHECKED}} checked{{/WED_CHECKED}}><label for="wed">Wednesday</label></div>
    <div class="checkbox"><input id="thu" name="thu" type="checkbox" value="1"{{#THU_CHECKED}} checked{{/THU_CHECKED}}><label for="thu">Thursday</label></div>
    <div class="checkbox"><input id="fri" name="fri" type="checkbox" value="1"{{#FRI_CHECKED}} checked{{/FRI_CHECKED}}><label for="fri">Friday</label></div>
    <div class="checkbox"><input id="sat" name="sat" type="checkbox" value="1"{{#SAT_CHECKED}} checked{{/SAT_CHECKED}}><label for="sat">Saturday</label></div>
    <div class="checkbox"><input id="sun" name="sun" type="checkbox" value="1"{{#SUN_CHECKED}} checked{{/SUN_CHECKED}}><label for="sun">Sunday</label></div>
  </fieldset>
  <div class="field{{#START_INVALID}} field--error{{/START_INVALID}}">
    <label for="start">Start</label>
    {{#START_INVALID}}<p class="field-error" id="start-error">{{START_ERROR}}</p>{{/START_INVALID}}
    <input id="start" name="start" type="time" value="{{START_VALUE}}">
  </div>
  <div class="field{{#END_INVALID}} field--error{{/END_INVALID}}">
    <label for="end">End (earlier than the start: next morning)</label>
    {{#END_INVALID}}<p class="field-error" id="end-error">{{END_ERROR}}</p>{{/END_INVALID}}
    <input id="end" name="end" type="time" value="{{END_VALUE}}">
  </div>
  <div class="field{{#BREAK_MINUTES_INVALID}} field--error{{/BREAK_MINUTES_INVALID}}">
    <label for="break_minutes">Unpaid break (minutes)</label>
    {{#BREAK_MINUTES_INVALID}}<p class="field-error" id="break_minutes-error">{{BREAK_MINUTES_ERROR}}</p>{{/BREAK_MINUTES_INVALID}}
    <input id="break_minutes" name="break_minutes" type="number" min="0" max="240" value="{{BREAK_MINUTES_VALUE}}">
  </div>
  <div class="field{{#ROLE_INVALID}} field--error{{/ROLE_INVALID}}">
    <label for="role">Role</label>
    <select id="role" name="role">{{#ROLE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ROLE_OPTION}}</select>
  </div>
  <div class="field{{#LOCATION_INVALID}} field--error{{/LOCATION_INVALID}}">
    <label for="location">Location</label>
    {{#LOCATION_INVALID}}<p class="field-error" id="location-error">{{LOCATION_ERROR}}</p>{{/LOCATION_INVALID}}
    <input id="location" name="location" type="text" value="{{LOCATION_VALUE}}">
  </div>
  <div class="field{{#FROM_DATE_INVALID}} field--error{{/FROM_DATE_INVALID}}">
    <label for="from_date">Starting</label>
    <input id="from_date" name="from_date" type="date" value="{{FROM_DATE_VALUE}}">
  </div>
  <div class="field{{#WEEKS_INVALID}} field--error{{/WEEKS_INVALID}}">
    <label for="weeks">For how many weeks (1 to 26)</label>
    {{#WEEKS_INVALID}}<p class="field-error" id="weeks-error">{{WEEKS_ERROR}}</p>{{/WEEKS_INVALID}}
    <input id="weeks" name="weeks" type="number" min="1" max="26" value="{{WEEKS_VALUE}}">
  </div>
  <button type="submit" class="button">Add the repeating shifts</button>
</form>
</section>
</div>
