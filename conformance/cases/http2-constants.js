// http2 is not implemented, but its constants and sensitiveHeaders are Node's (packages read
// them at load time).
const http2 = require('http2');
const c = http2.constants;
console.log(Object.keys(c).length, c.HTTP2_HEADER_PATH, c.HTTP2_HEADER_STATUS, c.HTTP_STATUS_OK, c.NGHTTP2_CANCEL, c.HTTP2_METHOD_GET);
console.log(typeof http2.sensitiveHeaders, String(http2.sensitiveHeaders));
