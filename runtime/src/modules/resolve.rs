//! Node's module resolution, for `require` (CommonJS) and `import` (ES modules).
//!
//! One implementation, two modes: `require` probes extensions (`.js`, `.json`, `.node`) and
//! directory indexes and uses the `require` condition; `import` wants exact file paths and uses
//! the `import` condition. Both walk `node_modules` upward and honour package.json `exports`
//! (subpaths, `*` patterns, nested conditions), `imports` (`#name`) and self-references.

use std::path::{Component, Path, PathBuf};

use serde_json::Value;

use super::package_json::{PackageCache, PackageJson};

/// Which module system is asking.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    Require,
    Import,
}

impl Mode {
    fn conditions(self) -> &'static [&'static str] {
        match self {
            Mode::Require => &["require", "node", "node-addons", "default"],
            Mode::Import => &["import", "node", "node-addons", "default"],
        }
    }
}

/// A resolution failure, with Node's error code and message (the caller adds the require stack
/// or "imported from").
#[derive(Debug)]
pub struct ResolveError {
    pub code: &'static str,
    pub message: String,
}

impl ResolveError {
    fn not_found(mode: Mode, request: &str, bare: bool) -> Self {
        match (mode, bare) {
            (Mode::Require, _) => Self {
                code: "MODULE_NOT_FOUND",
                message: format!("Cannot find module '{request}'"),
            },
            (Mode::Import, true) => Self {
                code: "ERR_MODULE_NOT_FOUND",
                message: format!("Cannot find package '{request}'"),
            },
            (Mode::Import, false) => Self {
                code: "ERR_MODULE_NOT_FOUND",
                message: format!("Cannot find module '{request}'"),
            },
        }
    }
}

type Resolved = Result<PathBuf, ResolveError>;

/// Resolves `request` from a module in `parent_dir`.
pub fn resolve(packages: &PackageCache, mode: Mode, request: &str, parent_dir: &Path) -> Resolved {
    let resolver = Resolver { packages, mode };
    let found = resolver.resolve(request, parent_dir)?;
    Ok(std::fs::canonicalize(&found).unwrap_or(found))
}

struct Resolver<'a> {
    packages: &'a PackageCache,
    mode: Mode,
}

fn is_relative(request: &str) -> bool {
    request == "."
        || request == ".."
        || request.starts_with("./")
        || request.starts_with("../")
        || request.starts_with('/')
}

/// Lexically normalises `a/./b/../c` → `a/c` (like `path.resolve`, without touching the disk).
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other.as_os_str()),
        }
    }
    out
}

fn is_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file())
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// Splits `@scope/name/sub` into (`@scope/name`, `./sub`) and `name` into (`name`, `.`).
fn split_package(request: &str) -> Option<(&str, String)> {
    let mut parts = request.splitn(3, '/');
    let first = parts.next()?;
    let name_len = if first.starts_with('@') {
        let second = parts.next()?;
        first.len() + 1 + second.len()
    } else {
        first.len()
    };
    if first.is_empty() || (first.starts_with('@') && name_len == first.len() + 1) {
        return None;
    }
    let (name, rest) = request.split_at(name_len);
    Some((name, format!(".{rest}")))
}

