{{%AUTOESCAPE context="HTML"}}
<div class="narrow">
<p><a href="/admin/users">Back to users</a></p>
<h1>{{TITLE}}</h1>
{{>FORM_ERRORS}}
<form method="post" action="{{ACTION}}" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  {{#CREATING}}
  <div class="field{{#USERNAME_INVALID}} field--error{{/USERNAME_INVALID}}">
    <label for="username">Username</label>
    <p class="hint" id="username-hint">2 to 32 lower-case letters, digits, '.', '_' or '-'. It cannot be changed later.</p>
    {{#USERNAME_INVALID}}<p class="field-error" id="username-error">{{USERNAME_ERROR}}</p>{{/USERNAME_INVALID}}
    <input id="username" name="username" type="text" autocapitalize="none" spellcheck="false" value="{{USERNAME_VALUE}}" aria-describedby="username-hint{{#USERNAME_INVALID}} username-error{{/USERNAME_INVALID}}"{{#USERNAME_INVALID}} aria-invalid="true"{{/USERNAME_INVALID}}>
  </div>
  {{/CREATING}}
  {{#EDITING}}<p>Username: <strong>{{USERNAME_VALUE}}</strong></p>{{/EDITING}}
  <div class="field{{#DISPLAY_NAME_INVALID}} field--error{{/DISPLAY_NAME_INVALID}}">
    <label for="display_name">Full name</label>
    {{#DISPLAY_NAME_INVALID}}<p class="field-error" id="display_name-error">{{DISPLAY_NAME_ERROR}}</p>{{/DISPLAY_NAME_INVALID}}
    <input id="display_name" name="display_name" type="text" autocomplete="off" value="{{DISPLAY_NAME_VALUE}}"{{#DISPLAY_NAME_INVALID}} aria-invalid="true" aria-describedby="display_name-error"{{/DISPLAY_NAME_INVALID}}>
  </div>
  <div class="field{{#EMAIL_INVALID}} field--error{{/EMAIL_INVALID}}">
    <label for="email">Email (optional)</label>
    {{#EMAIL_INVALID}}<p class="field-error" id="email-error">{{EMAIL_ERROR}}</p>{{/EMAIL_INVALID}}
    <input id="email" name="email" type="email" autocomplete="off" value="{{EMAIL_VALUE}}"{{#EMAIL_INVALID}} aria-invalid="true" aria-describedby="email-error"{{/EMAIL_INVALID}}>
  </div>
  <div class="field{{#JOB_TITLE_INVALID}} field--error{{/JOB_TITLE_INVALID}}">
    <label for="job_title">Job title (optional)</label>
    {{#JOB_TITLE_INVALID}}<p class="field-error" id="job_title-error">{{JOB_TITLE_ERROR}}</p>{{/JOB_TITLE_INVALID}}
    <input id="job_title" name="job_title" type="text" value="{{JOB_TITLE_VALUE}}"{{#JOB_TITLE_INVALID}} aria-invalid="true" aria-describedby="job_title-error"{{/JOB_TITLE_INVALID}}>
  </div>
  <div class="field{{#TEAM_INVALID}} field--error{{/TEAM_INVALID}}">
    <label for="team">Team</label>
    {{#TEAM_INVALID}}<p class="field-error" id="team-error">{{TEAM_ERROR}}</p>{{/TEAM_INVALID}}
    <select id="team" name="team"{{#TEAM_INVALID}} aria-invalid="true" aria-describedby="team-error"{{/TEAM_INVALID}}>
      <option value="0">No team</option>
      {{#TEAM_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/TEAM_OPTION}}
    </select>
  </div>
  <fieldset class="field{{#ROLE_STAFF_INVALID}} field--error{{/ROLE_STAFF_INVALID}}{{#ROLE_ADMIN_INVALID}} field--error{{/ROLE_ADMIN_INVALID}}">
    <legend>Roles</legend>
    {{#ROLE_STAFF_INVALID}}<p class="field-error" id="role_staff-error">{{ROLE_STAFF_ERROR}}</p>{{/ROLE_STAFF_INVALID}}
    {{#ROLE_ADMIN_INVALID}}<p class="field-error" id="role_admin-error">{{ROLE_ADMIN_ERROR}}</p>{{/ROLE_ADMIN_INVALID}}
    <div class="checkbox"><input id="role_staff" name="role_staff" type="checkbox" value="1"{{#ROLE_STAFF_CHECKED}} checked{{/ROLE_STAFF_CHECKED}}><label for="role_staff">Staff: sees their rota, records complaints and checklists, builds a portfolio</label></div>
    <div class="checkbox"><input id="role_manager" name="role_manager" type="checkbox" value="1"{{#ROLE_MANAGER_CHECKED}} checked{{/ROLE_MANAGER_CHECKED}}><label for="role_manager">Manager: plans, sets standards, monitors and acts</label></div>
    <div class="checkbox"><input id="role_assessor" name="role_assessor" type="checkbox" value="1"{{#ROLE_ASSESSOR_CHECKED}} checked{{/ROLE_ASSESSOR_CHECKED}}><label for="role_assessor">Assessor: views assigned portfolios and records judgements</label></div>
    <div class="checkbox"><input id="role_iqa" name="role_iqa" type="checkbox" value="1"{{#ROLE_IQA_CHECKED}} checked{{/ROLE_IQA_CHECKED}}><label for="role_iqa">Internal quality assurer (IQA): samples assessors' decisions</label></div>
    <div class="checkbox"><input id="role_admin" name="role_admin" type="checkbox" value="1"{{#ROLE_ADMIN_CHECKED}} checked{{/ROLE_ADMIN_CHECKED}}><label for="role_admin">Admin: accounts, retention, data requests, backups</label></div>
  </fieldset>
  {{#EDITING}}
  <div class="field{{#DISABLED_INVALID}} field--error{{/DISABLED_INVALID}}">
    {{#DISABLED_INVALID}}<p class="field-error" id="disabled-error">{{DISABLED_ERROR}}</p>{{/DISABLED_INVALID}}
    <div class="checkbox"><input id="disabled" name="disabled" type="checkbox" value="1"{{#DISABLED_CHECKED}} checked{{/DISABLED_CHECKED}}><label for="disabled">Disabled: cannot sign in; their sessions end at once</label></div>
  </div>
  {{/EDITING}}
  {{#CREATING}}
  <div class="field{{#PASSWORD_INVALID}} field--error{{/PASSWORD_INVALID}}">
    <label for="password">First password</label>
    <p class="hint" id="password-hint">12 to 128 characters. Give it to the person privately; they can change it under My account.</p>
    {{#PASSWORD_INVALID}}<p class="field-error" id="password-error">{{PASSWORD_ERROR}}</p>{{/PASSWORD_INVALID}}
    <input id="password" name="password" type="password" autocomplete="new-password" aria-describedby="password-hint{{#PASSWORD_INVALID}} password-error{{/PASSWORD_INVALID}}"{{#PASSWORD_INVALID}} aria-invalid="true"{{/PASSWORD_INVALID}}>
  </div>
  {{/CREATING}}
  <button type="submit" class="button">Save</button>
</form>
{{#EDITING}}
<h2>Reset password</h2>
<form method="post" action="/admin/users/{{ID}}/password" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#NEW_PASSWORD_INVALID}} field--error{{/NEW_PASSWORD_INVALID}}">
    <label for="new_password">New password</label>
    <p class="hint" id="new_password-hint">12 to 128 characters. Their sessions end at once; tell them the new password privately.</p>
    {{#NEW_PASSWORD_INVALID}}<p class="field-error" id="new_password-error">{{NEW_PASSWORD_ERROR}}</p>{{/NEW_PASSWORD_INVALID}}
    <input id="new_password" name="new_password" type="password" autocomplete="new-password" aria-describedby="new_password-hint{{#NEW_PASSWORD_INVALID}} new_password-error{{/NEW_PASSWORD_INVALID}}"{{#NEW_PASSWORD_INVALID}} aria-invalid="true"{{/NEW_PASSWORD_INVALID}}>
  </div>
  <button type="submit" class="button button--warning">Reset password</button>
</form>
{{/EDITING}}
</div>
