import { describe, expect, it } from 'vitest';
import { href, paramsOf } from './routes.ts';

describe('href', () => {
  it('builds a page address under the base, with only the parameters that are set', () => {
    expect(href('home')).toBe('/');
    expect(href('design/charter')).toBe('/design/charter/');
    expect(href('hire/candidates', { opening: 'o-1', candidate: undefined })).toBe('/hire/candidates/?opening=o-1');
    expect(href('learn', { grow: 'p 2', capability: 'c&1', with: '' })).toBe('/learn/?grow=p+2&capability=c%261');
    expect(href('design/one-on-ones', {}, 'everyone')).toBe('/design/one-on-ones/#everyone');
  });
});

describe('paramsOf', () => {
  it('reads the parameters a page knows and leaves out empty and unknown ones', () => {
    expect(paramsOf('hire/candidates', '?candidate=c-1&opening=&x=1')).toEqual({ candidate: 'c-1' });
  });
});
