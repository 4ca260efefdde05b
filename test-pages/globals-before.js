window.__before = Object.getOwnPropertyNames(window);
