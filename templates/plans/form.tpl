{{%AUTOESCAPE context="HTML"}}
<div class="narrow">
<p><a href="{{BACK_HREF}}">{{BACK_LABEL}}</a></p>
<h1>{{TITLE}}</h1>
{{#INTRO}}<p>{{TEXT}}</p>{{/INTRO}}
{{>FORM_ERRORS}}
<form method="post" action="{{ACTION}}" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  {{#WARNINGS}}
  <div class="warning-summary" role="alert" tabindex="-1" id="warnings">
    <h2>Check before saving</h2>
    <ul>
      {{#WARNING}}<li>{{MESSAGE}}</li>{{/WARNING}}
    </ul>
    <p>Nothing has been saved yet. Fix what is missing, or tick the box to save as it is (the plan records that these warnings were overridden).</p>
    <div class="checkbox"><input id="save_anyway" name="save_anyway" type="checkbox" value="1"><label for="save_anyway">Save anyway: I have read these warnings</label></div>
  </div>
  {{/WARNINGS}}
  {{>FIELDS}}
  <button type="submit" class="button">Save</button>
</form>
{{#DELETE}}
<form method="post" action="{{HREF}}" class="delete-form" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <button type="submit" class="button button--warning">Delete this {{NOUN}}</button>
</form>
{{/DELETE}}
</div>
