// The open data revision an isolate trusts for a few seconds (worker/src/returns/published-revision.ts):
// read once within the window, read again after it or after a publication here, and never kept
// when a publication landed while the read was in flight.
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetPublishedRevision, publishedRevision, TRUST_MS } from '../../worker/src/returns/published-revision.ts';

let clock = 0;
const now = () => clock;
let reads = 0;
const reader = (revision: number) => async () => {
  reads++;
  return revision;
};

beforeEach(() => {
  forgetPublishedRevision();
  clock = 1_000_000;
  reads = 0;
});

describe('the trusted revision', () => {
  it('is read once within the window and again after it', async () => {
    expect(await publishedRevision(reader(7), { trust: true, now })).toBe(7);
    clock += TRUST_MS - 1;
    expect(await publishedRevision(reader(8), { trust: true, now })).toBe(7);
    expect(reads).toBe(1);
    clock += 1;
    expect(await publishedRevision(reader(8), { trust: true, now })).toBe(8);
    expect(reads).toBe(2);
  });

  it('is forgotten when this isolate publishes', async () => {
    await publishedRevision(reader(7), { trust: true, now });
    forgetPublishedRevision();
    expect(await publishedRevision(reader(8), { trust: true, now })).toBe(8);
    expect(reads).toBe(2);
  });

  it('is not kept when a publication landed during the read', async () => {
    const racing = async () => {
      reads++;
      forgetPublishedRevision(); // a publication commits while this read is in flight
      return 7;
    };
    expect(await publishedRevision(racing, { trust: true, now })).toBe(7);
    expect(await publishedRevision(reader(8), { trust: true, now })).toBe(8);
    expect(reads).toBe(2);
  });

  it('is always read without trust', async () => {
    await publishedRevision(reader(7), { trust: false, now });
    expect(await publishedRevision(reader(8), { trust: false, now })).toBe(8);
    expect(reads).toBe(2);
  });
});
