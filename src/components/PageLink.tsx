/**
 * A real link (it opens in a new tab, can be copied and bookmarked) that moves within
 * the page on a plain click instead of loading it again: for views kept in the URL
 * (src/state/url-state.ts). The swap unmounts the view's forms without unloading the page,
 * so it asks first when a form has unsaved changes, as the browser does on unload.
 */
import type { JSX } from 'solid-js';
import { confirmLeave } from '../state/unsaved.ts';

export default function PageLink(props: { href: string; onNavigate: () => void; class?: string; 'aria-current'?: 'page' | 'true' | undefined; children: JSX.Element }) {
  return (
    <a
      href={props.href}
      class={props.class}
      aria-current={props['aria-current']}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        if (confirmLeave()) props.onNavigate();
      }}
    >
      {props.children}
    </a>
  );
}
