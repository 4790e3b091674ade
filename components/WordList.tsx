import { useEffect, useRef, useState } from 'preact/hooks';
import { warnOf } from '../shared/failures.ts';
import type { SavedWord } from '../settings/saved-word.ts';
import { addWords, getWordList, removeWord, watchWordList } from '../settings/word-list.ts';
import { parseCsv, toAnkiTsv, toCsv, type ImportError } from '../settings/word-list-files.ts';

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export function WordList() {
  const [words, setWords] = useState<SavedWord[] | undefined>(undefined);
  const [message, setMessage] = useState<string>('');
  const [errors, setErrors] = useState<ImportError[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    getWordList().then(
      (list) => live && setWords(list),
      (error: unknown) => {
        warnOf('could not read the word list')(error);
        if (live) setMessage('The word list could not be read.');
      },
    );
    const unwatch = watchWordList((list) => setWords(list));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const importFile = async (file: File | undefined) => {
    setErrors([]);
    setMessage('');
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setErrors([{ row: 0, problem: 'the file is larger than 5 MB' }]);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setErrors([{ row: 0, problem: 'the file could not be read' }]);
      return;
    }
    const parsed = parseCsv(text);
    if (parsed.errors.length > 0) {
      setErrors(parsed.errors);
      return;
    }
    let added: number;
    try {
      added = await addWords(parsed.words);
    } catch (error) {
      warnOf('could not import the words')(error);
      setErrors([{ row: 0, problem: 'the words could not be saved (the list is as it was)' }]);
      return;
    }
    const merged = parsed.words.length - added;
    setMessage(`Imported ${added} word${added === 1 ? '' : 's'}${merged > 0 ? ` (${merged} already in the list)` : ''}.`);
  };

  if (words === undefined) return <p class="muted">Loading…</p>;
  return (
    <div>
      {words.length === 0 ? (
        <p class="muted">No saved words yet. Save a term with ＋ in its tooltip.</p>
      ) : (
        <ul class="words" aria-label="Saved words">
          {words.map((word) => (
            <li key={word.term} class="words__item">
              <div class="words__main">
                <span class="words__term" lang="zh-Hans">
                  {word.term}
                </span>{' '}
                <span class="words__pinyin">{word.pinyin}</span>
                <div class="words__gloss">{word.gloss}</div>
                {word.sentence && (
                  <div class="words__sentence" lang="zh-Hans" title={`${word.pageTitle} — ${word.url}`}>
                    {word.sentence}
                  </div>
                )}
                <div class="words__source">
                  {word.pageTitle || word.url} · {word.savedAt.slice(0, 10)}
                </div>
              </div>
              <button type="button" class="icon-button" aria-label={`Remove ${word.term}`} title="Remove" onClick={() => {
                  removeWord(word.term).catch(() => setMessage(`${word.term} could not be removed.`));
                }}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="buttons">
        <button type="button" class="button" disabled={words.length === 0} onClick={() => download('guanhua-words.csv', toCsv(words), 'text/csv')}>
          Export CSV
        </button>
        <button type="button" class="button" disabled={words.length === 0} onClick={() => download('guanhua-anki.txt', toAnkiTsv(words), 'text/tab-separated-values')}>
          Export for Anki
        </button>
        <button type="button" class="button" onClick={() => fileInput.current?.click()}>
          Import CSV…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,text/csv"
          class="visually-hidden"
          aria-label="Import a CSV word list"
          onChange={(event) => {
            importFile(event.currentTarget.files?.[0]).catch(warnOf('could not import the file'));
            event.currentTarget.value = '';
          }}
        />
      </div>
      {message && (
        <p class="ok" role="status">
          {message}
        </p>
      )}
      {errors.length > 0 && (
        <div class="error" role="alert">
          Nothing was imported; your list is unchanged. Fix these rows and try again:
          <ul>
            {errors.slice(0, 20).map((error) => (
              <li key={`${error.row}-${error.problem}`}>{error.row > 0 ? `Row ${error.row}: ${error.problem}` : error.problem}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
