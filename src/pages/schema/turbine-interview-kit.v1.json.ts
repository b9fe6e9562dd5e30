/** The JSON Schema of a Turbine interview kit file. */
import { INTERVIEW_KIT_FORMAT_VERSION, InterviewKitFile } from '../../io/interview-kit-file.ts';
import { jsonSchemaResponse } from '../../io/published-schema.ts';

export function GET(): Response {
  return jsonSchemaResponse(InterviewKitFile, {
    id: `turbine-interview-kit.v${INTERVIEW_KIT_FORMAT_VERSION}.json`,
    title: `Turbine interview kit file, format version ${INTERVIEW_KIT_FORMAT_VERSION}`,
    description:
      'What a hiring manager sends one interviewer for one candidate at one stage: the candidate’s display name, the stage and its time, the capabilities to score with their rubric rows, the questions with what good looks like, and the due day. Exported from a candidate in Hire → Candidates.',
  });
}
