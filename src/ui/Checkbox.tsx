// One NHS.UK checkbox: a native input with its label. Every on/off choice in the app uses it,
// so they all look, label and behave the same.
import type {ReactNode} from 'react';

interface CheckboxProps {
  id: string;
  checked: boolean;
  onChange(checked: boolean): void;
  label: ReactNode;
  disabled?: boolean;
}

/** One checkbox item, for a group that holds several. */
export function CheckboxItem({id, checked, onChange, label, disabled}: CheckboxProps) {
  return (
    <div className="nhsuk-checkboxes__item">
      <input
        className="nhsuk-checkboxes__input"
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}

/** A checkbox on its own, in its small NHS.UK group. */
export function Checkbox({className, ...props}: CheckboxProps & {className?: string}) {
  return (
    <div className={`nhsuk-checkboxes nhsuk-checkboxes--small${className ? ` ${className}` : ''}`}>
      <CheckboxItem {...props} />
    </div>
  );
}
