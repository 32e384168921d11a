import { NotFoundMessage } from '@/components/errors/NotFoundMessage';

// Next.js renders this, inside the site layout, when a page under app/(site) calls notFound().
// URLs that match no route get app/not-found.tsx instead, which adds the site frame itself.
export default function SiteNotFound() {
  return <NotFoundMessage />;
}
