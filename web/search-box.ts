/**
 * Search box
 *
 * Autocomplete over labels and aliases on the `data-testid="search"` input: suggestions as a
 * listbox (ArrowDown goes to the first item, then on; Enter picks the highlighted item, or the first
 * when none is; a click picks; Escape closes). Picking calls `onPick` with the node key; typing
 * reports the text through `onInput` so it can live in the URL. Namesakes show their kind and their
 * strongest neighbour.
 */

import { el } from './dom.ts';
import { KIND_COLORS, UNKNOWN_COLOR } from './palette.ts';
import { type SearchEntry, type SearchHit, searchEntities } from './search.ts';

export interface SearchBox {
  setIndex(index: SearchEntry[]): void;
  setText(text: string): void;
}

export function attachSearchBox(
  input: HTMLInputElement,
  list: HTMLElement,
  onPick: (key: string) => void,
  onInput: (text: string) => void,
): SearchBox {
  let index: SearchEntry[] = [];
  let hits: SearchHit[] = [];
  /** Highlighted item; -1 until the arrow keys move into the list. */
  let active = -1;

  function close() {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
  }

  function show() {
    hits = searchEntities(index, input.value, 10);
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (hits.length === 0) {
      close();
      if (input.value.trim()) list.append(el('div', { class: 'empty' }, 'No match'));
      list.hidden = !input.value.trim();
      return;
    }
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const color = KIND_COLORS[hit.kind as keyof typeof KIND_COLORS] ?? UNKNOWN_COLOR;
        const item = el(
          'div',
          {
            role: 'option',
            id: `suggestion-${i}`,
            'aria-selected': String(i === active),
            'data-key': hit.key,
          },
          el('span', { class: 'swatch', style: `--c:${color}` }),
          el('span', { class: 'name' }, hit.label),
          hit.context !== undefined
            ? el(
                'span',
                { class: 'via', 'data-testid': 'context' },
                `${hit.kind}${hit.context ? `, with ${hit.context}` : ''}`,
              )
            : null,
          hit.via ? el('span', { class: 'via' }, hit.via) : null,
        );
        // mousedown, not click: it fires before the input loses focus and closes the list.
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(i);
        });
        return item;
      }),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function mark() {
    list.querySelectorAll('[role="option"]').forEach((li, i) => {
      li.setAttribute('aria-selected', String(i === active));
    });
    input.setAttribute('aria-activedescendant', `suggestion-${active}`);
  }

  function pick(i: number) {
    const hit = hits[i];
    if (!hit) return;
    close();
    onPick(hit.key);
  }

  input.addEventListener('input', () => {
    onInput(input.value);
    show();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim()) show();
  });
  input.addEventListener('blur', () => close());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden) show();
      if (!hits.length) return;
      const n = hits.length;
      active = event.key === 'ArrowDown' ? (active + 1) % n : active <= 0 ? n - 1 : active - 1;
      mark();
      event.preventDefault();
    } else if (event.key === 'Enter') {
      if (list.hidden || !hits.length) hits = searchEntities(index, input.value, 10);
      pick(Math.max(0, active));
      event.preventDefault();
    } else if (event.key === 'Escape') {
      close();
    }
  });

  return {
    setIndex(next) {
      index = next;
      if (document.activeElement === input && input.value.trim()) show();
    },
    setText(text) {
      if (input.value !== text) input.value = text;
    },
  };
}
