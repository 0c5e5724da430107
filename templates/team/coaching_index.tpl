{{%AUTOESCAPE context="HTML"}}
<p><a href="/team">Team</a></p>
<h1>Coaching log</h1>
<p>Each member's performance and coaching log is seen only by managers and by the member. Opening a log is recorded in the audit trail.</p>
{{#NO_MEMBERS}}<p class="empty">There are no staff members yet.</p>{{/NO_MEMBERS}}
{{#HAS_MEMBERS}}
<table class="table">
  <caption class="visually-hidden">Staff members and their coaching logs</caption>
  <thead><tr><th scope="col">Member</th><th scope="col">Job title</th><th scope="col">Team</th><th scope="col">Entries</th><th scope="col">Last entry</th><th scope="col">Next follow-up</th></tr></thead>
  <tbody>{{#MEMBER}}<tr><td><a href="/team/coaching/{{ID}}">{{NAME}}</a></td><td>{{JOB_TITLE}}</td><td>{{TEAM}}</td><td>{{ENTRIES}}</td><td>{{LAST}}</td><td>{{NEXT_FOLLOW_UP}}</td></tr>{{/MEMBER}}</tbody>
</table>
{{/HAS_MEMBERS}}
