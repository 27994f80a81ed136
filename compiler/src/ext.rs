//! `molt ext build`: rebuilds a package's C extensions against libmolt.
//!
//! Input is a source folder or an sdist (`.tar.gz`). An sdist is unpacked into a build
//! folder under Molt's cache, refusing any member that could write outside it. The
//! extensions are the `Extension("dotted.name", ["src.c", ...])` calls of `setup.py`,
//! read with the Python parser (never executed: Molt runs no host Python), with literal
//! arguments only, followed by the tables of `[tool.setuptools] ext-modules` in
//! `pyproject.toml` (keys are `Extension`'s keywords spelled with `-`), as setuptools
//! combines them. Each is compiled with the system C compiler against Molt's
//! `include/` and archived into the *site* folder (`$MOLT_SITE`, default
//! `<cache>/site`) next to a small manifest; the package's Python files are copied there
//! too. `molt build` searches the site folder for modules and links an installed
//! extension when the program imports it.
//!
//! TODO(ext): computed `Extension` arguments, C++ sources, and `libraries=` are not
//! supported yet (each is a clear error).

use crate::diagnostics::SourceFile;
use ruff_python_ast::visitor::{walk_expr, Visitor};
use ruff_python_ast::{Expr, ExprCall};
use ruff_text_size::Ranged;
use std::path::{Component, Path, PathBuf};
use std::process::Command;

/// A C extension declared by a package.
#[derive(Debug, Clone, PartialEq)]
pub struct DeclaredExtension {
    /// The dotted module name (`markupsafe._speedups`).
    pub name: String,
    /// Sources relative to the package root.
    pub sources: Vec<String>,
    pub include_dirs: Vec<String>,
    /// `-D` definitions: (name, value).
    pub define_macros: Vec<(String, Option<String>)>,
}

/// The folder `molt ext build` installs into and `molt build` searches.
pub fn site_dir() -> PathBuf {
    match std::env::var_os("MOLT_SITE") {
        Some(d) => PathBuf::from(d),
        None => crate::link::cache_dir().join("site"),
    }
}

/// Molt's C headers: `$MOLT_INCLUDE`, or the copy embedded in this compiler.
pub fn include_dir() -> Result<PathBuf, String> {
    match std::env::var_os("MOLT_INCLUDE") {
        Some(d) => Ok(PathBuf::from(d)),
        None => crate::link::include_dir(),
    }
}

fn manifest_path(site: &Path, module: &str) -> PathBuf {
    site.join("ext").join(format!("{}.molt-ext", module))
}

fn archive_path(site: &Path, module: &str) -> PathBuf {
    site.join("ext").join(format!("lib{}.a", module))
}

/// The installed extension module `name`, if `molt ext build` installed one.
pub fn installed_extension(name: &str) -> Option<crate::Extension> {
    let site = site_dir();
    let archive = archive_path(&site, name);
    if manifest_path(&site, name).is_file() && archive.is_file() {
        Some(crate::Extension {
            name: name.to_string(),
            archive,
        })
    } else {
        None
    }
}

/// What `molt ext build` did.
#[derive(Debug, Default)]
pub struct BuildReport {
    pub extensions: Vec<crate::Extension>,
    /// Top-level Python packages copied into the site folder.
    pub packages: Vec<String>,
}

