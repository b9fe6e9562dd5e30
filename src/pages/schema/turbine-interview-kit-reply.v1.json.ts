/** The JSON Schema of a Turbine scorecard reply file (the answer to an interview kit). */
import { INTERVIEW_KIT_FORMAT_VERSION, InterviewKitReplyFile } from '../../io/interview-kit-file.ts';
import { jsonSchemaResponse } from '../../io/published-schema.ts';

export function GET(): Response {
  return jsonSchemaResponse(InterviewKitReplyFile, {
    id: `turbine-interview-kit-reply.v${INTERVIEW_KIT_FORMAT_VERSION}.json`,
    title: `Turbine scorecard reply file (the answer to an interview kit), format version ${INTERVIEW_KIT_FORMAT_VERSION}`,
    description:
      'What an interviewer sends back for one interview kit: their one scorecard (a score or “no signal” for every capability of the kit, with evidence, notes per question and a recommendation), the kit it answers and digests of both. Saved from “Score an interview from a kit”.',
  });
}
