{{%AUTOESCAPE context="HTML"}}
<div class="narrow">
<p><a href="{{BACK}}">Back</a></p>
<h1>{{TITLE}}</h1>
{{#EDITING}}<p>You are editing version {{VERSION}}. If it has been run, the changes become a new version and past runs keep the one they were run against.</p>{{/EDITING}}
{{>FORM_ERRORS}}
<form method="post" action="{{ACTION}}" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#TITLE_INVALID}} field--error{{/TITLE_INVALID}}">
    <label for="title">Title</label>
    {{#TITLE_INVALID}}<p class="field-error" id="title-error">{{TITLE_ERROR}}</p>{{/TITLE_INVALID}}
    <input id="title" name="title" type="text" value="{{TITLE_VALUE}}"{{#TITLE_INVALID}} aria-invalid="true" aria-describedby="title-error"{{/TITLE_INVALID}}>
  </div>
  <div class="field{{#DESCRIPTION_INVALID}} field--error{{/DESCRIPTION_INVALID}}">
    <label for="description">What it checks (optional)</label>
    {{#DESCRIPTION_INVALID}}<p class="field-error" id="description-error">{{DESCRIPTION_ERROR}}</p>{{/DESCRIPTION_INVALID}}
    <textarea id="description" name="description" rows="4"{{#DESCRIPTION_INVALID}} aria-invalid="true" aria-describedby="description-error"{{/DESCRIPTION_INVALID}}>{{DESCRIPTION_VALUE:pre_escape}}</textarea>
  </div>
  <div class="field{{#PASS_MARK_INVALID}} field--error{{/PASS_MARK_INVALID}}">
    <label for="pass_mark">Pass mark (%)</label>
    <p class="hint" id="pass_mark-hint">A run scoring this or above is green, unless a mandatory item failed.</p>
    {{#PASS_MARK_INVALID}}<p class="field-error" id="pass_mark-error">{{PASS_MARK_ERROR}}</p>{{/PASS_MARK_INVALID}}
    <input id="pass_mark" name="pass_mark" type="text" inputmode="numeric" value="{{PASS_MARK_VALUE}}" aria-describedby="pass_mark-hint{{#PASS_MARK_INVALID}} pass_mark-error{{/PASS_MARK_INVALID}}"{{#PASS_MARK_INVALID}} aria-invalid="true"{{/PASS_MARK_INVALID}}>
  </div>
  <div class="field{{#AMBER_BAND_INVALID}} field--error{{/AMBER_BAND_INVALID}}">
    <label for="amber_band">Amber band (percentage points)</label>
    <p class="hint" id="amber_band-hint">Amber from the pass mark minus this; red below.</p>
    {{#AMBER_BAND_INVALID}}<p class="field-error" id="amber_band-error">{{AMBER_BAND_ERROR}}</p>{{/AMBER_BAND_INVALID}}
    <input id="amber_band" name="amber_band" type="text" inputmode="numeric" value="{{AMBER_BAND_VALUE}}" aria-describedby="amber_band-hint{{#AMBER_BAND_INVALID}} amber_band-error{{/AMBER_BAND_INVALID}}"{{#AMBER_BAND_INVALID}} aria-invalid="true"{{/AMBER_BAND_INVALID}}>
  </div>
  {{#EDITING}}
  <div class="field{{#CHANGE_NOTE_INVALID}} field--error{{/CHANGE_NOTE_INVALID}}">
    <label for="change_note">What changed (optional)</label>
    {{#CHANGE_NOTE_INVALID}}<p class="field-error" id="change_note-error">{{CHANGE_NOTE_ERROR}}</p>{{/CHANGE_NOTE_INVALID}}
    <input id="change_note" name="change_note" type="text" value="{{CHANGE_NOTE_VALUE}}"{{#CHANGE_NOTE_INVALID}} aria-invalid="true" aria-describedby="change_note-error"{{/CHANGE_NOTE_INVALID}}>
  </div>
  {{/EDITING}}
  <button type="submit" class="button">{{#CREATING}}Create the template{{/CREATING}}{{#EDITING}}Save{{/EDITING}}</button>
</form>
</div>
