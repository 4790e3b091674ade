import { useEffect, useState } from 'preact/hooks';
import { warnOf } from '../shared/failures.ts';
import type { PageTermsReply } from '../shared/messages.ts';
import { isSiteOff, siteKey, type Settings } from '../settings/schema.ts';
import type { SettingsUpdate } from './use-settings.ts';
import { Switch } from './controls.tsx';
import type { PageLink } from './page-link.ts';
import { siteName } from './site-name.ts';

export function PageGlossary({ link, settings, update }: { link: PageLink; settings: Settings; update(patch: SettingsUpdate): void }) {
  const [reply, setReply] = useState<PageTermsReply | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    // A page that does not answer (no content script there) is one Guanhua cannot run on.
    link.terms().then(
      (answer) => live && setReply(answer),
      () => live && setReply(null),
    );
    return () => {
      live = false;
    };
  }, [link, settings.enabled, settings.disabledSites.join(','), JSON.stringify(settings.kinds)]);

  if (reply === undefined) return <p class="muted">Looking at this page…</p>;
  if (reply === null) return <p class="muted">Guanhua cannot run on this page (browser pages and extension stores are closed to extensions).</p>;

  const siteOff = isSiteOff(settings, reply.hostname);
  // A function of the settings as stored when the change is made, so that two popups never undo each other.
  const toggleSite = (on: boolean) =>
    update((current) => {
      const site = siteKey(reply.hostname) ?? reply.hostname;
      const others = current.disabledSites.filter((other) => other !== site);
      return { disabledSites: on ? others : [...others, site] };
    });
  const terms = [...reply.terms].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, 'zh'));

  return (
    <div>
      {reply.hostname && (
        <Switch
          label={`On for ${siteName(reply.hostname)}`}
          hint={siteOff ? 'Off on this site: its pages stay as they are.' : 'Switch off to leave this site alone.'}
          checked={!siteOff}
          disabled={!settings.enabled}
          onChange={toggleSite}
        />
      )}
      {!settings.enabled || siteOff ? (
        <p class="muted">Guanhua is off here.</p>
      ) : reply.state === 'not-chinese' ? (
        <p class="muted">This page has no Chinese text to annotate.</p>
      ) : terms.length === 0 ? (
        <p class="muted">No terms marked on this page yet.</p>
      ) : (
        <ul class="glossary" aria-label="Terms on this page">
          {terms.map((term) => (
            <li key={term.id || term.text}>
              <button type="button" class="glossary__item" onClick={() => {
                  link.reveal(term.id || term.text).catch(warnOf('could not show the term on the page'));
                }} title="Show it on the page">
                <span class="glossary__term" lang="zh-Hans">
                  {term.text}
                </span>
                <span class="glossary__pinyin">{term.pinyin}</span>
                <span class="glossary__gloss">{term.gloss}</span>
                <span class="glossary__count" aria-label={`${term.count} times`}>
                  ×{term.count}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
