{{%AUTOESCAPE context="HTML"}}
<div class="narrow">
<p><a href="/team/meetings">Back to meetings</a></p>
<h1>Record a meeting</h1>
{{>FORM_ERRORS}}
<form method="post" action="/team/meetings" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#HELD_ON_INVALID}} field--error{{/HELD_ON_INVALID}}">
    <label for="held_on">Date of the meeting</label>
    {{#HELD_ON_INVALID}}<p class="field-error" id="held_on-error">{{HELD_ON_ERROR}}</p>{{/HELD_ON_INVALID}}
    <input id="held_on" name="held_on" type="date" value="{{HELD_ON_VALUE}}"{{#HELD_ON_INVALID}} aria-invalid="true" aria-describedby="held_on-error"{{/HELD_ON_INVALID}}>
  </div>
  <div class="field{{#TITLE_INVALID}} field--error{{/TITLE_INVALID}}">
    <label for="title">Title</label>
    {{#TITLE_INVALID}}<p class="field-error" id="title-error">{{TITLE_ERROR}}</p>{{/TITLE_INVALID}}
    <input id="title" name="title" type="text" value="{{TITLE_VALUE}}"{{#TITLE_INVALID}} aria-invalid="true" aria-describedby="title-error"{{/TITLE_INVALID}}>
  </div>
  <fieldset class="field{{#ATTENDEES_INVALID}} field--error{{/ATTENDEES_INVALID}}" id="attendees">
    <legend>Attendees</legend>
    {{#ATTENDEES_INVALID}}<p class="field-error" id="attendees-error">{{ATTENDEES_ERROR}}</p>{{/ATTENDEES_INVALID}}
    {{#ATTENDEE}}<div class="checkbox"><input id="{{FIELD}}" name="{{FIELD}}" type="checkbox" value="1"{{#CHECKED}} checked{{/CHECKED}}><label for="{{FIELD}}">{{NAME}}</label></div>{{/ATTENDEE}}
  </fieldset>
  <div class="field{{#MINUTES_INVALID}} field--error{{/MINUTES_INVALID}}">
    <label for="minutes">Minutes</label>
    <p class="hint" id="minutes-hint">What was discussed: performance against standards and KPIs, problems, ideas.</p>
    {{#MINUTES_INVALID}}<p class="field-error" id="minutes-error">{{MINUTES_ERROR}}</p>{{/MINUTES_INVALID}}
    <textarea id="minutes" name="minutes" rows="10" aria-describedby="minutes-hint{{#MINUTES_INVALID}} minutes-error{{/MINUTES_INVALID}}"{{#MINUTES_INVALID}} aria-invalid="true"{{/MINUTES_INVALID}}>{{MINUTES_VALUE:pre_escape}}</textarea>
  </div>
  <div class="field{{#DECISIONS_INVALID}} field--error{{/DECISIONS_INVALID}}">
    <label for="decisions">Decisions (optional)</label>
    <p class="hint" id="decisions-hint">One per line. Raise actions from the meeting's page once the minutes are saved.</p>
    {{#DECISIONS_INVALID}}<p class="field-error" id="decisions-error">{{DECISIONS_ERROR}}</p>{{/DECISIONS_INVALID}}
    <textarea id="decisions" name="decisions" rows="5" aria-describedby="decisions-hint{{#DECISIONS_INVALID}} decisions-error{{/DECISIONS_INVALID}}"{{#DECISIONS_INVALID}} aria-invalid="true"{{/DECISIONS_INVALID}}>{{DECISIONS_VALUE:pre_escape}}</textarea>
  </div>
  <button type="submit" class="button">Save the minutes</button>
</form>
</div>
