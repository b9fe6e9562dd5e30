/**
 * Calibration: how each interviewer scores against the rest of the panel, how each stage
 * passes candidates and how long they wait, each opening's funnel, the spread of scores
 * per capability, and the process audit. Computed once per read of the workspace (one
 * pass over every scorecard); the opening picker only filters what is already computed,
 * apart from the audit of the chosen opening. Every chart has a table with its numbers,
 * and rates on fewer than five scorecards are withheld in words.
 *
 * The sections are plain functions of one snapshot, not components: LiveSection re-renders
 * the whole view on every change (keyed), so nothing inside needs to track its inputs.
 */
import { createMemo, createSignal, For, Show } from 'solid-js';
import { createLiveQuery } from '../../state/live-query.ts';
import { readCalibrationData, type CalibrationData } from '../../db/hire-calibration.ts';
import { calibration, type InterviewerCalibration } from '../../domain/hire/calibration.ts';
import { auditOpening, type AuditKind } from '../../domain/hire/process-audit.ts';
import { leniencyWords, percent, rateText } from '../../domain/hire/calibration-words.ts';
import { isSubmitted, type InterviewerRef } from '../../domain/hire/visibility.ts';
import { distributionConfig, funnelConfig, leniencyConfig, passThroughConfig } from '../../charts/hire-charts.ts';
import Chart from '../../charts/Chart.tsx';
import { href } from '../../state/routes.ts';
import LiveSection from '../../components/LiveSection.tsx';

const number = new Intl.NumberFormat('en-GB');
/** The chart shows at most this many interviewers (the most lenient and most severe); the table has everyone. */
const CHART_INTERVIEWERS = 30;

export default function Calibration() {
  const query = createLiveQuery(readCalibrationData);
  return <LiveSection query={query}>{(d) => calibrationView({ data: d })}</LiveSection>;
}

function calibrationView(v: { data: CalibrationData }) {
  const d = v.data;
  const result = calibration(d);
  const personName = new Map(d.people.map((p) => [p.id, p.name]));
  const capabilityName = new Map(d.capabilities.map((c) => [c.id, c.name]));
  const who = (ref: InterviewerRef) => (ref.personId !== undefined ? (personName.get(ref.personId) ?? 'a former team member') : (ref.name ?? 'someone'));
  const submitted = d.scorecards.reduce((n, s) => n + (isSubmitted(s) ? 1 : 0), 0);
  // The first opening with candidates, else the first opening.
  const firstOpening = (d.openings.find((o) => d.candidates.some((c) => c.openingId === o.id)) ?? d.openings[0])?.id ?? '';
  const [openingId, setOpeningId] = createSignal(firstOpening);
  const opening = createMemo(() => d.openings.find((o) => o.id === openingId()));
  const loop = createMemo(() => d.loops.find((l) => l.id === opening()?.loopId));

  return (
    <Show
      when={d.candidates.length > 0 || submitted > 0}
      fallback={<p class="card muted">No candidates or scorecards yet. Calibration shows up here once candidates go through a loop and interviewers submit scorecards. <a href={href('hire')}>Go to openings</a>.</p>}
    >
      <div class="stack calibration">
        <section class="card" aria-labelledby="calibration-summary-heading">
          <h2 id="calibration-summary-heading">At a glance</h2>
          <p>
            Calibration from <strong>{number.format(submitted)}</strong> submitted scorecards on {number.format(d.candidates.length)}{' '}
            {d.candidates.length === 1 ? 'candidate' : 'candidates'}, by {result.interviewers.length} {result.interviewers.length === 1 ? 'interviewer' : 'interviewers'}. Drafts are not counted.
          </p>
          <p class="hint">Rates on fewer than five scorecards (or candidates, for stages) are withheld: with so few, one interview decides the number.</p>
        </section>

        {interviewersSection({ interviewers: result.interviewers, who })}

        <Show when={d.openings.length > 0}>
          <div class="card">
            <div class="field opening-picker">
              <label for="calibration-opening">Opening for the funnel, stages, scores and audit</label>
              <select id="calibration-opening" value={openingId()} onChange={(e) => setOpeningId(e.currentTarget.value)}>
                <For each={d.openings}>{(o) => <option value={o.id}>{o.title}</option>}</For>
              </select>
            </div>
          </div>
        </Show>

        <Show when={opening()} keyed>
          {(o) => {
            const funnel = result.funnels.find((f) => f.openingId === o.id)!;
            const stages = result.stages.filter((s) => s.loopId === o.loopId);
            const capabilityIds = new Set((loop()?.stages ?? []).flatMap((s) => s.capabilityIds));
            const distributions = result.capabilities.filter((c) => capabilityIds.has(c.capabilityId));
            return (
              <>
                {funnelSection({ title: o.title, candidates: funnel.candidates, stages: funnel.stages, hired: funnel.hired })}
                <Show when={loop()} fallback={<p class="card muted">{o.title} has no loop yet, so there are no stages to calibrate or audit.</p>}>
                  {(l) => (
                    <>
                      {stagesSection({ loopName: l().name, stages })}
                      {distributionsSection({ rows: distributions.map((c) => ({ ...c, name: capabilityName.get(c.capabilityId) ?? 'a removed capability' })), loopName: l().name })}
                      {auditSection({ title: o.title, findings: auditOpening(o, l(), d.candidates, d.scorecards) })}
                    </>
                  )}
                </Show>
              </>
            );
          }}
        </Show>
      </div>
    </Show>
  );
}

