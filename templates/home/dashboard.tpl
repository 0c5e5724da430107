{{%AUTOESCAPE context="HTML"}}
<h1>Hello, {{DISPLAY_NAME}}</h1>
<p class="muted">{{TODAY}}</p>
<div class="panels">
{{#ADMIN_PANEL}}
<section class="panel" aria-labelledby="admin-heading">
  <h2 id="admin-heading">Administration</h2>
  <dl class="figures">
    <div><dt>Active accounts</dt><dd>{{ACTIVE_USERS}}</dd></div>
    <div><dt>Disabled accounts</dt><dd>{{DISABLED_USERS}}</dd></div>
    <div><dt>Open sessions</dt><dd>{{SESSIONS}}</dd></div>
    <div><dt>Failed sign-ins, last 24 hours</dt><dd>{{FAILED_LOGINS}}</dd></div>
  </dl>
  <h3>Recent activity</h3>
  <ul class="plain-list">
    {{#EVENT}}<li><span class="muted">{{AT}}</span> {{WHO}}: {{ACTION}}</li>{{/EVENT}}
  </ul>
  <p><a href="/admin/users">Manage users</a> · <a href="/admin/audit">Full audit log</a></p>
</section>
{{/ADMIN_PANEL}}
{{! Data protection }}
{{>PRIVACY_PANEL}}
{{#MANAGER_PANEL}}
<section class="panel" aria-labelledby="manager-heading">
  <h2 id="manager-heading">Your teams</h2>
  {{#NO_TEAMS}}<p class="empty">No teams have been set up yet.</p>{{/NO_TEAMS}}
  {{#HAS_TEAMS}}
  <table class="table">
    <caption class="visually-hidden">Teams and the number of people in each</caption>
    <thead><tr><th scope="col">Team</th><th scope="col">People</th></tr></thead>
    <tbody>{{#TEAM}}<tr><td>{{NAME}}</td><td>{{PEOPLE}}</td></tr>{{/TEAM}}</tbody>
  </table>
  {{/HAS_TEAMS}}
</section>
{{/MANAGER_PANEL}}
{{#STAFF_PANEL}}
<section class="panel" aria-labelledby="staff-heading">
  <h2 id="staff-heading">Your team</h2>
  {{#NO_TEAM}}<p class="empty">You are not in a team yet. Your manager or an administrator can add you to one.</p>{{/NO_TEAM}}
  {{#HAS_TEAM}}
  <p>You are <strong>{{JOB_TITLE}}</strong> in <strong>{{TEAM}}</strong>.</p>
  <ul class="plain-list">{{#TEAMMATE}}<li>{{NAME}} <span class="muted">{{JOB_TITLE}}</span></li>{{/TEAMMATE}}</ul>
  {{/HAS_TEAM}}
</section>
{{/STAFF_PANEL}}
{{>PORTFOLIO_PANEL}}
{{>STANDARDS_PANEL}}
{{#PLANS_PANEL}}
<section class="panel" aria-labelledby="plans-heading">
  <h2 id="plans-heading">Service plans running</h2>
  {{#NO_ACTIVE_PLANS}}<p class="empty">No active service plans.</p>{{/NO_ACTIVE_PLANS}}
  {{#HAS_ACTIVE_PLANS}}<ul class="plain-list">
    {{#ACTIVE_PLAN}}<li><a href="/plans/{{ID}}">{{TITLE}}</a> <span class="muted">ends {{END}}</span>{{#OVERDUE}} <span class="tag tag--warning">{{TEXT}}</span>{{/OVERDUE}}{{#REVIEW_DUE}} <span class="tag tag--warning">review due</span>{{/REVIEW_DUE}}</li>{{/ACTIVE_PLAN}}
  </ul>{{/HAS_ACTIVE_PLANS}}
  <p><a href="/plans">All service plans</a></p>
</section>
{{/PLANS_PANEL}}
{{>ACTIONS_PANEL}}
{{>CHECKLISTS_PANEL}}
{{#FEEDBACK_PANEL}}
<section class="panel" aria-labelledby="feedback-heading">
  <h2 id="feedback-heading">Customer feedback, last 30 days</h2>
  <dl class="figures">
    <div><dt>Responses</dt><dd>{{RESPONSES}}</dd></div>
    <div><dt>CSAT (% satisfied)</dt><dd>{{CSAT}}</dd></div>
    <div><dt>NPS</dt><dd>{{NPS}}</dd></div>
  </dl>
  <p><a href="/customer-feedback/analysis">Analysis</a> · <a href="/customer-feedback">Feedback log</a> · <a href="/customer-feedback/forms">Forms</a></p>
</section>
{{/FEEDBACK_PANEL}}
{{! Complaints }}
{{>COMPLAINTS_PANEL}}
{{! Rota }}
{{>ROTA_PANEL}}
</div>
