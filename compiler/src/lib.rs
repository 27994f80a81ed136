//! The Molt compiler: Python 3.12 source → native executable.
//!
//! Pipeline: [`parse`](ruff_python_parser) → [`scope`] (symbol tables) → [`lower`]
//! (Molt IR) → [`verify`] → [`codegen`] (Cranelift, one object file) → [`link`]
//! (system `cc` with the embedded `libmolt.a`).

pub mod abi;
pub mod annotations;
pub mod codegen;
pub mod diagnostics;
pub mod ext;
pub mod ir;
pub mod link;
pub mod lower;
pub mod scope;
pub mod verify;

use diagnostics::{Diagnostic, SourceFile};
use std::path::Path;

/// Why a compilation stopped.
#[derive(Debug)]
pub enum CompileError {
    /// Errors in the user's program.
    Diagnostics(Vec<Diagnostic>),
    /// Anything else (I/O, linking, an internal error), as a message.
    Other(String),
}

impl CompileError {
    /// The text shown to users.
    pub fn render(&self) -> String {
        match self {
            CompileError::Diagnostics(ds) => {
                ds.iter().map(|d| d.render()).collect::<Vec<_>>().join("\n")
            }
            CompileError::Other(m) => format!("error: {}\n", m),
        }
    }
}

/// Parses a module, reporting syntax errors as diagnostics.
pub(crate) fn parse(file: &SourceFile) -> Result<ruff_python_ast::ModModule, CompileError> {
    let options = ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::Module)
        .with_target_version(ruff_python_ast::PythonVersion::PY312);
    let parsed = match ruff_python_parser::parse_unchecked(&file.text, options).try_into_module() {
        Some(p) if p.errors().is_empty() => p,
        Some(p) => {
            let e = &p.errors()[0];
            return Err(CompileError::Diagnostics(vec![Diagnostic::error(
                "E0000",
                &format!("SyntaxError: {}", e.error),
                file,
                e.location,
            )]));
        }
        None => {
            return Err(CompileError::Other(
                "internal compiler error: not a module".into(),
            ))
        }
    };
    if let Some(e) = parsed.unsupported_syntax_errors().first() {
        return Err(CompileError::Diagnostics(vec![Diagnostic::error(
            "E0000",
            &format!("SyntaxError: {}", e),
            file,
            e.range,
        )]));
    }
    Ok(parsed.into_syntax())
}

/// Parses and resolves a single-file program, producing verified IR.
pub fn compile_to_ir(path: &str, source: String) -> Result<ir::Module, CompileError> {
    compile_module_ir(path, source, &lower::ModuleInfo::main_only())
}

/// Parses, resolves and lowers one module of a program, producing verified IR.
pub fn compile_module_ir(
    path: &str,
    source: String,
    info: &lower::ModuleInfo,
) -> Result<ir::Module, CompileError> {
    let file = SourceFile::new(path, source);
    let module = parse(&file)?;
    let symtab = scope::analyze(&module, &file).map_err(CompileError::Diagnostics)?;
    let ir =
        lower::lower_module(&file, &module, &symtab, info).map_err(CompileError::Diagnostics)?;
    if let Err(errs) = verify::verify(&ir) {
        return Err(CompileError::Other(format!(
            "internal compiler error: the IR verifier failed (this is a bug in Molt):\n{}",
            errs.join("\n")
        )));
    }
    Ok(ir)
}

/// A module of the program, found on the search path.
#[derive(Debug, Clone)]
pub struct ProgramModule {
    pub name: String,
    pub path: std::path::PathBuf,
    pub is_package: bool,
}

/// The folders imports are searched in: the program's folder, `$MOLT_PATH`, Molt's
/// standard library.
pub fn search_path(main: &Path) -> Vec<std::path::PathBuf> {
    let mut v = vec![main.parent().map(|p| p.to_path_buf()).unwrap_or_default()];
    if v[0].as_os_str().is_empty() {
        v[0] = std::path::PathBuf::from(".");
    }
    if let Ok(mp) = std::env::var("MOLT_PATH") {
        v.extend(std::env::split_paths(&mp));
    }
    // Packages installed by `molt ext build`.
    v.push(ext::site_dir());
    // Molt's standard library, embedded in the compiler (so an installed compiler needs
    // no source tree).
    match link::stdlib_dir() {
        Ok(d) => v.push(d),
        Err(e) => eprintln!("warning: Molt's standard library is unavailable: {}", e),
    }
    v
}

