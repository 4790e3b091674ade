import { enabledItem } from '../settings/items.ts';
import { useStoredValue } from './use-stored-value.ts';

export function Popup() {
  const enabled = useStoredValue(enabledItem);

  return (
    <main class="popup">
      <header class="popup__header">
        <h1 class="popup__title">
          Guanhua <span lang="zh-Hans">官话</span>
        </h1>
        <p class="popup__tagline">Reading aid for Chinese government news</p>
      </header>

      <label class="setting">
        <span class="setting__text">
          <span class="setting__name">Annotate pages</span>
          <span class="setting__hint">
            {enabled === undefined
              ? 'Loading…'
              : enabled
                ? 'On for every Chinese page you open.'
                : 'Guanhua leaves every page as it is.'}
          </span>
        </span>
        <input
          type="checkbox"
          role="switch"
          class="setting__switch"
          checked={enabled ?? false}
          disabled={enabled === undefined}
          onChange={(event) => void enabledItem.setValue(event.currentTarget.checked)}
        />
      </label>
    </main>
  );
}
