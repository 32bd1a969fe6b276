//! The embedded JavaScript half of the standard library (`stdlib/`), looked up by module id.
//!
//! `build.rs` generates the table; a module's source is compiled only when first required
//! (see `bindings::builtins`), so startup parses nothing the program does not use.

include!(concat!(env!("OUT_DIR"), "/stdlib_sources.rs"));

/// Source of the stdlib module `id` (`"timers"`, `"internal/errors"`), if it exists.
pub fn source(id: &str) -> Option<&'static str> {
    STDLIB_SOURCES
        .binary_search_by(|(key, _)| (*key).cmp(id))
        .ok()
        .map(|i| STDLIB_SOURCES[i].1)
}

/// Ids of the public builtins (top-level files, not `internal/...`), sorted.
pub fn public_ids() -> impl Iterator<Item = &'static str> {
    STDLIB_SOURCES
        .iter()
        .map(|(id, _)| *id)
        .filter(|id| !id.starts_with("internal/") && !id.ends_with("README"))
}
