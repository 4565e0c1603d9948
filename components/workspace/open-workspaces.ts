/**
 * The workspaces open on this page, so that signing out can first send what their autosave
 * holds, then stop them from writing their draft back (a save on the page being hidden
 * would otherwise store it again after it was removed).
 */
export interface OpenWorkspace {
  flush(): Promise<unknown>;
  detach(): void;
}

const open = new Set<OpenWorkspace>();

export function registerOpenWorkspace(workspace: OpenWorkspace): () => void {
  open.add(workspace);
  return () => open.delete(workspace);
}

/** Sends what each open workspace has not sent yet; gives up after `timeoutMs` (a server that does not answer). */
export async function flushOpenWorkspaces(timeoutMs = 5000): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  const flushes = Promise.all([...open].map((workspace) => workspace.flush().catch(() => undefined)));
  await Promise.race([flushes, timeout]);
  clearTimeout(timer);
}

export function detachOpenWorkspaces(): void {
  for (const workspace of open) workspace.detach();
}
