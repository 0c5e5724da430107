{{%AUTOESCAPE context="HTML"}}
<h1>My account</h1>
<dl class="summary-list">
  <div><dt>Name</dt><dd>{{DISPLAY_NAME}}</dd></div>
  <div><dt>Username</dt><dd>{{USERNAME}}</dd></div>
  <div><dt>Job title</dt><dd>{{JOB_TITLE}}</dd></div>
  <div><dt>Team</dt><dd>{{TEAM}}</dd></div>
  <div><dt>Email</dt><dd>{{EMAIL}}</dd></div>
  <div><dt>Password last changed</dt><dd>{{PASSWORD_CHANGED}}</dd></div>
</dl>
<ul class="actions">
  <li><a class="button" href="/account/password">Change your password</a></li>
  <li><a class="button button--secondary" href="/account/sessions">See and end your sessions</a></li>
</ul>
