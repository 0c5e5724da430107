{{%AUTOESCAPE context="HTML"}}
<div class="narrow">
<p><a href="/actions/{{ID}}">Back to the action</a></p>
<h1>Review: {{TITLE_TEXT}}</h1>
<p>Show whether the action worked: the measured result after the change against the baseline before it, for example "complaints fell from 14 to 6 a month".</p>
{{#FROM_KPI}}<p>The figures below are suggested from <a href="/kpis/{{KPI_ID}}">the KPI</a>: the red result and its latest result since. Check them before saving.</p>{{/FROM_KPI}}
{{>FORM_ERRORS}}
<form method="post" action="/actions/{{ID}}/review" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#BASELINE_INVALID}} field--error{{/BASELINE_INVALID}}">
    <label for="baseline">Baseline before the change</label>
    {{#BASELINE_INVALID}}<p class="field-error" id="baseline-error">{{BASELINE_ERROR}}</p>{{/BASELINE_INVALID}}
    <input id="baseline" name="baseline" type="text" value="{{BASELINE_VALUE}}"{{#BASELINE_INVALID}} aria-invalid="true" aria-describedby="baseline-error"{{/BASELINE_INVALID}}>
  </div>
  <div class="field{{#RESULT_INVALID}} field--error{{/RESULT_INVALID}}">
    <label for="result">Result after the change</label>
    {{#RESULT_INVALID}}<p class="field-error" id="result-error">{{RESULT_ERROR}}</p>{{/RESULT_INVALID}}
    <input id="result" name="result" type="text" value="{{RESULT_VALUE}}"{{#RESULT_INVALID}} aria-invalid="true" aria-describedby="result-error"{{/RESULT_INVALID}}>
  </div>
  <div class="field{{#REVIEW_INVALID}} field--error{{/REVIEW_INVALID}}">
    <label for="review">What it shows</label>
    <p class="hint" id="review-hint">Did the change work, and what will keep it working? At least 10 characters.</p>
    {{#REVIEW_INVALID}}<p class="field-error" id="review-error">{{REVIEW_ERROR}}</p>{{/REVIEW_INVALID}}
    <textarea id="review" name="review" rows="5" aria-describedby="review-hint{{#REVIEW_INVALID}} review-error{{/REVIEW_INVALID}}">{{REVIEW_VALUE}}</textarea>
  </div>
  <button type="submit" class="button">Save the review</button>
</form>
</div>
