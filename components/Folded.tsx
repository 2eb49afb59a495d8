// A long list shows its first items and folds the rest behind one button: what is folded stays
// one click away (and in every export, which reads the digest, not the screen).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';

interface Props<T> {
  items: T[];
  /** How many items show before the fold. */
  lead: number;
  render: (item: T, index: number) => ComponentChildren;
  /** The list element's class ("quotes", "positions"). */
  listClass: string;
  ordered?: boolean;
  onKeyDown?: (event: KeyboardEvent) => void;
}

export function Folded<T>({ items, lead, render, listClass, ordered, onKeyDown }: Props<T>) {
  const [open, setOpen] = useState(false);
  // folding one or two items saves nothing: show them
  const folds = items.length > lead + 2;
  const shown = folds && !open ? items.slice(0, lead) : items;
  const List = ordered ? 'ol' : 'ul';
  return (
    <>
      <List class={listClass} onKeyDown={onKeyDown}>
        {shown.map((item, i) => render(item, i))}
      </List>
      {folds && (
        <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('showFewer') : t('showAll', items.length)}
        </button>
      )}
    </>
  );
}
