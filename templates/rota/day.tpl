{{%AUTOESCAPE context="HTML"}}
<h1>Rota: {{DAY}}</h1>
<nav class="rota-weeknav" aria-label="Days">
  <a rel="prev" href="/rota/day?date={{PREV}}{{FILTERS}}">Previous day</a>
  <a href="/rota?week={{WEEK}}{{FILTERS}}">The whole week</a>
  <a rel="next" href="/rota/day?date={{NEXT}}{{FILTERS}}">Next day</a>
</nav>
<form method="get" action="/rota/day" class="rota-filters">
  <input type="hidden" name="date" value="{{DATE}}">
  <label for="team">Team</label>
  <select id="team" name="team"><option value="0">All teams</option>{{#TEAM_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/TEAM_OPTION}}</select>
  <label for="role">Role</label>
  <select id="role" name="role"><option value="">All roles</option>{{#ROLE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ROLE_OPTION}}</select>
  <label for="location">Location</label>
  <select id="location" name="location"><option value="">All locations</option>{{#LOCATION_OPTION}}<option value="{{NAME}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/LOCATION_OPTION}}</select>
  <button type="submit" class="button button--secondary">Show</button>
</form>
{{#NOT_PUBLISHED}}<p class="empty">The rota for this week has not been published yet.</p>{{/NOT_PUBLISHED}}
{{#NO_SHIFTS}}<p class="empty">No shifts on this day yet.</p>{{/NO_SHIFTS}}
{{#HAS_SHIFTS}}
<div class="rota-timeline">
<svg xmlns="http://www.w3.org/2000/svg" width="{{SVG_WIDTH}}" height="{{SVG_HEIGHT}}" viewBox="0 0 {{SVG_WIDTH}} {{SVG_HEIGHT}}" role="img" aria-labelledby="timeline-title">
  <title id="timeline-title">Timeline of the shifts on {{DAY}}; the same shifts are listed in the table below</title>
  {{#TICK}}<line x1="{{X}}" y1="14" x2="{{X}}" y2="{{AXIS_Y}}" stroke="#bbb"/><text x="{{X}}" y="11" font-size="10" text-anchor="middle">{{LABEL}}</text>{{/TICK}}
  {{#SHIFT}}<text x="4" y="{{TEXT_Y}}" font-size="12">{{NAME}}</text><rect class="tl-{{ROLE}}" x="{{X}}" y="{{Y}}" width="{{W}}" height="22" rx="3"><title>{{NAME}} {{START}}–{{END}} {{ROLE_LABEL}}</title></rect>{{/SHIFT}}
</svg>
</div>
<div class="table-wrap">
<table class="table">
  <caption>Shifts on {{DAY}}</caption>
  <thead><tr><th scope="col">Person</th><th scope="col">Start</th><th scope="col">End</th><th scope="col">Break (min)</th><th scope="col">Role</th><th scope="col">Location</th></tr></thead>
  <tbody>
  {{#SHIFT}}<tr><td>{{#EDIT}}<a href="/rota/shifts/{{ID}}">{{NAME}}</a>{{/EDIT}}{{#PLAIN}}{{NAME}}{{/PLAIN}}</td><td>{{START}}</td><td>{{END}}</td><td>{{BREAK}}</td><td>{{ROLE_LABEL}}</td><td>{{LOCATION}}</td></tr>{{/SHIFT}}
  </tbody>
</table>
</div>
{{/HAS_SHIFTS}}
{{>COVER}}
