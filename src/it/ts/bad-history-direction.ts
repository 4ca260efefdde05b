import {mount} from 'dialpad-cti';
// expect: received
for (const entry of mount('#phone', {clientId: 'abc'}).history) if (entry.direction === 'received') console.log(entry);
