/** Where a plan task's work is done, as a link that says where it goes (the same on the plan page and Home). */
import type { TaskPlace } from '../../domain/plan/ticks.ts';
import type { PlanTask } from '../../schemas/plan.ts';
import { href } from '../../state/routes.ts';

export const phaseLabel: Record<PlanTask['phase'], string> = { design: 'Design', hire: 'Hire', learn: 'Learn', grow: 'Grow' };

const pageLabel: Record<TaskPlace['page'], string> = {
  'design/charter': 'the charter',
  'design/people': 'people',
  'design/matrix': 'the capability matrix',
  'design/insights': 'the insights',
  'design/one-on-ones': '1:1s',
  'design/decisions': 'decision records',
  hire: 'openings',
  'hire/loops': 'interview loops',
  learn: 'Learn plans',
  'learn/systems': 'the systems',
  grow: 'check-ins',
  'grow/check-in': 'the check-in',
};

function linkOf(place: TaskPlace): string {
  switch (place.page) {
    case 'design/one-on-ones':
      return href(place.page, place.person ? { person: place.person } : {});
    case 'grow/check-in':
      return href(place.page, place.person ? { person: place.person } : {});
    case 'hire/loops':
      return href(place.page, place.loop ? { loop: place.loop } : {});
    case 'learn':
      return href(place.page, place.system ? { system: place.system } : {});
    default:
      return href(place.page);
  }
}

export default function TaskPlaceLink(props: { place: TaskPlace; people: ReadonlyMap<string, { name: string }> }) {
  const label = () => {
    const name = props.place.person ? props.people.get(props.place.person)?.name : undefined;
    if (props.place.page === 'design/one-on-ones' && name) return `1:1s with ${name}`;
    if (props.place.page === 'grow/check-in' && name) return `${name}’s check-in`;
    return pageLabel[props.place.page];
  };
  return (
    <a href={linkOf(props.place)}>
      Go to {label()}
    </a>
  );
}
