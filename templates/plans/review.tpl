{{%AUTOESCAPE context="HTML"}}
<p><a href="/plans/{{PLAN_ID}}">Back to the plan</a></p>
<h1>Review: {{PLAN_TITLE}}</h1>
<p>Period {{START}} to {{END}}. {{ON_TRACK}} objectives achieved or on track. Saving the review closes the plan.</p>
{{>SECTIONS}}
<div class="narrow">
{{>FORM_ERRORS}}
<form method="post" action="/plans/{{PLAN_ID}}/review" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  {{>FIELDS}}
  <button type="submit" class="button">Save the review</button>
</form>
</div>
