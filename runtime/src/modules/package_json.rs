//! Reading `package.json` files (cached per path), as the resolver needs them.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use serde_json::Value;

/// The fields of a `package.json` that resolution uses.
#[derive(Debug, Default)]
pub struct PackageJson {
    pub path: PathBuf,
    pub name: Option<String>,
    pub main: Option<String>,
    pub type_module: bool,
    pub exports: Option<Value>,
    pub imports: Option<Value>,
}

/// Cache of parsed package.json files (`None` = no file there).
#[derive(Default)]
pub struct PackageCache(RefCell<HashMap<PathBuf, Option<Rc<PackageJson>>>>);

/// A package.json that exists but is not valid JSON.
#[derive(Debug)]
pub struct InvalidPackageJson {
    pub path: PathBuf,
    pub message: String,
}

impl PackageCache {
    /// The package.json in `dir`, if any.
    pub fn read(&self, dir: &Path) -> Result<Option<Rc<PackageJson>>, InvalidPackageJson> {
        let path = dir.join("package.json");
        if let Some(cached) = self.0.borrow().get(&path) {
            return Ok(cached.clone());
        }
        let parsed = match std::fs::read_to_string(&path) {
            Err(_) => None,
            Ok(text) => {
                let value: Value = serde_json::from_str(&text).map_err(|e| InvalidPackageJson {
                    path: path.clone(),
                    message: e.to_string(),
                })?;
                Some(Rc::new(PackageJson {
                    path: path.clone(),
                    name: value
                        .get("name")
                        .and_then(Value::as_str)
                        .map(str::to_string),
                    main: value
                        .get("main")
                        .and_then(Value::as_str)
                        .map(str::to_string),
                    type_module: value.get("type").and_then(Value::as_str) == Some("module"),
                    exports: value.get("exports").cloned().filter(|v| !v.is_null()),
                    imports: value.get("imports").cloned().filter(|v| !v.is_null()),
                }))
            }
        };
        self.0.borrow_mut().insert(path, parsed.clone());
        Ok(parsed)
    }

    /// The nearest package.json at or above `dir` (Node's "package scope"), stopping at a
    /// `node_modules` folder boundary.
    pub fn scope(&self, dir: &Path) -> Option<Rc<PackageJson>> {
        let mut current = Some(dir);
        while let Some(dir) = current {
            if dir.file_name().is_some_and(|n| n == "node_modules") {
                return None;
            }
            if let Ok(Some(package)) = self.read(dir) {
                return Some(package);
            }
            current = dir.parent();
        }
        None
    }
}
