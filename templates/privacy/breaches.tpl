{{%AUTOESCAPE context="HTML"}}
<p><a href="/admin/privacy">Data protection</a></p>
<h1>Breach log</h1>
<p>Every personal-data breach is recorded here, reported to the ICO or not. A breach likely to result in a risk to people must be reported within 72 hours of becoming aware of it.</p>
<p><a class="button" href="/admin/privacy/breaches/new">Record a breach</a></p>
{{#NO_BREACHES}}<p class="empty">No breach has been recorded.</p>{{/NO_BREACHES}}
{{#HAS_BREACHES}}
<table class="table" id="breaches">
  <thead><tr><th scope="col">Breach</th><th scope="col">Aware since</th><th scope="col">People</th><th scope="col">Risk</th><th scope="col">Report to the ICO</th></tr></thead>
  <tbody>
{{#BREACH}}
    <tr class="privacy-breach-{{BREACH_STATE}}">
      <td><a href="/admin/privacy/breaches/{{ID}}">{{TITLE}}</a></td><td>{{AWARE}}</td><td>{{PEOPLE}}</td><td>{{RISK}}</td>
      <td>{{#IS_OVERDUE}}<strong class="tag tag--danger">Overdue by {{HOURS_OVER}} hours</strong>{{/IS_OVERDUE}}{{#IS_OPEN}}Due by {{DEADLINE}} ({{HOURS_LEFT}} hours left){{/IS_OPEN}}{{#IS_SETTLED}}{{BREACH_STATE}}{{/IS_SETTLED}}</td>
    </tr>
{{/BREACH}}
  </tbody>
</table>
{{/HAS_BREACHES}}
{{>PAGER}}
