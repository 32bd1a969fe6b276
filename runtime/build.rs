//! Embeds every file of `stdlib/` into the binary, and sets the release link layout
//! (`build/link_layout.rs`).
//!
//! Generates `$OUT_DIR/stdlib_sources.rs`: a sorted table of `(module id, source)` pairs, where the id
//! is the path below `stdlib/` without `.js` (`internal/timers`). Nothing generated is committed.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

#[path = "build/link_layout.rs"]
mod link_layout;

fn collect(dir: &Path, root: &Path, out: &mut Vec<(String, PathBuf)>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("stdlib folder is readable")
        .map(|e| e.expect("stdlib entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "js") {
            let rel = path.strip_prefix(root).expect("below stdlib");
            let id = rel.with_extension("").to_string_lossy().replace('\\', "/");
            out.push((id, path));
        }
    }
}

/// What a stdlib module's source is wrapped in: a function of the loader's arguments, with the
/// body starting on the first line so that line numbers match the file.
const WRAPPER_HEAD: &str = "(function (exports, require, module, internalBinding) {";
const WRAPPER_TAIL: &str = "\n})";

/// The engine keeps a compiled module's text for `Function.prototype.toString`; an ASCII text
/// it keeps by reference to the binary's copy (a copy per module cost ~0.6 MB of heap for an
/// HTTP server). So stdlib files are ASCII: other characters are written as `\u` escapes.
fn check_ascii(path: &Path) {
    let text = fs::read(path).expect("stdlib file is readable");
    if let Some(at) = text.iter().position(|b| !b.is_ascii()) {
        let line = text[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        panic!(
            "{}:{line}: not ASCII; stdlib files are ASCII (write other characters as \\u escapes)",
            path.display()
        );
    }
}

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    link_layout::configure(&manifest);
    let root = manifest
        .join("../stdlib")
        .canonicalize()
        .expect("stdlib/ exists");
    println!("cargo:rerun-if-changed={}", root.display());

    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();

    // The ids live in one string, apart from the sources: looking an id up (or listing them all,
    // as `require('module').builtinModules` does) then touches a few KB of the binary, not pages
    // spread over the 1.6 MB of embedded sources (each 4 KB page of the binary read at startup
    // counts in the process's RSS).
    let mut ids = String::new();
    let mut spans = String::new();
    for (id, _) in &files {
        write!(spans, "({}, {}), ", ids.len(), ids.len() + id.len()).unwrap();
        ids.push_str(id);
    }
    let mut code = String::from("/// Every stdlib module id, sorted, concatenated.\n");
    writeln!(code, "pub static STDLIB_ID_TEXT: &str = {ids:?};").unwrap();
    code.push_str("/// `(start, end)` of each id in `STDLIB_ID_TEXT`.\n");
    writeln!(
        code,
        "pub static STDLIB_ID_SPANS: &[(usize, usize)] = &[{spans}];"
    )
    .unwrap();
    code.push_str(
        "/// The sources, in the order of `STDLIB_ID_SPANS`, each already wrapped as the\n",
    );
    code.push_str("/// function expression the loader compiles (see `stdlib::wrapped_source`).\n");
    code.push_str("pub static STDLIB_SOURCES: &[&str] = &[\n");
    for (_, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        check_ascii(path);
        writeln!(
            code,
            "    concat!({WRAPPER_HEAD:?}, include_str!({:?}), {WRAPPER_TAIL:?}),",
            path.display().to_string()
        )
        .unwrap();
    }
    code.push_str("];\n");
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets it")).join("stdlib_sources.rs");
    fs::write(out, code).expect("write generated table");
}
