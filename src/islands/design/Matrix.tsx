/**
 * The capability matrix: people × capabilities, grouped by area. Keyboard first
 * (an ARIA grid with one tab stop): arrows move, digits set a level, G toggles
 * "wants to grow here", Delete clears, Enter opens the level chooser. A click only
 * selects and focuses a cell, so typing works straight after it; a double-click or
 * the "Choose a level" button opens the chooser.
 *
 * Two views, never mixed: the manager's (what coverage and gaps count) and the
 * person's self-assessment. Compare mode shows the self-assessment beside the
 * manager's level and flags cells two levels or more apart.
 *
 * It is virtualised: only the rows and columns in view (plus the active cell) are in
 * the DOM, so 300 × 300 stays fast. The workspace is read once; edits update the
 * in-memory cell index at once and are appended to the history in the background,
 * so a key press shows without waiting for IndexedDB.
 */
import { batch, createMemo, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { readMatrix, recordAssessments, type MatrixData } from '../../db/design.ts';
import { applyAssessment, cellOf, historyOf, latestCellsByView, selfDifference, type Cell, type CellIndex, type CellView } from '../../domain/matrix-cells.ts';
import { coverage } from '../../domain/insights.ts';
import { areaRuns, capabilitiesInView, descriptorText, levelLabel, levelStyle, peopleInView, scaleLookup, visibleWindow, type MatrixFilter } from '../../domain/matrix-view.ts';
import { matrixCsv } from '../../io/matrix-csv.ts';
import { describeError } from '../../domain/errors.ts';
import { downloadText } from '../../state/download.ts';
import { href, paramsOf } from '../../state/routes.ts';
import { localToday } from '../../domain/dates.ts';
import { formatDay } from '../../domain/day-format.ts';
import type { RecordOf } from '../../schemas/records.ts';
import { clamp, targetShort, targetText, withActive } from './matrix-labels.ts';
import Legend from './MatrixLegend.tsx';
import LevelChooser from './LevelChooser.tsx';
import PersonHistory from './PersonHistory.tsx';

type Capability = RecordOf<'capabilities'>;
type Person = RecordOf<'people'>;

// Sizes in px; the same numbers size the elements in global.css (.matrix-*). Only
// computed positions are set from here: the CSP blocks constant inline styles, which
// Solid would write into its HTML templates.
const ROW_H = 36;
const COL_W = 56;
const HEAD_H = 168;
const NAME_W = 200;

export default function Matrix() {
  const [data, setData] = createSignal<MatrixData>();
  const [loadError, setLoadError] = createSignal<string>();
  onMount(async () => {
    try {
      setData(await readMatrix());
    } catch (e) {
      setLoadError(describeError(e, 'read the matrix'));
    }
  });
  return (
    <Show when={data()} fallback={loadError() ? <p class="notice error" role="alert">{loadError()}</p> : <p role="status">Loading the matrix…</p>}>
      {(d) => <MatrixView initialData={d()} />}
    </Show>
  );
}

/** Works on the data as read when the page opened; its own edits update it in place. */
function MatrixView(props: { initialData: MatrixData }) {
  // ?person= (from People's "Capabilities" link) filters to that person and opens their history.
  const { person } = paramsOf('design/matrix', location.search);
  const views = latestCellsByView(props.initialData.assessments);
  /** The manager's view: what coverage, gaps and the CSV read. */
  const cells: CellIndex = views.manager;
  const today = localToday();
  /** Bumped on every edit: cells read it to know the index changed under them. */
  const [version, setVersion] = createSignal(0);
  const history = [...props.initialData.assessments];

  const [filter, setFilter] = createSignal<MatrixFilter>({ areaId: '', person: '', personId: person });
  const [view, setView] = createSignal<CellView>('manager');
  const [compare, setCompare] = createSignal(false);
  const shown = () => views[view()];
  const [active, setActive] = createSignal({ r: 0, c: 0 });
  const [announcement, setAnnouncement] = createSignal('');
  const [error, setError] = createSignal<string>();
  const [historyFor, setHistoryFor] = createSignal<string | undefined>(person);
  const [chooser, setChooser] = createSignal<{ r: number; c: number }>();

  const scaleOf = scaleLookup(props.initialData.levelScales);
  const areaName = new Map(props.initialData.capabilityAreas.map((a) => [a.id, a.name]));
  const rows = createMemo(() => peopleInView(props.initialData.people, filter()));
  const cols = createMemo(() => capabilitiesInView(props.initialData.capabilityAreas, props.initialData.capabilities, filter()));
  const bands = createMemo(() => areaRuns(cols()));
  const coverageOf = createMemo(() => {
    version();
    const input = { people: props.initialData.people, areas: props.initialData.capabilityAreas, capabilities: props.initialData.capabilities, scales: props.initialData.levelScales, cells, today };
    return new Map(coverage(input).map((c) => [c.capabilityId, c]));
  });

  // Viewport, for virtualisation.
  let scroller: HTMLDivElement | undefined;
  const [scroll, setScroll] = createSignal({ top: 0, left: 0, width: 960, height: 600 });
  const measure = () => {
    if (!scroller) return;
    setScroll({ top: scroller.scrollTop, left: scroller.scrollLeft, width: scroller.clientWidth, height: scroller.clientHeight });
  };
  onMount(() => {
    measure();
    const observer = new ResizeObserver(measure);
    if (scroller) observer.observe(scroller);
    onCleanup(() => observer.disconnect());
  });
  const rowWindow = createMemo(() => visibleWindow(scroll().top, scroll().height - HEAD_H, ROW_H, rows().length));
  const colWindow = createMemo(() => visibleWindow(scroll().left, scroll().width - NAME_W, COL_W, cols().length));
  /** Rendered indexes: what is in view, plus the active one so focus never lands on nothing. */
  const renderedRows = createMemo(() => withActive(rowWindow(), active().r, rows().length));
  const renderedCols = createMemo(() => withActive(colWindow(), active().c, cols().length));

  /** The cell in the view being shown (and recorded). */
  const cellAt = (r: number, c: number): Cell | undefined => {
    version();
    const person = rows()[r];
    const capability = cols()[c];
    return person && capability ? cellOf(shown(), person.id, capability.id) : undefined;
  };

  /** In compare mode, the person's self-assessment of a cell shown in the manager's view. */
  const selfAt = (r: number, c: number): Cell | undefined => {
    if (!compare() || view() !== 'manager') return undefined;
    version();
    const person = rows()[r];
    const capability = cols()[c];
    return person && capability ? cellOf(views.self, person.id, capability.id) : undefined;
  };

  const cellName = (person: Person, capability: Capability, cell: Cell | undefined, self?: Cell) => {
    const scale = scaleOf(capability.scaleId);
    const rated = cell?.level !== null && cell?.level !== undefined;
    const level =
      view() === 'self'
        ? rated ? `self-assessed level ${levelLabel(scale, cell!.level!)}` : 'not self-assessed'
        : rated ? `level ${levelLabel(scale, cell!.level!)}` : 'not rated';
    const diff = selfDifference(cell, self);
    const compared = diff
      ? `; self-assessment level ${levelLabel(scale, self!.level!)}, ${Math.abs(diff.by)} ${Math.abs(diff.by) === 1 ? 'level' : 'levels'} ${diff.by > 0 ? 'higher' : 'lower'}${diff.flag ? ': worth a conversation' : ''}`
      : '';
    return `${person.name}, ${capability.name}: ${level}${cell?.interested ? ', wants to grow here' : ''}${compared}`;
  };

  const activeDescriptor = createMemo(() => {
    const { r, c } = active();
    const capability = cols()[c];
    const cell = cellAt(r, c);
    if (!capability || cell?.level === null || cell?.level === undefined) return '';
    return descriptorText(capability, scaleOf(capability.scaleId), cell.level);
  });

  // ------------------------------------------------------------ focus and movement

  const focusActive = () => {
    const { r, c } = active();
    // After Solid has rendered the cell, which may just have scrolled into the window.
    queueMicrotask(() => {
      scroller?.querySelector<HTMLElement>(`[data-cell="${r}:${c}"]`)?.focus({ preventScroll: true });
    });
  };

  const moveTo = (r: number, c: number) => {
    const nr = clamp(r, 0, rows().length - 1);
    const nc = clamp(c, 0, cols().length - 1);
    setActive({ r: nr, c: nc });
    if (scroller) {
      // Keep the cell clear of the sticky header and name column.
      const top = nr * ROW_H;
      const left = nc * COL_W;
      const viewH = scroller.clientHeight - HEAD_H;
      const viewW = scroller.clientWidth - NAME_W;
      if (top < scroller.scrollTop) scroller.scrollTop = top;
      else if (top + ROW_H > scroller.scrollTop + viewH) scroller.scrollTop = top + ROW_H - viewH;
      if (left < scroller.scrollLeft) scroller.scrollLeft = left;
      else if (left + COL_W > scroller.scrollLeft + viewW) scroller.scrollLeft = left + COL_W - viewW;
      measure();
    }
    focusActive();
  };

  // ------------------------------------------------------------ edits

  const record = async (r: number, c: number, change: { level?: number | null; interested?: boolean }) => {
    const person = rows()[r];
    const capability = cols()[c];
    if (!person || !capability) return;
    // Edits go to the view on screen: the manager's, or the self-assessment.
    const index = shown();
    const before = cellOf(index, person.id, capability.id);
    const next = {
      personId: person.id,
      capabilityId: capability.id,
      level: change.level !== undefined ? change.level : (before?.level ?? null),
      interested: change.interested ?? before?.interested ?? false,
      source: view(),
    };
    if (before && before.level === next.level && before.interested === next.interested) return;
    if (!before && next.level === null && !next.interested) return;
    // Shown at once; the write follows.
    const at = new Date().toISOString();
    applyAssessment(index, { ...next, id: '', at });
    batch(() => {
      setVersion((v) => v + 1);
      setError(undefined);
      setAnnouncement(`${cellName(person, capability, cellOf(index, person.id, capability.id))}.`);
    });
    try {
      const { added, replaced } = await recordAssessments([{ ...next, at }]);
      for (const gone of replaced) {
        const i = history.findIndex((a) => a.id === gone.id);
        if (i >= 0) history.splice(i, 1);
      }
      history.push(...added);
      // The history panel reads `history`: show the correction there too.
      if (replaced.length > 0 || added.length > 0) setVersion((v) => v + 1);
    } catch (e) {
      const row = index.get(person.id);
      if (before) row?.set(capability.id, before);
      else row?.delete(capability.id);
      setVersion((v) => v + 1);
      setError(describeError(e, `save ${person.name}'s level in ${capability.name}`));
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (!target.dataset.cell) return;
    const { r, c } = active();
    const capability = cols()[c];
    const key = event.key;
    let handled = true;
    if (key === 'ArrowRight') moveTo(r, c + 1);
    else if (key === 'ArrowLeft') moveTo(r, c - 1);
    else if (key === 'ArrowDown') moveTo(r + 1, c);
    else if (key === 'ArrowUp') moveTo(r - 1, c);
    else if (key === 'Home') moveTo(event.ctrlKey ? 0 : r, 0);
    else if (key === 'End') moveTo(event.ctrlKey ? rows().length - 1 : r, cols().length - 1);
    else if (key === 'PageDown') moveTo(r + 10, c);
    else if (key === 'PageUp') moveTo(r - 10, c);
    else if (/^[0-9]$/.test(key) && capability && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const level = Number(key);
      const scale = scaleOf(capability.scaleId);
      if (scale.levels.some((l) => l.value === level)) void record(r, c, { level });
      else setAnnouncement(`${capability.name} has no level ${level}. Its levels are ${scale.levels.map((l) => l.value).join(', ')}.`);
    } else if (key === 'g' || key === 'G') {
      void record(r, c, { interested: !(cellAt(r, c)?.interested ?? false) });
    } else if ((key === 'h' || key === 'H') && rows()[r]) {
      setHistoryFor(rows()[r]!.id);
    } else if (key === 'Delete' || key === 'Backspace') {
      void record(r, c, { level: null });
    } else if (key === 'Enter' || key === ' ') {
      setChooser({ r, c });
    } else handled = false;
    if (handled) event.preventDefault();
  };

  const exportCsv = () => {
    const csv = matrixCsv({ ...props.initialData, cells, selfCells: views.self });
    downloadText(csv, `turbine-matrix-${localToday()}.csv`, 'text/csv');
  };

  const historyEntries = (personId: string) => {
    version();
    return historyOf(history, personId);
  };

  const totalW = () => NAME_W + cols().length * COL_W;
  const totalH = () => HEAD_H + rows().length * ROW_H;

  return (
    <div class="stack">
      <div class="matrix-toolbar row no-print">
        <div class="field">
          <label for="matrix-area">Area</label>
          <select id="matrix-area" value={filter().areaId} onChange={(e) => { setFilter({ ...filter(), areaId: e.currentTarget.value }); moveTo(0, 0); }}>
            <option value="">All areas</option>
            <For each={props.initialData.capabilityAreas}>{(a) => <option value={a.id}>{a.name}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="matrix-person">Filter people</label>
          <input id="matrix-person" type="search" value={filter().person} onInput={(e) => { setFilter({ ...filter(), person: e.currentTarget.value, personId: undefined }); setActive({ r: 0, c: active().c }); }} />
        </div>
        <div class="field">
          <label for="matrix-source">Showing and recording</label>
          <select id="matrix-source" value={view()} onChange={(e) => setView(e.currentTarget.value as CellView)}>
            <option value="manager">My view as manager</option>
            <option value="self">Their self-assessment</option>
          </select>
        </div>
        <Show when={view() === 'manager'}>
          <div class="field-inline">
            <input type="checkbox" id="matrix-compare" checked={compare()} onChange={(e) => setCompare(e.currentTarget.checked)} />
            <label for="matrix-compare">Compare with self-assessment</label>
          </div>
        </Show>
        <Show when={filter().personId}>
          <button type="button" class="secondary" onClick={() => setFilter({ ...filter(), personId: undefined })}>Show everyone</button>
        </Show>
        <button type="button" class="secondary" onClick={exportCsv}>Export matrix as CSV</button>
      </div>

      <p class="hint no-print" id="matrix-keys">
        Click a cell or move with the arrow keys. Type a level’s number to set it, <kbd>G</kbd> to mark “wants to grow here”, <kbd>Delete</kbd> to clear,{' '}
        <kbd>Enter</kbd> or a double-click to choose from the level descriptors, <kbd>H</kbd> for the person’s history. Every change is kept;
        a correction within a few minutes replaces the slip it corrects.
        {view() === 'self' ? ' You are recording their self-assessment: it is kept apart and never changes your view, coverage or gaps.' : ''}
      </p>
      <Legend scales={props.initialData.levelScales} capabilities={props.initialData.capabilities} compare={compare() && view() === 'manager'} />
      <Show when={error()}>
        <p class="notice error" role="alert">{error()}</p>
      </Show>
      <p class="visually-hidden" aria-live="polite" role="status">{announcement()}</p>
      <p class="visually-hidden" id="matrix-descriptor">{activeDescriptor()}</p>

      <Show
        when={rows().length > 0 && cols().length > 0}
        fallback={
          <div class="card">
            <p class="muted">
              {props.initialData.people.filter((p) => p.status !== 'moved-on').length === 0
                ? 'Add people first: '
                : props.initialData.capabilities.length === 0
                  ? 'Add capabilities first: '
                  : 'Nothing matches the filter. '}
              the matrix is every current person against every capability. <a href={href('design/people')}>People</a> ·{' '}
              <a href={href('design/capabilities')}>Capabilities</a>
            </p>
          </div>
        }
      >
        <div
          class="matrix-scroller"
          ref={scroller}
          onScroll={measure}
          role="grid"
          aria-label="Capability matrix"
          aria-describedby="matrix-keys"
          aria-rowcount={rows().length + 1}
          aria-colcount={cols().length + 1}
          onKeyDown={onKeyDown}
        >
          <div class="matrix-canvas" style={{ width: `${totalW()}px`, height: `${totalH()}px` }}>
            <div class="matrix-head" role="rowgroup" style={{ width: `${totalW()}px` }}>
              <div class="matrix-bands" aria-hidden="true">
                <For each={bands().filter((b) => b.start < renderedCols().end && b.start + b.length > renderedCols().first)}>
                  {(b) => (
                    <div class="matrix-band" style={{ left: `${NAME_W + b.start * COL_W}px`, width: `${b.length * COL_W}px` }}>
                      <span class="matrix-band-name">{areaName.get(b.areaId) ?? ''}</span>
                    </div>
                  )}
                </For>
              </div>
              <div role="row" aria-rowindex={1} class="matrix-head-row">
                <div role="columnheader" aria-colindex={1} class="matrix-corner">
                  Person
                </div>
                <For each={renderedCols().list}>
                  {(c) => {
                    const capability = () => cols()[c]!;
                    const cov = () => coverageOf().get(capability().id);
                    return (
                      <div
                        role="columnheader"
                        aria-colindex={c + 2}
                        class="matrix-col-head"
                        classList={{ short: (cov()?.gap ?? 0) > 0 }}
                        style={{ left: `${NAME_W + c * COL_W}px` }}
                        aria-label={`${capability().name} (${areaName.get(capability().areaId) ?? ''}): ${targetText(cov())}`}
                      >
                        <span class="matrix-col-name" aria-hidden="true" title={capability().name}>{capability().name}</span>
                        <span class="matrix-col-target" aria-hidden="true">{targetShort(cov())}</span>
                      </div>
                    );
                  }}
                </For>
              </div>
            </div>
            <div role="rowgroup" class="matrix-body">
              <For each={renderedRows().list}>
                {(r) => {
                  const person = () => rows()[r]!;
                  return (
                    <div role="row" aria-rowindex={r + 2} class="matrix-row" style={{ top: `${HEAD_H + r * ROW_H}px`, width: `${totalW()}px` }}>
                      <div role="rowheader" aria-colindex={1} class="matrix-row-head">
                        <button type="button" class="link-button" tabindex={-1} onClick={() => setHistoryFor(person().id)} aria-label={`${person().name}: show history`}>
                          {person().name}
                        </button>
                        <Show when={person().startDate && person().startDate! > today}>
                          {/* Rated already, but not counted in coverage until they start. */}
                          <span class="muted starts">&nbsp;from {formatDay(person().startDate!)}</span>
                        </Show>
                      </div>
                      <For each={renderedCols().list}>
                        {(c) => {
                          const capability = () => cols()[c]!;
                          const cell = () => cellAt(r, c);
                          const self = () => selfAt(r, c);
                          const differs = () => selfDifference(cell(), self());
                          const isActive = () => active().r === r && active().c === c;
                          const style = () => {
                            const level = cell()?.level;
                            return level === null || level === undefined ? undefined : levelStyle(scaleOf(capability().scaleId), level);
                          };
                          return (
                            <div
                              role="gridcell"
                              aria-colindex={c + 2}
                              data-cell={`${r}:${c}`}
                              tabindex={isActive() ? 0 : -1}
                              class={`matrix-cell${style() ? ` band-${style()!.band}${style()!.strong ? ' strong' : ''}` : ''}${differs() ? (differs()!.flag ? ' differs differs-far' : ' differs') : ''}`}
                              style={{ left: `${NAME_W + c * COL_W}px` }}
                              aria-label={cellName(person(), capability(), cell(), self())}
                              aria-describedby={isActive() && activeDescriptor() ? 'matrix-descriptor' : undefined}
                              onFocus={() => { if (!isActive()) setActive({ r, c }); }}
                              onClick={() => moveTo(r, c)}
                              onDblClick={() => { moveTo(r, c); setChooser({ r, c }); }}
                            >
                              <span aria-hidden="true">
                                {cell()?.level ?? ''}
                                <Show when={cell()?.interested}><span class="grow-mark">↗</span></Show>
                              </span>
                              <Show when={differs()}>
                                <span class="self-mark" aria-hidden="true">{differs()!.flag ? '!' : ''}{self()!.level}</span>
                              </Show>
                            </div>
                          );
                        }}
                      </For>
                    </div>
                  );
                }}
              </For>
            </div>
          </div>
        </div>
      </Show>

      {/* After the grid, so Tab goes from the toolbar straight into the cells. */}
      <Show when={rows()[active().r] && cols()[active().c]}>
        <div class="row no-print">
          <button type="button" class="secondary small" onClick={() => setChooser({ ...active() })}>
            Choose a level for {rows()[active().r]!.name} in {cols()[active().c]!.name}
          </button>
        </div>
      </Show>

      <Show when={chooser()} keyed>
        {(at) => {
          const person = rows()[at.r];
          const capability = cols()[at.c];
          if (!person || !capability) return null;
          return (
            <LevelChooser
              person={person}
              capability={capability}
              initialCell={cellAt(at.r, at.c)}
              scale={scaleOf(capability.scaleId)}
              onChoose={(change) => void record(at.r, at.c, change)}
              onClose={() => { setChooser(undefined); moveTo(at.r, at.c); }}
            />
          );
        }}
      </Show>

      <Show when={props.initialData.people.find((p) => p.id === historyFor())} keyed>
        {(person) => (
          <PersonHistory
            person={person}
            entries={historyEntries(person.id)}
            capabilities={props.initialData.capabilities}
            scaleOf={scaleOf}
            onClose={() => setHistoryFor(undefined)}
          />
        )}
      </Show>
    </div>
  );
}
