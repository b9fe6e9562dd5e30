/**
 * Whose check-in or trajectory a Grow page shows: everyone on the team by name (and the person
 * shown, should they have moved on). Choosing moves the page to them in place; when the page
 * cannot move yet (a check-in that could not be saved), the list goes back to who is shown.
 */
import { For } from 'solid-js';
import Field from '../../components/Field.tsx';

export interface PersonToChoose {
  id: string;
  name: string;
  status: string;
}

export default function PersonChoice(props: { label: string; people: readonly PersonToChoose[]; personId: string; onChoose: (id: string) => boolean | Promise<boolean> }) {
  const people = () => props.people.filter((p) => p.status !== 'moved-on' || p.id === props.personId).sort((a, b) => a.name.localeCompare(b.name));
  const choose = async (select: HTMLSelectElement) => {
    if (!(await props.onChoose(select.value))) select.value = props.personId;
  };
  return (
    <Field id="grow-person" label={props.label} class="narrow no-print">
      {(c) => (
        <select {...c} onChange={(e) => void choose(e.currentTarget)}>
          <For each={people()}>
            {(p) => (
              <option value={p.id} selected={p.id === props.personId}>
                {p.name}
              </option>
            )}
          </For>
        </select>
      )}
    </Field>
  );
}
