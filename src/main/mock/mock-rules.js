// The checks the mock CTI applies to what it receives, by the rules of SPEC §1 (Dialpad's
// documentation): origin allow-list with wildcards at either end, envelope, payload fields.
// Pure functions on globalThis.MockRules, so the browser tests can call them directly too.
(function () {
  const E164 = /^\+[1-9][0-9]{1,14}$/;
  const IDENTITY_TYPES = ['Office', 'OfficeGroup', 'CallCenter'];
  const INITIATE_CALL_FIELDS = ['phone_number', 'enable_current_tab', 'identity_type', 'identity_id',
    'custom_data', 'outbound_caller_id'];

  /** Dialpad's allow-list rule: a pattern may start and/or end with '*'; otherwise exact. */
  function originAllowed(origin, patterns) {
    return patterns.some((pattern) => {
      const left = pattern.startsWith('*');
      const right = pattern.length > 1 && pattern.endsWith('*');
      const core = pattern.slice(left ? 1 : 0, right ? -1 : undefined);
      if (!core) return false;
      if (left && right) return origin.includes(core);
      if (left) return origin.endsWith(core);
      if (right) return origin.startsWith(core);
      return origin === core;
    });
  }

  /** Null when the message is acceptable, else why not. */
  function check(data) {
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return 'bad envelope: not an object';
    if (data.api !== 'opencti_dialpad') return 'bad envelope: api is not opencti_dialpad';
    if (data.version !== '1.0') return 'bad envelope: version is not 1.0';
    if (typeof data.method !== 'string') return 'bad envelope: method is not a string';
    const p = data.payload;
    switch (data.method) {
      case 'enable_current_tab':
      case 'hang_up_all_calls':
        return p === undefined ? null : `bad payload: ${data.method} takes no payload`;
      case 'initiate_call': {
        if (p === null || typeof p !== 'object') return 'bad payload: initiate_call needs a payload';
        const extra = Object.keys(p).find((k) => !INITIATE_CALL_FIELDS.includes(k));
        if (extra) return `bad payload: unknown field ${extra}`;
        if (typeof p.phone_number !== 'string' || !E164.test(p.phone_number)) return 'bad payload: phone_number is not E.164';
        if ('enable_current_tab' in p && typeof p.enable_current_tab !== 'boolean') return 'bad payload: enable_current_tab is not a boolean';
        if ('identity_type' in p && !IDENTITY_TYPES.includes(p.identity_type)) return 'bad payload: identity_type is not Office, OfficeGroup or CallCenter';
        if ('identity_type' in p && !('identity_id' in p)) return 'bad payload: identity_type without identity_id';
        if ('identity_id' in p && !('identity_type' in p)) return 'bad payload: identity_id without identity_type';
        if ('custom_data' in p && (typeof p.custom_data !== 'string' || p.custom_data.length > 2000)) return 'bad payload: custom_data is not a string of at most 2000 characters';
        if ('outbound_caller_id' in p && (typeof p.outbound_caller_id !== 'string' || !E164.test(p.outbound_caller_id))) return 'bad payload: outbound_caller_id is not E.164';
        return null;
      }
      default:
        return `unknown method ${data.method}`;
    }
  }

  globalThis.MockRules = {originAllowed, check};
})();
