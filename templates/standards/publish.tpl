{{%AUTOESCAPE context="HTML"}}
<div class="narrow">
<p><a href="/standards/{{ID}}">Back to the standard</a></p>
<h1>Publish version {{NEXT_VERSION}} of “{{STD_TITLE}}”</h1>
<p>Version {{VERSION}} says: <q>{{CURRENT_COMMITMENT}}</q></p>
<p>Publishing asks every member of staff to read and acknowledge the new version; acknowledgements of earlier versions do not count for it.</p>
{{>FORM_ERRORS}}
<form method="post" action="/standards/{{ID}}/publish" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#COMMITMENT_INVALID}} field--error{{/COMMITMENT_INVALID}}">
    <label for="commitment">Measurable commitment</label>
    {{#COMMITMENT_INVALID}}<p class="field-error" id="commitment-error">{{COMMITMENT_ERROR}}</p>{{/COMMITMENT_INVALID}}
    <input id="commitment" name="commitment" type="text" value="{{COMMITMENT_VALUE}}"{{#COMMITMENT_INVALID}} aria-invalid="true" aria-describedby="commitment-error"{{/COMMITMENT_INVALID}}>
  </div>
  <div class="field{{#DETAILS_INVALID}} field--error{{/DETAILS_INVALID}}">
    <label for="details">Details (optional)</label>
    {{#DETAILS_INVALID}}<p class="field-error" id="details-error">{{DETAILS_ERROR}}</p>{{/DETAILS_INVALID}}
    <textarea id="details" name="details" rows="6"{{#DETAILS_INVALID}} aria-invalid="true" aria-describedby="details-error"{{/DETAILS_INVALID}}>{{DETAILS_VALUE:pre_escape}}</textarea>
  </div>
  <div class="field{{#CHANGE_NOTE_INVALID}} field--error{{/CHANGE_NOTE_INVALID}}">
    <label for="change_note">What changed, and why</label>
    {{#CHANGE_NOTE_INVALID}}<p class="field-error" id="change_note-error">{{CHANGE_NOTE_ERROR}}</p>{{/CHANGE_NOTE_INVALID}}
    <input id="change_note" name="change_note" type="text" value="{{CHANGE_NOTE_VALUE}}"{{#CHANGE_NOTE_INVALID}} aria-invalid="true" aria-describedby="change_note-error"{{/CHANGE_NOTE_INVALID}}>
  </div>
  <div class="field{{#REVIEW_DATE_INVALID}} field--error{{/REVIEW_DATE_INVALID}}">
    <label for="review_date">Next review date</label>
    {{#REVIEW_DATE_INVALID}}<p class="field-error" id="review_date-error">{{REVIEW_DATE_ERROR}}</p>{{/REVIEW_DATE_INVALID}}
    <input id="review_date" name="review_date" type="date" value="{{REVIEW_DATE_VALUE}}"{{#REVIEW_DATE_INVALID}} aria-invalid="true" aria-describedby="review_date-error"{{/REVIEW_DATE_INVALID}}>
  </div>
  <button type="submit" class="button">Publish version {{NEXT_VERSION}}</button>
</form>
</div>
