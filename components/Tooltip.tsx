// The explanation of one marked term: what the tooltip shows on hover, focus or tap.
import type { TooltipContent } from '../shared/tooltip.ts';


export interface TooltipProps {
  content: TooltipContent;
  canSpeak: boolean;
  saved: boolean;
  onSpeak(): void;
  onSave(): void;
}

const KIND_LABELS: Record<string, string> = {
  title: 'Official title',
  body: 'Government or Party body',
  slogan: 'Policy slogan',
  formula: 'Numbered formula',
  person: 'Person',
  place: 'Place',
  idiom: 'Idiom',
  other: 'News vocabulary',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind;
}

export function Tooltip({ content, canSpeak, saved, onSpeak, onSave }: TooltipProps) {
  return (
    <div class="card" role="tooltip" lang="en">
      <div class="head">
        <div>
          <div class="term" lang="zh-Hans">
            {content.term}
            {content.asOnPage && content.asOnPage !== content.term && (
              <span class="traditional" lang="zh-Hant">
                {' '}
                {content.asOnPage}
              </span>
            )}
          </div>
          <div class="pinyin">{content.pinyin}</div>
        </div>
        <div class="actions">
          {canSpeak && (
            <button type="button" class="action" onClick={onSpeak} aria-label={`Say ${content.term} aloud`} title="Say it aloud">
              🔊
            </button>
          )}
          <button
            type="button"
            class="action"
            onClick={onSave}
            disabled={saved}
            aria-label={saved ? 'Saved to your word list' : `Save ${content.term} to your word list`}
            title={saved ? 'Saved to your word list' : 'Save to word list'}
          >
            {saved ? '✓' : '＋'}
          </button>
        </div>
      </div>
      <div class="kind">
        {kindLabel(content.kind)}
        {content.notInDictionary && " · not in Guanhua's dictionary"}
      </div>
      {content.gloss && <div class="gloss">{content.gloss}</div>}
      {content.glossBy && <div class="gloss-by">Official rendering ({content.glossBy})</div>}
      {content.role && (
        <div class="row">
          <span class="label">Role</span> <span lang="zh-Hans">{content.role}</span>
        </div>
      )}
      {content.composedFrom && (
        <div class="row">
          <span class="label">Put together from</span>{' '}
          {content.composedFrom.map((part, index) => (
            <span key={index}>
              {index > 0 && ' + '}
              <span lang="zh-Hans">{part.text}</span> {part.english}
            </span>
          ))}
        </div>
      )}
      {content.literal && (
        <div class="row">
          <span class="label">Literally</span> {content.literal}
        </div>
      )}
      {content.words && content.words.length > 0 && (
        <div class="row words">
          <span class="label">Word by word</span>
          <ul>
            {content.words.map((word, index) => (
              <li key={index}>
                <span lang="zh-Hans">{word.text}</span> <span class="word-pinyin">{word.pinyin}</span> {word.gloss || '(in neither dictionary)'}
                {word.from === 'guanhua' && <span class="source"> · Guanhua</span>}
              </li>
            ))}
          </ul>
          {content.words.some((word) => word.from === 'cc-cedict') && (
            <div class="source credit">{content.words.some((word) => word.from === 'guanhua') ? 'Other words' : 'Words'}: CC-CEDICT (CC BY-SA 4.0)</div>
          )}
        </div>
      )}
      {content.wordsLoading && (
        <p class="explanation loading" aria-busy="true">
          Looking up the words…
        </p>
      )}
      {content.explanation && <p class="explanation">{content.explanation}</p>}
      {content.loading && (
        <p class="explanation loading" aria-busy="true">
          Loading the explanation…
        </p>
      )}
      {content.example && (
        <div class="example">
          <span class="label">As used in</span>{' '}
          <span lang="zh-Hans">{content.example.sentence}</span>
          <span class="source">
            {' '}
            — {content.example.source}, {content.example.date}
          </span>
        </div>
      )}
      {content.related && content.related.length > 0 && (
        <div class="row">
          <span class="label">Related</span> <span lang="zh-Hans">{content.related.join('、')}</span>
        </div>
      )}
    </div>
  );
}
