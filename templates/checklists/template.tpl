{{%AUTOESCAPE context="HTML"}}
<p><a href="/checklists">All checklists</a></p>
<h1>{{TPL_TITLE}}</h1>
{{>FORM_ERRORS}}
<dl class="summary-list">
  <div><dt>Version</dt><dd>{{VERSION}}</dd></div>
  <div><dt>Scoring</dt><dd>Green at {{PASS_MARK}}% or above, amber from {{AMBER_FROM}}%, red below, or whenever a mandatory item fails</dd></div>
  <div><dt>Items</dt><dd>{{ITEM_COUNT}}</dd></div>
</dl>
{{#HAS_DESCRIPTION}}<p class="prewrap">{{DESCRIPTION}}</p>{{/HAS_DESCRIPTION}}
{{#CAN_MANAGE}}
<ul class="actions">
  <li><a class="button button--secondary" href="/checklists/templates/{{ID}}/edit">Edit title and pass mark</a></li>
  <li><form method="post" action="/checklists/templates/{{ID}}/run" class="inline-form">
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <label for="adhoc-team" class="visually-hidden">Team of the run</label>
    <select id="adhoc-team" name="team"><option value="0">My own team</option>{{#ADHOC_TEAM_OPTION}}<option value="{{ID}}">{{NAME}}</option>{{/ADHOC_TEAM_OPTION}}</select>
    <button type="submit" class="button button--secondary">Run it now, unscheduled</button>
  </form></li>
</ul>
<p class="hint">Changes to a version that has been run are saved as a new version, so past runs keep the questions they answered.</p>
{{/CAN_MANAGE}}
{{#NO_SECTIONS}}<p class="empty">This template has no sections yet.</p>{{/NO_SECTIONS}}
{{#SECTION}}
<section class="checklist-section" aria-labelledby="section-{{SECTION_NUMBER}}">
  <h2 id="section-{{SECTION_NUMBER}}">{{SECTION_NUMBER}}. {{SECTION_TITLE}}</h2>
  {{#NO_ITEMS}}<p class="empty">No items in this section yet.</p>{{/NO_ITEMS}}
  {{#HAS_ITEMS}}
  <ol class="checklist-items">
  {{#ITEM}}<li>
    <p><strong>{{PROMPT}}</strong>{{#MANDATORY}} <span class="tag tag--warning">mandatory</span>{{/MANDATORY}}</p>
    <p class="muted">{{RULE}} · weight {{WEIGHT}}{{#NOTE_ON_FAIL}} · a note is needed when it fails{{/NOTE_ON_FAIL}}{{#HAS_REFERENCE}} · {{REFERENCE}}{{/HAS_REFERENCE}}</p>
    {{#HAS_SOURCE}}<p class="muted">Shows the figure from {{SOURCE}}.</p>{{/HAS_SOURCE}}
    {{#CAN_EDIT}}<p><a href="/checklists/templates/{{TEMPLATE_ID}}/items/{{ITEM_ID}}/edit">Edit<span class="visually-hidden"> item: {{PROMPT}}</span></a></p>
    <form method="post" action="/checklists/templates/{{TEMPLATE_ID}}/items/{{ITEM_ID}}/delete" class="inline-form">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <button type="submit" class="button button--quiet">Remove<span class="visually-hidden"> item: {{PROMPT}}</span></button>
    </form>{{/CAN_EDIT}}
  </li>{{/ITEM}}
  </ol>
  {{/HAS_ITEMS}}
  {{#CAN_EDIT}}<p><a class="button button--secondary" href="/checklists/templates/{{TEMPLATE_ID}}/items/new?section={{SECTION_NUMBER}}">Add an item to {{SECTION_TITLE}}</a></p>
  <details class="checklist-section-edit"><summary>Rename or remove this section</summary>
    <form method="post" action="/checklists/templates/{{TEMPLATE_ID}}/sections/{{SECTION_NUMBER}}" class="inline-form" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <label for="section-title-{{SECTION_NUMBER}}">New title</label>
      <input id="section-title-{{SECTION_NUMBER}}" name="section_title" type="text" value="{{SECTION_TITLE}}">
      <button type="submit" class="button button--secondary">Rename</button>
    </form>
    <form method="post" action="/checklists/templates/{{TEMPLATE_ID}}/sections/{{SECTION_NUMBER}}/delete" class="inline-form">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <button type="submit" class="button button--warning">Remove the section and its items</button>
    </form>
  </details>{{/CAN_EDIT}}
</section>
{{/SECTION}}
{{#CAN_MANAGE}}
<form method="post" action="/checklists/templates/{{ID}}/sections" class="narrow" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#SECTION_TITLE_INVALID}} field--error{{/SECTION_TITLE_INVALID}}">
    <label for="section_title">New section</label>
    {{#SECTION_TITLE_INVALID}}<p class="field-error" id="section_title-error">{{SECTION_TITLE_ERROR}}</p>{{/SECTION_TITLE_INVALID}}
    <input id="section_title" name="section_title" type="text" value="{{SECTION_TITLE_VALUE}}"{{#SECTION_TITLE_INVALID}} aria-invalid="true" aria-describedby="section_title-error"{{/SECTION_TITLE_INVALID}}>
  </div>
  <button type="submit" class="button button--secondary">Add the section</button>
</form>
{{/CAN_MANAGE}}
<h2 id="schedules">Schedules</h2>
{{#NO_SCHEDULES}}<p class="empty">This template is not scheduled for anyone.</p>{{/NO_SCHEDULES}}
{{#HAS_SCHEDULES}}
<div class="table-wrap"><table class="table">
  <caption class="visually-hidden">Schedules of this template</caption>
  <thead><tr><th scope="col">For</th><th scope="col">How often</th><th scope="col">Next check</th><th scope="col">State</th></tr></thead>
  <tbody>{{#SCHEDULE}}<tr><td><a href="/checklists/schedules/{{SCHEDULE_ID}}">{{ASSIGNEE}}</a>{{#STOPPED}} <span class="tag">stopped</span>{{/STOPPED}}</td><td>{{FREQUENCY}}</td><td>{{DUE}}</td><td><span class="tag{{#OVERDUE}} tag--warning{{/OVERDUE}}">{{STATE_LABEL}}</span>{{#HAS_MISSED}} <span class="tag tag--warning">{{MISSED_COUNT}} missed</span>{{/HAS_MISSED}}</td></tr>{{/SCHEDULE}}</tbody>
</table></div>
{{/HAS_SCHEDULES}}
{{#CAN_MANAGE}}
<form method="post" action="/checklists/templates/{{ID}}/schedules" class="narrow" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <h3>Schedule it</h3>
  <div class="field{{#TEAM_INVALID}} field--error{{/TEAM_INVALID}}">
    <label for="team">For a team</label>
    {{#TEAM_INVALID}}<p class="field-error" id="team-error">{{TEAM_ERROR}}</p>{{/TEAM_INVALID}}
    <select id="team" name="team"{{#TEAM_INVALID}} aria-invalid="true" aria-describedby="team-error"{{/TEAM_INVALID}}><option value="0">No team: a person</option>{{#TEAM_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/TEAM_OPTION}}</select>
  </div>
  <div class="field{{#USER_INVALID}} field--error{{/USER_INVALID}}">
    <label for="user">Or for a person</label>
    {{#USER_INVALID}}<p class="field-error" id="user-error">{{USER_ERROR}}</p>{{/USER_INVALID}}
    <select id="user" name="user"{{#USER_INVALID}} aria-invalid="true" aria-describedby="user-error"{{/USER_INVALID}}><option value="0">No one: a team</option>{{#USER_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/USER_OPTION}}</select>
  </div>
  <div class="field{{#FREQUENCY_INVALID}} field--error{{/FREQUENCY_INVALID}}">
    <label for="frequency">How often</label>
    {{#FREQUENCY_INVALID}}<p class="field-error" id="frequency-error">{{FREQUENCY_ERROR}}</p>{{/FREQUENCY_INVALID}}
    <select id="frequency" name="frequency">{{#FREQUENCY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FREQUENCY_OPTION}}</select>
  </div>
  <div class="field{{#FIRST_DUE_INVALID}} field--error{{/FIRST_DUE_INVALID}}">
    <label for="first_due">First due</label>
    <p class="hint" id="first_due-hint">Later due dates follow from it: monthly from 31 January is due 28 February, then 31 March.</p>
    {{#FIRST_DUE_INVALID}}<p class="field-error" id="first_due-error">{{FIRST_DUE_ERROR}}</p>{{/FIRST_DUE_INVALID}}
    <input id="first_due" name="first_due" type="date" value="{{FIRST_DUE_VALUE}}" aria-describedby="first_due-hint{{#FIRST_DUE_INVALID}} first_due-error{{/FIRST_DUE_INVALID}}"{{#FIRST_DUE_INVALID}} aria-invalid="true"{{/FIRST_DUE_INVALID}}>
  </div>
  <button type="submit" class="button">Add the schedule</button>
</form>
{{/CAN_MANAGE}}
<h2>Versions</h2>
<ol class="plain-list" reversed>
{{#VERSION_ROW}}<li><strong>Version {{VERSION}}</strong> <span class="muted">{{AT}}, {{BY}}; {{RUNS}} run(s)</span> · {{CHANGE_NOTE}}</li>{{/VERSION_ROW}}
</ol>
