{{%AUTOESCAPE context="HTML"}}
<h1>Your sessions</h1>
<p>These are the places you are signed in. A session ends after 30 minutes without activity, or 12 hours after sign-in. End any you do not recognise, then change your password.</p>
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">Your sessions</caption>
  <thead><tr><th scope="col">Signed in</th><th scope="col">Last active</th><th scope="col">Address</th><th scope="col">Browser</th><th scope="col"><span class="visually-hidden">Action</span></th></tr></thead>
  <tbody>
  {{#SESSION}}
  <tr>
    <td>{{CREATED}}{{#CURRENT}} <strong class="tag">This session</strong>{{/CURRENT}}</td>
    <td>{{LAST_SEEN}}</td>
    <td>{{IP}}</td>
    <td>{{BROWSER}}</td>
    <td>
      <form method="post" action="/account/sessions/{{ID}}/end" class="inline-form">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <button type="submit" class="button button--warning">End<span class="visually-hidden"> session started {{CREATED}}</span></button>
      </form>
    </td>
  </tr>
  {{/SESSION}}
  </tbody>
</table>
</div>
