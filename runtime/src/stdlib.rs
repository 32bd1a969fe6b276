//! The embedded JavaScript half of the standard library (`stdlib/`), looked up by module id.
//!
//! `build.rs` generates the table; a module's source is compiled only when first required
//! (see `bindings::builtins`), so startup parses nothing the program does not use.

use std::cmp::Ordering;

include!(concat!(env!("OUT_DIR"), "/stdlib_sources.rs"));

/// The id of the `index`th stdlib module (in sorted order).
fn id(index: usize) -> &'static str {
    let (start, end) = STDLIB_ID_SPANS[index];
    &STDLIB_ID_TEXT[start..end]
}

/// Source of the stdlib module `id` (`"timers"`, `"internal/errors"`), if it exists, wrapped
/// as `(function (exports, require, module, internalBinding) {<source>\n})` by `build.rs`. The
/// text lives in the binary, so the engine can keep it by reference (see
/// `Script::parse_static`).
pub fn wrapped_source(wanted: &str) -> Option<&'static str> {
    let (mut low, mut high) = (0, STDLIB_ID_SPANS.len());
    while low < high {
        let middle = (low + high) / 2;
        match id(middle).cmp(wanted) {
            Ordering::Less => low = middle + 1,
            Ordering::Greater => high = middle,
            Ordering::Equal => return Some(STDLIB_SOURCES[middle]),
        }
    }
    None
}

/// Ids of the public builtins (top-level files, not `internal/...`), sorted.
pub fn public_ids() -> impl Iterator<Item = &'static str> {
    (0..STDLIB_ID_SPANS.len())
        .map(id)
        .filter(|id| !id.starts_with("internal/") && !id.ends_with("README"))
}