impl Resolver<'_> {
    fn resolve(&self, request: &str, parent_dir: &Path) -> Resolved {
        if let Some(path) = request.strip_prefix("file://") {
            return self.resolve_path(&PathBuf::from(percent_decode(path)), request);
        }
        if is_relative(request) {
            let path = normalize(&parent_dir.join(request));
            return self.resolve_path(&path, request);
        }
        if request.starts_with('#') {
            return self.resolve_imports(request, parent_dir);
        }
        if let Some(found) = self.resolve_self(request, parent_dir)? {
            return Ok(found);
        }
        self.resolve_node_modules(request, parent_dir)
    }

    fn resolve_path(&self, path: &Path, shown: &str) -> Resolved {
        let found = match self.mode {
            Mode::Require => self
                .load_as_file(path)
                .or_else(|| self.load_as_directory(path)),
            Mode::Import => {
                if path.is_dir() {
                    return Err(ResolveError {
                        code: "ERR_UNSUPPORTED_DIR_IMPORT",
                        message: format!(
                            "Directory import '{}' is not supported resolving ES modules",
                            path.display()
                        ),
                    });
                }
                is_file(path).then(|| path.to_path_buf())
            }
        };
        found.ok_or_else(|| {
            let shown = if self.mode == Mode::Import {
                path.to_string_lossy().into_owned()
            } else {
                shown.to_string()
            };
            ResolveError::not_found(self.mode, &shown, false)
        })
    }

    /// LOAD_AS_FILE: the exact path, then with `.js`, `.json`, `.node`.
    fn load_as_file(&self, path: &Path) -> Option<PathBuf> {
        if is_file(path) {
            return Some(path.to_path_buf());
        }
        [".js", ".json", ".node"]
            .iter()
            .map(|ext| with_suffix(path, ext))
            .find(|p| is_file(p))
    }

    fn load_index(&self, dir: &Path) -> Option<PathBuf> {
        ["index.js", "index.json", "index.node"]
            .iter()
            .map(|f| dir.join(f))
            .find(|p| is_file(p))
    }

    /// LOAD_AS_DIRECTORY: package.json `main`, then `index.*`.
    fn load_as_directory(&self, dir: &Path) -> Option<PathBuf> {
        if let Ok(Some(package)) = self.packages.read(dir) {
            if let Some(main) = &package.main {
                let main = normalize(&dir.join(main));
                if let Some(found) = self.load_as_file(&main).or_else(|| self.load_index(&main)) {
                    return Some(found);
                }
            }
        }
        self.load_index(dir)
    }

    /// A package importing itself by name (through its own `exports`).
    fn resolve_self(
        &self,
        request: &str,
        parent_dir: &Path,
    ) -> Result<Option<PathBuf>, ResolveError> {
        let Some((name, subpath)) = split_package(request) else {
            return Ok(None);
        };
        let Some(package) = self.packages.scope(parent_dir) else {
            return Ok(None);
        };
        if package.name.as_deref() != Some(name) {
            return Ok(None);
        }
        let Some(exports) = &package.exports else {
            return Ok(None);
        };
        self.resolve_exports(&package, exports, &subpath).map(Some)
    }

    fn resolve_node_modules(&self, request: &str, parent_dir: &Path) -> Resolved {
        let Some((name, subpath)) = split_package(request) else {
            return Err(ResolveError::not_found(self.mode, request, true));
        };
        let mut current = Some(parent_dir);
        while let Some(dir) = current {
            current = dir.parent();
            if dir.file_name().is_some_and(|n| n == "node_modules") {
                continue;
            }
            let package_dir = dir.join("node_modules").join(name);
            if !package_dir.exists() {
                continue;
            }
            let package = self.packages.read(&package_dir).map_err(|e| ResolveError {
                code: "ERR_INVALID_PACKAGE_CONFIG",
                message: format!("Invalid package config {}: {}", e.path.display(), e.message),
            })?;
            if let Some(package) = &package {
                if let Some(exports) = &package.exports {
                    return self.resolve_exports(package, exports, &subpath);
                }
            }
            let target = normalize(&package_dir.join(&subpath));
            let found = match self.mode {
                Mode::Require => self
                    .load_as_file(&target)
                    .or_else(|| self.load_as_directory(&target)),
                Mode::Import if subpath == "." => self.load_as_directory(&target),
                Mode::Import => is_file(&target).then_some(target.clone()),
            };
            if let Some(found) = found {
                return Ok(found);
            }
            if self.mode == Mode::Import {
                return Err(ResolveError::not_found(
                    Mode::Import,
                    &target.to_string_lossy(),
                    false,
                ));
            }
        }
        Err(ResolveError::not_found(self.mode, request, true))
    }

    fn package_dir(package: &PackageJson) -> &Path {
        package.path.parent().unwrap_or(Path::new("/"))
    }

    /// PACKAGE_EXPORTS_RESOLVE.
    fn resolve_exports(&self, package: &PackageJson, exports: &Value, subpath: &str) -> Resolved {
        let has_dot_keys = exports
            .as_object()
            .is_some_and(|map| map.keys().next().is_some_and(|k| k.starts_with('.')));
        let resolved = if has_dot_keys {
            self.resolve_map(
                package,
                exports.as_object().expect("checked"),
                subpath,
                false,
            )?
        } else if subpath == "." {
            self.resolve_target(package, exports, None, false)?
        } else {
            None
        };
        let not_exported = || {
            let pj = package.path.display();
            if subpath == "." {
                format!("No \"exports\" main defined in {pj}")
            } else {
                format!("Package subpath '{subpath}' is not defined by \"exports\" in {pj}")
            }
        };
        let Some(path) = resolved else {
            return Err(ResolveError {
                code: "ERR_PACKAGE_PATH_NOT_EXPORTED",
                message: not_exported(),
            });
        };
        if is_file(&path) {
            Ok(path)
        } else {
            Err(ResolveError::not_found(
                self.mode,
                &path.to_string_lossy(),
                false,
            ))
        }
    }

    /// Matches `subpath` against an exports/imports map: exact keys first, then the `*` pattern
    /// with the longest prefix.
    fn resolve_map(
        &self,
        package: &PackageJson,
        map: &serde_json::Map<String, Value>,
        subpath: &str,
        is_imports: bool,
    ) -> Result<Option<PathBuf>, ResolveError> {
        if let Some(target) = map.get(subpath).filter(|_| !subpath.contains('*')) {
            return self.resolve_target(package, target, None, is_imports);
        }
        let mut best: Option<(&str, &Value, String)> = None;
        for (key, target) in map {
            let Some(star) = key.find('*') else { continue };
            let (prefix, suffix) = (&key[..star], &key[star + 1..]);
            if subpath.len() >= key.len()
                && subpath.starts_with(prefix)
                && subpath.ends_with(suffix)
                && best.as_ref().is_none_or(|(b, _, _)| key.len() > b.len())
            {
                let matched = subpath[prefix.len()..subpath.len() - suffix.len()].to_string();
                best = Some((key, target, matched));
            }
        }
        match best {
            Some((_, target, matched)) => {
                self.resolve_target(package, target, Some(&matched), is_imports)
            }
            None => Ok(None),
        }
    }

    /// PACKAGE_TARGET_RESOLVE: strings, arrays (first that resolves), condition objects.
    fn resolve_target(
        &self,
        package: &PackageJson,
        target: &Value,
        pattern: Option<&str>,
        is_imports: bool,
    ) -> Result<Option<PathBuf>, ResolveError> {
        match target {
            Value::String(target) => {
                let target = match pattern {
                    Some(matched) => target.replace('*', matched),
                    None => target.clone(),
                };
                if !target.starts_with("./") {
                    if is_imports && !target.starts_with("../") && !target.starts_with('/') {
                        let dir = Self::package_dir(package);
                        return self.resolve_node_modules(&target, dir).map(Some);
                    }
                    return Err(ResolveError {
                        code: "ERR_INVALID_PACKAGE_TARGET",
                        message: format!(
                            "Invalid \"exports\" target \"{target}\" defined in the package config {}",
                            package.path.display()
                        ),
                    });
                }
                Ok(Some(normalize(&Self::package_dir(package).join(&target))))
            }
            Value::Array(targets) => {
                let mut last_error = None;
                for target in targets {
                    match self.resolve_target(package, target, pattern, is_imports) {
                        Ok(Some(found)) => return Ok(Some(found)),
                        Ok(None) => {}
                        Err(e) => last_error = Some(e),
                    }
                }
                last_error.map_or(Ok(None), Err)
            }
            Value::Object(conditions) => {
                for (condition, value) in conditions {
                    if condition == "default"
                        || self.mode.conditions().contains(&condition.as_str())
                    {
                        if let Some(found) =
                            self.resolve_target(package, value, pattern, is_imports)?
                        {
                            return Ok(Some(found));
                        }
                    }
                }
                Ok(None)
            }
            _ => Ok(None),
        }
    }

    /// `#name` through the nearest package.json's `imports`.
    fn resolve_imports(&self, request: &str, parent_dir: &Path) -> Resolved {
        let package = self.packages.scope(parent_dir);
        let imports = package
            .as_ref()
            .and_then(|p| p.imports.as_ref().and_then(Value::as_object));
        if let (Some(package), Some(imports)) = (&package, imports) {
            if let Some(found) = self.resolve_map(package, imports, request, true)? {
                return Ok(found);
            }
        }
        let scope = package
            .map(|p| p.path.display().to_string())
            .unwrap_or_default();
        Err(ResolveError {
            code: "ERR_PACKAGE_IMPORT_NOT_DEFINED",
            message: format!(
                "Package import specifier \"{request}\" is not defined in package {scope}"
            ),
        })
    }
}

