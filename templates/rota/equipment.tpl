{{%AUTOESCAPE context="HTML"}}
<p><a href="/rota">Back to the rota</a></p>
<h1>Equipment</h1>
<p>Items that can be booked with a shift. One item cannot be on two shifts at the same time.</p>
{{#NO_ITEMS}}<p class="empty">No equipment yet. Add headsets, desks or vehicles below.</p>{{/NO_ITEMS}}
{{#HAS_ITEMS}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">Equipment</caption>
  <thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Bookings from today</th><th scope="col"><span class="visually-hidden">Remove</span></th></tr></thead>
  <tbody>
  {{#ITEM}}<tr><td>{{NAME}}</td><td>{{KIND}}</td><td>{{BOOKINGS}}</td><td><form method="post" action="/rota/equipment/{{ID}}/delete" class="inline-form"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button button--quiet">Remove<span class="visually-hidden"> {{NAME}}</span></button></form></td></tr>{{/ITEM}}
  </tbody>
</table>
</div>
{{/HAS_ITEMS}}
<h2>Add equipment</h2>
{{>FORM_ERRORS}}
<form method="post" action="/rota/equipment" novalidate class="narrow">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#NAME_INVALID}} field--error{{/NAME_INVALID}}">
    <label for="name">Name</label>
    {{#NAME_INVALID}}<p class="field-error" id="name-error">{{NAME_ERROR}}</p>{{/NAME_INVALID}}
    <input id="name" name="name" type="text" value="{{NAME_VALUE}}"{{#NAME_INVALID}} aria-invalid="true" aria-describedby="name-error"{{/NAME_INVALID}}>
  </div>
  <div class="field{{#KIND_INVALID}} field--error{{/KIND_INVALID}}">
    <label for="kind">Kind</label>
    {{#KIND_INVALID}}<p class="field-error" id="kind-error">{{KIND_ERROR}}</p>{{/KIND_INVALID}}
    <select id="kind" name="kind">{{#KIND_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND_OPTION}}</select>
  </div>
  <button type="submit" class="button">Add</button>
</form>
