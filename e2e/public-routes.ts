// The public pages that the accessibility, HTML validity, security and Studio-separation tests
// visit. A new public page joins every one of those checks by being added here.

export type PublicRoute = {
  /** Path and query string, relative to the server under test. */
  path: string;
  /** The HTTP status the server must return. */
  status: 200 | 404;
};

export const PUBLIC_ROUTES: readonly PublicRoute[] = [
  { path: '/', status: 200 },
  { path: '/publications', status: 200 },
  { path: '/publications?area=computer-architecture', status: 200 },
  { path: '/publications/mesa', status: 200 },
  { path: '/cv', status: 200 },
  { path: '/cv?view=short', status: 200 },
  { path: '/search?q=sparsity', status: 200 },
  { path: '/posts', status: 200 },
  { path: '/posts/archgym', status: 200 },
  { path: '/research', status: 200 },
  { path: '/research/computer-architecture', status: 200 },
  { path: '/honors', status: 200 },
  { path: '/media', status: 200 },
  // A URL that matches no route, and one whose page calls notFound() inside the site layout.
  { path: '/no-such-page', status: 404 },
  { path: '/publications/no-such-publication', status: 404 },
];

export const PUBLIC_PATHS: readonly string[] = PUBLIC_ROUTES.map((route) => route.path);