/// Decodes `%xx` escapes of a `file://` URL path.
pub fn percent_decode(text: &str) -> String {
    String::from_utf8_lossy(&percent_decode_bytes(text)).into_owned()
}

/// `%xx` escapes decoded to bytes (a URL path, a `data:` URL's body); a `%` not followed by two
/// hex digits stays as it is.
pub fn percent_decode_bytes(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let hex = |b: u8| char::from(b).to_digit(16);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(high), Some(low)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((high * 16 + low) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_package_names() {
        assert_eq!(split_package("lodash"), Some(("lodash", ".".into())));
        assert_eq!(
            split_package("lodash/fp/map"),
            Some(("lodash", "./fp/map".into()))
        );
        assert_eq!(split_package("@s/p/x"), Some(("@s/p", "./x".into())));
        assert_eq!(split_package("@s"), None);
    }

    #[test]
    fn normalizes_paths() {
        assert_eq!(
            normalize(Path::new("/a/b/../c/./d")),
            PathBuf::from("/a/c/d")
        );
    }

    #[test]
    fn decodes_file_urls() {
        assert_eq!(percent_decode("/a%20b/c"), "/a b/c");
        assert_eq!(percent_decode("/%é%2"), "/%é%2");
        assert_eq!(percent_decode("%+1%4a"), "%+1J");
    }
}
