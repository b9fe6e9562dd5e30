/** The JSON Schema of a self-review file: the part of a check-in a manager sends the person. */
import { SELF_REVIEW_FORMAT_VERSION, SelfReviewFile } from '../../io/self-review-file.ts';
import { jsonSchemaResponse } from '../../io/published-schema.ts';

export function GET(): Response {
  return jsonSchemaResponse(SelfReviewFile, {
    id: `turbine-self-review.v${SELF_REVIEW_FORMAT_VERSION}.json`,
    title: `Turbine self-review file, format version ${SELF_REVIEW_FORMAT_VERSION}`,
    description:
      'What a manager sends one person for their self-review in one quarter: their goals, the capabilities to assess with what each level looks like, last quarter’s areas to grow. Exported from a check-in in Grow.',
  });
}
