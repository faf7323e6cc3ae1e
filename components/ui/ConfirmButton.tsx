import { useState } from 'react';
import { Button } from './Button';

interface Props {
  /** The button's text, e.g. "Delete". */
  label: string;
  /** What is asked once it is pressed, e.g. "Delete “Late parcel”?". */
  question: string;
  /** The button that does it, e.g. "Yes, delete". */
  confirmLabel: string;
  onConfirm: () => void;
}

/** A destructive action that asks first, in place (no browser dialog). */
export function ConfirmButton({ label, question, confirmLabel, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button variant="danger" onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <span className="confirm-inline" role="group" aria-label={question}>
      <span>{question}</span>
      <Button
        variant="danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </Button>
      <Button variant="ghost" onClick={() => setAsking(false)}>
        Cancel
      </Button>
    </span>
  );
}
