{{%AUTOESCAPE context="HTML"}}
<section aria-labelledby="my-leave-title">
<h2 id="my-leave-title">My leave and unavailability</h2>
{{#NO_MY_LEAVE}}<p class="empty">No leave or unavailability recorded. <a href="/rota/leave">Request leave or record unavailability</a>.</p>{{/NO_MY_LEAVE}}
{{#HAS_MY_LEAVE}}<ul>{{#MY_LEAVE}}<li>{{KIND}} {{FROM}} to {{TO}}: <strong>{{STATUS}}</strong> <span class="muted">{{REASON}}</span></li>{{/MY_LEAVE}}</ul>{{/HAS_MY_LEAVE}}
</section>
<section aria-labelledby="my-swaps-title">
<h2 id="my-swaps-title">My shift swaps</h2>
{{#NO_MY_SWAPS}}<p class="empty">No swaps. Offer a shift above, or <a href="/rota/swaps">see the offers open to you</a>.</p>{{/NO_MY_SWAPS}}
{{#HAS_MY_SWAPS}}<ul>{{#MY_SWAP}}<li>{{SHIFT}}: offered by {{OFFERED_BY}}, accepted by {{ACCEPTED_BY}}: <strong>{{STATUS}}</strong> <span class="muted">{{REASON}}</span></li>{{/MY_SWAP}}</ul>{{/HAS_MY_SWAPS}}
</section>
