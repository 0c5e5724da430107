{{%AUTOESCAPE context="HTML"}}
<div class="narrow">
<p><a href="{{BACK}}">Back</a></p>
<h1>{{TITLE}}</h1>
{{#CREATING}}<p>Saving publishes version 1 and asks every member of staff to read and acknowledge it.</p>{{/CREATING}}
{{>FORM_ERRORS}}
<form method="post" action="{{ACTION}}" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#TITLE_INVALID}} field--error{{/TITLE_INVALID}}">
    <label for="title">Title</label>
    {{#TITLE_INVALID}}<p class="field-error" id="title-error">{{TITLE_ERROR}}</p>{{/TITLE_INVALID}}
    <input id="title" name="title" type="text" value="{{TITLE_VALUE}}"{{#TITLE_INVALID}} aria-invalid="true" aria-describedby="title-error"{{/TITLE_INVALID}}>
  </div>
  <fieldset class="field{{#PRINCIPLE_INVALID}} field--error{{/PRINCIPLE_INVALID}}" id="principle">
    <legend>The principle it serves</legend>
    {{#PRINCIPLE_INVALID}}<p class="field-error" id="principle-error">{{PRINCIPLE_ERROR}}</p>{{/PRINCIPLE_INVALID}}
    {{#PRINCIPLE_OPTION}}<div class="checkbox"><input id="principle-{{VALUE}}" name="principle" type="radio" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="principle-{{VALUE}}">{{LABEL}}</label></div>{{/PRINCIPLE_OPTION}}
  </fieldset>
  <div class="field{{#OWN_PRINCIPLE_INVALID}} field--error{{/OWN_PRINCIPLE_INVALID}}">
    <label for="own_principle">The organisation's own principle (when chosen above)</label>
    {{#OWN_PRINCIPLE_INVALID}}<p class="field-error" id="own_principle-error">{{OWN_PRINCIPLE_ERROR}}</p>{{/OWN_PRINCIPLE_INVALID}}
    <input id="own_principle" name="own_principle" type="text" value="{{OWN_PRINCIPLE_VALUE}}"{{#OWN_PRINCIPLE_INVALID}} aria-invalid="true" aria-describedby="own_principle-error"{{/OWN_PRINCIPLE_INVALID}}>
  </div>
  {{#CREATING}}
  <div class="field{{#COMMITMENT_INVALID}} field--error{{/COMMITMENT_INVALID}}">
    <label for="commitment">Measurable commitment</label>
    <p class="hint" id="commitment-hint">What anyone could check, with a number and a time: "Answer 90% of calls within 20 seconds".</p>
    {{#COMMITMENT_INVALID}}<p class="field-error" id="commitment-error">{{COMMITMENT_ERROR}}</p>{{/COMMITMENT_INVALID}}
    <input id="commitment" name="commitment" type="text" value="{{COMMITMENT_VALUE}}" aria-describedby="commitment-hint{{#COMMITMENT_INVALID}} commitment-error{{/COMMITMENT_INVALID}}"{{#COMMITMENT_INVALID}} aria-invalid="true"{{/COMMITMENT_INVALID}}>
  </div>
  <div class="field{{#DETAILS_INVALID}} field--error{{/DETAILS_INVALID}}">
    <label for="details">Details (optional)</label>
    <p class="hint" id="details-hint">How staff meet it, exceptions, and how it is measured.</p>
    {{#DETAILS_INVALID}}<p class="field-error" id="details-error">{{DETAILS_ERROR}}</p>{{/DETAILS_INVALID}}
    <textarea id="details" name="details" rows="6" aria-describedby="details-hint{{#DETAILS_INVALID}} details-error{{/DETAILS_INVALID}}"{{#DETAILS_INVALID}} aria-invalid="true"{{/DETAILS_INVALID}}>{{DETAILS_VALUE:pre_escape}}</textarea>
  </div>
  {{/CREATING}}
  <div class="field{{#OWNER_INVALID}} field--error{{/OWNER_INVALID}}">
    <label for="owner">Owner</label>
    {{#OWNER_INVALID}}<p class="field-error" id="owner-error">{{OWNER_ERROR}}</p>{{/OWNER_INVALID}}
    <select id="owner" name="owner"{{#OWNER_INVALID}} aria-invalid="true" aria-describedby="owner-error"{{/OWNER_INVALID}}>
      {{#OWNER_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/OWNER_OPTION}}
    </select>
  </div>
  <div class="field{{#REVIEW_DATE_INVALID}} field--error{{/REVIEW_DATE_INVALID}}">
    <label for="review_date">Review date</label>
    <p class="hint" id="review_date-hint">When the owner next checks the standard still fits. Written YYYY-MM-DD.</p>
    {{#REVIEW_DATE_INVALID}}<p class="field-error" id="review_date-error">{{REVIEW_DATE_ERROR}}</p>{{/REVIEW_DATE_INVALID}}
    <input id="review_date" name="review_date" type="date" value="{{REVIEW_DATE_VALUE}}" aria-describedby="review_date-hint{{#REVIEW_DATE_INVALID}} review_date-error{{/REVIEW_DATE_INVALID}}"{{#REVIEW_DATE_INVALID}} aria-invalid="true"{{/REVIEW_DATE_INVALID}}>
  </div>
  <button type="submit" class="button">{{#CREATING}}Publish version 1{{/CREATING}}{{#EDITING}}Save{{/EDITING}}</button>
</form>
</div>
