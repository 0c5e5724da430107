{{%AUTOESCAPE context="HTML"}}
<p><a href="/admin/privacy">Data protection</a></p>
<h1>Privacy notice</h1>
<p>Current version: <strong id="current-version">{{CURRENT}}</strong>. {{CONSENTS}} consent(s) to contact were given against it. The public feedback form links to it at <a href="/feedback/privacy">/feedback/privacy</a>, and each consent keeps the version it was given against.</p>
{{#HAS_TEXT}}<h2>Its text</h2><div class="team-text" id="current-text">{{CURRENT_TEXT:pre_escape}}</div>{{/HAS_TEXT}}
{{#BUILT_IN_TEXT}}<p class="muted">The public page shows the built-in wording until a version is published here.</p>{{/BUILT_IN_TEXT}}
<h2>Publish a new version</h2>
<p>A published version is never changed: new wording is a new version, so every consent keeps the notice it was given against.</p>
{{>FORM_ERRORS}}
<form method="post" action="/admin/privacy/notice" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#VERSION_INVALID}} field--error{{/VERSION_INVALID}}">
    <label for="version">Version</label>
    {{#VERSION_INVALID}}<p class="field-error" id="version-error">{{VERSION_ERROR}}</p>{{/VERSION_INVALID}}
    <input id="version" name="version" value="{{VERSION_VALUE}}"{{#VERSION_INVALID}} aria-invalid="true" aria-describedby="version-error"{{/VERSION_INVALID}}>
  </div>
  <div class="field{{#BODY_INVALID}} field--error{{/BODY_INVALID}}">
    <label for="body">Text of the notice (a blank line between paragraphs)</label>
    {{#BODY_INVALID}}<p class="field-error" id="body-error">{{BODY_ERROR}}</p>{{/BODY_INVALID}}
    <textarea id="body" name="body" rows="12"{{#BODY_INVALID}} aria-invalid="true" aria-describedby="body-error"{{/BODY_INVALID}}>{{BODY_VALUE:pre_escape}}</textarea>
  </div>
  <div class="field{{#CHANGE_NOTE_INVALID}} field--error{{/CHANGE_NOTE_INVALID}}">
    <label for="change_note">What changed (optional)</label>
    {{#CHANGE_NOTE_INVALID}}<p class="field-error" id="change_note-error">{{CHANGE_NOTE_ERROR}}</p>{{/CHANGE_NOTE_INVALID}}
    <input id="change_note" name="change_note" value="{{CHANGE_NOTE_VALUE}}"{{#CHANGE_NOTE_INVALID}} aria-invalid="true" aria-describedby="change_note-error"{{/CHANGE_NOTE_INVALID}}>
  </div>
  <button type="submit" class="button">Publish</button>
</form>
<h2>Versions</h2>
{{#NO_VERSIONS}}<p class="empty">No version has been published here yet.</p>{{/NO_VERSIONS}}
{{#HAS_VERSIONS}}
<table class="table" id="versions">
  <thead><tr><th scope="col">Version</th><th scope="col">What changed</th><th scope="col">Published</th><th scope="col">By</th></tr></thead>
  <tbody>{{#VERSION}}<tr><td>{{NAME}}</td><td>{{NOTE}}</td><td>{{AT}}</td><td>{{BY}}</td></tr>{{/VERSION}}</tbody>
</table>
{{/HAS_VERSIONS}}
