/** Previous and next buttons under a long list shown a page at a time, when it has more than one page. */
import { Show } from 'solid-js';
import type { Page } from '../domain/paging.ts';

export default function Pager(props: { label: string; page: Page<unknown>; onPage: (page: number) => void }) {
  return (
    <Show when={props.page.pages > 1}>
      <nav class="row pager" aria-label={props.label}>
        <button type="button" class="secondary small" disabled={props.page.page === 0} onClick={() => props.onPage(props.page.page - 1)}>
          Previous page
        </button>
        <span>
          Page {props.page.page + 1} of {props.page.pages}
        </span>
        <button type="button" class="secondary small" disabled={props.page.page >= props.page.pages - 1} onClick={() => props.onPage(props.page.page + 1)}>
          Next page
        </button>
      </nav>
    </Show>
  );
}