/// Finds a module's file: `a/b/c.py` or the package `a/b/c/__init__.py`.
fn find_module(search: &[std::path::PathBuf], name: &str) -> Option<(std::path::PathBuf, bool)> {
    let rel: std::path::PathBuf = name.split('.').collect();
    for dir in search {
        let pkg = dir.join(&rel).join("__init__.py");
        if pkg.is_file() {
            return Some((pkg, true));
        }
        let file = dir.join(&rel).with_extension("py");
        if file.is_file() {
            return Some((file, false));
        }
    }
    None
}

/// The modules a module's source imports (absolute names; `from m import x` also names
/// the candidate submodule `m.x`, marked as optional).
fn imports_of(module: &ruff_python_ast::ModModule, package: &str) -> Vec<(String, bool)> {
    use ruff_python_ast::visitor::{walk_stmt, Visitor};
    use ruff_python_ast::Stmt;
    struct Finder<'p>(Vec<(String, bool)>, &'p str);
    impl<'b, 'p> Visitor<'b> for Finder<'p> {
        fn visit_stmt(&mut self, s: &'b Stmt) {
            match s {
                Stmt::Import(i) => {
                    for a in &i.names {
                        self.0.push((a.name.id.to_string(), false));
                    }
                }
                Stmt::ImportFrom(i) => {
                    let m = i
                        .module
                        .as_ref()
                        .map(|m| m.id.to_string())
                        .unwrap_or_default();
                    if let Some(abs) = lower::resolve_relative(self.1, i.level, &m) {
                        for a in &i.names {
                            if a.name.id.as_str() != "*" {
                                self.0.push((format!("{}.{}", abs, a.name.id), true));
                            }
                        }
                        self.0.push((abs, false));
                    }
                }
                // PEP 695 type parameters are `typing.TypeVar`s (see `molt_typevar`).
                Stmt::FunctionDef(f) if f.type_params.is_some() => {
                    self.0.push(("typing".to_string(), false));
                }
                Stmt::ClassDef(c) if c.type_params.is_some() => {
                    self.0.push(("typing".to_string(), false));
                }
                _ => {}
            }
            walk_stmt(self, s);
        }
    }
    let mut f = Finder(Vec::new(), package);
    for s in &module.body {
        f.visit_stmt(s);
    }
    f.0.extend(dynamic_imports_of(module));
    f.0
}

/// Modules named by string literals in `importlib.import_module("x")`,
/// `import_module("x")` and `__import__("x")` calls: compiled in when found (optional:
/// a missing one is the run-time ModuleNotFoundError CPython would raise).
fn dynamic_imports_of(module: &ruff_python_ast::ModModule) -> Vec<(String, bool)> {
    use ruff_python_ast::visitor::{walk_expr, Visitor};
    use ruff_python_ast::Expr;
    struct Finder(Vec<(String, bool)>);
    impl<'b> Visitor<'b> for Finder {
        fn visit_expr(&mut self, e: &'b Expr) {
            if let Expr::Call(c) = e {
                let named = match &*c.func {
                    Expr::Name(n) => matches!(n.id.as_str(), "import_module" | "__import__"),
                    Expr::Attribute(a) => {
                        a.attr.as_str() == "import_module"
                            && matches!(&*a.value, Expr::Name(n) if n.id.as_str() == "importlib")
                    }
                    _ => false,
                };
                if named {
                    if let Some(Expr::StringLiteral(s)) = c.arguments.args.first() {
                        let name = s.value.to_str();
                        if !name.starts_with('.') && !name.is_empty() {
                            self.0.push((name.to_string(), true));
                        }
                    }
                }
            }
            walk_expr(self, e);
        }
    }
    let mut f = Finder(Vec::new());
    for s in &module.body {
        f.visit_stmt(s);
    }
    f.0
}

fn package_of(m: &ProgramModule) -> String {
    if m.is_package {
        m.name.clone()
    } else {
        m.name
            .rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default()
    }
}

/// Finds every module the program imports, transitively (the main module first).
/// Unresolvable imports are left to the lowering, which reports them with a location.
pub fn discover(main: &Path) -> Result<Vec<ProgramModule>, CompileError> {
    discover_with_extensions(main).map(|(m, _)| m)
}