/// Builds and installs the extensions of the package at `input` (a folder or an
/// sdist), printing progress through `progress`.
pub fn build(input: &Path, progress: &mut dyn FnMut(&str)) -> Result<BuildReport, String> {
    let site = site_dir();
    let root = if input.is_dir() {
        input.to_path_buf()
    } else if is_sdist(input) {
        let stem = input
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let stem = stem
            .trim_end_matches(".tar.gz")
            .trim_end_matches(".tgz")
            .to_string();
        let dest = crate::link::cache_dir().join("ext-build").join(&stem);
        progress(&format!("unpacking {}", input.display()));
        unpack_sdist(input, &dest)?;
        single_top_folder(&dest)
    } else if input.exists() {
        return Err(format!(
            "{}: not a folder or an sdist (.tar.gz)",
            input.display()
        ));
    } else {
        return Err(format!("{}: no such file or folder", input.display()));
    };
    let setup = root.join("setup.py");
    let pyproject = root.join("pyproject.toml");
    if !setup.is_file() && !pyproject.is_file() {
        return Err(format!(
            "{}: neither setup.py nor pyproject.toml (not a Python source package?)",
            root.display()
        ));
    }
    let mut exts = Vec::new();
    if setup.is_file() {
        let text = std::fs::read_to_string(&setup)
            .map_err(|e| format!("cannot read {}: {}", setup.display(), e))?;
        exts = declared_extensions(&setup.display().to_string(), &text)?;
    }
    if pyproject.is_file() {
        let text = std::fs::read_to_string(&pyproject)
            .map_err(|e| format!("cannot read {}: {}", pyproject.display(), e))?;
        exts.extend(pyproject_extensions(
            &pyproject.display().to_string(),
            &text,
        )?);
    }
    if exts.is_empty() {
        return Err(format!(
            "{}: declares no C extensions (no Extension(...) call in setup.py, no [tool.setuptools] ext-modules in pyproject.toml)",
            root.display()
        ));
    }
    std::fs::create_dir_all(site.join("ext"))
        .map_err(|e| format!("cannot create {}: {}", site.display(), e))?;
    let mut report = BuildReport::default();
    for ext in &exts {
        progress(&format!(
            "compiling {} ({} source{})",
            ext.name,
            ext.sources.len(),
            if ext.sources.len() == 1 { "" } else { "s" }
        ));
        let archive = compile_extension(&root, ext, &site)?;
        let missing = crate::missing_capi_symbols(&archive)?;
        if !missing.is_empty() {
            progress(&format!(
                "warning: {}: needs {}, not in libmolt yet (molt build will refuse to link it)",
                ext.name,
                missing.join(", ")
            ));
        }
        std::fs::write(
            manifest_path(&site, &ext.name),
            format!(
                "# molt ext build manifest, v1\nmodule = {}\narchive = {}\nsources = {}\n",
                ext.name,
                archive.display(),
                ext.sources.join(" ")
            ),
        )
        .map_err(|e| format!("cannot write the manifest of {}: {}", ext.name, e))?;
        progress(&format!("installed {} ({})", ext.name, archive.display()));
        report.extensions.push(crate::Extension {
            name: ext.name.clone(),
            archive,
        });
        let top = ext.name.split('.').next().unwrap_or(&ext.name).to_string();
        if ext.name.contains('.') && !report.packages.contains(&top) {
            let n = install_python_package(&root, &top, &site)?;
            progress(&format!("installed Python package {} ({} files)", top, n));
            report.packages.push(top);
        }
    }
    record_distribution(&root, &site)?;
    Ok(report)
}

/// Records the package's name and version (from the sdist's `PKG-INFO`) in the site
/// folder and regenerates `_molt_distributions.py`, the table that Molt's
/// `importlib.metadata.version` answers from (it is compiled into a program only when
/// that program imports `importlib.metadata`).
fn record_distribution(root: &Path, site: &Path) -> Result<(), String> {
    let Ok(info) = std::fs::read_to_string(root.join("PKG-INFO")) else {
        return Ok(());
    };
    let field = |k: &str| {
        info.lines()
            .take_while(|l| !l.is_empty())
            .find_map(|l| l.strip_prefix(k).map(|v| v.trim().to_string()))
    };
    let (Some(name), Some(version)) = (field("Name:"), field("Version:")) else {
        return Ok(());
    };
    let norm = |n: &str| n.to_lowercase().replace(['-', '.'], "_");
    std::fs::write(
        site.join("ext").join(format!("{}.molt-dist", norm(&name))),
        format!("{}\n{}\n", name, version),
    )
    .map_err(|e| format!("cannot record {}: {}", name, e))?;
    let mut rows = Vec::new();
    let entries = std::fs::read_dir(site.join("ext")).map_err(|e| e.to_string())?;
    for e in entries.flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "molt-dist") {
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            let mut it = text.lines();
            if let (Some(n), Some(v)) = (it.next(), it.next()) {
                rows.push(format!("    {:?}: ({:?}, {:?}),\n", norm(n), n, v));
            }
        }
    }
    rows.sort();
    std::fs::write(
        site.join("_molt_distributions.py"),
        format!(
            "# Generated by molt ext build: normalized name -> (name, version).\nDISTRIBUTIONS = {{\n{}}}\n",
            rows.concat()
        ),
    )
    .map_err(|e| format!("cannot write _molt_distributions.py: {}", e))
}

