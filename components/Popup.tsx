import { ENTRY_KINDS } from '../engine/dictionary-format.ts';
import { PINYIN_SIZE_RANGE } from '../settings/schema.ts';
import { Choice, Section, Switch } from './controls.tsx';
import { activeTabLink, type PageLink } from './page-link.ts';
import { PageGlossary } from './PageGlossary.tsx';
import { kindLabel } from './Tooltip.tsx';
import { useSettings } from './use-settings.ts';
import { WordList } from './WordList.tsx';
import { siteName } from './site-name.ts';

const FIELD_NAMES: Record<string, string> = {
  enabled: 'on/off',
  disabledSites: 'sites switched off',
  pinyinVisible: 'pinyin on/off',
  toneStyle: 'tone style',
  toneColors: 'tone colours',
  pinyinSize: 'pinyin size',
  pinyinScope: 'pinyin scope',
  kinds: 'kinds of term',
  tooltipTrigger: 'tooltip trigger',
  tooltipScript: 'tooltip script',
  annotateScope: 'what to annotate',
};

export function Popup({ link = activeTabLink }: { link?: PageLink }) {
  const { settings, notice, update } = useSettings();

  return (
    <main class="popup">
      <header class="popup__header">
        <div>
          <h1 class="popup__title">
            Guanhua <span lang="zh-Hans">官话</span>
          </h1>
          <p class="popup__tagline">Reading aid for Chinese government news</p>
        </div>
        <input
          type="checkbox"
          role="switch"
          class="switch"
          aria-label="Annotate pages"
          title={settings?.enabled === false ? 'Off for all pages' : 'On for all pages'}
          checked={settings?.enabled ?? false}
          disabled={settings === undefined}
          onChange={(event) => update({ enabled: event.currentTarget.checked })}
        />
      </header>

      {notice.fields.length > 0 && (
        <p class="notice" role="status">
          Some saved settings could not be read and were reset to their defaults: {notice.fields.map((field) => FIELD_NAMES[field] ?? field).join(', ')}.
        </p>
      )}
      {notice.droppedSites.length > 0 && (
        <p class="notice" role="status">
          Some sites switched off could not be read as site names and were left out (the others are kept): {notice.droppedSites.map((site) => `“${site}”`).join(', ')}.
        </p>
      )}

      {settings === undefined ? (
        <p class="muted">Loading…</p>
      ) : (
        <>
          <p class="muted status">{settings.enabled ? 'On for every Chinese page you open.' : 'Off: Guanhua leaves every page as it is.'}</p>
          <Section title="This page">
            <PageGlossary link={link} settings={settings} update={update} />
          </Section>

          <Section title="Pinyin">
            <Switch label="Show pinyin" hint="Also Alt+Shift+P on any page." checked={settings.pinyinVisible} onChange={(pinyinVisible) => update({ pinyinVisible })} />
            <Choice label="Tones" value={settings.toneStyle} options={[{ value: 'marks', label: 'Marks (zhǎng)' }, { value: 'numbers', label: 'Numbers (zhang3)' }]} onChange={(toneStyle) => update({ toneStyle })} />
            <Switch label="Colour by tone" checked={settings.toneColors} onChange={(toneColors) => update({ toneColors })} />
            <label class="setting">
              <span class="setting__name">Pinyin size</span>
              <input
                type="range"
                min={PINYIN_SIZE_RANGE.min}
                max={PINYIN_SIZE_RANGE.max}
                step={PINYIN_SIZE_RANGE.step}
                value={settings.pinyinSize}
                aria-valuetext={`${settings.pinyinSize}%`}
                onInput={(event) => update({ pinyinSize: Number(event.currentTarget.value) })}
              />
              <span class="setting__value">{settings.pinyinSize}%</span>
            </label>
            <Choice label="Pinyin over" value={settings.pinyinScope} options={[{ value: 'terms', label: 'Marked terms' }, { value: 'all', label: 'All Chinese text' }]} onChange={(pinyinScope) => update({ pinyinScope })} />
          </Section>

          <Section title="What to mark">
            <div class="kinds">
              {ENTRY_KINDS.map((kind) => (
                <label key={kind} class="kinds__item">
                  <input type="checkbox" checked={settings.kinds[kind]} onChange={(event) => update({ kinds: { ...settings.kinds, [kind]: event.currentTarget.checked } })} />
                  {kindLabel(kind)}
                </label>
              ))}
            </div>
            <Choice label="Annotate" value={settings.annotateScope} options={[{ value: 'article', label: 'The article' }, { value: 'page', label: 'The whole page' }]} onChange={(annotateScope) => update({ annotateScope })} />
          </Section>

          <Section title="Tooltip">
            <Choice label="Open on" value={settings.tooltipTrigger} options={[{ value: 'hover', label: 'Hover' }, { value: 'click', label: 'Click' }]} onChange={(tooltipTrigger) => update({ tooltipTrigger })} />
            <Choice label="Script" value={settings.tooltipScript} options={[{ value: 'page', label: 'As on the page' }, { value: 'simplified', label: 'Simplified' }, { value: 'traditional', label: 'Traditional' }]} onChange={(tooltipScript) => update({ tooltipScript })} />
          </Section>

          {settings.disabledSites.length > 0 && (
            <Section title="Sites switched off">
              <ul class="sites">
                {settings.disabledSites.map((site) => (
                  <li key={site}>
                    {siteName(site)}
                    <button type="button" class="icon-button" aria-label={`Switch Guanhua back on for ${siteName(site)}`} title="Switch back on" onClick={() => update((current) => ({ disabledSites: current.disabledSites.filter((other) => other !== site) }))}>
                      ✕
                    </button>
                  </li>
                ))}
              </ul>
            </Section>
          )}

          <Section title="Word list">
            <WordList />
          </Section>

          <Section title="About">
            <p class="muted about">
              Guanhua's dictionary is its own, built from official documents. The word-by-word readings of phrases it does not list use
              CC-CEDICT (cc-cedict.org, published by MDBG, CC BY-SA 4.0), shipped as a separate file; Guanhua's dictionary is not derived
              from it.
            </p>
          </Section>
        </>
      )}
    </main>
  );
}
