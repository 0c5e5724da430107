{{%AUTOESCAPE context="HTML"}}
<h1>Team</h1>
<ul class="actions">
  <li><a href="/team/meetings">Meeting minutes</a></li>
  {{#COACHING_ALL}}<li><a href="/team/coaching">Coaching log</a></li>{{/COACHING_ALL}}
  {{#COACHING_MINE}}<li><a href="/team/coaching">My coaching log</a></li>{{/COACHING_MINE}}
</ul>
<h2>Who does what</h2>
<p>Each person's responsibilities, and the service standards and plans they are Responsible, Accountable, Consulted or Informed for.</p>
{{#NO_PEOPLE}}<p class="empty">Nobody is in the team yet.</p>{{/NO_PEOPLE}}
{{#HAS_PEOPLE}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">Team members and their responsibilities</caption>
  <thead><tr><th scope="col">Person</th><th scope="col">Job title</th><th scope="col">Team</th><th scope="col">Responsibilities</th></tr></thead>
  <tbody>
  {{#PERSON}}
  <tr>
    <td>{{NAME}}</td><td>{{JOB_TITLE}}</td><td>{{TEAM}}</td>
    <td>
      {{#NO_DUTIES}}<span class="muted">None recorded</span>{{/NO_DUTIES}}
      <ul class="plain-list">
        {{#DUTY}}<li>{{TEXT}}{{#CAN_MANAGE}} <form method="post" action="/team/roles/{{ROLE_ID}}/delete" class="inline-form"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="link-button">Remove<span class="visually-hidden"> “{{TEXT}}” from {{NAME}}</span></button></form>{{/CAN_MANAGE}}</li>{{/DUTY}}
        {{#RACI}}<li><abbr title="{{LETTER_LABEL}}">{{LETTER}}</abbr> ({{LETTER_LABEL}}) for {{SUBJECT_KIND}}<a href="/{{SUBJECT_PATH}}/{{SUBJECT_ID}}">{{SUBJECT}}</a></li>{{/RACI}}
      </ul>
    </td>
  </tr>
  {{/PERSON}}
  </tbody>
</table>
</div>
{{/HAS_PEOPLE}}
{{>PAGER}}
{{#CAN_MANAGE}}
<div class="area-no-print">
<h2>Give someone a responsibility</h2>
{{>FORM_ERRORS}}
<form method="post" action="/team/roles" class="team-inline-form" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#PERSON_INVALID}} field--error{{/PERSON_INVALID}}">
    <label for="person">Person</label>
    {{#PERSON_INVALID}}<p class="field-error" id="person-error">{{PERSON_ERROR}}</p>{{/PERSON_INVALID}}
    <select id="person" name="person"{{#PERSON_INVALID}} aria-invalid="true" aria-describedby="person-error"{{/PERSON_INVALID}}>{{#PERSON_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/PERSON_OPTION}}</select>
  </div>
  <div class="field{{#RESPONSIBILITY_INVALID}} field--error{{/RESPONSIBILITY_INVALID}}">
    <label for="responsibility">Responsibility</label>
    {{#RESPONSIBILITY_INVALID}}<p class="field-error" id="responsibility-error">{{RESPONSIBILITY_ERROR}}</p>{{/RESPONSIBILITY_INVALID}}
    <input id="responsibility" name="responsibility" type="text" value="{{RESPONSIBILITY_VALUE}}"{{#RESPONSIBILITY_INVALID}} aria-invalid="true" aria-describedby="responsibility-error"{{/RESPONSIBILITY_INVALID}}>
  </div>
  <div class="field"><button type="submit" class="button button--secondary">Add</button></div>
</form>
</div>
{{/CAN_MANAGE}}
<h2>Recent meetings</h2>
{{#NO_MEETINGS}}<p class="empty">No meeting minutes yet.</p>{{/NO_MEETINGS}}
{{#HAS_MEETINGS}}<ul class="plain-list">{{#MEETING}}<li><a href="/team/meetings/{{ID}}">{{TITLE}}</a> <span class="muted">{{HELD_ON}}</span></li>{{/MEETING}}</ul>{{/HAS_MEETINGS}}
