//! Compiles the C half of libmolt-capi (`csrc/*.c`): the C-variadic entry points
//! (`PyArg_ParseTuple`, `Py_BuildValue`, `PyErr_Format`, ...), which stable Rust cannot
//! define. They unpack their `va_list` in C and call the crate's Rust functions. The
//! `cc` crate emits `cargo:rustc-link-lib=static=...`, which rustc bundles into
//! `libmolt_capi.a`.

fn main() {
    let files = ["csrc/modsupport.c", "csrc/pyerrors_format.c", "csrc/call.c"];
    for f in &files {
        println!("cargo:rerun-if-changed={f}");
    }
    println!("cargo:rerun-if-changed=csrc/molt_shim.h");
    println!("cargo:rerun-if-changed=../include");
    cc::Build::new()
        .files(files)
        .include("../include")
        .include("csrc")
        .flag_if_supported("-Wall")
        .flag_if_supported("-Wno-unused-parameter")
        .warnings_into_errors(true)
        .opt_level(2)
        .pic(true)
        .compile("molt_capi_c");
}
