import { NOT_FOUND_TITLE } from '@/lib/site';

import { RecoveryLinks } from './RecoveryLinks';

/** Tells the visitor that no page exists at the address, and how to go on. */
export function NotFoundMessage() {
  return (
    <div className="status-message">
      <p className="status-message__code">Error 404</p>
      <h1>{NOT_FOUND_TITLE}</h1>
      <p>There is no page at this address. The link may be mistyped, or the page may have moved.</p>
      <RecoveryLinks />
    </div>
  );
}
