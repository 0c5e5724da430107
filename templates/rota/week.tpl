{{%AUTOESCAPE context="HTML"}}
<h1>Rota: week {{WEEK}}</h1>
<p class="rota-range">{{RANGE}}
{{#PUBLISHED}} <span class="tag">Published</span> <span class="muted">{{AT}}</span>{{/PUBLISHED}}
{{#DRAFT}} <span class="tag tag--warning">Draft: staff cannot see this week yet</span>{{/DRAFT}}</p>
<nav class="rota-weeknav" aria-label="Weeks and views">
  <a rel="prev" href="/rota?week={{PREV}}{{FILTERS}}">Previous week</a>
  <a href="/rota?{{FILTERS}}">This week</a>
  <a rel="next" href="/rota?week={{NEXT}}{{FILTERS}}">Next week</a>
  <a href="/rota/print?week={{WEEK}}{{FILTERS}}">Print view</a>
  <a href="/rota/mine">My rota</a>
  {{#MANAGER}}<a href="/rota/breaches?week={{WEEK}}">Working-time warnings</a>
  <a href="/rota/cover">Cover needed</a>
  <a href="/rota/equipment">Equipment</a>
  <a href="/rota/plan?week={{WEEK}}">Copy and repeat</a>
  <a href="/rota/export.csv?week={{WEEK}}">Export CSV</a>
  <a href="/rota/import?week={{WEEK}}">Import CSV</a>{{/MANAGER}}
</nav>
{{#DRAFT}}
<form method="post" action="/rota/publish" class="inline-form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="week" value="{{WEEK}}">
  <button type="submit" class="button">Publish week {{WEEK}}</button>
</form>
{{/DRAFT}}
<form method="get" action="/rota" class="rota-filters">
  <input type="hidden" name="week" value="{{WEEK}}">
  <label for="team">Team</label>
  <select id="team" name="team"><option value="0">All teams</option>{{#TEAM_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/TEAM_OPTION}}</select>
  <label for="role">Role</label>
  <select id="role" name="role"><option value="">All roles</option>{{#ROLE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ROLE_OPTION}}</select>
  <label for="location">Location</label>
  <select id="location" name="location"><option value="">All locations</option>{{#LOCATION_OPTION}}<option value="{{NAME}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/LOCATION_OPTION}}</select>
  <button type="submit" class="button button--secondary">Show</button>
</form>
{{! GRID_HTML is rota/week_grid.tpl expanded by ctemplate with HTML autoescaping (rota/grid.c keeps it in the fragment cache until the database changes), so it is escaped already; tests/e2e/rota.test.mjs and tests/e2e/unescaped-values.test.mjs check names and places with markup. }}
{{GRID_HTML:none}}
