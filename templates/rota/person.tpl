{{%AUTOESCAPE context="HTML"}}
<div class="narrow">
<p><a href="/rota">Back to the rota</a></p>
<h1>Working-time details: {{NAME}}</h1>
{{>FORM_ERRORS}}
<form method="post" action="/rota/people/{{ID}}" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#DATE_OF_BIRTH_INVALID}} field--error{{/DATE_OF_BIRTH_INVALID}}">
    <label for="date_of_birth">Date of birth (optional)</label>
    <p class="hint" id="date_of_birth-hint">Held only to apply the young workers' rules (under 18). Leave empty for adults.</p>
    {{#DATE_OF_BIRTH_INVALID}}<p class="field-error" id="date_of_birth-error">{{DATE_OF_BIRTH_ERROR}}</p>{{/DATE_OF_BIRTH_INVALID}}
    <input id="date_of_birth" name="date_of_birth" type="date" value="{{DATE_OF_BIRTH_VALUE}}" aria-describedby="date_of_birth-hint{{#DATE_OF_BIRTH_INVALID}} date_of_birth-error{{/DATE_OF_BIRTH_INVALID}}">
  </div>
  <fieldset class="field{{#OPT_OUT_DATE_INVALID}} field--error{{/OPT_OUT_DATE_INVALID}}">
    <legend>48-hour average</legend>
    {{#OPT_OUT_RECORD}}<p>Opt-out signed {{DATE}}, recorded by {{BY}}.</p>{{/OPT_OUT_RECORD}}
    <div class="checkbox"><input id="opt_out" name="opt_out" type="checkbox" value="1"{{#OPT_OUT_CHECKED}} checked{{/OPT_OUT_CHECKED}}><label for="opt_out">Has signed an opt-out of the 48-hour weekly average</label></div>
    {{#OPT_OUT_DATE_INVALID}}<p class="field-error" id="opt_out_date-error">{{OPT_OUT_DATE_ERROR}}</p>{{/OPT_OUT_DATE_INVALID}}
    <label for="opt_out_date">Date the opt-out was signed</label>
    <input id="opt_out_date" name="opt_out_date" type="date" value="{{OPT_OUT_DATE_VALUE}}">
  </fieldset>
  <fieldset class="field">
    <legend>Roles this person can work (for swaps)</legend>
    <div class="checkbox"><input id="skill_phones" name="skill_phones" type="checkbox" value="1"{{#SKILL_PHONES_CHECKED}} checked{{/SKILL_PHONES_CHECKED}}><label for="skill_phones">Phones</label></div>
    <div class="checkbox"><input id="skill_email" name="skill_email" type="checkbox" value="1"{{#SKILL_EMAIL_CHECKED}} checked{{/SKILL_EMAIL_CHECKED}}><label for="skill_email">Email and chat</label></div>
    <div class="checkbox"><input id="skill_floor" name="skill_floor" type="checkbox" value="1"{{#SKILL_FLOOR_CHECKED}} checked{{/SKILL_FLOOR_CHECKED}}><label for="skill_floor">Floor</label></div>
    <div class="checkbox"><input id="skill_team_leader" name="skill_team_leader" type="checkbox" value="1"{{#SKILL_TEAM_LEADER_CHECKED}} checked{{/SKILL_TEAM_LEADER_CHECKED}}><label for="skill_team_leader">Team leader</label></div>
  </fieldset>
  <button type="submit" class="button">Save</button>
</form>
</div>