fn is_sdist(p: &Path) -> bool {
    let n = p.to_string_lossy();
    n.ends_with(".tar.gz") || n.ends_with(".tgz")
}

/// An sdist holds one folder `name-version/`; the package root is inside it.
fn single_top_folder(dest: &Path) -> PathBuf {
    let entries: Vec<PathBuf> = std::fs::read_dir(dest)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    if entries.len() == 1 && entries[0].is_dir() {
        entries[0].clone()
    } else {
        dest.to_path_buf()
    }
}

/// Why a member of an sdist is refused, if it is: only relative paths without `..`,
/// regular files, folders, and links that stay inside the archive are accepted.
pub fn check_member(path: &Path, kind: tar::EntryType, link: Option<&Path>) -> Result<(), String> {
    let inside = |p: &Path, base_depth: usize| -> bool {
        let mut depth = base_depth as isize;
        for c in p.components() {
            match c {
                Component::Normal(_) => depth += 1,
                Component::CurDir => {}
                Component::ParentDir => {
                    depth -= 1;
                    if depth < 0 {
                        return false;
                    }
                }
                Component::RootDir | Component::Prefix(_) => return false,
            }
        }
        true
    };
    if path.is_absolute() || path.components().any(|c| matches!(c, Component::ParentDir)) {
        return Err(format!(
            "member '{}' has an absolute path or '..'",
            path.display()
        ));
    }
    match kind {
        tar::EntryType::Regular
        | tar::EntryType::Directory
        | tar::EntryType::Continuous
        | tar::EntryType::XGlobalHeader
        | tar::EntryType::XHeader
        | tar::EntryType::GNULongName
        | tar::EntryType::GNULongLink => Ok(()),
        tar::EntryType::Symlink | tar::EntryType::Link => {
            let target = link.ok_or_else(|| format!("link '{}' has no target", path.display()))?;
            // A symlink resolves from its own folder, a hard link from the archive root.
            let base = if kind == tar::EntryType::Symlink {
                path.components().count().saturating_sub(1)
            } else {
                0
            };
            if target.is_absolute() || !inside(target, base) {
                Err(format!(
                    "link '{}' points outside the package ('{}')",
                    path.display(),
                    target.display()
                ))
            } else {
                Ok(())
            }
        }
        other => Err(format!(
            "member '{}' is a special file ({:?})",
            path.display(),
            other
        )),
    }
}

