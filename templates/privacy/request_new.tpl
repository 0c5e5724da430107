{{%AUTOESCAPE context="HTML"}}
<p><a href="/admin/privacy">All requests</a></p>
<h1>Log a request</h1>
<p>Log a subject access or erasure request the day it arrives: the deadline runs from that day. A customer is found by the email address or phone number they used; neither is kept, only a keyed hash of it.</p>
{{>FORM_ERRORS}}
<form method="post" action="/admin/privacy/requests" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#KIND_INVALID}} field--error{{/KIND_INVALID}}">
    <label for="kind">Kind of request</label>
    {{#KIND_INVALID}}<p class="field-error" id="kind-error">{{KIND_ERROR}}</p>{{/KIND_INVALID}}
    <select id="kind" name="kind"{{#KIND_INVALID}} aria-invalid="true" aria-describedby="kind-error"{{/KIND_INVALID}}>{{#KIND_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND_OPTION}}</select>
  </div>
  <div class="field{{#SUBJECT_INVALID}} field--error{{/SUBJECT_INVALID}}">
    <label for="subject">Whose data</label>
    {{#SUBJECT_INVALID}}<p class="field-error" id="subject-error">{{SUBJECT_ERROR}}</p>{{/SUBJECT_INVALID}}
    <select id="subject" name="subject"{{#SUBJECT_INVALID}} aria-invalid="true" aria-describedby="subject-error"{{/SUBJECT_INVALID}}>{{#SUBJECT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SUBJECT_OPTION}}</select>
  </div>
  <div class="field{{#USERNAME_INVALID}} field--error{{/USERNAME_INVALID}}">
    <label for="username">Username (a member of staff)</label>
    {{#USERNAME_INVALID}}<p class="field-error" id="username-error">{{USERNAME_ERROR}}</p>{{/USERNAME_INVALID}}
    <input id="username" name="username" value="{{USERNAME_VALUE}}" autocomplete="off"{{#USERNAME_INVALID}} aria-invalid="true" aria-describedby="username-error"{{/USERNAME_INVALID}}>
  </div>
  <div class="field{{#EMAIL_INVALID}} field--error{{/EMAIL_INVALID}}">
    <label for="email">Email address (a customer)</label>
    {{#EMAIL_INVALID}}<p class="field-error" id="email-error">{{EMAIL_ERROR}}</p>{{/EMAIL_INVALID}}
    <input id="email" name="email" type="email" value="{{EMAIL_VALUE}}" autocomplete="off"{{#EMAIL_INVALID}} aria-invalid="true" aria-describedby="email-error"{{/EMAIL_INVALID}}>
  </div>
  <div class="field{{#PHONE_INVALID}} field--error{{/PHONE_INVALID}}">
    <label for="phone">Phone number (a customer)</label>
    {{#PHONE_INVALID}}<p class="field-error" id="phone-error">{{PHONE_ERROR}}</p>{{/PHONE_INVALID}}
    <input id="phone" name="phone" type="tel" value="{{PHONE_VALUE}}" autocomplete="off"{{#PHONE_INVALID}} aria-invalid="true" aria-describedby="phone-error"{{/PHONE_INVALID}}>
  </div>
  <div class="field{{#REQUESTER_INVALID}} field--error{{/REQUESTER_INVALID}}">
    <label for="requester">Requester's name</label>
    {{#REQUESTER_INVALID}}<p class="field-error" id="requester-error">{{REQUESTER_ERROR}}</p>{{/REQUESTER_INVALID}}
    <input id="requester" name="requester" value="{{REQUESTER_VALUE}}"{{#REQUESTER_INVALID}} aria-invalid="true" aria-describedby="requester-error"{{/REQUESTER_INVALID}}>
  </div>
  <div class="field{{#RECEIVED_ON_INVALID}} field--error{{/RECEIVED_ON_INVALID}}">
    <label for="received_on">Received on</label>
    {{#RECEIVED_ON_INVALID}}<p class="field-error" id="received_on-error">{{RECEIVED_ON_ERROR}}</p>{{/RECEIVED_ON_INVALID}}
    <input id="received_on" name="received_on" type="date" value="{{RECEIVED_ON_VALUE}}"{{#RECEIVED_ON_INVALID}} aria-invalid="true" aria-describedby="received_on-error"{{/RECEIVED_ON_INVALID}}>
  </div>
  <button type="submit" class="button">Log the request</button>
</form>
