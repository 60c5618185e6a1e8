// Serves the production build once for the whole e2e run and hands its URL to the tests.
// BUILD_DIR (default `build`) must already hold a `docusaurus build` output: `npm test` builds it first.
import {spawn, type ChildProcess} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createServer} from 'node:net';
import path from 'node:path';
import type {TestProject} from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin plus the site's baseUrl, without a trailing slash, e.g. `http://127.0.0.1:41234`. */
    baseUrl: string;
    /** Absolute path of the served build, for reading sitemap.xml and friends. */
    buildDir: string;
  }
}

const SERVER_START_TIMEOUT_MS = 60_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not get a free port'));
      });
    });
  });
}

async function waitUntilServing(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`docusaurus serve exited (${child.exitCode ?? child.signalCode}):\n${log()}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`docusaurus serve did not answer ${url} within ${SERVER_START_TIMEOUT_MS} ms:\n${log()}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = process.cwd();
  const buildDir = path.resolve(root, process.env.BUILD_DIR ?? 'build');
  if (!existsSync(path.join(buildDir, 'index.html'))) {
    throw new Error(`No production build in ${buildDir}. Run \`npm run build\` first (or set BUILD_DIR).`);
  }

  const port = await freePort();
  // The build was made with BASE_URL (default '/'); the server serves it under that same path.
  const basePath = (process.env.BASE_URL ?? '/').replace(/\/+$/, '');
  const baseUrl = `http://127.0.0.1:${port}${basePath}`;

  const docusaurusBin = path.join(root, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');
  let output = '';
  const child = spawn(
    process.execPath,
    [docusaurusBin, 'serve', '--dir', buildDir, '--host', '127.0.0.1', '--port', String(port), '--no-open'],
    {cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, BROWSER: 'none'}},
  );
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const running = (): boolean => child.exitCode === null && child.signalCode === null;
  const signalGroup = (signal: NodeJS.Signals): void => {
    try {
      // detached: the server leads its own process group, so this reaches it and anything it started.
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const stop = async (): Promise<void> => {
    if (!running()) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    signalGroup('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (running()) signalGroup('SIGKILL');
  };

  try {
    await waitUntilServing(`${baseUrl}/`, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }

  project.provide('baseUrl', baseUrl);
  project.provide('buildDir', buildDir);
  return stop;
}