/// Unpacks an sdist into `dest` (emptied first), refusing unsafe members before
/// anything is written.
pub fn unpack_sdist(archive: &Path, dest: &Path) -> Result<(), String> {
    let open = || -> Result<tar::Archive<flate2::read::GzDecoder<std::fs::File>>, String> {
        let f = std::fs::File::open(archive)
            .map_err(|e| format!("cannot open {}: {}", archive.display(), e))?;
        Ok(tar::Archive::new(flate2::read::GzDecoder::new(f)))
    };
    let bad =
        |e: std::io::Error| format!("{}: not a valid sdist (.tar.gz): {}", archive.display(), e);
    // First pass: check every member.
    let mut a = open()?;
    for entry in a.entries().map_err(bad)? {
        let entry = entry.map_err(bad)?;
        let path = entry.path().map_err(bad)?.into_owned();
        let link = entry.link_name().map_err(bad)?.map(|l| l.into_owned());
        check_member(&path, entry.header().entry_type(), link.as_deref())
            .map_err(|m| format!("{}: refusing to unpack: {}", archive.display(), m))?;
    }
    // Second pass: write.
    if dest.exists() {
        std::fs::remove_dir_all(dest)
            .map_err(|e| format!("cannot clear {}: {}", dest.display(), e))?;
    }
    std::fs::create_dir_all(dest)
        .map_err(|e| format!("cannot create {}: {}", dest.display(), e))?;
    let mut a = open()?;
    a.set_preserve_permissions(false);
    a.set_overwrite(true);
    for entry in a.entries().map_err(bad)? {
        let mut entry = entry.map_err(bad)?;
        let ok = entry.unpack_in(dest).map_err(bad)?;
        if !ok {
            return Err(format!(
                "{}: refusing to unpack a member outside the build folder",
                archive.display()
            ));
        }
    }
    Ok(())
}

/// The `Extension(...)` calls of a `setup.py`, read without running it.
pub fn declared_extensions(path: &str, text: &str) -> Result<Vec<DeclaredExtension>, String> {
    let file = SourceFile::new(path, text.to_string());
    let module = crate::parse(&file).map_err(|e| e.render())?;
    struct Finder<'f> {
        file: &'f SourceFile,
        found: Vec<DeclaredExtension>,
        error: Option<String>,
    }
    impl<'b> Visitor<'b> for Finder<'_> {
        fn visit_expr(&mut self, e: &'b Expr) {
            if let Expr::Call(c) = e {
                let is_extension = match &*c.func {
                    Expr::Name(n) => n.id.as_str() == "Extension",
                    Expr::Attribute(a) => a.attr.id.as_str() == "Extension",
                    _ => false,
                };
                if is_extension && self.error.is_none() {
                    match extension_from_call(c) {
                        Ok(x) => self.found.push(x),
                        Err(what) => {
                            self.error = Some(format!(
                                "{}:{}: Extension(...) with {}; molt ext build reads literal arguments only",
                                self.file.path,
                                self.file.line_of(c.range().start().to_usize()),
                                what
                            ))
                        }
                    }
                }
            }
            walk_expr(self, e);
        }
    }
    let mut f = Finder {
        file: &file,
        found: Vec::new(),
        error: None,
    };
    for s in &module.body {
        f.visit_stmt(s);
    }
    match f.error {
        Some(e) => Err(e),
        None => Ok(f.found),
    }
}

fn literal_str(e: &Expr) -> Option<String> {
    match e {
        Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
        _ => None,
    }
}

fn literal_strs(e: &Expr) -> Option<Vec<String>> {
    let elts = match e {
        Expr::List(l) => &l.elts,
        Expr::Tuple(t) => &t.elts,
        _ => return None,
    };
    elts.iter().map(literal_str).collect()
}

fn extension_from_call(c: &ExprCall) -> Result<DeclaredExtension, String> {
    let args = &c.arguments;
    let mut name = args
        .args
        .first()
        .map(|a| literal_str(a).ok_or("a computed name"));
    let mut sources = args
        .args
        .get(1)
        .map(|a| literal_strs(a).ok_or("computed sources"));
    let mut ext = DeclaredExtension {
        name: String::new(),
        sources: Vec::new(),
        include_dirs: Vec::new(),
        define_macros: Vec::new(),
    };
    for kw in &args.keywords {
        let Some(arg) = &kw.arg else {
            return Err("**keyword arguments".into());
        };
        match arg.id.as_str() {
            "name" => name = Some(literal_str(&kw.value).ok_or("a computed name")),
            "sources" => sources = Some(literal_strs(&kw.value).ok_or("computed sources")),
            "include_dirs" => {
                ext.include_dirs = literal_strs(&kw.value).ok_or("computed include_dirs")?
            }
            "define_macros" => {
                let Expr::List(l) = &kw.value else {
                    return Err("computed define_macros".into());
                };
                for d in &l.elts {
                    let Expr::Tuple(t) = d else {
                        return Err("computed define_macros".into());
                    };
                    let n = t.elts.first().and_then(literal_str);
                    let v = match t.elts.get(1) {
                        Some(Expr::NoneLiteral(_)) => None,
                        Some(x) => Some(literal_str(x).ok_or("computed define_macros")?),
                        None => None,
                    };
                    ext.define_macros
                        .push((n.ok_or("computed define_macros")?, v));
                }
            }
            "language" => {
                if literal_str(&kw.value).as_deref() != Some("c") {
                    return Err("a language other than C".into());
                }
            }
            "libraries" | "extra_objects" => {
                return Err(format!("'{}' (not supported yet)", arg.id));
            }
            // Options that do not change how Molt builds: accepted, ignored.
            _ => {}
        }
    }
    ext.name = name.ok_or("no name")??;
    ext.sources = sources.ok_or("no sources")??;
    check_sources(&ext)?;
    Ok(ext)
}

