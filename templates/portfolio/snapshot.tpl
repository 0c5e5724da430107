{{%AUTOESCAPE context="HTML"}}
<p><a href="/portfolio/submissions/{{SUBMISSION_ID}}">Back to the submission</a></p>
<h1>{{SNAPSHOT_TITLE}}</h1>
<p class="muted">{{KIND}}, frozen {{CAPTURED}}. BLAKE2b <code>{{HASH}}</code> {{#HASH_OK}}<span class="tag">hash checked</span>{{/HASH_OK}}{{#HASH_BAD}}<strong class="tag tag--warning">the content does not match its hash</strong>{{/HASH_BAD}}{{#FILE}} · <a href="/portfolio/snapshots/{{ID}}/file">download the file</a>{{/FILE}}</p>
<section class="pf-rendered" aria-labelledby="frozen-heading"><h2 id="frozen-heading">As submitted</h2>
{{! HTML is the frozen snapshot, escaped when rendered (core/snapshot.c); tests/e2e/portfolio.test.mjs proves it }}
{{HTML:none}}</section>
<section aria-labelledby="since-heading"><h2 id="since-heading">Changes to the live record since</h2>
{{#UNCHANGED}}<p id="unchanged">The live record has not changed since it was submitted.</p>{{/UNCHANGED}}
{{#LIVE_GONE}}<p>The live record no longer exists.</p>{{/LIVE_GONE}}
{{#CHANGED}}<p id="changed">The live record has changed since it was submitted. As it is now:</p>
{{! NOW_HTML comes from the same renderer (core/snapshot.h), every value escaped }}
<div class="pf-rendered pf-rendered--now">{{NOW_HTML:none}}</div>{{/CHANGED}}
{{#LEARNER_LIVE}}<p><a href="{{LIVE_URL}}">Open the live record</a></p>{{/LEARNER_LIVE}}
</section>
