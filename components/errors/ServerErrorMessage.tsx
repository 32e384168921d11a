'use client';

import { RecoveryLinks } from './RecoveryLinks';

type Props = {
  /** Called by the Try again button, which is left out when this is missing. */
  onRetry?: () => void;
};

/** Tells the visitor that the page failed on the server, and how to go on. */
export function ServerErrorMessage({ onRetry }: Props) {
  return (
    <div className="status-message" role="alert">
      <h1>This page could not be loaded</h1>
      <p>
        Something went wrong on our side while preparing this page. The address is right, so trying
        again in a moment may work.
      </p>
      {onRetry ? (
        <p>
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        </p>
      ) : null}
      <RecoveryLinks />
    </div>
  );
}
