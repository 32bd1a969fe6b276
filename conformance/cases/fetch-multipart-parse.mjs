// Response.formData() on hand-written multipart/form-data bodies: quoted and unquoted boundaries,
// preamble CRLFs, trailing CRLFs, files without a Content-Type, base64 transfer encoding,
// escaped names, and the malformed bodies that fail ("Failed to parse body as FormData.").
const B = 'AaB03xAaB03xAaB03xAaB03xAaB03x';
const part = (headers, body) => `--${B}\r\n${headers.join('\r\n')}\r\n\r\n${body}\r\n`;
const end = `--${B}--`;

async function parse(label, body, type = `multipart/form-data; boundary=${B}`) {
  try {
    const form = await new Response(body, { headers: { 'content-type': type } }).formData();
    const entries = [];
    for (const [name, value] of form) {
      if (typeof value === 'string') entries.push([name, value]);
      else entries.push([name, value.constructor.name, value.name, value.type, await value.text()]);
    }
    console.log(label, JSON.stringify(entries));
  } catch (e) {
    console.log(label, e.name, '|', e.message);
  }
}

await parse('simple', part(['Content-Disposition: form-data; name="a"'], 'one') + end);
await parse('quoted boundary', part(['Content-Disposition: form-data; name="a"'], 'q') + end, `multipart/form-data; boundary="${B}"`);
await parse('upper-case type', part(['Content-Disposition: form-data; name="a"'], 'u') + end, `Multipart/Form-Data; Boundary=${B}`);
await parse('file default type', part(['Content-Disposition: form-data; name="f"; filename="a.txt"'], 'file body') + end);
await parse('file with type', part(['Content-Disposition: form-data; name="f"; filename="b.bin"', 'Content-Type: application/x-thing'], 'bin') + end);
await parse('empty filename', part(['Content-Disposition: form-data; name="f"; filename=""'], 'x') + end);
await parse('base64', part(['Content-Disposition: form-data; name="f"; filename="c"', 'Content-Transfer-Encoding: base64'], Buffer.from('decoded!').toString('base64')) + end);
await parse('escaped name', part(['Content-Disposition: form-data; name="a%22b%0Ac"'], 'v') + end);
await parse('utf8 value', part(['Content-Disposition: form-data; name="é"'], 'ünïcode') + end);
await parse('value with CRLF', part(['Content-Disposition: form-data; name="m"'], 'line1\r\nline2') + end);
await parse('preamble CRLFs', `\r\n\r\n${part(['Content-Disposition: form-data; name="a"'], '1')}${end}`);
await parse('trailing CRLFs', `${part(['Content-Disposition: form-data; name="a"'], '1')}${end}\r\n\r\n`);
await parse('two parts', part(['Content-Disposition: form-data; name="a"'], '1') + part(['content-disposition: form-data; name="b"'], '2') + end);
await parse('extra header ignored', part(['Content-Disposition: form-data; name="a"', 'X-Other: y'], '1') + end);
await parse('empty form', end);
await parse('no boundary param', part(['Content-Disposition: form-data; name="a"'], '1') + end, 'multipart/form-data');
await parse('wrong boundary', part(['Content-Disposition: form-data; name="a"'], '1') + end, 'multipart/form-data; boundary=other');
await parse('no name', part(['Content-Disposition: form-data'], '1') + end);
await parse('not form-data', part(['Content-Disposition: attachment; name="a"'], '1') + end);
await parse('no closing delimiter', part(['Content-Disposition: form-data; name="a"'], '1'));
await parse('text preamble', `junk\r\n${part(['Content-Disposition: form-data; name="a"'], '1')}${end}`);
await parse('bad header name', part(['Content-Disposition: form-data; name="a"', 'Bad Header: x'], '1') + end);
await parse('empty body', '');
await parse('urlencoded', 'a=1&b=%20two&a=3&c', 'application/x-www-form-urlencoded');
await parse('urlencoded params', 'x=1', 'application/x-www-form-urlencoded;charset=UTF-8');
await parse('text/plain', 'a=1', 'text/plain');
await parse('no type', 'a=1', '');
