{{%AUTOESCAPE context="HTML"}}
<section class="rota-cover" aria-labelledby="cover-title">
<h2 id="cover-title">Cover needed and planned</h2>
{{#NO_REQUIREMENT}}<p class="empty">No cover requirement has been set. <a href="/rota/cover">Set the cover needed</a> to compare it with the rota.</p>{{/NO_REQUIREMENT}}
{{#HAS_REQUIREMENT}}
<p>Slot by slot (30 minutes) for {{SCOPE}}: <strong>{{SHORT_SLOTS}}</strong> understaffed and <strong>{{OVER_SLOTS}}</strong> overstaffed slots.
<span class="cover-key"><span class="cover-swatch cover-short">Understaffed</span> <span class="cover-swatch cover-met">Met</span> <span class="cover-swatch cover-over">Overstaffed</span> <span class="cover-swatch cover-none">Nothing needed</span></span></p>
<div class="rota-cover-layout">
<div class="rota-heatmap">
<svg xmlns="http://www.w3.org/2000/svg" width="{{SVG_WIDTH}}" height="{{SVG_HEIGHT}}" viewBox="0 0 {{SVG_WIDTH}} {{SVG_HEIGHT}}" role="img" aria-labelledby="heatmap-title">
<title id="heatmap-title">Heat map of cover for {{SCOPE}}: days across, half hours down; red understaffed, green met, blue overstaffed. The table beside it gives the same figures.</title>
{{#COLUMN}}<text x="{{X}}" y="14" font-size="11" text-anchor="middle">{{LABEL}}</text>{{/COLUMN}}
{{#HOUR}}<text x="64" y="{{Y}}" font-size="10" text-anchor="end">{{LABEL}}</text>{{/HOUR}}
{{#CELL}}<rect x="{{X}}" y="{{Y}}" width="82" height="10" fill="{{FILL}}"><title>{{TITLE}}</title></rect>{{/CELL}}
</svg>
</div>
<div class="table-wrap">
<table class="table rota-cover-table">
  <caption>Cover needed against planned, {{SCOPE}}</caption>
  <thead><tr><th scope="col">Day</th><th scope="col">Time</th><th scope="col">Role</th><th scope="col">Needed</th><th scope="col">Planned</th><th scope="col">State</th></tr></thead>
  <tbody>
  {{#RUN}}<tr class="{{STATE_CLASS}}"><td>{{DAY}}</td><td>{{FROM}}–{{TO}}</td><td>{{ROLE}}</td><td>{{NEEDED}}</td><td>{{PLANNED}}</td><td>{{STATE}}</td></tr>{{/RUN}}
  </tbody>
</table>
</div>
</div>
{{/HAS_REQUIREMENT}}
</section>
