{{%AUTOESCAPE context="HTML"}}
<h1>Data protection</h1>
<p>Subject access and erasure requests with their deadlines (one calendar month from receipt, or from when the requester's identity was confirmed, moved to the next working day when that is a weekend or a bank holiday; three months when extended), the <a href="/admin/privacy/breaches">breach log</a>, the <a href="/admin/privacy/notice">privacy notice</a> and the <a href="/admin/data-map">data map</a>.</p>
<p><a class="button" href="/admin/privacy/requests/new">Log a request</a></p>
<h2>Requests</h2>
{{#NO_REQUESTS}}<p class="empty">No subject access or erasure request has been logged.</p>{{/NO_REQUESTS}}
{{#HAS_REQUESTS}}
<table class="table" id="requests">
  <thead><tr><th scope="col">Request</th><th scope="col">Kind</th><th scope="col">Whose data</th><th scope="col">Requester</th><th scope="col">Received</th><th scope="col">Due</th><th scope="col">State</th></tr></thead>
  <tbody>
{{#REQUEST}}
    <tr class="privacy-state-{{STATE}}">
      <td><a href="/admin/privacy/requests/{{ID}}">{{ID}}</a></td>
      <td>{{KIND}}</td><td>{{WHOSE}}</td><td>{{REQUESTER}}</td><td>{{RECEIVED}}</td>
      <td>{{DUE}}{{#EXTENDED}} <span class="muted">(extended)</span>{{/EXTENDED}}</td>
      <td>{{#IS_OVERDUE}}<strong class="tag tag--danger">{{/IS_OVERDUE}}{{#IS_DUE}}<strong class="tag tag--warning">{{/IS_DUE}}{{STATE_LABEL}}{{#IS_OVERDUE}}</strong>{{/IS_OVERDUE}}{{#IS_DUE}}</strong>{{/IS_DUE}}{{#HAS_REFUSAL}}<br><span class="muted">{{REFUSAL}}</span>{{/HAS_REFUSAL}}</td>
    </tr>
{{/REQUEST}}
  </tbody>
</table>
{{/HAS_REQUESTS}}
{{>PAGER}}
