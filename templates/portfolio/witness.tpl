{{%AUTOESCAPE context="HTML"}}
<p><a href="/portfolio">Portfolio</a></p>
<h1>Witness testimony for {{LEARNER}}</h1>
{{#THANKS}}<div class="notice" role="status"><p>Thank you: your testimony is signed.</p></div>{{/THANKS}}
<h2>{{TITLE}}</h2>
<p>{{LEARNER}} asks you to confirm:</p>
<div class="team-text" id="asked">{{ASKED:pre_escape}}</div>
{{#SIGNED}}<h2>Your testimony</h2><div class="team-text" id="statement">{{STATEMENT:pre_escape}}</div><p>Signed {{SIGNED_NAME}}, {{SIGNED_AT}}. It can no longer be changed.</p>{{/SIGNED}}
{{#UNSIGNED}}
{{>FORM_ERRORS}}
<form method="post" action="/portfolio/witness/{{ID}}" novalidate><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#STATEMENT_INVALID}} field--error{{/STATEMENT_INVALID}}"><label for="statement">Your testimony: what you saw them do</label>{{#STATEMENT_INVALID}}<p class="field-error" id="statement-error">{{STATEMENT_ERROR}}</p>{{/STATEMENT_INVALID}}<textarea id="statement" name="statement" rows="6">{{STATEMENT_VALUE:pre_escape}}</textarea></div>
  <div class="field{{#SIGNED_NAME_INVALID}} field--error{{/SIGNED_NAME_INVALID}}"><label for="signed_name">Your signature (your full name)</label>{{#SIGNED_NAME_INVALID}}<p class="field-error" id="signed_name-error">{{SIGNED_NAME_ERROR}}</p>{{/SIGNED_NAME_INVALID}}<input id="signed_name" name="signed_name" type="text" value="{{SIGNED_NAME_VALUE}}"></div>
  <button type="submit" class="button">Sign the testimony</button>
</form>
{{/UNSIGNED}}
