{{%AUTOESCAPE context="HTML"}}
<div class="narrow">
<h1>Sign in</h1>
{{#PROBLEM}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/PROBLEM}}
{{>FORM_ERRORS}}
<form method="post" action="/login" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="next" value="{{NEXT_VALUE}}">
  <div class="field{{#USERNAME_INVALID}} field--error{{/USERNAME_INVALID}}">
    <label for="username">Username</label>
    {{#USERNAME_INVALID}}<p class="field-error" id="username-error">{{USERNAME_ERROR}}</p>{{/USERNAME_INVALID}}
    <input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required value="{{USERNAME_VALUE}}"{{#USERNAME_INVALID}} aria-invalid="true" aria-describedby="username-error"{{/USERNAME_INVALID}}>
  </div>
  <div class="field{{#PASSWORD_INVALID}} field--error{{/PASSWORD_INVALID}}">
    <label for="password">Password</label>
    {{#PASSWORD_INVALID}}<p class="field-error" id="password-error">{{PASSWORD_ERROR}}</p>{{/PASSWORD_INVALID}}
    <input id="password" name="password" type="password" autocomplete="current-password" required{{#PASSWORD_INVALID}} aria-invalid="true" aria-describedby="password-error"{{/PASSWORD_INVALID}}>
  </div>
  <button type="submit" class="button">Sign in</button>
</form>
<p class="muted">Forgotten your password? Ask an administrator to reset it.</p>
</div>
