/** The preview's build check and static server (scripts/preview.ts), without building anything. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isBuildFresh, portFrom, resolveRequestPath, startPreviewServer, type PreviewServer } from '../../scripts/preview';

describe('portFrom', () => {
  test.each<[string | undefined, number]>([
    [undefined, 3100],
    ['', 3100],
    ['8080', 8080],
    ['0', 0],
    [' 3200 ', 3200],
  ])('PORT=%j -> %d', (value, port) => {
    expect(portFrom(value)).toBe(port);
  });

  test.each(['-1', '65536', 'abc', '3.5'])('PORT=%j is refused', (value) => {
    expect(() => portFrom(value)).toThrow('PORT must be a number from 0 to 65535');
  });
});

describe('resolveRequestPath', () => {
  const options = { root: '/srv/preview', sample: '/repo/examples/sample.xlsx' };
  test.each<[string, string | undefined]>([
    ['/', '/srv/preview/index.html'],
    ['/?lang=en-US', '/srv/preview/index.html'],
    ['/index.html', '/srv/preview/index.html'],
    ['/preview.1234abcd.js', '/srv/preview/preview.1234abcd.js'],
    ['/sample.xlsx', '/repo/examples/sample.xlsx'],
    ['/sample.xlsx?x=1', '/repo/examples/sample.xlsx'],
    ['/../package.json', undefined],
    ['/%2e%2e/package.json', undefined],
    ['/..%2fpackage.json', undefined],
    ['/%E0%A4%A', undefined],
  ])('%s -> %s', (path, file) => {
    expect(resolveRequestPath(path, options)).toBe(file);
  });
});

function makeTree(): string {
  const root = mkdtempSync(join(tmpdir(), 'preview-tree-'));
  for (const dir of ['src/preview', 'src/standin', 'assets', 'dist/preview']) mkdirSync(join(root, dir), { recursive: true });
  for (const file of ['src/preview/index.tsx', 'src/standin/index.ts', 'assets/icon-32.png', 'webpack.preview.config.js', 'package-lock.json', 'tsconfig.json']) {
    writeFileSync(join(root, file), 'x');
  }
  return root;
}

function setTime(path: string, seconds: number): void {
  utimesSync(path, seconds, seconds);
}

describe('isBuildFresh', () => {
  let root: string;
  beforeEach(() => {
    root = makeTree();
    for (const f of ['src/preview/index.tsx', 'src/standin/index.ts', 'assets/icon-32.png', 'webpack.preview.config.js', 'package-lock.json', 'tsconfig.json']) {
      setTime(join(root, f), 1000);
    }
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('no build yet: stale', async () => {
    await expect(isBuildFresh(root)).resolves.toBe(false);
  });

  test('a build newer than every input: fresh', async () => {
    for (const d of ['src', 'src/preview', 'src/standin', 'assets']) setTime(join(root, d), 1000);
    writeFileSync(join(root, 'dist/preview/index.html'), '<html>');
    setTime(join(root, 'dist/preview/index.html'), 2000);
    await expect(isBuildFresh(root)).resolves.toBe(true);
  });

  test.each(['src/preview/index.tsx', 'src/standin/index.ts', 'assets/icon-32.png', 'webpack.preview.config.js', 'package-lock.json'])(
    'a change to %s after the build: stale',
    async (input) => {
      writeFileSync(join(root, 'dist/preview/index.html'), '<html>');
      setTime(join(root, 'dist/preview/index.html'), 2000);
      setTime(join(root, input), 3000);
      await expect(isBuildFresh(root)).resolves.toBe(false);
    },
  );

  test('a file deleted after the build: stale', async () => {
    mkdirSync(join(root, 'src/old'));
    writeFileSync(join(root, 'src/old/gone.ts'), 'x');
    setTime(join(root, 'src/old/gone.ts'), 1000);
    setTime(join(root, 'src/old'), 1000);
    setTime(join(root, 'src'), 1000);
    for (const d of ['src/preview', 'src/standin', 'assets']) setTime(join(root, d), 1000);
    writeFileSync(join(root, 'dist/preview/index.html'), '<html>');
    setTime(join(root, 'dist/preview/index.html'), 2000);
    await expect(isBuildFresh(root)).resolves.toBe(true);
    rmSync(join(root, 'src/old/gone.ts'));
    await expect(isBuildFresh(root)).resolves.toBe(false);
  });

  test('a new file deep in src after the build: stale', async () => {
    writeFileSync(join(root, 'dist/preview/index.html'), '<html>');
    setTime(join(root, 'dist/preview/index.html'), 2000);
    mkdirSync(join(root, 'src/taskpane/components'), { recursive: true });
    writeFileSync(join(root, 'src/taskpane/components/New.tsx'), 'x');
    await expect(isBuildFresh(root)).resolves.toBe(false);
  });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw request: fetch would normalise `..` away before sending. */
function get(server: PreviewServer, path: string, method = 'GET'): Promise<Reply> {
  const { port } = new URL(server.url);
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the static server', () => {
  let dir: string;
  let server: PreviewServer;
  const sampleBytes = Buffer.from([0x50, 0x4b, 1, 2, 3]);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'preview-serve-'));
    mkdirSync(join(dir, 'site', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'site', 'index.html'), '<!doctype html><title>预览</title>');
    writeFileSync(join(dir, 'site', 'preview.abc.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    writeFileSync(join(dir, 'sample.xlsx'), sampleBytes);
    server = await startPreviewServer(0, { root: join(dir, 'site'), sample: join(dir, 'sample.xlsx') });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('listens on the loopback interface and says where', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test('serves the page with its CSP and type', async () => {
    const reply = await get(server, '/');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toContain("default-src 'self'");
    expect(reply.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(reply.headers['content-security-policy']).not.toMatch(/unsafe-eval/);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.body.toString()).toContain('预览');
  });

  test('serves scripts and the sample workbook', async () => {
    expect((await get(server, '/preview.abc.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    const sample = await get(server, '/sample.xlsx');
    expect(sample.status).toBe(200);
    expect(sample.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(sample.body.equals(sampleBytes)).toBe(true);
  });

  test('HEAD gives the headers without a body', async () => {
    const reply = await get(server, '/sample.xlsx', 'HEAD');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-length']).toBe(String(sampleBytes.length));
    expect(reply.body.length).toBe(0);
  });

  test.each<[string, string, number]>([
    ['GET', '/missing.js', 404],
    ['GET', '/sub', 404],
    ['GET', '/../secret.txt', 404],
    ['GET', '/%2e%2e/secret.txt', 404],
    ['POST', '/', 405],
    ['PUT', '/sample.xlsx', 405],
  ])('%s %s -> %d', async (method, path, status) => {
    const reply = await get(server, path, method);
    expect(reply.status).toBe(status);
    expect(reply.body.toString()).not.toContain('secret');
  });
});
