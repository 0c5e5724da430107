-- Customer feedback: each response sent through the public form carries
-- the submission key its form page was given (128 random bits, a hidden
-- field), unique in the table. Storing a key that is already there stores
-- nothing, so a customer who presses Send again after an error, or a
-- group-commit leader that replays a batch whose commit it could not
-- report, cannot store a response twice. Responses that did not come
-- through the public form (the demo, tests) have none.
-- Not personal data: a random number, kept with the response.
ALTER TABLE feedback_responses ADD COLUMN submission_key TEXT
  CHECK (submission_key IS NULL OR
         (length(submission_key) = 32 AND submission_key NOT GLOB '*[^0-9a-f]*'));
CREATE UNIQUE INDEX feedback_responses_submission ON feedback_responses(submission_key);
