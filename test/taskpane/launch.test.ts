import { requestView, VIEW_REQUEST_KEY, viewFromLocation, withoutView } from '../../src/taskpane/launch';

describe('viewFromLocation', () => {
  test.each<[string, string, 'template' | null]>([
    ['?view=template', '', 'template'],
    ['?_host_Info=Excel$Win32$16.01&view=template', '', 'template'],
    ['', '#view=template', 'template'],
    ['', '#template', 'template'],
    ['?view=other', '', null],
    ['?views=template', '', null],
    ['', '#/findings', null],
    ['', '', null],
  ])('search %j, hash %j -> %j', (search, hash, expected) => {
    expect(viewFromLocation({ search, hash })).toBe(expected);
  });
});

describe('withoutView', () => {
  test.each<[string, string]>([
    ['https://localhost:3000/taskpane.html?view=template', 'https://localhost:3000/taskpane.html'],
    ['https://localhost:3000/taskpane.html?_host_Info=Excel&view=template', 'https://localhost:3000/taskpane.html?_host_Info=Excel'],
    ['https://localhost:3000/taskpane.html#view=template', 'https://localhost:3000/taskpane.html'],
    ['https://localhost:3000/taskpane.html?a=1#other', 'https://localhost:3000/taskpane.html?a=1#other'],
  ])('%s -> %s', (href, expected) => {
    expect(withoutView(href)).toBe(expected);
  });
});

test('requestView stores a request that differs every time', () => {
  const writes: [string, string][] = [];
  const storage = { setItem: (k: string, v: string) => void writes.push([k, v]) };
  requestView(storage, 'template', 1);
  requestView(storage, 'template', 2);
  expect(writes.map(([k]) => k)).toEqual([VIEW_REQUEST_KEY, VIEW_REQUEST_KEY]);
  expect(writes.map(([, v]) => JSON.parse(v))).toEqual([{ view: 'template', at: 1 }, { view: 'template', at: 2 }]);
});
