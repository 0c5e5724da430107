/*
 * letter.c: the final response letter, written from the record and the
 * closing form: the decision, the reasons, the remedy, what is still to
 * do, and where the customer can go next (the ombudsman of the profile).
 * Plain text, kept in complaints.letter and shown escaped.
 */
#include "record.h"
#include "core/caltime.h"
#include "core/options.h"

#include <string.h>

/* Where a customer who is still unhappy can go, for the profile and the
 * stage: under the housing code, stage 1 leads to stage 2 first. */
static const char *next_route(const char *profile, int stage)
{
	if (strcmp(profile, "financial") == 0)
		return "If you are not happy with this final response, you can refer your complaint to the "
		       "Financial Ombudsman Service, free of charge, within six months of the date of this "
		       "letter: www.financial-ombudsman.org.uk, 0800 023 4567. If you do not refer it in time, "
		       "the Ombudsman will not have our permission to consider it and may only do so in very "
		       "limited circumstances.";
	if (stage == 1)
		return "If you are not happy with this response, tell us within 20 working days and we will "
		       "escalate your complaint to stage 2, where someone who has not dealt with it so far will "
		       "look at it again. You can also contact the Housing Ombudsman Service at any time for "
		       "help with your complaint: www.housing-ombudsman.org.uk, 0300 111 3000.";
	return "If you are not happy with this final response, you can ask the Housing Ombudsman "
	       "Service to look at your complaint, free of charge: www.housing-ombudsman.org.uk, "
	       "0300 111 3000. You can also contact your MP, a councillor or a tenant panel, or seek "
	       "independent advice from Citizens Advice.";
}

/* See record.h. */
const char *complaint_letter_text(struct arena *a, const struct complaint *c, const char *closer,
                                  const char *decision, const char *reasons, const char *remedy,
                                  const char *still_to_do, const char *today)
{
	char words[32], received[32], rday[11];
	const char *stage = c->stage == 2 ? "stage 2 (final) response" : "stage 1 response";
	snprintf(rday, sizeof rday, "%s", c->received_day);
	return arena_printf(a,
		"%s\n\nDear %s,\n\nYour complaint, reference %s\n\n"
		"Thank you for telling us about your complaint, which we received on %s. This letter is our %s.\n\n"
		"What you told us\n%s\n\n"
		"What you asked for\n%s\n\n"
		"Our decision\nWe have %s your complaint.\n\n"
		"Why\n%s\n\n"
		"What we will do to put it right\n%s\n\n"
		"What is still to do\n%s\n\n"
		"If you are still unhappy\n%s\n\n"
		"Yours sincerely,\n\n%s",
		date_in_full_words(today, words) ? words : today, c->customer_name,
		complaint_reference(a, c->id),
		date_in_full_words(rday, received) ? received : rday, stage, c->what_happened,
		c->what_they_want[0] ? c->what_they_want : "You did not ask for anything in particular.",
		strcmp(decision, "upheld") == 0 ? "upheld" : strcmp(decision, "partly_upheld") == 0 ? "partly upheld" : "not upheld",
		reasons, remedy && remedy[0] ? remedy : "No remedy is offered.",
		still_to_do && still_to_do[0] ? still_to_do : "Nothing: everything we agreed has been done.",
		next_route(c->profile, c->stage), closer ? closer : "");
}
