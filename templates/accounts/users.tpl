{{%AUTOESCAPE context="HTML"}}
<h1>Users</h1>
<p><a class="button" href="/admin/users/new">Add a user</a></p>
<form method="get" action="/admin/users" class="search-form" role="search">
  <label for="q">Search by name or username</label>
  <input id="q" name="q" type="search" value="{{Q}}">
  <button type="submit" class="button button--secondary">Search</button>
</form>
<p>{{TOTAL}} account(s).</p>
{{#NO_USERS}}<p class="empty">No accounts match. Try a shorter search, or add a user.</p>{{/NO_USERS}}
{{#HAS_USERS}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">Accounts</caption>
  <thead><tr><th scope="col">Name</th><th scope="col">Username</th><th scope="col">Job title</th><th scope="col">Team</th><th scope="col">Roles</th><th scope="col">Status</th></tr></thead>
  <tbody>
  {{#USER}}
  <tr>
    <td><a href="/admin/users/{{ID}}">{{DISPLAY_NAME}}</a></td>
    <td>{{USERNAME}}</td>
    <td>{{JOB_TITLE}}</td>
    <td>{{TEAM}}</td>
    <td>{{#IS_ADMIN}}<span class="tag">admin</span> {{/IS_ADMIN}}{{#IS_MANAGER}}<span class="tag">manager</span> {{/IS_MANAGER}}{{#IS_STAFF}}<span class="tag">staff</span> {{/IS_STAFF}}{{#IS_ASSESSOR}}<span class="tag">assessor</span> {{/IS_ASSESSOR}}{{#IS_IQA}}<span class="tag">IQA</span>{{/IS_IQA}}</td>
    <td>{{#DISABLED}}<strong class="tag tag--warning">Disabled</strong>{{/DISABLED}}{{#ACTIVE}}Active{{/ACTIVE}}</td>
  </tr>
  {{/USER}}
  </tbody>
</table>
</div>
{{/HAS_USERS}}
{{>PAGER}}
