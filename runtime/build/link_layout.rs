//! Link options that shrink the release binary's resident set.
//!
//! The kernel maps a binary's pages on first touch, and each fault also maps the window around
//! the page (up to 64 KB) that is already in the page cache. So the code a program runs, spread
//! over 8 MB of functions, made most of the code resident, and the dynamic loader read all of
//! the position-independent binary's 820 KB relocation table at start-up. Two options:
//! - `--symbol-ordering-file=build/hot-functions.txt`: lld places the functions listed (those
//!   the HTTP servers and a general workload run, recorded by `scripts/hot-functions`) first,
//!   together, so they take a few MB of pages instead of most of the text.
//! - `-z pack-relative-relocs`: the relative relocations as a compact `DT_RELR` table (~10 KB),
//!   which glibc reads since 2.36 (the binary then requires the `GLIBC_ABI_DT_RELR` version,
//!   so an older glibc refuses to start it rather than misloading it).
//!
//! Symbol names carry hashes that change with the compiler and the profile, and the list is only
//! known to name this binary's functions under the compiler that recorded it (its first line,
//! which also names the target; that compiler links with lld). Under any other compiler or
//! target the link is the default one and the build says so. `COIL_LINK_MAP=<file>` makes the
//! linker write its map there; `scripts/hot-functions` reads it.

use std::path::Path;
use std::process::Command;
use std::{env, fs};

/// Libraries where glibc keeps its version table; `GLIBC_ABI_DT_RELR` in one means 2.36 or later.
const LIBC_PATHS: &[&str] = &[
    "/lib/x86_64-linux-gnu/libc.so.6",
    "/usr/lib/x86_64-linux-gnu/libc.so.6",
    "/lib64/libc.so.6",
    "/usr/lib64/libc.so.6",
];

/// Prints the link arguments for the `coil` binary (only optimised builds are laid out).
pub fn configure(manifest: &Path) {
    println!("cargo:rerun-if-env-changed=COIL_LINK_MAP");
    if let Ok(map) = env::var("COIL_LINK_MAP") {
        println!("cargo:rustc-link-arg-bins=-Wl,-Map={map}");
    }
    if env::var("PROFILE").as_deref() != Ok("release") {
        return;
    }
    let list = manifest.join("build/hot-functions.txt");
    println!("cargo:rerun-if-changed={}", list.display());
    let Ok(text) = fs::read_to_string(&list) else {
        return;
    };
    let recorded = text.lines().next().unwrap_or("").trim_start_matches("# ");
    let current = format!(
        "{} {}",
        compiler_version(),
        env::var("TARGET").unwrap_or_default()
    );
    if recorded != current {
        println!(
            "cargo:warning=build/hot-functions.txt was recorded by `{recorded}`, not `{current}`: \
             linking without it (run scripts/hot-functions to record it for this compiler)"
        );
        return;
    }
    println!(
        "cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}",
        list.display()
    );
    // Functions renamed or gone since the list was recorded are skipped without a word.
    println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    if glibc_reads_relr() {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}

/// `rustc --version` of the compiler cargo builds with.
fn compiler_version() -> String {
    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    Command::new(rustc)
        .arg("--version")
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_string())
        .unwrap_or_default()
}

/// Whether the C library the binary links against loads `DT_RELR` relocation tables.
fn glibc_reads_relr() -> bool {
    LIBC_PATHS.iter().any(|path| {
        fs::read(path).is_ok_and(|bytes| {
            bytes
                .windows(b"GLIBC_ABI_DT_RELR".len())
                .any(|w| w == b"GLIBC_ABI_DT_RELR")
        })
    })
}
