{{%AUTOESCAPE context="HTML"}}
<h1>Feedback forms</h1>
<p><a class="button" href="/customer-feedback/forms/new">Create a form</a> <a href="/customer-feedback">Feedback log</a> · <a href="/customer-feedback/analysis">Analysis</a></p>
{{#NO_FORMS}}<p class="empty">No feedback forms yet. Create one to start hearing from customers.</p>{{/NO_FORMS}}
{{#HAS_FORMS}}
<div class="table-wrap">
<table class="table" id="forms">
  <caption class="visually-hidden">Feedback forms</caption>
  <thead><tr><th scope="col">Form</th><th scope="col">Public address</th><th scope="col">Version</th><th scope="col">Responses</th><th scope="col">State</th><th scope="col">Actions</th></tr></thead>
  <tbody>
  {{#FORM}}
  <tr>
    <td><a href="/customer-feedback/forms/{{ID}}">{{TITLE}}</a>{{#DEFAULT}} <span class="tag">main form</span>{{/DEFAULT}}</td>
    <td><a href="{{URL}}">{{URL}}</a></td>
    <td>{{VERSION}}</td>
    <td>{{RESPONSES}}</td>
    <td>{{#OPEN}}Open{{/OPEN}}{{#CLOSED}}<strong class="tag tag--warning">Closed</strong>{{/CLOSED}}</td>
    <td>
      <a href="/customer-feedback/forms/{{ID}}/print">QR code and links<span class="visually-hidden"> for {{TITLE}}</span></a>
      {{#OPEN}}<form method="post" action="/customer-feedback/forms/{{ID}}/close" class="inline-form"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button button--secondary">Close<span class="visually-hidden"> {{TITLE}}</span></button></form>{{/OPEN}}
      {{#CLOSED}}<form method="post" action="/customer-feedback/forms/{{ID}}/open" class="inline-form"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button button--secondary">Reopen<span class="visually-hidden"> {{TITLE}}</span></button></form>{{/CLOSED}}
    </td>
  </tr>
  {{/FORM}}
  </tbody>
</table>
</div>
{{/HAS_FORMS}}
