/**
 * `npm run preview`: builds the browser preview (webpack, production) into dist/preview — unless
 * the build there is newer than every source it comes from — and serves it with the bundled sample
 * on http://127.0.0.1:$PORT/ (default 3100; PORT=0 picks a free port). The URL is the only line
 * on stdout; the build's own output goes to stderr.
 *
 *   npm run preview                 build if needed, then serve
 *   npm run preview -- --rebuild    always build
 *   npm run preview -- --build-only build if needed, do not serve
 *
 * The server is a few lines of node:http on the loopback interface: GET and HEAD of the built
 * files and /sample.xlsx (examples/sample.xlsx), nothing else. The end-to-end tests use the same
 * functions.
 */
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

export const ROOT = resolve(__dirname, '..');
export const PREVIEW_DIR = join(ROOT, 'dist', 'preview');
export const SAMPLE_FILE = join(ROOT, 'examples', 'sample.xlsx');
export const DEFAULT_PORT = 3100;
const CONFIG = join(ROOT, 'webpack.preview.config.js');

// The CSP lives in the webpack config (it also goes into the page's <meta>); load it as webpack does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CONTENT_SECURITY_POLICY } = require(CONFIG) as { CONTENT_SECURITY_POLICY: string };

/** Everything the bundle is built from: a change to any of them makes the build stale. */
const INPUT_DIRS = ['src', 'assets'];
const INPUT_FILES = ['webpack.preview.config.js', 'package-lock.json', 'tsconfig.json'];

async function newestIn(dir: string): Promise<number> {
  // A directory's own time changes when a file in it is added, renamed or deleted.
  let newest = (await stat(dir)).mtimeMs;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? await newestIn(path) : (await stat(path)).mtimeMs;
    newest = Math.max(newest, mtime);
  }
  return newest;
}

/** The latest modification time of any input of the build. */
export async function newestInput(root = ROOT): Promise<number> {
  const dirs = await Promise.all(INPUT_DIRS.map((d) => newestIn(join(root, d))));
  const files = await Promise.all(INPUT_FILES.map(async (f) => (await stat(join(root, f))).mtimeMs));
  return Math.max(...dirs, ...files);
}

/** True when dist/preview/index.html is newer than every input (index.html is written last). */
export async function isBuildFresh(root = ROOT): Promise<boolean> {
  try {
    const built = (await stat(join(root, 'dist', 'preview', 'index.html'))).mtimeMs;
    return built > (await newestInput(root));
  } catch {
    // No build yet.
    return false;
  }
}

export interface BuildOptions {
  /** Build even when the existing build is fresh. */
  force?: boolean;
  /** Where webpack's output goes (default: this process's stderr). */
  log?: (chunk: string) => void;
}

/** Runs webpack in a child process (its own memory, and webpack-cli's error reporting). */
function runWebpack(log: (chunk: string) => void): Promise<void> {
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, '--config', CONFIG, '--mode', 'production'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => log(d.toString()));
    child.stderr.on('data', (d: Buffer) => log(d.toString()));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`webpack failed with exit code ${code}`))));
  });
}

/** Builds the preview unless a fresh build is there. Says which it did. */
export async function buildPreview(options: BuildOptions = {}): Promise<'built' | 'fresh'> {
  if (!options.force && (await isBuildFresh())) return 'fresh';
  await runWebpack(options.log ?? ((chunk) => process.stderr.write(chunk)));
  return 'built';
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ServeOptions {
  /** Directory of the built page (default dist/preview). */
  root?: string;
  /** The workbook served as /sample.xlsx (default examples/sample.xlsx). */
  sample?: string;
}

/** The file a request path maps to, or undefined for anything outside the served files. */
export function resolveRequestPath(urlPath: string, options: Required<ServeOptions>): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return undefined;
  }
  if (path === '/sample.xlsx') return options.sample;
  if (path === '/' || path === '') return join(options.root, 'index.html');
  const file = resolve(options.root, `.${path}`);
  // No way out of the build directory (`..`, encoded or not).
  return file.startsWith(options.root + sep) ? file : undefined;
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end(text);
}

/** Serves GET and HEAD of the built page and the sample; everything else is refused. */
export function previewHandler(options: ServeOptions = {}): (req: IncomingMessage, res: ServerResponse) => void {
  const resolved: Required<ServeOptions> = { root: resolve(options.root ?? PREVIEW_DIR), sample: resolve(options.sample ?? SAMPLE_FILE) };
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method Not Allowed');
    const file = resolveRequestPath(req.url ?? '/', resolved);
    if (!file) return send(res, 404, 'Not Found');
    stat(file).then(
      (info) => {
        if (!info.isFile()) return send(res, 404, 'Not Found');
        res.writeHead(200, {
          'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'Content-Length': info.size,
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
          'Referrer-Policy': 'no-referrer',
          'Cache-Control': 'no-cache',
        });
        if (req.method === 'HEAD') return res.end();
        createReadStream(file).pipe(res);
      },
      () => send(res, 404, 'Not Found'),
    );
  };
}

export interface PreviewServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Starts the static server on 127.0.0.1 (port 0: any free port). */
export function startPreviewServer(port: number, options: ServeOptions = {}): Promise<PreviewServer> {
  const server = createServer(previewHandler(options));
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      done({
        url: `http://127.0.0.1:${actual}/`,
        server,
        close: () => new Promise<void>((closed) => server.close(() => closed())),
      });
    });
  });
}

/** PORT from the environment: a whole number from 0 to 65535, else the default. */
export function portFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a number from 0 to 65535, got: ${value}`);
  return port;
}

async function main(argv: string[]): Promise<void> {
  const port = portFrom(process.env.PORT);
  await buildPreview({ force: argv.includes('--rebuild') });
  if (argv.includes('--build-only')) return;
  const { url } = await startPreviewServer(port);
  process.stdout.write(`${url}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`preview: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