/// [`discover`], also returning the C extensions installed by `molt ext build` that the
/// program imports.
pub fn discover_with_extensions(
    main: &Path,
) -> Result<(Vec<ProgramModule>, Vec<Extension>), CompileError> {
    let mut exts: Vec<Extension> = Vec::new();
    let search = search_path(main);
    let mut out = vec![ProgramModule {
        name: "__main__".into(),
        path: main.to_path_buf(),
        is_package: false,
    }];
    let mut i = 0;
    while i < out.len() {
        let m = out[i].clone();
        i += 1;
        let bytes = std::fs::read(&m.path)
            .map_err(|e| CompileError::Other(format!("cannot read {}: {}", m.path.display(), e)))?;
        let file = SourceFile::new(
            &m.path.display().to_string(),
            decode_source(&m.path.display().to_string(), bytes)?,
        );
        let module = parse(&file)?;
        for (name, _optional) in imports_of(&module, &package_of(&m)) {
            // Parents first: importing a.b.c runs a and a.b.
            let parts: Vec<&str> = name.split('.').collect();
            for k in 1..=parts.len() {
                let prefix = parts[..k].join(".");
                if out.iter().any(|x| x.name == prefix) || lower::is_runtime_module_name(&prefix) {
                    continue;
                }
                match find_module(&search, &prefix) {
                    Some((path, is_package)) => out.push(ProgramModule {
                        name: prefix,
                        path,
                        is_package,
                    }),
                    None => {
                        if !exts.iter().any(|e| e.name == prefix) {
                            if let Some(e) = ext::installed_extension(&prefix) {
                                exts.push(e);
                            }
                        }
                        break;
                    }
                }
            }
        }
    }
    Ok((out, exts))
}

/// A symbol for a module's body.
fn module_symbol(name: &str) -> String {
    format!(
        "molt_modbody_{}",
        name.replace('_', "_u").replace('.', "__")
    )
}

/// Decodes source bytes as UTF-8, reporting a bad byte as CPython's SyntaxError does.
pub fn decode_source(path: &str, bytes: Vec<u8>) -> Result<String, CompileError> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let bytes = e.into_bytes();
            let bad = std::str::from_utf8(&bytes).unwrap_err().valid_up_to();
            let prefix = String::from_utf8_lossy(&bytes[..bad]).into_owned();
            let line_start = prefix.rfind('\n').map(|i| i + 1).unwrap_or(0);
            let mut text = prefix.clone();
            text.push_str(&String::from_utf8_lossy(&bytes[bad..]));
            let file = SourceFile::new(path, text);
            let off = ruff_text_size::TextSize::new(bad as u32);
            let msg = format!(
                "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                bytes[bad],
                bad - line_start
            );
            Err(CompileError::Diagnostics(vec![Diagnostic::error(
                "E0000",
                &msg,
                &file,
                ruff_text_size::TextRange::new(off, off),
            )]))
        }
    }
}

/// Compiles a Python program (its main file and every module it imports) to an
/// executable at `output`, granted no capabilities.
pub fn build(input: &Path, output: &Path) -> Result<(), CompileError> {
    build_with_extensions(input, output, &[])
}

/// Parses a comma-separated capability list (`fs.read,env.read`) into a mask; an
/// unknown name is an error listing the valid ones. An empty list grants nothing.
pub fn parse_capabilities(list: &str) -> Result<u64, String> {
    let mut mask = 0;
    for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        match abi::CAPABILITIES.iter().find(|(n, _)| *n == name) {
            Some((_, bit)) => mask |= bit,
            None => {
                let valid: Vec<&str> = abi::CAPABILITIES.iter().map(|(n, _)| *n).collect();
                return Err(format!(
                    "unknown capability '{}' (valid capabilities: {})",
                    name,
                    valid.join(", ")
                ));
            }
        }
    }
    Ok(mask)
}

/// The names of the capabilities in a mask, comma-separated (`trusted` for all).
pub fn capability_names(mask: u64) -> String {
    if mask == abi::CAPABILITIES_TRUSTED {
        return "trusted".into();
    }
    abi::CAPABILITIES
        .iter()
        .filter(|(_, b)| mask & b != 0)
        .map(|(n, _)| *n)
        .collect::<Vec<_>>()
        .join(",")
}

