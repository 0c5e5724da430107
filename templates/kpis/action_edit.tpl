{{%AUTOESCAPE context="HTML"}}
<div class="narrow">
<p><a href="/actions/{{ID}}">Back to the action</a></p>
<h1>Edit action</h1>
<p>Due {{DUE}}{{#OVERDUE}} <strong class="tag tag--warning">Overdue</strong>{{/OVERDUE}}. Raised from: {{SOURCE}}.</p>
{{>FORM_ERRORS}}
<form method="post" action="/actions/{{ID}}" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#TITLE_INVALID}} field--error{{/TITLE_INVALID}}">
    <label for="title">Title</label>
    {{#TITLE_INVALID}}<p class="field-error" id="title-error">{{TITLE_ERROR}}</p>{{/TITLE_INVALID}}
    <input id="title" name="title" type="text" value="{{TITLE_VALUE}}"{{#TITLE_INVALID}} aria-invalid="true" aria-describedby="title-error"{{/TITLE_INVALID}}>
  </div>
  <fieldset class="field{{#KIND_INVALID}} field--error{{/KIND_INVALID}}">
    <legend>Kind</legend>
    {{#KIND_INVALID}}<p class="field-error" id="kind-error">{{KIND_ERROR}}</p>{{/KIND_INVALID}}
    <div class="radio"><input id="kind" name="kind" type="radio" value="corrective"{{#KIND_CORRECTIVE}} checked{{/KIND_CORRECTIVE}}><label for="kind">Corrective</label></div>
    <div class="radio"><input id="kind-improvement" name="kind" type="radio" value="improvement"{{#KIND_IMPROVEMENT}} checked{{/KIND_IMPROVEMENT}}><label for="kind-improvement">Improvement</label></div>
  </fieldset>
  <div class="field{{#PROBLEM_INVALID}} field--error{{/PROBLEM_INVALID}}">
    <label for="problem">The problem</label>
    {{#PROBLEM_INVALID}}<p class="field-error" id="problem-error">{{PROBLEM_ERROR}}</p>{{/PROBLEM_INVALID}}
    <textarea id="problem" name="problem" rows="4"{{#PROBLEM_INVALID}} aria-invalid="true" aria-describedby="problem-error"{{/PROBLEM_INVALID}}>{{PROBLEM_VALUE}}</textarea>
  </div>
  <div class="field{{#ROOT_CAUSE_INVALID}} field--error{{/ROOT_CAUSE_INVALID}}">
    <label for="root_cause">Root cause</label>
    {{#ROOT_CAUSE_INVALID}}<p class="field-error" id="root_cause-error">{{ROOT_CAUSE_ERROR}}</p>{{/ROOT_CAUSE_INVALID}}
    <select id="root_cause" name="root_cause"><option value="">Not chosen yet</option>{{#CAUSE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/CAUSE_OPTION}}</select>
  </div>
  <fieldset class="field">
    <legend>Five whys</legend>
    <p class="hint">Ask why the problem happened; then why that happened; stop when the answer is a cause you can change.</p>
    <div class="field{{#WHY_1_INVALID}} field--error{{/WHY_1_INVALID}}"><label for="why_1">1. Why did it happen?</label>{{#WHY_1_INVALID}}<p class="field-error" id="why_1-error">{{WHY_1_ERROR}}</p>{{/WHY_1_INVALID}}<input id="why_1" name="why_1" type="text" value="{{WHY_1_VALUE}}"></div>
    <div class="field{{#WHY_2_INVALID}} field--error{{/WHY_2_INVALID}}"><label for="why_2">2. Why?</label>{{#WHY_2_INVALID}}<p class="field-error" id="why_2-error">{{WHY_2_ERROR}}</p>{{/WHY_2_INVALID}}<input id="why_2" name="why_2" type="text" value="{{WHY_2_VALUE}}"></div>
    <div class="field{{#WHY_3_INVALID}} field--error{{/WHY_3_INVALID}}"><label for="why_3">3. Why?</label>{{#WHY_3_INVALID}}<p class="field-error" id="why_3-error">{{WHY_3_ERROR}}</p>{{/WHY_3_INVALID}}<input id="why_3" name="why_3" type="text" value="{{WHY_3_VALUE}}"></div>
    <div class="field{{#WHY_4_INVALID}} field--error{{/WHY_4_INVALID}}"><label for="why_4">4. Why?</label>{{#WHY_4_INVALID}}<p class="field-error" id="why_4-error">{{WHY_4_ERROR}}</p>{{/WHY_4_INVALID}}<input id="why_4" name="why_4" type="text" value="{{WHY_4_VALUE}}"></div>
    <div class="field{{#WHY_5_INVALID}} field--error{{/WHY_5_INVALID}}"><label for="why_5">5. Why?</label>{{#WHY_5_INVALID}}<p class="field-error" id="why_5-error">{{WHY_5_ERROR}}</p>{{/WHY_5_INVALID}}<input id="why_5" name="why_5" type="text" value="{{WHY_5_VALUE}}"></div>
  </fieldset>
  <div class="field{{#STEPS_INVALID}} field--error{{/STEPS_INVALID}}">
    <label for="steps">Steps</label>
    <p class="hint" id="steps-hint">What will be done, by whom, and how the team will be told.</p>
    {{#STEPS_INVALID}}<p class="field-error" id="steps-error">{{STEPS_ERROR}}</p>{{/STEPS_INVALID}}
    <textarea id="steps" name="steps" rows="5" aria-describedby="steps-hint{{#STEPS_INVALID}} steps-error{{/STEPS_INVALID}}">{{STEPS_VALUE}}</textarea>
  </div>
  <div class="field{{#OWNER_INVALID}} field--error{{/OWNER_INVALID}}">
    <label for="owner">Owner</label>
    {{#OWNER_INVALID}}<p class="field-error" id="owner-error">{{OWNER_ERROR}}</p>{{/OWNER_INVALID}}
    <select id="owner" name="owner"><option value="">Choose someone</option>{{#OWNER_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/OWNER_OPTION}}</select>
  </div>
  <div class="field{{#DUE_DATE_INVALID}} field--error{{/DUE_DATE_INVALID}}">
    <label for="due_date">Due date</label>
    <p class="hint" id="due_date-hint">Written YYYY-MM-DD.</p>
    {{#DUE_DATE_INVALID}}<p class="field-error" id="due_date-error">{{DUE_DATE_ERROR}}</p>{{/DUE_DATE_INVALID}}
    <input id="due_date" name="due_date" type="text" class="input--short" value="{{DUE_DATE_VALUE}}" aria-describedby="due_date-hint{{#DUE_DATE_INVALID}} due_date-error{{/DUE_DATE_INVALID}}">
  </div>
  <div class="field{{#STATUS_INVALID}} field--error{{/STATUS_INVALID}}">
    <label for="status">Status</label>
    <p class="hint" id="status-hint">To close the action, record its review and use "Close the action" on its page.</p>
    {{#STATUS_INVALID}}<p class="field-error" id="status-error">{{STATUS_ERROR}}</p>{{/STATUS_INVALID}}
    <select id="status" name="status" aria-describedby="status-hint">{{#STATUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUS_OPTION}}</select>
  </div>
  <button type="submit" class="button">Save</button>
</form>
</div>
