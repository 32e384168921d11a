// Stands in for `next/headers` in Jest, where there is no request. Only draft mode is needed.
let draftModeEnabled = false;

export function setDraftMode(enabled: boolean): void {
  draftModeEnabled = enabled;
}

export async function draftMode() {
  return {
    isEnabled: draftModeEnabled,
    enable: () => setDraftMode(true),
    disable: () => setDraftMode(false),
  };
}