/// Reports, by name, every C-API symbol an extension needs that libmolt does not export
/// (instead of the linker's wall of undefined references).
fn check_extension_symbols(exts: &[Extension]) -> Result<(), CompileError> {
    let mut problems = Vec::new();
    for e in exts {
        let missing = missing_capi_symbols(&e.archive).map_err(CompileError::Other)?;
        if !missing.is_empty() {
            problems.push(format!(
                "{}: needs {}, not in libmolt yet",
                e.name,
                missing.join(", ")
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(CompileError::Other(format!(
            "C extensions use C-API functions Molt does not provide yet:\n  {}",
            problems.join("\n  ")
        )))
    }
}

/// The C-API symbols (`Py*`, `_Py*`) an extension's archive uses that neither libmolt
/// nor the archive itself defines, sorted.
pub fn missing_capi_symbols(archive: &Path) -> Result<Vec<String>, String> {
    let nm = |args: &[&str], path: &Path| -> Result<Vec<String>, String> {
        let out = std::process::Command::new("nm")
            .args(args)
            .arg(path)
            .output()
            .map_err(|e| format!("cannot run nm to check {}: {}", path.display(), e))?;
        Ok(String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| l.split_whitespace().last().map(String::from))
            .collect())
    };
    let lib = link::runtime_lib()?;
    let exported: std::collections::HashSet<String> =
        nm(&["-g", "--defined-only"], &lib)?.into_iter().collect();
    let defined: std::collections::HashSet<String> = nm(&["-g", "--defined-only"], archive)?
        .into_iter()
        .collect();
    let mut missing: Vec<String> = nm(&["-u"], archive)?
        .into_iter()
        .filter(|s| {
            (s.starts_with("Py") || s.starts_with("_Py"))
                && !exported.contains(s)
                && !defined.contains(s)
        })
        .collect();
    missing.sort();
    missing.dedup();
    Ok(missing)
}

/// A C extension linked into the program: the module name and its static archive.
#[derive(Debug, Clone)]
pub struct Extension {
    pub name: String,
    pub archive: std::path::PathBuf,
}

/// One module to compile, with what the lowering needs to know about the program.
struct ModuleJob {
    module: ProgramModule,
    info: lower::ModuleInfo,
}

/// Compiles every job on a pool of threads (one per core); results in job order:
/// the object file's bytes and whether they came from the cache.
fn compile_modules_parallel(jobs: &[ModuleJob]) -> Vec<Result<(Vec<u8>, bool), CompileError>> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(jobs.len().max(1));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<Result<(Vec<u8>, bool), CompileError>>>> =
        jobs.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(job) = jobs.get(k) else {
                    break;
                };
                let r = compile_module_cached(job);
                *results[k].lock().unwrap() = Some(r);
            });
        }
    });
    results
        .into_iter()
        .map(|m| m.into_inner().unwrap().expect("every job ran"))
        .collect()
}

/// Compiles one module to an object file, or takes it from the cache
/// (`<cache>/objects/`, keyed by the compiler build, the module's path and source, and
/// its `ModuleInfo`). `MOLT_NO_CACHE=1` bypasses the cache.
fn compile_module_cached(job: &ModuleJob) -> Result<(Vec<u8>, bool), CompileError> {
    let m = &job.module;
    let bytes = std::fs::read(&m.path)
        .map_err(|e| CompileError::Other(format!("cannot read {}: {}", m.path.display(), e)))?;
    let path = std::fs::canonicalize(&m.path).unwrap_or_else(|_| m.path.clone());
    let path_s = path.display().to_string();
    let use_cache = std::env::var_os("MOLT_NO_CACHE").is_none();
    let cache_file = link::cache_dir().join("objects").join(format!(
        "{}.o",
        object_cache_key(&path_s, &bytes, &job.info)
    ));
    if use_cache {
        if let Ok(obj) = std::fs::read(&cache_file) {
            return Ok((obj, true));
        }
    }
    let source = decode_source(&path_s, bytes)?;
    let ir = compile_module_ir(&path_s, source, &job.info)?;
    let obj = codegen::compile(&ir).map_err(CompileError::Other)?;
    if use_cache {
        // Best effort: a cache that cannot be written only costs time. Written under a
        // temporary name and renamed, so a concurrent build never reads half a file.
        if let Some(dir) = cache_file.parent() {
            let _ = std::fs::create_dir_all(dir);
            let tmp = cache_file.with_extension(format!("{}.tmp", std::process::id()));
            if std::fs::write(&tmp, &obj).is_ok() && std::fs::rename(&tmp, &cache_file).is_err() {
                let _ = std::fs::remove_file(&tmp);
            }
        }
    }
    Ok((obj, false))
}

/// The cache key of a module's object file: 128 bits over this compiler's build (its
/// executable's size and modification time, and version), the module's path and
/// source, and everything in its `ModuleInfo`.
fn object_cache_key(path: &str, source: &[u8], info: &lower::ModuleInfo) -> String {
    use std::hash::{Hash, Hasher};
    let exe = std::env::current_exe()
        .ok()
        .and_then(|p| std::fs::metadata(p).ok())
        .map(|md| {
            let mtime = md
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map(|d| d.as_nanos())
                .unwrap_or(0);
            (md.len(), mtime)
        })
        .unwrap_or((0, 0));
    let mut compiled: Vec<&String> = info.compiled.iter().collect();
    compiled.sort();
    let mut halves = [0u64; 2];
    for (i, h) in halves.iter_mut().enumerate() {
        let mut st = std::collections::hash_map::DefaultHasher::new();
        (i as u8).hash(&mut st);
        env!("CARGO_PKG_VERSION").hash(&mut st);
        exe.hash(&mut st);
        path.hash(&mut st);
        source.hash(&mut st);
        info.name.hash(&mut st);
        info.package.hash(&mut st);
        info.symbol.hash(&mut st);
        compiled.hash(&mut st);
        info.register.hash(&mut st);
        info.extensions.hash(&mut st);
        *h = st.finish();
    }
    format!("{:016x}{:016x}", halves[0], halves[1])
}

