{{%AUTOESCAPE context="HTML"}}
<div class="rota-print">
<h1>Rota: week {{WEEK}} <span class="muted">{{RANGE}}</span></h1>
<p class="rota-print-note">{{#PUBLISHED}}Published {{AT}}.{{/PUBLISHED}}{{#DRAFT}}DRAFT: not yet published.{{/DRAFT}} <a href="/rota?week={{WEEK}}{{FILTERS}}">Back to the rota</a></p>
{{#NOT_PUBLISHED}}<p class="empty">The rota for this week has not been published yet.</p>{{/NOT_PUBLISHED}}
{{#GRID}}
{{#NO_SHIFTS}}<p class="empty">No shifts this week yet.</p>{{/NO_SHIFTS}}
<table class="rota-print-grid">
  <caption class="visually-hidden">Shifts in week {{WEEK}}</caption>
  <thead><tr><th scope="col">Person</th>{{#DAY}}<th scope="col">{{LABEL}}</th>{{/DAY}}<th scope="col">Hours</th></tr></thead>
  <tbody>
  {{#PERSON}}<tr><th scope="row">{{NAME}}</th><td>{{#D1}}<div>{{TIME}} {{ROLE_LABEL}}{{#CHANGED}} (changed){{/CHANGED}}{{#BREACH}} ⚠{{/BREACH}}</div>{{/D1}}</td><td>{{#D2}}<div>{{TIME}} {{ROLE_LABEL}}{{#CHANGED}} (changed){{/CHANGED}}{{#BREACH}} ⚠{{/BREACH}}</div>{{/D2}}</td><td>{{#D3}}<div>{{TIME}} {{ROLE_LABEL}}{{#CHANGED}} (changed){{/CHANGED}}{{#BREACH}} ⚠{{/BREACH}}</div>{{/D3}}</td><td>{{#D4}}<div>{{TIME}} {{ROLE_LABEL}}{{#CHANGED}} (changed){{/CHANGED}}{{#BREACH}} ⚠{{/BREACH}}</div>{{/D4}}</td><td>{{#D5}}<div>{{TIME}} {{ROLE_LABEL}}{{#CHANGED}} (changed){{/CHANGED}}{{#BREACH}} ⚠{{/BREACH}}</div>{{/D5}}</td><td>{{#D6}}<div>{{TIME}} {{ROLE_LABEL}}{{#CHANGED}} (changed){{/CHANGED}}{{#BREACH}} ⚠{{/BREACH}}</div>{{/D6}}</td><td>{{#D7}}<div>{{TIME}} {{ROLE_LABEL}}{{#CHANGED}} (changed){{/CHANGED}}{{#BREACH}} ⚠{{/BREACH}}</div>{{/D7}}</td><td>{{HOURS}}</td></tr>
  {{/PERSON}}
  </tbody>
</table>
{{/GRID}}
</div>