fn check_sources(ext: &DeclaredExtension) -> Result<(), String> {
    if ext.sources.iter().any(|s| !s.ends_with(".c")) {
        return Err("non-C sources (only .c files are supported yet)".into());
    }
    Ok(())
}

/// The extensions of `[tool.setuptools] ext-modules` in a pyproject.toml: an array of
/// tables whose keys are `Extension`'s keywords spelled with `-` (`include-dirs`,
/// `define-macros` as `[name, value]` pairs, the value optional).
pub fn pyproject_extensions(path: &str, text: &str) -> Result<Vec<DeclaredExtension>, String> {
    let doc: toml::Table = text
        .parse()
        .map_err(|e: toml::de::Error| format!("{path}: invalid TOML: {}", e.message()))?;
    let Some(mods) = doc
        .get("tool")
        .and_then(|t| t.get("setuptools"))
        .and_then(|t| t.get("ext-modules"))
    else {
        return Ok(Vec::new());
    };
    let toml::Value::Array(items) = mods else {
        return Err(format!(
            "{path}: [tool.setuptools] ext-modules must be an array of tables"
        ));
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let toml::Value::Table(t) = item else {
                return Err(format!("{path}: ext-modules[{i}] is not a table"));
            };
            extension_from_table(t).map_err(|e| format!("{path}: ext-modules[{i}]: {e}"))
        })
        .collect()
}

fn extension_from_table(t: &toml::Table) -> Result<DeclaredExtension, String> {
    fn strs(key: &str, v: &toml::Value) -> Result<Vec<String>, String> {
        let toml::Value::Array(a) = v else {
            return Err(format!("'{key}' must be an array of strings"));
        };
        a.iter()
            .map(|x| match x {
                toml::Value::String(s) => Ok(s.clone()),
                _ => Err(format!("'{key}' must be an array of strings")),
            })
            .collect()
    }
    const PAIRS: &str = "'define-macros' must be an array of [name, value] pairs";
    let mut ext = DeclaredExtension {
        name: String::new(),
        sources: Vec::new(),
        include_dirs: Vec::new(),
        define_macros: Vec::new(),
    };
    for (key, v) in t {
        match key.replace('-', "_").as_str() {
            "name" => match v {
                toml::Value::String(s) => ext.name = s.clone(),
                _ => return Err("'name' must be a string".into()),
            },
            "sources" => ext.sources = strs(key, v)?,
            "include_dirs" => ext.include_dirs = strs(key, v)?,
            "define_macros" => {
                let toml::Value::Array(a) = v else {
                    return Err(PAIRS.into());
                };
                for d in a {
                    let pair = match d {
                        toml::Value::Array(p) => p.as_slice(),
                        _ => &[],
                    };
                    match pair {
                        [toml::Value::String(n)] => ext.define_macros.push((n.clone(), None)),
                        [toml::Value::String(n), toml::Value::String(val)] => {
                            ext.define_macros.push((n.clone(), Some(val.clone())))
                        }
                        _ => return Err(PAIRS.into()),
                    }
                }
            }
            "language" => {
                if v.as_str() != Some("c") {
                    return Err("a language other than C".into());
                }
            }
            "libraries" | "extra_objects" => {
                return Err(format!("'{key}' (not supported yet)"));
            }
            // Options that do not change how Molt builds: accepted, ignored.
            _ => {}
        }
    }
    if ext.name.is_empty() {
        return Err("no 'name'".into());
    }
    if ext.sources.is_empty() {
        return Err("no 'sources'".into());
    }
    check_sources(&ext)?;
    Ok(ext)
}

