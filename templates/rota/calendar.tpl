{{%AUTOESCAPE context="HTML"}}
<p><a href="/rota/mine">Back to my rota</a></p>
<h1>Calendar feed</h1>
<p>Subscribe to your published shifts from a calendar app (Outlook, Google Calendar, Apple Calendar) through a secret address. Anyone with the address can see your shifts, so keep it private; you can replace or revoke it here at any time.</p>
{{#REVOKED}}<div class="notice" role="status">Your calendar address has been revoked; it no longer works.</div>{{/REVOKED}}
{{#NEW_URL}}
<div class="notice" role="status">
  <p>Your new calendar address (shown only this once; any older address has stopped working):</p>
  <p><label for="feed-url">Calendar address</label> <input id="feed-url" type="text" readonly value="{{URL}}" class="rota-feed-url"></p>
</div>
{{/NEW_URL}}
{{#HAS_FEED}}<p>You have a calendar address, made {{SINCE}}.</p>
<form method="post" action="/rota/calendar/revoke" class="inline-form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <button type="submit" class="button button--warning">Revoke the address</button>
</form>{{/HAS_FEED}}
{{#NO_FEED}}<p>You have no calendar address.</p>{{/NO_FEED}}
<form method="post" action="/rota/calendar/new" class="inline-form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <button type="submit" class="button">Make a new address</button>
</form>
