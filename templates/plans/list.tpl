{{%AUTOESCAPE context="HTML"}}
<h1>Service plans</h1>
<p>Each plan links the team's objectives to the organisation's goals, with targets, a timeline, resources, risks and who is kept informed, and ends with a review.</p>
{{#CAN_ADD}}<p><a class="button" href="/plans/new">New service plan</a></p>{{/CAN_ADD}}
<form method="get" action="/plans" class="search-form">
  <label for="status">Show plans that are</label>
  <select id="status" name="status">
    <option value="">Any status</option>
    {{#STATUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUS_OPTION}}
  </select>
  <button type="submit" class="button button--secondary">Show</button>
</form>
<p>{{TOTAL}} plan(s).</p>
{{#NO_PLANS}}<p class="empty">No service plans yet{{#CAN_ADD}}: start one with "New service plan"{{/CAN_ADD}}.</p>{{/NO_PLANS}}
{{#HAS_PLANS}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">Service plans</caption>
  <thead><tr><th scope="col">Plan</th><th scope="col">Team</th><th scope="col">Period</th><th scope="col">Status</th><th scope="col">Objectives</th><th scope="col">Reviewed</th></tr></thead>
  <tbody>
  {{#PLAN}}
  <tr>
    <td><a href="/plans/{{ID}}">{{TITLE}}</a></td>
    <td>{{TEAM}}</td>
    <td>{{START}} to {{END}}</td>
    <td><span class="tag plan-status--{{STATUS_CLASS}}">{{STATUS}}</span></td>
    <td>{{OBJECTIVES}}</td>
    <td>{{REVIEWED}}</td>
  </tr>
  {{/PLAN}}
  </tbody>
</table>
</div>
{{/HAS_PLANS}}
{{>PAGER}}
