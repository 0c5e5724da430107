{{%AUTOESCAPE context="HTML"}}
<h1>Working-time warnings, week {{WEEK}}</h1>
<nav class="rota-weeknav" aria-label="Weeks">
  <a href="/rota/breaches?week={{PREV}}">Previous week</a>
  <a href="/rota?week={{WEEK}}">Back to the rota</a>
  <a href="/rota/breaches?week={{NEXT}}">Next week</a>
</nav>
<p>Each breach of the Working Time Regulations 1998 must be acknowledged by a manager with a reason before the week is published. Acknowledgements are kept and audited.</p>
{{#NO_BREACHES}}<p class="empty">No working-time warnings this week.</p>{{/NO_BREACHES}}
{{#HAS_BREACHES}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">Warnings this week</caption>
  <thead><tr><th scope="col">Person</th><th scope="col">Day</th><th scope="col">Rule</th><th scope="col">What</th><th scope="col">Acknowledgement</th></tr></thead>
  <tbody>
  {{#BREACH}}
  <tr>
    <td><a href="/rota/people/{{USER_ID}}">{{PERSON}}</a></td>
    <td>{{DAY}}</td>
    <td>{{RULE}}</td>
    <td>{{DETAIL}}</td>
    <td>{{#ACKNOWLEDGED}}<span class="tag">Acknowledged</span> {{REASON}}{{/ACKNOWLEDGED}}
    {{#OPEN}}<form method="post" action="/rota/breaches/{{ID}}/ack" class="inline-form">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <label for="reason-{{ID}}">Reason</label>
      {{#REASON_ERROR}}<p class="field-error" id="reason-{{ID}}-error">{{MESSAGE}}</p>{{/REASON_ERROR}}
      <input id="reason-{{ID}}" name="reason" type="text" required{{#REASON_ERROR}} aria-invalid="true" aria-describedby="reason-{{ID}}-error"{{/REASON_ERROR}}>
      <button type="submit" class="button button--secondary">Acknowledge</button>
    </form>{{/OPEN}}</td>
  </tr>
  {{/BREACH}}
  </tbody>
</table>
</div>
{{/HAS_BREACHES}}
<h2>Latest acknowledgements</h2>
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">Latest acknowledgements</caption>
  <thead><tr><th scope="col">When</th><th scope="col">Person</th><th scope="col">Rule</th><th scope="col">What</th><th scope="col">Reason</th><th scope="col">By</th></tr></thead>
  <tbody>
  {{#ACK}}<tr><td>{{AT}}</td><td>{{PERSON}}</td><td>{{RULE}}</td><td>{{DETAIL}}</td><td>{{REASON}}</td><td>{{BY}}</td></tr>{{/ACK}}
  </tbody>
</table>
</div>
