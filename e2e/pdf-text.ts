import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfSummary = {
  pageCount: number;
  /** All text, with runs of whitespace (including line breaks) collapsed to one space. */
  text: string;
  title: string | null;
  author: string | null;
};

/** Extracts page count, text and metadata from a PDF with pdf.js. */
export async function readPdf(data: Uint8Array): Promise<PdfSummary> {
  const loadingTask = getDocument({ data, useSystemFonts: false });
  const document = await loadingTask.promise;
  try {
    const parts: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      for (const item of content.items) {
        if ('str' in item) parts.push(item.str, item.hasEOL ? ' ' : '');
      }
      parts.push(' ');
    }
    const { info } = (await document.getMetadata()) as {
      info: { Title?: string; Author?: string };
    };
    return {
      pageCount: document.numPages,
      text: parts.join('').replace(/\s+/g, ' '),
      title: info.Title ?? null,
      author: info.Author ?? null,
    };
  } finally {
    await loadingTask.destroy();
  }
}
