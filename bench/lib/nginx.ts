// nginx as the static-file baseline: found on this machine, configured in a directory of its own
// and run in the foreground as a child of the benchmark, never as the system service.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { nginxConfig } from './nginx-config.ts';
import { childPids } from './process-memory.ts';
import { stopOnExit } from './stop-on-exit.ts';

const START_TIMEOUT_MS = 10_000;

/** Debian installs nginx in /usr/sbin, which is not on an unprivileged user's PATH. */
const EXTRA_SEARCH_DIRECTORIES = ['/usr/sbin', '/usr/local/sbin'];

export class NginxNotFoundError extends Error {
  /** `where` names what was searched, for example "PATH or /usr/sbin, /usr/local/sbin". */
  constructor(where: string) {
    super(
      [
        `nginx was not found in ${where}.`,
        'Install it from Debian: sudo apt-get update && sudo apt-get install -y nginx',
        'Leave the system service stopped: this benchmark starts its own nginx process on 127.0.0.1.',
        'To use another build of nginx, set NGINX_BIN to its path.',
      ].join('\n'),
    );
    this.name = 'NginxNotFoundError';
  }
}

export class NginxStartError extends Error {
  constructor(message: string, output: string, options?: ErrorOptions) {
    super(`${message}\nnginx output:\n${output || '(none)'}`, options);
    this.name = 'NginxStartError';
  }
}

/** Returns the path of the nginx binary, from NGINX_BIN or the search path. */
export function findNginx(): string {
  const configured = process.env.NGINX_BIN?.trim();
  const directories = [
    ...(process.env.PATH ?? '').split(path.delimiter),
    ...EXTRA_SEARCH_DIRECTORIES,
  ];
  const candidates = configured
    ? [configured]
    : directories.filter(Boolean).map((directory) => path.join(directory, 'nginx'));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here or not executable: try the next directory.
    }
  }
  throw new NginxNotFoundError(
    configured
      ? `NGINX_BIN (${configured} is not an executable file)`
      : `PATH or ${EXTRA_SEARCH_DIRECTORIES.join(', ')}`,
  );
}

/** Returns what `nginx -v` prints, for example "nginx/1.22.1". */
export function nginxVersion(binary: string): string {
  const result = spawnSync(binary, ['-v'], { encoding: 'utf8' });
  return /nginx\/[\w.]+/.exec(`${result.stderr}${result.stdout}`)?.[0] ?? 'unknown';
}

export type StartedNginx = {
  baseUrl: string;
  pid: number;
  /** Worker processes under the master, counted from /proc. */
  workerCount: () => number;
  stop: () => Promise<void>;
};

/**
 * Starts nginx with the configuration of `nginxConfig` in `directory`, and resolves once it
 * serves `/` with status 200.
 */
export async function startNginx(
  binary: string,
  directory: string,
  htmlRoot: string,
  port: number,
): Promise<StartedNginx> {
  const configFile = path.join(directory, 'nginx.conf');
  mkdirSync(directory, { recursive: true });
  writeFileSync(configFile, nginxConfig(directory, htmlRoot, port));

  // -e sets the error log used before the configuration is read, which is otherwise
  // /var/log/nginx/error.log; -p keeps relative paths inside the directory.
  const child = spawn(
    binary,
    ['-p', directory, '-c', configFile, '-e', path.join(directory, 'error.log')],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const pid = child.pid;
  if (pid === undefined) {
    throw new NginxStartError(`Failed to start ${binary}.`, output);
  }
  const untrack = stopOnExit(pid, 'nginx');

  const stop = () =>
    new Promise<void>((resolve) => {
      untrack();
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      // SIGTERM is nginx's fast shutdown: the master stops its workers, then exits.
      child.kill('SIGTERM');
    });

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForStatus200(`${baseUrl}/`, child);
  } catch (error) {
    await stop();
    throw new NginxStartError(`nginx failed to serve ${baseUrl}/.`, output, { cause: error });
  }
  return { baseUrl, pid, workerCount: () => childPids(pid).length, stop };
}

async function waitForStatus200(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`nginx exited with code ${child.exitCode}`);
    }
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
      throw new Error(`GET ${url} returned ${response.status}`);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      // A TypeError from fetch is a refused connection: nginx is not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out after ${START_TIMEOUT_MS / 1000} s`);
}
