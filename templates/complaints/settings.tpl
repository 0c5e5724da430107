{{%AUTOESCAPE context="HTML"}}
<p><a href="/complaints">Back to the complaints</a></p>
<h1>Complaint settings</h1>
{{>FORM_ERRORS}}
<form method="post" action="/complaints/settings" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#PROFILE_INVALID}} field--error{{/PROFILE_INVALID}}">
    <label for="profile">Clock profile</label>
    <p class="hint" id="profile-hint">Applies to complaints recorded from now on; each complaint keeps the profile it started with.</p>
    {{#PROFILE_INVALID}}<p class="field-error" id="profile-error">{{PROFILE_ERROR}}</p>{{/PROFILE_INVALID}}
    <select id="profile" name="profile" aria-describedby="profile-hint">{{#PROFILE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/PROFILE_OPTION}}</select>
  </div>
  {{#MODEL_SET}}<p>Handling model: <strong id="model-set">{{MODEL}}</strong>. It was set once and cannot be changed, so every record shows the same model applied.</p>{{/MODEL_SET}}
  {{#MODEL_CHOICE}}
  <div class="field{{#MODEL_INVALID}} field--error{{/MODEL_INVALID}}">
    <label for="model">Handling model (set once)</label>
    <p class="hint" id="model-hint">Each step of the model becomes a part of every complaint's record. It cannot be changed once saved.</p>
    {{#MODEL_INVALID}}<p class="field-error" id="model-error">{{MODEL_ERROR}}</p>{{/MODEL_INVALID}}
    <select id="model" name="model" aria-describedby="model-hint">{{#MODEL_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/MODEL_OPTION}}</select>
  </div>
  {{/MODEL_CHOICE}}
  {{#MODEL_INVALID}}<p class="field-error" id="model-error">{{MODEL_ERROR}}</p>{{/MODEL_INVALID}}
  <div class="field{{#SYSTEMIC_N_INVALID}} field--error{{/SYSTEMIC_N_INVALID}}">
    <label for="systemic_n">Complaints sharing a root cause within 30 days that make a systemic problem</label>
    {{#SYSTEMIC_N_INVALID}}<p class="field-error" id="systemic_n-error">{{SYSTEMIC_N_ERROR}}</p>{{/SYSTEMIC_N_INVALID}}
    <input id="systemic_n" name="systemic_n" type="text" inputmode="numeric" class="input--short" value="{{SYSTEMIC_N_VALUE}}">
  </div>
  <button type="submit" class="button">Save the settings</button>
</form>
<h2>Categories</h2>
<table class="table">
  <caption class="visually-hidden">Complaint categories</caption>
  <thead><tr><th scope="col">Category</th><th scope="col">Complaints</th><th scope="col">Clocks</th><th scope="col">State</th><th scope="col"><span class="visually-hidden">Change</span></th></tr></thead>
  <tbody>{{#CATEGORY}}<tr><td><a href="/complaints/categories/{{ID}}">{{NAME}}</a></td><td>{{USED}}</td><td>{{CLOCKS}}</td><td>{{#ACTIVE}}Offered{{/ACTIVE}}{{#RETIRED}}Retired{{/RETIRED}}</td><td><form method="post" action="/complaints/categories/{{ID}}" class="inline-form"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="link-button">{{#ACTIVE}}Retire{{/ACTIVE}}{{#RETIRED}}Offer again{{/RETIRED}}<span class="visually-hidden"> {{NAME}}</span></button></form></td></tr>{{/CATEGORY}}</tbody>
</table>
<form method="post" action="/complaints/categories" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#NAME_INVALID}} field--error{{/NAME_INVALID}}">
    <label for="name">New category</label>
    {{#NAME_INVALID}}<p class="field-error" id="name-error">{{NAME_ERROR}}</p>{{/NAME_INVALID}}
    <input id="name" name="name" type="text" value="{{NAME_VALUE}}"{{#NAME_INVALID}} aria-invalid="true" aria-describedby="name-error"{{/NAME_INVALID}}>
  </div>
  <button type="submit" class="button button--secondary">Add the category</button>
</form>
