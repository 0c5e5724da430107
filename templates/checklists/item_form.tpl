{{%AUTOESCAPE context="HTML"}}
<div class="narrow">
<p><a href="{{BACK}}">Back to {{TPL_TITLE}}</a></p>
<h1>{{TITLE}}</h1>
<p>In {{TPL_TITLE}}, version {{VERSION}}. If that version has been run, saving makes a new version.</p>
{{>FORM_ERRORS}}
<form method="post" action="{{ACTION}}" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#SECTION_INVALID}} field--error{{/SECTION_INVALID}}">
    <label for="section">Section</label>
    {{#SECTION_INVALID}}<p class="field-error" id="section-error">{{SECTION_ERROR}}</p>{{/SECTION_INVALID}}
    <select id="section" name="section">{{#SECTION_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/SECTION_OPTION}}</select>
  </div>
  <div class="field{{#PROMPT_INVALID}} field--error{{/PROMPT_INVALID}}">
    <label for="prompt">Question</label>
    <p class="hint" id="prompt-hint">Something anyone could check and answer: "Refunds were paid within 14 days".</p>
    {{#PROMPT_INVALID}}<p class="field-error" id="prompt-error">{{PROMPT_ERROR}}</p>{{/PROMPT_INVALID}}
    <input id="prompt" name="prompt" type="text" value="{{PROMPT_VALUE}}" aria-describedby="prompt-hint{{#PROMPT_INVALID}} prompt-error{{/PROMPT_INVALID}}"{{#PROMPT_INVALID}} aria-invalid="true"{{/PROMPT_INVALID}}>
  </div>
  <div class="field{{#REFERENCE_INVALID}} field--error{{/REFERENCE_INVALID}}">
    <label for="reference">Law, clause or policy it checks (optional)</label>
    {{#REFERENCE_INVALID}}<p class="field-error" id="reference-error">{{REFERENCE_ERROR}}</p>{{/REFERENCE_INVALID}}
    <input id="reference" name="reference" type="text" value="{{REFERENCE_VALUE}}"{{#REFERENCE_INVALID}} aria-invalid="true" aria-describedby="reference-error"{{/REFERENCE_INVALID}}>
  </div>
  <div class="field{{#GUIDANCE_INVALID}} field--error{{/GUIDANCE_INVALID}}">
    <label for="guidance">Guidance for the person checking (optional)</label>
    {{#GUIDANCE_INVALID}}<p class="field-error" id="guidance-error">{{GUIDANCE_ERROR}}</p>{{/GUIDANCE_INVALID}}
    <textarea id="guidance" name="guidance" rows="3">{{GUIDANCE_VALUE:pre_escape}}</textarea>
  </div>
  <fieldset class="field{{#KIND_INVALID}} field--error{{/KIND_INVALID}}" id="kind">
    <legend>Kind of answer</legend>
    {{#KIND_INVALID}}<p class="field-error" id="kind-error">{{KIND_ERROR}}</p>{{/KIND_INVALID}}
    {{#KIND_OPTION}}<div class="checkbox"><input id="kind-{{VALUE}}" name="kind" type="radio" value="{{VALUE}}"{{#SELECTED}} checked{{/SELECTED}}><label for="kind-{{VALUE}}">{{LABEL}}</label></div>{{/KIND_OPTION}}
  </fieldset>
  <div class="field{{#WEIGHT_INVALID}} field--error{{/WEIGHT_INVALID}}">
    <label for="weight">Weight (0 to 100)</label>
    <p class="hint" id="weight-hint">Its share of the score: an item of weight 4 counts four times one of weight 1.</p>
    {{#WEIGHT_INVALID}}<p class="field-error" id="weight-error">{{WEIGHT_ERROR}}</p>{{/WEIGHT_INVALID}}
    <input id="weight" name="weight" type="text" inputmode="numeric" value="{{WEIGHT_VALUE}}" aria-describedby="weight-hint{{#WEIGHT_INVALID}} weight-error{{/WEIGHT_INVALID}}"{{#WEIGHT_INVALID}} aria-invalid="true"{{/WEIGHT_INVALID}}>
  </div>
  <div class="checkbox"><input id="mandatory" name="mandatory" type="checkbox" value="1"{{#MANDATORY_CHECKED}} checked{{/MANDATORY_CHECKED}}><label for="mandatory">Mandatory: if it fails, the whole run fails, whatever the score</label></div>
  <div class="checkbox"><input id="note_on_fail" name="note_on_fail" type="checkbox" value="1"{{#NOTE_ON_FAIL_CHECKED}} checked{{/NOTE_ON_FAIL_CHECKED}}><label for="note_on_fail">A failed answer needs a note saying what is wrong</label></div>
  <fieldset class="field">
    <legend>For a score on a scale</legend>
    <div class="field-row">
      <div class="field{{#SCALE_MAX_INVALID}} field--error{{/SCALE_MAX_INVALID}}">
        <label for="scale_max">Top of the scale</label>
        {{#SCALE_MAX_INVALID}}<p class="field-error" id="scale_max-error">{{SCALE_MAX_ERROR}}</p>{{/SCALE_MAX_INVALID}}
        <input id="scale_max" name="scale_max" type="text" inputmode="numeric" value="{{SCALE_MAX_VALUE}}"{{#SCALE_MAX_INVALID}} aria-invalid="true" aria-describedby="scale_max-error"{{/SCALE_MAX_INVALID}}>
      </div>
      <div class="field{{#PASS_AT_INVALID}} field--error{{/PASS_AT_INVALID}}">
        <label for="pass_at">Passing score</label>
        {{#PASS_AT_INVALID}}<p class="field-error" id="pass_at-error">{{PASS_AT_ERROR}}</p>{{/PASS_AT_INVALID}}
        <input id="pass_at" name="pass_at" type="text" inputmode="numeric" value="{{PASS_AT_VALUE}}"{{#PASS_AT_INVALID}} aria-invalid="true" aria-describedby="pass_at-error"{{/PASS_AT_INVALID}}>
      </div>
    </div>
  </fieldset>
  <fieldset class="field">
    <legend>For a number: the acceptable range</legend>
    <div class="field-row">
      <div class="field{{#MIN_VALUE_INVALID}} field--error{{/MIN_VALUE_INVALID}}">
        <label for="min_value">Lowest acceptable</label>
        {{#MIN_VALUE_INVALID}}<p class="field-error" id="min_value-error">{{MIN_VALUE_ERROR}}</p>{{/MIN_VALUE_INVALID}}
        <input id="min_value" name="min_value" type="text" inputmode="decimal" value="{{MIN_VALUE_VALUE}}"{{#MIN_VALUE_INVALID}} aria-invalid="true" aria-describedby="min_value-error"{{/MIN_VALUE_INVALID}}>
      </div>
      <div class="field{{#MAX_VALUE_INVALID}} field--error{{/MAX_VALUE_INVALID}}">
        <label for="max_value">Highest acceptable</label>
        {{#MAX_VALUE_INVALID}}<p class="field-error" id="max_value-error">{{MAX_VALUE_ERROR}}</p>{{/MAX_VALUE_INVALID}}
        <input id="max_value" name="max_value" type="text" inputmode="decimal" value="{{MAX_VALUE_VALUE}}"{{#MAX_VALUE_INVALID}} aria-invalid="true" aria-describedby="max_value-error"{{/MAX_VALUE_INVALID}}>
      </div>
    </div>
  </fieldset>
  <div class="field{{#MAX_AGE_INVALID}} field--error{{/MAX_AGE_INVALID}}">
    <label for="max_age">For a date: the oldest acceptable, in days (optional)</label>
    {{#MAX_AGE_INVALID}}<p class="field-error" id="max_age-error">{{MAX_AGE_ERROR}}</p>{{/MAX_AGE_INVALID}}
    <input id="max_age" name="max_age" type="text" inputmode="numeric" value="{{MAX_AGE_VALUE}}"{{#MAX_AGE_INVALID}} aria-invalid="true" aria-describedby="max_age-error"{{/MAX_AGE_INVALID}}>
  </div>
  <div class="field{{#CHOICES_INVALID}} field--error{{/CHOICES_INVALID}}">
    <label for="choices">For a choice: the answers offered, one a line</label>
    {{#CHOICES_INVALID}}<p class="field-error" id="choices-error">{{CHOICES_ERROR}}</p>{{/CHOICES_INVALID}}
    <textarea id="choices" name="choices" rows="4"{{#CHOICES_INVALID}} aria-invalid="true" aria-describedby="choices-error"{{/CHOICES_INVALID}}>{{CHOICES_VALUE:pre_escape}}</textarea>
  </div>
  <div class="field{{#PASS_CHOICES_INVALID}} field--error{{/PASS_CHOICES_INVALID}}">
    <label for="pass_choices">The answers that pass, one a line</label>
    {{#PASS_CHOICES_INVALID}}<p class="field-error" id="pass_choices-error">{{PASS_CHOICES_ERROR}}</p>{{/PASS_CHOICES_INVALID}}
    <textarea id="pass_choices" name="pass_choices" rows="3"{{#PASS_CHOICES_INVALID}} aria-invalid="true" aria-describedby="pass_choices-error"{{/PASS_CHOICES_INVALID}}>{{PASS_CHOICES_VALUE:pre_escape}}</textarea>
  </div>
  <div class="field{{#SOURCE_INVALID}} field--error{{/SOURCE_INVALID}}">
    <label for="source">Figure from Frontline's own records (for yes / no items)</label>
    {{#SOURCE_INVALID}}<p class="field-error" id="source-error">{{SOURCE_ERROR}}</p>{{/SOURCE_INVALID}}
    <select id="source" name="source"{{#SOURCE_INVALID}} aria-invalid="true" aria-describedby="source-error"{{/SOURCE_INVALID}}>{{#SOURCE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SOURCE_OPTION}}</select>
  </div>
  <button type="submit" class="button">Save the item</button>
</form>
</div>
