/**
 * A small form helper: the values in one Solid store instead of one signal per field,
 * per-field errors from the record's Zod schema, "has unsaved changes", and the save run
 * through the action primitive (action.ts) so it is reported like every other write.
 *
 * Errors land beside their field (<Field error=…>): first from the schema, checked before
 * the save; then from the command, when it refuses with a schema error (a ZodError's
 * issues name the field). Anything else, such as a stale-save refusal from src/db/fresh.ts,
 * is the form's one alert. Why in-house rather than @tanstack/solid-form: see README.
 */
import { createMemo, createSignal, type Accessor } from 'solid-js';
import { createStore, reconcile, unwrap, type SetStoreFunction, type Store } from 'solid-js/store';
import { createAction, type Action } from './action.ts';
import { guardUnsavedChanges } from './unsaved.ts';

/** The shape of a schema check's result; Zod's safeParse gives it (Standard Schema-like, without importing Zod here). */
interface Issue {
  path?: readonly PropertyKey[];
  message?: string;
}
export interface FormSchema {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly Issue[] } };
}

/**
 * Errors by field path: "title", or "actionItems.1.text" for a nested one (the list itself,
 * "actionItems", holds the first error inside it too, for a list-level message).
 */
export type FieldErrors = Partial<Record<string, string>>;

/** Thrown inside the save when fields need attention, so the action reports it once, in words. */
class FieldsNeedAttention extends Error {
  override readonly name = 'FieldsNeedAttention';
  constructor(count: number) {
    super(count === 1 ? 'check the field marked below' : `check the ${count} fields marked below`);
  }
}

export interface SubmitOptions<V> {
  /** The confirmation once saved; omit it when the form closes and the saved record speaks for itself. */
  done?: string | ((values: V) => string);
  /** Start again from these values (a form that adds records) rather than from what was saved. */
  reset?: V;
  /** Names this save when the form has more than one ("submit the scorecard" beside "save the draft"). */
  doing?: string;
}

export interface Form<V extends object> {
  values: Store<V>;
  set: SetStoreFunction<V>;
  /** The error of one field, shown beside it: a top-level key, or a dotted path into a list. */
  error: (path: (keyof V & string) | `${keyof V & string}.${string}`) => string | undefined;
  /** Whether the values differ from what the form started from (or last saved). */
  dirty: Accessor<boolean>;
  action: Action;
  /**
   * Handles the form's submit event: checks the schema, then runs `save` with the values
   * as the action `doing`; on success the saved values become the new starting point (or
   * `reset`, for a form that adds records and starts empty again). Resolves to whether it saved.
   */
  submit: (event: SubmitEvent, save: (values: V) => Promise<unknown>, options?: SubmitOptions<V>) => Promise<boolean>;
  /**
   * The same checks and save outside a submit event, for a button that saves first and then
   * does something else (the loop editor's "Duplicate loop"); `form` is where a field to fix is focused.
   */
  save: (form: HTMLFormElement, save: (values: V) => Promise<unknown>, options?: SubmitOptions<V>) => Promise<boolean>;
  /** Starts again from these values, with no errors and nothing unsaved. */
  reset: (values: V) => void;
}

/**
 * The values as plain data with keys in one order: reconcile() keeps the store's own key order,
 * so a form restarted from a saved record (keys in the schema's order) would otherwise differ
 * from its starting point by order alone and look unsaved.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .filter((key) => record[key] !== undefined)
      .map((key) => [key, canonical(record[key])]),
  );
}
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** How many fields are marked: nested paths count, the list entry that repeats one of them does not. */
const countOf = (fields: FieldErrors) => Object.keys(fields).filter((path) => !Object.keys(fields).some((other) => other.startsWith(`${path}.`))).length;

/** Field errors from schema issues, the first per path. Issues on no field of this form come back apart. */
function fieldErrors(issues: readonly Issue[], values: object): { fields: FieldErrors; other: Issue[] } {
  const fields: FieldErrors = {};
  const other: Issue[] = [];
  for (const issue of issues) {
    const path = issue.path ?? [];
    const key = path[0];
    if (typeof key === 'string' && key in values) {
      const message = issue.message ?? 'is not valid';
      fields[path.map(String).join('.')] ??= message;
      fields[key] ??= message;
    } else other.push(issue);
  }
  return { fields, other };
}

export function createForm<V extends object>(options: {
  initial: V;
  schema?: FormSchema;
  doing: string;
  /** False for a form whose values are kept as they are typed (unsaved-drafts.ts), so leaving loses nothing and needs no warning. */
  warnOnLeave?: boolean;
}): Form<V> {
  const [values, set] = createStore<V>(structuredClone(options.initial));
  const [start, setStart] = createSignal<V>(structuredClone(options.initial));
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const action = createAction();
  const dirty = createMemo(() => !same(values, start()));
  if (options.warnOnLeave !== false) guardUnsavedChanges(dirty);

  const restart = (next: V) => {
    set(reconcile(structuredClone(next)));
    setStart(() => structuredClone(next));
    setErrors({});
  };

  const saveFrom: Form<V>['save'] = async (form, save, submitOptions) => {
    const snapshot = structuredClone(unwrap(values)) as V;
    setErrors({});
    const ok = await action.run(
      submitOptions?.doing ?? options.doing,
      async () => {
        const checked = options.schema?.safeParse(snapshot);
        if (checked && !checked.success) {
          const { fields, other } = fieldErrors(checked.error.issues, snapshot);
          // Issues on fields this form does not have are the command's business: let it refuse them.
          if (other.length === 0) {
            setErrors(() => fields);
            throw new FieldsNeedAttention(countOf(fields));
          }
        }
        try {
          await save(snapshot);
        } catch (e) {
          const issues = (e as { issues?: unknown } | null)?.issues;
          if (Array.isArray(issues) && issues.length > 0) {
            const { fields, other } = fieldErrors(issues as Issue[], snapshot);
            if (other.length === 0) {
              setErrors(() => fields);
              throw new FieldsNeedAttention(countOf(fields));
            }
          }
          throw e;
        }
      },
      typeof submitOptions?.done === 'function' ? submitOptions.done(snapshot) : submitOptions?.done,
    );
    if (ok) {
      if (submitOptions?.reset) restart(submitOptions.reset);
      else setStart(() => snapshot);
    } else if (Object.keys(errors()).length > 0) {
      // The keyboard goes where the first fix is; its error is read out with it (aria-describedby).
      queueMicrotask(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    }
    return ok;
  };

  const submit: Form<V>['submit'] = (event, save, submitOptions) => {
    event.preventDefault();
    return saveFrom(event.currentTarget as HTMLFormElement, save, submitOptions);
  };

  const reset = (next: V) => {
    restart(next);
    action.clear();
  };

  return { values, set, error: (field) => errors()[field], dirty, action, submit, save: saveFrom, reset };
}
