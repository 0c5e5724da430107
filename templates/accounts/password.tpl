{{%AUTOESCAPE context="HTML"}}
<div class="narrow">
<h1>Change your password</h1>
{{>FORM_ERRORS}}
<p>Use 12 to 128 characters. A few unrelated words make a strong password that is easy to remember. Changing it signs you out everywhere else.</p>
<form method="post" action="/account/password" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#CURRENT_PASSWORD_INVALID}} field--error{{/CURRENT_PASSWORD_INVALID}}">
    <label for="current_password">Current password</label>
    {{#CURRENT_PASSWORD_INVALID}}<p class="field-error" id="current_password-error">{{CURRENT_PASSWORD_ERROR}}</p>{{/CURRENT_PASSWORD_INVALID}}
    <input id="current_password" name="current_password" type="password" autocomplete="current-password" required{{#CURRENT_PASSWORD_INVALID}} aria-invalid="true" aria-describedby="current_password-error"{{/CURRENT_PASSWORD_INVALID}}>
  </div>
  <div class="field{{#NEW_PASSWORD_INVALID}} field--error{{/NEW_PASSWORD_INVALID}}">
    <label for="new_password">New password</label>
    {{#NEW_PASSWORD_INVALID}}<p class="field-error" id="new_password-error">{{NEW_PASSWORD_ERROR}}</p>{{/NEW_PASSWORD_INVALID}}
    <input id="new_password" name="new_password" type="password" autocomplete="new-password" minlength="12" maxlength="128" required{{#NEW_PASSWORD_INVALID}} aria-invalid="true" aria-describedby="new_password-error"{{/NEW_PASSWORD_INVALID}}>
  </div>
  <div class="field{{#CONFIRM_PASSWORD_INVALID}} field--error{{/CONFIRM_PASSWORD_INVALID}}">
    <label for="confirm_password">Confirm new password</label>
    {{#CONFIRM_PASSWORD_INVALID}}<p class="field-error" id="confirm_password-error">{{CONFIRM_PASSWORD_ERROR}}</p>{{/CONFIRM_PASSWORD_INVALID}}
    <input id="confirm_password" name="confirm_password" type="password" autocomplete="new-password" required{{#CONFIRM_PASSWORD_INVALID}} aria-invalid="true" aria-describedby="confirm_password-error"{{/CONFIRM_PASSWORD_INVALID}}>
  </div>
  <button type="submit" class="button">Change password</button>
  <a href="/account">Cancel</a>
</form>
</div>