function interviewersSection(v: { interviewers: InterviewerCalibration[]; who: (ref: InterviewerRef) => string }) {
  const shown = v.interviewers
    .filter((i) => i.meanDifference.value !== null)
    .map((i) => ({ name: v.who(i.interviewer), value: i.meanDifference.value! }))
    .sort((a, b) => b.value - a.value);
  // Too many bars to read: the most lenient and the most severe, where calibration matters.
  const bars = shown.length <= CHART_INTERVIEWERS ? shown : [...shown.slice(0, CHART_INTERVIEWERS / 2), ...shown.slice(-CHART_INTERVIEWERS / 2)];
  const summary = `Bar chart of each interviewer's mean difference from the rest of the panel, lenient to severe: ${bars.map((b) => `${b.name} ${leniencyWords(b.value)}`).join(', ')}`;
  const mix = (i: InterviewerCalibration) => {
    const r = i.recommendations;
    return `${r['strong-yes']} strong yes, ${r.yes} yes, ${r.no} no, ${r['strong-no']} strong no${r.none ? `, ${r.none} without` : ''}`;
  };
  return (
    <section class="card" aria-labelledby="interviewers-heading">
      <h2 id="interviewers-heading">Interviewers</h2>
      <p class="hint">
        How each interviewer's scores compare with the other interviewers' scores for the same candidate and capability: above zero is lenient, below severe.
        Agreement is how often their recommendation matched the final decision.
      </p>
      <Show when={bars.length > 0} fallback={<p class="muted">No interviewer has enough compared scorecards for a chart yet; the table shows where each one stands.</p>}>
        <Show when={bars.length < shown.length}>
          <p class="hint">The chart shows the {CHART_INTERVIEWERS / 2} most lenient and {CHART_INTERVIEWERS / 2} most severe of {shown.length} interviewers; the table has everyone.</p>
        </Show>
        <Chart config={leniencyConfig(bars)} summary={summary} height={Math.max(140, 50 + bars.length * 26)} />
      </Show>
      <div class="table-scroll">
        <table class="calibration-table">
          <caption>Every interviewer, in order of their first scorecard</caption>
          <thead>
            <tr>
              <th scope="col">Interviewer</th>
              <th scope="col" class="num">Scorecards</th>
              <th scope="col">Compared with the panel</th>
              <th scope="col">Recommendations</th>
              <th scope="col">Agreement with decisions</th>
            </tr>
          </thead>
          <tbody>
            <For each={v.interviewers}>
              {(i) => (
                <tr>
                  <th scope="row">{v.who(i.interviewer)}</th>
                  <td class="num">{i.scorecards}</td>
                  <td classList={{ withheld: i.meanDifference.value === null }}>
                    {rateText(i.meanDifference, leniencyWords)}
                    <Show when={i.meanDifference.value !== null}>
                      <span class="hint">on {i.meanDifference.sample} scorecards</span>
                    </Show>
                  </td>
                  <td>{mix(i)}</td>
                  <td classList={{ withheld: i.agreement.value === null }}>
                    {rateText(i.agreement, percent)}
                    <Show when={i.agreement.value !== null}>
                      <span class="hint">of {i.agreement.sample} decided</span>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </section>
  );
}

function funnelSection(v: { title: string; candidates: number; stages: { name: string; reached: number }[]; hired: number }) {
  const steps = [{ name: 'Candidates', count: v.candidates }, ...v.stages.map((s) => ({ name: s.name, count: s.reached })), { name: 'Hired', count: v.hired }];
  const summary = `Funnel for ${v.title}: ${steps.map((s) => `${s.name} ${s.count}`).join(', ')}`;
  return (
    <section class="card" aria-labelledby="funnel-heading">
      <h2 id="funnel-heading">Funnel: {v.title}</h2>
      <p class="hint">How many candidates reached each stage, as recorded: a skipped stage shows as a wider step after it.</p>
      <Chart config={funnelConfig(steps)} summary={summary} height={Math.max(140, 50 + steps.length * 30)} />
      <table>
        <caption>The funnel as a table</caption>
        <thead>
          <tr><th scope="col">Step</th><th scope="col" class="num">Candidates</th></tr>
        </thead>
        <tbody>
          <For each={steps}>
            {(s) => (
              <tr><th scope="row">{s.name}</th><td class="num">{s.count}</td></tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}

function stagesSection(v: { loopName: string; stages: ReturnType<typeof calibration>['stages'] }) {
  const bars = v.stages.filter((s) => s.passThrough.value !== null).map((s) => ({ name: s.name, value: s.passThrough.value! }));
  const summary = `Bar chart of pass-through by stage: ${bars.map((b) => `${b.name} ${percent(b.value)}`).join(', ')}`;
  return (
    <section class="card" aria-labelledby="stages-heading">
      <h2 id="stages-heading">Stages of {v.loopName}</h2>
      <p class="hint">Pass-through counts candidates who went on (or were hired) against those turned down there; withdrawals and candidates still at the stage are left out.</p>
      <Show when={bars.length > 0} fallback={<p class="muted">No stage has enough finished candidates for a chart yet; the table shows where each one stands.</p>}>
        <Chart config={passThroughConfig(bars)} summary={summary} height={Math.max(140, 50 + bars.length * 30)} />
      </Show>
      <div class="table-scroll">
        <table>
          <caption>Pass-through and time in stage as a table</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th><th scope="col" class="num">Reached</th><th scope="col" class="num">Went on</th><th scope="col" class="num">Turned down</th>
              <th scope="col" class="num">Withdrew</th><th scope="col" class="num">In progress</th><th scope="col">Pass-through</th><th scope="col">Median days in stage</th>
            </tr>
          </thead>
          <tbody>
            <For each={v.stages}>
              {(s) => (
                <tr>
                  <th scope="row">{s.name}</th>
                  <td class="num">{s.reached}</td>
                  <td class="num">{s.passed}</td>
                  <td class="num">{s.stopped}</td>
                  <td class="num">{s.withdrew}</td>
                  <td class="num">{s.inProgress}</td>
                  <td classList={{ withheld: s.passThrough.value === null }}>{rateText(s.passThrough, percent, 'candidates')}</td>
                  <td>{s.medianDaysInStage === null ? 'no finished stays yet' : `${s.medianDaysInStage} (of ${s.stays} ${s.stays === 1 ? 'stay' : 'stays'})`}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </section>
  );
}

function distributionsSection(v: { rows: { name: string; scores: { 1: number; 2: number; 3: number; 4: number }; noSignal: number; total: number }[]; loopName: string }) {
  const summary = () =>
    `Stacked bar chart of scores by capability: ${v.rows.map((r) => `${r.name}: ${r.scores[1]} ones, ${r.scores[2]} twos, ${r.scores[3]} threes, ${r.scores[4]} fours, ${r.noSignal} no signal`).join('; ')}`;
  return (
    <section class="card" aria-labelledby="distributions-heading">
      <h2 id="distributions-heading">Scores by capability</h2>
      <p class="hint">Every submitted score for the capabilities {v.loopName} assesses, across all openings. Many “no signal” answers mean a stage is not drawing the capability out.</p>
      <Show when={v.rows.length > 0} fallback={<p class="muted">No submitted scores for these capabilities yet.</p>}>
        <Chart config={distributionConfig(v.rows)} summary={summary()} height={Math.max(160, 80 + v.rows.length * 30)} />
        <div class="table-scroll">
          <table>
            <caption>Scores by capability as a table</caption>
            <thead>
              <tr>
                <th scope="col">Capability</th><th scope="col" class="num">1</th><th scope="col" class="num">2</th><th scope="col" class="num">3</th>
                <th scope="col" class="num">4</th><th scope="col" class="num">No signal</th><th scope="col" class="num">All scores</th>
              </tr>
            </thead>
            <tbody>
              <For each={v.rows}>
                {(r) => (
                  <tr>
                    <th scope="row">{r.name}</th>
                    <td class="num">{r.scores[1]}</td><td class="num">{r.scores[2]}</td><td class="num">{r.scores[3]}</td><td class="num">{r.scores[4]}</td>
                    <td class="num">{r.noSignal}</td><td class="num">{r.total}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}

const AUDIT_HEADINGS: Record<AuditKind, string> = {
  'skipped-stages': 'Skipped stages',
  'added-stages': 'Stages not in the loop',
  'take-home-over-time-box': 'Take-homes over their time box',
  'early-decision': 'Decided before every scorecard was in',
};

function auditSection(v: { title: string; findings: ReturnType<typeof auditOpening> }) {
  const kinds = (Object.keys(AUDIT_HEADINGS) as AuditKind[]).map((kind) => ({ kind, findings: v.findings.filter((f) => f.kind === kind) }));
  return (
    <section class="card" aria-labelledby="audit-heading">
      <h2 id="audit-heading">Process audit: {v.title}</h2>
      <p class="hint">Everyone goes through the same process: the same stages, take-homes within their time box, and a decision once every piece of the puzzle is in.</p>
      <Show when={v.findings.length > 0} fallback={<p class="notice ok">Every candidate went through the loop’s stages, no take-home ran over its time box, and no decision came before its scorecards.</p>}>
        <For each={kinds}>
          {(k) => (
            <Show when={k.findings.length > 0}>
              <h3>{AUDIT_HEADINGS[k.kind]} ({k.findings.length})</h3>
              <ul class="audit-list">
                <For each={k.findings.slice(0, 100)}>{(f) => <li>{f.message}</li>}</For>
              </ul>
              <Show when={k.findings.length > 100}>
                <p class="hint">And {k.findings.length - 100} more.</p>
              </Show>
            </Show>
          )}
        </For>
      </Show>
    </section>
  );
}
