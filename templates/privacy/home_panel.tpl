{{%AUTOESCAPE context="HTML"}}
<section class="panel" aria-labelledby="privacy-heading">
  <h2 id="privacy-heading">Data protection</h2>
  <dl class="figures">
    <div><dt>Requests due within a week</dt><dd>{{DUE}}</dd></div>
    <div><dt>Requests overdue</dt><dd>{{#ANY_OVERDUE}}<strong class="tag tag--danger">{{/ANY_OVERDUE}}{{OVERDUE}}{{#ANY_OVERDUE}}</strong>{{/ANY_OVERDUE}}</dd></div>
    <div><dt>Breaches past 72 hours unreported</dt><dd>{{BREACHES}}</dd></div>
  </dl>
  <p><a href="/admin/privacy">Requests</a> · <a href="/admin/privacy/breaches">Breach log</a> · <a href="/admin/data-map">Data map</a></p>
</section>
