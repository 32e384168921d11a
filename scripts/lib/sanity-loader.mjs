// Node module hooks that let plain Node load the Studio's schema and the `sanity` package:
// the `@/` path alias and extensionless relative imports resolve to .ts files, as in the app,
// and CSS imports become empty modules.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const projectRoot = new URL('../../', import.meta.url);

function resolveTypeScript(specifier, base) {
  for (const extension of ['', '.ts', '.tsx', '/index.ts']) {
    const candidate = new URL(specifier + extension, base);
    if (extension !== '' || /\.[cm]?[jt]sx?$/.test(specifier)) {
      if (existsSync(candidate)) return candidate.href;
    }
  }
  return null;
}

export async function resolve(specifier, context, nextResolve) {
  if (specifier.endsWith('.css')) {
    return { url: 'data:text/javascript,export default {}', shortCircuit: true };
  }
  if (specifier.startsWith('@/')) {
    const resolved = resolveTypeScript(specifier.slice(2), projectRoot);
    if (resolved) return nextResolve(resolved, context);
  }
  const isRelative = specifier.startsWith('./') || specifier.startsWith('../');
  if (isRelative && context.parentURL?.startsWith('file:')) {
    if (!fileURLToPath(context.parentURL).includes('/node_modules/')) {
      const resolved = resolveTypeScript(specifier, context.parentURL);
      if (resolved) return nextResolve(resolved, context);
    }
  }
  return nextResolve(specifier, context);
}