/// Compiles one extension into `<site>/ext/lib<name>.a`.
fn compile_extension(root: &Path, ext: &DeclaredExtension, site: &Path) -> Result<PathBuf, String> {
    let obj_dir = crate::link::cache_dir().join("ext-objects").join(&ext.name);
    std::fs::create_dir_all(&obj_dir)
        .map_err(|e| format!("cannot create {}: {}", obj_dir.display(), e))?;
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let mut objects = Vec::new();
    for (i, src) in ext.sources.iter().enumerate() {
        let src_path = root.join(src);
        if !src_path.is_file() {
            return Err(format!("{}: source '{}' not found", ext.name, src));
        }
        let obj = obj_dir.join(format!("{}.o", i));
        let mut cmd = Command::new(&cc);
        cmd.args(["-c", "-O2", "-fPIC", "-fno-strict-aliasing", "-DNDEBUG"])
            .arg("-I")
            .arg(include_dir()?)
            .arg("-I")
            .arg(root);
        if let Some(dir) = src_path.parent() {
            cmd.arg("-I").arg(dir);
        }
        for d in &ext.include_dirs {
            cmd.arg("-I").arg(root.join(d));
        }
        for (n, v) in &ext.define_macros {
            match v {
                Some(v) => cmd.arg(format!("-D{}={}", n, v)),
                None => cmd.arg(format!("-D{}", n)),
            };
        }
        cmd.arg(&src_path).arg("-o").arg(&obj);
        let out = cmd
            .output()
            .map_err(|e| format!("cannot run the C compiler '{}': {}", cc, e))?;
        if !out.status.success() {
            return Err(format!(
                "{}: compiling {} against Molt's Python.h failed:\n{}",
                ext.name,
                src,
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        objects.push(obj);
    }
    let archive = archive_path(site, &ext.name);
    let _ = std::fs::remove_file(&archive);
    let out = Command::new("ar")
        .arg("rcs")
        .arg(&archive)
        .args(&objects)
        .output()
        .map_err(|e| format!("cannot run ar: {}", e))?;
    if !out.status.success() {
        return Err(format!(
            "{}: ar failed:\n{}",
            ext.name,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(archive)
}

/// Copies the Python files of package `top` (found at `<root>/<top>` or
/// `<root>/src/<top>`) into the site folder. Returns how many files were copied.
fn install_python_package(root: &Path, top: &str, site: &Path) -> Result<usize, String> {
    let src = [root.join(top), root.join("src").join(top)]
        .into_iter()
        .find(|d| d.join("__init__.py").is_file())
        .ok_or_else(|| {
            format!(
                "package '{}': no {}/__init__.py or src/{}/__init__.py",
                top, top, top
            )
        })?;
    let dest = site.join(top);
    if dest.exists() {
        std::fs::remove_dir_all(&dest)
            .map_err(|e| format!("cannot clear {}: {}", dest.display(), e))?;
    }
    copy_py_tree(&src, &dest)
}

fn copy_py_tree(src: &Path, dest: &Path) -> Result<usize, String> {
    std::fs::create_dir_all(dest)
        .map_err(|e| format!("cannot create {}: {}", dest.display(), e))?;
    let mut n = 0;
    let mut entries: Vec<_> = std::fs::read_dir(src)
        .map_err(|e| format!("cannot read {}: {}", src.display(), e))?
        .filter_map(|e| e.ok())
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let p = e.path();
        let ft = e
            .file_type()
            .map_err(|err| format!("cannot read {}: {}", p.display(), err))?;
        if ft.is_dir() && p.join("__init__.py").is_file() {
            n += copy_py_tree(&p, &dest.join(e.file_name()))?;
        } else if ft.is_file() && p.extension().is_some_and(|x| x == "py") {
            std::fs::copy(&p, dest.join(e.file_name()))
                .map_err(|err| format!("cannot copy {}: {}", p.display(), err))?;
            n += 1;
        }
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_literal_extension_calls() {
        let exts = declared_extensions(
            "setup.py",
            "from setuptools import Extension, setup\n\
             ext = [Extension('pkg._speed', ['src/pkg/_speed.c', 'src/pkg/util.c'],\n\
                    include_dirs=['inc'], define_macros=[('FAST', '1'), ('X', None)])]\n\
             setup(ext_modules=ext)\n",
        )
        .unwrap();
        assert_eq!(
            exts,
            vec![DeclaredExtension {
                name: "pkg._speed".into(),
                sources: vec!["src/pkg/_speed.c".into(), "src/pkg/util.c".into()],
                include_dirs: vec!["inc".into()],
                define_macros: vec![("FAST".into(), Some("1".into())), ("X".into(), None)],
            }]
        );
    }

    #[test]
    fn computed_arguments_are_named() {
        let e =
            declared_extensions("setup.py", "import x\nExtension(x.name, ['a.c'])\n").unwrap_err();
        assert!(
            e.contains("setup.py:2:") && e.contains("a computed name"),
            "{}",
            e
        );
    }

    #[test]
    fn reads_pyproject_ext_modules() {
        let toml = "[project]\nname = 'p'\n\n[tool.setuptools]\next-modules = [\n  \
                    {name = 'p._a', sources = ['src/a.c'], include-dirs = ['inc'], \
                    define-macros = [['X', '1'], ['Y']], py-limited-api = false},\n]\n";
        assert_eq!(
            pyproject_extensions("pyproject.toml", toml).unwrap(),
            vec![DeclaredExtension {
                name: "p._a".into(),
                sources: vec!["src/a.c".into()],
                include_dirs: vec!["inc".into()],
                define_macros: vec![("X".into(), Some("1".into())), ("Y".into(), None)],
            }]
        );
        assert!(
            pyproject_extensions("pyproject.toml", "[project]\nname='p'\n")
                .unwrap()
                .is_empty()
        );
        let e = pyproject_extensions(
            "pyproject.toml",
            "[tool.setuptools]\next-modules = [{name = 'p._b', sources = ['b.cpp']}]\n",
        )
        .unwrap_err();
        assert!(
            e.contains("ext-modules[0]") && e.contains("non-C sources"),
            "{e}"
        );
        let e = pyproject_extensions("pyproject.toml", "[tool\n").unwrap_err();
        assert!(e.starts_with("pyproject.toml: invalid TOML"), "{e}");
    }

    #[test]
    fn unsafe_members_are_refused() {
        use tar::EntryType as T;
        assert!(check_member(Path::new("pkg-1.0/setup.py"), T::Regular, None).is_ok());
        assert!(check_member(Path::new("/etc/passwd"), T::Regular, None).is_err());
        assert!(check_member(Path::new("pkg/../../x"), T::Regular, None).is_err());
        assert!(check_member(Path::new("pkg/a/link"), T::Symlink, Some(Path::new("../b"))).is_ok());
        assert!(check_member(
            Path::new("pkg/link"),
            T::Symlink,
            Some(Path::new("../../etc"))
        )
        .is_err());
        assert!(check_member(Path::new("pkg/link"), T::Symlink, Some(Path::new("/etc"))).is_err());
        assert!(check_member(Path::new("pkg/hard"), T::Link, Some(Path::new("../x"))).is_err());
        assert!(check_member(Path::new("pkg/dev"), T::Char, None).is_err());
    }
}
