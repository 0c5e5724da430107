{{%AUTOESCAPE context="HTML"}}
<section class="panel" aria-labelledby="rota-heading">
  <h2 id="rota-heading">Rota</h2>
  {{#MANAGER}}
  <dl class="figures">
    <div><dt>Cover planned this week</dt><dd>{{COVER}}</dd></div>
    <div><dt>Leave requests waiting</dt><dd>{{PENDING_LEAVE}}</dd></div>
    <div><dt>Swaps waiting</dt><dd>{{SWAPS}}</dd></div>
    <div><dt>Working-time warnings to acknowledge</dt><dd>{{WARNINGS}}</dd></div>
  </dl>
  <p><a href="/rota">This week</a> · <a href="/rota?week={{NEXT_WEEK}}">Next week</a> · <a href="/rota/leave">Leave</a> · <a href="/rota/swaps">Swaps</a> · <a href="/rota/breaches?week={{NEXT_WEEK}}">Warnings</a></p>
  {{/MANAGER}}
  {{#STAFF}}
  <h3>Your next shifts</h3>
  {{#NO_NEXT}}<p class="empty">No published shifts for you this week or next.</p>{{/NO_NEXT}}
  {{#HAS_NEXT}}<ul class="plain-list">{{#NEXT_SHIFT}}<li>{{DAY}} {{TIME}} <span class="muted">{{ROLE}}</span></li>{{/NEXT_SHIFT}}</ul>{{/HAS_NEXT}}
  <p><a href="/rota/mine">My rota</a> · <a href="/rota/leave">Leave</a> · <a href="/rota/swaps">Swaps</a></p>
  {{/STAFF}}
</section>
