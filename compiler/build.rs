//! Builds `libmolt.a` (the `libmolt-capi` static library, which contains the runtime) in release mode with a nested
//! cargo invocation into its own target directory, so that the `molt` binary can embed
//! `libmolt.a` and work from anywhere, including after `cargo install --path compiler`.
//! For the same reason it lists Molt's C headers (`include/`) and Python standard library
//! (`stdlib/`) for embedding (`embedded_files.rs` in `OUT_DIR`).

use std::path::PathBuf;
use std::process::Command;

/// Every file below `dir` with one of `exts`, as paths relative to `dir`, sorted.
fn files_below(dir: &std::path::Path, exts: &[&str]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(dir.join(&rel)) else {
            continue;
        };
        for e in rd.flatten() {
            let p = rel.join(e.file_name());
            let ft = e.file_type().unwrap();
            if ft.is_dir() {
                stack.push(p);
            } else if ft.is_file() && p.extension().is_some_and(|x| exts.iter().any(|e| x == *e)) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Writes `embedded_files.rs`: `(relative path, contents)` tables of `include/` and
/// `stdlib/`.
fn embed_trees(manifest_dir: &std::path::Path, out_dir: &std::path::Path) {
    let mut code = String::new();
    for (name, dir, exts) in [
        ("EMBEDDED_INCLUDE", "../include", &["h"][..]),
        ("EMBEDDED_STDLIB", "../stdlib", &["py"][..]),
    ] {
        let root = manifest_dir.join(dir);
        println!("cargo:rerun-if-changed={}", root.display());
        code.push_str(&format!("pub static {}: &[(&str, &[u8])] = &[\n", name));
        for rel in files_below(&root, exts) {
            let abs = root.join(&rel).canonicalize().unwrap();
            code.push_str(&format!(
                "    ({:?}, include_bytes!({:?})),\n",
                rel.to_string_lossy(),
                abs.display().to_string()
            ));
        }
        code.push_str("];\n");
    }
    std::fs::write(out_dir.join("embedded_files.rs"), code).unwrap();
}

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    embed_trees(
        &manifest_dir,
        &PathBuf::from(std::env::var("OUT_DIR").unwrap()),
    );
    let runtime_dir = manifest_dir.join("../runtime");
    let capi_dir = manifest_dir.join("../libmolt-capi");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let target_dir = out_dir.join("runtime-target");
    println!(
        "cargo:rerun-if-changed={}",
        runtime_dir.join("src").display()
    );
    println!(
        "cargo:rerun-if-changed={}",
        runtime_dir.join("Cargo.toml").display()
    );
    println!("cargo:rerun-if-changed={}", capi_dir.join("src").display());
    println!("cargo:rerun-if-changed={}", capi_dir.join("csrc").display());
    println!(
        "cargo:rerun-if-changed={}",
        capi_dir.join("build.rs").display()
    );
    println!(
        "cargo:rerun-if-changed={}",
        manifest_dir.join("../include").display()
    );
    println!(
        "cargo:rerun-if-changed={}",
        capi_dir.join("Cargo.toml").display()
    );
    println!("cargo:rerun-if-env-changed=MOLT_RUNTIME_PROFILE");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.arg("build")
        .arg("--release")
        .arg("--manifest-path")
        .arg(capi_dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target_dir)
        .arg("--lib");
    // The outer build's flags and lock-step variables must not leak into the runtime build.
    for var in [
        "RUSTFLAGS",
        "CARGO_ENCODED_RUSTFLAGS",
        "CARGO_TARGET_DIR",
        "CARGO_BUILD_TARGET",
        "RUSTC_WORKSPACE_WRAPPER",
    ] {
        cmd.env_remove(var);
    }
    for (k, _) in std::env::vars() {
        if k.starts_with("CARGO_FEATURE_") || k.starts_with("CARGO_CFG_") {
            cmd.env_remove(&k);
        }
    }
    let status = cmd
        .status()
        .expect("failed to run cargo to build the Molt runtime");
    if !status.success() {
        panic!("building the Molt runtime (runtime/) failed");
    }
    let lib = target_dir.join("release").join("libmolt_capi.a");
    if !lib.exists() {
        panic!("the runtime build did not produce {}", lib.display());
    }
    println!("cargo:rustc-env=MOLT_RUNTIME_LIB={}", lib.display());
}
