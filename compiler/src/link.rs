//! Linking: writes the embedded runtime library to a cache directory once, then calls
//! the system C compiler to link the program's object file with it.

use std::path::{Path, PathBuf};
use std::process::Command;

/// `libmolt.a`, embedded at build time (see `build.rs`).
static RUNTIME_LIB: &[u8] = include_bytes!(env!("MOLT_RUNTIME_LIB"));

/// Native libraries the Rust standard library inside `libmolt.a` needs.
const NATIVE_LIBS: &[&str] = &[
    "-lgcc_s",
    "-lutil",
    "-lrt",
    "-lpthread",
    "-lm",
    "-ldl",
    "-lc",
];

/// The cache directory for Molt (`$MOLT_CACHE_DIR`, `$XDG_CACHE_HOME/molt` or
/// `~/.cache/molt`).
pub fn cache_dir() -> PathBuf {
    if let Ok(d) = std::env::var("MOLT_CACHE_DIR") {
        return PathBuf::from(d);
    }
    if let Ok(d) = std::env::var("XDG_CACHE_HOME") {
        return PathBuf::from(d).join("molt");
    }
    if let Ok(h) = std::env::var("HOME") {
        return PathBuf::from(h).join(".cache").join("molt");
    }
    std::env::temp_dir().join("molt-cache")
}

/// A 64-bit FNV-1a hash (stable across runs; used for cache keys only).
pub fn fnv64(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in data {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// The path of the runtime library, written from the embedded copy if needed.
/// `MOLT_RUNTIME_LIB` (at run time) overrides it, for runtime development.
pub fn runtime_lib() -> Result<PathBuf, String> {
    if let Ok(p) = std::env::var("MOLT_RUNTIME_LIB") {
        return Ok(PathBuf::from(p));
    }
    let dir = cache_dir().join(format!("runtime-{:016x}", fnv64(RUNTIME_LIB)));
    let path = dir.join("libmolt.a");
    if path.exists() {
        return Ok(path);
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {}", dir.display(), e))?;
    let tmp = dir.join(format!("libmolt.a.{}", std::process::id()));
    std::fs::write(&tmp, RUNTIME_LIB)
        .map_err(|e| format!("cannot write {}: {}", tmp.display(), e))?;
    std::fs::rename(&tmp, &path).map_err(|e| format!("cannot write {}: {}", path.display(), e))?;
    Ok(path)
}

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_files.rs"));
}

/// Writes an embedded file tree into the cache once (a folder named after the hash of
/// its contents) and returns the folder.
fn materialize(kind: &str, files: &[(&str, &[u8])]) -> Result<PathBuf, String> {
    let mut key = Vec::new();
    for (name, data) in files {
        key.extend_from_slice(name.as_bytes());
        key.push(0);
        key.extend_from_slice(data);
    }
    let dir = cache_dir().join(format!("{}-{:016x}", kind, fnv64(&key)));
    if dir.join(".complete").exists() {
        return Ok(dir);
    }
    for (name, data) in files {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {}", parent.display(), e))?;
        }
        let tmp = path.with_extension(format!("tmp{}", std::process::id()));
        std::fs::write(&tmp, data).map_err(|e| format!("cannot write {}: {}", tmp.display(), e))?;
        std::fs::rename(&tmp, &path)
            .map_err(|e| format!("cannot write {}: {}", path.display(), e))?;
    }
    std::fs::write(dir.join(".complete"), b"")
        .map_err(|e| format!("cannot write {}: {}", dir.display(), e))?;
    Ok(dir)
}

/// Molt's C headers (`include/` as this compiler was built with), in the cache.
pub fn include_dir() -> Result<PathBuf, String> {
    materialize("include", embedded::EMBEDDED_INCLUDE)
}

/// Molt's Python standard library (`stdlib/` as this compiler was built with), in the
/// cache.
pub fn stdlib_dir() -> Result<PathBuf, String> {
    materialize("stdlib", embedded::EMBEDDED_STDLIB)
}

/// An object file defining the program's capability mask: the exported, read-only
/// `uint64_t` data symbol [`crate::abi::CAPABILITIES_SYMBOL`] that the runtime reads at
/// start-up (see `runtime/src/capabilities.rs`).
pub fn capabilities_object(mask: u64) -> Result<Vec<u8>, String> {
    use cranelift_codegen::settings::{self, Configurable};
    use cranelift_module::{default_libcall_names, DataDescription, Linkage, Module};
    let mut flags = settings::builder();
    flags.set("is_pic", "true").map_err(|e| e.to_string())?;
    let isa = cranelift_native::builder()
        .map_err(|e| format!("this host is not supported by Cranelift: {}", e))?
        .finish(settings::Flags::new(flags))
        .map_err(|e| e.to_string())?;
    let builder = cranelift_object::ObjectBuilder::new(
        isa,
        b"molt_capabilities".to_vec(),
        default_libcall_names(),
    )
    .map_err(|e| e.to_string())?;
    let mut module = cranelift_object::ObjectModule::new(builder);
    let id = module
        .declare_data(
            crate::abi::CAPABILITIES_SYMBOL,
            Linkage::Export,
            false,
            false,
        )
        .map_err(|e| e.to_string())?;
    let mut d = DataDescription::new();
    d.define(mask.to_le_bytes().to_vec().into_boxed_slice());
    d.set_align(8);
    module.define_data(id, &d).map_err(|e| e.to_string())?;
    module.finish().emit().map_err(|e| e.to_string())
}

/// Links the program's object files with the runtime into the executable `output`,
/// baking in the capability mask `capabilities` (bits of [`crate::abi::CAPABILITIES`]).
pub fn link(
    objects: &[std::path::PathBuf],
    output: &Path,
    capabilities: u64,
) -> Result<(), String> {
    let lib = runtime_lib()?;
    let caps_path = output.with_extension(format!("{}.caps.o", std::process::id()));
    std::fs::write(&caps_path, capabilities_object(capabilities)?)
        .map_err(|e| format!("cannot write {}: {}", caps_path.display(), e))?;
    let r = link_objects(objects, &caps_path, &lib, output);
    let _ = std::fs::remove_file(&caps_path);
    r
}

fn link_objects(
    objects: &[std::path::PathBuf],
    caps: &Path,
    lib: &Path,
    output: &Path,
) -> Result<(), String> {
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let mut cmd = Command::new(&cc);
    cmd.arg("-o")
        .arg(output)
        .args(objects)
        .arg(caps)
        .arg(lib)
        .args(NATIVE_LIBS)
        .arg("-Wl,--gc-sections")
        .arg("-Wl,--build-id=none");
    // MOLT_KEEP_SYMBOLS=1 keeps the symbol table (for profilers); the default strips.
    if std::env::var_os("MOLT_KEEP_SYMBOLS").is_none() {
        cmd.arg("-s");
    }
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run the C compiler '{}' to link: {}", cc, e))?;
    if !out.status.success() {
        return Err(format!(
            "linking failed ({}):\n{}",
            cc,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(())
}
