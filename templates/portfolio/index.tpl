{{%AUTOESCAPE context="HTML"}}
<h1>Portfolio</h1>
{{#ENROLLED}}<p><a class="button" href="/portfolio/learners/{{ME}}">My portfolio</a> <a class="button button--secondary" href="/portfolio/evidence/new">Add evidence</a></p>{{/ENROLLED}}
{{#COLLEAGUE}}
<h2>Witness testimonies asked of you</h2>
{{#NO_ASKED}}<p class="empty">No colleague has asked you for a witness testimony.</p>{{/NO_ASKED}}
{{#HAS_ASKED}}<ul class="plain-list" id="asked">{{#ASKED}}<li><a href="/portfolio/witness/{{ID}}">{{TITLE}}</a> <span class="muted">for {{LEARNER}}</span> {{#WAITING}}<strong class="tag tag--warning">To write</strong>{{/WAITING}}{{#SIGNED}}<span class="tag">Signed</span>{{/SIGNED}}</li>{{/ASKED}}</ul>{{/HAS_ASKED}}
{{/COLLEAGUE}}
{{#JUDGE}}
<h2>{{#EQA}}Every learner (external quality assurance, read only){{/EQA}}{{#NOT_EQA}}Learners assigned to you{{/NOT_EQA}}</h2>
{{#NO_LEARNERS}}<p class="empty">No learners are assigned to you.</p>{{/NO_LEARNERS}}
{{#HAS_LEARNERS}}<ul class="plain-list" id="learners">{{#LEARNER}}<li><a href="/portfolio/learners/{{ID}}">{{NAME}}</a> <span class="muted">planned end {{PLANNED_END}}</span></li>{{/LEARNER}}</ul>{{/HAS_LEARNERS}}
{{/JUDGE}}
