import { defineConfig } from 'html-validate';

// Rules for the served HTML of every public page, checked by e2e/html-validity.test.ts. The base
// is html-validate's recommended preset. Each change below either keeps a rule on and requires the
// form that React writes, or turns the rule off and gives the reason.
export default defineConfig({
  extends: ['html-validate:recommended'],
  rules: {
    // React writes some attributes in camelCase (charSet, fetchPriority, noModule, maxLength).
    // HTML attribute names are case-insensitive, and the rule has no setting that accepts both.
    'attr-case': 'off',

    // React closes every void element as <meta />, and writes boolean and empty attributes as
    // async="" and hidden="". HTML allows each form, so the rules require React's form throughout.
    'void-style': ['error', { style: 'selfclose' }],
    'attribute-boolean-style': ['error', { style: 'empty' }],
    'attribute-empty-style': ['error', { style: 'empty' }],

    // React's useId makes ids such as "_R_1_". HTML allows any non-empty id without spaces, and
    // the relaxed setting checks exactly that. The strict one also requires a letter first.
    'valid-id': ['error', { relaxed: true }],

    // The explorer's checkboxes for one filter share a name, so the GET form sends each ticked
    // value as area=…&area=…, like the radio buttons that the rule allows by default.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],

    // Publication titles often pass 70 characters on their own, and a page's <title> keeps the
    // whole title for tabs, bookmarks and screen readers rather than cutting it.
    'long-title': 'off',
  },
});
