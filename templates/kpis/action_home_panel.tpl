{{%AUTOESCAPE context="HTML"}}
<section class="panel" aria-labelledby="actions-heading">
  <h2 id="actions-heading">Your actions</h2>
  {{#MY_OVERDUE}}<p><strong class="tag tag--warning">{{COUNT}} of your actions are overdue</strong></p>{{/MY_OVERDUE}}
  {{#NO_MINE}}<p class="empty">You have no open actions.</p>{{/NO_MINE}}
  {{#HAS_MINE}}
  <ul class="plain-list">
    {{#MINE}}<li{{#OVERDUE}} class="row--overdue"{{/OVERDUE}}><a href="/actions/{{ID}}">{{TITLE}}</a> <span class="muted">due {{DUE}}</span>{{#OVERDUE}} <strong class="tag tag--warning">Overdue</strong>{{/OVERDUE}}</li>{{/MINE}}
  </ul>
  {{/HAS_MINE}}
  <p><a href="/actions?owner={{MY_ID}}">All my actions</a></p>
  {{#IS_MANAGER}}
  <h3>Overdue across the team</h3>
  {{#ALL_OVERDUE_COUNT}}<p>{{COUNT}} overdue action(s).</p>{{/ALL_OVERDUE_COUNT}}
  {{#NO_OVERDUE}}<p class="empty">No actions are overdue.</p>{{/NO_OVERDUE}}
  {{#HAS_OVERDUE}}
  <ul class="plain-list">
    {{#OVERDUE_ACTION}}<li class="row--overdue"><a href="/actions/{{ID}}">{{TITLE}}</a> <span class="muted">{{OWNER}}, due {{DUE}}</span> <strong class="tag tag--warning">Overdue</strong></li>{{/OVERDUE_ACTION}}
  </ul>
  <p><a href="/actions?overdue=1">All overdue actions</a></p>
  {{/HAS_OVERDUE}}
  {{#KPI_ATTENTION}}<p><a href="/kpis">{{COUNT}} red KPI result(s) need attention</a></p>{{/KPI_ATTENTION}}
  {{/IS_MANAGER}}
</section>
