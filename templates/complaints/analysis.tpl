{{%AUTOESCAPE context="HTML"}}
<p><a href="/complaints">Back to the complaints</a></p>
<h1>Complaints analysis</h1>
<form method="get" action="/complaints/analysis" class="filters">
  <div class="field"><label for="months">Months</label><input id="months" name="months" type="text" inputmode="numeric" class="input--short" value="{{MONTHS}}"></div>
  <button type="submit" class="button button--secondary">Show</button>
  <a href="/complaints/analysis.csv?months={{MONTHS}}">Download as CSV</a>
</form>
<p>{{FROM}} to {{TO}}: <strong id="total">{{TOTAL}}</strong> complaints received.</p>
<dl class="figures">
  <div><dt>Acknowledged within the clock</dt><dd id="ack-in-time">{{ACK_IN_TIME}}</dd></div>
  <div><dt>Answered within the clock (stage 1)</dt><dd id="answer-in-time">{{ANSWER_IN_TIME}}</dd></div>
  <div><dt>Average working days to resolve ({{RESOLVED}} closed)</dt><dd id="average-days">{{AVERAGE_DAYS}}</dd></div>
  <div><dt>Repeat complainants</dt><dd id="repeat">{{REPEAT_CUSTOMERS}} customers, {{REPEAT_COMPLAINTS}} complaints</dd></div>
</dl>
<h2>Service recovery</h2>
<p>Satisfied (4 or 5 of 5) after their complaint was closed: <strong id="recovered-sat">{{RECOVERED_SAT}}</strong> of {{RECOVERED_N}} follow-up answers, against <strong id="all-sat">{{ALL_SAT}}</strong> of all {{ALL_N}} feedback answers.</p>
{{#PARADOX_SEEN}}<p>Recovered complainants are more satisfied than customers overall: the service recovery paradox.</p>{{/PARADOX_SEEN}}
{{#PARADOX_NOT_SEEN}}<p>Recovered complainants are not (yet) more satisfied than customers overall: look at how complaints are put right.</p>{{/PARADOX_NOT_SEEN}}
<h2>Complaints received per month</h2>
{{! VOLUME_CHART is built by core/chart.c, which escapes every text it writes (tests/unit/test_chart.c) }}
<div class="chart">{{VOLUME_CHART:none}}</div>
{{#TALLY}}
<h2>{{TITLE}}</h2>
{{#NO_DATA}}<p class="empty">No complaints in this period.</p>{{/NO_DATA}}
{{#HAS_DATA}}
{{! CHART is built by core/chart.c, which escapes every text it writes (tests/unit/test_chart.c) }}
<div class="chart">{{CHART:none}}</div>
<table class="table complaint-months">
  <caption>{{TITLE}}, month by month</caption>
  <thead><tr><th scope="col">Group</th>{{#MONTH_HEAD}}<th scope="col">{{MONTH}}</th>{{/MONTH_HEAD}}<th scope="col">Total</th></tr></thead>
  <tbody>{{#GROUP}}<tr><th scope="row">{{LABEL}}</th>{{#CELL}}<td>{{N}}</td>{{/CELL}}<td>{{TOTAL}}</td></tr>{{/GROUP}}</tbody>
</table>
{{/HAS_DATA}}
{{/TALLY}}
<h2>Top root causes</h2>
{{#NO_CAUSES}}<p class="empty">No root causes recorded in this period.</p>{{/NO_CAUSES}}
{{#HAS_CAUSES}}<ol id="causes">{{#CAUSE}}<li>{{CAUSE}}: {{N}}</li>{{/CAUSE}}</ol>{{/HAS_CAUSES}}
