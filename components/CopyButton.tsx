import { feedbackLabel, useCopyFeedback } from './useCopyFeedback';

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
  const { outcome, run } = useCopyFeedback();
  const onClick = async () => {
    const ok = await run(() => (html ? copy(text(), html()) : copy(text())));
    onCopied?.(ok);
  };
  return (
    <button
      type="button"
      class={`copy ${className ?? ''} ${outcome === 'idle' ? '' : outcome}`.trim()}
      aria-label={ariaLabel ?? label}
      onClick={onClick}
    >
      {feedbackLabel(outcome, label)}
    </button>
  );
}
