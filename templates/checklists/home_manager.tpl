{{%AUTOESCAPE context="HTML"}}
  <h3>Across the teams</h3>
  {{#NO_ALL}}<p class="empty">No check is overdue or due this week.</p>{{/NO_ALL}}
  {{#HAS_ALL}}<ul class="plain-list" id="checklists-all">
    {{#ALL}}<li><a href="/checklists/schedules/{{SCHEDULE_ID}}">{{TEMPLATE}}</a> <span class="muted">{{ASSIGNEE}}, due {{DUE}}</span> <span class="tag{{#OVERDUE}} tag--warning{{/OVERDUE}}">{{STATE_LABEL}}</span></li>{{/ALL}}
  </ul>{{/HAS_ALL}}
  <h3>Waiting for your sign-off</h3>
  {{#NO_WAITING}}<p class="empty">No run is waiting for sign-off.</p>{{/NO_WAITING}}
  {{#HAS_WAITING}}<ul class="plain-list" id="checklists-waiting">
    {{#WAITING}}<li><a href="/checklists/runs/{{RUN_ID}}">{{TEMPLATE}}, {{TEAM}}</a> <strong class="rag rag--{{RAG}}">{{RAG_LABEL}}</strong> <span class="muted">submitted {{AT}}</span></li>{{/WAITING}}
  </ul>{{/HAS_WAITING}}
