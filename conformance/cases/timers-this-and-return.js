const t = setTimeout(function () {
  console.log('this is the Timeout:', this === t);
  setImmediate(function () {
    console.log('immediate this is Immediate:', this && this.constructor.name);
  });
}, 1);
console.log(typeof setTimeout(() => {}, 0), typeof setImmediate(() => {}));
