/**
 * A real link (it opens in a new tab, can be copied and bookmarked) that moves within
 * the page on a plain click instead of loading it again: for views kept in the URL
 * (src/state/url-state.ts).
 */
import type { JSX } from 'solid-js';

export default function PageLink(props: { href: string; onNavigate: () => void; class?: string; 'aria-current'?: 'page' | undefined; children: JSX.Element }) {
  return (
    <a
      href={props.href}
      class={props.class}
      aria-current={props['aria-current']}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        props.onNavigate();
      }}
    >
      {props.children}
    </a>
  );
}
