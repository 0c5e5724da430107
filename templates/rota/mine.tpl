{{%AUTOESCAPE context="HTML"}}
<h1>My rota</h1>
<nav class="rota-weeknav" aria-label="Weeks">
  <a rel="prev" href="/rota/mine?week={{PREV}}">Previous week</a>
  <a href="/rota/mine">This week</a>
  <a rel="next" href="/rota/mine?week={{NEXT}}">Next week</a>
  <a href="/rota/leave">Leave and unavailability</a>
  <a href="/rota/swaps">Shift swaps</a>
  <a href="/rota/calendar">Calendar feed</a>
</nav>
{{#HAS_CHANGES}}<section class="rota-changes" aria-labelledby="changes-title">
  <h2 id="changes-title">Changes to your published shifts</h2>
  <ul>{{#CHANGE}}<li><span class="muted">{{AT}}</span> {{SUMMARY}}</li>{{/CHANGE}}</ul>
</section>{{/HAS_CHANGES}}
{{#MY_WEEK}}
<section aria-labelledby="week-{{WEEK}}">
<h2 id="week-{{WEEK}}">Week {{WEEK}} <span class="muted">{{RANGE}}</span></h2>
{{#NOT_PUBLISHED}}<p class="empty">This week has not been published yet.</p>{{/NOT_PUBLISHED}}
{{#NO_SHIFTS}}<p class="empty">No shifts for you this week.</p>{{/NO_SHIFTS}}
{{#HAS_SHIFTS}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">Your shifts in week {{WEEK}}</caption>
  <thead><tr><th scope="col">Day</th><th scope="col">Start</th><th scope="col">End</th><th scope="col">Break (min)</th><th scope="col">Role</th><th scope="col">Location</th><th scope="col">Equipment</th><th scope="col">Swap</th></tr></thead>
  <tbody>
  {{#SHIFT}}<tr><td>{{DAY}}{{#CHANGED}} <strong class="tag">Changed</strong>{{/CHANGED}}</td><td>{{START}}</td><td>{{END}}</td><td>{{BREAK}}</td><td>{{ROLE_LABEL}}</td><td>{{LOCATION}}</td><td>{{EQUIPMENT}}</td>
  <td>{{#SWAP_STATE}}{{STATE}}{{/SWAP_STATE}}{{#CAN_OFFER}}<form method="post" action="/rota/shifts/{{ID}}/offer" class="inline-form"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button button--secondary">Offer for swap</button></form>{{/CAN_OFFER}}</td></tr>{{/SHIFT}}
  </tbody>
</table>
</div>
<p>Hours this week (net of breaks): <strong>{{HOURS}}</strong></p>
{{/HAS_SHIFTS}}
</section>
{{/MY_WEEK}}
{{>LEAVE}}
