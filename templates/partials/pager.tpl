{{%AUTOESCAPE context="HTML"}}
<nav class="pager" aria-label="Pages">
  {{#PREVIOUS}}<a rel="prev" href="{{HREF}}">Previous page</a>{{/PREVIOUS}}
  <span>Page {{PAGE}} of {{PAGES}}</span>
  {{#NEXT}}<a rel="next" href="{{HREF}}">Next page</a>{{/NEXT}}
</nav>
