{{%AUTOESCAPE context="HTML"}}
<p><a href="/team">Team</a></p>
<h1>Team meetings</h1>
{{#CAN_MANAGE}}<p><a class="button" href="/team/meetings/new">Record a meeting</a></p>{{/CAN_MANAGE}}
{{#NO_MEETINGS}}<p class="empty">No meeting minutes have been recorded yet.</p>{{/NO_MEETINGS}}
{{#HAS_MEETINGS}}
<table class="table">
  <caption class="visually-hidden">Team meetings, newest first</caption>
  <thead><tr><th scope="col">Date</th><th scope="col">Meeting</th><th scope="col">Attendees</th><th scope="col">Actions raised</th></tr></thead>
  <tbody>{{#MEETING}}<tr><td>{{HELD_ON}}</td><td><a href="/team/meetings/{{ID}}">{{TITLE}}</a></td><td>{{ATTENDEES}}</td><td>{{ACTIONS}}</td></tr>{{/MEETING}}</tbody>
</table>
{{/HAS_MEETINGS}}
{{>PAGER}}
