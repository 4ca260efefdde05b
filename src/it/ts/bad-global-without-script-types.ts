// No reference to dialpad-cti/script: the module's types declare no global.
// expect: DialpadCti
DialpadCti.mount('#phone', {clientId: 'abc'});
