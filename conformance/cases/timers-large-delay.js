const t = setTimeout(() => console.log('huge delay treated as 1ms'), 2 ** 31);
setTimeout(() => console.log('after 10ms'), 10);
