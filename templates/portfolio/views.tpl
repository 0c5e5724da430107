{{%AUTOESCAPE context="HTML"}}
<p><a href="/portfolio/learners/{{LEARNER_ID}}">Back to my portfolio</a></p>
<h1>Who has viewed my portfolio</h1>
<p>Every view by an assessor, an internal quality assurer or an external quality assurer is recorded.</p>
{{#NO_VIEWS}}<p class="empty">Nobody has viewed your portfolio yet.</p>{{/NO_VIEWS}}
{{#HAS_VIEWS}}<table class="table" id="views"><caption class="visually-hidden">Views</caption><thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th></tr></thead>
<tbody>{{#VIEW}}<tr><td>{{AT}}</td><td>{{WHO}}</td><td>{{WHAT}}</td></tr>{{/VIEW}}</tbody></table>{{/HAS_VIEWS}}