/// [`build`], linking the given C extensions (importable by their module names).
pub fn build_with_extensions(
    input: &Path,
    output: &Path,
    exts: &[Extension],
) -> Result<(), CompileError> {
    build_with_options(input, output, exts, 0)
}

/// [`build_with_extensions`] granting the capabilities in `capabilities` (a mask of
/// [`abi::CAPABILITIES`] bits; [`abi::CAPABILITIES_TRUSTED`] grants everything).
pub fn build_with_options(
    input: &Path,
    output: &Path,
    exts: &[Extension],
    capabilities: u64,
) -> Result<(), CompileError> {
    let (modules, installed) = discover_with_extensions(input)?;
    let mut exts = exts.to_vec();
    for e in installed {
        if !exts.iter().any(|x| x.name == e.name) {
            exts.push(e);
        }
    }
    let exts = &exts[..];
    let mut compiled: std::collections::HashSet<String> = modules
        .iter()
        .filter(|m| m.name != "__main__")
        .map(|m| m.name.clone())
        .collect();
    compiled.extend(exts.iter().map(|e| e.name.clone()));
    let extensions: Vec<(String, String)> = exts
        .iter()
        .map(|e| {
            (
                e.name.clone(),
                format!("PyInit_{}", e.name.rsplit('.').next().unwrap_or(&e.name)),
            )
        })
        .collect();
    let register: Vec<(String, String)> = modules
        .iter()
        .filter(|m| m.name != "__main__")
        .map(|m| (m.name.clone(), module_symbol(&m.name)))
        .collect();
    // Each module is compiled on its own (lowering and code generation need nothing
    // from the other modules but the names in `ModuleInfo`), in parallel, and its
    // object file is cached under a key of everything that determines it.
    let jobs: Vec<ModuleJob> = modules
        .iter()
        .map(|m| {
            let main = m.name == "__main__";
            ModuleJob {
                module: m.clone(),
                info: lower::ModuleInfo {
                    name: m.name.clone(),
                    package: package_of(m),
                    symbol: if main {
                        "molt_main_module".into()
                    } else {
                        module_symbol(&m.name)
                    },
                    compiled: compiled.clone(),
                    register: if main { register.clone() } else { Vec::new() },
                    extensions: if main { extensions.clone() } else { Vec::new() },
                },
            }
        })
        .collect();
    let results = compile_modules_parallel(&jobs);
    let mut objects = Vec::new();
    let mut diags = Vec::new();
    let (mut fresh, mut reused) = (0, 0);
    for (k, r) in results.into_iter().enumerate() {
        match r {
            Ok((obj, from_cache)) => {
                if from_cache {
                    reused += 1;
                } else {
                    fresh += 1;
                }
                let obj_path = output.with_extension(format!("{}.{}.o", std::process::id(), k));
                std::fs::write(&obj_path, &obj).map_err(|e| {
                    CompileError::Other(format!("cannot write {}: {}", obj_path.display(), e))
                })?;
                objects.push(obj_path);
            }
            Err(CompileError::Diagnostics(d)) => diags.extend(d),
            Err(e) => {
                for o in &objects {
                    let _ = std::fs::remove_file(o);
                }
                return Err(e);
            }
        }
    }
    if std::env::var_os("MOLT_BUILD_STATS").is_some() {
        eprintln!(
            "molt: compiled {} module(s), reused {} from the cache",
            fresh, reused
        );
    }
    if !diags.is_empty() {
        for o in &objects {
            let _ = std::fs::remove_file(o);
        }
        return Err(CompileError::Diagnostics(diags));
    }
    check_extension_symbols(exts)?;
    let mut inputs = objects.clone();
    inputs.extend(exts.iter().map(|e| e.archive.clone()));
    let r = link::link(&inputs, output, capabilities).map_err(CompileError::Other);
    for o in &objects {
        let _ = std::fs::remove_file(o);
    }
    r
}
