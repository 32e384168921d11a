import 'server-only';

import { createHash } from 'node:crypto';

import { renderToBuffer } from '@react-pdf/renderer';
import { createElement } from 'react';

import { CvPdf } from '@/components/cv/CvPdf';

import { canonicalJson } from './canonical-json';
import type { Cv } from './cv';
import { ValueCache } from './value-cache';

/** Rendered PDFs kept per content version; two views with a few edits between builds fit. */
const MAX_CACHED_PDFS = 4;

const rendered = new ValueCache<Buffer>(MAX_CACHED_PDFS);

/**
 * Renders the CV to PDF, reusing the last rendering of identical content. The content itself is
 * cached and refreshed with the content layer's tags, so an edit changes the key and renders anew.
 */
export function renderCvPdf(cv: Cv): Promise<Buffer> {
  const key = createHash('sha256').update(canonicalJson(cv)).digest('hex');
  return rendered.get(key, () =>
    renderToBuffer(createElement(CvPdf, { cv }) as Parameters<typeof renderToBuffer>[0]),
  );
}

// Letters that Unicode normalization does not split into a base letter and an accent.
const ASCII_LETTERS: Record<string, string> = {
  Ł: 'L',
  ł: 'l',
  Ø: 'O',
  ø: 'o',
  Đ: 'D',
  đ: 'd',
  ß: 'ss',
  Æ: 'AE',
  æ: 'ae',
  Œ: 'OE',
  œ: 'oe',
  Þ: 'Th',
  þ: 'th',
  ð: 'd',
  ı: 'i',
};

/** Names the download after the CV's owner in ASCII, e.g. "Amir-Yazdanbakhsh-CV.pdf". */
export function cvFileName(cv: Cv): string {
  const base = cv.name
    .replace(/[ŁłØøĐđßÆæŒœÞþðı]/g, (letter) => ASCII_LETTERS[letter] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const suffix = cv.view === 'short' ? 'CV-short' : 'CV';
  return `${base || 'curriculum-vitae'}-${suffix}.pdf`;
}
