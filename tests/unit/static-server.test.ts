import { afterEach, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';

describe('startStaticServer', () => {
  let server: StaticServer | undefined;
  afterEach(async () => {
    await server?.close();
  });

  it('serves its pages on 127.0.0.1 and answers 404 for anything else', async () => {
    server = await startStaticServer({ '/a.html': { body: '<p>甲</p>' } });
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const page = await fetch(`${server.origin}/a.html?x=1`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe('<p>甲</p>');

    expect((await fetch(`${server.origin}/missing`)).status).toBe(404);

    server.setPage('/missing', { body: '{}', type: 'application/json' });
    expect(await (await fetch(`${server.origin}/missing`)).text()).toBe('{}');
  });
});
