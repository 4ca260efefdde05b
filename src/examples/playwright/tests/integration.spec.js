import {expect, test} from '@playwright/test';

// The mock's frame (a child frame whose page is the mock), once its scripting API is there.
const findMock = (page) => page.frames().find((f) => f.parentFrame() && new URL(f.url()).pathname === '/mock-cti.html');
async function mockFrame(page) {
  await expect.poll(async () => {
    const frame = findMock(page);
    return frame ? frame.evaluate(() => typeof window.mockCti === 'object') : false;
  }).toBe(true);
  return findMock(page);
}

test('log in, ring, answer, and call through the page, without a Dialpad account', async ({page}) => {
  await page.goto('');
  const mock = await mockFrame(page);
  await expect(page.locator('#status')).toHaveText('Please log in to Dialpad');

  await mock.evaluate(() => mockCti.login(42));
  await expect(page.locator('#status')).toHaveText('Logged in as 42');

  const id = await mock.evaluate(() => mockCti.ring());
  await expect(page.locator('#ringing')).toHaveText('Ringing: Ada Lovelace');
  await mock.evaluate((callId) => mockCti.answer(callId), id);
  await expect(page.locator('#ringing')).toBeHidden();

  // The page's own button, dialled by clickToDial with the page's national number normalised.
  await page.click('#call-ada');
  await expect.poll(() => mock.evaluate(() => mockCti.received.map((r) => `${r.data.method} ${r.verdict}`)))
    .toContain('initiate_call accepted');
  const sent = await mock.evaluate(() => mockCti.received.find((r) => r.data.method === 'initiate_call').data.payload);
  expect(sent).toEqual({phone_number: '+14155550123', custom_data: 'contact-1001'});
});

test('a call while logged out waits for the login', async ({page}) => {
  await page.goto('');
  const mock = await mockFrame(page);
  await expect(page.locator('#status')).toHaveText('Please log in to Dialpad');
  await page.click('#call-ada');
  await page.waitForTimeout(300);
  expect(await mock.evaluate(() => mockCti.received.length)).toBe(0);
  await mock.evaluate(() => mockCti.login());
  await expect.poll(() => mock.evaluate(() => mockCti.received.map((r) => r.verdict))).toEqual(['accepted']);
});
