{{%AUTOESCAPE context="HTML"}}
<p><a href="/rota/mine">Back to my rota</a></p>
<h1>Leave and unavailability</h1>
{{#MANAGER}}
<section aria-labelledby="pending-title">
<h2 id="pending-title">Requests waiting for a decision</h2>
{{#NO_PENDING}}<p class="empty">No leave requests are waiting.</p>{{/NO_PENDING}}
{{#HAS_PENDING}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">Pending leave requests</caption>
  <thead><tr><th scope="col">Person</th><th scope="col">Kind</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Note</th><th scope="col">Decision</th></tr></thead>
  <tbody>
  {{#PENDING}}<tr><td>{{PERSON}}</td><td>{{KIND}}</td><td>{{FROM}}</td><td>{{TO}}</td><td>{{NOTE}}</td>
  <td><form method="post" action="/rota/leave/{{ID}}/decide" class="inline-form">
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <label for="decision-{{ID}}">Decision</label>
    <select id="decision-{{ID}}" name="decision"><option value="approve">Approve</option><option value="refuse"{{#REASON_ERROR}} selected{{/REASON_ERROR}}>Refuse</option></select>
    <label for="reason-{{ID}}">Reason (needed to refuse)</label>
    {{#REASON_ERROR}}<p class="field-error" id="reason-{{ID}}-error">{{MESSAGE}}</p>{{/REASON_ERROR}}
    <input id="reason-{{ID}}" name="reason" type="text"{{#REASON_ERROR}} aria-invalid="true" aria-describedby="reason-{{ID}}-error"{{/REASON_ERROR}}>
    <button type="submit" class="button button--secondary">Decide</button>
  </form></td></tr>{{/PENDING}}
  </tbody>
</table>
</div>
{{/HAS_PENDING}}
</section>
{{/MANAGER}}
<h2>Request leave or record unavailability</h2>
{{>FORM_ERRORS}}
<form method="post" action="/rota/leave" novalidate class="narrow">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <fieldset class="field{{#KIND_INVALID}} field--error{{/KIND_INVALID}}">
    <legend>Kind</legend>
    {{#KIND_INVALID}}<p class="field-error" id="kind-error">{{KIND_ERROR}}</p>{{/KIND_INVALID}}
    <div class="checkbox"><input id="kind" name="kind" type="radio" value="leave"{{#KIND_LEAVE_CHECKED}} checked{{/KIND_LEAVE_CHECKED}}><label for="kind">Leave (a manager approves it)</label></div>
    <div class="checkbox"><input id="kind-unavailable" name="kind" type="radio" value="unavailable"{{#KIND_UNAVAILABLE_CHECKED}} checked{{/KIND_UNAVAILABLE_CHECKED}}><label for="kind-unavailable">Unavailable (recorded at once)</label></div>
  </fieldset>
  <div class="field{{#FROM_DATE_INVALID}} field--error{{/FROM_DATE_INVALID}}">
    <label for="from_date">First day</label>
    {{#FROM_DATE_INVALID}}<p class="field-error" id="from_date-error">{{FROM_DATE_ERROR}}</p>{{/FROM_DATE_INVALID}}
    <input id="from_date" name="from_date" type="date" value="{{FROM_DATE_VALUE}}"{{#FROM_DATE_INVALID}} aria-invalid="true" aria-describedby="from_date-error"{{/FROM_DATE_INVALID}}>
  </div>
  <div class="field{{#TO_DATE_INVALID}} field--error{{/TO_DATE_INVALID}}">
    <label for="to_date">Last day</label>
    {{#TO_DATE_INVALID}}<p class="field-error" id="to_date-error">{{TO_DATE_ERROR}}</p>{{/TO_DATE_INVALID}}
    <input id="to_date" name="to_date" type="date" value="{{TO_DATE_VALUE}}"{{#TO_DATE_INVALID}} aria-invalid="true" aria-describedby="to_date-error"{{/TO_DATE_INVALID}}>
  </div>
  <div class="field{{#NOTE_INVALID}} field--error{{/NOTE_INVALID}}">
    <label for="note">Note (optional)</label>
    {{#NOTE_INVALID}}<p class="field-error" id="note-error">{{NOTE_ERROR}}</p>{{/NOTE_INVALID}}
    <input id="note" name="note" type="text" value="{{NOTE_VALUE}}">
  </div>
  <button type="submit" class="button">Send</button>
</form>
<h2>My requests</h2>
{{#NO_MY_LEAVE}}<p class="empty">You have not requested any leave or recorded unavailability.</p>{{/NO_MY_LEAVE}}
{{#HAS_MY_LEAVE}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">My leave and unavailability</caption>
  <thead><tr><th scope="col">Kind</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Note</th><th scope="col">Status</th><th scope="col">Reason</th><th scope="col"><span class="visually-hidden">Cancel</span></th></tr></thead>
  <tbody>
  {{#MY_LEAVE}}<tr><td>{{KIND}}</td><td>{{FROM}}</td><td>{{TO}}</td><td>{{NOTE}}</td><td>{{STATUS}}</td><td>{{REASON}}</td>
  <td>{{#CAN_CANCEL}}<form method="post" action="/rota/leave/{{ID}}/cancel" class="inline-form"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button button--quiet">Cancel</button></form>{{/CAN_CANCEL}}</td></tr>{{/MY_LEAVE}}
  </tbody>
</table>
</div>
{{/HAS_MY_LEAVE}}
