//! Module systems: Node's resolution algorithm (shared by CommonJS and ES modules) and the ES
//! module loader. The CommonJS loader itself is JavaScript (`stdlib/internal/modules/cjs/loader.js`).

pub mod esm;
pub mod package_json;
pub mod resolve;
