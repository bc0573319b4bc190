import { useEffect, useId, useRef, type ReactNode } from 'react';
import { IconClose } from './Icons.tsx';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  closeLabel: string;
  children: ReactNode;
  footer?: ReactNode;
  size?: 'small' | 'medium';
  className?: string;
}

/**
 * A modal on the native <dialog>: the browser traps focus, Escape closes it (the `cancel` event)
 * and focus returns to whatever opened it.
 */
export function Dialog({
  open,
  title,
  onClose,
  closeLabel,
  children,
  footer,
  size = 'medium',
  className,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const el = ref.current;
    if (!open || !el) return;
    const opener = document.activeElement as HTMLElement | null;
    if (!el.open) el.showModal();
    return () => {
      if (el.open) el.close();
      opener?.focus?.();
    };
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${size} ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        if (e.target === ref.current) onClose(); // a click on the backdrop
      }}
    >
      {open && (
        <div className="dialog-inner">
          <header className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="icon-button" onClick={onClose} aria-label={closeLabel}>
              <IconClose />
            </button>
          </header>
          <div className="dialog-body">{children}</div>
          {footer && <footer className="dialog-footer">{footer}</footer>}
        </div>
      )}
    </dialog>
  );
}
