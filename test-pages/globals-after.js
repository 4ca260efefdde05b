window.__added = Object.getOwnPropertyNames(window)
    .filter((name) => !__before.includes(name) && name !== '__before');
