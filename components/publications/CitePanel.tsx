'use client';

import { useId, useRef, useState } from 'react';

import type { CitationFormats } from '@/lib/citation/types';
import { useHydrated } from '@/lib/use-hydrated';

const FORMATS = [
  { value: 'bibtex', label: 'BibTeX' },
  { value: 'apa', label: 'APA' },
  { value: 'ieee', label: 'IEEE' },
  { value: 'cslJson', label: 'CSL-JSON' },
] as const satisfies readonly { value: keyof CitationFormats; label: string }[];

type FormatValue = (typeof FORMATS)[number]['value'];

type Props = {
  /** The citation in every format, formatted on the server. */
  citations: CitationFormats;
  /** Address of the publication's BibTeX file. */
  bibtexHref: string;
};

/**
 * Renders the Cite button, a link to the BibTeX file and the panel the button opens: a format
 * choice, the citation as selectable text and a Copy button. Copying uses the Clipboard API; where it is
 * missing or refused, the text is selected so the visitor can copy it with the keyboard.
 */
export function CitePanel({ citations, bibtexHref }: Props) {
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<FormatValue>('bibtex');
  const [status, setStatus] = useState('');
  const textRef = useRef<HTMLPreElement>(null);
  const panelId = useId();
  const selectId = useId();
  const hydrated = useHydrated();

  const label = FORMATS.find((option) => option.value === format)?.label ?? format;

  async function copy() {
    const text = citations[format];
    try {
      if (!navigator.clipboard?.writeText) {
        throw new Error('The Clipboard API is not available.');
      }
      await navigator.clipboard.writeText(text);
      setStatus(`Copied the ${label} citation.`);
    } catch {
      selectText(textRef.current);
      setStatus('Copying is not available here. The text is selected: press Ctrl+C or ⌘C.');
    }
  }

  return (
    <div className="cite">
      <button
        type="button"
        className={hydrated ? 'button' : 'button button--pending'}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        Cite
      </button>{' '}
      {/* Outside the panel, so the BibTeX file is reachable without JavaScript too. */}
      <a href={bibtexHref} download>
        Download .bib
      </a>
      <div id={panelId} className="cite__panel" hidden={!open}>
        <label htmlFor={selectId}>Format</label>{' '}
        <select
          id={selectId}
          value={format}
          onChange={(event) => {
            setFormat(event.target.value as FormatValue);
            setStatus('');
          }}
        >
          {FORMATS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <pre ref={textRef} className="cite__text" tabIndex={0} aria-label={`${label} citation`}>
          {citations[format]}
        </pre>
        <button type="button" className="button" onClick={() => void copy()}>
          Copy
        </button>
        <p role="status" className="cite__status">
          {status}
        </p>
      </div>
    </div>
  );
}

function selectText(element: HTMLElement | null) {
  const selection = typeof window === 'undefined' ? null : window.getSelection();
  if (element && selection) {
    selection.selectAllChildren(element);
  }
}
