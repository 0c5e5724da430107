{{%AUTOESCAPE context="HTML"}}
<h1>Audit log</h1>
<p>Who did what, when and from where. Passwords, tokens and form contents are never recorded.</p>
<form method="get" action="/admin/audit" class="search-form">
  <label for="user">Username</label>
  <input id="user" name="user" type="text" value="{{USER}}">
  <button type="submit" class="button button--secondary">Filter</button>
</form>
<p>{{TOTAL}} event(s).</p>
{{#NO_EVENTS}}<p class="empty">No events recorded.</p>{{/NO_EVENTS}}
{{#HAS_EVENTS}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">Audit events, newest first</caption>
  <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Target</th><th scope="col">Detail</th><th scope="col">From</th></tr></thead>
  <tbody>
  {{#EVENT}}<tr><td>{{AT}}</td><td>{{WHO}}</td><td>{{ACTION}}</td><td>{{TARGET}}</td><td>{{DETAIL}}</td><td>{{IP}}</td></tr>{{/EVENT}}
  </tbody>
</table>
</div>
{{/HAS_EVENTS}}
{{>PAGER}}
