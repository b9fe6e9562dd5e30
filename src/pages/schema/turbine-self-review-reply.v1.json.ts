/** The JSON Schema of a self-review reply: the person's answers, taken back into the check-in. */
import { SELF_REVIEW_FORMAT_VERSION, SelfReviewReplyFile } from '../../io/self-review-file.ts';
import { jsonSchemaResponse } from '../../io/published-schema.ts';

export function GET(): Response {
  return jsonSchemaResponse(SelfReviewReplyFile, {
    id: `turbine-self-review-reply.v${SELF_REVIEW_FORMAT_VERSION}.json`,
    title: `Turbine self-review reply, format version ${SELF_REVIEW_FORMAT_VERSION}`,
    description:
      'A person’s answers to a self-review file (strengths, wins, areas to grow, goal statuses, self levels) with the digest of the file they answer and of the answers. Saved from Grow → Fill in my self-review.',
  });
}
