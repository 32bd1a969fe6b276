class Point {
  #secret = 1;
  constructor(x, y) { this.x = x; this.y = y; }
  get len() { return Math.hypot(this.x, this.y); }
  static origin() { return new Point(0, 0); }
}
console.log(new Point(3, 4));
console.log(Point.origin());
console.log(Object.getOwnPropertyNames(Point.prototype));
console.log(Object.getOwnPropertyDescriptor(Point.prototype, 'len'));
console.log({ accessor: Object.getOwnPropertyDescriptor({ get a() { return 1; } }, 'a') });
