import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';

/** Writes to the clipboard; with `html`, rich text beside the plain text where the browser allows. */
export type CopyText = (text: string, html?: string) => Promise<void>;

interface Props {
  text: () => string;
  /** Rich form of the same content, for editors that paste HTML. */
  html?: () => string;
  copy: CopyText;
  label: string;
  /** What a screen reader hears; defaults to the visible label. */
  ariaLabel?: string;
  onCopied?: (ok: boolean) => void;
  class?: string;
}

/** A button that copies, then says "Copied" (or "Copy failed") for a moment in place. */
export function CopyButton({ text, html, copy, label, ariaLabel, onCopied, class: className }: Props) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const onClick = async () => {
    let ok = true;
    try {
      await (html ? copy(text(), html()) : copy(text()));
    } catch {
      ok = false;
    }
    setState(ok ? 'copied' : 'failed');
    onCopied?.(ok);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 1600);
  };
  return (
    <button type="button" class={`copy ${className ?? ''} ${state}`.trim()} aria-label={ariaLabel ?? label} onClick={onClick}>
      {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : label}
    </button>
  );
}
