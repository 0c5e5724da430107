{{%AUTOESCAPE context="HTML"}}
<p><a href="/slas">All SLAs</a></p>
<h1>Bank holidays</h1>
<p>The SLA clock does not count these days (England and Wales). Add a day the government announces, such as an extra bank holiday for a national event.</p>
{{>FORM_ERRORS}}
<form method="post" action="/slas/holidays" class="team-inline-form" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#DAY_INVALID}} field--error{{/DAY_INVALID}}">
    <label for="day">Date</label>
    {{#DAY_INVALID}}<p class="field-error" id="day-error">{{DAY_ERROR}}</p>{{/DAY_INVALID}}
    <input id="day" name="day" type="date" value="{{DAY_VALUE}}"{{#DAY_INVALID}} aria-invalid="true" aria-describedby="day-error"{{/DAY_INVALID}}>
  </div>
  <div class="field{{#NAME_INVALID}} field--error{{/NAME_INVALID}}">
    <label for="name">Name</label>
    {{#NAME_INVALID}}<p class="field-error" id="name-error">{{NAME_ERROR}}</p>{{/NAME_INVALID}}
    <input id="name" name="name" type="text" value="{{NAME_VALUE}}"{{#NAME_INVALID}} aria-invalid="true" aria-describedby="name-error"{{/NAME_INVALID}}>
  </div>
  <div class="field"><button type="submit" class="button">Add bank holiday</button></div>
</form>
{{#NO_HOLIDAYS}}<p class="empty">No bank holidays are listed: the clock counts every working day.</p>{{/NO_HOLIDAYS}}
{{#HAS_HOLIDAYS}}
<table class="table">
  <caption class="visually-hidden">Bank holidays in England and Wales</caption>
  <thead><tr><th scope="col">Date</th><th scope="col">Day</th><th scope="col">Name</th><th scope="col"><span class="visually-hidden">Remove</span></th></tr></thead>
  <tbody>
  {{#HOLIDAY}}<tr><td>{{DAY}}</td><td>{{WEEKDAY}}</td><td>{{NAME}}</td><td><form method="post" action="/slas/holidays/{{ID}}/delete" class="inline-form"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="link-button">Remove<span class="visually-hidden"> {{NAME}} {{DAY}}</span></button></form></td></tr>{{/HOLIDAY}}
  </tbody>
</table>
{{/HAS_HOLIDAYS}}
{{>PAGER}}
