//! Builds `libmolt.a` (the `libmolt-capi` static library, which contains the runtime) in release mode with a nested
//! cargo invocation into its own target directory, so that the `molt` binary can embed
//! `libmolt.a` and work from anywhere, including after `cargo install --path compiler`.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
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
