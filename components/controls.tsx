// Small labelled controls for the popup: every one reachable by keyboard and named for screen readers.
import type { ComponentChildren } from 'preact';

export function Switch({ label, hint, checked, onChange, disabled = false }: { label: string; hint?: ComponentChildren; checked: boolean; onChange(value: boolean): void; disabled?: boolean }) {
  return (
    <label class="setting">
      <span class="setting__text">
        <span class="setting__name">{label}</span>
        {hint && <span class="setting__hint">{hint}</span>}
      </span>
      <input type="checkbox" role="switch" class="switch" checked={checked} disabled={disabled} onChange={(event) => onChange(event.currentTarget.checked)} />
    </label>
  );
}

export function Choice<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: { value: T; label: string }[]; onChange(value: T): void }) {
  return (
    <fieldset class="choice">
      <legend class="setting__name">{label}</legend>
      <div class="choice__options">
        {options.map((option) => (
          <label key={option.value} class={`choice__option ${option.value === value ? 'is-selected' : ''}`}>
            <input type="radio" name={label} value={option.value} checked={option.value === value} onChange={() => onChange(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="section" aria-label={title}>
      <h2 class="section__title">{title}</h2>
      {children}
    </section>
  );
}
