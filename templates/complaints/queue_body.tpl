{{%AUTOESCAPE context="HTML"}}
<form method="get" action="/complaints" class="filters complaint-filters">
  <div class="field"><label for="status">Status</label>
    <select id="status" name="status">{{#STATUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUS_OPTION}}</select></div>
  <div class="field"><label for="stage">Stage</label>
    <select id="stage" name="stage"><option value="0">Any</option><option value="1"{{#STAGE1_SELECTED}} selected{{/STAGE1_SELECTED}}>Stage 1</option><option value="2"{{#STAGE2_SELECTED}} selected{{/STAGE2_SELECTED}}>Stage 2</option></select></div>
  <div class="field"><label for="category">Category</label>
    <select id="category" name="category"><option value="0">Any</option>{{#CATEGORY_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/CATEGORY_OPTION}}</select></div>
  <div class="field"><label for="channel">Channel</label>
    <select id="channel" name="channel"><option value="">Any</option>{{#CHANNEL_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/CHANNEL_OPTION}}</select></div>
  <div class="field"><label for="owner">Owner</label>
    <select id="owner" name="owner"><option value="0">Anyone</option>{{#OWNER_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/OWNER_OPTION}}</select></div>
  <div class="field"><label for="due">Due</label>
    <select id="due" name="due">{{#DUE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/DUE_OPTION}}</select></div>
  <button type="submit" class="button button--secondary">Show</button>
</form>
<p class="muted">{{TOTAL}} complaints match.</p>
{{#NO_ROWS}}<p class="empty">No complaints match these filters.</p>{{/NO_ROWS}}
{{#HAS_ROWS}}
<table class="table complaint-queue">
  <caption class="visually-hidden">Complaints, {{TOTAL}} matching</caption>
  <thead><tr><th scope="col">Reference</th><th scope="col">Received</th><th scope="col">Customer</th><th scope="col">Channel</th><th scope="col">Category</th><th scope="col">Severity</th><th scope="col">Stage</th><th scope="col">Owner</th><th scope="col">Next deadline</th></tr></thead>
  <tbody>
  {{#ROW}}<tr><td><a href="/complaints/{{ID}}">{{REFERENCE}}</a></td><td>{{RECEIVED}}</td><td>{{CUSTOMER}}{{#NEEDS}} <span class="tag">needs an adjustment</span>{{/NEEDS}}</td><td>{{CHANNEL}}</td><td>{{CATEGORY}}</td><td>{{SEVERITY}}</td><td>{{STAGE}}</td><td>{{OWNER}}</td><td>{{DUE}} <span class="complaint-clock complaint-clock--{{CLOCK_CLASS}}">{{CLOCK}}</span></td></tr>{{/ROW}}
  </tbody>
</table>
{{/HAS_ROWS}}
