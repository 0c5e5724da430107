{{%AUTOESCAPE context="HTML"}}
<h1>Actions</h1>
<p>Corrective and improvement actions raised from KPI results, feedback, complaints, checklists and meetings. Overdue actions come first and are marked.</p>
{{#CAN_CREATE}}<p><a class="button" href="/actions/new">Raise an action</a></p>{{/CAN_CREATE}}
<form method="get" action="/actions" class="filter-form">
  <div class="field">
    <label for="status">Status</label>
    <select id="status" name="status">{{#STATUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUS_OPTION}}</select>
  </div>
  <div class="field">
    <label for="source">Source</label>
    <select id="source" name="source"><option value="">Any source</option>{{#SOURCE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SOURCE_OPTION}}</select>
  </div>
  <div class="field">
    <label for="owner">Owner</label>
    <select id="owner" name="owner"><option value="0">Anyone</option>{{#OWNER_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/OWNER_OPTION}}</select>
  </div>
  <div class="field">
    <div class="checkbox"><input id="overdue" name="overdue" type="checkbox" value="1"{{#OVERDUE_CHECKED}} checked{{/OVERDUE_CHECKED}}><label for="overdue">Overdue only</label></div>
  </div>
  <button type="submit" class="button button--secondary">Show</button>
  <a href="/actions?owner={{MY_ID}}">My actions</a>
</form>
<p>{{TOTAL}} action(s).</p>
{{#NO_ACTIONS}}<p class="empty">No actions match these filters.</p>{{/NO_ACTIONS}}
{{#HAS_ACTIONS}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">Actions, overdue first, then by due date</caption>
  <thead><tr><th scope="col">Action</th><th scope="col">Kind</th><th scope="col">Source</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">Status</th></tr></thead>
  <tbody>
  {{#ACTION}}
  <tr{{#OVERDUE}} class="row--overdue"{{/OVERDUE}}>
    <td><a href="/actions/{{ID}}">{{TITLE}}</a></td>
    <td>{{KIND}}</td>
    <td>{{SOURCE}}</td>
    <td>{{OWNER}}</td>
    <td>{{DUE}}{{#OVERDUE}} <strong class="tag tag--warning">Overdue</strong>{{/OVERDUE}}</td>
    <td>{{STATUS}}</td>
  </tr>
  {{/ACTION}}
  </tbody>
</table>
</div>
{{/HAS_ACTIONS}}
{{>PAGER}}
