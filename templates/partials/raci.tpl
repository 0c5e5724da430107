{{%AUTOESCAPE context="HTML"}}
<h2 id="raci">Who is responsible (RACI)</h2>
{{#NO_RACI}}<p class="empty">Nobody has been named yet.</p>{{/NO_RACI}}
{{#HAS_RACI}}
<table class="table">
  <caption class="visually-hidden">Responsible, accountable, consulted and informed people</caption>
  <thead><tr><th scope="col">Role</th><th scope="col">Person</th>{{#RACI_MANAGE}}<th scope="col"><span class="visually-hidden">Remove</span></th>{{/RACI_MANAGE}}</tr></thead>
  <tbody>
  {{#RACI_ROW}}<tr><td><abbr title="{{LETTER_LABEL}}">{{LETTER}}</abbr> {{LETTER_LABEL}}</td><td>{{NAME}}</td>{{#RACI_MANAGE}}<td><form method="post" action="{{RACI_BASE}}/raci/{{RACI_ID}}/delete" class="inline-form"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="link-button">Remove<span class="visually-hidden"> {{NAME}} as {{LETTER_LABEL}}</span></button></form></td>{{/RACI_MANAGE}}</tr>{{/RACI_ROW}}
  </tbody>
</table>
{{/HAS_RACI}}
{{#RACI_MANAGE}}
{{>FORM_ERRORS}}
<form method="post" action="{{RACI_BASE}}/raci" class="std-raci-form" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#USER_INVALID}} field--error{{/USER_INVALID}}">
    <label for="user">Person</label>
    {{#USER_INVALID}}<p class="field-error" id="user-error">{{USER_ERROR}}</p>{{/USER_INVALID}}
    <select id="user" name="user"{{#USER_INVALID}} aria-invalid="true" aria-describedby="user-error"{{/USER_INVALID}}>{{#RACI_PERSON}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/RACI_PERSON}}</select>
  </div>
  <div class="field{{#LETTER_INVALID}} field--error{{/LETTER_INVALID}}">
    <label for="letter">Role</label>
    {{#LETTER_INVALID}}<p class="field-error" id="letter-error">{{LETTER_ERROR}}</p>{{/LETTER_INVALID}}
    <select id="letter" name="letter"{{#LETTER_INVALID}} aria-invalid="true" aria-describedby="letter-error"{{/LETTER_INVALID}}>{{#RACI_LETTER_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}: {{LABEL}}</option>{{/RACI_LETTER_OPTION}}</select>
  </div>
  <button type="submit" class="button button--secondary">Add to the RACI</button>
</form>
{{/RACI_MANAGE}}
