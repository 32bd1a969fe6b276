import qs, { parse, stringify, escape, unescape, decode, encode } from 'node:querystring';
import * as ns from 'querystring';
console.log(parse('a=1&b=2'), stringify({ x: [1, 2] }));
console.log(escape('a b'), unescape('a%20b'), decode === parse, encode === stringify);
console.log(qs.parse === parse, ns.default === qs, Object.keys(ns).sort());
