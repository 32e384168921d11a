import { CODE_LANGUAGES, optionTitle } from '@/sanity/schemaTypes/constants';

// The language becomes a class name, so only characters that class names use pass.
const LANGUAGE_PATTERN = /^[a-z0-9+#-]{1,32}$/;

/** Renders a `code` block as preformatted text; renders nothing when the code is empty. */
export function CodeBlock({ value }: { value: { language?: unknown; code?: unknown } }) {
  const code = typeof value.code === 'string' ? value.code.replace(/\s+$/, '') : '';
  if (code === '') {
    return null;
  }

  const language =
    typeof value.language === 'string' && LANGUAGE_PATTERN.test(value.language)
      ? value.language
      : null;
  const label = language ? (optionTitle(CODE_LANGUAGES, language) ?? language) : null;

  return (
    <figure className="code-block">
      {label ? <figcaption className="code-block__language">{label}</figcaption> : null}
      <pre>
        <code className={language ? `language-${language}` : undefined}>{code}</code>
      </pre>
    </figure>
  );
}
