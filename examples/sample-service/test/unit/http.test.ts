import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isJsonContentType, readJsonBody } from '../../src/http.ts';
import { fakeRequest } from '../helpers/fake-http.ts';

describe('isJsonContentType', () => {
  for (const ok of [
    'application/json',
    'Application/JSON',
    'application/json; charset=utf-8',
    'application/json;charset="UTF-8"',
  ]) {
    test(`accepts ${ok}`, () => assert.equal(isJsonContentType(ok), true));
  }
  for (const bad of [
    undefined,
    '',
    'text/plain',
    'application/json-patch+json',
    'application/json; charset=latin1',
    'application/jsonx',
  ]) {
    test(`refuses ${String(bad)}`, () => assert.equal(isJsonContentType(bad), false));
  }
});

describe('readJsonBody', () => {
  const read = (
    body: string | Buffer | Buffer[] | undefined,
    headers: Record<string, string> = {},
  ) =>
    readJsonBody(
      fakeRequest({
        method: 'POST',
        url: '/',
        body,
        headers: { 'content-type': 'application/json', ...headers },
      }),
      32,
    );

  test('parses JSON', async () => {
    assert.deepEqual(await read('{"a":[1,2]}'), { ok: true, value: { a: [1, 2] } });
  });

  test('415 before reading when the type is wrong', async () => {
    const r = await read('{}', { 'content-type': 'text/plain' });
    assert.equal(r.ok ? 0 : r.status, 415);
  });

  test('413 for a declared length over the limit', async () => {
    const r = await read('{}', { 'content-length': '33' });
    assert.equal(r.ok ? 0 : r.status, 413);
  });

  test('413 when a body without a length grows past the limit', async () => {
    const r = await read([Buffer.from('{"a":"'), Buffer.alloc(40, 'x'), Buffer.from('"}')]);
    assert.equal(r.ok ? 0 : r.status, 413);
  });

  test('a body of exactly the limit is fine', async () => {
    const body = `{"a":"${'x'.repeat(24)}"}`;
    assert.equal(body.length, 32);
    assert.equal((await read(body)).ok, true);
  });

  for (const [name, body, detail] of [
    ['empty', undefined, /empty/],
    ['not JSON', '{a:1}', /not valid JSON/],
    ['not UTF-8', Buffer.from([0x7b, 0xff, 0x7d]), /UTF-8/],
  ] as const) {
    test(`400 for ${name}`, async () => {
      const r = await read(body);
      assert.ok(!r.ok);
      assert.equal(r.status, 400);
      assert.match(r.detail, detail);
    });
  }
});
