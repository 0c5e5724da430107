{{%AUTOESCAPE context="HTML"}}
<p><a href="/rota/mine">Back to my rota</a></p>
<h1>Shift swaps</h1>
<p>Offer one of your published shifts from <a href="/rota/mine">My rota</a>. A colleague who works the role accepts it, then a manager approves the swap.</p>
{{#MANAGER}}
<section aria-labelledby="awaiting-title">
<h2 id="awaiting-title">Swaps waiting for a manager</h2>
{{#NO_AWAITING}}<p class="empty">No swaps are waiting.</p>{{/NO_AWAITING}}
{{#HAS_AWAITING}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">Accepted swaps waiting for approval</caption>
  <thead><tr><th scope="col">Shift</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Decision</th></tr></thead>
  <tbody>
  {{#AWAITING}}<tr><td>{{SHIFT}}</td><td>{{FROM}}</td><td>{{TO}}</td>
  <td><form method="post" action="/rota/swaps/{{ID}}/decide" class="inline-form">
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <label for="decision-{{ID}}">Decision</label>
    <select id="decision-{{ID}}" name="decision"><option value="approve">Approve</option><option value="refuse"{{#REASON_ERROR}} selected{{/REASON_ERROR}}>Refuse</option></select>
    <label for="reason-{{ID}}">Reason (needed to refuse)</label>
    {{#REASON_ERROR}}<p class="field-error" id="reason-{{ID}}-error">{{MESSAGE}}</p>{{/REASON_ERROR}}
    <input id="reason-{{ID}}" name="reason" type="text"{{#REASON_ERROR}} aria-invalid="true" aria-describedby="reason-{{ID}}-error"{{/REASON_ERROR}}>
    <button type="submit" class="button button--secondary">Decide</button>
  </form></td></tr>{{/AWAITING}}
  </tbody>
</table>
</div>
{{/HAS_AWAITING}}
</section>
{{/MANAGER}}
<h2>Offers you can accept</h2>
{{#NO_OFFERS}}<p class="empty">No colleague is offering a shift you can work.</p>{{/NO_OFFERS}}
{{#HAS_OFFERS}}
<ul>{{#OFFER}}<li>{{PERSON}}: {{SHIFT}} <span class="muted">{{LOCATION}}</span>
  <form method="post" action="/rota/swaps/{{ID}}/accept" class="inline-form"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button button--secondary">Accept<span class="visually-hidden"> {{SHIFT}}</span></button></form></li>{{/OFFER}}</ul>
{{/HAS_OFFERS}}
<h2>My swaps</h2>
{{#NO_MY_SWAPS}}<p class="empty">You have no swaps.</p>{{/NO_MY_SWAPS}}
{{#HAS_MY_SWAPS}}
<ul>{{#MY_SWAP}}<li>{{SHIFT}}: offered by {{OFFERED_BY}}, accepted by {{ACCEPTED_BY}}: <strong>{{STATUS}}</strong> <span class="muted">{{REASON}}</span>
{{#CAN_WITHDRAW}}<form method="post" action="/rota/swaps/{{ID}}/withdraw" class="inline-form"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button button--quiet">Withdraw</button></form>{{/CAN_WITHDRAW}}</li>{{/MY_SWAP}}</ul>
{{/HAS_MY_SWAPS}}
