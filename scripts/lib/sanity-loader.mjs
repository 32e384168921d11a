// Node module hooks that let plain Node load the Studio's schema and the `sanity` package:
// extensionless relative imports resolve to .ts files, and CSS imports become empty modules.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export async function resolve(specifier, context, nextResolve) {
  if (specifier.endsWith('.css')) {
    return { url: 'data:text/javascript,export default {}', shortCircuit: true };
  }
  if (
    (specifier.startsWith('./') || specifier.startsWith('../')) &&
    context.parentURL?.startsWith('file:')
  ) {
    const parentPath = fileURLToPath(context.parentURL);
    if (!parentPath.includes('/node_modules/')) {
      for (const extension of ['.ts', '.tsx', '/index.ts']) {
        const candidate = new URL(specifier + extension, context.parentURL);
        if (existsSync(candidate)) {
          return nextResolve(candidate.href, context);
        }
      }
    }
  }
  return nextResolve(specifier, context);
}
