import type { StoredDocument } from '../../../sanity/lib/local-dataset';

/**
 * Returns the NDJSON text with `writes` applied: a document whose `_id` is already in the file
 * replaces its line, a new one is appended. Other lines keep their bytes, so a file that needs
 * no writes comes back unchanged.
 */
export function applyWritesToNdjson(text: string, writes: readonly StoredDocument[]): string {
  const pending = new Map(writes.map((document) => [document._id, document]));
  const lines = text.split('\n');
  const trailingNewline = text.endsWith('\n');
  if (trailingNewline) {
    lines.pop();
  }

  const output = lines.map((line) => {
    if (line.trim() === '') {
      return line;
    }
    const id = (JSON.parse(line) as { _id?: unknown })._id;
    const replacement = typeof id === 'string' ? pending.get(id) : undefined;
    if (!replacement || typeof id !== 'string') {
      return line;
    }
    pending.delete(id);
    return JSON.stringify(replacement);
  });
  for (const document of pending.values()) {
    output.push(JSON.stringify(document));
  }

  return output.length === 0 ? '' : `${output.join('\n')}\n`;
}
