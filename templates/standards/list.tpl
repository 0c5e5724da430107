{{%AUTOESCAPE context="HTML"}}
<h1>Service standards</h1>
<p>What we promise our customers, the service principle each promise serves, and who owns it. When a new version is published every member of staff is asked to read and acknowledge it.</p>
<ul class="actions">
  {{#CAN_MANAGE}}<li><a class="button" href="/standards/new">Add a standard</a></li>{{/CAN_MANAGE}}
  <li><a href="/standards/handbook">All standards in full, to print or brief the team</a></li>
</ul>
{{#NO_STANDARDS}}<p class="empty">No service standards have been set yet.</p>{{/NO_STANDARDS}}
{{#HAS_STANDARDS}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">Service standards</caption>
  <thead><tr><th scope="col">Standard</th><th scope="col">Commitment</th><th scope="col">Principle</th><th scope="col">Owner</th><th scope="col">Version</th><th scope="col">Review by</th><th scope="col">{{#SHOW_ACK_COUNT}}Staff acknowledged{{/SHOW_ACK_COUNT}}{{#SHOW_MINE}}Your acknowledgement{{/SHOW_MINE}}</th></tr></thead>
  <tbody>
  {{#STANDARD}}
  <tr>
    <td><a href="/standards/{{ID}}">{{TITLE}}</a></td>
    <td>{{COMMITMENT}}</td>
    <td>{{PRINCIPLE}}</td>
    <td>{{OWNER}}</td>
    <td>{{VERSION}}</td>
    <td>{{REVIEW_DATE}}{{#REVIEW_OVERDUE}} <strong class="tag tag--warning">Review overdue</strong>{{/REVIEW_OVERDUE}}{{#REVIEW_SOON}} <span class="tag">Review due soon</span>{{/REVIEW_SOON}}</td>
    <td>{{#SHOW_ACK_COUNT}}{{ACKS}}{{/SHOW_ACK_COUNT}}{{#SHOW_MINE}}{{#I_ACKNOWLEDGED}}Acknowledged{{/I_ACKNOWLEDGED}}{{#I_MUST_ACKNOWLEDGE}}<strong class="tag tag--warning">Please read and acknowledge</strong>{{/I_MUST_ACKNOWLEDGE}}{{#NOT_ASKED}}Not asked{{/NOT_ASKED}}{{/SHOW_MINE}}</td>
  </tr>
  {{/STANDARD}}
  </tbody>
</table>
</div>
{{/HAS_STANDARDS}}
{{>PAGER}}
