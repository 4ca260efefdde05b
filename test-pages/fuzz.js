// Malformed and hostile messages for the fuzz test, from a seeded generator so a failure can be
// replayed. fuzz.malformed(rand) always breaks at least one rule of the protocol; fuzz.valid(i)
// is a message the library must accept.
(function () {
  function mulberry32(seed) {
    return function () {
      seed |= 0; seed = seed + 0x6D2B79F5 | 0;
      let t = Math.imul(seed ^ seed >>> 15, 1 | seed);
      t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
      return ((t ^ t >>> 14) >>> 0) / 4294967296;
    };
  }
  const pick = (rand, list) => list[Math.floor(rand() * list.length)];
  function junk(rand, depth = 0) {
    const kinds = [
      () => null, () => undefined, () => rand() * 1e6, () => -0, () => NaN, () => Infinity, () => rand() < 0.5,
      () => 'x'.repeat(Math.floor(rand() * 50)), () => '__proto__', () => 'constructor', () => '\u0000\u202e',
      () => 9007199254740993, () => new Date(rand() * 1e12), () => [1, 'two', null],
      () => (depth < 3 ? {a: junk(rand, depth + 1), b: [junk(rand, depth + 1)]} : {}),
      () => new Map([['api', 'opencti_dialpad']]), () => new Uint8Array(4),
    ];
    return pick(rand, kinds)();
  }
  const envelope = (method, payload) => ({api: 'opencti_dialpad', version: '1.0', method, payload});
  const goodPayloads = {
    call_ringing: () => ({state: 'on', id: 1}),
    user_authentication: () => ({user_authenticated: true, user_id: 1}),
  };
  const breakers = [
    (rand) => junk(rand),                                                   // not an envelope at all
    (rand) => [envelope('call_ringing', {state: 'on'})],                    // an array
    (rand) => 'opencti_dialpad',                                            // a string
    (rand) => ({...envelope('call_ringing', {state: 'on'}), api: pick(rand, ['opencti', 'OPENCTI_DIALPAD', '', null, 1, junk(rand)])}),
    (rand) => ({...envelope('call_ringing', {state: 'on'}), version: pick(rand, ['2.0', '0.9', 1, 1.0, '', null, '10.0', junk(rand)])}),
    (rand) => ({api: 'opencti_dialpad', version: '1.0', payload: {state: 'on'}}),               // no method
    (rand) => envelope(pick(rand, ['__proto__', 'Call_Ringing', 'call-ringing', 'call ringing', '', 'ready',
      'message', '_x', '9x', 'x'.repeat(65), 'é', 42, null, {}, []]), {state: 'on'}),
    (rand) => envelope(pick(rand, ['call_ringing', 'user_authentication', 'some_method']),
      pick(rand, ['text', 42, true, [1, 2], [{state: 'on'}]])),             // payload not an object
    (rand) => envelope('call_ringing', pick(rand, [{}, {state: 'ON'}, {state: true}, {state: 'on', id: 'abc'},
      {state: 'on', id: 1.5}, {state: 'on', contact: 'Mallory'}, {state: 'off', target: 7}, null])),
    (rand) => envelope('user_authentication', pick(rand, [{}, {user_authenticated: 'true'},
      {user_authenticated: 1}, {user_authenticated: true, user_id: 'abc'}, {user_authenticated: true, user_id: 2.5}, null])),
  ];
  window.fuzz = {
    random: mulberry32,
    malformed: (rand) => pick(rand, breakers)(rand),
    /** The n-th valid message, carrying sequence number i, for checking order. */
    valid: (i, n) => envelope(n % 2 ? 'call_ringing' : 'fuzz_marker', n % 2 ? {state: 'on', id: i} : {seq: i}),
    hostileValid: (i) => envelope('user_authentication', {user_authenticated: true, user_id: 666000 + i}),
    goodPayloads,
  };
})();
